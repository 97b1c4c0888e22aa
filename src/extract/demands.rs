//! Demands: who demands what of whom. Appeals ("X urged Y to Z", "X called on Y to Z",
//! "X called for Z"), demands ("X demanded that Y Z"), obligations inside statements
//! ("Y must Z", said X), threats ("warned Y of W unless Z"), refusals ("X will not accept Z")
//! and listed demands ("X's demands include A and B").

use super::np::{np_at, subject_before, subject_before_in, Ctx};
use crate::model::{Demand, DemandKind, Doc, Span, StatementKind, TokenKind};

const APPEAL: &[&str] = &["urge", "urged", "urges", "urging", "implore", "implored", "implores", "imploring", "encourage", "encouraged", "encourages", "encouraging", "press", "pressed", "presses", "pressing", "ask", "asked", "asks", "asking", "request", "requested", "requests", "requesting", "pushed", "push", "pushes", "pushing", "appealed", "appeal", "appeals", "appealing", "beg", "begged", "begs", "invited", "invite", "invites"];
const DEMAND: &[&str] = &["demand", "demanded", "demands", "demanding", "insist", "insisted", "insists", "insisting", "order", "ordered", "orders", "ordering", "told", "tell", "tells", "telling", "instructed", "called", "calls", "call", "calling"];
const MODALS: &[&[&str]] = &[&["must"], &["should"], &["needs", "to"], &["need", "to"], &["needed", "to"], &["has", "to"], &["have", "to"], &["had", "to"], &["is", "required"], &["are", "required"], &["ought", "to"]];
const REFUSAL_VERBS: &[&str] = &["accept", "entertain", "tolerate", "allow", "agree", "permit", "recognise", "recognize", "negotiate", "surrender", "give"];
const STOP: &[&str] = &[".", ";", "as", "while", "but", "which", "saying", "after", "before", "because", "amid", "when", "where", "although", "though", "—", "–"];

fn span(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b.max(a + 1) - 1].span.end)
}

/// The verb phrase from `a` to the end of its clause (stops at a conjunction or a comma
/// followed by one, and before closing punctuation).
fn vp_end(doc: &Doc, a: usize, b: usize, stop_at_while: bool) -> usize {
    let mut k = a;
    while k < b {
        let l = doc.tokens[k].lower.as_str();
        if STOP.contains(&l) && (stop_at_while || l != "while") && k > a {
            break;
        }
        // ", and …", ", who …", ", indicating that …": a new clause
        if l == "," && doc.tokens.get(k + 1).is_some_and(|t| STOP.contains(&t.lower.as_str()) || matches!(t.lower.as_str(), "and" | "according" | "who") || t.lower.ends_with("ing")) {
            break;
        }
        k += 1;
    }
    while k > a && (matches!(doc.tokens[k - 1].lower.as_str(), "," | ".") || doc.tokens[k - 1].kind == TokenKind::Quote) {
        k -= 1;
    }
    k
}

/// The start of what is demanded, past opening quotation marks.
fn skip_marks(doc: &Doc, mut a: usize, b: usize) -> usize {
    while a < b && doc.tokens[a].kind == TokenKind::Quote {
        a += 1;
    }
    a
}

/// The speaker of the quote that token `t` stands in, for "I"/"we" inside it.
fn quote_speaker(doc: &Doc, ctx: &Ctx, t: usize) -> Option<usize> {
    let q = ctx.quotes.get(ctx.tok_quote[t]?)?;
    doc.statements.iter().find(|s| s.text == q.inner).and_then(|s| s.speaker)
}

pub fn find_demands(doc: &mut Doc, ctx: &Ctx) {
    let mut out: Vec<Demand> = Vec::new();
    for si in 0..doc.sentences.len() {
        let s = doc.sentences[si];
        if doc.paragraphs[s.paragraph].heading {
            continue;
        }
        let (a, b) = s.tokens;
        for c in a..b {
            let l = doc.tokens[c].lower.as_str();
            let appeal = APPEAL.contains(&l);
            let demand = DEMAND.contains(&l);
            if appeal || demand {
                verb_demand(doc, ctx, c, a, b, appeal, &mut out);
            }
            if matches!(l, "warned" | "warns" | "warn" | "warning" | "threatened" | "threatens" | "threaten") {
                threat(doc, ctx, c, a, b, &mut out);
            }
            if matches!(l, "demands" | "conditions" | "stipulations" | "terms") {
                listed(doc, ctx, c, a, b, &mut out);
            }
        }
    }
    // obligations and refusals voiced in statements
    let statements = doc.statements.clone();
    for st in statements.iter().filter(|st| st.speaker.is_some()) {
        let by = st.speaker.unwrap();
        let (a, b) = (doc.token_at(st.text.start), doc.token_at(st.text.end));
        obligations(doc, ctx, by, a, b, st.kind == StatementKind::Reported, &mut out);
    }
    out.sort_by_key(|d| (d.evidence.start, d.what.start));
    out.dedup_by(|x, y| x.what.overlaps(y.what) && x.by == y.by);
    doc.demands = out;
}

