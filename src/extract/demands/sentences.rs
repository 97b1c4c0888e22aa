//! The demands read along the body's sentences, token by token: what a word opens (a verb of
//! demanding, a warning or threat, a noun of demand, a time or deadline given, "what").

use super::*;

/// The fewest bytes of a word `sentence_demands` reads at its own token ("ask", "beg", "day").
const SHORTEST_WORD_READ: usize = 3;

/// The words read at their own token after the verbs of demanding, a list for each rule
/// (`sentence_demands`): a threat, a warning against, the terms listed, the time of an
/// ultimatum, a proposal, a noun of demand.
const THREAT: &[&str] = &["warned", "warns", "warn", "warning", "threatened", "threatens", "threaten", "threatening"];
const WARNED_AGAINST: &[&str] = &["warned", "warns", "warn", "warning", "cautioned", "cautions", "caution", "cautioning"];
const LISTED: &[&str] = &["demands", "conditions", "stipulations", "terms"];
const TIME_GIVEN: &[&str] = &["hours", "days", "weeks", "months", "day", "week", "month"];
const ONE_WORD: &[&str] = &["until", "ultimatum", "deadline", "conditional"];
const PROPOSED: &[&str] = &["proposed", "proposes", "propose", "proposing"];
const NOUN_OF_DEMAND: &[&str] = &["demand", "demands", "call", "calls", "appeal", "appeals", "insistence", "ultimatum", "request", "requests"];

/// Every word of the lists above (`noun_warning`'s "warning" among them): a word that is
/// none of them is read by no rule after the verbs of demanding.
fn read_after_verbs() -> &'static crate::lexicon::WordSet {
    static WORDS: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| [THREAT, WARNED_AGAINST, LISTED, TIME_GIVEN, ONE_WORD, PROPOSED, NOUN_OF_DEMAND].concat().into_iter().map(str::to_string).collect())
}

/// The demands of the body sentence of tokens `a..b`, read at each of its tokens in turn.
pub(super) fn sentence_demands(doc: &Doc, ctx: &Ctx, a: usize, b: usize, out: &mut Vec<Demand>) {
    for c in a..b {
        let l = doc.tokens[c].lower.as_str();
        // (every word read below at its own token, the verbs of `APPEAL` and `DEMAND` among
        // them, has three letters or more: a shorter token, about a third of a sentence's
        // ("," "of" "a" "to" "'s"), is passed over without the lookup and the tests, which
        // cost ~135 instructions a token)
        if l.len() < SHORTEST_WORD_READ {
            continue;
        }
        if l == "what" || l == "all" {
            needed_in_quote(doc, ctx, c, b, out);
        }
        if l == "what" {
            knows_what_to_do(doc, ctx, c, b, out);
        }
        if let Some(&appeal) = demand_verbs().get(l) {
            if not_a_verb_of_demanding(doc, ctx, l, c, a, b) || l.starts_with("remind") && reminded_of_a_duty_or_fact(doc, c, b) {
                continue;
            }
            let n = out.len();
            verb_demand(doc, ctx, c, a, b, appeal, out);
            coordinated_demanders(doc, ctx, c, a, n, out);
        }
        // (the ~40 words read below are few of a sentence's: the others are turned away by
        // their signature (length, first and last byte), not by the ~15 comparisons below,
        // most of them a call to `bcmp`, ~3 M instructions of it per 200 articles; a rule
        // added below reads the words of a list above, or adds its own to one)
        if !read_after_verbs().contains(l) {
            continue;
        }
        if noun_warning(doc, l, c) {
            continue;
        }
        if THREAT.contains(&l) {
            // ("France, Britain and Germany warned that …": each of them threatens)
            let n = out.len();
            threat(doc, ctx, c, a, b, out);
            coordinated_demanders(doc, ctx, c, a, n, out);
        }
        if WARNED_AGAINST.contains(&l) {
            warned_against(doc, ctx, c, a, b, out);
        }
        if LISTED.contains(&l) {
            listed(doc, ctx, c, a, b, out);
        }
        if TIME_GIVEN.contains(&l) {
            ultimatum(doc, ctx, c, a, b, out);
        }
        if l == "until" {
            deadline(doc, ctx, c, a, b, out);
        }
        if l == "ultimatum" {
            ultimatum_given(doc, ctx, c, a, b, out);
        }
        if l == "deadline" {
            deadline_set(doc, ctx, c, a, b, out);
        }
        if l == "conditional" {
            made_conditional(doc, ctx, c, a, b, out);
        }
        if PROPOSED.contains(&l) {
            proposed_that(doc, ctx, c, a, b, out);
        }
        if NOUN_OF_DEMAND.contains(&l) {
            noun_of_demand(doc, ctx, l, c, a, b, out);
        }
    }
}

