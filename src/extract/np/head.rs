//! `np_one`'s walk from the phrase's first word to its head name (`Head::walk`, a case per
//! word): skip determiners, "former", titles and owner modifiers to reach the head name; a
//! state's officials and sources (`head/officials.rs`), a body's organ that speaks for it
//! (`head/organs.rs`), and where the phrase ends after the name (`head/end.rs`).

use super::*;

mod end;
mod officials;
mod organs;

/// The walk: the phrase's first word `t`, `limit`, the word `k` read next, and `last` the
/// head found so far, (entity, end).
#[derive(Clone, Copy)]
pub(super) struct Head<'a> {
    doc: &'a Doc,
    ctx: &'a Ctx,
    lex: &'static Lexicon,
    t: usize,
    limit: usize,
    k: usize,
    last: Option<(usize, usize)>, // (entity, end)
}

/// What a word of the walk does: reads on (the old `continue`), ends the walk (`break`), or
/// ends the phrase with no actor (`return None`).
enum Step {
    On,
    Ends,
    NoActor,
}

impl<'a> Head<'a> {
    /// The phrase from `t`: the head name the walk reaches, the phrase's end after it.
    #[inline(always)]
    pub(super) fn np(doc: &'a Doc, ctx: &'a Ctx, t: usize, limit: usize) -> Option<Np> {
        let mut h = Head { doc, ctx, lex: Lexicon::get(), t, limit, k: t, last: None };
        // skip determiners, "former", titles and owner modifiers to reach the head name
        while h.k < limit && matches!(doc.tokens[h.k].lower.as_str(), "the" | "a" | "an" | "former" | "'s") {
            h.k += 1;
        }
        while h.k < limit {
            match h.word() {
                Step::On => continue,
                Step::Ends => break,
                Step::NoActor => return None,
            }
        }
        let (e, end) = h.last?;
        let end = h.initials_before_place(e, end);
        let end = h.place_served(e, end);
        // a noun after a name makes the name a modifier ("Kremlin officials" keeps the Kremlin)
        Some(Np { entities: vec![doc.actor_of(e)], start: t, end })
    }

    /// The word at `k`: each case answers `Some` when it was that case, in the old order (none:
    /// the walk ends).
    #[inline(always)]
    fn word(&mut self) -> Step {
        first_case!(
            self.mention(),
            self.state_officials(),
            self.title(),
            self.persons_office(),
            self.organ_of_body(),
            self.country_adjective(),
            self.armed_force_word(),
            self.rank_before_adjective(),
            self.modifier_of_official();
            Step::Ends
        )
    }

    /// A mention at `k`: the head so far, the walk going on after it (and its possessive).
    #[inline(always)]
    fn mention(&mut self) -> Option<Step> {
        let Head { doc, ctx, t, limit, k, last, .. } = *self;
        let m = ctx.tok_mention.at(k)?;
        let e = doc.mentions[m].entity;
        let end = doc.token_at(doc.mentions[m].span.end);
        // ("accused the Marcos administration of …": a leader's government, not the man, as
        // in `actors_in_with`)
        if doc.entities[e].kind == EntityKind::Person && governs_as_modifier(doc, ctx, end, limit) {
            return Some(Step::NoActor);
        }
        // ("Transparency International's Peru chapter said": a place naming a body's branch
        // after the body's possessive says where the branch is; the body speaks)
        if let Some((e0, _)) = last.filter(|&(e0, _)| doc.entities[e0].kind == EntityKind::Organization && k > t && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && matches!(doc.entities[e].kind, EntityKind::Country | EntityKind::Place)) {
            if end < limit && matches!(doc.tokens[end].lower.as_str(), "chapter" | "branch" | "office" | "bureau" | "section" | "unit" | "arm" | "wing" | "division" | "affiliate" | "subsidiary") {
                self.last = Some((e0, end + 1));
                return Some(Step::Ends);
            }
        }
        self.last = Some((e, end));
        self.k = end;
        // ("Belarus' defence ministry": a bare apostrophe, a word once no quotation mark)
        if doc.tokens.get(end).is_some_and(|x| x.lower == "'s") || bare_apostrophe(doc, end) {
            self.k += 1;
        }
        Some(Step::On)
    }

    /// A title at `k` (`names::title_at`): the walk goes on past it; after a person, the head
    /// is that person.
    #[inline(always)]
    fn title(&mut self) -> Option<Step> {
        let Head { doc, ctx, limit, k, last, .. } = *self;
        let (e, _) = crate::extract::names::title_at(doc, k, limit)?;
        if last.is_some_and(|(e0, _)| doc.entities[e0].kind == EntityKind::Person) {
            return Some(Step::Ends);
        }
        // "Moscow's mayor", "White House spokesman": an office holder who is not named
        if last.is_some() && !ctx.tok_mention.get(e).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
            return Some(Step::NoActor);
        }
        self.k = e;
        Some(Step::On)
    }

    /// "Netanyahu's office said": the person's office speaks for the person
    #[inline(always)]
    fn persons_office(&mut self) -> Option<Step> {
        let Head { doc, t, k, last, .. } = *self;
        let (e0, _) = last.filter(|&(e0, _)| doc.entities[e0].kind == EntityKind::Person && k > t && doc.tokens[k - 1].lower == "'s")?;
        if OFFICE_NOUNS.contains(&doc.tokens[k].lower.as_str()) {
            self.last = Some((e0, k + 1));
        }
        Some(Step::Ends)
    }

    /// A state's adjective at `k` (before the last word): the walk goes on.
    #[inline(always)]
    fn country_adjective(&mut self) -> Option<Step> {
        let Head { doc, lex, limit, k, .. } = *self;
        self.on_if(lex.country_adjectives.contains_key(&doc.tokens[k].lower) && k + 1 < limit)
    }

    /// ("The Peruvian air force said", "Ukrainian border guards said": the first word of an
    /// armed force of two words, after the adjective, on to the force)
    #[inline(always)]
    fn armed_force_word(&mut self) -> Option<Step> {
        let Head { doc, lex, t, limit, k, last, .. } = *self;
        self.on_if(last.is_none() && k > t && k + 1 < limit && matches!(doc.tokens[k].lower.as_str(), "air" | "armed" | "border" | "coast") && matches!(doc.tokens[k + 1].lower.as_str(), "force" | "forces" | "guard" | "guards") && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower))
    }

    /// ("a senior Chilean official", "a Norwegian security source": a rank before the
    /// adjective and the service after it)
    #[inline(always)]
    fn rank_before_adjective(&mut self) -> Option<Step> {
        let Head { doc, lex, limit, k, last, .. } = *self;
        self.on_if(last.is_none() && k + 2 < limit && matches!(doc.tokens[k].lower.as_str(), "senior" | "top") && lex.country_adjectives.contains_key(&doc.tokens[k + 1].lower))
    }

    /// A modifier between a state's adjective and "official" or "source" ("a Norwegian
    /// security official"): the walk goes on.
    #[inline(always)]
    fn modifier_of_official(&mut self) -> Option<Step> {
        let Head { doc, lex, t, limit, k, last, .. } = *self;
        self.on_if(last.is_none() && k > t && k + 1 < limit && official_modifier(&doc.tokens[k].lower) && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower) && matches!(doc.tokens[k + 1].lower.as_str(), "official" | "officials" | "source" | "sources"))
    }

    /// On to the next word when `case` holds (the old `k += 1; continue`).
    #[inline(always)]
    fn on_if(&mut self, case: bool) -> Option<Step> {
        if !case {
            return None;
        }
        self.k += 1;
        Some(Step::On)
    }
}
