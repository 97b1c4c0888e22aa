//! Word-level lookups the scanners share: capitalised words, the longest lexicon phrase at a token,
//! titles, per-token word facts, acronyms, ship and vehicle names.

use super::*;
use crate::lexicon::{Phrases, Signature};

#[inline]
pub fn is_cap_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    let l = tok.lower.as_bytes();
    // ("al-Sisi", "el-Sisi": an Arabic article before the capitalised name)
    // (asked ~10 times a token: the length first, then the two bytes "l-" shared by both)
    tok.kind == TokenKind::Word && (tok.cap && l != b"'s" && !(l.len() <= 9 && l.contains(&b'\'') && pronoun_contraction(&tok.lower)) || l.len() > 5 && l[1] == b'l' && l[2] == b'-' && matches!(l[0], b'a' | b'e'))
}

/// "I'm", "We've", "You'd", "Don't", "It's": a pronoun or an auxiliary with its contraction,
/// capitalised at the start of a sentence in a quote, is no name ("I’m saying …" had made a
/// person "I’m").
pub(super) fn pronoun_contraction(lower: &str) -> bool {
    lower.split_once('\'').is_some_and(|(head, tail)| {
        matches!(tail, "m" | "ll" | "ve" | "d" | "re" | "s" | "t")
            && matches!(head, "i" | "we" | "you" | "they" | "he" | "she" | "it" | "that" | "there" | "here" | "who" | "what" | "where" | "let" | "don" | "can" | "won" | "isn" | "aren" | "wasn" | "weren" | "didn" | "doesn" | "haven" | "hasn" | "hadn" | "couldn" | "wouldn" | "shouldn" | "ain")
    })
}

/// Longest match of a phrase table at token `i` (up to `end`), returning the end token.
#[inline]
pub(crate) fn longest<'a, T, M: Phrases<T>>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, M>) -> Option<(usize, &'a T)> {
    // (most words start no phrase of the table: that is told here, the scan is out of line)
    let most = table.max_tokens_from_signed(doc.tokens.get(i)?.lower.as_str(), token_signature(doc, i))?;
    longest_scan(doc, i, end.min(i + most.min(9)), table)
}

pub(super) fn longest_scan<'a, T, M: Phrases<T>>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, M>) -> Option<(usize, &'a T)> {
    // (the phrase and its joined spelling are built in buffers kept by the thread: 62,000
    // scans per 200 articles each allocated and freed one)
    thread_local!(static PHRASES: std::cell::RefCell<(String, String)> = std::cell::RefCell::new((String::with_capacity(64), String::with_capacity(64))));
    PHRASES.with_borrow_mut(|(phrase, joined)| {
        phrase.clear();
        longest_scan_in(doc, i, end, table, phrase, joined)
    })
}

pub(super) fn longest_scan_in<'a, T, M: Phrases<T>>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, M>, phrase: &mut String, joined: &mut String) -> Option<(usize, &'a T)> {
    let mut best = None;
    // tables spell a possessive as a word of its own ("valentine 's day") or, where they were
    // folded from names, joined to the word before ("people's republic of china"): the
    // joined spelling is tried too once a possessive has been seen (`joined` holds it then)
    let mut has_joined = false;
    for k in i..end {
        let lower = doc.tokens[k].lower.as_str();
        let possessive = k > i && matches!(lower, "'s" | "\u{2019}s");
        if possessive && !has_joined {
            joined.clear();
            joined.push_str(phrase);
            has_joined = true;
        }
        if k > i {
            phrase.push(' ');
        }
        phrase.push_str(lower);
        if has_joined {
            if possessive {
                joined.push_str("'s");
            } else {
                joined.push(' ');
                joined.push_str(lower);
            }
        }
        if let Some(v) = table.get(phrase).or_else(|| if has_joined { table.get(joined) } else { None }) {
            best = Some((k + 1, v));
        }
    }
    best
}

/// Flags of [`word_facts`], each the lexicon's first test, by the word's signature alone
/// (clear: certainly not; set: perhaps): the word may open a title of the table or be a
/// title's modifier (clear: `title_at` there is `None`), may open a listed holiday, may be a
/// holiday's head word.
pub(crate) const MAY_OPEN_TITLE: u8 = 1;

