//! Roles: titles before a name ("US Secretary of State Marco Rubio", "Kremlin spokesman
//! Dmitry Peskov"), appositives after it ("Tony Brenton, former British ambassador to
//! Russia,"), and "President X of Y".

use super::names::title_at;
use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, MentionKind, Role, Span};

fn is_titleish(doc: &Doc, t: usize) -> bool {
    let lex = Lexicon::get();
    let l = &doc.tokens[t].lower;
    lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || l == "of" || l == "state" || l == "general" || l == "-" || title_words().contains(l.as_str())
}

/// Every word of the multi-word titles ("majority" of "majority leader", "attorney" of
/// "attorney general").
fn title_words() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Lexicon::get().titles.keys().filter(|k| k.contains(' ')).flat_map(|k| k.split(' ')).collect())
}

/// The entity a modifier before a title names: a country, organisation or place mention
/// ending at token `t` (exclusive), a country adjective, or a possessive "X’s".
fn owner_before(doc: &mut Doc, t: usize) -> Option<(usize, usize)> {
    // (not across a line: a dateline on its own line, "ANKARA\n\nForeign Minister X said", owns
    // no title of the lede, and a role with it would span two lines and be dropped)
    if t == 0 || doc.text()[doc.tokens[t - 1].span.end..doc.tokens[t].span.start].contains('\n') {
        return None;
    }
    let lex = Lexicon::get();
    let mut k = t - 1;
    // ("Republican People's Party (CHP) leader X": the initials in brackets name the owner)
    if doc.tokens[k].lower == ")" && k >= 2 && doc.tokens[k - 2].lower == "(" {
        if let Some(m) = doc.mention_at_token(k - 1).filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
            let e = doc.mentions[m].entity;
            let long = (k >= 3).then(|| doc.mention_at_token(k - 3)).flatten().filter(|&l| doc.mentions[l].entity == e);
            let start = doc.token_at(doc.mentions[long.unwrap_or(m)].span.start);
            return Some((e, start));
        }
    }
    // ("The Greens' health spokesperson": a plural's possessive too)
    let possessive = k > 0 && (doc.tokens[k].lower == "'s" || matches!(doc.tokens[k].lower.as_str(), "'" | "’") && doc.tokens[k - 1].lower.ends_with('s'));
    if possessive {
        k -= 1;
    }
    if let Some(m) = doc.mention_at_token(k) {
        let e = doc.mentions[m].entity;
        // "Trump's national security adviser": a person's own aide
        if doc.entities[e].kind != EntityKind::Person || possessive {
            let start = doc.token_at(doc.mentions[m].span.start);
            return Some((e, start));
        }
        return None;
    }
    if let Some(&c) = lex.country_adjectives.get(&doc.tokens[k].lower) {
        let e = doc.country(c);
        let span = doc.tokens[k].span;
        doc.add_mention(span, e, MentionKind::Name);
        return Some((e, k));
    }
    // ("North Korean leader X": an adjective of two words)
    if let Some((_, c)) = (k > 0 && !possessive).then(|| super::names::two_word_adjective(doc, lex, k - 1)).flatten().filter(|&(end, _)| end == k + 1) {
        let e = doc.country(c);
        let span = Span::new(doc.tokens[k - 1].span.start, doc.tokens[k].span.end);
        doc.add_mention(span, e, MentionKind::Name);
        return Some((e, k - 1));
    }
    // "X, the company's chief operating officer": the company named before (as "the
    // company said" is)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && matches!(doc.tokens[k].lower.as_str(), "company" | "firm") {
        if let Some(e) = super::statements::body_description(doc, k - 1, k + 1) {
            return Some((e, k - 1));
        }
    }
    // ("the commission's Director-General, X", "the union's president, X": the one body named
    // before whose name's head is that lower-case noun)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && !doc.tokens[k].cap {
        if let Some(e) = super::np::org_by_lower_head(doc, k) {
            return Some((e, k - 1));
        }
    }
    // ("The Vexmoor Alliance said …. The party's leader, X, said": a body's noun no name
    // before ends in, the body "the party" takes up, as ", the party's leader," after the
    // name does)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && matches!(doc.tokens[k].lower.as_str(), "party" | "movement" | "group" | "charity" | "coalition" | "alliance" | "association" | "union" | "federation") {
        if let Some(e) = super::np::group_before(doc, k - 1, &doc.tokens[k].lower) {
            return Some((e, k - 1));
        }
    }
    // "The Liberal leader, X", "Green leader X": a party's adjective, when the article
    // names "<adjective> Party"
    if doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && !possessive {
        let party = format!("{} party", doc.tokens[k].lower);
        if let Some(e) = doc.entities.iter().position(|e| e.kind == EntityKind::Organization && crate::lexicon::fold(&e.name) == party) {
            return Some((e, k));
        }
    }
    // "A Commission spokesperson, X": the one organisation named before with that head
    if !possessive {
        if let Some(e) = super::np::org_by_bare_head(doc, k) {
            return Some((e, k));
        }
    }
    // ("commission spokesman X", "a ministry official, X": a lower-case noun for a body, the
    // one body named before whose name ends in it)
    if !possessive {
        if let Some(e) = super::np::org_by_lower_head(doc, k) {
            return Some((e, k));
        }
    }
    // "the Freedom Party, whose leader X": the body or state named right before ", whose"
    if doc.tokens[k].lower == "whose" && !possessive && k >= 2 && doc.tokens[k - 1].lower == "," {
        if let Some(m) = doc.mention_at_token(k - 2) {
            let e = doc.mentions[m].entity;
            if matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country) {
                return Some((e, k));
            }
        }
    }
    // "Its commission president, X": the organisation or country named last (in this
    // sentence or the one before)
    // ("Their leader, X," after "The Republicans (LR) … voted against": a party named in the
    // plural, as "its")
    if matches!(doc.tokens[k].lower.as_str(), "its" | "their") {
        let from = doc.previous_sentence_start(doc.tokens[k].span.start);
        let at = doc.tokens[k].span.start;
        // (not one inside a relative clause when another is named: "Britain, which leads the
        // talks on Sudan, circulated a draft. Its ambassador, X, said": Britain's)
        let lo = doc.token_at(from);
        let candidates: Vec<(usize, usize)> = doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from).map(|m| (doc.actor_of(m.entity), doc.token_at(m.span.start))).filter(|&(e, _)| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country)).collect();
        // (nor inside what was said or demanded: "The X union demanded that Ottawa impose
        // tariffs. Its national director": the union's)
        // ("OCHA says more than 25 million people in Sudan need aid. Its spokesman": what was
        // said may follow the cue without "that"; not the one told, right after it)
        // ("The Vexmoor Players' Alliance said Vexsport should pay the costs. Its chief
        // executive": right after "said" too, when an auxiliary follows the body's name, as
        // what was said; not the speaker of an inverted "…, said the union.")
        let said_of = |j: usize| doc.mention_at_token(j).is_some_and(|m| doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|t| crate::lexicon::is_auxiliary(&t.lower)));
        let reported = |j: usize| (lo..j).any(|x| x > lo && (doc.tokens[x].lower == "that" && lex.cues.contains_key(&doc.tokens[x - 1].lower) || (x + 1 < j || x + 1 == j && said_of(j)) && matches!(doc.tokens[x].lower.as_str(), "says" | "said"))) && (lo..j).all(|x| doc.tokens[x].lower != ".");
        // (nor the owner named in an appositive of another body: "NewSpace Ltd (NSL), Vexmoor's
        // commercial arm, said …. Its chairman": NewSpace's, not Vexmoor's)
        let appositive_owner = |j: usize| {
            let c = if j >= 2 && doc.tokens[j - 1].lower == "the" { j - 1 } else { j };
            c >= 1 && doc.tokens[c - 1].lower == "," && doc.mention_at_token(j).is_some_and(|m| doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")))
        };
        // (nor a body in the appositive after another's name: "Vexmine (VXM), the deep-sea unit
        // of Belgian group Dredgeco, said …. Its managing director": Vexmine's, not Dredgeco's)
        let in_apposition = |j: usize| body_apposition_holds(doc, lo, j, &candidates);
        // (nor the one the sentence's verb was aimed at: "The Fishers' Guild … urged the
        // agency to …. Its executive director": the guild's, not the agency's)
        // (only when an organisation opens the sentence: "Officials in Chad told the agency
        // …. Its spokesman" stays the agency's)
        let object_of_cue = |j: usize| cue_object_at(doc, lex, lo, j) && candidates.iter().any(|&(e, i)| i < j && opens_sentence_as_body(doc, lo, e, i));
        let owner = candidates.iter().find(|&&(_, j)| !super::np::in_relative_clause(doc, j, lo) && !reported(j) && !appositive_owner(j) && !in_apposition(j) && !object_of_cue(j)).or(candidates.first()).map(|&(e, _)| e);
        // ("The fund posted a gain. Its president, X, said …": with no body named there, the
        // one the sentence before opens with by its head noun, "the fund", as "the fund" is)
        // ("Vexco said …. The company said it had shut the plant. Its president, X, said …":
        // with no body named there, the company that the sentence before opens with as "the
        // company" (or "the carmaker"), the one named before it, as "the company said" is)
        let described = || super::np::org_by_head(doc, lo, k).or_else(|| super::statements::body_description(doc, lo, lo + 2).map(|e| (e, lo))).map(|(e, _)| doc.actor_of(e));
        return owner.or_else(described).map(|e| (e, k));
    }
    None
}

/// Whether the body mentioned at token `j` (sentence from `lo`) stands in an appositive set
/// off after the name of the organisation opening the sentence, ", the/a … of Y," closed by a
/// comma: the appositive describes that organisation, which "Its" before the next title takes up.
fn body_apposition_holds(doc: &Doc, lo: usize, j: usize, candidates: &[(usize, usize)]) -> bool {
    let Some(c) = (lo..j).rev().find(|&k| doc.tokens[k].lower == ",") else { return false };
    // (the appositive closes with a comma before the sentence ends: "…, the unit of Belgian
    // group Dredgeco, said", where "Belgian" names a state inside it too)
    let closes = || doc.tokens[j + 1..doc.tokens.len().min(j + 12)].iter().take_while(|t| t.lower != "." && t.kind != crate::model::TokenKind::Quote).any(|t| t.lower == ",");
    c > lo
        && matches!(doc.tokens[c + 1].lower.as_str(), "the" | "a" | "an")
        && closes()
        // (the body before it opens the sentence: "In Paris, the far-right National Rally, which
        // …" is no appositive of the city)
        && candidates.iter().any(|&(e, i)| i < c && opens_sentence_as_body(doc, lo, e, i) && (i..c).all(|x| doc.tokens[x].cap || matches!(doc.tokens[x].lower.as_str(), "(" | ")")))
}

/// Whether entity `e`, mentioned at token `i`, is an organisation opening the sentence from `lo`
/// (after "The" and lower-case words only: "The opposition Progress party …"), its subject.
fn opens_sentence_as_body(doc: &Doc, lo: usize, e: usize, i: usize) -> bool {
    doc.entities[e].kind == EntityKind::Organization && (lo..i).all(|x| x == lo && doc.tokens[x].lower == "the" || !doc.tokens[x].cap && doc.tokens[x].kind == crate::model::TokenKind::Word)
}

/// Whether the mention at token `j` (sentence from `lo`) is the object of a cue verb that takes
/// one ("urged X to", "accused the government of", "called on X to"): the one the sentence's
/// subject spoke to or of, not the subject itself.
fn cue_object_at(doc: &Doc, lex: &Lexicon, lo: usize, j: usize) -> bool {
    let mut v = j;
    if v > lo && doc.tokens[v - 1].lower == "the" {
        v -= 1;
    }
    if v > lo + 1 && doc.tokens[v - 1].lower == "on" && matches!(doc.tokens[v - 2].lower.as_str(), "called" | "calls" | "calling") {
        return true;
    }
    v > lo && !doc.tokens[v - 1].cap && lex.cues.get(doc.tokens[v - 1].lower.as_str()).is_some_and(|c| c.takes_object)
}

/// A title, then `prep` and a place, country or organisation (maybe after "the") ending
/// right before token `t`: the entity and the token of the preposition, where the title ends.
fn title_prep_before(doc: &Doc, t: usize, preps: &[&str]) -> Option<(usize, usize)> {
    let m = doc.mention_at_token(t.checked_sub(1)?)?;
    let e = doc.mentions[m].entity;
    let mut s = doc.token_at(doc.mentions[m].span.start);
    // "director of the FBI"
    if s > 0 && doc.tokens[s - 1].lower == "the" {
        s -= 1;
    }
    let p = s.checked_sub(1)?;
    let owner = matches!(doc.entities[e].kind, EntityKind::Country | EntityKind::Place | EntityKind::Organization);
    (owner && preps.contains(&doc.tokens[p].lower.as_str()) && (p.saturating_sub(5)..p).any(|l| title_at(doc, l, p).is_some_and(|(x, _)| x == p))).then_some((e, p))
}

/// "President of Vexmoor Jane Roe", "director of the FBI, Jane Roe": the title is of the
/// entity after "of"; returns it and the token of "of".
fn title_of_before(doc: &Doc, t: usize) -> Option<(usize, usize)> {
    title_prep_before(doc, t, &["of"])
}

