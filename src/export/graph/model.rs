//! The in-memory graph a view produces, shared by all graph writers.

use std::collections::HashMap;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;

/// A typed attribute value; writers declare the column type from it.
#[derive(Debug, Clone, PartialEq)]
pub enum AttrValue {
    Str(String),
    Int(i64),
    Double(f64),
    Bool(bool),
}

/// Coarse entity kind, used for colouring and the `type` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NodeType {
    Person,
    Organization,
    Country,
    Place,
    #[default]
    Other,
}

impl NodeType {
    /// All variants in legend order.
    pub const ALL: [NodeType; 5] = [
        NodeType::Person,
        NodeType::Organization,
        NodeType::Country,
        NodeType::Place,
        NodeType::Other,
    ];

    /// Parses "Person"/"Organization"/"Country"/"Place" (case-insensitive,
    /// surrounding whitespace ignored); anything else is `Other`.
    pub fn from_label(s: &str) -> NodeType {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
            .unwrap_or(NodeType::Other)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            NodeType::Person => "Person",
            NodeType::Organization => "Organization",
            NodeType::Country => "Country",
            NodeType::Place => "Place",
            NodeType::Other => "Other",
        }
    }

    /// Fixed, mutually distinct colours (Tableau 10 palette) so every export
    /// of the same view looks the same.
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            NodeType::Person => (31, 119, 180),
            NodeType::Organization => (255, 127, 14),
            NodeType::Country => (44, 160, 44),
            NodeType::Place => (214, 39, 40),
            NodeType::Other => (127, 127, 127),
        }
    }
}

/// Size given to new nodes; writers also fall back to it for non-positive sizes.
pub const DEFAULT_NODE_SIZE: f64 = 10.0;

#[derive(Debug, Clone, PartialEq)]
pub struct ViewNode {
    /// Stable IRI or key; unique within a `ViewGraph` built through `node()`.
    pub id: String,
    pub label: String,
    pub node_type: NodeType,
    pub size: f64,
    pub attrs: Vec<(String, AttrValue)>,
}

