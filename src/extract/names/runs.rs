//! Parsing one capitalised run: split by lexicons and context into people, organisations, countries
//! and places.

use super::*;

mod names_and_titles;
mod one_name;
mod opening;
mod settled_by_shape;

use self::names_and_titles::names_and_titles;
use self::one_name::one_name;
use self::opening::Opening;
use self::settled_by_shape::settled_by_shape;

pub(super) fn parse_run(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) {
    if settled_by_shape(doc, lex, i, j, sentence_start, heading, deferred) {
        return;
    }
    let Some((k, no_holiday_at, noun_opened)) = opening_words(doc, lex, i, j, sentence_start) else {
        return;
    };
    let run_start = k;
    let Some((k, titled)) = title_before_run(doc, lex, j, k, noun_opened, sentence_start, heading, deferred) else {
        return;
    };
    let Some((k, titled)) = names_and_titles(doc, lex, i, j, k, run_start, titled, no_holiday_at, sentence_start, heading, deferred) else {
        return;
    };
    one_name(doc, lex, i, j, k, run_start, titled, sentence_start, heading, deferred);
}

/// Whether run `i..j` opens with the last field of an office's portfolio listed with commas,
/// right before the holder's name ("Minister for Enterprise, Trade and Employment Jane Roe", as
/// Irish and British ministries are named): a field word (`title_modifiers`) right after "and",
/// a comma and "for"/"of" shortly before, and a listed given name after it. The field had
/// become the name's first word, so the holder was misnamed and lost the office.
fn last_field_of_listed_portfolio(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    if i < 4 || i + 2 >= j || doc.tokens[i - 1].lower != "and" || !lex.title_modifiers.contains(&doc.tokens[i].lower) {
        return false;
    }
    let before = i.saturating_sub(10)..i - 1;
    lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u')
        && before.clone().any(|t| doc.tokens[t].lower == ",")
        && before.into_iter().any(|t| matches!(doc.tokens[t].lower.as_str(), "for" | "of") && !doc.tokens[t].cap)
}

/// The words opening run `i..j` that are no part of a name: sentence openers and stopwords,
/// greetings, holidays, a common word or participle before a title or given name. `None`
/// when nothing is left; else the first word left, the first token no holiday covers, and
/// whether a noun for a person opening the sentence was taken off as a title.
/// (`#[inline(always)]`: inlined into `parse_run`, as before its steps were methods of
/// `Opening`; left to itself the compiler calls it, about 100 instructions more a run)
#[inline(always)]
fn opening_words(doc: &Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool) -> Option<(usize, usize, bool)> {
    let o = Opening { doc, lex, i, j, sentence_start };
    let k = o.past_openers(i);
    let k = o.past_people_of_someone(k);
    let k = o.past_participle(k);
    let k = o.past_count(k);
    let k = o.past_portfolio_field(k);
    let k = o.past_holidays(k);
    if k >= j {
        return None;
    }
    // (no holiday covers `k`: the loop below need not ask again there, as nothing this
    // function does changes the tokens or sentences `holiday_cover` reads)
    let no_holiday_at = k;
    if o.title_in_lower_case(k) {
        return None;
    }
    let k = o.past_common_word(k);
    let noun_opened = o.noun_opened(k);
    let k = if noun_opened { k + 1 } else { k };
    Some((k, no_holiday_at, noun_opened))
}

