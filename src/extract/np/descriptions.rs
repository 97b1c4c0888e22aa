//! Role descriptions ("the Russian leader", "a 45-year-old teacher", "the minister") and the actor
//! each stands for.

use super::*;

mod holders;
mod opening;
mod referent;

use self::opening::{Opening, Title};
use self::referent::{Earlier, Referent};

/// Whether someone was called "a/an `noun`" (the article up to three words before it, at least
/// `gap` tokens after the last mention of `h`), at a token `speaks` accepts, between that
/// mention and token `t`: then "the `noun`" at `t` is that unnamed one, not `h`.
pub(super) fn unnamed_since(doc: &Doc, h: usize, noun: &str, t: usize, gap: usize, speaks: impl Fn(usize) -> bool) -> bool {
    let at = doc.tokens[t].span.start;
    let from = doc.mentions.iter().filter(|m| m.span.end <= at && doc.actor_of(m.entity) == h).last().map_or(0, |m| doc.token_at(m.span.end));
    // (the article may stand before a compound of place: "a Geneva-based trade diplomat")
    (from..t).any(|j| doc.tokens[j].lower == noun && speaks(j) && (j.saturating_sub(5).max(from + gap)..j).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "the" | "," | "." | "and" | "of")).any(|x| matches!(doc.tokens[x].lower.as_str(), "a" | "an")))
}

/// "the 48-year-old" (`t` at "the"): a person referred to by age, resolved as "he" or "she"
/// would be. Returns the person and the end token.
pub(super) fn age_description(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<(usize, usize)> {
    (doc.tokens[t].lower == "the" && t + 2 <= limit).then_some(())?;
    let aged = is_age(doc, t + 1);
    // "“…,” the midfielder told the radio.", "The former Harbor City defender said …": a noun
    // for a person by occupation, as a speaker (right after a quote or right before a verb of
    // saying), is a person named before, as "he" or "she" would be
    if !aged {
        // ("“…,” the MP for Halden North told the radio": a member of parliament named by the
        // seat, capitalised words after "for", is a person by occupation too)
        let seat_end = || {
            let member = doc.tokens.get(t + 1).is_some_and(|x| x.cap && crate::lexicon::is_member_letters(&x.lower)) && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "for");
            let end = (t + 3..limit.min(t + 7)).find(|&j| !(doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word)).unwrap_or(limit.min(t + 7));
            (member && end > t + 3).then_some(end)
        };
        let end = seat_end().or_else(|| occupation_end(doc, ctx, t + 1, limit, false))?;
        let speaking = t > 0 && doc.tokens[t - 1].kind == TokenKind::Quote || doc.tokens.get(end).is_some_and(|x| Lexicon::get().cues.contains_key(&x.lower));
        let e = speaking.then(|| resolve_referent(doc, ctx, t, None, true, None)).flatten()?;
        // ("Jane Roe wrote … . An executive at one of the refiners told AFP … . “…,” the
        // executive said": one left unnamed with that noun since the person was last named is
        // meant, whom no name stands for)
        // (not the person's own appositive: "Jane Roe, a banker,")
        let unnamed = unnamed_since(doc, e, &doc.tokens[end - 1].lower, t, 2, |_| true);
        return (!unnamed).then_some((e, end));
    }
    // "the 70-year-old senator", "the 45-year-old Chilean veteran": the noun after the age
    // is part of the reference
    let mut end = t + 2;
    let k = end + usize::from(doc.tokens.get(end).is_some_and(|x| Lexicon::get().country_adjectives.contains_key(&x.lower)));
    if let Some((e, _)) = crate::extract::names::title_at(doc, k, limit) {
        end = e;
    } else if k < limit && PERSON_AGE_NOUNS.contains(&doc.tokens[k].lower.as_str()) {
        end = k + 1;
    } else if let Some(e) = occupation_end(doc, ctx, end, limit, true) {
        // ("the 58-year-old former investment banker")
        end = e;
    }
    // ("Chief Executive Officer X … Senator Y asked … . The 58-year-old executive said": the
    // one person named before whose title has the noun)
    if end > t + 2 {
        let noun = doc.tokens[end - 1].lower.as_str();
        let at = doc.tokens[t].span.start;
        let mut holders = doc.roles.iter().filter(|r| r.evidence.start < at && r.title.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == noun)).map(|r| r.holder);
        if let Some(h) = holders.next() {
            if holders.all(|x| x == h) {
                return Some((h, end));
            }
        }
    }
    Some((resolve_referent(doc, ctx, t, None, true, None)?, end))
}