/// "X urged Y to Z", "X called on Y to Z", "X called for Z", "X demanded that Y Z".
fn verb_demand(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, appeal: bool, out: &mut Vec<Demand>) {
    let l = doc.tokens[c].lower.clone();
    let is_call = l.starts_with("call");
    let is_tell = matches!(l.as_str(), "told" | "tell" | "tells" | "telling");
    // "Zelensky said … and urged the US to …": a coordinated verb shares the clause's subject
    let by_np = subject_before(doc, ctx, c, a).or_else(|| {
        (c > a && matches!(doc.tokens[c - 1].lower.as_str(), "and" | "but" | "then")).then(|| (a..c.min(a + 4)).find_map(|k| np_at(doc, ctx, k, c))).flatten()
    });
    let passive = c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "been" | "is" | "are");
    let mut k = c + 1;
    let mut of_np = None;
    let mut by = by_np.as_ref().and_then(|n| n.entities.first().copied());
    if passive {
        // "Y was urged by X to Z"
        of_np = by_np.clone();
        by = None;
        if doc.tokens.get(k).is_some_and(|t| t.lower == "by") {
            if let Some(np) = np_at(doc, ctx, k + 1, b) {
                by = np.entities.first().copied();
                k = np.end;
            }
        }
    }
    if is_call {
        // skip "on Friday" style adverbials to reach "on"/"for"
        let mut j = k;
        let mut found = None;
        while j < b && j < k + 5 {
            let t = doc.tokens[j].lower.as_str();
            if t == "for" || (t == "on" && !doc.tokens.get(j + 1).is_some_and(|x| is_weekday(&x.lower))) {
                found = Some(j);
                break;
            }
            j += 1;
        }
        let Some(j) = found else { return };
        k = j + 1;
    }
    // "I have requested …" inside a quote: the quote's speaker
    let by = by.or_else(|| (c > a && matches!(doc.tokens[c - 1].lower.as_str(), "i" | "we") || c > a + 1 && matches!(doc.tokens[c - 2].lower.as_str(), "i" | "we")).then(|| quote_speaker(doc, ctx, c)).flatten());
    let by = match by {
        Some(e) if doc.entities[e].kind.is_actor() || doc.entities[e].stands_for.is_some() => doc.actor_of(e),
        _ => return,
    };
    // "requested to X that Y be Z", "appealed to X to Z": the addressee follows "to"
    if doc.tokens.get(k).is_some_and(|t| t.lower == "to") && !is_call {
        if let Some(np) = np_at(doc, ctx, k + 1, b) {
            if doc.tokens.get(np.end).is_some_and(|t| t.lower == "that" || t.lower == "to") {
                let wa = np.end + 1;
                let end = vp_end(doc, wa, b, true);
                if end > wa {
                    let of = np.entities.first().map(|&e| doc.actor_of(e)).filter(|&e| e != by);
                    out.push(Demand { kind: DemandKind::Appeal, by, of, what: span(doc, wa, end), evidence: span(doc, by_np.as_ref().map(|n| n.start).unwrap_or(c).min(c), end), cue: l.clone() });
                }
                return;
            }
        }
    }
    if doc.tokens.get(k).is_some_and(|t| t.lower == "that") {
        // "demanded that Y Z"
        if appeal && !l.starts_with("request") || is_call || is_tell {
            return;
        }
        let of = np_at(doc, ctx, k + 1, b);
        let end = vp_end(doc, k + 1, b, false);
        if end <= k + 1 {
            return;
        }
        let what = span(doc, k + 1, end);
        let ev_start = by_np.as_ref().map(|n| n.start).unwrap_or(c);
        out.push(Demand { kind: DemandKind::Demand, by, of: of.and_then(|n| n.entities.first().copied()).filter(|&e| e != by), what, evidence: span(doc, ev_start, end), cue: l.clone() });
        return;
    }
    // object phrase, then "to" + verb phrase
    let mut of = of_np.as_ref().and_then(|n| n.entities.first().copied());
    let mut obj_end = k;
    if of.is_none() {
        if let Some(np) = np_at(doc, ctx, k, b) {
            of = np.entities.first().copied();
            obj_end = np.end;
        } else {
            // a group kept as text: "the international community", "both sides", "allies"
            let mut j = k;
            while j < b && j < k + 8 && doc.tokens[j].lower != "to" && doc.tokens[j].lower != "," && doc.tokens[j].lower != "." {
                j += 1;
            }
            obj_end = j;
        }
    }
    // "for beleaguered Ukrainian troops in the Russian region of Kursk to surrender"
    let to = (obj_end..b.min(obj_end + 14)).find(|&j| doc.tokens[j].lower == "to");
    let (what_a, kind) = match to {
        Some(j) if j + 1 < b => (j + 1, if appeal || is_call { DemandKind::Appeal } else { DemandKind::Demand }),
        _ if is_call && l != "called" || is_call => (k, DemandKind::Appeal),
        _ => return,
    };
    if is_tell && to.is_none() {
        return;
    }
    if matches!(l.as_str(), "ask" | "asked" | "asks" | "asking" | "told" | "tell" | "tells" | "telling" | "invited" | "invite" | "invites") && to.is_none() {
        return;
    }
    if is_call && to.is_none() && doc.tokens[k - 1].lower != "for" {
        return;
    }
    // the object of "called for" is itself an addressee when "to" follows it
    if is_call && of.is_none() && to.is_some() {
        of = (k..to.unwrap()).find_map(|j| ctx.tok_mention[j].map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind.is_actor());
        if of.is_none() {
            // "Ukrainian troops": the demonym names the state addressed
            of = (k..to.unwrap()).find_map(|j| {
                let lex = crate::lexicon::Lexicon::get();
                lex.country_adjectives.get(&doc.tokens[j].lower).and_then(|&c| {
                    let iso = &lex.countries[c].iso2;
                    doc.entities.iter().position(|e| e.kind == crate::model::EntityKind::Country && e.country.as_deref() == Some(iso))
                })
            });
        }
    }
    let what_a = skip_marks(doc, what_a, b);
    let end = vp_end(doc, what_a, b, true);
    if end <= what_a {
        return;
    }
    let ev_start = by_np.as_ref().map(|n| n.start).unwrap_or(c).min(c);
    let of = of.map(|e| doc.actor_of(e)).filter(|&e| e != by);
    out.push(Demand { kind, by, of, what: span(doc, what_a, end), evidence: span(doc, ev_start, end), cue: l });
}

