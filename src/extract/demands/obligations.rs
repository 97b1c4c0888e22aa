//! Obligations inside statements ("Y must Z", "Y should Z", said X) and on whom each falls: the
//! speaker's own body or party, a place, or the clause's subject.

use super::*;

/// Inside a statement by `by`: "Y must Z", "Y should Z", "there will be no A while B",
/// The number of words of the modal (`MODALS`) that starts at token `k`, if one does.
pub(super) fn modal_at(doc: &Doc, k: usize) -> Option<usize> {
    // (asked at every word of every statement: most words open no modal, and are turned
    // away by one match instead of fifteen comparisons)
    let first = doc.tokens.get(k)?.lower.as_str();
    if !is_modal_head(first) {
        return None;
    }
    // ("understood the need to protect …", "stressed the needs to …": "need" after an article
    // or a possessive is a noun, no obligation)
    if matches!(first, "need" | "needs") && k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "any" | "no" | "urgent" | "pressing" | "growing" | "clear" | "little" | "less" | "much" | "great" | "real" | "every") {
        return None;
    }
    // ("18 short of the 289 needed to topple the government": "needed" after a number is a
    // participle, the votes or seats it takes, no one obliged)
    if first == "needed" && k > 0 && doc.tokens[k - 1].kind == TokenKind::Number {
        return None;
    }
    MODALS.iter().find(|m| m.iter().enumerate().all(|(i, w)| doc.tokens.get(k + i).is_some_and(|t| t.lower == *w))).map(|m| m.len())
}

/// "the fund could again have to bill its members", "may have to raise premiums", "might
/// well have to close": "have to" after "could", "may" or "might" (an adverb between) is what
/// may come to be forced, a forecast, no demand on anyone (`k` at "have", `a` the clause start).
fn possibly_forced(doc: &Doc, k: usize, a: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let maybe = |j: usize| matches!(word(j), "could" | "may" | "might");
    let adverb = |j: usize| matches!(word(j), "again" | "also" | "well" | "still" | "even" | "eventually" | "soon" | "yet" | "then");
    k > a && (maybe(k - 1) || k > a + 1 && adverb(k - 1) && maybe(k - 2))
}

/// The token a "needed" at `k` follows as its noun: the word before it, or, when a quotation
/// closes right before it ('the "very special circumstances" needed to …'), the quotation's
/// last word (`a` the clause start).
fn quoted_noun_before(doc: &Doc, k: usize, a: usize) -> usize {
    if k >= a + 2 && doc.tokens[k - 1].kind == TokenKind::Quote {
        k - 2
    } else {
        k - 1
    }
}

/// Irregular past forms of verbs that take what is needed as their object ("had not shown the
/// circumstances needed to …", "found the money needed to …", "lacked" is regular): the
/// "-ed" test of `described_need` misses them.
fn irregular_taking_past(w: &str) -> bool {
    matches!(w, "shown" | "showed" | "given" | "gave" | "found" | "got" | "gotten" | "won" | "lost" | "had" | "brought" | "bought" | "sought" | "built" | "kept")
}

/// "he would have to trim his opening hours", "I will have to let my part-time worker go",
/// "many of its members would have to raise prices": "have to" after "would" or "will" whose
/// subject is a personal pronoun or "its/our/their members" is what the speaker or his own side
/// foresees being forced into, a forecast, no demand on anyone (`k` at "have", `a` the clause
/// start). A subject that is a body or a state ("the city would have to lay off …") is left to
/// the modal's reading.
fn own_side_forced(doc: &Doc, k: usize, a: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    if k < a + 1 {
        return false;
    }
    let contracted = |w: &str| {
        let w = w.replace('’', "'");
        matches!(w.as_str(), "i'll" | "we'll" | "he'll" | "she'll" | "they'll")
    };
    if contracted(word(k - 1)) {
        return true;
    }
    if k < a + 2 || !matches!(word(k - 1), "would" | "will" | "'ll" | "’ll") {
        return false;
    }
    let s = k - 2;
    matches!(word(s), "i" | "we" | "he" | "she" | "they") || word(s) == "members" && s > a && matches!(word(s - 1), "its" | "our" | "their")
}

/// "had never been asked what should happen to the islands", "has not decided how the money
/// should be spent", "where the plant should go": a modal (at `k`) a few words after "what",
/// "how" or "where" is in an indirect question, which asks what is to be done and demands
/// nothing of anyone, as "whether" does. Only within the modal's own short clause (no comma,
/// "and", "but" or "that" between), so "what happened was a crime and the minister should
/// resign" keeps its demand.
fn wh_question_before(doc: &Doc, a: usize, k: usize) -> bool {
    (a.max(k.saturating_sub(5))..k)
        .rev()
        .take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":" | "and" | "but" | "that" | "was" | "is"))
        .any(|x| matches!(doc.tokens[x].lower.as_str(), "what" | "how" | "where"))
}

/// The first words of `MODALS` (a test keeps the two lists together).
pub(super) fn is_modal_head(w: &str) -> bool {
    matches!(w, "must" | "should" | "needs" | "need" | "needed" | "has" | "have" | "had" | "is" | "are" | "ought" | "were" | "was")
}

/// The words at which a branch of `obligations` may start: those its branches compare the
/// word at `k` with, and the modals' first words (`modal_at` turns any other away).
pub(super) fn opens_obligation(l: &str) -> bool {
    is_modal_head(l)
        || matches!(l, "do" | "don't" | "don’t" | "please" | "or" | "unless" | "need" | "want" | "wants" | "let" | "should" | "if" | "condition" | "provided" | "will" | "would" | "until" | "onus" | "up" | "no" | "conditional" | "when" | "once" | "long")
        || DEMAND_IMPERATIVES.contains(&l)
}

/// Verbs of demand that open a quoted imperative ('"Give these kids somewhere to go."',
/// '"Stop the evictions now!"'), never a noun at a sentence's start (so not "pay", "raise",
/// "end", "return").
pub(super) const DEMAND_IMPERATIVES: &[&str] = &["give", "stop", "release", "withdraw", "lift", "halt", "restore", "resign", "scrap", "reverse", "hand", "bring"];

