//! Demands a verb makes: appeals ("urged Y to Z", "called on Y to Z"), demands, wishes, ultimatums,
//! deadlines and conditions ("only if", "unless").

use super::*;

/// An appeal in law at `c`: "Court of Appeals", or a court, a ruling or a sentence within the
/// next few words ("appealed the verdict", "appeals to the Supreme Court") with no "to" and a
/// verb after it.
pub(super) fn legal_appeal(doc: &Doc, c: usize, b: usize) -> bool {
    let court = |w: &str| matches!(w, "court" | "courts" | "circuit" | "ruling" | "rulings" | "verdict" | "decision" | "sentence" | "conviction" | "judgment" | "judgement" | "tribunal" | "case");
    let window = (c + 1..(c + 6).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ","));
    let asks_to_act = window.clone().any(|j| doc.tokens[j].lower == "to" && j > c + 1 && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an")));
    // ("said it would appeal against the ban to the sports court": "against" a decision is an
    // appeal in law, whatever follows)
    let against = doc.tokens.get(c + 1).is_some_and(|t| t.lower == "against");
    c > 0 && doc.tokens[c - 1].lower == "of" || against || !asks_to_act && window.clone().any(|j| court(&doc.tokens[j].lower))
}

/// "X urged Y to Z", "X called on Y to Z", "X called for Z", "X demanded that Y Z",
/// "X demanded Z (from Y)", "Y was urged by X to Z".
/// "expect Chile to …", "wanted the Oslo government to …" (the wish verb at `c`): an actor
/// right after the verb, then "to".
/// "hold" at `j` before what an actor holds by doing it: "hold the line", "hold talks",
/// "hold elections", "hold a vote" (not "hold its lead", "the truce to hold": a forecast).
pub(super) fn held_as_a_deed(doc: &Doc, j: usize) -> bool {
    let w = |x: usize| doc.tokens.get(x).map_or("", |t| t.lower.as_str());
    w(j) == "hold"
        && (matches!(w(j + 1), "talks" | "elections" | "negotiations" | "consultations") || w(j + 1) == "the" && w(j + 2) == "line"
            || matches!(w(j + 1), "a" | "an" | "fresh" | "early" | "new" | "direct" | "free") && matches!(w(j + 2), "vote" | "referendum" | "hearing" | "inquiry" | "meeting" | "summit" | "elections" | "talks" | "election"))
}

pub(super) fn wish_of_actor(doc: &Doc, ctx: &Ctx, c: usize, b: usize) -> bool {
    let passive = c > 0 && matches!(doc.tokens[c - 1].lower.as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being");
    // ("I expect both sides to sit down this week": the speaker's own expectation of the
    // parties to a dispute, named as a group)
    // (and anyone's want: "The cabinet wants both parties to return to the table")
    let first_person_of_sides = c > 0
        && (matches!(doc.tokens[c - 1].lower.as_str(), "i" | "we") && matches!(doc.tokens[c].lower.as_str(), "expect" | "want") || matches!(doc.tokens[c].lower.as_str(), "wants" | "wanted") && !passive)
        && (c + 2..(c + 5).min(b)).any(|j| doc.tokens[j].lower == "to" && matches!(doc.tokens[j - 1].lower.as_str(), "sides" | "parties" | "leaders" | "governments" | "everyone" | "everybody") && (c + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word));
    // ("Washington expected every European ally to present a plan": a state or body's
    // expectation of all its allies or members)
    let of_members = || {
        c > 0
            && ctx.tok_mention[c - 1].is_some_and(|m| {
                let e = &doc.entities[doc.mentions[m].entity];
                matches!(e.kind, EntityKind::Country | EntityKind::Organization) || e.stands_for.is_some()
            })
            && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "every" | "all" | "each"))
            && (c + 3..(c + 6).min(b)).any(|j| {
                doc.tokens[j].lower == "to"
                    && matches!(doc.tokens[j - 1].lower.as_str(), "ally" | "allies" | "member" | "members" | "country" | "countries" | "state" | "states" | "government" | "governments" | "nation" | "nations")
                    && (c + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word)
            })
    };
    // ("voters expect Clinton to win", "expects her to fully recover": a forecast of what will
    // happen is asked of no one)
    // ("analysts expected the regulator to approve the deal": a decision foreseen, too)
    // ("he expected the Senate to confirm her before the recess", "expects parliament to
    // ratify the treaty": a chamber's vote foreseen, as "approve")
    // ("he expected other states to copy the law": a lead foreseen to be followed, as
    // "approve")
    let forecast = |to: usize| {
        doc.tokens[c].lower.starts_with("expect")
            && (to + 1..(to + 3).min(b)).find(|&j| !doc.tokens[j].lower.ends_with("ly")).is_some_and(|j| {
                matches!(
                    doc.tokens[j].lower.as_str(),
                    "win" | "lose" | "recover" | "rise" | "fall" | "grow" | "shrink" | "remain" | "be" | "become" | "happen" | "arrive" | "pass" | "reach" | "increase" | "decrease" | "drop" | "climb" | "continue" | "survive" | "succeed" | "fail" | "last" | "hold" | "face" | "see" | "get" | "take" | "emerge" | "finish" | "dominate" | "struggle" | "benefit" | "approve" | "confirm" | "ratify" | "copy"
                ) && !held_as_a_deed(doc, j)
            })
    };
    // ("Verhoeven said she expected member states to hold the line": a person's expectation of
    // actors named by a plural noun for them)
    // ("Ukraine expected its partners to adopt sanctions", "We expect our partners to stop
    // financing …": a state's, body's or speaker's expectation of its own partners, allies or
    // donors, named by a possessive before the plural noun)
    let own_plural = || {
        !passive
            && c > 0
            && ctx.tok_mention[c - 1].is_some_and(|m| {
                let e = &doc.entities[doc.mentions[m].entity];
                matches!(e.kind, EntityKind::Country | EntityKind::Organization) || e.stands_for.is_some()
            })
            && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "its" | "their"))
    };
    let of_plural_actors = || {
        c > 0
            && (matches!(doc.tokens[c - 1].lower.as_str(), "i" | "we" | "he" | "she") || own_plural())
            && (c + 2..(c + 5).min(b)).find(|&j| doc.tokens[j].lower == "to").is_some_and(|j| {
                matches!(doc.tokens[j - 1].lower.as_str(), "allies" | "states" | "governments" | "countries" | "nations" | "parties" | "sides" | "leaders" | "lawmakers" | "employers" | "companies" | "regulators" | "authorities" | "partners" | "donors")
                    && (c + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap)
                    && !forecast(j)
            })
    };
    first_person_of_sides
        || !passive && of_members()
        || of_plural_actors()
        || !passive
        && np_at(doc, ctx, c + 1, b).is_some_and(|np| {
            np.entities.iter().all(|&e| doc.entities[e].kind.is_actor() || doc.entities[e].stands_for.is_some()) && doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") && !forecast(np.end)
        })
}

/// "stopped short of calling for his resignation", "refrained from urging Peru to …", "had
/// avoided pressing for a revision": a verb of demand in -ing (at `c`) after "short of",
/// "refrain from" or a form of "avoid" is a demand not made.
fn demand_held_back(doc: &Doc, c: usize) -> bool {
    let word = |j: usize| doc.tokens[j].lower.as_str();
    c >= 2
        && word(c).ends_with("ing")
        && (matches!(word(c - 1), "avoid" | "avoids" | "avoided" | "avoiding")
            || word(c - 1) == "of" && word(c - 2) == "short"
            || word(c - 1) == "from" && word(c - 2).starts_with("refrain"))
}

