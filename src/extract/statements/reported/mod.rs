//! Reported speech: "X said (that) …", "…, X said", "according to X, …", "X accused Y of …",
//! participle and "as" clauses, claim nouns, put-out documents and source documents.

mod attributions;
mod statement;

use super::*;

/// A sentence read for reported speech: the document and the sentence's words `a..b`.
#[derive(Clone, Copy)]
pub(super) struct Sentence<'d> {
    doc: &'d Doc,
    ctx: &'d Ctx,
    a: usize,
    b: usize,
}

/// Reported speech: a cue verb with a speaker, outside quotes. One statement per clause:
/// the text runs from the speaker (with its titles) to the clause end; when the speaker and
/// cue come after the content it is the whole sentence. Sentences whose content is all
/// quoted are left to the direct quotes.
/// `spans` gets, for each statement pushed, where its span ends when it runs on over
/// coordinated clauses ("X said A, and B"): applied once the quotes inside have taken what
/// the first clause is about.
pub(super) fn reported(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>, spans: &mut Vec<usize>) {
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        let sentence = Sentence { doc, ctx, a, b };
        let found = sentence.attributions();
        if found.is_empty() {
            out.extend(in_source(doc, ctx, a, b));
            while spans.len() < out.len() {
                spans.push(out[spans.len()].text.end);
            }
        }
        // ("X said A and warned that B", "X accused Y of A but said B": a second cue coordinated
        // after the first, of the same speaker with no subject of its own, goes on with the first
        // one's statement, as news annotation reads it: the statements of the found before, in
        // `out`, that a coordinated one is merged into; `last`: where the found before began in
        // `out`, and the statements it was merged into)
        let mut last: (usize, Option<(usize, usize)>) = (out.len(), None);
        for (i, f) in found.iter().enumerate() {
            let prev_range = last.1.unwrap_or((last.0, out.len()));
            let target = (i > 0 && same_speaker_goes_on(doc, &found[i - 1], f) && prev_range.1 > prev_range.0).then_some(prev_range);
            last = (out.len(), target);
            sentence.statement(f, found.get(i + 1), target, out, spans);
        }
    }
}

/// Whether `f`, a cue coordinated by "and" or "but" after `prev` ("X said A and warned that B",
/// "X welcomed A but said B"), is of the same speaker with no subject of its own: one statement
/// with `prev`'s, from the first cue's clause through the second's. Not a new subject after
/// "and" ("X said A and Y warned B"), nor a relative clause's verb, nor a source.
fn same_speaker_goes_on(doc: &Doc, prev: &Found, f: &Found) -> bool {
    !f.according
        && !prev.according
        && f.att.speakers == prev.att.speakers
        && f.att.text == prev.att.text
        && (f.coord.is_some_and(|k| matches!(doc.tokens[k].lower.as_str(), "and" | "but")) && f.att.subject == prev.att.subject || pronoun_goes_on(doc, prev, f))
}

/// "X said A, but he said B", "X said A, and she accused Y of B": a personal pronoun right after
/// "and"/"but" as the whole subject of the second cue, resolved to the first's named speaker,
/// with at most also/again/then/later/has/had/have before its cue, goes on with the first's
/// statement as a coordinated cue with no subject does; not a refusal ("declined to …", "did not
/// say") on either side.
fn pronoun_goes_on(doc: &Doc, prev: &Found, f: &Found) -> bool {
    let (s0, s1) = f.att.subject;
    let cue = doc.token_at(f.att.cue_span.start);
    let refusal = |x: &Found| {
        let k = doc.token_at(x.att.cue_span.start);
        matches!(doc.tokens[k].lower.as_str(), "declined" | "declines" | "refused" | "refuses") || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "not" | "n't" | "never")
    };
    f.coord.is_none()
        && !f.content_before
        && !prev.content_before
        && !f.att.speakers.is_empty()
        && s1 == s0 + 1
        && s0 > 0
        && cue >= s1
        && matches!(doc.tokens[s0].lower.as_str(), "he" | "she" | "it" | "they" | "we")
        && matches!(doc.tokens[s0 - 1].lower.as_str(), "and" | "but")
        && s0 - 1 > doc.token_at(prev.att.cue_span.end).max(prev.att.subject.1)
        && (s1..cue).all(|j| matches!(doc.tokens[j].lower.as_str(), "also" | "again" | "then" | "later" | "has" | "had" | "have"))
        && !refusal(prev)
        && !refusal(f)
}

