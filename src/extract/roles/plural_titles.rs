//! A plural title before names joined by "and": "Justices Jane Roe and Mary Poe".

use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, Span};
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
