//! Conditions set in what is said: "only if", "on condition that", "provided", "as long as"; a
//! process that "cannot" go on "unless"; a threat whose condition follows "unless" or "if … not".

use super::*;

mod only_if;

use self::only_if::OnlyIf;

impl Clause<'_> {
    /// "X would only return to talks if Y lifted sanctions", "… on condition that Y …",
    /// "… provided that Y …": a condition on what another actor does
    /// (an offer on a condition too: "ready to hand over the hostages if Y halted …")
    /// ("will sign only when the militia withdraws": "only when", "only once" after a
    /// commitment; ", as long as Y …": see `conditions/only_if.rs`)
    /// The condition is asked of the actor that opens its clause, else (an "only" condition
    /// or "as long as") of no one.
    pub(super) fn only_if(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let o = OnlyIf::at(*self, k, l)?;
        let c0 = o.opens();
        let passive_pronoun = o.passive_pronoun(c0);
        if let Some((np, of)) = o.actor_acting(c0) {
            o.asked_of_actor(np, of, out)
        } else if o.of_no_one(c0, passive_pronoun) {
            o.asked_of_no_one(c0, passive_pronoun, out)
        } else {
            None
        }
    }

    /// A reported "cannot"/"could not" before "unless" (`k` at "unless"): the speaker's condition.
    /// ("Brussels has said the process cannot resume unless the government changes course":
    /// what cannot go on without it is the speaker's condition)
    /// ("The party said they could not support the treaty unless X allowed …": "could not"
    /// in what is reported, the same)
    pub(super) fn cannot_unless(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported, .. } = *self;
        if l == "unless" && reported && k > a + 2 {
            let clause_a = self.clause_start(k, &[]);
            let could_not = |x: usize| doc.tokens[x].lower == "could" && doc.tokens.get(x + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "n't" | "n’t"));
            let cannot = (clause_a..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "cannot" | "can't" | "can’t") || could_not(x)) && !(clause_a..k).any(|x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll"));
            if cannot {
                let subj = np_at(doc, ctx, k + 1, b);
                let of = subj.as_ref().and_then(|np| actor_party(doc, np)).filter(|&p| p != by);
                let va = if of.is_some() { subj.map_or(k + 1, |np| np.end) } else { k + 1 };
                let end = vp_end(doc, va, b, false);
                if end > va + 1 {
                    push(out, DemandKind::Condition, by, of, span(doc, va, end), span(doc, clause_a, end), l.to_string());
                    return Some(end);
                }
            }
        }
        None
    }

    /// "X said that unless the agency opened more shelters, the camps would grow", "… and,
    /// unless the agency changes how it inspects flats, it will not be the last fire" (`k` at "unless"
    /// after "that" or a comma, no modal before it in the clause): a condition written before
    /// its main clause, closed by a comma, then a forecast or a threat ("will", "would",
    /// "won't") asks the condition's subject to meet it, as a quoted sentence that opens at
    /// "Unless" does (`quoted_condition`): of an actor other than the speaker, a body taken up
    /// by a plain noun ("the department"), or those who govern ("ministers"); set by the
    /// speaker, or by an actor named as the main clause's subject (", the union will
    /// strike"). Not "unless it rains, …" (a pronoun), nor "unless the weather improves, the
    /// harvest will be poor" (no one asked).
    fn unless_before_main(&self, k: usize, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        if k <= a || !matches!(doc.tokens[k - 1].lower.as_str(), "," | "that") {
            return None;
        }
        let comma = (k + 3..b.min(k + 30)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "?" | "!") && doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == ",")?;
        (comma + 1..b.min(comma + 8)).take_while(|&j| doc.tokens[j].lower != "." && doc.tokens[j].lower != ",").find(|&j| matches!(doc.tokens[j].lower.as_str(), "will" | "would" | "'ll" | "’ll" | "won't" | "won’t"))?;
        let subj = np_at(doc, ctx, k + 1, comma);
        let pronoun = subj.as_ref().is_some_and(|np| np.is_lone_pronoun(doc));
        let taken_up = || (doc.tokens[k + 1].lower == "the" && doc.tokens.get(k + 2).is_some_and(|t| !t.cap && speaker_body(&t.lower)) && k + 3 < comma).then(|| (Party::Text(span(doc, k + 1, k + 3)), k + 3));
        let asked = if pronoun { None } else { subj.as_ref().and_then(|np| possessed_body(doc, np).or_else(|| actor_party(doc, np).map(|p| (p, np.end)))).or_else(taken_up) };
        let (of, va) = match asked {
            Some((p, end)) => (Some(p), end),
            None if !pronoun && super::spoken::ruling_subject(doc, k + 1, comma) => (None, k + 1),
            None => return None,
        };
        // (an actor named as the main clause's subject threatens: ", the union will strike";
        // not a pronoun, ", it will not be the last", a guess that may take up the one asked)
        let setter = np_at(doc, ctx, comma + 1, b).filter(|np| !np.entities.is_empty() && !np.is_lone_pronoun(doc)).and_then(|np| actor_party(doc, &np)).unwrap_or(by);
        let of = of.filter(|&p| p != setter);
        if of.is_none() && asked.is_some() {
            return None;
        }
        let end = vp_end(doc, va, comma, false);
        if end <= va + 1 {
            return None;
        }
        push(out, DemandKind::Condition, setter, of, span(doc, va, end), span(doc, k, vp_end(doc, comma + 1, b, false).max(comma + 1)), "unless".to_string());
        Some(comma + 1)
    }

    /// "the EU will impose tariffs unless Beijing cuts its exports": a threat whose
    /// condition is what the addressee must do
    /// ("… would table a motion if prosecutors did not open an inquiry", "… if Oslo fails
    /// to act": a negated condition is the same threat; what is asked follows the negation)
    pub(super) fn threat_unless(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported, .. } = *self;
        let if_not = if l == "if" {
            (k + 2..(k + 7).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).find_map(|j| match doc.tokens[j].lower.as_str() {
                "not" | "n't" | "n’t" => Some(j + 1),
                w if contracted_negation(w) => Some(j + 1),
                "fail" | "fails" | "failed" | "refuse" | "refuses" | "refused" if doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to") => Some(j + 2),
                _ => None,
            })
        } else {
            None
        };
        // ("said his party would quit the coalition if troops pulled back", "the council would
        // withdraw its support if soldiers were placed under foreign command": a positive "if"
        // after a walk-out threat is the same threat; what is asked is that the condition not
        // come true, the condition as written)
        // ("said the party would block any vote on the budget if it cut …", "said Oslo would
        // defend itself if the militia crossed …": a step that obstructs, or force used in
        // defence, is the same threat)
        let if_quit = l == "if" && if_not.is_none() && {
            let ca = self.clause_start(k, &[]);
            walk_out_threat(doc, ca, k) || obstruction_threat(doc, ca, k)
        };
        // ("warned that Norland would suffer "a heavy defeat" if it dared to send warships",
        // "will pay dearly if they dare to …": daring in a positive "if" marks a threat
        // as a negation does; what is asked is the dared act, not done)
        let if_dared = if l == "if" && if_not.is_none() { dared_act(doc, k, b) } else { None };
        if l == "unless" || if_not.is_some() || if_quit || if_dared.is_some() {
            // (a quotation may open at "unless": 'would not seek new loans "unless there is a
            // war"', as at "until")
            let mut clause_a = match self.clause_start(k, &[]) {
                c if c == k && k > a + 1 && doc.tokens[k - 1].kind == TokenKind::Quote => self.clause_start(k - 1, &[]),
                c => c,
            };
            // ('would take "firm steps" if …', 'would "march on the capital" unless …': a few
            // quoted words after a verb or the modal are no clause of their own)
            // (the mark before must open the quotation: curly, or straight after an even count)
            let opens = |q: usize| doc.tokens[q].lower == "“" || doc.tokens[q].lower == "\"" && (a..q).filter(|&x| doc.tokens[x].kind == TokenKind::Quote).count() % 2 == 0;
            if clause_a > a + 1 && doc.tokens[clause_a - 1].kind == TokenKind::Quote && opens(clause_a - 1) && doc.tokens[clause_a - 2].kind == TokenKind::Word && !doc.tokens[clause_a - 2].cap {
                if let Some(close) = (clause_a + 1..k.min(clause_a + 7)).find(|&x| doc.tokens[x].kind == TokenKind::Quote) {
                    if (clause_a..close).all(|x| doc.tokens[x].kind == TokenKind::Word) {
                        clause_a = self.clause_start(clause_a - 1, &[]);
                    }
                }
            }
            // the one who threatens is the subject of "will": an actor, or the speaker as
            // "we"/"I" ("the talks will fail unless …" is a forecast, not a threat)
            // ("I am not going to keep voting for these payouts unless …": "am/is/are going to"
            // is a modal as "will" is, read from its auxiliary, whose subject threatens)
            let going = |x: usize| {
                if doc.tokens[x].lower != "going" || doc.tokens.get(x + 1).is_none_or(|t| t.lower != "to") || doc.tokens.get(x + 2).is_none_or(|t| matches!(t.lower.as_str(), "the" | "a" | "an")) || x < clause_a + 2 {
                    return None;
                }
                let y = if matches!(doc.tokens[x - 1].lower.as_str(), "not" | "n't" | "n’t") { x - 1 } else { x };
                (y > clause_a && matches!(doc.tokens[y - 1].lower.as_str(), "am" | "is" | "are")).then_some(y - 1)
            };
            let will = (clause_a..k).rev().find_map(|x| if matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll") { Some(x) } else { going(x) });
            if will.is_none() && l == "unless" {
                if let Some(next) = self.unless_before_main(k, out) {
                    return Some(next);
                }
            }
            let threatener = will.and_then(|w| self.threatener(k, clause_a, w));
            // ("The ministry said those lessons would stay free unless parents chose …", "said
            // the schools could stay open unless Kyiv decided …", "said the sentences would be
            // revoked unless the men kept …", "said it planned a second strike unless …": a
            // forecast or a plan in what a named speaker is reported to say, its subject no
            // actor who threatens, sets a condition that is the speaker's)
            // ("said her tenants would withhold rent if the repairs were not properly done": a
            // negated passive after "if", no one named who must act, is such a condition too)
            let passive_if_not = if_not.is_some() && {
                let close = (k + 2..b).find(|&x| matches!(doc.tokens[x].lower.as_str(), "," | "." | ";") || doc.tokens[x].kind == TokenKind::Quote).unwrap_or(b);
                passive_condition(doc, k, close)
            };
            let forecast = if threatener.is_none() && (l == "unless" && if_not.is_none() || passive_if_not) && reported && by.entity().is_some() {
                // (from the first verb of saying on: "planned" is one of believing too)
                // (not a refusal, "but would not sign any ceasefire unless …", read as one)
                // ("said the country would not have enough workers unless Congress expanded …",
                // "said the bill would not work unless …": a negated forecast whose subject is a
                // thing, written before the modal, sets the same condition; not a modal after
                // "but"/"and" or a pronoun, a refusal)
                let refusal = |x: usize| x == 0 || matches!(doc.tokens[x - 1].lower.as_str(), "but" | "and" | "it" | "they" | "he" | "she" | "we" | "i" | "you" | ",");
                (self.told_clause(k).max(clause_a)..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll" | "could" | "can" | "might" | "planned" | "plans")).filter(|&x| !doc.tokens.get(x + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "never" | "n't" | "n’t")) || !refusal(x))
            } else {
                None
            };
            let (threatener, will) = match forecast {
                Some(m) => (Some(by), Some(m)),
                None => (threatener, will),
            };
            if let (Some(threatener), Some(w)) = (threatener, will) {
                let subj = np_at(doc, ctx, k + 1, b);
                // ("… unless the company improved its offer": a body taken up by a plain noun is
                // the one asked, as written, which is resolved as an addressee is)
                let taken_up = || (subj.is_none() && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "the") && doc.tokens.get(k + 2).is_some_and(|t| !t.cap && speaker_body(&t.lower))).then(|| (Party::Text(span(doc, k + 1, k + 3)), k + 3));
                let (of, va) = match subj.as_ref().and_then(|np| possessed_body(doc, np).or_else(|| actor_party(doc, np).map(|p| (p, np.end)))).or_else(taken_up) {
                    Some((p, end)) => (Some(p), end),
                    None => (None, subj.map_or(k + 1, |np| np.end)),
                };
                // ("they would vote against the government unless it suspended …": a pronoun
                // taken for the threatener is the one threatened, unnamed)
                // (only for the speaker who threatens: a subject taken for the threatener that
                // is also the one asked is a wrong guess at a pronoun)
                // ("said Norway would not meet the federation unless it lifted the blockade": "it"
                // taken for the one who refuses is the body refused, named right before "unless"
                // after the modal: a condition is set on another's act; not a name that only
                // modifies a noun, "would reimpose UN sanctions unless it …")
                let object_actor = || {
                    (k > w + 2).then(|| ctx.tok_mention.at(k - 1)).flatten().map(|m| doc.mentions[m].entity).filter(|&e| Party::Entity(e) != threatener && matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country)).map(Party::Entity)
                };
                let of = match of {
                    Some(p) if p == threatener && threatener != by && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "it") => object_actor().or(of),
                    o => o,
                };
                // (and for a walk-out or an obstruction on a positive "if": "would block any vote
                // on the budget if it cut …", where "it" is the budget)
                let of = of.filter(|&p| !(p == threatener && (threatener == by || if_quit) && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "it" | "they" | "he" | "she"))));
                // ("said Berlin would not oppose it unless it distorted competition": after a
                // refusal whose object is "it", the "it" of "unless" is that thing, taken for the
                // threatener by a wrong guess; the condition stands, asked of no one)
                let refused_it = (w + 1..k).any(|x| doc.tokens[x].lower == "it") && w + 1 < k && matches!(doc.tokens[w + 1].lower.as_str(), "not" | "never" | "n't" | "n’t");
                let of = of.filter(|&p| !(p == threatener && refused_it && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "it")));
                // ("… unless the arrears were paid": a passive on no actor is asked whole, not
                // its verb alone)
                let passive = of.is_none() && va > k + 1 && doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "was" | "were")) && doc.tokens.get(va + 1).is_some_and(|t| passive_participle(&t.lower));
                let va = if_not.or(if_dared).unwrap_or(if passive { k + 1 } else { va });
                // ("… unless Ottawa and the province worked out a deal": two asked together, no
                // one of them alone; what is asked follows both)
                // (the second a name, or "the" and a plain noun: "the province")
                let second = |x: usize| np_at(doc, ctx, x, b).map(|np| np.end).filter(|&e| e > x).or_else(|| (doc.tokens.get(x).is_some_and(|t| t.lower == "the") && doc.tokens.get(x + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).then_some(x + 2));
                let both = (if_not.is_none() && of.is_some() && doc.tokens.get(va).is_some_and(|t| t.lower == "and")).then(|| second(va + 1)).flatten();
                let (of, va) = both.map_or((of, va), |e| (None, e));
                let end = vp_end(doc, va, b, false);
                let ev_a = subject_before_in(doc, ctx, w, clause_a, true).map_or(clause_a, |s| s.start.min(w));
                // (the one dared is the one the threat falls on, "X would suffer … if it dared",
                // "X will pay dearly if it dares": the threat is the speaker's, asked of
                // the modal's subject, whatever the pronoun after "if" was taken for)
                let suffers = doc.tokens.get(w + 1).is_some_and(|t| matches!(t.lower.as_str(), "suffer" | "pay" | "face" | "be"));
                let (threatener, of) = if if_dared.is_some() && (suffers || of == Some(threatener)) { (by, Some(threatener)) } else { (threatener, of) };
                if end > va + 1 && of != Some(threatener) {
                    let kind = if forecast.is_some() { DemandKind::Condition } else { DemandKind::Threat };
                    push(out, kind, threatener, of, span(doc, va, end), span(doc, ev_a, end), l.to_string());
                }
            }
            return Some(k + 1);
        }
        None
    }

    /// "Unless the board acts by May, the school would close, she said", '"If the Trust does not
    /// pay, our clinics will shut," he said': a condition ("unless", or "if" with a negation)
    /// that opens the statement (or follows a quotation mark, "but" or "and"), its main clause
    /// after the comma a forecast with "will"/"would", as `until_first` reads "Until …, X will
    /// not …"; the one who sets it is that clause's subject when an actor, else the speaker, and
    /// the one asked is the condition's subject, an actor (`threat_unless` finds no modal
    /// before the condition here); what is asked follows the negation
    pub(super) fn unless_first(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported } = *self;
        if !matches!(l, "unless" | "if") || !(k == a || matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            return None;
        }
        let comma = (k + 3..b.min(k + 20)).take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":") && doc.tokens[x].kind != TokenKind::Quote).find(|&x| doc.tokens[x].lower == ",")?;
        // (after "if", the negation that makes it a condition: "does not", "fails to")
        let negated = (k + 2..comma).find_map(|j| match doc.tokens[j].lower.as_str() {
            "not" | "n't" | "n’t" => Some(j + 1),
            w if contracted_negation(w) => Some(j + 1),
            "fail" | "fails" | "failed" if doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to") => Some(j + 2),
            _ => None,
        });
        // (not the weather or a state of things: "Unless it rains, …", "If there is no deal, …")
        if l == "if" && negated.is_none() || matches!(doc.tokens[k + 1].lower.as_str(), "it" | "there") {
            return None;
        }
        let w = (comma + 1..b.min(comma + 7)).take_while(|&x| doc.tokens[x].lower != ",").find(|&x| matches!(doc.tokens[x].lower.as_str(), "will" | "would" | "'ll"))?;
        // (a verb after the modal, one word at least: "more clinics will shut")
        let end = vp_end(doc, w + 1, b, false);
        if end <= w + 1 {
            return None;
        }
        let main = subject_before_in(doc, ctx, w, comma + 1, true).and_then(|s| actor_party(doc, &s));
        let setter = main.unwrap_or(by);
        let subj = np_at(doc, ctx, k + 1, comma);
        let of = subj.as_ref().and_then(|np| actor_party(doc, np)).filter(|&p| p != setter);
        // (one who must act: an actor named, or in what is reported "the province", "the
        // state", "the government", "ministers"; not a thing that changes, "Unless the rate gap
        // narrows, …", "If funding does not arrive, …", which asks no one, nor "we")
        let state_word = |x: usize| doc.tokens.get(x).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "province" | "state" | "government"));
        // ('"Unless the quota is lifted, the mills will close"': a passive on a thing named asks
        // whoever must act, no one named, whatever the forecast that follows)
        let passive = of.is_none() && passive_condition(doc, k, comma);
        let asked = passive || of.is_some() || reported && (doc.tokens[k + 1].lower == "ministers" || doc.tokens[k + 1].lower == "the" && state_word(k + 2));
        // (in a quotation, the forecast must be the speaker's side's own act, "our members will
        // vote …", "we will …": "the market will look straight through …" is an analyst's view)
        // ('"If the government does not call talks, the next strike will be longer"', '"If
        // Norway does not lift the quota, the mills will close"': a state named, or the
        // government taken for it, that fails to act after a negated "if" is asked whatever
        // the forecast, as a passive on a thing named is; not a body, '"If the Trust does not
        // pay, the market will look straight through it"', an analyst's view, nor "If the
        // owners will not sell, …", a plain noun, which may take up the wrong actor)
        let named = |np: &Np| (np.start..np.end).any(|x| doc.tokens[x].cap) || np.end == np.start + 2 && doc.tokens[np.start].lower == "the" && doc.tokens[np.start + 1].lower == "government";
        let state = of.and_then(|p| p.entity()).is_some_and(|e| doc.entities[e].kind == EntityKind::Country);
        let failing_actor = l == "if" && negated.is_some() && state && subj.as_ref().is_some_and(named);
        let own_act = passive || failing_actor || reported || main.is_some() || matches!(doc.tokens[comma + 1].lower.as_str(), "we" | "i" | "our");
        if !asked || !own_act {
            return None;
        }
        let va = negated.unwrap_or(if of.is_some() { subj.map_or(k + 1, |np| np.end) } else { k + 1 });
        // ('"If the roads are not opened, the patients will die"': a passive of one participle
        // after its negation is read whole, its subject with it, as what is asked)
        let va = if passive && comma == va + 1 { k + 1 } else { va };
        if comma <= va + 1 {
            return None;
        }
        push(out, DemandKind::Condition, setter, of, span(doc, va, comma), span(doc, k, end), l.to_string());
        Some(end)
    }

    /// ('"We are cracking down on fraud and will act if the banks fail to refund …"': a modal
    /// coordinated with the first verb of a clause that opens with "we" or "I", no other subject
    /// between, has the speaker for its subject, as "we will act if …" has)
    fn speaker_opens(&self, wa: usize, w: usize) -> Option<Party> {
        let Clause { doc, by, .. } = *self;
        let plain = |x: usize| doc.tokens[x].kind == TokenKind::Word && !crate::extract::np::is_pronoun(&doc.tokens[x].lower) && !matches!(doc.tokens[x].lower.as_str(), "who" | "which" | "that");
        (w > wa + 2 && matches!(doc.tokens[w - 1].lower.as_str(), "and" | "but") && matches!(doc.tokens[wa].lower.as_str(), "we" | "i") && (wa + 1..w - 1).all(plain)).then_some(by)
    }

    /// Who threatens in "… will Z unless Y …" (`k` at "unless" or "if", `w` at the clause's
    /// "will"/"would"/"am going to", the clause opening at `clause_a`): "we"/"I", the speaker;
    /// else the clause's subject, an actor, or the speaker's own body, members or state, or a
    /// pronoun or a plural of people that stands for the speaker; `None` for a forecast.
    fn threatener(&self, k: usize, clause_a: usize, w: usize) -> Option<Party> {
        let Clause { doc, ctx, by, a, reported, .. } = *self;
        if w > a && matches!(doc.tokens[w - 1].lower.as_str(), "we" | "i") {
            return Some(by);
        }
        // ("The union, she said, would strike unless …", "The ministry, he added, would
        // not …": the subject stands before the speaker put between commas, whose
        // comma opened the clause at the modal)
        let (ws, wa) = if w == clause_a && w > a + 3 && doc.tokens[w - 1].lower == "," && self.reporting(w - 2) {
            match (w.saturating_sub(7).max(a)..w - 2).rev().find(|&x| doc.tokens[x].lower == ",") {
                Some(c0) if c0 > a => (c0, self.clause_start(c0, &[])),
                _ => (w, clause_a),
            }
        } else {
            (w, clause_a)
        };
        // ("Vale said the union will strike unless …": the speaker's own body, named
        // by a plain noun for a body, threatens as the speaker)
        let body = ws >= wa + 2 && matches!(doc.tokens[ws - 2].lower.as_str(), "the" | "his" | "her" | "our" | "their") && speaker_body(&doc.tokens[ws - 1].lower);
        // ("the union said it would strike unless …": in what a speaker is reported to
        // say, a pronoun no rule resolved that agrees with the speaker is the speaker;
        // "it" for a body, "he"/"she" for a person)
        let agrees = || {
            if !(reported && w > a && w == self.reported_clause(k) + 1) {
                return false;
            }
            let kind = by.entity().map(|e| doc.entities[e].kind);
            // (a speaker named by a plain noun for a body: "the union said it …")
            let body_text = match by {
                Party::Text(sp) => doc.slice(sp).rsplit(' ').next().is_some_and(|w| speaker_body(&w.to_lowercase())),
                Party::Entity(_) => false,
            };
            match doc.tokens[w - 1].lower.as_str() {
                "it" => body_text || matches!(kind, Some(EntityKind::Organization | EntityKind::Country)),
                // ("the Socialists said they would vote against it unless …": a party
                // named in the plural, or any body, as "they")
                "they" => body_text || kind == Some(EntityKind::Organization),
                "he" | "she" => kind == Some(EntityKind::Person),
                _ => false,
            }
        };
        // ("said Brussels remained open to dialogue but would consider countermeasures if
        // Jakarta did not comply": a modal coordinated with the clause's first verb has
        // its subject, which opens the clause, as for a refusal)
        // ("said the government remained open to talks but would not meet the union unless it
        // …": "the government" that opens such a clause is the speaker's state, as right
        // before the modal, `speakers_state`)
        // ("said Oslo would keep a small team in the port, but would not send ships unless
        // …": after a comma the clause opened at "but", the modal right after it; the subject
        // is the reported clause's all the same)
        let after_comma = w == clause_a + 1 && clause_a > a && doc.tokens[clause_a - 1].lower == ",";
        let opening = || {
            ((w > clause_a + 2 || after_comma) && matches!(doc.tokens[w - 1].lower.as_str(), "but" | "and"))
                .then(|| {
                    let x0 = (a..w).find(|&x| self.reporting(x)).map_or(clause_a, |x| x + 1);
                    let state = || (x0 + 3 < w && doc.tokens[x0].lower == "the" && matches!(doc.tokens[x0 + 1].lower.as_str(), "government" | "country")).then(|| self.speakers_state(x0 + 2, true)).flatten();
                    np_at(doc, ctx, x0, w).and_then(|s| actor_party(doc, &s)).or_else(state)
                })
                .flatten()
        };
        // ("The union said its members would strike unless …": the members of a body
        // that speaks are the body, which threatens)
        let members = || (ws == wa + 2 && matches!(doc.tokens[wa].lower.as_str(), "its" | "their") && doc.tokens[wa + 1].lower == "members" && by.entity().is_some_and(|e| doc.entities[e].kind == EntityKind::Organization)).then_some(by);
        // (the clause is read up to and with its modal, not to "unless": "told X the
        // group would seek a stay unless …" has a verb of saying, "seek", after it)
        // ("She said the government would not renew the ceasefire unless the rebels …":
        // "the government" that opens what a speaker who holds no role of a state
        // reports is the state the story is mostly about (or its dateline's, named most),
        // named twice at least, as the one who threatens; a minister's or a head of
        // government's "the government would …" is the state whose office he holds, read
        // by `speakers_state` after this)
        let owns_government = |e: usize| {
            doc.mentions.iter().any(|m| m.entity == e && {
                let j = doc.token_at(m.span.end);
                doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "government")
            })
        };
        let government = || {
            let opens = reported && ws == w && w == self.reported_clause(k) + 2 && doc.tokens[w - 2].lower == "the" && doc.tokens[w - 1].lower == "government" && !doc.tokens[w - 1].cap;
            let stateless = by.entity().is_some_and(|p| doc.entities[p].kind == EntityKind::Person && sole_body_of(doc, p, EntityKind::Country).is_none());
            (opens && stateless)
                .then(|| crate::resolve::dominant_country(doc).or_else(|| crate::extract::statements::dateline_state(doc).filter(|c| crate::resolve::main_country(doc).as_deref() == Some(c.as_str()))).and_then(|c| doc.named_country(&c)).filter(|&e| doc.mentions.iter().filter(|m| m.entity == e).count() >= 2)
                    // (or the state named most, when the story writes "X's government"
                    // of it: "Colombia's government and the rebels …" with Havana, where
                    // they meet, named as often)
                    .or_else(|| crate::resolve::main_country(doc).and_then(|c| doc.named_country(&c)).filter(|&e| owns_government(e)))
                    .map(Party::Entity))
                .flatten()
        };
        // ("She said Ohio would go to court unless …", "warned that Queensland would pass its
        // own law unless …": a place named alone as the whole reported subject, right before
        // the modal, acts as its government and threatens, as it sets an "only if" condition
        // (`place_that_would`); not "services in states such as Ohio would …", nor in what a
        // legislator reports, who speaks for no state's government: "state Rep. X warned that
        // Ohio would keep making mistakes unless …" is his forecast)
        let place = || {
            (reported && ws == w && !legislator(doc, by)).then(|| subject_before_in(doc, ctx, ws, wa, true).filter(|s| s.start == self.reported_clause(k)).and_then(|s| place_that_would(doc, &s))).flatten()
        };
        let subject = own_body(doc, by, self.reported_clause(w + 1), w).or_else(|| subject_before_in(doc, ctx, ws, wa, true).and_then(|s| actor_party(doc, &s))).or_else(place).or_else(opening).or_else(|| self.speaker_opens(wa, w)).or_else(members).or_else(government).or_else(|| (ws == w).then(|| self.speakers_state(w, true)).flatten());
        // ("said Kenya would stay on the watch list unless the law was passed", "said
        // the club would remain suspended unless …": a subject that stays where others
        // put it, or undergoes what others do, is the one the outcome falls on, not the
        // one who sets the condition, which is the speaker's, as a forecast's is)
        let subject = subject.filter(|_| !outcome_falls_on(doc, w));
        if agrees() {
            // (unless the speaker is the head of a phrase that opens with the name the
            // pronoun was resolved to: "the Umma (Nation) party said it …")
            let within = |sp: Span, e: usize| {
                let head = doc.token_at(sp.start);
                doc.mentions.iter().any(|m| {
                    let end = doc.token_at(m.span.end);
                    doc.actor_of(m.entity) == e && m.span.end <= sp.start && head < end + 4 && (end..head).all(|x| doc.tokens[x].cap || matches!(doc.tokens[x].lower.as_str(), "(" | ")" | "-"))
                })
            };
            return match (by, subject) {
                (Party::Text(sp), Some(Party::Entity(e))) if within(sp, e) => subject,
                _ => Some(by),
            };
        }
        // ("said farmers would stop supplying mills unless …", "said colleges would keep
        // cutting unless …": a bare plural of people or of bodies, no actor named, that
        // is the whole reported subject leaves the threat the speaker's; not "the talks
        // would fail unless …", a forecast of a thing)
        // (a speaker named, not a phrase as written)
        // ("said the families would go to court unless …", "said the farmers would block
        // the roads unless …": "the" and a plural of people, no actor named, the same)
        let rc = self.reported_clause(k);
        // ("said the family would file a lawsuit unless the city released …": a family,
        // for whom a lawyer or a relative speaks, the same as "the families")
        let the_people = || w == rc + 2 && doc.tokens[rc].lower == "the" && (bare_plural_of_actors(&doc.tokens[w - 1]) || plural_of_people(&doc.tokens[w - 1]) || doc.tokens[w - 1].lower == "family");
        let people = || reported && by.entity().is_some() && (w == rc + 1 && bare_plural_of_actors(&doc.tokens[w - 1]) || the_people());
        subject.or_else(|| body.then_some(by)).or_else(|| people().then_some(by))
    }
}