fn is_weekday(l: &str) -> bool {
    matches!(l, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// "X warned Y of W unless Y Z": what is demanded is Z.
fn threat(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let Some(unless) = (c + 1..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "unless" | "if")) else { return };
    // "if it did not lower …", "if they fail to …": the negated condition is the demand
    let negation = if doc.tokens[unless].lower == "if" {
        match (unless + 1..(unless + 5).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "not" | "fail" | "fails" | "failed" | "refuse" | "refuses" | "refused")) {
            Some(n) => Some(if matches!(doc.tokens[n].lower.as_str(), "not") { n + 1 } else { n + 2 }),
            None => return,
        }
    } else {
        None
    };
    let Some(by_np) = subject_before(doc, ctx, c, a) else { return };
    let Some(&by) = by_np.entities.first() else { return };
    let of = np_at(doc, ctx, c + 1, b).and_then(|n| n.entities.first().copied());
    let mut wa = unless + 1;
    // skip the repeated subject ("unless it accepted")
    if let Some(np) = np_at(doc, ctx, wa, b) {
        wa = np.end;
    } else if matches!(doc.tokens.get(wa).map(|t| t.lower.as_str()), Some("it" | "they" | "he" | "she")) {
        wa += 1;
    }
    if let Some(n) = negation {
        wa = n.min(b);
    }
    let end = vp_end(doc, wa, b, true);
    if end <= wa {
        return;
    }
    out.push(Demand { kind: DemandKind::Threat, by: doc.actor_of(by), of: of.map(|e| doc.actor_of(e)), what: span(doc, wa, end), evidence: span(doc, by_np.start, end), cue: doc.tokens[c].lower.clone() });
}

/// "the demands set forth by X, which include Y doing A and B": one demand per item.
fn listed(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let by = if c > a + 1 && doc.tokens[c - 1].lower == "'s" {
        subject_before(doc, ctx, c - 1, a).and_then(|n| n.entities.first().copied())
    } else {
        (c + 1..b.min(c + 6)).find(|&j| doc.tokens[j].lower == "by").and_then(|j| np_at(doc, ctx, j + 1, b)).and_then(|n| n.entities.first().copied())
    };
    let Some(by) = by else { return };
    let Some(inc) = (c + 1..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "include" | "includes" | "including" | ":")) else { return };
    let mut k = inc + 1;
    let of = np_at(doc, ctx, k, b).map(|n| {
        k = n.end;
        n.entities[0]
    });
    let end = vp_end(doc, k, b, true);
    // split the list at "and" / ","
    let mut start = k;
    for j in k..=end {
        if j == end || doc.tokens[j].lower == "and" || doc.tokens[j].lower == "," {
            if j > start {
                out.push(Demand { kind: DemandKind::Demand, by: doc.actor_of(by), of: of.map(|e| doc.actor_of(e)), what: span(doc, start, j), evidence: span(doc, start, j), cue: doc.tokens[c].lower.clone() });
            }
            start = j + 1;
        }
    }
}

