//! Sets and maps of lower-case words that turn most absent words away without hashing
//! them: the rules ask the small word lists (stopwords, cues, titles, country adjectives…)
//! about nearly every word of every article, and most words are in none of them. A bit per
//! `signature` (length, first and last byte) of the keys says when a word cannot be one;
//! otherwise the table is asked as before. Everything else goes to the table itself
//! (`Deref`).

use super::table::StaticTable;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Borrow;
use std::hash::Hash;
use std::ops::Deref;

// `signature`: in a file of its own, as `build.rs` takes the gazetteer's names' signatures
// at build time
include!("signature.rs");

/// A word's `signature`, worked out once to be asked of several sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature(pub(super) usize);

impl Signature {
    /// How many signatures there are (they have 16 bits): the length of a table indexed by
    /// signature.
    pub const COUNT: usize = 1 << 16;

    #[inline]
    pub fn of(word: &str) -> Signature {
        Signature(signature(word))
    }

    /// The signature as a number below `COUNT`, to index a table by.
    #[inline]
    pub fn index(self) -> usize {
        self.0 & (Self::COUNT - 1)
    }

    /// Every signature, in order, a test's.
    #[cfg(test)]
    pub fn every() -> impl Iterator<Item = Signature> {
        (0..Self::COUNT).map(Signature)
    }
}

/// A bit per signature of a set of words.
pub(super) struct Signatures(Box<[u64; 1024]>);

/// No signature.
impl Default for Signatures {
    fn default() -> Self {
        Signatures(Box::new([0; 1024]))
    }
}

impl Signatures {
    /// The signatures whose bits `bits` holds (`build.rs` took them).
    pub(super) fn from_bits(bits: Box<[u64; 1024]>) -> Signatures {
        Signatures(bits)
    }

    /// The bits, a test's to compare.
    #[cfg(test)]
    pub(super) fn bits(&self) -> &[u64; 1024] {
        &self.0
    }

    pub(super) fn of<'a>(words: impl Iterator<Item = &'a str>) -> Signatures {
        let mut s = Signatures(Box::new([0; 1024]));
        words.for_each(|w| s.add(w));
        s
    }

    pub(super) fn add(&mut self, word: &str) {
        let sig = signature(word);
        self.0[sig / 64] |= 1 << (sig % 64);
    }

    /// False when no word of the set has the signature of `word`.
    #[inline]
    pub(super) fn may_hold(&self, word: &str) -> bool {
        let sig = signature(word);
        // (a signature has 16 bits: the index is below 1024, checked once here)
        self.0[(sig / 64) & 1023] & 1 << (sig % 64) != 0
    }
}

/// A set of words.
pub struct WordSet {
    set: HashSet<String>,
    signatures: Signatures,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.signatures.may_hold(word) && self.set.contains(word)
    }

    /// False when a word of signature `sig` ([`Signature::of`]) is certainly not in the set:
    /// the first test of `contains`, alone.
    #[inline]
    pub fn may_hold_signed(&self, sig: Signature) -> bool {
        self.signatures.0[(sig.0 / 64) & 1023] & 1 << (sig.0 % 64) != 0
    }

    /// The bits of the signatures `64 * block .. 64 * block + 64` (the lowest bit the first)
    /// that words of the set have: what `may_hold_signed` tests, 64 at a time, for a table
    /// built once over every signature.
    pub fn signature_block(&self, block: usize) -> u64 {
        self.signatures.0[block & 1023]
    }
}

impl From<HashSet<String>> for WordSet {
    fn from(set: HashSet<String>) -> Self {
        let signatures = Signatures::of(set.iter().map(String::as_str));
        WordSet { set, signatures }
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        iter.into_iter().collect::<HashSet<_>>().into()
    }
}

impl Deref for WordSet {
    type Target = HashSet<String>;
    fn deref(&self) -> &Self::Target {
        &self.set
    }
}

/// A map from words.
/// (The keys are `String`s, or `&'static str` slices of text compiled into the binary for a
/// table whose keys `build.rs` wrote: `K`.)
pub struct WordMap<V, K = String> {
    map: HashMap<K, V>,
    signatures: Signatures,
}