/// Pushes `st` (its span's end `span_end`), or, with `target` (the statements of the cue it is
/// coordinated with, in `out`), runs that statement of the same speaker on through its text.
fn push_or_merge(out: &mut Vec<Statement>, spans: &mut Vec<usize>, st: Statement, span_end: usize, target: Option<(usize, usize)>) {
    if let Some(j) = target.and_then(|(s, e)| (s..e).find(|&j| out[j].speaker == st.speaker && out[j].speaker_text == st.speaker_text)) {
        let p = &mut out[j];
        p.text = Span::new(p.text.start.min(st.text.start), p.text.end.max(st.text.end));
        for e in st.about {
            if !p.about.contains(&e) {
                p.about.push(e);
            }
        }
        spans[j] = spans[j].max(span_end).max(p.text.end);
        return;
    }
    out.push(st);
    spans.push(span_end);
}

/// Whether a cue at `c`, coordinated (its "and" at `coord_at`) after the statement `prev` found
/// before it in the sentence, stands in that statement's reported clause by its tense: "had"
/// before it ("… that China had tightened its rules and had added …") where the statement's
/// cue is a simple past with no "had" of its own, or a bare form right after "and" ("… said the
/// bank must overhaul its controls and report every quarter …") where the cue is no bare form.
/// A cue of demand, and a request ("had asked X to …") in a clause whose subject is a personal
/// pronoun (the speaker's own), keep their own statement.
fn in_reported_tense(doc: &Doc, ctx: &Ctx, prev: Option<&Found>, coord_at: usize, c: usize, b: usize) -> bool {
    let Some(p) = prev.filter(|p| !p.content_before && !p.according) else { return false };
    let pc = doc.token_at(p.att.cue_span.start);
    if pc >= coord_at {
        return false;
    }
    let Some((plemma, _, _, pce)) = cue_at(doc, pc) else { return false };
    // (not a cue of demand, which has its own statement as before)
    let Some((lemma, _, _, ce)) = cue_at(doc, c).filter(|&(_, class, _, _)| class != CueClass::Demand) else { return false };
    // (a request in a clause whose subject is a personal pronoun is the speaker's own: "He said
    // he had spoken with X and had asked the Americans to lift the duty" is a statement of its
    // own; "she had agonised … but had concluded that …" goes on with what was said)
    let subject = (pce..coord_at).find(|&j| doc.tokens[j].lower == "that").map_or(pce, |j| j + 1);
    if subject >= coord_at || matches!(doc.tokens[subject].lower.as_str(), "he" | "she" | "i" | "we" | "they") && asked_to_do(doc, ctx, ce, b) {
        return false;
    }
    let first = |l: &'static str| l.split(' ').next().unwrap_or(l);
    let ptok = doc.tokens[pc].lower.as_str();
    // (a past cue: not its bare form, not its present in -s)
    let past = ptok != first(plemma) && !ptok.ends_with('s');
    let had_before = |j: usize| j > 0 && matches!(doc.tokens[j - 1].lower.as_str(), "had" | "has" | "have");
    let pluperfect = (coord_at + 1..c).any(|j| doc.tokens[j].lower == "had") && past && !had_before(pc);
    let bare = c == coord_at + 1 && doc.tokens[c].lower == first(lemma) && past;
    pluperfect || bare
}

