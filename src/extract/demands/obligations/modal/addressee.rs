//! On whom the obligation of a [`Modal`] falls: its subject's party, or the actor an "it" or a
//! pronoun stands for, or the state a bare "the government" means.

use super::*;

/// On whom a modal's obligation falls (`of`), the subject it was read from (`subj`), and what
/// the tests of whether it asks anything read of how it was found.
pub(super) struct Addressee {
    pub(super) of: Option<Party>,
    pub(super) subj: Option<Np>,
    /// "it" after a clause that names the actor ([`Modal::it_actor`])
    pub(super) it_actor: Option<Party>,
    /// "it" after a clause about any one of a kind ([`Modal::kind_it`])
    pub(super) kind_it: bool,
    /// "that it must …" ([`Modal::that_it`])
    pub(super) that_it: bool,
    /// the one told before a pronoun ([`Modal::told`])
    pub(super) told: Option<Party>,
}

impl Modal<'_> {
    /// On whom the modal's obligation falls, from the subject's party `of` on: an "it" for an
    /// actor, "it" for any one of a kind (no one), the one told, a bare government's state.
    #[inline(always)]
    pub(super) fn addressee(&self, subj: Option<Np>, of: Option<Party>) -> Addressee {
        let it_actor = self.it_actor().or_else(|| self.it_government());
        let of = it_actor.or(of);
        let kind_it = self.kind_it(it_actor);
        // (so no one is what "it" would be taken for, a state named before)
        let (of, subj) = if kind_it { (None, None) } else { (of, subj) };
        let that_it = self.that_it();
        let told = self.told(that_it);
        let of = told.or(of);
        let bare_government = self.bare_government(of);
        let speakers = self.speakers_state(bare_government);
        // (and where the name reader took the plain words for a government named before, "the
        // Swedish government" two paragraphs up: the sentence's own state is nearer)
        let opened_in = self.opened_in_state((bare_government || self.plain_government()) && speakers.is_none());
        let home = self.home_state(bare_government && speakers.is_none() && opened_in.is_none());
        let of = speakers.or(opened_in).or(home).or(of);
        Addressee { of, subj, it_actor, kind_it, that_it, told }
    }

    /// ("When Oslo wants lower tariffs, it must cut its own": "it" after a clause opened
    /// by "if", "when", "since" or "because" that names a state or body, with a verb
    /// that is no "be", is that actor)
    /// ("If the mayor wants calm, he needs to listen": "he" or "she" there is the person the
    /// clause names)
    #[inline(always)]
    fn it_actor(&self) -> Option<Party> {
        let Modal { c: Clause { doc, ctx, by, a, .. }, k, .. } = *self;
        let it = k > a + 2 && doc.tokens[k - 1].lower == "it";
        let personal = k > a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "he" | "she");
        ((it || personal) && self.acts_after_comma())
            .then(|| self.clause_opener(|w| matches!(w, "if" | "when" | "since" | "because")))
            .flatten()
            .and_then(|x| np_at(doc, ctx, x + 1, k - 2))
            .and_then(|np| actor_party(doc, &np))
            .filter(|&p| p != by)
            .filter(|&p| it || matches!(p, Party::Entity(e) if doc.entities[e].kind == EntityKind::Person))
    }

    /// ("If the government wants to keep the mills open, it has to buy their steel": "it"
    /// after such a clause whose subject is a bare "the government", "the federal government"
    /// or "the national government", no state named with it, is the state that government is
    /// taken for, as a bare government's own modal is, `bare_government`; before, the phrase
    /// named no actor and the "it" was read as impersonal, so nothing was asked)
    #[inline(always)]
    fn it_government(&self) -> Option<Party> {
        let Modal { c: Clause { doc, by, a, .. }, k, .. } = *self;
        if !(k > a + 4 && doc.tokens[k - 1].lower == "it" && self.acts_after_comma()) {
            return None;
        }
        let x = self.clause_opener(|w| matches!(w, "if" | "when"))?;
        let w = |j: usize| doc.tokens.get(j).filter(|t| !t.cap).map_or("", |t| t.lower.as_str());
        // the clause's subject: "the", perhaps "federal", "national" or "central", "government",
        // all in lower case, and a verb right after it
        let g = if matches!(w(x + 2), "federal" | "national" | "central") { x + 3 } else { x + 2 };
        let verb = doc.tokens.get(g + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "of" | "and" | "or" | "in" | "'s" | "’s"));
        if !(w(x + 1) == "the" && w(g) == "government" && g + 1 < k - 2 && verb) {
            return None;
        }
        speaker_state(doc, by)
            .or_else(|| crate::extract::statements::home_country(doc))
            .map(Party::Entity)
            .filter(|&p| p != by)
    }

    /// The pronoun right before the modal follows a comma, and the modal's verb is no "be",
    /// "not" or "have" (", it must cut …", ", he needs to …"): the pronoun may stand for what
    /// the clause before the comma names (`it_actor`, `it_government`). The caller has checked
    /// that the pronoun is not the clause's first word.
    #[inline(always)]
    fn acts_after_comma(&self) -> bool {
        let Modal { c: Clause { doc, .. }, k, n, .. } = *self;
        doc.tokens[k - 2].lower == "," && doc.tokens.get(k + n).is_some_and(|t| !matches!(t.lower.as_str(), "be" | "not" | "have"))
    }

    /// The word that opens the clause before the comma at `k - 2` ("if", "when", …: `opens`),
    /// within the twelve words before it, nearest first.
    #[inline(always)]
    fn clause_opener(&self, opens: impl Fn(&str) -> bool) -> Option<usize> {
        let Modal { c: Clause { doc, a, .. }, k, .. } = *self;
        (a..k - 2).rev().take(12).find(|&x| opens(doc.tokens[x].lower.as_str()))
    }

    /// ("If an app cannot keep children safe, it should not be operating here": "it" after
    /// an "if" or "when" clause whose subject is any one of a kind, "a", "an" or "any" and
    /// a noun, is a rule for all of that kind, asked of no one named, as "Companies should
    /// not …" is)
    #[inline(always)]
    fn kind_it(&self, it_actor: Option<Party>) -> bool {
        let Modal { c: Clause { doc, a, .. }, k, .. } = *self;
        it_actor.is_none()
            && k > a + 4
            && doc.tokens[k - 1].lower == "it"
            && doc.tokens[k - 2].lower == ","
            && self.clause_opener(|w| matches!(w, "if" | "when")).is_some_and(|x| matches!(doc.tokens[x + 1].lower.as_str(), "a" | "an" | "any") && doc.tokens.get(x + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap))
    }

    /// ("told the authority that it should …", "wrote to the regulator in July that it
    /// must …": "it" after "that" right after a body told or written to is that body, no
    /// impersonal "it")
    /// (not an impersonal passive, "told reporters that it must be said …", nor the
    /// press told)
    /// Whether the modal follows "that it" and no "be"
    #[inline(always)]
    fn that_it(&self) -> bool {
        let Modal { c: Clause { doc, a, .. }, k, n, .. } = *self;
        k >= a + 4 && doc.tokens[k - 1].lower == "it" && doc.tokens[k - 2].lower == "that" && doc.tokens.get(k + n).is_some_and(|t| t.lower != "be")
    }

    /// ("told European leaders they should …": the pronoun right after those told is them)
    /// (and "it" after "that", [`Modal::that_it`])
    #[inline(always)]
    fn told(&self, that_it: bool) -> Option<Party> {
        let Modal { c: Clause { doc, ctx, by, a, .. }, k, .. } = *self;
        let timeish = |j: usize| doc.tokens[j].kind == TokenKind::Word && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier" | "week" | "month" | "year"));
        // (where the one told ends: before a time phrase, "in July", right before "that")
        let hearer_limit = |x: usize| if that_it { (x + 2..k - 2).find(|&j| matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier") && k - 2 - j <= 3 && (j..k - 2).all(timeish)).unwrap_or(k - 2) } else { k - 1 };
        let press = |x: usize| matches!(doc.tokens[x].lower.as_str(), "reporters" | "journalists" | "media" | "press");
        let written_to = |x: usize| doc.tokens[x].lower == "to" && x > a && write_form(&doc.tokens[x - 1].lower);
        (k >= a + 3 && (matches!(doc.tokens[k - 1].lower.as_str(), "they" | "he" | "she") || that_it))
            .then(|| (a.max(k.saturating_sub(10))..k - 2).rev().find(|&x| crate::extract::np::told_form(&doc.tokens[x].lower) || that_it && written_to(x)))
            .flatten()
            .filter(|&x| !(that_it && (x + 1..hearer_limit(x)).any(press)))
            .map(|x| (addressee_at(doc, ctx, x + 1, hearer_limit(x)), hearer_limit(x)))
            .and_then(|((p, e), lim)| p.filter(|_| e == lim))
            .filter(|&p| p != by)
    }

    /// ("the authorities need to …", "the government must …": with no country named with
    /// them, the state the article is mostly about, as an appeal to them is)
    #[inline(always)]
    fn bare_government(&self, of: Option<Party>) -> bool {
        of.is_none() && self.plain_government()
    }

    /// The modal's subject is "the government" or "the authorities" in lower case, right before it
    #[inline(always)]
    fn plain_government(&self) -> bool {
        let Modal { c: Clause { doc, a, .. }, k, .. } = *self;
        k >= a + 2 && doc.tokens[k - 2].lower == "the" && matches!(doc.tokens[k - 1].lower.as_str(), "authorities" | "government") && !doc.tokens[k - 1].cap
    }

    /// (the speaker's own state, by the organisation they work at, when its name holds a
    /// capital or a state: "X, a researcher at the Belgrade Centre for Security Policy,
    /// said the government must …" is Serbia's, in a story that names Kosovo most;
    /// `speaker_state`)
    #[inline(always)]
    fn speakers_state(&self, bare_government: bool) -> Option<Party> {
        let Clause { doc, by, .. } = self.c;
        bare_government.then(|| speaker_state(doc, by)).flatten().map(Party::Entity).filter(|&p| p != by)
    }

    /// ("In Norway, the opposition leader said the government must …", "In Oslo, a spokesman
    /// for the farmers' party said the government should …": a sentence that opens with "In", a
    /// state or a city of one, and a comma tells where the bare government is, for a speaker
    /// whose state is not known; before, the state the article is mostly about was taken, a
    /// foreign story's other state)
    #[inline(always)]
    fn opened_in_state(&self, bare: bool) -> Option<Party> {
        let Modal { c: Clause { doc, by, .. }, k, .. } = *self;
        if !bare {
            return None;
        }
        let s = doc.sentences[doc.sentence_at(doc.tokens[k].span.start)?].tokens.0;
        let m = doc.mention_at_token(s + 1).filter(|_| doc.tokens[s].lower == "in")?;
        let after = doc.token_at(doc.mentions[m].span.end);
        if doc.token_at(doc.mentions[m].span.start) != s + 1 || doc.tokens.get(after).is_none_or(|t| t.lower != ",") || after >= k {
            return None;
        }
        let e = &doc.entities[doc.mentions[m].entity];
        let state = match (e.kind, e.place_kind) {
            (EntityKind::Country, _) => Some(doc.mentions[m].entity),
            (EntityKind::Place, Some("city")) => e.country.as_deref().and_then(|c| doc.named_country(c)),
            _ => None,
        };
        state.map(Party::Entity).filter(|&p| p != by)
    }

    /// The state the article is mostly about (`home_country`), for a bare government whose
    /// speaker's state is not known
    #[inline(always)]
    fn home_state(&self, bare: bool) -> Option<Party> {
        let Modal { c: Clause { doc, by, .. }, k, .. } = *self;
        // (in a story of one state or province of a federation, its own: `statements::home_region`)
        if let Some(r) = bare.then(|| crate::extract::statements::home_region(doc)).flatten() {
            return Some(Party::Entity(r)).filter(|&p| p != by);
        }
        bare.then(|| crate::extract::statements::home_country(doc))
            .flatten()
            // (asked to act toward the state taken for it, in a story of two states: the
            // other one, `statements::state_acted_toward`)
            .map(|e| {
                let toward = doc.entities[e].country.as_deref().and_then(|c| crate::extract::statements::state_acted_toward(doc, c, k + 1, crate::extract::statements::sentence_end(doc, k)));
                toward.and_then(|c| doc.named_country(&c)).unwrap_or(e)
            })
            .map(Party::Entity)
            .filter(|&p| p != by)
    }
}
