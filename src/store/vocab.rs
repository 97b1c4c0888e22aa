//! IRIs of the vocabulary (see `ontology/newsgraph.ttl`) and of the nodes newsgraph mints.

/// The namespaces the graph's predicates are in, as literals: `concat!` takes them
/// (`rdf::pred!` spells a predicate's N-Quads text at compile time). The constants below
/// are these.
macro_rules! ns {
    (NG) => { "https://w3id.org/newsgraph/ns#" };
    (SCHEMA) => { "http://schema.org/" };
    (PROV) => { "http://www.w3.org/ns/prov#" };
    (NIF) => { "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" };
    (ORG) => { "http://www.w3.org/ns/org#" };
    (WGS84) => { "http://www.w3.org/2003/01/geo/wgs84_pos#" };
    (RDF_TYPE) => { "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" };
    (SKOS) => { "http://www.w3.org/2004/02/skos/core#" };
}
pub(crate) use ns;

pub const NG: &str = ns!(NG);
pub const ID: &str = "https://w3id.org/newsgraph/id/";
pub const SCHEMA: &str = ns!(SCHEMA);
pub const PROV: &str = ns!(PROV);
pub const NIF: &str = ns!(NIF);
pub const ORG: &str = ns!(ORG);
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const WGS84: &str = ns!(WGS84);
pub const RDF_TYPE: &str = ns!(RDF_TYPE);
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const SKOS: &str = ns!(SKOS);
/// Wikidata items (a country's node links to its item with skos:exactMatch).
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Articles' graphs (and nodes) are this followed by the content hash.
pub const ARTICLE_NS: &str = "https://w3id.org/newsgraph/id/article/";
/// The entities graph is [`ID`] followed by this.
pub const ENTITIES_GRAPH: &str = "graph/entities";

/// The named graph holding the resolved, corpus-wide entities.
pub fn entities_graph() -> String {
    format!("{ID}{ENTITIES_GRAPH}")
}

pub fn article_iri(hash: &str) -> String {
    format!("{ARTICLE_NS}{hash}")
}

pub fn entity_iri(key: &str) -> String {
    format!("{ID}{key}")
}

#[test]
fn article_namespace_lies_under_id() {
    assert_eq!(ARTICLE_NS, format!("{ID}article/"));
}

/// Prefixes for Turtle/TriG output and for the SPARQL the views run.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("id", ID),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("nif", NIF),
    ("org", ORG),
    ("sem", SEM),
    ("geo", WGS84),
    ("xsd", XSD),
    ("skos", SKOS),
    ("wd", WIKIDATA),
];
