//! The store side of `newsgraph resolve` (see `resolve::merge`): reads every entity
//! description, counts mentions in the article graphs, and applies a plan: every quad that
//! points at a merged-away entity IRI (in any graph, whatever its predicate) is made to point at
//! the survivor, each rewritten survivor gets one description, and each merged-away IRI keeps
//! only `owl:sameAs` its survivor and `ng:mergeReason`.
//!
//! Order of writes: references first, then the entities graph, each in bounded batches. An
//! interrupted pass leaves the merged-away descriptions in place, so running it again finds
//! the same groups and finishes the work.

use super::rdf::{class_kind, nn, pred};
use super::vocab::*;
use super::{entity_quads, lit, remote, Backend};
use crate::resolve::merge::{Plan, Stored};
use anyhow::{Context, Result};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedOrBlankNode, Quad, Term};
use oxigraph::store::Store;
use std::collections::{BTreeMap, HashMap};

pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";

/// Quads changed per local transaction.
const TX_QUADS: usize = 50_000;
/// Entities rewritten per local transaction or remote request.
const ENTITY_CHUNK: usize = 500;

fn key_of(iri: &str) -> Option<&str> {
    iri.strip_prefix(ID).filter(|k| !k.starts_with("graph/") && !k.starts_with("article/"))
}

/// Every entity description in the entities graph, names and counts of one IRI united.
pub fn read_entities(st: &Backend) -> Result<Vec<Stored>> {
    let eg = entities_graph();
    let rows = st.select(&format!("SELECT ?s ?p ?o WHERE {{ GRAPH <{eg}> {{ ?s ?p ?o }} }}"))?;
    let mut by: BTreeMap<String, Stored> = BTreeMap::new();
    let mut lat: HashMap<String, f64> = HashMap::new();
    let mut lon: HashMap<String, f64> = HashMap::new();
    for r in rows {
        let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p))) = (&r[0], &r[1]) else { continue };
        let Some(key) = key_of(s.as_str()) else { continue };
        let o = lit(&r[2]);
        let e = by.entry(key.to_string()).or_insert_with(|| Stored { key: key.to_string(), ..Default::default() });
        match p.as_str() {
            RDF_TYPE => e.kinds.extend(class_kind(&o)),
            p if p == format!("{SCHEMA}name") => drop(e.names.insert(o)),
            p if p == format!("{NG}nameVariant") => drop(e.variants.insert(o)),
            p if p == format!("{NG}mentionCount") => e.counts.extend(o.parse::<u64>().ok()),
            p if p == format!("{NG}countryCode") => e.country = Some(o),
            p if p == format!("{NG}placeKind") => e.place_kind = Some(o),
            p if p == format!("{NG}standsFor") => e.stands_for = key_of(&o).map(str::to_string),
            p if p == format!("{WGS84}lat") => drop(o.parse().map(|v| lat.insert(key.to_string(), v))),
            p if p == format!("{WGS84}long") => drop(o.parse().map(|v| lon.insert(key.to_string(), v))),
            _ => {}
        }
    }
    // only what a registry wrote is an entity: typed, named and counted (a country that is
    // only described because a place lies in it has no count, and is left as it is)
    Ok(by
        .into_values()
        .filter(|e| !e.kinds.is_empty() && !e.names.is_empty() && !e.counts.is_empty())
        .map(|mut e| {
            e.coords = lat.get(&e.key).copied().zip(lon.get(&e.key).copied());
            e
        })
        .collect())
}

/// Mentions per entity key, counted in the article graphs.
pub fn mention_counts(st: &Backend) -> Result<HashMap<String, u64>> {
    let q = format!("SELECT ?e (COUNT(?m) AS ?n) WHERE {{ GRAPH ?g {{ ?m <{NG}refersTo> ?e }} }} GROUP BY ?e");
    let mut out = HashMap::new();
    for r in st.select(&q)? {
        if let Some(k) = key_of(&lit(&r[0])) {
            out.insert(k.to_string(), lit(&r[1]).parse().unwrap_or(0));
        }
    }
    Ok(out)
}

