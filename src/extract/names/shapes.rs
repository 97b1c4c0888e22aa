//! Shape tests a run is put to: is it a person's name, a team, a medium, a place, a body's name, an
//! address, a time.

use super::*;

/// "Thames Water has been fined", "a fine on Anglian Water": a place's name or an unlisted
/// name, then a capitalised word for a utility's trade, two words alone, name a company
/// wherever they stand (not "Water Minister", nor a name of its own: "Flint Water Crisis").
pub(super) fn utility_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    end == k + 2
        && matches!(doc.slice(doc.tokens[k + 1].span), "Water" | "Power" | "Gas" | "Energy" | "Electric" | "Rail" | "Railways" | "Airways" | "Airlines" | "Telecom" | "Steel" | "Petroleum")
        && doc.tokens[k].cap
        && !lex.is_common_word(&doc.tokens[k].lower)
        && !lex.first_names.contains_key(&doc.tokens[k].lower)
        && doc.tokens.get(end).is_none_or(|x| !x.cap)
}

/// Capitalised words with lower-case letters that are no title, stop word, country or
/// organisation word, though a surname may be a common word or a town ("Varek Stone"; not
/// "Art Gallery", "South Korean": the first word, a given name's place, is no common word).
pub(super) fn listed_shape(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    !lex.is_common_word(&doc.tokens[k].lower) && (k..end).all(|m| surname_word(doc, lex, m))
}

/// "University of Ohio Dayton Quenby Tazwell": the words between an organisation word's "of"
/// and token `m` are all known places or countries, and `m..j` is a name of two or three
/// words no lexicon knows.
pub(super) fn places_then_name(doc: &Doc, lex: &Lexicon, k: usize, m: usize, j: usize) -> bool {
    if !(2..=3).contains(&(j - m)) || !name_like(doc, lex, m, j) {
        return false;
    }
    // ("the Museum of West African Art", "the Gallery of East Asian Art": a people's or a
    // country's adjective opens no person's name; after a compass word it is one adjective
    // with it, the field of the body)
    if lex.peoples.contains(&doc.tokens[m].lower) || lex.country_adjectives.contains_key(&doc.tokens[m].lower) {
        return false;
    }
    let Some(of) = (k + 1..m).rev().find(|&o| doc.tokens[o].lower == "of" && lex.org_words.contains(doc.slice(doc.tokens[o - 1].span))) else {
        return false;
    };
    let mut p = of + 1;
    while p < m {
        let end = longest(doc, p, m, &lex.place_names).map(|(e, _)| e).max(longest(doc, p, m, &lex.country_names).map(|(e, _)| e));
        match end {
            Some(e) => p = e,
            None => return false,
        }
    }
    m > of + 1
}

/// Whether an office and "to"/"of"/"for" (and "the") come right before token `k`
/// ("Ambassador to the", "envoy to").
pub(super) fn office_before(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    let mut p = k;
    if p > 0 && doc.tokens[p - 1].lower == "the" {
        p -= 1;
    }
    p >= 2 && matches!(doc.tokens[p - 1].lower.as_str(), "to" | "of" | "for") && lex.titles.get(&doc.tokens[p - 2].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Generic)
}

/// A lower-case word for one person at token `t`: a noun for a person, or a title (a word
/// that describes without naming an office only in the singular: "leader", "official").
pub(crate) fn person_word(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let w = &doc.tokens[t].lower;
    !doc.tokens[t].cap && (lex.person_nouns.contains(w) || lex.titles.get(w).is_some_and(|x| x.class != crate::lexicon::TitleClass::Generic || !w.ends_with('s')))
}

/// Whether a body named from token `s` (maybe after "the") is governed by "for", "of" or "at"
/// after a word for one person: "a spokesperson for the UN human rights office".
pub(crate) fn governed_by_person_word(doc: &Doc, lex: &Lexicon, s: usize) -> bool {
    let s = if s > 0 && doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
    s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "of" | "for" | "at") && person_word(doc, lex, s - 2)
}

/// Whether a place's name of two or more words opens at token `t` and ends by `end`
/// ("New York", whose "New" is a stopword).
pub(crate) fn place_opens(doc: &Doc, lex: &Lexicon, t: usize, end: usize) -> bool {
    longest(doc, t, end, &lex.place_names).is_some_and(|(e, _)| e > t + 1)
}

/// Whether a lower-case noun for a person or an office and a comma come right before token
/// `k` ("the team's coach, …", "its spokeswoman, …").
/// (or a noun for a person, then "of"/"from"/"at" and a name: "the chairman of the Vexmoor
/// Commission, …", "his counterpart from Quarnel, …")
pub(super) fn apposition_to_person(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    // (a word that describes a person without naming an office counts too, in the singular:
    // "its leader, …", "a senior official, …")
    let for_person = |t: usize| person_word(doc, lex, t);
    if k < 2 || doc.tokens[k - 1].lower != "," {
        return false;
    }
    if for_person(k - 2) || counted_commoner(doc, lex, k - 2) {
        return true;
    }
    // (a capitalised office after a possessive: "Quarnel's Environment Minister, …",
    // "the Vexmoor Islands' Minister for Fisheries, …")
    // (or a possessive determiner: "Its Commissioner for Information, …")
    let possessive = |t: usize| t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "’s" | "'" | "’" | "its" | "their");
    let office = |t: usize| doc.tokens[t].cap && lex.titles.get(&doc.tokens[t].lower).is_some_and(|x| x.class != crate::lexicon::TitleClass::Generic) && (possessive(t) || t > 1 && doc.tokens[t - 1].cap && possessive(t - 1));
    if office(k - 2) {
        return true;
    }
    // ("a spokesperson for the UN human rights office, …": a body named before, lower-case
    // words in its name, that a noun for a person governs)
    if let Some(m) = doc.mention_at_token(k - 2).map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Organization && doc.token_at(m.span.end) == k - 1) {
        if governed_by_person_word(doc, lex, doc.token_at(m.span.start)) {
            return true;
        }
    }
    // the name before the comma: capitalised words, maybe after "the"
    let mut p = k - 2;
    while p > 0 && k - 2 - p < 5 && doc.tokens[p].cap && doc.tokens[p].kind == TokenKind::Word {
        p -= 1;
    }
    if p >= 1 && matches!(doc.tokens[p].lower.as_str(), "for" | "of") && office(p - 1) {
        return true;
    }
    if p + 2 == k || doc.tokens[p + 1].cap && doc.tokens[p].cap {
        return false;
    }
    if doc.tokens[p].lower == "the" && p > 0 {
        p -= 1;
    }
    p >= 1 && matches!(doc.tokens[p].lower.as_str(), "of" | "from" | "at" | "for") && for_person(p - 1)
}

/// People a story meets by their trade or their street, not by an office, that stand alone as
/// speakers ("traders said", "a resident said") and so are no person nouns (before a name
/// without a comma, "oil trader Vexco", "gold miner Quarnel Mining", they name a firm).
const COMMONERS: &[&str] = &["trader", "resident", "vendor", "merchant", "motorist", "miner", "mechanic", "hawker", "commuter", "pensioner", "shopper", "stallholder", "tenant", "passenger", "protester", "demonstrator", "worker", "employee", "neighbour", "neighbor", "witness", "voter"];

