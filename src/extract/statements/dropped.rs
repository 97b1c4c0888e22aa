//! Statements dropped or cut once all are found: a refusal to comment, a report that runs out
//! of a quotation, a press release's boilerplate, a quote's echo.

use super::*;

/// Reports that say nothing are dropped: a refusal to comment, an answer to a request for comment,
/// a vote, the question put to the speaker.
/// "Ms. Roe declined to comment.": a refusal to speak says nothing
/// (what follows "comment on" is kept: "declined to comment on whether …")
pub(super) fn no_comment(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>) {
    out.retain(|st| {
        if st.kind != StatementKind::Reported {
            return true;
        }
        let Some(cs) = st.cue_span else { return true };
        let c = doc.token_at(cs.start);
        let tok = |i: usize| doc.tokens.get(i).map_or("", |t| t.lower.as_str());
        let silent = matches!(tok(c), "declined" | "declines" | "decline" | "refused" | "refuses" | "refuse") && tok(c + 1) == "to" && tok(c + 2) == "comment";
        // ("the bank responded to requests for comment", "did not reply to emails seeking
        // comment": an answer to a request, with nothing answered)
        let answered_request = matches!(tok(c), "responded" | "responds" | "respond" | "replied" | "replies" | "reply")
            && tok(c + 1) == "to"
            && (c + 2..c + 5).any(|j| matches!(tok(j), "request" | "requests" | "emails" | "email" | "calls" | "messages" | "inquiries" | "queries" | "questions"))
            && (c + 3..c + 7).any(|j| tok(j) == "comment");
        // ("declined to comment on the vote.": a topic after "on" with no clause or quote in it
        // says nothing either; "on whether …", "on reports that …" do)
        let on_topic = || {
            tok(c + 3) == "on" && {
                let end = (c + 4..doc.tokens.len()).find(|&j| matches!(tok(j), "." | ";" | ":")).unwrap_or(doc.tokens.len());
                end <= c + 10 && (c + 4..end).all(|j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote && !matches!(tok(j), "that" | "whether" | "if" | "how" | "what" | "why" | "who" | "when" | "but" | "saying" | "," | "because"))
            }
        };
        // ("Lawmakers rejected the draft by 118 votes to 104": a vote, not speech; "members
        // who voted" stays a statement of "voted", as PolNeAR annotates it; and the voters'
        // verdict, `voters_verdict`)
        let (sa, sb) = sentence_tokens(doc, c);
        let vote = matches!(tok(c), "rejected" | "rejects" | "reject" | "backed" | "backs" | "approved" | "approves" | "endorsed" | "supported" | "opposed")
            && (sa..sb).any(|j| matches!(tok(j), "votes" | "voted" | "ballot" | "turnout" | "vote"))
            || voters_verdict(doc, c);
        // ("Asked whether he was referring to X, he declined to …": the question put to the
        // speaker, in the clause that opens with "Asked", is none of his statements)
        let asked = doc.tokens[sa].lower == "asked" && matches!(tok(sa + 1), "whether" | "if" | "about") && c > sa && (sa..c).all(|j| !matches!(tok(j), "," | ";"));
        !(silent && (matches!(tok(c + 3), "" | "." | "," | ";" | "when" | "further" | "after" | "and") || on_topic())) && !answered_request && !vote && !asked
    });
}

/// "Voters in the canton have rejected the plan", "Hamburg voters backed the bid", "54% of
/// voters said no to the funding": what the electorate decides at the ballot box is a vote's
/// result, not speech, even where the sentence has no "vote" word (`no_comment`'s check that
/// keeps "Lawmakers rejected the draft by 118 votes to 104" out asks for one). Only the verbs of a
/// verdict, and "said no/yes to"; "Voters said they feared …" (a poll, an interview) stays.
/// (`c` the report's cue token.)
fn voters_verdict(doc: &Doc, c: usize) -> bool {
    let lower = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    let verdict = matches!(lower(c), "rejected" | "rejects" | "backed" | "backs" | "approved" | "approves" | "endorsed" | "endorses")
        || matches!(lower(c), "said" | "say" | "says") && matches!(lower(c + 1), "no" | "yes") && lower(c + 2) == "to";
    // (the subject: the words before the cue, past "have"/"has"/"had", back to the clause's
    // opening)
    verdict
        && (c.saturating_sub(10)..c)
            .rev()
            .skip_while(|&j| matches!(lower(j), "have" | "has" | "had"))
            .take_while(|&j| !matches!(lower(j), "," | "." | ";" | ":" | "where" | "who" | "which" | "that" | "whom"))
            .any(|j| matches!(lower(j), "voters" | "electors" | "electorate"))
}

