//! Reported speech: "X said (that) …", "…, X said", "according to X, …", "X accused Y of …",
//! participle and "as" clauses, claim nouns, put-out documents and source documents.

use super::*;

/// Reported speech: a cue verb with a speaker, outside quotes. One statement per clause:
/// the text runs from the speaker (with its titles) to the clause end; when the speaker and
/// cue come after the content it is the whole sentence. Sentences whose content is all
/// quoted are left to the direct quotes.
/// `spans` gets, for each statement pushed, where its span ends when it runs on over
/// coordinated clauses ("X said A, and B"): applied once the quotes inside have taken what
/// the first clause is about.
pub(super) fn reported(doc: &Doc, ctx: &Ctx, out: &mut Vec<Statement>, spans: &mut Vec<usize>) {
    for s in doc.body_sentences() {
        let (a, b) = s.tokens;
        let mut found: Vec<Found> = Vec::new();
        // clause breaks of the sentence, for a binary search instead of a rescan per cue
        // (", and he wants …" opens a clause too; ", and called …" goes on with the same subject)
        let coordinated_clause = |j: usize| {
            j > a && doc.tokens[j - 1].lower == "," && matches!(doc.tokens[j].lower.as_str(), "and" | "but") && opens_clause_after_and(doc, j + 1)
        };
        // (worked out at a sentence's second attribution: most sentences have none)
        let breaks = std::cell::OnceCell::new();
        let break_between = |from: usize, to: usize| {
            let breaks: &Vec<usize> = breaks.get_or_init(|| (a..b).filter(|&j| clause_break(&doc.tokens[j].lower) || coordinated_clause(j)).collect());
            let i = breaks.partition_point(|&p| p < from);
            i < breaks.len() && breaks[i] < to
        };
        // (asked once a sentence: "In a statement posted on …, X said")
        let opening_in = doc.tokens.get(a).is_some_and(|x| matches!(x.lower.as_str(), "in" | "with" | "via" | "through"));
        // (whether a relative pronoun stands in the sentence, asked once: its first byte first)
        let relatives = (a + 1..b).any(|j| doc.tokens[j].lower.as_bytes().first() == Some(&b'w') && matches!(doc.tokens[j].lower.as_str(), "who" | "whom" | "which"));
        let mut c = a;
        while c < b {
            if ctx.tok_quote[c].is_some() {
                c += 1;
                continue;
            }
            // ("party leaders did not tell their members how to vote", "members were not told
            // how to vote": a "tell" denied reports nothing said; its first byte first)
            if c > a && doc.tokens[c].lower.as_bytes().first() == Some(&b't') && matches!(doc.tokens[c].lower.as_str(), "tell" | "told" | "tells") && matches!(doc.tokens[c - 1].lower.as_str(), "not" | "n't" | "never") {
                c += 1;
                continue;
            }
            // ("X, whom Oslo calls a “traitor”, wrote that …", "Y, who critics accuse of
            // lying, said …": a cue inside a relative clause whose object is the one named
            // before says nothing of the sentence; the main clause's cue after it speaks)
            if relatives && c > a + 2 && (object_relative_cue(doc, ctx, a, c) || aside_relative_cue(doc, a, c, b)) {
                c += 1;
                continue;
            }
            // "…, adding that …", "… and said …": the same speaker goes on with a statement of its own
            // (a participle goes on with its own statement only after a quote: "“…,” she said,
            // adding that …"; otherwise "…, stressing that …" stays part of the first one)
            let participle = doc.tokens[c].lower.ends_with("ing");
            // ("In a letter announcing the closure, the ministry said …": a participle after
            // a noun in an opening prepositional phrase describes the noun; the clause's own cue
            // comes after the comma)
            // ("In a statement posted on Telegram, the group said …": a past participle after
            // the noun for what carries the words, too)
            if (participle || opening_in && carrier_participle(doc, c)) && participle_in_opening_phrase(doc, a, c, b) {
                c += 1;
                continue;
            }
            // ("… and has called for …", "… but also contended …": adverbs and auxiliaries may stand between)
            // (nothing goes on with a statement before the sentence's first: not looked for)
            let and_at = if found.is_empty() { None } else { coordinator_before(doc, a, c).filter(|&j| matches!(doc.tokens[j].lower.as_str(), "and" | "but")) };
            // ("X said: “…,” adding that …": after a quote that ends in a comma, too)
            let after_quote = c > a + 2 && doc.tokens[c - 1].kind == TokenKind::Quote && doc.tokens[c - 2].lower == ",";
            let coordinated = c > a + 1
                && (and_at.is_some() && !participle
                    || doc.tokens[c - 1].lower == "," && participle && found.last().is_some_and(|p| p.content_before && !p.according)
                    || after_quote && participle && found.last().is_some_and(|p| !p.according));
            let coord_at = and_at.filter(|_| !participle).unwrap_or(c - 1);
            let continued = || {
                let prev = found.last().filter(|_| coordinated)?;
                let (_, class, _, ce) = cue_at(doc, c).filter(|&(lemma, class, _, _)| class != CueClass::Demand && lemma != "speak")?;
                // ("said The Hague was studying the rules and would decide its own course": a
                // verb of believing or deciding after a modal goes on with what was said, no
                // act of the speaker's)
                if class == CueClass::Belief && (coord_at + 1..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "would" | "will" | "could" | "might" | "may" | "should" | "can" | "must")) {
                    return None;
                }
                let follows = complement_follows(doc, ce, b) || class == CueClass::Express;
                let cue_span = tspan(doc, c, ce);
                // "X said …, and Y agreed but said …": the subject of the nearer clause speaks
                let from = doc.token_at(prev.att.cue_span.end);
                // (not an "and" that joins two names: "… that Oslo and Copenhagen should talk and
                // said …" is the first clause's speaker's)
                let joins_names = |j: usize| doc.tokens[j - 1].lower == "and" && j >= 2 && ctx.tok_mention[j - 2].is_some();
                let nearer = (from + 1..c.saturating_sub(1)).rev().filter(|&j| matches!(doc.tokens[j - 1].lower.as_str(), "and" | "but" | ";") && !joins_names(j)).find_map(|j| {
                    let np = np_at(doc, ctx, j, c)?;
                    let speakers: Vec<usize> = np.entities.iter().copied().filter(|&e| doc.entities[e].kind.is_actor() || doc.entities[e].stands_for.is_some()).collect();
                    (!speakers.is_empty() && np.end < c - 1).then_some(Attribution { speakers, text: None, cue: String::new(), cue_span, subject: (np.start, np.end) })
                });
                // ("X argued that Y relied on Z, who pleaded guilty and testified …": a verb
                // coordinated inside a relative clause is the antecedent's)
                let relative = (from..c).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| matches!(doc.tokens[j].lower.as_str(), "who" | "which")).filter(|&j| j >= 2 && doc.tokens[j - 1].lower == ",");
                if let Some((j, m)) = relative.and_then(|j| ctx.tok_mention[j - 2].map(|m| (j, m))).filter(|&(j, m)| doc.tokens[j].lower == "who" && doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == crate::model::EntityKind::Person) {
                    let e = doc.actor_of(doc.mentions[m].entity);
                    let subject = (doc.token_at(doc.mentions[m].span.start), j - 1);
                    return follows.then(|| Found { att: Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject }, coord: Some(coord_at), according: false, content_before: false });
                }
                let att = nearer.unwrap_or_else(|| prev.att.clone());
                follows.then(|| Found { att: Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..att }, coord: Some(coord_at), according: false, content_before: false })
            };
            // ("X said the group would not disarm as long as Israel occupied the south,
            // rejecting a plan …": a participle after a comma, with no subject of its own, goes
            // on with the statement before, not with a subject inside its content)
            // (the statement before opens the sentence: a participle after a relative clause's
            // statement is the main clause's, "X defended not paying a man who said …, saying …")
            let opens_sentence = |p: &Found| p.att.subject.0 <= after_opening_phrase(doc, ctx, a, c) + 3;
            if participle && doc.tokens[c].lower != "according" && !coordinated && c > a && doc.tokens[c - 1].lower == "," && found.len() == 1 && found.last().is_some_and(|p| !p.content_before && !p.according && p.coord.is_none() && opens_sentence(p)) {
                c += 1;
                continue;
            }
            // ("“…,” said X, Amnesty's director for the Americas, adding that …": a participle
            // of saying after a quote's inverted attribution goes on with the quote's speaker,
            // as after "“…,” X said, adding that …")
            let after_inverted = || {
                (participle && found.is_empty() && c > a + 3 && doc.tokens[c - 1].lower == "," && matches!(doc.tokens[c].lower.as_str(), "adding" | "noting" | "stressing")).then_some(())?;
                let (_, _, _, ce) = cue_at(doc, c)?;
                let j = (a + 2..c).find(|&j| doc.tokens[j - 1].kind == TokenKind::Quote && doc.tokens[j - 2].lower == "," && ctx.tok_quote[j].is_none())?;
                cue_at(doc, j).filter(|&(_, class, _, cj)| class == CueClass::Speech && cj == j + 1)?;
                let m = ctx.tok_mention.get(j + 1).copied().flatten()?;
                let e = doc.actor_of(doc.mentions[m].entity);
                (doc.entities[e].kind == crate::model::EntityKind::Person).then_some(())?;
                let me = doc.token_at(doc.mentions[m].span.end);
                // (nothing but the name and an appositive in commas between: no clause of its own)
                (me == c - 1 || doc.tokens[me].lower == "," && (me + 1..c - 1).all(|k| ctx.tok_quote[k].is_none() && doc.tokens[k].lower != "that" && cue_at(doc, k).is_none())).then_some(())?;
                let cue_span = tspan(doc, c, ce);
                complement_follows(doc, ce, b).then(|| Found { att: Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (j + 1, me) }, coord: Some(c - 1), according: false, content_before: false })
            };
            // ("X told reporters that China had tightened … and had added …", "Y said the bank
            // must overhaul its controls and report every quarter …": a coordinated verb in the
            // reported clause's own tense — "had" before it where the cue was a simple past, or a
            // bare form right after "and" where the cue was past — goes on with what was said, no
            // act of the speaker's)
            if coordinated && and_at.is_some() && in_reported_tense(doc, ctx, found.last(), coord_at, c, b) {
                c += 1;
                continue;
            }
            let next = match attribution_at(doc, ctx, c, a, b) {
                Some(f) if coordinated && !found.is_empty() => continued().or(Some(f)),
                Some(f) => Some(f),
                None if found.is_empty() => after_inverted(),
                None => continued(),
            };
            let Some(mut f) = next else {
                c += 1;
                continue;
            };
            // ("According to a statement from the PM Office, the prime minister directed …",
            // "President X had instructed …, according to a statement from the Presidential
            // Communication Office": an office's statement carries the act of the person the
            // clause opens with, whom it serves)
            if let Some(e) = office_statement_subject(doc, ctx, &f, a, b) {
                f.att.speakers = vec![e];
            }
            c = doc.token_at(f.att.cue_span.end).max(if f.coord.is_some() { 0 } else { f.att.subject.1 }).max(c + 1);
            // ("X said members would strike before Christmas unless the companies offered
            // more": a verb in a condition inside what was said is no attribution of its own)
            let s0 = f.att.subject.0;
            // ("… ready to implement a ceasefire as soon as Russia agreed", "… once Kyiv agreed":
            // a time that is a condition too)
            let as_soon_as = s0 > a + 2 && doc.tokens[s0 - 1].lower == "as" && doc.tokens[s0 - 2].lower == "soon" && doc.tokens[s0 - 3].lower == "as";
            if !found.is_empty() && f.coord.is_none() && !f.according && s0 > a && (!f.content_before && matches!(doc.tokens[s0 - 1].lower.as_str(), "unless" | "if") || matches!(doc.tokens[s0 - 1].lower.as_str(), "once" | "until") || as_soon_as) {
                continue;
            }
            // ("Asked whether Washington would cut off arms if Kyiv rejected the plan, he said
            // …", "X would respond if Y refused": a verb in a condition or a question before
            // any statement is no attribution either)
            if found.is_empty() && f.coord.is_none() && !f.according && !f.content_before && s0 > a && matches!(doc.tokens[s0 - 1].lower.as_str(), "unless" | "if" | "whether") {
                continue;
            }
            // ("X said …, according to a statement issued on Monday": the unnamed document
            // carries the words of the speaker already named; it is no second speaker)
            if f.according && f.att.speakers.is_empty() && found.last().is_some_and(|p| !p.according && !p.att.speakers.is_empty()) && f.att.text.is_some_and(|sp| matches!(doc.tokens[doc.token_at(sp.end) - 1].lower.as_str(), "statement" | "release" | "readout" | "transcript")) {
                continue;
            }
            // "According to sources, X feels that …": X's own cue makes X the speaker; the
            // unnamed source only passes it on
            if found.len() == 1 && f.coord.is_none() && !f.att.speakers.is_empty() && found[0].according && !found[0].content_before && found[0].att.speakers.is_empty() {
                found[0] = f;
                continue;
            }
            // "Oslo rejected the plan, Tom Hale said.": a speech verb with its
            // speaker after the content, closing the sentence, reports all before it; the verbs
            // inside are what was said, not who said it
            // (an unnamed speaker too, "…, a security official said.", when its verb is one of
            // saying: "…, the footage showed" shows, it does not report)
            let unnamed_reports = || {
                f.att.text.is_some()
                    && cue_at(doc, doc.token_at(f.att.cue_span.start)).is_some_and(|(lemma, _, _, _)| matches!(lemma, "say" | "add" | "tell" | "report" | "confirm" | "announce" | "state" | "write" | "post" | "note" | "explain" | "insist" | "warn" | "claim" | "allege" | "assert" | "stress" | "emphasize" | "tweet"))
            };
            let tail = doc.token_at(f.att.cue_span.end).max(f.att.subject.1);
            if f.content_before && !f.according && f.coord.is_none() && (!f.att.speakers.is_empty() || unnamed_reports()) && !found.is_empty() && (closes_clause(doc, ctx, tail, b) || addressee_tail(doc, tail, b)) {
                let s0 = f.att.subject.0;
                // ("Jane Roe condemned the attack, his spokesman Tom Hale said.": a description
                // of the speaker between the comma and the name, "his"/"her"/"its"/"their" and a
                // noun for one who speaks)
                let lex = Lexicon::get();
                let possessive = |j: usize| matches!(doc.tokens[j].lower.as_str(), "his" | "her" | "its" | "their");
                let s0 = if s0 > a + 2 && lex.speaker_nouns.contains(&doc.tokens[s0].lower) && possessive(s0 - 1) && doc.tokens[s0 - 2].lower == "," {
                    s0 - 1
                } else if s0 > a + 3 && lex.speaker_nouns.contains(&doc.tokens[s0 - 1].lower) && possessive(s0 - 2) && doc.tokens[s0 - 3].lower == "," {
                    s0 - 2
                } else {
                    s0
                };
                if s0 > a && doc.tokens[s0 - 1].lower == "," && found.iter().all(|p| p.att.subject.1 < s0 && !p.content_before && !p.according && cue_at(doc, doc.token_at(p.att.cue_span.start)).is_some_and(|(_, class, _, _)| class != CueClass::Demand)) {
                    let mut f = f;
                    // ("The Harbour Movement rejected the offer, the group said.": "the group"
                    // is the one organisation that acts in what it said)
                    let body = f.att.text.is_some_and(|sp| crate::extract::np::BODY_NOUNS.contains(&doc.tokens[doc.token_at(sp.end) - 1].lower.as_str()) && doc.tokens[doc.token_at(sp.start)].lower == "the");
                    if body && found.len() == 1 && found[0].att.speakers.len() == 1 && doc.entities[found[0].att.speakers[0]].kind == EntityKind::Organization {
                        f.att.speakers = found[0].att.speakers.clone();
                        f.att.text = None;
                    }
                    found.clear();
                    found.push(f);
                    continue;
                }
            }
            // ("Algeria has asked France nine times to extradite him, according to his lawyer, Eric
            // Plouvier.": an act of asking, accusing or rejecting that opens the sentence, then a
            // source named as one who speaks, closing it, reports the act; the act's subject did
            // not speak here. Not after a verb of saying or writing, nor a document as source:
            // "He said …, according to the agency", "… offered …, according to a statement")
            if f.according && f.content_before && f.coord.is_none() && !f.att.speakers.is_empty() && found.len() == 1 && closing_source_reports_act(doc, ctx, &found[0], &f, a, b) {
                found.clear();
                found.push(f);
                continue;
            }
            // a second attribution needs a clause of its own ("…, while the government said …")
            if let Some(prev) = found.last().filter(|_| f.coord.is_none()) {
                let from = doc.token_at(prev.att.cue_span.end).max(prev.att.subject.1);
                // (a subject found back before the first cue is that cue's own, and its clause
                // would end before it began: "X said that … by putting it to rest")
                if !f.content_before && !f.according && f.att.subject.0 < doc.token_at(prev.att.cue_span.start) {
                    continue;
                }
                // ("X said … and Y accused …": a new subject right after "and" opens a clause)
                let s0 = f.att.subject.0;
                let and_subject = s0 > from && matches!(doc.tokens[s0 - 1].lower.as_str(), "and" | "but") && !f.content_before && !f.according;
                // ("“…,” said Jane Roe, who stressed that …": a relative clause speaks on its own)
                let relative = (from..doc.token_at(f.att.cue_span.start)).any(|j| matches!(doc.tokens[j].lower.as_str(), "who" | "which"));
                // ("When the firm announced …, Roe said, “…”", "Despite X conceding …, Y insists
                // …": the main clause after an opening subordinate clause, past its comma)
                let main_after_subordinate = s0 > from && !f.according && opening_subordinate(doc, a, prev.att.subject.0) && (from..s0).any(|j| doc.tokens[j].lower == ",");
                // ("…, with the Harbor Institute finding that …": a participle with a subject of its own)
                let with_subject = with_participle(doc, s0, doc.token_at(f.att.cue_span.start)) && s0 > from + 1;
                // ("X claimed …, a claim Kyiv denied.": a noun of saying in apposition after a
                // comma, whose subject denies or disputes what went before, speaks on its own)
                let appositive_claim = s0 > from + 3
                    && Lexicon::get().is_content_noun(&doc.tokens[s0 - 1].lower)
                    && (s0 - 3..s0 - 1).any(|j| doc.tokens[j].lower == "," && doc.tokens[j + 1].kind == TokenKind::Word && matches!(doc.tokens[j + 1].lower.as_str(), "a" | "an" | "the" | "which"))
                    || s0 > from + 4 && doc.tokens[s0 - 1].lower == "that" && Lexicon::get().is_content_noun(&doc.tokens[s0 - 2].lower) && (s0 - 4..s0 - 2).any(|j| doc.tokens[j].lower == ",");
                if !break_between(from, s0.max(from)) && !and_subject && !relative && !main_after_subordinate && !with_subject && !appositive_claim {
                    continue;
                }
                // ("Roe said the toll was fair because she thought drivers could pay it": a
                // reason clause with a pronoun subject inside what was said goes on with it)
                let reason = s0 > from + 1 && matches!(doc.tokens[s0 - 1].lower.as_str(), "because" | "since") && f.att.subject.1 == s0 + 1 && crate::extract::np::is_pronoun(&doc.tokens[s0].lower);
                if reason && !prev.content_before && !prev.according && !f.content_before {
                    continue;
                }
                // ("Roe said that A, and that she might decide B": a second that-clause after a
                // verb of saying is more of what was said, whatever verb it has)
                // (the first clause may drop its "that": "X said talks had been constructive but
                // that Mexico expected …")
                let and_that = s0 > from + 2 && doc.tokens[s0 - 1].lower == "that" && matches!(doc.tokens[s0 - 2].lower.as_str(), "and" | "but" | "or");
                let says = cue_at(doc, doc.token_at(prev.att.cue_span.start)).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Announce | CueClass::Write | CueClass::Warn));
                if and_that && says && !prev.content_before && !prev.according && !f.content_before {
                    continue;
                }
                // ("Roe says A, but she thinks B": the same speaker's belief after ", but" goes on
                // with what she says)
                let belief = cue_at(doc, doc.token_at(f.att.cue_span.start)).is_some_and(|(_, class, _, _)| class == CueClass::Belief);
                let same = !f.att.speakers.is_empty() && f.att.speakers == prev.att.speakers;
                let but_pronoun = s0 > from + 2 && doc.tokens[s0 - 1].lower == "but" && doc.tokens[s0 - 2].lower == "," && f.att.subject.1 == s0 + 1 && crate::extract::np::is_pronoun(&doc.tokens[s0].lower);
                if but_pronoun && belief && same && !prev.content_before && !prev.according && !f.content_before {
                    continue;
                }
            }
            found.push(f);
        }
        if found.is_empty() {
            out.extend(in_source(doc, ctx, a, b));
            while spans.len() < out.len() {
                spans.push(out[spans.len()].text.end);
            }
        }
        // ("X said A and warned that B", "X accused Y of A but said B": a second cue coordinated
        // after the first, of the same speaker with no subject of its own, goes on with the first
        // one's statement, as news annotation reads it: the statements of the found before, in
        // `out`, that a coordinated one is merged into; `last`: where the found before began in
        // `out`, and the statements it was merged into)
        let mut last: (usize, Option<(usize, usize)>) = (out.len(), None);
        for (i, f) in found.iter().enumerate() {
            let prev_range = last.1.unwrap_or((last.0, out.len()));
            let target = (i > 0 && same_speaker_goes_on(doc, &found[i - 1], f) && prev_range.1 > prev_range.0).then_some(prev_range);
            last = (out.len(), target);
            let att = &f.att;
            let subj = att.subject;
            let cue_start = doc.token_at(att.cue_span.start);
            let cue_end = doc.token_at(att.cue_span.end);
            // the clause ends where the next attribution's clause begins
            let clause_b = found.get(i + 1).map(|n| {
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
            }).unwrap_or(b);
            // (what the statement's span covers: up to a semicolon, over coordinated clauses, as
            // news annotation reads "X said A, and B"; what it is about and whether it says
            // anything of its own stay with its first clause)
            // (", while Oslo urged …": a contrast whose clause opens with another named actor
            // ends it, even where that clause has no cue of speech)
            let clause_b = (cue_end.max(subj.1)..clause_b)
                .find(|&j| {
                    ctx.tok_quote[j].is_none() && doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "while" | "whereas"))
                        && ctx.tok_mention.get(j + 2).copied().flatten().is_some_and(|m| {
                            let e = doc.actor_of(doc.mentions[m].entity);
                            doc.entities[e].kind.is_actor() && !att.speakers.contains(&e)
                        })
                })
                .unwrap_or(clause_b);
            let span_b = (cue_end.max(subj.1)..clause_b).find(|&j| ctx.tok_quote[j].is_none() && doc.tokens[j].lower == ";").unwrap_or(clause_b);
            // ", and discussions were scheduled …": a coordinated clause is not part of it
            let clause_b = (cue_end.max(subj.1)..clause_b)
                .find(|&j| ctx.tok_quote[j].is_none() && (doc.tokens[j].lower == ";" || doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "and" | "but")) && opens_clause_after_and(doc, j + 2)))
                .unwrap_or(clause_b);
            let text = if let Some(k) = f.coord {
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
            };
            if text.is_empty() {
                continue;
            }
            // without content outside quotes, the speaker and the cue, the quotes say it all
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
                && doc.tokens.get(nb + 1).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && x.lower.ends_with("ing") && x.lower != "going" && ctx.tok_quote[nb + 1].is_none())
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
            let circumstance = f.content_before && !f.according && (ta..na).all(|j| doc.tokens[j].kind != TokenKind::Word || ctx.tok_quote[j].is_some())
                && (nb..clause_b).all(|j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "," | "that" | ":" | ";"));
            // ("“… Now there is only one nurse here,” she told AFP, holding …": a sentence that
            // opens with the speaker right after a quote's closing comma and mark is that quote's
            // attribution, its content the quote)
            let quote_attribution = !f.content_before && !f.according && subj.0 == a && a >= 2 && doc.tokens[a - 1].kind == TokenKind::Quote && doc.tokens[a - 2].lower == ",";
            let tb = if (f.content_before || quote_attribution) && !f.according && (addressee_tail(doc, nb, clause_b) || manner_tail || topic_tail || time_tail || circumstance) { tb.min(na) } else { tb };
            let own = (ta..tb).filter(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote[j].is_none() && !(na..nb).contains(&j)).count();
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
            // ("X said as much", "Y indicated as much": the content is what came before)
            let as_much = !f.content_before && doc.tokens.get(cue_end).is_some_and(|x| x.lower == "as") && doc.tokens.get(cue_end + 1).is_some_and(|x| x.lower == "much");
            // ("she said Norway would “not back down”": an actor and a modal before the quoted
            // rest of the clause say who will do what)
            let actor_modal = || {
                let k = if doc.tokens.get(nb).is_some_and(|x| x.lower == "that") { nb + 1 } else { nb };
                ctx.tok_mention.get(k).copied().flatten().is_some_and(|m| {
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
                !heading && full_stop && doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower) && ctx.tok_quote[k].is_none())
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
                    let actor = ctx.tok_mention[k].is_some_and(|m| {
                        let end = doc.token_at(doc.mentions[m].span.end);
                        (end == q || end + 1 == q && aux(end)) && doc.entities[doc.actor_of(doc.mentions[m].entity)].kind.is_actor()
                    });
                    // (or a definite noun of one word before a quoted predicate: 'said the contracts
                    // "fully complied with the law"', not a quoted noun phrase, 'the plan "a disaster"')
                    let definite = q == k + 2 && matches!(doc.tokens[k].lower.as_str(), "the" | "its" | "their" | "his" | "her");
                    (k..q).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote[j].is_none())
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
                    (k + 1..(k + 5).min(b)).find(|&j| doc.tokens[j].kind == TokenKind::Quote).is_some_and(|q| (k..q).all(|j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_quote[j].is_none()) && doc.tokens.get(q + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap))
                }
            };
            if own < 3 && !as_much && !(own >= 1 && !f.content_before && (actor_object() || short_stance())) && !(own == 2 && !f.content_before && (actor_modal() || noun_modal())) && !(own >= 1 && !f.content_before && subject_of_quoted_modal()) && !(own >= 1 && according_subject()) && !(own == 2 && !f.content_before && pronoun_copula()) {
                continue;
            }
            // the speaker phrase with its titles ("Ukrainian President …") is not what it is about
            // (and an aside in dashes or brackets right after it: "ministers of the bloc — Chile,
            // Peru and Norway — said …" is not about its members)
            let mut subj_end = subj.1;
            if let Some(open) = doc.tokens.get(subj_end).map(|x| x.lower.clone()).filter(|o| matches!(o.as_str(), "—" | "–" | "(")) {
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
            if !f.content_before && f.coord.is_none() && subj_end < cue_start && cue_start <= subj_end + if relative { 36 } else { 24 } && (matches!(doc.tokens[subj_end].lower.as_str(), "," | "of" | "at" | "from") || abbreviation_stop)
                && (subj_end..cue_start).all(|j| ctx.tok_quote[j].is_none() && doc.tokens[j].kind != TokenKind::Quote)
            {
                subj_end = cue_start;
            }
            // (nor an appeal coordinated before the cue: "the charity called on Y to Z and warned
            // that …" is not about Y)
            if subj_end < cue_start && (subj_end..cue_start).any(|j| ctx.tok_quote[j].is_none() && cue_at(doc, j).is_some_and(|(_, class, _, _)| class == CueClass::Demand)) && doc.tokens[cue_start - 1].lower == "and" {
                subj_end = cue_start;
            }
            // (nor where it was said, between the cue and "that": "said in a Facebook post
            // that …", "said on Monday in a letter to the council that …")
            // (nor to whom a verb of saying spoke: "stated to the Daily Planet that …", "said
            // to reporters that …"; not "is said to have …")
            let addressed = || {
                doc.tokens.get(cue_end).is_some_and(|x| x.lower == "to")
                    && doc.tokens.get(cue_end + 1).is_some_and(|x| !matches!(x.lower.as_str(), "be" | "have" | "been" | "do"))
                    && cue_at(doc, cue_start).is_some_and(|(_, class, _, _)| class == CueClass::Speech)
            };
            // ("said at a rally outside City Hall that …", "said at the summit that …": where,
            // as after "in" or "on"; not "said at least 40 people …")
            let at_venue = || doc.tokens.get(cue_end).is_some_and(|x| x.lower == "at") && doc.tokens.get(cue_end + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the") || x.cap);
            let venue_end = if subj_end == cue_start && (doc.tokens.get(cue_end).is_some_and(|x| matches!(x.lower.as_str(), "in" | "on")) || at_venue() || addressed()) {
                // (a person's name apposed between commas is part of it: "said in a statement
                // signed by its spokesman, Jane Roe, that …" is not about Roe)
                let person = |j: usize| j < b && doc.person_at_token(j);
                let apposed = |j: usize| doc.tokens[j].lower == "," && (person(j + 1) || j > cue_end && person(j - 1));
                let wide = (cue_end..(cue_end + 13).min(b)).filter(|&j| doc.tokens[j].lower == "," && person(j + 1)).count() * 6;
                (cue_end..(cue_end + 9 + wide).min(b)).take_while(|&j| ctx.tok_quote[j].is_none() && doc.tokens[j].kind != TokenKind::Quote && (doc.tokens[j].lower != "," || apposed(j))).find(|&j| doc.tokens[j].lower == "that").unwrap_or(subj_end)
            } else if subj_end == cue_start {
                told_venue(doc, ctx, cue_start, cue_end, b).unwrap_or(subj_end)
            } else {
                subj_end
            };
            let subject_span = tspan(doc, extend_subject_left(doc, subj.0, a).min(subj.0), venue_end);
            // (after a verb of saying, knowing or finding: "X said A, and B", "polls showed A, and
            // B"; not after an accusation or a denial, whose object is the whole of it)
            let says = cue_at(doc, cue_start).or_else(|| that_verb(doc, cue_start)).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Announce | CueClass::Write));
            // ("According to X, A, and B": after its source too)
            // ("A, according to X, and B": and before it, the coordinated clause having a subject)
            let span_end = if span_b > clause_b && (says || f.according) { end_of(doc, span_b) } else { text.end };
            // (what a clause coordinated after it asks or adds is its own demand or statement:
            // "said A but demanded that Y …", "said A and urged Y to …", "said A, citing Z")
            // (nor, after an expressed feeling, when or where it was expressed: "expressed
            // optimism in an interview following Roe's visit")
            let expressed = cue_at(doc, cue_start).is_some_and(|(_, class, _, _)| class == CueClass::Express);
            let tb_tok = doc.token_at(text.end);
            let when = (cue_end..tb_tok).find(|&j| expressed && matches!(doc.tokens[j].lower.as_str(), "following" | "after" | "during" | "before"));
            // (", adding that …" after a cue with nothing said of its own, "he told reporters in
            // Doha, adding that …", is what is said)
            let bare = |j: usize| j > cue_end && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "adding" | "noting" | "stressing")) && (cue_end..j).all(|k| ctx.tok_quote[k].is_none() && doc.tokens[k].lower != "that") && j <= cue_end + 4;
            let cut = coordinated_appeal(doc, cue_end, tb_tok).filter(|&j| !bare(j));
            // (nor what the writer sets beside it after ", as" and a new subject: "X accused Y of
            // …, as a fast-moving fire forced thousands to leave Z", ", as more than 40 MPs …")
            let cut = cut.or_else(|| writers_as(doc, ctx, cue_end, tb_tok));
            let about_text = Span::new(text.start, cut.into_iter().chain(when).min().map_or(text.end, |j| doc.tokens[j].span.start).max(text.start));
            // ("X gave the party until Friday to approve the budget, warning that …": what a
            // participle after a comma says starts at it; the clause before is the writer's)
            let participle = cue_start > a && doc.tokens[cue_start - 1].lower == "," && doc.tokens[cue_start].lower.ends_with("ing") && !f.according;
            let about_text = if participle && about_text.start < doc.tokens[cue_start].span.start && doc.tokens[cue_start].span.start < about_text.end { Span::new(doc.tokens[cue_start].span.start, about_text.end) } else { about_text };
            // ("X said A but asked the council to delay the vote": a request coordinated with a
            // report runs the one statement on, but is the demands' appeal; the statement stays
            // about what was reported, as the shared example gold holds "said … and urged the US
            // … to …"; not "accused X of \"handing a citizen over to foreigners\"", whose "to"
            // is no request's)
            let request = target.is_some() && cue_at(doc, cue_start).is_some_and(|(lemma, ..)| lemma != "accuse") && asked_to_do(doc, ctx, cue_end, b);
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
                continue;
            }
            let object: Vec<usize> = if cue_at(doc, cue_start).is_some_and(|(_, _, obj, _)| obj) { np_at(doc, ctx, cue_end, b).map(|o| o.entities).unwrap_or_default() } else { Vec::new() };
            // ("told CNN": a medium is where it was said, not what about)
            let mut object: Vec<usize> = object.into_iter().filter(|&e| !named_as_venue(doc, e, Span::new(doc.tokens[cue_start].span.end, text.end))).collect();
            // ("told the court the pair had …": a body told by its common noun is the audience)
            let told_body = crate::extract::np::told_form(&doc.tokens[cue_start].lower) && doc.tokens.get(cue_end).is_some_and(|x| x.lower == "the" && doc.tokens.get(cue_end + 1).is_some_and(|y| !y.cap));
            object.retain(|&e| !(told_body && doc.entities[e].kind == EntityKind::Organization));
            // (who is spoken to, as after "told": "said to Moscow that …" is about Moscow, "said to
            // CNN that …" not: an organisation spoken to is, as after "told", a medium)
            if venue_end > cue_start && addressed() {
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
                if request {
                    about.clear();
                }
                push_or_merge(out, spans, Statement { kind: StatementKind::Reported, speaker: Some(speaker), speaker_text: None, unattributed: None, text, cue: att.cue.clone(), cue_span: Some(att.cue_span), about }, span_end, target);
            }
        }
    }
}

