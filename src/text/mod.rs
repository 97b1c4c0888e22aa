//! Reading structure off raw text: tokens, paragraphs, sentences and quotation spans.
//! Everything works on byte offsets into the article; `charmap` converts to the
//! character offsets the graph records.

pub mod charmap;
pub mod quotes;
pub mod sentences;
pub mod tokenize;

pub use charmap::CharMap;
pub use quotes::{find_quotes, Quote};
