//! The picture `write_svg` draws: the graph laid out on the canvas, then written part by part
//! (the canvas, edges, nodes, labels, legend), each part one group of elements.

use std::collections::HashMap;
use std::io::{self, Write};

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::super::{esc, export_size, export_weight, NodeType, ViewGraph};
use super::{fit, layout, HEIGHT, MAX_LABEL_CHARS, WIDTH};

fn radius(size: f64) -> f64 {
    (export_size(size).sqrt() * 2.0).clamp(3.0, 30.0)
}

fn rgb(t: NodeType) -> String {
    let (r, g, b) = t.rgb();
    format!("rgb({r},{g},{b})")
}

fn short(label: &str) -> String {
    if label.chars().count() > MAX_LABEL_CHARS {
        label
            .chars()
            .take(MAX_LABEL_CHARS - 1)
            .chain(['…'])
            .collect()
    } else {
        label.to_string()
    }
}

/// A view laid out on the canvas: what every part of the picture reads.
pub(super) struct Drawing<'g> {
    g: &'g ViewGraph,
    /// The graph's nodes in index order (the order of `xy` and `r`).
    nodes: Vec<NodeIndex>,
    /// Each edge's ends (positions in `nodes`) and weight, in the graph's edge order.
    edges: Vec<(usize, usize, f64)>,
    /// Each node's centre on the canvas.
    xy: Vec<(f64, f64)>,
    /// Each node's radius.
    r: Vec<f64>,
}

impl<'g> Drawing<'g> {
    /// Lays the view out: the nodes' positions from the edges between distinct nodes (a
    /// self-loop pulls nothing), fitted into the canvas, and each node's radius from its size.
    pub(super) fn lay_out(g: &'g ViewGraph) -> Self {
        let gr = &g.graph;
        let nodes: Vec<NodeIndex> = gr.node_indices().collect();
        let pos_of: HashMap<NodeIndex, usize> =
            nodes.iter().enumerate().map(|(i, &n)| (n, i)).collect();
        let edges: Vec<(usize, usize, f64)> = gr
            .edge_references()
            .map(|e| {
                (
                    pos_of[&e.source()],
                    pos_of[&e.target()],
                    export_weight(e.weight().weight),
                )
            })
            .collect();
        let pairs: Vec<(usize, usize)> = edges
            .iter()
            .filter(|e| e.0 != e.1)
            .map(|e| (e.0, e.1))
            .collect();
        let xy = fit(&layout(nodes.len(), &pairs));
        let r: Vec<f64> = nodes.iter().map(|&n| radius(gr[n].size)).collect();
        Drawing { g, nodes, edges, xy, r }
    }

    /// The XML declaration, the `<svg>` element with its size, the view's name as title, a
    /// white background, the arrowhead of a directed view, and a note when the view is empty
    /// (so an empty picture says why it is blank).
    pub(super) fn head(&self, out: &mut impl Write) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
        )?;
        writeln!(out, "<title>{}</title>", esc(&self.g.name))?;
        writeln!(
            out,
            r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
        )?;
        if self.g.directed {
            // userSpaceOnUse keeps arrowheads the same size whatever the stroke width.
            writeln!(
                out,
                r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888888"/></marker></defs>"##
            )?;
        }
        if self.nodes.is_empty() {
            writeln!(
                out,
                r##"<text x="{}" y="{}" text-anchor="middle" fill="#666666">(empty view)</text>"##,
                WIDTH / 2.0,
                HEIGHT / 2.0
            )?;
        }
        Ok(())
    }

    /// The edges as lines from rim to rim (drawn first, so nodes cover their ends), each
    /// with its label as title, wider for a heavier edge and with an arrowhead when the view
    /// is directed.
    pub(super) fn edges(&self, out: &mut impl Write) -> io::Result<()> {
        let (gr, xy, r) = (&self.g.graph, &self.xy, &self.r);
        let marker = if self.g.directed {
            r#" marker-end="url(#arrow)""#
        } else {
            ""
        };
        writeln!(out, r##"<g stroke="#888888" stroke-opacity="0.7">"##)?;
        for (e, &(s, t, weight)) in gr.edge_references().zip(&self.edges) {
            let ((x1, y1), (x2, y2)) = (xy[s], xy[t]);
            let len = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt();
            if s == t || len <= r[s] + r[t] {
                continue; // self-loops and overlapping nodes have no visible segment
            }
            // Trim to the circle rims so arrowheads aren't hidden under the target.
            let (ux, uy) = ((x2 - x1) / len, (y2 - y1) / len);
            let width = (0.5 + weight.sqrt()).min(6.0);
            writeln!(
                out,
                r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke-width="{width:.2}"{marker}><title>{}</title></line>"#,
                x1 + ux * r[s],
                y1 + uy * r[s],
                x2 - ux * (r[t] + 1.0),
                y2 - uy * (r[t] + 1.0),
                esc(&e.weight().label)
            )?;
        }
        writeln!(out, "</g>")
    }

    /// The nodes as circles coloured by type, each titled with its label and type (shown
    /// on hover).
    pub(super) fn nodes(&self, out: &mut impl Write) -> io::Result<()> {
        let gr = &self.g.graph;
        writeln!(out, r##"<g stroke="#ffffff" stroke-width="1">"##)?;
        for (i, &n) in self.nodes.iter().enumerate() {
            let v = &gr[n];
            let (x, y) = self.xy[i];
            let tip = format!("{} ({})", v.display_label(), v.node_type.as_str());
            writeln!(
                out,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{}"><title>{}</title></circle>"#,
                self.r[i],
                rgb(v.node_type),
                esc(&tip)
            )?;
        }
        writeln!(out, "</g>")
    }

    /// Each node's label (shortened), right of the node, or left of it where it would leave
    /// the canvas.
    pub(super) fn labels(&self, out: &mut impl Write) -> io::Result<()> {
        let gr = &self.g.graph;
        // A white halo (stroke painted under the fill) keeps labels readable over edges.
        writeln!(
            out,
            r##"<g fill="#222222" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">"##
        )?;
        for (i, &n) in self.nodes.iter().enumerate() {
            let (x, y) = self.xy[i];
            let label = short(gr[n].display_label());
            // Rough width at 12px; labels that would leave the canvas go left of the node.
            let right = x + self.r[i] + 3.0;
            let (lx, anchor) = if right + 7.0 * label.chars().count() as f64 > WIDTH - 5.0 {
                (x - self.r[i] - 3.0, "end")
            } else {
                (right, "start")
            };
            writeln!(
                out,
                r#"<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
                y + 4.0,
                esc(&label)
            )?;
        }
        writeln!(out, "</g>")
    }

    /// Legend: one row along the top margin (above every node), only the
    /// types that occur, in a fixed order.
    pub(super) fn legend(&self, out: &mut impl Write) -> io::Result<()> {
        let gr = &self.g.graph;
        let mut lx = 15.0;
        for t in NodeType::ALL
            .into_iter()
            .filter(|t| gr.node_weights().any(|n| n.node_type == *t))
        {
            writeln!(
                out,
                r#"<circle cx="{lx}" cy="21" r="6" fill="{}"/>"#,
                rgb(t)
            )?;
            writeln!(
                out,
                r#"<text x="{}" y="25" font-size="13">{}</text>"#,
                lx + 10.0,
                t.as_str()
            )?;
            lx += 30.0 + 8.0 * t.as_str().len() as f64;
        }
        Ok(())
    }
}