/// "former Harbor City defender", "investment banker", "midfielder" from `k`: "former", a body
/// or a nationality, up to two lower-case modifiers, then a singular noun for a person by
/// occupation (`person_nouns.txt`; an office too with `offices`) that no name follows. The end
/// token.
pub(super) fn occupation_end(doc: &Doc, ctx: &Ctx, mut k: usize, limit: usize, offices: bool) -> Option<usize> {
    let lex = Lexicon::get();
    if doc.tokens.get(k).is_some_and(|x| x.lower == "former") {
        k += 1;
    }
    // (a body, not a place: "the New York businessman" is left as written)
    if let Some(m) = ctx.tok_mention.get(k) {
        if doc.entities[doc.mentions[m].entity].kind != EntityKind::Organization {
            return None;
        }
        k = doc.token_at(doc.mentions[m].span.end);
    } else if doc.tokens.get(k).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) {
        k += 1;
    } else {
        // (a club or town the names left out: "the former Everton defender")
        let from = k;
        while k < limit.min(from + 2) && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[k].lower) {
            k += 1;
        }
    }
    for j in k..limit.min(k + 3) {
        let x = &doc.tokens[j];
        if x.kind != TokenKind::Word || x.cap || lex.stopwords.contains(&x.lower) || lex.cues.contains_key(&x.lower) {
            return None;
        }
        // (an office is a role's, found by its holder: "the GOP nominee" is left to that)
        // (an athlete's discipline, "the goalkeeper", that no one holds as a role is left to
        // the person named before)
        const DISCIPLINES: &[&str] = &["sprinter", "swimmer", "midfielder", "striker", "goalkeeper", "winger", "footballer", "cricketer", "batsman", "judoka", "wrestler", "boxer", "cyclist", "gymnast", "fencer", "golfer"];
        let held = || !DISCIPLINES.contains(&x.lower.as_str()) || lex.titles.get(&x.lower).is_some_and(|t| doc.roles.iter().any(|r| r.head.eq_ignore_ascii_case(t.norm)));
        if lex.person_nouns.contains(&x.lower) && (!x.lower.ends_with('s') || x.lower.ends_with("ss")) && (offices || !lex.titles.contains_key(&x.lower) || !held()) {
            let named = doc.tokens.get(j + 1).is_some_and(|y| y.cap && y.kind == TokenKind::Word);
            return (!named).then_some(j + 1);
        }
    }
    None
}

/// "a 34-year-old office worker surnamed Kim", "a man named Roe" (`t` at the article): the
/// person named after "surnamed" or "named", with lower-case words before.
pub(super) fn surnamed_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    let lex = Lexicon::get();
    for j in t + 1..limit.min(t + 7) {
        let x = &doc.tokens[j];
        if matches!(x.lower.as_str(), "surnamed" | "named") {
            let m = ctx.tok_mention.get(j + 1)?;
            let e = doc.mentions[m].entity;
            return (doc.entities[e].kind == EntityKind::Person && doc.mentions[m].span.start == doc.tokens[j + 1].span.start)
                .then(|| Np { entities: vec![e], start: t, end: doc.token_at(doc.mentions[m].span.end) });
        }
        if !(x.kind == TokenKind::Word || x.kind == TokenKind::Number) || x.cap || lex.stopwords.contains(&x.lower) || lex.cues.contains_key(&x.lower) {
            return None;
        }
    }
    None
}

/// Nouns for a person that may follow an age ("the 70-year-old veteran") and are no titles.
pub(super) const PERSON_AGE_NOUNS: &[&str] = &["executive", "diplomat", "officer", "veteran", "politician", "lawmaker", "leader", "official", "commander", "general", "activist"];

/// "61-year-old" at `i`.
pub(crate) fn is_age(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).and_then(|x| x.lower.split_once('-')).is_some_and(|(n, rest)| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && rest == "year-old")
}

/// The actor a reference at `t` is to: a person (of `want_gender`, if known) or a group.
pub(super) fn resolve_referent(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, person: bool, want_gender: Option<char>) -> Option<usize> {
    // (kept while the document is only read: a pronoun is resolved again by every rule
    // that reads it)
    crate::extract::memo::referent(doc, ctx, (t, exclude, person, want_gender), || referent_worked(doc, ctx, t, exclude, person, want_gender))
}

/// The actor a reference at `t` is to, worked out (`resolve_referent` keeps it): the subject of
/// the cue right before it or of its own sentence ([`Referent`]), else what is named before it
/// ([`Earlier`]).
pub(super) fn referent_worked(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, person: bool, want_gender: Option<char>) -> Option<usize> {
    let r = Referent::new(doc, ctx, t, exclude, person, want_gender)?;
    first_case!(
        r.cue_subject(),
        r.sentence_subject();
        Earlier::new(r).pick()
    )
}

