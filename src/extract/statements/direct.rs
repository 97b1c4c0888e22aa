//! Direct quotes: who speaks a quotation (its tag before or after, a colon introduction, a sign-off,
//! the next sentence), and quotation marks that name rather than quote.

use super::*;

mod before;
mod clause;

use self::before::Before;
use self::clause::Clause;

/// A quoted title inside a sentence: a show, a film, a forum or an ad ("appeared on
/// “Good Morning Harbor,”", "a “Town Hall for Veterans” forum"). Every word is capitalised
/// (short function words aside) and it names something rather than saying it; quoted
/// speech opens its sentence or follows a cue, and has a verb that a title-case phrase of a
/// few words rarely has.
pub(super) fn title_quote(doc: &Doc, a: usize, b: usize, qs: usize) -> bool {
    use crate::text::quotes::{title_word, TITLE_SMALL_WORDS as SMALL};
    // (no more than seven words are kept: a quote of more is no title, `words.len() <= 6`
    // below, and the words of one of six or fewer are all kept; collecting every word of a long
    // quote cost ~1.3 M instructions per 200 articles, 1,113 quotes)
    let words: Vec<usize> = (a..b).filter(|&k| doc.tokens[k].kind == TokenKind::Word).take(7).collect();
    let (sa, sb) = sentence_tokens(doc, qs);
    let lex = Lexicon::get();
    // (in a title-case headline every quote looks like a title)
    !words.is_empty()
        && !crate::extract::names::title_case(doc, sa, sb)
        && words.len() <= 6
        && qs > sa
        && doc.tokens[words[0]].cap
        && words.iter().all(|&k| title_word(&doc.tokens[k]))
        // (a quoted question or exclamation is speech, and so is a sentence a colon opens:
        // "Roe said: “Never.”")
        && (a..b).all(|k| !matches!(doc.tokens[k].lower.as_str(), "?" | "!"))
        && !(qs > sa && doc.tokens[qs - 1].lower == ":" && b > a && doc.tokens[b - 1].lower == ".")
        // (after an outlet's possessive any title-case words name its show: "ABC News' “This
        // Week”", "CBS's “Face the Nation”")
        && (matches!(doc.tokens[qs - 1].lower.as_str(), "'s" | "\u{2019}s" | "'" | "\u{2019}") || !words.iter().any(|&k| lex.stopwords.contains(&doc.tokens[k].lower) && !SMALL.contains(&doc.tokens[k].lower.as_str())))
        // ("accusing its neighbour of “Russophobia”", "branded the move as “Blackmail”": one
        // word after "of"/"as" that a verb of saying governs is the charge, no title)
        && !(words.len() == 1 && qs >= 2 && matches!(doc.tokens[qs - 1].lower.as_str(), "of" | "as") && (qs.saturating_sub(6).max(sa)..qs - 1).any(|k| lex.cues.contains_key(&doc.tokens[k].lower)))
}

/// A quotation (its opening mark at token `qs`, the token after its closing mark at `qe`)
/// that names a thing rather than reports words: after "known as" (and an article), "so-called", "dubbed",
/// "nicknamed", or of two words or more between an article and the noun it modifies ("the
/// “no work, no pay” rule"; one word there is most often the speaker's: "her “criminal”
/// attempt").
pub(super) fn term_quote(doc: &Doc, qs: usize, qe: usize, words: usize) -> bool {
    let lex = Lexicon::get();
    let before = |n: usize| qs.checked_sub(n).map(|k| doc.tokens[k].lower.as_str());
    let known_as = |n: usize| before(n) == Some("as") && matches!(before(n + 1), Some("known" | "referred"));
    // (an article may come between: "the measure, known as the “Roe tax”, would …")
    let named = matches!(before(1), Some("so-called" | "dubbed" | "nicknamed" | "codenamed" | "code-named")) || known_as(1) || matches!(before(1), Some("the" | "a" | "an")) && known_as(2);
    // (not after "as": "criticised as a “use it or lose it” approach" gives critics' words)
    let modifier = words >= 2
        && matches!(before(1), Some("the" | "a" | "an"))
        && before(2) != Some("as")
        && doc.tokens.get(qe).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && x.space_before && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower) && x.lower.len() > 2);
    named || modifier
}

/// Dashes that introduce a sign-off after a quote: “…” ― Jane Roe.
pub(super) fn dash_at(doc: &Doc, t: usize) -> usize {
    let mut k = t;
    while doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "―" | "—" | "–" | "-")) && k < t + 2 {
        k += 1;
    }
    // a single hyphen is no dash ("-- Jane Roe" is two)
    if k == t + 1 && doc.tokens[t].lower == "-" {
        return t;
    }
    k
}

/// The sign-off names after quotes (“…” ― Jane Roe), which name their speaker even when
/// nothing else in the article does: each becomes a person mention. Runs before [`Ctx`] is built.
pub fn sign_offs(doc: &mut Doc, quotes: &[crate::text::Quote]) {
    let lex = Lexicon::get();
    for q in quotes {
        let t = doc.token_at(q.outer.end);
        let a = dash_at(doc, t);
        if a == t || a >= doc.tokens.len() {
            continue;
        }
        // two to four capitalised words, then the end of the line, a full stop or a comma
        let mut b = a;
        while b < doc.tokens.len() && b < a + 4 && doc.tokens[b].kind == TokenKind::Word && doc.tokens[b].cap && doc.text()[doc.tokens[b - 1].span.end..doc.tokens[b].span.start].chars().all(|c| c != '\n') {
            b += 1;
        }
        let ends = b == doc.tokens.len() || matches!(doc.tokens[b].lower.as_str(), "." | "," | "(") || doc.text()[doc.tokens[b - 1].span.end..doc.tokens[b].span.start].contains('\n');
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[b.max(a + 1) - 1].span.end);
        let plain = (a..b).all(|j| !lex.org_words.contains(&doc.tokens[j].lower) && !lex.titles.contains_key(&doc.tokens[j].lower) && !lex.stopwords.contains(&doc.tokens[j].lower));
        if b - a < 2 || !ends || !plain || !doc.mentions_in(span).is_empty() {
            continue;
        }
        let name = doc.slice(span).to_string();
        let e = doc.person(&name, span.start);
        doc.add_mention(span, e, crate::model::MentionKind::Name);
    }
}

