//! Who asks, and the demands read straight after the verb: "appealed to X to Z", "asked X for
//! Y", "we are asking for Y", "asked for Y", "demanded that Y Z".

use super::*;

/// Who asks and where reading goes on after the verb (`Verb::who_asks`).
pub(super) struct Found {
    /// "Y was urged by X to Z"
    pub(super) passive: bool,
    pub(super) by: Party,
    /// where the demand's evidence opens
    pub(super) ev_start: usize,
    /// who is asked, when the passive's subject names them
    pub(super) of: Option<Party>,
    /// the word after the verb, past "by X", adverbials and, after a call, "on"/"for"
    pub(super) k: usize,
}

impl Verb<'_> {
    /// The demander (after "by" in a passive, else the clause's subject, `demander`) and the word
    /// that reading goes on from; none when no one asks, or a call has no "on"/"for".
    pub(super) fn who_asks(&self) -> Option<Found> {
        let Verb { doc, ctx, c, a, b, l, is_call, .. } = *self;
        // ("were being asked to do more with less": the progressive passive too, a request
        // the subject reports having been put to it, no demand of the subject's own)
        let passive = c > a && (matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be") || contracted_be(&doc.tokens[c - 1].lower)) && !l.ends_with("ing");
        let mut k = c + 1;
        let (by, ev_start, of) = if passive {
            // "Y was urged by X to Z"
            let of = subject_before(doc, ctx, c, a).and_then(|np| actor_party(doc, &np));
            let Some(np) = doc.tokens.get(k).filter(|t| t.lower == "by").and_then(|_| np_at(doc, ctx, k + 1, b)) else { return None };
            let Some(by) = actor_party(doc, &np) else { return None };
            k = np.end;
            (by, a, of)
        } else {
            let Some((by, start)) = demander(doc, ctx, c, a) else { return None };
            (by, start.min(c), None)
        };
        // "on" counts as an adverbial only before a day ("demanded on Tuesday that")
        let adverbial = |k: usize| ADVERBIALS.contains(&doc.tokens[k].lower.as_str()) && (doc.tokens[k].lower != "on" || doc.tokens.get(k + 1).is_some_and(|t| is_weekday(&t.lower)));
        // ("recommended in May that …", "demanded last year that …": a time before "that")
        k = past_adverbials(doc, k, b, c, adverbial);
        // ("We ask only that the world keeps its promises": an adverb of degree before "that")
        if k + 1 < b && matches!(doc.tokens[k].lower.as_str(), "only" | "simply" | "just" | "merely") && doc.tokens[k + 1].lower == "that" {
            k += 1;
        }
        if is_call {
            // "called on Y to", "called for Z": find "on"/"for" past time adverbials
            // ("called upon Y to": the formal "upon", as Indian and UN English write it)
            let Some(j) = (k..(k + 5).min(b)).find(|&j| doc.tokens[j].lower == "for" || matches!(doc.tokens[j].lower.as_str(), "on" | "upon") && !doc.tokens.get(j + 1).is_some_and(|x| is_weekday(&x.lower))) else { return None };
            k = j + 1;
        }
        Some(Found { passive, by, ev_start, of, k })
    }

    /// "She said clinics that missed the goal would be asked to submit a plan", "The fund said
    /// richer donors will be asked to cover the shortfall": a request foretold in the passive
    /// ("would"/"will" and "be", no "by X" after it: `who_asks` finds no one) in a reported
    /// statement is its speaker's, the one who will ask; it is made of the passive's subject
    /// when that names an actor, else of no one named, and asks the infinitive after "to".
    /// Only "asked" (an order foretold, "would be ordered to …", is held no demand by the golds
    /// seen). Not in a
    /// quotation (a forecast as often as a request), not after an "if"/"unless" in the
    /// sentence (the consequence a threat names: "Unless the offer improves, staff will be asked
    /// to walk out"), not a lone verb ("would be asked to resign": no task named).
    pub(super) fn request_foretold(&self, out: &mut Vec<Demand>) {
        let Verb { doc, ctx, c, a, b, l, .. } = *self;
        let w = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        if l != "asked" || c < a + 2 || w(c - 1) != "be" || w(c + 1) != "to" {
            return;
        }
        // (an adverb between: "would then be asked to …", "will also be told to …")
        let aux = c - 2 - usize::from(c >= a + 3 && (w(c - 2).ends_with("ly") || matches!(w(c - 2), "then" | "also" | "now" | "first")));
        if !matches!(w(aux), "would" | "will") {
            return;
        }
        let at = doc.tokens[c].span;
        let Some(st) = doc.statements.iter().filter(|s| s.kind == StatementKind::Reported && s.text.contains(at)).min_by_key(|s| s.text.len()) else { return };
        let Some(by) = st.speaker.map(|e| Party::Entity(doc.actor_of(e))) else { return };
        let Some(si) = doc.sentence_at(at.start) else { return };
        if (doc.sentences[si].tokens.0..c).any(|j| matches!(w(j), "if" | "unless")) {
            return;
        }
        let wa = skip_marks(doc, c + 2, b);
        let end = vp_end(doc, wa, b, true);
        if end < wa + 2 || (wa..end).any(|j| ctx.tok_quote.at(j).is_some() && ctx.tok_quote.at(j) != ctx.tok_quote.at(c)) {
            return;
        }
        // (the evidence opens at the clause's "that", or where the statement does)
        let from = doc.token_at(st.text.start).max(a);
        let start = (from..aux).rev().find(|&j| w(j) == "that").map_or(from, |j| j + 1);
        let of = subject_before(doc, ctx, aux, start).filter(|np| np.end == aux).and_then(|np| actor_party(doc, &np));
        push(out, DemandKind::Demand, by, of, span(doc, wa, end), span(doc, start, end), l.to_string());
    }

    /// "requested to X that Y be Z", "appealed to X to Z": the addressee follows "to".
    pub(super) fn appealed_to(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, ctx, b, l, is_call, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        // "requested to X that Y be Z", "appealed to X to Z": the addressee follows "to"
        if doc.tokens.get(k).is_some_and(|t| t.lower == "to") && !is_call {
            // (an actor, or a group as written: "appealed to both sides to avoid violence")
            let addressee = match np_at(doc, ctx, k + 1, b) {
                Some(np) => Some((actor_party(doc, &np), np.end)),
                None => match addressee_at(doc, ctx, k + 1, b) {
                    (Some(p), e) => Some((Some(p), e)),
                    _ => None,
                },
            };
            if let Some((who, np_end)) = addressee {
                if doc.tokens.get(np_end).is_some_and(|t| t.lower == "that" || t.lower == "to") {
                    let wa = np_end + 1;
                    let end = vp_end(doc, wa, b, true);
                    if end > wa {
                        push(out, DemandKind::Appeal, by, who, span(doc, wa, end), span(doc, ev_start, end), l.to_string());
                    }
                    return true;
                }
            }
        }
        false
    }

    /// "asked Norway for help", "pressed its allies for firm guarantees": what is asked for
    /// follows "for" after those asked.
    pub(super) fn asked_for_of(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, ctx, b, l, .. } = *self;
        let Found { passive, by, ev_start, k, .. } = *f;
        // "asked Norway for help", "had asked the agency (FEMA) for a grant", "pressed its allies
        // for firm guarantees": what is asked for follows "for" after those asked (not "asked the
        // ministry for comment")
        // (not "asked the Minister for Justice, Jim Roe, to …": the "for" is the office's)
        if matches!(l, "asked" | "ask" | "asks" | "asking" | "pressed" | "press" | "presses" | "pressing" | "pressured" | "pressuring") && !passive && office_then_holder(doc, ctx, k, b).is_none() {
            // (or a group as written: "pressed its allies for …")
            let group = || {
                let f = (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].lower == "for")?;
                let determined = matches!(doc.tokens[k].lower.as_str(), "its" | "their" | "his" | "her" | "our" | "the" | "both" | "all" | "other") || f == k + 1 && (bare_plural_office(doc, k) || bare_plural_of_rulers(doc, k));
                // ("asked the developer three times for …": how often is no part of the group)
                let cut = (k + 1..f).find(|&j| time_phrase_end(doc, j) == Some(f)).unwrap_or(f);
                (determined && (k..cut).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none())).then(|| (Party::Text(span(doc, k, cut)), f))
            };
            if let Some((who, mut f)) = np_at(doc, ctx, k, b).and_then(|np| actor_party(doc, &np).map(|p| (p, np.end))).or_else(group) {
                if doc.tokens.get(f).is_some_and(|t| t.lower == "(") {
                    f = (f + 1..(f + 4).min(b)).find(|&j| doc.tokens[j].lower == ")").map_or(f, |j| j + 1);
                }
                // ("asked TikTok and X for information": one demand, of the first named, as "urged X
                // and Y to …" is; the second a name of capitalised words, "the" before it at most)
                if doc.tokens.get(f).is_some_and(|t| t.lower == "and") {
                    let named = |j: usize| doc.tokens[j].kind == TokenKind::Word && (doc.tokens[j].cap || j == f + 1 && doc.tokens[j].lower == "the");
                    if let Some(g) = (f + 2..(f + 6).min(b)).find(|&j| doc.tokens[j].lower == "for").filter(|&g| (f + 1..g).all(named) && (f + 1..g).any(|j| doc.tokens[j].cap)) {
                        f = g;
                    }
                }
                // ("had asked the Attorney General for advice on whether …": counsel sought, as
                // `asked_for`'s NOT_ASKED has it, no act asked of anyone)
                const NEWS: &[&str] = &["comment", "comments", "clarification", "details", "interview", "reaction", "response", "confirmation", "information", "advice"];
                // ("The Commission said it had asked Rome for information": a body or a state asks
                // for information as a regulator does, a demand; a reporter's is news)
                let body_asks = by.entity().is_some_and(|e| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country));
                let news = |j: usize| NEWS.contains(&doc.tokens[j].lower.as_str()) && !(body_asks && doc.tokens[j].lower == "information");
                if doc.tokens.get(f).is_some_and(|t| t.lower == "for") && !(f + 1..(f + 4).min(b)).any(news) {
                    let end = vp_end(doc, f + 1, b, true);
                    if end > f + 1 {
                        push(out, DemandKind::Appeal, by, Some(who), span(doc, f + 1, end), span(doc, ev_start, end), l.to_string());
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The appeal of no one named for what follows "for" (at `f.k`), to the verb phrase's end,
    /// when it runs at least `min_words` words (shared by `speaker_asks_for` and `asked_for`).
    fn appeal_for(&self, f: &Found, min_words: usize, out: &mut Vec<Demand>) {
        let Verb { doc, b, l, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        let end = vp_end(doc, k + 1, b, true);
        if end > k + min_words {
            push(out, DemandKind::Appeal, by, None, span(doc, k + 1, end), span(doc, ev_start, end), l.to_string());
        }
    }

    /// "We are asking for fuel and medicine": the speaker asks for it, of no one named.
    pub(super) fn speaker_asks_for(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, c, a, l, .. } = *self;
        let Found { passive, k, .. } = *f;
        // ("We are asking for fuel and medicine": the speaker asks for it, of no one named; not
        // "we are not asking for miracles", nor a reporter's "asked for comment")
        if matches!(l, "asking" | "ask") && !passive && doc.tokens.get(k).is_some_and(|t| t.lower == "for") && c >= a + 1 {
            let first_person = |x: usize| matches!(doc.tokens[x].lower.as_str(), "we" | "i");
            let subject_is_speaker = if l == "ask" { first_person(c - 1) } else { c >= a + 2 && matches!(doc.tokens[c - 1].lower.as_str(), "are" | "am" | "'re" | "'m") && first_person(c - 2) };
            if subject_is_speaker {
                self.appeal_for(f, 1, out);
                return true;
            }
        }
        false
    }

    /// "Prosecutor X asked for a sentence of three years": what is asked for, of no one named.
    pub(super) fn asked_for(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, c, a, b, l, .. } = *self;
        let Found { passive, k, .. } = *f;
        // ("Prosecutor X asked for a sentence of three years", "the union asks for a pay rise":
        // what is asked for, of no one named; not a reporter's "asked for comment", nor a source's
        // "asked for anonymity" or "asked for his name to be withheld")
        if matches!(l, "asked" | "asks") && !passive && doc.tokens.get(k).is_some_and(|t| t.lower == "for") && c > a {
            const NOT_ASKED: &[&str] = &["comment", "comments", "clarification", "details", "interview", "interviews", "reaction", "response", "confirmation", "information", "anonymity", "name", "names", "identity", "privacy", "directions", "advice", "it"];
            // ("Hamas had asked for written guarantees that …", "asked for urgent talks": a thing
            // commonly asked for, after one plain modifier or none)
            const ASKED_FOR: &[&str] = &["guarantees", "guarantee", "assurances", "talks", "negotiations", "compensation", "access", "funding", "funds", "aid", "troops", "weapons", "sanctions", "calm", "restraint", "leniency", "clemency", "asylum", "extradition", "reforms", "recount", "ceasefire", "inquiry", "investigation", "resources", "reinforcements"];
            let word = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
            let after = word(k + 1);
            let asked_for = |j: usize| ASKED_FOR.contains(&word(j));
            let modified = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().stopwords.contains(&t.lower)) && asked_for(k + 2);
            if !(k + 1..(k + 4).min(b)).any(|j| NOT_ASKED.contains(&doc.tokens[j].lower.as_str())) && (matches!(after, "a" | "an" | "the" | "more" | "help" | "assistance" | "protection" | "support" | "permission") || asked_for(k + 1) || modified) {
                self.appeal_for(f, 2, out);
                return true;
            }
        }
        false
    }

    /// "demanded that Y Z" (not an assertion: "insisted that the government had already met …").
    pub(super) fn that_clause(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, ctx, b, l, appeal, is_call, is_tell, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        if doc.tokens.get(k).is_some_and(|t| t.lower == "that") {
            // "demanded that Y Z"
            // ("recommended that Chile free …": a recommendation of a report or a panel)
            // ("asked that the case be dismissed": a request of no one named)
            // ("urged that the board publish its accounts", "urged that the fees be cut": an
            // urging put as a "that" clause asks what the clause says, as "urged the board to
            // publish" does; other appeals before "that" ("pleaded that he was innocent",
            // "appealed that …") tell, not ask)
            if appeal && !l.starts_with("request") && !l.starts_with("press") && !l.starts_with("push") && !l.starts_with("recommend") && !l.starts_with("ask") && !l.starts_with("urg") || is_call || is_tell {
                return true;
            }
            // "insisted that the government had already met the demands": an assertion, not a
            // demand (its first auxiliary is indicative, not "must", "should" or a subjunctive)
            if l.starts_with("insist") {
                let first_aux = (k + 1..b.min(k + 10)).map(|x| doc.tokens[x].lower.as_str()).find(|w| {
                    matches!(*w, "had" | "has" | "have" | "was" | "were" | "is" | "are" | "did" | "does" | "must" | "should" | "be" | "would" | "will" | "shall" | "could" | "can" | "might" | "may")
                });
                // ("insisted that only federal agents could deport migrants": what can be, told)
                if first_aux.is_some_and(|w| matches!(w, "had" | "has" | "have" | "was" | "were" | "is" | "are" | "did" | "does" | "could" | "can" | "might" | "may")) {
                    return true;
                }
                // ("insisted that the problems ran deeper than the coach": a verb in the past with
                // no auxiliary tells what was, it asks for nothing)
                const PAST: &[&str] = &["ran", "went", "came", "took", "made", "knew", "grew", "fell", "rose", "left", "lost", "won", "kept", "held", "felt", "saw", "got", "gave", "thought", "found", "meant", "paid", "sent", "spent", "stood", "brought", "bought", "began", "became", "broke", "chose", "did"];
                let past = |x: usize| {
                    let t = &doc.tokens[x];
                    t.kind == TokenKind::Word && !t.cap && (t.lower.len() > 4 && t.lower.ends_with("ed") || PAST.contains(&t.lower.as_str()))
                };
                if first_aux.is_none() && (k + 1..b.min(k + 10)).any(past) {
                    return true;
                }
                // "insisted that Oslo would never sign the deal": a future told, not asked for
                // ("would have to" still obliges)
                let at = (k + 1..b.min(k + 10)).find(|&x| matches!(doc.tokens[x].lower.as_str(), "would" | "will"));
                let obliged = |x: usize| {
                    let y = if doc.tokens.get(x + 1).is_some_and(|t| t.lower == "not") { x + 2 } else { x + 1 };
                    doc.tokens.get(y).is_some_and(|t| matches!(t.lower.as_str(), "have" | "need")) && doc.tokens.get(y + 1).is_some_and(|t| t.lower == "to")
                };
                if first_aux.is_some_and(|w| matches!(w, "would" | "will")) && at.is_some_and(|x| !obliged(x)) {
                    return true;
                }
            }
            let (of, _) = addressee_at(doc, ctx, k + 1, b);
            let end = vp_end(doc, k + 1, b, false);
            if end > k + 1 {
                let second = second_that_clause(doc, k + 1, end).or_else(|| comma_and_that(doc, end, b));
                let end1 = second.map_or(end, |j| if j > k + 2 && doc.tokens[j - 1].lower == "," { j - 1 } else { j });
                push(out, DemandKind::Demand, by, of.filter(|p| matches!(p, Party::Entity(_))), span(doc, k + 1, end1), span(doc, ev_start, end1), l.to_string());
                if let Some(j) = second {
                    let (of2, _) = addressee_at(doc, ctx, j + 2, b);
                    let end2 = vp_end(doc, j + 2, b, false);
                    if end2 > j + 3 {
                        push(out, DemandKind::Demand, by, of2.filter(|p| matches!(p, Party::Entity(_))), span(doc, j + 2, end2), span(doc, j + 1, end2), l.to_string());
                    }
                }
            }
            return true;
        }
        false
    }
}

