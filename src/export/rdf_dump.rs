//! The whole graph as standard RDF: N-Quads or TriG keep one named graph per article;
//! Turtle merges them into one graph. Output is sorted, so equal stores give equal bytes.

use crate::store::vocab::PREFIXES;
use crate::store::Backend;
use anyhow::{anyhow, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};
use std::io::Write;

pub fn format_of(name: &str) -> Option<RdfFormat> {
    match name {
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "nquads" | "nq" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "ntriples" | "nt" => Some(RdfFormat::NTriples),
        _ => None,
    }
}

fn serializer(format: RdfFormat) -> Result<RdfSerializer> {
    let mut s = RdfSerializer::from_format(format);
    if matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
        for (p, iri) in PREFIXES {
            s = s.with_prefix(*p, *iri).map_err(|e| anyhow!("{e}"))?;
        }
    }
    Ok(s)
}

pub fn dump<W: Write>(store: &Backend, format: RdfFormat, w: W) -> Result<W> {
    let mut quads: Vec<Quad> = store.all_quads()?;
    quads.sort_by_cached_key(|q| (q.graph_name.to_string(), q.subject.to_string(), q.predicate.to_string(), q.object.to_string()));
    let mut ser = serializer(format)?.for_writer(w);
    if format.supports_datasets() {
        for q in &quads {
            ser.serialize_quad(q)?;
        }
    } else {
        let mut triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
        triples.sort_by_cached_key(|t| (t.subject.to_string(), t.predicate.to_string(), t.object.to_string()));
        triples.dedup();
        for t in &triples {
            ser.serialize_triple(t)?;
        }
    }
    Ok(ser.finish()?)
}
