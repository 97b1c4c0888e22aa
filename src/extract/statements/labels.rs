//! Speech set out under a speaker's label ("Q:", "JANE ROE:") and block quotes; and cues that
//! report silence rather than speech.

use super::*;

/// A speaker label opening a transcript line or a headline at token `t`: "PENCE:",
/// "SEN. JANE ROE:", "Sanders: Clinton needs to …". Returns the attribution and the first
/// token of what was said. An all-caps label names its speaker even when the article never
/// did otherwise; a title-case one (and any label in a headline) must be an actor of the article.
pub(super) fn speaker_label(doc: &Doc, ctx: &Ctx, t: usize, heading: bool) -> Option<(Attribution, usize)> {
    const NOT_SPEAKERS: &[&str] = &["update", "updated", "watch", "exclusive", "breaking", "note", "editor", "editors", "related", "photo", "video", "source", "sources", "read", "more", "also", "opinion", "analysis", "poll", "correction", "warning", "live", "q", "a", "ps", "p.s."];
    let colon = (t + 1..(t + 5).min(doc.tokens.len())).find(|&j| doc.tokens[j].lower == ":")?;
    let label = t..colon;
    // "Poll: Voters Turn to …", "Study: …": a headline that gives a finding names its document
    let document = colon == t + 1 && matches!(doc.tokens[t].lower.as_str(), "poll" | "survey" | "study") && doc.tokens[t].cap;
    if document && (colon + 1..(colon + 4).min(doc.tokens.len())).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count() >= 3 {
        let span = tspan(doc, t, colon);
        return Some((Attribution { speakers: Vec::new(), text: Some(span), cue: ":".into(), cue_span: doc.tokens[colon].span, subject: (t, colon) }, colon + 1));
    }
    let words = label.clone().all(|j| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].cap && ctx.tok_quote.at(j) == ctx.tok_quote.at(t));
    if !words || label.clone().any(|j| NOT_SPEAKERS.contains(&doc.tokens[j].lower.as_str())) {
        return None;
    }
    // something is said after it: at least three words
    let said = (colon + 1..(colon + 12).min(doc.tokens.len())).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count();
    if said < 3 {
        return None;
    }
    let caps = label.clone().all(|j| {
        let w = doc.slice(doc.tokens[j].span);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    });
    let span = tspan(doc, t, colon);
    // the actor the label names: a mention there, else a person of the article by surname
    // (a full name elsewhere in the article wins over the label read as a name of its own)
    let sur = crate::extract::entities::surname_of(doc.slice(doc.tokens[colon - 1].span));
    let people = || doc.entities.iter().enumerate().filter(|(_, e)| e.kind == crate::model::EntityKind::Person && e.surname == sur).map(|(i, e)| (i, e.name.contains(' ')));
    let by_surname = people().find(|p| p.1).or_else(|| people().next()).map(|p| p.0);
    let named = by_surname.or_else(|| ctx.tok_mention.at(colon - 1).filter(|&m| doc.mentions[m].span.start >= span.start).map(|m| doc.actor_of(doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind.is_actor()));
    // ("MINISTER: …", "HOST: …" in a transcript: the one holder of that office, the one who
    // interviews)
    let named = named.or_else(|| (caps && !heading && colon == t + 1).then(|| crate::extract::np::label_holder(doc, t)).flatten());
    let cue_span = doc.tokens[colon].span;
    // ("Sudan: Shelling of the camp kills dozens": a headline's country or place before the
    // colon says where, unless what follows speaks in the first person)
    let first_person = (colon + 1..(colon + 12).min(doc.tokens.len())).any(|j| matches!(doc.tokens[j].lower.as_str(), "we" | "our" | "us" | "i" | "my"));
    let headline = heading || doc.sentence_at(doc.tokens[t].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0);
    if headline && !first_person && named.is_some_and(|e| matches!(doc.entities[e].kind, crate::model::EntityKind::Country | crate::model::EntityKind::Place)) {
        return None;
    }
    // ("KOZHIKODE: Two more people tested positive …": a capitalised place opening the first
    // paragraph of the story is its dateline, no speaker; so is a city the article knows,
    // "LIMA: The Supreme Court has …", which names its country)
    let place = |e: usize| matches!(doc.entities[e].kind, crate::model::EntityKind::Country | crate::model::EntityKind::Place);
    // ("Lisbon: The cabinet on Tuesday …": a dateline printed in title case is one
    // too, when the label names a place of the article)
    if (caps || named.is_some_and(place)) && !first_person && !heading && named.is_none_or(place) {
        let para = doc.sentence_at(doc.tokens[t].span.start).map(|s| doc.sentences[s].paragraph);
        // (after headings only, or after a first line with no final stop: a headline; a
        // headline that ends in a quotation's closing mark, "…, minister promises 'zero
        // tolerance'", is one too: the mark closes no sentence)
        let headline_line = |q: &crate::model::Paragraph| !without_closers(doc.slice(q.span)).trim_end().ends_with(['.', '!', '?']);
        // ("Headline / Byline / Published Dec 4, 2025 / ISLAMABAD: An accountability court …":
        // a known place after the headline, byline and date lines, none with a final stop)
        // (a label that names no actor of the article but that the gazetteer lists as a place is
        // that place too: "Headline; with a semicolon / By X / MULTAN: Thousands of …" had been
        // a speaker "MULTAN", the headline not read as a heading)
        let listed = || named.is_none() && Lexicon::get().place_names.contains_key(&crate::lexicon::fold(&label.clone().map(|j| doc.tokens[j].lower.as_str()).collect::<Vec<_>>().join(" ")));
        let known_place = named.is_some_and(place) || listed();
        let opening = para.is_some_and(|p| doc.paragraphs.get(p).is_some_and(|q| doc.token_at(q.span.start) == t) && (doc.paragraphs[..p].iter().all(|q| q.heading) || p == 1 && headline_line(&doc.paragraphs[0]) || known_place && doc.paragraphs[..p].iter().all(|q| q.heading || headline_line(q))));
        if opening {
            return None;
        }
    }
    let att = match named {
        Some(e) => Attribution { speakers: vec![e], text: None, cue: ":".into(), cue_span, subject: (t, colon) },
        None if caps && !heading => Attribution { speakers: Vec::new(), text: Some(span), cue: ":".into(), cue_span, subject: (t, colon) },
        None => return None,
    };
    Some((att, colon + 1))
}

