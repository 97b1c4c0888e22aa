//! Offices after a person's name: the appositive (", former British ambassador to
//! Russia,"), a relative clause ("who heads the central bank"), "President X of Y", and a
//! second office after "and".

use crate::extract::names::title_at;
use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, MentionKind, Span};
use super::person_names;
use super::owners::{body_noun_after_of, lower_body_before_title, owner_before, party_of_initials, POST_BODY_NOUNS, region_before_title, town_named_before};
use super::professions::{PROFESSIONS, profession_at};
use super::record::{push_role, push_role_titled};

mod after_title;
mod opening;
mod owner;
mod title;

use self::opening::comma_after_name;

/// The appositive after a person's name: ", [the] [former] [Adj|Org] title [of X],".
/// `ps` is where the titles before the name start.
///
/// Read as a sequence of cases, each a method of `Appositive` (the name, the token read next,
/// and what the cases found): `opening` (a parenthesis, the age, a relative clause of being,
/// the article, "exiled", an age in years, "former", an ordinal before "deputy"); `owner`
/// (what the office is of and the modifiers before the title, a case per word,
/// `Appositive::owner_or_modifier`); `title` (the
/// title there, maybe after a field's words, and a second office joined by "and"); `after_title`
/// (what the title is of after it, "of Ukraine", "at Y", and the roles).
pub(super) fn appositive_after_name(doc: &mut Doc, span: Span, holder: usize, ps: usize) {
    let lex = Lexicon::get();
    // appositive after the name: ", [the] [former] [Adj|Org] title [of X],"
    let pc = comma_after_name(doc, doc.token_at(span.end));
    if !doc.tokens.get(pc).is_some_and(|t| t.lower == ",") {
        return;
    }
    let mut a = Appositive { span, holder, ps, pc, k: pc + 1, former: false, of: None, body_possessive: false, adjective_at: None, limit: 0, possessed: false, region_field: false };
    a.past_age(doc);
    a.past_relative_of_being(doc);
    a.past_article(doc);
    a.past_exiled(doc);
    a.past_years_old(doc);
    a.past_former(doc);
    a.past_ordinal(doc);
    a.past_occupation_and(doc, lex);
    a.limit = (a.k + 6).min(doc.tokens.len());
    while a.k < a.limit {
        if let Step::Ends = a.owner_or_modifier(doc, lex) {
            break;
        }
    }
    a.possessed = a.after_possessive(doc);
    a.region_field = a.region_named_as_field(doc);
    if let Some((te, head)) = a.title(doc, lex) {
        a.title_roles(doc, lex, te, head);
    } else {
        a.profession(doc);
    }
}

/// The appositive `appositive_after_name` reads after the name's comma, and what its cases
/// found so far.
#[derive(Clone, Copy)]
struct Appositive {
    /// The name's span, its holder, and where the titles before the name start.
    span: Span,
    holder: usize,
    ps: usize,
    /// The comma after the name (past a short parenthesis).
    pc: usize,
    /// The token read next: the title's first token once the words before it are read.
    k: usize,
    /// "former" before the title.
    former: bool,
    /// What the office is of: found before the title, or after it ("of X", "at X").
    of: Option<usize>,
    /// A possessive before the title owns it ("the company's", "its", "the rebels'",
    /// "the secretary-general's").
    body_possessive: bool,
    /// (the state named by an adjective right before the title's words: ", a Dutch liberal
    /// member of the European Parliament,") the token after the adjective.
    adjective_at: Option<usize>,
    /// The end of the words before the title that `owner_or_modifier` reads (six from where it
    /// starts).
    limit: usize,
    /// Read once the words before the title are (`after_possessive`, `region_named_as_field`):
    /// the title follows a body's possessive, a region before the title is its field.
    possessed: bool,
    region_field: bool,
}

/// What a case of the words before the title answers: read on (`On`), or the title starts at
/// `Appositive::k` (`Ends`, the old `break`).
enum Step {
    On,
    Ends,
}

