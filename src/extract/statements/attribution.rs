//! Attribution of one reported clause: its speaker before or after the cue (relative, passive and
//! prompted speakers), the addressee, and where the clause and its subject end.

use super::*;

mod content;
mod cue;
mod speaker;

use self::cue::Candidate;

/// An attribution whose cue starts at token `c` of the sentence `a..b`: "According to X",
/// "In his opinion," ([`Candidate`]), else the cue read there (`Cue`, `attribution/cue.rs`),
/// its speaker (`attribution/speaker.rs`) and where what is said stands
/// (`attribution/content.rs`).
pub(super) fn attribution_at(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize) -> Option<Found> {
    let p = Candidate { doc, ctx, c, a, b };
    first_case!(
        p.according(),
        p.in_his_opinion();
        p.cue()?.attribution()
    )
}

/// "Workers at Quillmart said", "shareholders at the retailer Quillmart voted": a plural for
/// people with no voice of the body's own (its workers, shareholders, customers), then "at",
/// up to two lower-case words and the named speaker, in the clause from `a`: the group is the
/// unnamed speaker, the body where they are is none.
fn group_at_body(doc: &Doc, a: usize, att: Attribution) -> Attribution {
    const GROUPS: &[&str] = &["workers", "employees", "staff", "staffers", "shareholders", "investors", "customers", "passengers", "students", "patients", "pilots", "drivers", "nurses", "teachers"];
    let s = att.subject.0;
    if att.speakers.len() != 1 || att.text.is_some() || s < a + 2 {
        return att;
    }
    let at = (s.saturating_sub(3).max(a + 1)..s).rev().find(|&j| doc.tokens[j].lower == "at");
    let Some(at) = at.filter(|&at| (at + 1..s).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap)) else { return att };
    if !GROUPS.contains(&doc.tokens[at - 1].lower.as_str()) || doc.tokens[at - 1].cap && at - 1 > a {
        return att;
    }
    // (the group's phrase opens the clause: "More than 40% of shareholders at …")
    let start = (a..at - 1).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":") || doc.tokens[j].kind == TokenKind::Quote).map_or(a, |j| j + 1);
    Attribution { speakers: Vec::new(), text: Some(tspan(doc, start, att.subject.1)), subject: (start, att.subject.1), ..att }
}

/// "an official at", "a senior source with" right before the body at `s0` (a comma before it):
/// where the description of an unnamed speaker opens.
pub(super) fn member_at_body(doc: &Doc, a: usize, s0: usize) -> Option<usize> {
    if s0 < a + 4 || !matches!(doc.tokens[s0 - 1].lower.as_str(), "at" | "with" | "from" | "in" | "of") || !Lexicon::get().is_office_or_speaker(&doc.tokens[s0 - 2].lower) {
        return None;
    }
    let det = |j: usize| matches!(doc.tokens[j].lower.as_str(), "a" | "an" | "one" | "another");
    // (one plain adjective may stand between: "a senior official at")
    let d = if det(s0 - 3) { s0 - 3 } else if s0 >= a + 5 && det(s0 - 4) && doc.tokens[s0 - 3].kind == TokenKind::Word && !doc.tokens[s0 - 3].cap { s0 - 4 } else { return None };
    (doc.tokens[d - 1].lower == ",").then_some(d)
}

/// "…, rail operator SNCF said.", "…, the state broadcaster NHK said": one to three lower-case
/// words after a comma (four with a leading "the": "…, the national statistics institute INE
/// said"), the last a noun for a speaker, a body or a company, describe the name at `s` that
/// follows them (no relative clause on that noun).
pub(super) fn described_after_comma(doc: &Doc, a: usize, s: usize) -> bool {
    const KINDS: &[&str] = &["operator", "broadcaster", "carrier", "utility", "network", "outlet", "watchdog", "regulator", "agency", "firm", "giant", "maker", "group", "company", "union", "daily", "newspaper", "broadcasters", "association", "federation", "body", "institute", "bureau", "authority"];
    let lex = Lexicon::get();
    let last = &doc.tokens[s - 1].lower;
    if !(KINDS.contains(&last.as_str()) || COMPANY_TRADES.contains(&last.as_str()) || lex.speaker_nouns.contains(last)) {
        return false;
    }
    let Some(comma) = (s.saturating_sub(5).max(a + 1)..s - 1).rev().find(|&j| doc.tokens[j].lower == ",") else { return false };
    // (the fourth word only after "the")
    if comma + 5 == s && doc.tokens[comma + 1].lower != "the" {
        return false;
    }
    (comma + 1..s).all(|j| {
        let x = &doc.tokens[j];
        // ("state broadcaster": "state" is a cue only as a verb)
        x.kind == TokenKind::Word && !x.cap && (j == comma + 1 && x.lower == "the" || !lex.stopwords.contains(&x.lower) && (x.lower == "state" || !lex.cues.contains_key(&x.lower)) && (!x.lower.ends_with("ing") || gerund_before_kind(doc, j, s)))
    })
}

/// "…, motoring group Brightmart said", "…, the mining company Carwise said": an "-ing" word
/// right before the kind noun (at `s - 1`) names the trade, as "motoring" in "motoring group",
/// not a participle with its object ("…, including …", "…, citing …" stand before more words).
fn gerund_before_kind(doc: &Doc, j: usize, s: usize) -> bool {
    j + 2 == s && !matches!(doc.tokens[j].lower.as_str(), "including" | "excluding" | "following" | "regarding" | "concerning" | "citing" | "according" | "during" | "involving" | "joining" | "leaving" | "quoting" | "using")
}