/// "The president, Karim Nasser, has defended the cuts. In a speech he said …" after "President
/// Jamal Fahmy" was named: the person whose name is set off by commas right after a title (at
/// `end`, before `b`) holds it in that sentence, whoever held the title earlier in the story.
fn apposed_person(doc: &Doc, ctx: &Ctx, end: usize, b: usize) -> Option<usize> {
    if end + 1 >= b || doc.tokens[end].lower != "," {
        return None;
    }
    let m = ctx.tok_mention.at(end + 1).filter(|&m| doc.token_at(doc.mentions[m].span.start) == end + 1)?;
    let e = doc.actor_of(doc.mentions[m].entity);
    let close = doc.token_at(doc.mentions[m].span.end);
    (doc.entities[e].kind == EntityKind::Person && doc.tokens.get(close).is_some_and(|x| x.lower == ",")).then_some(e)
}

/// "Economist Dr Jo Kennet of Harbor University said markets could …. “…,” he said": a "he" or
/// "she" that speaks a quote (right after it, or right before a cue that opens one) and that no
/// person of its sex before it takes is the one person who spoke as the subject of the sentence
/// right before the quote, though the first-name list gives that name the other sex (a surname
/// or a family name written first read as a given name); not one an honorific gave the other sex.
pub(super) fn speaker_before_quote(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, want_gender: Option<char>) -> Option<usize> {
    let lex = Lexicon::get();
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let sa = doc.sentences[si].tokens.0;
    let said = doc.tokens.get(t + 1).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "add" | "tell")));
    let after_quote = t > sa && doc.tokens[t - 1].kind == TokenKind::Quote && ctx.tok_quote.at(t).is_none();
    let opens_quote = t == sa && (t + 2..doc.tokens.len().min(t + 4)).any(|j| doc.tokens[j].kind == TokenKind::Quote) && (t + 2..doc.tokens.len().min(t + 3)).all(|j| matches!(doc.tokens[j].lower.as_str(), "," | ":") || doc.tokens[j].kind == TokenKind::Quote);
    // ("Kara Roe told the inquiry that …. He said the iwi should …": a "he" or "she" that opens
    // a sentence as the subject of a cue of saying, reported speech as a quote is)
    let opens_report = t == sa && ctx.tok_quote.at(t).is_none() && matches!(doc.tokens[t].lower.as_str(), "he" | "she");
    if !said || !(after_quote || opens_quote || opens_report) {
        return None;
    }
    // the sentence right before, past sentences wholly quoted (the quote's own first sentences)
    let p = (0..si).rev().find(|&s| {
        let (a, b) = doc.sentences[s].tokens;
        !(a..b).all(|j| ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind != TokenKind::Word)
    })?;
    // (that sentence has no quote of its own: "Jo Roe said: “…”" is spoken already)
    let (a, b) = doc.sentences[p].tokens;
    if (a..b).any(|j| ctx.tok_quote.at(j).is_some()) {
        // (but a quote that the same pronoun speaks, "“…,” he said. He added that …", is
        // that pronoun's speaker's, found the same way in the sentence before it)
        let same = (a + 1..b).find(|&j| doc.tokens[j].lower == doc.tokens[t].lower && ctx.tok_quote.at(j).is_none() && doc.tokens[j - 1].kind == TokenKind::Quote);
        return same.filter(|_| opens_report).and_then(|j| speaker_before_quote(doc, ctx, j, exclude, want_gender));
    }
    let cue = (a + 1..b).find(|&j| lex.cues.contains_key(&doc.tokens[j].lower))?;
    let np = subject_before_ending(doc, ctx, cue, a, false, None)?;
    // (or the words of a title's body before it: "Taranaki Iwi chair Kara Roe told …", the
    // subject read from the title)
    let person_at = |j: usize| ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == EntityKind::Person);
    let titled = np.start > a && np.start <= a + 3 && lex.titles.contains_key(&doc.tokens[np.start].lower) && (a..np.start).all(|j| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].cap && !person_at(j) && !lex.cues.contains_key(&doc.tokens[j].lower));
    if np.start != a && !titled {
        return None;
    }
    let mut people = np.entities.iter().map(|&e| doc.actor_of(e)).filter(|&e| doc.entities[e].kind == EntityKind::Person);
    let e = people.next()?;
    if people.any(|x| x != e) || Some(e) == exclude {
        return None;
    }
    let before = doc.tokens[t].span.start;
    let told = ctx.titled.iter().take_while(|m| m.0 < before).find(|m| m.1 == e).map(|m| m.2);
    (told.is_none() || told == want_gender).then_some(e)
}

