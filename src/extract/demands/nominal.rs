//! Demands a noun or a warning makes: "the demand for …", "warned against …", threats and
//! listed demands ("X's demands include A and B").

use super::*;

/// Where the demand noun at `c` starts its phrase: before an adjective of time ("X's repeated
/// calls for …", "its renewed demand"), else at `c`.
/// (or of form: "has submitted a formal request to X for …", "an official request")
pub(super) fn noun_start(doc: &Doc, c: usize, a: usize) -> usize {
    if c > a + 1 && matches!(doc.tokens[c - 1].lower.as_str(), "repeated" | "renewed" | "latest" | "fresh" | "earlier" | "previous" | "growing" | "urgent" | "formal" | "official" | "written") { c - 1 } else { c }
}

/// Where a name right before the noun at `c` (or the adjective of time before it that opens
/// the phrase, `det`) begins ("a United Nations appeal", "a U.S. request"), else `det`. Only
/// for a bare singular: "the KNCHR urged", "the US demands that …" are verbs.
pub(super) fn named_lead(doc: &Doc, ctx: &Ctx, c: usize, det: usize, a: usize) -> usize {
    if !matches!(doc.tokens[c].lower.as_str(), "appeal" | "request" | "call" | "demand" | "ultimatum") {
        return det;
    }
    match (det > a + 1).then(|| ctx.tok_mention.at(det - 1)).flatten() {
        Some(m) if doc.mentions[m].span.end <= doc.tokens[det].span.start => doc.token_at(doc.mentions[m].span.start).max(a),
        _ => det,
    }
}

/// A plain noun for a body a speaker may stand for ("the union said it …", "said the party
/// will …").
pub(super) fn speaker_body(w: &str) -> bool {
    // (a minister's "the ministry would not …")
    matches!(w, "government" | "unions" | "ministry") || crate::extract::np::BODY_NOUNS.contains(&w)
}

/// The word after a "to" that makes it a preposition, not an infinitive's: an article, a
/// possessive, a demonstrative, a count ("a return to the talks", "access to two sites",
/// "a return to two-state talks", "access to all sites").
pub(super) fn opens_noun_phrase(t: &crate::model::Token) -> bool {
    t.kind == TokenKind::Number
        || matches!(t.lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "these" | "those" | "all" | "some" | "more" | "most" | "many" | "several" | "each" | "every" | "both")
        || crate::extract::names::number_word(t.lower.split('-').next().unwrap_or(""))
}

