//! Demands: who demands what of whom. Appeals ("X urged Y to Z", "X called on Y to Z",
//! "X called for Z"), demands ("X demanded that Y Z", "X demanded Z from Y"), obligations
//! inside statements ("Y must Z", said X), threats ("warned Y of W unless Z"), refusals
//! ("X will not accept Z"), conditions ("no A while B") and listed demands ("X's demands
//! include A and B"). Demanders and addressees are actors, or unnamed groups as written.

mod parties;
mod verbs;
mod nominal;
mod obligations;
mod sentences;
mod voiced;
mod settle;
mod merge;
mod what;

pub(crate) use self::parties::*;
use self::verbs::*;
pub(crate) use self::verbs::called_names;
use self::nominal::*;
use self::obligations::*;
use self::sentences::*;
use self::voiced::*;
use self::settle::*;
use self::merge::*;
use self::what::*;
use super::np::{is_pronoun, np_at, subject_before, subject_before_in, Ctx, Np};
use super::roles::sole_body_of;
use crate::lexicon::{is_weekday, Lexicon};
use crate::model::{Demand, DemandKind, Doc, EntityKind, Party, Span, StatementKind, TokenKind};

const APPEAL: &[&str] = &[
    "urge", "urged", "urges", "urging", "implore", "implored", "implores", "imploring", "encourage", "encouraged", "encourages",
    "encouraging", "press", "pressed", "presses", "pressing", "ask", "asked", "asks", "asking", "request", "requested", "requests",
    "requesting", "pushed", "push", "pushes", "pushing", "appealed", "appeal", "appeals", "appealing", "beg", "begged", "begs",
    "invited", "invite", "invites", "pressure", "pressured", "pressures", "pressuring", "exhorted", "exhort", "exhorts",
    "expect", "expects", "expected", "want", "wants", "wanted", "challenge", "challenged", "challenges", "dared", "warn", "warns", "warned", "warning",
    // ("advised citizens to avoid the border": advice to do something is asked of them)
    "need", "needs", "needed", "recommend", "recommends", "recommended", "recommending", "advise", "advised", "advises", "advising",
    // ("reminded travellers to carry their papers": a reminder to do something is asked of
    // those reminded, as advice is; "reminded them that …" and "reminded them of …" ask nothing)
    "remind", "reminded", "reminds", "reminding",
];

/// Appeal verbs that are one only with an actor addressed and "to" right after it ("we expect
/// Chile to withdraw", "wanted Oslo to pay"; not "expects the economy to grow").
/// ("challenged Jane Roe to do the same", "dared Oslo to act" too; "we need the commission to
/// listen", "Kyiv needs its allies to deliver"; in the past too: "the union needed the board to
/// reopen the talks")
const WISH: &[&str] = &["expect", "expects", "expected", "want", "wants", "wanted", "challenge", "challenged", "challenges", "dared", "need", "needs", "needed"];

const DEMAND: &[&str] = &[
    "demand", "demanded", "demands", "demanding", "insist", "insisted", "insists", "insisting", "order", "ordered", "orders",
    "ordering", "told", "tell", "tells", "telling", "instructed", "called", "calls", "call", "calling", "sought", "seeks", "seeking",
    "directed", "directs", "directing",
];

/// Verbs whose direct object is itself what is demanded ("demanded immediate elections").
const NOMINAL: &[&str] = &["demand", "demanded", "demands", "demanding", "sought", "seek", "seeks", "seeking", "requested", "request", "requests"];

/// ("shouldn't", "mustn't": the tokenizer keeps a contracted negation whole, so each is a modal
/// of its own, negated as "should not" is; `Clause::modal`)
const MODALS: &[&[&str]] = &[&["must"], &["should"], &["shouldn't"], &["shouldn’t"], &["mustn't"], &["mustn’t"], &["needs", "to"], &["need", "to"], &["needed", "to"], &["has", "to"], &["have", "to"], &["had", "to"], &["is", "required"], &["are", "required"], &["ought", "to"], &["were", "ordered", "to"], &["was", "ordered", "to"], &["were", "instructed", "to"], &["was", "instructed", "to"]];

const REFUSAL_VERBS: &[&str] = &["accept", "entertain", "tolerate", "allow", "agree", "permit", "recognise", "recognize", "negotiate", "surrender", "give", "sign", "hand", "cede", "support", "endorse", "approve", "ratify", "compromise", "budge", "yield", "join", "govern"];

const STOP: &[&str] = &[".", ";", "as", "while", "but", "which", "saying", "after", "before", "because", "amid", "when", "where", "although", "though", "unless", "—", "–"];

