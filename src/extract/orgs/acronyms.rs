//! Acronyms and initials: defined in parentheses ("the Orchard Growers Association (OGA)"),
//! written in a document's quotation marks, or used undefined after the long form; a
//! country's initials ("SA" after "South Africa").

use crate::extract::names::is_cap_word;
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use super::{mentioned_organisations, move_mentions, span_of, text_of};
use crate::text::capital_initials;

/// "the Vexmoor Water Sharing Agreement ("VWSA") … under the VWSA": initials in parentheses
/// (quoted or not) right after the name of a treaty, agreement, act or protocol name that
/// document, here and wherever they stand, no organisation.
pub(super) fn document_acronyms(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let quote = |t: usize| doc.tokens.get(t).is_some_and(|x| matches!(x.lower.as_str(), "\"" | "“" | "”" | "'" | "‘" | "’" | "``" | "''"));
    let mut words: Vec<String> = Vec::new();
    for h in 0..doc.tokens.len() {
        // (every head is capitalised: a token that is not is none, told without its text)
        if !doc.tokens[h].cap || !crate::extract::names::DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[h].span)) || h == 0 || !is_cap_word(doc, h - 1) {
            continue;
        }
        if doc.tokens.get(h + 1).is_none_or(|x| x.lower != "(") {
            continue;
        }
        let a = if quote(h + 2) { h + 3 } else { h + 2 };
        let close = if quote(a + 1) { a + 2 } else { a + 1 };
        if a >= doc.tokens.len() || doc.tokens.get(close).is_none_or(|x| x.lower != ")") || acronym_letters(doc.slice(doc.tokens[a].span)).is_none() {
            continue;
        }
        // (the initials spell the document's name, or its last words, or end in the head's
        // letter: "Energy Purchase Agreement ("PPA")")
        let letters = acronym_letters(doc.slice(doc.tokens[a].span)).unwrap_or_default();
        let start = (h.saturating_sub(8)..h).rev().take_while(|&t| is_cap_word(doc, t) || doc.tokens[t].kind == TokenKind::Number).last().unwrap_or(h);
        let head_letter = doc.slice(doc.tokens[h].span).chars().next();
        if (start..h).any(|s| spells(doc, s, h + 1, &letters)) || letters.len() >= 3 && letters.chars().last() == head_letter {
            words.push(doc.slice(doc.tokens[a].span).to_string());
        }
    }
    if words.is_empty() {
        return;
    }
    let gone: Vec<usize> = doc.mentions.iter().filter(|m| words.iter().any(|w| doc.slice(m.span) == w)).map(|m| m.entity).collect();
    let drop: Vec<bool> = doc.mentions.iter().map(|m| words.iter().any(|w| doc.slice(m.span) == w)).collect();
    let mut k = 0;
    doc.mentions.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    orphans.extend(gone);
}

/// "The Ministry of Defence has scrapped … the MoD had changed …", "the Department for
/// Education … the DfE said": initials in mixed case, spelling with their small letters the
/// small words of exactly one organisation named in the article ("MoD" = Ministry of Defence,
/// "DfE", "DoJ"), are that organisation, which they had never been (they are no run of
/// capitals, so `undefined_acronyms` never sees them).
pub(super) fn mixed_case_initials(doc: &mut Doc) {
    let mixed = |w: &str| (3..=5).contains(&w.chars().count()) && w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic()) && w.chars().any(|c| c.is_lowercase()) && w.chars().filter(|c| c.is_uppercase()).count() >= 2;
    // (each word's first letter as written: "Ministry of Defence" → "MoD")
    let spelt = |name: &str| -> String { name.split_whitespace().filter_map(|x| x.chars().next()).collect() };
    let mut found: Vec<(Span, usize)> = Vec::new();
    for t in 0..doc.tokens.len() {
        // (the text taken only for a capitalised word outside names)
        if !doc.tokens[t].cap || doc.mention_at_token(t).is_some() {
            continue;
        }
        let w = doc.slice(doc.tokens[t].span);
        if !mixed(w) {
            continue;
        }
        let mut named = (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization && doc.entities[e].name.split_whitespace().count() >= 3 && spelt(&doc.entities[e].name) == w && doc.mentions.iter().any(|m| m.entity == e && m.kind == MentionKind::Name));
        if let (Some(e), None) = (named.next(), named.next()) {
            found.push((doc.tokens[t].span, e));
        }
    }
    for (span, e) in found {
        doc.add_mention(span, e, MentionKind::Name);
    }
}

