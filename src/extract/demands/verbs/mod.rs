//! Demands a verb makes: appeals ("urged Y to Z", "called on Y to Z"), demands, wishes, ultimatums,
//! deadlines and conditions ("only if", "unless").

mod ruled_out;
mod asked;
mod object;
mod what;

use super::*;
use self::asked::Found;
use self::object::Object;

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

/// "hold" at `j` before what an actor holds by doing it: "hold the line", "hold talks",
/// "hold elections", "hold a vote" (not "hold its lead", "the truce to hold": a forecast).
pub(super) fn held_as_a_deed(doc: &Doc, j: usize) -> bool {
    let w = |x: usize| doc.tokens.get(x).map_or("", |t| t.lower.as_str());
    w(j) == "hold"
        && (matches!(w(j + 1), "talks" | "elections" | "negotiations" | "consultations") || w(j + 1) == "the" && w(j + 2) == "line"
            || matches!(w(j + 1), "a" | "an" | "fresh" | "early" | "new" | "direct" | "free") && matches!(w(j + 2), "vote" | "referendum" | "hearing" | "inquiry" | "meeting" | "summit" | "elections" | "talks" | "election"))
}

/// "expect Chile to …", "wanted the Oslo government to …" (the wish verb at `c`): an actor
/// right after the verb, then "to".
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
            && ctx.tok_mention.at(c - 1).is_some_and(|m| {
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
            && ctx.tok_mention.at(c - 1).is_some_and(|m| {
                let e = &doc.entities[doc.mentions[m].entity];
                matches!(e.kind, EntityKind::Country | EntityKind::Organization) || e.stands_for.is_some()
            })
            && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "its" | "their"))
    };
    let of_plural_actors = || {
        c > 0
            && (matches!(doc.tokens[c - 1].lower.as_str(), "i" | "we" | "he" | "she") || own_plural())
            && (c + 2..(c + 5).min(b)).find(|&j| PLURAL_ACTORS.contains(&doc.tokens[j].lower.as_str())).is_some_and(|p| {
                let j = p + 1 + where_named(doc, ctx, p + 1, b);
                doc.tokens.get(j).is_some_and(|t| t.lower == "to") && (c + 1..=p).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap) && !forecast(j)
            })
    };
    // ("Oslo expected both Bern and Vienna to honour the accord": the wish put to two actors
    // named as a pair, each an actor, before "to"; the pair's "both" left the phrase unread)
    let of_both = || {
        doc.tokens.get(c + 1).is_some_and(|t| t.lower == "both")
            && np_at(doc, ctx, c + 2, b).is_some_and(|first| {
                let actor = |np: &Np| !np.entities.is_empty() && np.entities.iter().all(|&e| doc.entities[e].can_act());
                actor(&first) && doc.tokens.get(first.end).is_some_and(|t| t.lower == "to") && (first.start..first.end).any(|k| doc.tokens[k].lower == "and") && !forecast(first.end)
                    || actor(&first)
                    && doc.tokens.get(first.end).is_some_and(|t| t.lower == "and")
                    && np_at(doc, ctx, first.end + 1, b).is_some_and(|second| actor(&second) && doc.tokens.get(second.end).is_some_and(|t| t.lower == "to") && !forecast(second.end))
            })
    };
    first_person_of_sides
        || !passive && of_both()
        || !passive && of_members()
        || of_plural_actors()
        || !passive && want_of_plural_actors(doc, c, b)
        || !passive
        && np_at(doc, ctx, c + 1, b).is_some_and(|np| {
            np.entities.iter().all(|&e| doc.entities[e].can_act()) && doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") && !forecast(np.end)
        })
}

