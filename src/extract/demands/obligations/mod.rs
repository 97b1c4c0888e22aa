//! Obligations inside statements ("Y must Z", "Y should Z", said X) and on whom each falls: the
//! speaker's own body or party, a place, or the clause's subject.

mod conditions;
mod modal;
mod refusals;
mod spoken;

use super::*;

/// A passive's past participle after a form of "be" ("the cap is raised", "it must be
/// built", "if the rule is not met"): a word of more than three letters ending in "-ed" or
/// "-en" that is none of the adverbs and numbers spelt so, or a common irregular one. One test
/// for the conditions, the spoken obligations and the asked passives alike.
pub(super) fn passive_participle(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")) && !matches!(w, "often" | "even" | "open" | "seven" | "eleven")
        || matches!(w, "paid" | "met" | "made" | "done" | "held" | "kept" | "sent" | "set" | "found" | "built" | "put" | "run" | "spent" | "sold" | "left" | "brought" | "taught")
}

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

/// "scammers do not need to hack anything", "tenants don't have to pay the fee": "need to" or
/// "have to" right after a negation says what is not required, which asks nothing of anyone (a
/// "must not" forbids, a refusal, and is read elsewhere) (`k` at the modal, `a` the clause start).
fn not_required(doc: &Doc, k: usize, a: usize) -> bool {
    if k <= a || !matches!(doc.tokens[k].lower.as_str(), "need" | "needs" | "have" | "has") {
        return false;
    }
    let p = doc.tokens[k - 1].lower.as_str();
    matches!(p, "not" | "never") || p.ends_with("n't") || p.ends_with("n’t")
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

/// "the number of staff needed to support patients", "will pay for half of the ₹34,000 crore
/// needed to build venues": the lower-case noun at `n` before "needed to" ends an amount, the
/// object of "of" after a measure word ("number", "amount") or a sum in figures after "of" or
/// "for", so "needed to" says what the amount is for (a reduced relative), no demand on anyone;
/// not "the head of the agency needed to resign", whose noun ends no amount. (`a` the clause
/// start; at most four words of the phrase are walked back.)
fn amount_needed(doc: &Doc, n: usize, a: usize) -> bool {
    let t = &doc.tokens[n];
    if t.kind != TokenKind::Word || t.cap || n <= a {
        return false;
    }
    let mut figure = false;
    let mut j = n;
    while j > a && n - j < 5 {
        let p = &doc.tokens[j - 1];
        match (p.kind, p.lower.as_str()) {
            (TokenKind::Word, "of") => return figure || j >= a + 2 && matches!(doc.tokens[j - 2].lower.as_str(), "number" | "numbers" | "amount" | "amounts" | "sum" | "sums" | "quantity" | "quantities"),
            (TokenKind::Word, "for") => return figure,
            (TokenKind::Number, _) => figure = true,
            (TokenKind::Punct, "$" | "€" | "£" | "¥" | "₹") => {}
            (TokenKind::Word, _) if !p.cap => {}
            _ => return false,
        }
        j -= 1;
    }
    false
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

/// "residents have questioned why they should pay", "wondered why Norway must wait": a modal
/// (at `k`) a few words after "why" that follows a verb of questioning is in an indirect
/// question, no demand, as after "what" or "how" (`wh_question_before`); "why" alone may give a
/// reason ("showed exactly why the law must go" keeps its demand).
fn why_questioned(doc: &Doc, a: usize, k: usize) -> bool {
    (a.max(k.saturating_sub(5))..k)
        .rev()
        .take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":" | "and" | "but" | "that" | "was" | "is"))
        .any(|x| {
            doc.tokens[x].lower == "why"
                && x >= 1
                && matches!(
                    doc.tokens[x - 1].lower.as_str(),
                    "questioned" | "question" | "questions" | "questioning" | "asked" | "ask" | "asks" | "asking" | "wondered" | "wonder" | "wonders" | "wondering" | "queried" | "query" | "queries"
                )
        })
}

/// "would consult on whether the price of a stamp, now 87p, should be capped": a modal at `k`
/// right after an aside set off by commas (one to five words) is still in the question that
/// "whether" opens before the aside, no demand (the plain window of `no_obligation` stops at
/// the aside's commas). Asked only for a modal that follows a comma. The aside may be a list
/// ("whether the three carriers, Avel, Brix and Corra, should pay"): each comma in it is tried
/// as the aside's opening one.
pub(super) fn whether_across_aside(doc: &Doc, a: usize, k: usize) -> bool {
    if k < a + 4 || doc.tokens[k - 1].lower != "," {
        return false;
    }
    (k.saturating_sub(7).max(a)..k - 2).rev().filter(|&x| doc.tokens[x].lower == ",").any(|open| {
        (a.max(open.saturating_sub(12))..open).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":")).any(|x| doc.tokens[x].lower == "whether")
    })
}

