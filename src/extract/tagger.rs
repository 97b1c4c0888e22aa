//! A small learned tagger for names the rules leave open: an averaged perceptron over
//! shape, affix, context and lexicon-membership features that tags the tokens of each
//! capitalised run (B/I of PER, ORG, LOC, or O), greedily from left to right.
//!
//! The weights (`data/ner/tagger.tsv`) are trained offline by `bench/ner_train.py` on the
//! Universal NER English-EWT *dev* split (CC BY-SA 4.0; see `data/SOURCES.md`), with the
//! features this module computes (dumped by `examples/ner_features.rs`, so training and
//! inference cannot drift apart). The rules run first; the tagger only adds names where
//! they found none (`add_guessed_names`).

mod rows;

use crate::lexicon::{fold, Lexicon, StaticTable};
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Labels in the order of the weight columns.
pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

/// Lower-case words that may stand inside a capitalised run ("Bank of America", "Tom and
/// Jerry"); "of the" too ("Bank of the West").
const INSIDE: &[&str] = &["of", "and", "&", "for", "de", "del", "da", "di", "du", "von", "van", "der", "den", "la", "le", "al", "bin", "on", "-"];

pub struct Model {
    /// Feature → its row of `rows`.
    index: Features,
    /// The weights of each feature, one per label.
    rows: Vec<[f32; 7]>,
    /// Added to the O score: higher keeps fewer guesses.
    pub o_bias: f32,
    /// A number no other model of the process has: what the per-word memo of rows
    /// (`rows::Memo`) was filled for.
    id: u64,
}

/// A model's features and their rows: a hash map for a model read from text (`Model::parse`),
/// or a static table `build.rs` laid out for the model compiled in (`Model::compiled`, its
/// entry `i` the feature of row `i`).
enum Features {
    Parsed(FxHashMap<String, u32>),
    LaidOut(StaticTable<()>),
}

/// A number no other model of the process has (`Model::id`).
fn next_model_id() -> u64 {
    static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Model {
    /// The model compiled in, made once per process on first use.
    pub fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(Model::compiled)
    }

    /// The model of `data/ner/tagger.tsv` as `parse` reads it, from what `build.rs` made of it
    /// (`tagger.keys` and `tagger.slots`, a static table of its features; `tagger.rows`, the
    /// weights of each, little-endian `f32`s, seven a row; `tagger.o_bias`): nothing parsed,
    /// hashed or inserted at start-up (5,500 features read cost 6.2 M instructions).
    fn compiled() -> Model {
        macro_rules! out {
            ($name:literal) => {
                include_bytes!(concat!(env!("OUT_DIR"), "/tagger.", $name))
            };
        }
        let f32_at = |b: &[u8], i: usize| f32::from_le_bytes(b[4 * i..4 * i + 4].try_into().expect("four bytes"));
        let rows: Vec<[f32; 7]> = out!("rows").chunks_exact(28).map(|r| std::array::from_fn(|k| f32_at(r, k))).collect();
        let features = StaticTable::new(include_str!(concat!(env!("OUT_DIR"), "/tagger.keys")), out!("slots"), vec![(); rows.len()]);
        Model { index: Features::LaidOut(features), rows, o_bias: f32_at(out!("o_bias"), 0), id: next_model_id() }
    }

    pub fn parse(src: &str) -> Model {
        // (room for a feature per 32 bytes, about the model's 31 a line: no table copied over
        // at each doubling, 5,500 features at every start)
        let mut index = FxHashMap::with_capacity_and_hasher(src.len() / 32, Default::default());
        let mut rows = Vec::with_capacity(src.len() / 32);
        let mut o_bias = 0.0;
        for line in src.lines() {
            if line.is_empty() {
                continue;
            }
            if let Some(v) = line.strip_prefix("#o_bias\t") {
                o_bias = v.trim().parse().unwrap_or(0.0);
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            let mut cols = crate::lexicon::split_byte(line, b'\t');
            let Some(f) = cols.next() else { continue };
            let mut w = [0f32; 7];
            for (k, c) in cols.take(7).enumerate() {
                w[k] = weight(c) / 1000.0;
            }
            // (a feature listed twice keeps its last weights)
            index.insert(f.to_string(), rows.len() as u32);
            rows.push(w);
        }
        Model { index: Features::Parsed(index), rows, o_bias, id: next_model_id() }
    }

    /// The weights of a feature, if the model has any.
    pub fn weights(&self, feature: &str) -> Option<&[f32; 7]> {
        self.row(feature).map(|r| &self.rows[r as usize])
    }

    fn row(&self, feature: &str) -> Option<u32> {
        match &self.index {
            Features::Parsed(index) => index.get(feature).copied(),
            Features::LaidOut(table) => table.entry(feature).map(|e| e as u32),
        }
    }

    fn add(&self, scores: &mut [f32; 7], feature: &str) {
        if let Some(r) = self.row(feature) {
            self.add_row(scores, r);
        }
    }

    fn add_row(&self, scores: &mut [f32; 7], row: u32) {
        let w = &self.rows[row as usize];
        for k in 0..7 {
            scores[k] += w[k];
        }
    }
}

/// A weight cell as `c.parse::<f32>()` reads it (0 if unreadable). The weights are written
/// as integers: read as such (exact in an `f32` below 2^24; "-0" is left to the float
/// parser, for its sign), as the float parser cost more than the rest of the model's load.
/// A zero without a minus sign is +0.0 as the float parser reads it: most cells are "0"
/// (22,000 of the model's 38,000), and the float parser was half of the model's load.
fn weight(c: &str) -> f32 {
    if c == "0" {
        return 0.0;
    }
    match c.parse::<i32>() {
        Ok(v) if v != 0 && v.unsigned_abs() < 1 << 24 => v as f32,
        Ok(0) if !c.starts_with('-') => 0.0,
        _ => c.parse::<f32>().unwrap_or(0.0),
    }
}

/// The capitalised runs of a sentence `a..b` the tagger looks at: capitalised words, with
/// lower-case joining words between two of them. Returns token ranges.
pub fn regions(doc: &Doc, a: usize, b: usize) -> Vec<(usize, usize)> {
    // (room for the most there can be at once: grown from nothing, the list was copied as it
    // grew, ~0.5 M instructions per 200 articles with `all_regions`)
    let mut out = Vec::with_capacity(most_regions(a, b));
    regions_into(doc, a, b, &mut out);
    out
}

/// The regions of every sentence of the document, in order (each sentence's as `regions`
/// gives them): for a pass over all of them, one vector instead of one per sentence.
pub fn all_regions(doc: &Doc) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(doc.sentences.iter().map(|s| most_regions(s.tokens.0, s.tokens.1)).sum());
    for s in &doc.sentences {
        regions_into(doc, s.tokens.0, s.tokens.1, &mut out);
    }
    out
}