/// Adverbials between a demand verb and its complement ("demanded Friday that").
const ADVERBIALS: &[&str] = &["today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "repeatedly", "publicly", "also", "once", "bluntly", "firmly", "strongly", "hard", "last", "this", "week", "month", "night"];

/// The forms of `APPEAL` and `DEMAND`, with whether each is an appeal: looked up at every
/// token, so a hash set rather than a scan of both lists.
fn demand_verbs() -> &'static crate::lexicon::WordMap<bool, &'static str> {
    // (asked at every word of every sentence: a `WordMap`, whose signatures turn most words
    // away without hashing them)
    static VERBS: std::sync::OnceLock<crate::lexicon::WordMap<bool, &'static str>> = std::sync::OnceLock::new();
    VERBS.get_or_init(|| DEMAND.iter().map(|&w| (w, false)).chain(APPEAL.iter().map(|&w| (w, true))).collect::<rustc_hash::FxHashMap<_, _>>().into())
}

/// "state" at `j` before a plain plural ("urged lawmakers and state governments to …", "and
/// state officials"): a noun's modifier, not the verb of saying coordinated after "and".
fn state_before_plural(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "state" && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lower.len() > 3 && t.lower.ends_with('s') && !Lexicon::get().stopwords.contains(&t.lower))
}

fn span(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b.max(a + 1) - 1].span.end)
}

/// After "before"/"after" at `k`: a short clause of plain words, then "and to" and a verb, the
/// chain of infinitives asked for going on ("to return to parliament before the deal was
/// signed and to publish the text").
fn infinitive_resumes(doc: &Doc, k: usize, b: usize) -> bool {
    (k + 1..b.min(k + 12)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)).any(|j| {
        doc.tokens[j].lower == "and" && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to") && doc.tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that"))
    })
}

