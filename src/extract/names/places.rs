//! Which place a name is among the gazetteer's homonyms, and the state bodies named after a place.

use super::*;

/// A gazetteer hit is a place when it is well known (large, a capital, a region), when a
/// preposition or region word says so, or when its country is named in the article.
/// Among gazetteer places of one name (most populous first), the one meant: one in a
/// country the article names, unless that one is a small town and the most populous a city
/// ("Paris" in an article that names the United States is still the French capital; a
/// country named in passing is weak evidence), or one in a region the article names
/// ("Springfield" beside "Illinois").
pub(crate) fn choose_place(doc: &Doc, lex: &Lexicon, places: &[usize], region_word: bool, followed: Option<(&str, &str)>) -> usize {
    // a name said again is the place it named before ("Victoria" twice in a story about
    // Australia, though Canada is named between), unless a region after it says otherwise
    let named_before = |i: &usize| {
        let p = &lex.places[*i];
        doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == p.name && e.country.as_deref() == Some(p.country))
    };
    if let Some(&i) = places.iter().find(|i| followed.is_none() && named_before(i)) {
        return i;
    }
    let top = lex.places[places[0]].population;
    // (a country is named by its name, or by a place in it: "Gaza" names the Palestinian
    // territories, so "Rafah" is the town there, not its smaller namesake in Egypt)
    let country_named = |c: &str| doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(c));
    // (a town of a named state, not when a place twenty times its size bears the name:
    // "Washington" with Illinois named is still the capital, not the town in Illinois)
    let region_named = |p: &crate::lexicon::Place| region_named(doc, p) && p.population.saturating_mul(20) >= top;
    // (a state or province of a named country is known by name alone: "laws in Texas,
    // Florida and Montana" are US states, not towns of Cuba and Bulgaria)
    // (not a region of another named state over a city of half a million or more that bears
    // the name itself: "In Jerusalem" is the city, not the Palestinian governorate that has it
    // as another name)
    let big_city = lex.places[places[0]].kind == "city" && top >= 500_000;
    // (nor when another state or province of the region's country is named and the city's
    // own country is not: "New South Wales and Victoria" are two Australian states, not a
    // state and the Hong Kong district)
    let sibling_region = |p: &crate::lexicon::Place| {
        p.kind == "region"
            && !country_named(&lex.places[places[0]].country)
            && doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.place_kind == Some("region") && e.name != p.name && e.country.as_deref() == Some(p.country))
    };
    let in_named_country = |p: &crate::lexicon::Place| country_named(&p.country) && (p.population.saturating_mul(5) >= top || p.kind == "region" && (!big_city || region_word || sibling_region(p)));
    // candidates largest first, but a state or province before a small town of its name
    // ("Oregon" is the state, not the town in Ohio)
    let top_place = &lex.places[places[0]];
    // (or before a middling town abroad when the province's own country is named: "jobs in
    // Ontario" in a story from Ottawa is the province, not the Californian city)
    let regions_first = top_place.kind == "city" && (top_place.population < 100_000 || top_place.population < 300_000 && places.iter().any(|&i| lex.places[i].kind == "region" && lex.places[i].country != top_place.country && country_named(&lex.places[i].country)));
    let ordered: Vec<usize> = if regions_first {
        places.iter().copied().filter(|&i| lex.places[i].kind == "region").chain(places.iter().copied().filter(|&i| lex.places[i].kind != "region")).collect()
    } else {
        places.to_vec()
    };
    // the first that passes a test, of the kind asked for ("the X region", or a region
    // before small towns) if there is one
    let want_region = region_word || regions_first;
    let first = |test: &dyn Fn(&crate::lexicon::Place) -> bool| {
        let found = |same_kind: bool| ordered.iter().copied().find(|&i| test(&lex.places[i]) && (!same_kind || (lex.places[i].kind == "region") == want_region));
        found(true).or_else(|| found(false))
    };
    let region_after = |p: &crate::lexicon::Place| followed.is_some_and(|r| lies_in(p, r));
    // (named before any state, and the namesakes lie in more than one: one in the state the
    // whole story writes most often of theirs, by the same measure — "… culls spread across
    // Norfolk" in a headline before the story names the UK, England and British bodies is the
    // English county, not the city in Virginia)
    let later = || {
        let top_country = lex.places[places[0]].country;
        if !places.iter().any(|&i| lex.places[i].country != top_country) || doc.entities.iter().any(|e| e.kind == EntityKind::Country) {
            return None;
        }
        let written = doc.countries_written.get_or_init(|| countries_written(doc));
        let times = |c: &str| written.iter().find(|x| x.0 == c).map_or(0, |x| x.1);
        // (the one state of the namesakes written most, if none ties with it)
        let most = places.iter().map(|&i| times(lex.places[i].country)).max().filter(|&n| n > 0)?;
        let mut tops = places.iter().map(|&i| lex.places[i].country).filter(|&c| times(c) == most);
        let c = tops.next()?;
        if tops.any(|d| d != c) {
            return None;
        }
        let in_written_country = |p: &crate::lexicon::Place| p.country == c && (p.population.saturating_mul(5) >= top || p.kind == "region" && (!big_city || region_word));
        first(&in_written_country)
    };
    first(&region_after).or_else(|| first(&region_named)).or_else(|| first(&in_named_country)).or_else(later).unwrap_or(ordered[0])
}

