//! Who said what: direct quotes with their speaker and cue, and reported speech
//! ("X said that …", "…, X said.", "X accused Y of …", "according to X, …"). Speakers
//! are actors of the article (names, pronouns, role descriptions) or, when unnamed
//! ("officials said"), the phrase as written.

mod cues;
mod speakers;
mod offices;
mod about;
mod direct;
mod reported;
mod clauses;
mod attribution;
mod labels;

pub use self::cues::*;
use self::speakers::*;
pub(crate) use self::offices::*;
pub(crate) use self::about::*;
pub use self::direct::*;
use self::reported::*;
use self::clauses::*;
pub(crate) use self::attribution::*;
use self::labels::*;
use super::np::{actors_in, actors_in_unnamed, np_at, sentence_tokens, Ctx};
use crate::lexicon::{CueClass, Lexicon};
use crate::model::{Doc, EntityKind, Span, Statement, StatementKind, TokenKind};

/// The article's statements — direct quotes and reported speech, each with its speaker, cue and
/// the actors it is about — into `doc.statements`. The rule families live in the submodules.
/// The rules' answers are kept for `find_demands` (see `memo`): returned.
pub fn find_statements(doc: &mut Doc, ctx: &Ctx) -> super::memo::Suspended {
    // (the rules' answers kept while the document is only read, and on for `find_demands`:
    // setting `doc.statements` changes nothing they read; see `memo`)
    let memo = super::memo::Scope::open(doc, ctx);
    let mut out: Vec<Statement> = Vec::new();
    // reported speech first: a quote with no cue of its own often continues it
    let mut reports: Vec<Statement> = Vec::new();
    let mut span_ends: Vec<usize> = Vec::new();
    reported(doc, ctx, &mut reports, &mut span_ends);
    let paragraph_of = |pos: usize| doc.sentence_at(pos).map(|s| doc.sentences[s].paragraph);
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
        if let Some((label, content)) = speaker_label(doc, ctx, a, heading).filter(|&(_, c)| c < b && ctx.tok_quote[c] == ctx.tok_quote[a]) {
            text = Span::new(doc.tokens[content].span.start, q.inner.end);
            att = Some(label);
        }
        let title = title_quote(doc, a, b, qs);
        if att.is_none() && !heading && !title {
            // ("X told Y that “…”, according to a readout from Z": the cue before the quote
            // that introduces it names its speaker; "according to" the source of the report)
            let after = after_quote(doc, ctx, q.outer.end);
            let after = match after {
                // (a person, not a body: "Ukraine's military leadership denied …, asserting that
                // “…”, according to a post by the General Staff" is the General Staff's)
                // (any actor when what is cited names no one: "the ministry said it would … until
                // Tokyo “makes a serious correction,” according to a notice on its website")
                Some(x) if x.cue == "according to" => before_quote(doc, ctx, qs)
                    .filter(|b| b.cue != "according to" && b.speakers.first().is_some_and(|&e| doc.entities[e].kind == EntityKind::Person || x.speakers.is_empty()) && x.speakers.iter().all(|&e| doc.entities[e].kind != EntityKind::Person))
                    .or(Some(x)),
                other => other,
            };
            att = after.or_else(|| before_quote(doc, ctx, qs)).or_else(|| colon_intro(doc, ctx, qs)).or_else(|| next_sentence(doc, ctx, q.outer.end));
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
        }
        // (a name given to a thing, not words said: "a practice known as “anti-steering”",
        // "the “no work, no pay” rule")
        let term = words <= 5 && term_quote(doc, qs, doc.token_at(q.outer.end), words);
        if term {
            att = None;
        }
        // ("According to Roe, the squad “stopped listening” to the coach": a quote inside what
        // is reported on a named person's word is that person's; not one word, most often a
        // scare quote, nor a body's, whose report is a document that is cited)
        if att.is_none() && !heading && !title && !term && words >= 2 {
            let person = |r: &&Statement| r.speaker.is_some_and(|e| doc.entities[e].kind == EntityKind::Person);
            // ("In her words, such deliveries would make Germany “a direct participant”": so too)
            let sourced = |cue: &str| cue == "according to" || cue.starts_with("In ") && matches!(cue.rsplit(' ').next(), Some("words" | "view" | "opinion"));
            if let Some(r) = reports.iter().filter(person).find(|r| sourced(&r.cue) && r.text.start <= q.outer.start && r.text.end >= q.outer.end) {
                att = Some(Attribution { speakers: vec![r.speaker.unwrap_or_default()], text: None, cue: r.cue.clone(), cue_span: r.cue_span.unwrap_or(r.text), subject: (0, 0) });
            }
        }
        // (a quote that is a whole sentence of its own, "“Enough is enough.”", is no scare
        // quote however short)
        let own_sentence = || {
            let inner = doc.slice(q.inner).trim_end();
            let si = doc.sentence_at(q.outer.start);
            words >= 2
                && inner.ends_with(['.', '!', '?'])
                && inner.chars().next().is_some_and(char::is_uppercase)
                && si.is_some_and(|si| doc.sentences[si].span.start == q.outer.start && doc.sentences[si].span.end <= q.outer.end + 1)
        };
        if att.is_none() && !heading && !title && !term && (words > 3 || own_sentence()) {
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
            if let (None, Some((p, pa))) = (&att, &prev) {
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
    labelled_paragraphs(doc, ctx, &mut out);
    block_quotes(doc, ctx, &mut out);
    participle_openers(doc, ctx, &mut reports);
    claim_nouns(doc, ctx, &mut reports);
    put_out_claims(doc, ctx, &mut reports);
    as_clauses(doc, ctx, &mut reports);
    // a quoted fragment inside reported speech ("said the dinner with Norway's leader had been
    // “useful”") is about what the sentence around it is about
    // (only what the clause it stands in names: not a clause coordinated after it — "said it
    // was “deeply worried” and urged Norway to …" — nor before it, nor a relative clause)
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
    // (the span of a statement that goes on over coordinated clauses, now that the quotes
    // inside it have taken what its first clause is about)
    for (r, &end) in reports.iter_mut().zip(&span_ends) {
        r.text = Span::new(r.text.start, end.max(r.text.end));
    }
    out.extend(reports);
    statement_taken_up(doc, &mut out);
    described_then_named(doc, &mut out);
    head_of_body_named_later(doc, &mut out);
    subject_resolved_in_report(&mut out);
    it_after_an_unnamed_body(doc, &mut out);
    headline_topic_labels(doc, ctx, &mut out);
    // "Ms. Roe declined to comment.": a refusal to speak says nothing
    // (what follows "comment on" is kept: "declined to comment on whether …")
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
                end <= c + 10 && (c + 4..end).all(|j| ctx.tok_quote[j].is_none() && doc.tokens[j].kind != TokenKind::Quote && !matches!(tok(j), "that" | "whether" | "if" | "how" | "what" | "why" | "who" | "when" | "but" | "saying" | "," | "because"))
            }
        };
        // ("Lawmakers rejected the draft by 118 votes to 104": a vote, not speech; "members
        // who voted" stays a statement of "voted", as PolNeAR annotates it)
        let (sa, sb) = sentence_tokens(doc, c);
        let vote = matches!(tok(c), "rejected" | "rejects" | "reject" | "backed" | "backs" | "approved" | "approves" | "endorsed" | "supported" | "opposed")
            && (sa..sb).any(|j| matches!(tok(j), "votes" | "voted" | "ballot" | "turnout" | "vote"));
        // ("Asked whether he was referring to X, he declined to …": the question put to the
        // speaker, in the clause that opens with "Asked", is none of his statements)
        let asked = doc.tokens[sa].lower == "asked" && matches!(tok(sa + 1), "whether" | "if" | "about") && c > sa && (sa..c).all(|j| !matches!(tok(j), "," | ";"));
        !(silent && (matches!(tok(c + 3), "" | "." | "," | ";" | "when" | "further" | "after" | "and") || on_topic())) && !answered_request && !vote && !asked
    });
    out.retain(|st| !silence(doc, ctx, st));
    out.retain(|st| !voters_verdict(doc, st));
    // ("“We are ready. There is no going back,” X said at the summit, according to …", "“… .
    // They need help,” she said, urging …": a report that opens inside a quotation and runs
    // out of it is the quote's last sentence and its cue, not a report of its own)
    // (a quotation that is a quote of its own: not a nickname inside a name, 'X "Ti" Roe said')
    // (a participle after the cue goes on with a report of its own: "“…,” X said, going on to
    // say that …" is kept from the speaker on)
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
    when_after_a_quote_tail(doc, &mut out);
    // ("About Citizens' Vote Watch" over a press release's last paragraph: the boilerplate that
    // describes the body says nothing new; the paragraph right after such a line)
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
    // ("MINISTER: … I said this directly to …": "I" and "we" in a transcript line are the
    // line's speaker, as in a quote)
    let lines: Vec<(Span, usize)> = out.iter().filter(|s| s.kind == StatementKind::Direct && s.cue == ":").filter_map(|s| Some((s.text, s.speaker?))).collect();
    if !lines.is_empty() {
        for st in out.iter_mut().filter(|s| s.kind == StatementKind::Reported && s.speaker.is_none()) {
            let (Some(sp), Some(cs)) = (st.speaker_text, st.cue_span) else { continue };
            if !matches!(doc.slice(sp).to_lowercase().as_str(), "i" | "we") {
                continue;
            }
            if let Some(&(_, e)) = lines.iter().find(|(l, _)| l.start <= cs.start && cs.end <= l.end) {
                st.speaker = Some(e);
                st.speaker_text = None;
            }
        }
    }
    // ("A Norwegian foreign ministry spokesperson said Oslo … and urged Chile to accept it “…”": a
    // quote whose unnamed speaker opens the reported clause that holds it speaks as that
    // clause's speaker, which the same words named)
    let named: Vec<(Span, usize)> = out.iter().filter(|s| s.kind == StatementKind::Reported).filter_map(|s| Some((s.text, s.speaker?))).collect();
    if !named.is_empty() {
        for st in out.iter_mut().filter(|s| s.kind == StatementKind::Direct && s.speaker.is_none()) {
            let Some(sp) = st.speaker_text else { continue };
            if let Some(&(_, e)) = named.iter().find(|(r, _)| r.start == sp.start && st.text.end <= r.end + 1) {
                st.speaker = Some(e);
                st.speaker_text = None;
            }
        }
    }
    // a quote with no speaker that a later quote with one repeats word for word (a live
    // page's subheading, a standfirst: '09:40 Portugal "not for sale"' before the paragraph
    // that gives who said it) is that quote's echo, not a second one
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
    out.sort_by_key(|s| (s.text.start, s.text.end));
    // a statement is not "about" the state or body its speaker speaks for ("Russian Foreign
    // Minister Lavrov said Moscow would …")
    // (nor about the speaker itself, the state an institution stands for — "the Elysee said
    // Paris would …" — or the state whose adjective names a body: "the Chilean Defence
    // Ministry said Santiago had …")
    for st in &mut out {
        let Some(sp) = st.speaker else { continue };
        // (a lawyer's client is no body she speaks for but the one her words are about: "Ruiz's
        // attorney, Naomi Feld, … said Ruiz would plead not guilty", as set 77's gold has it)
        let counsel = |r: &crate::model::Role| {
            r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Person)
                && r.title.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "lawyer" | "lawyers" | "attorney" | "attorneys" | "solicitor" | "barrister" | "counsel"))
        };
        let mut own: Vec<usize> = doc.roles.iter().filter(|r| r.holder == sp && !counsel(r)).filter_map(|r| r.of).flat_map(|o| [Some(o), doc.entities[o].stands_for, parent_body(doc, o), body_country(doc, o)]).flatten().collect();
        own.extend([Some(sp), doc.entities[sp].stands_for, body_country(doc, sp), named_parent(doc, sp)].into_iter().flatten());
        // (a court's own chambers: "the judges said the Pre-Trial Chamber had not erred" is the
        // court speaking of a part of itself)
        if is_court(&doc.entities[sp]) {
            own.extend(doc.entities.iter().enumerate().filter(|(_, x)| x.kind == EntityKind::Organization && !x.name.contains(" of ") && x.name.split(' ').rev().take(2).any(|w| w == "Chamber")).map(|(i, _)| i));
        }
        // (and the one body of the article a title with no "of" names by its office: "Governor
        // Jane Roe" and the article's central bank, "Defense Minister Jane Roe" and its
        // Ministry of Defense)
        // (a civil servant's one department: "Deputy secretary Jane Roe told the committee the
        // department would …", the department, not its state)
        own.extend(department_of_secretary(doc, sp));
        // (a ministry named with its state's adjective, "the Japanese transport ministry", is
        // his own, but not its state: what he says of his state stays as the golds have it)
        for b in bodies_of_titles(doc, sp) {
            let adjective = opens_with_state_adjective(&doc.entities[b].name);
            own.extend([Some(b), doc.entities[b].stands_for, body_country(doc, b).filter(|_| !adjective)].into_iter().flatten());
        }
        // (a person whose office names no body speaks for the body his clause opens with by a
        // word of its name, when the office heads or sits on it: "At Harwick College,
        // president Jane Roe said the college would sell …", "Coun. Jane Roe said the council
        // would ask …"; see `title_of_body`)
        if doc.entities[sp].kind == EntityKind::Person && doc.roles.iter().all(|r| r.holder != sp || r.of.is_none()) {
            if let Some((e, _)) = head_word_subject(doc, st).filter(|&(e, h)| doc.roles.iter().any(|r| r.holder == sp && title_of_body(doc, r, e, h))) {
                own.push(e);
            }
        }
        // (but his state as a possessor or after "of" is a topic: "must reflect Norway's
        // terms", "the future of Norway")
        let possessed = |e: usize| {
            // (in what is said, after the cue: not "Norway's foreign minister said …")
            let from = match (st.kind, st.cue_span) {
                (StatementKind::Reported, Some(c)) if c.end <= st.text.end => c.end.max(st.text.start),
                _ => st.text.start,
            };
            let (a, b) = (doc.token_at(from), doc.token_at(st.text.end));
            let b = coordinated_appeal(doc, a, b).unwrap_or(b);
            // (and, as the object of a preposition, his own body: "Serbia's place is in the
            // European Union" said by an EU commissioner)
            // (not his state or its capital: the example gold leaves a state's own laws, and its
            // capital as where something headed, out of its speaker's list)
            let object = |k: usize| {
                let k = if k > 0 && doc.tokens[k - 1].lower == "the" { k - 1 } else { k };
                k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "of" | "in" | "into" | "to" | "from" | "against" | "with" | "toward" | "towards" | "at" | "for" | "about" | "on")
            };
            let kind = doc.entities[e].kind;
            e != sp && (kind == EntityKind::Country || kind == EntityKind::Organization) && (a..b).any(|k| {
                ctx.tok_mention[k].is_some_and(|m| doc.mentions[m].entity == e && doc.token_at(doc.mentions[m].span.start) == k && {
                    let after = doc.token_at(doc.mentions[m].span.end);
                    // (not a name's modifier: "ships along the Taiwan Strait")
                    let modifier = doc.tokens.get(after).is_some_and(|t| t.cap && t.kind == TokenKind::Word);
                    kind == EntityKind::Country && (doc.tokens.get(after).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) || k > 0 && doc.tokens[k - 1].lower == "of") || kind == EntityKind::Organization && object(k) && !modifier
                })
            })
        };
        st.about.retain(|&e| !own.contains(&e) && !own.contains(&doc.actor_of(e)) || possessed(e));
    }
    // (an official of a state whose state is not named in his title speaks for the state he
    // names as the subject of what he says: "Foreign Minister Jane Roe said Norway would …",
    // "a government spokesman said Oslo had …", "“Norway will not bow,” the minister said")
    let subjects: Vec<Option<usize>> = out.iter().map(|st| content_subject(doc, ctx, st)).collect();
    // ("JUBA, South Sudan — … The government has denied the charge": "the government" that no
    // rule resolved, under a dateline in a capital, is that capital's state; with no dateline,
    // the state the article is mostly about, as "a government spokesman" is)
    let home = dateline_country(doc);
    if let Some(h) = home.or_else(|| home_country(doc)) {
        for st in out.iter_mut().filter(|st| st.speaker.is_none()) {
            let Some(t) = st.speaker_text else { continue };
            let a = doc.token_at(t.start);
            // (and "the federal government", "the central government", "the national
            // government": the state's government by the level it governs at)
            let level = |k: usize| super::np::government_level(&doc.tokens[k].lower);
            let government = |k: usize| doc.token_at(t.end) == k + 1 && doc.tokens[k].lower == "government";
            if doc.tokens[a].lower == "the" && (government(a + 1) || level(a + 1) && government(a + 2)) {
                st.attribute_to(h);
            }
        }
    }
    // (a bare "President X" speaks for the state his first clause opens with only when it is the
    // story's own, by its dateline or else the state it names most: "President X said Norway
    // would …" in a story from Oslo; not "said Russia had timed the attack …", nor a second
    // clause, "and that France should ban …")
    let story_state = home.or_else(|| home_country(doc));
    for i in 0..out.len() {
        let Some(sp) = out[i].speaker else { continue };
        // (a chancellor or a secretary with no state named, `cabinet_office_without_state`, as a
        // bare president: the story's own state as his first clause's subject, only in what he
        // is reported to say and the quotes inside it; a quote of his own that opens with a
        // state, "“Iran was given every chance …”", is about it)
        let official = state_official_without_state(doc, sp);
        let office = !official && cabinet_office_without_state(doc, sp);
        if !official {
            if bare_president(doc, sp) || office {
                let outer = out.iter().enumerate().find(|(_, r)| r.kind == StatementKind::Reported && r.speaker == Some(sp) && out[i].kind == StatementKind::Direct && r.text.start < out[i].text.start && out[i].text.end <= r.text.end).map(|(j, _)| j);
                let me = (!office || out[i].kind == StatementKind::Reported).then_some(i);
                // (not a state told what it must do: "has said that Taiwan must spend more")
                let told = |j: usize| office && said_clause_start(doc, &out[j]).is_some_and(|k| (k..(k + 4).min(doc.tokens.len())).any(|x| matches!(doc.tokens[x].lower.as_str(), "must" | "should")));
                let subj: Vec<usize> = [me, outer].into_iter().flatten().filter(|&j| !told(j)).filter_map(|j| first_content_subject(doc, ctx, &out[j]).filter(|&s| Some(s) == story_state)).collect();
                out[i].about.retain(|&e| !subj.contains(&e) && !subj.contains(&doc.actor_of(e)));
            }
            continue;
        }
        // (under a dateline in another country's capital, a ministry's spokesperson is most
        // often that country's: "BEIJING — … “Japan should reflect on its history,” Mao said")
        if home.is_some_and(|h| subjects[i].is_some_and(|s| s != h)) {
            continue;
        }
        // (a quoted fragment inside a report has the report's subject)
        let outer = out.iter().enumerate().find(|(_, r)| r.kind == StatementKind::Reported && r.speaker == Some(sp) && out[i].kind == StatementKind::Direct && r.text.start < out[i].text.start && out[i].text.end <= r.text.end).map(|(j, _)| j);
        let subj: Vec<usize> = [subjects[i], outer.and_then(|j| subjects[j])].into_iter().flatten().collect();
        out[i].about.retain(|&e| !subj.contains(&e) && !subj.contains(&doc.actor_of(e)));
    }
    // ("the electoral commission announced …", the body named in full further down)
    for st in &mut out {
        if let Some(e) = st.speaker_text.filter(|_| st.speaker.is_none()).and_then(|sp| super::np::body_named_in_full(doc, sp)) {
            st.speaker = Some(e);
            st.speaker_text = None;
        }
    }
    // (a capital beside the state it stands for, "criticised Budapest's veto" about Hungary
    // and Budapest, is that state once)
    for st in &mut out {
        let listed = st.about.clone();
        st.about.retain(|&e| !(doc.entities[e].kind == EntityKind::Place && doc.entities[e].stands_for.is_some_and(|s| listed.contains(&s))));
    }
    // ("…, she told a briefing, according to the RIA news agency": the source cited after
    // "according to" tells where the words come from, not what they are about; an actor only
    // so named in the statement's text is left out of its list)
    for st in &mut out {
        let (a, b) = (doc.token_at(st.text.start), doc.token_at(st.text.end));
        // (most statements cite no one: the mentions are read only where "according" stands)
        if !(a..b).any(|k| doc.tokens[k].lower == "according") {
            continue;
        }
        let cited = |k: usize| {
            let k = if k > 0 && doc.tokens[k - 1].lower == "the" { k - 1 } else { k };
            k >= 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "according"
        };
        st.about.retain(|&e| {
            let mut inside = doc.mentions.iter().filter(|m| (m.entity == e || doc.actor_of(m.entity) == e) && m.span.start >= st.text.start && m.span.end <= st.text.end).peekable();
            inside.peek().is_none() || !inside.all(|m| { let k = doc.token_at(m.span.start); k >= a && k < b && cited(k) })
        });
    }
    // ("…, the prime minister directed X to complete the review “at the earliest.”" after
    // "According to a statement from the PM Office,": a quote's words are about no source the
    // sentence cites, named only in the phrase after "according to")
    for st in out.iter_mut().filter(|s| s.kind == StatementKind::Direct && !s.about.is_empty()) {
        let (a, b) = crate::extract::np::sentence_tokens(doc, doc.token_at(st.text.start));
        let Some(k) = (a..b).find(|&k| doc.tokens[k].lower == "according" && doc.tokens.get(k + 1).is_some_and(|x| x.lower == "to")) else { continue };
        let src_end = (k + 2..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";") || ctx.tok_quote[j].is_some()).unwrap_or(b).min(k + 10);
        let (from, to) = (doc.tokens[k].span.start, doc.tokens[src_end - 1].span.end);
        let (sa, sb) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        st.about.retain(|&e| {
            let mut here = doc.mentions.iter().filter(|m| (m.entity == e || doc.actor_of(m.entity) == e) && m.span.start >= sa && m.span.end <= sb).peekable();
            here.peek().is_none() || !here.all(|m| m.span.start >= from && m.span.end <= to)
        });
    }
    let kept = memo.suspend();
    doc.statements = out;
    kept
}

