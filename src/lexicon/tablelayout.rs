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

/// A hash of a key's bytes: its bytes read as 64-bit words, each multiplied in (the top bits,
/// which `first_slot` takes, hang on every byte), and its length. A key of up to eight bytes
/// (most names) is read whole by two overlapping loads, not byte by byte. Written out here,
/// not a hasher of a crate, so that `build.rs` and the lexicon hash alike on any host.
#[inline]
pub(crate) fn key_hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let n = key.len();
    if n >= 8 {
        let mut h = n as u64;
        let mut i = 0;
        while i + 8 < n {
            // (rotated, so that the product's well-mixed top bits feed the next product's low ones)
            h = (h ^ u64_at(key, i)).wrapping_mul(K).rotate_left(32);
            i += 8;
        }
        // (the last eight bytes, overlapping the eight before when the length is no multiple of eight)
        return (h ^ u64_at(key, n - 8)).wrapping_mul(K);
    }
    // (the bytes of a short key, all of them: two overlapping loads, or three bytes of one of up to three)
    let bytes = match n {
        4.. => u64::from(u32_at(key, 0)) | u64::from(u32_at(key, n - 4)) << 32,
        1.. => u64::from(key[0]) | u64::from(key[n / 2]) << 8 | u64::from(key[n - 1]) << 16,
        0 => 0,
    };
    (bytes ^ n as u64).wrapping_mul(K)
}

/// The four bytes of `key` from `i` on, little-endian (always inlined: `key_hash` is asked of
/// every word looked up, and a call each cost 10 M instructions per 200 articles).
#[inline(always)]
fn u32_at(key: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(key[i..i + 4].try_into().expect("four bytes"))
}

/// The eight bytes of `key` from `i` on, little-endian (as `u32_at`).
#[inline(always)]
fn u64_at(key: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(key[i..i + 8].try_into().expect("eight bytes"))
}

/// The slots of a table of `keys` keys: a power of two, at least twice the keys.
#[allow(dead_code)]
fn slot_count(keys: usize) -> usize {
    (2 * keys).next_power_of_two().max(2)
}

/// The slot a key of hash `hash` is looked for first in a table of `slots` slots (a power
/// of two, two or more): the hash's top bits.
#[inline]
pub(crate) fn first_slot(hash: u64, slots: usize) -> usize {
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