/// The office a relative clause after the name describes ("X, who heads the central bank of
/// Hungary,").
pub(super) fn office_in_who_clause(doc: &mut Doc, span: Span, holder: usize) {
    let lex = Lexicon::get();
    let pe = doc.token_at(span.end);
    // "Maria Kovacs, who heads the central bank of Hungary,": the office a verb describes
    // ("Senator X, the Texas Republican who chairs the committee,": after an appositive
    // that opens with "the" and ends in a noun for a person or a title, words only between)
    let who = (doc.tokens.get(pe).is_some_and(|t| t.lower == ",")).then(|| {
        if doc.tokens.get(pe + 1).is_some_and(|t| t.lower == "who") {
            return Some(pe + 1);
        }
        // ("State Sen. X, a Democrat from Easton who chairs …": a place's capitalised name
        // after "from" may close it, the noun before "from" being the one read; then "a"
        // opens it too. Without "from" an "a …" appositive is a kind of person, "a
        // lawmaker who leads the house", "a nurse who runs a clinic", and the clause often
        // tells what she does, not the office the golds read: those stay unread)
        let opener = doc.tokens.get(pe + 1).map(|t| t.lower.as_str());
        if !matches!(opener, Some("the" | "a" | "an")) {
            return None;
        }
        let w = (pe + 2..(pe + 8).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == crate::model::TokenKind::Word).find(|&j| doc.tokens[j].lower == "who")?;
        let n = (pe + 3..w - 1).rev().find(|&j| doc.tokens[j].lower == "from" && (j + 1..w).all(|k| doc.tokens[k].cap)).unwrap_or(w);
        if n == w && opener != Some("the") {
            return None;
        }
        let noun = &doc.tokens[n - 1].lower;
        (n > pe + 2 && (lex.person_nouns.contains(noun) || lex.titles.contains_key(noun))).then_some(w)
    }).flatten();
    if let Some(who) = who {
        if let Some((head, k)) = doc.tokens.get(who + 1).and_then(|t| headed_by(&t.lower)).map(|h| (h, who + 2)).or_else(|| speaks_for(doc, who + 1)) {
            let limit = (k + 8).min(doc.tokens.len());
            let mut of = None;
            let mut end = k;
            for j in k..limit {
                // ("who runs a parts maker in Higashi", "a firm based near Leeds": where what
                // is headed lies, not what is headed)
                if matches!(doc.tokens[j].lower.as_str(), "," | "." | ";" | "and" | "in" | "near" | "outside" | "based") {
                    break;
                }
                if let Some(m) = doc.mention_at_token(j) {
                    let e = doc.mentions[m].entity;
                    if doc.entities[e].kind != EntityKind::Person {
                        of = Some(e);
                        end = doc.token_at(doc.mentions[m].span.end);
                        // the body itself ("the Labour Party"), not the country it sits in
                        if doc.entities[e].kind == EntityKind::Organization {
                            break;
                        }
                    }
                } else if let Some(&c) = lex.country_adjectives.get(&doc.tokens[j].lower) {
                    if of.is_none() {
                        let e = doc.country(c);
                        let sp = doc.tokens[j].span;
                        doc.add_mention(sp, e, MentionKind::Name);
                        of = Some(e);
                        end = j + 1;
                    }
                }
            }
            if of.is_some() {
                let ev = Span::new(span.start, doc.tokens[end.max(k) - 1].span.end);
                push_role_titled(doc, holder, head, of, ev);
            } else if let Some(body) = body_by_noun_at(doc, k).filter(|_| doc.tokens[who + 1].lower.ends_with('s')) {
                // ("Senator X, who chairs the committee, said": the body by its lower-case
                // noun alone is the one named before with that head, else one the story
                // leaves unnamed; the office is the named one's either way)
                // (in the present only: "who chaired the inquiry" tells a task done)
                let ev = Span::new(span.start, doc.tokens[k + 1].span.end);
                push_role_titled(doc, holder, head, body, ev);
            }
        }
    }
}

/// "President Jane Roe of Chile": the country after the name is what the titles
/// before it, with no owner of their own, are of.
pub(super) fn country_after_name(doc: &mut Doc, span: Span, holder: usize) {
    let pe = doc.token_at(span.end);
    // "President Jane Roe of Chile"
    if doc.tokens.get(pe).is_some_and(|t| t.lower == "of") {
        if let Some(m) = doc.mention_at_token(pe + 1) {
            let e = doc.mentions[m].entity;
            if doc.entities[e].kind == EntityKind::Country {
                for r in doc.roles.iter_mut().filter(|r| r.holder == holder && r.of.is_none()) {
                    r.of = Some(e);
                }
            }
        }
    }
}

