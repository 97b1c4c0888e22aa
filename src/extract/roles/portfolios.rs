//! Portfolios: "Minister of Foreign Affairs", "the party's health spokesman", a
//! capitalised field that names nothing.

use crate::extract::names::title_at;
use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, Role, Span};
use super::person_names;

/// An opposition party's spokesman for a portfolio, as Canadian and British news name him:
/// "Conservative public safety critic X", "Liberal health critic X" (a party's adjective with
/// a capital, one to three plain lower-case words of the portfolio, "critic", then the name).
/// The title is the portfolio and "critic"; it is of the party the article names by that
/// adjective ("Conservative Party", "the Conservatives"), if any. "Trump critic X" (a name
/// before "critic", no portfolio) and "a critic of X" are no post. A party named in the
/// possessive before the portfolio holds the post too: "The NDP's public safety critic, X,"
/// (the name set off or not).
pub(super) fn portfolio_critic(doc: &mut Doc) {
    // (the party that holds the post: a body named in the possessive, or a party's adjective)
    enum Owner {
        Body(usize),
        Adjective(usize),
    }
    // (holder, first word of the portfolio, token after "critic", token after the name, owner)
    let found: Vec<(usize, usize, usize, usize, Owner)> = person_names(doc)
        .filter_map(|m| {
            let ps = doc.token_at(m.span.start);
            let pe = doc.token_at(m.span.end);
            let comma = ps.checked_sub(1).is_some_and(|j| doc.tokens[j].lower == ",");
            let c = ps.checked_sub(1 + usize::from(comma)).filter(|&c| doc.tokens[c].lower == "critic" && !doc.tokens[c].cap)?;
            // (a set-off name closes its apposition: "…, X, said")
            if comma && !doc.tokens.get(pe).is_some_and(|t| t.lower == ",") {
                return None;
            }
            // the plain words of the portfolio before "critic", from its first
            let portfolio = |degree: bool| (c.saturating_sub(3)..c).rev().take_while(|&j| field_word(doc, j) && doc.tokens[j].lower != "new" && !(degree && degree_word(&doc.tokens[j].lower))).last();
            // "The NDP's public safety critic, X," (none an adjective of degree: "the party's
            // fiercest critic, X," is no post)
            let body = portfolio(true).and_then(|l| {
                let a = l.checked_sub(1).filter(|&a| matches!(doc.tokens[a].lower.as_str(), "'s" | "’s"))?;
                let o = doc.mention_at_token(a.checked_sub(1)?).map(|o| doc.mentions[o].entity).filter(|&o| doc.entities[o].kind == EntityKind::Organization)?;
                Some((m.entity, l, c + 1, pe, Owner::Body(o)))
            });
            // "Conservative public safety critic X" (the name not set off)
            body.or_else(|| {
                let l = portfolio(false).filter(|_| !comma)?;
                let a = l.checked_sub(1).filter(|&a| doc.tokens[a].cap && crate::lexicon::is_party_adjective(&doc.tokens[a].lower))?;
                Some((m.entity, l, c + 1, pe, Owner::Adjective(a)))
            })
            // "NDP housing critic X" (the party named, the name not set off)
            .or_else(|| {
                let l = portfolio(false).filter(|_| !comma)?;
                named_party_before(doc, l).map(|o| (m.entity, l, c + 1, pe, Owner::Body(o)))
            })
        })
        .collect();
    for (holder, l, t, pe, owner) in found {
        if doc.roles.iter().any(|r| r.holder == holder && r.head.eq_ignore_ascii_case("critic")) {
            continue;
        }
        let (of, from) = match owner {
            Owner::Body(o) => (Some(o), l),
            Owner::Adjective(a) => {
                // (the party the adjective names: "Conservative Party", or a plural "Conservatives")
                let adj = doc.tokens[a].lower.to_string();
                let of = doc.entities.iter().position(|e| {
                    let n = crate::lexicon::fold(&e.name);
                    e.kind == EntityKind::Organization && (n == format!("{adj} party") || n == format!("{adj}s") || n == format!("{adj} party of canada") || n == format!("the {adj}s"))
                });
                (of, a)
            }
        };
        let title = (l..t).map(|k| doc.slice(doc.tokens[k].span)).collect::<Vec<_>>().join(" ");
        let evidence = Span::new(doc.tokens[from].span.start, doc.tokens[pe - 1].span.end);
        doc.roles.push(Role { holder, title, head: "critic".to_string(), of, former: false, evidence });
    }
}

