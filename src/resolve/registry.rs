//! The corpus-wide entity registry. Persons match on surname skeleton plus a compatible
//! first name; a bare surname joins the one person of that surname (or the one most
//! mentioned); organisations match on their canonical name, countries on ISO code and
//! places on country and name. Keys are minted from the first full name seen and never
//! change, so IRIs stay stable while canonical names improve.

use super::keys::{first_names_compatible, middles_compatible, skeleton, slug, surname_key};
use crate::extract::entities::{name_word, name_words};
use crate::model::{Doc, EntityKind};
use std::collections::{BTreeMap, BTreeSet};
use crate::text::{capital_initials, words_of};

#[derive(Debug, Clone)]
pub struct ResolvedEntity {
    pub key: String,
    pub kind: EntityKind,
    pub name: String,
    /// Every name this entity was given; also explains merges (`newsgraph explain`).
    pub names: BTreeSet<String>,
    pub country: Option<String>,
    pub place_kind: Option<String>,
    pub coords: Option<(f64, f64)>,
    pub stands_for: Option<String>,
    pub mentions: u64,
}

/// "John Lee Ka-chiu", "Chris Tang Ping-keung": an English given name the lexicon knows, a
/// family name, and a Chinese given name of two syllables joined by a hyphen (the second in
/// lower case), as Hong Kong names are written in full; the first two words, the name the
/// person is also known by.
fn english_and_family<'a, 'b>(words: &'b [&'a str]) -> Option<&'b [&'a str]> {
    match words {
        [first, family, given] if family.chars().next().is_some_and(char::is_uppercase) && given.split_once('-').is_some_and(|(a, b)| !a.is_empty() && b.starts_with(|c: char| c.is_lowercase())) && crate::lexicon::Lexicon::get().is_gendered_given_name(first) => Some(&words[..2]),
        _ => None,
    }
}

#[derive(Default)]
pub struct Registry {
    pub entities: BTreeMap<String, ResolvedEntity>,
    /// surname skeleton → person keys
    surnames: BTreeMap<String, BTreeSet<String>>,
    /// skeleton of a full name's first word that is no given name of one sex ("Xi" of
    /// "Xi Jinping") → person keys: family names written first
    family_first: BTreeMap<String, BTreeSet<String>>,
    /// keys changed since load: the store rewrites these
    pub dirty: BTreeSet<String>,
    /// bare initials ("SDF") → the key of the one organisation of several words an article
    /// named by them too, or `None` once two organisations had them (see `initials_key`)
    initials: BTreeMap<String, Option<String>>,
    /// the slug of an organisation's full name → the key its initials had before it was named
    /// in full (an article that wrote only "SDF" came first)
    full_names: BTreeMap<String, String>,
}

