//! Borrowed quad terms and the [`QuadSink`] that receives them. The graph's shape is
//! described once (`rdf.rs`) in these terms; a sink turns them into oxigraph quads (ingest)
//! or N-Quads text (`extract`, see `nquads.rs`) without building intermediate strings.

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

/// A fragment `#{kind}{start}-{end}` appended to an IRI (character offsets).
#[derive(Debug, Clone, Copy)]
pub struct Frag {
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
}

/// An IRI in pieces: `head` + `tail` (+ fragment), written out only by the sink. The head
/// is a namespace of the vocabulary, a constant: the N-Quads writer tells heads apart by
/// their address (see `nquads::Written`).
#[derive(Debug, Clone, Copy)]
pub struct Iri<'a> {
    pub head: &'static str,
    pub tail: &'a str,
    pub frag: Option<Frag>,
}

impl<'a> Iri<'a> {
    pub const fn new(head: &'static str, tail: &'a str) -> Self {
        Iri { head, tail, frag: None }
    }
    pub fn with_frag(self, kind: &'static str, start: usize, end: usize) -> Self {
        Iri { frag: Some(Frag { kind, start, end }), ..self }
    }
    /// The whole IRI as one string.
    pub fn to_string(&self) -> String {
        let mut s = String::with_capacity(self.head.len() + self.tail.len() + 16);
        s.push_str(self.head);
        s.push_str(self.tail);
        if let Some(f) = self.frag {
            use std::fmt::Write;
            let _ = write!(s, "#{}{}-{}", f.kind, f.start, f.end);
        }
        s
    }
}

/// A predicate: a constant of the vocabulary, kept as N-Quads writes it, `<iri> ` (spelt at
/// compile time by `rdf::pred!`), so the N-Quads writer copies it at once: writing it from
/// its pieces (three pushes and two short copies through libc a quad) and looking it up
/// again both cost more.
#[derive(Debug, Clone, Copy)]
pub struct Pred(&'static str);

impl Pred {
    /// A predicate from its N-Quads text, `<iri> `.
    pub const fn new(written: &'static str) -> Pred {
        let b = written.as_bytes();
        assert!(b.len() > 3 && b[0] == b'<' && b[b.len() - 2] == b'>' && b[b.len() - 1] == b' ', "a predicate is written `<iri> `");
        Pred(written)
    }
    /// `<iri> `.
    pub fn written(self) -> &'static str {
        self.0
    }
    /// The IRI.
    pub fn iri(self) -> &'static str {
        &self.0[1..self.0.len() - 2]
    }
}

/// The object of a quad. `Str` is written cleaned of control characters (`text::clean`).
#[derive(Debug, Clone, Copy)]
pub enum Object<'a> {
    Iri(Iri<'a>),
    Str(&'a str),
    /// An `xsd:integer`.
    Int(u64),
    /// An `xsd:boolean`.
    Bool(bool),
    /// An `xsd:decimal`, written as Rust's `Display` writes it.
    Decimal(f64),
}

impl<'a> From<Iri<'a>> for Object<'a> {
    fn from(i: Iri<'a>) -> Self {
        Object::Iri(i)
    }
}

/// Receives the quads of the graph, one at a time, in a fixed order.
pub trait QuadSink {
    /// The graph of the quads that follow, until the next call (a document's quads share
    /// their graph, so a writer may spell it once).
    fn graph(&mut self, g: Iri<'_>);
    /// A quad in the graph last set by [`QuadSink::graph`].
    fn quad(&mut self, s: Iri<'_>, p: Pred, o: Object<'_>);
}

pub const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
pub const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
pub const XSD_DECIMAL: &str = "http://www.w3.org/2001/XMLSchema#decimal";

/// Collects oxigraph [`Quad`]s: for the store (and the graph they are in).
#[derive(Default)]
pub struct OxQuads(pub Vec<Quad>, GraphName);

fn node(i: Iri<'_>) -> NamedNode {
    NamedNode::new_unchecked(i.to_string())
}

impl QuadSink for OxQuads {
    fn graph(&mut self, g: Iri<'_>) {
        self.1 = GraphName::NamedNode(node(g));
    }
    fn quad(&mut self, s: Iri<'_>, p: Pred, o: Object<'_>) {
        let typed = |v: String, dt: &str| Literal::new_typed_literal(v, NamedNode::new_unchecked(dt));
        let o: Term = match o {
            Object::Iri(i) => node(i).into(),
            Object::Str(v) => Literal::new_simple_literal(crate::text::clean(v)).into(),
            Object::Int(v) => typed(v.to_string(), XSD_INTEGER).into(),
            Object::Bool(v) => Literal::from(v).into(),
            Object::Decimal(v) => typed(format!("{v}"), XSD_DECIMAL).into(),
        };
        self.0.push(Quad::new(NamedOrBlankNode::from(node(s)), NamedNode::new_unchecked(p.iri()), o, self.1.clone()));
    }
}