/// The verb phrase from `a` to the end of its clause (stops at a conjunction or a comma
/// followed by one, and before closing punctuation).
fn vp_end(doc: &Doc, a: usize, b: usize, stop_at_while: bool) -> usize {
    let mut k = a;
    while k < b {
        let l = doc.tokens[k].lower.as_str();
        // ("explain where the money went", "decide when to vote": a clause right after the verb
        // is its object)
        let object_clause = k == a + 1 && matches!(l, "where" | "when");
        // ("explain what he knew and when": a bare question word after "and", closing the
        // clause, joins the question asked before it)
        let object_clause = object_clause
            || matches!(l, "where" | "when")
                && k > a + 2
                && matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or")
                && doc.tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct || t.kind == TokenKind::Quote)
                && (a..k - 1).any(|j| matches!(doc.tokens[j].lower.as_str(), "what" | "who" | "how" | "why" | "whether"));
        // ("use the ruling as a chance to revive talks": "as" before a noun for a means and its
        // infinitive is part of what is asked)
        let as_means = l == "as" && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an")) && doc.tokens.get(k + 2).is_some_and(|t| matches!(t.lower.as_str(), "chance" | "opportunity" | "way" | "means" | "basis" | "starting")) && doc.tokens.get(k + 3).is_some_and(|t| matches!(t.lower.as_str(), "to" | "for" | "point"));
        // ("set a date by which corridor care would end": a relative clause after a preposition
        // restricts the noun asked for, part of what is asked; ", which …" comments on it)
        let restricting = l == "which" && k > a + 1 && matches!(doc.tokens[k - 1].lower.as_str(), "by" | "on" | "in" | "under" | "through" | "from" | "at" | "with");
        // ("asked the minister to return before the deal was signed and to publish …": a time
        // clause inside a chain of infinitives, `infinitive_resumes`)
        let resumed = matches!(l, "before" | "after") && k > a && infinitive_resumes(doc, k, b);
        if STOP.contains(&l) && (stop_at_while || l != "while") && k > a && !object_clause && !as_means && !restricting && !resumed {
            break;
        }
        // ("“We urge X to go,” she said": the quotation ends the demand; not a quoted fragment
        // that opened inside it, "accept a truce “on fair terms,” and …")
        if (l == "," || l == ".") && k > a && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Quote) && (a..k).filter(|&j| doc.tokens[j].kind == TokenKind::Quote).count() % 2 == 0 {
            break;
        }
        // ", and …", ", who …", ", indicating that …": a new clause
        if l == "," && doc.tokens.get(k + 1).is_some_and(|t| STOP.contains(&t.lower.as_str()) || matches!(t.lower.as_str(), "and" | "according" | "who") || t.lower.ends_with("ing")) {
            break;
        }
        // ("X, who has long called for stricter rules, hailed the ruling": a verb after the
        // comma that closes the relative clause the demand opened in is the sentence's own)
        if l == "," && k > a && doc.tokens.get(k + 1).is_some_and(|t| !t.cap && t.kind == TokenKind::Word && (t.lower.ends_with("ed") || Lexicon::get().cues.contains_key(&t.lower))) && (a.saturating_sub(8)..a).any(|j| j > 0 && doc.tokens[j].lower == "who" && doc.tokens[j - 1].lower == ",") {
            break;
        }
        // ("demanded that Iran dismantle its sites, a position Tehran has rejected": the
        // writer's comment on the demand in apposition)
        if l == "," && k > a + 1 && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an")) && doc.tokens.get(k + 2).is_some_and(|t| matches!(t.lower.as_str(), "position" | "move" | "step" | "demand" | "decision" | "proposal" | "claim" | "charge" | "plan" | "call" | "condition" | "request" | "stance")) {
            break;
        }
        // "…, trade commissioner Jane Roe said", "…, he told reporters": the attribution after
        // the content (a subject before any cue but "said": ", said Jane Roe")
        if l == "," && k > a && (k + 1..b.min(k + 9)).any(|x| Lexicon::get().cues.get(&doc.tokens[x].lower).is_some_and(|c| c.lemma == "say" || x > k + 1 && matches!(c.lemma, "tell" | "add" | "write" | "insist" | "stress" | "explain" | "note" | "argue"))) {
            break;
        }
        // ("said clinics must cut waits and that boards which failed would …",
        // "asked the board to reopen the talks and that it would …": "and that" opens the next
        // clause the cue reports, not more of what is asked; `that_clause_of_demand`)
        // (not after a lone verb, "each council had to pay and that …": cut there, the
        // demand of one word would be dropped, and with it the demand)
        if l == "and" && k > a + 1 && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "that") && !that_clause_of_demand(doc, a) {
            break;
        }
        // "… and demanded …", "… and said …": the subject's next verb
        // (an auxiliary or adverb between: "… and has urged Serbia to …", "… and also called on …")
        if l == "and" && k > a && {
            let v = k + 1 + usize::from(doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "has" | "have" | "had" | "also" | "again" | "later")));
            // ("had asked Beijing for talks and would send a delegation …": a modal, the
            // subject's own next deed; what is asked takes none)
            doc.tokens.get(v).is_some_and(|t| demand_verbs().contains_key(t.lower.as_str()) || Lexicon::get().cues.contains_key(&t.lower) || v == k + 1 && matches!(t.lower.as_str(), "would" | "will")) && !state_before_plural(doc, v)
        } {
            break;
        }
        // ("ordered Oslo to close its consulate and gave its diplomats 72 hours to leave": a
        // time given is the subject's next deed, a deadline of its own)
        if l == "and" && k > a && {
            let v = k + 1 + usize::from(doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "has" | "have" | "had" | "also")));
            doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "gave" | "gives" | "given"))
        } {
            break;
        }
        // ("ordered Rono to repay the money and barred him from office": a past verb with its
        // own object is the subject's next deed, not part of what was ordered)
        if l == "and" && k > a && doc.tokens.get(k + 1).is_some_and(|t| !t.cap && t.lower.len() > 4 && t.lower.ends_with("ed")) && doc.tokens.get(k + 2).is_some_and(|t| matches!(t.lower.as_str(), "him" | "her" | "them" | "it" | "the" | "his" | "their" | "its")) {
            break;
        }
        k += 1;
    }
    while k > a && (matches!(doc.tokens[k - 1].lower.as_str(), "," | ".") || doc.tokens[k - 1].kind == TokenKind::Quote) {
        k -= 1;
    }
    k
}

/// "demanded that the tolls be scrapped and that a review be held", "proposed that A be
/// launched first and that B come later": what is asked from `a` is a that-clause of a verb of
/// demanding (the nearest "that" within ten words before it follows one), which "and that"
/// goes on with; after "said that" or with no "that", a modal's or an infinitive's demand ends
/// there.
fn that_clause_of_demand(doc: &Doc, a: usize) -> bool {
    (a.saturating_sub(10)..a).rev().find(|&j| doc.tokens[j].lower == "that").is_some_and(|j| {
        j > 0 && {
            let v = doc.tokens[j - 1].lower.as_str();
            demand_verbs().contains_key(v) || matches!(v, "propose" | "proposed" | "proposes" | "proposing")
        }
    })
}

/// A noun phrase of plain words right before token `k` (and after `a`) that opens with a
/// determiner ("the smaller towns", "both sides", "the US and other nations"): its first token.
fn plain_subject(doc: &Doc, a: usize, k: usize) -> Option<usize> {
    let lex = Lexicon::get();
    // a passive obligation ("must be addressed", "is required") is on nobody named
    if doc.tokens.get(k + 1).is_some_and(|t| t.lower == "be") || matches!(doc.tokens[k].lower.as_str(), "is" | "are") {
        return None;
    }
    let mut j = k;
    // back to the clause's start, which must be a determiner: "the US and other developed nations"
    while j > a && j + 10 > k && doc.tokens[j - 1].kind == TokenKind::Word && !lex.cues.contains_key(&doc.tokens[j - 1].lower) && !matches!(doc.tokens[j - 1].lower.as_str(), "that" | "or" | "but" | "if" | "when") {
        j -= 1;
    }
    let opens = matches!(doc.tokens[j].lower.as_str(), "the" | "both" | "all" | "each" | "every" | "these" | "those" | "other");
    (opens && j + 1 < k || bare_ministers(doc, j, k)).then_some(j)
}

