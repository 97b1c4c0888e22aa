//! Folds the first cell of every line of the two large name lists (`data/firstnames.tsv`,
//! `data/surnames.tsv`) into `OUT_DIR`, with the same `fold` the lexicon uses, so the
//! lexicon borrows their keys from the binary instead of folding and copying 130,000 names
//! at every start. Nothing else changes: other cells, comments and blank lines are kept as
//! they are, line for line. Also writes the folded keys of every gazetteer place
//! (`places.keys.txt`, a line per place; see `src/lexicon/placekeys.rs`), and the cells the
//! gazetteer keeps of every place, cut here instead of at every start (`places.cells.txt`
//! and `places.cells.len`; see `place_cells`).

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
    let (mut keys, mut cells, mut lens) = (String::new(), String::new(), Vec::new());
    for src in ["data/places.tsv", "data/lexicon/world_regions.tsv"] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        for c in place_lines(&text) {
            let k = place_keys(c[0], c[2], c[1].split('|').map(str::trim).filter(|a| !a.is_empty()));
            keys.push_str(&k.join("\t"));
            keys.push('\n');
            place_cells(&c, &mut cells, &mut lens);
        }
    }
    for (name, bytes) in [("places.keys.txt", keys.as_bytes()), ("places.cells.txt", cells.as_bytes()), ("places.cells.len", &lens)] {
        fs::write(Path::new(&out).join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// The first eight cells of every line of a place file the lexicon reads as a place (a data
/// line, no blank or comment, of eight cells or more), in the same order.
fn place_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| l.chars().any(|c| !c.is_whitespace()) && !l.starts_with('#'))
        .map(|l| l.split('\t').take(8).collect::<Vec<&str>>())
        .filter(|c| c.len() == 8)
}

/// The cells the gazetteer keeps of a place (all but the aliases, which its keys carry:
/// name, kind, country, region, lat, lon, population), written to `cells` as a line of
/// them joined by tabs, readable, and their byte lengths to `lens`, a byte each, so that
/// `gazetteer::places` cuts them by their lengths instead of searching for the tabs
/// (cutting 40,000 lines into cells cost 19.7 M instructions at every start).
fn place_cells(c: &[&str], cells: &mut String, lens: &mut Vec<u8>) {
    for (i, cell) in [c[0], c[2], c[3], c[4], c[5], c[6], c[7]].into_iter().enumerate() {
        cells.push_str(cell);
        cells.push(if i == 6 { '\n' } else { '\t' });
        lens.push(u8::try_from(cell.len()).unwrap_or_else(|_| panic!("a gazetteer cell of over 255 bytes: {cell}")));
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
