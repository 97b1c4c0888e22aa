//! `demander`'s cases of the clause's subject: the antecedent of ", who"/", which", the
//! subject found before the verb, one inside the same quotation, "I"/"we" in a quote, a group
//! before a participle, the clause's subject of a participle.

use super::*;

impl<'a> Clause<'a> {
    /// "Jane Roe, who had long urged the council to …": the actor named before ", who"
    /// ("Oslo, which has long called on its neighbours to …": a state or body before ", which")
    pub(super) fn relative_antecedent(self) -> Option<(Party, usize)> {
        let Clause { doc, ctx, a, w, .. } = self;
        let relative = w > a + 2 && doc.tokens[w - 2].lower == "," && matches!(doc.tokens[w - 1].lower.as_str(), "who" | "which");
        if relative {
            let which = doc.tokens[w - 1].lower == "which";
            // ("the measures ordered by the court in December 2023, which told Venezuela to …": a
            // date in "in" between the body and the comma is no part of the antecedent)
            let month = |j: usize| crate::lexicon::is_month(&doc.tokens[j].lower);
            let year = |j: usize| doc.tokens[j].kind == TokenKind::Number && doc.tokens[j].lower.len() == 4;
            let mut e = w - 2;
            if e > a + 2 && (year(e - 1) || month(e - 1)) {
                let mut j = e - 1;
                if year(j) && j > a + 1 && month(j - 1) {
                    j -= 1;
                }
                if j > a + 1 && doc.tokens[j - 1].lower == "in" {
                    e = j - 1;
                }
            }
            if let Some(m) = ctx.tok_mention.at(e - 1).map(|m| &doc.mentions[m]).filter(|m| (doc.entities[m.entity].kind.is_actor() || which && doc.entities[m.entity].stands_for.is_some()) && !(which && doc.entities[m.entity].kind == EntityKind::Person)) {
                return Some((Party::Entity(doc.actor_of(m.entity)), doc.token_at(m.span.start)));
            }
        }
        None
    }

