//! Keys of state bodies named without their country ("the Senate", "Parliament", "the
//! foreign ministry"): every state has one, so the name alone would join the Senates of all
//! countries into one node. The key adds the country: the one the name gives ("U.S.
//! Senate", "Russian foreign ministry", "Chilean central bank"), else the country the
//! article is mostly about. Both forms of one country's body share the key.

use super::keys::slug;
use crate::lexicon::{fold, Lexicon, WordSet};
use crate::model::{Doc, EntityKind};

/// `org/senate-us` for entity `i` of `doc` when it is a state body, or `None` for any other
/// organisation (and for a body named alone in an article about no country in particular).
pub fn state_body_key(doc: &Doc, i: usize) -> Option<String> {
    let lex = Lexicon::get();
    let lower = fold(&doc.entities[i].name);
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let key = |body: &str, iso2: &str| Some(format!("org/{}-{}", slug(&canonical_body(body)), iso2.to_lowercase()));
    if lex.state_body_keys.contains(lower) {
        // (the country the same article names that body with, if one: "U.S. Congress" then
        // "Republicans in Congress" in a story mostly about Russia)
        let named = || {
            let mut found: Vec<String> = Vec::new();
            for (_, e) in doc.entities.iter().enumerate().filter(|&(j, _)| j != i) {
                if let Some((body, iso2)) = named_with_country(&fold(&e.name)) {
                    if canonical_body(&body) == canonical_body(lower) && !found.contains(&iso2) {
                        found.push(iso2);
                    }
                }
            }
            (found.len() == 1).then(|| found.remove(0))
        };
        return key(lower, &country_before(doc, i).or_else(|| subject_state_before(doc, i).filter(|c| lower != "foreign office" || FOREIGN_OFFICE_STATES.contains(&c.as_str()))).or_else(named).or_else(|| capital_after(doc, i)).or_else(|| office_country(doc, lower)).or_else(|| written_from(doc)).or_else(|| main_country(doc))?);
    }
    let (body, iso2) = named_with_country(lower)?;
    key(&body, &iso2)
}

/// An embassy keyed by where it serves, and its name when it is named there: "the Norwegian
/// embassy in Lisbon" is `org/norwegian-embassy-pt`, named "Norwegian embassy in Lisbon", and "the
/// Norwegian embassy" in a story about Portugal that names no city shares that key. Every state
/// keeps an embassy in most others, so the sending state's adjective alone ("org/us-embassy")
/// joined its embassies in three capitals, in three stories, into one node. The host is the
/// place or country after "in" right after one of the body's mentions, else the state the story
/// is mostly about, when that is not the sending state (a story about the sending state does
/// not say where its embassy is: the key stays the name's). `None` for any other organisation;
/// the name is `None` when it stays as it is.
pub fn embassy_key(doc: &Doc, i: usize) -> Option<(String, Option<String>)> {
    let lex = Lexicon::get();
    let e = &doc.entities[i];
    // (asked of every entity of every article: the kind and the name's last bytes first)
    if e.kind != EntityKind::Organization || !e.name.as_bytes().ends_with(b"mbassy") {
        return None;
    }
    let (sender, last) = e.name.rsplit_once(' ')?;
    if !last.eq_ignore_ascii_case("embassy") {
        return None;
    }
    // (the sending state, by its adjective or name: "Norwegian", "U.S.", "Chile's")
    let sender = fold(sender);
    let sender = sender.trim_end_matches("'s").trim_end_matches(" 's").trim_start_matches("the ");
    let sent_by = lex.country_by_adjective_or_name(sender).map(|c| lex.countries[c].iso2.as_str())?;
    let base = slug(&e.name);
    if let Some((m, host)) = host_named_after(doc, i) {
        let h = &doc.entities[doc.mentions[host].entity];
        let at = h.country.as_deref().map_or_else(|| slug(&h.name), str::to_lowercase);
        // (the name as written, from the sending state's name before a possessive: "Chile's
        // embassy in Rome")
        let start = possessor_start(doc, m).unwrap_or(doc.mentions[m].span.start);
        let name = crate::text::clean_cow(&doc.text()[start..doc.mentions[host].span.end]).split_whitespace().collect::<Vec<_>>().join(" ");
        return Some((format!("org/{base}-{at}"), Some(name)));
    }
    let host = main_country(doc).filter(|c| !c.eq_ignore_ascii_case(sent_by))?;
    // (named with the host state's capital when the story names it: an embassy sits in the
    // capital, and "the Norwegian Embassy" in a story from Lisbon is the one "in Lisbon")
    let capital = lex.country_by_code(&host).and_then(|c| doc.entities.iter().find(|x| x.kind == EntityKind::Place && x.country.as_deref() == Some(host.as_str()) && lex.countries[c].is_capital(&x.name)));
    Some((format!("org/{base}-{}", host.to_lowercase()), capital.map(|c| format!("{} in {}", e.name, c.name))))
}

