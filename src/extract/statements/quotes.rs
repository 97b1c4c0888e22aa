//! Direct quotes: each quotation's speaker, found by its cue, a report around it or the quote
//! before it; and what a quoted fragment inside reported speech is about.

use super::*;
use crate::text::Quote;

/// The article's direct quotes, in order, each with its speaker (or why it has none), cue and
/// the actors it is about. `reports` is the reported speech found before: a quote with no cue of
/// its own often continues it.
pub(super) fn direct_quotes(doc: &Doc, ctx: &Ctx, reports: &[Statement]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    // the last attributed quote: (paragraph, attribution)
    let mut prev: Option<(usize, Attribution)> = None;
    for q in ctx.quotes.clone() {
        let heading = doc.paragraphs[q.paragraph].heading;
        let (a, b) = (doc.token_at(q.inner.start), doc.token_at(q.inner.end));
        let words = (a..b).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
        let qs = doc.token_at(q.outer.start);
        let mut att = None;
        let mut text = q.inner;
        // a transcript line inside quotes: “PENCE: Well, look, …”
        if let Some((label, content)) = speaker_label(doc, ctx, a, heading).filter(|&(_, c)| c < b && ctx.tok_quote.at(c) == ctx.tok_quote.at(a)) {
            text = Span::new(doc.tokens[content].span.start, q.inner.end);
            att = Some(label);
        }
        let title = title_quote(doc, a, b, qs);
        if att.is_none() && !heading && !title {
            att = cued_speaker(doc, ctx, &q, reports, &prev);
        }
        // (a name given to a thing, not words said: "a practice known as “anti-steering”",
        // "the “no work, no pay” rule")
        let term = words <= 5 && term_quote(doc, qs, doc.token_at(q.outer.end), words);
        if term {
            att = None;
        }
        if att.is_none() && !heading && !title && !term && words >= 2 {
            att = sourced_report(doc, &q, reports);
        }
        if att.is_none() && !heading && !title && !term && (words > 3 || own_sentence(doc, &q, words)) {
            att = continued_speaker(doc, ctx, &q, reports, &prev);
        }
        let why = match &att {
            Some(_) => None,
            None if heading => Some("headline"),
            None if title => Some("title"),
            None if term => Some("term"),
            None if words <= 3 => Some("scare quote"),
            None => Some("no speaker"),
        };
        let speaker = att.as_ref().and_then(|x| x.speakers.first().copied());
        let speaker_text = att.as_ref().and_then(|x| x.text);
        if let Some(x) = &att {
            prev = Some((q.paragraph, x.clone()));
        }
        let mut about = actors_in(doc, ctx, text, &[], speaker);
        if words <= 5 {
            for e in att.as_ref().map(|x| fragment_context(doc, ctx, x, &q, speaker)).unwrap_or_default() {
                if !about.contains(&e) {
                    about.push(e);
                }
            }
        }
        out.push(Statement {
            kind: StatementKind::Direct,
            speaker,
            speaker_text,
            unattributed: why,
            text,
            cue: att.as_ref().map(|x| x.cue.clone()).unwrap_or_default(),
            cue_span: att.as_ref().filter(|x| !x.cue.is_empty()).map(|x| x.cue_span),
            about,
        });
    }
    out
}