pub(super) fn first_actor(doc: &Doc, ctx: &Ctx, a: usize, b: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut k = a;
    while k < b {
        if ctx.tok_quote.at(k).is_none() {
            if let Some(m) = ctx.tok_mention.at(k) {
                let e = doc.actor_of(doc.mentions[m].entity);
                let end = doc.token_at(doc.mentions[m].span.end);
                // "Roe’s intervention … he" refers to Roe; "Chile’s President X" to X
                // ("Zambia's health ministry said … it said" to the ministry: a body named
                // right after the possessive)
                // ("Hale's special envoy Tom Ward": a title's modifiers after the possessive too)
                let titled_at = (end + 1..(end + 4).min(b)).find(|&j| !(Lexicon::get().title_modifiers.contains(&doc.tokens[j].lower) && !doc.tokens[j].cap)).unwrap_or(end + 1);
                // ("Belarus' defence ministry": the bare apostrophe of a name ending in "s", a
                // word once no quotation mark)
                let possessive = (doc.tokens.get(end).is_some_and(|t| t.lower == "'s") || bare_apostrophe(doc, end))
                    && (doc.tokens.get(end + 1).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower) || t.cap)
                        || titled_at > end + 1 && doc.tokens.get(titled_at).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower))
                        || ctx.tok_mention.get(end + 1).is_some_and(|m2| doc.entities[doc.mentions[m2].entity].kind == EntityKind::Organization)
                        // ("Odinga's running mate, Martha Karua, told …" to Karua: a person in
                        // apposition to what the possessor has)
                        || {
                            let j = (end + 1..(end + 5).min(b)).find(|&j| !(doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap)).unwrap_or(end + 1);
                            // ("Russia's state nuclear company, Rosatom, … It said …" to Rosatom: a
                            // body in apposition too)
                            j > end + 1 && doc.tokens[j].lower == "," && ctx.tok_mention.get(j + 1).is_some_and(|m2| matches!(doc.entities[doc.mentions[m2].entity].kind, EntityKind::Person | EntityKind::Organization))
                        });
                // ("Hale's Harbor Party will lead the house … He told reporters …": a person who
                // owns the body named right after the possessive is the person meant, whom the
                // body, no person, cannot stand for)
                let owns_body = possessive && doc.entities[e].kind == EntityKind::Person && ctx.tok_mention.get(end + 1).is_some_and(|m2| doc.entities[doc.mentions[m2].entity].kind == EntityKind::Organization && doc.token_at(doc.mentions[m2].span.start) == end + 1);
                let possessive = possessive && !owns_body;
                let modifier = doc.tokens.get(end).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower) || t.cap);
                // (not the outlet someone spoke to: "he told the BBC: “I would urge them …”")
                let outlet = doc.entities[e].kind == EntityKind::Organization && venue(doc, m, end);
                // ("… at the level of its US rivals. … it said": a state's name after a
                // possessive determiner, before the noun it modifies, is no referent)
                let owned_modifier = k > a && matches!(doc.tokens[k - 1].lower.as_str(), "its" | "their" | "his" | "her" | "our") && doc.entities[e].kind == EntityKind::Country && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
                if fits(e) && !possessive && !outlet && !owned_modifier && !(modifier && doc.entities[e].kind != EntityKind::Person) {
                    return Some(e);
                }
                k = end.max(k + 1);
                continue;
            }
        }
        k += 1;
    }
    None
}

/// Role description "the [Adj|Org] head" at token `t`, resolved through the article's roles.
/// Returns the person and the end token.
pub fn description_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<(usize, usize)> {
    description_after(doc, ctx, t, limit, false)
}

/// As [`description_at`]; with `owned`, a possessive determiner may stand for "the" ("the
/// prime minister had confidence in his chancellor": the chancellor, whoever "his" is).
/// Read from its first word (`Opening`, `descriptions/opening.rs`: the determiner and "new";
/// `None` at once at a word that cannot open one; what the title is of; the title), then the
/// one who holds that title (`Title::holder`, `descriptions/holders.rs`).
pub(super) fn description_after(doc: &Doc, ctx: &Ctx, t: usize, limit: usize, owned: bool) -> Option<(usize, usize)> {
    let mut d = Opening::new(doc, ctx, t, limit);
    d.past_determiner(owned);
    d.past_new();
    if d.nothing_at_t() {
        return None;
    }
    d.owner()?;
    d.title()?.holder()
}

