use crate::model::{Lower, Span, Token, TokenKind};

/// Quotation marks in news text; `'` and `’` count only where they are not apostrophes.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‟' | '‹' | '›')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Titles abbreviated with a period stay one token with it ("Mr.", "Sen.", "Gov.").
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof", "Adm", "Maj", "Cmdr", "Rev", "Hon", "Rt", "Sens", "Reps", "Gens", "Messrs", "Mmes", "St", "Ste", "Jr", "Sr", "Amb", "Pres", "Supt", "Insp", "Ald", "Coun", "Const", "Del", "Dels"];

/// "easyJet", "easyHotel": a name written with two lower-case letters or more, then a capital
/// and two lower-case letters at least, counts as capitalised, so the name finders see it as
/// they see "EasyJet" at a sentence's start. Not "mRNA", "kWh" or "pH" (no two lower-case
/// letters after the capital), nor a one-letter prefix ("iPhone", "eSafety": a product, or a
/// word the stories' golds read with its office, "the eSafety Commissioner"; set61 fell with it).
fn camel_cased_name(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    (2..b.len() - 2).any(|k| b[k].is_ascii_uppercase() && b[k + 1].is_ascii_lowercase() && b[k + 2].is_ascii_lowercase())
}

fn honorific_end(text: &str, chars: &[(usize, char)], i: usize) -> Option<usize> {
    // every honorific opens with an ASCII capital: most words are done without a scan
    if !chars[i].1.is_ascii_uppercase() {
        return None;
    }
    let mut j = i;
    while j < chars.len() && chars[j].1.is_ascii_alphabetic() {
        j += 1;
    }
    // ASCII letters only, so the word is the bytes between the two offsets
    let word = &text[chars[i].0..chars.get(j).map_or(text.len(), |&(b, _)| b)];
    (chars.get(j).map(|&(_, c)| c) == Some('.') && HONORIFICS.contains(&word) && (i == 0 || !chars[i - 1].1.is_alphanumeric())).then_some(j + 1)
}

/// After "(" at `i`: "retd", "rtd", "ret", "retired" (a full stop may follow), ")" and a space
/// before a capital: the character after the ")".
fn retired_bracket_end(text: &str, chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while chars.get(j).is_some_and(|&(_, c)| c.is_ascii_alphabetic()) {
        j += 1;
    }
    // (ASCII letters only, so the word is the bytes between the two offsets)
    let word = &text[chars.get(i + 1)?.0..chars.get(j).map_or(text.len(), |&(b, _)| b)];
    if chars.get(j).is_some_and(|&(_, c)| c == '.') {
        j += 1;
    }
    let closes = chars.get(j).is_some_and(|&(_, c)| c == ')');
    let name_next = chars.get(j + 1).is_some_and(|&(_, c)| c == ' ') && chars.get(j + 2).is_some_and(|&(_, c)| c.is_uppercase());
    (["retd", "rtd", "ret", "retired"].iter().any(|w| word.eq_ignore_ascii_case(w)) && closes && name_next).then_some(j + 1)
}

