//! A cue before a quotation (`Before::nearest_cue`): the cues that name no speaker of the
//! quotation (a passive, a participle after a medium, a relative aside), a coordinated
//! pronoun, and the cue's speaker with the reports the quotation is told in instead.

use super::*;

/// The cue at token `c` (ending at `ce`, before the quotation) of [`Before`] `q`.
#[derive(Clone, Copy)]
pub(super) struct Cue<'a> {
    pub(super) q: Before<'a>,
    pub(super) c: usize,
    pub(super) ce: usize,
}

impl<'a> Cue<'a> {
    /// ("said the ambassador had been declared “persona non grata”": a passive's subject is
    /// the one spoken of, not the speaker; an earlier cue speaks)
    #[inline(always)]
    pub(super) fn passive_subject(&self) -> bool {
        let Cue { q: Before { doc, sa, .. }, c, .. } = *self;
        c > sa && matches!(doc.tokens[c - 1].lower.as_str(), "been" | "being" | "was" | "were" | "is" | "are") && (doc.tokens[c].lower.ends_with("ed") || irregular_cue_participle(&doc.tokens[c].lower))
    }

    /// ("said in a clip put online that …": a participle after the noun of a medium
    /// names no speaker of its own)
    #[inline(always)]
    pub(super) fn participle_after_medium(&self) -> bool {
        let Cue { q: Before { doc, sa, .. }, c, .. } = *self;
        c > sa && doc.tokens[c].lower.ends_with("ed") && MEDIA.contains(&doc.tokens[c - 1].lower.as_str())
    }

    /// ("X said the posts, which accused the official of fraud, were part of “…”": a cue
    /// in a relative aside closed before the quotation describes the antecedent; the
    /// quotation is in the report of the cue before the aside)
    #[inline(always)]
    pub(super) fn in_relative_aside(&self) -> bool {
        let Cue { q: Before { doc, ctx, qstart, sa }, c, ce } = *self;
        c > sa + 2 && matches!(doc.tokens[c - 1].lower.as_str(), "which" | "who") && doc.tokens[c - 2].lower == ","
            && (ce..qstart).any(|j| doc.tokens[j].lower == "," && ctx.tok_quote.at(j).is_none())
            && (sa..c - 2).any(|j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(_, class, _, _)| class == CueClass::Speech))
    }

    /// ("When my uncle asked, I shrugged and said, “…”": a pronoun after a comma (at `k`) is the
    /// subject of the verb the cue goes on from, and no earlier cue's speaker said it)
    #[inline(always)]
    pub(super) fn coordinated(&self, k: usize) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, .. }, c, ce } = *self;
        let att = speaker_before(doc, ctx, k + 1, k + 2, k)?;
        let cue_span = tspan(doc, c, ce);
        Some(Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..att })
    }

    /// the nearest cue with a speaker ("Hale said, most voters now think “…”")
    /// ("… criticism from Tom Hale, who had called it “…”": the relative clause's antecedent)
    #[inline(always)]
    pub(super) fn speaker(&self) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, sa, .. }, c, ce } = *self;
        speaker_before(doc, ctx, c, ce, sa).or_else(|| relative_speaker(doc, ctx, sa, c, ce, false)).or_else(|| clause_subject(doc, ctx, sa, c, ce).map(|att| said_between(doc, ctx, sa, att.subject.1, c).filter(|o| o.speakers != att.speakers).unwrap_or(att)))
    }

    /// The cue's speaker `att` read as a [`Said`]: `Some` the old returns, `None` when a pronoun
    /// after a speech verb (`inner`) leaves the quotation to an earlier cue.
    #[inline(always)]
    pub(super) fn report(&self, att: Attribution) -> Option<Attribution> {
        Said::new(*self, att).report()
    }
}

/// The speaker `att` a cue found, its subject `s0..s1`; each case a method answering `Some`
/// where the old `before_quote` returned another speaker's report.
struct Said<'a> {
    cue: Cue<'a>,
    att: Attribution,
    s0: usize,
    s1: usize,
    /// "Protesters said they want “…”": a pronoun right after a speech verb is that
    /// verb's subject, so the outer cue speaks
    inner: bool,
}

