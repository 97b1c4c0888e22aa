//! `demander`'s case of a verb coordinated with the clause's own ("Roe said … and urged the
//! US to …"): the subject of the clause, or the speaker the statements found for it.

use super::*;

impl<'a> Clause<'a> {
    /// "Jane Roe said she was unhappy with the delay and would ask the board to …": a verb
    /// after "and would"/"and will" (the future's modal right after the "and", no subject
    /// between) is coordinated as "… and asked" is; the modal, not the verb, follows the
    /// "and", so the test below reads the clause from it (`Clause::new` passes over "has",
    /// "had" and adverbs before the verb, not a modal).
    #[inline(always)]
    fn modal_after_and(self) -> bool {
        let Clause { doc, a, w, .. } = self;
        w > a + 2 && matches!(doc.tokens[w - 1].lower.as_str(), "would" | "will") && matches!(doc.tokens[w - 2].lower.as_str(), "and" | "but")
    }

    /// "Roe said the ministry would publish the figures and would ask Oslo to …", "told MPs
    /// that he was unhappy and would ask …": after "and would" (`modal_after_and`) the verb
    /// shares the subject of the reported clause, which opens after the first cue of speech
    /// (past a "that" within a few words), not the speaker's; `Some(None)` where that subject
    /// is no actor ("said the families would sue and would ask the court to …": no one found,
    /// as before), `None` where no cue of speech stands before (the clause's own subject).
    fn reported_subject(self, start: usize, c: usize) -> Option<Option<(Party, usize)>> {
        let Clause { doc, ctx, .. } = self;
        let lex = Lexicon::get();
        let cue = (start..c).find(|&x| !doc.tokens[x].cap && lex.cues.get(&doc.tokens[x].lower).is_some_and(|q| q.class == crate::lexicon::CueClass::Speech))?;
        let s = (cue + 1..(cue + 8).min(c)).find(|&x| doc.tokens[x].lower == "that").map_or(cue + 1, |x| x + 1);
        Some(np_at(doc, ctx, s, c).and_then(|np| actor_party(doc, &np)).map(|p| (p, c)))
    }