/// "Rental providers in Victoria …" before "Mildura", "Geelong" and "Horsham": a name the
/// gazetteer gives a city of one state and a region (state, province) of another, taken for the
/// city where no state was named yet, is the region when the article names a town that lies in
/// that region and nothing else of the city's state (the Hong Kong district had stood for the
/// Australian state, and "the government" asked became Hong Kong's).
pub(super) fn regions_of_named_towns(doc: &mut Doc, lex: &Lexicon) {
    for i in 0..doc.entities.len() {
        let e = &doc.entities[i];
        if e.kind != EntityKind::Place || e.place_kind != Some("city") {
            continue;
        }
        let Some(own) = e.country.as_deref() else { continue };
        let Some(ps) = lex.place_names.get(&crate::lexicon::fold(&e.name)) else { continue };
        let Some(r) = ps.iter().map(|&p| &lex.places[p]).find(|p| p.kind == "region" && p.country != own) else { continue };
        let town_in_region = |f: &crate::model::Entity| {
            f.kind == EntityKind::Place && f.country.as_deref() == Some(r.country)
                && lex.place_names.get(&crate::lexicon::fold(&f.name)).is_some_and(|qs| qs.iter().any(|&q| lies_in(&lex.places[q], (r.name, r.country))))
        };
        let city_state_named = doc.entities.iter().enumerate().any(|(j, f)| j != i && f.country.as_deref() == Some(own));
        if city_state_named || !doc.entities.iter().any(town_in_region) {
            continue;
        }
        let e = &mut doc.entities[i];
        e.country = Some(r.country.to_string());
        e.place_kind = Some("region");
        e.coords = r.coords();
        e.region = None;
        e.stands_for = None;
    }
}

/// How often the story writes each state, anywhere, capitalised: by a listed name or alias
/// ("the UK", "Britain"), its adjective ("British") or a region only it has ("England"), (ISO
/// code, times). Not a word that is a common word or a given name unless written in capitals
/// ("Turkey farmers", "Jordan said"; "US" counts), nor a region's name that a town or another
/// state's region also bears.
pub(crate) fn countries_written(doc: &Doc) -> Vec<(&'static str, usize)> {
    let lex = Lexicon::get();
    let mut codes: Vec<&'static str> = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if !doc.tokens[i].cap || doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let lw = doc.tokens[i].lower.as_str();
        let plain = |e: usize| e > i + 1 || doc.slice(doc.tokens[i].span).chars().all(|ch| !ch.is_lowercase()) || !lex.is_common_word(lw) && !lex.first_names.contains_key(lw);
        // (the word's signature once, for the three tables: most capitalised words start none)
        let sig = crate::lexicon::Signature::of(lw);
        let found: Option<(usize, &'static str)> = if let Some((e, &c)) = lex.country_names.may_start_signed(sig).then(|| longest(doc, i, n, &lex.country_names)).flatten() {
            plain(e).then(|| (e, lex.countries[c].iso2.as_str()))
        } else if let Some(&c) = lex.country_adjectives.may_hold_signed(sig).then(|| lex.country_adjectives.get(lw)).flatten() {
            plain(i + 1).then(|| (i + 1, lex.countries[c].iso2.as_str()))
        } else if let Some((e, ps)) = lex.place_names.may_start_signed(sig).then(|| longest(doc, i, n, &lex.place_names)).flatten() {
            let c = lex.places[ps[0]].country;
            (plain(e) && ps.iter().all(|&p| lex.places[p].kind == "region" && lex.places[p].country == c)).then_some((e, c))
        } else {
            None
        };
        match found {
            Some((e, iso)) => {
                codes.push(iso);
                i = e;
            }
            None => i += 1,
        }
    }
    crate::resolve::state_tally(codes.into_iter())
}

