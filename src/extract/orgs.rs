//! Organisations the name rules leave open, found by what news text says around them: an
//! acronym defined in parentheses ("the Orchard Growers Association (OGA)"), words for a
//! company's people or shares next to the name ("Quillmart officials", "a spokesman for
//! Quillmart", "Quillmart's chief executive", "Quillmart said in a statement"), and a name
//! repeated after it was once found as an organisation. Runs after `names::find_names`
//! (so people named in full are known) and before the learned tagger (which then leaves
//! these names alone).

use crate::extract::names::is_cap_word;
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use rustc_hash::FxHashMap;

/// Lower-case words right after a name that make it an organisation ("Quillmart officials",
/// "Quillmart analyst Jane Roe").
const AFTER: &[&str] = &[
    "officials", "spokesman", "spokeswoman", "spokesperson", "executives", "employees", "staffers", "shareholders",
    "headquarters", "subsidiary", "shares", "stock", "stockholders", "analyst", "analysts", "economist", "economists",
    "strategist", "strategists",
];

/// Lower-case nouns before "of/for/at/in/with" and a name that make it an organisation
/// ("a spokesman for Quillmart", "the chief executive of Quillmart", "analysts at Quillmart").
const BEFORE: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "ceo", "cfo", "founder", "co-founder",
    "cofounder", "chairman", "chairwoman", "employee", "employees", "shareholders", "shares", "stake", "analyst",
    "analysts", "economist", "economists", "strategist", "strategists", "subsidiary", "acquisition", "takeover", "merger",
];

/// Lower-case words after "X's" that make X an organisation ("Quillmart's chief executive").
const OWNED: &[&str] = &[
    "chief", "ceo", "cfo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "board", "shares", "stock",
    "shareholders", "headquarters", "spokesman", "spokeswoman", "spokesperson", "subsidiary", "website", "employees",
    "executives",
];

/// Lower-case nouns for kinds of organisation right before a name ("carmaker Quillmart",
/// "the punk band Vorlane", "retailer Brenmark").
fn is_kind(w: &str) -> bool {
    // (a match, not a scan of a list: asked at every capitalised word)
    matches!(
        w,
        "company" | "firm" | "group" | "band" | "club" | "carmaker" | "automaker" | "chipmaker" | "drugmaker"
        | "retailer" | "lender" | "insurer" | "broadcaster" | "newspaper" | "magazine" | "publisher" | "label"
        | "airline" | "carrier" | "manufacturer" | "maker" | "miner" | "startup" | "start-up" | "conglomerate"
        | "charity" | "nonprofit" | "militia" | "brewer" | "supermarket" | "operator" | "outlet" | "tabloid" | "daily"
        | "weekly" | "network" | "franchise" | "bank" | "investor" | "fund" | "service"
        // (markets for coins and shares: "the cryptocurrency exchange Lantern Markets")
        | "exchange"
        // (technology and oversight: "DataSentry, a Lisbon-based consumer organisation,",
        // "Quellix AI, a Lyon-based developer", "the privacy watchdog Datatilsynet")
        | "developer" | "organisation" | "organization" | "platform" | "regulator" | "watchdog" | "lab" | "laboratory"
        // (news and weather services: "the state news agency Bernama", "state weather bureau
        // Pagasa")
        | "agency" | "bureau"
        // (advisers: "property consultancy Meridian Estates")
        | "consultancy"
        // (a trade union named after its kind: "the drivers' union Aslef", "the rail union
        // Vorta"; "IG Metall, Germany's largest union,")
        | "union"
        // (trade and professional bodies: "the steel association VDMA", "the farmers'
        // federation Copa")
        | "association" | "federation" | "confederation"
        // (a centre for a cause: "the human rights center Quarnvia", "the research centre
        // Vexlab", after which a one-word name was read as a person)
        | "center" | "centre"
    )
}

/// Verbs before "for"/"at" (work) or "by" (ownership) and the name that make it an
/// organisation ("works for Quillmart", "was acquired by Quillmart").
const EMPLOYED: &[&str] = &[
    "works", "worked", "working", "work", "employed", "acquired", "bought", "owned", "hired", "sponsored", "funded",
];

/// Verbs right after a name that say what companies do ("Quillmart unveiled", "Quillmart
/// employs"); speech cues are left out: people say and announce as much.
const COMPANY_VERBS: &[&str] = &[
    "unveiled", "unveils", "launched", "launches", "acquired", "acquires", "employs", "employed", "manufactures",
    "manufactured", "sells", "recalled", "recalls", "shipped", "ships", "posted", "reported",
];

/// Adverbs between a name and a `COMPANY_VERBS` verb ("Quillmart currently manufactures").
const ADVERBS: &[&str] = &["also", "currently", "now", "later", "then", "still", "recently", "once"];
/// Participles after "was"/"is" that say how an organisation came to be or where it is
/// ("Quillmart was founded in 1898", "is headquartered in").
const FOUNDED: &[&str] = &[
    "founded", "incorporated", "headquartered", "established", "formed", "listed", "delisted", "privatised", "privatized",
    "nationalised", "nationalized", "liquidated", "dissolved",
];
/// Prepositions between a `BEFORE` noun and the name.
const LINKS: &[&str] = &["of", "for", "at", "in", "with"];

/// Finds organisations by acronym definitions, context and repetition (see the module doc).
/// "The Ministry of Defence of Armenia said …. Azerbaijan's Ministry of Defence said …": the
/// body named after another country's possessive or adjective is that country's, not the
/// one of the same name "of" the first (which `Doc::organisation` joins it to when the story
/// names one country's body only: "the Election Commission of Peru … the Election
/// Commission"). Its key then follows that country (resolve/bodies.rs).
pub fn other_states_bodies(doc: &mut Doc) {
    let lex = Lexicon::get();
    for i in 0..doc.mentions.len() {
        let e = doc.mentions[i].entity;
        if doc.entities[e].kind != EntityKind::Organization {
            continue;
        }
        let Some((body, of)) = doc.entities[e].name.rsplit_once(" of ") else { continue };
        if !doc.slice(doc.mentions[i].span).eq_ignore_ascii_case(body) {
            continue;
        }
        let Some(own) = lex.country_any(&crate::lexicon::fold(of)) else { continue };
        if !lex.state_body_keys.contains(crate::lexicon::fold(body).as_str()) {
            continue;
        }
        let t = doc.token_at(doc.mentions[i].span.start);
        // the word before: a country's adjective, or its name and "'s"
        let before = if t >= 2 && matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "\u{2019}s") { t - 2 } else if t >= 1 { t - 1 } else { continue };
        let other = lex.country_adjectives.get(&doc.tokens[before].lower).copied().or_else(|| doc.mention_at_token(before).and_then(|m| {
            let c = &doc.entities[doc.mentions[m].entity];
            (c.kind == EntityKind::Country).then(|| c.country.as_deref().and_then(|iso| lex.country_by_code(iso))).flatten()
        }));
        if other.is_some_and(|c| c != own) {
            let name = doc.slice(doc.mentions[i].span).to_string();
            doc.mentions[i].entity = doc.another_organisation(&name);
        }
    }
}

pub fn find_organisations(doc: &mut Doc) {
    let lex = Lexicon::get();
    // entities whose mentions went to an organisation, dropped at the end if nothing refers
    // to them any more (indices stay put until then)
    let mut orphans = Vec::new();
    stock_tickers(doc, &mut orphans);
    // whole runs for acronyms: their long forms may hold names found before ("Vexmoor")
    // (the tagger's regions, worked out once for both kinds of runs)
    let regions = super::tagger::all_regions(doc);
    let whole = runs(doc, lex, &regions, false);
    for (i, &(a, b)) in whole.iter().enumerate() {
        // ("United Nations Mission in Vexmoor (UNMV)": a long form with "in", "for" or "on"
        // before a name of its own, which the acronym spells too)
        // (or "for the": "Democratic Forces for the Liberation of Vexmoor (FDLV)", its initials
        // in the order of the name in another language)
        let joins = |a2: usize| a2 == b + 1 && matches!(doc.tokens[b].lower.as_str(), "in" | "for" | "on") || a2 == b + 2 && doc.tokens[b].lower == "for" && doc.tokens[b + 1].lower == "the";
        let over = whole.get(i + 1).filter(|&&(a2, _)| joins(a2)).and_then(|&(_, b2)| acronym_definition(doc, a, b2));
        let listed = || whole.get(i + 1).and_then(|&(a2, b2)| listing_name_before_initials(doc, a, b, a2, b2));
        // ("The German Journalists' Association (DJV)": a plural's apostrophe inside the long
        // form, where the run of capitals stopped and began again)
        let apostrophe = |t: usize| matches!(doc.tokens[t].lower.as_str(), "'" | "\u{2019}");
        let split = || i.checked_sub(1).map(|p| whole[p]).filter(|&(pa, pb)| pb + 1 == a && pb > pa && apostrophe(pb) && doc.tokens[pb - 1].lower.ends_with('s')).and_then(|(pa, _)| acronym_definition(doc, pa, b));
        if let Some((la, lb, acr)) = acronym_definition(doc, a, b).or(over).or_else(listed).or_else(split) {
            define_acronym(doc, lex, la, lb, acr, &mut orphans);
        }
    }
    let runs = runs(doc, lex, &regions, true);
    doc.regions = Some(regions);
    // again when something was found: a list is found from the organisation it ends in
    // ("X, Y and the Vexmoor Bank")
    for _ in 0..2 {
        let mut found = false;
        for &(a, b) in &runs {
            // ("Quillmart Motors Co. (NYSE: QMC)": a name before a stock ticker is a company's)
            let by_kind = named_by_kind_appositive(doc, lex, a, b) || named_after_kind(doc, lex, a, b) || person_after_kind(doc, lex, a, b) || ticker_at(doc, b).is_some() || also_known_as_organisation(doc, a, b);
            // (a firm named after people, or a name in apposition to a kind of company, "Novo
            // Nordisk, the Danish drugmaker,": the person found there is the firm)
            if named_firm(doc, lex, a, b) || by_kind {
                let span = span_of(doc, a, b);
                if let Some(m) = doc.mention_at_token(a).filter(|&m| doc.mentions[m].span == span && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                    let e = &mut doc.entities[doc.mentions[m].entity];
                    e.kind = EntityKind::Organization;
                    e.surname.clear();
                    found = true;
                    continue;
                }
            }
            if organisation_context(doc, lex, a, b) && candidate(doc, lex, a, b) || firm_of_analyst(doc, lex, a, b) || paper_before_noun(doc, a, b) || given_name_by_kind(doc, lex, a, b) || team_by_plural(doc, lex, a, b) || common_words_by_kind(doc, lex, a, b) || named_firm(doc, lex, a, b) || union_named_before_union(doc, lex, a, b) || employer_of_chief(doc, lex, a, b) || named_itself(doc, lex, a, b) || speaker_described_in_commas(doc, lex, a, b) || by_kind {
                found |= claim(doc, a, b, None, &mut orphans).is_some();
            }
        }
        if !found {
            break;
        }
    }
    repeated(doc, &runs, &mut orphans);
    first_word_of_firm(doc, lex, &mut orphans);
    possessive_short_forms(doc, lex);
    undefined_acronyms(doc, lex, &mut orphans);
    designated_short_forms(doc, &mut orphans);
    party_members_plural(doc, &mut orphans);
    document_acronyms(doc, &mut orphans);
    drop_orphans(doc, orphans);
}

