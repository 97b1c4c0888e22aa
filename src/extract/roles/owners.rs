//! Whose a title is: the country, body or place named or described before it.

use crate::extract::names::title_at;
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, Span};

/// The entity a modifier before a title names: a country, organisation or place mention
/// ending at token `t` (exclusive), a country adjective, or a possessive "X’s".
pub(super) fn owner_before(doc: &mut Doc, t: usize) -> Option<(usize, usize)> {
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
    // ("The Socialist Party (PS) accused …. PS leader X said", "the Socialist Left party (SV)
    // … X, the SV leader,": initials no rule made a name, which the story defined in brackets
    // after a party's name, in the party's own language, are that party)
    if !possessive {
        if let Some(e) = party_of_initials(doc, k) {
            doc.add_mention(doc.tokens[k].span, e, MentionKind::Name);
            return Some((e, k));
        }
    }
    if let Some(&c) = lex.country_adjectives.get(&doc.tokens[k].lower) {
        let e = doc.country(c);
        let span = doc.tokens[k].span;
        doc.add_mention(span, e, MentionKind::Name);
        return Some((e, k));
    }
    // ("North Korean leader X": an adjective of two words)
    if let Some((_, c)) = (k > 0 && !possessive).then(|| crate::extract::names::two_word_adjective(doc, lex, k - 1)).flatten().filter(|&(end, _)| end == k + 1) {
        let e = doc.country(c);
        let span = Span::new(doc.tokens[k - 1].span.start, doc.tokens[k].span.end);
        doc.add_mention(span, e, MentionKind::Name);
        return Some((e, k - 1));
    }
    // "X, the company's chief operating officer": the company named before (as "the
    // company said" is)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && matches!(doc.tokens[k].lower.as_str(), "company" | "firm") {
        if let Some(e) = crate::extract::statements::body_description(doc, k - 1, k + 1) {
            return Some((e, k - 1));
        }
    }
    // ("the commission's Director-General, X", "the union's president, X": the one body named
    // before whose name's head is that lower-case noun)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && !doc.tokens[k].cap {
        if let Some(e) = crate::extract::np::org_by_lower_head(doc, k) {
            return Some((e, k - 1));
        }
    }
    // ("The Vexmoor Alliance said …. The party's leader, X, said": a body's noun no name
    // before ends in, the body "the party" takes up, as ", the party's leader," after the
    // name does)
    if possessive && k > 0 && doc.tokens[k - 1].lower == "the" && matches!(doc.tokens[k].lower.as_str(), "party" | "movement" | "group" | "charity" | "coalition" | "alliance" | "association" | "union" | "federation") {
        if let Some(e) = crate::extract::np::group_before(doc, k - 1, &doc.tokens[k].lower) {
            return Some((e, k - 1));
        }
    }
    // "The Liberal leader, X", "Green leader X": a party's adjective, when the article
    // names "<adjective> Party"
    if doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && !possessive {
        let party = format!("{} party", doc.tokens[k].lower.as_str());
        if let Some(e) = doc.entities.iter().position(|e| e.kind == EntityKind::Organization && crate::lexicon::fold(&e.name) == party) {
            return Some((e, k));
        }
    }
    // "A Commission spokesperson, X": the one organisation named before with that head
    if !possessive {
        if let Some(e) = crate::extract::np::org_by_bare_head(doc, k) {
            return Some((e, k));
        }
    }
    // ("commission spokesman X", "a ministry official, X": a lower-case noun for a body, the
    // one body named before whose name ends in it)
    if !possessive {
        if let Some(e) = crate::extract::np::org_by_lower_head(doc, k) {
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
        let owner = candidates.iter().find(|&&(_, j)| !crate::extract::np::in_relative_clause(doc, j, lo) && !reported(j) && !appositive_owner(j) && !in_apposition(j) && !object_of_cue(j)).or(candidates.first()).map(|&(e, _)| e);
        // ("The fund posted a gain. Its president, X, said …": with no body named there, the
        // one the sentence before opens with by its head noun, "the fund", as "the fund" is)
        // ("Vexco said …. The company said it had shut the plant. Its president, X, said …":
        // with no body named there, the company that the sentence before opens with as "the
        // company" (or "the carmaker"), the one named before it, as "the company said" is)
        let described = || crate::extract::np::org_by_head(doc, lo, k).or_else(|| crate::extract::statements::body_description(doc, lo, lo + 2).map(|e| (e, lo))).map(|(e, _)| doc.actor_of(e));
        return owner.or_else(described).map(|e| (e, k));
    }
    None
}