/// How many quads point at the merged-away IRIs (as object, or as subject outside the
/// entities graph): what [`apply`] rewrites.
pub fn count_references(st: &Backend, plan: &Plan) -> Result<usize> {
    let olds: Vec<String> = plan.moved.keys().map(|k| nn(&entity_iri(k)).to_string()).collect();
    let eg = entities_graph();
    let mut n = 0;
    for chunk in olds.chunks(200) {
        let v = chunk.join(" ");
        let q = format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ {{ VALUES ?x {{ {v} }} GRAPH ?g {{ ?s ?p ?x }} }} UNION {{ VALUES ?x {{ {v} }} GRAPH ?g {{ ?x ?p ?o }} FILTER(?g != <{eg}>) }} }}"
        );
        n += st.select(&q)?.first().map(|r| lit(&r[0])).unwrap_or_default().parse::<usize>().unwrap_or(0);
    }
    Ok(n)
}

/// The quads that stand for one merged-away IRI in the entities graph.
fn merged_quads(old: &str, new: &str, why: &str) -> Vec<Quad> {
    let g = GraphName::NamedNode(nn(&entities_graph()));
    let s = NamedOrBlankNode::from(nn(&entity_iri(old)));
    vec![
        Quad::new(s.clone(), nn(OWL_SAME_AS), nn(&entity_iri(new)), g.clone()),
        Quad::new(s, pred(NG, "mergeReason"), Literal::new_simple_literal(why), g),
    ]
}

/// The new description of a survivor: its own triples only (the country triples a place's
/// description adds are already there and are not duplicated under another name).
fn survivor_quads(plan: &Plan, key: &str) -> Vec<Quad> {
    let Some(e) = plan.registry.entities.get(key) else { return Vec::new() };
    let node = nn(&entity_iri(key));
    entity_quads(e).into_iter().filter(|q| matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if *n == node)).collect()
}

/// Applies the plan; returns the number of references rewritten.
pub fn apply(st: &Backend, plan: &Plan) -> Result<usize> {
    match st {
        Backend::Local(store) => apply_local(store, plan),
        Backend::Remote(r) => {
            let n = count_references(st, plan)?;
            apply_remote(&r.endpoint, plan)?;
            Ok(n)
        }
    }
}

fn apply_local(store: &Store, plan: &Plan) -> Result<usize> {
    let eg = nn(&entities_graph());
    let mut rewritten = 0;
    let mut pending = 0;
    let mut tx = store.start_transaction().context("cannot start a transaction")?;
    for (old, (new, _)) in &plan.moved {
        let (old, new) = (nn(&entity_iri(old)), nn(&entity_iri(new)));
        let as_object: Vec<Quad> = tx.quads_for_pattern(None, None, Some(old.as_ref().into()), None).collect::<Result<_, _>>()?;
        for q in as_object {
            tx.remove(&q);
            tx.insert(&Quad::new(q.subject, q.predicate, new.clone(), q.graph_name));
            pending += 1;
        }
        let as_subject: Vec<Quad> = tx
            .quads_for_pattern(Some(old.as_ref().into()), None, None, None)
            .filter(|q| q.as_ref().map_or(true, |q| q.graph_name.as_ref() != GraphNameRef::NamedNode(eg.as_ref())))
            .collect::<Result<_, _>>()?;
        for q in as_subject {
            tx.remove(&q);
            tx.insert(&Quad::new(new.clone(), q.predicate, q.object, q.graph_name));
            pending += 1;
        }
        if pending >= TX_QUADS {
            tx.commit().context("cannot commit rewritten references")?;
            rewritten += pending;
            pending = 0;
            tx = store.start_transaction().context("cannot start a transaction")?;
        }
    }
    tx.commit().context("cannot commit rewritten references")?;
    rewritten += pending;

    let keys: Vec<&String> = plan.moved.keys().chain(plan.rewrite.iter()).collect();
    for chunk in keys.chunks(ENTITY_CHUNK) {
        let mut tx = store.start_transaction().context("cannot start a transaction")?;
        for key in chunk {
            let node = nn(&entity_iri(key));
            let old: Vec<Quad> = tx.quads_for_pattern(Some(node.as_ref().into()), None, None, Some(GraphNameRef::NamedNode(eg.as_ref()))).collect::<Result<_, _>>()?;
            for q in &old {
                tx.remove(q);
            }
            let new = match plan.moved.get(*key) {
                Some((to, why)) => merged_quads(key, to, why),
                None => survivor_quads(plan, key),
            };
            tx.extend(new.iter());
        }
        tx.commit().context("cannot commit rewritten entity descriptions")?;
    }
    Ok(rewritten)
}

