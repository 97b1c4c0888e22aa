//! `one_name`'s cases that find a place: a town and its country, a river shortened, a
//! gazetteer place, what a word for a place is of, a town in a region after a comma, a place
//! or building, a capital standing for its government, a word after a preposition of place.

use super::*;

impl Rest {
    /// "Invercargill New Zealand", "Springfield Illinois": a town, then its country or region.
    pub(super) fn town_then_country(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        if n >= 2 && !titled {
            if let Some((e, town, within)) = town_and_country(doc, lex, k, end) {
                let ent = doc.place(town, false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                let ent = match within {
                    Ok(c) => doc.country(c),
                    Err(r) => doc.place(r, true),
                };
                doc.add_mention(span_of(doc, e, end), ent, MentionKind::Name);
                return true;
            }
        }
        false
    }

    /// ("… from the Colorado River …. The seven states that share the Colorado …": "the" and
    /// the name of a river the story named in full before is that river shortened, not the
    /// state or town of the gazetteer spelt so).
    pub(super) fn river_shortened(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, ref name, ref lower, .. } = *self;
        if n == 1 && !titled && k > 0 && doc.tokens[k - 1].lower == "the" && lex.place_names.contains_key(lower) {
            if let Some(river) = river_named_before(doc, name) {
                doc.add_mention(span_of(doc, k, end), river, MentionKind::Name);
                return true;
            }
        }
        false
    }

