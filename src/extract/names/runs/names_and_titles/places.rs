//! `names_and_titles`' cases that find a place: an Irish county, a region named by its head
//! word, a place after a prefix, a sea, strait or cape "of" a name, a city an office is posted
//! to, a region that shares a listed organisation's name.

use super::*;

impl Reading {
    /// "Co Mayo", "County Clare": an Irish (or British) county named after its head
    /// word is a region ("Co" is no company's designator before a name).
    pub(super) fn irish_county(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start {
            if let Some(a) = county_before(doc, lex, k, j) {
                mention_place(doc, lex, a, j, true);
                return Some(Step::Done);
            }
        }
        None
    }

    /// "Vexmoor County", "Ford County": a name and a region's head word make a region,
    /// also where the name alone is a company's or opens a sentence
    /// (and where a title-like word opens the name, a name word after it: "Prince Quarn
    /// County" is a county, not a person "Quarn County" titled Prince).
    pub(super) fn region_of_name(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start && k + 1 < j && REGION_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) && (k..j - 1).all(|m| region_name_word(doc, lex, m) || m == k && j >= k + 3 && titled_region_word(doc, lex, m)) {
            mention_place(doc, lex, k, j, true);
            return Some(Step::Done);
        }
        None
    }

    /// "Old Goa", "Upper Vexmoor", "West Africa", "Lake Chad" (a listed place after the
    /// prefix, the whole unlisted): a place of its own.
    pub(super) fn prefixed_place(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        let whole = || fold(&text_of(doc, k, j));
        if k == run_start && k + 1 < j && PLACE_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) && lex.place_names.get(&whole()).is_none() && lex.country_names.get(&whole()).is_none() {
            let rest = fold(&text_of(doc, k + 1, j));
            if lex.place_names.contains_key(&rest) || lex.country_names.contains_key(&rest) {
                let ent = doc.unlisted_place(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                return Some(Step::Done);
            }
        }
        None
    }

    /// "the Gulf of Quarn", "the Strait of Vexmoor", "Cape of Good Hope": a sea, strait,
    /// bay or cape of a name is a place (listed or not).
    pub(super) fn water_of_name(&self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start && j >= k + 3 && WATER_OF.contains(&doc.slice(doc.tokens[k].span)) && doc.tokens[k + 1].lower == "of" && !doc.tokens[k + 1].cap {
            mention_place(doc, lex, k, j, false);
            return Some(Step::Done);
        }
        None
    }

    /// "Ambassador to Lisbon Jane Roe": an office posted to a listed city, then its holder's
    /// name (the city is no part of it).
    pub(super) fn ambassador_to_city(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, run_start, .. } = *self;
        if k == run_start && office_before(doc, lex, k) {
            // (a known given name first, whatever else its words may be: "Ruth", "Karen")
            let given = |e: usize| {
                lex.first_names.get(&doc.tokens[e].lower).is_some_and(|g| *g != 'u')
                    && (e + 1..j).all(|m| doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word && !lex.titles.contains_key(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.org_words.contains(doc.slice(doc.tokens[m].span)))
            };
            if let Some((e, p)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| (2..=3).contains(&(j - e)) && (name_like(doc, lex, e, j) || given(e))) {
                let ent = doc.place(p[0], false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                self.titled = true;
                self.k = e;
                return Some(Step::Read);
            }
        }
        None
    }

    /// "through the Amazon", "the Brazilian Amazon": a listed organisation's name that is
    /// also a region's, after a preposition and "the" or after a country's adjective, is the
    /// region ("Amazon said", "the Amazon founder" stay the company).
    pub(super) fn region_not_company(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Reading { j, k, .. } = *self;
        if let Some((e, places)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| e == j && longest(doc, k, j, &lex.organisations).is_some_and(|(oe, _)| oe == e)) {
            let located = k >= 2 && doc.tokens[k - 1].lower == "the" && PREPOSITIONS.contains(&doc.tokens[k - 2].lower.as_str()) && doc.tokens.get(e).is_none_or(|t| t.cap || t.kind != TokenKind::Word);
            let adjective = k >= 1 && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower);
            if let Some(&p) = places.iter().find(|&&p| matches!(lex.places[p].kind, "world region" | "region")).filter(|_| located || adjective) {
                let ent = doc.place(p, false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                self.k = e;
                self.seg = e;
                return Some(Step::Read);
            }
        }
        None
    }
}