/// From `j`, a stretch of time that closes the clause: "months", "several weeks", "the past two
/// years", "more than a decade", then a punctuation mark, "and"/"but" or the sentence's end.
pub(super) fn for_a_while(doc: &Doc, j: usize, b: usize) -> bool {
    const SPANS: &[&str] = &["hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year", "decade", "ages"];
    (j..(j + 5).min(b)).find(|&k| SPANS.contains(&doc.tokens[k].lower.as_str())).is_some_and(|k| {
        let fill = |x: &crate::model::Token| x.kind == TokenKind::Number || matches!(x.lower.as_str(), "a" | "the" | "past" | "last" | "several" | "many" | "some" | "more" | "than" | "nearly" | "almost" | "over" | "two" | "three" | "four" | "five" | "six" | "ten" | "few");
        doc.tokens[j..k].iter().all(fill) && (k + 1 >= b || doc.tokens.get(k + 1).is_none_or(|x| x.kind == TokenKind::Punct || matches!(x.lower.as_str(), "and" | "but")))
    })
}

pub(super) fn verb_demand(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, appeal: bool, out: &mut Vec<Demand>) {
    let l = doc.tokens[c].lower.clone();
    if demand_held_back(doc, c) || obliged_to_ask(doc, c, a) {
        return;
    }
    // ("“They tell us to be patient,” she said", "“He told me to pay or leave”", "now they want
    // us to train …": the speaker or those the speaker stands with, told or asked, recount
    // what was said to them, no demand the story reports)
    if doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "me" | "us")) && doc.tokens.get(c + 2).is_some_and(|t| t.lower == "to" || t.lower == "not" && doc.tokens.get(c + 3).is_some_and(|t| t.lower == "to")) {
        return;
    }
    // ("is expected to", "was wanted for": no wish of the subject's)
    if WISH.contains(&l.as_str()) && !wish_of_actor(doc, ctx, c, b) {
        // ("challenged the ruling": no wish)
        if !l.starts_with("challeng") && l != "dared" {
            wanted_thing(doc, ctx, c, a, b, out);
        }
        return;
    }
    // "called for X", "pushed for X": what is demanded follows "for"
    // ("appealed for calm" too, not "appealed to X to Z")
    let is_call = l.starts_with("call") || (l.starts_with("push") || l.starts_with("appeal") || matches!(l.as_str(), "press" | "pressed" | "presses" | "pressing")) && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for" || t.lower == "hard" && l.starts_with("push"));
    let is_tell = crate::extract::np::told_form(&l);
    // ("How can we ask people to vote when they cannot walk to the market?", "Why should we
    // urge them to return?": a question that the asking cannot be done asks nothing)
    if c >= a + 3 && matches!(doc.tokens[c - 1].lower.as_str(), "we" | "i" | "you" | "they" | "anyone") && matches!(doc.tokens[c - 2].lower.as_str(), "can" | "could" | "should" | "would") && matches!(doc.tokens[c - 3].lower.as_str(), "how" | "why") {
        return;
    }
    // ("A group of officers calling itself the National Committee …", "a movement that calls
    // itself X": a reflexive after "call" gives a name, it asks nothing)
    if l.starts_with("call") && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "itself" | "themselves" | "himself" | "herself")) {
        return;
    }
    // ("urged the unions to … and invited them to talks at the ministry on Friday", "invited
    // Norway to join the summit": an invitation to an event or to take part is offered, not
    // asked)
    // (those invited may be a long phrase: "invited the leaders of the opposition parties to
    // talks on the budget")
    if l.starts_with("invit") && (c + 1..(c + 10).min(b)).find(|&j| doc.tokens[j].lower == "to").is_some_and(|j| {
        doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "talks" | "negotiations" | "consultations" | "a" | "an" | "the" | "attend" | "join" | "visit" | "take" | "participate" | "dinner" | "lunch" | "breakfast"))
    }) {
        return;
    }
    // ("the sanctions bill he has been pushing for months.", "what they have called for for
    // years, and …": "for" opens a stretch of time closing the clause, not what is asked)
    if is_call && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for") && for_a_while(doc, c + 2, b) {
        return;
    }
    // ("said it would now press for the release of …", "she would keep pressing for answers",
    // "the charity would continue to press for the labels": pressing or pushing for something
    // after "would"/"will" is a campaign the subject means to wage, no demand made of anyone
    // yet; not "urged X to press for …", nor "has pressed for …")
    if is_call && !l.starts_with("call") && !l.starts_with("appeal") && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for") && {
        let mut j = c;
        while j > a && matches!(doc.tokens[j - 1].lower.as_str(), "now" | "also" | "still" | "further" | "keep" | "continue" | "to") && j + 4 > c {
            j -= 1;
        }
        j > a && matches!(doc.tokens[j - 1].lower.as_str(), "would" | "will" | "'ll" | "’ll")
    } {
        return;
    }
    // a verb used as a noun or adjective ("the demands", "an encouraging sign")
    // ("the Court of Appeals", "appealed the ruling", "appealed to the Sixth Circuit": an
    // appeal in law asks a court to decide, no actor to act; "appealed to the court to …" stays)
    if l.starts_with("appeal") && legal_appeal(doc, c, b) {
        return;
    }
    // ("a United Nations appeal for …", "a U.S. request to …": after a name that follows an
    // article, too; `noun_demand` reads those)
    let lead = named_lead(doc, ctx, c, c, a);
    if c > a && matches!(doc.tokens[c - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "'s" | "these" | "those" | "our") || lead < c && lead > a && matches!(doc.tokens[lead - 1].lower.as_str(), "a" | "an" | "the") {
        return;
    }
    // ("protesters from a group called Veterans for Peace held signs": a body named)
    if l == "called" && called_names(doc, c, a) {
        return;
    }
    // ("to close what he called a loophole for packaging": a name given, no call made)
    if l == "called" && what_called(doc, c, a) {
        return;
    }
    // ("He denied reports that Hamas had demanded the release of …", "dismissed claims that
    // it had asked for …": a demand denied is none made)
    // (the statement may open after "that": what the denial's cue reports, so the words before
    // `a` are looked at too, within the sentence)
    if c >= 3 && {
        let denial = |j: usize| matches!(doc.tokens[j].lower.as_str(), "denied" | "denies" | "deny" | "denying" | "dismissed" | "dismisses" | "rejected" | "rejects" | "refuted");
        (c.saturating_sub(8).max(1)..c).rev().take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "," | "but" | "!" | "?")).find(|&j| doc.tokens[j].lower == "that").is_some_and(|x| {
            denial(x - 1) || x >= 2 && matches!(doc.tokens[x - 1].lower.as_str(), "reports" | "claims" | "suggestions" | "allegations" | "rumours" | "rumors" | "accusations") && denial(x - 2)
        })
    } {
        return;
    }
    // ("the commission could order them back to work", "a court may order …": a power or a
    // possibility, no demand made)
    if c > a && matches!(doc.tokens[c - 1].lower.as_str(), "could" | "might" | "may") {
        return;
    }
    // ("the diplomat said, asking not to be named", "who asked not to be identified": a
    // source's anonymity, no demand of anyone)
    if l.starts_with("ask") && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "not") && doc.tokens.get(c + 2).is_some_and(|t| t.lower == "to") && doc.tokens.get(c + 3).is_some_and(|t| t.lower == "be") && doc.tokens.get(c + 4).is_some_and(|t| matches!(t.lower.as_str(), "named" | "identified" | "quoted")) {
        return;
    }
    // ("Lecornu, asked about the split during a visit to Lyon, said …", "asked whether she
    // would run": a question put, not a request; no one is asked to do anything, so the "to"
    // of a place later is no call to act)
    if l.starts_with("ask") && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "about" | "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "which")) {
        return;
    }
    // ("explain why it had not sought other bidders", "did not demand a recount": a demand
    // verb that is negated, or inside an indirect question, reports none)
    // ("We cannot ask farmers to work for nothing": nor one that cannot be made)
    if c > a && matches!(doc.tokens[c - 1].lower.as_str(), "not" | "never" | "n't" | "n’t" | "cannot") || (c.saturating_sub(5).max(a)..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "why" | "whether")) {
        return;
    }
    // ("warned hospitals to isolate …", "warning states, including X, to …": an appeal only
    // with those warned and "to" after them; "warned that", "warned of" tell of a danger)
    // (not "warned against attempts to …": a preposition opens no one warned)
    if l.starts_with("warn") {
        if doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "against" | "of" | "about" | "over" | "on" | "that" | "in")) {
            return;
        }
        let (who, e) = addressee_at(doc, ctx, c + 1, b);
        let e = to_after_relative(doc, e, b).unwrap_or(e);
        // ("warned the government not to interfere": a warning not to, as "urged … not to")
        let e = e + usize::from(doc.tokens.get(e).is_some_and(|t| t.lower == "not") && doc.tokens.get(e + 1).is_some_and(|t| t.lower == "to"));
        // (the verb may open a quotation: "warned fishing crews to “keep clear of …”")
        let v = e + 1 + usize::from(doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Quote));
        if who.is_none() || !doc.tokens.get(e).is_some_and(|t| t.lower == "to") || !doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
            return;
        }
    }
    // ("The regulator directed the bank to overhaul …": an order only with those directed,
    // "to" and a verb after them; "directed the film", "anger directed at" are none)
    if l.starts_with("direct") {
        let (who, e) = addressee_at(doc, ctx, c + 1, b);
        // (past a time or the writing it was done in: "directed them in a memo to …")
        let e = to_after_time(doc, e).unwrap_or(e);
        if who.is_none() || !doc.tokens.get(e).is_some_and(|t| t.lower == "to") || !doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
            return;
        }
    }
    // ("Allies told to hit spending target", "Residents urged to leave", "Ottawa pressed to
    // fund …": a passive with no auxiliary, a headline's; its subject is asked, and who asks
    // is not said)
    // (verbs whose active form also goes without an object only in a headline: "he had asked
    // to meet the minister" asks himself)
    let headline = || doc.sentence_at(doc.tokens[c].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0 || doc.paragraphs[doc.sentences[s].paragraph].heading);
    if (matches!(l.as_str(), "told" | "urged" | "ordered" | "warned" | "instructed") || matches!(l.as_str(), "pressed" | "pressured" | "asked" | "encouraged") && headline()) && !(c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "been" | "is" | "are" | "be")) && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "to") && doc.tokens.get(c + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "them" | "him" | "me" | "us" | "reporters")) {
        return;
    }
    let passive = c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "been" | "is" | "are" | "be") && !l.ends_with("ing");
    let mut k = c + 1;
    let (by, ev_start, mut of) = if passive {
        // "Y was urged by X to Z"
        let of = subject_before(doc, ctx, c, a).and_then(|np| actor_party(doc, &np));
        let Some(np) = doc.tokens.get(k).filter(|t| t.lower == "by").and_then(|_| np_at(doc, ctx, k + 1, b)) else { return };
        let Some(by) = actor_party(doc, &np) else { return };
        k = np.end;
        (by, a, of)
    } else {
        let Some((by, start)) = demander(doc, ctx, c, a) else { return };
        (by, start.min(c), None)
    };
    // "on" counts as an adverbial only before a day ("demanded on Tuesday that")
    let adverbial = |k: usize| ADVERBIALS.contains(&doc.tokens[k].lower.as_str()) && (doc.tokens[k].lower != "on" || doc.tokens.get(k + 1).is_some_and(|t| is_weekday(&t.lower)));
    while k < b && k < c + 4 && adverbial(k) {
        k += 1;
    }
    // ("We ask only that the world keeps its promises": an adverb of degree before "that")
    if k + 1 < b && matches!(doc.tokens[k].lower.as_str(), "only" | "simply" | "just" | "merely") && doc.tokens[k + 1].lower == "that" {
        k += 1;
    }
    if is_call {
        // "called on Y to", "called for Z": find "on"/"for" past time adverbials
        // ("called upon Y to": the formal "upon", as Indian and UN English write it)
        let Some(j) = (k..(k + 5).min(b)).find(|&j| doc.tokens[j].lower == "for" || matches!(doc.tokens[j].lower.as_str(), "on" | "upon") && !doc.tokens.get(j + 1).is_some_and(|x| is_weekday(&x.lower))) else { return };
        k = j + 1;
    }
    // "requested to X that Y be Z", "appealed to X to Z": the addressee follows "to"
    if doc.tokens.get(k).is_some_and(|t| t.lower == "to") && !is_call {
        // (an actor, or a group as written: "appealed to both sides to avoid violence")
        let addressee = match np_at(doc, ctx, k + 1, b) {
            Some(np) => Some((actor_party(doc, &np), np.end)),
            None => match addressee_at(doc, ctx, k + 1, b) {
                (Some(p), e) => Some((Some(p), e)),
                _ => None,
            },
        };
        if let Some((who, np_end)) = addressee {
            if doc.tokens.get(np_end).is_some_and(|t| t.lower == "that" || t.lower == "to") {
                let wa = np_end + 1;
                let end = vp_end(doc, wa, b, true);
                if end > wa {
                    push(out, DemandKind::Appeal, by, who, span(doc, wa, end), span(doc, ev_start, end), l);
                }
                return;
            }
        }
    }
    // "asked Norway for help", "had asked the agency (FEMA) for a grant", "pressed its allies
    // for firm guarantees": what is asked for follows "for" after those asked (not "asked the
    // ministry for comment")
    // (not "asked the Minister for Justice, Jim Roe, to …": the "for" is the office's)
    if matches!(l.as_str(), "asked" | "ask" | "asks" | "asking" | "pressed" | "press" | "presses" | "pressing" | "pressured" | "pressuring") && !passive && office_then_holder(doc, ctx, k, b).is_none() {
        // (or a group as written: "pressed its allies for …")
        let group = || {
            let f = (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].lower == "for")?;
            let determined = matches!(doc.tokens[k].lower.as_str(), "its" | "their" | "his" | "her" | "our" | "the" | "both" | "all" | "other") || f == k + 1 && bare_plural_office(doc, k);
            // ("asked the developer three times for …": how often is no part of the group)
            let cut = (k + 1..f).find(|&j| time_phrase_end(doc, j) == Some(f)).unwrap_or(f);
            (determined && (k..cut).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote[j].is_none())).then(|| (Party::Text(span(doc, k, cut)), f))
        };
        if let Some((who, mut f)) = np_at(doc, ctx, k, b).and_then(|np| actor_party(doc, &np).map(|p| (p, np.end))).or_else(group) {
            if doc.tokens.get(f).is_some_and(|t| t.lower == "(") {
                f = (f + 1..(f + 4).min(b)).find(|&j| doc.tokens[j].lower == ")").map_or(f, |j| j + 1);
            }
            // ("asked TikTok and X for information": one demand, of the first named, as "urged X
            // and Y to …" is; the second a name of capitalised words, "the" before it at most)
            if doc.tokens.get(f).is_some_and(|t| t.lower == "and") {
                let named = |j: usize| doc.tokens[j].kind == TokenKind::Word && (doc.tokens[j].cap || j == f + 1 && doc.tokens[j].lower == "the");
                if let Some(g) = (f + 2..(f + 6).min(b)).find(|&j| doc.tokens[j].lower == "for").filter(|&g| (f + 1..g).all(named) && (f + 1..g).any(|j| doc.tokens[j].cap)) {
                    f = g;
                }
            }
            const NEWS: &[&str] = &["comment", "comments", "clarification", "details", "interview", "reaction", "response", "confirmation", "information"];
            // ("The Commission said it had asked Rome for information": a body or a state asks
            // for information as a regulator does, a demand; a reporter's is news)
            let body_asks = by.entity().is_some_and(|e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country));
            let news = |j: usize| NEWS.contains(&doc.tokens[j].lower.as_str()) && !(body_asks && doc.tokens[j].lower == "information");
            if doc.tokens.get(f).is_some_and(|t| t.lower == "for") && !(f + 1..(f + 4).min(b)).any(news) {
                let end = vp_end(doc, f + 1, b, true);
                if end > f + 1 {
                    push(out, DemandKind::Appeal, by, Some(who), span(doc, f + 1, end), span(doc, ev_start, end), l);
                    return;
                }
            }
        }
    }
    // ("We are asking for fuel and medicine": the speaker asks for it, of no one named; not
    // "we are not asking for miracles", nor a reporter's "asked for comment")
    if matches!(l.as_str(), "asking" | "ask") && !passive && doc.tokens.get(k).is_some_and(|t| t.lower == "for") && c >= a + 1 {
        let first_person = |x: usize| matches!(doc.tokens[x].lower.as_str(), "we" | "i");
        let subject_is_speaker = if l == "ask" { first_person(c - 1) } else { c >= a + 2 && matches!(doc.tokens[c - 1].lower.as_str(), "are" | "am" | "'re" | "'m") && first_person(c - 2) };
        if subject_is_speaker {
            let end = vp_end(doc, k + 1, b, true);
            if end > k + 1 {
                push(out, DemandKind::Appeal, by, None, span(doc, k + 1, end), span(doc, ev_start, end), l);
            }
            return;
        }
    }
    // ("Prosecutor X asked for a sentence of three years", "the union asks for a pay rise":
    // what is asked for, of no one named; not a reporter's "asked for comment", nor a source's
    // "asked for anonymity" or "asked for his name to be withheld")
    if matches!(l.as_str(), "asked" | "asks") && !passive && doc.tokens.get(k).is_some_and(|t| t.lower == "for") && c > a {
        const NOT_ASKED: &[&str] = &["comment", "comments", "clarification", "details", "interview", "interviews", "reaction", "response", "confirmation", "information", "anonymity", "name", "names", "identity", "privacy", "directions", "advice", "it"];
        // ("Hamas had asked for written guarantees that …", "asked for urgent talks": a thing
        // commonly asked for, after one plain modifier or none)
        const ASKED_FOR: &[&str] = &["guarantees", "guarantee", "assurances", "talks", "negotiations", "compensation", "access", "funding", "funds", "aid", "troops", "weapons", "sanctions", "calm", "restraint", "leniency", "clemency", "asylum", "extradition", "reforms", "recount", "ceasefire", "inquiry", "investigation", "resources", "reinforcements"];
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        let after = word(k + 1);
        let asked_for = |j: usize| ASKED_FOR.contains(&word(j));
        let modified = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().stopwords.contains(&t.lower)) && asked_for(k + 2);
        if !(k + 1..(k + 4).min(b)).any(|j| NOT_ASKED.contains(&doc.tokens[j].lower.as_str())) && (matches!(after, "a" | "an" | "the" | "more" | "help" | "assistance" | "protection" | "support" | "permission") || asked_for(k + 1) || modified) {
            let end = vp_end(doc, k + 1, b, true);
            if end > k + 2 {
                push(out, DemandKind::Appeal, by, None, span(doc, k + 1, end), span(doc, ev_start, end), l);
            }
            return;
        }
    }
    if doc.tokens.get(k).is_some_and(|t| t.lower == "that") {
        // "demanded that Y Z"
        // ("recommended that Chile free …": a recommendation of a report or a panel)
        // ("asked that the case be dismissed": a request of no one named)
        if appeal && !l.starts_with("request") && !l.starts_with("press") && !l.starts_with("push") && !l.starts_with("recommend") && !l.starts_with("ask") || is_call || is_tell {
            return;
        }
        // "insisted that the government had already met the demands": an assertion, not a
        // demand (its first auxiliary is indicative, not "must", "should" or a subjunctive)
        if l.starts_with("insist") {
            let first_aux = (k + 1..b.min(k + 10)).map(|x| doc.tokens[x].lower.as_str()).find(|w| {
                matches!(*w, "had" | "has" | "have" | "was" | "were" | "is" | "are" | "did" | "does" | "must" | "should" | "be" | "would" | "will" | "shall" | "could" | "can" | "might" | "may")
            });
            // ("insisted that only federal agents could deport migrants": what can be, told)
            if first_aux.is_some_and(|w| matches!(w, "had" | "has" | "have" | "was" | "were" | "is" | "are" | "did" | "does" | "could" | "can" | "might" | "may")) {
                return;
            }
            // ("insisted that the problems ran deeper than the coach": a verb in the past with
            // no auxiliary tells what was, it asks for nothing)
            const PAST: &[&str] = &["ran", "went", "came", "took", "made", "knew", "grew", "fell", "rose", "left", "lost", "won", "kept", "held", "felt", "saw", "got", "gave", "thought", "found", "meant", "paid", "sent", "spent", "stood", "brought", "bought", "began", "became", "broke", "chose", "did"];
            let past = |x: usize| {
                let t = &doc.tokens[x];
                t.kind == TokenKind::Word && !t.cap && (t.lower.len() > 4 && t.lower.ends_with("ed") || PAST.contains(&t.lower.as_str()))
            };
            if first_aux.is_none() && (k + 1..b.min(k + 10)).any(past) {
                return;
            }
            // "insisted that Oslo would never sign the deal": a future told, not asked for
            // ("would have to" still obliges)
            let at = (k + 1..b.min(k + 10)).find(|&x| matches!(doc.tokens[x].lower.as_str(), "would" | "will"));
            let obliged = |x: usize| {
                let y = if doc.tokens.get(x + 1).is_some_and(|t| t.lower == "not") { x + 2 } else { x + 1 };
                doc.tokens.get(y).is_some_and(|t| matches!(t.lower.as_str(), "have" | "need")) && doc.tokens.get(y + 1).is_some_and(|t| t.lower == "to")
            };
            if first_aux.is_some_and(|w| matches!(w, "would" | "will")) && at.is_some_and(|x| !obliged(x)) {
                return;
            }
        }
        let (of, _) = addressee_at(doc, ctx, k + 1, b);
        let end = vp_end(doc, k + 1, b, false);
        if end > k + 1 {
            push(out, DemandKind::Demand, by, of.filter(|p| matches!(p, Party::Entity(_))), span(doc, k + 1, end), span(doc, ev_start, end), l);
        }
        return;
    }
    // object phrase, then "to" + verb phrase
    let mut obj_end = k;
    if of.is_none() {
        let (o, e) = addressee_at(doc, ctx, k, b);
        of = o;
        obj_end = e;
    }
    // ("said he had spoken to X and urged him to …", "met the envoy, X, and called on him to
    // …": "him"/"her" after a verb coordinated by "and" is the person named right before "and",
    // the first verb's object, not the subject both verbs share)
    if let Some(p) = object_before_and(doc, ctx, k) {
        of = Some(p);
    }
    // ("wrote to the commission asking it to …": the pronoun is the one written to)
    if doc.tokens[c].lower.ends_with("ing") && doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "it" | "him" | "her" | "them")) {
        let wrote = (c.saturating_sub(12).max(a)..c.saturating_sub(2)).rev().find(|&j| doc.tokens[j + 1].lower == "to" && write_form(&doc.tokens[j].lower));
        // (initials in brackets may close the name: "wrote to the Inspector of Public
        // Works (IPW) asking him to …")
        // ("wrote to the council on Monday asking it to …": a time between)
        let c = time_before(doc, c, a);
        let ends = |np: &Np| np.end == c || np.end + 3 == c && doc.tokens[np.end].lower == "(" && doc.tokens[c - 1].lower == ")";
        if let Some(p) = wrote.and_then(|j| np_at(doc, ctx, j + 2, c)).filter(ends).and_then(|np| actor_party(doc, &np)) {
            of = Some(p);
        }
    }
    // ("would write to every local authority to ask them to …", "wrote to the governors of A
    // and B to ask them to …": after an infinitive of purpose the pronoun is the one written
    // to, an actor when that phrase is one, else no one, never an actor named further back)
    if c > a + 1 && doc.tokens[c - 1].lower == "to" && matches!(doc.tokens[c].lower.as_str(), "ask" | "urge" | "request" | "press") && doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "it" | "him" | "her" | "them")) {
        let e = time_before(doc, c - 1, a);
        let wrote = (c.saturating_sub(12).max(a)..e.saturating_sub(2)).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| doc.tokens[j + 1].lower == "to" && write_form(&doc.tokens[j].lower));
        if let Some(j) = wrote {
            // (the addressee found for the pronoun stays where an actor is named there: "to the
            // Health Secretary Jane Roe to ask her"; a phrase naming none leaves no one asked)
            if !(j + 2..e).any(|x| ctx.tok_mention[x].is_some_and(|m| doc.entities[doc.mentions[m].entity].kind.is_actor())) {
                of = None;
            }
        }
    }
    // ("said the Commission had "finally shown teeth" but urged it to move faster": "it" after
    // "but"/"and" is the body or state the same sentence reported on, the subject of the
    // clause after "said", not an organisation named further back)
    if c > a + 2 && matches!(doc.tokens[c - 1].lower.as_str(), "but" | "and") && doc.tokens.get(k).is_some_and(|t| t.lower == "it") && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "to") {
        if let Some(np) = (a..c - 2).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "said" | "says") && doc.tokens[j + 1].lower == "the").and_then(|j| np_at(doc, ctx, j + 1, c)) {
            let verb = doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "had" | "has" | "was" | "is" | "would" | "will" | "could" | "should"));
            if let (true, Some(Party::Entity(e))) = (verb, actor_party(doc, &np)) {
                if matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country) {
                    of = Some(Party::Entity(e));
                }
            }
        }
    }
    // ("urge the US side to …": a state's side in talks is that state)
    if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == "side") && obj_end > k && doc.tokens[obj_end - 1].cap {
        obj_end += 1;
    }
    // "urged the chancellor, Jane Roe, to …": a name in apposition to the addressee is who is asked
    if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == ",") {
        if let Some(np) = np_at(doc, ctx, obj_end + 1, b).filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == ",") && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower == "to")) {
            if let Some(p) = actor_party(doc, &np) {
                of = Some(p);
                obj_end = np.end + 1;
            }
        }
    }
    // "urged the Nordic Space Centre, the regulator for drone operators, to …": a
    // description in apposition to a named addressee, between commas before "to", is skipped
    if matches!(of, Some(Party::Entity(_))) && doc.tokens.get(obj_end).is_some_and(|t| t.lower == ",") && doc.tokens.get(obj_end + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the")) {
        let close = (obj_end + 2..(obj_end + 12).min(b)).take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && doc.tokens[j].lower != "to").find(|&j| doc.tokens[j].lower == ",");
        if let Some(c2) = close.filter(|&c2| doc.tokens.get(c2 + 1).is_some_and(|t| t.lower == "to")) {
            obj_end = c2 + 1;
        }
    }
    // "urged the army and the rebels to …": a second addressee coordinated with the first
    // (the first stands for both, as with two names)
    if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == "and") {
        let (second, e) = addressee_at(doc, ctx, obj_end + 1, b);
        let rel = to_after_relative(doc, e, b);
        // (initials in brackets do not count against the length: "and the paramilitary Rapid
        // Support Forces (RSF) to …")
        let bracketed = (obj_end + 1..e).any(|j| doc.tokens[j].lower == "(");
        // (nor the words of one name after the first: "Malaysia and the other members of the
        // Association of Southeast Asian Nations to …" is as long as "… of ASEAN to …")
        let named = (obj_end + 2..e).filter(|&j| ctx.tok_mention[j].is_some() && ctx.tok_mention[j] == ctx.tok_mention[j - 1]).count();
        // ("pressed Tom Vale and other governors this year to …": a time may stand between the
        // second and the "to", as it may after one addressee, below)
        let to = rel.or_else(|| to_after_time(doc, e)).unwrap_or(e);
        if second.is_some() && doc.tokens.get(to).is_some_and(|t| t.lower == "to") && e <= obj_end + 8 + 3 * usize::from(bracketed) + named {
            obj_end = e;
        }
    }
    // "to" right after the addressee ("urged Roe to"); after "called for" the object may run on
    // ("urged residents not to return": the appeal is "not to return")
    let mut relative_span = None;
    if let Some(to) = of.and_then(|_| to_after_relative(doc, obj_end, b)) {
        relative_span = Some((obj_end, to));
        obj_end = to;
    }
    // (a time may stand before the "to": "pressed Israel and Hamas on Sunday to …", "urged
    // parliament last week to …")
    if let Some(e) = to_after_time(doc, obj_end) {
        obj_end = e;
    }
    // ("called on Beijing “not to use …”", "urged X “to …”": a quotation that opens right
    // after the addressee holds what is asked)
    let word_at = |j: usize, w: &str| doc.tokens.get(j).is_some_and(|t| t.lower == w);
    let opened_mark = (of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.kind == TokenKind::Quote) && (word_at(obj_end + 1, "to") || word_at(obj_end + 1, "not") && word_at(obj_end + 2, "to"))).then_some(obj_end);
    if opened_mark.is_some() {
        obj_end += 1;
    }
    // ("called on both parties “to honour …”": an addressee written as a group, which the
    // phrase taken ran up to the "to" inside the quotation that opens after it)
    let opened_mark = opened_mark.or_else(|| (of.is_some() && obj_end > k + 1 && doc.tokens[obj_end - 1].kind == TokenKind::Quote && ctx.tok_quote[obj_end - 2].is_none() && (word_at(obj_end, "to") || word_at(obj_end, "not") && word_at(obj_end + 1, "to"))).then(|| obj_end - 1));
    // (the group as written stops before the mark)
    if let (Some(q), Some(Party::Text(sp))) = (opened_mark, of) {
        if sp.end > doc.tokens[q].span.start && doc.token_at(sp.start) < q {
            of = Some(Party::Text(span(doc, doc.token_at(sp.start), q)));
        }
    }
    let negated = doc.tokens.get(obj_end).is_some_and(|t| t.lower == "not") && doc.tokens.get(obj_end + 1).is_some_and(|t| t.lower == "to");
    if negated {
        obj_end += 1;
    }
    let reach = if is_call { 14 } else { 1 };
    // (an infinitive's "to", not a preposition: "called for a return to the ceasefire")
    let preposition = |j: usize| doc.tokens.get(j + 1).is_some_and(opens_noun_phrase);
    // ("a sell-off pushed borrowing costs to their highest level": a push to a level or a
    // place, not to act)
    let to = (obj_end..b.min(obj_end + reach)).find(|&j| doc.tokens[j].lower == "to" && ctx.tok_mention[j].is_none() && !((is_call || l.starts_with("urg") || l.starts_with("push") || l.starts_with("press")) && preposition(j)));
    // (nor past a colon or a quotation mark: "told reporters: “We did not come here to die”")
    // (nor past the subject's next verb: "called for a ceasefire and demanded that Y allow
    // trucks to enter" calls for the ceasefire)
    let next_verb = |x: usize| doc.tokens[x].lower == "and" && doc.tokens.get(x + 1).is_some_and(|t| demand_verbs().contains_key(t.lower.as_str()) || Lexicon::get().cues.contains_key(&t.lower)) && !state_before_plural(doc, x + 1);
    // (nor into a clause of its own: "called for unity, as farmers blocked roads to protest …")
    // (a relative clause in commas after the addressee is passed over: see `to_after_relative`)
    let relative = |x: usize| relative_span.is_some_and(|(ra, rb)| ra <= x && x < rb);
    // (but a quoted addressee may stand between: "calls on “all wealthy members” to …")
    // (or a quotation that opens before the addressee and runs on over "to": "called on
    // “everyone to take a deep breath”")
    let quoted = |j: usize| {
        j > k + 1 && doc.tokens[k].kind == TokenKind::Quote && {
            let closed_before = j > k + 2 && doc.tokens[j - 1].kind == TokenKind::Quote && (k + 1..j - 1).all(|x| doc.tokens[x].kind != TokenKind::Quote);
            // ("urged “all parties to avoid escalation”": an appeal's too)
            let runs_over = (is_call || appeal) && (k + 1..j).all(|x| doc.tokens[x].kind != TokenKind::Quote);
            closed_before || runs_over
        }
    };
    let to = to.filter(|&j| !(k..j).any(|x| !relative(x) && Some(x) != opened_mark && ((matches!(doc.tokens[x].lower.as_str(), "\"" | "“" | "”") && !quoted(j)) || matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":" | "is" | "was" | "are" | "were") || STOP.contains(&doc.tokens[x].lower.as_str()) || next_verb(x))));
    // ("told the press the border stayed shut to trucks": what was told, a clause of its own
    // after the one told, runs on to a preposition "to", which asks nothing)
    // (a second determiner, not after a preposition: "told the press the border …", not
    // "told the leaders of the militias to …")
    let determiner = |x: usize| matches!(doc.tokens[x].lower.as_str(), "the" | "a" | "an");
    let second = |x: usize| determiner(x) && !matches!(doc.tokens[x - 1].lower.as_str(), "of" | "in" | "for" | "from" | "at" | "on" | "with");
    let to = to.filter(|&j| !(is_tell && k < j && (k + 1 + usize::from(determiner(k))..j).any(second)));
    // ("told European leaders they should put pressure on Israel to …": a clause of its own
    // with a modal after the one told; the modal's demand is theirs)
    let to = to.filter(|&j| !(is_tell && (k..j).any(|x| matches!(doc.tokens[x].lower.as_str(), "should" | "must" | "would" | "could" | "ought" | "need" | "needed"))));
    // "insisted on a full investigation": what follows "on" is demanded
    if l.starts_with("insist") && doc.tokens.get(k).is_some_and(|t| t.lower == "on") {
        let end = vp_end(doc, k + 1, b, true);
        if end > k + 1 {
            push(out, DemandKind::Demand, by, None, span(doc, k + 1, end), span(doc, ev_start, end), l);
        }
        return;
    }
    // "demanded a return to democracy": an object that names no one is itself what is
    // demanded, even with a "to" after it (not so "demanded the council to …")
    let names_someone = |p: &Option<Party>| match p {
        Some(Party::Entity(_)) => true,
        Some(Party::Text(sp)) => doc.slice(*sp).split_whitespace().last().is_some_and(|w| {
            let lex = Lexicon::get();
            let lw = crate::lexicon::fold(w);
            // (organisation words are listed capitalised: "council" → "Council")
            let cap: String = lw.chars().take(1).flat_map(char::to_uppercase).chain(lw.chars().skip(1)).collect();
            lex.speaker_nouns.contains(&lw) || lex.person_nouns.contains(&lw) || lex.org_words.contains(w) || lex.org_words.contains(&cap)
        }),
        None => false,
    };
    // (a cue that ends the text has no object to read)
    if k >= doc.tokens.len() {
        return;
    }
    // "has sought to join the bloc": an attempt, not a demand ("sought talks" is one)
    if matches!(l.as_str(), "sought" | "seek" | "seeks" | "seeking") && doc.tokens[k].lower == "to" {
        return;
    }
    // "urged restraint", "urged an end to the fighting": an appeal whose object names no
    // one (not a pronoun: "urged them") is what is appealed for
    // ("encouraged dialogue", "encouraged “free and fair” elections": the same, a quoted word
    // opening the object too)
    let quoted_open = doc.tokens[k].kind == TokenKind::Quote && doc.tokens.get(k + 1).is_some_and(|x| x.kind == TokenKind::Word);
    let urged_thing = (l.starts_with("urg") || l.starts_with("encourag")) && to.is_none() && obj_end > k && !names_someone(&of) && !is_pronoun(&doc.tokens[k].lower) && (doc.tokens[k].kind == TokenKind::Word || quoted_open);
    let nominal = NOMINAL.contains(&l.as_str()) && (to.is_none() || !names_someone(&of)) || urged_thing;
    if nominal {
        // "demanded an immediate admission by Moscow", "demanding autonomy from Serbian authorities"
        let end = vp_end(doc, k, b, true);
        if end <= k {
            return;
        }
        // ("demanded an apology from its chairman, Jane Roe": a description of a few words in
        // lower case, named right after it in commas, is that person)
        let apposed = |j: usize| {
            let c = (j + 2..(j + 6).min(end)).find(|&c| doc.tokens[c].lower == ",")?;
            if !(j + 1..c).all(|x| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap) {
                return None;
            }
            let m = ctx.tok_mention.get(c + 1).copied().flatten()?;
            let e = doc.mentions[m].entity;
            (doc.token_at(doc.mentions[m].span.start) == c + 1 && doc.entities[e].kind == EntityKind::Person).then(|| Party::Entity(doc.actor_of(e)))
        };
        let from = (k..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "from" | "by")).and_then(|j| np_at(doc, ctx, j + 1, end).and_then(|np| actor_party(doc, &np)).or_else(|| apposed(j)));
        let kind = if urged_thing { DemandKind::Appeal } else { DemandKind::Demand };
        push(out, kind, by, from, span(doc, k, end), span(doc, ev_start, end), l);
        return;
    }
    let (what_a, kind) = match to {
        Some(j) if j + 1 < b => (j + 1, if appeal || is_call { DemandKind::Appeal } else { DemandKind::Demand }),
        None if is_call && doc.tokens[k - 1].lower == "for" => (k, DemandKind::Appeal),
        _ => return,
    };
    // the object of "called for" is itself an addressee when "to" follows it
    if is_call && to.is_some() && !matches!(of, Some(Party::Entity(_))) {
        let t = to.unwrap_or(k);
        let mentioned = (k..t).find_map(|j| ctx.tok_mention[j].map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind.is_actor());
        // "Ukrainian troops": the demonym names the state addressed
        let demonym = || (k..t).filter(|&j| !crate::extract::np::continental_american(doc, j)).find_map(|j| doc.country_of_adjective(&doc.tokens[j].lower));
        if let Some(e) = mentioned.or_else(demonym) {
            of = Some(Party::Entity(doc.actor_of(e)));
        }
    } else if is_call && to.is_none() {
        of = None;
    }
    let what_a = skip_marks(doc, what_a, b);
    let end = vp_end(doc, what_a, b, true);
    if end > what_a {
        let what_a = if negated && to == Some(obj_end) { obj_end - 1 } else { what_a };
        // "called on Rwanda to withdraw its troops and on the rebels to halt their offensive":
        // a second addressee and what is asked of it, after "and on"
        let second = (is_call && k > 0 && doc.tokens[k - 1].lower == "on")
            .then(|| (what_a + 1..end.saturating_sub(3)).find(|&j| doc.tokens[j].lower == "and" && doc.tokens[j + 1].lower == "on"))
            .flatten()
            .and_then(|j| match addressee_at(doc, ctx, j + 2, b) {
                (Some(p), e) if doc.tokens.get(e).is_some_and(|t| t.lower == "to") => Some((j, p, e + 1)),
                _ => None,
            });
        match second {
            Some((j, of2, wa2)) => {
                let end2 = vp_end(doc, wa2, b, true);
                push(out, kind, by, of, span(doc, what_a, j), span(doc, ev_start, j), l.clone());
                if end2 > wa2 {
                    push(out, kind, by, Some(of2), span(doc, wa2, end2), span(doc, j + 1, end2), l);
                }
            }
            None => push(out, kind, by, of, span(doc, what_a, end), span(doc, ev_start, end), l),
        }
    }
}