/// The person that opens the reported clause of `f`, an "according to" whose source is a
/// statement (release, readout) from a body whose name ends in "Office" ("a statement from the
/// PM Office"), in the sentence `a..b`: the one whose act the office's statement reports.
fn office_statement_subject(doc: &Doc, ctx: &Ctx, f: &Found, a: usize, b: usize) -> Option<usize> {
    if !f.according || f.att.speakers.len() != 1 || doc.entities[f.att.speakers[0]].kind != EntityKind::Organization {
        return None;
    }
    let k = doc.token_at(f.att.cue_span.start);
    if doc.tokens[k].lower != "according" {
        return None;
    }
    let src_end = (k + 2..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).unwrap_or(b);
    if src_end < k + 4 || doc.tokens[src_end - 1].lower != "office" || !(k + 2..src_end).any(|j| matches!(doc.tokens[j].lower.as_str(), "statement" | "release" | "readout")) {
        return None;
    }
    let from = if f.content_before {
        after_opening_phrase(doc, ctx, a, k)
    } else if src_end < b && doc.tokens[src_end].lower == "," {
        src_end + 1
    } else {
        return None;
    };
    let np = np_at(doc, ctx, from, b)?;
    let at_start = np.start == from || np.start == from + 1 && doc.tokens[from].lower == "the";
    let e = *np.entities.first().filter(|_| at_start && np.entities.len() == 1)?;
    let e = doc.actor_of(e);
    (doc.entities[e].kind == EntityKind::Person && (!f.content_before || np.end < k)).then_some(e)
}

/// The person whose own cue opens the clause after `f`, an "according to" that opens the sentence
/// `..b` with a source that is no person ("According to a statement by the Presidency, President X
/// stressed …", "According to party sources, the party leader told …", "According to a statement
/// from the embassy, X urged …"): the clause's subject, a person named (or described) right after
/// the source's comma with a verb of saying or asking right after it, speaks; the source only
/// passes it on, as an unnamed source does ("According to two advisers, X thinks …"). Not a person
/// as the source ("According to Roe, Hale told …" is Roe's account), nor a clause whose subject is
/// no person, nor one whose verb reports nothing said.
fn source_passes_on_cue(doc: &Doc, ctx: &Ctx, f: &Found, b: usize) -> Option<usize> {
    if !f.according || f.content_before || f.att.speakers.is_empty() || f.att.speakers.iter().any(|&e| doc.entities[e].kind == EntityKind::Person) {
        return None;
    }
    let k = doc.token_at(f.att.cue_span.start);
    if doc.tokens[k].lower != "according" {
        return None;
    }
    let comma = (f.att.subject.1.max(k + 2)..b.min(f.att.subject.1 + 3)).find(|&j| doc.tokens[j].lower == "," && ctx.tok_quote.at(j).is_none())?;
    let np = np_at(doc, ctx, comma + 1, b)?;
    let at_start = np.start == comma + 1 || np.start == comma + 2 && doc.tokens[comma + 1].lower == "the";
    let e = *np.entities.first().filter(|_| at_start && np.entities.len() == 1)?;
    let e = doc.actor_of(e);
    (doc.entities[e].kind == EntityKind::Person && np.end < b && cue_at(doc, np.end).is_some()).then_some(e)
}

/// Whether `f`, a source closing the sentence `a..b` after its content ("…, according to his
/// lawyer, X."), reports the act of `p`, the one statement found before it: an act of asking,
/// accusing or rejecting ("X has asked Y to …", "X accused Y of …") whose subject opens the
/// sentence, and a source that names one who speaks (a person, or a body by a name or a noun for
/// one who speaks) and is no document ("a statement", "figures", "a memo seen by …").
fn closing_source_reports_act(doc: &Doc, ctx: &Ctx, p: &Found, f: &Found, a: usize, b: usize) -> bool {
    if p.according || p.content_before || p.coord.is_some() {
        return false;
    }
    let pc = doc.token_at(p.att.cue_span.start);
    if !cue_at(doc, pc).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Ask | CueClass::Accuse | CueClass::Deny)) {
        return false;
    }
    // (the act's subject opens the sentence)
    if p.att.subject.0 > after_opening_phrase(doc, ctx, a, pc) + 1 || p.att.subject.1 > pc {
        return false;
    }
    let k = doc.token_at(f.att.cue_span.start);
    if k <= pc || k == 0 || doc.tokens[k - 1].lower != "," || !closes_clause(doc, ctx, f.att.subject.1, b) {
        return false;
    }
    // (no document between "according to" and the sentence's end)
    let document = |w: &str| matches!(w, "statement" | "statements" | "report" | "reports" | "letter" | "letters" | "memo" | "document" | "documents" | "figures" | "data" | "filing" | "filings" | "records" | "readout" | "release" | "transcript" | "notice" | "copy" | "post" | "website" | "estimates" | "analysis" | "tally" | "count" | "notes" | "diaries" | "minutes" | "summary" | "announcement");
    if (k + 2..b).any(|j| document(&doc.tokens[j].lower)) {
        return false;
    }
    f.att.speakers.iter().all(|&e| matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Organization))
}