/// The state's armed forces the story names by their own name, when entity `i` is that state's
/// army or military named by its common noun, in lower case (`org/army-ml`, "the army said" after
/// "the Malian Armed Forces said"): the named force ("<State> Defense Forces", "<State>
/// Armed Forces"), so that one real actor is one node. `None` when the story names none, and for
/// a service named by its capitalised name ("the Army" beside "the Australian Defence Force" is a
/// branch of a joint force, an actor of its own).
pub fn named_force(doc: &Doc, i: usize, key: &str) -> Option<usize> {
    let (body, iso) = key.strip_prefix("org/")?.rsplit_once('-')?;
    if !matches!(body, "army" | "military") || !doc.entities[i].name.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_lowercase())) {
        return None;
    }
    let lex = Lexicon::get();
    doc.entities.iter().enumerate().find_map(|(j, e)| {
        if j == i || e.kind != EntityKind::Organization {
            return None;
        }
        let lower = fold(&e.name);
        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
        let state = ["defense forces", "defence forces", "armed forces"].iter().find_map(|f| lower.strip_suffix(f)?.strip_suffix(' '))?;
        let c = lex.country_by_adjective_or_name(state)?;
        lex.countries[c].iso2.eq_ignore_ascii_case(iso).then_some(j)
    })
}

/// The first mention of entity `i` followed by "in" and a place or a country ("embassy in
/// Lisbon", "Embassy in Portugal"): (that mention, the place's mention).
fn host_named_after(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    doc.mentions.iter().enumerate().filter(|(_, m)| m.entity == i).find_map(|(k, m)| {
        let t = doc.token_at(m.span.end);
        (doc.tokens.get(t)?.lower == "in").then_some(())?;
        let h = doc.mention_at_token(t + 1)?;
        let he = &doc.entities[doc.mentions[h].entity];
        (matches!(he.kind, EntityKind::Place | EntityKind::Country) && doc.mentions[h].span.start == doc.tokens[t + 1].span.start).then_some((k, h))
    })
}

/// Where the country's name starts when mention `m` ("embassy") follows it and a possessive
/// ("Chile's embassy"): that body is named by the words after the possessive.
fn possessor_start(doc: &Doc, m: usize) -> Option<usize> {
    let t = doc.token_at(doc.mentions[m].span.start);
    (t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "\u{2019}s")).then_some(())?;
    let c = doc.mention_at_token(t - 2)?;
    (doc.entities[doc.mentions[c].entity].kind == EntityKind::Country).then(|| doc.mentions[c].span.start)
}

/// "u.s. senate", "russian foreign ministry", "chile 's central bank", "ministry of defence of
/// armenia": a state body named with its country, as (body, ISO code).
fn named_with_country(lower: &str) -> Option<(String, String)> {
    let lex = Lexicon::get();
    // "ministry of defence of armenia": the body, "of" and its country
    if let Some((body, country)) = lower.rsplit_once(" of ") {
        if lex.state_body_keys.contains(body) {
            if let Some(c) = lex.country_names.get(country).copied() {
                return Some((body.to_string(), lex.countries[c].iso2.clone()));
            }
        }
    }
    for (i, _) in lower.match_indices(' ') {
        let (head, body) = (lower[..i].trim_end_matches(" 's").trim_end_matches("'s"), &lower[i + 1..]);
        let body = body.strip_prefix("'s ").unwrap_or(body);
        if lex.state_body_keys.contains(body) {
            let country = lex.country_by_adjective_or_name(head)?;
            return Some((body.to_string(), lex.countries[country].iso2.clone()));
        }
    }
    None
}