/// Inside a statement by `by`: "Y must Z", "Y should Z", "there will be no A while B",
/// "X will not accept Z".
fn obligations(doc: &Doc, ctx: &Ctx, by: usize, a: usize, b: usize, reported: bool, out: &mut Vec<Demand>) {
    let mut k = a;
    while k < b {
        let l = doc.tokens[k].lower.as_str();
        let modal = MODALS.iter().find(|m| m.iter().enumerate().all(|(i, w)| doc.tokens.get(k + i).is_some_and(|t| t.lower == *w))).map(|m| m.len());
        if let Some(n) = modal {
            // the subject: an actor right before, else the clause from its start
            let clause_a = (a..k).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "that" | "," | ";" | ":" | "“" | "\"")).map(|j| j + 1).unwrap_or(a);
            let subj = subject_before_in(doc, ctx, k, clause_a, true);
            let of = subj.as_ref().and_then(|s| s.entities.first().copied()).filter(|&e| doc.entities[e].kind.is_actor() && e != by);
            let va = k + n;
            let end = vp_end(doc, va, b, false);
            // "questions that need to be answered", "you should …": not a demand on anyone
            let before = doc.tokens[k - 1].lower.as_str();
            let impersonal = matches!(before, "that" | "which" | "who" | "you" | "it" | "i" | "we" | "this");
            if !impersonal && end > va + 1 && (end > va + 1 || !doc.tokens[va].lower.starts_with("not")) {
                let what_a = if of.is_some() { va } else { clause_a };
                let negated = doc.tokens.get(va).is_some_and(|t| t.lower == "not");
                let ev_a = if reported { clause_a } else { clause_a.max(a) };
                out.push(Demand { kind: if negated { DemandKind::Refusal } else { DemandKind::Demand }, by, of: of.map(|e| doc.actor_of(e)), what: span(doc, what_a, end), evidence: span(doc, ev_a, end), cue: doc.tokens[k..k + n].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ") });
            }
            k += n;
            continue;
        }
        // "will not accept", "would not entertain", "won't allow"
        let neg = matches!(l, "will" | "would" | "cannot" | "can't" | "won't") || l == "not";
        if neg {
            let mut j = k + 1;
            if matches!(l, "will" | "would") {
                if doc.tokens.get(j).is_some_and(|t| t.lower == "not" || t.lower == "never") {
                    j += 1;
                } else {
                    k += 1;
                    continue;
                }
            }
            if doc.tokens.get(j).is_some_and(|t| REFUSAL_VERBS.contains(&t.lower.as_str())) && l != "not" {
                let clause_a = (a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "that" | "," | ";")).map(|x| x + 1).unwrap_or(a);
                let end = vp_end(doc, j + 1, b, false);
                if end > j + 1 {
                    let obj = (j + 1..end).find_map(|x| ctx.tok_mention[x].map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind == crate::model::EntityKind::Organization);
                    // "Moscow would not entertain …": the refusing actor is the clause's subject
                    let refuser = subject_before_in(doc, ctx, k, clause_a, true).and_then(|s| s.entities.first().copied()).filter(|&e| doc.entities[e].kind.is_actor() || doc.entities[e].stands_for.is_some()).map(|e| doc.actor_of(e)).unwrap_or(by);
                    out.push(Demand { kind: DemandKind::Refusal, by: refuser, of: obj, what: span(doc, j + 1, end), evidence: span(doc, clause_a, end), cue: format!("{} not {}", l, doc.tokens[j].lower) });
                }
                k = j + 1;
                continue;
            }
        }
        // "the onus is on X to Y", "it is up to X to Y": a demand of X
        if (l == "onus" || l == "up" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "is" | "was")) && k + 1 < b {
            if let Some(on) = (k + 1..(k + 4).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "on" | "to")) {
                if let Some(np) = np_at(doc, ctx, on + 1, b) {
                    if doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") {
                        let end = vp_end(doc, np.end + 1, b, false);
                        if end > np.end + 1 {
                            let clause_a = (a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "that" | "," | ";")).map(|x| x + 1).unwrap_or(a);
                            out.push(Demand { kind: DemandKind::Demand, by, of: np.entities.first().map(|&e| doc.actor_of(e)), what: span(doc, np.end + 1, end), evidence: span(doc, clause_a, end), cue: l.to_string() });
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
                let clause_a = (a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "that" | "," | ";" | "state" | "said" | "says")).map(|x| x + 1).unwrap_or(a);
                out.push(Demand { kind: DemandKind::Condition, by, of: None, what: span(doc, k, end), evidence: span(doc, clause_a, end), cue: doc.tokens[w].lower.clone() });
                k = end;
                continue;
            }
        }
        k += 1;
    }
}