/// The most regions tokens `a..b` can hold: a region holds a token at least and the next
/// starts after a token outside it, so `k` regions take `2k - 1` tokens at least.
fn most_regions(a: usize, b: usize) -> usize {
    (b.saturating_sub(a) + 1) / 2
}

fn regions_into(doc: &Doc, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let cap = |t: usize| {
        let tok = &doc.tokens[t];
        tok.kind == TokenKind::Word && tok.cap && tok.lower != "'s"
    };
    let mut t = a;
    while t < b {
        if !cap(t) {
            t += 1;
            continue;
        }
        let mut e = t + 1;
        loop {
            if e < b && cap(e) {
                e += 1;
            } else if e + 1 < b && INSIDE.contains(&doc.tokens[e].lower.as_str()) && !doc.tokens[e].cap && cap(e + 1) {
                e += 2;
            } else if e + 2 < b && doc.tokens[e].lower == "of" && doc.tokens[e + 1].lower == "the" && cap(e + 2) {
                // "Bank of the West"
                e += 3;
            } else {
                break;
            }
        }
        out.push((t, e));
        t = e;
    }
}

/// Letters as X/x, digits as d, other characters kept, repeats collapsed: "Xx", "X.X.", "dd".
pub fn shape(w: &str, out: &mut String) {
    // (byte by byte for ASCII words, the same classes: up to four shapes per tagged token)
    if w.is_ascii() {
        let mut last = None;
        for &b in w.as_bytes().iter().take(12) {
            let s = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                b => b,
            };
            if last != Some(s) {
                out.push(char::from(s));
                last = Some(s);
            }
        }
        return;
    }
    let mut last = None;
    for c in w.chars().take(12) {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(s) {
            out.push(s);
            last = Some(s);
        }
    }
}

fn bucket_place(lex: &Lexicon, lw: &str) -> Option<&'static str> {
    let p = lex.place_names.get(lw)?;
    let best = p.iter().map(|&i| &lex.places[i]).max_by_key(|p| p.population)?;
    Some(if p.iter().any(|&i| lex.places[i].kind == "region") {
        "region"
    } else if best.population >= 1_000_000 {
        "1m"
    } else if best.population >= 100_000 {
        "100k"
    } else if best.population >= 10_000 {
        "10k"
    } else {
        "small"
    })
}

/// Marks each token of `a..b` that a multi-word phrase of `table` covers: 1 first, 2 inside.
fn phrase_marks<T, M: crate::lexicon::Phrases<T>>(doc: &Doc, a: usize, b: usize, table: &crate::lexicon::PhraseTable<T, M>, marks: &mut [[u8; 3]], column: usize) {
    for k in a..b {
        let Some((e, _)) = super::names::longest(doc, k, b, table).filter(|&(e, _)| e > k + 1) else { continue };
        for m in k..e {
            let mark = &mut marks[m - a][column];
            if *mark == 0 {
                *mark = if m == k { 1 } else { 2 };
            }
        }
    }
}

/// The static features of token `t` in region `ra..rb` of sentence `a..b`, each handed to
/// `emit` as a string (built in one buffer: no allocation per feature). `marks` are the
/// region's multi-word lexicon matches (`region_marks`). The tagger itself reads the same
/// features as weight rows, memoised per word (`rows`), from the same block functions
/// below: what a feature depends on decides its block.
#[allow(clippy::too_many_arguments)]
pub fn features(doc: &Doc, a: usize, b: usize, ra: usize, rb: usize, t: usize, marks: &[[u8; 3]], emit: &mut dyn FnMut(&str)) {
    thread_local! {
        // the feature and shape buffers, kept between calls (four allocations per tagged
        // token cost more than the shapes written into them)
        static BUFS: std::cell::RefCell<(String, String)> = const { std::cell::RefCell::new((String::new(), String::new())) };
    }
    BUFS.with_borrow_mut(|(buf, s)| features_in(doc, a, b, ra, rb, t, marks, emit, buf, s));
}

/// Features are built by appending pieces, not with `write!`: the formatting machinery cost
/// more than the lookups.
macro_rules! f {
    ($buf:expr, $emit:expr, $($piece:expr),+) => {{
        $buf.clear();
        $($buf.push_str($piece);)+
        $emit(&$buf);
    }};
}

#[allow(clippy::too_many_arguments)]
fn features_in(doc: &Doc, a: usize, b: usize, ra: usize, rb: usize, t: usize, marks: &[[u8; 3]], emit: &mut dyn FnMut(&str), buf: &mut String, s: &mut String) {
    let lex = Lexicon::get();
    let word = |m: usize| doc.slice(doc.tokens[m].span);
    let lower = |m: usize| doc.tokens[m].lower.as_str();
    let cap = |m: usize| doc.tokens[m].cap;
    let w = word(t);
    s.clear();
    shape(w, s);
    emit("b");
    own_features(lower(t), s, buf, emit);
    if first_word(doc, a, t) {
        emit("first");
        first_features(s, buf, emit);
    }
    if shouted(doc, a, b, t) {
        emit("shout");
    }
    match t.checked_sub(1).filter(|&p| p >= a) {
        Some(p) => word_as_prev(lower(p), buf, emit),
        None => f!(buf, emit, "pw=", "<s>"),
    }
    match t.checked_sub(2).filter(|&p| p >= a) {
        Some(p) => word_as_prev2(lower(p), buf, emit),
        None => f!(buf, emit, "pw2=", "<s>"),
    }
    if t + 1 < b {
        word_as_next(lower(t + 1), buf, emit);
    } else {
        f!(buf, emit, "nw=", "</s>");
    }
    if t + 2 < b {
        word_as_next2(lower(t + 2), buf, emit);
    } else {
        f!(buf, emit, "nw2=", "</s>");
    }
    // (the shapes of the words around, in the same buffer: the token's own is written)
    if t > a {
        s.clear();
        shape(word(t - 1), s);
        shape_as_prev(s, buf, emit);
    }
    if t + 1 < b {
        s.clear();
        shape(word(t + 1), s);
        shape_as_next(s, buf, emit);
    }
    run_features(ra, rb, t, buf, emit);
    lexicon_features(lex, w, lower(t), buf, emit);
    if t > a {
        lexicon_as_prev(lex, cap(t - 1), lower(t - 1), emit);
    }
    if t + 1 < b {
        lexicon_as_next(lex, word(t + 1), cap(t + 1), lower(t + 1), emit);
    }
    // the last word of the run (heads of organisation names)
    if rb - 1 != t {
        lexicon_as_run_end(lex, word(rb - 1), emit);
    }
    mark_features(marks[t - ra], buf, emit);
}

