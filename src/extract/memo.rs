//! Answers of a few pure rules kept while one document is only read.
//!
//! `find_statements` and `find_demands` ask the same questions again and again (the cue at
//! a word, the subject ending before a cue, the actor a pronoun stands for: about one call
//! in six to two in five is one asked before with the same arguments). Each of those rules
//! reads only the `Doc`, the `Ctx` and its arguments, so while neither changes the answer is
//! the same. A [`Scope`] borrows both for as long as it lives, so the borrow checker refuses
//! any change to the document inside it; the kept answers are dropped with it. Outside a
//! scope (and for any other document or context) every call works its answer out as before.
//!
//! A rule kept here must stay a function of the document, the context and its arguments
//! (no state of its own); a rule that is not needs no change here, only to be asked outside.

use std::cell::RefCell;

use rustc_hash::{FxHashMap, FxHashSet};

use super::np::{Ctx, Np};
use crate::lexicon::CueClass;
use crate::model::Doc;

/// `statements::cue_at`'s answer: (lemma, class, takes an object, end token).
type Cue = Option<(&'static str, CueClass, bool, usize)>;

#[derive(Default)]
struct Memo {
    /// The addresses of the document and context the answers are for (0: none).
    doc: usize,
    ctx: usize,
    /// Per token: the cue there, once asked.
    cues: Vec<Option<Cue>>,
    /// `np::subject_before_ending` by (t, lo, quoted): its `se`, when given, is what it
    /// works out itself when not (`subject_end(doc, t, lo)`), so the answer is the same either
    /// way and the callers that pass it share answers with those that do not.
    subjects: FxHashMap<(usize, usize, bool), Option<Np>>,
    /// `np::resolve_referent` by (t, exclude, person, want_gender).
    referents: FxHashMap<(usize, Option<usize>, bool, Option<char>), Option<usize>>,
    /// `np::bodies::org_head_words`, once asked.
    org_words: Option<FxHashSet<String>>,
    /// `resolve::main_country`, once asked (see [`main_country`]).
    main_country: Option<Option<String>>,
    /// Counts the scopes opened on this thread: which one a [`Suspended`] answer set is of.
    generation: u64,
    /// While suspended: the document and context the kept answers are for (0: none).
    suspended: (usize, usize),
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

fn addr<T>(x: &T) -> usize {
    x as *const T as usize
}

/// While alive, answers for `doc` and `ctx` are kept (see the module's comment).
pub struct Scope<'a> {
    doc: &'a Doc,
    ctx: &'a Ctx,
    generation: u64,
}

/// The answers of a scope closed with [`Scope::suspend`], kept (and asked by no one) until
/// [`Scope::resume`] opens a scope on them again; any scope opened in between drops them.
pub struct Suspended {
    generation: u64,
}

impl<'a> Scope<'a> {
    pub fn open(doc: &'a Doc, ctx: &'a Ctx) -> Scope<'a> {
        let generation = MEMO.with_borrow_mut(|m| {
            m.generation += 1;
            m.suspended = (0, 0);
            m.doc = addr(doc);
            m.ctx = addr(ctx);
            m.cues.clear();
            m.cues.resize(doc.tokens.len(), None);
            m.subjects.clear();
            m.referents.clear();
            m.org_words = None;
            m.main_country = None;
            m.generation
        });
        Scope { doc, ctx, generation }
    }

    /// Closes the scope keeping its answers for [`Scope::resume`] on the same document and
    /// context. The caller vouches that what it changes in the document before resuming is
    /// read by none of the kept rules (`find_statements` only sets `doc.statements`, which
    /// `cue_at_word`, `subject_worked`, `referent_worked`, `org_head_words` and all they call
    /// never read: only `demands`' own rules do, and those are asked by none of them).
    pub fn suspend(self) -> Suspended {
        let generation = self.generation;
        let (d, c) = (addr(self.doc), addr(self.ctx));
        MEMO.with_borrow_mut(|m| {
            if m.generation == generation && m.doc == d && m.ctx == c {
                m.doc = 0;
                m.ctx = 0;
                m.suspended = (d, c);
            }
        });
        std::mem::forget(self);
        Suspended { generation }
    }

    /// A scope on `doc` and `ctx` with the answers `kept` from [`Scope::suspend`], when no
    /// other scope has been opened since and they are for the same document and context; else
    /// a fresh one.
    pub fn resume(doc: &'a Doc, ctx: &'a Ctx, kept: Suspended) -> Scope<'a> {
        let (d, c) = (addr(doc), addr(ctx));
        let resumed = MEMO.with_borrow_mut(|m| {
            let ok = m.generation == kept.generation && m.suspended == (d, c) && m.doc == 0 && m.cues.len() == doc.tokens.len();
            if ok {
                m.suspended = (0, 0);
                m.doc = d;
                m.ctx = c;
            }
            ok
        });
        if resumed {
            Scope { doc, ctx, generation: kept.generation }
        } else {
            Scope::open(doc, ctx)
        }
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        // (a scope opened inside this one, on another document, has taken the memo over: it
        // is cleared then, and nothing is kept for this one any more)
        MEMO.with_borrow_mut(|m| {
            if m.generation == self.generation && m.doc == addr(self.doc) && m.ctx == addr(self.ctx) {
                m.doc = 0;
                m.ctx = 0;
                m.cues.clear();
                m.subjects.clear();
                m.referents.clear();
                m.org_words = None;
                m.main_country = None;
            }
        });
    }
}

