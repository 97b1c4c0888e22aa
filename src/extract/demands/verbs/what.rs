//! What is asked, once the addressee is known: "insisted on", an object that is itself what is
//! demanded ("demanded a return to democracy", "urged restraint"), and the demand built from the
//! infinitive ("urged Y to Z") or what "called for" names.

use super::*;

impl Verb<'_> {
    /// "insisted on a full investigation": what follows "on" is demanded.
    pub(super) fn insisted_on(&self, f: &Found, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, b, l, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        if l.starts_with("insist") && doc.tokens.get(k).is_some_and(|t| t.lower == "on") {
            let end = vp_end(doc, k + 1, b, true);
            if end > k + 1 {
                push(out, DemandKind::Demand, by, None, span(doc, k + 1, end), span(doc, ev_start, end), l.to_string());
            }
            return true;
        }
        false
    }

    /// "demanded a return to democracy": an object that names no one is itself what is
    /// demanded, even with a "to" after it (not so "demanded the council to …").
    fn names_someone(&self, p: &Option<Party>) -> bool {
        let doc = self.doc;
        match p {
            Some(Party::Entity(_)) => true,
            Some(Party::Text(sp)) => doc.slice(*sp).split_whitespace().last().is_some_and(|w| {
                let lex = Lexicon::get();
                let lw = crate::lexicon::fold(w);
                lex.speaker_nouns.contains(&lw) || lex.person_nouns.contains(&lw) || lex.org_words.contains(w) || lex.is_org_word_lower(&lw)
            }),
            None => false,
        }
    }

    /// No object to read: a cue that ends the text, or an attempt ("has sought to join the bloc").
    pub(super) fn no_object(&self, f: &Found) -> bool {
        let Verb { doc, l, .. } = *self;
        let k = f.k;
        // (a cue that ends the text has no object to read)
        if k >= doc.tokens.len() {
            return true;
        }
        // "has sought to join the bloc": an attempt, not a demand ("sought talks" is one)
        if matches!(l, "sought" | "seek" | "seeks" | "seeking") && doc.tokens[k].lower == "to" {
            return true;
        }
        false
    }

    /// "urged restraint", "demanded an immediate admission by Moscow": an object that is itself
    /// what is demanded or appealed for.
    pub(super) fn nominal(&self, f: &Found, o: &Object, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, ctx, b, l, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        let Object { of, obj_end, to, .. } = *o;
        // "urged restraint", "urged an end to the fighting": an appeal whose object names no
        // one (not a pronoun: "urged them") is what is appealed for
        // ("encouraged dialogue", "encouraged “free and fair” elections": the same, a quoted word
        // opening the object too)
        let quoted_open = doc.tokens[k].kind == TokenKind::Quote && doc.tokens.get(k + 1).is_some_and(|x| x.kind == TokenKind::Word);
        let urged_thing = (l.starts_with("urg") || l.starts_with("encourag")) && to.is_none() && obj_end > k && !self.names_someone(&of) && !is_pronoun(&doc.tokens[k].lower) && (doc.tokens[k].kind == TokenKind::Word || quoted_open);
        let nominal = NOMINAL.contains(&l) && (to.is_none() || !self.names_someone(&of)) || urged_thing;
        if nominal {
            // "demanded an immediate admission by Moscow", "demanding autonomy from Serbian authorities"
            let end = vp_end(doc, k, b, true);
            if end <= k {
                return true;
            }
            // ("… as long as the government of Tarvia requests it", "… as long as allies request
            // it - Hale": a bare pronoun as the object names nothing asked for, and a
            // demand "it" by the words before the verb was read)
            if !urged_thing && is_pronoun(&doc.tokens[k].lower) && doc.tokens.get(k + 1).is_none_or(|x| k + 1 >= end || x.kind != TokenKind::Word) {
                return true;
            }
            // ("demanded an apology from its chairman, Jane Roe": a description of a few words in
            // lower case, named right after it in commas, is that person)
            let apposed = |j: usize| {
                let c = (j + 2..(j + 6).min(end)).find(|&c| doc.tokens[c].lower == ",")?;
                if !(j + 1..c).all(|x| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap) {
                    return None;
                }
                let m = ctx.tok_mention.get(c + 1)?;
                let e = doc.mentions[m].entity;
                (doc.token_at(doc.mentions[m].span.start) == c + 1 && doc.entities[e].kind == EntityKind::Person).then(|| Party::Entity(doc.actor_of(e)))
            };
            let from = (k..end).find(|&j| matches!(doc.tokens[j].lower.as_str(), "from" | "by")).and_then(|j| np_at(doc, ctx, j + 1, end).and_then(|np| actor_party(doc, &np)).or_else(|| apposed(j)));
            let kind = if urged_thing { DemandKind::Appeal } else { DemandKind::Demand };
            push(out, kind, by, from, span(doc, k, end), span(doc, ev_start, end), l.to_string());
            return true;
        }
        false
    }

    /// The demand of the infinitive ("urged Y to Z") or of what "called for" names, with a second
    /// addressee after "and on".
    pub(super) fn build(&self, f: &Found, o: Object, out: &mut Vec<Demand>) {
        let Verb { doc, ctx, b, l, appeal, is_call, .. } = *self;
        let Found { by, ev_start, k, .. } = *f;
        let Object { mut of, obj_end, to, negated } = o;
        let (what_a, kind) = match to {
            Some(j) if j + 1 < b => (j + 1, if appeal || is_call { DemandKind::Appeal } else { DemandKind::Demand }),
            None if is_call && doc.tokens[k - 1].lower == "for" => (k, DemandKind::Appeal),
            _ => return,
        };
        // the object of "called for" is itself an addressee when "to" follows it
        if is_call && to.is_some() && !matches!(of, Some(Party::Entity(_))) {
            let t = to.unwrap_or(k);
            let mentioned = (k..t).find_map(|j| ctx.tok_mention.at(j).map(|m| doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind.is_actor());
            // "Ukrainian troops": the demonym names the state addressed
            let demonym = || (k..t).filter(|&j| !crate::extract::np::continental_american(doc, j)).find_map(|j| doc.country_of_adjective(&doc.tokens[j].lower));
            if let Some(e) = mentioned.or_else(demonym) {
                of = Some(Party::Entity(doc.actor_of(e)));
            }
        } else if is_call && to.is_none() {
            of = None;
        }
        let what_a = skip_marks(doc, what_a, b);
        let end = vp_end(doc, what_a, b, true);
        if end > what_a {
            let what_a = if negated && to == Some(obj_end) { obj_end - 1 } else { what_a };
            // "called on Rwanda to withdraw its troops and on the rebels to halt their offensive":
            // a second addressee and what is asked of it, after "and on"
            let second = (is_call && k > 0 && doc.tokens[k - 1].lower == "on")
                .then(|| (what_a + 1..end.saturating_sub(3)).find(|&j| doc.tokens[j].lower == "and" && doc.tokens[j + 1].lower == "on"))
                .flatten()
                .and_then(|j| match addressee_at(doc, ctx, j + 2, b) {
                    (Some(p), e) if doc.tokens.get(e).is_some_and(|t| t.lower == "to") => Some((j, p, e + 1)),
                    _ => None,
                });
            match second {
                Some((j, of2, wa2)) => {
                    let end2 = vp_end(doc, wa2, b, true);
                    push(out, kind, by, of, span(doc, what_a, j), span(doc, ev_start, j), l.to_string());
                    if end2 > wa2 {
                        push(out, kind, by, Some(of2), span(doc, wa2, end2), span(doc, j + 1, end2), l.to_string());
                    }
                }
                None => push(out, kind, by, of, span(doc, what_a, end), span(doc, ev_start, end), l.to_string()),
            }
        }
    }
}