/// One spelling per body, so its forms share a key: "ministry of defence", "defence ministry"
/// and "defense ministry" are "defense ministry"; "ministry of foreign affairs" and "foreign
/// affairs ministry" are "foreign ministry".
fn canonical_body(body: &str) -> String {
    let body = body.replace("defence", "defense");
    let body = match body.strip_prefix("ministry of ") {
        Some(field) => format!("{} ministry", field.strip_prefix("the ").unwrap_or(field)),
        None => body,
    };
    body.replace("foreign affairs ministry", "foreign ministry")
}

/// The country named right before the body's first mention: "Ukraine's General Staff",
/// "Ukrainian General Staff".
fn country_before(doc: &Doc, i: usize) -> Option<String> {
    let at = doc.mentions.iter().position(|m| m.entity == i)?;
    let prev = &doc.mentions[at.checked_sub(1)?];
    let e = &doc.entities[doc.actor_of(prev.entity)];
    let between = fold(&doc.text()[prev.span.end..doc.mentions[at].span.start]);
    (e.kind == EntityKind::Country && matches!(between.trim(), "" | "'s")).then(|| e.country.clone()).flatten()
}

/// "Sweden on Tuesday denied … . The Ministry of Foreign Affairs said …": the state whose
/// name opens the sentence right before the one the body's first mention opens
/// (`names::state_subject_before`), before a body of that name the article gives another
/// state ("the Norwegian Foreign Ministry" further on had taken it). ("The Foreign Office said"
/// after "Iran said …" stays one of the states whose ministry is called so.)
fn subject_state_before(doc: &Doc, i: usize) -> Option<String> {
    let m = doc.mentions.iter().find(|m| m.entity == i)?;
    let k = doc.token_at(m.span.start);
    let t = if k > 0 && doc.tokens[k - 1].lower == "the" { k - 1 } else { k };
    crate::extract::names::state_subject_before(doc, t).map(str::to_string)
}

/// The country whose capital the sentence of the body's first mention names after "in",
/// later in it: "Foreign Office spokesman X told reporters in Islamabad that India …" in a
/// story that names India more often.
fn capital_after(doc: &Doc, i: usize) -> Option<String> {
    let lex = Lexicon::get();
    let m = doc.mentions.iter().find(|m| m.entity == i)?;
    let si = doc.sentence_at(m.span.start)?;
    let (_, sb) = doc.sentences[si].tokens;
    let from = doc.token_at(m.span.end);
    (from..sb.saturating_sub(1)).filter(|&j| doc.tokens[j].lower == "in").find_map(|j| {
        let e = &doc.entities[doc.mentions[doc.mention_at_token(j + 1)?].entity];
        let c = lex.country_by_code(e.country.as_deref()?)?;
        (e.kind == EntityKind::Place && lex.countries[c].is_capital(&e.name)).then(|| lex.countries[c].iso2.clone())
    })
}

/// The states whose foreign ministry is called "the Foreign Office" (`office_country`; and no
/// other state's is, whatever state opens the sentence before: `subject_state_before`).
const FOREIGN_OFFICE_STATES: &[&str] = &["GB", "PK", "DE", "BD"];

/// "the Foreign Office" named alone: the state of those whose foreign ministry is called so
/// (Britain's, Pakistan's, Germany's, Bangladesh's) the article mentions most, else Britain's
/// ("the Foreign Office said" in a British paper's story about Iran, or in a Pakistani paper's
/// story that names India more often, was that country's).
fn office_country(doc: &Doc, lower: &str) -> Option<String> {
    if lower != "foreign office" {
        return None;
    }
    let mut counts = [0usize; 4];
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if matches!(e.kind, EntityKind::Country | EntityKind::Place) {
            if let Some(k) = e.country.as_deref().and_then(|c| FOREIGN_OFFICE_STATES.iter().position(|o| *o == c)) {
                counts[k] += 1;
            }
        }
    }
    // (the first listed among equals: Britain's when none is named)
    let best = (0..FOREIGN_OFFICE_STATES.len()).max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))?;
    Some(FOREIGN_OFFICE_STATES[best].to_string())
}

