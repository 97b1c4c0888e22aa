//! Who demands and of whom: the demander before a cue (a name, a pronoun, a description, the
//! speaker of the quote around it) and the addressee after it.

use super::*;

mod demander;

pub(super) use self::demander::demander;

/// The speaker of the quote that token `t` stands in, for "I"/"we" inside it.
/// (A transcript line, "MINISTER: … I have told …", is its speaker's words as a quote is.)
pub(super) fn quote_speaker(doc: &Doc, ctx: &Ctx, t: usize) -> Option<usize> {
    let at = doc.tokens[t].span;
    let Some(q) = ctx.tok_quote.at(t) else {
        return doc.statements.iter().find(|s| s.kind == StatementKind::Direct && s.cue == ":" && s.text.start <= at.start && at.end <= s.text.end).and_then(|s| s.speaker);
    };
    let q = ctx.quotes.get(q)?;
    // (a quote whose speaker was carried from the quote before it may keep a text of its own
    // that differs from the marks' inner span: the direct statement holding the word)
    doc.statements.iter().find(|s| s.text == q.inner).or_else(|| doc.statements.iter().find(|s| s.kind == StatementKind::Direct && s.text.start <= at.start && at.end <= s.text.end)).and_then(|s| s.speaker)
}

/// An actor phrase as a party: its first actor, as the actor it stands for.
pub(super) fn actor_party(doc: &Doc, np: &Np) -> Option<Party> {
    let e = *np.entities.first()?;
    // ("the county must build …": a county taken up by that noun acts as its government)
    let governed = || doc.entities[e].kind == EntityKind::Place && np.end == np.start + 2 && doc.tokens[np.start].lower == "the" && !doc.tokens[np.start + 1].cap;
    (doc.entities[e].can_act() || governed()).then(|| Party::Entity(doc.actor_of(e)))
}

/// A region of the gazetteer (a state or province) whose mention is the whole noun phrase
/// ("Oregon", not "residents of Oregon" nor "Oregon farmers").
fn region_alone(doc: &Doc, np: &Np) -> Option<usize> {
    let e = *np.entities.first()?;
    (doc.entities[e].kind == EntityKind::Place && doc.entities[e].place_kind == Some("region") && doc.mentions.iter().any(|m| m.entity == e && doc.token_at(m.span.start) == np.start && doc.token_at(m.span.end) == np.end)).then_some(e)
}