/// "said he had spoken to X and urged him to …", "met the envoy, X, and called on him to …"
/// (`t` the object pronoun "him"/"her" of a verb coordinated by "and"): the person whose name
/// ends right before "and" (a comma between allowed), the first verb's object, is the one the
/// pronoun stands for; `np_one` resolves it to the clause's subject, which is the demander.
fn object_before_and(doc: &Doc, ctx: &Ctx, t: usize) -> Option<Party> {
    let to = |j: usize| doc.tokens.get(j).is_some_and(|x| x.lower == "to" || x.lower == "not" && doc.tokens.get(j + 1).is_some_and(|y| y.lower == "to"));
    if !matches!(doc.tokens.get(t)?.lower.as_str(), "him" | "her") || !to(t + 1) || t < 4 {
        return None;
    }
    let word = |j: usize| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap;
    // the coordinated verb ("urged him", "called on him"), an adverb before it ("and also asked")
    let mut v = t - 1;
    if matches!(doc.tokens[v].lower.as_str(), "on" | "upon") {
        v -= 1;
    }
    if !word(v) || v < 3 {
        return None;
    }
    let mut and = v - 1;
    if matches!(doc.tokens[and].lower.as_str(), "also" | "then" | "later") {
        and -= 1;
    }
    if doc.tokens[and].lower != "and" || and < 2 {
        return None;
    }
    let j = and - 1 - usize::from(doc.tokens[and - 1].lower == ",");
    let m = &doc.mentions[ctx.tok_mention[j]?];
    (m.span.end == doc.tokens[j].span.end && doc.entities[m.entity].kind == EntityKind::Person).then(|| Party::Entity(doc.actor_of(m.entity)))
}

