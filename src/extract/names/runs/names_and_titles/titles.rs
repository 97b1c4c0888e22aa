//! `names_and_titles`' cases that read a title or office: a title in the run (what it names
//! when no one holds it, a state's body before it, what the office is of and its holder),
//! a portfolio before an office, a title that ends the run.

use super::*;

impl Reading {
    /// A title at `k` (`title_at`): unless its run names a body, place or law and no holder
    /// (`title_names_no_holder`), it is read past, titling the words after it, a state's body
    /// before it named (`state_body_before_office`), and what the office is of read
    /// (`what_office_is_of`).
    pub(super) fn title(&mut self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let (e, office) = title_at(doc, k, j)?;
        if let Some(step) = self.title_names_no_holder(doc, lex, e, office) {
            return Some(step);
        }
        self.state_body_before_office(doc, lex, e);
        self.titled = e < j;
        self.k = e;
        self.after_title = e;
        if let Some(step) = self.what_office_is_of(doc, lex, office, deferred) {
            return Some(step);
        }
        self.seg = self.k;
        Some(Step::Read)
    }

    /// A title word `k..e` opening a run that names no holder: a body (`title_then_region`,
    /// `title_opens_body`), a place named after its holder (`title_names_place`) or a law
    /// (`title_opens_law`).
    fn title_names_no_holder(&self, doc: &mut Doc, lex: &Lexicon, e: usize, office: &str) -> Option<Step> {
        self.title_then_region(doc, lex, e).or_else(|| self.title_opens_body(doc, lex, e)).or_else(|| self.title_names_place(doc, lex, e)).or_else(|| self.title_opens_law(doc, lex, e, office))
    }

    /// ("the rights group Water Justice Africa": a title whose run ends in a continent
    /// or world region alone names a body, not a person "Africa").
    fn title_then_region(&self, doc: &mut Doc, lex: &Lexicon, e: usize) -> Option<Step> {
        let Reading { j, run_start, .. } = *self;
        if e < j && world_region_at(doc, lex, e, j) {
            return Reading::organisation(doc, run_start, j);
        }
        None
    }