/// A report that opens inside a quotation and runs out of it is cut to what follows the quotation,
/// or dropped.
/// ("“We are ready. There is no going back,” X said at the summit, according to …", "“… .
/// They need help,” she said, urging …": a report that opens inside a quotation and runs
/// out of it is the quote's last sentence and its cue, not a report of its own)
/// (a quotation that is a quote of its own: not a nickname inside a name, 'X "Ti" Roe said')
/// (a participle after the cue goes on with a report of its own: "“…,” X said, going on to
/// say that …" is kept from the speaker on)
pub(super) fn report_out_of_quote(doc: &Doc, out: &mut Vec<Statement>) {
    let quoted: Vec<Span> = out.iter().filter(|s| s.kind == StatementKind::Direct).map(|s| s.text).collect();
    if !quoted.is_empty() {
        out.retain_mut(|st| {
            if st.kind != StatementKind::Reported {
                return true;
            }
            let Some(q) = quoted.iter().find(|q| q.start < st.text.start && st.text.start < q.end && q.end < st.text.end) else { return true };
            let (a, b) = (doc.token_at(q.end), doc.token_at(st.text.end));
            // (the cue right after the quotation, with its speaker: not a report nested in a
            // long quotation that runs on after it)
            if !st.cue_span.is_some_and(|c| c.start >= q.end && doc.token_at(c.start) <= a + 8) {
                return true;
            }
            let Some(k) = (a..b).find(|&k| doc.tokens[k].kind != TokenKind::Quote && doc.tokens[k].lower != ",") else { return false };
            let goes_on = (k + 1..b).any(|j| doc.tokens[j - 1].lower == "," && doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].lower.ends_with("ing") && doc.tokens[j].lower != "according");
            if goes_on {
                st.text = Span::new(doc.tokens[k].span.start, st.text.end);
            }
            goes_on
        });
    }
}

/// A press release's boilerplate (the paragraph after an "About …" line) says nothing: its reports
/// are dropped.
/// ("About Citizens' Vote Watch" over a press release's last paragraph: the boilerplate that
/// describes the body says nothing new; the paragraph right after such a line)
pub(super) fn boilerplate(doc: &Doc, out: &mut Vec<Statement>) {
    let boiler: Vec<Span> = (1..doc.paragraphs.len())
        .filter(|&p| {
            let q = doc.paragraphs[p - 1];
            let (a, b) = (doc.token_at(q.span.start), doc.token_at(q.span.end));
            b > a + 1 && b <= a + 8 && doc.tokens[a].lower == "about" && doc.tokens[a].cap && doc.tokens[a + 1].cap && !matches!(doc.tokens[b - 1].lower.as_str(), "." | "?" | "!" | ":")
        })
        .map(|p| doc.paragraphs[p].span)
        .collect();
    if !boiler.is_empty() {
        out.retain(|st| st.kind != StatementKind::Reported || !boiler.iter().any(|b| b.start <= st.text.start && st.text.end <= b.end));
    }
}

/// A crosshead's report says nothing of its own: it is dropped.
/// ("Velmora insists the guns never fell silent", "Capital braces for more raids", "Growers
/// fear the worst" on a line of its own between two paragraphs of the story had been statements
/// of their subjects: a short line with no final stop, after a paragraph that ends in one, is the
/// desk's heading over what the next paragraphs report, which the golds hold as no statement or
/// an optional one. Not a bullet or a time-stamped entry of a live page, which open with a dash,
/// a bullet sign or a digit, nor the headline and standfirst above the story.)
pub(super) fn crosshead_reports(doc: &Doc, out: &mut Vec<Statement>) {
    let heads = crosshead_lines(doc);
    if !heads.is_empty() {
        out.retain(|st| st.kind != StatementKind::Reported || !heads.iter().any(|h| h.start <= st.text.start && st.text.end <= h.end));
    }
}

/// The story's crossheads: a line of at most 12 words with no final stop, opening with a letter,
/// after a paragraph that ends in one (`crosshead_reports`, and the demands' `crosshead_demands`).
/// (A live page's entry heading comes after its time stamp, a line with no stop: not taken.)
pub(crate) fn crosshead_lines(doc: &Doc) -> Vec<Span> {
    let text = doc.text();
    let stopped = |sp: Span| without_closers(&text[sp.start..sp.end]).ends_with(['.', '!', '?', ':']);
    (2..doc.paragraphs.len())
        .filter(|&p| {
            let (q, prev) = (doc.paragraphs[p], doc.paragraphs[p - 1]);
            let line = &text[q.span.start..q.span.end];
            !q.furniture && !stopped(q.span) && stopped(prev.span) && line.split_whitespace().count() <= 12 && line.starts_with(char::is_alphabetic)
        })
        .map(|p| doc.paragraphs[p].span)
        .collect()
}

/// A quote with no speaker that a later attributed quote repeats is dropped.
/// a quote with no speaker that a later quote with one repeats word for word (a live
/// page's subheading, a standfirst: '09:40 Portugal "not for sale"' before the paragraph
/// that gives who said it) is that quote's echo, not a second one
pub(super) fn echoes(doc: &Doc, out: &mut Vec<Statement>) {
    let words = |sp: Span| doc.slice(sp).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>();
    let echoes: Vec<Span> = out
        .iter()
        .filter(|st| st.kind == StatementKind::Direct && st.speaker.is_none() && st.speaker_text.is_none())
        .filter(|st| {
            let w = words(st.text);
            !w.is_empty() && out.iter().any(|o| o.kind == StatementKind::Direct && o.speaker.is_some() && o.text.start > st.text.end && words(o.text) == w)
        })
        .map(|st| st.text)
        .collect();
    out.retain(|st| !(st.kind == StatementKind::Direct && echoes.contains(&st.text)));
}