/// Whether `f`, a cue coordinated by "and" or "but" after `prev` ("X said A and warned that B",
/// "X welcomed A but said B"), is of the same speaker with no subject of its own: one statement
/// with `prev`'s, from the first cue's clause through the second's. Not a new subject after
/// "and" ("X said A and Y warned B"), nor a relative clause's verb, nor a source.
fn same_speaker_goes_on(doc: &Doc, prev: &Found, f: &Found) -> bool {
    !f.according
        && !prev.according
        && f.att.speakers == prev.att.speakers
        && f.att.text == prev.att.text
        && (f.coord.is_some_and(|k| matches!(doc.tokens[k].lower.as_str(), "and" | "but")) && f.att.subject == prev.att.subject || pronoun_goes_on(doc, prev, f))
}

/// "X said A, but he said B", "X said A, and she accused Y of B": a personal pronoun right after
/// "and"/"but" as the whole subject of the second cue, resolved to the first's named speaker,
/// with at most also/again/then/later/has/had/have before its cue, goes on with the first's
/// statement as a coordinated cue with no subject does; not a refusal ("declined to …", "did not
/// say") on either side.
fn pronoun_goes_on(doc: &Doc, prev: &Found, f: &Found) -> bool {
    let (s0, s1) = f.att.subject;
    let cue = doc.token_at(f.att.cue_span.start);
    let refusal = |x: &Found| {
        let k = doc.token_at(x.att.cue_span.start);
        matches!(doc.tokens[k].lower.as_str(), "declined" | "declines" | "refused" | "refuses") || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "not" | "n't" | "never")
    };
    f.coord.is_none()
        && !f.content_before
        && !prev.content_before
        && !f.att.speakers.is_empty()
        && s1 == s0 + 1
        && s0 > 0
        && cue >= s1
        && matches!(doc.tokens[s0].lower.as_str(), "he" | "she" | "it" | "they" | "we")
        && matches!(doc.tokens[s0 - 1].lower.as_str(), "and" | "but")
        && s0 - 1 > doc.token_at(prev.att.cue_span.end).max(prev.att.subject.1)
        && (s1..cue).all(|j| matches!(doc.tokens[j].lower.as_str(), "also" | "again" | "then" | "later" | "has" | "had" | "have"))
        && !refusal(prev)
        && !refusal(f)
}