/// `“…,” X said` / `“…,” said X` / `“…,” X, the Y, said` / `“…,” according to X` / `“…” ― X`.
pub(super) fn after_quote(doc: &Doc, ctx: &Ctx, pos: usize) -> Option<Attribution> {
    let mut t = doc.token_at(pos);
    let (_, sb) = sentence_tokens(doc, t.saturating_sub(1));
    // "“…?” Graham asked.": a question or exclamation ends its sentence; the cue follows
    // (not across a paragraph break: the next paragraph's subject is someone else's)
    let ends_sentence = sb <= t && t < doc.tokens.len() && t > 1 && matches!(doc.tokens[t - 2].lower.as_str(), "?" | "!") && !doc.text()[pos.min(doc.tokens[t].span.start)..doc.tokens[t].span.start].contains('\n');
    let sb = if ends_sentence { sentence_tokens(doc, t).1.min(t + 8) } else { sb };
    let limit = (t + 40).min(doc.tokens.len()).min(sb.max(t + 1));
    if run_on_relative(doc, t) {
        return None;
    }
    if doc.tokens.get(t).is_some_and(|x| x.lower == ",") {
        t += 1;
    }
    let d = dash_at(doc, t);
    if d > t {
        let np = np_at(doc, ctx, d, (d + 6).min(doc.tokens.len()))?;
        // the name closes the line ("― Jane Roe.", "— Jane Roe, Texas"), it does not go on
        let closes = doc.tokens.get(np.end).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | "(") || doc.text()[doc.tokens[np.end - 1].span.end..x.span.start].contains('\n'));
        if !closes {
            return None;
        }
        let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| doc.entities[e].kind.is_actor()).collect();
        let cue_span = tspan(doc, t, d);
        return (!speakers.is_empty()).then(|| Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) });
    }
    // ('was "premature" as long as Russia refused to stop': a condition after the quotation
    // names no speaker of it)
    if t >= limit || doc.tokens[t].lower == "as-long-as" {
        return None;
    }
    if let Some(att) = document_reads(doc, ctx, t, limit) {
        return Some(att);
    }
    if let Some((_, class, _, ce)) = cue_at(doc, t) {
        // (a participle's object is no inverted speaker: "… to cut rates “now,” calling Hale “a
        // loser”" is the clause subject's)
        let participle = doc.tokens[t].lower.ends_with("ing");
        if class != CueClass::Belief && !participle {
            if let Some(att) = speaker_after(doc, ctx, t, ce, (ce + 10).min(doc.tokens.len())).or_else(|| unnamed_after(doc, ctx, t, ce, limit.max(ce + 1))) {
                return Some(att);
            }
            // "…,” said the spokeswoman.": one named earlier, taken up again
            if let Some(body) = (ce + 2 <= limit).then(|| spokesperson_again(doc, ctx, ce, ce + 2)).flatten() {
                let cue_span = tspan(doc, t, ce);
                return Some(Attribution { speakers: vec![body], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (ce, ce + 2) });
            }
        }
    }
    // "…,” one of them said.", "…,” one of the diplomats told AFP.": someone of a group the
    // article does not name, not the group's members named before
    if doc.tokens[t].lower == "one" && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "of") {
        let mut k = t + 2;
        if doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "them" | "those" | "us")) {
            k += 1;
        } else if doc.tokens.get(k).is_some_and(|x| x.lower == "the") {
            k += 1;
            while k < (t + 7).min(limit) && doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && cue_at(doc, k).is_none() {
                k += 1;
            }
        }
        if k > t + 2 && k < limit {
            if let Some((_, _, _, ce)) = cue_at(doc, k).filter(|&(_, class, _, _)| class != CueClass::Belief) {
                let cue_span = tspan(doc, k, ce);
                return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, t, k)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (t, k) });
            }
        }
    }
    for c in t + 1..limit {
        if ctx.tok_quote.at(c).is_some() {
            break;
        }
        if let Some((_, class, _, ce)) = cue_at(doc, c) {
            if class == CueClass::Belief {
                return None;
            }
            let att = speaker_before(doc, ctx, c, ce, t)?;
            // only name-like words ("campaign spokesman", "panel Chairman") may precede the speaker
            // (two bodies' names joined by a slash too: "AFC/M23 spokesman X said")
            let lex = Lexicon::get();
            let lead_ok = att.subject.0 >= t
                && att.subject.0 - t <= 4
                && (t..att.subject.0).all(|j| doc.tokens[j].kind == TokenKind::Word && !lex.cues.contains_key(&doc.tokens[j].lower) && !lex.stopwords.contains(&doc.tokens[j].lower) || doc.tokens[j].lower == "/" && j > t);
            // ("‘I admire the mechanics’ of the plan, Mr. Hale said.": the quote opens a sentence
            // whose source closes it after a comma)
            let closes = att.subject.0 > t && doc.tokens[att.subject.0 - 1].lower == "," && doc.tokens.get(ce).is_none_or(|x| matches!(x.lower.as_str(), "." | "!" | "?")) && att.subject.1 <= c;
            // ("“…,” the union's spokesman, Jane Roe, told reporters on Monday.": a description
            // of the speaker before the name, in apposition)
            // ("“…,” Oxfam's head of campaigns, Jane Roe, said": a one-word owner's possessive, and an
            // office of a field)
            let owner = doc.tokens[t].cap && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s"));
            let described = att.subject.0 > t + 1
                && doc.tokens[att.subject.0 - 1].lower == ","
                && (matches!(doc.tokens[t].lower.as_str(), "the" | "its" | "his" | "her" | "their") || owner)
                && (described_speaker(doc, t, att.subject.0 - 1) || office_of_field(doc, t, att.subject.0 - 1));
            // ("“…,” the pilots' union SPAC said.", "“…,” the ministry's spokesman Ali Omar
            // said": a determiner and lower-case words of description right before the name)
            let lead = att.subject.0.saturating_sub(t);
            let plain = |j: usize| {
                let x = &doc.tokens[j];
                x.kind == TokenKind::Word && !x.cap && !lex.cues.contains_key(&x.lower) && !lex.stopwords.contains(&x.lower) || matches!(x.lower.as_str(), "'s" | "’s" | "'" | "’" | "-")
            };
            // ("“…,” its founder John Roe told AFP": the determiner alone before a subject that
            // opens with a lower-case title, whose holder is named)
            let titled_subject = lead == 1 && att.speakers.len() == 1 && doc.tokens[att.subject.0].kind == TokenKind::Word && !doc.tokens[att.subject.0].cap && lex.titles.contains_key(&doc.tokens[att.subject.0].lower);
            let description = ((2..=5).contains(&lead) && (t + 1..att.subject.0).all(plain) || titled_subject) && matches!(doc.tokens[t].lower.as_str(), "the" | "its" | "his" | "her" | "their");
            // ("“…,” his mother said.", "“…,” my father often said.": a possessive before an
            // unnamed speaker is part of it)
            if lead == 1 && att.speakers.is_empty() && matches!(doc.tokens[t].lower.as_str(), "his" | "her" | "their" | "its" | "my" | "our") {
                if let Some(sp) = att.text {
                    return Some(Attribution { text: Some(Span::new(doc.tokens[t].span.start, sp.end)), subject: (t, att.subject.1), ..att });
                }
            }
            // ("“…,” Vexmoor's Parliament Commissioner for Human Rights X said", "“…,” Nordic
            // Water Agency (NWA) Director General X told reporters": a title chain of any length
            // before the name, as the speaker's role written there shows)
            let titled = || {
                let from = doc.tokens[t + if owner { 2 } else { 0 }..].first().map(|x| x.span.start);
                let to = doc.tokens[att.subject.1.saturating_sub(1)].span.end;
                att.speakers.len() == 1 && from.is_some_and(|from| doc.roles.iter().any(|r| r.holder == att.speakers[0] && r.evidence.start == from && r.evidence.end >= to))
            };
            return (lead_ok || closes || described || description || titled()).then_some(att);
        }
    }
    // (a capitalised "According" after a quote that ends its sentence opens the next one: its own source)
    if t >= sb && !ends_sentence && doc.tokens[t].cap {
        return None;
    }
    according_to(doc, ctx, t, limit)
}