/// "Another trader, Jane Roe, said", "One resident, Jane Roe, said", "a local vendor, Jane
/// Roe,": a noun of `COMMONERS` at `t`, counted by an article, "one", "another" or an ordinal
/// (one lower-case word may stand between: "a local vendor"), before the comma: the name after
/// it is a person's. Before, a name with a given name no list knows ("Jane" known, "Tolvan"
/// not) was taken for a place, and the noun was left as the speaker ("trader").
fn counted_commoner(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    const COUNTED: &[&str] = &["a", "an", "one", "another", "the", "second", "third", "fourth", "fifth", "other", "fellow"];
    let x = &doc.tokens[t];
    if x.cap || !COMMONERS.contains(&x.lower.as_str()) || t == 0 {
        return false;
    }
    let d = if COUNTED.contains(&doc.tokens[t - 1].lower.as_str()) {
        t - 1
    } else if t >= 2 && COUNTED.contains(&doc.tokens[t - 2].lower.as_str()) && doc.tokens[t - 1].kind == TokenKind::Word && !doc.tokens[t - 1].cap && !lex.stopwords.contains(&doc.tokens[t - 1].lower) {
        t - 2
    } else {
        return false;
    };
    // (the description opens its sentence, capitalised, or follows a comma, a colon or "and":
    // not "… the stall of another trader, X")
    d == 0 || doc.tokens[d].cap || matches!(doc.tokens[d - 1].lower.as_str(), "," | ":" | ";" | "and" | "but") || doc.tokens[d - 1].kind == TokenKind::Quote
}

/// Run `k..end` as a town and the country (`Ok`) or region (`Err`) it lies in, written
/// without a comma ("Invercargill New Zealand"): the end of the town and both indices.
pub(super) fn town_and_country(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> Option<(usize, usize, Result<usize, usize>)> {
    let (e, towns) = longest(doc, k, end, &lex.place_names).filter(|&(e, _)| e < end)?;
    let rest = fold(&text_of(doc, e, end));
    let within = match lex.country_names.get(&rest) {
        Some(&c) => Ok(c),
        None => Err(lex.place_names.get(&rest)?.iter().copied().find(|&r| lex.places[r].kind == "region")?),
    };
    let inside = |p: usize| match within {
        Ok(c) => lex.places[p].country == lex.countries[c].iso2,
        Err(r) => lex.places[p].country == lex.places[r].country && lex.places[p].region == lex.places[r].name,
    };
    let town = towns.iter().copied().find(|&p| lex.places[p].kind == "city" && inside(p))?;
    Some((e, town, within))
}

/// Lower-case words for a settlement or an area (also what owns an office in "the town's
/// mayor", `roles`).
pub(crate) const PLACE_NOUNS: &[&str] = &["town", "village", "city", "parish", "county", "province", "district", "municipality", "commune", "hamlet", "suburb", "region", "island"];

/// Whether a lower-case word for a place and "of" come right before token `k` ("the town
/// of", "the English county of"; "the port of": a harbour is named after its town, "the
/// Russian port of Vexmoor", so the name is a place, not a company).
pub(super) fn place_of_before(doc: &Doc, k: usize) -> bool {
    let noun = |w: &str| PLACE_NOUNS.contains(&w) || w.strip_suffix('s').is_some_and(|x| PLACE_NOUNS.contains(&x)) || matches!(w, "cities" | "municipalities" | "port" | "ports");
    if k >= 2 && doc.tokens[k - 1].lower == "of" && !doc.tokens[k - 2].cap && noun(&doc.tokens[k - 2].lower) {
        return true;
    }
    // ("the districts of Quarnby and Vexley": the second of a list after a plural)
    k >= 4 && doc.tokens[k - 1].lower == "and" && {
        let from = k.saturating_sub(8);
        (from..k - 2).rev().find(|&j| doc.tokens[j].lower == "of").is_some_and(|o| {
            o >= 1 && !doc.tokens[o - 1].cap && doc.tokens[o - 1].lower.ends_with('s') && noun(&doc.tokens[o - 1].lower) && (o + 1..k - 1).all(|j| doc.tokens[j].cap || doc.tokens[j].lower == ",")
        })
    }
}

/// Whether a word for a country's division follows the name at `k..end` after "the" ("the
/// Zorvak district", "in Tarvik governorate", "the Zorvak and Melitsa districts" for both).
pub(super) fn district_after(doc: &Doc, k: usize, end: usize) -> bool {
    // (not "region": an unlisted "X region" in news is more often a listed region spelt
    // otherwise, "the Kharkif region" for Kharkiv, than a region of its own)
    const DIVISIONS: &[&str] = &["district", "districts", "governorate", "governorates", "province", "provinces"];
    let at = |m: usize| doc.tokens.get(m).filter(|t| !t.cap).map_or("", |t| t.lower.as_str());
    if k == 0 || !matches!(doc.tokens[k - 1].lower.as_str(), "the" | "and" | "in" | "of") {
        return false;
    }
    if DIVISIONS.contains(&at(end)) {
        return true;
    }
    // (the first of two: "the Zorvak and Melitsa districts")
    at(end) == "and" && doc.tokens[k - 1].lower == "the" && (end + 2..(end + 5).min(doc.tokens.len())).find(|&m| !doc.tokens[m].cap).is_some_and(|m| at(m).ends_with('s') && DIVISIONS.contains(&at(m)) && (end + 1..m).all(|j| is_cap_word(doc, j)))
}

/// Whether "is a (small) village in", "was a town." follows token `end`: what the name is
/// ("is a village elder" is not); or the same in apposition, ", a fishing town on the coast",
/// ", an island in the Aegean".
pub(super) fn is_a_place_after(doc: &Doc, end: usize) -> bool {
    let at = |m: usize| doc.tokens.get(m).filter(|t| !t.cap).map_or("", |t| t.lower.as_str());
    let closes = |m: usize| matches!(at(m), "in" | "of" | "on" | "near" | "and" | "located" | "situated" | "," | "." | "(" | ";");
    matches!(at(end), "is" | "was" | ",") && matches!(at(end + 1), "a" | "an") && (end + 2..end + 5).any(|m| PLACE_NOUNS.contains(&at(m)) && closes(m + 1) && (end + 2..m).all(|a| !at(a).is_empty()))
}

/// Whether a comma, then a country's or a region's name, follow token `end` (", England,",
/// ", Ohio.").
pub(super) fn in_region_after_comma(doc: &Doc, lex: &Lexicon, end: usize) -> bool {
    if doc.tokens.get(end).is_none_or(|t| t.lower != ",") || end + 1 >= doc.tokens.len() || !is_cap_word(doc, end + 1) {
        return false;
    }
    let limit = (end + 5).min(doc.tokens.len());
    let country = longest(doc, end + 1, limit, &lex.country_names).map(|(e, _)| e);
    let region = longest(doc, end + 1, limit, &lex.place_names).filter(|(_, ps)| ps.iter().any(|&p| lex.places[p].kind == "region")).map(|(e, _)| e);
    // the country or region ends there ("Kent Road" is no region)
    // (", Germany's largest union": a possessive opens a description of the name, a place
    // only when it says so, ", Germany's second city")
    let described = |e: usize| doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    let place_described = |e: usize| (e + 1..(e + 5).min(doc.tokens.len())).take_while(|&m| doc.tokens[m].kind == TokenKind::Word && !doc.tokens[m].cap).any(|m| PLACE_NOUNS.contains(&doc.tokens[m].lower.as_str()));
    country.or(region).is_some_and(|e| e >= doc.tokens.len() || !is_cap_word(doc, e) && (!described(e) || place_described(e)))
}

/// Last words of newspapers' names that are no organisation words on their own ("Star", "Sun").
pub(super) const MEDIA_HEADS: &[&str] = &[
    "Star", "Sun", "Mail", "Mirror", "Express", "Standard", "Observer", "Independent", "Examiner", "Inquirer", "Enquirer",
    "Courier", "Sentinel", "Dispatch", "Globe", "Bulletin", "Register", "Record", "Review", "Monitor", "Statesman",
    "Advertiser", "Argus", "Leader", "Citizen",
];

/// Whether run `k..end` is a known place or country followed by a newspaper's head word
/// ("Toronto Star", "Denver Sun").
pub(super) fn media_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    if !MEDIA_HEADS.contains(&doc.slice(doc.tokens[end - 1].span)) {
        return false;
    }
    let town = fold(&text_of(doc, k, end - 1));
    let compass = matches!(doc.tokens[k].lower.as_str(), "north" | "south" | "east" | "west" | "lone" | "morning" | "evening");
    !compass && (lex.place_names.contains_key(&town) || lex.country_names.contains_key(&town))
}

