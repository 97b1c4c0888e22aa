//! A cue word inside a clause that reports nothing of its own: a relative aside on the subject,
//! a headline's passive, what someone is accused of, failed to do, is asked or expected to do,
//! a deed foretold in another's account.

use super::*;

impl Word<'_> {
    /// ("The Vexmoor Trust, which had planned to build the museum, said the project was on
    /// hold": a cue inside a relative aside on the subject, closed by a comma right before the
    /// subject's own speech verb, reports nothing; the verb after the aside does)
    /// (a belief or intent, "planned", "hoped"; a denial there is a statement of its own)
    #[inline(always)]
    pub(super) fn belief_in_relative_aside(&self) -> bool {
        let Word { doc, t, tok, cue, .. } = *self;
        !tok.cap && cue.class == CueClass::Belief && {
            let (a, b) = sentence_tokens(doc, t);
            crate::extract::np::in_relative_clause(doc, t, a)
                && (t + 1..b).take_while(|&k| doc.tokens[k].kind != TokenKind::Quote && !matches!(doc.tokens[k].lower.as_str(), ";" | ":")).find(|&k| doc.tokens[k].lower == ",").is_some_and(|c| {
                    doc.tokens.get(c + 1).is_some_and(|x| !x.cap && matches!(x.lower.as_str(), "said" | "says" | "told" | "added" | "announced" | "warned" | "stated"))
                })
        }
    }

    /// ("the ships the ministry says were seized": a cue right before a finite verb,
    /// inside a relative clause whose subject went before it, reports no clause of its own)
    /// (a pronoun as that subject speaks: "which he said were at his side")
    #[inline(always)]
    pub(super) fn relative_before_finite_verb(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        matches!(tok.lower.as_str(), "says" | "said" | "claims" | "claimed" | "believes" | "believed") && t > 0 && doc.tokens[t - 1].kind == TokenKind::Word && !doc.tokens[t - 1].cap && !crate::extract::np::is_pronoun(&doc.tokens[t - 1].lower)
            && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "were" | "was" | "are" | "is" | "had" | "have" | "has"))
    }

    /// "Allies told to hit spending target", "Residents urged to leave": a passive with no
    /// auxiliary (a headline's), whose subject is told, not telling.
    #[inline(always)]
    pub(super) fn headline_passive(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        matches!(tok.lower.as_str(), "told" | "urged" | "ordered" | "warned" | "instructed") && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "to") && doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "them" | "him" | "me" | "us" | "reporters"))
    }

    /// "accused the group of rejecting …", "criticised for denying …": a gerund after a
    /// preposition is what someone is accused or praised of, not a cue with a subject.
    #[inline(always)]
    pub(super) fn gerund_after_of_or_for(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        tok.lower.ends_with("ing") && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "of" | "for")
    }

    /// "is expected to announce", "is due to speak": a statement not yet made.
    #[inline(always)]
    pub(super) fn not_yet_made(&self) -> bool {
        let Word { doc, t, .. } = *self;
        t > 1 && doc.tokens[t - 1].lower == "to" && matches!(doc.tokens[t - 2].lower.as_str(), "expected" | "due" | "scheduled" | "set")
    }

    /// "plans to make farmers report every sale", "would let tenants say whether …": a cue's
    /// bare form after "make" or "let" and the one to few words of its object is what someone
    /// is made or let to do, no speech yet; the words before it were taken for its subject
    /// ("make farmers"). The object is plain words (a possessive's "'s" may stand in it), with
    /// no clause between ("made clear that officials say …" stays), nor a time or a place, which
    /// no such object holds ("the rules made last year say that …", "made in May").
    #[inline(always)]
    pub(super) fn made_or_let_to(&self) -> bool {
        let Word { doc, t, tok, cue, .. } = *self;
        if t < 2 || tok.lower != cue.lemma.split(' ').next().unwrap_or(cue.lemma) {
            return false;
        }
        let causative = |w: &str| matches!(w, "make" | "makes" | "made" | "making" | "let" | "lets" | "letting");
        (t.saturating_sub(5)..t - 1)
            .rev()
            .take_while(|&j| {
                let x = &doc.tokens[j + 1];
                (x.kind == TokenKind::Word || matches!(x.lower.as_str(), "'s" | "\u{2019}s")) && !matches!(x.lower.as_str(), "that" | "who" | "which" | "to" | "and" | "or" | "if" | "when" | "by" | "in" | "on" | "at" | "during" | "since" | "last" | "this" | "next" | "earlier" | "ago")
            })
            .any(|j| causative(&doc.tokens[j].lower))
    }

    /// "was fined for failing to report suspicious transactions", "failed to disclose the
    /// loans": what someone failed to do is no speech.
    #[inline(always)]
    pub(super) fn failed_to(&self) -> bool {
        let Word { doc, t, .. } = *self;
        t > 1 && doc.tokens[t - 1].lower == "to" && matches!(doc.tokens[t - 2].lower.as_str(), "failing" | "failed" | "fails" | "fail" | "failure")
    }

    /// "urged voters who had worries to talk to their pharmacist", "asked the minister to explain
    /// …": what an appeal asks of its addressee is not said yet
    /// ("urged voters who had worries to …": nor what the addressee is said to think)
    #[inline(always)]
    pub(super) fn asked_of_addressee(&self) -> bool {
        let Word { doc, t, .. } = *self;
        let appeal_before = |from: usize| {
            (from.saturating_sub(9)..from).rev().take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":") && doc.tokens[j].kind != TokenKind::Quote).find(|&j| {
                // ("demanded that the minister appear before parliament to explain …", "called on
                // her to explain …")
                // ("has given Oslo until Friday to explain …": a deadline set asks it too)
                matches!(doc.tokens[j].lower.as_str(), "gave" | "given" | "gives" | "urged" | "urges" | "urge" | "urging" | "asked" | "asks" | "asking" | "encouraged" | "encourages" | "advised" | "advises" | "invited" | "invites" | "pressed" | "presses" | "ordered" | "orders" | "instructed" | "implored" | "begged" | "demanded" | "demands" | "demanding" | "called" | "calls" | "calling")
            })
        };
        // (the "to" after it first: a few comparisons, where the look back is nine words' worth)
        let in_addressee = || (t + 1..(t + 5).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "to") && appeal_before(t).is_some_and(|v| (v + 1..t).any(|j| matches!(doc.tokens[j].lower.as_str(), "who" | "that")));
        t > 2 && (doc.tokens[t - 1].lower == "to" && appeal_before(t - 1).is_some() || in_addressee())
    }

    /// "He said the president had ordered the army to "…"": an order told in the perfect is
    /// part of another's account, whose words the quotation is.
    #[inline(always)]
    pub(super) fn order_in_perfect(&self) -> bool {
        let Word { doc, t, cue, .. } = *self;
        matches!(cue.lemma, "order" | "instruct") && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "had" | "has" | "have")
    }

    /// "He said the union would defend its claim "…"": a verb of saying after a modal, in what
    /// another is told in the same sentence to have said, is a deed foretold in that account,
    /// and the quotation in it is the teller's words.
    #[inline(always)]
    pub(super) fn deed_foretold(&self) -> bool {
        let Word { doc, t, cue, .. } = *self;
        if t > 1 && !matches!(cue.lemma, "say" | "tell") {
            let m = if matches!(doc.tokens[t - 1].lower.as_str(), "not" | "also") { t - 2 } else { t - 1 };
            // (not with a state for the subject, "said Norway would answer "…"": a state's stand
            // is put in its own words, which the teller may be quoting)
            let state_subject = m > 0 && doc.mention_at_token(m - 1).is_some_and(|x| doc.entities[doc.actor_of(doc.mentions[x].entity)].kind == EntityKind::Country);
            if !state_subject && matches!(doc.tokens[m].lower.as_str(), "would" | "will" | "could" | "might" | "may" | "shall" | "can") {
                let (a, _) = sentence_tokens(doc, t);
                if (a..m).any(|j| matches!(doc.tokens[j].lower.as_str(), "said" | "says" | "told" | "tells" | "added" | "insisted" | "stressed" | "stated")) {
                    return true;
                }
            }
        }
        false
    }

    /// "it is worth noting that …", "it goes without saying that …": nobody's statement.
    #[inline(always)]
    pub(super) fn worth_noting(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "worth" | "without") && tok.lower.ends_with("ing")
    }
}
