//! About: the actors a statement is about beyond those it names: the state an official or a body
//! stands for, the country its content opens with, the words around a quoted fragment.

use super::*;

/// The organisation a body's own name opens with, one word before a capitalised rest: "UN
/// Office for the Coordination of Humanitarian Affairs", "UN World Food Programme" and the UN
/// the article names ("the UN's appeal", said by the office, is its own body's).
pub(super) fn named_parent(doc: &Doc, sp: usize) -> Option<usize> {
    if doc.entities[sp].kind != EntityKind::Organization {
        return None;
    }
    let forms = |e: usize| doc.mentions.iter().filter(move |m| m.entity == e).map(|m| doc.slice(m.span)).chain(std::iter::once(doc.entities[e].name.as_str()));
    for f in forms(sp) {
        let Some((p, rest)) = f.split_once(' ') else { continue };
        if p.len() < 2 || !rest.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // (one pass over the mentions and the names, not one per entity: asked for every
        // statement's speaker)
        let named_so = doc.mentions.iter().filter(|m| doc.slice(m.span) == p).map(|m| m.entity).chain(doc.entities.iter().enumerate().filter(|(_, x)| x.name == p).map(|(i, _)| i));
        if let Some(e) = named_so.filter(|&e| e != sp && doc.entities[e].kind == EntityKind::Organization).min() {
            return Some(e);
        }
    }
    None
}

/// The organisation whose executive an organisation's name says it is: "Harbor Union
/// Commission", "HU Commission" (by the union's initials), "Harbor Union Secretariat".
pub(super) fn parent_body(doc: &Doc, o: usize) -> Option<usize> {
    let ent = &doc.entities[o];
    let (prefix, last) = ent.name.rsplit_once(' ')?;
    if ent.kind != EntityKind::Organization || !matches!(last, "Commission" | "Secretariat") {
        return None;
    }
    // (initials of the capitalised words, or of all but "the" and "and": "ECOWAS")
    let initials = |name: &str, all: bool| name.split(' ').filter(|w| w.chars().next().is_some_and(char::is_uppercase) || all && !matches!(*w, "the" | "and")).filter_map(|w| w.chars().next()).collect::<String>().to_uppercase();
    let acronym = prefix.len() >= 2 && prefix.chars().all(|c| c.is_ascii_uppercase());
    (0..doc.entities.len()).find(|&e| e != o && doc.entities[e].kind == EntityKind::Organization && (doc.entities[e].name == prefix || acronym && (initials(&doc.entities[e].name, false) == prefix || initials(&doc.entities[e].name, true) == prefix)))
}

