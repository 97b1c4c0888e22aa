//! A table of lower-case phrases ("secretary of state", "people's republic of china") with
//! an index of their first words, so a longest-match scan can give up at the first token
//! when no phrase starts there (most tokens: the scan runs at every token of every name run).

use super::wordset::{signature, Signature, Signatures, WordMap};
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};
use std::borrow::Borrow;
use std::hash::{BuildHasher, Hash};
use std::ops::Deref;

/// (Keyed by `String`s, or by `&'static str` slices of text compiled into the binary: `K`.)
pub struct PhraseTable<T, K = String> {
    /// The phrases (a bit per signature of them turns most words asked about away).
    map: WordMap<T, K>,
    /// Hash of a first word (also with a joined possessive cut off: "people's" → "people")
    /// → the most tokens a phrase starting with it spans (0: none), in a table of slots
    /// indexed by the hash's low bits, each slot the most of all words hashed to it, eight
    /// or more slots per word. Hashes, not words: building it allocates nothing, a lookup
    /// is one read of a byte (the hash map it replaced missed the cache for the gazetteer's
    /// 100,000 names), and a collision only makes a scan look further than it must, where
    /// no phrase of the table can match (a phrase spans no more tokens than counted here).
    first: Box<[u8]>,
    /// A bit per `signature` of the first words in `first`: most words start no phrase of a
    /// table, and a clear bit says so without hashing the word (the scan asks at every
    /// word of every run, for several tables).
    signatures: Box<[u64; 1024]>,
}

impl<T, K: Borrow<str> + Hash + Eq> PhraseTable<T, K> {
    #[inline]
    pub fn get(&self, phrase: &str) -> Option<&T> {
        self.map.get(phrase)
    }

    #[inline]
    pub fn contains_key(&self, phrase: &str) -> bool {
        self.get(phrase).is_some()
    }

    /// False when no phrase starts with a word of signature `sig` ([`Signature::of`]): the
    /// first test of `max_tokens_from`, alone (it is `None` then).
    #[inline]
    pub fn may_start_signed(&self, sig: Signature) -> bool {
        let sig = sig.0;
        self.signatures[(sig / 64) & 1023] & 1 << (sig % 64) != 0
    }

    /// The most tokens a phrase starting with the lower-case word `word` spans, or `None`
    /// when no phrase starts with it.
    #[inline]
    pub fn max_tokens_from(&self, word: &str) -> Option<usize> {
        self.max_tokens_from_signed(word, Signature::of(word))
    }

    /// `max_tokens_from` of a word whose signature `sig` ([`Signature::of`]) is known.
    #[inline]
    pub fn max_tokens_from_signed(&self, word: &str, sig: Signature) -> Option<usize> {
        if !self.may_start_signed(sig) {
            return None;
        }
        let most = self.first[slot(FxBuildHasher.hash_one(word), self.first.len())];
        (most > 0).then_some(usize::from(most))
    }
}

/// The slot of a hash in a table of `slots` slots, a power of two.
#[inline]
fn slot(hash: u64, slots: usize) -> usize {
    hash as usize & (slots - 1)
}

impl<T, K: Borrow<str>> From<HashMap<K, T>> for PhraseTable<T, K> {
    fn from(map: HashMap<K, T>) -> Self {
        let mut first = vec![0u8; (map.len() * 8).next_power_of_two().max(1024)].into_boxed_slice();
        let mut signatures = Box::new([0u64; 1024]);
        // (the whole phrases' signatures for the `WordMap`, in the same pass over the keys)
        let mut phrase_signatures = Signatures::of(std::iter::empty());
        for phrase in map.keys() {
            let phrase: &str = phrase.borrow();
            phrase_signatures.add(phrase);
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
                let max = &mut first[slot(FxBuildHasher.hash_one(h), first.len())];
                *max = (*max).max(tokens);
                let sig = signature(h);
                signatures[sig / 64] |= 1 << (sig % 64);
            };
            mark(head);
            // (a closure called twice, not a loop over the two: the loop's `flatten` cost
            // 2.5 M instructions at every start)
            if let Some(h) = head.strip_suffix("'s").filter(|h| !h.is_empty()) {
                mark(h);
            }
        }
        PhraseTable { map: WordMap::with_signatures(map, phrase_signatures), first, signatures }
    }
}

impl<T> FromIterator<(String, T)> for PhraseTable<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        iter.into_iter().collect::<HashMap<_, _>>().into()
    }
}

impl<T, K> Deref for PhraseTable<T, K> {
    type Target = HashMap<K, T>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_count_split_possessives() {
        let t: PhraseTable<()> =
            ["secretary of state", "secretary", "people's republic of china", "valentine 's day"].into_iter().map(|p| (p.to_string(), ())).collect();
        assert_eq!(t.max_tokens_from("secretary"), Some(3));
        assert_eq!(t.max_tokens_from("people"), Some(5));
        assert_eq!(t.max_tokens_from("valentine"), Some(3));
        assert_eq!(t.max_tokens_from("state"), None);
        assert_eq!(t.max_tokens_from("secretariat"), None);
        assert_eq!(t.max_tokens_from(""), None);
        assert!(t.contains_key("secretary of state"));
    }
}
