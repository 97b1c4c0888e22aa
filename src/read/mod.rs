//! Reading articles from disk: `.txt` files (first line may be the headline) and `.jsonl`
//! files (one article per line). Every problem becomes a [`ReadError`] naming the file;
//! one bad article never stops the others.

use crate::model::Article;
use std::path::{Path, PathBuf};

/// Articles larger than this are refused (a single news article is a few tens of KB).
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct ReadError {
    pub source: String,
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

fn err(source: impl Into<String>, message: impl Into<String>) -> ReadError {
    ReadError { source: source.into(), message: message.into() }
}

/// Files under the given paths (folders are walked, sorted, hidden files skipped).
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        walk(p, &mut files, &mut errors, true);
    }
    (files, errors)
}

fn walk(p: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ReadError>, top: bool) {
    match std::fs::metadata(p) {
        Err(e) => errors.push(err(p.display().to_string(), format!("cannot read: {e}"))),
        Ok(m) if m.is_dir() => match std::fs::read_dir(p) {
            Err(e) => errors.push(err(p.display().to_string(), format!("cannot list folder: {e}"))),
            Ok(rd) => {
                let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    let name = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    if name.starts_with('.') {
                        continue;
                    }
                    if e.is_dir() || is_article_file(&e) {
                        walk(&e, files, errors, false);
                    }
                }
            }
        },
        Ok(_) if top || is_article_file(p) => files.push(p.to_path_buf()),
        Ok(_) => {}
    }
}

fn is_article_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl" | "text" | "md" | "nq"))
}

/// Decodes bytes as UTF-8 (a UTF-8 BOM is dropped; UTF-16 with a BOM is decoded);
/// anything else is an error rather than a silent lossy guess.
pub fn decode(source: &str, bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(err(source, format!("too large ({} MB; the limit is {} MB)", bytes.len() / 1_048_576, MAX_ARTICLE_BYTES / 1_048_576)));
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        std::str::from_utf8(rest).map(str::to_string)
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..].chunks_exact(2).map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) }).collect();
        return String::from_utf16(&units).map_err(|_| err(source, "invalid UTF-16 text")).and_then(|t| check_text(source, t));
    } else {
        std::str::from_utf8(bytes).map(str::to_string)
    };
    match text {
        Ok(t) => check_text(source, t),
        Err(e) => Err(err(source, format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))),
    }
}

fn check_text(source: &str, t: String) -> Result<String, ReadError> {
    if t.contains('\0') {
        return Err(err(source, "binary data (NUL bytes), not text"));
    }
    let controls = t.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if controls > 16 && controls * 20 > t.chars().count() {
        return Err(err(source, "binary data (control characters), not text"));
    }
    if t.trim().is_empty() {
        return Err(err(source, "empty: no text"));
    }
    // newlines are normalised so offsets mean the same on every platform
    Ok(if t.contains('\r') { t.replace("\r\n", "\n").replace('\r', "\n") } else { t })
}

/// Reads one file into articles (one for `.txt`, one per line for `.jsonl`).
pub fn read_file(path: &Path) -> Vec<Result<Article, ReadError>> {
    let source = path.display().to_string();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(&source).to_string();
    // a file too large for an article is refused before it is read into memory
    if let Ok(m) = std::fs::metadata(path) {
        if m.len() as usize > MAX_ARTICLE_BYTES && path.extension().and_then(|e| e.to_str()) != Some("jsonl") {
            return vec![Err(err(&source, format!("too large ({} MB; the limit is {} MB)", m.len() / 1_048_576, MAX_ARTICLE_BYTES / 1_048_576)))];
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return vec![Err(err(&source, format!("cannot read: {e}")))],
    };
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        return read_jsonl(&source, &name, &bytes);
    }
    vec![decode(&source, &bytes).map(|text| Article::new(name, source.clone(), text))]
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default, alias = "publisher")]
    source: Option<String>,
}

fn read_jsonl(source: &str, name: &str, bytes: &[u8]) -> Vec<Result<Article, ReadError>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return vec![Err(err(source, format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to())))],
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{source}:{}", i + 1);
        let parsed: Result<JsonArticle, _> = serde_json::from_str(line);
        out.push(match parsed {
            Err(e) => Err(err(&at, format!("bad JSON line: {e}"))),
            Ok(j) => check_text(&at, j.text).map(|t| {
                let article_name = j.id.clone().or(j.url.clone()).unwrap_or_else(|| format!("{name}#{}", i + 1));
                let mut a = Article::new(article_name, at.clone(), t);
                a.title = j.title;
                a.url = j.url;
                a.date = j.date;
                a.publisher = j.source;
                a
            }),
        });
    }
    if out.is_empty() {
        out.push(Err(err(source, "empty: no articles")));
    }
    out
}
