//! Graph views: a SPARQL query (built in under `ontology/views/`, or the user's own `.rq`)
//! whose rows are edges, built into a petgraph graph and written as GraphML, GEXF or SVG.

use super::csv_views;
use super::graph::{gexf, graphml, write_gexf, write_graphml, write_svg, AttrValue, EdgeVisit, NodeType, Schema, ViewEdge, ViewGraph, DEFAULT_NODE_SIZE};
use super::spill::{self, Cell, Row, Spill};
use crate::store::Backend;
use anyhow::{anyhow, bail, Context, Result};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::stable_graph::NodeIndex;
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub const BUILT_IN: &[(&str, &str, bool)] = &[
    ("said-about", include_str!("../../ontology/views/said-about.rq"), true),
    ("demands", include_str!("../../ontology/views/demands.rq"), true),
    ("roles", include_str!("../../ontology/views/roles.rq"), true),
    ("mentions", include_str!("../../ontology/views/mentions.rq"), false),
    ("places", include_str!("../../ontology/views/places.rq"), true),
];

/// The query text of a view given by built-in name or `.rq` path, and whether it is directed.
pub fn resolve_view(view: &str) -> Result<(String, String, bool)> {
    if let Some((name, q, d)) = BUILT_IN.iter().find(|(n, _, _)| *n == view || view == format!("{n}-weighted")) {
        return Ok((if view.ends_with("-weighted") { view.to_string() } else { name.to_string() }, q.to_string(), *d));
    }
    let p = Path::new(view);
    if p.extension().is_some_and(|e| e == "rq") {
        let q = std::fs::read_to_string(p).with_context(|| format!("cannot read view {}", p.display()))?;
        let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("view").to_string();
        return Ok((name, q, true));
    }
    let names: Vec<&str> = BUILT_IN.iter().map(|(n, _, _)| *n).collect();
    bail!("unknown view {view:?}: use one of {} (add -weighted for one edge per pair), or a .rq file", names.join(", "))
}

fn value(t: &Term) -> AttrValue {
    match t {
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            if dt.ends_with("#integer") || dt.ends_with("#int") || dt.ends_with("#long") {
                l.value().parse().map(AttrValue::Int).unwrap_or_else(|_| AttrValue::Str(l.value().into()))
            } else if dt.ends_with("#decimal") || dt.ends_with("#double") || dt.ends_with("#float") {
                l.value().parse().map(AttrValue::Double).unwrap_or_else(|_| AttrValue::Str(l.value().into()))
            } else if dt.ends_with("#boolean") {
                AttrValue::Bool(l.value() == "true")
            } else {
                AttrValue::Str(l.value().into())
            }
        }
        Term::NamedNode(n) => AttrValue::Str(n.as_str().into()),
        other => AttrValue::Str(other.to_string()),
    }
}

fn text(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(o) => o.to_string(),
        None => String::new(),
    }
}

/// The two sub-SELECTs by which a built-in view reads the names and types of its edges'
/// ends from the entities graph. A view that has both, runs per article graph (`GRAPH ?g`)
/// and does not group, is run per batch of articles on the embedded store without them: the
/// names and types are read once ([`entity_names`]) and joined here. Run with each batch,
/// they re-read every entity of the store per batch (the eleventh session's batched
/// said-about: 1.8-2.6x the CPU).
const SOURCE_ENTITY: &str = r#"  { SELECT ?source ?source_label ?source_type WHERE {
      GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?source schema:name ?source_label ; a ?sc }
      BIND(STRAFTER(STR(?sc), "http://schema.org/") AS ?source_type) } }
"#;
const TARGET_ENTITY: &str = r#"  { SELECT ?target ?target_label ?target_type WHERE {
      GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?target schema:name ?target_label ; a ?tc }
      BIND(STRAFTER(STR(?tc), "http://schema.org/") AS ?target_type) } }
"#;