/// "British Columbia Premier X said", "British Columbia officials said": a country's adjective
/// that opens a listed place's name of two words or more ("British Columbia", "French
/// Polynesia") is part of that name, not the adjective of a country before more of the run
/// (which named the United Kingdom and left the province out). Adds the place's mention over
/// the run's words `k..` and returns where it ends; no listed organisation as long or longer
/// ("Irish Sea Ferries") and only when the run's word at `k` is a country's adjective.
pub(super) fn place_opened_by_adjective(doc: &mut Doc, lex: &Lexicon, k: usize, j: usize) -> Option<usize> {
    if !lex.country_adjectives.contains_key(&doc.tokens[k].lower) {
        return None;
    }
    let (e, places) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| e > k + 1)?;
    if longest(doc, k, j, &lex.organisations).is_some_and(|(oe, _)| oe >= e) {
        return None;
    }
    let p = choose_place(doc, lex, places, false, region_after(doc, lex, e));
    let ent = doc.place(p, false);
    doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
    Some(e)
}

/// Whether a gazetteer place lies in region `r` (name, country code).
pub(super) fn lies_in(p: &crate::lexicon::Place, r: (&str, &str)) -> bool {
    p.kind == "city" && p.region == r.0 && p.country == r.1
}

/// "Springfield, Massachusetts", "SPRINGFIELD, Ill.": the region (name, country code) a
/// comma and a region's name or dateline abbreviation after token `end` give.
pub(crate) fn region_after<'a>(doc: &Doc, lex: &'a Lexicon, end: usize) -> Option<(&'a str, &'a str)> {
    if doc.tokens.get(end)?.lower != "," {
        return None;
    }
    let next = doc.tokens.get(end + 1).filter(|t| t.cap)?;
    // an abbreviation keeps its period in the token ("n.y.") or has it next ("ill" ".")
    let bare = next.lower.trim_end_matches('.');
    let dotted = next.lower.ends_with('.') || doc.tokens.get(end + 2).is_some_and(|t| t.lower == ".");
    if let Some((r, c)) = lex.region_abbreviations.get(bare).filter(|_| dotted) {
        return Some((r, c));
    }
    let (_, places) = longest(doc, end + 1, doc.tokens.len(), &lex.place_names)?;
    places.iter().map(|&i| &lex.places[i]).find(|p| p.kind == "region").map(|p| (p.name, p.country))
}

/// Whether the article names the region (state, province) a gazetteer place lies in.
pub(super) fn region_named(doc: &Doc, p: &crate::lexicon::Place) -> bool {
    !p.region.is_empty() && doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == p.region && e.country.as_deref() == Some(p.country))
}

