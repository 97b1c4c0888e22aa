//! Passes over the whole article after the scan of capitalised runs: capitals among people, regions
//! after towns, storms and viruses, home governments and state bodies, central banks, party members,
//! surnames after honorifics.

use super::*;

/// "… in which THOMAS and ALITO joined", "Anthony Kennedy … KENNEDY filed": a surname in
/// capitals that a town or the initials rule took, which is the surname of a person the
/// article names in full, or stands joined by "and" or a comma to a one-word person in
/// capitals, is a person; every mention of that name becomes the person. Not a listed
/// organisation, country or region, nor a word of three letters or fewer.
pub(super) fn capitals_among_people(doc: &mut Doc, lex: &Lexicon) {
    let caps = |doc: &Doc, m: &crate::model::Mention| {
        let w = doc.slice(m.span);
        w.len() >= 4 && w.chars().all(|c| c.is_ascii_uppercase()) && doc.token_at(m.span.end) == doc.token_at(m.span.start) + 1
    };
    let person_caps_at = |doc: &Doc, t: usize| {
        doc.mention_at_token(t).map(|i| &doc.mentions[i]).is_some_and(|m| doc.entities[m.entity].kind == EntityKind::Person && caps(doc, m))
    };
    let mut retype: Vec<(usize, Option<usize>)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if !matches!(e.kind, EntityKind::Organization | EntityKind::Place) || e.place_kind == Some("region") || !caps(doc, m) || retype.iter().any(|&(x, _)| x == m.entity) {
            continue;
        }
        let t = doc.token_at(m.span.start);
        let w = doc.slice(m.span);
        if longest(doc, t, t + 1, &lex.organisations).is_some() || lex.country_any(&doc.tokens[t].lower).is_some() {
            continue;
        }
        let mut full = doc.people_named_in_full(w);
        if let (Some(p), None) = (full.next(), full.next()) {
            retype.push((m.entity, Some(p)));
            continue;
        }
        let joined = |k: usize, step: isize| {
            let c = k.checked_add_signed(step)?;
            let n = c.checked_add_signed(step)?;
            (n < doc.tokens.len() && matches!(doc.tokens[c].lower.as_str(), "and" | ",")).then_some(n)
        };
        if joined(t, -1).is_some_and(|n| person_caps_at(doc, n)) || joined(t, 1).is_some_and(|n| person_caps_at(doc, n)) {
            retype.push((m.entity, None));
        }
    }
    let orphans: Vec<usize> = retype.iter().map(|&(old, _)| old).collect();
    for (old, to) in retype {
        let first = doc.mentions.iter().find(|m| m.entity == old).map(|m| m.span);
        let Some(first) = first else { continue };
        let p = to.unwrap_or_else(|| {
            let name = doc.slice(first).to_string();
            doc.person(&name, first.start)
        });
        for m in doc.mentions.iter_mut().filter(|m| m.entity == old) {
            m.entity = p;
        }
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "Orlov's attorney, Adam Ford, said … "…," Ford said.": a company every mention of which is one
/// capitalised word, the surname of exactly one person the article names in full before it, is
/// that person (the lexicon's "Ford" had made the lawyer's words the carmaker's). Not when a
/// mention stands after a preposition or an article ("a plant of Ford", "at Ford", "the Ford
/// case"), nor when the company is named by more words anywhere ("Ford Motor").
pub(super) fn surname_companies(doc: &mut Doc) {
    let mut retype: Vec<(usize, usize)> = Vec::new();
    for o in 0..doc.entities.len() {
        if doc.entities[o].kind != EntityKind::Organization {
            continue;
        }
        let ms: Vec<Span> = doc.mentions.iter().filter(|m| m.entity == o).map(|m| m.span).collect();
        let Some(&first) = ms.first() else { continue };
        let word = doc.slice(first).to_string();
        let alone = |doc: &Doc, sp: Span| {
            let t = doc.token_at(sp.start);
            doc.token_at(sp.end) == t + 1
                && doc.tokens[t].kind == TokenKind::Word
                && doc.tokens[t].cap
                && doc.slice(sp) == word
                && !(t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "of" | "at" | "for" | "from" | "with" | "by" | "on" | "in" | "to" | "into" | "against" | "the" | "a" | "an" | "and" | "or" | "&"))
        };
        if word.len() < 3 || !ms.iter().all(|&sp| alone(doc, sp)) {
            continue;
        }
        // (a headline's mention stands above the story, whose body names the person in full:
        // "Quarnby vows …" over "Premier Tom Quarnby said …"; the body's first mention counts)
        let body = ms.iter().filter(|sp| !in_heading(doc, sp.start)).map(|sp| sp.start).min();
        let start = body.or_else(|| ms.iter().map(|sp| sp.start).min()).unwrap_or(first.start);
        if let Some(p) = sole_person_named_before(doc, &word, start) {
            retype.push((o, p));
        }
    }
    let orphans: Vec<usize> = retype.iter().map(|&(o, _)| o).collect();
    for (o, p) in retype {
        for m in doc.mentions.iter_mut().filter(|m| m.entity == o) {
            m.entity = p;
        }
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// Byte `at` lies in a heading (a headline, a deck or a crosshead: a heading paragraph, or one
/// of the first two paragraphs with no full stop, a sentence-case headline or standfirst).
fn in_heading(doc: &Doc, at: usize) -> bool {
    doc.paragraphs.iter().enumerate().any(|(p, par)| {
        !par.furniture && par.span.start <= at && at < par.span.end && (par.heading || p <= 1 && !doc.text()[par.span.start..par.span.end].trim_end().ends_with(['.', '!', '?', ':']))
    })
}

/// The one person the article names in full whose surname is `word`, when a mention naming
/// that person in full ends before byte `start` (a lone word a list took for a company or a
/// country is then that person's surname).
fn sole_person_named_before(doc: &Doc, word: &str, start: usize) -> Option<usize> {
    let mut full = doc.people_named_in_full(word);
    let (Some(p), None) = (full.next(), full.next()) else { return None };
    doc.mentions.iter().any(|m| m.entity == p && m.span.end <= start && doc.slice(m.span).contains(' ')).then_some(p)
}

/// "Prime Minister Jane Montenegro said … Montenegro said the government had asked …": a
/// country's name alone, the surname of exactly one person the article names in full before
/// it, where a speaker stands (before a verb of saying, or right after one that closes a
/// quotation), is that person (the gazetteer's country had taken the surname, and with it the
/// speaker's words). Not after a preposition or an article ("talks with Montenegro said to
/// be …" keeps the country).
pub(super) fn surname_countries(doc: &mut Doc) {
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (i, m) in doc.mentions.iter().enumerate() {
        if doc.entities[m.entity].kind != EntityKind::Country {
            continue;
        }
        let t = doc.token_at(m.span.start);
        if doc.token_at(m.span.end) != t + 1 || !doc.tokens[t].cap || doc.tokens[t].kind != TokenKind::Word {
            continue;
        }
        let word = doc.slice(m.span);
        if word.len() < 4 || t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "of" | "at" | "for" | "from" | "with" | "by" | "on" | "in" | "to" | "into" | "against" | "the" | "a" | "an") {
            continue;
        }
        if !cue_follows(doc, t + 1) && !credited_after_quote(doc, t) {
            continue;
        }
        if let Some(p) = sole_person_named_before(doc, word, m.span.start) {
            moves.push((i, p));
        }
    }
    let orphans: Vec<usize> = moves.iter().map(|&(i, _)| doc.mentions[i].entity).collect();
    for (i, p) in moves {
        doc.mentions[i].entity = p;
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "St Brannock's, which runs two hostels, said …", "St Brannock's said …": "St" or "Saint", a
/// capitalised name and "'s" with no noun after it (a comma, a stop, a semicolon, "which",
/// "who" or a verb of saying) name a body called after a saint (a charity, a hospital, a
/// school), not a person "St Brannock" (the run had stopped at the "'s", and the body's words
/// were lost or given to a made-up person). Not before a noun or a capitalised word: "St
/// Brannock's Day", "St Brannock's hostel", "St Brannock's Square".
pub(super) fn saint_bodies(doc: &mut Doc, lex: &Lexicon) {
    let mut found: Vec<Span> = Vec::new();
    for t in 0..doc.tokens.len().saturating_sub(3) {
        // (asked at every token: the lower-case word's length turns nearly all away first)
        if !matches!(doc.tokens[t].lower.len(), 2 | 5) || !matches!(doc.tokens[t].lower.as_str(), "st" | "saint") || !matches!(doc.slice(doc.tokens[t].span), "St" | "Saint") || !is_cap_word(doc, t + 1) || !matches!(doc.tokens[t + 2].lower.as_str(), "'s" | "’s") {
            continue;
        }
        let next = &doc.tokens[t + 3];
        if !(matches!(next.lower.as_str(), "," | "." | ";" | "which" | "who") || !next.cap && lex.cues.contains_key(&next.lower)) {
            continue;
        }
        // (a listed body or place over the words is left as it is)
        if (t..t + 3).any(|k| doc.mention_at_token(k).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person)) {
            continue;
        }
        found.push(span_of(doc, t, t + 3));
    }
    let mut orphans = Vec::new();
    for span in found {
        orphans.extend(doc.mentions.iter().filter(|m| m.span.overlaps(span)).map(|m| m.entity));
        doc.mentions.retain(|m| !m.span.overlaps(span));
        let name = doc.slice(span).to_string();
        let o = doc.organisation(&name);
        doc.add_mention(span, o, MentionKind::Name);
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "Springfield, Ill.", "Quarnby, TX 77002", "Raleigh, NC (…)": a US state's or Canadian
/// province's abbreviation after a town's name is a mention of that region. A dateline's
/// dotted abbreviation (AP style) after a comma and a town the article names; a two-letter
/// postal code (USPS, Canada Post) after a capitalised word and a comma, or before a ZIP
/// code, when a ZIP code follows or the town named lies in that region.
pub(super) fn regions_after_towns(doc: &mut Doc, lex: &Lexicon) {
    let zip = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            let w = doc.slice(t.span);
            let (five, rest) = w.split_at(w.len().min(5));
            five.len() == 5 && five.bytes().all(|c| c.is_ascii_digit()) && (rest.is_empty() || rest.len() == 5 && rest.starts_with('-') && rest[1..].bytes().all(|c| c.is_ascii_digit()))
        })
    };
    let region_index = |name: &str, cc: &str| lex.place_names.get(&fold(name)).and_then(|ps| ps.iter().copied().find(|&p| lex.places[p].kind == "region" && lex.places[p].country == cc));
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for k in 2..doc.tokens.len() {
        let t = &doc.tokens[k];
        // (most capitalised words are no region's abbreviation or postal code, as the tables'
        // signatures tell without a search for a mention: all that follows needs one)
        if !t.cap || t.kind != TokenKind::Word || !lex.region_abbreviations.may_hold(t.lower.trim_end_matches('.')) && !lex.postal_regions.may_hold(doc.slice(t.span)) || doc.mention_at_token(k).is_some() {
            continue;
        }
        let comma = doc.tokens[k - 1].lower == ",";
        let town_end = if comma { k - 1 } else { k };
        if town_end == 0 || !is_cap_word(doc, town_end - 1) {
            continue;
        }
        // the town before: a place the article names, ending right there
        let town = doc.mention_at_token(town_end - 1).map(|m| &doc.mentions[m]).filter(|m| m.span.end == doc.tokens[town_end - 1].span.end).map(|m| &doc.entities[m.entity]).filter(|e| e.kind == EntityKind::Place && e.place_kind == Some("city"));
        let w = doc.slice(t.span);
        let bare = t.lower.trim_end_matches('.');
        let dotted = t.lower.ends_with('.') || doc.tokens.get(k + 1).is_some_and(|x| x.lower == "." && x.span.start == t.span.end);
        let (region, cc, end) = if let Some((r, c)) = lex.region_abbreviations.get(bare).filter(|_| dotted && comma && w.chars().skip(1).any(|c| c.is_lowercase() || c == '.') && (town.is_some() || zip(k + 1) || zip(k + 2))) {
            let end = if t.lower.ends_with('.') { k + 1 } else { k + 2 };
            (r.as_str(), c.as_str(), end)
        } else if let Some((r, c)) = lex.postal_regions.get(w) {
            let lies = town.is_some_and(|e| e.country.as_deref() == Some(c.as_str()) && lex.place_names.get(&fold(&e.name)).is_some_and(|ps| ps.iter().any(|&p| lex.places[p].region == *r && lex.places[p].country == *c)));
            if !(zip(k + 1) || comma && lies) {
                continue;
            }
            (r.as_str(), c.as_str(), k + 1)
        } else {
            continue;
        };
        if let Some(p) = region_index(region, cc) {
            found.push((k, end, p));
        }
    }
    for (k, end, p) in found {
        let ent = doc.place(p, true);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    }
}

/// "Cyclone Freddy made landfall …. Freddy killed …", "Typhoon “Ulan” …": a name the article
/// gives a storm after "Hurricane", "Typhoon", "Cyclone" or "Storm" (capitalised, the name
/// perhaps in quotation marks) names the storm wherever it stands alone, no person or place.
pub fn storm_names(doc: &mut Doc) {
    let mut storms: Vec<crate::model::Lower> = Vec::new();
    for t in 0..doc.tokens.len().saturating_sub(1) {
        let x = &doc.tokens[t];
        if !x.cap || x.kind != TokenKind::Word || !matches!(x.lower.as_str(), "hurricane" | "typhoon" | "cyclone" | "storm") {
            continue;
        }
        let n = if doc.tokens[t + 1].kind == TokenKind::Quote { t + 2 } else { t + 1 };
        if let Some(w) = doc.tokens.get(n).filter(|w| w.cap && w.kind == TokenKind::Word && w.lower.len() > 2) {
            if !storms.contains(&w.lower) {
                storms.push(w.lower.clone());
            }
        }
    }
    if storms.is_empty() {
        return;
    }
    let keep: Vec<bool> = doc
        .mentions
        .iter()
        .map(|m| {
            let t = doc.token_at(m.span.start);
            !(doc.token_at(m.span.end) == t + 1 && matches!(doc.entities[m.entity].kind, EntityKind::Person | EntityKind::Place) && storms.contains(&doc.tokens[t].lower))
        })
        .collect();
    let mut i = 0;
    doc.mentions.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// "Floods hit Albay and Camarines Sur provinces. … before crossing Camarines Sur": a name of
/// two or more words that the article gives a place is that place where a guess made it a
/// person.
pub fn places_named_as_people(doc: &mut Doc) {
    // (the mentions of several words only: most places are named in one)
    let several = |m: &crate::model::Mention, kind: EntityKind| doc.entities[m.entity].kind == kind && doc.slice(m.span).contains(' ');
    if !doc.mentions.iter().any(|m| several(m, EntityKind::Person)) {
        return;
    }
    let places: Vec<(Span, usize)> = doc.mentions.iter().filter(|m| several(m, EntityKind::Place)).map(|m| (m.span, m.entity)).collect();
    if places.is_empty() {
        return;
    }
    let moved: Vec<(usize, usize)> = doc
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| several(m, EntityKind::Person))
        .filter_map(|(i, m)| places.iter().find(|(sp, _)| doc.slice(*sp) == doc.slice(m.span)).map(|&(_, e)| (i, e)))
        .collect();
    for (i, e) in moved {
        doc.mentions[i].entity = e;
    }
}

/// "Zika virus disease", "a Zika outbreak", "Zika spreads through mosquitoes": a place
/// whose name the article puts before "virus" names the virus there, wherever it is written.
pub(super) fn virus_names(doc: &mut Doc) {
    let viral: Vec<usize> = doc
        .mentions
        .iter()
        .filter(|m| doc.entities[m.entity].kind == EntityKind::Place)
        .filter(|m| doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|t| matches!(t.lower.as_str(), "virus" | "viruses")))
        .map(|m| m.entity)
        .collect();
    if !viral.is_empty() {
        doc.mentions.retain(|m| !viral.contains(&m.entity));
    }
}

