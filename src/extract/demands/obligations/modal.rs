//! The modal branch of `obligations`: "Y must Z", "Y should Z", "Y needs to Z", and on whom the
//! obligation falls.

use super::*;

mod addressee;
mod asked;
mod clause;

use self::addressee::Addressee;
use self::asked::Asked;
use self::clause::Modal;

impl Clause<'_> {
    /// "Y must Z", "Y should Z", "Y has to Z" (`k` at a modal, `MODALS`): a demand (or, negated, a
    /// refusal) of the modal's subject, or of the one its clause points to; `None` when the word at
    /// `k` opens no modal. `last_of` is the addressee of the latest modal, for a coordinated one
    /// ("must withdraw … and should hold …"), which this sets. The modal, its subject and where
    /// what it asks ends are read in `modal/clause.rs` ([`Modal`]), on whom it falls in
    /// `modal/addressee.rs` ([`Addressee`]), whether it asks anything and the demand in
    /// `modal/asked.rs` ([`Asked`]).
    pub(super) fn modal(&self, k: usize, l: &str, last_of: &mut Option<(usize, Option<Party>)>, out: &mut Vec<Demand>) -> Option<usize> {
        let inverted = self.inverted_should(k, l);
        let modal = modal_at(self.doc, k).filter(|_| !inverted);
        if self.no_obligation(k, l, modal) {
            return Some(k + 1);
        }
        let n = modal?;
        let (m, subj, of) = Modal::at(*self, k, n, last_of);
        let to = m.addressee(subj, of);
        Asked { m, to }.push(l, out);
        Some(k + n)
    }

    /// ("should Clinton attempt a return, …", ", should he fail to …": "should" opening a
    /// clause before its subject is a condition, no obligation)
    #[inline(always)]
    fn inverted_should(&self, k: usize, l: &str) -> bool {
        let Clause { doc, a, .. } = *self;
        l == "should" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "," | ";" | ":" | "—" | "–" | "(" | "and" | "or" | "but")) && doc.tokens.get(k + 1).is_some_and(|t| t.cap || crate::extract::np::is_pronoun(&t.lower) || matches!(t.lower.as_str(), "the" | "a" | "an" | "any" | "their" | "its"))
    }

    /// Whether the modal at `k` (`modal` its length in words, `None` for no modal) asks nothing
    /// of anyone: it stands inside an idea that is rejected or in a question left open, "needed"
    /// describes a noun or says what a thing is for, or "had to"/"have to" tells what was or may
    /// be forced.
    fn no_obligation(&self, k: usize, l: &str, modal: Option<usize>) -> bool {
        let Clause { doc, a, .. } = *self;
        // ("rejected the idea that support should be tied to …": a modal inside an idea that
        // is rejected is no demand)
        let rejected_idea = modal.is_some() && {
            let ca = self.clause_start(k, &[]);
            ca >= 2 && doc.tokens[ca - 1].lower == "that"
                && matches!(doc.tokens[ca - 2].lower.as_str(), "idea" | "notion" | "suggestion" | "suggestions" | "claim" | "claims" | "view" | "argument" | "assertion" | "premise" | "accusation" | "accusations")
                && (ca.saturating_sub(6)..ca - 2).any(|x| matches!(doc.tokens[x].lower.as_str(), "rejected" | "rejects" | "reject" | "rejecting" | "dismissed" | "dismisses" | "dismissing" | "denied" | "denies" | "disputed" | "disputes" | "refuted" | "refutes" | "scoffed" | "brushed" | "ridiculed" | "challenged"))
        };
        // ("will decide whether the officer should face charges": a modal in a question left
        // open is no demand)
        let open_question = modal.is_some() && ((a.max(k.saturating_sub(8))..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":")).any(|x| doc.tokens[x].lower == "whether") || wh_question_before(doc, a, k) || why_questioned(doc, a, k) || whether_across_aside(doc, a, k));
        // ("lacked the pumps and trucks needed to clear the roads": "needed to"
        // right after a noun that a past verb of the clause took as its object describes the
        // noun, no demand)
        // ('had not shown the "very special circumstances" needed to build': the noun may close
        // a quotation, and the past verb may be an irregular participle, `irregular_taking_past`)
        let described_need = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && {
            let n = quoted_noun_before(doc, k, a);
            let n = &doc.tokens[n];
            n.kind == TokenKind::Word && !n.cap && !crate::extract::np::is_pronoun(&n.lower) && !Lexicon::get().stopwords.contains(&n.lower) && !n.lower.ends_with("ly")
                && (a.max(k.saturating_sub(10))..k - 1).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":" | "that" | "which" | "who")).any(|x| {
                    let w = &doc.tokens[x];
                    w.kind == TokenKind::Word && !w.cap && (w.lower.len() > 4 && w.lower.ends_with("ed") && w.lower != "needed" || irregular_taking_past(&w.lower))
                })
        };
        // ("the law was needed to stop …", "the taxes are needed to repay debt": "needed" after
        // a form of "be" says what a thing is for, no demand on anyone)
        let purpose = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being");
        // ("the number of staff needed to support patients", "half of the ₹34,000 crore needed to
        // build venues": an amount before "needed", `amount_needed`)
        let amount = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && amount_needed(doc, quoted_noun_before(doc, k, a), a);
        // ("it has had to cut rations": a perfect "had to" tells what circumstances forced, no
        // backshifted "have to" of a report; "No humanitarian should ever have to make that
        // choice": what no one should be forced into asks nothing of anyone)
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        let forced = modal.is_some()
            && (l == "had" && k > a && matches!(word(k - 1), "has" | "have" | "had" | "'ve" | "’ve" | "'s" | "’s")
                || l == "should" && matches!(word(k + 1), "ever" | "never") && word(k + 2) == "have" && word(k + 3) == "to"
                || l == "have" && k >= a + 2 && matches!(word(k - 1), "ever" | "never") && word(k - 2) == "should"
                || l == "have" && (possibly_forced(doc, k, a) || own_side_forced(doc, k, a)));
        // ("do not need to …", "don't have to …": nothing required, `not_required`)
        let unrequired = modal.is_some() && not_required(doc, k, a);
        rejected_idea || open_question || described_need || purpose || amount || forced || unrequired
    }
}
