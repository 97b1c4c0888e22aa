//! Speakers: the actor a cue's subject, a quote's tag, an apposition or a relative clause names.

use super::*;

mod before;

use self::before::Tag;

pub(super) fn tspan(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b.max(a + 1) - 1].span.end)
}

/// "Interfax quoted Deputy Foreign Minister X as saying …", "TASS cited a Kremlin spokesman as
/// saying …" (the cue "saying" at `c`): the one quoted speaks, not the agency that quotes
/// (a passive "X was quoted as saying" is `subject_end`'s).
pub(super) fn quoted_as_saying(doc: &Doc, ctx: &Ctx, c: usize, lo: usize, cue_span: Span) -> Option<Attribution> {
    if c < lo + 3 || doc.tokens[c].lower != "saying" || doc.tokens[c - 1].lower != "as" {
        return None;
    }
    let q = (lo.max(c.saturating_sub(14))..c - 1).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"))?;
    if q + 1 >= c - 1 || q > lo && matches!(doc.tokens[q - 1].lower.as_str(), "was" | "were" | "is" | "are" | "been" | "being") {
        return None;
    }
    let (s, mut e) = (q + 1, c - 1);
    // ("quoted a Chilean official, who asked not to be named, as saying": a relative clause
    // between commas after the one quoted is no part of who it is)
    if doc.tokens[e - 1].lower == "," {
        if let Some(j) = (s + 1..e - 1).find(|&j| doc.tokens[j].lower == "," && matches!(doc.tokens[j + 1].lower.as_str(), "who" | "which")) {
            e = j;
        }
    }
    if let Some(np) = np_at(doc, ctx, s, e).filter(|np| np.end == e) {
        let speakers: Vec<usize> = np.entities.iter().copied().filter(|&x| doc.entities[x].kind.is_actor()).collect();
        if !speakers.is_empty() {
            return Some(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (s, e) });
        }
    }
    // (an unnamed one: the body a spokesperson is named with, "a Kremlin spokesman", else as
    // written, "officials")
    if let Some(body) = spokesperson_body(doc, ctx, s, e) {
        return Some(Attribution { speakers: vec![body], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (s, e) });
    }
    ((s..e).all(|j| doc.tokens[j].kind == TokenKind::Word || matches!(doc.tokens[j].lower.as_str(), "'s" | "’s" | "-" | ".")) && e - s <= 8)
        .then(|| Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (s, e) })
}

/// Who a statement is attributed to, and by which words.
#[derive(Clone)]
pub(super) struct Attribution {
    /// Resolved actors (several for "Peru and Chile accused …").
    pub(super) speakers: Vec<usize>,
    /// An unnamed speaker phrase, when no actor is named.
    pub(super) text: Option<Span>,
    pub(super) cue: String,
    pub(super) cue_span: Span,
    /// Token range of the speaker phrase.
    pub(super) subject: (usize, usize),
}

impl Attribution {
    /// ("…, according to the Russian news agency Vexpress", "…, according to the state
    /// broadcaster": a source named as a medium, `venue`'s news agency, newspaper or channel,
    /// carries someone's words and speaks none of its own.) Whether a speaker this attribution
    /// names is so named in its speaker phrase.
    pub(super) fn relayed_by_medium(&self, doc: &Doc) -> bool {
        let (s, e) = self.subject;
        (s..e.min(doc.tokens.len())).any(|j| {
            doc.mention_at_token(j).is_some_and(|m| doc.token_at(doc.mentions[m].span.start) == j && self.speakers.contains(&doc.actor_of(doc.mentions[m].entity)) && crate::extract::np::venue(doc, m, doc.token_at(doc.mentions[m].span.end)))
        })
    }
}

/// The speaker of a verb at `c`: an actor phrase right before it, else an unnamed speaker phrase.
/// "A spokesman for the group, who gave his name as Jane Roe, told AFP", "a resident, who gave
/// her name only as Maria, said", "…, who identified himself as Tom Hale, said": the person the
/// relative clause right before the cue at `c` names speaks, not the description before it.
/// Returns where the description opens and the person.
pub(super) fn self_named_relative(doc: &Doc, ctx: &Ctx, c: usize, lo: usize) -> Option<(usize, usize)> {
    // (the cheapest test first: a comma right before the cue)
    if c < lo + 8 || doc.tokens[c - 1].lower != "," {
        return None;
    }
    let m = ctx.tok_mention.at(c - 2)?;
    let e = doc.actor_of(doc.mentions[m].entity);
    if doc.entities[e].kind != EntityKind::Person || doc.token_at(doc.mentions[m].span.end) != c - 1 {
        return None;
    }
    // (a rank or an honorific before the name: "as Major Roe", "as Mr Roe")
    let lex = Lexicon::get();
    let mut a = doc.token_at(doc.mentions[m].span.start);
    while a > lo && doc.tokens[a - 1].cap && lex.titles.contains_key(&doc.tokens[a - 1].lower) {
        a -= 1;
    }
    if a < lo + 5 || doc.tokens[a - 1].lower != "as" {
        return None;
    }
    let mut k = a - 1;
    if matches!(doc.tokens[k - 1].lower.as_str(), "only" | "simply" | "just") {
        k -= 1;
    }
    let w = |j: usize| doc.tokens[j].lower.as_str();
    // ("gave his name as", "gave only her first name as", "identified himself as")
    if matches!(w(k - 1), "himself" | "herself") && w(k - 2) == "identified" {
        k -= 2;
    } else if matches!(w(k - 1), "name" | "surname") {
        k -= 1;
        if matches!(w(k - 1), "first" | "full" | "last" | "family") && k > lo + 3 {
            k -= 1;
        }
        if !matches!(w(k - 1), "his" | "her" | "their") || k < lo + 3 {
            return None;
        }
        k -= 1;
        if matches!(w(k - 1), "only" | "just") {
            k -= 1;
        }
        if !matches!(w(k - 1), "gave" | "gives" | "give") {
            return None;
        }
        k -= 1;
    } else {
        return None;
    }
    // (", who gave …", ", who later gave …")
    let who = (lo + 1..k).rev().take(3).find(|&j| w(j) == "who").filter(|&j| w(j - 1) == ",")?;
    // the description before the relative clause, back to a comma or the clause's start
    let start = (lo..who - 1).rev().take(12).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || matches!(w(j), "'s" | "’s" | "-")).last().unwrap_or(who - 1);
    Some((start, e))
}

