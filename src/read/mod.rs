//! Reading articles from disk: `.txt` files (first line may be the headline) and `.jsonl`
//! files (one article per line, streamed: see [`Inputs`]). Every problem becomes a [`ReadError`] naming the file;
//! one bad article never stops the others.

mod jsonl;

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
    let controls = control_chars(&t);
    if controls > 16 && controls * 20 > t.chars().count() {
        return Err(err(source, "binary data (control characters), not text"));
    }
    if t.trim().is_empty() {
        return Err(err(source, "empty: no text"));
    }
    // newlines are normalised so offsets mean the same on every platform
    Ok(if t.contains('\r') { t.replace("\r\n", "\n").replace('\r', "\n") } else { t })
}

/// The control characters of `t` other than line ends and tabs: U+0000..U+001F, U+007F and
/// U+0080..U+009F (UTF-8 `C2 80`..`C2 9F`), counted on bytes (this reads every article: the
/// two-byte ones only in texts with a `C2` byte at all, which few have).
fn control_chars(t: &str) -> usize {
    let b = t.as_bytes();
    // (counted in bytes per chunk of 128, which the compiler makes SIMD)
    let one_byte: usize = b.chunks(128).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &c| n + u8::from(matches!(c, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F))))).sum();
    let two_byte = if b.contains(&0xC2) { b.windows(2).filter(|w| w[0] == 0xC2 && matches!(w[1], 0x80..=0x9F)).count() } else { 0 };
    one_byte + two_byte
}

/// One article to read: a file, or a line of a `.jsonl` file already read from it. Reading
/// or parsing it ([`Input::read`]) is the costly part, done in parallel.
pub enum Input {
    File(PathBuf),
    Line { source: String, file_name: String, line: usize, bytes: Vec<u8> },
    /// a problem found while streaming the inputs (a file that cannot be opened, an
    /// over-long line, a `.jsonl` file without articles)
    Failed(ReadError),
}

impl Input {
    pub fn read(self) -> Result<Article, ReadError> {
        match self {
            Input::File(p) => read_file(&p),
            Input::Line { source, file_name, line, bytes } => jsonl::parse_line(&source, &file_name, line, &bytes),
            Input::Failed(e) => Err(e),
        }
    }
}

/// The articles of the given files, one [`Input`] at a time, in order: `.jsonl` files line by
/// line, so the caller can take a batch at a time whatever the size of a file.
pub struct Inputs {
    files: std::vec::IntoIter<PathBuf>,
    open: Option<jsonl::JsonlReader>,
    /// files whose every article has been handed out
    pub files_done: usize,
}

impl Inputs {
    pub fn new(files: Vec<PathBuf>) -> Inputs {
        Inputs { files: files.into_iter(), open: None, files_done: 0 }
    }
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(j) = &mut self.open {
                if let Some(input) = j.next_input() {
                    return Some(input);
                }
                self.open = None;
                self.files_done += 1;
            }
            let path = self.files.next()?;
            if path.extension().and_then(|e| e.to_str()) != Some("jsonl") {
                self.files_done += 1;
                return Some(Input::File(path));
            }
            let source = path.display().to_string();
            match std::fs::File::open(&path) {
                Ok(f) => {
                    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(&source).to_string();
                    self.open = Some(jsonl::JsonlReader::new(f, source, name));
                }
                Err(e) => {
                    self.files_done += 1;
                    return Some(Input::Failed(err(source, format!("cannot read: {e}"))));
                }
            }
        }
    }
}

/// Reads one article file (a `.jsonl` file is read by [`Inputs`], line by line).
pub fn read_file(path: &Path) -> Result<Article, ReadError> {
    let source = path.display().to_string();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(&source).to_string();
    // a file too large for an article is refused before it is read into memory
    if let Ok(m) = std::fs::metadata(path) {
        if m.len() as usize > MAX_ARTICLE_BYTES {
            return Err(err(&source, format!("too large ({} MB; the limit is {} MB)", m.len() / 1_048_576, MAX_ARTICLE_BYTES / 1_048_576)));
        }
    }
    let bytes = std::fs::read(path).map_err(|e| err(&source, format!("cannot read: {e}")))?;
    decode(&source, &bytes).map(|text| Article::new(name, source.clone(), text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_counted_as_chars_would_count_them() {
        for t in ["plain text\n\twith tabs\r\n", "bell\u{7} del\u{7f} c1\u{85}\u{9f} nbsp\u{a0} é ü \u{0}", "“quotes” — dash\u{1b}"] {
            let by_chars = t.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
            assert_eq!(super::control_chars(t), by_chars, "{t:?}");
        }
    }
}
