//! GraphML writer (for Gephi, networkx, yEd, igraph, …).

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};

use petgraph::stable_graph::NodeIndex;
use quick_xml::events::{BytesDecl, Event};
use quick_xml::Writer;

use super::{attr, export_size, export_weight, text, unique_ids, EdgeStream, Schema, ViewGraph};

/// Built-in columns (name, type); key ids are `n_<name>` / `e_<name>`.
/// Gephi maps label, r/g/b, size and weight onto its own columns.
const NODE_KEYS: [(&str, &str); 6] = [
    ("label", "string"),
    ("type", "string"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
    ("size", "double"),
];
const EDGE_KEYS: [(&str, &str); 2] = [("label", "string"), ("weight", "double")];
/// Names Gephi's GraphML importer maps onto node/edge properties rather than
/// columns; user attributes named like this (or like a built-in) would be
/// misread, so they are written as `attr_<name>`.
const NODE_RESERVED: [&str; 13] = [
    "label", "type", "r", "g", "b", "size", "x", "y", "z", "xpos", "ypos", "d3", "id",
];
pub(crate) const EDGE_RESERVED: [&str; 10] = [
    "label",
    "weight",
    "edgelabel",
    "d7",
    "Edge Weight",
    "id",
    "edgeid",
    "r",
    "g",
    "b",
];

/// Writes `g` as GraphML 1.0. Nodes and edges are written in index order;
/// ids are the graph's ids made NMTOKEN-safe and unique (see `unique_ids`);
/// user attributes become typed keys `n_a<i>` / `e_a<i>` after the built-ins.
/// Weights are clamped to [`super::MIN_WEIGHT`]..=[`super::MAX_WEIGHT`];
/// NaN/inf attribute values are omitted.
pub fn write_graphml<W: Write>(g: &ViewGraph, w: W) -> io::Result<()> {
    let (eschema, mut edges) = super::held_edges(g, &EDGE_RESERVED);
    write_graphml_streamed(g, &eschema, &mut edges, w)
}

/// [`write_graphml`] of the nodes of `g` and of the edges `edges` visits (the edges of `g`
/// are not written): the same bytes as `write_graphml` of a graph holding those edges in
/// that order, when `eschema` is [`Schema::build`] over their attributes with
/// [`EDGE_RESERVED`] and their ids are unique NMTOKENs. Lets a view with millions of edges
/// be written without holding them.
pub(crate) fn write_graphml_streamed<W: Write>(g: &ViewGraph, eschema: &Schema, edges: &mut EdgeStream<'_>, w: W) -> io::Result<()> {
    let gr = &g.graph;
    let nodes: Vec<NodeIndex> = gr.node_indices().collect();
    let node_ids = unique_ids(nodes.iter().map(|&n| gr[n].id.as_str()), "n");
    let id_of: HashMap<NodeIndex, &str> = nodes
        .iter()
        .copied()
        .zip(node_ids.iter().map(String::as_str))
        .collect();
    let nschema = Schema::build(
        &NODE_RESERVED,
        nodes.iter().map(|&n| gr[n].attrs.as_slice()),
    );

    let mut xw = Writer::new_with_indent(BufWriter::new(w), b' ', 2);
    xw.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xw.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|xw| {
            // (id, for, attr.name, attr.type): built-ins first, then user attributes.
            let mut keys: Vec<(String, &str, &str, &str)> = Vec::new();
            for (class, p, builtins, schema) in [("node", 'n', &NODE_KEYS[..], &nschema), ("edge", 'e', &EDGE_KEYS[..], eschema)] {
                keys.extend(builtins.iter().map(|&(n, t)| (format!("{p}_{n}"), class, n, t)));
                keys.extend(schema.keys.iter().enumerate().map(|(i, (n, t))| (format!("{p}_a{i}"), class, n.as_str(), t.graphml())));
            }
            for (id, class, name, ty) in &keys {
                xw.create_element("key")
                    .with_attributes([attr("id", id), attr("for", class), attr("attr.name", name), attr("attr.type", ty)])
                    .write_empty()?;
            }
            let graph_id = unique_ids([g.name.as_str()], "G").remove(0);
            let edgedefault = if g.directed { "directed" } else { "undirected" };
            xw.create_element("graph")
                .with_attributes([attr("id", &graph_id), attr("edgedefault", edgedefault)])
                .write_inner_content(|xw| {
                    for (n, id) in nodes.iter().zip(&node_ids) {
                        let v = &gr[*n];
                        let (r, gg, b) = v.node_type.rgb();
                        let mut data = vec![
                            ("n_label".to_string(), v.display_label().to_string()),
                            ("n_type".into(), v.node_type.as_str().into()),
                            ("n_r".into(), r.to_string()),
                            ("n_g".into(), gg.to_string()),
                            ("n_b".into(), b.to_string()),
                            ("n_size".into(), export_size(v.size).to_string()),
                        ];
                        data.extend(nschema.values(&v.attrs).into_iter().map(|(i, t)| (format!("n_a{i}"), t)));
                        element(xw, "node", vec![attr("id", id)], &data)?;
                    }
                    edges(&mut |id, s, t, v| {
                        let mut data = vec![
                            ("e_label".to_string(), v.label.clone()),
                            ("e_weight".into(), export_weight(v.weight).to_string()),
                        ];
                        data.extend(eschema.values(&v.attrs).into_iter().map(|(i, t)| (format!("e_a{i}"), t)));
                        let attrs = vec![attr("id", id), attr("source", id_of[&s]), attr("target", id_of[&t])];
                        element(xw, "edge", attrs, &data)
                    })
                })?;
            Ok(())
        })?;
    let out = xw.get_mut();
    out.write_all(b"\n")?;
    out.flush()
}

