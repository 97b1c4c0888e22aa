//! `newsgraph resolve` on shards extracted apart: each example article extracted alone, so a
//! person is first seen under different name variants in different shards, then all shards
//! ingested into one store. After the pass the store must resolve actors as a single-run
//! ingest of the same folder does.

mod common;
use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const EG: &str = "https://w3id.org/newsgraph/id/graph/entities";
const ID: &str = "https://w3id.org/newsgraph/id/";

/// Which article-graph references point at one entity: a partition of (subject, predicate)
/// pairs, independent of the IRIs the entities were given.
fn reference_partition(store: &Path) -> BTreeSet<BTreeSet<String>> {
    let rows = query_rows(
        &format!("SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{EG}> && isIRI(?o) && STRSTARTS(STR(?o), \"{ID}\") && !STRSTARTS(STR(?o), \"{ID}article/\")) }}"),
        store,
    );
    let mut by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in rows {
        by.entry(r[2].clone()).or_default().insert(format!("{} {}", r[0], r[1]));
    }
    by.into_values().collect()
}

fn persons(store: &Path) -> usize {
    query_rows(&format!("SELECT DISTINCT ?e WHERE {{ GRAPH <{EG}> {{ ?e a <http://schema.org/Person> }} }}"), store).len()
}

fn sorted_csv(path: &Path) -> Vec<Vec<String>> {
    let (_, mut rows) = read_csv(path);
    rows.sort();
    rows
}

