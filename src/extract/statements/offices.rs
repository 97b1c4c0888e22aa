//! Office speakers: the body or the holder that an unnamed official, a spokesperson, an office or a
//! document speaks for ("a ministry spokesman said", "the judges said", "the statement said").

use super::*;

/// "The State Department urged X to …, a spokesperson said in Washington.", "The ministry
/// rejected the claims, a spokesman said.": an unnamed spokesperson (tokens `s..e`) closing
/// the sentence after a clause whose subject, opening the sentence, is one body or state,
/// speaks for it.
pub(super) fn body_before_spokesperson(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e != s + 2 || !matches!(doc.tokens[s].lower.as_str(), "a" | "an" | "the") || !matches!(doc.tokens[s + 1].lower.as_str(), "spokesman" | "spokeswoman" | "spokesperson") || s < 3 || doc.tokens[s - 1].lower != "," {
        return None;
    }
    let si = doc.sentence_at(doc.tokens[s].span.start)?;
    let (sa, _) = doc.sentences[si].tokens;
    let first = sa + usize::from(doc.tokens[sa].lower == "the");
    let m = ctx.tok_mention.at(first).filter(|&m| doc.mentions[m].span.start == doc.tokens[first].span.start)?;
    let body = doc.actor_of(doc.mentions[m].entity);
    let after = doc.token_at(doc.mentions[m].span.end);
    // (the body is the clause's subject: a lower-case verb right after its name, no quotation
    // in the clause)
    let verb = doc.tokens.get(after).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !Lexicon::get().stopwords.contains(&x.lower));
    (matches!(doc.entities[body].kind, crate::model::EntityKind::Organization | crate::model::EntityKind::Country) && verb && after < s && (sa..s).all(|j| ctx.tok_quote.at(j).is_none())).then_some(body)
}

/// "A Georgian journalist accused of assaulting a police officer told a court …" opening a
/// story's body, then "Jane Roe, 38, the founder of …" opening the next paragraph: the
/// delayed-identification lede describes, in the singular and unnamed, the person the next
/// paragraph names first (in two words or more). The subject is tokens `s..e`.
pub(super) fn lede_person_named_next(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e < s + 2 || !matches!(doc.tokens[s].lower.as_str(), "a" | "an") {
        return None;
    }
    let lex = Lexicon::get();
    // the head: a noun for a person by occupation, after lower-case words or a country's adjective
    let h = (s + 1..e).find(|&j| !doc.tokens[j].cap && lex.person_nouns.contains(&doc.tokens[j].lower))?;
    if !(s + 1..h).all(|j| doc.tokens[j].kind == TokenKind::Word && (!doc.tokens[j].cap || lex.country_adjectives.contains_key(&doc.tokens[j].lower)) && !lex.cues.contains_key(&doc.tokens[j].lower)) {
        return None;
    }
    // (the head closes the subject, or a participle or relative clause tells of it)
    if h + 1 != e && !matches!(doc.tokens[h + 1].lower.as_str(), "accused" | "charged" | "who" | "convicted" | "jailed" | "detained" | "arrested" | "held" | "sentenced") {
        return None;
    }
    let first = next_paragraph_after_lede(doc, s)?;
    let m = ctx.tok_mention.at(first).filter(|&m| doc.mentions[m].span.start == doc.tokens[first].span.start)?;
    let p = doc.actor_of(doc.mentions[m].entity);
    (doc.entities[p].kind == crate::model::EntityKind::Person && doc.slice(doc.mentions[m].span).contains(' ')).then_some(p)
}

/// The first token of the paragraph after the lede, when token `s` stands in the lede's first
/// sentence (the first paragraph of the body: the headline's, and perhaps a dateline's,
/// before it): where a story names whom its lede described.
pub(super) fn next_paragraph_after_lede(doc: &Doc, s: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[s].span.start)?;
    let para = doc.sentences[si].paragraph;
    if para > 1 || doc.sentences[..si].iter().filter(|x| x.paragraph == para).count() > 1 {
        return None;
    }
    doc.sentences.iter().find(|x| x.paragraph == para + 1).map(|x| x.tokens.0)
}

/// "Footballers could refuse to play …, the global players' union has warned." then "Fifpro,
/// which represents …, said": a body described, unnamed, in the story's first paragraph
/// (tokens `s..e`: "the", lower-case words, a body's head noun) is the organisation that opens
/// the next paragraph, named there (the wire lede names the body a paragraph later).
pub(crate) fn lede_body_named_next(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    const BODIES: &[&str] = &["union", "federation", "association", "body", "league", "confederation", "committee", "council", "commission", "agency", "watchdog", "regulator", "organisation", "organization"];
    if e < s + 2 || doc.tokens[s].lower != "the" || !BODIES.contains(&doc.tokens[e - 1].lower.as_str()) || (s + 1..e).any(|j| doc.tokens[j].cap || ctx.tok_mention.at(j).is_some()) {
        return None;
    }
    let next = next_paragraph_after_lede(doc, s)?;
    // (its first word, or the one after "The")
    let first = next + usize::from(doc.tokens[next].lower == "the");
    let m = ctx.tok_mention.at(first)?;
    let org = doc.actor_of(doc.mentions[m].entity);
    (doc.entities[org].kind == crate::model::EntityKind::Organization).then_some(org)
}

/// "the company said", "a statement from the organisation said": the organisation last named
/// before, within the paragraph or the two before it, not as an outlet spoken to or on
/// ("told the Harbor News", "on Facebook").
pub(crate) fn body_description(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    // ("the group" is left out: a group of voters or protesters as often as a body)
    // ("the carmaker", "the airline": a kind of company is a company)
    const HEADS: &[&str] = &["company", "firm", "organisation", "organization"];
    // ("A spokesperson for the organization in Geneva said": where the body is, not which body)
    let e = (s + 2..e.saturating_sub(1)).find(|&k| place_after_in(doc, k, e)).unwrap_or(e);
    if e < s + 2 || doc.tokens[e - 2].lower != "the" || !HEADS.contains(&doc.tokens[e - 1].lower.as_str()) && !COMPANY_TRADES.contains(&doc.tokens[e - 1].lower.as_str()) {
        return None;
    }
    let company = !matches!(doc.tokens[e - 1].lower.as_str(), "organisation" | "organization");
    // (a speaker's "the company" is not an owner named in a relative clause before it: "Harbor Foods,
    // which is owned by Vexmoor Group, said … A spokesperson for the company said …")
    // (not "the company's head of …", whose owner the golds keep as they are)
    let possessive = doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    organisation_before(doc, doc.tokens[e - 2].span.start, company, !possessive)
}

/// Kinds of company a story calls one by ("the carmaker said", "the airline's chief").
/// ("The supplier says …" after "a parts supplier in Aichi, Tokai Precision Industries": a
/// supplier, a conglomerate or a start-up is a company too)
pub(crate) const COMPANY_TRADES: &[&str] = &["carmaker", "automaker", "planemaker", "chipmaker", "drugmaker", "retailer", "manufacturer", "airline", "lender", "insurer", "consortium", "supplier", "conglomerate", "startup", "start-up"];

/// The organisation last named before byte `pos`, in its paragraph or the two before, not an
/// outlet spoken to; with `company`, no public body ("the company" is never the Commission).
pub(crate) fn organisation_named_before(doc: &Doc, pos: usize, company: bool) -> Option<usize> {
    organisation_before(doc, pos, company, false)
}

