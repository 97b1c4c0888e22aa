//! `names_and_titles`' cases that find an organisation (or an office's owner): an office's
//! owner before the office and its holder, a national agency, a club or company by its
//! designator, a generic head alone, a body then a person, a head word modifying a noun, a
//! body whose head word ends the run or an office "of" one, an institution, a listed
//! organisation and its branch.

use super::*;

impl Reading {
    /// "Homeland Security Secretary Jeh Johnson", "Bank of America CEO Jane Roe": an
    /// office's owner, the office, then the holder's name.
    pub(super) fn owner_office_holder(&self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> Option<Step> {
        let Reading { i, j, k, seg, sentence_start, heading, .. } = *self;
        if !lex.country_adjectives.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_none() {
            if let Some((h, e)) = title_chain(doc, lex, seg, j) {
                // ("Health and Human Services Secretary X", "Energy and Natural Resources
                // Minister X": common words after "and" and a field before it are the second
                // field of one portfolio, no body of their own)
                let joined = seg >= 2 && doc.tokens[seg - 1].lower == "and" && !doc.tokens[seg - 1].cap && portfolio_word(doc, lex, seg - 2) && (seg..h).all(|m| is_cap_word(doc, m) && lex.is_common_word(&doc.tokens[m].lower));
                if !joined && !region_office_owner(doc, lex, seg, h) && !plural_field_portfolio(doc, lex, seg, h) {
                    parse_run(doc, lex, seg, h, sentence_start && seg == i, heading, deferred);
                    owner_organisation(doc, lex, seg, h);
                }
                let ent = doc.person(&text_of(doc, e, j), doc.tokens[e].span.start);
                doc.add_mention(span_of(doc, e, j), ent, MentionKind::Name);
                return Some(Step::Done);
            }
        }
        None
    }

    /// "Environment Vexmoor", "Tennis Vexmoor", "Team Vexmoor": a national agency or body
    /// named by its field and its country, nation or region
    /// (also "Statistics Korea": one word that a listed country's name of two words ends in
    /// after a compass point, "North Korea", "South Korea", stands for the country there).
    pub(super) fn national_agency(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let compass_tail = |m: usize| {
            let w = doc.slice(doc.tokens[m].span);
            lex.countries.iter().any(|c| c.name.split_once(' ').is_some_and(|(a, b)| matches!(a, "North" | "South" | "East" | "West") && b == w))
        };
        // (or its nation or region: "Cycling Quarnia", "Tennis Vexmoor State", of a kind
        // "region" in the gazetteer, as a country's own nations and states are)
        if k + 1 < j && AGENCY_FIELDS.contains(&doc.slice(doc.tokens[k].span)) && (nation_or_region_to_end(doc, lex, k + 1, j) || j == k + 2 && compass_tail(k + 1)) {
            return Reading::organisation(doc, k, j);
        }
        // (or capitalised words before its country's initials: `body_before_initials`)
        if body_before_initials(doc, lex, k, j) {
            return Reading::organisation(doc, k, j);
        }
        None
    }

    /// "FC Chester": a club, also when its town is a given name (which the context rules
    /// of `orgs/` leave alone); "PT Sulawesi Nikel" a company, also when a place or a
    /// given name follows the designator.
    pub(super) fn club_or_company(&self, doc: &mut Doc) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start && k + 1 < j && (CLUB_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) || COMPANY_PREFIXES.contains(&doc.slice(doc.tokens[k].span))) {
            return Reading::organisation(doc, k, j);
        }
        None
    }

    /// "the Institute", "the Division": a generic head alone refers back, it names nothing
    /// (nor does a company's designator alone: "she set up two L.L.C.s").
    pub(super) fn lone_generic_head(&self, doc: &Doc) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        (j == k + 1 && lone_head(doc.slice(doc.tokens[k].span))).then_some(Step::Done)
    }

    /// "University of Vexmoor Quarnel Jane Roe": an organisation "X of Y", then a person
    /// named in full (the person's first word a given name, not right after "of"; or
    /// a name no lexicon knows after places alone: "University of Ohio Dayton Quenby Tazwell").
    pub(super) fn body_then_person(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if j >= k + 5 && !lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && ends_in_org_word(doc, lex, k, j) {
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[m].lower);
            let split = (k + 3..j - 1).find(|&m| {
                !matches!(doc.tokens[m - 1].lower.as_str(), "of" | "the" | "for" | "and")
                    && (given(m) && person_shape(doc, lex, m, j, true) || places_then_name(doc, lex, k, m, j))
                    && ends_in_org_word(doc, lex, k, m)
            });
            if let Some(m) = split {
                let ent = doc.organisation(&text_of(doc, k, m));
                doc.add_mention(span_of(doc, k, m), ent, MentionKind::Name);
                let ent = doc.person(&text_of(doc, m, j), doc.tokens[m].span.start);
                doc.add_mention(span_of(doc, m, j), ent, MentionKind::Name);
                return Some(Step::Done);
            }
        }
        None
    }

    /// ("Insurance premiums rose", "Television ratings fell": a common word that is an
    /// organisation's head, alone at the start of a sentence before a lower-case word that
    /// is no cue, modifies that word; a state's body keeps its name: "Parliament voted").
    pub(super) fn modifier_of_noun(&self, doc: &Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { i, j, k, sentence_start, .. } = *self;
        let modifier = j == k + 1
            && lex.org_words.contains(doc.slice(doc.tokens[k].span))
            && sentence_start
            && k == i
            && lex.is_common_word(&doc.tokens[k].lower)
            && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !lex.cues.contains_key(&t.lower) && !lex.stopwords.contains(&t.lower))
            && state_body_at(doc, lex, k, j, |_| true).is_none();
        modifier.then_some(Step::Done)
    }

    /// An office "of" a portfolio or a body, or an organisation whose head word ends the
    /// run: `office_of_portfolio`, `office_of_body`, `organisation_whole`, which all ask
    /// whether the run is a state's body of several words
    /// ("the House of Commons", "the House of Representatives": a state's body of several
    /// words, capitalised, whatever its last word).
    pub(super) fn body_or_office_of(&self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let state_body = j > k + 1 && state_body_at(doc, lex, k, j, |_| true) == Some(j);
        self.office_of_portfolio(doc, lex, state_body).or_else(|| self.office_of_body(doc, lex, state_body, deferred)).or_else(|| self.organisation_whole(doc, lex, state_body))
    }

    /// ("Minister of Energy and Mineral Resources, Jane Roe,": an office "of" a portfolio
    /// whose last word is an organisation's names the office, no organisation).
    fn office_of_portfolio(&self, doc: &Doc, lex: &Lexicon, state_body: bool) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let office = j >= k + 3 && doc.tokens[k + 1].lower == "of" && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && doc.tokens.get(j).is_some_and(|t| t.lower == ",") && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && !state_body;
        office.then_some(Step::Done)
    }

    /// ("Jane Roe, CEO of Vexmoor Energy, said": an office of one word, "of" and a body's name
    /// is no body "CEO of Vexmoor Energy"; the body is named after "of").
    fn office_of_body(&self, doc: &mut Doc, lex: &Lexicon, state_body: bool, deferred: &mut Vec<(usize, usize, bool)>) -> Option<Step> {
        let Reading { j, k, heading, .. } = *self;
        if j >= k + 3 && doc.tokens[k + 1].lower == "of" && !state_body && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && title_at(doc, k, j).is_some_and(|(e, _)| e == k + 1) {
            let s = if doc.tokens[k + 2].lower == "the" { k + 3 } else { k + 2 };
            if s < j && (lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) || lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span))) {
                parse_run(doc, lex, s, j, false, heading, deferred);
                return Some(Step::Done);
            }
        }
        None
    }

    /// An organisation whose head word ends the run keeps its adjective: "Russian Ministry of
    /// Defense"; so do a college of a town, a hall of fame, a business named by its trade, an
    /// airline, a state's body, a national society of the Red Cross, people "for" a cause and
    /// a party's plural.
    fn organisation_whole(&self, doc: &mut Doc, lex: &Lexicon, state_body: bool) -> Option<Step> {
        let Reading { j, k, heading, .. } = *self;
        // ("the Quidball Hall of Fame": a hall of fame is a body that inducts people)
        let hall_of_fame = j >= k + 4 && (j - 3..j).map(|m| doc.tokens[m].lower.as_str()).eq(["hall", "of", "fame"]);
        // ("Quarnby Energy", "Tolvan Logistics": a business's name ends in a word of trade,
        // after a word that is no common word; not in a title-case line)
        // (a common word before the word of trade, "Harbour Energy, the country's largest
        // supplier, said", "Falcon Energy, one of the utilities that …": a comma and an
        // apposition that says it is a business name one)
        let company = j >= k + 2 && !heading && lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span)) && ((k..j - 1).any(|m| doc.tokens[m].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[m].lower)) || business_apposition_follows(doc, j));
        // ("Air Vexmoor": an airline named "Air" and its country or a name)
        let airline = j == k + 2 && !heading && doc.slice(doc.tokens[k].span) == "Air" && doc.tokens[k + 1].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[k + 1].lower) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span)) && !lex.titles.contains_key(&doc.tokens[k + 1].lower);
        // ("the Kenya Red Cross", "the Philippine Red Cross": a national society, named by its
        // country or its adjective, is a body of its own, not the country and the movement)
        let national_society = j >= k + 3
            && doc.tokens[j - 2].lower == "red"
            && matches!(doc.tokens[j - 1].lower.as_str(), "cross" | "crescent")
            && (longest(doc, k, j - 2, &lex.country_names).is_some_and(|(e, _)| e == j - 2) || j == k + 3 && lex.country_adjectives.contains_key(&doc.tokens[k].lower));
        // ("Zimbabwe Lawyers for Human Rights", "Kenya Doctors for Change": a country's name, a
        // capitalised plural noun for people and "for" or "against" and its cause name a body of
        // its own, not the country and "Lawyers for …")
        let people_for = longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| {
            let w = doc.tokens.get(e).map_or("", |x| x.lower.as_str());
            e + 2 < j
                && doc.tokens[e].cap
                && w.len() > 3
                && w.ends_with('s')
                && (lex.person_nouns.contains(&w[..w.len() - 1]) || lex.speaker_nouns.contains(w))
                && matches!(doc.tokens[e + 1].lower.as_str(), "for" | "against")
                && !doc.tokens[e + 1].cap
        });
        if lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower) || ends_in_org_word(doc, lex, k, j) || college_of_town(doc, lex, k, j) || body_of_nation(doc, lex, k, j) || hall_of_fame || company || airline || state_body || national_society || people_for || party_plural(doc, k, j) {
            // a leading country name or adjective stays in the name: "Montenegro Assembly",
            // "Russian Ministry of Defense"
            let name = text_of(doc, k, j);
            let e = match lex.institutions.get(&fold(&name)) {
                Some((canon, iso)) => doc.institution(&canon.clone(), &iso.clone()),
                None => doc.organisation(&name),
            };
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return Some(Step::Done);
        }
        None
    }

    /// A listed institution's name: the institution, read past.
    pub(super) fn institution(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        let (e, (canon, iso)) = longest(doc, k, j, &lex.institutions)?;
        // (not when the run goes on to a body's word: "State Duma Transport Committee" is a
        // committee of the institution, a body of its own, read whole further on, though a
        // name may follow: "… of the State Duma Transport Committee Anna Roe")
        if (e..j).any(|x| lex.org_words.contains(doc.slice(doc.tokens[x].span))) {
            return None;
        }
        let ent = doc.institution(&canon.clone(), &iso.clone());
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        self.k = e;
        self.seg = e;
        Some(Step::Read)
    }

    /// A listed organisation's name (no verb with its particle, no portfolio before an
    /// office), read past; with a country, continent or world region closing the run after
    /// it, its branch there.
    pub(super) fn listed_organisation(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { i, j, k, sentence_start, .. } = *self;
        let (e, canon) = longest(doc, k, j, &lex.organisations).filter(|&(e, _)| !verb_with_particle(doc, lex, k, e) && !portfolio_before_office(doc, k, e))?;
        // "Amnesty International Kenya", "Save the Children UK": a country's name closing
        // the run after an organisation's names its branch there, not the country
        // (before a verb or a comma: "the European Union Brazil summit" is of both)
        // ("the European Council on Tax Policy": a known name and a field after "on" are
        // another body's name)
        if e < j && field_after_on(doc, lex, e, j) == Some(j) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            self.k = j;
            self.seg = j;
            return Some(Step::Read);
        }
        // (or its possessive: "Amnesty International Kenya's director")
        // (or a speech cue: "said", "urged", "Amnesty International Nigeria described it as …")
        let cue = |t: &crate::model::Token| t.kind == TokenKind::Word && lex.cues.contains_key(&t.lower);
        let closes = |ce: usize| doc.tokens.get(ce).is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "has" | "had" | "is" | "was" | "'s" | "’s") || cue(t));
        // (a name of one word only before a verb: "Greenpeace Brazil called the plan …", or
        // opening the sentence before "has", "is", "'s" or a comma: "Greenpeace UK has …";
        // or after "at", "of", "for", "from": "a campaigner at Greenpeace UK, said …";
        // "told Reuters Ukraine had …" is the outlet and the country)
        let acts = |ce: usize| doc.tokens.get(ce).is_some_and(cue);
        // (a continent's or world region's too: "Human Rights Watch Asia said")
        let branch_end = longest(doc, e, j, &lex.country_names).map(|(ce, _)| ce).or_else(|| (e < j && world_region_at(doc, lex, e, j)).then_some(j));
        if let Some(ce) = branch_end.filter(|&ce| ce == j && (e > k + 1 && closes(ce) || e == k + 1 && (acts(ce) || (sentence_start && k == i || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "at" | "of" | "for" | "from")) && closes(ce)))) {
            let ent = doc.organisation(&format!("{canon} {}", text_of(doc, e, ce)));
            doc.add_mention(span_of(doc, k, ce), ent, MentionKind::Name);
            self.k = ce;
            self.seg = ce;
            return Some(Step::Read);
        }
        let ent = doc.organisation(&canon.clone());
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        self.k = e;
        self.seg = e;
        Some(Step::Read)
    }
}