/// The person who opens the sentence before the one at token `t`, when `t` opens its own
/// clause (the sentence's start, or after an opening phrase's comma) and that person holds no
/// role in the story.
pub(super) fn lede_subject(doc: &Doc, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let (sa, _) = doc.sentences[si].tokens;
    if t != sa && doc.tokens[t - 1].lower != "," {
        return None;
    }
    let (pa, pb) = doc.sentences[si.checked_sub(1)?].tokens;
    let m = (pa..pb.min(pa + 2)).find_map(|j| doc.mention_at_token(j))?;
    let p = doc.actor_of(doc.mentions[m].entity);
    // (not one described otherwise there: "Ann Lee, a farmer, said …")
    let e = doc.token_at(doc.mentions[m].span.end);
    let described = doc.tokens.get(e).is_some_and(|x| x.lower == ",") && doc.tokens.get(e + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the" | "who"));
    (doc.entities[p].kind == EntityKind::Person && !described && doc.roles.iter().all(|r| r.holder != p)).then_some(p)
}

/// ("Boats must carry trackers from March, says Jane Roe. The Fisheries Minister said …": a
/// sentence that ends with its speaker after an inverted cue, and the next one, which refers
/// back to that speaker by the office held, named there for the first time.) The person named
/// in two words or more right after a verb of saying (past at most two capitalised styles,
/// "Datuk Seri") at the very end of the sentence before the one token `t` opens, after a comma,
/// when that person holds no role in the story.
pub(super) fn closing_speaker(doc: &Doc, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    if t != doc.sentences[si].tokens.0 {
        return None;
    }
    let (pa, pb) = doc.sentences[si.checked_sub(1)?].tokens;
    let last = (pa..pb).rev().find(|&j| doc.tokens[j].kind == TokenKind::Word)?;
    let m = doc.mention_at_token(last)?;
    let s = doc.token_at(doc.mentions[m].span.start);
    let p = doc.actor_of(doc.mentions[m].entity);
    let cue = (s.saturating_sub(3).max(pa + 1)..s).find(|&c| Lexicon::get().cues.contains_key(&doc.tokens[c].lower) && doc.tokens[c - 1].lower == "," && (c + 1..s).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word));
    let full = doc.slice(doc.mentions[m].span).contains(' ');
    (cue.is_some() && full && doc.entities[p].kind == EntityKind::Person && doc.roles.iter().all(|r| r.holder != p)).then_some(p)
}

/// ("The home secretary has said France must … . Shabana Mahmood told MPs …": the opening
/// sentence of a story's first paragraphs names the office, the next one opens with the
/// holder's full name.) The person who opens the sentence after the one that token `t` opens,
/// named in two words or more, when that sentence is in the story's first three paragraphs
/// and the person holds no role in the story.
pub(super) fn lede_named_next(doc: &Doc, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    if t != doc.sentences[si].tokens.0 || doc.sentences[si].paragraph > 2 {
        return None;
    }
    let (na, _) = doc.sentences.get(si + 1)?.tokens;
    let m = doc.mention_at_token(na).filter(|&m| doc.mentions[m].span.start == doc.tokens[na].span.start)?;
    let p = doc.actor_of(doc.mentions[m].entity);
    let e = doc.token_at(doc.mentions[m].span.end);
    // (a name of two words or more, going on with its verb: not "Ann Lee, a farmer, said …")
    let full = doc.slice(doc.mentions[m].span).contains(' ');
    let verb = doc.tokens.get(e).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && Lexicon::get().cues.contains_key(&x.lower));
    (doc.entities[p].kind == EntityKind::Person && full && verb && doc.roles.iter().all(|r| r.holder != p)).then_some(p)
}

/// The person a one-word capitalised transcript label at token `t` stands for ("MINISTER:",
/// "PRESIDENT:", "HOST:"): the one present holder of a title with that head, or for the one
/// asking the questions ("HOST", "INTERVIEWER", "PRESENTER", "ANCHOR") the one person the
/// article says was spoken to or interviewed with before ("… spoke to Jane Roe on the
/// Morning Show": Roe asks).
pub fn label_holder(doc: &Doc, t: usize) -> Option<usize> {
    let head = doc.tokens.get(t)?.lower.as_str();
    let mut uniq: Vec<usize> = if matches!(head, "host" | "interviewer" | "presenter" | "anchor") {
        let at = doc.tokens[t].span.start;
        doc.mentions
            .iter()
            .filter(|m| m.span.end <= at && doc.entities[m.entity].kind == EntityKind::Person)
            .filter(|m| {
                let s = doc.token_at(m.span.start);
                s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "to" | "with" | "by") && matches!(doc.tokens[s - 2].lower.as_str(), "spoke" | "spoken" | "talked" | "talking" | "speaking" | "interviewed" | "interview" | "conversation")
            })
            .map(|m| doc.actor_of(m.entity))
            .collect()
    } else {
        doc.roles.iter().filter(|r| !r.former && holds_head(doc, r, head)).map(|r| r.holder).collect()
    };
    uniq.sort_unstable();
    uniq.dedup();
    (uniq.len() == 1).then(|| uniq[0])
}