/// "urged the government to …", "accused the government of …": a government named by its
/// office alone, addressed or accused, is its state, as the country's name would be ("urged
/// Kenya to …"): the country whose office holder or body speaks earlier in the sentence,
/// else the country the article is mostly about. Not "the government of X"; and not as a
/// subject, where the speaker's own government is often meant and the state is the speaker's.
pub(super) fn home_government(doc: &mut Doc, lex: &Lexicon) {
    // (the words asked first, as the loop below opens: with no "the government", "the
    // authorities" nor "the <level> government" the loop does nothing, and `asked_state`, which
    // weighs every country the story names, ~24,000 instructions an article, need not be asked)
    if !has_government_after_the(doc) {
        return;
    }
    // (in a story of two states' dealings datelined in one, that one: `asked_state`)
    let Some(iso2) = crate::extract::statements::asked_state(doc) else { return };
    let Some(country) = lex.country_by_code(&iso2) else { return };
    let regional_government = doc.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name.split(' ').count() == 2 && e.name.ends_with(" Government") && !e.name.starts_with("Local "));
    for t in 0..doc.tokens.len().saturating_sub(1) {
        if doc.tokens[t].lower != "the" {
            continue;
        }
        // ("urged the federal government to …", "called on the national government to …": the
        // state's government by the level it governs at, as "the government"; see below)
        let level = !doc.tokens[t + 1].cap && crate::extract::np::government_level(&doc.tokens[t + 1].lower) && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "government" && !x.cap);
        let h = if level { t + 2 } else { t + 1 };
        // ("urged the authorities to …", "called on the authorities to …" likewise)
        if !matches!(doc.tokens[h].lower.as_str(), "government" | "authorities") || doc.mention_at_token(h).is_some() || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        // "asked the Government to …": British and Commonwealth papers (PA, the Straits Times)
        // capitalise their own government; not a name it opens ("the Government Accountability
        // Office") nor "the Authorities", nor where a government below the state is named ("the
        // SA Government", "the Scottish Government": "the Government" is that one)
        if doc.tokens[t + 1].cap && (doc.tokens[t + 1].lower != "government" || doc.tokens.get(t + 2).is_some_and(|x| x.cap) || regional_government) {
            continue;
        }
        // ("the government of Chile", "the government in Kyiv"; not "accused the government of
        // fuelling …")
        if doc.tokens.get(h + 1).is_some_and(|x| matches!(x.lower.as_str(), "of" | "in")) && doc.tokens.get(h + 2).is_some_and(|x| x.cap) {
            continue;
        }
        let verb = t.checked_sub(1).map(|v| doc.tokens[v].lower.as_str()).unwrap_or("");
        let verb = if verb == "on" && t >= 2 && doc.tokens[t - 2].lower.starts_with("call") { "urge" } else { verb };
        // ("demanding that the government reverse …": the one asked after "that"; not "insisted
        // that the government had …", which tells what it did)
        let verb = if verb == "that" && t >= 2 && doc.tokens[t - 2].lower.starts_with("demand") { "demand" } else { verb };
        // (the level's government only as urged or pressed: in a story about a province or a
        // federal state's region, "asked the federal government to …", "demanded that the
        // federal government …" and "unless the federal government …" are often the federal
        // body as against the regional one, which earlier sets keep apart)
        if level && !(verb.starts_with("urg") || verb.starts_with("press")) {
            continue;
        }
        // ("gave the government until 15 January", "given the government 72 hours": a deadline)
        let deadline = matches!(verb, "give" | "gave" | "given" | "giving") && doc.tokens.get(h + 1).is_some_and(|x| x.lower == "until" || x.kind == TokenKind::Number);
        // (these only in a story about one state: in one of two states' dealings the
        // government asked may be either's)
        let one_state = || crate::resolve::dominant_country(doc).is_some();
        let appealed = ["urg", "ask", "press", "accus", "criticis", "criticiz", "blam", "petition", "implor"].iter().any(|v| verb.starts_with(v))
            || (deadline || verb.starts_with("demand") || verb.starts_with("warn")) && one_state();
        // ("only if the government dropped the cut": the state the story is about, as a
        // condition's subject; not the government that speaks or acts on its own, "the
        // government said", "the government could deny …"; "the government's" was tried and
        // cost GUM news three false places)
        let spoken_of = doc.tokens[h].lower == "government" && matches!(verb, "if" | "unless" | "until");
        // ("X said the government should not add more red tape" after "The Thai government
        // rejected …" in a story of Britain: the subject of "should" or "must" right after a verb
        // of saying is asked, as "urged the government to …" is; only where another state's
        // government named before by its adjective would take it up, checked below; not "the
        // government would …", what it does)
        let modal_asked = doc.tokens[h].lower == "government" && !level && doc.tokens.get(h + 1).is_some_and(|x| matches!(x.lower.as_str(), "should" | "must")) && (verb == "that" || lex.cues.get(verb).is_some_and(|c| c.lemma == "say"));
        if !appealed && !spoken_of && !modal_asked {
            continue;
        }
        // (asked to act toward the state taken for it, in a story of two states: the other one,
        // `statements::state_acted_toward`; not an accusation, whose clause names the state as
        // the one harmed: "accused the government of isolating Norway" is Norway's own)
        let accused = ["accus", "criticis", "criticiz", "blam"].iter().any(|v| verb.starts_with(v));
        let toward = || (appealed && !accused).then(|| crate::extract::statements::state_acted_toward(doc, &iso2, h + 1, crate::extract::statements::sentence_end(doc, h))).flatten().and_then(|c| lex.country_by_code(&c));
        // (else the state an earlier sentence pairs with its own "the government",
        // `government_named_with_state`, before the state named most)
        let paired = || government_named_with_state(doc, t);
        let c = office_country_before(doc, lex, t).or_else(toward).or_else(paired);
        // (in a story of one state or province of a federation, its own government, as the
        // country's would be: `statements::home_region`)
        let region = || c.is_none().then(|| crate::extract::statements::home_region(doc)).flatten();
        let region = region();
        if !appealed && !spoken_of {
            let iso2 = region.map_or_else(|| Some(lex.countries[c.unwrap_or(country)].iso2.as_str()), |r| doc.entities[r].country.as_deref());
            if !crate::extract::np::other_states_government_before(doc, t, iso2) {
                continue;
            }
        }
        let ent = match region {
            Some(r) => r,
            None => doc.country(c.unwrap_or(country)),
        };
        doc.add_mention(span_of(doc, t + 1, h + 1), ent, MentionKind::Description);
    }
}