/// Whether the verb of demanding `l` at `c` is none here (each test ends the token's reading).
fn not_a_verb_of_demanding(doc: &Doc, ctx: &Ctx, l: &str, c: usize, a: usize, b: usize) -> bool {
    // ("the liberal group Demand Justice urged …": a capitalised verb inside a
    // body's name is no verb of demanding; the name's own verb after it may be)
    if doc.tokens[c].cap && ctx.tok_mention.at(c).is_some() {
        return true;
    }
    // ("Iran denies that it seeks nuclear weapons": what is denied is sought by no one)
    let denied = (c.saturating_sub(5).max(a)..c).any(|j| doc.tokens[j].lower == "that" && j > a && matches!(doc.tokens[j - 1].lower.as_str(), "denies" | "denied" | "deny" | "denying"));
    if denied {
        return true;
    }
    // ("who is seeking a second term", "seeks re-election": an office sought asks
    // nothing of anyone; a refuge sought is PLOVER's demand)
    if matches!(l, "seeking" | "seeks" | "sought") && (c + 1..(c + 4).min(b)).any(|j| matches!(doc.tokens[j].lower.as_str(), "term" | "re-election" | "reelection" | "election" | "office" | "nomination" | "presidency" | "seat")) {
        return true;
    }
    // ("X, which had sought permits covering …": a relative clause in the pluperfect
    // tells the story's background, no demand made now)
    if l == "sought" && c >= a + 2 && doc.tokens[c - 1].lower == "had" && matches!(doc.tokens[c - 2].lower.as_str(), "which" | "who") {
        return true;
    }
    // ("signed an executive order that bars …", "a court order", "the orders": "order"
    // after an article or a modifier is the noun, no verb of ordering; not after a
    // court named, "Brazil's Supreme Court orders X to …")
    if matches!(l, "order" | "orders") && c > a && (matches!(doc.tokens[c - 1].lower.as_str(), "a" | "an" | "the" | "executive" | "emergency" | "its" | "his" | "her" | "their" | "this" | "that" | "gag" | "restraining" | "stay-at-home" | "protective") || doc.tokens[c - 1].lower == "court" && !doc.tokens[c - 1].cap) {
        return true;
    }
    // ("Assisted dying bill faces fresh delay as peers demand more safeguards", "…
    // as rolling blackouts return and Eskom seeks tariff rise": a headline's or an
    // unpunctuated standfirst's demanding that only follows "as" or "and" is the
    // story's background, which the body tells if it matters; a demand heading its
    // own headline stays, and so do orders, "as X tells them to …")
    if headline_background_demand(doc, a, c) {
        return true;
    }
    if noun_before_verb(doc, c) || market_demand(doc, ctx, c) || adjective_after_seeing(doc, c, a) {
        return true;
    }
    false
}

/// "reported "encouraging results"", "had seen encouraging figures", "faces pressing problems":
/// an "-ing" form of asking right after a verb of seeing, showing or facing (a quotation mark
/// may open between) is an adjective on that verb's object, and no one is asked anything.
fn adjective_after_seeing(doc: &Doc, c: usize, a: usize) -> bool {
    if !matches!(doc.tokens[c].lower.as_str(), "encouraging" | "pressing" | "demanding") {
        return false;
    }
    let mut j = c;
    if j > a && doc.tokens[j - 1].kind == TokenKind::Quote {
        j -= 1;
    }
    j > a
        && matches!(doc.tokens[j - 1].lower.as_str(), "seeing" | "see" | "sees" | "saw" | "seen" | "showing" | "show" | "shows" | "showed" | "shown" | "noted" | "reported" | "found" | "facing" | "face" | "faces" | "faced")
        && doc.tokens.get(c + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "to" | "for" | "on" | "that"))
}