/// "X reiterated its demand today that Y Z", "X's call for Z", "an appeal by X to Y to Z".
pub(super) fn noun_demand(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let l = doc.tokens[c].lower.to_string();
    let mut k = c + 1;
    // the demander: "by X" after the noun, the possessor "X's", or the clause's subject
    let mut by = None;
    if doc.tokens.get(k).is_some_and(|t| t.lower == "by") {
        if let Some(np) = np_at(doc, ctx, k + 1, b) {
            by = actor_party(doc, &np).map(|p| (p, c));
            k = np.end;
        }
    }
    // (past an adjective of time: "X's repeated calls for …")
    let det = noun_start(doc, c, a);
    if by.is_none() && doc.tokens[det - 1].lower == "'s" {
        by = subject_before(doc, ctx, det - 1, a).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start)));
    }
    // ("a United Nations appeal for …", "a U.S. request to …": the one asking named before
    // the noun, between it and its article)
    let lead = named_lead(doc, ctx, c, det, a);
    if by.is_none() && lead < det {
        by = ctx.tok_mention.at(lead).map(|m| (Party::Entity(doc.actor_of(doc.mentions[m].entity)), lead));
    }
    // ("Beirut rejected a United Nations appeal for …", "Yemen dismissed an appeal from X to
    // …": the subject of a verb of refusing is the one asked, not the one asking, who is
    // named with the noun or not known)
    let date = |j: usize| doc.tokens[j].kind == TokenKind::Number || crate::lexicon::is_month(&doc.tokens[j].lower) || is_weekday(&doc.tokens[j].lower);
    // the verb that governs the noun (past a date: "repeated on May 2 its demand")
    let verb = (a..lead).rev().find(|&j| !matches!(doc.tokens[j].lower.as_str(), "its" | "their" | "his" | "her" | "on" | "of" | "a" | "an" | "the" | "'s") && !date(j));
    // ("X opened the summit in Addis Ababa with a call for …", "responded with an appeal for
    // …": after "with", the verb of the clause the phrase ends, past its object)
    let verb = match verb {
        Some(w) if doc.tokens[w].lower == "with" => (w.saturating_sub(10).max(a)..w).rev().find(|&j| {
            let t = &doc.tokens[j];
            t.kind == TokenKind::Word && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ed") && ctx.tok_quote.at(j).is_none()
        }),
        v => v,
    };
    let refusing = verb.is_some_and(|v| matches!(doc.tokens[v].lower.as_str(), "rejected" | "rejects" | "reject" | "rejecting" | "dismissed" | "dismisses" | "refused" | "refuses" | "ignored" | "ignores" | "spurned" | "spurns" | "resisted" | "resists" | "defied" | "defies" | "snubbed" | "rebuffed" | "rebuffs"));
    let mut refused_by = None;
    if refusing {
        refused_by = verb.and_then(|v| demander(doc, ctx, v, a)).map(|(p, _)| p);
        if by.is_none() && doc.tokens.get(k).is_some_and(|t| t.lower == "from") {
            if let Some(np) = np_at(doc, ctx, k + 1, b) {
                by = actor_party(doc, &np).map(|p| (p, det));
                k = np.end;
            }
        }
    } else if by.is_none() {
        // the subject of the verb that governs the noun ("X insisted on its demands that …")
        by = verb.and_then(|v| demander(doc, ctx, v, a));
    }
    let Some((by, start)) = by else { return };
    // ("demanded last year that …": a time before "that", `that_after_time`)
    k = past_adverbials(doc, k, b, c, |k| ADVERBIALS.contains(&doc.tokens[k].lower.as_str()));
    let (of, wa) = match doc.tokens.get(k).map(|t| t.lower.as_str()) {
        Some("that") => (np_at(doc, ctx, k + 1, b).and_then(|np| actor_party(doc, &np)), k + 1),
        Some("for") => {
            // "call for X to Y": X is addressed
            // ("calls for access to the Red Sea": a "to" before an article is a preposition)
            let (o, e) = addressee_at(doc, ctx, k + 1, b);
            let infinitive = doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !opens_noun_phrase(t));
            if doc.tokens.get(e).is_some_and(|t| t.lower == "to") && infinitive { (o, e + 1) } else { (None, k + 1) }
        }
        Some("to") => match np_at(doc, ctx, k + 1, b) {
            Some(np) if doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") => (actor_party(doc, &np), np.end + 1),
            // ("submitted a formal request to Germany for the return of …": the actor the noun
            // is addressed to, then what is asked after "for")
            Some(np) if doc.tokens.get(np.end).is_some_and(|t| t.lower == "for") && np.end + 1 < b && actor_party(doc, &np).is_some() => (actor_party(doc, &np), np.end + 1),
            // ("a U.S. request to interrogate the detainees", "an appeal from X to lay down
            // arms": what is asked, of no one named after it)
            // (only where it is refused: "rejected Lisbon's call to reopen …"; an appeal merely
            // reported, "the minister's call to reopen …", is no demand of its own)
            _ if refusing && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().stopwords.contains(&t.lower)) && np_at(doc, ctx, k + 1, b).is_none() => (None, k + 1),
            _ => return,
        },
        _ => return,
    };
    let end = vp_end(doc, wa, b, true);
    // ("Riyadh's call for restraint was echoed by Doha": a noun phrase called for ends at the
    // verb of the clause the call is the subject of)
    let end = if doc.tokens.get(k).is_some_and(|t| t.lower == "for") && !doc.tokens.get(wa.saturating_sub(1)).is_some_and(|t| t.lower == "to") {
        (wa + 1..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would")).unwrap_or(end)
    } else {
        end
    };
    let of = of.or(refused_by).filter(|&o| o != by);
    if end > wa {
        let kind = if matches!(l.as_str(), "appeal" | "appeals" | "call" | "calls") { DemandKind::Appeal } else { DemandKind::Demand };
        push(out, kind, by, of, span(doc, wa, end), span(doc, start.min(c), end), l);
    }
}