/// Pushes `st` (its span's end `span_end`), or, with `target` (the statements of the cue it is
/// coordinated with, in `out`), runs that statement of the same speaker on through its text.
fn push_or_merge(out: &mut Vec<Statement>, spans: &mut Vec<usize>, st: Statement, span_end: usize, target: Option<(usize, usize)>) {
    if let Some(j) = target.and_then(|(s, e)| (s..e).find(|&j| out[j].speaker == st.speaker && out[j].speaker_text == st.speaker_text)) {
        let p = &mut out[j];
        p.text = Span::new(p.text.start.min(st.text.start), p.text.end.max(st.text.end));
        for e in st.about {
            if !p.about.contains(&e) {
                p.about.push(e);
            }
        }
        spans[j] = spans[j].max(span_end).max(p.text.end);
        return;
    }
    out.push(st);
    spans.push(span_end);
}

/// Whether a cue at `c`, coordinated (its "and" at `coord_at`) after the statement `prev` found
/// before it in the sentence, stands in that statement's reported clause by its tense: "had"
/// before it ("… that China had tightened its rules and had added …") where the statement's
/// cue is a simple past with no "had" of its own, or a bare form right after "and" ("… said the
/// bank must overhaul its controls and report every quarter …") where the cue is no bare form.
/// A cue of demand, and a request ("had asked X to …") in a clause whose subject is a personal
/// pronoun (the speaker's own), keep their own statement.
fn in_reported_tense(doc: &Doc, ctx: &Ctx, prev: Option<&Found>, coord_at: usize, c: usize, b: usize) -> bool {
    let Some(p) = prev.filter(|p| !p.content_before && !p.according) else { return false };
    let pc = doc.token_at(p.att.cue_span.start);
    if pc >= coord_at {
        return false;
    }
    let Some((plemma, _, _, pce)) = cue_at(doc, pc) else { return false };
    // (not a cue of demand, which has its own statement as before)
    let Some((lemma, _, _, ce)) = cue_at(doc, c).filter(|&(_, class, _, _)| class != CueClass::Demand) else { return false };
    // (a request in a clause whose subject is a personal pronoun is the speaker's own: "He said
    // he had spoken with X and had asked the Americans to lift the duty" is a statement of its
    // own; "she had agonised … but had concluded that …" goes on with what was said)
    let subject = (pce..coord_at).find(|&j| doc.tokens[j].lower == "that").map_or(pce, |j| j + 1);
    if subject >= coord_at || matches!(doc.tokens[subject].lower.as_str(), "he" | "she" | "i" | "we" | "they") && asked_to_do(doc, ctx, ce, b) {
        return false;
    }
    let first = |l: &'static str| l.split(' ').next().unwrap_or(l);
    let ptok = doc.tokens[pc].lower.as_str();
    // (a past cue: not its bare form, not its present in -s)
    let past = ptok != first(plemma) && !ptok.ends_with('s');
    let had_before = |j: usize| j > 0 && matches!(doc.tokens[j - 1].lower.as_str(), "had" | "has" | "have");
    let pluperfect = (coord_at + 1..c).any(|j| doc.tokens[j].lower == "had") && past && !had_before(pc);
    let bare = c == coord_at + 1 && doc.tokens[c].lower == first(lemma) && past;
    pluperfect || bare
}

