//! The store: one named graph per article, plus one graph of resolved entities. It is either
//! the embedded Oxigraph store in a folder (writes go in one transaction per batch, so a crash
//! leaves whole articles only) or a remote SPARQL 1.1 endpoint ([`remote`]); [`Backend`] gives
//! the commands the same few operations on both.

pub mod nquads;
pub mod rdf;
pub mod remote;
pub mod rewrite;
pub mod terms;
pub mod vocab;

use crate::resolve::{Registry, ResolvedEntity};
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
pub use rdf::entity_quads;
use rdf::{nn, pred};
use rustc_hash::FxHashSet;
pub use remote::Endpoint;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;
use vocab::*;

/// Where the graph lives: the embedded store in a folder, or a remote SPARQL 1.1 endpoint.
pub enum Backend {
    Local(Store),
    Remote(Remote),
}

/// A remote endpoint, plus what this process knows of the articles it holds (source name →
/// graph), read once with one query instead of one query per article.
pub struct Remote {
    pub endpoint: Endpoint,
    articles: Mutex<Option<HashMap<String, NamedNode>>>,
}

/// A query's results; `token` is cancelled when a local time limit cut them.
pub struct Answer<'a> {
    pub results: QueryResults<'a>,
    pub token: CancellationToken,
}

impl Backend {
    /// `--store` as given: an http(s):// URL is a remote endpoint, anything else a folder.
    pub fn open_read(spec: &Path) -> Result<Backend> {
        match spec.to_str().filter(|s| remote::is_url(s)) {
            Some(url) => Ok(Backend::Remote(Remote { endpoint: Endpoint::new(url)?, articles: Mutex::new(None) })),
            None => Ok(Backend::Local(open_read(spec)?)),
        }
    }

    /// Like [`Backend::open_read`], for `ingest`: the local store is opened for writing.
    pub fn open_write(spec: &Path) -> Result<Backend> {
        match spec.to_str().filter(|s| remote::is_url(s)) {
            Some(url) => Ok(Backend::Remote(Remote { endpoint: Endpoint::new(url)?, articles: Mutex::new(None) })),
            None => Ok(Backend::Local(open_write(spec)?)),
        }
    }

    pub fn is_remote(&self) -> bool {
        matches!(self, Backend::Remote(_))
    }

