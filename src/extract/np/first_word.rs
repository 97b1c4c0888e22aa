//! What `np_one` reads at the phrase's first word, before it walks to a head name (`head.rs`):
//! a pronoun, "the military", "a Mr. Roe", a role description, a bench, a body named by its
//! head noun or its determiner, and a pronoun's office, party or relative ("his office").

use super::*;

/// The word `t` an actor phrase may start at, read before `limit` (`lower` its lower-case form;
/// `determiner` whether it is "the", "a" or "this").
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) t: usize,
    pub(super) limit: usize,
    pub(super) lower: &'a str,
    /// (most of the rules below read a body or a person from the determiner it is written
    /// with, and each opens by asking whether `t` is that word, answering `None` at once at
    /// any other: `age_description`, `members_by_title`, `ruling_body`, `board_owner`,
    /// `place_by_head`, `company_epithet`, `auditor_epithet` and `opposition_at` at no word but "the",
    /// `bench_of` at none but "a" or "the", `org_by_head` at none but "the" or "this"; so at
    /// any other word, the most, they are not asked, and the answer is the same)
    pub(super) determiner: bool,
}

impl<'a> At<'a> {
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, t: usize, limit: usize) -> At<'a> {
        let lower = doc.tokens[t].lower.as_str();
        At { doc, ctx, t, limit, lower, determiner: matches!(lower, "the" | "a" | "this") }
    }

    /// A pronoun (not "his" or "her" before a noun): the actor it stands for; `Some(None)`
    /// where it stands for none, or for more than one.
    #[inline(always)]
    pub(super) fn pronoun(self) -> Option<Option<Np>> {
        let At { doc, ctx, t, lower, .. } = self;
        // ("urged her to resign", "called on her not to …": "her" before "to" is the object
        // pronoun, no possessive)
        let object_her = lower == "her" && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "to" || x.lower == "not" && doc.tokens.get(t + 2).is_some_and(|y| y.lower == "to"));
        if !(is_pronoun(lower) && (!matches!(lower, "his" | "her") || object_her)) {
            return None;
        }
        // ("urge them both to …", "they all agreed": two parties or more, not one actor)
        if matches!(lower, "them" | "they") && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "both" | "all")) {
            return Some(None);
        }
        // ("Tom Baker accused him of lying": an object pronoun right after its clause's verb
        // is not the person who opens that clause)
        let subject = matches!(lower, "him" | "her" | "them")
            .then(|| {
                let v = (t.saturating_sub(3)..t).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !matches!(doc.tokens[j].lower.as_str(), "that" | "and" | "but" | "who" | "which" | "said" | "says" | "say" | "told" | "tells")).last()?;
                let m = ctx.tok_mention.at(v.checked_sub(1)?)?;
                (doc.mentions[m].span.end == doc.tokens[v - 1].span.end).then(|| doc.actor_of(doc.mentions[m].entity))
            })
            .flatten();
        Some(resolve_pronoun(doc, ctx, t, subject).map(|e| Np { entities: vec![e], start: t, end: t + 1 }))
    }

    /// "the military said" after "the Chilean military said": the state whose armed force
    /// the story named last
    /// (not where "the army" is a body's mention already: "the Sudanese army … the army")
    #[inline(always)]
    pub(super) fn military_named_before(self) -> Option<Np> {
        let At { doc, ctx, t, limit, lower, .. } = self;
        if lower == "the" && t + 2 <= limit && matches!(doc.tokens[t + 1].lower.as_str(), "military" | "army") && ctx.tok_mention.at(t + 1).is_none() && doc.tokens.get(t + 2).is_none_or(|x| !matches!(x.lower.as_str(), "'s" | "’s")) {
            let force = doc.tokens[t + 1].lower.as_str();
            if let Some(e) = (1..t).rev().find(|&j| doc.tokens[j].lower == force && doc.tokens[j - 1].cap).and_then(|j| doc.country_of_adjective(&doc.tokens[j - 1].lower)) {
                return Some(Np { entities: vec![e], start: t, end: t + 2 });
            }
        }
        None
    }

    /// "a Mr. Roe", "an Ann Hale": `surnamed_at` after "a" or "an".
    #[inline(always)]
    pub(super) fn surnamed(self) -> Option<Np> {
        let At { doc, ctx, t, limit, lower, .. } = self;
        if matches!(lower, "a" | "an") {
            return surnamed_at(doc, ctx, t, limit);
        }
        None
    }

    /// A role description (`description_at`), else, after a determiner, a person told by age
    /// (`age_description`).
    #[inline(always)]
    pub(super) fn description(self) -> Option<Np> {
        let At { doc, ctx, t, limit, determiner, .. } = self;
        let (e, end) = description_at(doc, ctx, t, limit).or_else(|| determiner.then(|| age_description(doc, ctx, t, limit)).flatten())?;
        Some(Np { entities: vec![e], start: t, end })
    }

    /// A court's bench after a determiner (`bench_of`).
    #[inline(always)]
    pub(super) fn bench(self) -> Option<Np> {
        let At { doc, t, limit, determiner, .. } = self;
        let (e, end) = determiner.then(|| bench_of(doc, t, limit)).flatten()?;
        Some(Np { entities: vec![e], start: t, end })
    }

    /// "the agency said" after "the International Atomic Energy Agency": the one organisation
    /// named before whose name ends in that word
    #[inline(always)]
    pub(super) fn body(self) -> Option<Np> {
        let At { doc, t, limit, lower, determiner, .. } = self;
        let body = if determiner {
            org_by_head(doc, t, limit).or_else(|| legislature_at(doc, t, limit)).or_else(|| members_by_title(doc, t, limit)).or_else(|| members_of(doc, t, limit)).or_else(|| ruling_body(doc, t, limit)).or_else(|| board_owner(doc, t, limit)).or_else(|| place_by_head(doc, t, limit)).or_else(|| company_epithet(doc, t, limit)).or_else(|| auditor_epithet(doc, t, limit)).or_else(|| opposition_at(doc, t, limit))
        } else {
            // (of the same rules in the same order, the two that need no determiner:
            // `legislature_at` without "the" answers only at "parliament" or "legislature")
            matches!(lower, "parliament" | "legislature").then(|| legislature_at(doc, t, limit)).flatten().or_else(|| members_of(doc, t, limit))
        };
        let (e, end) = body?;
        Some(Np { entities: vec![e], start: t, end })
    }

    /// "his office said": the person's office speaks for the person (`Some(None)` where the
    /// pronoun stands for no one).
    #[inline(always)]
    pub(super) fn pronoun_office(self) -> Option<Option<Np>> {
        let At { doc, ctx, t, limit, lower, .. } = self;
        if matches!(lower, "his" | "her") && doc.tokens.get(t + 1).is_some_and(|x| OFFICE_NOUNS.contains(&x.lower.as_str())) && t + 2 <= limit {
            return Some(resolve_pronoun(doc, ctx, t, None).map(|e| Np { entities: vec![e], start: t, end: t + 2 }));
        }
        None
    }

    /// "her party called for …": the party of the person the pronoun stands for, when the
    /// article says which it is
    #[inline(always)]
    pub(super) fn pronoun_party(self) -> Option<Np> {
        let At { doc, ctx, t, limit, lower, .. } = self;
        if matches!(lower, "his" | "her") && t + 2 <= limit && doc.tokens[t + 1].lower == "party" {
            if let Some(e) = resolve_pronoun(doc, ctx, t, None).and_then(|p| crate::extract::roles::party_of(doc, p)) {
                return Some(Np { entities: vec![e], start: t, end: t + 2 });
            }
        }
        None
    }

    /// "his mother said" after "Whitfield's mother, Marlene Whitfield, told …": the one person
    /// the story introduced as someone's relative of that kind
    #[inline(always)]
    pub(super) fn pronoun_relative(self) -> Option<Np> {
        let At { doc, ctx, t, limit, lower, .. } = self;
        if matches!(lower, "his" | "her" | "their") && t + 2 <= limit {
            if let Some(e) = relative_named_before(doc, ctx, t + 1) {
                return Some(Np { entities: vec![e], start: t, end: t + 2 });
            }
        }
        None
    }
}
