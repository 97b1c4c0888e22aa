//! What a cue's subject stands for, named earlier (`speaker_before`): the antecedent of a
//! relative clause, of a list, of a plural.

use super::*;

impl<'a> Subject<'a> {
    /// The antecedent of a relative clause that ends at the subject's end, as written
    /// (`relative_antecedent`)
    #[inline(always)]
    pub(super) fn relative_antecedent(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let (s, e) = relative_antecedent(doc, ctx, lo, se)?;
        Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// The actors of a list named before, which the subject's last word stands for
    /// (`list_antecedent`)
    #[inline(always)]
    pub(super) fn list_antecedent(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let speakers = (se > lo).then(|| list_antecedent(doc, ctx, se - 1)).flatten()?;
        Some(Attribution { speakers, text: None, cue: t.cue(), cue_span, subject: (se - 1, se) })
    }

    /// The plural phrase named before, which the subject's last word stands for, as written
    /// (`plural_antecedent`)
    #[inline(always)]
    pub(super) fn plural_antecedent(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let (s, e) = (se > lo).then(|| plural_antecedent(doc, ctx, se - 1)).flatten()?;
        Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: t.cue(), cue_span, subject: (se - 1, se) })
    }
}