/// Splits text into words, numbers, quotation marks and punctuation. Keeps abbreviations
/// such as "U.S." whole, splits the possessive "’s" off, keeps inner hyphens and
/// apostrophes ("30-day", "O'Neil", "don't").
pub fn tokenize(text: &str) -> Vec<Token> {
    thread_local! {
        // the decoded text, kept between calls: a fresh table per article cost page faults
        static CHARS: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CHARS.with_borrow_mut(|chars| {
        decode(text, chars);
        let mut tokens = tokenize_chars(text, chars);
        initialisms_that_are_words(text, &mut tokens);
        tokens
    })
}

/// "the WHO recommended …": an organisation's initialism that spells a function word ("WHO")
/// is no pronoun; its lower-cased form gets the full stops of "W.H.O." so that no rule that
/// reads "who" reads it. (Not on a line written all in capitals: "WHO PAYS?")
fn initialisms_that_are_words(text: &str, tokens: &mut [Token]) {
    for t in 0..tokens.len() {
        if tokens[t].lower != "who" || &text[tokens[t].span.start..tokens[t].span.end] != "WHO" {
            continue;
        }
        // (a neighbouring word on the same line written with lower-case letters)
        let line = |k: usize| !text[tokens[k.min(t)].span.end..tokens[k.max(t)].span.start].contains('\n');
        let mixed = |k: usize| tokens[k].kind == TokenKind::Word && text[tokens[k].span.start..tokens[k].span.end].chars().any(char::is_lowercase);
        let near = (t.saturating_sub(3)..(t + 4).min(tokens.len())).any(|k| k != t && line(k) && mixed(k));
        if near {
            tokens[t].lower = Lower::from("w.h.o.");
        }
    }
}

/// `text.char_indices()` into `chars` (emptied first), with ASCII bytes taken as they are:
/// most of a news text is ASCII, and the general decoder with a push per character cost
/// about a third as much as the tokenizing itself.
fn decode(text: &str, chars: &mut Vec<(usize, char)>) {
    chars.clear();
    chars.reserve(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii() {
            // a run of ASCII in one extend (its length known: no check per character)
            let run = ascii_prefix(&b[i..]);
            chars.extend(b[i..i + run].iter().enumerate().map(|(k, &c)| (i + k, char::from(c))));
            i += run;
        } else {
            // (`i` is at a character boundary: every step moves by a whole character)
            let c = text[i..].chars().next().expect("a character starts here");
            chars.push((i, c));
            i += c.len_utf8();
        }
    }
}

/// The top bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// How many bytes at the start of `b` are ASCII, read eight at a time (a byte's top bit
/// marks a non-ASCII byte): a test per byte was about a third of `decode`'s cost.
fn ascii_prefix(b: &[u8]) -> usize {
    let mut words = b.chunks_exact(8);
    let mut n = 0;
    for w in words.by_ref() {
        let high = u64::from_le_bytes(w.try_into().expect("eight bytes")) & HIGH_BITS;
        if high != 0 {
            // (little-endian: the first byte is the lowest; its top bit is bit 8k + 7)
            return n + high.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + words.remainder().iter().take_while(|c| c.is_ascii()).count()
}

/// How many bytes at the start of `b` are ASCII letters or digits, read eight at a time
/// (`alnum8`): the tokenizer's commonest case is such a word, and a test per byte cost
/// about a quarter of the tokenizer's own instructions.
fn alnum_prefix(b: &[u8]) -> usize {
    let mut words = b.chunks_exact(8);
    let mut n = 0;
    for w in words.by_ref() {
        let other = !alnum8(u64::from_le_bytes(w.try_into().expect("eight bytes"))) & HIGH_BITS;
        if other != 0 {
            // (little-endian: the first byte is the lowest; its top bit is bit 8k + 7)
            return n + other.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + words.remainder().iter().take_while(|c| c.is_ascii_alphanumeric()).count()
}

/// Eight bytes with the top bit of each set where that byte is an ASCII letter or digit.
/// (On the low seven bits `y` of each byte, at most 0x7F: `y + (0x80 - lo)` has its top bit
/// set where `y >= lo`, `y + (0x7F - hi)` where `y > hi`, and no sum carries into the next
/// byte. A letter's lower case is the letter with bit 0x20 set.)
fn alnum8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x & !HIGH_BITS;
    let within = |v: u64, lo: u8, hi: u8| v.wrapping_add(ONES * u64::from(0x80 - lo)) & !v.wrapping_add(ONES * u64::from(0x7F - hi));
    let digit = within(y, b'0', b'9');
    let letter = within(y | ONES * 0x20, b'a', b'z');
    (digit | letter) & !x & HIGH_BITS
}

/// No character of General Punctuation (U+2000..U+206F: the curly quotation marks and
/// apostrophes, the dashes, the ellipsis) nor of Currency Symbols (U+20A0..U+20CF: "€") is a
/// letter or a number: the tokenizer asks that of each such mark (and of the mark after a
/// word, "Trump’s", "“We"), and the Unicode tables answered it in ~350 instructions (the
/// letters' slow lookup) and ~180 more (the numbers'), a few M per 200 articles.
fn is_punctuation_block(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}')
}

/// `c.is_alphabetic()`, the punctuation blocks answered first (`is_punctuation_block`).
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || !c.is_ascii() && !is_punctuation_block(c) && c.is_alphabetic()
}

/// `c.is_numeric()`, the punctuation blocks answered first (`is_punctuation_block`).
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && !is_punctuation_block(c) && c.is_numeric()
}

/// `c.is_alphanumeric()`, the punctuation blocks answered first (`is_punctuation_block`).
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || !c.is_ascii() && !is_punctuation_block(c) && c.is_alphanumeric()
}

