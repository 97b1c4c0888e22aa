//! `extract` writes N-Quads text straight from the graph's shape (`store::nquads`); ingest
//! builds oxigraph quads from the same shape. Both must give the same quads, and the text
//! must be what oxigraph's own serializer writes.

use newsgraph::extract::analyze;
use newsgraph::model::Article;
use newsgraph::resolve::Registry;
use newsgraph::store::{nquads::NQuads, rdf};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::Quad;
use std::collections::BTreeSet;

fn oxigraph_text(quads: &[Quad]) -> Vec<u8> {
    let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in quads {
        ser.serialize_quad(q).unwrap();
    }
    ser.finish().unwrap()
}

fn parse(bytes: &[u8]) -> BTreeSet<String> {
    RdfParser::from_format(RdfFormat::NQuads).for_slice(bytes).map(|q| q.unwrap().to_string()).collect()
}

fn articles() -> Vec<Article> {
    let mut out: Vec<Article> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| Article::new(p.file_name().unwrap().to_str().unwrap(), p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    // literals that need escaping or cleaning, in every field that is written as text
    let mut odd = Article::new("odd \"name\"\\.txt", "dir\twith\nodd\u{7}path", "Headline with \u{FFFF} and \u{85}\n\"We will not leave,\" said President Anna Novak of \u{0}Poland.\r\n".to_string());
    odd.title = Some("A \"quoted\" title\u{1b}".into());
    odd.url = Some("https://example.org/a?b=\"c\"".into());
    odd.publisher = Some("Back\\slash".into());
    odd.date = Some("2024-01-01".into());
    out.push(odd);
    out
}

#[test]
fn text_sink_writes_what_oxigraph_writes() {
    let mut registry = Registry::default();
    let mut all_text = Vec::new();
    let mut all_quads = Vec::new();
    for a in articles() {
        let mut doc = analyze(a);
        registry.resolve(&mut doc);
        let quads = rdf::doc_quads(&doc);
        let mut sink = NQuads::default();
        rdf::write_doc(&doc, &mut sink);
        assert_eq!(String::from_utf8(sink.out.clone()).unwrap(), String::from_utf8(oxigraph_text(&quads)).unwrap(), "{}", doc.article.name);
        all_text.extend(sink.out);
        all_quads.extend(quads);
    }
    for e in registry.entities.values() {
        let quads = rdf::entity_quads(e);
        let mut sink = NQuads::default();
        rdf::write_entity(e, &mut sink);
        assert_eq!(String::from_utf8(sink.out.clone()).unwrap(), String::from_utf8(oxigraph_text(&quads)).unwrap(), "{}", e.key);
        all_text.extend(sink.out);
        all_quads.extend(quads);
    }
    // and the text parses back into the very same set of quads
    let expected: BTreeSet<String> = all_quads.iter().map(|q| q.to_string()).collect();
    assert!(expected.len() > 1000);
    assert_eq!(parse(&all_text), expected);
}