/// The person named before the ", who" whose relative clause runs, with no comma outside
/// quotations, up to token `c` (from `lo`): its mention's first and end tokens and entity.
pub(super) fn who_antecedent(doc: &Doc, ctx: &Ctx, lo: usize, c: usize) -> Option<(usize, usize, usize)> {
    let x = (lo + 2..c).rev().take_while(|&j| doc.tokens[j].lower != "," || ctx.tok_quote.at(j).is_some()).find(|&j| doc.tokens[j].lower == "who" && ctx.tok_quote.at(j).is_none())?;
    if doc.tokens[x - 1].lower != "," {
        return None;
    }
    let m = &doc.mentions[ctx.tok_mention.at(x - 2)?];
    let e = doc.actor_of(m.entity);
    (doc.entities[e].kind == crate::model::EntityKind::Person).then(|| (doc.token_at(m.span.start), doc.token_at(m.span.end), e))
}

/// The speaker of the cue at `c` (its words up to `ce`) named before it in the clause from
/// `lo`: each case a method of `Tag` (`speakers/before.rs`), then, once the subject's end is
/// read, of `Subject` (`speakers/before/`: `bodies.rs`, `antecedents.rs`, `named.rs`,
/// `phrases.rs`), in order; the first that answers speaks.
pub(super) fn speaker_before(doc: &Doc, ctx: &Ctx, c: usize, ce: usize, lo: usize) -> Option<Attribution> {
    let t = Tag::new(doc, ctx, c, ce, lo);
    first_case!(
        t.quoted().map(Some),
        t.self_named().map(Some),
        t.coordinated_in_relative().map(Some);
        t.subject().speaker()
    )
}

/// "The regional government said …", "…, the state government said on Tuesday" (the cue at
/// `c`, the clause from `lo`): a region's government named by its level alone, lower-case,
/// speaking, is the region the story names most, as it is when it urges
/// (`demands::region_subject`). Returns the subject's tokens and the region. Not "the state" or
/// "the province" alone (a clause said by another: "X said the province had received only
/// “…”"), nor a government inside what another says ("wrote that the state government had
/// …").
pub(super) fn regional_government(doc: &Doc, c: usize, lo: usize) -> Option<(usize, usize, usize)> {
    // (the word before the cue asked first: most cues have no government before them)
    if c < lo + 3 || !(c - 3..c).any(|j| doc.tokens[j].lower == "government") {
        return None;
    }
    let s = crate::extract::demands::region_subject(doc, c, lo)?;
    if doc.tokens[s + 2].lower != "government" || s > 0 && (doc.tokens[s - 1].lower == "that" || Lexicon::get().cues.contains_key(&doc.tokens[s - 1].lower)) {
        return None;
    }
    let region = crate::extract::demands::main_region(doc)?;
    Some((s, s + 3, region))
}

/// The UN agencies the lexicon lists, by the names their nodes take.
pub(super) const UN_AGENCIES: &[&str] = &["WFP", "UNHCR", "UNICEF", "OCHA", "UNRWA", "UNESCO", "UNAIDS", "UN Women", "World Health Organization", "International Organization for Migration", "International Labour Organization", "International Atomic Energy Agency"];

/// "the UN agency", "the U.N. agency" (tokens `s..e`): the UN agency named last before it,
/// within the two paragraphs before.
pub(super) fn un_agency_again(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    if e != s + 3 || doc.tokens[e - 1].lower != "agency" || doc.tokens[s].lower != "the" || !matches!(doc.tokens[s + 1].lower.as_str(), "un" | "u.n." | "u.n") {
        return None;
    }
    let pos = doc.tokens[s].span.start;
    let para = doc.sentence_at(pos).map(|x| doc.sentences[x].paragraph)?;
    let i = doc.mentions.partition_point(|m| m.span.end <= pos);
    doc.mentions[..i]
        .iter()
        .rev()
        .take_while(|m| doc.sentence_at(m.span.start).is_some_and(|x| doc.sentences[x].paragraph + 2 >= para))
        .map(|m| doc.actor_of(m.entity))
        .find(|&a| doc.entities[a].kind == EntityKind::Organization && UN_AGENCIES.contains(&doc.entities[a].name.as_str()))
}

