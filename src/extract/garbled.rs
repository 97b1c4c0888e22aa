//! Garbled place names: a capitalised word (or two) that no lexicon knows, in a place
//! context ("in Krivyi Rig", "the Zaporizhzia region"), one or two letters away from a
//! gazetteer place of a country the article already names. It resolves to that place,
//! and the mention records how sure the match is (`Mention::confidence`).

use crate::lexicon::{fold, Lexicon};
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use crate::resolve::keys::{levenshtein_within, strip_diacritic, strip_diacritics};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Gazetteer places by ISO country code, with their folded names (no diacritics) as
/// letters: the search below runs per candidate word and must stay cheap. Keyed by country
/// code and first letter (a misspelling keeps its first letter).
/// (Built at the first article of every process, so built cheaply: Fx hashing of a number for
/// each country code and first letter (`index_key`); hashing and comparing the country code as
/// a string cost ~5.4 M instructions. Only a name's first letter is folded then: the names of
/// a country's places with one first letter are folded, ASCII names byte by byte, when a word
/// first asks for them. Folding every name at once was ~7 M of the index's 10.9 M
/// instructions a process, and 200 articles ask for a few hundred of its ~6,000 runs.)
fn by_country() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let places = &Lexicon::get().places;
        let mut keyed = Vec::with_capacity(places.len());
        for (i, p) in places.iter().enumerate() {
            if let Some(key) = first_letter(p.name).and_then(|first| index_key(p.country, first)) {
                keyed.push((key, i as u32));
            }
        }
        let places = Grouped::new(keyed);
        let names = (0..places.runs.len()).map(|_| OnceLock::new()).collect();
        Index { places, names }
    })
}

/// The first letter of a place's name folded as `fold_name` folds it: `None` for no name.
/// (An ASCII first byte, nearly every name's, is lower-cased where the index is built, without
/// decoding a character or a call: the call alone cost ~21 instructions for each of the
/// gazetteer's ~39,000 names, ~0.8 M a process.)
#[inline(always)]
fn first_letter(name: &str) -> Option<char> {
    match *name.as_bytes().first()? {
        b if b.is_ascii() => Some(char::from(b.to_ascii_lowercase())),
        _ => first_letter_not_ascii(name),
    }
}

/// [`first_letter`] of a name whose first character is not ASCII (a curly apostrophe, a
/// letter with a diacritic, another script's letter).
#[cold]
#[inline(never)]
fn first_letter_not_ascii(name: &str) -> Option<char> {
    let mut first = Vec::with_capacity(3);
    push_folded(name.chars().next()?, &mut first);
    first.first().copied()
}

/// Appends `strip_diacritics(&fold(name))` to `letters`, character by character as both map,
/// without the two copies (ASCII names lower-cased byte by byte, which is all `fold` does to
/// them).
fn fold_name(name: &str, letters: &mut Vec<char>) {
    if name.is_ascii() {
        letters.extend(name.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        for c in name.chars() {
            push_folded(c, letters);
        }
    }
}

/// Appends one character of a name as `fold_name` folds it: a curly apostrophe straight, a
/// letter lower-cased without its diacritic.
fn push_folded(c: char, letters: &mut Vec<char>) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => letters.push('\''),
        c if c.is_ascii() => letters.push(c.to_ascii_lowercase()),
        c => letters.extend(c.to_lowercase().map(strip_diacritic)),
    }
}

struct Index {
    /// (country code, first letter) as `index_key` → places (indices of `Lexicon::places`).
    places: Grouped<u32>,
    /// Each run of `places`' folded names, made when the run is first asked for.
    names: Vec<OnceLock<RunNames>>,
}

impl Index {
    /// The places of `key` and their folded names (none for a key no place has).
    fn places_of(&self, key: u64) -> (&[u32], Option<&RunNames>) {
        match self.places.run(key) {
            Some(run) => {
                let places = self.places.run_items(run);
                (places, Some(self.names[run].get_or_init(|| RunNames::of(places))))
            }
            None => (&[], None),
        }
    }

