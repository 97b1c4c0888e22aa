//! The words that open the appositive before what the office is of: a short parenthesis
//! before the comma, the age, a relative clause of being, the article, "exiled", an age in
//! years, "former", an ordinal before "deputy" or "vice", an occupation before "and" and an
//! office (each moves `Appositive::k` past them).

use super::*;

/// The comma after the name that ends at `pe`, or the token there when none is:
/// (a short parenthesis may stand between: "Sen. Jane Roe (R-Vt.), chairman of the
/// committee,", "Jane Roe (pictured), the union's president,")
/// (", R-Miss., the chairman of the committee,": or a party-and-state tag between commas, the
/// AP style's, before the comma that opens the appositive)
pub(super) fn comma_after_name(doc: &Doc, pe: usize) -> usize {
    if let Some(c) = comma_after_party_tag(doc, pe) {
        return c;
    }
    if doc.tokens.get(pe).is_some_and(|t| t.lower == "(") {
        (pe + 1..(pe + 9).min(doc.tokens.len()))
            .take_while(|&j| doc.tokens[j].lower != "(")
            .find(|&j| doc.tokens[j].lower == ")")
            .filter(|&j| doc.tokens.get(j + 1).is_some_and(|t| t.lower == ","))
            .map_or(pe, |j| j + 1)
    } else {
        pe
    }
}

/// The comma that closes a party-and-state tag (", R-Miss.,", ", D-N.H.,", ", R-New Mexico,")
/// opened by the comma at `pe` after a member's name: the tag is a party's initial and a hyphen
/// ("DFL-" too), then a capital, and no more than four tokens, none of them a lower-case word,
/// before the comma. `None` when there is no such tag.
fn comma_after_party_tag(doc: &Doc, pe: usize) -> Option<usize> {
    if !doc.tokens.get(pe).is_some_and(|t| t.lower == ",") {
        return None;
    }
    let b = doc.slice(doc.tokens.get(pe + 1)?.span).as_bytes();
    let party = crate::extract::names::party_prefix(b)?;
    if !b.get(party).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    (pe + 2..(pe + 6).min(doc.tokens.len()))
        .take_while(|&j| doc.tokens[j].lower == "," || doc.tokens[j].cap || doc.tokens[j].lower == ".")
        .find(|&j| doc.tokens[j].lower == ",")
}

/// (", another exiled opposition leader,", ", the exiled co-founder of Y,") "exiled" at `k`.
fn exiled(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.lower == "exiled")
}

impl Appositive {
    /// ("X, 50, a former mayor of Y,": the age comes first)
    pub(super) fn past_age(&mut self, doc: &Doc) {
        let k = self.k;
        if doc.tokens.get(k).is_some_and(|t| t.kind == crate::model::TokenKind::Number) && doc.tokens.get(k + 1).is_some_and(|t| t.lower == ",") {
            self.k += 2;
        }
    }

