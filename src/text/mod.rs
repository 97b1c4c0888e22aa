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
pub use quotes::{find_quotes, Quote};
