//! Titles before a person's name: "Kremlin spokesman X", "its president, Dr. X", "the
//! head of the board, X," — across a comma, a style or a rank.
//!
//! `titles_before_name` reads them as a sequence of cases, each a method of `Before` (the name
//! and the bounds the cases move back): `styles` (honorifics, ranks, a councillor's style, a
//! second office between the comma and the name), `ends` (where the title ends: a comma, a
//! phrase of what it is of, "of", a posting, a portfolio, a royal style), `found` (the title
//! ending there and its first token), `roles` (the roles of that title, or a profession).

use crate::extract::names::title_at;
use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, Span};
use super::OPENING_PREPOSITIONS;
use super::owners::owner_before;
use super::portfolios::{field_word, portfolio_joined_before, portfolio_list_before, portfolio_title_before};
use super::professions::{member_of_body_before, profession_after_unknown_name, profession_before};
use super::record::push_role;

mod ends;
mod found;
mod roles;
mod styles;

pub(super) fn is_titleish(doc: &Doc, t: usize) -> bool {
    let lex = Lexicon::get();
    let l = &doc.tokens[t].lower;
    lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || l == "of" || l == "state" || l == "general" || l == "-" || title_words().contains(l.as_str())
}

/// Every word of the multi-word titles ("majority" of "majority leader", "attorney" of
/// "attorney general").
pub(super) fn title_words() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Lexicon::get().titles.keys().filter(|k| k.contains(' ')).flat_map(|k| k.split(' ')).collect())
}

/// A title, then `prep` and a place, country or organisation (maybe after "the") ending
/// right before token `t`: the entity and the token of the preposition, where the title ends.
pub(super) fn title_prep_before(doc: &Doc, t: usize, preps: &[&str]) -> Option<(usize, usize)> {
    // (past the body's initials in parentheses: "Head of the Vexmoor Port Authority (VPA) Jane
    // Roe")
    let t = initials_before(doc, t).unwrap_or(t);
    let m = doc.mention_at_token(t.checked_sub(1)?)?;
    let e = doc.mentions[m].entity;
    let mut s = doc.token_at(doc.mentions[m].span.start);
    // "director of the FBI"
    if s > 0 && doc.tokens[s - 1].lower == "the" {
        s -= 1;
    }
    let p = s.checked_sub(1)?;
    let owner = matches!(doc.entities[e].kind, EntityKind::Country | EntityKind::Place | EntityKind::Organization);
    (owner && preps.contains(&doc.tokens[p].lower.as_str()) && crate::extract::names::title_may_end_at(doc, p) && (p.saturating_sub(5)..p).any(|l| title_at(doc, l, p).is_some_and(|(x, _)| x == p))).then_some((e, p))
}

/// "President of Vexmoor Jane Roe", "director of the FBI, Jane Roe": the title is of the
/// entity after "of"; returns it and the token of "of".
pub(super) fn title_of_before(doc: &Doc, t: usize) -> Option<(usize, usize)> {
    title_prep_before(doc, t, &["of"])
}

/// "ambassador to the UN", "envoy for Iran": where the title's holder is posted, not what
/// the title is of (that is its owner before it); returns the token of "to"/"for".
pub(super) fn posting_before(doc: &Doc, t: usize) -> Option<usize> {
    title_prep_before(doc, t, &["to", "for"]).map(|(_, p)| p)
}

/// "Leader of the Opposition in the Vexmoor Assembly Jane Roe": a title whose own words hold
/// "of", then "in" and the body the title is held in, right before the name with no comma; the
/// body and the token of "in". Before, only the comma's form was read and the title was lost.
/// (A bare "in the Assembly" before the name, the body named before, is not read yet.)
pub(super) fn held_in_before(doc: &Doc, t: usize) -> Option<(usize, usize)> {
    title_prep_before(doc, t, &["in"]).filter(|&(_, p)| in_after_title_of(doc, p))
}

/// ("The Leader of the Opposition in the upper house, X": "in" at `j` right after a title
/// whose own words hold "of", where the title is held; the title ends at "in", not at its own
/// "of")
fn in_after_title_of(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "in" && (j.saturating_sub(5)..j).any(|l| title_at(doc, l, j).is_some_and(|(e, _)| e == j) && (l + 1..j).any(|k| doc.tokens[k].lower == "of"))
}

