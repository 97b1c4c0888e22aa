//! Reading structure off raw text: tokens, paragraphs, sentences and quotation spans.
//! Everything works on byte offsets into the article; `charmap` converts to the
//! character offsets the graph records.

pub mod charmap;
pub mod quotes;
pub mod sentences;
pub mod tokenize;

pub use charmap::CharMap;

use crate::model::{Span, Token};

/// The tokens that start inside `span` (a paragraph's, a line's), as a range `lo..hi`.
pub fn tokens_in(tokens: &[Token], span: Span) -> (usize, usize) {
    (tokens.partition_point(|t| t.span.start < span.start), tokens.partition_point(|t| t.span.start < span.end))
}

/// Text without the control characters RDF literals may carry but XML and CSV readers
/// choke on (newlines and tabs stay).
pub fn clean(s: &str) -> String {
    clean_cow(s).into_owned()
}

/// [`clean`], borrowing the text when there is nothing to drop (nearly always).
pub fn clean_cow(s: &str) -> std::borrow::Cow<'_, str> {
    let drop = |c: char| c.is_control() && !matches!(c, '\n' | '\t');
    if s.chars().any(drop) {
        s.chars().filter(|&c| !drop(c)).collect::<String>().into()
    } else {
        s.into()
    }
}
/// The words of a written name or a line, exactly as `str::split_whitespace` gives them.
/// (Names are split for every name found and every person each one-word name is held
/// against, ~50,000 times per 200 articles: `SplitWhitespace` decodes each character and asks
/// `char::is_whitespace` of it, ~100 instructions a word. An ASCII text, nearly every one, is
/// split here at its bytes 9–13 and 32, the only ASCII characters `char::is_whitespace`
/// holds, with no decoding; any other by `split_whitespace` itself. The paragraph tests of
/// `sentences`, the registry's and the organisations' name tests split by it too, ~22,000
/// calls more.)
pub(crate) fn words_of(name: &str) -> Words<'_> {
    if name.is_ascii() {
        Words::Ascii(name)
    } else {
        Words::Other(name.split_whitespace())
    }
}

/// The capitals opening the words of a written name, each part of a hyphenated word counted:
/// the initials the name spells ("Vexmoor Liberation Front" → "VLF", "Anti-Fraud Office" →
/// "AFO"; a word in small letters gives none). Read by the organisations' acronym pass and the
/// registry's initials, which must agree on what a name spells.
pub(crate) fn capital_initials(name: &str) -> String {
    words_of(name).flat_map(|w| w.split('-')).filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}

/// The iterator of [`words_of`]: the rest of an ASCII text, or another text's split.
#[derive(Clone)]
pub(crate) enum Words<'a> {
    Ascii(&'a str),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let rest = match self {
            Words::Other(split) => return other_next(split),
            Words::Ascii(rest) => rest,
        };
        let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
        let b = rest.as_bytes();
        let start = b.iter().position(|c| !space(c))?;
        let end = b[start..].iter().position(space).map_or(b.len(), |n| start + n);
        let word = &rest[start..end];
        *rest = &rest[end..];
        Some(word)
    }
}

/// The next word of a text beyond ASCII, out of line: inlined into `Words::next`, its
/// decoding loop made every call save and restore seven registers (~78 instructions a word,
/// speed41), where the ASCII split needs few.
#[cold]
#[inline(never)]
fn other_next<'a>(split: &mut std::str::SplitWhitespace<'a>) -> Option<&'a str> {
    split.next()
}

pub use quotes::{find_quotes, Quote};

#[cfg(test)]
mod tests {
    use super::{capital_initials, words_of};

    /// The initials a name spells: one capital a word, a hyphenated word's parts each one, a
    /// word in small letters none.
    #[test]
    fn capital_initials_spell_each_capitalised_word() {
        assert_eq!(capital_initials("Vexmoor Liberation Front"), "VLF");
        assert_eq!(capital_initials("Central Anti-Fraud Office"), "CAFO");
        assert_eq!(capital_initials("League of Vexmoor Democrats"), "LVD");
        assert_eq!(capital_initials("IVF Clinics Group"), "ICG");
        assert_eq!(capital_initials(""), "");
    }

    /// `words_of` splits as `split_whitespace` does: every ASCII byte between words (the
    /// vertical tab and the controls beside the white space too), and names with characters
    /// beyond ASCII (a no-break space, a thin space).
    #[test]
    fn words_of_splits_as_split_whitespace() {
        let mut names: Vec<String> = ["", " ", "Jane Roe", "  Jane \t Roe Jr. ", "King Abdullah II", "Roe\n", "José Martí", "Ann\u{a0}Lee", "Ann\u{2009}Lee Roe", "a\u{85}b"].iter().map(|s| s.to_string()).collect();
        names.extend((0u8..128).map(|b| format!("Ann{}Lee {}", b as char, b as char)));
        for name in &names {
            assert_eq!(words_of(name).collect::<Vec<_>>(), name.split_whitespace().collect::<Vec<_>>(), "{name:?}");
        }
    }
}
