//! The steps of `opening_words` (`runs.rs`): the words opening a capitalised run that are no
//! part of a name. Each step is a method of `Opening` that takes the words it finds off the
//! front of the run and gives the first word left, in the order the steps always ran; the tests
//! they share (`acronym`, `known_from`) are methods too. (`opening_words` and
//! `last_field_of_listed_portfolio` stay in `runs.rs` beside `parse_run`, so that they are
//! compiled with it and inlined into it as before the split.)

use super::*;

/// The run `i..j` whose opening words are asked about, and whether it opens its sentence.
#[derive(Clone, Copy)]
pub(super) struct Opening<'a> {
    pub(super) doc: &'a Doc,
    pub(super) lex: &'a Lexicon,
    pub(super) i: usize,
    pub(super) j: usize,
    pub(super) sentence_start: bool,
}

impl Opening<'_> {
    /// Whether the word at `k` is "THE" set in capitals by a trade paper's style ("THE Suez
    /// Canal Authority has …": a paragraph's first word in capitals): "THE" opening the sentence
    /// before a word in lower case letters is the article, no acronym.
    #[inline(always)]
    fn drop_cap(&self, k: usize) -> bool {
        let Opening { doc, i, j, sentence_start, .. } = *self;
        sentence_start && k == i && doc.tokens[k].lower == "the" && k + 1 < j && doc.slice(doc.tokens[k + 1].span).chars().any(char::is_lowercase)
    }

    /// Whether the word at `k` is written in capitals (full stops allowed), two characters or
    /// more, and is no drop cap: an acronym, which no stopword or connector takes off.
    #[inline(always)]
    fn acronym(&self, k: usize) -> bool {
        let doc = self.doc;
        doc.slice(doc.tokens[k].span).chars().all(|c| c.is_uppercase() || c == '.') && doc.tokens[k].span.len() >= 2 && !self.drop_cap(k)
    }

    /// Whether a listed country's, place's or organisation's name of two words or more opens
    /// at `k` (its first word, a stopword or common word, is part of it).
    #[inline(always)]
    fn known_from(&self, k: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1)
    }

    /// Whether the word at `m` is an organisation's head word that ends the run or comes
    /// before an office and its holder ("New Democratic Party MP Jane Roe").
    #[inline(always)]
    fn org_head(&self, m: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower) && (m + 1 == j || lex.titles.contains_key(&doc.tokens[m + 1].lower))
    }

    /// "the New Vexmoor Party": "New" opens an organisation's name that ends in its head word
    /// (so "All", before two words or more: "the All Quarnby Students' Association", "the
    /// All Vexmoor Progressives Congress", where a stopword would otherwise be left out)
    /// (or whose head word comes before an office and its holder: "New Democratic Party MP
    /// Jane Roe")
    #[inline(always)]
    fn new_org(&self, k: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        match doc.tokens[k].lower.as_str() {
            "new" => (k + 1..j).any(|m| self.org_head(m)),
            // (or a head word before "of" and a capitalised word: "the All Quarnby Council of Elders")
            "all" => (k + 2..j).any(|m| self.org_head(m) || lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower) && m + 2 < j && doc.tokens[m + 1].lower == "of" && !doc.tokens[m + 1].cap && doc.tokens[m + 2].cap),
            _ => false,
        }
    }

    /// ("Jan Egeland": a month's abbreviation that is a given name, before a capitalised word;
    /// of either sex: "Jan" is a man's and a woman's)
    /// (not before a month: "Thu March 13" is a date)
    #[inline(always)]
    fn given_month(&self, k: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        k + 1 < j && doc.tokens[k].lower.len() == 3 && lex.first_names.contains_key(&doc.tokens[k].lower) && !doc.slice(doc.tokens[k + 1].span).ends_with('.') && !crate::lexicon::is_month_or_abbreviation(&doc.tokens[k + 1].lower)
    }

    /// ("Von der Leyen said", "De la Cruz said": a surname of two particles opening the
    /// sentence, the first capitalised)
    #[inline(always)]
    fn particle_surname(&self, k: usize) -> bool {
        k == self.i && k + 2 < self.j && capitalised_particles(self.doc, k)
    }

    /// ("near Second Corwin Shoal", "on Third Harbour Street": an ordinal inside the sentence
    /// that opens a run ending in a place's head word, never a surname, is the place's first
    /// word, no opener)
    #[inline(always)]
    fn ordinal_of_place(&self, k: usize) -> bool {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        !(sentence_start && k == i)
            && k + 2 <= j
            && matches!(doc.tokens[k].lower.as_str(), "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth")
            && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some_and(|&surname| !surname)
    }

    /// Whether the word at `k` opens sentences or headings and is no name: a stopword (not an
    /// acronym, a listed name's first word, "New"/"All" of an organisation, a given name spelt
    /// as a month), a connector (not "bin"/"ibn" before a surname) or a greeting.
    #[inline(always)]
    fn opener(&self, k: usize) -> bool {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        lex.stopwords.contains(&doc.tokens[k].lower) && !self.acronym(k) && !self.known_from(k) && !self.new_org(k) && !self.given_month(k) && !self.ordinal_of_place(k)
            || connector(&doc.tokens[k].lower) && !self.acronym(k) && !self.known_from(k) && !(doc.tokens[k].cap && matches!(doc.tokens[k].lower.as_str(), "bin" | "ibn") && k + 2 == j && !(sentence_start && k == i))
            || GREETINGS.contains(&doc.tokens[k].lower.as_str())
    }

    /// Words that open sentences or headings, weekdays and months are not names: past every
    /// `opener` from `k`, stopping at a surname of particles.
    #[inline(always)]
    pub(super) fn past_openers(&self, mut k: usize) -> usize {
        while k < self.j && !self.particle_surname(k) && self.opener(k) {
            k += 1;
        }
        k
    }

    /// "Lawyers for Jane Roe said", "Supporters of Hale …": people of someone opening the
    /// sentence are no part of a name
    #[inline(always)]
    pub(super) fn past_people_of_someone(&self, k: usize) -> usize {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        if sentence_start && k == i && k + 2 < j && matches!(doc.tokens[k + 1].lower.as_str(), "for" | "of") && !doc.tokens[k + 1].cap {
            let lw = doc.tokens[k].lower.as_str();
            // ("Friends of the Earth Scotland said": an organisation's head word before "of the"
            // opens its name)
            if lw.len() > 3 && lw.ends_with('s') && (lex.person_nouns.contains(lw) || lex.speaker_nouns.contains(lw)) && !(doc.tokens[k + 2].lower == "the" && lex.org_words.contains(doc.slice(doc.tokens[k].span))) {
                return k + 2;
            }
        }
        k
    }

    /// "Two Harbour Authority (HA) tugs collided …", "Three Velmoran Navy ships …": a count
    /// opening the sentence, before a name and a plural noun in lower case (past the name's
    /// acronym in brackets), counts the things the name qualifies and is no part of it (not
    /// a listed name's first word)
    #[inline(always)]
    pub(super) fn past_count(&self, k: usize) -> usize {
        let Opening { doc, i, j, sentence_start, .. } = *self;
        if !(sentence_start && k == i && k + 1 < j) || !crate::lexicon::is_small_count_word(&doc.tokens[k].lower) {
            return k;
        }
        let n = if doc.tokens.get(j).is_some_and(|t| t.lower == "(") && doc.tokens.get(j + 2).is_some_and(|t| t.lower == ")") { j + 3 } else { j };
        let plural = doc.tokens.get(n).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss"));
        if plural && !self.known_from(k) { k + 1 } else { k }
    }

    /// "Visiting US Secretary of State Jan Roe said", "Embattled Prime Minister X": a common
    /// participle opening the sentence, before a country, its adjective or a title, is no part
    /// of a name
    #[inline(always)]
    pub(super) fn past_participle(&self, k: usize) -> usize {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        if sentence_start && k == i && k + 2 < j {
            let lw = doc.tokens[k].lower.as_str();
            let next = doc.tokens[k + 1].lower.as_str();
            if (lw.ends_with("ing") || lw.ends_with("ed")) && lw.len() > 5 && lex.is_common_word(lw) && !lex.first_names.contains_key(lw) && !lex.surnames.contains_key(lw) && !lex.titles.contains_key(lw)
                && (lex.country_any(next).is_some() || lex.titles.contains_key(next) || lex.title_modifiers.contains(next))
            {
                return k + 1;
            }
        }
        k
    }

    /// "Minister for Housing, Trade and Employment Jane Roe": a portfolio's last field opens no name
    #[inline(always)]
    pub(super) fn past_portfolio_field(&self, k: usize) -> usize {
        let Opening { doc, lex, i, j, .. } = *self;
        if k == i && last_field_of_listed_portfolio(doc, lex, i, j) {
            return k + 1;
        }
        k
    }

    /// "Labor Day", "New Year's Eve", "Super Bowl": events, never people
    #[inline(always)]
    pub(super) fn past_holidays(&self, mut k: usize) -> usize {
        while k < self.j {
            match holiday_cover(self.doc, self.lex, k) {
                Some(e) => k = e,
                None => break,
            }
        }
        k
    }

    /// "Press secretary Jane Roe", "Foreign minister Tom Hale": a title whose first word opens
    /// the sentence (capitalised only for that) is no name; the name follows it
    #[inline(always)]
    pub(super) fn title_in_lower_case(&self, k: usize) -> bool {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        sentence_start && k == i && j == k + 1 && longest(doc, k, doc.tokens.len(), &lex.titles).is_some_and(|(e, _)| e > k + 1) && !doc.tokens[k + 1].cap
    }

    /// "Hopefully President Bush …", "Meanwhile Jane Roe …": a common word opening the
    /// sentence before a title or a given name is no part of the name
    /// (not a listed organisation's initials: "WHO Director-General Jane Roe said")
    /// (nor a title word that opens a longer title, a given name spelt as a common word only
    /// by a stem, or a short East Asian surname: see `common_word_is_name`)
    #[inline(always)]
    pub(super) fn past_common_word(&self, k: usize) -> usize {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        if sentence_start && k == i && k + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && !(self.acronym(k) && lex.organisations.contains_key(&doc.tokens[k].lower)) && !self.common_word_is_name(k) && self.name_follows_common_word(k) {
            return k + 1;
        }
        k
    }

    /// Whether the common word at `k` opening the sentence is part of what follows after all:
    /// a title word that opens a longer title ("Director General of Police Jane Roe …"), a
    /// given name that is a common word only by a stem ("James Wallace, the chief executive of
    /// …, said" opening a sentence, "James" read as "jam" and "-es"), or a short surname spelt
    /// as a common word before a hyphenated East Asian given name, the two the whole run
    /// ("Park Ji-hoon, a lawmaker, warned", "Song Mi-ra said").
    #[inline(always)]
    fn common_word_is_name(&self, k: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        let opens_title = || lex.titles.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_some_and(|(e, _)| e > k + 1);
        let stemmed_given = || lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !lex.common_words.contains(doc.tokens[k].lower.as_str());
        let east_asian_surname = || {
            let w = doc.slice(doc.tokens[k].span);
            k + 2 == j && (2..=4).contains(&w.chars().count()) && !lex.stopwords.contains(&doc.tokens[k].lower) && super::super::shapes::hyphenated_given(doc.slice(doc.tokens[k + 1].span))
        };
        opens_title() || stemmed_given() || east_asian_surname()
    }

    /// Whether what follows the common word at `k` makes it no part of the name: a title, a
    /// given name that is no common word, a country after a participle, or an organisation's
    /// initials; unless the words from `k` are a listed organisation's or place's name, or a
    /// company's trade before its country.
    #[inline(always)]
    fn name_follows_common_word(&self, k: usize) -> bool {
        let Opening { doc, lex, j, .. } = *self;
        let next = &doc.tokens[k + 1].lower;
        // ("Retired U.S. Air Force Gen. Jane Roe": a participle before a country's name
        // neither; "Environment Canada" is a name)
        let participle = doc.tokens[k].lower.ends_with("ed") && longest(doc, k + 1, j, &lex.country_names).is_some() && !self.known_from(k);
        // ("Rival BMW declined": nor one before an organisation's initials)
        // (unless the two words are a listed organisation's name: "Reform UK leader Jane Roe")
        let initials = k + 2 == j && is_acronym(doc.slice(doc.tokens[k + 1].span)) && !lex.stopwords.contains(&doc.tokens[k].lower) && longest(doc, k, j, &lex.organisations).is_none();
        // (nor the first word of a listed organisation's name: "Fine Gael leader Jane Roe",
        // where "Gael" is also a given name)
        let listed = || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1);
        // (nor the first word of a listed place's name before a given name: "Port Louis wants
        // London to …", "Lake Charles expects …" are the towns, not a person "Louis", whose
        // lone surname would join a "Marie Louis" named later)
        let listed_place = || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1);
        // (nor a company's trade before the country it is named by, the two the whole run:
        // "Air France said", whose country is also a given name, is the airline; nor a national
        // body's field before its country's initials: "Rowing UK said" is the body, as
        // `national_agency` reads it inside a sentence, nor any body before them,
        // `body_before_initials`; nor a body's field before its state:
        // "Ambulance Alberta said", whose state is also a given name)
        let trade_of_country = || {
            let w = doc.slice(doc.tokens[k].span);
            lex.company_heads.contains(w) && longest(doc, k + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j) || AGENCY_FIELDS.contains(&w) && super::super::shapes::nation_or_region_to_end(doc, lex, k + 1, j) || super::super::shapes::body_before_initials(doc, lex, k, j)
        };
        (lex.titles.contains_key(next) || lex.first_names.get(next).is_some_and(|g| *g != 'u') && !lex.is_common_word(next) || participle || initials) && !listed() && !listed_place() && !trade_of_country()
    }

    /// ("Economist Thandiwe Nkosi of the …": a noun for a person opening the sentence before
    /// two or more capitalised words that are no known name titles them, as in lower case)
    /// (not before an organisation's head word: "Liberal Party MP Jane Roe", "Liberal" also a
    /// noun for a person, names the party)
    #[inline(always)]
    pub(super) fn noun_opened(&self, k: usize) -> bool {
        let Opening { doc, lex, i, j, sentence_start } = *self;
        sentence_start && k == i && k + 3 <= j && lex.person_nouns.contains(&doc.tokens[k].lower) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span)) && !doc.tokens[k].lower.ends_with('s') && !lex.first_names.contains_key(&doc.tokens[k].lower) && !lex.surnames.contains_key(&doc.tokens[k].lower) && doc.tokens[k + 1].kind == TokenKind::Word && doc.tokens[k + 2].kind == TokenKind::Word && doc.tokens[k + 1].cap && doc.tokens[k + 2].cap
    }
}
