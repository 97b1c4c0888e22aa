//! The subject of a clause before its verb: where it starts and ends, and the actor it names.

use super::*;
use self::end::Subject;

mod end;

/// The actor phrase that ends right before token `t` (the subject of a verb at `t`),
/// skipping auxiliaries, adverbs and an appositive between commas.
pub fn subject_before(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    subject_before_in(doc, ctx, t, lo, false)
}

/// As [`subject_before`]; with `quoted`, the subject may stand inside a quotation (the
/// subject of "must" in a quoted demand).
pub fn subject_before_in(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool) -> Option<Np> {
    subject_before_ending(doc, ctx, t, lo, quoted, None)
}

/// As [`subject_before_in`]; `se`, when given, is `subject_end(doc, t, lo)`, which a caller
/// that has worked it out passes on instead of having it worked out again (~900 instructions).
pub(crate) fn subject_before_ending(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool, se: Option<usize>) -> Option<Np> {
    // (kept while the document is only read: the same cue's subject is asked by several rules;
    // kept without `se`, which only saves working out what it is)
    debug_assert!(se.is_none_or(|k| k == subject_end(doc, t, lo)), "`se` is `subject_end(doc, t, lo)`");
    crate::extract::memo::subject(doc, ctx, (t, lo, quoted), || subject_worked(doc, ctx, t, lo, quoted, se))
}

/// "Sen. Jane Roe, R-Ohio, and four other senators wrote …": a member named with a party-and-
/// state tag between commas, then ", and" and others of a kind no name gives (`others_after`,
/// ending at `end`), from `lo`: the member and the group are one phrase, whose named member
/// speaks, as without the tag ("Sen. Jane Roe and four other senators wrote …"); the tag's
/// commas had cut the list, and the group alone spoke.
fn tagged_member_and_others(doc: &Doc, ctx: &Ctx, lo: usize, end: usize) -> Option<Np> {
    // (cheap first: "and" after a comma within the five tokens before the end)
    let and_at = (end.saturating_sub(6).max(lo + 5)..end.saturating_sub(1)).rev().find(|&j| doc.tokens[j].lower == "and")?;
    if doc.tokens[and_at - 1].lower != "," || others_after(doc, ctx, and_at + 1, end)? != end {
        return None;
    }
    // the tag between its commas: a party's initial (or Minnesota's "DFL") and a hyphen, then a
    // capital, in at most four tokens
    let close = and_at - 1;
    let open = (close.saturating_sub(5).max(lo + 1)..close - 1).rev().find(|&j| doc.tokens[j].lower == ",")?;
    let tag = &doc.text()[doc.tokens[open + 1].span.start..doc.tokens[close].span.start];
    let t = &tag[crate::extract::names::party_prefix(tag.as_bytes())?..];
    if !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // the member: a person's name ending at the tag's comma, with its title
    let m = ctx.tok_mention.at(open - 1)?;
    if doc.entities[doc.actor_of(doc.mentions[m].entity)].kind != EntityKind::Person || doc.mentions[m].span.end != doc.tokens[open - 1].span.end {
        return None;
    }
    let np = (open.saturating_sub(6).max(lo)..open).find_map(|s| np_at(doc, ctx, s, open).filter(|np| np.end == open && !np.entities.is_empty()))?;
    Some(Np { entities: np.entities, start: np.start, end })
}

