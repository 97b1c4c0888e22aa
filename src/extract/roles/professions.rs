//! Professions that are no office ("economist", "lawyer", "professor of law"): held of a
//! named employer or of no one.

use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, Span};
use super::person_names;
use super::portfolios::capital_naming_nothing;
use super::record::push_role_titled;

/// The people named, then ", a" or ", an" ("Jane Roe, a consultant psychiatrist who …"): the
/// person, where the evidence starts, and the token after the article.
pub(super) fn indefinite_appositions(doc: &Doc) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    person_names(doc).filter_map(|m| {
        let pe = doc.token_at(m.span.end);
        let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
        (w(pe) == "," && matches!(w(pe + 1), "a" | "an")).then_some((m.entity, m.span.start, pe + 2))
    })
}

/// A plain lower-case word at `j` that may modify an occupation noun: no stop word, speech cue
/// or word of a name ("consultant" in "a consultant psychiatrist", "primary" in "a primary
/// school teacher").
pub(super) fn plain_modifier(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && doc.mention_at_token(j).is_none())
}

/// A profession named in apposition and closed by a relative clause: "X, a consultant
/// psychiatrist who gave evidence", "X, a lawyer who represents Y" (after the name's comma, "a"
/// or "an", up to three plain lower-case modifiers, a profession noun, then "who"). With the
/// body named ("a lawyer at Y") `profession_at` reads it; with "who" after it the profession is
/// the person's role of no body, as news names its experts and advisers.
pub(super) fn profession_who(doc: &mut Doc) {
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
pub(super) fn professor_of(doc: &mut Doc) {
    let found: Vec<(usize, usize, &'static str, Span)> = person_names(doc)
        .filter_map(|m| {
            let (ps, pe) = (doc.token_at(m.span.start), doc.token_at(m.span.end));
            let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
            let n = ps.checked_sub(1)?;
            // (the "of" or "at" after the name is asked first: most people named have neither
            // after them, and the style's look-up before the name is a scan of `PROFESSIONS`,
            // ~80 comparisons, for every person named; all is read alone, so the order
            // changes no answer)
            let k = if w(pe) == "," { pe + 1 } else { pe };
            matches!(w(k), "of" | "at").then_some(())?;
            let head: &'static str = if w(n) == "professor" && doc.tokens[n].cap {
                "Professor"
            } else if matches!(w(n), "prof" | "prof.") && doc.tokens[n].cap {
                // (the British press's "Prof X, of Y University": the style as written)
                "Prof"
            } else {
                PROFESSIONS.iter().find(|&&h| w(n) == h && !doc.tokens[n].cap && doc.mention_at_token(n).is_none() && !rights_advocate(doc, n)).copied()?
            };
            // (a word of the field before a lower-case profession: "Law professor", "legal historian")
            let lex = Lexicon::get();
            let field = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none() && !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.cues.contains_key(&doc.tokens[j].lower) && !lex.titles.contains_key(&doc.tokens[j].lower);
            let opens = |j: usize| doc.sentence_at(doc.tokens[j].span.start).is_some_and(|si| doc.sentences[si].tokens.0 == j);
            let start = if !matches!(head, "Professor" | "Prof") && n >= 1 && field(n - 1) && (!doc.tokens[n - 1].cap || opens(n - 1)) { n - 1 } else { n };
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

/// A teacher named in apposition, as stories name their witnesses: "X, a 58-year-old teacher,
/// said", "X, a retired teacher in Y" (after the name's comma, "a", maybe an age and one plain
/// lower-case word). News takes a teacher's post as his role; other trades ("a farmer", "a law
/// student", "a nurse") describe a witness and are left alone, as are longer descriptions ("a
/// primary school teacher").
pub(super) fn teacher(doc: &mut Doc) {
    let lex = Lexicon::get();
    let plain = |doc: &Doc, j: usize| plain_modifier(doc, lex, j);
    let teacher_at = |doc: &Doc, j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "teacher" | "headteacher"));
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    let found: Vec<(usize, Span)> = indefinite_appositions(doc)
        .filter_map(|(holder, start, k)| {
            let k = k + usize::from(crate::extract::np::is_age(doc, k));
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

/// "A lawyer for Harbour Tickets, Jane Roe, said …", "A lawyer for the 19-year-old, Dr Jane
/// Roe, told …" (`ps` at the name, or at a style between the comma and it): "a"/"an"/"the", a
/// lawyer's word, "for"/"representing" and the client, then a comma and the name, is the
/// lawyer's apposition, as ", a lawyer representing …" after the name is (`counsel` read only
/// a possessive before the word, "his lawyer, X,"). The article opens the sentence or the name
/// is closed by a comma: in "In a letter from a lawyer for the firm, Jane Roe said …" she is
/// the subject. The role and its evidence.
fn lawyer_for_client_before(doc: &Doc, holder: usize, span: Span, ps: usize) -> Option<(usize, &'static str, Span)> {
    let lex = Lexicon::get();
    let w = |t: usize| doc.tokens.get(t).map_or("", |x| x.lower.as_str());
    let honorific = |t: usize| doc.tokens[t].cap && lex.titles.get(&doc.tokens[t].lower).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific);
    let c = if ps >= 2 && w(ps - 1) != "," && honorific(ps - 1) { ps - 2 } else { ps.checked_sub(1)? };
    if w(c) != "," || c < 4 {
        return None;
    }
    let f = (c.saturating_sub(8)..c - 1).rev().find(|&j| matches!(w(j), "for" | "representing"))?;
    let head = match w(f - 1) {
        "lawyer" => "lawyer",
        "barrister" => "barrister",
        "solicitor" => "solicitor",
        "attorney" => "attorney",
        _ => return None,
    };
    let a = f.checked_sub(2).filter(|&a| matches!(w(a), "a" | "an" | "the"))?;
    let plain = (f + 1..c).all(|k| doc.tokens[k].kind == crate::model::TokenKind::Word || matches!(w(k), "'s" | "’s" | "-"));
    let opens = doc.sentences.iter().any(|s| s.tokens.0 == a);
    let closed = w(doc.token_at(span.end)) == ",";
    (plain && (opens || closed)).then(|| (holder, head, Span::new(doc.tokens[a].span.start, span.end)))
}

/// A client's lawyer, named in apposition: "his lawyer, X," / "Hale's barrister, X," before the
/// name, ", Hale's barrister," or ", a lawyer representing …" after it. (Lawyers are no titles:
/// "lawyer" as one took ", a lawyer at Y" from `profession_at`.)
pub(super) fn counsel(doc: &mut Doc) {
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
    let found: Vec<(usize, &'static str, Span)> = person_names(doc)
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
            if let Some(found) = lawyer_for_client_before(doc, m.entity, m.span, ps) {
                return Some(found);
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
pub(super) fn field_noun(doc: &Doc, j: usize) -> bool {
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

/// Nouns of a profession that name no office but a post at a body: "X, senior oil analyst at
/// Y", "X, a security expert with Y".
/// (health and science: "X, a virologist at Y", "a professor at Y")
pub(super) const PROFESSIONS: &[&str] = &[
    "partner", "analyst", "economist", "strategist", "expert", "researcher", "scholar", "scientist", "fellow", "lecturer", "historian", "specialist", "lawyer", "consultant", "campaigner", "activist", "engineer",
    "professor", "virologist", "epidemiologist", "immunologist", "neurologist", "oncologist", "cardiologist", "physician", "doctor", "psychiatrist", "psychologist", "biologist", "physicist", "chemist", "astronomer",
    // (sport: "X, a physiologist at Y", "a sports scientist at Y")
    "physiologist", "nutritionist",
    // (medical specialists: "X, a pulmonologist at Y University", "a paediatrician at the hospital")
    "pulmonologist", "endocrinologist", "paediatrician", "pediatrician", "pathologist", "gastroenterologist", "dermatologist", "radiologist", "nephrologist", "rheumatologist", "haematologist", "hematologist", "obstetrician", "gynaecologist", "gynecologist", "anaesthetist", "anesthesiologist", "surgeon", "pharmacologist", "geneticist", "neuroscientist",
    // (infection and medicines: "X, a microbiologist at Y University", "a pharmacist at the hospital")
    "microbiologist", "bacteriologist", "parasitologist", "pharmacist", "dentist",
    // (farm disease and food safety: "X, a poultry veterinarian at Y University")
    "veterinarian",
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
    // (a patient's or a client's advocate at a body: "Patient advocate X, of the Y Association",
    // "X, a policy advocate at Y"; also a speech verb, so `profession_at` asks for it by name,
    // and not after "rights", "disability rights advocate X", a campaigner as the golds hold:
    // `rights_advocate`)
    "advocate",
];

/// Posts read as a profession's only after the name, with the body after "with"/"at"/"of": "X,
/// an organizer with the tenant coalition Y", "an organiser at Y". "organiser" is a generic
/// title (`titles.tsv`), which the appositive ties to a body only after "of", so "an organizer
/// with Y" made no role (the golds hold the post at Y). Not in `PROFESSIONS`: before the name
/// ("GMB organiser X", "Union organiser X") the title already reads the post.
pub(super) const POSTS_AT: &[&str] = &["organiser", "organizer"];

/// "advocate" at token `n` after "rights" ("a human rights advocate"): a campaigner for a cause,
/// no post at the body named after it, where "a policy advocate at Y" and "Patient advocate X,
/// of Y" are.
fn rights_advocate(doc: &Doc, n: usize) -> bool {
    doc.tokens[n].lower == "advocate" && n >= 1 && doc.tokens[n - 1].lower == "rights"
}

/// "senior oil analyst at Fjordline Markets" at token `k`: up to three plain lower-case
/// modifiers, a profession noun, then "at"/"with"/"of" and a named organisation (maybe after
/// "the"). The token after the noun, its normal form, the organisation and the end token.
pub(super) fn profession_at(doc: &Doc, k: usize) -> Option<(usize, &'static str, usize, usize)> {
    let lex = Lexicon::get();
    let plain = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower));
    // ("a Balkans specialist at Y", "a Russia expert with Y": a place's name as a modifier too)
    let place = |j: usize| doc.mention_at_token(j).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country));
    let n = (k..k + 4).find(|&j| !(plain(j) || place(j)) || PROFESSIONS.contains(&doc.tokens[j].lower.as_str()) || POSTS_AT.contains(&doc.tokens[j].lower.as_str()))?;
    // ("a policy advocate at Y": "advocate", a speech verb too, is no plain word but a
    // profession here; not a rights advocate)
    let advocate = |n: usize| doc.tokens.get(n).is_some_and(|t| t.lower == "advocate" && !t.cap && doc.mention_at_token(n).is_none()) && !rights_advocate(doc, n);
    let head = *PROFESSIONS.iter().chain(POSTS_AT).find(|&&h| doc.tokens.get(n).is_some_and(|t| t.lower == h) && (plain(n) || advocate(n)))?;
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
    let at = crate::extract::np::past_based_place(doc, at, doc.tokens.len());
    // (after "the" only: "at London law firm Y" would read as the cases of "at the firm" below)
    let at = if at == n + 3 { past_town_before_kind(doc, at) } else { at };
    // ("an analyst at the firm", "an engineer at the carmaker": the company named before, as
    // "the firm said" is; "a strategist at the bank" too, which is no public body there, the
    // bank or broker named last)
    let company_word = |w: &str| matches!(w, "firm" | "company" | "bank") || crate::extract::statements::COMPANY_TRADES.contains(&w);
    if at == n + 3 && doc.tokens.get(at).is_some_and(|t| company_word(&t.lower)) && doc.mention_at_token(at).is_none() {
        let org = match doc.tokens[at].lower.as_str() {
            "bank" => crate::extract::statements::organisation_named_before(doc, doc.tokens[n + 2].span.start, true)?,
            _ => crate::extract::statements::body_description(doc, n + 2, n + 4)?,
        };
        return Some((n + 1, head, org, n + 4));
    }
    // ("a lawyer with the group", "a researcher at the association": in a person's appositive
    // the body named last before, whatever its kind; "the group said" alone stays unresolved,
    // a group of protesters as often as a body)
    if at == n + 3 && doc.tokens.get(at).is_some_and(|t| matches!(t.lower.as_str(), "group" | "association")) && doc.mention_at_token(at).is_none() && doc.tokens.get(at + 1).is_none_or(|t| !t.cap && t.kind != crate::model::TokenKind::Word || t.lower == "who") {
        let org = crate::extract::statements::organisation_named_before(doc, doc.tokens[n + 2].span.start, false)?;
        return Some((n + 1, head, org, n + 4));
    }
    // ("a lawyer with the clinic", "a researcher at the institute": a lower-case head noun
    // that the one organisation named before ends its name with, "the Quarnby Legal Clinic",
    // as "the clinic said" takes it up; no head noun matching one body, no role)
    if at == n + 3 && doc.tokens.get(at).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word) && doc.mention_at_token(at).is_none() {
        if let Some((org, _)) = crate::extract::np::org_by_head(doc, n + 2, doc.tokens.len()).filter(|&(e, _)| doc.entities[e].kind == EntityKind::Organization) {
            return Some((n + 1, head, org, n + 4));
        }
    }
    // ("a partner at law firm Y": lower-case words for the kind of body before its name)
    // ("an organizer with the riders' group Y": a plural's possessive mark among them)
    let mark = |j: usize| j > at && doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "'" | "’")) && doc.tokens[j - 1].lower.ends_with('s') && plain(j - 1);
    let reach = at + 3 + usize::from((at..at + 3).any(mark));
    let at = (at..reach).find(|&j| doc.mention_at_token(j).is_some() || !(plain(j) || mark(j))).unwrap_or(at);
    let m = doc.mention_at_token(at)?;
    let org = doc.mentions[m].entity;
    (doc.entities[org].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.start) == at).then(|| (n + 1, head, org, doc.token_at(doc.mentions[m].span.end)))
}