    /// Runs a query, stopped after `timeout`. Locally the query must be SPARQL 1.1 as
    /// Oxigraph reads it; a remote server gets the text as written (its dialect may be wider).
    pub fn execute(&self, query: &str, timeout: Option<Duration>) -> Result<Answer<'_>> {
        let token = CancellationToken::new();
        match self {
            Backend::Local(store) => {
                let prepared = SparqlEvaluator::new().with_cancellation_token(token.clone()).parse_query(query).map_err(|e| anyhow!("bad SPARQL query: {e}"))?;
                if let Some(limit) = timeout {
                    let t = token.clone();
                    std::thread::spawn(move || {
                        std::thread::sleep(limit);
                        t.cancel();
                    });
                }
                let results = prepared.on_store(store).execute().map_err(|e| anyhow!("query failed: {e}"))?;
                Ok(Answer { results, token })
            }
            Backend::Remote(r) => Ok(Answer { results: r.endpoint.query(query, remote::query_form(query), timeout)?, token }),
        }
    }

    /// Runs `query` on the local store with Oxigraph's statistics on and returns how it was
    /// evaluated (the operator tree with rows and time per operator, as JSON): the way to see
    /// why a query is slow. The results are read to the end and dropped.
    pub fn explain(&self, query: &str) -> Result<String> {
        let Backend::Local(store) = self else {
            bail!("--explain works on the embedded store only: a SPARQL server has its own (e.g. Virtuoso's `explain()`)");
        };
        let prepared = SparqlEvaluator::new().parse_query(query).map_err(|e| anyhow!("bad SPARQL query: {e}"))?;
        let (results, explanation) = prepared.on_store(store).compute_statistics().explain();
        match results.map_err(|e| anyhow!("query failed: {e}"))? {
            QueryResults::Solutions(rows) => {
                for row in rows {
                    row.map_err(|e| anyhow!("query failed: {e}"))?;
                }
            }
            QueryResults::Graph(triples) => {
                for t in triples {
                    t.map_err(|e| anyhow!("query failed: {e}"))?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
        let mut json = Vec::new();
        explanation.write_in_json(&mut json)?;
        Ok(String::from_utf8_lossy(&json).into_owned())
    }

    /// What the store holds of an article with this source name: (graph IRI, hash).
    pub fn existing_article(&self, name: &str) -> Result<Option<(NamedNode, String)>> {
        match self {
            Backend::Local(store) => existing_article(store, name),
            Backend::Remote(r) => {
                let mut known = r.articles.lock().map_err(|_| anyhow!("internal error: a lock was poisoned"))?;
                if known.is_none() {
                    let q = format!("SELECT ?g ?name WHERE {{ GRAPH ?g {{ ?g <{NG}sourceName> ?name }} }}");
                    let mut map = HashMap::new();
                    for row in self.select(&q)? {
                        if let Some(Term::NamedNode(g)) = &row[0] {
                            map.insert(lit(&row[1]), g.clone());
                        }
                    }
                    *known = Some(map);
                }
                Ok(known.as_ref().and_then(|m| m.get(name)).map(|g| (g.clone(), hash_of(g))))
            }
        }
    }

    /// A write session for one ingest run: batches go in with [`Writer::write_batch`] and are
    /// committed every `commit_every` articles; [`Writer::finish`] commits the rest.
    pub fn writer(&self, commit_every: usize) -> Writer<'_> {
        Writer { backend: self, loader: None, pending: 0, commit_every: commit_every.max(1) }
    }

    /// Loads an N-Quads file (from `newsgraph extract`).
    pub fn load_nquads(&self, path: &Path) -> Result<()> {
        match self {
            Backend::Local(store) => load_nquads(store, path),
            Backend::Remote(r) => {
                let f = std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
                let mut chunk = Vec::new();
                for q in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads).for_reader(std::io::BufReader::new(f)) {
                    chunk.push(q.map_err(|e| anyhow!("{}: not valid N-Quads: {e}", path.display()))?);
                    if chunk.len() == 20_000 {
                        r.endpoint.insert_quads(&std::mem::take(&mut chunk))?;
                    }
                }
                r.endpoint.insert_quads(&chunk)?;
                *r.articles.lock().map_err(|_| anyhow!("internal error: a lock was poisoned"))? = None;
                Ok(())
            }
        }
    }

    /// Number of quads newsgraph stored (remote: in newsgraph's graphs only, not the
    /// server's own).
    pub fn len(&self) -> Result<usize> {
        match self {
            Backend::Local(store) => Ok(store.len()?),
            Backend::Remote(_) => {
                let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{ID}\")) }}");
                let n = self.select(&q)?.first().map(|r| lit(&r[0])).unwrap_or_default();
                n.parse().map_err(|_| anyhow!("the endpoint gave {n:?} as a count"))
            }
        }
    }

    /// Every quad newsgraph stored, in no particular order.
    pub fn all_quads(&self) -> Result<Vec<Quad>> {
        match self {
            Backend::Local(store) => Ok(store.iter().collect::<Result<_, _>>()?),
            Backend::Remote(_) => {
                let q = format!("SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{ID}\")) }}");
                let mut out = Vec::new();
                for row in self.select(&q)? {
                    let (Some(Term::NamedNode(g)), Some(s), Some(Term::NamedNode(p)), Some(o)) = (&row[0], &row[1], &row[2], &row[3]) else { continue };
                    let s = match s {
                        Term::NamedNode(n) => NamedOrBlankNode::from(n.clone()),
                        Term::BlankNode(b) => NamedOrBlankNode::from(b.clone()),
                        _ => continue,
                    };
                    out.push(Quad::new(s, p.clone(), o.clone(), GraphName::NamedNode(g.clone())));
                }
                Ok(out)
            }
        }
    }

    /// Compacts a local store (RocksDB merges its files into one sorted run per index); a
    /// remote server manages its own storage, so this is refused there.
    pub fn compact(&self) -> Result<()> {
        match self {
            Backend::Local(store) => store.optimize().context("cannot compact the store"),
            Backend::Remote(_) => bail!("compact works on a local store; a SPARQL server manages its own storage"),
        }
    }

    /// Makes local writes durable; a remote server does that itself.
    pub fn flush(&self) {
        if let Backend::Local(store) = self {
            store.flush().ok();
        }
    }
}

/// An article graph's IRI ends in its content hash.
fn hash_of(g: &NamedNode) -> String {
    g.as_str().rsplit('/').next().unwrap_or("").to_string()
}