/// ("said ministers should ban …": British, Irish and New Zealand papers' bare plural for the
/// government, the whole subject of the modal at `k`, is the one asked, as written, which
/// `settle::home_government_asked` takes for the story's state, as it takes "urged ministers to")
fn bare_ministers(doc: &Doc, j: usize, k: usize) -> bool {
    j + 1 == k && doc.tokens[j].lower == "ministers" && !doc.tokens[j].cap
}

/// The start of what is demanded, past opening quotation marks.
fn skip_marks(doc: &Doc, mut a: usize, b: usize) -> usize {
    while a < b && doc.tokens[a].kind == TokenKind::Quote {
        a += 1;
    }
    a
}

/// "prices had fallen but demand had not recovered", "the calls were ignored", "demand will
/// slow": a form of "demand", "call", "order" or "request" right before an auxiliary is the
/// noun, the subject of its clause, no verb of demanding (no one "demands had …").
fn noun_before_verb(doc: &Doc, c: usize) -> bool {
    matches!(doc.tokens[c].lower.as_str(), "demand" | "demands" | "call" | "calls" | "order" | "orders" | "request" | "requests")
        && doc.tokens.get(c + 1).is_some_and(|t| {
            matches!(t.lower.as_str(), "had" | "has" | "have" | "was" | "is" | "were" | "are" | "will" | "would" | "could" | "may" | "might" | "remained" | "remains")
        })
}

/// "Power demand in Delhi touched a record", "as electricity demand soared", "oil demand will
/// grow next year": "demand" right after a word for a commodity or a market (not part of a
/// name: "People Power demand …" is a party's) is that market's demand, the noun, no verb of
/// demanding; no power or oil demands anything of anyone.
fn market_demand(doc: &Doc, ctx: &Ctx, c: usize) -> bool {
    const MARKETS: &[&str] = &[
        "power", "electricity", "energy", "oil", "crude", "gas", "lng", "fuel", "coal", "water", "food", "grain", "steel", "copper", "chip",
        "consumer", "domestic", "global", "peak", "export", "import", "housing", "travel", "credit", "loan",
    ];
    matches!(doc.tokens[c].lower.as_str(), "demand" | "demands")
        && c >= 1
        && MARKETS.contains(&doc.tokens[c - 1].lower.as_str())
        && ctx.tok_mention.at(c - 1).is_none()
}

/// `kept`: `find_statements`' answers, asked again here (see `memo`).
pub fn find_demands(doc: &mut Doc, ctx: &Ctx, kept: super::memo::Suspended) {
    // (the rules' answers kept until the document changes, at the end: see `memo`)
    let memo = super::memo::Scope::resume(doc, ctx, kept);
    let mut out: Vec<Demand> = Vec::new();
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        sentence_demands(doc, ctx, a, b, &mut out);
    }
    voiced_in_statements(doc, ctx, &mut out);
    described_and_pronouns(doc, &mut out);
    speakers_own_body_asks(doc, &mut out);
    ministers_government(doc, &mut out);
    home_government_asked(doc, &mut out);
    condition_government(doc, &mut out);
    condition_government_of_body(doc, &mut out);
    let mut out = read_twice(out);
    warning_and_its_condition(&mut out);
    one_thing_two_evidences(&mut out);
    not_own_body(doc, &mut out);
    quotation_closed(doc, &mut out);
    nothing_after_to(doc, &mut out);
    lede_body_demands(doc, ctx, &mut out);
    points_back(doc, &mut out);
    named_in_full_later(doc, &mut out);
    no_one_asks_themselves(doc, &mut out);
    voiced_in(doc, &mut out);
    crosshead_demands(doc, &mut out);
    std::mem::drop(memo);
    government_in_about(doc, &out);
    doc.demands = out;
}

/// A crosshead's demand is dropped, as its report is (`statements::crosshead_lines`): "Growers
/// call for a fodder rebate" on a line of its own between two paragraphs of the story is the
/// desk's heading over what the next paragraph reports, which the golds hold as no demand (the
/// paragraph below gives the demand with its own words). A live page's time-stamped entry
/// heading is not a crosshead and stays.
fn crosshead_demands(doc: &Doc, out: &mut Vec<Demand>) {
    let heads = crate::extract::statements::crosshead_lines(doc);
    if !heads.is_empty() {
        out.retain(|d| !heads.iter().any(|h| h.start <= d.evidence.start && d.evidence.end <= h.end));
    }
}