pub(crate) const MAY_OPEN_HOLIDAY: u8 = 2;

pub(crate) const MAY_BE_HOLIDAY_HEAD: u8 = 4;

/// A country's adjective or demonym ("Russian", "Ukrainians"), by signature.
pub(crate) const MAY_BE_COUNTRY_WORD: u8 = 8;

/// A word that a lower-case given name or place may follow ("that girl paige", "restaurants
/// in cordoba"), by signature: one of [`NOUNS_BEFORE_LOWER_CASE_GIVEN`] or
/// [`PREPOSITIONS_BEFORE_LOWER_CASE_PLACE`].
pub(crate) const MAY_MARK_LOWER_CASE_NAME: u8 = 16;

/// A list of words and the test of a word against it, from one list: the test a `matches!`
/// (the compiler turns it into a switch on the length, where `contains` on the slice would
/// compare with each word), the slice for the signatures of `word_facts`.
macro_rules! word_list {
    ($(#[$doc:meta])* $list:ident, $test:ident: $($w:literal)|+) => {
        $(#[$doc])*
        pub(crate) const $list: &[&str] = &[$($w),+];
        #[doc = concat!("Whether a lower-case word is one of [`", stringify!($list), "`].")]
        #[inline(always)]
        pub(crate) fn $test(lower: &str) -> bool {
            matches!(lower, $($w)|+)
        }
    };
}

word_list!(
    /// Nouns for a person after which a lower-case listed given name is that person's name
    /// ("that girl paige", "a boy david"; `lower_case_given_after_noun`).
    NOUNS_BEFORE_LOWER_CASE_GIVEN,
    noun_before_lower_case_given: "girl" | "boy" | "man" | "woman" | "guy" | "lady" | "friend" | "brother" | "sister" | "wife" | "husband" | "son" | "daughter" | "girlfriend" | "boyfriend" | "named" | "called"
);

word_list!(
    /// Prepositions of place after which a lower-case country or large town is a place
    /// ("restaurants in cordoba"; `lower_case_place`).
    PREPOSITIONS_BEFORE_LOWER_CASE_PLACE,
    preposition_before_lower_case_place: "in" | "from" | "to" | "near" | "of" | "around" | "visit" | "visiting"
);

/// The signatures of the words a lower-case name may follow (both lists), built once.
fn lower_case_name_marks() -> &'static crate::lexicon::WordSet {
    static MARKS: std::sync::LazyLock<crate::lexicon::WordSet> =
        std::sync::LazyLock::new(|| NOUNS_BEFORE_LOWER_CASE_GIVEN.iter().chain(PREPOSITIONS_BEFORE_LOWER_CASE_PLACE).map(|w| w.to_string()).collect());
    &MARKS
}

/// Whether the word before token `i` may mark a lower-case name after it
/// ([`MAY_MARK_LOWER_CASE_NAME`]): false at the first token, and where the facts say that
/// word is certainly in neither list. Asked at every lower-case word, twice (a given name, a
/// place): the facts' bit turns nearly every word away where the two `matches!` on the word
/// before cost ~25 instructions each (~4 M per 200 articles).
#[inline(always)]
pub(crate) fn may_follow_lower_case_name_mark(doc: &Doc, i: usize) -> bool {
    i > 0 && word_fact(doc, i - 1, MAY_MARK_LOWER_CASE_NAME)
}

/// Each token's lower-case form's signature, for `word_facts` and `token_signature`.
pub(crate) fn word_signatures(doc: &Doc) -> Vec<crate::lexicon::Signature> {
    doc.tokens.iter().map(|t| crate::lexicon::Signature::of(&t.lower)).collect()
}

/// The signature of token `t`'s lower-case form: the one kept in the document's
/// `word_signatures` (a load, where working it out from the word's length and bytes cost
/// ~14 instructions at each of the ~170,000 `longest` lookups per 200 articles), or worked
/// out where none is kept.
#[inline]
pub(crate) fn token_signature(doc: &Doc, t: usize) -> crate::lexicon::Signature {
    match doc.word_signatures.get(t) {
        Some(&sig) => sig,
        None => crate::lexicon::Signature::of(&doc.tokens[t].lower),
    }
}

/// One byte of flags per token, from its lower-case form alone (so built once those forms are
/// final, after `normal_forms`) and the lexicon (there is one: `Lexicon::get`). Signatures
/// only: a lookup per token and table would cost about what it saves. Each token's byte is
/// read from `facts_by_signature` by its signature: one load, where the seven tests of
/// `facts_of_signature` cost ~25 instructions a token (~6 M per 200 articles).
/// (Read off `signatures`, the tokens' `word_signatures`, slot by slot: ~6 instructions a
/// token, where asking `token_signature` for each token checked its slot's bounds and reloaded
/// the document's vector every time, 13 a token, ~1.6 M per 200 articles.)
pub(crate) fn word_facts(signatures: &[Signature]) -> Vec<u8> {
    let table = facts_by_signature();
    signatures.iter().map(|sig| table[sig.index()]).collect()
}

/// `facts_of_signature` for every signature, built once (64 KiB) from the lists' signature
/// bits, 64 signatures at a time: only the signatures some list has are visited.
fn facts_by_signature() -> &'static [u8; Signature::COUNT] {
    static TABLE: std::sync::LazyLock<Box<[u8; Signature::COUNT]>> = std::sync::LazyLock::new(|| {
        let lex = Lexicon::get();
        let marks = lower_case_name_marks();
        let mut table = Box::new([0u8; Signature::COUNT]);
        for block in 0..Signature::COUNT / 64 {
            let flagged = [
                (lex.titles.signature_block(block) | lex.title_modifiers.signature_block(block), MAY_OPEN_TITLE),
                (lex.holidays.signature_block(block), MAY_OPEN_HOLIDAY),
                (lex.holiday_heads.signature_block(block), MAY_BE_HOLIDAY_HEAD),
                (lex.country_adjectives.signature_block(block) | lex.demonyms.signature_block(block), MAY_BE_COUNTRY_WORD),
                (marks.signature_block(block), MAY_MARK_LOWER_CASE_NAME),
            ];
            for (mut bits, flag) in flagged {
                while bits != 0 {
                    table[block * 64 + bits.trailing_zeros() as usize] |= flag;
                    bits &= bits - 1;
                }
            }
        }
        table
    });
    &TABLE
}