/// 'to “show the same energy” it had shown against …', 'the “reforms” they have promised': a
/// quotation run into its sentence (no punctuation closes it inside or after) and followed by a
/// pronoun and an auxiliary is the object of a relative clause; the pronoun's verb attributes
/// nothing (`t`: the token after the closing mark)
fn run_on_relative(doc: &Doc, t: usize) -> bool {
    t >= 2
        && doc.tokens[t - 1].kind == TokenKind::Quote
        && doc.tokens[t - 2].kind == TokenKind::Word
        && doc.tokens.get(t).is_some_and(|x| matches!(x.lower.as_str(), "it" | "he" | "she" | "they" | "we"))
        && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "had" | "has" | "have"))
}

/// "“…,” the statement read.", "“…,” read a letter from the union.": a document whose text the
/// quote is, after its closing mark at `t` ("read" is no cue otherwise: "read the report",
/// "the gauge read 40 degrees"). The speaker is the body named after "from"/"by"/"of", else
/// the document as written.
pub(super) fn document_reads(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Attribution> {
    const DOCUMENTS: &[&str] = &[
        "statement", "letter", "note", "message", "post", "tweet", "sign", "signs", "banner", "banners", "placard", "placards", "poster", "headline", "caption", "notice", "memo",
        "ruling", "verdict", "judgment", "judgement", "resolution", "motion", "petition", "communique", "communiqué", "declaration", "text", "email", "inscription", "plaque", "leaflet",
        "statements", "letters", "posts", "messages", "article", "editorial", "column", "report", "order", "warning",
    ];
    let word = |j: usize| doc.tokens.get(j).filter(|_| j < limit).map_or("", |x| x.lower.as_str());
    let read = |j: usize| matches!(word(j), "read" | "reads");
    let det = |j: usize| matches!(word(j), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "one");
    // (up to two plain words of description between: "the joint statement read")
    let noun_after = |from: usize| (from..(from + 3).min(limit)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap || DOCUMENTS.contains(&word(j))).find(|&j| DOCUMENTS.contains(&word(j)));
    if det(t) {
        let n = noun_after(t + 1)?;
        if !read(n + 1) || n > t + 3 {
            return None;
        }
        let cue_span = doc.tokens[n + 1].span;
        return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, t, n + 1)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (t, n + 1) });
    }
    if read(t) && det(t + 1) {
        let n = noun_after(t + 2)?;
        let cue_span = doc.tokens[t].span;
        if matches!(word(n + 1), "from" | "by" | "of") {
            if let Some(np) = np_at(doc, ctx, n + 2, limit) {
                let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| doc.entities[e].kind.is_actor()).collect();
                if !speakers.is_empty() {
                    return Some(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) });
                }
            }
        }
        return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, t + 1, n + 1)), cue: doc.slice(cue_span).to_string(), cue_span, subject: (t + 1, n + 1) });
    }
    None
}

