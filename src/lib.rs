//! newsgraph: English news articles in, a knowledge graph of actors, roles, statements,
//! places and demands out — stored in an embedded Oxigraph store, queried with SPARQL,
//! exported as CSV, RDF and graph views.
//!
//! Stages, one folder each: `read` (files to articles) → `text` (tokens, sentences,
//! quotes) → `extract` (names, roles, statements, demands) → `resolve` (one node per real
//! actor across articles) → `store` (RDF in Oxigraph) → `export` / `query`.
//! All stages share the data model in `model`.

pub mod cli;
pub mod export;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod read;
pub mod resolve;
pub mod store;
pub mod text;