/// "ambassador to the UN", "envoy for Iran": where the title's holder is posted, not what
/// the title is of (that is its owner before it); returns the token of "to"/"for".
fn posting_before(doc: &Doc, t: usize) -> Option<usize> {
    title_prep_before(doc, t, &["to", "for"]).map(|(_, p)| p)
}

/// A title, "of", "for", "to" or "on", then a plain phrase up to the comma at `c` that is no name of a
/// person ("head of the board", "spokesman for Norway's fisheries service", "envoy for the
/// harbour talks"): the preposition's token, and what the phrase names (an organisation or
/// country in it, or the organisation "the board" stands for).
fn title_phrase_before(doc: &Doc, c: usize) -> Option<(usize, Option<usize>)> {
    let lex = Lexicon::get();
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        (t.kind == crate::model::TokenKind::Word || matches!(t.lower.as_str(), "'s" | "-")) && !lex.cues.contains_key(&t.lower) && doc.mention_at_token(j).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person)
    };
    // ("Russia's envoy to international organisations in Vienna, X": "to" where the holder is
    // posted, which names no owner)
    // ("The UN special rapporteur on the right to food in Asia, X": "on" and a field, which
    // names no owner; the preposition right after the title, past others in the field)
    let titled = |p: usize| p + 1 < c && (p.saturating_sub(5)..p).any(|l| title_at(doc, l, p).is_some_and(|(e, _)| e == p));
    // ("Its vice president in charge of quality, X": "in charge of" a field, where the title
    // ends at "in", names no owner either)
    let in_charge = |j: usize| doc.tokens[j].lower == "in" && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "charge") && doc.tokens.get(j + 2).is_some_and(|t| t.lower == "of");
    let p = (c.saturating_sub(10)..c).rev().take_while(|&j| plain(j)).filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "for" | "to" | "on") || in_charge(j)).find(|&j| titled(j))?;
    if matches!(doc.tokens[p].lower.as_str(), "to" | "on") {
        // (not a day: "the minister on Monday, X said,")
        let day = |t: &crate::model::Token| t.kind == crate::model::TokenKind::Number || crate::lexicon::is_weekday(&t.lower) || crate::lexicon::is_month(&t.lower);
        return (doc.tokens[p].lower == "to" || !day(&doc.tokens[p + 1])).then_some((p, None));
    }
    let named = (p + 1..c).find_map(|j| doc.mention_at_token(j).map(|m| doc.mentions[m].entity)).filter(|&e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country));
    Some((p, named.or_else(|| super::np::org_by_head(doc, p + 1, c).map(|(e, _)| e))))
}

/// "The new defence minister is Col X", "The party's leader is X": a sentence that opens
/// with "the" (or an owner's possessive), maybe "new", and a title, then "is"/"was" and the
/// name at token `ps` (maybe after a rank): the title's first and end tokens and its normal form.
fn title_before_copula(doc: &Doc, ps: usize) -> Option<(usize, usize, &'static str)> {
    let lex = Lexicon::get();
    let w = |j: usize| doc.tokens[j].lower.as_str();
    let military = |h: &str| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|x| x.class == TitleClass::Military);
    let r = (ps.saturating_sub(3)..ps).find(|&l| title_at(doc, l, ps).is_some_and(|(e, h)| e == ps && military(h))).unwrap_or(ps);
    if r < 3 || !matches!(w(r - 1), "is" | "was") {
        return None;
    }
    let e = r - 1;
    let (l, head) = (e.saturating_sub(4)..e).find_map(|l| title_at(doc, l, e).filter(|&(x, _)| x == e).map(|(_, h)| (l, h)))?;
    let b = if l >= 1 && w(l - 1) == "new" { l - 1 } else { l };
    let opens = |j: usize| doc.sentence_at(doc.tokens[j].span.start).is_some_and(|si| doc.sentences[si].span.start == doc.tokens[j].span.start);
    let subject = b >= 1 && w(b - 1) == "the" && opens(b - 1) || (0..b).rev().take(4).any(|j| opens(j) && matches!(w(b - 1), "'s" | "’s" | "its" | "their"));
    subject.then_some((l, e, head))
}

/// "… commander who gave his name as X", "… commander, who identified himself as X", "…
/// commander who gave only his first name, X", with the name at token `ps`: the title's first
/// and end tokens and its normal form.
fn title_before_self_naming(doc: &Doc, ps: usize) -> Option<(usize, usize, &'static str)> {
    let w = |j: usize| doc.tokens[j].lower.as_str();
    let last = ps.checked_sub(1)?;
    if !matches!(w(last), "as" | ",") {
        return None;
    }
    let who = (ps.saturating_sub(9)..last).rev().find(|&j| w(j) == "who")?;
    // (only the words of giving one's own name between "who" and the name)
    let naming = matches!(w(who + 1), "gave" | "identified" | "introduced")
        && (who + 2..last).all(|j| matches!(w(j), "his" | "her" | "their" | "himself" | "herself" | "only" | "first" | "full" | "name" | "names" | "nom" | "de" | "guerre" | "as"))
        && (who + 2..last).any(|j| matches!(w(j), "name" | "himself" | "herself"));
    if !naming {
        return None;
    }
    let e = if who >= 1 && w(who - 1) == "," { who - 1 } else { who };
    (e.saturating_sub(4)..e).find_map(|l| title_at(doc, l, e).filter(|&(x, _)| x == e).map(|(_, h)| (l, e, h)))
}

/// Prepositions that open a sentence with a phrase before its subject ("In a letter to …, X
/// said").
pub(crate) const OPENING_PREPOSITIONS: &[&str] = &["in", "at", "after", "during", "before", "following", "with", "through", "under", "on"];