/// Whether run `k..end` ends in a word for a place or building ("Street", "Reservoir"). A
/// head that is also a surname ("Hall", "Field", "Park") does not count after given names
/// alone ("Forbes Field", but "Tom Hall").
pub(super) fn place_head(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    let Some(&surname) = lex.place_heads.get(doc.slice(doc.tokens[end - 1].span)) else { return false };
    let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') || lex.census_given.contains(&doc.tokens[m].lower);
    // "Tom Hall", "Mary Ann Park": given names, then the surname
    !(surname && (k..end - 1).all(given))
}

/// Two or three capitalised words, none a common word, title, organisation word or place:
/// what a person's name looks like when no lexicon knows its parts.
pub(super) fn name_like(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    (k..end).all(|m| {
        let t = &doc.tokens[m];
        let w = doc.slice(t.span);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && !lex.is_common_word(&t.lower)
            && !lex.org_words.contains(w)
            && !lex.titles.contains_key(&t.lower)
            && !lex.stopwords.contains(&t.lower)
            && lex.country_any(&t.lower).is_none()
            && !lex.place_names.contains_key(&t.lower)
    })
}

/// Word `m` is shaped as a surname but for being a common word ("Tan", "Long"): two letters
/// or more, no place.
fn surname_common_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let t = &doc.tokens[m];
    surname_shaped(doc, lex, m) && doc.slice(t.span).chars().count() >= 2 && !lex.place_names.contains_key(&t.lower)
}

/// Word `m` is written as a surname: capitalised, lower-case letters after, no organisation
/// word, title, stopword or country.
fn surname_shaped(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let t = &doc.tokens[m];
    let w = doc.slice(t.span);
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && !lex.org_words.contains(w)
        && !lex.titles.contains_key(&t.lower)
        && !lex.stopwords.contains(&t.lower)
        && lex.country_any(&t.lower).is_none()
}

/// "Mark Brown said", "Bill Smith told": the two words `k..k + 2` are a given name only the
/// census lists (no lexicon's given name, common word, title, people's word, place of 100,000
/// or more, and not shaped as an adjective, "Royal", "Christian") and a capitalised surname that
/// is also a common word ("Smith", "Brown", "Hill"), no word for a place's kind ("Hope
/// Street", "Crystal Palace") nor a town, the pair no place's name ("Rose Hill").
pub(super) fn census_given_then_common_surname(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k + 1) else { return false };
    let g = doc.tokens[k].lower.as_str();
    if !lex.census_given.contains(g) || lex.first_names.contains_key(g) || !surname_common_word(doc, lex, k + 1) || t.lower.len() < 3 || !lex.is_common_word(&t.lower) {
        return false;
    }
    let big = |lw: &str| lex.place_names.get(lw).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region");
    let w = doc.slice(doc.tokens[k].span);
    w.chars().skip(1).all(char::is_lowercase)
        && !["al", "an", "ish"].iter().any(|s| g.ends_with(s))
        && !lex.is_common_word(g)
        && !lex.titles.contains_key(g)
        && !lex.title_modifiers.contains(g)
        && !lex.peoples.contains(g)
        && !lex.stopwords.contains(g)
        && lex.country_any(g).is_none()
        && !big(g)
        && lex.place_heads.get(doc.slice(t.span)).is_none()
        && lex.place_names.get(&format!("{g} {}", t.lower.as_str())).is_none()
}

/// Word `m` may be a surname although a town bears it ("Tolvan Harrogate"): capitalised, no
/// common word, organisation word, title, stopword or country.
pub(super) fn surname_like_place(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    surname_shaped(doc, lex, m) && !lex.is_common_word(&doc.tokens[m].lower)
}

/// The place found in the article under the name the run `t..end` spells.
pub(super) fn named_place(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    let name = doc.slice(span_of(doc, t, end));
    doc.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == name)
}

/// Whether the run `t..end` spells the name of a person found in the article.
pub(super) fn named_person(doc: &Doc, t: usize, end: usize) -> bool {
    let name = doc.slice(span_of(doc, t, end));
    doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == name)
}

/// Whether the run `t..end` stands in a list next to a person's name: "A B, C D and E F".
pub(super) fn listed_with_person(doc: &Doc, t: usize, end: usize) -> bool {
    let person_at = |m: usize| doc.person_at_token(m);
    let sep = |m: usize| doc.tokens.get(m).is_some_and(|x| x.lower == "," || x.lower == "and");
    // before: "Jane Roe, [A B]" / "Jane Roe and [A B]" / "Jane Roe, and [A B]"
    let mut b = t;
    let mut seps = 0;
    while b > 0 && sep(b - 1) && seps < 2 {
        b -= 1;
        seps += 1;
    }
    let before = seps > 0 && b > 0 && person_at(b - 1);
    // after: "[A B], Jane Roe" / "[A B] and Jane Roe"
    let mut a = end;
    let mut seps = 0;
    while sep(a) && seps < 2 {
        a += 1;
        seps += 1;
    }
    let after = seps > 0 && a < doc.tokens.len() && person_at(a);
    before || after
}

