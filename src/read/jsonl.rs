//! `.jsonl` archives, one article per line, read line by line: an archive of millions of
//! articles costs the memory of one line at a time, not of the file. Each line is an
//! [`Input`] parsed later (in parallel); an over-long line is skipped without being held.

use super::{check_text, err, Input, ReadError, MAX_ARTICLE_BYTES};
use crate::model::Article;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};

/// An open `.jsonl` file being read.
pub struct JsonlReader {
    reader: BufReader<File>,
    source: String,
    file_name: String,
    line: usize,
    articles: usize,
    done: bool,
}

impl JsonlReader {
    pub fn new(file: File, source: String, file_name: String) -> JsonlReader {
        JsonlReader { reader: BufReader::with_capacity(1 << 20, file), source, file_name, line: 0, articles: 0, done: false }
    }

    /// The next non-blank line as an input, an error for a line that cannot be taken, or
    /// `None` at the end (after an "empty" error for a file without any article line).
    pub fn next_input(&mut self) -> Option<Input> {
        while !self.done {
            self.line += 1;
            let at = format!("{}:{}", self.source, self.line);
            let mut bytes = Vec::new();
            match (&mut self.reader).take(MAX_ARTICLE_BYTES as u64 + 1).read_until(b'\n', &mut bytes) {
                Ok(0) => {
                    self.done = true;
                    if self.articles == 0 {
                        return Some(Input::Failed(err(&self.source, "empty: no articles")));
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Input::Failed(err(at, format!("cannot read: {e}"))));
                }
                Ok(_) if bytes.len() > MAX_ARTICLE_BYTES => {
                    self.articles += 1;
                    if let Err(e) = skip_line(&mut self.reader) {
                        self.done = true;
                        return Some(Input::Failed(err(at, format!("cannot read: {e}"))));
                    }
                    return Some(Input::Failed(err(at, format!("too large (over {} MB, the limit for an article)", MAX_ARTICLE_BYTES / 1_048_576))));
                }
                Ok(_) if bytes.iter().all(u8::is_ascii_whitespace) => {}
                Ok(_) => {
                    self.articles += 1;
                    return Some(Input::Line { source: at, file_name: self.file_name.clone(), line: self.line, bytes });
                }
            }
        }
        None
    }
}

/// Reads past the rest of a line without keeping it.
fn skip_line(r: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            r.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        r.consume(n);
    }
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

/// One line of a `.jsonl` file as an article: its `text`, and `id` (or `url`) as its name,
/// else `FILE#LINE`.
pub fn parse_line(at: &str, file_name: &str, line: usize, bytes: &[u8]) -> Result<Article, ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| err(at, format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to())))?;
    let j: JsonArticle = serde_json::from_str(text.trim_end_matches(['\n', '\r'])).map_err(|e| err(at, format!("bad JSON line: {e}")))?;
    let t = check_text(at, j.text)?;
    let name = j.id.or(j.url.clone()).unwrap_or_else(|| format!("{file_name}#{line}"));
    let mut a = Article::new(name, at.to_string(), t);
    a.title = j.title;
    a.url = j.url;
    a.date = j.date;
    a.publisher = j.source;
    Ok(a)
}