/// "The union wants ministers to publish the figures", "the charity wanted regulators to
/// act": a want (the verb at `c`) of actors named by a plural noun for them asks them, whoever
/// wants it (a body named by its head word too); "expect" is left to `of_plural_actors`, where
/// it may be a forecast.
/// Plural nouns for actors that a speaker's wish can be put to ("we expect our allies to …").
const PLURAL_ACTORS: &[&str] = &["allies", "states", "governments", "countries", "nations", "parties", "sides", "leaders", "lawmakers", "employers", "companies", "regulators", "authorities", "partners", "donors"];

/// How many words from `i` name where plural actors are: "in the Alliance and at the Union"
/// in "We need our partners in the Alliance and at the Union to speak with one voice" (the
/// plural noun just before `i`). Only "in"/"at"/"within" and "and", "the" and capitalised
/// words, with an actor named; 0 when there is none, so the "to" must follow the noun.
fn where_named(doc: &Doc, ctx: &Ctx, i: usize, b: usize) -> usize {
    let w = |x: usize| doc.tokens.get(x).map_or("", |t| t.lower.as_str());
    if !matches!(w(i), "in" | "at" | "within") {
        return 0;
    }
    let Some(to) = (i + 1..(i + 10).min(b)).find(|&j| w(j) == "to") else { return 0 };
    let words = (i..to).all(|k| doc.tokens[k].kind == TokenKind::Word && (doc.tokens[k].cap || matches!(w(k), "in" | "at" | "within" | "and" | "the")));
    let named = (i..to).any(|k| ctx.tok_mention.at(k).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind.is_actor()));
    if words && named { to - i } else { 0 }
}

fn want_of_plural_actors(doc: &Doc, c: usize, b: usize) -> bool {
    // (those who rule, and others a want is put to: "officials", "employers")
    let asked = |w: &str| RULERS.contains(&w) || matches!(w, "ministers" | "officials" | "mps" | "mayors" | "employers" | "companies");
    matches!(doc.tokens[c].lower.as_str(), "want" | "wants" | "wanted")
        && (c + 2..(c + 5).min(b)).find(|&j| doc.tokens[j].lower == "to").is_some_and(|j| {
            (asked(doc.tokens[j - 1].lower.as_str()) || member_states_before(doc, j)) && (c + 1..j - 1).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap)
        })
}

/// "member states" (or "member countries", "member nations") right before `to` at `j`: a
/// union's or an agency's own members, each a state that acts, as "governments" is ("The
/// Commission wants member states to cap the fees"); "states" alone may be a country's own
/// federated states, whose want is often a wish of no act ("I want the states to sit down").
fn member_states_before(doc: &Doc, j: usize) -> bool {
    j >= 2 && matches!(doc.tokens[j - 1].lower.as_str(), "states" | "countries" | "nations") && doc.tokens[j - 2].lower == "member"
}

/// "stopped short of calling for his resignation", "refrained from urging Peru to …", "had
/// avoided pressing for a revision": a verb of demand in -ing (at `c`) after "short of",
/// "refrain from" or a form of "avoid" is a demand not made; so is one after "without" ("may
/// shoot wolves without first asking the authorities for permission", "opened without asking
/// the council for a licence": what is done with no asking, "first" or "even" between).
fn demand_held_back(doc: &Doc, c: usize) -> bool {
    let word = |j: usize| doc.tokens[j].lower.as_str();
    c >= 2
        && word(c).ends_with("ing")
        && (matches!(word(c - 1), "avoid" | "avoids" | "avoided" | "avoiding" | "without")
            || word(c - 1) == "of" && word(c - 2) == "short"
            || word(c - 1) == "from" && word(c - 2).starts_with("refrain")
            || matches!(word(c - 1), "first" | "even" | "ever") && word(c - 2) == "without")
}

/// A contracted negation kept whole as one token ("can't", "won't", "didn't", "couldn't",
/// "don’t"): right before a verb of demand it negates the asking as "not" does ("We can't ask
/// drivers to pay for every road", "he didn't urge them to stay": no demand made); the
/// tokenizer splits no "n't" off, so the plain list of negations missed these.
fn contracted_negation(w: &str) -> bool {
    (w.ends_with("n't") || w.ends_with("n’t")) && w.chars().count() > 3
}