/// One `<node>`/`<edge>` with its `<data key=…>` children.
fn element<W: Write>(
    xw: &mut Writer<W>,
    name: &str,
    attrs: Vec<quick_xml::events::attributes::Attribute<'_>>,
    data: &[(String, String)],
) -> io::Result<()> {
    xw.create_element(name)
        .with_attributes(attrs)
        .write_inner_content(|xw| {
            for (key, value) in data {
                xw.create_element("data")
                    .with_attribute(attr("key", key))
                    .write_text_content(text(value))?;
            }
            Ok(())
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{parse, sample, El};
    use super::*;
    use std::collections::HashSet;

    fn render(g: &ViewGraph) -> Vec<u8> {
        let mut out = Vec::new();
        write_graphml(g, &mut out).unwrap();
        out
    }

    #[test]
    fn parses_back_with_typed_keys() {
        let bytes = render(&sample());
        let els = parse(&bytes);
        assert_eq!(els[0].name, "graphml");
        assert_eq!(
            els[0].get("xmlns"),
            Some("http://graphml.graphdrawing.org/xmlns")
        );
        let keys: Vec<&El> = els.iter().filter(|e| e.name == "key").collect();
        let mut ids = HashSet::new();
        let mut by_name: HashMap<(String, String), String> = HashMap::new();
        for k in &keys {
            assert!(matches!(k.get("for"), Some("node" | "edge")));
            assert!(matches!(
                k.get("attr.type"),
                Some("string" | "int" | "long" | "double" | "boolean")
            ));
            assert!(
                ids.insert(k.get("id").unwrap().to_string()),
                "duplicate key id"
            );
            let name = (
                k.get("for").unwrap().to_string(),
                k.get("attr.name").unwrap().to_string(),
            );
            assert!(by_name
                .insert(name, k.get("attr.type").unwrap().to_string())
                .is_none());
        }
        let ty = |class: &str, name: &str| by_name[&(class.to_string(), name.to_string())].as_str();
        assert_eq!(ty("node", "r"), "int");
        assert_eq!(ty("node", "size"), "double");
        assert_eq!(ty("node", "mentions"), "long"); // 5e9 doesn't fit an int
        assert_eq!(ty("node", "mixed"), "string");
        assert_eq!(ty("node", "public"), "boolean");
        assert_eq!(ty("node", "attr_label"), "string"); // renamed, no clash with label
        assert_eq!(ty("node", "attr_X"), "string"); // Gephi reads "x" as a position
        assert_eq!(ty("edge", "weight"), "double");
        assert_eq!(ty("edge", "confidence"), "double");

        let graph = els.iter().find(|e| e.name == "graph").unwrap();
        assert_eq!(graph.get("edgedefault"), Some("directed"));
        assert_eq!(els.iter().filter(|e| e.name == "node").count(), 4);
        let edges: Vec<&El> = els.iter().filter(|e| e.name == "edge").collect();
        assert_eq!(edges.len(), 4);
        let edge_ids: HashSet<&str> = edges.iter().map(|e| e.get("id").unwrap()).collect();
        assert_eq!(edge_ids.len(), 4, "edge ids must be unique");
        assert_eq!(edges[0].get("source"), Some("http:__ex.org_tom"));

        // Labels round-trip exactly, minus the control char; no weight is 0.
        let data = |key: &'static str| {
            els.iter()
                .filter(move |e| e.name == "data" && e.get("key") == Some(key))
        };
        let labels: Vec<&str> = data("n_label").map(|e| e.text.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Tom \"T\" <&> O'Neil",
                "Acme & Sons",
                "Париж 巴黎",
                "urn:x:lone"
            ]
        );
        for w in data("e_weight") {
            let w: f64 = w.text.parse().unwrap();
            assert!(w > 0.0 && w.is_finite(), "weight {w}");
        }
        // NaN attribute is omitted rather than written.
        assert_eq!(data("n_a1").count(), 1);
        assert!(data("n_a2").any(|e| e.text == "x\ty"));
    }

    #[test]
    fn sanitised_and_escaped() {
        let bytes = render(&sample());
        let s = String::from_utf8(bytes).unwrap();
        assert!(!s.contains('\u{1}') && !s.contains('\u{FFFF}'));
        assert!(s.contains("Tom &quot;T&quot; &lt;&amp;&gt; O&apos;Neil"));
        assert!(s.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    #[test]
    fn deterministic() {
        assert_eq!(render(&sample()), render(&sample()));
        assert_eq!(render(&sample().aggregate()), render(&sample().aggregate()));
    }

    #[test]
    fn empty_and_undirected() {
        let g = ViewGraph::new("", false);
        let els = parse(&render(&g));
        let graph = els.iter().find(|e| e.name == "graph").unwrap();
        assert_eq!(graph.get("edgedefault"), Some("undirected"));
        assert_eq!(graph.get("id"), Some("G0"));
        assert!(!els.iter().any(|e| e.name == "node"));
    }
}