/// An unnamed subject right before `c`: a speaker-noun phrase, or a short run of words such
/// as "Rwandan rebels", "Opposition groups in Zimbabwe" that starts the clause.
pub(super) fn loose_subject(doc: &Doc, ctx: &Ctx, c: usize, lo: usize) -> Option<(usize, usize)> {
    // (the subject's end worked out once, for both)
    let end = crate::extract::np::subject_end(doc, c, lo);
    if let Some(g) = crate::extract::np::generic_subject_ending(doc, ctx, c, lo, Some(end)) {
        return Some(g);
    }
    let lex = Lexicon::get();
    let mut s = end;
    while s > lo && end - s < 7 {
        let t = &doc.tokens[s - 1];
        let l = t.lower.as_str();
        // ("the dockers' union": a plural's apostrophe too)
        // ("Catholic bishops in several U.S. cities on Wednesday demanded …": a count after a
        // preposition of place inside the phrase)
        let counted = s >= lo + 2 && matches!(l, "several" | "many" | "some" | "various" | "numerous" | "other" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens") && matches!(doc.tokens[s - 2].lower.as_str(), "in" | "across" | "from" | "of");
        let inner = matches!(l, "of" | "in" | "the" | "'s" | "-" | "'" | "\u{2019}") || counted;
        if t.kind != TokenKind::Word && !inner || ctx.tok_quote.at(s - 1).is_some() || lex.cues.contains_key(l) || lex.stopwords.contains(l) && !inner {
            break;
        }
        s -= 1;
    }
    while s < end && matches!(doc.tokens[s].lower.as_str(), "of" | "in" | "'s") {
        s += 1;
    }
    // the phrase must open its clause ("Some 800,000 Iraqi Kurds" too) and have a name-like,
    // plural or speaker-noun head
    // ("…, as mediators in Cairo pressed both sides to …": a clause a conjunction opens)
    let opens = s == lo || matches!(doc.tokens[s - 1].lower.as_str(), "," | ";" | ":" | "the" | "a" | "an" | "some" | "many" | "as" | "while" | "when" | "after" | "because" | "since") || doc.tokens[s - 1].kind == TokenKind::Number;
    let head = &doc.tokens[end.max(s + 1) - 1];
    (end > s && opens && (head.cap || head.lower.ends_with('s') || lex.speaker_nouns.contains(&head.lower))).then_some((s, end))
}

/// "has for years pressed", "had for months urged", "have for a decade called" (`c` at the
/// verb, after `a`): where "for" and a length of time stand between "has"/"have"/"had" and the
/// verb, the token at "for", which the auxiliary's subject stands before; else none.
fn for_a_time_before(doc: &Doc, c: usize, a: usize) -> Option<usize> {
    const UNITS: &[&str] = &["years", "months", "decades", "weeks", "days", "year", "decade", "month", "week", "time"];
    const COUNTS: &[&str] = &["a", "many", "several", "some", "two", "three", "four", "five", "six", "ten", "nearly", "almost"];
    if c < a + 4 || !UNITS.contains(&doc.tokens[c - 1].lower.as_str()) {
        return None;
    }
    let count = |j: usize| COUNTS.contains(&doc.tokens[j].lower.as_str()) || doc.tokens[j].kind == TokenKind::Number;
    let f = if doc.tokens[c - 2].lower == "for" { c - 2 } else if count(c - 2) && doc.tokens[c - 3].lower == "for" { c - 3 } else { return None };
    (f > a + 1 && matches!(doc.tokens[f - 1].lower.as_str(), "has" | "have" | "had")).then_some(f)
}

/// Where "the state", "the province", "the state government", "the provincial government" or
/// "the regional government" (lower-case) opens the subject of verb `c`, with only auxiliaries
/// ("would", "will", "has") between (or none), and no preposition before it ("the leaders of
/// the state would …").
pub(crate) fn region_subject(doc: &Doc, c: usize, a: usize) -> Option<usize> {
    let w = |j: usize| doc.tokens[j].lower.as_str();
    let mut v = c;
    while v > a && matches!(w(v - 1), "would" | "will" | "could" | "may" | "might" | "also" | "has" | "have" | "had" | "then" | "now") {
        v -= 1;
    }
    let region = |j: usize| matches!(w(j), "state" | "province") && !doc.tokens[j].cap;
    let s = if v >= a + 2 && region(v - 1) && w(v - 2) == "the" {
        v - 2
    } else if v >= a + 3 && w(v - 1) == "government" && !doc.tokens[v - 1].cap && matches!(w(v - 2), "state" | "provincial" | "regional") && !doc.tokens[v - 2].cap && w(v - 3) == "the" {
        v - 3
    } else {
        return None;
    };
    (s == a || !matches!(w(s - 1), "of" | "in" | "for" | "from" | "to" | "by" | "with" | "across" | "on" | "against" | "at")).then_some(s)
}

/// "told Reuters the council had asked the government to …" (`np` the subject found before the
/// verb at `c`): with no "that", the name right after a form of "tell" is the one told, no part
/// of the reported clause, whose subject opens after it (`past_told`); else `np` as found.
fn past_one_told(doc: &Doc, ctx: &Ctx, np: Np, c: usize) -> Np {
    let s = past_told(doc, np.start, c);
    if s == np.start {
        return np;
    }
    np_at(doc, ctx, s, c).filter(|n| n.end <= c).unwrap_or(np)
}

/// Where a time phrase ending right before token `c` starts ("on Monday", "last week",
/// `statements::time_phrase_end`), else `c`.
pub(super) fn time_before(doc: &Doc, c: usize, a: usize) -> usize {
    (c.saturating_sub(4).max(a)..c).find(|&j| crate::extract::statements::time_phrase_end(doc, j, doc.tokens.len()) == Some(c)).unwrap_or(c)
}

/// Prepositions of place and setting whose object is no subject ("protests across France").
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["across", "in", "outside", "near", "at", "through", "throughout", "around", "inside", "on"];

/// "Farmers in Punjab staged protests, demanding that …", "Thousands of workers marched on
/// the capital, demanding …": an unnamed group opening the clause of participle `c`, up to
/// its verb, which comes before `before`.
pub(super) fn group_before_participle(doc: &Doc, ctx: &Ctx, c: usize, a: usize, before: usize) -> Option<(Party, usize)> {
    let start = crate::extract::statements::after_opening_phrase(doc, ctx, a, c);
    let lex = Lexicon::get();
    // (or the participle's own auxiliary: "Nurses in Lagos are demanding …")
    let aux = |j: usize| matches!(doc.tokens[j].lower.as_str(), "are" | "were" | "is" | "was" | "been" | "have" | "had" | "has");
    let verb = (start + 1..before.min(start + 9)).find(|&j| crate::extract::np::past_verb(&doc.tokens[j]) || matches!(doc.tokens[j].lower.as_str(), "took" | "went" | "rallied" | "marched" | "gathered" | "staged")).or_else(|| (start + 1..c).find(|&j| aux(j) && (j + 1..c).all(aux)))?;
    // ("have staged", "had gathered", "have been demanding": auxiliaries are the verb's)
    let mut end = verb;
    while end > start + 1 && aux(end - 1) {
        end -= 1;
    }
    let group = (start..end).any(|j| lex.speaker_nouns.contains(&doc.tokens[j].lower) || lex.person_nouns.contains(&doc.tokens[j].lower)) && (start..end).all(|j| doc.tokens[j].kind == TokenKind::Word);
    group.then(|| (Party::Text(span(doc, start, end)), start))
}

/// "…, which brokered the deal, to": a relative clause in commas at `k` after an addressee,
/// then "to"; the token of that "to".
pub(super) fn to_after_relative(doc: &Doc, k: usize, b: usize) -> Option<usize> {
    // (or a list of examples: "urged states, including X and Y, to …")
    // (or "of which"/"of whom": "urged the Arctic Council, of which Chile is an observer, to …")
    let of_which = doc.tokens.get(k + 1).is_some_and(|t| t.lower == "of") && doc.tokens.get(k + 2).is_some_and(|t| matches!(t.lower.as_str(), "which" | "whom"));
    // ("We ask every federation that believes in the charter to stay away": a relative clause
    // with no commas, opened by its verb; the first "to" after it that no verb of wanting or
    // trying takes, before any mark)
    // ("urged the firms that build the drones to …", "the countries where the guns are made
    // to …": a plural's present verb after "who"/"that", or a clause of its own after "where",
    // opens the relative clause as well)
    let opener = doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    let plain_verb = |t: &crate::model::Token| t.kind == TokenKind::Word && !t.cap && matches!(opener, "who" | "that") && !Lexicon::get().stopwords.contains(&t.lower) && !t.lower.ends_with("ly");
    let where_clause = |t: &crate::model::Token| opener == "where" && t.kind == TokenKind::Word && !t.cap && matches!(t.lower.as_str(), "the" | "a" | "an" | "its" | "their" | "these" | "those" | "most" | "many" | "some");
    if matches!(opener, "that" | "who" | "which" | "where") && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && ((opener != "where" && (t.lower.ends_with('s') || t.lower.ends_with("ed")) && !matches!(t.lower.as_str(), "this" | "its" | "his" | "was" | "is" | "has" | "does" | "us")) || plain_verb(t) || where_clause(t))) {
        let takes_infinitive = |j: usize| {
            let w = doc.tokens[j].lower.as_str();
            matches!(w, "want" | "wants" | "wanted" | "plan" | "plans" | "planned" | "hope" | "hopes" | "hoped" | "need" | "needs" | "needed" | "try" | "tries" | "tried" | "seek" | "seeks" | "sought" | "agree" | "agreed" | "agrees" | "refused" | "refuse" | "refuses" | "fail" | "failed" | "fails" | "continue" | "continues" | "continued" | "has" | "had" | "have" | "going" | "able" | "used" | "wish" | "wishes" | "wished" | "intend" | "intends" | "intended" | "declined" | "decline" | "declines" | "promised" | "promise" | "promises" | "chose" | "choose" | "chooses" | "decided" | "decide" | "decides")
        };
        let to = (k + 2..b.min(k + 12)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].kind == TokenKind::Number).find(|&j| doc.tokens[j].lower == "to" && !takes_infinitive(j - 1));
        return to.filter(|&j| doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her")));
    }
    if !(doc.tokens.get(k).is_some_and(|t| t.lower == ",") && (of_which || doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "including")))) {
        return None;
    }
    let close = (k + 2..b.min(k + 14)).find(|&j| doc.tokens[j].lower == ",")?;
    doc.tokens.get(close + 1).is_some_and(|t| t.lower == "to").then_some(close + 1)
}