/// Whether no word comes before token `t` in its sentence `a..`.
fn first_word(doc: &Doc, a: usize, t: usize) -> bool {
    (a..t).all(|m| doc.tokens[m].kind != TokenKind::Word)
}

/// Whether token `t` is in capitals in a sentence `a..b` mostly in capitals, which says
/// little about its names.
fn shouted(doc: &Doc, a: usize, b: usize, t: usize) -> bool {
    let w = doc.slice(doc.tokens[t].span);
    let all_caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    if !all_caps {
        return false;
    }
    let words: Vec<&str> = (a..b).filter(|&m| doc.tokens[m].kind == TokenKind::Word).map(|m| doc.slice(doc.tokens[m].span)).collect();
    words.iter().filter(|x| !x.chars().any(char::is_lowercase)).count() * 2 > words.len()
}

// The blocks of features of one word, by where it stands: each depends only on the word
// (its text, lower-case form, capital and shape), so the tagger can keep them per word.

/// The token's own word: itself, its shape, its first three and last three and two letters.
fn own_features(lw: &str, s: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "w=", lw);
    f!(buf, emit, "s=", s);
    let n = lw.chars().count();
    let at = |c: usize| lw.char_indices().nth(c).map_or(lw.len(), |(i, _)| i);
    f!(buf, emit, "p3=", &lw[..at(3)]);
    f!(buf, emit, "x3=", &lw[at(n.saturating_sub(3))..]);
    f!(buf, emit, "x2=", &lw[at(n.saturating_sub(2))..]);
}

/// The shape of the sentence's first word.
fn first_features(s: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "first_s=", s);
}

/// A word before the token, or two before it, or after it, or two after it.
fn word_as_prev(lw: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "pw=", lw);
}
fn word_as_prev2(lw: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "pw2=", lw);
}
fn word_as_next(lw: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "nw=", lw);
}
fn word_as_next2(lw: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "nw2=", lw);
}

/// The shape of the word before the token, or after it.
fn shape_as_prev(s: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "ps=", s);
}
fn shape_as_next(s: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "ns=", s);
}

/// Where in the capitalised run `ra..rb` token `t` is.
fn run_features(ra: usize, rb: usize, t: usize, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    let len = (rb - ra).min(5);
    let len_s = ["0", "1", "2", "3", "4", "5"][len];
    f!(buf, emit, "rl=", len_s);
    f!(buf, emit, "rp=", if t == ra { "first" } else if t + 1 == rb { "last" } else { "mid" });
    const POS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let digits;
    let pos = match POS.get(t - ra) {
        Some(p) => *p,
        None => {
            digits = (t - ra).to_string();
            digits.as_str()
        }
    };
    f!(buf, emit, "rl_rp=", len_s, "_", pos);
}

macro_rules! lexf {
    ($emit:expr, $name:literal, $on:expr) => {
        if $on {
            $emit(concat!("L=", $name));
        }
    };
}

/// The lexicons that list the token's word (`w` as written, `lw` lower case).
fn lexicon_features(lex: &Lexicon, w: &str, lw: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    // (one lookup for both, and the cheap test first below: ~25 lookups per tagged token)
    let given = lex.first_names.get(lw);
    lexf!(emit, "fn", given.is_some_and(|g| *g != 'u'));
    lexf!(emit, "fnu", given.is_some_and(|g| *g == 'u'));
    lexf!(emit, "given", lex.census_given.contains(lw));
    if let Some(&r) = lex.surnames.get(lw) {
        f!(buf, emit, "L=sur", if r <= 1000 { "1k" } else if r <= 10_000 { "10k" } else { "more" });
    }
    if let Some(p) = bucket_place(lex, lw) {
        f!(buf, emit, "L=place_", p);
    }
    lexf!(emit, "country", lex.country_names.contains_key(lw));
    lexf!(emit, "cadj", lex.country_adjectives.contains_key(lw));
    lexf!(emit, "demonym", lex.demonyms.contains_key(lw));
    lexf!(emit, "orgw", lex.org_words.contains(w));
    lexf!(emit, "org", lex.organisations.contains_key(lw));
    lexf!(emit, "title", lex.titles.contains_key(lw));
    lexf!(emit, "tmod", lex.title_modifiers.contains(lw));
    lexf!(emit, "common", lex.is_common_word(lw));
    lexf!(emit, "stop", lex.stopwords.contains(lw));
    lexf!(emit, "pnoun", lex.person_nouns.contains(lw));
    lexf!(emit, "holiday", lex.holiday_heads.contains(lw));
    lexf!(emit, "notorg", lex.not_organisations.contains(lw));
}

/// The lexicons that list the word before the token (`cap`: it is capitalised).
fn lexicon_as_prev(lex: &Lexicon, cap: bool, lw: &str, emit: &mut dyn FnMut(&str)) {
    lexf!(emit, "p_title", !cap && lex.titles.contains_key(lw));
    lexf!(emit, "p_pnoun", lex.person_nouns.contains(lw));
    lexf!(emit, "p_fn", cap && lex.first_names.get(lw).is_some_and(|g| *g != 'u'));
}