pub(super) fn subject_worked(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool, se: Option<usize>) -> Option<Np> {
    if let Some(np) = included_person(doc, ctx, t, lo) {
        return Some(np);
    }
    if let Some(np) = named_body_apposed(doc, ctx, t, lo) {
        return Some(np);
    }
    if let Some(np) = initials_apposed(doc, ctx, t, lo) {
        return Some(np);
    }
    let k = se.unwrap_or_else(|| subject_end(doc, t, lo));
    if k == lo {
        return None;
    }
    if let Some(np) = tagged_member_and_others(doc, ctx, lo, k) {
        return Some(np);
    }
    if let Some(np) = holder_after_lower_field(doc, ctx, lo, k) {
        return Some(np);
    }
    let end = k;
    // the phrase ends at `end`: find where it starts
    let last = end - 1;
    if (is_pronoun(&doc.tokens[last].lower) || contracted_pronoun(&doc.tokens[last].lower).is_some()) && !matches!(doc.tokens[last].lower.as_str(), "his" | "her" | "them" | "him") {
        if object_of_modifier(doc, lo, last) {
            return None;
        }
        let e = resolve_pronoun(doc, ctx, last, None)?;
        return Some(Np { entities: vec![e], start: last, end });
    }
    // try every start within a few tokens; the longest phrase that ends exactly here wins
    let mut after_object = false;
    let mut comma_opened = false;
    // ("In a letter to Kenya's trade ministry, the association asked …": the object of a phrase
    // opening the clause runs up to its comma; no phrase over that comma is the subject, the
    // one right after it is)
    let mut opening_object = false;
    let from = last.saturating_sub(9).max(lo);
    // (a phrase over a quotation mark is none unless quoted: the starts up to the last mark
    // are not tried, which the check below would turn away after parsing them)
    let from = if quoted { from } else { (from..end).rev().find(|&j| ctx.tok_quote.at(j).is_some()).map_or(from, |q| q + 1) };
    for s in from..=last {
        if let Some(np) = np_at(doc, ctx, s, end) {
            if np.end == end {
                if !quoted && (s..end).any(|j| ctx.tok_quote.at(j).is_some()) {
                    continue;
                }
                // "the signs from Chile suggesting": an object of a preposition is no subject
                const PREP: &[&str] = &["from", "of", "by", "to", "for", "about", "against", "than", "in", "at", "on", "near"];
                // ("Oxfam head of research Jane Roe said", "director of public policy Jane Roe": a
                // person after an office of a field holds the office, and speaks)
                // ("Chief Inspector of Prisons Jane Roe said": an inspectorate's office too)
                // ("Minister for Justice Jane Roe said", "Secretary for Justice Jane Roe told …": a
                // minister's, secretary's or commissioner's "for" before the portfolio too, where
                // the portfolio is itself a title and was read as the name's style)
                let office_of_field = |of_at: usize| {
                    of_at > lo
                        && (doc.tokens[of_at].lower == "of" || doc.tokens[of_at].lower == "for" && matches!(doc.tokens[of_at - 1].lower.as_str(), "minister" | "secretary" | "commissioner"))
                        && (Lexicon::get().titles.get(&doc.tokens[of_at - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || crate::extract::roles::inspectorate(&doc.tokens[of_at - 1].lower))
                        && !np.entities.is_empty()
                        && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Person)
                };
                // ("Minister of Defence General Jane Roe said": the portfolio after an office's
                // "of" is no object, and the phrase from it on, the rank and the name, speaks)
                let prep1 = s > lo && PREP.contains(&doc.tokens[s - 1].lower.as_str()) && doc.tokens[s - 1].lower != "in" && doc.tokens[s - 1].lower != "on" && doc.tokens[s - 1].lower != "at" && doc.tokens[s - 1].lower != "near" && !(doc.tokens[s].cap && ctx.tok_mention.at(s).is_none() && office_of_field(s - 1));
                let prep2 = s > lo + 1 && PREP.contains(&doc.tokens[s - 2].lower.as_str()) && !doc.tokens[s - 1].cap && doc.tokens[s - 1].kind == TokenKind::Word && !office_of_field(s - 2);
                // ("the owner of struggling ferry company Quillmart": lowercase modifiers between)
                let lower = (lo.max(s.saturating_sub(4))..s).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !PREP.contains(&doc.tokens[j].lower.as_str()) && !Lexicon::get().stopwords.contains(&doc.tokens[j].lower) && !Lexicon::get().cues.contains_key(&doc.tokens[j].lower)).count();
                let prep2 = prep2 || s > lo + 1 && lower >= 2 && s > lo + lower && matches!(doc.tokens[s - lower - 1].lower.as_str(), "of" | "from" | "for" | "by" | "against") && !office_of_field(s - lower - 1);
                // ("Jane Roe of law firm Harbor Legal said": the person named before "of" and the
                // body's kind speaks)
                if lower >= 1 && s > lo + lower + 1 && doc.tokens[s - lower - 1].lower == "of" && !after_object {
                    if let Some(m) = ctx.tok_mention.at(s - lower - 2).filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                        return Some(Np { entities: vec![doc.mentions[m].entity], start: doc.token_at(doc.mentions[m].span.start), end });
                    }
                }
                // ("Speaking in the Bundestag, the minister said": a body after "in" or "at"
                // that a comma ends is where, and the phrase after the comma speaks)
                let body_then_comma = s > lo && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at") && np.entities.first().is_some_and(|&e| doc.entities[e].kind == EntityKind::Organization) && (s..end).any(|j| doc.tokens[j].lower == ",");
                let place_prep = s > lo && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at" | "near") && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Place || doc.entities[e].kind == EntityKind::Country) || body_then_comma;
                comma_opened |= body_then_comma;
                opening_object |= prep1
                    && crate::extract::roles::OPENING_PREPOSITIONS.contains(&doc.tokens[lo].lower.as_str())
                    && (lo..s).all(|j| doc.tokens[j].lower != ",")
                    && (s..end).any(|j| doc.tokens[j].lower == ",");
                // (a shorter phrase may still be the subject when another name ends right before
                // it: "… with the staff of the World Bank Hale said")
                if prep1 || prep2 || place_prep {
                    // "The Northern Fleet Command of the Norland Navy said": the
                    // body the "of" phrase belongs to speaks
                    if prep1 && doc.tokens[s - 1].lower == "of" && s >= lo + 2 && !after_object {
                        if let Some(m) = ctx.tok_mention.at(s - 2).filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
                            let start = doc.token_at(doc.mentions[m].span.start);
                            if (lo..start).all(|j| matches!(doc.tokens[j].lower.as_str(), "the" | "a" | "an")) {
                                return Some(Np { entities: vec![doc.mentions[m].entity], start, end });
                            }
                        }
                    }
                    after_object = true;
                    continue;
                }
                if opening_object && (s..end).any(|j| doc.tokens[j].lower == ",") {
                    continue;
                }
                if after_object && !(opening_object && doc.tokens[s - 1].lower == ",") && !(s > lo && ctx.tok_mention.at(s - 1).is_some() && ctx.tok_mention.at(s - 1) != ctx.tok_mention.at(s)) && !(comma_opened && doc.tokens[s - 1].lower == ",") {
                    continue;
                }
                return Some(Np { start: s, ..np });
            }
        }
    }
    person_of_lower_body(doc, ctx, lo, end)
}

/// "League chairman for foreign affairs Jane Roe said", "deputy envoy for humanitarian affairs
/// Jane Roe told …": a person named right before the verb at `end`, after an office's title
/// (`TitleClass::Office`), "for" and one to four lower-case words of its portfolio, holds the
/// office and speaks; the phrase opens at the title and the capitalised words, title modifiers
/// and "the" before it. Before, the lower-case portfolio made the name the object of "for"
/// (the capitalised portfolio after a minister's "for" is read in the loop above), and the
/// statement's speaker was the whole phrase as text, or there was no statement.
fn holder_after_lower_field(doc: &Doc, ctx: &Ctx, lo: usize, end: usize) -> Option<Np> {
    let m = ctx.tok_mention.at(end - 1)?;
    let e = doc.mentions[m].entity;
    let ms = doc.token_at(doc.mentions[m].span.start);
    if doc.entities[e].kind != EntityKind::Person || doc.token_at(doc.mentions[m].span.end) != end || ms < lo + 3 {
        return None;
    }
    let lex = Lexicon::get();
    let f = (ms.saturating_sub(5).max(lo + 1)..ms - 1).rev().take_while(|&j| doc.tokens[j + 1].kind == TokenKind::Word && !doc.tokens[j + 1].cap).find(|&j| doc.tokens[j].lower == "for")?;
    if !lex.titles.get(&doc.tokens[f - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || (f + 1..ms).any(|j| lex.stopwords.contains(&doc.tokens[j].lower) || lex.cues.contains_key(&doc.tokens[j].lower)) {
        return None;
    }
    let mut start = f - 1;
    while start > lo && doc.tokens[start - 1].kind == TokenKind::Word && (doc.tokens[start - 1].cap || lex.titles.contains_key(&doc.tokens[start - 1].lower) || lex.title_modifiers.contains(&doc.tokens[start - 1].lower) || doc.tokens[start - 1].lower == "the") {
        start -= 1;
    }
    Some(Np { entities: vec![e], start, end })
}

/// "Rabbi Tom Hale of the Vexmoor synagogue said", "Jane Roe from the local residents' group
/// told …": a person named, then "of" or "from" and a phrase for where she is that ends in a
/// lower-case noun (no name of its own to speak), right before the verb at `end`: the person
/// speaks. Asked only when no phrase ending at `end` was taken, so a body named in capitals
/// ("of the Vexmoor Harbour Board") stays read as before. The person's name must open the
/// subject (titles before it aside): "A friend of Jane Roe of the synagogue said" is no
/// statement of hers.
fn person_of_lower_body(doc: &Doc, ctx: &Ctx, lo: usize, end: usize) -> Option<Np> {
    let last = &doc.tokens[end - 1];
    if last.cap || last.kind != TokenKind::Word || is_pronoun(&last.lower) || Lexicon::get().stopwords.contains(&last.lower) {
        return None;
    }
    // ("of the …", "from the …": at most five words after the preposition, words only)
    let p = (lo.max(end.saturating_sub(7))..end - 1).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word).find(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "from"))?;
    if p <= lo || !matches!(doc.tokens[p + 1].lower.as_str(), "the" | "a" | "an") {
        return None;
    }
    let m = ctx.tok_mention.at(p - 1).filter(|&m| doc.token_at(doc.mentions[m].span.end) == p && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)?;
    let ms = doc.token_at(doc.mentions[m].span.start);
    let mut o = ms;
    while o > lo && doc.tokens[o - 1].cap && doc.tokens[o - 1].kind == TokenKind::Word {
        o -= 1;
    }
    (o == lo || doc.tokens[o - 1].kind != TokenKind::Word).then(|| Np { entities: vec![doc.mentions[m].entity], start: ms, end })
}

