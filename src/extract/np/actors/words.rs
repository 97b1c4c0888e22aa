//! `actors_in_with` at a word no mention covers: a state's people, a country's adjective or
//! demonym, "his chancellor", the pronouns, "the two leaders", and the phrases "the" opens (an
//! office, a body, a company, a city).

use super::*;
use crate::extract::names::{word_fact, MAY_BE_COUNTRY_WORD};

impl<'a> Found<'a> {
    /// The word at token `k`: its cases in the old order; the token read next.
    #[inline(always)]
    pub(super) fn at_word(&mut self, k: usize) -> usize {
        let doc = self.doc;
        let l = doc.tokens[k].lower.as_str();
        // (a state's people and a country's word are both asked of the country adjectives
        // and demonyms, which most words are not: the token's facts say so without the
        // three lookups, asked at every word no mention covers)
        if word_fact(doc, k, MAY_BE_COUNTRY_WORD) {
            if self.state_people(k) {
                return k + 1;
            }
            self.country_word(k, l);
        }
        first_case!(self.holder_of_his(k, l), self.own_pronoun(k, l), self.pronoun(k, l), self.plural_description(k, l), self.the_phrase(k, l); k + 1)
    }

    /// "the Russian military", "Ukrainians": a country the article names (not the adjective
    /// of a named person's title: "Chilean President Jane Roe" is about Roe)
    /// (but a state's people named by a bare plural, "Singaporeans can handle the truth",
    /// "about 1.8 million Canadians", "Sikh Canadians would trust …", are people, not the
    /// state: only "the Russians", the state's side, or people a quote describes, "thousands
    /// of Ukrainians whom he said were “…”", stand for it)
    #[inline(always)]
    pub(super) fn state_people(&self, k: usize) -> bool {
        let doc = self.doc;
        people_not_state(doc, k) || populace_not_state(doc, k)
    }

    /// A country's adjective or demonym `l` at `k`, not a named person's title's: the country,
    /// when the article names it (the word is read on).
    #[inline(always)]
    pub(super) fn country_word(&mut self, k: usize, l: &str) {
        let Found { doc, ctx, b, .. } = *self;
        if let Some(c) = Lexicon::get().country_adjectives.get(l).or_else(|| Lexicon::get().demonyms.get(l)).filter(|_| !titles_a_name(doc, ctx, k + 1, b)) {
            if let Some(e) = doc.named_country(&Lexicon::get().countries[*c].iso2) {
                self.add(e);
            }
        }
    }

    /// ("confidence in his chancellor": the holder of the office, not the owner; but not
    /// the speaker's own aide, "he said his envoy had held talks")
    #[inline(always)]
    pub(super) fn holder_of_his(&mut self, k: usize, l: &str) -> Option<usize> {
        let Found { doc, ctx, b, speaker, .. } = *self;
        let own = || speaker.is_some() && resolve_pronoun(doc, ctx, k, None) == speaker;
        if let Some((e, end)) = matches!(l, "his" | "her").then(|| description_after(doc, ctx, k, b, true)).flatten().filter(|_| !own()) {
            self.add(e);
            return Some(end);
        }
        None
    }

    /// With `own_pronouns`, "he", "him", "his", "she", "her" outside quotes: the speaker's,
    /// no topic.
    #[inline(always)]
    pub(super) fn own_pronoun(&self, k: usize, l: &str) -> Option<usize> {
        let Found { ctx, own_pronouns, .. } = *self;
        (own_pronouns && matches!(l, "he" | "him" | "his" | "she" | "her") && ctx.tok_quote.at(k).is_none()).then_some(k + 1)
    }

    /// "he", "him", "his", "she", "her": the one the pronoun refers to (always the next token
    /// read).
    #[inline(always)]
    pub(super) fn pronoun(&mut self, k: usize, l: &str) -> Option<usize> {
        let Found { doc, ctx, speaker, .. } = *self;
        if matches!(l, "he" | "him" | "his" | "she" | "her") {
            // inside a quote "he" is never the speaker; in reported speech it often is
            // ("Hale said he wants …"), and then it is left out rather than passed on
            let quoted = ctx.tok_quote.at(k).is_some();
            // ("a woman … in her lifetime": any woman, no topic)
            // ("X, whose sister died, said it came too late for her": the unnamed sister)
            if bound_to_indefinite(doc, ctx, k) || bound_to_kin(doc, ctx, k) {
                return Some(k + 1);
            }
            if let Some(e) = resolve_pronoun(doc, ctx, k, if quoted { speaker } else { None }) {
                self.add(e);
            }
            return Some(k + 1);
        }
        None
    }

    /// "the two leaders", "both countries" (after "the", "both", "two"): each of those the
    /// plural description names.
    #[inline(always)]
    pub(super) fn plural_description(&mut self, k: usize, l: &str) -> Option<usize> {
        let Found { doc, b, .. } = *self;
        if let Some((es, end)) = matches!(l, "the" | "both" | "two").then(|| plural_description_at(doc, k, b)).flatten() {
            for e in es {
                self.add(e);
            }
            return Some(end);
        }
        None
    }