/// The person that opens the reported clause of `f`, an "according to" whose source is a
/// statement (release, readout) from a body whose name ends in "Office" ("a statement from the
/// PM Office"), in the sentence `a..b`: the one whose act the office's statement reports.
fn office_statement_subject(doc: &Doc, ctx: &Ctx, f: &Found, a: usize, b: usize) -> Option<usize> {
    if !f.according || f.att.speakers.len() != 1 || doc.entities[f.att.speakers[0]].kind != EntityKind::Organization {
        return None;
    }
    let k = doc.token_at(f.att.cue_span.start);
    if doc.tokens[k].lower != "according" {
        return None;
    }
    let src_end = (k + 2..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";")).unwrap_or(b);
    if src_end < k + 4 || doc.tokens[src_end - 1].lower != "office" || !(k + 2..src_end).any(|j| matches!(doc.tokens[j].lower.as_str(), "statement" | "release" | "readout")) {
        return None;
    }
    let from = if f.content_before {
        after_opening_phrase(doc, ctx, a, k)
    } else if src_end < b && doc.tokens[src_end].lower == "," {
        src_end + 1
    } else {
        return None;
    };
    let np = np_at(doc, ctx, from, b)?;
    let at_start = np.start == from || np.start == from + 1 && doc.tokens[from].lower == "the";
    let e = *np.entities.first().filter(|_| at_start && np.entities.len() == 1)?;
    let e = doc.actor_of(e);
    (doc.entities[e].kind == EntityKind::Person && (!f.content_before || np.end < k)).then_some(e)
}