/// "Peruvian officials, including Governor Jane Roe, said": the person the appositive names
/// (with titles) right before the verb at `t` speaks, not the group.
pub(super) fn included_person(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    let close = t.checked_sub(1).filter(|&c| c > lo && doc.tokens[c].lower == ",")?;
    let inc = (lo.max(close.saturating_sub(10))..close).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| doc.tokens[j].lower == "including")?;
    if inc <= lo || doc.tokens[inc - 1].lower != "," {
        return None;
    }
    let np = (inc + 1..close).filter_map(|s| np_at(doc, ctx, s, close)).find(|np| np.end == close)?;
    np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Person).then_some(np)
}

/// Words that may stand inside an unnamed speaker phrase besides nouns and adjectives.
pub(super) const NP_FUNCTION_WORDS: &[&str] = &["the", "a", "an", "some", "many", "several", "most", "other", "both", "one", "two", "three", "of", "'s", "-", "senior", "top", "former"];

/// An unnamed speaker phrase ending before token `t` whose head is a speaker noun
/// ("a senior administration official", "campaign aides", "the new poll"): its token range.
pub fn generic_subject(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<(usize, usize)> {
    generic_subject_ending(doc, ctx, t, lo, None)
}

/// As [`generic_subject`]; `se`, when given, is `subject_end(doc, t, lo)`.
pub(crate) fn generic_subject_ending(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, se: Option<usize>) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let end = se.unwrap_or_else(|| subject_end(doc, t, lo));
    if end == lo || ctx.tok_quote.at(end - 1).is_some() {
        return None;
    }
    let head = &doc.tokens[end - 1].lower;
    // ("Bosnian Serbs said", "Many Mexicans felt", "One Republican threatened": a people or a
    // noun for a person, capitalised, speaks unnamed as a speaker noun does)
    // (in the plural, or one of them: "One Republican"; not before a participle, "the millions
    // of Americans supporting …", nor a noun's modifier, "Arab support for …")
    let counted = head.ends_with('s') || end >= lo + 2 && matches!(doc.tokens[end - 2].lower.as_str(), "one" | "a" | "an" | "another");
    let people = counted
        && doc.tokens[end - 1].cap
        && !doc.tokens[t].lower.ends_with("ing")
        && !(end >= lo + 2 && matches!(doc.tokens[end - 2].lower.as_str(), "of" | "for" | "to" | "by" | "among" | "with"))
        && doc.mention_at_token(end - 1).is_none()
        && (lex.person_nouns.contains(head) || lex.peoples.contains(head.trim_end_matches('s')) || head.ends_with('s') && lex.country_any(head).is_some());
    let office = people || lex.titles.get(head).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
    // "Video of the incident shows", "the latest opinion poll released Friday shows": the
    // head noun before a prepositional or participle phrase
    // ("those close to the governor say": the head before the modifier, not its object)
    let modified = || modified_head(doc, ctx, lo, end).filter(|&h| h + 2 < end && matches!(doc.tokens[h + 1].lower.as_str(), "close" | "of" | "in" | "among"));
    let h = if let Some(h) = (lex.speaker_nouns.contains(head) || office).then(modified).flatten() {
        h
    } else if lex.speaker_nouns.contains(head) || office {
        end - 1
    } else {
        match modified_head(doc, ctx, lo, end) {
            Some(h) => h,
            None => return led_subject(doc, ctx, t, lo, end),
        }
    };
    let mut s = h;
    // ("A journalist accused of assaulting a police officer told …": a passive participle
    // after the subject's noun opens a phrase that modifies it; the walk goes on past it)
    let mut reach = 8;
    while s > lo && h + 1 - s < reach {
        let tok = &doc.tokens[s - 1];
        let l = tok.lower.as_str();
        if (l == "accused" && doc.tokens[s].lower == "of" || l == "charged" && doc.tokens[s].lower == "with") && s >= lo + 2 && doc.tokens[s - 2].kind == TokenKind::Word && !doc.tokens[s - 2].cap && !lex.stopwords.contains(&doc.tokens[s - 2].lower) {
            s -= 1;
            reach = h + 1 - s + 4;
            continue;
        }
        // ("the Harbor/Quill poll": a slash between two names)
        let slash = l == "/" && s >= lo + 2 && doc.tokens[s - 2].cap && doc.tokens[s].cap;
        // ("the dockers' union": a plural's apostrophe after a word)
        let plural_possessive = matches!(l, "'" | "\u{2019}") && s >= lo + 2 && doc.tokens[s - 2].lower.ends_with('s') && doc.tokens[s - 2].kind == TokenKind::Word;
        let word = tok.kind == TokenKind::Word || tok.kind == TokenKind::Number || slash || plural_possessive;
        // (a capitalised cue word is part of a name: "a State Department official")
        // (a joining word inside a name is part of it: "A Department for Transport spokesperson")
        if !word || ctx.tok_quote.at(s - 1).is_some() || lex.cues.contains_key(l) && !tok.cap || (lex.stopwords.contains(l) && !NP_FUNCTION_WORDS.contains(&l) && ctx.tok_mention.at(s - 1).is_none()) {
            break;
        }
        s -= 1;
        // ("a move the party described as a coup": an article right after a plain noun opens
        // the subject of a relative clause; the noun before is what it describes)
        // (a noun: an article or owner before it, "a move", "its plan"; not a verb, "who sent
        // the letter")
        let noun_before = s > lo + 1 && matches!(doc.tokens[s - 2].lower.as_str(), "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their");
        if matches!(l, "the" | "a" | "an") && noun_before && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !lex.stopwords.contains(&doc.tokens[s - 1].lower) && !lex.cues.contains_key(&doc.tokens[s - 1].lower) && !past_verb(&doc.tokens[s - 1]) {
            break;
        }
    }
    // ("One of the pilots who signed the petition called …": a phrase that opens with the verb of a
    // relative clause is that clause's object; its antecedent is the subject)
    if s > lo + 1 && doc.tokens[s - 1].lower == "who" && past_verb(&doc.tokens[s]) {
        let w = s - 1;
        let start = (lo..w).rev().find(|&j| j == lo || matches!(doc.tokens[j - 1].lower.as_str(), "," | ";" | ":")).unwrap_or(lo);
        let plain = (start..w).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none() && !lex.cues.contains_key(&doc.tokens[j].lower));
        let led = matches!(doc.tokens[start].lower.as_str(), "one" | "a" | "an" | "the" | "two" | "three" | "some" | "many" | "several" | "most" | "all");
        return (plain && led && w > start + 1 && w - start <= 6).then_some((start, w));
    }
    Some((s, end))
}