/// Plural words that end place names, not team names ("Virgin Islands", "Colorado Springs").
pub const PLACE_PLURALS: &[&str] = &[
    "islands", "isles", "mountains", "hills", "heights", "falls", "springs", "lakes", "woods", "fields", "gardens", "rapids",
    "plains", "keys", "downs", "sands", "flats", "highlands", "lowlands", "territories", "states", "estates", "towers",
    "alps", "rockies", "andes", "emirates", "provinces", "marshes", "meadows", "banks", "rocks", "cliffs", "docks", "shores",
    "indies", "olympics", "games", "mills", "nations", "works", "commons", "lands", "grounds", "halls", "villas", "parks",
];

/// A known place followed by one or two capitalised words, the last a plural: a sports team
/// ("Toronto Blue Jays").
pub(super) fn team_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    let last = &doc.tokens[end - 1];
    let word = doc.slice(last.span);
    if word.len() < 4 || !word.ends_with('s') || word.ends_with("ss") || PLACE_PLURALS.contains(&last.lower.as_str()) || !word.chars().skip(1).all(|c| c.is_lowercase()) {
        return false;
    }
    // "Denver Williams" is a person
    let name_word = lex.surnames.contains_key(&last.lower) || lex.first_names.contains_key(&last.lower);
    if name_word || lex.org_words.contains(word) || lex.stopwords.contains(&last.lower) || lex.country_any(&last.lower).is_some() {
        return false;
    }
    // "Lawrence B. Hastings": a middle initial makes a person, whatever the first word names
    let initial = |m: usize| {
        let w = doc.slice(doc.tokens[m].span);
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase())
    };
    if (k..end).any(initial) {
        return false;
    }
    // ("Greens leader Larissa Waters", "Senator Sydney Rivers", "their leader, Larissa Waters":
    // a title before names a person, also across an appositive's comma; a team follows "the")
    let title_at = |m: usize| lex.titles.contains_key(&doc.tokens[m].lower);
    let titled = k > 0 && title_at(k - 1) || k > 1 && doc.tokens[k - 1].lower == "," && title_at(k - 2);
    if titled && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') {
        return false;
    }
    // the place is everything before the plural, or before the last two words
    [end - 1, end.saturating_sub(2)].iter().any(|&m| {
        m > k && {
            let prefix = fold(&text_of(doc, k, m));
            let compass = matches!(doc.tokens[k].lower.as_str(), "north" | "south" | "east" | "west" | "central" | "upper" | "lower" | "greater");
            !compass && lex.place_names.get(&prefix).is_some_and(|p| lex.places[p[0]].population >= 50_000 || lex.places[p[0]].kind == "region")
                || lex.country_names.contains_key(&prefix)
        }
    })
}

/// Whether tokens `k..end` (two to four capitalised words) have the shape of a person's
/// name: a known first name (when `first_ok`), a middle initial ("Hilary E. Ackermann"), an
/// East Asian given name with a hyphen ("Leung Kwok-hung"), or a census surname after a
/// word that is not a surname itself ("Pie Traynor"). No word may be a title, an
/// organisation word, a country or a known place.
pub fn person_shape(doc: &Doc, lex: &Lexicon, k: usize, end: usize, first_ok: bool) -> bool {
    let n = end - k;
    // ("Jane K. Roe II": a generational suffix closes the name, whatever its words)
    if n >= 3 && matches!(doc.slice(doc.tokens[end - 1].span), "II" | "III" | "IV") {
        return person_shape(doc, lex, k, end - 1, first_ok);
    }
    if !(2..=4).contains(&n) {
        return false;
    }
    let words: Vec<&str> = (k..end).map(|m| doc.slice(doc.tokens[m].span)).collect();
    let lows: Vec<&str> = (k..end).map(|m| doc.tokens[m].lower.as_str()).collect();
    let alpha = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.');
    let mixed = |w: &str| w.chars().any(char::is_lowercase);
    if !words.iter().all(|w| alpha(w)) || !mixed(words[n - 1]) {
        return false;
    }
    // "C. H. Douglas", "P. Pettigrew": initials with full stops, then a surname (a census
    // surname that is no town after one initial; after two, any word but a common one)
    // ("R.K. Roe": initials written together count as many)
    let initials: usize = words.iter().take_while(|w| dotted_initials_word(w)).map(|w| w.len() / 2).sum();
    let initial_words = words.iter().take_while(|w| dotted_initials_word(w)).count();
    if initials > 0 {
        let last = lows[n - 1];
        // ("R. Venkataramana Roe", "A. Tom Hale": initials, then a name of two words)
        if n - initial_words >= 2 {
            return person_shape(doc, lex, k + initial_words, end, first_ok) || name_like(doc, lex, k + initial_words, end);
        }
        let surname = if initials >= 2 { !lex.is_common_word(last) } else { lex.surnames.contains_key(last) && !lex.place_names.contains_key(last) };
        return surname && lex.country_any(last).is_none() && !lex.org_words.contains(words[n - 1]) && !lex.titles.contains_key(last);
    }
    if !mixed(words[0]) {
        return false;
    }
    for (m, lw) in lows.iter().enumerate() {
        let proper = lex.org_words.contains(words[m])
            || lex.titles.contains_key(*lw)
            || lex.title_modifiers.contains(*lw)
            || lex.stopwords.contains(*lw)
            || GREETINGS.contains(lw)
            || lex.country_any(lw).is_some()
            || REGION_WORDS.contains(lw);
        if proper && !connector(lw) {
            return false;
        }
    }
    let place = |lw: &str| lex.place_names.get(lw).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region");
    // a first name that is also a town ("Elizabeth", "Austin") needs a surname that is not a common word
    if first_ok && lex.first_names.get(lows[0]).is_some_and(|g| *g != 'u') && (!place(lows[0]) || !lex.is_common_word(lows[n - 1])) {
        return true;
    }
    if lex.place_names.contains_key(&lows.join(" ")) {
        return false;
    }
    // a middle initial: "Hilary E. Ackermann"
    let initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && matches!(c.as_str(), "" | ".")
    };
    if n >= 3 && words[1..n - 1].iter().any(|w| initial(w)) && words[0].chars().count() >= 2 && words[n - 1].chars().count() >= 2 && !place(lows[0]) && !lex.is_common_word(lows[0]) {
        return true;
    }
    // ("Norway's defence minister, Tore O. Sandvik, said": a given name that is also a common
    // word, "Tore", "Hope", before a dotted middle initial and a surname no list gives as a
    // word, inside a sentence after a comma or a lower-case word that is no article)
    let inside = k > 0 && {
        let p = &doc.tokens[k - 1];
        p.lower == "," || p.kind == TokenKind::Word && !p.cap && !matches!(p.lower.as_str(), "the" | "a" | "an")
    };
    if n == 3 && inside && words[1].len() == 2 && initial(words[1]) && words[0].chars().count() >= 3 && !place(lows[0]) && !lex.stopwords.contains(lows[0]) && name_like(doc, lex, end - 1, end) {
        return true;
    }
    // ("The Greens' leader, Marine Tondelier, said": a given name that is also a common word,
    // then a surname no list gives as a word, set off by commas right after a title)
    // ("Kiprono's lawyer, Mercy Wanjiru, told …": after a noun for a person's occupation or
    // relation too, when a possessive or "the" owns that noun)
    let owned_noun = k >= 3 && lex.person_nouns.contains(&doc.tokens[k - 2].lower) && !doc.tokens[k - 2].cap && owner_word(&doc.tokens[k - 3].lower);
    let set_off = k >= 2 && doc.tokens[k - 1].lower == "," && doc.tokens.get(end).is_some_and(|t| t.lower == ",");
    let titled = set_off && (lex.titles.contains_key(&doc.tokens[k - 2].lower) || title_of_words_ends(doc, k - 1));
    let apposed = titled || set_off && owned_noun;
    // ("the party's health spokesperson, Tomos ap Rhys, said", "the union's organiser, Tavin
    // van Quarn,": a lower-case surname particle between the given name and the surname, a
    // name of two words all the same)
    let particle_between = n == 3 && !doc.tokens[k + 1].cap && lex.surname_particles.contains(lows[1]);
    if (n == 2 || particle_between) && apposed && words[0].chars().count() >= 3 && !place(lows[0]) && !lex.stopwords.contains(lows[0]) {
        // ("Intel's chief executive, Lip-Bu Tan, told …": after a title itself, not a noun for
        // an occupation, the surname may be a common word, "Tan", "Long", "Young", when the
        // given name before it is none and both are otherwise shaped as a name)
        if name_like(doc, lex, end - 1, end) || titled && name_like(doc, lex, k, k + 1) && surname_common_word(doc, lex, end - 1) {
            return true;
        }
    }
    // "Leung Kwok-hung", "Park Joo-ho": a one-syllable surname, a two-syllable given name
    if n == 2 && romanised_syllable(words[0], true) && hyphenated_given(words[1]) {
        return true;
    }
    // a census surname after a given name no lexicon knows: "Pie Traynor", "Candie Payne"
    let sur_last = lex.surnames.contains_key(lows[n - 1]);
    let first_is_surname = lex.surnames.contains_key(lows[0]) && !lex.first_names.contains_key(lows[0]) && !lex.census_given.contains(lows[0]);
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let common = lows[..n - 1].iter().any(|w| lex.is_common_word(w));
    sur_last && n <= 3 && capitalised && !common && !first_is_surname && !place(lows[0]) && words.iter().all(|w| w.chars().count() >= 2 && !initial(w) || n == 3)
}