impl<V, K: Borrow<str> + Hash + Eq> WordMap<V, K> {
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.signatures.may_hold(word) {
            return None;
        }
        self.map.get(word)
    }

    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// False when `word` is certainly no key (its signature is no key's), without hashing it.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        self.signatures.may_hold(word)
    }

    /// False when a word of signature `sig` ([`Signature::of`]) is certainly no key: the
    /// first test of `get`, alone.
    #[inline]
    pub fn may_hold_signed(&self, sig: Signature) -> bool {
        self.signatures.0[(sig.0 / 64) & 1023] & 1 << (sig.0 % 64) != 0
    }

    /// The bits of the signatures `64 * block .. 64 * block + 64` (the lowest bit the first)
    /// that words of the set have: what `may_hold_signed` tests, 64 at a time, for a table
    /// built once over every signature.
    pub fn signature_block(&self, block: usize) -> u64 {
        self.signatures.0[block & 1023]
    }
}

impl<V, K: Borrow<str>> From<HashMap<K, V>> for WordMap<V, K> {
    fn from(map: HashMap<K, V>) -> Self {
        let signatures = Signatures::of(map.keys().map(|k| k.borrow()));
        WordMap::with_signatures(map, signatures)
    }
}

impl<V, K> WordMap<V, K> {
    /// A map whose keys' `Signatures` the caller took already, in a pass over the keys of
    /// its own (`PhraseTable::from`'s: a second pass over the gazetteer's 90,000 names at
    /// every start cost 0.8 M instructions).
    pub(super) fn with_signatures(map: HashMap<K, V>, signatures: Signatures) -> Self {
        WordMap { map, signatures }
    }
}

impl<V, K> WordMap<V, K> {
    /// The keys' signatures, a test's to compare.
    #[cfg(test)]
    pub(super) fn signatures(&self) -> &Signatures {
        &self.signatures
    }
}

/// A static table of words `build.rs` laid out ([`StaticTable`]) with a bit per signature of
/// its keys, as `WordMap`: the gazetteer's names, asked of nearly every word.
pub struct StaticWordMap<V> {
    table: StaticTable<V>,
    signatures: Signatures,
}

/// A map of no key.
impl<V> Default for StaticWordMap<V> {
    fn default() -> Self {
        StaticWordMap { table: StaticTable::default(), signatures: Signatures::default() }
    }
}

impl<V> StaticWordMap<V> {
    pub(super) fn with_signatures(table: StaticTable<V>, signatures: Signatures) -> Self {
        StaticWordMap { table, signatures }
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.signatures.may_hold(word) {
            return None;
        }
        self.table.get(word)
    }

    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The keys' signatures, a test's to compare.
    #[cfg(test)]
    pub(super) fn signatures(&self) -> &Signatures {
        &self.signatures
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        iter.into_iter().collect::<HashMap<_, _>>().into()
    }
}

impl<V, K> Deref for WordMap<V, K> {
    type Target = HashMap<K, V>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

/// A map from words borrowed from the binary's data (the large lists: first names,
/// surnames): a table `build.rs` laid out ([`StaticTable`]), nothing built at start-up.
pub type StrMap<V> = StaticTable<V>;

/// A set of words borrowed from the binary's data (the common words), as `StrMap`.
pub struct StrSet(StaticTable<()>);

impl StrSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<StaticTable<()>> for StrSet {
    fn from(table: StaticTable<()>) -> Self {
        StrSet(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_words_are_turned_away_and_present_ones_found() {
        let s: WordSet = ["said", "the", "a", "", "naïve"].into_iter().map(String::from).collect();
        for w in ["said", "the", "a", "", "naïve"] {
            assert!(s.contains(w), "{w}");
        }
        for w in ["sad", "sand", "thee", "b", "naive", "Said"] {
            assert!(!s.contains(w), "{w}");
        }
        let m: WordMap<u32> = [("russian".to_string(), 7)].into_iter().collect();
        assert_eq!(m.get("russian"), Some(&7));
        assert_eq!(m.get("russia"), None);
        assert!(!m.contains_key("prussian"));
        assert_eq!(m.len(), 1);
    }
}