/// The facts of a word of signature `sig`, each list's signature test asked in turn (what
/// `facts_by_signature` holds, the test's reference).
#[cfg(test)]
fn facts_of_signature(sig: Signature) -> u8 {
    let lex = Lexicon::get();
    let marks = lower_case_name_marks();
    let flag = |yes: bool, bit: u8| if yes { bit } else { 0 };
    flag(lex.titles.may_start_signed(sig) || lex.title_modifiers.may_hold_signed(sig), MAY_OPEN_TITLE)
        | flag(lex.holidays.may_start_signed(sig), MAY_OPEN_HOLIDAY)
        | flag(lex.holiday_heads.may_hold_signed(sig), MAY_BE_HOLIDAY_HEAD)
        | flag(lex.country_adjectives.may_hold_signed(sig) || lex.demonyms.may_hold_signed(sig), MAY_BE_COUNTRY_WORD)
        | flag(marks.may_hold_signed(sig), MAY_MARK_LOWER_CASE_NAME)
}

/// False when token `t` certainly has none of the facts `bits`; true when it may (or the
/// document's facts are not set, or `t` is past them).
#[inline]
pub(crate) fn word_fact(doc: &Doc, t: usize, bits: u8) -> bool {
    doc.word_facts.get(t).is_none_or(|f| f & bits != 0)
}