/// Whether the participle at `c` stands right after a noun inside a prepositional phrase that
/// opens the sentence `a..b` and ends with a comma before the main clause ("In a statement
/// announcing the decision, …", "With a letter urging calm, …").
pub(super) fn participle_in_opening_phrase(doc: &Doc, a: usize, c: usize, b: usize) -> bool {
    const OPENERS: &[&str] = &["in", "with", "through", "under", "after", "following", "during", "at", "via"];
    if c < a + 3 || !OPENERS.contains(&doc.tokens[a].lower.as_str()) {
        return false;
    }
    let prev = &doc.tokens[c - 1];
    prev.kind == TokenKind::Word
        && !matches!(prev.lower.as_str(), "is" | "was" | "are" | "were" | "be" | "been" | "being" | "and" | "or" | "by" | "without" | "of")
        && (a..c).all(|j| doc.tokens[j].lower != "," && doc.tokens[j].kind != TokenKind::Quote)
        && (c + 1..b.min(c + 25)).any(|j| doc.tokens[j].lower == ",")
}

/// "Officials who spoke at the harbor meeting said …", "Residents who met the mayor on
/// Monday said …", "Groups that represent dock workers said …": an unnamed plural subject (a bare plural noun for people, or one led by a
/// count or "some"/"many"/"several") and its relative clause, up to the cue at `c` (whose
/// subject ends at `se`); the verb of the clause may be a cue itself, and what it names (a
/// person, a body) is no speaker. The phrase as written, from the clause start.
pub(super) fn relative_antecedent(doc: &Doc, ctx: &Ctx, lo: usize, se: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    // the "who" (or "that": "Groups that represent dock workers said …") within the few words
    // before the cue, in the same clause
    let w = (lo.max(se.saturating_sub(12))..se).rev().take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | ".")).find(|&j| matches!(doc.tokens[j].lower.as_str(), "who" | "that"))?;
    if w + 2 > se || (w + 1..se).any(|j| matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | "." | "who" | "that" | "and" | "but") || ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind == TokenKind::Quote) {
        return None;
    }
    // ("that" right before a determiner or a pronoun is a complement, not a relative pronoun)
    if doc.tokens[w].lower == "that" && matches!(doc.tokens[w + 1].lower.as_str(), "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "its" | "their" | "our" | "my") {
        return None;
    }
    // (a relative clause that is itself the statement, "… who said …", is not this)
    if crate::extract::np::is_pronoun(&doc.tokens[w + 1].lower) || cue_at(doc, w + 1).is_some_and(|(lemma, ..)| lemma == "say") {
        return None;
    }
    let h = w.checked_sub(1).filter(|&h| h >= lo)?;
    let head = doc.tokens[h].lower.as_str();
    let plural = head.len() > 3 && head.ends_with('s') || matches!(head, "people" | "men" | "women" | "fishermen" | "children");
    if !plural || !(lex.person_nouns.contains(head) || lex.speaker_nouns.contains(head)) || doc.tokens[h].cap && h > lo && doc.tokens[h - 1].kind != TokenKind::Punct {
        return None;
    }
    // the phrase opens the clause: at most a count or quantifier and two adjectives before the head
    let start = (lo.max(h.saturating_sub(3))..=h).find(|&j| j == lo || matches!(doc.tokens[j - 1].lower.as_str(), "," | ";" | ":" | "." | "and" | "but"))?;
    let words = (start..h).all(|j| doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].kind == TokenKind::Number);
    let first = doc.tokens[start].lower.as_str();
    // (or one or two modifiers in lower case, the first capitalised only for opening the
    // sentence: "Reinsurance firms that had backed the dam agreed …")
    let modifiers = (start..h).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && (j == start && j == lo || !doc.tokens[j].cap));
    let led = start == h || modifiers || doc.tokens[start].kind == TokenKind::Number || crate::lexicon::is_count_word(first) || matches!(first, "some" | "many" | "several" | "most" | "other" | "local" | "senior");
    (words && led && !(start..h).any(|j| lex.cues.contains_key(&doc.tokens[j].lower))).then_some((start, se))
}

/// "A review of harbour fees that rose after the merger shows …", "The weekly quay survey,
/// which covers both towns, found that …": a poll, study or analysis that opens its
/// sentence, with a long modifier (a relative clause, a participle phrase) before "shows" or
/// "found" at `c`, is the source as written, from the sentence start to the verb.
pub(super) fn findings_phrase(doc: &Doc, ctx: &Ctx, c: usize, lo: usize) -> Option<(usize, usize)> {
    const FINDINGS: &[&str] = &["poll", "polls", "survey", "surveys", "study", "studies", "analysis", "review", "average", "audit", "report"];
    const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those", "another", "new", "recent"];
    if !cue_at(doc, c).is_some_and(|(lemma, ..)| matches!(lemma, "show" | "find")) {
        return None;
    }
    let mut a = after_date_opening(doc, lo, c);
    // ("Yet, a 2014 study by … found": a connective opening the sentence is no part of it)
    if doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "yet" | "but" | "however" | "still" | "meanwhile" | "and")) {
        a += 1 + usize::from(doc.tokens.get(a + 1).is_some_and(|x| x.lower == ","));
    }
    if !DETERMINERS.contains(&doc.tokens.get(a)?.lower.as_str()) {
        return None;
    }
    // the head within the first words, after modifiers only (names, adjectives, numbers)
    let h = (a + 1..(a + 11).min(c)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) || doc.tokens[j].lower == "/").find(|&j| FINDINGS.contains(&doc.tokens[j].lower.as_str()))?;
    // no quotation, no other clause (a colon, a semicolon, a speech verb) before the verb
    // (a plural's possessive apostrophe is no quotation mark: "anglers’ families")
    let apostrophe = |j: usize| matches!(doc.tokens[j].lower.as_str(), "’" | "'") && j > a && doc.tokens[j - 1].lower.ends_with('s') && doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Word);
    if (a..c).any(|j| (ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind == TokenKind::Quote) && !apostrophe(j) || matches!(doc.tokens[j].lower.as_str(), ";" | ":" | "said" | "says" | "told")) || c - a > 30 {
        return None;
    }
    // (the verb's auxiliaries and adverbs are not the phrase's, nor a comma closing it)
    let mut e = c;
    while e > h + 1 && (matches!(doc.tokens[e - 1].lower.as_str(), "," | "has" | "have" | "had" | "also" | "likewise" | "again") || doc.tokens[e - 1].lower.ends_with("ly") && doc.tokens[e - 1].lower.len() > 4) {
        e -= 1;
    }
    (e > h).then_some((a, e))
}

