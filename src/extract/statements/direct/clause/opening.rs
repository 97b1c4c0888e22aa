//! Where the clause of `clause_subject` opens: after its opening phrase, then after the last
//! clause break before the cue that opens a clause (not one inside a quotation, the "but" that
//! joins the cue, a preposition before a possessor, a deadline's "until", a date's preposition,
//! a subordinator before a participle or an event, a verbless "when in …"), then after a date
//! and an opening phrase there.

use super::*;

/// The sentence from `a` (after its opening phrase) up to the cue at `c`, and `joining`, the
/// "but" that joins the cue to the clause's first verb, if any.
#[derive(Clone, Copy)]
pub(super) struct Opening<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) a: usize,
    pub(super) c: usize,
    pub(super) joining: Option<usize>,
}

impl<'a> Opening<'a> {
    /// (a clause break inside a quotation opens no clause of the sentence, nor does the "but"
    /// that joins the cue to the clause's first verb: "X stayed calm but accused …")
    /// (nor does the preposition of an opening phrase: "After protests over the fares, Hale
    /// dropped the toll, promising …")
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, a: usize, c: usize) -> Opening<'a> {
        let joining = coordinator_before(doc, a, c).filter(|&j| doc.tokens[j].lower == "but");
        let a = after_opening_phrase(doc, ctx, a, c);
        Opening { doc, ctx, a, c, joining }
    }

    /// The clause: after the last break before the cue that opens one (`opened`), else from
    /// `a`; then after a date and an opening phrase there
    #[inline(always)]
    pub(super) fn clause(self, ce: usize) -> Clause<'a> {
        let Opening { doc, ctx, a, c, .. } = self;
        let opened = (a..c).rev().find(|&j| self.opens_at(j));
        let a = opened.map(|j| j + 1).unwrap_or(a);
        let a = after_opening_phrase(doc, ctx, after_date_opening(doc, a, c), c);
        let cue_span = tspan(doc, c, ce);
        Clause { doc, ctx, a, c, opened, cue_span }
    }

    /// Whether the clause break at `j` opens the clause: outside quotations, not the joining
    /// "but", (nor does a preposition before a possessor: "… after Norway's exit from the pact,
    /// offering …"), nor a deadline, a date, a participle, an event or a verbless phrase
    #[inline(always)]
    pub(super) fn opens_at(&self, j: usize) -> bool {
        let Opening { doc, ctx, joining, .. } = *self;
        ctx.tok_quote.at(j).is_none() && Some(j) != joining && clause_break(&doc.tokens[j].lower) && !possessor_after(doc, ctx, j) && !self.deadline(j) && !self.date(j) && !self.participle(j) && !self.event(j) && !self.verbless(j) && !self.named_object(j)
    }

    /// The word at `j`, lower case ("" past the sentence's tokens)
    #[inline(always)]
    pub(super) fn word(&self, j: usize) -> &'a str {
        self.doc.tokens.get(j).map_or("", |x| x.lower.as_str())
    }

    /// (nor does the "until" of a deadline: "gave the party until Friday to approve the
    /// budget, warning …")
    #[inline(always)]
    pub(super) fn deadline(&self, j: usize) -> bool {
        let Opening { doc, c, .. } = *self;
        doc.tokens[j].lower == "until" && (j + 2..c.min(j + 7)).any(|x| doc.tokens[x].lower == "to")
    }

    /// (nor a preposition of time before a date: "urged both sides to settle before Christmas,
    /// warning …")
    /// ("… before the end of winter, saying …": a stretch of time too)
    #[inline(always)]
    pub(super) fn date(&self, j: usize) -> bool {
        let Opening { doc, .. } = *self;
        matches!(doc.tokens[j].lower.as_str(), "before" | "after" | "until" | "since")
            && (doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Number || crate::lexicon::is_weekday(&x.lower) || crate::lexicon::is_month(&x.lower) || crate::extract::names::holiday_cover(doc, Lexicon::get(), j + 1).is_some())
                && doc.tokens.get(j + 2).is_some_and(|x| x.kind != TokenKind::Word || x.lower == "to" || x.lower == "and")
                || self.word(j + 1) == "the" && matches!(self.word(j + 2), "end" | "start" | "beginning" | "middle" | "close") && self.word(j + 3) == "of")
    }

    /// (nor a subordinator before a participle that has no subject of its own: "X has made the
    /// toll a target since taking office and has said …")
    /// (the cue itself as that participle, "… while chanting, \"…\"", stays as it was)
    #[inline(always)]
    pub(super) fn participle(&self, j: usize) -> bool {
        let Opening { doc, c, .. } = *self;
        j + 1 < c
            && matches!(doc.tokens[j].lower.as_str(), "since" | "after" | "before" | "while")
            && doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && x.lower.len() > 5 && x.lower.ends_with("ing"))
    }

    /// (nor one before a possessive and its noun that "and" and an auxiliary or the cue follow:
    /// "X has pressed for the levy since her election and has said …")
    #[inline(always)]
    pub(super) fn event(&self, j: usize) -> bool {
        let Opening { doc, c, .. } = *self;
        j + 4 <= c
            && matches!(doc.tokens[j].lower.as_str(), "since" | "after" | "before" | "while")
            && matches!(self.word(j + 1), "his" | "her" | "their" | "its")
            && doc.tokens.get(j + 2).is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
            && self.word(j + 3) == "and"
            && (j + 4 == c || matches!(self.word(j + 4), "has" | "had" | "have" | "was" | "is"))
    }

    /// (nor "before" or "after" as a preposition before a named body or place that the cue's
    /// comma closes, with no verb between: "urged the board to take the dispute before the
    /// Appeals Court, saying …" is the clause's subject's, not a speaker "the Appeals Court")
    #[inline(always)]
    pub(super) fn named_object(&self, j: usize) -> bool {
        let Opening { doc, ctx, c, .. } = *self;
        j + 3 <= c
            && matches!(doc.tokens[j].lower.as_str(), "before" | "after")
            && doc.tokens[c - 1].lower == ","
            && ctx.tok_mention.at(c - 2).is_some()
            && (j + 1..c - 1).all(|x| ctx.tok_mention.at(x).is_some() || matches!(doc.tokens[x].lower.as_str(), "the" | "a" | "an" | "of" | "and"))
    }

    /// (nor "when" or "while" before "in" and a noun with no verb, the "and" of the cue right
    /// after: "X said the party had backed the ban when in power and accused …" is X's, not a
    /// speaker "in power")
    #[inline(always)]
    pub(super) fn verbless(&self, j: usize) -> bool {
        let Opening { doc, c, .. } = *self;
        matches!(doc.tokens[j].lower.as_str(), "when" | "while")
            && self.word(j + 1) == "in"
            && coordinator_before(doc, j, c).is_some_and(|k| matches!(self.word(k), "and" | "but") && (j + 3..=j + 4).contains(&k) && (j + 2..k).all(|x| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap && !doc.tokens[x].lower.ends_with("ing") && !doc.tokens[x].lower.ends_with("ed")))
    }
}