/// The lexicons that list the word after the token.
fn lexicon_as_next(lex: &Lexicon, w: &str, cap: bool, lw: &str, emit: &mut dyn FnMut(&str)) {
    lexf!(emit, "n_cue", lex.cues.contains_key(lw));
    lexf!(emit, "n_orgw", lex.org_words.contains(w));
    lexf!(emit, "n_sur", cap && lex.surnames.contains_key(lw));
}

/// Whether the last word of the run, when not the token, is an organisation word.
fn lexicon_as_run_end(lex: &Lexicon, w: &str, emit: &mut dyn FnMut(&str)) {
    lexf!(emit, "r_orgw", lex.org_words.contains(w));
}

/// Inside a multi-word name a lexicon knows (`region_marks`).
fn mark_features(marks: [u8; 3], buf: &mut String, emit: &mut dyn FnMut(&str)) {
    for (k, name) in ["M=org", "M=place", "M=country"].iter().enumerate() {
        match marks[k] {
            1 => f!(buf, emit, name, "_b"),
            2 => f!(buf, emit, name, "_i"),
            _ => {}
        }
    }
}

/// The features of the labels given to the two tokens before (`p1` the last), and of the
/// last one's with this token's shape `s`: the tagger's only features that are not static,
/// so not part of `features`.
fn label_features(p1: usize, p2: usize, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "t1=", LABELS[p1]);
    f!(buf, emit, "t2=", LABELS[p2], "_", LABELS[p1]);
}
fn label_shape_features(p1: usize, s: &str, buf: &mut String, emit: &mut dyn FnMut(&str)) {
    f!(buf, emit, "t1s=", LABELS[p1], "_", s);
}

/// Multi-word lexicon matches inside region `a..b`, per token: [organisation, place, country].
/// (Each list marks its own column of one vector: three zeroed vectors zipped into a fourth
/// were four allocations a call, ~0.9 M instructions over 3,238 calls per 200 articles.)
pub fn region_marks(doc: &Doc, a: usize, b: usize) -> Vec<[u8; 3]> {
    let lex = Lexicon::get();
    let mut marks = vec![[0u8; 3]; b - a];
    phrase_marks(doc, a, b, &lex.organisations, &mut marks, 0);
    phrase_marks(doc, a, b, &lex.place_names, &mut marks, 1);
    phrase_marks(doc, a, b, &lex.country_names, &mut marks, 2);
    marks
}

/// Whether label `l` may follow label `prev` (I-X only after B-X or I-X).
pub fn allowed(prev: usize, l: usize) -> bool {
    match l {
        2 | 4 | 6 => prev == l || prev == l - 1,
        _ => true,
    }
}

/// A name the tagger found: tokens `start..end`, its type, and the lowest margin of its
/// tokens' labels over O.
#[derive(Debug, Clone)]
pub struct Guess {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub margin: f32,
}

/// Tags every capitalised run of the document with the shipped model.
pub fn tag(doc: &Doc) -> Vec<Guess> {
    tag_with(doc, Model::get())
}

/// Tags every capitalised run of the document that the rules did not name in full.
pub fn tag_with(doc: &Doc, model: &Model) -> Vec<Guess> {
    thread_local! {
        static MEMO: std::cell::RefCell<rows::Memo> = const { std::cell::RefCell::new(rows::Memo::new()) };
    }
    MEMO.with_borrow_mut(|memo| tag_in(doc, model, memo))
}

fn tag_in(doc: &Doc, model: &Model, memo: &mut rows::Memo) -> Vec<Guess> {
    memo.start(model);
    let mut ids = Vec::new();
    let mut out = Vec::new();
    // (every sentence's regions in one vector, in sentence order: those `find_organisations`
    // kept, or worked out here)
    let worked_out;
    let all = match &doc.regions {
        Some(r) => r.as_slice(),
        None => {
            worked_out = all_regions(doc);
            worked_out.as_slice()
        }
    };
    let mut next = 0;
    for s in &doc.sentences {
        let (a, b) = s.tokens;
        // (this sentence's: the next ones that start before its end)
        let first = next;
        while next < all.len() && all[next].0 < b {
            next += 1;
        }
        let regs = &all[first..next];
        if regs.is_empty() {
            continue;
        }
        for &(ra, rb) in regs {
            // nothing to add where the rules named every word, or to a lone word no guess
            // could be ("The", "Readers" opening a sentence)
            let lone = Guess { start: ra, end: rb, kind: EntityKind::Person, margin: 0.0 };
            if (ra..rb).all(|t| doc.mention_at_token(t).is_some()) || rb == ra + 1 && !plausible(doc, Lexicon::get(), &lone) {
                continue;
            }
            let marks = region_marks(doc, ra, rb);
            let (mut p1, mut p2) = (0usize, 0usize);
            let mut labels = Vec::with_capacity(rb - ra);
            // the memo's entries of the words the region's features read
            let (lo, hi) = (ra.saturating_sub(2).max(a), (rb + 2).min(b));
            ids.clear();
            ids.extend((lo..hi).map(|m| memo.word(doc, model, m)));
            for t in ra..rb {
                let mut sc = [0f32; 7];
                memo.add_features(doc, model, (a, b), (ra, rb), t, marks[t - ra], (lo, &ids), &mut sc);
                memo.add_label_features(model, p1, p2, (t - lo, &ids), &mut sc);
                sc[0] += model.o_bias;
                let best = (0..7).filter(|&l| allowed(p1, l)).max_by(|&x, &y| sc[x].total_cmp(&sc[y]).then(y.cmp(&x))).unwrap_or(0);
                labels.push((best, sc[best] - sc[0]));
                p2 = p1;
                p1 = best;
            }
            let mut k = 0;
            while k < labels.len() {
                let (l, m) = labels[k];
                if l == 0 || l % 2 == 0 {
                    k += 1;
                    continue;
                }
                let mut e = k + 1;
                let mut margin = m;
                while e < labels.len() && labels[e].0 == l + 1 {
                    margin = margin.min(labels[e].1);
                    e += 1;
                }
                let kind = match l {
                    1 => EntityKind::Person,
                    3 => EntityKind::Organization,
                    _ => EntityKind::Place,
                };
                out.push(Guess { start: ra + k, end: ra + e, kind, margin });
                k = e;
            }
        }
    }
    out
}

