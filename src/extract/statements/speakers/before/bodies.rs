//! Bodies named at the end of a cue's subject (`speaker_before`): a region's government, a
//! body's initials in brackets, a spokesperson or panel of a body named before.

use super::*;

impl<'a> Subject<'a> {
    /// "The regional government said …": the region the story names most
    /// (`regional_government`)
    #[inline(always)]
    pub(super) fn regional_government(&self) -> Option<Attribution> {
        let Subject { t, .. } = *self;
        let Tag { doc, c, lo, cue_span, .. } = t;
        let (s, e, region) = regional_government(doc, c, lo)?;
        Some(Attribution { speakers: vec![region], text: None, cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// "The department of trade, industry and competition (DTIC) said": a body's initials in
    /// brackets after its name written in lower case name the speaker
    /// (not a person's party after her name: "Jane Roe (EPP) said" is Jane Roe's, as "Jane Roe
    /// (D-Wis.) said" is)
    #[inline(always)]
    pub(super) fn initials_in_brackets(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let party_of_person = se > lo && ctx.tok_mention.at(se - 1).is_some_and(|b| doc.entities[doc.actor_of(doc.mentions[b].entity)].kind == crate::model::EntityKind::Person);
        if se > lo && !party_of_person && doc.tokens[se].lower == "(" && doc.tokens.get(se + 2).is_some_and(|t| t.lower == ")") {
            // (not the initials of a name written in full right before them, which may be what a
            // body named first is of: "The Northern Command of the Royal Norwegian Navy
            // (RNN) said" is the command's)
            let spelt_before = |m: &crate::model::Mention| ctx.tok_mention.at(se - 1).is_some_and(|b| doc.actor_of(doc.mentions[b].entity) == doc.actor_of(m.entity)) && (lo..se - 1).any(|j| doc.tokens[j].lower == "of");
            if let Some(m) = ctx.tok_mention.at(se + 1).map(|m| &doc.mentions[m]).filter(|m| doc.entities[doc.actor_of(m.entity)].kind == crate::model::EntityKind::Organization && !spelt_before(m)) {
                // (from the "the" that opens the clause: "… and the environment (DFFE)" has one inside)
                let words = || (lo..se).rev().take(12).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].lower == ",");
                let opens = |j: usize| j == lo || doc.tokens[j - 1].kind != TokenKind::Word && doc.tokens[j - 1].lower != ",";
                let start = words().find(|&j| doc.tokens[j].lower == "the" && opens(j)).or_else(|| words().find(|&j| doc.tokens[j].lower == "the")).unwrap_or(se);
                return Some(Attribution { speakers: vec![doc.actor_of(m.entity)], text: None, cue: t.cue(), cue_span, subject: (start, se + 3) });
            }
        }
        None
    }

    /// A spokesperson of a body named before, in the subject's last two words
    /// (`spokesperson_again`)
    #[inline(always)]
    pub(super) fn spokesperson_again(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        for s in [se.saturating_sub(2), se.saturating_sub(1)] {
            if s >= lo && s < se {
                if let Some(body) = spokesperson_again(doc, ctx, s, se) {
                    return Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (s, se) });
                }
            }
        }
        None
    }

    /// A bare spokesperson in the subject's last two words (`bare_spokesperson`)
    #[inline(always)]
    pub(super) fn bare_spokesperson(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let body = (se >= lo + 2).then(|| bare_spokesperson(doc, ctx, se - 2, se)).flatten()?;
        Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (se - 2, se) })
    }

    /// ("The commission's expert panel said …", then "The panel said …": a body's panel speaks
    /// for the body)
    #[inline(always)]
    pub(super) fn panel_of_body(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let (s, body) = (se.saturating_sub(7).max(lo)..se.saturating_sub(1)).find_map(|s| panel_of_body(doc, ctx, s, se).map(|b| (s, b)))?;
        Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (s, se) })
    }
}
