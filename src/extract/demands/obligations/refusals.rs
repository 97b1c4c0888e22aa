//! Refusals and red lines ("will not accept", "would not allow X to …"), what goes on "until" an
//! actor acts, "the onus is on X to …", "it is time for X to …", "there will be no A while B".

use super::*;

impl Clause<'_> {
    /// "will not accept", "would not entertain"
    /// ("our protests will continue until the decree is withdrawn": the same condition)
    /// ("the border will stay closed until …", "sanctions would remain in place until …": a
    /// state kept until the condition is met)
    /// ("the embargo will last until X ends", "would hold the bill until the ministry
    /// explained …": a state or a step kept until an actor acts; "last" and "hold" alone
    /// forecast too, so only with an actor asked, as "keep")
    /// ("its members would also refuse to take part … until the government agreed to …": an
    /// adverb between the modal and the verb is passed over)
    pub(super) fn refusal_or_until(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, .. } = *self;
        let v = if doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "also" | "still" | "even" | "simply")) && matches!(l, "will" | "would") { k + 2 } else { k + 1 };
        let lasts = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "last" | "hold"));
        let stays = lasts || doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "stay" | "remain"));
        // ("we will keep up the pressure until Russia agrees to …": kept up, the same)
        // ("Sofia would block any further progress until the amendments were adopted", "would
        // refuse to cooperate … until the office was closed": a step held back until then, the same)
        let holds_back = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "block" | "refuse" | "boycott" | "suspend" | "freeze" | "withhold" | "veto"));
        // ("members would picket the court every day until she was freed", "the union will
        // strike until the licence is restored": a protest kept up, the same)
        // ("we will come back every day until the assembly listens to us": coming back, the same)
        let comes_back = doc.tokens.get(v).is_some_and(|t| t.lower == "come") && doc.tokens.get(v + 1).is_some_and(|t| t.lower == "back");
        let goes_on = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "continue" | "keep" | "picket" | "strike" | "protest" | "march" | "demonstrate" | "occupy")) || stays || holds_back || comes_back;
        // ("would “never accept” targets": a quotation may open at the negation)
        let marked = !goes_on && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Quote) && doc.tokens.get(k + 2).is_some_and(|t| t.lower == "not" || t.lower == "never");
        if matches!(l, "will" | "would") && (goes_on || marked || doc.tokens.get(k + 1).is_some_and(|t| t.lower == "not" || t.lower == "never")) {
            let j = if goes_on { v } else if marked { k + 3 } else { k + 2 };
            if !goes_on && doc.tokens.get(j).is_some_and(|t| REFUSAL_VERBS.contains(&t.lower.as_str())) {
                return self.red_line(k, l, j, marked, out);
            }
            return self.kept_until(k, j, v, out);
        }
        None
    }

    /// "Until the fleet has left, we will not resume the talks": the condition before the
    /// refusal is what is demanded
    /// ('"The force must change. Until officers are charged, families will not see justice"':
    /// a later sentence of the quote may open with it, as the first does)
    /// ('"Until someone is held to account, this will happen again"': a passive on a thing
    /// named, whose forecast is that the harm goes on, "again" or "continue", asks whoever must
    /// act, as a negated forecast does; not a plan, "Until the bridge is repaired, drivers will
    /// use the ferry", nor "Until prices fall, nothing will change", an active on a plain noun)
    /// ('"Until landlords fix the flats, nothing will change"', '"Until the people selling the guns
    /// face a court, nothing will change"': an active whose subject is people who act, or an actor
    /// named, before "nothing will change", asks them to act, the lead's decision of the
    /// fifty-seventh session; not "Until that changes, …", a state of things)
    pub(super) fn until_first(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        if l == "until" && (k == a || matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and" | "." | "?" | "!") || doc.tokens[k - 1].kind == TokenKind::Quote) {
            let comma = (k + 2..b.min(k + 16)).take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":") && doc.tokens[x].kind != TokenKind::Quote).find(|&x| doc.tokens[x].lower == ",");
            let negated = |x: usize| doc.tokens.get(x + 1).is_some_and(|t| t.lower == "not" || t.lower == "never");
            let passive = comma.is_some_and(|c| super::conditions::passive_condition(doc, k, c));
            let nothing_changes = |x: usize| x > 0 && doc.tokens[x - 1].lower == "nothing" && doc.tokens.get(x + 1).is_some_and(|t| t.lower == "change") && comma.is_some_and(|c| people_act(doc, ctx, k, c));
            let will = comma.and_then(|c| (c + 1..b.min(c + 8)).find(|&x| matches!(doc.tokens[x].lower.as_str(), "will" | "would") && (negated(x) || passive && goes_on_again(doc, x + 1, b) || nothing_changes(x))));
            let finite = |c: usize| (k + 2..c).any(|x| {
                let t = &doc.tokens[x];
                matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "does" | "do" | "did" | "see" | "get" | "agrees" | "agreed") || !t.cap && t.kind == TokenKind::Word && t.lower.len() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with('s') && !t.lower.ends_with("ss"))
            });
            if let (Some(c), Some(w)) = (comma, will) {
                // (two words after the negation; the verb alone where the harm goes on)
                let (v, min) = if negated(w) { (w + 2, w + 4) } else { (w + 1, w + 2) };
                let end = vp_end(doc, v, b, false);
                // (people who act are the subject of the verb after them: "landlords fix the flats")
                if (finite(c) || nothing_changes(w)) && end >= min {
                    let conditioner = subject_before_in(doc, ctx, w, c + 1, true).and_then(|s| actor_party(doc, &s)).unwrap_or(by);
                    let of = np_at(doc, ctx, k + 1, c).and_then(|np| actor_party(doc, &np)).filter(|&p| p != conditioner);
                    push(out, DemandKind::Condition, conditioner, of, span(doc, k + 1, c), span(doc, k, end), "until".to_string());
                    return Some(end);
                }
            }
        }
        None
    }

    /// "the onus is on X to Y", "it is up to X to Y": a demand of X
    pub(super) fn onus(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        if (l == "onus" || l == "up" && k > a && matches!(doc.tokens[k - 1].lower.as_str(), "is" | "was")) && k + 1 < b {
            if let Some(on) = (k + 1..(k + 4).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "on" | "to")) {
                if let Some(np) = np_at(doc, ctx, on + 1, b) {
                    if doc.tokens.get(np.end).is_some_and(|t| t.lower == "to") {
                        let end = vp_end(doc, np.end + 1, b, false);
                        if end > np.end + 1 {
                            push(out, DemandKind::Demand, by, actor_party(doc, &np), span(doc, np.end + 1, end), span(doc, self.clause_start(k, &[]), end), l.to_string());
                            return Some(end);
                        }
                    }
                }
            }
        }
        None
    }

    /// "It's time for X to Y", "it is high time for X to Y": a demand of X, as "the onus is on X
    /// to Y" is (`k` at "time"; only a named actor, so "it is time for all of us to …" and "time
    /// for a change" ask no one here)
    pub(super) fn time_for(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        if l != "time" || doc.tokens.get(k + 1).is_none_or(|t| t.lower != "for") {
            return None;
        }
        let w = |j: usize| doc.tokens[j].lower.as_str();
        let v = if k > a && matches!(w(k - 1), "high" | "about" | "now") { k - 1 } else { k };
        if v < a + 2 || !matches!(w(v - 1), "is" | "was" | "'s" | "’s") || w(v - 2) != "it" {
            return None;
        }
        let np = np_at(doc, ctx, k + 2, b)?;
        let of = actor_party(doc, &np)?;
        if doc.tokens.get(np.end).is_none_or(|t| t.lower != "to") {
            return None;
        }
        let end = vp_end(doc, np.end + 1, b, false);
        (end > np.end + 1).then(|| {
            push(out, DemandKind::Demand, by, Some(of), span(doc, np.end + 1, end), span(doc, v - 2, end), "time for".to_string());
            end
        })
    }

    /// "there will be no A while B" / "no A until B": a condition
    pub(super) fn no_while(&self, k: usize, l: &str, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, by, a, b, .. } = *self;
        if l == "no" && k > a && doc.tokens[k - 1].lower == "be" {
            if let Some(w) = (k + 1..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "while" | "until" | "unless" | "as")) {
                let end = vp_end(doc, w + 1, b, false);
                let clause_a = self.clause_start(k, &["state", "said", "says"]);
                push(out, DemandKind::Condition, by, None, span(doc, k, end), span(doc, clause_a, end), doc.tokens[w].lower.to_string());
                return Some(end.max(k + 1));
            }
            // ("there will be no talks with anyone who …", "there can be no negotiations with
            // the gangs": talks refused with someone; not "no talks this week", a timetable)
            let modal = k > a + 1 && matches!(doc.tokens[k - 2].lower.as_str(), "will" | "would" | "can" | "could" | "shall");
            if modal && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "talks" | "negotiations" | "dialogue" | "negotiation" | "deal" | "compromise")) && doc.tokens.get(k + 2).is_some_and(|t| t.lower == "with") {
                let end = vp_end(doc, k + 3, b, false);
                if end > k + 3 {
                    let clause_a = self.clause_start(k, &["state", "said", "says"]);
                    push(out, DemandKind::Refusal, by, None, span(doc, k, end), span(doc, clause_a, end), "no talks".to_string());
                    return Some(end);
                }
            }
        }
        None
    }

    /// "will not accept Z", "would not allow X to …" (`k` at "will"/"would", `j` at the verb of
    /// refusal, `marked` when a quotation opens at the negation): a refusal, the red line of the
    /// clause's subject; none for a resolve voiced with no thing refused, a relative clause's
    /// refusal, or what is only put up with. Goes on after the verb.
    fn red_line(&self, k: usize, l: &str, j: usize, marked: bool, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, reported, .. } = *self;
        // ('It said the bloc "will not accept any …"': a quotation opening at the modal,
        // after its subject, leaves the subject the clause's; the clause is read up to
        // the quotation mark)
        let opens_at_modal = k >= 2 && doc.tokens[k - 1].kind == TokenKind::Quote && doc.tokens[k - 2].kind == TokenKind::Word && ctx.tok_quote.at(k).is_some() && ctx.tok_quote.at(k - 2).is_none();
        // (the quoted words alone, from the modal on, leave the refusal to the reported
        // clause that holds them and its subject)
        if opens_at_modal && k == a && !reported {
            return Some(j + 1);
        }
        let kq = if opens_at_modal && k > a + 1 { k - 1 } else { k };
        let clause_a = self.reported_clause(kq);
        let o = if marked && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Quote) { j + 2 } else { j + 1 };
        // ("will not give up our land", "would not hand over the city": the verb's
        // particle is no part of what is refused)
        let o = o + usize::from(doc.tokens.get(o).is_some_and(|t| matches!(t.lower.as_str(), "up" | "over" | "in" | "away" | "back" | "down")) && doc.tokens.get(o + 1).is_some_and(|t| t.kind == TokenKind::Word));
        let end = vp_end(doc, o, b, false);
        // ("We will not give up,", "We will never give it away", "would not give in": a
        // verb's particle or a pronoun alone refuses no named thing, a resolve voiced
        // rather than a step held back; not before an "until"/"unless" of the sentence,
        // "would not sign up, he said, until …", where the refusal carries the condition)
        let conditioned = (end..b).take_while(|&x| doc.tokens[x].lower != ".").any(|x| matches!(doc.tokens[x].lower.as_str(), "until" | "unless"));
        let bare = !conditioned && (o..end).all(|x| {
            let w = doc.tokens[x].lower.as_str();
            matches!(w, "up" | "over" | "in" | "away" | "back" | "down" | "that" | "this" | "them" | "us" | "me" | "you") || is_pronoun(w)
        });
        if end > o && bare {
            return Some(j + 1);
        }
        if end > o {
            // ("would not allow Iran to rebuild …": the actor not allowed to act is the
            // one the red line is drawn for, a state as well as a body; a name, not a
            // pronoun: "would not allow it to derail the talks" is of the incident)
            let allowed = (matches!(doc.tokens[j].lower.as_str(), "allow" | "permit" | "tolerate") && doc.tokens.get(o).is_some_and(|t| t.cap))
                .then(|| np_at(doc, ctx, o, end))
                .flatten()
                .filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == "to"))
                .and_then(|np| actor_party(doc, &np));
            let obj = allowed.or_else(|| (j + 1..end).find_map(|x| ctx.tok_mention.at(x).map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind == EntityKind::Organization).map(Party::Entity));
            // "Madrid would not entertain …": the refusing actor is the clause's subject; a
            // phrase with an article inside ("Reuters the group") is an object and a
            // description the speaker speaks for ("told Reuters the group would not …")
            let glued = |s: &crate::extract::np::Np| (s.start + 1..s.end).any(|x| matches!(doc.tokens[x].lower.as_str(), "the" | "a" | "an"));
            // ("said the party stood ready to negotiate but would not permit …": a verb coordinated
            // with the clause's first has its subject, which opens the clause)
            let coordinated = k > clause_a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and");
            // (the clause opens after the first verb of saying: "said X was ready to discuss …")
            let opened = (a..k).find(|&x| self.reporting(x)).map_or(clause_a, |x| x + 1);
            let opening = || coordinated.then(|| np_at(doc, ctx, opened, k)).flatten().and_then(|s| actor_party(doc, &s));
            let refuser = own_body(doc, by, clause_a, kq).or_else(|| subject_before_in(doc, ctx, kq, clause_a, true).filter(|s| !glued(s)).and_then(|s| actor_party(doc, &s))).or_else(opening).or_else(|| self.speakers_government(kq, clause_a)).or_else(|| self.speakers_state(kq, true)).unwrap_or(by);
            // ("He needs a visa that they would not give him": a relative
            // clause on a noun after a determiner tells of someone's refusal, the speaker
            // asks nothing by it)
            let s0 = crate::extract::np::subject_end(doc, kq, clause_a).min(kq);
            let s0 = (clause_a..s0).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "that" | "which")).last().unwrap_or(s0);
            let det = |x: usize| matches!(doc.tokens[x].lower.as_str(), "a" | "an" | "the" | "any" | "this" | "every");
            let relative = s0 >= a + 3 && matches!(doc.tokens[s0 - 1].lower.as_str(), "that" | "which") && {
                let n = &doc.tokens[s0 - 2];
                // (not a noun of saying, whose "that" opens what was said: "said in a
                // statement that Israel would not agree to …")
                n.kind == TokenKind::Word && !n.cap && !Lexicon::get().cues.contains_key(&n.lower) && !Lexicon::get().is_content_noun(&n.lower) && (det(s0 - 3) || s0 >= a + 4 && det(s0 - 4))
            };
            if relative {
                return Some(j + 1);
            }
            // ("We will not tolerate any company that …", "would not tolerate attacks on
            // …", "We will not accept that our citizens are taken hostage …", "will not
            // accept that,": putting up with something, or a fact or a state accepted,
            // voices disapproval and asks no act; a quotation that opens at the refusal
            // itself, 'Ottawa "will not tolerate" attempts to …', keeps the actor's red line)
            let puts_up = doc.tokens[j].lower == "tolerate" || doc.tokens[j].lower == "accept" && doc.tokens.get(j + 1).is_some_and(|t| t.lower == "that");
            if puts_up && !marked && !opens_at_modal {
                return Some(j + 1);
            }
            push(out, DemandKind::Refusal, refuser, obj, span(doc, o, end), span(doc, clause_a, end), format!("{} not {}", l, doc.tokens[j].lower.as_str()));
        }
        return Some(j + 1);
    }

    /// "will not resume the talks until the fleet has left": the
    /// condition after "until" is what is demanded (a clause with a verb, not "until
    /// next week")
    /// (a quotation may open at "until": 'would continue "until the siege is lifted"')
    fn kept_until(&self, k: usize, j: usize, v: usize, out: &mut Vec<Demand>) -> Option<usize> {
        let Clause { doc, ctx, by, a, b, .. } = *self;
        let until = (j..b.min(j + 16)).take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";" | ":") && (doc.tokens[x].kind != TokenKind::Quote || doc.tokens.get(x + 1).is_some_and(|t| t.lower == "until"))).find(|&x| doc.tokens[x].lower == "until");
        if let Some(u) = until {
            let cend = vp_end(doc, u + 1, b, false);
            let finite = (u + 2..cend).any(|x| {
                let t = &doc.tokens[x];
                matches!(t.lower.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "does" | "do" | "did" | "agrees" | "agreed" | "gave" | "gives" | "give" | "took" | "takes" | "made" | "makes" | "met" | "meets" | "left" | "leaves" | "paid" | "pays" | "sent" | "withdrew" | "withdraws") || !t.cap && t.kind == TokenKind::Word && t.lower.len() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with('s') && !t.lower.ends_with("ss"))
            });
            if finite && cend > u + 2 {
                let clause_a = self.reported_clause(k);
                // ("told the Guardian the rebels would not withdraw until …": past the one
                // told to a subject of two words right before the modal at `k`, which
                // `past_told` asks to be longer before an "unless")
                let clause_a = past_told(doc, clause_a, (k + 2).min(b)).min(k);
                // ("told Reuters the RSF would allow access but would not withdraw until …": a
                // verb coordinated with the clause's first has its subject, after the one told)
                let coordinated = || {
                    if !(k > clause_a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "but" | "and")) {
                        return None;
                    }
                    let told = clause_a > a && matches!(doc.tokens[clause_a - 1].lower.as_str(), "told" | "tells" | "tell");
                    // (after "told", the one told comes first: the subject is the next name)
                    let at = if told { (clause_a + 1..k).find(|&x| ctx.tok_mention.at(x).is_some() || doc.tokens[x].lower == "the")? } else { clause_a };
                    let subject = np_at(doc, ctx, at, k)?;
                    let verb = doc.tokens.get(subject.end).is_some_and(|t| matches!(t.lower.as_str(), "would" | "will" | "could" | "can" | "had" | "has" | "was" | "is"));
                    verb.then(|| actor_party(doc, &subject)).flatten()
                };
                let conditioner = own_body(doc, by, clause_a, k).or_else(|| subject_before_in(doc, ctx, k, clause_a, true).and_then(|s| actor_party(doc, &s))).or_else(coordinated).or_else(|| self.speakers_state(k, true)).unwrap_or(by);
                // (the subject of a passive is no one asked: "until she was freed")
                let passive = |np: &crate::extract::np::Np| doc.tokens.get(np.end).is_some_and(|t| matches!(t.lower.as_str(), "was" | "is" | "were" | "are" | "be" | "been")) && doc.tokens.get(np.end + 1).is_some_and(|t| t.lower.ends_with("ed") || matches!(t.lower.as_str(), "freed" | "released" | "given" | "taken" | "withdrawn"));
                let of = np_at(doc, ctx, u + 1, cend).filter(|np| !passive(np)).and_then(|np| actor_party(doc, &np)).filter(|&p| p != conditioner);
                // (what is kept up waits on an actor: "keep border checks in place until the
                // number of arrivals fell" asks no one; nor does a pledge, 'would "not rest until
                // every penny is paid"', the speaker's own resolve)
                let kept = doc.tokens.get(v).is_some_and(|t| matches!(t.lower.as_str(), "keep" | "last" | "hold"))
                    || doc.tokens.get(j).is_some_and(|t| t.lower == "rest");
                if !kept || of.is_some() {
                    push(out, DemandKind::Condition, conditioner, of, span(doc, u + 1, cend), span(doc, clause_a, cend), "until".to_string());
                }
                return Some(cend);
            }
        }
        None
    }
}