/// "X will not accept Z", "the onus is on X to Y".
pub(super) fn obligations(doc: &Doc, ctx: &Ctx, by: Party, a: usize, b: usize, reported: bool, out: &mut Vec<Demand>) {
    let clause_start = |k: usize, extra: &[&str]| (a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "that" | "," | ";" | ":" | "“" | "\"") || extra.contains(&doc.tokens[x].lower.as_str())).map(|x| x + 1).unwrap_or(a);
    // a clause begins after a verb of saying or believing too ("X said allies had to do
    // more", "X told Reuters the group would not negotiate")
    let reporting = |x: usize| !doc.tokens[x].cap && Lexicon::get().cues.get(&doc.tokens[x].lower).is_some_and(|c| matches!(c.class, crate::lexicon::CueClass::Speech | crate::lexicon::CueClass::Belief));
    // (past a name told: "told Bloomberg News the group would …")
    let reported_clause = |k: usize| clause_start(k, &[]).max((a..k).rev().find(|&x| reporting(x)).map_or(a, |x| past_told(doc, x + 1, k)));
    // ("Congo's communications minister, X, said the government would not negotiate …": "the
    // government" right before the modal at `k` is the state whose office the speaker holds)
    let speakers_government = |k: usize, clause_a: usize| -> Option<Party> {
        if k < clause_a + 2 || doc.tokens[k - 1].lower != "government" || doc.tokens[k - 2].lower != "the" {
            return None;
        }
        let Party::Entity(p) = by else { return None };
        sole_body_of(doc, p, EntityKind::Country).map(Party::Entity)
    };
    // ("the government would …" opening the clause at `c`: the speaker's state)
    let government_would = |c: usize| doc.tokens.get(c + 2).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will")).then(|| speakers_government(c + 2, c)).flatten();
    // (the reported clause of the first verb of saying before `k`, past the one told; and the
    // body, or the speaker's state as "the government", that opens it after any "that": who sets
    // a condition in it)
    // ("A diplomat, speaking on condition of anonymity, said the EU would … only if …",
    // "Speaking to reporters, X said …": a participle of speech opening an aside or the
    // sentence is not the verb whose clause is told)
    let aside = |x: usize| matches!(doc.tokens[x].lower.as_str(), "speaking" | "asked") && (x == a || doc.tokens[x - 1].lower == ",");
    // ("She called on the UN to … and said Tanzania would keep its troops … only if …": a
    // second verb of saying, joined by "and" to the first, opens the clause the condition is in;
    // the one called on is not who sets it)
    let told_clause = |k: usize| (a..k).rev().find(|&x| x > a && reporting(x) && !aside(x) && doc.tokens[x - 1].lower == "and").or_else(|| (a..k).find(|&x| reporting(x) && !aside(x))).map_or(a, |x| past_told(doc, x + 1, k));
    let clause_setter = |ca: usize, k: usize| {
        let c = past_that(doc, ca, k);
        clause_body(doc, ctx, by, c, k).or_else(|| government_would(c))
    };
    let mut k = a;
    // the addressee of the latest modal, for a coordinated one ("must withdraw … and should hold …")
    let mut last_of: Option<(usize, Option<Party>)> = None;
    while k < b {
        let l = doc.tokens[k].lower.as_str();
        // (every branch below first asks the word at `k` to be one of its own: a word that
        // opens none, most words of a statement, goes on at once; a branch for another word
        // must add it to `opens_obligation`)
        if !opens_obligation(l) {
            k += 1;
            continue;
        }
        // ("X said any deal was conditional on a full withdrawal": a condition the speaker sets)
        // (not one others are asked to set: "the world should make recognition conditional on
        // …" is the modal's demand)
        if l == "conditional" && !asked_to_set(doc, a, k) {
            if let Some((wa, end)) = conditional_on(doc, k, b) {
                push(out, DemandKind::Condition, by, None, span(doc, wa, end), span(doc, clause_start(k, &[]), end), "conditional on".to_string());
                k = end;
                continue;
            }
        }
        // "“… Do not wait to see the smoke.”", "“Please stay at home.”": a sentence of a
        // quotation that opens with a negative imperative or "please" is the speaker's demand
        // (capitalised: a quoted predicate after its subject, `the rules "do not help …"`, opens
        // no sentence)
        // ("If you need urgent care, please come forward": after a condition opening the
        // sentence and its comma too)
        let after_condition = || l == "please" && k > a + 2 && doc.tokens[k - 1].lower == "," && {
            let open = (a..k).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?") || doc.tokens[j].kind == TokenKind::Quote).map_or(a, |j| j + 1);
            matches!(doc.tokens[open].lower.as_str(), "if" | "when" | "whenever") && !(open..k - 1).any(|j| doc.tokens[j].lower == ",")
        };
        // ('"Give these kids somewhere to go."', '"Stop the evictions now!"': a sentence of a
        // quotation that opens with one of a few verbs of demand, never a noun there, and an
        // object after it)
        let positive = DEMAND_IMPERATIVES.contains(&l);
        if !reported && (matches!(l, "do" | "don't" | "don’t" | "please") || positive) && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "." | "!" | "?") || after_condition()) && (doc.tokens[k].cap || l == "please") {
            let next = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
            let v = match l {
                "do" if matches!(next(k + 1), "not" | "n't" | "n’t") => Some(k + 2),
                "don't" | "don’t" | "please" => Some(k + 1),
                // (the object a determiner, pronoun or plain noun; the sentence no question)
                _ if positive && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "of" | "is" | "are" | "was" | "were" | "has" | "have" | "will" | "would" | "and" | "or")) && (k + 1..b).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | "!")).all(|j| doc.tokens[j].lower != "?") => Some(k),
                _ => None,
            };
            if let Some(v) = v.filter(|&v| v == k || v < b && doc.tokens[v].kind == TokenKind::Word && !doc.tokens[v].cap && !Lexicon::get().stopwords.contains(&doc.tokens[v].lower)) {
                let end = vp_end(doc, v, b, false);
                if end > v {
                    let cue = if v == k { l.to_string() } else { doc.tokens[k..v].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ") };
                    push(out, DemandKind::Demand, by, None, span(doc, k, end), span(doc, k, end), cue);
                    k = end;
                    continue;
                }
            }
        }
        // "“Raise wages now, or step aside.”", "“Pay up, or resign.”": an ultimatum, a sentence of
        // a quotation that opens with a verb and offers a second one after ", or" just before
        // its end, is the speaker's demand (what comes before the comma)
        if l == "or" && !reported && k > a + 1 && doc.tokens[k - 1].lower == "," {
            let open = (a..k).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?") || doc.tokens[j].kind == TokenKind::Quote).map_or(a, |j| j + 1);
            let lex = Lexicon::get();
            let end = (k + 1..b.min(k + 6)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?")).or_else(|| (k + 2 <= b && b <= k + 5).then_some(b));
            let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[j].lower) && lex.is_common_word(&doc.tokens[j].lower);
            if let Some(end) = end.filter(|&e| e > k + 1 && open + 1 < k - 1 && doc.tokens[open].cap && plain(open) && !doc.tokens[open].lower.ends_with("ly") && !doc.tokens[k + 1].cap && plain(k + 1) && !(open..k - 1).any(|j| matches!(doc.tokens[j].lower.as_str(), "," | "if" | "when"))) {
                push(out, DemandKind::Demand, by, None, span(doc, open, k - 1), span(doc, open, end), doc.tokens[open].lower.clone());
                k = end;
                continue;
            }
        }
        // "“Unless the ministry withdraws the levy, we will strike.”", "“Unless the numbers
        // change, there is no deal.”": a condition opening a sentence of a quotation, before a
        // main clause that threatens or refuses, is the speaker's
        // ("“If he does not keep his word, we will vote him out.”", "“If the changes are not
        // made, we will act again.”": a negated condition opening the sentence, the same; what
        // is asked follows the negation, or is the whole condition when it is passive)
        if matches!(l, "unless" | "if") && !reported && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "." | "!" | "?") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            if let Some(comma) = (k + 3..b.min(k + 30)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "?" | "!")).find(|&j| doc.tokens[j].lower == ",") {
                // (for "if": the negation within the condition, after a subject that is not the
                // speaker's own side)
                let negated = if l == "if" {
                    // ("If the government fails to honour its word, we will …": a verb of failing
                    // or refusing before "to" negates as "not" does; what is asked follows "to")
                    let fails = |j: usize| matches!(doc.tokens[j].lower.as_str(), "fails" | "fail" | "failed" | "refuses" | "refuse" | "refused") && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to");
                    let neg = (k + 2..comma).find(|&j| matches!(doc.tokens[j].lower.as_str(), "not" | "n't" | "n’t") || fails(j));
                    match neg {
                        Some(n) if !matches!(doc.tokens[k + 1].lower.as_str(), "we" | "i") && !(k + 2..n).any(|j| matches!(doc.tokens[j].lower.as_str(), "not" | "if" | "only" | "than")) => {
                            let passive = matches!(doc.tokens[n - 1].lower.as_str(), "is" | "are" | "was" | "were" | "be");
                            // (one who is to act: an actor or a pronoun for one as the subject, or a
                            // passive's participle; not "If funding does not arrive", "If the
                            // numbers are not there")
                            let participle = doc.tokens.get(n + 1).is_some_and(|t| {
                                let w = t.lower.as_str();
                                w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")) || matches!(w, "made" | "paid" | "met" | "done" | "held" | "kept" | "sent" | "set" | "found")
                            });
                            let actor = matches!(doc.tokens[k + 1].lower.as_str(), "he" | "she" | "they" | "you") || np_at(doc, ctx, k + 1, n).is_some_and(|np| actor_party(doc, &np).is_some());
                            if passive && !participle || !passive && !actor {
                                None
                            } else {
                                Some(if passive { k + 1 } else if fails(n) { n + 2 } else { n + 1 })
                            }
                        }
                        _ => None,
                    }
                } else {
                    None
                };
                // (the speaker's side or an actor threatens or refuses: "we will …", "there
                // is no deal"; not a forecast, "… , the harvest will be poor")
                let main = doc.tokens.get(comma + 1).map_or("", |t| t.lower.as_str());
                // (an actor that threatens is the demander: "…, Oslo will close the border")
                let actor = if matches!(main, "we" | "i" | "there") { None } else { np_at(doc, ctx, comma + 1, b).filter(|np| !np.entities.is_empty()).and_then(|np| actor_party(doc, &np)) };
                let side = matches!(main, "we" | "i" | "there") || actor.is_some();
                let threat = side && (comma + 1..b.min(comma + 8)).take_while(|&j| doc.tokens[j].lower != ".").any(|j| matches!(doc.tokens[j].lower.as_str(), "no" | "not" | "never" | "will" | "would" | "'ll" | "’ll" | "won't" | "won’t" | "cannot" | "can't" | "can’t"))
                    && (main != "there" || (comma + 2..b.min(comma + 6)).any(|j| doc.tokens[j].lower == "no"));
                if threat && (l == "unless" || negated.is_some()) {
                    let subj = np_at(doc, ctx, k + 1, comma);
                    let by = actor.unwrap_or(by);
                    let of = subj.as_ref().and_then(|np| actor_party(doc, np)).filter(|&p| p != by);
                    let va = if of.is_some() { subj.map_or(k + 1, |np| np.end) } else { k + 1 };
                    let va = negated.unwrap_or(va);
                    let end = vp_end(doc, comma + 1, b, false);
                    push(out, DemandKind::Condition, by, of, span(doc, va, comma), span(doc, k, end.max(comma + 1)), l.to_string());
                    k = comma + 1;
                    continue;
                }
            }
        }
        // "We want our savings back", "I want an apology" inside what someone says: the speaker
        // wants it
        // ("We need more air defence": more of what a side says it needs is asked of others;
        // not "I need a break", "we need to …", nor "we need a leader who …", a wish)
        let needs = l == "need" && k > a && doc.tokens[k - 1].lower == "we" && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "more");
        if (matches!(l, "want" | "wants") && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "we" | "i") || needs) && (k - 1 == a || !doc.tokens[k - 2].cap && doc.tokens[k - 2].kind != TokenKind::Word || matches!(doc.tokens[k - 2].lower.as_str(), "," | "and" | "but" | "that"))
            && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "our" | "my" | "the" | "a" | "an" | "justice" | "answers" | "guarantees" | "assurances" | "compensation" | "peace" | "accountability" | "action") || needs && t.lower == "more")
        {
            let end = vp_end(doc, k + 1, b, true);
            if end > k + 2 {
                push(out, DemandKind::Demand, by, None, span(doc, k + 1, end), span(doc, k - 1, end), l.to_string());
                k = end;
                continue;
            }
        }
        // "Let the commission open the ballot boxes" inside what someone says: the speaker asks
        // it of the actor named
        if l == "let" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "," | "and" | ":") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            // (a body or a state: "let Kenyans see the truth" lets people see)
            let body = |np: &crate::extract::np::Np| !np.entities.is_empty() && np.entities.iter().all(|&e| matches!(doc.entities[doc.actor_of(e)].kind, EntityKind::Organization | EntityKind::Country));
            if let Some((np, of)) = np_at(doc, ctx, k + 1, b).filter(body).and_then(|np| actor_party(doc, &np).map(|p| (np, p))).filter(|&(_, p)| p != by) {
                let verb = doc.tokens.get(np.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "'s" | "of" | "and" | "to"));
                let end = vp_end(doc, np.end, b, true);
                if verb && end > np.end + 1 {
                    push(out, DemandKind::Demand, by, Some(of), span(doc, np.end, end), span(doc, k, end), l.to_string());
                    k = end;
                    continue;
                }
            }
        }
        // ("should Clinton attempt a return, …", ", should he fail to …": "should" opening a
        // clause before its subject is a condition, no obligation)
        let inverted = l == "should" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "," | ";" | ":" | "—" | "–" | "(" | "and" | "or" | "but")) && doc.tokens.get(k + 1).is_some_and(|t| t.cap || crate::extract::np::is_pronoun(&t.lower) || matches!(t.lower.as_str(), "the" | "a" | "an" | "any" | "their" | "its"));
        let modal = modal_at(doc, k).filter(|_| !inverted);
        // ("rejected the idea that support should be tied to …": a modal inside an idea that
        // is rejected is no demand)
        let rejected_idea = modal.is_some() && {
            let ca = clause_start(k, &[]);
            ca >= 2 && doc.tokens[ca - 1].lower == "that"
                && matches!(doc.tokens[ca - 2].lower.as_str(), "idea" | "notion" | "suggestion" | "suggestions" | "claim" | "claims" | "view" | "argument" | "assertion" | "premise" | "accusation" | "accusations")
                && (ca.saturating_sub(6)..ca - 2).any(|x| matches!(doc.tokens[x].lower.as_str(), "rejected" | "rejects" | "reject" | "rejecting" | "dismissed" | "dismisses" | "dismissing" | "denied" | "denies" | "disputed" | "disputes" | "refuted" | "refutes" | "scoffed" | "brushed" | "ridiculed" | "challenged"))
        };
        // ("will decide whether the officer should face charges": a modal in a question left
        // open is no demand)
        let open_question = modal.is_some() && ((a.max(k.saturating_sub(8))..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":")).any(|x| doc.tokens[x].lower == "whether") || wh_question_before(doc, a, k));
        // ("lacked the pumps and trucks needed to clear the roads": "needed to"
        // right after a noun that a past verb of the clause took as its object describes the
        // noun, no demand)
        // ('had not shown the "very special circumstances" needed to build': the noun may close
        // a quotation, and the past verb may be an irregular participle, `irregular_taking_past`)
        let described_need = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && {
            let n = quoted_noun_before(doc, k, a);
            let n = &doc.tokens[n];
            n.kind == TokenKind::Word && !n.cap && !crate::extract::np::is_pronoun(&n.lower) && !Lexicon::get().stopwords.contains(&n.lower) && !n.lower.ends_with("ly")
                && (a.max(k.saturating_sub(10))..k - 1).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":" | "that" | "which" | "who")).any(|x| {
                    let w = &doc.tokens[x];
                    w.kind == TokenKind::Word && !w.cap && (w.lower.len() > 4 && w.lower.ends_with("ed") && w.lower != "needed" || irregular_taking_past(&w.lower))
                })
        };
        // ("the law was needed to stop …", "the taxes are needed to repay debt": "needed" after
        // a form of "be" says what a thing is for, no demand on anyone)
        let purpose = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being");
        // ("it has had to cut rations": a perfect "had to" tells what circumstances forced, no
        // backshifted "have to" of a report; "No humanitarian should ever have to make that
        // choice": what no one should be forced into asks nothing of anyone)
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        let forced = modal.is_some()
            && (l == "had" && k > a && matches!(word(k - 1), "has" | "have" | "had" | "'ve" | "’ve" | "'s" | "’s")
                || l == "should" && matches!(word(k + 1), "ever" | "never") && word(k + 2) == "have" && word(k + 3) == "to"
                || l == "have" && k >= a + 2 && matches!(word(k - 1), "ever" | "never") && word(k - 2) == "should"
                || l == "have" && (possibly_forced(doc, k, a) || own_side_forced(doc, k, a)));
        if rejected_idea || open_question || described_need || purpose || forced {
            k += 1;
            continue;
        }
        if let Some(n) = modal {
            // the subject: an actor right before, else the clause from its start
            let clause_a = reported_clause(k);
            let subj = subject_before_in(doc, ctx, k, clause_a, true);
            let of = subj.as_ref().and_then(|s| actor_party(doc, s)).filter(|&p| p != by);
            let coordinated = k > a && matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or") && subj.is_none();
            let of = match (of, last_of) {
                (None, Some((_, prev))) if coordinated => prev,
                (of, _) => of,
            };
            last_of = Some((k, of));
            let va = k + n;
            let end = vp_end(doc, va, b, false);
            // "must withdraw its troops and should hold elections": two demands
            let is_modal = |j: usize| modal_at(doc, j).is_some();
            // ("has to explain …, and he has to start …": a pronoun before the second modal)
            // ("said allies should "step up," and he has backed calls for …": a clause of its
            // own after "and"/"but" and a personal pronoun, which the statement runs on through)
            let pronoun_clause = |j: usize| matches!(doc.tokens[j].lower.as_str(), "and" | "but") && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "they" | "we"));
            let end = (va..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "and" | "or") && (is_modal(j + 1) || doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "it" | "they")) && is_modal(j + 2)) || pronoun_clause(j)).unwrap_or(end);
            // ("said X should focus on … and that the council must stop …": a second reported
            // clause, opened by "and that", whose subject is an actor holds a demand of its own;
            // not "… and that people should not be sent …", a subject that is no actor)
            let end = (va..end)
                .find(|&j| {
                    doc.tokens[j].lower == "and"
                        && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "that")
                        && (j + 3..end.min(j + 8)).find(|&m| is_modal(m)).and_then(|m| subject_before_in(doc, ctx, m, j + 2, true)).is_some_and(|s| s.start <= j + 3 && actor_party(doc, &s).is_some())
                })
                .unwrap_or(end);
            // "questions that need to be answered", "you should …": not a demand on anyone
            // ("no one should be targeted", "nobody should …": a norm, not a demand on anyone)
            // ("one should never judge too early": advice to anyone)
            // ("When Oslo wants lower tariffs, it must cut its own": "it" after a clause opened
            // by "if", "when", "since" or "because" that names a state or body, with a verb
            // that is no "be", is that actor)
            let it_actor = (k > a + 2 && doc.tokens[k - 1].lower == "it" && doc.tokens[k - 2].lower == "," && doc.tokens.get(k + n).is_some_and(|t| !matches!(t.lower.as_str(), "be" | "not" | "have")))
                .then(|| (a..k - 2).rev().take(12).find(|&x| matches!(doc.tokens[x].lower.as_str(), "if" | "when" | "since" | "because")))
                .flatten()
                .and_then(|x| np_at(doc, ctx, x + 1, k - 2))
                .and_then(|np| actor_party(doc, &np))
                .filter(|&p| p != by);
            let of = it_actor.or(of);
            // ("If an app cannot keep children safe, it should not be operating here": "it" after
            // an "if" or "when" clause whose subject is any one of a kind, "a", "an" or "any" and
            // a noun, is a rule for all of that kind, asked of no one named, as "Companies should
            // not …" is)
            let kind_it = it_actor.is_none()
                && k > a + 4
                && doc.tokens[k - 1].lower == "it"
                && doc.tokens[k - 2].lower == ","
                && (a..k - 2).rev().take(12).find(|&x| matches!(doc.tokens[x].lower.as_str(), "if" | "when")).is_some_and(|x| matches!(doc.tokens[x + 1].lower.as_str(), "a" | "an" | "any") && doc.tokens.get(x + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap));
            // (so no one is what "it" would be taken for, a state named before)
            let (of, subj) = if kind_it { (None, None) } else { (of, subj) };
            // ("told European leaders they should …": the pronoun right after those told is them)
            // ("told the authority that it should …", "wrote to the regulator in July that it
            // must …": "it" after "that" right after a body told or written to is that body, no
            // impersonal "it")
            // (not an impersonal passive, "told reporters that it must be said …", nor the
            // press told)
            let that_it = k >= a + 4 && doc.tokens[k - 1].lower == "it" && doc.tokens[k - 2].lower == "that" && doc.tokens.get(k + n).is_some_and(|t| t.lower != "be");
            let timeish = |j: usize| doc.tokens[j].kind == TokenKind::Word && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier" | "week" | "month" | "year"));
            // (where the one told ends: before a time phrase, "in July", right before "that")
            let hearer_limit = |x: usize| if that_it { (x + 2..k - 2).find(|&j| matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier") && k - 2 - j <= 3 && (j..k - 2).all(timeish)).unwrap_or(k - 2) } else { k - 1 };
            let press = |x: usize| matches!(doc.tokens[x].lower.as_str(), "reporters" | "journalists" | "media" | "press");
            let written_to = |x: usize| doc.tokens[x].lower == "to" && x > a && write_form(&doc.tokens[x - 1].lower);
            let told = (k >= a + 3 && (matches!(doc.tokens[k - 1].lower.as_str(), "they" | "he" | "she") || that_it))
                .then(|| (a.max(k.saturating_sub(10))..k - 2).rev().find(|&x| crate::extract::np::told_form(&doc.tokens[x].lower) || that_it && written_to(x)))
                .flatten()
                .filter(|&x| !(that_it && (x + 1..hearer_limit(x)).any(press)))
                .map(|x| (addressee_at(doc, ctx, x + 1, hearer_limit(x)), hearer_limit(x)))
                .and_then(|((p, e), lim)| p.filter(|_| e == lim))
                .filter(|&p| p != by);
            let of = told.or(of);
            // ("the authorities need to …", "the government must …": with no country named with
            // them, the state the article is mostly about, as an appeal to them is)
            let bare_government = of.is_none() && k >= a + 2 && doc.tokens[k - 2].lower == "the" && matches!(doc.tokens[k - 1].lower.as_str(), "authorities" | "government") && !doc.tokens[k - 1].cap;
            // (the speaker's own state, by the organisation they work at, when its name holds a
            // capital or a state: "X, a researcher at the Belgrade Centre for Security Policy,
            // said the government must …" is Serbia's, in a story that names Kosovo most;
            // `speaker_state`)
            let speakers = bare_government.then(|| speaker_state(doc, by)).flatten().map(Party::Entity).filter(|&p| p != by);
            let home = (bare_government && speakers.is_none())
                .then(|| crate::extract::statements::home_country(doc))
                .flatten()
                // (asked to act toward the state taken for it, in a story of two states: the
                // other one, `statements::state_acted_toward`)
                .map(|e| {
                    let toward = doc.entities[e].country.as_deref().and_then(|c| crate::extract::statements::state_acted_toward(doc, c, k + 1, crate::extract::statements::sentence_end(doc, k)));
                    toward.and_then(|c| doc.named_country(&c)).unwrap_or(e)
                })
                .map(Party::Entity)
                .filter(|&p| p != by);
            let of = speakers.or(home).or(of);
            // ("this one must be cheaper" names what it means)
            let pointed = k > a + 1 && matches!(doc.tokens[k - 2].lower.as_str(), "this" | "that" | "the" | "each" | "every" | "which" | "any" | "another" | "other" | "last" | "first" | "next");
            // ("Nobody should be executed on the word of a liar", "No one should go to prison for
            // …" in a quote: what nobody should do or suffer is asked of all, as the golds have
            // it; not "nobody should be surprised", a feeling, nor a belief reported, "X believed
            // no one should be punished")
            let nobody = !reported && k > a && (doc.tokens[k - 1].lower == "nobody" || doc.tokens[k - 1].lower == "one" && k >= a + 2 && doc.tokens[k - 2].lower == "no")
                && !(doc.tokens.get(va).is_some_and(|t| t.lower == "be") && doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "surprised" | "shocked" | "fooled" | "deceived" | "alarmed" | "worried" | "afraid")))
                // (nor what nobody should do to the speakers, a complaint: "Nobody should ask us
                // to do that.")
                && !doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "us" | "me"));
            let impersonal = it_actor.is_none() && !kind_it && !(that_it && told.is_some()) && k > a && !nobody && (matches!(doc.tokens[k - 1].lower.as_str(), "that" | "which" | "who" | "you" | "it" | "i" | "we" | "this" | "nobody" | "nothing") || doc.tokens[k - 1].lower == "one" && !pointed);
            // ("Fishing crews were ordered to stay in port, she added": a passive order the
            // speaker reports is the speaker's; not "he was ordered to", which someone else gave)
            let passive = n == 3;
            let impersonal = impersonal || passive && (k == a || crate::extract::np::is_pronoun(&doc.tokens[k - 1].lower) || !reported && doc.tokens.get(a).is_some_and(|t| t.kind == TokenKind::Quote));
            // ("they should not have been standing there": a reproach of what was done, not a
            // demand; "How many more canyons have to burn?": a question asks for nothing)
            // ("He should never have been out": "never" stands where "not" does; "should never
            // have to" is turned away above, as what no one should be forced into)
            let hindsight = n == 1 && {
                let h = va + usize::from(doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "not" | "never")));
                // (a thing had after it is asked for: "the region must have a voice in the talks")
                doc.tokens.get(h).is_some_and(|t| t.lower == "have")
                    && doc.tokens.get(h + 1).is_some_and(|t| t.lower != "to" && !matches!(t.lower.as_str(), "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her" | "your" | "my" | "no" | "some" | "more" | "full" | "every" | "enough"))
            };
            // ("Drivers should expect delays on the main roads", "customers must anticipate
            // outages": what the hearer is told to brace for is a forecast, asked of no one)
            let forewarned = !passive && doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "expect" | "anticipate"));
            let hindsight = hindsight || forewarned;
            let asked = (va..(end + 1).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "?");
            // ("“must be completed in English”", "“must be well thought out”": a quoted fragment
            // that opens with the modal has no one it is asked of, nor a clause to name one)
            // (a subject right before the quotation mark stays one: `residents "should not be
            // punished"`)
            let fragment = of.is_none() && subj.is_none() && !coordinated && k == clause_a && k > 1 && doc.tokens[k - 1].kind == TokenKind::Quote && (doc.tokens[k - 2].kind != TokenKind::Word || Lexicon::get().cues.contains_key(&doc.tokens[k - 2].lower));
            // ("Hale must resign", "Assad must go": one verb is a demand too, of an actor named
            // as its subject; not in a relative clause whose object is the noun before it,
            // "the conditions that Moscow must meet")
            let relative = clause_a >= a + 2 && matches!(doc.tokens[clause_a - 1].lower.as_str(), "that" | "which") && {
                let n = &doc.tokens[clause_a - 2];
                n.kind == TokenKind::Word && !n.cap && !Lexicon::get().cues.contains_key(&n.lower)
            };
            let one_verb = end == va + 1
                && of.is_some()
                && !relative
                && doc.tokens.get(va).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "be" | "have" | "do" | "not" | "too" | "also" | "now" | "again") && !Lexicon::get().stopwords.contains(&t.lower));
            if !impersonal && !hindsight && !asked && !fragment && (end > va + 1 || one_verb) {
                // a subject that is no actor ("Europe should respond …", "both sides must …")
                // is named as written
                let of = of.or_else(|| subj.as_ref().filter(|s| s.start < k && doc.tokens[s.start].kind == TokenKind::Word).map(|s| Party::Text(span(doc, s.start, s.end)))).or_else(|| plain_subject(doc, clause_a, k).map(|s| Party::Text(span(doc, s, k))));
                // (a passive order: its subject, as written, is whom it is addressed to, and
                // what follows "to" up to a comma is what is ordered)
                let of = if passive { of.or_else(|| (clause_a < k).then(|| Party::Text(span(doc, skip_marks(doc, clause_a, k), k)))) } else { of };
                let end = if passive { (va..end).find(|&j| doc.tokens[j].lower == ",").unwrap_or(end) } else { end };
                // (what is asked never runs back past a question's or an exclamation's end:
                // '"Are the roads closed? Security must come first," she said')
                let clause_a = (clause_a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "?" | "!")).map_or(clause_a, |x| x + 1);
                let what_a = skip_marks(doc, if of.is_some() || coordinated || passive || kind_it { va } else { clause_a }, end);
                let negated = doc.tokens.get(va).is_some_and(|t| t.lower == "not");
                let ev_a = if reported { clause_a } else { clause_a.max(a) };
                let cue = doc.tokens[k..k + n].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
                push(out, if negated { DemandKind::Refusal } else { DemandKind::Demand }, by, of, span(doc, what_a, end), span(doc, ev_a, end), cue);
            }
            k += n;
            continue;
        }
        // "X would only return to talks if Y lifted sanctions", "… on condition that Y …",
        // "… provided that Y …": a condition on what another actor does
        // (an offer on a condition too: "ready to hand over the hostages if Y halted …")
        // ("will sign only when the militia withdraws", "would flow only once a committee takes
        // charge": "only" right before "when"/"once" sets a condition as "only if" does)
        // (a commitment only: "will"/"would" earlier in the clause after "it", "we", "they" or
        // a name, the speaker's own word or an actor's; not "the government remembers us only
        // when the water comes", nor a forecast of another, "He will stop only when …"; and not
        // "only once" as how often, with no clause after it: "has visited only once since …")
        // ("would only return to the table once Serbia withdrew …": "only" may stand right after
        // the modal instead)
        let only_before = k > a + 1 && doc.tokens[k - 1].lower == "only";
        let only_when = matches!(l, "when" | "once")
            && k > a + 1
            && (k.saturating_sub(10).max(a + 1)..k - 1)
                .rev()
                .take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that"))
                // ("their money would flow only once …": a noun the subject's own, after "its",
                // "their", "our", is the subject's deed too)
                .any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") && (only_before || doc.tokens[x + 1].lower == "only") && (matches!(doc.tokens[x - 1].lower.as_str(), "it" | "we" | "they") || doc.tokens[x - 1].cap && !crate::extract::np::is_pronoun(&doc.tokens[x - 1].lower) || x >= a + 2 && !doc.tokens[x - 1].cap && doc.tokens[x - 1].kind == TokenKind::Word && matches!(doc.tokens[x - 2].lower.as_str(), "its" | "their" | "our")))
            && doc.tokens.get(skip_marks(doc, k + 1, b)).is_some_and(|t| t.cap || matches!(t.lower.as_str(), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "it" | "they" | "he" | "she" | "we" | "all" | "both" | "every"));
        let only_if = only_when || l == "if" && (k.saturating_sub(10).max(a)..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "only" | "ready" | "willing" | "prepared"));
        let that_at = |x: usize| doc.tokens.get(x).is_some_and(|t| t.lower == "that");
        // ("on the condition that …" as "on condition that …"; ", provided the union did not
        // strike …" with no "that", as news writes it: the clause opens right after)
        let on_condition = l == "condition" && k > a && (doc.tokens[k - 1].lower == "on" || k > a + 1 && doc.tokens[k - 1].lower == "the" && doc.tokens[k - 2].lower == "on");
        let provided = l == "provided" && k > a && doc.tokens[k - 1].lower == ",";
        // ("Fiji would replace its generators, as long as partners provided the funding", "the
        // party would stay in the coalition “as long as the budget does not raise taxes”": "as
        // long as" or "so long as" after a commitment, "will"/"would" earlier in the clause, sets
        // a condition as "provided" does (`normal_forms` writes either "as" of "as long as" as
        // "as-long-as"); not "for as long as", how long, nor a clause that
        // merely exists, "as long as there is …", "as long as it takes")
        // (the one who would act is an actor: a name, a pronoun, a body by its kind; not "the
        // truce would hold as long as …", a forecast)
        let committed = |x: usize| {
            let t = &doc.tokens[x];
            t.cap || ctx.tok_mention[x].is_some() || matches!(t.lower.as_str(), "it" | "we" | "they" | "he" | "she" | "i" | "government" | "company" | "military" | "army" | "party" | "union" | "group" | "council" | "board" | "firm" | "coalition" | "alliance" | "bloc" | "ministry" | "committee" | "authorities" | "administration" | "rebels")
        };
        let as_long = l == "long"
            && k > a + 2
            && matches!(doc.tokens[k - 1].lower.as_str(), "as-long-as" | "so")
            && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "as" | "as-long-as"))
            && doc.tokens[k - 2].lower != "for"
            && (k.saturating_sub(16).max(a + 1)..k - 1).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | "?" | "!")).any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") && committed(x - 1))
            // (what another actor does: not "as long as it complies …", the subject's own
            // conduct, nor "as long as the budget does not raise taxes", a line not to cross)
            && doc.tokens.get(skip_marks(doc, k + 2, b)).is_some_and(|t| !matches!(t.lower.as_str(), "there" | "necessary" | "needed" | "possible" | "required" | "it" | "they" | "he" | "she" | "we" | "i" | "you"))
            && !doc.tokens.get(skip_marks(doc, k + 3, b)).is_some_and(|t| matches!(t.lower.as_str(), "takes" | "take" | "lasts" | "exists" | "existed"))
            && !(k + 2..(k + 9).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).any(|j| matches!(doc.tokens[j].lower.as_str(), "not" | "n't" | "n’t" | "never"));
        let condition_that = on_condition && that_at(k + 1) || provided || as_long;
        let word = if as_long { "as long as" } else { l };
        if only_if || condition_that {
            // (a quotation may open the condition: 'only when "a mechanism is in place …"')
            let c0 = skip_marks(doc, if as_long { k + 2 } else if condition_that && that_at(k + 1) { k + 2 } else { k + 1 }, b);
            // (not a state the actor would be in: "willing to help Y if it is attacked")
            // (nor a verb's object: "…, provided the agency with records" has no condition)
            let acts = |np: &crate::extract::np::Np| !doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "gets" | "got" | "came" | "comes") || t.lower == "with" && !that_at(k + 1) && l == "provided");
            // ("He said Moscow would back a resolution only if it was agreed with …": "it" or
            // "they" before a passive or a copula, taken for the actor right before the
            // clause's "would"/"will", is the thing backed; that actor sets the condition, and no
            // actor acts in it)
            let modal_subject = |p: Party| {
                (k.saturating_sub(14).max(a + 1)..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that")).filter(|&x| matches!(doc.tokens[x].lower.as_str(), "would" | "will")).any(|x| (x.saturating_sub(3).max(a)..x).any(|st| np_at(doc, ctx, st, x).is_some_and(|np| np.end == x && actor_party(doc, &np) == Some(p))))
            };
            let passive_pronoun = np_at(doc, ctx, c0, b).filter(|np| np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they") && !acts(np)).and_then(|np| actor_party(doc, &np)).filter(|&p| p != by && modal_subject(p));
            if let Some((np, of)) = np_at(doc, ctx, c0, b).filter(acts).and_then(|np| actor_party(doc, &np).map(|p| (np, p))).filter(|&(_, p)| p != by) {
                // ("She said Kenya would only approve projects if they met …": a pronoun that
                // opens the condition and resolves to the reported clause's subject takes up
                // something else (the projects), and leaves that subject the condition's setter)
                let pronoun = np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they");
                let end = vp_end(doc, np.end, b, false);
                if end > np.end + 1 {
                    let cue = if only_if || !that_at(k + 1) { word.to_string() } else { format!("{} that", doc.tokens[k].lower) };
                    // ("said the Liberals had offered to back the bill only if the government …": the
                    // actor that opens the reported clause sets the condition, as a state that
                    // refuses does)
                    // ("said the government would back the merger only if …": the state whose
                    // office the speaker holds, as for an obligation)
                    let ca = told_clause(k);
                    // (the actor or place whose phrase opens at `at` and is followed by a word
                    // `then` accepts, other than the one asked)
                    let subject_at = |at: usize, then: &dyn Fn(&crate::model::Token) -> bool| np_at(doc, ctx, at, k).filter(|s| doc.tokens.get(s.end).is_some_and(then)).and_then(|s| actor_party(doc, &s).or_else(|| place_that_would(doc, &s))).filter(|&p| p != of || pronoun);
                    let setter = clause_setter(ca, k)
                        // ("Russia would consider a swap only if Ukraine …, she told a briefing":
                        // a reported clause that opens the statement opens with its subject)
                        .or_else(|| (ca > a || reported).then(|| subject_at(ca, &|t| t.kind == TokenKind::Word && !t.cap)).flatten())
                        // ("told reporters in Washington that the US would lift tariffs only if
                        // Beijing …", "told the daily El Universo that Ecuador would …": where the
                        // words after the verb take up no actor, the subject after a "that" a few
                        // words on opens the reported clause and sets the condition)
                        .or_else(|| {
                            let c = past_that(doc, ca, k);
                            (c > ca && c < k).then(|| subject_at(c, &|t| matches!(t.lower.as_str(), "would" | "will"))).flatten()
                        })
                        .unwrap_or(by);
                    // ("The party would back the inquiry only if it included …": a pronoun taken
                    // for the body that sets the condition is no one asked by name)
                    let of = Some(of).filter(|&p| p != setter);
                    // ("said the Pacific would only support the final decision if it kept …": "it"
                    // that opens the condition, taken for an actor the sentence never names, is
                    // more often the thing backed; the one asked is left unknown)
                    let named = |p: Party| (a..k).any(|j| doc.tokens[j].cap && ctx.tok_mention[j].is_some_and(|m| Party::Entity(doc.mentions[m].entity) == p));
                    let of = of.filter(|&p| !(pronoun && doc.tokens[np.start].lower == "it" && !named(p)));
                    push(out, DemandKind::Condition, setter, of, span(doc, np.end, end), span(doc, clause_start(k, &[]), end), cue);
                    k = end;
                    continue;
                }
            } else if (only_when || as_long || l == "if" && k > a && (doc.tokens[k - 1].lower == "only" || only_after_modal(doc, a, k)))
                // ("The party said it would back the deals only if they protected local jobs":
                // "it"/"they" that opens the condition and was taken for the one who sets it
                // stands for the thing backed, no actor asked)
                && (passive_pronoun.is_some() || np_at(doc, ctx, c0, b).is_none_or(|np| actor_party(doc, &np).is_none_or(|p| p == by && np.end == np.start + 1 && matches!(doc.tokens[np.start].lower.as_str(), "it" | "they"))))
            {
                // ("will sign the accord only if the tariffs on steel are dropped": a condition
                // on what no actor named does is asked of no one)
                let end = (c0..b).find(|&x| matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":" | "," | "but") || doc.tokens[x].kind == TokenKind::Quote).unwrap_or(b);
                if (c0..end).filter(|&x| doc.tokens[x].kind == TokenKind::Word).count() >= 3 {
                    // (past the one told: "told reporters the bloc was ready to … only if …")
                    let ca = told_clause(k);
                    // ("X has said it will stop only when …": "it" right after the verb of saying
                    // is the speaker, not whom the pronoun would resolve to elsewhere)
                    let own_word = ca > a && ca < k && matches!(doc.tokens[ca].lower.as_str(), "it" | "we" | "they");
                    let setter = passive_pronoun
                        .or_else(|| clause_setter(ca, k))
                        .or_else(|| (ca > a && !own_word).then(|| (ca..(ca + 3).min(k)).find_map(|x| np_at(doc, ctx, x, k).filter(|s| doc.tokens.get(s.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).and_then(|s| actor_party(doc, &s).or_else(|| place_that_would(doc, &s)))))
                        .flatten())
                        .or_else(|| own_party(doc, by, ca, k))
                        .unwrap_or(by);
                    push(out, DemandKind::Condition, setter, None, span(doc, c0, end), span(doc, clause_start(k, &[]), end), word.to_string());
                    k = end;
                    continue;
                }
            }
        }
        // "the EU will impose tariffs unless Beijing cuts its exports": a threat whose
        // condition is what the addressee must do
        // ("… would table a motion if prosecutors did not open an inquiry", "… if Oslo fails
        // to act": a negated condition is the same threat; what is asked follows the negation)
        let if_not = if l == "if" {
            (k + 2..(k + 7).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).find_map(|j| match doc.tokens[j].lower.as_str() {
                "not" | "n't" | "n’t" => Some(j + 1),
                "fail" | "fails" | "failed" | "refuse" | "refuses" | "refused" if doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to") => Some(j + 2),
                _ => None,
            })
        } else {
            None
        };
        // ("Brussels has said the process cannot resume unless the government changes course":
        // what cannot go on without it is the speaker's condition)
        // ("The party said they could not support the treaty unless X allowed …": "could not"
        // in what is reported, the same)
        if l == "unless" && reported && k > a + 2 {
            let clause_a = clause_start(k, &[]);
            let could_not = |x: usize| doc.tokens[x].lower == "could" && doc.tokens.get(x + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "n't" | "n’t"));
            let cannot = (clause_a..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "cannot" | "can't" | "can’t") || could_not(x)) && !(clause_a..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll"));
            if cannot {
                let subj = np_at(doc, ctx, k + 1, b);
                let of = subj.as_ref().and_then(|np| actor_party(doc, np)).filter(|&p| p != by);
                let va = if of.is_some() { subj.map_or(k + 1, |np| np.end) } else { k + 1 };
                let end = vp_end(doc, va, b, false);
                if end > va + 1 {
                    push(out, DemandKind::Condition, by, of, span(doc, va, end), span(doc, clause_a, end), l.to_string());
                    k = end;
                    continue;
                }
            }
        }
        if l == "unless" || if_not.is_some() {
            // (a quotation may open at "unless": 'would not seek new loans "unless there is a
            // war"', as at "until")
            let mut clause_a = match clause_start(k, &[]) {
                c if c == k && k > a + 1 && doc.tokens[k - 1].kind == TokenKind::Quote => clause_start(k - 1, &[]),
                c => c,
            };
            // ('would take "firm steps" if …', 'would "march on the capital" unless …': a few
            // quoted words after a verb or the modal are no clause of their own)
            // (the mark before must open the quotation: curly, or straight after an even count)
            let opens = |q: usize| doc.tokens[q].lower == "“" || doc.tokens[q].lower == "\"" && (a..q).filter(|&x| doc.tokens[x].kind == TokenKind::Quote).count() % 2 == 0;
            if clause_a > a + 1 && doc.tokens[clause_a - 1].kind == TokenKind::Quote && opens(clause_a - 1) && doc.tokens[clause_a - 2].kind == TokenKind::Word && !doc.tokens[clause_a - 2].cap {
                if let Some(close) = (clause_a + 1..k.min(clause_a + 7)).find(|&x| doc.tokens[x].kind == TokenKind::Quote) {
                    if (clause_a..close).all(|x| doc.tokens[x].kind == TokenKind::Word) {
                        clause_a = clause_start(clause_a - 1, &[]);
                    }
                }
            }
            // the one who threatens is the subject of "will": an actor, or the speaker as
            // "we"/"I" ("the talks will fail unless …" is a forecast, not a threat)
            // ("I am not going to keep voting for these payouts unless …": "am/is/are going to"
            // is a modal as "will" is, read from its auxiliary, whose subject threatens)
            let going = |x: usize| {
                if doc.tokens[x].lower != "going" || doc.tokens.get(x + 1).is_none_or(|t| t.lower != "to") || doc.tokens.get(x + 2).is_none_or(|t| matches!(t.lower.as_str(), "the" | "a" | "an")) || x < clause_a + 2 {
                    return None;
                }
                let y = if matches!(doc.tokens[x - 1].lower.as_str(), "not" | "n't" | "n’t") { x - 1 } else { x };
                (y > clause_a && matches!(doc.tokens[y - 1].lower.as_str(), "am" | "is" | "are")).then_some(y - 1)
            };
            let will = (clause_a..k).rev().find_map(|x| if matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") { Some(x) } else { going(x) });
            let threatener = will.and_then(|w| {
                if w > a && matches!(doc.tokens[w - 1].lower.as_str(), "we" | "i") {
                    return Some(by);
                }
                // ("The union, she said, would strike unless …", "The ministry, he added, would
                // not …": the subject stands before the speaker put between commas, whose
                // comma opened the clause at the modal)
                let (ws, wa) = if w == clause_a && w > a + 3 && doc.tokens[w - 1].lower == "," && reporting(w - 2) {
                    match (w.saturating_sub(7).max(a)..w - 2).rev().find(|&x| doc.tokens[x].lower == ",") {
                        Some(c0) if c0 > a => (c0, clause_start(c0, &[])),
                        _ => (w, clause_a),
                    }
                } else {
                    (w, clause_a)
                };
                // ("Vale said the union will strike unless …": the speaker's own body, named
                // by a plain noun for a body, threatens as the speaker)
                let body = ws >= wa + 2 && matches!(doc.tokens[ws - 2].lower.as_str(), "the" | "his" | "her" | "our" | "their") && speaker_body(&doc.tokens[ws - 1].lower);
                // ("the union said it would strike unless …": in what a speaker is reported to
                // say, a pronoun no rule resolved that agrees with the speaker is the speaker;
                // "it" for a body, "he"/"she" for a person)
                let agrees = || {
                    if !(reported && w > a && w == reported_clause(k) + 1) {
                        return false;
                    }
                    let kind = by.entity().map(|e| doc.entities[e].kind);
                    // (a speaker named by a plain noun for a body: "the union said it …")
                    let body_text = match by {
                        Party::Text(sp) => doc.slice(sp).rsplit(' ').next().is_some_and(|w| speaker_body(&w.to_lowercase())),
                        Party::Entity(_) => false,
                    };
                    match doc.tokens[w - 1].lower.as_str() {
                        "it" => body_text || matches!(kind, Some(EntityKind::Organization | EntityKind::Country)),
                        // ("the Socialists said they would vote against it unless …": a party
                        // named in the plural, or any body, as "they")
                        "they" => body_text || kind == Some(EntityKind::Organization),
                        "he" | "she" => kind == Some(EntityKind::Person),
                        _ => false,
                    }
                };
                // ("said Brussels remained open to dialogue but would consider countermeasures if
                // Jakarta did not comply": a modal coordinated with the clause's first verb has
                // its subject, which opens the clause, as for a refusal)
                let opening = || {
                    (w > clause_a + 2 && matches!(doc.tokens[w - 1].lower.as_str(), "but" | "and")).then(|| np_at(doc, ctx, (a..w).find(|&x| reporting(x)).map_or(clause_a, |x| x + 1), w)).flatten().and_then(|s| actor_party(doc, &s))
                };
                // ("The union said its members would strike unless …": the members of a body
                // that speaks are the body, which threatens)
                let members = || (ws == wa + 2 && matches!(doc.tokens[wa].lower.as_str(), "its" | "their") && doc.tokens[wa + 1].lower == "members" && by.entity().is_some_and(|e| doc.entities[e].kind == EntityKind::Organization)).then_some(by);
                // (the clause is read up to and with its modal, not to "unless": "told X the
                // group would seek a stay unless …" has a verb of saying, "seek", after it)
                // ("She said the government would not renew the ceasefire unless the rebels …":
                // "the government" that opens what a speaker who holds no role of a state
                // reports is the state the story is mostly about (or its dateline's, named most),
                // named twice at least, as the one who threatens; a head of government's "the
                // government would …" stays the speaker's, as the gold of earlier sets has it)
                let owns_government = |e: usize| {
                    doc.mentions.iter().any(|m| m.entity == e && {
                        let j = doc.token_at(m.span.end);
                        doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "government")
                    })
                };
                let government = || {
                    let opens = reported && ws == w && w == reported_clause(k) + 2 && doc.tokens[w - 2].lower == "the" && doc.tokens[w - 1].lower == "government" && !doc.tokens[w - 1].cap;
                    let stateless = by.entity().is_some_and(|p| doc.entities[p].kind == EntityKind::Person && sole_body_of(doc, p, EntityKind::Country).is_none());
                    (opens && stateless)
                        .then(|| crate::resolve::dominant_country(doc).or_else(|| crate::extract::statements::dateline_state(doc).filter(|c| crate::resolve::main_country(doc).as_deref() == Some(c.as_str()))).and_then(|c| doc.named_country(&c)).filter(|&e| doc.mentions.iter().filter(|m| m.entity == e).count() >= 2)
                            // (or the state named most, when the story writes "X's government"
                            // of it: "Colombia's government and the rebels …" with Havana, where
                            // they meet, named as often)
                            .or_else(|| crate::resolve::main_country(doc).and_then(|c| doc.named_country(&c)).filter(|&e| owns_government(e)))
                            .map(Party::Entity))
                        .flatten()
                };
                let subject = own_body(doc, by, reported_clause(w + 1), w).or_else(|| subject_before_in(doc, ctx, ws, wa, true).and_then(|s| actor_party(doc, &s))).or_else(opening).or_else(members).or_else(government);
                // ("said Kenya would stay on the watch list unless the law was passed", "said
                // the club would remain suspended unless …": a subject that stays where others
                // put it, or undergoes what others do, is the one the outcome falls on, not the
                // one who sets the condition, which is the speaker's, as a forecast's is)
                let subject = subject.filter(|_| !outcome_falls_on(doc, w));
                if agrees() {
                    // (unless the speaker is the head of a phrase that opens with the name the
                    // pronoun was resolved to: "the Umma (Nation) party said it …")
                    let within = |sp: Span, e: usize| {
                        let head = doc.token_at(sp.start);
                        doc.mentions.iter().any(|m| {
                            let end = doc.token_at(m.span.end);
                            doc.actor_of(m.entity) == e && m.span.end <= sp.start && head < end + 4 && (end..head).all(|x| doc.tokens[x].cap || matches!(doc.tokens[x].lower.as_str(), "(" | ")" | "-"))
                        })
                    };
                    return match (by, subject) {
                        (Party::Text(sp), Some(Party::Entity(e))) if within(sp, e) => subject,
                        _ => Some(by),
                    };
                }
                // ("said farmers would stop supplying mills unless …", "said colleges would keep
                // cutting unless …": a bare plural of people or of bodies, no actor named, that
                // is the whole reported subject leaves the threat the speaker's; not "the talks
                // would fail unless …", a forecast of a thing)
                // (a speaker named, not a phrase as written)
                // ("said the families would go to court unless …", "said the farmers would block
                // the roads unless …": "the" and a plural of people, no actor named, the same)
                let rc = reported_clause(k);
                // ("said the family would file a lawsuit unless the city released …": a family,
                // for whom a lawyer or a relative speaks, the same as "the families")
                let the_people = || w == rc + 2 && doc.tokens[rc].lower == "the" && (bare_plural_of_actors(&doc.tokens[w - 1]) || plural_of_people(&doc.tokens[w - 1]) || doc.tokens[w - 1].lower == "family");
                let people = || reported && by.entity().is_some() && (w == rc + 1 && bare_plural_of_actors(&doc.tokens[w - 1]) || the_people());
                subject.or_else(|| body.then_some(by)).or_else(|| people().then_some(by))
            });
            // ("The ministry said those lessons would stay free unless parents chose …", "said
            // the schools could stay open unless Kyiv decided …", "said the sentences would be
            // revoked unless the men kept …", "said it planned a second strike unless …": a
            // forecast or a plan in what a named speaker is reported to say, its subject no
            // actor who threatens, sets a condition that is the speaker's)
            let forecast = if threatener.is_none() && l == "unless" && if_not.is_none() && reported && by.entity().is_some() {
                // (from the first verb of saying on: "planned" is one of believing too)
                // (not a refusal, "but would not sign any ceasefire unless …", read as one)
                // ("said the country would not have enough workers unless Congress expanded …",
                // "said the bill would not work unless …": a negated forecast whose subject is a
                // thing, written before the modal, sets the same condition; not a modal after
                // "but"/"and" or a pronoun, a refusal)
                let refusal = |x: usize| x == 0 || matches!(doc.tokens[x - 1].lower.as_str(), "but" | "and" | "it" | "they" | "he" | "she" | "we" | "i" | "you" | ",");
                (told_clause(k).max(clause_a)..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll" | "could" | "can" | "might" | "planned" | "plans")).filter(|&x| !doc.tokens.get(x + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "never" | "n't" | "n’t")) || !refusal(x))
            } else {
                None
            };
            let (threatener, will) = match forecast {
                Some(m) => (Some(by), Some(m)),
                None => (threatener, will),
            };
            if let (Some(threatener), Some(w)) = (threatener, will) {
                let subj = np_at(doc, ctx, k + 1, b);
                // ("… unless the company improved its offer": a body taken up by a plain noun is
                // the one asked, as written, which is resolved as an addressee is)
                let taken_up = || (subj.is_none() && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "the") && doc.tokens.get(k + 2).is_some_and(|t| !t.cap && speaker_body(&t.lower))).then(|| (Party::Text(span(doc, k + 1, k + 3)), k + 3));
                let (of, va) = match subj.as_ref().and_then(|np| possessed_body(doc, np).or_else(|| actor_party(doc, np).map(|p| (p, np.end)))).or_else(taken_up) {
                    Some((p, end)) => (Some(p), end),
                    None => (None, subj.map_or(k + 1, |np| np.end)),
                };
                // ("they would vote against the government unless it suspended …": a pronoun
                // taken for the threatener is the one threatened, unnamed)
                // (only for the speaker who threatens: a subject taken for the threatener that
                // is also the one asked is a wrong guess at a pronoun)
                let of = of.filter(|&p| !(p == threatener && threatener == by && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "it" | "they" | "he" | "she"))));
                // ("said Berlin would not oppose it unless it distorted competition": after a
                // refusal whose object is "it", the "it" of "unless" is that thing, taken for the
                // threatener by a wrong guess; the condition stands, asked of no one)
                let refused_it = (w + 1..k).any(|x| doc.tokens[x].lower == "it") && w + 1 < k && matches!(doc.tokens[w + 1].lower.as_str(), "not" | "never" | "n't" | "n’t");
                let of = of.filter(|&p| !(p == threatener && refused_it && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "it")));
                // ("… unless the arrears were paid": a passive on no actor is asked whole, not
                // its verb alone)
                let passive = of.is_none() && va > k + 1 && doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "was" | "were")) && doc.tokens.get(va + 1).is_some_and(|t| t.lower.len() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with("en")) || matches!(t.lower.as_str(), "paid" | "met" | "made" | "done" | "held" | "kept" | "sent" | "set" | "found"));
                let va = if_not.unwrap_or(if passive { k + 1 } else { va });
                // ("… unless Ottawa and the province worked out a deal": two asked together, no
                // one of them alone; what is asked follows both)
                // (the second a name, or "the" and a plain noun: "the province")
                let second = |x: usize| np_at(doc, ctx, x, b).map(|np| np.end).filter(|&e| e > x).or_else(|| (doc.tokens.get(x).is_some_and(|t| t.lower == "the") && doc.tokens.get(x + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).then_some(x + 2));
                let both = (if_not.is_none() && of.is_some() && doc.tokens.get(va).is_some_and(|t| t.lower == "and")).then(|| second(va + 1)).flatten();
                let (of, va) = both.map_or((of, va), |e| (None, e));
                let end = vp_end(doc, va, b, false);
                let ev_a = subject_before_in(doc, ctx, w, clause_a, true).map_or(clause_a, |s| s.start.min(w));
                if end > va + 1 && of != Some(threatener) {
                    let kind = if forecast.is_some() { DemandKind::Condition } else { DemandKind::Threat };
                    push(out, kind, threatener, of, span(doc, va, end), span(doc, ev_a, end), l.to_string());
                }
            }
            k += 1;
            continue;
        }
        // "will not accept", "would not entertain"
        // ("our protests will continue until the decree is withdrawn": the same condition)
        // ("the border will stay closed until …", "sanctions would remain in place until …": a
        // state kept until the condition is met)
        // ("the embargo will last until X ends", "would hold the bill until the ministry
        // explained …": a state or a step kept until an actor acts; "last" and "hold" alone
        // forecast too, so only with an actor asked, as "keep")
        // ("its members would also refuse to take part … until the government agreed to …": an
        // adverb between the modal and the verb is passed over)
        let v = if doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "also" | "still" | "even" | "simply")) && matches!(l, "will" | "would") { k + 2 } else { k + 1 };
        let lasts = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "last" | "hold"));
        let stays = lasts || doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "stay" | "remain"));
        // ("we will keep up the pressure until Russia agrees to …": kept up, the same)
        // ("Sofia would block any further progress until the amendments were adopted", "would
        // refuse to cooperate … until the office was closed": a step held back until then, the same)
        let holds_back = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "block" | "refuse" | "boycott" | "suspend" | "freeze" | "withhold" | "veto"));
        // ("members would picket the court every day until she was freed", "the union will
        // strike until the licence is restored": a protest kept up, the same)
        // ("we will come back every day until the assembly listens to us": coming back, the same)
        let comes_back = doc.tokens.get(v).is_some_and(|t| t.lower == "come") && doc.tokens.get(v + 1).is_some_and(|t| t.lower == "back");
        let goes_on = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "continue" | "keep" | "picket" | "strike" | "protest" | "march" | "demonstrate" | "occupy")) || stays || holds_back || comes_back;
        // ("would “never accept” targets": a quotation may open at the negation)
        let marked = !goes_on && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Quote) && doc.tokens.get(k + 2).is_some_and(|t| t.lower == "not" || t.lower == "never");
        if matches!(l, "will" | "would") && (goes_on || marked || doc.tokens.get(k + 1).is_some_and(|t| t.lower == "not" || t.lower == "never")) {
            let j = if goes_on { v } else if marked { k + 3 } else { k + 2 };
            if !goes_on && doc.tokens.get(j).is_some_and(|t| REFUSAL_VERBS.contains(&t.lower.as_str())) {
                // ('It said the bloc "will not accept any …"': a quotation opening at the modal,
                // after its subject, leaves the subject the clause's; the clause is read up to
                // the quotation mark)
                let opens_at_modal = k >= 2 && doc.tokens[k - 1].kind == TokenKind::Quote && doc.tokens[k - 2].kind == TokenKind::Word && ctx.tok_quote[k].is_some() && ctx.tok_quote[k - 2].is_none();
                // (the quoted words alone, from the modal on, leave the refusal to the reported
                // clause that holds them and its subject)
                if opens_at_modal && k == a && !reported {
                    k = j + 1;
                    continue;
                }
                let kq = if opens_at_modal && k > a + 1 { k - 1 } else { k };
                let clause_a = reported_clause(kq);
                let o = if marked && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Quote) { j + 2 } else { j + 1 };
                // ("will not give up our land", "would not hand over the city": the verb's
                // particle is no part of what is refused)
                let o = o + usize::from(doc.tokens.get(o).is_some_and(|t| matches!(t.lower.as_str(), "up" | "over" | "in" | "away" | "back" | "down")) && doc.tokens.get(o + 1).is_some_and(|t| t.kind == TokenKind::Word));
                let end = vp_end(doc, o, b, false);
                // ("We will not give up,", "We will never give it away", "would not give in": a
                // verb's particle or a pronoun alone refuses no named thing, a resolve voiced
                // rather than a step held back; not before an "until"/"unless" of the sentence,
                // "would not sign up, he said, until …", where the refusal carries the condition)
                let conditioned = (end..b).take_while(|&x| doc.tokens[x].lower != ".").any(|x| matches!(doc.tokens[x].lower.as_str(), "until" | "unless"));
                let bare = !conditioned && (o..end).all(|x| {
                    let w = doc.tokens[x].lower.as_str();
                    matches!(w, "up" | "over" | "in" | "away" | "back" | "down" | "that" | "this" | "them" | "us" | "me" | "you") || is_pronoun(w)
                });
                if end > o && bare {
                    k = j + 1;
                    continue;
                }
                if end > o {
                    // ("would not allow Iran to rebuild …": the actor not allowed to act is the
                    // one the red line is drawn for, a state as well as a body; a name, not a
                    // pronoun: "would not allow it to derail the talks" is of the incident)
                    let allowed = (matches!(doc.tokens[j].lower.as_str(), "allow" | "permit" | "tolerate") && doc.tokens.get(o).is_some_and(|t| t.cap))
                        .then(|| np_at(doc, ctx, o, end))
                        .flatten()
                        .filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == "to"))
                        .and_then(|np| actor_party(doc, &np));
                    let obj = allowed.or_else(|| (j + 1..end).find_map(|x| ctx.tok_mention[x].map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind == EntityKind::Organization).map(Party::Entity));
                    // "Madrid would not entertain …": the refusing actor is the clause's subject; a
                    // phrase with an article inside ("Reuters the group") is an object and a
                    // description the speaker speaks for ("told Reuters the group would not …")
                    let glued = |s: &crate::extract::np::Np| (s.start + 1..s.end).any(|x| matches!(doc.tokens[x].lower.as_str(), "the" | "a" | "an"));
                    // ("said the party stood ready to negotiate but would not permit …": a verb coordinated
                    // with the clause's first has its subject, which opens the clause)
                    let coordinated = k > clause_a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and");
                    // (the clause opens after the first verb of saying: "said X was ready to discuss …")
                    let opened = (a..k).find(|&x| reporting(x)).map_or(clause_a, |x| x + 1);
                    let opening = || coordinated.then(|| np_at(doc, ctx, opened, k)).flatten().and_then(|s| actor_party(doc, &s));
                    let refuser = own_body(doc, by, clause_a, kq).or_else(|| subject_before_in(doc, ctx, kq, clause_a, true).filter(|s| !glued(s)).and_then(|s| actor_party(doc, &s))).or_else(opening).or_else(|| speakers_government(kq, clause_a)).unwrap_or(by);
                    // ("He needs a visa that they would not give him": a relative
                    // clause on a noun after a determiner tells of someone's refusal, the speaker
                    // asks nothing by it)
                    let s0 = crate::extract::np::subject_end(doc, kq, clause_a).min(kq);
                    let s0 = (clause_a..s0).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "that" | "which")).last().unwrap_or(s0);
                    let det = |x: usize| matches!(doc.tokens[x].lower.as_str(), "a" | "an" | "the" | "any" | "this" | "every");
                    let relative = s0 >= a + 3 && matches!(doc.tokens[s0 - 1].lower.as_str(), "that" | "which") && {
                        let n = &doc.tokens[s0 - 2];
                        // (not a noun of saying, whose "that" opens what was said: "said in a
                        // statement that Israel would not agree to …")
                        n.kind == TokenKind::Word && !n.cap && !Lexicon::get().cues.contains_key(&n.lower) && !Lexicon::get().is_content_noun(&n.lower) && (det(s0 - 3) || s0 >= a + 4 && det(s0 - 4))
                    };
                    if relative {
                        k = j + 1;
                        continue;
                    }
                    // ("We will not tolerate any company that …", "would not tolerate attacks on
                    // …", "We will not accept that our citizens are taken hostage …", "will not
                    // accept that,": putting up with something, or a fact or a state accepted,
                    // voices disapproval and asks no act; a quotation that opens at the refusal
                    // itself, 'Ottawa "will not tolerate" attempts to …', keeps the actor's red line)
                    let puts_up = doc.tokens[j].lower == "tolerate" || doc.tokens[j].lower == "accept" && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "that");
                    if puts_up && !marked && !opens_at_modal {
                        k = j + 1;
                        continue;
                    }
                    push(out, DemandKind::Refusal, refuser, obj, span(doc, o, end), span(doc, clause_a, end), format!("{} not {}", l, doc.tokens[j].lower));
                }
                k = j + 1;
                continue;
            }
            // "will not resume the talks until the fleet has left": the
            // condition after "until" is what is demanded (a clause with a verb, not "until
            // next week")
            // (a quotation may open at "until": 'would continue "until the siege is lifted"')
            let until = (j..b.min(j + 16)).take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":") && (doc.tokens[x].kind != TokenKind::Quote || doc.tokens.get(x + 1).is_some_and(|t| t.lower == "until"))).find(|&x| doc.tokens[x].lower == "until");
            if let Some(u) = until {
                let cend = vp_end(doc, u + 1, b, false);
                let finite = (u + 2..cend).any(|x| {
                    let t = &doc.tokens[x];
                    matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "does" | "do" | "did" | "agrees" | "agreed" | "gave" | "gives" | "give" | "took" | "takes" | "made" | "makes" | "met" | "meets" | "left" | "leaves" | "paid" | "pays" | "sent" | "withdrew" | "withdraws") || !t.cap && t.kind == TokenKind::Word && t.lower.len() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with('s') && !t.lower.ends_with("ss"))
                });
                if finite && cend > u + 2 {
                    let clause_a = reported_clause(k);
                    // ("told the Guardian the rebels would not withdraw until …": past the one
                    // told to a subject of two words right before the modal at `k`, which
                    // `past_told` asks to be longer before an "unless")
                    let clause_a = past_told(doc, clause_a, (k + 2).min(b)).min(k);
                    // ("told Reuters the RSF would allow access but would not withdraw until …": a
                    // verb coordinated with the clause's first has its subject, after the one told)
                    let coordinated = || {
                        if !(k > clause_a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and")) {
                            return None;
                        }
                        let told = clause_a > a && matches!(doc.tokens[clause_a - 1].lower.as_str(), "told" | "tells" | "tell");
                        // (after "told", the one told comes first: the subject is the next name)
                        let at = if told { (clause_a + 1..k).find(|&x| ctx.tok_mention[x].is_some() || doc.tokens[x].lower == "the")? } else { clause_a };
                        let subject = np_at(doc, ctx, at, k)?;
                        let verb = doc.tokens.get(subject.end).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will" | "could" | "can" | "had" | "has" | "was" | "is"));
                        verb.then(|| actor_party(doc, &subject)).flatten()
                    };
                    let conditioner = own_body(doc, by, clause_a, k).or_else(|| subject_before_in(doc, ctx, k, clause_a, true).and_then(|s| actor_party(doc, &s))).or_else(coordinated).unwrap_or(by);
                    // (the subject of a passive is no one asked: "until she was freed")
                    let passive = |np: &crate::extract::np::Np| doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "was" | "is" | "were" | "are" | "be" | "been")) && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower.ends_with("ed") || matches!(t.lower.as_str(), "freed" | "released" | "given" | "taken" | "withdrawn"));
                    let of = np_at(doc, ctx, u + 1, cend).filter(|np| !passive(np)).and_then(|np| actor_party(doc, &np)).filter(|&p| p != conditioner);
                    // (what is kept up waits on an actor: "keep border checks in place until the
                    // number of arrivals fell" asks no one)
                    let kept = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "keep" | "last" | "hold"));
                    if !kept || of.is_some() {
                        push(out, DemandKind::Condition, conditioner, of, span(doc, u + 1, cend), span(doc, clause_a, cend), "until".to_string());
                    }
                    k = cend;
                    continue;
                }
            }
        }
        // "Until the fleet has left, we will not resume the talks": the condition before the
        // refusal is what is demanded
        if l == "until" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            let comma = (k + 2..b.min(k + 16)).take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":") && doc.tokens[x].kind != TokenKind::Quote).find(|&x| doc.tokens[x].lower == ",");
            let will = comma.and_then(|c| (c + 1..b.min(c + 8)).find(|&x| matches!(doc.tokens[x].lower.as_str(), "will" | "would") && doc.tokens.get(x + 1).is_some_and(|t| t.lower == "not" || t.lower == "never")));
            let finite = |c: usize| (k + 2..c).any(|x| {
                let t = &doc.tokens[x];
                matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "does" | "do" | "did" | "see" | "get" | "agrees" | "agreed") || !t.cap && t.kind == TokenKind::Word && t.lower.len() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with('s') && !t.lower.ends_with("ss"))
            });
            if let (Some(c), Some(w)) = (comma, will) {
                let end = vp_end(doc, w + 2, b, false);
                if finite(c) && end > w + 3 {
                    let conditioner = subject_before_in(doc, ctx, w, c + 1, true).and_then(|s| actor_party(doc, &s)).unwrap_or(by);
                    let of = np_at(doc, ctx, k + 1, c).and_then(|np| actor_party(doc, &np)).filter(|&p| p != conditioner);
                    push(out, DemandKind::Condition, conditioner, of, span(doc, k + 1, c), span(doc, k, end), "until".to_string());
                    k = end;
                    continue;
                }
            }
        }
        // "the onus is on X to Y", "it is up to X to Y": a demand of X
        if (l == "onus" || l == "up" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "is" | "was")) && k + 1 < b {
            if let Some(on) = (k + 1..(k + 4).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "on" | "to")) {
                if let Some(np) = np_at(doc, ctx, on + 1, b) {
                    if doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") {
                        let end = vp_end(doc, np.end + 1, b, false);
                        if end > np.end + 1 {
                            push(out, DemandKind::Demand, by, actor_party(doc, &np), span(doc, np.end + 1, end), span(doc, clause_start(k, &[]), end), l.to_string());
                            k = end;
                            continue;
                        }
                    }
                }
            }
        }
        // "there will be no A while B" / "no A until B": a condition
        if l == "no" && k > a && doc.tokens[k - 1].lower == "be" {
            if let Some(w) = (k + 1..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "while" | "until" | "unless" | "as")) {
                let end = vp_end(doc, w + 1, b, false);
                let clause_a = clause_start(k, &["state", "said", "says"]);
                push(out, DemandKind::Condition, by, None, span(doc, k, end), span(doc, clause_a, end), doc.tokens[w].lower.clone());
                k = end.max(k + 1);
                continue;
            }
            // ("there will be no talks with anyone who …", "there can be no negotiations with
            // the gangs": talks refused with someone; not "no talks this week", a timetable)
            let modal = k > a + 1 && matches!(doc.tokens[k - 2].lower.as_str(), "will" | "would" | "can" | "could" | "shall");
            if modal && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "talks" | "negotiations" | "dialogue" | "negotiation" | "deal" | "compromise")) && doc.tokens.get(k + 2).is_some_and(|t| t.lower == "with") {
                let end = vp_end(doc, k + 3, b, false);
                if end > k + 3 {
                    let clause_a = clause_start(k, &["state", "said", "says"]);
                    push(out, DemandKind::Refusal, by, None, span(doc, k, end), span(doc, clause_a, end), "no talks".to_string());
                    k = end;
                    continue;
                }
            }
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_modal_opens_with_a_modal_head() {
        for m in MODALS {
            assert!(is_modal_head(m[0]), "{m:?}");
        }
    }
}