/// Longest title at token `i`: modifiers then a head ("foreign affairs chief",
/// "Secretary of State", "National Security Advisor"). Returns the end token and the
/// normalised head.
#[inline]
pub fn title_at(doc: &Doc, i: usize, end: usize) -> Option<(usize, &'static str)> {
    // (asked ~165,000 times per 200 articles, mostly at a word that opens no title and is no
    // modifier of one, which ends the loop below at once: the token's facts tell so. The test
    // is made where it is asked, inline, and the scan kept out of line: a call to the whole
    // function saved and restored six registers for the ~140,000 words it turned away at
    // once, ~20 instructions each)
    if !word_fact(doc, i, MAY_OPEN_TITLE) {
        return None;
    }
    title_scan(doc, i, end)
}

/// Whether a title of the table may end at token `e` (its word `e - 1` is the last word of
/// one, or a possessive that a joined "…'s" ends in): false where no `title_at(doc, l, e)`
/// can end at `e`. (`titles_before_name` asks for a title ending right before the name, or
/// before its comma, at each of up to twelve starts, ~20,000 scans per 200 articles, most
/// before a word no title ends in: "said", "and", a place.)
pub fn title_may_end_at(doc: &Doc, e: usize) -> bool {
    static LAST_WORDS: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    let last_words = LAST_WORDS.get_or_init(|| {
        let lex = Lexicon::get();
        lex.titles.keys().filter_map(|k| k.rsplit(' ').next()).chain(["'s", "\u{2019}s"]).map(str::to_string).collect()
    });
    e > 0 && doc.tokens.get(e - 1).is_some_and(|t| last_words.contains(&t.lower))
}

/// [`title_at`] past its first test: modifiers, then the longest title, from token `i`.
#[inline(never)]
fn title_scan(doc: &Doc, i: usize, end: usize) -> Option<(usize, &'static str)> {
    let lex = Lexicon::get();
    let mut best = None;
    let mut k = i;
    while k < end {
        // (past the first word, the scan ends at a word that opens no title and is no
        // modifier, ~36,000 times per 200 articles: its facts tell so with one byte, where
        // the two lookups worked out its signature twice; the first word's were read by
        // `title_at`)
        if k > i && !word_fact(doc, k, MAY_OPEN_TITLE) {
            break;
        }
        if let Some((e, t)) = longest(doc, k, end, &lex.titles) {
            best = Some((e, t.norm));
            k = e;
            continue;
        }
        if lex.title_modifiers.contains(&doc.tokens[k].lower) {
            k += 1;
            continue;
        }
        break;
    }
    best
}

/// Tokens `a..b` as a mention of the gazetteer's place of that name (a region when
/// `region`), or of an unlisted place spelt so.
pub(super) fn mention_place(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize, region: bool) {
    let name = text_of(doc, a, b);
    let ent = match lex.place_names.get(&fold(&name)) {
        Some(p) => doc.place(p[0], region),
        None => doc.unlisted_place(&name),
    };
    doc.add_mention(span_of(doc, a, b), ent, MentionKind::Name);
}

pub(super) fn text_of(doc: &Doc, a: usize, b: usize) -> String {
    doc.slice(Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)).to_string()
}

pub(super) fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

/// A word of capital letters alone ("ICT", "ARD", "JB"), as many as `len` allows.
pub(crate) fn capitals(w: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// "NATO", "SBU", "G7": an organisation's initials. Two-letter ones are too often other
/// things (AM, PM, KO) and count only when a lexicon knows them.
pub(super) fn is_acronym(s: &str) -> bool {
    let mut chars = s.chars();
    let first = chars.next().is_some_and(char::is_uppercase);
    let n = s.chars().count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = (3..=6).contains(&n) && letters >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let letter_digits = n >= 2 && first && chars.all(|c| c.is_ascii_digit());
    caps || letter_digits
}

/// "6PR", "3AW": a broadcaster's call sign, one digit then two or three capitals (not a
/// time or a drive: "9AM", "4WD").
pub(super) fn call_sign(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=4).contains(&b.len()) && b[0].is_ascii_digit() && b[1..].iter().all(u8::is_ascii_uppercase) && !["AM", "PM", "WD"].iter().any(|x| w.ends_with(x))
}

