//! A static SVG picture of a view, laid out with Fruchterman–Reingold.

use std::io::{self, BufWriter, Write};

use super::ViewGraph;

mod drawing;

use self::drawing::Drawing;

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

/// Writes a 1200×900 SVG: edges as lines (arrowheads when directed, width
/// from weight), nodes as circles coloured by type and sized by `size`,
/// labels beside the nodes, and a legend of the node types present.
pub fn write_svg<W: Write>(g: &ViewGraph, w: W) -> io::Result<()> {
    let d = Drawing::lay_out(g);
    let mut out = BufWriter::new(w);
    d.head(&mut out)?;
    d.edges(&mut out)?;
    d.nodes(&mut out)?;
    d.labels(&mut out)?;
    d.legend(&mut out)?;
    writeln!(out, "</svg>")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{parse, sample, TRICKY};
    use super::super::{NodeType, ViewGraph};
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