/// The bodies a person's titles with no "of" name by their office, each the one such body of
/// the article: a governor's central bank ("Governor Jane Roe", "Bank of Norway"; of several,
/// the one named last before the title), a
/// minister's ministry ("Defense Minister Jane Roe", "Ministry of National Defense"; a finance
/// minister's "National Treasury" when no ministry of finance is named).
pub(super) fn bodies_of_titles(doc: &Doc, sp: usize) -> Vec<usize> {
    let words = |s: &str| s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| if w == "defence" { "defense".to_string() } else { w.to_string() }).collect::<Vec<String>>();
    let orgs = || (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization);
    let mut out = Vec::new();
    for r in doc.roles.iter().filter(|r| r.holder == sp && r.of.is_none() && !r.former) {
        let t = words(&r.title);
        let Some(head) = t.last() else { continue };
        // ("Governor", "Deputy Governor": not "Governor of Texas", which has its "of")
        if head == "governor" && t.iter().all(|w| matches!(w.as_str(), "governor" | "deputy" | "bank")) {
            let central = |e: &usize| {
                let n = words(&doc.entities[*e].name);
                let has = |a: &str, b: &str| n.windows(2).any(|p| p[0] == a && p[1] == b);
                has("central", "bank") || has("reserve", "bank") || has("federal", "reserve") || has("national", "bank") || n.first().is_some_and(|w| w == "bank") && n.get(1).is_some_and(|w| w == "of")
            };
            // (of several, the one named last before the title: "The Bank of Japan … Governor
            // Jane Roe said …", the Federal Reserve named further down)
            let banks: Vec<usize> = orgs().filter(central).collect();
            let before = |e: usize| doc.mentions.iter().filter(|m| m.entity == e && m.span.start < r.evidence.start).map(|m| m.span.start).max();
            let nearest = banks.iter().filter_map(|&e| before(e).map(|at| (at, e))).max().map(|(_, e)| e);
            out.extend(nearest.or_else(|| crate::extract::np::the_one(banks.into_iter())));
        }
        // ("Defense Minister", "Minister of Finance", "Treasury and Finance Minister"; and the
        // British and American secretaries, "Defence Secretary" of the Ministry of Defence,
        // "Secretary of Defense" of the Department of Defense: not "Secretary of State" alone,
        // no portfolio, nor "Shadow defence secretary", who holds no office of it; nor Kenya's
        // "Treasury Cabinet Secretary", whose Treasury set 14's gold keeps as a topic)
        let secretary = t.iter().any(|w| w == "secretary") && !t.iter().any(|w| w == "cabinet");
        if (t.iter().any(|w| w == "minister") || secretary) && !t.iter().any(|w| matches!(w.as_str(), "prime" | "chief" | "first" | "shadow" | "former")) {
            const NOT_PORTFOLIO: &[&str] = &["minister", "secretary", "ministry", "department", "of", "for", "the", "and", "national", "federal", "deputy", "vice", "state", "junior", "acting", "senior"];
            let portfolio: Vec<&String> = t.iter().filter(|w| !NOT_PORTFOLIO.contains(&w.as_str())).collect();
            if portfolio.is_empty() {
                continue;
            }
            let ministry = |e: &usize| {
                let n = words(&doc.entities[*e].name);
                // (a state's adjective before it is no portfolio: "Transport Minister Jane Roe"
                // and "the Japanese transport ministry")
                let own: Vec<&String> = n.iter().skip(usize::from(opens_with_state_adjective(&doc.entities[*e].name))).filter(|w| !NOT_PORTFOLIO.contains(&w.as_str())).collect();
                n.iter().any(|w| w == "ministry" || w == "department") && !own.is_empty() && own.iter().all(|w| portfolio.contains(w))
            };
            let treasury = |e: &usize| {
                let n = words(&doc.entities[*e].name);
                n.last().is_some_and(|w| w == "treasury") && n.iter().all(|w| w == "treasury" || w == "national")
            };
            let found = crate::extract::np::the_one(orgs().filter(ministry));
            let found = found.or_else(|| portfolio.iter().any(|w| *w == "finance" || *w == "treasury").then(|| crate::extract::np::the_one(orgs().filter(treasury))).flatten());
            out.extend(found);
        }
    }
    out
}

/// A body's name that opens with a state's adjective ("Japanese transport ministry").
pub(super) fn opens_with_state_adjective(name: &str) -> bool {
    name.split(' ').next().is_some_and(|w| Lexicon::get().country_adjectives.contains_key(w.to_lowercase().as_str()))
}

/// The one department of state the article names, for a civil servant whose title is a
/// secretary's rank with no portfolio and no "of" ("Deputy secretary Jane Roe told the
/// committee the department would …", "Permanent Secretary Jane Roe"): his own department.
pub(super) fn department_of_secretary(doc: &Doc, sp: usize) -> Option<usize> {
    let r = doc.roles.iter().filter(|r| r.holder == sp && r.of.is_none() && !r.former).find(|r| {
        let t: Vec<String> = r.title.to_lowercase().split_whitespace().map(str::to_string).collect();
        t.len() == 2 && matches!(t[0].as_str(), "deputy" | "permanent" | "assistant") && t[1] == "secretary"
    })?;
    // (of several, the one named last before the title: "the Department of Home Affairs …
    // Deputy secretary Jane Roe", another department named further down)
    let department = |e: usize| doc.entities[e].kind == EntityKind::Organization && doc.entities[e].name.split(' ').any(|w| w.eq_ignore_ascii_case("department") || w.eq_ignore_ascii_case("ministry"));
    doc.mentions.iter().filter(|m| m.span.end <= r.evidence.start && department(m.entity)).max_by_key(|m| m.span.start).map(|m| m.entity)
}