pub fn find_roles(doc: &mut Doc) {
    let lex = Lexicon::get();
    let persons: Vec<(Span, usize)> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person)
        .map(|m| (m.span, m.entity))
        .collect();
    for (span, holder) in persons {
        let ps = doc.token_at(span.start);
        let pe = doc.token_at(span.end);
        // "a JNIM commander who gave his name as X", "a militia commander, who identified
        // himself as X,": the title before a clause that gives the name is the named one's
        // (and "The new defence minister is Col X": a title the sentence opens with, then "is"
        // and the name; each with the title's owner before it)
        for title_before in [title_before_self_naming, title_before_copula] {
            if let Some((l, e, head)) = title_before(doc, ps) {
                let (s, of) = owner_before(doc, l).map_or((l, None), |(o, s)| (s, Some(o)));
                push_role(doc, holder, l, e, head, of, false, Span::new(doc.tokens[s].span.start, span.end));
            }
        }
        // title before the name, possibly across a comma ("his envoy, Steve Witkov")
        let mut right = ps;
        // ("its president, Dr. Jane Roe": an honorific between the comma and the name)
        let honorific = |t: usize| lex.titles.get(&doc.tokens[t].lower).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific);
        // ("its spokesman, Colonel Jane Roe", "the army's spokesman, Lt. Col. Jane Roe": a rank
        // there; the role is the title before the comma, one role as the earlier gold has it)
        let rank = (ps.saturating_sub(4)..ps).find_map(|l| {
            let (_, head) = title_at(doc, l, ps).filter(|&(e, _)| e == ps)?;
            // (a judge's style too: "the board's chair, Justice Jane Roe")
            let military = lex.titles.get(&crate::lexicon::fold(head)).is_some_and(|x| x.class == TitleClass::Military) || matches!(head, "Justice" | "judge");
            // (a rank of two abbreviations: "its spokesman, Brig. Gen. Jane Roe")
            let grade = |j: usize| matches!(doc.tokens[j].lower.as_str(), "brig" | "maj" | "lt" | "col" | "gen" | "rear" | "vice" | "sgt" | "staff");
            let l = if military && l >= 3 && doc.tokens[l - 1].lower == "." && grade(l - 2) {
                l - 2
            } else if military && l >= 2 && grade(l - 1) {
                l - 1
            } else {
                l
            };
            (military && l >= 2 && doc.tokens[l - 1].lower == "," && title_ends_at(doc, l - 1)).then_some(l)
        });
        // ("Relief League president Datuk Dr Jane Roe", "its chair, Professor Sir Jane Roe": two
        // honorifics stacked before the name; step back over all but the first, which the
        // cases below take)
        let hon_start = |t: usize| {
            if t >= 1 && honorific(t - 1) {
                Some(t - 1)
            } else if t >= 2 && doc.tokens[t - 1].lower == "." && honorific(t - 2) {
                Some(t - 2)
            } else {
                None
            }
        };
        // (the name's own first token, before the steps back over styles below)
        let ps_name = ps;
        let mut ps = ps;
        while let Some(s) = hon_start(ps).filter(|&s| hon_start(s).is_some()) {
            ps = s;
        }
        // ("The Lord Mayor, Cllr Jane Roe,", "Its leader, Cllr Jane Roe,": a councillor's style
        // between the comma and the name is a role of its own, as set18 keeps it, and the title
        // before the comma is the named one's too)
        let councillor = |t: usize| matches!(doc.tokens[t].lower.as_str(), "cllr" | "councillor" | "councilor");
        let ps = if ps >= 3 && councillor(ps - 1) && doc.tokens[ps - 1].cap && doc.tokens[ps - 2].lower == "," && title_ends_at(doc, ps - 2) {
            let head = title_at(doc, ps - 1, ps).map(|(_, h)| h).unwrap_or("Councillor");
            push_role(doc, holder, ps - 1, ps, head, None, false, Span::new(doc.tokens[ps - 1].span.start, span.end));
            ps - 1
        } else if ps >= 3 && doc.tokens[ps - 1].lower == "." && honorific(ps - 2) && doc.tokens[ps - 3].lower == "," {
            ps - 2
        } else if ps >= 2 && honorific(ps - 1) && doc.tokens[ps - 2].lower == "," {
            ps - 1
        // ("Its honorary chairman, billionaire Jane Roe,": a lower-case noun that describes the
        // person, no title, between the comma and the name; the title before the comma is hers)
        } else if ps >= 3 && !doc.tokens[ps - 1].cap && lex.person_nouns.contains(&doc.tokens[ps - 1].lower) && !lex.titles.contains_key(&doc.tokens[ps - 1].lower) && doc.tokens[ps - 2].lower == "," && title_ends_at(doc, ps - 2) {
            ps - 1
        // ("Prime Minister Datuk Seri Jane Roe", "its president, Tan Sri Jane Roe": a Malaysian
        // honorific of two words between the title and the name; "the Speaker, Rt. Hon. Jane
        // Roe": a parliamentary style)
        } else if ps >= 3 && lex.titles.get(&format!("{} {}", doc.tokens[ps - 2].lower, doc.tokens[ps - 1].lower)).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific) && (doc.tokens[ps - 3].lower == "," || doc.tokens[ps - 3].kind == crate::model::TokenKind::Word) {
            ps - 2
        } else if let Some(l) = rank {
            l
        // ("Governor Alhaji Jane Roe", "State president Shri Jane Roe", "Governor Dr. Jane
        // Roe": an honorific between the title and the name, no comma)
        // (not after a word that is no title: "Republican Sen. Jane Roe", where the
        // abbreviation is the office itself; nor after "state": "State Rep. Jane Roe" holds a
        // state's seat)
        } else if ps >= 3 && doc.tokens[ps - 1].lower == "." && honorific(ps - 2) && doc.tokens[ps - 3].kind == crate::model::TokenKind::Word {
            ps - 2
        } else if ps >= 2 && honorific(ps - 1) && doc.tokens[ps - 2].kind == crate::model::TokenKind::Word && (is_titleish(doc, ps - 2) && doc.tokens[ps - 2].lower != "state" || !lex.titles.get(&doc.tokens[ps - 1].lower).is_some_and(|x| matches!(x.norm, "senator" | "representative" | "alderman"))) {
            ps - 1
        } else {
            ps
        };
        // ("The committee's chair, Conservative MP Jane Roe,", "The inquiry's chair, retired
        // High Court judge Dame Jane Roe,": an office of its own between the comma and the name
        // is the named one's, and so is the title before the comma, as with a councillor's
        // style above; not a rank or a judge's style, which the title before the comma stands
        // for alone)
        let ps = if rank.is_none() && ps >= 3 {
            second_office_after_comma(doc, ps).map_or(ps, |(c, head, of)| {
                push_role(doc, holder, c + 1, ps, head, of, false, Span::new(doc.tokens[c + 1].span.start, span.end));
                c + 1
            })
        } else {
            ps
        };
        if ps < right && doc.tokens[ps - 1].kind == crate::model::TokenKind::Word {
            right = ps;
        }
        // (where the title's holder works may stand before the comma: "a UNICEF spokeswoman in
        // Nairobi, Jane Roe")
        let tb = (ps >= 4 && doc.tokens[ps - 1].lower == ",")
            .then(|| doc.mention_at_token(ps - 2))
            .flatten()
            .filter(|&m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.token_at(doc.mentions[m].span.end) == ps - 1)
            .map(|m| doc.token_at(doc.mentions[m].span.start))
            .filter(|&s| s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at"))
            // (initials in parentheses may close what it is of: "The head of the Vexmoor
            // Industries Federation (VIF), Jane Roe,")
            .map_or(if ps >= 5 && doc.tokens[ps - 1].lower == "," && doc.tokens[ps - 2].lower == ")" && doc.tokens[ps - 4].lower == "(" { ps - 4 } else { ps.saturating_sub(1) }, |s| s - 1);
        // (or "chief of staff, Lena Okafor": a title of several words)
        // (or "ambassador to the UN, Jane Roe", "director of the FBI, Jane Roe": a title, then
        // where or what it is of)
        // (not a title word that ends a body's name: "The Executive Director of the Centre for
        // Media Justice (CMJ), Mr Jane Roe," holds no "Justice")
        let title_ends_before_comma = ps >= 2
            && tb >= 1
            && ((lex.titles.contains_key(&doc.tokens[tb - 1].lower) || (tb.saturating_sub(4)..tb).any(|l| title_at(doc, l, tb).is_some_and(|(e, _)| e == tb)))
                && doc.mention_at_token(tb - 1).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Organization)
                || title_of_before(doc, tb).is_some()
                || posting_before(doc, tb).is_some());
        // (not the object of a phrase opening the sentence, the name then its verb with no
        // comma after: "In a letter to the prime minister, Jane Roe said …")
        let opening_object = || {
            let a = doc.sentence_at(doc.tokens[ps].span.start).map_or(0, |si| doc.sentences[si].tokens.0);
            OPENING_PREPOSITIONS.contains(&doc.tokens[a].lower.as_str())
                && (a + 1..ps - 1).all(|j| doc.tokens[j].lower != ",")
                && (a + 1..tb).any(|j| matches!(doc.tokens[j].lower.as_str(), "to" | "from" | "with" | "for" | "by"))
                && doc.tokens.get(pe).is_some_and(|t| t.lower != "," && t.kind == crate::model::TokenKind::Word)
        };
        if ps >= 2 && doc.tokens[ps - 1].lower == "," && title_ends_before_comma && !opening_object() {
            right = tb;
        }
        // "The head of the board, Jane Roe,", "A spokesman for Norway's fisheries service, Jane
        // Roe,": a title, "of"/"for" and a phrase that names no single mention
        let phrase = (right == doc.token_at(span.start) && ps >= 2 && doc.tokens[ps - 1].lower == ",").then(|| title_phrase_before(doc, ps - 1)).flatten();
        // ("Oxfam's head of research Jane Roe", "director of public policy Jane Roe": an office
        // of a field in lower case right before the name, no comma; "for" too, "the agency's
        // deputy for enforcement Jane Roe", a portfolio)
        let field = |j: usize| {
            let x = &doc.tokens[j];
            !x.cap && x.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower)
        };
        let phrase = phrase.or_else(|| {
            (right == doc.token_at(span.start) && ps >= 3 && field(ps - 1))
                .then(|| title_phrase_before(doc, ps))
                .flatten()
                .filter(|&(p, _)| matches!(doc.tokens[p].lower.as_str(), "of" | "for") && p + 4 >= ps && (p + 1..ps).all(field) && lex.titles.get(&doc.tokens[p - 1].lower).is_some_and(|t| t.class == TitleClass::Office))
        });
        // ("Federal Minister for Climate Change Dr Jane Roe": an office, "for"/"of" and a
        // capitalised field of one to three words, then an honorific before the name)
        let phrase = phrase.or_else(|| {
            ((right == ps || right == doc.token_at(span.start)) && ps < ps_name && ps >= 4)
                .then(|| (ps.saturating_sub(4)..ps - 1).rev().find(|&p| matches!(doc.tokens[p].lower.as_str(), "of" | "for")))
                .flatten()
                .filter(|&p| p >= 1 && (p + 1..ps).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == crate::model::TokenKind::Word && !lex.titles.contains_key(&doc.tokens[x].lower)) && lex.titles.get(&doc.tokens[p - 1].lower).is_some_and(|t| t.class == TitleClass::Office))
                .map(|p| (p, None))
        });
        // ("EU special representative for the Belgrade-Pristina dialogue Jane Roe": a title,
        // "for"/"on" and the talks it is for, right before the name, no comma; the owner is the
        // one before the title)
        let phrase = phrase.or_else(|| {
            (right == doc.token_at(span.start) && ps >= 4 && matches!(doc.tokens[ps - 1].lower.as_str(), "dialogue" | "talks" | "negotiations" | "process"))
                .then(|| title_phrase_before(doc, ps))
                .flatten()
                .filter(|&(p, _)| matches!(doc.tokens[p].lower.as_str(), "for" | "on") && p + 6 >= ps)
                .map(|(p, _)| (p, None))
        });
        if let Some((p, _)) = phrase {
            right = p;
        }
        // "President of Vexmoor Jane Roe": the office, "of", what it is of, then the name
        // ("a spokesman for the German Foreign Ministry, X": a spokesperson "for" a body speaks
        // for it, which is what the title is of, not where it is posted)
        let spokesperson_for = || {
            title_prep_before(doc, right, &["for"]).filter(|&(_, p)| p >= 1 && doc.tokens[p - 1].lower.starts_with("spokes"))
        };
        let of_before = title_of_before(doc, right).or(phrase.and_then(|(p, e)| e.map(|e| (e, p)))).or_else(spokesperson_for);
        if let Some((_, of_tok)) = of_before {
            right = of_tok;
        } else if let Some(to) = posting_before(doc, right) {
            right = to;
        }
        // ("The Minister for Justice, X": a portfolio that is a title of its own, "Justice", is
        // no title before the name; the office before "for" is)
        if right >= 3 && matches!(doc.tokens[right - 2].lower.as_str(), "for" | "of") && lex.titles.contains_key(&doc.tokens[right - 1].lower) && doc.tokens[right - 1].cap && title_ends_at(doc, right - 2) {
            right -= 2;
        }
        // "Foreign Minister Prince Jane Roe", "Prime Minister Sheikh Jane Roe": a royal style
        // between an office and the name is no part of the office
        if right >= 2 && lex.titles.get(&doc.tokens[right - 1].lower).is_some_and(|x| x.class == TitleClass::Royal) {
            let office = (right.saturating_sub(5)..right - 1).any(|l| title_at(doc, l, right - 1).is_some_and(|(e, h)| e == right - 1 && lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|x| x.class == TitleClass::Office)));
            if office {
                right -= 1;
            }
        }
        // "Minister of Foreign Affairs Jane Roe", "Minister for Trade and Industry General Jane
        // Roe": an office, "of"/"for" and a capitalised portfolio that names nothing, right
        // before the name (or before a style or rank before it), is the title
        // (and across a comma: "Its Minister of Planning and International Cooperation, Jane
        // Roe, told …", "The Minister for Planning, Jane Roe,")
        let across_comma = || (right >= 2 && doc.tokens[right - 1].lower == ",").then(|| portfolio_title_before(doc, right - 1)).flatten();
        let portfolio = (of_before.is_none() && right == doc.token_at(span.start)).then(|| portfolio_title_before(doc, right).or_else(across_comma)).flatten();
        if let Some((l, end, head)) = portfolio {
            let former = l > 0 && doc.tokens[l - 1].lower == "former";
            let (start_tok, of) = owner_before(doc, l).map_or((l, None), |(e, s)| (s, Some(e)));
            push_role(doc, holder, l, end, head, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
            // (a rank is a role of its own; a royal style is none, as after "Foreign Minister")
            if let Some((_, rank)) = (end < right).then(|| title_at(doc, end, right)).flatten().filter(|&(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Military)) {
                push_role(doc, holder, end, right, rank, None, false, Span::new(doc.tokens[end].span.start, span.end));
            }
        }
        let mut left = right;
        // words inside a name before the title are its owner ("Homeland Security Secretary")
        let named = |doc: &Doc, t: usize| doc.tokens[t].cap && doc.mention_at_token(t).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person);
        // (not across a line: a headline's last word is no part of the lede's first title,
        // "Housing\n\nPremier Jane Roe said …")
        let same_line = |doc: &Doc, t: usize| !doc.text()[doc.tokens[t].span.end..doc.tokens[t + 1].span.start].contains('\n');
        while left > 0 && right - left < 7 && is_titleish(doc, left - 1) && !named(doc, left - 1) && same_line(doc, left - 1) {
            left -= 1;
        }
        let found = (left..right).find_map(|l| title_at(doc, l, right).filter(|&(e, _)| e == right).map(|(_, n)| (l, n)));
        // a title whose inner words are no title words themselves ("chief of staff")
        let found = found.or_else(|| (right.saturating_sub(5)..right).find_map(|l| title_at(doc, l, right).filter(|&(e, _)| e == right).map(|(_, n)| (l, n))));
        // ("A senior adviser to the president, Jane Roe", "Special Adviser to the President on
        // Media, X", "chief of staff to the prime minister, X": the title before "to (the)" is
        // hers; the one after it is whom she serves) (only across a comma: in "a close aide to
        // Prime Minister X said", X is the prime minister)
        let mut found = found;
        if let Some((l, _)) = found.filter(|_| ps >= 1 && doc.tokens[ps - 1].lower == ",") {
            // ("A spokesman for the majority leader, Jane Roe", "a lawyer for the governor, X":
            // "for" as "to", the one the holder speaks or acts for)
            let to_for = |j: usize| matches!(doc.tokens[j].lower.as_str(), "to" | "for");
            let to = if l >= 2 && doc.tokens[l - 1].lower == "the" && to_for(l - 2) { Some(l - 2) } else { (l >= 1 && to_for(l - 1)).then(|| l - 1) };
            if let Some((to, l2, head2)) = to.and_then(|to| (to.saturating_sub(5)..to).find_map(|x| title_at(doc, x, to).filter(|&(e, _)| e == to).map(|(_, n)| (to, x, n)))) {
                right = to;
                found = Some((l2, head2));
            }
        }
        // "Norway's fisheries minister, X", "Peru's foreign trade minister, X", "the OSCE field
        // coordinator, X": one or two plain lower-case words between the owner and the title
        // belong to the title
        let found = if portfolio.is_some() { None } else { found };
        // ("NADA bans wrestler X", "Regulator fines trader X": in a headline, the first line, a
        // word in -s right after a body's name, with no possessive, is the headline's verb, and
        // the one named after it its object, whose title is none of that body's)
        let headline_verb = |doc: &Doc, l: usize| {
            let verb = l >= 2 && {
                let w = doc.tokens[l - 1].lower.as_str();
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && field_word(doc, l - 1)
            };
            let body = verb && doc.mention_at_token(l - 2).is_some_and(|m| doc.token_at(doc.mentions[m].span.end) == l - 1 && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Organization | EntityKind::Country));
            body && doc.sentence_at(doc.tokens[l].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0)
        };
        let found = found.map(|(l, head)| {
            if owner_before(doc, l).is_some() || doc.tokens[l].lower == "former" || headline_verb(doc, l) {
                return (l, head);
            }
            for n in 1..=2 {
                if l < n + 1 || !(l - n..l).all(|m| field_word(doc, m)) {
                    break;
                }
                if owner_before(doc, l - n).is_some() {
                    return (l - n, head);
                }
            }
            (l, head)
        });
        // ("The economist Tom Hale said": an occupation after an article, with no body named,
        // describes the person; "Economist Tom Hale said" is written as a title)
        let found = found.filter(|&(l, head)| !(head == "economist" && l > 0 && matches!(doc.tokens[l - 1].lower.as_str(), "the" | "a" | "an")));
        let found = found.map(|(l, head)| (portfolio_joined_before(doc, l, head).unwrap_or(l), head));
        if let Some((l, head)) = found {
            let former_first = doc.tokens[l].lower == "former";
            let tl = if former_first { l + 1 } else { l };
            let owner = owner_before(doc, l).or(of_before.map(|(e, _)| (e, l))).or_else(|| spokesperson_of_sentence_before(doc, tl, head).map(|e| (e, l))).or_else(|| leader_of_sentence_state(doc, tl, right).map(|e| (e, l))).or_else(|| body_opening_title(doc, tl).filter(|_| !members_word_opens_minister(doc, tl, head)).map(|e| (e, l))).or_else(|| union_minister_state(doc, tl, head).map(|e| (e, l)));
            let owner = owner.map(|(e, s)| envoy_sender(doc, head, e, s).unwrap_or((e, s)));
            let (start_tok, of) = match owner {
                Some((e, s)) => (s, Some(e)),
                None => (l, None),
            };
            let former = former_first || start_tok > 0 && doc.tokens[start_tok - 1].lower == "former";
            let start_tok = if start_tok > 0 && doc.tokens[start_tok - 1].lower == "former" { start_tok - 1 } else { start_tok };
            // "Army spokesman Brigadier General Jane Roe": an office, then a rank, are two roles
            // (the office's and the rank's), not one title "spokesman Brigadier General"
            let class = |h: &str| lex.titles.get(&crate::lexicon::fold(h)).map(|t| t.class);
            // (not "Director General", "Attorney General": "General" alone after an office is
            // part of a civil title)
            let rank_after_office = (class(head) == Some(TitleClass::Military) && right > tl + 1)
                .then(|| {
                    (tl + 1..right).filter(|&r| !(r + 1 == right && doc.tokens[r].lower == "general")).find_map(|r| {
                        let (_, office) = title_at(doc, tl, r).filter(|&(e, h)| e == r && class(h) == Some(TitleClass::Office))?;
                        title_at(doc, r, right).filter(|&(e, h)| e == right && class(h) == Some(TitleClass::Military) && (lex.titles.contains_key(&doc.tokens[r].lower) || title_words().contains(doc.tokens[r].lower.as_str()))).map(|_| (r, office))
                    })
                })
                .flatten();
            // ("vice-presidential nominee Gov. Jane Roe", "Party chairman Sen. Jane Roe": a
            // title, then an abbreviated office right before the name, are two roles)
            // (not "Lt. Gen.", "Lt. Gov.": the first title ends in a plain lower-case word)
            let abbreviated_after = (right > tl + 1 && doc.tokens[right - 1].lower.ends_with('.') && lex.titles.contains_key(&doc.tokens[right - 1].lower) && !doc.tokens[right - 2].cap && doc.tokens[right - 2].kind == crate::model::TokenKind::Word && !doc.tokens[right - 2].lower.ends_with('.'))
                .then(|| title_at(doc, tl, right - 1).filter(|&(e, _)| e == right - 1).map(|(_, h)| (right - 1, h)))
                .flatten()
                .and_then(|(r, first)| Some((r, first, title_at(doc, r, right).filter(|&(e, _)| e == right)?.1)));
            if let Some((r, office)) = rank_after_office {
                push_role(doc, holder, tl, r, office, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
                push_role(doc, holder, r, right, head, of, false, Span::new(doc.tokens[r].span.start, span.end));
            } else if let Some((r, first, second)) = abbreviated_after {
                push_role(doc, holder, tl, r, first, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
                push_role(doc, holder, r, right, second, None, false, Span::new(doc.tokens[r].span.start, span.end));
            } else {
                push_role(doc, holder, tl, right, head, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
            }
            // "Qatar's Prime Minister and Foreign Minister Jane Roe": an office joined by "and"
            // to the one before the name is hers too, with its own owner
            if owner.is_none() && !former && tl >= 2 && doc.tokens[tl - 1].lower == "and" {
                let first = (tl.saturating_sub(5)..tl - 1).find_map(|m| title_at(doc, m, tl - 1).filter(|&(e, h)| e == tl - 1 && !h.eq_ignore_ascii_case(head)).map(|(_, h)| (m, h)));
                if let Some((l2, head2)) = first.filter(|&(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office)) {
                    let (s2, of2) = owner_before(doc, l2).map_or((l2, None), |(e, s)| (s, Some(e)));
                    // (not two people: "talks between the Prime Minister and Foreign Minister X")
                    let two_people = s2 > 0 && matches!(doc.tokens[s2 - 1].lower.as_str(), "the" | "between" | "both");
                    // ("Its chairman and managing director, X", "chairman and chief executive": a
                    // firm's two top posts so joined are written as one post, one role, of
                    // the owner before them)
                    let one_post = ["managing director", "chief executive", "chief executive officer"].iter().any(|p| head.eq_ignore_ascii_case(p));
                    if !two_people {
                        if !one_post {
                            push_role(doc, holder, l2, tl - 1, head2, of2, false, Span::new(doc.tokens[s2].span.start, span.end));
                        }
                        // (the second office is of the same owner)
                        if let Some(r) = of2.and_then(|_| doc.roles.iter_mut().find(|r| r.holder == holder && r.head == head && r.of.is_none())) {
                            r.of = of2;
                        }
                    }
                }
            }
            // "The head of the panel, former minister Jane Roe,": the role and what it is of
            // before the comma is hers too (as "The head of the panel, Jane Roe," gives it)
            // (a word or two may stand between the comma and the title: "former Ruritanian")
            let comma = (start_tok.saturating_sub(3)..start_tok).rev().take_while(|&j| doc.tokens[j].kind == crate::model::TokenKind::Word || doc.tokens[j].lower == ",").find(|&j| doc.tokens[j].lower == ",");
            if let Some(comma) = comma.filter(|&j| j >= 1 && (j + 1..start_tok).all(|m| !lex.cues.contains_key(&doc.tokens[m].lower) && (doc.tokens[m].lower == "former" || !lex.stopwords.contains(&doc.tokens[m].lower)))) {
                if let Some((p, named)) = title_phrase_before(doc, comma) {
                    let outer = (p.saturating_sub(5)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, _)| e == p).map(|(_, n)| (l, n)));
                    if let Some((l2, head2)) = outer.filter(|&(_, h)| !h.eq_ignore_ascii_case(head)) {
                        push_role(doc, holder, l2, p, head2, named, false, Span::new(doc.tokens[l2].span.start, span.end));
                    }
                } else if let Some((l2, head2)) = (comma.saturating_sub(4)..comma).find_map(|l| title_at(doc, l, comma).filter(|&(e, _)| e == comma).map(|(_, n)| (l, n))).filter(|&(_, h)| !h.eq_ignore_ascii_case(head)) {
                    // ("Its chairman, Ugandan diplomat Jane Roe,": the office before the comma
                    // and its owner, as "Its chairman, Jane Roe," gives them)
                    // ("The bank's digital chief, Deputy Governor Jane Roe": one
                    // or two plain lower-case words between the owner and the office are its
                    // field, part of the title)
                    let fields = (1..=2).take_while(|&n| l2 > n && field_word(doc, l2 - n)).count();
                    let mut field = None;
                    for n in 0..=fields {
                        if let Some(o) = owner_before(doc, l2 - n) {
                            field = Some((o, l2 - n));
                            break;
                        }
                    }
                    if let Some(((owner, s), l3)) = field {
                        push_role(doc, holder, l3, comma, head2, Some(owner), false, Span::new(doc.tokens[s].span.start, span.end));
                    }
                }
            }
        }
        // "Brennock economist Jane Roe", "Quarvex senior energy analyst Jane Roe": a profession
        // (no office: no title phrase) after a named organisation
        if found.is_none() {
            // ("An ACLU lawyer, Jane Roe, said", "A Brennock partner, Jane Roe,": the same across
            // a comma, after "a"/"an", as "A Commission spokesperson, X" is with a title; "A
            // Harrow Capital partner, Jane Roe,": when the firm's capitalised name is no entity
            // the story knows, the profession is held, of no one named)
            let comma = right >= 2 && doc.tokens[right - 1].lower == ",";
            let across = || profession_before(doc, right - 1).filter(|&(_, _, _, s)| s >= 1 && matches!(doc.tokens[s - 1].lower.as_str(), "a" | "an")).map(|(l, head, org, s)| (l, head, Some(org), s));
            let unknown = || profession_after_unknown_name(doc, right - 1).map(|(l, head, s)| (l, head, None, s));
            if let Some((l, head, org, s)) = profession_before(doc, right) {
                push_role(doc, holder, l, right, head, Some(org), false, Span::new(doc.tokens[s].span.start, span.end));
            } else if let Some((l, head, of, s)) = comma.then(|| across().or_else(unknown)).flatten() {
                push_role(doc, holder, l, right - 1, head, of, false, Span::new(doc.tokens[s].span.start, span.end));
            }
        }
        // appositive after the name: ", [the] [former] [Adj|Org] title [of X],"
        // (a short parenthesis may stand between: "Sen. Jane Roe (R-Vt.), chairman of the
        // committee,", "Jane Roe (pictured), the union's president,")
        let pc = if doc.tokens.get(pe).is_some_and(|t| t.lower == "(") {
            (pe + 1..(pe + 9).min(doc.tokens.len()))
                .take_while(|&j| doc.tokens[j].lower != "(")
                .find(|&j| doc.tokens[j].lower == ")")
                .filter(|&j| doc.tokens.get(j + 1).is_some_and(|t| t.lower == ","))
                .map_or(pe, |j| j + 1)
        } else {
            pe
        };
        if doc.tokens.get(pc).is_some_and(|t| t.lower == ",") {
            let mut k = pc + 1;
            // ("X, 50, a former mayor of Y,": the age comes first)
            if doc.tokens.get(k).is_some_and(|t| t.kind == crate::model::TokenKind::Number) && doc.tokens.get(k + 1).is_some_and(|t| t.lower == ",") {
                k += 2;
            }
            // ("X, who is now deputy chairman of Russia's Security Council,": a relative clause
            // of being that holds the appositive)
            // (", who also serves as finance minister,": or of serving as the office)
            if doc.tokens.get(k).is_some_and(|t| t.lower == "who") {
                let adverb = |j: usize| doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "now" | "also" | "currently"));
                let j = k + 1 + usize::from(adverb(k + 1));
                // (", who remains president of the Senate,": or of staying in it)
                if doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "is" | "remains")) {
                    k += 2;
                    if adverb(k) {
                        k += 1;
                    }
                } else if doc.tokens.get(j).is_some_and(|t| t.lower == "serves") && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "as") {
                    k = j + 2;
                }
            }
            // ("X, another former minister,": one more holder of a kind named before)
            if doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "another")) {
                k += 1;
            }
            // ("X, the exiled co-founder of Y,", "X, another exiled opposition leader,": where
            // the holder lives now says nothing of the office)
            let exiled = |k: usize| doc.tokens.get(k).is_some_and(|t| t.lower == "exiled");
            if exiled(k) {
                k += 1;
            }
            // ("X, a 49-year-old former finance minister,": or after the article)
            if doc.tokens.get(k).and_then(|t| t.lower.split_once('-')).is_some_and(|(n, rest)| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && rest == "year-old") {
                k += 1;
            }
            let former = doc.tokens.get(k).is_some_and(|t| t.lower == "former");
            if former {
                k += 1;
                if exiled(k) {
                    k += 1;
                }
            }
            let mut of = None;
            let mut body_possessive = false;
            // (the state named by an adjective right before the title's words: ", a Dutch liberal
            // member of the European Parliament,")
            let mut adjective_at = None;
            let limit = (k + 6).min(doc.tokens.len());
            while k < limit {
                if let Some(m) = doc.mention_at_token(k) {
                    let e = doc.mentions[m].entity;
                    if doc.entities[e].kind == EntityKind::Person {
                        // (", Trump's special envoy to the Middle East,": a person's title, of
                        // no body the phrase names)
                        let end = doc.token_at(doc.mentions[m].span.end);
                        if of.is_none() && !body_possessive && doc.tokens.get(end).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && doc.actor_of(e) != holder {
                            body_possessive = true;
                            k = end + 1;
                            continue;
                        }
                        break;
                    }
                    of = Some(e);
                    k = doc.token_at(doc.mentions[m].span.end);
                    // (", Chile's foreign minister,": the possessive of what the office is of;
                    // ", Vexlor Labs' chief engineer,": a plural's)
                    if doc.tokens.get(k).is_some_and(|t| t.lower == "'s" || t.lower == "'" && doc.tokens[k - 1].lower.ends_with('s')) {
                        k += 1;
                    }
                } else if let Some(&c) = lex.country_adjectives.get(&doc.tokens[k].lower) {
                    let e = doc.country(c);
                    let sp = doc.tokens[k].span;
                    doc.add_mention(sp, e, MentionKind::Name);
                    of = Some(e);
                    k += 1;
                    adjective_at = Some(k);
                } else if let Some((k2, c)) = super::names::two_word_adjective(doc, lex, k) {
                    // (", a South African diplomat,": an adjective of two words)
                    let e = doc.country(c);
                    let sp = Span::new(doc.tokens[k].span.start, doc.tokens[k2 - 1].span.end);
                    doc.add_mention(sp, e, MentionKind::Name);
                    of = Some(e);
                    k = k2;
                    adjective_at = Some(k);
                } else if k > 0 && doc.tokens[k - 1].lower == "the" && matches!(doc.tokens[k].lower.as_str(), "company" | "firm" | "group" | "charity" | "association" | "union" | "federation" | "alliance" | "party" | "movement" | "coalition" | "government" | "ministry" | "agency" | "commission" | "council" | "committee" | "organisation" | "organization") && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "'s") {
                    // (", the company's chief operating officer,": the company named before; ", the
                    // group's director,", ", the association's executive director,", ", the union's
                    // branch secretary,": the body "the group" takes up)
                    // (a body the story never named keeps the title, of no one known: ", the
                    // group's director,")
                    of = super::statements::body_description(doc, k - 1, k + 1).or_else(|| super::np::group_before(doc, doc.token_at(span.start), &doc.tokens[k].lower));
                    body_possessive = true;
                    k += 2;
                } else if k > 0 && doc.tokens[k - 1].lower == "the" && super::names::PLACE_NOUNS.contains(&doc.tokens[k].lower.as_str()) && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some() {
                    // (", the town's mayor,", ", the village's chief,": a place's possessive, of
                    // the town or village named last before the name, in its sentence or the one
                    // before; of no one when none is; a place whose name ends in the noun first, ", the
                    // county's elections director," after "Fulton County, which includes …Atlanta")
                    of = super::np::org_by_possessive_head(doc, k).or_else(|| town_named_before(doc, ps));
                    body_possessive = true;
                    k += 2;
                } else if let Some(lead) = (k == pc + 1 && doc.tokens[k].lower == "its").then(|| region_before_title(doc, k + 1)).filter(|&n| title_at(doc, k + 1 + n, (k + 7 + n).min(doc.tokens.len())).is_some()) {
                    // (", its general counsel,", ", its president,": the body or state "its"
                    // takes up, as before the name, "Its president, X,"; of no one when none is)
                    // (", its Asia director,": a region between, `region_before_title`)
                    of = owner_before(doc, k + 1).map(|(e, _)| e);
                    body_possessive = true;
                    k += 1 + lead;
                } else if let Some(e) = (k > 0 && doc.tokens[k - 1].lower == "the").then(|| super::np::org_by_possessive_head(doc, k)).flatten().filter(|_| {
                    // (not a word that describes without naming an office after a name that holds
                    // one: "Gov. Jane Roe, the community's leader," is the governor, one role)
                    let generic = title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some_and(|(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Generic));
                    !(generic && doc.roles.iter().any(|r| r.holder == holder))
                }) {
                    // (", the observatory's coordinator,", ", the institute's director,": any
                    // lower-case noun that is the head of the one body of several words named
                    // before takes it up, as the listed nouns above do)
                    of = Some(e);
                    body_possessive = true;
                    k += 2;
                } else if k > 0 && doc.tokens[k - 1].lower == "the" && !doc.tokens[k].cap && doc.tokens[k].lower.len() > 3 && doc.tokens[k].lower.ends_with('s') && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'" | "’")) && title_at(doc, k + 2, (k + 7).min(doc.tokens.len())).is_some() {
                    // (", the rebels' chief negotiator,": a plural's possessive, of no one named)
                    body_possessive = true;
                    k += 2;
                    break;
                } else if let Some(te) = (!body_possessive && doc.tokens[k].kind == crate::model::TokenKind::Word).then(|| title_at(doc, k, limit)).flatten().map(|(te, _)| te).filter(|&te| doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s"))) {
                    // (", the secretary-general's personal envoy for Sudan,": an office's
                    // possessive owns the title after it, which the appositive's person holds;
                    // a title of two words too, capitalised or not: ", the prime minister's
                    // chief of staff,", ", the Prime Minister's political director,")
                    body_possessive = true;
                    k = te + 1;
                } else if doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && k + 1 < limit && (!doc.tokens[k + 1].cap || doc.slice(doc.tokens[k + 1].span).bytes().all(|c| c.is_ascii_uppercase())) && title_at(doc, k + 1, (k + 7).min(doc.tokens.len())).is_some_and(|(te, _)| !doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’"))) {
                    // (", a Conservative councillor,", ", a Republican senator from Ohio,", ", the
                    // Conservative MP for Harwich,", an office's initials in capitals: a
                    // capitalised modifier that names nothing the story knows, then a title;
                    // not a title that owns what follows, ", the Republican nominee's daughter,")
                    k += 1;
                    break;
                } else if let Some(j) = lower_body_before_title(doc, k, limit) {
                    // (", a former central bank governor,", ", the state oil company's chief,":
                    // a body named in lower case, of no one the story names, before the title)
                    k = j;
                    break;
                } else {
                    break;
                }
            }
            let end_limit = (k + 6).min(doc.tokens.len());
            // ("In a letter signed by its head of press, X, the minister described …": a title
            // followed at once by a verb of saying opens the main clause, it is no appositive)
            // ("To understand the real Dred Scott, Chief Justice Roberts said": a title with a
            // name of its own after it is that person's, no appositive of the name before)
            let opens_clause = |te: usize| doc.tokens.get(te).is_some_and(|t| !t.cap && lex.cues.contains_key(&t.lower)) || doc.mention_at_token(te).is_some_and(|m| doc.mentions[m].span.start == doc.tokens[te].span.start && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person);
            // (", Oxfam's field coordinator,", ", the agency's regional protection director,":
            // after a body's possessive, one or two plain lower-case words for the field belong
            // to the title)
            let possessed = (of.is_some() || body_possessive) && k >= 1 && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "'" | "its");
            // (", Africa programme director at Y,", ", Middle East director at Y,": a region
            // named before the title is the post's field, not what the office is of; a plain
            // word for the field may stand between)
            let region_field = of.is_some_and(|o| doc.entities[o].kind == EntityKind::Place && doc.entities[o].stands_for.is_none()) && k >= 1 && doc.tokens[k - 1].cap;
            let field = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower));
            // (", a Dutch liberal member of the European Parliament,", ", a French conservative
            // politician,": one plain word for the leaning or field between the state's adjective
            // and the title, below)
            // (", energy program director at Y,", ", research director at Y,": the same one or two
            // plain words for the field before a title that is held at a named organisation
            // right after it)
            let at_body = |te: usize| {
                let at = if doc.tokens.get(te + 1).is_some_and(|t| t.lower == "the") { te + 2 } else { te + 1 };
                doc.tokens.get(te).is_some_and(|t| t.lower == "at") && doc.mention_at_token(at).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.start) == at)
            };
            let titled = title_at(doc, k, end_limit).or_else(|| {
                (1..=2).take_while(|&n| field(k + n - 1)).find_map(|n| title_at(doc, k + n, end_limit).map(|t| (n, t))).filter(|&(n, (te, _))| possessed || region_field || at_body(te) || n == 1 && adjective_at == Some(k)).map(|(_, t)| t)
            });
            // (a profession's post at a body named after it, "an analyst at the firm", "a senior
            // fellow at the Oslo-based X", "a scientist with X", is read as a profession, which
            // finds the body)
            let titled = titled.filter(|&(_, h)| !(PROFESSIONS.contains(&h) || matches!(h, "senior fellow" | "research fellow")) || profession_at(doc, k).is_none());
            if let Some((te, head)) = titled.filter(|&(te, _)| !opens_clause(te)) {
                let mut end = te;
                // (", the group's spokesman and chief negotiator,": a second office joined by
                // "and", closing the appositive, is held too)
                let and_title = doc.tokens.get(te).filter(|t| t.lower == "and").and_then(|_| title_at(doc, te + 1, (te + 6).min(doc.tokens.len())));
                let second = and_title.filter(|&(te2, h2)| !h2.eq_ignore_ascii_case(head) && doc.tokens.get(te2).is_some_and(|t| matches!(t.lower.as_str(), "," | "." | ")"))).map(|(te2, h2)| (te + 1, te2, h2));
                // ("X, chief financial officer and treasurer at Y": a second title joined by "and"
                // is held at the same place)
                let te = match and_title {
                    Some((te2, _)) if doc.tokens.get(te2).is_some_and(|t| matches!(t.lower.as_str(), "of" | "at" | "for")) => te2,
                    _ => te,
                };
                // ("X, a spokesman for Y", "a representative for Y": one who speaks for a body
                // holds the title of it)
                let speaks_for = head.to_lowercase().starts_with("spokes") || matches!(head.to_lowercase().as_str(), "representative" | "lawyer" | "attorney");
                // ("X, a professor of political science at Y", "a lecturer in North Korean
                // studies at Y": the field after the title, up to five words naming no body or
                // person, then "at" and where the post is)
                let te = if doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "of" | "in")) {
                    let field = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none_or(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place));
                    (te + 1..(te + 7).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].lower == "at" || field(j)).find(|&j| doc.tokens[j].lower == "at").filter(|&j| j > te + 1).unwrap_or(te)
                } else {
                    te
                };
                // "of Ukraine" / "to Russia" after the title
                // ("to" names the host country of an ambassador, not the one represented)
                // ("X, chief economist at Y": "at" names the organisation the post is at)
                if doc.tokens.get(te).is_some_and(|t| t.lower == "of" || t.lower == "to" || t.lower == "at" || t.lower == "for" && speaks_for) {
                    let mut at = if doc.tokens.get(te + 1).is_some_and(|t| t.lower == "the") { te + 2 } else { te + 1 };
                    // ("leader of the far-right National Rally": up to two lower-case modifiers
                    // after the article)
                    if at == te + 2 {
                        let modifier = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == crate::model::TokenKind::Word && !t.cap && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower));
                        let skip = (0..2).take_while(|&n| modifier(at + n)).count();
                        if skip > 0 && doc.mention_at_token(at + skip).is_some() {
                            at += skip;
                        }
                    }
                    // ("a senior fellow at the London-based Centre for …": where the body is
                    // based is no part of its name)
                    let based = (at..(at + 3).min(doc.tokens.len())).find(|&j| doc.tokens[j].lower.ends_with("-based") || doc.tokens[j].lower == "based" && doc.tokens[j - 1].lower == "-");
                    if let Some(j) = based.filter(|&j| (at..j).all(|x| doc.tokens[x].cap || doc.tokens[x].lower == "-")) {
                        at = j + 1;
                    }
                    if let Some(m) = doc.mention_at_token(at).filter(|&m| doc.tokens[te].lower != "at" || doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
                        let e = doc.mentions[m].entity;
                        if doc.entities[e].kind != EntityKind::Person {
                            if doc.tokens[te].lower != "to" {
                                of = if region_field { Some(e) } else { of.or(Some(e)) };
                            }
                            end = doc.token_at(doc.mentions[m].span.end);
                        }
                    }
                }
                let ev = Span::new(span.start, doc.tokens[end - 1].span.end);
                push_role(doc, holder, k, te, head, of, former, ev);
                // (of the body a possessive names, not of one named as a modifier of the first
                // office: "a former Harbor Party chairman and presidential candidate")
                if let Some((a2, te2, head2)) = second {
                    push_role(doc, holder, a2, te2, head2, if possessed { of } else { None }, former, Span::new(span.start, doc.tokens[te2 - 1].span.end));
                }
            } else if let Some((pe, head, org, end)) = profession_at(doc, k) {
                let ev = Span::new(span.start, doc.tokens[end - 1].span.end);
                push_role(doc, holder, k, pe, head, Some(org), former, ev);
            }
        }
        // "Maria Kovacs, who heads the central bank of Hungary,": the office a verb describes
        // ("Senator X, the Texas Republican who chairs the committee,": after an appositive
        // that opens with "the" and ends in a noun for a person or a title, words only between)
        let who = (doc.tokens.get(pe).is_some_and(|t| t.lower == ",")).then(|| {
            if doc.tokens.get(pe + 1).is_some_and(|t| t.lower == "who") {
                return Some(pe + 1);
            }
            if !doc.tokens.get(pe + 1).is_some_and(|t| t.lower == "the") {
                return None;
            }
            let w = (pe + 2..(pe + 8).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == crate::model::TokenKind::Word).find(|&j| doc.tokens[j].lower == "who")?;
            let noun = &doc.tokens[w - 1].lower;
            (w > pe + 2 && (lex.person_nouns.contains(noun) || lex.titles.contains_key(noun))).then_some(w)
        }).flatten();
        if let Some(who) = who {
            if let Some((head, k)) = doc.tokens.get(who + 1).and_then(|t| headed_by(&t.lower)).map(|h| (h, who + 2)) {
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
        // "President Vladimir Putin of Russia"
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
    counsel(doc);
    teacher(doc);
    portfolio_critic(doc);
    top_party_member(doc);
    profession_who(doc);
    professor_of(doc);
    second_office_after_and(doc);
    // a title repeated without its country takes it from the same person's other mention
    for i in 0..doc.roles.len() {
        if doc.roles[i].of.is_none() {
            let (h, head) = (doc.roles[i].holder, doc.roles[i].head.clone());
            doc.roles[i].of = doc.roles.iter().find(|r| r.holder == h && r.head == head && r.of.is_some()).and_then(|r| r.of);
        }
    }
}

/// The people named, then ", a" or ", an" ("Jane Roe, a consultant psychiatrist who …"): the
/// person, where the evidence starts, and the token after the article.
fn indefinite_appositions(doc: &Doc) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    doc.mentions.iter().filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person).filter_map(|m| {
        let pe = doc.token_at(m.span.end);
        let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
        (w(pe) == "," && matches!(w(pe + 1), "a" | "an")).then_some((m.entity, m.span.start, pe + 2))
    })
}

