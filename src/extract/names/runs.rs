//! Parsing one capitalised run: split by lexicons and context into people, organisations, countries
//! and places.

use super::*;

mod names_and_titles;
mod one_name;
mod settled_by_shape;

use self::names_and_titles::names_and_titles;
use self::one_name::one_name;
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
fn opening_words(doc: &Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool) -> Option<(usize, usize, bool)> {
    let mut k = i;
    // words that open sentences or headings, weekdays and months are not names
    // ("THE Suez Canal Authority has …": trade papers set a paragraph's first word in capitals;
    // "THE" opening the sentence before a word in lower case letters is the article, no acronym)
    let drop_cap = |k: usize| sentence_start && k == i && doc.tokens[k].lower == "the" && k + 1 < j && doc.slice(doc.tokens[k + 1].span).chars().any(char::is_lowercase);
    let acronym = |k: usize| doc.slice(doc.tokens[k].span).chars().all(|c| c.is_uppercase() || c == '.') && doc.tokens[k].span.len() >= 2 && !drop_cap(k);
    let known_from = |k: usize| {
        longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1)
    };
    // "the New Vexmoor Party": "New" opens an organisation's name that ends in its head word
    // (so "All", before two words or more: "the All Quarnby Students' Association", "the
    // All Vexmoor Progressives Congress", where a stopword would otherwise be left out)
    // (or whose head word comes before an office and its holder: "New Democratic Party MP
    // Jane Roe")
    let org_head = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower) && (m + 1 == j || lex.titles.contains_key(&doc.tokens[m + 1].lower));
    let new_org = |k: usize| match doc.tokens[k].lower.as_str() {
        "new" => (k + 1..j).any(org_head),
        // (or a head word before "of" and a capitalised word: "the All Quarnby Council of Elders")
        "all" => (k + 2..j).any(|m| org_head(m) || lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower) && m + 2 < j && doc.tokens[m + 1].lower == "of" && !doc.tokens[m + 1].cap && doc.tokens[m + 2].cap),
        _ => false,
    };
    // ("Jan Egeland": a month's abbreviation that is a given name, before a capitalised word;
    // of either sex: "Jan" is a man's and a woman's)
    // (not before a month: "Thu March 13" is a date)
    let given_month = |k: usize| {
        k + 1 < j && doc.tokens[k].lower.len() == 3 && lex.first_names.contains_key(&doc.tokens[k].lower) && !doc.slice(doc.tokens[k + 1].span).ends_with('.') && !crate::lexicon::is_month_or_abbreviation(&doc.tokens[k + 1].lower)
    };
    // ("Von der Leyen said", "De la Cruz said": a surname of two particles opening the
    // sentence, the first capitalised)
    let particle_surname = |k: usize| k == i && k + 2 < j && capitalised_particles(doc, k);
    while k < j
        && !particle_surname(k)
        && (lex.stopwords.contains(&doc.tokens[k].lower) && !acronym(k) && !known_from(k) && !new_org(k) && !given_month(k)
            || connector(&doc.tokens[k].lower) && !acronym(k) && !known_from(k) && !(doc.tokens[k].cap && matches!(doc.tokens[k].lower.as_str(), "bin" | "ibn") && k + 2 == j && !(sentence_start && k == i))
            || GREETINGS.contains(&doc.tokens[k].lower.as_str()))
    {
        k += 1;
    }
    // "Lawyers for Jane Roe said", "Supporters of Hale …": people of someone opening the
    // sentence are no part of a name
    if sentence_start && k == i && k + 2 < j && matches!(doc.tokens[k + 1].lower.as_str(), "for" | "of") && !doc.tokens[k + 1].cap {
        let lw = doc.tokens[k].lower.as_str();
        // ("Friends of the Earth Scotland said": an organisation's head word before "of the"
        // opens its name)
        if lw.len() > 3 && lw.ends_with('s') && (lex.person_nouns.contains(lw) || lex.speaker_nouns.contains(lw)) && !(doc.tokens[k + 2].lower == "the" && lex.org_words.contains(doc.slice(doc.tokens[k].span))) {
            k += 2;
        }
    }
    // "Visiting US Secretary of State Jan Roe said", "Embattled Prime Minister X": a common
    // participle opening the sentence, before a country, its adjective or a title, is no part
    // of a name
    if sentence_start && k == i && k + 2 < j {
        let lw = doc.tokens[k].lower.as_str();
        let next = doc.tokens[k + 1].lower.as_str();
        if (lw.ends_with("ing") || lw.ends_with("ed")) && lw.len() > 5 && lex.is_common_word(lw) && !lex.first_names.contains_key(lw) && !lex.surnames.contains_key(lw) && !lex.titles.contains_key(lw)
            && (lex.country_any(next).is_some() || lex.titles.contains_key(next) || lex.title_modifiers.contains(next))
        {
            k += 1;
        }
    }
    // "Minister for Housing, Trade and Employment Jane Roe": a portfolio's last field opens no name
    if k == i && last_field_of_listed_portfolio(doc, lex, i, j) {
        k += 1;
    }
    // "Labor Day", "New Year's Eve", "Super Bowl": events, never people
    while k < j {
        match holiday_cover(doc, lex, k) {
            Some(e) => k = e,
            None => break,
        }
    }
    if k >= j {
        return None;
    }
    // (no holiday covers `k`: the loop below need not ask again there, as nothing this
    // function does changes the tokens or sentences `holiday_cover` reads)
    let no_holiday_at = k;
    // "Press secretary Jane Roe", "Foreign minister Tom Hale": a title whose first word opens
    // the sentence (capitalised only for that) is no name; the name follows it
    if sentence_start && k == i && j == k + 1 && longest(doc, k, doc.tokens.len(), &lex.titles).is_some_and(|(e, _)| e > k + 1) && !doc.tokens[k + 1].cap {
        return None;
    }
    // "Hopefully President Bush …", "Meanwhile Jane Roe …": a common word opening the
    // sentence before a title or a given name is no part of the name
    // (not a listed organisation's initials: "WHO Director-General Jane Roe said")
    // (nor a title word that opens a longer title: "Director General of Police Jane Roe …")
    let opens_title = || lex.titles.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_some_and(|(e, _)| e > k + 1);
    // (nor a given name that is a common word only by a stem: "James Wallace, the chief
    // executive of …, said" opening a sentence, "James" read as "jam" and "-es")
    let stemmed_given = || lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !lex.common_words.contains(doc.tokens[k].lower.as_str());
    // (nor a short surname spelt as a common word before a hyphenated East Asian given name,
    // the two the whole run: "Park Ji-hoon, a lawmaker, warned", "Song Mi-ra said")
    let east_asian_surname = || {
        let w = doc.slice(doc.tokens[k].span);
        k + 2 == j && (2..=4).contains(&w.chars().count()) && !lex.stopwords.contains(&doc.tokens[k].lower) && super::shapes::hyphenated_given(doc.slice(doc.tokens[k + 1].span))
    };
    if sentence_start && k == i && k + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && !(acronym(k) && lex.organisations.contains_key(&doc.tokens[k].lower)) && !opens_title() && !stemmed_given() && !east_asian_surname() {
        let next = &doc.tokens[k + 1].lower;
        // ("Retired U.S. Air Force Gen. Jane Roe": a participle before a country's name
        // neither; "Environment Canada" is a name)
        let participle = doc.tokens[k].lower.ends_with("ed") && longest(doc, k + 1, j, &lex.country_names).is_some() && !known_from(k);
        // ("Rival BMW declined": nor one before an organisation's initials)
        // (unless the two words are a listed organisation's name: "Reform UK leader Jane Roe")
        let initials = k + 2 == j && is_acronym(doc.slice(doc.tokens[k + 1].span)) && !lex.stopwords.contains(&doc.tokens[k].lower) && longest(doc, k, j, &lex.organisations).is_none();
        // (nor the first word of a listed organisation's name: "Fine Gael leader Jane Roe",
        // where "Gael" is also a given name)
        let listed = || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1);
        // (nor the first word of a listed place's name before a given name: "Port Louis wants
        // London to …", "Lake Charles expects …" are the towns, not a person "Louis", whose
        // lone surname would join a "Marie Louis" named later)
        let listed_place = || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1);
        // (nor a company's trade before the country it is named by, the two the whole run:
        // "Air France said", whose country is also a given name, is the airline; nor a national
        // body's field before its country's initials: "Rowing UK said" is the body, as
        // `national_agency` reads it inside a sentence; nor a body's field before its state:
        // "Ambulance Victoria said", whose state is also a given name)
        let trade_of_country = || {
            let w = doc.slice(doc.tokens[k].span);
            lex.company_heads.contains(w) && longest(doc, k + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j) || AGENCY_FIELDS.contains(&w) && super::shapes::nation_or_region_to_end(doc, lex, k + 1, j)
        };
        if (lex.titles.contains_key(next) || lex.first_names.get(next).is_some_and(|g| *g != 'u') && !lex.is_common_word(next) || participle || initials) && !listed() && !listed_place() && !trade_of_country() {
            k += 1;
        }
    }
    // ("Economist Thandiwe Nkosi of the …": a noun for a person opening the sentence before
    // two or more capitalised words that are no known name titles them, as in lower case)
    // (not before an organisation's head word: "Liberal Party MP Jane Roe", "Liberal" also a
    // noun for a person, names the party)
    let noun_opened = sentence_start && k == i && k + 3 <= j && lex.person_nouns.contains(&doc.tokens[k].lower) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span)) && !doc.tokens[k].lower.ends_with('s') && !lex.first_names.contains_key(&doc.tokens[k].lower) && !lex.surnames.contains_key(&doc.tokens[k].lower) && doc.tokens[k + 1].kind == TokenKind::Word && doc.tokens[k + 2].kind == TokenKind::Word && doc.tokens[k + 1].cap && doc.tokens[k + 2].cap;
    if noun_opened {
        k += 1;
    }
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
        // ("Senate Republican Leader Jane Roe of San Diego", "House Minority Leader Jane Roe of
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
