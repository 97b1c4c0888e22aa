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

/// The appositive after a person's name: ", [the] [former] [Adj|Org] title [of X],".
/// `ps` is where the titles before the name start.
pub(super) fn appositive_after_name(doc: &mut Doc, span: Span, holder: usize, ps: usize) {
    let lex = Lexicon::get();
    let pe = doc.token_at(span.end);
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
                    // (", the president's special envoy to the Sahel,": a person's title, of
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
            } else if let Some((k2, c)) = crate::extract::names::two_word_adjective(doc, lex, k) {
                // (", a South African diplomat,": an adjective of two words)
                let e = doc.country(c);
                let sp = Span::new(doc.tokens[k].span.start, doc.tokens[k2 - 1].span.end);
                doc.add_mention(sp, e, MentionKind::Name);
                of = Some(e);
                k = k2;
                adjective_at = Some(k);
            } else if k > 0 && doc.tokens[k - 1].lower == "the" && POST_BODY_NOUNS.contains(&doc.tokens[k].lower.as_str()) && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "'s") {
                // (", the company's chief operating officer,": the company named before; ", the
                // group's director,", ", the association's executive director,", ", the union's
                // branch secretary,": the body "the group" takes up)
                // (a body the story never named keeps the title, of no one known: ", the
                // group's director,")
                // (", the Commission's executive vice-president,": the one body named before whose
                // name's head is the noun first, not the body named last)
                of = crate::extract::np::org_by_named_head(doc, k).or_else(|| crate::extract::statements::body_description(doc, k - 1, k + 1)).or_else(|| crate::extract::np::group_before(doc, doc.token_at(span.start), &doc.tokens[k].lower));
                body_possessive = true;
                k += 2;
            } else if k > 0 && doc.tokens[k - 1].lower == "the" && crate::extract::names::PLACE_NOUNS.contains(&doc.tokens[k].lower.as_str()) && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some() {
                // (", the town's mayor,", ", the village's chief,": a place's possessive, of
                // the town or village named last before the name, in its sentence or the one
                // before; of no one when none is; a place whose name ends in the noun first, ", the
                // county's elections director," after "Fulton County, which includes …Atlanta")
                of = crate::extract::np::org_by_possessive_head(doc, k).or_else(|| town_named_before(doc, ps));
                body_possessive = true;
                k += 2;
            } else if let Some(lead) = (k == pc + 1 && doc.tokens[k].lower == "its").then(|| region_before_title(doc, k + 1)).filter(|&n| title_at(doc, k + 1 + n, (k + 7 + n).min(doc.tokens.len())).is_some()) {
                // (", its general counsel,", ", its president,": the body or state "its"
                // takes up, as before the name, "Its president, X,"; of no one when none is)
                // (", its Asia director,": a region between, `region_before_title`)
                of = owner_before(doc, k + 1).map(|(e, _)| e);
                body_possessive = true;
                k += 1 + lead;
            } else if let Some(e) = (k > 0 && doc.tokens[k - 1].lower == "the").then(|| crate::extract::np::org_by_possessive_head(doc, k)).flatten().filter(|_| {
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
            } else if k > 0 && doc.tokens[k - 1].lower == "the" && !body_possessive && !doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.person_nouns.contains(&doc.tokens[k].lower) && title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some_and(|(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class != TitleClass::Generic)) && doc.mentions.iter().take_while(|m| m.span.end <= span.start).any(|m| doc.entities[m.entity].kind == EntityKind::Organization) {
                // (", the campaign's director,", ", the report's editor,": a thing's singular
                // possessive that takes up no body named before keeps the office, of no one
                // named, as a plural's does, where the story has named a body before (where
                // none is, ", the observatory's coordinator," gives no role); not a word that
                // only describes, ", the community's leader,")
                body_possessive = true;
                k += 2;
                break;
            } else if doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && k + 1 < limit && (!doc.tokens[k + 1].cap || doc.slice(doc.tokens[k + 1].span).bytes().all(|c| c.is_ascii_uppercase())) && title_at(doc, k + 1, (k + 7).min(doc.tokens.len())).is_some_and(|(te, _)| !doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’"))) {
                // (", a Conservative councillor,", ", a Republican senator from Ohio,", ", the
                // Conservative MP for Harwich,", an office's initials in capitals: a
                // capitalised modifier that names nothing the story knows, then a title;
                // not a title that owns what follows, ", the Republican nominee's daughter,")
                // (", the SV leader," after "the Socialist Left party (SV)": initials the story
                // defined as a party's name the office is of, `party_of_initials`)
                if let Some(e) = party_of_initials(doc, k) {
                    let sp = doc.tokens[k].span;
                    doc.add_mention(sp, e, MentionKind::Name);
                    of = Some(e);
                }
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
                } else if let Some((n, plain)) = (doc.tokens[te].lower == "of" && of.is_none()).then(|| body_noun_after_of(doc, te)).flatten() {
                    // (", the leader of the council,": a body's noun after "of the" takes up the
                    // body the story named before, as ", the council's leader," does; the role is
                    // kept where none is, of no one, `push_role`; ", leader of the Conservative
                    // group on the council,": a group no name is given, of no one)
                    if plain {
                        of = crate::extract::np::org_by_named_head(doc, n).or_else(|| crate::extract::statements::body_description(doc, n - 1, n + 1)).or_else(|| crate::extract::np::group_before(doc, doc.token_at(span.start), &doc.tokens[n].lower));
                    }
                    end = n + 1;
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
        if !doc.tokens.get(pe + 1).is_some_and(|t| t.lower == "the") {
            return None;
        }
        let w = (pe + 2..(pe + 8).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == crate::model::TokenKind::Word).find(|&j| doc.tokens[j].lower == "who")?;
        let noun = &doc.tokens[w - 1].lower;
        (w > pe + 2 && (lex.person_nouns.contains(noun) || lex.titles.contains_key(noun))).then_some(w)
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