    /// "Roe said … and urged the US to …": a coordinated verb shares the clause's subject,
    /// which opens the sentence or follows an opening phrase ("Speaking in Paris, Macron said …")
    /// ("… and has repeatedly urged": auxiliaries and adverbs between, see `w` above)
    pub(super) fn coordinated_verb(self) -> Option<(Party, usize)> {
        let Clause { doc, ctx, a, w, .. } = self;
        let modal = self.modal_after_and();
        if modal || w > a && matches!(doc.tokens[w - 1].lower.as_str(), "and" | "but" | "then") {
            let c = if modal { w - 1 } else { w };
            // ("…, has the backing of President Jane Roe, who wrote that Hale would win and urged
            // voters to …": a verb coordinated inside a relative clause, with no comma between,
            // has the antecedent of "who" for its subject)
            if let Some(p) = who_before(doc, ctx, a, c) {
                return Some(p);
            }
            let start = crate::extract::statements::after_opening_phrase(doc, ctx, a, c);
            if modal {
                if let Some(found) = self.reported_subject(start, c) {
                    return found;
                }
            }
            // ("X told reporters that Roe had spoken with Y and had asked him to …": a verb
            // coordinated with the same auxiliary as the reported clause's own verb shares that
            // clause's subject, an actor right after "that", not the speaker's)
            let aux = doc.tokens[c].lower.as_str();
            if matches!(aux, "had" | "has" | "have" | "would" | "will") {
                let lex = Lexicon::get();
                let that = (start + 2..c).rev().find(|&x| doc.tokens[x].lower == "that" && (x.saturating_sub(6).max(start)..x).any(|j| !doc.tokens[j].cap && lex.cues.get(&doc.tokens[j].lower).is_some_and(|q| q.class == crate::lexicon::CueClass::Speech)));
                if let Some(np) = that.and_then(|x| np_at(doc, ctx, x + 1, c)).filter(|np| doc.tokens.get(np.end).is_some_and(|t| t.lower == aux)) {
                    if let Some(p) = actor_party(doc, &np) {
                        return Some((p, c));
                    }
                }
            }
            // the first person among the first words, else the first actor ("Its director, Jane
            // Roe, said … and urged", "Russia's envoy to the UN, Jane Roe, said … and demanded")
            let actors: Vec<(Party, usize)> = (start..c.min(start + 10)).filter_map(|k| np_at(doc, ctx, k, c).and_then(|np| actor_party(doc, &np).map(|p| (p, np.start)))).collect();
            // (the person stands where a subject does: first, after a comma, or after capitalised
            // words and "the" only; not the object of the first verb, "Oslo expels Danish envoy
            // and demands apology")
            let subject_place = |k: usize| k == start || doc.tokens[k - 1].lower == "," || (start..k).all(|j| doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "the" | "'s" | "-"));
            // ("Tarrant's chairman, Jane Roe, said … and urged": a name before "'s" is the
            // possessor of the subject, not the subject, though the names found take it for a person)
            let possessor = |k: usize| doc.mention_at_token(k).is_some_and(|m| doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")));
            let person = |p: &Party, k: usize| subject_place(k) && !possessor(k) && matches!(p, Party::Entity(e) if doc.entities[*e].kind == EntityKind::Person);
            // (a second cue of saying merged into the statement of the first, "said … and warned
            // that …", "said … and accused …": one statement since the convention, which the
            // look-ups of the statement that opens the clause, `opened` and `spoke`, must not take
            // as if it ran on through an appeal, "said … and urged Y to …", as it always did; the
            // actors of the clause are read, as before the merge; which verbs are merged is the
            // statements' own test: a cue that is no cue of demanding, so "asked Y to …" is one and
            // "called on Y to …" not)
            let cue_start = doc.tokens[c].span.start;
            let merged_cue = crate::extract::statements::cue_at(doc, c).is_some_and(|(lemma, class, _, _)| class != crate::lexicon::CueClass::Demand && lemma != "speak");
            let runs_on = |st: &crate::model::Statement| !(merged_cue && st.cue_span.is_some_and(|s| s.start < cue_start));
            // ("Its office for Asia said … and urged": a description that opens the
            // sentence and speaks for a body named before; the statement it opens has that body)
            if !actors.iter().any(|&(_, k)| k == start) {
                let opened = doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start == doc.tokens[start].span.start && st.text.end >= doc.tokens[c].span.end && runs_on(st));
                if let Some(e) = opened.and_then(|st| st.speaker).filter(|&e| !actors.iter().any(|&(p, _)| p == Party::Entity(e))) {
                    return Some((Party::Entity(e), c));
                }
                // ("The foreign ministers of the E3 said Iran's programme … and warned that …": the
                // unnamed speaker the statements found for the verb itself, when every actor found
                // stands after that speaker, in what was said)
                // (not a thing: "The police video has become a focal point for demonstrators, who …
                // called for …")
                let thing = |sp: &Span| doc.token_at(sp.end).checked_sub(1).is_some_and(|h| matches!(doc.tokens[h].lower.as_str(), "video" | "footage" | "clip" | "report" | "statement" | "document" | "letter" | "poll" | "survey" | "study" | "photo" | "image"));
                // (the statement of the verb itself, or the one of the cue it is coordinated with,
                // which runs on through it: "said … and warned that …" is one statement)
                let of_cue = |st: &&crate::model::Statement| st.kind == StatementKind::Reported && st.cue_span.is_some_and(|s| s.start == cue_start || s.start < cue_start && st.text.start <= s.start && cue_start < st.text.end && c > 0 && matches!(doc.tokens[c - 1].lower.as_str(), "and" | "but"));
                let at_cue = doc.statements.iter().filter(|st| st.speaker.is_none()).find(of_cue);
                if let Some(sp) = at_cue.and_then(|st| st.speaker_text).filter(|sp| !thing(sp) && actors.iter().all(|&(_, k)| doc.tokens[k].span.start >= sp.end)) {
                    return Some((Party::Text(sp), c));
                }
                // ("A State Department spokesperson said … and encouraged Baghdad to …": the actor
                // the statements found for the verb itself, when no actor stands among the first
                // words to choose)
                if actors.is_empty() {
                    if let Some(e) = doc.statements.iter().find(of_cue).and_then(|st| st.speaker) {
                        return Some((Party::Entity(e), c));
                    }
                }
                // ("Indigenous leaders said they had not been consulted and demanded …": a speaker
                // no name gives, as written, when no actor stands among the first words)
                let lex = Lexicon::get();
                // (people or a body, not a report or a video: "The video … has become a focal point
                // for demonstrators, who … called for …")
                let speaks = |t: &Span| {
                    doc.token_at(t.end).checked_sub(1).is_some_and(|h| {
                        let w = doc.tokens[h].lower.as_str();
                        lex.titles.contains_key(w) || lex.titles.contains_key(w.strip_suffix('s').unwrap_or(w)) || lex.person_nouns.contains(w) || matches!(w, "union" | "unions" | "party" | "government" | "group" | "groups" | "campaign" | "coalition" | "alliance" | "association" | "federation" | "committee" | "council" | "ministry")
                    })
                };
                if let Some(t) = opened.filter(|st| st.speaker.is_none() && actors.is_empty()).and_then(|st| st.speaker_text).filter(speaks) {
                    return Some((Party::Text(t), c));
                }
            }
            // ("The African Union's peace department, the PSD, said … and called on …": the
            // speaker the statements found for the clause, when it is among the actors named)
            let spoke = doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start == doc.tokens[start].span.start && st.text.end >= doc.tokens[c].span.end && runs_on(st)).and_then(|st| st.speaker);
            if let Some(e) = spoke.filter(|&e| actors.iter().any(|&(p, _)| p == Party::Entity(e)) && !actors.iter().any(|&(p, k)| person(&p, k))) {
                return Some((Party::Entity(e), c));
            }
            if let Some(&found) = actors.iter().find(|&&(p, k)| person(&p, k)).or(actors.first()) {
                // ("The head of the panel, former minister Jane Roe, said … and urged": the name
                // after a description that stands for the same person opens the demand's evidence)
                let named = |k: usize| doc.mention_at_token(k).is_some_and(|m| doc.mentions[m].kind == crate::model::MentionKind::Name && doc.token_at(doc.mentions[m].span.start) == k);
                if !named(found.1) {
                    if let Some(&later) = actors.iter().find(|&&(p, k)| p == found.0 && k > found.1 && (found.1..k).any(|j| doc.tokens[j].lower == ",")) {
                        return Some((later.0, c));
                    }
                }
                // (the evidence opens at the coordinated verb: "… and urged the US to …", as the
                // example gold has it)
                return Some((found.0, c));
            }
        }
        None
    }
}