/// The speaker a cue names: after the quote, before it, a colon introducing it, the next
/// sentence; or, for "the statement read", the document's speaker before.
/// ("X told Y that “…”, according to a readout from Z": the cue before the quote
/// that introduces it names its speaker; "according to" the source of the report)
fn cued_speaker(doc: &Doc, ctx: &Ctx, q: &Quote, reports: &[Statement], prev: &Option<(usize, Attribution)>) -> Option<Attribution> {
    let qs = doc.token_at(q.outer.start);
    let paragraph_of = |pos: usize| doc.sentence_at(pos).map(|s| doc.sentences[s].paragraph);
    let after = after_quote(doc, ctx, q.outer.end);
    let after = match after {
        // (a person, not a body: "Ukraine's military leadership denied …, asserting that
        // “…”, according to a post by the General Staff" is the General Staff's)
        // (any actor when what is cited names no one: "the ministry said it would … until
        // Tokyo “makes a serious correction,” according to a notice on its website")
        // (any actor too when what is cited is a medium that carries the words: "A palace
        // spokesperson dismissed the draft as “…”, according to the news agency Vexpress" is
        // the palace's, the agency relays it)
        Some(x) if x.cue == "according to" => before_quote(doc, ctx, qs)
            .filter(|b| b.cue != "according to" && (b.speakers.first().is_some_and(|&e| doc.entities[e].kind == EntityKind::Person || x.speakers.is_empty()) || x.relayed_by_medium(doc) && (!b.speakers.is_empty() || b.text.is_some())) && x.speakers.iter().all(|&e| doc.entities[e].kind != EntityKind::Person))
            .or(Some(x)),
        other => other,
    };
    let mut att = after.or_else(|| before_quote(doc, ctx, qs)).or_else(|| colon_intro(doc, ctx, qs)).or_else(|| next_sentence(doc, ctx, q.outer.end));
    // ("In a joint statement, the ministers said …. “…,” the statement read.": the
    // document taken up with "the" is the one the speaker before put out, in this
    // paragraph or the one before)
    if let Some(x) = att.as_ref().filter(|x| x.speakers.is_empty() && matches!(x.cue.as_str(), "read" | "reads") && x.text.is_some_and(|sp| doc.tokens[doc.token_at(sp.start)].lower == "the")) {
        let near = |p: usize| p == q.paragraph || p + 1 == q.paragraph;
        let quoted = prev.as_ref().filter(|(p, pa)| near(*p) && (!pa.speakers.is_empty() || pa.text.is_some())).map(|(_, pa)| pa.clone());
        // (or the latest named reporter before it: "In a joint statement, X said …")
        let reported = || {
            let r = reports.iter().rev().find(|r| r.text.end <= q.outer.start && r.speaker.is_some() && paragraph_of(r.text.start).is_some_and(near))?;
            Some(Attribution { speakers: vec![r.speaker?], text: None, cue: String::new(), cue_span: r.cue_span.unwrap_or(r.text), subject: (0, 0) })
        };
        if let Some(pa) = quoted.or_else(reported) {
            att = Some(Attribution { cue: x.cue.clone(), cue_span: x.cue_span, ..pa });
        }
    }
    att
}

/// A quote inside a report "according to" a person is that person's.
/// ("According to Roe, the squad “stopped listening” to the coach": a quote inside what
/// is reported on a named person's word is that person's; not one word, most often a
/// scare quote, nor a body's, whose report is a document that is cited)
fn sourced_report(doc: &Doc, q: &Quote, reports: &[Statement]) -> Option<Attribution> {
    let person = |r: &&Statement| r.speaker.is_some_and(|e| doc.entities[e].kind == EntityKind::Person);
    // ("In her words, such deliveries would make Germany “a direct participant”": so too)
    let sourced = |cue: &str| cue == "according to" || cue.starts_with("In ") && matches!(cue.rsplit(' ').next(), Some("words" | "view" | "opinion"));
    let r = reports.iter().filter(person).find(|r| sourced(&r.cue) && r.text.start <= q.outer.start && r.text.end >= q.outer.end)?;
    Some(Attribution { speakers: vec![r.speaker.unwrap_or_default()], text: None, cue: r.cue.clone(), cue_span: r.cue_span.unwrap_or(r.text), subject: (0, 0) })
}

/// The quote is a whole sentence of its own.
/// (a quote that is a whole sentence of its own, "“Enough is enough.”", is no scare
/// quote however short)
fn own_sentence(doc: &Doc, q: &Quote, words: usize) -> bool {
    let inner = doc.slice(q.inner).trim_end();
    let si = doc.sentence_at(q.outer.start);
    words >= 2
        && inner.ends_with(['.', '!', '?'])
        && inner.chars().next().is_some_and(char::is_uppercase)
        && si.is_some_and(|si| doc.sentences[si].span.start == q.outer.start && doc.sentences[si].span.end <= q.outer.end + 1)
}