/// One romanised syllable of an East Asian name ("Park", "Kwok", "hung"): one to six ASCII
/// letters, capitalised when `cap`.
fn romanised_syllable(s: &str, cap: bool) -> bool {
    (1..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphabetic()) && (!cap || s.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// "Kwok-hung", "Ji-hoon": an East Asian given name of two romanised syllables joined by a
/// hyphen, the second in lower case, which is how such names follow their surname.
pub fn hyphenated_given(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| romanised_syllable(a, true) && romanised_syllable(b, false) && b.chars().skip(1).all(|c| c.is_ascii_lowercase()))
}

/// "Army of the North": token `j` is a lower-case "of", after an organisation's head word
/// (no title) and before a lower-case "the" and a capitalised name that is no organisation's
/// ("Group of the Quarnby Chess Society", "Corps of the Army of …" are two); a country or
/// place there only after a head word that opens the run `i..` ("University of the
/// Bahamas"; "Vexmoor State University of the US" is the university and the country).
pub(super) fn of_the_in_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    let head = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
    if !(j > i
        && j + 2 < b
        && doc.tokens[j].lower == "of"
        && !doc.tokens[j].cap
        && doc.tokens[j + 1].lower == "the"
        && !doc.tokens[j + 1].cap
        && is_cap_word(doc, j + 2)
        && head(j - 1))
    {
        return false;
    }
    let e = (j + 2..b).find(|&m| !is_cap_word(doc, m)).unwrap_or(b);
    // (a possessive after it opens a longer name: "of the People's Liberation Army")
    let possessive = doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) && e + 1 < b && is_cap_word(doc, e + 1);
    !possessive
        && !(j + 2..e).any(head)
        && longest(doc, j + 2, e, &lex.organisations).is_none()
        && (j - 1 == i || longest(doc, j + 2, e, &lex.country_names).is_none() && longest(doc, j + 2, e, &lex.place_names).is_none())
}

/// "the Freedom of the Press Foundation": the run `i..j` one capitalised common word (after
/// "the", or "The" opening the run) that is no organisation word, title or country, then at `j` a lower-case "of the" and capitalised words ending in an
/// organisation word (no title or country among them) that end the run: one body named for its cause. Returns
/// the end of the name ("the Head of the Quarnby Foundation" is a title; "the Bank of the
/// West" is `of_the_in_org`'s).
pub(super) fn cause_of_the_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    let first = if doc.tokens[i].lower == "the" { i + 1 } else { i };
    if !(j == first + 1
        && (first > i || i > 0 && doc.tokens[i - 1].lower == "the")
        && j + 3 < b
        && doc.tokens[j].lower == "of"
        && !doc.tokens[j].cap
        && doc.tokens[j + 1].lower == "the"
        && !doc.tokens[j + 1].cap
        && is_cap_word(doc, j + 2))
    {
        return None;
    }
    let w = doc.tokens[first].lower.as_str();
    // (a common word may be a town's or a given name too: "Freedom", "Liberty")
    let plain = |m: usize| {
        let w = doc.tokens[m].lower.as_str();
        !lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(w) && lex.country_any(w).is_none()
    };
    if !is_cap_word(doc, first) || !lex.is_common_word(w) || !plain(first) || !doc.slice(doc.tokens[first].span).chars().skip(1).all(char::is_lowercase) {
        return None;
    }
    let e = (j + 2..b).find(|&m| !is_cap_word(doc, m)).unwrap_or(b);
    // (a possessive after it opens a longer name)
    let possessive = doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    (e >= j + 4 && !possessive && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span)) && !lex.titles.contains_key(&doc.tokens[e - 1].lower) && (j + 2..e - 1).all(|m| !lex.titles.contains_key(&doc.tokens[m].lower) && lex.country_any(&doc.tokens[m].lower).is_none())).then_some(e)
}

/// Head words of membership bodies named for their members and where they are ("the
/// Association of Banks in Lebanon").
const MEMBERS_HEADS: &[&str] = &["Association", "Federation", "Confederation", "Union", "League", "Syndicate", "Society"];

