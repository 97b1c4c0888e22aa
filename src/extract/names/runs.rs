//! Parsing one capitalised run: split by lexicons and context into people, organisations, countries
//! and places.

use super::*;

/// Runs whose shape settles them before `parse_run` reads them word by word: a treaty, ship or
/// vehicle, a street, base, lake or site, a place "administered" by a state, a body taken up by
/// "which", an initialism's plural, hyphenated or "-e-" names, "AT&T", a barrister's rank, a
/// letter's or photo's credit line, a lone initial, a cartel or party before its lower-case noun,
/// a people's adjective. Each adds what it finds (or nothing, or parses the run's parts) and
/// answers true; false leaves the run to `parse_run`.
fn settled_by_shape(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
    // ("the European Convention on Human Rights": the subject of a treaty "on" it is the
    // document's name too)
    if ship_name_at(doc, i) || vehicle_model_before(doc, j) || j > i + 1 && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) || i >= 2 && doc.tokens[i - 1].lower == "on" && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[i - 2].span)) {
        return true;
    }
    // ("Indian-administered Jammu and Kashmir", "Russian-occupied Crimea": a place a list
    // knows after a compound of who rules it is a place of that whole name, as written, not a
    // person)
    // (a country's name before the participle is that country's mention already, see
    // `based_place`: "Pakistan-administered Kashmir" is left to it)
    if j > i + 1 && doc.tokens[i].lower.rsplit_once('-').is_some_and(|(h, p)| !h.is_empty() && !lex.country_names.contains_key(h) && matches!(p, "administered" | "occupied" | "controlled" | "held")) && longest(doc, i + 1, j, &lex.place_names).is_some_and(|(e, _)| e == j) {
        let name = text_of(doc, i, j);
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // ("shop windows on the Boulevard Emile Jacqmain", "along Avenue Louise": the word for a
    // street opens a French or Belgian street's name; the run is that street, not a person
    // named after the word; and "Queen Street", `royal_street`)
    if j > i + 1 && i > 0 && matches!(doc.slice(doc.tokens[i].span), "Boulevard" | "Avenue" | "Rue" | "Chaussée" | "Quai") && matches!(doc.tokens[i - 1].lower.as_str(), "the" | "on" | "in" | "along" | "at" | "near" | "down" | "up" | "from" | "to" | "into")
        || royal_street(doc, lex, i, j)
    {
        let ent = doc.unlisted_place(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // ("troops at Ramstein air base", "the Mihail Kogălniceanu air base": a run after "the" or
    // a preposition and before "air base", "naval base", "airbase" or "military base" names the
    // base's place, not a person; not a country, a people or a listed body or place ("the
    // Russian naval base", "a Marine air base"), nor a run holding a title)
    if doc.tokens.get(j).is_some_and(|t| t.lower == "airbase" || matches!(t.lower.as_str(), "air" | "naval" | "military" | "army") && doc.tokens.get(j + 1).is_some_and(|b| b.lower == "base"))
        && i > 0 && matches!(doc.tokens[i - 1].lower.as_str(), "the" | "at" | "in" | "near" | "from" | "to" | "into" | "on")
        && (i..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.demonyms.contains_key(&doc.tokens[k].lower) && !lex.country_adjectives.contains_key(&doc.tokens[k].lower))
        && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j)
        && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
        && longest(doc, i, j, &lex.country_names).is_none_or(|(e, _)| e < j)
    {
        let ent = doc.unlisted_place(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // ("levels in Lake Varnell", "the slopes of Mount Orlen": the word for a lake or mountain
    // opening a run of one or two more capitalised words names that lake or mountain, as
    // "Reservoir" ending one does; so do "Port", "Fort" and "Camp" for a town, fort or camp
    // ("Port Varnell wants …", "troops at Camp Brenlow", never a person); not when a list
    // knows the whole run as a place or a body, nor when a word for a body, a title or a
    // given name alone follows ("Lake County Council", "Lake Tom"), nor, after "Port",
    // "Fort" or "Camp", a common word ("the Camp Fire", a wildfire's name))
    if (j == i + 2 || j == i + 3) && matches!(doc.slice(doc.tokens[i].span), "Lake" | "Mount" | "Port" | "Fort" | "Camp")
        && (matches!(doc.slice(doc.tokens[i].span), "Lake" | "Mount") || (i + 1..j).all(|k| !lex.common_words.contains(doc.tokens[k].lower.as_str())))
        && (i + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && !lex.titles.contains_key(&doc.tokens[k].lower) && lex.place_heads.get(doc.slice(doc.tokens[k].span)).is_none())
        && !(j == i + 2 && lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u') && lex.surnames.get(&doc.tokens[i + 1].lower).is_none())
        && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j)
        && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
    {
        let ent = doc.unlisted_place(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // ("a Texas Republican", "Ohio Democrat Jane Roe": a place a list knows, then a
    // capitalised noun for a party's member; the place is named alone and a name after the
    // noun is a run of its own; not "the Texas Republican Party")
    if j > i + 1 {
        let member = (i + 1..j).find(|&t| matches!(doc.tokens[t].lower.as_str(), "republican" | "democrat") && doc.tokens[t].cap);
        // (nor a listed body's name the noun ends: "the Liberal Democrat MP", Liberal being
        // also a town)
        let listed = |t: usize| (i..t).any(|k| longest(doc, k, t + 1, &lex.organisations).is_some_and(|(e, _)| e == t + 1));
        if let Some(t) = member.filter(|&t| longest(doc, i, t, &lex.place_names).is_some_and(|(e, _)| e == t) && !listed(t) && doc.tokens.get(t + 1).is_none_or(|x| !matches!(x.lower.as_str(), "party" | "national" | "convention" | "caucus" | "primary"))) {
            parse_run(doc, lex, i, t, sentence_start, heading, deferred);
            if t + 1 < j {
                parse_run(doc, lex, t + 1, j, false, heading, deferred);
            }
            return true;
        }
    }
    // ("the Kerem Shalom crossing", "the Tarkan Hill dam": a name between "the" and a
    // lower-case noun for a site names that site, a place, though it reads as a person's
    // name; no list knows it as a place, a body or a country)
    if j > i + 1 && i > 0 && doc.tokens[i - 1].lower == "the" && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && SITE_NOUNS.contains(&t.lower.as_str()))
        && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j) && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j) && (i..j).all(|k| lex.country_any(&doc.tokens[k].lower).is_none())
    {
        let ent = doc.unlisted_place(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // ("Responsible Wagering Australia, which represents the bookmakers, says …": a name of
    // two words or more that "which" takes up, then speaks after the aside, is a body's; no
    // list knows it, no title opens it and no word of it is a mention already; nor a country's
    // name after the sentence's "The": "The United States, which vetoed …, said" is the state)
    if j > i + 1 && which_aside_then_cue(doc, lex, j) && (i..j).all(|k| doc.mention_at_token(k).is_none()) && title_at(doc, i, j).is_none()
        && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j) && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
        && !(doc.tokens[i].lower == "the" && longest(doc, i + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j))
    {
        // (a sentence's opening "The" is no part of the name)
        let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
        let ent = doc.organisation(&text_of(doc, s, j));
        doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
        return true;
    }
    // ("Conservative MPs said", "Kenyan NGOs warned": an initialism's plural ends a group of
    // people, never a person's name; the words before it are parsed alone)
    if j > i + 1 && plural_noun_word(doc, j - 1) {
        parse_run(doc, lex, i, j - 1, sentence_start, heading, deferred);
        return true;
    }
    if let Some(m) = portfolio_part_after_and(doc, lex, i, j) {
        if m < j {
            parse_run(doc, lex, m, j, false, heading, deferred);
        }
        return true;
    }
    // ("the Legislative Assembly R. Roe", "Party President K. Roe": a body's name or a title
    // ends where initials open a person's name; two runs)
    if j >= i + 3 {
        if let Some(m) = (i + 1..j - 1).find(|&m| dotted_initials_word(doc.slice(doc.tokens[m].span)) && lex.org_words.contains(doc.slice(doc.tokens[m - 1].span)) && person_shape(doc, lex, m, j, true)) {
            parse_run(doc, lex, i, m, sentence_start, heading, deferred);
            parse_run(doc, lex, m, j, false, heading, deferred);
            return true;
        }
    }
    // ("Minister for Climate Change Dr Jane Roe", "Minister of Health Prof. Tom Lee": the
    // field of a title's "for"/"of" ends where an honorific of a person's name opens the
    // name, one to three words after it; the field's words before it, no title among them,
    // are a run of their own)
    if j >= i + 3 {
        let name_honorific = |m: usize| matches!(doc.tokens[m].lower.as_str(), "dr" | "dr." | "prof" | "prof." | "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms.");
        if let Some(m) = (i + 1..j - 1).find(|&m| name_honorific(m)) {
            // (the "for"/"of" inside the run, after a title, or right before it)
            let field = (i..m).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "for" | "of")).map(|x| x + 1).filter(|&f| f < m && f >= i + 2 && lex.titles.contains_key(&doc.tokens[f - 2].lower))
                .or_else(|| (i > 0 && matches!(doc.tokens[i - 1].lower.as_str(), "for" | "of")).then_some(i));
            if field.is_some_and(|f| (f..m).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none())) && j - m <= 4 && (m + 1..j).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none()) {
                parse_run(doc, lex, i, m, sentence_start, heading, deferred);
                parse_run(doc, lex, m, j, false, heading, deferred);
                return true;
            }
        }
    }
    // "Sen. Jane Roe, D-Ohio, said", "(R-New Mexico)": a party's initial and a US state after
    // a comma or bracket name the state the member sits for
    if party_state_tag(doc, lex, i, j) {
        return true;
    }
    // "a new Roe-Varga call", "US-Peru talks": names joined by hyphens, each a country or
    // a person the story named in full, are each named (not "Guinea-Bissau", a name whole)
    // ("Jamaat-e-Islami said", "Lashkar-e-Taiba denied": capitalised words joined by the
    // Persian and Urdu "-e-" or "-i-" of a name of parts, no place a list knows, name a
    // movement or party; "-ul-" also joins given names, "Zia-ul-Haq", and is left)
    if j == i + 1 && doc.mention_at_token(i).is_none() && izafat_name(doc.slice(doc.tokens[i].span)) && !lex.place_names.contains_key(&doc.tokens[i].lower) && doc.people_named_in_full(doc.slice(doc.tokens[i].span)).next().is_none() {
        let word = doc.slice(doc.tokens[i].span).to_string();
        let ent = doc.organisation(&word);
        doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
        return true;
    }
    if j == i + 1 && hyphenated_names(doc, lex, i) {
        return true;
    }
    // "AT&T", "M&S": capitals joined by an ampersand name a company, never a person
    if j == i + 1 && doc.tokens[i].lower.contains('&') {
        let ent = doc.organisation(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // "Shares of Quillmart Motor fell": the company's shares, opening the sentence
    if sentence_start && j > i + 2 && matches!(doc.tokens[i].lower.as_str(), "shares" | "stocks") && doc.tokens[i + 1].lower == "of" {
        parse_run(doc, lex, i + 2, j, false, heading, deferred);
        return true;
    }
    // "Jane Roe KC", "Olufemi Adekunle-Davies SAN": a barrister's rank after the name is no
    // part of it (a comma or a cue after it)
    if j >= i + 3 && matches!(doc.slice(doc.tokens[j - 1].span), "QC" | "KC" | "SAN" | "SC") && doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "," | ")" | ".") || lex.cues.contains_key(&x.lower)) {
        parse_run(doc, lex, i, j - 1, sentence_start, heading, deferred);
        // (the mention covers the rank, so that what ends at the comma is the person's name)
        if let Some(m) = doc.mention_at_token(j - 2).filter(|&m| doc.mentions[m].span.end == doc.tokens[j - 2].span.end && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
            if doc.mention_at_token(j - 1).is_none() {
                doc.mentions[m].span.end = doc.tokens[j - 1].span.end;
            }
        }
        return true;
    }
    if !heading && quote_credit(doc, lex, i, j) {
        let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    if j == i + 1 && (!heading && addressed_alone(doc, lex, i) || line_opening_name(doc, lex, i)) && doc.mention_at_token(i).is_none() {
        let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return true;
    }
    // "Dana Jo Quarby <jquarby@…>", "Dana Jo Quarby 01/24/2001": a given name the article
    // uses alone elsewhere ("Dana:", "Thanks, Dana"), before another given name and a
    // surname that a mail header's address or date follows, is a letter's sign-off before
    // the next header's sender, on one line
    if !heading && (i + 3..=i + 4).contains(&j) && header_after(doc, j) && given_alone_elsewhere(doc, lex, i)
        && (lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, i + 1, j, true) || lex.census_given.contains(&doc.tokens[i + 1].lower) && name_like(doc, lex, i + 2, j))
        && longest(doc, i, j, &lex.organisations).is_none()
    {
        let ent = doc.person(&text_of(doc, i, i + 1), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, i + 1), ent, MentionKind::Name);
        let ent = doc.person(&text_of(doc, i + 1, j), doc.tokens[i + 1].span.start);
        doc.add_mention(span_of(doc, i + 1, j), ent, MentionKind::Name);
        return true;
    }
    // "Dana Quarby Tolvan Vexby 09/08/2000 09:55 AM": a letter's closing name, then the next
    // header's sender, on one line: two given names, each before a surname, and a date or an
    // address after
    let listed_given = |t: usize| lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[t].lower);
    if j == i + 4 && header_after(doc, j) && listed_given(i) && listed_given(i + 2) && person_shape(doc, lex, i, i + 2, true) && person_shape(doc, lex, i + 2, j, true)
        && longest(doc, i, j, &lex.organisations).is_none()
    {
        for (a, e) in [(i, i + 2), (i + 2, j)] {
            let ent = doc.person(&text_of(doc, a, e), doc.tokens[a].span.start);
            doc.add_mention(span_of(doc, a, e), ent, MentionKind::Name);
        }
        return true;
    }
    // "Tolvan Quarby Senior Regulatory Counsel Vexmoor Power Inc.": a signature's name, then
    // the writer's job and firm on the same run (a line that lost its breaks)
    if !heading && j >= i + 3 && doc.tokens[i].cap && lex.first_names.get(&doc.tokens[i].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[i].lower)
        && longest(doc, i, j, &lex.organisations).is_none()
    {
        let job = |m: usize| {
            let lw = doc.tokens[m].lower.as_str();
            // (offices only: a name may end in a royal title's word, "Tomas Ansel King")
            doc.tokens[m].cap && (lex.titles.get(lw).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || SIGNATURE_JOBS.contains(&lw))
        };
        if let Some(m) = (i + 2..(i + 5).min(j)).find(|&m| job(m)).filter(|&m| !(i..m).any(|x| job(x)) && person_shape(doc, lex, i, m, true)) {
            // (the job's words, up to its last job word, are no part of the firm after it:
            // "Senior Regulatory Counsel Vexmoor Power Inc.")
            let rest = (m..(m + 4).min(j)).rev().find(|&x| job(x)).map_or(m, |x| x + 1);
            let ent = doc.person(&text_of(doc, i, m), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, m), ent, MentionKind::Name);
            if rest < j {
                parse_run(doc, lex, rest, j, false, heading, deferred);
            }
            return true;
        }
    }
    // "Jane Roe Vexmoor President Tolvan Quarby shakes hands …": a photo credit's name before a
    // caption's office and holder; "Jane K. Roe Quarnby Wholesale Services": a signature's
    // name before the writer's firm, on one run. The run opens with a listed given name and
    // a person's shape of two or three words; then comes a country's name or adjective or
    // none and an office's title, or a firm: two words or more, the first no common word, given name or
    // place, the last an organisation's word, a business head or a designator, or a listed
    // organisation's name first. (A line of its own, which reads as a heading, may be a
    // signature: the firm is asked for there too, the caption's office not.)
    if j >= i + 4 && lex.first_names.get(&doc.tokens[i].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[i].lower)
        && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < i + 2)
    {
        let office = |m: usize| doc.tokens[m].cap && lex.titles.get(&doc.tokens[m].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
        let caption = |m: usize| {
            let t = longest(doc, m, j, &lex.country_names).map_or(m, |(e, _)| e);
            let t = if t == m && lex.country_adjectives.contains_key(&doc.tokens[m].lower) { m + 1 } else { t };
            t + 1 < j && office(t) && is_cap_word(doc, t + 1)
        };
        let firm = |m: usize| {
            let w = &doc.tokens[m];
            let last = doc.slice(doc.tokens[j - 1].span);
            j >= m + 2 && w.kind == TokenKind::Word && !lex.is_common_word(&w.lower) && !lex.first_names.contains_key(&w.lower) && !lex.place_names.contains_key(&w.lower) && lex.country_any(&w.lower).is_none()
                && (lex.org_words.contains(last) || lex.company_heads.contains(last) || DESIGNATORS.contains(&last) || longest(doc, m, j, &lex.organisations).is_some_and(|(e, _)| e >= m + 2))
                && !lex.titles.contains_key(&doc.tokens[j - 1].lower)
                && !(m..j).any(|x| doc.tokens[x].lower == "of")
        };
        let split = (i + 2..=(i + 3).min(j - 2)).find(|&m| (i..m).all(|x| is_cap_word(doc, x)) && person_shape(doc, lex, i, m, true) && !(i..m).any(office) && (!heading && caption(m) || firm(m)));
        if let Some(m) = split {
            let ent = doc.person(&text_of(doc, i, m), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, m), ent, MentionKind::Name);
            parse_run(doc, lex, m, j, false, heading, deferred);
            return true;
        }
    }
    // "… 24, Quarnby E17 Tolvan Brask, 30, …": the town (and postal district) of the list's
    // entry before, then the next entry's name and age, on one run
    // (not a run that is a person's name itself: "Marion Quarby Vexley, 59," opens with a
    // given name that a town bears)
    if j >= i + 3 && age_follows(doc, j) && !lex.first_names.contains_key(&doc.tokens[i].lower) && !person_shape(doc, lex, i, j, true) {
        if let Some((e, _)) = longest(doc, i, j, &lex.place_names) {
            let s = if e < j && postal_district(doc.slice(doc.tokens[e].span)) { e + 1 } else { e };
            if (2..=4).contains(&(j - s)) && (person_shape(doc, lex, s, j, true) || name_like(doc, lex, s, j)) {
                parse_run(doc, lex, i, e, sentence_start, heading, deferred);
                let ent = doc.person(&text_of(doc, s, j), doc.tokens[s].span.start);
                doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
                return true;
            }
        }
    }
    // a lone initial ("said in X.", "Plan B") is never a name on its own, unless a listed
    // organisation's ("the G7", "the G20 meeting")
    if j == i + 1 && doc.slice(doc.tokens[i].span).chars().filter(|c| c.is_alphabetic()).count() < 2 {
        if let Some(canon) = lex.organisations.get(&doc.tokens[i].lower) {
            let ent = doc.organisation(&canon.clone());
            doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
        }
        return true;
    }
    // "the Juarez cartel", "the Barrio Azteca gang": a criminal organisation named by a place
    // or name and a lower-case head (not a listed organisation or country: "the OPEC cartel"
    // is OPEC)
    if j <= i + 3 && i > 0 && doc.tokens[i - 1].lower == "the" && doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "cartel" | "gang") && !t.cap)
        && longest(doc, i, j, &lex.organisations).is_none() && longest(doc, i, j, &lex.country_names).is_none()
        && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word)
    {
        let ent = doc.organisation(&text_of(doc, i, j + 1));
        doc.add_mention(span_of(doc, i, j + 1), ent, MentionKind::Name);
        return true;
    }
    // "the opposition Ghana Nkabom party": a country's name, then words that are no common
    // words nor a listed name, before a lower-case "party", name the party whole (not "the US
    // Republican party")
    if j <= i + 4 && doc.tokens.get(j).is_some_and(|t| t.lower == "party" && !t.cap) && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word) {
        if let Some((e, _)) = longest(doc, i, j, &lex.country_names).filter(|&(e, _)| e < j) {
            let unknown = (e..j).all(|m| !lex.is_common_word(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.country_adjectives.contains_key(&doc.tokens[m].lower));
            if unknown && longest(doc, e, j, &lex.organisations).is_none() {
                let ent = doc.organisation(&text_of(doc, i, j));
                doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
                return true;
            }
        }
    }
    // a people's or faith's adjective ends no name before a lower-case word ("Arab states",
    // "ministers of Arab states": "states" is no cue here); a listed name holding one stays
    // whole ("the Arab League")
    if lex.peoples.contains(&doc.tokens[j - 1].lower) && doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word) && !longest(doc, i, j, &lex.organisations).is_some_and(|(e, _)| e == j) {
        let mut e = j - 1;
        while e > i && connector(&doc.tokens[e - 1].lower) {
            e -= 1;
        }
        if e > i {
            parse_run(doc, lex, i, e, sentence_start, heading, deferred);
        }
        return true;
    }
    false
}

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
    // ("Jan Egeland": a month's abbreviation that is a given name, before a capitalised word)
    // (not before a month: "Thu March 13" is a date)
    let given_month = |k: usize| {
        k + 1 < j && doc.tokens[k].lower.len() == 3 && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !doc.slice(doc.tokens[k + 1].span).ends_with('.') && !crate::lexicon::is_month_or_abbreviation(&doc.tokens[k + 1].lower)
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
        if (lex.titles.contains_key(next) || lex.first_names.get(next).is_some_and(|g| *g != 'u') && !lex.is_common_word(next) || participle || initials) && !listed() && !listed_place() {
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
        let chained = title_at(doc, k, j).is_none().then(|| title_chain(doc, lex, k, j)).flatten().map(|(_, e)| e).filter(|&e| {
            (e + 2..j.min(e + 5)).find(|&m| doc.tokens[m].lower == "of").is_some_and(|of| longest(doc, of + 1, j, &lex.place_names).is_some_and(|(x, _)| x == j) || longest(doc, of + 1, j, &lex.country_names).is_some_and(|(x, _)| x == j))
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

/// Titles, offices, organisations and names inside the run from `k`, each recorded as it is
/// read; `None` when the run is used up, else where the one name left starts and whether a
/// title before it names its holder.
#[allow(clippy::too_many_arguments)]
fn names_and_titles(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, mut k: usize, run_start: usize, mut titled: bool, no_holiday_at: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) -> Option<(usize, bool)> {
    // start of the words not yet taken as a name or title (adjectives stay in it)
    let mut seg = k;
    // (the token right after a title read in this run: a holder's name opens there)
    let mut after_title = usize::MAX;
    while k < j {
        if let Some(e) = (k != no_holiday_at).then(|| holiday_cover(doc, lex, k)).flatten() {
            k = e;
            seg = k;
            continue;
        }
        // "Homeland Security Secretary Jeh Johnson", "Bank of America CEO Jane Roe": an
        // office's owner, the office, then the holder's name
        if !lex.country_adjectives.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_none() {
            if let Some((h, e)) = title_chain(doc, lex, seg, j) {
                // ("Health and Human Services Secretary X", "Energy and Natural Resources
                // Minister X": common words after "and" and a field before it are the second
                // field of one portfolio, no body of their own)
                let joined = seg >= 2 && doc.tokens[seg - 1].lower == "and" && !doc.tokens[seg - 1].cap && portfolio_word(doc, lex, seg - 2) && (seg..h).all(|m| is_cap_word(doc, m) && lex.is_common_word(&doc.tokens[m].lower));
                if !joined && !region_office_owner(doc, lex, seg, h) {
                    parse_run(doc, lex, seg, h, sentence_start && seg == i, heading, deferred);
                    owner_organisation(doc, lex, seg, h);
                }
                let ent = doc.person(&text_of(doc, e, j), doc.tokens[e].span.start);
                doc.add_mention(span_of(doc, e, j), ent, MentionKind::Name);
                return None;
            }
        }
        // "Environment Vexmoor", "Tennis Vexmoor", "Team Vexmoor": a national agency or body
        // named by its field and its country
        // (also "Statistics Korea": one word that a listed country's name of two words ends in
        // after a compass point, "North Korea", "South Korea", stands for the country there)
        let compass_tail = |m: usize| {
            let w = doc.slice(doc.tokens[m].span);
            lex.countries.iter().any(|c| c.name.split_once(' ').is_some_and(|(a, b)| matches!(a, "North" | "South" | "East" | "West") && b == w))
        };
        if k + 1 < j && AGENCY_FIELDS.contains(&doc.slice(doc.tokens[k].span)) && (longest(doc, k + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j) || j == k + 2 && compass_tail(k + 1)) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return None;
        }
        // "FC Chester": a club, also when its town is a given name (which the context rules
        // of `orgs/` leave alone); "PT Sulawesi Nikel" a company, also when a place or a
        // given name follows the designator
        if k == run_start && k + 1 < j && (CLUB_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) || COMPANY_PREFIXES.contains(&doc.slice(doc.tokens[k].span))) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return None;
        }
        // "Co Mayo", "County Clare": an Irish (or British) county named after its head
        // word is a region ("Co" is no company's designator before a name)
        if k == run_start {
            if let Some(a) = county_before(doc, lex, k, j) {
                mention_place(doc, lex, a, j, true);
                return None;
            }
        }
        // "Vexmoor County", "Ford County": a name and a region's head word make a region,
        // also where the name alone is a company's or opens a sentence
        // (and where a title-like word opens the name, a name word after it: "Prince Quarn
        // County" is a county, not a person "Quarn County" titled Prince)
        if k == run_start && k + 1 < j && REGION_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) && (k..j - 1).all(|m| region_name_word(doc, lex, m) || m == k && j >= k + 3 && titled_region_word(doc, lex, m)) {
            mention_place(doc, lex, k, j, true);
            return None;
        }
        // "Old Goa", "Upper Vexmoor", "West Africa", "Lake Chad" (a listed place after the
        // prefix, the whole unlisted): a place of its own
        let whole = || fold(&text_of(doc, k, j));
        if k == run_start && k + 1 < j && PLACE_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) && lex.place_names.get(&whole()).is_none() && lex.country_names.get(&whole()).is_none() {
            let rest = fold(&text_of(doc, k + 1, j));
            if lex.place_names.contains_key(&rest) || lex.country_names.contains_key(&rest) {
                let ent = doc.unlisted_place(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                return None;
            }
        }
        // "the Gulf of Quarn", "the Strait of Vexmoor", "Cape of Good Hope": a sea, strait,
        // bay or cape of a name is a place (listed or not)
        if k == run_start && j >= k + 3 && WATER_OF.contains(&doc.slice(doc.tokens[k].span)) && doc.tokens[k + 1].lower == "of" && !doc.tokens[k + 1].cap {
            mention_place(doc, lex, k, j, false);
            return None;
        }
        // a country's full name ("Russian Federation", "United Arab Emirates") before anything else
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names).filter(|(e, _)| *e == j) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            return None;
        }
        // "the Institute", "the Division": a generic head alone refers back, it names nothing
        // (nor does a company's designator alone: "she set up two L.L.C.s")
        if j == k + 1 && lone_head(doc.slice(doc.tokens[k].span)) {
            return None;
        }
        // an organisation whose head word ends the run keeps its adjective: "Russian Ministry of Defense"
        // "University of Vexmoor Quarnel Jane Roe": an organisation "X of Y", then a person
        // named in full (the person's first word a given name, not right after "of"; or
        // a name no lexicon knows after places alone: "University of Ohio Dayton Quenby Tazwell")
        if j >= k + 5 && !lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && ends_in_org_word(doc, lex, k, j) {
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[m].lower);
            let split = (k + 3..j - 1).find(|&m| {
                !matches!(doc.tokens[m - 1].lower.as_str(), "of" | "the" | "for" | "and")
                    && (given(m) && person_shape(doc, lex, m, j, true) || places_then_name(doc, lex, k, m, j))
                    && ends_in_org_word(doc, lex, k, m)
            });
            if let Some(m) = split {
                let ent = doc.organisation(&text_of(doc, k, m));
                doc.add_mention(span_of(doc, k, m), ent, MentionKind::Name);
                let ent = doc.person(&text_of(doc, m, j), doc.tokens[m].span.start);
                doc.add_mention(span_of(doc, m, j), ent, MentionKind::Name);
                return None;
            }
        }
        // ("the Quidball Hall of Fame": a hall of fame is a body that inducts people)
        let hall_of_fame = j >= k + 4 && (j - 3..j).map(|m| doc.tokens[m].lower.as_str()).eq(["hall", "of", "fame"]);
        // ("Quarnby Energy", "Tolvan Logistics": a business's name ends in a word of trade,
        // after a word that is no common word; not in a title-case line)
        // (a common word before the word of trade, "Harbour Energy, the country's largest
        // supplier, said", "Falcon Energy, one of the utilities that …": a comma and an
        // apposition that says it is a business name one)
        let company = j >= k + 2 && !heading && lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span)) && ((k..j - 1).any(|m| doc.tokens[m].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[m].lower)) || business_apposition_follows(doc, j));
        // ("Air Vexmoor": an airline named "Air" and its country or a name)
        let airline = j == k + 2 && !heading && doc.slice(doc.tokens[k].span) == "Air" && doc.tokens[k + 1].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[k + 1].lower) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span)) && !lex.titles.contains_key(&doc.tokens[k + 1].lower);
        // ("Insurance premiums rose", "Television ratings fell": a common word that is an
        // organisation's head, alone at the start of a sentence before a lower-case word that
        // is no cue, modifies that word; a state's body keeps its name: "Parliament voted")
        let modifier = j == k + 1
            && lex.org_words.contains(doc.slice(doc.tokens[k].span))
            && sentence_start
            && k == i
            && lex.is_common_word(&doc.tokens[k].lower)
            && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !lex.cues.contains_key(&t.lower) && !lex.stopwords.contains(&t.lower))
            && state_body_at(doc, lex, k, j, |_| true).is_none();
        if modifier {
            return None;
        }
        // ("the House of Commons", "the House of Representatives": a state's body of several
        // words, capitalised, whatever its last word)
        let state_body = j > k + 1 && state_body_at(doc, lex, k, j, |_| true) == Some(j);
        // ("Minister of Energy and Mineral Resources, Jane Roe,": an office "of" a portfolio
        // whose last word is an organisation's names the office, no organisation)
        if j >= k + 3 && doc.tokens[k + 1].lower == "of" && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && doc.tokens.get(j).is_some_and(|t| t.lower == ",") && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && !state_body {
            return None;
        }
        // ("Jane Roe, CEO of Vexmoor Energy, said": an office of one word, "of" and a body's name
        // is no body "CEO of Vexmoor Energy"; the body is named after "of")
        if j >= k + 3 && doc.tokens[k + 1].lower == "of" && !state_body && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && title_at(doc, k, j).is_some_and(|(e, _)| e == k + 1) {
            let s = if doc.tokens[k + 2].lower == "the" { k + 3 } else { k + 2 };
            if s < j && (lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) || lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span))) {
                parse_run(doc, lex, s, j, false, heading, deferred);
                return None;
            }
        }
        // ("the Kenya Red Cross", "the Philippine Red Cross": a national society, named by its
        // country or its adjective, is a body of its own, not the country and the movement)
        let national_society = j >= k + 3
            && doc.tokens[j - 2].lower == "red"
            && matches!(doc.tokens[j - 1].lower.as_str(), "cross" | "crescent")
            && (longest(doc, k, j - 2, &lex.country_names).is_some_and(|(e, _)| e == j - 2) || j == k + 3 && lex.country_adjectives.contains_key(&doc.tokens[k].lower));
        // ("Zimbabwe Lawyers for Human Rights", "Kenya Doctors for Change": a country's name, a
        // capitalised plural noun for people and "for" or "against" and its cause name a body of
        // its own, not the country and "Lawyers for …")
        let people_for = longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| {
            let w = doc.tokens.get(e).map_or("", |x| x.lower.as_str());
            e + 2 < j
                && doc.tokens[e].cap
                && w.len() > 3
                && w.ends_with('s')
                && (lex.person_nouns.contains(&w[..w.len() - 1]) || lex.speaker_nouns.contains(w))
                && matches!(doc.tokens[e + 1].lower.as_str(), "for" | "against")
                && !doc.tokens[e + 1].cap
        });
        if lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower) || ends_in_org_word(doc, lex, k, j) || college_of_town(doc, lex, k, j) || hall_of_fame || company || airline || state_body || national_society || people_for || party_plural(doc, k, j) {
            // a leading country name or adjective stays in the name: "Montenegro Assembly",
            // "Russian Ministry of Defense"
            let name = text_of(doc, k, j);
            let e = match lex.institutions.get(&fold(&name)) {
                Some((canon, iso)) => doc.institution(&canon.clone(), &iso.clone()),
                None => doc.organisation(&name),
            };
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return None;
        }
        // (unless a listed organisation's name runs further: "USA Today", "Russia Today"; or
        // the country is a given name before a surname: "Defence Minister Israel Katz",
        // "Jordan Bardella said")
        // (a speech cue right after the two words, or "said" right before them)
        // (not a body named by its country and its trade: "Georgia Power said", "Kenya Today says")
        const TRADES: &[&str] = &["tech", "power", "today", "daily", "telecom", "energy", "gas", "inter", "electric", "water", "petroleum", "oil", "mining", "steel", "motors", "airlines", "air", "rail", "railways", "online", "tv", "mobile", "state"];
        let speech_next = (cue_follows(doc, j) || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "said" | "says" | "added")) && j == k + 2 && !TRADES.contains(&doc.tokens[k + 1].lower.as_str());
        let given_name_first = |e: usize| {
            let (w, next) = (&doc.tokens[k].lower, &doc.tokens[e].lower);
            e == k + 1
                && e + 1 == j
                && (lex.first_names.get(w).is_some_and(|g| *g != 'u') || lex.census_given.contains(w))
                && !lex.org_words.contains(doc.slice(doc.tokens[e].span))
                && !lex.place_names.contains_key(next)
                && lex.country_any(next).is_none()
                && !lex.titles.contains_key(next)
                && (titled || lex.surnames.get(next).is_some_and(|&r| r <= 20_000) && !lex.is_common_word(next) || appositive_title_follows(doc, e + 1) || speech_next)
        };
        // ("Jordan Pike said", "said Chad Miller": then the two words are a person's name)
        if longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| given_name_first(e)) && longest(doc, k, j, &lex.organisations).is_none() {
            let ent = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return None;
        }
        // ("Georgia Power said", "Kenya Airways": a country's name and a utility's trade alone
        // name a company, not the country and a person "Power")
        if j == k + 2 && longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e == k + 1) && utility_name(doc, lex, k, j) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return None;
        }
        // (nor where the whole run is a listed place: "Guatemala City", "Hong Kong Island")
        let listed_whole = || lex.place_names.contains_key(&fold(&text_of(doc, k, j)));
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names).filter(|&(e, _)| longest(doc, k, j, &lex.organisations).is_none_or(|(oe, _)| oe <= e) && !given_name_first(e) && (e == j || !listed_whole())) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            // "Ambassador to the United States Jane Roe": an office to or of the country,
            // then its holder's name
            if k == run_start && e < j && office_before(doc, lex, k) {
                titled = true;
            }
            k = e;
            continue;
        }
        // "Ambassador to Lisbon Jane Roe": an office posted to a listed city, then its holder's
        // name (the city is no part of it)
        if k == run_start && office_before(doc, lex, k) {
            // (a known given name first, whatever else its words may be: "Ruth", "Karen")
            let given = |e: usize| {
                lex.first_names.get(&doc.tokens[e].lower).is_some_and(|g| *g != 'u')
                    && (e + 1..j).all(|m| doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word && !lex.titles.contains_key(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.org_words.contains(doc.slice(doc.tokens[m].span)))
            };
            if let Some((e, p)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| (2..=3).contains(&(j - e)) && (name_like(doc, lex, e, j) || given(e))) {
                let ent = doc.place(p[0], false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                titled = true;
                k = e;
                continue;
            }
        }
        // ("Georgian Dream", "Croatian Democratic Union": a listed organisation's name that
        // opens with a country's adjective keeps it)
        if lex.country_adjectives.contains_key(&doc.tokens[k].lower) && !longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1) {
            // ("the Kenyan Red Cross", "Turkish Red Crescent Society": a national society of the
            // movement is an organisation of its own, named with its adjective; it is not the
            // International Committee that "Red Cross" alone stands for)
            let rest = if j >= k + 3 && j <= k + 4 { text_of(doc, k + 1, j).to_lowercase() } else { String::new() };
            if matches!(rest.as_str(), "red cross" | "red crescent" | "red cross society" | "red crescent society") {
                let e = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
                return None;
            }
            // ("British American Tobacco said", "a spokesperson for British American Tobacco":
            // adjectives of countries and one capitalised common noun, no title nor noun for
            // people, that speak name a company, not a person "Tobacco")
            let m = (k..j).find(|&m| !lex.country_adjectives.contains_key(&doc.tokens[m].lower)).unwrap_or(j);
            let w = doc.tokens.get(m).map(|t| t.lower.as_str()).unwrap_or_default();
            let speaks = doc.tokens.get(j).is_some_and(|t| lex.cues.contains_key(&t.lower)) || k >= 2 && matches!(doc.tokens[k - 1].lower.as_str(), "for" | "at") && lex.speaker_nouns.contains(&doc.tokens[k - 2].lower);
            if speaks && m + 1 == j && m > k && lex.is_common_word(w) && !lex.titles.contains_key(w) && !lex.person_nouns.contains(w) && !lex.speaker_nouns.contains(w) && !lex.first_names.contains_key(w) && longest(doc, k, j, &lex.place_names).is_none_or(|(e, _)| e < j) && doc.mention_at_token(m).is_none() {
                let e = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
                return None;
            }
            // ("Its president, Danish Singh, said": a nationality adjective as a given name, then
            // a listed surname, set off by commas right after a title or a noun for a person
            // that a possessive or "the" owns)
            let apposed = k >= 3 && doc.tokens[k - 1].lower == "," && !doc.tokens[k - 2].cap
                && (lex.titles.contains_key(&doc.tokens[k - 2].lower) || lex.person_nouns.contains(&doc.tokens[k - 2].lower)) && super::shapes::owner_word(&doc.tokens[k - 3].lower)
                && doc.tokens.get(j).is_some_and(|t| t.lower == ",");
            let last = doc.tokens[k + 1].lower.as_str();
            if j == k + 2 && apposed && lex.surnames.contains_key(last) && !lex.is_common_word(last) && lex.place_names.get(last).is_none() && lex.country_any(last).is_none() && !lex.country_adjectives.contains_key(last) && longest(doc, k, j, &lex.organisations).is_none() {
                let e = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
                doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
                return None;
            }
            // ("Rep. French Hill, the Arkansas Republican, said", "Senator Irish Doyle said": a
            // nationality adjective right after a title, then one capitalised word closing the
            // run, is the holder's given name and surname; no adjective of a body or a people)
            let word = |m: usize| doc.tokens[m].kind == TokenKind::Word && doc.tokens[m].cap;
            if titled && k == after_title && j == k + 2 && word(k + 1)
                && !lex.country_adjectives.contains_key(last) && lex.country_any(last).is_none() && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span))
                && !lex.titles.contains_key(last) && !lex.peoples.contains(last)
                && longest(doc, k, j, &lex.organisations).is_none() && longest(doc, k, j, &lex.place_names).is_none()
                && doc.mention_at_token(k + 1).is_none()
            {
                let e = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
                doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
                return None;
            }
            // an adjective before more of the name: roles take the country it names
            k += 1;
            continue;
        }
        // (an adjective of two words names its country: "South African", "North Korean")
        if let Some((e, c)) = two_word_adjective(doc, lex, k).filter(|&(e, _)| e < j) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            continue;
        }
        if let Some((e, (canon, iso))) = longest(doc, k, j, &lex.institutions) {
            let ent = doc.institution(&canon.clone(), &iso.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            seg = k;
            continue;
        }
        // "through the Amazon", "the Brazilian Amazon": a listed organisation's name that is
        // also a region's, after a preposition and "the" or after a country's adjective, is the
        // region ("Amazon said", "the Amazon founder" stay the company)
        if let Some((e, places)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| e == j && longest(doc, k, j, &lex.organisations).is_some_and(|(oe, _)| oe == e)) {
            let located = k >= 2 && doc.tokens[k - 1].lower == "the" && PREPOSITIONS.contains(&doc.tokens[k - 2].lower.as_str()) && doc.tokens.get(e).is_none_or(|t| t.cap || t.kind != TokenKind::Word);
            let adjective = k >= 1 && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower);
            if let Some(&p) = places.iter().find(|&&p| matches!(lex.places[p].kind, "world region" | "region")).filter(|_| located || adjective) {
                let ent = doc.place(p, false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                k = e;
                seg = k;
                continue;
            }
        }
        if let Some((e, canon)) = longest(doc, k, j, &lex.organisations).filter(|&(e, _)| !verb_with_particle(doc, lex, k, e) && !portfolio_before_office(doc, k, e)) {
            // "Amnesty International Kenya", "Save the Children UK": a country's name closing
            // the run after an organisation's names its branch there, not the country
            // (before a verb or a comma: "the European Union Brazil summit" is of both)
            // ("the European Council on Tax Policy": a known name and a field after "on" are
            // another body's name)
            if e < j && field_after_on(doc, lex, e, j) == Some(j) {
                let ent = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                k = j;
                seg = k;
                continue;
            }
            // (or its possessive: "Amnesty International Kenya's director")
            // (or a speech cue: "said", "urged", "Amnesty International Nigeria described it as …")
            let cue = |t: &crate::model::Token| t.kind == TokenKind::Word && lex.cues.contains_key(&t.lower);
            let closes = |ce: usize| doc.tokens.get(ce).is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "has" | "had" | "is" | "was" | "'s" | "’s") || cue(t));
            // (a name of one word only before a verb: "Greenpeace Brazil called the plan …", or
            // opening the sentence before "has", "is", "'s" or a comma: "Greenpeace UK has …";
            // or after "at", "of", "for", "from": "a campaigner at Greenpeace UK, said …";
            // "told Reuters Ukraine had …" is the outlet and the country)
            let acts = |ce: usize| doc.tokens.get(ce).is_some_and(cue);
            // (a continent's or world region's too: "Human Rights Watch Asia said")
            let branch_end = longest(doc, e, j, &lex.country_names).map(|(ce, _)| ce).or_else(|| (e < j && world_region_at(doc, lex, e, j)).then_some(j));
            if let Some(ce) = branch_end.filter(|&ce| ce == j && (e > k + 1 && closes(ce) || e == k + 1 && (acts(ce) || (sentence_start && k == i || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "at" | "of" | "for" | "from")) && closes(ce)))) {
                let ent = doc.organisation(&format!("{canon} {}", text_of(doc, e, ce)));
                doc.add_mention(span_of(doc, k, ce), ent, MentionKind::Name);
                k = ce;
                seg = k;
                continue;
            }
            let ent = doc.organisation(&canon.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            seg = k;
            continue;
        }
        if let Some((e, office)) = title_at(doc, k, j) {
            // ("the rights group Water Justice Africa": a title whose run ends in a continent
            // or world region alone names a body, not a person "Africa")
            if e < j && world_region_at(doc, lex, e, j) {
                let ent = doc.organisation(&text_of(doc, run_start, j));
                doc.add_mention(span_of(doc, run_start, j), ent, MentionKind::Name);
                return None;
            }
            // "Major League Soccer": a title word opening an organisation's name, whose
            // words after it hold an organisation word and no given name
            let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
            if k == run_start && e < j && (e..j).any(org_word) && !(e..j).any(given) {
                let ent = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                return None;
            }
            // ("King Abdulaziz International Airport", "Imam Hussein Square": a title word
            // opening a run that ends in a word for a place or building that is no surname
            // names the place after its holder, title and all; nobody holds the title)
            if k == run_start && e < j && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some_and(|&surname| !surname) {
                mention_place(doc, lex, k, j, false);
                return None;
            }
            // ("the General Data Protection Regulation": a title word opening a run of two or
            // more common words, no given name or surname among them, names a law or a
            // body's programme, no person)
            let plain = |m: usize| lex.is_common_word(&doc.tokens[m].lower) && !given(m) && !lex.surnames.get(&doc.tokens[m].lower).is_some_and(|&r| r <= 20_000);
            // ("Head Start programs": "head" opens no name of its own, only "head of …" does,
            // so one common word after it is a name's too)
            // (not a nationality adjective and one word closing the run, which the adjective
            // rule below reads as the holder's name: "Rep. French Hill, the …, said")
            let adjective_named = e + 2 == j && lex.country_adjectives.contains_key(&doc.tokens[e].lower) && doc.tokens.get(j).is_none_or(|t| !t.cap);
            if k == run_start && (e + 2 <= j || e + 1 == j && office == "head") && (e..j).all(plain) && !adjective_named {
                return None;
            }
            // ("Vexmoor Foreign Ministry Spokeswoman X": a state body written after a country's
            // adjective opens the title and owns the office: the body, named as that state's,
            // its words its mention)
            if e < j && k > 0 && doc.tokens[k].cap {
                let adjective = lex.country_adjectives.get(&doc.tokens[k - 1].lower).copied().or_else(|| k.checked_sub(2).and_then(|a| two_word_adjective(doc, lex, a)).filter(|&(ae, _)| ae == k).map(|(_, c)| c));
                if let Some(c) = adjective {
                    if let Some(be) = state_body_at(doc, lex, k, e, |s| s.adjective).filter(|&be| be < e && doc.mention_at_token(k).is_none()) {
                        let body = text_of(doc, k, be);
                        let name = national_body(lex, c, &body).unwrap_or_else(|| format!("{} {}", lex.country_adjective(c), body));
                        let ent = doc.organisation(&name);
                        doc.add_mention(span_of(doc, k, be), ent, MentionKind::Name);
                    }
                }
            }
            titled = e < j;
            k = e;
            after_title = e;
            // "President of Vexmoor Jane Roe", "Governor General of Canada": what the office
            // is of is a name of its own, not the start of the holder's
            if k + 1 < j && matches!(doc.tokens[k].lower.as_str(), "of" | "for") && !doc.tokens[k].cap {
                k += 1;
                // what follows is what the office is of, not its holder ("Mayor of Brampton")
                titled = false;
                // (not a one-word place spelt as a common word that opens a portfolio of
                // common words: "Commissioner for Human Rights X", where "Human" is also a
                // town's other name)
                let portfolio_word = |pe: usize| pe == k + 1 && pe + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && lex.is_common_word(&doc.tokens[pe].lower);
                // ("the Conservative MP for Harwich": a member's seat, a listed town, may end the run)
                let seat = matches!(office, "MP" | "MEP") && doc.tokens[k - 1].lower == "for";
                if let Some((pe, p)) = longest(doc, k, j, &lex.place_names).filter(|&(pe, _)| (pe < j || seat) && lex.country_names.get(&fold(&text_of(doc, k, pe))).is_none() && !portfolio_word(pe)) {
                    let ent = doc.place(p[0], false);
                    doc.add_mention(span_of(doc, k, pe), ent, MentionKind::Name);
                    k = pe;
                } else if longest(doc, k, j, &lex.country_names).is_none() && longest(doc, k, j, &lex.organisations).is_none() && lex.place_names.get(&fold(&text_of(doc, k, j))).is_none() {
                    // "Minister of Education Jane Roe": a portfolio, then the holder's name
                    // (parsed on its own); "the Minister of Defence said": no name at all
                    let holder = (k + 1..j.saturating_sub(1)).find(|&m| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, m, j, true));
                    // ("Minister of Foreign Affairs Jan Kowal", "Minister of Culture Ostap
                    // Roe": a given name no list knows for a man's or a woman's; a portfolio
                    // of common words, then a name of two or three words none common)
                    let holder = holder.or_else(|| portfolio_then_holder(doc, lex, k, j));
                    let Some(mut m) = holder else { return None };
                    // ("Minister of Trade Juan Carlos de la Vega", "… Faisal bin Farhan bin
                    // Abdullah": a name longer than a person's shape opens with given names,
                    // or a given name and "bin", before the given name found)
                    let given_word = |x: usize| doc.tokens[x].cap && lex.first_names.get(&doc.tokens[x].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[x].lower);
                    loop {
                        if m > k + 1 && given_word(m - 1) {
                            m -= 1;
                        } else if m > k + 2 && matches!(doc.tokens[m - 1].lower.as_str(), "bin" | "ibn" | "bint") && given_word(m - 2) {
                            m -= 2;
                        } else {
                            break;
                        }
                    }
                    // (a portfolio in common words names no body: "Commissioner for Human
                    // Rights X")
                    if !(k..m).all(|x| lex.is_common_word(&doc.tokens[x].lower)) {
                        parse_run(doc, lex, k, m, false, heading, deferred);
                    }
                    k = m;
                    titled = true;
                }
            }
            seg = k;
            continue;
        }
        break;
    }
    if k >= j {
        return None;
    }
    // "Water Resources Minister P Rao said": a portfolio in capitalised common words, an
    // office, then the holder's name
    if !titled && k == run_start {
        let office_at = |h: usize| {
            let office = lex.titles.get(&doc.tokens[h].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
            office.then(|| title_at(doc, h, j)).flatten().map(|(e, _)| (h, e))
        };
        let portfolio = |h: usize| (k..h).all(|m| doc.tokens[m].cap && lex.is_common_word(&doc.tokens[m].lower) && !lex.first_names.contains_key(&doc.tokens[m].lower));
        if let Some((h, e)) = (k + 1..j.saturating_sub(1)).find_map(office_at).filter(|&(h, e)| e < j && portfolio(h)) {
            // ("the Conservative MP for Harwich", "Defence Minister of Vexmoor": what the office
            // is for or of, no holder's name; the office and it parsed as a run of their own)
            if !doc.tokens[e].cap && matches!(doc.tokens[e].lower.as_str(), "for" | "of") {
                parse_run(doc, lex, h, j, false, heading, deferred);
                return None;
            }
            k = e;
            titled = true;
        }
    }
    // "the Senate Majority Leader said": a title ends the run, and no name follows it
    if let Some(h) = (k + 1..j).find(|&h| longest(doc, h, j, &lex.titles).is_some() && title_at(doc, h, j).is_some_and(|(e, _)| e == j)) {
        // "Stephen King", "John Major" are people
        let person_first = lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') || person_shape(doc, lex, k, h, true);
        if !person_first {
            parse_run(doc, lex, k, h, sentence_start && k == i, heading, deferred);
            return None;
        }
    }
    Some((k, titled))
}