    /// ("X, who is now deputy chairman of Russia's Security Council,": a relative clause
    /// of being that holds the appositive)
    /// (", who also serves as finance minister,", ", who has served as its chief negotiator
    /// since May,": or of serving as the office)
    pub(super) fn past_relative_of_being(&mut self, doc: &Doc) {
        let k = self.k;
        if doc.tokens.get(k).is_some_and(|t| t.lower == "who") {
            let adverb = |j: usize| doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "now" | "also" | "currently"));
            let j = k + 1 + usize::from(adverb(k + 1));
            // (", who remains president of the Senate,": or of staying in it)
            if doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "is" | "remains")) {
                self.k += 2;
                if adverb(self.k) {
                    self.k += 1;
                }
            } else if doc.tokens.get(j).is_some_and(|t| t.lower == "serves") && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "as") {
                self.k = j + 2;
            } else if doc.tokens.get(j).is_some_and(|t| t.lower == "has") && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "served") && doc.tokens.get(j + 2).is_some_and(|t| t.lower == "as") {
                // (", who has served as the country's chief negotiator since May,": the perfect
                // of serving holds the office still)
                self.k = j + 3;
            }
        }
    }

    /// ("X, another former minister,": one more holder of a kind named before) an article.
    pub(super) fn past_article(&mut self, doc: &Doc) {
        if doc.tokens.get(self.k).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "another")) {
            self.k += 1;
        }
    }

    /// ("X, the exiled co-founder of Y,", "X, another exiled opposition leader,": where
    /// the holder lives now says nothing of the office)
    pub(super) fn past_exiled(&mut self, doc: &Doc) {
        if exiled(doc, self.k) {
            self.k += 1;
        }
    }

    /// ("X, a 49-year-old former finance minister,": or after the article)
    pub(super) fn past_years_old(&mut self, doc: &Doc) {
        if doc.tokens.get(self.k).and_then(|t| t.lower.split_once('-')).is_some_and(|(n, rest)| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && rest == "year-old") {
            self.k += 1;
        }
    }

    /// (", who is now third deputy prime minister,", ", the second vice president of Y,":
    /// an ordinal ranks one deputy among several; the title is what follows it. "first" is
    /// a title modifier already, the later ordinals are not, as they open many phrases that
    /// hold no title: only before "deputy" or "vice" are they read past)
    pub(super) fn past_ordinal(&mut self, doc: &Doc) {
        let ordinal = doc.tokens.get(self.k).is_some_and(|t| matches!(t.lower.as_str(), "second" | "third" | "fourth" | "fifth"));
        if ordinal && doc.tokens.get(self.k + 1).is_some_and(|t| t.lower == "deputy" || t.lower == "vice" || t.lower.starts_with("vice-")) {
            self.k += 1;
        }
    }

    /// (", a surgeon and president of the Y Medical Society,", ", a farmer and chairman of the Y
    /// Growers Association,", ", a transport expert and chairman of …": one plain word for what
    /// the holder does, or a field's word and it, no title itself, then
    /// "and" and an office of or at a body named right after it: the office is the role and is
    /// read from after "and"; the occupation alone, no body named with it, is none, as in
    /// `profession`)
    pub(super) fn past_occupation_and(&mut self, doc: &Doc, lex: &Lexicon) {
        let k = self.k;
        let plain = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.titles.contains_key(&t.lower));
        let Some(n) = occupation_words(doc, k, &plain) else { return };
        if title_at(doc, k, (k + 6).min(doc.tokens.len())).is_some() {
            return;
        }
        // (the body named right after, "of the Y Society": "a dealer and former president of a
        // trade group" names none, and the golds hold no role there)
        let named = |j: usize| {
            let j = if doc.tokens.get(j).is_some_and(|t| t.lower == "the") { j + 1 } else { j };
            doc.mention_at_token(j).is_some_and(|m| doc.token_at(doc.mentions[m].span.start) == j)
        };
        let office = title_at(doc, k + n + 1, (k + n + 7).min(doc.tokens.len())).filter(|&(te, _)| doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "of" | "at" | "for" | "to")) && named(te + 1));
        if office.is_some() {
            self.k += n + 1;
        }
    }

    /// "former" before the title (and "exiled" after it): the role is a former one.
    pub(super) fn past_former(&mut self, doc: &Doc) {
        self.former = doc.tokens.get(self.k).is_some_and(|t| t.lower == "former");
        if self.former {
            self.k += 1;
            if exiled(doc, self.k) {
                self.k += 1;
            }
        }
    }
}

/// The plain words of an occupation at `k` before "and": one ("an engineer and chairman of
/// …") or, a field's word first, two ("a transport expert and chairman of …"); `None` when
/// no "and" follows them.
fn occupation_words(doc: &Doc, k: usize, plain: &impl Fn(usize) -> bool) -> Option<usize> {
    let and = |j: usize| doc.tokens.get(j).is_some_and(|t| t.lower == "and");
    if !plain(k) {
        return None;
    }
    if and(k + 1) {
        return Some(1);
    }
    (plain(k + 1) && and(k + 2)).then_some(2)
}