/// Whether role `r` is an office a description headed by the lower-case `head` refers to:
/// the same head, a head ending in it ("foreign minister" for "minister"), or for "leader"
/// the head of a state or government (a chancellor only of a state that a chancellor leads:
/// Britain's chancellor is its finance minister).
pub(super) fn holds_head(doc: &Doc, r: &crate::model::Role, head: &str) -> bool {
    if r.is_shadow() {
        return false;
    }
    // (asked of every role at each description with a title: an ASCII head, as nearly all
    // are, is lower-cased on the stack, as `to_lowercase` would, with no allocation, and
    // compared as bytes, with no check that they are UTF-8)
    let mut buf = [0u8; 48];
    let lowered;
    let rh: &[u8] = match crate::lexicon::ascii_lower_in(&r.head, &mut buf) {
        Some(b) => b,
        None => {
            lowered = r.head.to_lowercase();
            lowered.as_bytes()
        }
    };
    let leading_chancellor = || r.of.is_some_and(|o| matches!(doc.entities[o].country.as_deref(), Some("DE" | "AT")) && doc.entities[o].kind == EntityKind::Country);
    // ("the minister" after "Prime Minister X" and "Finance Minister Y" is the finance
    // minister: a prime minister is called so, never "the minister"; so is a chief minister
    // or his deputy, who heads an Indian state's government as a premier does)
    // ("Foreign Ministry spokeswoman X … “…,” the diplomat said": a diplomat is an envoy, an
    // ambassador, a foreign minister or a foreign ministry's spokesperson)
    let diplomat = || {
        matches!(rh, b"ambassador" | b"envoy" | b"special envoy" | b"consul" | b"foreign minister" | b"deputy foreign minister" | b"foreign secretary" | b"ambassador-at-large")
            || matches!(rh, b"spokeswoman" | b"spokesman" | b"spokesperson")
                && (r.title.to_lowercase().contains("foreign") || r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Organization && doc.entities[o].name.to_lowercase().contains("foreign")))
    };
    // ("the NWA chief" after "X, the director general of the Nordic Water Agency (NWA)": the head of a body by
    // any of the titles a body's head bears)
    // (the written title: "director general" has the head "General")
    let body_head = || matches!(r.title.to_lowercase().as_str(), "director general" | "director-general" | "secretary general" | "secretary-general" | "executive director" | "chief executive" | "head");
    rh == head.as_bytes()
        || head == "diplomat" && diplomat()
        || matches!(head, "lawmaker" | "legislator" | "senator") && legislator(doc, r, rh, head == "senator")
        || head == "head of state" && matches!(rh, b"president" | b"king" | b"queen" | b"emir" | b"monarch")
        // ("Prime Minister X … . The premier said …": news English calls a prime minister the
        // premier; not a deputy prime minister, whom it never calls so)
        || head == "premier" && rh == b"prime minister" && !LOWER_RANKS.iter().any(|w| r.title.to_lowercase().contains(w))
        // ("Commissioner for Human Rights X … the ombudsman said": a state's commissioner for
        // human rights is its ombudsman)
        || matches!(head, "ombudsman" | "ombudswoman" | "ombudsperson") && rh == b"commissioner" && r.title.to_lowercase().contains("human rights")
        || head == "chief" && body_head()
        || rh.strip_suffix(head.as_bytes()).is_some_and(|p| p.ends_with(b" ") && !(head == "minister" && (p == b"prime " || p.ends_with(b"chief "))))
        // ("Hong Kong's leader" after "Chief Executive John Lee", "Scotland's leader" after "First
        // Minister X": the head of a territory's or a devolved government)
        || head == "leader" && (matches!(rh, b"president" | b"prime minister" | b"premier" | b"king" | b"supreme leader" | b"chief minister" | b"first minister") || rh == b"chancellor" && leading_chancellor() || rh == b"chief executive" && r.title == "Chief Executive" && r.of.is_none_or(|o| doc.entities[o].kind != EntityKind::Organization))
        // ("the top US diplomat" after "Secretary of State X": the office that conducts a
        // state's foreign affairs, whatever it is called there)
        // (only of a known state: "Thailand's foreign minister" is no secretary of state of
        // no state named)
        || head == "foreign minister" && matches!(rh, b"secretary of state" | b"foreign secretary") && r.of.is_some()
        // ("Justice Ann Lee … the judge said", "Magistrate X … the judge")
        || head == "judge" && matches!(rh, b"justice" | b"chief justice" | b"magistrate" | b"chief magistrate")
        // ("Education Secretary X … the minister said": a secretary of a field in a cabinet is
        // a minister; not a union's general or branch secretary nor a press secretary)
        || head == "minister" && rh == b"secretary" && r.title.to_lowercase().strip_suffix(" secretary").is_some_and(|p| !p.is_empty() && !p.contains(' ') && !matches!(p, "general" | "press" | "executive" | "permanent" | "private" | "parliamentary" | "cabinet" | "company" | "party" | "deputy" | "assistant" | "joint" | "first" | "second" | "under" | "national" | "principal" | "chief" | "shadow" | "branch" | "union" | "regional" | "district" | "county" | "local" | "club" | "association" | "council" | "board" | "committee"))
}