/// "would only join a coalition if …" (`k` at "if"): "only" right after a modal earlier in the
/// clause, with no comma or other clause between, makes the "if" a condition as "only if" does.
pub(super) fn only_after_modal(doc: &Doc, a: usize, k: usize) -> bool {
    (k.saturating_sub(8).max(a + 1)..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | "." | "that" | "but")).any(|x| doc.tokens[x].lower == "only" && matches!(doc.tokens[x - 1].lower.as_str(), "would" | "will" | "could" | "can"))
}

/// "Jane Roe said the party would strike unless …" (`ca` where the reported clause opens, `w`
/// its modal): "the"/"his"/"her"/"our" and a plain noun for a body ("party", "union", "group")
/// that are the whole subject, right before the modal, are the body the speaker, a person,
/// holds a role of, when the article gives that person a role of one organisation: the
/// speaker's own body, before any other the plain noun might take up.
/// "it" alone as the subject is that body too ("The group's director, X, said it would keep up
/// its protests until …": a person is no "it"; the body he speaks for is).
pub(super) fn own_body(doc: &Doc, by: Party, ca: usize, w: usize) -> Option<Party> {
    let it = w == ca + 1 && doc.tokens[ca].lower == "it";
    if !it && (w != ca + 2 || !matches!(doc.tokens[ca].lower.as_str(), "the" | "his" | "her" | "our") || !crate::extract::np::BODY_NOUNS.contains(&doc.tokens[ca + 1].lower.as_str())) {
        return None;
    }
    let Party::Entity(p) = by else { return None };
    if doc.entities[p].kind != EntityKind::Person {
        return None;
    }
    sole_body_of(doc, p, EntityKind::Organization).map(Party::Entity)
}

