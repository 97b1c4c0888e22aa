//! Where what is said stands, once a cue's speaker is found (`attribution_at`): after the cue
//! (a complement follows) or before it (a parenthetical "…, Graham said."), and the speakers
//! and words that make the cue say nothing.

use super::*;

use super::cue::{Candidate, Cue};

/// The [`Cue`], its speaker `att`, and whether that speaker stands `inverted` after the cue
/// ("…, said Warren"); each case a method.
pub(super) struct Spoken<'a> {
    pub(super) cue: Cue<'a>,
    pub(super) att: Attribution,
    pub(super) inverted: bool,
}

impl Spoken<'_> {
    /// The attribution, with whether its content came before (the old tail of
    /// `attribution_at` after the speaker: each old `return None` in order)
    #[inline(always)]
    pub(super) fn found(self) -> Option<Found> {
        let Spoken { cue: Cue { p: Candidate { doc, a, .. }, .. }, inverted, .. } = self;
        if !inverted && self.in_whose_aside() {
            return None;
        }
        let follows = self.follows();
        let ends_clause = self.ends_clause();
        if self.pronoun_content_subject(ends_clause) || self.name_then_verb() {
            return None;
        }
        let s0 = self.subject_start();
        let after_comma = self.after_comma(s0);
        let addressee_only = self.addressee_only(after_comma);
        let topic_only = self.topic_only(after_comma);
        let follows = follows && !addressee_only && !topic_only;
        let relative = self.relative();
        let relative_end = self.relative_end();
        let subject = self.att.subject;
        let parenthetical = !follows && (inverted || after_comma || ends_clause && subject.0 > a + 2 && !relative && !relative_end && !embedded_question(doc, a, subject.0));
        if self.says_nothing(follows, parenthetical) {
            return None;
        }
        Some(Found { att: self.att, coord: None, according: false, content_before: parenthetical })
    }

    /// A cue inside a "whose" aside of the speaker's ([`cue_in_whose_aside`])
    #[inline(always)]
    fn in_whose_aside(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, a, b, .. }, ce, .. }, .. } = *self;
        cue_in_whose_aside(doc, a, self.att.subject.0, ce, b)
    }

    /// Whether the content follows the cue:
    /// "hinted at …", "commented on …": the object of the preposition is what was said;
    /// ("X said as much": what came before is what was said); else a complement
    /// ([`complement_follows`])
    #[inline(always)]
    fn follows(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, b, .. }, lemma, ce, .. }, inverted, .. } = *self;
        let prepositional = matches!(lemma, "hint" | "comment" | "remark" | "reflect" | "speculate" | "elaborate" | "weigh in") && doc.tokens.get(ce).is_some_and(|t| matches!(t.lower.as_str(), "at" | "on" | "about"));
        let as_much = !inverted && doc.tokens.get(ce).is_some_and(|x| x.lower == "as") && doc.tokens.get(ce + 1).is_some_and(|x| x.lower == "much");
        prepositional || as_much || complement_follows(doc, if inverted { self.att.subject.1 } else { ce }, b)
    }

    /// "…, Graham said." / "…, said Warren, …": the content is the rest of the sentence
    /// ("…, lawmakers said Friday afternoon, as …": a time phrase after the cue ends nothing)
    #[inline(always)]
    fn ends_clause(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, b, .. }, ce, .. }, inverted, .. } = *self;
        let tail = if inverted { self.att.subject.1 } else { ce };
        doc.tokens.get(time_phrase_end(doc, tail, b).unwrap_or(tail)).is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";" | "!" | "?"))
    }

    /// "Varga, a Republican, said he would …": after an appositive's comma, a pronoun followed
    /// by its verb is the content's subject, not an inverted speaker (", said he.")
    #[inline(always)]
    fn pronoun_content_subject(&self, ends_clause: bool) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, .. }, .. }, inverted, .. } = *self;
        let att = &self.att;
        inverted && !ends_clause && att.subject.1 == att.subject.0 + 1 && crate::extract::np::is_pronoun(&doc.tokens[att.subject.0].lower)
    }

    /// (nor is a name followed by an auxiliary or another verb: "…, said Oslo would keep its
    /// boats", "X, in his nightly address, said Chile needed …"; a preposition, a relative or
    /// a participle may follow an inverted speaker: "…, said Hale in a statement")
    #[inline(always)]
    fn name_then_verb(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, b, .. }, .. }, inverted, .. } = *self;
        const AFTER_SPEAKER: &[&str] = &[
            "in", "at", "on", "during", "after", "before", "when", "while", "as", "to", "of", "from", "with", "for", "by", "who", "whose", "which", "late",
            "early", "earlier", "later", "last", "this", "and", "but", "adding", "citing", "referring", "speaking", "according", "via", "through", "outside", "inside",
        ];
        let att = &self.att;
        inverted && doc.tokens.get(att.subject.1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !AFTER_SPEAKER.contains(&x.lower.as_str()) && time_phrase_end(doc, att.subject.1, b).is_none())
    }

    /// Where the speaker's phrase starts (an inverted speaker's as found):
    /// (the speaker's title and body before the name count: "“…,” IG Metall negotiator Tom
    /// Hale told reporters.")
    #[inline(always)]
    fn subject_start(&self) -> usize {
        let Spoken { cue: Cue { p: Candidate { doc, ctx, a, .. }, .. }, inverted, .. } = *self;
        let s0 = if inverted { self.att.subject.0 } else { extend_subject_left(doc, self.att.subject.0, a) };
        let s0 = if inverted { s0 } else { possessive_speaker_after_comma(doc, a, s0).unwrap_or(s0) };
        // (and a description the lexicon lacks, right after a quote: "“…,” NDRF commandant Tom
        // Hale told reporters.")
        let lex = Lexicon::get();
        let describing = |j: usize| doc.tokens[j].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.cues.contains_key(&doc.tokens[j].lower) && ctx.tok_quote.at(j).is_none() && ctx.tok_mention.at(j).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind != crate::model::EntityKind::Person);
        let described = (s0.saturating_sub(3).max(a + 2)..s0).find(|&j| doc.tokens[j - 1].kind == TokenKind::Quote && doc.tokens[j - 2].lower == "," && (j..s0).all(describing));
        let s0 = if inverted { s0 } else { described.unwrap_or(s0) };
        // (and an unnamed member before the body it is at: "…, an official at the authority said
        // on condition of anonymity.")
        if inverted { s0 } else { member_at_body(doc, a, s0).unwrap_or(s0) }
    }

    /// Whether a comma (or a comma and a closing quotation mark) stands before the speaker's
    /// phrase at `s0`
    /// ("In interviews, Hale has questioned …": an opening adverbial before the comma is no content)
    #[inline(always)]
    fn after_comma(&self, s0: usize) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, a, .. }, .. }, .. } = *self;
        let after_comma = s0 > a && (doc.tokens[s0 - 1].lower == "," || doc.tokens[s0 - 1].kind == TokenKind::Quote && s0 > a + 1 && doc.tokens[s0 - 2].lower == ",");
        after_comma && !intro_before(doc, a, s0 - 1)
    }

    /// "…, Graham told the Harbor News on Thursday.": only the addressee and a time follow the
    /// cue, so the content came first
    #[inline(always)]
    fn addressee_only(&self, after_comma: bool) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, b, .. }, takes_object, ce, .. }, inverted, .. } = *self;
        takes_object && after_comma && !inverted && addressee_tail(doc, ce, b)
    }

    /// ("“…,” Roe said of the plan.": only the topic follows the cue, the content came first)
    #[inline(always)]
    fn topic_only(&self, after_comma: bool) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, b, .. }, ce, .. }, inverted, .. } = *self;
        !inverted && after_comma && doc.tokens.get(ce).is_some_and(|x| matches!(x.lower.as_str(), "of" | "about")) && {
            let end = (ce..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "." | "!" | "?" | ";" | "," | ":" | "that") || doc.tokens[j].kind == TokenKind::Quote).unwrap_or(b);
            end <= ce + 7 && doc.tokens.get(end).is_none_or(|x| matches!(x.lower.as_str(), "." | "!" | "?"))
        }
    }

    /// (a subject right after a lower-case word, with no mark between, opens a relative clause
    /// whose object is that word: "deliver the tanks they had promised", "the aid that Oslo
    /// pledged", no content said before)
    /// (a pronoun or a name as that subject: "state lawmakers said Friday" is one phrase)
    #[inline(always)]
    fn relative(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, ctx, a, .. }, .. }, .. } = *self;
        let att = &self.att;
        att.subject.0 > a
            && doc.tokens[att.subject.0 - 1].kind == TokenKind::Word
            && !doc.tokens[att.subject.0 - 1].cap
            && !Lexicon::get().stopwords.contains(&doc.tokens[att.subject.0 - 1].lower)
            // (but a charge or claim the subject denies or rejects is its statement: "…, a charge
            // Moscow has always denied")
            && !Lexicon::get().is_content_noun(&doc.tokens[att.subject.0 - 1].lower)
            && (crate::extract::np::is_pronoun(&doc.tokens[att.subject.0].lower) || ctx.tok_mention.at(att.subject.0).is_some())
            && !described_after_comma(doc, a, att.subject.0)
    }

    /// ("… should fine landlords who refuse.": a relative clause's verb ending the sentence,
    /// with no comma before its antecedent, says nothing of what came before)
    #[inline(always)]
    fn relative_end(&self) -> bool {
        let Spoken { cue: Cue { p: Candidate { doc, c, .. }, .. }, inverted, .. } = *self;
        !inverted && (self.att.subject.1..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "who" | "which"))
    }

    /// A cue with no content after it and none before it says nothing, unless it takes an
    /// object or expresses; a question asks nothing without what follows
    #[inline(always)]
    fn says_nothing(&self, follows: bool, parenthetical: bool) -> bool {
        let Spoken { cue: Cue { takes_object, class, .. }, .. } = *self;
        !follows && !parenthetical && !takes_object && class != CueClass::Express || class == CueClass::Ask && !follows
    }
}
