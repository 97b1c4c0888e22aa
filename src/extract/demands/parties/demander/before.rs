//! `demander`'s first cases, before the clause's auxiliaries are read: an aspect verb before
//! the participle, "the state" as subject, a person in apposition before the verb, a
//! participle after a speech verb.

use super::*;

/// "X said Oslo would keep pressing Bergen to …", "the union has continued urging …": an
/// aspect verb before the participle of the cue; the subject is that verb's (the token of
/// that verb, whose subject `demander` looks for).
pub(super) fn aspect_verb_before(doc: &Doc, c: usize, a: usize) -> Option<usize> {
    (c > a + 1 && doc.tokens[c].lower.ends_with("ing") && matches!(doc.tokens[c - 1].lower.as_str(), "keep" | "keeps" | "kept" | "continue" | "continues" | "continued")).then_some(c - 1)
}

/// ("Roe said the state would ask the court to block it", "the provincial government will
/// urge …": "the state", "the province" or its government, lower-case, as the subject of a
/// clause is the region the story names most, as it is when asked (`addressee_at`))
pub(super) fn region_named_most(doc: &Doc, c: usize, a: usize) -> Option<(Party, usize)> {
    if let Some(s) = region_subject(doc, c, a) {
        if let Some(r) = main_region(doc) {
            return Some((Party::Entity(r), s));
        }
    }
    None
}

/// "The head of the Vexmoor committee, Senator Jane Roe, called on …": the person named in
/// apposition right before the verb, not the description that opens the clause
pub(super) fn named_in_apposition(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> Option<(Party, usize)> {
    if c > a + 2 && doc.tokens[c - 1].lower == "," {
        if let Some(m) = ctx.tok_mention.at(c - 2).map(|m| &doc.mentions[m]) {
            let start = doc.token_at(m.span.start);
            // (the appositive opens after a comma, maybe with a title before the name)
            let mut s = start;
            while s > a && crate::extract::names::title_at(doc, s - 1, start).is_some_and(|(e, _)| e == start) {
                s -= 1;
            }
            // (not the object of "by" in an aside that opens with a preposition: "The union, in a
            // statement signed by its president, Jane Roe, demanded …" is the union's)
            let aside = (a + 1..s).find(|&j| doc.tokens[j].lower == ",").filter(|&p| doc.tokens.get(p + 1).is_some_and(|x| matches!(x.lower.as_str(), "in" | "through" | "via")) && (p + 2..s).any(|j| doc.tokens[j].lower == "by"));
            if let Some(p) = aside {
                if let Some(party) = np_at(doc, ctx, a, p).filter(|np| np.end == p).and_then(|np| actor_party(doc, &np)) {
                    return Some((party, a));
                }
            }
            if doc.entities[m.entity].kind == EntityKind::Person && s > a && doc.tokens[s - 1].lower == "," {
                return Some((Party::Entity(m.entity), a));
            }
            // ("A civil society group, the Patients' Alliance, called on …": a body after a
            // description of a body, whose head is no office nor noun for a person)
            let lex = Lexicon::get();
            let s = if s > a && doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
            let body = doc.entities[m.entity].kind == EntityKind::Organization
                && s > a + 1
                && doc.tokens[s - 1].lower == ","
                && matches!(doc.tokens[a].lower.as_str(), "a" | "an" | "the")
                && (a..s - 1).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap || j == a)
                && { let h = doc.tokens[s - 2].lower.as_str(); !lex.person_nouns.contains(h) && !lex.titles.contains_key(h) && (lex.speaker_nouns.contains(h) || lex.org_words.contains(h)) };
            if body {
                return Some((Party::Entity(m.entity), a));
            }
        }
    }
    None
}

/// "The health spokesperson, Jane Roe, went further by demanding that …", "…, Jane Roe, ended
/// the meeting by calling on …": a participle after "by" shares the subject of the verb before
/// it, here a person named in apposition before that verb (`named_in_apposition` at the verb).
pub(super) fn by_participle_after_apposition(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> Option<(Party, usize)> {
    if c < a + 4 || !doc.tokens[c].lower.ends_with("ing") || doc.tokens[c - 1].lower != "by" {
        return None;
    }
    let p = (c.saturating_sub(6).max(a + 1)..c - 2).rev().find(|&j| doc.tokens[j].lower == ",")?;
    if !(p + 1..c - 1).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap) {
        return None;
    }
    named_in_apposition(doc, ctx, p + 1, a)
}

/// "“…,” she said, calling on X to …": a participle after a speech verb and its comma
/// shares that verb's subject
/// ("“…,” X wrote on Telegram, calling on …", "X said in a statement, urging …": the
/// speech verb's venue or addressee may stand between)
pub(super) fn participle_after_speech(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> Option<(Party, usize)> {
    let speech_cue = |j: usize| Lexicon::get().cues.get(&doc.tokens[j].lower).is_some_and(|x| matches!(x.lemma, "say" | "tell" | "add" | "write" | "post" | "tweet"));
    let said_at = (c > a + 2 && doc.tokens[c].lower.ends_with("ing") && doc.tokens[c - 1].lower == ",")
        .then(|| (c.saturating_sub(7).max(a + 1)..c - 1).rev().take_while(|&j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote).find(|&j| speech_cue(j)))
        .flatten();
    if let Some(v) = said_at {
        if let Some(p) = subject_before(doc, ctx, v, a).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start))) {
            return Some(p);
        }
        // ("…, the National Auditor said on Monday, urging …": a speaker described by an office,
        // no actor as written, is the one the statements found for that cue, the office's holder
        // named later; the sentence's first words are what was said, not who asks)
        if let Some(e) = spoken_by_cue(doc, v) {
            return Some((Party::Entity(e), v));
        }
    }
    None
}

/// The speaker the statements found for the reported statement whose cue is the token `v`.
fn spoken_by_cue(doc: &Doc, v: usize) -> Option<usize> {
    let at = doc.tokens[v].span.start;
    doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.cue_span.is_some_and(|s| s.start == at)).and_then(|st| st.speaker)
}
