//! Finding names of people, organisations, countries and places in running text:
//! capitalised runs split by lexicons (countries, adjectives, titles, organisation words,
//! gazetteer, first names) and by context (a title before, a speech cue after).

use crate::lexicon::{fold, Lexicon};
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};

/// Lower-case words that may join capitalised words inside one name.
const CONNECTORS: &[&str] = &["of", "for", "de", "del", "della", "di", "da", "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "la", "le", "y", "and"];

/// Lower-case words after a place name that make it a region.
pub const REGION_WORDS: &[&str] = &["region", "oblast", "province", "state", "district", "county", "governorate", "territory", "prefecture"];

const PREPOSITIONS: &[&str] = &["in", "to", "from", "near", "at", "outside", "towards", "toward", "into", "across", "around", "over", "of", "on", "through", "via"];

/// Lower-case heads after a country adjective that make an organisation ("German government").
const STATE_BODIES: &[&[&str]] = &[
    &["government"], &["foreign", "ministry"], &["defence", "ministry"], &["defense", "ministry"], &["foreign", "office"],
    &["military"], &["army"], &["navy"], &["air", "force"], &["parliament"], &["embassy"], &["authorities"],
    &["security", "services"], &["intelligence", "services"], &["armed", "forces"], &["border", "guard"], &["border", "service"],
];

pub fn find_names(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut deferred: Vec<(usize, usize)> = Vec::new(); // single unknown words, tried after full names are known
    for si in 0..doc.sentences.len() {
        let (a, b) = doc.sentences[si].tokens;
        let heading = doc.paragraphs[doc.sentences[si].paragraph].heading;
        let mut i = a;
        while i < b {
            if !is_cap_word(doc, i) {
                i += 1;
                continue;
            }
            // maximal capitalised run with connectors
            let mut j = i + 1;
            while j < b {
                if is_cap_word(doc, j) && doc.slice(doc.tokens[j].span) != "I" {
                    j += 1;
                } else if CONNECTORS.contains(&doc.tokens[j].lower.as_str()) && j + 1 < b && is_cap_word(doc, j + 1) && !doc.tokens[j].cap {
                    // "France and Germany" are two names; "Bosnia and Herzegovina" is one country
                    if doc.tokens[j].lower == "and" && !joined_by_and(doc, i, j + 2) {
                        break;
                    }
                    j += 2;
                } else if doc.tokens[j].lower == "the" && j >= 1 && doc.tokens[j - 1].lower == "of" && j + 1 < b && is_cap_word(doc, j + 1) {
                    j += 1;
                } else {
                    break;
                }
            }
            let sentence_start = i == a || (i == a + 1 && doc.tokens[a].kind != TokenKind::Word);
            parse_run(doc, lex, i, j, sentence_start, heading, &mut deferred);
            i = j;
        }
        state_bodies(doc, lex, a, b);
    }
    for (t, sentence_start) in deferred {
        single_word(doc, lex, t, sentence_start == 1);
    }
}

fn joined_by_and(doc: &Doc, i: usize, end: usize) -> bool {
    let phrase = (i..end).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" ");
    let lex = Lexicon::get();
    lex.country_names.contains_key(&phrase) || lex.organisations.contains_key(&phrase)
}

pub fn is_cap_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.kind == TokenKind::Word && (tok.cap && tok.lower != "'s" || tok.lower.starts_with("al-"))
}

/// Longest match of a phrase table at token `i` (up to `end`), returning the end token.
fn longest<'a, T>(doc: &Doc, i: usize, end: usize, table: &'a rustc_hash::FxHashMap<String, T>) -> Option<(usize, &'a T)> {
    let mut best = None;
    let mut phrase = String::with_capacity(64);
    for k in i..end.min(i + 6) {
        if k > i {
            phrase.push(' ');
        }
        phrase.push_str(&doc.tokens[k].lower);
        if let Some(v) = table.get(&phrase) {
            best = Some((k + 1, v));
        }
    }
    best
}

