//! The choice `org_by_head_in` makes when a body named before fits "the `head`": the last one,
//! when no other fits, else the one named nearest by sentence, as a paper's subject, or by
//! paragraph.

use super::*;

use crate::model::Mention;

/// The body sought ([`Sought`]) and `last`, the last mention before "the" that fits it.
#[derive(Clone, Copy)]
pub(super) struct Fitting<'a> {
    pub(super) s: Sought<'a>,
    pub(super) last: &'a Mention,
}

impl<'a> Fitting<'a> {
    /// The body "the `head`" takes up (the old returns of `org_by_head_in` after `last`)
    #[inline(always)]
    pub(super) fn pick(&self) -> Option<usize> {
        if self.modified_other() {
            return None;
        }
        if self.alone() {
            return Some(self.last.entity);
        }
        let Phrase { doc, before, .. } = self.s.p;
        // several: the one named in this sentence or the one before, when the others are not
        let c = Several { f: *self, si: doc.sentence_at(before)? };
        first_case!(
            c.in_recent_sentences().map(Some),
            c.paper_subject().map(Some),
            c.in_this_paragraph().map(Some);
            c.in_paragraphs_before()
        )
    }

    /// (a modifier before a generic noun names another body than the one named before; before
    /// "bloc" it is the union of states named before: "the regional bloc", "the trade bloc"; before
    /// "union" the union named before: "the umbrella union")
    #[inline(always)]
    fn modified_other(&self) -> bool {
        let Phrase { modified, head, .. } = self.s.p;
        modified.is_some() && !matches!(head, "bloc" | "grouping" | "union")
    }

    /// Whether a mention before "the" that fits names another body than `last` (not one named
    /// alike, [`alike`])
    #[inline(always)]
    pub(super) fn other(&self, m: &&Mention) -> bool {
        let Phrase { doc, topic, .. } = self.s.p;
        let (a, b) = (&doc.entities[m.entity].name, &doc.entities[self.last.entity].name);
        // (not for a topic, where "the ministry" is as often the speaker's own: "Health
        // minister X … He said the ministry would …")
        m.entity != self.last.entity && !alike(a, b) && !alike(b, a) && (topic || !same_portfolio(a, b) && !same_portfolio(b, a))
    }

    /// Whether `last` is the one body before "the" that fits
    #[inline(always)]
    fn alone(&self) -> bool {
        !self.s.before_t().any(|m| self.other(&m))
    }
}

/// ("Defence Ministry reports …" in a headline, "the Russian Defence Ministry said" below:
/// a body named alike, or with its state's adjective before the same words, is the same)
#[inline(always)]
fn alike(a: &str, b: &str) -> bool {
    a == b || a.len() > b.len() && a.ends_with(b) && a.as_bytes()[a.len() - b.len() - 1] == b' '
}

/// Several bodies before "the" fit: [`Fitting`] and `si`, the sentence "the" is in.
#[derive(Clone, Copy)]
struct Several<'a> {
    f: Fitting<'a>,
    si: usize,
}

impl Several<'_> {
    /// Whether the mention `m` is in the sentence of "the" or the one before
    #[inline(always)]
    fn recent(&self, m: &Mention) -> bool {
        let Several { f, si } = *self;
        f.s.p.doc.sentence_at(m.span.start).is_some_and(|s| s + 1 >= si)
    }

    /// `last`, when it was named in this sentence or the one before and the others were not
    #[inline(always)]
    fn in_recent_sentences(&self) -> Option<usize> {
        let Fitting { s, last } = self.f;
        (self.recent(last) && s.before_t().filter(|m| self.f.other(m)).all(|m| !self.recent(m))).then_some(last.entity)
    }

    /// (a paper: the one that opens the sentence before, its subject, not another named inside
    /// it: "The Oslo Times, which is owned by the Bergen Daily, struck a harsher note.
    /// … the newspaper said")
    #[inline(always)]
    fn paper_subject(&self) -> Option<usize> {
        let Several { f: Fitting { s, .. }, si } = *self;
        let doc = s.p.doc;
        if s.paper && si > 0 {
            let (pa, _) = doc.sentences[si - 1].tokens;
            let opens = |m: &Mention| (pa..pa + 2).any(|j| doc.tokens.get(j).is_some_and(|x| x.span.start == m.span.start));
            if let Some(m) = s.before_t().find(|m| opens(m)) {
                return Some(m.entity);
            }
        }
        None
    }

    /// The paragraph the mention `m` is in
    #[inline(always)]
    fn para(&self, m: &Mention) -> Option<usize> {
        let doc = self.f.s.p.doc;
        doc.sentence_at(m.span.start).map(|x| doc.sentences[x].paragraph)
    }

    /// The paragraph of "the"
    #[inline(always)]
    fn here(&self) -> usize {
        self.f.s.p.doc.sentences[self.si].paragraph
    }

    /// (or the one named in this paragraph, when the others were named in paragraphs before:
    /// "Azerbaijan's Ministry of Defence gave another account. … The ministry denied …" after
    /// Armenia's ministry spoke in the first paragraph)
    #[inline(always)]
    fn in_this_paragraph(&self) -> Option<usize> {
        let Fitting { s, last } = self.f;
        let here = self.here();
        (self.para(last) == Some(here) && s.before_t().filter(|m| self.f.other(m)).all(|m| self.para(m) != Some(here))).then_some(last.entity)
    }

    /// (or the one named in the two paragraphs before, when the others were named further up
    /// still: "The Royal College of Nursing says … / Its general secretary said: "…" / The union
    /// called on the government to …", the BMA named in an entry an hour before; not for a
    /// topic, where a body named a paragraph up is as often another's)
    #[inline(always)]
    fn in_paragraphs_before(&self) -> Option<usize> {
        let Fitting { s, last } = self.f;
        if s.p.topic {
            return None;
        }
        let here = self.here();
        let near = |m: &Mention| self.para(m).is_some_and(|p| p + 2 >= here);
        let lp = self.para(last)?;
        (near(last) && s.before_t().filter(|m| self.f.other(m)).all(|m| self.para(m).is_some_and(|p| p + 2 < lp))).then_some(last.entity)
    }
}