/// "Quillmart Motors (NYSE: QMC)", "PT Vexmoor Energi (VXMR.JK)", "(7203.T)": a stock ticker in
/// brackets opening at token `open`, with or without its exchange; the token after the
/// closing bracket.
pub(crate) fn ticker_at(doc: &Doc, open: usize) -> Option<usize> {
    if doc.tokens.get(open)?.lower != "(" {
        return None;
    }
    let close = (open + 2..(open + 8).min(doc.tokens.len())).find(|&j| doc.tokens[j].lower == ")")?;
    let inner = doc.text()[doc.tokens[open].span.end..doc.tokens[close].span.start].trim();
    is_ticker(inner).then_some(close + 1)
}

/// "NYSE: QMC", "Nasdaq: QRLX", "LSE: VXM", "HKEX: 0700", "QMC.N", "7203.T", "BRK.B" (after an
/// exchange).
fn is_ticker(s: &str) -> bool {
    let symbol = |t: &str| (1..=8).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'.') && t.bytes().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if let Some((exchange, sym)) = s.split_once(':') {
        let exchange = exchange.trim();
        let capitals = (2..=6).contains(&exchange.len()) && exchange.bytes().all(|c| c.is_ascii_uppercase());
        return (capitals || matches!(exchange, "Nasdaq" | "Euronext" | "Xetra")) && symbol(sym.trim());
    }
    // (without the exchange, a suffix of one to three capitals names it: "SKNU.JK", "7203.T")
    s.split_once('.').is_some_and(|(sym, suffix)| symbol(sym) && !sym.contains('.') && (1..=3).contains(&suffix.len()) && suffix.bytes().all(|c| c.is_ascii_uppercase()))
}

/// Stock tickers name no organisation of their own: the mentions inside "(NYSE: QMC)" and the
/// symbol after "under the ticker"/"symbol" ("trade … under the ticker QMC") are dropped.
fn stock_tickers(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let mut spans = Vec::new();
    // (one byte asked per token first: most are neither)
    for t in 1..doc.tokens.len() {
        let l = doc.tokens[t].lower.as_bytes();
        match l.first() {
            Some(b'(') if l.len() == 1 => {
                if let Some(end) = ticker_at(doc, t) {
                    spans.push(Span::new(doc.tokens[t].span.start, doc.tokens[end - 1].span.end));
                }
            }
            Some(b't' | b's') if l == b"ticker" || l == b"symbol" => {
                if doc.tokens.get(t + 1).is_some_and(|x| x.cap && doc.slice(x.span).bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())) {
                    spans.push(doc.tokens[t + 1].span);
                }
            }
            _ => {}
        }
    }
    if spans.is_empty() {
        return;
    }
    let inside = |m: &crate::model::Mention| spans.iter().any(|s| s.start <= m.span.start && m.span.end <= s.end);
    orphans.extend(doc.mentions.iter().filter(|m| inside(m)).map(|m| m.entity));
    doc.mentions.retain(|m| !inside(m));
}

/// "Jane Roe, Vexlor's head of threat research," after "Vexlor Labs": a lone
/// capitalised word before "'s" that no name took, the first word of one organisation named
/// with company words only, is that organisation (as "Vexlor said" is).
fn possessive_short_forms(doc: &mut Doc, lex: &Lexicon) {
    for t in 1..doc.tokens.len().saturating_sub(1) {
        if !matches!(doc.tokens[t + 1].lower.as_str(), "'s" | "\u{2019}s") || !is_cap_word(doc, t) || doc.tokens[t - 1].cap || doc.mention_at_token(t).is_some() {
            continue;
        }
        let word = doc.slice(doc.tokens[t].span).to_string();
        if lex.is_common_word(&doc.tokens[t].lower) || lex.stopwords.contains(&doc.tokens[t].lower) {
            continue;
        }
        if let Some(e) = doc.organisation_short_form(&word) {
            let sp = doc.tokens[t].span;
            doc.add_mention(sp, e, MentionKind::Name);
        }
    }
}

/// "the Vexmoor Water Sharing Agreement ("VWSA") … under the VWSA": initials in parentheses
/// (quoted or not) right after the name of a treaty, agreement, act or protocol name that
/// document, here and wherever they stand, no organisation.
fn document_acronyms(doc: &mut Doc, orphans: &mut Vec<usize>) {
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

/// "Quillmart Motor Co. … Quillmart Motor said", "Vexby Aerospace Inc. … Vexby shares fell": a
/// company named once with its legal designator and elsewhere without it (or by its first word
/// alone) is one company.
fn designated_short_forms(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let orgs: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e)).collect();
    for &long in &orgs {
        let name = doc.entities[long].name.clone();
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 || !DESIGNATORS.contains(&words[words.len() - 1]) {
            continue;
        }
        let base = words[..words.len() - 1].join(" ");
        // (the first word alone only for a name of two words or more before the designator)
        let short = |n: &str| n == base || words.len() >= 3 && n == words[0];
        for &e in orgs.iter().filter(|&&e| e != long && short(&doc.entities[e].name)) {
            for m in doc.mentions.iter_mut().filter(|m| m.entity == e) {
                m.entity = long;
            }
            orphans.push(e);
        }
    }
}

/// "the Christian Democratic Appeal … the Christian Democrats said": a party's members named
/// in the plural of the adjective its name is built on ("<Words> Democrats" for "<Words>
/// Democratic <Noun>", "<Words> Socialists" for "<Words> Socialist <Noun>") stand for the one
/// party the article names so in full. At least one word before the plural, so that
/// "Democrats" alone keeps its own reading.
fn party_members_plural(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let orgs: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e)).collect();
    for &short in &orgs {
        let name = doc.entities[short].name.clone();
        let Some((before, plural)) = name.rsplit_once(' ') else { continue };
        let Some(stem) = plural.strip_suffix('s').filter(|s| s.len() > 4 && s.starts_with(char::is_uppercase)) else { continue };
        if !matches!(stem, "Democrat" | "Socialist" | "Liberal" | "Conservative" | "Republican" | "Nationalist" | "Unionist") {
            continue;
        }
        let adjective = if stem == "Democrat" { "Democratic".to_string() } else { stem.to_string() };
        let prefix = format!("{before} {adjective} ");
        let full: Vec<usize> = orgs.iter().copied().filter(|&e| e != short && doc.entities[e].name.strip_prefix(&prefix).is_some_and(|r| r.starts_with(char::is_uppercase))).collect();
        if let [long] = full[..] {
            for m in doc.mentions.iter_mut().filter(|m| m.entity == short) {
                m.entity = long;
            }
            orphans.push(short);
        }
    }
}

/// The same join of initials to the one organisation they spell, again after the learned
/// tagger: "The United Auto Workers union criticized … UAW Vice President X" (the long name,
/// or the initials, may be the tagger's).
pub fn initials_after_tagger(doc: &mut Doc) {
    let mut orphans = Vec::new();
    undefined_acronyms(doc, Lexicon::get(), &mut orphans);
    // (the plural of a party's members, again: either name may be the tagger's)
    party_members_plural(doc, &mut orphans);
    drop_orphans(doc, orphans);
    mixed_case_initials(doc);
}

/// "The Ministry of Defence has scrapped … the MoD had changed …", "the Department for
/// Education … the DfE said": initials in mixed case, spelling with their small letters the
/// small words of exactly one organisation named in the article ("MoD" = Ministry of Defence,
/// "DfE", "DoJ"), are that organisation, which they had never been (they are no run of
/// capitals, so `undefined_acronyms` never sees them).
fn mixed_case_initials(doc: &mut Doc) {
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
fn undefined_acronyms(doc: &mut Doc, lex: &Lexicon, orphans: &mut Vec<usize>) {
    let spelt = |name: &str| -> String { name.split_whitespace().flat_map(|w| w.split('-')).filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect() };
    let orgs: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e)).collect();
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
            (f.contains('.') || lex.country_adjectives.contains_key(&f) || lex.country_names.contains_key(&f)).then(|| spelt(rest))
        };
        // ("the North American Electric Reliability Corp. … NERC": a continent's or a region's
        // adjective of two words opening the name gives one letter)
        let region_pair = |name: &str| {
            let (first, rest) = name.split_once(' ')?;
            let (second, rest) = rest.split_once(' ')?;
            let region = matches!(first, "North" | "South" | "East" | "West" | "Central" | "Latin") && second.ends_with("an") && second.starts_with(|c: char| c.is_uppercase());
            region.then(|| format!("{}{}", &first[..1], spelt(rest)))
        };
        // ("PJM Interconnection … PJM said": a name that opens with the initials themselves, the
        // rest naming no body of its own — not "UN Security Council", "ANC Youth League", nor
        // a plural of members, "NHS Providers" — has them as its short form; only initials no
        // list knows)
        let plural = |r: &str| r.ends_with('s') && !r.ends_with("ss");
        let opens_with = |long: &str| {
            !listed
                && long.strip_prefix(name.as_str()).and_then(|r| r.strip_prefix(' ')).is_some_and(|rest| {
                    rest.split(' ').all(|r| r.starts_with(|c: char| c.is_uppercase()) && (!lex.org_words.contains(r) || lex.company_heads.contains(r)) && !lex.titles.contains_key(&crate::lexicon::fold(r)) && (!plural(r) || lex.company_heads.contains(r)))
                })
        };
        // ("the Centers for Disease Control and Prevention … the CDC": a name whose last part,
        // "and" and one word, was added after its initials were settled spells them without it;
        // three letters or more, from a name of five words or more)
        let without_last_and = |name: &str| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (words.len() >= 5 && words[words.len() - 2] == "and" && letters.len() >= 3).then(|| spelt(&words[..words.len() - 2].join(" ")))
        };
        let mut long = orgs.iter().copied().filter(|&e| {
            e != acr
                && doc.entities[e].name.split_whitespace().count() >= 2
                && (spelt(&doc.entities[e].name) == letters || without_last_and(&doc.entities[e].name).is_some_and(|l| l == letters) || without_country(&doc.entities[e].name).is_some_and(|l| l == letters) || region_pair(&doc.entities[e].name).is_some_and(|l| l == letters) || opens_with(&doc.entities[e].name))
        });
        let (Some(l), None) = (long.next(), long.next()) else { continue };
        for m in doc.mentions.iter_mut().filter(|m| m.entity == acr) {
            m.entity = l;
        }
        orphans.push(acr);
    }
}