/// "an architect who said …", "McConnell, the majority leader, who said …": the antecedent
/// of a "who" or "which" right before the cue at `c` speaks.
pub(super) fn relative_speaker(doc: &Doc, ctx: &Ctx, a: usize, c: usize, ce: usize, unnamed: bool) -> Option<Attribution> {
    // ("who in 2010 said", "who has repeatedly said")
    // ("the ministry, which denied …": "which" speaks for a body as "who" for a person)
    let w = 1 + (c.saturating_sub(5).max(a + 1)..c).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "who" | "which"))?;
    let between_ok = (w..c).all(|j| {
        let t = &doc.tokens[j];
        // (and any adverb: "which has firmly rejected", "who quietly declined")
        let adverb = t.lower.ends_with("ly") && t.lower.len() > 4;
        t.kind == TokenKind::Number || t.cap || adverb || matches!(t.lower.as_str(), "in" | "on" | "at" | "also" | "has" | "had" | "have" | "later" | "then" | "earlier" | "once" | "last" | "this")
    });
    if !between_ok {
        return None;
    }
    let cue_span = tspan(doc, c, ce);
    // (the antecedent ends before the comma of ", which")
    let rel = if w >= a + 2 && doc.tokens[w - 2].lower == "," { w - 2 } else { w - 1 };
    // (and before an age: "said Tom Hale, 58, who said …")
    let rel = if rel >= a + 3 && doc.tokens[rel].lower == "," && doc.tokens[rel - 1].kind == TokenKind::Number && doc.tokens[rel - 2].lower == "," { rel - 2 } else { rel };
    // (after a list of names, "who" is the last one: "X, Y and Z, who joked, “…”")
    let last_only = |mut att: Attribution| {
        if att.speakers.len() > 1 {
            att.speakers.drain(..att.speakers.len() - 1);
        }
        att
    };
    // ("X, a manager at Quillmart who testified …": "who" is never a body's)
    let who = doc.tokens[w - 1].lower == "who";
    let bodies = |sp: &[usize]| who && !sp.is_empty() && sp.iter().all(|&e| doc.entities[doc.actor_of(e)].kind != crate::model::EntityKind::Person);
    // (the antecedent may be an object: "… criticism from Tom Hale, who had said …")
    let object = || {
        let np = (rel.saturating_sub(9).max(a)..rel).find_map(|s| np_at(doc, ctx, s, rel).filter(|np| np.end == rel && (s..rel).all(|j| ctx.tok_quote.at(j).is_none())));
        let speakers: Vec<usize> = np.iter().flat_map(|np| np.entities.iter().copied()).filter(|&e| doc.entities[e].can_act()).collect();
        (np, speakers)
    };
    if let Some(att) = speaker_before(doc, ctx, rel, w, a) {
        if bodies(&att.speakers) || place_in_opening_phrase(doc, a, att.subject.0) {
            return None;
        }
        // ("according to a Norwegian security source, who said …": an unnamed phrase that names
        // a state's official speaks for the state, as the phrase does elsewhere)
        if att.speakers.is_empty() {
            if let Some(e) = (!who).then(|| body_before_appositive(doc, ctx, att.subject.0, a)).flatten() {
                return Some(Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: att.subject });
            }
            if let (Some(np), speakers) = object() {
                // ("who" stands for the official, though the phrase resolves to the state)
                let official = np.end > 0 && matches!(doc.tokens[np.end - 1].lower.as_str(), "official" | "source" | "officials" | "sources");
                if !speakers.is_empty() && np.start <= att.subject.0 && (official || !bodies(&speakers)) {
                    return Some(last_only(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) }));
                }
            }
        }
        return Some(Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..last_only(att) });
    }
    // ("Quillmart, the largest carrier, which argued …": the antecedent an appositive no
    // speaker phrase reads, after a body's name)
    if let Some((e, s)) = (!who).then(|| appositive_before(doc, rel, a).and_then(|s| Some((body_before_appositive(doc, ctx, s, a)?, s)))).flatten() {
        return Some(Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (s, rel) });
    }
    let (np, speakers) = object();
    if bodies(&speakers) {
        return None;
    }
    if let Some(np) = np.filter(|_| !speakers.is_empty()) {
        return Some(last_only(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) }));
    }
    // ("… took calls from listeners who said …", "… met a fisherman who said …", "… drew
    // criticism from some who saw …": an unnamed object for people right before "who" speaks as
    // written)
    // (in reported speech only: "answering a journalist who asked: “…”" quotes the answer)
    (unnamed && doc.tokens[w - 1].lower == "who" && rel == w - 1).then(|| unnamed_antecedent(doc, ctx, a, rel)).flatten().map(|(s, e)| Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (s, e) })
}

/// "In Westria, which has opposed the plan, state minister Lotte Brenner said …": the
/// antecedent of the "which" (its first token at `s`) is the object of a preposition that
/// opens the clause at `a` (no more than three words before it), a place the clause sets
/// the scene with, never a speaker; the main clause's subject speaks, with its own cue.
fn place_in_opening_phrase(doc: &Doc, a: usize, s: usize) -> bool {
    const OPENERS: &[&str] = &["in", "at", "across", "throughout", "inside", "outside", "from"];
    s <= a + 3 && s < doc.tokens.len() && OPENERS.contains(&doc.tokens[a].lower.as_str()) && (a..s).all(|j| doc.tokens[j].kind == TokenKind::Word)
}

/// "condemned by the Vexmoor Party (VP), the third-largest opposition party, which accused
/// …": an unnamed phrase opening at `s` with an article (an appositive) right after the comma
/// that closes an organisation's or a state's name (its initials in brackets aside) stands for
/// that name, so the "which" that follows the appositive speaks for the body. The entity, if
/// one is named there (not before `a`).
fn body_before_appositive(doc: &Doc, ctx: &Ctx, s: usize, a: usize) -> Option<usize> {
    if s < a + 2 || doc.tokens[s - 1].lower != "," || !matches!(doc.tokens.get(s)?.lower.as_str(), "the" | "a" | "an") {
        return None;
    }
    // (the name's initials in brackets: "the Vexmoor Party (VP), the …")
    let mut k = s - 1;
    if k >= a + 4 && doc.tokens[k - 1].lower == ")" && doc.tokens[k - 3].lower == "(" && doc.tokens[k - 2].cap {
        k -= 3;
    }
    let m = ctx.tok_mention.at(k - 1)?;
    let ent = doc.actor_of(doc.mentions[m].entity);
    (doc.mentions[m].span.end == doc.tokens[k - 1].span.end && matches!(doc.entities[ent].kind, EntityKind::Organization | EntityKind::Country)).then_some(ent)
}

/// The first token of an appositive ending right before token `rel` (the comma of ", which"):
/// the token after the comma that opens it, within eight tokens, with no other punctuation or
/// quotation mark between (a possessive's apostrophe aside); none before `a`.
fn appositive_before(doc: &Doc, rel: usize, a: usize) -> Option<usize> {
    let p = (rel.saturating_sub(8).max(a)..rel).rev().find(|&j| !matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && !matches!(doc.tokens[j].lower.as_str(), "'s" | "’s" | "-"))?;
    (doc.tokens[p].lower == ",").then_some(p + 1)
}