/// "the paramilitary Rapid Support Forces … The RSF denied …": an acronym no parentheses
/// defined, spelt by the initials of exactly one organisation of several words named in the
/// article, is that organisation (unless the lexicon knows the acronym as another one).
pub(super) fn undefined_acronyms(doc: &mut Doc, lex: &Lexicon, orphans: &mut Vec<usize>) {
    let orgs: Vec<usize> = mentioned_organisations(doc);
    for &acr in &orgs {
        let name = doc.entities[acr].name.clone();
        let Some(letters) = acronym_letters(&name).filter(|l| l.chars().count() == name.chars().count() && l.len() >= 2) else { continue };
        // (a listed acronym that the article writes only as the bare initials, beside an
        // organisation named in full that they spell, is that one: "the Australian Broadcasting
        // Corporation … the ABC", not the listed ABC, which the article would name otherwise as
        // well — "ABC News")
        let listed = lex.organisations.contains_key(&crate::lexicon::fold(&name));
        if listed && doc.mentions.iter().any(|m| m.entity == acr && doc.slice(m.span) != name) {
            continue;
        }
        // ("the U.S. Federal Aviation Administration … the FAA": a country named first is no
        // part of what the initials spell)
        let without_country = |name: &str| {
            let (first, rest) = name.split_once(' ')?;
            let f = crate::lexicon::fold(first);
            (f.contains('.') || lex.country_adjectives.contains_key(&f) || lex.country_names.contains_key(&f)).then(|| capital_initials(rest))
        };
        // ("the North American Electric Reliability Corp. … NERC": a continent's or a region's
        // adjective of two words opening the name gives one letter)
        let region_pair = |name: &str| {
            let (first, rest) = name.split_once(' ')?;
            let (second, rest) = rest.split_once(' ')?;
            let region = matches!(first, "North" | "South" | "East" | "West" | "Central" | "Latin") && second.ends_with("an") && second.starts_with(|c: char| c.is_uppercase());
            region.then(|| format!("{}{}", &first[..1], capital_initials(rest)))
        };
        // ("PJM Interconnection … PJM said": a name that opens with the initials themselves, the
        // rest naming no body of its own — not "UN Security Council", "ANC Youth League", nor
        // a plural of members, "NHS Providers" — has them as its short form; only initials no
        // list knows)
        let plural = |r: &str| r.ends_with('s') && !r.ends_with("ss");
        // ("NHS England", "NHS Wales": the initials, then a country or a region of the gazetteer,
        // name the body's branch in that nation, a body of its own, not the whole that the
        // initials stand for; joined, one node held two actors)
        let nation = |rest: &str| {
            let f = crate::lexicon::fold(rest);
            lex.country_names.contains_key(&f) || lex.place_names.get(&f).is_some_and(|ps| ps.iter().any(|&p| lex.places[p].kind == "region"))
        };
        let opens_with = |long: &str| {
            !listed
                && long.strip_prefix(name.as_str()).and_then(|r| r.strip_prefix(' ')).is_some_and(|rest| {
                    !nation(rest)
                        && rest.split(' ').all(|r| r.starts_with(|c: char| c.is_uppercase()) && (!lex.org_words.contains(r) || lex.company_heads.contains(r)) && !lex.titles.contains_key(&crate::lexicon::fold(r)) && (!plural(r) || lex.company_heads.contains(r)))
                })
        };
        // ("the Centers for Disease Control and Prevention … the CDC": a name whose last part,
        // "and" and one word, was added after its initials were settled spells them without it;
        // three letters or more, from a name of five words or more)
        let without_last_and = |name: &str| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (words.len() >= 5 && words[words.len() - 2] == "and" && letters.len() >= 3).then(|| capital_initials(&words[..words.len() - 2].join(" ")))
        };
        // (initials between commas, "Jane Roe, leader of the Democratic League of Vexmoor, LDV,
        // said": a body so apposed to its reordered initials took the person's statement)
        let apposed = doc.mentions.iter().any(|m| {
            let t = doc.token_at(m.span.start);
            m.entity == acr && t > 0 && doc.tokens[t - 1].lower == "," && doc.tokens.get(t + 1).is_some_and(|x| x.lower == ",")
        });
        // (a body's branch in a nation, "Transparency Watch Vexmoor", is no name reordered: its
        // capitals in another order are some other body's initials; "… of Vexmoor" may be)
        let branch = |long: &str| long.rsplit_once(' ').is_some_and(|(head, last)| nation(last) && !head.ends_with(" of"));
        let mut long = orgs.iter().copied().filter(|&e| {
            e != acr
                && doc.entities[e].name.split_whitespace().count() >= 2
                && (capital_initials(&doc.entities[e].name) == letters || without_last_and(&doc.entities[e].name).is_some_and(|l| l == letters) || without_country(&doc.entities[e].name).is_some_and(|l| l == letters) || region_pair(&doc.entities[e].name).is_some_and(|l| l == letters) || opens_with(&doc.entities[e].name) || !listed && !apposed && !branch(&doc.entities[e].name) && reordered(&doc.entities[e].name, &letters))
        });
        let (Some(l), None) = (long.next(), long.next()) else { continue };
        for m in doc.mentions.iter_mut().filter(|m| m.entity == acr) {
            m.entity = l;
        }
        orphans.push(acr);
    }
}

