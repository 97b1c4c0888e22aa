//! Graph views: a SPARQL query (built in under `ontology/views/`, or the user's own `.rq`)
//! whose rows are edges, built into a petgraph graph and written as GraphML, GEXF or SVG.

use super::graph::{write_gexf, write_graphml, write_svg, AttrValue, NodeType, ViewEdge, ViewGraph};
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::model::Term;
use crate::store::Backend;
use oxigraph::sparql::QueryResults;
use std::path::Path;

pub const BUILT_IN: &[(&str, &str, bool)] = &[
    ("said-about", include_str!("../../ontology/views/said-about.rq"), true),
    ("demands", include_str!("../../ontology/views/demands.rq"), true),
    ("roles", include_str!("../../ontology/views/roles.rq"), true),
    ("mentions", include_str!("../../ontology/views/mentions.rq"), false),
    ("places", include_str!("../../ontology/views/places.rq"), true),
];

/// The query text of a view given by built-in name or `.rq` path, and whether it is directed.
pub fn resolve_view(view: &str) -> Result<(String, String, bool)> {
    if let Some((name, q, d)) = BUILT_IN.iter().find(|(n, _, _)| *n == view || view == format!("{n}-weighted")) {
        return Ok((if view.ends_with("-weighted") { view.to_string() } else { name.to_string() }, q.to_string(), *d));
    }
    let p = Path::new(view);
    if p.extension().is_some_and(|e| e == "rq") {
        let q = std::fs::read_to_string(p).with_context(|| format!("cannot read view {}", p.display()))?;
        let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("view").to_string();
        return Ok((name, q, true));
    }
    let names: Vec<&str> = BUILT_IN.iter().map(|(n, _, _)| *n).collect();
    bail!("unknown view {view:?}: use one of {} (add -weighted for one edge per pair), or a .rq file", names.join(", "))
}

fn value(t: &Term) -> AttrValue {
    match t {
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            if dt.ends_with("#integer") || dt.ends_with("#int") || dt.ends_with("#long") {
                l.value().parse().map(AttrValue::Int).unwrap_or_else(|_| AttrValue::Str(l.value().into()))
            } else if dt.ends_with("#decimal") || dt.ends_with("#double") || dt.ends_with("#float") {
                l.value().parse().map(AttrValue::Double).unwrap_or_else(|_| AttrValue::Str(l.value().into()))
            } else if dt.ends_with("#boolean") {
                AttrValue::Bool(l.value() == "true")
            } else {
                AttrValue::Str(l.value().into())
            }
        }
        Term::NamedNode(n) => AttrValue::Str(n.as_str().into()),
        other => AttrValue::Str(other.to_string()),
    }
}

fn text(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(o) => o.to_string(),
        None => String::new(),
    }
}

/// Runs a view and builds its graph.
pub fn build(store: &Backend, view: &str) -> Result<ViewGraph> {
    let (name, query, directed) = resolve_view(view)?;
    let QueryResults::Solutions(sols) = store.execute(&query, None).map_err(|e| anyhow!("view {name}: {e:#}"))?.results else {
        bail!("view {name} must be a SELECT query");
    };
    let vars: Vec<String> = sols.variables().iter().map(|v| v.as_str().to_string()).collect();
    if !vars.iter().any(|v| v == "source") || !vars.iter().any(|v| v == "target") {
        bail!("view {name} must bind ?source and ?target");
    }
    let reserved = ["source", "target", "source_label", "source_type", "target_label", "target_type", "label", "weight"];
    // The edges are sorted here, by every column left to right, so that files are the same
    // on every run whatever order the store answers in: far cheaper than an ORDER BY, which
    // the store evaluates by reading the strings of long terms back at each comparison.
    let mut rows = Vec::new();
    for row in sols {
        let row = row.map_err(|e| anyhow!("view {name} failed: {e}"))?;
        let key: Vec<String> = vars.iter().map(|v| text(row.get(v.as_str()))).collect();
        rows.push((key, row));
    }
    rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut g = ViewGraph::new(name.clone(), directed);
    for (i, (_, row)) in rows.into_iter().enumerate() {
        let s = g.node(text(row.get("source")), text(row.get("source_label")), NodeType::from_label(&text(row.get("source_type"))));
        let t = g.node(text(row.get("target")), text(row.get("target_label")), NodeType::from_label(&text(row.get("target_type"))));
        let weight = row.get("weight").and_then(|w| text(Some(w)).parse().ok()).unwrap_or(1.0);
        let mut edge = ViewEdge::new(format!("e{i}"), text(row.get("label")), weight);
        for v in &vars {
            if reserved.contains(&v.as_str()) {
                continue;
            }
            if let Some(val) = row.get(v.as_str()) {
                edge.attrs.push((v.clone(), value(val)));
            }
        }
        g.add_edge(s, t, edge);
    }
    let mut g = if view.ends_with("-weighted") { g.aggregate() } else { g };
    g.size_nodes_by_degree();
    Ok(g)
}

pub fn write(g: &ViewGraph, format: &str, out: &Path) -> Result<()> {
    let f = std::fs::File::create(out).with_context(|| format!("cannot write {}", out.display()))?;
    let w = std::io::BufWriter::new(f);
    match format {
        "graphml" => write_graphml(g, w)?,
        "gexf" => write_gexf(g, w)?,
        "svg" => write_svg(g, w)?,
        other => bail!("unknown graph format {other:?}: use graphml, gexf or svg"),
    }
    Ok(())
}
