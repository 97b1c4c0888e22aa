//! Reading structure off raw text: tokens, paragraphs, sentences and quotation spans.
//! Everything works on byte offsets into the article; `charmap` converts to the
//! character offsets the graph records.

pub mod charmap;
pub mod quotes;
pub mod sentences;
pub mod tokenize;

pub use charmap::CharMap;

/// Text without the control characters RDF literals may carry but XML and CSV readers
/// choke on (newlines and tabs stay).
pub fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}
pub use quotes::{find_quotes, Quote};