/// Least margin of a guess's labels over O for it to be taken (in weight units; chosen
/// by two-fold cross-validation of the whole recogniser on the training split, leaning to
/// precision).
const MIN_MARGIN: f32 = 8.0;

/// Whether tokens `a..b` (two or three words) stand between commas after an office with a
/// capitalised portfolio ("Minister of Energy and Mineral Resources, … ,") or an office right
/// before the comma ("The Governor of Lagos State, …,", "the Kano State Governor, …,"), and
/// before a verb of saying or a verb in the past ("…, appealed to residents").
fn office_apposition(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let verb = |t: &crate::model::Token| lex.cues.contains_key(&t.lower) || t.kind == TokenKind::Word && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ed");
    if !(2..=3).contains(&(b - a)) || a < 4 || doc.tokens[a - 1].lower != "," || !doc.tokens.get(b).is_some_and(|t| t.lower == ",") || !doc.tokens.get(b + 1).is_some_and(verb) {
        return false;
    }
    let office = |k: usize| doc.tokens[k].cap && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
    if office(a - 2) {
        return true;
    }
    // ("The agency's representative in Mozambique, Amadou Keita, said …": an office, "in"/"at"
    // and a country or place named before the comma, in any case)
    if let Some(m) = doc.mention_at_token(a - 2) {
        let s = doc.token_at(doc.mentions[m].span.start);
        let kind = doc.entities[doc.actor_of(doc.mentions[m].entity)].kind;
        if matches!(kind, EntityKind::Country | EntityKind::Place)
            && s >= 2
            && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at" | "to")
            && lex.titles.get(&doc.tokens[s - 2].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office)
        {
            return true;
        }
    }
    let mut k = a - 2;
    // ("The President's Special Adviser on Information and Strategy, X, said": "on" a field too)
    while k > 0 && a - k < 9 && (doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word || matches!(doc.tokens[k].lower.as_str(), "of" | "for" | "on" | "and")) {
        if matches!(doc.tokens.get(k + 1).map(|t| t.lower.as_str()), Some("of" | "for" | "on")) && office(k) {
            return true;
        }
        k -= 1;
    }
    false
}

/// Adds the tagger's names where the rules found none. Headlines in title case are left
/// alone: there every word is capitalised.
pub fn add_guessed_names(doc: &mut Doc) {
    add_guessed_names_with(doc, Model::get());
}

/// `add_guessed_names` with a given model.
pub fn add_guessed_names_with(doc: &mut Doc, model: &Model) {
    let lex = Lexicon::get();
    for mut g in tag_with(doc, model) {
        // ("the Esplanade of Ministries on Wednesday": a guess ends in no lower-case word)
        while g.end > g.start + 1 && !doc.tokens[g.end - 1].cap && doc.tokens[g.end - 1].kind == TokenKind::Word {
            g.end -= 1;
        }
        // ("the Lagos State Governor, X": a place ends before an office after it)
        if g.kind == EntityKind::Place && g.end > g.start + 1 && lex.titles.get(&doc.tokens[g.end - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) {
            g.end -= 1;
        }
        if g.margin < MIN_MARGIN || !plausible(doc, lex, &g) {
            continue;
        }
        // ("Mon 13 Jul 2026 17.42 BST": a weekday's abbreviation before a date, which the
        // rules leave, is a time stamp's word, whatever the guess)
        if (g.start..g.end).any(|t| crate::extract::names::weekday_before_date(doc, t)) {
            continue;
        }
        if (g.start..g.end).any(|t| doc.mention_at_token(t).is_some()) || !whole_run(doc, lex, &g) {
            continue;
        }
        if title_case_heading(doc, g.start) || g.kind == EntityKind::Organization && crate::extract::names::portfolio_before_office(doc, g.start, g.end) {
            continue;
        }
        let name_span = Span::new(doc.tokens[g.start].span.start, doc.tokens[g.end - 1].span.end);
        let name = doc.slice(name_span).to_string();
        // a name ends in a letter or digit
        if !name.chars().last().is_some_and(char::is_alphanumeric) {
            continue;
        }
        // "the Vexmoor region": a place, with its region word (as the rules take it)
        let region = g.kind != EntityKind::Person && doc.tokens.get(g.end).is_some_and(|t| crate::extract::names::REGION_WORDS.contains(&t.lower.as_str()));
        // ("Indonesia's Minister of Energy and Mineral Resources, Budi Lahadalia, told …": two or
        // three words between commas after an office of a capitalised portfolio, before a verb
        // of saying, name its holder, whatever the guess)
        let g = if !region && g.kind != EntityKind::Person && office_apposition(doc, lex, g.start, g.end) { Guess { kind: EntityKind::Person, ..g } } else { g };
        let g = if g.kind == EntityKind::Person && place_modifying_noun(doc, lex, &g, &name) { Guess { kind: EntityKind::Place, ..g } } else { g };
        let (kind, span) = if region { (EntityKind::Place, Span::new(name_span.start, doc.tokens[g.end].span.end)) } else { (g.kind, name_span) };
        let lower = fold(&name);
        let ent = match kind {
            EntityKind::Person => doc.person(&name, span.start),
            EntityKind::Organization => doc.organisation(&name),
            _ => {
                if let Some(&c) = lex.country_names.get(&lower) {
                    doc.country(c)
                } else if let Some(p) = lex.place_names.get(&lower) {
                    // (among namesakes, as the rules choose: in a named country first)
                    doc.place(crate::extract::names::choose_place(doc, lex, p, region, crate::extract::names::region_after(doc, lex, g.end)), region)
                } else {
                    doc.unlisted_place(&name)
                }
            }
        };
        doc.add_mention(span, ent, MentionKind::Name);
    }
}

/// "the Tarnby round", "the Tarnby crossing": a person's guess that is a listed place whose
/// first word is a given name, between "the" and a common noun it modifies
/// (`modifier_after_the`), is the place. The rules leave such a town to the story (no
/// preposition asks for a place, its country is not named); the guess had made it a person, a
/// node apart from the town the story names elsewhere. Not a common surname ("the Tarnby
/// family", "the Tarnby campaign" are a person's: a noun for what a person leads or belongs
/// to), nor a word a person the story names carries.
fn place_modifying_noun(doc: &Doc, lex: &Lexicon, g: &Guess, name: &str) -> bool {
    let lw = |t: usize| doc.tokens[t].lower.as_str();
    lex.place_names.contains_key(&fold(name))
        && lex.first_names.contains_key(lw(g.start))
        && (g.start..g.end).all(|t| !lex.surnames.get(lw(t)).is_some_and(|&r| r <= 5000))
        && crate::extract::names::modifier_after_the(doc, lex, g.start, g.end)
        && !matches!(lw(g.end), "administration" | "government" | "presidency" | "campaign" | "family" | "era" | "years" | "camp" | "cabinet" | "regime" | "doctrine" | "estate")
        // ("the Tarnby people", "the Tarnby language": a people's name spelt like a town)
        && !matches!(lw(g.end), "people" | "peoples" | "language" | "languages" | "tribe" | "tribes" | "community" | "communities" | "clan" | "clans")
        && doc.people_named_in_full(name).next().is_none()
        && !doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.split_whitespace().next() == Some(name))
}

