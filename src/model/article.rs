use sha2::{Digest, Sha256};

/// One news article as read from disk, before any analysis.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable name of the article: the file name, or `file.jsonl#N` / the URL for JSON Lines.
    pub name: String,
    /// Where it was read from (path, with `:line` for JSON Lines).
    pub source: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    /// The full text; all offsets in the graph count Unicode scalar values into this string.
    pub text: String,
    /// Hex SHA-256 of the text (first 32 hex digits): the identity of the content.
    pub hash: String,
}

impl Article {
    pub fn new(name: impl Into<String>, source: impl Into<String>, text: String) -> Self {
        let hash = content_hash(&text);
        Article {
            name: name.into(),
            source: source.into(),
            title: None,
            url: None,
            date: None,
            publisher: None,
            text,
            hash,
        }
    }
}

pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    hex_lower(&digest[..16])
}

/// Lower-case hex of `bytes`, two digits a byte, as `format!("{b:02x}")` writes each: without a
/// formatter and a `String` per byte (those cost ~8,700 instructions an article).
fn hex_lower(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        hex.push(DIGITS[usize::from(b >> 4)] as char);
        hex.push(DIGITS[usize::from(b & 15)] as char);
    }
    hex
}