/// "Anglers rarely agree, but they say the ferry is a mistake": "they" at `p` stands for the
/// bare plural that opens its sentence (with a quantifier or modifiers) when no actor is named
/// between; that phrase's tokens.
/// "Germany, France and Italy met on Monday. They said …": "they" opening its clause after a
/// sentence whose subject is a list of actors is all of them (the sentence before, in the
/// same paragraph, with no other actor named between).
pub(super) fn list_antecedent(doc: &Doc, ctx: &Ctx, p: usize) -> Option<Vec<usize>> {
    if doc.tokens[p].lower != "they" || ctx.tok_quote.at(p).is_some() {
        return None;
    }
    let si = doc.sentence_at(doc.tokens[p].span.start)?;
    let (sa, _) = doc.sentences[si].tokens;
    if p != sa || si == 0 || doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph {
        return None;
    }
    let (pa, pb) = doc.sentences[si - 1].tokens;
    let np = np_at(doc, ctx, pa, pb)?;
    let actors: Vec<usize> = np.entities.iter().map(|&e| doc.actor_of(e)).filter(|&e| doc.entities[e].kind.is_actor()).collect();
    let others = (np.end..pb).any(|j| ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind.is_actor()));
    (actors.len() >= 2 && !others).then_some(actors)
}

pub(super) fn plural_antecedent(doc: &Doc, ctx: &Ctx, p: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    if doc.tokens[p].lower != "they" || ctx.tok_quote.at(p).is_some() {
        return None;
    }
    let se = p + 1;
    let (sa, _) = sentence_tokens(doc, p);
    let plural = |j: usize| {
        let l = doc.tokens[j].lower.as_str();
        // (people: a noun for them or an agent's ending, not "prices" or "shares")
        let people = lex.speaker_nouns.contains(l) || lex.person_nouns.contains(l) || ["ers", "ors", "ists", "ans", "ents"].iter().any(|x| l.ends_with(x));
        doc.tokens[j].kind == TokenKind::Word && l.len() > 4 && people && !lex.stopwords.contains(l) && !lex.cues.contains_key(l)
    };
    let k = if doc.tokens.get(sa).is_some_and(|x| matches!(x.lower.as_str(), "many" | "most" | "some" | "few" | "several")) { sa + 1 } else { sa };
    // (the head within three words, all of them plain words of no name: "Many young voters")
    let h = (k..(k + 3).min(se - 1)).find(|&j| plural(j))?;
    if (sa..=h).any(|j| ctx.tok_mention.at(j).is_some() || ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind != TokenKind::Word || j > sa && doc.tokens[j].cap) {
        return None;
    }
    // (a verb follows the head, and "they" stands in a later clause with no actor named between)
    let verb_next = doc.tokens.get(h + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "of" | "and" | "or" | "in" | "for" | "from" | "who" | "that" | "with" | "at" | "on"));
    let later_clause = (h + 1..se - 1).any(|j| matches!(doc.tokens[j].lower.as_str(), "," | "but" | "and" | ";"));
    let named_between = (h + 1..se - 1).any(|j| ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind.is_actor()));
    (verb_next && later_clause && !named_between).then_some((sa, h + 1))
}

/// "The federation, FIFA, said": the organisation or state named between the commas after an
/// unnamed speaker phrase ending at `e`, right before the cue at `c` (auxiliaries aside).
pub(super) fn named_in_apposition(doc: &Doc, ctx: &Ctx, e: usize, c: usize) -> Option<usize> {
    if doc.tokens.get(e).is_none_or(|x| x.lower != ",") {
        return None;
    }
    // ("the operator, the Tilden-based Harbor Lines, said": an article and a
    // "<place>-based" before the name)
    let mut k = e + 1;
    if doc.tokens.get(k).is_some_and(|x| x.lower == "the") {
        k += 1;
    }
    if doc.tokens.get(k).is_some_and(|x| x.lower.rsplit_once('-').is_some_and(|(h, p)| !h.is_empty() && p == "based")) {
        k += 1;
    }
    let m = ctx.tok_mention.get(k)?;
    let ent = doc.mentions[m].entity;
    let mut end = doc.token_at(doc.mentions[m].span.end);
    // ("the army's press office, the Joint Information Bureau (JIB), said": its
    // initials in brackets after the name)
    if doc.tokens.get(end).is_some_and(|x| x.lower == "(") && doc.tokens.get(end + 2).is_some_and(|x| x.lower == ")") && doc.tokens.get(end + 1).is_some_and(|x| x.cap) {
        end += 3;
    }
    let closes = doc.tokens.get(end).is_some_and(|x| x.lower == ",") && crate::extract::np::subject_end(doc, c, end) == end + 1;
    (closes && doc.mentions[m].span.start == doc.tokens[k].span.start && matches!(doc.entities[ent].kind, crate::model::EntityKind::Organization | crate::model::EntityKind::Country)).then_some(ent)
}