/// A subject pronoun at `k`, its copula and then an opening quotation mark ('said it was
/// "deeply concerned"', 'said she was "relieved"'): a report of how the speaker stands whose
/// predicate is quoted, short as it is.
fn pronoun_copula_quote(doc: &Doc, ctx: &Ctx, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "it" | "he" | "she" | "they" | "we") && ctx.tok_quote.at(k).is_none())
        && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "was" | "were" | "is" | "are"))
        && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Quote)
}

/// A short subject at `k` (a personal pronoun, or one lower-case word that is no stopword: a
/// bare plural), one auxiliary, copula or modal, then an opening quotation mark and a lower-case
/// word ('said doctors had "had enough"', 'said members were "tired of waiting"', 'said he
/// would "not back down"'): a clause of its own whose predicate is quoted; not a quoted noun
/// phrase ('said the plan was "a disgrace"' has its determiner).
fn short_subject_aux_quote(doc: &Doc, ctx: &Ctx, k: usize) -> bool {
    let word = |j: usize| doc.tokens.get(j).filter(|x| x.kind == TokenKind::Word && !x.cap && ctx.tok_quote.at(j).is_none());
    word(k).is_some_and(|x| matches!(x.lower.as_str(), "it" | "he" | "she" | "they" | "we") || !Lexicon::get().stopwords.contains(&x.lower))
        && word(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will" | "could" | "should" | "must" | "can" | "might"))
        && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Quote)
        && doc.tokens.get(k + 3).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our" | "my"))
}

/// Where a clause coordinated after a statement's cue (at `ce`, before `b`) opens with an
/// appeal or a demand ("and urged", "but demanded", "and called on") or a participle that
/// adds or gives a reason (", adding", ", citing"): the token of its "and", "but" or comma.
pub(super) fn coordinated_appeal(doc: &Doc, ce: usize, b: usize) -> Option<usize> {
    (ce..b.min(doc.tokens.len())).find(|&j| {
        let next = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
        match doc.tokens[j].lower.as_str() {
            "and" | "but" => cue_at(doc, j + 1).is_some_and(|(_, class, _, _)| class == CueClass::Demand),
            "," => matches!(next(j + 1), "citing" | "adding" | "noting" | "stressing" | "emphasizing" | "emphasising")
                // (the writer's comment on it: ", a move likely to hit Y")
                || matches!(next(j + 1), "a" | "in") && matches!(next(j + 2), "move" | "step")
                || matches!(next(j + 1), "and" | "but") && cue_at(doc, j + 2).is_some_and(|(_, class, _, _)| class == CueClass::Demand),
            _ => false,
        }
    })
}