/// "SDF", "UNHCR", "TSMC": a name that is bare initials, two to six capitals (digits after
/// the first allowed), no word of small letters.
fn bare_initials(name: &str) -> bool {
    let b = name.as_bytes();
    (2..=6).contains(&b.len()) && b[0].is_ascii_uppercase() && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// A state body keyed by its country ("org/foreign-ministry-ua") whose name does not say the
/// country ("Foreign Ministry", "Army", from "Ukraine's Foreign Ministry said", "Army
/// spokesman X") is named with the country's adjective ("Ukrainian Foreign Ministry"), so two
/// countries' ministries are not two nodes of one name (the name as written stays an alias).
fn name_body_with_country(doc: &mut Doc, i: usize, key: &str) {
    let name = &doc.entities[i].name;
    if key[4..] == *slug(name) {
        return;
    }
    let lex = crate::lexicon::Lexicon::get();
    let Some(iso) = key.rsplit_once('-').map(|(_, c)| c).filter(|c| c.len() == 2) else { return };
    let Some(c) = lex.country_by_code(&iso.to_ascii_uppercase()) else { return };
    let bare = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    let lower = crate::lexicon::fold(bare);
    // (a name that says its country in any form keeps it: "U.S. Senate", "Ministry of Defence of
    // Armenia", "Chile's central bank")
    let says_country = lower.split(|ch: char| ch == ' ' || ch == '\'').any(|w| lex.country_by_adjective_or_name(w).is_some()) || lex.country_adjective_heads.iter().any(|h| lower.contains(h.as_str())) || lower.contains(&crate::lexicon::fold(&lex.countries[c].name));
    // (only the ministries and the armed forces, which news names by their state: "Congress" or
    // "the Supreme Court" of a story's own country are no less clear alone)
    let body = &key[4..key.len() - 3];
    let armed = matches!(body, "general-staff" | "armed-forces" | "army" | "navy" | "air-force" | "military" | "coast-guard" | "coastguard" | "border-guard" | "border-service");
    // (and a foreign office, as Britain's and Pakistan's are called: "Pakistan's Foreign Office")
    if says_country || !(armed || body.ends_with("-ministry") || body == "foreign-office") || !bare.chars().next().is_some_and(char::is_uppercase) {
        return;
    }
    // ("US Army": the adjective "American" is the continent's too)
    let adjective = if iso.eq_ignore_ascii_case("us") { "US".to_string() } else { lex.country_adjective(c) };
    doc.entities[i].name = format!("{adjective} {bare}");
}

/// "Germany's Foreign Office", "the German Foreign Office": a body whose key names a state
/// stands for that state, not for the one the lexicon lists its bare name under (Britain's,
/// whose node the article would otherwise gain with no mention). Returns the states made
/// unneeded so: no mention, and nothing else stands for them.
fn stand_for_keyed_state(doc: &mut Doc) -> Vec<usize> {
    let mut unneeded = Vec::new();
    for i in 0..doc.entities.len() {
        let Some(s) = doc.entities[i].stands_for.filter(|&s| doc.entities[i].kind == EntityKind::Organization && doc.entities[s].kind == EntityKind::Country) else { continue };
        let Some(iso) = super::bodies::state_body_key(doc, i).and_then(|k| k.rsplit_once('-').map(|(_, iso)| iso.to_string())) else { continue };
        if doc.entities[s].country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&iso)) {
            continue;
        }
        doc.entities[i].stands_for = doc.entities.iter().position(|e| e.kind == EntityKind::Country && e.country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(&iso)));
        if !doc.mentions.iter().any(|m| m.entity == s) && !doc.entities.iter().any(|e| e.stands_for == Some(s)) {
            unneeded.push(s);
        }
    }
    unneeded
}

/// Whether `name` has two words or more by `name_words`' count, counted without collecting
/// them: `resolve` asks it of every entity of every article only to order them (its vector
/// was ~450 instructions an entity, 1.9 M on 200 articles).
fn two_name_words(name: &str) -> bool {
    let mut words = words_of(name).filter(name_word);
    words.next().is_some() && words.next().is_some()
}

fn insert_name(names: &mut BTreeSet<String>, name: &str) {
    if !names.contains(name) {
        names.insert(name.to_string());
    }
}

/// The better canonical name: more words, then well-formed, then longer, then alphabetical.
pub fn better(a: &str, b: &str) -> bool {
    // (part by part, the later parts only where the earlier tie: this runs for every name
    // of every article, most often the entity's own name again)
    if a == b {
        return false;
    }
    let words = |s: &str| words_of(s).count();
    words(a).cmp(&words(b)).then_with(|| well_formed(a).cmp(&well_formed(b))).then_with(|| a.len().cmp(&b.len())).then_with(|| b.cmp(a)).is_gt()
}

/// No word typed with a slipped shift key ("HIllary", "THe"): a capital second letter
/// followed by a small one. Acronyms ("NATO"), "McConnell" and "DeSantis" are fine.
fn well_formed(name: &str) -> bool {
    words_of(name).all(|w| {
        let mut c = w.chars();
        match (c.next(), c.next(), c.next()) {
            (Some(a), Some(b), Some(c)) => !(a.is_uppercase() && b.is_uppercase() && c.is_lowercase()),
            _ => true,
        }
    })
}

impl Registry {
    pub fn insert_loaded(&mut self, e: ResolvedEntity) {
        if e.kind == EntityKind::Person {
            self.index_person(&e.name, &e.key);
        }
        // (an organisation's initials, and its full name filed under them, as `initials_key`
        // left them when the entry was stored)
        if e.kind == EntityKind::Organization && !bare_initials(&e.name) && two_name_words(&e.name) {
            for x in e.names.iter().filter(|x| bare_initials(x) && capital_initials(&e.name) == **x) {
                if e.key[4..] == slug(x) {
                    self.full_names.insert(slug(&e.name), e.key.clone());
                }
                self.claim_initials(x, &e.key);
            }
        }
        self.entities.insert(e.key.clone(), e);
    }

