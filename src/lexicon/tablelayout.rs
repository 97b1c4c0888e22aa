// The layout of a static hash table of words (`table.rs`), shared by `build.rs` (which lays
// out the large name lists' tables, so that the lexicon reads them from the binary instead of
// hashing and inserting 150,000 names at every start) and `table.rs` (which looks words up in
// them, and whose tests lay out small ones). Included in both with `include!`.
//
// A table is its keys concatenated (no separator) and its slots, a power of two of them, at
// most half of them full: each slot a little-endian `u64`, 0 when empty, else the key's byte
// offset in the keys (bits 0–31), its byte length (bits 32–39) and its entry's index plus one
// (bits 40–63). A key is filed in the first empty slot from `first_slot` of its `key_hash` on
// (linear probing); a lookup looks from there to the first empty slot.

/// A hash of a key's bytes, eight at a time, each eight multiplied in (the top bits, which
/// `first_slot` takes, hang on every byte). Written out here, not a hasher of a crate, so that
/// `build.rs` and the lexicon hash alike on any host.
#[inline]
fn key_hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for chunk in chunks.by_ref() {
        // (rotated, so that the product's well-mixed top bits feed the next product's low ones)
        h = (h ^ u64::from_le_bytes(chunk.try_into().expect("eight bytes"))).wrapping_mul(K).rotate_left(32);
    }
    let mut tail = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * i);
    }
    (h ^ tail).wrapping_mul(K)
}

/// The slots of a table of `keys` keys: a power of two, at least twice the keys.
#[allow(dead_code)]
fn slot_count(keys: usize) -> usize {
    (2 * keys).next_power_of_two().max(2)
}

/// The slot a key of hash `hash` is looked for first in a table of `slots` slots (a power
/// of two, two or more): the hash's top bits.
#[inline]
fn first_slot(hash: u64, slots: usize) -> usize {
    (hash >> (64 - slots.trailing_zeros())) as usize
}

/// The slots of a table of distinct `keys`, entry `i` the `i`th key, filed at its offset in
/// the keys concatenated in order, as little-endian bytes.
#[allow(dead_code)]
fn table_slots(keys: &[&str]) -> Vec<u8> {
    let slots = slot_count(keys.len());
    let mut table = vec![0u64; slots];
    let mut offset = 0usize;
    for (i, key) in keys.iter().enumerate() {
        let mut s = first_slot(key_hash(key.as_bytes()), slots);
        while table[s] != 0 {
            s = (s + 1) & (slots - 1);
        }
        let len = u64::try_from(key.len()).ok().filter(|&l| l < 256).unwrap_or_else(|| panic!("a key of over 255 bytes: {key}"));
        let entry = u64::try_from(i + 1).ok().filter(|&e| e < 1 << 24).expect("fewer than 2^24 keys");
        let at = u64::try_from(offset).ok().filter(|&o| o < 1 << 32).expect("keys under 4 GiB");
        table[s] = at | len << 32 | entry << 40;
        offset += key.len();
    }
    table.iter().flat_map(|s| s.to_le_bytes()).collect()
}
