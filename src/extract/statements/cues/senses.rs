//! A cue verb's other senses (`sense_of_speech`): the participles and phrases that make any cue
//! verb no speech ("accused of", "linked to", "backed by", "is thought to"), here; the senses
//! of one verb at a time ("observed a minute's silence", "ruled the country"), in `lemmas`.

use super::*;

mod lemmas;

/// The cue verb `sense_of_speech` asks about: its token `t`, its `lemma`, and `next` the
/// lower case of the word after it ("" at the text's end); each case a method.
#[derive(Clone, Copy)]
pub(super) struct Sense<'a> {
    pub(super) doc: &'a Doc,
    pub(super) t: usize,
    pub(super) lemma: &'a str,
    pub(super) next: &'a str,
}

impl<'a> Sense<'a> {
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, t: usize, lemma: &'a str) -> Self {
        let next = doc.tokens.get(t + 1).map(|x| x.lower.as_str()).unwrap_or("");
        Sense { doc, t, lemma, next }
    }

    /// ("A journalist accused of assaulting an officer told the court …", "a man charged with
    /// fraud said …", "he was accused of lying": "accused" right before "of", "charged" right
    /// before "with" are passive, the one accused speaks no accusation)
    #[inline(always)]
    pub(super) fn accused_of_or_charged_with(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next == "of" && doc.tokens[t].lower == "accused" || next == "with" && doc.tokens[t].lower == "charged"
    }

    /// ("the trial of two soldiers accused over the 2019 raid", "the man charged over the attack
    /// had a licence": "accused" or "charged" right before "over" is passive too, as
    /// before "of" and "with"; one who accuses names whom first, "accused the army over …"; not
    /// "accused over 20 officials of …", a number after "over")
    #[inline(always)]
    pub(super) fn accused_or_charged_over(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next == "over" && matches!(doc.tokens[t].lower.as_str(), "accused" | "charged") && !doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Number)
    }

    /// ("The two countries have argued for decades over the border", "firms arguing over the
    /// division of work": to argue over something, with no clause or quotation said, is a
    /// quarrel, no one's words)
    #[inline(always)]
    pub(super) fn argued_over(&self) -> bool {
        let Sense { doc, t, lemma, .. } = *self;
        if lemma == "argue" {
            let mut k = t + 1;
            if doc.tokens.get(k).is_some_and(|x| x.lower == "for") && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "decades" | "years" | "months" | "weeks" | "days" | "centuries" | "generations")) {
                k += 2;
            }
            if doc.tokens.get(k).is_some_and(|x| x.lower == "over") {
                return true;
            }
        }
        false
    }

    /// ("an insurgency by groups linked to al Qaeda that has killed thousands", "a firm linked to
    /// the minister": "linked" right before "to" is a participle of description; one who links
    /// names what to what, "linked the attack to …")
    #[inline(always)]
    pub(super) fn linked_to(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next == "to" && doc.tokens[t].lower == "linked"
    }

    /// ("The bill, backed by the Liberal Party, passed", "a book written by a former aide", "a
    /// study supported by the foundation": a passive participle whose agent follows "by" is no
    /// one's words; describing, accusing and the like by someone stay theirs; "countries
    /// threatened by rising seas": a threat by a thing or by someone names no words; "The strike
    /// was called by the union": a protest or a strike called by its organisers is convened,
    /// nobody's words)
    #[inline(always)]
    pub(super) fn passive_with_agent(&self) -> bool {
        let Sense { doc, t, lemma, next } = *self;
        next == "by" && doc.tokens[t].lower != lemma && matches!(lemma, "support" | "back" | "endorse" | "favor" | "champion" | "promote" | "propose" | "recommend" | "write" | "post" | "publish" | "threaten" | "call")
    }

    /// ("OPEC had shown “unity and discipline”": what is shown in quotation marks is a quality
    /// named, no words of the one who shows it; "the data show that …" stays)
    #[inline(always)]
    pub(super) fn shown_in_quotes(&self) -> bool {
        let Sense { doc, t, lemma, .. } = *self;
        lemma == "show" && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote)
    }

    /// ("the hostility that critics blame for denying them entry", "Minister praised for
    /// candour": blaming or praising has its target before "for"; with none between, the one
    /// blamed is elsewhere and the words are no one's)
    #[inline(always)]
    pub(super) fn praised_or_blamed_for(&self) -> bool {
        let Sense { lemma, next, .. } = *self;
        next == "for" && matches!(lemma, "blame" | "criticize" | "praise" | "thank" | "condemn" | "fault" | "credit" | "commend" | "applaud" | "rebuke" | "chide")
    }

    /// ("the money it believed to have been embezzled", "He is thought to be abroad", "is said
    /// to have fled": a passive of believing or saying, whose subject is believed or spoken of)
    #[inline(always)]
    pub(super) fn passive_of_believing(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next == "to" && matches!(doc.tokens[t].lower.as_str(), "believed" | "thought" | "known" | "suspected" | "estimated" | "said" | "reported" | "alleged" | "rumoured" | "rumored") && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "be" | "have" | "been" | "number" | "total" | "hold" | "own" | "control" | "live" | "contain"))
    }

    /// ("Xi raised the war, saying China supported “all efforts …”", "saying Lisbon wanted …":
    /// a state's or body's stance that a speaker reports at "saying" or "adding" is that
    /// speaker's words, not the named subject's)
    #[inline(always)]
    pub(super) fn stance_reported_by_another(&self) -> bool {
        let Sense { doc, t, lemma, .. } = *self;
        matches!(lemma, "support" | "want") && t >= 2 && (t.saturating_sub(3)..t - 1).any(|s| matches!(doc.tokens[s].lower.as_str(), "saying" | "adding") && (s + 1..t).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word))
    }

    /// ("TASS cited X as saying …": the one cited speaks, at "saying")
    #[inline(always)]
    pub(super) fn cited_as_saying(&self) -> bool {
        let Sense { doc, t, lemma, .. } = *self;
        lemma == "cite" && (t + 2..(t + 14).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| doc.tokens[j].lower == "saying" && doc.tokens[j - 1].lower == "as")
    }
}
