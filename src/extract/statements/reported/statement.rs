//! The statement of each attribution found: its clause, text, what it is about.

use super::*;

impl Sentence<'_> {
    /// The statements of the attribution `f` (`next` the one found after it in the sentence, where
    /// its clause ends; `target` what it is merged into, `push_or_merge`): one per speaker, with
    /// its text, cue and what it is about; none where it says nothing of its own.
    pub(super) fn statement(&self, f: &Found, next: Option<&Found>, target: Option<(usize, usize)>, out: &mut Vec<Statement>, spans: &mut Vec<usize>) {
        let Sentence { doc, ctx, b, .. } = *self;
        let att = &f.att;
        let subj = att.subject;
        let cue_start = doc.token_at(att.cue_span.start);
        let cue_end = doc.token_at(att.cue_span.end);
        // the clause ends where the next attribution's clause begins
        let clause_b = self.clause_end(f, next);
        // (what the statement's span covers: up to a semicolon, over coordinated clauses, as
        // news annotation reads "X said A, and B"; what it is about and whether it says
        // anything of its own stay with its first clause)
        // (", while Oslo urged …": a contrast whose clause opens with another named actor
        // ends it, even where that clause has no cue of speech)
        let clause_b = (cue_end.max(subj.1)..clause_b)
            .find(|&j| {
                ctx.tok_quote.at(j).is_none() && doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "while" | "whereas"))
                    && ctx.tok_mention.get(j + 2).is_some_and(|m| {
                        let e = doc.actor_of(doc.mentions[m].entity);
                        doc.entities[e].kind.is_actor() && !att.speakers.contains(&e)
                    })
            })
            .unwrap_or(clause_b);
        let span_b = (cue_end.max(subj.1)..clause_b).find(|&j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].lower == ";").unwrap_or(clause_b);
        // ", and discussions were scheduled …": a coordinated clause is not part of it
        let clause_b = (cue_end.max(subj.1)..clause_b)
            .find(|&j| ctx.tok_quote.at(j).is_none() && (doc.tokens[j].lower == ";" || doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "and" | "but")) && opens_clause_after_and(doc, j + 2) && !ends_place_list(doc, ctx, j) && !verb_with_its_object(doc, j + 2)))
            .unwrap_or(clause_b);
        let text = self.text_span(f, clause_b);
        if text.is_empty() {
            return;
        }
        if !self.says_enough(f, text, clause_b) {
            return;
        }
        let (subject_span, venue_end) = self.speaker_phrase(f);
        // (after a verb of saying, knowing or finding: "X said A, and B", "polls showed A, and
        // B"; not after an accusation or a denial, whose object is the whole of it)
        let says = cue_at(doc, cue_start).or_else(|| that_verb(doc, cue_start)).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Announce | CueClass::Write));
        // ("According to X, A, and B": after its source too)
        // ("A, according to X, and B": and before it, the coordinated clause having a subject)
        let span_end = if span_b > clause_b && (says || f.according) { end_of(doc, span_b) } else { text.end };
        let about_text = self.about_text(f, text);
        // ("X said A but asked the council to delay the vote": a request coordinated with a
        // report runs the one statement on, but is the demands' appeal; the statement stays
        // about what was reported, as the shared example gold holds "said … and urged the US
        // … to …"; not "accused X of \"handing a citizen over to foreigners\"", whose "to"
        // is no request's)
        let request = target.is_some() && cue_at(doc, cue_start).is_some_and(|(lemma, ..)| lemma != "accuse") && asked_to_do(doc, ctx, cue_end, b);
        let backshift = request && backshifted(doc, cue_start);
        if att.speakers.is_empty() {
            // ("Tallinn's mayor said …" is not about Tallinn)
            let about = outside(about_text, subject_span).into_iter().flat_map(|part| actors_in_unnamed(doc, ctx, part, att.text)).fold(Vec::new(), |mut v, e| {
                if !v.contains(&e) {
                    v.push(e);
                }
                v
            });
            let about = if request { Vec::new() } else { about };
            push_or_merge(out, spans, Statement { kind: StatementKind::Reported, speaker: None, speaker_text: att.text, unattributed: None, text, cue: att.cue.clone(), cue_span: Some(att.cue_span), about }, span_end, target);
            return;
        }
        let object: Vec<usize> = if cue_at(doc, cue_start).is_some_and(|(_, _, obj, _)| obj) { np_at(doc, ctx, cue_end, b).map(|o| o.entities).unwrap_or_default() } else { Vec::new() };
        // ("told CNN": a medium is where it was said, not what about)
        let mut object: Vec<usize> = object.into_iter().filter(|&e| !named_as_venue(doc, e, Span::new(doc.tokens[cue_start].span.end, text.end))).collect();
        // ("told the court the pair had …": a body told by its common noun is the audience)
        let told_body = crate::extract::np::told_form(&doc.tokens[cue_start].lower) && doc.tokens.get(cue_end).is_some_and(|x| x.lower == "the" && doc.tokens.get(cue_end + 1).is_some_and(|y| !y.cap));
        object.retain(|&e| !(told_body && doc.entities[e].kind == EntityKind::Organization));
        // (who is spoken to, as after "told": "said to Moscow that …" is about Moscow, "said to
        // CNN that …" not: an organisation spoken to is, as after "told", a medium)
        if venue_end > cue_start && self.addressed(cue_start, cue_end) {
            let to = np_at(doc, ctx, cue_end + 1, b).map(|o| o.entities).unwrap_or_default();
            for e in to {
                if doc.entities[e].kind != EntityKind::Organization && !object.contains(&e) {
                    object.push(e);
                }
            }
        }
        for &speaker in &att.speakers {
            let mut about: Vec<usize> = object.iter().copied().filter(|&e| e != speaker).collect();
            // (what is named only inside the speaker phrase is not; an adjective counts as a mention)
            for part in outside(about_text, subject_span) {
                for e in actors_in(doc, ctx, part, &att.speakers, Some(speaker)) {
                    if !about.contains(&e) {
                        about.push(e);
                    }
                }
            }
            if backshift {
                about.retain(|&e| doc.entities[e].kind == EntityKind::Person);
            } else if request {
                about.clear();
            }
            push_or_merge(out, spans, Statement { kind: StatementKind::Reported, speaker: Some(speaker), speaker_text: None, unattributed: None, text, cue: att.cue.clone(), cue_span: Some(att.cue_span), about }, span_end, target);
        }
    }

    /// (nor where it was said, between the cue and "that": "said in a Facebook post
    /// that …", "said on Monday in a letter to the council that …")
    /// (nor to whom a verb of saying spoke: "stated to the Daily Planet that …", "said
    /// to reporters that …"; not "is said to have …")
    fn addressed(&self, cue_start: usize, cue_end: usize) -> bool {
        let doc = self.doc;
            doc.tokens.get(cue_end).is_some_and(|x| x.lower == "to")
                && doc.tokens.get(cue_end + 1).is_some_and(|x| !matches!(x.lower.as_str(), "be" | "have" | "been" | "do"))
                && cue_at(doc, cue_start).is_some_and(|(_, class, _, _)| class == CueClass::Speech)
    }

    /// The speaker phrase of `f` as a span, which is not what the statement is about, and the
    /// token where it ends with where and to whom it was said (`told_venue`): the speaker with
    /// titles, an aside, an appositive or a relative clause before the cue, and the place, time
    /// or hearer between the cue and "that".
    fn speaker_phrase(&self, f: &Found) -> (Span, usize) {
        let Sentence { doc, ctx, a, b, .. } = *self;
        let att = &f.att;
        let subj = att.subject;
        let cue_start = doc.token_at(att.cue_span.start);
        let cue_end = doc.token_at(att.cue_span.end);
        // the speaker phrase with its titles ("Ukrainian President …") is not what it is about
        // (and an aside in dashes or brackets right after it: "ministers of the bloc — Chile,
        // Peru and Norway — said …" is not about its members)
        let mut subj_end = subj.1;
        if let Some(open) = doc.tokens.get(subj_end).map(|x| x.lower.to_string()).filter(|o| matches!(o.as_str(), "—" | "–" | "(")) {
            let close = if open == "(" { ")".to_string() } else { open };
            if let Some(j) = (subj_end + 1..cue_start).find(|&j| doc.tokens[j].lower == close) {
                subj_end = j + 1;
            }
        }
        // (nor an appositive, an affiliation or a relative clause between the name and its
        // cue: "Jane Roe, chief economist at Quill Capital, said …", "Jane Roe of Samoa told
        // …", "Jane Roe from the Quill Institute says …", "the union, which represents dock workers in Norway, said …" say who speaks)
        // (after an abbreviation's full stop too: "Vexoil Ltd., the Oslo-based refiner, said")
        let abbreviation_stop = doc.tokens.get(subj_end).is_some_and(|x| x.lower == ".") && doc.tokens.get(subj_end + 1).is_some_and(|x| x.lower == ",");
        // (a relative clause may run longer: "X, who was arrested during a protest in the
        // port city of Y, in the western Z region, in May and released on bail, said …")
        let relative = doc.tokens.get(subj_end).is_some_and(|x| x.lower == ",") && doc.tokens.get(subj_end + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which"));
        let relative = relative || described_with_relative(doc, subj_end, cue_start);
        if let Some(j) = (relative && !f.content_before).then(|| description_before_first_verb(doc, ctx, subj_end, cue_start)).flatten() {
            subj_end = j;
        } else if !f.content_before && f.coord.is_none() && subj_end < cue_start && cue_start <= subj_end + if relative { 36 } else { 24 } && (matches!(doc.tokens[subj_end].lower.as_str(), "," | "of" | "at" | "from") || abbreviation_stop)
            && (subj_end..cue_start).all(|j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote)
        {
            subj_end = cue_start;
        }
        // (an appeal coordinated before the cue, "the charity called on Y to Z and warned that
        // …", is part of what is said and Y of what it is about: the probe golds of sets 16–171
        // list the one appealed to in about in nearly every such statement that names it)
        // ("said at a rally outside City Hall that …", "said at the summit that …": where,
        // as after "in" or "on"; not "said at least 40 people …")
        let at_venue = || doc.tokens.get(cue_end).is_some_and(|x| x.lower == "at") && doc.tokens.get(cue_end + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the") || x.cap);
        let venue_end = if subj_end == cue_start && (doc.tokens.get(cue_end).is_some_and(|x| matches!(x.lower.as_str(), "in" | "on")) || at_venue() || self.addressed(cue_start, cue_end)) {
            // (a person's name apposed between commas is part of it: "said in a statement
            // signed by its spokesman, Jane Roe, that …" is not about Roe)
            let person = |j: usize| j < b && doc.person_at_token(j);
            let apposed = |j: usize| doc.tokens[j].lower == "," && (person(j + 1) || j > cue_end && person(j - 1));
            let wide = (cue_end..(cue_end + 13).min(b)).filter(|&j| doc.tokens[j].lower == "," && person(j + 1)).count() * 6;
            (cue_end..(cue_end + 9 + wide).min(b)).take_while(|&j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote && (doc.tokens[j].lower != "," || apposed(j))).find(|&j| doc.tokens[j].lower == "that").unwrap_or(subj_end)
        } else if subj_end == cue_start {
            told_venue(doc, ctx, cue_start, cue_end, b).unwrap_or(subj_end)
        } else {
            subj_end
        };
        // ("…, said Jane Roe, an economist at the Bank of Vexmoor.": a speaker named after the
        // cue, then a description of her that closes the sentence: who speaks, not what about)
        let venue_end = if f.content_before && !f.according && subj.0 >= cue_end { description_after_speaker(doc, ctx, subj.1, b).unwrap_or(venue_end) } else { venue_end };
        let subject_span = tspan(doc, extend_subject_left(doc, subj.0, a).min(subj.0), venue_end);
        (subject_span, venue_end)
    }

    /// What the statement of `f` (its text `text`) is about: its text, up to a clause coordinated
    /// after it that asks or adds on its own, what the writer sets beside it, or when a feeling
    /// was expressed; from a participle after a comma on.
    fn about_text(&self, f: &Found, text: Span) -> Span {
        let Sentence { doc, ctx, a, .. } = *self;
        let att = &f.att;
        let cue_start = doc.token_at(att.cue_span.start);
        let cue_end = doc.token_at(att.cue_span.end);
        // (what a clause coordinated after it asks or adds is its own demand or statement:
        // "said A but demanded that Y …", "said A and urged Y to …", "said A, citing Z")
        // (nor, after an expressed feeling, when or where it was expressed: "expressed
        // optimism in an interview following Roe's visit")
        let expressed = cue_at(doc, cue_start).is_some_and(|(_, class, _, _)| class == CueClass::Express);
        let tb_tok = doc.token_at(text.end);
        let when = (cue_end..tb_tok).find(|&j| expressed && matches!(doc.tokens[j].lower.as_str(), "following" | "after" | "during" | "before"));
        // (", adding that …" after a cue with nothing said of its own, "he told reporters in
        // Doha, adding that …", is what is said)
        let bare = |j: usize| j > cue_end && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "adding" | "noting" | "stressing")) && (cue_end..j).all(|k| ctx.tok_quote.at(k).is_none() && doc.tokens[k].lower != "that") && j <= cue_end + 4;
        let cut = coordinated_appeal(doc, cue_end, tb_tok).filter(|&j| !bare(j));
        // (nor what the writer sets beside it after ", as" and a new subject: "X accused Y of
        // …, as a fast-moving fire forced thousands to leave Z", ", as more than 40 MPs …")
        let cut = cut.or_else(|| writers_as(doc, ctx, cue_end, tb_tok));
        let about_text = Span::new(text.start, cut.into_iter().chain(when).min().map_or(text.end, |j| doc.tokens[j].span.start).max(text.start));
        // ("X gave the party until Friday to approve the budget, warning that …": what a
        // participle after a comma says starts at it; the clause before is the writer's)
        let participle = cue_start > a && doc.tokens[cue_start - 1].lower == "," && doc.tokens[cue_start].lower.ends_with("ing") && !f.according;
        let about_text = if participle && about_text.start < doc.tokens[cue_start].span.start && doc.tokens[cue_start].span.start < about_text.end { Span::new(doc.tokens[cue_start].span.start, about_text.end) } else { about_text };
        about_text
    }

    /// Where the clause of `f` ends: where the clause of `next`, the attribution after it in the
    /// sentence, begins (its coordinator, the antecedent of its relative clause, the comma of
    /// its apposition, or the clause break before it); else the sentence's end.
    fn clause_end(&self, f: &Found, next: Option<&Found>) -> usize {
        let Sentence { doc, a, b, .. } = *self;
        let att = &f.att;
        let subj = att.subject;
        let cue_end = doc.token_at(att.cue_span.end);
        next.map(|n| {
            if let Some(k) = n.coord {
                return k;
            }
            let from = cue_end.max(subj.1);
            // ("X dismissed criticism from Tom Hale, who had said …": the antecedent of the
            // next one's relative clause ends this clause)
            let (s0, s1) = n.att.subject;
            let relative_at = |j: usize| doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which"));
            // (not after a clause's break: "…, while one shareholder, who asked not to be
            // named, said …" opens the next clause with its subject)
            if s0 > from && (relative_at(s1) || doc.tokens.get(s1).is_some_and(|x| x.lower == ",") && relative_at(s1 + 1)) && doc.token_at(n.att.cue_span.start) > s1 && !(from..s0).any(|j| clause_break(&doc.tokens[j].lower)) {
                return s1;
            }
            // ("…, a claim Kyiv denied": the comma before the noun of saying in apposition)
            if s0 > from + 3 && (Lexicon::get().is_content_noun(&doc.tokens[s0 - 1].lower) || doc.tokens[s0 - 1].lower == "that" && Lexicon::get().is_content_noun(&doc.tokens[s0 - 2].lower)) {
                if let Some(j) = (s0.saturating_sub(4).max(from)..s0).rev().find(|&j| doc.tokens[j].lower == ",") {
                    return j;
                }
            }
            (from..n.att.subject.0).rev().find(|&j| clause_break(&doc.tokens[j].lower)).map(|j| if j > a && doc.tokens[j - 1].lower == "," { j - 1 } else { j }).unwrap_or_else(|| {
                // ("… was mishandled and Varga accused …": the "and" belongs to neither)
                let s0 = n.att.subject.0;
                if s0 > a && matches!(doc.tokens[s0 - 1].lower.as_str(), "and" | "but") || with_participle(doc, s0, doc.token_at(n.att.cue_span.start)) { s0 - 1 } else { s0 }
            })
        }).unwrap_or(b)
    }

    /// The text of the statement of `f`, whose clause ends at `clause_b`: from the speaker (with
    /// its titles) to the clause end; the content before the speaker when it comes first; what
    /// a source ("according to X") stands beside.
    fn text_span(&self, f: &Found, clause_b: usize) -> Span {
        let Sentence { doc, a, .. } = *self;
        let att = &f.att;
        let subj = att.subject;
        let cue_start = doc.token_at(att.cue_span.start);
        if let Some(k) = f.coord {
            Span::new(doc.tokens[k + 1].span.start, end_of(doc, clause_b))
        } else if f.according {
            // ("The deal, according to Roe, is dead.": a source in commas inside the clause;
            // the clause whole is what is reported, not a relative clause after the source,
            // "…, according to Roe, who …")
            let parenthetical = cue_start > a + 1
                && doc.tokens[cue_start - 1].lower == ","
                && doc.tokens.get(subj.1).is_some_and(|x| x.lower == ",")
                && subj.1 + 2 < clause_b
                && doc.tokens.get(subj.1 + 1).is_some_and(|x| {
                    // (the clause's verb goes on after it: not an apposition to the source,
                    // "according to Roe, head of the centre, and others")
                    let w = x.lower.as_str();
                    x.kind == TokenKind::Word && !x.cap && (matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "did" | "does") || w.len() > 3 && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")))
                });
            if parenthetical {
                Span::new(doc.tokens[after_intros(doc, a, cue_start)].span.start, end_of(doc, clause_b))
            } else if f.content_before {
                let stop = if cue_start > a && doc.tokens[cue_start - 1].lower == "," { cue_start - 1 } else { cue_start };
                let from = after_intros(doc, a, stop);
                tspan(doc, from, stop.max(from + 1))
            } else {
                let mut from = (subj.1..clause_b).find(|&j| doc.tokens[j].lower == ",").map(|j| j + 1).unwrap_or(subj.1).min(clause_b.max(1) - 1);
                // ("According to two officials, who spoke on condition of anonymity, talks
                // …": a relative clause on the source is no content)
                if doc.tokens.get(from).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which")) {
                    if let Some(c) = (from + 1..clause_b).find(|&j| doc.tokens[j].lower == ",").filter(|&c| c + 1 < clause_b) {
                        from = c + 1;
                    }
                }
                Span::new(doc.tokens[from].span.start, end_of(doc, clause_b))
            }
        } else if f.content_before {
            Span::new(doc.tokens[after_intros(doc, a, subj.0.min(cue_start))].span.start, end_of(doc, clause_b))
        } else {
            Span::new(doc.tokens[extend_subject_left(doc, subj.0.min(cue_start), a)].span.start, end_of(doc, clause_b))
        }
    }

    /// Whether the statement of `f` (its text `text`, its clause ending at `clause_b`) says
    /// something of its own outside quotes, the speaker and the cue: three words, or fewer
    /// where they say enough (a stance towards an actor, "as much", a quoted predicate after a
    /// subject and a modal, …).
    ///
    /// without content outside quotes, the speaker and the cue, the quotes say it all
    fn says_enough(&self, f: &Found, text: Span, clause_b: usize) -> bool {
        let Sentence { doc, ctx, a, .. } = *self;
        let att = &f.att;
        let subj = att.subject;
        let cue_start = doc.token_at(att.cue_span.start);
        let cue_end = doc.token_at(att.cue_span.end);
        let (ta, tb) = (doc.token_at(text.start), doc.token_at(text.end));
        // (an appositive between speaker and cue is not content either)
        let (na, nb) = (subj.0.min(cue_start), subj.1.max(cue_end));
        // ("“…,” the union's spokesman, Jane Roe, said": a description of the speaker between
        // the quote and the name is no content either)
        let na = match (a + 2..na).rev().take(12).find(|&j| doc.tokens[j].kind == TokenKind::Quote) {
            // ("“…,” the head of the INGD, Jane Roe, told AFP": an office of a body or place, too)
            Some(q) if f.content_before && q + 2 < na && doc.tokens[na - 1].lower == "," && (described_speaker(doc, q + 1, na - 1) || office_of_field(doc, q + 1, na - 1)) => q + 1,
            _ => na,
        };
        // (when the content comes first and only an addressee or a time follows the cue,
        // only the words before the speaker are content: "“…,” Roe told the Harbor News.")
        // (nor is a participle phrase that describes the speaker: "“…,” Roe said, looking
        // tired.", "…, an official said, speaking on condition of anonymity.", not "…, going on
        // to say …", nor before the quote's second part)
        let manner_tail = doc.tokens.get(nb).is_some_and(|x| x.lower == ",")
            && doc.tokens.get(nb + 1).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && x.lower.ends_with("ing") && x.lower != "going" && ctx.tok_quote.at(nb + 1).is_none())
            && cue_at(doc, nb + 1).is_none_or(|(lemma, ..)| lemma == "speak")
            && (nb..clause_b).all(|j| doc.tokens[j].kind != TokenKind::Quote);
        // (nor the topic of a quote said before: "“…,” Roe said of the plan.")
        let topic_tail = doc.tokens.get(nb).is_some_and(|x| matches!(x.lower.as_str(), "of" | "about"))
            && clause_b <= nb + 7
            && (nb..clause_b).all(|j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "that" | "," | ":"));
        // (nor when or after what it was said: "“…,” Roe said after the vote failed."; a
        // passive's content is its subject: "“…” was written by Roe after …")
        let passive = cue_start > a && matches!(doc.tokens[cue_start - 1].lower.as_str(), "was" | "were" | "is" | "are" | "been" | "be");
        let time_tail = !passive && doc.tokens.get(nb).is_some_and(|x| matches!(x.lower.as_str(), "after" | "before" | "when" | "while" | "as" | "during" | "following" | "since" | "until" | "upon"))
            && (nb..clause_b).all(|j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "that" | ":"));
        // (and any other tail: with the content first, no complement follows the cue, so
        // what does is circumstance: "“…,” Roe wrote on X alongside a photo of the men.")
        // (not after a comma, which may open a report of its own: "…, going on to say …",
        // "…, urging the EU to …")
        let circumstance = f.content_before && !f.according && (ta..na).all(|j| doc.tokens[j].kind != TokenKind::Word || ctx.tok_quote.at(j).is_some())
            && (nb..clause_b).all(|j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "," | "that" | ":" | ";"));
        // ("“… Now there is only one nurse here,” she told AFP, holding …": a sentence that
        // opens with the speaker right after a quote's closing comma and mark is that quote's
        // attribution, its content the quote)
        let quote_attribution = !f.content_before && !f.according && subj.0 == a && a >= 2 && doc.tokens[a - 1].kind == TokenKind::Quote && doc.tokens[a - 2].lower == ",";
        let tb = if (f.content_before || quote_attribution) && !f.according && (addressee_tail(doc, nb, clause_b) || manner_tail || topic_tail || time_tail || circumstance) { tb.min(na) } else { tb };
        let own = (ta..tb).filter(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none() && !(na..nb).contains(&j)).count();
        // ("X said as much", "Y indicated as much": the content is what came before)
        let as_much = !f.content_before && doc.tokens.get(cue_end).is_some_and(|x| x.lower == "as") && doc.tokens.get(cue_end + 1).is_some_and(|x| x.lower == "much");
        own >= 3 || as_much || self.short_but_enough(f, own, nb, tb, clause_b)
    }

    /// Whether the statement of `f`, with fewer than three words of its own (`own`; `nb` where the
    /// speaker phrase and the cue end, `tb` where its own words end, `clause_b` its clause's end),
    /// says enough all the same: a stance towards an actor named as the object, a denial or a
    /// judgement with its short object, a subject and a modal before a quoted predicate, a short
    /// subject after "according to X,", a pronoun and its copula before a quote.
    fn short_but_enough(&self, f: &Found, own: usize, nb: usize, tb: usize, clause_b: usize) -> bool {
        let Sentence { doc, ctx, a, b, .. } = *self;
        let att = &f.att;
        let cue_start = doc.token_at(att.cue_span.start);
        let cue_end = doc.token_at(att.cue_span.end);
        // ("The union endorsed Varga.", "Quist has attacked Hale": a stance towards an actor
        // named as the object says enough on its own)
        // (and an accusation whose charge is quoted: "accused Hale of “losing control”")
        let actor_object = || {
            let class = cue_at(doc, cue_start).filter(|&(_, class, obj, _)| obj && matches!(class, CueClass::Accuse | CueClass::Belief | CueClass::Speech)).map(|(_, class, _, _)| class);
            // (with a bare plural accused, which is no noun phrase here: 'accused ministers
            // of "declaring war on the countryside"')
            let bare_charge = || (cue_end + 1..(cue_end + 4).min(b)).find(|&x| matches!(doc.tokens[x].lower.as_str(), "of" | "for")).is_some_and(|x| doc.tokens.get(x + 1).is_some_and(|t| t.kind == TokenKind::Quote) && (cue_end..x).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap));
            class.is_some_and(|class| {
                class == CueClass::Accuse && bare_charge() || np_at(doc, ctx, cue_end, b).is_some_and(|o| {
                    let charge = class == CueClass::Accuse && doc.tokens.get(o.end).is_some_and(|t| matches!(t.lower.as_str(), "of" | "for")) && doc.tokens.get(o.end + 1).is_some_and(|t| t.kind == TokenKind::Quote);
                    (o.end == tb.min(clause_b).max(cue_end) || charge) && o.entities.iter().any(|&e| doc.entities[e].kind.is_actor())
                })
            })
        };
        // ("Oslo rejected the charge.", "Moscow denied that.", "The union expressed
        // concern.", "Norway welcomed the decision."): a denial, an expressed feeling or a
        // judgement of something says enough with its short object
        let short_stance = || {
            cue_at(doc, cue_start).is_some_and(|(lemma, class, _, _)| {
                matches!(class, CueClass::Deny | CueClass::Express) || matches!(lemma, "criticize" | "condemn" | "denounce" | "praise" | "welcome" | "hail" | "applaud" | "commend" | "decry" | "slam" | "lambaste")
            })
        };
        // ("she said Norway would “not back down”": an actor and a modal before the quoted
        // rest of the clause say who will do what)
        let actor_modal = || {
            let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
            ctx.tok_mention.get(k).is_some_and(|m| {
                let after = doc.token_at(doc.mentions[m].span.end);
                doc.entities[doc.actor_of(doc.mentions[m].entity)].kind.is_actor()
                    && doc.tokens.get(after).is_some_and(|x| matches!(x.lower.as_str(), "would" | "will" | "could" | "should" | "must" | "can" | "may"))
                    && doc.tokens.get(after + 1).is_some_and(|x| x.kind == TokenKind::Quote)
            })
        };
        // ('said ministers must "stand firm"': a bare noun and a modal before the quoted
        // rest of the clause, too)
        let noun_modal = || {
            let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
            let lex = Lexicon::get();
            // (not in a headline or a standfirst, a line with no full stop, whose clipped
            // clauses the golds leave to the story)
            let heading = doc.sentence_at(doc.tokens[a].span.start).is_some_and(|x| doc.paragraphs[doc.sentences[x].paragraph].heading);
            let stop = |j: usize| matches!(doc.tokens[j].lower.as_str(), "." | "?" | "!");
            let full_stop = b > a + 1 && (stop(b - 1) || doc.tokens[b - 1].kind == TokenKind::Quote && stop(b - 2));
            !heading && full_stop && doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) && ctx.tok_quote.at(k).is_none())
                && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "would" | "will" | "could" | "should" | "must" | "can" | "may"))
                && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Quote)
        };
        // ("said Chile “must have a say …”", "said fees “must not be raised …”": a short
        // subject after the cue whose predicate is quoted from its modal on says who must)
        let subject_of_quoted_modal = || {
            let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
            (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].kind == TokenKind::Quote).is_some_and(|q| {
                // (or an actor named as the subject before any quoted predicate: 'wrote that
                // Norway "is testing our patience"')
                // (or with one auxiliary between: 'said Tehran had "always honoured its
                // commitments"', a clause of its own)
                let aux = |j: usize| matches!(doc.tokens[j].lower.as_str(), "had" | "has" | "have" | "was" | "were" | "is" | "are");
                let actor = ctx.tok_mention.at(k).is_some_and(|m| {
                    let end = doc.token_at(doc.mentions[m].span.end);
                    (end == q || end + 1 == q && aux(end)) && doc.entities[doc.actor_of(doc.mentions[m].entity)].kind.is_actor()
                });
                // (or a definite noun of one word before a quoted predicate: 'said the contracts
                // "fully complied with the law"', not a quoted noun phrase, 'the plan "a disaster"')
                let definite = q == k + 2 && matches!(doc.tokens[k].lower.as_str(), "the" | "its" | "their" | "his" | "her");
                (k..q).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none())
                    && doc.tokens.get(q + 1).is_some_and(|x| matches!(x.lower.as_str(), "would" | "will" | "could" | "should" | "must" | "can" | "may" | "might") || (actor || definite) && x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our" | "my"))
            })
        };
        // ('Norway said it was "deeply concerned".': a subject pronoun and its copula before
        // the quoted rest of the clause say how the speaker itself stands, as the golds read
        // it; not in a headline or a standfirst)
        let pronoun_copula = || {
            let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
            pronoun_copula_quote(doc, ctx, k) && !doc.sentence_at(doc.tokens[a].span.start).is_some_and(|x| doc.paragraphs[doc.sentences[x].paragraph].heading)
        };
        // ("According to Hale, the plans “only prolong the conflict.”": after the source and
        // its comma, a short subject whose whole predicate is quoted)
        let according_subject = || {
            f.according && !f.content_before && doc.tokens.get(nb).is_some_and(|x| x.lower == ",") && {
                let k = nb + 1;
                (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].kind == TokenKind::Quote).is_some_and(|q| (k..q).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote.at(j).is_none()) && doc.tokens.get(q + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap))
            }
        };
        // (a sentence of the story, ending in a full stop: no headline or standfirst, whose cue's
        // subject names an actor or is a pronoun: not "The letter said", "the office said",
        // whose speaker is found further off)
        let story_sentence_by_actor = || {
            let stop = |j: usize| matches!(doc.tokens[j].lower.as_str(), "." | "?" | "!");
            let full_stop = b > a + 1 && (stop(b - 1) || doc.tokens[b - 1].kind == TokenKind::Quote && stop(b - 2));
            let (s0, s1) = att.subject;
            let named = s1 == s0 + 1 && matches!(doc.tokens[s0].lower.as_str(), "he" | "she" | "they" | "we" | "it")
                || (s0..s1).any(|j| ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.actor_of(doc.mentions[m].entity)].kind.is_actor()));
            let heading = doc.sentence_at(doc.tokens[a].span.start).is_some_and(|x| doc.paragraphs[doc.sentences[x].paragraph].heading);
            !heading && full_stop && named
        };
        // ('said doctors had "had enough"', 'said he would "not back down"': a short subject and
        // its auxiliary before a quoted predicate, in a story sentence by an actor)
        let short_subject = || {
            let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
            story_sentence_by_actor() && short_subject_aux_quote(doc, ctx, k)
        };
        // ('told reporters that "…"', 'wrote that "…"', 'warned that "…"': a "that" right
        // after the cue, or after a short addressee, that opens a quotation running to the
        // clause's end reports words that are all quoted, a statement all the same, as the golds
        // hold it beside its quote; in a sentence of the story whose speaker is named or a
        // pronoun (a headline's or a standfirst's clipped clauses are left to the story), with a
        // finite cue (a participle's, "…, adding that “…”", "…, telling Y that “…”", is left to
        // its quote, as PolNeAR annotates it)
        let that_quote = || {
            if doc.tokens[cue_start].lower.ends_with("ing") {
                return false;
            }
            let Some(j) = (nb..(nb + 3).min(tb)).find(|&j| doc.tokens[j].lower == "that") else { return false };
            story_sentence_by_actor()
                && (nb..j).all(|x| doc.tokens[x].kind == TokenKind::Word && ctx.tok_quote.at(x).is_none())
                && doc.tokens.get(j + 1).is_some_and(|x| x.kind == TokenKind::Quote)
                && j + 3 < tb
                && (j + 2..tb).all(|x| ctx.tok_quote.at(x).is_some() || doc.tokens[x].kind != TokenKind::Word)
        };
        own >= 1 && !f.content_before && (actor_object() || short_stance())
            || (1..=3).contains(&own) && !f.content_before && that_quote()
            || own == 2 && !f.content_before && (actor_modal() || noun_modal())
            || own >= 1 && !f.content_before && subject_of_quoted_modal()
            || own >= 1 && according_subject()
            || own == 2 && !f.content_before && pronoun_copula()
            || own == 2 && !f.content_before && short_subject()
    }
}