/// Entity `e` is named within `span` as the medium something was said in ("told CNN").
/// "told reporters in Lausanne, Switzerland, on Wednesday that …", "told a rally at X in Y
/// that …", "told reporters after a meeting in Doha, Qatar, that …": where and when a verb of
/// telling told the ones it names, up to the "that" of what it told (not what it is about).
/// The token of that "that", if the words between are a short addressee, a preposition of
/// place or time and names, nouns and commas (no verb after a name: "after Russia struck …").
pub(super) fn told_venue(doc: &Doc, ctx: &Ctx, cue_start: usize, cue_end: usize, b: usize) -> Option<usize> {
    let tok = |j: usize| doc.tokens[j].lower.as_str();
    if !crate::extract::np::told_form(tok(cue_start)) || cue_end + 2 >= b {
        return None;
    }
    // ("told the paper from Belém that …": where from, as where in)
    const PREP: &[&str] = &["in", "at", "after", "during", "outside", "on", "following", "before", "near", "ahead", "from"];
    let p = (cue_end + 1..(cue_end + 5).min(b)).find(|&j| PREP.contains(&tok(j)))?;
    if (cue_end..p).any(|j| doc.tokens[j].kind != TokenKind::Word || ctx.tok_quote.at(j).is_some() || matches!(tok(j), "that" | "who" | "which")) {
        return None;
    }
    const GLUE: &[&str] = &["in", "at", "after", "during", "outside", "on", "following", "before", "near", "ahead", "from", "of", "the", "a", "an", "its", "his", "her", "their", "last", "this", "next", "earlier", "later", "late", "early"];
    let mut prev_cap = false;
    for j in p..(p + 16).min(b) {
        let t = &doc.tokens[j];
        if ctx.tok_quote.at(j).is_some() || t.kind == TokenKind::Quote {
            return None;
        }
        if t.lower == "that" {
            return (j > p + 1).then_some(j);
        }
        if t.lower == "," {
            prev_cap = false;
            continue;
        }
        if t.kind == TokenKind::Number {
            prev_cap = false;
            continue;
        }
        if t.kind != TokenKind::Word || matches!(t.lower.as_str(), "who" | "which" | "where" | "when" | "and" | "but" | "as" | "because") {
            return None;
        }
        if !t.cap && prev_cap && !GLUE.contains(&t.lower.as_str()) {
            return None;
        }
        prev_cap = t.cap && j > p;
    }
    None
}

/// The end `b` of the sentence when a description of the speaker, after the comma at token `e`
/// that ends his name, closes it: "…, said Jane Roe, an economist at the Bank of Vexmoor.",
/// "…, said Jane Roe, who chairs the harbour board." (an article, "who"/"whose" or an office
/// word opening it; no quote, no "that" clause, no participle of saying in it).
pub(super) fn description_after_speaker(doc: &Doc, ctx: &Ctx, e: usize, b: usize) -> Option<usize> {
    doc.tokens.get(e).filter(|x| x.lower == ",")?;
    let opens = doc.tokens.get(e + 1)?;
    let described = matches!(opens.lower.as_str(), "a" | "an" | "the" | "who" | "whose") || !opens.cap && Lexicon::get().is_office_or_speaker(&opens.lower);
    (described && (e + 1..b).all(|j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "that" | ";" | ":" | "adding" | "saying" | "noting" | "stressing"))).then_some(b)
}

/// The comma of ", as a/the/more … <clause>" between `from` and `to`, outside quotes: the
/// writer's circumstance set beside a report ("…, as a fast-moving fire forced thousands of
/// people to leave …", "…, as the parliament prepares to vote …"), not what was said.
pub(super) fn writers_as(doc: &Doc, ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(2)).find(|&j| {
        doc.tokens[j].lower == ","
            && doc.tokens[j + 1].lower == "as"
            && matches!(doc.tokens[j + 2].lower.as_str(), "a" | "an" | "the" | "thousands" | "hundreds" | "dozens" | "more" | "some" | "many")
            && ctx.tok_quote.at(j).is_none()
    })
}

pub(super) fn named_as_venue(doc: &Doc, e: usize, span: Span) -> bool {
    // (the slice `mentions_in` gives starts at the first mention from `span.start`)
    let first = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions_in(span).iter().enumerate().any(|(i, x)| x.entity == e && crate::extract::np::venue(doc, first + i, doc.token_at(x.span.end)))
}

/// The parts of `text` before and after `inner` (either may be empty).
pub(super) fn outside(text: Span, inner: Span) -> [Span; 2] {
    [Span::new(text.start, inner.start.clamp(text.start, text.end)), Span::new(inner.end.clamp(text.start, text.end), text.end)]
}