/// Whether a title or office before the run (lower-case, apposed between commas, or begun
/// before it) makes the words from `k` a holder's name: the first word of the name and that
/// answer. A person's name, "of" and what the person belongs to are parsed as runs of their
/// own (then `None`).
#[allow(clippy::too_many_arguments)]
fn title_before_run(doc: &mut Doc, lex: &Lexicon, j: usize, mut k: usize, noun_opened: bool, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) -> Option<(usize, bool)> {
    // a lower-case title right before the run: "spokesman Tomas Varga", "governor Jane Roe"
    // (or a noun for a person: "saxophonist Jane Roe", "his wife Ann")
    // (not before a continent or world region: "chief Asia-Pacific economist" covers it)
    let world_region = || longest(doc, k, j, &lex.place_names).is_some_and(|(e, p)| e == j && p.iter().all(|&x| matches!(lex.places[x].kind, "continent" | "world region")));
    // (on the same line: a headline ending in "envoy" does not title the dateline's city; and
    // a plural does not name one person: "told reporters Kyiv wanted more")
    let prev = k.checked_sub(1).map(|p| &doc.tokens[p]);
    let same_line = prev.is_some_and(|p| !doc.text()[p.span.end..doc.tokens[k].span.start].contains('\n'));
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && lex.person_nouns.contains(&w[..w.len() - 1]);
    let titled = same_line
        && prev.is_some_and(|p| {
            !p.cap
                && (lex.titles.get(&p.lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Generic)
                    || lex.person_nouns.contains(&p.lower) && !plural(&p.lower))
        })
        && !world_region();
    // ("Opposition leader P. Saravanan, however, …": an office of two words whose last is a
    // generic title, ending right before the run)
    let titled = titled
        || same_line
            && k >= 2
            && prev.is_some_and(|p| !p.cap)
            && (k.saturating_sub(3)..k - 1).any(|h| longest(doc, h, k, &lex.titles).is_some_and(|(e, t)| e == k && t.class == crate::lexicon::TitleClass::Office));
    // ("The commission chair, Mere Walker, said": an office, a comma, and two words closed by
    // a comma are its holder's name, whatever else the words may be)
    // ("The chair of the Commons defence committee, Tan Dhesi, said": and an office governing
    // a body with "of", "for" or "at", words only between)
    let office = |t: usize| !doc.tokens[t].cap && lex.titles.get(&doc.tokens[t].lower).is_some_and(|t| matches!(t.class, crate::lexicon::TitleClass::Office));
    let office_of_body = |c: usize| {
        (c.saturating_sub(8)..c).rev().find(|&h| matches!(doc.tokens[h].lower.as_str(), "of" | "for" | "at")).is_some_and(|h| h >= 1 && (h + 1..c).all(|m| doc.tokens[m].kind == TokenKind::Word) && office(h - 1))
    };
    let apposed = j == k + 2
        && k >= 2
        && doc.tokens[k - 1].lower == ","
        && doc.tokens.get(j).is_some_and(|t| t.lower == ",")
        && (k..j).all(|m| doc.tokens[m].kind == TokenKind::Word && !lex.org_words.contains(doc.slice(doc.tokens[m].span)))
        && (office(k - 2) || office_of_body(k - 1));
    let mut titled = titled || apposed || noun_opened;
    // "Leader of the Opposition Tavo Quillen": an office begun before the run whose last
    // word opens it; the rest of the run is the holder's name
    if !titled && same_line && k >= 3 && k + 2 <= j && !doc.tokens[k - 1].cap && !heading {
        if let Some(e) = (k - 3..k - 1).find_map(|h| {
            longest(doc, h, j, &lex.titles).filter(|&(e, t)| e > k && e + 2 <= j && t.class == crate::lexicon::TitleClass::Office && (h + 1..k).any(|m| doc.tokens[m].lower == "of")).map(|(e, _)| e)
        }) {
            k = e;
            titled = true;
        }
    }
    // "Raymond Chan of People Power", "Ann Chiang of the FTU": a person's name, then "of" and
    // what the person belongs to, which is parsed as a run of its own
    // ("Senator Jane Roe of Ohio", "Representative Jane Roe of New York": a title may come first;
    // the title and the name then make a run of their own)
    {
        // ("US Senator Jane Roe of Ohio": or an office's owner and the office, as a title chain;
        // then only a known place after "of")
        let place_after = |of: usize| longest(doc, of + 1, j, &lex.place_names).is_some_and(|(x, _)| x == j) || longest(doc, of + 1, j, &lex.country_names).is_some_and(|(x, _)| x == j);
        let chained = title_at(doc, k, j).is_none().then(|| title_chain(doc, lex, k, j)).flatten().map(|(_, e)| e).filter(|&e| (e + 2..j.min(e + 5)).find(|&m| doc.tokens[m].lower == "of").is_some_and(place_after));
        // ("Senate Republican Leader Jane Roe of Santa Clara", "House Minority Leader Jane Roe of
        // New York": with a place of two words the run holds more words after the office than
        // a chain takes, four; the chain is read up to the "of" before the place, the holder's
        // name of two words or more between)
        let chained = chained.or_else(|| {
            let of = (k + 3..j).find(|&m| doc.tokens[m].lower == "of" && !doc.tokens[m].cap)?;
            (title_at(doc, k, j).is_none() && place_after(of)).then(|| title_chain(doc, lex, k, of)).flatten().map(|(_, e)| e).filter(|&e| of >= e + 2 && of < e + 5)
        });
        let p = title_at(doc, k, j).map(|(e, _)| e).filter(|&e| e < j).or(chained).unwrap_or(k);
        if let Some(of) = (p + 2..j.min(p + 5)).find(|&m| doc.tokens[m].lower == "of" || doc.tokens[m].lower == "for") {
            let known_head = !heading || lex.first_names.get(&doc.tokens[p].lower).is_some_and(|g| *g != 'u');
            if of + 1 < j && known_head && person_shape(doc, lex, p, of, true) {
                if p > k {
                    parse_run(doc, lex, k, of, sentence_start, heading, deferred);
                } else {
                    let ent = doc.person(&text_of(doc, k, of), doc.tokens[k].span.start);
                    doc.add_mention(span_of(doc, k, of), ent, MentionKind::Name);
                }
                parse_run(doc, lex, of + 1, j, false, heading, deferred);
                return None;
            }
        }
    }
    Some((k, titled))
}

/// Whether the words `k..j` are exactly a continent's or world region's name ("Africa",
/// "Latin America"; also where a small town shares the name, as Asia and Europe do).
fn world_region_at(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    longest(doc, k, j, &lex.place_names).is_some_and(|(e, p)| e == j && p.iter().any(|&x| matches!(lex.places[x].kind, "continent" | "world region")))
}

/// Whether `word` is one of `GENERIC_HEADS` or `LONE_DESIGNATORS` (asked of every one-word
/// run: the two lists, 77 words, had been scanned through each time).
fn lone_head(word: &str) -> bool {
    static HEADS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| GENERIC_HEADS.iter().chain(LONE_DESIGNATORS).copied().collect()).contains(word)
}

/// ", the country's largest supplier," / ", one of the utilities that …," after a name (the
/// comma at `end`): an apposition opened by "the", "a", "an" or "one of the" that holds, before
/// its closing comma (up to ten words), a lower-case noun for a business.
fn business_apposition_follows(doc: &Doc, end: usize) -> bool {
    const BUSINESSES: &[&str] = &["supplier", "suppliers", "utility", "utilities", "company", "companies", "firm", "firms", "operator", "operators", "producer", "producers", "provider", "providers", "retailer", "retailers", "insurer", "insurers", "lender", "lenders", "carrier", "carriers", "manufacturer", "manufacturers", "maker", "makers", "airline", "airlines"];
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    if at(end) != "," || !matches!(at(end + 1), "the" | "a" | "an" | "one") {
        return false;
    }
    (end + 2..end + 12).take_while(|&k| !matches!(at(k), "," | "" | ".")).any(|k| !doc.tokens[k].cap && BUSINESSES.contains(&at(k)))
}