/// Whether the story is plainly `state`'s, as "the government" it asks should be taken for it
/// in what the statement is about: the state or its places named twice at least (not an
/// invented state's neighbour whose capital is named once), not outnumbered by
/// another state counted with its adjective (a British paper's story that names Yemen twice and
/// writes "British" more often), and no premier named (a story of an Australian state or a
/// Canadian province, whose "the government" is the region's).
fn home_by_name(doc: &Doc, state: usize) -> bool {
    if doc.roles.iter().any(|r| r.title.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case("premier"))) {
        return false;
    }
    let Some(iso) = doc.entities[state].country.as_deref() else { return false };
    // (by a name, the state's or a place's in it: not "the authorities" taken for a state)
    let named = |m: &&crate::model::Mention| doc.slice(m.span).chars().next().is_some_and(char::is_uppercase);
    let names = doc.mentions.iter().filter(named).filter_map(|m| Some(&doc.entities[m.entity]).filter(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)).and_then(|e| e.country.as_deref()));
    let counts = crate::resolve::state_tally(names.chain(crate::resolve::written_states(doc, false)));
    let own = counts.iter().find(|x| x.0 == iso).map_or(0, |x| x.1);
    own >= 2 && counts.iter().all(|x| x.1 <= own)
}

/// "Generation Rent said the Government must also act on rising rents": the state "the
/// government" stands for, asked by the "must" right after it inside a reported
/// statement, is also what that statement is about (as set 51's convention has it; the demand
/// rules made it the addressee only). Not when the speaker holds a role of that state or of one
/// of its bodies (a minister's "the government must …" speaks of his own).
fn government_in_about(doc: &mut Doc, out: &[Demand]) {
    let mut add: Vec<(usize, usize)> = Vec::new();
    for d in out {
        let Some(Party::Entity(state)) = d.of else { continue };
        if doc.entities[state].kind != EntityKind::Country {
            continue;
        }
        let (a, b) = (doc.token_at(d.evidence.start), doc.token_at(d.evidence.end));
        let w = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        // ("the government had to …", "the government needed to …", "has to", "needs to": an
        // obligation as plain as "must")
        let obliged = |j: usize| matches!(w(j), "must" | "should") || matches!(w(j), "has" | "have" | "had" | "needs" | "needed") && w(j + 1) == "to";
        // ("the Government must", "the federal government should": the golds of sets 51 on
        // list the state; those of sets 31, 41 and 79 leave it out of one "should" statement
        // each, and no construction tells those three from the 27 others)
        let government = |j: usize| {
            w(j) == "government"
                && obliged(j + 1)
                && j > 0
                && (w(j - 1) == "the" || j > 1 && w(j - 2) == "the" && super::np::government_level(&doc.tokens[j - 1].lower))
        };
        let Some(g) = (a..b.saturating_sub(1)).find(|&j| government(j)) else {
            continue;
        };
        // (asked last: it counts the story's names)
        if !home_by_name(doc, state) {
            continue;
        }
        let sp = doc.tokens[g].span;
        let own = |p: usize| {
            p == state
                || doc.entities[p].stands_for == Some(state)
                || doc.roles.iter().filter(|r| r.holder == p).filter_map(|r| r.of).any(|o| o == state || doc.entities[o].stands_for == Some(state) || super::statements::body_country(doc, o) == Some(state))
        };
        for (i, st) in doc.statements.iter().enumerate() {
            // (a quote too when it writes "Government" with a capital, as British and Australian
            // news name their national government: ""The Government should give these men
            // certainty," he said"; a lower-case "the government" in a quote from a story about
            // two states is as often the other's — set54's Korean lawmaker, given Romania)
            let quoted = st.kind == StatementKind::Direct && doc.tokens[g].cap;
            if (st.kind == StatementKind::Reported || quoted) && st.text.contains(sp) && !st.about.contains(&state) && !st.speaker.is_some_and(own) {
                add.push((i, state));
            }
        }
    }
    for (i, state) in add {
        if !doc.statements[i].about.contains(&state) {
            doc.statements[i].about.push(state);
        }
    }
}