    /// Takes back `n` mentions of an entity: those of an article's old version, which a
    /// changed article's new version replaces (its mentions are counted again as it is
    /// resolved).
    pub fn forget_mentions(&mut self, key: &str, n: u64) {
        if let Some(e) = self.entities.get_mut(key) {
            e.mentions = e.mentions.saturating_sub(n);
            self.dirty.insert(key.to_string());
        }
    }

    /// Files `key` as the organisation bare initials `x` name, unless another has them already:
    /// then they name none (`None`).
    fn claim_initials(&mut self, x: &str, key: &str) {
        match self.initials.get_mut(x) {
            None => {
                self.initials.insert(x.to_string(), Some(key.to_string()));
            }
            Some(k) if k.as_deref() != Some(key) => *k = None,
            Some(_) => {}
        }
    }

    /// The key of an organisation named `name` (`key` its own) that one article names in full
    /// and by its initials ("the Vexmoor Liberation Front (VLF)", or the initials alone in a
    /// mention `short` holds, which the name's words spell) and another by the initials alone
    /// ("the VLF said"): one node, not two. The bare initials take the key of the one
    /// organisation of several words the corpus named by them; when the article with the
    /// initials alone came first, the full name takes their key (filed in `full_names`, so the
    /// name alone finds it later). Initials the organisations list holds are left to the list
    /// ("AFP" is the news agency, not the "Australian Federal Police (AFP)"), and initials two
    /// organisations had name neither. (A name that holds initials it does not spell, "IVF
    /// Clinics Group" with "IVF", gives them no key: the treatment is no body.)
    fn initials_key(&mut self, name: &str, key: String, short: &[&str]) -> String {
        let lex = crate::lexicon::Lexicon::get();
        let listed = |x: &str| lex.organisations.contains_key(&crate::lexicon::fold(x));
        if bare_initials(name) {
            return match self.initials.get(name) {
                Some(Some(k)) if !listed(name) => k.clone(),
                _ => key,
            };
        }
        if self.full_names.is_empty() && short.is_empty() || !two_name_words(name) {
            return key;
        }
        let own = key.len() > 4 && key[4..] == slug(name);
        let mut key = self.full_names.get(&key[4..]).cloned().unwrap_or(key);
        for &x in short.iter().filter(|&&x| !listed(x) && capital_initials(name) == x) {
            let bare = ["org/", &slug(x)].concat();
            if own && !self.initials.contains_key(x) && self.entities.get(&bare).is_some_and(|e| e.kind == EntityKind::Organization && bare_initials(&e.name)) {
                self.full_names.insert(key[4..].to_string(), bare.clone());
                key = bare;
            }
            self.claim_initials(x, &key);
        }
        key
    }

    /// Files a person's key under its surname and, for a family name written first, under
    /// its first word.
    fn index_person(&mut self, name: &str, key: &str) {
        let words = name_words(name);
        if let Some(s) = words.last() {
            let keys = self.surnames.entry(surname_key(s)).or_default();
            if !keys.contains(key) {
                keys.insert(key.to_string());
            }
        }
        // ("John Lee Ka-chiu": also under the family name, so that "John Lee" finds it)
        if let Some(short) = english_and_family(&words) {
            let keys = self.surnames.entry(surname_key(short[1])).or_default();
            if !keys.contains(key) {
                keys.insert(key.to_string());
            }
        }
        if let [first, _, ..] = words[..] {
            if !crate::lexicon::Lexicon::get().is_gendered_given_name(first) {
                let keys = self.family_first.entry(skeleton(first)).or_default();
                if !keys.contains(key) {
                    keys.insert(key.to_string());
                }
            }
        }
    }

