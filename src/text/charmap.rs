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
        for (b, &lead) in text.as_bytes().iter().enumerate() {
            if lead >= 0xC0 {
                let n = if lead >= 0xF0 { 4 } else if lead >= 0xE0 { 3 } else { 2 };
                extra += n - 1;
                wide.push((b + n, extra));
            }
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

    #[test]
    fn converts_bytes_to_chars() {
        let t = "a“bé”c😀dß";
        let m = CharMap::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci);
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }
}
