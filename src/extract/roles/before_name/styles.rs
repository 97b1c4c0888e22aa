//! The styles, ranks and second offices between a title and the name (`Before::ps` moved back
//! over them): "its president, Dr. Jane Roe", "its spokesman, Colonel Jane Roe", "The Lord
//! Mayor, Cllr Jane Roe", "The committee's chair, Conservative MP Jane Roe".

use super::*;

/// An honorific at token `t` ("Dr", "Professor", "Sir").
#[inline(always)]
fn honorific(doc: &Doc, t: usize) -> bool {
    Lexicon::get().titles.get(&doc.tokens[t].lower).is_some_and(|x| x.class == TitleClass::Honorific)
}

/// The first token of an honorific (maybe abbreviated, "Dr.") right before token `t`.
#[inline(always)]
fn hon_start(doc: &Doc, t: usize) -> Option<usize> {
    if t >= 1 && honorific(doc, t - 1) {
        Some(t - 1)
    } else if t >= 2 && doc.tokens[t - 1].lower == "." && honorific(doc, t - 2) {
        Some(t - 2)
    } else {
        None
    }
}

impl Before {
    /// ("its spokesman, Colonel Jane Roe", "the army's spokesman, Lt. Col. Jane Roe": a rank
    /// there; the role is the title before the comma, one role as the earlier gold has it):
    /// the rank's first token.
    pub(super) fn rank_after_comma(&self, doc: &Doc) -> Option<usize> {
        let lex = Lexicon::get();
        let ps = self.ps;
        // (asked before every name, most with no title right before: told by its last word)
        if !crate::extract::names::title_may_end_at(doc, ps) {
            return None;
        }
        (ps.saturating_sub(4)..ps).find_map(|l| {
            let (_, head) = title_at(doc, l, ps).filter(|&(e, _)| e == ps)?;
            // (a judge's style too: "the board's chair, Justice Jane Roe")
            let military = lex.titles.get(&crate::lexicon::fold(head)).is_some_and(|x| x.class == TitleClass::Military) || matches!(head, "Justice" | "judge");
            // (a rank of two abbreviations: "its spokesman, Brig. Gen. Jane Roe")
            let grade = |j: usize| matches!(doc.tokens[j].lower.as_str(), "brig" | "maj" | "lt" | "col" | "gen" | "rear" | "vice" | "sgt" | "staff");
            let l = if military && l >= 3 && doc.tokens[l - 1].lower == "." && grade(l - 2) {
                l - 2
            } else if military && l >= 2 && grade(l - 1) {
                l - 1
            } else {
                l
            };
            (military && l >= 2 && doc.tokens[l - 1].lower == "," && title_ends_at(doc, l - 1)).then_some(l)
        })
    }

    /// ("Relief League president Datuk Dr Jane Roe", "its chair, Professor Sir Jane Roe": two
    /// honorifics stacked before the name; step back over all but the first, which the
    /// cases below take)
    pub(super) fn past_stacked_honorifics(&mut self, doc: &Doc) {
        while let Some(s) = hon_start(doc, self.ps).filter(|&s| hon_start(doc, s).is_some()) {
            self.ps = s;
        }
    }

    /// ("The Lord Mayor, Cllr Jane Roe,", "Its leader, Cllr Jane Roe,": a councillor's style
    /// between the comma and the name is a role of its own, as set18 keeps it, and the title
    /// before the comma is the named one's too)
    pub(super) fn councillor_style(&self, doc: &mut Doc) -> Option<usize> {
        let Before { span, holder, ps, .. } = *self;
        let councillor = |t: usize| matches!(doc.tokens[t].lower.as_str(), "cllr" | "councillor" | "councilor");
        if ps >= 3 && councillor(ps - 1) && doc.tokens[ps - 1].cap && doc.tokens[ps - 2].lower == "," && title_ends_at(doc, ps - 2) {
            let head = title_at(doc, ps - 1, ps).map(|(_, h)| h).unwrap_or("Councillor");
            push_role(doc, holder, ps - 1, ps, head, None, false, Span::new(doc.tokens[ps - 1].span.start, span.end));
            Some(ps - 1)
        } else {
            None
        }
    }

