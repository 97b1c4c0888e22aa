//! Static hash tables of words, laid out by `build.rs` and compiled into the binary (the
//! large name lists: first names, surnames, common words; and the gazetteer's names, see
//! `gazetteer::place_names`). Looking a word up reads the binary's bytes; nothing is hashed
//! or inserted at start-up (the three lists' hash maps, 150,000 keys, cost 41 M instructions
//! at every start, over a third of it). The layout is in `tablelayout.rs`.

/// A table from words (borrowed from the binary's data) to values (one per entry, in the
/// order `build.rs` wrote the keys).
pub struct StaticTable<V> {
    /// The keys concatenated.
    keys: &'static [u8],
    /// The slots, eight bytes each (see `tablelayout.rs`).
    slots: &'static [u8],
    values: Vec<V>,
}

impl<V> StaticTable<V> {
    /// The table of the keys `keys`, slots `slots` and entries' values `values`, as
    /// `table_slots` laid them out.
    pub fn new(keys: &'static str, slots: &'static [u8], values: Vec<V>) -> Self {
        assert!(slots.len() >= 16 && (slots.len() / 8).is_power_of_two() && slots.len() % 8 == 0, "a table's slots");
        StaticTable { keys: keys.as_bytes(), slots, values }
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.entry(word).map(|e| &self.values[e])
    }

    /// The index of `word`'s entry (the order of the keys `build.rs` wrote), if it is a key.
    #[inline]
    pub fn entry(&self, word: &str) -> Option<usize> {
        let word = word.as_bytes();
        let slots = self.slots.len() / 8;
        let mut s = first_slot(key_hash(word), slots);
        loop {
            let slot = u64::from_le_bytes(self.slots[s * 8..s * 8 + 8].try_into().expect("eight bytes"));
            if slot == 0 {
                return None;
            }
            let (at, len) = ((slot & 0xFFFF_FFFF) as usize, (slot >> 32 & 0xFF) as usize);
            if len == word.len() && self.keys[at..at + len] == *word {
                return Some((slot >> 40) as usize - 1);
            }
            s = (s + 1) & (slots - 1);
        }
    }

    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// A table of no key (the gazetteer's names' place until they are read).
impl<V> Default for StaticTable<V> {
    fn default() -> Self {
        static NO_SLOTS: [u8; 16] = [0; 16];
        StaticTable::new("", &NO_SLOTS, Vec::new())
    }
}

include!("tablelayout.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A table of `keys` laid out as `build.rs` lays out one, leaked to be `'static`.
    fn table(keys: &[&str]) -> StaticTable<usize> {
        let joined: &'static str = Box::leak(keys.concat().into_boxed_str());
        let slots: &'static [u8] = Box::leak(table_slots(keys).into_boxed_slice());
        StaticTable::new(joined, slots, (0..keys.len()).collect())
    }

    #[test]
    fn a_static_table_finds_what_a_hash_map_finds() {
        // (words of every length around the eight bytes hashed at a time, one key a prefix
        // of another, the empty word, a non-ASCII one, and enough keys to collide)
        let mut keys: Vec<String> = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "zoë", "o'neil"].map(String::from).to_vec();
        keys.extend((0..3000).map(|i| format!("w{i}")));
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let t = table(&keys);
        let map: HashMap<&str, usize> = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
        assert_eq!(t.len(), map.len());
        for probe in keys.iter().copied().chain(["b", "abcdefghij", "abcdefghijklmno", "zoe", "w3000", "w-1", "W1", "abcdefgh\0"]) {
            assert_eq!(t.get(probe), map.get(probe), "{probe:?}");
        }
        // (a table of one key, and of none)
        assert_eq!(table(&["x"]).get("x"), Some(&0));
        assert_eq!(table(&["x"]).get("y"), None);
        assert_eq!(table(&[]).get(""), None);
    }
}
