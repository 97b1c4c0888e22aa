//! `one_name`'s cases that find a person (or leave one word for later): the surname of a
//! person named in full, a town then a surname, a surname in capitals, a heading's name, one
//! word that speaks, one word left, a common word or a people's word before a full name.

use super::*;

impl Rest {
    /// One word, the surname of a person the story names in full ("Belgrano" after "Manuel
    /// Belgrano"; see `Rest::known_surname`).
    pub(super) fn surname_of_person_named(&self, doc: &mut Doc) -> bool {
        if self.known_surname {
            self.add_person(doc);
            return true;
        }
        false
    }

    /// "Paris Hilton", "Virginia Woolf": a town or region, then a common surname that is no
    /// common word, is a person (teams, newspapers and buildings were taken before).
    pub(super) fn town_then_surname(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, n, titled, heading, ref first, .. } = *self;
        if n == 2 && !titled && !heading && lex.place_names.contains_key(first) && lex.country_any(first).is_none() && !lex.is_common_word(first) {
            let last = &doc.tokens[k + 1].lower;
            let surname = lex.surnames.get(last).is_some_and(|&r| r <= 5000) && !lex.is_common_word(last) && !lex.stopwords.contains(last) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span));
            if surname && doc.slice(doc.tokens[k + 1].span).chars().skip(1).all(char::is_lowercase) {
                self.add_person(doc);
                return true;
            }
        }
        false
    }

    /// "in which TOLLIVER and PETTIGREW joined": a surname in capitals (a court's opinion, a
    /// transcript) is a person's, unless an organisation of that name is listed (or a law is
    /// invoked: "sued under the ACT").
    pub(super) fn caps_surname(&self, doc: &mut Doc, lex: &Lexicon, not_initials: bool) -> bool {
        let Rest { k, n, titled, ref name, ref lower, .. } = *self;
        let caps_surname = n == 1
            && !titled
            && name.len() >= 4
            && name.chars().all(|c| c.is_ascii_uppercase())
            && lex.surnames.get(lower).is_some_and(|&r| r <= 30_000)
            && !lex.is_common_word(lower)
            && !not_initials
            && lex.organisations.get(lower).is_none()
            && !(k > 0 && doc.tokens[k - 1].lower == "under");
        if caps_surname && !self.shouting(doc) {
            self.add_person(doc);
            return true;
        }
        false
    }

    /// In a heading, a name of up to three words opening with a given name is a person's;
    /// nothing else in a heading is named here (true whenever the run is a heading's).
    pub(super) fn heading_line(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { n, heading, ref first, ref lower, .. } = *self;
        if heading {
            let person_line = n <= 3 && lex.first_names.get(first).is_some_and(|g| *g != 'u') && !lex.place_names.contains_key(lower) && !lex.stopwords.contains(first);
            if person_line {
                self.add_person(doc);
            }
            return true;
        }
        false
    }

    /// "Hunters say they are ready", "Gamekeepers warn …": one word ending in "s" that opens
    /// its sentence before a verb of saying in its plural form ("say", not "says" or "said") or
    /// before "have"/"are" is a plural noun for people, no one's name (a person, one, takes
    /// "says"); nothing is found (it had been a person "Hunters", as the word lists lack the
    /// noun).
    pub(super) fn plural_subject(&self, doc: &Doc, lex: &Lexicon) -> bool {
        let Rest { i, k, end, n, sentence_start, ref lower, ref after, .. } = *self;
        n == 1
            && sentence_start
            && k == i
            && lower.len() >= 5
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && (matches!(after.as_str(), "have" | "are") || lex.cues.get(after.as_str()).is_some_and(|c| c.lemma == after.as_str()))
            && doc.tokens.get(end).is_some_and(|t| !t.cap)
    }

    /// ("Several MPs said": a noun for speakers, though capitalised)
    /// ("One Republican threatened", "Americans worried", "Twenty-seven said": no name either):
    /// else one word before a speech cue is a person's name.
    pub(super) fn one_word_speaker(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { i, k, end, n, speaks, sentence_start, ref lower, .. } = *self;
        if n == 1 && speaks && !(sentence_start && k == i && ordinary_word(lex, lower)) && !group_noun(lex, lower) && !lex.speaker_nouns.contains(lower) && !modifier_after_the(doc, lex, k, end) && !no_name_alone(lex, lower)
            && !plural_noun_word(doc, k)
        {
            self.add_person(doc);
            return true;
        }
        false
    }

    /// One word left: a person's name after a title (not an ordinary word opening the
    /// sentence), before an age, or before ", who"; else left for later, when the story's full
    /// names are known (true whenever the name is one word).
    pub(super) fn one_word(&self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Rest { i, k, end, n, run_start, titled, sentence_start, ref lower, .. } = *self;
        if n == 1 {
            // ("Tolvander, who rarely leaves the capital, has …": a word no list knows before ", who"
            // is a person's name, as a relative for people follows it)
            let who_follows = doc.tokens.get(end).is_some_and(|t| t.lower == ",")
                && doc.tokens.get(end + 1).is_some_and(|t| t.lower == "who")
                && name_like(doc, lex, k, end)
                && !lex.peoples.contains(lower)
                && !group_noun(lex, lower)
                && !lex.speaker_nouns.contains(lower)
                && !home_of_a_group(doc, lex, k)
                && !no_name_alone(lex, lower);
            if titled && !(sentence_start && k == i && ordinary_word(lex, lower)) || age_follows(doc, end) && name_like(doc, lex, k, end) || who_follows {
                self.add_person(doc);
            } else {
                deferred.push((k, k + 1, sentence_start && k == run_start));
            }
            return true;
        }
        false
    }

    /// "Nonpartisan Paul Tse", "Queenslander Jane Roe": a common word or a word for a people
    /// before a first name.
    pub(super) fn people_word_then_name(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, ref first, .. } = *self;
        let people_word = |w: &str| w.chars().count() >= 6 && (["an", "er", "ist", "ite", "ese", "crat"].iter().any(|s| w.ends_with(s)) || w.contains('-'));
        if !titled && n >= 3 && !lex.first_names.contains_key(first) && lex.first_names.get(&doc.tokens[k + 1].lower).is_some_and(|g| *g != 'u')
            && (lex.is_common_word(first) || people_word(first) && !lex.surnames.contains_key(first))
            && !lex.is_common_word(&doc.tokens[end - 1].lower)
            && person_shape(doc, lex, k + 1, end, true)
        {
            let ent = doc.person(&text_of(doc, k + 1, end), doc.tokens[k + 1].span.start);
            doc.add_mention(span_of(doc, k + 1, end), ent, MentionKind::Name);
            return true;
        }
        false
    }
}

impl Rest {
    /// "Readers wrote in": a sentence-initial common word is a person only with more evidence
    /// (looked for once all full names are known): nothing is named now.
    pub(super) fn common_word_opening(&self, doc: &Doc, lex: &Lexicon) -> bool {
        self.n == 1 && noun_after_article(doc, lex, self.k)
    }
}