/// "according to X" / "according to a post on social media by X" at or after `t`.
pub(super) fn according_to(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Attribution> {
    let k = (t..limit).find(|&k| doc.tokens[k].lower == "according" && doc.tokens.get(k + 1).is_some_and(|x| x.lower == "to"))?;
    let (_, sb) = sentence_tokens(doc, k);
    let cue_span = tspan(doc, k, k + 2);
    if let Some((e, start, end)) = channel_owner(doc, ctx, k + 2, sb) {
        return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (start, end) });
    }
    // ("According to her, …": "her" is the object pronoun here, not an owner's)
    if doc.tokens.get(k + 2).is_some_and(|x| x.lower == "her") && doc.tokens.get(k + 3).is_none_or(|x| matches!(x.lower.as_str(), "," | "." | ";")) {
        let e = crate::extract::np::resolve_pronoun(doc, ctx, k + 2, None)?;
        return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (k + 2, k + 3) });
    }
    let mut s = k + 2;
    // (the source ends at the comma that closes it: "According to the Nordic Lobby Network,
    // fees rose …, up a fifth" is no source "the Nordic Lobby Network, fees")
    let comma = (s..sb).find(|&j| doc.tokens[j].lower == "," && ctx.tok_quote.at(j).is_none()).unwrap_or(sb);
    while s < sb && s <= k + 10 && doc.tokens[s].lower != "," {
        if let Some(np) = np_at(doc, ctx, s, comma) {
            // ("according to a filing seen by Reuters", "… a memo obtained by the Tribune": who
            // saw or obtained the document reports it and is no source; nothing after it is)
            let det = usize::from(np.start > 0 && doc.tokens[np.start - 1].lower == "the" && np.start > s);
            let by = np.start - det;
            if by >= 2 && doc.tokens[by - 1].lower == "by" && matches!(doc.tokens[by - 2].lower.as_str(), "seen" | "obtained" | "reviewed" | "viewed") {
                break;
            }
            let speakers = np.actors(doc);
            // ("According to the UN's children's agency, Unicef, about one in three …": a body
            // described by its owner and a lower-case noun, then named in commas, is the named
            // body, not its owner)
            if np.end == comma && np.end > np.start && !doc.tokens[np.end - 1].cap && doc.tokens[np.end - 1].kind == TokenKind::Word {
                let named = doc.mention_at_token(comma + 1).map(|i| &doc.mentions[i]).filter(|m| {
                    doc.token_at(m.span.start) == comma + 1 && doc.entities[m.entity].kind == EntityKind::Organization && !speakers.contains(&m.entity)
                        && doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| x.lower == ",")
                });
                if let Some(m) = named {
                    let end = doc.token_at(m.span.end);
                    return Some(Attribution { speakers: vec![m.entity], text: None, cue: "according to".into(), cue_span, subject: (np.start, end) });
                }
            }
            if !speakers.is_empty() {
                return Some(Attribution { speakers, text: None, cue: "according to".into(), cue_span, subject: (np.start, np.end) });
            }
        }
        s += 1;
    }
    // an unnamed source: "according to a new poll", "according to sources"
    let end = (k + 2..sb).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).unwrap_or(sb);
    // ("…, according to Commission figures": a body's name, or its head word, before a noun for
    // the numbers it puts out is that body, named before; a name no body named before has, or
    // two bodies have, stays an unnamed source)
    if end >= k + 4 && end <= k + 6 && matches!(doc.tokens[end - 1].lower.as_str(), "figures" | "data" | "estimates" | "statistics" | "calculations")
        && (k + 2..end - 1).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none())
    {
        let name = doc.slice(tspan(doc, k + 2, end - 1)).to_string();
        let before = doc.tokens[k].span.start;
        let fits = |full: &str| full.eq_ignore_ascii_case(&name) || full.contains(' ') && !name.contains(' ') && crate::extract::np::name_head(full).is_some_and(|h| h.eq_ignore_ascii_case(&name));
        let bodies: Vec<usize> = doc.mentions.iter().take_while(|m| m.span.end <= before).filter(|m| doc.entities[m.entity].kind == EntityKind::Organization && fits(&doc.entities[m.entity].name)).map(|m| m.entity).collect();
        if let Some(&e) = bodies.first().filter(|&&e| bodies.iter().all(|&x| x == e)) {
            return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
    }
    // ("…, according to the government's spokesman, Jane Roe.": a description of one who
    // speaks, then a person named in apposition that closes the sentence or its phrase)
    if end + 1 < sb && doc.tokens[end].lower == "," && end <= k + 7 && (k + 2..end).any(|j| Lexicon::get().speaker_nouns.contains(&doc.tokens[j].lower)) {
        if let Some(np) = np_at(doc, ctx, end + 1, sb).filter(|np| np.start == end + 1 && np.entities.len() == 1 && doc.entities[np.entities[0]].kind == EntityKind::Person && doc.tokens.get(np.end).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";"))) {
            return Some(Attribution { speakers: vec![np.entities[0]], text: None, cue: "according to".into(), cue_span, subject: (k + 2, np.end) });
        }
    }
    // ("According to the official, …" after "A senior NATO official … said": the unnamed
    // official taken up again speaks for the same body, as the subject of "said" would)
    if end == k + 4 && doc.tokens[k + 2].lower == "the" {
        if let Some(body) = spokesperson_again(doc, ctx, k + 2, k + 4) {
            return Some(Attribution { speakers: vec![body], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
        // ("According to the company, the shaft produced …": the company named last before, as
        // "the company said" is)
        if let Some(body) = body_description(doc, k + 2, k + 4) {
            return Some(Attribution { speakers: vec![body], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
    }
    // ("according to the agency's latest report": the one kind of body named before whose
    // name ends in that word puts the document out)
    // ("According to the institute, …" after "The National Institute for Disaster Risk
    // Management (INGD) said …": the body itself, taken up by its head word in lower case)
    let taken_up = end == k + 4 && doc.tokens[k + 3].kind == TokenKind::Word && !doc.tokens[k + 3].cap;
    if doc.tokens.get(k + 2).is_some_and(|x| x.lower == "the") && (taken_up || doc.tokens.get(k + 4).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) && end <= k + 10) {
        let head = doc.tokens[k + 3].lower.as_str();
        let before = doc.tokens[k].span.start;
        // (a body known by its initials, named in full here: "the National Institute for
        // Disaster Risk Management (INGD)")
        let headed = |name: &str| name.contains(' ') && crate::extract::np::name_head(name).is_some_and(|h| h.eq_ignore_ascii_case(head));
        let spelt_out = |m: &crate::model::Mention| {
            let t0 = doc.token_at(m.span.start);
            t0 > 2 && doc.tokens[t0 - 1].lower == "(" && (t0.saturating_sub(9)..t0 - 1).any(|j| doc.tokens[j].cap && doc.tokens[j].lower == head)
        };
        let bodies: Vec<usize> = doc.mentions.iter().take_while(|m| m.span.end <= before).filter(|m| doc.entities[m.entity].kind == crate::model::EntityKind::Organization && (headed(&doc.entities[m.entity].name) || taken_up && !doc.entities[m.entity].name.contains(' ') && (headed(doc.slice(m.span)) || spelt_out(m)))).map(|m| m.entity).collect();
        if let Some(&e) = bodies.first().filter(|&&e| bodies.iter().all(|&x| x == e)) {
            return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
    }
    // ("…, his media office said. He also directed …, according to the statement.": a
    // statement taken up again is its author's, the one who said the sentence before)
    if end == k + 4 && doc.tokens[k + 2].lower == "the" && matches!(doc.tokens[k + 3].lower.as_str(), "statement" | "communique" | "communiqué" | "release") {
        if let Some(e) = statement_author(doc, ctx, k) {
            return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
    }
    // ("…, according to its mission": the body "its" refers to, named before)
    if matches!(doc.tokens.get(k + 2).map(|x| x.lower.as_str()), Some("its" | "their")) && end <= k + 6 {
        if let Some(e) = crate::extract::np::resolve_possessive(doc, ctx, k + 2) {
            return Some(Attribution { speakers: vec![e], text: None, cue: "according to".into(), cue_span, subject: (k + 2, end) });
        }
    }
    // ("according to the top medical journal": a short phrase led by a determiner names one too)
    let led = || {
        let words = (k + 2..end).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none());
        (words && end > k + 3 && end <= k + 8 && matches!(doc.tokens[k + 2].lower.as_str(), "the" | "a" | "an" | "one" | "his" | "her" | "their" | "its")).then(|| end - 1)
    };
    let head = (k + 2..end).rev().find(|&j| Lexicon::get().speaker_nouns.contains(&doc.tokens[j].lower)).or_else(led)?;
    // ("a survey of resident complaints": a noun after the speaker noun ends the compound)
    let head = if head + 1 < end && (head + 1..end).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !Lexicon::get().stopwords.contains(&doc.tokens[j].lower) && !Lexicon::get().cues.contains_key(&doc.tokens[j].lower)) && end <= head + 3 { end - 1 } else { head };
    Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, k + 2, head + 1)), cue: "according to".into(), cue_span, subject: (k + 2, end) })
}

/// The one actor who said the sentence before token `k`'s, in the same paragraph ("…, the
/// bureau said."): the last verb of saying there outside quotes, with its subject before it.
pub(super) fn statement_author(doc: &Doc, ctx: &Ctx, k: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[k].span.start)?;
    let prev = si.checked_sub(1).filter(|&p| doc.sentences[p].paragraph == doc.sentences[si].paragraph)?;
    let (sa, sb) = doc.sentences[prev].tokens;
    let c = (sa..sb).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, _, _, _)| lemma == "say"))?;
    let (_, _, _, ce) = cue_at(doc, c)?;
    let att = speaker_before(doc, ctx, c, ce, sa)?;
    match att.speakers.as_slice() {
        [e] if doc.entities[*e].kind.is_actor() => Some(*e),
        _ => None,
    }
}