/// "Environmentalists worry that …", "many economists argue that …": a bare plural noun
/// (with a quantifier or adjectives) opening its clause, before a cue and "that". Its tokens.
/// (`se` is `subject_end(doc, c, lo)`, which the caller has worked out.)
pub(super) fn plural_subject(doc: &Doc, ctx: &Ctx, c: usize, ce: usize, lo: usize, se: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    // ("critics questioned whether …", "voters wonder how …": a question clause too; "complain
    // bitterly that …": an adverb first; "have complained they were …": a clause without "that")
    let clause_at = |j: usize| doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "that" | "whether" | "how" | "why"));
    let adverb = doc.tokens.get(ce).is_some_and(|x| x.lower.ends_with("ly") && x.lower.len() > 4 && !x.cap);
    let pronoun_clause = doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "they" | "there" | "he" | "she" | "we")) && doc.tokens.get(ce + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap);
    let end = se;
    // "Some believe the plan …", "Others argue that …": a quantifier standing for people,
    // alone at the start of its clause, before a clause or a noun phrase
    // ("No one expected …", "Everyone agrees that …")
    let no_one = end > lo + 1 && doc.tokens[end - 1].lower == "one" && doc.tokens[end - 2].lower == "no";
    if end > lo && matches!(doc.tokens[end - 1].lower.as_str(), "some" | "others" | "many" | "most" | "few" | "everyone" | "everybody" | "nobody") || no_one {
        let q = if no_one { end - 2 } else { end - 1 };
        let opens = q == lo || matches!(doc.tokens[q - 1].lower.as_str(), "," | ";" | "and" | "but" | "while" | "though" | "although" | "because");
        let phrase = doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an" | "this" | "these" | "his" | "her" | "their" | "its"));
        return (opens && ctx.tok_quote.at(q).is_none() && (clause_at(ce) || pronoun_clause || phrase)).then_some((q, end));
    }
    // ("several analyses agree the new levy …", "residents say Varga deserves …": a
    // clause led by a determiner or a name after a plain verb of saying or believing)
    const PLAIN: &[&str] = &["say", "agree", "argue", "believe", "think", "claim", "contend", "insist", "predict", "expect", "fear", "worry", "suggest", "note", "estimate", "warn"];
    let plain = lex.cues.get(&doc.tokens[c].lower).is_some_and(|cue| PLAIN.contains(&cue.lemma)) && ce == c + 1;
    let led_clause = plain && doc.tokens.get(ce).is_some_and(|x| x.cap && x.kind == TokenKind::Word || matches!(x.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "these" | "those"));
    // ("Many farmers say, “…”": a quotation right after the cue)
    let quote_follows = doc.tokens.get(ce).is_some_and(|x| x.kind == TokenKind::Quote) || doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "," | ":")) && doc.tokens.get(ce + 1).is_some_and(|x| x.kind == TokenKind::Quote);
    // ("Hospital managers said operations had been postponed": a bare noun and an auxiliary)
    let bare_clause = plain && crate::extract::np::bare_noun_clause(doc, ce);
    if !(clause_at(ce) || adverb && clause_at(ce + 1) || pronoun_clause || led_clause || bare_clause || quote_follows && plain) {
        return None;
    }
    let head = &doc.tokens[end.checked_sub(1).filter(|&h| h >= lo)?];
    let l = head.lower.as_str();
    let plural = head.kind == TokenKind::Word && l.len() > 4 && l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us") && !l.ends_with("is");
    if !plural || lex.stopwords.contains(l) || lex.cues.contains_key(l) || ctx.tok_quote.at(end - 1).is_some() {
        return None;
    }
    // the phrase runs left over modifiers (a name among them: "former Harbor Post reporters"),
    // a quantifier or possessive, and a second plural noun ("companies and investors"), to
    // the clause start
    let plural_word = |j: usize| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].lower.len() > 4 && doc.tokens[j].lower.ends_with('s') && (!doc.tokens[j].cap || j == lo);
    let mut s = end - 1;
    while s > lo && end - s < 6 {
        let x = &doc.tokens[s - 1];
        let and_plural = x.lower == "and" && s >= lo + 2 && plural_word(s - 2);
        // ("former", "senior": a title's modifier is the phrase's too)
        let modifier = lex.title_modifiers.contains(&x.lower);
        let determiner = matches!(x.lower.as_str(), "many" | "some" | "most" | "several" | "other" | "few" | "his" | "her" | "their" | "its");
        if x.kind != TokenKind::Word || lex.cues.contains_key(&x.lower) && !x.cap || lex.stopwords.contains(&x.lower) && !determiner && !and_plural && !modifier {
            break;
        }
        s -= 1;
        if determiner {
            break;
        }
    }
    let opens = s == lo || matches!(doc.tokens[s - 1].lower.as_str(), "," | ";" | "and" | "but" | "while" | "though" | "although" | "because");
    opens.then_some((s, end))
}

