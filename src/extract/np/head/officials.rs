//! A state's or a body's officials, sources and armed forces at `k` ("Greek officials", "the
//! Chilean navy", "a senior Chilean official", "a senior EU official"): the state or the body
//! speaks.

use super::*;

impl Head<'_> {
    /// "Greek officials", "Turkish authorities", "the Chilean navy", "Peruvian border
    /// guards": the state speaks (an armed force of two words has its adjective before both)
    /// "A Norwegian security source said", "a senior Chilean official told": one official
    /// or source of a state, unnamed, speaks for it as its officials do (not when a name
    /// follows in apposition: "a Chilean official, Dan Kerr, said")
    /// ("a senior French officer", "a Turkish diplomat", "a Saudi negotiator": an officer, a
    /// diplomat or one who negotiates for one state too; "an Emirati delegate" at a body's
    /// meeting is left as written, set 17's gold)
    /// ("according to a senior EU official": an organisation's name as the modifier too)
    #[inline(always)]
    pub(super) fn state_officials(&mut self) -> Option<Step> {
        let Head { doc, ctx, t, k, last, .. } = *self;
        let group = matches!(doc.tokens[k].lower.as_str(), "officials" | "authorities" | "sources" | "diplomats" | "negotiators" | "forces" | "troops" | "military" | "army" | "navy" | "presidency");
        let force = k > t && matches!(doc.tokens[k].lower.as_str(), "force" | "forces" | "guard" | "guards") && matches!(doc.tokens[k - 1].lower.as_str(), "air" | "armed" | "border" | "coast");
        let modifier_body = || last.is_some_and(|(e0, end0)| end0 == k && doc.entities[e0].kind == EntityKind::Organization);
        // (not "an EU diplomat", who serves a member state there: set 15's gold)
        let single = (last.is_none() || modifier_body() && doc.tokens[k].lower == "official") && matches!(doc.tokens[k].lower.as_str(), "official" | "source" | "officer" | "diplomat" | "negotiator") && !(doc.tokens.get(k + 1).is_some_and(|x| x.lower == ",") && ctx.tok_mention.get(k + 2).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person));
        let modified = (group || single) && k > t && official_modifier(&doc.tokens[k - 1].lower);
        if !(group || force || single) {
            return None;
        }
        // ("the Norwegian military's Northern Command said": the command named after the
        // force's possessive speaks)
        if group && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) && ctx.tok_mention.get(k + 2).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
            self.k += 2;
            return Some(Step::On);
        }
        if let Some((e, _)) = last {
            self.last = Some((e, k + 1));
            self.k += 1;
            return Some(Step::On);
        }
        let adjective_at = if force || modified { k.checked_sub(2) } else { k.checked_sub(1) }.filter(|&j| j >= t);
        if let Some(e) = adjective_at.filter(|&j| !continental_american(doc, j)).and_then(|j| doc.country_of_adjective(&doc.tokens[j].lower)) {
            self.last = Some((e, k + 1));
            self.k += 1;
            return Some(Step::On);
        }
        None
    }
}
