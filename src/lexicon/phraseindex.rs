// The index of a phrase table's first words (see `PhraseTable` in `phrases.rs`), shared by
// `phrases.rs` (which indexes the tables built at start-up) and `build.rs` (which indexes the
// gazetteer's 95,000 names at build time: 15 M instructions at every start). Included in both
// with `include!`; `signature`, `key_hash` and `first_slot` must be in scope.

/// A phrase table's index (the fields of `PhraseTable` of the same names).
#[allow(dead_code)]
struct PhraseIndex {
    /// Slot of a first word's hash (`first_word_slot`) → the most tokens a phrase starting with
    /// a word of that slot spans (0: none).
    first: Vec<u8>,
    /// A bit per `signature` of the first words (1,024 words of 64 bits).
    first_signatures: Vec<u64>,
    /// A bit per `signature` of the whole phrases.
    phrase_signatures: Vec<u64>,
}

/// The index of the distinct phrases `phrases` (`n` of them).
#[allow(dead_code)]
fn phrase_index<'a>(phrases: impl Iterator<Item = &'a str>, n: usize) -> PhraseIndex {
    let mut first = vec![0u8; (n * 8).next_power_of_two().max(1024)];
    let mut first_signatures = vec![0u64; 1024];
    let mut phrase_signatures = vec![0u64; 1024];
    fn set(bits: &mut [u64], word: &str) {
        let sig = signature(word);
        bits[sig / 64] |= 1 << (sig % 64);
    }
    for phrase in phrases {
        set(&mut phrase_signatures, phrase);
        // the tokenizer splits a possessive off the word before it: one token more (an
        // over-count only makes a scan look one token further)
        let spanned = |w: &[u8]| 1 + usize::from(w.len() > 2 && w.ends_with(b"'s"));
        // (the words cut once, on bytes, the first of them the head: 90,000 phrases at
        // every start, and a second scan for the head cost 2 M instructions)
        let mut words = phrase.as_bytes().split(|&b| b == b' ');
        let head = &phrase[..words.next().map_or(0, <[u8]>::len)];
        let tokens = spanned(head.as_bytes()) + words.map(spanned).sum::<usize>();
        // (at most 255: a scan looks six tokens ahead at most)
        let tokens = u8::try_from(tokens).unwrap_or(u8::MAX);
        let mut mark = |h: &str| {
            let slot = first_word_slot(h, first.len());
            let max = &mut first[slot];
            *max = (*max).max(tokens);
            set(&mut first_signatures, h);
        };
        mark(head);
        // (a closure called twice, not a loop over the two: the loop's `flatten` cost
        // 2.5 M instructions at every start)
        if let Some(h) = head.strip_suffix("'s").filter(|h| !h.is_empty()) {
            mark(h);
        }
    }
    PhraseIndex { first, first_signatures, phrase_signatures }
}

/// The slot of a first word in an index of `slots` slots (a power of two).
#[inline]
fn first_word_slot(word: &str, slots: usize) -> usize {
    first_slot(key_hash(word.as_bytes()), slots)
}