/// From `j`, a stretch of time that closes the clause: "months", "several weeks", "the past two
/// years", "more than a decade", then a punctuation mark, "and"/"but" or the sentence's end.
pub(super) fn for_a_while(doc: &Doc, j: usize, b: usize) -> bool {
    const SPANS: &[&str] = &["hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year", "decade", "ages"];
    (j..(j + 5).min(b)).find(|&k| SPANS.contains(&doc.tokens[k].lower.as_str())).is_some_and(|k| {
        let fill = |x: &crate::model::Token| x.kind == TokenKind::Number || matches!(x.lower.as_str(), "a" | "the" | "past" | "last" | "several" | "many" | "some" | "more" | "than" | "nearly" | "almost" | "over" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twelve" | "few");
        doc.tokens[j..k].iter().all(fill) && (k + 1 >= b || doc.tokens.get(k + 1).is_none_or(|x| x.kind == TokenKind::Punct || matches!(x.lower.as_str(), "and" | "but")))
    })
}

/// The verb of demand at `c` (lower-cased `l`) in the statement `a..b`, as `verb_demand` reads it:
/// its tests and the parts of the demand it builds are this struct's methods, in `ruled_out`,
/// `asked`, `object` and `what`.
struct Verb<'d> {
    doc: &'d Doc,
    ctx: &'d Ctx,
    c: usize,
    a: usize,
    b: usize,
    l: &'d str,
    /// the caller's word: the verb appeals ("urged", "called on"), it does not demand
    appeal: bool,
    /// "called for X", "pushed for X": what is demanded follows "for"
    /// ("appealed for calm" too, not "appealed to X to Z")
    is_call: bool,
    /// a form of "tell"
    is_tell: bool,
}