/// "The statement said …" after "X said in a statement …": a document taken up by "the"
/// speaks for whoever put out the last one of that noun, within three sentences before.
/// "The U.N. envoy for Sudan warned the council … \n Karim Benslimane, the secretary-general's
/// personal envoy for Sudan, told …": a story's opening speaker described by the title of a
/// person the next sentences name is that person. The phrase opens with "The" and holds one
/// title word; the one person whose role with that head word is stated in the two sentences
/// after the statement's is the speaker.
fn described_then_named(doc: &Doc, out: &mut [Statement]) {
    let lex = Lexicon::get();
    for st in out.iter_mut() {
        let Some(sp) = st.speaker_text.filter(|_| st.speaker.is_none()) else { continue };
        let (a, b) = (doc.token_at(sp.start), doc.token_at(sp.end));
        if b <= a + 1 || b > a + 8 || doc.tokens[a].lower != "the" || !doc.tokens[a].cap {
            continue;
        }
        let Some(si) = doc.sentence_at(sp.start) else { continue };
        // (the story's first sentences only: later, a described speaker is someone else)
        if si > 2 {
            continue;
        }
        let heads: Vec<&str> = (a + 1..b).filter(|&j| !doc.tokens[j].cap && lex.titles.contains_key(&doc.tokens[j].lower)).map(|j| doc.tokens[j].lower.as_str()).collect();
        let [head] = heads[..] else { continue };
        let mut holders = doc.roles.iter().filter(|r| {
            let ri = doc.sentence_at(r.evidence.start);
            ri.is_some_and(|ri| ri > si && ri <= si + 2) && !r.former && doc.entities[r.holder].kind == EntityKind::Person && r.head.to_lowercase().split_whitespace().last() == Some(head)
        }).map(|r| r.holder);
        let Some(h) = holders.next() else { continue };
        if holders.all(|o| o == h) {
            st.attribute_to(h);
        }
    }
}

