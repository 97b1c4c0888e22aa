//! A static SVG picture of a view, laid out with Fruchterman–Reingold.

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::{esc, export_size, export_weight, NodeType, ViewGraph};

const WIDTH: f64 = 1200.0;
const HEIGHT: f64 = 900.0;
const MARGIN: f64 = 90.0;
/// Layout is O(n²) per iteration: big graphs get fewer iterations, always at
/// least `MIN_ITERS`, so the output is still a pure function of the graph.
const MAX_ITERS: usize = 300;
const MIN_ITERS: usize = 30;
const PAIR_BUDGET: usize = 20_000_000;
const MAX_LABEL_CHARS: usize = 40;

/// Positions in the unit square, one per node in index order. Deterministic:
/// nodes start on a circle by index and no randomness is involved.
fn layout(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n < 2 {
        return vec![(0.5, 0.5); n];
    }
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64;
            (0.5 + 0.4 * a.cos(), 0.5 + 0.4 * a.sin())
        })
        .collect();
    let k = (1.0 / n as f64).sqrt(); // ideal edge length for a unit area
    let iters = (PAIR_BUDGET / (n * n)).clamp(MIN_ITERS, MAX_ITERS);
    for it in 0..iters {
        let temp = 0.1 * (1.0 - it as f64 / iters as f64); // linear cooling
        let mut disp = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-9);
                let f = k * k / d2; // repulsion k²/d, times the unit vector (dx,dy)/d
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(s, t) in edges {
            let (dx, dy) = (pos[s].0 - pos[t].0, pos[s].1 - pos[t].1);
            let f = (dx * dx + dy * dy).sqrt() / k; // attraction d²/k, times (dx,dy)/d
            disp[s].0 -= dx * f;
            disp[s].1 -= dy * f;
            disp[t].0 += dx * f;
            disp[t].1 += dy * f;
        }
        for (p, d) in pos.iter_mut().zip(&mut disp) {
            // Mild gravity keeps disconnected parts from drifting apart.
            d.0 -= (p.0 - 0.5) * k * 2.0;
            d.1 -= (p.1 - 0.5) * k * 2.0;
            let len = (d.0 * d.0 + d.1 * d.1).sqrt().max(1e-12);
            let step = len.min(temp);
            p.0 += d.0 / len * step;
            p.1 += d.1 / len * step;
        }
    }
    pos
}

/// Fits unit-square positions into the canvas margins (each axis stretched).
fn fit(pos: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let span = |f: fn(&(f64, f64)) -> f64| {
        let (lo, hi) = pos
            .iter()
            .map(f)
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        (lo, (hi - lo).max(1e-9))
    };
    let ((x0, xs), (y0, ys)) = (span(|p| p.0), span(|p| p.1));
    let scale = |v: f64, lo: f64, s: f64, size: f64| {
        if s < 1e-6 {
            size / 2.0 // everything on one spot: centre it
        } else {
            MARGIN + (v - lo) / s * (size - 2.0 * MARGIN)
        }
    };
    pos.iter()
        .map(|&(x, y)| (scale(x, x0, xs, WIDTH), scale(y, y0, ys, HEIGHT)))
        .collect()
}

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

