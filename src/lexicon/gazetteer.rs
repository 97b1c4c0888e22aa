use super::{cells, data_lines, fold, list, trim, PhraseTable, StaticTable, StaticWordMap};
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone)]
pub struct Country {
    pub iso2: String,
    pub name: String,
    pub capital: String,
    pub coords: Option<(f64, f64)>,
}

impl Country {
    /// Whether a place of this name is the country's capital ("Bogotá" for a capital listed
    /// as "Bogota": the list of countries writes capitals without diacritics, the gazetteer
    /// with them).
    pub fn is_capital(&self, place: &str) -> bool {
        self.capital == place || !place.is_ascii() && crate::resolve::keys::strip_diacritics(place) == self.capital
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    /// (the name, country and region borrow the gazetteer's text, compiled in: 40,000
    /// places made three strings each at every start)
    pub name: &'static str,
    /// "city", "region", "continent" or "world region" (the last two lie in no country).
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 code of the country it lies in.
    pub country: &'static str,
    pub region: &'static str,
    /// (the latitude and longitude cells as written, read by [`Place::coords`] when asked:
    /// extraction asks for a few places' only, and 40,000 pairs were parsed at every start)
    lat: &'static str,
    lon: &'static str,
    pub population: u64,
}

impl Place {
    pub fn coords(&self) -> Option<(f64, f64)> {
        coords(self.lat, self.lon)
    }
}

fn coords(lat: &str, lon: &str) -> Option<(f64, f64)> {
    Some((decimal(trim(lat))?, decimal(trim(lon))?))
}

/// `s.parse::<f64>()`, the same value, for the gazetteer's plain decimals ("-12.3456") by
/// an exact short cut: their digits as an integer below 2^53 divided by a power of ten up
/// to 10^22 (both exact in an `f64`), one correctly rounded division, as the standard
/// parser rounds. Anything else goes to the standard parser (80,000 coordinates are read
/// at every start, and the general parser cost a tenth of the gazetteer's load).
fn decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    let b = s.as_bytes();
    let neg = b.first() == Some(&b'-');
    // (one pass: the digits as an integer, and where the point is)
    let (mut m, mut digits, mut point) = (0u64, 0usize, None);
    for (i, &c) in b.iter().enumerate().skip(usize::from(neg)) {
        match c {
            b'0'..=b'9' => {
                m = m * 10 + u64::from(c - b'0');
                digits += 1;
            }
            b'.' if point.is_none() && digits > 0 => point = Some(i),
            _ => return s.parse().ok(),
        }
    }
    if digits == 0 || digits > 15 {
        return s.parse().ok();
    }
    let v = m as f64 / POW10[point.map_or(0, |p| b.len() - 1 - p)];
    Some(if neg { -v } else { v })
}

type CountryTables =
    (Vec<Country>, HashMap<String, usize>, HashMap<String, usize>, HashMap<String, usize>);

/// `iso2 name aliases adjectives demonyms capital lat lon`
pub fn countries(src: &str) -> CountryTables {
    let mut out = Vec::new();
    let (mut names, mut adjectives, mut demonyms) = (HashMap::default(), HashMap::default(), HashMap::default());
    for line in data_lines(src) {
        let Some(c) = cells::<8>(line) else { continue };
        let i = out.len();
        out.push(Country {
            iso2: c[0].to_string(),
            name: c[1].to_string(),
            capital: c[5].to_string(),
            coords: coords(c[6], c[7]),
        });
        names.insert(fold(c[1]), i);
        for a in list(c[2]) {
            names.entry(fold(a)).or_insert(i);
        }
        for a in list(c[3]) {
            adjectives.entry(fold(a)).or_insert(i);
        }
        for a in list(c[4]) {
            demonyms.entry(fold(a)).or_insert(i);
        }
    }
    (out, names, adjectives, demonyms)
}

/// The gazetteer's places as `build.rs` wrote them (`places`), compiled in.
pub fn laid_out_places() -> Vec<Place> {
    macro_rules! out {
        ($name:literal) => {
            include_bytes!(concat!(env!("OUT_DIR"), "/places.", $name))
        };
    }
    places(include_str!(concat!(env!("OUT_DIR"), "/places.cells.txt")), out!("cells.len"), out!("kinds"), out!("populations"))
}

/// The gazetteer's places, from what `build.rs` wrote of the place lines (`name aliases kind
/// country region lat lon population`) of the place files, in order, borrowed instead of cut
/// at every start: `cells`, a line per place of its name, country, region, lat and lon joined
/// by tabs; `lens`, the byte lengths of those five cells of each place; `kinds`, a byte per
/// place (its index in `PLACE_KINDS`); `populations`, a little-endian `u64` per place.
/// (The kind and population were cells too: matching the one and reading the other's digits
/// were a third of the 8.8 M instructions this cost at every start.)
pub fn places(cells: &'static str, lens: &'static [u8], kinds: &[u8], populations: &[u8]) -> Vec<Place> {
    let mut out = Vec::with_capacity(kinds.len());
    let mut rest = cells;
    for ((lens, &kind), population) in lens.chunks_exact(CELLS).zip(kinds).zip(populations.chunks_exact(8)) {
        let [name, country, region, lat, lon] = cut_cells(&mut rest, lens);
        out.push(Place {
            name,
            kind: PLACE_KINDS[usize::from(kind)],
            country,
            region,
            lat,
            lon,
            population: u64::from_le_bytes(population.try_into().expect("eight bytes")),
        });
    }
    out
}

