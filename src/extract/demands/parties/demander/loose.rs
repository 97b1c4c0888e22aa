//! `demander`'s cases of a loose subject (`loose_subject`): a short run of words that opens
//! the clause, as a body by its head word, a document's owner, a spokesperson's body, a body's
//! panel, the signers of a letter, or the words as written.

use super::*;

impl<'a> Clause<'a> {
    /// ("The court ordered …" after "the Anti-Corruption Court": the one body whose name
    /// ends in that word)
    /// (not the one written to: "it had written to the department asking it to …" is the
    /// writer's, below)
    pub(super) fn body_by_head(self, loose: Option<(usize, usize)>) -> Option<(Party, usize)> {
        let Clause { doc, .. } = self;
        if let Some((s, e)) = loose.filter(|&(s, _)| self.written_to(s).is_none()) {
            if let Some((ent, _)) = crate::extract::np::org_by_head(doc, s, e + 1).filter(|&(_, end)| end == e) {
                return Some((Party::Entity(ent), s));
            }
        }
        None
    }

    /// A loose subject `s..e` (`loose_subject`) asks: the writer where it was written to, or the
    /// cases below; at last its words as written (always an answer).
    pub(super) fn loose_subject_asks(self, s: usize, e: usize) -> Option<(Party, usize)> {
        let Clause { doc, ctx, c, a, .. } = self;
        if let Some(s) = self.written_to(s) {
            return self.writer(s);
        }
        // ("Britain, which holds the council's pen, circulated a draft statement demanding …":
        // a loose subject that opens with the clause's own verb follows a relative clause in
        // commas; the subject stands before it)
        if doc.tokens[c].lower.ends_with("ing") && s >= a + 4 && doc.tokens[s - 1].lower == "," && crate::extract::np::past_verb(&doc.tokens[s]) {
            let rel = (a + 1..s - 1).rev().take_while(|&j| doc.tokens[j].lower != "," || doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "which" | "who"))).find(|&j| doc.tokens[j].lower == "," && matches!(doc.tokens[j + 1].lower.as_str(), "which" | "who"));
            if let Some(np) = rel.and_then(|j| crate::extract::np::subject_before(doc, ctx, j, a)).filter(|np| np.start >= a) {
                if let Some(p) = actor_party(doc, &np) {
                    return Some((p, np.start));
                }
            }
        }
        // ("X's report advises that …": the report's owner)
        if let Some(o) = crate::extract::statements::owners_document(doc, ctx, s, e) {
            return Some((Party::Entity(o), s));
        }
        // ("A State Department spokesman urged …": the body a spokesperson or official speaks
        // for asks, as it says in `statements`)
        if let Some(o) = crate::extract::statements::spokesperson_body(doc, ctx, s, e) {
            return Some((Party::Entity(doc.actor_of(o)), s));
        }
        // ("The commission's expert panel ordered …": a body's panel asks as the body)
        if let Some(o) = (s + 2..=e).find_map(|x| crate::extract::statements::panel_of_body(doc, ctx, s, x)) {
            return Some((Party::Entity(o), s));
        }
        // ("At least 40 MPs have signed a letter urging …": a loose subject that opens with the
        // clause's own verb after its auxiliary; the words before the auxiliary ask, as written)
        if doc.tokens[c].lower.ends_with("ing") && s >= a + 2 && crate::extract::np::past_verb(&doc.tokens[s]) && matches!(doc.tokens[s - 1].lower.as_str(), "have" | "has" | "had") {
            let k = crate::extract::statements::after_opening_phrase(doc, ctx, a, s - 1);
            // ("But more than 40 MPs have signed …": a sentence's opening conjunction is no
            // part of who asks)
            let k = if k + 2 < s && matches!(doc.tokens[k].lower.as_str(), "but" | "and" | "yet" | "so") { k + 1 } else { k };
            if k + 1 < s && s - 1 - k <= 8 && (k..s - 1).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)) {
                // (an actor there asks as itself: "The Harbor Party has sent a letter urging …")
                let actor = np_at(doc, ctx, k, s - 1).filter(|np| np.end == s - 1).and_then(|np| actor_party(doc, &np));
                return Some((actor.unwrap_or(Party::Text(span(doc, k, s - 1))), k));
            }
        }
        // ("The union issued a statement urging …": before a participle, the subject ends
        // at the clause's own verb)
        // ("with 100 MPs signing a letter urging …": or at the participle that brings the letter)
        let brings = |j: usize| matches!(doc.tokens[j].lower.as_str(), "signing" | "sending" | "writing" | "issuing" | "publishing" | "releasing");
        let e = if doc.tokens[c].lower.ends_with("ing") { (s + 1..e).find(|&j| crate::extract::np::past_verb(&doc.tokens[j]) || brings(j)).unwrap_or(e) } else { e };
        // ("Roe, Smith and Varga issued a statement urging …": the first of those named
        // before the verb, where the loose subject took the last alone)
        if let Some(np) = (e < c && crate::extract::np::past_verb(&doc.tokens[e])).then(|| crate::extract::np::subject_before(doc, ctx, e, a)).flatten().filter(|np| np.end == e && np.start < s) {
            if let Some(p) = actor_party(doc, &np) {
                return Some((p, np.start));
            }
        }
        // ("Deputies from both parties urged …", "mayors in both parties have pressed …": words
        // that open right after a preposition, itself after a word of the subject, are that
        // preposition's object; the subject is the unnamed group before it, and no one named asks)
        // (not before a participle: "got letters from officials urging them to …" is the officials')
        if !doc.tokens[c].lower.ends_with("ing") && governed_by_preposition(doc, a, s) {
            return None;
        }
        return Some((Party::Text(span(doc, s, e)), s));
    }
}

/// Whether the words opening at `s` (in the clause from `a`) stand right after "from", "in",
/// "of", "among" or "across" that follows a plain word ("deputies from both parties"), so are
/// the object of that preposition, not the verb's subject.
fn governed_by_preposition(doc: &Doc, a: usize, s: usize) -> bool {
    s >= a + 2 && matches!(doc.tokens[s - 1].lower.as_str(), "from" | "in" | "of" | "among" | "across") && doc.tokens[s - 2].kind == TokenKind::Word && !Lexicon::get().stopwords.contains(&doc.tokens[s - 2].lower)
}
