//! Finding the attributions of a sentence: the cues with their speakers, and the sources, that
//! report something of their own.

use super::*;

impl Sentence<'_> {
    /// The attributions of the sentence, in order: each cue with its speaker, or a source
    /// ("according to X"), that reports something of its own; the verbs inside what was said,
    /// in a condition or in a relative clause are none.
    pub(super) fn attributions(&self) -> Vec<Found> {
        let Sentence { doc, ctx, a, b, .. } = *self;
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
            if ctx.tok_quote.at(c).is_some() {
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
            // ("A video posted to social media showed …": a carrier's participle right after
            // the clause's first noun describes that noun, the clause's verb comes later)
            if carrier_subject_participle(doc, a, c) {
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
                Some(f) if coordinated && !found.is_empty() => self.continued(&found, c, coordinated, coord_at).or(Some(f)),
                Some(f) => Some(f),
                None if found.is_empty() => self.after_inverted(&found, c, participle),
                None => self.continued(&found, c, coordinated, coord_at),
            };
            let Some(mut f) = next else {
                c += 1;
                continue;
            };
            // ("According to a statement from the PM Office, the prime minister directed …",
            // "President X had instructed …, according to a statement from the Presidential
            // Communication Office": an office's statement carries the act of the person the
            // clause opens with, whom it serves)
            if let Some(e) = office_statement_subject(doc, ctx, &f, a, b).or_else(|| source_passes_on_cue(doc, ctx, &f, b)) {
                f.att.speakers = vec![e];
            }
            c = doc.token_at(f.att.cue_span.end).max(if f.coord.is_some() { 0 } else { f.att.subject.1 }).max(c + 1);
            self.admit(&mut found, f, &break_between);
        }
        found
    }

    /// "…, adding that …", "… and said …" (the cue at `c`, `coordinated` with the statement
    /// before, its "and" or comma at `coord_at`): the same speaker, or the subject of the nearer
    /// clause, goes on with a statement of its own.
    fn continued(&self, found: &[Found], c: usize, coordinated: bool, coord_at: usize) -> Option<Found> {
        let Sentence { doc, ctx, b, .. } = *self;
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
        let joins_names = |j: usize| doc.tokens[j - 1].lower == "and" && j >= 2 && ctx.tok_mention.at(j - 2).is_some();
        let nearer = (from + 1..c.saturating_sub(1)).rev().filter(|&j| matches!(doc.tokens[j - 1].lower.as_str(), "and" | "but" | ";") && !joins_names(j)).find_map(|j| {
            let np = np_at(doc, ctx, j, c)?;
            let speakers = np.actors(doc);
            (!speakers.is_empty() && np.end < c - 1).then_some(Attribution { speakers, text: None, cue: String::new(), cue_span, subject: (np.start, np.end) })
        });
        // ("X argued that Y relied on Z, who pleaded guilty and testified …": a verb
        // coordinated inside a relative clause is the antecedent's)
        let relative = (from..c).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| matches!(doc.tokens[j].lower.as_str(), "who" | "which")).filter(|&j| j >= 2 && doc.tokens[j - 1].lower == ",");
        if let Some((j, m)) = relative.and_then(|j| ctx.tok_mention.at(j - 2).map(|m| (j, m))).filter(|&(j, m)| doc.tokens[j].lower == "who" && doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == crate::model::EntityKind::Person) {
            let e = doc.actor_of(doc.mentions[m].entity);
            let subject = (doc.token_at(doc.mentions[m].span.start), j - 1);
            return follows.then(|| Found { att: Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject }, coord: Some(coord_at), according: false, content_before: false });
        }
        let att = nearer.unwrap_or_else(|| prev.att.clone());
        follows.then(|| Found { att: Attribution { cue: doc.slice(cue_span).to_string(), cue_span, ..att }, coord: Some(coord_at), according: false, content_before: false })
    }

    /// ("“…,” said X, Amnesty's director for the Americas, adding that …": a participle
    /// of saying after a quote's inverted attribution goes on with the quote's speaker,
    /// as after "“…,” X said, adding that …")
    fn after_inverted(&self, found: &[Found], c: usize, participle: bool) -> Option<Found> {
        let Sentence { doc, ctx, a, b, .. } = *self;
        (participle && found.is_empty() && c > a + 3 && doc.tokens[c - 1].lower == "," && matches!(doc.tokens[c].lower.as_str(), "adding" | "noting" | "stressing")).then_some(())?;
        let (_, _, _, ce) = cue_at(doc, c)?;
        let j = (a + 2..c).find(|&j| doc.tokens[j - 1].kind == TokenKind::Quote && doc.tokens[j - 2].lower == "," && ctx.tok_quote.at(j).is_none())?;
        cue_at(doc, j).filter(|&(_, class, _, cj)| class == CueClass::Speech && cj == j + 1)?;
        let m = ctx.tok_mention.get(j + 1)?;
        let e = doc.actor_of(doc.mentions[m].entity);
        (doc.entities[e].kind == crate::model::EntityKind::Person).then_some(())?;
        let me = doc.token_at(doc.mentions[m].span.end);
        // (nothing but the name and an appositive in commas between: no clause of its own)
        (me == c - 1 || doc.tokens[me].lower == "," && (me + 1..c - 1).all(|k| ctx.tok_quote.at(k).is_none() && doc.tokens[k].lower != "that" && cue_at(doc, k).is_none())).then_some(())?;
        let cue_span = tspan(doc, c, ce);
        complement_follows(doc, ce, b).then(|| Found { att: Attribution { speakers: vec![e], text: None, cue: doc.slice(cue_span).to_string(), cue_span, subject: (j + 1, me) }, coord: Some(c - 1), according: false, content_before: false })
    }

    /// Whether the attribution `f` found in the sentence is kept (pushed onto `found`, or
    /// taking the place of what was found before), or is no attribution of its own: a verb in a
    /// condition or a question, a document that carries words already attributed, a second
    /// attribution with no clause of its own. `break_between` tells whether a clause break
    /// stands between two tokens.
    fn admit(&self, found: &mut Vec<Found>, f: Found, break_between: &impl Fn(usize, usize) -> bool) {
        let Sentence { doc, ctx, a, b, .. } = *self;
        // ("X said members would strike before Christmas unless the companies offered
        // more": a verb in a condition inside what was said is no attribution of its own)
        let s0 = f.att.subject.0;
        // ("… ready to implement a ceasefire as soon as Russia agreed", "… once Kyiv agreed":
        // a time that is a condition too)
        let as_soon_as = s0 > a + 2 && doc.tokens[s0 - 1].lower == "as" && doc.tokens[s0 - 2].lower == "soon" && doc.tokens[s0 - 3].lower == "as";
        if !found.is_empty() && f.coord.is_none() && !f.according && s0 > a && (!f.content_before && matches!(doc.tokens[s0 - 1].lower.as_str(), "unless" | "if") || matches!(doc.tokens[s0 - 1].lower.as_str(), "once" | "until") || as_soon_as) {
            return;
        }
        // ("Asked whether Washington would cut off arms if Kyiv rejected the plan, he said
        // …", "X would respond if Y refused": a verb in a condition or a question before
        // any statement is no attribution either)
        if found.is_empty() && f.coord.is_none() && !f.according && !f.content_before && s0 > a && matches!(doc.tokens[s0 - 1].lower.as_str(), "unless" | "if" | "whether") {
            return;
        }
        // ("X said …, according to a statement issued on Monday": the unnamed document
        // carries the words of the speaker already named; it is no second speaker)
        // (the document may be followed by who put it out: "…, according to a readout
        // published by the city government")
        if f.according && f.att.speakers.is_empty() && found.last().is_some_and(|p| !p.according && !p.att.speakers.is_empty()) && f.att.text.is_some_and(|sp| unnamed_document(doc, doc.token_at(sp.start), doc.token_at(sp.end))) {
            return;
        }
        // "According to sources, X feels that …": X's own cue makes X the speaker; the
        // unnamed source only passes it on
        // (the source that is no person, whose clause's subject already speaks for it,
        // `source_passes_on_cue`: that subject's own cue, opening the clause after the source's
        // comma, takes its place; not a cue further on of one the clause names again, "…, X had
        // not finished the work it planned")
        let opens_after_source = |p: &Found| {
            let s = p.att.subject.1;
            (s..(s + 3).min(b)).find(|&j| doc.tokens[j].lower == ",").is_some_and(|j| f.att.subject.0 == j + 1 || f.att.subject.0 == j + 2 && doc.tokens[j + 1].lower == "the")
        };
        if found.len() == 1 && f.coord.is_none() && !f.att.speakers.is_empty() && found[0].according && !found[0].content_before && (found[0].att.speakers.is_empty() || found[0].att.speakers == f.att.speakers && opens_after_source(&found[0])) {
            found[0] = f;
            return;
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
                return;
            }
        }
        // ("A palace spokesperson dismissed the draft as “…”, according to the state news
        // agency Vexpress": a medium cited after the one act found carries that act's words; it
        // is no second speaker, nor one who reports the act, as a lawyer is below)
        if f.according && f.content_before && f.coord.is_none() && found.len() == 1 && !found[0].according && f.att.relayed_by_medium(doc) {
            return;
        }
        // ("Algeria has asked France nine times to extradite him, according to his lawyer, Eric
        // Plouvier.": an act of asking, accusing or rejecting that opens the sentence, then a
        // source named as one who speaks, closing it, reports the act; the act's subject did
        // not speak here. Not after a verb of saying or writing, nor a document as source:
        // "He said …, according to the agency", "… offered …, according to a statement")
        if f.according && f.content_before && f.coord.is_none() && !f.att.speakers.is_empty() && found.len() == 1 && closing_source_reports_act(doc, ctx, &found[0], &f, a, b) {
            found.clear();
            found.push(f);
            return;
        }
        // a second attribution needs a clause of its own ("…, while the government said …")
        if let Some(prev) = found.last().filter(|_| f.coord.is_none()) {
            if !self.own_clause(prev, &f, break_between) {
                return;
            }
        }
        found.push(f);
    }

    /// A second attribution needs a clause of its own ("…, while the government said …"): whether
    /// `f`, found after `prev` in the sentence, has one (a clause break between, a new subject after
    /// "and", a relative clause, …) and is no more of what `prev` said ("and that …", a reason, a
    /// belief after ", but").
    fn own_clause(&self, prev: &Found, f: &Found, break_between: &impl Fn(usize, usize) -> bool) -> bool {
        let Sentence { doc, a, .. } = *self;
        let from = doc.token_at(prev.att.cue_span.end).max(prev.att.subject.1);
        // (a subject found back before the first cue is that cue's own, and its clause
        // would end before it began: "X said that … by putting it to rest")
        if !f.content_before && !f.according && f.att.subject.0 < doc.token_at(prev.att.cue_span.start) {
            return false;
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
            return false;
        }
        if relative && relative_in_content(doc, prev, f, from) {
            return false;
        }
        // ("Roe said the toll was fair because she thought drivers could pay it": a
        // reason clause with a pronoun subject inside what was said goes on with it)
        let reason = s0 > from + 1 && matches!(doc.tokens[s0 - 1].lower.as_str(), "because" | "since") && f.att.subject.1 == s0 + 1 && crate::extract::np::is_pronoun(&doc.tokens[s0].lower);
        if reason && !prev.content_before && !prev.according && !f.content_before {
            return false;
        }
        if wh_pronoun_clause(doc, f) && !prev.content_before && !prev.according && !f.content_before {
            return false;
        }
        // ("Roe said that A, and that she might decide B": a second that-clause after a
        // verb of saying is more of what was said, whatever verb it has)
        // (the first clause may drop its "that": "X said talks had been constructive but
        // that Mexico expected …")
        let and_that = s0 > from + 2 && doc.tokens[s0 - 1].lower == "that" && matches!(doc.tokens[s0 - 2].lower.as_str(), "and" | "but" | "or");
        let says = cue_at(doc, doc.token_at(prev.att.cue_span.start)).is_some_and(|(_, class, _, _)| matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Announce | CueClass::Write | CueClass::Warn));
        if and_that && says && !prev.content_before && !prev.according && !f.content_before {
            return false;
        }
        // ("Roe says A, but she thinks B": the same speaker's belief after ", but" goes on
        // with what she says)
        let belief = cue_at(doc, doc.token_at(f.att.cue_span.start)).is_some_and(|(_, class, _, _)| class == CueClass::Belief);
        let same = !f.att.speakers.is_empty() && f.att.speakers == prev.att.speakers;
        let but_pronoun = s0 > from + 2 && doc.tokens[s0 - 1].lower == "but" && doc.tokens[s0 - 2].lower == "," && f.att.subject.1 == s0 + 1 && crate::extract::np::is_pronoun(&doc.tokens[s0].lower);
        if but_pronoun && belief && same && !prev.content_before && !prev.according && !f.content_before {
            return false;
        }
        true
    }
}

