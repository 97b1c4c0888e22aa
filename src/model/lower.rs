use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

/// A token's lower-cased text (`crate::lexicon::fold` of it), read as a `str`.
///
/// Most tokens of a news text are a handful of forms (",", ".", "the", "to", "a", …): those
/// borrow a `'static` copy of the form instead of allocating a `String` each (a token's
/// `String` and its free at the article's end were the largest share of the allocator's
/// cost). The set of such forms is fixed below, so nothing grows with the corpus. Reading
/// one costs what reading a `String` did: `Cow<'static, str>` keeps the pointer and length
/// where `String` keeps them.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lower(Cow<'static, str>);

impl Lower {
    /// The folded form of a token's text, `crate::lexicon::fold(text)`.
    pub fn fold(text: &str) -> Lower {
        match static_form(text) {
            Some(form) => Lower(Cow::Borrowed(form)),
            None => Lower(Cow::Owned(crate::lexicon::fold(text))),
        }
    }

    /// The lower case of `text[start..end]`, a word of ASCII letters and digits only (what
    /// `fold` gives for it); the tokenizer's common case. (Inlined: the call had cost a tenth
    /// of what an allocation saved costs.)
    #[inline]
    pub fn of_alnum(text: &str, start: usize, end: usize) -> Lower {
        debug_assert!(end > start && text.as_bytes()[start..end].iter().all(u8::is_ascii_alphanumeric));
        let common = (end - start <= 8).then(|| common_word(alnum_key(text.as_bytes(), start, end - start))).flatten();
        match common {
            Some(word) => Lower(Cow::Borrowed(word)),
            None => Lower(Cow::Owned(text[start..end].to_ascii_lowercase())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every ASCII character in order: a one-character token's lower form is a slice of it.
const ASCII: &str = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f";

/// `fold(text)` where it is a `'static` form other than a common word: a one-character ASCII
/// token, or a quotation mark, dash or possessive written with a typographic character.
fn static_form(text: &str) -> Option<&'static str> {
    match text.as_bytes() {
        // (`fold` of an ASCII character is its ASCII lower case)
        &[c] if c.is_ascii() => {
            let c = usize::from(c.to_ascii_lowercase());
            Some(&ASCII[c..c + 1])
        }
        b"'s" | b"'S" => Some("'s"),
        // (`fold` makes the curly apostrophes straight; the other marks have no lower case)
        _ => match text {
            "’" | "‘" | "ʼ" => Some("'"),
            "’s" | "’S" => Some("'s"),
            "“" => Some("“"),
            "”" => Some("”"),
            "—" => Some("—"),
            "–" => Some("–"),
            _ => None,
        },
    }
}

/// The commonest words of English news text, lower case, of at most eight bytes: the
/// function words and the reporting words.
const COMMON_WORDS: &[&str] = &[
    "a", "i", "the", "to", "of", "and", "in", "that", "on", "for", "with", "he", "as", "is", "has", "said", "about",
    "this", "be", "it", "will", "from", "his", "by", "its", "would", "at", "there", "had", "was", "if", "also", "an",
    "but", "they", "have", "which", "both", "their", "were", "been", "not", "who", "are", "or", "she", "her", "we",
    "more", "after", "than", "one", "new", "told", "over", "all", "when", "out", "up", "two", "can", "could", "what",
    "into", "some", "other", "may", "no", "our", "them", "him", "says", "year", "last", "first", "people", "police",
    "state", "country", "minister", "added", "during", "against", "while", "since", "under", "before", "being",
    "most", "many", "three", "so", "just", "only", "those", "these", "any", "did", "do", "does", "week", "years",
    "former", "called", "should", "because", "where", "how", "you", "my", "me", "us", "time", "now",
    "then", "made", "between", "further", "official", "monday", "tuesday", "thursday", "friday", "sunday",
    "saturday", "city", "group", "party", "house", "news", "report", "national", "public", "world", "security",
    "peace", "war", "talks", "troops", "military", "region", "foreign", "day", "very", "remains", "end", "forces",
    "meeting", "global", "western", "leader", "leaders", "border", "lives", "pressure", "progress", "put",
    "control", "stated", "good", "possible", "urged", "must", "position", "towards", "efforts", "well", "despite",
    "however", "support", "place", "deal", "long", "term", "terms", "set", "key", "law", "attack", "fire", "future",
    "reported", "seen", "south", "north", "east", "west", "union", "aid", "call", "visit", "like", "make", "say",
    "even", "back", "much", "get", "plan", "way", "work", "still", "too", "see", "right", "need", "part", "such",
    "come", "among", "whether", "another", "never", "million", "billion", "percent", "campaign", "election",
    "vote", "court", "federal", "members", "top", "here", "next", "own", "through", "off", "go", "going", "want",
    "know", "think", "help", "case", "four", "five", "days", "months", "month", "early", "second", "around",
    "until", "asked", "held", "take", "took", "expected", "already", "across", "agency", "issue",
    "high", "health", "killed",
];

/// The table of `COMMON_WORDS` by key (`key_of`): open addressing, three times as many slots
/// as words at least, so that a word not listed is mostly turned away at its first slot.
static COMMON: [(u64, &str); SLOTS] = {
    let mut table = [(0, ""); SLOTS];
    let mut w = 0;
    while w < COMMON_WORDS.len() {
        let word = COMMON_WORDS[w];
        let key = key_of(word.as_bytes());
        let mut s = slot_of(key);
        while table[s].0 != 0 && table[s].0 != key {
            s = (s + 1) % SLOTS;
        }
        table[s] = (key, word);
        w += 1;
    }
    table
};

const SLOTS: usize = 512;

/// A word of one to eight bytes as a number: its bytes, the first the lowest (no word holds
/// a zero byte, so the number tells the length too).
const fn key_of(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// (The high bits of a multiplicative hash: they depend on every byte of the key.)
const fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// `key_of` the lower case of `text[start..start + n]` (1 ≤ n ≤ 8), ASCII letters and digits:
/// the eight bytes from `start` read at once where the text has them.
#[inline]
fn alnum_key(text: &[u8], start: usize, n: usize) -> u64 {
    let raw = match text.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
        None => key_of(&text[start..start + n]),
    };
    let mask = u64::MAX >> (64 - 8 * n);
    // (a letter's lower case is the letter with its bit 0x20 set; a digit has it already)
    (raw | 0x2020_2020_2020_2020) & mask
}

/// The listed word whose key is `key`, if any.
#[inline]
fn common_word(key: u64) -> Option<&'static str> {
    let mut s = slot_of(key);
    loop {
        match COMMON[s] {
            (k, word) if k == key => return Some(word),
            (0, _) => return None,
            _ => s = (s + 1) % SLOTS,
        }
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// (Printed as the `String` it replaces was.)
impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<String> for Lower {
    fn from(s: String) -> Lower {
        Lower(Cow::Owned(s))
    }
}

impl From<&'static str> for Lower {
    fn from(s: &'static str) -> Lower {
        Lower(Cow::Borrowed(s))
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Lower> for str {
    fn eq(&self, other: &Lower) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Lower> for &str {
    fn eq(&self, other: &Lower) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Lower> for String {
    fn eq(&self, other: &Lower) -> bool {
        self.as_str() == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each form kept as a `'static` string is what `fold` gives, in any case.
    #[test]
    fn static_forms_are_folds() {
        let mut texts: Vec<String> = (0u8..128).map(|c| char::from(c).to_string()).collect();
        texts.extend(["’", "‘", "ʼ", "’s", "’S", "“", "”", "—", "–", "'s", "'S", "é", "Ā", "«", "‚"].map(String::from));
        let mut kept = 0;
        for t in &texts {
            if static_form(t).is_some() {
                kept += 1;
            }
            assert_eq!(Lower::fold(t).as_str(), crate::lexicon::fold(t), "{t:?}");
        }
        assert_eq!(kept, 128 + 11);
    }

    /// A word of letters and digits is lower-cased as `fold` does it, listed or not, at the
    /// text's end or before it; every listed word is found, in any case.
    #[test]
    fn alnum_words_are_folds() {
        for w in COMMON_WORDS {
            assert!(w.len() <= 8 && w.bytes().all(|c| c.is_ascii_lowercase()), "{w}");
            for text in [w.to_string(), w.to_uppercase(), format!("{} and more", w[..1].to_uppercase() + &w[1..])] {
                assert!(matches!(Lower::of_alnum(&text, 0, w.len()).0, Cow::Borrowed(x) if x == *w), "{text}");
            }
        }
        for w in ["Todorkov", "said1", "SAIDX", "x", "Z", "9", "0th", "thé", "them7", "Government", "abcdefgh", "abcdefghi"] {
            let end = w.bytes().take_while(u8::is_ascii_alphanumeric).count();
            for text in [w.to_string(), format!("{w} next words")] {
                assert_eq!(Lower::of_alnum(&text, 0, end).as_str(), crate::lexicon::fold(&text[..end]), "{text}");
                assert_eq!(Lower::of_alnum(&format!("An {text}"), 3, 3 + end).as_str(), crate::lexicon::fold(&text[..end]), "{text}");
            }
        }
        assert!(matches!(Lower::of_alnum("Todorkov", 0, 8).0, Cow::Owned(_)));
    }
}
