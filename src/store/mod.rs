//! The embedded Oxigraph store: one named graph per article, plus one graph of resolved
//! entities. Writes go in one transaction per batch, so a crash leaves whole articles only.

pub mod rdf;
pub mod vocab;

use crate::model::EntityKind;
use crate::resolve::{Registry, ResolvedEntity};
use anyhow::{anyhow, Context, Result};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNodeRef, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use rdf::{nn, pred, QuadSink};
use std::path::Path;
use vocab::*;

/// Opens (or creates) the store for writing. A store held by another process or a
/// damaged one gives a clear error.
pub fn open_write(dir: &Path) -> Result<Store> {
    Store::open(dir).map_err(|e| explain_open_error(dir, &e.to_string()))
}

/// Opens an existing store for reading; works beside a running ingest.
pub fn open_read(dir: &Path) -> Result<Store> {
    if !dir.join("CURRENT").exists() {
        return Err(anyhow!("no store at {} (run `newsgraph ingest` first, or pass --store DIR)", dir.display()));
    }
    // a writer compacting beside us can delete a file between our reading the manifest and
    // opening it: try again a few times before calling the store damaged
    let mut last = String::new();
    for attempt in 0..8 {
        match Store::open_read_only(dir) {
            Ok(s) => return Ok(s),
            Err(e) => last = e.to_string(),
        }
        std::thread::sleep(std::time::Duration::from_millis(50 << attempt.min(4)));
    }
    Err(explain_open_error(dir, &last))
}

fn explain_open_error(dir: &Path, msg: &str) -> anyhow::Error {
    if msg.contains("lock") || msg.contains("Resource temporarily unavailable") {
        anyhow!("store {} is busy: another newsgraph process is writing to it (wait for it to finish; queries can run beside it)", dir.display())
    } else if msg.contains("Corruption") || msg.contains("corrupt") || msg.contains("No such file") || msg.contains("MANIFEST") {
        anyhow!(
            "store {} cannot be read ({msg}). If another newsgraph process is writing to it, try again when it has finished; \
             otherwise it is damaged: recover by moving it aside and re-ingesting the sources (their paths and hashes are in the graph: ng:sourcePath, ng:contentHash)",
            dir.display()
        )
    } else {
        anyhow!("cannot open store {}: {msg}", dir.display())
    }
}

/// Runs a SELECT and returns rows of optional terms, in the query's variable order.
pub fn select(store: &Store, query: &str) -> Result<Vec<Vec<Option<Term>>>> {
    let prepared = SparqlEvaluator::new().parse_query(query).map_err(|e| anyhow!("bad SPARQL: {e}"))?;
    match prepared.on_store(store).execute().map_err(|e| anyhow!("query failed: {e}"))? {
        QueryResults::Solutions(sols) => {
            let vars: Vec<_> = sols.variables().to_vec();
            let mut out = Vec::new();
            for s in sols {
                let s = s.map_err(|e| anyhow!("query failed: {e}"))?;
                out.push(vars.iter().map(|v| s.get(v).cloned()).collect());
            }
            Ok(out)
        }
        _ => Err(anyhow!("expected a SELECT query")),
    }
}

pub fn lit(t: &Option<Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// Loads the resolved entities from the store.
pub fn load_registry(store: &Store) -> Result<Registry> {
    let q = format!(
        "SELECT ?e ?cls ?name ?country ?pk ?lat ?lon ?stands (GROUP_CONCAT(?alt; separator=\"\\u001f\") AS ?alts) ?n WHERE {{
           GRAPH <{g}> {{ ?e a ?cls ; <{SCHEMA}name> ?name ; <{NG}mentionCount> ?n .
             OPTIONAL {{ ?e <{NG}countryCode> ?country }} OPTIONAL {{ ?e <{NG}placeKind> ?pk }}
             OPTIONAL {{ ?e <{WGS84}lat> ?lat ; <{WGS84}long> ?lon }} OPTIONAL {{ ?e <{NG}standsFor> ?stands }}
             OPTIONAL {{ ?e <{NG}nameVariant> ?alt }} }}
         }} GROUP BY ?e ?cls ?name ?country ?pk ?lat ?lon ?stands ?n",
        g = entities_graph()
    );
    let mut reg = Registry::default();
    for row in select(store, &q)? {
        let iri = lit(&row[0]);
        let Some(kind) = rdf::class_kind(&lit(&row[1])) else { continue };
        let key = iri.strip_prefix(ID).unwrap_or(&iri).to_string();
        let coords = lit(&row[5]).parse().ok().zip(lit(&row[6]).parse().ok());
        reg.insert_loaded(ResolvedEntity {
            key,
            kind,
            name: lit(&row[2]),
            names: lit(&row[8]).split('\u{1f}').filter(|s| !s.is_empty()).map(str::to_string).collect(),
            country: Some(lit(&row[3])).filter(|s| !s.is_empty()),
            place_kind: Some(lit(&row[4])).filter(|s| !s.is_empty()),
            coords,
            stands_for: Some(lit(&row[7])).filter(|s| !s.is_empty()).map(|s| s.strip_prefix(ID).unwrap_or(&s).to_string()),
            mentions: lit(&row[9]).parse().unwrap_or(0),
        });
    }
    Ok(reg)
}