/// Whether some "the" is followed by "government" or "authorities", or by a word and then
/// "government" ("the federal government"): the only tokens `home_government` goes on at.
fn has_government_after_the(doc: &Doc) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    (0..doc.tokens.len().saturating_sub(1)).any(|t| at(t) == "the" && (matches!(at(t + 1), "government" | "authorities") || at(t + 2) == "government"))
}

/// "The Union government asked Punjab to …", "urged the Centre to …": Indian papers name
/// India's federal government "the Union government" and "the Centre". In a story mostly about
/// India these words are India, as "the government" asked is its state (`home_government`),
/// not a body "Union" (which the resolver then took for the "Union Cabinet") nor a place.
/// Not "the Centre for …", nor where the story names a body whose name ends in "Centre".
/// (Made the node of "the Indian government" instead, demands of it fell on four sets whose
/// golds ask them of India; the golds that keep a "Union government" body map it to India.)
pub(super) fn union_government(doc: &mut Doc, lex: &Lexicon) {
    // (a word asked first: most stories have neither)
    let has = |w: &str| doc.tokens.iter().any(|t| t.cap && t.lower == w);
    if !has("union") && !has("centre") {
        return;
    }
    if crate::resolve::main_country(doc).as_deref() != Some("IN") {
        return;
    }
    let Some(india) = lex.country_by_code("IN") else { return };
    let centre_named = doc.entities.iter().any(|e| e.kind != EntityKind::Country && (e.name.ends_with(" Centre") || e.name == "Centre"));
    let mut orphans = Vec::new();
    for t in 0..doc.tokens.len() {
        let w = &doc.tokens[t];
        if !w.cap || w.kind != TokenKind::Word {
            continue;
        }
        let next = doc.tokens.get(t + 1);
        let union = w.lower == "union" && next.is_some_and(|x| matches!(x.lower.as_str(), "government" | "govt"));
        let centre = w.lower == "centre"
            && !centre_named
            && t > 0
            && doc.tokens[t - 1].lower == "the"
            && next.is_none_or(|x| !(x.cap && x.kind == TokenKind::Word) && !matches!(x.lower.as_str(), "for" | "of" | "in" | "at"));
        if !union && !centre {
            continue;
        }
        // (the run parsed as a body or a place of the one word: that mention becomes India's)
        let end = if union { t + 2 } else { t + 1 };
        match doc.mention_at_token(t) {
            Some(m) if doc.mentions[m].span == doc.tokens[t].span && doc.entities[doc.mentions[m].entity].kind != EntityKind::Person => {
                orphans.push(doc.mentions[m].entity);
                doc.mentions.remove(m);
            }
            Some(_) => continue,
            None => {}
        }
        let ent = doc.country(india);
        doc.add_mention(span_of(doc, t, end), ent, MentionKind::Description);
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "The opposition Christian Democrats backed …", "the Free Democrats", "the Democratic
/// Socialists": adjectives before a party's plural name a party, whether or not its members
/// speak in the sentence (not "House Democrats", "Senate Republicans": a chamber's members).
pub(super) fn party_plural(doc: &Doc, k: usize, j: usize) -> bool {
    const PLURALS: &[&str] = &["democrats", "republicans", "socialists", "conservatives", "liberals", "communists", "nationalists", "unionists", "progressives"];
    let adjective = |m: usize| {
        let w = doc.tokens[m].lower.as_str();
        doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word && (w == "free" || ["ian", "ic", "al", "ive", "ist"].iter().any(|s| w.len() > 4 && w.ends_with(s)))
    };
    // (after an article or a party's description, as parties are written: not "some Catholic
    // Republicans", members of a faith)
    let introduced = k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "the" | "opposition" | "ruling" | "governing" | "centre-right" | "center-right" | "centre-left" | "center-left" | "'s" | "’s");
    // (nor before its initials in brackets, which name the listed party: "the Social Democrats
    // (SPD)")
    let initials = doc.tokens.get(j).is_some_and(|t| t.lower == "(");
    introduced && !initials && j >= k + 2 && j <= k + 3 && PLURALS.contains(&doc.tokens[j - 1].lower.as_str()) && (k..j - 1).all(adjective)
}

/// "The S.E.C. said …", "the F.B.I. is investigating": initials written with full stops, as The
/// New York Times writes them, are the listed organisation of those initials ("SEC", "FBI");
/// they had named no one.
pub(super) fn dotted_initials(doc: &mut Doc, lex: &Lexicon) {
    for t in 0..doc.tokens.len() {
        // (two to five capitals, each followed by its full stop: "S.E.C.", not "St." or "U.S.A";
        // the length asked first, as it is at every capitalised word)
        let tok = &doc.tokens[t];
        if !tok.cap || !(4..=10).contains(&(tok.span.end - tok.span.start)) || !dotted_initials_word(doc.slice(tok.span)) || doc.mention_at_token(t).is_some() {
            continue;
        }
        let letters: String = doc.slice(tok.span).bytes().step_by(2).map(|c| char::from(c.to_ascii_lowercase())).collect();
        if let Some(canon) = lex.organisations.get(&letters) {
            let ent = doc.organisation(&canon.clone());
            let span = doc.tokens[t].span;
            doc.add_mention(span, ent, MentionKind::Name);
        }
    }
}

/// "urges B.C. to …", "work with B.C. on rules": a province's or state's dotted initials
/// ("B.C.", "P.E.I.", "N.S.") standing on their own, as Canadian and US news write the region
/// in running text, name that region, when the article names a place of its country; they had
/// named nothing, so "the province" asked found no region the story names most. (A dateline's
/// abbreviation after a town is `regions_after_towns`'s; initials inside a name, "B.C. Hydro",
/// are the name's.)
pub(super) fn dotted_region_initials(doc: &mut Doc, lex: &Lexicon) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for t in 0..doc.tokens.len() {
        let tok = &doc.tokens[t];
        if !tok.cap || !(4..=8).contains(&(tok.span.end - tok.span.start)) || !dotted_initials_word(doc.slice(tok.span)) || doc.mention_at_token(t).is_some() {
            continue;
        }
        let Some((region, cc)) = lex.region_abbreviations.get(tok.lower.trim_end_matches('.')) else { continue };
        if !doc.entities.iter().any(|e| e.country.as_deref() == Some(cc.as_str())) {
            continue;
        }
        if let Some(p) = lex.place_names.get(&fold(region)).and_then(|ps| ps.iter().copied().find(|&p| lex.places[p].kind == "region" && lex.places[p].country == *cc)) {
            found.push((t, p));
        }
    }
    for (t, p) in found {
        let ent = doc.place(p, true);
        let span = doc.tokens[t].span;
        doc.add_mention(span, ent, MentionKind::Name);
    }
}