/// The speaker right after a cue ("…, said Warren"), up to `limit`.
pub(super) fn speaker_after(doc: &Doc, ctx: &Ctx, c: usize, ce: usize, limit: usize) -> Option<Attribution> {
    // "said Del. Stacey Plaskett": a title the lexicon lacks may stand before the name
    // ("said Del. Stacey Plaskett": an abbreviated title with its full stop)
    let after_title = |s: usize| doc.tokens[s - 1].cap || doc.tokens[s - 1].lower == "." && s >= ce + 2 && doc.tokens[s - 2].cap;
    // ("said flood survivor Jane Roe.", "said longtime resident Jane Roe,": a lowercase description
    // the lexicon lacks, when the name closes the clause)
    let lex = Lexicon::get();
    // ("said a visibly shaken Jane Roe": an article may open the description)
    // ("said the clearly frustrated Jane Roe": an adverb in -ly the stopwords list counts too)
    let adverb = |w: &str| w.len() > 4 && w.ends_with("ly");
    let described = |s: usize, np: &crate::extract::np::Np| {
        (ce..s).all(|j| {
            let x = &doc.tokens[j];
            (x.kind == TokenKind::Word && !x.cap && (!lex.stopwords.contains(&x.lower) || j > ce && adverb(&x.lower)) && !lex.cues.contains_key(&x.lower) || x.kind == TokenKind::Number || x.lower == "/" || j == ce && s > ce + 1 && matches!(x.lower.as_str(), "a" | "an" | "the")) && ctx.tok_quote.at(j).is_none()
        }) && doc.tokens.get(np.end).is_none_or(|x| matches!(x.lower.as_str(), "." | ","))
    };
    let person = |e: &usize| doc.entities[*e].kind == crate::model::EntityKind::Person;
    // "said its spokesman, Jane Roe.", "said the union's secretary-general, Jane Roe,": an
    // office or a speaker noun after a determiner, then the person's name in apposition,
    // closing the clause
    let office = |l: &str| lex.is_office_or_speaker(l);
    let closes = |n: &crate::extract::np::Np| doc.tokens.get(n.end).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";"));
    // ("said AMCU's regional organiser in Rustenburg, Jane Roe.": a body's name and its
    // possessive for the determiner, and where the office is held after it)
    let possessive = |j: usize| doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "\u{2019}s"));
    let owner = doc.tokens.get(ce).is_some_and(|x| x.cap && x.kind == TokenKind::Word) && (possessive(ce + 1) || doc.tokens.get(ce + 1).is_some_and(|x| x.cap) && possessive(ce + 2));
    let held_at = |j: usize| {
        let k = (j.saturating_sub(4).max(ce + 2)..j).find(|&k| matches!(doc.tokens[k].lower.as_str(), "in" | "for") && (k + 1..j).all(|x| doc.tokens[x].cap));
        k.filter(|&k| k + 1 < j).unwrap_or(j)
    };
    // ("said the Minister of Transport and Public Works, Jane Roe,", "said the Minister of
    // Trade and Government Spokesman, Jane Roe,": an office, then "of" or "for" and the
    // portfolio's capitalised words ("and", "the" among them) up to the comma; a title so long
    // puts the name past the cue's ten words, so the apposition may run to sixteen, still
    // closed by the comma before any full stop or quotation)
    let portfolio = |j: usize| {
        let mut joined = false;
        (ce + 1..j).rev().take(12).find_map(|k| {
            let x = &doc.tokens[k];
            if joined && office(&x.lower) {
                return Some(true);
            }
            match x.lower.as_str() {
                "of" | "for" => joined = true,
                "and" | "&" | "the" => {}
                _ if x.cap && x.kind == TokenKind::Word => {}
                _ => return Some(false),
            }
            None
        }) == Some(true)
    };
    let reach = if limit >= ce + 10 { (ce + 16).min(doc.tokens.len()) } else { limit };
    let apposed = (owner || doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "its" | "his" | "her" | "their" | "the")))
        .then(|| (ce + 2..reach).take_while(|&j| ctx.tok_quote.at(j).is_none() && !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":")).find(|&j| doc.tokens[j].lower == ","))
        .flatten()
        .filter(|&j| (j < ce + 10 && office(&doc.tokens[held_at(j) - 1].lower) || portfolio(j)) && !(ce..j).any(|x| lex.cues.contains_key(&doc.tokens[x].lower)))
        .and_then(|j| np_at(doc, ctx, j + 1, limit.max(reach)))
        .filter(|n| n.entities.iter().any(person) && closes(n));
    let mut np = match apposed {
        Some(n) => n,
        None => (ce..(ce + 6).min(limit)).find_map(|s| np_at(doc, ctx, s, limit).filter(|np| s == ce || s < ce + 4 && after_title(s) || described(s, np))).or_else(|| headline_office(doc, ctx, ce, limit))?,
    };
    // ('… a "coalition of the willing", said Russia could not be trusted': a name that a verb
    // follows is the subject of what is said, no speaker after its cue)
    if doc.tokens.get(np.end).is_some_and(|x| matches!(x.lower.as_str(), "could" | "would" | "will" | "can" | "must" | "should" | "may" | "might" | "was" | "were" | "is" | "are" | "had" | "has" | "have" | "did" | "does" | "do")) {
        return None;
    }
    // "said Harbor TV host Jane Roe": a body, lowercase words for what the person does there,
    // then the person's name: the person speaks
    // ("said Tarwin farmer Jane Roe", "said Mayor aide Jane Roe": a place or a person read as
    // one, then a noun for a person or an office, then the person's name: that person too)
    // ("said Kesses MP Jane Roe": an office written with capitals, as "MP", too)
    let capital_office = |j: usize| doc.tokens[j].cap && lex.titles.get(&doc.tokens[j].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
    let noun_for_person = |j: usize| !doc.tokens[j].cap && (lex.person_nouns.contains(&doc.tokens[j].lower) || lex.is_office_or_speaker(&doc.tokens[j].lower)) || capital_office(j);
    let modifier = np.end == np.start + 1;
    if !np.entities.iter().any(person) || modifier {
        let nouns = (np.end..(np.end + 3).min(limit)).take_while(|&j| {
            let x = &doc.tokens[j];
            x.kind == TokenKind::Word && (!x.cap || modifier && capital_office(j)) && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower) && ctx.tok_quote.at(j).is_none()
        });
        let last = nouns.last().filter(|&j| !np.entities.iter().any(person) || noun_for_person(j));
        if let Some(s) = last.map(|j| j + 1) {
            if let Some(next) = np_at(doc, ctx, s, limit).filter(|n| n.entities.iter().any(person) && doc.tokens.get(n.end).is_none_or(|x| matches!(x.lower.as_str(), "." | ","))) {
                np = next;
            }
        }
    }
    // ('"…," said a Singapore-based dealer', '… said an Iran-backed militia': a state named only
    // in a compound modifier is where the speaker sits or who backs it, not the speaker)
    let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| doc.entities[e].can_act() && !only_in_compound(doc, e, np.start, np.end)).collect();
    if speakers.is_empty() {
        return None;
    }
    let cue_span = tspan(doc, c, ce);
    Some(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) })
}

