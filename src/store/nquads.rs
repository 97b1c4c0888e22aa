//! A [`QuadSink`] that writes N-Quads text straight into a byte buffer, as oxigraph's
//! serializer would write the same quads (byte for byte), without building `Quad`s.

use super::terms::{Iri, Object, Pred, QuadSink, XSD_DECIMAL};
#[cfg(test)]
use super::terms::{XSD_BOOLEAN, XSD_INTEGER};

/// N-Quads lines, appended to `out`.
#[derive(Default)]
pub struct NQuads {
    pub out: Vec<u8>,
    /// The subject and the graph last written, as written: a node's quads come one after
    /// another and a document's share its graph, so most terms are copied, not written out
    /// again (with their offsets turned into digits). Each is kept with the bytes after
    /// it (`<s> `, `<g> .` and the line end), so a quad is a few copies.
    subject: Written,
    graph: Written,
}

/// An IRI as last written (with the bytes after it), and what it was written from.
#[derive(Default)]
struct Written {
    text: Vec<u8>,
    /// The head as given: a constant, so one at the same address and of the same length
    /// is the same text (static memory is never freed and used again for other text).
    head: &'static str,
    tail: usize,
    frag: Option<(&'static str, usize, usize)>,
}

impl Written {
    fn is(&self, i: &Iri<'_>) -> bool {
        // (the offsets and lengths first: they tell most nodes apart; then the tail, where
        // two articles' graphs differ; the head by its address, or its text when another
        // constant spells it)
        let same_frag = match (self.frag, i.frag) {
            (None, None) => true,
            // (the kind, a constant too, by its address first, as the head below)
            (Some((kind, start, end)), Some(f)) => start == f.start && end == f.end && (std::ptr::eq(kind, f.kind) || kind == f.kind),
            _ => false,
        };
        let at = 1 + self.head.len();
        same_frag
            && self.tail == i.tail.len()
            && self.head.len() == i.head.len()
            && self.text.len() > at + self.tail
            && self.text[at..at + self.tail] == *i.tail.as_bytes()
            && (std::ptr::eq(self.head.as_ptr(), i.head.as_ptr()) || self.head == i.head)
    }

    /// Appends the IRI and `trail` to `out`.
    fn write(&mut self, i: Iri<'_>, trail: &[u8], out: &mut Vec<u8>) {
        self.set(i, trail);
        out.extend_from_slice(&self.text);
    }

    /// Holds the IRI and `trail` as written (unless it holds them already).
    fn set(&mut self, i: Iri<'_>, trail: &[u8]) {
        if !self.is(&i) {
            self.text.clear();
            iri(&mut self.text, i);
            self.text.extend_from_slice(trail);
            self.head = i.head;
            self.tail = i.tail.len();
            self.frag = i.frag.map(|f| (f.kind, f.start, f.end));
        }
    }
}

fn iri(out: &mut Vec<u8>, i: Iri<'_>) {
    // IRIs are minted from vocabulary, hashes and keys (as `NamedNode::new_unchecked` took them)
    out.push(b'<');
    out.extend_from_slice(i.head.as_bytes());
    out.extend_from_slice(i.tail.as_bytes());
    if let Some(f) = i.frag {
        out.push(b'#');
        out.extend_from_slice(f.kind.as_bytes());
        uint(out, f.start as u64);
        out.push(b'-');
        uint(out, f.end as u64);
    }
    out.push(b'>');
}

/// Decimal digits, two at a time.
fn uint(out: &mut Vec<u8>, mut v: u64) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
                                5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while v >= 100 {
        let d = (v % 100) as usize * 2;
        v /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if v >= 10 {
        let d = v as usize * 2;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + v as u8;
    }
    out.extend_from_slice(&buf[i..]);
}

/// What follows an integer's digits, up to the space before the graph (one copy).
const INTEGER_END: &[u8] = b"\"^^<http://www.w3.org/2001/XMLSchema#integer> ";
const TRUE: &[u8] = b"\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> ";
const FALSE: &[u8] = b"\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean> ";

impl NQuads {
    /// A writer that appends to `out`.
    pub fn new(out: Vec<u8>) -> Self {
        NQuads { out, ..Default::default() }
    }

    fn typed(&mut self, write_value: impl FnOnce(&mut Self), datatype: &str) {
        self.out.push(b'"');
        write_value(self);
        self.out.extend_from_slice(b"\"^^<");
        self.out.extend_from_slice(datatype.as_bytes());
        self.out.extend_from_slice(b"> ");
    }
}

impl QuadSink for NQuads {
    /// The graph is written once (with the line's end) and copied after every quad until
    /// the next call, not compared with the last quad's at each.
    fn graph(&mut self, g: Iri<'_>) {
        self.graph.set(g, b" .\n");
    }

