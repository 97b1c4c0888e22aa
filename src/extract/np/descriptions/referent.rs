//! The actor a reference ("he", "she", "it", "they") is to (`referent_worked`): what fits it, the
//! subject of the cue right before it, the subject of its own sentence; then what is named
//! before it (`referent/earlier.rs`: in its sentence, a document "it" takes up, the sentences
//! before, `referent/back.rs`).

use super::*;

mod back;
mod earlier;

pub(super) use self::earlier::Earlier;

/// The reference at token `t` in the sentence `si` (from `sa`), and what is sought: not
/// `exclude`; a person of `want_gender` (if known) when `person`, else a body or a state; each
/// case a method.
#[derive(Clone, Copy)]
pub(super) struct Referent<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) lex: &'static Lexicon,
    pub(super) t: usize,
    pub(super) exclude: Option<usize>,
    pub(super) person: bool,
    pub(super) want_gender: Option<char>,
    pub(super) si: usize,
    pub(super) sa: usize,
}

impl<'a> Referent<'a> {
    /// The reference at `t`, in its sentence (`None` outside any)
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, t: usize, exclude: Option<usize>, person: bool, want_gender: Option<char>) -> Option<Referent<'a>> {
        let lex = Lexicon::get();
        let si = doc.sentence_at(doc.tokens[t].span.start)?;
        let sa = doc.sentences[si].tokens.0;
        Some(Referent { doc, ctx, lex, t, exclude, person, want_gender, si, sa })
    }

    /// ("It said in a post on Facebook that …": the platform the pronoun's own clause names after
    /// "on" is where it spoke, not who)
    #[inline(always)]
    pub(super) fn medium(&self, e: usize) -> bool {
        let Referent { doc, ctx, t, .. } = *self;
        let b = doc.sentence_at(doc.tokens[t].span.start).map_or(t, |si| doc.sentences[si].tokens.1.min(t + 30));
        (t + 2..b).any(|j| doc.tokens[j - 1].lower == "on" && ctx.tok_mention.at(j).is_some_and(|m| doc.token_at(doc.mentions[m].span.start) == j && doc.actor_of(doc.mentions[m].entity) == e))
    }

    /// The actors named in the reference's sentence or the two before, before it.
    fn named_nearby(&self) -> impl Iterator<Item = usize> + 'a {
        let Referent { doc, t, .. } = *self;
        let at = doc.tokens[t].span.start;
        let from = doc.sentence_at(at).map_or(0, |si| doc.sentences[si.saturating_sub(2)].span.start);
        doc.mentions.iter().filter(move |m| m.span.start >= from && m.span.start < at).map(|m| doc.actor_of(m.entity))
    }

    /// Whether a person other than `e` whose name leans to the sex `want` (`leaning_sex`) is
    /// named in the reference's sentence or the two before, before it.
    fn nearby_of_sex(&self, e: usize, want: char) -> bool {
        let doc = self.doc;
        self.named_nearby().any(|x| {
            x != e && doc.entities[x].kind == EntityKind::Person && doc.entities[x].name.contains(' ') && doc.entities[x].name.split_whitespace().next().and_then(crate::extract::entities::leaning_sex) == Some(want)
        })
    }

    /// Whether the actor `e` may be the one referred to: not `exclude`; with `person` a person,
    /// not of the other sex; else a body, a state or what stands for one, not the medium spoken
    /// on ([`Referent::medium`])
    #[inline]
    pub(super) fn fits(&self, e: usize) -> bool {
        let Referent { doc, ctx, lex, t, exclude, person, want_gender, .. } = *self;
        let ent = &doc.entities[e];
        if Some(e) == exclude {
            return false;
        }
        if person {
            if ent.kind != EntityKind::Person {
                return false;
            }
            // (a name written family name first, "Kim Dae-ho", "Park Ji-won", has no given
            // name at its start)
            // ("Mr. Roe" or "Ms. Roe" earlier in the article tells the sex better than the
            // first-name list, which marks some given names of men as women's and back)
            let titled = || ctx.titled.iter().take_while(|m| m.0 < doc.tokens[t].span.start).find(|m| m.1 == e).map(|m| m.2);
            let Some(want) = want_gender else { return true };
            // (whether the name is written family name first is asked only when its first word
            // would give the other sex; a name given to both sexes, 'M' or 'F', gives none:
            // "Kim Roe … he said")
            let g = titled().or_else(|| ent.name.split_whitespace().next().filter(|_| ent.name.contains(' ')).and_then(|f| lex.first_names.get(&crate::lexicon::fold(f))).copied().filter(|&g| g == want || !family_name_first(&ent.name)));
            // (but one whose lean is the other sex is read by it inside a quotation, where "she"
            // may be anyone the speaker speaks of; it is taken up only when named in the
            // pronoun's sentence or the two before, and gives way to a person of the pronoun's
            // sex named there: "Tom Roe said …. Kim Quell said …. He …")
            let leans_away = g.is_some_and(|g| g.is_ascii_uppercase() && g.to_ascii_lowercase() != want);
            !(matches!(g, Some('m') | Some('f')) && g != Some(want)) && !(leans_away && (ctx.tok_quote.at(t).is_some() || !self.named_nearby().any(|x| x == e) || self.nearby_of_sex(e, want)))
        } else {
            (matches!(ent.kind, EntityKind::Organization | EntityKind::Country) || ent.stands_for.is_some()) && !self.medium(e)
        }
    }

    /// The cue the reference is the subject of a report of: the word right before it, or before
    /// "that" ("said in a letter that he …", "told reporters on Monday that he …": words
    /// between)
    #[inline(always)]
    fn cue(&self) -> usize {
        let Referent { doc, lex, t, sa, .. } = *self;
        if t > sa + 1 && doc.tokens[t - 1].lower == "that" {
            (sa.max(t.saturating_sub(8))..t - 1).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| lex.cues.contains_key(&doc.tokens[j].lower)).unwrap_or(t - 2)
        } else {
            t.saturating_sub(1)
        }
    }

    /// "Hale on Tuesday said he wants …": the subject of the speech verb right before (`Some`
    /// the old return: `Some(None)` for an unnamed speaker, [`Referent::unnamed_subject`])
    #[inline(always)]
    pub(super) fn cue_subject(&self) -> Option<Option<usize>> {
        let Referent { doc, ctx, lex, t, sa, .. } = *self;
        let cue = self.cue();
        if cue > sa && lex.cues.contains_key(&doc.tokens[cue].lower) && ctx.tok_quote.at(t).is_none() {
            // (where the cue's subject ends, worked out once for both tests)
            let se = subject_end(doc, cue, sa);
            if let Some(np) = subject_before_ending(doc, ctx, cue, sa, false, Some(se)) {
                if let Some(&e) = np.entities.iter().find(|&&e| self.fits(doc.actor_of(e))) {
                    return Some(Some(doc.actor_of(e)));
                }
            }
            if self.unnamed_subject(se) {
                return Some(None);
            }
        }
        None
    }

    /// "The head of the panel said he …", "A police spokesman said he …": he is the unnamed
    /// person who speaks (the cue's subject ending at `se`), not someone named before
    #[inline(always)]
    fn unnamed_subject(&self, se: usize) -> bool {
        let Referent { doc, ctx, lex, person, sa, .. } = *self;
        if person {
            let lo = (sa..se).rev().take(8).take_while(|&j| doc.tokens[j].lower != "," && ctx.tok_quote.at(j).is_none()).last().unwrap_or(se);
            let person_word = |w: &str| lex.speaker_nouns.contains(w) || lex.person_nouns.contains(w) || lex.titles.get(w).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
            let named = (lo..se).any(|j| ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person));
            if !named && (lo..se).any(|j| !doc.tokens[j].cap && person_word(&doc.tokens[j].lower)) {
                return true;
            }
        }
        false
    }

    /// ("He called on Jo Brent to act, which he said would end the delays": the sentence's own
    /// subject, `same_pronoun_opens`)
    #[inline(always)]
    pub(super) fn sentence_subject(&self) -> Option<Option<usize>> {
        let Referent { doc, ctx, t, exclude, person, want_gender, sa, .. } = *self;
        if same_pronoun_opens(doc, ctx, t, sa) {
            return Some(resolve_referent(doc, ctx, sa, exclude, person, want_gender));
        }
        None
    }
}