/// "The head of the Federal Aviation Administration told a Senate committee … that …" opening
/// the story, then "FAA Administrator X, testifying …, said …" a paragraph or a list later: a
/// speaker the lede describes only as the head of a body it names is the first person the story
/// then gives a current role of that body, whatever its title ("head" names none), a few
/// sentences on.
fn head_of_body_named_later(doc: &Doc, out: &mut [Statement]) {
    for st in out.iter_mut() {
        let Some(sp) = st.speaker_text.filter(|_| st.speaker.is_none()) else { continue };
        let (a, b) = (doc.token_at(sp.start), doc.token_at(sp.end));
        if b > a + 10 {
            continue;
        }
        let Some(si) = doc.sentence_at(sp.start) else { continue };
        if let Some(p) = body_title_named_next(doc, sp, si) {
            st.attribute_to(p);
            continue;
        }
        if b < a + 4 || doc.tokens[a].lower != "the" || !doc.tokens[a].cap || doc.tokens[a + 1].lower != "head" || doc.tokens[a + 2].lower != "of" {
            continue;
        }
        // (the story's lede: among the first few sentences, opening its paragraph or after a
        // dateline; the phrase opens it, maybe after the dateline's dash)
        let para = doc.sentences[si].paragraph;
        let opens = a == doc.sentences[si].tokens.0 || (a > doc.sentences[si].tokens.0 && matches!(doc.tokens[a - 1].lower.as_str(), "-" | "—" | "–"));
        if si > 4 || doc.sentences[..si].iter().filter(|x| x.paragraph == para).count() > 1 || !opens {
            continue;
        }
        let from = doc.tokens[a + 3].span.start;
        let mut bodies: Vec<usize> = doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= sp.end).map(|m| doc.actor_of(m.entity)).collect();
        bodies.sort_unstable();
        bodies.dedup();
        let [body] = bodies[..] else { continue };
        if doc.entities[body].kind != EntityKind::Organization {
            continue;
        }
        let Some(r) = doc.roles.iter().filter(|r| r.evidence.start >= sp.end && !r.former && r.of.is_some_and(|o| doc.actor_of(o) == body)).min_by_key(|r| r.evidence.start) else { continue };
        let h = doc.actor_of(r.holder);
        if doc.entities[h].kind == EntityKind::Person && doc.sentence_at(r.evidence.start).is_some_and(|ri| ri > si && ri <= si + 6) {
            st.attribute_to(h);
        }
    }
}

