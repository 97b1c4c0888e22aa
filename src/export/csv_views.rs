//! The CSV views: each is a SPARQL query kept in `ontology/csv/` so users can read it.

use crate::store::{lit, Backend};
use anyhow::{Context, Result};
use std::path::Path;

pub struct CsvView {
    pub file: &'static str,
    /// Rows sorted by article first: on the embedded store the view runs per batch of
    /// articles (see [`BATCH`]).
    pub by_article: bool,
    pub columns: &'static [&'static str],
    /// Columns holding `|`-joined lists, sorted for stable output.
    pub lists: &'static [&'static str],
    pub query: &'static str,
}

pub const VIEWS: &[CsvView] = &[
    CsvView { file: "entities.csv", by_article: false, columns: &["id", "type", "name", "aliases", "articles"], lists: &["aliases", "articles"], query: include_str!("../../ontology/csv/entities.rq") },
    CsvView { file: "roles.csv", by_article: true, columns: &["article", "person", "title", "of", "evidence"], lists: &[], query: include_str!("../../ontology/csv/roles.rq") },
    CsvView { file: "statements.csv", by_article: true, columns: &["article", "kind", "speaker", "text", "cue", "about", "start", "end", "unattributed"], lists: &["about"], query: include_str!("../../ontology/csv/statements.rq") },
    CsvView { file: "demands.csv", by_article: true, columns: &["article", "by", "of", "what", "evidence", "start", "end", "kind", "cameo"], lists: &[], query: include_str!("../../ontology/csv/demands.rq") },
    CsvView { file: "places.csv", by_article: false, columns: &["id", "name", "kind", "region", "in", "lat", "lon"], lists: &[], query: include_str!("../../ontology/csv/places.rq") },
];

/// Articles per query of a view sorted by article. Run whole, a view's hash tables hold a
/// property of every article at once (the CSV export peaked at 9 GB for 100,000 bench
/// articles, ~8x its 10,000-article peak); per batch they hold a batch's, and the batches,
/// taken in article-name order, give the same rows in the same order.
pub const BATCH: usize = 500;

/// The article graphs sorted by source name, cut into batches of about [`BATCH`] (graphs of
/// one name stay in one batch, so the view's DISTINCT and ORDER BY see them together).
pub(crate) fn article_batches(store: &Backend, size: usize) -> Result<Vec<Vec<String>>> {
    let rows = store.select(&format!("SELECT ?g ?a WHERE {{ GRAPH ?g {{ ?g <{}sourceName> ?a }} }} ORDER BY ?a", crate::store::vocab::NG))?;
    let mut batches: Vec<Vec<String>> = Vec::new();
    let mut last = String::new();
    for r in &rows {
        let (g, a) = (lit(&r[0]), lit(&r[1]));
        if batches.last().is_none_or(|b| b.len() >= size.max(1)) && a != last {
            batches.push(Vec::new());
        }
        batches.last_mut().expect("a batch").push(g);
        last = a;
    }
    Ok(batches)
}

/// `query` restricted to the graphs of `batch`: each `GRAPH ?g {` opens with their VALUES.
pub fn for_batch(query: &str, batch: &[String]) -> String {
    let values = format!("VALUES ?g {{ {} }} GRAPH ?g {{", batch.iter().map(|g| format!("<{g}>")).collect::<Vec<_>>().join(" "));
    query.replace("GRAPH ?g {", &values)
}

/// Writes every CSV view into `dir`.
pub fn export_csv(store: &Backend, dir: &Path) -> Result<Vec<(String, usize)>> {
    export_csv_in_batches(store, dir, BATCH)
}

/// [`export_csv`] with `batch` articles per query of a view sorted by article (the files
/// are the same for any batch size).
pub fn export_csv_in_batches(store: &Backend, dir: &Path, batch: usize) -> Result<Vec<(String, usize)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut out = Vec::new();
    // a SPARQL server gets each view whole (servers plan VALUES differently; their memory is theirs)
    let batches = if store.is_remote() { None } else { Some(article_batches(store, batch)?) };
    for v in VIEWS {
        let path = dir.join(v.file);
        let mut w = csv::Writer::from_path(&path).with_context(|| format!("cannot write {}", path.display()))?;
        w.write_record(v.columns)?;
        let queries: Vec<String> = match (&batches, v.by_article) {
            (Some(batches), true) => batches.iter().map(|b| for_batch(v.query, b)).collect(),
            _ => vec![v.query.to_string()],
        };
        let mut n = 0;
        for q in &queries {
            let rows = store.select(q).with_context(|| format!("view {}", v.file))?;
            n += rows.len();
            for row in &rows {
                let cells: Vec<String> = v
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, t)| {
                        let s = lit(t);
                        if v.lists.contains(c) {
                            let mut items: Vec<&str> = s.split('|').filter(|x| !x.is_empty()).collect();
                            items.sort_unstable();
                            items.dedup();
                            items.join("|")
                        } else {
                            s
                        }
                    })
                    .collect();
                w.write_record(&cells)?;
            }
        }
        w.flush()?;
        out.push((v.file.to_string(), n));
    }
    Ok(out)
}
