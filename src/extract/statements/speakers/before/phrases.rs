//! A cue's subject as a phrase (`speaker_before`): a finding, a spokesperson for a name after
//! a comma, a generic phrase (those who put a document out, an office's holder, the body a
//! spokesperson is named with, else as written), a plural, the phrase a pronoun is the object
//! in, a pronoun with no one to refer to.

use super::*;

impl<'a> Subject<'a> {
    /// (a finding with a long modifier is its source as written, before a generic phrase cut
    /// at the modifier would be)
    #[inline(always)]
    pub(super) fn findings(&self) -> Option<Attribution> {
        let Subject { t, .. } = *self;
        let Tag { doc, ctx, c, lo, cue_span, .. } = t;
        let (s, e) = findings_phrase(doc, ctx, c, lo)?;
        if let Some(author) = document_by(doc, ctx, s, e) {
            return Some(Attribution { speakers: vec![author], text: None, cue: t.cue(), cue_span, subject: (s, e) });
        }
        Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// A spokesperson for a body named after a comma (`spokesperson_for_comma_name`)
    #[inline(always)]
    pub(super) fn spokesperson_for_comma_name(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, lo, cue_span, .. } = t;
        let (s, body) = (se > lo).then(|| spokesperson_for_comma_name(doc, ctx, lo, se)).flatten()?;
        Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (s, se) })
    }

    /// A generic phrase before the cue (`np::generic_subject_ending`): those who put a document
    /// out, an office's holder, the body a spokesperson is named with, else the phrase as
    /// written
    #[inline(always)]
    pub(super) fn generic_phrase(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, c, lo, cue_span, .. } = t;
        let (s, e) = crate::extract::np::generic_subject_ending(doc, ctx, c, lo, Some(se))?;
        first_case!(
            self.issued_by(s, e).map(Some),
            self.office_holder(s, e).map(Some),
            self.named_with(s, e).map(Some);
            Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: t.cue(), cue_span, subject: (s, e) })
        )
    }

    /// ("X and Y issued a joint statement calling for …": those who put the document out
    /// speak through it)
    #[inline(always)]
    pub(super) fn issued_by(&self, s: usize, e: usize) -> Option<Attribution> {
        let Subject { t, .. } = *self;
        let Tag { doc, ctx, c, lo, cue_span, .. } = t;
        let v = put_out_verb(doc, lo, c).filter(|&v| v > s && v < e)?;
        let issuers = crate::extract::np::subject_before(doc, ctx, v, lo).filter(|np| np.end == v && !np.entities.is_empty() && np.entities.iter().all(|&x| doc.entities[x].kind.is_actor()));
        Some(match issuers {
            Some(np) => Attribution { speakers: np.entities, text: None, cue: t.cue(), cue_span, subject: (np.start, e) },
            // (unnamed, as written without the verb: "The three leaders")
            None => Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, v)), cue: t.cue(), cue_span, subject: (s, e) },
        })
    }

    /// The holder of the office the phrase names (`title_holder`)
    #[inline(always)]
    pub(super) fn office_holder(&self, s: usize, e: usize) -> Option<Attribution> {
        let Subject { t, .. } = *self;
        let Tag { doc, cue_span, .. } = t;
        let holder = title_holder(doc, s, e)?;
        Some(Attribution { speakers: vec![holder], text: None, cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// "A Pentagon spokeswoman said", "a spokesman for the Harbor Bank said": the one body
    /// or state the spokesperson is named with speaks
    #[inline(always)]
    pub(super) fn named_with(&self, s: usize, e: usize) -> Option<Attribution> {
        let Subject { t, .. } = *self;
        let Tag { doc, ctx, c, cue_span, .. } = t;
        let body = spokesperson_body(doc, ctx, s, e).or_else(|| named_in_apposition(doc, ctx, e, c)).or_else(|| body_description(doc, s, e)).or_else(|| branch_of(doc, ctx, s, e)).or_else(|| the_org_word(doc, s, e)).or_else(|| governing_body(doc, s, e)).or_else(|| spokesperson_for_the(doc, s, e)).or_else(|| document_of_body(doc, ctx, s, e)).or_else(|| statement_after_meeting(doc, ctx, s, e)).or_else(|| owners_document(doc, ctx, s, e)).or_else(|| document_by(doc, ctx, s, e)).or_else(|| office_of_described(doc, ctx, s, e)).or_else(|| pronoun_spokesperson(doc, ctx, s, e)).or_else(|| pronoun_ministry(doc, ctx, s, e)).or_else(|| owned_delegation(doc, ctx, s, e)).or_else(|| lede_body_named_next(doc, ctx, s, e)).or_else(|| lede_person_named_next(doc, ctx, s, e)).or_else(|| body_before_spokesperson(doc, ctx, s, e)).or_else(|| the_office_holder(doc, s, e)).or_else(|| judges_court(doc, s, e))?;
        Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// A plural subject (`plural_subject`): the body its people are of, else as written
    #[inline(always)]
    pub(super) fn plural_phrase(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, ctx, c, ce, lo, cue_span } = t;
        let (s, e) = plural_subject(doc, ctx, c, ce, lo, se)?;
        // ("ECB supervisors said": the staff of the one body named with them; "the judges
        // said": their court)
        if let Some(body) = spokesperson_body(doc, ctx, s, e).or_else(|| judges_court(doc, s, e)) {
            return Some(Attribution { speakers: vec![body], text: None, cue: t.cue(), cue_span, subject: (s, e) });
        }
        Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: t.cue(), cue_span, subject: (s, e) })
    }

    /// ("the union leading it said": the phrase the pronoun is the object in, as written from
    /// its article)
    #[inline(always)]
    pub(super) fn object_of_modifier(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, lo, cue_span, .. } = t;
        if se > lo && crate::extract::np::object_of_modifier(doc, lo, se - 1) {
            if let Some(s) = (lo..se - 2).rev().take(4).find(|&j| matches!(doc.tokens[j].lower.as_str(), "the" | "a" | "an")) {
                return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, se)), cue: t.cue(), cue_span, subject: (s, se) });
            }
        }
        None
    }

    /// "she said" with no one to refer to: the speaker stays as written, never a guess
    /// ("It says …" after "The city sent a letter.": a document or body as written; "someone
    /// asked …": an unknown speaker as written)
    #[inline(always)]
    pub(super) fn pronoun(&self) -> Option<Attribution> {
        let Subject { t, se } = *self;
        let Tag { doc, lo, cue_span, .. } = t;
        (se > lo && matches!(doc.tokens[se - 1].lower.as_str(), "he" | "she" | "they" | "i" | "we" | "it" | "someone" | "somebody"))
            .then(|| Attribution { speakers: Vec::new(), text: Some(tspan(doc, se - 1, se)), cue: t.cue(), cue_span, subject: (se - 1, se) })
    }
}