/// A person who holds a state office whose state the article does not name with it
/// ("Foreign Minister Jane Roe", "Government spokesman", "Defence Ministry spokeswoman"), or
/// such a body itself.
pub(super) fn state_official_without_state(doc: &Doc, sp: usize) -> bool {
    const STATE_WORDS: &[&str] = &["minister", "ministry", "government", "junta", "presidency", "department", "cabinet", "pentagon"];
    let statey = |w: &str| w.split(|c: char| !c.is_alphanumeric()).any(|x| STATE_WORDS.contains(&x));
    let country = |e: usize| doc.entities[doc.actor_of(e)].kind == EntityKind::Country;
    let roles: Vec<&crate::model::Role> = doc.roles.iter().filter(|r| r.holder == sp).collect();
    if roles.iter().any(|r| r.of.is_some_and(|o| country(o) || doc.entities[o].stands_for.is_some() || body_country(doc, o).is_some()))
        || doc.entities[sp].stands_for.is_some()
        || body_country(doc, sp).is_some()
        || country(sp)
    {
        return false;
    }
    roles.iter().any(|r| statey(&r.title.to_lowercase()) || r.of.is_some_and(|o| statey(&doc.entities[o].name.to_lowercase())))
        // (and a serving "Ambassador X" named with no state: "Ambassador X said Ukraine would ask
        // …"; not "Former Ambassador to Japan X", who speaks for neither)
        || roles.iter().any(|r| !r.former && r.of.is_none() && r.title.eq_ignore_ascii_case("ambassador"))
        || doc.entities[sp].kind == EntityKind::Organization && statey(&doc.entities[sp].name.to_lowercase())
}

/// A cabinet office titled "Chancellor" or "X Secretary" with no state and no body named
/// ("Chancellor X told parliament that Germany would …", "Defense Secretary X said …"), which
/// `state_official_without_state` does not count: the office word last, so not "Secretary of
/// State", whose own state the older golds list (set27 does, set47 does not); not a
/// secretary-general's or a general secretary's, whose body is no state, nor a university's
/// vice-chancellor, nor a shadow secretary, who speaks against his state's government.
pub(super) fn cabinet_office_without_state(doc: &Doc, sp: usize) -> bool {
    let office = |t: &str| {
        let last = t.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        (last == "chancellor" || last == "secretary") && !t.contains("general") && !t.contains("vice") && !t.contains("shadow")
    };
    let mut roles = doc.roles.iter().filter(|r| r.holder == sp);
    doc.entities[sp].kind == EntityKind::Person && doc.entities[sp].stands_for.is_none() && roles.clone().all(|r| r.of.is_none()) && roles.any(|r| !r.former && office(&r.title.to_lowercase()))
}

/// A serving "President X" named with no state and no body at all (no role of his has an "of";
/// the capitalised title, not "the agency's president"): "President X said Norway would …",
/// whose own state the story's is (`mod.rs`).
pub(super) fn bare_president(doc: &Doc, sp: usize) -> bool {
    let roles = || doc.roles.iter().filter(|r| r.holder == sp);
    doc.entities[sp].kind == EntityKind::Person && roles().all(|r| r.of.is_none()) && roles().any(|r| !r.former && r.title == "President")
}

/// A person serving in a government's own office, whatever its level: a title whose word is
/// "minister" or "premier" ("Premier X", "NSW Health Minister X", "the chief minister"), not
/// a shadow minister's, a former one's or an opposition spokesman's. His "the government
/// would …" is his own government (`np::actors_in`).
pub(crate) fn serving_government_office(doc: &Doc, sp: usize) -> bool {
    doc.entities[sp].kind == EntityKind::Person
        && doc.roles.iter().filter(|r| r.holder == sp && !r.former && !r.is_shadow()).any(|r| {
            let t = r.title.to_lowercase();
            !t.contains("opposition") && t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "minister" || w == "premier")
        })
}

/// The country whose capital the article's dateline names ("BEIJING (Reuters) -", "KYIV,
/// Ukraine (AP) —"), when the article names that country too.
pub(super) fn dateline_country(doc: &Doc) -> Option<usize> {
    // (the dateline as the sentence splitter reads one, opening the story: its first line,
    // or the first after a headline)
    let p = doc.paragraphs.iter().find(|p| !p.heading && !p.furniture)?;
    let ent = dateline_entity(doc, p).filter(|e| e.kind == EntityKind::Place)?;
    let iso = ent.country.as_deref()?;
    let lex = Lexicon::get();
    let capital = lex.country_by_code(iso).is_some_and(|c| lex.countries[c].is_capital(&ent.name));
    capital.then(|| doc.named_country(iso)).flatten()
}