/// ("Chairman of the Ruritanian Senate Committee on Defence X … “…,” the senator said", "Rep. X
/// … “…,” the lawmaker said": a member of a legislature is "the lawmaker" and "the legislator",
/// and one of a senate, or of an upper house whose members are senators, "the senator".) Role
/// `r` (its lower-case head `rh`) is a seat in a legislature: a legislator's title, or any
/// office of a legislature or of one of its committees but its spokesperson's or staff's; for
/// `senator`, only of a senate or a federation council (a senator's own title matches as the
/// head already). The body's name is asked only when the head is one of these nouns.
fn legislator(doc: &Doc, r: &crate::model::Role, rh: &[u8], senator: bool) -> bool {
    if !senator && matches!(rh, b"senator" | b"mp" | b"mep" | b"congressman" | b"congresswoman" | b"representative" | b"assemblyman" | b"assemblywoman" | b"assemblymember" | b"legislator" | b"lawmaker" | b"member of parliament") {
        return true;
    }
    if rh.starts_with(b"spokes") || matches!(rh, b"clerk" | b"secretary" | b"secretary general" | b"secretary-general" | b"press secretary" | b"adviser" | b"advisor" | b"aide") {
        return false;
    }
    let Some(o) = r.of else { return false };
    if doc.entities[o].kind != EntityKind::Organization {
        return false;
    }
    let body = doc.entities[o].name.to_lowercase();
    const UPPER: &[&str] = &["senate", "federation council"];
    const HOUSES: &[&str] = &["parliament", "duma", "congress", "national assembly", "state assembly", "legislative assembly", "legislature", "knesset", "bundestag", "house of representatives", "house of commons", "house of lords", "seimas", "sejm", "verkhovna rada", "majlis"];
    UPPER.iter().any(|w| body.contains(w)) || !senator && HOUSES.iter().any(|w| body.contains(w))
}

/// The ranks below an office that news English writes before its title ("Deputy Chief
/// Minister", "vice-president", "assistant commissioner").
const LOWER_RANKS: [&str; 5] = ["deputy", "vice", "assistant", "junior", "associate"];

/// ("Deputy chief minister Jane Roe said … . Tom Poe demanded that the chief minister …": a
/// deputy's title never stands for the office it deputises.) True when the holder's written
/// title has a rank below the office that the description (tokens `t` to `end`, its title from
/// `k`) does not write, and every word of the description's title is in the holder's title: "the
/// chief minister" is not "Deputy chief minister X", but "the senior diplomat" may still take up
/// "Deputy Foreign Minister X" ("senior" and "diplomat" are no words of his title, so the
/// description describes him rather than naming his office). Asked only of a title of two words
/// or more: a bare "the minister" may still be a deputy, and leaving the deputy out would make
/// another minister of the story the only holder. No allocation; the rank test, a byte scan of
/// the title, comes first.
fn deputy_of_the_office(doc: &Doc, r: &crate::model::Role, t: usize, k: usize, end: usize) -> bool {
    let in_title = |w: &str| r.title.split(|c: char| !c.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w));
    let rank = LOWER_RANKS.iter().find(|w| in_title(w));
    let Some(rank) = rank else { return false };
    let written = |j: usize| doc.tokens[j].lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *rank);
    !(t..end).any(written) && (k..end).all(|j| doc.tokens[j].lower.split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty()).all(in_title))
}