fn apply_remote(ep: &remote::Endpoint, plan: &Plan) -> Result<()> {
    let eg = nn(&entities_graph());
    let moved: Vec<(&String, &String)> = plan.moved.iter().map(|(o, (n, _))| (o, n)).collect();
    for chunk in moved.chunks(20) {
        let mut ops = Vec::new();
        for (old, new) in chunk {
            let (old, new) = (nn(&entity_iri(old)), nn(&entity_iri(new)));
            ops.push(format!("DELETE {{ GRAPH ?g {{ ?s ?p {old} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {new} }} }} WHERE {{ GRAPH ?g {{ ?s ?p {old} }} }}"));
            ops.push(format!("DELETE {{ GRAPH ?g {{ {old} ?p ?o }} }} INSERT {{ GRAPH ?g {{ {new} ?p ?o }} }} WHERE {{ GRAPH ?g {{ {old} ?p ?o }} FILTER(?g != {eg}) }}"));
        }
        ep.update(&ops.join(" ;\n"))?;
    }
    let keys: Vec<&String> = plan.moved.keys().chain(plan.rewrite.iter()).collect();
    for chunk in keys.chunks(100) {
        let mut ops = Vec::new();
        let mut quads = Vec::new();
        for key in chunk {
            ops.push(format!("DELETE WHERE {{ GRAPH {eg} {{ {} ?p ?o }} }}", nn(&entity_iri(key))));
            quads.extend(match plan.moved.get(*key) {
                Some((to, why)) => merged_quads(key, to, why),
                None => survivor_quads(plan, key),
            });
        }
        if !quads.is_empty() {
            ops.push(remote::insert_data(&quads));
        }
        ep.update(&ops.join(" ;\n"))?;
    }
    Ok(())
}

/// `newsgraph resolve`: plans, prints what it merges and rewrites, and (unless `dry_run`)
/// applies it.
pub fn resolve<W: std::io::Write>(st: &Backend, dry_run: bool, out: &mut W) -> Result<()> {
    let stored = read_entities(st)?;
    let counted = mention_counts(st)?;
    let plan = crate::resolve::merge::plan(stored, &counted);
    if plan.is_empty() {
        writeln!(out, "nothing to do: {} entities, each with one IRI and one description", plan.read)?;
        return Ok(());
    }
    for (into, from) in plan.groups() {
        let e = &plan.registry.entities[into];
        let olds: Vec<&str> = from.iter().map(|(o, _)| *o).collect();
        writeln!(out, "{} → {into} {:?}", olds.join(" + "), e.name)?;
        for (old, why) in from {
            writeln!(out, "    {old}: {why}")?;
        }
    }
    let refs = count_references(st, &plan)?;
    let merged_into = plan.groups().len();
    let verb = if dry_run { "would " } else { "" };
    writeln!(
        out,
        "{} entities read; {verb}merge {} IRIs into {merged_into} entities; {verb}rewrite {refs} references to them and {} entity descriptions (one name, every name as a variant, one mention count)",
        plan.read,
        plan.moved.len(),
        plan.rewrite.len()
    )?;
    if dry_run {
        writeln!(out, "dry run: nothing was written")?;
        return Ok(());
    }
    apply(st, &plan)?;
    st.flush();
    writeln!(out, "done")?;
    Ok(())
}
