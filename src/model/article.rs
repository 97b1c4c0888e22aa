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
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}
