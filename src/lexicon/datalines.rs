// The lines of a data file as the lexicon reads them (no blank, no `#` comment), and the byte
// search they are cut with: shared by the lexicon (`src/lexicon/mod.rs`) and `build.rs`, which
// reads the large lists the same way at build time. Included in both with `include!`.

/// Data lines: skip blanks and `#` comments.
pub(crate) fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    // only line ends are trimmed: a trailing tab is an empty last column
    // (lines cut at each line end by a byte scan: `str::lines` sets up a searcher per line,
    // and 200,000 lines are read at every start; blank: no character but whitespace, found
    // at the first character of most lines)
    let mut rest = src;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_byte(rest.as_bytes(), b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        Some(line)
    })
    .map(trim_line_end)
    // (a line that starts with a printable ASCII byte is no blank: most lines, told without
    // decoding a character)
    .filter(|l| (l.as_bytes().first().is_some_and(u8::is_ascii_graphic) || l.chars().any(|c| !c.is_whitespace())) && !l.starts_with('#'))
}

/// `l.trim_end_matches('\r')` by a look at the last byte: the char pattern's searcher was
/// dearer for the 200,000 data lines read at every start (with the first-byte test of
/// `data_lines`' blank lines, 2.76 M instructions a start).
fn trim_line_end(mut l: &str) -> &str {
    while let Some(s) = l.strip_suffix('\r') {
        l = s;
    }
    l
}

/// The first position of byte `needle` in `hay`, eight bytes at a time (the data files'
/// lines and cells are cut with it: 4.5 MB at every start; `memchr` through `str::find` set
/// up a searcher per line that cost more than it saved).
pub(crate) fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(needle);
    let mut chunks = hay.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        // a zero byte where the needle is; borrows run only upwards, so the lowest flag
        // is the first match
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ pattern;
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        if found != 0 {
            return Some(k * 8 + found.trailing_zeros() as usize / 8);
        }
    }
    let tail = hay.len() - chunks.remainder().len();
    chunks.remainder().iter().position(|&b| b == needle).map(|p| tail + p)
}