/// A batch on a remote endpoint, in the order that keeps an interrupted ingest repairable:
/// old versions of changed articles are dropped; each updated entity's description is
/// replaced (delete and insert in one request); then the articles' quads go in, with each
/// article's `ng:sourceName` last: until it is there the article does not count as stored,
/// so the next ingest writes it again (the same triples: IRIs come from content).
fn write_batch_remote(r: &Remote, article_quads: Vec<Quad>, replaced: &[NamedNode], registry: &mut Registry) -> Result<usize> {
    let ep = &r.endpoint;
    ep.drop_graphs(replaced)?;
    let eg = nn(&entities_graph());
    let mut n = article_quads.len();
    let dirty: Vec<String> = std::mem::take(&mut registry.dirty).into_iter().collect();
    for chunk in dirty.chunks(100) {
        let mut ops = Vec::new();
        let mut quads = Vec::new();
        for key in chunk {
            let Some(e) = registry.entities.get(key) else { continue };
            ops.push(format!("DELETE WHERE {{ GRAPH {eg} {{ {} ?p ?o }} }}", nn(&entity_iri(key))));
            quads.extend(entity_quads(e));
        }
        if ops.is_empty() {
            continue;
        }
        n += quads.len();
        ops.push(remote::insert_data(&quads));
        ep.update(&ops.join(" ;\n"))?;
    }
    let source_name = pred(NG, "sourceName");
    let (heads, body): (Vec<Quad>, Vec<Quad>) = article_quads.into_iter().partition(|q| q.predicate == source_name);
    ep.insert_quads(&body)?;
    ep.insert_quads(&heads)?;
    let mut known = r.articles.lock().map_err(|_| anyhow!("internal error: a lock was poisoned"))?;
    if let Some(map) = known.as_mut() {
        for q in &heads {
            if let (GraphName::NamedNode(g), Term::Literal(name)) = (&q.graph_name, &q.object) {
                map.insert(name.value().to_string(), g.clone());
            }
        }
    }
    Ok(n)
}

/// Opens (or creates) the store for writing. A store held by another process or a
/// damaged one gives a clear error.
pub fn open_write(dir: &Path) -> Result<Store> {
    // RocksDB makes the store's own folder but not its parents ("--store runs/2026/store")
    std::fs::create_dir_all(dir).map_err(|e| anyhow!("cannot create the store folder {}: {e}", dir.display()))?;
    // (a folder of other files is no store: RocksDB would write its own among them, which a
    // mistyped --store pointing at the articles would do)
    if !dir.join("CURRENT").exists() {
        let other = std::fs::read_dir(dir).map_err(|e| anyhow!("cannot read the store folder {}: {e}", dir.display()))?.filter_map(|x| x.ok()).map(|x| x.file_name()).find(|n| !n.to_string_lossy().starts_with('.'));
        if let Some(name) = other {
            return Err(anyhow!(
                "{} holds no store but other files ({} …): pass a new or empty folder to --store (a store whose CURRENT file was lost is damaged: move it aside and re-ingest)",
                dir.display(),
                name.to_string_lossy()
            ));
        }
    }
    let options = oxigraph::store::StoreOptions::default().with_max_open_files(MAX_OPEN_FILES);
    Store::open_with_options(dir, options).map_err(|e| explain_open_error(dir, &e.to_string()))
}

/// Files RocksDB keeps open in a writing process. Oxigraph derives the number from the
/// process's limit on open files (often thousands), and each open file keeps its index in
/// memory (about 2 % of the file): an ingest of 100,000 bench articles, whose store went
/// through ~1,000 files, grew to 616 MB that way. Capping the number caps that memory; files
/// beyond it are opened again when read. (100,000 bench articles, 2026-12-03: 256 files
/// peaked at 508 MB and 1,371 s CPU, 128 at 485 MB and 1,266 s CPU.)
pub const MAX_OPEN_FILES: u32 = 128;

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

impl Backend {
    /// Runs a SELECT and returns rows of optional terms, in the query's variable order.
    pub fn select(&self, query: &str) -> Result<Vec<Vec<Option<Term>>>> {
        select_results(self.execute(query, None)?.results)
    }
}