/// "Thames Water's chief executive has refused to …, telling MPs that …" as the story's first
/// sentence, then "Chris Weston was questioned …" opening the next paragraph: a body's
/// possessive and a lower-case title, the whole speaker of the lede (sentence `si`), is the
/// person the next paragraph opens with, named in full (and holding no role of another body).
fn body_title_named_next(doc: &Doc, sp: Span, si: usize) -> Option<usize> {
    let lex = Lexicon::get();
    let (a, b) = (doc.token_at(sp.start), doc.token_at(sp.end));
    let (s0, _) = doc.sentences[si].tokens;
    let para = doc.sentences[si].paragraph;
    if si > 5 || a != s0 || doc.sentences[..si].iter().any(|x| x.paragraph == para) {
        return None;
    }
    let m = doc.mention_at_token(a).filter(|&m| doc.mentions[m].span.start == sp.start)?;
    let body = doc.actor_of(doc.mentions[m].entity);
    let q = doc.token_at(doc.mentions[m].span.end);
    if doc.entities[body].kind != EntityKind::Organization || q + 2 > b || !matches!(doc.tokens[q].lower.as_str(), "'s" | "\u{2019}s") {
        return None;
    }
    if !(q + 1..b).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap) || !(q + 1..b).any(|j| lex.titles.contains_key(&(j..b).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" "))) {
        return None;
    }
    let next = doc.sentences.iter().find(|x| x.paragraph == para + 1)?;
    let n = doc.mention_at_token(next.tokens.0).filter(|&n| doc.mentions[n].span.start == doc.tokens[next.tokens.0].span.start)?;
    let p = doc.actor_of(doc.mentions[n].entity);
    let ok = doc.entities[p].kind == EntityKind::Person && doc.slice(doc.mentions[n].span).contains(' ') && !doc.roles.iter().any(|r| doc.actor_of(r.holder) == p && r.of.is_some_and(|o| doc.actor_of(o) != body));
    ok.then_some(p)
}