/// The capitalised runs of every sentence (the tagger's regions), without joining words or
/// stopwords at their edges ("The Quillmart Group" → "Quillmart Group") and without runs
/// that hold "and". With `cut`, runs are also cut where a name found before starts or ends,
/// at "and", and at joining words outside names ("Jane Roe of Quillmart" → "Jane Roe",
/// "Quillmart").
/// `regions` are the tagger's regions of every sentence (`all_regions`).
fn runs(doc: &Doc, lex: &Lexicon, regions: &[(usize, usize)], cut: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (a kind of organisation opening the sentence stays outside too: "Retailer Quillmart said")
    let loose = |t: usize| !doc.tokens[t].cap || lex.stopwords.contains(&doc.tokens[t].lower) && doc.tokens[t].lower.len() <= 4 || is_kind(&doc.tokens[t].lower) && opens_sentence(doc, t);
    {
        for &(ra, rb) in regions {
            let mut a = ra;
            while a < rb {
                // a piece: one mention, or the stretch up to the next one
                let m = doc.mention_at_token(a);
                let mut b = a + 1;
                // outside names, joining words cut too: "Shares of Quillmart", "Quillmart for Vorlane"
                let cuts = |t: usize| doc.tokens[t].lower == "and" || m.is_none() && !doc.tokens[t].cap;
                while b < rb && (!cut || doc.mention_at_token(b) == m && !cuts(b) && !cuts(a)) {
                    b += 1;
                }
                let (mut x, mut y) = (a, b);
                // (not a stopword opening a place's name: "a former New York Fed economist")
                while x < y && loose(x) && !crate::extract::names::place_opens(doc, lex, x, y) {
                    x += 1;
                }
                while y > x && !doc.tokens[y - 1].cap {
                    y -= 1;
                }
                // (a whole run may hold "and": the acronym after it tells a name
                // "National Disaster Risk Reduction and Management Council (NDRRMC)" from a list)
                if x < y && (!cut || !(x..y).any(|t| doc.tokens[t].lower == "and")) {
                    out.push((x, y));
                }
                a = b;
            }
        }
    }
    out
}

/// Whether token `t` is the first word of its sentence.
fn opens_sentence(doc: &Doc, t: usize) -> bool {
    doc.sentence_at(doc.tokens[t].span.start).is_some_and(|s| (doc.sentences[s].tokens.0..t).all(|m| doc.tokens[m].kind != TokenKind::Word))
}

fn text_of(doc: &Doc, a: usize, b: usize) -> &str {
    doc.slice(span_of(doc, a, b))
}

fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

fn lower_at(doc: &Doc, t: usize) -> &str {
    doc.tokens.get(t).filter(|x| !x.cap).map_or("", |x| x.lower.as_str())
}

/// Whether the words around run `a..b` say it is an organisation.
fn organisation_context(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (cheapest first: most runs have none of these)
    let next = lower_at(doc, b);
    // "Quillmart officials", "Quillmart's chief executive", "Quillmart unveiled …"
    if AFTER.contains(&next) || next == "'s" && OWNED.contains(&lower_at(doc, b + 1)) || COMPANY_VERBS.contains(&next) {
        return true;
    }
    // "Quillmart currently manufactures …", "Quillmart was founded in 1898"
    if ADVERBS.contains(&next) && COMPANY_VERBS.contains(&lower_at(doc, b + 1)) || matches!(next, "was" | "is" | "were") && FOUNDED.contains(&lower_at(doc, b + 1)) {
        return true;
    }
    // "Quillmart said in a statement"
    let statement = lex.cues.get(next).is_some_and(|c| c.lemma == "say")
        && lower_at(doc, b + 1) == "in"
        && matches!(lower_at(doc, b + 2), "a" | "an" | "its")
        && matches!(lower_at(doc, b + 3), "statement" | "filing" | "release" | "press");
    if statement {
        return true;
    }
    let k = if a > 0 && doc.tokens[a - 1].lower == "the" { a - 1 } else { a };
    // "a spokesman for Quillmart", "the chief executive of the Quillmart Group" (the noun
    // may open the sentence: "Shares of Quillmart rose")
    let link = if k >= 1 { lower_at(doc, k - 1) } else { "" };
    let before = k >= 2 && LINKS.contains(&link) && BEFORE.contains(&doc.tokens[k - 2].lower.as_str());
    // "works for Quillmart", "was acquired by Quillmart"
    let verb = if k >= 2 { lower_at(doc, k - 2) } else { "" };
    let owners = matches!(verb, "employed" | "acquired" | "bought" | "owned" | "hired" | "sponsored" | "funded");
    let employer = matches!(link, "for" | "at" | "by") && EMPLOYED.contains(&verb) && (link == "by") == owners;
    // "carmaker Quillmart", "the punk band The Vorlanes"
    let kind = k >= 1 && is_kind(&doc.tokens[k - 1].lower) && (!doc.tokens[k - 1].cap || opens_sentence(doc, k - 1));
    // "a group known as Quillwork", "a start-up called Vorlane": a kind of organisation, then
    // the name it goes by
    let known_as = match link {
        "as" => k >= 3 && lower_at(doc, k - 2) == "known" && is_kind(lower_at(doc, k - 3)),
        "called" | "named" => k >= 2 && is_kind(lower_at(doc, k - 2)),
        _ => false,
    };
    before
        || employer
        || kind
        || known_as
        || kind_appositive(doc, b)
        || club_prefix(doc, a, b)
        || owner_of_person(doc, a, b)
        || person_of(doc, a, b)
        || listed_with_organisation(doc, a, b)
}

/// "a movement which calls itself Quill Now", "a collective calling itself Free Vexmoor Youth":
/// a body names itself, whatever noun it was first called by (a person would be "himself"), even
/// with a country or a common word in the name; not a place's or a country's name alone.
fn named_itself(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    a >= 2
        && b - a <= 4
        && doc.tokens[a - 1].lower == "itself"
        && matches!(doc.tokens[a - 2].lower.as_str(), "calls" | "calling" | "called" | "styles" | "styling" | "styled" | "dubs" | "dubbed")
        && (a..b).all(|t| is_cap_word(doc, t) || doc.tokens[t].kind == TokenKind::Number)
        && !(b == a + 1 && (lex.country_any(&doc.tokens[a].lower).is_some() || lex.place_names.contains_key(&doc.tokens[a].lower)))
}

/// "Health NZ, also known as Te Whatu Ora, said …", "the Vexmoor Rail Agency (also known as
/// Quarnby Lines)": the other name of an organisation named right before is an organisation's,
/// even where its words read as a person's name (the agency had become a person).
fn also_known_as_organisation(doc: &Doc, a: usize, b: usize) -> bool {
    a >= 5
        && b - a <= 5
        && super::np::also_known_as_before(doc, a).is_some()
        && doc.mention_at_token(a - 5).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization)
        && (a..b).all(|t| is_cap_word(doc, t))
}

/// "the hardline Vexmoor daily", "Norland's Courant newspaper": a paper named before the noun
/// for it, after an article, an owner or a word for its politics, even when its name is a given
/// name too (a lone word had been a person).
fn paper_before_noun(doc: &Doc, a: usize, b: usize) -> bool {
    let noun = lower_at(doc, b);
    // ("Al-Qorna television quoted …": a name with the Arabic article before the noun for a
    // broadcaster or a paper, wherever it stands)
    let arabic = || matches!(noun, "television" | "tv" | "channel" | "daily" | "newspaper") && doc.tokens[a].lower.starts_with("al-");
    matches!(noun, "daily" | "newspaper" | "weekly" | "tabloid" | "television" | "tv" | "channel")
        && b - a <= 3
        && (a > 0 && matches!(doc.tokens[a - 1].lower.as_str(), "the" | "'s" | "’s" | "hardline" | "conservative" | "reformist" | "independent" | "pro-government" | "state-run" | "state-owned" | "official") && noun != "tv" && noun != "television" && noun != "channel" || arabic())
        && (a..b).all(|t| is_cap_word(doc, t))
        // (not a country's adjective or name: "an official Syrian newspaper", "a state-owned
        // Egyptian daily" name the country's press, no paper)
        && !(a..b).any(|t| Lexicon::get().country_any(&doc.tokens[t].lower).is_some())
}

/// "Hutchins analyst Jane Roe", "Brennock economist Jane Roe": one capitalised word (a
/// surname too) right before a profession of the markets and a person's name is the firm
/// the person works at, opening the sentence too; no country or its adjective, place, title,
/// given name or common word ("Market analyst Jane Roe", "Chinese economist Jane Roe").
fn firm_of_analyst(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || !matches!(lower_at(doc, b), "analyst" | "economist" | "strategist") || doc.mention_at_token(a).is_some() {
        return false;
    }
    let w = doc.tokens[a].lower.as_str();
    let person_after = doc.mention_at_token(b + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.token_at(doc.mentions[m].span.start) == b + 1);
    person_after && lex.country_any(w).is_none() && !lex.country_adjectives.contains_key(w) && !lex.place_names.contains_key(w) && !lex.titles.contains_key(w) && !lex.title_modifiers.contains(w) && !lex.first_names.contains_key(w) && !lex.is_common_word(w)
}

/// "terminal operator Santos Brasil", "shipping line Maersk", "oil giant Norco": a run the
/// names pass took for a person (it speaks) right after a lower-case noun for a kind of
/// company, with no given name in it ("investor Jane Roe" stays a person).
fn person_after_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if a == 0 || b - a > 3 {
        return false;
    }
    let before = &doc.tokens[a - 1];
    let kind = !before.cap && (is_kind(&before.lower) || matches!(before.lower.as_str(), "giant" | "line") && a >= 2 && doc.tokens[a - 2].kind == TokenKind::Word);
    let span = span_of(doc, a, b);
    kind
        && doc.mention_at_token(a).is_some_and(|m| doc.mentions[m].span == span && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
        && (a..b).all(|t| is_cap_word(doc, t) && !lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.titles.contains_key(&doc.tokens[t].lower))
}