fn organisation_before(doc: &Doc, pos: usize, company: bool, not_owner: bool) -> Option<usize> {
    let para = doc.sentence_at(pos).map(|x| doc.sentences[x].paragraph)?;
    let i = doc.mentions.partition_point(|m| m.span.end <= pos);
    doc.mentions[..i].iter().rev().take_while(|m| doc.sentence_at(m.span.start).is_some_and(|x| doc.sentences[x].paragraph + 2 >= para)).find_map(|m| {
        let ent = doc.actor_of(m.entity);
        let t = doc.token_at(m.span.start);
        // ("In an interview with the Financial Times, she said …": an outlet interviewed with
        // is spoken to as well)
        let to_word = |j: usize| matches!(doc.tokens[j].lower.as_str(), "on" | "to" | "told") || doc.tokens[j].lower == "with" && j > 0 && matches!(doc.tokens[j - 1].lower.as_str(), "interview" | "interviews" | "conversation" | "podcast");
        let spoken_to = t > 0 && to_word(t - 1) || t > 1 && doc.tokens[t - 1].lower == "the" && to_word(t - 2);
        // ("the Sindaport union": named with a public body's noun after it)
        let public = public_body(&doc.entities[ent].name) || doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| !x.cap && public_body(&x.lower));
        (doc.entities[ent].kind == crate::model::EntityKind::Organization && !spoken_to && !(company && public) && !(not_owner && in_relative_clause_of_organisation(doc, m))).then_some(ent)
    })
}

/// "Harbor Foods, which is owned by Vexmoor Group, said …": a mention inside a relative
/// clause set off by commas after an organisation's name is not what "the company" of the next
/// sentence refers to (the clause's owner is).
fn in_relative_clause_of_organisation(doc: &Doc, m: &crate::model::Mention) -> bool {
    let Some(si) = doc.sentence_at(m.span.start) else { return false };
    let (lo, hi) = (doc.token_at(doc.sentences[si].span.start), doc.token_at(m.span.start));
    let Some(c) = (lo + 1..hi).rev().find(|&c| doc.tokens[c].lower == ",") else { return false };
    if !doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "which" | "whose")) {
        return false;
    }
    let owner = doc.mentions.iter().any(|x| x.span.end <= doc.tokens[c].span.start && doc.token_at(x.span.end) == c && doc.entities[doc.actor_of(x.entity)].kind == crate::model::EntityKind::Organization);
    let closed = doc.tokens[doc.token_at(m.span.end)..].iter().take_while(|t| t.span.end <= doc.sentences[si].span.end).any(|t| t.lower == ",");
    owner && closed
}

/// An organisation's name whose head word is that of a public body or an association, which a
/// story never calls "the company" ("General Court", "European Commission", "Dock Workers'
/// Union"): the head is the word before "of", else the last word.
pub(crate) fn public_body(name: &str) -> bool {
    const PUBLIC: &[&str] = &["court", "tribunal", "commission", "council", "ministry", "department", "parliament", "assembly", "senate", "congress", "union", "association", "federation", "agency", "authority", "committee", "party", "government", "police", "army", "nations", "office", "regulator", "board", "bureau", "institute", "university", "coalition", "alliance"];
    let head = crate::extract::np::name_head(name).unwrap_or("").to_lowercase();
    PUBLIC.contains(&head.as_str())
}

/// "The Vexmoor union's banking federation", "the party's youth wing" (tokens `s..e`): a branch
/// of one organisation, named with its possessive, speaks for that organisation.
pub(super) fn branch_of(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    const BRANCHES: &[&str] = &["federation", "branch", "wing", "arm", "division", "section", "chapter", "affiliate", "unit"];
    const OFFICES: &[&str] = &["office", "bureau", "branch", "wing", "arm", "division", "section", "chapter", "affiliate", "unit", "federation", "secretariat", "headquarters"];
    // ("Its office for Asia said": "its" and an office of the organisation named
    // last, in this sentence or the one before)
    let its = if doc.tokens[s].lower == "its" { Some(s) } else { (s > 0 && doc.tokens[s - 1].lower == "its").then(|| s - 1) };
    if let Some(i) = its {
        let s = i;
        let n = (s + 1..e).find(|&j| OFFICES.contains(&doc.tokens[j].lower.as_str()))?;
        let plain = (s + 1..n).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap);
        let rest = n + 1 == e || matches!(doc.tokens[n + 1].lower.as_str(), "for" | "in") && (n + 2..e).all(|j| doc.tokens[j].cap);
        if !plain || !rest {
            return None;
        }
        let at = doc.tokens[s].span.start;
        let from = doc.previous_sentence_start(at);
        return doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from).map(|m| doc.actor_of(m.entity)).find(|&x| doc.entities[x].kind == crate::model::EntityKind::Organization);
    }
    // ("the organisation's secretariat in Vienna", "the group's political bureau": an office of
    // the body "the organisation" takes up; plain words, the office, then maybe where it sits)
    if e >= s + 4 && doc.tokens[s].lower == "the" && matches!(doc.tokens[s + 2].lower.as_str(), "'s" | "\u{2019}s") {
        let n = (s + 3..e.min(s + 6)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap).filter(|&j| OFFICES.contains(&doc.tokens[j].lower.as_str()) || matches!(doc.tokens[j].lower.as_str(), "leadership" | "politburo" | "command")).last();
        if n.is_some_and(|n| n + 1 == e || doc.tokens[n + 1].lower == "in" && (n + 2..e).all(|j| doc.tokens[j].cap)) {
            let head = doc.tokens[s + 1].lower.as_str();
            return body_description(doc, s, s + 2).or_else(|| (head == "group").then(|| crate::extract::np::group_before(doc, s, head)).flatten());
        }
    }
    if let Some(body) = panel_of_body(doc, ctx, s, e) {
        return Some(body);
    }
    if e < s + 3 || !BRANCHES.contains(&doc.tokens[e - 1].lower.as_str()) {
        return None;
    }
    let pos = (s..e - 1).find(|&j| matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s"))?;
    // (lower-case words between the possessive and the branch: "banking", "youth")
    if !(pos + 1..e - 1).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap) {
        return None;
    }
    let mut found: Option<usize> = None;
    for j in s..pos {
        let Some(m) = ctx.tok_mention.at(j) else { continue };
        let ent = doc.actor_of(doc.mentions[m].entity);
        if doc.entities[ent].kind != crate::model::EntityKind::Organization || found.is_some_and(|f| f != ent) {
            return None;
        }
        found = Some(ent);
    }
    found
}