/// "Chile wants the return of the sailors", "the union wanted guarantees that …": what a
/// state, body or person wants (the verb at `c`, "want" in the present or past, not passive),
/// named by a phrase that opens with a determiner or a word of assurance.
fn wanted_thing(doc: &Doc, ctx: &Ctx, c: usize, a: usize, b: usize, out: &mut Vec<Demand>) {
    let l = doc.tokens[c].lower.as_str();
    if !matches!(l, "want" | "wants" | "wanted") || c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "the" | "a" | "an" | "not" | "n't") {
        return;
    }
    // ("the family wanted action": "action" alone, a noun of asking, is wanted as a thing is)
    let opens = doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "guarantees" | "assurances" | "compensation" | "action"));
    if !opens || ctx.tok_quote.at(c + 1).is_some() {
        return;
    }
    // ("Paris wanted the next EU budget to include a joint fund", "Kenya wanted the rules to
    // protect …": a text or arrangement wanted to do something is a wish about it, asked of no
    // one; "wanted the board to reverse the cuts", a body asked, stays)
    const THINGS: &[&str] = &["budget", "deal", "rules", "rule", "law", "laws", "bill", "plan", "agreement", "treaty", "reform", "text", "policy", "package", "scheme", "fund", "border"];
    let to = (c + 2..(c + 7).min(b)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).find(|&j| doc.tokens[j].lower == "to");
    if to.is_some_and(|to| THINGS.contains(&doc.tokens[to - 1].lower.as_str()) && doc.tokens.get(to + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !opens_noun_phrase(t))) {
        return;
    }
    let Some((by, start)) = family_of_speaker(doc, c, a).or_else(|| demander(doc, ctx, c, a)) else { return };
    if !matches!(by, Party::Entity(e) if doc.entities[doc.actor_of(e)].kind.is_actor()) {
        return;
    }
    let end = vp_end(doc, c + 1, b, true);
    // ("the family wanted action.": "action" alone is the thing wanted, a word enough)
    if end > c + 2 || end == c + 2 && doc.tokens[c + 1].lower == "action" {
        push(out, DemandKind::Demand, by, None, span(doc, c + 1, end), span(doc, start.min(c), end), l.to_string());
    }
}

/// "He said the family wanted an independent review": "the family" (no one named) right before the
/// want, opening a clause a reported statement holds, is the family its speaker speaks for; the
/// want is the speaker's, with the evidence from "the".
fn family_of_speaker(doc: &Doc, c: usize, a: usize) -> Option<(Party, usize)> {
    if c < a + 3 || doc.tokens[c - 1].lower != "family" || doc.tokens[c - 2].lower != "the" || !matches!(doc.tokens[c - 3].lower.as_str(), "that" | "said" | "says" | "added") {
        return None;
    }
    let at = doc.tokens[c].span;
    let st = doc.statements.iter().find(|s| s.kind == StatementKind::Reported && s.text.start <= at.start && at.end <= s.text.end)?;
    Some((Party::Entity(st.speaker?), c - 2))
}

/// "“The council knows what to do - reopen the library,” X said": what one is told one knows to
/// do, spelt out after a dash or a colon in a quotation, is the quote's speaker's demand (of no
/// one named: the one who knows is often a pronoun).
fn knows_what_to_do(doc: &Doc, ctx: &Ctx, c: usize, b: usize, out: &mut Vec<Demand>) {
    let w = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let know = |j: usize| matches!(w(j), "know" | "knows");
    if c < 1 || ctx.tok_quote.at(c).is_none() || !(know(c - 1) || c >= 2 && w(c - 1) == "exactly" && know(c - 2)) || w(c + 1) != "to" || w(c + 2) != "do" || !matches!(w(c + 3), "-" | "–" | "—" | ":") {
        return;
    }
    let v = c + 4;
    if !doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().stopwords.contains(&t.lower)) {
        return;
    }
    let Some(by) = quote_speaker(doc, ctx, c) else { return };
    let end = vp_end(doc, v, b, true);
    if end > v + 1 && (v..end).all(|j| ctx.tok_quote.at(j) == ctx.tok_quote.at(c)) {
        push(out, DemandKind::Demand, Party::Entity(by), None, span(doc, v, end), span(doc, c - 1, end), "know what to do".to_string());
    }
}

