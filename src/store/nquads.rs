//! A [`QuadSink`] that writes N-Quads text straight into a byte buffer, as oxigraph's
//! serializer would write the same quads (byte for byte), without building `Quad`s.

use super::terms::{Iri, Object, QuadSink, XSD_BOOLEAN, XSD_DECIMAL, XSD_INTEGER};

/// N-Quads lines, appended to `out`.
#[derive(Default)]
pub struct NQuads {
    pub out: Vec<u8>,
}

impl NQuads {
    fn iri(&mut self, i: Iri<'_>) {
        // IRIs are minted from vocabulary, hashes and keys (as `NamedNode::new_unchecked` took them)
        self.out.push(b'<');
        self.out.extend_from_slice(i.head.as_bytes());
        self.out.extend_from_slice(i.tail.as_bytes());
        if let Some(f) = i.frag {
            self.out.push(b'#');
            self.out.extend_from_slice(f.kind.as_bytes());
            self.uint(f.start as u64);
            self.out.push(b'-');
            self.uint(f.end as u64);
        }
        self.out.push(b'>');
    }

    fn uint(&mut self, mut v: u64) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&buf[i..]);
    }

    fn typed(&mut self, write_value: impl FnOnce(&mut Self), datatype: &str) {
        self.out.push(b'"');
        write_value(self);
        self.out.extend_from_slice(b"\"^^<");
        self.out.extend_from_slice(datatype.as_bytes());
        self.out.push(b'>');
    }
}

impl QuadSink for NQuads {
    fn quad(&mut self, s: Iri<'_>, p: Iri<'_>, o: Object<'_>, g: Iri<'_>) {
        self.iri(s);
        self.out.push(b' ');
        self.iri(p);
        self.out.push(b' ');
        match o {
            Object::Iri(i) => self.iri(i),
            Object::Str(v) => quoted_clean(v, &mut self.out),
            Object::Int(v) => self.typed(|w| w.uint(v), XSD_INTEGER),
            Object::Bool(v) => self.typed(|w| w.out.extend_from_slice(if v { b"true" } else { b"false" }), XSD_BOOLEAN),
            Object::Decimal(v) => self.typed(|w| w.out.extend_from_slice(format!("{v}").as_bytes()), XSD_DECIMAL),
        }
        self.out.push(b' ');
        self.iri(g);
        self.out.extend_from_slice(b" .\n");
    }
}

/// Writes `"v"`: control characters other than tab and newline dropped (as `text::clean`
/// does), then escaped as oxigraph's `print_quoted_str` escapes (N-Quads `ECHAR`/`UCHAR`).
pub fn quoted_clean(v: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let b = v.as_bytes();
    let mut plain = 0; // start of the run of bytes copied as they are
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // fast path: printable ASCII and UTF-8 bytes that cannot start a special character
        if c >= 0x20 && c != b'"' && c != b'\\' && c != 0x7F && c != 0xC2 && c != 0xEF {
            i += 1;
            continue;
        }
        let (len, replacement): (usize, &[u8]) = match c {
            b'\t' => (1, b"\\t"),
            b'\n' => (1, b"\\n"),
            b'"' => (1, b"\\\""),
            b'\\' => (1, b"\\\\"),
            0x00..=0x1F | 0x7F => (1, b""),
            // U+0080..U+009F are control characters: dropped
            0xC2 if matches!(b.get(i + 1), Some(0x80..=0x9F)) => (2, b""),
            // U+FFFE and U+FFFF are escaped
            0xEF if b.get(i + 1) == Some(&0xBF) && b.get(i + 2) == Some(&0xBE) => (3, b"\\uFFFE"),
            0xEF if b.get(i + 1) == Some(&0xBF) && b.get(i + 2) == Some(&0xBF) => (3, b"\\uFFFF"),
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&b[plain..i]);
        out.extend_from_slice(replacement);
        i += len;
        plain = i;
    }
    out.extend_from_slice(&b[plain..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    #[test]
    fn literals_are_written_as_oxigraph_writes_them_cleaned() {
        for s in ["plain", "a \"q\" \\ b", "tab\tnew\nline", "bell\u{7}del\u{7f}c1\u{85}x", "cr\r ff\u{c} bs\u{8}", "non\u{FFFE}char\u{FFFF}", "é“”—\u{2028}", "", "\u{9f}\u{a0}"] {
            let mut out = Vec::new();
            quoted_clean(s, &mut out);
            let expected = Literal::new_simple_literal(crate::text::clean(s)).to_string();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{s:?}");
        }
    }
}