/// The state a dateline opening the story names, by its capital or itself ("BEIJING (Reuters)
/// -", "SINGAPORE -"): its ISO code. (The first paragraph of the first six that opens with a
/// dateline: a standfirst, a byline and a time may come before it.)
pub(crate) fn dateline_state(doc: &Doc) -> Option<String> {
    let ent = doc.paragraphs.iter().take(6).filter(|p| !p.heading).find_map(|p| dateline_entity(doc, p))?;
    let iso = ent.country.as_deref()?;
    let lex = Lexicon::get();
    let state = ent.kind == EntityKind::Country || ent.kind == EntityKind::Place && lex.country_by_code(iso).is_some_and(|c| lex.countries[c].is_capital(&ent.name));
    state.then(|| iso.to_string())
}

/// The state "the government" that a speaker calls on or says should act stands for: the state
/// the story names by far the most; else, in a story of two states' dealings datelined in one of
/// them (by its capital or its name, the state named in the story, one of the two it names
/// most, no third named half as often: `one_of_two_states`), that state, whose
/// government the story's own lawmakers and analysts ask ("LIMA, Peru (AP) — … Congress
/// President X called on the government to break off relations with Mexico" in a story that
/// names Mexico more than Peru); else the state named most.
pub(crate) fn asked_state(doc: &Doc) -> Option<String> {
    crate::resolve::dominant_country(doc)
        .or_else(|| dateline_state(doc).filter(|c| doc.named_country(c).is_some() && crate::resolve::one_of_two_states(doc, c)))
        // (else the state a datelined story is written from, whose name and adjective it writes
        // most, `resolve::written_from`: "SEOUL (Yonhap) -- … said the party would support
        // changes only if the government added …" in a story that names the United States more
        // often, in passing)
        .or_else(|| crate::resolve::written_from(doc))
        .or_else(|| crate::resolve::main_country(doc))
}

/// The other of a story's two states (`resolve::other_of_two_states`) when what "the government"
/// taken for `iso` is asked to do (tokens `lo..hi`, to the first comma) names `iso` — by its name, a place in it or
/// its adjective — and never the other: a government is asked to act toward a foreign state
/// ("called on the government to suspend a planned trade mission to Shanghai" in a story of
/// Britain and China; "said the government should also expel any Indian officials" in a story
/// of Canada and India that names India most).
pub(crate) fn state_acted_toward(doc: &Doc, iso: &str, lo: usize, hi: usize) -> Option<String> {
    let other = crate::resolve::other_of_two_states(doc, iso)?;
    doc.named_country(&other)?;
    let lex = Lexicon::get();
    let (mut names_it, mut names_other) = (false, false);
    // (the clause asked, to its first comma or a verb joined by "and": not "…, and urged Ottawa
    // to …" nor "… and asked donors to fund barges between Renk and Malakal" after it)
    let joined_verb = |j: usize| doc.tokens[j].lower == "and" && doc.tokens.get(j + 1).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && (t.lower.ends_with("ed") || matches!(t.lower.as_str(), "said" | "told" | "urges" | "asks" | "says")));
    let hi = (lo..hi.min(doc.tokens.len())).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | ";") || joined_verb(j)).unwrap_or(hi.min(doc.tokens.len()));
    for j in lo..hi {
        // (not the state's own, by its possessive: "protect Norway's supply of clean power")
        let own = |m: usize| doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
        let state = match doc.mention_at_token(j).map(|m| (m, &doc.entities[doc.mentions[m].entity])) {
            Some((m, _)) if own(m) => None,
            Some((_, e)) if matches!(e.kind, EntityKind::Country | EntityKind::Place) => e.country.clone(),
            Some(_) => None,
            None => lex.country_adjectives.get(&doc.tokens[j].lower).filter(|_| doc.tokens[j].cap).map(|&c| lex.countries[c].iso2.clone()),
        };
        match state.as_deref() {
            Some(c) if c == iso => names_it = true,
            Some(c) if c == other => names_other = true,
            _ => {}
        }
    }
    (names_it && !names_other).then_some(other)
}

