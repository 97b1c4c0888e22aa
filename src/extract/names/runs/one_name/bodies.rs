//! `one_name`'s cases that find an organisation: the source of "according to", a company
//! without its trade, a newspaper, a team, a party before "party", an acronym, a firm of
//! people, a body between commas, a body then a person, a school district.

use super::*;

impl Rest {
    /// "according to the data provider Quarnex", "according to a report by broker Tolvane": one
    /// word no list of people or countries knows right after a lower-case noun for a firm or
    /// body, in the source of "according to", names that body (not the noun, nor a person).
    pub(super) fn source_body(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, known_surname, given, ref lower, ref name, .. } = *self;
        if n == 1 && !titled && !known_surname && !given && !lex.country_names.contains_key(lower) && lex.country_any(lower).is_none() && (source_body_before(doc, k) || lone_source(doc, lex, k, end, name, lower)) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// ("Kessler shares fell" after "Kessler Automotive": the company's name without its trade
    /// is the company, not a town of that name; not after a preposition of place)
    /// (a small town only: "Texas" stays the state beside "Texas Instruments", "Washington"
    /// the city beside "The Washington Post").
    pub(super) fn company_shortened(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, locative, ref name, ref lower, .. } = *self;
        if n == 1 && !titled && !locative && lex.place_names.get(lower).is_some_and(|p| p.iter().all(|&i| lex.places[i].kind != "region" && lex.places[i].population < 50_000)) && lex.country_names.get(lower).is_none() {
            if let Some(o) = doc.company_without_designator(name) {
                doc.add_mention(span_of(doc, k, end), o, MentionKind::Name);
                return true;
            }
        }
        false
    }

    /// "Toronto Star", "Denver Sun": a newspaper named after its town.
    pub(super) fn newspaper(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        if n >= 2 && !titled && media_name(doc, lex, k, end) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// "Toronto Blue Jays", "Bowling Green Falcons": a place, then a capitalised plural.
    pub(super) fn team(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        if n >= 2 && !titled && team_name(doc, lex, k, end) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// "the conservative Vexmoor Ahead party": a name before a lower-case "party" names the
    /// party (not so "movement", "alliance": "the radical Shiite Sadr movement" would take in
    /// the adjective); also after a word for a party's members, which reads as a person's
    /// title ("the conservative …")
    /// ("the opposition Hayastan faction": a parliamentary faction, the same)
    /// ("Ruling party wins …", "Main opposition party says": a word that says which party,
    /// capitalised only as the sentence's or headline's first, names none).
    pub(super) fn party_before_noun(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { end, n, ref lower, .. } = *self;
        let which = n == 1 && (lower.ends_with("ing") || matches!(lower.as_str(), "main" | "largest" | "biggest" | "smaller" | "junior" | "opposition")) && lex.is_common_word(lower);
        if n <= 4 && !which && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && (t.lower == "party" || t.lower == "faction")) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// One word that is an acronym (`not_initials` rules out numerals, codes and
    /// abbreviations of something else; a shouted sentence has none) names an organisation.
    pub(super) fn acronym(&self, doc: &mut Doc, lex: &Lexicon, not_initials: bool) -> bool {
        let Rest { n, titled, ref name, ref lower, .. } = *self;
        if n == 1 && is_acronym(name) && !titled && !not_initials && !lex.stopwords.contains(lower) && !self.shouting(doc) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// One word that speaks and names a firm of people (`firm_of_people`), no given name, is
    /// the firm.
    pub(super) fn firm_of_people(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, n, speaks, ref lower, .. } = *self;
        if n == 1 && speaks && firm_of_people(doc, lex, k) && !lex.first_names.contains_key(lower) {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// ("Brazil's telecoms regulator, Telcor, said", "the state broadcaster, Vexa, …": one
    /// unknown word between commas after a lower-case noun for a body names that body)
    /// ("Telcor, Norland's media regulator, said": or before such a description in commas).
    /// ("Quarnbus, one of the biggest coach operators, said", "Lighthouse, one of the region's
    /// biggest lenders, warned": or before "one of" such bodies; a common word only when a
    /// cue follows the description, `one_of_bodies_speaks`).
    pub(super) fn apposed_body(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, ref lower, .. } = *self;
        if n == 1 && doc.tokens.get(end).is_some_and(|t| t.lower == ",") && (k >= 2 && doc.tokens[k - 1].lower == "," && !doc.tokens[k - 2].cap && APPOSED_BODIES.contains(&doc.tokens[k - 2].lower.as_str()) || one_of_bodies_before(doc, k) || !lex.is_common_word(lower) && body_description_follows(doc, end) || one_of_bodies_speaks(doc, lex, end, lower))
            && !lex.first_names.contains_key(lower) && !lex.surnames.contains_key(lower) && lex.place_names.get(lower).is_none() && lex.country_any(lower).is_none()
        {
            self.add_organisation(doc);
            return true;
        }
        false
    }

    /// "Refugee Council Jane Roe told …": an organisation, then a person named in full.
    pub(super) fn body_then_person(&self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Rest { i, k, end, n, titled, sentence_start, heading, .. } = *self;
        if !titled && n >= 4 {
            let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
            // (or a plural common word ends what comes before: "… Islamic Relations Jane Roe",
            // the tail of a longer name, which is parsed on its own)
            let plural_common = |m: usize| {
                let w = &doc.tokens[m].lower;
                w.len() > 3 && w.ends_with('s') && lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w)
            };
            if let Some(m) = (k + 1..end - 2).rev().find(|&m| (org_word(m) || plural_common(m)) && given(m + 1) && person_shape(doc, lex, m + 1, end, true)) {
                if org_word(m) {
                    let ent = doc.organisation(&text_of(doc, k, m + 1));
                    doc.add_mention(span_of(doc, k, m + 1), ent, MentionKind::Name);
                } else {
                    parse_run(doc, lex, k, m + 1, sentence_start && k == i, heading, deferred);
                }
                let ent = doc.person(&text_of(doc, m + 1, end), doc.tokens[m + 1].span.start);
                doc.add_mention(span_of(doc, m + 1, end), ent, MentionKind::Name);
                return true;
            }
        }
        false
    }

    /// "the Irma Independent School District": a run of four words or more that opens with a
    /// given name and ends in two common words that are no names is an organisation named
    /// after a town or a person, not a person.
    pub(super) fn school_district(&self, doc: &mut Doc, lex: &Lexicon, generic_last: bool) -> bool {
        let Rest { end, n, titled, known_first, heading, ref lower, .. } = *self;
        let last = &doc.tokens[end - 1].lower;
        let plain = |m: usize| {
            let w = &doc.tokens[m].lower;
            lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w) && !lex.census_given.contains(w)
        };
        if !titled && known_first && n >= 4 && !heading && generic_last && plain(end - 2) && !lex.country_names.contains_key(last) && lex.place_names.get(lower).is_none() {
            self.add_organisation(doc);
            return true;
        }
        false
    }
}

