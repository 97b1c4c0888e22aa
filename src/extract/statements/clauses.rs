//! Reported speech in other shapes than "X said (that) …": participle openers ("Speaking in X, Y
//! said"), "as" clauses, claim nouns ("X's claim that …"), documents put out and sources cited.

use super::*;

/// "Citing security concerns, Varga closed the border.", "Claiming the plan was unfair,
/// Varga vetoed it.": a sentence opened by a cue participle, its object up to the first
/// comma, then the actor who speaks as the subject of the main clause. The object is the
/// statement (the main clause is an action of its own, or a statement found on its own).
pub(super) fn participle_openers(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        let t = &doc.tokens[a];
        if !(t.cap && t.lower.ends_with("ing")) || ctx.tok_quote.at(a).is_some() {
            continue;
        }
        let Some((lemma, class, _, ce)) = cue_at(doc, a) else { continue };
        if class == CueClass::Demand || matches!(lemma, "speak" | "follow" | "continue") {
            continue;
        }
        // ("Commenting on the verdict, Hale wrote that …", "Referring to the strikes, …",
        // "Responding to the charge, …": what a remark is on or a reply to is its topic, no
        // statement)
        if matches!(lemma, "comment" | "refer to" | "respond" | "reply" | "react" | "remark") && (lemma == "refer to" || [doc.tokens[ce - 1].lower.as_str(), doc.tokens.get(ce).map_or("", |x| x.lower.as_str())].iter().any(|w| matches!(*w, "on" | "to" | "about" | "upon"))) {
            continue;
        }
        // ("Writing on Telegram, he accused …", "Posting on X, …", "Writing in a newspaper, …":
        // where the words appeared is no statement)
        // (not a clause told there: "Writing for a newspaper panel that all agreed …, X …")
        if matches!(lemma, "write" | "post" | "tweet" | "blog" | "publish") && doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "on" | "in" | "via" | "to" | "for"))
            && !(ce..b.min(ce + 30)).take_while(|&j| doc.tokens[j].lower != ",").any(|j| doc.tokens[j].lower == "that") {
            continue;
        }
        // the object runs to the first comma, a phrase of its own (no quote, no second cue)
        let Some(comma) = (ce..b.min(ce + 30)).find(|&j| doc.tokens[j].lower == ",") else { continue };
        let words = (ce..comma).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count();
        if words < 2 || (ce..comma).any(|j| ctx.tok_quote.at(j).is_some() || matches!(doc.tokens[j].lower.as_str(), ";" | ":" | "(" | "—" | "–")) {
            continue;
        }
        // the subject of the main clause, right after the comma and before its verb
        let Some(np) = np_at(doc, ctx, comma + 1, b) else { continue };
        let speakers = np.actors(doc);
        let verb_next = doc.tokens.get(np.end).is_some_and(|x| x.kind == TokenKind::Word && !x.cap);
        if speakers.is_empty() || !verb_next || np.start != comma + 1 {
            continue;
        }
        let text = Span::new(doc.tokens[ce].span.start, doc.tokens[comma - 1].span.end);
        let cue_span = tspan(doc, a, ce);
        for &speaker in &speakers {
            let about = actors_in(doc, ctx, text, &speakers, Some(speaker));
            out.push(Statement { kind: StatementKind::Reported, speaker: Some(speaker), speaker_text: None, unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
        }
    }
}

