//! The words around a capitalised run that make it an organisation: "Quillmart officials",
//! "a spokesman for Quillmart", "Quillmart's chief executive", "Quillmart unveiled".

use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, TokenKind};
use super::{lower_at, opens_sentence};

/// Lower-case words right after a name that make it an organisation ("Quillmart officials",
/// "Quillmart analyst Jane Roe").
pub(super) const AFTER: &[&str] = &[
    "officials", "spokesman", "spokeswoman", "spokesperson", "executives", "employees", "staffers", "shareholders",
    "headquarters", "subsidiary", "shares", "stock", "stockholders", "analyst", "analysts", "economist", "economists",
    "strategist", "strategists",
];

/// Lower-case nouns before "of/for/at/in/with" and a name that make it an organisation
/// ("a spokesman for Quillmart", "the chief executive of Quillmart", "analysts at Quillmart").
pub(super) const BEFORE: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "ceo", "cfo", "founder", "co-founder",
    "cofounder", "chairman", "chairwoman", "employee", "employees", "shareholders", "shares", "stake", "analyst",
    "analysts", "economist", "economists", "strategist", "strategists", "subsidiary", "acquisition", "takeover", "merger",
];

/// Lower-case words after "X's" that make X an organisation ("Quillmart's chief executive").
pub(super) const OWNED: &[&str] = &[
    "chief", "ceo", "cfo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "board", "shares", "stock",
    "shareholders", "headquarters", "spokesman", "spokeswoman", "spokesperson", "subsidiary", "website", "employees",
    "executives",
];

/// Lower-case nouns for kinds of organisation right before a name ("carmaker Quillmart",
/// "the punk band Vorlane", "retailer Brenmark").
pub(super) fn is_kind(w: &str) -> bool {
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
pub(super) const EMPLOYED: &[&str] = &[
    "works", "worked", "working", "work", "employed", "acquired", "bought", "owned", "hired", "sponsored", "funded",
];

/// Verbs right after a name that say what companies do ("Quillmart unveiled", "Quillmart
/// employs"); speech cues are left out: people say and announce as much.
pub(super) const COMPANY_VERBS: &[&str] = &[
    "unveiled", "unveils", "launched", "launches", "acquired", "acquires", "employs", "employed", "manufactures",
    "manufactured", "sells", "recalled", "recalls", "shipped", "ships", "posted", "reported",
];

/// Adverbs between a name and a `COMPANY_VERBS` verb ("Quillmart currently manufactures").
pub(super) const ADVERBS: &[&str] = &["also", "currently", "now", "later", "then", "still", "recently", "once"];

/// Participles after "was"/"is" that say how an organisation came to be or where it is
/// ("Quillmart was founded in 1898", "is headquartered in").
pub(super) const FOUNDED: &[&str] = &[
    "founded", "incorporated", "headquartered", "established", "formed", "listed", "delisted", "privatised", "privatized",
    "nationalised", "nationalized", "liquidated", "dissolved",
];

/// Prepositions between a `BEFORE` noun and the name.
pub(super) const LINKS: &[&str] = &["of", "for", "at", "in", "with"];

/// Whether the words around run `a..b` say it is an organisation.
pub(super) fn organisation_context(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
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

/// ", a Vexmoor-based retailer," / ", the carmaker," after a name: an appositive whose head is
/// a kind of organisation (not ", the group's leader,").
pub(super) fn kind_appositive(doc: &Doc, b: usize) -> bool {
    let Some(open) = appositive_open(doc, b) else { return false };
    for t in open..(open + 4).min(doc.tokens.len()) {
        let tok = &doc.tokens[t];
        if is_kind(&tok.lower) && !tok.cap {
            return doc.tokens.get(t + 1).is_none_or(|x| x.lower != "'s");
        }
        // ("Quillmart, the Danish drugmaker,": a country's adjective may modify the kind)
        let modifier = tok.kind == TokenKind::Word && (!tok.cap || tok.lower.ends_with("-based") || Lexicon::get().country_adjectives.contains_key(&tok.lower));
        // (a plural's possessive apostrophe among the modifiers: "Vexbond, the Dutch tenants'
        // union,")
        let possessive = t > open && matches!(tok.lower.as_str(), "'" | "\u{2019}") && doc.tokens[t - 1].lower.ends_with('s') && !doc.tokens[t - 1].cap;
        if !modifier && !possessive {
            return false;
        }
    }
    false
}

/// Where the words of an appositive after the comma at `b` start: after its article (", the
/// Danish drugmaker"), or after a country's name and "'s" (", Germany's largest union"); none
/// without either (", left the band" is a clause).
pub(super) fn appositive_open(doc: &Doc, b: usize) -> Option<usize> {
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

/// "Quillmart, Vorlane and the Vexmoor Bank": a run listed next to an organisation.
pub(super) fn listed_with_organisation(doc: &Doc, a: usize, b: usize) -> bool {
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
pub(super) fn club_prefix(doc: &Doc, a: usize, b: usize) -> bool {
    let w = doc.slice(doc.tokens[a].span);
    b > a + 1 && (crate::extract::names::CLUB_PREFIXES.contains(&w) || crate::extract::names::COMPANY_PREFIXES.contains(&w))
}

/// Whether token `t` lies in the name of a person named in full.
pub(super) fn person_named(doc: &Doc, t: usize) -> bool {
    doc.mention_at_token(t).is_some_and(|m| {
        let e = &doc.entities[doc.mentions[m].entity];
        e.kind == EntityKind::Person && e.name.contains(' ')
    })
}

/// "Quillmart's Jane Roe": what a person named in full right after "X's" belongs to.
pub(super) fn owner_of_person(doc: &Doc, a: usize, b: usize) -> bool {
    // the person's name starts right after "'s"
    let starts = |t: usize| doc.mention_at_token(t).is_some_and(|m| doc.mentions[m].span.start == doc.tokens[t].span.start);
    a < b && lower_at(doc, b) == "'s" && person_named(doc, b + 1) && starts(b + 1)
}

/// "Jane Roe of Quillmart": a person named in full, "of", then the run (and nothing
/// capitalised after it).
pub(super) fn person_of(doc: &Doc, a: usize, b: usize) -> bool {
    a >= 2 && lower_at(doc, a - 1) == "of" && person_named(doc, a - 2) && doc.tokens.get(b).is_none_or(|t| t.kind != TokenKind::Word || !t.cap)
}