/// An ultimatum, at the time word `c`: "X gave Y 48 hours to Z" (X demands Z of Y), and
/// "Y had 72 hours to Z" in what someone is reported to say (the speaker demands it).
pub(super) fn ultimatum(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five", "six", "seven", "ten", "few", "several", "24", "48", "72"];
    // ("a week", "one month": a unit in the singular after "a" or "one")
    let singular = !doc.tokens[c].lower.ends_with('s');
    let count = |w: &str| if singular { matches!(w, "a" | "one") } else { NUMBER_WORDS.contains(&w) };
    // ("gave Hamas days to return …", 'gave Kabul "days, not weeks" to …': a bare plural of
    // time, or a quoted one, right after the one given it)
    if !singular && c > a + 2 && doc.tokens[c - 1].kind != TokenKind::Number && !count(&doc.tokens[c - 1].lower) {
        let quoted = doc.tokens[c - 1].kind == TokenKind::Quote;
        let close = if quoted { (c + 1..b.min(c + 6)).find(|&j| doc.tokens[j].kind == TokenKind::Quote) } else { Some(c) };
        if let Some(q) = close.filter(|&q| doc.tokens.get(q + 1).is_some_and(|t| t.lower == "to")) {
            given_time(doc, ctx, if quoted { c - 1 } else { c }, given_task(doc, q + 2, b), a, false, out);
        }
        return;
    }
    if c < a + 3 || !doc.tokens.get(c + 1).is_some_and(|t| t.lower == "to") || !(doc.tokens[c - 1].kind == TokenKind::Number && !singular || count(&doc.tokens[c - 1].lower)) {
        return;
    }
    let n = c - 1;
    let (what_a, end) = given_task(doc, c + 2, b);
    if end <= what_a {
        return;
    }
    let l = doc.tokens[n - 1].lower.clone();
    if matches!(l.as_str(), "had" | "has" | "have") {
        // "… said the consul had 48 hours to quit Oslo": the addressee is the subject of "had", the
        // demander the speaker of the statement around it
        // ("… said the company had 60 days to …": the company named before, as "the company
        // said" is)
        let company = (n >= a + 3).then(|| crate::extract::statements::body_description(doc, n - 3, n - 1)).flatten().map(|e| (Party::Entity(e), n - 3));
        let named = subject_before(doc, ctx, n - 1, a).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start)));
        let Some((of, np_start)) = named.or(company) else { return };
        let np = Np { entities: Vec::new(), start: np_start, end: n - 1 };
        let at = doc.tokens[c].span;
        let Some(st) = doc.statements.iter().filter(|st| st.kind == StatementKind::Reported && st.text.contains(at) && st.text.start < doc.tokens[np.start].span.start).min_by_key(|st| st.text.len()) else { return };
        let by = match (st.speaker, st.speaker_text) {
            (Some(e), _) => Party::Entity(doc.actor_of(e)),
            (None, Some(t)) => Party::Text(t),
            _ => return,
        };
        push(out, DemandKind::Demand, by, Some(of), span(doc, what_a, end), span(doc, np.start, end), l);
        return;
    }
    // "gave Kabul 72 hours to …" ("gave the rebels 48 hours to …": a short group as written too)
    given_time(doc, ctx, n, (what_a, end), a, true, out);
}