/// ", the Ministry of Health and the districts to": a list of three or more addressees, a
/// comma at `k` after the first, each after a comma and the last after "and", then "to"; the
/// token of that "to" (the first stands for all, as with two: "directed the union, the Ministry
/// of Health and the districts to hold talks"). Each is an actor or "the" and a plain noun
/// ("the districts"); at most four after the first, none a clause ("the union, which …").
pub(super) fn to_after_list(doc: &Doc, ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    if !doc.tokens.get(k).is_some_and(|t| t.lower == ",") {
        return None;
    }
    let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let mut j = k;
    for _ in 0..4 {
        let last = word(j) == "and";
        let x = j + 1;
        let e = match addressee_at(doc, ctx, x, b) {
            (Some(_), e) if e > x => e,
            // ("the districts", "the regional councils": "the" and one or two plain nouns)
            _ if word(x) == "the" => (x + 1..(x + 3).min(b)).take_while(|&y| doc.tokens[y].kind == TokenKind::Word && !doc.tokens[y].cap && !matches!(word(y), "to" | "and" | "or" | "who" | "which" | "that")).last()? + 1,
            _ => return None,
        };
        if last {
            return (word(e) == "to").then_some(e);
        }
        // (", the X and the Y": the comma-less "and" closes the list; a comma before it too)
        j = match word(e) {
            "," if word(e + 1) == "and" => e + 1,
            "," | "and" => e,
            _ => return None,
        };
    }
    None
}

