//! The head noun of an unnamed subject opening the clause of `clause_subject`: no pronoun
//! opening it, the person named in apposition after it, the body it names itself or is of,
//! else its plural complement, the organisation it describes, or the phrase as written.

use super::*;

/// The [`Clause`] and `head`, the noun for a speaker its unnamed subject ends at; each case a
/// method answering `Some` where the old `clause_subject` returned.
#[derive(Clone, Copy)]
pub(super) struct Head<'a> {
    pub(super) cl: Clause<'a>,
    pub(super) head: usize,
}

impl<'a> Head<'a> {
    /// The cases after the head is found, in the old order (`None` for a pronoun opening the
    /// clause)
    #[inline(always)]
    pub(super) fn speaker(&self) -> Option<Attribution> {
        if self.pronoun_opens() {
            return None;
        }
        first_case!(
            self.apposed_person().map(Some),
            self.self_named().map(Some),
            self.body_named_after().map(Some);
            self.plural_complement().described()
        )
    }

    /// (a possessive opening the subject is no pronoun subject: "Her husband accepted it, but
    /// also argued …"): a pronoun opening the clause is no subject of this kind
    #[inline(always)]
    pub(super) fn pronoun_opens(&self) -> bool {
        let Head { cl: Clause { doc, a, .. }, head } = *self;
        let possessive = matches!(doc.tokens[a].lower.as_str(), "his" | "her") && head <= a + 3;
        crate::extract::np::is_pronoun(&doc.tokens[a].lower) && !possessive
    }

    /// ("The head of the panel, former minister Jane Roe, urged … and asked …": the person
    /// named in apposition after the role and what it is of, a title before the name)
    #[inline(always)]
    pub(super) fn apposed_person(&self) -> Option<Attribution> {
        let Head { cl, head } = *self;
        let Clause { doc, ctx, c, cue_span, .. } = cl;
        let (p, ps, k2) = appositive_person(doc, ctx, head, c)?;
        Some(Attribution { speakers: vec![p], text: None, cue: cl.cue(), cue_span, subject: (ps, k2) })
    }

    /// ("A group of nurses met …, arguing …": the head's plural complement belongs to it): a
    /// plain word, lower case, outside quotations, neither a cue nor a stop word
    #[inline(always)]
    pub(super) fn plain(&self, j: usize) -> bool {
        let Head { cl: Clause { doc, ctx, .. }, .. } = *self;
        let lex = Lexicon::get();
        doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && ctx.tok_quote.at(j).is_none() && !lex.cues.contains_key(&doc.tokens[j].lower) && !lex.stopwords.contains(&doc.tokens[j].lower)
    }

    /// ("A hacker group calling itself Night Heron claimed …": the body so named)
    #[inline(always)]
    pub(super) fn self_named(&self) -> Option<Attribution> {
        let Head { cl, head } = *self;
        let Clause { a, c, cue_span, .. } = cl;
        let (body, end) = crate::extract::np::self_named(cl.doc, head).filter(|&(_, end)| end <= c)?;
        Some(Attribution { speakers: vec![body], text: None, cue: cl.cue(), cue_span, subject: (a, end) })
    }

    /// ("The board of logistics group Harbor Holdings rejected the bid, calling it …": the body
    /// named after "of" and the lower-case words of its kind speaks)
    /// (or right after the head: "The board of logistics group Harbor Holdings", head "group")
    #[inline(always)]
    pub(super) fn body_named_after(&self) -> Option<Attribution> {
        let Head { cl, head } = *self;
        let Clause { doc, ctx, a, c, cue_span, .. } = cl;
        let of_body = doc.tokens.get(head + 1).is_some_and(|x| x.lower == "of");
        if of_body || head + 1 < c && doc.tokens[head + 1].cap {
            let j = if of_body { (head + 2..(head + 6).min(c)).find(|&j| !self.plain(j)).unwrap_or(c) } else { head + 1 };
            if let Some(m) = ctx.tok_mention.get(j).filter(|&m| j < c && doc.mentions[m].span.start == doc.tokens[j].span.start) {
                let body = doc.actor_of(doc.mentions[m].entity);
                if doc.entities[body].kind == crate::model::EntityKind::Organization {
                    return Some(Attribution { speakers: vec![body], text: None, cue: cl.cue(), cue_span, subject: (a, doc.token_at(doc.mentions[m].span.end)) });
                }
            }
        }
        None
    }

    /// The head moved to the last plural of the plain words after "of" ("A group of nurses":
    /// "nurses"), else as it is
    #[inline(always)]
    pub(super) fn plural_complement(self) -> Head<'a> {
        let Head { cl: Clause { doc, c, .. }, head } = self;
        let head = if doc.tokens.get(head + 1).is_some_and(|x| x.lower == "of") {
            (head + 2..(head + 5).min(c)).take_while(|&j| self.plain(j)).filter(|&j| doc.tokens[j].lower.ends_with('s') && doc.tokens[j].lower.len() > 3).last().unwrap_or(head)
        } else {
            head
        };
        Head { head, ..self }
    }

    /// The phrase up to the head: the organisation it describes, else as written
    #[inline(always)]
    pub(super) fn described(&self) -> Option<Attribution> {
        first_case!(
            self.body_described().map(Some);
            Some(self.as_written())
        )
    }

    /// ("… the company said …, and accused …": the organisation it stands for)
    #[inline(always)]
    pub(super) fn body_described(&self) -> Option<Attribution> {
        let Head { cl, head } = *self;
        let Clause { doc, a, cue_span, .. } = cl;
        let body = body_description(doc, a, head + 1)?;
        Some(Attribution { speakers: vec![body], text: None, cue: cl.cue(), cue_span, subject: (a, head + 1) })
    }

    /// The unnamed subject as written, up to its head
    #[inline(always)]
    pub(super) fn as_written(&self) -> Attribution {
        let Head { cl, head } = *self;
        let Clause { doc, a, cue_span, .. } = cl;
        Attribution { speakers: Vec::new(), text: Some(tspan(doc, a, head + 1)), cue: cl.cue(), cue_span, subject: (a, head + 1) }
    }
}
