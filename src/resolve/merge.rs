//! The resolution pass over a merged store (`newsgraph resolve`): shards extracted apart
//! resolve their entities apart, so after loading several of them one actor can have several
//! IRIs (`person/volodymyr-zelensky`, `person/volodymyr-zelenskyy`, `person/zelensky`) and one
//! IRI several names and mention counts. This module decides, from the entity descriptions
//! read back from the store, which IRIs denote one actor and what each survivor's single
//! description is. It uses the registry's own matching ([`Registry::absorb`]), so the rules are
//! the ones a single-run ingest applies; the store side is `store::rewrite`.

use super::keys::surname_key;
use super::registry::{better, Registry, ResolvedEntity};
use crate::extract::entities::name_words;
use crate::model::EntityKind;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One entity IRI's description as the entities graph holds it, possibly written by several
/// shards (several names, several counts).
#[derive(Debug, Clone, Default)]
pub struct Stored {
    pub key: String,
    pub kinds: BTreeSet<EntityKind>,
    /// `schema:name` values.
    pub names: BTreeSet<String>,
    /// `ng:nameVariant` values.
    pub variants: BTreeSet<String>,
    /// `ng:mentionCount` values.
    pub counts: BTreeSet<u64>,
    pub country: Option<String>,
    pub place_kind: Option<String>,
    pub coords: Option<(f64, f64)>,
    pub stands_for: Option<String>,
}

/// What the pass will do.
#[derive(Default)]
pub struct Plan {
    /// The surviving entities, with united names and summed mentions.
    pub registry: Registry,
    /// Merged-away key → (surviving key, why).
    pub moved: BTreeMap<String, (String, String)>,
    /// Surviving keys whose description in the entities graph must be rewritten.
    pub rewrite: BTreeSet<String>,
    /// Entity IRIs read.
    pub read: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.moved.is_empty() && self.rewrite.is_empty()
    }

    /// Survivor → the keys merged into it, for the report.
    pub fn groups(&self) -> BTreeMap<&str, Vec<(&str, &str)>> {
        let mut g: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (old, (new, why)) in &self.moved {
            g.entry(new.as_str()).or_default().push((old.as_str(), why.as_str()));
        }
        g
    }
}

