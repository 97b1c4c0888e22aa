//! Who speaks at a cue (`attribution_at`): the speaker before it (or a participle's or a
//! document's subject), a group of people at a body, else a speaker inverted after it, the
//! subject of a coordinated verb, of a means, of a far participle or of an infinitive, one a
//! causative verb moved to speak, or who "who" is.

use super::*;

use super::content::Spoken;
use super::cue::{Candidate, Cue};

impl<'a> Cue<'a> {
    /// The speaker and whether it stands inverted after the cue (the old `let (att, inverted) =
    /// match before { … }`), as a [`Spoken`]
    #[inline(always)]
    pub(super) fn speaker(&self) -> Option<Spoken<'a>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, ce, .. } = *self;
        let participle = self.participle();
        let before = if participle || self.document_that() { clause_subject(doc, ctx, a, c, ce) } else { speaker_before(doc, ctx, c, ce, a) };
        // ("Workers at Quillmart said …", "40% of shareholders at the retailer Quillmart voted
        // …": a group of people at a body, unnamed, speaks for none named, not for the body)
        let before = before.map(|att| group_at_body(doc, a, att));
        let (att, inverted) = match before {
            Some(att) => (att, false),
            None if participle => return None,
            None => match self.inverted() {
                Some(att) => (att?, true),
                None => (self.clause_speaker()?, false),
            },
        };
        Some(Spoken { cue: *self, att, inverted })
    }

    /// "Clinton spoke out about the shooting, arguing that …": a participle's subject is the clause's
    /// ("Quist said: “…,” adding that …": the comma may stand inside the closing quotation mark)
    /// ("X issued a statement saying …", "X sent a letter on Monday urging …": a participle
    /// after a document the subject put out)
    #[inline(always)]
    fn participle(&self) -> bool {
        let Cue { p: Candidate { doc, c, a, .. }, .. } = *self;
        let comma_before = c > a && doc.tokens[c - 1].lower == "," || c > a + 1 && doc.tokens[c - 1].kind == TokenKind::Quote && doc.tokens[c - 2].lower == ",";
        doc.tokens[c].lower.ends_with("ing") && (comma_before || put_out_document(doc, a, c))
    }

    /// ("Quillmart published a memo from its auditors in May that says …": a document the
    /// clause's subject put out speaks for it, as in "issued a statement saying …")
    #[inline(always)]
    fn document_that(&self) -> bool {
        let Cue { p: Candidate { doc, c, a, .. }, lemma, .. } = *self;
        c > a + 3 && doc.tokens[c - 1].lower == "that" && matches!(lemma, "say" | "state" | "claim" | "argue" | "assert" | "warn") && document_put_out_before(doc, a, c - 1)
    }

    /// (never "…, told Reuters that …": who is told is no speaker inverted after the cue)
    /// the speaker after the cue, or an unnamed one (`Some(None)` when there is none)
    #[inline(always)]
    fn inverted(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, b }, lemma, ce, .. } = *self;
        if c > a && doc.tokens[c - 1].lower == "," && lemma != "tell" {
            return Some(speaker_after(doc, ctx, c, ce, b).or_else(|| unnamed_after(doc, ctx, c, ce, b)));
        }
        None
    }

    /// The speaker neither before the cue nor inverted after it: the old arms of the `match`
    /// after the inverted speaker, in order (each `Some` the arm's answer)
    #[inline(always)]
    fn clause_speaker(&self) -> Option<Attribution> {
        first_case!(
            self.coordinated(),
            self.by_means(),
            self.far_participle(),
            self.infinitive(),
            self.prompted();
            self.relative()
        )
    }

    /// "Cruz exhorted Republicans … and said he …": the clause's subject speaks
    /// ("… agreed, but also contended that …": adverbs and auxiliaries may stand between)
    /// ("He met the officials and said …": a personal pronoun opening the clause)
    #[inline(always)]
    fn coordinated(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, ce, .. } = *self;
        if coordinated_verb(doc, a, c) {
            return Some(clause_subject(doc, ctx, a, c, ce).or_else(|| pronoun_subject(doc, ctx, a, c, ce)).or_else(|| past_subordinate(doc, ctx, a, c, ce)));
        }
        None
    }

    /// "Roe opened by saying …", "Hale courted the anglers by reminding them that …": the
    /// means of the clause's verb is a statement of its subject
    #[inline(always)]
    fn by_means(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, class, ce, .. } = *self;
        if c > a + 2 && doc.tokens[c - 1].lower == "by" && doc.tokens[c].lower.ends_with("ing") && matches!(class, CueClass::Speech | CueClass::Accuse | CueClass::Warn) {
            return Some(clause_subject(doc, ctx, a, c, ce));
        }
        None
    }

    /// "Varga sent a string of posts on Friday saying that …": a participle far from its subject
    #[inline(always)]
    fn far_participle(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, ce, .. } = *self;
        if c > a + 2 && doc.tokens[c].lower.ends_with("ing") && doc.tokens.get(ce).is_some_and(|x| x.lower == "that") {
            return Some(clause_subject(doc, ctx, a, c, ce));
        }
        None
    }

    /// "Local farmers assembled Monday to discuss …", "Varga agreed to review …": an
    /// infinitive whose subject is the clause's (not after an object: "asked him to comment")
    #[inline(always)]
    fn infinitive(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, ce, .. } = *self;
        if c > a + 2 && doc.tokens[c - 1].lower == "to" && subject_controls(doc, c - 1) {
            return Some(clause_subject(doc, ctx, a, c, ce));
        }
        None
    }

    /// "…, prompting EU leaders to accuse Orban of …": who a causative verb moved to speak
    /// (else as below)
    #[inline(always)]
    fn prompted(&self) -> Option<Option<Attribution>> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, ce, .. } = *self;
        if c > a + 3 && doc.tokens[c - 1].lower == "to" {
            return Some(prompted_speaker(doc, ctx, a, c, ce).or_else(|| self.relative()));
        }
        None
    }

    /// "an architect who said …", "McConnell, the majority leader, who said …": who "who" is
    #[inline(always)]
    fn relative(&self) -> Option<Attribution> {
        let Cue { p: Candidate { doc, ctx, c, a, .. }, class, ce, .. } = *self;
        relative_speaker(doc, ctx, a, c, ce, class != CueClass::Ask)
    }
}