/// "law firm Hartmann Kessler", "the consulting firm Baker Lane": a firm is often named after
/// its founders, so a run of two to four capitalised words right after "firm" with a
/// lower-case word of its trade before it (not "the firm Jane Roe founded") is the firm,
/// whatever the shape of the words.
fn named_firm(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let trade = |t: usize| doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].cap && !lex.stopwords.contains(&doc.tokens[t].lower);
    (2..=4).contains(&(b - a))
        && a >= 2
        && doc.tokens[a - 1].lower == "firm"
        && !doc.tokens[a - 1].cap
        && trade(a - 2)
        && (a..b).all(|t| is_cap_word(doc, t) && lex.country_any(&doc.tokens[t].lower).is_none() && !lex.titles.contains_key(&doc.tokens[t].lower))
}

/// "Desjardins chief economist Jane Roe": one capitalised word, then "chief", a lower-case
/// office and a person's name, is the body the person works for (even a word that is also a
/// surname: a person is not named before another's office so).
fn employer_of_chief(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let w = doc.tokens[a].lower.as_str();
    b == a + 1
        && is_cap_word(doc, a)
        && lower_at(doc, b) == "chief"
        && !lower_at(doc, b + 1).is_empty()
        && (b + 2..(b + 4).min(doc.tokens.len())).any(|t| doc.mention_at_token(t).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.token_at(doc.mentions[m].span.start) == t))
        && doc.mention_at_token(a).is_none()
        && !lex.is_common_word(w)
        && !lex.first_names.contains_key(w)
        && lex.country_any(w).is_none()
        && !lex.place_names.contains_key(w)
        && !lex.stopwords.contains(w)
        && !lex.titles.contains_key(w)
        && !crate::lexicon::is_month(w)
        && !crate::lexicon::is_weekday(w)
}

/// "the United Steelworkers union", "the Unite union said": a union's name between "the" and
/// a lower-case "union".
fn union_named_before_union(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    a >= 1
        && doc.tokens[a - 1].lower == "the"
        && doc.tokens.get(b).is_some_and(|t| t.lower == "union" && !t.cap)
        && doc.tokens.get(b + 1).is_none_or(|t| t.lower != "of")
        && candidate(doc, lex, a, b)
}

/// "the band Gigi.", "his club, Gigi,": one word that is only a given name, right after a
/// lower-case noun for a kind of organisation (and a comma) and before a stop, names that
/// organisation (a person would be "the band's Gigi" or "band member Gigi").
fn given_name_by_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || a < 2 {
        return false;
    }
    // ("told public broadcaster ARD": initials, as no given name is written, after a kind of
    // organisation, whatever comes before the kind)
    if is_kind(lower_at(doc, a - 1)) && super::names::capitals(doc.slice(doc.tokens[a].span), 2..=5) {
        return true;
    }
    if !matches!(lower_at(doc, b), "." | "," | ";" | ")") {
        return false;
    }
    let w = doc.tokens[a].lower.as_str();
    let only_given = lex.first_names.get(w).is_some_and(|g| *g != 'u') && !lex.is_common_word(w) && !lex.place_names.contains_key(w) && lex.country_any(w).is_none();
    let k = if lower_at(doc, a - 1) == "," { a - 1 } else { a };
    only_given && is_kind(lower_at(doc, k - 1)) && matches!(lower_at(doc, k - 2), "the" | "a" | "his" | "her" | "their" | "its")
}

/// Words of games and music in a sentence that make "the Falcons" a team or a band.
const PLAYING: &[&str] = &[
    "season", "game", "games", "match", "play", "played", "plays", "playing", "team", "league", "traded", "drafted", "signed",
    "won", "lost", "beat", "defeated", "compete", "competes", "scored", "coach", "coached", "starts", "band", "tour", "album",
];

/// "for the Falcons", "the Pirates lost 10-7": a common noun in the plural, capitalised inside
/// a sentence about games or music after a lower-case "the", names a team or a band, unless
/// it is a people ("the Communists"), a plural place ("the Highlands", "in the Gables") or the
/// start of a longer name ("the Daughters of …", "the Ratepayers' Association").
fn team_by_plural(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || a == 0 || lower_at(doc, a - 1) != "the" || a >= 2 && matches!(lower_at(doc, a - 2), "in" | "at" | "near" | "across" | "throughout") {
        return false;
    }
    if doc.tokens.get(b).is_some_and(|t| t.cap || matches!(t.lower.as_str(), "of" | "'" | "’" | "'s" | "’s")) {
        return false;
    }
    let word = doc.slice(doc.tokens[a].span);
    let w = doc.tokens[a].lower.as_str();
    let plural = word.len() >= 5 && w.ends_with('s') && !w.ends_with("ss") && word.chars().skip(1).all(|c| c.is_ascii_lowercase());
    if !plural || crate::extract::names::PLACE_PLURALS.contains(&w) || lex.country_any(w).is_some() || lex.place_names.contains_key(w) {
        return false;
    }
    let people = ["ans", "ists", "ese", "ites"].iter().any(|x| w.ends_with(x));
    let common = |s: &str| lex.is_common_word(s) && !lex.surnames.get(s).is_some_and(|&r| r <= 5000) && !lex.first_names.contains_key(s);
    if people || !(common(&w[..w.len() - 1]) || w.strip_suffix("es").is_some_and(common)) {
        return false;
    }
    // (the sentence, at most 25 words either side, speaks of games or music)
    let Some(si) = doc.sentence_at(doc.tokens[a].span.start) else { return false };
    let (sa, sb) = doc.sentences[si].tokens;
    (sa.max(a.saturating_sub(25))..sb.min(b + 25)).any(|t| PLAYING.contains(&doc.tokens[t].lower.as_str()))
}

/// ", a Vexmoor-based retailer," / ", the carmaker," after a name: an appositive whose head is
/// a kind of organisation (not ", the group's leader,").
fn kind_appositive(doc: &Doc, b: usize) -> bool {
    let Some(open) = appositive_open(doc, b) else { return false };
    for t in open..(open + 4).min(doc.tokens.len()) {
        let tok = &doc.tokens[t];
        if is_kind(&tok.lower) && !tok.cap {
            return doc.tokens.get(t + 1).is_none_or(|x| x.lower != "'s");
        }
        // ("Quillmart, the Danish drugmaker,": a country's adjective may modify the kind)
        let modifier = tok.kind == TokenKind::Word && (!tok.cap || tok.lower.ends_with("-based") || Lexicon::get().country_adjectives.contains_key(&tok.lower));
        if !modifier {
            return false;
        }
    }
    false
}

/// Where the words of an appositive after the comma at `b` start: after its article (", the
/// Danish drugmaker"), or after a country's name and "'s" (", Germany's largest union"); none
/// without either (", left the band" is a clause).
fn appositive_open(doc: &Doc, b: usize) -> Option<usize> {
    if doc.tokens.get(b).is_none_or(|t| t.lower != ",") {
        return None;
    }
    let next = doc.tokens.get(b + 1)?;
    if matches!(next.lower.as_str(), "a" | "an" | "the") {
        return Some(b + 2);
    }
    if !next.cap {
        return None;
    }
    let (e, _) = crate::extract::names::longest(doc, b + 1, (b + 4).min(doc.tokens.len()), &Lexicon::get().country_names)?;
    doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")).then_some(e + 1)
}

/// "Vexnor Nordic, the Danish company that makes …, said", "Quill Tolvan, the drugmaker,":
/// a run of two or three capitalised words (given names or places among them) in apposition
/// to a kind of organisation that heads its phrase, where no title, honorific or person of
/// that name elsewhere says it is someone.
fn named_by_kind_appositive(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the appositive's comma first: asked of every run)
    // (one word too after a country's possessive: "Verdi, Germany's second-largest union,")
    let by_country = || b == a + 1 && doc.tokens.get(b + 1).is_some_and(|t| t.cap) && appositive_open(doc, b).is_some();
    if lower_at(doc, b) != "," || !((2..=3).contains(&(b - a)) || by_country()) || !(a..b).all(|t| is_cap_word(doc, t) && !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.stopwords.contains(&doc.tokens[t].lower)) {
        return false;
    }
    if a > 0 && (lex.titles.contains_key(&doc.tokens[a - 1].lower) || doc.tokens[a - 1].lower == "'s") {
        return false;
    }
    // the kind heads the appositive: "the Danish company that …", "the drugmaker," (not "a
    // company executive", "the company's founder")
    // (kinds no person is called: "Tom Hale, an investor," is someone)
    const BODIES: &[&str] = &["company", "firm", "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "lender", "insurer", "broadcaster", "newspaper", "airline", "manufacturer", "conglomerate", "startup", "start-up", "charity", "nonprofit", "bank", "supermarket", "militia", "union"];
    // (", Germany's largest union,": after a country's possessive too)
    let Some(open) = appositive_open(doc, b) else { return false };
    let head = (open..(open + 4).min(doc.tokens.len())).find(|&t| BODIES.contains(&doc.tokens[t].lower.as_str()) && !doc.tokens[t].cap);
    // (the words between are its modifiers: "an analyst at the firm" is headed by "analyst")
    let head = head.filter(|&t| (open..t).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower) && !lex.speaker_nouns.contains(&doc.tokens[j].lower)));
    let heads = head.is_some_and(|t| doc.tokens.get(t + 1).is_none_or(|x| matches!(x.lower.as_str(), "," | "." | ";" | "that" | "which" | "whose" | "based" | "headquartered" | "known" | "behind")));
    // (and nobody of that surname is named with a title or an honorific elsewhere)
    // (asked last: it reads every mention)
    let last = doc.slice(doc.tokens[b - 1].span);
    let titled = || doc.mentions.iter().any(|m| doc.entities[m.entity].kind == EntityKind::Person && doc.slice(m.span).ends_with(last) && {
        let s = doc.token_at(m.span.start);
        s > 0 && lex.titles.contains_key(&doc.tokens[s - 1].lower)
    });
    heads && kind_appositive(doc, b) && !titled()
}

/// "Germany's steel industry association, Vexstahl, said", "the country's largest farm
/// federation, Agri Vexmoor, warned": a run of one to four capitalised words in commas right after
/// a description headed by a kind of organisation (its modifiers in lower case, opened by an
/// article or a possessive) is that organisation's name, unless someone is named in full so.
fn named_after_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the commas first: asked of every run)
    if a < 3 || b - a > 4 || lower_at(doc, b) != "," || doc.tokens[a - 1].lower != "," || !is_kind(lower_at(doc, a - 2)) {
        return false;
    }
    // the modifiers, then what opens the description
    let mut s = a - 2;
    while s > 0 && a - 2 - s < 5 && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !matches!(doc.tokens[s - 1].lower.as_str(), "'s" | "\u{2019}s") && !lex.stopwords.contains(&doc.tokens[s - 1].lower) && !lex.person_nouns.contains(&doc.tokens[s - 1].lower) {
        s -= 1;
    }
    let opener = s.checked_sub(1).map_or("", |o| doc.tokens[o].lower.as_str());
    if !matches!(opener, "the" | "a" | "an" | "its" | "their" | "'s" | "\u{2019}s") {
        return false;
    }
    // (a person named in full in the commas is the body's someone: "the union, Jane Roe,"
    // reads as a list or an aside, not a name)
    let person = doc.mention_at_token(a).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.entities[doc.mentions[m].entity].name.contains(' '));
    !person && (a..b).all(|t| is_cap_word(doc, t) && !lex.titles.contains_key(&doc.tokens[t].lower) && lex.country_any(&doc.tokens[t].lower).is_none())
}