/// Whether `f`, a source closing the sentence `a..b` after its content ("…, according to his
/// lawyer, X."), reports the act of `p`, the one statement found before it: an act of asking,
/// accusing or rejecting ("X has asked Y to …", "X accused Y of …") whose subject opens the
/// sentence, and a source that names one who speaks (a person, or a body by a name or a noun for
/// one who speaks) and is no document ("a statement", "figures", "a memo seen by …").
fn closing_source_reports_act(doc: &Doc, ctx: &Ctx, p: &Found, f: &Found, a: usize, b: usize) -> bool {
    if p.according || p.content_before || p.coord.is_some() {
        return false;
    }
    let pc = doc.token_at(p.att.cue_span.start);
    if !cue_at(doc, pc).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Ask | CueClass::Accuse | CueClass::Deny)) {
        return false;
    }
    // (the act's subject opens the sentence)
    if p.att.subject.0 > after_opening_phrase(doc, ctx, a, pc) + 1 || p.att.subject.1 > pc {
        return false;
    }
    let k = doc.token_at(f.att.cue_span.start);
    if k <= pc || k == 0 || doc.tokens[k - 1].lower != "," || !closes_clause(doc, ctx, f.att.subject.1, b) {
        return false;
    }
    // (no document between "according to" and the sentence's end)
    let document = |w: &str| matches!(w, "statement" | "statements" | "report" | "reports" | "letter" | "letters" | "memo" | "document" | "documents" | "figures" | "data" | "filing" | "filings" | "records" | "readout" | "release" | "transcript" | "notice" | "copy" | "post" | "website" | "estimates" | "analysis" | "tally" | "count" | "notes" | "diaries" | "minutes" | "summary" | "announcement");
    if (k + 2..b).any(|j| document(&doc.tokens[j].lower)) {
        return false;
    }
    f.att.speakers.iter().all(|&e| matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Organization))
}