/// The end of a time phrase at `j` that may stand between an addressee and its "to": "on
/// Sunday", "last week", "earlier this month" (`statements::time_phrase_end`), "again".
pub(super) fn time_phrase_end(doc: &Doc, j: usize) -> Option<usize> {
    // ("asked the government many times to …": how often, as "again" says)
    // ("asked France at least nine times to extradite him", "more than 20 times": a number of
    // times, after "at least" or "more than" or not, the same)
    let n = j + if doc.tokens.get(j + 1).is_some_and(|t| matches!((doc.tokens[j].lower.as_str(), t.lower.as_str()), ("at", "least") | ("more", "than"))) { 2 } else { 0 };
    let times = doc.tokens.get(n).is_some_and(|t| t.kind == TokenKind::Number || crate::lexicon::is_count_word(&t.lower) || matches!(t.lower.as_str(), "many" | "several" | "numerous" | "countless" | "eleven" | "twelve")) && doc.tokens.get(n + 1).is_some_and(|t| t.lower == "times");
    crate::extract::statements::time_phrase_end(doc, j, doc.tokens.len()).or_else(|| doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "again" | "repeatedly")).then_some(j + 1)).or_else(|| times.then_some(n + 2)).or_else(|| month_end(doc, j)).or_else(|| medium_end(doc, j))
}

/// The end of "in" and a month, with its year or not, at `j`: "ordered Vexmoor in May 2025 not
/// to …", "urged parliament in March to …" ("May" only with its year, which the modal or the
/// name is not followed by).
fn month_end(doc: &Doc, j: usize) -> Option<usize> {
    let month = doc.tokens.get(j + 1).filter(|t| t.cap && crate::lexicon::is_month(&t.lower))?;
    if doc.tokens[j].lower != "in" || doc.tokens[j].cap {
        return None;
    }
    let year = doc.tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Number && t.lower.len() == 4 && t.lower.chars().all(|c| c.is_ascii_digit()));
    (year || month.lower != "may").then_some(j + 2 + usize::from(year))
}

/// The "to" (or "not to") right after a time or a medium phrase at `j` ("urged X on Sunday to
/// …", "directed them in a memo to …", "ordered X in May 2025 not to …").
pub(super) fn to_after_time(doc: &Doc, j: usize) -> Option<usize> {
    let word_at = |k: usize, w: &str| doc.tokens.get(k).is_some_and(|t| t.lower == w);
    time_phrase_end(doc, j).filter(|&e| word_at(e, "to") || word_at(e, "not") && word_at(e + 1, "to"))
}