/// "Quillmart, which runs the Vexcoin network, said …", "Vorlane, the network of Vexmoor
/// charities, said …": a name of one to three capitalised words opening its sentence, then a
/// "which" clause led by a verb other than "be" or "have" or an appositive headed by a kind of organisation in commas, then a speech
/// cue, is the organisation that speaks, even where its word is a common one (no speaker had
/// been found). Not a country, place, title or person named in full.
fn speaker_described_in_commas(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the comma first: asked of every run)
    if lower_at(doc, b) != "," || b - a > 3 || !opens_sentence(doc, a) {
        return false;
    }
    // (the kind heads the appositive, and no person is called so: not "a former bank
    // executive", "an investor")
    let headed = || {
        let Some(open) = appositive_open(doc, b) else { return false };
        let head = (open..(open + 4).min(doc.tokens.len())).find(|&t| is_kind(&doc.tokens[t].lower) && !doc.tokens[t].cap);
        head.is_some_and(|h| {
            (open..h).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower))
                && !matches!(doc.tokens[h].lower.as_str(), "investor" | "developer" | "miner" | "maker" | "carrier" | "label" | "daily" | "weekly" | "band")
                && doc.tokens.get(h + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | "of" | "for" | "that" | "which" | "behind"))
        })
    };
    // (a "which" clause whose verb says what the body does, "which issues", "which runs"; a
    // clause of being, "which is based in …", describes places and things as well)
    let which = lower_at(doc, b + 1) == "which" && !matches!(lower_at(doc, b + 2), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "" );
    if !which && !headed() {
        return false;
    }
    let ok = |t: usize| {
        let w = doc.tokens[t].lower.as_str();
        is_cap_word(doc, t) && !lex.titles.contains_key(w) && !lex.stopwords.contains(w) && lex.country_any(w).is_none() && lex.first_names.get(w).is_none_or(|g| *g == 'u')
    };
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    if !(a..b).all(ok) || lex.place_names.contains_key(&lows.join(" ")) || person_named(doc, a) || lex.peoples.contains(lows[0]) {
        return false;
    }
    // the comma that closes the clause or the appositive, then a speech cue
    let Some(si) = doc.sentence_at(doc.tokens[a].span.start) else { return false };
    let end = doc.sentences[si].tokens.1.min(b + 30);
    (b + 2..end.saturating_sub(1)).take_while(|&t| !matches!(doc.tokens[t].lower.as_str(), "\"" | "\u{201c}" | "\u{201d}" | ";" | ":")).any(|t| doc.tokens[t].lower == "," && lex.cues.get(lower_at(doc, t + 1)).is_some())
}

/// "Quillmart, Vorlane and the Vexmoor Bank": a run listed next to an organisation.
fn listed_with_organisation(doc: &Doc, a: usize, b: usize) -> bool {
    let org_at = |t: usize| doc.mention_at_token(t).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization);
    let sep = |t: usize| doc.tokens.get(t).is_some_and(|x| matches!(x.lower.as_str(), "," | "and" | "or" | "the"));
    // before: "Vexmoor Bank, [X]" / "Vexmoor Bank and [X]" / "Vexmoor Bank, and the [X]"
    let mut t = a;
    let mut n = 0;
    while t > 0 && sep(t - 1) && n < 3 {
        t -= 1;
        n += 1;
    }
    // ("A spokesperson for the UN human rights office, Ravina Shamdasani, said": a name after
    // a body that a noun for a person governs is in apposition to that person, no list)
    let governed = |o: usize| doc.mention_at_token(o).is_some_and(|m| crate::extract::names::governed_by_person_word(doc, Lexicon::get(), doc.token_at(doc.mentions[m].span.start)));
    let before = n > 0 && t > 0 && doc.tokens[t].lower != "the" && org_at(t - 1) && !(n == 1 && doc.tokens[t].lower == "," && governed(t - 1));
    // after: "[X], Vexmoor Bank" / "[X] and the Vexmoor Bank"
    let mut t = b;
    let mut n = 0;
    while sep(t) && n < 3 {
        t += 1;
        n += 1;
    }
    let after = n > 0 && doc.tokens[b].lower != "the" && t < doc.tokens.len() && org_at(t);
    if !before && !after {
        return false;
    }
    // a list with people in it ("Quillmart, Jane Roe and …") says nothing
    let people = (a.saturating_sub(8)..(b + 8).min(doc.tokens.len())).any(|t| doc.person_at_token(t));
    let shouted = b == a + 1 && !doc.slice(doc.tokens[a].span).chars().any(char::is_lowercase);
    !people && !shouted
}

/// "FC Vexmoor", "AFC Quarnel": a football club's designator before the name ("PT Vexmoor
/// Nikel": a company's).
fn club_prefix(doc: &Doc, a: usize, b: usize) -> bool {
    let w = doc.slice(doc.tokens[a].span);
    b > a + 1 && (crate::extract::names::CLUB_PREFIXES.contains(&w) || crate::extract::names::COMPANY_PREFIXES.contains(&w))
}

/// Whether token `t` lies in the name of a person named in full.
fn person_named(doc: &Doc, t: usize) -> bool {
    doc.mention_at_token(t).is_some_and(|m| {
        let e = &doc.entities[doc.mentions[m].entity];
        e.kind == EntityKind::Person && e.name.contains(' ')
    })
}

/// "Quillmart's Jane Roe": what a person named in full right after "X's" belongs to.
fn owner_of_person(doc: &Doc, a: usize, b: usize) -> bool {
    // the person's name starts right after "'s"
    let starts = |t: usize| doc.mention_at_token(t).is_some_and(|m| doc.mentions[m].span.start == doc.tokens[t].span.start);
    a < b && lower_at(doc, b) == "'s" && person_named(doc, b + 1) && starts(b + 1)
}

/// "Jane Roe of Quillmart": a person named in full, "of", then the run (and nothing
/// capitalised after it).
fn person_of(doc: &Doc, a: usize, b: usize) -> bool {
    a >= 2 && lower_at(doc, a - 1) == "of" && person_named(doc, a - 2) && doc.tokens.get(b).is_none_or(|t| t.kind != TokenKind::Word || !t.cap)
}

/// Whether run `a..b` (one to four words) may be an organisation no lexicon knows: not a
/// person's name, place, country, people, title or common word.
fn candidate(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b - a > 4 || !is_cap_word(doc, a) || !is_cap_word(doc, b - 1) {
        return false;
    }
    // ("fined a bank Sh15 million", "KSh120 billion", "Rs500 crore": a currency's letters
    // glued to an amount)
    if b == a + 1 && matches!(lower_at(doc, b), "million" | "billion" | "trillion" | "bn" | "m" | "crore" | "lakh") && doc.tokens[a].lower.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // ("bid for the 2036 Olympics, and the Indian Olympic Association": an event's name,
    // "Olympics", "Frankfurt Marathon", is no body, listed with one or not)
    if (a..b).any(|t| crate::extract::names::holiday_cover(doc, lex, t).is_some()) {
        return false;
    }
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    let known = |w: &str| {
        lex.first_names.get(w).is_some_and(|g| *g != 'u')
            || lex.country_any(w).is_some()
            || lex.titles.contains_key(w)
            || lex.title_modifiers.contains(w)
            || lex.stopwords.contains(w)
    };
    // "Vexmoor County": a region's name
    let region = crate::extract::names::REGION_WORDS.contains(&lows[lows.len() - 1]);
    // (a stopword opening a place's name before more words is the place's: "New York Fed")
    let opening = crate::extract::names::place_opens(doc, lex, a, b) && b > a + 2;
    if region || lows.iter().enumerate().any(|(i, w)| known(w) && !(opening && i == 0)) || lex.place_names.contains_key(&lows.join(" ")) {
        return false;
    }
    if b == a + 1 {
        let w = lows[0];
        let word = doc.slice(doc.tokens[a].span);
        // "Republican officials", "European officials": an adjective, not a name
        let adjective = ["an", "ic", "ish", "ese", "ern", "ist"].iter().any(|s| w.ends_with(s));
        let surname = lex.surnames.get(w).is_some_and(|&r| r <= 5000) || lex.census_given.contains(w);
        let person = doc.people_named_in_full(word).next().is_some();
        // ("Serb officials", "Arab officials": a people's word, listed, too)
        if adjective || surname || person || lex.is_common_word(w) || lex.place_names.contains_key(w) || lex.org_words.contains(word) || lex.peoples.contains(w) {
            return false;
        }
        if word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return false;
        }
    }
    // only organisation words ("Police officials") name no one in particular, unless a noun for
    // its kind stands right before two words or more ("property agency Orchard Realty",
    // "property consultancy Meridian Estates": names of common words are usual for firms)
    let after_kind = b >= a + 2 && a >= 1 && is_kind(lower_at(doc, a - 1));
    after_kind || !(a..b).all(|t| lex.org_words.contains(doc.slice(doc.tokens[t].span)) || lex.is_common_word(&doc.tokens[t].lower))
}

/// "The Rescue Lawyers, a group that …": two to four capitalised common words after "The",
/// then an appositive that says what kind of organisation they are, name it (a name of
/// common words only is no candidate elsewhere: "Police officials").
fn common_words_by_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if !(a + 2..=a + 4).contains(&b) || a == 0 || doc.tokens[a - 1].lower != "the" || !kind_appositive(doc, b) {
        return false;
    }
    let known = |t: usize| {
        let w = doc.tokens[t].lower.as_str();
        !is_cap_word(doc, t) || lex.first_names.contains_key(w) || lex.country_any(w).is_some() || lex.titles.contains_key(w) || lex.title_modifiers.contains(w) || lex.stopwords.contains(w)
    };
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    !(a..b).any(known) && !lex.place_names.contains_key(&lows.join(" ")) && !crate::extract::names::REGION_WORDS.contains(&lows[lows.len() - 1])
}

