//! One sentence before a reference (`referent_worked`'s loop over up to four sentences back):
//! the body that spoke it, a title's holder opening it, an unnamed person or a pronoun who
//! spoke it, the one named before its cue, its first actor.

use super::*;

/// The sentence `a..b` back from the [`Earlier`] reference (`s` where its subject may start,
/// after an opening phrase; `counted` how many sentences back, not wholly quoted, it is);
/// each case a method.
#[derive(Clone, Copy)]
pub(super) struct Back<'a> {
    pub(super) earlier: Earlier<'a>,
    pub(super) a: usize,
    pub(super) s: usize,
    pub(super) b: usize,
    pub(super) counted: usize,
}

impl Back<'_> {
    /// The actor this sentence gives the reference, `Some(Some(e))` (the old `return Some(e)`)
    /// or `Some(None)` (the old `return None`); `None` when the sentence before it is read next
    #[inline(always)]
    pub(super) fn answer(&self) -> Option<Option<usize>> {
        first_case!(
            self.body_that_spoke().map(Some).map(Some),
            self.title_holder().map(Some).map(Some),
            self.unnamed_spoke().then_some(Some(None)),
            self.pronoun_spoke().map(Some).map(Some),
            self.named_before_cue().map(Some).map(Some),
            self.first_named().map(Some).map(Some);
            None
        )
    }

    /// ("In a statement, the ministry said the UK had been misled. It said …": the body
    /// that spoke, taken up by its head noun, not an actor inside what it said)
    #[inline(always)]
    fn body_that_spoke(&self) -> Option<usize> {
        let Back { earlier: Earlier { r, .. }, s, b, .. } = *self;
        let Referent { doc, lex, person, .. } = r;
        if !person && doc.tokens[s].lower == "the" {
            let spoke = org_by_head(doc, s, b).filter(|&(e, end)| r.fits(doc.actor_of(e)) && doc.tokens.get(end).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "add" | "tell"))));
            if let Some((e, _)) = spoke {
                return Some(doc.actor_of(e));
            }
        }
        None
    }

    /// ("The Democratic governor asked President Jane Roe to approve aid. In a letter, he
    /// wrote …": a sentence opening with a title that stands for one named holder has that
    /// holder for its subject, not the first person named in it)
    #[inline(always)]
    fn title_holder(&self) -> Option<usize> {
        let Back { earlier: Earlier { r, .. }, s, b, .. } = *self;
        let Referent { doc, ctx, person, .. } = r;
        if person && doc.tokens[s].lower == "the" {
            if let Some((e, end)) = description_at(doc, ctx, s, b).filter(|&(e, _)| doc.entities[doc.actor_of(e)].kind == EntityKind::Person && r.fits(doc.actor_of(e))) {
                return Some(apposed_person(doc, ctx, end, b).filter(|&x| r.fits(x)).unwrap_or(doc.actor_of(e)));
            }
        }
        None
    }

    /// ("A 42-year-old mother of two said she had switched …. “…,” she said": the unnamed
    /// person who spoke the sentence before, not a woman named further back)
    #[inline(always)]
    fn unnamed_spoke(&self) -> bool {
        let Back { earlier: Earlier { r, .. }, s, b, counted, .. } = *self;
        let Referent { doc, ctx, person, want_gender, .. } = r;
        person && counted == 1 && unnamed_person_spoke(doc, ctx, s, b, want_gender)
    }

    /// ("He said the audit faulted three officials, including the port director, Jo Roe.
    /// Hearings would go on, he added.": the speaker the sentence before names by a pronoun,
    /// not a person named in what was said)
    #[inline(always)]
    fn pronoun_spoke(&self) -> Option<usize> {
        let Back { earlier: Earlier { r, .. }, s, counted, .. } = *self;
        let Referent { doc, ctx, t, exclude, person, want_gender, .. } = r;
        if person && counted == 1 {
            if let Some(e) = same_pronoun_spoke(doc, ctx, s, t, exclude, want_gender) {
                return Some(e);
            }
        }
        None
    }

    /// ("The vote will be held in May, though Jane Roe's party objects, interim leader Tom
    /// Hale said. “…,” he said": the one who said the sentence before, named after its
    /// content, not a person inside what he said)
    /// (and "…, the FDIC said. The fund is expected to bear a loss, it added.": a trailing
    /// "it" of saying is the body named right before the cue of the sentence before, not
    /// the first body named in what it said)
    #[inline(always)]
    fn named_before_cue(&self) -> Option<usize> {
        let Back { earlier: Earlier { r, trailing }, s, b, counted, .. } = *self;
        let Referent { doc, ctx, lex, person, .. } = r;
        if (person || trailing) && counted == 1 {
            let said = (s..b).filter(|&k| ctx.tok_quote.at(k).is_none()).find_map(|k| {
                let m = ctx.tok_mention.at(k).filter(|&m| doc.token_at(doc.mentions[m].span.start) == k)?;
                let e = doc.actor_of(doc.mentions[m].entity);
                let end = doc.token_at(doc.mentions[m].span.end);
                // (a person's, not an affiliation's: "Jane Roe of Quill Capital said" is no word
                // of Quill Capital's, whatever the names made it)
                (k > s && doc.tokens[k - 1].kind == TokenKind::Word && doc.tokens[k - 1].lower != "of" && (doc.entities[e].kind == EntityKind::Person || !person) && r.fits(e) && doc.tokens.get(end).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "tell" | "add")))).then_some(e)
            });
            if let Some(e) = said {
                return Some(e);
            }
        }
        None
    }

    /// The first actor that fits, after the opening phrase (from `s`), else in it (from `a`)
    #[inline(always)]
    fn first_named(&self) -> Option<usize> {
        let Back { earlier: Earlier { r, .. }, a, s, b, .. } = *self;
        let Referent { doc, ctx, .. } = r;
        let fits = |e: usize| r.fits(e);
        first_actor(doc, ctx, s, b, &fits).or_else(|| (s > a).then(|| first_actor(doc, ctx, a, s, &fits)).flatten())
    }
}
