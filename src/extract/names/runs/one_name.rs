//! The rest of a capitalised run read as one name (`one_name`): a person, an organisation, a
//! place, a country after a person ("X of Russia"), or left for later. Each case is a method
//! of `Rest` that settles the name (true: `one_name` returns) or leaves it to the next case;
//! the cases are grouped by what they find in `places`, `people` and `bodies`.

use super::*;

mod bodies;
mod people;
mod places;

/// The rest of the run, `k..j`, as one name: a person, an organisation, a place, a country
/// after a person ("X of Russia"), or left for later (`deferred`) when only the story can say.
#[allow(clippy::too_many_arguments)]
pub(super) fn one_name(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, k: usize, run_start: usize, titled: bool, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) {
    let end = country_after_of(doc, lex, j, k, titled);
    let r = Rest::new(doc, lex, i, k, end, run_start, titled, sentence_start, heading);
    if r.source_body(doc, lex) || r.town_then_country(doc, lex) {
        return;
    }
    let n = r.n;
    let place_head = n >= 2 && !(heading && n > 4) && !titled && place_head(doc, lex, k, end);
    // "in Beverly Hills", "Fort Lauderdale": a listed place of several words whose first word
    // is a given name, when it is large or a preposition asks for a place
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str()) && doc.tokens[k - 1].lower != "of";
    let listed_place = n >= 2 && lex.place_names.get(&r.lower).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region" || prep);
    if r.company_shortened(doc, lex)
        || r.river_shortened(doc, lex)
        || r.gazetteer_place(doc, lex, place_head, listed_place)
        || r.place_of_word(doc, lex)
        || r.unlisted_in_region(doc, lex, prep)
        || r.surname_of_person_named(doc)
        || r.newspaper(doc, lex)
        || r.building(doc, place_head)
        || r.team(doc, lex)
        || r.town_then_surname(doc, lex)
    {
        return;
    }
    let not_initials = r.not_initials(lex);
    if r.party_before_noun(doc, lex)
        || r.caps_surname(doc, lex, not_initials)
        || r.acronym(doc, lex, not_initials)
        || r.heading_line(doc, lex)
        || r.capital_for_government(doc, lex)
        || r.common_word_opening(doc, lex)
        || r.firm_of_people(doc, lex)
        || r.place_after_preposition(doc, lex)
        || r.plural_subject(doc, lex)
        || r.one_word_speaker(doc, lex)
        || r.apposed_body(doc, lex)
        || r.one_word(doc, lex, deferred)
        || r.body_then_person(doc, lex, deferred)
    {
        return;
    }
    let generic_last = r.generic_last(doc, lex);
    if r.school_district(doc, lex, generic_last) {
        return;
    }
    let named_body = r.named_body(doc, lex);
    let personal = !named_body && r.personal(doc, lex, generic_last);
    if r.people_word_then_name(doc, lex) || r.modifier_left_for_later(doc, lex, deferred) {
        return;
    }
    r.person_body_or_later(doc, lex, personal, generic_last, named_body, deferred);
}

/// The run's end once "X of Russia" after a person splits off the country (whose mention it
/// adds): the token "of" then, else `j`.
fn country_after_of(doc: &mut Doc, lex: &Lexicon, j: usize, k: usize, titled: bool) -> usize {
    // the rest of the run is one name; "X of Russia" after a person splits off the country
    let mut end = j;
    if let Some(of) = (k + 1..j).find(|&m| doc.tokens[m].lower == "of") {
        let tail = (of + 1..j).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(&c) = lex.country_names.get(&tail) {
            // ("its lead negotiator, Sione Vake of Fiji, said": a title and a comma before the
            // name say it is a person's as a title before it does)
            if titled || lex.first_names.contains_key(&doc.tokens[k].lower) || apposition_to_person(doc, lex, k) {
                let ent = doc.country(c);
                doc.add_mention(span_of(doc, of + 1, j), ent, MentionKind::Name);
                end = of;
            }
        }
    }
    end
}

/// The name `k..end` of `one_name` (`i` the run's first token, `run_start` the first left
/// after its opening words) and what the lists say of its words.
struct Rest {
    i: usize,
    k: usize,
    end: usize,
    run_start: usize,
    titled: bool,
    sentence_start: bool,
    heading: bool,
    /// The name's length in tokens.
    n: usize,
    name: String,
    /// The name folded, as the lists key it.
    lower: String,
    /// The first word in lower case.
    first: String,
    /// The token after the name in lower case ("" at the text's end).
    after: String,
    /// A word for a region follows ("Vexmoor province").
    region_word: bool,
    /// A name of two words or more opening with a listed given name.
    known_first: bool,
    /// The first word is a given name (of a man or a woman).
    given: bool,
    /// A preposition of place before the name.
    locative: bool,
    /// One word before a speech cue, no article before it.
    speaks: bool,
    /// One word, the surname of a person the story names in full.
    known_surname: bool,
}