/// Whether the body mentioned at token `j` (sentence from `lo`) stands in an appositive set
/// off after the name of the organisation opening the sentence, ", the/a … of Y," closed by a
/// comma: the appositive describes that organisation, which "Its" before the next title takes up.
/// The party whose name, in the story, is followed by initials in brackets spelling token `k`
/// ("The Socialist Party (PS)", "the Socialist Left party (SV)"): two to six capitals no name
/// holds, and a name that ends in "Party" or is followed by "party" (the initials may be of
/// the name in another language, so they need not spell it).
pub(super) fn party_of_initials(doc: &Doc, k: usize) -> Option<usize> {
    let word = doc.slice(doc.tokens[k].span);
    if !(2..=6).contains(&word.len()) || !word.bytes().all(|c| c.is_ascii_uppercase()) || doc.mention_at_token(k).is_some() {
        return None;
    }
    let tok = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    (2..doc.tokens.len().saturating_sub(2)).filter(|&j| j + 1 != k && tok(j) == "(" && tok(j + 2) == ")" && doc.slice(doc.tokens[j + 1].span) == word).find_map(|j| {
        let plain = tok(j - 1) == "party" && !doc.tokens[j - 1].cap;
        let m = doc.mention_at_token(if plain { j - 2 } else { j - 1 })?;
        let e = doc.mentions[m].entity;
        let party = plain || crate::lexicon::fold(&doc.entities[e].name).ends_with(" party");
        (party && doc.entities[e].kind == EntityKind::Organization).then_some(e)
    })
}

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
        // ("The Computer & Communications Industry Association (CCIA), a trade group whose
        // members include …": an ampersand inside the name is the name's)
        && candidates.iter().any(|&(e, i)| i < c && opens_sentence_as_body(doc, lo, e, i) && (i..c).all(|x| doc.tokens[x].cap || matches!(doc.tokens[x].lower.as_str(), "(" | ")" | "&")))
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

/// The place (no country) named last before token `ps`, in its sentence or the one before
/// ("In Dovrik, Jane Roe, the town's mayor,": Dovrik).
pub(super) fn town_named_before(doc: &Doc, ps: usize) -> Option<usize> {
    let pos = doc.tokens[ps].span.start;
    let from = doc.previous_sentence_start(pos);
    doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= pos).rev().find(|m| doc.entities[m.entity].kind == EntityKind::Place && doc.entities[m.entity].stands_for.is_none()).map(|m| m.entity)
}

/// "central bank governor", "state oil company chief" (from token `k`): one or two plain
/// lower-case words, a body's noun among them, before a title; where the title starts.
pub(super) fn lower_body_before_title(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower)
    };
    let body = |j: usize| matches!(doc.tokens[j].lower.as_str(), "bank" | "company" | "committee" | "council" | "commission" | "ministry" | "agency" | "authority" | "board" | "fund" | "court" | "army" | "police" | "party" | "union");
    (k + 1..(k + 3).min(limit)).find(|&j| (k..j).all(plain) && body(j - 1) && title_at(doc, j, (j + 6).min(doc.tokens.len())).is_some())
}

/// How many words at `t`, after ", its", name the region a post covers before its title (",
/// its West Africa director,", ", its Asia director,": the body "its" takes up holds
/// the post, the region only says where it works): a place or country named there, or one
/// capitalised word, with a title right after; 0 where the title comes at once or none follows.
pub(super) fn region_before_title(doc: &Doc, t: usize) -> usize {
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

/// The nouns a story calls a body by when a post is the body's ("the council", "the party",
/// "the company"): ", the group's director," takes up the body, and so does ", the leader of
/// the council,". (Not `np::BODY_NOUNS`, the nouns written after a body's name to take it up,
/// a list of other words: "militia", "broadcaster", but no "council" or "ministry".)
pub(super) const POST_BODY_NOUNS: &[&str] = &["company", "firm", "group", "charity", "association", "union", "federation", "alliance", "party", "movement", "coalition", "government", "ministry", "agency", "commission", "council", "committee", "organisation", "organization"];

/// "the leader of the council", "leader of the Conservative group on the council" (`b` at the
/// token after the title): "of the", up to two plain lower-case words or one party's adjective
/// ("Conservative"), then a body's noun (`POST_BODY_NOUNS`) that no name holds and no possessive
/// follows. The noun's token, and whether it comes right after "the" (the body named by its noun
/// alone, which the story may have named before).
pub(super) fn body_noun_after_of(doc: &Doc, b: usize) -> Option<(usize, bool)> {
    let tok = |j: usize| doc.tokens.get(j);
    if !tok(b).is_some_and(|t| t.lower == "of") || !tok(b + 1).is_some_and(|t| t.lower == "the") {
        return None;
    }
    let lex = Lexicon::get();
    let modifier = |j: usize| tok(j).is_some_and(|t| t.kind == crate::model::TokenKind::Word && (!t.cap && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower) || t.cap && crate::lexicon::is_party_adjective(&t.lower)));
    let n = (b + 2..b + 5).find(|&j| tok(j).is_none_or(|t| POST_BODY_NOUNS.contains(&t.lower.as_str())) || !modifier(j))?;
    tok(n).filter(|t| !t.cap && POST_BODY_NOUNS.contains(&t.lower.as_str()) && doc.mention_at_token(n).is_none())?;
    if tok(n + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s") || x.cap && x.kind == crate::model::TokenKind::Word) {
        return None;
    }
    Some((n, n == b + 2))
}
