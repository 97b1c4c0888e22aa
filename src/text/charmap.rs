/// Converts byte offsets into Unicode scalar offsets in O(log n) per lookup.
pub struct CharMap {
    /// Byte offsets of every non-ASCII character; ASCII-only text needs no table.
    wide: Vec<(usize, usize)>,
}

impl CharMap {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (b, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
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
        let t = "a“bé”c";
        let m = CharMap::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(m.char_offset(bi), ci);
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }
}
