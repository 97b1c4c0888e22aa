//! Exports: the CSV views (SPARQL under `ontology/csv/`), the whole graph as standard
//! RDF, and graph views for Gephi.

pub mod csv_views;
pub mod doc_json;
pub mod graph;
pub mod rdf_dump;
pub mod spill;
pub mod views;

use crate::store::Backend;
use anyhow::Result;
use std::path::{Path, PathBuf};

/// Everything `exports/` holds: the CSV views, the whole graph in Turtle, and every built-in
/// graph view as GraphML and GEXF (plus weighted variants and an SVG of said-about).
pub fn export_all(store: &Backend, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let csv_dir = dir.join("csv");
    csv_views::export_csv(store, &csv_dir)?;
    written.push(csv_dir);
    let ttl = dir.join("graph.ttl");
    let f = std::fs::File::create(&ttl)?;
    use std::io::Write;
    rdf_dump::dump(store, oxigraph::io::RdfFormat::Turtle, std::io::BufWriter::new(f))?.flush()?;
    written.push(ttl);
    let views_dir = dir.join("views");
    std::fs::create_dir_all(&views_dir)?;
    for (name, _, _) in views::BUILT_IN {
        for variant in [name.to_string(), format!("{name}-weighted")] {
            let rows = views::collect(store, &variant)?;
            for fmt in ["graphml", "gexf"] {
                let p = views_dir.join(format!("{variant}.{fmt}"));
                rows.write(fmt, &p)?;
                written.push(p);
            }
        }
    }
    let g = views::build(store, "said-about-weighted")?;
    let svg = dir.join("said-about.svg");
    views::write(&g, "svg", &svg)?;
    written.push(svg);
    Ok(written)
}