/// Whether gazetteer place `p`, matched at token `k`, is taken as that place there.
pub(super) fn accept_place(doc: &Doc, lex: &Lexicon, p: usize, k: usize, region_word: bool) -> bool {
    let place = &lex.places[p];
    // ("Posted Mon 17 Nov 2025 at 6:04am": a weekday's short form before a date, not the
    // place spelt so, Mon State in Myanmar)
    if super::weekday_before_date(doc, k) {
        return false;
    }
    // ("Under questioning from Liberal senator Jane Roe", "Labor MP Jane Roe": a party's word
    // right before a lower-case office or noun for a person is the party, not the town spelt
    // so, whatever preposition comes before)
    let party_word = crate::lexicon::is_party_adjective(&doc.tokens[k].lower);
    if !region_word && party_word && doc.tokens.get(k + 1).is_some_and(|x| x.kind == TokenKind::Word && (!x.cap && (lex.titles.contains_key(&x.lower) || lex.person_nouns.contains(&x.lower)) || x.lower == "mp")) {
        return false;
    }
    // ("Inspector General of Police X", "the Commissioner of Police": a listed title that runs
    // on over "of" and the word is that title, not a place spelt so, Police in Poland)
    if k >= 2 && doc.tokens[k - 1].lower == "of" && (k.saturating_sub(5)..k - 1).any(|l| title_at(doc, l, k + 1).is_some_and(|(e, _)| e == k + 1)) {
        return false;
    }
    // ("Reading the ruling on state television, the judge said …": a common word in "-ing"
    // opening its sentence before an article or a possessive is a verb, not the town so spelt)
    let lw = doc.tokens[k].lower.as_str();
    if !region_word && lw.ends_with("ing") && lex.is_common_word(lw)
        && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "these" | "those"))
        && doc.sentence_at(doc.tokens[k].span.start).is_some_and(|si| doc.sentences[si].tokens.0 == k)
    {
        return false;
    }
    if !region_word && common_word_alias_opening(doc, lex, place, k) {
        return false;
    }
    if region_word || place.country.is_empty() {
        return true;
    }
    // "in Florida and Tuscany": a place coordinated with the place just named is where the
    // preposition asks for a place too
    let coordinated = k >= 2
        && (matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or") || comma_listed(doc, k))
        && doc.mentions.last().is_some_and(|m| m.span.end == doc.tokens[k - 2].span.end && matches!(doc.entities[m.entity].kind, EntityKind::Place | EntityKind::Country));
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str()) || coordinated || compass_region_after_the(doc, place, k);
    let big = place.population >= 250_000;
    let capital = lex.country_by_code(&place.country).is_some_and(|c| lex.countries[c].is_capital(&place.name));
    // ("Its representative, Caroline Van Buren, said … Van Buren said …": a town's name that
    // is the surname of a person the article has already named in full, where no preposition
    // asks for a place, is that person, though the town's country is named in the story)
    let surname_of_person = !prep && !capital && doc.entities.iter().any(|e| {
        e.kind == EntityKind::Person && e.name.len() > place.name.len() + 1 && e.name.ends_with(place.name) && e.name[..e.name.len() - place.name.len()].ends_with(' ')
    });
    if surname_of_person {
        return false;
    }
    // (asked only when needed: it searches the whole text)
    let country_named = || lex.country_by_code(&place.country).is_some_and(|c| {
        let c = &lex.countries[c];
        doc.named_country(&c.iso2).is_some()
            || doc.text().contains(&c.name)
            || body_names_country(doc, lex, &c.iso2)
    });
    // "across West and North Africa": a compass word alone is a region's name ("West" of
    // Cameroon) only where its country is named
    let compass = crate::lexicon::is_compass_word(&doc.tokens[k].lower)
        && doc.tokens.get(k + 1).is_none_or(|t| !t.cap);
    if compass && !country_named() {
        return false;
    }
    // ("Sen. Jane Roe, a Tyler Republican, said …": the word between "a" and a party
    // member's noun is the member's home town, US wire style; a place though it is also a
    // given name, where the story names the state it lies in)
    if hometown_of_member(doc, k) && region_named(doc, place) {
        return true;
    }
    if place.kind == "region" {
        let lower = crate::lexicon::fold(&place.name);
        let person_name = lex.first_names.contains_key(&lower) || lex.surnames.get(&lower).is_some_and(|&r| r <= 5000);
        // US states, Canadian provinces, Australian states and the UK's nations are known
        // well enough by name alone ("California", "Ontario", "England")
        let uk_nation = matches!(place.name, "England" | "Scotland" | "Wales" | "Northern Ireland");
        let well_known = matches!(place.country, "US" | "CA" | "AU") || uk_nation;
        // (the UK's nations are places before they are surnames: "doctors in England",
        // "England announced its squad"; "Lynndie England" is a two-word run, not asked here)
        return country_named() || (prep || well_known) && (!person_name || uk_nation);
    }
    // a named region is evidence for its towns, though not enough to make a given name one
    let given_name = || lex.first_names.contains_key(&crate::lexicon::fold(&place.name));
    // (a small town spelt like a common surname or word, "Clinton", "Kennedy", "Bush", is
    // not made one by its country named somewhere in the story: "under Clinton and Bush";
    // asked of the word as written too, which may be the town's alias without its accents)
    let person_like = || {
        let like = |lower: &str| !lower.contains(' ') && (lex.first_names.contains_key(lower) || lex.surnames.get(lower).is_some_and(|&r| r <= 5000) || lex.is_common_word(lower));
        like(&crate::lexicon::fold(&place.name)) || like(&doc.tokens[k].lower) && doc.tokens.get(k + 1).is_none_or(|t| !t.cap)
    };
    // ("a result of Bush's invasion": nor by a preposition, when a possessive follows)
    let possessive = || doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    // ("two statues of David": "of" asks for a place less than "in" does; a given name there
    // is the person unless the town is large or its country or region is named)
    // (not after a plural noun for people who speak, "Residents of Brandon said", nor after a
    // local office, "the mayor of Brandon")
    let of_given = || k > 0 && doc.tokens[k - 1].lower == "of" && place.population < 100_000 && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !speakers_before_of(doc, lex, k) && !office_of_a_place(doc, k);
    big || capital || (prep && place.population >= 20_000 && !(possessive() && person_like()) && !of_given()) || country_named() && !person_like() || region_named(doc, place) && !given_name()
}