/// "She said the union would call off the strike only if …", "The party would back the bill
/// only if …, he added" (`ca` where the reported clause opens, before `k`): "the" and a plain
/// noun for a body right before the modal are the clause's subject, which sets the condition
/// (a condition in a reported clause is its subject's, not the speaker's): the speaker's own
/// body, or, where the article gives the speaker no role, the organisation the noun takes up.
/// ("X said his party would back an inquiry only if …": "his"/"her"/"our" and the plain noun
/// are the speaker's own body only, the one organisation the article gives the speaker a role
/// of; never another the noun might take up.)
pub(super) fn clause_body(doc: &Doc, ctx: &Ctx, by: Party, ca: usize, k: usize) -> Option<Party> {
    let w = ca + 2;
    let own = w < k && matches!(doc.tokens[ca].lower.as_str(), "his" | "her" | "our");
    if w >= k || !matches!(doc.tokens[w].lower.as_str(), "would" | "will") || doc.tokens[ca].lower != "the" && !own || !crate::extract::np::BODY_NOUNS.contains(&doc.tokens[ca + 1].lower.as_str()) {
        return None;
    }
    if own {
        return own_body(doc, by, ca, w);
    }
    let taken_up = || np_at(doc, ctx, ca, w).filter(|np| np.end == w).and_then(|np| actor_party(doc, &np)).filter(|p| p.entity().is_some_and(|e| doc.entities[e].kind == EntityKind::Organization));
    own_body(doc, by, ca, w).or_else(taken_up)
}