/// A modal before `k` (from `ca`) whose verb threatens to walk out of a shared undertaking: "would
/// quit/leave/exit/abandon the coalition", "will withdraw its support", "would pull out of the
/// talks", "would walk out of the government", "would bring down/topple the government",
/// (not "would leave the port", a thing done, nor "would withdraw the troops").
fn walk_out_threat(doc: &Doc, ca: usize, k: usize) -> bool {
    let w = |x: usize| doc.tokens[x].lower.as_str();
    let undertaking = |x: usize| matches!(w(x), "coalition" | "government" | "cabinet" | "alliance" | "talks" | "negotiations" | "agreement" | "deal" | "ceasefire" | "truce" | "support" | "backing" | "process" | "mission");
    (ca..k).any(|m| {
        if !matches!(w(m), "will" | "would" | "'ll" | "’ll") || m + 1 >= k {
            return false;
        }
        let v = m + 1;
        let object = || (v + 1..k.min(v + 6)).any(undertaking);
        match w(v) {
            "quit" | "leave" | "exit" | "abandon" | "withdraw" | "topple" => object(),
            "pull" | "walk" => v + 1 < k && w(v + 1) == "out" && object(),
            "bring" => (v + 1..k.min(v + 5)).any(|x| w(x) == "down") && object(),
            _ => false,
        }
    })
}

