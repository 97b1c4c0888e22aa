//! GEXF 1.3 writer (Gephi's native format; networkx reads it too).

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};

use petgraph::stable_graph::NodeIndex;
use quick_xml::events::{BytesDecl, Event};
use quick_xml::Writer;

use super::{attr, export_size, export_weight, text, unique_ids, EdgeStream, Schema, ViewGraph};

/// Writes `g` as GEXF 1.3 (static graph). Node label, colour and size use the
/// native GEXF/viz fields; the node type is attribute `n_type`, user
/// attributes are `n_a<i>` / `e_a<i>` (names shadowing `label`, `type` or
/// `weight` are written as `attr_<name>`). Ids are made unique exactly as in
/// GraphML, so both exports agree. Weights are clamped to
/// [`super::MIN_WEIGHT`]..=[`super::MAX_WEIGHT`]; NaN/inf attribute values are omitted.
pub fn write_gexf<W: Write>(g: &ViewGraph, w: W) -> io::Result<()> {
    let (eschema, mut edges) = super::held_edges(g, &EDGE_RESERVED);
    write_gexf_streamed(g, &eschema, &mut edges, w)
}

/// Names a user edge attribute may not take (written as `attr_<name>`).
pub(crate) const EDGE_RESERVED: [&str; 2] = ["label", "weight"];

