//! Turns an analysed [`Doc`] into quads in the article's own named graph. Statements,
//! roles, demands and mentions are nodes of their own, each with character offsets and a
//! link to the article.

use super::vocab::*;
use crate::model::{Doc, EntityKind, Party, Span, StatementKind};
use crate::text::CharMap;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

pub struct QuadSink {
    pub graph: GraphName,
    pub quads: Vec<Quad>,
}

pub fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn p(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

impl QuadSink {
    pub fn new(graph: GraphName) -> Self {
        QuadSink { graph, quads: Vec::new() }
    }
    pub fn add(&mut self, s: &NamedNode, pred: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(NamedOrBlankNode::from(s.clone()), pred, o.into(), self.graph.clone()));
    }
    fn str(&mut self, s: &NamedNode, pred: NamedNode, v: &str) {
        self.add(s, pred, Literal::new_simple_literal(clean(v)));
    }
    fn int(&mut self, s: &NamedNode, pred: NamedNode, v: usize) {
        self.add(s, pred, Literal::new_typed_literal(v.to_string(), p(XSD, "integer")));
    }
}

pub use crate::text::clean;

/// The article's quads, in a fixed order so the same input always gives the same output.
pub fn doc_quads(doc: &Doc) -> Vec<Quad> {
    let a = &doc.article;
    let art = nn(&article_iri(&a.hash));
    let mut q = QuadSink::new(GraphName::NamedNode(art.clone()));
    let cm = CharMap::new(doc.text());
    let at = |q: &mut QuadSink, node: &NamedNode, span: Span| {
        q.int(node, p(NIF, "beginIndex"), cm.char_offset(span.start));
        q.int(node, p(NIF, "endIndex"), cm.char_offset(span.end));
        q.str(node, p(NIF, "anchorOf"), doc.slice(span));
    };
    let frag = |kind: &str, span: Span| nn(&format!("{}#{kind}{}-{}", art.as_str(), cm.char_offset(span.start), cm.char_offset(span.end)));
    let ent = |i: usize| nn(&entity_iri(&doc.entities[i].key));

    q.add(&art, nn(RDF_TYPE), p(SCHEMA, "NewsArticle"));
    q.str(&art, p(NG, "sourceName"), &a.name);
    q.str(&art, p(NG, "sourcePath"), &a.source);
    q.str(&art, p(NG, "contentHash"), &a.hash);
    q.int(&art, p(NG, "charLength"), doc.text().chars().count());
    if let Some(t) = a.title.as_deref().or_else(|| doc.paragraphs.first().filter(|p| p.heading).map(|p| doc.slice(p.span))) {
        q.str(&art, p(SCHEMA, "headline"), t);
    }
    if let Some(u) = &a.url {
        q.str(&art, p(SCHEMA, "url"), u);
    }
    if let Some(d) = &a.date {
        q.str(&art, p(SCHEMA, "datePublished"), d);
    }
    if let Some(s) = &a.publisher {
        q.str(&art, p(SCHEMA, "publisher"), s);
    }
    for m in &doc.mentions {
        let node = frag("m", m.span);
        q.add(&node, p(NG, "refersTo"), ent(m.entity));
        q.add(&node, p(NIF, "referenceContext"), art.clone());
        at(&mut q, &node, m.span);
    }
    for r in &doc.roles {
        let node = frag("r", r.evidence);
        q.add(&node, nn(RDF_TYPE), p(ORG, "Membership"));
        q.add(&node, p(ORG, "member"), ent(r.holder));
        q.str(&node, p(NG, "title"), &r.title);
        q.str(&node, p(NG, "titleHead"), &r.head);
        // W3C ORG's organization is an organisation; "Trump's adviser" is a person's aide
        if let Some(o) = r.of {
            let pred = if doc.entities[o].kind == EntityKind::Person { p(NG, "ofPerson") } else { p(ORG, "organization") };
            q.add(&node, pred, ent(o));
        }
        if r.former {
            q.add(&node, p(NG, "former"), Literal::from(true));
        }
        q.add(&node, p(PROV, "wasDerivedFrom"), art.clone());
        at(&mut q, &node, r.evidence);
    }
    for s in &doc.statements {
        let node = frag("s", s.text);
        let (cls, kind) = match s.kind {
            StatementKind::Direct => (p(SCHEMA, "Quotation"), "direct"),
            StatementKind::Reported => (p(NG, "ReportedStatement"), "reported"),
        };
        q.add(&node, nn(RDF_TYPE), cls);
        q.str(&node, p(NG, "kind"), kind);
        match (s.speaker, s.speaker_text) {
            (Some(sp), _) => q.add(&node, p(PROV, "wasAttributedTo"), ent(sp)),
            (None, Some(t)) => q.str(&node, p(NG, "speakerText"), doc.slice(t)),
            (None, None) => q.str(&node, p(NG, "unattributed"), s.unattributed.unwrap_or("no speaker")),
        }
        if !s.cue.is_empty() {
            q.str(&node, p(NG, "cue"), &s.cue);
        }
        for &e in &s.about {
            q.add(&node, p(SCHEMA, "about"), ent(e));
        }
        q.add(&node, p(PROV, "wasDerivedFrom"), art.clone());
        at(&mut q, &node, s.text);
    }
    for d in &doc.demands {
        let node = frag("d", d.what);
        q.add(&node, nn(RDF_TYPE), p(NG, "Demand"));
        // each party as an actor node where it is one, and as written in the evidence
        for (party, link, text) in [(Some(d.by), "demander", "demanderText"), (d.of, "addressee", "addresseeText")] {
            match party {
                Some(Party::Entity(e)) => {
                    q.add(&node, p(NG, link), ent(e));
                    if let Some(sf) = surface_in(doc, e, d.evidence) {
                        q.str(&node, p(NG, text), sf);
                    }
                }
                Some(Party::Text(t)) => q.str(&node, p(NG, text), doc.slice(t)),
                None => {}
            }
        }
        q.str(&node, p(NG, "demandKind"), d.kind.as_str());
        q.str(&node, p(NG, "cameoCode"), d.kind.cameo());
        q.str(&node, p(NG, "cue"), &d.cue);
        q.str(&node, p(NG, "demanded"), doc.slice(d.what));
        q.str(&node, p(NG, "evidence"), doc.slice(d.evidence));
        q.int(&node, p(NG, "evidenceBegin"), cm.char_offset(d.evidence.start));
        q.int(&node, p(NG, "evidenceEnd"), cm.char_offset(d.evidence.end));
        if let Some(s) = d.statement {
            q.add(&node, p(NG, "statedIn"), frag("s", s));
        }
        q.add(&node, p(PROV, "wasDerivedFrom"), art.clone());
        at(&mut q, &node, d.what);
    }
    q.quads
}

/// How the evidence names actor `e` ("Moscow" for Russia, "Zelenskyy"), if by name.
fn surface_in(doc: &Doc, e: usize, span: Span) -> Option<&str> {
    doc.mentions_in(span).iter().find(|m| m.entity == e || doc.actor_of(m.entity) == e).map(|m| doc.slice(m.span))
}

pub fn kind_class(kind: EntityKind) -> NamedNode {
    p(SCHEMA, kind.as_str())
}

pub fn class_kind(iri: &str) -> Option<EntityKind> {
    match iri.strip_prefix(SCHEMA)? {
        "Person" => Some(EntityKind::Person),
        "Organization" => Some(EntityKind::Organization),
        "Country" => Some(EntityKind::Country),
        "Place" => Some(EntityKind::Place),
        _ => None,
    }
}

pub fn pred(ns: &str, local: &str) -> NamedNode {
    p(ns, local)
}
