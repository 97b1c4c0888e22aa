//! `names_and_titles`' cases that find a country (or a person or company a country's name
//! opens): a country's full name, a country's name in the run, a country's adjective.

use super::*;

impl Reading {
    /// A country's full name ("Russian Federation", "United Arab Emirates") before anything else.
    pub(super) fn country_in_full(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let (e, &c) = longest(doc, k, j, &lex.country_names).filter(|(e, _)| *e == j)?;
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        Some(Step::Done)
    }

    /// A country's name opening the words from `k`: a given name before a surname
    /// (`given_name_first`), a company named by the country and its trade
    /// (`country_and_trade`), else the country (`country_then_more`).
    pub(super) fn country_named(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        // (a speech cue right after the two words, or "said" right before them)
        // (not a body named by its country and its trade: "Georgia Power said", "Kenya Today says")
        const TRADES: &[&str] = &["tech", "power", "today", "daily", "telecom", "energy", "gas", "inter", "electric", "water", "petroleum", "oil", "mining", "steel", "motors", "airlines", "air", "rail", "railways", "online", "tv", "mobile", "state"];
        let speech_next = (cue_follows(doc, j) || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "said" | "says" | "added")) && j == k + 2 && !TRADES.contains(&doc.tokens[k + 1].lower.as_str());
        self.given_name_first(doc, lex, speech_next).or_else(|| self.country_and_trade(doc, lex)).or_else(|| self.country_then_more(doc, lex, speech_next))
    }

    /// (unless a listed organisation's name runs further: "USA Today", "Russia Today"; or
    /// the country is a given name before a surname: "Defence Minister Israel Katz",
    /// "Jordan Bardella said"): whether the country's name `k..e` is such a given name.
    fn given_name_before(&self, doc: &Doc, lex: &Lexicon, e: usize, speech_next: bool) -> bool {
        let Reading { j, k, titled, .. } = *self;
        let (w, next) = (&doc.tokens[k].lower, &doc.tokens[e].lower);
        e == k + 1
            && e + 1 == j
            && (lex.first_names.get(w).is_some_and(|g| *g != 'u') || lex.census_given.contains(w))
            && !lex.org_words.contains(doc.slice(doc.tokens[e].span))
            && !lex.place_names.contains_key(next)
            && lex.country_any(next).is_none()
            && !lex.titles.contains_key(next)
            && (titled || lex.surnames.get(next).is_some_and(|&r| r <= 20_000) && !lex.is_common_word(next) || appositive_title_follows(doc, e + 1) || speech_next)
    }

    /// ("Jordan Pike said", "said Chad Miller": then the two words are a person's name).
    fn given_name_first(&self, doc: &mut Doc, lex: &Lexicon, speech_next: bool) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| self.given_name_before(doc, lex, e, speech_next)) && longest(doc, k, j, &lex.organisations).is_none() {
            let ent = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return Some(Step::Done);
        }
        None
    }

    /// ("Georgia Power said", "Kenya Airways": a country's name and a utility's trade alone
    /// name a company, not the country and a person "Power").
    fn country_and_trade(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if j == k + 2 && longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e == k + 1) && utility_name(doc, lex, k, j) {
            return Reading::organisation(doc, k, j);
        }
        None
    }

    /// A country's name, no listed organisation's running further, no given name before a
    /// surname (nor where the whole run is a listed place: "Guatemala City", "Hong Kong
    /// Island"): the country, read past.
    fn country_then_more(&mut self, doc: &mut Doc, lex: &Lexicon, speech_next: bool) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        let listed_whole = || lex.place_names.contains_key(&fold(&text_of(doc, k, j)));
        let (e, &c) = longest(doc, k, j, &lex.country_names).filter(|&(e, _)| longest(doc, k, j, &lex.organisations).is_none_or(|(oe, _)| oe <= e) && !self.given_name_before(doc, lex, e, speech_next) && (e == j || !listed_whole()))?;
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        // "Ambassador to the United States Jane Roe": an office to or of the country,
        // then its holder's name
        if k == run_start && e < j && office_before(doc, lex, k) {
            self.titled = true;
        }
        self.k = e;
        Some(Step::Read)
    }

    /// A country's adjective opening a listed place's name ("British Columbia Premier X"):
    /// the place, not the adjective of a country (`places::place_opened_by_adjective`).
    pub(super) fn place_opened_by_adjective(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let e = crate::extract::names::places::place_opened_by_adjective(doc, lex, self.k, self.j)?;
        self.k = e;
        self.seg = e;
        Some(Step::Read)
    }

    /// ("Georgian Dream", "Croatian Democratic Union": a listed organisation's name that
    /// opens with a country's adjective keeps it): else a country's adjective opening the
    /// words from `k` is read past (roles take the country it names), unless it opens a
    /// national society, a company, or a person's name (`adjective_names_body`,
    /// `adjective_as_given_name`).
    pub(super) fn country_adjective(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if lex.country_adjectives.contains_key(&doc.tokens[k].lower) && !longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1) {
            if let Some(step) = self.adjective_names_body(doc, lex).or_else(|| self.adjective_as_given_name(doc, lex)) {
                return Some(step);
            }
            // an adjective before more of the name: roles take the country it names
            self.k += 1;
            return Some(Step::Read);
        }
        None
    }

    /// ("the Kenyan Red Cross", "Turkish Red Crescent Society": a national society of the
    /// movement is an organisation of its own, named with its adjective; it is not the
    /// International Committee that "Red Cross" alone stands for)
    /// ("British American Tobacco said", "a spokesperson for British American Tobacco":
    /// adjectives of countries and one capitalised common noun, no title nor noun for
    /// people, that speak name a company, not a person "Tobacco").
    fn adjective_names_body(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let rest = if j >= k + 3 && j <= k + 4 { text_of(doc, k + 1, j).to_lowercase() } else { String::new() };
        if matches!(rest.as_str(), "red cross" | "red crescent" | "red cross society" | "red crescent society") {
            return Reading::organisation(doc, k, j);
        }
        let m = (k..j).find(|&m| !lex.country_adjectives.contains_key(&doc.tokens[m].lower)).unwrap_or(j);
        let w = doc.tokens.get(m).map(|t| t.lower.as_str()).unwrap_or_default();
        let speaks = doc.tokens.get(j).is_some_and(|t| lex.cues.contains_key(&t.lower)) || k >= 2 && matches!(doc.tokens[k - 1].lower.as_str(), "for" | "at") && lex.speaker_nouns.contains(&doc.tokens[k - 2].lower);
        if speaks && m + 1 == j && m > k && lex.is_common_word(w) && !lex.titles.contains_key(w) && !lex.person_nouns.contains(w) && !lex.speaker_nouns.contains(w) && !lex.first_names.contains_key(w) && longest(doc, k, j, &lex.place_names).is_none_or(|(e, _)| e < j) && doc.mention_at_token(m).is_none() {
            return Reading::organisation(doc, k, j);
        }
        None
    }

    /// ("Its president, Danish Singh, said": a nationality adjective as a given name, then
    /// a listed surname, set off by commas right after a title or a noun for a person
    /// that a possessive or "the" owns)
    /// ("Rep. French Hill, the Arkansas Republican, said", "Senator Irish Doyle said": a
    /// nationality adjective right after a title, then one capitalised word closing the
    /// run, is the holder's given name and surname; no adjective of a body or a people).
    fn adjective_as_given_name(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, titled, after_title, .. } = *self;
        let apposed = k >= 3 && doc.tokens[k - 1].lower == "," && !doc.tokens[k - 2].cap
            && (lex.titles.contains_key(&doc.tokens[k - 2].lower) || lex.person_nouns.contains(&doc.tokens[k - 2].lower)) && crate::extract::names::shapes::owner_word(&doc.tokens[k - 3].lower)
            && doc.tokens.get(j).is_some_and(|t| t.lower == ",");
        let last = doc.tokens[k + 1].lower.as_str();
        if j == k + 2 && apposed && lex.surnames.contains_key(last) && !lex.is_common_word(last) && lex.place_names.get(last).is_none() && lex.country_any(last).is_none() && !lex.country_adjectives.contains_key(last) && longest(doc, k, j, &lex.organisations).is_none() {
            let e = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return Some(Step::Done);
        }
        let word = |m: usize| doc.tokens[m].kind == TokenKind::Word && doc.tokens[m].cap;
        if titled && k == after_title && j == k + 2 && word(k + 1)
            && !lex.country_adjectives.contains_key(last) && lex.country_any(last).is_none() && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span))
            && !lex.titles.contains_key(last) && !lex.peoples.contains(last)
            && longest(doc, k, j, &lex.organisations).is_none() && longest(doc, k, j, &lex.place_names).is_none()
            && doc.mention_at_token(k + 1).is_none()
        {
            let e = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return Some(Step::Done);
        }
        None
    }

    /// (an adjective of two words names its country: "South African", "North Korean").
    /// ("Sri Lankan hospitals buy …": the adjective as the whole run, before a word in lower
    /// case, is an adjective before its noun, no name, as a one-word adjective is ("French
    /// hospitals"); it had been read as a person, its first word being a given name ("Sri").
    /// Only then: before a title the adjective names the office's country ("North Korean
    /// leader X"), which a later reading records.)
    pub(super) fn adjective_of_two_words(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if k + 2 == j
            && lex.first_names.contains_key(&doc.tokens[k].lower)
            && two_word_adjective(doc, lex, k).is_some()
            && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !lex.titles.contains_key(&t.lower))
        {
            return Some(Step::Done);
        }
        let (e, c) = two_word_adjective(doc, lex, k).filter(|&(e, _)| e < j)?;
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        self.k = e;
        Some(Step::Read)
    }
}
