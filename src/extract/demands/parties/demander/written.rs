//! `demander`'s cases of a letter: one written to is asked, the writer asks ("wrote to the
//! council urging it to …", "has written to 30 heads of state to ask …").

use super::*;

impl<'a> Clause<'a> {
    /// ("Lawmakers wrote to the government urging it to …": the one written to is asked, the
    /// clause's subject asks)
    /// ("the union would write to the regulator asking it to …": "write" in any form, also
    /// the participle after "had": "it had written to the department asking it to …")
    /// ("wrote to Prime Minister Jane Roe urging her to …": the subject found may be the name
    /// without its title, which stands between it and "to")
    /// ("sent a letter Tuesday to the regulator demanding …": the letter, and a time, between
    /// the verb and "to")
    /// (returns the verb)
    pub(super) fn written_to(self, start: usize) -> Option<usize> {
        let Clause { doc, a, participle, purpose, .. } = self;
        let mut s = start;
        while s > a + 2 && start - s < 4 && doc.tokens[s - 1].cap && doc.tokens[s - 1].kind == TokenKind::Word {
            s -= 1;
        }
        // ("had written to the UK Health Secretary Jane Roe to ask him to …": "the" before the
        // title is no word of the name)
        if s < start && s > a + 2 && doc.tokens[s - 1].lower == "the" && doc.tokens[s - 2].lower == "to" {
            s -= 1;
        }
        // ("had written to 34 smaller platforms asking them to …": a count the noun phrase
        // leaves out stands between "to" and those written to)
        if s == start && s > a + 2 && doc.tokens[s - 1].kind == TokenKind::Number && !doc.tokens[s].cap {
            s -= 1;
        }
        if !((participle || purpose) && s > a + 1 && doc.tokens[s - 1].lower == "to") {
            return None;
        }
        let v = time_before(doc, s - 1, a).checked_sub(1).filter(|&v| v >= a)?;
        if matches!(doc.tokens[v].lower.as_str(), "letter" | "letters" | "message" | "note" | "petition" | "memo" | "email") {
            let mut j = v;
            while j > a && matches!(doc.tokens[j - 1].lower.as_str(), "a" | "an" | "the" | "open" | "joint" | "formal" | "written" | "strongly-worded") {
                j -= 1;
            }
            return j.checked_sub(1).filter(|&j| j >= a && matches!(doc.tokens[j].lower.as_str(), "sent" | "wrote" | "addressed" | "delivered" | "submitted" | "handed" | "send" | "write" | "sends" | "writes"));
        }
        (crate::extract::np::past_verb(&doc.tokens[v]) || matches!(doc.tokens[v].lower.as_str(), "write" | "writes" | "writing" | "written")).then_some(v)
    }

    /// ("had written to the EU trade commissioner, Jane Roe, asking her to …": the one written to
    /// named in apposition to a title, between commas, before the participle; returns the verb
    /// of writing, as `written_to` does)
    pub(super) fn written_to_title_then_name(self) -> Option<usize> {
        let Clause { doc, ctx, c, a, participle, .. } = self;
        if !participle || c < a + 6 || doc.tokens[c - 1].lower != "," {
            return None;
        }
        let m = &doc.mentions[ctx.tok_mention.at(c - 2)?];
        let s = doc.token_at(m.span.start);
        if m.span.end != doc.tokens[c - 2].span.end || s < a + 3 || doc.tokens[s - 1].lower != "," {
            return None;
        }
        // (the title's words back to "to": a few, no other comma or quote among them)
        let to = (s.saturating_sub(8).max(a + 1)..s - 1).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word).find(|&j| doc.tokens[j].lower == "to")?;
        self.written_to(to + 1).filter(|&v| write_form(&doc.tokens[v].lower))
    }

    /// (the writer: an actor opening the clause, else its words up to the verb `v` as written)
    pub(super) fn writer(self, v: usize) -> Option<(Party, usize)> {
        let Clause { doc, ctx, a, .. } = self;
        // ("X said the group would write to …": the actor right before the verb and its
        // auxiliaries, else the one opening the clause)
        let mut w = v;
        while w > a && matches!(doc.tokens[w - 1].lower.as_str(), "would" | "will" | "to" | "also" | "since" | "already" | "has" | "have" | "had" | "plans" | "planned" | "intends" | "intended") {
            w -= 1;
        }
        let nearest = (w < v).then(|| (a..w).find_map(|k| np_at(doc, ctx, k, w).filter(|s| s.end == w).and_then(|s| actor_party(doc, &s).map(|p| (p, s.start))))).flatten();
        nearest.or_else(|| (a..v).find_map(|k| np_at(doc, ctx, k, v).and_then(|s| actor_party(doc, &s).map(|p| (p, s.start))))).or_else(|| {
            let k = crate::extract::statements::after_opening_phrase(doc, ctx, a, v);
            (k < v && v - k <= 8 && (k..v).all(|j| doc.tokens[j].kind == TokenKind::Word)).then(|| (Party::Text(span(doc, k, v)), k))
        })
    }

    /// ("wrote to Jane Roe urging her to …": a person written to, right before the participle,
    /// is no subject the parse below finds)
    /// ("wrote to Jane Roe on Monday urging …": a time between)
    /// (the mention ending right before the participle or the purpose's "to", or before a time
    /// there)
    pub(super) fn named_before(self) -> Option<&'a Mention> {
        let Clause { doc, ctx, c, a, participle, purpose, .. } = self;
        let e = time_before(doc, if purpose { c - 1 } else { c }, a);
        ((participle || purpose) && e > a + 2).then(|| ctx.tok_mention.at(e - 1)).flatten().map(|m| &doc.mentions[m]).filter(|m| m.span.end == doc.tokens[e - 1].span.end)
    }

    /// ("would write to every local authority to ask them to …", "wrote to the governors of A
    /// and B to ask …", "has written to some 30 heads of state to ask …": those written to are
    /// no name right before the purpose's "to"; the "to" after a verb of writing or sending a
    /// few words back, with no comma or quote between, gives the writer)
    pub(super) fn purpose_after_writing(self, named_before: Option<&Mention>) -> Option<(Party, usize)> {
        let Clause { doc, c, a, purpose, .. } = self;
        if purpose && named_before.is_none_or(|m| self.written_to(doc.token_at(m.span.start)).is_none()) {
            let back = (c.saturating_sub(12).max(a + 2)..c - 1).rev().take_while(|&j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == "to");
            let sent = |v: usize| write_form(&doc.tokens[v].lower) || matches!(doc.tokens[v].lower.as_str(), "sent" | "send" | "sends" | "addressed" | "delivered" | "submitted" | "handed");
            // (not a source in an opening phrase before the comma, "According to the palace, he
            // has since written to …": the writer stands after it)
            if let Some((p, k)) = back.and_then(|j| self.written_to(j + 1)).filter(|&v| sent(v)).and_then(|v| self.writer(v).filter(|&(_, k)| !(k..v).any(|j| doc.tokens[j].lower == ","))) {
                return Some((p, k));
            }
        }
        None
    }
}
