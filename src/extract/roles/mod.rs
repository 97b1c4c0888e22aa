//! Roles: titles before a name ("Chilean Finance Minister Jane Roe", "Elysee spokesman
//! Tomas Varga"), appositives after it ("Mark Smith, former British ambassador to
//! Peru,"), and "President X of Y".
//!
//! `find_roles` walks each named person: `before_name` reads the titles before the name,
//! `after_name` the appositive, relative clause or "of Y" after it; `owners` says whose a title
//! is, `portfolios` and `professions` read the titles that are a field or a trade, and `record`
//! keeps one role per holder, title and owner with its evidence.

mod after_name;
mod before_name;
mod owners;
mod plural_titles;
mod portfolios;
mod professions;
mod record;

pub use record::drop_styles_beside_offices;
use crate::model::{Doc, EntityKind, Mention, MentionKind, Span};
use after_name::{appositive_after_name, country_after_name, office_in_who_clause, second_office_after_and, top_party_member};
use before_name::titles_before_name;
pub(crate) use portfolios::inspectorate;
use portfolios::portfolio_critic;
use professions::{counsel, profession_who, professor_of, teacher};

/// Prepositions that open a sentence with a phrase before its subject ("In a letter to …, X
/// said").
pub(crate) const OPENING_PREPOSITIONS: &[&str] = &["in", "at", "after", "during", "before", "following", "with", "through", "under", "on"];

/// The mentions that name a person in full or by surname (no pronoun, no description): the
/// people every role rule reads around.
pub(super) fn person_names(doc: &Doc) -> impl Iterator<Item = &Mention> + '_ {
    doc.mentions.iter().filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person)
}

/// Every role of the article's named persons, then the passes over whole sentences (counsel,
/// teachers, portfolio critics, professions, a second office after "and").
pub fn find_roles(doc: &mut Doc) {
    let persons: Vec<(Span, usize)> = person_names(doc).map(|m| (m.span, m.entity)).collect();
    for (span, holder) in persons {
        let ps = titles_before_name(doc, span, holder);
        appositive_after_name(doc, span, holder, ps);
        office_in_who_clause(doc, span, holder);
        country_after_name(doc, span, holder);
    }
    counsel(doc);
    teacher(doc);
    portfolio_critic(doc);
    top_party_member(doc);
    profession_who(doc);
    professor_of(doc);
    second_office_after_and(doc);
    plural_titles::plural_title_before_names(doc);
    plural_titles::one_of_plural_title(doc);
    // a title repeated without its country takes it from the same person's other mention
    for i in 0..doc.roles.len() {
        if doc.roles[i].of.is_none() {
            let (h, head) = (doc.roles[i].holder, doc.roles[i].head.clone());
            doc.roles[i].of = doc.roles.iter().find(|r| r.holder == h && r.head == head && r.of.is_some()).and_then(|r| r.of);
        }
    }
}

/// The one state or organisation (of `kind`) that person `p` holds a present role of, when the
/// article gives all of `p`'s present roles of that kind to the same one.
pub(crate) fn sole_body_of(doc: &Doc, p: usize, kind: EntityKind) -> Option<usize> {
    let mut bodies = doc.roles.iter().filter(|r| r.holder == p && !r.former).filter_map(|r| r.of).filter(|&o| doc.entities[o].kind == kind);
    let first = bodies.next()?;
    bodies.all(|o| o == first).then_some(first)
}

/// The political party person `p` belongs to, as the article says it: the one organisation
/// `p` holds a present role of ("the leader of the Green Left party"), or one named right
/// after `p` ("Jane Roe of the Centre Party"); a party by its name ("… Party") or by the word
/// "party" after a mention of it.
pub(crate) fn party_of(doc: &Doc, p: usize) -> Option<usize> {
    let party = |o: usize| {
        doc.entities[o].name.split_whitespace().any(|w| w == "Party")
            || doc.mentions.iter().filter(|m| m.entity == o).any(|m| doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| x.lower == "party"))
    };
    if let Some(o) = sole_body_of(doc, p, EntityKind::Organization) {
        return party(o).then_some(o);
    }
    // ("Jane Roe of the Centre Party": the mention, "of", "the" and the party's mention)
    doc.mentions.iter().filter(|m| m.entity == p).find_map(|m| {
        let t = doc.token_at(m.span.end);
        let of = doc.tokens.get(t).is_some_and(|x| x.lower == "of") && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "the");
        let o = of.then(|| doc.mention_at_token(t + 2)).flatten().map(|n| doc.mentions[n].entity)?;
        (doc.entities[o].kind == EntityKind::Organization && party(o)).then_some(o)
    })
}