/// "Jane Roe, a senior fellow at the Halden Institute and former chair of Vexbank, said",
/// "X, the governor of Y province and a former finance minister,": a second office coordinated
/// by "and" after the first appositive's role (maybe "a"/"an", maybe "former", a title, maybe
/// "of"/"at"/"to" and a named body or state) is the named person's too, up to the comma or
/// full stop that closes the appositive.
pub(super) fn second_office_after_and(doc: &mut Doc) {
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    let mut found: Vec<(usize, usize, usize, &'static str, Option<usize>, bool, Span)> = Vec::new();
    for r in &doc.roles {
        let s = doc.token_at(r.evidence.start);
        // (an appositive after the holder's name: the evidence opens with it, a comma after)
        let Some(m) = doc.mention_at_token(s).filter(|&m| doc.mentions[m].entity == r.holder) else { continue };
        if w(doc.token_at(doc.mentions[m].span.end)) != "," {
            continue;
        }
        // (a lower-case word for what the place is may close the first office: "of Y province")
        let mut e = doc.token_at(r.evidence.end);
        if matches!(w(e), "province" | "state" | "region" | "county" | "city" | "district") {
            e += 1;
        }
        if w(e) != "and" {
            continue;
        }
        let mut a = e + 1;
        if matches!(w(a), "a" | "an") {
            a += 1;
        }
        let former = w(a) == "former";
        let t = if former { a + 1 } else { a };
        let Some((b, head)) = title_at(doc, t, (t + 5).min(doc.tokens.len())) else { continue };
        let (mut end, mut of) = (b, None);
        if matches!(w(b), "of" | "at" | "to") {
            let n = if w(b + 1) == "the" { b + 2 } else { b + 1 };
            if let Some(o) = doc.mention_at_token(n).filter(|&o| doc.token_at(doc.mentions[o].span.start) == n) {
                let x = doc.mentions[o].entity;
                if matches!(doc.entities[x].kind, EntityKind::Organization | EntityKind::Country) {
                    of = Some(x);
                    end = doc.token_at(doc.mentions[o].span.end);
                }
            }
        }
        // (the appositive closes there: no list of other words or names runs on)
        if !matches!(w(end), "," | ".") {
            continue;
        }
        found.push((r.holder, t, b, head, of, former, Span::new(r.evidence.start, doc.tokens[end - 1].span.end)));
    }
    for (holder, a, b, head, of, former, evidence) in found {
        push_role(doc, holder, a, b, head, of, former, evidence);
    }
}

/// "the committee", "the inquiry" at token `k`, closed by a comma, a full stop, a semicolon or
/// "and": a body of a hearing or an inquiry by its lower-case noun alone. `Some` of the one
/// organisation of several words named before whose name ends in that noun ("the Senate
/// Commerce Committee"), `Some(None)` where none or several are.
pub(super) fn body_by_noun_at(doc: &Doc, k: usize) -> Option<Option<usize>> {
    const BODIES: &[&str] = &["committee", "subcommittee", "inquiry", "panel", "board", "commission", "council", "taskforce"];
    let noun = doc.tokens.get(k + 1).filter(|x| !x.cap && BODIES.contains(&x.lower.as_str()))?;
    if doc.tokens[k].lower != "the" || !doc.tokens.get(k + 2).is_some_and(|x| matches!(x.lower.as_str(), "," | "." | ";" | "and")) {
        return None;
    }
    let mut named = doc.mentions.iter().take_while(|m| m.span.end <= noun.span.start).map(|m| m.entity).filter(|&e| {
        let ent = &doc.entities[e];
        ent.kind == EntityKind::Organization && ent.name.contains(' ') && ent.name.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(&noun.lower))
    });
    let one = named.next();
    Some(one.filter(|&e| named.all(|x| x == e)))
}