/// The built-in views run per batch of articles on the embedded store (with or without
/// `-weighted`). Per batch, each property costs a seek per article graph (Oxigraph opens an
/// iterator for each graph of the batch's VALUES), a fixed cost per article that pays where
/// a view has many rows per article: said-about (~20 edges an article; peak 2.1 GB -> 0.33 GB
/// at 30,000 bench articles, CPU ~0.9x) and roles (~5; 0.41 -> 0.30 GB, 1.45x). Demands
/// (~2) ran at 2x the CPU for the same peak at 30,000 articles, so it runs whole. Mentions
/// counts the articles of each pair of actors per batch and sums them here. Places reads
/// the entities graph in a branch of its own and runs whole.
pub const PER_BATCH: &[&str] = &["said-about", "roles", "mentions"];

/// The view without its entity sub-SELECTs, when it can run per batch of articles (see
/// [`SOURCE_ENTITY`]). Its SELECT still projects the names and types (unbound). A view that
/// groups runs per batch only when it counts articles per pair of ends, `(COUNT(?g) AS
/// ?weight)` grouped by the ends (mentions): each article is in one batch, so the counts of
/// the batches add up ([`Split::counted`]).
pub fn per_article(query: &str) -> Option<Split> {
    if !query.contains(SOURCE_ENTITY) || !query.contains(TARGET_ENTITY) || !query.contains("GRAPH ?g {") {
        return None;
    }
    let counted = query.contains("GROUP BY");
    if counted && !query.contains("(COUNT(?g) AS ?weight)") {
        return None;
    }
    Some(Split { query: query.replace(SOURCE_ENTITY, "").replace(TARGET_ENTITY, ""), counted })
}

/// A view's query as it runs per batch of articles.
pub struct Split {
    pub query: String,
    /// Rows are pairs of ends with a count of articles, summed over the batches.
    pub counted: bool,
}

/// Every entity's names and types (the rows the entity sub-SELECTs give), by IRI. Names and
/// types are read by a sub-SELECT each and joined by hash (half the CPU of one group).
fn entity_names(store: &Backend) -> Result<HashMap<String, Vec<(String, String)>>> {
    let q = r#"PREFIX schema: <http://schema.org/>
SELECT ?e ?name ?type WHERE {
  { SELECT ?e ?name WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?e schema:name ?name } } }
  { SELECT ?e ?c WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?e a ?c } } }
  BIND(STRAFTER(STR(?c), "http://schema.org/") AS ?type) }"#;
    let mut out: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for r in store.select(q)? {
        out.entry(text(r[0].as_ref())).or_default().push((text(r[1].as_ref()), text(r[2].as_ref())));
    }
    Ok(out)
}

/// The columns a view's edge and its ends are made of (in the order of `ViewRows::pos`);
/// every other column is an attribute of the edge.
const ENDS_AND_EDGE: [&str; 8] = ["source", "source_label", "source_type", "target", "target_label", "target_type", "label", "weight"];

/// Column kinds in a sorted row (see `spill`): how the exporter reads the value back.
const UNBOUND: u8 = 0;
const STR: u8 = 1;
const INT: u8 = 2;
const DOUBLE: u8 = 3;
const BOOL: u8 = 4;

fn cell(t: Option<&Term>) -> Cell {
    let Some(t) = t else { return Cell { kind: UNBOUND, text: String::new() } };
    let kind = match value(t) {
        AttrValue::Str(_) => STR,
        AttrValue::Int(_) => INT,
        AttrValue::Double(_) => DOUBLE,
        AttrValue::Bool(_) => BOOL,
    };
    Cell { kind, text: text(Some(t)) }
}

/// The value [`value`] gave for the term the cell was made of.
fn cell_value(c: &Cell) -> Option<AttrValue> {
    Some(match c.kind {
        UNBOUND => return None,
        INT => AttrValue::Int(c.text.parse().ok()?),
        DOUBLE => AttrValue::Double(c.text.parse().ok()?),
        BOOL => AttrValue::Bool(c.text == "true"),
        _ => AttrValue::Str(c.text.clone()),
    })
}

