//! Graph exports of a view: GraphML and GEXF (for Gephi, networkx, …) and an
//! SVG picture. All writers are deterministic: the same graph gives the same bytes.

pub mod gexf;
pub mod graphml;
pub mod model;
pub mod svg;

pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use model::{AttrValue, NodeType, ViewEdge, ViewGraph, ViewNode, DEFAULT_NODE_SIZE};
pub use svg::write_svg;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use quick_xml::events::attributes::Attribute;
use quick_xml::events::BytesText;
use quick_xml::name::QName;

use petgraph::stable_graph::NodeIndex;

/// What a writer calls for each edge it is given: the edge's id (already a unique NMTOKEN),
/// its ends (nodes of the graph being written) and its data.
pub type EdgeVisit<'v> = dyn FnMut(&str, NodeIndex, NodeIndex, &ViewEdge) -> std::io::Result<()> + 'v;

/// A writer's edges when they are not in the graph: called once, it visits every edge in
/// the order they are to be written. Large views stream their edges this way (from a sort
/// on disk, see `export::views`) so that only the nodes are held in the graph.
pub type EdgeStream<'s> = dyn FnMut(&mut EdgeVisit<'_>) -> std::io::Result<()> + 's;

/// The edges held in `g` as a streamed writer takes them: the schema of their attributes
/// (names in `reserved` are the format's own) and each edge with its unique id, in index
/// order. The whole-graph writers are their streamed twins fed from the graph.
pub(crate) fn held_edges<'g>(g: &'g ViewGraph, reserved: &[&'static str]) -> (Schema, impl FnMut(&mut EdgeVisit<'_>) -> std::io::Result<()> + 'g) {
    let gr = &g.graph;
    let edges: Vec<petgraph::stable_graph::EdgeIndex> = gr.edge_indices().collect();
    let edge_ids = unique_ids(edges.iter().map(|&e| gr[e].id.as_str()), "e");
    let schema = Schema::build(reserved, edges.iter().map(|&e| gr[e].attrs.as_slice()));
    let stream = move |visit: &mut EdgeVisit<'_>| {
        for (e, id) in edges.iter().zip(&edge_ids) {
            let (s, t) = gr.edge_endpoints(*e).expect("edge index from this graph");
            visit(id, s, t, &gr[*e])?;
        }
        Ok(())
    };
    (schema, stream)
}

/// Smallest edge weight written. Gephi drops 0-weight edges on import (and
/// warns about negative ones); layouts divide by weights. So zero, negative
/// and NaN weights are written as this. Still non-zero as a Java float.
pub const MIN_WEIGHT: f64 = 1e-6;
/// Largest edge weight written: Gephi parses weights as 32-bit floats, so
/// anything larger (including +inf) would become infinity there.
pub const MAX_WEIGHT: f64 = f32::MAX as f64;

pub(crate) fn export_weight(w: f64) -> f64 {
    if w.is_nan() {
        MIN_WEIGHT
    } else {
        w.clamp(MIN_WEIGHT, MAX_WEIGHT)
    }
}

/// Node size as written: positive and finite.
pub(crate) fn export_size(s: f64) -> f64 {
    if s.is_finite() && s > 0.0 {
        s
    } else {
        DEFAULT_NODE_SIZE
    }
}

/// Whether `c` may appear in an XML 1.0 document (surrogates can't be in a `str`).
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Drops characters XML 1.0 forbids, then escapes `& < > " '`, plus tab and
/// line breaks as character references so attribute-value normalisation and
/// CR/LF folding can't alter them. Usable for both text and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let clean: String = s.chars().filter(|&c| xml_char(c)).collect();
    quick_xml::escape::escape(clean.as_str())
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

/// An attribute whose value is sanitised and escaped by [`esc`].
pub(crate) fn attr<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key.as_bytes()),
        value: Cow::Owned(esc(value).into_bytes()),
    }
}

/// Element text, sanitised and escaped by [`esc`].
pub(crate) fn text(value: &str) -> BytesText<'static> {
    BytesText::from_escaped(esc(value))
}

/// XML `NameChar`: GraphML ids are NMTOKENs, so other characters are replaced.
fn name_char(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '.' | '_' | ':' | '\u{B7}'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{203F}'..='\u{2040}' | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// Stable, unique, NMTOKEN-safe ids: each id with non-name characters
/// replaced by `_`; blanks become `{prefix}{position}`; later duplicates get
/// `-2`, `-3`, … in order, so the result depends only on the input order.
pub(crate) fn unique_ids<'a>(ids: impl IntoIterator<Item = &'a str>, prefix: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        let base: String = id
            .chars()
            .map(|c| if name_char(c) { c } else { '_' })
            .collect();
        let base = if base.is_empty() {
            format!("{prefix}{i}")
        } else {
            base
        };
        let mut cand = base.clone();
        let mut k = 2;
        while !seen.insert(cand.clone()) {
            cand = format!("{base}-{k}");
            k += 1;
        }
        out.push(cand);
    }
    out
}