/// "British Columbia said last month it was reviewing its rules", "Quarnby says it will …": a
/// listed place (a province, state or town of the gazetteer, standing for no state) whose name
/// is the whole subject `a..b` of a cue speaks itself, for its government or council, as the
/// golds hold a place named so (a capital standing for its state already speaks as the state);
/// before, a place was no actor and the statement was lost. Not a place inside a longer
/// subject ("Residents of Quarnby said", "Quarnby officials said"), nor one no list knows;
/// only before a verb of saying at `c` (a place "refused to allow", "wants", "favors" or "is
/// forecast to reach" something, and the golds hold no statement there).
pub(super) fn place_is_whole_subject(doc: &Doc, e: usize, a: usize, b: usize, c: usize) -> bool {
    let ent = &doc.entities[e];
    ent.kind == EntityKind::Place
        && cue_at(doc, c).is_some_and(|(lemma, ..)| matches!(lemma, "say" | "announce" | "tell" | "confirm" | "state" | "add" | "warn" | "argue" | "insist"))
        && ent.country.is_some()
        && ent.coords.is_some()
        // (mentions do not overlap: the one at `a` is the only one that can span `a..b`)
        && doc.mention_at_token(a).is_some_and(|m| doc.mentions[m].entity == e && doc.mentions[m].span.start == doc.tokens[a].span.start && doc.mentions[m].span.end == doc.tokens[b - 1].span.end)
}

/// Whether entity `e` is named in tokens `a..b` only as the first part of a compound modifier
/// ("Singapore-based", "Iran-backed", "Kremlin-linked").
pub(super) fn only_in_compound(doc: &Doc, e: usize, a: usize, b: usize) -> bool {
    const PARTICIPLES: &[&str] = &["based", "backed", "born", "led", "owned", "funded", "run", "linked", "aligned", "allied", "controlled", "sponsored", "registered", "headquartered"];
    let (from, to) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    // (asked for each entity of each subject a cue finds, ~3,800 times per 200 articles: the
    // mentions are kept sorted by their start, so those from `from` on are found by a binary
    // search and read only while they start by `to`, not every mention of the article; one
    // starting after `to` ends after it, and was never counted)
    let first = doc.mentions.partition_point(|m| m.span.start < from);
    let mut named = doc.mentions[first..].iter().take_while(|m| m.span.start <= to).filter(|m| m.entity == e && m.span.end <= to).peekable();
    named.peek().is_some()
        && named.all(|m| {
            let t = &doc.tokens[doc.token_at(m.span.start)];
            t.span.end > m.span.end && t.lower.rsplit_once('-').is_some_and(|(h, p)| !h.is_empty() && PARTICIPLES.contains(&p))
        })
}