/// "The commission's expert panel ordered …", "the Harbor Commission's appeals panel said …"
/// (tokens `s..e`): a panel of one body, named with the body's possessive and at most three
/// plain lower-case words, speaks for that body; so does "the panel" after it, when the last
/// panel the story named before is such a body's.
pub(crate) fn panel_of_body(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e < s + 2 || doc.tokens[e - 1].lower != "panel" || doc.tokens[s].lower != "the" {
        return None;
    }
    let poss = |j: usize| matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s");
    let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap;
    if e == s + 2 {
        // ("The panel said …": the last panel named before, as a body's panel)
        let j = (0..s).rev().find(|&j| doc.tokens[j].lower == "panel")?;
        let p = (j.saturating_sub(4)..j).rev().find(|&p| poss(p))?;
        let st = (0..p).rev().find(|&t| doc.tokens[t].lower == "the" && p - t <= 6)?;
        return panel_of_body(doc, ctx, st, j + 1);
    }
    let p = (s + 1..e - 1).find(|&j| poss(j))?;
    if e - 1 - (p + 1) > 3 || !(p + 1..e - 1).all(plain) {
        return None;
    }
    // (the body named by its name: one organisation named between "the" and the possessive)
    let mut found: Option<usize> = None;
    for j in s..p {
        let Some(m) = ctx.tok_mention.at(j) else { continue };
        let ent = doc.actor_of(doc.mentions[m].entity);
        if doc.entities[ent].kind != EntityKind::Organization || found.is_some_and(|f| f != ent) {
            return None;
        }
        found = Some(ent);
    }
    // (or by its head word: "the commission" after "the Fair Work Commission")
    // (one body named before with that head, in any case)
    found.or_else(|| {
        if p != s + 2 || !plain(s + 1) {
            return None;
        }
        let before = doc.tokens[s].span.start;
        let word = doc.tokens[s + 1].lower.as_str();
        let mut named = doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| doc.actor_of(m.entity)).filter(|&x| doc.entities[x].kind == EntityKind::Organization && doc.entities[x].name.contains(' ') && crate::extract::np::name_head(&doc.entities[x].name).is_some_and(|w| w.eq_ignore_ascii_case(word)));
        let first = named.next()?;
        named.all(|x| x == first).then_some(first)
    })
}

/// The organisation, state or person an unnamed spokesperson phrase (tokens `s..e`) speaks
/// for, when it names exactly one of them: "a Pentagon spokeswoman", "a spokesman for the
/// ministry", "a spokesman for Hale".
pub(crate) fn spokesperson_body(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    // (and an official of one body: "a State Department official said", "Interior Ministry
    // officials said")
    // ("ECB supervisors said", "IMF economists said": a body's staff named with it)
    // ("FIFA's chief member associations officer warned": an officer of one body named with it)
    // ("An SPD member of the foreign affairs committee told …": an unnamed member of one party
    // named with it speaks for it, as its official would)
    const SPOKES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "official", "officials", "officer", "officers", "supervisors", "economists", "investigators", "inspectors", "auditors", "researchers", "negotiators", "representative", "representatives", "member"];
    // (as the phrase's head: "the official Korean Central News Agency" is no official)
    // ("A Georgian journalist accused of assaulting a police officer told …": the phrase the
    // passive participle opens tells of the subject; its officer is no speaker, and the subject
    // ends before it)
    let e = (s + 1..e).find(|&j| matches!((doc.tokens[j].lower.as_str(), doc.tokens[j + 1].lower.as_str()), ("accused", "of") | ("charged", "with"))).unwrap_or(e);
    let head = |j: usize| j + 1 == e || doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "for" | "of" | "at" | "in" | "," | "who" | "with" | "on"));
    // ("The European Union's foreign policy chief said …": an office of one body named with its
    // possessive, no holder named, speaks for the body as its official would; "chief" ending
    // the phrase after lower-case words)
    let possessive = |x: usize| matches!(doc.tokens[x].lower.as_str(), "'s" | "\u{2019}s");
    let chief = |j: usize| {
        j > s + 1 && doc.tokens[j].lower == "chief" && j + 1 == e && (s + 1..j).rev().find(|&x| possessive(x)).is_some_and(|p| (p + 1..j).all(|x| !doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word))
    };
    if !(s..e).any(|j| SPOKES.contains(&doc.tokens[j].lower.as_str()) && head(j) || chief(j)) {
        return None;
    }
    // (a person's spokesperson, "a spokesman for Hale", "Hale's spokeswoman", speaks for
    // that person as a body's does for the body)
    let mut bodies: Vec<usize> = Vec::new();
    let mut people: Vec<usize> = Vec::new();
    for j in s..e {
        let Some(m) = ctx.tok_mention.at(j) else { continue };
        let mut ent = doc.mentions[m].entity;
        // ("…, the Luxembourg-based auditors said": a state or body named only in a compound
        // modifier is where the staff sit, not whose they are)
        if super::speakers::only_in_compound(doc, ent, s, e) {
            continue;
        }
        let list = match doc.entities[ent].kind {
            crate::model::EntityKind::Person => &mut people,
            crate::model::EntityKind::Organization | crate::model::EntityKind::Country => &mut bodies,
            // ("officials in Moscow said": a capital that stands for its state, right after
            // "in" after the officials)
            // (only plain officials of no other body: not "relief officials in Nairobi", nor
            // "the foreign office spokeswoman in Berlin", whose office is named)
            crate::model::EntityKind::Place => match doc.entities[ent].stands_for {
                Some(state) if j >= s + 2 && doc.tokens[j - 1].lower == "in" && SPOKES.contains(&doc.tokens[j - 2].lower.as_str()) && (s..j - 2).all(|x| matches!(doc.tokens[x].lower.as_str(), "the" | "senior" | "top" | "government")) => {
                    ent = state;
                    &mut bodies
                }
                _ => continue,
            },
        };
        if !list.contains(&ent) {
            list.push(ent);
        }
    }
    // ("a senior administration official said", "a Trump administration official": the
    // administration with no state named is, in English news, that of the United States; it
    // speaks as the United States when the article names it)
    if bodies.is_empty() {
        if let Some(us) = administration_of_us(doc, ctx, s, e, SPOKES) {
            return Some(us);
        }
    }
    match (bodies.as_slice(), people.as_slice()) {
        ([body], []) => Some(*body),
        ([], [person]) => Some(*person),
        // ("A Commission spokeswoman": a bare organisation word, the one body named before
        // with that head)
        // ("a spokesperson for the iPhone maker": the company the epithet stands for)
        ([], []) => (s..e)
            .find_map(|j| crate::extract::np::org_of_head_word(doc, j))
            .or_else(|| adjective_state(doc, s, e))
            .or_else(|| body_word_spokesperson(doc, s, e, SPOKES))
            .or_else(|| company_short_name(doc, s, e, SPOKES))
            .or_else(|| (s..e).find(|&j| doc.tokens[j].lower == "for").and_then(|j| crate::extract::np::company_epithet(doc, j + 1, e)).filter(|&(_, end)| end == e).map(|(c, _)| c)),
        // ("Russia's foreign ministry spokeswoman": the body the state owns)
        ([_, _], []) => owned_body(doc, ctx, s, e),
        _ => None,
    }
}