/// A plain lower-case word at `j` that may modify an occupation noun: no stop word, speech cue
/// or word of a name ("consultant" in "a consultant psychiatrist", "primary" in "a primary
/// school teacher").
fn plain_modifier(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && doc.mention_at_token(j).is_none())
}

/// A profession named in apposition and closed by a relative clause: "X, a consultant
/// psychiatrist who gave evidence", "X, a lawyer who represents Y" (after the name's comma, "a"
/// or "an", up to three plain lower-case modifiers, a profession noun, then "who"). With the
/// body named ("a lawyer at Y") `profession_at` reads it; with "who" after it the profession is
/// the person's role of no body, as news names its experts and advisers.
fn profession_who(doc: &mut Doc) {
    let lex = Lexicon::get();
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    let found: Vec<(usize, &'static str, Span)> = indefinite_appositions(doc)
        .filter_map(|(holder, start, k)| {
            // (the last plain word before "who" is the profession: "a consultant psychiatrist who")
            let j = (k..k + 5).find(|&j| !plain_modifier(doc, lex, j))?;
            (w(j) == "who" && j > k).then_some(())?;
            let head = *PROFESSIONS.iter().find(|&&h| w(j - 1) == h)?;
            Some((holder, head, Span::new(start, doc.tokens[j - 1].span.end)))
        })
        .collect();
    for (holder, h, evidence) in found {
        push_role_titled(doc, holder, h, None, evidence);
    }
}

/// A professor's style before the name and the body after it: "Professor X, of the University
/// of Y, said", "Professor X of Y University" (the style, then "of" or "at", maybe after a
/// comma, and a named organisation, maybe after "the"): the professor's post at that body, as
/// "X, a professor at Y" is. The style alone ("Professor X said") stays part of the name. A
/// lower-case profession before the name, maybe after a word of its field, reads the same way:
/// "Law professor X, of the University of Y", "political scientist X, of Y University".
fn professor_of(doc: &mut Doc) {
    let found: Vec<(usize, usize, &'static str, Span)> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person)
        .filter_map(|m| {
            let (ps, pe) = (doc.token_at(m.span.start), doc.token_at(m.span.end));
            let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
            let n = ps.checked_sub(1)?;
            let head: &'static str = if w(n) == "professor" && doc.tokens[n].cap {
                "Professor"
            } else if matches!(w(n), "prof" | "prof.") && doc.tokens[n].cap {
                // (the British press's "Prof X, of Y University": the style as written)
                "Prof"
            } else {
                PROFESSIONS.iter().find(|&&h| w(n) == h && !doc.tokens[n].cap && doc.mention_at_token(n).is_none()).copied()?
            };
            // (a word of the field before a lower-case profession: "Law professor", "legal historian")
            let lex = Lexicon::get();
            let field = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none() && !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.cues.contains_key(&doc.tokens[j].lower) && !lex.titles.contains_key(&doc.tokens[j].lower);
            let opens = |j: usize| doc.sentence_at(doc.tokens[j].span.start).is_some_and(|si| doc.sentences[si].tokens.0 == j);
            let start = if !matches!(head, "Professor" | "Prof") && n >= 1 && field(n - 1) && (!doc.tokens[n - 1].cap || opens(n - 1)) { n - 1 } else { n };
            let k = if w(pe) == "," { pe + 1 } else { pe };
            matches!(w(k), "of" | "at").then_some(())?;
            let at = if w(k + 1) == "the" { k + 2 } else { k + 1 };
            let o = doc.mention_at_token(at)?;
            let org = doc.mentions[o].entity;
            (doc.entities[org].kind == EntityKind::Organization && doc.token_at(doc.mentions[o].span.start) == at).then(|| (m.entity, org, head, Span::new(doc.tokens[start].span.start, doc.mentions[o].span.end)))
        })
        .collect();
    for (holder, org, head, evidence) in found {
        // (the title read before the name alone, "Political analyst" with no body, takes the body)
        let last_word = |t: &str| t.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head));
        if let Some(r) = doc.roles.iter_mut().find(|r| r.holder == holder && !r.former && last_word(&r.title)) {
            if r.of.is_none() {
                r.of = Some(org);
            }
            continue;
        }
        push_role_titled(doc, holder, head, Some(org), evidence);
    }
}