/// A view's rows, sorted by every column left to right (text, then kind), so that files
/// are the same on every run whatever order the store answers in (far cheaper than an
/// ORDER BY, which the store evaluates by reading the strings of long terms back at each
/// comparison). The rows are sorted by [`Spill`]: in memory up to its budget, by runs on
/// disk beyond, so a view of millions of edges does not hold them.
pub struct ViewRows {
    pub name: String,
    pub directed: bool,
    pub weighted: bool,
    vars: Vec<String>,
    rows: Spill,
    /// Queries run (one per batch of articles, or one).
    queries: usize,
    /// Positions of source, source_label, source_type, target, target_label, target_type, label, weight.
    pos: [Option<usize>; 8],
}

/// Runs a view: per batch of [`csv_views::BATCH`] articles when it is one of [`PER_BATCH`]
/// (see [`per_article`]).
pub fn collect(store: &Backend, view: &str) -> Result<ViewRows> {
    collect_with(store, view, Some(csv_views::BATCH), spill::BUDGET)
}

/// [`collect`] with `batch` articles per query (`None`: the view's query as written, whole)
/// and `budget` bytes of rows in memory (the rows, and so the files, are the same for any
/// batch and budget).
pub fn collect_with(store: &Backend, view: &str, batch: Option<usize>, budget: usize) -> Result<ViewRows> {
    let (name, query, directed) = resolve_view(view)?;
    let mut rows = Spill::with_budget(budget);
    let mut vars: Option<Vec<String>> = None;
    let split = match batch {
        Some(_) if !store.is_remote() && PER_BATCH.contains(&name.trim_end_matches("-weighted")) => per_article(&query),
        _ => None,
    };
    let batches = match &split {
        Some(_) => csv_views::article_batches(store, batch.unwrap_or(usize::MAX))?,
        None => Vec::new(),
    };
    let queries = batches.len().max(1);
    if let (Some(Split { query: q, counted }), false) = (&split, batches.is_empty()) {
        let names = entity_names(store)?;
        // counted: articles per pair of ends (interned), over all batches
        let mut end_ids: HashMap<String, u32> = HashMap::new();
        let mut pairs: HashMap<(u32, u32), i64> = HashMap::new();
        for b in &batches {
            let QueryResults::Solutions(sols) = store.execute(&csv_views::for_batch(q, b), None).map_err(|e| anyhow!("view {name}: {e:#}"))?.results else {
                bail!("view {name} must be a SELECT query");
            };
            let vs: Vec<String> = sols.variables().iter().map(|v| v.as_str().to_string()).collect();
            let at = |n: &str| vs.iter().position(|v| v == n);
            let ends = [at("source"), at("source_label"), at("source_type"), at("target"), at("target_label"), at("target_type")];
            let [Some(s), Some(sl), Some(st), Some(t), Some(tl), Some(tt)] = ends else {
                bail!("view {name} must bind ?source and ?target and project their labels and types");
            };
            if *counted && vs.iter().any(|v| !ENDS_AND_EDGE.contains(&v.as_str())) {
                bail!("view {name} counts per pair: it may project only the ends and ?weight");
            }
            for row in sols {
                let row = row.map_err(|e| anyhow!("view {name} failed: {e}"))?;
                if *counted {
                    let w = at("weight").and_then(|w| text(row.get(w)).parse::<i64>().ok()).unwrap_or(0);
                    let mut id = |t: Option<&Term>| {
                        let n = end_ids.len() as u32;
                        *end_ids.entry(text(t)).or_insert(n)
                    };
                    let (a, b) = (id(row.get(s)), id(row.get(t)));
                    *pairs.entry((a, b)).or_default() += w;
                    continue;
                }
                let cells: Row = vs.iter().map(|v| cell(row.get(v.as_str()))).collect();
                // the join the entity sub-SELECTs made: one row per name and type of each end
                let (Some(sn), Some(tn)) = (names.get(&cells[s].text), names.get(&cells[t].text)) else { continue };
                for (s_name, s_type) in sn {
                    for (t_name, t_type) in tn {
                        let mut r = cells.clone();
                        for (i, v) in [(sl, s_name), (st, s_type), (tl, t_name), (tt, t_type)] {
                            r[i] = Cell { kind: STR, text: v.clone() };
                        }
                        rows.push(r)?;
                    }
                }
            }
            vars.get_or_insert(vs);
        }
        if let (true, Some(vs)) = (*counted, &vars) {
            // the rows of the whole query: one per pair (and name and type of each end)
            let mut iris = vec![String::new(); end_ids.len()];
            for (iri, i) in end_ids.drain() {
                iris[i as usize] = iri;
            }
            let at = |n: &str| vs.iter().position(|v| v == n);
            let (Some(s), Some(t), Some(w)) = (at("source"), at("target"), at("weight")) else {
                bail!("view {name} must bind ?source, ?target and ?weight");
            };
            let [sl, st, tl, tt] = ["source_label", "source_type", "target_label", "target_type"].map(at);
            for ((a, b), n) in pairs.drain() {
                let (sa, tb) = (&iris[a as usize], &iris[b as usize]);
                let (Some(sn), Some(tn)) = (names.get(sa), names.get(tb)) else { continue };
                for (s_name, s_type) in sn {
                    for (t_name, t_type) in tn {
                        let mut r: Row = vec![Cell { kind: UNBOUND, text: String::new() }; vs.len()];
                        r[s] = Cell { kind: STR, text: sa.clone() };
                        r[t] = Cell { kind: STR, text: tb.clone() };
                        r[w] = Cell { kind: INT, text: n.to_string() };
                        for (i, v) in [(sl, s_name), (st, s_type), (tl, t_name), (tt, t_type)] {
                            if let Some(i) = i {
                                r[i] = Cell { kind: STR, text: v.clone() };
                            }
                        }
                        rows.push(r)?;
                    }
                }
            }
        }
    } else {
        let QueryResults::Solutions(sols) = store.execute(&query, None).map_err(|e| anyhow!("view {name}: {e:#}"))?.results else {
            bail!("view {name} must be a SELECT query");
        };
        let vs: Vec<String> = sols.variables().iter().map(|v| v.as_str().to_string()).collect();
        for row in sols {
            let row = row.map_err(|e| anyhow!("view {name} failed: {e}"))?;
            rows.push(vs.iter().map(|v| cell(row.get(v.as_str()))).collect())?;
        }
        vars = Some(vs);
    }
    let vars = vars.unwrap_or_default();
    if !vars.iter().any(|v| v == "source") || !vars.iter().any(|v| v == "target") {
        bail!("view {name} must bind ?source and ?target");
    }
    rows.finish()?;
    let pos = ENDS_AND_EDGE.map(|r| vars.iter().position(|v| v == r));
    Ok(ViewRows { name, directed, weighted: view.ends_with("-weighted"), vars, rows, queries, pos })
}