/// "A ministry spokesman", "The ministry's spokeswoman" (tokens `s..e`): a lower-case noun for
/// a state body or party right after the article, before the spokesperson (or its
/// possessive), is the one body named before with that head; "a company official", the company
/// named last.
pub(super) fn body_word_spokesperson(doc: &Doc, s: usize, e: usize, spokes: &[&str]) -> Option<usize> {
    if e < s + 3 || !matches!(doc.tokens[s].lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    // ("A senior ministry official, who asked not to be named, said …": a word of rank before
    // the body's noun)
    let s = if matches!(doc.tokens[s + 1].lower.as_str(), "senior" | "top" | "junior" | "high-ranking" | "high-level") && e >= s + 4 && !doc.tokens[s + 1].cap { s + 1 } else { s };
    let n = if matches!(doc.tokens[s + 2].lower.as_str(), "'s" | "\u{2019}s") && doc.tokens[s].lower == "the" { s + 3 } else { s + 2 };
    if n + 1 != e || !spokes.contains(&doc.tokens.get(n)?.lower.as_str()) {
        return None;
    }
    // ("A government spokesman said …" with no government named: the government of the
    // country the article is mostly about, which speaks as its state, as "urged the
    // government to …" is addressed to it)
    // ("A company official, who asked not to be named, said …": the company last named, as
    // "the company said" is)
    crate::extract::np::org_by_lower_head(doc, s + 1)
        .or_else(|| (doc.tokens[s + 1].lower == "government" && !doc.tokens[s + 1].cap && n == s + 2).then(|| home_country(doc)).flatten())
        .or_else(|| (matches!(doc.tokens[s + 1].lower.as_str(), "company" | "firm") && n == s + 2).then(|| organisation_named_before(doc, doc.tokens[s].span.start, true)).flatten())
}

/// The country entity of the country the article is mostly about, when the article names it.
pub(crate) fn home_country(doc: &Doc) -> Option<usize> {
    doc.named_country(&crate::resolve::main_country(doc)?)
}

/// The state or province a story of one region of a federation is about, whose "the
/// government" is that region's own, not the country's: "Premier X said …", "the state
/// opposition's …", "urged the government to …" in a story of one Australian state, Canadian
/// province or Indian state. Only where that region is the place the story names most (at
/// least twice, more often than its country and any other region), the story names a
/// region's own government ("Premier", "Chief Minister", "the state's", "the state/provincial
/// government", "the state opposition") and no national office ("federal", "Prime Minister",
/// "Union … minister"): a story of Ottawa's review, or of a federal minister, keeps the country.
/// Not the United States, whose papers write "the state" of a state and "the government" of
/// Washington, nor federations whose papers were not read so.
pub(crate) fn home_region(doc: &Doc) -> Option<usize> {
    let iso = crate::resolve::main_country(doc)?;
    if !matches!(iso.as_str(), "AU" | "CA" | "IN") {
        return None;
    }
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    let cap = |k: usize| doc.tokens.get(k).is_some_and(|t| t.cap);
    // ("Union road transport minister X": India's federal portfolios, up to three words long)
    let union_minister = |k: usize| at(k) == "union" && cap(k) && (k + 1..k + 5).any(|j| at(j) == "minister");
    let national = (0..doc.tokens.len()).any(|k| at(k) == "federal" || at(k) == "prime" && at(k + 1) == "minister" || union_minister(k));
    if national {
        return None;
    }
    let own = (0..doc.tokens.len()).any(|k| {
        (at(k) == "premier" && cap(k))
            || (at(k) == "chief" && cap(k) && at(k + 1) == "minister")
            || (matches!(at(k), "state" | "provincial") && !cap(k) && matches!(at(k + 1), "government" | "opposition" | "'s" | "\u{2019}s"))
    });
    if !own {
        return None;
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    let mut country = 0;
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if e.country.as_deref() != Some(iso.as_str()) || m.kind != crate::model::MentionKind::Name {
            continue;
        }
        if e.kind == EntityKind::Country {
            country += 1;
        } else if e.kind == EntityKind::Place {
            match counts.iter_mut().find(|x| x.0 == m.entity) {
                Some(x) => x.1 += 1,
                None => counts.push((m.entity, 1)),
            }
        }
    }
    let region = |e: usize| doc.entities[e].place_kind == Some("region");
    let mut regions: Vec<(usize, usize)> = counts.iter().copied().filter(|&(e, _)| region(e)).collect();
    regions.sort_unstable_by(|a, b| b.1.cmp(&a.1));
    let [(r, n), rest @ ..] = regions.as_slice() else { return None };
    if *n < 2 || *n <= country || rest.first().is_some_and(|x| x.1 >= *n) {
        return None;
    }
    // (nor a town of another region named as often: Delhi, a territory of its own, in a story
    // that names a neighbouring state twice; the region's own towns, Brisbane in Queensland, count
    // for it)
    let lex = Lexicon::get();
    let inside = |e: usize| lex.place_names.get(&crate::lexicon::fold(&doc.entities[e].name)).is_some_and(|ps| ps.iter().any(|&p| lex.places[p].region == doc.entities[*r].name));
    counts.iter().all(|&(e, k)| region(e) || k < *n || inside(e)).then_some(*r)
}

/// "a Chilean official", "Peruvian officials" (tokens `s..e`): the one state whose adjective
/// names the official, when the article names that state.
pub(super) fn adjective_state(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let mut found = None;
    for j in s..e {
        if let Some(&c) = lex.country_adjectives.get(&doc.tokens[j].lower).filter(|_| doc.tokens[j].cap) {
            if found.is_some_and(|f| f != c) {
                return None;
            }
            found = Some(c);
        }
    }
    doc.named_country(&lex.countries[found?].iso2)
}

/// "the Commission" (tokens `s..e`, "A spokesperson for the Commission said"): a capitalised
/// organisation word after "the" is the one body named before with that head.
/// "A spokesperson for the authority said" (tokens `s..e`): a spokesperson for a body the
/// story takes up by the last word of its name ("the authority", "the ministry") speaks for it.
pub(super) fn spokesperson_for_the(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    // (an official or representative too: "a senior official of the group said")
    let p = (s + 1..e.saturating_sub(2)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "for" | "of") && (doc.tokens[j - 1].lower.starts_with("spokes") || matches!(doc.tokens[j - 1].lower.as_str(), "official" | "officials" | "representative" | "representatives")))?;
    crate::extract::np::org_by_head(doc, p + 1, e).filter(|&(_, end)| end == e || place_after_in(doc, end, e)).map(|(body, _)| body)
}

/// "A spokesperson for the Ministry of Housing, Communities and Local Government said" (the
/// subject ends at `se`, the clause opens at `lo`): a body whose name holds a comma, named
/// after a spokesperson's "for"/"of", speaks; the walk back from the cue stops at that comma
/// and would leave the name's last fields as the speaker. Its first token and the body.
pub(super) fn spokesperson_for_comma_name(doc: &Doc, ctx: &Ctx, lo: usize, se: usize) -> Option<(usize, usize)> {
    // (cheap first: the subject ends in a name's mention)
    let m = &doc.mentions[ctx.tok_mention.at(se.checked_sub(1)?)?];
    let ms = doc.token_at(m.span.start);
    if doc.token_at(m.span.end) != se || !(ms..se).any(|j| doc.tokens[j].lower == ",") {
        return None;
    }
    let body = doc.actor_of(m.entity);
    if doc.entities[body].kind != EntityKind::Organization {
        return None;
    }
    let k = if ms > lo && doc.tokens[ms - 1].lower == "the" { ms - 1 } else { ms };
    if k < lo + 2 || !matches!(doc.tokens[k - 1].lower.as_str(), "for" | "of") {
        return None;
    }
    let w = doc.tokens[k - 2].lower.as_str();
    (w.starts_with("spokes") || matches!(w, "official" | "officials" | "representative" | "representatives")).then(|| {
        let start = if k >= lo + 3 && matches!(doc.tokens[k - 3].lower.as_str(), "a" | "an" | "the") { k - 3 } else { k - 2 };
        (start, body)
    })
}

