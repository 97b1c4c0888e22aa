//! The tagger's features as rows of its weights, kept per word. Most of a token's features
//! depend only on its own word or on a word beside it, and the same words come back (a
//! name at each mention, "said" after many): each word's rows are found once per thread,
//! by the same feature blocks `features` emits, and then added in `features`' order, so
//! the scores are the same to the bit as those of the feature strings, without building
//! and hashing ~40 strings and making ~25 lexicon lookups per tagged token.

use super::{
    first_features, first_word, label_features, label_shape_features, lexicon_as_next, lexicon_as_prev, lexicon_as_run_end, lexicon_features, mark_features, own_features, run_features, shape,
    shape_as_next, shape_as_prev, shouted, word_as_next, word_as_next2, word_as_prev, word_as_prev2, Model, LABELS,
};
use crate::lexicon::Lexicon;
use crate::model::Doc;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Words kept at most per thread before the memo starts again (~300 bytes each: 10 MB).
const MAX_WORDS: usize = 1 << 15;

/// The rows of one word's feature blocks, as ranges of `Memo::rows`.
struct WordRows {
    own: Range<u32>,
    first: Range<u32>,
    prev: Range<u32>,
    prev2: Range<u32>,
    next: Range<u32>,
    next2: Range<u32>,
    shape_prev: Range<u32>,
    shape_next: Range<u32>,
    lexicon: Range<u32>,
    lexicon_prev: Range<u32>,
    lexicon_next: Range<u32>,
    run_end: Range<u32>,
    /// With each label of the token before.
    label_shape: [Range<u32>; LABELS.len()],
}

/// Each word (as written) seen by the tagger on this thread, with its rows.
pub(super) struct Memo {
    /// The model the rows are of (`Model::id`).
    model: Option<u64>,
    words: FxHashMap<Box<str>, u32>,
    entries: Vec<WordRows>,
    /// The rows of the two labels before a token, by (last, one before).
    labels: Vec<Range<u32>>,
    /// The rows of the places in a capitalised run, by (the run's length, the token's place).
    runs: FxHashMap<(usize, usize), Range<u32>>,
    rows: Vec<u32>,
    buf: String,
    shape: String,
}

impl Memo {
    pub(super) const fn new() -> Memo {
        Memo { model: None, words: FxHashMap::with_hasher(rustc_hash::FxBuildHasher), entries: Vec::new(), labels: Vec::new(), runs: FxHashMap::with_hasher(rustc_hash::FxBuildHasher), rows: Vec::new(), buf: String::new(), shape: String::new() }
    }

    /// Ready for a document tagged with `model`: emptied if it was filled for another model
    /// or has grown too large.
    pub(super) fn start(&mut self, model: &Model) {
        if self.model != Some(model.id) || self.entries.len() > MAX_WORDS {
            self.words.clear();
            self.entries.clear();
            self.runs.clear();
            self.rows.clear();
            self.model = Some(model.id);
            let Memo { labels, rows, buf, .. } = self;
            labels.clear();
            for p1 in 0..LABELS.len() {
                for p2 in 0..LABELS.len() {
                    let start = rows.len() as u32;
                    label_features(p1, p2, buf, &mut |f| rows.extend(model.row(f)));
                    labels.push(start..rows.len() as u32);
                }
            }
        }
    }