/// A speech cue (or "who", a comma-appositive) right after token `j`: evidence of a person.
pub(super) fn cue_follows(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let mut k = j;
    while k < doc.tokens.len() && matches!(doc.tokens[k].lower.as_str(), "has" | "had" | "have" | "also" | "later" | "then" | "again" | "previously" | "once" | "is" | "was") {
        k += 1;
    }
    // (cues that organisations and things do as often as people, or that are nouns after a
    // name: "Chrome continues to surge", "the Paper Mate brand", "the journal discussed")
    const WEAK: &[&str] = &["continue", "brand", "discuss", "detail", "reference", "compare", "assume", "tout", "unveil", "portray", "invoke", "link", "promote", "offer", "rate", "forecast", "charge", "challenge", "favor", "credit", "inform", "vote", "back", "decide", "rule", "label", "publish", "demand"];
    doc.tokens.get(k).is_some_and(|t| lex.cues.get(&t.lower).is_some_and(|c| !WEAK.contains(&c.lemma)))
}

/// `"…," said Wanjiru Gikonyo.` (`k` at the name): a verb of saying right after a quotation's
/// closing mark (and its comma) credits the quote to the name after it; the verb's subject.
pub(super) fn credited_after_quote(doc: &Doc, k: usize) -> bool {
    k >= 2
        && matches!(doc.tokens[k - 1].lower.as_str(), "said" | "says" | "added" | "adds" | "wrote" | "writes" | "asked" | "asks" | "explained" | "continued" | "insisted" | "recalled")
        && (doc.tokens[k - 2].kind == TokenKind::Quote || k >= 3 && doc.tokens[k - 2].lower == "," && doc.tokens[k - 3].kind == TokenKind::Quote)
}

/// `"…," said Jaspreet Gill, a farmer`: ", a"/", an" and a lower-case word after the name
/// describe the one quoted, so its last word is a surname even where it is a common word.
pub(super) fn indefinite_apposition_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    at(end) == "," && matches!(at(end + 1), "a" | "an") && doc.tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
}

/// Word `m` may close a person's name: capitalised with lower-case letters after, and no
/// organisation word, title, stopword or country (a town may share it: "Gill", "Hull").
pub(super) fn surname_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let t = &doc.tokens[m];
    let w = doc.slice(t.span);
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !lex.org_words.contains(w)
        && !lex.titles.contains_key(&t.lower)
        && !lex.stopwords.contains(&t.lower)
        && lex.country_any(&t.lower).is_none()
}

/// "the aircraft carrier Tolvan Harrow"", "USS Vexmoor": the run at token `i` names a ship
/// (after a lower-case word for a ship, or opened by a navy's prefix): no person, no place.
pub(crate) fn ship_name_at(doc: &Doc, i: usize) -> bool {
    const SHIPS: &[&str] = &[
        "carrier", "destroyer", "frigate", "submarine", "cruiser", "warship", "corvette", "battleship", "tanker", "freighter", "trawler", "ferry", "vessel", "ship", "liner", "icebreaker",
    ];
    const PREFIXES: &[&str] = &["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFA", "MV"];
    i > 0 && !doc.tokens[i - 1].cap && SHIPS.contains(&doc.tokens[i - 1].lower.as_str()) || PREFIXES.contains(&doc.slice(doc.tokens[i].span)) && doc.tokens.get(i + 1).is_some_and(|t| t.cap)
}

/// "the Corva Breeze minivan", "the Terra compact SUV": a run followed (after at most two
/// lower-case modifiers) by a word for a kind of vehicle names a model, not a person or place.
pub(crate) fn vehicle_model_before(doc: &Doc, j: usize) -> bool {
    const VEHICLES: &[&str] = &["minivan", "suv", "suvs", "sedan", "saloon", "hatchback", "crossover", "pickup", "coupe", "convertible", "roadster", "supercar", "minicar", "scooter"];
    (j..(j + 3).min(doc.tokens.len())).take_while(|&k| k == j || !doc.tokens[k - 1].cap && doc.tokens[k - 1].kind == TokenKind::Word).any(|k| VEHICLES.contains(&doc.tokens[k].lower.as_str()))
}

