//! Helpers for driving the real binary on real files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn examples() -> PathBuf {
    root().join("examples/articles")
}

/// A fresh temporary folder, removed when dropped.
pub struct Tmp(pub PathBuf);

impl Tmp {
    pub fn new(name: &str) -> Tmp {
        let dir = std::env::temp_dir().join(format!("newsgraph-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Tmp(dir)
    }
    pub fn path(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Tmp {
    /// Writes one article into a folder of its own and ingests it into a fresh store.
    pub fn ingest_article(&self, name: &str, text: &str) -> PathBuf {
        self.ingest_articles(&[(name, text)])
    }

    /// Writes articles (file name, text) into a folder of their own and ingests them into a
    /// fresh store.
    pub fn ingest_articles(&self, articles: &[(&str, &str)]) -> PathBuf {
        let dir = self.path("in");
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in articles {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let store = self.path("store");
        ok(&["ingest", dir.to_str().unwrap()], &store);
        store
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn run(args: &[&str], store: &Path) -> Output {
    let out = bin().args(args).arg("--store").arg(store).output().expect("binary runs");
    out
}

pub fn ok(args: &[&str], store: &Path) -> String {
    let out = run(args, store);
    assert!(out.status.success(), "newsgraph {args:?} failed: {}\n{}", String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stdout).unwrap()
}

pub fn ingest_examples(store: &Path) -> String {
    ok(&["ingest", examples().to_str().unwrap()], store)
}

/// Reads a CSV export back with a real CSV reader: header and rows.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

/// Runs a SELECT through the binary as CSV and returns the rows (without the header).
pub fn query_rows(q: &str, store: &Path) -> Vec<Vec<String>> {
    let out = ok(&["query", q, "--format", "csv"], store);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
}
