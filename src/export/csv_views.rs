//! The CSV views: each is a SPARQL query kept in `ontology/csv/` so users can read it.

use crate::store::{lit, Backend};
use anyhow::{Context, Result};
use std::path::Path;

pub struct CsvView {
    pub file: &'static str,
    pub columns: &'static [&'static str],
    /// Columns holding `|`-joined lists, sorted for stable output.
    pub lists: &'static [&'static str],
    pub query: &'static str,
}

pub const VIEWS: &[CsvView] = &[
    CsvView { file: "entities.csv", columns: &["id", "type", "name", "aliases", "articles"], lists: &["aliases", "articles"], query: include_str!("../../ontology/csv/entities.rq") },
    CsvView { file: "roles.csv", columns: &["article", "person", "title", "of", "evidence"], lists: &[], query: include_str!("../../ontology/csv/roles.rq") },
    CsvView { file: "statements.csv", columns: &["article", "kind", "speaker", "text", "cue", "about", "start", "end", "unattributed"], lists: &["about"], query: include_str!("../../ontology/csv/statements.rq") },
    CsvView { file: "demands.csv", columns: &["article", "by", "of", "what", "evidence", "start", "end", "kind", "cameo"], lists: &[], query: include_str!("../../ontology/csv/demands.rq") },
    CsvView { file: "places.csv", columns: &["id", "name", "kind", "region", "in", "lat", "lon"], lists: &[], query: include_str!("../../ontology/csv/places.rq") },
];

/// Writes every CSV view into `dir`.
pub fn export_csv(store: &Backend, dir: &Path) -> Result<Vec<(String, usize)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut out = Vec::new();
    for v in VIEWS {
        let rows = store.select(v.query).with_context(|| format!("view {}", v.file))?;
        let path = dir.join(v.file);
        let mut w = csv::Writer::from_path(&path).with_context(|| format!("cannot write {}", path.display()))?;
        w.write_record(v.columns)?;
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
        w.flush()?;
        out.push((v.file.to_string(), rows.len()));
    }
    Ok(out)
}