/// "called on the administration to …", "the administration wanted Canada to …", "accused the
/// administration of …": the administration with no state or office named (not "the
/// administration of the port", "the hospital administration") is, in English news, that of the
/// United States, when the article names the United States.
pub(super) fn us_administration(doc: &mut Doc) {
    let Some(us) = doc.named_country("US") else { return };
    for t in 0..doc.tokens.len().saturating_sub(2) {
        if doc.tokens[t + 1].lower != "administration" || doc.tokens[t].lower != "the" || doc.tokens[t + 1].cap || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        // (but "accused the administration of …": the accusation's "of", as in `np::opposition_at`)
        let accused = t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "accused" | "accuses" | "accuse" | "accusing" | "blamed" | "blames" | "blaming" | "criticised" | "criticized") && doc.tokens[t + 2].lower == "of";
        if matches!(doc.tokens[t + 2].lower.as_str(), "of" | "in" | "at" | "for") && !accused {
            continue;
        }
        doc.add_mention(span_of(doc, t + 1, t + 2), us, MentionKind::Description);
    }
}

/// "Chile's central bank cut rates … The Central Bank of Chile said …": a central
/// bank described by its office is the bank the article names, when exactly one named
/// organisation is a bank with that country's name or adjective in it ("Bank of Japan",
/// "Central Bank of Nigeria", "Reserve Bank of India"), else the one organisation the article
/// names beside it after a comma ("the central bank, Banque du Liban"); its mentions go to
/// that name.
pub(super) fn named_central_banks(doc: &mut Doc, lex: &Lexicon) {
    for d in 0..doc.entities.len() {
        let lower = fold(&doc.entities[d].name);
        let Some(adjective) = lower.strip_suffix(" central bank") else { continue };
        let Some(&country) = lex.country_adjectives.get(adjective) else { continue };
        let own = fold(&lex.countries[country].name);
        let named: Vec<usize> = (0..doc.entities.len())
            .filter(|&e| e != d && doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e && m.kind == MentionKind::Name))
            .filter(|&e| {
                let n = fold(&doc.entities[e].name);
                let words: Vec<&str> = n.split_whitespace().collect();
                words.contains(&"bank") && (n.contains(own.as_str()) || words.contains(&adjective))
            })
            .collect();
        // ("bonds issued by the central bank, Banque du Liban": a bank the article names beside
        // the office, set off by a comma, whatever language its name is in)
        let beside = |e: usize| {
            let spans = |x: usize| doc.mentions.iter().filter(move |m| m.entity == x).map(|m| (m.span, m.kind));
            spans(d).any(|(a, _)| spans(e).any(|(b, kind)| kind == MentionKind::Name && [(a, b), (b, a)].iter().any(|(l, r)| l.end <= r.start && doc.text()[l.end..r.start].trim() == ",")))
        };
        let named = if named.is_empty() {
            (0..doc.entities.len()).filter(|&e| e != d && doc.entities[e].kind == EntityKind::Organization && beside(e)).collect()
        } else {
            named
        };
        if let [e] = named[..] {
            for m in doc.mentions.iter_mut().filter(|m| m.entity == d) {
                m.entity = e;
            }
        }
    }
}