    /// A gazetteer place, unless a title or first name makes it a person.
    pub(super) fn gazetteer_place(&self, doc: &mut Doc, lex: &Lexicon, place_head: bool, listed_place: bool) -> bool {
        let Rest { k, end, titled, known_first, speaks, known_surname, region_word, ref lower, ref after, .. } = *self;
        if !titled && (!known_first || place_head || listed_place) && !speaks && !known_surname {
            if let Some(places) = lex.place_names.get(lower) {
                let followed = region_after(doc, lex, end);
                // ("Ontario Premier Jane Roe", "Texas governor": a head of a province or state
                // after the name wants the region, not a city of that name)
                let region_office = matches!(after.as_str(), "premier" | "governor");
                let regions: Vec<usize> = places.iter().copied().filter(|&i| region_office && lex.places[i].kind == "region").collect();
                let places: &[usize] = if regions.is_empty() { places } else { &regions };
                let p = choose_place(doc, lex, places, region_word || region_office, followed);
                // ("Bavaria Premier Jane Roe", "Kerala Chief Minister Jane Roe": an office of the
                // region and its holder's name after it say it is one)
                let office_after = || {
                    let office = title_at(doc, end, doc.tokens.len().min(end + 6)).filter(|&(te, head)| is_cap_word(doc, te) && lex.titles.get(&head.to_lowercase()).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office));
                    doc.tokens.get(end).is_some_and(|t| t.cap) && office.is_some()
                };
                let p = if accept_place(doc, lex, p, k, region_word || after == "city") || followed.is_some_and(|r| lies_in(&lex.places[p], r)) {
                    Some(p)
                } else {
                    places.iter().copied().find(|&x| lex.places[x].kind == "region").filter(|_| office_after())
                };
                if let Some(p) = p {
                    let ent = doc.place(p, region_word);
                    let span_end = if region_word { end + 1 } else { end };
                    doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
                    return true;
                }
            }
        }
        false
    }

    /// "the village of Quarnby", "the county of Vexmoorshire": what a word for a place is
    /// of; "Quarnby is a small village in …": what is one.
    pub(super) fn place_of_word(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, run_start, ref name, ref lower, .. } = *self;
        if n <= 3 && !titled && k == run_start && (place_of_before(doc, k) || is_a_place_after(doc, end) || district_after(doc, k, end)) && lex.country_names.get(lower).is_none() {
            // (a listed place of that name in a country the article names, else one no list
            // knows: "the district of Valle Hermoso" in a story from Bolivia is no Mexican town)
            let named = |c: &str| doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(c));
            let any_country = doc.entities.iter().any(|e| e.kind == EntityKind::Country);
            let listed = lex.place_names.get(lower).map(|p| choose_place(doc, lex, p, false, None)).filter(|&p| !any_country || named(&lex.places[p].country));
            let ent = match listed {
                Some(p) => doc.place(p, false),
                None => doc.unlisted_place(name),
            };
            // ("the Vexmoor region": the region word is the mention's, as for a listed place)
            let span_end = if doc.tokens.get(end).is_some_and(|x| x.lower == "region") { end + 1 } else { end };
            doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// "a village in Quarnbyshire, England": a name no list knows after a preposition that
    /// asks for a place, then a comma and the country or region it lies in
    /// ("the mayor of Quarnby, Texas", "the outskirts of Quarnby, Kent": "of" after a word for
    /// a town's people, officers or parts asks for a place too).
    pub(super) fn unlisted_in_region(&self, doc: &mut Doc, lex: &Lexicon, prep: bool) -> bool {
        let Rest { k, end, n, titled, known_first, known_surname, .. } = *self;
        let of_town = k >= 2
            && doc.tokens[k - 1].lower == "of"
            && matches!(
                doc.tokens[k - 2].lower.as_str(),
                "mayor" | "town" | "city" | "village" | "county" | "seat" | "capital" | "residents" | "outskirts" | "suburbs" | "streets" | "centre" | "center" | "people" | "citizens" | "sheriff" | "north" | "south" | "east" | "west" | "hamlet" | "borough" | "township" | "municipality"
            );
        // (not the surname of a person named in full, nor a source: "According to Varga, Peru
        // …", "He wrote to Hale, Peru said" name no town in Peru)
        let source = k >= 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "according";
        if n <= 3 && !titled && (prep || of_town) && !known_first && !known_surname && !source && in_region_after_comma(doc, lex, end) {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// "Lincoln Reservoir", "Harlan Stadium": a place or building whoever it is named after.
    pub(super) fn building(&self, doc: &mut Doc, place_head: bool) -> bool {
        let Rest { end, .. } = *self;
        if place_head {
            // ("Halden Airport has confirmed that …", "Halden Airport said …": an airport that
            // speaks is the company that runs it, an organisation, as "the airport said" is)
            if doc.slice(doc.tokens[end - 1].span) == "Airport" && cue_follows(doc, end) {
                self.add_organisation(doc);
                return true;
            }
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// ("Colombo had asked the IMF to …" in a story on Sri Lanka: one word that is a
    /// country's capital, the country named before, is the capital, standing for its
    /// government before a cue, not a person of that given name or surname).
    pub(super) fn capital_for_government(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        if n == 1 && !titled && !doc.tokens[k].lower.contains('-') {
            let capital = lex.place_names.get(&doc.tokens[k].lower).and_then(|ps| {
                ps.iter().copied().find(|&p| {
                    let pl = &lex.places[p];
                    lex.country_by_code(&pl.country).is_some_and(|c| lex.countries[c].is_capital(&pl.name) && doc.named_country(&lex.countries[c].iso2).is_some())
                })
            });
            if let Some(p) = capital.filter(|_| doc.people_named_in_full(doc.slice(doc.tokens[k].span)).next().is_none()) {
                let ent = doc.place(p, false);
                doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
                return true;
            }
        }
        false
    }

    /// ("a shipowner whose vessels call at Tarwin told …", "farmers around Tarwin and Kimba say
    /// …": a word after a preposition of place ends the subject's phrase, a place, no speaker).
    pub(super) fn place_after_preposition(&self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, speaks, known_first, .. } = *self;
        if n == 1 && speaks && !known_first && after_place_preposition(doc, k) && !first_name_of_person_named(doc, lex, k) {
            mention_place(doc, lex, k, end, false);
            return true;
        }
        false
    }
}

/// The place entity of a river named in full before ("Colorado River", "River Thames") whose
/// name without the river word is `name`.
fn river_named_before(doc: &Doc, name: &str) -> Option<usize> {
    let full = [format!("{name} River"), format!("River {name}")];
    doc.entities.iter().position(|e| e.kind == EntityKind::Place && full.contains(&e.name))
}