/// The office a verb of leading names: "who heads X" is X's head.
pub(super) fn headed_by(verb: &str) -> Option<&'static str> {
    Some(match verb {
        // ("who leads the Green party": its leader, as news calls one who leads a party or group)
        "leads" | "led" => "leader",
        "heads" | "headed" | "runs" | "ran" => "head",
        "chairs" | "chaired" => "chair",
        "directs" | "directed" => "director",
        "founded" | "co-founded" => "founder",
        _ => return None,
    })
}

/// "X, who speaks for the residents' group Y,": one who speaks for a body is its spokesperson,
/// as one who heads it is its head (`headed_by` reads one verb; this is two words, "speaks for",
/// at `v`). The title and the token where what is spoken for begins.
pub(super) fn speaks_for(doc: &Doc, v: usize) -> Option<(&'static str, usize)> {
    (doc.tokens.get(v)?.lower == "speaks" && doc.tokens.get(v + 1)?.lower == "for").then_some(("spokesperson", v + 2))
}

/// A legislature's committee's senior member of a party, as US news name him in apposition:
/// "Sen. X of Oregon, the top Democrat on the committee,", "Senator X, the committee's top
/// Democrat,". The title is "top"
/// and the party's noun ("Democrat", "Republican"); it is of the committee named after "on the"
/// or, for "the committee", of the last body named before whose name holds "Committee".
/// ("top Democrat" as a title in the lexicon made "Republican Sen. X" lose its senator role.)
pub(super) fn top_party_member(doc: &mut Doc) {
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    // "the [<noun> 's] top Democrat" from `k` at "the": the token of the party noun and whether
    // a committee stands before "top" ("the committee's top Democrat")
    let top_at = |k: usize| -> Option<(usize, bool)> {
        (w(k) == "the").then_some(())?;
        let (t, owner) = if w(k + 1) == "top" { (k + 1, false) } else if matches!(w(k + 2), "'s" | "’s") && w(k + 3) == "top" && !doc.tokens[k + 1].cap { (k + 3, true) } else { return None };
        let p = t + 1;
        (doc.tokens.get(p).is_some_and(|x| x.cap) && matches!(w(p), "democrat" | "republican")).then_some(())?;
        Some((p, owner))
    };
    let committee_before = |doc: &Doc, pos: usize| -> Option<usize> {
        doc.mentions.iter().filter(|m| m.span.end <= pos).rev().map(|m| m.entity).find(|&e| doc.entities[e].kind == EntityKind::Organization && doc.entities[e].name.contains("Committee"))
    };
    // (before the name, "The committee's top Republican, X", is left out: two golds do not list
    // it, one does)
    let mut found: Vec<(usize, usize, Option<usize>, Span)> = Vec::new();
    for m in person_names(doc) {
        let mut pe = doc.token_at(m.span.end);
        // ("Sen. X of New Mexico, the top Democrat …": the state after the name)
        if w(pe) == "of" {
            pe = (pe + 1..pe + 5).find(|&j| doc.tokens.get(j).is_none_or(|t| !t.cap)).unwrap_or(pe);
        }
        // after the name: ", the top Democrat" then a comma, "on", the end
        if w(pe) == "," {
            if let Some((p, owner)) = top_at(pe + 1) {
                if matches!(w(p + 1), "," | "." | "on" | ";" | "who" | "and") || p + 1 >= doc.tokens.len() {
                    let of = if w(p + 1) == "on" && w(p + 2) == "the" {
                        doc.mention_at_token(p + 3).map(|i| doc.mentions[i].entity).filter(|&e| doc.entities[e].kind == EntityKind::Organization).or_else(|| (w(p + 3) == "committee").then(|| committee_before(doc, m.span.start)).flatten())
                    } else if owner && w(pe + 2) == "committee" {
                        committee_before(doc, m.span.start)
                    } else {
                        None
                    };
                    let end = if w(p + 1) == "on" { (p + 2..doc.tokens.len()).find(|&j| matches!(w(j), "," | "." | ";")).unwrap_or(p + 1) } else { p + 1 };
                    found.push((m.entity, p, of, Span::new(m.span.start, doc.tokens[end - 1].span.end)));
                }
            }
        }
    }
    for (holder, p, of, evidence) in found {
        let head = if doc.tokens[p].lower == "democrat" { "top Democrat" } else { "top Republican" };
        push_role_titled(doc, holder, head, of, evidence);
    }
}