/// "the health ministry said", "the central bank said": a state body named by its office
/// alone is that of the country the article is mostly about ("Peruvian health ministry"),
/// one node with the body named with its country (see `resolve::bodies`).
/// "The Israeli military said …", "Greek officials said …" in a story that never names the
/// country: a country's adjective before a lower-case organ of its state names the state
/// (as it does where the country is named), so the state speaks and is an actor of the story.
pub(super) fn adjective_states(doc: &mut Doc, lex: &Lexicon) {
    const ORGANS: &[&str] = &["military", "army", "forces", "troops", "government", "authorities", "officials", "police", "navy", "regime", "junta", "diplomats", "delegation"];
    for t in 0..doc.tokens.len().saturating_sub(1) {
        let (tok, next) = (&doc.tokens[t], &doc.tokens[t + 1]);
        // (the adjective's signature first: most capitalised words are none)
        if !tok.cap || tok.kind != TokenKind::Word || !lex.country_adjectives.may_hold(&tok.lower) || next.cap || !ORGANS.contains(&next.lower.as_str()) {
            continue;
        }
        // (the last word of a longer adjective is none: "Equatorial Guinean forces", "Papua New
        // Guinean troops")
        if t > 0 && doc.tokens[t - 1].cap && doc.tokens[t - 1].kind == TokenKind::Word && doc.tokens[t - 1].lower != "the" {
            continue;
        }
        let Some(&c) = lex.country_adjectives.get(&tok.lower) else { continue };
        if doc.mention_at_token(t).is_some() || doc.mention_at_token(t + 1).is_some() || doc.named_country(&lex.countries[c].iso2).is_some() {
            continue;
        }
        let ent = doc.country(c);
        doc.add_mention(doc.tokens[t].span, ent, MentionKind::Name);
    }
}