/// A quote continuing the same speaker: later in the paragraph, or opening the next one (a
/// sign-off closing the paragraph, the quote before, the latest named reporter before).
fn continued_speaker(doc: &Doc, ctx: &Ctx, q: &Quote, reports: &[Statement], prev: &Option<(usize, Attribution)>) -> Option<Attribution> {
    let paragraph_of = |pos: usize| doc.sentence_at(pos).map(|s| doc.sentences[s].paragraph);
    let mut att = None;
    // a quote continuing the same speaker: later in the paragraph, or opening the next one
    let para_start = doc.paragraphs[q.paragraph].span.start + 3 >= q.outer.start;
    // “A.” And “B.” ― Jane Roe: a sign-off closing the paragraph names all its quotes
    let last_in_paragraph = ctx.quotes.iter().rev().find(|x| x.paragraph == q.paragraph && x.outer.start >= q.outer.end);
    if let Some(x) = last_in_paragraph {
        let t = doc.token_at(x.outer.end);
        if dash_at(doc, t) > t {
            att = after_quote(doc, ctx, x.outer.end).map(|s| Attribution { cue: String::new(), ..s });
        }
    }
    if let (None, Some((p, pa))) = (&att, prev) {
        if *p == q.paragraph || (para_start && *p + 1 == q.paragraph) {
            att = Some(Attribution { cue: String::new(), ..pa.clone() });
        }
    }
    // "X said the plan failed.\n“It is a disaster.”": the latest named reporter before it
    if att.is_none() {
        let last = reports.iter().rev().find(|r| r.text.end <= q.outer.start && r.speaker.is_some());
        if let Some(r) = last.filter(|r| paragraph_of(r.text.start).is_some_and(|p| p == q.paragraph || para_start && p + 1 == q.paragraph)) {
            let cue_span = r.cue_span.unwrap_or(r.text);
            att = Some(Attribution { speakers: vec![r.speaker.unwrap_or_default()], text: None, cue: String::new(), cue_span, subject: (0, 0) });
        }
    }
    att
}

/// A quoted fragment inside a report takes what the report is about, in the clause it stands in.
/// a quoted fragment inside reported speech ("said the dinner with Norway's leader had been
/// “useful”") is about what the sentence around it is about
/// (only what the clause it stands in names: not a clause coordinated after it — "said it
/// was “deeply worried” and urged Norway to …" — nor before it, nor a relative clause)
pub(super) fn quote_about_from_report(doc: &Doc, ctx: &Ctx, out: &mut [Statement], reports: &[Statement]) {
    for q in out.iter_mut().filter(|q| q.kind == StatementKind::Direct && q.speaker.is_some()) {
        if let Some(r) = reports.iter().find(|r| r.speaker == q.speaker && r.text.start < q.text.start && q.text.end <= r.text.end) {
            let Some(quote) = ctx.quotes.iter().find(|x| x.inner.start <= q.text.start && q.text.end <= x.inner.end) else { continue };
            let cue_span = q.cue_span.filter(|c| c.end <= quote.outer.start).or(r.cue_span);
            let Some(cue_span) = cue_span else { continue };
            let clause = clause_context(doc, ctx, cue_span, quote, q.speaker);
            // (what is named only outside that clause; what no mention shows, such as the
            // object of an accusation found by its phrase, stays)
            let elsewhere: Vec<usize> = match clause_window(doc, cue_span, quote) {
                Some([(from, _), (_, to), _]) => actors_in_ranges(doc, ctx, &[(doc.token_at(r.text.start), from), (to, doc.token_at(r.text.end))], q.speaker),
                None => Vec::new(),
            };
            for e in r.about.iter().copied().filter(|e| clause.contains(e) || !elsewhere.contains(e)) {
                if !q.about.contains(&e) {
                    q.about.push(e);
                }
            }
        }
    }
}