/// "…, according to Quarnex.", "according to Quarnex, rents rose …": one word (tokens `k..end`)
/// alone as the source of "according to", the phrase closed by a comma, a semicolon or the
/// sentence's end, that no list holds as a person's name, a place or a common word, names a
/// body: a source cited by a lone word is an institution (a person cited so is named in full
/// first, `known_surname`). Before, the word was no entity and the statement it sources was
/// lost. Only a word of letters: one with an apostrophe is mostly a surname ("O'Hale") or a
/// title with an elided article ("L'Ora", a newspaper the golds leave optional). Not a word
/// in capitals (the acronyms' own readings), nor one a noun follows ("according to Quarnex
/// figures").
fn lone_source(doc: &Doc, lex: &Lexicon, k: usize, end: usize, name: &str, lower: &str) -> bool {
    k >= 2
        && doc.tokens[k - 1].lower == "to"
        && doc.tokens[k - 2].lower == "according"
        && doc.tokens.get(end).is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";"))
        && name.chars().all(char::is_alphabetic)
        && name.chars().skip(1).any(char::is_lowercase)
        && !person_name_word(lex, lower)
        && !lex.place_names.contains_key(lower)
}

/// "Quarnbus, one of the biggest coach operators, said": one word before ", one of the …
/// <bodies>," (`one_of_bodies_follows`, the comma at `end`) is one of those bodies; a common word
/// ("Lighthouse") only when a speech cue follows the description's closing comma, so an
/// opening adverb ("Today, one of the largest lenders, Vexbank, said") stays none. Before,
/// the name made no entity (or, a common word, was lost with its statement), and "a
/// spokesman for the company" after it stayed unresolved.
fn one_of_bodies_speaks(doc: &Doc, lex: &Lexicon, end: usize, lower: &str) -> bool {
    one_of_bodies_follows(doc, end).is_some_and(|c| !lex.is_common_word(lower) || doc.tokens.get(c + 1).is_some_and(|t| lex.cues.contains_key(&t.lower)))
}

/// A lower-case noun for a firm or body right before token `k`, inside the source of
/// "according to" (only lower-case words, "a", "the" and "by" between: "according to the
/// data provider …", "according to a report by broker …").
fn source_body_before(doc: &Doc, k: usize) -> bool {
    const SOURCE_BODIES: &[&str] = &["provider", "broker", "consultancy", "firm", "company", "watchdog", "agency", "broadcaster", "operator", "bureau", "network", "insurer", "reinsurer", "lender", "regulator", "tracker", "analytics", "consultant", "researcher"];
    if k < 3 || doc.tokens[k - 1].cap || !SOURCE_BODIES.contains(&doc.tokens[k - 1].lower.as_str()) {
        return false;
    }
    let mut j = k - 1;
    while j > 0 && j + 8 > k {
        j -= 1;
        let t = &doc.tokens[j];
        if t.lower == "to" {
            return j > 0 && doc.tokens[j - 1].lower == "according";
        }
        if t.kind != TokenKind::Word || t.cap {
            return false;
        }
    }
    false
}
