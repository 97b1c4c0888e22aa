/// Lower-case with curly apostrophes made straight and macron vowels plain: the form all
/// lookups use.
pub fn fold(s: &str) -> String {
    // most words are ASCII: the same result without going char by char
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // (ASCII letters lower-cased directly, only others through the Unicode tables: quotation
    // marks and dashes are tokens of their own, and most names with accents are mostly ASCII)
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            // (a macron vowel is its plain vowel: the gazetteer and the lists write Māori and
            // romanised names without macrons, "Whakatane", where news from New Zealand writes
            // "Whakatāne"; no other mark is folded, as "é" and "ö" tell words apart in lists)
            'ā' | 'Ā' => out.push('a'),
            'ē' | 'Ē' => out.push('e'),
            'ī' | 'Ī' => out.push('i'),
            'ō' | 'Ō' => out.push('o'),
            'ū' | 'Ū' => out.push('u'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}