/// "The judge warned both sides against commenting on the case", "X cautioned Y against any
/// move on Z": an appeal to Y not to do what follows "against".
/// "X warned Y not to Z" too: an appeal to Y, what is asked "not Z".
pub(super) fn warned_against(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let against = (c + 1..b.min(c + 9)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | ";" | "that" | "of" | "to" | "about" | "unless" | "if") && doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == "against");
    // ("warned Iran not to retaliate": an actor, then "not to")
    let not_to = || np_at(doc, ctx, c + 1, b).filter(|np| actor_party(doc, np).is_some() && doc.tokens.get(np.end).is_some_and(|t| t.lower == "not") && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower == "to")).map(|np| np.end);
    let (k, what_at) = match against {
        Some(k) => (k, k + 1),
        None => match not_to() {
            Some(n) => (n, n),
            None => return,
        },
    };
    if k == c + 1 || k + 1 >= b {
        return;
    }
    let Some((by, start)) = demander(doc, ctx, c, a) else { return };
    let (of, _) = addressee_at(doc, ctx, c + 1, k);
    let end = vp_end(doc, what_at, b, true);
    // (one noun will do: "warned Moscow against escalation")
    let noun = end == what_at + 1 && doc.tokens[what_at].kind == TokenKind::Word && !Lexicon::get().stopwords.contains(&doc.tokens[what_at].lower);
    if end > what_at + 1 || noun {
        push(out, DemandKind::Appeal, by, of, span(doc, what_at, end), span(doc, start, end), doc.tokens[c].lower.to_string());
    }
}

/// "X warned Y of W unless Y Z" / "threatened Y with W if it did not Z": what is demanded is Z.
/// ("Oslo could halt shipments if the EU does not soften the law, X warned": the condition
/// before the inverted cue too.)
pub(super) fn threat(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let condition = |lo: usize, hi: usize| (lo..hi).find(|&j| matches!(doc.tokens[j].lower.as_str(), "unless" | "if"));
    // (the demander, when the inverted form had to find it first)
    let mut known = None;
    let (unless, hi, inverted) = match condition(c + 1, b) {
        Some(u) => (u, b, None),
        None => {
            // (the content before ", X warned": the cue's subject after a comma, the
            // condition in the clause before it)
            // (titles may stand between the comma and the name: ", Energy Minister X warned")
            let Some(found) = demander(doc, ctx, c, a) else { return };
            known = Some(found);
            let start = found.1;
            let Some(comma) = (start.saturating_sub(9).max(a + 3)..start).rev().find(|&j| doc.tokens[j].lower == ",").filter(|&j| (j + 1..start).all(|x| doc.tokens[x].cap || matches!(doc.tokens[x].lower.as_str(), "of" | "for" | "and") || Lexicon::get().country_adjectives.contains_key(&doc.tokens[x].lower))) else { return };
            match condition(a, comma) {
                Some(u) => (u, comma, Some(comma)),
                None => return,
            }
        }
    };
    let b = hi;
    // "if it did not lower …", "if they fail to …": the negated condition is the demand
    // ("threatened a veto if the Senate added the restrictions": after a verb of threatening
    // itself, a plain condition is what the threat is to deter, and asks the opposite of it)
    let threatened = doc.tokens[c].lower.starts_with("threat") && inverted.is_none();
    let negation = if doc.tokens[unless].lower == "if" {
        // (a subject of a few words before: "if the European Union does not …")
        match (unless + 1..(unless + 7).min(b)).take_while(|&j| doc.tokens[j].lower != ",").find(|&j| matches!(doc.tokens[j].lower.as_str(), "not" | "fail" | "fails" | "failed" | "refuse" | "refuses" | "refused")) {
            Some(n) => Some(if doc.tokens[n].lower == "not" { n + 1 } else { n + 2 }),
            None if threatened => None,
            None => return,
        }
    } else {
        None
    };
    let Some((by, start)) = known.or_else(|| demander(doc, ctx, c, a)) else { return };
    // (the clause that states the threat: after "that", or the content before the cue)
    let clause_a = match inverted {
        Some(_) => Some(skip_marks(doc, a, unless)),
        None => (c + 1..unless).find(|&j| doc.tokens[j].lower == "that").map(|j| j + 1),
    };
    // ("Minister X warned that Turkey could turn to other suppliers if Iraq did not …": the
    // state or body the speaker holds office for, opening the clause, threatens)
    let own = clause_a.and_then(|k| np_at(doc, ctx, k, unless)).and_then(|np| actor_party(doc, &np)).filter(|p| {
        let (Party::Entity(e), Party::Entity(sp)) = (*p, by) else { return false };
        let e = doc.actor_of(e);
        doc.roles.iter().any(|r| r.holder == sp && r.of.is_some_and(|o| doc.actor_of(o) == e || doc.entities[o].stands_for == Some(e)))
    });
    let by = own.unwrap_or(by);
    let start = inverted.map_or(start, |_| clause_a.unwrap_or(start));
    // the one threatened ("threatened Belarus with …"), else the subject of the condition
    // ("… unless Belarus stopped …")
    // ("warned striking doctors that they would be sacked if …": the group warned, unnamed,
    // before "that", not whom "they" may stand for)
    let warned = || (inverted.is_none() && clause_a.is_some()).then(|| addressee_at(doc, ctx, c + 1, b)).and_then(|(p, j)| p.filter(|_| doc.tokens.get(j).is_some_and(|t| t.lower == "that")));
    let of = if inverted.is_some() { None } else { np_at(doc, ctx, c + 1, b).and_then(|np| actor_party(doc, &np)) }.or_else(warned).or_else(|| np_at(doc, ctx, unless + 1, b).and_then(|np| actor_party(doc, &np)));
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
    if end > wa {
        push(out, DemandKind::Threat, by, of, span(doc, wa, end), span(doc, start, end), doc.tokens[c].lower.to_string());
    }
}

