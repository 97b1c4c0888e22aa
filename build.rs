//! Lays out the static hash tables of the three large word lists (`data/firstnames.tsv`,
//! `data/surnames.tsv`, their names folded with the same `fold` the lexicon uses, and
//! `data/common_words.txt`) into `OUT_DIR` (see `src/lexicon/tablelayout.rs`), so the
//! lexicon looks names up in the binary instead of folding, hashing and inserting 150,000
//! names at every start. Also writes the folded keys of every gazetteer place
//! (`places.keys.txt`, a line per place; see `src/lexicon/placekeys.rs`; only the tests read
//! it, to file the names as the start-up once did and compare them with the gazetteer's laid-out
//! table, `places.names.*`), and the cells the
//! gazetteer keeps of every place, cut here instead of at every start (`places.cells.txt`
//! and `places.cells.len`; see `place_cells`), with each place's kind and population read
//! here too (`places.kinds`, `places.populations`).

use std::{env, fs, path::Path};

include!("src/lexicon/fold.rs");
include!("src/lexicon/datalines.rs");
include!("src/lexicon/placekeys.rs");
include!("src/lexicon/tablelayout.rs");
include!("src/lexicon/signature.rs");
include!("src/lexicon/phraseindex.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/fold.rs");
    println!("cargo:rerun-if-changed=src/lexicon/datalines.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // the large name lists' tables (see `src/lexicon/tablelayout.rs`), keyed as the lexicon
    // looks them up: first names and surnames folded, common words as written
    println!("cargo:rerun-if-changed=src/lexicon/tablelayout.rs");
    let read = |src: &str| {
        println!("cargo:rerun-if-changed={src}");
        fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"))
    };
    let write = |name: &str, bytes: &[u8]| fs::write(Path::new(&out).join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let first_names = fold_first_cells(&read("data/firstnames.tsv"));
    // (a name's gender: the first character of its second cell, else 'u')
    let (keys, genders) = last_values(data_lines(&first_names).map(|l| {
        let mut cells = l.split('\t');
        (cells.next().unwrap_or(l), cells.next().and_then(|g| g.chars().next()).unwrap_or('u'))
    }));
    write("firstnames.keys", keys.concat().as_bytes());
    write("firstnames.slots", &table_slots(&keys));
    write("firstnames.genders", genders.iter().collect::<String>().as_bytes());
    let surnames = fold_first_cells(&read("data/surnames.tsv"));
    // (a surname's rank: its second cell as a number, else `u32::MAX`)
    let (keys, ranks) = last_values(data_lines(&surnames).map(|l| {
        let mut cells = l.split('\t');
        (cells.next().unwrap_or(l), cells.next().and_then(|r| r.trim().parse().ok()).unwrap_or(u32::MAX))
    }));
    write("surnames.keys", keys.concat().as_bytes());
    write("surnames.slots", &table_slots(&keys));
    write("surnames.ranks", &ranks.iter().flat_map(|r| r.to_le_bytes()).collect::<Vec<u8>>());
    let common_words = read("data/common_words.txt");
    let (keys, _) = last_values(data_lines(&common_words).map(|l| (l.trim(), ())));
    write("common_words.keys", keys.concat().as_bytes());
    write("common_words.slots", &table_slots(&keys));
    write("common_words.count", keys.len().to_string().as_bytes());
    // the tagger's model: a table of its features, their rows of weights and its bias (see
    // `extract::tagger::Model::compiled`), read as `Model::parse` reads the model
    let model = read("data/ner/tagger.tsv");
    let (keys, rows, o_bias) = tagger_model(&model);
    write("tagger.keys", keys.concat().as_bytes());
    write("tagger.slots", &table_slots(&keys));
    write("tagger.rows", &rows.iter().flatten().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>());
    write("tagger.o_bias", &o_bias.to_le_bytes());
    // the gazetteer's keys (see `src/lexicon/placekeys.rs`)
    println!("cargo:rerun-if-changed=src/lexicon/placekeys.rs");
    let (mut keys, mut cells, mut lens, mut kinds) = (String::new(), String::new(), Vec::new(), Vec::new());
    // (each key's places in the order filed, and each place's population)
    let (mut names, mut populations) = (PlaceNames::default(), Vec::new());
    for src in ["data/places.tsv", "data/lexicon/world_regions.tsv"] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        for c in place_lines(&text) {
            let k = place_keys(c[0], c[2], c[1].split('|').map(str::trim).filter(|a| !a.is_empty()));
            keys.push_str(&k.join("\t"));
            keys.push('\n');
            place_cells(&c, &mut cells, &mut lens);
            kinds.push(place_kind_code(c[2]));
            // (a place filed under no key, a town of a two-letter name, has no key: `place_keys`)
            names.file(populations.len(), k.into_iter().filter(|k| !k.is_empty()));
            populations.push(c[7].trim().parse::<u64>().unwrap_or(0));
        }
    }
    // (a place's kind as a byte, its population as a little-endian `u64`: see `gazetteer::places`)
    let population_bytes: Vec<u8> = populations.iter().flat_map(|p| p.to_le_bytes()).collect();
    for (name, bytes) in [("places.keys.txt", keys.as_bytes()), ("places.cells.txt", cells.as_bytes()), ("places.cells.len", &lens), ("places.kinds", &kinds), ("places.populations", &population_bytes)] {
        fs::write(Path::new(&out).join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // the gazetteer's names' table and its index (see `lexicon::gazetteer::place_names`)
    println!("cargo:rerun-if-changed=src/lexicon/phraseindex.rs");
    println!("cargo:rerun-if-changed=src/lexicon/signature.rs");
    let keys: Vec<&str> = names.keys.iter().map(String::as_str).collect();
    let index = phrase_index(keys.iter().copied(), keys.len());
    write("places.names.keys", keys.concat().as_bytes());
    write("places.names.slots", &table_slots(&keys));
    write("places.names.places", &names.places_by_population(&populations));
    write("places.names.first", &index.first);
    write("places.names.first_signatures", &index.first_signatures.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>());
    write("places.names.phrase_signatures", &index.phrase_signatures.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>());
}

/// The tagger's model as `extract::tagger::Model::parse` reads it: its distinct features (each
/// with the weights of its last line), their rows of seven weights (a cell divided by 1,000; 0
/// if unreadable or missing), and the bias of its `#o_bias` line.
fn tagger_model(text: &str) -> (Vec<&str>, Vec<[f32; 7]>, f32) {
    let mut o_bias = 0.0;
    let mut features = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(v) = line.strip_prefix("#o_bias\t") {
            o_bias = v.trim().parse().unwrap_or(0.0);
        } else if !line.starts_with('#') {
            let mut cells = line.split('\t');
            let feature = cells.next().unwrap_or(line);
            let mut w = [0f32; 7];
            for (k, c) in cells.take(7).enumerate() {
                w[k] = c.parse::<f32>().unwrap_or(0.0) / 1000.0;
            }
            features.push((feature, w));
        }
    }
    let (keys, rows) = last_values(features.into_iter());
    (keys, rows, o_bias)
}

/// The gazetteer's keys, in the order first filed, and the places each names in the order
/// filed (each once).
#[derive(Default)]
struct PlaceNames {
    keys: Vec<String>,
    places: Vec<Vec<u32>>,
    entry: std::collections::HashMap<String, usize>,
}

impl PlaceNames {
    /// Place `place` filed under each of `keys`.
    fn file(&mut self, place: usize, keys: impl Iterator<Item = String>) {
        let place = u32::try_from(place).expect("fewer than 2^32 places");
        for k in keys {
            match self.entry.get(&k) {
                // (filed once under a key it has twice)
                Some(&e) if self.places[e].last() == Some(&place) => {}
                Some(&e) => self.places[e].push(place),
                None => {
                    self.entry.insert(k.clone(), self.keys.len());
                    self.keys.push(k);
                    self.places.push(vec![place]);
                }
            }
        }
    }

    /// Each key's places, the most populous first (the first filed first among equals), as
    /// `gazetteer::places_of_entries` reads them: little-endian `u32`s, how many, then the
    /// places, key by key.
    fn places_by_population(&self, populations: &[u64]) -> Vec<u8> {
        let mut out = Vec::new();
        for places in &self.places {
            let mut places = places.clone();
            places.sort_by(|&a, &b| populations[b as usize].cmp(&populations[a as usize]).then(a.cmp(&b)));
            let n = u32::try_from(places.len()).expect("fewer than 2^32 places");
            out.extend(std::iter::once(n).chain(places).flat_map(u32::to_le_bytes));
        }
        out
    }
}

/// The first eight cells of every line of a place file the lexicon reads as a place (a data
/// line, no blank or comment, of eight cells or more), in the same order.
fn place_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    data_lines(text).map(|l| l.split('\t').take(8).collect::<Vec<&str>>()).filter(|c| c.len() == 8)
}

