//! Folds the first cell of every line of the two large name lists (`data/firstnames.tsv`,
//! `data/surnames.tsv`) into `OUT_DIR`, with the same `fold` the lexicon uses, so the
//! lexicon borrows their keys from the binary instead of folding and copying 130,000 names
//! at every start. Nothing else changes: other cells, comments and blank lines are kept as
//! they are, line for line.

use std::{env, fs, path::Path};

include!("src/lexicon/fold.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/fold.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (src, dst) in [("data/firstnames.tsv", "firstnames.folded.tsv"), ("data/surnames.tsv", "surnames.folded.tsv")] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(Path::new(&out).join(dst), fold_first_cells(&text)).unwrap_or_else(|e| panic!("{dst}: {e}"));
    }
}

/// Every line with its text up to the first tab (or the line end) folded.
fn fold_first_cells(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let end = line.find(['\t', '\n']).unwrap_or(line.len());
        out.push_str(&fold(&line[..end]));
        out.push_str(&line[end..]);
    }
    out
}