/// What a deadline asks, from `what_a` (after its "to"): the verb phrase, without the
/// alternative ("… to end the practice or face penalties": that is the threat, not the
/// demand). Its start and end.
pub(super) fn given_task(doc: &Doc, what_a: usize, b: usize) -> (usize, usize) {
    let what_a = skip_marks(doc, what_a, b);
    let end = vp_end(doc, what_a, b, true);
    let end = (what_a + 1..end).find(|&j| doc.tokens[j].lower == "or" && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "face" | "risk" | "lose" | "be"))).unwrap_or(end);
    (what_a, end)
}

/// "gave Kabul 72 hours to …", "has given the rebels until Friday to …": a time given, at
/// token `t`, to the addressee between a verb of giving and it, for the task `what` (see
/// [`given_task`]). With `plain_group` the addressee may be a short group as written
/// ("given train operators until Friday").
pub(super) fn given_time(doc: &Doc, ctx: &Ctx, t: usize, (what_a, end): (usize, usize), a: usize, plain_group: bool, out: &mut Vec<Demand>) {
    if end <= what_a {
        return;
    }
    let Some(g) = (a..t).rev().take(16).find(|&g| matches!(doc.tokens[g].lower.as_str(), "gave" | "give" | "gives" | "giving" | "given")) else { return };
    let lex = Lexicon::get();
    // (the addressee's initials in parentheses and an appositive in commas may close it:
    // "gave the Vexmoor Electoral Commission (VEC) 48 hours to …", "gave its partner, the
    // Quarnel Party (QP), until Friday to …": the body named)
    let mut u = t;
    if u > g + 2 && doc.tokens[u - 1].lower == "," {
        u -= 1;
    }
    if u > g + 4 && doc.tokens[u - 1].lower == ")" && doc.tokens[u - 3].lower == "(" {
        u -= 3;
    }
    let appositive = (u < t).then(|| (g + 2..u).rev().find(|&j| doc.tokens[j].lower == ",")).flatten().and_then(|c| np_at(doc, ctx, c + 1, u).filter(|np| np.end == u).and_then(|np| actor_party(doc, &np)));
    let initials = || (doc.tokens.get(u).is_some_and(|x| x.lower == "(")).then(|| ctx.tok_mention[u + 1]).flatten().map(|m| Party::Entity(doc.actor_of(doc.mentions[m].entity)));
    let of = match appositive.or_else(|| np_at(doc, ctx, g + 1, u).filter(|np| np.end == u).and_then(|np| actor_party(doc, &np))).or_else(initials) {
        Some(p) => p,
        None if plain_group && g + 1 < t && t - g <= 5 && (g + 1..t).all(|j| doc.tokens[j].kind == TokenKind::Word && !lex.cues.contains_key(&doc.tokens[j].lower)) && !lex.stopwords.contains(&doc.tokens[t - 1].lower) => Party::Text(span(doc, g + 1, t)),
        None => return,
    };
    let Some((by, start)) = demander(doc, ctx, g, a) else { return };
    push(out, DemandKind::Demand, by, Some(of), span(doc, what_a, end), span(doc, start.min(g), end), doc.tokens[g].lower.clone());
}