/// A phrase for people ending right before token `w` (a "who" with no comma before it), from
/// `a`: a noun for people ("listeners", "a fisherman", "dock workers") or "some", "those",
/// "others", with a determiner and lower-case modifiers before it. Its token range.
pub(super) fn unnamed_antecedent(doc: &Doc, ctx: &Ctx, a: usize, w: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let h = w.checked_sub(1).filter(|&h| h >= a && ctx.tok_quote.at(h).is_none() && ctx.tok_mention.at(h).is_none())?;
    let head = doc.tokens[h].lower.as_str();
    let agentive = head.len() > 5 && ["ers", "ors", "ists", "ents", "ants", "ians"].iter().any(|x| head.ends_with(x));
    let people = lex.speaker_nouns.contains(head) || lex.person_nouns.contains(head) || agentive || matches!(head, "people" | "some" | "those" | "others" | "many" | "men" | "women");
    if !people || doc.tokens[h].cap || doc.tokens[h].kind != TokenKind::Word || lex.cues.contains_key(head) {
        return None;
    }
    // (a single noun needs its determiner: "a fisherman who", not "fisherman who")
    let plural = head.ends_with('s') || matches!(head, "people" | "men" | "women" | "some" | "those" | "others" | "many");
    let mut s = h;
    while s > a && h - s < 3 {
        let x = &doc.tokens[s - 1];
        let determiner = matches!(x.lower.as_str(), "a" | "an" | "the" | "some" | "many" | "several" | "other" | "two" | "three" | "few");
        if x.kind != TokenKind::Word || x.cap || lex.cues.contains_key(&x.lower) || lex.stopwords.contains(&x.lower) && !determiner {
            break;
        }
        s -= 1;
        if determiner {
            break;
        }
    }
    let led = s < h && matches!(doc.tokens[s].lower.as_str(), "a" | "an" | "the" | "some" | "many" | "several" | "two" | "three" | "few");
    // (modifiers without a determiner only after a preposition: "from dock workers who", not
    // "met commuters who")
    let after_preposition = s > a && matches!(doc.tokens[s - 1].lower.as_str(), "from" | "with" | "of" | "to" | "by" | "among" | "for" | "and");
    let s = if led || after_preposition { s } else { h };
    // (an object: after a verb or a preposition, not the subject of a clause of its own — "… that
    // those who question it demean …")
    let object = s > a && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !matches!(doc.tokens[s - 1].lower.as_str(), "that" | "and" | "but" | "or" | "because" | "if" | "when" | "while" | "whether" | "as" | "since");
    (object && (plural || led)).then_some((s, w))
}

/// The words from the sentence start `a` to the comma at `comma` are an opening adverbial
/// ("In interviews,", "On Monday,", "Last week,"), the first comma of the sentence.
pub(super) fn intro_before(doc: &Doc, a: usize, comma: usize) -> bool {
    const OPENERS: &[&str] = &["in", "on", "at", "during", "after", "before", "last", "earlier", "later", "since", "for", "under", "over", "overall", "meanwhile", "still", "however", "then", "now", "yesterday", "today", "separately", "instead", "again"];
    OPENERS.contains(&doc.tokens[a].lower.as_str()) && comma <= a + 10 && (a..comma).all(|j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote && !Lexicon::get().cues.contains_key(&doc.tokens[j].lower))
}

/// The first token after the opening adverbials of a sentence at `a` ("Meanwhile, in the
/// northern province of Salta, …"), before `limit`: they frame what was said, they are not
/// part of it.
pub(super) fn after_intros(doc: &Doc, a: usize, limit: usize) -> usize {
    let mut from = a;
    while let Some(comma) = (from + 1..limit.min(from + 11)).find(|&j| doc.tokens[j].lower == ",") {
        // (something of the content is left after the intro)
        if !intro_before(doc, from, comma) || comma + 4 > limit {
            break;
        }
        from = comma + 1;
    }
    from
}

/// The word before "to" at `to` leaves the infinitive to the clause's subject: a past verb
/// without an object, or one with a day after it ("agreed to", "assembled Monday to"), not an
/// object ("asked him to", "told reporters to") nor an adjective ("is keen to").
pub(super) fn subject_controls(doc: &Doc, to: usize) -> bool {
    let past = |j: usize| {
        let w = &doc.tokens[j];
        w.kind == TokenKind::Word && !w.cap && w.lower.ends_with("ed") && !Lexicon::get().cues.get(&w.lower).is_some_and(|c| c.takes_object || c.class == CueClass::Demand)
    };
    let day = TIME_WORDS.contains(&doc.tokens[to - 1].lower.as_str());
    // (a verb in another form: "went on to argue", "hopes to discuss", not after a copula)
    let w = &doc.tokens[to - 1];
    // (a plural noun is an object too: "requires owners to", unless it is a verb of ours: "wants to")
    let plural = w.lower.ends_with('s') && !Lexicon::get().cues.contains_key(&w.lower);
    let object = w.cap || plural || crate::extract::np::is_pronoun(&w.lower) || matches!(w.lower.as_str(), "him" | "her" | "them" | "us" | "me");
    let copula = to >= 2 && matches!(doc.tokens[to - 2].lower.as_str(), "is" | "was" | "are" | "were" | "be" | "been" | "being" | "'s" | "seems" | "seemed");
    let verb = w.kind == TokenKind::Word && !object && !copula && !Lexicon::get().cues.get(&w.lower).is_some_and(|c| c.takes_object || c.class == CueClass::Demand) && !Lexicon::get().stopwords.contains(&w.lower);
    past(to - 1) || day && to >= 2 && past(to - 2) || verb
}

/// "The strike closed the ports, prompting the UN to warn that …", "…, leading Chile's
/// president to say …" (`c` at the cue after "to"): the object of a causative verb before
/// the infinitive speaks.
pub(super) fn prompted_speaker(doc: &Doc, ctx: &Ctx, a: usize, c: usize, ce: usize) -> Option<Attribution> {
    let j = (c.saturating_sub(9).max(a + 1)..c - 2).rev().find(|&j| {
        matches!(doc.tokens[j].lower.as_str(), "prompting" | "prompted" | "leading" | "led" | "forcing" | "forced" | "causing" | "spurring" | "spurred" | "pushing" | "driving" | "moving")
    })?;
    let np = np_at(doc, ctx, j + 1, c - 1).filter(|np| np.end == c - 1)?;
    let speakers = np.actors(doc);
    if speakers.is_empty() {
        return None;
    }
    let cue_span = tspan(doc, c, ce);
    Some(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) })
}

/// "The plan has been endorsed by the Harbor Review"", "it was first disclosed by Varga": the
/// actor after "by" (over one adverb) speaks, and the subject before the cue is the content.
pub(super) fn passive_agent(doc: &Doc, ctx: &Ctx, c: usize, ce: usize, b: usize) -> Option<Found> {
    let by = if doc.tokens.get(ce)?.lower.ends_with("ly") { ce + 1 } else { ce };
    doc.tokens.get(by).filter(|x| x.lower == "by")?;
    let np = np_at(doc, ctx, by + 1, b)?;
    let speakers = np.actors(doc);
    if speakers.is_empty() {
        return None;
    }
    let cue_span = tspan(doc, c, ce);
    let att = Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) };
    Some(Found { att, coord: None, according: false, content_before: true })
}