/// "“What we need is a ban on these sales,” X said": a pseudo-cleft on the speaker's
/// need or demand, opening a sentence of a quotation, is the quote's speaker's demand.
/// ("What we need from the ministry is …": the one it is needed from, an actor named in a few
/// words after "from", is the one asked; "All we ask is that the council …", "All we want is
/// …": the same cleft opened by "All", what follows "that" asked)
fn needed_in_quote(doc: &Doc, ctx: &Ctx, c: usize, b: usize, out: &mut Vec<Demand>) {
    let w = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let all = w(c) == "all";
    if !doc.tokens[c].cap || ctx.tok_quote.at(c).is_none() || !matches!(w(c + 1), "we" | "i") || !matches!(w(c + 2), "need" | "want" | "demand" | "ask" | "expect") {
        return;
    }
    // (the copula, after "from" and up to four words of a name or "the" and a noun)
    let from = !all && w(c + 3) == "from";
    let Some(cop) = (if from { (c + 5..(c + 9).min(b)).find(|&j| matches!(w(j), "is" | "are")).filter(|&j| (c + 4..j).all(|x| doc.tokens[x].kind == TokenKind::Word)) } else { Some(c + 3) }) else { return };
    if !matches!(w(cop), "is" | "are") {
        return;
    }
    let Some(by) = quote_speaker(doc, ctx, c) else { return };
    let of = if from { (c + 4..cop).find_map(|x| ctx.tok_mention.at(x)).map(|m| doc.actor_of(doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind.is_actor() && e != by).map(Party::Entity) } else { None };
    let v = if w(cop + 1) == "that" { cop + 2 } else { cop + 1 };
    let end = vp_end(doc, v, b, true);
    if end > v + 1 && (v..end).all(|j| ctx.tok_quote.at(j) == ctx.tok_quote.at(c)) {
        push(out, DemandKind::Demand, Party::Entity(by), of, span(doc, v, end), span(doc, c, end), doc.tokens[c + 2].lower.to_string());
    }
}

/// The person before ", who" whose relative clause runs, with no comma outside quotations,
/// up to the coordinated verb at `c` ("… and urged"), with the token of that person's name.
fn who_before(doc: &Doc, ctx: &Ctx, a: usize, c: usize) -> Option<(Party, usize)> {
    let x = (a + 2..c - 1).rev().take_while(|&j| doc.tokens[j].lower != "," || ctx.tok_quote.at(j).is_some()).find(|&j| doc.tokens[j].lower == "who")?;
    if doc.tokens[x - 1].lower != "," || ctx.tok_quote.at(x).is_some() {
        return None;
    }
    let m = ctx.tok_mention.at(x - 2).map(|m| &doc.mentions[m])?;
    (doc.entities[m.entity].kind == EntityKind::Person).then(|| (Party::Entity(doc.actor_of(m.entity)), doc.token_at(m.span.start)))
}

/// "Oslo and Stockholm urged calm": each actor of a coordinated subject demands what
/// the verb at `c` demanded (the demands from index `n` on name the first one).
fn coordinated_demanders(doc: &Doc, ctx: &Ctx, c: usize, a: usize, n: usize, out: &mut Vec<Demand>) {
    if out.len() == n {
        return;
    }
    let Some(np) = subject_before(doc, ctx, c, a) else { return };
    let actors: Vec<usize> = np.entities.iter().map(|&e| doc.actor_of(e)).filter(|&e| doc.entities[e].kind.is_actor()).collect();
    let Some((&first, rest)) = actors.split_first() else { return };
    for i in n..out.len() {
        if out[i].by != Party::Entity(first) {
            continue;
        }
        for &e in rest.iter().filter(|&&e| e != first) {
            let mut d = out[i].clone();
            d.by = Party::Entity(e);
            if d.of != Some(d.by) {
                out.push(d);
            }
        }
    }
}

/// "Our red line is clear: no recognition of occupation", "NATO membership for Kyiv is a red
/// line for Moscow", "That is our red line" in a statement (tokens `a..b`): what the red line
/// draws is demanded by the speaker.
fn red_lines(doc: &Doc, by: Party, a: usize, b: usize, out: &mut Vec<Demand>) {
    let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    // (the clause ends at a full stop, a semicolon or a quotation mark, within the statement)
    let clause_end = |from: usize| (from..b).find(|&j| matches!(word(j), "." | ";") || doc.tokens[j].kind == TokenKind::Quote).unwrap_or(b);
    let copula = |w: &str| matches!(w, "is" | "was" | "are" | "were" | "remains" | "remained" | "remain" | "'s" | "’s");
    for r in a..b.saturating_sub(1) {
        if word(r) != "red" || !matches!(word(r + 1), "line" | "lines") {
            continue;
        }
        // "our red line is clear: …", "the red line remains …"
        // ("the red line for our growers is simple: …", "our red line on the border is …": a
        // short phrase with a preposition, in plain words, between the noun and its copula)
        let cop = if copula(word(r + 2)) {
            Some(r + 2)
        } else if matches!(word(r + 2), "for" | "on" | "in" | "over" | "with") {
            (r + 3..(r + 8).min(b)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !Lexicon::get().cues.contains_key(word(j))).find(|&j| copula(word(j))).filter(|&j| j > r + 3)
        } else {
            None
        };
        if let Some(cop) = cop {
            let mut y = cop + 1;
            while y < b && matches!(word(y), "clear" | "simple" | ":" | "that" | ",") {
                y += 1;
            }
            // (after a phrase, only what "clear:", "simple:" or "that" opens: "the red line for
            // Moscow was crossed long ago" draws nothing)
            if cop > r + 2 && y == cop + 1 {
                continue;
            }
            // ("Our red line is clear. We will not leave without …": the sentence after, inside
            // the same statement)
            if word(y) == "." && y > cop + 1 && matches!(word(y - 1), "clear" | "simple") && y + 2 < b {
                y += 1;
            }
            let end = clause_end(y);
            let opens = (a..r).rev().take_while(|&j| matches!(word(j), "our" | "their" | "its" | "his" | "her" | "the" | "my" | "a")).last().unwrap_or(r);
            // (no mark closing what is drawn: "…: no recognition of occupation,”")
            let end = (y + 1..end).rev().find(|&j| !matches!(word(j), "," | ":")).map_or(end, |j| j + 1);
            if end > y + 1 {
                push(out, DemandKind::Demand, by, None, span(doc, y, end), span(doc, opens, end), "red line".into());
            }
            continue;
        }
        // "… is a red line (that must not be crossed)": what stands before the copula
        let Some(v) = (r.saturating_sub(4).max(a)..r).rev().find(|&j| copula(word(j))) else { continue };
        if !(v + 1..r).all(|j| doc.tokens[j].kind == TokenKind::Quote || matches!(word(j), "\"" | "“" | "”" | "a" | "an" | "the" | "our" | "their" | "its" | "my" | "first" | "clear" | "absolute" | "final" | "real")) {
            continue;
        }
        // (the clause opens after "that", a cue or a mark; "That is our red line" has its
        // subject in "That")
        // (a cue's word right before the copula is the subject's noun: "the Taiwan question was")
        let opener = |j: usize| matches!(word(j), "that" | ":" | "," | ";" | ".") || doc.tokens[j].kind == TokenKind::Quote || j + 1 < v && Lexicon::get().cues.contains_key(word(j));
        let from = (a..v).rev().find(|&j| opener(j) && !(j + 1 == v && matches!(word(j), "that" | "this"))).map_or(a, |j| j + 1);
        if from >= v {
            continue;
        }
        let end = clause_end(r + 2);
        // ("That is our red line": what the sentence before said, when the statement holds it)
        let what = if v == from + 1 && matches!(word(from), "that" | "this" | "it") {
            let before = doc.sentence_at(doc.tokens[from].span.start).and_then(|si| si.checked_sub(1)).map(|si| doc.sentences[si].tokens);
            match before.filter(|&(sa, sb)| skip_marks(doc, sa, sb) >= a) {
                Some((sa, sb)) => span(doc, skip_marks(doc, sa, sb), if word(sb - 1) == "." { sb - 1 } else { sb }),
                None => continue,
            }
        } else {
            span(doc, from, v)
        };
        push(out, DemandKind::Demand, by, None, what, Span::new(what.start.min(doc.tokens[from].span.start), doc.tokens[end - 1].span.end), "red line".into());
    }
}

fn push(out: &mut Vec<Demand>, kind: DemandKind, by: Party, of: Option<Party>, what: Span, evidence: Span, cue: String) {
    let of = of.filter(|&o| o != by);
    out.push(Demand { kind, by, of, what, evidence, cue, statement: None });
}

/// The demand verb at `c` (in the sentence from `a`) is "demand(s)", "urge(s)", "seek(s)",
/// "push(es)" or "call(s)" in a headline or an unpunctuated standfirst (one of the first two
/// paragraphs without a full stop), its subject only a few words after "as" or "and" that
/// join it to the headline's own news.
fn headline_background_demand(doc: &Doc, a: usize, c: usize) -> bool {
    if !matches!(doc.tokens[c].lower.as_str(), "demand" | "demands" | "urge" | "urges" | "seek" | "seeks" | "push" | "pushes" | "call" | "calls") {
        return false;
    }
    let Some(s) = doc.sentence_at(doc.tokens[c].span.start) else { return false };
    let p = doc.sentences[s].paragraph;
    let Some(par) = doc.paragraphs.get(p) else { return false };
    let line = doc.text()[par.span.start..par.span.end].trim_end();
    let unpunctuated = !line.ends_with(['.', '!', '?', ':']);
    if !(par.heading || p <= 1 && unpunctuated) {
        return false;
    }
    (c.saturating_sub(5).max(a + 1)..c.saturating_sub(1))
        .rev()
        .find(|&j| matches!(doc.tokens[j].lower.as_str(), "as" | "and"))
        .is_some_and(|j| (j + 1..c).all(|k| doc.tokens[k].kind == TokenKind::Word))
}

/// A form of "write" ("wrote to the council asking it to …", "would write to X to ask …"): the
/// letters whose addressees the demand rules read.
fn write_form(w: &str) -> bool {
    matches!(w, "write" | "writes" | "writing" | "wrote" | "written")
}

/// The state bare "ministers" stand for: the one whose own bodies the story writes
/// (`resolve::own_bodies_state`), when the story is taken to be that state's.
fn ministers_state(doc: &Doc) -> Option<String> {
    crate::resolve::own_bodies_state(doc).map(|x| x.0).filter(|c| crate::resolve::main_country(doc).as_deref() == Some(c.as_str()))
}