/// The places each key names, the most populous first (`place_keys` of every place line): a
/// static table `build.rs` laid out (`places.names.keys`, `.slots`), its entries' places
/// (`places_of_entries`) and the index of its names' first words (`phrase_index`), read from
/// the binary instead of 97,000 keys hashed, inserted and indexed at every start (47 M
/// instructions).
pub fn place_names() -> PhraseTable<Places, StaticWordMap<Places>> {
    macro_rules! out {
        ($name:literal) => {
            include_bytes!(concat!(env!("OUT_DIR"), "/places.names.", $name))
        };
    }
    let table = StaticTable::new(include_str!(concat!(env!("OUT_DIR"), "/places.names.keys")), out!("slots"), places_of_entries(out!("places")));
    PhraseTable::from_static(table, out!("first"), out!("first_signatures"), out!("phrase_signatures"))
}

/// The places of each entry of the gazetteer's names' table, from what `build.rs` wrote: a
/// little-endian `u32` of how many, then as many place indices, entry by entry.
fn places_of_entries(bytes: &[u8]) -> Vec<Places> {
    let mut words = bytes.chunks_exact(4).map(|w| u32::from_le_bytes(w.try_into().expect("four bytes")) as usize);
    // (room for as many entries as there can be, eight bytes or more each: 95,000 entries,
    // and a vector grown on the way copied them over at each doubling)
    let mut out = Vec::with_capacity(bytes.len() / 8);
    while let Some(n) = words.next() {
        out.push(match n {
            1 => Places::One(words.next().expect("a place")),
            _ => Places::Many(words.by_ref().take(n).collect()),
        });
    }
    out
}

/// How many text cells `build.rs` writes of a place (`place_cells`).
const CELLS: usize = 5;

/// The five cells of a place that `build.rs` wrote (`place_cells`), cut from the front of
/// `rest` by their byte lengths `lens`, each followed by one separator byte (a tab, the last
/// a line end) that is skipped: no search for the separators.
fn cut_cells(rest: &mut &'static str, lens: &[u8]) -> [&'static str; CELLS] {
    let mut c = [""; CELLS];
    for (cell, &n) in c.iter_mut().zip(lens) {
        let (head, tail) = rest.split_at(usize::from(n));
        *cell = head;
        *rest = &tail[1..];
    }
    c
}

/// The places a gazetteer key names (indices into the places), read as a slice: most keys
/// (89,586 of 97,674) name one place, held without a list of its own (a `Vec` each was
/// allocated at every start).
#[derive(Debug, Clone)]
pub enum Places {
    One(usize),
    /// (two or more, the most populous first once `places` has sorted them)
    Many(Vec<usize>),
}

impl Places {
    /// `i` added unless it is there already (the names were filed so at start-up before
    /// `build.rs` did: a test's to compare).
    #[cfg(test)]
    fn add(&mut self, i: usize) {
        match self {
            Places::One(p) if *p != i => *self = Places::Many(vec![*p, i]),
            Places::Many(v) if !v.contains(&i) => v.push(i),
            _ => {}
        }
    }
}

impl std::ops::Deref for Places {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        match self {
            Places::One(p) => std::slice::from_ref(p),
            Places::Many(v) => v,
        }
    }
}