/// The country most mentioned in the article, by its name, adjective or places in it
/// (earliest first among equals).
pub fn main_country(doc: &Doc) -> Option<String> {
    // (kept while the statements' and demands' rules only read the document: they ask it
    // several times an article; see `extract::memo::main_country`)
    crate::extract::memo::main_country(doc, || main_country_worked(doc))
}

/// [`main_country`], worked out.
fn main_country_worked(doc: &Doc) -> Option<String> {
    let counts = country_counts(doc);
    // (a story that writes the bodies only one state has, unnamed, more often than it names any
    // state — "the Home Office", "RAF Lakenheath" in a British paper's story that names the UK
    // once and the US, whose air force uses the bases, three times — is written from that state)
    if let Some(c) = own_bodies_state(doc).filter(|&(_, n)| counts.iter().all(|x| x.1 <= n)) {
        return Some(c.0);
    }
    let mut top: Vec<usize> = counts.iter().map(|x| x.1).collect();
    top.sort_unstable_by(|a, b| b.cmp(a));
    // (no state ahead by its mentions — one each for two states named in passing — the state
    // whose name or adjective the story writes most, in its bodies' names too: "Universities
    // Australia", "the Australian economy" in a story that names Canada and the UK once each)
    if let [a, b, ..] = top.as_slice() {
        if a == b {
            if let Some(c) = written_most(doc) {
                return Some(c);
            }
        }
    }
    counts.into_iter().max_by_key(|x| (x.1, std::cmp::Reverse(x.2))).map(|x| x.0.to_string())
}

/// The state whose own bodies (`own_bodies.tsv`: "Home Office", "RAF", "Bundeswehr") the story
/// writes, capitalised, at least three times, and no other state's, when the story names that
/// state: (ISO code, how often).
pub fn own_bodies_state(doc: &Doc) -> Option<(String, usize)> {
    let (iso, n) = (*doc.own_bodies_written.get_or_init(|| own_bodies_written(doc)))?;
    doc.named_country(iso).map(|_| (iso.to_string(), n))
}

/// The tokens' half of [`own_bodies_state`] (kept on the `Doc`, as the tokens do not change):
/// the one state whose own bodies are written, capitalised, at least three times, and how
/// often.
fn own_bodies_written(doc: &Doc) -> Option<(&'static str, usize)> {
    let lex = Lexicon::get();
    // (a capitalised word that opens no listed name is passed over by one look-up instead of
    // a scan of the list; a `WordSet`, whose signature test — length, first and last byte —
    // turns nearly every word away before it is hashed: hashing each capitalised token's
    // lower case cost ~2 M instructions per 200 articles)
    static FIRST: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| lex.own_bodies.iter().filter_map(|(_, words)| words.first().cloned()).collect());
    let written = doc.tokens.iter().enumerate().filter(|(_, t)| t.cap && first.contains(t.lower.as_str())).flat_map(|(i, _)| {
        lex.own_bodies.iter().filter(move |(_, words)| words.iter().enumerate().all(|(k, w)| doc.tokens.get(i + k).is_some_and(|x| x.lower == *w && x.cap))).map(|(iso, _)| iso.as_str())
    });
    match state_tally(written).as_slice() {
        [(iso, n)] if *n >= 3 => Some((*iso, *n)),
        _ => None,
    }
}

