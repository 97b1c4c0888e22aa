//! Parsing one capitalised run: split by lexicons and context into people, organisations, countries
//! and places.

use super::*;

mod names_and_titles;
mod one_name;

use self::names_and_titles::names_and_titles;
use self::one_name::one_name;

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