    /// A phrase "the" opens at `k` (no plural description): its cases in the old order.
    #[inline(always)]
    pub(super) fn the_phrase(&mut self, k: usize, l: &str) -> Option<usize> {
        let Found { doc, ctx, b, .. } = *self;
        if l != "the" {
            return None;
        }
        if let Some(end) = self.unnamed_leaders_government(k) {
            return Some(end);
        }
        let company = company_topic(doc, k, b);
        if let Some((_, end)) = company.filter(|_| self.employed()) {
            return Some(end);
        }
        // ("would ask the President, Ann Quist, to …": a title the person's name follows in
        // apposition is that person, listed at the name, not an earlier holder of the title)
        let description = description_at(doc, ctx, k, b);
        if let Some((_, end)) = description.filter(|&(_, end)| name_in_apposition(doc, ctx, end, b)) {
            return Some(end);
        }
        self.described(k, description, company)
    }

    /// ("accused the Roe government of …" at "the", `k`: a surname no reading took for a name
    /// before "government" is the government of the story's state, as a leader's named
    /// government is, `leaders_government`; the state is added and the phrase read past)
    #[inline(always)]
    pub(super) fn unnamed_leaders_government(&mut self, k: usize) -> Option<usize> {
        let Found { doc, ctx, b, .. } = *self;
        if k + 2 >= b || ctx.tok_mention.at(k + 1).is_some() || !unnamed_leader(doc, k + 1) {
            return None;
        }
        if let Some(c) = unroled_leaders_state(doc, k + 2, false) {
            self.add(c);
        }
        Some(k + 3)
    }

    /// ("A Harbor Pay official said the company would …", its chief executive saying so:
    /// the speaker's own company, no topic)
    /// ("The ACCC alleges …. It says the company refused refunds", "ACCC chair X said the
    /// regulator would seek orders that the company compensate …": a public body, which a
    /// story never calls "the company", and its officers speak of the company, not for it)
    #[inline(always)]
    pub(super) fn employed(&self) -> bool {
        let Found { doc, speaker, .. } = *self;
        let executive = |r: &crate::model::Role| {
            let h = r.head.to_lowercase();
            !r.former && ["chief", "ceo", "chair", "president", "founder", "spokes", "director", "official"].iter().any(|w| h.contains(w))
        };
        let public = |o: usize| crate::extract::statements::public_body(&doc.entities[o].name);
        speaker.is_some_and(|s| doc.entities[s].kind == EntityKind::Organization && !public(s) || doc.roles.iter().any(|r| r.holder == s && executive(r) && r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Organization && !public(o))))
    }

    /// ("Budget Director X told aldermen that the city would have to …", "Mayor X said
    /// the city would ask …": a body or an office holder speaks for the city, no topic)
    /// (a councillor facing the mayor, a watchdog, a lawyer speak of the city; a chamber of
    /// commerce speaks for its businesses, as the city's own offices do)
    #[inline(always)]
    pub(super) fn city_voice(&self) -> bool {
        let Found { doc, speaker, .. } = *self;
        speaker.is_some_and(|s| {
            let n = doc.entities[s].name.to_lowercase();
            doc.entities[s].kind == EntityKind::Organization && ["office", "department", "council", "authority", "administration", "government", "municipality", "chamber"].iter().any(|w| n.split(' ').any(|x| x == *w))
                || doc.roles.iter().any(|r| {
                    let h = r.title.to_lowercase();
                    r.holder == s && !r.former && ["mayor", "governor", "director", "manager", "official", "spokes", "chief", "clerk", "administrat", "deputy", "secretary", "minister", "officer"].iter().any(|w| h.contains(w))
                })
        })
    }

    /// The office `description`, a body by its head, a ruling body, the opposition, the
    /// `company`, a board's owner, a place by its head, or the city (not when the city's
    /// voice speaks): the one it names, unless told or the speaker's own government.
    #[inline(always)]
    pub(super) fn described(&mut self, k: usize, description: Option<(usize, usize)>, company: Option<(usize, usize)>) -> Option<usize> {
        let Found { doc, b, speaker, .. } = *self;
        if let Some((e, end)) = description.or_else(|| org_by_head_in(doc, k, b, true)).or_else(|| ruling_body(doc, k, b)).or_else(|| opposition_at(doc, k, b)).or(company).or_else(|| board_owner(doc, k, b)).or_else(|| place_by_head(doc, k, b)).or_else(|| city_as_subject(doc, k, b).filter(|_| !self.city_voice())) {
            // ("told the court the pair had …": a body told is the audience, no topic, as
            // a named one is in `venue`)
            let told = k > 0 && told_form(&doc.tokens[k - 1].lower);
            if self.own_government(k, e, end) {
                return Some(end);
            }
            if !told && !self.out.contains(&e) && Some(e) != speaker {
                self.out.push(e);
            }
            return Some(end);
        }
        None
    }

    /// (a premier's or a minister's "the government would …" is his own government,
    /// no topic, also when the story names a regional one the phrase was taken for
    /// ("The NSW government says …", then "Premier X said the government would …");
    /// another's "called on the government to …" keeps it)
    #[inline(always)]
    pub(super) fn own_government(&self, k: usize, e: usize, end: usize) -> bool {
        let Found { doc, speaker, .. } = *self;
        end == k + 2
            && doc.tokens[k + 1].lower == "government"
            && doc.entities[e].kind == EntityKind::Organization
            && doc.entities[e].name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("government"))
            && speaker.is_some_and(|s| crate::extract::statements::serving_government_office(doc, s))
    }
}
