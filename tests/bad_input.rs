//! Bad input gets a clear error naming the file, and loses nothing: the rest of the batch
//! goes in and what is already stored stays.

mod common;
use common::*;

#[test]
fn a_batch_goes_on_past_bad_files() {
    let t = Tmp::new("bad");
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("blank.txt"), " \n\t\n").unwrap();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 owner Jos\xe9 said \"no\".").unwrap();
    std::fs::write(dir.join("quotes.txt"), "He said \"\"\" and “ then ” ” “ ‘ ’ \" and nothing else. \"Unclosed at the end").unwrap();
    std::fs::write(dir.join("html.txt"), "<html><body><p>Minister Jane Roe said &amp; left</p></body></html>").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "“We agree,” said Maria Lopez, the mayor.".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    std::fs::write(dir.join("utf16.txt"), utf16).unwrap();
    std::fs::write(dir.join("bad.jsonl"), "{\"text\": \"“Fine,” said John Smith.\"}\nnot json\n{\"title\": \"no text\"}\n").unwrap();
    std::fs::write(dir.join("good.txt"), "Peace talks\n“We want peace,” Foreign Minister John Smith said on Monday.\n").unwrap();
    let store = t.path("store");
    let out = run(&["ingest", dir.to_str().unwrap()], &store);
    let err = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "bad inputs make a non-zero exit: {err}");
    for name in ["empty.txt", "blank.txt", "binary.txt", "latin1.txt", "bad.jsonl:2", "bad.jsonl:3"] {
        assert!(err.lines().any(|l| l.contains(name)), "no error naming {name}: {err}");
    }
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(stdout.contains("5 articles added"), "good, odd-but-valid and UTF-16 files go in: {stdout}");
    let rows = query_rows("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?t WHERE { GRAPH ?g { ?s a <http://schema.org/Quotation> ; nif:anchorOf ?t } } ORDER BY ?t", &store);
    let texts: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(texts.contains(&"We want peace,"), "{texts:?}");
    assert!(texts.contains(&"We agree,"), "UTF-16 article: {texts:?}");
}

#[test]
fn unreadable_paths_and_bad_queries_are_reported() {
    let t = Tmp::new("paths");
    let store = t.path("store");
    let out = run(&["ingest", t.path("missing-folder").to_str().unwrap(), examples().join("000_e42448737ca24951.txt").to_str().unwrap()], &store);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing-folder"));
    let bad = run(&["query", "SELEC ?x WHERE {"], &store);
    assert!(!bad.status.success());
    let msg = String::from_utf8_lossy(&bad.stderr);
    assert!(msg.contains("bad SPARQL"), "{msg}");
    assert_eq!(msg.lines().count(), 1, "one-line error: {msg}");
    // a query that would run for ever stops at its time limit
    let slow = run(&["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }", "--timeout", "0.5"], &store);
    assert!(!slow.status.success());
    assert!(String::from_utf8_lossy(&slow.stderr).contains("ran longer than the --timeout"), "{}", String::from_utf8_lossy(&slow.stderr));
    let upd = run(&["query", "DELETE WHERE { ?s ?p ?o }"], &store);
    assert!(!upd.status.success());
    assert!(String::from_utf8_lossy(&upd.stderr).contains("updates are refused"));
    // nothing was lost
    let stats = ok(&["stats"], &store);
    assert!(stats.contains("articles    1"), "{stats}");
    let none = run(&["query", "SELECT * WHERE { ?s ?p ?o }"], &t.path("no-store"));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no store at"));
}

#[test]
fn a_store_in_use_gives_a_clear_error_and_reads_still_work() {
    let t = Tmp::new("busy");
    let store = t.path("store");
    ingest_examples(&store);
    let held = newsgraph::store::open_write(&store).expect("first writer opens");
    let out = run(&["ingest", examples().to_str().unwrap()], &store);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("busy"), "{err}");
    // queries run beside the writer
    let stats = ok(&["stats"], &store);
    assert!(stats.contains("articles    5"), "{stats}");
    drop(held);
}