/// "the US state department said", "A spokesperson for the state department": the US body
/// in lower case, as British papers write it, is the one `institutions.tsv` names (after "the",
/// "US" or "U.S."; not "a state department of education").
pub(super) fn lower_case_state_department(doc: &mut Doc, lex: &Lexicon) {
    for t in 2..doc.tokens.len() {
        if doc.tokens[t].lower != "department" || doc.tokens[t].cap || doc.tokens[t - 1].lower != "state" || doc.tokens[t - 1].cap {
            continue;
        }
        if !(doc.tokens[t - 2].lower == "the" || matches!(doc.slice(doc.tokens[t - 2].span), "US" | "U.S.")) || doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "of" | "for")) {
            continue;
        }
        if doc.mention_at_token(t - 1).is_some() || doc.mention_at_token(t).is_some() {
            continue;
        }
        let Some((canon, iso)) = lex.institutions.get("state department").cloned() else { return };
        let ent = doc.institution(&canon, &iso);
        doc.add_mention(span_of(doc, t - 1, t + 1), ent, MentionKind::Name);
    }
}

pub(super) fn home_bodies(doc: &mut Doc, lex: &Lexicon) {
    // (the story's own state, `home_country`, worked out at the first body the loop names: most
    // stories name none, and the two passes over the story's countries cost ~23,000
    // instructions an article; nothing before that point changes the document, so it is the
    // state the story gave at the start, and with none the pass ends there as it had before)
    let mut home: Option<Option<usize>> = None;
    for t in 0..doc.tokens.len() {
        // ("a foreign ministry spokesperson in Oslo", "an army spokesman": the body of one
        // who speaks for it, after "a")
        let l = doc.tokens[t].lower.as_str();
        // ("according to interior ministry data": a source named by its office with no article)
        let source = l == "to" && t > 0 && doc.tokens[t - 1].lower == "according";
        let a = l != "the" && !source;
        if a && !((l == "a" || l == "an") && (t + 2..(t + 5).min(doc.tokens.len())).any(|j| matches!(doc.tokens[j].lower.as_str(), "spokesperson" | "spokesman" | "spokeswoman" | "official"))) {
            continue;
        }
        // (bodies a story names by their office alone, in lower case)
        let Some(end) = state_body_at(doc, lex, t + 1, doc.tokens.len(), |s| s.alone).filter(|&end| (t + 1..end).all(|m| !doc.tokens[m].cap)) else { continue };
        if a && !doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "spokesperson" | "spokesman" | "spokeswoman" | "official")) {
            continue;
        }
        // not one of another country ("the government of Chile") nor already a name
        if doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "of" | "in")) || (t + 1..end).any(|m| doc.mention_at_token(m).is_some()) {
            continue;
        }
        // ("the army" where the story names an army of its own, "the Arakan Army": which one is
        // meant is not clear)
        // (a place named right after "in" says whose: "the foreign office spokeswoman in Berlin")
        let near = (end..(end + 3).min(doc.tokens.len())).find(|&m| matches!(doc.tokens[m].lower.as_str(), "in" | "at")).and_then(|m| doc.mention_at_token(m + 1)).and_then(|mi| {
            let e = &doc.entities[doc.mentions[mi].entity];
            matches!(e.kind, EntityKind::Country | EntityKind::Place).then(|| e.country.as_deref().and_then(|c| lex.country_by_code(c))).flatten()
        });
        // (unless the army named is that of the state the place gives: "An army spokesperson in
        // Stockholm" after "the Swedish Army")
        let own_army = |e: &crate::model::Entity| near.is_some_and(|c| e.name.strip_suffix(" Army").is_some_and(|adj| lex.country_adjectives.get(&adj.to_lowercase()) == Some(&c)));
        if matches!(doc.tokens[end - 1].lower.as_str(), "army" | "military") && doc.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name.ends_with(" Army") && !own_army(e)) {
            continue;
        }
        // ("In Chile, the health ministry said": a place the sentence opens with, before its
        // comma, says whose too)
        let opening = || {
            let sa = doc.sentences[doc.sentence_at(doc.tokens[t].span.start)?].tokens.0;
            if t < sa + 3 || doc.tokens[sa].lower != "in" || doc.tokens[t - 1].lower != "," {
                return None;
            }
            let mi = doc.mention_at_token(sa + 1)?;
            let e = &doc.entities[doc.mentions[mi].entity];
            (doc.token_at(doc.mentions[mi].span.end) == t - 1 && matches!(e.kind, EntityKind::Country | EntityKind::Place)).then(|| e.country.as_deref().and_then(|c| lex.country_by_code(c))).flatten()
        };
        let Some(country) = *home.get_or_insert_with(|| home_country(doc, lex)) else { return };
        let whose = near.or_else(opening).or_else(|| office_country_before(doc, lex, t)).or_else(|| minister_before(doc, lex, t, end)).or_else(|| state_subject_before(doc, t).and_then(|c| lex.country_by_code(c))).unwrap_or(country);
        let name = national_body(lex, whose, &text_of(doc, t + 1, end)).unwrap_or_else(|| format!("{} {}", lex.country_adjective(whose), text_of(doc, t + 1, end)));
        // ("the coastguard" after "the Libyan coastguard" in a story from Italy: which one is
        // meant is not clear)
        if doc.tokens[end - 1].lower == "coastguard" && doc.mentions.iter().any(|m| m.span.end <= doc.tokens[t].span.start && doc.entities[m.entity].kind == EntityKind::Organization && doc.entities[m.entity].name != name && doc.entities[m.entity].name.to_lowercase().ends_with("coastguard")) {
            continue;
        }
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, t + 1, end), ent, MentionKind::Description);
    }
}

/// The state a story's bodies named by their office alone belong to (`home_bodies`): the
/// state a datelined story is written from, whose name and adjective it writes most, before
/// the state it names most in passing ("the central bank" of a Seoul story that names the
/// United States three times is Korea's, `resolve::written_from`).
fn home_country(doc: &Doc, lex: &Lexicon) -> Option<usize> {
    let iso2 = crate::resolve::written_from(doc).or_else(|| crate::resolve::main_country(doc))?;
    lex.country_by_code(&iso2)
}