/// Groups the stored entities. `counted` gives each key's mentions as counted in the article
/// graphs (`ng:refersTo`); that is exact, where the stored `ng:mentionCount` values are not
/// (two shards that both counted 2 leave one triple "2"). A key with no counted mention keeps
/// the sum of its stored counts.
pub fn plan(stored: Vec<Stored>, counted: &HashMap<String, u64>) -> Plan {
    let mut plan = Plan { read: stored.len(), ..Default::default() };
    let mut loaded: Vec<(ResolvedEntity, Stored)> = Vec::new();
    for s in stored {
        let Some(&kind) = s.kinds.iter().next() else { continue };
        let Some(name) = s.names.iter().fold(None::<&String>, |best, n| match best {
            Some(b) if !better(n, b) => Some(b),
            _ => Some(n),
        }) else {
            continue;
        };
        let mentions = counted.get(&s.key).copied().unwrap_or_else(|| s.counts.iter().sum());
        let e = ResolvedEntity {
            key: s.key.clone(),
            kind,
            name: name.clone(),
            names: s.variants.iter().chain(&s.names).cloned().collect(),
            country: s.country.clone(),
            place_kind: s.place_kind.clone(),
            coords: s.coords,
            stands_for: s.stands_for.clone(),
            mentions,
        };
        loaded.push((e, s));
    }
    // the order a single run would favour: full names first (bare surnames join them), then
    // the most mentioned, then the key, so the result does not depend on the store's order
    loaded.sort_by(|(a, _), (b, _)| {
        let rank = |e: &ResolvedEntity| (e.kind != EntityKind::Person, name_words(&e.name).len() < 2, std::cmp::Reverse(e.mentions));
        rank(a).cmp(&rank(b)).then_with(|| a.key.cmp(&b.key))
    });
    // persons per surname skeleton among the survivors so far, to say why a bare surname joined
    let mut per_surname: HashMap<String, usize> = HashMap::new();
    let mut descriptions: HashMap<String, Stored> = HashMap::new();
    for (e, s) in loaded {
        let (old, name, kind) = (e.key.clone(), e.name.clone(), e.kind);
        let surname = name_words(&name).last().map(|w| surname_key(w));
        let key = plan.registry.absorb(e);
        if key == old {
            if kind == EntityKind::Person {
                if let Some(sk) = surname {
                    *per_surname.entry(sk).or_default() += 1;
                }
            }
            descriptions.insert(old, s);
            continue;
        }
        let into = &plan.registry.entities[&key];
        let words = name_words(&name);
        let why = if words.len() < 2 {
            match surname.and_then(|sk| per_surname.get(&sk).copied()).unwrap_or(0) {
                0 | 1 => format!("bare surname {name:?}: the only person so named"),
                n => format!("bare surname {name:?}: the most mentioned of {n} persons so named"),
            }
        } else {
            let theirs = if into.name != name { Some(&into.name) } else { into.names.iter().find(|n| name_words(n).len() > 1 && *n != &name) };
            match theirs {
                Some(n) => format!("surname and compatible first name: {name:?} ~ {n:?}"),
                None => format!("the same full name {name:?} (a shard had minted its IRI from a bare surname)"),
            }
        };
        plan.rewrite.insert(key.clone());
        plan.moved.insert(old, (key, why));
    }
    // a survivor that stands for a merged-away key now stands for its survivor
    let moved = plan.moved.clone();
    for e in plan.registry.entities.values_mut() {
        if let Some((to, _)) = e.stands_for.as_ref().and_then(|s| moved.get(s)) {
            e.stands_for = Some(to.clone());
            plan.rewrite.insert(e.key.clone());
        }
    }
    // survivors whose stored description is not already the single one
    for (key, s) in &descriptions {
        let e = &plan.registry.entities[key];
        let single = s.kinds.len() == 1 && s.names.len() == 1 && s.names.contains(&e.name) && s.counts.len() == 1 && s.counts.contains(&e.mentions) && s.variants == e.names;
        if !single {
            plan.rewrite.insert(key.clone());
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(key: &str, names: &[&str], count: u64) -> Stored {
        Stored {
            key: key.into(),
            kinds: [EntityKind::Person].into(),
            names: names.iter().map(|s| s.to_string()).collect(),
            variants: names.iter().map(|s| s.to_string()).collect(),
            counts: [count].into(),
            ..Default::default()
        }
    }

    #[test]
    fn people_of_one_surname_with_incompatible_first_names_stay_apart() {
        let p = plan(
            vec![
                person("person/hillary-clinton", &["Hillary Clinton"], 5),
                person("person/bill-clinton", &["Bill Clinton"], 3),
                person("person/clinton", &["Clinton"], 2),
                person("person/hilary-clinton", &["Hilary Clinton"], 1),
            ],
            &HashMap::new(),
        );
        let into = |k: &str| p.moved.get(k).map(|(to, _)| to.as_str());
        assert_eq!(into("person/bill-clinton"), None);
        assert_eq!(into("person/hillary-clinton"), None);
        assert_eq!(into("person/hilary-clinton"), Some("person/hillary-clinton"));
        // a bare surname joins the most mentioned person so named
        assert_eq!(into("person/clinton"), Some("person/hillary-clinton"));
        assert!(p.moved["person/clinton"].1.contains("most mentioned of 2"), "{}", p.moved["person/clinton"].1);
        let h = &p.registry.entities["person/hillary-clinton"];
        assert_eq!(h.mentions, 8);
        assert_eq!(h.name, "Hillary Clinton");
        assert!(h.names.contains("Hilary Clinton") && h.names.contains("Clinton"));
        assert_eq!(p.registry.entities["person/bill-clinton"].mentions, 3);
        assert_eq!(p.registry.entities.len(), 2);
    }

    #[test]
    fn variants_across_shards_join_and_one_iri_gets_one_name() {
        let mut twice = person("person/volodymyr-zelenskyy", &["Volodymyr Zelenskyy", "Zelenskyy"], 3);
        twice.counts.insert(4);
        let p = plan(
            vec![
                person("person/zelensky", &["Zelensky"], 2),
                twice,
                person("person/volodymyr-zelensky", &["Volodymyr Zelensky"], 9),
                person("person/vladimir-putin", &["Vladimir Putin"], 9),
            ],
            &[("person/volodymyr-zelenskyy".to_string(), 7u64)].into(),
        );
        assert_eq!(p.moved.len(), 2);
        assert!(p.moved.values().all(|(to, _)| to == "person/volodymyr-zelensky"));
        let z = &p.registry.entities["person/volodymyr-zelensky"];
        assert_eq!(z.mentions, 9 + 7 + 2);
        assert!(p.rewrite.contains("person/volodymyr-zelensky"));
        assert!(!p.rewrite.contains("person/vladimir-putin"));
        // a second pass over the result finds nothing to do
        let again: Vec<Stored> = p
            .registry
            .entities
            .values()
            .map(|e| Stored { key: e.key.clone(), kinds: [e.kind].into(), names: [e.name.clone()].into(), variants: e.names.clone(), counts: [e.mentions].into(), ..Default::default() })
            .collect();
        assert!(plan(again, &HashMap::new()).is_empty());
    }
}