/// A guess takes all of its capitalised run that nothing else claimed: "Quentara" alone
/// out of "Quentara Tolvik" is a cut name. Words the rules named, stopwords and a common
/// word opening the sentence may stay outside it.
fn whole_run(doc: &Doc, lex: &Lexicon, g: &Guess) -> bool {
    let Some(si) = doc.sentence_at(doc.tokens[g.start].span.start) else { return true };
    let (a, b) = doc.sentences[si].tokens;
    let Some(&(ra, rb)) = regions(doc, a, b).iter().find(|(x, y)| *x <= g.start && g.end <= *y) else { return true };
    let free = |t: usize| {
        let tok = &doc.tokens[t];
        let opens = (a..t).all(|m| doc.tokens[m].kind != TokenKind::Word);
        tok.cap && doc.mention_at_token(t).is_none() && !lex.stopwords.contains(&tok.lower) && !(opens && lex.is_common_word(&tok.lower))
    };
    (ra..g.start).chain(g.end..rb).all(|t| !free(t))
}

/// What the rules know is no name stays none: a guess made only of stopwords, titles,
/// organisation words, event names or abbreviations that are no organisations, or a single
/// common word opening a sentence ("Readers", "Estimates").
fn plausible(doc: &Doc, lex: &Lexicon, g: &Guess) -> bool {
    let words: Vec<usize> = (g.start..g.end).filter(|&t| doc.tokens[t].kind == TokenKind::Word && doc.tokens[t].cap).collect();
    let known_word = |t: usize| {
        let lw = doc.tokens[t].lower.as_str();
        lex.stopwords.contains(lw) || lex.titles.contains_key(lw) || lex.title_modifiers.contains(lw) || lex.not_organisations.contains(lw) || lex.org_words.contains(doc.slice(doc.tokens[t].span)) || lex.peoples.contains(lw)
    };
    if words.is_empty() || words.iter().all(|&t| known_word(t)) || crate::extract::names::ship_name_at(doc, g.start) || crate::extract::names::vehicle_model_before(doc, g.end) || crate::extract::names::in_address(doc, g.start) || crate::extract::names::in_url(doc, g.start)
        || crate::extract::names::DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[g.end - 1].span))
    {
        return false;
    }
    // "of the South Korean puppet military": a country's adjective, whole, names no one (but
    // "the Somali Region" is a region's name)
    let adjective = g.end == g.start + 2 && crate::extract::names::two_word_adjective(doc, lex, g.start).is_some() || g.end == g.start + 1 && lex.country_adjectives.contains_key(&doc.tokens[g.start].lower);
    if adjective && !doc.tokens.get(g.end).is_some_and(|t| crate::extract::names::REGION_WORDS.contains(&t.lower.as_str())) {
        return false;
    }
    // "Valentine's Day", "Labor Day": events, never names here
    if (g.start..g.end).any(|t| lex.holiday_heads.contains(&doc.tokens[t].lower) || crate::extract::names::holiday_cover(doc, lex, t).is_some()) {
        return false;
    }
    if g.end == g.start + 1 {
        let t = g.start;
        let sentence = doc.sentence_at(doc.tokens[t].span.start).map(|s| doc.sentences[s].tokens.0);
        let opens = sentence.is_some_and(|a| (a..t).all(|m| doc.tokens[m].kind != TokenKind::Word));
        let w = doc.slice(doc.tokens[t].span);
        if opens && lex.is_common_word(&doc.tokens[t].lower) || w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return false;
        }
        // ("One Republican threatened", "Americans worried", "Twenty-seven said": no person)
        if g.kind == EntityKind::Person && crate::extract::names::no_name_alone(lex, &doc.tokens[t].lower) && !doc.people_named_in_full(w).next().is_some() {
            return false;
        }
    }
    true
}

/// Whether token `t` lies in a heading in title case ("Plight on the Vexmoor Border"): most
/// of its longer words capitalised.
fn title_case_heading(doc: &Doc, t: usize) -> bool {
    let Some(si) = doc.sentence_at(doc.tokens[t].span.start) else { return false };
    let par = doc.sentences[si].paragraph;
    if !doc.paragraphs[par].heading {
        return false;
    }
    let span = doc.paragraphs[par].span;
    let (mut long, mut caps) = (0, 0);
    let first = doc.tokens.partition_point(|x| x.span.start < span.start);
    for tok in doc.tokens[first..].iter().take_while(|x| x.span.start < span.end).filter(|x| x.kind == TokenKind::Word && x.span.len() >= 4) {
        long += 1;
        caps += usize::from(tok.cap);
    }
    long >= 3 && caps * 4 >= long * 3
}