include!("placekeys.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{number, split_byte};

    #[test]
    fn the_place_names_build_rs_laid_out_are_those_filed_at_start_up() {
        // (the names as `places` filed them at every start before: each key of each place
        // line, the places of a key the most populous first)
        let places = laid_out_places();
        let mut names: HashMap<&'static str, Places> = HashMap::default();
        for (i, line) in split_byte(include_str!(concat!(env!("OUT_DIR"), "/places.keys.txt")), b'\n').enumerate().take(places.len()) {
            for k in split_byte(line, b'\t').filter(|k| !k.is_empty()) {
                names.entry(k).and_modify(|v| v.add(i)).or_insert(Places::One(i));
            }
        }
        for v in names.values_mut() {
            if let Places::Many(v) = v {
                v.sort_by(|&a, &b| places[b].population.cmp(&places[a].population).then(a.cmp(&b)));
            }
        }
        let laid_out = place_names();
        assert_eq!(laid_out.len(), names.len());
        for (k, v) in &names {
            assert_eq!(laid_out.get(k).map(|p| &**p), Some(&**v), "{k}");
        }
        for k in ["", "nowhere at all", "paris france", "new"] {
            assert_eq!(laid_out.get(k).map(|p| &**p), names.get(k).map(|p| &**p), "{k}");
        }
        // the index of their first words and their signatures, as a table built at start-up makes them
        let built = PhraseTable::from(names);
        assert!(laid_out.index() == built.index());
        assert!(laid_out.signatures().bits() == built.signatures().bits());
        assert_eq!(laid_out.max_tokens_from("new"), built.max_tokens_from("new"));
    }

    #[test]
    fn decimals_are_read_as_the_standard_parser_reads_them() {
        for s in ["42.5078", "-122.41942", "0.1", "-0.0", "0", "7", "-6", "89.9999999", "1.5211", "179.99999999999", "12345678901234.5", "1e5", "", "-", ".5", "5.", "abc", "1.2.3"] {
            assert_eq!(decimal(s).map(f64::to_bits), s.parse::<f64>().ok().map(f64::to_bits), "{s}");
        }
        // every coordinate of the gazetteer
        for line in super::super::data_lines(include_str!("../../data/places.tsv")) {
            let c: Vec<&str> = line.split('\t').collect();
            for s in [c[5], c[6]] {
                assert_eq!(decimal(s.trim()).map(f64::to_bits), s.trim().parse::<f64>().ok().map(f64::to_bits), "{s}");
            }
        }
    }

    #[test]
    fn the_keys_and_cells_build_rs_wrote_are_those_of_every_place_line() {
        let mut keys = split_byte(include_str!(concat!(env!("OUT_DIR"), "/places.keys.txt")), b'\n');
        let mut lens = include_bytes!(concat!(env!("OUT_DIR"), "/places.cells.len")).chunks_exact(CELLS);
        let mut rest = include_str!(concat!(env!("OUT_DIR"), "/places.cells.txt"));
        let places = laid_out_places();
        let mut n = 0;
        for src in [include_str!("../../data/places.tsv"), include_str!("../../data/lexicon/world_regions.tsv")] {
            for line in data_lines(src) {
                let Some(c) = cells::<8>(line) else { continue };
                let written: Vec<&str> = split_byte(keys.next().expect("a line of keys"), b'\t').filter(|k| !k.is_empty()).collect();
                assert_eq!(written, place_keys(c[0], c[2], list(c[1])), "{line}");
                assert_eq!(cut_cells(&mut rest, lens.next().expect("cells")), [c[0], c[3], c[4], c[5], c[6]], "{line}");
                // (the kind and population as the start-up read them from their cells before
                // `build.rs` wrote them as numbers)
                let kind = match c[2] {
                    "region" => "region",
                    "continent" => "continent",
                    "world region" => "world region",
                    _ => "city",
                };
                assert_eq!((places[n].kind, places[n].population), (kind, number(c[7]).unwrap_or(0)), "{line}");
                assert_eq!((places[n].name, places[n].country, places[n].region), (c[0], c[3], c[4]), "{line}");
                n += 1;
            }
        }
        assert!(n > 30_000 && n == places.len() && keys.next().is_none_or(str::is_empty) && lens.next().is_none() && rest.is_empty());
        // (an alias ending in initials is also filed with full stops; a town under its head)
        assert_eq!(place_keys("Washington", "city", ["Washington DC"].into_iter()), ["washington", "washington dc", "washington d.c."]);
        assert_eq!(place_keys("Frankfurt am Main", "city", std::iter::empty()), ["frankfurt am main", "frankfurt"]);
        assert_eq!(place_keys("Frankfurt am Main", "region", std::iter::empty()), ["frankfurt am main"]);
        // (a two-letter name only in capitals)
        assert!(place_keys("Ig", "region", std::iter::empty()).is_empty());
        assert_eq!(place_keys("Khyber Pakhtunkhwa", "region", ["KP"].into_iter()), ["khyber pakhtunkhwa", "kp"]);
    }

    #[test]
    fn a_town_is_known_by_its_name_before_a_qualifier() {
        assert_eq!(qualified_head("Frankfurt am Main"), Some("Frankfurt"));
        assert_eq!(qualified_head("Newcastle upon Tyne"), Some("Newcastle"));
        assert_eq!(qualified_head("Stratford-upon-Avon"), Some("Stratford"));
        assert_eq!(qualified_head("Halle (Saale)"), Some("Halle"));
        assert_eq!(qualified_head("Rothenburg ob der Tauber"), Some("Rothenburg"));
        assert_eq!(qualified_head("Bad Homburg"), None);
        assert_eq!(qualified_head("Paris"), None);
        assert_eq!(qualified_head("Ay am X"), None);
    }

    #[test]
    fn initials_are_also_written_with_full_stops() {
        assert_eq!(dotted_initials("Washington DC").as_deref(), Some("Washington D.C."));
        assert_eq!(dotted_initials("Washington Dc"), None);
        assert_eq!(dotted_initials("DC"), None);
        assert_eq!(dotted_initials("Paris"), None);
    }
}