    fn quad(&mut self, s: Iri<'_>, p: Pred, o: Object<'_>) {
        let out = &mut self.out;
        self.subject.write(s, b" ", out);
        out.extend_from_slice(p.written().as_bytes());
        match o {
            Object::Iri(i) => {
                iri(out, i);
                out.push(b' ');
            }
            Object::Str(v) => {
                quoted_clean(v, out);
                out.push(b' ');
            }
            Object::Int(v) => {
                out.push(b'"');
                uint(out, v);
                out.extend_from_slice(INTEGER_END);
            }
            Object::Bool(v) => out.extend_from_slice(if v { TRUE } else { FALSE }),
            // (written into the buffer, as `format!` would spell it, without a string of its own)
            Object::Decimal(v) => self.typed(|w| {
                use std::io::Write as _;
                let _ = write!(w.out, "{v}");
            }, XSD_DECIMAL),
        }
        self.out.extend_from_slice(&self.graph.text);
    }
}

/// Bytes that may start a character `quoted_clean` drops or escapes: control characters,
/// `"`, `\`, DEL, and the first bytes of U+0080..U+00BF and U+F000..U+FFFF.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        t[c] = true;
        c += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[0x7F] = true;
    t[0xC2] = true;
    t[0xEF] = true;
    t
};

/// Whether eight bytes are all printable ASCII other than `"` and `\` (none `SPECIAL`, none
/// from 0x80): each byte below 0x80 plus a constant below 0x81 stays below 0x100, so no sum
/// carries into the next byte and each byte's top bit answers for it alone.
fn plain_ascii8(b: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let x = u64::from_le_bytes(b.try_into().expect("eight bytes"));
    if x & HIGH != 0 {
        return false;
    }
    // (a byte's top bit in each: it is at least 0x20; it is 0x7F (so negated); it differs
    // from '"'; it differs from '\\')
    let printable = x.wrapping_add(ONES * 0x60);
    let del = x.wrapping_add(ONES);
    let not_quote = (x ^ (ONES * b'"' as u64)).wrapping_add(ONES * 0x7F);
    let not_backslash = (x ^ (ONES * b'\\' as u64)).wrapping_add(ONES * 0x7F);
    printable & !del & not_quote & not_backslash & HIGH == HIGH
}

/// How many bytes at the start of `b` are plain ASCII (as `plain_ascii8` tells), counted in
/// whole blocks of eight. A loop of its own, over exact chunks: its constants stay in
/// registers and no bounds are checked, where the same test inside `quoted_clean`'s loop
/// reloaded its four constants and checked the slice at every block (~35 instructions a
/// block, about half of that function's cost).
fn plain_ascii_run(b: &[u8]) -> usize {
    b.chunks_exact(8).take_while(|block| plain_ascii8(block)).count() * 8
}

/// Writes `"v"`: control characters other than tab and newline dropped (as `text::clean`
/// does), then escaped as oxigraph's `print_quoted_str` escapes (N-Quads `ECHAR`/`UCHAR`).
pub fn quoted_clean(v: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let b = v.as_bytes();
    let mut plain = 0; // start of the run of bytes copied as they are
    let mut i = 0;
    while i < b.len() {
        // (eight bytes at a time while none of them is special or above ASCII: most of a
        // literal is plain English, and a test per byte was most of this function's cost)
        i += plain_ascii_run(&b[i..]);
        if i == b.len() {
            break;
        }
        let c = b[i];
        // fast path: printable ASCII and UTF-8 bytes that cannot start a special character
        if !SPECIAL[c as usize] {
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
    fn typed_literals_end_with_their_datatype() {
        assert_eq!(INTEGER_END, format!("\"^^<{XSD_INTEGER}> ").as_bytes());
        assert_eq!(TRUE, format!("\"true\"^^<{XSD_BOOLEAN}> ").as_bytes());
        assert_eq!(FALSE, format!("\"false\"^^<{XSD_BOOLEAN}> ").as_bytes());
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for v in [0, 7, 10, 42, 99, 100, 101, 999, 1000, 12345, 100_000, u64::MAX] {
            let mut out = Vec::new();
            uint(&mut out, v);
            assert_eq!(String::from_utf8(out).unwrap(), v.to_string());
        }
    }

    #[test]
    fn eight_plain_bytes_are_those_with_no_special_byte_and_no_high_bit() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = c;
                assert_eq!(plain_ascii8(&w), c < 0x80 && !SPECIAL[c as usize], "{c:#x} at {at}");
            }
        }
    }

    #[test]
    fn a_plain_run_is_the_blocks_of_eight_before_the_first_special_byte() {
        // (against the block-by-block loop it replaces in `quoted_clean`)
        fn block_by_block(b: &[u8]) -> usize {
            let mut i = 0;
            while b.len() - i >= 8 && plain_ascii8(&b[i..i + 8]) {
                i += 8;
            }
            i
        }
        let text = "Officials said on Tuesday that the \"plan\" would go ahead.\tCafé\\ end";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let b = &text.as_bytes()[start..end];
                assert_eq!(plain_ascii_run(b), block_by_block(b), "{start}..{end}");
            }
        }
    }

    #[test]
    fn literals_are_written_as_oxigraph_writes_them_cleaned() {
        for s in ["plain", "a \"q\" \\ b", "tab\tnew\nline", "bell\u{7}del\u{7f}c1\u{85}x", "cr\r ff\u{c} bs\u{8}", "non\u{FFFE}char\u{FFFF}", "é“”—\u{2028}", "", "\u{9f}\u{a0}", "eight bytes at a time: \"quoted\" words,\ta tab, café \\ then\u{85} more\u{7f}!"] {
            let mut out = Vec::new();
            quoted_clean(s, &mut out);
            let expected = Literal::new_simple_literal(crate::text::clean(s)).to_string();
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{s:?}");
        }
    }
}
