//! `actors_in_with` at a mention: the holder of an office a possessive names, the mentions that
//! stand for no actor of their own (a title's adjective, a venue, a family, a body of the
//! speaker's office, a leader's government, a region's adjective, a state's initials before its
//! people, "U.S. households"), else the mention's entity.

use super::*;

impl<'a> Found<'a> {
    /// The mention `m` at token `k`: its cases in the old order; the token read next.
    #[inline(always)]
    pub(super) fn at_mention(&mut self, k: usize, m: usize) -> usize {
        let doc = self.doc;
        if let Some(end) = self.possessive_holder(k, m) {
            return end;
        }
        let e = doc.mentions[m].entity;
        let mend = doc.token_at(doc.mentions[m].span.end);
        if self.title_adjective_or_venue(m, e, mend) {
            return mend.max(k + 1);
        }
        let mstart = doc.token_at(doc.mentions[m].span.start);
        if self.family_name(e, mstart, mend) || self.speakers_own_body(e, mstart) || self.leaders_government(e, mend) || self.region_adjective(e, mend) || initials_before_populace(doc, m) {
            return mend.max(k + 1);
        }
        self.add_mentioned(e);
        doc.token_at(doc.mentions[m].span.end).max(k + 1)
    }

    /// "Norway's leader": the holder of the office the possessive names, if known (the token
    /// after the description).
    #[inline(always)]
    pub(super) fn possessive_holder(&mut self, k: usize, m: usize) -> Option<usize> {
        let Found { doc, ctx, b, .. } = *self;
        let possessive = doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| x.lower == "'s");
        if let Some((e, end)) = possessive.then(|| description_at(doc, ctx, k, b)).flatten() {
            self.add(e);
            return Some(end);
        }
        None
    }

    /// (the adjective of a named person's title: "Chilean President Jane Roe" is about
    /// Roe, not Chile); or a venue (`venue`).
    #[inline(always)]
    pub(super) fn title_adjective_or_venue(&self, m: usize, e: usize, mend: usize) -> bool {
        let Found { doc, ctx, b, .. } = *self;
        doc.entities[e].kind == EntityKind::Country && mend < b && titles_a_name(doc, ctx, mend, b) || venue(doc, m, mend)
    }

    /// (a surname naming a family, "the Okoro family", "to the Roe family's lawyer", is
    /// the family, not the person of that name)
    #[inline(always)]
    pub(super) fn family_name(&self, e: usize, mstart: usize, mend: usize) -> bool {
        let doc = self.doc;
        doc.entities[e].kind == EntityKind::Person && mstart > 0 && doc.tokens[mstart - 1].lower == "the" && doc.tokens.get(mend).is_some_and(|x| matches!(x.lower.as_str(), "family" | "families" | "family's"))
    }

    /// (a body of the speaker's own office, "by his office's Fraud Unit", "her
    /// department's Audit Team", is part of who speaks, no topic: the pronoun is the
    /// speaker's)
    #[inline(always)]
    pub(super) fn speakers_own_body(&self, e: usize, mstart: usize) -> bool {
        let Found { doc, ctx, speaker, .. } = *self;
        doc.entities[e].kind == EntityKind::Organization
            && speaker.is_some()
            && mstart >= 3
            && doc.tokens[mstart - 1].lower == "'s"
            && !doc.tokens[mstart - 2].cap
            && doc.tokens[mstart - 2].kind == TokenKind::Word
            && matches!(doc.tokens[mstart - 3].lower.as_str(), "his" | "her")
            && resolve_pronoun(doc, ctx, mstart - 3, None) == speaker
    }

    /// (a leader's surname before the noun of his government, "accused the Marcos
    /// administration of …", "The Modi government must …", "the rift between the Roe
    /// and Poe camps", is that government, not the man: his state, when a role of his
    /// names one, is added)
    #[inline(always)]
    pub(super) fn leaders_government(&mut self, e: usize, mend: usize) -> bool {
        let Found { doc, ctx, b, .. } = *self;
        if doc.entities[e].kind == EntityKind::Person && governs_as_modifier(doc, ctx, mend, b) {
            let state = governed_state(doc, e).or_else(|| unroled_leaders_state(doc, mend, false));
            if let Some(c) = state {
                self.add(c);
            }
            return true;
        }
        false
    }

    /// (a region's name used as an adjective before the states or people of it,
    /// "Pacific countries", "our Pacific family", "Gulf states", is about them, not the
    /// region: only a place, not a country, whose adjective stays a mention)
    #[inline(always)]
    pub(super) fn region_adjective(&self, e: usize, mend: usize) -> bool {
        let doc = self.doc;
        doc.entities[e].kind == EntityKind::Place
            && doc.tokens.get(mend).is_some_and(|x| !x.cap && matches!(x.lower.as_str(), "countries" | "nations" | "states" | "leaders" | "family" | "governments" | "neighbours" | "neighbors" | "partners" | "economies"))
    }

    /// The mention's entity, unless found already, excluded, or the speaker or the speaker's
    /// own actor.
    #[inline(always)]
    pub(super) fn add_mentioned(&mut self, e: usize) {
        let Found { doc, speaker, .. } = *self;
        if !self.out.contains(&e) && !self.exclude.contains(&e) && Some(e) != speaker && Some(doc.actor_of(e)) != speaker {
            self.out.push(e);
        }
    }
}