/// A subject pronoun at `k`, its copula and then an opening quotation mark ('said it was
/// "deeply concerned"', 'said she was "relieved"'): a report of how the speaker stands whose
/// predicate is quoted, short as it is.
fn pronoun_copula_quote(doc: &Doc, ctx: &Ctx, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "it" | "he" | "she" | "they" | "we") && ctx.tok_quote[k].is_none())
        && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "was" | "were" | "is" | "are"))
        && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Quote)
}

/// Where a clause coordinated after a statement's cue (at `ce`, before `b`) opens with an
/// appeal or a demand ("and urged", "but demanded", "and called on") or a participle that
/// adds or gives a reason (", adding", ", citing"): the token of its "and", "but" or comma.
pub(super) fn coordinated_appeal(doc: &Doc, ce: usize, b: usize) -> Option<usize> {
    (ce..b.min(doc.tokens.len())).find(|&j| {
        let next = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
        match doc.tokens[j].lower.as_str() {
            "and" | "but" => cue_at(doc, j + 1).is_some_and(|(_, class, _, _)| class == CueClass::Demand),
            "," => matches!(next(j + 1), "citing" | "adding" | "noting" | "stressing" | "emphasizing" | "emphasising")
                // (the writer's comment on it: ", a move likely to hit Y")
                || matches!(next(j + 1), "a" | "in") && matches!(next(j + 2), "move" | "step")
                || matches!(next(j + 1), "and" | "but") && cue_at(doc, j + 2).is_some_and(|(_, class, _, _)| class == CueClass::Demand),
            _ => false,
        }
    })
}

