//! Asides after the subject's name, before its verb: a parenthesis, an appositive between
//! dashes, a person's affiliation, an age, a name in apposition, a relative clause whose comma
//! closes inside a quotation.

use super::*;

impl Subject<'_> {
    /// "Jane Roe (D-Wis.) said": a parenthesis after the name
    #[inline(always)]
    pub(super) fn past_parenthesis(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo && doc.tokens[k - 1].lower == ")" {
            if let Some(open) = (lo..k - 1).rev().take(10).find(|&j| doc.tokens[j].lower == "(") {
                self.k = open;
            }
        }
    }

    /// "Jane Roe -- a member of the panel -- said": an appositive between dashes
    #[inline(always)]
    pub(super) fn past_dash_appositive(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if let Some(open) = dash_appositive(doc, k, lo) {
            self.k = open;
            let k = open;
            // ("Jane Roe, the head of the firm -- which owns the paper -- said": a comma
            // appositive before the dashes goes with them)
            if let Some(o) = (lo.max(k.saturating_sub(12))..k).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == ",") {
                if o > lo && person_name_ends(doc, o) && doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an")) {
                    self.k = o;
                }
            }
        }
    }

    /// "Jane Roe of the Harbor Club said", "Jane Roe at the Harbor Review agreed": a
    /// person's affiliation after "of" or "at"
    /// ("Jane Roe of the University of Oslo said": the "of" after the name, not the one inside
    /// the body's name)
    /// ("Analyst Jane Roe from the Halden-based research firm Vexa Insights says": or "from",
    /// further back past where the body is based)
    #[inline(always)]
    pub(super) fn past_affiliation(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if let Some(o) = (lo.max(k.saturating_sub(9))..k).rev().filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "at" | "from")).find(|&o| affiliation_name(doc, o, k) && o > lo && person_name_ends(doc, o)) {
            self.k = o;
        }
    }

    /// "Quina Jones, 25, said": an age in apposition
    #[inline(always)]
    pub(super) fn past_age(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 3 && doc.tokens[k - 1].lower == "," && doc.tokens[k - 2].kind == TokenKind::Number && doc.tokens[k - 3].lower == "," {
            self.k -= 3;
        }
    }

    /// "Jane Roe TD said", "The party's spokeswoman, Jane Roe MP, said": a member's letters
    /// after her name (`post_nominal`) are no part of the subject, which ends with the name (the
    /// letters had hidden the name's end, and the apposition was read as a body's name, its
    /// subject the description before it)
    #[inline(always)]
    pub(super) fn past_post_nominal(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        let j = if k > lo + 2 && doc.tokens[k - 1].lower == "," { k - 2 } else { k.saturating_sub(1) };
        if j > lo && post_nominal(doc, j) && person_name_ends(doc, j) {
            self.k = j;
        }
    }

    /// "The rebel group, Forces for Democracy (FDD), insisted": a name in apposition
    #[inline(always)]
    pub(super) fn past_name_in_apposition(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 2 && doc.tokens[k - 1].lower == "," {
            if let Some(open) = (lo..k - 1).rev().take(10).find(|&j| doc.tokens[j].lower == ",") {
                let name_like = (open + 1..k - 1).all(|j| doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "of" | "for" | "the" | "and" | "(" | ")" | "-"))
                    && !person_name_ends(doc, k - 1)
                    && !affiliation_ends(doc, k - 1, lo);
                if name_like && open > lo && !doc.tokens[open - 1].cap && doc.tokens[open - 1].kind == TokenKind::Word {
                    self.k = open;
                }
            }
        }
    }

    /// ("Jane Roe, who has called the pact "a prison," said …": the relative clause's closing
    /// comma written inside the quotation's closing mark; the name before it is the subject)
    #[inline(always)]
    pub(super) fn past_relative_closed_in_quote(&mut self) -> bool {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 4 && doc.tokens[k - 1].kind == TokenKind::Quote && doc.tokens[k - 2].lower == "," {
            let o = (lo.max(k.saturating_sub(30))..k - 2).rev().find(|&j| doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which")));
            if let Some(o) = o.filter(|&o| o > lo && ctx_free_name_before(doc, o) && (o..k).filter(|&x| doc.tokens[x].kind == TokenKind::Quote).count() == 2) {
                self.k = o;
                return true;
            }
        }
        false
    }
}

/// A member's or counsel's letters after a name at token `j`, written in capitals: a member's
/// (`is_member_letters`: "MP", "MEP", …), "TD", "MHA", "MNA", "KC", "QC".
fn post_nominal(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    t.cap && t.kind == TokenKind::Word && (crate::lexicon::is_member_letters(&t.lower) || matches!(t.lower.as_str(), "td" | "mha" | "mna" | "kc" | "qc")) && doc.slice(t.span).bytes().all(|b| b.is_ascii_uppercase())
}