/// "Brazil's finance minister, X, said the central bank …", "the Chilean president said the
/// health ministry …": a country whose office holder or body speaks earlier in the sentence
/// of token `t` is the one whose body is named by its office alone. The last such country
/// (its index in the lexicon).
pub(super) fn office_country_before(doc: &Doc, lex: &Lexicon, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let sa = doc.sentences[si].tokens.0;
    let mut found = None;
    let mut j = sa;
    while j < t {
        let Some(mi) = doc.mention_at_token(j) else {
            j += 1;
            continue;
        };
        let m = &doc.mentions[mi];
        let next = doc.token_at(m.span.end).max(j + 1);
        let e = &doc.entities[m.entity];
        if e.kind == EntityKind::Country {
            let k = next + usize::from(doc.tokens.get(next).is_some_and(|x| x.lower == "'s"));
            let office = title_at(doc, k, t).is_some_and(|(_, head)| !matches!(lex.titles.get(&head.to_lowercase()).map(|x| x.class), Some(crate::lexicon::TitleClass::Honorific)))
                || state_body_at(doc, lex, k, t, |s| s.adjective).is_some();
            if office && k < t {
                found = e.country.as_deref().and_then(|c| lex.country_by_code(c)).or(found);
            }
        }
        j = next;
    }
    found
}

/// "Ruritania's foreign minister, X, said …" then, in a later sentence, "The foreign ministry
/// said …": a ministry named by its portfolio alone (tokens `t + 1..end`) is the state of the
/// last minister of that portfolio named before it with the state right before the title,
/// though the story names another state more often (it had gone to that state's ministry).
/// Its index in the lexicon.
fn minister_before(doc: &Doc, lex: &Lexicon, t: usize, end: usize) -> Option<usize> {
    let word = |j: usize| doc.tokens[j].lower.replace("defence", "defense");
    if end < t + 3 || doc.tokens[end - 1].lower != "ministry" {
        return None;
    }
    let title: Vec<String> = (t + 1..end - 1).map(word).chain(["minister".to_string()]).collect();
    let at = doc.tokens[t].span.start;
    doc.mentions.iter().take_while(|m| m.span.end <= at).filter_map(|m| {
        let e = &doc.entities[m.entity];
        if e.kind != EntityKind::Country {
            return None;
        }
        let next = doc.token_at(m.span.end);
        let k = next + usize::from(doc.tokens.get(next).is_some_and(|x| x.lower == "'s"));
        (k + title.len() <= t && title.iter().enumerate().all(|(n, w)| word(k + n) == *w)).then(|| e.country.as_deref().and_then(|c| lex.country_by_code(c))).flatten()
    }).last()
}

/// "Sweden on Tuesday denied the charges. The foreign ministry said …": a body named by
/// its office alone (from token `t`, its "the" or first word) that opens its sentence, right
/// after a sentence whose subject is a state named at its start (not its possessive, "Sweden's
/// army said …"), is that state's, though the story names another state more often (it had gone
/// to that state's body). The state's ISO code; asked by `home_bodies` for a body in lower case
/// and by `resolve::state_body_key` for one named in capitals ("The Ministry of Foreign
/// Affairs said …"). The body may follow the quote its sentence opens with, as its speaker
/// ("Sweden denied the charges. "…," the foreign ministry said"): the quote is the body's words.
pub(crate) fn state_subject_before(doc: &Doc, t: usize) -> Option<&str> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    if si == 0 || doc.sentences[si].tokens.0 != t && !after_opening_quote(doc, doc.sentences[si].tokens.0, t) {
        return None;
    }
    let (a, b) = doc.sentences[si - 1].tokens;
    let k = a + usize::from(doc.tokens.get(a).is_some_and(|x| x.lower == "the"));
    let m = doc.mention_at_token(k).filter(|&m| doc.token_at(doc.mentions[m].span.start) == k)?;
    let e = &doc.entities[doc.mentions[m].entity];
    let next = doc.token_at(doc.mentions[m].span.end);
    if e.kind != EntityKind::Country || next >= b || matches!(doc.tokens[next].lower.as_str(), "'s" | "\u{2019}s" | "," | "and") {
        return None;
    }
    e.country.as_deref()
}

/// Token `t` stands right after the closing mark (and its comma) of a quote that opens the
/// sentence at `s` and holds no other mark: `"…," the ministry said` (or `"…", the ministry`).
fn after_opening_quote(doc: &Doc, s: usize, t: usize) -> bool {
    let q = |k: usize| doc.tokens[k].kind == TokenKind::Quote;
    let stop = |k: usize| matches!(doc.tokens[k].lower.as_str(), "," | "?" | "!");
    let close = match t.checked_sub(2) {
        Some(c) if c > s + 1 && q(t - 1) && stop(c) => t - 1,
        Some(c) if c > s + 1 && stop(t - 1) && q(c) => c,
        _ => return false,
    };
    q(s) && !(s + 1..close).any(q)
}

/// "Ruto vows no retreat …" above a story that names William Ruto: a headline's lone
/// capitalised word that is the surname of exactly one person the article names in full is
/// that person (headlines are not trusted for new names, see `Paragraph::heading`).
pub(super) fn heading_surnames(doc: &mut Doc) {
    for p in 0..doc.paragraphs.len() {
        if !doc.paragraphs[p].heading || doc.paragraphs[p].furniture {
            continue;
        }
        let span = doc.paragraphs[p].span;
        let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
        for t in a..b {
            let tok = &doc.tokens[t];
            if tok.kind != TokenKind::Word || !tok.cap || doc.mention_at_token(t).is_some() || (t + 1 < b && is_cap_word(doc, t + 1)) || (t > a && is_cap_word(doc, t - 1)) {
                continue;
            }
            let span = tok.span;
            let same: Vec<usize> = doc.people_named_in_full(doc.slice(span)).take(2).collect();
            if let [e] = same[..] {
                doc.add_mention(span, e, MentionKind::Name);
            }
        }
    }
}

/// "Mr. Bishop", "Ms. Quarry" after "Tom Bishop", "Jane Quarry": a surname that is also a
/// title or a common word, after an honorific, is the person named before with that surname.
/// "the Liberals", "the Greens", "the Democrats" after "the Liberal Party", "the Green
/// Party", "the Democratic Party": a party's members named in the plural stand for the party
/// the article named (only after "the", and only a party named so in the article).
pub(super) fn party_members(doc: &mut Doc) {
    for t in 1..doc.tokens.len() {
        if doc.tokens[t - 1].lower != "the" || !is_cap_word(doc, t) || doc.mention_at_token(t).is_some() || doc.tokens.get(t + 1).is_some_and(|x| is_cap_word(doc, t + 1) && x.kind == TokenKind::Word) {
            continue;
        }
        let Some(stem) = doc.tokens[t].lower.strip_suffix('s').filter(|s| s.len() > 3) else { continue };
        // ("Democrats": the Democratic Party)
        let names = [format!("{stem} party"), format!("{stem}ic party")];
        let ent = doc.entities.iter().position(|e| e.kind == EntityKind::Organization && names.contains(&fold(&e.name)));
        if let Some(ent) = ent {
            doc.add_mention(span_of(doc, t, t + 1), ent, MentionKind::Name);
        }
    }
}