/// "Jane Roe, a senior fellow at the Halden Institute and former chair of Vexbank, said",
/// "X, the governor of Y province and a former finance minister,": a second office coordinated
/// by "and" after the first appositive's role (maybe "a"/"an", maybe "former", a title, maybe
/// "of"/"at"/"to" and a named body or state) is the named person's too, up to the comma or
/// full stop that closes the appositive.
fn second_office_after_and(doc: &mut Doc) {
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

/// A teacher named in apposition, as stories name their witnesses: "X, a 58-year-old teacher,
/// said", "X, a retired teacher in Y" (after the name's comma, "a", maybe an age and one plain
/// lower-case word). News takes a teacher's post as his role; other trades ("a farmer", "a law
/// student", "a nurse") describe a witness and are left alone, as are longer descriptions ("a
/// primary school teacher").
fn teacher(doc: &mut Doc) {
    let lex = Lexicon::get();
    let plain = |doc: &Doc, j: usize| plain_modifier(doc, lex, j);
    let teacher_at = |doc: &Doc, j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "teacher" | "headteacher"));
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    let found: Vec<(usize, Span)> = indefinite_appositions(doc)
        .filter_map(|(holder, start, k)| {
            let k = k + usize::from(super::np::is_age(doc, k));
            let n = (k..k + 2).find(|&j| teacher_at(doc, j) || !plain(doc, j)).filter(|&n| teacher_at(doc, n))?;
            // (the noun ends the phrase: not "a teacher training college")
            (matches!(w(n + 1), "," | "." | ";" | "in" | "at" | "from" | "with" | "who" | "and") || n + 1 >= doc.tokens.len()).then_some(())?;
            Some((holder, Span::new(start, doc.tokens[n].span.end)))
        })
        .collect();
    for (holder, evidence) in found {
        if !doc.roles.iter().any(|r| r.holder == holder) {
            push_role_titled(doc, holder, "teacher", None, evidence);
        }
    }
}