/// "said it was sold in Denver, Colorado, and Seattle, and that …": the ", and" at `j` closes a
/// list of places (a serial comma), not a clause, when a place or country ends right before the
/// comma and another one runs from right after "and" to a comma, semicolon or full stop — a
/// clause's subject would go on with its verb. The list's last place stays in what the first
/// clause is about.
fn ends_place_list(doc: &Doc, ctx: &Ctx, j: usize) -> bool {
    let place = |k: usize| ctx.tok_mention.get(k).filter(|&m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country));
    let (Some(_), Some(m)) = (j.checked_sub(1).and_then(place), place(j + 2)) else {
        return false;
    };
    let after = (j + 2..doc.tokens.len()).find(|&k| ctx.tok_mention.at(k) != Some(m));
    after.is_some_and(|k| matches!(doc.tokens[k].lower.as_str(), "," | ";" | "."))
}

/// "X said she shared their concerns and had asked the schools minister, Y, to review …": a
/// request cue in the past perfect ("had", over "also" or an adverb in -ly) coordinated after a
/// report is the report's own backshifted verb, part of what was said, so a person it names
/// (the one asked) is what the statement is about; a state or body there stays out, as after
/// any coordinated request (set32's gold: "had asked the Americans to lift the duty on Canadian
/// steel" adds neither). "X said A and urged Y to …" (the writer's narration of a second act)
/// stays the demands' appeal only.
fn backshifted(doc: &Doc, c: usize) -> bool {
    let word = |j: usize| doc.tokens[j].lower.as_str();
    c > 0 && word(c - 1) == "had" || c > 1 && word(c - 2) == "had" && (word(c - 1) == "also" || word(c - 1).ends_with("ly"))
}