/// "according to a post on the Hungarian government's Facebook page", "… on the ministry's
/// Telegram channel" (from `s`, before the first comma): the owner of the page or channel
/// speaks, not the platform. The owner is an actor named before "'s", or a country's
/// adjective before "government", "ministry" or "presidency"; with the span of its phrase.
pub(super) fn channel_owner(doc: &Doc, ctx: &Ctx, s: usize, limit: usize) -> Option<(usize, usize, usize)> {
    const CHANNELS: &[&str] = &["page", "account", "channel", "website", "site", "feed", "handle"];
    let end = (s..limit.min(s + 14)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";"))?;
    let poss = (s + 1..end).find(|&j| doc.tokens[j].lower == "'s" && (j + 1..end.min(j + 4)).any(|c| CHANNELS.contains(&doc.tokens[c].lower.as_str())))?;
    if let Some(m) = ctx.tok_mention.at(poss - 1) {
        let e = doc.actor_of(doc.mentions[m].entity);
        return (doc.entities[e].kind.is_actor()).then(|| (e, doc.token_at(doc.mentions[m].span.start), end));
    }
    // ("The Office of the Commissioner … lodged a protest, according to a statement on the
    // office's website": the body named just before whose head word is taken up in lower case
    // after "the"; a few mentions back, no more)
    if poss >= s + 2 && doc.tokens[poss - 2].lower == "the" && !doc.tokens[poss - 1].cap && doc.tokens[poss - 1].kind == TokenKind::Word {
        let head = doc.tokens[poss - 1].lower.as_str();
        let i = doc.mentions.partition_point(|m| m.span.end <= doc.tokens[s].span.start);
        if let Some(m) = doc.mentions[..i].iter().rev().take(8).find(|m| doc.entities[m.entity].kind == EntityKind::Organization && doc.entities[m.entity].name.contains(' ') && crate::extract::np::name_head(&doc.entities[m.entity].name).is_some_and(|h| h.eq_ignore_ascii_case(head))) {
            return Some((doc.actor_of(m.entity), poss - 2, end));
        }
    }
    let lex = Lexicon::get();
    if poss >= s + 2 && matches!(doc.tokens[poss - 1].lower.as_str(), "government" | "ministry" | "presidency") {
        let c = lex.country_adjectives.get(&doc.tokens[poss - 2].lower)?;
        let e = doc.named_country(&lex.countries[*c].iso2)?;
        return Some((e, poss - 2, end));
    }
    None
}

/// Nouns of a medium a message comes in ("a clip posted to …").
pub(super) const MEDIA: &[&str] = &["video", "message", "statement", "letter", "post", "note", "recording", "clip", "speech", "address", "interview"];

/// `X said “…”`, `X said that “…”`, `X expressed “serious questions”`: the nearest cue
/// before the quote in its sentence, with its subject. The cases in the old order, each a
/// method of [`Before`] (`direct/before.rs`; the cue loop's cases in `direct/before/cues.rs`).
pub(super) fn before_quote(doc: &Doc, ctx: &Ctx, qstart: usize) -> Option<Attribution> {
    let q = Before::new(doc, ctx, qstart);
    first_case!(
        q.named_before_dash().map(Some),
        q.colon_clause_subject().map(Some),
        q.what_x_called().map(Some),
        q.nearest_cue(),
        q.call_for().map(Some),
        q.colon_subject(),
        q.according_source();
        None
    )
}

/// "In a report …, the envoy, X, said officials had used eviction orders “…”": a clause's
/// first actor found for the cue at `c` lies before a verb of saying (say, tell) that stands
/// between it and the cue, so the cue (here a noun) is inside that verb's report: its named
/// speaker, who stands after the subject found (from `s`) and a comma.
pub(super) fn said_between(doc: &Doc, ctx: &Ctx, sa: usize, s: usize, c: usize) -> Option<Attribution> {
    // (a post or a letter too: "Oslo would respond “…,” its spokeswoman, X, wrote on
    // Telegram, calling the move “…”")
    let j = (s..c).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, class, _, je)| (class == CueClass::Speech && matches!(lemma, "say" | "tell") || class == CueClass::Write && matches!(lemma, "write" | "post" | "tweet")) && je <= c))?;
    let (_, _, _, je) = cue_at(doc, j)?;
    // (the speaker stands apart from the subject found, after a comma: not the title of
    // "Clinton campaign manager X told …", whose first actor is "Clinton")
    speaker_before(doc, ctx, j, je, sa).filter(|o| !o.speakers.is_empty() && o.subject.0 >= s && (s..o.subject.0).any(|k| doc.tokens[k].lower == ","))
}

/// "He met the officials and said …": the personal pronoun opening the clause (from `a`,
/// after an opening phrase) of a finite cue at `c` coordinated with its first verb, as the
/// speaker (resolved where it can be, else as written).
pub(super) fn pronoun_subject(doc: &Doc, ctx: &Ctx, a: usize, c: usize, ce: usize) -> Option<Attribution> {
    let k = after_opening_phrase(doc, ctx, after_date_opening(doc, a, c), c);
    if doc.tokens[c].lower.ends_with("ing") || !matches!(doc.tokens.get(k)?.lower.as_str(), "he" | "she" | "they" | "i" | "we") {
        return None;
    }
    // (no clause break nor quotation between the pronoun and the cue)
    if (k + 1..c).any(|j| ctx.tok_quote.at(j).is_some() || clause_break(&doc.tokens[j].lower) || matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":")) {
        return None;
    }
    let att = speaker_before(doc, ctx, k + 1, k + 2, k)?;
    let cue_span = tspan(doc, c, ce);
    Some(Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..att })
}

/// "…, I shrugged and said": the personal pronoun after a comma that is the subject of the
/// verb a finite cue at `c` is coordinated with (by "and" or "but", a few words before), in
/// the sentence from `sa`.
pub(super) fn coordinated_pronoun(doc: &Doc, ctx: &Ctx, sa: usize, c: usize) -> Option<usize> {
    let j = coordinator_before(doc, sa, c).filter(|&j| matches!(doc.tokens[j].lower.as_str(), "and" | "but") && !doc.tokens[c].lower.ends_with("ing"))?;
    let k = (sa + 1..j.saturating_sub(1)).rev().take(6).find(|&k| doc.tokens[k - 1].lower == "," && matches!(doc.tokens[k].lower.as_str(), "i" | "we" | "he" | "she" | "they"))?;
    (k + 1..j).all(|x| ctx.tok_quote.at(x).is_none() && !matches!(doc.tokens[x].lower.as_str(), "," | ";")).then_some(k)
}