/// "NDP housing critic X", "Opposition NDP justice critic X": the party named right before the
/// portfolio's first word `l`, not in the possessive (an organisation's mention ends there),
/// holds the post as "The NDP's health critic, X," does.
fn named_party_before(doc: &Doc, l: usize) -> Option<usize> {
    let o = doc.mention_at_token(l.checked_sub(1)?).map(|o| doc.mentions[o].entity)?;
    (doc.entities[o].kind == EntityKind::Organization).then_some(o)
}

/// An adjective of degree or prominence before "critic" ("fiercest", "leading", "vocal"): it
/// says how the holder criticises, not which portfolio he holds.
pub(super) fn degree_word(w: &str) -> bool {
    w.ends_with("est") || matches!(w, "most" | "leading" | "vocal" | "outspoken" | "longtime" | "frequent" | "prominent" | "fierce" | "harsh" | "strong" | "main" | "chief" | "top" | "biggest")
}

/// A plain lower-case word of a field between an owner and its title ("Norway's fisheries
/// minister", "Peru's foreign trade minister"): no stop word or cue.
pub(super) fn field_word(doc: &Doc, m: usize) -> bool {
    let lex = Lexicon::get();
    let x = &doc.tokens[m];
    // ("Japan's new Prime Minister X": "new", a stopword, describes the holder; see `push_role`)
    !x.cap && x.kind == crate::model::TokenKind::Word && x.lower.chars().all(|c| c.is_ascii_lowercase()) && (!lex.stopwords.contains(&x.lower) || x.lower == "new") && !lex.cues.contains_key(&x.lower)
}

/// "Minister of Foreign Affairs" right before the name at token `r` (maybe with a royal style
/// or a rank between, "Prince", "General"): an office's title, "of" or "for", then one to four
/// capitalised words that name nothing (and "and" or "and the" between them) that no listed title covers
/// ("Secretary of State" is one). The title's first token, its end and the office's normal form.
pub(super) fn portfolio_title_before(doc: &Doc, r: usize) -> Option<(usize, usize, &'static str)> {
    let lex = Lexicon::get();
    let styled = r >= 1 && doc.tokens[r - 1].cap && lex.titles.get(&doc.tokens[r - 1].lower).is_some_and(|t| matches!(t.class, TitleClass::Royal | TitleClass::Military));
    let end = if styled { r - 1 } else { r };
    let word = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none();
    // ("Executive director of the ministry Jane Roe confirmed …": an office of a body named by
    // its lower-case noun, "of the" and the noun right before the name; the title is the office)
    if end >= 4 && doc.tokens[end - 3].lower == "of" && doc.tokens[end - 2].lower == "the" && (end - 3..end).all(|j| word(j) && !doc.tokens[j].cap) && matches!(doc.tokens[end - 1].lower.as_str(), "ministry" | "department" | "agency" | "authority" | "commission" | "council" | "board" | "union" | "company" | "institute" | "foundation") {
        let p = end - 3;
        return (p.saturating_sub(4)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, h)| e == p && lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office)).map(|(_, h)| (l, p, h)));
    }
    let p = (end.saturating_sub(5)..end).rev().take_while(|&j| word(j) && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "and" | "of" | "for") || and_the(doc, j))).find(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "for") && !doc.tokens[j].cap)?;
    if p + 1 >= end || !doc.tokens[p + 1].cap || !doc.tokens[end - 1].cap || (p + 1..end).any(|j| lex.titles.contains_key(&doc.tokens[j].lower) && doc.tokens[j].lower != "state") {
        return None;
    }
    let (l, head) = (p.saturating_sub(4)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, h)| e == p && (lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office) || inspectorate(h))).map(|(_, h)| (l, h)))?;
    // (a listed title that runs on over the portfolio is that title)
    if (l..p).any(|m| title_at(doc, m, end).is_some_and(|(e, _)| e >= end)) {
        return None;
    }
    Some((l, end, head))
}