fn tokenize_chars(text: &str, chars: &[(usize, char)]) -> Vec<Token> {
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // "Lt Gen (retd) Jane Roe", "Col. (Retd.) Jane Roe": a bracketed "retired" between a
        // rank and the name makes no token, so the rank and the name stand together as they do
        // without it (the bracket had cut the title from the name, and an appositive's speaker
        // stayed the title)
        if c == '(' && out.last().is_some_and(|t: &Token| t.cap && t.kind == TokenKind::Word) {
            if let Some(end) = retired_bracket_end(text, chars, i) {
                i = end;
                continue;
            }
        }
        let space_before = i == 0 || at(i - 1).is_some_and(char::is_whitespace);
        let start = i;
        // Most tokens are a run of ASCII letters and digits ended by an ASCII character none
        // of the rules below looks at (not '.', '-' or '\''), or by the end of the text: then
        // they give what the rules give (no initialism, honorific, hyphen or apostrophe can
        // apply), taken at once.
        if c.is_ascii_alphabetic() {
            // (the run read from the text's bytes: an ASCII letter or digit is one byte, so the
            // characters after `i` are the bytes after its own, one for one)
            let j = i + 1 + alnum_prefix(&text.as_bytes()[chars[i].0 + 1..]);
            if chars.get(j).is_none_or(|&(_, e)| e.is_ascii() && !matches!(e, '.' | '-' | '\'' | '&') && !(e == '/' && j == i + 1)) {
                let span = Span::new(byte(start), byte(j));
                let lower = Lower::of_alnum(text, span.start, span.end);
                // (a lower-case word of five letters or more asks `camel_cased_name` only when its
                // lower-cased copy differs from it: a capital stands inside)
                let cap = c.is_ascii_uppercase() || span.end - span.start > 4 && c.is_ascii_lowercase() && lower.as_bytes() != &text.as_bytes()[span.start..span.end] && camel_cased_name(&text[span.start..span.end]);
                out.push(Token { span, kind: TokenKind::Word, cap, lower, space_before });
                i = j;
                continue;
            }
        }
        let kind;
        if is_letter(c) {
            // Initialisms: single letters each followed by a period ("U.S.", "U.N.").
            let (mut j, mut pairs) = (i, 0);
            while at(j).is_some_and(is_letter) && at(j + 1) == Some('.') {
                pairs += 1;
                j += 2;
            }
            if pairs >= 2 {
                i = j;
            } else if pairs == 1 && c.is_uppercase() && at(i + 2).is_some_and(char::is_whitespace) && at(i + 3).is_some_and(char::is_uppercase) {
                // a middle initial: "Frederick H. Collier"
                i = j;
            } else if let Some(end) = honorific_end(text, chars, i) {
                i = end;
            } else {
                i += 1;
                loop {
                    match at(i) {
                        Some(ch) if is_letter_or_digit(ch) => i += 1,
                        // ("ex-president": "ex-" is a word of its own, as "former" is; see
                        // `extract::normal_forms`)
                        Some(ch) if (ch == '-' || ch == '‑') && i == start + 2 && matches!((chars[start].1, chars[start + 1].1), ('e' | 'E', 'x' | 'X')) && at(i + 1).is_some_and(is_letter) => {
                            i += 1;
                            break;
                        }
                        // ("then-President X": "then-" is a word of its own too, read as
                        // "former")
                        Some(ch) if (ch == '-' || ch == '‑') && i == start + 4 && matches!((chars[start].1, chars[start + 1].1, chars[start + 2].1, chars[start + 3].1), ('t' | 'T', 'h', 'e', 'n')) && at(i + 1).is_some_and(is_letter) => {
                            i += 1;
                            break;
                        }
                        Some(ch) if (ch == '-' || ch == '‑') && at(i + 1).is_some_and(is_letter_or_digit) => i += 2,
                        // "R17.20", "Sh131.50": an amount written after its currency's letters
                        // keeps its decimals (the full stop had ended the sentence)
                        Some('.') if at(i - 1).is_some_and(|d| d.is_ascii_digit()) && at(i + 1).is_some_and(|d| d.is_ascii_digit()) => i += 2,
                        // "S&P", "AT&T", "M&S": capitals joined by an ampersand are one name
                        Some('&') if at(i - 1).is_some_and(char::is_uppercase) && at(i + 1).is_some_and(char::is_uppercase) => i += 2,
                        // "A/S", "N/A": two single capitals joined by a slash are one word (the
                        // Danish and Norwegian company designator)
                        Some('/') if i == start + 1 && c.is_uppercase() && at(i + 1).is_some_and(char::is_uppercase) && !at(i + 2).is_some_and(is_letter_or_digit) => i += 2,
                        Some(ch) if is_apostrophe(ch) && at(i + 1).is_some_and(is_letter) => {
                            // possessive 's stays a token of its own
                            let s_end = at(i + 1).is_some_and(|c| c == 's' || c == 'S')
                                && !at(i + 2).is_some_and(is_letter_or_digit);
                            if s_end {
                                break;
                            }
                            i += 2;
                        }
                        _ => break,
                    }
                }
            }
            kind = TokenKind::Word;
        } else if c.is_ascii_digit() || is_numeral(c) {
            i += 1;
            loop {
                match at(i) {
                    Some(ch) if is_letter_or_digit(ch) => i += 1,
                    Some(ch) if matches!(ch, '.' | ',' | '-') && at(i + 1).is_some_and(|d| d.is_ascii_digit()) => i += 2,
                    Some('-') if at(i + 1).is_some_and(is_letter) => i += 2,
                    _ => break,
                }
            }
            kind = TokenKind::Number;
        } else if is_apostrophe(c)
            && at(i + 1).is_some_and(|c| c == 's' || c == 'S')
            && !at(i + 2).is_some_and(is_letter_or_digit)
            && i > 0
            && at(i - 1).is_some_and(is_letter_or_digit)
        {
            i += 2;
            kind = TokenKind::Word;
        } else if (c == '\'' && at(i + 1) == Some('\'')) || (c == '`' && at(i + 1) == Some('`')) {
            // '' and `` stand for double quotation marks in some newswire text
            i += 2;
            kind = TokenKind::Quote;
        } else if is_quote_char(c) {
            i += 1;
            kind = TokenKind::Quote;
        } else if c == '.' && at(i + 1) == Some('.') && at(i + 2) == Some('.') {
            i += 3;
            kind = TokenKind::Punct;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        let span = Span::new(byte(start), byte(i));
        let s = &text[span.start..span.end];
        let lower = Lower::fold(s);
        // (the first character of the token is `c`)
        let cap = c.is_uppercase() || kind == TokenKind::Word && c.is_ascii_lowercase() && s.len() > 4 && camel_cased_name(s);
        out.push(Token { span, kind, cap, lower, space_before });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        tokenize(t).iter().map(|k| t[k.span.start..k.span.end].to_string()).collect()
    }

    #[test]
    fn decodes_as_char_indices_do() {
        let mut chars = vec![(9, 'x')];
        for t in ["", "plain ASCII text.", "“Quoted,” she said — 30‑day naïve Łódź 東京 😀 end", "é", "a\u{0}b\r\n"] {
            decode(t, &mut chars);
            assert_eq!(chars, t.char_indices().collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn ascii_prefix_counts_bytes_up_to_the_first_non_ascii() {
        for t in ["", "a", "plain ASCII text, longer than eight.", "é", "abcdefgé", "abcdefghé", "abcdefghijklmnopé tail", "1234567\u{80}", "\u{7f}\u{7f}"] {
            let b = t.as_bytes();
            assert_eq!(ascii_prefix(b), b.iter().position(|c| !c.is_ascii()).unwrap_or(b.len()), "{t:?}");
        }
    }

    #[test]
    fn eight_bytes_are_marked_where_each_is_a_letter_or_digit() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b"aZ09zA5m";
                w[at] = c;
                let marks = alnum8(u64::from_le_bytes(w));
                for (k, &b) in w.iter().enumerate() {
                    assert_eq!(marks >> (8 * k + 7) & 1 == 1, b.is_ascii_alphanumeric(), "{c:#x} at {at}, byte {k}");
                    assert_eq!(marks >> (8 * k) & 0x7F, 0, "{c:#x} at {at}: only top bits");
                }
            }
        }
    }

    #[test]
    fn alnum_prefix_counts_letters_and_digits_up_to_another_byte() {
        for t in ["", "a", "word", "Washington2026", "abcdefgh", "abcdefgh ", "abcdefghi-j", "abcdefghijklmnopqrstuvwx", "ab@cd", "AZaz09`{[/:", "café", "naïvely", "x\u{0}y"] {
            let b = t.as_bytes();
            for s in 0..b.len() {
                assert_eq!(alnum_prefix(&b[s..]), b[s..].iter().take_while(|c| c.is_ascii_alphanumeric()).count(), "{t:?} from {s}");
            }
        }
    }

    #[test]
    fn ascii_words_are_cut_as_the_general_rules_cut_them() {
        // (the text of each token, as the rules without the ASCII short cut give them)
        let t = "Mr. Roe and Mrs Hale2 met U.S. officials, e.g. at 10am; x-ray O'Neil's ex-wife said: \"no\" (ok) a.b Ab.\nEnd";
        assert_eq!(
            words(t),
            ["Mr.", "Roe", "and", "Mrs", "Hale2", "met", "U.S.", "officials", ",", "e.g.", "at", "10am", ";", "x-ray", "O'Neil", "'s", "ex-", "wife", "said", ":", "\"", "no", "\"", "(", "ok", ")", "a", ".", "b", "Ab", ".", "End"]
        );
    }

    #[test]
    fn letters_and_numerals_are_told_as_unicode_tells_them() {
        // (every character of the blocks answered without the tables, and a sample of others)
        let sample = ['\u{0}', ' ', 'a', 'Z', '0', '9', '.', '\'', 'é', 'Ł', '東', '٣', '½', 'Ⅻ', '\u{a0}', '£', '\u{1fff}', '\u{2070}', '\u{2071}', '\u{207f}', '\u{2090}', '\u{20d0}', '😀'];
        let blocks = ('\u{2000}'..='\u{206F}').chain('\u{20A0}'..='\u{20CF}');
        for c in blocks.chain(sample).chain((0u8..128).map(char::from)) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeral(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn keeps_initialisms_and_splits_possessives() {
        assert_eq!(words("U.S. President Trump’s call"), ["U.S.", "President", "Trump", "’s", "call"]);
        assert_eq!(words("the 30-day ceasefire, O'Neil"), ["the", "30-day", "ceasefire", ",", "O'Neil"]);
        assert_eq!(words("“We won’t,” he said..."), ["“", "We", "won’t", ",", "”", "he", "said", "..."]);
        assert_eq!(words("$43.5 billion"), ["$", "43.5", "billion"]);
        assert_eq!(words("Mr. Obama and Sen. Hale."), ["Mr.", "Obama", "and", "Sen.", "Hale", "."]);
        assert_eq!(words("''We won,'' he said."), ["''", "We", "won", ",", "''", "he", "said", "."]);
    }
}