/// "A State Department spokesperson, asked about …, said Washington had provided “…” and
/// expected “…”": a quote left with its speaker's words only, when a report whose text opens
/// with those very words (the same span) found who they name, is that speaker's.
fn subject_resolved_in_report(out: &mut [Statement]) {
    for i in 0..out.len() {
        let Some(sp) = out[i].speaker_text.filter(|_| out[i].speaker.is_none() && out[i].kind == StatementKind::Direct) else { continue };
        let mut found = out.iter().filter(|r| r.kind == StatementKind::Reported && r.text.start == sp.start && r.text.end > sp.end).filter_map(|r| r.speaker);
        let Some(e) = found.next() else { continue };
        if found.all(|x| x == e) {
            out[i].attribute_to(e);
        }
    }
}

/// "The Berlin public prosecutor's office said the journalists were not suspects. It said
/// laptops had been seized.": "It" opening a sentence as the subject of its cue, right after a
/// sentence of the same paragraph that opens with the unnamed body that spoke ("The … office
/// said"), is that body, kept as written, not an actor named inside its words (Berlin's state).
fn it_after_an_unnamed_body(doc: &Doc, out: &mut [Statement]) {
    for i in 0..out.len() {
        let st = &out[i];
        let Some(cs) = st.cue_span.filter(|_| st.kind == StatementKind::Reported) else { continue };
        let Some(si) = doc.sentence_at(st.text.start).filter(|&si| si > 0) else { continue };
        let sa = doc.sentences[si].tokens.0;
        if doc.tokens[sa].lower != "it" || st.text.start != doc.tokens[sa].span.start || doc.tokens.get(sa + 1).is_none_or(|x| x.span.start != cs.start) {
            continue;
        }
        if doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph {
            continue;
        }
        let pa = doc.sentences[si - 1].tokens.0;
        let before = out.iter().find(|o| o.kind == StatementKind::Reported && o.speaker.is_none() && o.speaker_text.is_some_and(|t| t.start == doc.tokens[pa].span.start) && doc.tokens[pa].lower == "the" && o.cue_span.is_some_and(|c| matches!(doc.slice(c), "said" | "says" | "added")));
        if let Some(t) = before.and_then(|o| o.speaker_text) {
            out[i].speaker = None;
            out[i].speaker_text = Some(t);
            out[i].unattributed = None;
        }
    }
}