/// The "that" right after a time or a medium phrase at `j` that stands between a verb of asking
/// and its clause: "recommended in May that X …", "demanded last year that …", "urged in a
/// letter that …" ("in May" here with no year: the modal is never followed by "that").
pub(super) fn that_after_time(doc: &Doc, j: usize, b: usize) -> Option<usize> {
    // (a cheap first-word test before the phrase is read)
    if !doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "in" | "last" | "earlier" | "later" | "late" | "early" | "this" | "next")) {
        return None;
    }
    let in_month = doc.tokens[j].lower == "in" && doc.tokens.get(j + 1).is_some_and(|t| t.cap && crate::lexicon::is_month(&t.lower));
    let e = if in_month { month_end(doc, j).unwrap_or(j + 2) } else { time_phrase_end(doc, j)? };
    (e < b && doc.tokens[e].lower == "that").then_some(e)
}

/// Token `k` moved past the adverbials after a verb of asking at `c` (at most to `c + 4`, before
/// `b`; `adverbial` says which words are): "demanded again on Tuesday that", and to the "that"
/// after a time phrase (`that_after_time`: "recommended in May that").
pub(super) fn past_adverbials(doc: &Doc, mut k: usize, b: usize, c: usize, adverbial: impl Fn(usize) -> bool) -> usize {
    while k < b && k < c + 4 {
        if let Some(e) = that_after_time(doc, k, b) {
            return e;
        }
        if !adverbial(k) {
            break;
        }
        k += 1;
    }
    k
}

/// The end of a phrase at `j` telling in what writing or speech one was asked, which may stand
/// between an addressee and its "to" as a time does: "urged lawmakers in a letter to …",
/// "directing them in a March memo to …", "asked the court in a filing to …".
pub(super) fn medium_end(doc: &Doc, j: usize) -> Option<usize> {
    let t = |x: usize| doc.tokens.get(x);
    if !t(j).is_some_and(|x| x.lower == "in") || !t(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our")) {
        return None;
    }
    // (up to two words before the noun: "a July memo", "a joint letter", "a strongly worded statement")
    let n = (j + 2..j + 5).take_while(|&x| t(x).is_some_and(|y| matches!(y.kind, TokenKind::Word | TokenKind::Number))).find(|&x| matches!(doc.tokens[x].lower.as_str(), "letter" | "memo" | "memorandum" | "statement" | "speech" | "post" | "email" | "filing" | "interview" | "note" | "directive"))?;
    Some(n + 1)
}

/// The region (a state or province of the gazetteer) the story names most often, twice at
/// least and more often than any other region.
pub(crate) fn main_region(doc: &Doc) -> Option<usize> {
    main_place(doc, "region")
}

/// "The NSW government will meet the remainder …; she called on the state government to fund …": where
/// no region is named twice (`main_region`), the one region whose own government the story names
/// by the region's name ("the NSW government", "the Quebec Government"), as a place named too,
/// is the state or province asked. Its name runs into the body's, so the place is named once.
fn region_of_named_government(doc: &Doc) -> Option<usize> {
    let mut found = None;
    for g in doc.entities.iter().filter(|e| e.kind == EntityKind::Organization) {
        let Some(x) = g.name.strip_suffix(" government").or_else(|| g.name.strip_suffix(" Government")) else { continue };
        if x.contains(' ') {
            continue;
        }
        let region = doc.mentions.iter().find(|m| doc.entities[m.entity].kind == EntityKind::Place && doc.entities[m.entity].place_kind == Some("region") && (doc.slice(m.span) == x || doc.entities[m.entity].name == x)).map(|m| m.entity);
        match (found, region) {
            (_, None) => {}
            (None, r) => found = r,
            (Some(f), Some(r)) if f != r => return None,
            _ => {}
        }
    }
    found
}

/// The city a story names most (at least twice, and more often than any other city).
pub(crate) fn main_city(doc: &Doc) -> Option<usize> {
    main_place(doc, "city")
}