/// The condition after "conditional on" at `c` (one word of "on"/"upon" after it), as far as
/// the phrase or clause runs: its start and end, if any.
pub(super) fn conditional_on(doc: &Doc, c: usize, b: usize) -> Option<(usize, usize)> {
    if !doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "on" | "upon")) {
        return None;
    }
    let end = vp_end(doc, c + 2, b, true);
    (end > c + 2).then_some((c + 2, end))
}

/// A modal or a verb of asking within eight words before `c` (from `a`): the condition at `c`
/// is one someone is asked to set ("should make any recognition conditional on …").
pub(super) fn asked_to_set(doc: &Doc, a: usize, c: usize) -> bool {
    (c.saturating_sub(8).max(a)..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "should" | "must" | "ought" | "urged" | "urge" | "urges" | "urging" | "called" | "calls" | "asked" | "asks"))
}

/// "Norway has made further aid conditional on free elections": a condition set by the
/// subject of "made" at most six words before `c` ("conditional").
pub(super) fn made_conditional(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let Some((wa, end)) = conditional_on(doc, c, b) else { return };
    let Some(v) = (c.saturating_sub(6).max(a)..c).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "made" | "makes" | "make" | "making")) else { return };
    if asked_to_set(doc, a, c) {
        return;
    }
    let Some((by, start)) = demander(doc, ctx, v, a) else { return };
    push(out, DemandKind::Condition, by, None, span(doc, wa, end), span(doc, start.min(v), end), "conditional on".to_string());
}

