//! Titles before a person's name: "Kremlin spokesman X", "its president, Dr. X", "the
//! head of the board, X," — across a comma, a style or a rank.

use crate::extract::names::title_at;
use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, EntityKind, Span};
use super::OPENING_PREPOSITIONS;
use super::owners::owner_before;
use super::portfolios::{field_word, portfolio_joined_before, portfolio_list_before, portfolio_title_before};
use super::professions::{profession_after_unknown_name, profession_before};
use super::record::push_role;

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
pub(super) fn title_of_before(doc: &Doc, t: usize) -> Option<(usize, usize)> {
    title_prep_before(doc, t, &["of"])
}

/// "ambassador to the UN", "envoy for Iran": where the title's holder is posted, not what
/// the title is of (that is its owner before it); returns the token of "to"/"for".
pub(super) fn posting_before(doc: &Doc, t: usize) -> Option<usize> {
    title_prep_before(doc, t, &["to", "for"]).map(|(_, p)| p)
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
    let p = (c.saturating_sub(10)..c).rev().take_while(|&j| plain(j)).filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "for" | "to" | "on") || in_charge(j)).find(|&j| titled(j))?;
    if matches!(doc.tokens[p].lower.as_str(), "to" | "on") {
        // (not a day: "the minister on Monday, X said,")
        let day = |t: &crate::model::Token| t.kind == crate::model::TokenKind::Number || crate::lexicon::is_weekday(&t.lower) || crate::lexicon::is_month(&t.lower);
        return (doc.tokens[p].lower == "to" || !day(&doc.tokens[p + 1])).then_some((p, None));
    }
    let named = (p + 1..c).find_map(|j| doc.mention_at_token(j).map(|m| doc.mentions[m].entity)).filter(|&e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country));
    Some((p, named.or_else(|| crate::extract::np::org_by_head(doc, p + 1, c).map(|(e, _)| e))))
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

/// "The new defence minister is Col X", "The party's leader is X": a sentence that opens
/// with "the" (or an owner's possessive), maybe "new", and a title, then "is"/"was" and the
/// name at token `ps` (maybe after a rank): the title's first and end tokens and its normal form.
pub(super) fn title_before_copula(doc: &Doc, ps: usize) -> Option<(usize, usize, &'static str)> {
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
    let lex = Lexicon::get();
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
    // title before the name, possibly across a comma ("his envoy, Mark Smith")
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
    } else if ps >= 3 && lex.titles.get(&[&doc.tokens[ps - 2].lower, " ", &doc.tokens[ps - 1].lower].concat()).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific) && (doc.tokens[ps - 3].lower == "," || doc.tokens[ps - 3].kind == crate::model::TokenKind::Word) {
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
    } else if ps >= 2 && honorific(ps - 1) && doc.tokens[ps - 2].kind == crate::model::TokenKind::Word && (is_titleish(doc, ps - 2) && doc.tokens[ps - 2].lower != "state" || !lex.titles.get(&doc.tokens[ps - 1].lower).is_some_and(|x| matches!(x.norm, "senator" | "representative" | "alderman" | "delegate"))) {
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
        .map_or(initials_before_comma(doc, ps).unwrap_or(ps.saturating_sub(1)), |s| s - 1);
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
    let across_comma = || (right >= 2 && doc.tokens[right - 1].lower == ",").then(|| portfolio_title_before(doc, right - 1).or_else(|| portfolio_list_before(doc, right - 1))).flatten();
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
    ps
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
    c >= 1 && (c.saturating_sub(4)..c).any(|l| title_at(doc, l, c).is_some_and(|(e, _)| e == c))
}

/// An office ending right before the name (or its style) at `ps`, after a comma closing
/// another title with words only between ("chair, Conservative MP", "chair, retired High Court
/// judge"): the comma's token, the office's head and the organisation named
/// among the words, if one is. Not an honorific's, a rank's or a judge's style.
pub(super) fn second_office_after_comma(doc: &Doc, ps: usize) -> Option<(usize, &'static str, Option<usize>)> {
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