/// An opposition party's spokesman for a portfolio, as Canadian and British news name him:
/// "Conservative public safety critic X", "Liberal health critic X" (a party's adjective with
/// a capital, one to three plain lower-case words of the portfolio, "critic", then the name).
/// The title is the portfolio and "critic"; it is of the party the article names by that
/// adjective ("Conservative Party", "the Conservatives"), if any. "Trump critic X" (a name
/// before "critic", no portfolio) and "a critic of X" are no post. A party named in the
/// possessive before the portfolio holds the post too: "The NDP's public safety critic, X,"
/// (the name set off or not).
fn portfolio_critic(doc: &mut Doc) {
    // (the party that holds the post: a body named in the possessive, or a party's adjective)
    enum Owner {
        Body(usize),
        Adjective(usize),
    }
    // (holder, first word of the portfolio, token after "critic", token after the name, owner)
    let found: Vec<(usize, usize, usize, usize, Owner)> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person)
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
                let adj = doc.tokens[a].lower.clone();
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

/// An adjective of degree or prominence before "critic" ("fiercest", "leading", "vocal"): it
/// says how the holder criticises, not which portfolio he holds.
fn degree_word(w: &str) -> bool {
    w.ends_with("est") || matches!(w, "most" | "leading" | "vocal" | "outspoken" | "longtime" | "frequent" | "prominent" | "fierce" | "harsh" | "strong" | "main" | "chief" | "top" | "biggest")
}

/// A legislature's committee's senior member of a party, as US news name him in apposition:
/// "Sen. X of Oregon, the top Democrat on the committee,", "Senator X, the committee's top
/// Democrat,". The title is "top"
/// and the party's noun ("Democrat", "Republican"); it is of the committee named after "on the"
/// or, for "the committee", of the last body named before whose name holds "Committee".
/// ("top Democrat" as a title in the lexicon made "Republican Sen. X" lose its senator role.)
fn top_party_member(doc: &mut Doc) {
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
    for m in doc.mentions.iter().filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person) {
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

/// A client's lawyer, named in apposition: "his lawyer, X," / "Hale's barrister, X," before the
/// name, ", Hale's barrister," or ", a lawyer representing …" after it. (Lawyers are no titles:
/// "lawyer" as one took ", a lawyer at Y" from `profession_at`.)
fn counsel(doc: &mut Doc) {
    fn head(w: &str) -> Option<&'static str> {
        match w {
            "lawyer" | "lawyers" => Some("lawyer"),
            "barrister" => Some("barrister"),
            "solicitor" => Some("solicitor"),
            "attorney" => Some("attorney"),
            // ("his counsel, X", "Senior advocate X": the words of courts in Britain's former
            // colonies and of America's)
            "counsel" => Some("counsel"),
            "advocate" => Some("advocate"),
            _ => None,
        }
    }
    // ("Its lawyer, X," / "its chief advocate, X,": a firm's or a group's lawyer, as a person's)
    let owner = |doc: &Doc, t: usize| doc.tokens.get(t).is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "their" | "its" | "'s" | "’s"));
    let found: Vec<(usize, &'static str, Span)> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Person)
        .filter_map(|m| {
            let (ps, pe) = (doc.token_at(m.span.start), doc.token_at(m.span.end));
            let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
            // ("Hale's counsel, Barrister Jane Roe,": a lawyer's style between the comma and the name)
            let ps = if ps >= 4 && doc.tokens[ps - 1].cap && w(ps - 2) == "," && head(w(ps - 1)).is_some() { ps - 1 } else { ps };
            // "his lawyer, X," / "Hale's barrister, X,"; a kind of lawyer before the head ("His
            // lead counsel, X,", "her defence lawyer, X,") and the place the lawyer acts in after
            // it ("His counsel in Belgium, X,") leave it the client's lawyer
            if ps >= 3 && w(ps - 1) == "," {
                let place_after = ps >= 5 && w(ps - 3) == "in" && doc.tokens[ps - 2].cap;
                let h = if place_after { ps - 4 } else { ps - 2 };
                if let Some(title) = head(w(h)) {
                    let mut o = h;
                    while o >= 1 && o + 1 >= h && !owner(doc, o - 1) && matches!(w(o - 1), "lead" | "chief" | "senior" | "principal" | "defence" | "defense" | "longtime" | "own" | "criminal" | "immigration" | "family" | "trial" | "appeal" | "local") {
                        o -= 1;
                    }
                    if o >= 1 && owner(doc, o - 1) {
                        return Some((m.entity, title, Span::new(doc.tokens[o - 1].span.start, m.span.end)));
                    }
                }
            }
            // ("Lawyer X, who argued the case, said", "Constitutional lawyer Dr X, of Y, said": a
            // lawyer's trade opening the sentence right before the name, a style between, is his
            // post; not "The lawyer of defendant X", "the defence lawyer X", where a word before
            // the trade ties it to another)
            let l0 = if ps >= 2 && matches!(w(ps - 1), "dr" | "mr" | "ms" | "mrs" | "prof") { ps - 1 } else { ps };
            if l0 >= 1 && w(l0 - 1) == "lawyer" {
                // (a field of law before it, "Constitutional lawyer X"; not "Conservative lawyer
                // X", a party's man described)
                let field = |j: usize| matches!(w(j), "constitutional" | "criminal" | "defence" | "defense" | "immigration" | "environmental" | "employment" | "tax" | "family" | "civil" | "election" | "electoral");
                let l = if l0 >= 2 && doc.tokens[l0 - 2].cap && field(l0 - 2) && !doc.tokens[l0 - 1].cap { l0 - 2 } else { l0 - 1 };
                let opens = doc.sentences.iter().any(|s| s.tokens.0 == l);
                if doc.tokens[l].cap && opens && doc.mention_at_token(l).is_none() {
                    return Some((m.entity, "lawyer", Span::new(doc.tokens[l].span.start, m.span.end)));
                }
                // ("Media lawyer X said", "…, former army lawyer X was jailed": one noun of the
                // field the lawyer works in, opening the sentence or after "former"; not a
                // party's or a nation's adjective, "Conservative lawyer X", "French lawyer X",
                // nor two words, "Human rights lawyer X", a campaigner described)
                let f = l0 - 1;
                if f >= 1 && l == f && field_noun(doc, f - 1) {
                    let j = f - 1;
                    let opens = doc.sentences.iter().any(|s| s.tokens.0 == j);
                    let former = j >= 1 && w(j - 1) == "former" && !doc.tokens[j].cap;
                    if (opens && doc.tokens[j].cap) || former {
                        return Some((m.entity, "lawyer", Span::new(doc.tokens[j].span.start, m.span.end)));
                    }
                }
            }
            // ("Senior advocate X, appearing for …", "Advocate X": a court's rank of lawyer, written
            // before the name as an office is; not "rights advocate X", a campaigner)
            if ps >= 1 && w(ps - 1) == "advocate" {
                let senior = ps >= 2 && w(ps - 2) == "senior";
                if senior || doc.tokens[ps - 1].cap {
                    let l = if senior { ps - 2 } else { ps - 1 };
                    return Some((m.entity, "advocate", Span::new(doc.tokens[l].span.start, m.span.end)));
                }
            }
            // "X, Hale's barrister," / "X, a lawyer representing …"
            if w(pe) == "," {
                let after = if owner(doc, pe + 2) && doc.tokens.get(pe + 1).is_some_and(|x| x.cap) { Some(pe + 3) } else if matches!(w(pe + 1), "a" | "an") && matches!(w(pe + 3), "representing" | "acting" | "for") { Some(pe + 2) } else { None };
                if let Some(k) = after.filter(|&k| k < doc.tokens.len()) {
                    if let Some(h) = head(w(k)) {
                        return Some((m.entity, h, Span::new(m.span.start, doc.tokens[k].span.end)));
                    }
                }
            }
            None
        })
        .collect();
    for (holder, h, evidence) in found {
        push_role_titled(doc, holder, h, None, evidence);
    }
}

/// A noun of the field a lawyer works in, at token `j` ("media", "army"): a plain word, no
/// name, stop word, cue or title, no nation's adjective, and no adjective's ending ("-ive",
/// "-an", "-ic", "-al", "-ist": "Conservative", "Republican", "Socialist").
fn field_noun(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let Some(t) = doc.tokens.get(j) else { return false };
    let x = t.lower.as_str();
    t.kind == crate::model::TokenKind::Word
        && x.len() >= 3
        && x.chars().all(|c| c.is_ascii_lowercase())
        && doc.mention_at_token(j).is_none()
        && !lex.stopwords.contains(&t.lower)
        && !lex.cues.contains_key(&t.lower)
        && !lex.titles.contains_key(&t.lower)
        && !lex.country_adjectives.contains_key(&t.lower)
        && !lex.demonyms.contains_key(&t.lower)
        && !["ive", "an", "ic", "al", "ist", "ly", "ed", "ing"].iter().any(|e| x.ends_with(e))
}

/// "Russia's UN ambassador X", "Its deputy UN envoy, X": an envoy (ambassador, representative,
/// delegate) named with the body he is sent to (`e`, from token `s`) is the envoy of the state
/// or body whose possessive or adjective comes before that body (a title modifier may stand
/// between): that sender and its first token. "UN envoy X" alone stays the body's own.
fn envoy_sender(doc: &mut Doc, head: &str, e: usize, s: usize) -> Option<(usize, usize)> {
    let head = crate::lexicon::fold(head);
    if !["envoy", "ambassador", "representative", "delegate"].iter().any(|h| head.ends_with(h)) || doc.entities[e].kind != EntityKind::Organization {
        return None;
    }
    let lex = Lexicon::get();
    let mut x = s;
    for _ in 0..=2 {
        if let Some((e2, s2)) = owner_before(doc, x).filter(|&(e2, _)| e2 != e && doc.entities[e2].kind != EntityKind::Person) {
            return Some((e2, s2));
        }
        if x == 0 || doc.tokens[x - 1].cap || !lex.title_modifiers.contains(&doc.tokens[x - 1].lower) {
            return None;
        }
        x -= 1;
    }
    None
}