/// An apposition after the speaker's name whose description goes on in a relative clause ("Jane
/// Roe, 41, a nurse from Quarnby who paid £300 for two tickets at Brindle Arena after queuing
/// all day, said …"): who speaks, however long, as ", who …" right after the name is. Vox-pop
/// speakers are described so, with an age, a job, a home town and what they did, and the places
/// of the description are not what they said (the golds keep them out). The relative pronoun
/// must come within the first twelve words after the comma, so the description holds it.
/// A body is described so too, with "that" or "which" ("Quill Leisure, the arm's-length charity
/// that runs the town's pools, parks and sports halls on behalf of Vexmoor Council, said …"):
/// the body it works for is who speaks, not what it said (set182's gold holds that statement
/// about nothing; before, the council entered it once the description passed 24 tokens).
fn described_with_relative(doc: &Doc, subj_end: usize, cue_start: usize) -> bool {
    doc.tokens.get(subj_end).is_some_and(|x| x.lower == ",") && (subj_end + 2..cue_start.min(subj_end + 12)).any(|j| matches!(doc.tokens[j].lower.as_str(), "who" | "whose" | "that" | "which"))
}

/// "Mayor Tom Hale, who chairs the Quill Transit Board, called on the Vexmoor Assembly to pass a
/// funding bill and said the city could not fill the gap": a description of the speaker in a
/// relative clause, then the subject's first verb, a cue of its own, and the cue coordinated
/// after it. The speaker phrase ends at the comma that closes the description (the token
/// returned): the description is who speaks, the appeal before "and said" what it is about
/// (set183's gold: the one appealed to in, the body of the relative clause out). Before, the
/// phrase ran to the second cue, taking the appeal with it, or, with a quote in the appeal,
/// stopped at the name, letting the description in.
fn description_before_first_verb(doc: &Doc, ctx: &Ctx, subj_end: usize, cue_start: usize) -> Option<usize> {
    if cue_start < subj_end + 4 || !matches!(doc.tokens[cue_start - 1].lower.as_str(), "and" | "but") {
        return None;
    }
    (subj_end + 2..cue_start - 2)
        .take_while(|&j| ctx.tok_quote.at(j).is_none() && doc.tokens[j].kind != TokenKind::Quote)
        .find(|&j| doc.tokens[j].lower == "," && doc.tokens[j + 1].kind == TokenKind::Word && !doc.tokens[j + 1].cap && cue_at(doc, j + 1).is_some())
}

/// "said it would sell its two plants, including one in Ostend, and close its research unit in
/// Quarnby": a plain lower-case word after ", and" with a determiner or possessive right after
/// it is a verb with its object, sharing the clause's subject and modal, not the subject of a
/// new clause (a noun subject is not followed by "its" or "the"); the statement's clause, and
/// what it is about, goes on over it.
fn verb_with_its_object(doc: &Doc, u: usize) -> bool {
    let lex = Lexicon::get();
    doc.tokens.get(u).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !x.lower.ends_with("ly") && !lex.stopwords.contains(&x.lower))
        && doc.tokens.get(u + 1).is_some_and(|x| matches!(x.lower.as_str(), "its" | "their" | "the" | "his" | "her" | "our"))
}
