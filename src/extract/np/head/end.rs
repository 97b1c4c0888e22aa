//! Where the phrase ends after its head name `e` (which ends at `end`): past a body's initials
//! in brackets before the place it sits in, past the place a mission serves in.

use super::*;

impl Head<'_> {
    /// ("The Royal College of Nursing (RCN) in Scotland said …": the body's initials in brackets
    /// before the place it sits in; the phrase goes on past them)
    #[inline(always)]
    pub(super) fn initials_before_place(&self, e: usize, end: usize) -> usize {
        let Head { doc, ctx, limit, .. } = *self;
        if end + 4 < limit && doc.tokens[end].lower == "(" && doc.tokens[end + 2].lower == ")" && doc.tokens[end + 3].lower == "in" && doc.tokens[end + 1].cap && doc.entities[e].kind == EntityKind::Organization {
            let m = ctx.tok_mention.at(end + 4).filter(|&m| doc.token_at(doc.mentions[m].span.end) == limit && doc.mentions[m].span.start == doc.tokens[end + 4].span.start && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country));
            if m.is_some() {
                return end + 3;
            }
        }
        end
    }

    /// ("The Norwegian embassy in Lisbon denied …": the place a mission serves in is no part of
    /// who speaks)
    #[inline(always)]
    pub(super) fn place_served(&self, e: usize, end: usize) -> usize {
        let Head { doc, ctx, t, limit, .. } = *self;
        if doc.tokens.get(end).is_some_and(|x| x.lower == "in" || x.lower == "to") && doc.entities[e].kind == EntityKind::Organization {
            // ("The UN refugee office in Bangkok urged …": an office where it sits, too)
            let mission = doc.entities[e].name.rsplit(' ').next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "embassy" | "mission" | "consulate" | "delegation"))
                || end > t && doc.tokens[end - 1].lower == "office" && doc.tokens[end].lower == "in";
            // ("The opposition Democratic Party in Albania accused …": a body of the country or
            // place after "in", the phrase ending there, before the verb)
            let here = |m: usize| doc.token_at(doc.mentions[m].span.end) == limit && doc.tokens[end].lower == "in";
            if let Some(m) = ctx.tok_mention.get(end + 1).filter(|&m| (mission || here(m)) && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.mentions[m].span.start == doc.tokens[end + 1].span.start) {
                return doc.token_at(doc.mentions[m].span.end).min(limit);
            }
        }
        end
    }
}