/// Entity `e` is named within `span` as the medium something was said in ("told CNN").
/// "told reporters in Lausanne, Switzerland, on Wednesday that …", "told a rally at X in Y
/// that …", "told reporters after a meeting in Doha, Qatar, that …": where and when a verb of
/// telling told the ones it names, up to the "that" of what it told (not what it is about).
/// The token of that "that", if the words between are a short addressee, a preposition of
/// place or time and names, nouns and commas (no verb after a name: "after Russia struck …").
pub(super) fn told_venue(doc: &Doc, ctx: &Ctx, cue_start: usize, cue_end: usize, b: usize) -> Option<usize> {
    let tok = |j: usize| doc.tokens[j].lower.as_str();
    if !crate::extract::np::told_form(tok(cue_start)) || cue_end + 2 >= b {
        return None;
    }
    // ("told the paper from Belém that …": where from, as where in)
    const PREP: &[&str] = &["in", "at", "after", "during", "outside", "on", "following", "before", "near", "ahead", "from"];
    let p = (cue_end + 1..(cue_end + 5).min(b)).find(|&j| PREP.contains(&tok(j)))?;
    if (cue_end..p).any(|j| doc.tokens[j].kind != TokenKind::Word || ctx.tok_quote[j].is_some() || matches!(tok(j), "that" | "who" | "which")) {
        return None;
    }
    const GLUE: &[&str] = &["in", "at", "after", "during", "outside", "on", "following", "before", "near", "ahead", "from", "of", "the", "a", "an", "its", "his", "her", "their", "last", "this", "next", "earlier", "later", "late", "early"];
    let mut prev_cap = false;
    for j in p..(p + 16).min(b) {
        let t = &doc.tokens[j];
        if ctx.tok_quote[j].is_some() || t.kind == TokenKind::Quote {
            return None;
        }
        if t.lower == "that" {
            return (j > p + 1).then_some(j);
        }
        if t.lower == "," {
            prev_cap = false;
            continue;
        }
        if t.kind == TokenKind::Number {
            prev_cap = false;
            continue;
        }
        if t.kind != TokenKind::Word || matches!(t.lower.as_str(), "who" | "which" | "where" | "when" | "and" | "but" | "as" | "because") {
            return None;
        }
        if !t.cap && prev_cap && !GLUE.contains(&t.lower.as_str()) {
            return None;
        }
        prev_cap = t.cap && j > p;
    }
    None
}

