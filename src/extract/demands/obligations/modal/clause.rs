//! The modal `Clause::modal` reads: its clause, its subject and the verb after it, and where
//! what it asks ends.

use super::*;

/// The modal at `k` (`n` words, `MODALS`) inside a [`Clause`]: where its clause opens
/// (`clause_a`), its verb (`va`), where what is asked ends (`end`), and whether it is
/// coordinated with the modal before.
#[derive(Clone, Copy)]
pub(super) struct Modal<'a> {
    pub(super) c: Clause<'a>,
    pub(super) k: usize,
    pub(super) n: usize,
    pub(super) clause_a: usize,
    pub(super) va: usize,
    pub(super) end: usize,
    /// "must withdraw … and should hold …": no subject of its own after "and" or "or"
    pub(super) coordinated: bool,
}

impl<'a> Modal<'a> {
    /// The modal at `k`, its subject (`subject_before_in`) and the party that subject is (or,
    /// coordinated, the addressee of the modal before, `last_of`, which this sets).
    #[inline(always)]
    pub(super) fn at(c: Clause<'a>, k: usize, n: usize, last_of: &mut Option<(usize, Option<Party>)>) -> (Modal<'a>, Option<Np>, Option<Party>) {
        let Clause { doc, ctx, by, a, b, .. } = c;
        // the subject: an actor right before, else the clause from its start
        let clause_a = c.reported_clause(k);
        let subj = subject_before_in(doc, ctx, k, clause_a, true);
        let of = subj.as_ref().and_then(|s| actor_party(doc, s)).filter(|&p| p != by);
        // ("said the Roe administration should …": the state of the leader the government is
        // named by, as when such a government is urged, `leader_named_government`; before, no
        // actor was read there, and the subject stayed the phrase's text)
        let of = if of.is_none() && subj.is_none() { leaders_government(doc, k).filter(|&p| p != by) } else { of };
        let of = subj.as_ref().and_then(|s| first_listed(doc, ctx, s, a)).filter(|&p| p != by).or(of);
        let coordinated = k > a && matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or") && subj.is_none();
        let of = match (of, *last_of) {
            (None, Some((_, prev))) if coordinated => prev,
            (of, _) => of,
        };
        *last_of = Some((k, of));
        let va = k + n;
        let m = Modal { c, k, n, clause_a, va, end: vp_end(doc, va, b, false), coordinated };
        let m = Modal { end: m.next_modal_end(), ..m };
        let m = Modal { end: m.and_that_end(), ..m };
        (m, subj, of)
    }

    /// "must withdraw its troops and should hold elections": two demands
    /// ("has to explain …, and he has to start …": a pronoun before the second modal)
    /// ("said allies should "step up," and he has backed calls for …": a clause of its
    /// own after "and"/"but" and a personal pronoun, which the statement runs on through)
    /// Where what is asked ends: before the next modal or such a clause
    #[inline(always)]
    fn next_modal_end(&self) -> usize {
        let Modal { c: Clause { doc, .. }, va, end, .. } = *self;
        let is_modal = |j: usize| modal_at(doc, j).is_some();
        let pronoun_clause = |j: usize| matches!(doc.tokens[j].lower.as_str(), "and" | "but") && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "they" | "we"));
        (va..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "and" | "or") && (is_modal(j + 1) || doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "it" | "they")) && is_modal(j + 2)) || pronoun_clause(j)).unwrap_or(end)
    }

    /// ("said X should focus on … and that the council must stop …": a second reported
    /// clause, opened by "and that", whose subject is an actor holds a demand of its own;
    /// not "… and that people should not be sent …", a subject that is no actor)
    #[inline(always)]
    fn and_that_end(&self) -> usize {
        let Modal { c: Clause { doc, ctx, .. }, va, end, .. } = *self;
        let is_modal = |j: usize| modal_at(doc, j).is_some();
        (va..end)
            .find(|&j| {
                doc.tokens[j].lower == "and"
                    && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "that")
                    && (j + 3..end.min(j + 8)).find(|&m| is_modal(m)).and_then(|m| subject_before_in(doc, ctx, m, j + 2, true)).is_some_and(|s| s.start <= j + 3 && actor_party(doc, &s).is_some())
            })
            .unwrap_or(end)
    }
}

/// The words right before the modal at `k` are "the", a person's name and a lower-case
/// "administration" or "government" ("the Roe administration", "the Roe government"): the
/// state the person's role is of; else, for a government, the one `unroled_leaders_state`
/// gives, and for an administration, which news names by a president's surname, the story's
/// own state (`home_country`), the one whose president the article leaves without the state
/// ("President Jane Roe").
fn leaders_government(doc: &Doc, k: usize) -> Option<Party> {
    let noun = k.checked_sub(1).map(|n| &doc.tokens[n]).filter(|t| !t.cap && matches!(t.lower.as_str(), "administration" | "government"))?;
    // (the name as the document holds it: the phrase reader leaves a leader's name that
    // modifies the noun out of its mentions, `governs_as_modifier`)
    let m = doc.mention_at_token(k.checked_sub(2)?).filter(|&m| doc.token_at(doc.mentions[m].span.end) == k - 1)?;
    let start = doc.token_at(doc.mentions[m].span.start);
    let p = doc.actor_of(doc.mentions[m].entity);
    if start == 0 || doc.tokens[start - 1].lower != "the" || doc.entities[p].kind != EntityKind::Person {
        return None;
    }
    crate::extract::np::governed_state(doc, p)
        .or_else(|| crate::extract::np::unroled_leaders_state(doc, k - 1, true))
        .or_else(|| (noun.lower == "administration").then(|| crate::extract::statements::home_country(doc)).flatten())
        .map(Party::Entity)
}

/// ("said Oslo, Lima and Quito should …": a list of actors cut by commas, whose subject phrase
/// the reader takes from the last comma on, "Lima and Quito"; the obligation falls on the
/// first named, as "Oslo and Lima should …" gives it to Oslo and as the golds give a list
/// asked; before, the second named was asked.) The names before the subject `s`, each one
/// mention and a comma after it, must reach back to where the reported clause opens (after
/// "that", a verb of saying or a quotation mark, or at the clause's start `a`), and the
/// subject must join its names with "and" or "or", so "Speaking in Oslo, Lima and Quito …"
/// and an opening phrase ("Meanwhile, Lima …") are no list.
fn first_listed(doc: &Doc, ctx: &Ctx, s: &Np, a: usize) -> Option<Party> {
    if s.start < a + 2 || doc.tokens[s.start - 1].lower != "," || !(s.start..s.end).any(|x| matches!(doc.tokens[x].lower.as_str(), "and" | "or")) {
        return None;
    }
    let mut x = s.start;
    while x >= a + 2 && doc.tokens[x - 1].lower == "," {
        let m = ctx.tok_mention.at(x - 2)?;
        if doc.token_at(doc.mentions[m].span.end) != x - 1 {
            return None;
        }
        x = doc.token_at(doc.mentions[m].span.start);
    }
    let opens = x == a || doc.tokens[x - 1].kind == TokenKind::Quote || matches!(doc.tokens[x - 1].lower.as_str(), "that" | "said" | "says");
    (opens && x < s.start).then(|| np_at(doc, ctx, x, s.start - 1)).flatten().and_then(|np| actor_party(doc, &np))
}