/// Runs a view and builds its graph in memory (petgraph): for small views and the SVG
/// picture; [`ViewRows::write`] streams the edges of GraphML and GEXF instead.
pub fn build(store: &Backend, view: &str) -> Result<ViewGraph> {
    collect(store, view)?.graph()
}

/// One row as an edge: its ends (id, label, type each) and the edge.
struct RowEdge<'r> {
    source: (&'r str, &'r str, NodeType),
    target: (&'r str, &'r str, NodeType),
    edge: ViewEdge,
}

impl ViewRows {
    /// The pair a weighted view aggregates an edge into: its ends, either way round when
    /// the view is undirected (as `ViewGraph::aggregate`).
    fn pair(&self, s: NodeIndex, t: NodeIndex) -> (NodeIndex, NodeIndex) {
        if self.directed || s <= t {
            (s, t)
        } else {
            (t, s)
        }
    }

    /// Queries the view took (one per batch of articles, or one).
    pub fn queries(&self) -> usize {
        self.queries
    }

    /// Runs of sorted rows written to disk (0 when the view fitted in memory).
    pub fn runs(&self) -> usize {
        self.rows.runs()
    }

    fn col<'r>(&self, row: &'r Row, i: usize) -> &'r str {
        self.pos[i].map_or("", |p| row[p].text.as_str())
    }

    fn edge<'r>(&self, i: usize, row: &'r Row) -> RowEdge<'r> {
        let weight = self.pos[7].and_then(|p| row[p].text.parse().ok()).unwrap_or(1.0);
        let mut edge = ViewEdge::new(format!("e{i}"), self.col(row, 6), weight);
        for (v, c) in self.vars.iter().zip(row) {
            if !ENDS_AND_EDGE.contains(&v.as_str()) {
                if let Some(val) = cell_value(c) {
                    edge.attrs.push((v.clone(), val));
                }
            }
        }
        RowEdge {
            source: (self.col(row, 0), self.col(row, 1), NodeType::from_label(self.col(row, 2))),
            target: (self.col(row, 3), self.col(row, 4), NodeType::from_label(self.col(row, 5))),
            edge,
        }
    }

    /// The whole graph in memory: one edge per row in order (`e0`, `e1`, …), its ends made
    /// nodes in order of first appearance; aggregated per pair when weighted; nodes sized
    /// by degree.
    pub fn graph(&self) -> Result<ViewGraph> {
        let mut g = ViewGraph::new(self.name.clone(), self.directed);
        let mut i = 0;
        self.rows.for_each(|row| {
            let e = self.edge(i, row);
            let s = g.node(e.source.0, e.source.1, e.source.2);
            let t = g.node(e.target.0, e.target.1, e.target.2);
            g.add_edge(s, t, e.edge);
            i += 1;
            Ok(())
        })?;
        let mut g = if self.weighted { g.aggregate() } else { g };
        g.size_nodes_by_degree();
        Ok(g)
    }

    /// Writes the view as `format` (graphml, gexf or svg) and returns its node and edge
    /// counts. GraphML and GEXF hold only the nodes in a petgraph graph and stream the edges
    /// from the sorted rows (read twice: once for the nodes, their degrees and the edge
    /// attributes' columns, which come first in the file, then for the edges), so memory
    /// does not grow with the number of edges; the bytes are those of [`ViewRows::graph`]
    /// written whole. A weighted view is aggregated as it streams when each pair's rows
    /// are consecutive (the rows sort by source, then target: so when the ends have one name
    /// and type each and, undirected, each pair comes one way round, as in mentions);
    /// otherwise, and for SVG, the graph is built whole.
    pub fn write(&self, format: &str, out: &Path) -> Result<(usize, usize)> {
        let reserved: &[&'static str] = match format {
            "graphml" => &graphml::EDGE_RESERVED,
            "gexf" => &gexf::EDGE_RESERVED,
            _ => {
                let g = self.graph()?;
                write(&g, format, out)?;
                return Ok((g.graph.node_count(), g.graph.edge_count()));
            }
        };
        let Some((g, schema, edges)) = self.nodes(reserved)? else {
            let g = self.graph()?;
            write(&g, format, out)?;
            return Ok((g.graph.node_count(), g.graph.edge_count()));
        };
        let f = std::fs::File::create(out).with_context(|| format!("cannot write {}", out.display()))?;
        let w = std::io::BufWriter::new(f);
        let mut stream = |visit: &mut EdgeVisit<'_>| self.edges(&g, visit);
        match format {
            "graphml" => graphml::write_graphml_streamed(&g, &schema, &mut stream, w)?,
            _ => gexf::write_gexf_streamed(&g, &schema, &mut stream, w)?,
        }
        Ok((g.graph.node_count(), edges))
    }

    /// The first read of [`ViewRows::write`]: the nodes (in order of first appearance, sized
    /// by degree), the edges' attribute columns and the number of edges; `None` when a
    /// weighted view's pairs are not consecutive.
    fn nodes(&self, reserved: &[&'static str]) -> Result<Option<(ViewGraph, Schema, usize)>> {
        let mut g = ViewGraph::new(self.name.clone(), self.directed);
        let mut schema = Schema::new(reserved);
        let mut degree: HashMap<NodeIndex, usize> = HashMap::new();
        let mut edges = 0;
        let weighted = self.weighted;
        // weighted: the pair being read, its first edge's attributes and its count
        let mut run: Option<((NodeIndex, NodeIndex), Vec<(String, AttrValue)>, i64)> = None;
        let mut done: HashSet<(NodeIndex, NodeIndex)> = HashSet::new();
        let mut consecutive = true;
        let mut end_run = |run: Option<((NodeIndex, NodeIndex), Vec<(String, AttrValue)>, i64)>, schema: &mut Schema, degree: &mut HashMap<NodeIndex, usize>, edges: &mut usize| -> bool {
            let Some((pair, mut attrs, count)) = run else { return true };
            attrs.retain(|(k, _)| k != "count");
            attrs.push(("count".into(), AttrValue::Int(count)));
            schema.add(&attrs);
            *degree.entry(pair.0).or_default() += 1;
            *degree.entry(pair.1).or_default() += 1;
            *edges += 1;
            done.insert(pair)
        };
        let mut i = 0;
        self.rows.for_each(|row| {
            let e = self.edge(i, row);
            i += 1;
            let s = g.node(e.source.0, e.source.1, e.source.2);
            let t = g.node(e.target.0, e.target.1, e.target.2);
            if !weighted {
                schema.add(&e.edge.attrs);
                *degree.entry(s).or_default() += 1;
                *degree.entry(t).or_default() += 1;
                edges += 1;
                return Ok(());
            }
            let count = edge_count(&e.edge);
            match &mut run {
                Some((pair, _, n)) if *pair == self.pair(s, t) => *n += count,
                _ => {
                    consecutive &= end_run(run.take(), &mut schema, &mut degree, &mut edges);
                    run = Some((self.pair(s, t), e.edge.attrs, count));
                }
            }
            Ok(())
        })?;
        consecutive &= end_run(run.take(), &mut schema, &mut degree, &mut edges);
        if !consecutive {
            return Ok(None);
        }
        let ixs: Vec<NodeIndex> = g.graph.node_indices().collect();
        for ix in ixs {
            g.graph[ix].size = DEFAULT_NODE_SIZE + 5.0 * degree.get(&ix).copied().unwrap_or(0) as f64;
        }
        Ok(Some((g, schema, edges)))
    }

    /// The second read of [`ViewRows::write`]: every edge in order, as [`ViewRows::graph`]
    /// holds them (aggregated per pair, as `ViewGraph::aggregate` does, when weighted).
    fn edges(&self, g: &ViewGraph, visit: &mut EdgeVisit<'_>) -> std::io::Result<()> {
        let ends = |e: &RowEdge| (g.get(e.source.0).expect("a node of the first read"), g.get(e.target.0).expect("a node of the first read"));
        let mut i = 0;
        if !self.weighted {
            return self.rows.for_each(|row| {
                let e = self.edge(i, row);
                i += 1;
                let (s, t) = ends(&e);
                visit(&e.edge.id, s, t, &e.edge)
            });
        }
        struct Merged {
            /// the first edge's, whose orientation is kept
            ends: (NodeIndex, NodeIndex),
            pair: (NodeIndex, NodeIndex),
            edge: ViewEdge,
            labels: Vec<String>,
            seen: HashSet<String>,
            count: i64,
        }
        let flush = |m: Merged, visit: &mut EdgeVisit<'_>| {
            let mut edge = m.edge;
            let labels: Vec<String> = m.labels.into_iter().filter(|l| !l.is_empty()).collect();
            edge.label = labels.join("; ");
            edge.attrs.retain(|(k, _)| k != "count");
            edge.attrs.push(("count".into(), AttrValue::Int(m.count)));
            visit(&edge.id, m.ends.0, m.ends.1, &edge)
        };
        let mut cur: Option<Merged> = None;
        self.rows.for_each(|row| {
            let e = self.edge(i, row);
            i += 1;
            let (s, t) = ends(&e);
            let pair = self.pair(s, t);
            let count = edge_count(&e.edge);
            if let Some(m) = cur.as_mut().filter(|m| m.pair == pair) {
                m.edge.weight += e.edge.weight;
                m.count += count;
                if m.seen.insert(e.edge.label.clone()) {
                    m.labels.push(e.edge.label);
                }
                return Ok(());
            }
            if let Some(m) = cur.take() {
                flush(m, visit)?;
            }
            let label = e.edge.label.clone();
            cur = Some(Merged { ends: (s, t), pair, edge: e.edge, labels: vec![label.clone()], seen: HashSet::from([label]), count });
            Ok(())
        })?;
        match cur {
            Some(m) => flush(m, visit),
            None => Ok(()),
        }
    }
}