/// The word at `u`, after ", and", opens a clause of its own: not a verb going on with the
/// same subject (", and called …") nor a second complement (", and how …", ", and that …").
pub(super) fn opens_clause_after_and(doc: &Doc, u: usize) -> bool {
    // (nor an auxiliary or modal without a subject: ", but would ease …", ", and
    // was not part of …")
    doc.tokens.get(u).is_some_and(|u| !u.lower.ends_with("ed") && !u.lower.ends_with("ing") && !matches!(u.lower.as_str(), "how" | "whether" | "why" | "what" | "that") && !(crate::lexicon::is_auxiliary(&u.lower) && !u.cap))
}

/// After "spoke" at `ce`: "of" or "about" (over one adverb in -ly), or "out" with its topic.
pub(super) fn speaks_of(doc: &Doc, ce: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).map_or("", |x| x.lower.as_str());
    let k = if word(ce).ends_with("ly") && word(ce).len() > 4 { ce + 1 } else { ce };
    matches!(word(k), "of" | "about") || word(k) == "out" && matches!(word(k + 1), "against" | "about" | "for")
}

/// The cue at `c` is a verb coordinated with an earlier one of its clause (`a` its start):
/// "and", "but" or "then" before it, over adverbs and auxiliaries ("but also contended").
/// "She called on Oslo to act before the rules take effect and said …": a verb coordinated
/// after a subordinate clause (before, after, until, when, once, because) whose own subject
/// speaks for no one shares the main clause's subject. So does one after "as" or "since"
/// ("The agency listed the pill as scarce and said …", "X raised the cost, the fourth rise
/// since work began, and said …"): a clause break only when a speaker opens it ("said",
/// "says" or "told" only).
pub(super) fn past_subordinate(doc: &Doc, ctx: &Ctx, a: usize, c: usize, ce: usize) -> Option<Attribution> {
    let j = (a + 2..c.saturating_sub(2)).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "before" | "after" | "until" | "when" | "once" | "because") && ctx.tok_quote.at(j).is_none()
        // ("as", "since": only before "said", "says" or "told", not a participle or another verb
        // listed after the clause's own ("positioned himself as a mediator, welcoming …, and
        // hoping for …", "recognised the killings as genocide and offered …"), and not the "as"
        // of "as well", whose clause goes on from a demand, "called on X to … as well and said")
        || matches!(doc.tokens[j].lower.as_str(), "as" | "since") && matches!(doc.tokens[c].lower.as_str(), "said" | "says" | "told") && doc.tokens[j + 1].lower != "well" && ctx.tok_quote.at(j).is_none())?;
    let mut att = clause_subject(doc, ctx, a, j, j).or_else(|| pronoun_subject(doc, ctx, a, j, j))?;
    if att.speakers.is_empty() {
        return None;
    }
    att.cue_span = tspan(doc, c, ce);
    att.cue = doc.slice(att.cue_span).to_string();
    Some(att)
}

/// "China has stayed out of the dispute. A spokesperson for its delegation said …", "Its
/// government said …": the delegation, government or embassy alone at `s..e` after "its" or
/// "their" is of the state or body the possessive stands for, which speaks.
pub(super) fn owned_delegation(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    (e == s + 1 && s > 0 && matches!(doc.tokens[s].lower.as_str(), "delegation" | "government" | "embassy")).then_some(())?;
    crate::extract::np::resolve_possessive(doc, ctx, s - 1).filter(|&x| matches!(doc.entities[x].kind, EntityKind::Country | EntityKind::Organization))
}

/// "The government must announce the final rate by Aug. 5", "The ministry will announce the
/// package next month": a verb of making known at a set time (announce, publish, unveil,
/// confirm, reveal, disclose, outline) right after "must", "should", "shall", "will" or "'ll"
/// (one adverb between) is what someone is yet to make known, nothing said, so no statement.
/// Other verbs stay ("Trump will insist that …", a habit told; "voters should know …"), and so
/// do "would", "could", "may" and "might" ("would say only that …", "might say that …"), a
/// "not" ("will not say how many": a refusal told now), a first or second person ("I should say
/// that …": said now) and a capitalised word ("Ann Will said": a surname).
/// "The tax office wrongly labelled thousands of families as cheats": "label" after "wrongly",
/// "mistakenly", "erroneously" or "incorrectly" (the cue at `c`, the clause from `a`) is a body's
/// act the story calls an error (a file marked, a claim refused), not words said; "The minister
/// labelled the protesters thugs" stays a statement, and so does "falsely labelled" (a charge).
fn labelled_in_error(doc: &Doc, a: usize, c: usize, lemma: &str) -> bool {
    lemma == "label" && c > a && matches!(doc.tokens[c - 1].lower.as_str(), "wrongly" | "mistakenly" | "erroneously" | "incorrectly")
}

/// "… urged owners to tell their crews what they wanted.", "… asked parents how they felt.": a
/// subject (at `s`, in the clause from `a`) right after "what", "how", "why" or "whether" opens
/// an embedded question or a free relative, so a cue ending the sentence after it closes no
/// attribution of the words before ("…, officials said." has a comma before its subject). A
/// pseudo-cleft after "is"/"was" ("At least that's what the campaign hopes") still reports the
/// words before.
fn embedded_question(doc: &Doc, a: usize, s: usize) -> bool {
    s > a + 1
        && matches!(doc.tokens[s - 1].lower.as_str(), "what" | "how" | "why" | "whether")
        && !matches!(doc.tokens[s - 2].lower.as_str(), "is" | "s" | "was" | "are" | "were" | "be")
        && !doc.tokens[s - 2].lower.ends_with("'s")
        && !doc.tokens[s - 2].lower.ends_with("’s")
}

/// "Jane Roe, whose review first warned of the flooding, said …", "…, whose report in 2021
/// first backed a levy, posted on X that …": a cue whose subject (at `s`, in the clause from
/// `a`) opens right after ", whose" and whose clause closes at a comma before another cue (the
/// cue ending at `ce`, the sentence at `b`) is inside an aside about the name before it; the
/// name speaks with the cue after the aside. Read as a statement, the aside's subject ("report")
/// spoke the whole rest of the sentence, and the name's own statement was lost. A clause after
/// ", whose" that ends the sentence ("…, whose report warned that …") is still a statement.
fn cue_in_whose_aside(doc: &Doc, a: usize, s: usize, ce: usize, b: usize) -> bool {
    if s < a + 2 || doc.tokens[s - 1].lower != "whose" || doc.tokens[s - 2].lower != "," {
        return false;
    }
    let Some(close) = (ce..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | "." | "!" | "?") || doc.tokens[j].kind == TokenKind::Quote) else {
        return false;
    };
    if doc.tokens[close].lower != "," {
        return false;
    }
    // (an adverb may stand before the cue: "…, also said", "…, publicly warned")
    let v = if doc.tokens.get(close + 1).is_some_and(|x| x.lower == "also" || x.lower.len() > 4 && x.lower.ends_with("ly")) { close + 2 } else { close + 1 };
    v < b && !doc.tokens[v].cap && cue_at(doc, v).is_some()
}