/// "As the mayor noted, the bridge is old.", "But as Varga has pointed out, …": a sentence
/// opened by "as", a speaker and a cue of saying, knowing or finding, then a comma. What follows
/// the comma (to a semicolon outside quotes, or the sentence end) is the speaker's statement.
pub(super) fn as_clauses(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    // (not a verb of talking whose clause tells when: "As she spoke, protesters gathered")
    const TAKES_CONTENT: &[&str] = &["say", "tell", "note", "point out", "explain", "report", "write", "argue", "suggest", "claim", "predict", "warn", "observe", "acknowledge", "admit",
        "conclude", "find", "show", "reveal", "know", "believe", "think", "expect", "fear", "suspect", "put it", "state", "indicate", "stress", "emphasize", "insist", "maintain",
        "mention", "recall", "announce", "confirm", "estimate", "forecast", "assert", "contend", "tweet", "post", "document", "detail", "allege", "concede", "disclose"];
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        let k = if doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "but" | "and" | "yet" | "so" | "just")) { a + 1 } else { a };
        if k + 3 >= b || doc.tokens[k].lower != "as" || ctx.tok_quote.at(k).is_some() {
            continue;
        }
        // the first cue of the clause, within a few words and no quotation
        let Some((c, ce, lemma)) = (k + 1..b.min(k + 18)).take_while(|&j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote && doc.tokens[j].lower != ";").find_map(|c| cue_at(doc, c).map(|(lemma, _, _, ce)| (c, ce, lemma))) else { continue };
        if !TAKES_CONTENT.contains(&lemma) {
            continue;
        }
        // the clause ends right after the cue and a time ("as she said last week,"; not "as he
        // said he would,")
        let comma = time_phrase_end(doc, ce, b).unwrap_or(ce);
        let passive = c == k + 1 && doc.tokens[c].lower.ends_with("ed");
        let att = if passive {
            // "As reported by the Harbor News, …", "As stated in Varga's letter, …": the agent, or
            // the possessor of the document
            let comma = (ce + 1..b.min(ce + 10)).find(|&j| doc.tokens[j].lower == ",");
            let agent = comma.and_then(|comma| match doc.tokens.get(ce).map(|x| x.lower.as_str()) {
                Some("by") => np_at(doc, ctx, ce + 1, comma).filter(|np| np.end == comma && np.start == ce + 1),
                Some("in") => ctx.tok_mention.at(ce + 1).filter(|&m| doc.token_at(doc.mentions[m].span.start) == ce + 1).and_then(|m| {
                    let e = doc.token_at(doc.mentions[m].span.end);
                    doc.tokens.get(e).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "\u{2019}s" | "'" | "\u{2019}")).then(|| crate::extract::np::Np { entities: vec![doc.mentions[m].entity], start: ce + 1, end: e })
                }),
                _ => None,
            });
            let Some(np) = agent else { continue };
            let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| doc.entities[e].can_act()).map(|e| doc.actor_of(e)).collect();
            if speakers.is_empty() {
                continue;
            }
            let comma = comma.unwrap_or(b);
            Some((Attribution { speakers, text: None, cue: String::new(), cue_span: tspan(doc, c, ce), subject: (np.start, np.end) }, comma))
        } else if doc.tokens.get(comma).is_some_and(|x| x.lower == ",") {
            speaker_before(doc, ctx, c, ce, k + 1).filter(|att| att.subject.0 > k && (!att.speakers.is_empty() || att.text.is_some())).map(|att| (att, comma))
        } else {
            None
        };
        let Some((att, comma)) = att else { continue };
        let cue_span = tspan(doc, c, ce);
        if out.iter().any(|r| r.cue_span == Some(cue_span)) {
            continue;
        }
        let end = (comma + 1..b).find(|&j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].lower == ";").unwrap_or(b);
        let words = (comma + 1..end).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count();
        if words < 3 {
            continue;
        }
        let text = Span::new(doc.tokens[comma + 1].span.start, end_of(doc, end));
        if att.speakers.is_empty() {
            let about = actors_in_unnamed(doc, ctx, text, att.text);
            out.push(Statement { kind: StatementKind::Reported, speaker: None, speaker_text: att.text, unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
            continue;
        }
        for &speaker in &att.speakers {
            let about = actors_in(doc, ctx, text, &att.speakers, Some(speaker));
            out.push(Statement { kind: StatementKind::Reported, speaker: Some(speaker), speaker_text: None, unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
        }
    }
}

/// "Varga's claim that the bridge is safe", "his assertion that …": a speech noun with a
/// possessor that is an actor of the article, before "that" and a clause. The that-clause
/// (to the next comma outside quotes, or the sentence end) is the possessor's statement.
pub(super) fn claim_nouns(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    const NOUNS: &[&str] = &["claim", "claims", "assertion", "assertions", "contention", "insistence", "allegation", "allegations",
        // ("Varga's view is that …", "his argument was that …": the noun's copula before "that")
        "view", "argument", "position", "belief", "bet", "message", "point", "warning", "promise", "pledge", "suggestion", "accusation", "prediction", "hope", "fear", "complaint"];
    for n in 1..doc.tokens.len() {
        // (the word after first, "that", "is" or "was", which both readings below need: the
        // list of nouns was asked of every token of the article)
        if !doc.tokens.get(n + 1).is_some_and(|x| matches!(x.lower.as_str(), "that" | "is" | "was")) || !NOUNS.contains(&doc.tokens[n].lower.as_str()) || ctx.tok_quote.at(n).is_some() {
            continue;
        }
        // the nouns of claiming take "that" right after; all of them "is that" / "was that"
        let copula = doc.tokens.get(n + 1).is_some_and(|x| matches!(x.lower.as_str(), "is" | "was")) && doc.tokens.get(n + 2).is_some_and(|x| x.lower == "that");
        let direct = NOUNS[..8].contains(&doc.tokens[n].lower.as_str()) && doc.tokens.get(n + 1).is_some_and(|x| x.lower == "that");
        if !copula && !direct {
            continue;
        }
        let n_that = if copula { n + 2 } else { n + 1 };
        // ("the claim that was made in May": a relative clause, not the content)
        if doc.tokens.get(n + 2).is_some_and(|x| matches!(x.lower.as_str(), "was" | "is" | "were" | "are" | "has" | "had" | "have" | "would" | "will" | "he" | "she" | "they" | "it" | "i" | "we")) && doc.tokens.get(n + 3).is_some_and(|x| x.lower.ends_with("ed") || matches!(x.lower.as_str(), "made" | "said" | "put" | "did" | "does" | "do")) {
            continue;
        }
        if doc.paragraphs[doc.sentence_at(doc.tokens[n].span.start).map(|si| doc.sentences[si].paragraph).unwrap_or(0)].heading {
            continue;
        }
        // the possessor: "his", "Varga's" (one token or two)
        let prev = doc.tokens[n - 1].lower.as_str();
        let marker = matches!(prev, "'s" | "’s" | "s" | "'" | "’");
        let p = if marker && n >= 2 { n - 2 } else { n - 1 };
        let possessive = marker || matches!(prev, "his" | "her" | "their") || prev.ends_with("'s") || prev.ends_with("’s");
        let Some(m) = ctx.tok_mention.at(p).filter(|_| possessive) else { continue };
        let e = doc.mentions[m].entity;
        if !doc.entities[e].can_act() {
            continue;
        }
        let (_, b) = sentence_tokens(doc, n);
        let end = (n_that + 1..b).find(|&j| ctx.tok_quote.at(j).is_none() && matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | "—" | "–")).unwrap_or(b);
        let words = (n_that + 1..end).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count();
        if words < 3 {
            continue;
        }
        let text = Span::new(doc.tokens[n_that].span.start, end_of(doc, end));
        let cue_span = tspan(doc, n, n + 1);
        let about = actors_in(doc, ctx, text, &[e], Some(e));
        out.push(Statement { kind: StatementKind::Reported, speaker: Some(e), speaker_text: None, unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
    }
}

/// Tokens before the cue at `c` (from `a`) are "<verb> a <document>" and a time, as in "X
/// issued a statement on Monday saying …": the document is the subject's, not a speaker.
pub(super) fn put_out_document(doc: &Doc, a: usize, c: usize) -> bool {
    put_out_verb(doc, a, c).is_some()
}

/// The past verb of "<verb> a <document>" right before the cue at `c` (see
/// [`put_out_document`]).
pub(super) fn put_out_verb(doc: &Doc, a: usize, c: usize) -> Option<usize> {
    let end = crate::extract::np::subject_end(doc, c, a);
    let noun = end.checked_sub(1).filter(|&n| n > a)?;
    let lex = Lexicon::get();
    if !(SOURCE_DOCUMENTS.contains(&doc.tokens[noun].lower.as_str()) || lex.cue_nouns.contains(&doc.tokens[noun].lower)) {
        return None;
    }
    // the determiner and at most two modifiers before the noun, then a past verb
    let det = (a.max(noun.saturating_sub(3))..noun).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their"))?;
    det.checked_sub(1).filter(|&v| v > a && crate::extract::np::past_verb(&doc.tokens[v]))
}

/// A document put out by the clause's subject ("published a memo from its auditors in
/// May") ends within a few plain words before the "that" at `k`.
pub(super) fn document_put_out_before(doc: &Doc, a: usize, k: usize) -> bool {
    let lex = Lexicon::get();
    (a.max(k.saturating_sub(8))..k)
        .rev()
        .take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && !lex.cues.contains_key(&doc.tokens[j].lower))
        .any(|n| SOURCE_DOCUMENTS.contains(&doc.tokens[n].lower.as_str()) && put_out_document(doc, a, n + 1) && crate::extract::np::subject_end(doc, n + 1, a) == n + 1)
}

/// The speech nouns `put_out_claims` reads ("warning", "assurances"), by a `match`, which
/// tells most words apart by their length: asked at every token of the body, the list's
/// `contains` compared each word with the twelve in turn (the match: −0.34 M instructions
/// on 200 articles, of `put_out_claims`' 3.5 M).
fn put_out_noun(w: &str) -> bool {
    matches!(w, "warning" | "warnings" | "reminder" | "ultimatum" | "assurance" | "assurances" | "pledge" | "promise" | "claim" | "statement" | "threat" | "message")
}

/// "X sent a blunt warning to Y on Monday that …", "X gave assurances that …": a speech
/// noun an actor put out, then "that" and a clause (after an addressee and a time, if any).
/// The that-clause (to the next comma outside quotes, or the sentence end) is the actor's
/// statement, about the addressee too.
pub(super) fn put_out_claims(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    const VERBS: &[&str] = &["issued", "gave", "made", "delivered", "sent", "repeated", "renewed", "reiterated", "offered", "issues", "gives", "makes", "sends"];
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        for n in a + 2..b {
            if !put_out_noun(&doc.tokens[n].lower) || ctx.tok_quote.at(n).is_some() {
                continue;
            }
            let Some(det) = (a.max(n.saturating_sub(3))..n).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "a" | "an" | "the" | "fresh" | "new")) else { continue };
            let Some(verb) = det.checked_sub(1).filter(|&v| v > a && VERBS.contains(&doc.tokens[v].lower.as_str())) else { continue };
            // the addressee and a time between the noun and "that"
            let mut k = n + 1;
            let mut addressee = Vec::new();
            for _ in 0..2 {
                if let Some(t) = time_phrase_end(doc, k, b) {
                    k = t;
                }
                if doc.tokens.get(k).is_some_and(|x| x.lower == "to") {
                    let Some(np) = np_at(doc, ctx, k + 1, b) else { break };
                    addressee = np.entities;
                    k = np.end;
                }
            }
            if k >= b || doc.tokens[k].lower != "that" {
                continue;
            }
            let Some(np) = crate::extract::np::subject_before(doc, ctx, verb, a) else { continue };
            let speakers = np.actors(doc);
            let end = (k + 1..b).find(|&j| ctx.tok_quote.at(j).is_none() && matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | "—" | "–")).unwrap_or(b);
            if speakers.is_empty() || (k + 1..end).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count() < 3 {
                continue;
            }
            let text = Span::new(doc.tokens[np.start].span.start, end_of(doc, end));
            let cue_span = tspan(doc, verb, n + 1);
            for &speaker in &speakers {
                let mut about: Vec<usize> = addressee.iter().copied().filter(|&e| e != speaker).collect();
                for e in actors_in(doc, ctx, Span::new(doc.tokens[k].span.start, text.end), &speakers, Some(speaker)) {
                    if !about.contains(&e) {
                        about.push(e);
                    }
                }
                out.push(Statement { kind: StatementKind::Reported, speaker: Some(speaker), speaker_text: None, unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
            }
        }
    }
}