/// The first words of `MODALS` (a test keeps the two lists together).
pub(super) fn is_modal_head(w: &str) -> bool {
    matches!(w, "must" | "should" | "shouldn't" | "shouldn’t" | "mustn't" | "mustn’t" | "needs" | "need" | "needed" | "has" | "have" | "had" | "is" | "are" | "ought" | "were" | "was")
}

/// The words at which a branch of `obligations` may start: those its branches compare the
/// word at `k` with, and the modals' first words (`modal_at` turns any other away).
pub(super) fn opens_obligation(l: &str) -> bool {
    is_modal_head(l)
        || matches!(l, "do" | "don't" | "don’t" | "please" | "or" | "unless" | "need" | "want" | "wants" | "let" | "should" | "if" | "condition" | "provided" | "will" | "would" | "until" | "onus" | "up" | "time" | "no" | "conditional" | "when" | "once" | "long")
        || DEMAND_IMPERATIVES.contains(&l)
}

/// Verbs of demand that open a quoted imperative ('"Give these kids somewhere to go."',
/// '"Stop the evictions now!"'), never a noun at a sentence's start (so not "pay", "raise",
/// "end", "return").
pub(super) const DEMAND_IMPERATIVES: &[&str] = &["give", "stop", "release", "withdraw", "lift", "halt", "restore", "resign", "scrap", "reverse", "hand", "bring"];

/// A statement being read for obligations: the document, the words of the statement (`a..b`),
/// who speaks, and whether it is reported speech. The branches of `obligations` are its methods
/// (`spoken`, `modal`, `conditions`, `refusals`), each asked at a word `k` that
/// `opens_obligation` lets through; each returns where reading goes on when it found what it
/// looks for, else `None`.
#[derive(Clone, Copy)]
pub(super) struct Clause<'d> {
    doc: &'d Doc,
    ctx: &'d Ctx,
    by: Party,
    a: usize,
    b: usize,
    reported: bool,
}