/// "an analyst at the Leeds firm Y", "a partner at the London law firm Y": a town's name at
/// `at` before the lower-case words of the body's kind and its name says where the body is, no
/// part of it (as "the Halden-based firm" does); the token after the town, else `at`.
fn past_town_before_kind(doc: &Doc, at: usize) -> usize {
    let Some(m) = doc.mention_at_token(at).filter(|&m| doc.token_at(doc.mentions[m].span.start) == at && doc.entities[doc.mentions[m].entity].kind == EntityKind::Place) else { return at };
    let e = doc.token_at(doc.mentions[m].span.end);
    let lower = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word);
    let body = |j: usize| doc.mention_at_token(j).is_some_and(|o| doc.entities[doc.mentions[o].entity].kind == EntityKind::Organization);
    let kind_then_body = lower(e) && (body(e + 1) || lower(e + 1) && body(e + 2));
    if kind_then_body { e } else { at }
}

/// The last word of "in" and a field right after the profession noun at `n`, when "at" or
/// "with" follows it: "expert in higher education policy (at)".
pub(super) fn field_in_after(doc: &Doc, n: usize) -> Option<usize> {
    doc.tokens.get(n + 1).filter(|t| t.lower == "in")?;
    let word = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none_or(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place));
    let at = (n + 2..(n + 8).min(doc.tokens.len())).take_while(|&j| matches!(doc.tokens[j].lower.as_str(), "at" | "with") || word(j)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "at" | "with"))?;
    (at > n + 2).then(|| at - 1)
}

