//! The token an attribution may open at (`attribution_at`): "According to X", "In his opinion,",
//! else the cue read there and the words around it that make it say nothing, or a passive.

use super::*;

use super::content::Spoken;

/// The token `c` of the sentence `a..b` where an attribution may open; each case a method.
#[derive(Clone, Copy)]
pub(super) struct Candidate<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) c: usize,
    pub(super) a: usize,
    pub(super) b: usize,
}

impl<'a> Candidate<'a> {
    /// "According to X, …" (`Some(None)` when no source is found)
    #[inline(always)]
    pub(super) fn according(&self) -> Option<Option<Found>> {
        let Candidate { doc, ctx, c, a, b } = *self;
        if doc.tokens[c].lower == "according" {
            return Some(according_to(doc, ctx, c, (c + 2).min(b)).map(|att| {
                let content_before = c > a + 3;
                Found { att, coord: None, according: true, content_before }
            }));
        }
        None
    }

    /// "In his opinion, the plan …", "In her view, …", "In her words, …" opening the sentence:
    /// a report of the person "his" or "her" stands for, as "According to him, …" is
    /// (`Some(None)` when the pronoun is resolved to none)
    #[inline(always)]
    pub(super) fn in_his_opinion(&self) -> Option<Option<Found>> {
        let Candidate { doc, ctx, c, a, b } = *self;
        if c == a && doc.tokens[c].lower == "in" && c + 3 < b && doc.tokens[c + 3].lower == "," && matches!(doc.tokens[c + 1].lower.as_str(), "his" | "her") && matches!(doc.tokens[c + 2].lower.as_str(), "opinion" | "view" | "words") {
            let Some(e) = crate::extract::np::resolve_pronoun(doc, ctx, c + 1, None) else { return Some(None) };
            let cue_span = tspan(doc, c, c + 3);
            let att = Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (c + 1, c + 2) };
            return Some(Some(Found { att, coord: None, according: true, content_before: false }));
        }
        None
    }

    /// The cue at `c` (or a verb before "that"), read as a [`Cue`]
    #[inline(always)]
    pub(super) fn cue(&self) -> Option<Cue<'a>> {
        let Candidate { doc, c, .. } = *self;
        let (lemma, class, takes_object, ce) = cue_at(doc, c).or_else(|| that_verb(doc, c))?;
        Some(Cue { p: *self, lemma, class, takes_object, ce })
    }
}

/// The cue read at the [`Candidate`]: its `lemma`, `class`, whether it `takes_object`, and `ce`
/// the token after it; each case a method.
#[derive(Clone, Copy)]
pub(super) struct Cue<'a> {
    pub(super) p: Candidate<'a>,
    pub(super) lemma: &'static str,
    pub(super) class: CueClass,
    pub(super) takes_object: bool,
    pub(super) ce: usize,
}

impl<'a> Cue<'a> {
    /// The attribution the cue opens: none when the words around it say nothing
    /// ([`Cue::says_nothing`]), a passive's agent ([`Cue::passive`]), else its speaker
    /// (`speaker.rs`) and where the content is (`content.rs`)
    #[inline(always)]
    pub(super) fn attribution(&self) -> Option<Found> {
        if self.says_nothing() {
            return None;
        }
        first_case!(
            self.passive();
            Spoken::found(self.speaker()?)
        )
    }

    /// The old `return None`s before the speaker is sought, in order
    #[inline(always)]
    fn says_nothing(&self) -> bool {
        let Cue { p: Candidate { doc, a, c, b, .. }, lemma, ce, .. } = *self;
        self.demand_or_asked()
            || not_yet_said(doc, a, c, lemma)
            || labelled_in_error(doc, a, c, lemma)
            || open_decision(doc, ce, b, lemma)
            || self.name_taken()
            || self.called_name()
            || self.demanded_verb()
            || self.spoke_to()
    }

    /// A demand ("urged", "called for"), or "asked X to do": no statement
    #[inline(always)]
    fn demand_or_asked(&self) -> bool {
        let Cue { p: Candidate { doc, ctx, b, .. }, lemma, class, ce, .. } = *self;
        class == CueClass::Demand || lemma == "ask" && asked_to_do(doc, ctx, ce, b)
    }

    /// "a group calling itself Night Heron": a name taken, nothing said
    #[inline(always)]
    fn name_taken(&self) -> bool {
        let Cue { p: Candidate { doc, c, .. }, lemma, .. } = *self;
        lemma == "call" && doc.tokens.get(c + 1).is_some_and(|x| matches!(x.lower.as_str(), "itself" | "themselves" | "himself" | "herself"))
    }

    /// "run by a government body called Ofwex, sent …": a body named after "a" and a plain
    /// noun, not a speaker who called something (the demands read it so too)
    #[inline(always)]
    fn called_name(&self) -> bool {
        let Cue { p: Candidate { doc, c, a, .. }, lemma, .. } = *self;
        lemma == "call" && crate::extract::demands::called_names(doc, c, a)
    }

    /// "demanded that Oslo formally agree to …": a bare verb in the clause of a demand is what
    /// is demanded, not something said
    #[inline(always)]
    fn demanded_verb(&self) -> bool {
        let Cue { p: Candidate { doc, c, a, .. }, lemma, .. } = *self;
        if doc.tokens[c].lower == lemma && c > a + 2 {
            let demanded = (c.saturating_sub(7).max(a + 1)..c).rev().find(|&j| doc.tokens[j].lower == "that").is_some_and(|j| {
                matches!(doc.tokens[j - 1].lower.as_str(), "demanded" | "demand" | "demands" | "demanding" | "insisted" | "insist" | "insists" | "asked" | "requested" | "urged" | "proposed" | "recommended")
            });
            if demanded {
                return true;
            }
        }
        false
    }

    /// "spoke to Roe" is a meeting, not a report (a colon after it is handled with quotes);
    /// "spoke of …", "spoke emotionally about …", "spoke out against …" report a topic
    #[inline(always)]
    fn spoke_to(&self) -> bool {
        let Cue { p: Candidate { doc, .. }, lemma, ce, .. } = *self;
        lemma == "speak" && !speaks_of(doc, ce)
    }

    /// ("called for X", "called on X to …" report a demand and are statements too: the demand
    /// stays with the demand extractor, the example gold counts the quote they carry)
    /// passives ("is expected to", "was asked") are not speech by the subject; "is demanding" is
    /// ("was duly called": an adverb may stand between)
    /// ("was also criticized by", "was first reported by": a short adverb of time or addition too)
    /// (`Some` the old return: the agent, [`passive_agent`])
    #[inline(always)]
    fn passive(&self) -> Option<Option<Found>> {
        let Cue { p: Candidate { doc, ctx, c, a, b }, ce, .. } = *self;
        let adverb_before = c > a + 1 && (doc.tokens[c - 1].lower.ends_with("ly") && doc.tokens[c - 1].lower.len() > 4 || matches!(doc.tokens[c - 1].lower.as_str(), "also" | "first" | "later" | "since" | "then" | "already" | "never" | "often" | "initially"));
        let aux = if adverb_before { c - 2 } else { c - 1 };
        if c > a && matches!(doc.tokens[aux].lower.as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being") && !doc.tokens[c].lower.ends_with("ing") {
            // … unless the agent follows: "The plan was criticized by Senator Quist" is hers
            return Some(passive_agent(doc, ctx, c, ce, b));
        }
        None
    }
}