/// Declared type of an attribute column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttrType {
    Str,
    /// Fits in 32 bits (Gephi reads `int`/`integer` as a Java int).
    Int,
    Long,
    Double,
    Bool,
}

impl AttrType {
    fn of(v: &AttrValue) -> AttrType {
        match v {
            AttrValue::Str(_) => AttrType::Str,
            AttrValue::Int(i) if i32::try_from(*i).is_ok() => AttrType::Int,
            AttrValue::Int(_) => AttrType::Long,
            AttrValue::Double(_) => AttrType::Double,
            AttrValue::Bool(_) => AttrType::Bool,
        }
    }

    /// Same type stays; int widens to long; any other mix falls back to string.
    fn merge(self, other: AttrType) -> AttrType {
        use AttrType::*;
        match (self, other) {
            (a, b) if a == b => a,
            (Int | Long, Int | Long) => Long,
            _ => Str,
        }
    }

    pub(crate) fn graphml(self) -> &'static str {
        match self {
            AttrType::Str => "string",
            AttrType::Int => "int",
            AttrType::Long => "long",
            AttrType::Double => "double",
            AttrType::Bool => "boolean",
        }
    }

    pub(crate) fn gexf(self) -> &'static str {
        match self {
            AttrType::Int => "integer",
            t => t.graphml(),
        }
    }
}

/// Attribute value as text; `None` for NaN/inf, which no format can carry
/// portably, so they are written as missing.
fn value_text(v: &AttrValue) -> Option<String> {
    match v {
        AttrValue::Str(s) => Some(s.clone()),
        AttrValue::Int(i) => Some(i.to_string()),
        AttrValue::Double(d) if d.is_finite() => Some(d.to_string()),
        AttrValue::Double(_) => None,
        AttrValue::Bool(b) => Some(b.to_string()),
    }
}

/// The union of user attributes of one element class, in first-seen order.
pub(crate) struct Schema {
    /// (attribute name as written, type)
    pub keys: Vec<(String, AttrType)>,
    pos: HashMap<String, usize>,
    reserved: Vec<&'static str>,
}

impl Schema {
    /// `reserved` are the writer's built-in column names; a user attribute
    /// with such a name is written as `attr_<name>` so columns never clash.
    pub fn build<'a>(
        reserved: &[&'static str],
        items: impl IntoIterator<Item = &'a [(String, AttrValue)]>,
    ) -> Schema {
        let mut s = Schema::new(reserved);
        for attrs in items {
            s.add(attrs);
        }
        s
    }