/// "Chief Inspector of Prisons Jane Roe", "Inspector of Constabulary Jane Roe": an inspector
/// is a police rank in the titles (class military, which takes no portfolio), but an
/// inspector "of" a capitalised field is the office of an inspectorate, as British, Irish and
/// Australian ones are named; before, the title was lost and the statement began at the field.
/// (`head` the title's normal form or a word as written: the speaker's phrase asks the word
/// before "of")
pub(crate) fn inspectorate(head: &str) -> bool {
    head.eq_ignore_ascii_case("inspector") || head.eq_ignore_ascii_case("chief inspector")
}

/// "the" right after "and" in a portfolio ("Minister for Sustainability and the Environment Jane
/// Roe", "Minister for Culture and the Arts"): the second field's article, as Singaporean and
/// Irish ministries are named; it had cut the title off at "the", so the holder had no role.
fn and_the(doc: &Doc, j: usize) -> bool {
    j >= 1 && doc.tokens[j].lower == "the" && doc.tokens[j - 1].lower == "and"
}

/// "The Minister for Housing, Local Government and Heritage, Jane Roe", "the Secretary of State
/// for Environment, Food and Rural Affairs, Jane Roe" (`r` the comma before the name, or the
/// name itself when no comma stands between: "Minister for Enterprise, Trade and Employment Jane
/// Roe"): an office, "for"/"of", then a portfolio of three or more fields listed with commas,
/// the last joined by "and" (maybe "and the"), is one title, as Irish and British departments are named;
/// the list's own commas otherwise cut the title off from the name. Each field is one to three
/// capitalised words that are no title and name no person, place or country (a field the
/// tagger took for a body, "Local Government", is still a field). The title's first token, its
/// end and the office's normal form, as `portfolio_title_before` gives them.
pub(super) fn portfolio_list_before(doc: &Doc, r: usize) -> Option<(usize, usize, &'static str)> {
    let lex = Lexicon::get();
    let field = |j: usize| {
        let x = &doc.tokens[j];
        x.cap
            && x.kind == crate::model::TokenKind::Word
            && !lex.titles.contains_key(&x.lower)
            && !lex.stopwords.contains(&x.lower)
            && doc.mention_at_token(j).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization || common_place(doc, lex, m))
    };
    // one field ending right before `j`: its first token
    let field_before = |j: usize| {
        let mut a = j;
        while a > 0 && j - a < 3 && field(a - 1) {
            a -= 1;
        }
        (a < j).then_some(a)
    };
    // (a cheap test first: the word before the comma is a field's)
    let mut j = field_before(r)?;
    if j >= 1 && doc.tokens[j - 1].lower == "the" {
        j -= 1;
    }
    if j < 1 || doc.tokens[j - 1].lower != "and" {
        return None;
    }
    j = field_before(j - 1)?;
    let mut commas = 0;
    while commas < 4 && j >= 2 && doc.tokens[j - 1].lower == "," {
        j = field_before(j - 1)?;
        commas += 1;
    }
    let p = j.checked_sub(1)?;
    if commas == 0 || !matches!(doc.tokens[p].lower.as_str(), "for" | "of") {
        return None;
    }
    let (l, head) = (p.saturating_sub(4)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, h)| e == p && lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office)).map(|(_, h)| (l, h)))?;
    Some((l, r, head))
}