fn select_results(results: QueryResults<'_>) -> Result<Vec<Vec<Option<Term>>>> {
    match results {
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
pub fn load_registry(store: &Backend) -> Result<Registry> {
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
    for row in store.select(&q)? {
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

/// How many mentions of each entity (by key) an article's stored graph holds.
pub fn stored_mentions(store: &Backend, graph: &NamedNode) -> Result<Vec<(String, u64)>> {
    let q = format!("SELECT ?e (COUNT(?m) AS ?n) WHERE {{ GRAPH {graph} {{ ?m <{NG}refersTo> ?e }} }} GROUP BY ?e");
    Ok(store
        .select(&q)?
        .iter()
        .map(|r| {
            let iri = lit(&r[0]);
            (iri.strip_prefix(ID).unwrap_or(&iri).to_string(), lit(&r[1]).parse().unwrap_or(0))
        })
        .collect())
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

/// Articles the bulk loader gathers before it commits, unless `ingest --commit-every` says
/// otherwise. A commit per batch of 512 made RocksDB compact its files ever more often as the
/// store grew (ingest took 3.8× the bulk-load floor at 100,000 articles; with this default
/// 1.19×). Memory does not depend on it since entities are written at the commit (see
/// [`Writer`]). A crash loses at most this much work, which the next ingest redoes: the
/// articles are then absent, never half there.
pub const COMMIT_EVERY: usize = 8192;

/// An ingest run's writes. Locally, one bulk loader lives across batches: it turns each batch
/// into sorted files on a thread of its own while the next batch is analysed, and commits
/// them every `commit_every` articles and at [`Writer::finish`]. Dropped without `finish`
/// (an error), it commits nothing more and removes its files.
///
/// Memory: Oxigraph lets RocksDB buffer up to 6 × 128 MB of writes per column family before
/// it flushes them, and only the bulk commit flushed them. Entity updates written per batch
/// (every entity a batch touched, deleted and inserted again) piled up there and memory grew
/// with every batch. Now an entity is written once per commit and only the quads that
/// changed, and the store is flushed after each transaction.
pub struct Writer<'a> {
    backend: &'a Backend,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    pending: usize,
    commit_every: usize,
}

impl Writer<'_> {
    /// Writes a batch of `articles` articles (replacing older versions); the entity updates
    /// wait for the commit. Returns the number of quads written.
    pub fn write_batch(&mut self, articles: usize, article_quads: Vec<Quad>, replaced: &[NamedNode], registry: &mut Registry) -> Result<usize> {
        let store = match self.backend {
            Backend::Local(store) => store,
            Backend::Remote(r) => return write_batch_remote(r, article_quads, replaced, registry),
        };
        remove_articles(store, replaced)?;
        let mut n = article_quads.len();
        self.pending += articles;
        let loader = self.loader.get_or_insert_with(|| store.bulk_loader().with_num_threads(bulk_threads()));
        loader.load_quads(article_quads).context("cannot load the batch")?;
        if self.pending >= self.commit_every {
            n += self.commit(registry)?;
        }
        Ok(n)
    }

    /// Writes the entity updates, then commits the bulk loader's files. Returns the number
    /// of entity quads written.
    fn commit(&mut self, registry: &mut Registry) -> Result<usize> {
        self.pending = 0;
        let Backend::Local(store) = self.backend else { return Ok(0) };
        let n = write_entities(store, registry)?;
        if let Some(loader) = self.loader.take() {
            loader.commit().context("cannot commit the articles")?;
        }
        Ok(n)
    }

    /// Commits what is still pending; returns the number of entity quads written.
    pub fn finish(mut self, registry: &mut Registry) -> Result<usize> {
        self.commit(registry)
    }
}

/// Removes the old versions of replaced articles (one transaction) before their new versions
/// go to the bulk loader, whose commit is atomic: a crash in between leaves the new articles
/// absent, so the next ingest adds them again; a crash never leaves part of an article.
fn remove_articles(store: &Store, replaced: &[NamedNode]) -> Result<()> {
    if replaced.is_empty() {
        return Ok(());
    }
    let mut tx = store.start_transaction().context("cannot start a transaction")?;
    for g in replaced {
        tx.remove_named_graph(g.as_ref()).context("cannot remove the old version of an article")?;
    }
    tx.commit().context("cannot commit the removals")?;
    store.flush().context("cannot flush the store")?;
    Ok(())
}

/// Writes the entities changed since the last call (one transaction): of each, only the quads
/// that differ from the stored ones (most often its mention count). Returns the number of
/// quads written.
fn write_entities(store: &Store, registry: &mut Registry) -> Result<usize> {
    let mut tx = store.start_transaction().context("cannot start a transaction")?;
    let mut n = 0;
    let eg = nn(&entities_graph());
    for key in std::mem::take(&mut registry.dirty) {
        let Some(e) = registry.entities.get(&key) else { continue };
        let node = nn(&entity_iri(&key));
        let old: FxHashSet<Quad> = tx
            .quads_for_pattern(Some(node.as_ref().into()), None, None, Some(GraphNameRef::NamedNode(eg.as_ref())))
            .collect::<Result<_, _>>()?;
        let new: FxHashSet<Quad> = entity_quads(e).into_iter().collect();
        for q in old.difference(&new) {
            tx.remove(q);
        }
        for q in new.difference(&old) {
            tx.insert(q);
            n += 1;
        }
    }
    tx.commit().context("cannot commit the entities")?;
    store.flush().context("cannot flush the store")?;
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
