//! Who said what: direct quotes with their speaker and cue, and reported speech
//! ("X said that …", "X accused Y of …", "according to X, …").

use super::np::{actors_in, np_at, sentence_tokens, subject_before, Ctx, Np};
use crate::lexicon::{CueClass, Lexicon};
use crate::model::{Doc, Span, Statement, StatementKind, TokenKind};

/// A cue verb at token `t`, as (lemma, class, token end).
pub fn cue_at(doc: &Doc, t: usize) -> Option<(&'static str, CueClass, bool, usize)> {
    let lex = Lexicon::get();
    let tok = doc.tokens.get(t)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    for (words, cue) in &lex.multiword_cues {
        if words.iter().enumerate().all(|(i, w)| doc.tokens.get(t + i).is_some_and(|x| &x.lower == w)) {
            return Some((cue.lemma, cue.class, cue.takes_object, t + words.len()));
        }
    }
    let cue = lex.cues.get(&tok.lower)?;
    // "the proposed deal", "a warning": a determiner before makes it a noun or adjective
    if t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "'s" | "to") {
        if !(doc.tokens[t - 1].lower == "to" && cue.class == CueClass::Speech) {
            return None;
        }
    }
    Some((cue.lemma, cue.class, cue.takes_object, t + 1))
}

fn surface(doc: &Doc, a: usize, b: usize) -> String {
    doc.slice(Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)).to_string()
}

/// Speaker found for a quote: the phrase, the cue text and its span.
struct Attribution {
    np: Np,
    cue: String,
    cue_span: Span,
}

pub fn find_statements(doc: &mut Doc, ctx: &Ctx) {
    let mut out: Vec<Statement> = Vec::new();
    let mut used_cues: Vec<usize> = Vec::new();
    let mut prev: Option<(usize, Option<usize>)> = None; // (paragraph, speaker) of the last quote
    for qi in 0..ctx.quotes.len() {
        let q = ctx.quotes[qi].clone();
        let heading = doc.paragraphs[q.paragraph].heading;
        let a = doc.token_at(q.inner.start);
        let b = doc.token_at(q.inner.end);
        let words = (a..b).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
        let mut att = None;
        if !heading {
            att = after_quote(doc, ctx, q.outer.end)
                .or_else(|| before_quote(doc, ctx, doc.token_at(q.outer.start), &mut used_cues))
                .or_else(|| colon_intro(doc, ctx, doc.token_at(q.outer.start)))
                .or_else(|| next_sentence(doc, ctx, q.outer.end));
        }
        let (speaker, why, cue, cue_span) = match att {
            Some(at) => (at.np.entities.first().copied(), None, at.cue, Some(at.cue_span)),
            None => {
                // a quote paragraph following another speaker's quote continues it
                let whole_para = doc.paragraphs[q.paragraph].span.start + 3 >= q.outer.start;
                match prev {
                    Some((p, Some(s))) if whole_para && (p + 1 == q.paragraph || p == q.paragraph) && words > 3 => (Some(s), None, String::from("continued"), None),
                    _ if heading => (None, Some("headline"), String::new(), None),
                    _ if words <= 3 => (None, Some("scare quote"), String::new(), None),
                    _ => (None, Some("no speaker"), String::new(), None),
                }
            }
        };
        if speaker.is_some() {
            prev = Some((q.paragraph, speaker));
        }
        let about = actors_in(doc, ctx, q.inner, &[], speaker);
        out.push(Statement { kind: StatementKind::Direct, speaker, unattributed: why, text: q.inner, cue, cue_span, about });
    }
    reported(doc, ctx, &used_cues, &mut out);
    out.sort_by_key(|s| (s.text.start, s.text.end));
    doc.statements = out;
}

/// `“…,” X said` / `“…,” said X` / `“…,” X, the Y, said`.
fn after_quote(doc: &Doc, ctx: &Ctx, pos: usize) -> Option<Attribution> {
    let mut t = doc.token_at(pos);
    let (_, sb) = sentence_tokens(doc, t.saturating_sub(1));
    let limit = (t + 12).min(doc.tokens.len()).min(sb.max(t + 1));
    if doc.tokens.get(t).is_some_and(|x| x.lower == ",") {
        t += 1;
    }
    if t >= limit {
        return None;
    }
    // said X
    if let Some((lemma, class, _, ce)) = cue_at(doc, t) {
        if class != CueClass::Belief {
            if let Some(np) = np_at(doc, ctx, ce, limit.max(ce + 6).min(doc.tokens.len())) {
                let _ = lemma;
                return Some(Attribution { cue: surface(doc, t, ce), cue_span: Span::new(doc.tokens[t].span.start, doc.tokens[ce - 1].span.end), np });
            }
        }
    }
    // X said
    for c in t + 1..limit {
        if let Some((_, class, _, ce)) = cue_at(doc, c) {
            if class == CueClass::Belief {
                return None;
            }
            let np = subject_before(doc, ctx, c, t)?;
            if np.start != t {
                return None;
            }
            return Some(Attribution { cue: surface(doc, c, ce), cue_span: Span::new(doc.tokens[c].span.start, doc.tokens[ce - 1].span.end), np });
        }
        if ctx.tok_quote[c].is_some() {
            break;
        }
    }
    // ", according to X" / "according to a post by X"
    according_to(doc, ctx, t, limit)
}