/// "France must take back more people, says home secretary": in a headline, an office with
/// no article closing the line after its cue is the one the lede names with "The" before the
/// same words ("The home secretary has said …"), resolved as that description is.
pub(super) fn headline_office(doc: &Doc, ctx: &Ctx, ce: usize, limit: usize) -> Option<crate::extract::np::Np> {
    let lex = Lexicon::get();
    let si = doc.sentence_at(doc.tokens.get(ce)?.span.start)?;
    if doc.sentences[si].paragraph != 0 {
        return None;
    }
    let e = (ce..limit.min(ce + 4)).find(|&j| !(doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap)).unwrap_or(limit.min(ce + 4));
    let closes = e == doc.sentences[si].tokens.1 || doc.tokens.get(e).is_some_and(|x| x.lower == ".");
    if e == ce || !closes || !lex.titles.get(&doc.tokens[e - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) {
        return None;
    }
    let n = e - ce;
    let opens = doc.sentences.iter().skip(si + 1).take_while(|x| x.paragraph <= 2).find(|x| {
        let a = x.tokens.0;
        doc.tokens[a].lower == "the" && a + n < x.tokens.1 && (0..n).all(|i| doc.tokens[a + 1 + i].lower == doc.tokens[ce + i].lower)
    })?;
    let (p, _) = crate::extract::np::description_at(doc, ctx, opens.tokens.0, opens.tokens.1)?;
    (doc.entities[p].kind == EntityKind::Person).then(|| crate::extract::np::Np { entities: vec![p], start: ce, end: e })
}

/// An unnamed speaker right after a cue ("…, said one union source in the room.", "…, said a
/// senior official."): a determiner or number, up to three modifiers and a speaker noun,
/// with a prepositional modifier ("in the room", "for the campaign", "on the board") when one
/// follows. Only before the end of the clause, so "said a report was due" stays a reported clause.
pub(super) fn unnamed_after(doc: &Doc, ctx: &Ctx, c: usize, ce: usize, limit: usize) -> Option<Attribution> {
    let lex = Lexicon::get();
    // ("“…,” said the ruling.", "… said the statement.": a document with "the", closing the
    // sentence, speaks as written)
    if doc.tokens.get(ce).is_some_and(|x| x.lower == "the") && ce + 2 <= limit {
        let n = (ce + 1..(ce + 3).min(limit)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "ruling" | "verdict" | "judgment" | "judgement" | "statement" | "communique" | "communiqué" | "declaration" | "resolution" | "letter" | "report"));
        if let Some(n) = n.filter(|&n| (ce + 1..n).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap) && doc.tokens.get(n + 1).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";"))) {
            let cue_span = tspan(doc, c, ce);
            return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, ce, n + 1)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (ce, n + 1) });
        }
    }
    doc.tokens.get(ce).filter(|x| matches!(x.lower.as_str(), "a" | "an" | "one" | "two" | "three" | "several" | "another" | "some"))?;
    let office = |l: &str| lex.titles.get(l).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
    let head = (ce + 1..(ce + 5).min(limit)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none()).find(|&j| lex.speaker_nouns.contains(&doc.tokens[j].lower) || office(&doc.tokens[j].lower))?;
    // ("one union source": the last of adjacent speaker nouns is the head)
    let mut head = head;
    while doc.tokens.get(head + 1).is_some_and(|x| head + 1 < limit && (lex.speaker_nouns.contains(&x.lower) || office(&x.lower))) {
        head += 1;
    }
    // the words between are modifiers, no verb or function word ("said a plan would …")
    if (ce + 1..head).any(|j| lex.stopwords.contains(&doc.tokens[j].lower) || lex.cues.contains_key(&doc.tokens[j].lower)) {
        return None;
    }
    // ('"…," said a spokesman for the Ministry of Foreign Affairs (MFA) in response to
    // queries.': a spokesperson or official of a named body speaks for it, whatever adverbial
    // phrase follows the body's name)
    if matches!(doc.tokens[head].lower.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official") && doc.tokens.get(head + 1).is_some_and(|x| matches!(x.lower.as_str(), "for" | "of" | "at")) {
        let at = head + 2 + usize::from(doc.tokens.get(head + 2).is_some_and(|x| x.lower == "the"));
        let body = ctx.tok_mention.get(at).filter(|&m| doc.mentions[m].span.start == doc.tokens[at].span.start);
        if let Some(m) = body {
            let mut e2 = doc.token_at(doc.mentions[m].span.end);
            if doc.tokens.get(e2).is_some_and(|x| x.lower == "(") && doc.tokens.get(e2 + 2).is_some_and(|x| x.lower == ")") {
                e2 += 3;
            }
            let follows = doc.tokens.get(e2).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";" | "in" | "on" | "at" | "after" | "during") || x.kind == TokenKind::Quote);
            // (the body as `spokesperson_body` reads the phrase up to the name's end)
            let ent = spokesperson_body(doc, ctx, ce, e2).map(|e| doc.actor_of(e));
            if let Some(ent) = ent.filter(|&e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country) && follows && e2 <= limit) {
                let cue_span = tspan(doc, c, ce);
                return Some(Attribution { speakers: vec![ent], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (ce, e2) });
            }
        }
    }
    let mut end = head + 1;
    // ("on the board", not a time: "on Monday")
    let on_body = doc.tokens.get(end).is_some_and(|x| x.lower == "on") && doc.tokens.get(end + 1).is_some_and(|x| x.lower == "the");
    if on_body || doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "in" | "for" | "of" | "at" | "with" | "close")) {
        let stop = (end + 1..(end + 7).min(limit)).find(|&j| doc.tokens[j].kind != TokenKind::Word || matches!(doc.tokens[j].lower.as_str(), "who" | "which" | "that" | "on" | "said" | "says"));
        if let Some(j) = stop.filter(|&j| j > end + 1 && matches!(doc.tokens[j].lower.as_str(), "." | "," | ";")) {
            end = j;
        }
    }
    // the phrase closes the clause: what follows is punctuation, not a clause of its own
    // (a time may come between: "said a senior official on Monday.")
    let after = time_phrase_end(doc, end, limit).unwrap_or(end);
    if !doc.tokens.get(after).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";" | "!" | "?" | "who") || x.kind == TokenKind::Quote) {
        return None;
    }
    let cue_span = tspan(doc, c, ce);
    Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, ce, end)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (ce, end) })
}