/// A paragraph introduced by "X added:" at the end of the one before, without quotation
/// marks (a block quote): X's words, one statement.
pub(super) fn block_quotes(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    for pi in 1..doc.paragraphs.len() {
        let (prev, p) = (doc.paragraphs[pi - 1], doc.paragraphs[pi]);
        let (pa, pb) = (doc.token_at(prev.span.start), doc.token_at(prev.span.end));
        let (a, b) = (doc.token_at(p.span.start), doc.token_at(p.span.end));
        if p.heading || pb <= pa + 1 || b <= a || doc.tokens[pb - 1].lower != ":" || ctx.tok_quote.at(pb - 1).is_some() {
            continue;
        }
        // the block has words of its own, outside quotes, from its first token
        if doc.tokens[a].kind == TokenKind::Quote || ctx.tok_quote.at(a).is_some() || (a..b).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count() < 4 {
            continue;
        }
        let from = (pa..pb - 1).rev().take(12).find(|&c| cue_at(doc, c).is_some_and(|(_, class, _, ce)| ce == pb - 1 && class != CueClass::Belief));
        let Some(att) = from.and_then(|c| speaker_before(doc, ctx, c, pb - 1, pa)) else { continue };
        let text = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        let speaker = att.speakers.first().copied();
        let about = actors_in(doc, ctx, text, &[], speaker);
        out.push(Statement { kind: StatementKind::Direct, speaker, speaker_text: att.text, unattributed: None, text, cue: att.cue, cue_span: Some(att.cue_span), about });
    }
}

/// Transcript lines outside quotation marks, one statement each. A "Name: claim" headline or
/// crosshead is none: the desk's summary of what the story reports, not words said.
pub(super) fn labelled_paragraphs(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let t = doc.token_at(p.span.start);
        if t >= doc.tokens.len() || ctx.tok_quote.at(t).is_some() || doc.sentence_at(doc.tokens[t].span.start).is_none_or(|s| doc.sentences[s].paragraph != pi) {
            continue;
        }
        if heading_line(doc, pi) {
            continue;
        }
        let Some((att, content)) = speaker_label(doc, ctx, t, p.heading) else { continue };
        let end = doc.token_at(p.span.end);
        // quotes inside the line are part of it; the line's own words must come first (not
        // the quotation's opening mark: 'X: "…"' is the quotation's, given X by the label)
        if content >= end || ctx.tok_quote.at(content).is_some() || doc.tokens[content].kind == TokenKind::Quote {
            continue;
        }
        let text = Span::new(doc.tokens[content].span.start, doc.tokens[end.max(1) - 1].span.end);
        if text.end <= text.start {
            continue;
        }
        let speaker = att.speakers.first().copied();
        let about = actors_in(doc, ctx, text, &[], speaker);
        out.push(Statement { kind: StatementKind::Direct, speaker, speaker_text: att.text, unattributed: None, text, cue: att.cue, cue_span: Some(att.cue_span), about });
    }
}