/// "in" at token `k`, then a place's or country's name that ends the phrase at `e` ("A
/// spokesperson for the organization in Geneva said", "the group in Oslo said"): where the
/// body or its spokesperson is, not which body.
pub(super) fn place_after_in(doc: &Doc, k: usize, e: usize) -> bool {
    k + 1 < e
        && doc.tokens[k].lower == "in"
        && doc.mention_at_token(k + 1).is_some_and(|m| {
            let m = &doc.mentions[m];
            matches!(doc.entities[m.entity].kind, EntityKind::Place | EntityKind::Country) && m.span.start == doc.tokens[k + 1].span.start && doc.token_at(m.span.end) == e
        })
}

/// "A Kremlin readout of the call", "a White House statement on the talks" (tokens `s..e`): a
/// document named with the one body or state before its noun, and a phrase after it, is that
/// body's ("A Kremlin statement said" is already, without the phrase).
pub(super) fn document_of_body(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let h = (s + 1..e).find(|&j| matches!(doc.tokens[j].lower.as_str(), "statement" | "readout" | "communique" | "communiqué" | "letter" | "transcript" | "memo"))?;
    if h + 1 >= e || !matches!(doc.tokens[h + 1].lower.as_str(), "of" | "on" | "about" | "after" | "from") {
        return None;
    }
    let mut found: Option<usize> = None;
    for j in s..h {
        let Some(m) = ctx.tok_mention.at(j) else { continue };
        let ent = doc.actor_of(doc.mentions[m].entity);
        if !matches!(doc.entities[ent].kind, EntityKind::Organization | EntityKind::Country) || found.is_some_and(|f| f != ent) {
            return None;
        }
        found = Some(ent);
    }
    found
}

/// "Jane Roe chaired a meeting of the National Security Committee. A statement issued after
/// the meeting said …" (tokens `s..e`): a statement put out after a meeting is that of the body
/// whose meeting or session the story named last before it, in its paragraph or the one before.
pub(super) fn statement_after_meeting(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    const GATHERINGS: &[&str] = &["meeting", "session", "summit"];
    let h = (s + 1..e).find(|&j| matches!(doc.tokens[j].lower.as_str(), "statement" | "readout" | "communique" | "communiqué"))?;
    let after = (h + 1..e).find(|&j| doc.tokens[j].lower == "after")?;
    if !(doc.tokens.get(after + 1).is_some_and(|t| t.lower == "the") && doc.tokens.get(after + 2).is_some_and(|t| GATHERINGS.contains(&t.lower.as_str())) && after + 3 == e) {
        return None;
    }
    let para = doc.sentence_at(doc.tokens[s].span.start).map(|x| doc.sentences[x].paragraph)?;
    let from = doc.sentences.iter().find(|x| x.paragraph + 1 >= para).map_or(0, |x| x.tokens.0);
    (from..s).rev().filter(|&j| GATHERINGS.contains(&doc.tokens[j].lower.as_str()) && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "of")).find_map(|j| {
        let a = if doc.tokens.get(j + 2).is_some_and(|t| t.lower == "the") { j + 3 } else { j + 2 };
        let m = ctx.tok_mention.get(a)?;
        let ent = doc.actor_of(doc.mentions[m].entity);
        (doc.token_at(doc.mentions[m].span.start) == a && doc.entities[ent].kind == EntityKind::Organization).then_some(ent)
    })
}

/// "A report by Amnesty International said", "a new study from the World Bank found" (tokens
/// `s..e`): a document that names its author after "by" or "from", the whole rest of the
/// phrase, is that author's, as "according to a report by …" is.
pub(super) fn document_by(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    const DOCUMENTS: &[&str] = &["report", "study", "survey", "analysis", "review", "audit", "assessment", "investigation", "paper", "statement", "letter", "memo", "ruling", "judgment", "judgement", "briefing", "filing", "submission"];
    if e < s + 4 || !matches!(doc.tokens[s].lower.as_str(), "a" | "an" | "the" | "this" | "that" | "its" | "their" | "new" | "another") {
        return None;
    }
    let by = (s + 1..(s + 6).min(e - 1)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "by" | "from"))
        .filter(|&by| DOCUMENTS.contains(&doc.tokens[by - 1].lower.as_str()) && (s + 1..by - 1).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && doc.tokens[j].lower != "by"))
        .or_else(|| published_by(doc, s, e, DOCUMENTS))
        .or_else(|| put_out_by(doc, s, e, DOCUMENTS))?;
    let a = if doc.tokens[by + 1].lower == "the" { by + 2 } else { by + 1 };
    let m = ctx.tok_mention.at(a).map(|m| &doc.mentions[m])?;
    let end = doc.token_at(m.span.end);
    (doc.token_at(m.span.start) == a && (end == e || author_apposition(doc, end, e)) && doc.entities[m.entity].kind.is_actor()).then(|| doc.actor_of(m.entity))
}

/// Participles of putting a document out ("The report, published on Tuesday by …", "A study
/// released last week by …").
const PUT_OUT: &[&str] = &["published", "released", "issued", "commissioned", "compiled", "written", "prepared", "produced", "drawn", "carried", "conducted"];

/// "A report published Monday by the Clean Seas Trust" (tokens `s..e`): a document followed at
/// once, with no comma, by a participle of putting out (then a few plain words of time) before
/// "by": the token "by". (With the comma, [`published_by`].)
fn put_out_by(doc: &Doc, s: usize, e: usize, documents: &[&str]) -> Option<usize> {
    let d = (s + 1..(s + 4).min(e)).find(|&j| documents.contains(&doc.tokens[j].lower.as_str()))?;
    if !(s + 1..d).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)) || !PUT_OUT.contains(&doc.tokens.get(d + 1)?.lower.as_str()) {
        return None;
    }
    (d + 2..(d + 8).min(e - 1)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)).find(|&j| doc.tokens[j].lower == "by")
}

/// "… by Amnesty International, a rights group based in London, found": the author's name (its
/// mention ending at token `end`) followed by an apposition of its own, set off by a comma and
/// opened by an article, that runs to the phrase's end `e` (a few plain words, no second "by").
fn author_apposition(doc: &Doc, end: usize, e: usize) -> bool {
    e > end + 2 && e <= end + 12 && doc.tokens[end].lower == ","
        && matches!(doc.tokens[end + 1].lower.as_str(), "a" | "an" | "the")
        && (end + 1..e).all(|j| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].lower != "by")
}

/// "The report, published on Tuesday by the Care Quality Commission," (tokens `s..e`): a
/// document, a comma and a participle of putting out (then a few plain words of time or
/// place) before "by": the token "by".
fn published_by(doc: &Doc, s: usize, e: usize, documents: &[&str]) -> Option<usize> {
    let d = (s + 1..(s + 4).min(e)).find(|&j| doc.tokens[j].lower == ",")?.checked_sub(1)?;
    if !documents.contains(&doc.tokens[d].lower.as_str()) || !(s + 1..d).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)) || !PUT_OUT.contains(&doc.tokens.get(d + 2)?.lower.as_str()) {
        return None;
    }
    (d + 3..(d + 10).min(e - 1)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)).find(|&j| doc.tokens[j].lower == "by")
}