/// "in the North East", "across the North-West": a region named by two capitalised compass
/// words after "the" and a preposition is where the preposition asks for a place, as if "the"
/// were not there (England's regions are named so), when the article already names
/// a place or state of the region's country (the gazetteer's namesakes lie in Botswana, Ghana and
/// Singapore too; `choose_place` picks the one of a named country).
fn compass_region_after_the(doc: &Doc, place: &crate::lexicon::Place, k: usize) -> bool {
    let compass = crate::lexicon::is_compass_word;
    let pair = doc.tokens[k].cap && (super::compass_pair(&doc.tokens[k].lower) || compass(&doc.tokens[k].lower) && doc.tokens.get(k + 1).is_some_and(|t| t.cap && compass(&t.lower)));
    pair && place.kind == "region"
        && k >= 2
        && doc.tokens[k - 1].lower == "the"
        && PREPOSITIONS.contains(&doc.tokens[k - 2].lower.as_str())
        && doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(place.country))
}

/// "Residents of Brandon said …" (`k` at the word after "of"): a plural noun for people who speak
/// (`speaker_nouns`: "residents", "officials", "workers") right before "of" asks for the place
/// they are of, though its name is a given name; a plural noun for things does not ("two
/// statues of David": the person).
fn speakers_before_of(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    k >= 2 && plural_speaker_noun(doc, lex, k - 2)
}

/// ("Drug firms will be paid …": a common word capitalised only because it opens the sentence,
/// before a lower-case word, is that word, not a place's other name spelt so (Durg's old name):
/// not a place's own name, which a story writes as a place at a sentence's start too, "Nice is …")
fn common_word_alias_opening(doc: &Doc, lex: &Lexicon, place: &crate::lexicon::Place, k: usize) -> bool {
    let lw = doc.tokens[k].lower.as_str();
    lex.is_common_word(lw)
        && crate::lexicon::fold(&place.name) != lw
        && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
        && doc.sentence_at(doc.tokens[k].span.start).is_some_and(|si| doc.sentences[si].tokens.0 == k)
}

/// "a Tyler Republican", "an Ocean Springs Democrat": token `k` opens a name of one or two
/// capitalised words after "a"/"an" and before "Republican" or "Democrat" (a member's home town
/// before the party's noun, as US wire copy names state legislators).
fn hometown_of_member(doc: &Doc, k: usize) -> bool {
    let member = |m: usize| doc.tokens.get(m).is_some_and(|t| t.cap && matches!(t.lower.as_str(), "republican" | "democrat"));
    k > 0
        && matches!(doc.tokens[k - 1].lower.as_str(), "a" | "an")
        && (member(k + 1) || doc.tokens.get(k + 1).is_some_and(|t| t.cap && t.kind == TokenKind::Word) && member(k + 2))
}