    /// An empty schema; [`Schema::add`] each element's attributes in order.
    pub fn new(reserved: &[&'static str]) -> Schema {
        Schema {
            keys: Vec::new(),
            pos: HashMap::new(),
            reserved: reserved.to_vec(),
        }
    }

    /// Adds one element's attributes: a new name becomes the next key, a known one
    /// widens its key's type.
    pub fn add(&mut self, attrs: &[(String, AttrValue)]) {
        for (name, v) in attrs {
            let name = self.out_name(name);
            let ty = AttrType::of(v);
            match self.pos.get(name.as_ref()) {
                Some(&i) => self.keys[i].1 = self.keys[i].1.merge(ty),
                None => {
                    self.pos.insert(name.to_string(), self.keys.len());
                    self.keys.push((name.into_owned(), ty));
                }
            }
        }
    }

    fn out_name<'n>(&self, name: &'n str) -> Cow<'n, str> {
        if self.reserved.iter().any(|r| r.eq_ignore_ascii_case(name)) {
            Cow::Owned(format!("attr_{name}"))
        } else {
            Cow::Borrowed(name)
        }
    }

    /// (key position, text) for one element, in key order; the first value
    /// wins when an element repeats a name.
    pub fn values(&self, attrs: &[(String, AttrValue)]) -> Vec<(usize, String)> {
        let mut vals: Vec<Option<Option<String>>> = vec![None; self.keys.len()];
        for (name, v) in attrs {
            if let Some(&i) = self.pos.get(self.out_name(name).as_ref()) {
                vals[i].get_or_insert_with(|| value_text(v));
            }
        }
        vals.into_iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i, v.flatten()?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_positive_finite_java_floats() {
        assert_eq!(export_weight(0.0), MIN_WEIGHT);
        assert_eq!(export_weight(-3.0), MIN_WEIGHT);
        assert_eq!(export_weight(f64::NAN), MIN_WEIGHT);
        assert_eq!(export_weight(f64::INFINITY), f32::MAX as f64);
        assert_eq!(export_weight(2.5), 2.5);
        assert!((export_weight(0.0) as f32) > 0.0);
    }

    #[test]
    fn esc_drops_invalid_chars_and_escapes() {
        assert_eq!(esc("a\u{0}b\u{1F}c\u{FFFE}\u{FFFF}d"), "abcd");
        assert_eq!(
            esc("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(esc("t\tn\nr\r"), "t&#9;n&#10;r&#13;");
        assert_eq!(
            esc("Ünïcødé 日本 \u{7F}\u{1F600}"),
            "Ünïcødé 日本 \u{7F}\u{1F600}"
        );
    }

    #[test]
    fn ids_are_nmtokens_and_unique() {
        let ids = unique_ids(
            ["http://a/b#c", "http:__a_b_c", "", "x y", "x_y", "Zürich"],
            "n",
        );
        assert_eq!(
            ids,
            [
                "http:__a_b_c",
                "http:__a_b_c-2",
                "n2",
                "x_y",
                "x_y-2",
                "Zürich"
            ]
        );
    }
}

/// A small graph with every awkward case the writers must survive.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    pub const TRICKY: &str = "Tom \"T\" <&> O'Neil\u{1}";

    pub fn sample() -> ViewGraph {
        let mut g = ViewGraph::new("sample view", true);
        let tom = g.node("http://ex.org/tom", TRICKY, NodeType::Person);
        let acme = g.node(
            "http://ex.org/acme",
            "Acme & Sons\u{FFFF}",
            NodeType::from_label("organization"),
        );
        let paris = g.node("http://ex.org/paris", "Париж 巴黎", NodeType::Place);
        let lone = g.node("urn:x:lone", "", NodeType::Other);
        g.graph[tom].attrs = vec![
            ("mentions".into(), AttrValue::Int(3)),
            ("score".into(), AttrValue::Double(0.5)),
            ("mixed".into(), AttrValue::Int(1)),
            ("label".into(), AttrValue::Str("shadow".into())),
            (
                "X".into(),
                AttrValue::Str("Gephi would read this as a position".into()),
            ),
        ];
        g.graph[acme].attrs = vec![
            ("mentions".into(), AttrValue::Int(5_000_000_000)),
            ("mixed".into(), AttrValue::Str("x\ty".into())),
            ("public".into(), AttrValue::Bool(true)),
        ];
        g.graph[paris].attrs = vec![("score".into(), AttrValue::Double(f64::NAN))];
        g.graph[lone].attrs = vec![("public".into(), AttrValue::Bool(false))];
        let mut e = ViewEdge::new("rel/1", "works for", 1.5);
        e.attrs
            .push(("source".into(), AttrValue::Str("Reuters <wire>".into())));
        g.add_edge(tom, acme, e);
        g.add_edge(tom, acme, ViewEdge::new("rel/1", "employs", 2.0)); // duplicate id
        g.add_edge(tom, acme, ViewEdge::new("", "", 0.0)); // blank id, zero weight
        let mut e = ViewEdge::new("rel/3", "located in", f64::NAN);
        e.attrs.push(("confidence".into(), AttrValue::Double(0.9)));
        g.add_edge(acme, paris, e);
        g
    }

    /// A parsed element: name, unescaped attributes, unescaped text.
    #[derive(Debug)]
    pub struct El {
        pub name: String,
        pub attrs: Vec<(String, String)>,
        pub text: String,
    }

    impl El {
        pub fn get(&self, k: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
        }
    }

    /// Parses `xml` with quick-xml's reader (checking well-formedness) into a
    /// flat list of elements in document order.
    pub fn parse(xml: &[u8]) -> Vec<El> {
        use quick_xml::events::Event;
        let mut r = quick_xml::Reader::from_reader(xml);
        r.config_mut().check_end_names = true;
        let (mut out, mut open, mut raw) = (Vec::new(), Vec::new(), String::new());
        let mut buf = Vec::new();
        loop {
            let ev = r.read_event_into(&mut buf).expect("well-formed XML");
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let attrs = e
                        .attributes()
                        .map(|a| {
                            let a = a.expect("valid attribute");
                            (
                                String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                                a.unescape_value().unwrap().into_owned(),
                            )
                        })
                        .collect();
                    let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                    out.push(El {
                        name,
                        attrs,
                        text: String::new(),
                    });
                    if matches!(ev, Event::Start(_)) {
                        open.push(out.len() - 1);
                        raw.clear();
                    }
                }
                Event::Text(e) => raw.push_str(&e.decode().unwrap()),
                Event::GeneralRef(e) => raw.push_str(&format!("&{};", e.decode().unwrap())),
                Event::End(_) => {
                    let i = open.pop().expect("balanced");
                    out[i].text = quick_xml::escape::unescape(&raw)
                        .unwrap()
                        .trim()
                        .to_string();
                    raw.clear();
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        assert!(open.is_empty());
        out
    }
}