    /// Gives every entity of `doc` its corpus-wide key, creating or updating registry entries.
    pub fn resolve(&mut self, doc: &mut Doc) {
        // full names first, so bare surnames can join them
        let mut order: Vec<usize> = (0..doc.entities.len()).collect();
        order.sort_by_cached_key(|&i| (doc.entities[i].kind != EntityKind::Person, !two_name_words(&doc.entities[i].name), i));
        // (the mentions by bare initials of the article's organisations, for `initials_key`:
        // a few an article)
        let mut short: Vec<(usize, String)> = Vec::new();
        for m in &doc.mentions {
            if m.kind == crate::model::MentionKind::Name && m.span.end - m.span.start <= 6 && doc.entities[m.entity].kind == EntityKind::Organization {
                let s = doc.slice(m.span);
                if bare_initials(s) && !short.iter().any(|(e, x)| *e == m.entity && x == s) {
                    short.push((m.entity, s.to_string()));
                }
            }
        }
        for i in order {
            // (an embassy by where it serves: named there, it is named so; see
            // `bodies::embassy_key`)
            if let Some((key, name)) = super::bodies::embassy_key(doc, i) {
                if let Some(name) = name {
                    doc.entities[i].name = name;
                }
                doc.entities[i].key = key;
                continue;
            }
            let (key, state_body) = self.key_for(doc, i);
            // (the army named by its common noun is the force the story names: see
            // `bodies::named_force`)
            if let Some(j) = state_body.then(|| super::bodies::named_force(doc, i, &key)).flatten() {
                doc.entities[i].key = self.key_for(doc, j).0;
                continue;
            }
            if state_body && key.starts_with("org/") {
                name_body_with_country(doc, i, &key);
            }
            let key = if !state_body && doc.entities[i].kind == EntityKind::Organization {
                let mine: Vec<&str> = short.iter().filter(|(e, _)| *e == i).map(|(_, x)| x.as_str()).collect();
                self.initials_key(&doc.entities[i].name, key, &mine)
            } else {
                key
            };
            doc.entities[i].key = key;
        }
        let unneeded = stand_for_keyed_state(doc);
        let mut counts = vec![0u64; doc.entities.len()];
        // every name an entity is mentioned by, so lookups by name need only the entities graph
        // (each spelling listed once: an entity is mostly named by the same two or three
        // spellings again and again, and each listed one costs a cleaning scan and a search of
        // the entry's names, while filing a name twice changes nothing)
        let mut surfaces: Vec<Vec<&str>> = vec![Vec::new(); doc.entities.len()];
        for m in &doc.mentions {
            counts[m.entity] += 1;
            if m.kind == crate::model::MentionKind::Name {
                let s = doc.slice(m.span);
                if !surfaces[m.entity].contains(&s) {
                    surfaces[m.entity].push(s);
                }
            }
        }
        for i in 0..doc.entities.len() {
            if unneeded.contains(&i) {
                continue;
            }
            let stands = doc.entities[i].stands_for.map(|s| doc.entities[s].key.clone());
            let e = &doc.entities[i];
            let mentions = counts[i];
            // (lookups before inserts throughout: most keys and names are known already; a
            // known key is looked up once, the rare new one filed and then taken by `entry`)
            let known = self.entities.get_mut(&e.key);
            // (a key new to the registry is in `dirty` only if something outside put it there,
            // where the insert below changes nothing: it is filed without a search first)
            let new = known.is_none();
            let entry = match known {
                Some(entry) => entry,
                None => self.entities.entry(e.key.clone()).or_insert(ResolvedEntity {
                    key: e.key.clone(),
                    kind: e.kind,
                    name: e.name.clone(),
                    names: BTreeSet::new(),
                    country: e.country.clone(),
                    place_kind: e.place_kind.map(str::to_string),
                    coords: e.coords,
                    stands_for: None,
                    mentions: 0,
                }),
            };
            insert_name(&mut entry.names, &e.name);
            for s in std::mem::take(&mut surfaces[i]) {
                insert_name(&mut entry.names, &crate::text::clean_cow(s));
            }
            if better(&e.name, &entry.name) {
                entry.name = e.name.clone();
            }
            if entry.stands_for.is_none() && stands.is_some() {
                entry.stands_for = stands;
            }
            if entry.place_kind.as_deref() != Some("region") && e.place_kind == Some("region") {
                entry.place_kind = Some("region".into());
            }
            entry.mentions += mentions;
            // the mention count changed in any case: the store rewrites the entry
            if new || !self.dirty.contains(&e.key) {
                self.dirty.insert(e.key.clone());
            }
            if e.kind == EntityKind::Person {
                self.index_person(&e.name, &e.key);
            }
        }
    }

