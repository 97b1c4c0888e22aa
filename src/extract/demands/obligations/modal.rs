//! The modal branch of `obligations`: "Y must Z", "Y should Z", "Y needs to Z", and on whom the
//! obligation falls.

use super::*;

impl Clause<'_> {
    /// "Y must Z", "Y should Z", "Y has to Z" (`k` at a modal, `MODALS`): a demand (or, negated, a
    /// refusal) of the modal's subject, or of the one its clause points to; `None` when the word at
    /// `k` opens no modal. `last_of` is the addressee of the latest modal, for a coordinated one
    /// ("must withdraw … and should hold …"), which this sets.
    pub(super) fn modal(&self, k: usize, l: &str, last_of: &mut Option<(usize, Option<Party>)>, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported, .. } = *self;
        // ("should Clinton attempt a return, …", ", should he fail to …": "should" opening a
        // clause before its subject is a condition, no obligation)
        let inverted = l == "should" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "," | ";" | ":" | "—" | "–" | "(" | "and" | "or" | "but")) && doc.tokens.get(k + 1).is_some_and(|t| t.cap || crate::extract::np::is_pronoun(&t.lower) || matches!(t.lower.as_str(), "the" | "a" | "an" | "any" | "their" | "its"));
        let modal = modal_at(doc, k).filter(|_| !inverted);
        if self.no_obligation(k, l, modal) {
            return Some(k + 1);
        }
        if let Some(n) = modal {
            // the subject: an actor right before, else the clause from its start
            let clause_a = self.reported_clause(k);
            let subj = subject_before_in(doc, ctx, k, clause_a, true);
            let of = subj.as_ref().and_then(|s| actor_party(doc, s)).filter(|&p| p != by);
            let coordinated = k > a && matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or") && subj.is_none();
            let of = match (of, *last_of) {
                (None, Some((_, prev))) if coordinated => prev,
                (of, _) => of,
            };
            *last_of = Some((k, of));
            let va = k + n;
            let end = vp_end(doc, va, b, false);
            // "must withdraw its troops and should hold elections": two demands
            let is_modal = |j: usize| modal_at(doc, j).is_some();
            // ("has to explain …, and he has to start …": a pronoun before the second modal)
            // ("said allies should "step up," and he has backed calls for …": a clause of its
            // own after "and"/"but" and a personal pronoun, which the statement runs on through)
            let pronoun_clause = |j: usize| matches!(doc.tokens[j].lower.as_str(), "and" | "but") && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "they" | "we"));
            let end = (va..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "and" | "or") && (is_modal(j + 1) || doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "it" | "they")) && is_modal(j + 2)) || pronoun_clause(j)).unwrap_or(end);
            // ("said X should focus on … and that the council must stop …": a second reported
            // clause, opened by "and that", whose subject is an actor holds a demand of its own;
            // not "… and that people should not be sent …", a subject that is no actor)
            let end = (va..end)
                .find(|&j| {
                    doc.tokens[j].lower == "and"
                        && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "that")
                        && (j + 3..end.min(j + 8)).find(|&m| is_modal(m)).and_then(|m| subject_before_in(doc, ctx, m, j + 2, true)).is_some_and(|s| s.start <= j + 3 && actor_party(doc, &s).is_some())
                })
                .unwrap_or(end);
            // "questions that need to be answered", "you should …": not a demand on anyone
            // ("no one should be targeted", "nobody should …": a norm, not a demand on anyone)
            // ("one should never judge too early": advice to anyone)
            // ("When Oslo wants lower tariffs, it must cut its own": "it" after a clause opened
            // by "if", "when", "since" or "because" that names a state or body, with a verb
            // that is no "be", is that actor)
            let it_actor = (k > a + 2 && doc.tokens[k - 1].lower == "it" && doc.tokens[k - 2].lower == "," && doc.tokens.get(k + n).is_some_and(|t| !matches!(t.lower.as_str(), "be" | "not" | "have")))
                .then(|| (a..k - 2).rev().take(12).find(|&x| matches!(doc.tokens[x].lower.as_str(), "if" | "when" | "since" | "because")))
                .flatten()
                .and_then(|x| np_at(doc, ctx, x + 1, k - 2))
                .and_then(|np| actor_party(doc, &np))
                .filter(|&p| p != by);
            let of = it_actor.or(of);
            // ("If an app cannot keep children safe, it should not be operating here": "it" after
            // an "if" or "when" clause whose subject is any one of a kind, "a", "an" or "any" and
            // a noun, is a rule for all of that kind, asked of no one named, as "Companies should
            // not …" is)
            let kind_it = it_actor.is_none()
                && k > a + 4
                && doc.tokens[k - 1].lower == "it"
                && doc.tokens[k - 2].lower == ","
                && (a..k - 2).rev().take(12).find(|&x| matches!(doc.tokens[x].lower.as_str(), "if" | "when")).is_some_and(|x| matches!(doc.tokens[x + 1].lower.as_str(), "a" | "an" | "any") && doc.tokens.get(x + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap));
            // (so no one is what "it" would be taken for, a state named before)
            let (of, subj) = if kind_it { (None, None) } else { (of, subj) };
            // ("told European leaders they should …": the pronoun right after those told is them)
            // ("told the authority that it should …", "wrote to the regulator in July that it
            // must …": "it" after "that" right after a body told or written to is that body, no
            // impersonal "it")
            // (not an impersonal passive, "told reporters that it must be said …", nor the
            // press told)
            let that_it = k >= a + 4 && doc.tokens[k - 1].lower == "it" && doc.tokens[k - 2].lower == "that" && doc.tokens.get(k + n).is_some_and(|t| t.lower != "be");
            let timeish = |j: usize| doc.tokens[j].kind == TokenKind::Word && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier" | "week" | "month" | "year"));
            // (where the one told ends: before a time phrase, "in July", right before "that")
            let hearer_limit = |x: usize| if that_it { (x + 2..k - 2).find(|&j| matches!(doc.tokens[j].lower.as_str(), "in" | "on" | "last" | "this" | "earlier") && k - 2 - j <= 3 && (j..k - 2).all(timeish)).unwrap_or(k - 2) } else { k - 1 };
            let press = |x: usize| matches!(doc.tokens[x].lower.as_str(), "reporters" | "journalists" | "media" | "press");
            let written_to = |x: usize| doc.tokens[x].lower == "to" && x > a && write_form(&doc.tokens[x - 1].lower);
            let told = (k >= a + 3 && (matches!(doc.tokens[k - 1].lower.as_str(), "they" | "he" | "she") || that_it))
                .then(|| (a.max(k.saturating_sub(10))..k - 2).rev().find(|&x| crate::extract::np::told_form(&doc.tokens[x].lower) || that_it && written_to(x)))
                .flatten()
                .filter(|&x| !(that_it && (x + 1..hearer_limit(x)).any(press)))
                .map(|x| (addressee_at(doc, ctx, x + 1, hearer_limit(x)), hearer_limit(x)))
                .and_then(|((p, e), lim)| p.filter(|_| e == lim))
                .filter(|&p| p != by);
            let of = told.or(of);
            // ("the authorities need to …", "the government must …": with no country named with
            // them, the state the article is mostly about, as an appeal to them is)
            let bare_government = of.is_none() && k >= a + 2 && doc.tokens[k - 2].lower == "the" && matches!(doc.tokens[k - 1].lower.as_str(), "authorities" | "government") && !doc.tokens[k - 1].cap;
            // (the speaker's own state, by the organisation they work at, when its name holds a
            // capital or a state: "X, a researcher at the Belgrade Centre for Security Policy,
            // said the government must …" is Serbia's, in a story that names Kosovo most;
            // `speaker_state`)
            let speakers = bare_government.then(|| speaker_state(doc, by)).flatten().map(Party::Entity).filter(|&p| p != by);
            let home = (bare_government && speakers.is_none())
                .then(|| crate::extract::statements::home_country(doc))
                .flatten()
                // (asked to act toward the state taken for it, in a story of two states: the
                // other one, `statements::state_acted_toward`)
                .map(|e| {
                    let toward = doc.entities[e].country.as_deref().and_then(|c| crate::extract::statements::state_acted_toward(doc, c, k + 1, crate::extract::statements::sentence_end(doc, k)));
                    toward.and_then(|c| doc.named_country(&c)).unwrap_or(e)
                })
                .map(Party::Entity)
                .filter(|&p| p != by);
            let of = speakers.or(home).or(of);
            // ("this one must be cheaper" names what it means)
            let pointed = k > a + 1 && matches!(doc.tokens[k - 2].lower.as_str(), "this" | "that" | "the" | "each" | "every" | "which" | "any" | "another" | "other" | "last" | "first" | "next");
            // ("Nobody should be executed on the word of a liar", "No one should go to prison for
            // …" in a quote: what nobody should do or suffer is asked of all, as the golds have
            // it; not "nobody should be surprised", a feeling, nor a belief reported, "X believed
            // no one should be punished")
            let nobody = !reported && k > a && (doc.tokens[k - 1].lower == "nobody" || doc.tokens[k - 1].lower == "one" && k >= a + 2 && doc.tokens[k - 2].lower == "no")
                && !(doc.tokens.get(va).is_some_and(|t| t.lower == "be") && doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "surprised" | "shocked" | "fooled" | "deceived" | "alarmed" | "worried" | "afraid")))
                // (nor what nobody should do to the speakers, a complaint: "Nobody should ask us
                // to do that.")
                && !doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "us" | "me"));
            let impersonal = it_actor.is_none() && !kind_it && !(that_it && told.is_some()) && k > a && !nobody && (matches!(doc.tokens[k - 1].lower.as_str(), "that" | "which" | "who" | "you" | "it" | "i" | "we" | "this" | "nobody" | "nothing") || doc.tokens[k - 1].lower == "one" && !pointed);
            // ("Fishing crews were ordered to stay in port, she added": a passive order the
            // speaker reports is the speaker's; not "he was ordered to", which someone else gave)
            let passive = n == 3;
            let impersonal = impersonal || passive && (k == a || crate::extract::np::is_pronoun(&doc.tokens[k - 1].lower) || !reported && doc.tokens.get(a).is_some_and(|t| t.kind == TokenKind::Quote));
            // ("they should not have been standing there": a reproach of what was done, not a
            // demand; "How many more canyons have to burn?": a question asks for nothing)
            // ("He should never have been out": "never" stands where "not" does; "should never
            // have to" is turned away above, as what no one should be forced into)
            let hindsight = n == 1 && {
                let h = va + usize::from(doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "not" | "never")));
                // (a thing had after it is asked for: "the region must have a voice in the talks")
                doc.tokens.get(h).is_some_and(|t| t.lower == "have")
                    && doc.tokens.get(h + 1).is_some_and(|t| t.lower != "to" && !matches!(t.lower.as_str(), "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her" | "your" | "my" | "no" | "some" | "more" | "full" | "every" | "enough"))
            };
            // ("Drivers should expect delays on the main roads", "customers must anticipate
            // outages": what the hearer is told to brace for is a forecast, asked of no one)
            let forewarned = !passive && doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "expect" | "anticipate"));
            let hindsight = hindsight || forewarned;
            let asked = (va..(end + 1).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "?");
            // ("“must be completed in English”", "“must be well thought out”": a quoted fragment
            // that opens with the modal has no one it is asked of, nor a clause to name one)
            // (a subject right before the quotation mark stays one: `residents "should not be
            // punished"`)
            let fragment = of.is_none() && subj.is_none() && !coordinated && k == clause_a && k > 1 && doc.tokens[k - 1].kind == TokenKind::Quote && (doc.tokens[k - 2].kind != TokenKind::Word || Lexicon::get().cues.contains_key(&doc.tokens[k - 2].lower));
            // ("Hale must resign", "Assad must go": one verb is a demand too, of an actor named
            // as its subject; not in a relative clause whose object is the noun before it,
            // "the conditions that Moscow must meet")
            let relative = clause_a >= a + 2 && matches!(doc.tokens[clause_a - 1].lower.as_str(), "that" | "which") && {
                let n = &doc.tokens[clause_a - 2];
                n.kind == TokenKind::Word && !n.cap && !Lexicon::get().cues.contains_key(&n.lower)
            };
            let one_verb = end == va + 1
                && of.is_some()
                && !relative
                && doc.tokens.get(va).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "be" | "have" | "do" | "not" | "too" | "also" | "now" | "again") && !Lexicon::get().stopwords.contains(&t.lower));
            if !impersonal && !hindsight && !asked && !fragment && (end > va + 1 || one_verb) {
                // a subject that is no actor ("Europe should respond …", "both sides must …")
                // is named as written
                let of = of.or_else(|| subj.as_ref().filter(|s| s.start < k && doc.tokens[s.start].kind == TokenKind::Word).map(|s| Party::Text(span(doc, s.start, s.end)))).or_else(|| plain_subject(doc, clause_a, k).map(|s| Party::Text(span(doc, s, k))));
                // (a passive order: its subject, as written, is whom it is addressed to, and
                // what follows "to" up to a comma is what is ordered)
                let of = if passive { of.or_else(|| (clause_a < k).then(|| Party::Text(span(doc, skip_marks(doc, clause_a, k), k)))) } else { of };
                let end = if passive { (va..end).find(|&j| doc.tokens[j].lower == ",").unwrap_or(end) } else { end };
                // (what is asked never runs back past a question's or an exclamation's end:
                // '"Are the roads closed? Security must come first," she said')
                let clause_a = (clause_a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "?" | "!")).map_or(clause_a, |x| x + 1);
                let what_a = skip_marks(doc, if of.is_some() || coordinated || passive || kind_it { va } else { clause_a }, end);
                let negated = doc.tokens.get(va).is_some_and(|t| t.lower == "not") || l.ends_with("n't") || l.ends_with("n’t");
                let ev_a = if reported { clause_a } else { clause_a.max(a) };
                let cue = doc.tokens[k..k + n].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
                push(out, if negated { DemandKind::Refusal } else { DemandKind::Demand }, by, of, span(doc, what_a, end), span(doc, ev_a, end), cue);
            }
            return Some(k + n);
        }
        None
    }

    /// Whether the modal at `k` (`modal` its length in words, `None` for no modal) asks nothing
    /// of anyone: it stands inside an idea that is rejected or in a question left open, "needed"
    /// describes a noun or says what a thing is for, or "had to"/"have to" tells what was or may
    /// be forced.
    fn no_obligation(&self, k: usize, l: &str, modal: Option<usize>) -> bool {
        let Clause { doc, a, .. } = *self;
        // ("rejected the idea that support should be tied to …": a modal inside an idea that
        // is rejected is no demand)
        let rejected_idea = modal.is_some() && {
            let ca = self.clause_start(k, &[]);
            ca >= 2 && doc.tokens[ca - 1].lower == "that"
                && matches!(doc.tokens[ca - 2].lower.as_str(), "idea" | "notion" | "suggestion" | "suggestions" | "claim" | "claims" | "view" | "argument" | "assertion" | "premise" | "accusation" | "accusations")
                && (ca.saturating_sub(6)..ca - 2).any(|x| matches!(doc.tokens[x].lower.as_str(), "rejected" | "rejects" | "reject" | "rejecting" | "dismissed" | "dismisses" | "dismissing" | "denied" | "denies" | "disputed" | "disputes" | "refuted" | "refutes" | "scoffed" | "brushed" | "ridiculed" | "challenged"))
        };
        // ("will decide whether the officer should face charges": a modal in a question left
        // open is no demand)
        let open_question = modal.is_some() && ((a.max(k.saturating_sub(8))..k).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":")).any(|x| doc.tokens[x].lower == "whether") || wh_question_before(doc, a, k) || why_questioned(doc, a, k) || whether_across_aside(doc, a, k));
        // ("lacked the pumps and trucks needed to clear the roads": "needed to"
        // right after a noun that a past verb of the clause took as its object describes the
        // noun, no demand)
        // ('had not shown the "very special circumstances" needed to build': the noun may close
        // a quotation, and the past verb may be an irregular participle, `irregular_taking_past`)
        let described_need = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && {
            let n = quoted_noun_before(doc, k, a);
            let n = &doc.tokens[n];
            n.kind == TokenKind::Word && !n.cap && !crate::extract::np::is_pronoun(&n.lower) && !Lexicon::get().stopwords.contains(&n.lower) && !n.lower.ends_with("ly")
                && (a.max(k.saturating_sub(10))..k - 1).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "," | ";" | ":" | "that" | "which" | "who")).any(|x| {
                    let w = &doc.tokens[x];
                    w.kind == TokenKind::Word && !w.cap && (w.lower.len() > 4 && w.lower.ends_with("ed") && w.lower != "needed" || irregular_taking_past(&w.lower))
                })
        };
        // ("the law was needed to stop …", "the taxes are needed to repay debt": "needed" after
        // a form of "be" says what a thing is for, no demand on anyone)
        let purpose = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being");
        // ("the number of staff needed to support patients", "half of the ₹34,000 crore needed to
        // build venues": an amount before "needed", `amount_needed`)
        let amount = modal == Some(2) && doc.tokens[k].lower == "needed" && k > a && amount_needed(doc, quoted_noun_before(doc, k, a), a);
        // ("it has had to cut rations": a perfect "had to" tells what circumstances forced, no
        // backshifted "have to" of a report; "No humanitarian should ever have to make that
        // choice": what no one should be forced into asks nothing of anyone)
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        let forced = modal.is_some()
            && (l == "had" && k > a && matches!(word(k - 1), "has" | "have" | "had" | "'ve" | "’ve" | "'s" | "’s")
                || l == "should" && matches!(word(k + 1), "ever" | "never") && word(k + 2) == "have" && word(k + 3) == "to"
                || l == "have" && k >= a + 2 && matches!(word(k - 1), "ever" | "never") && word(k - 2) == "should"
                || l == "have" && (possibly_forced(doc, k, a) || own_side_forced(doc, k, a)));
        // ("do not need to …", "don't have to …": nothing required, `not_required`)
        let unrequired = modal.is_some() && not_required(doc, k, a);
        rejected_idea || open_question || described_need || purpose || amount || forced || unrequired
    }
}