/// "demanded that the mayor resign and that a judge examine the deal": a second "that" clause
/// after "and" whose subject is to act (an active verb) holds a demand of its own, asked of that
/// subject (who may be no one named), as the golds hold; the first ends before it. Not a passive
/// second clause ("… be freed and that an inquiry be opened into …", "… and that workers who fall
/// ill be compensated"): a state of things asked for, which the golds keep in one demand with the
/// first. The "and that" at `j` (after at least two words of the first clause, before `end`).
fn second_that_clause(doc: &Doc, a: usize, end: usize) -> Option<usize> {
    (a + 2..end.saturating_sub(3)).find(|&j| doc.tokens[j].lower == "and" && doc.tokens[j + 1].lower == "that").filter(|&j| active_clause(doc, j + 2, end))
}

/// "demanded that the mayor resign, and that a judge examine the deal": the same second clause
/// as `second_that_clause`'s, written after a comma. `vp_end` stops the first clause at the
/// comma, so the second was lost; read on past ", and that" at `end` (the first clause's end),
/// on the same terms (an active second clause, no "be" in its first ten words). The "and" at
/// `end + 1`.
fn comma_and_that(doc: &Doc, end: usize, b: usize) -> Option<usize> {
    let word = |j: usize| doc.tokens.get(j).filter(|_| j < b).map_or("", |t| t.lower.as_str());
    if word(end) != "," || word(end + 1) != "and" || word(end + 2) != "that" {
        return None;
    }
    let j = end + 1;
    let end2 = vp_end(doc, j + 2, b, false);
    (end2 > j + 3 && active_clause(doc, j + 2, end2)).then_some(j)
}

/// The clause from token `s` to `end` is active: no "be" in its first ten words ("that an
/// inquiry be opened" is a passive, a state of things asked for).
fn active_clause(doc: &Doc, s: usize, end: usize) -> bool {
    !(s..end.min(s + 10)).any(|x| doc.tokens[x].lower == "be")
}

/// "we're", "they’re", "I'm": a pronoun and "are"/"am" in one token, the auxiliary of a passive
/// ("We're told to stay behind the till": the speaker is the one told, and who tells is not said).
/// Not "'s", which is "has" as often ("she's told him to …").
fn contracted_be(w: &str) -> bool {
    w.len() > 2 && (w.ends_with("'re") || w.ends_with("’re") || w.ends_with("'m") || w.ends_with("’m"))
}
