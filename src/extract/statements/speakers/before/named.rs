//! Actors named in a cue's subject (`speaker_before`): a person with her aides, a body and
//! where it stands, the actors of the noun phrase that ends at the subject's end.

use super::*;

impl<'a> Subject<'a> {
    /// ("Jane Roe and her aides said …", "X and his advisers hinted …": the person named before
    /// "and" and a possessive speaks with those around her, who are hers, not a speaker apart)
    #[inline(always)]
    pub(super) fn with_own_aides(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        if se >= lo + 4 && matches!(doc.tokens[se - 2].lower.as_str(), "his" | "her" | "their") && doc.tokens[se - 3].lower == "and" && Lexicon::get().speaker_nouns.contains(&doc.tokens[se - 1].lower) && doc.tokens[se - 1].lower.ends_with('s') {
            if let Some(m) = ctx.tok_mention.at(se - 4).map(|m| &doc.mentions[m]).filter(|m| doc.token_at(m.span.end) == se - 3) {
                let e = doc.actor_of(m.entity);
                if doc.entities[e].kind.is_actor() {
                    return Some(Attribution { speakers: vec![e], text: None, cue: t.cue(), cue_span, subject: (doc.token_at(m.span.start), se) });
                }
            }
        }
        None
    }

    /// ("The opposition Harbor Party in the state said …": a body named, then where it stands
    /// with a plain noun for a place, speaks; the place is no part of the speaker)
    #[inline(always)]
    pub(super) fn body_in_the_place(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        if se >= lo + 4 && doc.tokens[se - 3].lower == "in" && doc.tokens[se - 2].lower == "the" && matches!(doc.tokens[se - 1].lower.as_str(), "state" | "country" | "province" | "region" | "city" | "county" | "district" | "capital") {
            let k = if doc.tokens[se - 4].lower == ")" && se >= lo + 7 && doc.tokens[se - 6].lower == "(" { se - 7 } else { se - 4 };
            if let Some(m) = ctx.tok_mention.at(k).map(|m| &doc.mentions[m]).filter(|m| doc.token_at(m.span.end) == k + 1) {
                let e = doc.actor_of(m.entity);
                if doc.entities[e].kind == crate::model::EntityKind::Organization {
                    let start = extend_subject_left(doc, doc.token_at(m.span.start), lo);
                    let start = if start > lo && matches!(doc.tokens[start - 1].lower.as_str(), "ruling" | "opposition" | "governing") { extend_subject_left(doc, start - 1, lo) } else { start };
                    return Some(Attribution { speakers: vec![e], text: None, cue: t.cue(), cue_span, subject: (start, se) });
                }
            }
        }
        None
    }

    /// The noun phrase that ends at the subject's end, when it names actors (or states that
    /// stand for them)
    #[inline(always)]
    pub(super) fn named_phrase(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, c, lo, cue_span, .. } = t;
        // (the subject's end is `se`, worked out above: not again)
        let np = crate::extract::np::subject_before_ending(doc, ctx, c, lo, false, Some(se))?;
        // ("The Norway-based group said …": a state named only in a compound modifier is
        // where the speaker sits, not the speaker, before the cue as after it)
        let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| (doc.entities[e].can_act() || place_is_whole_subject(doc, e, np.start, np.end, c)) && !only_in_compound(doc, e, np.start, np.end)).collect();
        // ("the UN agency said" after "The World Food Programme (WFP) has warned …": the
        // agency named before, not the United Nations)
        if let Some(agency) = (speakers.len() == 1).then(|| un_agency_again(doc, np.start, np.end)).flatten() {
            return Some(Attribution { speakers: vec![agency], text: None, cue: t.cue(), cue_span, subject: (np.start, np.end) });
        }
        if !speakers.is_empty() {
            return Some(Attribution { speakers, text: None, cue: t.cue(), cue_span, subject: (np.start, np.end) });
        }
        None
    }
}