/// A speaker noun followed by a modifier that runs to `end`: "supporters of the bill",
/// "a study by Yale researchers", "a poll released in late August". Its token.
pub(super) fn modified_head(doc: &Doc, ctx: &Ctx, lo: usize, end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    // ("observers in the state", "those close to him")
    const POST: &[&str] = &["of", "by", "for", "among", "in", "from", "close", "released", "published", "conducted", "commissioned", "issued", "obtained", "filed"];
    const INNER: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "this", "last", "of", "for", "in", "on", "at", "by", "'s"];
    // (a participle is followed by its agent or a time: "released last week", not "released an ad")
    let participle_ok = |j: usize| !doc.tokens[j].lower.ends_with("ed") || doc.tokens.get(j + 1).is_some_and(|x| x.cap || x.kind == TokenKind::Number || matches!(x.lower.as_str(), "by" | "in" | "on" | "at" | "last" | "this" | "earlier"));
    // ("officials in Berlin" is left to the name: only "in the …" is a modifier here)
    // ("documents from her office": "from" before a possessive too, not "reports from
    // the ground", nor a name)
    let in_common = |j: usize| match doc.tokens[j].lower.as_str() {
        // (or a town that stands for no state: "officials in Kharkiv")
        "in" => doc.tokens.get(j + 1).is_some_and(|x| !x.cap) || doc.mention_at_token(j + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Place && doc.entities[doc.mentions[m].entity].stands_for.is_none()),
        "from" => doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "their" | "its")),
        _ => true,
    };
    let h = (lo.max(end.saturating_sub(8))..end.saturating_sub(1)).rev().find(|&j| (lex.speaker_nouns.contains(&doc.tokens[j].lower) || doc.tokens[j].lower == "those" && doc.tokens[j + 1].lower == "close") && POST.contains(&doc.tokens[j + 1].lower.as_str()) && participle_ok(j + 1) && in_common(j + 1))?;
    // the modifier is a plain noun phrase: no verb-like word, quote, cue or comma inside
    let close_to = doc.tokens[h + 1].lower == "close";
    let plain = (h + 2..end).all(|j| {
        let x = &doc.tokens[j];
        let l = x.lower.as_str();
        // "close to him", "close to the governor"
        if close_to && (j == h + 2 && l == "to" || matches!(l, "him" | "her" | "them")) {
            return true;
        }
        let verbish = !x.cap && (l.ends_with("ed") || l.ends_with("ing") || l == "to");
        // ("critics of the plan": a cue word after a determiner is a noun)
        // ("experts in the United States": nor is a capitalised one inside a name)
        let cue = lex.cues.contains_key(l) && !(j > h + 2 && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "a" | "an" | "this" | "his" | "her" | "its" | "their")) && !(x.cap && ctx.tok_mention.at(j).is_some());
        matches!(x.kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none() && !cue && !verbish && (!lex.stopwords.contains(l) || INNER.contains(&l))
    });
    plain.then_some(h)
}

/// "The bank said", "Experts on North Korea said": an unnamed subject that opens its clause
/// with a determiner or a speaker noun, before a plain speech verb.
/// "said staff had been rude", "said food prices would rise": a bare noun or two, then an
/// auxiliary, at token `j` open a clause said (no determiner or name leads it).
pub(crate) fn bare_noun_clause(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let auxiliary = |k: usize| doc.tokens.get(k).is_some_and(|x| crate::lexicon::is_auxiliary(&x.lower));
    let plain = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower));
    (1..=2).any(|n| (j..j + n).all(plain) && auxiliary(j + n))
}