/// "The department has until Friday to decide whether to appeal", "will decide how to
/// vote", "The cabinet on Thursday decided to open an inquiry": "decide" before a question word
/// or "to" (the cue ending at `ce`, the sentence at `b`) is a choice left open or an act chosen,
/// as a vote is, so no belief is reported; "decided that …" (a finding) still is.
fn open_decision(doc: &Doc, ce: usize, b: usize, lemma: &str) -> bool {
    lemma == "decide" && ce < b && matches!(doc.tokens[ce].lower.as_str(), "whether" | "if" | "how" | "when" | "what" | "which" | "who" | "where" | "to")
}

fn not_yet_said(doc: &Doc, a: usize, c: usize, lemma: &str) -> bool {
    if !matches!(lemma, "announce" | "publish" | "unveil" | "confirm" | "reveal" | "disclose" | "outline") || c <= a || doc.tokens[c].cap {
        return false;
    }
    let word = |j: usize| doc.tokens[j].lower.as_str();
    let modal = |j: usize| !doc.tokens[j].cap && matches!(word(j), "must" | "should" | "shall" | "will" | "'ll" | "’ll") && (j == a || !matches!(word(j - 1), "i" | "we" | "you"));
    modal(c - 1) || c > a + 1 && doc.tokens[c - 1].lower.ends_with("ly") && doc.tokens[c - 1].lower.len() > 4 && modal(c - 2)
}

pub(super) fn coordinated_verb(doc: &Doc, a: usize, c: usize) -> bool {
    coordinator_before(doc, a, c).is_some_and(|j| matches!(doc.tokens[j].lower.as_str(), "and" | "but" | "then"))
}

/// The word before the cue at `c` over up to three adverbs and auxiliaries ("and has
/// called for", "but also contended"), in the clause starting at `a`.
pub(super) fn coordinator_before(doc: &Doc, a: usize, c: usize) -> Option<usize> {
    const BETWEEN: &[&str] = &["also", "then", "later", "again", "has", "had", "have", "would", "will", "quickly", "repeatedly", "even"];
    (a..c).rev().find(|&j| !BETWEEN.contains(&doc.tokens[j].lower.as_str()) || j + 3 < c).filter(|&j| j < c)
}

/// The rest of a sentence after a cue at `ce..b` is only an object and a time ("the Harbor
/// News on Thursday", "reporters after the meeting"): a few words, no clause of its own.
pub(super) fn addressee_tail(doc: &Doc, ce: usize, b: usize) -> bool {
    // ("“…,” Roe told reporters after the meeting ended": the addressee, then a clause that
    // says when)
    // ("… as he arrived at the summit": "as" with a clause of its own)
    // (", as US-brokered talks stalled", ", amid …": after a comma, a clause of its own too)
    let when = (ce + 1..b).find(|&j| {
        matches!(doc.tokens[j].lower.as_str(), "after" | "before" | "when" | "while" | "following" | "during" | "until" | "upon")
            || doc.tokens[j].lower == "as" && (doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "he" | "she" | "they" | "it" | "we" | "i")) || doc.tokens[j - 1].lower == ",")
            || doc.tokens[j].lower == "amid" && doc.tokens[j - 1].lower == ","
            // (", flanked by X", ", standing beside X": who stood by)
            || doc.tokens[j - 1].lower == "," && (matches!(doc.tokens[j].lower.as_str(), "flanked" | "accompanied" | "standing" | "sitting" | "alongside") || doc.tokens[j].lower.ends_with("ed") && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "by"))
            // (", holding a sachet of salts": a participle of what the speaker did meanwhile,
            // no verb of saying, nor "going on to say", nor one that passes on words,
            // ", reciting the snake's taunt")
            || doc.tokens[j - 1].lower == "," && doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && doc.tokens[j].lower.len() > 5 && doc.tokens[j].lower.ends_with("ing")
                && !matches!(doc.tokens[j].lower.as_str(), "going" | "reciting" | "repeating" | "quoting" | "echoing" | "citing" | "reading" | "paraphrasing" | "recalling" | "referring" | "responding" | "replying" | "answering" | "pointing" | "singing" | "chanting")
                && cue_at(doc, j).is_none()
    });
    if let Some(p) = when.filter(|&p| (p..b).all(|j| doc.tokens[j].lower != ":" && doc.tokens[j].kind != TokenKind::Quote)) {
        if plain_addressee_tail(doc, ce, p) {
            return true;
        }
    }
    // ("A, he told reporters, adding that B": a participle of saying after the addressee opens
    // a statement of its own; what comes before the cue is what was told)
    if let Some(p) = (ce + 1..b).find(|&j| doc.tokens[j - 1].lower == "," && matches!(doc.tokens[j].lower.as_str(), "adding" | "noting" | "stressing")) {
        if plain_addressee_tail(doc, ce, p - 1) {
            return true;
        }
    }
    // ("“…,” Roe told reporters in Oslo, where she was on a visit": a clause on the place)
    if let Some(p) = (ce + 2..b).find(|&j| doc.tokens[j].lower == "where" && doc.tokens[j - 1].lower == ",") {
        if (p..b).all(|j| doc.tokens[j].lower != ":" && doc.tokens[j].kind != TokenKind::Quote) && plain_addressee_tail(doc, ce, p - 1) {
            return true;
        }
    }
    plain_addressee_tail(doc, ce, b)
}

pub(super) fn plain_addressee_tail(doc: &Doc, ce: usize, b: usize) -> bool {
    let words = (ce..b).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count();
    // (", honours several of her heroes": the sentence goes on after a parenthetical)
    let goes_on = doc.tokens.get(ce).is_some_and(|x| x.lower == ",");
    // (a longer tail that only says where and beside whom: "told a news conference in Lima
    // alongside Chilean President Jane Roe")
    let venue_only = words <= 14 && (ce..b).all(|j| doc.tokens[j].kind != TokenKind::Word || doc.tokens[j].cap || VENUE_WORDS.contains(&doc.tokens[j].lower.as_str()) || TIME_WORDS.contains(&doc.tokens[j].lower.as_str()))
        || venue_phrases(doc, ce, b);
    !goes_on && (words <= 8 || venue_only) && (ce..b).all(|j| !matches!(doc.tokens[j].lower.as_str(), "that" | ":" | "to" | "he" | "she" | "they" | "it" | "we" | "i") && doc.tokens[j].kind != TokenKind::Quote)
}