pub(super) fn main_place(doc: &Doc, kind: &str) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if e.kind != EntityKind::Place || e.place_kind != Some(kind) {
            continue;
        }
        match counts.iter_mut().find(|x| x.0 == m.entity) {
            Some(x) => x.1 += 1,
            None => counts.push((m.entity, 1)),
        }
    }
    counts.sort_by_key(|x| std::cmp::Reverse(x.1));
    match counts.as_slice() {
        [(e, n)] if *n >= 2 => Some(*e),
        [(e, n), (_, m), ..] if *n >= 2 && n > m => Some(*e),
        _ => None,
    }
}

/// "Chancellor Jane Roe's conservatives", "Roe's party" (`np` the person's phrase): the party
/// or body the person, given a role of one organisation in the article, leads or belongs to,
/// and where the phrase ends; not the person ("unless Roe's conservatives dropped the plan"
/// asks her party).
pub(super) fn possessed_body(doc: &Doc, np: &Np) -> Option<(Party, usize)> {
    const FOLLOWERS: &[&str] = &["party", "conservatives", "liberals", "socialists", "centrists", "nationalists", "populists", "union", "movement", "coalition", "alliance"];
    if !doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) || !doc.tokens.get(np.end + 1).is_some_and(|t| !t.cap && FOLLOWERS.contains(&t.lower.as_str())) {
        return None;
    }
    let &[p] = np.entities.as_slice() else { return None };
    let p = doc.actor_of(p);
    if doc.entities[p].kind != EntityKind::Person {
        return None;
    }
    sole_body_of(doc, p, EntityKind::Organization).map(|o| (Party::Entity(o), np.end + 2))
}

/// "urged Jane Roe's government to …", "Roe's administration" (`np` the person's phrase): the
/// state whose office the person holds, as the article gives it; the phrase as text when it
/// gives none (not the person: the one asked is the government).
pub(super) fn possessed_government(doc: &Doc, np: &Np) -> Option<(Party, usize)> {
    if !doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) || !doc.tokens.get(np.end + 1).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "government" | "administration" | "cabinet")) {
        return None;
    }
    let &[p] = np.entities.as_slice() else { return None };
    if doc.entities[doc.actor_of(p)].kind != EntityKind::Person {
        return None;
    }
    Some((crate::extract::np::governed_state(doc, p).map_or_else(|| Party::Text(span(doc, np.start, np.end + 2)), Party::Entity), np.end + 2))
}

/// "urged the Roe government to …": a leader's name before the noun of his government is the
/// state his role is of, when the article gives one (else `unroled_leaders_state`); and where
/// the phrase ends.
fn leader_named_government(doc: &Doc, ctx: &Ctx, k: usize) -> Option<(Party, usize)> {
    if doc.tokens.get(k)?.lower != "the" {
        return None;
    }
    if k + 1 < ctx.tok_mention.len() && ctx.tok_mention.at(k + 1).is_none() && crate::extract::np::unnamed_leader(doc, k + 1) {
        return crate::extract::np::unroled_leaders_state(doc, k + 2, true).map(|s| (Party::Entity(s), k + 3));
    }
    let m = ctx.tok_mention.get(k + 1).filter(|&m| doc.token_at(doc.mentions[m].span.start) == k + 1)?;
    let p = doc.mentions[m].entity;
    let end = doc.token_at(doc.mentions[m].span.end);
    if doc.entities[p].kind != EntityKind::Person || !doc.tokens.get(end).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "government" | "administration")) {
        return None;
    }
    crate::extract::np::governed_state(doc, p).or_else(|| crate::extract::np::unroled_leaders_state(doc, end, true)).map(|s| (Party::Entity(s), end + 1))
}