/// "has given train operators until Friday to improve their offer or face a strike": a
/// deadline given to an addressee (an actor, or a short group as written) at "until" `u`.
pub(super) fn deadline(doc: &Doc, ctx: &Ctx, u: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    // the time, then "to": "until Friday", "until the end of the month", "until midnight"
    let Some(to) = (u + 2..b.min(u + 7)).find(|&j| doc.tokens[j].lower == "to") else { return };
    if (u + 1..to).any(|j| doc.tokens[j].kind == TokenKind::Quote || matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")) {
        return;
    }
    given_time(doc, ctx, u, given_task(doc, to + 1, b), a, true, out);
}

/// "The FIH has set a deadline of Friday for Pakistan to confirm its participation": a
/// deadline (at `c`) set, imposed or given, "for" an addressee "to" do a task; the subject of
/// the verb demands it of the addressee.
pub(super) fn deadline_set(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    // the verb, then "a"/"the" and up to one word ("a new deadline")
    let Some(v) = (c.saturating_sub(4).max(a)..c.saturating_sub(1)).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "set" | "sets" | "setting" | "imposed" | "imposes" | "imposing" | "gave" | "gives" | "given" | "issued" | "issues")) else { return };
    if !matches!(doc.tokens[v + 1].lower.as_str(), "a" | "the") || c > v + 3 {
        return;
    }
    // the time ("of Friday", "of midnight on Sunday"), then "for"
    let Some(f) = (c + 1..b.min(c + 7)).find(|&j| doc.tokens[j].lower == "for") else { return };
    if f > c + 1 && doc.tokens[c + 1].lower != "of" || (c + 1..f).any(|j| ctx.tok_quote[j].is_some() || matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")) {
        return;
    }
    let Some(np) = np_at(doc, ctx, f + 1, b) else { return };
    if !doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") {
        return;
    }
    let Some(of) = actor_party(doc, &np) else { return };
    let (what_a, end) = given_task(doc, np.end + 1, b);
    if end <= what_a {
        return;
    }
    let Some((by, start)) = demander(doc, ctx, v, a) else { return };
    push(out, DemandKind::Demand, by, Some(of), span(doc, what_a, end), span(doc, start.min(v), end), "deadline".to_string());
}