/// "the Association of Banks in Lebanon", "the Union of Students in Ireland": the run `i..j`
/// a membership body's head word (opening it, after "the" if any), "of" and one capitalised
/// plural word (no given name, place, country or title); at `j` a lower-case "in" and a listed country's name that ends the run.
/// The country is part of the body's name. Returns the end of the name.
pub(super) fn members_in_country_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    let first = if doc.tokens[i].lower == "the" { i + 1 } else { i };
    if !(j == first + 3 && j + 1 < b && doc.tokens[j].lower == "in" && !doc.tokens[j].cap && doc.tokens[j - 2].lower == "of" && !doc.tokens[j - 2].cap && MEMBERS_HEADS.contains(&doc.slice(doc.tokens[first].span)) && is_cap_word(doc, j + 1)) {
        return None;
    }
    let members = doc.tokens[j - 1].lower.as_str();
    if !is_cap_word(doc, j - 1) || members.len() < 4 || !members.ends_with('s') || !doc.slice(doc.tokens[j - 1].span).chars().skip(1).all(char::is_lowercase) || lex.first_names.contains_key(members) || lex.place_names.contains_key(members) || lex.country_any(members).is_some() || lex.titles.contains_key(members) {
        return None;
    }
    country_ends_name(doc, lex, j + 1, b)
}

/// "the United Nations Verification Mission in Colombia", "the American Chamber of Commerce in
/// Japan": the run `i..j` ends in a capitalised "Mission" after at least one capitalised word,
/// or in "Chamber of Commerce" after at least one; at `j` a lower-case "in" and a listed
/// country's name that ends the run. A mission or a chamber abroad is named for its country
/// ("the Mission in Colombia", with no word before it, keeps the country apart). Returns the
/// end of the name.
pub(super) fn mission_in_country_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    let first = if doc.tokens[i].lower == "the" { i + 1 } else { i };
    if !(j + 1 < b && j >= first + 2 && doc.tokens[j].lower == "in" && !doc.tokens[j].cap && is_cap_word(doc, j + 1)) {
        return None;
    }
    let mission = doc.slice(doc.tokens[j - 1].span) == "Mission" && is_cap_word(doc, j - 2);
    let chamber = j >= first + 4
        && doc.slice(doc.tokens[j - 1].span) == "Commerce"
        && doc.tokens[j - 2].lower == "of"
        && !doc.tokens[j - 2].cap
        && doc.slice(doc.tokens[j - 3].span) == "Chamber"
        && is_cap_word(doc, j - 4);
    if !(mission || chamber) {
        return None;
    }
    country_ends_name(doc, lex, j + 1, b)
}

/// "the United Nations Group of Human Rights Experts on Nicaragua", "the Panel of Experts on
/// Libya": the run `i..j` ends in a capitalised "Experts" after a "Group of" or "Panel of"
/// inside it; at `j` a lower-case "on" and a listed country's name that ends the run. A body
/// of experts is named for the country it watches (`on_in_org` keeps countries apart after
/// its heads: "the Commission on Cyprus"). Returns the end of the name.
pub(super) fn experts_on_country_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    if !(j + 1 < b && j >= i + 3 && doc.tokens[j].lower == "on" && !doc.tokens[j].cap && doc.slice(doc.tokens[j - 1].span) == "Experts" && is_cap_word(doc, j + 1)) {
        return None;
    }
    if !(i + 1..j - 1).any(|m| doc.tokens[m].lower == "of" && !doc.tokens[m].cap && matches!(doc.slice(doc.tokens[m - 1].span), "Group" | "Panel")) {
        return None;
    }
    country_ends_name(doc, lex, j + 1, b)
}

/// The end of a listed country's name at token `k` that ends the capitalised run (before `b`):
/// the country a body's name closes with ("… in Lebanon", "… on Nicaragua").
fn country_ends_name(doc: &Doc, lex: &Lexicon, k: usize, b: usize) -> Option<usize> {
    let (e, _) = longest(doc, k, b, &lex.country_names)?;
    (e >= b || !is_cap_word(doc, e)).then_some(e)
}

/// Head words of bodies named by what they deliberate on ("Council on Foreign Relations").
pub(super) const TOPIC_HEADS: &[&str] = &["Council", "Committee", "Subcommittee", "Commission", "Conference", "Institute", "Center", "Centre", "Panel", "Caucus"];

/// "Council on Foreign Relations": token `j` is a lower-case "on" after a head word of
/// `TOPIC_HEADS` and before a capitalised word that is no weekday, month, place or country
/// ("the Council on Tuesday", "the Commission on Cyprus" name no body).
pub(super) fn on_in_org(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    j >= 1
        && j + 1 < b
        && doc.tokens[j].lower == "on"
        && !doc.tokens[j].cap
        && TOPIC_HEADS.contains(&doc.slice(doc.tokens[j - 1].span))
        && is_cap_word(doc, j + 1)
        && {
            let w = doc.tokens[j + 1].lower.as_str();
            // (a word, not initials or a code: "the Space Center on STS-1")
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && doc.slice(doc.tokens[j + 1].span).chars().any(char::is_lowercase)
                // ("the Committee on Dec. 10": a month's abbreviation too)
                && !crate::lexicon::is_month_or_abbreviation(w)
                && !crate::lexicon::is_weekday(w)
                // ("the Commission on Human Rights": a common word the gazetteer also files as a
                // town's other name, with the field's next capitalised word after it, is no place)
                && longest(doc, j + 1, b, &lex.place_names).is_none_or(|(e, _)| e == j + 2 && e < b && is_cap_word(doc, e) && lex.is_common_word(w))
                && longest(doc, j + 1, b, &lex.country_names).is_none()
                && longest(doc, j + 1, b, &lex.organisations).is_none()
        }
}

/// "Jane Roe, 41, was …": an age in commas after the name at token `end` (a whole number
/// from 1 to 110, then a comma, a stop, a semicolon, a closing bracket or "and").
/// (Or then a listed town, without a comma, as lists of the charged write it: "Jane Roe, 41,
/// Quarnby".)
pub(super) fn age_follows(doc: &Doc, end: usize) -> bool {
    doc.tokens.get(end).is_some_and(|t| t.lower == ",")
        && doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number && !t.lower.starts_with('0') && t.lower.parse::<u32>().is_ok_and(|a| (1..=110).contains(&a)))
        && doc.tokens.get(end + 2).is_none_or(|t| {
            matches!(t.lower.as_str(), "," | "." | ";" | ")" | "and")
                || t.cap && t.kind == TokenKind::Word && longest(doc, end + 2, doc.tokens.len().min(end + 6), &Lexicon::get().place_names).is_some()
        })
}

/// Token `t` is "AM", "PM", "A.M." or "P.M." written in capitals right after a clock time or
/// an hour ("11:16:25 AM", "3 PM"), or a time zone after one: a live page's "12.20 GMT Kallas
/// urges …" names no "GMT Kallas".
pub(crate) fn clock_half(doc: &Doc, t: usize) -> bool {
    t > 0
        && doc.tokens[t - 1].kind == TokenKind::Number
        && {
            // (the zones of `data/lexicon/time_zones.txt`; "ET", of two letters, is kept out of
            // that list, which also names no organisations)
            let w = doc.slice(doc.tokens[t].span);
            matches!(w, "AM" | "PM" | "A.M." | "P.M." | "ET") || Lexicon::get().time_zones.contains(w)
        }
        && doc.slice(doc.tokens[t - 1].span).chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        && doc.slice(doc.tokens[t - 1].span).len() <= 8
}