    /// The subject the parse finds before the verb (`subject_before_ending`, past one told,
    /// `se` where it ends): a participle's clause subject where a preposition governs it, the
    /// writer where it was written to, a person before "of" and a party's ", who", its actor, a
    /// region alone. `Some(None)` where the search ends with no one (as the old `return`s did).
    pub(super) fn subject_before_verb(self, se: usize) -> Option<Option<(Party, usize)>> {
        let Clause { doc, ctx, c, a, participle, .. } = self;
        let governed = |np: &Np| participle && np.start > a && PLACE_PREPOSITIONS.contains(&doc.tokens[np.start - 1].lower.as_str());
        if let Some(np) = crate::extract::np::subject_before_ending(doc, ctx, c, a, false, Some(se)).map(|np| past_one_told(doc, ctx, np, c)) {
            if governed(&np) {
                return Some(group_before_participle(doc, ctx, c, a, np.start - 1));
            }
            if let Some(s) = self.written_to(np.start) {
                return Some(self.writer(s));
            }
            // ("Rep. Jane Roe of the opposition Harbor Party, who sits on the committee, demanded
            // …": "who" is the person's, named before "of" and the party)
            let who = doc.tokens.get(np.end).is_some_and(|t| t.lower == ",") && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower == "who");
            if who && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Organization) {
                let of = (np.start.saturating_sub(5).max(a + 1)..np.start).rev().find(|&j| doc.tokens[j].lower == "of");
                let person = of.and_then(|j| ctx.tok_mention.at(j - 1)).map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Person);
                if let Some(m) = person {
                    return Some(Some((Party::Entity(doc.actor_of(m.entity)), doc.token_at(m.span.start))));
                }
            }
            if let Some(p) = actor_party(doc, &np) {
                return Some(Some((p, np.start)));
            }
            // ("… and that Oregon had asked Canada for help": a state or province of the gazetteer
            // named alone as the subject right before the verb, or before its "has/had", asks as
            // its government; only here, not in `actor_party`, so a condition's or a modal's
            // subject and an addressee stay as they were)
            if c <= np.end + 1 && (np.end..c).all(|j| matches!(doc.tokens[j].lower.as_str(), "has" | "had" | "have")) {
                if let Some(e) = region_alone(doc, &np) {
                    return Some(Some((Party::Entity(e), np.start)));
                }
            }
        }
        None
    }

    /// "Its health minister said the kingdom would ask every member to bring a plan", "the
    /// country has urged Oslo to …": "the country", "the nation" or "the kingdom" opening the
    /// verb's clause (at the sentence's start, after "that" or a verb of saying; "would",
    /// "will", "has" or "had" between) is the state named last before it, in its sentence or
    /// the two before (a monarchy for "the kingdom"), as "the kingdom's ministry" is read in
    /// names (`state_named_before`), or the speaker who speaks for it right after a verb of
    /// saying; the parse finds no actor in the word, so such an appeal had no demander and was
    /// lost. No state named there, no one.
    pub(super) fn state_word_subject(self) -> Option<(Party, usize)> {
        let Clause { doc, c, a, .. } = self;
        let mut s = c;
        while s > a && c < s + 3 && matches!(doc.tokens[s - 1].lower.as_str(), "would" | "will" | "has" | "had") {
            s -= 1;
        }
        if s < a + 2 || doc.tokens[s - 2].lower != "the" || !matches!(doc.tokens[s - 1].lower.as_str(), "country" | "nation" | "kingdom") {
            return None;
        }
        let t = s - 2;
        let after_cue = t > a && Lexicon::get().cues.contains_key(&doc.tokens[t - 1].lower);
        if t > a && doc.tokens[t - 1].lower != "that" && !after_cue {
            return None;
        }
        let state = state_before(doc, t, doc.tokens[s - 1].lower == "kingdom")?;
        // (right after a verb of saying, the one who says it speaks for the state unnamed in
        // the clause and is its demander, as the golds hold: "Its health minister, X, said the
        // kingdom would ask …" is X's)
        let at = doc.tokens[c].span.start;
        let speaker = || doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start <= at && at < st.text.end).and_then(|st| st.speaker);
        let by = if after_cue { speaker().unwrap_or(state) } else { doc.actor_of(state) };
        Some((Party::Entity(by), t))
    }

    /// "“Oslo demands an apology from X,” she said": a verb inside a quotation takes its
    /// subject inside the same quotation
    pub(super) fn subject_in_quote(self, se: usize) -> Option<(Party, usize)> {
        let Clause { doc, ctx, c, a, .. } = self;
        if let Some(q) = ctx.tok_quote.at(c) {
            if let Some(np) = crate::extract::np::subject_before_ending(doc, ctx, c, a, true, Some(se)).filter(|np| (np.start..np.end).all(|j| ctx.tok_quote.at(j) == Some(q))) {
                if let Some(p) = actor_party(doc, &np) {
                    return Some((p, np.start));
                }
            }
        }
        None
    }

    /// "I have requested …" inside a quote: the quote's speaker
    /// ("I'd ask everyone to …", "We'll urge …": the pronoun and its auxiliary written as one)
    /// ("I'm asking Brussels not to …", "We're calling on …": the progressive's "am"/"are"
    /// written with the pronoun too, as quoted speech mostly has it)
    /// ("I will be asking X for …", "We will be calling on …": a progressive after "will be")
    /// ("I've asked X to …", "We've urged …": the perfect's "have" written with the pronoun)
    pub(super) fn first_person_in_quote(self, se: usize) -> Option<(Party, usize)> {
        let Clause { doc, ctx, c, a, .. } = self;
        let be = c > a + 2 && doc.tokens[c - 1].lower == "be" && doc.tokens[c].lower.ends_with("ing");
        let se = if be { crate::extract::np::subject_end(doc, c - 1, a) } else { se };
        if se > a && matches!(doc.tokens[se - 1].lower.as_str(), "i" | "we" | "i'd" | "we'd" | "i’d" | "we’d" | "i'll" | "we'll" | "i’ll" | "we’ll" | "i'm" | "we're" | "i’m" | "we’re" | "i've" | "we've" | "i’ve" | "we’ve") {
            if let Some(e) = quote_speaker(doc, ctx, c) {
                return Some((Party::Entity(e), if be { c - 2 } else { c - 1 }));
            }
        }
        None
    }

    /// "Farmers in Punjab staged protests, demanding …": an unnamed group before the comma and
    /// the participle (`group_before_participle`).
    pub(super) fn group_before_comma(self) -> Option<(Party, usize)> {
        let Clause { doc, ctx, c, a, .. } = self;
        if doc.tokens[c].lower.ends_with("ing") && c > a + 2 && doc.tokens[c - 1].lower == "," {
            if let Some(p) = group_before_participle(doc, ctx, c, a, c) {
                return Some(p);
            }
        }
        None
    }

    /// "X issued a declaration demanding that …", "X wrote a letter urging …": the clause's subject
    pub(super) fn clause_subject_of_participle(self) -> Option<(Party, usize)> {
        let Clause { doc, ctx, c, a, .. } = self;
        if doc.tokens[c].lower.ends_with("ing") {
            let np = (a..c.min(a + 4)).find_map(|k| np_at(doc, ctx, k, c))?;
            return actor_party(doc, &np).map(|p| (p, np.start));
        }
        None
    }
}

/// The country named last before token `t`, in its sentence or the two before (with `kingdom`,
/// only a monarchy news calls "the kingdom").
fn state_before(doc: &Doc, t: usize, kingdom: bool) -> Option<usize> {
    crate::extract::names::state_mention_before(doc, t, kingdom, |e, _| Some(e))
}