/// "The Conservative MP Jane Roe said …", "Democratic senator Jane Roe": a party's adjective
/// with a capital right before a lower-case or abbreviated office of an elected member, itself
/// before a capitalised name, names the member's party: the organisation the article names
/// "<Adjective> Party …", or else the listed "<Adjective> Party" in a story about that party's
/// state (or about none). Not when the word is already
/// part of a name ("Conservative Assembly member": a body's run), nor a party the list does
/// not know by that name.
pub(super) fn party_adjective_before_member(doc: &mut Doc, lex: &Lexicon) {
    // (the abbreviations are written in capitals, the offices in lower case)
    const OFFICES: &[&str] = &["senator", "councillor", "councilor", "lawmaker", "legislator", "congressman", "congresswoman"];
    for t in 0..doc.tokens.len().saturating_sub(2) {
        let w = &doc.tokens[t];
        if !w.cap || w.kind != TokenKind::Word || !crate::lexicon::is_party_adjective(&w.lower) || doc.mention_at_token(t).is_some() {
            continue;
        }
        let office = &doc.tokens[t + 1];
        if office.kind != TokenKind::Word || !(crate::lexicon::is_member_letters(&office.lower) || !office.cap && OFFICES.contains(&office.lower.as_str())) {
            continue;
        }
        if !is_cap_word(doc, t + 2) {
            continue;
        }
        let stem = format!("{} party", w.lower.as_str());
        let named = doc.entities.iter().position(|e| e.kind == EntityKind::Organization && { let f = fold(&e.name); f == stem || f.starts_with(&format!("{stem} ")) });
        let ent = match named {
            Some(e) => e,
            // (the listed party only in a story about its own state, or about none: "Conservative
            // MP" in a Canadian story is of Canada's party, which the list does not hold)
            None => match lex.organisations.get(&stem) {
                Some(canonical) if fold(canonical) == stem && home_of_party(&w.lower).is_some_and(|h| crate::resolve::main_country(doc).is_none_or(|c| c == h)) => {
                    let c = canonical.clone();
                    doc.organisation(&c)
                }
                _ => continue,
            },
        };
        doc.add_mention(span_of(doc, t, t + 1), ent, MentionKind::Name);
    }
}

/// The state whose party the list holds as "<Adjective> Party" with no state in its name.
fn home_of_party(adjective: &str) -> Option<&'static str> {
    match adjective {
        "conservative" | "labour" => Some("GB"),
        "democratic" | "republican" => Some("US"),
        _ => None,
    }
}

pub(super) fn honorific_surnames(doc: &mut Doc, lex: &Lexicon) {
    for t in 1..doc.tokens.len() {
        let honorific = lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific);
        // (nothing to do after a word that is no honorific, most words: told before the
        // particles are scanned for the word)
        if !honorific {
            continue;
        }
        // ("Mr ten Brink", "Ms van Dijk": a surname particle in lower case after the honorific;
        // the surname is the capitalised word after it, the mention both)
        let particle = doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].cap && PARTICLES.contains(&doc.tokens[t].lower.as_str()) || matches!(doc.tokens[t].lower.as_str(), "ten");
        let w = if particle && t + 1 < doc.tokens.len() { t + 1 } else { t };
        if !honorific || !is_cap_word(doc, w) || (t..=w).any(|m| doc.mention_at_token(m).is_some()) || doc.tokens.get(w + 1).is_some_and(|x| is_cap_word(doc, w + 1) && x.kind == TokenKind::Word) {
            continue;
        }
        let word = doc.slice(doc.tokens[w].span).to_string();
        let sur = crate::extract::entities::surname_of(&word);
        let at = doc.tokens[t].span.start;
        // ("Mr. Bishop" after "Tom Bishop" and "Amy Bishop": the honorific's sex picks)
        let sex = match doc.tokens[t - 1].lower.trim_end_matches('.') {
            "mr" => Some('m'),
            "mrs" | "ms" | "miss" => Some('f'),
            _ => None,
        };
        let fits = |e: &crate::model::Entity| {
            let given = e.name.split_whitespace().next().and_then(|f| lex.first_names.get(&fold(f))).copied();
            e.kind == EntityKind::Person && e.name.contains(' ') && e.surname == sur && !(sex.is_some() && matches!(given, Some('m') | Some('f')) && given != sex)
                && !e.name.split_whitespace().next().is_some_and(|f| crate::extract::entities::gives_way(&doc.entities, &sur, f, sex))
        };
        // the one mentioned last before
        let ent = doc.mentions.iter().take_while(|m| m.span.start < at).filter(|m| fits(&doc.entities[m.entity])).last().map(|m| m.entity);
        if let Some(ent) = ent {
            doc.add_mention(span_of(doc, t, w + 1), ent, MentionKind::Name);
        }
    }
}

/// "The UK pledged £1.25bn last June, as the government cut aid spending. … urged the
/// government to restore the aid budget": a government asked is the state an earlier sentence
/// opens with as its subject beside a bare "the government" of its own that does not speak
/// there (the nearest sentence with one before token `t`), not the state the story names most
/// in passing ("the US decision", "US aid", "US Health Secretary X said").
pub(super) fn government_named_with_state(doc: &Doc, t: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    for s in doc.sentences[..si].iter().rev() {
        let (a, b) = s.tokens;
        // (a bare "the government" in it, asked first: most sentences have none)
        if !(a + 1..b).any(|j| doc.tokens[j].lower == "government" && doc.tokens[j - 1].lower == "the" && doc.tokens.get(j + 1).is_none_or(|x| !matches!(x.lower.as_str(), "of" | "in" | "said" | "says" | "told" | "announced" | "added" | "stated" | "'s" | "\u{2019}s"))) {
            continue;
        }
        // (the sentence opens with the state, "The UK pledged …", "Norway said …")
        let k = a + usize::from(doc.tokens.get(a).is_some_and(|x| x.lower == "the"));
        let mi = doc.mention_at_token(k)?;
        let m = &doc.mentions[mi];
        let e = &doc.entities[m.entity];
        let after = doc.tokens.get(doc.token_at(m.span.end));
        if e.kind != EntityKind::Country || !after.is_some_and(|x| !x.cap && x.kind == TokenKind::Word) {
            return None;
        }
        return e.country.as_deref().and_then(|c| lex.country_by_code(c));
    }
    None
}