/// A title, "of", "for", "to" or "on", then a plain phrase up to the comma at `c` that is no name of a
/// person ("head of the board", "spokesman for Norway's fisheries service", "envoy for the
/// harbour talks"): the preposition's token, and what the phrase names (an organisation or
/// country in it, or the organisation "the board" stands for).
pub(super) fn title_phrase_before(doc: &Doc, c: usize) -> Option<(usize, Option<usize>)> {
    let lex = Lexicon::get();
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        (t.kind == crate::model::TokenKind::Word || matches!(t.lower.as_str(), "'s" | "-") || crate::extract::plural_apostrophe(doc, j)) && !lex.cues.contains_key(&t.lower) && doc.mention_at_token(j).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person)
    };
    // ("Russia's envoy to international organisations in Vienna, X": "to" where the holder is
    // posted, which names no owner)
    // ("The UN special rapporteur on the right to food in Asia, X": "on" and a field, which
    // names no owner; the preposition right after the title, past others in the field)
    let titled = |p: usize| p + 1 < c && (p.saturating_sub(5)..p).any(|l| title_at(doc, l, p).is_some_and(|(e, _)| e == p));
    // ("Its vice president in charge of quality, X": "in charge of" a field, where the title
    // ends at "in", names no owner either)
    let in_charge = |j: usize| doc.tokens[j].lower == "in" && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "charge") && doc.tokens.get(j + 2).is_some_and(|t| t.lower == "of");
    // (or "in" where a title whose own words hold "of" is held, `in_after_title_of`)
    // ("A house officer at the Quarnby Hospital, Dr X", "The Minister of State at the
    // Department of Rivers, X": "at" the body the holder works in, which the title is of)
    let p = (c.saturating_sub(10)..c).rev().take_while(|&j| plain(j)).filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "for" | "to" | "on" | "at") || in_charge(j) || with_responsibility(doc, j) || in_after_title_of(doc, j)).find(|&j| titled(j))?;
    if matches!(doc.tokens[p].lower.as_str(), "to" | "on") {
        // (not a day: "the minister on Monday, X said,")
        let day = |t: &crate::model::Token| t.kind == crate::model::TokenKind::Number || crate::lexicon::is_weekday(&t.lower) || crate::lexicon::is_month(&t.lower);
        return (doc.tokens[p].lower == "to" || !day(&doc.tokens[p + 1])).then_some((p, None));
    }
    let named = (p + 1..c).find_map(|j| doc.mention_at_token(j).map(|m| doc.mentions[m].entity)).filter(|&e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country));
    Some((p, named.or_else(|| crate::extract::np::org_by_head(doc, p + 1, c).map(|(e, _)| e))))
}

/// "with responsibility for" (or "with special responsibility for") at token `j`: "The Minister
/// of State with responsibility for forestry, Jane Roe,", the way Irish and British governments
/// name a junior minister's brief. As "in charge of", the title ends at "with" and the field
/// after it names no owner (the title had been lost: no title ends at the "for" after
/// "responsibility", and the scan back stops at "State", a word of speech, before it reaches
/// the "of" after "Minister").
fn with_responsibility(doc: &Doc, j: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    let r = if matches!(w(j + 1), "special" | "particular" | "overall") { j + 2 } else { j + 1 };
    w(j) == "with" && w(r) == "responsibility" && w(r + 1) == "for"
}

/// "The head of the Vexmoor Industries Federation (VIF), Jane Roe,", "… Control and Prevention
/// (Quarn CDC), Dr Jane Roe,": initials in parentheses, one to three capitalised words, right
/// before the comma before the name at `ps`: the token of the opening parenthesis, where what
/// the title is of ends.
fn initials_before_comma(doc: &Doc, ps: usize) -> Option<usize> {
    if ps < 5 || doc.tokens[ps - 1].lower != "," || doc.tokens[ps - 2].lower != ")" {
        return None;
    }
    let open = (ps.saturating_sub(6)..ps - 3).rev().find(|&j| doc.tokens[j].lower == "(")?;
    (open + 1..ps - 2).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == crate::model::TokenKind::Word).then_some(open)
}

