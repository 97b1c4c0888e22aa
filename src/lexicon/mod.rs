//! General lexicons and gazetteers, compiled into the binary from `data/`.
//! Nothing here is specific to any article: speech cues, titles, organisation words,
//! countries with their adjectives and demonyms, places from GeoNames, first names.

mod gazetteer;
mod phrases;
mod table;
mod words;
mod wordset;

pub use gazetteer::{Country, Place, Places};
pub use phrases::{PhraseTable, Phrases};
pub use table::StaticTable;
pub use wordset::{Signature, StaticWordMap, StrMap, StrSet, WordMap, WordSet};
pub use words::{Cue, CueClass, StateBody, Title, TitleClass};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

pub struct Lexicon {
    /// Inflected single-word cue form → cue.
    pub cues: WordMap<Cue>,
    /// Multi-word cue forms, as lower-case word sequences ("pointed out", "made it clear"),
    /// by first word, longest first.
    pub multiword_cues: WordMap<Vec<(Vec<String>, Cue)>>,
    pub cue_nouns: WordSet,
    /// Lower-case title phrase → title ("secretary of state", "spokesman").
    pub titles: PhraseTable<Title>,
    pub title_modifiers: WordSet,
    pub org_words: WordSet,
    /// Capitalised last words of business names ("Energy", "Logistics", "International").
    pub company_heads: WordSet,
    pub stopwords: WordSet,
    /// Head nouns of unnamed speakers ("officials", "a poll").
    pub speaker_nouns: WordSet,
    pub countries: Vec<Country>,
    /// ISO 3166-1 alpha-2 code → the first country with it (asked for every place named).
    pub country_codes: HashMap<String, usize>,
    /// Lower-case name or alias → country index.
    pub country_names: PhraseTable<usize>,
    /// Lower-case adjective ("russian") → country index.
    pub country_adjectives: WordMap<usize>,
    /// First words of the adjectives of two words ("south" of "south african").
    pub country_adjective_heads: WordSet,
    /// Lower-case plural demonym ("russians") → country index.
    pub demonyms: WordMap<usize>,
    pub places: Vec<Place>,
    /// Lower-case name or alias → place indices, most populous first.
    pub place_names: PhraseTable<Places, StaticWordMap<Places>>,
    /// Lower-case known organisation name or alias → canonical name.
    pub organisations: PhraseTable<String>,
    /// Lower-case institution name or alias ("kremlin") → (canonical name, ISO code of the state it stands for).
    pub institutions: PhraseTable<(String, String)>,
    /// Lower-case first name → gender: 'm' or 'f'; 'M' or 'F' for a name given to both sexes,
    /// mostly men or mostly women ("Sam", "Kim"), which tells an honorific no sex but is a
    /// given name; 'u' for one of either sex or undecided, no evidence of a given name either.
    pub first_names: StrMap<char>,
    pub surname_particles: WordSet,
    /// Lower-case surname (US Census 1990, common English words left out) → frequency rank.
    pub surnames: StrMap<u32>,
    /// Lower-case nouns for people ("saxophonist", "wife"), singular and plural.
    pub person_nouns: WordSet,
    /// Common lower-case English words (uninflected, not first names).
    pub common_words: StrSet,
    /// Pairs of a lower-case given name and one of its nicknames, in alphabetical order
    /// (("charles", "chuck"), ("bill", "william")). Built on first use (`is_nickname_pair`,
    /// which only the resolver's comparison of two given names asks): 2.4 M instructions a
    /// process that a run without such a comparison (one short article) need not pay.
    pub nicknames: OnceLock<HashSet<(Cow<'static, str>, Cow<'static, str>)>>,
    /// Lower-case census given names that `first_names` leaves out ("mark", "bill").
    pub census_given: WordSet,
    /// Abbreviations in capitals that are not organisations ("FYI", "USD", "GMT"), time zones
    /// among them, lower case.
    pub not_organisations: WordSet,
    /// Time zones as written after a clock time ("GMT", "IST").
    pub time_zones: WordSet,
    /// Lower-case names of holidays and recurring events ("labor day", "new year 's eve").
    pub holidays: PhraseTable<()>,
    /// Capitalised words that end an event's name ("Day", "Week", "Month").
    pub holiday_heads: WordSet,
    /// Capitalised last words of places and buildings ("Street", "Stadium", "Reservoir"),
    /// with whether the word is also a surname ("Hall", "Field").
    pub place_heads: WordMap<bool>,
    /// Lower-case abbreviations of regions without their final period, as datelines write
    /// them after a town ("ill" in "Springfield, Ill."): the region's name and its country.
    pub region_abbreviations: WordMap<(String, String)>,
    /// Two-letter postal codes of US states and Canadian provinces as written, upper case
    /// ("TX" in "Quarnby, TX 77002"): the region's name and its country
    /// (`data/lexicon/postal_regions.tsv`).
    pub postal_regions: WordMap<(String, String)>,
    /// Lower-case adjectives and nouns of peoples, faiths and regions that are no country
    /// ("arab", "kurdish", "sunni"): alone, they name no one.
    pub peoples: WordSet,
    /// Bodies every state has ("senate", "foreign ministry") and how stories name them
    /// (`data/lexicon/state_bodies.txt`).
    pub state_bodies: Vec<StateBody>,
    /// The lower-case names of the bodies keyed by country (`StateBody::key`): see
    /// `resolve::bodies`.
    pub state_body_keys: WordSet,
    /// ISO 3166-1 alpha-2 code → the country's Wikidata QID ("RU" → "Q159").
    pub country_qids: HashMap<String, String>,
    /// (city, ISO code, the body it stands for when it acts): `data/lexicon/seats.tsv`, a
    /// few lines, scanned (asked for every place named: no key to build).
    pub seats: Vec<(String, String, String)>,
    /// (seat, ISO code, region) of a region's own government ("Queen's Park", "CA", "Ontario"):
    /// `data/lexicon/region_seats.tsv`, a few lines, scanned (asked only of an addressee).
    pub region_seats: Vec<(String, String, String)>,
    /// (ISO code, body in lower case) → the listed organisation a country's body is known as
    /// ("US", "central bank" → "Federal Reserve"): `data/lexicon/national_bodies.tsv`.
    pub national_bodies: HashMap<(String, String), String>,
    /// (ISO code, the name's words in lower case) of bodies only that state has under that
    /// name ("GB", ["home", "office"]): `data/lexicon/own_bodies.tsv`, a few lines, scanned.
    pub own_bodies: Vec<(String, Vec<String>)>,
}