/// A place of one common word ("Enterprise", a town the gazetteer lists) in a portfolio's list
/// is the field, as the tagger cannot tell "Minister for Enterprise, …" from a town.
fn common_place(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let x = &doc.mentions[m];
    doc.entities[x.entity].kind == EntityKind::Place && !doc.slice(x.span).contains(' ') && lex.is_common_word(&doc.slice(x.span).to_lowercase())
}

/// "Information and Broadcasting Minister X", "Trade and Industry Secretary X" (`l` at the
/// title found before the name, `head` its office): a minister's or secretary's portfolio of
/// capitalised words joined by "and", naming nothing, belongs to the title; the first token of
/// the whole title. (Not two offices, "Prime Minister and Foreign Minister X", which a title
/// before "and" marks; nor a name, a day or a month before "and".)
pub(super) fn portfolio_joined_before(doc: &Doc, l: usize, head: &str) -> Option<usize> {
    let lex = Lexicon::get();
    let h = head.to_ascii_lowercase();
    if !(h.ends_with("minister") || h.ends_with("secretary")) {
        return None;
    }
    let plain = |j: usize| {
        let x = &doc.tokens[j];
        capital_naming_nothing(doc, lex, j) && x.lower.chars().all(|c| c.is_alphabetic()) && !crate::lexicon::is_weekday(&x.lower) && !crate::lexicon::is_month(&x.lower)
    };
    let mut a = l;
    while a > 0 && l - a < 3 && plain(a - 1) {
        a -= 1;
    }
    if a < 2 || doc.tokens[a - 1].lower != "and" || a == l && !doc.tokens[l].cap {
        return None;
    }
    let and = a - 1;
    let mut s = and;
    while s > 0 && and - s < 3 && plain(s - 1) {
        s -= 1;
    }
    // (one to three words before "and", and no more capitalised words before them that the
    // limit left out)
    if s == and || s > 0 && plain(s - 1) {
        return None;
    }
    if !(s..and).all(|m| title_at(doc, m, and).is_none_or(|(e, _)| e != and)) {
        return None;
    }
    Some(portfolio_listed_before(doc, s, &plain))
}

/// "Trade, Industry and Energy Minister X", "Science, Innovation and Technology Secretary X":
/// a portfolio of three or more fields lists the first ones with commas before the pair joined
/// by "and" (`s` its first token); each listed field, one or two capitalised words naming
/// nothing, belongs to the title, which then opens at the first. (A sentence adverb before a
/// comma, "Meanwhile, Trade and Industry Minister X", is a stop word or ends in "-ly"; a place
/// or a name is a mention: neither is listed.)
pub(super) fn portfolio_listed_before(doc: &Doc, s: usize, plain: &dyn Fn(usize) -> bool) -> usize {
    let field = |j: usize| plain(j) && !doc.tokens[j].lower.ends_with("ly");
    let mut s = s;
    for _ in 0..3 {
        if s < 2 || doc.tokens[s - 1].lower != "," || !field(s - 2) {
            break;
        }
        let mut p = s - 2;
        if p > 0 && field(p - 1) {
            p -= 1;
        }
        // (no more capitalised words before the field: not the tail of a longer name)
        if p > 0 && plain(p - 1) {
            break;
        }
        s = p;
    }
    s
}

/// A capitalised word at `j` (not the last token) that names nothing: no mention, title or stop
/// word, and no line break after it (a portfolio's word, a firm's name the story does not know).
pub(super) fn capital_naming_nothing(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    let x = &doc.tokens[j];
    x.cap
        && x.kind == crate::model::TokenKind::Word
        && doc.mention_at_token(j).is_none()
        && !lex.titles.contains_key(&x.lower)
        && !lex.stopwords.contains(&x.lower)
        && !doc.text()[x.span.end..doc.tokens[j + 1].span.start].contains('\n')
}