/// The end of the sentence token `t` stands in (its last token + 1).
pub(crate) fn sentence_end(doc: &Doc, t: usize) -> usize {
    doc.sentence_at(doc.tokens[t].span.start).map_or(doc.tokens.len(), |si| doc.sentences[si].tokens.1)
}

/// The entity named first in paragraph `p` when the paragraph opens with a dateline, as the
/// sentence splitter reads one.
pub(super) fn dateline_entity<'a>(doc: &'a Doc, p: &crate::model::Paragraph) -> Option<&'a crate::model::Entity> {
    let (lo, hi) = crate::text::tokens_in(&doc.tokens, p.span);
    crate::text::sentences::dateline_end(doc.text(), &doc.tokens, lo, hi)?;
    let m = doc.mention_at_token(lo).map(|i| &doc.mentions[i]).filter(|m| doc.token_at(m.span.start) == lo)?;
    Some(&doc.entities[m.entity])
}

/// The country (or its capital) a statement's content opens with as its subject: "said
/// Norway would …", "said that Oslo had …", "“Norway will not …”" (not "Norway's terms").
pub(super) fn content_subject(doc: &Doc, ctx: &Ctx, st: &Statement) -> Option<usize> {
    let first = first_content_subject(doc, ctx, st);
    if first.is_some() || st.kind != StatementKind::Reported {
        return first;
    }
    // (or, when the first clause opens with no state, of a second clause said: "said the
    // remarks were consistent with policy and that Norway had no plan to …")
    let (a, b) = (doc.token_at(st.cue_span?.end), doc.token_at(st.text.end));
    (a..b.saturating_sub(2)).filter(|&j| doc.tokens[j].lower == "and" && doc.tokens[j + 1].lower == "that").find_map(|j| subject_at(doc, ctx, j + 2))
}

pub(super) fn first_content_subject(doc: &Doc, ctx: &Ctx, st: &Statement) -> Option<usize> {
    let k = match st.kind {
        StatementKind::Reported => {
            let k = said_clause_start(doc, st)?;
            let c = doc.token_at(st.cue_span?.end);
            if k >= c + 2 {
                // (after an adjunct; not when it names a place of another state: "said at a news
                // conference in Oslo that Sweden had agreed" is no Swede's)
                let s = subject_at(doc, ctx, k)?;
                let iso = doc.entities[s].country.as_deref();
                let elsewhere = (c..k).filter_map(|j| ctx.tok_mention.get(j)).map(|m| &doc.entities[doc.mentions[m].entity]).any(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country) && e.country.is_some() && e.country.as_deref() != iso);
                return (!elsewhere).then_some(s);
            }
            k
        }
        _ => doc.token_at(st.text.start),
    };
    subject_at(doc, ctx, k)
}

/// The first token of the clause a reported statement says: "said the college would …",
/// "said that …", "told reporters on Monday that …" (a clause said, not the object of an
/// accusation or an appeal, "accused Oslo of …": `None` there).
pub(super) fn said_clause_start(doc: &Doc, st: &Statement) -> Option<usize> {
    let says = cue_at(doc, doc.token_at(st.cue_span?.start)).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Announce | CueClass::Write));
    if !says {
        return None;
    }
    let c = doc.token_at(st.cue_span?.end);
    if doc.tokens.get(c).is_some_and(|t| t.lower == "that") {
        Some(c + 1)
    } else {
        Some(that_after_adjunct(doc, doc.token_at(st.cue_span?.start), c).unwrap_or(c))
    }
}

/// "president Jane Roe said the college would sell …", "Energy Secretary Jane Roe said the
/// department would …": the organisation of a reported statement's `about` that opens the
/// clause said by "the" and a lower-case word of its name, as that clause's subject, with that
/// word's token.
pub(super) fn head_word_subject(doc: &Doc, st: &Statement) -> Option<(usize, usize)> {
    if st.kind != StatementKind::Reported || st.about.is_empty() {
        return None;
    }
    let k = said_clause_start(doc, st)?;
    let (the, head, next) = (doc.tokens.get(k)?, doc.tokens.get(k + 1)?, doc.tokens.get(k + 2)?);
    if the.lower != "the" || head.cap || head.kind != TokenKind::Word || next.kind != TokenKind::Word || matches!(next.lower.as_str(), "'s" | "’s" | "and" | "of" | "or") {
        return None;
    }
    st.about.iter().copied().find(|&e| doc.entities[e].kind == EntityKind::Organization && doc.entities[e].name.split(' ').any(|w| w.eq_ignore_ascii_case(&head.lower))).map(|e| (e, k + 1))
}