/// A verb of saying before token `s` in the sentence from `sa`, whose named speaker reports
/// the clause that starts at `s`.
pub(super) fn outer_speech(doc: &Doc, ctx: &Ctx, sa: usize, s: usize) -> Option<Attribution> {
    // ("stated that …", "claimed that …": another verb of saying before "that")
    let that = s > sa && doc.tokens[s - 1].lower == "that";
    // ("stated on March 14 that": a time between the verb and "that")
    let that_after = |ce: usize| {
        (ce..s.min(ce + 5)).find(|&j| doc.tokens[j].lower == "that").is_some_and(|j| {
            (ce..j).all(|k| {
                let x = &doc.tokens[k];
                matches!(x.lower.as_str(), "on" | "in" | "late" | "early" | "earlier" | "last" | "this") || x.kind == TokenKind::Number || x.cap && x.kind == TokenKind::Word || TIME_WORDS.contains(&x.lower.as_str())
            })
        })
    };
    let c = (sa..s).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, class, _, ce)| (class == CueClass::Speech && matches!(lemma, "say" | "tell") || that && matches!(class, CueClass::Speech | CueClass::Write | CueClass::Announce) && that_after(ce)) && ce <= s))?;
    let (_, _, _, ce) = cue_at(doc, c)?;
    // (nothing but an addressee or "that" between that verb and the clause; or a first
    // that-clause, then ", and that": "said that A, and that Oslo expected …")
    let second = that && s > ce + 3 && doc.tokens[s - 2].lower == "and" && that_after(ce) && !(ce + 1..s - 2).any(|j| ctx.tok_quote.at(j).is_some() || cue_at(doc, j).is_some() || matches!(doc.tokens[j].lower.as_str(), ";" | ":"));
    if !second && (ce..s).any(|j| matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":" | "and" | "but") || ctx.tok_quote.at(j).is_some()) {
        return None;
    }
    // ("He accused X of Y and said Oslo expected Z to “…”": a coordinated verb of saying has
    // the subject of the clause's first verb)
    let named = |a: &Attribution| !a.speakers.is_empty();
    speaker_before(doc, ctx, c, ce, sa)
        .filter(named)
        .or_else(|| coordinated_verb(doc, sa, c).then(|| pronoun_subject(doc, ctx, sa, c, ce).or_else(|| clause_subject(doc, ctx, sa, c, ce))).flatten().filter(named))
        .or_else(|| {
            // ("X denied that …, saying the administration wanted “…”": a participle after a
            // comma goes on with the speaker of the cue before it in the sentence)
            if !(c > sa + 1 && doc.tokens[c - 1].lower == "," && doc.tokens[c].lower.ends_with("ing")) {
                return None;
            }
            let p = (sa..c - 1).rev().find(|&j| ctx.tok_quote.at(j).is_none() && !doc.tokens[j].lower.ends_with("ing") && cue_at(doc, j).is_some_and(|(_, class, _, _)| class != CueClass::Demand))?;
            let (_, _, _, pe) = cue_at(doc, p)?;
            let cue_span = tspan(doc, c, ce);
            speaker_before(doc, ctx, p, pe, sa).filter(named).map(|att| Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..att })
        })
}

/// "X said A had “…” and that B offered “…”" (`s` after the second "that"): the speaker of
/// the verb of saying whose first that-clause the second one follows, quotes inside or not.
pub(super) fn outer_speech_over_quotes(doc: &Doc, ctx: &Ctx, sa: usize, s: usize) -> Option<Attribution> {
    let c = (sa..s - 2).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, class, _, _)| class == CueClass::Speech && matches!(lemma, "say" | "tell")))?;
    let (_, _, _, ce) = cue_at(doc, c)?;
    // (one clause between: no other verb of saying, no clause break)
    if (ce..s - 2).any(|j| ctx.tok_quote.at(j).is_none() && (cue_at(doc, j).is_some() || matches!(doc.tokens[j].lower.as_str(), ";" | ":" | "."))) {
        return None;
    }
    speaker_before(doc, ctx, c, ce, sa).filter(|a| !a.speakers.is_empty())
}

/// The first actor of a clause that starts at `a`, for cues far from their subject
/// ("Roe gave her view in remarks to reporters, conceding that …"): where the clause opens
/// (`Clause::open`, `direct/clause/opening.rs`), then each case a method of `Clause`
/// (`direct/clause.rs`) and, once the head noun of an unnamed subject is found, of `Head`
/// (`direct/clause/head.rs`), in order; the first that answers speaks.
pub(super) fn clause_subject(doc: &Doc, ctx: &Ctx, a: usize, c: usize, ce: usize) -> Option<Attribution> {
    let k = Clause::open(doc, ctx, a, c, ce);
    first_case!(
        k.office_in_apposition().map(Some),
        k.first_words().map(Some),
        k.described_then_named().map(Some);
        k.unnamed_head()
    )
}

/// "The head of the panel, former minister Jane Roe,": after a role noun at `head`, "of" or
/// "for" and a plain phrase up to a comma, then a phrase of words closed by a person's name
/// and a comma, all before the cue at `c`: that person (the name's actor), the name's first
/// token and the second comma's token.
pub(super) fn appositive_person(doc: &Doc, ctx: &Ctx, head: usize, c: usize) -> Option<(usize, usize, usize)> {
    let lex = Lexicon::get();
    if !doc.tokens.get(head + 1).is_some_and(|x| matches!(x.lower.as_str(), "of" | "for")) {
        return None;
    }
    let plain = |j: usize| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none() && !lex.cues.contains_key(&doc.tokens[j].lower);
    let k1 = (head + 2..c.min(head + 10)).find(|&j| !plain(j) && !matches!(doc.tokens[j].lower.as_str(), "'s" | "-"))?;
    if doc.tokens[k1].lower != "," {
        return None;
    }
    let k2 = (k1 + 1..c.min(k1 + 10)).find(|&j| !plain(j) && !matches!(doc.tokens[j].lower.as_str(), "." | "-"))?;
    if doc.tokens[k2].lower != "," || k2 < k1 + 2 {
        return None;
    }
    let m = ctx.tok_mention.at(k2 - 1)?;
    let ent = doc.actor_of(doc.mentions[m].entity);
    let ps = doc.token_at(doc.mentions[m].span.start);
    let ends = doc.token_at(doc.mentions[m].span.end) == k2 && ps > k1;
    (ends && doc.entities[ent].kind == crate::model::EntityKind::Person).then_some((ent, ps, k2))
}

/// "after Norway's exit": a preposition at `j` before a possessor and its noun, which
/// open no clause.
pub(super) fn possessor_after(doc: &Doc, ctx: &Ctx, j: usize) -> bool {
    if !matches!(doc.tokens[j].lower.as_str(), "after" | "before" | "since" | "until") {
        return false;
    }
    let Some(m) = ctx.tok_mention.get(j + 1) else { return false };
    let end = doc.token_at(doc.mentions[m].span.end);
    doc.tokens.get(end).is_some_and(|x| x.lower == "'s") && doc.tokens.get(end + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !Lexicon::get().titles.contains_key(&x.lower))
}