/// "Head of the Vexmoor Port Authority (VPA) Jane Roe said": initials in parentheses, one to
/// three words in capitals, right before token `t` (the name, no comma): the token of the opening
/// parenthesis, where what the title is of ends.
fn initials_before(doc: &Doc, t: usize) -> Option<usize> {
    if t < 4 || doc.tokens[t - 1].lower != ")" {
        return None;
    }
    let open = (t.saturating_sub(5)..t - 2).rev().find(|&j| doc.tokens[j].lower == "(")?;
    (open + 1..t - 1).all(|j| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.slice(doc.tokens[j].span).chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && doc.tokens[j].cap).then_some(open)
}

/// "The new defence minister is Col X", "The party's leader is X": a sentence that opens
/// with "the" (or an owner's possessive), maybe "new", and a title, then "is"/"was" and the
/// name at token `ps` (maybe after a rank): the title's first and end tokens and its normal form.
pub(super) fn title_before_copula(doc: &Doc, ps: usize) -> Option<(usize, usize, &'static str)> {
    let lex = Lexicon::get();
    let w = |j: usize| doc.tokens[j].lower.as_str();
    let military = |h: &str| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|x| x.class == TitleClass::Military);
    // (asked before every name: most have no title right before them, told by its last word)
    let ranked = crate::extract::names::title_may_end_at(doc, ps);
    let r = (ps.saturating_sub(3)..ps).filter(|_| ranked).find(|&l| title_at(doc, l, ps).is_some_and(|(e, h)| e == ps && military(h))).unwrap_or(ps);
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
pub(super) fn title_before_self_naming(doc: &Doc, ps: usize) -> Option<(usize, usize, &'static str)> {
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

/// The titles before a person's name ("Kremlin spokesman X", "its president, Dr. X"),
/// across a comma, a style or a rank; returns the first token of the titles and styles
/// before the name, where the appositive rules after the name look for a town named before.
pub(super) fn titles_before_name(doc: &mut Doc, span: Span, holder: usize) -> usize {
    let ps = doc.token_at(span.start);
    let mut t = Before { span, holder, name: ps, pe: doc.token_at(span.end), ps, right: ps };
    t.title_before_clause(doc);
    // title before the name, possibly across a comma ("his envoy, Mark Smith")
    let rank = t.rank_after_comma(doc);
    t.past_stacked_honorifics(doc);
    t.ps = t
        .councillor_style(doc)
        .or_else(|| t.honorific_after_comma(doc))
        .or_else(|| t.describing_noun_after_comma(doc))
        .or_else(|| t.two_word_honorific(doc))
        .or(rank)
        .or_else(|| t.honorific_after_title(doc))
        .unwrap_or(t.ps);
    if rank.is_none() {
        t.office_after_comma(doc);
    }
    t.title_before_styles(doc);
    t.title_before_comma(doc);
    let phrase = t
        .phrase_across_comma(doc)
        .or_else(|| t.field_office_before_name(doc))
        .or_else(|| t.capitalised_field_before_honorific(doc))
        .or_else(|| t.talks_before_name(doc));
    if let Some((p, _)) = phrase {
        t.right = p;
    }
    let of_before = t.what_title_is_of(doc, phrase);
    t.portfolio_named_as_title(doc);
    t.royal_style(doc);
    let portfolio = t.portfolio(doc, of_before);
    let found = t.title_found(doc);
    let found = t.title_before_to(doc, found);
    let found = if portfolio.is_some() { None } else { found };
    let found = t.field_words_before_title(doc, found);
    let found = t.not_described_economist(doc, found);
    let found = found.map(|(l, head)| (portfolio_joined_before(doc, l, head).unwrap_or(l), head));
    if let Some((l, head)) = found {
        t.title_roles(doc, l, head, of_before);
    } else {
        t.profession(doc);
    }
    t.ps
}

/// The name whose titles `titles_before_name` reads, and the bounds it moves back as it reads
/// them: the styles and ranks before the name (`ps`), the end of the title (`right`).
#[derive(Clone, Copy)]
struct Before {
    /// The name's span and its holder.
    span: Span,
    holder: usize,
    /// The name's own first token, and the token after it.
    name: usize,
    pe: usize,
    /// The first token of the styles and ranks before the name (the name's first token at the
    /// start); `titles_before_name` returns it.
    ps: usize,
    /// Where the title before the name ends (the name's first token at the start), moved back
    /// over a comma, a phrase of what the title is of, a posting, a portfolio, a style.
    right: usize,
}

impl Before {
    /// "a JNIM commander who gave his name as X", "a militia commander, who identified
    /// himself as X,": the title before a clause that gives the name is the named one's
    /// (and "The new defence minister is Col X": a title the sentence opens with, then "is"
    /// and the name; each with the title's owner before it)
    fn title_before_clause(&self, doc: &mut Doc) {
        let Before { span, holder, ps, .. } = *self;
        for title_before in [title_before_self_naming, title_before_copula] {
            if let Some((l, e, head)) = title_before(doc, ps) {
                let (s, of) = owner_before(doc, l).map_or((l, None), |(o, s)| (s, Some(o)));
                push_role(doc, holder, l, e, head, of, false, Span::new(doc.tokens[s].span.start, span.end));
            }
        }
    }
}

/// "Russia's UN ambassador X", "Its deputy UN envoy, X": an envoy (ambassador, representative,
/// delegate) named with the body he is sent to (`e`, from token `s`) is the envoy of the state
/// or body whose possessive or adjective comes before that body (a title modifier may stand
/// between): that sender and its first token. "UN envoy X" alone stays the body's own.
pub(super) fn envoy_sender(doc: &mut Doc, head: &str, e: usize, s: usize) -> Option<(usize, usize)> {
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

/// A title ends right before token `c` (a comma): "its spokesman", "the navy's spokeswoman".
pub(super) fn title_ends_at(doc: &Doc, c: usize) -> bool {
    // (asked at every comma before a name: `title_may_end_at` first, as `title_found` does)
    c >= 1 && crate::extract::names::title_may_end_at(doc, c) && (c.saturating_sub(4)..c).any(|l| title_at(doc, l, c).is_some_and(|(e, _)| e == c))
}

/// An office ending right before the name (or its style) at `ps`, after a comma closing
/// another title with words only between ("chair, Conservative MP", "chair, retired High Court
/// judge"): the comma's token, the office's head and the organisation named
/// among the words, if one is. Not an honorific's, a rank's or a judge's style.
pub(super) fn second_office_after_comma(doc: &Doc, ps: usize) -> Option<(usize, &'static str, Option<usize>)> {
    let lex = Lexicon::get();
    // (no title ends at `ps`: no start below gives one)
    let (l, head) = (ps.saturating_sub(4)..ps).filter(|_| crate::extract::names::title_may_end_at(doc, ps)).find_map(|l| title_at(doc, l, ps).filter(|&(e, _)| e == ps).map(|(_, h)| (l, h)))?;
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

/// "The Elysee welcomed the veto. Spokesman Tomas Varga said …" (`tl` at the title): a
/// spokesperson's title opening its sentence, with no owner named with it, is of the
/// organisation or state the sentence before opens with.
pub(super) fn spokesperson_of_sentence_before(doc: &Doc, tl: usize, head: &str) -> Option<usize> {
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
pub(super) fn leader_of_sentence_state(doc: &Doc, tl: usize, right: usize) -> Option<usize> {
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
pub(super) fn body_opening_title(doc: &Doc, tl: usize) -> Option<usize> {
    crate::extract::np::org_by_bare_head(doc, tl).or_else(|| crate::extract::np::org_by_lower_head(doc, tl))
}

/// "Union Labour Minister X", "Union Minister X" (`tl` at the opening word, `head` the title's
/// head): a minister holds a state's office, so a capitalised word for a body of members
/// ("Union", "Party", "Federation"; `BODY_NOUNS`) opening a minister's title is no union or
/// party named before; in Indian English the "Union" government is the central one.
pub(super) fn members_word_opens_minister(doc: &Doc, tl: usize, head: &str) -> bool {
    let head = head.to_ascii_lowercase();
    (head.ends_with("minister") || head.ends_with("ministers")) && doc.tokens.get(tl).is_some_and(|x| x.cap && crate::extract::np::BODY_NOUNS.contains(&x.lower.as_str()))
}

/// "Union Agriculture Minister X" (`tl` at "Union"): in a story mostly about India, a
/// minister's title opening with "Union" is an office of the Union (central) government, India,
/// as `names::union_government` reads "the Union government"; the article's India node.
pub(super) fn union_minister_state(doc: &Doc, tl: usize, head: &str) -> Option<usize> {
    if doc.tokens[tl].lower != "union" || !members_word_opens_minister(doc, tl, head) || crate::resolve::main_country(doc).as_deref() != Some("IN") {
        return None;
    }
    doc.entities.iter().position(|e| e.kind == EntityKind::Country && e.country.as_deref() == Some("IN"))
}