/// The state a datelined story is written from ("SEOUL, Dec. 4 (Yonhap) --", "LIMA, Peru (AP)
/// —"), when the story names it and writes the last word of its name or adjective (capitalised,
/// in its bodies' names too: "the Korean won", "the Bank of Korea", "South Korean investors"),
/// at least three times, more often than any other state's, though it names another state more often in
/// passing ("fall behind the United States and Japan", "was sentenced in the United States"):
/// its unnamed bodies ("the central bank", "the finance ministry") and the government its own
/// people ask are that state's.
pub fn written_from(doc: &Doc) -> Option<String> {
    let lex = Lexicon::get();
    let iso = crate::extract::statements::dateline_state(doc)?;
    doc.named_country(&iso)?;
    let mut states: Vec<&str> = country_counts(doc).into_iter().map(|x| x.0).collect();
    if !states.contains(&iso.as_str()) {
        states.push(&iso);
    }
    // (capitalised words that are the last word of the state's name or of its adjective:
    // "Korea" of "South Korea" and "the Bank of Korea", "Korean" of "the Korean won")
    let written = |code: &str| -> usize {
        let Some(c) = lex.country_by_code(code) else { return 0 };
        let last = |x: &str| x.rsplit(' ').next().unwrap_or(x).to_string();
        let mut words: Vec<String> = vec![last(&fold(&lex.countries[c].name))];
        words.extend(lex.country_adjectives.iter().filter(|&(_, &v)| v == c).map(|(k, _)| last(k)));
        doc.tokens.iter().filter(|t| t.cap && words.iter().any(|w| t.lower == *w)).count()
    };
    let own = written(&iso);
    (own >= 3 && states.iter().filter(|x| **x != iso).all(|x| written(x) < own)).then(|| iso.clone())
}

/// The state whose one-word name or adjective is written, capitalised, at least three times and
/// twice as often as any other's (in names of bodies and as adjectives too).
fn written_most(doc: &Doc) -> Option<String> {
    let mut written = state_tally(written_states(doc, true));
    written.sort_by_key(|x| std::cmp::Reverse(x.1));
    match written.as_slice() {
        [first, second, ..] if first.1 < 3 || first.1 < 2 * second.1 => None,
        [first, ..] if first.1 < 3 => None,
        [first, ..] => Some(first.0.to_string()),
        [] => None,
    }
}

/// The ISO codes of the states the capitalised words of `doc` name by their adjective
/// ("British", "Australian"), and with `names` by a one-word name too ("Australia"), one per
/// word in text order.
pub fn written_states(doc: &Doc, names: bool) -> impl Iterator<Item = &str> {
    let lex = Lexicon::get();
    doc.tokens.iter().filter(|t| t.cap).filter_map(move |t| {
        let c = lex.country_adjectives.get(t.lower.as_str()).or_else(|| if names { lex.country_names.get(t.lower.as_str()) } else { None })?;
        Some(lex.countries[*c].iso2.as_str())
    })
}