fn statement_taken_up(doc: &Doc, out: &mut [Statement]) {
    const NOUNS: &[&str] = &["statement", "letter", "communique", "communiqué", "post", "video", "message"];
    for i in 0..out.len() {
        let Some(st) = out[i].speaker_text.filter(|_| out[i].speaker.is_none()) else { continue };
        let phrase = doc.slice(st).to_lowercase();
        let Some(noun) = phrase.strip_prefix("the ").filter(|n| NOUNS.contains(n)).map(str::to_string) else { continue };
        let Some(si) = doc.sentence_at(st.start) else { continue };
        // the latest statement before with a speaker, in a sentence that names such a document
        // after an article ("in a statement", "issued a statement")
        // (of several in that sentence, the one whose cue comes nearest before the noun: "X
        // said in a statement, as Y said …")
        let found = out
            .iter()
            .filter(|o| (o.speaker.is_some() || o.speaker_text.is_some_and(|t| t != st)) && o.text.end <= st.start)
            .filter_map(|o| {
                let x = doc.sentence_at(o.text.start).filter(|&x| x < si && x + 3 >= si)?;
                let (sa, sb) = doc.sentences[x].tokens;
                let cue_end = o.cue_span?.end;
                // (or fronted before the cue: "In a statement, his spokesman, X, accused …")
                let j = (sa + 1..sb).find(|&j| (doc.tokens[j].span.start >= cue_end || j >= 2 && doc.tokens[j - 2].lower == "in") && doc.tokens[j].lower == noun && matches!(doc.tokens[j - 1].lower.as_str(), "a" | "an" | "its" | "his" | "her" | "their"))?;
                Some(((x, usize::MAX - j), (o.speaker, o.speaker_text)))
            })
            .max_by_key(|&(k, _)| k)
            .map(|(_, sp)| sp);
        if let Some((sp, sp_text)) = found {
            for o in out.iter_mut().filter(|o| o.speaker.is_none() && o.speaker_text == Some(st)) {
                o.speaker = sp;
                o.speaker_text = if sp.is_some() { None } else { sp_text };
                o.unattributed = None;
            }
        }
    }
}