impl<'a> Said<'a> {
    #[inline(always)]
    fn new(cue: Cue<'a>, att: Attribution) -> Said<'a> {
        let Cue { q: Before { doc, sa, .. }, .. } = cue;
        let (s0, s1) = att.subject;
        let inner = s1 == s0 + 1 && s0 > sa && crate::extract::np::is_pronoun(&doc.tokens[s0].lower) && cue_at(doc, s0 - 1).is_some();
        Said { cue, att, s0, s1, inner }
    }

    /// The cases in the old order, then `att` itself unless `inner`.
    #[inline(always)]
    fn report(self) -> Option<Attribution> {
        first_case!(self.second_that_after_verb().map(Some), self.second_that().map(Some), self.belief_or_asked().map(Some), self.it_in_report().map(Some); (!self.inner).then_some(self.att))
    }

    /// "X said the board expected both clubs to “…”", "X told reporters that Oslo wanted
    /// “…”": what someone wants or expects, quoted inside X's reported speech, is X's words
    /// ("the company said the commission had “…” and that its store offered “…”": a
    /// verb in a second that-clause of the same report is the reporter's words too)
    /// (the verb's clause opens with "and that" after the subject found, or right before it)
    #[inline(always)]
    fn opens_that(&self, t: usize) -> bool {
        let Cue { q: Before { doc, sa, .. }, .. } = self.cue;
        t > sa && doc.tokens[t].lower == "that" && matches!(doc.tokens[t - 1].lower.as_str(), "and" | "but")
    }

    /// ("X said the commission would announce a date and that the government would hand
    /// over power “…”", "X told reporters the ministers had agreed on most of it but that
    /// “…” remained open": a quotation in a second that-clause after the inner verb is
    /// the words of the verb of saying before that verb)
    #[inline(always)]
    fn second_that_after_verb(&self) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, qstart, sa }, c, ce } = self.cue;
        let (inner, s0) = (self.inner, self.s0);
        if !inner && !cue_at(doc, c).is_some_and(|(lemma, ..)| matches!(lemma, "say" | "tell")) && (ce..qstart).any(|t| ctx.tok_quote.at(t).is_none() && self.opens_that(t)) {
            let j = (sa..c).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, class, _, je)| class == CueClass::Speech && matches!(lemma, "say" | "tell") && je <= s0));
            if let Some(o) = j.and_then(|j| cue_at(doc, j).and_then(|(_, _, _, je)| speaker_before(doc, ctx, j, je, sa))).filter(|o| !o.speakers.is_empty()) {
                return Some(o);
            }
        }
        None
    }

    /// A second that-clause after the subject found, or right before it: the speech outside
    /// the quotations (`outer_speech_over_quotes`).
    #[inline(always)]
    fn second_that(&self) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, sa, .. }, c, .. } = self.cue;
        let (inner, s0, s1) = (self.inner, self.s0, self.s1);
        let second_that = (s1..c).find(|&t| self.opens_that(t)).or_else(|| (sa.max(s0.saturating_sub(3))..s0).find(|&t| self.opens_that(t) && (t + 1..s0).all(|x| doc.tokens[x].kind == TokenKind::Word)));
        if let Some(outer) = second_that.filter(|_| !inner).and_then(|t| outer_speech_over_quotes(doc, ctx, sa, t + 1)) {
            return Some(outer);
        }
        None
    }

    /// ("X said Warsaw would ask allies to finance a joint “drone wall”": an asking not yet
    /// done, after a modal, is told in X's words too; "X said the leaders would discuss
    /// “…”": what is discussed, quoted, is a topic in X's report, not the words of those
    /// who discuss it; nor are the words of a bill that "Democrats would not vote for")
    #[inline(always)]
    fn asked_later(&self) -> bool {
        let Cue { q: Before { doc, sa, .. }, c, .. } = self.cue;
        c > sa && matches!(doc.tokens[c - 1].lower.as_str(), "would" | "will" | "could" | "might") && cue_at(doc, c).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Ask | CueClass::Demand))
    }

    /// ("Its president said the findings showed that “…”", "X said the figures suggest
    /// “…”": what a finding, a figure or a paper shows, quoted inside X's report, is told
    /// in X's words; a subject that names no one says nothing)
    /// ("X said the leaders had agreed that “…”": an agreement of a group named by no
    /// one, quoted inside X's report, is told in X's words too)
    #[inline(always)]
    fn shown(&self) -> bool {
        let Cue { q: Before { doc, .. }, c, .. } = self.cue;
        self.att.speakers.is_empty() && cue_at(doc, c).is_some_and(|(lemma, ..)| matches!(lemma, "show" | "suggest" | "indicate" | "find" | "prove" | "demonstrate" | "reveal" | "confirm" | "agree"))
    }

    /// ("X posted on X that the guild had offered to end the strike if ministers agreed to a
    /// “timetable”": an offer to do something, "offered to" and a verb, is a deed reported,
    /// not words spoken; a quotation after it inside X's that-clause is X's words, as a belief
    /// reported there is)
    #[inline(always)]
    fn offer_to_act(&self) -> bool {
        let Cue { q: Before { doc, .. }, c, ce } = self.cue;
        cue_at(doc, c).is_some_and(|(lemma, ..)| lemma == "offer") && doc.tokens.get(ce).is_some_and(|t| t.lower == "to") && doc.tokens.get(ce + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
    }

    /// ("X said Oslo welcomed “…”", "X told investors the firm had offered “…”", "X said the
    /// council had promised “…” for years": a stand the subject of X's reported clause took,
    /// welcoming, offering or promising, is told in X's words when quoted there, as a belief
    /// ("backed", "supported") reported there is; it is the subject's own words only when no
    /// verb of saying reports it)
    #[inline(always)]
    fn stand_taken(&self) -> bool {
        let Cue { q: Before { doc, .. }, c, .. } = self.cue;
        cue_at(doc, c).is_some_and(|(lemma, ..)| stand_taken(lemma))
    }

    /// A belief, a discussion or a vote, an asking later (`asked_later`), what a finding shows
    /// (`shown`), an offer to act (`offer_to_act`) or a stand taken (`stand_taken`): told in the
    /// words of the speech outside it (`outer_speech`), or of "According to X".
    #[inline(always)]
    fn belief_or_asked(&self) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, sa, .. }, c, .. } = self.cue;
        let (inner, s0) = (self.inner, self.s0);
        if !inner && (cue_at(doc, c).is_some_and(|(lemma, class, _, _)| class == CueClass::Belief || matches!(lemma, "discuss" | "debate" | "vote")) || self.asked_later() || self.shown() || self.offer_to_act() || self.stand_taken()) {
            if let Some(outer) = outer_speech(doc, ctx, sa, s0) {
                return Some(outer);
            }
            // ("According to X, Oslo expects Norway to prevent “…”": inside X's account, as
            // inside X's report; not a stand, which the one who took it words: "According to a
            // summary of the call, Hale pressed … and offered “…”")
            if doc.tokens[sa].lower == "according" && !self.stand_taken() {
                if let Some(outer) = according_to(doc, ctx, sa, s0) {
                    return Some(outer);
                }
            }
        }
        None
    }

    /// "X said it would not talk to what it calls a “…”": "it" inside what the
    /// sentence's subject says is that subject
    #[inline(always)]
    fn it_in_report(&self) -> Option<Attribution> {
        let Cue { q: Before { doc, ctx, sa, .. }, .. } = self.cue;
        let (inner, s0, s1) = (self.inner, self.s0, self.s1);
        if !inner && s1 == s0 + 1 && matches!(doc.tokens[s0].lower.as_str(), "it" | "he" | "she" | "they") {
            let outer = (sa..s0).rev().find(|&j| ctx.tok_quote.at(j).is_none() && cue_at(doc, j).is_some_and(|(lemma, class, _, ce)| class == CueClass::Speech && matches!(lemma, "say" | "tell") && ce <= s0));
            if let Some(o) = outer.and_then(|j| cue_at(doc, j).and_then(|(_, _, _, ce)| speaker_before(doc, ctx, j, ce, sa))) {
                let same_sex = |e: usize| match (doc.tokens[s0].lower.as_str(), doc.entities[e].kind) {
                    ("it", k) => k != crate::model::EntityKind::Person,
                    ("he" | "she", k) => k == crate::model::EntityKind::Person,
                    _ => true,
                };
                if o.speakers.iter().all(|&e| same_sex(e)) && (o.subject.1 <= s0) {
                    return Some(o);
                }
            }
        }
        None
    }
}