/// The quads describing one resolved entity in the entities graph.
pub fn entity_quads(e: &ResolvedEntity) -> Vec<Quad> {
    let g = GraphName::NamedNode(nn(&entities_graph()));
    let mut q = QuadSink::new(g);
    let node = nn(&entity_iri(&e.key));
    q.add(&node, nn(RDF_TYPE), rdf::kind_class(e.kind));
    q.add(&node, pred(SCHEMA, "name"), Literal::new_simple_literal(rdf::clean(&e.name)));
    q.add(&node, pred(NG, "mentionCount"), Literal::new_typed_literal(e.mentions.to_string(), pred(XSD, "integer")));
    for n in &e.names {
        q.add(&node, pred(NG, "nameVariant"), Literal::new_simple_literal(rdf::clean(n)));
    }
    if let Some(c) = &e.country {
        q.add(&node, pred(NG, "countryCode"), Literal::new_simple_literal(c.clone()));
        if e.kind == EntityKind::Place {
            let country = nn(&entity_iri(&format!("country/{}", c.to_lowercase())));
            q.add(&node, pred(SCHEMA, "containedInPlace"), country.clone());
            // the country's own type and name, so every place can be placed without it being mentioned
            if let Some(ci) = crate::lexicon::Lexicon::get().country_by_code(c) {
                q.add(&country, nn(RDF_TYPE), rdf::kind_class(EntityKind::Country));
                q.add(&country, pred(SCHEMA, "name"), Literal::new_simple_literal(crate::lexicon::Lexicon::get().countries[ci].name.clone()));
            }
        }
    }
    if let Some(k) = &e.place_kind {
        q.add(&node, pred(NG, "placeKind"), Literal::new_simple_literal(k.clone()));
    }
    if let Some((lat, lon)) = e.coords {
        q.add(&node, pred(WGS84, "lat"), Literal::new_typed_literal(format!("{lat}"), pred(XSD, "decimal")));
        q.add(&node, pred(WGS84, "long"), Literal::new_typed_literal(format!("{lon}"), pred(XSD, "decimal")));
    }
    if let Some(s) = &e.stands_for {
        q.add(&node, pred(NG, "standsFor"), nn(&entity_iri(s)));
    }
    q.quads
}

/// What the store already holds of an article with this source name: (graph IRI, hash).
pub fn existing_article(store: &Store, name: &str) -> Result<Option<(NamedNode, String)>> {
    let p = pred(NG, "sourceName");
    let lit = Literal::new_simple_literal(name);
    for q in store.quads_for_pattern(None, Some(p.as_ref()), Some(lit.as_ref().into()), None) {
        let q = q?;
        if let (NamedOrBlankNodeRef::NamedNode(s), GraphName::NamedNode(g)) = (q.subject.as_ref(), &q.graph_name) {
            if s == g.as_ref() {
                let hash = s.as_str().rsplit('/').next().unwrap_or("").to_string();
                return Ok(Some((g.clone(), hash)));
            }
        }
    }
    Ok(None)
}

/// Writes a batch: first, in one transaction, the old versions of replaced articles go and
/// the entity updates come in; then the articles' quads go in through the bulk loader, whose
/// commit is atomic. A crash between the two leaves the new articles absent, so the next
/// ingest adds them again; a crash never leaves part of an article.
pub fn write_batch(store: &Store, article_quads: Vec<Quad>, replaced: &[NamedNode], registry: &mut Registry) -> Result<usize> {
    let mut tx = store.start_transaction().context("cannot start a transaction")?;
    for g in replaced {
        tx.remove_named_graph(g.as_ref()).context("cannot remove the old version of an article")?;
    }
    let mut n = article_quads.len();
    let eg = nn(&entities_graph());
    for key in std::mem::take(&mut registry.dirty) {
        let Some(e) = registry.entities.get(&key) else { continue };
        let node = nn(&entity_iri(&key));
        let old: Vec<Quad> = tx
            .quads_for_pattern(Some(node.as_ref().into()), None, None, Some(GraphNameRef::NamedNode(eg.as_ref())))
            .collect::<Result<_, _>>()?;
        for q in &old {
            tx.remove(q);
        }
        let quads = entity_quads(e);
        n += quads.len();
        tx.extend(quads.iter());
    }
    tx.commit().context("cannot commit the batch")?;
    let mut loader = store.bulk_loader().with_num_threads(bulk_threads());
    loader.load_quads(article_quads).context("cannot load the batch")?;
    loader.commit().context("cannot commit the batch")?;
    Ok(n)
}

/// Threads the bulk loader may use: as many as rayon's pool (RAYON_NUM_THREADS or cores).
fn bulk_threads() -> usize {
    rayon::current_num_threads().max(1)
}

/// Loads N-Quads files (from `newsgraph extract`) with the bulk loader.
pub fn load_nquads(store: &Store, path: &Path) -> Result<()> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut loader = store.bulk_loader().with_num_threads(bulk_threads());
    loader
        .load_from_reader(oxigraph::io::RdfFormat::NQuads, std::io::BufReader::new(f))
        .map_err(|e| anyhow!("{}: not valid N-Quads: {e}", path.display()))?;
    loader.commit().context("cannot commit the load")?;
    Ok(())
}
