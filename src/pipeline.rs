//! The ingest job: read → analyse (in parallel) → resolve (in input order) → store.
//! Articles whose content is already stored are skipped; changed ones replace their graph.

use crate::extract::analyze;
use crate::model::{Article, Doc};
use crate::read::{self, ReadError};
use crate::store;
use anyhow::Result;
use crate::store::Backend;
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles `extract` analyses and renders together. (64, not 512: a batch's documents are
/// rendered while still in the cache and their memory is used again by the next batch; at
/// 512 a run of 1,000 bench articles touched 30 MB more, ~7,500 more page faults; the
/// output is the same, as each document is resolved in input order whatever the batch.)
pub const BATCH: usize = 64;

/// Articles `ingest` analyses together and hands to the bulk loader as one batch. The
/// loader holds a batch three times over (the quads, their encoded set, one sorted index at
/// a time) on each of its threads: at 512 articles an ingest of 10,000 bench articles peaked
/// at 750 MB, at 128 at 420 MB, with no loss of speed (less CPU, in fact: smaller hash tables).
pub const INGEST_BATCH: usize = 128;

/// Documents of a batch rendered to text at once by `extract`.
const RENDER_BATCH: usize = 32;

#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub quads: usize,
    /// N-Quads files bulk-loaded as they are.
    pub shards: usize,
    pub statements: usize,
    pub demands: usize,
    pub roles: usize,
    pub failed: Vec<ReadError>,
}

/// Ingests every article under `paths`, committing every `commit_every` articles (see
/// [`store::COMMIT_EVERY`]). `progress` is called with the number of files done.
pub fn ingest(store: &Backend, paths: &[PathBuf], commit_every: usize, progress: &dyn Fn(usize, usize)) -> Result<Summary> {
    let (mut files, errors) = read::discover(paths);
    let mut summary = Summary { files: files.len(), failed: errors, ..Default::default() };
    // N-Quads shards from `newsgraph extract` go straight to the bulk loader
    files.retain(|f| {
        if f.extension().is_some_and(|e| e == "nq") {
            if let Err(e) = store.load_nquads(f) {
                summary.failed.push(ReadError { source: f.display().to_string(), message: format!("{e:#}") });
            } else {
                summary.shards += 1;
            }
            false
        } else {
            true
        }
    });
    let mut registry = store::load_registry(store)?;
    let mut writer = store.writer(commit_every);
    // names seen in this run: the store does not show articles whose commit is pending
    let mut seen = rustc_hash::FxHashSet::default();
    let total = files.len();
    let mut inputs = read::Inputs::new(files);
    while let Some(results) = next_batch(&mut inputs, INGEST_BATCH) {
        let mut articles = Vec::new();
        // (the stored graphs of changed articles, by name: replaced only once the new version
        // has been analysed, so an article whose analysis fails keeps what the store had)
        let mut updating = rustc_hash::FxHashMap::default();
        for r in results {
            match r {
                Err(e) => summary.failed.push(e),
                Ok(a) => {
                    if !seen.insert(a.name.clone()) {
                        summary.failed.push(ReadError { source: a.source.clone(), message: format!("duplicate article name {} in this run: skipped", a.name) });
                        continue;
                    }
                    match store.existing_article(&a.name)? {
                        Some((_, hash)) if hash == a.hash => summary.unchanged += 1,
                        Some((g, _)) => {
                            updating.insert(a.name.clone(), g);
                            articles.push(a);
                        }
                        None => articles.push(a),
                    }
                }
            }
        }
        crate::extract::warm_up(&articles);
        let (mut docs, broken) = analyze_all(articles);
        summary.failed.extend(broken.into_iter().map(analysis_failed));
        let mut replaced = Vec::new();
        for d in &docs {
            match updating.remove(&d.article.name) {
                Some(g) => {
                    // its old mentions leave the counts; the new ones are counted anew
                    for (key, n) in store::stored_mentions(store, &g)? {
                        registry.forget_mentions(&key, n);
                    }
                    replaced.push(g);
                    summary.updated += 1;
                }
                None => summary.added += 1,
            }
        }
        for d in &mut docs {
            registry.resolve(d);
            summary.statements += d.statements.iter().filter(|s| s.speaker.is_some()).count();
            summary.demands += d.demands.len();
            summary.roles += d.roles.len();
        }
        let quads: Vec<oxigraph::model::Quad> = docs.par_iter().flat_map_iter(store::rdf::doc_quads).collect();
        summary.quads += writer.write_batch(docs.len(), quads, &replaced, &mut registry)?;
        progress(inputs.files_done, total);
    }
    summary.quads += writer.finish(&mut registry)?;
    Ok(summary)
}

/// `extract`: analyses articles without a store, batch by batch (in parallel within a batch),
/// resolves them among themselves in input order and writes `render` of each to `out` in
/// input order as its batch finishes, so memory holds one batch of documents (plus the
/// registry) and the output does not depend on the number of threads. Returns the registry,
/// for the entities, and the inputs that could not be read.
pub fn extract<W: std::io::Write>(
    paths: &[PathBuf],
    render: impl Fn(&Doc, &mut Vec<u8>) + Sync,
    out: &mut W,
) -> std::io::Result<(crate::resolve::Registry, Vec<ReadError>)> {
    let (files, mut errors) = read::discover(paths);
    let mut registry = crate::resolve::Registry::default();
    let mut buffers = vec![Vec::new(); RENDER_BATCH];
    let mut inputs = read::Inputs::new(files);
    while let Some(results) = next_batch(&mut inputs, BATCH) {
        let mut articles = Vec::new();
        for r in results {
            match r {
                Ok(a) => articles.push(a),
                Err(e) => errors.push(e),
            }
        }
        crate::extract::warm_up(&articles);
        let (mut docs, broken) = analyze_all(articles);
        errors.extend(broken.into_iter().map(analysis_failed));
        for d in &mut docs {
            registry.resolve(d);
        }
        // rendered a few at a time (the text is ~40 bytes per byte of article) into buffers
        // kept from part to part
        for part in docs.chunks(RENDER_BATCH) {
            part.par_iter().zip(buffers.par_iter_mut()).for_each(|(d, b)| {
                b.clear();
                render(d, b);
            });
            for b in &buffers[..part.len()] {
                out.write_all(b)?;
            }
        }
    }
    Ok((registry, errors))
}

/// Analyses a batch in parallel, in input order. An article whose analysis panics (a bug of
/// ours, not of its text) comes back apart, so one article never stops a batch.
fn analyze_all(articles: Vec<Article>) -> (Vec<Doc>, Vec<Article>) {
    let results: Vec<_> = articles.into_par_iter().map(|a| std::panic::catch_unwind(|| analyze(a.clone())).map_err(|_| a)).collect();
    let (mut docs, mut broken) = (Vec::with_capacity(results.len()), Vec::new());
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(a) => broken.push(a),
        }
    }
    (docs, broken)
}

fn analysis_failed(a: Article) -> ReadError {
    ReadError { source: a.source, message: "internal error while analysing this article (please report it)".into() }
}

/// The next `n` inputs, read in parallel (a `.jsonl` file gives one input per line, so a
/// batch never holds more than `n` articles); in input order, so output does not depend on
/// the number of threads. `None` when every input has been read.
fn next_batch(inputs: &mut read::Inputs, n: usize) -> Option<Vec<Result<Article, ReadError>>> {
    let batch: Vec<read::Input> = inputs.by_ref().take(n).collect();
    (!batch.is_empty()).then(|| batch.into_par_iter().map(read::Input::read).collect())
}