/// "A video posted to social media showed …", "Video shared online showed …": a carrier's
/// past participle (`carrier_participle`) at `c` right after the noun that opens the clause at
/// `a` (alone or after an article or "this") is a reduced relative clause describing the noun,
/// no verb of its own: the noun posted nothing, and what it showed is no one's statement. Not
/// "The union posted a video …" (a name before the verb), nor "X posted on social media that …".
/// Whether the source `s..e` of an "according to" is a document and no speaker: it ends in
/// "statement", "release", "readout" or "transcript", or one of them is followed by a participle
/// of putting out and "by" ("a readout published by the city government", "a transcript posted
/// by the bank").
fn unnamed_document(doc: &Doc, s: usize, e: usize) -> bool {
    let document = |j: usize| matches!(doc.tokens[j].lower.as_str(), "statement" | "release" | "readout" | "transcript");
    e > s && document(e - 1)
        || (s..e.saturating_sub(2)).any(|j| document(j) && matches!(doc.tokens[j + 1].lower.as_str(), "published" | "issued" | "released" | "posted" | "distributed") && doc.tokens[j + 2].lower == "by")
}

fn carrier_subject_participle(doc: &Doc, a: usize, c: usize) -> bool {
    // (the place first, asked at every token of every sentence: most are not second or third)
    (c == a + 1 || c == a + 2 && matches!(doc.tokens[a].lower.as_str(), "a" | "an" | "the" | "this")) && carrier_participle(doc, c)
}