pub(super) fn led_subject(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, end: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    const REPORTING: &[&str] = &["say", "tell", "state", "report", "announce", "write", "post", "tweet", "add", "note", "remark", "comment", "explain", "declare", "claim", "respond", "reply", "conclude", "confirm", "warn", "insist", "argue",
        // (forecasts and admissions of a body: "the fund predicted that …", "the agency acknowledged …")
        "predict", "estimate", "suggest", "acknowledge", "admit", "stress", "emphasize", "maintain", "contend", "assert", "allege", "concede",
        // (a body's denial: "the commission denied it had favoured anyone")
        "deny",
        // (findings and rulings: "the study found that …", "the court ruled that …", "the
        // fact-checkers pointed out that …")
        "find", "rule", "point out", "reveal", "disclose", "observe",
        // (a feeling it voices, whatever follows: "a spokeswoman in Berlin expressed concern about …")
        "express"];
    // (a cue of several words, "pointed out", is looked up by its first)
    let (lemma, cue_end) = match lex.cues.get(&doc.tokens[t].lower) {
        Some(c) => (Some(c.lemma), t + 1),
        None => crate::extract::statements::cue_at(doc, t).map_or((None, t + 1), |(l, _, _, e)| (Some(l), e)),
    };
    let speech = lemma.is_some_and(|l| REPORTING.contains(&l));
    // and what follows opens a clause ("said the …", "said that", "said."), unlike "reported recapture"
    // (or names the topic of a quote: "the Ohio developer says of the plan, “…”")
    // ("said privately that", "warned repeatedly that": an adverb before the clause)
    let adverb = doc.tokens.get(cue_end).is_some_and(|n| n.kind == TokenKind::Word && !n.cap && n.lower.len() > 4 && n.lower.ends_with("ly")) && doc.tokens.get(cue_end + 1).is_some_and(|n| n.lower == "that");
    let next = doc.tokens.get(cue_end + usize::from(adverb));
    let clause_follows = next.is_none_or(|n| {
        n.cap || n.kind != TokenKind::Word || matches!(n.lower.as_str(), "that" | "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "this" | "there" | "on" | "in" | "at" | "to" | "both" | "his" | "her" | "its" | "their" | "our" | "all" | "some" | "many" | "most" | "several" | "no" | "of")
    });
    let start_of_clause = cue_end + usize::from(adverb);
    // (not a participle read as an adjective, "the latest reported recapture was …": only
    // verbs seldom used so)
    let plain_clause = lemma.is_some_and(|l| matches!(l, "say" | "tell" | "add" | "warn" | "insist" | "argue" | "note" | "explain" | "write" | "confirm" | "admit" | "acknowledge" | "stress" | "predict" | "suggest" | "concede" | "deny" | "declare"));
    let clause_follows = clause_follows || plain_clause && bare_noun_clause(doc, start_of_clause);
    // (a denial to someone, "the strike denied Oslo its fish …", is no body's statement here)
    let denied_name = lex.cues.get(&doc.tokens[t].lower).is_some_and(|c| c.lemma == "deny") && next.is_some_and(|n| n.cap);
    if !speech || !(clause_follows || lemma == Some("express")) || denied_name {
        return None;
    }
    // the clause opens at the sentence start or after a comma, within a few words
    let start = (lo.max(end.saturating_sub(10))..end).rev().find(|&j| j == lo || matches!(doc.tokens[j - 1].lower.as_str(), "," | ";" | ":")).unwrap_or(lo);
    // ("But a Chilean official familiar with the talks said …": a conjunction opening the
    // sentence is no part of the subject)
    let start = if start + 2 < end && matches!(doc.tokens[start].lower.as_str(), "but" | "and" | "yet") { start + 1 } else { start };
    // (a cue's noun after a determiner is no verb: "officials familiar with the plans said")
    let noun_after_determiner = |j: usize| j > start && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "its" | "their" | "his" | "her");
    let words_only = (start..end).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none() && (!lex.cues.contains_key(&doc.tokens[j].lower) || noun_after_determiner(j)));
    let first = doc.tokens[start].lower.as_str();
    // ("Local observers in Maine say": one or two adjectives before a plural speaker noun too)
    let adjectives_led = (start + 1..(start + 3).min(end)).any(|j| {
        let l = doc.tokens[j].lower.as_str();
        l.len() > 3 && l.ends_with('s') && lex.speaker_nouns.contains(l) && (start..j).all(|i| !lex.stopwords.contains(&doc.tokens[i].lower))
    });
    // ("Three people familiar with the matter said": a count leads one too)
    let counted = doc.tokens[start].kind == TokenKind::Number || crate::lexicon::is_count_word(first);
    // ("“…,” Hale's chief strategist said": a name and its possessive lead a phrase whose head
    // is a person noun, as a determiner does)
    let possessive_led = (start + 1..(start + 4).min(end.saturating_sub(1))).find(|&j| matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s")).is_some_and(|p| {
        let head = doc.tokens[end - 1].lower.as_str();
        (start..p).all(|j| doc.tokens[j].cap) && (lex.person_nouns.contains(head) || lex.speaker_nouns.contains(head))
    });
    // ("Factline then ruled that …": one capitalised word that is no common word and no name the
    // article knows, opening the sentence, speaks as written)
    let unknown_name = end == start + 1 && start == lo && {
        let x = &doc.tokens[start];
        let singular = x.lower.strip_suffix('s').unwrap_or(&x.lower);
        x.cap && x.kind == TokenKind::Word && x.lower.len() > 3 && ctx.tok_mention.at(start).is_none() && !lex.common_words.contains(&x.lower) && !lex.common_words.contains(singular) && !lex.stopwords.contains(&x.lower) && !is_pronoun(&x.lower)
    };
    let led = (counted || matches!(first, "the" | "a" | "an" | "this" | "that" | "another" | "several" | "some" | "many" | "all" | "most" | "these")) && end - start >= 2 || lex.speaker_nouns.contains(first) || adjectives_led || possessive_led || unknown_name;
    // ("The mayor toured the farm and said …": a phrase ending in a coordinator is a clause
    // whose verb the cue goes on from, not a subject)
    // (nor one ending in a relative pronoun: "The board heard from dock workers who warned …")
    let coordinated = matches!(doc.tokens[end - 1].lower.as_str(), "and" | "but" | "or" | "then" | "who" | "which");
    (words_only && led && end - start <= 10 && !is_pronoun(&doc.tokens[end - 1].lower) && !coordinated).then_some((start, end))
}

/// "Halden-based", "São Paulo-based" at `p` (before `limit`): where a body is based, a place
/// of up to three capitalised words ending in "-based", before the body's kind or name; the
/// token after it, else `p`.
pub(crate) fn past_based_place(doc: &Doc, p: usize, limit: usize) -> usize {
    let based = |j: usize| doc.tokens[j].lower.len() > 6 && doc.tokens[j].lower.ends_with("-based");
    (p..limit.min(p + 3).min(doc.tokens.len())).find(|&j| based(j) && (p..j).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word)).map_or(p, |j| j + 1)
}

/// Tokens `o + 1..k` name a body after the "of" or "at" at `o` ("of the League for
/// Renewal"): capitalised words, small words inside but not at the end.
pub(super) fn affiliation_name(doc: &Doc, o: usize, k: usize) -> bool {
    // ("of the Centre party", "of the Unity bloc": a lower-case party word after a name)
    let party = |j: usize| j == k - 1 && j > o + 1 && doc.tokens[j - 1].cap && matches!(doc.tokens[j].lower.as_str(), "party" | "bloc" | "movement" | "coalition" | "alliance" | "faction");
    // ("of the Anti-Fraud Court in Lima": where the body sits, a place after "in")
    let seat = |j: usize| j > o + 2 && doc.tokens[j].lower == "in" && doc.mention_at_token(j + 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.token_at(doc.mentions[m].span.end) == k);
    // ("of law firm Harbor Legal": up to two lower-case words of the body's kind before its name)
    let lex = Lexicon::get();
    let mut p = o + 1 + usize::from(doc.tokens.get(o + 1).is_some_and(|x| x.lower == "the"));
    // ("from the Halden-based research firm Vexa Insights": where the body is based, before its kind)
    p = past_based_place(doc, p, k);
    let from = p;
    while p < k && p < from + 2 && doc.tokens[p].kind == TokenKind::Word && !doc.tokens[p].cap && !lex.stopwords.contains(&doc.tokens[p].lower) && !lex.cues.contains_key(&doc.tokens[p].lower) {
        p += 1;
    }
    let kind = |j: usize| j >= from && j < p && p < k && doc.tokens[p].cap;
    // ("of the Garde du Vexmoor": a lower-case particle inside a body's name found whole; only
    // the particles of foreign names: English small words, "of the Office on …", were left)
    let in_body = |j: usize| !doc.tokens[j].cap && lex.surname_particles.contains(&doc.tokens[j].lower) && doc.mention_at_token(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.mentions[m].span.start < doc.tokens[j].span.start && doc.mentions[m].span.end > doc.tokens[j].span.end);
    o + 1 < k && (doc.tokens[k - 1].cap || party(k - 1)) && (o + 1..k).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word || party(j) || seat(j) || kind(j) || in_body(j) || matches!(doc.tokens[j].lower.as_str(), "the" | "&" | "for" | "and") || j > o + 1 && doc.tokens[j].lower == "of")
}