impl ViewNode {
    /// The label, or the id when the label is blank (exports need something readable).
    pub fn display_label(&self) -> &str {
        if self.label.trim().is_empty() {
            &self.id
        } else {
            &self.label
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewEdge {
    pub id: String,
    pub label: String,
    pub weight: f64,
    pub attrs: Vec<(String, AttrValue)>,
}

impl ViewEdge {
    pub fn new(id: impl Into<String>, label: impl Into<String>, weight: f64) -> ViewEdge {
        ViewEdge {
            id: id.into(),
            label: label.into(),
            weight,
            attrs: Vec::new(),
        }
    }
}

/// A view's graph. Build it with [`ViewGraph::node`] and [`ViewGraph::add_edge`]
/// so the id index stays in sync; removing nodes through `graph` directly
/// leaves stale entries in that index.
#[derive(Debug, Clone)]
pub struct ViewGraph {
    pub name: String,
    pub directed: bool,
    pub graph: StableDiGraph<ViewNode, ViewEdge>,
    index: HashMap<String, NodeIndex>,
}

impl ViewGraph {
    pub fn new(name: impl Into<String>, directed: bool) -> ViewGraph {
        ViewGraph {
            name: name.into(),
            directed,
            graph: StableDiGraph::default(),
            index: HashMap::new(),
        }
    }

    /// Returns the node with this id, creating it if needed. A later call may
    /// fill in a label that was blank or a type that was `Other`; it never
    /// overwrites known values.
    pub fn node(
        &mut self,
        id: impl Into<String>,
        label: impl Into<String>,
        node_type: NodeType,
    ) -> NodeIndex {
        let (id, label) = (id.into(), label.into());
        if let Some(&ix) = self.index.get(&id) {
            let n = &mut self.graph[ix];
            if n.label.trim().is_empty() && !label.trim().is_empty() {
                n.label = label;
            }
            if n.node_type == NodeType::Other {
                n.node_type = node_type;
            }
            return ix;
        }
        let ix = self.graph.add_node(ViewNode {
            id: id.clone(),
            label,
            node_type,
            size: DEFAULT_NODE_SIZE,
            attrs: Vec::new(),
        });
        self.index.insert(id, ix);
        ix
    }

    /// Looks a node up by its id.
    pub fn get(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    pub fn add_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: ViewEdge) -> EdgeIndex {
        self.graph.add_edge(source, target, edge)
    }

    /// Merges parallel edges (same source and target; either orientation when
    /// undirected) into one edge whose weight is the sum of the weights and
    /// whose `count` attribute says how many edges it stands for (existing
    /// `count`s are summed, so aggregating twice changes nothing). The merged
    /// edge keeps the first edge's id and attributes and joins the distinct
    /// labels with "; ". Nodes keep their order; edges are ordered by first
    /// occurrence.
    pub fn aggregate(&self) -> ViewGraph {
        let mut out = ViewGraph::new(self.name.clone(), self.directed);
        let mut map = HashMap::new();
        for ix in self.graph.node_indices() {
            let n = self.graph[ix].clone();
            let id = n.id.clone();
            let new = out.graph.add_node(n);
            out.index.entry(id).or_insert(new);
            map.insert(ix, new);
        }

        struct Merged {
            ends: (NodeIndex, NodeIndex),
            edge: ViewEdge,
            labels: Vec<String>,
            count: i64,
        }
        let mut merged: Vec<Merged> = Vec::new();
        let mut slot: HashMap<(NodeIndex, NodeIndex), usize> = HashMap::new();
        for e in self.graph.edge_references() {
            let ends = (map[&e.source()], map[&e.target()]);
            // Undirected: (a,b) and (b,a) share a slot; the first edge's orientation is kept.
            let key = if self.directed || ends.0 <= ends.1 {
                ends
            } else {
                (ends.1, ends.0)
            };
            let w = e.weight();
            let count = match w.attrs.iter().find(|(k, _)| k == "count") {
                Some((_, AttrValue::Int(c))) => *c,
                _ => 1,
            };
            match slot.get(&key) {
                Some(&i) => {
                    let m = &mut merged[i];
                    m.edge.weight += w.weight;
                    m.count += count;
                    if !m.labels.contains(&w.label) {
                        m.labels.push(w.label.clone());
                    }
                }
                None => {
                    slot.insert(key, merged.len());
                    let labels = vec![w.label.clone()];
                    merged.push(Merged {
                        ends,
                        edge: w.clone(),
                        labels,
                        count,
                    });
                }
            }
        }
        for Merged {
            ends,
            mut edge,
            labels,
            count,
        } in merged
        {
            let labels: Vec<String> = labels.into_iter().filter(|l| !l.is_empty()).collect();
            edge.label = labels.join("; ");
            edge.attrs.retain(|(k, _)| k != "count");
            edge.attrs.push(("count".into(), AttrValue::Int(count)));
            out.graph.add_edge(ends.0, ends.1, edge);
        }
        out
    }

    /// Sets every node's size to 10 + 5·degree (in + out), so isolated nodes
    /// still get a visible, non-zero size.
    pub fn size_nodes_by_degree(&mut self) {
        let ixs: Vec<NodeIndex> = self.graph.node_indices().collect();
        for ix in ixs {
            let degree = self.graph.edges_directed(ix, Direction::Outgoing).count()
                + self.graph.edges_directed(ix, Direction::Incoming).count();
            self.graph[ix].size = DEFAULT_NODE_SIZE + 5.0 * degree as f64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::sample;
    use super::*;

    #[test]
    fn node_dedupes_and_fills_in() {
        let mut g = ViewGraph::new("t", true);
        let a = g.node("x:1", "", NodeType::Other);
        let b = g.node("x:1", "Alice", NodeType::Person);
        let c = g.node("x:1", "Bob", NodeType::Place);
        assert_eq!(a, b);
        assert_eq!(b, c);
        assert_eq!(g.graph.node_count(), 1);
        assert_eq!(g.graph[a].label, "Alice");
        assert_eq!(g.graph[a].node_type, NodeType::Person);
        assert_eq!(g.get("x:1"), Some(a));
    }

    #[test]
    fn node_type_parsing_and_colours() {
        assert_eq!(NodeType::from_label("person"), NodeType::Person);
        assert_eq!(
            NodeType::from_label(" ORGANIZATION "),
            NodeType::Organization
        );
        assert_eq!(NodeType::from_label("Country"), NodeType::Country);
        assert_eq!(NodeType::from_label("place"), NodeType::Place);
        assert_eq!(NodeType::from_label("Event"), NodeType::Other);
        let colours: std::collections::HashSet<_> = NodeType::ALL.iter().map(|t| t.rgb()).collect();
        assert_eq!(colours.len(), NodeType::ALL.len());
    }

    #[test]
    fn aggregate_sums_parallel_edges() {
        let g = sample();
        let agg = g.aggregate();
        assert_eq!(agg.graph.node_count(), g.graph.node_count());
        // sample(): tom->acme three times (1.5, 2.0, 0.0), acme->paris once.
        assert_eq!(agg.graph.edge_count(), 2);
        let tom = agg.get("http://ex.org/tom").unwrap();
        let acme = agg.get("http://ex.org/acme").unwrap();
        let e = agg.graph.find_edge(tom, acme).unwrap();
        assert_eq!(agg.graph[e].weight, 3.5);
        assert!(agg.graph[e]
            .attrs
            .contains(&("count".into(), AttrValue::Int(3))));
        assert_eq!(agg.graph[e].label, "works for; employs");
        // Idempotent: aggregating again keeps weights and counts.
        let again = agg.aggregate();
        let e2 = again.graph.find_edge(tom, acme).unwrap();
        assert_eq!(again.graph[e2], agg.graph[e]);
    }

    #[test]
    fn aggregate_undirected_merges_both_orientations() {
        let mut g = ViewGraph::new("u", false);
        let a = g.node("a", "A", NodeType::Person);
        let b = g.node("b", "B", NodeType::Person);
        g.add_edge(a, b, ViewEdge::new("e1", "knows", 1.0));
        g.add_edge(b, a, ViewEdge::new("e2", "knows", 2.0));
        let agg = g.aggregate();
        assert_eq!(agg.graph.edge_count(), 1);
        assert_eq!(agg.graph.edge_weights().next().unwrap().weight, 3.0);
    }

    #[test]
    fn degree_sizing_is_never_zero() {
        let mut g = sample();
        g.size_nodes_by_degree();
        let tom = g.get("http://ex.org/tom").unwrap();
        assert_eq!(g.graph[tom].size, 10.0 + 5.0 * 3.0);
        assert!(g.graph.node_weights().all(|n| n.size >= 10.0));
    }
}