/// "Jane Roe, chair of the Board of County Supervisors, said the county would …": the place a
/// reported clause opens with as "the" and a region's head word ("county", "district",
/// "province" …), one of the statement's `about` whose name ends in that word, when a body the
/// speaker `sp` holds a role of (or the role's title) has that word in its name: the speaker's
/// own county, which the golds leave out as her own body (also from a quote that clause holds:
/// "said the county "cannot keep …"").
pub(super) fn own_region_by_head(doc: &Doc, st: &Statement, sp: usize) -> Option<usize> {
    if st.about.is_empty() || st.kind == StatementKind::Direct && st.cue_span.is_none_or(|c| c.end > st.text.start) {
        return None;
    }
    let k = said_clause_start(doc, st)?;
    if st.kind == StatementKind::Direct && k + 2 > doc.token_at(st.text.start) {
        return None;
    }
    let (the, head) = (doc.tokens.get(k)?, doc.tokens.get(k + 1)?);
    if the.lower != "the" || head.cap || !matches!(head.lower.as_str(), "county" | "district" | "province" | "prefecture" | "municipality" | "canton" | "parish" | "township") {
        return None;
    }
    let has = |name: &str| name.split(' ').any(|w| w.eq_ignore_ascii_case(&head.lower));
    let held = doc.roles.iter().filter(|r| r.holder == sp && !r.former).any(|r| has(&r.title) || r.of.is_some_and(|o| has(&doc.entities[o].name)));
    if !held {
        return None;
    }
    st.about.iter().copied().find(|&e| doc.entities[e].kind == EntityKind::Place && doc.entities[e].name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(&head.lower)))
}

/// A role with no body named for it that heads or sits on the body `e`, named by the word at
/// token `h`: a head's title ("president", "chief executive", "director"; not a head of state's
/// "President") right after the body's name in its sentence ("At Harwick College,
/// president X", "The VWA's chief executive, X"; not "Save the Quarn Trust director X" of
/// "the ministry"), or a member's of the same stem ("Councillor" of "the council"). Not
/// "Economist", nor "Finance Minister" of "the bank"; nor a portfolio ("Secretary of State" of
/// "the department"), on which the golds disagree (NOTES, mendEV).
pub(super) fn title_of_body(doc: &Doc, r: &crate::model::Role, e: usize, h: usize) -> bool {
    const HEADS: &[&str] = &["president", "chief", "chair", "chairman", "chairwoman", "chairperson", "director", "head", "ceo"];
    let lower = r.title.to_lowercase();
    let head = doc.tokens[h].lower.as_str();
    // (the last organisation named before the title, in the title's sentence)
    let body_before = || {
        let t = doc.token_at(r.evidence.start);
        let (a, _) = crate::extract::np::sentence_tokens(doc, t);
        let from = doc.tokens[a].span.start;
        doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= r.evidence.start && doc.entities[m.entity].kind == EntityKind::Organization).max_by_key(|m| m.span.start).is_some_and(|m| m.entity == e)
    };
    r.title != "President" && lower.split(|c: char| !c.is_alphanumeric()).any(|w| HEADS.contains(&w)) && body_before()
        || head.len() >= 5 && lower.split(' ').next().is_some_and(|w| w.len() >= 5 && w.as_bytes()[..5] == head.as_bytes()[..5])
}

/// The first token of a clause said after a time, a place or the one told, up to its "that":
/// "said on Wednesday that the UK would …", "told reporters in Kuala Lumpur that Malaysia …"
/// (`cue` the verb's token, `c` the token after it; at most eight tokens before "that", no
/// quotation mark or semicolon among them).
fn that_after_adjunct(doc: &Doc, cue: usize, c: usize) -> Option<usize> {
    const OPENERS: &[&str] = &["on", "in", "at", "during", "after", "before", "late", "earlier", "last", "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let first = doc.tokens.get(c)?;
    let told = matches!(doc.tokens.get(cue)?.lower.as_str(), "told" | "tells" | "tell" | "telling");
    if !told && !OPENERS.contains(&first.lower.as_str()) {
        return None;
    }
    let end = sentence_end(doc, c).min(c + 9);
    let j = (c + 1..end).take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && doc.tokens[j].lower != ";").find(|&j| doc.tokens[j].lower == "that")?;
    Some(j + 1)
}