/// "He said Karnataka would release water only if …", "She said Colorado would agree to cuts
/// only if …" (`np` the reported clause's subject): a place named alone right before
/// "would"/"will" acts as its government and sets the condition, not the speaker.
pub(super) fn place_that_would(doc: &Doc, np: &Np) -> Option<Party> {
    let e = *np.entities.first()?;
    let named = (np.start..np.end).all(|x| doc.tokens[x].cap);
    (doc.entities[e].kind == EntityKind::Place && named && doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will"))).then(|| Party::Entity(doc.actor_of(e)))
}

/// "told Bloomberg News the group would seek a stay unless …", "told The Daily Star it would
/// …" (`ca` right after the verb of saying, before `k`): after a form of "tell", the outlet
/// or person told, a name, is no part of the reported clause, which opens right after it
/// with "the", a possessive or a pronoun (so the outlet never sets the condition); else `ca`.
pub(super) fn past_told(doc: &Doc, ca: usize, k: usize) -> usize {
    if ca == 0 || ca >= k || !crate::extract::np::told_form(&doc.tokens[ca - 1].lower) {
        return ca;
    }
    // (the name as written, a run of capitalised words: np_at would run on into the clause)
    // ("told the Guardian the rebels would not withdraw until …": an outlet's name after "the"
    // the same, so the outlet sets no condition)
    let first = if ca + 1 < k && doc.tokens[ca].lower == "the" && doc.tokens[ca + 1].cap && doc.tokens[ca + 1].kind == TokenKind::Word { ca + 1 } else { ca };
    let end = (first..k).find(|&x| !(doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word)).unwrap_or(k);
    let opens_clause = |x: usize| matches!(doc.tokens[x].lower.as_str(), "the" | "its" | "their" | "his" | "her" | "it" | "they" | "he" | "she" | "we");
    if end > first && end + 2 < k && opens_clause(end) {
        end
    // ("told AFP that the auction house would withdraw the lots only if …": the name told and
    // "that", the clause opening right after it; the outlet sets no condition either)
    } else if end > first && end + 3 < k && doc.tokens[end].lower == "that" && opens_clause(end + 1) {
        end + 1
    } else {
        ca
    }
}

/// Where a reported clause opens that "that" introduces a few words after the verb of saying
/// (`ca` right after the verb, before `k`): "told reporters at a press conference that the
/// association would only …", "said in a statement that the union would …"; else `ca`.
pub(super) fn past_that(doc: &Doc, ca: usize, k: usize) -> usize {
    (ca..k.min(ca + 12)).find(|&x| doc.tokens[x].lower == "that").map_or(ca, |x| x + 1)
}

/// "members", "farmers", "Republicans", "colleges": a plural noun for people or for bodies of
/// a kind, standing with no determiner for those who act.
pub(super) fn bare_plural_of_actors(t: &crate::model::Token) -> bool {
    let lex = Lexicon::get();
    let l = t.lower.as_str();
    // (the organisation words are listed capitalised, as heads of names: "College")
    let head = || format!("{}{}", l[..1].to_uppercase(), &l[1..l.len() - 1]);
    t.kind == TokenKind::Word && l.len() > 4 && l.ends_with('s') && l.is_ascii() && !lex.stopwords.contains(l) && (lex.person_nouns.contains(l) || lex.speaker_nouns.contains(l) || lex.org_words.contains(&head()))
}

/// "families", "farmers", "parents": a plural whose singular is a noun for people ("family",
/// "farmer" listed in the singular), for those who act.
pub(super) fn plural_of_people(t: &crate::model::Token) -> bool {
    let lex = Lexicon::get();
    let l = t.lower.as_str();
    let one = if let Some(r) = l.strip_suffix("ies") { format!("{r}y") } else { l.strip_suffix('s').unwrap_or("").to_string() };
    t.kind == TokenKind::Word && l.len() > 4 && !one.is_empty() && l.is_ascii() && (lex.person_nouns.contains(one.as_str()) || lex.speaker_nouns.contains(one.as_str()))
}

/// "X said his party would only join …" (`ca` where the reported clause opens, before `k`):
/// "his"/"her" and "party" opening the clause are the party the speaker, a person, leads or
/// belongs to, when the article gives that person a role of one organisation.
pub(super) fn own_party(doc: &Doc, by: Party, ca: usize, k: usize) -> Option<Party> {
    if ca + 2 > k || !matches!(doc.tokens[ca].lower.as_str(), "his" | "her") || doc.tokens[ca + 1].lower != "party" {
        return None;
    }
    // (roles are held by people only, so `own_body`'s person test changes nothing here)
    own_body(doc, by, ca, ca + 2)
}

/// An addressee written as one person described by an office or a relation, not by name
/// ("urged his rival to …", "called on the president-elect to …", "asked the group's supreme
/// leader to …"): `Some` of what it stands for — the one person of the article holding that
/// office, or no one known (as for a pronoun: a node named "his rival" is no actor); `None`
/// when the party is no such description (a name, a group, a body: "the authorities").
pub(super) fn one_person_described(doc: &Doc, p: Party) -> Option<Option<Party>> {
    let Party::Text(sp) = p else { return None };
    let (s, e) = (doc.token_at(sp.start), doc.token_at(sp.end));
    if e <= s || e - s > 5 || (s..e).any(|j| doc.tokens[j].kind != TokenKind::Word && doc.tokens[j].lower != "'s") {
        return None;
    }
    let lex = Lexicon::get();
    let first = doc.tokens[s].lower.as_str();
    // (a determiner or a possessive, or a name before the office: "Taliban leader")
    if !(matches!(first, "the" | "his" | "her" | "its" | "their") || doc.tokens[s].cap && e > s + 1) {
        return None;
    }
    let head = doc.tokens[e - 1].lower.as_str();
    let two = (e >= s + 2).then(|| format!("{} {}", doc.tokens[e - 2].lower, head));
    let title = two.as_deref().and_then(|t| lex.titles.get(t)).or_else(|| lex.titles.get(head)).filter(|t| t.class != crate::lexicon::TitleClass::Honorific);
    // (one person by a relation or a calling, in the singular: "his wife", "the candidate")
    let plural = head.ends_with('s') && lex.person_nouns.contains(&head[..head.len() - 1]);
    let relation = matches!(head, "rival" | "opponent" | "successor" | "predecessor") || !plural && lex.person_nouns.contains(head);
    if title.is_none() && !relation {
        return None;
    }
    // (an office of a body named in the description is held by one of that body: "the
    // Commission president" is not the president of another group; a shadow office is none)
    let named: Vec<&str> = (s..e).filter(|&j| doc.tokens[j].cap).map(|j| doc.tokens[j].lower.as_str()).collect();
    let of_named = |r: &crate::model::Role| named.is_empty() || r.of.is_some_and(|o| named.iter().all(|w| doc.entities[doc.actor_of(o)].name.to_lowercase().contains(w)));
    let holders: Vec<usize> = match title {
        Some(t) => {
            let mut h: Vec<usize> = doc.roles.iter().filter(|r| !r.former && !r.is_shadow() && r.head.eq_ignore_ascii_case(t.norm) && of_named(r)).map(|r| doc.actor_of(r.holder)).collect();
            h.sort_unstable();
            h.dedup();
            h
        }
        None => Vec::new(),
    };
    Some((holders.len() == 1).then(|| Party::Entity(holders[0])))
}

/// After the modal at `w`: "stay"/"remain" on or under something ("would stay on the watch
/// list", "would remain under sanctions"), or a participle after "stay"/"remain"/"be" ("would
/// remain suspended", "would be expelled"; not "be prepared to", "be forced to"): the subject
/// is where others put it, or undergoes what others do.
fn outcome_falls_on(doc: &Doc, w: usize) -> bool {
    let mut x = w + 1;
    while doc.tokens.get(x).is_some_and(|t| matches!(t.lower.as_str(), "still" | "also" | "then" | "simply")) {
        x += 1;
    }
    let Some(verb) = doc.tokens.get(x) else { return false };
    if !matches!(verb.lower.as_str(), "stay" | "remain" | "be") {
        return false;
    }
    let Some(next) = doc.tokens.get(x + 1) else { return false };
    let on = verb.lower != "be" && matches!(next.lower.as_str(), "on" | "under");
    let participle = next.kind == TokenKind::Word && !next.cap && next.lower.len() > 4 && next.lower.ends_with("ed") && doc.tokens.get(x + 2).is_none_or(|t| t.lower != "to");
    on || participle
}

/// The state a person speaking of "the government" belongs to by the organisation a role of
/// theirs is held at ("a researcher at the Belgrade Centre for Security Policy", "an analyst
/// at the Kyiv School of Economics"): the one state whose capital or name is a word (or words)
/// of the organisation's name, when the article names that state.
pub(super) fn speaker_state(doc: &Doc, by: Party) -> Option<usize> {
    let person = by.entity().filter(|&e| doc.entities[e].kind == EntityKind::Person)?;
    let lex = Lexicon::get();
    let mut found: Option<usize> = None;
    for r in doc.roles.iter().filter(|r| r.holder == person) {
        let Some(o) = r.of.filter(|&o| doc.entities[o].kind == EntityKind::Organization) else { continue };
        let name = format!(" {} ", doc.entities[o].name);
        for c in &lex.countries {
            let named = |w: &str| !w.is_empty() && name.contains(&format!(" {w} "));
            if named(&c.capital) || named(&c.name) {
                let Some(state) = doc.named_country(&c.iso2) else { continue };
                if found.is_some_and(|f| f != state) {
                    return None;
                }
                found = Some(state);
            }
        }
    }
    found
}