#[test]
fn resolve_joins_what_shards_resolved_apart() {
    let t = Tmp::new("resolve");
    let mut shards = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(examples()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for (i, f) in files.iter().enumerate() {
        let out = t.path(&format!("shard{i}.nq"));
        let o = bin().args(["extract", f.to_str().unwrap(), "--out", out.to_str().unwrap()]).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        shards.push(out);
    }
    let (merged, single) = (t.path("merged"), t.path("single"));
    let mut args = vec!["ingest"];
    args.extend(shards.iter().map(|s| s.to_str().unwrap()));
    let said = ok(&args, &merged);
    assert!(said.contains("newsgraph resolve"), "ingest of shards hints at resolve: {said}");
    assert!(said.contains("newsgraph compact"), "a bulk load of shards hints at compact: {said}");
    ingest_examples(&single);

    // the problem: more person IRIs than a single run gives, and IRIs with several names/counts
    let before = persons(&merged);
    assert!(before > persons(&single), "shards gave {before} persons, a single run {}", persons(&single));
    let many = format!(
        "SELECT ?e WHERE {{ GRAPH <{EG}> {{ ?e <https://w3id.org/newsgraph/ns#mentionCount> ?n }} }} GROUP BY ?e HAVING (COUNT(DISTINCT ?n) > 1)"
    );
    assert!(!query_rows(&many, &merged).is_empty(), "some entity carries several mention counts");
    assert_ne!(reference_partition(&merged), reference_partition(&single));

    // a dry run prints the merges and writes nothing
    let dry = ok(&["resolve", "--dry-run"], &merged);
    assert!(dry.contains(" → person/") && dry.contains("dry run"), "{dry}");
    assert_eq!(persons(&merged), before);

    let out = ok(&["resolve"], &merged);
    assert!(out.contains("surname and compatible first name"), "{out}");
    assert!(out.contains("done"), "{out}");

    // one IRI per actor, grouped exactly as a single run groups them
    assert_eq!(persons(&merged), persons(&single));
    assert_eq!(reference_partition(&merged), reference_partition(&single));

    // every entity: one name, one mention count, equal to its mentions in the article graphs
    let names = format!(
        "SELECT ?e (COUNT(DISTINCT ?n) AS ?k) WHERE {{ GRAPH <{EG}> {{ ?e a ?c ; <http://schema.org/name> ?n }} }} GROUP BY ?e HAVING (COUNT(DISTINCT ?n) != 1)"
    );
    assert_eq!(query_rows(&names, &merged), Vec::<Vec<String>>::new());
    let counts = format!(
        "SELECT ?e ?c ?n WHERE {{ {{ SELECT ?e (COUNT(?m) AS ?n) WHERE {{ GRAPH ?g {{ ?m <https://w3id.org/newsgraph/ns#refersTo> ?e }} }} GROUP BY ?e }} \
         GRAPH <{EG}> {{ ?e <https://w3id.org/newsgraph/ns#mentionCount> ?c }} FILTER(?c != ?n) }}"
    );
    assert_eq!(query_rows(&counts, &merged), Vec::<Vec<String>>::new());
    assert!(query_rows(&many, &merged).is_empty());

    // merged-away IRIs: only owl:sameAs and the reason remain, and nothing points at them
    let gone = query_rows(
        &format!("SELECT ?old ?new ?name WHERE {{ GRAPH <{EG}> {{ ?old <http://www.w3.org/2002/07/owl#sameAs> ?new . ?new <http://schema.org/name> ?name }} }}"),
        &merged,
    );
    assert!(!gone.is_empty());
    let pointing = format!(
        "SELECT ?g ?s ?p WHERE {{ GRAPH <{EG}> {{ ?old <http://www.w3.org/2002/07/owl#sameAs> ?x }} GRAPH ?g {{ ?s ?p ?old }} }}"
    );
    assert_eq!(query_rows(&pointing, &merged), Vec::<Vec<String>>::new());
    let described = format!(
        "SELECT ?g ?p WHERE {{ GRAPH <{EG}> {{ ?old <http://www.w3.org/2002/07/owl#sameAs> ?x }} GRAPH ?g {{ ?old ?p ?o }} \
         FILTER(?p != <http://www.w3.org/2002/07/owl#sameAs> && ?p != <https://w3id.org/newsgraph/ns#mergeReason>) }}"
    );
    assert_eq!(query_rows(&described, &merged), Vec::<Vec<String>>::new());
    // the survivor's names include the merged-away ones, so `explain` finds it by any of them
    for r in &gone {
        let e = ok(&["explain", &r[2]], &merged);
        let old = r[0].strip_prefix(ID).unwrap();
        assert!(e.contains(&r[1]) && e.contains("merged into it by `newsgraph resolve`") && e.contains(old), "{e}");
    }

    // the CSV views equal the single run's
    let (a, b) = (t.path("csv-merged"), t.path("csv-single"));
    ok(&["export", "--format", "csv", "--out", a.to_str().unwrap()], &merged);
    ok(&["export", "--format", "csv", "--out", b.to_str().unwrap()], &single);
    for f in ["statements.csv", "entities.csv", "roles.csv", "demands.csv", "places.csv"] {
        assert_eq!(sorted_csv(&a.join(f)), sorted_csv(&b.join(f)), "{f}");
    }

    // a second pass finds nothing to do, and so does a pass over a single-run store
    let again = ok(&["resolve"], &merged);
    assert!(again.starts_with("nothing to do"), "{again}");
    assert!(ok(&["resolve"], &single).starts_with("nothing to do"));
}

/// Two articles, each naming one person of a surname: the first names are a name and its form
/// for the other sex, one letter apart, so they are two people; spellings of one name join.
#[test]
fn one_surname_and_first_names_of_opposite_sex_stay_two_people_across_articles() {
    let t = Tmp::new("resolve-sex");
    let dir = t.path("articles");
    std::fs::create_dir_all(&dir).unwrap();
    let article = |f: &str, first: &str, sur: &str, what: &str| {
        std::fs::write(dir.join(f), format!("Council Meets\n\nThe council met on Tuesday.\n\n\u{201c}{what},\u{201d} said {first} {sur}, the council chair. {sur} added that the vote would come in spring.\n")).unwrap();
    };
    article("a.txt", "Eric", "Lundqvist", "The route will open soon");
    article("b.txt", "Erica", "Lundqvist", "The budget is too small");
    article("c.txt", "Dmitri", "Vorontsov", "The talks went well");
    article("d.txt", "Dmitry", "Vorontsov", "The talks will go on");
    let store = t.path("store");
    ok(&["ingest", dir.to_str().unwrap()], &store);
    let names = query_rows(&format!("SELECT ?e WHERE {{ GRAPH <{EG}> {{ ?e a <http://schema.org/Person> }} }}"), &store);
    let keys: BTreeSet<String> = names.into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(keys.iter().filter(|k| k.contains("lundqvist")).count(), 2, "{keys:?}");
    assert_eq!(keys.iter().filter(|k| k.contains("vorontsov")).count(), 1, "{keys:?}");
}