/// A number written as a word that counts people or things ("three people familiar with …",
/// "set three conditions"), lower case.
pub fn is_count_word(w: &str) -> bool {
    matches!(w, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds" | "thousands")
}

/// "two" to "twelve": a small count written as a word ("Two <Body> vessels", "a mother of
/// three").
pub fn is_small_count_word(w: &str) -> bool {
    matches!(w, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve")
}

/// The adjective a party is named by, lower case ("Labor MP Jane Roe", "Conservative leader X",
/// "the Liberal Party"): no town or person so spelt where it stands before an office.
pub fn is_party_adjective(w: &str) -> bool {
    matches!(w, "liberal" | "labor" | "labour" | "conservative" | "green" | "democratic" | "republican" | "socialist" | "communist" | "nationalist" | "unionist" | "tory")
}

/// The letters of a member of a parliament or assembly, lower case ("mp", "mep", "msp", "mla",
/// "mpp"): written in capitals after a name ("Jane Roe MP") or as the office ("the MP for …").
pub fn is_member_letters(w: &str) -> bool {
    matches!(w, "mp" | "mep" | "msp" | "mla" | "mpp")
}

/// An auxiliary or modal verb in lower case ("had", "would", "must"): what follows a clause's
/// subject ("staff had been …"), never a verb with a subject of its own.
pub fn is_auxiliary(w: &str) -> bool {
    is_modal(w) || matches!(w, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "did" | "does" | "do")
}

/// A modal verb in lower case ("would", "must", "may"), the common eight.
pub fn is_modal(w: &str) -> bool {
    matches!(w, "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must")
}

/// The singular of a regular plural in lower case ("families" → "family", "records" →
/// "record"); none for a word not ending in "s".
pub fn singular(w: &str) -> Option<String> {
    match w.strip_suffix("ies") {
        Some(r) => Some(format!("{r}y")),
        None => w.strip_suffix('s').map(str::to_string),
    }
}

/// A weekday's name in lower case ("monday").
pub fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// A compass word in lower case ("north", "southern", "central"), as region names open with.
pub fn is_compass_word(w: &str) -> bool {
    matches!(w, "north" | "south" | "east" | "west" | "central" | "northern" | "southern" | "eastern" | "western")
}

/// A weekday's three- or four-letter abbreviation in lower case ("mon", "thurs"), as time
/// stamps write them ("Mon 13 Jul 2026"); some are given names or places too ("Mon", "Sun").
pub fn is_weekday_abbreviation(w: &str) -> bool {
    matches!(w, "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun")
}

/// A month's name in lower case ("january"): a date's word, no name.
pub fn is_month(w: &str) -> bool {
    matches!(w, "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december")
}

/// A month's name or its abbreviation in lower case ("jan", "sept").
pub fn is_month_or_abbreviation(w: &str) -> bool {
    is_month(w) || matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec")
}

/// News agencies, lower case: they sign photos ("REUTERS/Jane Roe") and datelines ("(AFP) –"),
/// and are never the organisation a story's "the group" refers to.
pub const NEWS_AGENCIES: &[&str] = &[
    "reuters", "afp", "ap", "epa", "epa-efe", "efe", "getty", "xinhua", "anadolu", "bloomberg", "pool", "ansa", "kyodo", "yonhap", "tass", "ria",
    "sputnik", "associated press", "agence france-presse",
    // (South Asian and other national agencies that credit the dateline so: "(PTI)", "(IANS)")
    "pti", "ani", "ians", "dpa", "bernama", "antara", "irna", "wafa", "cna",
];

impl Lexicon {
    /// A lower-case word for who speaks: an office or title that is no honorific
    /// ("spokesman", "chair", "secretary-general") or a speaker noun ("official", "union").
    pub fn is_office_or_speaker(&self, l: &str) -> bool {
        self.speaker_nouns.contains(l) || self.titles.get(l).is_some_and(|t| t.class != TitleClass::Honorific)
    }

    /// A lower-case word ("council", "union") as the head of a body's name: the organisation
    /// words are listed capitalised, as they stand in names ("Council").
    pub fn is_org_word_lower(&self, w: &str) -> bool {
        let mut letters = w.chars();
        letters.next().is_some_and(|f| self.org_words.contains(&f.to_uppercase().chain(letters).collect::<String>()))
    }

    /// A title written like an honorific abbreviates an office ("Sen.", "Rep.", "Const."): its
    /// normal form (`norm`) is an office's title, or one the table does not list alone
    /// ("constable": listed, "Police Chief Constable" became one title and moved names).
    pub fn abbreviates_office(&self, norm: &str) -> bool {
        self.titles.get(&fold(norm)).is_none_or(|t| t.class == TitleClass::Office)
    }

    /// A lower-case noun whose "that" (or bare clause) tells what was said, charged or promised,
    /// not a relative clause on a thing: "a statement that X would not agree", "a charge Moscow
    /// has denied", "assurances that …".
    pub fn is_content_noun(&self, l: &str) -> bool {
        self.cue_nouns.contains(l)
            || matches!(
                l,
                "charge" | "charges" | "allegation" | "allegations" | "assertion" | "suggestion" | "suggestions" | "report" | "reports" | "account" | "idea" | "notion" | "assurance" | "assurances" | "promise" | "pledge" | "message" | "letter" | "declaration" | "position" | "view" | "signal" | "indication" | "vow" | "threat"
            )
    }

    /// The lexicon, built once per process from the data compiled into the binary.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        // (the gazetteer's places are read beside the rest, on another core when one is free;
        // since `build.rs` lays out its names' table, about a third of the start-up's work)
        let ((places, place_names), mut lex) = rayon::join(
            || {
                // (`build.rs` cuts the place files, `data/places.tsv` and
                // `data/lexicon/world_regions.tsv`, into these)
                let places = gazetteer::laid_out_places();
                (places, gazetteer::place_names())
            },
            Lexicon::build_words,
        );
        lex.places = places;
        lex.place_names = place_names;
        lex
    }

    /// Everything but the gazetteer's places.
    fn build_words() -> Lexicon {
        // (the large name lists are tables `build.rs` laid out: `NAME.keys` and `NAME.slots`
        // in `OUT_DIR`, read where they lie; only their values are decoded here)
        macro_rules! static_table {
            ($name:literal, $values:expr) => {
                StaticTable::new(
                    include_str!(concat!(env!("OUT_DIR"), "/", $name, ".keys")),
                    include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".slots")),
                    $values,
                )
            };
        }
        let state_bodies = words::state_bodies(include_str!("../../data/lexicon/state_bodies.txt"));
        let (cues, multiword_cues) = words::cues(include_str!("../../data/lexicon/cues.tsv"));
        let (countries, country_names, country_adjectives, demonyms) =
            gazetteer::countries(include_str!("../../data/countries.tsv"));
        Lexicon {
            cues: cues.into(),
            multiword_cues: multiword_cues.into(),
            cue_nouns: words::word_set(include_str!("../../data/lexicon/cue_nouns.txt"), true).into(),
            titles: words::titles(include_str!("../../data/lexicon/titles.tsv")).into(),
            title_modifiers: words::word_set(include_str!("../../data/lexicon/title_modifiers.txt"), true).into(),
            org_words: words::word_set(include_str!("../../data/lexicon/org_words.txt"), false).into(),
            company_heads: words::word_set(include_str!("../../data/lexicon/company_heads.txt"), false).into(),
            stopwords: words::word_set(include_str!("../../data/lexicon/stopwords.txt"), true).into(),
            speaker_nouns: words::word_set(include_str!("../../data/lexicon/speaker_nouns.txt"), true).into(),
            country_codes: countries.iter().enumerate().rev().map(|(i, c)| (c.iso2.clone(), i)).collect(),
            countries,
            country_names: country_names.into(),
            country_adjective_heads: country_adjectives.keys().filter_map(|a| a.split_once(' ')).map(|(h, _)| h.to_string()).collect(),
            country_adjectives: country_adjectives.into(),
            demonyms: demonyms.into(),
            places: Vec::new(),
            place_names: PhraseTable::default(),
            organisations: words::organisations(include_str!("../../data/lexicon/organisations.tsv")).into(),
            institutions: words::institutions(include_str!("../../data/lexicon/institutions.tsv")).into(),
            first_names: static_table!("firstnames", include_str!(concat!(env!("OUT_DIR"), "/firstnames.genders")).chars().collect()),
            surname_particles: words::word_set(include_str!("../../data/surname_particles.txt"), true).into(),
            surnames: static_table!("surnames", include_bytes!(concat!(env!("OUT_DIR"), "/surnames.ranks")).chunks_exact(4).map(|r| u32::from_le_bytes(r.try_into().expect("four bytes"))).collect()),
            person_nouns: words::with_plurals(words::word_set(include_str!("../../data/lexicon/person_nouns.txt"), true)).into(),
            common_words: static_table!("common_words", vec![(); include_str!(concat!(env!("OUT_DIR"), "/common_words.count")).parse().expect("a count")]).into(),
            nicknames: OnceLock::new(),
            census_given: words::word_set(include_str!("../../data/census_given.txt"), true).into(),
            not_organisations: {
                let mut set = words::word_set(include_str!("../../data/lexicon/not_organisations.txt"), true);
                set.extend(words::word_set(include_str!("../../data/lexicon/time_zones.txt"), true));
                set.into()
            },
            time_zones: words::word_set(include_str!("../../data/lexicon/time_zones.txt"), false).into(),
            holidays: words::holidays(include_str!("../../data/lexicon/holidays.tsv"), "name").into_iter().map(|h| (h, ())).collect(),
            holiday_heads: words::holidays(include_str!("../../data/lexicon/holidays.tsv"), "head").into(),
            place_heads: data_lines(include_str!("../../data/lexicon/place_heads.txt"))
                .map(|l| l.split_once('\t').map_or((l.trim().to_string(), false), |(w, m)| (w.trim().to_string(), m.trim() == "*")))
                .collect(),
            region_abbreviations: data_lines(include_str!("../../data/lexicon/region_abbreviations.tsv"))
                .filter_map(|l| cells::<3>(l).map(|[a, region, country]| (a.to_lowercase(), (region.to_string(), country.to_string()))))
                .collect(),
            postal_regions: data_lines(include_str!("../../data/lexicon/postal_regions.tsv"))
                .filter_map(|l| cells::<3>(l).map(|[a, region, country]| (a.to_string(), (region.to_string(), country.to_string()))))
                .collect(),
            peoples: words::word_set(include_str!("../../data/lexicon/peoples.txt"), true).into(),
            state_bodies: state_bodies.clone(),
            state_body_keys: state_bodies.iter().filter(|b| b.key).map(|b| b.words.join(" ")).collect(),
            national_bodies: data_lines(include_str!("../../data/lexicon/national_bodies.tsv")).filter_map(|l| cells::<3>(l).map(|[iso, body, name]| ((iso.to_string(), body.to_string()), name.to_string()))).collect(),
            own_bodies: data_lines(include_str!("../../data/lexicon/own_bodies.tsv")).filter_map(|l| cells::<2>(l).map(|[iso, name]| (iso.to_string(), name.split(' ').map(fold).collect()))).collect(),
            seats: data_lines(include_str!("../../data/lexicon/seats.tsv")).filter_map(|l| cells::<3>(l).map(|[city, iso, body]| (city.to_string(), iso.to_string(), body.to_string()))).collect(),
            region_seats: data_lines(include_str!("../../data/lexicon/region_seats.tsv")).filter_map(|l| cells::<3>(l).map(|[seat, iso, region]| (seat.to_string(), iso.to_string(), region.to_string()))).collect(),
            country_qids: data_lines(include_str!("../../data/wikidata_countries.tsv")).filter_map(|l| cells::<2>(l).map(|[c, q]| (c.to_string(), q.to_string()))).collect(),
        }
    }

    /// A country's adjective, capitalised ("Chilean", "South African"): the shortest listed, the first in
    /// alphabetical order among equals, else the country's name.
    pub fn country_adjective(&self, country: usize) -> String {
        let best = self.country_adjectives.iter().filter(|&(_, &c)| c == country).map(|(a, _)| a.as_str()).min_by_key(|a| (a.len(), *a));
        match best {
            // (each word capitalised: "South Korean", not "South korean")
            Some(a) => a
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map(|f| f.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" "),
            None => self.countries[country].name.clone(),
        }
    }

    /// Whether a larger town of the gazetteer has this town's name in its country
    /// (Springfield, Illinois beside Springfield, Missouri): then its region tells the two
    /// apart, and the largest keeps the plain name.
    pub fn smaller_namesake(&self, p: &Place) -> bool {
        p.kind == "city"
            && self.place_names.get(&fold(&p.name)).is_some_and(|ps| {
                ps.iter().map(|&i| &self.places[i]).any(|o| o.kind == "city" && o.country == p.country && (o.population, &o.region) > (p.population, &p.region))
            })
    }

    /// The region a listed town lies in (Lyon: Auvergne-Rhône-Alpes), from the gazetteer row the
    /// town came from, found by its name, country and coordinates. `None` for a town the
    /// gazetteer gives no region.
    pub fn region_of_town(&self, name: &str, iso2: &str, coords: Option<(f64, f64)>) -> Option<&Place> {
        let town = self.place_names.get(&fold(name))?.iter().map(|&i| &self.places[i]).find(|p| {
            p.kind == "city" && p.country == iso2 && p.coords() == coords && !p.region.is_empty()
        })?;
        self.place_names.get(&fold(&town.region))?.iter().map(|&i| &self.places[i]).find(|p| p.kind == "region" && p.country == iso2)
    }

    /// Whether a list holds the word as something other than a name: a common word, a stopword,
    /// a title or a title's modifier, a people's word, a country's name or adjective, or an
    /// organisation's head word (`word` as written, for that list keeps capitals). What the
    /// readers of a capitalised word no list knows (a town before a title, a place after "near")
    /// turn away first.
    pub fn lists_as_word(&self, lower: &str, word: &str) -> bool {
        self.is_common_word(lower)
            || self.stopwords.contains(lower)
            || self.titles.contains_key(lower)
            || self.title_modifiers.contains(lower)
            || self.peoples.contains(lower)
            || self.country_any(lower).is_some()
            || self.org_words.contains(word)
    }

    /// Whether a list holds the word as a person's name or a place: a given name (either list),
    /// a surname, a place's name, or a country's name, adjective or demonym. What the readers of a
    /// capitalised word no list knows as a name ("Gas" among a body's fields, "Pellworth" before
    /// "CEO") turn away first.
    pub fn lists_as_name_or_place(&self, lower: &str) -> bool {
        self.first_names.contains_key(lower)
            || self.census_given.contains(lower)
            || self.surnames.contains_key(lower)
            || self.place_names.contains_key(lower)
            || self.country_any(lower).is_some()
    }

    /// Whether a lower-case word is a common English word, also in a regular inflection
    /// ("juniors", "founded").
    pub fn is_common_word(&self, lower: &str) -> bool {
        let has = |w: &str| self.common_words.contains(w);
        // the stem and an "e" ("founded" → "found", "founde"), built on the stack for short words
        let has_e = |stem: &str| {
            let mut buf = [0u8; 32];
            match buf.get_mut(..stem.len() + 1) {
                Some(b) => {
                    b[..stem.len()].copy_from_slice(stem.as_bytes());
                    b[stem.len()] = b'e';
                    std::str::from_utf8(b).is_ok_and(has)
                }
                None => has(&format!("{stem}e")),
            }
        };
        has(lower)
            || ["s", "es", "ed", "ing", "ly"].iter().any(|suf| {
                lower.strip_suffix(suf).is_some_and(|stem| stem.len() >= 3 && (has(stem) || has_e(stem)))
            })
    }

    /// Whether a word is listed as a given name of one sex ("Jane", not "Xi": names listed for
    /// either sex are often family names too).
    pub fn is_gendered_given_name(&self, word: &str) -> bool {
        self.first_names.get(&fold(word)).is_some_and(|g| *g != 'u')
    }

    /// Whether one of two given names is a nickname of the other ("Chuck", "Charles").
    pub fn is_nickname_pair(&self, a: &str, b: &str) -> bool {
        let (a, b) = (fold(a), fold(b));
        let pair = if a <= b { (Cow::Owned(a), Cow::Owned(b)) } else { (Cow::Owned(b), Cow::Owned(a)) };
        self.nicknames.get_or_init(|| words::nicknames(include_str!("../../data/lexicon/nicknames.tsv"))).contains(&pair)
    }

    pub fn country_by_code(&self, iso2: &str) -> Option<usize> {
        self.country_codes.get(iso2).copied()
    }

    /// A country named by `lower` as an adjective, else as a name or alias ("norwegian",
    /// "norway"): the word before a state's body ("Norwegian embassy", "Norway's army").
    pub fn country_by_adjective_or_name(&self, lower: &str) -> Option<usize> {
        self.country_adjectives.get(lower).or_else(|| self.country_names.get(lower)).copied()
    }

    /// A country named by `lower` as a name, alias, adjective or demonym.
    pub fn country_any(&self, lower: &str) -> Option<usize> {
        self.country_names
            .get(lower)
            .or_else(|| self.country_adjectives.get(lower))
            .or_else(|| self.demonyms.get(lower))
            .copied()
    }
}