/// "Clinton said" is a person where a town is called Clinton, but "Saskatoon said it would keep
/// adding fluoride" is the city: a town's name that no list holds as a surname or given name
/// is no person by a speech cue alone (it stays the gazetteer's place, which speaks as a place
/// whose name is a cue's whole subject, `place_is_whole_subject`); before, it became a person
/// "Saskatoon" that took the place's mentions. A town spelt as a common word ("Reading",
/// "Mobile", "Bath", which may be a body's short name too) is left to the readings as before.
fn person_name_word(lex: &Lexicon, lower: &str) -> bool {
    lex.surnames.contains_key(lower) || lex.first_names.contains_key(lower) || lex.census_given.contains(lower) || lex.is_common_word(lower)
}

/// "Residents of Brandon said …", "Villagers in Quarnby told …": a listed place after a plural
/// noun for a group of people and a preposition of place is where the group lives
/// (`home_of_a_group`), not a person who speaks, though the town's name is also a given name;
/// the group is the cue's subject. Before, the word before the cue became a person "Brandon"
/// that took the town's mentions.
fn home_of_group_before_cue(doc: &Doc, lex: &Lexicon, k: usize, lower: &str) -> bool {
    lex.place_names.contains_key(lower) && (home_of_a_group(doc, lex, k) || office_of_a_place(doc, k))
}

