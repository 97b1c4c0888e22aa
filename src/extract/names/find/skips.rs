//! Tokens `find_names` passes over as no part of a name (each case answers the token to go
//! on from): a preposition opening the sentence, an article before a listed name, an address,
//! the half of the day after a clock time, a currency's letters, a grade of oil, a US state's
//! chamber.

use super::*;

impl Sentence {
    /// ("Outside Congress, hundreds gathered": a preposition opening the sentence is no
    /// part of the name after it)
    #[inline(always)]
    pub(super) fn opening_preposition(&self, doc: &Doc, t: At) -> Option<usize> {
        let i = t.i;
        (t.cap && i == self.a && !self.title_case && matches!(doc.slice(doc.tokens[i].span), "Outside" | "Despite" | "Amid" | "Across" | "Throughout") && doc.tokens.get(i + 1).is_some_and(|t| t.cap)).then(|| i + 1)
    }

    /// ("The Group of 77 said": nor of a listed organisation's name with a number)
    #[inline(always)]
    pub(super) fn article_before_numbered_organisation(&self, doc: &Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        let number_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
        (t.article && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && (number_at(i + 2) || number_at(i + 3) && doc.tokens[i + 2].lower == "of") && longest(doc, i + 1, self.b, &lex.organisations).is_some_and(|(e, _)| e > i + 2)).then(|| i + 1)
    }

    /// ("The Bangko Sentral ng Pilipinas held rates": nor of a listed organisation's name
    /// with a lower-case word inside, which the capitalised run would stop at)
    #[inline(always)]
    pub(super) fn article_before_organisation_with_lower_word(&self, doc: &Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        (t.cap && t.article && doc.tokens[i].lower == "the" && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && longest(doc, i + 1, self.b, &lex.organisations).is_some_and(|(e, _)| (i + 2..e).any(|k| !doc.tokens[k].cap))).then(|| i + 1)
    }

    /// ("A No 10 spokeswoman": the article opening the sentence is no part of a name)
    #[inline(always)]
    pub(super) fn article_before_numbered_institution(&self, doc: &Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        (t.article && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && doc.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number) && longest(doc, i + 1, self.b, &lex.institutions).is_some()).then(|| i + 1)
    }

    /// "jroe@Quarnby.edu", "Jane Roe@QUARNCO": a word glued to an at-sign is part of an
    /// address, no name
    #[inline(always)]
    pub(super) fn address_or_url(&self, doc: &Doc, t: At) -> Option<usize> {
        let i = t.i;
        (t.cap_word && (in_address(doc, i) || self.urls && in_url(doc, i))).then(|| i + 1)
    }

    /// "11:16 AM Vince:", "at 3 PM Please …": the half of the day after a clock time is
    /// no title ("PM") and no part of the name after it
    /// (capitalised, as all four forms are: asked only then)
    #[inline(always)]
    pub(super) fn half_of_day(&self, doc: &Doc, t: At) -> Option<usize> {
        (t.cap && clock_half(doc, t.i)).then(|| t.i + 1)
    }

    /// "NZ$ 26 million", "US $5": a country's letters before a dollar sign name the
    /// currency, no place
    #[inline(always)]
    pub(super) fn currency_letters(&self, doc: &Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        (t.cap && doc.tokens.get(i + 1).is_some_and(|t| t.lower == "$") && doc.slice(doc.tokens[i].span).chars().all(|c| c.is_ascii_uppercase() || c == '.') && lex.country_any(&doc.tokens[i].lower).is_some()).then(|| i + 1)
    }

    /// "Benchmark Urals crude fell", "Brent crude": the capitalised words before "crude"
    /// name a grade of oil, no person or place (a country or listed body keeps its name:
    /// "U.S. crude stocks", "OPEC crude output")
    #[inline(always)]
    pub(super) fn crude_grade(&self, doc: &Doc, lex: &Lexicon, t: At) -> Option<usize> {
        if !(self.crude && t.cap_word) {
            return None;
        }
        let (i, b) = (t.i, self.b);
        let j = (i..b.min(i + 4)).find(|&k| !is_cap_word(doc, k)).unwrap_or(b);
        (j > i && doc.tokens.get(j).is_some_and(|t| t.lower == "crude") && !(i..j).any(|k| lex.country_any(&doc.tokens[k].lower).is_some() || longest(doc, k, j, &lex.organisations).is_some() || longest(doc, k, j, &lex.country_names).is_some())).then_some(j)
    }

    /// ("in the state Senate", "Republicans in the state House": a US state's chamber,
    /// named by the lower-case word "state" before it, is no national body nor a person;
    /// which state's is left unnamed)
    #[inline(always)]
    pub(super) fn state_chamber(&self, doc: &Doc, t: At) -> Option<usize> {
        let i = t.i;
        (i > self.a && doc.tokens[i - 1].lower == "state" && !doc.tokens[i - 1].cap && matches!(doc.tokens[i].lower.as_str(), "senate" | "house" | "assembly" | "legislature") && !doc.tokens.get(i + 1).is_some_and(|t| t.cap)).then(|| i + 1)
    }
}