/// "X urged Y to Z", "X called on Y to Z", "X called for Z", "X demanded that Y Z", "X demanded Z
/// (from Y)", "Y was urged by X to Z": the demand the verb at `c` makes, if any, into `out`.
/// The tests that rule the verb out come first, in their old order (the first that fires ends
/// the reading); then who asks (`who_asks`), the demands read straight after the verb ("to X",
/// "for", "that"), the addressee and its "to" (`addressee`, `infinitive`), and what is asked.
pub(super) fn verb_demand(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, appeal: bool, out: &mut Vec<Demand>) {
    let l = doc.tokens[c].lower.as_str();
    let is_call = l.starts_with("call") || (l.starts_with("push") || l.starts_with("appeal") || matches!(l, "press" | "pressed" | "presses" | "pressing")) && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for" || t.lower == "hard" && l.starts_with("push"));
    let is_tell = crate::extract::np::told_form(l);
    let v = Verb { doc, ctx, c, a, b, l, appeal, is_call, is_tell };
    if v.not_reported()
        || v.not_a_wish(out)
        || v.asks_nothing()
        || v.for_no_object()
        || v.no_verb_of_asking()
        || v.none_made()
        || v.no_addressee()
        || v.headline_passive()
    {
        return;
    }
    let Some(f) = v.who_asks() else {
        v.request_foretold(out);
        return;
    };
    if v.appealed_to(&f, out) || v.asked_for_of(&f, out) || v.speaker_asks_for(&f, out) || v.asked_for(&f, out) || v.that_clause(&f, out) {
        return;
    }
    let (of, obj_end) = v.addressee(&f);
    let o = v.infinitive(&f, of, obj_end);
    if v.insisted_on(&f, out) || v.no_object(&f) || v.nominal(&f, &o, out) {
        return;
    }
    v.build(&f, o, out);
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
    let m = &doc.mentions[ctx.tok_mention.at(j)?];
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
    let l = doc.tokens[n - 1].lower.to_string();
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
    let initials = || (doc.tokens.get(u).is_some_and(|x| x.lower == "(")).then(|| ctx.tok_mention.at(u + 1)).flatten().map(|m| Party::Entity(doc.actor_of(doc.mentions[m].entity)));
    let of = match appositive.or_else(|| np_at(doc, ctx, g + 1, u).filter(|np| np.end == u).and_then(|np| actor_party(doc, &np))).or_else(initials) {
        Some(p) => p,
        None if plain_group && g + 1 < t && t - g <= 5 && (g + 1..t).all(|j| doc.tokens[j].kind == TokenKind::Word && !lex.cues.contains_key(&doc.tokens[j].lower)) && !lex.stopwords.contains(&doc.tokens[t - 1].lower) => Party::Text(span(doc, g + 1, t)),
        None => return,
    };
    let Some((by, start)) = demander(doc, ctx, g, a) else { return };
    push(out, DemandKind::Demand, by, Some(of), span(doc, what_a, end), span(doc, start.min(g), end), doc.tokens[g].lower.to_string());
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

/// "It also proposed that all landlords be obliged to register", "proposed that the fund be
/// wound up": "proposed that" (at `c`) and a subjunctive clause, its first verb a bare "be"
/// right after a subject of plain words, is what the subject of "proposed" asks to be done, of
/// no one named; not "proposed that talks would resume" nor "it was proposed that …".
pub(super) fn proposed_that(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    if !doc.tokens.get(c + 1).is_some_and(|t| t.lower == "that") || c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "is" | "were" | "are" | "been" | "be") {
        return;
    }
    let Some(be) = (c + 3..b.min(c + 9)).find(|&j| doc.tokens[j].lower == "be") else { return };
    let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !crate::lexicon::is_auxiliary(&doc.tokens[j].lower) && !matches!(doc.tokens[j].lower.as_str(), "shall" | "to" | "not");
    let end = vp_end(doc, be, b, false);
    if !(c + 2..be).all(plain) || end <= be + 1 {
        return;
    }
    let Some((by, start)) = demander(doc, ctx, c, a) else { return };
    push(out, DemandKind::Demand, by, None, span(doc, c + 2, end), span(doc, start.min(c), end), "proposed".to_string());
}

/// "has given train operators until Friday to improve their offer or face a strike": a
/// deadline given to an addressee (an actor, or a short group as written) at "until" `u`.
pub(super) fn deadline(doc: &Doc, ctx: &Ctx, u: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    // the time, then "to": "until Friday", "until the end of the month", "until midnight"
    // ("until the end of next year's legislative session to act": a time of up to nine words,
    // no comma or stop within, as a long date is written; past five words only to a named
    // actor, so "gave a speech until late in the evening of the second day to …" gives none)
    let Some(to) = (u + 2..b.min(u + 11)).find(|&j| doc.tokens[j].lower == "to") else { return };
    if (u + 1..to).any(|j| doc.tokens[j].kind == TokenKind::Quote || matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")) {
        return;
    }
    given_time(doc, ctx, u, given_task(doc, to + 1, b), a, to < u + 7, out);
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
    if f > c + 1 && doc.tokens[c + 1].lower != "of" || (c + 1..f).any(|j| ctx.tok_quote.at(j).is_some() || matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")) {
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

/// A bare plural noun at `k` for those who rule, regulate or legislate, lower-case and right
/// before "for" ("said it had asked regulators for a rate increase", "asked lawmakers for
/// more money"): a group outside the asker, asked as written, as a plural office is
/// (`bare_plural_office`); not "officials" or "staff", who may be the asker's own.
fn bare_plural_of_rulers(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    !t.cap && RULERS.contains(&t.lower.as_str())
}

/// Plural nouns for those who rule, regulate or legislate, a group outside whoever asks or
/// wants something of them (`bare_plural_of_rulers`, `want_of_plural_actors`).
const RULERS: &[&str] = &["regulators", "authorities", "lawmakers", "legislators", "governments", "councils"];