#[cfg(test)]
mod shape_tests {
    #[test]
    fn ascii_words_take_the_shapes_of_the_char_path() {
        let by_chars = |w: &str| {
            let mut out = String::new();
            let mut last = None;
            for c in w.chars().take(12) {
                let s = if c.is_uppercase() { 'X' } else if c.is_alphabetic() { 'x' } else if c.is_ascii_digit() { 'd' } else { c };
                if last != Some(s) {
                    out.push(s);
                    last = Some(s);
                }
            }
            out
        };
        for w in ["Zelensky", "U.S.", "G20", "McConnell", "30-day", "AAAAAAAAAAAAAAAb", "\u{0}x", "O'Neil", "Łódź", "a"] {
            let mut out = String::new();
            super::shape(w, &mut out);
            assert_eq!(out, by_chars(w), "{w}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn doc(t: &str) -> Doc {
        crate::extract::analyze(Article::new("t", "t", t.to_string()))
    }

    fn words(d: &Doc, a: usize, b: usize) -> String {
        d.slice(Span::new(d.tokens[a].span.start, d.tokens[b - 1].span.end)).to_string()
    }

    /// One list's marks in a vector of their own, as `region_marks` made them before it marked
    /// columns of one vector.
    fn own_marks<T, M: crate::lexicon::Phrases<T>>(d: &Doc, a: usize, b: usize, table: &crate::lexicon::PhraseTable<T, M>) -> Vec<u8> {
        let mut marks = vec![0u8; b - a];
        for k in a..b {
            let Some((e, _)) = crate::extract::names::longest(d, k, b, table).filter(|&(e, _)| e > k + 1) else { continue };
            for m in k..e {
                if marks[m - a] == 0 {
                    marks[m - a] = if m == k { 1 } else { 2 };
                }
            }
        }
        marks
    }

    #[test]
    fn region_marks_are_each_lists_own_marks() {
        let lex = Lexicon::get();
        let d = doc("The World Health Organization met in New York and Buenos Aires with the United Arab Emirates, the European Union and the Bank of England in South Africa.");
        let n = d.tokens.len();
        let mut marked = [false; 3];
        for (a, b) in [(0, n), (1, n), (3, n - 4), (5, 6), (7, 7)] {
            let marks = region_marks(&d, a, b);
            let lists = [own_marks(&d, a, b, &lex.organisations), own_marks(&d, a, b, &lex.place_names), own_marks(&d, a, b, &lex.country_names)];
            assert_eq!(marks.len(), b - a);
            for (i, m) in marks.iter().enumerate() {
                for (c, list) in lists.iter().enumerate() {
                    assert_eq!(m[c], list[i], "region {a}..{b}, token {}, list {c}", a + i);
                    marked[c] |= m[c] != 0;
                }
            }
        }
        assert_eq!(marked, [true; 3]);
    }

    #[test]
    fn capitalised_runs_take_joining_words() {
        let d = doc("Yesterday the Bank of Quarnel and Ann Vesk met in Tolvary.");
        let (a, b) = d.sentences[0].tokens;
        let runs: Vec<String> = regions(&d, a, b).into_iter().map(|(x, y)| words(&d, x, y)).collect();
        assert_eq!(runs, ["Yesterday", "Bank of Quarnel and Ann Vesk", "Tolvary"]);
    }

    #[test]
    fn regions_are_never_more_than_most_regions_says() {
        for t in ["Yesterday the Bank of Quarnel and Ann Vesk met in Tolvary.", "A B C D E F.", "A b C d E f G", "Ann, Bob, Cy and Di met Ed in Fo.", "no capitals here at all", "I"] {
            let d = doc(t);
            for s in &d.sentences {
                let (a, b) = s.tokens;
                assert!(regions(&d, a, b).len() <= most_regions(a, b), "{t}");
            }
            let most: usize = d.sentences.iter().map(|s| most_regions(s.tokens.0, s.tokens.1)).sum();
            assert!(all_regions(&d).len() <= most, "{t}");
        }
        // (every other token a region: the bound is met)
        let d = doc("A b C d E");
        let (a, b) = d.sentences[0].tokens;
        assert_eq!(regions(&d, a, b).len(), 3);
        assert_eq!(most_regions(a, b), 3);
        assert_eq!(most_regions(4, 4), 0);
        assert_eq!(most_regions(4, 5), 1);
    }

    #[test]
    fn shapes() {
        let sh = |w: &str| {
            let mut s = String::new();
            shape(w, &mut s);
            s
        };
        assert_eq!(sh("McAllister"), "XxXx");
        assert_eq!(sh("U.S."), "X.X.");
        assert_eq!(sh("B52"), "Xd");
        assert_eq!(sh("ebay"), "x");
    }

    #[test]
    fn inside_labels_only_continue_their_own_type() {
        assert!(allowed(1, 2) && allowed(2, 2) && !allowed(0, 2) && !allowed(3, 2));
        assert!(allowed(5, 6) && !allowed(1, 6) && allowed(4, 1));
    }

    #[test]
    fn integer_weights_are_read_as_floats_are() {
        for c in ["0", "-0", "1", "-1", "250", "-500", "16777215", "16777217", "-99999999", "1.5", "x", ""] {
            assert_eq!(weight(c).to_bits(), c.parse::<f32>().unwrap_or(0.0).to_bits(), "{c}");
        }
    }

    #[test]
    fn the_model_build_rs_laid_out_is_the_model_parsed() {
        let parsed = Model::parse(include_str!("../../data/ner/tagger.tsv"));
        let compiled = Model::get();
        let Features::Parsed(index) = &parsed.index else { panic!("a parsed model") };
        assert_eq!(compiled.rows.len(), index.len());
        assert_eq!(compiled.o_bias.to_bits(), parsed.o_bias.to_bits());
        for f in index.keys() {
            let bits = |m: &Model| m.weights(f).map(|w| w.map(f32::to_bits));
            assert_eq!(bits(compiled), bits(&parsed), "{f}");
        }
        for f in ["", "pw=", "no such feature", "w=x"] {
            assert_eq!(compiled.weights(f), parsed.weights(f), "{f}");
        }
    }

    #[test]
    fn weights_are_read_scaled_with_the_bias() {
        let m = Model::parse("# comment\n#o_bias\t2.5\nw=x\t1000\t-500\t0\t0\t0\t0\t250\n");
        assert_eq!(m.o_bias, 2.5);
        assert_eq!(m.weights("w=x"), Some(&[1.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.25]));
        // the shipped model loads
        assert!(Model::get().rows.len() > 1000);
    }

    #[test]
    fn the_memo_of_rows_scores_as_the_feature_strings_do() {
        // every token of every capitalised run, after every pair of labels, with the shipped
        // model: the same scores to the bit, from a fresh memo and from a filled one
        let model = Model::get();
        let mut memo = rows::Memo::new();
        let mut buf = String::new();
        for entry in std::fs::read_dir("examples/articles").unwrap() {
            let d = doc(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
            memo.start(model);
            for s in &d.sentences {
                let (a, b) = s.tokens;
                for (ra, rb) in regions(&d, a, b) {
                    let marks = region_marks(&d, ra, rb);
                    let lo = ra.saturating_sub(2).max(a);
                    let ids: Vec<u32> = (lo..(rb + 2).min(b)).map(|m| memo.word(&d, model, m)).collect();
                    for t in ra..rb {
                        for (p1, p2) in (0..7).flat_map(|p1| (0..7).map(move |p2| (p1, p2))) {
                            let mut by_strings = [0f32; 7];
                            features(&d, a, b, ra, rb, t, &marks, &mut |f| model.add(&mut by_strings, f));
                            label_features(p1, p2, &mut buf, &mut |f| model.add(&mut by_strings, f));
                            let mut sh = String::new();
                            shape(d.slice(d.tokens[t].span), &mut sh);
                            label_shape_features(p1, &sh, &mut buf, &mut |f| model.add(&mut by_strings, f));
                            let mut by_rows = [0f32; 7];
                            memo.add_features(&d, model, (a, b), (ra, rb), t, marks[t - ra], (lo, &ids), &mut by_rows);
                            memo.add_label_features(model, p1, p2, (t - lo, &ids), &mut by_rows);
                            assert_eq!(by_rows.map(f32::to_bits), by_strings.map(f32::to_bits), "{:?} after {p1} {p2}", d.slice(d.tokens[t].span));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_toy_model_tags_a_run_greedily() {
        // B-PER after "met", I-PER after B-PER: "Qelvo Brannix" is one person
        let m = Model::parse("pw=met\t0\t5000\t0\t0\t0\t0\t0\nt1=B-PER\t0\t0\t5000\t0\t0\t0\t0\n");
        let d = doc("Yesterday we met Qelvo Brannix in the park.");
        let g = tag_with(&d, &m);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!((words(&d, g[0].start, g[0].end).as_str(), g[0].kind), ("Qelvo Brannix", EntityKind::Person));
        assert!((g[0].margin - 5.0).abs() < 1e-6);
        // the same text, the same guesses
        assert_eq!(format!("{:?}", tag_with(&d, &m)), format!("{g:?}"));
    }

    #[test]
    fn stopwords_and_sentence_initial_common_words_are_no_guesses() {
        let d = doc("Readers wrote to The Times about Ilsa Vorn.");
        let g = |s: usize, e: usize| Guess { start: s, end: e, kind: EntityKind::Person, margin: 99.0 };
        assert!(!plausible(&d, Lexicon::get(), &g(0, 1)), "sentence-initial common word");
        let the = d.tokens.iter().position(|t| t.lower == "the").unwrap();
        assert!(!plausible(&d, Lexicon::get(), &g(the, the + 1)), "stopword");
        let ilsa = d.tokens.iter().position(|t| t.lower == "ilsa").unwrap();
        assert!(plausible(&d, Lexicon::get(), &g(ilsa, ilsa + 2)));
    }

    #[test]
    fn a_guess_takes_its_whole_run() {
        let d = doc("Yesterday I emailed Quentara Tolvik about it.");
        let q = d.tokens.iter().position(|t| t.lower == "quentara").unwrap();
        let g = |s: usize, e: usize| Guess { start: s, end: e, kind: EntityKind::Person, margin: 99.0 };
        assert!(!whole_run(&d, Lexicon::get(), &g(q, q + 1)), "a cut name");
        assert!(whole_run(&d, Lexicon::get(), &g(q, q + 2)));
        // a common word opening the sentence may stay outside: "Yesterday Brannock …"
        let d = doc("Yesterday Brannock Falls flooded.");
        assert!(whole_run(&d, Lexicon::get(), &g(1, 3)));
    }

    #[test]
    fn guesses_become_mentions_where_the_rules_found_none() {
        // a toy model: B-LOC after "the", B-ORG after "at", B-PER after "met"
        let m = Model::parse("pw=the\t0\t0\t0\t0\t0\t9000\t0\npw=at\t0\t0\t0\t9000\t0\t0\t0\npw=met\t0\t9000\t0\t0\t0\t0\t0\n");
        let mut d = crate::extract::analyze_names_for_test("They crossed the Vexmoor region. She works at Quillmart. We met Tolvane today.");
        add_guessed_names_with(&mut d, &m);
        let got: Vec<(String, EntityKind)> = d.mentions.iter().map(|x| (d.slice(x.span).to_string(), d.entities[x.entity].kind)).collect();
        // a place before a region word takes it, as the rules do
        assert!(got.contains(&("Vexmoor region".to_string(), EntityKind::Place)), "{got:?}");
        assert!(got.contains(&("Quillmart".to_string(), EntityKind::Organization)), "{got:?}");
        assert!(got.contains(&("Tolvane".to_string(), EntityKind::Person)), "{got:?}");
        // below the margin, nothing
        let weak = Model::parse("pw=met\t0\t7000\t0\t0\t0\t0\t0\n");
        let mut d = crate::extract::analyze_names_for_test("We met Tolvane today.");
        add_guessed_names_with(&mut d, &weak);
        assert!(d.mentions.is_empty());
    }

    #[test]
    fn title_case_headlines_are_left_alone() {
        let d = doc("Vexmoor Plight on the Quarnel Border\n\nThe talks went on for hours in the city.\n");
        assert!(title_case_heading(&d, 0));
        let talks = d.tokens.iter().position(|t| t.lower == "talks").unwrap();
        assert!(!title_case_heading(&d, talks));
    }
}