/// "In a statement, Hale urged … and warned …", "Speaking in Ohio, Hale said … and added
/// …": the token after an opening prepositional or participial phrase closed by a comma
/// (at `a`, before `c`), else `a`. The demand extractor finds coordinated verbs' subjects
/// the same way.
pub(crate) fn after_opening_phrase(doc: &Doc, ctx: &Ctx, a: usize, c: usize) -> usize {
    // ("On charging, the minister said …": "on" and a topic open a clause as "in" does)
    const OPENING: &[&str] = &["in", "at", "on", "after", "before", "during", "following", "despite", "amid", "with", "from", "under", "asked", "speaking", "writing", "addressing"];
    let first = doc.tokens.get(a).map_or("", |x| x.lower.as_str());
    if !(OPENING.contains(&first) || first.ends_with("ing") && doc.tokens[a].cap) {
        return a;
    }
    // ("Speaking at a joint press conference in the Great Hall of the People, X said …": a
    // participle's phrase, with a venue named, may run longer than a preposition's)
    // ("Speaking at a news conference in Varna with Dutch Prime Minister Peter Hallam on Dec.
    // 13, X said …": with a venue, a companion's title and name and a date, whose abbreviation
    // is a token of its own, it runs past sixteen; the phrase is still closed by its comma and
    // holds no cue, so a longer reach takes no main clause in)
    let reach = if first.ends_with("ing") && first != "during" { 24 } else { 12 };
    let Some(comma) = (a + 1..c.min(a + reach)).find(|&j| doc.tokens[j].lower == ",") else { return a };
    // (a topic in "-ing" after "on" is no cue: "On charging, …")
    let plain = (a + 1..comma).all(|j| ctx.tok_quote.at(j).is_none() && (cue_at(doc, j).is_none() || carrier_participle(doc, j) || first == "on" && doc.tokens[j].lower.ends_with("ing")));
    if plain && comma + 1 < c { comma + 1 } else { a }
}

/// "Berlin had been told “at short notice”", "Peru was told “at the last minute”": the
/// participles of cues that do not end in "-ed" ("told", "said", "shown", "written"), after
/// a form of "be", are passives too, whose subject was spoken to or of and said nothing.
fn irregular_cue_participle(w: &str) -> bool {
    matches!(w, "told" | "said" | "shown" | "written" | "given" | "spoken" | "heard" | "taught")
}

/// "a statement posted on X", "a letter sent to members": a past participle at `t` right
/// after a noun for what carries words (`MEDIA`), which it describes.
pub(super) fn carrier_participle(doc: &Doc, t: usize) -> bool {
    t > 0 && matches!(doc.tokens[t].lower.as_str(), "posted" | "sent" | "issued" | "released" | "published" | "shared" | "circulated" | "broadcast" | "aired" | "written" | "signed") && MEDIA.contains(&doc.tokens[t - 1].lower.as_str())
}

/// "On July 6, 2015, Hale made …", "Last week, Hale …": the token after a date or time
/// phrase opening a clause at `a` (before `c`), else `a`.
pub(super) fn after_date_opening(doc: &Doc, a: usize, c: usize) -> usize {
    if !doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "on" | "in" | "last" | "earlier" | "later" | "during" | "since")) {
        return a;
    }
    // (the phrase is only names, numbers and time words: "On July 6, 2015,", "Last week,")
    let date_word = |j: usize| doc.tokens[j].cap || doc.tokens[j].kind == TokenKind::Number || TIME_WORDS.contains(&doc.tokens[j].lower.as_str()) || matches!(doc.tokens[j].lower.as_str(), "this" | "last" | "," | "of");
    let Some(comma) = (a + 1..c.min(a + 8)).rev().find(|&j| doc.tokens[j].lower == "," && (a + 1..j).all(date_word)) else { return a };
    if comma + 1 < c { comma + 1 } else { a }
}

/// `He added: “…”`: a cue in the sentence before, ending with a colon.
pub(super) fn colon_intro(doc: &Doc, ctx: &Ctx, qstart: usize) -> Option<Attribution> {
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
    (pa..pb - 1).rev().find_map(|c| cue_at(doc, c).and_then(|(_, _, _, ce)| speaker_before(doc, ctx, c, ce, pa))).or_else(|| {
        // "Hale made the following comment:", "In a statement, the ministry wrote:"
        let nouns = &Lexicon::get().cue_nouns;
        let c = (pa..pb - 1).find(|&c| nouns.contains(&doc.tokens[c].lower))?;
        clause_subject(doc, ctx, pa, c, c + 1)
    })
}

/// A quote that fills its sentence, with `X said.` as the next sentence.
pub(super) fn next_sentence(doc: &Doc, ctx: &Ctx, pos: usize) -> Option<Attribution> {
    let t = doc.token_at(pos);
    let si = doc.sentence_at(doc.tokens.get(t)?.span.start)?;
    let (a, b) = doc.sentences[si].tokens;
    if a != t || b - a > 8 {
        return None;
    }
    after_quote(doc, ctx, doc.tokens[a].span.start)
}

/// "…, with the Harbor Institute finding that she leads": the subject at `s` follows ", with"
/// and its cue at `c` is a participle.
pub(super) fn with_participle(doc: &Doc, s: usize, c: usize) -> bool {
    s >= 2 && doc.tokens[s - 1].lower == "with" && doc.tokens[s - 2].lower == "," && doc.tokens[c].lower.ends_with("ing")
}

/// The sentence at `a` opens with a subordinate clause or phrase ("When …", "So after …",
/// "Despite …") whose subject stands at `s`; the main clause follows its comma.
pub(super) fn opening_subordinate(doc: &Doc, a: usize, s: usize) -> bool {
    const SUBORDINATORS: &[&str] = &["when", "after", "because", "since", "before", "until", "while", "although", "though", "if", "once", "whereas", "despite", "as", "unless", "even"];
    let k = if doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "so" | "and" | "but" | "yet")) { a + 1 } else { a };
    k < s && SUBORDINATORS.contains(&doc.tokens[k].lower.as_str())
}