/// "X said Republicans who opposed the bill should explain …": a relative clause's cue whose
/// antecedent opens what `prev` (a cue of saying with no object, its content after it, ending at
/// `from`) reports is part of that report, no statement of the antecedent's; the report keeps
/// its clause. ("“…,” said Jane Roe, who stressed …", where the antecedent is the speaker, and
/// "X told Y, who …" keep theirs.)
fn relative_in_content(doc: &Doc, prev: &Found, f: &Found, from: usize) -> bool {
    let (s0, s1) = f.att.subject;
    let cue = doc.token_at(f.att.cue_span.start);
    let opens_content = s0 == from || s0 == from + 1 && doc.tokens[from].lower == "that";
    !prev.content_before
        && !prev.according
        && !f.content_before
        && opens_content
        && s1 + 1 == cue
        && matches!(doc.tokens[s1].lower.as_str(), "who" | "which")
        && cue_at(doc, doc.token_at(prev.att.cue_span.start)).is_some_and(|(_, class, object, _)| !object && matches!(class, CueClass::Speech | CueClass::Belief | CueClass::Warn))
}

/// "X said Y should explain why they wanted …", "… asked how she knew …": a cue whose subject is
/// a lone personal pronoun right after "why", "how" or "whether" inside what was said opens an
/// indirect question of that report, no statement of its own (as a reason clause after
/// "because" does not).
fn wh_pronoun_clause(doc: &Doc, f: &Found) -> bool {
    let (s0, s1) = f.att.subject;
    s0 > 0 && s1 == s0 + 1 && matches!(doc.tokens[s0 - 1].lower.as_str(), "why" | "how" | "whether") && crate::extract::np::is_pronoun(&doc.tokens[s0].lower)
}
