//! The title that ends at `Before::right` and its first token: the title words before it, a
//! title "to" another's ("adviser to the president, X"), the field words before it
//! ("Norway's fisheries minister"), not an economist described.

use super::*;

impl Before {
    /// The title ending at `right`: over the title words before it ("Homeland Security
    /// Secretary"), else any title ending there ("chief of staff"); its first token and normal
    /// form.
    pub(super) fn title_found(&self, doc: &Doc) -> Option<(usize, &'static str)> {
        let right = self.right;
        // (no title ends at `right`: none of the starts below can give one)
        if !crate::extract::names::title_may_end_at(doc, right) {
            return None;
        }
        let mut left = right;
        // words inside a name before the title are its owner ("Homeland Security Secretary")
        let named = |doc: &Doc, t: usize| doc.tokens[t].cap && doc.mention_at_token(t).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person);
        // (not across a line: a headline's last word is no part of the lede's first title,
        // "Housing\n\nPremier Jane Roe said …")
        let same_line = |doc: &Doc, t: usize| !doc.text()[doc.tokens[t].span.end..doc.tokens[t + 1].span.start].contains('\n');
        while left > 0 && right - left < 7 && is_titleish(doc, left - 1) && !named(doc, left - 1) && same_line(doc, left - 1) {
            left -= 1;
        }
        let found = (left..right).find_map(|l| title_at(doc, l, right).filter(|&(e, _)| e == right).map(|(_, n)| (l, n)));
        // a title whose inner words are no title words themselves ("chief of staff")
        found.or_else(|| (right.saturating_sub(5)..right).find_map(|l| title_at(doc, l, right).filter(|&(e, _)| e == right).map(|(_, n)| (l, n))))
    }

    /// ("A senior adviser to the president, Jane Roe", "Special Adviser to the President on
    /// Media, X", "chief of staff to the prime minister, X": the title before "to (the)" is
    /// hers; the one after it is whom she serves) (only across a comma: in "a close aide to
    /// Prime Minister X said", X is the prime minister)
    pub(super) fn title_before_to(&mut self, doc: &Doc, found: Option<(usize, &'static str)>) -> Option<(usize, &'static str)> {
        let ps = self.ps;
        let mut found = found;
        if let Some((l, _)) = found.filter(|_| ps >= 1 && doc.tokens[ps - 1].lower == ",") {
            // ("A spokesman for the majority leader, Jane Roe", "a lawyer for the governor, X":
            // "for" as "to", the one the holder speaks or acts for)
            let to_for = |j: usize| matches!(doc.tokens[j].lower.as_str(), "to" | "for");
            let to = if l >= 2 && doc.tokens[l - 1].lower == "the" && to_for(l - 2) { Some(l - 2) } else { (l >= 1 && to_for(l - 1)).then(|| l - 1) };
            if let Some((to, l2, head2)) = to.and_then(|to| (to.saturating_sub(5)..to).find_map(|x| title_at(doc, x, to).filter(|&(e, _)| e == to).map(|(_, n)| (to, x, n)))) {
                self.right = to;
                found = Some((l2, head2));
            }
        }
        found
    }

    /// "Norway's fisheries minister, X", "Peru's foreign trade minister, X", "the OSCE field
    /// coordinator, X": one or two plain lower-case words between the owner and the title
    /// belong to the title
    pub(super) fn field_words_before_title(&self, doc: &mut Doc, found: Option<(usize, &'static str)>) -> Option<(usize, &'static str)> {
        // ("NADA bans wrestler X", "Regulator fines trader X": in a headline, the first line, a
        // word in -s right after a body's name, with no possessive, is the headline's verb, and
        // the one named after it its object, whose title is none of that body's)
        let headline_verb = |doc: &Doc, l: usize| {
            let verb = l >= 2 && {
                let w = doc.tokens[l - 1].lower.as_str();
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && field_word(doc, l - 1)
            };
            let body = verb && doc.mention_at_token(l - 2).is_some_and(|m| doc.token_at(doc.mentions[m].span.end) == l - 1 && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Organization | EntityKind::Country));
            body && doc.sentence_at(doc.tokens[l].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0)
        };
        found.map(|(l, head)| {
            if owner_before(doc, l).is_some() || doc.tokens[l].lower == "former" || headline_verb(doc, l) {
                return (l, head);
            }
            // (not across a line: a crosshead over the paragraph, "Velmora's stance" or "Senate
            // view" over "Chairman of the … Committee X said", lends the title no field words
            // and no owner; a role reaching into it would span two lines and be dropped)
            for n in 1..=2 {
                if l < n + 1 || !(l - n..l).all(|m| field_word(doc, m)) || doc.text()[doc.tokens[l - n].span.end..doc.tokens[l].span.start].contains('\n') {
                    break;
                }
                if owner_before(doc, l - n).is_some() {
                    return (l - n, head);
                }
            }
            (l, head)
        })
    }

    /// ("The economist Tom Hale said": an occupation after an article, with no body named,
    /// describes the person; "Economist Tom Hale said" is written as a title)
    pub(super) fn not_described_economist(&self, doc: &Doc, found: Option<(usize, &'static str)>) -> Option<(usize, &'static str)> {
        found.filter(|&(l, head)| !(head == "economist" && l > 0 && matches!(doc.tokens[l - 1].lower.as_str(), "the" | "a" | "an")))
    }
}