/// The distinct keys of (key, value) pairs in the order first met, each with the last value
/// given it: what a hash map the pairs are inserted into in order holds.
fn last_values<'a, V>(pairs: impl Iterator<Item = (&'a str, V)>) -> (Vec<&'a str>, Vec<V>) {
    let (mut keys, mut values, mut index) = (Vec::new(), Vec::new(), std::collections::HashMap::new());
    for (k, v) in pairs {
        match index.get(k) {
            Some(&i) => values[i] = v,
            None => {
                index.insert(k, keys.len());
                keys.push(k);
                values.push(v);
            }
        }
    }
    (keys, values)
}

/// The text cells the gazetteer keeps of a place (all but the aliases, which its keys carry,
/// and the kind and population, written as numbers: name, country, region, lat, lon),
/// written to `cells` as a line of them joined by tabs, readable, and their byte lengths to
/// `lens`, a byte each, so that `gazetteer::places` cuts them by their lengths instead of
/// searching for the tabs (cutting 40,000 lines into cells cost 19.7 M instructions at every
/// start).
fn place_cells(c: &[&str], cells: &mut String, lens: &mut Vec<u8>) {
    for (i, cell) in [c[0], c[3], c[4], c[5], c[6]].into_iter().enumerate() {
        cells.push_str(cell);
        cells.push(if i == 4 { '\n' } else { '\t' });
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
