//! The object phrase after the verb: who is asked (`addressee`), and the "to" that opens what
//! they are asked to do (`infinitive`).

use super::*;

/// Who is asked, where that phrase ends, and the "to" of what is asked (`Verb::infinitive`).
pub(super) struct Object {
    pub(super) of: Option<Party>,
    pub(super) obj_end: usize,
    /// the infinitive's "to", if any
    pub(super) to: Option<usize>,
    /// "urged residents not to return": the appeal is "not to return"
    pub(super) negated: bool,
}

impl Verb<'_> {
    /// The object phrase, then "to" + verb phrase: who is asked (the passive's subject, else the
    /// phrase at `k`, with the pronoun's antecedent and what stands beside it) and where that
    /// phrase ends.
    pub(super) fn addressee(&self, f: &Found) -> (Option<Party>, usize) {
        let Verb { doc, ctx, b, .. } = *self;
        let Found { k, mut of, .. } = *f;
        let mut obj_end = k;
        if of.is_none() {
            // ("urged both Bern and Vienna to …": the first of the pair named, not the text "both
            // Bern")
            let both = doc.tokens.get(k).is_some_and(|t| t.lower == "both") && ctx.tok_mention.get(k + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].can_act());
            let (o, e) = addressee_at(doc, ctx, if both { k + 1 } else { k }, b);
            of = o;
            obj_end = e;
        }
        let of = self.pronoun_antecedent(k, of);
        self.beside_addressee(k, of, obj_end)
    }

    /// Who the pronoun at `k` ("him", "it", "them") stands for, where the clause says: the
    /// object before "and", the one written to, the body the same sentence reported on; `of`
    /// as found, else.
    fn pronoun_antecedent(&self, k: usize, mut of: Option<Party>) -> Option<Party> {
        let Verb { doc, ctx, c, a, .. } = *self;
        // ("said he had spoken to X and urged him to …", "met the envoy, X, and called on him to
        // …": "him"/"her" after a verb coordinated by "and" is the person named right before "and",
        // the first verb's object, not the subject both verbs share)
        if let Some(p) = object_before_and(doc, ctx, k) {
            of = Some(p);
        }
        // ("wrote to the commission asking it to …": the pronoun is the one written to)
        if doc.tokens[c].lower.ends_with("ing") && doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "it" | "him" | "her" | "them")) {
            let wrote = (c.saturating_sub(12).max(a)..c.saturating_sub(2)).rev().find(|&j| doc.tokens[j + 1].lower == "to" && write_form(&doc.tokens[j].lower));
            // (initials in brackets may close the name: "wrote to the Inspector of Public
            // Works (IPW) asking him to …")
            // ("wrote to the council on Monday asking it to …": a time between)
            let c = time_before(doc, c, a);
            let ends = |np: &Np| np.end == c || np.end + 3 == c && doc.tokens[np.end].lower == "(" && doc.tokens[c - 1].lower == ")";
            if let Some(p) = wrote.and_then(|j| np_at(doc, ctx, j + 2, c)).filter(ends).and_then(|np| actor_party(doc, &np)) {
                of = Some(p);
            }
        }
        // ("would write to every local authority to ask them to …", "wrote to the governors of A
        // and B to ask them to …": after an infinitive of purpose the pronoun is the one written
        // to, an actor when that phrase is one, else no one, never an actor named further back)
        if c > a + 1 && doc.tokens[c - 1].lower == "to" && matches!(doc.tokens[c].lower.as_str(), "ask" | "urge" | "request" | "press") && doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "it" | "him" | "her" | "them")) {
            let e = time_before(doc, c - 1, a);
            let wrote = (c.saturating_sub(12).max(a)..e.saturating_sub(2)).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| doc.tokens[j + 1].lower == "to" && write_form(&doc.tokens[j].lower));
            if let Some(j) = wrote {
                // (the addressee found for the pronoun stays where an actor is named there: "to the
                // Health Secretary Jane Roe to ask her"; a phrase naming none leaves no one asked)
                if !(j + 2..e).any(|x| ctx.tok_mention.at(x).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind.is_actor())) {
                    of = None;
                }
            }
        }
        // ("said the Commission had "finally shown teeth" but urged it to move faster": "it" after
        // "but"/"and" is the body or state the same sentence reported on, the subject of the
        // clause after "said", not an organisation named further back)
        if c > a + 2 && matches!(doc.tokens[c - 1].lower.as_str(), "but" | "and") && doc.tokens.get(k).is_some_and(|t| t.lower == "it") && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "to") {
            if let Some(np) = (a..c - 2).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "said" | "says") && doc.tokens[j + 1].lower == "the").and_then(|j| np_at(doc, ctx, j + 1, c)) {
                let verb = doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "had" | "has" | "was" | "is" | "would" | "will" | "could" | "should"));
                if let (true, Some(Party::Entity(e))) = (verb, actor_party(doc, &np)) {
                    if matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country) {
                        of = Some(Party::Entity(e));
                    }
                }
            }
        }
        of
    }

    /// What stands beside the addressee `of` (ending at `obj_end`) before its "to": "side", a
    /// name or a description in apposition, a second addressee after "and"; who is asked and
    /// where that phrase ends.
    fn beside_addressee(&self, k: usize, mut of: Option<Party>, mut obj_end: usize) -> (Option<Party>, usize) {
        let Verb { doc, ctx, b, .. } = *self;
        // ("urge the US side to …": a state's side in talks is that state)
        if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == "side") && obj_end > k && doc.tokens[obj_end - 1].cap {
            obj_end += 1;
        }
        // "urged the chancellor, Jane Roe, to …": a name in apposition to the addressee is who is asked
        if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == ",") {
            if let Some(np) = np_at(doc, ctx, obj_end + 1, b).filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == ",") && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower == "to")) {
                if let Some(p) = actor_party(doc, &np) {
                    of = Some(p);
                    obj_end = np.end + 1;
                }
            }
        }
        // "urged the Nordic Space Centre, the regulator for drone operators, to …": a
        // description in apposition to a named addressee, between commas before "to", is skipped
        if matches!(of, Some(Party::Entity(_))) && doc.tokens.get(obj_end).is_some_and(|t| t.lower == ",") && doc.tokens.get(obj_end + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the")) {
            let close = (obj_end + 2..(obj_end + 12).min(b)).take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && doc.tokens[j].lower != "to").find(|&j| doc.tokens[j].lower == ",");
            if let Some(c2) = close.filter(|&c2| doc.tokens.get(c2 + 1).is_some_and(|t| t.lower == "to")) {
                obj_end = c2 + 1;
            }
        }
        // ("urged the union, the ministry and the districts to …": three or more, the same)
        if of.is_some() {
            if let Some(to) = to_after_list(doc, ctx, obj_end, b) {
                obj_end = to;
            }
        }
        // "urged the army and the rebels to …": a second addressee coordinated with the first
        // (the first stands for both, as with two names)
        if of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.lower == "and") {
            let (second, e) = addressee_at(doc, ctx, obj_end + 1, b);
            let rel = to_after_relative(doc, e, b);
            // (initials in brackets do not count against the length: "and the paramilitary Rapid
            // Support Forces (RSF) to …")
            let bracketed = (obj_end + 1..e).any(|j| doc.tokens[j].lower == "(");
            // (nor the words of one name after the first: "Malaysia and the other members of the
            // Association of Southeast Asian Nations to …" is as long as "… of ASEAN to …")
            let named = (obj_end + 2..e).filter(|&j| ctx.tok_mention.at(j).is_some() && ctx.tok_mention.at(j) == ctx.tok_mention.at(j - 1)).count();
            // ("pressed Tom Vale and other governors this year to …": a time may stand between the
            // second and the "to", as it may after one addressee, below)
            let to = rel.or_else(|| to_after_time(doc, e)).unwrap_or(e);
            // ("asked provinces and territories not to claw it back": or "not" and "to", as after
            // one addressee; `infinitive` takes the "not" as the negation)
            let word_at = |x: usize, w: &str| doc.tokens.get(x).is_some_and(|t| t.lower == w);
            if second.is_some() && (word_at(to, "to") || word_at(to, "not") && word_at(to + 1, "to")) && e <= obj_end + 8 + 3 * usize::from(bracketed) + named {
                obj_end = e;
            }
        }
        (of, obj_end)
    }

    /// The "to" after the addressee (`of`, ending at `obj_end`) that opens what is asked: past a
    /// relative clause, a time, an opening quotation mark, "not"; not a preposition, nor past a
    /// stop, a colon, the subject's next verb, or a clause of its own after the one told.
    pub(super) fn infinitive(&self, f: &Found, mut of: Option<Party>, mut obj_end: usize) -> Object {
        let Verb { doc, ctx, b, l, appeal, is_call, is_tell, .. } = *self;
        let k = f.k;
        // "to" right after the addressee ("urged Roe to"); after "called for" the object may run on
        // ("urged residents not to return": the appeal is "not to return")
        let mut relative_span = None;
        if let Some(to) = of.filter(|_| !clause_told(doc, is_tell, obj_end)).and_then(|_| to_after_relative(doc, obj_end, b)) {
            relative_span = Some((obj_end, to));
            obj_end = to;
        }
        // (a time may stand before the "to": "pressed Israel and Hamas on Sunday to …", "urged
        // parliament last week to …")
        if let Some(e) = to_after_time(doc, obj_end) {
            obj_end = e;
        }
        // ("called on Beijing “not to use …”", "urged X “to …”": a quotation that opens right
        // after the addressee holds what is asked)
        let word_at = |j: usize, w: &str| doc.tokens.get(j).is_some_and(|t| t.lower == w);
        let opened_mark = (of.is_some() && doc.tokens.get(obj_end).is_some_and(|t| t.kind == TokenKind::Quote) && (word_at(obj_end + 1, "to") || word_at(obj_end + 1, "not") && word_at(obj_end + 2, "to"))).then_some(obj_end);
        if opened_mark.is_some() {
            obj_end += 1;
        }
        // ("called on both parties “to honour …”": an addressee written as a group, which the
        // phrase taken ran up to the "to" inside the quotation that opens after it)
        let opened_mark = opened_mark.or_else(|| (of.is_some() && obj_end > k + 1 && doc.tokens[obj_end - 1].kind == TokenKind::Quote && ctx.tok_quote.at(obj_end - 2).is_none() && (word_at(obj_end, "to") || word_at(obj_end, "not") && word_at(obj_end + 1, "to"))).then(|| obj_end - 1));
        // (the group as written stops before the mark)
        if let (Some(q), Some(Party::Text(sp))) = (opened_mark, of) {
            if sp.end > doc.tokens[q].span.start && doc.token_at(sp.start) < q {
                of = Some(Party::Text(span(doc, doc.token_at(sp.start), q)));
            }
        }
        let negated = doc.tokens.get(obj_end).is_some_and(|t| t.lower == "not") && doc.tokens.get(obj_end + 1).is_some_and(|t| t.lower == "to");
        if negated {
            obj_end += 1;
        }
        let reach = if is_call { 14 } else { 1 };
        // (an infinitive's "to", not a preposition: "called for a return to the ceasefire")
        let preposition = |j: usize| doc.tokens.get(j + 1).is_some_and(opens_noun_phrase);
        // ("a sell-off pushed borrowing costs to their highest level": a push to a level or a
        // place, not to act)
        let to = (obj_end..b.min(obj_end + reach)).find(|&j| doc.tokens[j].lower == "to" && ctx.tok_mention.at(j).is_none() && !((is_call || l.starts_with("urg") || l.starts_with("push") || l.starts_with("press")) && preposition(j)));
        // (nor past a colon or a quotation mark: "told reporters: “We did not come here to die”")
        // (nor past the subject's next verb: "called for a ceasefire and demanded that Y allow
        // trucks to enter" calls for the ceasefire)
        let next_verb = |x: usize| doc.tokens[x].lower == "and" && doc.tokens.get(x + 1).is_some_and(|t| demand_verbs().contains_key(t.lower.as_str()) || Lexicon::get().cues.contains_key(&t.lower)) && !state_before_plural(doc, x + 1);
        // (nor into a clause of its own: "called for unity, as farmers blocked roads to protest …")
        // (a relative clause in commas after the addressee is passed over: see `to_after_relative`)
        let relative = |x: usize| relative_span.is_some_and(|(ra, rb)| ra <= x && x < rb);
        // (but a quoted addressee may stand between: "calls on “all wealthy members” to …")
        // (or a quotation that opens before the addressee and runs on over "to": "called on
        // “everyone to take a deep breath”")
        let quoted = |j: usize| {
            j > k + 1 && doc.tokens[k].kind == TokenKind::Quote && {
                let closed_before = j > k + 2 && doc.tokens[j - 1].kind == TokenKind::Quote && (k + 1..j - 1).all(|x| doc.tokens[x].kind != TokenKind::Quote);
                // ("urged “all parties to avoid escalation”": an appeal's too)
                let runs_over = (is_call || appeal) && (k + 1..j).all(|x| doc.tokens[x].kind != TokenKind::Quote);
                closed_before || runs_over
            }
        };
        let to = to.filter(|&j| !(k..j).any(|x| !relative(x) && Some(x) != opened_mark && ((matches!(doc.tokens[x].lower.as_str(), "\"" | "“" | "”") && !quoted(j)) || matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":" | "is" | "was" | "are" | "were") || STOP.contains(&doc.tokens[x].lower.as_str()) || next_verb(x))));
        // ("told the press the border stayed shut to trucks": what was told, a clause of its own
        // after the one told, runs on to a preposition "to", which asks nothing)
        // (a second determiner, not after a preposition: "told the press the border …", not
        // "told the leaders of the militias to …")
        let determiner = |x: usize| matches!(doc.tokens[x].lower.as_str(), "the" | "a" | "an");
        let second = |x: usize| determiner(x) && !matches!(doc.tokens[x - 1].lower.as_str(), "of" | "in" | "for" | "from" | "at" | "on" | "with");
        let to = to.filter(|&j| !(is_tell && k < j && (k + 1 + usize::from(determiner(k))..j).any(second)));
        // ("told European leaders they should put pressure on Israel to …": a clause of its own
        // with a modal after the one told; the modal's demand is theirs)
        let to = to.filter(|&j| !(is_tell && (k..j).any(|x| matches!(doc.tokens[x].lower.as_str(), "should" | "must" | "would" | "could" | "ought" | "need" | "needed"))));
        Object { of, obj_end, to, negated }
    }
}

/// "told reporters that wholesalers sent their stock to exporters", "told the paper that
/// ministers were weighing forcing firms to hold stocks": after a form of "tell" (`is_tell`),
/// "that" right after the one told (at `j`) opens what was told, not a relative clause on
/// them, so its "to" asks the one told nothing.
fn clause_told(doc: &Doc, is_tell: bool, j: usize) -> bool {
    is_tell && doc.tokens.get(j).is_some_and(|t| t.lower == "that")
}