/// "Warning" before a noun it qualifies.
/// ("would call warning strikes unless …": "warning" before the noun it qualifies is
/// no verb of warning; the "warned" before it gives the threat)
fn noun_warning(doc: &Doc, l: &str, c: usize) -> bool {
    l == "warning" && doc.tokens.get(c + 1).is_some_and(|x| matches!(x.lower.as_str(), "strike" | "strikes" | "shot" | "shots" | "sign" | "signs" | "signal" | "signals" | "label" | "labels" | "light" | "lights" | "letter" | "letters" | "system" | "systems" | "notice" | "notices" | "sirens"))
}

/// "A seven-day ultimatum to …": the time given in the noun.
/// ("gave the government a seven-day ultimatum to restore the licence": the time
/// given is in the noun; the one given it is between the verb of giving and "a")
fn ultimatum_given(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    if doc.tokens.get(c + 1).is_some_and(|t| t.lower == "to") && doc.tokens.get(c + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her")) {
        if let Some(t0) = (a.max(c.saturating_sub(6))..c).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "a" | "an")) {
            given_time(doc, ctx, t0, given_task(doc, c + 2, b), a, false, out);
        }
    }
}

/// A noun of demand ("its demand", "repeated calls for", "backed calls for X to …") after a
/// determiner or a verb of support.
/// ("Abiy Ahmed's repeated calls for …": an adjective of time may stand between)
fn noun_of_demand(doc: &Doc, ctx: &Ctx, l: &str, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let det = named_lead(doc, ctx, c, noun_start(doc, c, a), a);
    // ("She has backed calls for Oslo to cut fees", "joined calls for the minister to
    // resign": a bare plural after a verb of support is the subject's demand too,
    // where one is asked to act; not "joins calls for restraint", a headline's label)
    let asked_to = || doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for") && {
        let (o, e) = addressee_at(doc, ctx, c + 2, b);
        o.is_some() && doc.tokens.get(e).is_some_and(|t| t.lower == "to")
    };
    // (asked only once `det > a`: a headline's first word "Appeals court upholds …"
    // or "Calls grow for …" has no word before it)
    let backed = || det == c && l.ends_with('s') && matches!(doc.tokens[c - 1].lower.as_str(), "backed" | "backs" | "backing" | "supported" | "supports" | "supporting" | "echoed" | "echoes" | "echoing" | "joined" | "joins" | "joining" | "endorsed" | "endorses" | "endorsing") && asked_to();
    if det > a && (backed() || matches!(doc.tokens[det - 1].lower.as_str(), "its" | "their" | "his" | "her" | "'s" | "a" | "an" | "the")) {
        noun_demand(doc, ctx, c, a, b, out);
    }
}

#[cfg(test)]
mod tests {
    use super::SHORTEST_WORD_READ;

    #[test]
    fn no_verb_of_demanding_is_shorter_than_the_words_read() {
        for w in super::super::APPEAL.iter().chain(super::super::DEMAND) {
            assert!(w.len() >= SHORTEST_WORD_READ, "{w}");
        }
    }
}

/// ("We remind both sides of their duty to …", "reminded reporters that the border was
/// open", "reminded voters about the deadline": a reminder of a duty or a fact, what it recalls
/// read before any "to"; only "reminded X to …" asks something of those reminded)
fn reminded_of_a_duty_or_fact(doc: &Doc, c: usize, b: usize) -> bool {
    (c + 1..b.min(c + 10)).map(|j| doc.tokens[j].lower.as_str()).take_while(|&w| w != "to").any(|w| matches!(w, "of" | "that" | "about"))
}