    /// Every run's key, places and names (all folded).
    #[cfg(test)]
    fn all(&self) -> impl Iterator<Item = (u64, &[u32], &RunNames)> {
        self.places.run_of.keys().map(|&key| {
            let (places, names) = self.places_of(key);
            (key, places, names.expect("a key given has a run"))
        })
    }
}

/// The folded names of a run's places, one after another: the `k`th ends at `ends[k]`.
struct RunNames {
    letters: Vec<char>,
    ends: Vec<u32>,
}

impl RunNames {
    fn of(places: &[u32]) -> RunNames {
        let all = &Lexicon::get().places;
        let mut letters = Vec::with_capacity(places.len() * 10);
        let ends = places
            .iter()
            .map(|&i| {
                fold_name(all[i as usize].name, &mut letters);
                letters.len() as u32
            })
            .collect();
        RunNames { letters, ends }
    }

    /// The `k`th place's folded name.
    fn name(&self, k: usize) -> &[char] {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.letters[start..self.ends[k] as usize]
    }
}

/// Items grouped by a key, in one vector: each key's items are a run of it, in the order they
/// were given. (Faster to build than a map of a `Vec` per key, as the index had: counted first,
/// then each item written in its place, so no vector grows; the map holds one small number a
/// key. The index's per-key vectors grew 6,216 times, ~2.5 M instructions.)
struct Grouped<T> {
    run_of: FxHashMap<u64, u32>,
    runs: Vec<std::ops::Range<u32>>,
    items: Vec<T>,
}

impl<T: Copy + Default> Grouped<T> {
    fn new(keyed: Vec<(u64, T)>) -> Self {
        let mut run_of = FxHashMap::default();
        let mut counts: Vec<u32> = Vec::new();
        // (The run of a key is remembered by the key's low five bits and looked for there before
        // the map: the index's keys end in the first letter and come country by country, so
        // nearly every place finds its run there without hashing: this pass 2.1 → 1.4 M instructions.)
        let mut recent: [Option<(u64, u32)>; 32] = [None; 32];
        let runs_of_items: Vec<u32> = keyed
            .iter()
            .map(|&(key, _)| {
                let slot = &mut recent[(key & 31) as usize];
                let run = match *slot {
                    Some((k, run)) if k == key => run,
                    _ => {
                        let run = *run_of.entry(key).or_insert_with(|| {
                            counts.push(0);
                            counts.len() as u32 - 1
                        });
                        *slot = Some((key, run));
                        run
                    }
                };
                counts[run as usize] += 1;
                run
            })
            .collect();
        let mut end = 0;
        let runs: Vec<std::ops::Range<u32>> = counts
            .iter()
            .map(|&n| {
                end += n;
                end - n..end
            })
            .collect();
        let mut next: Vec<u32> = runs.iter().map(|r| r.start).collect();
        let mut items = vec![T::default(); keyed.len()];
        for ((_, item), run) in keyed.into_iter().zip(runs_of_items) {
            items[next[run as usize] as usize] = item;
            next[run as usize] += 1;
        }
        Grouped { run_of, runs, items }
    }

    /// The items of `key`, in the order given (none for a key never given).
    #[cfg(test)]
    fn get(&self, key: u64) -> &[T] {
        self.run(key).map_or(&[], |run| self.run_items(run))
    }

    /// The run of `key`'s items, if it was given: a number below `runs.len()`.
    fn run(&self, key: u64) -> Option<usize> {
        self.run_of.get(&key).map(|&run| run as usize)
    }

    /// The items of run `run`, in the order given.
    fn run_items(&self, run: usize) -> &[T] {
        let r = &self.runs[run];
        &self.items[r.start as usize..r.end as usize]
    }

    #[cfg(test)]
    fn groups(&self) -> impl Iterator<Item = (u64, &[T])> {
        self.run_of.keys().map(|&key| (key, self.get(key)))
    }
}

