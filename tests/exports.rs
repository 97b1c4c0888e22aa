//! `exports/` holds the exports of the example articles; this fails when the code would
//! now write something else (run `scripts/regenerate-exports`).

mod common;
use common::*;
use std::path::Path;

fn files(dir: &Path, base: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, base, out);
        } else {
            out.push(p.strip_prefix(base).unwrap().to_string_lossy().to_string());
        }
    }
}

#[test]
fn exports_folder_is_current() {
    let t = Tmp::new("exports");
    let store = t.path("store");
    // the same relative path as scripts/regenerate-exports: source paths are part of the graph
    let out = bin().current_dir(root()).args(["ingest", "examples/articles", "--quiet", "--store"]).arg(&store).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fresh = t.path("exports");
    ok(&["export", "--format", "all", "--out", fresh.to_str().unwrap()], &store);
    let committed = root().join("exports");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    files(&fresh, &fresh, &mut a);
    files(&committed, &committed, &mut b);
    a.sort();
    b.sort();
    assert_eq!(a, b, "exports/ has other files than the code writes: run scripts/regenerate-exports");
    for f in &a {
        let (x, y) = (std::fs::read(fresh.join(f)).unwrap(), std::fs::read(committed.join(f)).unwrap());
        assert!(x == y, "exports/{f} is out of date: run scripts/regenerate-exports");
    }
}

/// Node and edge counts a view's query implies: one edge per row, or per pair when weighted.
fn expected_counts(view: &str, store: &Path) -> (usize, usize) {
    let base = view.trim_end_matches("-weighted");
    let q = std::fs::read_to_string(root().join(format!("ontology/views/{base}.rq"))).unwrap();
    let rows = query_rows(&q, store);
    let mut nodes = std::collections::BTreeSet::new();
    let mut pairs = std::collections::BTreeSet::new();
    for r in &rows {
        nodes.insert(r[0].clone());
        nodes.insert(r[3].clone());
        pairs.insert((r[0].clone(), r[3].clone()));
    }
    (nodes.len(), if view.ends_with("-weighted") { pairs.len() } else { rows.len() })
}

#[test]
fn graph_views_read_back_in_networkx() {
    let t = Tmp::new("views");
    let store = t.path("store");
    ingest_examples(&store);
    let dir = root().join("exports/views");
    let script = r#"
import sys, networkx as nx
for path in sys.argv[1:]:
    g = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
    for _, d in g.nodes(data=True):
        assert d.get('label'), (path, d)
        if path.endswith('.graphml'):
            assert all(isinstance(d[k], int) for k in ('r', 'g', 'b')) and d['size'] > 0, (path, d)
    for e in g.edges(data=True):
        assert float(e[2].get('weight', 1)) > 0, (path, e)
    print(path.rsplit('/', 1)[-1], g.number_of_nodes(), g.number_of_edges())
"#;
    let mut paths: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path().to_string_lossy().to_string()).collect();
    paths.sort();
    let out = std::process::Command::new("python3").arg("-c").arg(script).args(&paths).output().expect("python3 runs");
    assert!(out.status.success(), "networkx could not read the views: {}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(report.lines().count(), paths.len(), "{report}");
    for line in report.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let view = f[0].rsplit_once('.').unwrap().0;
        let (nodes, edges): (usize, usize) = (f[1].parse().unwrap(), f[2].parse().unwrap());
        let (want_nodes, want_edges) = expected_counts(view, &store);
        assert!(want_edges > 0, "{view} is empty");
        assert_eq!((nodes, edges), (want_nodes, want_edges), "{line}: networkx sees other counts than the view's query");
    }
}

#[test]
fn csv_views_are_the_same_whole_and_per_batch_of_articles() {
    let t = Tmp::new("csv-batches");
    let store = t.path("store");
    ingest_examples(&store);
    let st = newsgraph::store::Backend::open_read(&store).unwrap();
    let (one, whole) = (t.path("one"), t.path("whole"));
    // one article per query against all articles in one query
    let a = newsgraph::export::csv_views::export_csv_in_batches(&st, &one, 1).unwrap();
    let b = newsgraph::export::csv_views::export_csv_in_batches(&st, &whole, usize::MAX).unwrap();
    assert_eq!(a, b);
    for (file, rows) in &a {
        assert!(*rows > 0, "{file}");
        assert_eq!(std::fs::read(one.join(file)).unwrap(), std::fs::read(whole.join(file)).unwrap(), "{file}");
    }
}

#[test]
fn graph_views_are_the_same_whole_per_article_and_sorted_on_disk() {
    use newsgraph::export::views;
    let t = Tmp::new("view-batches");
    let store = t.path("store");
    ingest_examples(&store);
    let st = newsgraph::store::Backend::open_read(&store).unwrap();
    // the views whose edges come per article graph can run per batch without their entity
    // sub-SELECTs; those listed do
    for (name, query, _) in views::BUILT_IN {
        assert_eq!(views::per_article(query).is_some(), ["said-about", "demands", "roles", "mentions"].contains(name), "{name}");
    }
    assert_eq!(views::PER_BATCH, ["said-about", "roles", "mentions"]);
    for (name, _, _) in views::BUILT_IN {
        for view in [name.to_string(), format!("{name}-weighted")] {
            // the query as written, sorted in memory, against one article per query and a
            // sort that writes a run to disk every few rows
            let whole = views::collect_with(&st, &view, None, usize::MAX).unwrap();
            let split = views::collect_with(&st, &view, Some(1), 2_000).unwrap();
            assert_eq!(whole.runs(), 0);
            assert!(split.runs() > 1, "{view}: {} runs", split.runs());
            assert_eq!(split.queries() > 1, views::PER_BATCH.contains(name), "{view}: {} queries", split.queries());
            assert_eq!(whole.queries(), 1);
            let graph = whole.graph().unwrap();
            assert!(graph.graph.edge_count() > 0, "{view}");
            for fmt in ["graphml", "gexf"] {
                let (a, b, c) = (t.path(&format!("{view}-whole.{fmt}")), t.path(&format!("{view}-split.{fmt}")), t.path(&format!("{view}-graph.{fmt}")));
                let counts = whole.write(fmt, &a).unwrap();
                assert_eq!(split.write(fmt, &b).unwrap(), counts, "{view}");
                assert_eq!(counts, (graph.graph.node_count(), graph.graph.edge_count()), "{view}");
                // the streamed edges are the bytes of the graph built whole in petgraph
                views::write(&graph, fmt, &c).unwrap();
                let (a, b, c) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), std::fs::read(&c).unwrap());
                assert!(a == b, "{view}.{fmt}: per article and on disk differs from whole");
                assert!(a == c, "{view}.{fmt}: streamed differs from the graph written whole");
            }
        }
    }
}