/// "Barreto's report", "the ministry's letter" (tokens `s..e`): a document whose owner's
/// possessive opens the phrase is that owner's (a person, body or state).
pub(crate) fn owners_document(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e < s + 3 || !matches!(doc.tokens[e - 1].lower.as_str(), "report" | "letter" | "statement" | "ruling" | "judgment" | "judgement" | "findings" | "submission") || !matches!(doc.tokens[e - 2].lower.as_str(), "'s" | "’s") {
        return None;
    }
    let m = ctx.tok_mention.at(e - 3).map(|m| &doc.mentions[m])?;
    (doc.token_at(m.span.start) == s && doc.token_at(m.span.end) == e - 2 && doc.entities[m.entity].kind.is_actor()).then(|| doc.actor_of(m.entity))
}

/// "A Vexa spokesperson said" after "Vexa Inc" (tokens `s..e`): a capitalised word that is no
/// mention, right before the spokesperson's noun, is the one company of the article whose name
/// is that word and a company's designator or business word ("Inc", "Corp", "Motors"), when
/// it was named before.
fn company_short_name(doc: &Doc, s: usize, e: usize, spokes: &[&str]) -> Option<usize> {
    let j = (s..e.saturating_sub(1)).find(|&j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word && doc.mention_at_token(j).is_none() && spokes.contains(&doc.tokens[j + 1].lower.as_str()))?;
    let company = doc.company_without_designator(doc.slice(doc.tokens[j].span))?;
    let before = doc.tokens[s].span.start;
    doc.mentions.iter().any(|m| m.span.end <= before && m.entity == company).then(|| doc.actor_of(company))
}

pub(super) fn the_org_word(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    // (else the one body named before whose name's head that word is: "the ministry" after
    // "the Ministry of Health", as "The ministry said" speaks for it)
    // ("the organization in Geneva said": a place after "in" ends the phrase)
    let e = if e > s + 3 && place_after_in(doc, s + 2, e) { s + 2 } else { e };
    (e == s + 2 && doc.tokens[s].lower == "the")
        .then(|| crate::extract::np::org_of_head_word(doc, s + 1).or_else(|| crate::extract::np::org_by_head(doc, s, e).filter(|&(_, end)| end == e).map(|(ent, _)| ent)))
        .flatten()
}

/// "the governing body said" (tokens `s..e`): a sport's governing body, the organisation last
/// named before it ("The Vexmoor Rowing Federation has banned …, the governing body said").
pub(super) fn governing_body(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    (e == s + 3 && doc.tokens[s].lower == "the" && doc.tokens[s + 1].lower == "governing" && doc.tokens[s + 2].lower == "body")
        .then(|| organisation_named_before(doc, doc.tokens[s].span.start, false))
        .flatten()
}

/// A body whose name's head says it is a court: "the Supreme Court", "the Arbitral Tribunal".
pub(super) fn is_court(x: &crate::model::Entity) -> bool {
    x.kind == EntityKind::Organization && crate::extract::np::name_head(&x.name).is_some_and(|w| matches!(w, "Court" | "Tribunal"))
}

/// "the judges said", "The five judges also noted …", "the appeals judges ruled" (tokens
/// `s..e`): the bench speaks for its court, the one court or tribunal the story names before
/// them; none where two could be meant.
pub(super) fn judges_court(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    if e < s + 2 || e > s + 4 || doc.tokens[s].lower != "the" || !matches!(doc.tokens[e - 1].lower.as_str(), "judges" | "justices") {
        return None;
    }
    // (between, only a number or a plain lower-case word: "five", "appeals", "three senior")
    if (s + 1..e - 1).any(|j| doc.tokens[j].kind != TokenKind::Word && doc.tokens[j].kind != TokenKind::Number || doc.tokens[j].cap) {
        return None;
    }
    let before = doc.tokens[s].span.start;
    let mut courts = doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| doc.actor_of(m.entity)).filter(|&ent| {
        let x = &doc.entities[ent];
        is_court(x)
    });
    let first = courts.next()?;
    if !courts.all(|c| c == first) {
        return None;
    }
    // (and named close by, in this sentence or the one before: further on, "the judges" may be
    // another bench the story has moved to)
    let si = doc.sentence_at(before)?;
    doc.mentions.iter().take_while(|m| m.span.end <= before).any(|m| doc.actor_of(m.entity) == first && doc.sentence_at(m.span.start).is_some_and(|x| x + 1 >= si)).then_some(first)
}

/// "The president's office said" (tokens `s..e`) after "President X": the office of the one
/// person the description names speaks for that person, as "X's office" does.
/// ("The prime minister's official spokesman told reporters": the holder's spokesperson speaks
/// for the holder too)
pub(super) fn office_of_described(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e < s + 4 || doc.tokens[s].lower != "the" || !matches!(doc.tokens[e - 1].lower.as_str(), "office" | "spokesman" | "spokeswoman" | "spokesperson") {
        return None;
    }
    // (an "official" spokesperson)
    let p = if doc.tokens[e - 2].lower == "official" { e - 2 } else { e - 1 };
    if p < s + 3 || !matches!(doc.tokens[p - 1].lower.as_str(), "'s" | "’s") {
        return None;
    }
    crate::extract::np::description_at(doc, ctx, s, p - 1).filter(|&(h, end)| end == p - 1 && doc.entities[h].kind == crate::model::EntityKind::Person).map(|(h, _)| h)
}

/// "His spokesman said", "Her office said", "his media office said" (tokens `s..e`): as "X's
/// spokesman" speaks for X, the person the pronoun refers to.
pub(super) fn pronoun_spokesperson(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e == 0 || !matches!(doc.tokens[e - 1].lower.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "office") {
        return None;
    }
    // (a kind of office or spokesperson between: "his media office", "her press office")
    let n = if e >= 2 && matches!(doc.tokens[e - 2].lower.as_str(), "media" | "press" | "official" | "private" | "communications") { e - 2 } else { e - 1 };
    // (the subject may start at the noun or its modifier, the pronoun before it)
    let p = n.checked_sub(1)?;
    // ("The Harbor Workers Association has opposed any change. Its spokesman said …": "its"
    // takes up the body named before, whose spokesperson speaks for it; a spokesperson only,
    // not "its office", which may be a body's branch of its own)
    if p <= s && p + 1 >= s && doc.tokens[p].lower == "its" && n == e - 1 && doc.tokens[n].lower != "office" {
        return crate::extract::np::resolve_possessive(doc, ctx, p).map(|x| doc.actor_of(x)).filter(|&x| doc.entities[x].kind.is_actor() && doc.entities[x].kind != crate::model::EntityKind::Person);
    }
    if p > s || p + 1 < s || !matches!(doc.tokens[p].lower.as_str(), "his" | "her") {
        return None;
    }
    crate::extract::np::resolve_pronoun(doc, ctx, p, None).filter(|&x| doc.entities[x].kind == crate::model::EntityKind::Person)
}

/// "His ministry said" (tokens `s..e`) after "National Development Minister Jane Roe said …":
/// the one ministry (or department) of the portfolio of the person the pronoun takes up,
/// wherever the story names it ("… called on the Ministry of National Development to …").
pub(super) fn pronoun_ministry(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    // (the subject may start at the noun, the pronoun before it)
    let n = e.checked_sub(1)?;
    let p = n.checked_sub(1)?;
    if p > s || p + 1 < s || !matches!(doc.tokens[p].lower.as_str(), "his" | "her") || !matches!(doc.tokens[n].lower.as_str(), "ministry" | "department") {
        return None;
    }
    let noun = doc.tokens[n].lower.as_str();
    let p = crate::extract::np::resolve_pronoun(doc, ctx, p, None).filter(|&x| doc.entities[x].kind == crate::model::EntityKind::Person)?;
    crate::extract::np::the_one(bodies_of_titles(doc, p).into_iter().filter(|&b| doc.entities[b].name.to_lowercase().contains(noun)))
}

