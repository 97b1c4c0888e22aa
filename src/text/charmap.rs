/// Converts byte offsets into Unicode scalar offsets in O(log n) per lookup.
pub struct CharMap {
    /// Byte offsets of every non-ASCII character; ASCII-only text needs no table.
    wide: Vec<(usize, usize)>,
}

impl CharMap {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0;
        // (on bytes: a character of n > 1 bytes starts with a byte from 0xC0 that says n;
        // built for every article written out)
        let mut byte = |b: usize, lead: u8| {
            if lead >= 0xC0 {
                let n = if lead >= 0xF0 { 4 } else if lead >= 0xE0 { 3 } else { 2 };
                extra += n - 1;
                wide.push((b + n, extra));
            }
        };
        // (eight bytes at a time, passed over at once when all are ASCII: most of a news text
        // is, and the test per byte was a third of `write_doc`'s own cost)
        let chunks = text.as_bytes().chunks_exact(8);
        let rest = chunks.remainder();
        for (k, chunk) in chunks.enumerate() {
            if u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080 != 0 {
                for (j, &lead) in chunk.iter().enumerate() {
                    byte(8 * k + j, lead);
                }
            }
        }
        let at = text.len() - rest.len();
        for (j, &lead) in rest.iter().enumerate() {
            byte(at + j, lead);
        }
        CharMap { wide }
    }

    /// Character offset of byte offset `b` (which must lie on a character boundary).
    pub fn char_offset(&self, b: usize) -> usize {
        let i = self.wide.partition_point(|&(end, _)| end <= b);
        if i == 0 {
            b
        } else {
            b - self.wide[i - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char's byte offset maps to its char index, and the end to the char count.
    fn assert_maps_every_char(t: &str) {
        let m = CharMap::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci);
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }

    #[test]
    fn converts_bytes_to_chars() {
        assert_maps_every_char("a“bé”c😀dß");
    }

    #[test]
    fn converts_across_runs_of_eight_ascii_bytes() {
        assert_maps_every_char("plain ascii text, “quoted” over eight bytes — and more é after, then 😀 at the end: ß");
    }
}