/// ("asked the Minister for Justice, Jim Roe, to …", "urged the bank's chief executive, Jane
/// Roe, to …"): an office after "the" or a possessive, then its holder's name between commas
/// and "to": the person named is the one asked, not whoever the office's words would find
/// (another minister named before), nor a request "for" what the office's own "for" opens
/// (see the "asked X for Y" branch of `verbs`). The person and the "to".
pub(crate) fn office_then_holder(doc: &Doc, ctx: &Ctx, k: usize, b: usize) -> Option<(Party, usize)> {
    let lex = Lexicon::get();
    let c = (k + 1..(k + 8).min(b)).find(|&j| doc.tokens[j].lower == ",")?;
    let words = |j: usize| doc.tokens[j].kind == TokenKind::Word && !matches!(doc.tokens[j].lower.as_str(), "to" | "and" | "or" | "that" | "who" | "which");
    if !(k..c).all(|j| words(j) || doc.tokens[j].lower == "'s" || doc.tokens[j].lower == "’s") || !(k..c).any(|j| lex.titles.contains_key(&doc.tokens[j].lower)) {
        return None;
    }
    let m = ctx.tok_mention.get(c + 1)?;
    if doc.token_at(doc.mentions[m].span.start) != c + 1 {
        return None;
    }
    let e = doc.actor_of(doc.mentions[m].entity);
    let end = doc.token_at(doc.mentions[m].span.end);
    let closes = doc.tokens.get(end).is_some_and(|t| t.lower == ",") && doc.tokens.get(end + 1).is_some_and(|t| t.lower == "to");
    (doc.entities[e].kind == EntityKind::Person && closes && end + 1 < b).then_some((Party::Entity(e), end + 1))
}