/// Where a body's initials in brackets right before token `k` start ("… Party of Struggle
/// (PDI-P)"), else `k`.
pub(super) fn initials_before(doc: &Doc, k: usize, lo: usize) -> usize {
    if k >= lo + 4 && doc.tokens[k - 1].lower == ")" && doc.tokens[k - 3].lower == "(" && doc.tokens[k - 2].cap {
        k - 3
    } else {
        k
    }
}

/// A person's name and an affiliation ("Jane Roe of the Harbor Party") end right before token `k`.
pub(super) fn affiliation_ends(doc: &Doc, k: usize, lo: usize) -> bool {
    let k = initials_before(doc, k, lo);
    (lo.max(k.saturating_sub(9))..k).rev().filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "at" | "from")).any(|o| o > lo && affiliation_name(doc, o, k) && person_name_ends(doc, o))
}

/// "The alliance's naval mission off Norland, HARPA, said": an organisation's name alone
/// between two commas, ending right before token `o` (a comma), after a description.
pub(super) fn apposed_body(doc: &Doc, o: usize, lo: usize) -> bool {
    doc.mention_at_token(o - 1).is_some_and(|m| {
        let s = doc.token_at(doc.mentions[m].span.start);
        // (a description before it, not a list of names: "Oslo, Bergen, the Harbor Union said")
        const BODIES: &[&str] = &["mission", "force", "body", "agency", "group", "organisation", "organization", "alliance", "coalition", "bloc", "union", "watchdog", "regulator", "militia", "movement", "party", "company", "firm"];
        let described = || (lo..s - 1).any(|j| !doc.tokens[j].cap && BODIES.contains(&doc.tokens[j].lower.as_str()));
        doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.mentions[m].span.end == doc.tokens[o - 1].span.end && s > lo + 1 && doc.tokens[s - 1].lower == "," && described()
    })
}

/// A person's name ends right before token `o`.
pub(super) fn person_name_ends(doc: &Doc, o: usize) -> bool {
    doc.mention_at_token(o - 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.mentions[m].span.end == doc.tokens[o - 1].span.end)
}

/// The words before the comma at `o` are a description of a person opening its clause ("a
/// spokeswoman for Jane Roe", "the lawyer of …"): a determiner, then a noun for a person
/// before a preposition, with no verb or comma between.
pub(super) fn described_before(doc: &Doc, o: usize, lo: usize) -> bool {
    let lex = Lexicon::get();
    let person_noun = |l: &str| lex.speaker_nouns.contains(l) || lex.person_nouns.contains(l) || lex.titles.get(l).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
    let Some(d) = (lo.max(o.saturating_sub(10))..o).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":") && !lex.cues.contains_key(&doc.tokens[j].lower)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "a" | "an" | "the")) else { return false };
    let opens = d == lo || matches!(doc.tokens[d - 1].lower.as_str(), "," | "and" | "but");
    opens && (d + 1..o).any(|j| person_noun(&doc.tokens[j].lower) && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "for" | "of" | "to")))
}

/// The word at `j` stands inside a relative clause opened by ", who", ", which" or ", whose" before it
/// in the same stretch between commas (", who had long urged the council to cut fares,"), or by
/// "who" after an appositive's noun (", a Montreal lawyer who has argued several cases,"), or
/// by "that" right before its verb there (", a charity that supports flooded towns,").
pub(crate) fn in_relative_clause(doc: &Doc, j: usize, lo: usize) -> bool {
    let Some(c) = (lo.max(j.saturating_sub(20))..j).rev().find(|&k| matches!(doc.tokens[k].lower.as_str(), "," | ";" | ":") || doc.tokens[k].kind == TokenKind::Quote) else { return false };
    let relative = |k: usize| matches!(doc.tokens[k].lower.as_str(), "who" | "which" | "whom" | "whose");
    // (", the regulator that will decide whether to license the site,": an appositive with
    // "the" as well, and a modal between "that" and its verb)
    doc.tokens[c].lower == "," && c + 1 < j && (relative(c + 1) || matches!(doc.tokens[c + 1].lower.as_str(), "a" | "an" | "the") && ((c + 2..j).any(|k| doc.tokens[k].lower == "who") || that_opens_verb(doc, c + 2, j)))
}

/// "… a charity that supports …", "… a group that has long opposed …": "that" right after a
/// lower-case noun (from `from`), only auxiliaries and adverbs between it and the verb at `j`, is
/// a relative pronoun (a complement's "that" is followed by its subject, not by a verb).
fn that_opens_verb(doc: &Doc, from: usize, j: usize) -> bool {
    let aux = |k: usize| matches!(doc.tokens[k].lower.as_str(), "has" | "have" | "had" | "long" | "often" | "also" | "repeatedly" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "shall");
    (from.max(j.saturating_sub(3))..j).rev().take_while(|&k| aux(k) || doc.tokens[k].lower == "that").find(|&k| doc.tokens[k].lower == "that").is_some_and(|t| t > from && doc.tokens[t - 1].kind == TokenKind::Word && !doc.tokens[t - 1].cap)
}

/// A capitalised word (a name) ends right before token `o`.
pub(super) fn ctx_free_name_before(doc: &Doc, o: usize) -> bool {
    // ("Vexoil Ltd., the refiner, said": an abbreviation's full stop ends the name;
    // or a person's name whose last word opens with a lower-case particle: "Ali al-Hassan")
    let abbreviated = o > 1 && doc.tokens[o - 1].lower == "." && doc.tokens[o - 1].span.start == doc.tokens[o - 2].span.end && doc.tokens[o - 2].cap && doc.tokens[o - 2].kind == TokenKind::Word;
    // ("Amalgamated Transit Union Local 113, which represents …, warned": a body's name that
    // ends in its number)
    let numbered = o > 0 && doc.tokens[o - 1].kind == TokenKind::Number && doc.mention_at_token(o - 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.mentions[m].span.end == doc.tokens[o - 1].span.end);
    o > 0 && doc.tokens[o - 1].cap && doc.tokens[o - 1].kind == TokenKind::Word || o > 1 && doc.tokens[o - 1].lower == ")" || abbreviated || numbered || o > 0 && person_name_ends(doc, o)
}