// `data_lines`, how every data file is read: in a file of its own, as `build.rs` reads the
// large lists with it at build time
include!("datalines.rs");

/// The organisations list (`data/lexicon/organisations.tsv`) as each folded name or alias and
/// the listed name it stands for, read by the parser `Lexicon::organisations` is built with: for
/// a caller that asks the list the other way round (a listed name's long forms).
pub(crate) fn organisation_aliases() -> HashMap<String, String> {
    words::organisations(include_str!("../../data/lexicon/organisations.tsv"))
}

/// The first `N` tab-separated cells of a data line, or `None` when it has fewer (its
/// 40,000 gazetteer lines are parsed at every start: see `split_byte`).
pub(crate) fn cells<const N: usize>(line: &str) -> Option<[&str; N]> {
    let mut out = [""; N];
    let mut cells = split_byte(line, b'\t');
    for cell in out.iter_mut() {
        *cell = cells.next()?;
    }
    Some(out)
}

/// `s.trim()`, without looking at characters when `s` starts and ends in an ASCII byte that
/// is no white space (nearly every cell of the data files, trimmed at every start).
pub(crate) fn trim(s: &str) -> &str {
    let solid = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '));
    if solid(s.as_bytes().first()) && solid(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// A cell of a count (a surname's rank, a place's population) as a number, `trim(s).parse()`:
/// read by a loop over its digits when it is one to nine plain digits (nearly every such cell:
/// 84,000 ranks and 35,000 populations at every start; `parse` checks sign, length and
/// overflow first), by `trim` and `parse` otherwise. (`build.rs` now reads the ranks and the
/// populations: only the gazetteer's test reads a population so, as the start-up once did.)
#[cfg(test)]
pub(crate) fn number<T: std::str::FromStr + From<u32>>(s: &str) -> Option<T> {
    // (nine digits at most: no overflow of a `u32`)
    if s.is_empty() || s.len() > 9 {
        return trim(s).parse().ok();
    }
    let mut n = 0;
    for &b in s.as_bytes() {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return trim(s).parse().ok();
        }
        n = n * 10 + u32::from(d);
    }
    Some(T::from(n))
}

/// A `|`-separated cell as a list of non-empty items.
pub(crate) fn list(cell: &str) -> impl Iterator<Item = &str> {
    split_byte(cell, b'|').map(trim).filter(|s| !s.is_empty())
}

/// `s.split(sep)` for an ASCII separator, cut by a byte scan: `str::split` sets up a searcher
/// for each piece, and the large tables' lines and cells are split at every start.
pub(crate) fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r.as_bytes(), sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s` lower-cased into `buf` when it is ASCII and fits (the bytes `fold` and `to_lowercase`
/// would give), for a word asked of often enough that a `String` per question would cost more
/// than the question; `None` for a longer or non-ASCII `s`.
pub fn ascii_lower_in<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let b = buf.get_mut(..s.len()).filter(|_| s.is_ascii())?;
    b.copy_from_slice(s.as_bytes());
    b.make_ascii_lowercase();
    Some(b)
}

// `fold`, the form all lookups use: in a file of its own, as `build.rs` folds the large
// name lists with it at build time
include!("fold.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowercases_char_by_char_where_not_ascii() {
        let by_chars = |s: &str| -> String { s.chars().map(|c| if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') { '\'' } else { c }).flat_map(char::to_lowercase).collect() };
        for s in ["Zelens\u{2019}kyy", "ÉLAN Vital", "İstanbul", "ǅemal", "“", "\u{212A}elvin", "O\u{02BC}Neil", "plain"] {
            assert_eq!(fold(s), by_chars(s), "{s}");
        }
    }

    #[test]
    fn numbers_read_as_parse_reads_them() {
        for s in ["2", "83913", " 7 ", "007", "", "x", "1x", "-3", "+3", "123456789", "4294967295", "4294967296", "1.5", "٣"] {
            assert_eq!(number::<u32>(s), s.trim().parse().ok(), "{s:?}");
        }
        for s in ["0", "37400068", "", " 12 ", "9999999999", "18446744073709551616"] {
            assert_eq!(number::<u64>(s), s.trim().parse().ok(), "{s:?}");
        }
    }

    #[test]
    fn trim_trims_as_str_trim_does() {
        for s in ["", " ", "a", " a ", "a\t", "\u{b}a", "a\u{b}", "\u{1c}a\u{1f}", "\u{a0}a", "a\u{3000}", "é", " é ", "x y", "\r\n"] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn bytes_are_found_as_position_finds_them() {
        let hay: Vec<u8> = (0..40u8).map(|i| if i % 7 == 3 { b'\t' } else { 0x80 | i }).collect();
        for start in 0..hay.len() {
            for needle in [b'\t', b'\n', 0x80, 0x81, 0xFF, 0] {
                let h = &hay[start..];
                assert_eq!(find_byte(h, needle), h.iter().position(|&b| b == needle), "{start} {needle}");
            }
        }
    }

    #[test]
    fn cells_take_the_first_n_and_need_n() {
        assert_eq!(cells::<3>("a\tb\tc\td"), Some(["a", "b", "c"]));
        assert_eq!(cells::<3>("a\t\t"), Some(["a", "", ""]));
        assert_eq!(cells::<3>("a\tb"), None);
        assert_eq!(cells::<1>("ab"), Some(["ab"]));
    }

    #[test]
    fn split_byte_splits_as_str_split_does() {
        for s in ["", "a", "a|b", "|a||b|", "é|ü", "||"] {
            assert_eq!(split_byte(s, b'|').collect::<Vec<_>>(), s.split('|').collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn data_lines_are_the_lines_without_blanks_and_comments() {
        for src in ["a\nb", "a\n\nb\n", "a\r\nb\r\n", "# c\n  \n\tx\ty\n", "", "\n", "last\r", "é\n ü \n"] {
            let by_lines: Vec<&str> = src.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
            assert_eq!(data_lines(src).collect::<Vec<_>>(), by_lines, "{src:?}");
        }
    }

    #[test]
    fn trailing_empty_columns_survive() {
        let rows: Vec<Vec<&str>> = data_lines("# h\na\tb\t\n\nc\t\t\n").map(|l| l.split('\t').collect()).collect();
        assert_eq!(rows, vec![vec!["a", "b", ""], vec!["c", "", ""]]);
    }

    #[test]
    fn name_lists_folded_at_build_time_are_the_lists_folded() {
        // (the maps `Lexicon::build` made before `build.rs` folded the names)
        let lex = Lexicon::get();
        let first: HashMap<String, char> = data_lines(include_str!("../../data/firstnames.tsv"))
            .filter_map(|l| {
                let mut cols = split_byte(l, b'\t');
                let name = cols.next()?;
                Some((fold(name), cols.next().and_then(|g| g.chars().next()).unwrap_or('u')))
            })
            .collect();
        assert_eq!(first.len(), lex.first_names.len());
        assert!(first.iter().all(|(k, v)| lex.first_names.get(k) == Some(v)));
        let sur: HashMap<String, u32> = data_lines(include_str!("../../data/surnames.tsv"))
            .filter_map(|l| {
                let mut cols = split_byte(l, b'\t');
                let name = cols.next()?;
                Some((fold(name), cols.next().and_then(|r| trim(r).parse().ok()).unwrap_or(u32::MAX)))
            })
            .collect();
        assert_eq!(sur.len(), lex.surnames.len());
        assert!(sur.iter().all(|(k, v)| lex.surnames.get(k) == Some(v)));
        let common = words::word_set(include_str!("../../data/common_words.txt"), false);
        assert_eq!(common.len(), lex.common_words.len());
        assert!(common.iter().all(|w| lex.common_words.contains(w)));
    }

    #[test]
    fn gazetteer_has_regions_and_countries() {
        let lex = Lexicon::get();
        let regions = lex.places.iter().filter(|p| p.kind == "region").count();
        assert!(regions > 3000, "{regions} regions");
        assert!(lex.place_names.get("new jersey").is_some_and(|v| v.iter().any(|&p| lex.places[p].country == "US")));
        assert_eq!(lex.country_names.get("u.s.").map(|&c| lex.countries[c].iso2.as_str()), Some("US"));
        assert_eq!(lex.country_adjectives.get("ukrainian").map(|&c| lex.countries[c].name.as_str()), Some("Ukraine"));
    }
}
