//! The words a capitalised run runs over (`Run::grow`): each case a method of `Run` that
//! answers `Grow::On` (the run took words: `j` moved), `Grow::Ends` (the run ends here) or
//! `None` (not this case); with no case the run ends.

use super::*;

/// What a case of `Run::grow` did.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Grow {
    /// The run took words (`j` moved) and grows on.
    On,
    /// The run ends at `j`.
    Ends,
}

impl Run {
    /// One step of the run's growth at token `j`: the cases in the old order.
    #[inline(always)]
    pub(super) fn grow(&mut self, doc: &Doc, lex: &Lexicon) -> Grow {
        first_case!(
            self.listed_name(),
            self.title_case_cue(doc, lex),
            self.line_break(doc, lex),
            self.article_a(doc),
            self.capitalised_word(doc, lex),
            self.place_through_lower(doc, lex),
            self.two_particles(doc),
            self.capitalised_particles(doc),
            self.portuguese_particle(doc),
            self.dutch_particle(doc, lex),
            self.welsh_son_of(doc, lex),
            self.fields_listed(doc, lex),
            self.connector(doc, lex),
            self.ampersand_in_organisation(doc, lex),
            self.firm_ampersand(doc, lex),
            self.campus(doc, lex),
            self.on_in_organisation(doc, lex),
            self.of_the_in_organisation(doc, lex),
            self.cause_members_mission_experts(doc, lex),
            self.the_after_of(doc),
            self.plural_possessive(doc, lex),
            self.office_possessive(doc, lex),
            self.group_possessive(doc),
            self.crown_possessive(doc, lex),
            self.for_the_in_organisation(doc, lex),
            self.event_after_on_the(doc, lex),
            self.field_after_on(doc, lex),
            self.aim(doc),
            self.station_number(doc);
            Grow::Ends
        )
    }

    /// Over a listed country's or organisation's name that runs past `j` (`country_end`).
    #[inline(always)]
    fn listed_name(&mut self) -> Option<Grow> {
        let e = self.country_end.filter(|&e| e > self.j)?;
        self.j = e;
        Some(Grow::On)
    }

    /// "Hale Vows To …": in a title-case line a speech verb in -s ends the run (unless a
    /// name known runs through it).
    #[inline(always)]
    fn title_case_cue(&self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        (self.title_case && doc.tokens[j].lower.ends_with('s') && lex.cues.contains_key(&doc.tokens[j].lower) && !known_through(doc, lex, i, j, b)).then_some(Grow::Ends)
    }

    /// "Jane Roe In the east …", "Jane Roe Image: …": a line without its full
    /// stop, or a caption's credit, ends the name
    #[inline(always)]
    fn line_break(&self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        (run_breaker(doc, j, b, self.title_case) && !known_through(doc, lex, i, j, b)).then_some(Grow::Ends)
    }

    /// "Natasha A real pleasure …": the article opening a sentence that lost its
    /// stop, no middle initial (which a capitalised surname follows)
    #[inline(always)]
    fn article_a(&self, doc: &Doc) -> Option<Grow> {
        let j = self.j;
        (doc.slice(doc.tokens[j].span) == "A" && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).then_some(Grow::Ends)
    }