    /// "Major League Soccer": a title word opening an organisation's name, whose
    /// words after it hold an organisation word and no given name.
    fn title_opens_body(&self, doc: &mut Doc, lex: &Lexicon, e: usize) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        if k == run_start && e < j && (e..j).any(org_word) && !(e..j).any(given) {
            return Reading::organisation(doc, k, j);
        }
        None
    }

    /// ("King Abdulaziz International Airport", "Imam Hussein Square": a title word
    /// opening a run that ends in a word for a place or building that is no surname
    /// names the place after its holder, title and all; nobody holds the title).
    fn title_names_place(&self, doc: &mut Doc, lex: &Lexicon, e: usize) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start && e < j && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some_and(|&surname| !surname) {
            mention_place(doc, lex, k, j, false);
            return Some(Step::Done);
        }
        None
    }

    /// ("the General Data Protection Regulation": a title word opening a run of two or
    /// more common words, no given name or surname among them, names a law or a
    /// body's programme, no person)
    /// ("Head Start programs": "head" opens no name of its own, only "head of …" does,
    /// so one common word after it is a name's too)
    /// (not a nationality adjective and one word closing the run, which the adjective
    /// rule reads as the holder's name: "Rep. French Hill, the …, said").
    fn title_opens_law(&self, doc: &Doc, lex: &Lexicon, e: usize, office: &str) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        let plain = |m: usize| lex.is_common_word(&doc.tokens[m].lower) && !given(m) && !lex.surnames.get(&doc.tokens[m].lower).is_some_and(|&r| r <= 20_000);
        let adjective_named = e + 2 == j && lex.country_adjectives.contains_key(&doc.tokens[e].lower) && doc.tokens.get(j).is_none_or(|t| !t.cap);
        (k == run_start && (e + 2 <= j || e + 1 == j && office == "head") && (e..j).all(plain) && !adjective_named).then_some(Step::Done)
    }

    /// ("Vexmoor Foreign Ministry Spokeswoman X": a state body written after a country's
    /// adjective opens the title `k..e` and owns the office: the body, named as that state's,
    /// its words its mention).
    fn state_body_before_office(&self, doc: &mut Doc, lex: &Lexicon, e: usize) {
        let Reading { j, k, .. } = *self;
        if e < j && k > 0 && doc.tokens[k].cap {
            let adjective = lex.country_adjectives.get(&doc.tokens[k - 1].lower).copied().or_else(|| k.checked_sub(2).and_then(|a| two_word_adjective(doc, lex, a)).filter(|&(ae, _)| ae == k).map(|(_, c)| c));
            if let Some(c) = adjective {
                if let Some(be) = state_body_at(doc, lex, k, e, |s| s.adjective).filter(|&be| be < e && doc.mention_at_token(k).is_none()) {
                    let body = text_of(doc, k, be);
                    let name = national_body(lex, c, &body).unwrap_or_else(|| format!("{} {}", lex.country_adjective(c), body));
                    let ent = doc.organisation(&name);
                    doc.add_mention(span_of(doc, k, be), ent, MentionKind::Name);
                }
            }
        }
    }

    /// "President of Vexmoor Jane Roe", "Governor General of Canada": what the office
    /// is of is a name of its own, not the start of the holder's: a place, or a portfolio and
    /// then the holder's name. `Some(Step::Done)` where a portfolio has no holder after it.
    fn what_office_is_of(&mut self, doc: &mut Doc, lex: &Lexicon, office: &str, deferred: &mut Vec<(usize, usize, bool)>) -> Option<Step> {
        let Reading { j, heading, .. } = *self;
        let mut k = self.k;
        if k + 1 < j && matches!(doc.tokens[k].lower.as_str(), "of" | "for") && !doc.tokens[k].cap {
            k += 1;
            self.k = k;
            // what follows is what the office is of, not its holder ("Mayor of Brampton")
            self.titled = false;
            // (not a one-word place spelt as a common word that opens a portfolio of
            // common words: "Commissioner for Human Rights X", where "Human" is also a
            // town's other name)
            let portfolio_word = |pe: usize| pe == k + 1 && pe + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && lex.is_common_word(&doc.tokens[pe].lower);
            // ("the Conservative MP for Harwich": a member's seat, a listed town, may end the run)
            let seat = matches!(office, "MP" | "MEP") && doc.tokens[k - 1].lower == "for";
            if let Some((pe, p)) = longest(doc, k, j, &lex.place_names).filter(|&(pe, _)| (pe < j || seat) && lex.country_names.get(&fold(&text_of(doc, k, pe))).is_none() && !portfolio_word(pe)) {
                let ent = doc.place(p[0], false);
                doc.add_mention(span_of(doc, k, pe), ent, MentionKind::Name);
                self.k = pe;
            } else if longest(doc, k, j, &lex.country_names).is_none() && longest(doc, k, j, &lex.organisations).is_none() && lex.place_names.get(&fold(&text_of(doc, k, j))).is_none() {
                // "Minister of Education Jane Roe": a portfolio, then the holder's name
                // (parsed on its own); "the Minister of Defence said": no name at all
                let holder = (k + 1..j.saturating_sub(1)).find(|&m| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, m, j, true));
                // ("Minister of Foreign Affairs Jan Kowal", "Minister of Culture Ostap
                // Roe": a given name no list knows for a man's or a woman's; a portfolio
                // of common words, then a name of two or three words none common)
                let holder = holder.or_else(|| portfolio_then_holder(doc, lex, k, j));
                let Some(mut m) = holder else { return Some(Step::Done) };
                // ("Minister of Trade Juan Carlos de la Vega", "… Faisal bin Farhan bin
                // Abdullah": a name longer than a person's shape opens with given names,
                // or a given name and "bin", before the given name found)
                let given_word = |x: usize| doc.tokens[x].cap && lex.first_names.get(&doc.tokens[x].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[x].lower);
                loop {
                    if m > k + 1 && given_word(m - 1) {
                        m -= 1;
                    } else if m > k + 2 && matches!(doc.tokens[m - 1].lower.as_str(), "bin" | "ibn" | "bint") && given_word(m - 2) {
                        m -= 2;
                    } else {
                        break;
                    }
                }
                // (a portfolio in common words names no body: "Commissioner for Human
                // Rights X")
                if !(k..m).all(|x| lex.is_common_word(&doc.tokens[x].lower)) {
                    parse_run(doc, lex, k, m, false, heading, deferred);
                }
                self.k = m;
                self.titled = true;
            }
        }
        None
    }

    /// "Water Resources Minister P Rao said": a portfolio in capitalised common words, an
    /// office, then the holder's name (true where the office and what it is for or of make
    /// the rest of the run, parsed on their own).
    pub(super) fn portfolio_office(&mut self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Reading { j, k, run_start, titled, heading, .. } = *self;
        if !titled && k == run_start {
            let office_at = |h: usize| {
                let office = lex.titles.get(&doc.tokens[h].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
                office.then(|| title_at(doc, h, j)).flatten().map(|(e, _)| (h, e))
            };
            let portfolio = |h: usize| (k..h).all(|m| doc.tokens[m].cap && lex.is_common_word(&doc.tokens[m].lower) && !lex.first_names.contains_key(&doc.tokens[m].lower));
            if let Some((h, e)) = (k + 1..j.saturating_sub(1)).find_map(office_at).filter(|&(h, e)| e < j && portfolio(h)) {
                // ("the Conservative MP for Harwich", "Defence Minister of Vexmoor": what the office
                // is for or of, no holder's name; the office and it parsed as a run of their own)
                if !doc.tokens[e].cap && matches!(doc.tokens[e].lower.as_str(), "for" | "of") {
                    parse_run(doc, lex, h, j, false, heading, deferred);
                    return true;
                }
                self.k = e;
                self.titled = true;
            }
        }
        false
    }

    /// "the Senate Majority Leader said": a title ends the run, and no name follows it (true
    /// where the words before it are parsed on their own).
    pub(super) fn title_ends_run(&self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Reading { i, j, k, sentence_start, heading, .. } = *self;
        if let Some(h) = (k + 1..j).find(|&h| longest(doc, h, j, &lex.titles).is_some() && title_at(doc, h, j).is_some_and(|(e, _)| e == j)) {
            // "Stephen King", "John Major" are people
            let person_first = lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') || person_shape(doc, lex, k, h, true);
            if !person_first {
                parse_run(doc, lex, k, h, sentence_start && k == i, heading, deferred);
                return true;
            }
        }
        false
    }
}