/// A cue's tail that, from its first preposition of place on, holds only phrases of where and
/// when: "told the Courier from the seat of a combine harvester on Harbour Road", "told a meeting
/// of fishing skippers in Ravenna on Sunday", "told reporters at a primary school in Tolbury, in
/// southern Vexmoor". `VENUE_WORDS` cannot list every seat, harvester and skipper, so the shape
/// decides: up to six words of addressee, then no auxiliary, conjunction or relative that would
/// open a clause of its own, and after a comma only another such phrase, an apposition ("the
/// town hall") or a name. (The caller still refuses "that", "to", pronouns and quotation marks.)
fn venue_phrases(doc: &Doc, ce: usize, b: usize) -> bool {
    const PLACE: &[&str] = &["in", "at", "on", "from", "outside", "inside", "near", "aboard", "beside", "alongside"];
    const CLAUSE: &[&str] = &["be", "been", "being", "shall", "not", "and", "but", "or", "nor", "who", "whom", "whose", "which", "where", "when", "while", "because", "since", "as", "if", "unless", "although", "though", "so", "than", "whether"];
    let word = |j: usize| doc.tokens[j].lower.as_str();
    let Some(p) = (ce..(ce + 7).min(b)).find(|&j| PLACE.contains(&word(j))) else { return false };
    let plain = |j: usize| {
        let t = &doc.tokens[j];
        t.kind == TokenKind::Number || t.kind == TokenKind::Word && (t.cap || !crate::lexicon::is_auxiliary(&t.lower) && !CLAUSE.contains(&t.lower.as_str()))
    };
    // (after a comma: "in Tolbury, in southern Vexmoor", "at Quarn House, the town hall", "in
    // Tolbury, east of Marle"; not "…, adding …", "…, and warned …")
    let phrase_opens = |j: usize| doc.tokens.get(j).is_some_and(|n| n.cap && n.kind == TokenKind::Word || PLACE.contains(&n.lower.as_str()) || matches!(n.lower.as_str(), "the" | "a" | "an") || crate::lexicon::is_compass_word(&n.lower));
    (ce..b).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count() <= 20
        && (ce..p).all(|j| doc.tokens[j].kind == TokenKind::Word && plain(j))
        && (p..b).all(|j| match doc.tokens[j].lower.as_str() {
            "," => phrase_opens(j + 1),
            ":" | ";" | "\u{2014}" | "\u{2013}" => false,
            // (the full stop, a bracket)
            _ => plain(j) || doc.tokens[j].kind == TokenKind::Punct,
        })
}

/// Words of a place and occasion a cue's tail may hold without saying anything of its own.
pub(super) const VENUE_WORDS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "in", "at", "on", "alongside", "with", "after", "during", "following", "beside", "before", "and",
    "press", "news", "joint", "conference", "briefing", "reporters", "journalists", "interview", "television", "radio", "meeting", "summit",
    "rally", "crowd", "supporters", "lawmakers", "visit", "event", "counterpart", "state", "national", "broadcaster", "parliament",
    // ("told state television on her way into the cabinet meeting")
    "public", "way", "into", "arriving", "leaving", "entering",
    // ("told the crowd from a truck parked in front of the Palace of Justice")
    "from", "outside", "inside", "near", "front", "of", "stage", "podium", "steps", "balcony", "truck", "platform", "parked", "standing", "gathered",
    // ("told reporters at the government complex in Sejong, about 120 kilometers (75 miles)
    // south of Seoul": a building and how far it lies from a city)
    "government", "complex", "building", "compound", "headquarters", "office", "city", "capital", "about", "some",
    "kilometers", "kilometres", "km", "miles", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    // ("told Business Day on the sidelines of a meeting in Pretoria", "… of the talks")
    "sidelines", "margins", "talks", "forum", "session", "ceremony", "dinner", "hearing",
    // ("told reporters at the ministry in Santiago on Tuesday evening", "at the Finance Ministry
    // in Tokyo's Kasumigaseki district": a ministry's building and a quarter of a city)
    "ministry", "district", "offices", "embassy", "residence", "airport", "'s", "’s",
    // ("told reporters at an army training school in X, south of Y", "told the BBC in the
    // village of X, in eastern Y's Z region": a site, a settlement and the region it lies in)
    "school", "academy", "college", "university", "camp", "base", "barracks", "army", "military", "training", "engineering",
    "village", "town", "region", "province", "county", "border", "crossing", "port", "hospital", "factory", "plant", "site",
    "eastern", "western", "northern", "southern", "central",
];

/// A verb outside the cue lexicon that takes a "that" clause ("the court ruled that the
/// law …", "Republicans have long argued that …", "the study documents that …"): the
/// attribution verbs of news are an open class. Only a finite-looking verb (-s, -ed)
/// right before "that" + a clause opener counts, so "that year" or "so that" do not.
#[inline]
pub(super) fn that_verb(doc: &Doc, c: usize) -> Option<(&'static str, CueClass, bool, usize)> {
    // (asked at every word: the "that" after it first, which most words lack. The test is
    // made where it is asked, inline, and the reading kept out of line, as `names::title_at`'s:
    // ~95,000 calls per 200 articles, nearly all turned away here, each paid the whole
    // function's prologue and epilogue)
    doc.tokens.get(c + 1).filter(|x| x.lower == "that")?;
    that_verb_read(doc, c)
}