    /// A capitalised word (not "I", a compound's modifier, a name repeated, a name addressed
    /// after the run).
    #[inline(always)]
    fn capitalised_word(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if is_cap_word(doc, j) && doc.slice(doc.tokens[j].span) != "I" && !compound_modifier(doc, j) && !repeated_name(doc, j, b) && !addressed_after(doc, lex, i, j, b) {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// A place's name with a lower-case word inside (`place_through_lower`), to its end.
    #[inline(always)]
    fn place_through_lower(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let e = place_through_lower(doc, lex, self.i, self.j, self.b)?;
        self.j = e;
        Some(Grow::On)
    }

    /// two particles: "Ursula von der Leyen", "Juan de la Cruz"
    #[inline(always)]
    fn two_particles(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if PARTICLES.contains(&doc.tokens[j].lower.as_str()) && j + 2 < b && PARTICLES.contains(&doc.tokens[j + 1].lower.as_str()) && is_cap_word(doc, j + 2) && !doc.tokens[j].cap && !doc.tokens[j + 1].cap {
            self.j += 3;
            return Some(Grow::On);
        }
        None
    }

    /// "Von der Leyen said", "De la Cruz said": a surname of two particles whose
    /// first is capitalised to open the sentence
    #[inline(always)]
    fn capitalised_particles(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if j == i + 1 && j + 1 < b && capitalised_particles(doc, i) && is_cap_word(doc, j + 1) {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "André Corrêa do Lago", "Maria José dos Santos": a Portuguese particle
    /// after a first name and a surname (not "Why do Americans …")
    #[inline(always)]
    fn portuguese_particle(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if j >= i + 2 && j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "do" | "dos" | "das") && !doc.tokens[j].cap && is_cap_word(doc, j + 1) && (i..j).all(|m| is_cap_word(doc, m)) {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "Hendrik ten Brink", "Mr ter Horst": a Dutch particle after a given name or a
    /// courtesy title opens the surname (not "On Monday ten Israelis …")
    #[inline(always)]
    fn dutch_particle(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "ten" | "ter") && !doc.tokens[j].cap && is_cap_word(doc, j + 1)
            && (lex.first_names.get(&doc.tokens[j - 1].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[j - 1].lower)
                || matches!(doc.tokens[j - 1].lower.as_str(), "mr" | "ms" | "mrs" | "dr") && doc.tokens[j - 1].cap)
        {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "Rhun ap Iorwerth", "Dafydd ab Owain": the Welsh "son of" between a given
    /// name and the father's name, one name (not an English word in lower case)
    #[inline(always)]
    fn welsh_son_of(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if j == i + 1 && j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "ap" | "ab") && !doc.tokens[j].cap && is_cap_word(doc, j + 1) && !lex.is_common_word(&doc.tokens[i].lower) {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "the Ministry of Housing, Communities and Local Government": fields listed
    /// with commas are one body's name (which `parse_run` would part at the commas)
    #[inline(always)]
    fn fields_listed(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let e = fields_listed(doc, lex, self.i, self.j, self.b)?;
        self.j = e;
        self.listed = true;
        Some(Grow::Ends)
    }

    /// "France and Germany" are two names; "Bosnia and Herzegovina" is one country
    /// ("U.S. Customs and Border Protection": a listed body's name runs past the "and")
    #[inline(always)]
    fn connector(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if !(connector(&doc.tokens[j].lower) && j + 1 < b && is_cap_word(doc, j + 1) && !doc.tokens[j].cap) {
            return None;
        }
        if doc.tokens[j].lower == "and" && !joined_by_and(doc, i, j + 2) && !fields_joined(doc, lex, i, j, b) && !office_fields_joined(doc, lex, i, j, b) && !joined_into_org(doc, lex, i, j, b) && !known_through(doc, lex, i, j, b) && !affairs_of_places(doc, lex, j, b) {
            return Some(Grow::Ends);
        }
        if party_member_of(doc, i, j) {
            return Some(Grow::Ends);
        }
        self.j += 2;
        Some(Grow::On)
    }

    /// An ampersand inside an organisation's name (`joined_into_org`).
    #[inline(always)]
    fn ampersand_in_organisation(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if doc.tokens[j].lower == "&" && joined_into_org(doc, lex, i, j, b) {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "Marlow & Finch", "Procter & Gamble": capitalised words joined by a spaced
    /// ampersand name one firm (a partnership's style), never two names
    #[inline(always)]
    fn firm_ampersand(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        if firm_ampersand(doc, lex, self.j, self.b) {
            self.j += 2;
            self.firm = true;
            return Some(Grow::On);
        }
        None
    }

    /// "the University of Vexmoor at Quarnby": a state university's campus in a
    /// town
    #[inline(always)]
    fn campus(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let e = campus_after(doc, lex, self.i, self.j, self.b)?;
        self.j = e;
        Some(Grow::On)
    }

    /// "the Council on Foreign Relations": a deliberating body "on" its subject
    #[inline(always)]
    fn on_in_organisation(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        if on_in_org(doc, lex, self.j, self.b) {
            self.j += 2;
            return Some(Grow::On);
        }
        None
    }

    /// "the Army of the North", "the Bank of the West": an organisation's head
    /// word, "of the" and a name
    #[inline(always)]
    fn of_the_in_organisation(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        if of_the_in_org(doc, lex, self.i, self.j, self.b) {
            self.j += 3;
            return Some(Grow::On);
        }
        None
    }

    /// "the Freedom of the Press Foundation": a body named for its cause;
    /// "the Association of Banks in Lebanon": members and their country; "the
    /// Verification Mission in Colombia", "the Group of Experts on Nicaragua"
    #[inline(always)]
    fn cause_members_mission_experts(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        let e = cause_of_the_org(doc, lex, i, j, b).or_else(|| members_in_country_org(doc, lex, i, j, b)).or_else(|| mission_in_country_org(doc, lex, i, j, b)).or_else(|| experts_on_country_org(doc, lex, i, j, b))?;
        self.j = e;
        self.listed = true;
        Some(Grow::Ends)
    }

    /// "the" after "of" before a capitalised word.
    #[inline(always)]
    fn the_after_of(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if doc.tokens[j].lower == "the" && j >= 1 && doc.tokens[j - 1].lower == "of" && j + 1 < b && is_cap_word(doc, j + 1) {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// "the Transport Workers' Union", "the Farmers' Federation": a plural's
    /// apostrophe inside an organisation's name
    #[inline(always)]
    fn plural_possessive(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        if plural_possessive_in_org(doc, lex, self.j, self.b) {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// "the National Financial Prosecutor's Office", "the Attorney General's
    /// Office": an office's holder with "'s" inside the name of the office
    /// ("according to the Ombudsman's Office": one word after "the" too)
    #[inline(always)]
    fn office_possessive(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s") && doc.tokens[j - 1].cap && j + 1 < b && lex.titles.contains_key(&doc.tokens[j - 1].lower) && matches!(doc.slice(doc.tokens[j + 1].span), "Office" | "Department" | "Bureau") && (j > i + 1 || i > 0 && doc.tokens[i - 1].lower == "the") {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// "the Vexmoor People's Party", "the Scottish Fishermen's Federation", "the
    /// Women's Institute": a plural for people with "'s" inside an organisation's name
    #[inline(always)]
    fn group_possessive(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s") && group_plural(&doc.tokens[j - 1].lower) && doc.tokens[j - 1].cap && j + 1 < b && is_cap_word(doc, j + 1) {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// "the Court of King's Bench", "Queen's University": the crown's "'s" inside a body's
    /// name, after "of" in a longer name or before an organisation's head word (the name
    /// had ended at "King", leaving "Court of King")
    #[inline(always)]
    fn crown_possessive(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { i, j, b, .. } = *self;
        if matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s")
            && j + 1 < b
            && doc.tokens[j - 1].cap
            && matches!(doc.tokens[j - 1].lower.as_str(), "king" | "queen")
            && is_cap_word(doc, j + 1)
            && (j >= i + 3 && doc.tokens[j - 2].lower == "of" || lex.org_words.contains(doc.slice(doc.tokens[j + 1].span)))
        {
            self.j += 1;
            return Some(Grow::On);
        }
        None
    }

    /// "the Quillmart Foundation for the Visual Arts": an organisation's head word,
    /// "for the" and what it is for, in common words ("League for the St. Louis
    /// Eagles" stays two names)
    #[inline(always)]
    fn for_the_in_organisation(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if !(matches!(doc.tokens[j].lower.as_str(), "for" | "on") && !doc.tokens[j].cap && j + 2 < b && doc.tokens[j + 1].lower == "the" && !doc.tokens[j + 1].cap && is_cap_word(doc, j + 2)
            && lex.is_common_word(&doc.tokens[j + 2].lower) && !lex.place_names.contains_key(&doc.tokens[j + 2].lower)
            && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower))
        {
            return None;
        }
        let mut j = j + 3;
        // ("the Federal Office for the Protection of the Constitution (BfV)", "the
        // Council for the Exploration of the Sea": what it is for may take "of the"
        // and a capitalised common word of its own, no place's name)
        if j + 2 < b && doc.tokens[j].lower == "of" && !doc.tokens[j].cap && doc.tokens[j + 1].lower == "the" && !doc.tokens[j + 1].cap && is_cap_word(doc, j + 2)
            && lex.is_common_word(&doc.tokens[j + 2].lower) && !lex.place_names.contains_key(&doc.tokens[j + 2].lower) && !lex.titles.contains_key(&doc.tokens[j + 2].lower)
        {
            j += 3;
        }
        self.j = j;
        Some(Grow::On)
    }

    /// "the Special Inquiry Committee on the Quarnby Disaster": a committee, commission or
    /// inquiry "on the" event it looks into, named by a name and a capitalised common word
    /// (the place and what befell it: "Disaster", "Fire", "Collapse"), the two ending the run.
    /// `for_the_in_organisation` takes only common words after "the", so the run had ended at
    /// the body's head, and "Quarnby Disaster" became a body of its own that spoke for it.
    /// Only "on", only these heads (not "the Security Council on the Gaza Strip …"), and two
    /// words exactly, the first no common word.
    #[inline(always)]
    fn event_after_on_the(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if !(doc.tokens[j].lower == "on" && !doc.tokens[j].cap && j + 3 < b && matches!(doc.slice(doc.tokens[j - 1].span), "Committee" | "Commission" | "Inquiry")
            && doc.tokens[j + 1].lower == "the" && !doc.tokens[j + 1].cap && is_cap_word(doc, j + 2) && is_cap_word(doc, j + 3)
            && !lex.is_common_word(&doc.tokens[j + 2].lower)
            && lex.is_common_word(&doc.tokens[j + 3].lower) && !lex.place_names.contains_key(&doc.tokens[j + 3].lower) && !lex.titles.contains_key(&doc.tokens[j + 3].lower)
            && (j + 4 == b || !is_cap_word(doc, j + 4)))
        {
            return None;
        }
        self.j = j + 4;
        Some(Grow::On)
    }

    /// A council's, committee's or commission's field after "on" (`field_after_on`).
    #[inline(always)]
    fn field_after_on(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Grow> {
        let m = field_after_on(doc, lex, self.j, self.b)?;
        self.j = m;
        Some(Grow::On)
    }

    /// "the Committee to Protect Journalists", "the Coalition to Stop Gun
    /// Violence": a body named for its aim, a capitalised verb and its object
    #[inline(always)]
    fn aim(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { j, b, .. } = *self;
        if doc.tokens[j].lower == "to" && !doc.tokens[j].cap && matches!(doc.slice(doc.tokens[j - 1].span), "Committee" | "Campaign" | "Coalition" | "Alliance" | "Movement" | "Fund" | "Foundation" | "Society" | "Council") && j + 2 < b && is_cap_word(doc, j + 1) && is_cap_word(doc, j + 2) {
            self.j += 2;
            self.aim = true;
            return Some(Grow::On);
        }
        None
    }

    /// "Quarnby Radio 4", "Channel 5": a station's or channel's number (one or two digits) after
    /// "Radio" or "Channel" inside the run is part of its name, the run goes on ("Quarnby Radio 5
    /// Live") and is one body whole (as `listed`); before, the run stopped at the number and
    /// named "Quarnby Radio". So is a union branch's number (up to four digits) after "Joint
    /// Council" or "District Council", as US unions number their branches ("Vexmoor Drivers
    /// Joint Council 12"): before, the branch was cut to "Vexmoor Drivers Joint Council". A
    /// branch's number closes the run, as a title and a name may follow it ("Joint Council 12
    /// President Ana Roe").
    #[inline(always)]
    fn station_number(&mut self, doc: &Doc) -> Option<Grow> {
        let Run { i, j, .. } = *self;
        let t = &doc.tokens[j];
        if j <= i || t.kind != TokenKind::Number || t.lower.len() > 4 || !t.lower.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let station = t.lower.len() <= 2 && matches!(doc.slice(doc.tokens[j - 1].span), "Radio" | "Channel");
        if !station && !branch_before(doc, i, j) {
            return None;
        }
        self.j += 1;
        self.listed = true;
        Some(if station { Grow::On } else { Grow::Ends })
    }
}

/// A union branch's words before its number at `j` inside the run from `i`: "Council" after
/// "Joint" or "District" (`station_number`). "Council" alone is not, as a number after a city's
/// council is seldom its name. "Local" and "Lodge" are not yet: "the union" after "X Local 12"
/// then found no union to stand for, and "the head of the union, X Lodge 12 President Ana Roe"
/// gave her a second role, "head", with no body.
fn branch_before(doc: &Doc, i: usize, j: usize) -> bool {
    j >= i + 2 && doc.slice(doc.tokens[j - 1].span) == "Council" && matches!(doc.slice(doc.tokens[j - 2].span), "Joint" | "District")
}

/// "Senator Jane Roe, Democrat of Oregon, said …", "Republican of Idaho": the party's noun
/// alone and "of" before the member's state (as US papers name members of Congress) are no
/// one name: "of" ends the run at the noun, so the state after it is found as a place. Joined,
/// "Democrat of Oregon" was one run that named nothing and the state was lost. Only the
/// singular noun as the run's one word ("the Democratic Party of Korea" keeps its "of").
fn party_member_of(doc: &Doc, i: usize, j: usize) -> bool {
    j == i + 1 && doc.tokens[j].lower == "of" && doc.tokens[i].cap && matches!(doc.tokens[i].lower.as_str(), "democrat" | "republican")
}