    /// The key of entity `i`, and whether it is a state body's key (`bodies::state_body_key`).
    /// Only such a key can differ from "org/" and the slug of the name, so only then is the
    /// body's name given its country (`name_body_with_country`, whose first test, the name's
    /// slug again, answered "nothing to do" for every other organisation: ~500 instructions
    /// each, ~900 organisations per 200 articles).
    fn key_for(&self, doc: &Doc, i: usize) -> (String, bool) {
        let e = &doc.entities[i];
        match e.kind {
            // (the keys joined by `concat`, which sizes the string once: `format!` grew it at
            // each part, ~670 instructions a key)
            EntityKind::Country => (["country/", &e.country.as_deref().unwrap_or("xx").to_lowercase()].concat(), false),
            EntityKind::Place => match &e.region {
                // "place/us/springfield-illinois": a town with a larger namesake (see `Entity::region`)
                Some(r) => (["place/", &e.country.as_deref().unwrap_or("world").to_lowercase(), "/", &slug(&e.name), "-", &slug(r)].concat(), false),
                None => (["place/", &e.country.as_deref().unwrap_or("world").to_lowercase(), "/", &slug(&e.name)].concat(), false),
            },
            EntityKind::Organization => match super::bodies::state_body_key(doc, i) {
                Some(k) => (k, true),
                None => (["org/", &slug(&e.name)].concat(), false),
            },
            EntityKind::Person => (self.person_key(&e.name), false),
        }
    }

    fn person_key(&self, name: &str) -> String {
        self.person_match(name).unwrap_or_else(|| ["person/", &slug(name)].concat())
    }

    /// The key of the known person `name` denotes, if any (see the module comment).
    fn person_match(&self, name: &str) -> Option<String> {
        let words = name_words(name);
        // ("John Lee Ka-chiu" after "John Lee": a Hong Kong name in full is the English given
        // name and the family name, known so, then the Chinese given name)
        if let Some(short) = english_and_family(&words) {
            if let Some(k) = self.person_match_words(&words).or_else(|| self.person_match_words(short)) {
                return Some(k);
            }
        }
        self.person_match_words(&words)
    }

    fn person_match_words(&self, words: &[&str]) -> Option<String> {
        let sur = words.last()?;
        let first = (words.len() > 1).then(|| words[0]);
        // (the candidates filtered as they are found, in one vector, and a candidate's name
        // split into words only when there is a first name to compare: a bare surname keeps
        // every candidate)
        let compatible: Vec<&ResolvedEntity> = self
            .surnames
            .get(&surname_key(sur))
            .map(|keys| {
                keys.iter()
                    .filter_map(|k| self.entities.get(k))
                    .filter(|c| {
                        let Some(f) = first else { return true };
                        let cw = name_words(&c.name);
                        cw.len() <= 1 || (first_names_compatible(f, cw[0]) && middles_compatible(words, &cw))
                    })
                    .collect()
            })
            .unwrap_or_default();
        // prefer an entry with a full name; among equals the most mentioned
        // (keys compared in place, not cloned for each candidate)
        let rank = |c: &ResolvedEntity| (first.is_some() && c.name.contains(' '), c.mentions);
        let pick = compatible.iter().max_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| b.key.cmp(&a.key)));
        match pick {
            Some(c) if first.is_some() || compatible.len() == 1 || c.mentions > 0 => Some(c.key.clone()),
            // "Xi" alone: the one person whose name opens with that family name
            None if first.is_none() => {
                let keys = self.family_first.get(&skeleton(sur))?;
                (keys.len() == 1).then(|| keys.iter().next().cloned()).flatten()
            }
            _ => None,
        }
    }

    /// For the resolution pass over a merged store (`newsgraph resolve`): files an entity
    /// description read back from the store under the key these rules give it. A person
    /// joins a known person by the same rules as a mention in an article; anything else, and
    /// a person who matches no one, keeps its own key (keys of organisations, countries and
    /// places are made from their canonical name, so equal entities already share one).
    /// Names, name variants and mentions are united. Returns the key it was filed under.
    pub fn absorb(&mut self, e: ResolvedEntity) -> String {
        let key = match e.kind {
            EntityKind::Person => self.person_match(&e.name).filter(|k| self.entities.get(k).is_some_and(|x| x.kind == EntityKind::Person)),
            _ => None,
        }
        .unwrap_or_else(|| e.key.clone());
        let entry = self.entities.entry(key.clone()).or_insert_with(|| ResolvedEntity { key: key.clone(), names: BTreeSet::new(), mentions: 0, ..e.clone() });
        if entry.key != e.key {
            entry.names.insert(e.name.clone());
            entry.names.extend(e.names.iter().cloned());
            entry.mentions += e.mentions;
            if better(&e.name, &entry.name) {
                entry.name = e.name.clone();
            }
            entry.country = entry.country.take().or(e.country);
            entry.place_kind = entry.place_kind.take().or(e.place_kind);
            entry.coords = entry.coords.or(e.coords);
            entry.stands_for = entry.stands_for.take().or(e.stands_for);
        } else {
            entry.names.insert(e.name.clone());
            entry.names.extend(e.names);
            entry.mentions = e.mentions;
        }
        if entry.kind == EntityKind::Person {
            let name = entry.name.clone();
            self.index_person(&name, &key);
        }
        key
    }
}