/// [`that_verb`] past its first test (token `c + 1` is "that"): a finite verb before it and a
/// clause's opener after it.
#[inline(never)]
fn that_verb_read(doc: &Doc, c: usize) -> Option<(&'static str, CueClass, bool, usize)> {
    let lex = Lexicon::get();
    let t = &doc.tokens[c];
    let l = t.lower.as_str();
    let finite = (l.ends_with("ed") || l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us")) && l.len() > 3;
    if t.kind != TokenKind::Word || t.cap || !finite || lex.stopwords.contains(l) || c == 0 {
        return None;
    }
    if matches!(doc.tokens[c - 1].lower.as_str(), "the" | "a" | "an" | "this" | "his" | "her" | "its" | "their" | "'s" | "so" | "such" | "now" | "given") && !name_ends_in_s(doc, c - 1) {
        return None;
    }
    let opener = doc.tokens.get(c + 2)?;
    const OPENERS: &[&str] = &["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "no", "some", "many", "most", "more", "only", "all", "both", "any", "each", "he", "she", "it", "they", "we", "i", "you", "there", "if", "while", "despite"];
    // ("charges that countries …": "that" before a plural noun is no determiner)
    let plural = opener.kind == TokenKind::Word && opener.lower.len() > 3 && opener.lower.ends_with('s') && !opener.lower.ends_with("ss") && !opener.lower.ends_with("us") && !lex.stopwords.contains(&opener.lower) && !lex.cues.contains_key(&opener.lower);
    let clause = opener.cap || opener.kind == TokenKind::Number || OPENERS.contains(&opener.lower.as_str()) || plural;
    clause.then_some(("", CueClass::Speech, false, c + 1))
}

/// Whether the "and" (or "&") before token `s`, a capitalised word, joins two words of one
/// title before a name ("Climate and Environment Minister Jane Roe", "Trade and Industry
/// Secretary Jane Roe"): a capitalised word before it, neither word a named actor or place, and
/// a title of the lexicon among the capitalised words from `s` on. Extending the subject
/// stopped there, so "“…,” Climate and Environment Minister Jane Roe told reporters in Oslo."
/// read "Climate and" as content said before her, and "reporters in Oslo" became a statement
/// of its own. (Not after a list, "Climate, Energy and Environment Minister", whose comma then
/// reads as the clause's; nor "Minister of Trade and Industry Jane Roe", whose title opens
/// before an "of": their first words would count as content.)
fn title_conjunct(doc: &Doc, s: usize, a: usize) -> bool {
    if s < a + 2 || !matches!(doc.tokens[s - 1].lower.as_str(), "and" | "&") || !doc.tokens[s].cap || !doc.tokens[s - 2].cap || doc.tokens[s - 2].kind != TokenKind::Word {
        return false;
    }
    let lex = Lexicon::get();
    !(s >= a + 3 && doc.tokens[s - 3].lower == ",")
        && doc.mention_at_token(s - 2).is_none()
        && doc.mention_at_token(s).is_none()
        && (s..(s + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].cap).any(|j| lex.titles.contains_key(&doc.tokens[j].lower))
}

/// "The union would back the plan, its leader said in a statement", "…, its spokeswoman Jane
/// Roe said at a rally": a possessive and a noun for one who speaks (and maybe the name), right
/// after a comma, before the subject at `s0`: the content came before the comma, whatever
/// follows the cue (without this the subject started after "its", no comma before it, and a
/// tail other than a time, "in a statement", "in Leeds", lost the statement). Answers the
/// possessive's token.
fn possessive_speaker_after_comma(doc: &Doc, a: usize, s0: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let possessive = |j: usize| matches!(doc.tokens[j].lower.as_str(), "his" | "her" | "its" | "their");
    let noun = |j: usize| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && lex.is_office_or_speaker(&doc.tokens[j].lower);
    // (the noun is the subject, or stands right before a capitalised name that is)
    let n = if noun(s0) { s0 } else if s0 > a && noun(s0 - 1) && doc.tokens[s0].cap { s0 - 1 } else { return None };
    (n >= a + 3 && possessive(n - 1) && doc.tokens[n - 2].lower == ",").then(|| n - 1)
}

/// Titles, adjectives and "former" before a subject name belong to the statement.
pub(super) fn extend_subject_left(doc: &Doc, mut s: usize, a: usize) -> usize {
    let lex = Lexicon::get();
    while s > a {
        let l = &doc.tokens[s - 1].lower;
        // (a capitalised word is part of the name or title, a sentence-opening "But" is not)
        // ("The kingdom's foreign ministry said": a word for the state before its possessive)
        let state_word = matches!(l.as_str(), "country" | "nation" | "kingdom") && doc.tokens.get(s).is_some_and(|x| x.lower == "'s");
        if lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || lex.country_adjectives.contains_key(l) || l == "'s" || l == "the" || state_word || doc.tokens[s - 1].cap && l != "," && !(s - 1 == a && matches!(l.as_str(), "but" | "and" | "so" | "yet" | "or" | "still" | "then")) {
            s -= 1;
        } else if title_conjunct(doc, s, a) {
            // ("Climate and Environment Minister X": the "and" inside a title)
            s -= 2;
        } else if l == ")" && s >= a + 4 && doc.tokens[s - 3].lower == "(" && doc.tokens[s - 2].cap && doc.tokens[s - 4].cap {
            // ("Republican People's Party (CHP) leader X": initials in brackets after a name)
            s -= 3;
        } else if let Some(j) = (a.max(s.saturating_sub(4)) + 1..s)
            .rev()
            .find(|&j| doc.tokens[j].lower == "of" && (lex.titles.get(&doc.tokens[j - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || crate::extract::roles::inspectorate(&doc.tokens[j - 1].lower)))
            .filter(|&j| (j + 1..s).all(|x| doc.tokens[x].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[x].lower) && !lex.cues.contains_key(&doc.tokens[x].lower)))
        {
            // ("head of research Jane Roe": an office of a field before the name; "Chief
            // Inspector of Prisons Jane Roe", an inspectorate's)
            s = j - 1;
        } else {
            break;
        }
    }
    // "The minister of the harbour, Mr. Tom Hale, argues": a description opening the clause
    // before the name in commas is the subject's too
    // ("A union spokesman, Jane Roe, told", "Norway's fisheries minister, Tom Hale, said")
    // ("Amnesty International Kenya's director, X, said": a name of several words and its "'s")
    // ("Chancellor Jane Roe's spokesman, X, said": the owner's title before its name)
    // ("UN Secretary-General Jane Roe's spokesman": a body's name before the title too)
    let titled = |j: usize| j < s && doc.tokens[j].cap && (lex.titles.contains_key(&doc.tokens[j].lower) || lex.title_modifiers.contains(&doc.tokens[j].lower));
    let body_end = doc.mention_at_token(a).map(|m| doc.token_at(doc.mentions[m].span.end)).filter(|&e| e > a && titled(e)).unwrap_or(a);
    let o = body_end + (body_end..s).take_while(|&j| titled(j)).count();
    let o = if o < s && doc.mention_at_token(o).is_some() { o } else { a };
    let owner_end = doc.mention_at_token(o).map_or(o + 1, |m| doc.token_at(doc.mentions[m].span.end));
    let opener = matches!(doc.tokens[a].lower.as_str(), "the" | "his" | "her" | "its" | "their" | "a" | "an") || doc.tokens[o].cap && doc.tokens.get(owner_end.max(o + 1)).is_some_and(|x| x.lower == "'s");
    // (not before a pronoun: "Talks chaired by X will open on Monday, he said" is content)
    let pronoun = doc.tokens.get(s).is_some_and(|x| crate::extract::np::is_pronoun(&x.lower));
    // (nor a clause with a verb of its own: "The road was reopened, Tom Hale said in a
    // statement", "The talks have stalled, the ministry said in a statement" are content)
    let auxiliary = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "not");
    if s > a + 1 && doc.tokens[s - 1].lower == "," && opener && !pronoun && (a..s - 1).all(|j| (doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].lower == "'s") && !lex.cues.contains_key(&doc.tokens[j].lower) && !auxiliary(&doc.tokens[j].lower)) {
        s = a;
    }
    s
}

/// Something that can be a reported clause follows the cue: "that", a clause, "of", a
/// colon, or an object.
pub(super) fn complement_follows(doc: &Doc, ce: usize, b: usize) -> bool {
    if ce >= b {
        return false;
    }
    // "announced on Friday the arrest of …": a time phrase between the cue and its object
    if let Some(k) = time_phrase_end(doc, ce, b) {
        return complement_follows(doc, k, b);
    }
    // ("“…,” Roe said quietly at the hearing", "said angrily on Monday that …": a manner
    // adverb right after the cue is neither object nor clause; what follows it decides)
    let w = &doc.tokens[ce];
    if w.kind == TokenKind::Word && !w.cap && w.lower.len() > 4 && w.lower.ends_with("ly") && ce + 1 < b {
        return complement_follows(doc, ce + 1, b);
    }
    // "said at least 40 people died": a quantity opens the object
    if doc.tokens[ce].lower == "at" && doc.tokens.get(ce + 1).is_some_and(|t| matches!(t.lower.as_str(), "least" | "most")) {
        return true;
    }
    match doc.tokens[ce].lower.as_str() {
        // "said on Monday that", "posted on X that", "said in a statement that"
        // "said on Monday that", "said after the convention he would …"
        // ("said before he died": a pronoun right after "before" or "after" opens a clause of
        // when, not the content)
        // ("“…,” he said outside the stadium.": where, as "at" says, unless a clause follows;
        // not "said outside experts would …", an adjective, with no determiner or name after it)
        "outside" | "inside" | "near" if !doc.tokens.get(ce + 1).is_some_and(|x| x.cap || matches!(x.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its")) => true,
        // ("“…,” she said through tears at the hearing", "said through an interpreter", "said
        // via video link": how it was said, as "in" says where, unless a clause follows: "said
        // through a spokesman that …", "said via a lawyer he would …")
        "in" | "on" | "at" | "outside" | "inside" | "near" | "after" | "before" | "during" | "following" | "earlier" | "later" | "last" | "this" | "through" | "via" => {
            let time_clause = matches!(doc.tokens[ce].lower.as_str(), "after" | "before");
            // ("wrote on his Truth Social platform: “…”": a colon before a quotation gives the
            // quotation, no reported clause)
            // (initials in brackets do not count: "said in a statement carried by the Vexmoor
            // Central News Agency (VCNA) that …")
            let brackets = (ce + 1..(ce + 13).min(b)).filter(|&j| doc.tokens[j].lower == "(").count() * 3;
            // (nor a person's name apposed after a comma: "said in a statement signed by its
            // National Publicity Secretary, Jane Roe, that …")
            let apposed = (ce + 1..(ce + 13).min(b)).filter(|&j| doc.tokens[j].lower == "," && j + 1 < b && doc.person_at_token(j + 1)).count() * 3;
            (ce + 1..(ce + 13 + brackets + apposed).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "that" | ":" | "he" | "she" | "they" | "it" | "we" | "i") && !(time_clause && j == ce + 1))
                .is_some_and(|j| !(doc.tokens[j].lower == ":" && doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Quote)))
        }
        // "have not said when they would vote" is content; "said when asked" is not
        "when" => doc.tokens.get(ce + 1).is_some_and(|t| !t.lower.ends_with("ed")),
        // ("“…,” Roe shouted while running along the pier": when it was said, unless a "that"
        // clause comes after it: "said while visiting Oslo that …")
        "while" | "whilst" | "upon" => (ce + 1..(ce + 13).min(b)).any(|j| matches!(doc.tokens[j].lower.as_str(), "that" | ":")),
        // ("agreed with the judge that …", "insisted, most recently in an interview, that …":
        // the clause comes after a short object or aside)
        "with" | "," => (ce + 1..(ce + 13).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":") && doc.tokens[j].kind != TokenKind::Quote).any(|j| doc.tokens[j].lower == "that" && (doc.tokens[ce].lower != "," || doc.tokens[j - 1].lower == ",")),
        "." | "by" | "as" | "and" | ")" => false,
        // ("posted a short message on X: “…”", "issued a statement: “…”": the message the
        // cue names, then a colon before a quotation, gives the quotation alone)
        "a" | "an" => !(ce + 1..(ce + 9).min(b)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].lower == ":").find(|&j| doc.tokens[j].lower == ":").is_some_and(|j| doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Quote)),
        _ => true,
    }
}

