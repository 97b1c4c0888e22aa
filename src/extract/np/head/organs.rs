//! A body's or a state's organ at `k`, after its name ("MI5 intelligence service", "Pentagon
//! officials", "Quillmart's board"): the body speaks, and where it does not (a poll, those who
//! oppose a state, a company's union).

use super::*;

impl Head<'_> {
    /// "MI5 intelligence service", "Pentagon officials": the organisation speaks
    #[inline(always)]
    pub(super) fn organ_of_body(&mut self) -> Option<Step> {
        let Head { doc, ctx, lex, limit, k, last, .. } = *self;
        let (e0, _) = last?;
        if !(matches!(doc.entities[e0].kind, EntityKind::Organization | EntityKind::Country) && !doc.tokens[k].cap) {
            return None;
        }
        // ("Quillmart's board said", "the bank's management said": a company's governing
        // body speaks for it; no statement had been read)
        let headish = |w: &str| {
            lex.speaker_nouns.contains(w) || lex.titles.contains_key(w) || lex.titles.contains_key(w.trim_end_matches('s')) || matches!(w, "service" | "office" | "parliament" | "cabinet" | "senate" | "congress" | "force" | "forces" | "staff" | "guard" | "navy" | "army" | "police" | "embassy" | "mission" | "command")
                || doc.entities[e0].kind == EntityKind::Organization && matches!(w, "board" | "management" | "leadership")
                // ("urged Myanmar's military rulers to …": those who rule a state are the state)
                || doc.entities[e0].kind == EntityKind::Country && matches!(w, "rulers" | "leaders" | "leadership" | "regime")
        };
        // (not past an infinitive's "to" or "that": "urged the Quarnel Commission to
        // release data" is no "Commission … data")
        // (nor past a verb in the present, whose object a determiner or a name opens:
        // "unless the Pentagon informs the committee", "… briefs Congress" is no
        // "Pentagon … committee")
        let object = |j: usize| {
            let v = &doc.tokens[j - 1];
            j > k && (doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her")) && v.kind == TokenKind::Word && !v.cap && v.lower.len() > 2 && v.lower.ends_with('s') && !v.lower.ends_with("ss")
        };
        let j = (k..limit.min(k + 3)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "to" | "that") && !object(j)).find(|&j| headish(&doc.tokens[j].lower))?;
        // (a post no office names may follow the name at once: "Kesterby Bank economist Jane Roe")
        if (j > k || named_post(&doc.tokens[j].lower)) && office_before_person(doc, ctx, k, j) {
            self.k = j + 1;
            return Some(Step::On);
        }
        if self.poll(j) || self.opposes_state(e0, j) || self.opposes_company(e0, j) {
            return Some(Step::NoActor);
        }
        let end = self.mission_served(j);
        self.last = Some((e0, end));
        Some(Step::Ends)
    }

    /// ("a Harbor Post poll shows": a poll is a source of its own, as written, like
    /// "a new poll" or "a poll by the Harbor Post")
    #[inline(always)]
    fn poll(&self, j: usize) -> bool {
        matches!(self.doc.tokens[j].lower.as_str(), "poll" | "polls" | "survey" | "surveys")
    }

    /// ("Norland's biggest opposition party", "the country's rebel forces": those
    /// who oppose a state do not speak for it)
    /// (nor its unions, parties and firms: "Britain's biggest rail union said")
    #[inline(always)]
    fn opposes_state(&self, e0: usize, j: usize) -> bool {
        let Head { doc, k, .. } = *self;
        doc.entities[e0].kind == EntityKind::Country && (k..=j).any(|x| matches!(doc.tokens[x].lower.as_str(), "opposition" | "rebel" | "rebels" | "separatist" | "insurgent" | "union" | "unions" | "party" | "parties" | "company" | "companies" | "firm" | "firms" | "charity" | "charities" | "association" | "federation" | "club" | "airline" | "carrier" | "broadcaster" | "newspaper"))
    }

    /// ("Boeing's largest union rejected …", "the carmaker's workers said": a
    /// company's union and workers speak against it, not for it)
    #[inline(always)]
    fn opposes_company(&self, e0: usize, j: usize) -> bool {
        let Head { doc, t, k, .. } = *self;
        doc.entities[e0].kind == EntityKind::Organization && k > t && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && (k..=j).any(|x| matches!(doc.tokens[x].lower.as_str(), "union" | "unions" | "workers" | "employees" | "pilots" | "drivers" | "nurses" | "staffers" | "shareholders" | "investors" | "customers" | "critics" | "rivals"))
    }

    /// ("Finland's delegation to the African Union argued", "Norway's embassy in
    /// Madrid said": the body or place after "to"/"in" is where it serves, and
    /// the phrase is the sending state's): the phrase's end after the organ at `j`.
    #[inline(always)]
    fn mission_served(&self, j: usize) -> usize {
        let Head { doc, ctx, limit, .. } = *self;
        let mut end = j + 1;
        if matches!(doc.tokens[j].lower.as_str(), "mission" | "embassy" | "delegation") && doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "to" | "in")) {
            let at = end + 1 + usize::from(doc.tokens.get(end + 1).is_some_and(|x| x.lower == "the"));
            if let Some(m) = ctx.tok_mention.get(at).filter(|&m| doc.mentions[m].span.start == doc.tokens[at].span.start) {
                end = doc.token_at(doc.mentions[m].span.end).min(limit);
            }
        }
        end
    }
}
