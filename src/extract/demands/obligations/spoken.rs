//! The demands and conditions a speaker voices outright: "conditional on", a quoted imperative
//! or ultimatum, a condition opening a quoted sentence, "we want", "let X …".

use super::*;

impl Clause<'_> {
    /// "X said any deal was conditional on a full withdrawal": a condition the speaker sets (`k` at
    /// "conditional").
    pub(super) fn conditional(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, by, a, b, .. } = *self;
        // (not one others are asked to set: "the world should make recognition conditional on
        // …" is the modal's demand)
        if l == "conditional" && !asked_to_set(doc, a, k) {
            if let Some((wa, end)) = conditional_on(doc, k, b) {
                push(out, DemandKind::Condition, by, None, span(doc, wa, end), span(doc, self.clause_start(k, &[]), end), "conditional on".to_string());
                return Some(end);
            }
        }
        None
    }

    /// "“… Do not wait to see the smoke.”", "“Please stay at home.”": a sentence of a
    /// quotation that opens with a negative imperative or "please" is the speaker's demand
    /// (capitalised: a quoted predicate after its subject, `the rules "do not help …"`, opens
    /// no sentence)
    pub(super) fn quoted_imperative(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, by, a, b, reported, .. } = *self;
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
                    return Some(end);
                }
            }
        }
        None
    }

    /// "“Raise wages now, or step aside.”", "“Pay up, or resign.”": an ultimatum, a sentence of
    /// a quotation that opens with a verb and offers a second one after ", or" just before
    /// its end, is the speaker's demand (what comes before the comma)
    pub(super) fn ultimatum(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, by, a, b, reported, .. } = *self;
        if l == "or" && !reported && k > a + 1 && doc.tokens[k - 1].lower == "," {
            let open = (a..k).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?") || doc.tokens[j].kind == TokenKind::Quote).map_or(a, |j| j + 1);
            let lex = Lexicon::get();
            let end = (k + 1..b.min(k + 6)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?")).or_else(|| (k + 2 <= b && b <= k + 5).then_some(b));
            let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[j].lower) && lex.is_common_word(&doc.tokens[j].lower);
            if let Some(end) = end.filter(|&e| e > k + 1 && open + 1 < k - 1 && doc.tokens[open].cap && plain(open) && !doc.tokens[open].lower.ends_with("ly") && !doc.tokens[k + 1].cap && plain(k + 1) && !(open..k - 1).any(|j| matches!(doc.tokens[j].lower.as_str(), "," | "if" | "when"))) {
                push(out, DemandKind::Demand, by, None, span(doc, open, k - 1), span(doc, open, end), doc.tokens[open].lower.to_string());
                return Some(end);
            }
        }
        None
    }

    /// "“Unless the ministry withdraws the levy, we will strike.”", "“Unless the numbers
    /// change, there is no deal.”": a condition opening a sentence of a quotation, before a
    /// main clause that threatens or refuses, is the speaker's
    /// ("“If he does not keep his word, we will vote him out.”", "“If the changes are not
    /// made, we will act again.”": a negated condition opening the sentence, the same; what
    /// is asked follows the negation, or is the whole condition when it is passive)
    pub(super) fn quoted_condition(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported, .. } = *self;
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
                            let participle = doc.tokens.get(n + 1).is_some_and(|t| passive_participle(&t.lower));
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
                // ("If the Front refuses to disarm, it will be disarmed", "If the firm does not
                // pay, it will lose its licence": "it"/"they" opening the main clause after a
                // negated condition whose subject is an actor named is that actor, on whom the
                // outcome falls, not one who threatens (a guess may resolve it to an actor named
                // before); the speaker sets the condition)
                let falls_on_asked = negated.is_some() && matches!(main, "it" | "they") && np_at(doc, ctx, k + 1, comma).filter(|np| !np.is_lone_pronoun(doc)).and_then(|np| actor_party(doc, &np)).is_some_and(|p| p != by);
                // (an actor that threatens is the demander: "…, Oslo will close the border")
                let actor = if matches!(main, "we" | "i" | "there") || falls_on_asked { None } else { np_at(doc, ctx, comma + 1, b).filter(|np| !np.entities.is_empty()).and_then(|np| actor_party(doc, &np)) };
                let side = matches!(main, "we" | "i" | "there") || actor.is_some() || falls_on_asked;
                let threat = side && (comma + 1..b.min(comma + 8)).take_while(|&j| doc.tokens[j].lower != ".").any(|j| matches!(doc.tokens[j].lower.as_str(), "no" | "not" | "never" | "will" | "would" | "'ll" | "’ll" | "won't" | "won’t" | "cannot" | "can't" | "can’t"))
                    && (main != "there" || (comma + 2..b.min(comma + 6)).any(|j| doc.tokens[j].lower == "no"));
                if (threat || self.forecast_asks(k, comma)) && (l == "unless" || negated.is_some()) {
                    let subj = np_at(doc, ctx, k + 1, comma);
                    let by = actor.unwrap_or(by);
                    let of = subj.as_ref().and_then(|np| actor_party(doc, np)).filter(|&p| p != by);
                    let va = if of.is_some() { subj.map_or(k + 1, |np| np.end) } else { k + 1 };
                    let va = negated.unwrap_or(va);
                    let end = vp_end(doc, comma + 1, b, false);
                    push(out, DemandKind::Condition, by, of, span(doc, va, comma), span(doc, k, end.max(comma + 1)), l.to_string());
                    return Some(comma + 1);
                }
            }
        }
        None
    }

    /// "Unless the council dredges the river, the farms will keep flooding" (`k` at
    /// "unless", `comma` closing the condition): a forecast ("will", "would") on a condition whose
    /// subject is an actor other than the speaker asks that actor to meet it, as the golds read
    /// it (set157's "Unless ministers make …, these fires will keep happening"); not "Unless it
    /// rains, …", a pronoun a guess may take for an actor.
    fn forecast_asks(&self, k: usize, comma: usize) -> bool {
        let Clause { doc, ctx, by, b, .. } = *self;
        doc.tokens[k].lower == "unless"
            && (np_at(doc, ctx, k + 1, comma).filter(|np| !np.is_lone_pronoun(doc)).and_then(|np| actor_party(doc, &np)).is_some_and(|p| p != by) || ruling_subject(doc, k + 1, comma))
            && (comma + 1..b.min(comma + 8)).take_while(|&j| doc.tokens[j].lower != ".").any(|j| matches!(doc.tokens[j].lower.as_str(), "will" | "would" | "'ll" | "’ll"))
    }

    /// "We want our savings back", "I want an apology" inside what someone says: the speaker
    /// wants it
    /// ("We need more air defence": more of what a side says it needs is asked of others;
    /// not "I need a break", "we need to …", nor "we need a leader who …", a wish)
    pub(super) fn wanted(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, by, a, b, .. } = *self;
        let needs = l == "need" && k > a && doc.tokens[k - 1].lower == "we" && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "more");
        if (matches!(l, "want" | "wants") && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "we" | "i") || needs) && (k - 1 == a || !doc.tokens[k - 2].cap && doc.tokens[k - 2].kind != TokenKind::Word || matches!(doc.tokens[k - 2].lower.as_str(), "," | "and" | "but" | "that"))
            && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "our" | "my" | "the" | "a" | "an" | "justice" | "answers" | "guarantees" | "assurances" | "compensation" | "peace" | "accountability" | "action") || needs && t.lower == "more")
        {
            let end = vp_end(doc, k + 1, b, true);
            if end > k + 2 {
                push(out, DemandKind::Demand, by, None, span(doc, k + 1, end), span(doc, k - 1, end), l.to_string());
                return Some(end);
            }
        }
        None
    }

    /// "Let the commission open the ballot boxes" inside what someone says: the speaker asks
    /// it of the actor named
    pub(super) fn let_actor(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        if l == "let" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "," | "and" | ":") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            // (a body or a state: "let Kenyans see the truth" lets people see)
            let body = |np: &crate::extract::np::Np| !np.entities.is_empty() && np.entities.iter().all(|&e| matches!(doc.entities[doc.actor_of(e)].kind, EntityKind::Organization | EntityKind::Country));
            if let Some((np, of)) = np_at(doc, ctx, k + 1, b).filter(body).and_then(|np| actor_party(doc, &np).map(|p| (np, p))).filter(|&(_, p)| p != by) {
                let verb = doc.tokens.get(np.end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "'s" | "of" | "and" | "to"));
                let end = vp_end(doc, np.end, b, true);
                if verb && end > np.end + 1 {
                    push(out, DemandKind::Demand, by, Some(of), span(doc, np.end, end), span(doc, k, end), l.to_string());
                    return Some(end);
                }
            }
        }
        None
    }
}

/// "Unless ministers make the sellers liable, …", "Unless the State provides beds, …": the
/// condition's subject (from `s`, before the comma at `e`) is a plain noun for those who
/// govern ("ministers", "regulators", "lawmakers", "the state", "the government", "the
/// authorities"), which names no entity (British and Irish papers' bare "ministers", the Irish
/// "the State"), but is one that acts, as a named actor is: the condition asks it, of no one
/// named. Not a thing or an event ("Unless the weather changes, …"), nor "the state of …".
pub(super) fn ruling_subject(doc: &Doc, s: usize, e: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).filter(|_| j < e).map_or("", |t| t.lower.as_str());
    let verb = |j: usize| doc.tokens.get(j).is_some_and(|t| j + 1 < e && t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "of" | "'s" | "’s" | "and" | "in" | "who" | "which" | "that"));
    match word(s) {
        "ministers" | "regulators" | "lawmakers" | "legislators" | "governments" | "councils" => verb(s + 1),
        "the" => matches!(word(s + 1), "state" | "government" | "authorities") && verb(s + 2),
        _ => false,
    }
}