/// Makes run `a..b` an organisation when nothing claims it, or when only a lone word taken
/// for a person does ("Quillmart said …" before "Quillmart officials"). With `entity`, the
/// mention joins that organisation. Returns the organisation.
fn claim(doc: &mut Doc, a: usize, b: usize, entity: Option<usize>, orphans: &mut Vec<usize>) -> Option<usize> {
    // ("Jane Roe@QUARNCO": a word glued to an at-sign is part of an address)
    if crate::extract::names::in_address(doc, a) {
        return None;
    }
    let span = span_of(doc, a, b);
    let inside = doc.mentions_in(span).len();
    let touching = (a..b).filter_map(|t| doc.mention_at_token(t)).collect::<Vec<_>>();
    if touching.is_empty() {
        let e = entity.unwrap_or_else(|| doc.organisation(&text_of(doc, a, b).to_string()));
        doc.add_mention(span, e, MentionKind::Name);
        return Some(e);
    }
    // one mention, of the whole run, of a person known by this one word only
    let m = touching[0];
    let lone_person = inside == 1 && touching.iter().all(|&x| x == m) && doc.mentions[m].span == span && {
        let p = &doc.entities[doc.mentions[m].entity];
        p.kind == EntityKind::Person && !p.name.contains(' ')
    };
    if !lone_person {
        return None;
    }
    let person = doc.mentions[m].entity;
    let name = text_of(doc, a, b).to_string();
    let existing = entity.or_else(|| doc.entities.iter().position(|e| e.kind == EntityKind::Organization && e.name.eq_ignore_ascii_case(&name)));
    match existing {
        // every mention of that person is this organisation
        Some(org) => {
            for x in doc.mentions.iter_mut().filter(|x| x.entity == person) {
                x.entity = org;
            }
            orphans.push(person);
            Some(org)
        }
        None => {
            let e = &mut doc.entities[person];
            e.kind = EntityKind::Organization;
            e.surname.clear();
            Some(person)
        }
    }
}

/// Drops the entities of `orphans` that no mention and no other entity refers to any more
/// (before roles and statements exist, these are the only references), in one pass.
/// "… unless Deutsche Bahn presents a new offer" after "Deutsche Bahn (DB) said": a person
/// of several words whose name an organisation of the article bears as written is that
/// organisation (the names pass took the name before a verb as a person's before the
/// organisations were found). "Mori said Chugoku Kaigan had agreed …" after "Chugoku Kaigan
/// Bank" and "Chugoku Kaigan President Yuko Mori": the name may be one the article gives the
/// organisation short, as written where it names it, or its fullest name without the word
/// that makes it a company ("Tarvo Minato" of "Tarvo Minato Bank"; not "Jane Roe" of a "Jane
/// Roe Foundation", which a person may well have founded).
pub fn people_named_as_orgs(doc: &mut Doc) {
    let mut moved: Vec<(usize, usize)> = Vec::new();
    let company_word = |w: &str| matches!(w, "Bank" | "Bancorp" | "Group" | "Corp" | "Corp." | "Corporation" | "Holdings" | "Inc" | "Inc." | "Ltd" | "Ltd." | "plc" | "PLC");
    let named_so = |o: usize, name: &str| {
        doc.entities[o].name.strip_prefix(name).and_then(|rest| rest.strip_prefix(' ')).is_some_and(company_word)
            || doc.mentions.iter().any(|m| m.entity == o && m.kind == MentionKind::Name && doc.slice(m.span) == name)
    };
    for (p, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person || !e.name.contains(' ') {
            continue;
        }
        if let Some(o) = (0..doc.entities.len()).find(|&o| doc.entities[o].kind == EntityKind::Organization && (doc.entities[o].name == e.name || named_so(o, &e.name))) {
            moved.push((p, o));
        }
    }
    move_mentions(doc, moved);
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

/// Points every mention of the first entity of each pair at the second, then drops the first
/// entities (when nothing refers to them any more).
pub(crate) fn move_mentions(doc: &mut Doc, moved: Vec<(usize, usize)>) {
    if moved.is_empty() {
        return;
    }
    for m in &mut doc.mentions {
        if let Some(&(_, to)) = moved.iter().find(|&&(from, _)| from == m.entity) {
            m.entity = to;
        }
    }
    drop_orphans(doc, moved.into_iter().map(|(from, _)| from).collect());
}

pub(crate) fn drop_orphans(doc: &mut Doc, mut orphans: Vec<usize>) {
    orphans.sort_unstable();
    orphans.dedup();
    orphans.retain(|&e| !doc.mentions.iter().any(|m| m.entity == e) && !doc.entities.iter().any(|x| x.stands_for == Some(e)));
    if orphans.is_empty() {
        return;
    }
    // new index of every entity: its old one minus the dropped ones before it
    let new: Vec<usize> = (0..doc.entities.len()).map(|e| e - orphans.partition_point(|&o| o < e)).collect();
    let mut i = 0;
    doc.entities.retain(|_| {
        i += 1;
        orphans.binary_search(&(i - 1)).is_err()
    });
    for m in &mut doc.mentions {
        m.entity = new[m.entity];
    }
    for x in &mut doc.entities {
        if let Some(s) = x.stands_for.as_mut() {
            *s = new[*s];
        }
    }
}

/// "A spokesperson for West Yorkshire police said", "the deputy leader of Bradford council",
/// "appeared at Westminster magistrates court", "the Lagos state government said": British
/// and agency copy writes a town's or region's police, council, court or government in lower
/// case after the place's name; the place and those words are that body (named as written),
/// not the place (run after the tagger, which finds some of the places). Not a country's
/// ("Pakistan police said": the state speaks), nor things of the body ("police station",
/// "council tax", "council estate").
pub fn place_bodies(doc: &mut Doc) {
    let mut orphans = Vec::new();
    for i in 0..doc.mentions.len() {
        let m = &doc.mentions[i];
        if m.kind != MentionKind::Name || doc.entities[m.entity].kind != EntityKind::Place {
            continue;
        }
        let t = doc.token_at(m.span.end);
        let lower = |j: usize| doc.tokens.get(j).filter(|x| !x.cap && x.kind == TokenKind::Word).map(|x| x.lower.as_str());
        // (a kind of council or court before its head word: "county council", "crown court",
        // "magistrates' court", "coroner's court")
        let mut j = t;
        if matches!(lower(j), Some("county" | "city" | "borough" | "district" | "town" | "parish" | "state" | "regional" | "provincial" | "municipal" | "crown" | "magistrates" | "coroner" | "youth" | "family")) {
            j += 1;
            if doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "'" | "\u{2019}" | "'s" | "\u{2019}s")) {
                j += 1;
            }
        }
        let end = match lower(j) {
            Some("police" | "council" | "government" | "court") => j + 1,
            _ => continue,
        };
        if doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "station" | "stations" | "tax" | "taxes" | "house" | "houses" | "housing" | "estate" | "estates" | "flat" | "flats" | "car" | "cars" | "van" | "vans" | "cell" | "cells" | "of"))
            || (t..end).any(|k| doc.mention_at_token(k).is_some())
        {
            continue;
        }
        let a = doc.token_at(doc.mentions[i].span.start);
        let name = text_of(doc, a, end).to_string();
        let span = span_of(doc, a, end);
        let ent = doc.organisation(&name);
        let m = &mut doc.mentions[i];
        orphans.push(m.entity);
        (m.span, m.entity) = (span, ent);
    }
    drop_orphans(doc, orphans);
}