/// "the Democratic League of Vexmoor … two LDV deputies", "the Revolutionary Armed Forces of
/// Vexmoor, or FARV,", "the Central Anti-Fraud Office (COA)": initials of a body's name in
/// its own language, whose words stand in another order than the English name's, spell the
/// English name's capitalised words (each whole word one letter, a hyphenated one too) in
/// another order. Three letters or more; written beside the name without parentheses (or
/// with a hyphenated word that gives two letters to `spells`), the initials had been a
/// second body of the same story. Not listed initials (a news agency's, a party's: bodies of
/// their own that a name of the story may happen to spell in another order).
fn reordered(name: &str, letters: &str) -> bool {
    let sorted = |it: &mut dyn Iterator<Item = char>| {
        let mut v: Vec<char> = it.collect();
        v.sort_unstable();
        v
    };
    letters.len() >= 3 && sorted(&mut name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))) == sorted(&mut letters.chars())
}

/// "Mabaso said SA would ask the panel …" after "South Africa": initials (two to four capitals,
/// no listed organisation's) that spell a country the article names by its full name are that
/// country, not a body of their own.
pub fn country_initials(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut moved: Vec<(usize, usize)> = Vec::new();
    for (o, e) in doc.entities.iter().enumerate() {
        let n = e.name.len();
        if e.kind != EntityKind::Organization || !(2..=4).contains(&n) || !e.name.bytes().all(|b| b.is_ascii_uppercase()) || lex.organisations.contains_key(&e.name.to_lowercase()) {
            continue;
        }
        let spells = |c: &crate::model::Entity| {
            let words: Vec<&str> = c.name.split_whitespace().filter(|w| !matches!(*w, "of" | "the" | "and")).collect();
            words.len() >= 2 && words.len() == n && words.iter().zip(e.name.bytes()).all(|(w, b)| w.as_bytes().first() == Some(&b))
        };
        if let Some(c) = doc.entities.iter().position(|c| c.kind == EntityKind::Country && spells(c)) {
            moved.push((o, c));
        }
    }
    move_mentions(doc, moved);
}

/// The letters and digits an acronym spells: its capitals and digits ("DoD" → "DD").
pub(super) fn acronym_letters(w: &str) -> Option<String> {
    let n = w.chars().count();
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=8).contains(&n) && caps >= 2 && w.chars().all(|c| c.is_alphanumeric() || c == '-') && w.starts_with(|c: char| c.is_uppercase());
    ok.then(|| w.chars().filter(|c| c.is_uppercase() || c.is_ascii_digit()).collect())
}

