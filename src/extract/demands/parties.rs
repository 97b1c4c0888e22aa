//! Who demands and of whom: the demander before a cue (a name, a pronoun, a description, the
//! speaker of the quote around it) and the addressee after it.

use super::*;

/// The speaker of the quote that token `t` stands in, for "I"/"we" inside it.
/// (A transcript line, "MINISTER: … I have told …", is its speaker's words as a quote is.)
pub(super) fn quote_speaker(doc: &Doc, ctx: &Ctx, t: usize) -> Option<usize> {
    let at = doc.tokens[t].span;
    let Some(q) = ctx.tok_quote[t] else {
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
    (doc.entities[e].kind.is_actor() || doc.entities[e].stands_for.is_some() || governed()).then(|| Party::Entity(doc.actor_of(e)))
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
        if t.kind != TokenKind::Word && !inner || ctx.tok_quote[s - 1].is_some() || lex.cues.contains_key(l) || lex.stopwords.contains(l) && !inner {
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

/// The party that does the demanding at verb `c`.
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

pub(super) fn demander(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> Option<(Party, usize)> {
    // "X said Oslo would keep pressing Bergen to …", "the union has continued urging …": an
    // aspect verb before the participle of the cue; the subject is that verb's
    if c > a + 1 && doc.tokens[c].lower.ends_with("ing") && matches!(doc.tokens[c - 1].lower.as_str(), "keep" | "keeps" | "kept" | "continue" | "continues" | "continued") {
        return demander(doc, ctx, c - 1, a);
    }
    // ("France has for years pressed Algeria to …": a length of time between the auxiliary and
    // the verb; the subject is the auxiliary's)
    if let Some(f) = for_a_time_before(doc, c, a) {
        return demander(doc, ctx, f, a);
    }
    // ("Roe said the state would ask the court to block it", "the provincial government will
    // urge …": "the state", "the province" or its government, lower-case, as the subject of a
    // clause is the region the story names most, as it is when asked (`addressee_at`))
    if let Some(s) = region_subject(doc, c, a) {
        if let Some(r) = main_region(doc) {
            return Some((Party::Entity(r), s));
        }
    }
    // "The head of the Vexmoor committee, Senator Jane Roe, called on …": the person named in
    // apposition right before the verb, not the description that opens the clause
    if c > a + 2 && doc.tokens[c - 1].lower == "," {
        if let Some(m) = ctx.tok_mention[c - 2].map(|m| &doc.mentions[m]) {
            let start = doc.token_at(m.span.start);
            // (the appositive opens after a comma, maybe with a title before the name)
            let mut s = start;
            while s > a && crate::extract::names::title_at(doc, s - 1, start).is_some_and(|(e, _)| e == start) {
                s -= 1;
            }
            // (not the object of "by" in an aside that opens with a preposition: "The union, in a
            // statement signed by its president, Jane Roe, demanded …" is the union's)
            let aside = (a + 1..s).find(|&j| doc.tokens[j].lower == ",").filter(|&p| doc.tokens.get(p + 1).is_some_and(|x| matches!(x.lower.as_str(), "in" | "through" | "via")) && (p + 2..s).any(|j| doc.tokens[j].lower == "by"));
            if let Some(p) = aside {
                if let Some(party) = np_at(doc, ctx, a, p).filter(|np| np.end == p).and_then(|np| actor_party(doc, &np)) {
                    return Some((party, a));
                }
            }
            if doc.entities[m.entity].kind == EntityKind::Person && s > a && doc.tokens[s - 1].lower == "," {
                return Some((Party::Entity(m.entity), a));
            }
            // ("A civil society group, the Patients' Alliance, called on …": a body after a
            // description of a body, whose head is no office nor noun for a person)
            let lex = Lexicon::get();
            let s = if s > a && doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
            let body = doc.entities[m.entity].kind == EntityKind::Organization
                && s > a + 1
                && doc.tokens[s - 1].lower == ","
                && matches!(doc.tokens[a].lower.as_str(), "a" | "an" | "the")
                && (a..s - 1).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap || j == a)
                && { let h = doc.tokens[s - 2].lower.as_str(); !lex.person_nouns.contains(h) && !lex.titles.contains_key(h) && (lex.speaker_nouns.contains(h) || lex.org_words.contains(h)) };
            if body {
                return Some((Party::Entity(m.entity), a));
            }
        }
    }
    // "“…,” she said, calling on X to …": a participle after a speech verb and its comma
    // shares that verb's subject
    // ("“…,” X wrote on Telegram, calling on …", "X said in a statement, urging …": the
    // speech verb's venue or addressee may stand between)
    let speech_cue = |j: usize| Lexicon::get().cues.get(&doc.tokens[j].lower).is_some_and(|x| matches!(x.lemma, "say" | "tell" | "add" | "write" | "post" | "tweet"));
    let said_at = (c > a + 2 && doc.tokens[c].lower.ends_with("ing") && doc.tokens[c - 1].lower == ",")
        .then(|| (c.saturating_sub(7).max(a + 1)..c - 1).rev().take_while(|&j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote).find(|&j| speech_cue(j)))
        .flatten();
    if let Some(v) = said_at {
        if let Some(p) = subject_before(doc, ctx, v, a).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start))) {
            return Some(p);
        }
    }
    // "Jane Roe, who had long urged the council to …": the actor named before ", who"
    // ("Oslo, which has long called on its neighbours to …": a state or body before ", which")
    let mut w = c;
    // ("the World Bank, which last week urged Norway to …": a time between)
    // ("Jane Roe, who on Friday called on Oslo to …": a day too)
    while w > a + 2 && c < w + 4 && (matches!(doc.tokens[w - 1].lower.as_str(), "has" | "had" | "have" | "also" | "again" | "repeatedly" | "previously" | "long" | "once" | "already" | "recently" | "last" | "this" | "earlier" | "week" | "month" | "year" | "on" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "yesterday" | "today") || doc.tokens[w - 1].lower.ends_with("ly") && doc.tokens[w - 1].lower.len() > 4) {
        w -= 1;
    }
    let relative = w > a + 2 && doc.tokens[w - 2].lower == "," && matches!(doc.tokens[w - 1].lower.as_str(), "who" | "which");
    if relative {
        let which = doc.tokens[w - 1].lower == "which";
        // ("the measures ordered by the court in December 2023, which told Venezuela to …": a
        // date in "in" between the body and the comma is no part of the antecedent)
        let month = |j: usize| crate::lexicon::is_month(&doc.tokens[j].lower);
        let year = |j: usize| doc.tokens[j].kind == TokenKind::Number && doc.tokens[j].lower.len() == 4;
        let mut e = w - 2;
        if e > a + 2 && (year(e - 1) || month(e - 1)) {
            let mut j = e - 1;
            if year(j) && j > a + 1 && month(j - 1) {
                j -= 1;
            }
            if j > a + 1 && doc.tokens[j - 1].lower == "in" {
                e = j - 1;
            }
        }
        if let Some(m) = ctx.tok_mention[e - 1].map(|m| &doc.mentions[m]).filter(|m| (doc.entities[m.entity].kind.is_actor() || which && doc.entities[m.entity].stands_for.is_some()) && !(which && doc.entities[m.entity].kind == EntityKind::Person)) {
            return Some((Party::Entity(doc.actor_of(m.entity)), doc.token_at(m.span.start)));
        }
    }
    // ("Farmers staged protests across France demanding …": a participle after a place or
    // body governed by a preposition modifies the clause, whose subject demands, not that object)
    let participle = doc.tokens[c].lower.ends_with("ing");
    // ("had written to the council to ask it to …": an infinitive of purpose after those written
    // to, as the participle "asking")
    let purpose = !participle && c > a + 3 && doc.tokens[c - 1].lower == "to" && matches!(doc.tokens[c].lower.as_str(), "ask" | "urge" | "request" | "demand" | "press");
    let governed = |np: &Np| participle && np.start > a && PLACE_PREPOSITIONS.contains(&doc.tokens[np.start - 1].lower.as_str());
    // ("Lawmakers wrote to the government urging it to …": the one written to is asked, the
    // clause's subject asks)
    // ("the union would write to the regulator asking it to …": "write" in any form, also
    // the participle after "had": "it had written to the department asking it to …")
    // ("wrote to Prime Minister Jane Roe urging her to …": the subject found may be the name
    // without its title, which stands between it and "to")
    // ("sent a letter Tuesday to the regulator demanding …": the letter, and a time, between
    // the verb and "to")
    // (returns the verb)
    let written_to = |start: usize| {
        let mut s = start;
        while s > a + 2 && start - s < 4 && doc.tokens[s - 1].cap && doc.tokens[s - 1].kind == TokenKind::Word {
            s -= 1;
        }
        // ("had written to the UK Health Secretary Jane Roe to ask him to …": "the" before the
        // title is no word of the name)
        if s < start && s > a + 2 && doc.tokens[s - 1].lower == "the" && doc.tokens[s - 2].lower == "to" {
            s -= 1;
        }
        // ("had written to 34 smaller platforms asking them to …": a count the noun phrase
        // leaves out stands between "to" and those written to)
        if s == start && s > a + 2 && doc.tokens[s - 1].kind == TokenKind::Number && !doc.tokens[s].cap {
            s -= 1;
        }
        if !((participle || purpose) && s > a + 1 && doc.tokens[s - 1].lower == "to") {
            return None;
        }
        let v = time_before(doc, s - 1, a).checked_sub(1).filter(|&v| v >= a)?;
        if matches!(doc.tokens[v].lower.as_str(), "letter" | "letters" | "message" | "note" | "petition" | "memo" | "email") {
            let mut j = v;
            while j > a && matches!(doc.tokens[j - 1].lower.as_str(), "a" | "an" | "the" | "open" | "joint" | "formal" | "written" | "strongly-worded") {
                j -= 1;
            }
            return j.checked_sub(1).filter(|&j| j >= a && matches!(doc.tokens[j].lower.as_str(), "sent" | "wrote" | "addressed" | "delivered" | "submitted" | "handed" | "send" | "write" | "sends" | "writes"));
        }
        (crate::extract::np::past_verb(&doc.tokens[v]) || matches!(doc.tokens[v].lower.as_str(), "write" | "writes" | "writing" | "written")).then_some(v)
    };
    // (the writer: an actor opening the clause, else its words up to the verb `v` as written)
    let writer = |v: usize| {
        // ("X said the group would write to …": the actor right before the verb and its
        // auxiliaries, else the one opening the clause)
        let mut w = v;
        while w > a && matches!(doc.tokens[w - 1].lower.as_str(), "would" | "will" | "to" | "also" | "since" | "already" | "has" | "have" | "had" | "plans" | "planned" | "intends" | "intended") {
            w -= 1;
        }
        let nearest = (w < v).then(|| (a..w).find_map(|k| np_at(doc, ctx, k, w).filter(|s| s.end == w).and_then(|s| actor_party(doc, &s).map(|p| (p, s.start))))).flatten();
        nearest.or_else(|| (a..v).find_map(|k| np_at(doc, ctx, k, v).and_then(|s| actor_party(doc, &s).map(|p| (p, s.start))))).or_else(|| {
            let k = crate::extract::statements::after_opening_phrase(doc, ctx, a, v);
            (k < v && v - k <= 8 && (k..v).all(|j| doc.tokens[j].kind == TokenKind::Word)).then(|| (Party::Text(span(doc, k, v)), k))
        })
    };
    // (where the subject of `c` ends, worked out once for the tests below)
    let se = crate::extract::np::subject_end(doc, c, a);
    // ("wrote to Jane Roe urging her to …": a person written to, right before the participle,
    // is no subject the parse below finds)
    // ("wrote to Jane Roe on Monday urging …": a time between)
    let e = time_before(doc, if purpose { c - 1 } else { c }, a);
    let named_before = ((participle || purpose) && e > a + 2).then(|| ctx.tok_mention[e - 1]).flatten().map(|m| &doc.mentions[m]).filter(|m| m.span.end == doc.tokens[e - 1].span.end);
    if let Some(s) = named_before.and_then(|m| written_to(doc.token_at(m.span.start))) {
        return writer(s);
    }
    // ("would write to every local authority to ask them to …", "wrote to the governors of A
    // and B to ask …", "has written to some 30 heads of state to ask …": those written to are
    // no name right before the purpose's "to"; the "to" after a verb of writing or sending a
    // few words back, with no comma or quote between, gives the writer)
    if purpose && named_before.is_none_or(|m| written_to(doc.token_at(m.span.start)).is_none()) {
        let back = (c.saturating_sub(12).max(a + 2)..c - 1).rev().take_while(|&j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == "to");
        let sent = |v: usize| write_form(&doc.tokens[v].lower) || matches!(doc.tokens[v].lower.as_str(), "sent" | "send" | "sends" | "addressed" | "delivered" | "submitted" | "handed");
        // (not a source in an opening phrase before the comma, "According to the palace, he
        // has since written to …": the writer stands after it)
        if let Some((p, k)) = back.and_then(|j| written_to(j + 1)).filter(|&v| sent(v)).and_then(|v| writer(v).filter(|&(_, k)| !(k..v).any(|j| doc.tokens[j].lower == ","))) {
            return Some((p, k));
        }
    }
    if let Some(np) = crate::extract::np::subject_before_ending(doc, ctx, c, a, false, Some(se)).map(|np| past_one_told(doc, ctx, np, c)) {
        if governed(&np) {
            return group_before_participle(doc, ctx, c, a, np.start - 1);
        }
        if let Some(s) = written_to(np.start) {
            return writer(s);
        }
        // ("Rep. Jane Roe of the opposition Harbor Party, who sits on the committee, demanded
        // …": "who" is the person's, named before "of" and the party)
        let who = doc.tokens.get(np.end).is_some_and(|t| t.lower == ",") && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower == "who");
        if who && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Organization) {
            let of = (np.start.saturating_sub(5).max(a + 1)..np.start).rev().find(|&j| doc.tokens[j].lower == "of");
            let person = of.and_then(|j| ctx.tok_mention[j - 1]).map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Person);
            if let Some(m) = person {
                return Some((Party::Entity(doc.actor_of(m.entity)), doc.token_at(m.span.start)));
            }
        }
        if let Some(p) = actor_party(doc, &np) {
            return Some((p, np.start));
        }
        // ("… and that Oregon had asked Canada for help": a state or province of the gazetteer
        // named alone as the subject right before the verb, or before its "has/had", asks as
        // its government; only here, not in `actor_party`, so a condition's or a modal's
        // subject and an addressee stay as they were)
        if c <= np.end + 1 && (np.end..c).all(|j| matches!(doc.tokens[j].lower.as_str(), "has" | "had" | "have")) {
            if let Some(e) = region_alone(doc, &np) {
                return Some((Party::Entity(e), np.start));
            }
        }
    }
    // "“Oslo demands an apology from X,” she said": a verb inside a quotation takes its
    // subject inside the same quotation
    if let Some(q) = ctx.tok_quote[c] {
        if let Some(np) = crate::extract::np::subject_before_ending(doc, ctx, c, a, true, Some(se)).filter(|np| (np.start..np.end).all(|j| ctx.tok_quote[j] == Some(q))) {
            if let Some(p) = actor_party(doc, &np) {
                return Some((p, np.start));
            }
        }
    }
    // "Roe said … and urged the US to …": a coordinated verb shares the clause's subject,
    // which opens the sentence or follows an opening phrase ("Speaking in Paris, Macron said …")
    // ("… and has repeatedly urged": auxiliaries and adverbs between, see `w` above)
    if w > a && matches!(doc.tokens[w - 1].lower.as_str(), "and" | "but" | "then") {
        let c = w;
        // ("…, has the backing of President Jane Roe, who wrote that Hale would win and urged
        // voters to …": a verb coordinated inside a relative clause, with no comma between,
        // has the antecedent of "who" for its subject)
        if let Some(p) = who_before(doc, ctx, a, c) {
            return Some(p);
        }
        let start = crate::extract::statements::after_opening_phrase(doc, ctx, a, c);
        // ("X told reporters that Roe had spoken with Y and had asked him to …": a verb
        // coordinated with the same auxiliary as the reported clause's own verb shares that
        // clause's subject, an actor right after "that", not the speaker's)
        let aux = doc.tokens[c].lower.as_str();
        if matches!(aux, "had" | "has" | "have" | "would" | "will") {
            let lex = Lexicon::get();
            let that = (start + 2..c).rev().find(|&x| doc.tokens[x].lower == "that" && (x.saturating_sub(6).max(start)..x).any(|j| !doc.tokens[j].cap && lex.cues.get(&doc.tokens[j].lower).is_some_and(|q| q.class == crate::lexicon::CueClass::Speech)));
            if let Some(np) = that.and_then(|x| np_at(doc, ctx, x + 1, c)).filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == aux)) {
                if let Some(p) = actor_party(doc, &np) {
                    return Some((p, c));
                }
            }
        }
        // the first person among the first words, else the first actor ("Its director, Jane
        // Roe, said … and urged", "Russia's envoy to the UN, Jane Roe, said … and demanded")
        let actors: Vec<(Party, usize)> = (start..c.min(start + 10)).filter_map(|k| np_at(doc, ctx, k, c).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start)))).collect();
        // (the person stands where a subject does: first, after a comma, or after capitalised
        // words and "the" only; not the object of the first verb, "Oslo expels Danish envoy
        // and demands apology")
        let subject_place = |k: usize| k == start || doc.tokens[k - 1].lower == "," || (start..k).all(|j| doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "the" | "'s" | "-"));
        // ("Tarrant's chairman, Jane Roe, said … and urged": a name before "'s" is the
        // possessor of the subject, not the subject, though the names found take it for a person)
        let possessor = |k: usize| doc.mention_at_token(k).is_some_and(|m| doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")));
        let person = |p: &Party, k: usize| subject_place(k) && !possessor(k) && matches!(p, Party::Entity(e) if doc.entities[*e].kind == EntityKind::Person);
        // (a second cue of saying merged into the statement of the first, "said … and warned
        // that …", "said … and accused …": one statement since the convention, which the
        // look-ups of the statement that opens the clause, `opened` and `spoke`, must not take
        // as if it ran on through an appeal, "said … and urged Y to …", as it always did; the
        // actors of the clause are read, as before the merge; which verbs are merged is the
        // statements' own test: a cue that is no cue of demanding, so "asked Y to …" is one and
        // "called on Y to …" not)
        let cue_start = doc.tokens[c].span.start;
        let merged_cue = crate::extract::statements::cue_at(doc, c).is_some_and(|(lemma, class, _, _)| class != crate::lexicon::CueClass::Demand && lemma != "speak");
        let runs_on = |st: &crate::model::Statement| !(merged_cue && st.cue_span.is_some_and(|s| s.start < cue_start));
        // ("Its office for Asia said … and urged": a description that opens the
        // sentence and speaks for a body named before; the statement it opens has that body)
        if !actors.iter().any(|&(_, k)| k == start) {
            let opened = doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start == doc.tokens[start].span.start && st.text.end >= doc.tokens[c].span.end && runs_on(st));
            if let Some(e) = opened.and_then(|st| st.speaker).filter(|&e| !actors.iter().any(|&(p, _)| p == Party::Entity(e))) {
                return Some((Party::Entity(e), c));
            }
            // ("The foreign ministers of the E3 said Iran's programme … and warned that …": the
            // unnamed speaker the statements found for the verb itself, when every actor found
            // stands after that speaker, in what was said)
            // (not a thing: "The police video has become a focal point for demonstrators, who …
            // called for …")
            let thing = |sp: &Span| doc.token_at(sp.end).checked_sub(1).is_some_and(|h| matches!(doc.tokens[h].lower.as_str(), "video" | "footage" | "clip" | "report" | "statement" | "document" | "letter" | "poll" | "survey" | "study" | "photo" | "image"));
            // (the statement of the verb itself, or the one of the cue it is coordinated with,
            // which runs on through it: "said … and warned that …" is one statement)
            let of_cue = |st: &&crate::model::Statement| st.kind == StatementKind::Reported && st.cue_span.is_some_and(|s| s.start == cue_start || s.start < cue_start && st.text.start <= s.start && cue_start < st.text.end && c > 0 && matches!(doc.tokens[c - 1].lower.as_str(), "and" | "but"));
            let at_cue = doc.statements.iter().filter(|st| st.speaker.is_none()).find(of_cue);
            if let Some(sp) = at_cue.and_then(|st| st.speaker_text).filter(|sp| !thing(sp) && actors.iter().all(|&(_, k)| doc.tokens[k].span.start >= sp.end)) {
                return Some((Party::Text(sp), c));
            }
            // ("A State Department spokesperson said … and encouraged Baghdad to …": the actor
            // the statements found for the verb itself, when no actor stands among the first
            // words to choose)
            if actors.is_empty() {
                if let Some(e) = doc.statements.iter().find(of_cue).and_then(|st| st.speaker) {
                    return Some((Party::Entity(e), c));
                }
            }
            // ("Indigenous leaders said they had not been consulted and demanded …": a speaker
            // no name gives, as written, when no actor stands among the first words)
            let lex = Lexicon::get();
            // (people or a body, not a report or a video: "The video … has become a focal point
            // for demonstrators, who … called for …")
            let speaks = |t: &Span| {
                doc.token_at(t.end).checked_sub(1).is_some_and(|h| {
                    let w = doc.tokens[h].lower.as_str();
                    lex.titles.contains_key(w) || lex.titles.contains_key(w.strip_suffix('s').unwrap_or(w)) || lex.person_nouns.contains(w) || matches!(w, "union" | "unions" | "party" | "government" | "group" | "groups" | "campaign" | "coalition" | "alliance" | "association" | "federation" | "committee" | "council" | "ministry")
                })
            };
            if let Some(t) = opened.filter(|st| st.speaker.is_none() && actors.is_empty()).and_then(|st| st.speaker_text).filter(speaks) {
                return Some((Party::Text(t), c));
            }
        }
        // ("The African Union's peace department, the PSD, said … and called on …": the
        // speaker the statements found for the clause, when it is among the actors named)
        let spoke = doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start == doc.tokens[start].span.start && st.text.end >= doc.tokens[c].span.end && runs_on(st)).and_then(|st| st.speaker);
        if let Some(e) = spoke.filter(|&e| actors.iter().any(|&(p, _)| p == Party::Entity(e)) && !actors.iter().any(|&(p, k)| person(&p, k))) {
            return Some((Party::Entity(e), c));
        }
        if let Some(&found) = actors.iter().find(|&&(p, k)| person(&p, k)).or(actors.first()) {
            // ("The head of the panel, former minister Jane Roe, said … and urged": the name
            // after a description that stands for the same person opens the demand's evidence)
            let named = |k: usize| doc.mention_at_token(k).is_some_and(|m| doc.mentions[m].kind == crate::model::MentionKind::Name && doc.token_at(doc.mentions[m].span.start) == k);
            if !named(found.1) {
                if let Some(&later) = actors.iter().find(|&&(p, k)| p == found.0 && k > found.1 && (found.1..k).any(|j| doc.tokens[j].lower == ",")) {
                    return Some((later.0, c));
                }
            }
            // (the evidence opens at the coordinated verb: "… and urged the US to …", as the
            // example gold has it)
            return Some((found.0, c));
        }
    }
    // "I have requested …" inside a quote: the quote's speaker
    // ("I'd ask everyone to …", "We'll urge …": the pronoun and its auxiliary written as one)
    // ("I'm asking Brussels not to …", "We're calling on …": the progressive's "am"/"are"
    // written with the pronoun too, as quoted speech mostly has it)
    // ("I will be asking X for …", "We will be calling on …": a progressive after "will be")
    let be = c > a + 2 && doc.tokens[c - 1].lower == "be" && doc.tokens[c].lower.ends_with("ing");
    let se = if be { crate::extract::np::subject_end(doc, c - 1, a) } else { se };
    if se > a && matches!(doc.tokens[se - 1].lower.as_str(), "i" | "we" | "i'd" | "we'd" | "i’d" | "we’d" | "i'll" | "we'll" | "i’ll" | "we’ll" | "i'm" | "we're" | "i’m" | "we’re") {
        if let Some(e) = quote_speaker(doc, ctx, c) {
            return Some((Party::Entity(e), if be { c - 2 } else { c - 1 }));
        }
    }
    // ("The court ordered …" after "the Anti-Corruption Court": the one body whose name
    // ends in that word)
    // (asked once for both tests)
    let loose = loose_subject(doc, ctx, c, a);
    // (not the one written to: "it had written to the department asking it to …" is the
    // writer's, below)
    if let Some((s, e)) = loose.filter(|&(s, _)| written_to(s).is_none()) {
        if let Some((ent, _)) = crate::extract::np::org_by_head(doc, s, e + 1).filter(|&(_, end)| end == e) {
            return Some((Party::Entity(ent), s));
        }
    }
    if let Some((s, e)) = loose {
        if let Some(s) = written_to(s) {
            return writer(s);
        }
        // ("Britain, which holds the council's pen, circulated a draft statement demanding …":
        // a loose subject that opens with the clause's own verb follows a relative clause in
        // commas; the subject stands before it)
        if doc.tokens[c].lower.ends_with("ing") && s >= a + 4 && doc.tokens[s - 1].lower == "," && crate::extract::np::past_verb(&doc.tokens[s]) {
            let rel = (a + 1..s - 1).rev().take_while(|&j| doc.tokens[j].lower != "," || doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "which" | "who"))).find(|&j| doc.tokens[j].lower == "," && matches!(doc.tokens[j + 1].lower.as_str(), "which" | "who"));
            if let Some(np) = rel.and_then(|j| crate::extract::np::subject_before(doc, ctx, j, a)).filter(|np| np.start >= a) {
                if let Some(p) = actor_party(doc, &np) {
                    return Some((p, np.start));
                }
            }
        }
        // ("X's report advises that …": the report's owner)
        if let Some(o) = crate::extract::statements::owners_document(doc, ctx, s, e) {
            return Some((Party::Entity(o), s));
        }
        // ("A State Department spokesman urged …": the body a spokesperson or official speaks
        // for asks, as it says in `statements`)
        if let Some(o) = crate::extract::statements::spokesperson_body(doc, ctx, s, e) {
            return Some((Party::Entity(doc.actor_of(o)), s));
        }
        // ("The commission's expert panel ordered …": a body's panel asks as the body)
        if let Some(o) = (s + 2..=e).find_map(|x| crate::extract::statements::panel_of_body(doc, ctx, s, x)) {
            return Some((Party::Entity(o), s));
        }
        // ("At least 40 MPs have signed a letter urging …": a loose subject that opens with the
        // clause's own verb after its auxiliary; the words before the auxiliary ask, as written)
        if doc.tokens[c].lower.ends_with("ing") && s >= a + 2 && crate::extract::np::past_verb(&doc.tokens[s]) && matches!(doc.tokens[s - 1].lower.as_str(), "have" | "has" | "had") {
            let k = crate::extract::statements::after_opening_phrase(doc, ctx, a, s - 1);
            // ("But more than 40 MPs have signed …": a sentence's opening conjunction is no
            // part of who asks)
            let k = if k + 2 < s && matches!(doc.tokens[k].lower.as_str(), "but" | "and" | "yet" | "so") { k + 1 } else { k };
            if k + 1 < s && s - 1 - k <= 8 && (k..s - 1).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number)) {
                // (an actor there asks as itself: "The Harbor Party has sent a letter urging …")
                let actor = np_at(doc, ctx, k, s - 1).filter(|np| np.end == s - 1).and_then(|np| actor_party(doc, &np));
                return Some((actor.unwrap_or(Party::Text(span(doc, k, s - 1))), k));
            }
        }
        // ("The union issued a statement urging …": before a participle, the subject ends
        // at the clause's own verb)
        // ("with 100 MPs signing a letter urging …": or at the participle that brings the letter)
        let brings = |j: usize| matches!(doc.tokens[j].lower.as_str(), "signing" | "sending" | "writing" | "issuing" | "publishing" | "releasing");
        let e = if doc.tokens[c].lower.ends_with("ing") { (s + 1..e).find(|&j| crate::extract::np::past_verb(&doc.tokens[j]) || brings(j)).unwrap_or(e) } else { e };
        // ("Roe, Smith and Varga issued a statement urging …": the first of those named
        // before the verb, where the loose subject took the last alone)
        if let Some(np) = (e < c && crate::extract::np::past_verb(&doc.tokens[e])).then(|| crate::extract::np::subject_before(doc, ctx, e, a)).flatten().filter(|np| np.end == e && np.start < s) {
            if let Some(p) = actor_party(doc, &np) {
                return Some((p, np.start));
            }
        }
        return Some((Party::Text(span(doc, s, e)), s));
    }
    if doc.tokens[c].lower.ends_with("ing") && c > a + 2 && doc.tokens[c - 1].lower == "," {
        if let Some(p) = group_before_participle(doc, ctx, c, a, c) {
            return Some(p);
        }
    }
    // "X issued a declaration demanding that …", "X wrote a letter urging …": the clause's subject
    if doc.tokens[c].lower.ends_with("ing") {
        let np = (a..c.min(a + 4)).find_map(|k| np_at(doc, ctx, k, c))?;
        return actor_party(doc, &np).map(|p| (p, np.start));
    }
    None
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
    if doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "that" | "who" | "which")) && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && (t.lower.ends_with('s') || t.lower.ends_with("ed")) && !matches!(t.lower.as_str(), "this" | "its" | "his" | "was" | "is" | "has" | "does" | "us")) {
        let takes_infinitive = |j: usize| {
            let w = doc.tokens[j].lower.as_str();
            matches!(w, "want" | "wants" | "wanted" | "plans" | "planned" | "hopes" | "hoped" | "needs" | "needed" | "tries" | "tried" | "seeks" | "sought" | "agreed" | "agrees" | "refused" | "refuses" | "failed" | "fails" | "continues" | "continued" | "has" | "had" | "have" | "going" | "able" | "used" | "wishes" | "wished" | "intends" | "intended" | "declined" | "declines" | "promised" | "promises" | "chose" | "chooses" | "decided" | "decides")
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
/// state his role is of, when the article gives one; and where the phrase ends.
fn leader_named_government(doc: &Doc, ctx: &Ctx, k: usize) -> Option<(Party, usize)> {
    if doc.tokens.get(k)?.lower != "the" {
        return None;
    }
    let m = ctx.tok_mention.get(k + 1).copied().flatten().filter(|&m| doc.token_at(doc.mentions[m].span.start) == k + 1)?;
    let p = doc.mentions[m].entity;
    let end = doc.token_at(doc.mentions[m].span.end);
    if doc.entities[p].kind != EntityKind::Person || !doc.tokens.get(end).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "government" | "administration")) {
        return None;
    }
    crate::extract::np::governed_state(doc, p).map(|s| (Party::Entity(s), end + 1))
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
    let m = ctx.tok_mention.get(c + 1).copied().flatten()?;
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
        let m = ctx.tok_mention[j].filter(|&m| doc.token_at(doc.mentions[m].span.start) == j && to_after(m))?;
        let e = doc.actor_of(doc.mentions[m].entity);
        let end = doc.token_at(doc.mentions[m].span.end);
        let end = if doc.tokens[end].lower == "(" { end + 3 } else { end };
        matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Person | EntityKind::Country).then_some((e, end))
    });
    if let Some((e, end)) = described {
        return (Some(Party::Entity(e)), end);
    }
    let clause_subject = |j: usize| j > k && ctx.tok_mention[j].is_some_and(|m| !to_after(m)) && doc.tokens[j - 1].kind == TokenKind::Word && !doc.tokens[j - 1].cap && !lex.stopwords.contains(&doc.tokens[j - 1].lower);
    while j < b && j < k + 14 && !matches!(doc.tokens[j].lower.as_str(), "to" | "," | "." | "that" | "and" | "is" | "was" | "are" | "were" | "not" | "he" | "she" | "they" | "we" | "i" | "it") && !(j > k && time_phrase_end(doc, j).is_some()) && !clause_subject(j) {
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
        if let Some(r) = main_region(doc) {
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