/// The subject of the condition after "until" at `k` (its comma at `c`) is people who act or an
/// actor named: "landlords", "the people selling the guns", "more employers", "Oslo"; not
/// a pronoun or a thing ("that", "prices", "those two numbers").
fn people_act(doc: &Doc, ctx: &Ctx, k: usize, c: usize) -> bool {
    let people = |t: &crate::model::Token| plural_of_people(t) || bare_plural_of_actors(t) || t.lower == "people";
    // (a determiner or one lower-case word may come before the plural: "the", "more", "young")
    let head = (k + 1..c.min(k + 4)).take_while(|&x| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap).find(|&x| people(&doc.tokens[x])).is_some_and(|x| x <= k + 2);
    head || np_at(doc, ctx, k + 1, c).is_some_and(|np| !np.is_lone_pronoun(doc) && actor_party(doc, &np).is_some())
}

/// The forecast whose verb is at `v` says that a harm goes on: "this will happen again", "the
/// deaths will continue", "it will go on" (the word "again" within its first words, or the verb
/// "continue", "go on", "keep").
fn goes_on_again(doc: &Doc, v: usize, b: usize) -> bool {
    let w = |j: usize| doc.tokens.get(j).filter(|_| j < b).map_or("", |t| t.lower.as_str());
    matches!(w(v), "continue" | "keep") || w(v) == "go" && w(v + 1) == "on" || (v + 1..v + 4).any(|j| w(j) == "again")
}