/// "USD", "GMT": capitals the lexicon knows are no organisation.
pub(super) fn not_organisation(doc: &Doc, t: usize) -> bool {
    Lexicon::get().not_organisations.contains(&doc.tokens[t].lower)
}

/// Initials of the capitalised words and numbers of tokens `a..b` (each part of a
/// hyphenated word counts: "American-Islamic" → "AI").
pub(super) fn initials(doc: &Doc, a: usize, b: usize) -> String {
    let mut out = String::new();
    for t in a..b {
        let tok = &doc.tokens[t];
        let w = doc.slice(tok.span);
        if tok.kind == TokenKind::Number {
            out.push_str(w);
        } else if tok.cap {
            for part in w.split('-') {
                if let Some(c) = part.chars().next().filter(|c| c.is_uppercase()) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Whether acronym `letters` spells the long form `a..b`: its initials, with those of "of",
/// "and" or "in" ("Union of Coastal Fishers (UOCF)", "Mission in Vexmoor (MIV)"), or in another order, as a name
/// translated from a language that puts the noun first ("Superior Harbour Court (CSH)").
pub(super) fn spells(doc: &Doc, a: usize, b: usize, letters: &str) -> bool {
    let plain = initials(doc, a, b);
    if plain == letters {
        return true;
    }
    let small: String = (a..b)
        .filter_map(|t| {
            let tok = &doc.tokens[t];
            (tok.cap || matches!(tok.lower.as_str(), "of" | "and" | "in")).then(|| doc.slice(tok.span).chars().next().map(|c| c.to_ascii_uppercase())).flatten()
        })
        .collect();
    let sorted = |w: &str| {
        let mut v: Vec<char> = w.chars().collect();
        v.sort_unstable();
        v
    };
    small == letters || plain.len() >= 3 && sorted(&plain) == sorted(letters) || initials_in_full(doc, a, b) == letters
}

/// The initials of `a..b` with a word in capitals given whole: "Quarnby Aid UK (QAUK)", a
/// body named with its country's initials, spells them so.
fn initials_in_full(doc: &Doc, a: usize, b: usize) -> String {
    (a..b)
        .filter(|&t| doc.tokens[t].cap)
        .map(|t| {
            let w = doc.slice(doc.tokens[t].span);
            if crate::extract::names::capitals(w, 2..=usize::MAX) { w.to_string() } else { w.chars().take(1).collect() }
        })
        .collect()
}

/// Whether capitals `letters` (three to five) spell the words `a..b` as names in languages that
/// join words into compounds abbreviate them: each word's first letter, in order, and after
/// it letters from inside the same word where a joined word begins ("Deutsche Umwelthilfe
/// (DUH)", Umwelt-hilfe; "Vexmoor Landesbank (VLB)"), more letters than words. A two-word name
/// so written had been a second organisation beside its initials.
fn spells_compounds(doc: &Doc, a: usize, b: usize, letters: &str) -> bool {
    let caps: Vec<char> = letters.chars().collect();
    if !(3..=5).contains(&caps.len()) || caps.len() <= b - a || !caps.iter().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<Vec<char>> = (a..b).map(|t| doc.slice(doc.tokens[t].span).chars().collect()).collect();
    if (a..b).any(|t| !doc.tokens[t].cap) || words.iter().any(|w| w.len() < 3) {
        return false;
    }
    // (each word gives its first letter and perhaps letters from inside it; tried every way, as
    // "Deutsche" holds a "u" before the "U" of "Umwelthilfe" that the initials take)
    fn fits(words: &[Vec<char>], caps: &[char]) -> bool {
        let Some((w, rest)) = words.split_first() else { return caps.is_empty() };
        if caps.first() != w.first() || caps.len() < words.len() {
            return false;
        }
        // inner letters taken from `w`: 0, 1, …, as long as one is left for every later word
        (0..=caps.len() - words.len()).any(|n| {
            let mut k = 1;
            let inner = caps[1..1 + n].iter().all(|&c| match (k..w.len().saturating_sub(2)).find(|&j| w[j].is_lowercase() && w[j].to_ascii_uppercase() == c) {
                Some(j) => {
                    k = j + 1;
                    true
                }
                None => false,
            });
            inner && fits(rest, &caps[1 + n..])
        })
    }
    fits(&words, &caps)
}

/// "the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name that lists
/// trades with commas, runs `a..b` and `a2..b2` one comma apart, the second ending in an
/// organisation word, then initials in parentheses that pick, in order, from the first
/// letters of both and open and close as they do. The long form and the initials' token.
pub(super) fn listing_name_before_initials(doc: &Doc, a: usize, b: usize, a2: usize, b2: usize) -> Option<(usize, usize, usize)> {
    let tok = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    if a2 != b + 1 || tok(b) != "," || tok(b2) != "(" || tok(b2 + 2) != ")" || !Lexicon::get().org_words.contains(doc.slice(doc.tokens[b2 - 1].span)) {
        return None;
    }
    let letters = acronym_letters(doc.slice(doc.tokens[b2 + 1].span)).filter(|l| l.len() >= 4)?;
    let inits = initials(doc, a, b2);
    let mut rest = inits.chars();
    let picked = letters.chars().all(|c| rest.any(|i| i == c));
    (picked && inits.chars().next() == letters.chars().next() && inits.chars().last() == letters.chars().last()).then_some((a, b2, b2 + 1))
}

/// "Orchard Growers Association (OGA)" or "OGA (Orchard Growers Association)" at run
/// `a..b`: the long form's tokens and the acronym's token. The long form may start after
/// the run's first words ("US National Science Foundation (NSF)").
pub(super) fn acronym_definition(doc: &Doc, a: usize, b: usize) -> Option<(usize, usize, usize)> {
    let tok = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    // long form, then ", known as" and the acronym ("Chile's National Consumer Service
    // Authority, known as SNAC, ordered …"): as in parentheses, the initials spell the name
    // or are those of a whole organisation's name of three words or more in its own language
    if tok(b) == "," && tok(b + 1) == "known" && tok(b + 2) == "as" && matches!(tok(b + 4), "," | "." | ";") && b > a + 1 {
        let w = b + 3;
        let letters = acronym_letters(doc.slice(doc.tokens[w].span)).filter(|_| !not_organisation(doc, w))?;
        if let Some(start) = (a..b - 1).find(|&s| is_cap_word(doc, s) && spells(doc, s, b, &letters)) {
            return Some((start, b, w));
        }
        let m = doc.mention_at_token(b - 1)?;
        let start = doc.token_at(doc.mentions[m].span.start);
        let whole = doc.mentions[m].span.end == doc.tokens[b - 1].span.end && start >= a && b >= start + 3;
        return (whole && (3..=5).contains(&letters.len()) && doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization).then_some((start, b, w));
    }
    // long form, then its initials between commas before a verb ("the opposition Social
    // Democratic Union, SDSM, said …"): a whole organisation's name of three words or more and
    // capitals that open with its first letter, in its own language perhaps (not a list:
    // "the Labour Party, SNP, and the Greens", "…, SNP, Greens and …")
    if tok(b) == "," && tok(b + 2) == "," && b >= a + 3 {
        let w = b + 1;
        let word = doc.slice(doc.tokens[w].span);
        let after = doc.tokens.get(b + 3).filter(|x| x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "and" | "or" | "nor" | "but"));
        if after.is_some() && (3..=5).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase()) && !not_organisation(doc, w) {
            let m = doc.mention_at_token(b - 1)?;
            let start = doc.token_at(doc.mentions[m].span.start);
            let whole = doc.mentions[m].span.end == doc.tokens[b - 1].span.end && start >= a && b >= start + 3;
            let same_first = doc.slice(doc.tokens[start].span).as_bytes().first() == word.as_bytes().first();
            return (whole && same_first && doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization).then_some((start, b, w));
        }
    }
    // long form, then the acronym in parentheses
    if tok(b) == "(" && tok(b + 2) == ")" && b > a + 1 {
        // (initials written as a word, as British papers do: "(Inec)", "(Ecowas)")
        let word = doc.slice(doc.tokens[b + 1].span);
        let as_word = || {
            let mut c = word.chars();
            (4..=8).contains(&word.len()) && c.next().is_some_and(|x| x.is_ascii_uppercase()) && c.all(|x| x.is_ascii_lowercase())
        };
        // (a listed organisation's whole name of two words or more, then its initials in another
        // order, as the party's own language writes its name: "the National Rally (RN)", for
        // Rassemblement National)
        if word.len() <= 5 && word.bytes().all(|c| c.is_ascii_uppercase()) {
            if let Some(m) = doc.mention_at_token(b - 1).filter(|&m| doc.mentions[m].span.end == doc.tokens[b - 1].span.end) {
                let ms = doc.token_at(doc.mentions[m].span.start);
                if ms + 2 <= b && Lexicon::get().organisations.get(&crate::lexicon::fold(text_of(doc, ms, b))).is_some() {
                    let mut inits: Vec<u8> = (ms..b).filter_map(|t| doc.slice(doc.tokens[t].span).bytes().next()).filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
                    let mut own: Vec<u8> = word.bytes().collect();
                    inits.sort_unstable();
                    own.sort_unstable();
                    if own == inits {
                        return Some((ms, b, b + 1));
                    }
                }
            }
            // ("the Social Democrats (SPD)", "the Free Democrats (FDP)": a short name of two
            // capitalised words or more, no mention yet, before the initials of a listed party
            // that open as it does; the initials name it wherever they stand)
            let ms = (a..b.saturating_sub(1)).find(|&s| (s..b).all(|t| is_cap_word(doc, t)));
            if let Some(ms) = ms.filter(|&ms| ms + 2 <= b && word.len() >= 2 && doc.mentions_in(span_of(doc, ms, b)).is_empty() && word.as_bytes()[0] == doc.slice(doc.tokens[ms].span).as_bytes()[0] && Lexicon::get().organisations.get(&crate::lexicon::fold(word)).is_some()) {
                return Some((ms, b, b + 1));
            }
        }
        // (a listed organisation's whole name, then initials that pick some of its words' first
        // letters, as a body keeps them when its name grew: "the National Institute for Health
        // and Care Excellence (Nice)", "the Medicines and Healthcare products Regulatory
        // Agency (MHRA)")
        if let Some(m) = doc.mention_at_token(b - 1).filter(|&m| doc.mentions[m].span.end == doc.tokens[b - 1].span.end && word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic())) {
            let ms = doc.token_at(doc.mentions[m].span.start);
            let lex = Lexicon::get();
            if ms + 3 <= b && lex.organisations.get(&crate::lexicon::fold(text_of(doc, ms, b))).is_some() {
                let inits: Vec<char> = (ms..b).filter_map(|t| doc.slice(doc.tokens[t].span).chars().next()).filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
                let mut rest = inits.iter();
                let picked = word.chars().map(|c| c.to_ascii_uppercase()).all(|c| rest.any(|&i| i == c));
                if picked && inits.first() == word.chars().next().map(|c| c.to_ascii_uppercase()).as_ref() {
                    return Some((ms, b, b + 1));
                }
            }
        }
        if not_organisation(doc, b + 1) {
            return None;
        }
        let letters = acronym_letters(word).or_else(|| as_word().then(|| word.to_ascii_uppercase()).filter(|l| initials(doc, a, b).ends_with(l.as_str())));
        if let Some(start) = letters.and_then(|letters| (a..b - 1).find(|&s| is_cap_word(doc, s) && spells(doc, s, b, &letters))) {
            return Some((start, b, b + 1));
        }
        if acronym_letters(word).is_none() && !as_word() {
            return None;
        }
        // (an organisation's name of three words or more, then initials of its name in
        // another language: "the Main Intelligence Directorate (GUR)")
        let m = doc.mention_at_token(b - 1)?;
        let start = doc.token_at(doc.mentions[m].span.start);
        // ("the International Campaign to Ban Land Mines (ICBL)": a name with "to" in it runs
        // back past the capitalised run, to a first word the initials open with)
        let back = start < a && doc.slice(doc.tokens[start].span).as_bytes().first() == word.as_bytes().first();
        let whole = doc.mentions[m].span.end == doc.tokens[b - 1].span.end && (start >= a || back) && b >= start + 3;
        // (a name of two words whose compounds give more letters: "Deutsche Umwelthilfe (DUH)")
        if doc.mentions[m].span.end == doc.tokens[b - 1].span.end && start >= a && b == start + 2 && doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && spells_compounds(doc, start, b, word) {
            return Some((start, b, b + 1));
        }
        // (six capitals too: "the African Union Support and Stabilization Mission in Somalia
        // (AUSSOM)", "the Mercator Institute for China Studies (MERICS)", initials or
        // syllables of the name, in its own language perhaps)
        let caps = doc.slice(doc.tokens[b + 1].span).chars().all(|c| c.is_ascii_uppercase()) && (3..=6).contains(&doc.tokens[b + 1].span.len());
        // (or written as a word: "the Vexmoor Chamber of Commerce and Industry (Kadira)", its
        // initials in Indonesian; not a place or country named in brackets)
        let place = || doc.mention_at_token(b + 1).is_some_and(|p| matches!(doc.entities[doc.mentions[p].entity].kind, EntityKind::Place | EntityKind::Country));
        return (whole && (caps || as_word() && !place()) && doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization).then_some((start, b, b + 1));
    }
    // an acronym, then the long form in parentheses
    if b == a + 1 && tok(b) == "(" {
        let letters = acronym_letters(doc.slice(doc.tokens[a].span)).filter(|_| !not_organisation(doc, a))?;
        let close = (b + 2..doc.tokens.len().min(b + 12)).find(|&t| tok(t) == ")")?;
        let s = if tok(b + 1) == "the" { b + 2 } else { b + 1 };
        return (close > s + 1 && (s..close).all(|t| is_cap_word(doc, t) || !doc.tokens[t].cap && doc.tokens[t].kind == TokenKind::Word) && initials(doc, s, close) == letters).then_some((s, close, a));
    }
    None
}

/// Makes the long form `la..lb` an organisation (unless it is a country or place) and its
/// acronym `acr` a name of the same organisation, wherever the acronym stands.
pub(super) fn define_acronym(doc: &mut Doc, lex: &Lexicon, la: usize, lb: usize, acr: usize, orphans: &mut Vec<usize>) {
    let span = span_of(doc, la, lb);
    let long = text_of(doc, la, lb).to_string();
    if lex.country_names.contains_key(&crate::lexicon::fold(&long)) || lex.place_names.contains_key(&crate::lexicon::fold(&long)) {
        return;
    }
    // a name that runs over the long form's edges is something else
    let clash = [la, lb - 1].iter().any(|&t| doc.mention_at_token(t).is_some_and(|m| !span.contains(doc.mentions[m].span)));
    if clash {
        return;
    }
    let inside: Vec<(Span, usize)> = doc.mentions_in(span).iter().map(|m| (m.span, m.entity)).collect();
    let org = match inside[..] {
        [(s, e)] if s == span && doc.entities[e].kind == EntityKind::Organization => e,
        _ => {
            // parts taken for people or places ("Food Standards Vexmoor") give way to the whole
            let parts: Vec<usize> = inside.iter().map(|&(_, e)| e).collect();
            let start = doc.mentions.partition_point(|m| m.span.start < span.start);
            doc.mentions.drain(start..start + parts.len());
            let org = doc.organisation(&long);
            doc.add_mention(span, org, MentionKind::Name);
            orphans.extend(parts);
            org
        }
    };
    // the acronym, here and wherever it stands, names the same organisation
    let word = doc.slice(doc.tokens[acr].span).to_string();
    let before: Vec<usize> = doc.mentions.iter().filter(|m| doc.slice(m.span) == word).map(|m| m.entity).collect();
    for m in doc.mentions.iter_mut() {
        if before.contains(&m.entity) && m.entity != org {
            m.entity = org;
        }
    }
    orphans.extend(before.into_iter().filter(|&e| e != org));
    if doc.mention_at_token(acr).is_none() {
        doc.add_mention(doc.tokens[acr].span, org, MentionKind::Name);
    }
}