/// Words of a time phrase after a cue ("on Friday", "last week", "this morning", "on Tuesday night").
pub(super) const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "weekend",
    "month", "year", "morning", "afternoon", "evening", "night",
];

/// The token after a short time phrase starting at `t` ("on Friday", "last week", "on Tuesday
/// night", "this morning", "next month"), if one starts there: a cue's object may follow it,
/// and a demand's "to" ("urged parliament last week to …").
pub(crate) fn time_phrase_end(doc: &Doc, t: usize, b: usize) -> Option<usize> {
    let first = doc.tokens.get(t)?.lower.as_str();
    // ("said Friday afternoon, as …", "said yesterday that": a bare day opens one too)
    let bare = matches!(first, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "today" | "yesterday" | "tonight");
    if !bare && !matches!(first, "on" | "last" | "this" | "next" | "earlier" | "later" | "late" | "early") {
        return None;
    }
    // ("said this time fines would be collected", "said next time the board would pay":
    // "time" right after "this", "next" or "last" closes a time phrase; read as the object
    // "this", the statement was lost)
    if matches!(first, "this" | "next" | "last") && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "time") && t + 2 < b {
        return Some(t + 2);
    }
    let mut k = t + 1;
    // ("earlier this week", "late Friday", "on Friday night")
    while k < b.min(t + 4) && (TIME_WORDS.contains(&doc.tokens[k].lower.as_str()) || matches!(doc.tokens[k].lower.as_str(), "this" | "last")) {
        k += 1;
    }
    ((bare || k > t + 1) && TIME_WORDS.contains(&doc.tokens[k - 1].lower.as_str()) && k < b).then_some(k)
}

/// The end of a sentence without its final punctuation.
pub(super) fn end_of(doc: &Doc, b: usize) -> usize {
    let mut e = b;
    while e > 1 && matches!(doc.tokens[e - 1].lower.as_str(), "." | "!" | "?" | ";" | ",") && doc.tokens[e - 1].kind == TokenKind::Punct {
        e -= 1;
    }
    doc.tokens[e.max(1) - 1].span.end
}