/// Token `t` lies inside a web address ("http://…/pictures/08-05_Jane_Roe_Bday", "www.…"): the
/// text around it, up to white space, has "://" or opens with "www.".
pub(crate) fn in_url(doc: &Doc, t: usize) -> bool {
    let text = doc.text();
    let span = doc.tokens[t].span;
    // (a word with white space on both sides is no part of an address, unless it opens one:
    // asked at every capitalised word, so the common case is answered from two bytes)
    let bytes = text.as_bytes();
    let spaced = |b: Option<&u8>| b.is_none_or(|c| c.is_ascii_whitespace());
    if spaced(span.start.checked_sub(1).map(|p| &bytes[p])) && spaced(bytes.get(span.end)) && !bytes[span.start..span.end].iter().any(|c| matches!(c, b'.' | b':' | b'/')) {
        return false;
    }
    let start = text[..span.start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
    let end = text[span.end..].find(char::is_whitespace).map_or(text.len(), |p| span.end + p);
    let chunk = &text[start..end];
    chunk.contains("://") || chunk.starts_with("www.") || chunk.starts_with("(www.")
}

/// Token `t` is glued to an at-sign before it: the domain of an address or a mail system's
/// user name ("jroe@Quarnby.edu", "Jane Roe@QUARNCO"), no name.
pub(crate) fn in_address(doc: &Doc, t: usize) -> bool {
    let bytes = doc.text().as_bytes();
    let span = doc.tokens[t].span;
    // (also "jane.Roe@…": a word between a full stop and an at-sign, glued to both)
    span.start > 0 && (bytes[span.start - 1] == b'@' || bytes[span.start - 1] == b'.' && bytes.get(span.end) == Some(&b'@'))
}

/// A British postal district after a town's name: "E17", "SW1", "N1" (one or two capital
/// letters, then a number, perhaps a letter).
pub(super) fn postal_district(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (2..=4).contains(&b.len()) && (1..=2).contains(&letters) && b.get(letters).is_some_and(u8::is_ascii_digit) && b[letters..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

pub(super) fn ends_in_org_word(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    // "Ministry of Defense", "Bank of England": an organisation word before "of" (or "for the":
    // "Foundation for the Visual Arts"; or "on": "Council on Foreign Relations")
    // (or "for" and what it is for in capitalised common words to the end: "the Institute for
    // Rural Planning", "the Centre for Northern Studies"; no given name among them)
    // (a people's or a country's adjective may open the field, before a common word: "the
    // Centre for European Reform", "the Institute for Asian Trade Policy")
    let field_adjective = |x: usize| x + 1 < j && (lex.peoples.contains(&doc.tokens[x].lower) || lex.country_adjectives.contains_key(&doc.tokens[x].lower));
    // ("the Department for Work and Pensions", "the Department for Environment, Food and Rural
    // Affairs": fields joined by "and" or listed with commas, each a capitalised word, as a
    // name "of" them may be)
    let field = |x: usize| is_cap_word(doc, x) && (lex.is_common_word(&doc.tokens[x].lower) || field_adjective(x)) && !lex.first_names.get(&doc.tokens[x].lower).is_some_and(|g| *g != 'u');
    let fields = |m: usize| {
        m + 2 < j && (m + 2..j).all(|x| field(x) || x > m + 2 && x + 1 < j && matches!(doc.tokens[x].lower.as_str(), "and" | ",") && !doc.tokens[x].cap && field(x - 1) && field(x + 1))
    };
    // ("the Boundary Commission for England", "the Electoral Commission for Wales": "for" and
    // a place's name to the end, a nation or a region that no country list holds)
    let place_to_end = |x: usize| x < j && doc.tokens[x].cap && (longest(doc, x, j, &lex.place_names).is_some_and(|(e, _)| e == j) || longest(doc, x, j, &lex.country_names).is_some_and(|(e, _)| e == j));
    (k..j).any(|m| {
        lex.org_words.contains(doc.slice(doc.tokens[m].span))
            // ("Université de Montréal", "Universidad de Chile": "de" after a head word, as a
            // name in another language writes "of")
            && doc.tokens.get(m + 1).is_some_and(|t| t.lower == "of" || t.lower == "for" && (doc.tokens.get(m + 2).is_some_and(|u| u.lower == "the") || fields(m) || place_to_end(m + 2)) || t.lower == "on" && !t.cap || !t.cap && matches!(t.lower.as_str(), "de" | "del" | "du" | "des" | "di" | "della" | "do" | "da"))
            && m + 1 < j
    })
}

/// "University College Quarnby", "Vexmoor College Dublin": a college's or university's name
/// that ends in the listed town it stands in (as British and Irish ones are named), after
/// "College" or "University" and one word at least before it, is the body's name, whole
/// (not a run of no shape, nor a person). Constant work per run: the head word is tested
/// before the places.
pub(super) fn college_of_town(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    j >= k + 3
        && (k + 1..j - 1).rev().take(2).any(|m| {
            matches!(doc.slice(doc.tokens[m].span), "College" | "University")
                && (k..m).all(|x| is_cap_word(doc, x))
                && doc.tokens[m + 1].cap
                && longest(doc, m + 1, j, &lex.place_names).is_some_and(|(e, _)| e == j)
        })
}

/// Head words of bodies of members (not a state's body, nor an office or an event: "Council",
/// "Service" are left out), which may follow a nation's or an event's name inside a body's name.
/// (asked of runs of three words or more: a `matches!`, which tells most words by their length)
pub(super) fn association_head(w: &str) -> bool {
    matches!(w, "Association" | "Federation" | "Confederation" | "Foundation" | "Alliance" | "Society" | "Network" | "Institute" | "Coalition" | "Forum" | "Trust")
}

/// A nation, a country or a region (a state, a province: a place of kind "region") whose name
/// runs from `x` to `j`, the end of the run: "Scotland", "Australia", "New South Wales".
pub(super) fn nation_or_region_to_end(doc: &Doc, lex: &Lexicon, x: usize, j: usize) -> bool {
    x < j && doc.tokens[x].cap && (longest(doc, x, j, &lex.country_names).is_some_and(|(e, _)| e == j) || longest(doc, x, j, &lex.place_names).is_some_and(|(e, p)| e == j && p.iter().any(|&i| lex.places[i].kind == "region")))
}

/// "The Quarnby Builders Federation Scotland said", "the Vexmoor Growers Association Australia
/// (VGAA)": an association's head word after a word of its name at least, then a nation or a
/// region closing the run, is one body named with the nation it works in (as "College" and a
/// town are: `college_of_town`), before a cue, a comma, a parenthesis or the sentence's end
/// (not "told the Vexmoor Society Quarnia had …", a clause after it). The heads are those of
/// bodies of members, not a state's ("the Security Council Russia …"). (A possessive after the
/// name, "… Society Quarnia's local branch warned", is left out for now: measured, its one case
/// found a statement whose about-list names towns no gazetteer holds, and the about figure fell.)
pub(super) fn body_of_nation(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    let closes = || closes_body_name(doc, lex, j);
    j >= k + 3 && (j.saturating_sub(4).max(k + 1)..j - 1).any(|m| association_head(doc.slice(doc.tokens[m].span)) && closes() && (k..m).all(|x| is_cap_word(doc, x)) && nation_or_region_to_end(doc, lex, m + 1, j))
}

/// A cue, a comma, a full stop, a parenthesis or the text's end at `j`: what may follow a
/// body's name closing its run (`body_of_nation`, `body_before_initials`).
fn closes_body_name(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    doc.tokens.get(j).is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "(") || t.kind == TokenKind::Word && lex.cues.contains_key(&t.lower))
}

/// "Quarnby Aid UK said", "a director of Vexmoor Justice UK,": capitalised words, none a stop
/// word, a country's adjective, a given name or a place, then a country's initials closing the
/// run before a cue, a comma, a parenthesis or the sentence's end, are one body named with the
/// nation it works in, as `body_of_nation`'s are (not "the Labour UK government", a noun after
/// it; nor a listed organisation, read as listed).
#[inline(always)]
pub(super) fn body_before_initials(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    // (the cheap tests first: asked at every word of every run)
    k + 2 <= j && j <= k + 4 && doc.tokens[j - 1].cap && doc.tokens[j - 1].lower.len() <= 3 && words_before_initials(doc, lex, k, j)
}

/// `body_before_initials` past its gate: the initials a country's, the words before them plain.
fn words_before_initials(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    let initials = |x: usize| {
        let s = doc.slice(doc.tokens[x].span);
        capitals(s, 2..=usize::MAX) && longest(doc, x, j, &lex.country_names).is_some_and(|(e, _)| e == j)
    };
    let closes = || closes_body_name(doc, lex, j);
    let plain = |x: usize| {
        let w = &doc.tokens[x].lower;
        is_cap_word(doc, x) && !lex.stopwords.contains(w) && !lex.country_adjectives.contains_key(w) && !(lex.first_names.get(w).is_some_and(|g| *g != 'u') && !lex.is_common_word(w)) && !lex.place_names.contains_key(w)
    };
    initials(j - 1) && (closes() || possessive_office(doc, j)) && (k..j - 1).all(plain) && longest(doc, k, j, &lex.organisations).is_none()
}

/// "Quarnby Aid UK's policy director, X," (`j` after the initials): a possessive before a
/// lower-case word, the office or work of the body the run names (asked only after the
/// initials: `body_of_nation` leaves its possessive out, NOTES mendIE).
fn possessive_office(doc: &Doc, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
}

/// ", who runs …", ", 25," or "(born 1970)", "(née Roe)" after a name: said of people.
pub(super) fn person_apposition_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    match at(end) {
        "," => at(end + 1) == "who" || doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number) && at(end + 2) == ",",
        "(" => matches!(at(end + 1), "born" | "née" | "nee"),
        _ => false,
    }
}