/// The place (no country) named last before token `ps`, in its sentence or the one before
/// ("In Dovrik, Jane Roe, the town's mayor,": Dovrik).
fn town_named_before(doc: &Doc, ps: usize) -> Option<usize> {
    let pos = doc.tokens[ps].span.start;
    let from = doc.previous_sentence_start(pos);
    doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= pos).rev().find(|m| doc.entities[m.entity].kind == EntityKind::Place && doc.entities[m.entity].stands_for.is_none()).map(|m| m.entity)
}

/// "central bank governor", "state oil company chief" (from token `k`): one or two plain
/// lower-case words, a body's noun among them, before a title; where the title starts.
fn lower_body_before_title(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower)
    };
    let body = |j: usize| matches!(doc.tokens[j].lower.as_str(), "bank" | "company" | "committee" | "council" | "commission" | "ministry" | "agency" | "authority" | "board" | "fund" | "court" | "army" | "police" | "party" | "union");
    (k + 1..(k + 3).min(limit)).find(|&j| (k..j).all(plain) && body(j - 1) && title_at(doc, j, (j + 6).min(doc.tokens.len())).is_some())
}

/// A plain lower-case word of a field between an owner and its title ("Norway's fisheries
/// minister", "Peru's foreign trade minister"): no stop word or cue.
fn field_word(doc: &Doc, m: usize) -> bool {
    let lex = Lexicon::get();
    let x = &doc.tokens[m];
    // ("Japan's new Prime Minister X": "new", a stopword, describes the holder; see `push_role`)
    !x.cap && x.kind == crate::model::TokenKind::Word && x.lower.chars().all(|c| c.is_ascii_lowercase()) && (!lex.stopwords.contains(&x.lower) || x.lower == "new") && !lex.cues.contains_key(&x.lower)
}

/// "Minister of Foreign Affairs" right before the name at token `r` (maybe with a royal style
/// or a rank between, "Prince", "General"): an office's title, "of" or "for", then one to four
/// capitalised words that name nothing (and "and" between them) that no listed title covers
/// ("Secretary of State" is one). The title's first token, its end and the office's normal form.
fn portfolio_title_before(doc: &Doc, r: usize) -> Option<(usize, usize, &'static str)> {
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
    let p = (end.saturating_sub(5)..end).rev().take_while(|&j| word(j) && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "and" | "of" | "for"))).find(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "for") && !doc.tokens[j].cap)?;
    if p + 1 >= end || !doc.tokens[p + 1].cap || !doc.tokens[end - 1].cap || (p + 1..end).any(|j| lex.titles.contains_key(&doc.tokens[j].lower) && doc.tokens[j].lower != "state") {
        return None;
    }
    let (l, head) = (p.saturating_sub(4)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, h)| e == p && lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office)).map(|(_, h)| (l, h)))?;
    // (a listed title that runs on over the portfolio is that title)
    if (l..p).any(|m| title_at(doc, m, end).is_some_and(|(e, _)| e >= end)) {
        return None;
    }
    Some((l, end, head))
}

/// "Information and Broadcasting Minister X", "Trade and Industry Secretary X" (`l` at the
/// title found before the name, `head` its office): a minister's or secretary's portfolio of
/// capitalised words joined by "and", naming nothing, belongs to the title; the first token of
/// the whole title. (Not two offices, "Prime Minister and Foreign Minister X", which a title
/// before "and" marks; nor a name, a day or a month before "and".)
fn portfolio_joined_before(doc: &Doc, l: usize, head: &str) -> Option<usize> {
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
fn portfolio_listed_before(doc: &Doc, s: usize, plain: &dyn Fn(usize) -> bool) -> usize {
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
fn capital_naming_nothing(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    let x = &doc.tokens[j];
    x.cap
        && x.kind == crate::model::TokenKind::Word
        && doc.mention_at_token(j).is_none()
        && !lex.titles.contains_key(&x.lower)
        && !lex.stopwords.contains(&x.lower)
        && !doc.text()[x.span.end..doc.tokens[j + 1].span.start].contains('\n')
}

/// A title ends right before token `c` (a comma): "its spokesman", "the navy's spokeswoman".
fn title_ends_at(doc: &Doc, c: usize) -> bool {
    c >= 1 && (c.saturating_sub(4)..c).any(|l| title_at(doc, l, c).is_some_and(|(e, _)| e == c))
}

/// Nouns of a profession that name no office but a post at a body: "X, senior oil analyst at
/// Y", "X, a security expert with Y".
/// (health and science: "X, a virologist at Y", "a professor at Y")
const PROFESSIONS: &[&str] = &[
    "partner", "analyst", "economist", "strategist", "expert", "researcher", "scholar", "scientist", "fellow", "lecturer", "historian", "specialist", "lawyer", "consultant", "campaigner", "activist", "engineer",
    "professor", "virologist", "epidemiologist", "immunologist", "neurologist", "oncologist", "cardiologist", "physician", "doctor", "psychiatrist", "psychologist", "biologist", "physicist", "chemist", "astronomer",
    // (sport: "X, a physiologist at Y", "a sports scientist at Y")
    "physiologist", "nutritionist",
    // (environment: "X, a hydrologist at Y University")
    "hydrologist", "climatologist", "ecologist", "geologist", "toxicologist", "seismologist",
    // (justice and social policy: "X, a criminologist at Y University", "a sociologist with Y")
    "criminologist", "sociologist", "anthropologist", "demographer",
    // (language policy: "X, a sociolinguist at Y University", "a linguist with Y")
    "linguist", "sociolinguist",
    // (a party's member by his bench: "Tory backbencher X" is the party's, as "Brennock economist X"
    // is the firm's; no title, so "One senior Tory backbencher, who asked not to be named, said"
    // still speaks for the party)
    "backbencher",
];

/// "senior oil analyst at Fjordline Markets" at token `k`: up to three plain lower-case
/// modifiers, a profession noun, then "at"/"with"/"of" and a named organisation (maybe after
/// "the"). The token after the noun, its normal form, the organisation and the end token.
fn profession_at(doc: &Doc, k: usize) -> Option<(usize, &'static str, usize, usize)> {
    let lex = Lexicon::get();
    let plain = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower));
    // ("a Balkans specialist at Y", "a Russia expert with Y": a place's name as a modifier too)
    let place = |j: usize| doc.mention_at_token(j).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country));
    let n = (k..k + 4).find(|&j| !(plain(j) || place(j)) || PROFESSIONS.contains(&doc.tokens[j].lower.as_str()))?;
    let head = *PROFESSIONS.iter().find(|&&h| doc.tokens.get(n).is_some_and(|t| t.lower == h) && plain(n))?;
    // ("an expert in higher education policy at Y", "a lecturer in Balkan history at Y": "in"
    // and up to five words of the field, naming no body or person, belong to the title)
    let n = field_in_after(doc, n).unwrap_or(n);
    if !doc.tokens.get(n + 1).is_some_and(|t| matches!(t.lower.as_str(), "at" | "with" | "of")) {
        return None;
    }
    let at = if doc.tokens.get(n + 2).is_some_and(|t| t.lower == "the") { n + 3 } else { n + 2 };
    // ("a senior fellow at the London-based Centre for …": where the body is based is no part of it)
    // ("at the São Paulo-based Centre for …": so is a place of two or three words, capitalised,
    // before it)
    let at = super::np::past_based_place(doc, at, doc.tokens.len());
    // ("an analyst at the firm", "an engineer at the carmaker": the company named before, as
    // "the firm said" is; "a strategist at the bank" too, which is no public body there, the
    // bank or broker named last)
    let company_word = |w: &str| matches!(w, "firm" | "company" | "bank") || super::statements::COMPANY_TRADES.contains(&w);
    if at == n + 3 && doc.tokens.get(at).is_some_and(|t| company_word(&t.lower)) && doc.mention_at_token(at).is_none() {
        let org = match doc.tokens[at].lower.as_str() {
            "bank" => super::statements::organisation_named_before(doc, doc.tokens[n + 2].span.start, true)?,
            _ => super::statements::body_description(doc, n + 2, n + 4)?,
        };
        return Some((n + 1, head, org, n + 4));
    }
    // ("a lawyer with the group", "a researcher at the association": in a person's appositive
    // the body named last before, whatever its kind; "the group said" alone stays unresolved,
    // a group of protesters as often as a body)
    if at == n + 3 && doc.tokens.get(at).is_some_and(|t| matches!(t.lower.as_str(), "group" | "association")) && doc.mention_at_token(at).is_none() && doc.tokens.get(at + 1).is_none_or(|t| !t.cap && t.kind != crate::model::TokenKind::Word || t.lower == "who") {
        let org = super::statements::organisation_named_before(doc, doc.tokens[n + 2].span.start, false)?;
        return Some((n + 1, head, org, n + 4));
    }
    // ("a partner at law firm Y": lower-case words for the kind of body before its name)
    let at = (at..at + 3).find(|&j| doc.mention_at_token(j).is_some() || !plain(j)).unwrap_or(at);
    let m = doc.mention_at_token(at)?;
    let org = doc.mentions[m].entity;
    (doc.entities[org].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.start) == at).then(|| (n + 1, head, org, doc.token_at(doc.mentions[m].span.end)))
}

/// The last word of "in" and a field right after the profession noun at `n`, when "at" or
/// "with" follows it: "expert in higher education policy (at)".
fn field_in_after(doc: &Doc, n: usize) -> Option<usize> {
    doc.tokens.get(n + 1).filter(|t| t.lower == "in")?;
    let word = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none_or(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place));
    let at = (n + 2..(n + 8).min(doc.tokens.len())).take_while(|&j| matches!(doc.tokens[j].lower.as_str(), "at" | "with") || word(j)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "at" | "with"))?;
    (at > n + 2).then(|| at - 1)
}

/// "Brennock economist Jane Roe" with the name at token `r`: a named organisation, up to two
/// plain lower-case modifiers and a profession noun right before it. The profession's first
/// token, its normal form, the organisation and the token its name starts at.
fn profession_before(doc: &Doc, r: usize) -> Option<(usize, &'static str, usize, usize)> {
    let n = r.checked_sub(1)?;
    let head = *PROFESSIONS.iter().find(|&&h| doc.tokens[n].lower == h && !doc.tokens[n].cap)?;
    let lex = Lexicon::get();
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && doc.mention_at_token(j).is_none()
    };
    let mut l = n;
    while l > 0 && n - l < 2 && plain(l - 1) {
        l -= 1;
    }
    let m = doc.mention_at_token(l.checked_sub(1)?)?;
    let org = doc.mentions[m].entity;
    (doc.entities[org].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.end) == l).then(|| (l, head, org, doc.token_at(doc.mentions[m].span.start)))
}

/// "A Harrow Capital partner" ending at token `r` (exclusive): "a"/"an", one to three
/// capitalised words that name nothing (no mention, title, stop word or country adjective, on
/// one line), then a lower-case profession. The profession's token, its head and the token of
/// the first capitalised word.
fn profession_after_unknown_name(doc: &Doc, r: usize) -> Option<(usize, &'static str, usize)> {
    let n = r.checked_sub(1)?;
    let head = *PROFESSIONS.iter().find(|&&h| doc.tokens[n].lower == h && !doc.tokens[n].cap)?;
    let lex = Lexicon::get();
    let named = |j: usize| capital_naming_nothing(doc, lex, j) && !lex.country_adjectives.contains_key(&doc.tokens[j].lower);
    let mut s = n;
    while s > 0 && n - s < 3 && named(s - 1) {
        s -= 1;
    }
    (s < n && s >= 1 && matches!(doc.tokens[s - 1].lower.as_str(), "a" | "an")).then_some((n, head, s))
}

/// An office ending right before the name (or its style) at `ps`, after a comma closing
/// another title with words only between ("chair, Conservative MP", "chair, retired High Court
/// judge"): the comma's token, the office's head and the organisation named
/// among the words, if one is. Not an honorific's, a rank's or a judge's style.
fn second_office_after_comma(doc: &Doc, ps: usize) -> Option<(usize, &'static str, Option<usize>)> {
    let lex = Lexicon::get();
    let (l, head) = (ps.saturating_sub(4)..ps).find_map(|l| title_at(doc, l, ps).filter(|&(e, _)| e == ps).map(|(_, h)| (l, h)))?;
    let class = lex.titles.get(&crate::lexicon::fold(head)).map(|t| t.class);
    if matches!(class, Some(TitleClass::Honorific | TitleClass::Military)) || matches!(head, "Justice" | "Judge") {
        return None;
    }
    let c = (l.saturating_sub(4)..l).rev().find(|&c| doc.tokens[c].kind != crate::model::TokenKind::Word)?;
    if doc.tokens[c].lower != "," {
        return None;
    }
    // (the title before the comma a body's by a possessive, or opening its clause after "the":
    // "Its chairman,", "The inquiry's chair,"; not "Counsel for the Attorney-General, Senior
    // State Counsel Jane Roe", where the office is another's)
    let far = (c.saturating_sub(4)..c).find(|&f| title_at(doc, f, c).is_some_and(|(e, _)| e == c))?;
    let before = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    let owned = far >= 1 && (matches!(before(far - 1), "'s" | "\u{2019}s" | "its" | "their") || before(far - 1) == "the" && (far < 2 || !matches!(before(far - 2), "for" | "of" | "to" | "at" | "with" | "by")));
    // (nor a country's adjective or a place among the words: "Its chairman, Ugandan diplomat
    // Jane Roe" is left to the cases below, which give the diplomat's country)
    let placed = (c + 1..l).any(|j| lex.country_adjectives.get(&doc.tokens[j].lower).is_some() || doc.mention_at_token(j).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place)));
    if !owned || placed {
        return None;
    }
    let of = (c + 1..l).find_map(|j| doc.mention_at_token(j)).map(|m| doc.mentions[m].entity).filter(|&e| doc.entities[e].kind == EntityKind::Organization);
    Some((c, head, of))
}