/// "a spokesperson for Norway's Foreign Ministry" (tokens `s..e`): the body a state that owns
/// it names, for a spokesperson taken up again.
pub(super) fn owned_body(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let mut found: Vec<usize> = Vec::new();
    for j in s..e {
        let Some(m) = ctx.tok_mention.at(j) else { continue };
        if !found.contains(&doc.mentions[m].entity) {
            found.push(doc.mentions[m].entity);
        }
    }
    let [state, body] = found.as_slice() else { return None };
    let owner = doc.entities[*state].kind == crate::model::EntityKind::Country
        && (s..e).any(|j| ctx.tok_mention.at(j).is_some_and(|m| doc.mentions[m].entity == *state && doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s"))));
    (owner && doc.entities[*body].kind == crate::model::EntityKind::Organization).then_some(*body)
}

/// "a senior administration official" (tokens `s..e`): "administration" right before an
/// official's noun in the singular, after nothing but lower-case words or a person's name ("a senior Trump
/// administration official"): the United States, when the article names it.
pub(super) fn administration_of_us(doc: &Doc, ctx: &Ctx, s: usize, e: usize, spokes: &[&str]) -> Option<usize> {
    // (one official: "Administration officials said" stays as written, PolNeAR's gold)
    let j = (s..e.saturating_sub(1)).find(|&j| doc.tokens[j].lower == "administration" && spokes.contains(&doc.tokens[j + 1].lower.as_str()) && !doc.tokens[j + 1].lower.ends_with('s'))?;
    let plain = (s..j).all(|k| match ctx.tok_mention.at(k) {
        Some(m) => doc.entities[doc.mentions[m].entity].kind == crate::model::EntityKind::Person,
        None => doc.tokens[k].kind == TokenKind::Word && (!doc.tokens[k].cap || k == s && matches!(doc.tokens[k].lower.as_str(), "a" | "an" | "the" | "one" | "another" | "two" | "three" | "senior" | "top")),
    });
    if !plain {
        return None;
    }
    doc.named_country("US")
}

/// "the spokesman said …", "she told …" after "A Pentagon spokeswoman said …": an unnamed
/// spokesperson taken up again (tokens `s..e`: "the spokeswoman", or "he"/"she") speaks for
/// the body of the nearest earlier spokesperson phrase, within four sentences, when the sex
/// agrees and no person is named between (a person named nearer is whom "she" means).
pub(super) fn spokesperson_again(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let word = |j: usize| doc.tokens[j].lower.as_str();
    let plain = |k: usize| doc.tokens[k].kind == TokenKind::Word && !Lexicon::get().cues.contains_key(word(k));
    // the sex the subject asks for: 'm', 'f' or any ('-')
    let want = match (e - s, word(s)) {
        (1, "he") => 'm',
        (1, "she") => 'f',
        (2, "the") => spokes_sex(word(s + 1))?,
        _ => return None,
    };
    let mut anchor = doc.sentence_at(doc.tokens[s].span.start)?;
    let mut j = s;
    // (the token of the last person named that the walk passed)
    let mut passed_person: Option<usize> = None;
    while j > 0 {
        j -= 1;
        if ctx.tok_quote.at(j).is_some() {
            continue;
        }
        let si = doc.sentence_at(doc.tokens[j].span.start).unwrap_or(anchor);
        if si + 4 < anchor {
            return None;
        }
        if let Some(m) = ctx.tok_mention.at(j) {
            if doc.entities[doc.mentions[m].entity].kind == crate::model::EntityKind::Person {
                // ("An SPD spokesperson said … to back Klingbeil's position. According to the
                // spokesperson, …": "the spokesperson", unlike "he" or "she", means no person
                // named between, unless in apposition right after the spokesperson: "A
                // spokeswoman, Ann Lund, said")
                if e - s != 2 {
                    return None;
                }
                passed_person = Some(j);
            }
            continue;
        }
        let Some(sex) = spokes_sex(word(j)) else { continue };
        if want != '-' && sex != '-' && sex != want || passed_person.is_some_and(|p| p <= j + 3) {
            return None;
        }
        // ("Jane Roe, a lawyer and spokeswoman for the coalition, said": she is named)
        let sa = doc.sentences.get(si).map_or(0, |x| x.tokens.0);
        if (sa..j).any(|k| ctx.tok_quote.at(k).is_none() && ctx.tok_mention.at(k).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == crate::model::EntityKind::Person)) {
            return None;
        }
        // the phrase around it: up to four words before ("a senior Pentagon"), and "for the
        // ministry" after
        let lo = (j.saturating_sub(4)..j).rev().take_while(|&k| plain(k) && ctx.tok_quote.at(k).is_none()).last().unwrap_or(j);
        let mut hi = j + 1;
        if doc.tokens.get(hi).is_some_and(|x| matches!(x.lower.as_str(), "for" | "of" | "at")) {
            hi = (hi + 1..(hi + 6).min(doc.tokens.len())).take_while(|&k| plain(k)).last().map_or(hi, |k| k + 1);
        }
        // ("The Elysee spokesman noted … . He said …" after "Elysee spokesman Tomas Varga":
        // a description of the one named holder is that person, whom "he" is left to)
        let the = (lo..=j).find(|&x| doc.tokens[x].lower == "the");
        if the.and_then(|st| crate::extract::np::description_at(doc, ctx, st, j + 1)).is_some_and(|(e, end)| end == j + 1 && doc.entities[e].kind == crate::model::EntityKind::Person) {
            return None;
        }
        // ("A spokesperson for the company said … . “…,” the spokesperson said": the body the
        // noun after "for" takes up, as it was for the first statement)
        if let Some(body) = spokesperson_body(doc, ctx, lo, hi).or_else(|| owned_body(doc, ctx, lo, hi)).or_else(|| spokesperson_for_the(doc, lo, hi)).or_else(|| (hi > j + 1).then(|| body_description(doc, lo, hi)).flatten()) {
            return Some(body);
        }
        // "the spokesman" again with no body named: it takes up one further back
        if j > 0 && word(j - 1) == "the" {
            anchor = si;
            continue;
        }
        return None;
    }
    None
}

/// "…, minister says talks are over" (a headline's style): a bare title, with no article
/// or other determiner, of an office one person in the article holds, is that person
/// (tokens `s..e`).
pub(super) fn title_holder(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    let lex = Lexicon::get();
    if e <= s || e > s + 2 || (s..e).any(|j| doc.tokens[j].kind != TokenKind::Word || lex.stopwords.contains(&doc.tokens[j].lower)) {
        return None;
    }
    // (nothing before it but a comma or colon, or the line's start: "a U.S. senator said" is
    // anyone holding that office)
    if s > 0 && doc.tokens[s - 1].kind == TokenKind::Word {
        return None;
    }
    // ("Secretary General vows …": a title of two words whose last is a rank of its own)
    let whole = crate::extract::names::title_at(doc, s, e).filter(|&(end, _)| end == e).and_then(|(_, norm)| lex.titles.get(&norm.to_lowercase()));
    let title = whole.or_else(|| lex.titles.get(&doc.tokens[e - 1].lower)).filter(|t| t.class == crate::lexicon::TitleClass::Office)?;
    sole_holder(doc, title.norm)
}

/// The one person who holds the office `norm` now in the story; none where two do.
pub(super) fn sole_holder(doc: &Doc, norm: &str) -> Option<usize> {
    let mut holders = doc.roles.iter().filter(|r| !r.former && !r.is_shadow() && r.head.eq_ignore_ascii_case(norm)).map(|r| r.holder);
    let first = holders.next()?;
    holders.all(|h| h == first).then_some(first)
}

/// "the minister" (tokens `s..e`; "A spokesman for the minister said", where the subject
/// read is the office after "for"): the one person the story gives that office.
pub(super) fn the_office_holder(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    (e == s + 2 && doc.tokens[s].lower == "the").then(|| office_holder(doc, s + 1)).flatten().or_else(|| the_field_office_holder(doc, s, e)).or_else(|| owners_title_named_before(doc, s, e))
}

/// "The bureau's head told …" (tokens `s..e`: "the", a lower-case noun, "'s", a title) where
/// the story names the one holder with the same words before ("… the bureau's head, Jane
/// Roe."): that person. A title that is no office ("head", "chief") is never the one holder
/// of its word in the story, but the same owner's noun and title written again are.
pub(super) fn owners_title_named_before(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    let w = |j: usize| doc.tokens[j].lower.as_str();
    if e != s + 4 || w(s) != "the" || !matches!(w(s + 2), "'s" | "’s") || doc.tokens[s + 1].cap || doc.tokens[s + 1].kind != TokenKind::Word || !Lexicon::get().titles.contains_key(w(s + 3)) {
        return None;
    }
    let (a, b) = (w(s + 1), w(s + 3));
    let mut holders = (1..doc.tokens.len().saturating_sub(4)).filter(|&k| k != s + 1 && w(k - 1) == "the" && w(k) == a && matches!(w(k + 1), "'s" | "’s") && w(k + 2) == b).filter_map(|k| {
        let n = if w(k + 3) == "," { k + 4 } else { k + 3 };
        doc.mention_at_token(n).filter(|&m| doc.mentions[m].span.start == doc.tokens[n].span.start).map(|m| doc.actor_of(doc.mentions[m].entity)).filter(|&p| doc.entities[p].kind == crate::model::EntityKind::Person)
    });
    let first = holders.next()?;
    holders.all(|h| h == first).then_some(first)
}

/// "The eSafety Commissioner says …" (tokens `s..e`: "the", a capitalised word, an office)
/// where the story writes those two words before the name of the one holder of that office
/// ("eSafety Commissioner Julie Inman Grant said …"): that person, wherever the name stands.
pub(super) fn the_field_office_holder(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    if e != s + 3 || doc.tokens[s].lower != "the" || doc.tokens[s + 1].kind != TokenKind::Word || !doc.slice(doc.tokens[s + 1].span).chars().any(char::is_uppercase) || doc.mention_at_token(s + 1).is_some() {
        return None;
    }
    let holder = office_holder(doc, s + 2)?;
    let (a, b) = (&doc.tokens[s + 1].lower, &doc.tokens[s + 2].lower);
    (0..doc.tokens.len().saturating_sub(2))
        .any(|k| k != s + 1 && &doc.tokens[k].lower == a && &doc.tokens[k + 1].lower == b && doc.mention_at_token(k + 2).is_some_and(|m| doc.actor_of(doc.mentions[m].entity) == doc.actor_of(holder)))
        .then_some(holder)
}

/// The one person the story gives the office word at `t` ("minister" in "called on the
/// minister to …"), as no former holder; none where two hold it.
pub(crate) fn office_holder(doc: &Doc, t: usize) -> Option<usize> {
    let title = Lexicon::get().titles.get(&doc.tokens[t].lower).filter(|x| x.class == crate::lexicon::TitleClass::Office)?;
    sole_holder(doc, title.norm)
}

/// "India's sports ministry rejected the accusation. A spokesperson said …": a sentence that
/// opens with "A spokesman/spokeswoman/spokesperson" (tokens `s..e`) and names no body speaks
/// for the organisation that opens the sentence before, as its subject (within its first
/// five words, outside quotation marks).
pub(super) fn bare_spokesperson(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e != s + 2 || !matches!(doc.tokens[s].lower.as_str(), "a" | "an") || !matches!(doc.tokens[s + 1].lower.as_str(), "spokesman" | "spokeswoman" | "spokesperson") {
        return None;
    }
    let si = doc.sentence_at(doc.tokens[s].span.start)?;
    if ctx.tok_quote.at(s).is_some() {
        return None;
    }
    let first = doc.sentences[si].tokens.0;
    let si = if first == s { si } else { quotation_opening(doc, ctx, si, s)? };
    let prev = doc.sentences.get(si.checked_sub(1)?)?;
    let (a, b) = prev.tokens;
    (a..b.min(a + 5)).find_map(|j| {
        let m = ctx.tok_mention.at(j).filter(|_| ctx.tok_quote.at(j).is_none())?;
        let ent = doc.actor_of(doc.mentions[m].entity);
        (doc.entities[ent].kind == crate::model::EntityKind::Organization).then_some(ent)
    })
}

/// '"…," a spokeswoman said.' (`s` at "a", sentence `si`): a quotation that opens the
/// sentence and runs up to the spokesperson (its marks and a comma only between); the sentence
/// the quotation opens in (it may hold several), so that the one before it is the one whose
/// subject the spokesperson speaks for, as "A spokesperson said" opening a sentence does.
fn quotation_opening(doc: &Doc, ctx: &Ctx, si: usize, s: usize) -> Option<usize> {
    let (a, _) = doc.sentences[si].tokens;
    let word = |j: usize| doc.tokens[j].kind == TokenKind::Word;
    if s < a + 3 || (a..s).any(|j| ctx.tok_quote.at(j).is_none() && word(j)) {
        return None;
    }
    // (the quotation's last token, then its closing mark and a comma, inside it or not)
    let last = (a..s).rev().find(|&j| ctx.tok_quote.at(j).is_some())?;
    if (last + 1..s).any(word) || !(last..s).any(|j| doc.tokens[j].lower == ",") {
        return None;
    }
    let q = ctx.tok_quote.at(last);
    // (back to the sentence that holds the quotation's first token)
    let mut w = last;
    while w > 0 && ctx.tok_quote.at(w - 1) == q {
        w -= 1;
    }
    let open = doc.sentence_at(doc.tokens[w].span.start)?;
    // (the quotation opens that sentence too: only its marks before it)
    (doc.sentences[open].tokens.0..w).all(|j| !word(j)).then_some(open)
}

/// The sex a spokesperson noun tells: 'm', 'f', or '-' for "spokesperson".
pub(super) fn spokes_sex(w: &str) -> Option<char> {
    match w {
        "spokesman" => Some('m'),
        "spokeswoman" => Some('f'),
        // ("A Saudi energy ministry official … told …. “…,” the official said": an official
        // of one body taken up again speaks for it as a spokesperson does)
        // ("A senior CBI officer, who …, told …. “…,” the officer said": an officer of one
        // body as its official is)
        "spokesperson" | "official" | "officer" => Some('-'),
        _ => None,
    }
}