impl Clause<'_> {
    /// Where the clause of the word at `k` opens: after the last "that", comma, semicolon, colon
    /// or opening quotation mark before it (or a word of `extra`), else at the statement's start.
    fn clause_start(&self, k: usize, extra: &[&str]) -> usize {
        let Clause { doc, a, .. } = *self;
        (a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "that" | "," | ";" | ":" | "“" | "\"") || extra.contains(&doc.tokens[x].lower.as_str())).map(|x| x + 1).unwrap_or(a)
    }

    /// a clause begins after a verb of saying or believing too ("X said allies had to do
    /// more", "X told Reuters the group would not negotiate")
    /// ("Any shop thinking about this should check its stock": a participle in "-ing" after a
    /// plain word, then "about" or "of", describes the noun before it and takes a topic, no
    /// clause: the modal's clause opens at the noun, not after the participle)
    fn reporting(&self, x: usize) -> bool {
        let doc = self.doc;
        let topic_participle = || x > 0 && doc.tokens[x].lower.ends_with("ing") && doc.tokens.get(x + 1).is_some_and(|t| matches!(t.lower.as_str(), "about" | "of")) && doc.tokens[x - 1].kind == TokenKind::Word && !doc.tokens[x - 1].cap;
        !doc.tokens[x].cap && Lexicon::get().cues.get(&doc.tokens[x].lower).is_some_and(|c| matches!(c.class, crate::lexicon::CueClass::Speech | crate::lexicon::CueClass::Belief)) && !topic_participle()
    }

    /// (past a name told: "told Bloomberg News the group would …")
    fn reported_clause(&self, k: usize) -> usize {
        let Clause { doc, a, .. } = *self;
        self.clause_start(k, &[]).max((a..k).rev().find(|&x| self.reporting(x)).map_or(a, |x| past_told(doc, x + 1, k)))
    }

    /// ("Congo's communications minister, X, said the government would not negotiate …": "the
    /// government" right before the modal at `k` is the state whose office the speaker holds)
    fn speakers_government(&self, k: usize, clause_a: usize) -> Option<Party> {
        let Clause { doc, by, .. } = *self;
        if k < clause_a + 2 || doc.tokens[k - 1].lower != "government" || doc.tokens[k - 2].lower != "the" {
            return None;
        }
        let Party::Entity(p) = by else { return None };
        sole_body_of(doc, p, EntityKind::Country).map(Party::Entity)
    }

    /// ("the government would …" opening the clause at `c`: the speaker's state)
    /// ("the mayor said the city could accept the site only if …": "could" offers on a
    /// condition as "would" does)
    /// (`minister`: see `speakers_state`)
    fn government_would(&self, c: usize, minister: bool) -> Option<Party> {
        self.doc.tokens.get(c + 2).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will" | "could")).then(|| self.speakers_government(c + 2, c).or_else(|| self.speakers_state(c + 2, minister))).flatten()
    }

    /// ("Belgium's prime minister said his country would not agree … unless …", "the minister
    /// said the government would legislate unless …", "the governor said the state would
    /// withdraw … if …": the reported clause's whole subject, right before the modal at `w`, is
    /// a possessive or "the" and a word for the state or place whose office the speaker, a
    /// person, holds; that state or place sets the condition or refuses, not its officer, as
    /// the seeds gold holds "Lavrov stated that Moscow would not …" (Russia's). The one state
    /// (or, for "state"/"province"/"city", the one place) the article gives the speaker a role
    /// of; none, a minister whose roles name no body is the story's state's
    /// (`national_minister_state`, for "country"/"nation"/"kingdom"/"government", when
    /// `minister`: asked where the speaker's own demand stands already, a threat, a refusal,
    /// a condition asked of someone; not a condition asked of no one, "only if conditions are
    /// right", which the speaker's is no demand); else the speaker stays. Not "the state of
    /// …", nor a body the speaker speaks for that is no entity ("members", "the family").
    fn speakers_state(&self, w: usize, minister: bool) -> Option<Party> {
        let Clause { doc, by, a, .. } = *self;
        let Party::Entity(p) = by else { return None };
        if w < a + 2 || doc.entities[p].kind != EntityKind::Person {
            return None;
        }
        let ca = past_that(doc, self.reported_clause(w), w);
        if w != ca + 2 || !matches!(doc.tokens[w - 2].lower.as_str(), "the" | "his" | "her" | "their" | "our") {
            return None;
        }
        let (first, then) = match doc.tokens[w - 1].lower.as_str() {
            "country" | "nation" | "kingdom" | "government" => (EntityKind::Country, Some(EntityKind::Place)),
            "state" => (EntityKind::Place, Some(EntityKind::Country)),
            "province" | "city" => (EntityKind::Place, None),
            _ => return None,
        };
        sole_body_of(doc, p, first).or_else(|| then.and_then(|k| sole_body_of(doc, p, k))).or_else(|| (minister && first == EntityKind::Country).then(|| national_minister_state(doc, p)).flatten()).map(Party::Entity)
    }

    /// ("A diplomat, speaking on condition of anonymity, said the EU would … only if …",
    /// "Speaking to reporters, X said …": a participle of speech opening an aside or the
    /// sentence is not the verb whose clause is told)
    fn aside(&self, x: usize) -> bool {
        let Clause { doc, a, .. } = *self;
        matches!(doc.tokens[x].lower.as_str(), "speaking" | "asked") && (x == a || doc.tokens[x - 1].lower == ",")
    }

    /// (the reported clause of the first verb of saying before `k`, past the one told)
    /// ("She called on the UN to … and said Tanzania would keep its troops … only if …": a
    /// second verb of saying, joined by "and" to the first, opens the clause the condition is in;
    /// the one called on is not who sets it)
    fn told_clause(&self, k: usize) -> usize {
        let Clause { doc, a, .. } = *self;
        (a..k).rev().find(|&x| x > a && self.reporting(x) && !self.aside(x) && doc.tokens[x - 1].lower == "and").or_else(|| (a..k).find(|&x| self.reporting(x) && !self.aside(x))).map_or(a, |x| past_told(doc, x + 1, k))
    }

    /// (the body, or the speaker's state as "the government", that opens the reported clause at
    /// `ca` after any "that": who sets a condition in it)
    /// (`minister`: see `speakers_state`)
    fn clause_setter(&self, ca: usize, k: usize, minister: bool) -> Option<Party> {
        let Clause { doc, ctx, by, .. } = *self;
        let c = past_that(doc, ca, k);
        clause_body(doc, ctx, by, c, k).or_else(|| self.government_would(c, minister))
    }
}