/// The rest of the run, `k..j`, as one name: a person, an organisation, a place, a country
/// after a person ("X of Russia"), or left for later (`deferred`) when only the story can say.
#[allow(clippy::too_many_arguments)]
fn one_name(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, k: usize, run_start: usize, titled: bool, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) {
    // the rest of the run is one name; "X of Russia" after a person splits off the country
    let mut end = j;
    if let Some(of) = (k + 1..j).find(|&m| doc.tokens[m].lower == "of") {
        let tail = (of + 1..j).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(&c) = lex.country_names.get(&tail) {
            // ("its lead negotiator, Sione Vake of Fiji, said": a title and a comma before the
            // name say it is a person's as a title before it does)
            if titled || lex.first_names.contains_key(&doc.tokens[k].lower) || apposition_to_person(doc, lex, k) {
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
    // (a region or continent is no speaker unless it is also a given name: "Connecticut plans",
    // "Europe supports", but "Victoria said")
    let given = lex.first_names.get(&first).is_some_and(|g| *g != 'u');
    // "Belgrano" after "Manuel Belgrano": the surname of a person named before, not the town
    // (and a listed town after "in" is the place, though a cue follows: "a spokeswoman in
    // Bergen expressed concern"; "researchers at Berkeley found" may be the university)
    let locative = k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "at" | "near" | "outside" | "inside" | "across" | "around" | "towards");
    // ("a Democratic plan to …": after an article the word modifies a noun that can be a cue)
    let speaks = n == 1
        && cue_follows(doc, end)
        && !after_article(doc, k)
        && !lex.country_names.contains_key(&lower)
        && !(k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "near") && lex.place_names.contains_key(&lower))
        && lex.place_names.get(&lower).is_none_or(|p| lex.places[p[0]].population < 1_000_000 && (given || p.iter().all(|&i| lex.places[i].kind == "city")));
    let known_surname = n == 1
        && !region_word
        && !locative
        && name.chars().any(char::is_lowercase)
        && doc.people_named_in_full(&name).next().is_some();
    // "according to the data provider Quarnex", "according to a report by broker Tolvane": one
    // word no list of people or countries knows right after a lower-case noun for a firm or
    // body, in the source of "according to", names that body (not the noun, nor a person)
    if n == 1 && !titled && !known_surname && !given && !lex.country_names.contains_key(&lower) && lex.country_any(&lower).is_none() && source_body_before(doc, k) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Invercargill New Zealand", "Springfield Illinois": a town, then its country or region
    if n >= 2 && !titled {
        if let Some((e, town, within)) = town_and_country(doc, lex, k, end) {
            let ent = doc.place(town, false);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            let ent = match within {
                Ok(c) => doc.country(c),
                Err(r) => doc.place(r, true),
            };
            doc.add_mention(span_of(doc, e, end), ent, MentionKind::Name);
            return;
        }
    }
    let place_head = n >= 2 && !(heading && n > 4) && !titled && place_head(doc, lex, k, end);
    // "in Beverly Hills", "Fort Lauderdale": a listed place of several words whose first word
    // is a given name, when it is large or a preposition asks for a place
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str()) && doc.tokens[k - 1].lower != "of";
    let listed_place = n >= 2 && lex.place_names.get(&lower).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region" || prep);
    // ("Kessler shares fell" after "Kessler Automotive": the company's name without its trade
    // is the company, not a town of that name; not after a preposition of place)
    // (a small town only: "Texas" stays the state beside "Texas Instruments", "Washington"
    // the city beside "The Washington Post")
    if n == 1 && !titled && !locative && lex.place_names.get(&lower).is_some_and(|p| p.iter().all(|&i| lex.places[i].kind != "region" && lex.places[i].population < 50_000)) && lex.country_names.get(&lower).is_none() {
        if let Some(o) = doc.company_without_designator(&name) {
            doc.add_mention(span_of(doc, k, end), o, MentionKind::Name);
            return;
        }
    }
    // ("… from the Colorado River …. The seven states that share the Colorado …": "the" and
    // the name of a river the story named in full before is that river shortened, not the
    // state or town of the gazetteer spelt so)
    if n == 1 && !titled && k > 0 && doc.tokens[k - 1].lower == "the" && lex.place_names.contains_key(&lower) {
        if let Some(river) = river_named_before(doc, &name) {
            doc.add_mention(span_of(doc, k, end), river, MentionKind::Name);
            return;
        }
    }
    // a gazetteer place, unless a title or first name makes it a person
    if !titled && (!known_first || place_head || listed_place) && !speaks && !known_surname {
        if let Some(places) = lex.place_names.get(&lower) {
            let followed = region_after(doc, lex, end);
            // ("Ontario Premier Jane Roe", "Texas governor": a head of a province or state
            // after the name wants the region, not a city of that name)
            let region_office = matches!(after.as_str(), "premier" | "governor");
            let regions: Vec<usize> = places.iter().copied().filter(|&i| region_office && lex.places[i].kind == "region").collect();
            let places: &[usize] = if regions.is_empty() { places } else { &regions };
            let p = choose_place(doc, lex, places, region_word || region_office, followed);
            // ("Bavaria Premier Jane Roe", "Kerala Chief Minister Jane Roe": an office of the
            // region and its holder's name after it say it is one)
            let office_after = || {
                let office = title_at(doc, end, doc.tokens.len().min(end + 6)).filter(|&(te, head)| is_cap_word(doc, te) && lex.titles.get(&head.to_lowercase()).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office));
                doc.tokens.get(end).is_some_and(|t| t.cap) && office.is_some()
            };
            let p = if accept_place(doc, lex, p, k, region_word || after == "city") || followed.is_some_and(|r| lies_in(&lex.places[p], r)) {
                Some(p)
            } else {
                places.iter().copied().find(|&x| lex.places[x].kind == "region").filter(|_| office_after())
            };
            if let Some(p) = p {
                let ent = doc.place(p, region_word);
                let span_end = if region_word { end + 1 } else { end };
                doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
                return;
            }
        }
    }
    // "the village of Quarnby", "the county of Vexmoorshire": what a word for a place is
    // of; "Quarnby is a small village in …": what is one
    if n <= 3 && !titled && k == run_start && (place_of_before(doc, k) || is_a_place_after(doc, end) || district_after(doc, k, end)) && lex.country_names.get(&lower).is_none() {
        // (a listed place of that name in a country the article names, else one no list
        // knows: "the district of Valle Hermoso" in a story from Bolivia is no Mexican town)
        let named = |c: &str| doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(c));
        let any_country = doc.entities.iter().any(|e| e.kind == EntityKind::Country);
        let listed = lex.place_names.get(&lower).map(|p| choose_place(doc, lex, p, false, None)).filter(|&p| !any_country || named(&lex.places[p].country));
        let ent = match listed {
            Some(p) => doc.place(p, false),
            None => doc.unlisted_place(&name),
        };
        // ("the Vexmoor region": the region word is the mention's, as for a listed place)
        let span_end = if doc.tokens.get(end).is_some_and(|x| x.lower == "region") { end + 1 } else { end };
        doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
        return;
    }
    // "a village in Quarnbyshire, England": a name no list knows after a preposition that
    // asks for a place, then a comma and the country or region it lies in
    // ("the mayor of Quarnby, Texas", "the outskirts of Quarnby, Kent": "of" after a word for
    // a town's people, officers or parts asks for a place too)
    let of_town = k >= 2
        && doc.tokens[k - 1].lower == "of"
        && matches!(
            doc.tokens[k - 2].lower.as_str(),
            "mayor" | "town" | "city" | "village" | "county" | "seat" | "capital" | "residents" | "outskirts" | "suburbs" | "streets" | "centre" | "center" | "people" | "citizens" | "sheriff" | "north" | "south" | "east" | "west" | "hamlet" | "borough" | "township" | "municipality"
        );
    // (not the surname of a person named in full, nor a source: "According to Varga, Peru
    // …", "He wrote to Hale, Peru said" name no town in Peru)
    let source = k >= 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "according";
    if n <= 3 && !titled && (prep || of_town) && !known_first && !known_surname && !source && in_region_after_comma(doc, lex, end) {
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if known_surname {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Toronto Star", "Denver Sun": a newspaper named after its town
    if n >= 2 && !titled && media_name(doc, lex, k, end) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Lincoln Reservoir", "Harlan Stadium": a place or building whoever it is named after
    if place_head {
        // ("Halden Airport has confirmed that …", "Halden Airport said …": an airport that
        // speaks is the company that runs it, an organisation, as "the airport said" is)
        if doc.slice(doc.tokens[end - 1].span) == "Airport" && cue_follows(doc, end) {
            let ent = doc.organisation(&name);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
        }
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Toronto Blue Jays", "Bowling Green Falcons": a place, then a capitalised plural
    if n >= 2 && !titled && team_name(doc, lex, k, end) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Paris Hilton", "Virginia Woolf": a town or region, then a common surname that is no
    // common word, is a person (teams, newspapers and buildings were taken above)
    if n == 2 && !titled && !heading && lex.place_names.contains_key(&first) && lex.country_any(&first).is_none() && !lex.is_common_word(&first) {
        let last = &doc.tokens[k + 1].lower;
        let surname = lex.surnames.get(last).is_some_and(|&r| r <= 5000) && !lex.is_common_word(last) && !lex.stopwords.contains(last) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span));
        if surname && doc.slice(doc.tokens[k + 1].span).chars().skip(1).all(char::is_lowercase) {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
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
    // not a Roman numeral ("XVII"), a word in capitals ("HIGHLY"), a serial number or a
    // product's or index's code with two letters or more ("EY4096", "QX20"; one letter and a
    // number stays a group of states: "G33", "P5"; listed names keep theirs) or an
    // abbreviation of something else ("FYI", "USD")
    let not_initials = name.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        || name.len() >= 4 && lex.is_common_word(&lower)
        || name.chars().filter(char::is_ascii_digit).count() > 2
        || name.chars().any(|c| c.is_ascii_digit()) && name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && lex.organisations.get(&lower).is_none()
        || lex.not_organisations.contains(&lower);
    // "the conservative Vexmoor Ahead party": a name before a lower-case "party" names the
    // party (not so "movement", "alliance": "the radical Shiite Sadr movement" would take in
    // the adjective); also after a word for a party's members, which reads as a person's
    // title ("the conservative …")
    // ("the opposition Hayastan faction": a parliamentary faction, the same)
    // ("Ruling party wins …", "Main opposition party says": a word that says which party,
    // capitalised only as the sentence's or headline's first, names none)
    let which = n == 1 && (lower.ends_with("ing") || matches!(lower.as_str(), "main" | "largest" | "biggest" | "smaller" | "junior" | "opposition")) && lex.is_common_word(&lower);
    if n <= 4 && !which && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && (t.lower == "party" || t.lower == "faction")) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "in which TOLLIVER and PETTIGREW joined": a surname in capitals (a court's opinion, a
    // transcript) is a person's, unless an organisation of that name is listed (or a law is
    // invoked: "sued under the ACT")
    let caps_surname = n == 1
        && !titled
        && name.len() >= 4
        && name.chars().all(|c| c.is_ascii_uppercase())
        && lex.surnames.get(&lower).is_some_and(|&r| r <= 30_000)
        && !lex.is_common_word(&lower)
        && !not_initials
        && lex.organisations.get(&lower).is_none()
        && !(k > 0 && doc.tokens[k - 1].lower == "under");
    if caps_surname && !shouting() {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if n == 1 && is_acronym(&name) && !titled && !not_initials && !lex.stopwords.contains(&lower) && !shouting() {
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
    // ("Colombo had asked the IMF to …" in a story on Sri Lanka: one word that is a
    // country's capital, the country named before, is the capital, standing for its
    // government before a cue, not a person of that given name or surname)
    if n == 1 && !titled && !doc.tokens[k].lower.contains('-') {
        let capital = lex.place_names.get(&doc.tokens[k].lower).and_then(|ps| {
            ps.iter().copied().find(|&p| {
                let pl = &lex.places[p];
                lex.country_by_code(&pl.country).is_some_and(|c| lex.countries[c].is_capital(&pl.name) && doc.named_country(&lex.countries[c].iso2).is_some())
            })
        });
        if let Some(p) = capital.filter(|_| doc.people_named_in_full(doc.slice(doc.tokens[k].span)).next().is_none()) {
            let ent = doc.place(p, false);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
        }
    }
    // "Readers wrote in": a sentence-initial common word is a person only with more evidence
    // (looked for once all full names are known)
    if n == 1 && noun_after_article(doc, lex, k) {
        return;
    }
    if n == 1 && speaks && firm_of_people(doc, lex, k) && !lex.first_names.contains_key(&lower) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // ("Several MPs said": a noun for speakers, though capitalised)
    // ("One Republican threatened", "Americans worried", "Twenty-seven said": no name either)
    // ("a shipowner whose vessels call at Tarwin told …", "farmers around Tarwin and Kimba say
    // …": a word after a preposition of place ends the subject's phrase, a place, no speaker)
    if n == 1 && speaks && !known_first && after_place_preposition(doc, k) && !first_name_of_person_named(doc, lex, k) {
        mention_place(doc, lex, k, end, false);
        return;
    }
    if n == 1 && speaks && !(sentence_start && k == i && ordinary_word(lex, &lower)) && !group_noun(lex, &lower) && !lex.speaker_nouns.contains(&lower) && !modifier_after_the(doc, lex, k, end) && !no_name_alone(lex, &lower)
        && !plural_noun_word(doc, k)
    {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // ("Brazil's telecoms regulator, Telcor, said", "the state broadcaster, Vexa, …": one
    // unknown word between commas after a lower-case noun for a body names that body)
    // ("Telcor, Norland's media regulator, said": or before such a description in commas)
    if n == 1 && doc.tokens.get(end).is_some_and(|t| t.lower == ",") && (k >= 2 && doc.tokens[k - 1].lower == "," && !doc.tokens[k - 2].cap && APPOSED_BODIES.contains(&doc.tokens[k - 2].lower.as_str()) || !lex.is_common_word(&lower) && body_description_follows(doc, end))
        && !lex.first_names.contains_key(&lower) && !lex.surnames.contains_key(&lower) && lex.place_names.get(&lower).is_none() && lex.country_any(&lower).is_none()
    {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if n == 1 {
        // ("Tolvander, who rarely leaves the capital, has …": a word no list knows before ", who"
        // is a person's name, as a relative for people follows it)
        let who_follows = doc.tokens.get(end).is_some_and(|t| t.lower == ",")
            && doc.tokens.get(end + 1).is_some_and(|t| t.lower == "who")
            && name_like(doc, lex, k, end)
            && !lex.peoples.contains(&lower)
            && !group_noun(lex, &lower)
            && !lex.speaker_nouns.contains(&lower)
            && !home_of_a_group(doc, lex, k)
            && !no_name_alone(lex, &lower);
        if titled && !(sentence_start && k == i && ordinary_word(lex, &lower)) || age_follows(doc, end) && name_like(doc, lex, k, end) || who_follows {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        } else {
            deferred.push((k, k + 1, sentence_start && k == run_start));
        }
        return;
    }
    // "Refugee Council Jane Roe told …": an organisation, then a person named in full
    if !titled && n >= 4 {
        let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        // (or a plural common word ends what comes before: "… Islamic Relations Jane Roe",
        // the tail of a longer name, which is parsed on its own)
        let plural_common = |m: usize| {
            let w = &doc.tokens[m].lower;
            w.len() > 3 && w.ends_with('s') && lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w)
        };
        if let Some(m) = (k + 1..end - 2).rev().find(|&m| (org_word(m) || plural_common(m)) && given(m + 1) && person_shape(doc, lex, m + 1, end, true)) {
            if org_word(m) {
                let ent = doc.organisation(&text_of(doc, k, m + 1));
                doc.add_mention(span_of(doc, k, m + 1), ent, MentionKind::Name);
            } else {
                parse_run(doc, lex, k, m + 1, sentence_start && k == i, heading, deferred);
            }
            let ent = doc.person(&text_of(doc, m + 1, end), doc.tokens[m + 1].span.start);
            doc.add_mention(span_of(doc, m + 1, end), ent, MentionKind::Name);
            return;
        }
    }
    // "the Quarnel Independent School District said": a run ending in a common word that is
    // no name is no person by a speech cue alone
    let last = &doc.tokens[end - 1].lower;
    // (a surname particle before the last word makes it a surname: "Marine Le Pen")
    let particle_before = n >= 3 && lex.surname_particles.contains(&doc.tokens[end - 2].lower);
    let generic_last = lex.is_common_word(last) && !lex.surnames.contains_key(last) && !lex.first_names.contains_key(last) && !lex.census_given.contains(last) && !particle_before
        || n >= 2 && lex.country_names.contains_key(last);
    // "the Irma Independent School District": a run of four words or more that opens with a
    // given name and ends in two common words that are no names is an organisation named
    // after a town or a person, not a person
    let plain = |m: usize| {
        let w = &doc.tokens[m].lower;
        lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w) && !lex.census_given.contains(w)
    };
    if !titled && known_first && n >= 4 && !heading && generic_last && plain(end - 2) && !lex.country_names.contains_key(last) && lex.place_names.get(&lower).is_none() {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Abu Tolvan al-Quarnabi", "Bin Quarnab": an Arabic name by its parts (a father's or
    // son's name opening it; a kunya closed by a name with the article)
    let arabic = match doc.tokens[k].lower.as_str() {
        "abu" | "umm" => n >= 3 && doc.tokens[end - 1].lower.starts_with("al-") && (k + 1..end - 1).all(|m| doc.tokens[m].cap),
        "bin" | "ibn" => n == 2 && doc.tokens[k].cap,
        _ => false,
    } && (k..end).all(|m| !lex.org_words.contains(doc.slice(doc.tokens[m].span)));
    // "The farmers' lobby Tolvan Marik warned": a noun for a body right before a run with no
    // given name in it names the body, whatever verb follows (taken out of `personal` so that
    // the organisation branch below sees it)
    let named_body = !titled
        && (2..=4).contains(&n)
        && body_noun_before(doc, k)
        && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower) && !lex.census_given.contains(&doc.tokens[m].lower));
    let personal = !named_body
        && (titled
        || known_first
        || arabic
        || n <= 3 && greeted(doc, k) && name_like(doc, lex, k + 1, end) && {
            // (the first word may be a common word: "Thanks, Ram Tackley")
            let lw = doc.tokens[k].lower.as_str();
            doc.slice(doc.tokens[k].span).chars().skip(1).any(char::is_lowercase) && !lex.stopwords.contains(lw) && !lex.titles.contains_key(lw) && !lex.title_modifiers.contains(lw)
                && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && lex.country_any(lw).is_none()
        }
        || age_follows(doc, end) && name_like(doc, lex, k, end)
        || cue_follows(doc, end) && !generic_last && !(n == 1 && no_name_alone(lex, &doc.tokens[k].lower))
        || n == 2 && generic_last && cue_follows(doc, end) && census_given_then_common_surname(doc, lex, k)
        || (2..=3).contains(&n) && credited_after_quote(doc, k) && name_like(doc, lex, k, end)
        || (2..=3).contains(&n) && credited_after_quote(doc, k) && indefinite_apposition_follows(doc, end) && name_like(doc, lex, k, end - 1) && surname_word(doc, lex, end - 1) && lex.place_names.get(&lower).is_none()
        || appositive_title_follows(doc, end)
        || person_apposition_follows(doc, end)
        || person_shape(doc, lex, k, end, false));
    // "Nonpartisan Paul Tse", "Queenslander Jane Roe": a common word or a word for a people
    // before a first name
    let people_word = |w: &str| w.chars().count() >= 6 && (["an", "er", "ist", "ite", "ese", "crat"].iter().any(|s| w.ends_with(s)) || w.contains('-'));
    if !titled && n >= 3 && !lex.first_names.contains_key(&first) && lex.first_names.get(&doc.tokens[k + 1].lower).is_some_and(|g| *g != 'u')
        && (lex.is_common_word(&first) || people_word(&first) && !lex.surnames.contains_key(&first))
        && !lex.is_common_word(&doc.tokens[end - 1].lower)
        && person_shape(doc, lex, k + 1, end, true)
    {
        let ent = doc.person(&text_of(doc, k + 1, end), doc.tokens[k + 1].span.start);
        doc.add_mention(span_of(doc, k + 1, end), ent, MentionKind::Name);
        return;
    }
    // "through the Quarnel Vexby crossing": a name between "the" and a common noun modifies
    // that noun; it is a person's only where the person is named elsewhere (looked at later)
    if !titled && (2..=3).contains(&n) && modifier_after_the(doc, lex, k, end) {
        deferred.push((k, end, false));
        return;
    }
    // (particles do not count towards a name's length: "Luiz Inacio Lula da Silva")
    let particles = (k..end).filter(|&m| lex.surname_particles.contains(&doc.tokens[m].lower)).count();
    if personal && n - particles <= 4 && n <= 6 && !name.chars().any(|c| c.is_ascii_digit()) {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if !titled
        && n <= 5
        && (generic_last && (cue_follows(doc, end) || utility_name(doc, lex, k, end)) || body_apposition_follows(doc, end) && (generic_last || k == i && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower)))
            || named_body)
        && lex.place_names.get(&lower).is_none()
    {
        // "Patriot Coal said", "the Quarnel School District says": what speaks under a
        // name ending in a common word is an organisation
        // ("Vorlan Dazik, an influential nationalist lobby, warned …": and a name of words no
        // list gives as given names, in apposition to a noun for a body; the whole run, not
        // its tail after a word taken off: "La Quadrature du Net, a digital rights group")
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if (2..=3).contains(&n)
        && k == run_start
        && apposition_to_person(doc, lex, k)
        && (name_like(doc, lex, k, end) || after == "," && name_like(doc, lex, k, end - 1) && surname_like_place(doc, lex, end - 1) && lex.place_names.get(&lower).is_none())
    {
        // "the team's coach, Tolvan Joalmer, …": a name in apposition to a noun for a person
        // (closed by a comma, its last word may be a town's name: "coach, Tolvan Harrogate,")
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if (2..=3).contains(&n) && (name_like(doc, lex, k, end) || listed_shape(doc, lex, k, end) && listed_with_person(doc, k, end)) {
        // ("Jeff Merkley, Varek Stone and Tom Hale": in a list after a person, words that are
        // also common words or towns may be a name too; the list decides later)
        deferred.push((k, end, sentence_start && k == run_start));
    }
}

/// Lower-case nouns for a site that a name before them can name: "the X crossing".
const SITE_NOUNS: &[&str] = &["crossing", "checkpoint", "bridge", "dam", "airport", "airfield", "airbase", "port", "refinery", "camp", "mine", "terminal", "pipeline", "corridor", "reactor", "barracks"];

/// ("levels on Queen Street", "King Street was closed", "shops on Queen Victoria Street"): a
/// royal title opening a run that ends in a word for a street or building names that street
/// (British and Commonwealth towns have one in every centre), not the title of a person
/// named "Street"; no list knows the run as a body.
fn royal_street(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    j > i + 1
        && matches!(doc.slice(doc.tokens[i].span), "Queen" | "King" | "Prince" | "Princes" | "Princess" | "Duke")
        && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some()
        && (i + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap)
        && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
}

/// ", which represents the bookmakers, says" after token `j`: a relative aside for a thing
/// between commas, no quotation in it, then a verb of saying right after it (no "has" before);
/// the aside may hold commas of its own (a list).
fn which_aside_then_cue(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    if !doc.tokens.get(j).is_some_and(|t| t.lower == ",") || !doc.tokens.get(j + 1).is_some_and(|t| t.lower == "which") {
        return false;
    }
    let Some(si) = doc.sentence_at(doc.tokens[j].span.start) else { return false };
    let sb = doc.sentences[si].tokens.1;
    // (any comma of the aside: a list in it, "which clears mines in Laos, Iraq and Ukraine,
    // said", has commas of its own before the one that closes it)
    (j + 2..sb.min(j + 25)).take_while(|&x| doc.tokens[x].kind != TokenKind::Quote).any(|c| doc.tokens[c].lower == "," && !lex.stopwords.contains(&doc.tokens[c + 1].lower) && cue_follows(doc, c + 1))
}

/// Whether the words `k..j` are exactly a continent's or world region's name ("Africa",
/// "Latin America"; also where a small town shares the name, as Asia and Europe do).
fn world_region_at(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    longest(doc, k, j, &lex.place_names).is_some_and(|(e, p)| e == j && p.iter().any(|&x| matches!(lex.places[x].kind, "continent" | "world region")))
}

/// The place entity of a river named in full before ("Colorado River", "River Thames") whose
/// name without the river word is `name`.
fn river_named_before(doc: &Doc, name: &str) -> Option<usize> {
    let full = [format!("{name} River"), format!("River {name}")];
    doc.entities.iter().position(|e| e.kind == EntityKind::Place && full.contains(&e.name))
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

/// A lower-case noun for a firm or body right before token `k`, inside the source of
/// "according to" (only lower-case words, "a", "the" and "by" between: "according to the
/// data provider …", "according to a report by broker …").
fn source_body_before(doc: &Doc, k: usize) -> bool {
    const SOURCE_BODIES: &[&str] = &["provider", "broker", "consultancy", "firm", "company", "watchdog", "agency", "broadcaster", "operator", "bureau", "network", "insurer", "reinsurer", "lender", "regulator", "tracker", "analytics", "consultant", "researcher"];
    if k < 3 || doc.tokens[k - 1].cap || !SOURCE_BODIES.contains(&doc.tokens[k - 1].lower.as_str()) {
        return false;
    }
    let mut j = k - 1;
    while j > 0 && j + 8 > k {
        j -= 1;
        let t = &doc.tokens[j];
        if t.lower == "to" {
            return j > 0 && doc.tokens[j - 1].lower == "according";
        }
        if t.kind != TokenKind::Word || t.cap {
            return false;
        }
    }
    false
}