    /// The entry of token `m`'s word, found or made.
    pub(super) fn word(&mut self, doc: &Doc, model: &Model, m: usize) -> u32 {
        let tok = &doc.tokens[m];
        let w = doc.slice(tok.span);
        if let Some(&e) = self.words.get(w) {
            return e;
        }
        // (the token's lower-case form and capital are functions of its text: see `tokenize`)
        let (lw, cap) = (tok.lower.as_str(), tok.cap);
        let lex = Lexicon::get();
        let Memo { rows, buf, shape: s, .. } = self;
        s.clear();
        shape(w, s);
        let mut block = |f: &mut dyn FnMut(&mut dyn FnMut(&str))| {
            let start = rows.len() as u32;
            f(&mut |feature| rows.extend(model.row(feature)));
            start..rows.len() as u32
        };
        let entry = WordRows {
            own: block(&mut |e| own_features(lw, s, buf, e)),
            first: block(&mut |e| first_features(s, buf, e)),
            prev: block(&mut |e| word_as_prev(lw, buf, e)),
            prev2: block(&mut |e| word_as_prev2(lw, buf, e)),
            next: block(&mut |e| word_as_next(lw, buf, e)),
            next2: block(&mut |e| word_as_next2(lw, buf, e)),
            shape_prev: block(&mut |e| shape_as_prev(s, buf, e)),
            shape_next: block(&mut |e| shape_as_next(s, buf, e)),
            lexicon: block(&mut |e| lexicon_features(lex, w, lw, buf, e)),
            lexicon_prev: block(&mut |e| lexicon_as_prev(lex, cap, lw, e)),
            lexicon_next: block(&mut |e| lexicon_as_next(lex, w, cap, lw, e)),
            run_end: block(&mut |e| lexicon_as_run_end(lex, w, e)),
            label_shape: std::array::from_fn(|p1| block(&mut |e| label_shape_features(p1, s, buf, e))),
        };
        let e = self.entries.len() as u32;
        self.entries.push(entry);
        self.words.insert(w.into(), e);
        e
    }

    /// Adds to `sc` the weights of the static features of token `t` in region `ra..rb` of
    /// sentence `a..b`, in the order of `features`. `ids` are the entries of the words
    /// `lo..` (`word`), from two before the region to two after it, within the sentence.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn add_features(&mut self, doc: &Doc, model: &Model, (a, b): (usize, usize), (ra, rb): (usize, usize), t: usize, marks: [u8; 3], (lo, ids): (usize, &[u32]), sc: &mut [f32; 7]) {
        let Memo { entries, runs, rows, buf, .. } = self;
        let e = |m: usize| &entries[ids[m - lo] as usize];
        macro_rules! add {
            ($rows:expr) => {
                for &row in &rows[$rows.start as usize..$rows.end as usize] {
                    model.add_row(sc, row);
                }
            };
        }
        // (the features of no single word are looked up by name: a few per token)
        macro_rules! name {
            ($feature:expr) => {
                model.add(sc, $feature)
            };
        }
        name!("b");
        add!(e(t).own);
        if first_word(doc, a, t) {
            name!("first");
            add!(e(t).first);
        }
        if shouted(doc, a, b, t) {
            name!("shout");
        }
        if t > a {
            add!(e(t - 1).prev);
        } else {
            name!("pw=<s>");
        }
        if t > a + 1 {
            add!(e(t - 2).prev2);
        } else {
            name!("pw2=<s>");
        }
        if t + 1 < b {
            add!(e(t + 1).next);
        } else {
            name!("nw=</s>");
        }
        if t + 2 < b {
            add!(e(t + 2).next2);
        } else {
            name!("nw2=</s>");
        }
        if t > a {
            add!(e(t - 1).shape_prev);
        }
        if t + 1 < b {
            add!(e(t + 1).shape_next);
        }
        let run = runs.entry((rb - ra, t - ra)).or_insert_with(|| {
            let start = rows.len() as u32;
            run_features(ra, rb, t, buf, &mut |f| rows.extend(model.row(f)));
            start..rows.len() as u32
        });
        add!(run.clone());
        add!(e(t).lexicon);
        if t > a {
            add!(e(t - 1).lexicon_prev);
        }
        if t + 1 < b {
            add!(e(t + 1).lexicon_next);
        }
        if rb - 1 != t {
            add!(e(rb - 1).run_end);
        }
        mark_features(marks, buf, &mut |f| model.add(sc, f));
    }

    /// Adds to `sc` the weights of the label features of a token (`label_features`): `p1`
    /// the label of the token before, `p2` of the one before that; `at` the token's place
    /// in `ids` (`add_features`).
    pub(super) fn add_label_features(&self, model: &Model, p1: usize, p2: usize, (at, ids): (usize, &[u32]), sc: &mut [f32; 7]) {
        let label_shape = &self.entries[ids[at] as usize].label_shape[p1];
        for r in [&self.labels[p1 * LABELS.len() + p2], label_shape] {
            for &row in &self.rows[r.start as usize..r.end as usize] {
                model.add_row(sc, row);
            }
        }
    }
}
