//! A table of lower-case phrases ("secretary of state", "people's republic of china") with
//! an index of their first words, so a longest-match scan can give up at the first token
//! when no phrase starts there (most tokens: the scan runs at every token of every name run).

use super::table::{first_slot, key_hash, StaticTable};
use super::wordset::{signature, Signature, Signatures, StaticWordMap, WordMap};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Borrow;
use std::hash::Hash;
use std::marker::PhantomData;
use std::ops::Deref;

/// What a phrase table keeps its phrases in: a `WordMap` built at start-up (keyed by
/// `String`s, or by `&'static str` slices of text compiled into the binary), or a
/// `StaticWordMap` that `build.rs` laid out (the gazetteer's names).
pub trait Phrases<T> {
    fn get(&self, phrase: &str) -> Option<&T>;
}

impl<T, K: Borrow<str> + Hash + Eq> Phrases<T> for WordMap<T, K> {
    #[inline]
    fn get(&self, phrase: &str) -> Option<&T> {
        WordMap::get(self, phrase)
    }
}

impl<T> Phrases<T> for StaticWordMap<T> {
    #[inline]
    fn get(&self, phrase: &str) -> Option<&T> {
        StaticWordMap::get(self, phrase)
    }
}

pub struct PhraseTable<T, M = WordMap<T>> {
    /// The phrases (a bit per signature of them turns most words asked about away).
    map: M,
    /// Hash of a first word (also with a joined possessive cut off: "people's" → "people")
    /// → the most tokens a phrase starting with it spans (0: none), in a table of slots
    /// indexed by the hash's top bits (`first_word_slot`), each slot the most of all words
    /// hashed to it, eight or more slots per word. Hashes, not words: building it allocates
    /// nothing, a lookup is one read of a byte (the hash map it replaced missed the cache for
    /// the gazetteer's 100,000 names), and a collision only makes a scan look further than it
    /// must, where no phrase of the table can match (a phrase spans no more tokens than
    /// counted here).
    first: Box<[u8]>,
    /// A bit per `signature` of the first words in `first`: most words start no phrase of a
    /// table, and a clear bit says so without hashing the word (the scan asks at every
    /// word of every run, for several tables).
    signatures: Box<[u64; 1024]>,
    values: PhantomData<T>,
}

impl<T, M: Phrases<T>> PhraseTable<T, M> {
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

    /// The bits of the first words' signatures `64 * block .. 64 * block + 64` (the lowest bit
    /// the first): what `may_start_signed` tests, 64 at a time, for a table built once over
    /// every signature.
    pub fn signature_block(&self, block: usize) -> u64 {
        self.signatures[block & 1023]
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
        let most = self.first[first_word_slot(word, self.first.len())];
        (most > 0).then_some(usize::from(most))
    }
}

impl<T, M> PhraseTable<T, M> {
    /// The table of the phrases in `map` (which holds their signatures already) and the
    /// index of their first words (`PhraseIndex`).
    fn with_index(map: M, first: Vec<u8>, first_signatures: Vec<u64>) -> Self {
        PhraseTable { map, first: first.into_boxed_slice(), signatures: bits(first_signatures), values: PhantomData }
    }

    /// The index: `first` and the first words' signatures (for a test that holds the index
    /// `build.rs` made to the one made at start-up).
    #[cfg(test)]
    pub(super) fn index(&self) -> (&[u8], &[u64; 1024]) {
        (&self.first, &self.signatures)
    }
}

impl<T> PhraseTable<T, StaticWordMap<T>> {
    /// The table of `map`, a static table `build.rs` laid out, with the index `build.rs`
    /// made of its phrases (`phrase_index`): `first`, `first_signatures` and
    /// `phrase_signatures` as bytes (the signatures little-endian `u64`s).
    pub(super) fn from_static(map: StaticTable<T>, first: &[u8], first_signatures: &[u8], phrase_signatures: &[u8]) -> Self {
        let words = |bytes: &[u8]| bytes.chunks_exact(8).map(|w| u64::from_le_bytes(w.try_into().expect("eight bytes"))).collect::<Vec<u64>>();
        let map = StaticWordMap::with_signatures(map, Signatures::from_bits(bits(words(phrase_signatures))));
        PhraseTable::with_index(map, first.to_vec(), words(first_signatures))
    }
}

/// A bit per signature: 1,024 words of 64 bits.
fn bits(words: Vec<u64>) -> Box<[u64; 1024]> {
    words.into_boxed_slice().try_into().expect("1,024 words of signature bits")
}

impl<T, K: Borrow<str>> From<HashMap<K, T>> for PhraseTable<T, WordMap<T, K>> {
    fn from(map: HashMap<K, T>) -> Self {
        // (the whole phrases' signatures for the `WordMap`, in the same pass over the keys)
        let index = phrase_index(map.keys().map(|k| k.borrow()), map.len());
        let map = WordMap::with_signatures(map, Signatures::from_bits(bits(index.phrase_signatures)));
        PhraseTable::with_index(map, index.first, index.first_signatures)
    }
}

/// An empty table (the gazetteer's names' place until they are read).
impl<T, M: Default> Default for PhraseTable<T, M> {
    fn default() -> Self {
        let index = phrase_index(std::iter::empty(), 0);
        PhraseTable::with_index(M::default(), index.first, index.first_signatures)
    }
}

impl<T> FromIterator<(String, T)> for PhraseTable<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        iter.into_iter().collect::<HashMap<_, _>>().into()
    }
}

impl<T, M> Deref for PhraseTable<T, M> {
    type Target = M;
    fn deref(&self) -> &M {
        &self.map
    }
}

// `phrase_index`: in a file of its own, as `build.rs` indexes the gazetteer's names with it
include!("phraseindex.rs");

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
