//! How a role is recorded: one per holder, head and owner, with its evidence; and the
//! styles dropped where an office stands beside them.

use crate::lexicon::{Lexicon, TitleClass};
use crate::model::{Doc, Role, Span};
use super::owners::body_noun_after_of;

/// A role whose title is not a title phrase of the text ("who heads X" gives "head").
pub(super) fn push_role_titled(doc: &mut Doc, holder: usize, head: &'static str, of: Option<usize>, evidence: Span) {
    if let Some(r) = doc.roles.iter_mut().find(|r| r.holder == holder && r.head.eq_ignore_ascii_case(head) && !r.former) {
        if r.of.is_none() {
            r.of = of;
        }
        return;
    }
    doc.roles.push(Role { holder, title: head.to_string(), head: head.to_string(), of, former: false, evidence });
}

#[allow(clippy::too_many_arguments)]
pub(super) fn push_role(doc: &mut Doc, holder: usize, a: usize, b: usize, head: &'static str, of: Option<usize>, former: bool, evidence: Span) {
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
    // ("Sen.", "Rep.", "Const. Jane Roe" are written like honorifics but abbreviate offices,
    // written out: "Senator", "Constable")
    let abbreviates_office = || lex.abbreviates_office(head);
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
    // ("Jane Roe, the party's leader, said": after the noun's possessive too, where the story
    // named the party in a way no rule takes up)
    let group_leader = words.last().is_some_and(|w| w.eq_ignore_ascii_case("leader")) && (words.len() >= 2 && led_group(&words[words.len() - 2].to_lowercase()) || words.len() == 1 && a > 0 && led_group(&doc.tokens[a - 1].lower) || words.len() == 1 && a > 1 && matches!(doc.tokens[a - 1].lower.as_str(), "'s" | "’s") && led_group(&doc.tokens[a - 2].lower));
    // ("Jane Roe, the leader of the council,": a body's noun after "of the" names what the
    // post is of, though no name of the body is read, `body_noun_after_of`)
    if matches!(class, Some(TitleClass::Generic)) && of.is_none() && !party_leader && !its && !group_leader && body_noun_after_of(doc, b).is_none() || matches!(class, Some(TitleClass::Honorific)) && !abbreviates_office() && !professor {
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