/// [`write_gexf`] of the nodes of `g` and of the edges `edges` visits, as
/// `graphml::write_graphml_streamed` (same contract, with this module's [`EDGE_RESERVED`]).
pub(crate) fn write_gexf_streamed<W: Write>(g: &ViewGraph, eschema: &Schema, edges: &mut EdgeStream<'_>, w: W) -> io::Result<()> {
    let gr = &g.graph;
    let nodes: Vec<NodeIndex> = gr.node_indices().collect();
    let node_ids = unique_ids(nodes.iter().map(|&n| gr[n].id.as_str()), "n");
    let id_of: HashMap<NodeIndex, &str> = nodes
        .iter()
        .copied()
        .zip(node_ids.iter().map(String::as_str))
        .collect();
    let nschema = Schema::build(
        &["label", "type"],
        nodes.iter().map(|&n| gr[n].attrs.as_slice()),
    );

    let mut xw = Writer::new_with_indent(BufWriter::new(w), b' ', 2);
    xw.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xw.create_element("gexf")
        .with_attributes([
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ])
        .write_inner_content(|xw| {
            // No lastmodifieddate: it would break byte-for-byte determinism.
            xw.create_element("meta").write_inner_content(|xw| {
                xw.create_element("creator")
                    .write_text_content(text("newsgraph"))?;
                xw.create_element("description")
                    .write_text_content(text(&g.name))?;
                Ok(())
            })?;
            let edgetype = if g.directed { "directed" } else { "undirected" };
            xw.create_element("graph")
                .with_attributes([("defaultedgetype", edgetype), ("mode", "static")])
                .write_inner_content(|xw| {
                    let node_decls = std::iter::once(("n_type".to_string(), "type", "string"))
                        .chain(
                            nschema
                                .keys
                                .iter()
                                .enumerate()
                                .map(|(i, (n, t))| (format!("n_a{i}"), n.as_str(), t.gexf())),
                        );
                    declare(xw, "node", node_decls.collect())?;
                    let edge_decls = eschema
                        .keys
                        .iter()
                        .enumerate()
                        .map(|(i, (n, t))| (format!("e_a{i}"), n.as_str(), t.gexf()));
                    declare(xw, "edge", edge_decls.collect())?;

                    xw.create_element("nodes").write_inner_content(|xw| {
                        for (n, id) in nodes.iter().zip(&node_ids) {
                            let v = &gr[*n];
                            let mut vals =
                                vec![("n_type".to_string(), v.node_type.as_str().to_string())];
                            vals.extend(
                                nschema
                                    .values(&v.attrs)
                                    .into_iter()
                                    .map(|(i, t)| (format!("n_a{i}"), t)),
                            );
                            let (r, gg, b) = v.node_type.rgb();
                            xw.create_element("node")
                                .with_attributes([attr("id", id), attr("label", v.display_label())])
                                .write_inner_content(|xw| {
                                    attvalues(xw, &vals)?;
                                    xw.create_element("viz:color")
                                        .with_attributes([
                                            ("r", r.to_string().as_str()),
                                            ("g", &gg.to_string()),
                                            ("b", &b.to_string()),
                                        ])
                                        .write_empty()?;
                                    xw.create_element("viz:size")
                                        .with_attribute((
                                            "value",
                                            export_size(v.size).to_string().as_str(),
                                        ))
                                        .write_empty()?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;

                    xw.create_element("edges").write_inner_content(|xw| {
                        edges(&mut |id, s, t, v| {
                            let vals: Vec<(String, String)> = eschema
                                .values(&v.attrs)
                                .into_iter()
                                .map(|(i, t)| (format!("e_a{i}"), t))
                                .collect();
                            let el = xw.create_element("edge").with_attributes([
                                attr("id", id),
                                attr("source", id_of[&s]),
                                attr("target", id_of[&t]),
                                attr("label", &v.label),
                                attr("weight", &export_weight(v.weight).to_string()),
                            ]);
                            if vals.is_empty() {
                                el.write_empty()?;
                            } else {
                                el.write_inner_content(|xw| attvalues(xw, &vals))?;
                            }
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    let out = xw.get_mut();
    out.write_all(b"\n")?;
    out.flush()
}

/// `<attributes class=…>` with one `<attribute id title type/>` per column.
fn declare<W: Write>(
    xw: &mut Writer<W>,
    class: &str,
    decls: Vec<(String, &str, &str)>,
) -> io::Result<()> {
    xw.create_element("attributes")
        .with_attributes([("class", class), ("mode", "static")])
        .write_inner_content(|xw| {
            for (id, title, ty) in &decls {
                xw.create_element("attribute")
                    .with_attributes([attr("id", id), attr("title", title), attr("type", ty)])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn attvalues<W: Write>(xw: &mut Writer<W>, vals: &[(String, String)]) -> io::Result<()> {
    xw.create_element("attvalues").write_inner_content(|xw| {
        for (key, value) in vals {
            xw.create_element("attvalue")
                .with_attributes([attr("for", key), attr("value", value)])
                .write_empty()?;
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
        write_gexf(g, &mut out).unwrap();
        out
    }

    #[test]
    fn parses_back_with_declared_attributes() {
        let els = parse(&render(&sample()));
        assert_eq!(els[0].name, "gexf");
        assert_eq!(els[0].get("xmlns"), Some("http://gexf.net/1.3"));
        assert_eq!(els[0].get("version"), Some("1.3"));
        let graph = els.iter().find(|e| e.name == "graph").unwrap();
        assert_eq!(graph.get("defaultedgetype"), Some("directed"));
        let classes: Vec<&str> = els
            .iter()
            .filter(|e| e.name == "attributes")
            .filter_map(|e| e.get("class"))
            .collect();
        assert_eq!(classes, ["node", "edge"]);
        let mut declared = HashSet::new();
        for a in els.iter().filter(|e| e.name == "attribute") {
            assert!(matches!(
                a.get("type"),
                Some("string" | "integer" | "long" | "double" | "boolean")
            ));
            assert!(
                declared.insert(a.get("id").unwrap().to_string()),
                "duplicate attribute id"
            );
        }
        let title_type = |t: &str| {
            let a = els
                .iter()
                .find(|e| e.name == "attribute" && e.get("title") == Some(t))
                .unwrap();
            a.get("type").unwrap().to_string()
        };
        assert_eq!(title_type("mentions"), "long");
        assert_eq!(title_type("score"), "double");
        assert_eq!(title_type("mixed"), "string");
        assert_eq!(title_type("attr_label"), "string");
        assert_eq!(title_type("public"), "boolean");
        assert_eq!(title_type("confidence"), "double");
        assert!(els
            .iter()
            .filter(|e| e.name == "attvalue")
            .all(|v| declared.contains(v.get("for").unwrap())));

        let nodes: Vec<&El> = els.iter().filter(|e| e.name == "node").collect();
        let labels: Vec<&str> = nodes.iter().map(|n| n.get("label").unwrap()).collect();
        assert_eq!(
            labels,
            [
                "Tom \"T\" <&> O'Neil",
                "Acme & Sons",
                "Париж 巴黎",
                "urn:x:lone"
            ]
        );
        assert_eq!(els.iter().filter(|e| e.name == "viz:color").count(), 4);
        assert_eq!(els.iter().filter(|e| e.name == "viz:size").count(), 4);
        let mixed = els
            .iter()
            .find(|e| e.name == "attvalue" && e.get("value") == Some("x\ty"));
        assert!(mixed.is_some(), "tab survives attribute normalisation");

        let edges: Vec<&El> = els.iter().filter(|e| e.name == "edge").collect();
        assert_eq!(edges.len(), 4);
        assert_eq!(
            edges
                .iter()
                .map(|e| e.get("id").unwrap())
                .collect::<HashSet<_>>()
                .len(),
            4
        );
        for e in &edges {
            let w: f64 = e.get("weight").unwrap().parse().unwrap();
            assert!(w > 0.0 && w.is_finite());
            let ids: HashSet<&str> = nodes.iter().map(|n| n.get("id").unwrap()).collect();
            assert!(
                ids.contains(e.get("source").unwrap()) && ids.contains(e.get("target").unwrap())
            );
        }
    }

    #[test]
    fn sanitised_and_deterministic() {
        let a = render(&sample());
        assert_eq!(a, render(&sample()));
        let s = String::from_utf8(a).unwrap();
        assert!(!s.contains('\u{1}') && !s.contains('\u{FFFF}'));
        assert!(s.contains("label=\"Tom &quot;T&quot; &lt;&amp;&gt; O&apos;Neil\""));
        let agg = sample().aggregate();
        assert_eq!(render(&agg), render(&agg.clone()));
    }

    #[test]
    fn empty_undirected() {
        let els = parse(&render(&ViewGraph::new("", false)));
        let graph = els.iter().find(|e| e.name == "graph").unwrap();
        assert_eq!(graph.get("defaultedgetype"), Some("undirected"));
        assert!(!els.iter().any(|e| e.name == "node" || e.name == "edge"));
    }
}
