//! A name written again shorter or longer: without its designator ("Quillmart Inc." →
//! "Quillmart"), its first word ("Lantern Markets" → "Lantern"), a possessive short form, a
//! party's members for the party ("the Christian Democrats"), a stock ticker, a designator's
//! full stop.

use crate::extract::entities::without_closing_country;
use crate::extract::names::is_cap_word;
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use rustc_hash::FxHashMap;
use super::{claim, mentioned_organisations, opens_sentence, text_of};
use crate::text::words_of;

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
pub(super) fn is_ticker(s: &str) -> bool {
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
pub(super) fn stock_tickers(doc: &mut Doc, orphans: &mut Vec<usize>) {
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
pub(super) fn possessive_short_forms(doc: &mut Doc, lex: &Lexicon) {
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

/// "Quillmart Motor Co. … Quillmart Motor said", "Vexby Aerospace Inc. … Vexby shares fell": a
/// company named once with its legal designator and elsewhere without it (or by its first word
/// alone) is one company.
pub(super) fn designated_short_forms(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let orgs: Vec<usize> = mentioned_organisations(doc);
    for &long in &orgs {
        let name = doc.entities[long].name.clone();
        let words: Vec<&str> = words_of(&name).collect();
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
pub(super) fn party_members_plural(doc: &mut Doc, orphans: &mut Vec<usize>) {
    let orgs: Vec<usize> = mentioned_organisations(doc);
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

/// A run spelt exactly like a name already found as an organisation is that organisation
/// ("Quillmart officials said … Quillmart cut jobs").
pub(super) fn repeated(doc: &mut Doc, runs: &[(usize, usize)], orphans: &mut Vec<usize>) {
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
            // "Vexair said" after "Vexair Australia, the agency that …, said" (a body introduced
            // with an appositive only, as `without_closing_country` says)
            if let Some(short) = without_closing_country(lex, name).filter(|_| doc.introduced_with_appositive(m.entity)) {
                names.entry(short.to_string()).or_insert(m.entity);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for &(a, b) in runs {
        let Some(&org) = names.get(text_of(doc, a, b)) else { continue };
        if !crate::extract::names::verb_with_particle(doc, lex, a, b) {
            claim(doc, a, b, Some(org), orphans);
        }
    }
}

/// Last words of a firm's name that copy drops after the first mention ("Lantern Markets" →
/// "Lantern"), beyond the company heads listed in data/lexicon/company_heads.txt.
pub(super) const FIRM_HEADS: &[&str] = &["Markets", "Partners", "Finance", "Exchange", "Technologies", "Holdings", "Group"];

/// "The regulator sued the exchange Lantern Markets … Lantern said the claims were …", "from
/// Lantern in the 24 hours", "Lantern's largest investor": a firm named in full as one
/// capitalised word and a company head (`FIRM_HEADS` or the lexicon's) is then called by that
/// word alone when the word is a common word, which `short_form` and `organisation_short_form`
/// leave out ("Orchard Inc." alone names no "Orchard" everywhere). The lone word is the firm where it is capitalised inside a sentence after no
/// capitalised word, or opens a sentence and then a speech cue, a possessive or a comma follows
/// ("Lantern said …"; not "Lantern festivals were …"); never a country, a place or a given name.
/// A person named by the word alone there (an earlier pass's reading of "Lantern said") is the
/// firm.
pub(super) fn first_word_of_firm(doc: &mut Doc, lex: &Lexicon, orphans: &mut Vec<usize>) {
    let mut firms: Vec<(String, usize)> = Vec::new();
    for m in &doc.mentions {
        if doc.entities[m.entity].kind != EntityKind::Organization {
            continue;
        }
        let name = doc.slice(m.span);
        let mut words = words_of(name);
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
pub(super) const DESIGNATORS: &[&str] = &["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "plc", "Co", "Co.", "Group", "Holdings", "AG", "SA", "S.A.", "GmbH", "NV", "N.V.", "PJSC", "OJSC", "JSC", "Nyrt", "ASA", "Oyj", "SpA", "A/S"];

/// The name without its designator, unless what is left is one common word, given name or
/// common surname, or a place ("Quillmart Group" → "Quillmart"; "Orchard Inc." → none).
pub(super) fn short_form<'a>(lex: &Lexicon, name: &'a str) -> Option<&'a str> {
    let (head, last) = name.trim_end_matches(|c: char| c == '.' || c == ',').rsplit_once(' ')?;
    let head = head.trim_end_matches(',');
    if !DESIGNATORS.contains(&last) || head.is_empty() {
        return None;
    }
    let lower = crate::lexicon::fold(head);
    let words: Vec<&str> = words_of(&lower).collect();
    let plain = words.len() == 1 && (lex.is_common_word(&lower) || lex.first_names.contains_key(&lower) || lex.surnames.get(&lower).is_some_and(|&r| r <= 5000));
    (!plain && !lex.place_names.contains_key(&lower) && lex.country_any(&lower).is_none()).then_some(head)
}

/// Last words of military units, which a number before them names ("4 Air Defense Wing").
pub(super) const UNITS: &[&str] = &["Division", "Wing", "Brigade", "Regiment", "Battalion", "Squadron", "Corps", "Fleet", "Army", "Group", "Infantry", "Cavalry", "Artillery"];

/// "65th", "93d", "2nd": an ordinal in figures.
pub(super) fn ordinal(w: &str) -> bool {
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
