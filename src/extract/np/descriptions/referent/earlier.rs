//! What is named before a reference (`referent_worked` after the cue's subject): the first
//! actor earlier in its sentence, the document a sentence-opening "it" takes up, the sentences
//! before (`back.rs`), the one person of the sex sought.

use super::*;

use super::back::Back;

/// The [`Referent`] and `trailing`, whether it is the subject of a trailing "…, he said." (whose
/// content names someone else); each case a method.
#[derive(Clone, Copy)]
pub(in super::super) struct Earlier<'a> {
    pub(super) r: Referent<'a>,
    pub(super) trailing: bool,
}

impl<'a> Earlier<'a> {
    /// same sentence, before the pronoun, outside quotes
    /// (not in the content a trailing "…, he said." reports: "Talks chaired by Jane Roe will
    /// open on Monday, he said" is said by someone named before)
    /// (but a clause the sentence opens with a subordinator, "When Gen. Jo Roe went on television
    /// to announce …, he said the army would …", is no content: its subject is the one meant, when
    /// the cue goes on to what he said)
    #[inline(always)]
    pub(in super::super) fn new(r: Referent<'a>) -> Earlier<'a> {
        let Referent { doc, ctx, lex, t, si, sa, .. } = r;
        const FRONTED: &[&str] = &["when", "after", "before", "as", "while", "once", "although", "though", "because"];
        let fronted = FRONTED.contains(&doc.tokens[sa].lower.as_str()) && doc.sentences[si].tokens.1 > t + 5 && doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Word && !matches!(x.lower.as_str(), "on" | "in" | "at" | "adding" | "after" | "during" | "late" | "earlier" | "last" | "this"));
        let trailing = t > sa && doc.tokens[t - 1].lower == "," && ctx.tok_quote.at(t).is_none() && doc.tokens.get(t + 1).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| c.lemma == "say" || c.lemma == "add" || c.lemma == "tell")) && !fronted;
        Earlier { r, trailing }
    }

    /// The actor the reference is to, named before it (the old returns of `referent_worked`
    /// after the sentence's own subject)
    #[inline(always)]
    pub(in super::super) fn pick(&self) -> Option<usize> {
        first_case!(
            self.in_sentence().map(Some),
            self.document_it(),
            self.sentences_back();
            self.only_person()
        )
    }

    /// same sentence, before the pronoun, outside quotes: the first actor that fits, in a window,
    /// so that one endless sentence cannot make this quadratic (not in a trailing cue's content)
    #[inline(always)]
    fn in_sentence(&self) -> Option<usize> {
        let Referent { doc, ctx, t, si, .. } = self.r;
        let a = doc.sentences[si].tokens.0.max(t.saturating_sub(80));
        first_actor(doc, ctx, a, t, &|e| self.r.fits(e)).filter(|_| !self.trailing)
    }

    /// ("The report lists five risks for Norway. It also says …": "it" opening a sentence
    /// after one whose subject is a document is that document, no actor named in it)
    /// (`Some(None)` the old `return None`)
    #[inline(always)]
    fn document_it(&self) -> Option<Option<usize>> {
        let Referent { doc, ctx, t, exclude, person, si, sa, .. } = self.r;
        const DOCUMENTS: &[&str] = &["text", "report", "document", "communique", "communiqué", "declaration", "resolution", "statement", "letter", "draft", "agreement", "plan", "proposal", "bill", "study"];
        if !person && doc.tokens[t].lower == "it" && t == sa && si > 0 && doc.sentences[si - 1].paragraph + 1 >= doc.sentences[si].paragraph {
            let (pa, pb) = doc.sentences[si - 1].tokens;
            let opens = (pa..pb.min(pa + 4)).position(|j| DOCUMENTS.contains(&doc.tokens[j].lower.as_str()) && !doc.tokens[j].cap);
            if let Some(i) = opens {
                let h = pa + i;
                // ("X's report advises … It also urges …": the owner's document, which speaks
                // as its owner)
                // (a person's too: "it" is the report)
                if let Some(o) = crate::extract::statements::owners_document(doc, ctx, pa, h + 1).filter(|&o| Some(o) != exclude) {
                    return Some(Some(o));
                }
                let plain = matches!(doc.tokens[pa].lower.as_str(), "the" | "this" | "its" | "their") && (pa + 1..h).all(|j| ctx.tok_mention.at(j).is_none() && !doc.tokens[j].cap);
                if plain && doc.tokens.get(h + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && x.lower != "of") {
                    return Some(None);
                }
            }
        }
        None
    }

    /// up to four sentences back that are not wholly quoted, each read as a [`Back`] (`Some`
    /// the old return inside the loop)
    #[inline(always)]
    fn sentences_back(&self) -> Option<Option<usize>> {
        let Referent { doc, ctx, si, .. } = self.r;
        let mut counted = 0;
        for back in 1..=16 {
            let Some(s) = si.checked_sub(back) else { break };
            let (a, b) = doc.sentences[s].tokens;
            if (a..b).all(|j| ctx.tok_quote.at(j).is_some() || doc.tokens[j].kind != TokenKind::Word) {
                continue;
            }
            counted += 1;
            if counted > 4 {
                break;
            }
            let a = a.max(b.saturating_sub(120));
            // ("Speaking with Jo Lane on Sunday, Ms Roe said … “…,” she said": the subject after
            // an opening phrase comes before an actor inside it)
            let s = crate::extract::statements::after_opening_phrase(doc, ctx, a, b);
            if let Some(found) = (Back { earlier: *self, a, s, b, counted }).answer() {
                return Some(found);
            }
        }
        None
    }

    /// A "he" or "she" no sentence before names: the only person of that sex before it, else
    /// the speaker of the quote before ([`speaker_before_quote`])
    #[inline(always)]
    fn only_person(&self) -> Option<usize> {
        let Referent { doc, ctx, t, exclude, person, want_gender, .. } = self.r;
        if person && want_gender.is_some() {
            return only_person_before(doc, ctx, t, exclude, want_gender).or_else(|| speaker_before_quote(doc, ctx, t, exclude, want_gender));
        }
        None
    }
}