/// How many words at `t`, after ", its", name the region a post covers before its title (",
/// its West Africa director,", ", its Asia director,": the body "its" takes up holds
/// the post, the region only says where it works): a place or country named there, or one
/// capitalised word, with a title right after; 0 where the title comes at once or none follows.
fn region_before_title(doc: &Doc, t: usize) -> usize {
    let room = |j: usize| (j + 6).min(doc.tokens.len());
    let Some(x) = doc.tokens.get(t) else { return 0 };
    if title_at(doc, t, room(t)).is_some() || !x.cap || x.kind != crate::model::TokenKind::Word {
        return 0;
    }
    let n = match doc.mention_at_token(t) {
        Some(m) if doc.mentions[m].span.start == x.span.start && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) => doc.token_at(doc.mentions[m].span.end) - t,
        Some(_) => return 0,
        None => 1,
    };
    if title_at(doc, t + n, room(t + n)).is_some() {
        n
    } else {
        0
    }
}

/// "the committee", "the inquiry" at token `k`, closed by a comma, a full stop, a semicolon or
/// "and": a body of a hearing or an inquiry by its lower-case noun alone. `Some` of the one
/// organisation of several words named before whose name ends in that noun ("the Senate
/// Commerce Committee"), `Some(None)` where none or several are.
fn body_by_noun_at(doc: &Doc, k: usize) -> Option<Option<usize>> {
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
fn headed_by(verb: &str) -> Option<&'static str> {
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

/// A role whose title is not a title phrase of the text ("who heads X" gives "head").
fn push_role_titled(doc: &mut Doc, holder: usize, head: &'static str, of: Option<usize>, evidence: Span) {
    if let Some(r) = doc.roles.iter_mut().find(|r| r.holder == holder && r.head.eq_ignore_ascii_case(head) && !r.former) {
        if r.of.is_none() {
            r.of = of;
        }
        return;
    }
    doc.roles.push(Role { holder, title: head.to_string(), head: head.to_string(), of, former: false, evidence });
}

#[allow(clippy::too_many_arguments)]
fn push_role(doc: &mut Doc, holder: usize, a: usize, b: usize, head: &'static str, of: Option<usize>, former: bool, evidence: Span) {
    let lex = Lexicon::get();
    // (a title closing one paragraph is no title of a word opening the next: "…, NASA
    // Administrator" then "File image of …")
    if a >= b || doc.slice(evidence).contains('\n') {
        return;
    }
    // ("embattled prime minister", "Jordan's visiting King", "veteran MP", "Japan's new Prime
    // Minister": a word of standing
    // or of the moment describes the holder, not the office, and is no part of the title)
    let describes = |k: usize| matches!(doc.tokens[k].lower.as_str(), "new" | "embattled" | "beleaguered" | "visiting" | "veteran" | "longtime" | "long-time" | "long-serving" | "prominent" | "influential" | "outspoken" | "powerful" | "popular" | "controversial");
    let a = (a..b - 1).find(|&k| !describes(k)).unwrap_or(b - 1);
    let words: Vec<&str> = (a..b).map(|k| doc.slice(doc.tokens[k].span)).collect();
    // (a portfolio listed with commas keeps them as written: "Trade, Industry and Energy Minister")
    let title = words.join(" ").replace(" - ", "-").replace(" ,", ",");
    // the class of the longest title the words end in ("Majority Leader" is an office, "leader" generic)
    let class = (0..words.len()).find_map(|m| lex.titles.get(&crate::lexicon::fold(&words[m..].join(" ")))).map(|t| t.class);
    // ("Sen.", "Rep." are written like honorifics but abbreviate offices: their normal form
    // is an office's title)
    let abbreviates_office = || lex.titles.get(&crate::lexicon::fold(head)).is_some_and(|t| t.class == TitleClass::Office);
    // (a word that describes without naming an office, "leader", "official", is a role when
    // what it is of is named with it: "Vexmoor Party leader Jane Roe", "a senior Quillmart
    // official, Jane Roe,")
    // ("Jane Roe, a professor at Halden University": the honorific in lower case is an
    // occupation, a role when the body it is at is named with it)
    let professor = of.is_some() && words.last().is_some_and(|w| *w == "professor");
    // ("Conservative leader Jane Roe", "Democratic leader X": a party's adjective with a
    // capital names whose leader, though no party of that name is known)
    let party_word = |w: &str| crate::lexicon::is_party_adjective(w) || w == "centrist";
    let party_leader = words.last().is_some_and(|w| w.eq_ignore_ascii_case("leader")) && (words.len() >= 2 && words[words.len() - 2].starts_with(char::is_uppercase) && party_word(&words[words.len() - 2].to_lowercase()) || words.len() == 1 && a > 0 && doc.tokens[a - 1].cap && party_word(&doc.tokens[a - 1].lower));
    // ("Its leader, Jane Roe, said …" after a body the story names in a way no rule reads, "The
    // opposition Vexmoor Renewal movement said …": "its" says she leads a body, known or not;
    // inside a sentence too, "cleared the way for its leader, Captain Jane Roe, to stand")
    let its = words.len() == 1 && a > 0 && doc.tokens[a - 1].lower == "its";
    // ("Party leader Jane Roe", "Coalition leader X", "rebel leader X", "a community leader,
    // X,": a leader of a kind of body or group is a post though the body goes unnamed)
    let led_group = |w: &str| matches!(w, "party" | "coalition" | "alliance" | "movement" | "bloc" | "faction" | "rebel" | "militia" | "junta" | "community" | "youth" | "tribal" | "clan" | "protest");
    let group_leader = words.last().is_some_and(|w| w.eq_ignore_ascii_case("leader")) && (words.len() >= 2 && led_group(&words[words.len() - 2].to_lowercase()) || words.len() == 1 && a > 0 && led_group(&doc.tokens[a - 1].lower));
    if matches!(class, Some(TitleClass::Generic)) && of.is_none() && !party_leader && !its && !group_leader || matches!(class, Some(TitleClass::Honorific)) && !abbreviates_office() && !professor {
        return;
    }
    // ("Sen. Jane Roe", "Rep. Jane Roe": a title that is only an office's abbreviation is
    // written out, "Senator", as its office is named)
    let title = if words.len() == 1 && matches!(class, Some(TitleClass::Honorific)) && head.is_ascii() && !head.is_empty() {
        let mut t = head.to_string();
        t[..1].make_ascii_uppercase();
        t
    } else if matches!(class, Some(TitleClass::Honorific)) && head.is_ascii() && !head.is_empty() && words.last().is_some_and(|w| w.ends_with('.')) {
        // ("State Rep. Jane Roe": the modifiers and the office written out, "State
        // Representative")
        let mut t = head.to_string();
        t[..1].make_ascii_uppercase();
        format!("{} {t}", words[..words.len() - 1].join(" "))
    } else {
        title
    };
    if let Some(r) = doc.roles.iter_mut().find(|r| r.holder == holder && r.head.eq_ignore_ascii_case(head) && r.former == former) {
        if r.of.is_none() {
            r.of = of;
        }
        return;
    }
    doc.roles.push(Role { holder, title, head: head.to_string(), of, former, evidence });
}

/// "The Kremlin welcomed the veto. Spokesman Dmitry Peskov said …" (`tl` at the title): a
/// spokesperson's title opening its sentence, with no owner named with it, is of the
/// organisation or state the sentence before opens with.
fn spokesperson_of_sentence_before(doc: &Doc, tl: usize, head: &str) -> Option<usize> {
    if !head.starts_with("spokes") && !head.starts_with("Spokes") {
        return None;
    }
    let si = doc.sentence_at(doc.tokens[tl].span.start)?;
    if si == 0 || doc.sentences[si].tokens.0 != tl {
        return None;
    }
    let (a, b) = doc.sentences[si - 1].tokens;
    let s = if doc.tokens.get(a).is_some_and(|x| x.lower == "the") { a + 1 } else { a };
    let m = doc.mention_at_token(s).filter(|&m| doc.mentions[m].span.start == doc.tokens[s].span.start)?;
    let e = doc.mentions[m].entity;
    // (the mention is the subject: a verb, no "'s" or "and", follows it)
    let after = doc.token_at(doc.mentions[m].span.end);
    let subject = after < b && doc.tokens[after].kind == crate::model::TokenKind::Word && !doc.tokens[after].cap && !matches!(doc.tokens[after].lower.as_str(), "'s" | "’s" | "and" | "of");
    (subject && matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country)).then_some(e)
}

/// "North Korea's state news agency said leader Jane Roe had watched the launch" (`tl` at the
/// title, `right` at the name): a bare lower-case "leader" right before a person's name, after no
/// determiner, is of the one state its sentence names before it (no state, or two, and it
/// describes without naming an office: "The leader Jane Roe spoke first").
fn leader_of_sentence_state(doc: &Doc, tl: usize, right: usize) -> Option<usize> {
    if doc.tokens[tl].lower != "leader" || doc.tokens[tl].cap || tl + 1 != right || tl == 0 {
        return None;
    }
    if matches!(doc.tokens[tl - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "'s" | "’s") || doc.tokens[tl - 1].kind != crate::model::TokenKind::Word {
        return None;
    }
    doc.mention_at_token(right).filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)?;
    let si = doc.sentence_at(doc.tokens[tl].span.start)?;
    let from = doc.tokens[doc.sentences[si].tokens.0].span.start;
    let to = doc.tokens[tl].span.start;
    let mut states = doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= to).map(|m| m.entity).filter(|&e| doc.entities[e].kind == EntityKind::Country);
    let first = states.next()?;
    states.all(|e| e == first).then_some(first)
}

/// "Party leader Jane Roe" opening a sentence, "a ministry spokesman, Jane Roe" (`tl` at the
/// title): a body's noun that is the title's own first word (a title modifier, so no owner
/// before it) is of the one organisation named before whose name it heads.
fn body_opening_title(doc: &Doc, tl: usize) -> Option<usize> {
    super::np::org_by_bare_head(doc, tl).or_else(|| super::np::org_by_lower_head(doc, tl))
}

/// "Union Labour Minister X", "Union Minister X" (`tl` at the opening word, `head` the title's
/// head): a minister holds a state's office, so a capitalised word for a body of members
/// ("Union", "Party", "Federation"; `BODY_NOUNS`) opening a minister's title is no union or
/// party named before; in Indian English the "Union" government is the central one.
fn members_word_opens_minister(doc: &Doc, tl: usize, head: &str) -> bool {
    let head = head.to_ascii_lowercase();
    (head.ends_with("minister") || head.ends_with("ministers")) && doc.tokens.get(tl).is_some_and(|x| x.cap && super::np::BODY_NOUNS.contains(&x.lower.as_str()))
}

/// "Union Agriculture Minister X" (`tl` at "Union"): in a story mostly about India, a
/// minister's title opening with "Union" is an office of the Union (central) government, India,
/// as `names::union_government` reads "the Union government"; the article's India node.
fn union_minister_state(doc: &Doc, tl: usize, head: &str) -> Option<usize> {
    if doc.tokens[tl].lower != "union" || !members_word_opens_minister(doc, tl, head) || crate::resolve::main_country(doc).as_deref() != Some("IN") {
        return None;
    }
    doc.entities.iter().position(|e| e.kind == EntityKind::Country && e.country.as_deref() == Some("IN"))
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

/// "Cardinal Jane Roe, the archbishop of Vexmoor", "The Rev. Jane Roe, pastor of the parish",
/// "The Vexmoor Council's president, Archbishop Jane Roe": a religious style written right
/// before the name (of no one, no comma in its evidence) is no role of its own when the same
/// person holds another in the article (the office is the role, as with a rank after an
/// office's comma). Run after statements and demands, which may still resolve "the cardinal".
pub fn drop_styles_beside_offices(doc: &mut Doc) {
    let lex = Lexicon::get();
    let style = |r: &Role| {
        let ev = doc.slice(r.evidence);
        r.of.is_none() && !r.former && ev.starts_with(r.title.as_str()) && !ev.contains(',') && lex.titles.get(&crate::lexicon::fold(&r.title)).is_some_and(|t| t.class == TitleClass::Religious)
    };
    let keep: Vec<bool> = doc.roles.iter().map(|r| !style(r) || !doc.roles.iter().any(|o| o.holder == r.holder && !o.former && !style(o))).collect();
    let mut k = keep.into_iter();
    doc.roles.retain(|_| k.next().unwrap_or(true));
}