/// "Brennock economist Jane Roe" with the name at token `r`: a named organisation, up to two
/// plain lower-case modifiers and a profession noun right before it. The profession's first
/// token, its normal form, the organisation and the token its name starts at.
pub(super) fn profession_before(doc: &Doc, r: usize) -> Option<(usize, &'static str, usize, usize)> {
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

/// "Quarnby City Council member Jane Roe" with the name at token `r`: a lower-case "member"
/// right before it and, before that, a named organisation whose name ends in "Council",
/// "Assembly", "Board", "Commission" or "Committee" (the seat on that body, as the golds hold
/// "Assembly member X", "Board member X"; "member" alone is no title, so no title phrase is
/// read; not after a party's adjective, "Conservative Assembly member X"). The first token of
/// the title (the body's head word: "Council member"), the organisation and the token its name
/// starts at.
pub(super) fn member_of_body_before(doc: &Doc, r: usize) -> Option<(usize, usize, usize)> {
    let n = r.checked_sub(1).filter(|&n| doc.tokens[n].lower == "member" && !doc.tokens[n].cap)?;
    let h = n.checked_sub(1)?;
    let m = doc.mention_at_token(h)?;
    let org = doc.mentions[m].entity;
    let named = doc.entities[org].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.end) == n;
    // (not "Conservative Assembly member X": a party's bench in the assembly, no body's name)
    let s = doc.token_at(doc.mentions[m].span.start);
    let named = named && !crate::lexicon::is_party_adjective(&doc.tokens[s].lower);
    (named && doc.tokens[h].cap && matches!(doc.tokens[h].lower.as_str(), "council" | "assembly" | "board" | "commission" | "committee")).then_some((h, org, s))
}

/// "A Harrow Capital partner" ending at token `r` (exclusive): "a"/"an", one to three
/// capitalised words that name nothing (no mention, title, stop word or country adjective, on
/// one line), then a lower-case profession. The profession's token, its head and the token of
/// the first capitalised word.
pub(super) fn profession_after_unknown_name(doc: &Doc, r: usize) -> Option<(usize, &'static str, usize)> {
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