impl Rest {
    #[allow(clippy::too_many_arguments)]
    fn new(doc: &Doc, lex: &Lexicon, i: usize, k: usize, end: usize, run_start: usize, titled: bool, sentence_start: bool, heading: bool) -> Rest {
        let n = end - k;
        let name = text_of(doc, k, end);
        let lower = fold(&name);
        let first = doc.tokens[k].lower.to_string();
        let after = doc.tokens.get(end).map(|t| t.lower.to_string()).unwrap_or_default();
        let region_word = REGION_WORDS.contains(&after.as_str());
        let known_first = lex.first_names.contains_key(&first) && n >= 2;
        // "Clinton said" is a person even where a town is called Clinton
        // (a region or continent is no speaker unless it is also a given name: "Connecticut plans",
        // "Europe supports", but "Victoria said")
        let given = lex.first_names.get(&first).is_some_and(|g| *g != 'u');
        // "Belgrano" after "Manuel Belgrano": the surname of a person named before, not the town
        // (and a listed town after "in" is the place, though a cue follows: "a spokeswoman in
        // Bergen expressed concern"; "researchers at Berkeley found" may be the university)
        let locative = k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "at" | "near" | "outside" | "inside" | "across" | "around" | "towards");
        // ("a Democratic plan to …": after an article the word modifies a noun that can be a cue)
        let speaks = n == 1
            && cue_follows(doc, end)
            && !after_article(doc, k)
            && !lex.country_names.contains_key(&lower)
            && !(k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "near") && lex.place_names.contains_key(&lower))
            && !home_of_group_before_cue(doc, lex, k, &lower)
            // ("Quarnby Mayor Jane Roe … Some residents of Quarnby said": a town the article has
            // named a place, though no list knows it, is no person by a cue either)
            && !(home_of_a_group(doc, lex, k) && doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == name))
            && lex.place_names.get(&lower).is_none_or(|p| lex.places[p[0]].population < 1_000_000 && (given || p.iter().all(|&i| lex.places[i].kind == "city")) && person_name_word(lex, &lower));
        let known_surname = n == 1
            && !region_word
            && !locative
            && name.chars().any(char::is_lowercase)
            && doc.people_named_in_full(&name).next().is_some();
        Rest { i, k, end, run_start, titled, sentence_start, heading, n, name, lower, first, after, region_word, known_first, given, locative, speaks, known_surname }
    }

    /// The whole name as a person's mention.
    fn add_person(&self, doc: &mut Doc) {
        let ent = doc.person(&self.name, doc.tokens[self.k].span.start);
        doc.add_mention(span_of(doc, self.k, self.end), ent, MentionKind::Name);
    }

    /// The whole name as an organisation's mention.
    fn add_organisation(&self, doc: &mut Doc) {
        let ent = doc.organisation(&self.name);
        doc.add_mention(span_of(doc, self.k, self.end), ent, MentionKind::Name);
    }

    /// The whole name as a place no list knows.
    fn add_unlisted_place(&self, doc: &mut Doc) {
        let ent = doc.unlisted_place(&self.name);
        doc.add_mention(span_of(doc, self.k, self.end), ent, MentionKind::Name);
    }

    /// A sentence in capitals (a shouted headline) has no acronyms
    /// (looked at only for acronyms, and over a window, so long sentences stay linear).
    fn shouting(&self, doc: &Doc) -> bool {
        let k = self.k;
        let (sa, sb) = doc.sentences[doc.sentence_at(doc.tokens[k].span.start).unwrap_or(0)].tokens;
        let (sa, sb) = (sa.max(k.saturating_sub(20)), sb.min(k + 20));
        let words: Vec<&str> = (sa..sb).filter(|&t| doc.tokens[t].kind == TokenKind::Word).map(|t| doc.slice(doc.tokens[t].span)).collect();
        words.len() > 3 && words.iter().filter(|w| w.chars().all(|c| !c.is_lowercase())).count() * 2 > words.len()
    }

    /// Not a Roman numeral ("XVII"), a word in capitals ("HIGHLY"), a serial number or a
    /// product's or index's code with two letters or more ("EY4096", "QX20"; one letter and a
    /// number stays a group of states: "G33", "P5"; listed names keep theirs) or an
    /// abbreviation of something else ("FYI", "USD").
    fn not_initials(&self, lex: &Lexicon) -> bool {
        let Rest { ref name, ref lower, .. } = *self;
        name.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            || name.len() >= 4 && lex.is_common_word(lower)
            || name.chars().filter(char::is_ascii_digit).count() > 2
            || name.chars().any(|c| c.is_ascii_digit()) && name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && lex.organisations.get(lower).is_none()
            || lex.not_organisations.contains(lower)
    }

    /// "the Quarnel Independent School District said": a run ending in a common word that is
    /// no name is no person by a speech cue alone
    /// (a surname particle before the last word makes it a surname: "Marine Le Pen").
    fn generic_last(&self, doc: &Doc, lex: &Lexicon) -> bool {
        let Rest { end, n, .. } = *self;
        let last = &doc.tokens[end - 1].lower;
        let particle_before = n >= 3 && lex.surname_particles.contains(&doc.tokens[end - 2].lower);
        lex.is_common_word(last) && !lex.surnames.contains_key(last) && !lex.first_names.contains_key(last) && !lex.census_given.contains(last) && !particle_before
            || n >= 2 && lex.country_names.contains_key(last)
    }

    /// "The farmers' lobby Tolvan Marik warned": a noun for a body right before a run with no
    /// given name in it names the body, whatever verb follows (taken out of `personal` so that
    /// the organisation branch of `person_body_or_later` sees it).
    fn named_body(&self, doc: &Doc, lex: &Lexicon) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        !titled
            && (2..=4).contains(&n)
            && (body_noun_before(doc, k) || the_word_particle_name(doc, k, end))
            && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower) && !lex.census_given.contains(&doc.tokens[m].lower))
    }

    /// Whether the name is a person's by its words or what surrounds it: a title, a listed
    /// given name first, an Arabic name's parts, a greeting, an age, a speech cue, a credit
    /// after a quote, an apposition, a person's shape (`named_body` already ruled out).
    fn personal(&self, doc: &Doc, lex: &Lexicon, generic_last: bool) -> bool {
        let Rest { k, end, n, titled, known_first, ref lower, .. } = *self;
        // "Abu Tolvan al-Quarnabi", "Bin Quarnab": an Arabic name by its parts (a father's or
        // son's name opening it; a kunya closed by a name with the article)
        let arabic = match doc.tokens[k].lower.as_str() {
            "abu" | "umm" => n >= 3 && doc.tokens[end - 1].lower.starts_with("al-") && (k + 1..end - 1).all(|m| doc.tokens[m].cap),
            "bin" | "ibn" => n == 2 && doc.tokens[k].cap,
            _ => false,
        } && (k..end).all(|m| !lex.org_words.contains(doc.slice(doc.tokens[m].span)));
        titled
            || known_first
            || arabic
            || n <= 3 && greeted(doc, k) && name_like(doc, lex, k + 1, end) && {
                // (the first word may be a common word: "Thanks, Ram Tackley")
                let lw = doc.tokens[k].lower.as_str();
                doc.slice(doc.tokens[k].span).chars().skip(1).any(char::is_lowercase) && !lex.stopwords.contains(lw) && !lex.titles.contains_key(lw) && !lex.title_modifiers.contains(lw)
                    && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && lex.country_any(lw).is_none()
            }
            || age_follows(doc, end) && name_like(doc, lex, k, end)
            || cue_follows(doc, end) && !generic_last && !(n == 1 && no_name_alone(lex, &doc.tokens[k].lower))
            || n == 2 && generic_last && cue_follows(doc, end) && census_given_then_common_surname(doc, lex, k)
            || (2..=3).contains(&n) && credited_after_quote(doc, k) && name_like(doc, lex, k, end)
            || (2..=3).contains(&n) && credited_after_quote(doc, k) && indefinite_apposition_follows(doc, end) && name_like(doc, lex, k, end - 1) && surname_word(doc, lex, end - 1) && lex.place_names.get(lower).is_none()
            || appositive_title_follows(doc, end)
            || person_apposition_follows(doc, end)
            || person_shape(doc, lex, k, end, false)
    }

    /// "through the Quarnel Vexby crossing": a name between "the" and a common noun modifies
    /// that noun; it is a person's only where the person is named elsewhere (looked at later).
    fn modifier_left_for_later(&self, doc: &Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Rest { k, end, n, titled, .. } = *self;
        if !titled && (2..=3).contains(&n) && modifier_after_the(doc, lex, k, end) {
            deferred.push((k, end, false));
            return true;
        }
        false
    }

    /// The last case: a person (`personal`, no longer than a person's name, no digits); else
    /// an organisation that speaks under a name ending in a common word, or in apposition to a
    /// noun for a body; else a person in apposition to a noun for a person; else, for a name
    /// of two or three words, left for later.
    #[allow(clippy::too_many_arguments)]
    fn person_body_or_later(&self, doc: &mut Doc, lex: &Lexicon, personal: bool, generic_last: bool, named_body: bool, deferred: &mut Vec<(usize, usize, bool)>) {
        let Rest { i, k, end, n, run_start, titled, sentence_start, ref name, ref lower, ref after, .. } = *self;
        // (particles do not count towards a name's length: "Luiz Inacio Lula da Silva")
        let particles = (k..end).filter(|&m| lex.surname_particles.contains(&doc.tokens[m].lower)).count();
        if personal && n - particles <= 4 && n <= 6 && !name.chars().any(|c| c.is_ascii_digit()) {
            self.add_person(doc);
        } else if !titled
            && n <= 5
            && (generic_last && (cue_follows(doc, end) || utility_name(doc, lex, k, end)) || body_apposition_follows(doc, end) && (generic_last || k == i && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower)))
                || named_body)
            && lex.place_names.get(lower).is_none()
        {
            // "Patriot Coal said", "the Quarnel School District says": what speaks under a
            // name ending in a common word is an organisation
            // ("Vorlan Dazik, an influential nationalist lobby, warned …": and a name of words no
            // list gives as given names, in apposition to a noun for a body; the whole run, not
            // its tail after a word taken off: "La Quadrature du Net, a digital rights group")
            self.add_organisation(doc);
        } else if (2..=3).contains(&n)
            && k == run_start
            && apposition_to_person(doc, lex, k)
            && (name_like(doc, lex, k, end) || after == "," && name_like(doc, lex, k, end - 1) && surname_like_place(doc, lex, end - 1) && lex.place_names.get(lower).is_none())
        {
            // "the team's coach, Tolvan Joalmer, …": a name in apposition to a noun for a person
            // (closed by a comma, its last word may be a town's name: "coach, Tolvan Harrogate,")
            self.add_person(doc);
        } else if (2..=3).contains(&n) && (name_like(doc, lex, k, end) || listed_shape(doc, lex, k, end) && listed_with_person(doc, k, end)) {
            // ("Jeff Merkley, Varek Stone and Tom Hale": in a list after a person, words that are
            // also common words or towns may be a name too; the list decides later)
            deferred.push((k, end, sentence_start && k == run_start));
        }
    }
}