/// "The Metropolitan police's use of …", "Met police use of … unlawful", then "the Met's
/// policy", "A Met spokesperson said …": British copy names a force by a capitalised word that
/// is no place before a lower-case "police" (`place_bodies` takes the places), and then by that
/// word alone or clipped ("the Met"). The word and "police" are a police body named as written
/// when the word is capitalised mid-sentence, or opens a sentence but is written capitalised
/// mid-sentence elsewhere in the article (not "Riot police fired …"), and is no kind of police
/// ("State police", "Federal police");
/// never a country's adjective ("Thai police": the state's), a weekday or a month ("On Monday
/// police said"), nor things of the police ("police station"). Two such words one of which clips
/// the other ("Met", "Metropolitan") are one force, named by the longer; then a lone capitalised
/// word that is, or clips, the first word of a force the article names ("the Met", "a Met
/// spokesperson") is that force, unless a capitalised word follows ("the Met Office", "the Met
/// Gala"): a museum called "the Met" names no police force and is left alone.
pub fn named_police(doc: &mut Doc) {
    // (a kind of police, not a force's name, though some house styles capitalise it: "a State
    // police firing" in Indian copy, "Federal police", "Riot police")
    const KINDS_OF_POLICE: &[&str] = &[
        "state", "federal", "national", "city", "county", "local", "municipal", "provincial", "regional", "district", "village", "military",
        "border", "traffic", "riot", "secret", "religious", "transport", "railway", "tourist", "judicial", "criminal", "armed", "mounted",
        "royal", "special", "auxiliary", "community", "civil", "metro", "morality", "immigration", "customs", "security", "anti-riot",
    ];
    // (asked once: most stories have no lower-case "police")
    if !doc.text().contains("police") {
        return;
    }
    let lex = Lexicon::get();
    let n = doc.tokens.len();
    let opens = |doc: &Doc, t: usize| {
        let pos = doc.tokens[t].span.start;
        doc.sentence_at(pos).is_none_or(|s| doc.sentences[s].span.start == pos)
            || t > 0 && doc.tokens[t - 1].kind == TokenKind::Quote
    };
    let plain = |doc: &Doc, t: usize| {
        let x = &doc.tokens[t];
        let w = doc.slice(x.span);
        x.kind == TokenKind::Word && x.cap && w.chars().count() >= 3 && w.chars().skip(1).all(char::is_lowercase) && w.chars().all(char::is_alphabetic)
    };
    // the words capitalised mid-sentence somewhere in the article
    let mid: std::collections::HashSet<String> = (1..n).filter(|&t| plain(doc, t) && !opens(doc, t) && !doc.tokens[t - 1].cap).map(|t| doc.tokens[t].lower.clone()).collect();
    let mut found: Vec<(usize, String)> = Vec::new();
    // (the force's first word, when a compass word opening the sentence begins its name)
    let mut first: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for t in 0..n.saturating_sub(1) {
        if !plain(doc, t) || doc.mention_at_token(t).is_some() || doc.tokens[t + 1].cap || doc.tokens[t + 1].lower != "police" || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        let w = &doc.tokens[t].lower;
        if t > 0 && opens(doc, t - 1) && compass_before(doc, t) {
            first.insert(t, t - 1);
        } else if t > 0 && doc.tokens[t - 1].cap && doc.tokens[t - 1].kind == TokenKind::Word && !opens(doc, t - 1)
            || lex.country_any(w).is_some()
            || KINDS_OF_POLICE.contains(&w.as_str())
            || crate::lexicon::is_weekday(w)
            || crate::lexicon::is_month(w)
            || opens(doc, t) && !mid.contains(w)
            || doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "station" | "stations" | "car" | "cars" | "van" | "vans" | "cell" | "cells" | "officer" | "officers"))
        {
            continue;
        }
        found.push((t, w.clone()));
    }
    if found.is_empty() {
        return;
    }
    // the longest word each clips: "Met" → "Metropolitan"
    let longest = |w: &str| found.iter().map(|(_, x)| x.as_str()).filter(|x| x.starts_with(w)).max_by_key(|x| x.len()).unwrap_or(w).to_string();
    let start = |t: usize| first.get(&t).copied().unwrap_or(t);
    for &(t, ref w) in &found.clone() {
        let full = longest(w);
        let name = if full == *w { text_of(doc, start(t), t + 2).to_string() } else {
            let at = found.iter().find(|(_, x)| *x == full).map(|&(a, _)| a).unwrap_or(t);
            text_of(doc, start(at), at + 2).to_string()
        };
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, start(t), t + 2), ent, MentionKind::Name);
    }
    // a lone word that is, or clips, the first word of a force named so (only these: a lone
    // "Toronto" the tagger missed is no "Toronto police")
    let mut forces: Vec<(String, usize)> = Vec::new();
    for &(t, ref w) in &found {
        if let Some(m) = doc.mention_at_token(t) {
            forces.push((w.clone(), doc.mentions[m].entity));
        }
    }
    // (and the place named before "police" elsewhere, "Police in North Jutland said", is that
    // force's: its two words as one name)
    let mut orphans = Vec::new();
    for &(t, _) in found.iter().filter(|&&(t, _)| first.contains_key(&t)) {
        let Some(e) = doc.mention_at_token(t).map(|m| doc.mentions[m].entity) else { continue };
        let (a, b) = (doc.tokens[t - 1].lower.clone(), doc.tokens[t].lower.clone());
        for k in 2..n.saturating_sub(1) {
            if doc.tokens[k].lower != a || doc.tokens[k + 1].lower != b || !doc.tokens[k].cap || !doc.tokens[k + 1].cap || doc.tokens[k - 1].lower != "in" || doc.tokens[k - 2].lower != "police" {
                continue;
            }
            let span = span_of(doc, k - 2, k + 2);
            match doc.mention_at_token(k).filter(|&m| doc.token_at(doc.mentions[m].span.end) == k + 2) {
                Some(m) => {
                    orphans.push(doc.mentions[m].entity);
                    (doc.mentions[m].span, doc.mentions[m].entity) = (span, e);
                }
                None if (k - 2..k + 2).all(|j| doc.mention_at_token(j).is_none()) => doc.add_mention(span, e, MentionKind::Name),
                None => {}
            }
        }
    }
    drop_orphans(doc, orphans);
    for t in 0..n {
        if !plain(doc, t) || doc.mention_at_token(t).is_some() || doc.tokens.get(t + 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word) {
            continue;
        }
        let w = &doc.tokens[t].lower;
        let mut hits = forces.iter().filter(|(f, _)| f == w || f.starts_with(w.as_str()) && f.len() >= 2 * w.len() + 2).map(|&(_, e)| e);
        let Some(e) = hits.next() else { continue };
        if hits.all(|x| x == e) {
            let span = doc.tokens[t].span;
            doc.add_mention(span, e, MentionKind::Name);
        }
    }
}

/// "North Jutland police chief inspector X said", "Southern Ostrobothnia police said": a
/// compass word opening the sentence before the capitalised word ahead of "police" is the first
/// word of the region's name, so of the force's ("North Jutland police", not "Jutland police");
/// a region the gazetteer lacks is otherwise cut at its second word.
fn compass_before(doc: &Doc, t: usize) -> bool {
    let x = &doc.tokens[t - 1];
    x.cap && x.kind == TokenKind::Word && doc.mention_at_token(t - 1).is_none()
        && crate::lexicon::is_compass_word(&x.lower)
}

/// The letters and digits an acronym spells: its capitals and digits ("DoD" → "DD").
fn acronym_letters(w: &str) -> Option<String> {
    let n = w.chars().count();
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=8).contains(&n) && caps >= 2 && w.chars().all(|c| c.is_alphanumeric() || c == '-') && w.starts_with(|c: char| c.is_uppercase());
    ok.then(|| w.chars().filter(|c| c.is_uppercase() || c.is_ascii_digit()).collect())
}

/// "USD", "GMT": capitals the lexicon knows are no organisation.
fn not_organisation(doc: &Doc, t: usize) -> bool {
    Lexicon::get().not_organisations.contains(&doc.tokens[t].lower)
}