/// "in Galway, Limerick and Cork": token `k` stands after a comma inside a list that goes on
/// (a comma, "and" or "or" follows it), so with the place named before the comma it is
/// coordinated as "and" coordinates ("In Paris, Reading said" is no list).
fn comma_listed(doc: &Doc, k: usize) -> bool {
    doc.tokens[k - 1].lower == "," && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "," | "and" | "or"))
}

/// "German government", "Russian foreign ministry": a state body named by adjective; and
/// "Chile's central bank", "Russia's foreign ministry": by the country's name, which names
/// the same body as its adjective does ("Chilean central bank").
pub(super) fn state_bodies(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize) {
    for k in a..b {
        // ("Saudi Arabia hosted the talks. The kingdom's foreign ministry said …", "the country's
        // central bank": a word for the state and a possessive, the state named last before)
        let state_word = doc.tokens[k].lower == "the" && k + 3 < b && matches!(doc.tokens[k + 2].lower.as_str(), "'s" | "\u{2019}s") && matches!(doc.tokens[k + 1].lower.as_str(), "country" | "nation" | "kingdom");
        if !state_word && !doc.tokens[k].cap {
            continue;
        }
        // (the adjective of one or two words, "German", "South African"; or the country's name
        // and a possessive)
        let (country, body_at, possessive) = if state_word {
            match state_named_before(doc, lex, k, doc.tokens[k + 1].lower == "kingdom") {
                Some(c) => (c, k + 3, true),
                None => continue,
            }
        } else {
            match two_word_adjective(doc, lex, k).or_else(|| lex.country_adjectives.get(&doc.tokens[k].lower).map(|&c| (k + 1, c))) {
                Some((e, c)) => (c, e, false),
                // (a name of one word or more: "New Zealand's trade ministry", "Ivory Coast's foreign
                // ministry")
                None => match lex.country_names.get(&doc.tokens[k].lower).map(|c| (k + 1, c)).or_else(|| doc.tokens.get(k + 1).filter(|x| x.cap).and_then(|_| longest(doc, k, b, &lex.country_names))) {
                    Some((e, &c)) if doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) => (c, e + 1, true),
                    // ("Belarus' defence ministry", "Cyprus' central bank": a name ending in "s"
                    // takes a bare apostrophe, written against it; here it may still be a token of
                    // quotation-mark kind, so not `np::bare_apostrophe`, which asks for a word)
                    Some((e, &c)) if e == k + 1 && doc.tokens[k].lower.ends_with('s') && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'" | "\u{2019}") && t.span.start == doc.tokens[k].span.end) => (c, k + 2, true),
                    // ("Russia has criticised the court. Its foreign ministry said": "Its" opening
                    // the sentence is the state the sentence before opens with)
                    _ if k == a && doc.tokens[k].lower == "its" => match subject_state_before(doc, lex, k) {
                        Some(c) => (c, k + 1, true),
                        None => continue,
                    },
                    _ => continue,
                },
            }
        };
        if body_at >= b {
            continue;
        }
        // (after a possessive only a ministry, a central bank, a coast guard, a general staff or
        // an embassy, or a tax or maritime agency, authority or administration ("Denmark's tax
        // agency said", "Vexland's maritime administration told": a body with its own
        // spokesperson, a ship registry's): "Norway's air force", "Ukraine's government" speak for the state itself;
        // "Ukraine's general staff said" reports as a body of its own, as the capitalised name
        // does; "Chile's embassy in Rome said" is the embassy, as "the Chilean embassy" is, and
        // "an embassy spokesperson" after it speaks for it)
        let listed = state_body_at(doc, lex, body_at, b, |s| s.adjective && (!possessive || matches!(s.words.last().map(String::as_str), Some("ministry" | "bank" | "office" | "guard" | "staff" | "embassy" | "agency" | "authority" | "administration")))).filter(|_| !doc.tokens[body_at].cap);
        if let Some(end) = listed.or_else(|| portfolio_ministry(doc, lex, body_at, b)) {
            let name = national_body(lex, country, &text_of(doc, body_at, end)).unwrap_or_else(|| if possessive { format!("{} {}", lex.country_adjective(country), text_of(doc, body_at, end)) } else { text_of(doc, k, end) });
            // after a possessive the country keeps its mention and the body is named by the
            // words after it ("Chile's" | "central bank")
            let span = span_of(doc, if possessive { body_at } else { k }, end);
            let ent = doc.organisation(&name);
            doc.add_mention(span, ent, MentionKind::Name);
        }
    }
}