/// "“Subpoenas are binding,” Mr. Roe said after the witness failed to appear at the hearing
/// he was called to": the attribution after a quotation goes on with a time clause ("after",
/// "before", "when", "while", "as", "once", "until"), when the quote was said, not what was
/// said; with no "that" after the cue it is no report of its own.
fn when_after_a_quote_tail(doc: &Doc, out: &mut Vec<Statement>) {
    out.retain(|st| {
        if st.kind != StatementKind::Reported {
            return true;
        }
        let Some(cs) = st.cue_span else { return true };
        let (a, c) = (doc.token_at(st.text.start), doc.token_at(cs.start));
        let tok = |i: usize| doc.tokens.get(i).map_or("", |t| t.lower.as_str());
        if a < 2 || c < a || !matches!(tok(c + 1), "after" | "before" | "when" | "while" | "as" | "once" | "until") {
            return true;
        }
        // (the quotation's closing mark and its comma a few words before the report's start:
        // "“…,” committee chairman X said after …")
        let Some(q) = (a.saturating_sub(4)..a).rev().find(|&j| doc.tokens[j].kind == TokenKind::Quote) else { return true };
        if q < 1 || !matches!(tok(q - 1), "," | "?" | "!") || (q + 1..a).any(|j| doc.tokens[j].kind != TokenKind::Word) || c > a + 8 {
            return true;
        }
        let e = doc.token_at(st.text.end).min(doc.tokens.len());
        (c + 2..e).any(|j| tok(j) == "that" || doc.tokens[j].kind == TokenKind::Quote)
    });
}