/// The country a clause opening at token `k` names as its subject ("Norway would …"; not a
/// possessive or the first of a list: "Norway's terms", "Norway and Chile").
pub(super) fn subject_at(doc: &Doc, ctx: &Ctx, mut k: usize) -> Option<usize> {
    if ctx.tok_mention.get(k).is_none() && doc.tokens.get(k).is_some_and(|t| t.lower == "the") {
        k += 1;
    }
    let m = ctx.tok_mention.get(k)?;
    let e = doc.mentions[m].entity;
    let after = doc.token_at(doc.mentions[m].span.end);
    let possessive = doc.tokens.get(after).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "and" | ","));
    (doc.entities[doc.actor_of(e)].kind == EntityKind::Country && !possessive && doc.tokens.get(after).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Quote))).then(|| doc.actor_of(e))
}

/// The country of the article an organisation's name opens with the adjective of ("Chilean
/// Foreign Ministry", "Greek General Staff"): the state it is a body of.
pub(crate) fn body_country(doc: &Doc, e: usize) -> Option<usize> {
    let ent = &doc.entities[e];
    if ent.kind != crate::model::EntityKind::Organization {
        return None;
    }
    let first = ent.name.split(' ').next()?;
    doc.country_of_adjective(&first.to_lowercase())
        // (or a two-word adjective: "South Korean health ministry", "New Zealand Defence Force",
        // whose state is the speaker's own: "South Korea will double …, the health ministry said")
        .or_else(|| two_word_adjective_country(doc, &ent.name))
        .or_else(|| initials_country(doc, &ent.name, first))
        .or_else(|| state_owner(doc, e))
}

/// The country of the article whose two-word adjective opens a name ("South Korean health
/// ministry": South Korea), when the name goes on after it.
fn two_word_adjective_country(doc: &Doc, name: &str) -> Option<usize> {
    let mut words = name.split(' ');
    let (a, b) = (words.next()?.to_lowercase(), words.next()?.to_lowercase());
    words.next()?;
    if !Lexicon::get().country_adjective_heads.contains(&a) {
        return None;
    }
    doc.country_of_adjective(&format!("{a} {b}"))
}

/// The country a government body's first word names by its initials ("U.S. Treasury", "UK
/// Home Office"; not a legislature, "U.S. Senate", whose members speak for no state), when the
/// article names that country or its capital.
pub(super) fn initials_country(doc: &Doc, name: &str, first: &str) -> Option<usize> {
    const EXECUTIVE: &[&str] = &["treasury", "department", "embassy", "ministry", "office", "army", "navy", "military", "government", "administration", "mission", "consulate", "command", "forces"];
    if !name.split(' ').skip(1).any(|w| EXECUTIVE.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if !(2..=3).contains(&letters) || !first.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        return None;
    }
    let lex = Lexicon::get();
    let c = *lex.country_names.get(&crate::lexicon::fold(first))?;
    doc.named_country(&lex.countries[c].iso2)
}

/// The one country whose possessive stands before every mention of a state body that has one
/// ("Norway's Foreign Ministry", "Norway's Defence Ministry"), for a body whose name has no
/// country of its own.
pub(super) fn state_owner(doc: &Doc, e: usize) -> Option<usize> {
    const STATE_HEADS: &[&str] = &["ministry", "office", "department", "army", "navy", "staff", "government", "cabinet", "embassy", "mission"];
    let last = doc.entities[e].name.rsplit(' ').next()?.to_lowercase();
    if !STATE_HEADS.contains(&last.as_str()) {
        return None;
    }
    let mut owner = None;
    for m in doc.mentions.iter().filter(|m| m.entity == e) {
        let t = doc.token_at(m.span.start);
        if t < 2 || !matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "’s") {
            continue;
        }
        let Some(c) = doc.mention_at_token(t - 2).map(|pm| doc.actor_of(doc.mentions[pm].entity)) else { continue };
        if doc.entities[c].kind != crate::model::EntityKind::Country || owner.is_some_and(|o| o != c) {
            return None;
        }
        owner = Some(c);
    }
    owner
}