/// The comma of ", as a/the/more … <clause>" between `from` and `to`, outside quotes: the
/// writer's circumstance set beside a report ("…, as a fast-moving fire forced thousands of
/// people to leave …", "…, as the parliament prepares to vote …"), not what was said.
pub(super) fn writers_as(doc: &Doc, ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(2)).find(|&j| {
        doc.tokens[j].lower == ","
            && doc.tokens[j + 1].lower == "as"
            && matches!(doc.tokens[j + 2].lower.as_str(), "a" | "an" | "the" | "thousands" | "hundreds" | "dozens" | "more" | "some" | "many")
            && ctx.tok_quote[j].is_none()
    })
}

pub(super) fn named_as_venue(doc: &Doc, e: usize, span: Span) -> bool {
    // (the slice `mentions_in` gives starts at the first mention from `span.start`)
    let first = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions_in(span).iter().enumerate().any(|(i, x)| x.entity == e && crate::extract::np::venue(doc, first + i, doc.token_at(x.span.end)))
}

/// The parts of `text` before and after `inner` (either may be empty).
pub(super) fn outside(text: Span, inner: Span) -> [Span; 2] {
    [Span::new(text.start, inner.start.clamp(text.start, text.end)), Span::new(inner.end.clamp(text.start, text.end), text.end)]
}