#[test]
fn a_damaged_store_gives_a_clear_error() {
    let t = Tmp::new("damaged");
    let store = t.path("store");
    ingest_examples(&store);
    // truncate every table and manifest file
    for e in std::fs::read_dir(&store).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("MANIFEST") || name.ends_with(".sst") {
            std::fs::write(&p, b"garbage").unwrap();
        }
    }
    let out = run(&["stats"], &store);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("damaged") || err.contains("cannot open store"), "{err}");
    assert!(err.contains("re-ingest"), "the error says how to recover: {err}");
    assert!(err.contains(store.to_str().unwrap()), "{err}");
}

#[test]
fn a_store_folder_whose_parents_do_not_exist_is_created() {
    let t = Tmp::new("nested");
    let store = t.path("runs/2026/store");
    let out = run(&["ingest", examples().join("000_e42448737ca24951.txt").to_str().unwrap()], &store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(store.join("CURRENT").exists());
}

#[test]
fn a_folder_of_other_files_is_refused_as_a_store_and_left_as_it_was() {
    // (a mistyped --store pointing at the articles had written RocksDB's files among them)
    let t = Tmp::new("not-a-store");
    let folder = t.path("articles");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("notes.txt"), "my notes").unwrap();
    let out = run(&["ingest", examples().to_str().unwrap()], &folder);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("holds no store") && err.contains("notes.txt"), "{err}");
    let left: Vec<String> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    assert_eq!(left, vec!["notes.txt".to_string()]);
    // an empty folder is a new store
    let empty = t.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    ok(&["ingest", examples().to_str().unwrap()], &empty);
    assert!(empty.join("CURRENT").exists());
}

#[test]
fn a_jsonl_archive_is_read_line_by_line_and_a_bad_line_loses_only_itself() {
    let t = Tmp::new("jsonl");
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    // more lines than a batch holds, a line over the 16 MB limit, a line that is not UTF-8
    // and a line of bad JSON between good ones
    let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("archive.jsonl")).unwrap());
    use std::io::Write;
    for i in 0..700 {
        match i {
            10 => writeln!(f, "{{\"id\": \"huge\", \"text\": \"{}\"}}", "word ".repeat(4 * 1024 * 1024)).unwrap(),
            20 => f.write_all(b"{\"id\": \"latin1\", \"text\": \"Caf\xe9 owner said no.\"}\n").unwrap(),
            30 => writeln!(f, "{{\"id\": \"broken\", \"text\": ").unwrap(),
            40 => writeln!(f, "   ").unwrap(),
            _ => writeln!(f, "{{\"id\": \"a{i}\", \"text\": \"“Talks go on,” Mayor Jane Doe{i} said in Springfield.\"}}").unwrap(),
        }
    }
    drop(f);
    std::fs::write(dir.join("blank.jsonl"), "\n \n").unwrap();
    let store = t.path("store");
    let out = run(&["ingest", dir.to_str().unwrap()], &store);
    let err = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(stdout.contains("2 files: 696 articles added"), "every good line goes in: {stdout}");
    for (at, why) in [("archive.jsonl:11", "too large"), ("archive.jsonl:21", "not UTF-8"), ("archive.jsonl:31", "bad JSON"), ("blank.jsonl", "empty")] {
        assert!(err.lines().any(|l| l.contains(at) && l.contains(why)), "no {why} error for {at}: {err}");
    }
    assert_eq!(err.lines().filter(|l| l.contains("skipped")).count(), 4, "{err}");
    // the lines around the bad ones are there, under their ids, with the line as their source
    let rows = query_rows("PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?src WHERE { GRAPH ?g { ?g ng:sourceName \"a699\" ; ng:sourcePath ?src } }", &store);
    assert_eq!(rows, vec![vec![format!("{}:700", dir.join("archive.jsonl").display())]]);
    let rows = query_rows("PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?n WHERE { GRAPH ?g { ?g ng:sourceName ?n } FILTER(?n IN (\"a9\", \"a11\", \"a19\", \"a21\", \"a29\", \"a31\", \"a39\", \"a41\")) } ORDER BY ?n", &store);
    assert_eq!(rows.len(), 8, "{rows:?}");
}