/// The actors a quoted fragment inside reported speech is about, named around it in its
/// clause: "X said the mood among Norwegian crews was “very tense”", "X accused the
/// Commission of “…”". From after the cue (or the last "that" after it) to the quote, and
/// after the quote to the next break ("“hundreds” of Norwegian boats were …").
pub(super) fn fragment_context(doc: &Doc, ctx: &Ctx, att: &Attribution, q: &crate::text::Quote, speaker: Option<usize>) -> Vec<usize> {
    if att.cue.is_empty() {
        return Vec::new();
    }
    let [before, after, _] = clause_window(doc, att.cue_span, q).unwrap_or_default();
    actors_in_ranges(doc, ctx, &[before, after], speaker)
}

/// The actors named in the token ranges (empty ones left out), in order.
pub(super) fn actors_in_ranges(doc: &Doc, ctx: &Ctx, ranges: &[(usize, usize)], speaker: Option<usize>) -> Vec<usize> {
    ranges.iter().filter(|&&(a, b)| a < b).flat_map(|&(a, b)| actors_in(doc, ctx, tspan(doc, a, b), &[], speaker)).collect()
}

/// What the clause a quote stands in names around it, from its cue `cue_span` (see
/// `fragment_context`).
pub(super) fn clause_context(doc: &Doc, ctx: &Ctx, cue_span: Span, q: &crate::text::Quote, speaker: Option<usize>) -> Vec<usize> {
    let window = clause_window(doc, cue_span, q);
    let mut out = actors_in_ranges(doc, ctx, &window.unwrap_or_default(), speaker);
    // (and the object of its cue, found by its phrase: "accusing the alliance of …")
    let (c, ce, qs) = (doc.token_at(cue_span.start), doc.token_at(cue_span.end), doc.token_at(q.outer.start));
    if window.is_some() && cue_at(doc, c).is_some_and(|(_, _, obj, _)| obj) {
        out.extend(np_at(doc, ctx, ce, qs).map(|o| o.entities).unwrap_or_default());
    }
    out
}

/// The token ranges of the clause around a quote after its cue `cue_span`: from after the cue
/// (or the last "that" after it) to the quote, and after the quote to the next break. A
/// relative clause ("thousands of Norwegians whom he said were “…”") has its antecedent's
/// last word too.
pub(super) fn clause_window(doc: &Doc, cue_span: Span, q: &crate::text::Quote) -> Option<[(usize, usize); 3]> {
    let (qs, qe) = (doc.token_at(q.outer.start), doc.token_at(q.outer.end));
    let ce = doc.token_at(cue_span.end);
    let same_sentence = doc.sentence_at(cue_span.start).is_some_and(|s| doc.sentences[s].tokens.1 > qs && doc.sentences[s].tokens.0 <= ce);
    if ce > qs || !same_sentence {
        return None;
    }
    // ("X said the council had promised “no more delays”", "X said Tarvia welcomed the
    // mayor's “…”": or from after a stand the reported clause's subject took,
    // `stand_taken`, whose object the quotation is; the one who took the stand is no topic of
    // the fragment, as it was none when it was read as the quotation's speaker)
    let from = (ce..qs).rev().find(|&j| doc.tokens[j].lower == "that" || cue_at(doc, j).is_some_and(|(lemma, ..)| stand_taken(lemma))).map_or(ce, |j| j + 1);
    let (_, send) = sentence_tokens(doc, qs);
    let to = (qe..send)
        .find(|&j| doc.tokens[j].kind == TokenKind::Quote || matches!(doc.tokens[j].lower.as_str(), "," | "." | ";" | ":" | "that" | "which" | "who" | "and" | "but" | "after" | "as" | "while" | "when" | "because" | "unless" | "to"))
        .unwrap_or(send);
    let c = doc.token_at(cue_span.start);
    let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let antecedent = if c >= 3 && matches!(word(c - 1), "he" | "she" | "they" | "it" | "we") && matches!(word(c - 2), "whom" | "who" | "which" | "that") { (c - 3, c - 2) } else { (0, 0) };
    Some([(from, qs), (qe, to), antecedent])
}
