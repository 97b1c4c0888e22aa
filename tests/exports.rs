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

#[test]
fn graph_views_read_back_in_networkx() {
    let dir = root().join("exports/views");
    let script = r#"
import sys, networkx as nx
for path in sys.argv[1:]:
    g = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
    assert g.number_of_nodes() > 0, path
    for _, d in g.nodes(data=True):
        assert d.get('label'), (path, d)
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
}