/// A country code of two bytes at most (every place's: ISO 3166-1 alpha-2, or none for a
/// continent or world region) and a first letter as one number, different for each such pair:
/// the code's length, its bytes, then the letter. `None` for a longer code, which no place has.
fn index_key(country: &str, first: char) -> Option<u64> {
    let code = match *country.as_bytes() {
        [] => 0,
        [a] => 1 << 16 | u64::from(a),
        [a, b] => 2 << 16 | u64::from(a) << 8 | u64::from(b),
        _ => return None,
    };
    Some(code << 32 | u64::from(first))
}

/// Words before a place name, and after it.
const BEFORE: &[&str] = &["in", "near", "outside", "around", "from", "towards", "toward", "into", "of"];
const AFTER: &[&str] = &["region", "oblast", "province", "district", "city", "area"];

pub fn find_garbled_places(doc: &mut Doc) {
    // the countries the article names: only their places are candidates
    let countries: Vec<String> = doc.entities.iter().filter(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)).filter_map(|e| e.country.clone()).collect();
    if countries.is_empty() {
        return;
    }
    let lex = Lexicon::get();
    let mut words = CandidateWords::default();
    let mut t = 1;
    while t < doc.tokens.len() {
        if !words.is_word(doc, lex, t) {
            t += 1;
            continue;
        }
        let len = if words.is_word(doc, lex, t + 1) { 2 } else { 1 };
        let prev = doc.tokens[t - 1].lower.as_str();
        let after = doc.tokens.get(t + len).map(|x| x.lower.as_str()).unwrap_or("");
        let context = BEFORE.contains(&prev) || AFTER.contains(&after);
        if context {
            let span = Span::new(doc.tokens[t].span.start, doc.tokens[t + len - 1].span.end);
            if let Some((place, confidence)) = nearest_place(&doc.text()[span.start..span.end], &countries) {
                let region = AFTER.contains(&after) && after != "city";
                let e = doc.place(place, region);
                doc.add_mention_with_confidence(span, e, MentionKind::Name, confidence);
                words.mentions_changed();
            }
        }
        t += len;
    }
}

/// Which tokens may be a garbled place's word (capitalised, no stopword, in no mention), asked
/// token by token from the start. Faster than asking each token afresh, as the walk did: a
/// word is asked at most once (the walk asks the word after a candidate, then the same word
/// again as the next candidate), and whether it lies in a mention is read from a cursor over
/// the sorted mentions, not by a binary search over them at each word (the search was ~1.2 M
/// instructions of the walk's ~4.4 M per 200 articles).
#[derive(Default)]
struct CandidateWords {
    /// The first mention that ends after the last token asked of `mentioned`.
    next_mention: usize,
    /// The last capitalised word asked of `free_word`, and its answer.
    last: Option<(usize, bool)>,
}

impl CandidateWords {
    /// Whether token `k` is a candidate word. `k` never goes down between calls (the same
    /// token may be asked again). (Always inlined: most tokens are no capitalised word, told at
    /// once; a call for each had cost more than the search it spares.)
    #[inline(always)]
    fn is_word(&mut self, doc: &Doc, lex: &Lexicon, k: usize) -> bool {
        doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap) && self.free_word(doc, lex, k)
    }

    /// Whether capitalised word `k` is in no mention and no stopword.
    fn free_word(&mut self, doc: &Doc, lex: &Lexicon, k: usize) -> bool {
        if let Some((_, answer)) = self.last.filter(|&(j, _)| j == k) {
            return answer;
        }
        let x = &doc.tokens[k];
        let answer = !self.mentioned(doc, x.span.start) && !lex.stopwords.contains(&x.lower);
        self.last = Some((k, answer));
        answer
    }

    /// Whether a mention covers byte `pos` (what `Doc::mention_at_token` tells of the token
    /// that starts there: mentions are sorted and never overlap). `pos` never goes down
    /// between calls.
    fn mentioned(&mut self, doc: &Doc, pos: usize) -> bool {
        let mentions = &doc.mentions;
        while mentions.get(self.next_mention).is_some_and(|m| m.span.end <= pos) {
            self.next_mention += 1;
        }
        mentions.get(self.next_mention).is_some_and(|m| m.span.start <= pos)
    }

    /// A mention was added (after the tokens asked, as the walk adds them): the cursor starts
    /// again from the first mention. The last answer stands: the new mention does not cover
    /// the token after it.
    fn mentions_changed(&mut self) {
        self.next_mention = 0;
    }
}