/// How often each of `codes` stands, in the order first seen.
pub fn state_tally<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for c in codes {
        match counts.iter_mut().find(|x| x.0 == c) {
            Some(x) => x.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    counts
}

/// The main country when the article names it at least twice as often as any other (a story
/// about one state, not about two states' dealings, where "the government" may be either's).
pub fn dominant_country(doc: &Doc) -> Option<String> {
    let counts = country_counts(doc);
    let first = dominant(counts.clone())?;
    let named = counts.iter().find(|x| same_code(x.0, first)).map_or(0, |x| x.1);
    // (a state's adjective counts as a mention of it, to deny, never to grant, that one state
    // leads: a British paper's story that names Yemen twice but writes "British" in its
    // bodies' names is not about Yemen alone)
    let mut with_adjectives = counts;
    for iso in written_states(doc, false) {
        match with_adjectives.iter_mut().find(|x| same_code(x.0, iso)) {
            Some(x) => x.1 += 1,
            None => with_adjectives.push((iso, 1, usize::MAX)),
        }
    }
    // (nor a state named twice as often as another whose own bodies the story writes as often
    // as it names the first: "US service personnel" twice beside "the Home Office", "RAF bases"
    // in a British paper)
    if own_bodies_state(doc).is_some_and(|(c, n)| c != first && n >= named) {
        return None;
    }
    (dominant(with_adjectives) == Some(first)).then(|| first.to_string())
}

/// Whether `iso` is one of the two states a story of two states' dealings names most: first or
/// second by its mentions (its places' too), with no third state named half as often as the
/// second (not a mediator's capital in a story of a war between two others).
pub fn one_of_two_states(doc: &Doc, iso: &str) -> bool {
    leads_with_one_other(&ranked_counts(doc), iso)
}

/// The other of the two states a story of two states' dealings names most (`one_of_two_states`),
/// when `iso` is one of them.
pub fn other_of_two_states(doc: &Doc, iso: &str) -> Option<String> {
    let counts = ranked_counts(doc);
    if !leads_with_one_other(&counts, iso) {
        return None;
    }
    counts.into_iter().take(2).map(|x| x.0).find(|&c| c != iso).map(str::to_string)
}

/// `country_counts`, the most named first (ties: the first named first).
fn ranked_counts(doc: &Doc) -> Vec<(&str, usize, usize)> {
    let mut counts = country_counts(doc);
    counts.sort_by_key(|x| (std::cmp::Reverse(x.1), x.2));
    counts
}

/// `one_of_two_states` over counts ranked by `ranked_counts`.
fn leads_with_one_other(ranked: &[(&str, usize, usize)], iso: &str) -> bool {
    match ranked {
        [a, b, rest @ ..] => (a.0 == iso || b.0 == iso) && rest.first().is_none_or(|t| 2 * t.1 <= b.1),
        [a] => a.0 == iso,
        [] => false,
    }
}

/// The country named at least twice as often as any other, of (ISO code, mentions, first).
fn dominant(mut counts: Vec<(&str, usize, usize)>) -> Option<&str> {
    counts.sort_by_key(|x| (std::cmp::Reverse(x.1), x.2));
    match counts.as_slice() {
        [first, second, ..] if first.1 < 2 * second.1 => None,
        [first, ..] => Some(first.0),
        [] => None,
    }
}

/// Mentions of places and countries by country: (ISO code, mentions, first mention's index),
/// the codes borrowed from the entities (`main_country` alone asks for them ~4 times an
/// article, and a `String` per code per call was most of the work).
fn country_counts(doc: &Doc) -> Vec<(&str, usize, usize)> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new(); // (iso2, mentions, first mention)
    for (n, m) in doc.mentions.iter().enumerate() {
        let e = &doc.entities[m.entity];
        if !matches!(e.kind, EntityKind::Country | EntityKind::Place) {
            continue;
        }
        let Some(c) = e.country.as_deref() else { continue };
        match counts.iter_mut().find(|x| same_code(x.0, c)) {
            Some(x) => x.1 += 1,
            None => counts.push((c, 1, n)),
        }
    }
    counts
}

/// `a == b` for ISO codes, compared byte by byte in line: `str`'s `==` calls `memcmp` for
/// the two bytes, which cost more than the comparison (~1.9 M on 200 articles in
/// `country_counts`, one per mention per code counted).
fn same_code(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::canonical_body;

    #[test]
    fn the_foreign_office_alone_is_of_a_state_that_calls_its_ministry_so() {
        // ("The Foreign Office said …" in a story that names India more than Pakistan had been
        // India's; in a British paper's story about Iran, Iran's)
        use crate::model::{Article, EntityKind};
        let key = |t: &str| {
            let d = crate::extract::analyze(Article::new("a.txt", "a.txt", t.to_string()));
            let i = d.entities.iter().position(|e| e.kind == EntityKind::Organization && e.name.ends_with("Foreign Office")).expect("no Foreign Office");
            super::state_body_key(&d, i)
        };
        assert_eq!(key("Test\nThe Foreign Office voiced concern over India's test. India said the test was routine. Pakistan would respond, India was told.").as_deref(), Some("org/foreign-office-pk"));
        assert_eq!(key("Test\nIran restarted enrichment, Iran said. The Foreign Office said the finding was grave. Iran denied it.").as_deref(), Some("org/foreign-office-gb"));
    }

    #[test]
    fn spellings_of_one_body_share_a_name() {
        for b in ["ministry of defence", "defence ministry", "defense ministry", "ministry of defense"] {
            assert_eq!(canonical_body(b), "defense ministry");
        }
        assert_eq!(canonical_body("ministry of foreign affairs"), "foreign ministry");
        assert_eq!(canonical_body("foreign affairs ministry"), "foreign ministry");
        assert_eq!(canonical_body("ministry of the interior"), "interior ministry");
        assert_eq!(canonical_body("senate"), "senate");
    }
}