/// A modal before `k` (from `ca`) whose verb obstructs or strikes back in defence: "would block any
/// vote on the budget", "will veto the bill", "would boycott the talks", "would defend itself"
/// ("themselves", "ourselves"); no other condition between the modal and `k` ("would block the
/// sale unless the buyers paid a share if …": the "if" belongs to the "unless").
fn obstruction_threat(doc: &Doc, ca: usize, k: usize) -> bool {
    let w = |x: usize| doc.tokens[x].lower.as_str();
    (ca..k).any(|m| {
        if !matches!(w(m), "will" | "would" | "'ll" | "’ll") || m + 2 >= k || (m + 1..k).any(|x| matches!(w(x), "unless" | "if" | "until")) {
            return false;
        }
        let v = if matches!(w(m + 1), "also" | "simply" | "then") { m + 2 } else { m + 1 };
        match w(v) {
            "block" | "veto" | "boycott" => v + 1 < k,
            "defend" => matches!(w(v + 1), "itself" | "themselves" | "ourselves"),
            _ => false,
        }
    })
}

/// The act dared in a positive "if" at `k` ("if it dared to send warships", "if they dare cross the
/// line"): where it starts, after "dare(s/d)" and its "to", within the condition's first words;
/// `None` when the condition dares nothing.
fn dared_act(doc: &Doc, k: usize, b: usize) -> Option<usize> {
    let j = (k + 2..(k + 6).min(b)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";") && doc.tokens[j].kind != TokenKind::Quote).find(|&j| matches!(doc.tokens[j].lower.as_str(), "dare" | "dares" | "dared"))?;
    let v = if doc.tokens.get(j + 1).is_some_and(|t| t.lower == "to") { j + 2 } else { j + 1 };
    doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap).then_some(v)
}