/// The country (its lexicon index) named last before token `t`, in its sentence or the two
/// before; with `kingdom`, only a monarchy news calls "the kingdom".
pub(super) fn state_named_before(doc: &Doc, lex: &Lexicon, t: usize, kingdom: bool) -> Option<usize> {
    state_mention_before(doc, t, kingdom, |_, iso| lex.country_by_code(iso))
}

/// The first answer of `f` (given the entity and its country code) over the countries named
/// before token `t`, last first, in its sentence or the two before; with `kingdom`, only a
/// monarchy news calls "the kingdom". Shared by `state_named_before` (the lexicon's country) and
/// the demander's "the kingdom"/"the country" (the entity).
pub(crate) fn state_mention_before<R>(doc: &Doc, t: usize, kingdom: bool, f: impl Fn(usize, &str) -> Option<R>) -> Option<R> {
    const KINGDOMS: &[&str] = &["SA", "JO", "MA", "BH", "TH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "KH", "SZ", "LS", "BT", "TO"];
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let from = doc.sentences[si.saturating_sub(2)].span.start;
    let at = doc.tokens[t].span.start;
    doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from).find_map(|m| {
        let e = &doc.entities[m.entity];
        let iso = e.country.as_deref().filter(|_| e.kind == EntityKind::Country)?;
        (!kingdom || KINGDOMS.contains(&iso)).then(|| f(m.entity, iso)).flatten()
    })
}

/// The country (its lexicon index) that opens the sentence before token `t`'s, as its subject
/// ("Russia, which …, has criticised …"; "The United States said …").
pub(super) fn subject_state_before(doc: &Doc, lex: &Lexicon, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?.checked_sub(1)?;
    let a = doc.sentences[si].tokens.0;
    let first = if doc.tokens.get(a).is_some_and(|x| x.lower == "the") { a + 1 } else { a };
    let m = doc.mention_at_token(first)?;
    let e = &doc.entities[doc.mentions[m].entity];
    (e.kind == EntityKind::Country).then(|| e.country.as_deref().and_then(|iso| lex.country_by_code(iso))).flatten()
}

/// The listed name of country `c`'s body `body` ("central bank" of the United States is the
/// Federal Reserve), so that both names make one node.
pub(super) fn national_body(lex: &Lexicon, c: usize, body: &str) -> Option<String> {
    lex.national_bodies.get(&(lex.countries[c].iso2.clone(), body.to_lowercase())).cloned()
}

/// "commerce ministry", "interior ministry", "state department" written in lower case after a
/// country's adjective ("the Chinese commerce ministry"): one or two plain words, then
/// "ministry" or "department". Returns the end of the phrase.
pub(super) fn portfolio_ministry(doc: &Doc, lex: &Lexicon, k: usize, b: usize) -> Option<usize> {
    let plain = |m: usize| doc.tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lower.len() > 2 && !lex.stopwords.contains(&t.lower));
    (k + 1..(k + 3).min(b)).find(|&h| matches!(doc.tokens[h].lower.as_str(), "ministry" | "department") && (k..h).all(plain)).map(|h| h + 1)
}

/// (a body named with a country's initials names the country as its name would: "Quarnby Aid
/// UK said …" and then "in Hythe, Kent", the English county; see `body_before_initials`)
fn body_names_country(doc: &Doc, lex: &Lexicon, iso2: &str) -> bool {
    doc.entities.iter().any(|e| {
        e.kind == EntityKind::Organization
            && e.name.rsplit_once(' ').is_some_and(|(_, w)| capitals(w, 2..=3) && lex.country_names.get(w.to_lowercase().as_str()).is_some_and(|&c| lex.countries[c].iso2 == iso2))
    })
}