/// How many edges an edge stands for (its `count`, as `ViewGraph::aggregate` reads it).
fn edge_count(e: &ViewEdge) -> i64 {
    match e.attrs.iter().find(|(k, _)| k == "count") {
        Some((_, AttrValue::Int(c))) => *c,
        _ => 1,
    }
}

pub fn write(g: &ViewGraph, format: &str, out: &Path) -> Result<()> {
    let f = std::fs::File::create(out).with_context(|| format!("cannot write {}", out.display()))?;
    let w = std::io::BufWriter::new(f);
    match format {
        "graphml" => write_graphml(g, w)?,
        "gexf" => write_gexf(g, w)?,
        "svg" => write_svg(g, w)?,
        other => bail!("unknown graph format {other:?}: use graphml, gexf or svg"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of a small view by hand: (source, target, label).
    fn rows(directed: bool, edges: &[(&str, &str, &str)]) -> ViewRows {
        let vars: Vec<String> = ["source", "target", "label", "note"].map(String::from).to_vec();
        let mut rows = Spill::with_budget(300);
        for (s, t, l) in edges {
            let c = |x: &str| Cell { kind: STR, text: x.to_string() };
            rows.push(vec![c(s), c(t), c(l), c(&format!("{s}{t}"))]).unwrap();
        }
        rows.finish().unwrap();
        let pos = ENDS_AND_EDGE.map(|r| vars.iter().position(|v| v == r));
        ViewRows { name: "t".into(), directed, weighted: true, vars, rows, queries: 1, pos }
    }

    fn streamed_and_whole(v: &ViewRows, dir: &Path) -> (Vec<u8>, Vec<u8>) {
        let (a, b) = (dir.join("streamed.graphml"), dir.join("whole.graphml"));
        let counts = v.write("graphml", &a).unwrap();
        let g = v.graph().unwrap();
        assert_eq!(counts, (g.graph.node_count(), g.graph.edge_count()));
        write(&g, "graphml", &b).unwrap();
        (std::fs::read(a).unwrap(), std::fs::read(b).unwrap())
    }

    #[test]
    fn weighted_views_stream_or_fall_back_to_the_whole_graph() {
        let dir = std::env::temp_dir().join(format!("newsgraph-views-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // x-y both ways round: consecutive pairs when directed; undirected, y->x comes after
        // the run of x->y has ended (x->z between), so the export builds the graph whole
        let edges = [("x", "y", "one"), ("x", "y", "two"), ("x", "z", "three"), ("y", "x", "four"), ("y", "x", "one")];
        for directed in [true, false] {
            let v = rows(directed, &edges);
            assert!(v.runs() > 1);
            assert_eq!(v.nodes(&graphml::EDGE_RESERVED).unwrap().is_some(), directed);
            let (a, b) = streamed_and_whole(&v, &dir);
            assert!(a == b, "directed: {directed}");
            let g = v.graph().unwrap();
            assert_eq!(g.graph.edge_count(), if directed { 3 } else { 2 });
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
