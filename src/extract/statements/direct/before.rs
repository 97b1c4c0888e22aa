//! The tag before a quotation (`before_quote`): a name before a dash, the subject of a clause
//! that ends in a colon, "what X called", the nearest cue with a speaker (`before/cues.rs`),
//! a call for what is quoted, a colon's clause, "According to X,".

use super::*;

mod cues;

use self::cues::Cue;

/// The quotation whose opening mark is at token `qstart`, in the sentence that starts at `sa`;
/// each case a method answering `Some` where the old `before_quote` returned.
#[derive(Clone, Copy)]
pub(super) struct Before<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) qstart: usize,
    pub(super) sa: usize,
}

impl<'a> Before<'a> {
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, qstart: usize) -> Before<'a> {
        let (sa, _) = sentence_tokens(doc, qstart);
        Before { doc, ctx, qstart, sa }
    }

    /// "…, among them the harbour pilot Jane Roe -- “…” -- and …": a person named right before a
    /// dash that opens the quote
    #[inline(always)]
    pub(super) fn named_before_dash(&self) -> Option<Attribution> {
        let Before { doc, ctx, qstart, sa } = *self;
        let d = (sa..qstart).rev().take_while(|&j| matches!(doc.tokens[j].lower.as_str(), "-" | "—" | "–")).last();
        if let Some(d) = d.filter(|&d| d > sa && (qstart - d == 2 || doc.tokens[d].lower != "-")) {
            if let Some(m) = ctx.tok_mention.at(d - 1) {
                let e = doc.actor_of(doc.mentions[m].entity);
                let end = doc.token_at(doc.mentions[m].span.end);
                let start = doc.token_at(doc.mentions[m].span.start);
                // (the name opens its clause, follows a cue or stands in apposition to a noun for a
                // person; not an object: "… supportive of Mr. Trump -- “…”", "praised Jane Roe -- “…”")
                let lex = Lexicon::get();
                let mut p = start;
                while p > sa && {
                    let x = &doc.tokens[p - 1];
                    lex.titles.contains_key(&x.lower) || lex.title_modifiers.contains(&x.lower) || x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower)
                } {
                    p -= 1;
                }
                let subject = p == sa || {
                    let l = doc.tokens[p - 1].lower.as_str();
                    matches!(l, "," | "the" | "a" | "an" | "his" | "her" | "their" | "its") || cue_at(doc, p - 1).is_some_and(|(lemma, _, _, _)| lemma == "say")
                };
                if end == d && subject && doc.entities[e].kind == crate::model::EntityKind::Person {
                    let cue_span = tspan(doc, d, qstart);
                    return Some(Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (start, end) });
                }
            }
        }
        None
    }

    /// "Worried about the vote, Varga is unveiling a new slogan: “…”": the subject of the
    /// clause that ends in the colon, when that clause has no cue of its own
    #[inline(always)]
    pub(super) fn colon_clause_subject(&self) -> Option<Attribution> {
        let Before { doc, ctx, qstart, sa } = *self;
        if qstart > sa + 2 && doc.tokens[qstart - 1].lower == ":" {
            let from = (sa..qstart - 1).rev().find(|&j| doc.tokens[j].lower == "," || clause_break(&doc.tokens[j].lower)).map_or(sa, |j| j + 1);
            let own_cue = (from..qstart - 1).any(|j| cue_at(doc, j).is_some());
            if !own_cue && from > sa {
                if let Some(att) = np_at(doc, ctx, from, qstart - 1).filter(|np| np.entities.iter().any(|&e| doc.entities[e].kind.is_actor())) {
                    let cue_span = doc.tokens[qstart - 1].span;
                    return Some(Attribution { speakers: att.entities.clone(), text: None, cue: ":".into(), cue_span, subject: (att.start, att.end) });
                }
            }
        }
        None
    }

    /// ("…, the military said on Friday, in what Prime Minister X called “…”": the one named
    /// between "what" and a verb of naming right before the quotation speaks, not the cue before)
    #[inline(always)]
    pub(super) fn what_x_called(&self) -> Option<Attribution> {
        let Before { doc, ctx, qstart, sa } = *self;
        if qstart >= sa + 4 {
            let v = if doc.tokens[qstart - 1].lower == "as" { qstart - 2 } else { qstart - 1 };
            let naming = match doc.tokens[v].lower.as_str() {
                "called" | "calls" | "termed" | "terms" | "dubbed" | "dubs" => v + 1 == qstart,
                "described" | "describes" => v + 2 == qstart,
                _ => false,
            };
            if naming {
                // (a name, not a pronoun: "what it describes as" is left to the cue's own rules)
                if let Some(w) = (sa.max(v.saturating_sub(8))..v).rev().find(|&j| doc.tokens[j].lower == "what").filter(|&w| w + 1 < v && !crate::extract::np::is_pronoun(&doc.tokens[w + 1].lower)) {
                    let np = np_at(doc, ctx, w + 1, v).filter(|np| np.start == w + 1 && np.end == v);
                    let speakers = np.as_ref().map(|np| np.actors(doc)).unwrap_or_default();
                    if let (Some(np), false) = (np, speakers.is_empty()) {
                        let cue_span = tspan(doc, v, v + 1);
                        return Some(Attribution { speakers, text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (np.start, np.end) });
                    }
                }
            }
        }
        None
    }

    /// The cues before the quotation, nearest first (outside other quotations, ending before
    /// it), each read as a [`Cue`]: `Some` the old return (`Some(None)` the old `?` of a
    /// coordinated pronoun with no speaker), `None` when no cue speaks.
    /// ("X said the government should reject any deal that left the militia “with even one
    /// rifle”": a cue after a modal, "should reject", "would call", is no act of speech that
    /// took place; a cue before it in the sentence speaks first, and the modal's is read only
    /// when none does)
    #[inline(always)]
    pub(super) fn nearest_cue(&self) -> Option<Option<Attribution>> {
        let Before { doc, ctx, qstart, sa } = *self;
        let read = |c: usize, ce: usize| -> Option<Option<Attribution>> {
            let cue = Cue { q: *self, c, ce };
            if cue.passive_subject() || cue.participle_after_medium() || cue.in_relative_aside() {
                return None;
            }
            if let Some(k) = coordinated_pronoun(doc, ctx, sa, c) {
                return Some(cue.coordinated(k));
            }
            cue.speaker().and_then(|att| cue.report(att)).map(Some)
        };
        let mut wished = None;
        let mut c = qstart;
        while c > sa {
            c -= 1;
            if ctx.tok_quote.at(c).is_some() {
                continue;
            }
            let Some((_, _, _, ce)) = cue_at(doc, c) else { continue };
            if ce > qstart {
                continue;
            }
            if wished.is_none() && after_modal(doc, sa, c) {
                wished = Some((c, ce));
                continue;
            }
            if let Some(r) = read(c, ce) {
                return Some(r);
            }
        }
        wished.and_then(|(c, ce)| read(c, ce))
    }

    /// "X opened the summit with a call for “…”", "X issued an appeal for “…”": words quoted as
    /// what is called for are the call's maker's, the clause's subject, when no cue speaks
    #[inline(always)]
    pub(super) fn call_for(&self) -> Option<Attribution> {
        let Before { doc, ctx, qstart, sa } = *self;
        if qstart > sa + 2 && doc.tokens[qstart - 1].lower == "for" && matches!(doc.tokens[qstart - 2].lower.as_str(), "call" | "calls" | "appeal" | "appeals" | "plea" | "pleas" | "demand" | "demands") {
            if let Some(att) = clause_subject(doc, ctx, sa, qstart - 2, qstart - 1).filter(|att| !att.speakers.is_empty()) {
                return Some(att);
            }
        }
        None
    }

    /// "Hale has a new slogan: “It's about you.”": the clause's subject (`Some(None)` for a
    /// headline's topic)
    #[inline(always)]
    pub(super) fn colon_subject(&self) -> Option<Option<Attribution>> {
        let Before { doc, ctx, qstart, sa } = *self;
        if qstart > sa + 1 && doc.tokens[qstart - 1].lower == ":" {
            // ("Somalia drought: ‘We buried our animals …’" in a headline: a topic ending in a
            // lower-case noun outside any name, with no verb, says what the story is about, not who
            // speaks)
            let last = qstart - 2;
            let headline = || doc.sentence_at(doc.tokens[sa].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0 || doc.paragraphs[doc.sentences[s].paragraph].heading);
            if doc.tokens[last].kind == TokenKind::Word && !doc.tokens[last].cap && ctx.tok_mention.at(last).is_none() && qstart <= sa + 5 && headline() {
                return Some(None);
            }
            return Some(clause_subject(doc, ctx, sa, qstart - 1, qstart));
        }
        None
    }

    /// "According to Hale, “…”": the source named before the quote
    #[inline(always)]
    pub(super) fn according_source(&self) -> Option<Option<Attribution>> {
        let Before { doc, ctx, qstart, sa } = *self;
        if doc.tokens[sa].lower == "according" && qstart > sa + 3 && doc.tokens[qstart - 1].lower == "," {
            return Some(according_to(doc, ctx, sa, qstart));
        }
        None
    }
}

/// A modal just before the cue at `c` (a negation between allowed), after the sentence's
/// start `sa`: "should reject", "would not call", "must describe".
fn after_modal(doc: &Doc, sa: usize, c: usize) -> bool {
    let modal = |x: usize| crate::lexicon::is_modal(&doc.tokens[x].lower) || matches!(doc.tokens[x].lower.as_str(), "shall" | "cannot");
    let m = if c > sa + 1 && matches!(doc.tokens[c - 1].lower.as_str(), "not" | "never") { c - 2 } else { c - 1 };
    c > sa + 1 && m > sa && modal(m)
}