/// A line without the closing quotation marks and parentheses it ends with: what is left ends
/// in the line's own stop, if it has one (`heading_line`, `crosshead_reports`).
pub(super) fn without_closers(line: &str) -> &str {
    line.trim_end_matches(|c: char| crate::text::tokenize::is_quote_char(c) || c == ')')
}

/// Paragraph `pi` is a headline or a crosshead: a short line with no final stop ("Hale:
/// Levy plan 'dead on arrival', …" over the story, "Interior Ministry: suspects referred to courts"
/// between two of its paragraphs). The golds hold such a label line as no quote (an optional
/// statement at most), whether or not the labelled actor speaks in the story. A transcript's
/// labelled line ends in a stop ("VARGA: She will not be attending."), and so does a headline
/// that a corpus prints as a sentence ("Sanders: Clinton needs to …." in PolNeAR, whose
/// annotators hold it as the label's words): both stay quotes.
fn heading_line(doc: &Doc, pi: usize) -> bool {
    let p = &doc.paragraphs[pi];
    let line = without_closers(doc.slice(p.span));
    !line.ends_with(['.', '!', '?', ':', '…']) && (p.heading || line.split_whitespace().count() <= 25)
}

/// "Daniel Roe: Inquest jury finds police failures …", "Tax-Fraud: German court jails …": a
/// headline's label (the first line's, or a heading's) before words of its own, unquoted, names
/// the story's subject, not its speaker, when the actor it names says nothing anywhere else in
/// the article ("Marsh: The Budget Deal Is Dead." over "Governor Elena Marsh said …" stays hers).
/// (Only a headline with a final stop is left to this: one without is no quote, `heading_line`.)
pub(super) fn headline_topic_labels(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    let topic = |i: usize, out: &[Statement]| {
        let st = &out[i];
        let (Some(cs), Some(sp)) = (st.cue_span, st.speaker) else { return false };
        if st.kind != StatementKind::Direct || st.cue != ":" {
            return false;
        }
        let t = doc.token_at(st.text.start);
        if t >= doc.tokens.len() || ctx.tok_quote.at(t).is_some() || doc.tokens[t].kind == TokenKind::Quote {
            return false;
        }
        let headline = doc.sentence_at(cs.start).is_some_and(|s| {
            let p = doc.sentences[s].paragraph;
            p == 0 || doc.paragraphs[p].heading
        });
        headline && !out.iter().enumerate().any(|(j, o)| j != i && o.speaker == Some(sp))
    };
    let drop: Vec<bool> = (0..out.len()).map(|i| topic(i, out)).collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "The delegation did not comment on the draft.", "A spokesman did not immediately respond
/// to a request for comment.", "The ministry would not comment.", "The army has not commented
/// on the claim.", "Neither Moscow nor Kyiv commented.": a negated comment or
/// reply with no content after it (no "that", "whether", question word or quote) says nothing.
pub(super) fn silence(doc: &Doc, ctx: &Ctx, st: &Statement) -> bool {
    if st.kind != StatementKind::Reported {
        return false;
    }
    let Some(cs) = st.cue_span else { return false };
    let c = doc.token_at(cs.start);
    // "She did not say how many jobs would move", "would not say whether …": what someone
    // did not say is no statement ("declined to say whether …" stays one, as the refusal
    // the example conventions keep)
    let lower = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let wh = |j: usize| matches!(lower(j), "how" | "whether" | "when" | "what" | "which" | "who" | "why" | "where");
    if matches!(lower(c), "say" | "specify" | "disclose" | "elaborate") && wh(c + 1) && matches!(lower(c.wrapping_sub(1)), "not" | "never" | "n't") {
        return st.text.start <= cs.start && (c + 1..doc.token_at(st.text.end)).all(|j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote);
    }
    // (and the perfect: "The army has not commented on the claim.")
    if !matches!(doc.tokens[c].lower.as_str(), "comment" | "commented" | "respond" | "responded" | "reply" | "replied") {
        return false;
    }
    // ("Neither Moscow nor Kyiv immediately commented.": subjects that "neither" opens)
    let neither = || (c.saturating_sub(12)..c).rev().take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).any(|j| doc.tokens[j].lower == "neither");
    let negated = (c.saturating_sub(3)..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "not" | "never" | "didn't" | "wouldn't" | "won't" | "couldn't" | "hasn't" | "haven't")) || neither();
    let end = doc.token_at(st.text.end).max(c + 1);
    let content = (c + 1..end.min(doc.tokens.len())).any(|j| {
        ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind == TokenKind::Quote || matches!(doc.tokens[j].lower.as_str(), "that" | "whether" | "if" | "how" | "what" | "why" | "when" | "who" | ":" | "saying" | "but")
    });
    negated && !content && st.text.start <= cs.start
}
