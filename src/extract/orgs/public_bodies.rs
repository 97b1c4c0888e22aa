//! Public bodies named after a place or a state: "West Yorkshire police", "Bradford council",
//! "the Met", another country's "Ministry of Defence".

use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, TokenKind};
use super::{drop_orphans, span_of, text_of};

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
    // the words capitalised mid-sentence somewhere in the article (gathered at the first
    // sentence-opening word before "police" that asks: a scan of every token, which most
    // stories with "police" never need)
    let mid = std::cell::OnceCell::new();
    let mid = || -> &std::collections::HashSet<String> {
        mid.get_or_init(|| (1..n).filter(|&t| plain(doc, t) && !opens(doc, t) && !doc.tokens[t - 1].cap).map(|t| doc.tokens[t].lower.to_string()).collect())
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    // (the force's first word, when a compass word opening the sentence begins its name)
    let mut first: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for t in 0..n.saturating_sub(1) {
        // (the next word first: "police" after a word is rare, and `plain` reads the word's
        // characters)
        if doc.tokens[t + 1].lower != "police" || !plain(doc, t) || doc.mention_at_token(t).is_some() || doc.tokens[t + 1].cap || doc.mention_at_token(t + 1).is_some() {
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
            || opens(doc, t) && !mid().contains(w.as_str())
            || doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "station" | "stations" | "car" | "cars" | "van" | "vans" | "cell" | "cells" | "officer" | "officers"))
        {
            continue;
        }
        found.push((t, w.to_string()));
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
pub(super) fn compass_before(doc: &Doc, t: usize) -> bool {
    let x = &doc.tokens[t - 1];
    x.cap && x.kind == TokenKind::Word && doc.mention_at_token(t - 1).is_none()
        && crate::lexicon::is_compass_word(&x.lower)
}