/// "of the Garde du Vexmoor, who …": "the", then a word, a lower-case particle ("du", "de", …)
/// and a word names a body in a foreign language, not a person (whom "the" does not open); the
/// run had been a person, who took the relative clause's office and left the statement of the
/// person named before "of" unfound. (`named_body` asks too that no word is a given name.) Not
/// a French name of a square, street or station ("the Place du Vexmoor", "the Gare du Vexmoor"),
/// a place and no body.
fn the_word_particle_name(doc: &Doc, k: usize, end: usize) -> bool {
    const FRENCH_PLACE_HEADS: &[&str] = &["place", "rue", "gare", "quai", "pont", "porte", "parc", "palais", "avenue", "boulevard", "château", "chateau", "île", "ile", "mont", "lac", "bois", "cours", "allée", "chemin", "route", "jardin", "jardins", "champ", "champs", "hôtel", "hotel", "musée", "cité", "rond-point", "square", "parvis", "esplanade"];
    end == k + 3
        && !FRENCH_PLACE_HEADS.contains(&doc.tokens[k].lower.as_str())
        && k.checked_sub(1).is_some_and(|p| doc.tokens[p].lower == "the")
        && !doc.tokens[k + 1].cap
        && matches!(doc.tokens[k + 1].lower.as_str(), "du" | "de" | "des" | "del" | "della" | "di" | "da" | "do" | "la" | "le")
}
