//! Cues of several words ("posted on X", "put it", "went on") and when they say nothing.

use super::*;

/// The multi-word cue that opens at word `t` (`tok`), its words all there: `Some` of its
/// answer (`Some(None)` where it says nothing here), `None` where no multi-word cue opens at
/// `t` and the single-word table is asked.
#[inline(always)]
pub(super) fn multiword_cue(doc: &Doc, lex: &Lexicon, t: usize, tok: &Token) -> Option<Option<Found>> {
    for (words, cue) in lex.multiword_cues.get(&tok.lower).into_iter().flatten() {
        if words.iter().enumerate().skip(1).all(|(i, w)| doc.tokens.get(t + i).is_some_and(|x| &x.lower == w)) {
            let e = t + words.len();
            if referring_after_quote(doc, t, tok, cue) || put_it_as_deed(doc, cue, e) || went_on_as_deed(doc, t, cue, e) {
                return Some(None);
            }
            return Some(Some((cue.lemma, cue.class, cue.takes_object, e)));
        }
    }
    None
}

/// "“…,” X said, referring to the riots": what the quote meant, no statement of its own.
#[inline(always)]
fn referring_after_quote(doc: &Doc, t: usize, tok: &Token, cue: &Cue) -> bool {
    cue.lemma == "refer to" && tok.lower == "referring" && t > 0 && doc.tokens[t - 1].lower == ","
}

/// "putting it to rest", "put it on hold": a particle after "put it" (the cue ending before
/// `e`) makes a deed ("as she put it in a statement", "put it to reporters" stay speech).
#[inline(always)]
fn put_it_as_deed(doc: &Doc, cue: &Cue, e: usize) -> bool {
    let after = |k: usize| doc.tokens.get(e + k).map_or("", |x| x.lower.as_str());
    cue.lemma == "put it"
        && (matches!(after(0), "on" | "into" | "down" | "off" | "back" | "up" | "out" | "away" | "aside" | "together" | "forward" | "through" | "behind" | "under" | "over")
            || after(0) == "to" && matches!(after(1), "rest" | "bed" | "use" | "work" | "sleep" | "death"))
}

/// "went on" speaks only as "continued" does, by a quote ("The cost, he went on, “…”",
/// "“…,” she went on."), never in "went on strike", "went on to win".
#[inline(always)]
fn went_on_as_deed(doc: &Doc, t: usize, cue: &Cue, e: usize) -> bool {
    cue.lemma == "go on" && !goes_on_quoting(doc, t, e)
}