    /// ("its president, Dr. Jane Roe": an honorific between the comma and the name)
    pub(super) fn honorific_after_comma(&self, doc: &Doc) -> Option<usize> {
        let ps = self.ps;
        if ps >= 3 && doc.tokens[ps - 1].lower == "." && honorific(doc, ps - 2) && doc.tokens[ps - 3].lower == "," {
            Some(ps - 2)
        } else if ps >= 2 && honorific(doc, ps - 1) && doc.tokens[ps - 2].lower == "," {
            Some(ps - 1)
        } else {
            None
        }
    }

    /// ("Its honorary chairman, billionaire Jane Roe,": a lower-case noun that describes the
    /// person, no title, between the comma and the name; the title before the comma is hers)
    pub(super) fn describing_noun_after_comma(&self, doc: &Doc) -> Option<usize> {
        let lex = Lexicon::get();
        let ps = self.ps;
        (ps >= 3 && !doc.tokens[ps - 1].cap && lex.person_nouns.contains(&doc.tokens[ps - 1].lower) && !lex.titles.contains_key(&doc.tokens[ps - 1].lower) && doc.tokens[ps - 2].lower == "," && title_ends_at(doc, ps - 2)).then(|| ps - 1)
    }

    /// ("Prime Minister Datuk Seri Jane Roe", "its president, Tan Sri Jane Roe": a Malaysian
    /// honorific of two words between the title and the name; "the Speaker, Rt. Hon. Jane
    /// Roe": a parliamentary style)
    pub(super) fn two_word_honorific(&self, doc: &Doc) -> Option<usize> {
        let lex = Lexicon::get();
        let ps = self.ps;
        (ps >= 3 && lex.titles.get(&[&doc.tokens[ps - 2].lower, " ", &doc.tokens[ps - 1].lower].concat()).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific) && (doc.tokens[ps - 3].lower == "," || doc.tokens[ps - 3].kind == crate::model::TokenKind::Word)).then(|| ps - 2)
    }

    /// ("Governor Alhaji Jane Roe", "State president Shri Jane Roe", "Governor Dr. Jane
    /// Roe": an honorific between the title and the name, no comma)
    /// (not after a word that is no title: "Republican Sen. Jane Roe", "said that Const. Jane
    /// Roe", where the abbreviation is the office or rank itself, its normal form an office's
    /// title or none the table lists alone, as `push_role` writes it out; nor after "state":
    /// "State Rep. Jane Roe" holds a state's seat)
    pub(super) fn honorific_after_title(&self, doc: &Doc) -> Option<usize> {
        let lex = Lexicon::get();
        let ps = self.ps;
        if ps >= 3 && doc.tokens[ps - 1].lower == "." && honorific(doc, ps - 2) && doc.tokens[ps - 3].kind == crate::model::TokenKind::Word {
            Some(ps - 2)
        } else if ps >= 2 && honorific(doc, ps - 1) && doc.tokens[ps - 2].kind == crate::model::TokenKind::Word && (is_titleish(doc, ps - 2) && doc.tokens[ps - 2].lower != "state" || !lex.titles.get(&doc.tokens[ps - 1].lower).is_some_and(|x| lex.abbreviates_office(x.norm))) {
            Some(ps - 1)
        } else {
            None
        }
    }

    /// ("The committee's chair, Conservative MP Jane Roe,", "The inquiry's chair, retired
    /// High Court judge Dame Jane Roe,": an office of its own between the comma and the name
    /// is the named one's, and so is the title before the comma, as with a councillor's
    /// style above; not a rank or a judge's style, which the title before the comma stands
    /// for alone: asked with no rank)
    pub(super) fn office_after_comma(&mut self, doc: &mut Doc) {
        let Before { span, holder, ps, .. } = *self;
        if ps >= 3 {
            if let Some((c, head, of)) = second_office_after_comma(doc, ps) {
                push_role(doc, holder, c + 1, ps, head, of, false, Span::new(doc.tokens[c + 1].span.start, span.end));
                self.ps = c + 1;
            }
        }
    }
}