/// Last words of the names of treaties, accords and laws ("the Quarnby Accords", "the Harbour
/// Safety Act", "the Vexmoor Convention"): documents, no person, organisation or place.
pub(crate) const DOCUMENT_HEADS: &[&str] = &["Treaty", "Treaties", "Accord", "Accords", "Agreement", "Protocol", "Act", "Declaration", "Convention", "Conventions", "Charter"];

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts' bit is set at every word of both lists (what makes the test before each
    /// `matches!` safe), each list's test holds for its own words, and neither holds for a
    /// word of neither list.
    #[test]
    fn the_facts_table_holds_each_signatures_tests() {
        let table = facts_by_signature();
        let mut flagged = 0;
        for sig in Signature::every() {
            assert_eq!(table[sig.index()], facts_of_signature(sig), "{sig:?}");
            flagged += usize::from(table[sig.index()] != 0);
        }
        // (every fact is some signature's, and most signatures have none)
        assert!((0..5).all(|bit| table.iter().any(|&f| f & 1 << bit != 0)));
        assert!(flagged > 100 && flagged < Signature::COUNT / 2, "{flagged}");
    }

    #[test]
    fn lower_case_name_marks_are_flagged_and_tested() {
        let words: Vec<&str> = NOUNS_BEFORE_LOWER_CASE_GIVEN.iter().chain(PREPOSITIONS_BEFORE_LOWER_CASE_PLACE).copied().collect();
        let doc = crate::extract::analyze_names_for_test(&format!("{} table", words.join(" ")));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(doc.tokens[k].lower.as_str(), *w);
            assert!(word_fact(&doc, k, MAY_MARK_LOWER_CASE_NAME), "{w}");
            assert!(may_follow_lower_case_name_mark(&doc, k + 1), "{w}");
        }
        assert!(NOUNS_BEFORE_LOWER_CASE_GIVEN.iter().all(|w| noun_before_lower_case_given(w)));
        assert!(PREPOSITIONS_BEFORE_LOWER_CASE_PLACE.iter().all(|w| preposition_before_lower_case_place(w)));
        for w in ["table", "in ", "girls", "named2", "", "visits"] {
            assert!(!noun_before_lower_case_given(w) && !preposition_before_lower_case_place(w), "{w}");
        }
        assert!(!may_follow_lower_case_name_mark(&doc, 0));
        // ("table": no word of the lists has its signature)
        assert!(!word_fact(&doc, words.len(), MAY_MARK_LOWER_CASE_NAME));
    }

    /// The facts read off the kept signatures are those of each token's own signature.
    #[test]
    fn word_facts_are_each_tokens_signatures_facts() {
        let doc = crate::extract::analyze_names_for_test("The Secretary of State met the people's representatives in São Paulo on Christmas Day, a Briton named ruby said.");
        assert_eq!(doc.word_facts.len(), doc.tokens.len());
        for t in 0..doc.tokens.len() {
            let sig = crate::lexicon::Signature::of(&doc.tokens[t].lower);
            assert_eq!(doc.word_facts[t], facts_of_signature(sig), "{}", doc.tokens[t].lower.as_str());
        }
        assert!(doc.word_facts.iter().any(|&f| f != 0), "some token has a fact");
        assert!(word_facts(&[]).is_empty());
    }

    /// A token's kept signature is its word's, and one worked out where none is kept.
    #[test]
    fn token_signature_is_the_words_kept_or_not() {
        let mut doc = crate::extract::analyze_names_for_test("The Secretary of State met the people's representatives in São Paulo.");
        assert_eq!(doc.word_signatures.len(), doc.tokens.len());
        let of = |doc: &Doc, t: usize| crate::lexicon::Signature::of(&doc.tokens[t].lower);
        for t in 0..doc.tokens.len() {
            assert_eq!(token_signature(&doc, t), of(&doc, t));
        }
        doc.word_signatures.clear();
        for t in 0..doc.tokens.len() {
            assert_eq!(token_signature(&doc, t), of(&doc, t));
        }
    }
}