/// The cue at token `t` (`work` finds it).
pub(crate) fn cue(doc: &Doc, t: usize, work: impl FnOnce() -> Cue) -> Cue {
    let d = addr(doc);
    if let Some(c) = MEMO.with_borrow(|m| if m.doc == d { m.cues.get(t).copied().flatten() } else { None }) {
        return c;
    }
    let c = work();
    MEMO.with_borrow_mut(|m| {
        if m.doc == d {
            if let Some(x) = m.cues.get_mut(t) {
                *x = Some(c);
            }
        }
    });
    c
}

/// Whether `word` is one of `np::bodies::org_head_words(doc)` (`work` gives them at the
/// first question), while a scope for `doc` is open; `None` outside one.
pub(crate) fn org_head_word(doc: &Doc, word: &str, work: impl FnOnce() -> FxHashSet<String>) -> Option<bool> {
    let d = addr(doc);
    match MEMO.with_borrow(|m| (m.doc == d).then(|| m.org_words.as_ref().map(|w| w.contains(word)))) {
        None => None,
        Some(Some(found)) => Some(found),
        // (not borrowed while working, as in `kept`)
        Some(None) => {
            let words = work();
            let found = words.contains(word);
            MEMO.with_borrow_mut(|m| {
                if m.doc == d {
                    m.org_words = Some(words);
                }
            });
            Some(found)
        }
    }
}

/// `resolve::main_country(doc)` (`work` works it out), kept while a scope for `doc` is open.
/// It reads the mentions and entities (which a scope keeps from changing) and counts every
/// mention of a place each time: `settle::home_government` (through `offices::home_country`)
/// and `settle::state_spoken_for` asked it of the same document, as the demands' rules may
/// (the second ask ~1.2 M instructions per 200 articles). Outside a scope it is worked out at
/// every call.
pub(crate) fn main_country(doc: &Doc, work: impl FnOnce() -> Option<String>) -> Option<String> {
    let d = addr(doc);
    if let Some(c) = MEMO.with_borrow(|m| if m.doc == d { m.main_country.clone() } else { None }) {
        return c;
    }
    // (not borrowed while working, as in `kept`)
    let c = work();
    MEMO.with_borrow_mut(|m| {
        if m.doc == d {
            m.main_country = Some(c.clone());
        }
    });
    c
}

/// `np::subject_before_ending(doc, ctx, t, lo, quoted, _)` (`work` works it out).
pub(crate) fn subject(doc: &Doc, ctx: &Ctx, key: (usize, usize, bool), work: impl FnOnce() -> Option<Np>) -> Option<Np> {
    kept(doc, ctx, |m| &mut m.subjects, key, work)
}

/// `np::resolve_referent(doc, ctx, t, exclude, person, want_gender)`.
pub(crate) fn referent(doc: &Doc, ctx: &Ctx, key: (usize, Option<usize>, bool, Option<char>), work: impl FnOnce() -> Option<usize>) -> Option<usize> {
    kept(doc, ctx, |m| &mut m.referents, key, work)
}

/// The answer kept in the table `table` picks for `key` while a scope for `doc` and `ctx` is
/// open, else `work`'s (kept for the next call).
fn kept<K: std::hash::Hash + Eq, V: Clone>(doc: &Doc, ctx: &Ctx, table: impl Fn(&mut Memo) -> &mut FxHashMap<K, V>, key: K, work: impl FnOnce() -> V) -> V {
    let (d, c) = (addr(doc), addr(ctx));
    if let Some(v) = MEMO.with_borrow_mut(|m| if m.doc == d && m.ctx == c { table(m).get(&key).cloned() } else { None }) {
        return v;
    }
    // (not borrowed while working: the rules ask for other answers)
    let v = work();
    MEMO.with_borrow_mut(|m| {
        if m.doc == d && m.ctx == c {
            table(m).insert(key, v.clone());
        }
    });
    v
}