/// Longest title at token `i`: modifiers then a head ("foreign affairs chief",
/// "Secretary of State", "National Security Advisor"). Returns the end token and the
/// normalised head.
pub fn title_at(doc: &Doc, i: usize, end: usize) -> Option<(usize, &'static str)> {
    let lex = Lexicon::get();
    let mut best = None;
    let mut k = i;
    while k < end {
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

fn text_of(doc: &Doc, a: usize, b: usize) -> String {
    doc.slice(Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)).to_string()
}

fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

/// "NATO", "SBU", "G7": an organisation's initials. Two-letter ones are too often other
/// things (AM, PM, KO) and count only when a lexicon knows them.
fn is_acronym(s: &str) -> bool {
    let mut chars = s.chars();
    let first = chars.next().is_some_and(char::is_uppercase);
    let n = s.chars().count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = (3..=6).contains(&n) && letters >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let letter_digits = n >= 2 && first && chars.all(|c| c.is_ascii_digit());
    caps || letter_digits
}

/// A speech cue (or "who", a comma-appositive) right after token `j`: evidence of a person.
fn cue_follows(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let mut k = j;
    while k < doc.tokens.len() && matches!(doc.tokens[k].lower.as_str(), "has" | "had" | "have" | "also" | "later" | "then" | "again" | "previously" | "once" | "is" | "was") {
        k += 1;
    }
    doc.tokens.get(k).is_some_and(|t| lex.cues.contains_key(&t.lower))
}

fn parse_run(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize)>) {
    let mut k = i;
    // words that open sentences or headings, weekdays and months are not names
    let acronym = |k: usize| doc.slice(doc.tokens[k].span).chars().all(|c| c.is_uppercase() || c == '.') && doc.tokens[k].span.len() >= 2;
    let known_from = |k: usize| {
        longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1)
    };
    while k < j && (lex.stopwords.contains(&doc.tokens[k].lower) && !acronym(k) && !known_from(k) || CONNECTORS.contains(&doc.tokens[k].lower.as_str())) {
        k += 1;
    }
    let run_start = k;
    // a lower-case title right before the run: "spokesman Dmitry Peskov", "governor Jane Roe"
    let mut titled = k > 0
        && !doc.tokens[k - 1].cap
        && lex.titles.get(&doc.tokens[k - 1].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Generic);
    while k < j {
        // a country's full name ("Russian Federation", "United Arab Emirates") before anything else
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names).filter(|(e, _)| *e == j) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            return;
        }
        // an organisation whose head word ends the run keeps its adjective: "Russian Ministry of Defense"
        if lex.org_words.contains(text_of(doc, j - 1, j).as_str()) && !lex.titles.contains_key(&doc.tokens[j - 1].lower) || ends_in_org_word(doc, lex, k, j) {
            // a leading country name or adjective stays in the name: "Montenegro Assembly",
            // "Russian Ministry of Defense"
            let name = text_of(doc, k, j);
            let e = match lex.institutions.get(&fold(&name)) {
                Some((canon, iso)) => doc.institution(&canon.clone(), &iso.clone()),
                None => doc.organisation(&name),
            };
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return;
        }
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            continue;
        }
        if lex.country_adjectives.contains_key(&doc.tokens[k].lower) {
            // an adjective before more of the name: roles take the country it names
            k += 1;
            continue;
        }
        if let Some((e, (canon, iso))) = longest(doc, k, j, &lex.institutions) {
            let ent = doc.institution(&canon.clone(), &iso.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            continue;
        }
        if let Some((e, canon)) = longest(doc, k, j, &lex.organisations) {
            let ent = doc.organisation(&canon.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            continue;
        }
        if let Some((e, _)) = title_at(doc, k, j) {
            titled = e < j;
            k = e;
            continue;
        }
        break;
    }
    if k >= j {
        return;
    }
    // the rest of the run is one name; "X of Russia" after a person splits off the country
    let mut end = j;
    if let Some(of) = (k + 1..j).find(|&m| doc.tokens[m].lower == "of") {
        let tail = (of + 1..j).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(&c) = lex.country_names.get(&tail) {
            if titled || lex.first_names.contains_key(&doc.tokens[k].lower) {
                let ent = doc.country(c);
                doc.add_mention(span_of(doc, of + 1, j), ent, MentionKind::Name);
                end = of;
            }
        }
    }
    let n = end - k;
    let name = text_of(doc, k, end);
    let lower = fold(&name);
    let first = doc.tokens[k].lower.clone();
    let after = doc.tokens.get(end).map(|t| t.lower.clone()).unwrap_or_default();
    let region_word = REGION_WORDS.contains(&after.as_str());
    let known_first = lex.first_names.contains_key(&first) && n >= 2;
    // "Clinton said" is a person even where a town is called Clinton
    let speaks = n == 1 && cue_follows(doc, end) && !lex.country_names.contains_key(&lower) && lex.place_names.get(&lower).is_none_or(|p| lex.places[p[0]].population < 1_000_000);
    // a gazetteer place, unless a title or first name makes it a person
    if !titled && !known_first && !speaks {
        if let Some(places) = lex.place_names.get(&lower) {
            // among places of one name, prefer one in a country the article names
            let named = |p: usize| doc.entities.iter().any(|e| e.kind == EntityKind::Country && e.country.as_deref() == Some(lex.places[p].country.as_str()));
            let p = places.iter().copied().find(|&p| named(p) && (lex.places[p].kind == "region") == region_word)
                .or_else(|| places.iter().copied().find(|&p| named(p)))
                .unwrap_or(places[0]);
            if accept_place(doc, lex, p, k, region_word || after == "city") {
                let ent = doc.place(p, region_word);
                let span_end = if region_word { end + 1 } else { end };
                doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
                return;
            }
        }
    }
    // a sentence in capitals (a shouted headline) has no acronyms
    // (looked at only for acronyms, and over a window, so long sentences stay linear)
    let shouting = || {
        let (sa, sb) = doc.sentences[doc.sentence_at(doc.tokens[k].span.start).unwrap_or(0)].tokens;
        let (sa, sb) = (sa.max(k.saturating_sub(20)), sb.min(k + 20));
        let words: Vec<&str> = (sa..sb).filter(|&t| doc.tokens[t].kind == TokenKind::Word).map(|t| doc.slice(doc.tokens[t].span)).collect();
        words.len() > 3 && words.iter().filter(|w| w.chars().all(|c| !c.is_lowercase())).count() * 2 > words.len()
    };
    if n == 1 && is_acronym(&name) && !titled && !lex.stopwords.contains(&lower) && !shouting() {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if heading {
        let person_line = n <= 3 && lex.first_names.get(&first).is_some_and(|g| *g != 'u') && !lex.place_names.contains_key(&lower) && !lex.stopwords.contains(&first);
        if person_line {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        }
        return;
    }
    if n == 1 && speaks {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if n == 1 {
        if titled {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        } else {
            deferred.push((k, usize::from(sentence_start && k == run_start)));
        }
        return;
    }
    let personal = titled || known_first || cue_follows(doc, end) || appositive_title_follows(doc, end) || person_apposition_follows(doc, end);
    if personal && n <= 4 && !name.chars().any(|c| c.is_ascii_digit()) {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    }
}

fn ends_in_org_word(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    // "Ministry of Defense", "Bank of England": an organisation word before "of"
    (k..j).any(|m| lex.org_words.contains(text_of(doc, m, m + 1).as_str()) && doc.tokens.get(m + 1).is_some_and(|t| t.lower == "of") && m + 1 < j)
}

/// ", who runs …" or ", 25," after a name: said of people.
fn person_apposition_follows(doc: &Doc, end: usize) -> bool {
    doc.tokens.get(end).is_some_and(|t| t.lower == ",")
        && doc.tokens.get(end + 1).is_some_and(|t| t.lower == "who" || t.kind == TokenKind::Number && doc.tokens.get(end + 2).is_some_and(|u| u.lower == ","))
}

/// ", the Russian Kremlin spokesperson," / ", former ambassador" after a name.
fn appositive_title_follows(doc: &Doc, end: usize) -> bool {
    if doc.tokens.get(end).is_none_or(|t| t.lower != ",") {
        return false;
    }
    let lex = Lexicon::get();
    let mut k = end + 1;
    let stop = (end + 8).min(doc.tokens.len());
    while k < stop {
        let t = &doc.tokens[k].lower;
        if lex.titles.contains_key(t) {
            return true;
        }
        if t == "," || t == "." {
            return false;
        }
        k += 1;
    }
    false
}

/// A gazetteer hit is a place when it is well known (large, a capital, a region), when a
/// preposition or region word says so, or when its country is named in the article.
fn accept_place(doc: &Doc, lex: &Lexicon, p: usize, k: usize, region_word: bool) -> bool {
    let place = &lex.places[p];
    if region_word || place.country.is_empty() {
        return true;
    }
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str());
    let big = place.population >= 250_000;
    let capital = lex.country_by_code(&place.country).is_some_and(|c| lex.countries[c].capital == place.name);
    let country_named = lex.country_by_code(&place.country).is_some_and(|c| {
        let c = &lex.countries[c];
        doc.entities.iter().any(|e| e.kind == EntityKind::Country && e.country.as_deref() == Some(&c.iso2))
            || doc.text().contains(&c.name)
    });
    if place.kind == "region" {
        return country_named || prep && !lex.first_names.contains_key(&crate::lexicon::fold(&place.name));
    }
    big || capital || (prep && place.population >= 20_000) || country_named
}

/// "German government", "Russian foreign ministry": a state body named by adjective.
fn state_bodies(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize) {
    for k in a..b {
        let Some(&_c) = lex.country_adjectives.get(&doc.tokens[k].lower) else { continue };
        if !doc.tokens[k].cap {
            continue;
        }
        for body in STATE_BODIES {
            let end = k + 1 + body.len();
            if end <= b && (0..body.len()).all(|m| doc.tokens[k + 1 + m].lower == body[m]) && !doc.tokens[k + 1].cap {
                let name = text_of(doc, k, end);
                let ent = doc.organisation(&name);
                doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
                break;
            }
        }
    }
}

/// A lone capitalised word: a known person's surname, a person by context, or nothing.
fn single_word(doc: &mut Doc, lex: &Lexicon, t: usize, sentence_start: bool) {
    let span = doc.tokens[t].span;
    if doc.mention_at_token(t).is_some() {
        return;
    }
    let word = doc.slice(span).to_string();
    let sk = crate::resolve::keys::skeleton(&word);
    let known = doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.surname == sk && e.name.contains(' '));
    let by_cue = cue_follows(doc, t + 1) && !lex.stopwords.contains(&doc.tokens[t].lower);
    let by_title = t > 0 && lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|ti| ti.class != crate::lexicon::TitleClass::Generic);
    // "…,” said O'Neill": the speaker named right after the cue
    let after_cue = t > 1 && lex.cues.get(&doc.tokens[t - 1].lower).is_some_and(|c| c.lemma == "say" || c.lemma == "add") && matches!(doc.tokens[t - 2].lower.as_str(), "," | "\"" | "”" | "''");
    // a lone first name inside a sentence ("said Angelo") names a person
    let first_name = !sentence_start && lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.place_names.contains_key(&doc.tokens[t].lower);
    if known || (by_cue && !sentence_start) || (by_cue && !lex.first_names.contains_key(&doc.tokens[t].lower)) || by_title || first_name || after_cue {
        if lex.title_modifiers.contains(&doc.tokens[t].lower) || lex.titles.contains_key(&doc.tokens[t].lower) {
            return;
        }
        let ent = doc.person(&word, span.start);
        doc.add_mention(span, ent, MentionKind::Name);
    }
}