/// Inside a statement by `by`: "Y must Z", "Y should Z", "there will be no A while B",
/// "X will not accept Z", "the onus is on X to Y".
pub(super) fn obligations(doc: &Doc, ctx: &Ctx, by: Party, a: usize, b: usize, reported: bool, out: &mut Vec<Demand>) {
    let c = Clause { doc, ctx, by, a, b, reported };
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
        // (in this order: the first branch that finds what it looks for says where reading
        // goes on; after none, the next word)
        let next = c
            .conditional(k, l, out)
            .or_else(|| c.quoted_imperative(k, l, out))
            .or_else(|| c.ultimatum(k, l, out))
            .or_else(|| c.quoted_condition(k, l, out))
            .or_else(|| c.wanted(k, l, out))
            .or_else(|| c.let_actor(k, l, out))
            .or_else(|| c.modal(k, l, &mut last_of, out))
            .or_else(|| c.only_if(k, l, out))
            .or_else(|| c.unless_first(k, l, out))
            .or_else(|| c.cannot_unless(k, l, out))
            .or_else(|| c.threat_unless(k, l, out))
            .or_else(|| c.refusal_or_until(k, l, out))
            .or_else(|| c.until_first(k, l, out))
            .or_else(|| c.onus(k, l, out))
            .or_else(|| c.time_for(k, l, out))
            .or_else(|| c.no_while(k, l, out));
        k = next.unwrap_or(k + 1);
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

    #[test]
    fn passive_participles_regular_and_irregular() {
        for w in ["raised", "written", "scrapped", "built", "paid", "met", "put", "sold"] {
            assert!(passive_participle(w), "{w}");
        }
        for w in ["often", "even", "open", "seven", "red", "clean", "there", "use"] {
            assert!(!passive_participle(w), "{w}");
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

/// ("Floods minister Jane Roe said the Government would legislate unless …", "Minister Roe
/// said his country would quit the pact unless …": a serving minister whose roles name
/// no body at all, so `sole_body_of` has no state for him, is a minister of the state the story
/// is about (`home_country`); not a premier's or a chief or first minister's, whose office is a
/// region's, nor a shadow, former or opposition one's, nor a minister of a body named; a former
/// post of his at a body named does not count.)
fn national_minister_state(doc: &Doc, p: usize) -> Option<usize> {
    let mut roles = doc.roles.iter().filter(|r| r.holder == p);
    let minister = |t: &str| {
        let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
        words.contains(&"minister") && !words.iter().any(|w| matches!(*w, "chief" | "first" | "premier" | "shadow" | "opposition"))
    };
    // (a former post at a body, "a former U.N. official", leaves the serving minister's office
    // the story's state's)
    if !(roles.clone().filter(|r| !r.former).all(|r| r.of.is_none()) && roles.any(|r| !r.former && minister(&r.title.to_lowercase()))) {
        return None;
    }
    crate::extract::statements::home_country(doc)
}

/// "He said Karnataka would release water only if …", "She said Colorado would agree to cuts
/// only if …" (`np` the reported clause's subject): a place named alone right before
/// "would"/"will" acts as its government and sets the condition, not the speaker.
pub(super) fn place_that_would(doc: &Doc, np: &Np) -> Option<Party> {
    let e = *np.entities.first()?;
    let named = (np.start..np.end).all(|x| doc.tokens[x].cap);
    (doc.entities[e].kind == EntityKind::Place && named && doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will"))).then(|| Party::Entity(doc.actor_of(e)))
}

/// Whether the speaker holds a legislator's seat ("State Rep. X", "Sen. X", "X, the MP for …"):
/// a member of a legislature speaks for no state's government, so a place he says "would …"
/// is his forecast, not the place's threat.
pub(super) fn legislator(doc: &Doc, by: Party) -> bool {
    let Party::Entity(p) = by else { return false };
    doc.roles.iter().filter(|r| r.holder == p).any(|r| {
        let title = r.title.to_lowercase();
        let last = title.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
        matches!(last, "representative" | "senator" | "lawmaker" | "legislator" | "congressman" | "congresswoman" | "assemblyman" | "assemblywoman" | "assemblymember" | "councillor" | "councilor") || crate::lexicon::is_member_letters(last)
    })
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
    t.kind == TokenKind::Word && l.len() > 4 && l.ends_with('s') && l.is_ascii() && !lex.stopwords.contains(l) && (lex.person_nouns.contains(l) || lex.speaker_nouns.contains(l) || lex.is_org_word_lower(&l[..l.len() - 1]))
}

/// "families", "farmers", "parents": a plural whose singular is a noun for people ("family",
/// "farmer" listed in the singular), for those who act.
pub(super) fn plural_of_people(t: &crate::model::Token) -> bool {
    let lex = Lexicon::get();
    let l = t.lower.as_str();
    let Some(one) = crate::lexicon::singular(l).filter(|o| !o.is_empty()) else { return false };
    t.kind == TokenKind::Word && l.len() > 4 && l.is_ascii() && (lex.person_nouns.contains(one.as_str()) || lex.speaker_nouns.contains(one.as_str()))
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
    let two = (e >= s + 2).then(|| format!("{} {}", doc.tokens[e - 2].lower.as_str(), head));
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
