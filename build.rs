//! Folds the first cell of every line of the two large name lists (`data/firstnames.tsv`,
//! `data/surnames.tsv`) into `OUT_DIR`, with the same `fold` the lexicon uses, so the
//! lexicon borrows their keys from the binary instead of folding and copying 130,000 names
//! at every start. Nothing else changes: other cells, comments and blank lines are kept as
//! they are, line for line. Also writes the folded keys of every gazetteer place
//! (`places.keys.txt`, a line per place; see `src/lexicon/placekeys.rs`).

use std::{env, fs, path::Path};

include!("src/lexicon/fold.rs");
include!("src/lexicon/placekeys.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/fold.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (src, dst) in [("data/firstnames.tsv", "firstnames.folded.tsv"), ("data/surnames.tsv", "surnames.folded.tsv")] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        fs::write(Path::new(&out).join(dst), fold_first_cells(&text)).unwrap_or_else(|e| panic!("{dst}: {e}"));
    }
    // the gazetteer's keys (see `src/lexicon/placekeys.rs`)
    println!("cargo:rerun-if-changed=src/lexicon/placekeys.rs");
    let mut keys = String::new();
    for src in ["data/places.tsv", "data/lexicon/world_regions.tsv"] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        place_key_lines(&text, &mut keys);
    }
    fs::write(Path::new(&out).join("places.keys.txt"), keys).unwrap_or_else(|e| panic!("places.keys.txt: {e}"));
}

/// A line of keys, joined by tabs, for every line of a place file the lexicon reads as a
/// place (a data line, no blank or comment, of eight cells or more), in the same order.
fn place_key_lines(text: &str, out: &mut String) {
    for line in text.split('\n').map(|l| l.trim_end_matches('\r')).filter(|l| l.chars().any(|c| !c.is_whitespace()) && !l.starts_with('#')) {
        let c: Vec<&str> = line.split('\t').take(8).collect();
        if c.len() < 8 {
            continue;
        }
        let keys = place_keys(c[0], c[2], c[1].split('|').map(str::trim).filter(|a| !a.is_empty()));
        out.push_str(&keys.join("\t"));
        out.push('\n');
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
