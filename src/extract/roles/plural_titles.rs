//! A plural title before names joined by "and": "Justices Jane Roe and Mary Poe"; one of a
//! body's titled people named after a comma: "One of its founders, Jane Roe,".

use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, Span};
use super::owners::owner_before;
use super::record::push_role_titled;

/// "Justices Sonia Sotomayor and Elena Kagan", "Ministers Jane Roe, Mary Poe and Ann Lee": the
/// plural of an office's title (a capitalised word in "s" whose singular `titles.tsv` lists as
/// an office) right before a person's name, then more people's names joined by commas and
/// "and", gives that office to each of them (the plural was no title, so none had it).
pub(super) fn plural_title_before_names(doc: &mut Doc) {
    let lex = Lexicon::get();
    let person_from = |doc: &Doc, t: usize| doc.mention_at_token(t).filter(|&m| doc.token_at(doc.mentions[m].span.start) == t && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person);
    let mut found: Vec<(usize, &'static str, Span)> = Vec::new();
    for t in 0..doc.tokens.len().saturating_sub(3) {
        // (a capitalised word in "s" first: most tokens are turned away by its last byte)
        let tok = &doc.tokens[t];
        if !tok.cap || !tok.lower.ends_with('s') {
            continue;
        }
        let Some(title) = lex.titles.get(&tok.lower[..tok.lower.len() - 1]).filter(|x| x.class == TitleClass::Office) else { continue };
        let Some(first) = person_from(doc, t + 1) else { continue };
        let mut names = vec![first];
        loop {
            let last = *names.last().unwrap_or(&first);
            let after = doc.token_at(doc.mentions[last].span.end);
            let Some(w) = doc.tokens.get(after).map(|x| x.lower.as_str()) else { break };
            let Some(next) = matches!(w, "," | "and").then(|| person_from(doc, after + 1)).flatten() else { break };
            names.push(next);
            if w == "and" {
                break;
            }
        }
        // (the last name joined by "and": a list of two or more)
        let last = names[names.len() - 1];
        if names.len() < 2 || doc.tokens[doc.token_at(doc.mentions[last].span.start) - 1].lower != "and" {
            continue;
        }
        for m in names {
            found.push((doc.mentions[m].entity, title.norm, Span::new(tok.span.start, doc.mentions[m].span.end)));
        }
    }
    for (holder, head, evidence) in found {
        push_role_titled(doc, holder, head, None, evidence);
    }
}

/// "One of its founders, Jane Roe, said …", "one of the union's organisers, Tom Hale,": "one
/// of", a possessive ("its", a body's "'s") and the plural of a title `titles.tsv` lists as an
/// office, then a comma and a person's name, give that person the title; "its" and the
/// possessive name whose it is, as in "Its founder, Jane Roe," (`owner_before`). An occupation's
/// plural ("One of its authors, the psychiatrist X,") names no one after the comma.
pub(super) fn one_of_plural_title(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut found: Vec<(usize, &'static str, Option<usize>, Span)> = Vec::new();
    for t in 0..doc.tokens.len().saturating_sub(6) {
        // ("one" first: most tokens are turned away by one comparison)
        if doc.tokens[t].lower != "one" || doc.tokens[t + 1].lower != "of" {
            continue;
        }
        let p = match doc.tokens[t + 2].lower.as_str() {
            "its" => t + 3,
            "the" => match (t + 4..t + 7).find(|&k| matches!(doc.tokens.get(k).map(|x| x.lower.as_str()), Some("'s" | "\u{2019}s"))) {
                Some(k) => k + 1,
                None => continue,
            },
            _ => continue,
        };
        let Some(tok) = doc.tokens.get(p) else { continue };
        if tok.cap || !tok.lower.ends_with('s') || doc.tokens.get(p + 1).is_none_or(|x| x.lower != ",") {
            continue;
        }
        let Some(title) = lex.titles.get(&tok.lower[..tok.lower.len() - 1]).filter(|x| x.class == TitleClass::Office) else { continue };
        let Some(m) = doc.mention_at_token(p + 2).filter(|&m| doc.token_at(doc.mentions[m].span.start) == p + 2 && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) else { continue };
        let of = owner_before(doc, p).map(|(e, _)| e);
        found.push((doc.mentions[m].entity, title.norm, of, Span::new(doc.tokens[t].span.start, doc.mentions[m].span.end)));
    }
    for (holder, head, of, evidence) in found {
        push_role_titled(doc, holder, head, of, evidence);
    }
}
