//! The speaker named before a cue (`speaker_before`): the one quoted as saying, a person who
//! names himself in a relative clause, a verb coordinated inside one ([`Tag`]); then, once the
//! cue's subject's end is read ([`Subject`]), the bodies named at that end (`before/bodies.rs`),
//! what the subject stands for named earlier (`before/antecedents.rs`), an actor named in the
//! subject (`before/named.rs`), else the phrase as written (`before/phrases.rs`).

use super::*;

mod antecedents;
mod bodies;
mod named;
mod phrases;

/// The cue at token `c` (its words up to `ce`) in the clause from `lo`; each case a method
/// answering `Some` where the old `speaker_before` returned.
#[derive(Clone, Copy)]
pub(super) struct Tag<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) c: usize,
    pub(super) ce: usize,
    pub(super) lo: usize,
    pub(super) cue_span: Span,
}

impl<'a> Tag<'a> {
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, c: usize, ce: usize, lo: usize) -> Tag<'a> {
        Tag { doc, ctx, c, ce, lo, cue_span: tspan(doc, c, ce) }
    }

    /// The cue's words, as the attribution holds them
    #[inline(always)]
    pub(super) fn cue(&self) -> String {
        self.doc.slice(self.cue_span).to_string()
    }

    /// "Interfax quoted Deputy Foreign Minister X as saying …": the one quoted speaks
    /// (`quoted_as_saying`)
    #[inline(always)]
    pub(super) fn quoted(&self) -> Option<Attribution> {
        let Tag { doc, ctx, c, lo, cue_span, .. } = *self;
        quoted_as_saying(doc, ctx, c, lo, cue_span)
    }

    /// "A spokesman for the group, who gave his name as Jane Roe, told AFP": the person the
    /// relative clause right before the cue names (`self_named_relative`)
    #[inline(always)]
    pub(super) fn self_named(&self) -> Option<Attribution> {
        let Tag { doc, ctx, c, lo, cue_span, .. } = *self;
        let (start, e) = self_named_relative(doc, ctx, c, lo)?;
        Some(Attribution { speakers: vec![e], text: None, cue: self.cue(), cue_span, subject: (start, c - 1) })
    }

    /// ("…, the endorsement of President Jane Roe, who wrote that … and urged voters to “…”": a
    /// verb coordinated inside a relative clause, no comma between, is the antecedent's)
    #[inline(always)]
    pub(super) fn coordinated_in_relative(&self) -> Option<Attribution> {
        let Tag { doc, ctx, c, lo, cue_span, .. } = *self;
        if c > lo + 3 && doc.tokens[c - 1].lower == "and" {
            if let Some((ms, me, e)) = who_antecedent(doc, ctx, lo, c - 1) {
                return Some(Attribution { speakers: vec![e], text: None, cue: self.cue(), cue_span, subject: (ms, me) });
            }
        }
        None
    }

    /// Where the cue's subject ends (`np::subject_end`), read once for the cases after
    #[inline(always)]
    pub(super) fn subject(self) -> Subject<'a> {
        let se = crate::extract::np::subject_end(self.doc, self.c, self.lo);
        Subject { t: self, se }
    }
}

/// The cue ([`Tag`]) and `se`, the token after its subject's end; each case a method answering
/// `Some` where the old `speaker_before` returned.
#[derive(Clone, Copy)]
pub(super) struct Subject<'a> {
    pub(super) t: Tag<'a>,
    pub(super) se: usize,
}

impl<'a> Subject<'a> {
    /// The cases at the subject's end in the old order: bodies (`before/bodies.rs`), antecedents
    /// (`before/antecedents.rs`), actors named (`before/named.rs`), phrases as written
    /// (`before/phrases.rs`), the last a pronoun with no one to refer to
    #[inline(always)]
    pub(super) fn speaker(&self) -> Option<Attribution> {
        first_case!(
            self.regional_government().map(Some),
            self.initials_in_brackets().map(Some),
            self.spokesperson_again().map(Some),
            self.bare_spokesperson().map(Some),
            self.panel_of_body().map(Some),
            self.relative_antecedent().map(Some),
            self.list_antecedent().map(Some),
            self.plural_antecedent().map(Some),
            self.with_own_aides().map(Some),
            self.body_in_the_place().map(Some),
            self.named_phrase().map(Some),
            self.findings().map(Some),
            self.spokesperson_for_comma_name().map(Some),
            self.generic_phrase().map(Some),
            self.plural_phrase().map(Some),
            self.object_of_modifier().map(Some);
            self.pronoun()
        )
    }
}
