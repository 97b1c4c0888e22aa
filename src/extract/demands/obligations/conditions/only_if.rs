//! "only if", "only when", "on condition that", "provided", "as long as" (`Clause::only_if`):
//! which condition the word at `k` opens ([`OnlyIf::at`]), where the condition's clause opens,
//! and the demand it makes: asked of the actor that opens that clause
//! ([`OnlyIf::asked_of_actor`]), or of no one ([`OnlyIf::asked_of_no_one`]). Each test is the
//! old one, in the old order.

use super::*;

/// A condition opened by the word `l` at `k` in the clause `cl`, and which kind it is.
#[derive(Clone, Copy)]
pub(super) struct OnlyIf<'a> {
    cl: Clause<'a>,
    k: usize,
    l: &'a str,
    /// "only when", "only once" after a commitment (`Clause::only_when_committed`).
    only_when: bool,
    /// `only_when`, or "if" after "only", "ready", "willing" or "prepared".
    only_if: bool,
    /// "as long as", "so long as" after a commitment (`Clause::as_long_as_committed`).
    as_long: bool,
    /// "on condition that", ", provided …" or `as_long`.
    condition_that: bool,
    /// The cue the demand is given: "as long as", else the word at `k`.
    word: &'a str,
}

impl<'a> OnlyIf<'a> {
    /// The condition the word `l` at `k` opens, if any.
    #[inline(always)]
    pub(super) fn at(cl: Clause<'a>, k: usize, l: &'a str) -> Option<Self> {
        let Clause { doc, a, .. } = cl;
        let only_when = cl.only_when_committed(k, l);
        let only_if = only_when || l == "if" && ((k.saturating_sub(10).max(a)..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "only" | "ready" | "willing" | "prepared")) || cl.offer_before_if(k));
        // ("on the condition that …" as "on condition that …"; ", provided the union did not
        // strike …" with no "that", as news writes it: the clause opens right after)
        let on_condition = l == "condition" && k > a && (doc.tokens[k - 1].lower == "on" || k > a + 1 && doc.tokens[k - 1].lower == "the" && doc.tokens[k - 2].lower == "on");
        let provided = l == "provided" && k > a && doc.tokens[k - 1].lower == ",";
        let as_long = cl.as_long_as_committed(k, l);
        let condition_that = on_condition && cl.that_at(k + 1) || provided || as_long;
        let word = if as_long { "as long as" } else { l };
        (only_if || condition_that).then_some(OnlyIf { cl, k, l, only_when, only_if, as_long, condition_that, word })
    }

    /// Where the condition's clause opens: after "as long as" or a "that" after the word, else
    /// right after it.
    /// (a quotation may open the condition: 'only when "a mechanism is in place …"')
    #[inline(always)]
    pub(super) fn opens(&self) -> usize {
        let OnlyIf { cl, k, as_long, condition_that, .. } = *self;
        skip_marks(cl.doc, if as_long { k + 2 } else if condition_that && cl.that_at(k + 1) { k + 2 } else { k + 1 }, cl.b)
    }

    /// Whether the phrase `np` opening the condition acts in it.
    /// (not a state the actor would be in: "willing to help Y if it is attacked")
    /// (nor a verb's object: "…, provided the agency with records" has no condition)
    #[inline(always)]
    fn acts(&self, np: &Np) -> bool {
        let OnlyIf { cl, k, l, .. } = *self;
        !cl.doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "gets" | "got" | "came" | "comes") || t.lower == "with" && !cl.that_at(k + 1) && l == "provided")
    }

    /// Whether `p` is the actor right before the clause's "would"/"will" (see
    /// `passive_pronoun`).
    #[inline(always)]
    fn modal_subject(&self, p: Party) -> bool {
        let OnlyIf { cl: Clause { doc, ctx, a, .. }, k, .. } = *self;
        (k.saturating_sub(14).max(a + 1)..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that")).filter(|&x| matches!(doc.tokens[x].lower.as_str(), "would" | "will")).any(|x| (x.saturating_sub(3).max(a)..x).any(|st| np_at(doc, ctx, st, x).is_some_and(|np| np.end == x && actor_party(doc, &np) == Some(p))))
    }

    /// ("He said Moscow would back a resolution only if it was agreed with …": "it" or
    /// "they" before a passive or a copula, taken for the actor right before the
    /// clause's "would"/"will", is the thing backed; that actor sets the condition, and no
    /// actor acts in it)
    #[inline(always)]
    pub(super) fn passive_pronoun(&self, c0: usize) -> Option<Party> {
        let Clause { doc, ctx, by, b, .. } = self.cl;
        np_at(doc, ctx, c0, b).filter(|np| np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they") && !self.acts(np)).and_then(|np| actor_party(doc, &np)).filter(|&p| p != by && self.modal_subject(p))
    }

    /// The phrase opening the condition at `c0` when it acts and is an actor other than the
    /// speaker, with that actor.
    #[inline(always)]
    pub(super) fn actor_acting(&self, c0: usize) -> Option<(Np, Party)> {
        let Clause { doc, ctx, by, b, .. } = self.cl;
        np_at(doc, ctx, c0, b).filter(|np| self.acts(np)).and_then(|np| actor_party(doc, &np).map(|p| (np, p))).filter(|&(_, p)| p != by)
    }

    /// The condition on what the actor `of` (its phrase `np`) does, up to the end of its verb
    /// phrase: a demand of the one who sets it (`setter_of_asked`) asked of `of`, when the
    /// verb phrase is two words or more.
    #[inline(always)]
    pub(super) fn asked_of_actor(&self, np: Np, of: Party, out: &mut Vec<Demand>) -> Option<usize> {
        let OnlyIf { cl, k, only_if, word, .. } = *self;
        let doc = cl.doc;
        // ("She said Kenya would only approve projects if they met …": a pronoun that
        // opens the condition and resolves to the reported clause's subject takes up
        // something else (the projects), and leaves that subject the condition's setter)
        let pronoun = np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they");
        let end = vp_end(doc, np.end, cl.b, false);
        if end <= np.end + 1 {
            return None;
        }
        let cue = if only_if || !cl.that_at(k + 1) { word.to_string() } else { format!("{} that", doc.tokens[k].lower.as_str()) };
        let setter = self.setter_of_asked(of, pronoun);
        let of = self.one_asked(&np, of, setter, pronoun);
        push(out, DemandKind::Condition, setter, of, span(doc, np.end, end), span(doc, cl.clause_start(k, &[]), end), cue.clone());
        Some(self.second_asked(end, setter, of, &cue, out).unwrap_or(end))
    }

    /// ("would take part only if the bloc restored its seat, suspended since March, and Norway
    /// stopped hosting the rebels": a second clause after ", and" or "and" that opens with
    /// another actor and a verb is a second condition of the same setter, asked of that actor;
    /// not a verb of saying, "…, and Norway said …", a new statement)
    #[inline(always)]
    fn second_asked(&self, end: usize, setter: Party, first: Option<Party>, cue: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let OnlyIf { cl, k, .. } = *self;
        let doc = cl.doc;
        let j = if doc.tokens.get(end).is_some_and(|t| t.lower == ",") { end + 1 } else { end };
        if j >= cl.b || doc.tokens[j].lower != "and" {
            return None;
        }
        let (np, of) = self.actor_acting(j + 1)?;
        let verb = doc.tokens.get(np.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().cues.contains_key(&t.lower) && !matches!(t.lower.as_str(), "to" | "and" | "or" | "of" | "in" | "on" | "for" | "with" | "that" | "which" | "who"));
        if !verb || of == setter || Some(of) == first {
            return None;
        }
        let end2 = vp_end(doc, np.end, cl.b, false);
        if end2 <= np.end + 1 {
            return None;
        }
        push(out, DemandKind::Condition, setter, Some(of), span(doc, np.end, end2), span(doc, cl.clause_start(k, &[]), end2), cue.to_string());
        Some(end2)
    }

    /// Who sets a condition asked of `of` (`pronoun`: its phrase is "it" or "they"): the setter
    /// of the clause the word opens, else the subject of the reported clause, else the
    /// speaker.
    /// ("said the Liberals had offered to back the bill only if the government …": the
    /// actor that opens the reported clause sets the condition, as a state that
    /// refuses does)
    /// ("said the government would back the merger only if …": the state whose
    /// office the speaker holds, as for an obligation)
    #[inline(always)]
    fn setter_of_asked(&self, of: Party, pronoun: bool) -> Party {
        let OnlyIf { cl, k, .. } = *self;
        let Clause { doc, ctx, by, a, reported, .. } = cl;
        let ca = cl.told_clause(k);
        // (the actor or place whose phrase opens at `at` and is followed by a word
        // `then` accepts, other than the one asked)
        let subject_at = |at: usize, then: &dyn Fn(&crate::model::Token) -> bool| np_at(doc, ctx, at, k).filter(|s| doc.tokens.get(s.end).is_some_and(then)).and_then(|s| actor_party(doc, &s).or_else(|| place_that_would(doc, &s))).filter(|&p| p != of || pronoun);
        cl.clause_setter(ca, k, true)
            // ("Russia would consider a swap only if Ukraine …, she told a briefing":
            // a reported clause that opens the statement opens with its subject)
            .or_else(|| (ca > a || reported).then(|| subject_at(ca, &|t| t.kind == TokenKind::Word && !t.cap)).flatten())
            // ("told reporters in Washington that the US would lift tariffs only if
            // Beijing …", "told the daily El Universo that Ecuador would …": where the
            // words after the verb take up no actor, the subject after a "that" a few
            // words on opens the reported clause and sets the condition)
            .or_else(|| {
                let c = past_that(doc, ca, k);
                (c > ca && c < k).then(|| subject_at(c, &|t| matches!(t.lower.as_str(), "would" | "will"))).flatten()
            })
            .unwrap_or(by)
    }

    /// The one a condition set by `setter` asks of: `of`, the actor opening it (its phrase
    /// `np`, `pronoun` when "it" or "they"), unless that is the setter or an "it" for an actor
    /// the clause never names.
    #[inline(always)]
    fn one_asked(&self, np: &Np, of: Party, setter: Party, pronoun: bool) -> Option<Party> {
        let OnlyIf { cl: Clause { doc, ctx, a, .. }, k, .. } = *self;
        // ("The party would back the inquiry only if it included …": a pronoun taken
        // for the body that sets the condition is no one asked by name)
        let of = Some(of).filter(|&p| p != setter);
        // ("said the Pacific would only support the final decision if it kept …": "it"
        // that opens the condition, taken for an actor the sentence never names, is
        // more often the thing backed; the one asked is left unknown)
        let named = |p: Party| (a..k).any(|j| doc.tokens[j].cap && ctx.tok_mention.at(j).is_some_and(|m| Party::Entity(doc.mentions[m].entity) == p));
        of.filter(|&p| !(pronoun && doc.tokens[np.start].lower == "it" && !named(p)))
    }

    /// Whether the condition at `c0` is asked of no one: an "only" condition or "as long as"
    /// whose clause opens with no actor, or with "it"/"they" for the speaker or the thing
    /// backed (`passive_pronoun`).
    /// ("The party said it would back the deals only if they protected local jobs":
    /// "it"/"they" that opens the condition and was taken for the one who sets it
    /// stands for the thing backed, no actor asked)
    #[inline(always)]
    pub(super) fn of_no_one(&self, c0: usize, passive_pronoun: Option<Party>) -> bool {
        let OnlyIf { cl: Clause { doc, ctx, by, a, b, .. }, k, l, only_when, as_long, .. } = *self;
        (only_when || as_long || l == "if" && k > a && (doc.tokens[k - 1].lower == "only" || only_after_modal(doc, a, k)))
            && (passive_pronoun.is_some() || np_at(doc, ctx, c0, b).is_none_or(|np| actor_party(doc, &np).is_none_or(|p| p == by && np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they"))))
    }

    /// The condition from `c0` to the clause's next break, three words or more, asked of no
    /// one: a demand of the one who sets it (`setter_of_unasked`).
    /// ("will sign the accord only if the tariffs on steel are dropped": a condition
    /// on what no actor named does is asked of no one)
    #[inline(always)]
    pub(super) fn asked_of_no_one(&self, c0: usize, passive_pronoun: Option<Party>, out: &mut Vec<Demand>) -> Option<usize> {
        let OnlyIf { cl, k, word, .. } = *self;
        let Clause { doc, b, .. } = cl;
        let end = (c0..b).find(|&x| matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":" | "," | "but") || doc.tokens[x].kind == TokenKind::Quote).unwrap_or(b);
        if (c0..end).filter(|&x| doc.tokens[x].kind == TokenKind::Word).count() < 3 {
            return None;
        }
        let setter = self.setter_of_unasked(passive_pronoun);
        push(out, DemandKind::Condition, setter, None, span(doc, c0, end), span(doc, cl.clause_start(k, &[]), end), word.to_string());
        Some(end)
    }

    /// Who sets a condition asked of no one: the actor a passive "it"/"they" stood for, else
    /// the setter of the clause the word opens, else the actor opening the clause past the one
    /// told, else the speaker's own party, else the speaker.
    /// (past the one told: "told reporters the bloc was ready to … only if …")
    #[inline(always)]
    fn setter_of_unasked(&self, passive_pronoun: Option<Party>) -> Party {
        let OnlyIf { cl, k, .. } = *self;
        let Clause { doc, ctx, by, a, .. } = cl;
        let ca = cl.told_clause(k);
        // ("X has said it will stop only when …": "it" right after the verb of saying
        // is the speaker, not whom the pronoun would resolve to elsewhere)
        let own_word = ca > a && ca < k && matches!(doc.tokens[ca].lower.as_str(), "it" | "we" | "they");
        passive_pronoun
            .or_else(|| cl.clause_setter(ca, k, false))
            .or_else(|| (ca > a && !own_word).then(|| (ca..(ca + 3).min(k)).find_map(|x| np_at(doc, ctx, x, k).filter(|s| doc.tokens.get(s.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).and_then(|s| actor_party(doc, &s).or_else(|| place_that_would(doc, &s)))))
            .flatten())
            .or_else(|| own_party(doc, by, ca, k))
            .unwrap_or(by)
    }
}

impl Clause<'_> {
    /// ("said the group would allow convoys into the areas it holds if the army stopped air
    /// strikes", "the league would let the clubs play on if the council stopped …": an offer,
    /// "would"/"will" and a verb of letting, opening, giving back or taking part, earlier in
    /// the clause, makes the "if" after it a condition as "ready to … if" does; the one who
    /// would make the offer is an actor: "it", "we", "they", a name, or "the" and a plain noun
    /// for a body; not "the talks would resume if …", a forecast of a thing, nor a comma, "that"
    /// or "but" between; not a threat, "would halt purchases if X imposed tariffs" (no verb of
    /// harm is an offer), nor a question, "whether X would …", nor a pronoun opening the
    /// condition, "would accept a smaller provision if it meant the bill passed")
    #[inline(always)]
    fn offer_before_if(&self, k: usize) -> bool {
        let Clause { doc, a, .. } = *self;
        let offer = |x: usize| doc.tokens.get(x).is_some_and(|t| matches!(t.lower.as_str(), "allow" | "let" | "permit" | "accept" | "release" | "free" | "lift" | "reopen" | "return" | "resume" | "hand" | "observe" | "guarantee"));
        let actor = |x: usize| {
            let t = &doc.tokens[x];
            matches!(t.lower.as_str(), "it" | "we" | "they") || t.cap && !crate::extract::np::is_pronoun(&t.lower) || x > a && doc.tokens[x - 1].lower == "the" && crate::extract::np::BODY_NOUNS.contains(&t.lower.as_str())
        };
        k > a + 3
            && !doc.tokens.get(k + 1).is_some_and(|t| crate::extract::np::is_pronoun(&t.lower) || matches!(t.lower.as_str(), "this" | "that"))
            && !(a..k).any(|x| doc.tokens[x].lower == "whether")
            && (k.saturating_sub(10).max(a + 1)..k - 1)
                .rev()
                .take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that" | "but"))
                .any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") && offer(x + 1) && actor(x - 1))
    }

    /// Whether the word at `x` is "that".
    #[inline(always)]
    fn that_at(&self, x: usize) -> bool {
        self.doc.tokens.get(x).is_some_and(|t| t.lower == "that")
    }

    /// ("will sign only when the militia withdraws", "would flow only once a committee takes
    /// charge": "only" right before "when"/"once" sets a condition as "only if" does)
    /// (a commitment only: "will"/"would" earlier in the clause after "it", "we", "they" or
    /// a name, the speaker's own word or an actor's; not "the government remembers us only
    /// when the water comes", nor a forecast of another, "He will stop only when …"; and not
    /// "only once" as how often, with no clause after it: "has visited only once since …")
    /// ("would only return to the table once Serbia withdrew …": "only" may stand right after
    /// the modal instead)
    #[inline(always)]
    fn only_when_committed(&self, k: usize, l: &str) -> bool {
        let Clause { doc, a, b, .. } = *self;
        let only_before = k > a + 1 && doc.tokens[k - 1].lower == "only";
        matches!(l, "when" | "once")
            && k > a + 1
            && (k.saturating_sub(10).max(a + 1)..k - 1)
                .rev()
                .take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that"))
                // ("their money would flow only once …": a noun the subject's own, after "its",
                // "their", "our", is the subject's deed too)
                .any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") && (only_before || doc.tokens[x + 1].lower == "only") && (matches!(doc.tokens[x - 1].lower.as_str(), "it" | "we" | "they") || doc.tokens[x - 1].cap && !crate::extract::np::is_pronoun(&doc.tokens[x - 1].lower) || x >= a + 2 && !doc.tokens[x - 1].cap && doc.tokens[x - 1].kind == TokenKind::Word && matches!(doc.tokens[x - 2].lower.as_str(), "its" | "their" | "our")))
            && doc.tokens.get(skip_marks(doc, k + 1, b)).is_some_and(|t| t.cap || matches!(t.lower.as_str(), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "it" | "they" | "he" | "she" | "we" | "all" | "both" | "every"))
    }

    /// ("Fiji would replace its generators, as long as partners provided the funding", "the
    /// party would stay in the coalition “as long as the budget does not raise taxes”": "as
    /// long as" or "so long as" after a commitment, "will"/"would" earlier in the clause, sets
    /// a condition as "provided" does (`normal_forms` writes either "as" of "as long as" as
    /// "as-long-as"); not "for as long as", how long, nor a clause that
    /// merely exists, "as long as there is …", "as long as it takes")
    /// (the one who would act is an actor: a name, a pronoun, a body by its kind; not "the
    /// truce would hold as long as …", a forecast)
    #[inline(always)]
    fn as_long_as_committed(&self, k: usize, l: &str) -> bool {
        let Clause { doc, ctx, a, b, .. } = *self;
        let committed = |x: usize| {
            let t = &doc.tokens[x];
            t.cap || ctx.tok_mention.at(x).is_some() || matches!(t.lower.as_str(), "it" | "we" | "they" | "he" | "she" | "i" | "government" | "company" | "military" | "army" | "party" | "union" | "group" | "council" | "board" | "firm" | "coalition" | "alliance" | "bloc" | "ministry" | "committee" | "authorities" | "administration" | "rebels")
        };
        l == "long"
            && k > a + 2
            && matches!(doc.tokens[k - 1].lower.as_str(), "as-long-as" | "so")
            && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "as" | "as-long-as"))
            && doc.tokens[k - 2].lower != "for"
            && (k.saturating_sub(16).max(a + 1)..k - 1).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | "?" | "!")).any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") && committed(x - 1))
            // (what another actor does: not "as long as it complies …", the subject's own
            // conduct, nor "as long as the budget does not raise taxes", a line not to cross)
            && doc.tokens.get(skip_marks(doc, k + 2, b)).is_some_and(|t| !matches!(t.lower.as_str(), "there" | "necessary" | "needed" | "possible" | "required" | "it" | "they" | "he" | "she" | "we" | "i" | "you"))
            && !doc.tokens.get(skip_marks(doc, k + 3, b)).is_some_and(|t| matches!(t.lower.as_str(), "takes" | "take" | "lasts" | "exists" | "existed"))
            && !(k + 2..(k + 9).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).any(|j| matches!(doc.tokens[j].lower.as_str(), "not" | "n't" | "n’t" | "never"))
    }
}