/// The gazetteer place of one of `countries` nearest to `surface`, if it is close enough
/// to be a misspelling: the same first letter, at most one edit in 6–7 letters, two from 8
/// (a word of five letters one edit away from a town is as often another place the
/// gazetteer lacks: "the island of Luzon" is no Lupon).
fn nearest_place(surface: &str, countries: &[String]) -> Option<(usize, f32)> {
    let lex = Lexicon::get();
    let lower = fold(surface);
    let s: Vec<char> = strip_diacritics(&lower).chars().collect();
    let n = s.len();
    // a word some lexicon knows is that word, not a misspelt place ("Americans" is no "Americus")
    if n < 6 || lex.place_names.contains_key(&lower) || lex.country_any(&lower).is_some() || lex.first_names.contains_key(&lower) || lex.is_common_word(&lower) {
        return None;
    }
    let max = if n >= 8 { 2 } else { 1 };
    let first = *s.first()?;
    let letters = letter_mask(&s);
    let mut best: Option<(usize, usize, u64)> = None; // (distance, place, population)
    let mut seen = Vec::new();
    for c in countries {
        if seen.contains(c) {
            continue;
        }
        seen.push(c.clone());
        let Some((places, Some(names))) = index_key(c, first).map(|key| by_country().places_of(key)) else { continue };
        for (k, &i) in places.iter().enumerate() {
            let (i, name) = (i as usize, names.name(k));
            if !may_be_within(&s, letters, name, max) {
                continue;
            }
            let Some(d) = levenshtein_within(&s, name, max).filter(|&d| d > 0) else { continue };
            let p = &lex.places[i];
            if best.is_none_or(|(bd, _, bp)| d < bd || d == bd && p.population > bp) {
                best = Some((d, i, p.population));
            }
        }
    }
    let (d, i, _) = best?;
    Some((i, 1.0 - d as f32 / n as f32))
}

/// The letters of a word as a set of bits, each character's code modulo 64.
fn letter_mask(word: &[char]) -> u64 {
    word.iter().fold(0, |mask, &c| mask | 1 << (u32::from(c) % 64))
}

/// Whether `word` (with `letter_mask` `letters`) may be within `max` edits of `name`: `false`
/// only when it is not. (A test of a few instructions before the edit distance, ~400 a pair
/// of a place's names, as most pairs of the same first letter and country are far apart: a
/// letter of one word the other lacks needs an edit of its own, so two words within `max`
/// edits have lengths within `max` and no more than `max` bits of either mask missing from
/// the other's. Distinct bits are distinct letters, whatever letters share a bit.)
fn may_be_within(word: &[char], letters: u64, name: &[char], max: usize) -> bool {
    if word.len().abs_diff(name.len()) > max {
        return false;
    }
    let other = letter_mask(name);
    (letters & !other).count_ones() as usize <= max && (other & !letters).count_ones() as usize <= max
}

#[cfg(test)]
mod tests {
    use super::nearest_place;

    #[test]
    fn the_index_letters_are_the_folded_names_without_diacritics() {
        use crate::lexicon::{fold, Lexicon};
        use crate::resolve::keys::strip_diacritics;
        let index = super::by_country();
        let mut n = 0;
        for (key, places, names) in index.all() {
            for (k, &i) in places.iter().enumerate() {
                let place = &Lexicon::get().places[i as usize];
                let letters: String = names.name(k).iter().collect();
                assert_eq!(letters, strip_diacritics(&fold(place.name)), "{}", place.name);
                // (the run a place is in is that of its folded name's first letter)
                assert_eq!(super::index_key(place.country, names.name(k)[0]), Some(key), "{}", place.name);
                n += 1;
            }
        }
        // (every place with a name is in the index: none has a country code `index_key` turns away)
        assert_eq!(n, Lexicon::get().places.iter().filter(|p| !p.name.is_empty()).count());
    }