/// "both leaders", "the two presidents", "talks between the presidents" (`t` at the
/// determiner): the two holders of such an office mentioned last before `t`; a plain "the"
/// needs "between" before it, or exactly two holders. Returns them and the end token.
pub fn plural_description_at(doc: &Doc, t: usize, limit: usize) -> Option<(Vec<usize>, usize)> {
    let mut k = t + 1;
    let counted = match doc.tokens[t].lower.as_str() {
        "both" | "two" => true,
        "the" if doc.tokens.get(k).is_some_and(|x| x.lower == "two") => {
            k += 1;
            true
        }
        "the" => t > 0 && doc.tokens[t - 1].lower == "between",
        _ => return None,
    };
    let word = doc.tokens.get(k).filter(|x| k < limit && !x.cap && x.kind == TokenKind::Word)?;
    let head = word.lower.strip_suffix('s').filter(|h| h.len() > 2)?;
    let leader = head == "leader";
    if !leader && !Lexicon::get().titles.contains_key(head) {
        return None;
    }
    let at = doc.tokens[t].span.start;
    let mut holders: Vec<(usize, usize)> = Vec::new(); // (end of the last mention before `t`, holder)
    for r in doc.roles.iter().filter(|r| !r.former) {
        if !holds_head(doc, r, head) || holders.iter().any(|&(_, h)| h == r.holder) {
            continue;
        }
        if let Some(last) = doc.mentions.iter().filter(|m| m.entity == r.holder && m.span.end <= at).map(|m| m.span.end).max() {
            holders.push((last, r.holder));
        }
    }
    // ("a call between X and his counterpart, Y. … both leaders …": with fewer holders known,
    // the two people named last, in this sentence or the one before)
    if holders.len() < 2 && counted {
        let from = doc.previous_sentence_start(at);
        holders.clear();
        for m in doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from && doc.entities[m.entity].kind == EntityKind::Person) {
            if !holders.iter().any(|&(_, h)| h == m.entity) {
                holders.push((m.span.end, m.entity));
            }
        }
    }
    if holders.len() < 2 || !counted && holders.len() != 2 {
        return None;
    }
    holders.sort_unstable_by(|a, b| b.cmp(a));
    Some((vec![holders[0].1, holders[1].1], k + 1))
}

/// Nouns of kinship a story introduces a relative by ("Whitfield's mother, Marlene Whitfield").
pub(crate) const KIN_NOUNS: &[&str] = &["mother", "father", "sister", "brother", "wife", "husband", "son", "daughter", "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin"];

/// "his mother" (`k` at the noun of kinship, after a possessive pronoun): the one person the
/// story introduced before as someone's relative of that kind, by a possessive and the name
/// right after the noun ("Haynes' mother, Denise Haynes, stood beside him", "Whitfield's mother
/// Marlene Whitfield told …", or before it in commas, "Marlene Whitfield, Andre's mother, said").
/// None where no such person, or more than one, was named.
pub(super) fn relative_named_before(doc: &Doc, ctx: &Ctx, k: usize) -> Option<usize> {
    let kin = doc.tokens.get(k)?.lower.as_str();
    KIN_NOUNS.contains(&kin).then_some(())?;
    let t = k - 1;
    let found = (1..t).filter(|&j| doc.tokens[j].lower == kin && (matches!(doc.tokens[j - 1].lower.as_str(), "'s" | "’s") || bare_apostrophe(doc, j - 1))).filter_map(|j| {
        let n = if doc.tokens.get(j + 1).is_some_and(|x| x.lower == ",") { j + 2 } else { j + 1 };
        // ("Marlene Whitfield, Andre's mother, told …": the name may come first, in commas)
        let before = || {
            let owner = ctx.tok_mention.get(j - 2)?;
            let s0 = doc.token_at(doc.mentions[owner].span.start);
            (s0 >= 2 && doc.tokens[s0 - 1].lower == "," && doc.tokens.get(j + 1).is_some_and(|x| x.lower == ",")).then(|| ctx.tok_mention.at(s0 - 2)).flatten()
        };
        let m = ctx.tok_mention.get(n).filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person).or_else(before)?;
        let e = doc.mentions[m].entity;
        (doc.entities[e].kind == EntityKind::Person).then(|| doc.actor_of(e))
    });
    the_one(found)
}

/// "He called on Jo Brent to act, which he said would end the delays": "he" or "she" at `t`,
/// right after "which" and before a cue, in a sentence that opens (at `sa`) with the same
/// pronoun, is that opening subject, who goes on speaking, not the person named between.
fn same_pronoun_opens(doc: &Doc, ctx: &Ctx, t: usize, sa: usize) -> bool {
    let w = doc.tokens[t].lower.as_str();
    t > sa + 3
        && matches!(w, "he" | "she")
        && doc.tokens[sa].lower == w
        && doc.tokens[t - 1].lower == "which"
        && ctx.tok_quote.at(t).is_none()
        && ctx.tok_quote.at(sa).is_none()
        && doc.tokens.get(t + 1).is_some_and(|x| Lexicon::get().cues.contains_key(&x.lower))
}