/// A verb and its negation written as one word, as the tokenizer keeps them ("doesn't",
/// "don't", "didn't", "can't", "won't", "isn't"): the negation that makes an "if" a condition,
/// as "does not" is ('"If the Trust doesn't pay, our clinics will shut"').
fn contracted_negation(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("n't") || w.ends_with("n’t"))
}

/// The condition after "unless"/"if" at `k`, its comma at `comma`, is a passive on a thing named
/// ("the cap is raised", "the rule is not written into law", "the levy isn't scrapped"): a
/// subject of one to four words, no pronoun ("If we are listed, …" is a fear, no demand), then
/// a form of "be", a negation perhaps, an adverb in "-ly" perhaps, and a participle ("If the
/// product is clean" is none).
pub(super) fn passive_condition(doc: &Doc, k: usize, comma: usize) -> bool {
    let be_form = |w: &str| matches!(w, "is" | "are" | "was" | "were") || contracted_negation(w) && ["is", "are", "was", "were"].iter().any(|b| w.starts_with(b));
    // (the first and second persons too: "If we are not listed, …" is the speaker's fear)
    if crate::extract::np::is_pronoun(&doc.tokens[k + 1].lower) || matches!(doc.tokens[k + 1].lower.as_str(), "we" | "i" | "you") {
        return false;
    }
    let Some(be) = (k + 2..comma.min(k + 6)).find(|&x| be_form(&doc.tokens[x].lower)) else { return false };
    if (k + 1..be).any(|x| doc.tokens[x].kind != TokenKind::Word) {
        return false;
    }
    let p = if doc.tokens.get(be + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "n't" | "n’t")) { be + 2 } else { be + 1 };
    // (an adverb of manner may come before the participle: "were not properly done")
    let p = if p + 1 < comma && doc.tokens[p].lower.len() > 4 && doc.tokens[p].lower.ends_with("ly") { p + 1 } else { p };
    p < comma && passive_participle(&doc.tokens[p].lower)
}