/// Writes a 1200×900 SVG: edges as lines (arrowheads when directed, width
/// from weight), nodes as circles coloured by type and sized by `size`,
/// labels beside the nodes, and a legend of the node types present.
pub fn write_svg<W: Write>(g: &ViewGraph, w: W) -> io::Result<()> {
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

    let mut out = BufWriter::new(w);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
    )?;
    writeln!(out, "<title>{}</title>", esc(&g.name))?;
    writeln!(
        out,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    )?;
    if g.directed {
        // userSpaceOnUse keeps arrowheads the same size whatever the stroke width.
        writeln!(
            out,
            r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888888"/></marker></defs>"##
        )?;
    }
    if nodes.is_empty() {
        writeln!(
            out,
            r##"<text x="{}" y="{}" text-anchor="middle" fill="#666666">(empty view)</text>"##,
            WIDTH / 2.0,
            HEIGHT / 2.0
        )?;
    }

    let marker = if g.directed {
        r#" marker-end="url(#arrow)""#
    } else {
        ""
    };
    writeln!(out, r##"<g stroke="#888888" stroke-opacity="0.7">"##)?;
    for (e, &(s, t, weight)) in gr.edge_references().zip(&edges) {
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
    writeln!(out, "</g>")?;

    writeln!(out, r##"<g stroke="#ffffff" stroke-width="1">"##)?;
    for (i, &n) in nodes.iter().enumerate() {
        let v = &gr[n];
        let (x, y) = xy[i];
        let tip = format!("{} ({})", v.display_label(), v.node_type.as_str());
        writeln!(
            out,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{}"><title>{}</title></circle>"#,
            r[i],
            rgb(v.node_type),
            esc(&tip)
        )?;
    }
    writeln!(out, "</g>")?;

    // A white halo (stroke painted under the fill) keeps labels readable over edges.
    writeln!(
        out,
        r##"<g fill="#222222" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">"##
    )?;
    for (i, &n) in nodes.iter().enumerate() {
        let (x, y) = xy[i];
        let label = short(gr[n].display_label());
        // Rough width at 12px; labels that would leave the canvas go left of the node.
        let right = x + r[i] + 3.0;
        let (lx, anchor) = if right + 7.0 * label.chars().count() as f64 > WIDTH - 5.0 {
            (x - r[i] - 3.0, "end")
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
    writeln!(out, "</g>")?;

    // Legend: one row along the top margin (above every node), only the
    // types that occur, in a fixed order.
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
    writeln!(out, "</svg>")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{parse, sample, TRICKY};
    use super::super::ViewGraph;
    use super::*;

    fn render(g: &ViewGraph) -> Vec<u8> {
        let mut out = Vec::new();
        write_svg(g, &mut out).unwrap();
        out
    }

    #[test]
    fn draws_every_node_within_the_canvas() {
        let g = sample();
        let bytes = render(&g);
        let els = parse(&bytes);
        assert_eq!(els[0].name, "svg");
        let circles: Vec<_> = els
            .iter()
            .filter(|e| e.name == "circle" && e.get("fill").is_some_and(|f| f.starts_with("rgb")))
            .collect();
        // 4 nodes + 4 legend entries (Person, Organization, Place, Other).
        assert_eq!(circles.len(), 8);
        for c in &circles {
            let (x, y): (f64, f64) = (
                c.get("cx").unwrap().parse().unwrap(),
                c.get("cy").unwrap().parse().unwrap(),
            );
            assert!((0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y));
        }
        assert_eq!(els.iter().filter(|e| e.name == "line").count(), 4);
        assert!(els.iter().any(|e| e.name == "marker"));
        let clean = TRICKY.replace('\u{1}', "");
        assert!(els.iter().any(|e| e.name == "text" && e.text == clean));
        assert!(!bytes.contains(&1u8));
    }

    #[test]
    fn deterministic_and_degenerate_sizes() {
        assert_eq!(render(&sample()), render(&sample()));
        let empty = parse(&render(&ViewGraph::new("none", false)));
        assert!(!empty.iter().any(|e| e.name == "circle"));
        let mut one = ViewGraph::new("one", false);
        one.node("a", "Alone", NodeType::Country);
        let els = parse(&render(&one));
        let c = els.iter().find(|e| e.name == "circle").unwrap();
        assert_eq!((c.get("cx"), c.get("cy")), (Some("600.0"), Some("450.0")));
        assert!(!els.iter().any(|e| e.name == "marker"));
    }

    #[test]
    fn layout_separates_nodes() {
        let pos = layout(6, &[(0, 1), (1, 2), (2, 0), (3, 4)]);
        for i in 0..6 {
            for j in i + 1..6 {
                let d = ((pos[i].0 - pos[j].0).powi(2) + (pos[i].1 - pos[j].1).powi(2)).sqrt();
                assert!(d > 0.01, "nodes {i} and {j} overlap");
            }
        }
    }
}