#[cfg(test)]
mod tests {
    use super::{better, well_formed, Registry};

    #[test]
    fn a_ministry_or_army_named_without_its_country_is_named_with_it() {
        let names = |t: &str| {
            let mut doc = crate::extract::analyze(crate::model::Article::new("t", "t", t.to_string()));
            Registry::default().resolve(&mut doc);
            doc.entities.iter().map(|e| e.name.clone()).collect::<Vec<_>>()
        };
        // (the name as written stays: the registry keeps it as an alias)
        let n = names("Clashes. Ukraine's Foreign Ministry said the talks had failed. Army spokesman Jo Dean said the line held in Ukraine.");
        assert!(n.iter().any(|x| x == "Ukrainian Foreign Ministry"), "{n:?}");
        assert!(n.iter().any(|x| x == "Ukrainian Army"), "{n:?}");
        // (not a parliament, nor a name that says its country)
        let n = names("Vote. Norway's Parliament met. The Russian Foreign Ministry said it was concerned.");
        assert!(!n.iter().any(|x| x.starts_with("Norwegian")), "{n:?}");
        assert!(n.iter().any(|x| x == "Russian Foreign Ministry"), "{n:?}");
    }

    #[test]
    fn a_foreign_office_named_without_its_country_is_named_with_it() {
        // ("Pakistan's Foreign Office criticised …" was a node "Foreign Office", Britain's name)
        let mut doc = crate::extract::analyze(crate::model::Article::new("t", "t", "Space. Norway's Foreign Office criticised the ruling.".to_string()));
        Registry::default().resolve(&mut doc);
        assert!(doc.entities.iter().any(|e| e.name == "Norwegian Foreign Office"), "{:?}", doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    }

    #[test]
    fn a_foreign_office_named_with_its_state_stands_for_that_state() {
        // (it stood for Britain, the lexicon's state for "Foreign Office", whose node the story
        // gained with no mention)
        let mut registry = Registry::default();
        let mut doc = crate::extract::analyze(crate::model::Article::new("t", "t", "Spies. Germany's Foreign Office summoned the envoy after Germany charged three men.".to_string()));
        registry.resolve(&mut doc);
        let office = registry.entities.values().find(|e| e.name.ends_with("Foreign Office")).expect("no Foreign Office");
        assert_eq!(office.stands_for.as_deref(), Some("country/de"));
        assert!(!registry.entities.contains_key("country/gb"), "{:?}", registry.entities.keys().collect::<Vec<_>>());
        // (Britain's own, named alone in a story about Britain, keeps it)
        let mut registry = Registry::default();
        let mut doc = crate::extract::analyze(crate::model::Article::new("t", "t", "Iran. Britain said the talks had failed. The Foreign Office said the finding was grave.".to_string()));
        registry.resolve(&mut doc);
        let office = registry.entities.values().find(|e| e.name.ends_with("Foreign Office")).expect("no Foreign Office");
        assert_eq!(office.stands_for.as_deref(), Some("country/gb"));
    }

    #[test]
    fn a_slipped_shift_key_never_becomes_the_canonical_name() {
        assert!(better("Hillary Clinton", "HIllary Clinton"));
        assert!(!better("HIllary Clinton", "Hillary Clinton"));
        assert!(better("Mitch McConnell", "Mitch Mcconnel"));
        assert!(better("Hillary Rodham Clinton", "Hillary Clinton"));
    }

    #[test]
    fn better_orders_names_as_the_tuple_did() {
        let by_tuple = |a: &str, b: &str| (a.split_whitespace().count(), well_formed(a), a.len(), std::cmp::Reverse(a)) > (b.split_whitespace().count(), well_formed(b), b.len(), std::cmp::Reverse(b));
        let names = ["Zelensky", "Volodymyr Zelensky", "HIllary Clinton", "Hillary Clinton", "Zelenskyy", "Abe", "Xi", "NATO", "Jane Roe", "Jane  Roe"];
        for a in names {
            for b in names {
                assert_eq!(better(a, b), by_tuple(a, b), "{a} / {b}");
            }
        }
    }
}