/// "the demands set forth by X, which include Y doing A and B": one demand per item.
pub(super) fn listed(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let by = if c > a + 1 && doc.tokens[c - 1].lower == "'s" {
        subject_before(doc, ctx, c - 1, a)
    } else {
        (c + 1..b.min(c + 6)).find(|&j| doc.tokens[j].lower == "by").and_then(|j| np_at(doc, ctx, j + 1, b))
    };
    let by = by.and_then(|np| actor_party(doc, &np)).or_else(|| {
        // "X set conditions …, which include …": the subject of the verb before the noun
        // (a count of them too: "set three conditions"; a verb's particle, "set out his
        // conditions", "laid down conditions")
        let v = (a..c).rev().find(|&j| {
            !matches!(doc.tokens[j].lower.as_str(), "its" | "their" | "his" | "her" | "the" | "new" | "strict" | "explicit" | "several" | "key" | "main" | "out" | "forth" | "down" | "up")
                && !crate::lexicon::is_count_word(&doc.tokens[j].lower)
                && doc.tokens[j].kind != TokenKind::Number
        })?;
        demander(doc, ctx, v, a).map(|(p, _)| p)
    });
    let Some(by) = by else { return };
    let Some(inc) = (c + 1..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "include" | "includes" | "including" | ":")) else { return };
    let mut k = inc + 1;
    let of = np_at(doc, ctx, k, b).and_then(|np| {
        k = np.end;
        actor_party(doc, &np)
    });
    // (": Y must Z": what is asked is Z)
    if of.is_some() {
        k += modal_at(doc, k).unwrap_or(0);
    }
    let end = vp_end(doc, k, b, true);
    // split the list at "and" / ","
    let mut start = k;
    for j in k..=end {
        if j == end || doc.tokens[j].lower == "and" || doc.tokens[j].lower == "," {
            if j > start {
                push(out, DemandKind::Demand, by, of, span(doc, start, j), span(doc, start, j), doc.tokens[c].lower.to_string());
            }
            start = j + 1;
        }
    }
}