/// The cue at `j` is the infinitive of why a source is unnamed ("who spoke on condition of
/// anonymity to discuss private deliberations", "not authorised to speak publicly"), no
/// statement of its own.
pub(crate) fn unnamed_because(doc: &Doc, j: usize, lo: usize) -> bool {
    j >= lo + 2 && doc.tokens[j - 1].lower == "to" && (j.saturating_sub(6).max(lo)..j - 1).any(|x| matches!(doc.tokens[x].lower.as_str(), "anonymity" | "authorized" | "authorised" | "permitted" | "allowed" | "cleared" | "empowered"))
}

/// Where the subject of a verb at `t` ends: before auxiliaries, adverbs and an appositive.
/// (`end.rs`: the cases, read back from the verb in the old order, again from where they end
/// until none moves it)
pub fn subject_end(doc: &Doc, t: usize, lo: usize) -> usize {
    let mut s = Subject { doc, t, lo, k: t };
    loop {
        let before = s.k;
        if s.step() {
            continue;
        }
        if s.k == before {
            return s.k;
        }
    }
}

/// "Sotto on Wednesday, December 3, called on …", "Roe on Dec. 5 said …": the date of a time
/// phrase between a subject and its verb, ending before token `k` (after the weekday and its
/// comma, or after "on"): the number of tokens it takes, 0 if none ends there. The weekday and
/// "on" before it are `subject_end`'s times already.
pub(super) fn date_before(doc: &Doc, k: usize, lo: usize) -> usize {
    let tok = |j: usize| doc.tokens[j].lower.as_str();
    let comma = k > lo && tok(k - 1) == ",";
    let day = k - comma as usize;
    if day < lo + 3 || doc.tokens[day - 1].kind != TokenKind::Number || doc.tokens[day - 1].lower.len() > 2 {
        return 0;
    }
    // ("Dec. 5": an abbreviation's full stop between)
    let dot = tok(day - 2) == ".";
    let month = day - 2 - dot as usize;
    if month <= lo || !(crate::lexicon::is_month(tok(month)) || dot && crate::lexicon::is_month_or_abbreviation(tok(month))) {
        return 0;
    }
    // (after "Wednesday," the commas pair up; after "on" no comma closes the date)
    let after_weekday = comma && month > lo + 1 && tok(month - 1) == "," && crate::lexicon::is_weekday(tok(month - 2));
    if after_weekday {
        k - (month - 1)
    } else if !comma && tok(month - 1) == "on" {
        k - month
    } else {
        0
    }
}

/// A past participle at token `j` opening a reduced relative clause with a preposition or a
/// particle ("founded in 1990", "based in Geneva", "made up largely of lawmakers"): ", X, founded
/// in 1990, said" has X as its subject.
pub(super) fn participle_phrase(doc: &Doc, j: usize) -> bool {
    const IRREGULAR: &[&str] = &["made", "held", "led", "known", "set", "built", "run", "founded", "based"];
    const NEXT: &[&str] = &["in", "of", "up", "from", "on", "by", "with", "largely", "mostly", "mainly", "partly", "chiefly", "since", "after", "during", "under", "as"];
    doc.tokens.get(j).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && (x.lower.ends_with("ed") || IRREGULAR.contains(&x.lower.as_str())) && !Lexicon::get().cues.contains_key(&x.lower))
        && doc.tokens.get(j + 1 + time_between(doc, j + 1)).is_some_and(|x| NEXT.contains(&x.lower.as_str()))
}

/// "this year", "last month", "until recently": a short time adverbial between a participle
/// and its preposition (", chaired this year by X,", ", led until recently by X,"): its number
/// of words, else 0.
pub(super) fn time_between(doc: &Doc, k: usize) -> usize {
    let w = |i: usize| doc.tokens.get(i).map_or("", |x| x.lower.as_str());
    if matches!(w(k), "this" | "last" | "next") && matches!(w(k + 1), "year" | "month" | "week" | "term" | "season" | "session" | "time") {
        2
    } else if w(k) == "until" && w(k + 1) == "recently" {
        2
    } else if matches!(w(k), "currently" | "now" | "jointly" | "formerly" | "previously" | "once") {
        1
    } else {
        0
    }
}

/// ", asked about the funding,", ", when asked whether …,": the question put to a speaker,
/// set off by commas between the subject and its verb (token `j` is "asked" or the "when"
/// before it), is no statement of its own and keeps the subject before it.
pub(super) fn asked_aside(doc: &Doc, j: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    let s = if j > 0 && w(j) == "asked" && w(j - 1) == "when" { j - 1 } else { j };
    let a = if w(s) == "when" { s + 1 } else { s };
    s > 0 && w(s - 1) == "," && w(a) == "asked" && matches!(w(a + 1), "about" | "whether" | "if" | "how" | "why" | "what" | "when" | "on")
}

/// A past participle with its agent at token `j` ("seen by the BBC", "signed by 40 MPs",
/// "obtained by Reuters"): a reduced relative clause after the noun before it.
pub(super) fn past_participle_by(doc: &Doc, j: usize) -> bool {
    const IRREGULAR: &[&str] = &["seen", "written", "shown", "given", "drawn", "sent", "made", "held", "led", "known", "taken", "read", "heard", "brought", "put"];
    doc.tokens.get(j).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && (x.lower.ends_with("ed") || IRREGULAR.contains(&x.lower.as_str())))
        && doc.tokens.get(j + 1 + time_between(doc, j + 1)).is_some_and(|x| x.lower == "by")
}

/// "Norway, for its part, said", "The ministry, in turn, said": a discourse adverbial set off
/// by commas between a subject and its verb, ending before token `k`: its number of words.
pub(super) fn aside_before(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    const ASIDES: &[&str] = &[
        "however", "meanwhile", "too", "though", "also", "moreover", "nevertheless", "nonetheless", "instead", "likewise", "separately", "similarly", "meantime", "still",
        "in turn", "in response", "in return", "in contrast", "by contrast", "in addition", "in particular", "for now", "as well", "as expected", "at the time", "at the same time",
        "in the meantime", "on the other hand", "for its part", "for his part", "for her part", "for their part", "for our part", "for my part", "for your part",
    ];
    ASIDES
        .iter()
        .find_map(|phrase| {
            let n = phrase.split(' ').count();
            // (the words stand right before `k`, after at least one word of the subject)
            (k >= lo + n + 1 && phrase.split(' ').zip(k - n..k).all(|(w, j)| doc.tokens[j].lower == w)).then_some(n)
        })
        .or_else(|| media_aside(doc, k, lo))
}