/// A count after "a mother of", "a father of" ("five", "12"): the children of a parent
/// described in an appositive.
pub(super) fn count_of_children(t: &crate::model::Token) -> bool {
    t.kind == TokenKind::Number || crate::lexicon::is_small_count_word(&t.lower)
}

/// ", the Brazilian presidency's spokesperson," / ", former ambassador" / ", Vexmoor coach," after a name.
pub(super) fn appositive_title_follows(doc: &Doc, end: usize) -> bool {
    if doc.tokens.get(end).is_none_or(|t| t.lower != ",") {
        return false;
    }
    let lex = Lexicon::get();
    // (", one of its spokespeople,", ", one of the march's organisers,": one of the holders of
    // a title is a person as one holder is; not "members", which states and bodies are too)
    if doc.tokens.get(end + 1).is_some_and(|x| x.lower == "one") && doc.tokens.get(end + 2).is_some_and(|x| x.lower == "of") {
        let close = (end + 4..(end + 9).min(doc.tokens.len())).find(|&c| matches!(doc.tokens[c].lower.as_str(), "," | "." | ";"));
        let head = close.map_or("", |c| doc.tokens[c - 1].lower.as_str());
        if matches!(head, "spokespeople" | "spokesmen" | "spokeswomen") || head.strip_suffix('s').is_some_and(|s| s != "member" && lex.titles.contains_key(s)) {
            return true;
        }
    }
    let mut k = end + 1;
    let stop = (end + 8).min(doc.tokens.len());
    while k < stop {
        let t = &doc.tokens[k].lower;
        // (or a noun for a person that ends the appositive: ", Panama coach,", ", a retired teacher,")
        let ends = doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | "." | ";"));
        // (an office of several words too: ", the minority whip in …")
        if lex.titles.contains_key(t) || doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && title_at(doc, k, stop).is_some_and(|(e, _)| e > k + 1) {
            // "The head of Talvora, Vice Admiral Jonas Weller, said": a title before a
            // name of its own is that name's, not an appositive of the name before the comma
            let e = title_at(doc, k, stop.max((k + 4).min(doc.tokens.len()))).map_or(k + 1, |(e, _)| e);
            let mut m = e;
            while m < doc.tokens.len() && m < e + 4 && doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word {
                m += 1;
            }
            return !(m >= e + 2 && doc.tokens.get(m).is_some_and(|x| matches!(x.lower.as_str(), "," | ".")));
        }
        if ends && lex.person_nouns.contains(t) && !t.ends_with('s') {
            return true;
        }
        // ", a political analyst at …", ", a student from …": a noun for a person after an
        // article that opens the appositive, then where they work or come from
        // (or "who": ", a law student who has emerged as one of its spokespeople,")
        if (lex.person_nouns.contains(t) || lex.speaker_nouns.contains(t)) && !t.ends_with('s') && matches!(doc.tokens[end + 1].lower.as_str(), "a" | "an" | "the")
            && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "at" | "from" | "with" | "in" | "who") && !x.cap || x.lower == "of" && doc.tokens.get(k + 2).is_some_and(count_of_children))
        {
            return true;
        }
        if matches!(t.as_str(), "," | "." | "(" | ")") {
            return false;
        }
        k += 1;
    }
    false
}

/// A word that owns the noun after it, as in "Kiprono's lawyer, X," or "Its president, X,": a
/// possessive ending, a possessive pronoun or "the" (lower-case forms).
pub(super) fn owner_word(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’" | "his" | "her" | "its" | "their" | "the")
}

/// Whether a title of two or more words ends right before token `c` ("Orion's chief
/// executive, Lip-Bu Tan,": "executive" is no title alone, so the one-word test of a title
/// before the comma missed the name set off after it, where "finance chief, X," had it).
fn title_of_words_ends(doc: &Doc, c: usize) -> bool {
    (c.saturating_sub(4)..c.saturating_sub(1)).any(|l| title_at(doc, l, c).is_some_and(|(e, _)| e == c))
}