/// "protesters from a group called Veterans for Peace held signs", 'a movement called "Free
/// Oslo"', "run by a government body called Ofwex, sent …": "called" at `c` (in the sentence
/// from `a`) after "a" and a plain noun, before a capitalised name or a quotation, names a body;
/// no call is made and nothing is said (the demands and the statements both read it).
pub(crate) fn called_names(doc: &Doc, c: usize, a: usize) -> bool {
    doc.tokens[c].lower == "called" && c >= a + 2 && doc.tokens.get(c + 1).is_some_and(|t| (t.cap && !is_weekday(&t.lower) && !ADVERBIALS.contains(&t.lower.as_str())) || t.kind == TokenKind::Quote) && {
        let lex = Lexicon::get();
        let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !lex.stopwords.contains(&doc.tokens[j].lower);
        plain(c - 1) && (c.saturating_sub(4).max(a)..c - 1).rev().take_while(|&j| plain(j) || matches!(doc.tokens[j].lower.as_str(), "a" | "an")).any(|j| matches!(doc.tokens[j].lower.as_str(), "a" | "an"))
    }
}

/// "to close what he called a loophole for packaging", "what officials called a pause in the
/// talks": "called" at `c` (in the sentence from `a`) whose object is the "what" before its
/// subject gives the name that follows, and a "for" or "on" further on is no call for or on
/// anyone; "what she called for" and "what he called on them to do" (the preposition right after
/// the verb) stay calls.
fn what_called(doc: &Doc, c: usize, a: usize) -> bool {
    if doc.tokens[c].lower != "called" || doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "upon")) {
        return false;
    }
    // (the subject between: one to three words, "he", "the minister", "Jane Roe")
    (c.saturating_sub(4).max(a)..c.saturating_sub(1)).rev().find(|&j| doc.tokens[j].lower == "what").is_some_and(|j| (j + 1..c).all(|i| doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].lower != "that"))
}

/// "said Vexmoor should push for a cap at the talks", "argued that Europe must press for a
/// deal": a verb of demand (at `c`, in the sentence from `a`) right after "should", "must" or
/// "ought to" is what its subject is asked to do — the obligation reading gives that demand, of
/// the subject, by the speaker — and no call its subject made.
fn obliged_to_ask(doc: &Doc, c: usize, a: usize) -> bool {
    let word = |j: usize| doc.tokens[j].lower.as_str();
    let asking = word(c).starts_with("push") || word(c).starts_with("press") || word(c).starts_with("call") || word(c).starts_with("urge") || word(c).starts_with("demand");
    asking && c > a && (matches!(word(c - 1), "should" | "must") || c > a + 1 && word(c - 1) == "to" && word(c - 2) == "ought")
}

/// A bare plural noun of an office at `k`, lower-case ("asked ministers for funding",
/// "pressed lawmakers for answers"): a group asked as written, as "its allies" is (not a
/// speaker noun nor a generic title: a minister's "asked officials for a report" asks her
/// own staff, set84).
fn bare_plural_office(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    if t.kind != TokenKind::Word || t.cap || t.lower.len() < 4 || !t.lower.ends_with('s') {
        return false;
    }
    let office = |w: &str| Lexicon::get().titles.get(w).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
    office(&t.lower) || office(&t.lower[..t.lower.len() - 1])
}