/// "The party, in a statement, demanded …", "The union, in a letter to members on Monday,
/// said …", "The IMF, in its latest review of Vexmoor's economy, urged …": where it was said, set off by commas between a subject and its verb, ending
/// before token `k` (its comma): its number of tokens. "in", a determiner, up to one
/// modifier ("a joint statement") and a noun for what carries words; no quotation, no cue.
pub(super) fn media_aside(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    // ("The IMF, in its latest review of Vexmoor's economy, urged …": a body's report too)
    const CARRIERS: &[&str] = &["statement", "letter", "post", "video", "message", "interview", "speech", "communique", "communiqué", "release", "note", "tweet", "briefing", "broadcast", "op-ed", "declaration", "report", "review", "assessment", "filing", "bulletin", "outlook"];
    let open = (lo.max(k.saturating_sub(12))..k).rev().find(|&j| doc.tokens[j].lower == ",")?;
    if open <= lo || doc.tokens.get(open + 1)?.lower != "in" || !matches!(doc.tokens.get(open + 2)?.lower.as_str(), "a" | "an" | "its" | "his" | "her" | "their" | "the") {
        return None;
    }
    (open + 3..(open + 5).min(k)).find(|&j| CARRIERS.contains(&doc.tokens[j].lower.as_str()))?;
    let lex = Lexicon::get();
    (open + 1..k).all(|j| doc.tokens[j].kind != TokenKind::Quote && !(lex.cues.contains_key(&doc.tokens[j].lower) && !CARRIERS.contains(&doc.tokens[j].lower.as_str()))).then_some(k - open - 1)
}

/// A dash (an em or en dash, or "--") ending at token `k`: its first token.
pub(super) fn dash_before(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    let l = doc.tokens.get(k.checked_sub(1)?)?.lower.as_str();
    match l {
        "—" | "–" => Some(k - 1),
        "-" if k >= lo + 2 && doc.tokens[k - 2].lower == "-" => Some(k - 2),
        _ => None,
    }
}

/// "Jane Roe -- co-editor of a book on the budget -- said": an appositive between two
/// dashes right before the verb at `k`, after a word. The opening dash's first token.
pub(super) fn dash_appositive(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    let close = dash_before(doc, k, lo)?;
    // (the appositive is a phrase: no sentence punctuation or quote inside, at most 25 tokens)
    let open = (lo.max(close.saturating_sub(25))..close)
        .rev()
        .take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":" | "!" | "?") && doc.tokens[j].kind != TokenKind::Quote)
        .find_map(|j| dash_before(doc, j + 1, lo).filter(|&d| d + 1 < close && d > lo))?;
    (doc.tokens[open - 1].kind == TokenKind::Word).then_some(open)
}

/// The colon of a stock ticker in brackets ("owned by Quillmart plc (LSE: QML), said"), as
/// `orgs` reads tickers: no clause break.
pub(super) fn ticker_colon(doc: &Doc, j: usize) -> bool {
    (j.saturating_sub(3)..j).rev().find(|&x| doc.tokens[x].lower == "(").is_some_and(|open| crate::extract::orgs::ticker_at(doc, open).is_some())
}

/// A form of "tell": whom it names is told (an audience), neither a speaker nor a topic.
pub(crate) fn told_form(w: &str) -> bool {
    matches!(w, "told" | "tells" | "tell" | "telling")
}

/// "support" before "for" is the noun ("EU support for Kyiv", "a critic of US support for
/// the war"): the verb takes its object without a preposition.
pub(crate) fn support_for(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "support" && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "for")
}

/// A cue's bare form after an article and one or two plain lower-case modifiers ("X, a consumer
/// advocate, said", ", a housing rights advocate,", ", the tenant advocate,") is the noun they
/// modify, no verb ending an appositive. After "the" the modifiers hold no plural (not "the
/// workers demand", whose bare form is the verb).
pub(crate) fn noun_after_modifier(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let l = doc.tokens[j].lower.as_str();
    if j < 2 || !lex.cues.get(l).is_some_and(|c| c.lemma == l) {
        return false;
    }
    let plain = |k: usize| {
        let x = &doc.tokens[k];
        x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower) && !matches!(x.lower.as_str(), "few" | "lot" | "number" | "couple" | "majority" | "group")
    };
    [2, 3].into_iter().filter(|&n| j >= n).map(|n| j - n).any(|d| {
        (d + 1..j).all(plain)
            && match doc.tokens[d].lower.as_str() {
                "a" | "an" => true,
                "the" => (d + 1..j).all(|k| !doc.tokens[k].lower.ends_with('s')),
                _ => false,
            }
    })
}

/// "state" before a lower-case noun ("the largest state donor", "the country's state
/// broadcaster") is the noun's modifier, no verb of saying, so it does not end an appositive
/// (the verb stands before its clause: "officials state that …"). Not "states" nor "state
/// of …": "several European and Pacific states, is pushing …", "the Amazon state of Pará, known
/// as “…”," stay where they were (sets 64 and 14).
pub(crate) fn state_before_noun(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "state"
        && (doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && x.lower != "that" && x.lower != "there" && !Lexicon::get().stopwords.contains(&x.lower)) || state_after_name(doc, j))
}

/// "in Kaduna state,", "in Sonora state)": "state" after a capitalised name and right before a
/// comma, a bracket or a full stop is the noun of a federal state's name, no verb of saying (a
/// verb "state" goes on with its clause: "the rules state that …"), so a participle phrase that
/// ends with it ("X, speaking to workers in the port of Y, in Z state, criticised …") is still an
/// appositive between the subject and its verb; it had stopped the search there, and the
/// statement was lost or went to the verb's object.
fn state_after_name(doc: &Doc, j: usize) -> bool {
    j > 0
        && doc.tokens[j - 1].cap
        && doc.tokens[j - 1].kind == TokenKind::Word
        && !doc.tokens[j].cap
        && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | ")" | "." | ";"))
}

/// "the union leading it said", "the company behind it said": "it" after a participle or
/// "behind" that follows a noun for a body or a person is that word's object, not the subject
/// of the verb after it (whose subject is the whole phrase, here unnamed); it had been taken for
/// the last actor named, the dateline's news agency among them.
pub(crate) fn object_of_modifier(doc: &Doc, lo: usize, last: usize) -> bool {
    if doc.tokens[last].lower != "it" || last < lo + 2 {
        return false;
    }
    let (noun, link) = (&doc.tokens[last - 2], &doc.tokens[last - 1]);
    let participle = link.kind == TokenKind::Word && !link.cap && link.lower.len() > 5 && link.lower.ends_with("ing");
    let lex = Lexicon::get();
    let body = |w: &str| BODY_NOUNS.contains(&w) || lex.speaker_nouns.contains(w) || lex.person_nouns.contains(w);
    (participle || link.lower == "behind") && noun.kind == TokenKind::Word && !noun.cap && (body(&noun.lower) || noun.lower.strip_suffix('s').is_some_and(body))
}