/// Only a time ("on Monday", "late on Tuesday") and the end of the sentence (which ends at
/// `b`) or of the clause (", but …", ", while …") follow token `t`.
pub(super) fn closes_clause(doc: &Doc, ctx: &Ctx, t: usize, b: usize) -> bool {
    let t = time_phrase_end(doc, t, b).unwrap_or(t);
    // (", and" with a clause of its own too: "Officers had warned the crowd, he said, and some
    // protesters had thrown bottles")
    let and_clause = || doc.tokens.get(t + 1).is_some_and(|x| x.lower == "and") && opens_clause_after_and(doc, t + 2);
    let next_clause = doc.tokens.get(t).is_some_and(|x| x.lower == ",") && (doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "but" | "while" | "whereas" | "although" | "though")) || and_clause());
    next_clause || (t..b).all(|j| ctx.tok_quote.at(j).is_none() && matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?") || doc.tokens[j].kind == TokenKind::Quote)
}

/// Words that open a new clause, so a second attribution in one sentence is its own statement.
pub(super) fn clause_break(w: &str) -> bool {
    // (a match, not a scan of a list: asked at every word of every sentence)
    matches!(w, ";" | "while" | "whereas" | "but" | "although" | "though" | "meanwhile" | "as" | "after" | "when" | "because" | "since" | "before" | "until")
}

pub(super) struct Found {
    pub(super) att: Attribution,
    /// "…, adding that …", "… and said …": the token ("," or "and") where a second cue of
    /// the same speaker opens its own statement.
    pub(super) coord: Option<usize>,
    pub(super) according: bool,
    /// The content stands before the speaker ("…, Graham said.").
    pub(super) content_before: bool,
}

/// Tokens `from..to` describe a speaker: a determiner or an owner, then words ending in an
/// office or a speaker noun ("the union's spokesman", "its secretary-general").
pub(super) fn described_speaker(doc: &Doc, from: usize, to: usize) -> bool {
    let lex = Lexicon::get();
    let office = |l: &str| lex.is_office_or_speaker(l);
    to > from
        && office(&doc.tokens[to - 1].lower)
        && (from..to).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word) || matches!(doc.tokens[j].lower.as_str(), "'s" | "’s" | "'" | "’" | "-"))
        && !(from..to).any(|j| lex.cues.contains_key(&doc.tokens[j].lower))
}

/// Tokens `from..to` are words ending in an office of a field: "head of advocacy",
/// "director for Europe and Central Asia", or of a place: "country director in Somalia",
/// "representative in Nepal".
pub(super) fn office_of_field(doc: &Doc, from: usize, to: usize) -> bool {
    let lex = Lexicon::get();
    (from..to).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word) || matches!(doc.tokens[j].lower.as_str(), "'s" | "’s" | "-"))
        && (from..to.saturating_sub(2)).any(|k| matches!(doc.tokens[k + 1].lower.as_str(), "of" | "for" | "in" | "at") && lex.is_office_or_speaker(&doc.tokens[k].lower))
        && !(from..to).any(|j| lex.cues.contains_key(&doc.tokens[j].lower))
}

/// The cue at `c` (its sentence from `a`) stands in a relative clause whose relative pronoun
/// is the verb's object: ", whom Oslo calls …", ", who critics accuse of …" (a name or a
/// plural noun between the pronoun and the cue).
pub(super) fn object_relative_cue(doc: &Doc, ctx: &Ctx, a: usize, c: usize) -> bool {
    let Some(w) = (c.saturating_sub(4).max(a + 1)..c - 1).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "whom" | "who")) else { return false };
    doc.tokens[w - 1].lower == ","
        && (w + 1..c).all(|j| doc.tokens[j].kind == TokenKind::Word)
        && (ctx.tok_mention.at(w + 1).is_some_and(|m| doc.token_at(doc.mentions[m].span.end) == c) || c == w + 2 && !doc.tokens[w + 1].cap && doc.tokens[w + 1].lower.ends_with('s') && !Lexicon::get().cues.contains_key(&doc.tokens[w + 1].lower))
        && cue_at(doc, c).is_some()
}

/// The cue at `c` (its sentence `a`..`b`) opens a relative clause in an aside between commas,
/// and the main clause's cue follows the closing comma: "X, one of the four members who voted
/// to hold, has argued that …", "X, who voted against the plan, said …" (nothing said in the
/// aside: no "that" nor quotation in it); or is an infinitive later in such a clause: "X, whom
/// the cabinet voted to dismiss last year …, said …" (what others did to X says nothing).
pub(super) fn aside_relative_cue(doc: &Doc, a: usize, c: usize, b: usize) -> bool {
    // (a body's too: "The Authority, which hopes to take over …, said it was ready")
    let relative = |j: usize| matches!(doc.tokens[j].lower.as_str(), "who" | "whom" | "which");
    let opens = if matches!(doc.tokens[c - 1].lower.as_str(), "who" | "which") {
        Some(c - 1)
    } else if doc.tokens[c - 1].lower == "to" && c > a + 3 {
        (c.saturating_sub(7).max(a + 1)..c - 1).rev().find(|&j| relative(j)).filter(|&w| (w + 1..c).all(|j| doc.tokens[j].kind == TokenKind::Word))
    } else {
        None
    };
    let Some(w) = opens else { return false };
    if !(w.saturating_sub(8).max(a)..w).any(|j| doc.tokens[j].lower == ",") {
        return false;
    }
    let Some(close) = (c + 1..b.min(c + 12)).take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "that" | ":" | ";" | ".")).find(|&j| doc.tokens[j].lower == ",") else { return aside_relative_report(doc, c, b) };
    let main = (close + 1..b.min(close + 4)).find(|&j| !matches!(doc.tokens[j].lower.as_str(), "has" | "have" | "had" | "also" | "later"));
    main.is_some_and(|j| cue_at(doc, j).is_some())
}

/// The cue at `c`, right after the "who"/"which" of an aside (as `aside_relative_cue` found it),
/// has its own "that" within four words ("The Vexmoor Data Office, which ruled in 2023 that
/// Quorvane could operate lawfully, said it was making inquiries"), and a cue of speech follows
/// a comma before the sentence's end (at most 30 words on): what the aside reports is what the
/// speaker said before, part of who speaks now, and the main clause's cue is the statement. The
/// probe golds hold one statement there with nothing of the aside in about (set174's data
/// regulator, set165's competition authority); the aside's cue had taken the main cue's place,
/// and its clause ran on over the main one.
fn aside_relative_report(doc: &Doc, c: usize, b: usize) -> bool {
    let Some((_, _, _, ce)) = cue_at(doc, c) else { return false };
    let Some(that) = (ce..b.min(ce + 5)).find(|&j| doc.tokens[j].lower == "that") else { return false };
    let plain = |j: usize| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), ":" | ";" | ".");
    (that + 1..b.min(c + 30)).take_while(|&j| plain(j)).any(|k| {
        doc.tokens[k].lower == ","
            && (k + 1..b.min(k + 4)).find(|&j| !matches!(doc.tokens[j].lower.as_str(), "has" | "have" | "had" | "also" | "later")).and_then(|j| cue_at(doc, j)).is_some_and(|(_, class, _, _)| class == CueClass::Speech)
    })
}