/// The addressee phrase at `k`: an actor, or a group kept as text up to "to"/"that".
pub(crate) fn addressee_at(doc: &Doc, ctx: &Ctx, k: usize, b: usize) -> (Option<Party>, usize) {
    // ("asked whether the rules forced banks to disclose fees": a question asks no one; its
    // clause is what was asked)
    if doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "whether" | "if" | "why" | "how" | "what" | "when")) {
        return (None, k);
    }
    if let Some((p, end)) = office_then_holder(doc, ctx, k, b) {
        return (Some(p), end);
    }
    if let Some(found) = leader_named_government(doc, ctx, k) {
        return (Some(found.0), found.1);
    }
    if let Some(np) = np_at(doc, ctx, k, b) {
        if let Some((p, end)) = possessed_body(doc, &np) {
            return (Some(p), end);
        }
        if let Some((p, end)) = possessed_government(doc, &np) {
            return (Some(p), end);
        }
        if let Some(p) = actor_party(doc, &np) {
            // ("urged UN member states to …": a name modifying plain nouns, up to "to"; "states"
            // is a verb of saying elsewhere, so the phrase had stopped before it)
            let plain = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lower != "to" && !Lexicon::get().stopwords.contains(&t.lower));
            let n = (np.end..(np.end + 2).min(b)).take_while(|&j| plain(j)).count();
            if n > 0 && doc.tokens.get(np.end + n).is_some_and(|t| t.lower == "to") && doc.tokens[np.end + n - 1].lower == "states" {
                return (Some(Party::Text(span(doc, np.start, np.end + n))), np.end + n);
            }
            // ("asked the World Trade Organization (WTO) to …": the initials after the name)
            let e = np.end;
            let initials = e + 2 < b && doc.tokens[e].lower == "(" && doc.tokens[e + 2].lower == ")" && doc.tokens[e + 1].cap;
            return (Some(p), if initials { e + 3 } else { e });
        }
    }
    // ("asked the Americans to lift the duty": a people named by its plural demonym, after
    // "the" and before "to", is its state, when the story names that state)
    if k + 2 < b && doc.tokens[k].lower == "the" && doc.tokens[k + 2].lower == "to" && doc.tokens[k + 1].cap {
        if let Some(e) = Lexicon::get().demonyms.get(doc.tokens[k + 1].lower.as_str()).and_then(|&c| doc.named_country(&Lexicon::get().countries[c].iso2)) {
            return (Some(Party::Entity(e)), k + 2);
        }
    }
    // ("urged the company to …": the one company named before)
    if let Some((e, end)) = crate::extract::np::org_by_head(doc, k, b) {
        return (Some(Party::Entity(e)), end);
    }
    // ("called on the company to …": the one company named before, a name ending in a word of
    // commerce, as for a topic)
    if let Some((e, end)) = crate::extract::np::company_asked(doc, k, b) {
        return (Some(Party::Entity(doc.actor_of(e))), end);
    }
    // ("asking the members of this council to …": the body named before whose members they are)
    if k + 3 < b && doc.tokens[k].lower == "the" && doc.tokens[k + 1].lower == "members" && doc.tokens[k + 2].lower == "of" {
        if let Some((e, end)) = crate::extract::np::org_by_head(doc, k + 3, b) {
            return (Some(Party::Entity(e)), end);
        }
    }
    let mut j = k;
    // (a time phrase after the group is no part of it: "urged parliament last week to …")
    // (nor a clause of its own: "told reporters he expected Iran to respond")
    // ("told reporters Washington expected …": a name right after a plain noun opens a clause)
    let lex = Lexicon::get();
    // (not a name that "to" follows: "urged … and the paramilitary Rapid Support Forces to …")
    // (initials in brackets may stand between: "… Rapid Support Forces (RSF) to …")
    let to_after = |m: usize| {
        let e = doc.token_at(doc.mentions[m].span.end);
        let word = |j: usize, w: &str| doc.tokens.get(j).is_some_and(|t| t.lower == w);
        word(e, "to") || word(e, "(") && word(e + 2, ")") && word(e + 3, "to")
    };
    // ("urged the carmaker Vexmoor to …", "the militant group X", "mining giant X": a plain
    // description right before the name of the one asked, which is that actor)
    let plain = |x: usize| {
        let t = &doc.tokens[x];
        t.kind == TokenKind::Word && (!t.cap || lex.country_adjectives.contains_key(&t.lower)) && (!lex.stopwords.contains(&t.lower) || x == k && matches!(t.lower.as_str(), "the" | "a"))
    };
    let described = (k + 1..(k + 5).min(b)).take_while(|&j| plain(j - 1)).find_map(|j| {
        let m = ctx.tok_mention.at(j).filter(|&m| doc.token_at(doc.mentions[m].span.start) == j && to_after(m))?;
        let e = doc.actor_of(doc.mentions[m].entity);
        let end = doc.token_at(doc.mentions[m].span.end);
        let end = if doc.tokens[end].lower == "(" { end + 3 } else { end };
        matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Person | EntityKind::Country).then_some((e, end))
    });
    if let Some((e, end)) = described {
        return (Some(Party::Entity(e)), end);
    }
    let clause_subject = |j: usize| j > k && ctx.tok_mention.at(j).is_some_and(|m| !to_after(m)) && doc.tokens[j - 1].kind == TokenKind::Word && !doc.tokens[j - 1].cap && !lex.stopwords.contains(&doc.tokens[j - 1].lower);
    while j < b && j < k + 14 && !matches!(doc.tokens[j].lower.as_str(), "to" | "," | "." | "that" | "where" | "and" | "is" | "was" | "are" | "were" | "not" | "he" | "she" | "they" | "we" | "i" | "it") && !(j > k && time_phrase_end(doc, j).is_some()) && !clause_subject(j) {
        j += 1;
    }
    // (a quotation that opens here and runs on past the addressee keeps its mark out:
    // "called on “everyone to …”")
    let s = if doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Quote) && j > k + 1 && (k + 1..j).all(|x| doc.tokens[x].kind != TokenKind::Quote) { k + 1 } else { k };
    // ("asking for permission to …": what is asked for, no one asked)
    // (`s` may be past the last token: the verb ends the text)
    if s >= doc.tokens.len() || doc.tokens[s].lower == "for" {
        return (None, j);
    }
    // ("called on the state government to …", "urged the province to …": the state or
    // province the story names most, as "the government" is the country it is mostly about)
    if doc.tokens[s].lower == "the" && j > s + 1 && j <= s + 3 && matches!(doc.tokens[s + 1].lower.as_str(), "state" | "province" | "provincial") && (j == s + 2 || doc.tokens[s + 2].lower == "government") {
        if let Some(r) = main_region(doc).or_else(|| region_of_named_government(doc)) {
            return (Some(Party::Entity(r)), j);
        }
    }
    // ("urged the city to …": the city the story names most)
    if doc.tokens[s].lower == "the" && j == s + 2 && doc.tokens[s + 1].lower == "city" && !doc.tokens[s + 1].cap {
        if let Some(c) = main_city(doc) {
            return (Some(Party::Entity(c)), j);
        }
    }
    // ("called on the minister to …": the one person the story titles so)
    if j == s + 2 && doc.tokens[s].lower == "the" {
        if let Some(h) = crate::extract::statements::office_holder(doc, s + 1) {
            return (Some(Party::Entity(doc.actor_of(h))), j);
        }
    }
    ((j > s).then(|| Party::Text(span(doc, s, j))), j)
}