/// Initials of the capitalised words and numbers of tokens `a..b` (each part of a
/// hyphenated word counts: "American-Islamic" → "AI").
fn initials(doc: &Doc, a: usize, b: usize) -> String {
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
fn spells(doc: &Doc, a: usize, b: usize, letters: &str) -> bool {
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
    small == letters || plain.len() >= 3 && sorted(&plain) == sorted(letters)
}

/// "the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name that lists
/// trades with commas, runs `a..b` and `a2..b2` one comma apart, the second ending in an
/// organisation word, then initials in parentheses that pick, in order, from the first
/// letters of both and open and close as they do. The long form and the initials' token.
fn listing_name_before_initials(doc: &Doc, a: usize, b: usize, a2: usize, b2: usize) -> Option<(usize, usize, usize)> {
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
fn acronym_definition(doc: &Doc, a: usize, b: usize) -> Option<(usize, usize, usize)> {
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
fn define_acronym(doc: &mut Doc, lex: &Lexicon, la: usize, lb: usize, acr: usize, orphans: &mut Vec<usize>) {
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

/// A run spelt exactly like a name already found as an organisation is that organisation
/// ("Quillmart officials said … Quillmart cut jobs").
fn repeated(doc: &mut Doc, runs: &[(usize, usize)], orphans: &mut Vec<usize>) {
    let mut names: FxHashMap<String, usize> = FxHashMap::default();
    let lex = Lexicon::get();
    for m in &doc.mentions {
        if doc.entities[m.entity].kind == EntityKind::Organization {
            let name = doc.slice(m.span);
            names.entry(name.to_string()).or_insert(m.entity);
            // "Quillmart" after "Quillmart Inc.", "Vorlane" after "Vorlane Holdings"
            if let Some(short) = short_form(lex, name) {
                names.entry(short.to_string()).or_insert(m.entity);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for &(a, b) in runs {
        let Some(&org) = names.get(text_of(doc, a, b)) else { continue };
        if !super::names::verb_with_particle(doc, lex, a, b) {
            claim(doc, a, b, Some(org), orphans);
        }
    }
}

/// Last words of a firm's name that copy drops after the first mention ("Lantern Markets" →
/// "Lantern"), beyond the company heads listed in data/lexicon/company_heads.txt.
const FIRM_HEADS: &[&str] = &["Markets", "Partners", "Finance", "Exchange", "Technologies", "Holdings", "Group"];

/// "The regulator sued the exchange Lantern Markets … Lantern said the claims were …", "from
/// Lantern in the 24 hours", "Lantern's largest investor": a firm named in full as one
/// capitalised word and a company head (`FIRM_HEADS` or the lexicon's) is then called by that
/// word alone when the word is a common word, which `short_form` and `organisation_short_form`
/// leave out ("Orchard Inc." alone names no "Orchard" everywhere). The lone word is the firm where it is capitalised inside a sentence after no
/// capitalised word, or opens a sentence and then a speech cue, a possessive or a comma follows
/// ("Lantern said …"; not "Lantern festivals were …"); never a country, a place or a given name.
/// A person named by the word alone there (an earlier pass's reading of "Lantern said") is the
/// firm.
fn first_word_of_firm(doc: &mut Doc, lex: &Lexicon, orphans: &mut Vec<usize>) {
    let mut firms: Vec<(String, usize)> = Vec::new();
    for m in &doc.mentions {
        if doc.entities[m.entity].kind != EntityKind::Organization {
            continue;
        }
        let name = doc.slice(m.span);
        let mut words = name.split_whitespace();
        let (Some(first), Some(head), None) = (words.next(), words.next(), words.next()) else { continue };
        let lower = crate::lexicon::fold(first);
        // (a first word no list gives as a common word is left to `organisation_short_form`)
        if !(FIRM_HEADS.contains(&head) || lex.company_heads.contains(head))
            || !lex.is_common_word(&lower)
            || first.chars().count() < 4
            || !first.chars().all(char::is_alphabetic)
            || !first.chars().next().is_some_and(char::is_uppercase)
            || !first.chars().skip(1).all(char::is_lowercase)
            || lex.country_any(&lower).is_some()
            || lex.place_names.contains_key(&lower)
            || lex.first_names.contains_key(&lower)
            || lex.stopwords.contains(&lower)
        {
            continue;
        }
        if !firms.iter().any(|(w, _)| *w == lower) {
            firms.push((lower, m.entity));
        }
    }
    if firms.is_empty() {
        return;
    }
    let n = doc.tokens.len();
    for t in 0..n {
        let x = &doc.tokens[t];
        // (a person of the word alone, read so from "Lattice said" before the firm was
        // found, is the firm)
        let person = doc.mention_at_token(t).filter(|&m| doc.mentions[m].span == x.span && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.entities[doc.mentions[m].entity].name == doc.slice(x.span));
        if !x.cap || x.kind != TokenKind::Word || doc.mention_at_token(t).is_some() && person.is_none() {
            continue;
        }
        let Some(&(_, org)) = firms.iter().find(|(w, _)| *w == x.lower) else { continue };
        // (a firm's full name again, or a run of names: left to the tagger)
        if doc.tokens.get(t + 1).is_some_and(|y| y.cap && y.kind == TokenKind::Word) {
            continue;
        }
        let ok = if opens_sentence(doc, t) {
            doc.tokens.get(t + 1).is_some_and(|y| matches!(y.lower.as_str(), "'s" | "\u{2019}s" | ",") || lex.cues.get(y.lower.as_str()).is_some())
        } else {
            !(t > 0 && doc.tokens[t - 1].cap && doc.tokens[t - 1].kind == TokenKind::Word)
        };
        if !ok {
            continue;
        }
        if let Some(m) = person {
            orphans.push(doc.mentions[m].entity);
            doc.mentions[m].entity = org;
        } else {
            let span = doc.tokens[t].span;
            doc.add_mention(span, org, MentionKind::Name);
        }
    }
}

/// Designators a company's name is also written without ("Quillmart Inc." → "Quillmart",
/// "Quillmart Motor Co." → "Quillmart Motor").
const DESIGNATORS: &[&str] = &["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "plc", "Co", "Co.", "Group", "Holdings", "AG", "SA", "S.A.", "GmbH", "NV", "N.V.", "PJSC", "OJSC", "JSC", "Nyrt", "ASA", "Oyj", "SpA", "A/S"];

/// The name without its designator, unless what is left is one common word, given name or
/// common surname, or a place ("Quillmart Group" → "Quillmart"; "Orchard Inc." → none).
fn short_form<'a>(lex: &Lexicon, name: &'a str) -> Option<&'a str> {
    let (head, last) = name.trim_end_matches(|c: char| c == '.' || c == ',').rsplit_once(' ')?;
    let head = head.trim_end_matches(',');
    if !DESIGNATORS.contains(&last) || head.is_empty() {
        return None;
    }
    let lower = crate::lexicon::fold(head);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let plain = words.len() == 1 && (lex.is_common_word(&lower) || lex.first_names.contains_key(&lower) || lex.surnames.get(&lower).is_some_and(|&r| r <= 5000));
    (!plain && !lex.place_names.contains_key(&lower) && lex.country_any(&lower).is_none()).then_some(head)
}

/// Last words of military units, which a number before them names ("4 Air Defense Wing").
const UNITS: &[&str] = &["Division", "Wing", "Brigade", "Regiment", "Battalion", "Squadron", "Corps", "Fleet", "Army", "Group", "Infantry", "Cavalry", "Artillery"];

/// "65th", "93d", "2nd": an ordinal in figures.
fn ordinal(w: &str) -> bool {
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th" | "d")
}

/// Widens organisation names over the full stop of an abbreviated designator ("Quillmart
/// Inc."), which the tokenizer splits off, and over the number of a unit ("the 65th
/// Vexmoor Regiment", "4 Air Defense Wing"; a plain number only before a unit's word). The
/// entity's name stays as it was. (A capitalised "The" inside a sentence is left out: the
/// evaluation sets disagree on it.)
pub fn widen_names(doc: &mut Doc) {
    for i in 0..doc.mentions.len() {
        let (span, entity) = (doc.mentions[i].span, doc.mentions[i].entity);
        if doc.entities[entity].kind != EntityKind::Organization {
            continue;
        }
        let first = doc.tokens.partition_point(|t| t.span.start < span.start);
        if first > 0 && (i == 0 || doc.mentions[i - 1].span.end <= doc.tokens[first - 1].span.start) {
            let before = doc.slice(doc.tokens[first - 1].span);
            let unit = doc.slice(span).rsplit(' ').next().is_some_and(|w| UNITS.contains(&w));
            let number = (1..=3).contains(&before.len()) && before.chars().all(|c| c.is_ascii_digit());
            // (not a date: "January 31st")
            let date = first > 1 && crate::lexicon::is_month(&doc.tokens[first - 2].lower);
            if !date && (ordinal(before) || unit && number) {
                doc.mentions[i].span.start = doc.tokens[first - 1].span.start;
            }
        }
        let span = doc.mentions[i].span;
        let last = doc.tokens.partition_point(|t| t.span.start < span.end).saturating_sub(1);
        let abbreviated = matches!(doc.tokens[last].lower.as_str(), "inc" | "corp" | "ltd" | "co" | "bros");
        if abbreviated && doc.tokens.get(last + 1).is_some_and(|t| t.lower == "." && !t.space_before) {
            doc.mentions[i].span.end = doc.tokens[last + 1].span.end;
        }
    }
}

/// Words that only a report of a game uses (three of them make an article a sports report).
/// (a `match` rather than a list: every token of every article is asked)
fn is_game_word(w: &str) -> bool {
    matches!(
        w,
        "goal" | "goals" | "goalkeeper" | "striker" | "midfielder" | "defender" | "penalty" | "scored" | "scoring" | "equaliser" | "equalizer"
            | "referee" | "stadium" | "halftime" | "half-time" | "kick-off" | "innings" | "wicket" | "touchdown" | "quarterback" | "playoff"
            | "playoffs" | "semi-final" | "semifinal" | "quarter-final" | "quarterfinal" | "tournament" | "match" | "matches"
    )
}

/// Words of a sentence about a game (in a sports report) that make the countries it names
/// the national teams playing.
const PLAY_WORDS: &[&str] = &[
    "match", "game", "goal", "goals", "scored", "scoring", "score", "penalty", "minute", "kick", "lead", "possession", "defeated",
    "beat", "drew", "draw", "faced", "face", "points", "win", "winning", "won", "lost", "losing", "victory", "coach", "captain",
    "goalkeeper", "substituted", "substitution", "stadium", "arena", "group", "half", "play", "played", "playing", "team", "squad",
    "opener", "opening", "final", "attack", "attacking", "chance", "corner", "header", "assist", "shot", "debutants", "champions",
];

/// "Vexland defeated Quarnia 1 – 0", "a penalty put Vexland in the lead", "Quarnia's coach":
/// in a sports report (three or more words of games, one of them no word of policies or
/// trials: "referee", "stadium", "goalkeeper", "World Cup", ...), a country, or a town or region of the
/// gazetteer (a home nation, a club's town), named in a sentence about the game is its team,
/// an organisation, unless a preposition of place comes before it ("in Vexland", "from
/// Quarnia").
pub fn national_teams(doc: &mut Doc) {
    let mut seen: Vec<&str> = Vec::new();
    for t in &doc.tokens {
        if is_game_word(&t.lower) && !seen.contains(&t.lower.as_str()) {
            seen.push(&t.lower);
        }
    }
    let cup = doc.tokens.windows(2).any(|w| w[0].lower == "world" && w[1].lower == "cup");
    // (one of them a word no other report uses: "goal", "match", "penalty" and "tournament"
    // are also said of policies, trials and talks)
    let strong = cup || seen.iter().any(|w| !matches!(*w, "goal" | "goals" | "match" | "matches" | "penalty" | "tournament" | "scored" | "scoring" | "defender"));
    if seen.len() + usize::from(cup) < 3 || !strong {
        return;
    }
    let mut orphans = Vec::new();
    for i in 0..doc.mentions.len() {
        let (span, e) = (doc.mentions[i].span, doc.mentions[i].entity);
        // (a country, or a town or region of the gazetteer: "England", "Leeds" play too)
        let town = doc.entities[e].kind == EntityKind::Place && doc.entities[e].country.is_some();
        if doc.entities[e].kind != EntityKind::Country && !town {
            continue;
        }
        let t = doc.token_at(span.start);
        let before = if t > 0 { doc.tokens[t - 1].lower.as_str() } else { "" };
        if matches!(before, "in" | "from" | "across" | "throughout" | "within" | "into" | "at" | "near" | "inside" | "outside" | "of" | "visit" | "visited" | "to")
            && !(before == "to" && t >= 2 && matches!(doc.tokens[t - 2].lower.as_str(), "lost" | "losing" | "fell" | "beaten"))
            && !(before == "to" && t >= 2 && doc.tokens[t - 2].kind == TokenKind::Number)
        {
            continue;
        }
        // ("Hard Rock Stadium in Miami Gardens, Florida", "in Dallas, Texas": a region or
        // country after a comma after a place is where that place lies)
        let placed = before == "," && t >= 2 && doc.mention_at_token(t - 2).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country))
            // ("a tournament in the United States": a preposition of place before "the")
            || before == "the" && t >= 2 && matches!(doc.tokens[t - 2].lower.as_str(), "in" | "from" | "across" | "throughout" | "within" | "into" | "at" | "near" | "inside" | "outside");
        // ("Pakistan's government has barred its junior hockey team": the state that governs)
        let governs = doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "\u{2019}s")) && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "government" | "president" | "prime" | "ministry" | "minister" | "foreign" | "sports" | "interior" | "parliament" | "cabinet" | "authorities"));
        if placed || governs {
            continue;
        }
        // (the country's name as written, not an adjective: "the English captain")
        if doc.entities[e].name != doc.slice(span) && !doc.slice(span).chars().all(|c| c.is_uppercase() || c == '.') {
            continue;
        }
        let Some(si) = doc.sentence_at(span.start) else { continue };
        let (a, b) = doc.sentences[si].tokens;
        let score = |k: usize| doc.tokens[k].kind == TokenKind::Number && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Number) && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "–" | "-" | "—" | ":"));
        if !(a..b).any(|k| PLAY_WORDS.contains(&doc.tokens[k].lower.as_str()) || score(k)) {
            continue;
        }
        retype_as_organisation(doc, i, &mut orphans);
    }
    drop_orphans(doc, orphans);
}

/// "played 26 games for Quarnby", "signed with Vexley", "coached Tolvan", "lost to Quarnby",
/// "a Vexley player": a town named as a sports club by the words around it is that club,
/// an organisation.
pub fn clubs_by_context(doc: &mut Doc) {
    let mut orphans = Vec::new();
    for i in 0..doc.mentions.len() {
        let (span, e) = (doc.mentions[i].span, doc.mentions[i].entity);
        if doc.entities[e].kind != EntityKind::Place {
            continue;
        }
        let t = doc.token_at(span.start);
        let end = doc.token_at(span.end);
        let w = |k: usize| doc.tokens.get(k).filter(|x| !x.cap).map_or("", |x| x.lower.as_str());
        let (b1, b2) = (if t >= 1 { w(t - 1) } else { "" }, if t >= 2 { w(t - 2) } else { "" });
        let by_play = matches!(b1, "with" | "for") && matches!(b2, "played" | "plays" | "play" | "playing" | "games" | "appearances" | "signed" | "signing" | "goals" | "scored");
        let by_coach = matches!(b1, "coached" | "captained");
        let by_loss = b1 == "to" && matches!(b2, "lost" | "losing" | "traded");
        let by_role = matches!(w(end), "player" | "players" | "coach" | "captain" | "manager" | "midfielder" | "striker" | "goalkeeper" | "defender" | "forward");
        if !(by_play || by_coach || by_loss || by_role) || doc.slice(span).contains(',') {
            continue;
        }
        retype_as_organisation(doc, i, &mut orphans);
    }
    drop_orphans(doc, orphans);
}

/// Mention `i` names an organisation of its words (a team, a club), no longer the place or
/// country it was taken for; that entity is left for `drop_orphans`.
fn retype_as_organisation(doc: &mut Doc, i: usize, orphans: &mut Vec<usize>) {
    let name = doc.slice(doc.mentions[i].span).to_string();
    orphans.push(doc.mentions[i].entity);
    doc.mentions[i].entity = doc.organisation(&name);
}
