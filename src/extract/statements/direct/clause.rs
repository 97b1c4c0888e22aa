//! The first actor of a clause (`clause_subject`): where the clause opens
//! (`clause/opening.rs`), an office's holder in apposition, the actors of its first words, a
//! description then the name in commas ([`Clause`]), else the head noun of an unnamed subject
//! and what it is of (`clause/head.rs`).

use super::*;

mod head;
mod opening;

use self::head::Head;
use self::opening::Opening;

/// The clause from `a` (where it opens, after its opening phrase) up to the cue at `c`;
/// `opened` the clause break it opens after, if any; each case a method answering `Some`
/// where the old `clause_subject` returned.
#[derive(Clone, Copy)]
pub(super) struct Clause<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) a: usize,
    pub(super) c: usize,
    pub(super) opened: Option<usize>,
    pub(super) cue_span: Span,
}

impl<'a> Clause<'a> {
    /// The clause of the cue at `c` (its words up to `ce`) in the sentence from `a`
    /// (`Opening`, `clause/opening.rs`)
    #[inline(always)]
    pub(super) fn open(doc: &'a Doc, ctx: &'a Ctx, a: usize, c: usize, ce: usize) -> Clause<'a> {
        Opening::new(doc, ctx, a, c).clause(ce)
    }

    /// The cue's words, as the attribution holds them
    #[inline(always)]
    pub(super) fn cue(&self) -> String {
        self.doc.slice(self.cue_span).to_string()
    }

    /// ("The mayor of Ashford, Jane Roe, urged …, saying …": an office of a place, then the
    /// person named in apposition between commas, not whom "the mayor" alone might stand for)
    #[inline(always)]
    pub(super) fn office_in_apposition(&self) -> Option<Attribution> {
        let Clause { doc, ctx, a, c, cue_span, .. } = *self;
        let lex = Lexicon::get();
        if let Some((p, ps, k2)) = (a..c.min(a + 3)).filter(|&j| lex.is_office_or_speaker(&doc.tokens[j].lower)).find_map(|j| appositive_person(doc, ctx, j, c)) {
            return Some(Attribution { speakers: vec![p], text: None, cue: self.cue(), cue_span, subject: (ps, k2) });
        }
        None
    }

    /// The clause's first four words, each read in turn ([`Clause::at_word`])
    #[inline(always)]
    pub(super) fn first_words(&self) -> Option<Attribution> {
        let Clause { a, c, .. } = *self;
        for k in a..c.min(a + 4) {
            if let Some(att) = self.at_word(k) {
                return Some(att);
            }
        }
        None
    }

    /// The word `k` of the clause's first words: a plural that stands for a phrase named
    /// before, people of an actor, an actor named there
    #[inline(always)]
    pub(super) fn at_word(&self, k: usize) -> Option<Attribution> {
        first_case!(
            self.plural_at(k).map(Some),
            self.people_of(k).map(Some);
            self.actor_at(k)
        )
    }

    /// A plural at `k` that stands for a phrase named before (`plural_antecedent`), as written
    #[inline(always)]
    pub(super) fn plural_at(&self, k: usize) -> Option<Attribution> {
        let Clause { doc, ctx, cue_span, .. } = *self;
        let (s, e) = plural_antecedent(doc, ctx, k)?;
        Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, s, e)), cue: self.cue(), cue_span, subject: (k, k + 1) })
    }

    /// ("Supporters of Yoon gathered outside his residence, vowing …": people of an actor
    /// speak unnamed, not the actor)
    #[inline(always)]
    pub(super) fn people_of(&self, k: usize) -> Option<Attribution> {
        let Clause { doc, ctx, c, cue_span, .. } = *self;
        if k + 2 < c && doc.tokens[k].lower.ends_with('s') && matches!(doc.tokens[k + 1].lower.as_str(), "of" | "for") && {
            let lex = Lexicon::get();
            lex.person_nouns.contains(&doc.tokens[k].lower) || lex.speaker_nouns.contains(&doc.tokens[k].lower)
        } {
            if let Some(np) = np_at(doc, ctx, k + 2, c) {
                return Some(Attribution { speakers: Vec::new(), text: Some(tspan(doc, k, np.end)), cue: self.cue(), cue_span, subject: (k, np.end) });
            }
        }
        None
    }

    /// (a place is no speaker: "The Ohio developer said of the plan" names a place as the
    /// modifier of a noun for a person)
    #[inline(always)]
    pub(super) fn actor_at(&self, k: usize) -> Option<Attribution> {
        let Clause { doc, ctx, a, c, cue_span, .. } = *self;
        let np = np_at(doc, ctx, k, c).filter(|np| np.entities.iter().any(|&e| doc.entities[e].can_act()))?;
        // ("The head of the Vexmoor Federation (VF), Jane Roe, urged …, warning …": the
        // person in apposition to the office, not what it is of)
        if k > a + 1 && matches!(doc.tokens[k - 1].lower.as_str(), "of" | "for") {
            let e = if doc.tokens.get(np.end).is_some_and(|x| x.lower == "(") && doc.tokens.get(np.end + 2).is_some_and(|x| x.lower == ")") { np.end + 3 } else { np.end };
            let person = (e + 1 < c && doc.tokens[e].lower == ",").then(|| ctx.tok_mention.at(e + 1)).flatten().filter(|&m| doc.entities[doc.mentions[m].entity].kind == crate::model::EntityKind::Person);
            if let Some(m) = person {
                let pe = doc.token_at(doc.mentions[m].span.end);
                return Some(Attribution { speakers: vec![doc.mentions[m].entity], text: None, cue: self.cue(), cue_span, subject: (e + 1, pe) });
            }
        }
        Some(Attribution { speakers: np.entities.clone(), text: None, cue: self.cue(), cue_span, subject: (np.start, np.end) })
    }

    /// ("The opposition health spokeswoman, Jane Roe, urged … and accused …": a description
    /// of the person, then the name in commas)
    #[inline(always)]
    pub(super) fn described_then_named(&self) -> Option<Attribution> {
        let Clause { doc, ctx, a, c, cue_span, .. } = *self;
        let comma = (a + 2..c.min(a + 9)).find(|&j| doc.tokens[j].lower == ",").filter(|&j| described_speaker(doc, a, j));
        let apposed = comma.and_then(|j| np_at(doc, ctx, j + 1, c));
        // ("A civil society group, the Patients' Alliance, called on …": a body after a
        // description of a body, whose head is no office nor noun for a person)
        let lex = Lexicon::get();
        let body_head = |np: &crate::extract::np::Np| {
            let head = comma.map_or("", |j| doc.tokens[j - 1].lower.as_str());
            !lex.person_nouns.contains(head) && !lex.titles.contains_key(head) && np.entities.iter().all(|&e| doc.entities[e].kind == crate::model::EntityKind::Organization)
        };
        if let Some(np) = apposed.filter(|np| (np.entities.iter().any(|&e| doc.entities[e].kind == crate::model::EntityKind::Person) || body_head(np)) && doc.tokens.get(np.end).is_some_and(|x| x.lower == ",")) {
            return Some(Attribution { speakers: np.entities.clone(), text: None, cue: self.cue(), cue_span, subject: (np.start, np.end) });
        }
        None
    }

    /// An unnamed subject opening the clause ([`Clause::head`], then [`Head::speaker`]);
    /// `None` when it has no head noun
    #[inline(always)]
    pub(super) fn unnamed_head(&self) -> Option<Attribution> {
        self.head()?.speaker()
    }

    /// an unnamed subject opening the clause: "Two Democratic speechwriters implored her …"
    /// (before a finite cue coordinated with the verb of a sentence, an office or a noun for a
    /// person opening the sentence after its determiner too: "The mayor toured the farm and
    /// said …"): its head, a noun for a speaker in its first six words
    #[inline(always)]
    fn head(&self) -> Option<Head<'a>> {
        let Clause { doc, ctx, a, c, opened, .. } = *self;
        let lex = Lexicon::get();
        let coordinated = opened.is_none()
            && !doc.tokens[c].lower.ends_with("ing")
            && coordinated_verb(doc, a, c)
            && doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its"));
        let person_word = |l: &str| lex.person_nouns.contains(l) || lex.titles.get(l).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
        let person = |j: usize| lex.speaker_nouns.contains(&doc.tokens[j].lower) || coordinated && j <= a + 2 && person_word(&doc.tokens[j].lower);
        let mut head = (a..c.min(a + 6)).take_while(|&j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote.at(j).is_none()).find(|&j| person(j))?;
        // ("The retired fire chief": the last of such nouns is the head)
        while coordinated && head + 1 < c && (lex.speaker_nouns.contains(&doc.tokens[head + 1].lower) || person_word(&doc.tokens[head + 1].lower)) {
            head += 1;
        }
        Some(Head { cl: *self, head })
    }
}