fn according_to(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Attribution> {
    let k = (t..limit).find(|&k| doc.tokens[k].lower == "according" && doc.tokens.get(k + 1).is_some_and(|x| x.lower == "to"))?;
    let (_, sb) = sentence_tokens(doc, k);
    let mut s = k + 2;
    while s < sb {
        if let Some(np) = np_at(doc, ctx, s, sb) {
            if !np.entities.is_empty() {
                return Some(Attribution { cue: "according to".into(), cue_span: Span::new(doc.tokens[k].span.start, doc.tokens[k + 1].span.end), np });
            }
        }
        // "according to a post on social media by X"
        if s > k + 8 || doc.tokens[s].lower == "," {
            break;
        }
        s += 1;
    }
    None
}

/// `X said “…”`, `X said that “…”`, `X expressed “serious questions”`: the nearest cue
/// before the quote in its sentence, with its subject.
fn before_quote(doc: &Doc, ctx: &Ctx, qstart: usize, used: &mut Vec<usize>) -> Option<Attribution> {
    let (sa, _) = sentence_tokens(doc, qstart);
    let mut c = qstart;
    while c > sa {
        c -= 1;
        if ctx.tok_quote[c].is_some() {
            continue;
        }
        let Some((_, class, _, ce)) = cue_at(doc, c) else { continue };
        if ce > qstart {
            continue;
        }
        let _ = class;
        let np = subject_before(doc, ctx, c, sa).or_else(|| clause_subject(doc, ctx, sa, c))?;
        used.push(c);
        return Some(Attribution { cue: surface(doc, c, ce), cue_span: Span::new(doc.tokens[c].span.start, doc.tokens[ce - 1].span.end), np });
    }
    None
}

/// The first actor of a clause that starts at `a`, for cues far from their subject
/// ("Zelensky gave an assessment in comments to reporters, acknowledging that …").
fn clause_subject(doc: &Doc, ctx: &Ctx, a: usize, c: usize) -> Option<Np> {
    let mut k = a;
    while k < c.min(a + 4) {
        if let Some(np) = np_at(doc, ctx, k, c) {
            return Some(np);
        }
        k += 1;
    }
    None
}

/// `He added: “…”` in the sentence before, or a sentence ending with a colon.
fn colon_intro(doc: &Doc, ctx: &Ctx, qstart: usize) -> Option<Attribution> {
    let si = doc.sentence_at(doc.tokens[qstart].span.start)?;
    let (sa, _) = doc.sentences[si].tokens;
    let prev_si = if sa == qstart { si.checked_sub(1)? } else { return None };
    if doc.sentences[prev_si].paragraph + 1 < doc.sentences[si].paragraph {
        return None;
    }
    let (pa, pb) = doc.sentences[prev_si].tokens;
    if doc.tokens[pb - 1].lower != ":" {
        return None;
    }
    let mut c = pb - 1;
    while c > pa {
        c -= 1;
        if let Some((_, _, _, ce)) = cue_at(doc, c) {
            let np = subject_before(doc, ctx, c, pa)?;
            return Some(Attribution { cue: surface(doc, c, ce), cue_span: Span::new(doc.tokens[c].span.start, doc.tokens[ce - 1].span.end), np });
        }
    }
    None
}

/// A quote that fills its sentence, with `X said.` as the next sentence of the paragraph.
fn next_sentence(doc: &Doc, ctx: &Ctx, pos: usize) -> Option<Attribution> {
    let t = doc.token_at(pos);
    let si = doc.sentence_at(doc.tokens.get(t)?.span.start)?;
    let (a, b) = doc.sentences[si].tokens;
    if a != t || b - a > 8 {
        return None;
    }
    let att = after_quote(doc, ctx, doc.tokens[a].span.start)?;
    Some(att)
}

/// Reported speech: a cue verb with an actor subject, outside quotes, whose cue was not
/// already used to attribute a quote. One statement per speaker and sentence.
fn reported(doc: &Doc, ctx: &Ctx, used: &[usize], out: &mut Vec<Statement>) {
    for si in 0..doc.sentences.len() {
        let s = doc.sentences[si];
        if doc.paragraphs[s.paragraph].heading {
            continue;
        }
        let (a, b) = s.tokens;
        let mut spoken: Vec<usize> = Vec::new();
        let quote_speakers: Vec<usize> = out
            .iter()
            .filter(|st| st.kind == StatementKind::Direct && s.span.contains(st.text))
            .filter_map(|st| st.speaker)
            .collect();
        let mut c = a;
        while c < b {
            if ctx.tok_quote[c].is_some() {
                c += 1;
                continue;
            }
            // "according to X, …"
            if doc.tokens[c].lower == "according" && doc.tokens.get(c + 1).is_some_and(|x| x.lower == "to") {
                if let Some(att) = according_to(doc, ctx, c, b) {
                    let speaker = att.np.entities[0];
                    let text = if c == a {
                        let comma = (att.np.end..b).find(|&k| doc.tokens[k].lower == ",").unwrap_or(att.np.end);
                        Span::new(doc.tokens[(comma + 1).min(b - 1)].span.start, end_of(doc, b))
                    } else {
                        let stop = if c > a && doc.tokens[c - 1].lower == "," { c - 1 } else { c };
                        Span::new(doc.tokens[a].span.start, doc.tokens[stop.max(a + 1) - 1].span.end)
                    };
                    if !spoken.contains(&speaker) && !quote_speakers.contains(&speaker) && !text.is_empty() {
                        spoken.push(speaker);
                        let about = actors_in(doc, ctx, text, &[], Some(speaker));
                        out.push(Statement { kind: StatementKind::Reported, speaker: Some(speaker), unattributed: None, text, cue: "according to".into(), cue_span: Some(att.cue_span), about });
                    }
                    c = att.np.end;
                    continue;
                }
            }
            let Some((_lemma, class, takes_object, ce)) = cue_at(doc, c) else {
                c += 1;
                continue;
            };
            if used.contains(&c) || class == CueClass::Ask && !complement_follows(doc, ce, b) {
                c = ce;
                continue;
            }
            let Some(np) = subject_before(doc, ctx, c, a) else {
                c = ce;
                continue;
            };
            if !complement_follows(doc, ce, b) && !takes_object && class != CueClass::Express {
                c = ce;
                continue;
            }
            let speakers: Vec<usize> = np.entities.iter().copied().filter(|e| doc.entities[*e].kind.is_actor() || doc.entities[*e].stands_for.is_some()).collect();
            if speakers.is_empty() || speakers.iter().all(|e| spoken.contains(e) || quote_speakers.contains(e)) {
                c = ce;
                continue;
            }
            // the subject phrase opens the text when it stands right before the cue
            let start = extend_subject_left(doc, np.start, a);
            let end = clause_end(doc, ce, b);
            let text = Span::new(doc.tokens[start].span.start, end);
            let subject_span = Span::new(doc.tokens[start].span.start, doc.tokens[np.end - 1].span.end);
            let object: Vec<usize> = if takes_object { np_at(doc, ctx, ce, b).map(|o| o.entities).unwrap_or_default() } else { Vec::new() };
            for &speaker in &speakers {
                spoken.push(speaker);
                let mut about: Vec<usize> = object.iter().copied().filter(|&e| e != speaker).collect();
                let rest = Span::new(subject_span.end.min(text.end), text.end);
                for e in actors_in(doc, ctx, rest, &speakers, Some(speaker)) {
                    if !about.contains(&e) {
                        about.push(e);
                    }
                }
                let cue_span = Span::new(doc.tokens[c].span.start, doc.tokens[ce - 1].span.end);
                out.push(Statement { kind: StatementKind::Reported, speaker: Some(speaker), unattributed: None, text, cue: doc.slice(cue_span).to_string(), cue_span: Some(cue_span), about });
            }
            c = ce;
        }
    }
}

/// Titles, adjectives and "former" before a subject name belong to the statement.
fn extend_subject_left(doc: &Doc, mut s: usize, a: usize) -> usize {
    let lex = Lexicon::get();
    while s > a {
        let l = &doc.tokens[s - 1].lower;
        if lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || lex.country_adjectives.contains_key(l) || l == "'s" || l == "the" || doc.tokens[s - 1].cap && l != "," {
            s -= 1;
        } else {
            break;
        }
    }
    s
}

/// Something that can be a reported clause follows the cue: "that", a clause, "of", a
/// colon, or an object.
fn complement_follows(doc: &Doc, ce: usize, b: usize) -> bool {
    if ce >= b {
        return false;
    }
    let l = doc.tokens[ce].lower.as_str();
    !matches!(l, "." | "by" | "with" | "as" | "and" | "after" | "when" | ")" )
}

/// The statement runs to the end of its sentence, without the final period.
fn clause_end(doc: &Doc, _ce: usize, b: usize) -> usize {
    end_of(doc, b)
}

fn end_of(doc: &Doc, b: usize) -> usize {
    let mut e = b;
    while e > 0 && matches!(doc.tokens[e - 1].lower.as_str(), "." | "!" | "?" | ";" | ",") && doc.tokens[e - 1].kind == TokenKind::Punct {
        e -= 1;
    }
    doc.tokens[e.max(1) - 1].span.end
}