/// Documents that speak for their authors: "In this poll, …", "In a statement, …".
pub(super) const SOURCE_DOCUMENTS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "report", "interview", "statement", "letter", "memo", "speech", "column", "op-ed",
    "tweet", "post", "posting", "video", "analysis", "filing", "complaint", "ruling", "transcript", "testimony", "memoir", "editorial", "essay", "podcast",
    "ad", "advertisement",
];

/// "In the latest Quinnipiac poll, Clinton leads by five points.": a sentence opened by a
/// document and no cue of its own; the document (as written) is the source.
pub(super) fn in_source(doc: &Doc, ctx: &Ctx, a: usize, b: usize) -> Option<Statement> {
    if doc.tokens[a].lower != "in" {
        return None;
    }
    let mut comma = (a + 2..b.min(a + 16)).find(|&j| doc.tokens[j].lower == ",")?;
    // "In a speech in Fort Pierce, Florida, on Friday, …": a place's state or a date after the comma is still the opening
    while let Some(next) = (comma + 2..b.min(comma + 6)).find(|&j| doc.tokens[j].lower == ",") {
        let place = ctx.tok_mention.at(comma + 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, crate::model::EntityKind::Place | crate::model::EntityKind::Country));
        let rest_ok = (comma + 1..next).all(|j| doc.tokens[j].cap || doc.tokens[j].kind == TokenKind::Number || matches!(doc.tokens[j].lower.as_str(), "on" | "in" | "last" | "this"));
        let date = matches!(doc.tokens[comma + 1].lower.as_str(), "on" | "last" | "this");
        if !((place || date) && rest_ok) {
            break;
        }
        comma = next;
    }
    // (a capitalised cue word is a name: "In the latest Harbor Post poll, …")
    let intro_ok = (a + 1..comma).all(|j| ctx.tok_quote.at(j).is_none() && matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number | TokenKind::Punct) && !(Lexicon::get().cues.contains_key(&doc.tokens[j].lower) && !doc.tokens[j].cap));
    if !intro_ok || !(a + 1..comma).any(|j| SOURCE_DOCUMENTS.contains(&doc.tokens[j].lower.as_str())) {
        return None;
    }
    let words = (comma + 1..b).filter(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none()).count();
    if words < 4 {
        return None;
    }
    // ("In an op-ed, Hale urged leaders to …": the clause's own verb asks something of
    // someone, a demand and no statement)
    // (the subject may be a phrase no name ends: "In a statement, the kingdom's foreign
    // ministry urged …"; the first cue within eight words after the comma)
    let verb = np_at(doc, ctx, comma + 1, b).map_or(comma + 1, |np| np.end);
    if (verb..b.min(verb + 3)).any(|j| cue_at(doc, j).is_some_and(|(_, class, _, _)| class == CueClass::Demand)) {
        return None;
    }
    if (comma + 1..b.min(comma + 9)).find_map(|j| cue_at(doc, j).filter(|_| ctx.tok_quote.at(j).is_none())).is_some_and(|(_, class, _, _)| class == CueClass::Demand) {
        return None;
    }
    let text = Span::new(doc.tokens[comma + 1].span.start, end_of(doc, b));
    // "In his speech, Hale laid out …": the document is the clause subject's, who speaks
    // (a poll or a study speaks about its subject: "In the poll, Varga leads …")
    let findings = (a + 1..comma).any(|j| matches!(doc.tokens[j].lower.as_str(), "poll" | "polls" | "survey" | "surveys" | "study" | "analysis"));
    let subject = np_at(doc, ctx, comma + 1, b).filter(|_| !findings).and_then(|np| np.entities.into_iter().find(|&e| doc.entities[e].can_act()));
    // ("In an open letter, three teachers set out …": an unnamed subject, as written)
    let unnamed = (!findings).then(|| unnamed_clause_subject(doc, ctx, comma + 1, b)).flatten();
    Some(Statement {
        kind: StatementKind::Reported,
        speaker: subject,
        speaker_text: subject.is_none().then(|| unnamed.unwrap_or_else(|| tspan(doc, a + 1, comma))),
        unattributed: None,
        text,
        cue: doc.slice(doc.tokens[a].span).to_string(),
        cue_span: Some(doc.tokens[a].span),
        about: actors_in(doc, ctx, text, &[], subject),
    })
}

/// An unnamed subject opening the clause at `k` (before `b`): a few modifiers and a noun
/// for people ("three retired teachers", "the authors"), then a lower-case verb.
pub(super) fn unnamed_clause_subject(doc: &Doc, ctx: &Ctx, k: usize, b: usize) -> Option<Span> {
    let lex = Lexicon::get();
    let people = |l: &str| lex.speaker_nouns.contains(l) || lex.person_nouns.contains(l);
    let h = (k..(k + 5).min(b)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none() && ctx.tok_mention.at(j).is_none() && !lex.cues.contains_key(&doc.tokens[j].lower)).find(|&j| people(&doc.tokens[j].lower))?;
    let verb = doc.tokens.get(h + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) || lex.cues.contains_key(&x.lower));
    (verb && !crate::extract::np::is_pronoun(&doc.tokens[k].lower)).then(|| tspan(doc, k, h + 1))
}