    /// The first letter read off an ASCII first byte is the one the characters' path gives,
    /// for every gazetteer name and for names that open with other characters.
    #[test]
    fn a_first_letter_read_as_a_byte_is_the_first_character_folded() {
        use super::{first_letter, first_letter_not_ascii};
        use crate::lexicon::Lexicon;
        let samples = ["", "Kyiv", "kyiv", "'Ain", "\u{2019}Ain", "\u{2018}Ain", "\u{02BC}Ain", "\u{00C9}vora", "\u{00E9}vora", "\u{0130}zmir", "\u{00DF}x", "\u{4E2D}", "1st", " x", "Zz"];
        let names = Lexicon::get().places.iter().map(|p| p.name).chain(samples);
        let mut n = 0;
        for name in names {
            assert_eq!(first_letter(name), first_letter_not_ascii(name), "{name:?}");
            n += 1;
        }
        assert!(n > 1000);
    }

    #[test]
    fn grouped_items_are_those_a_map_of_vectors_holds_in_the_same_order() {
        use super::Grouped;
        use std::collections::HashMap;
        let mut keyed = Vec::new();
        let mut seed = 7u64;
        for i in 0..5000u32 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            keyed.push(((seed >> 33) % 97 * 1_000_003, i));
        }
        let mut slow: HashMap<u64, Vec<u32>> = HashMap::new();
        for &(key, i) in &keyed {
            slow.entry(key).or_default().push(i);
        }
        let fast = Grouped::new(keyed);
        assert_eq!(fast.groups().count(), slow.len());
        for (key, items) in &slow {
            assert_eq!(fast.get(*key), &items[..], "{key}");
        }
        assert!(fast.get(5).is_empty(), "a key never given has no items");
        // keys with the same low bits, in turns, and a key of all ones
        let turns: Vec<(u64, u32)> = (0..100u32).map(|i| ([3, 35, 67, u64::MAX][i as usize % 4], i)).collect();
        let grouped = Grouped::new(turns);
        for (n, key) in [3, 35, 67, u64::MAX].into_iter().enumerate() {
            let expected: Vec<u32> = (0..100).filter(|i| i % 4 == n as u32).collect();
            assert_eq!(grouped.get(key), &expected[..], "{key}");
        }
        assert!(Grouped::<u32>::new(Vec::new()).get(0).is_empty());
    }

    #[test]
    fn an_index_key_is_the_country_code_and_first_letter_and_no_other_pair() {
        use super::index_key;
        let codes = ["", "U", "UA", "US", "SU", "A\u{0}", "\u{0}"];
        let letters = ['a', 'z', '\'', 'ß', '中', '\u{10FFFF}'];
        let mut seen = std::collections::HashMap::new();
        for c in codes {
            for f in letters {
                let key = index_key(c, f).expect("a code of two bytes at most");
                assert_eq!(seen.insert(key, (c, f)), None, "{c:?} {f:?}");
            }
        }
        assert_eq!(index_key("USA", 'a'), None);
    }

    /// The cursor tells of each token, asked in order (each twice, as the walk may ask), what
    /// `Doc::mention_at_token` tells, and the candidate words are those the walk's test picked.
    #[test]
    fn candidate_words_by_cursor_are_those_a_search_finds() {
        use crate::lexicon::Lexicon;
        use crate::model::TokenKind;
        let doc = crate::extract::analyze_names_for_test(
            "Fighting near Krivyi Rig continued on Monday, the Ukrainian army said. President Ivan Delko \
             met Prime Minister Tomas Hale in London and in Zaporizhzia Oblast, where the United Nations \
             and the Red Cross work. \"We Will Stay,\" said Jane Roe of the BBC in Kyiv.",
        );
        let lex = Lexicon::get();
        assert!(doc.mentions.len() >= 5, "{}", doc.mentions.len());
        let (mut words, mut cursor) = (super::CandidateWords::default(), super::CandidateWords::default());
        let mut mentioned = 0;
        for k in 0..doc.tokens.len() + 2 {
            let x = doc.tokens.get(k);
            let slow = x.is_some_and(|x| x.kind == TokenKind::Word && x.cap && doc.mention_at_token(k).is_none() && !lex.stopwords.contains(&x.lower));
            assert_eq!(words.is_word(&doc, lex, k), slow, "{k}");
            assert_eq!(words.is_word(&doc, lex, k), slow, "{k}");
            if let Some(x) = x {
                assert_eq!(cursor.mentioned(&doc, x.span.start), doc.mention_at_token(k).is_some(), "{k}");
                mentioned += usize::from(doc.mention_at_token(k).is_some());
            }
        }
        assert!(mentioned >= 8, "{mentioned}");
    }

    /// The letter test before the edit distance turns away no pair within the bound (names of
    /// the index and words an edit or two from them, letters beyond ASCII and letters sharing
    /// a bit among them), and most of the others.
    #[test]
    fn the_letter_test_keeps_every_pair_within_the_bound() {
        use super::{letter_mask, may_be_within};
        use crate::resolve::keys::levenshtein_within;
        let index = super::by_country();
        let names: Vec<Vec<char>> = index.all().flat_map(|(_, places, names)| (0..places.len()).map(move |k| names.name(k).to_vec())).step_by(97).collect();
        // each name, then a word two edits from it and one a third edit away, side by side
        let mut words = Vec::new();
        for (k, name) in names.iter().enumerate() {
            words.push(name.clone());
            if name.len() >= 3 {
                let mut w = name.clone();
                w[k % name.len()] = ['q', 'é', '\u{41}', 'ж'][k % 4];
                w.remove((k / 7) % w.len());
                words.push(w.clone());
                w.insert(k % w.len(), 'a');
                words.push(w);
            }
        }
        let (mut within, mut near, mut turned_away, mut pairs) = (0, 0, 0, 0);
        for (i, word) in words.iter().enumerate().step_by(2) {
            for name in &words[i.saturating_sub(40)..(i + 40).min(words.len())] {
                for max in 0..4 {
                    pairs += 1;
                    let fast = may_be_within(word, letter_mask(word), name, max);
                    if levenshtein_within(word, name, max).is_some() {
                        assert!(fast, "{word:?} {name:?} {max}");
                        within += 1;
                        near += usize::from(word != name);
                    } else {
                        turned_away += usize::from(!fast);
                    }
                }
            }
        }
        assert!(within > 1000 && near > 500 && turned_away * 2 > pairs, "{within} {near} {turned_away} {pairs}");
        // letters that share a bit are told apart by the edit distance, not the mask
        let (a, b): (Vec<char>, Vec<char>) = ("ab".chars().collect(), "\u{a1}b".chars().collect());
        assert_eq!(letter_mask(&a), letter_mask(&b));
        assert!(may_be_within(&a, letter_mask(&a), &b, 0) && levenshtein_within(&a, &b, 0).is_none());
    }

    #[test]
    fn a_near_miss_in_a_named_country_resolves_and_a_far_one_does_not() {
        let ua = vec!["UA".to_string()];
        let (p, c) = nearest_place("Zaporizhzia", &ua).expect("one letter off Zaporizhzhia");
        assert_eq!(crate::lexicon::Lexicon::get().places[p].name, "Zaporizhzhia");
        assert!(c > 0.85 && c < 1.0, "{c}");
        assert!(nearest_place("Zaporizhzia", &["FR".to_string()]).is_none(), "only places of the article's countries");
        assert!(nearest_place("Blorkistan", &ua).is_none());
        assert!(nearest_place("Kyiv", &ua).is_none(), "short words never match loosely");
        assert!(nearest_place("Americans", &["US".to_string()]).is_none(), "a demonym is no misspelt Americus");
        assert!(nearest_place("Luzon", &["PH".to_string()]).is_none(), "five letters one edit from Lupon");
    }
}
