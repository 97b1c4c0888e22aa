//! `newsgraph ask` answers each question form on the example articles with the right facts.

mod common;
use common::*;

fn ask(q: &str, store: &std::path::Path) -> Vec<Vec<String>> {
    let out = ok(&["ask", q, "--format", "csv"], store);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
}

fn any(rows: &[Vec<String>], pred: impl Fn(&[String]) -> bool) -> bool {
    rows.iter().any(|r| pred(r))
}

#[test]
fn ask_answers_the_usual_questions() {
    let t = Tmp::new("ask");
    let store = t.path("store");
    ingest_examples(&store);

    let rows = ask("What did Zelensky say about Putin?", &store);
    assert!(any(&rows, |r| r[0] == "Volodymyr Zelenskyy" && r[3].starts_with("Putin is lying")), "{rows:?}");
    assert!(rows.iter().all(|r| r[0] == "Volodymyr Zelenskyy" && r[2] == "Vladimir Putin"), "{rows:?}");

    let rows = ask("who said what about Putin", &store);
    assert!(any(&rows, |r| r[0] == "Volodymyr Zelenskyy") && any(&rows, |r| r[0] == "Donald Trump"), "{rows:?}");
    assert!(rows.iter().all(|r| r[2] == "Vladimir Putin"), "{rows:?}");

    let rows = ask("what did Trump say", &store);
    assert!(rows.len() >= 5 && rows.iter().all(|r| r[0] == "Donald Trump"), "{rows:?}");

    let rows = ask("who criticised Russia", &store);
    assert!(any(&rows, |r| r[0] == "France") && any(&rows, |r| r[0] == "Germany"), "{rows:?}");

    let rows = ask("what does Putin demand", &store);
    assert!(any(&rows, |r| r[3] == "discontinuing its NATO aspirations" && r[2] == "Ukraine"), "{rows:?}");

    let rows = ask("who demands what of Ukraine", &store);
    assert!(any(&rows, |r| r[0] == "Vladimir Putin") && rows.iter().all(|r| r[2] == "Ukraine"), "{rows:?}");

    let rows = ask("what is Rubio's role", &store);
    assert!(any(&rows, |r| r[1] == "Secretary of State" && r[2] == "United States"), "{rows:?}");

    let rows = ask("who is Peskov", &store);
    assert!(any(&rows, |r| r[1] == "spokesman" && r[2] == "Kremlin"), "{rows:?}");

    let rows = ask("who are the actors in 004_19343925c8a383f6", &store);
    assert!(any(&rows, |r| r[0] == "Sergei Lavrov" && r[1] == "Person"), "{rows:?}");
    assert!(!any(&rows, |r| r[0] == "Kursk"), "places are not actors: {rows:?}");

    let rows = ask("where is Kursk", &store);
    assert!(any(&rows, |r| r[0] == "Kursk" && r[2] == "Russia" && !r[3].is_empty()), "{rows:?}");

    let rows = ask("which statements mention Kursk", &store);
    assert!(!rows.is_empty() && rows.iter().all(|r| r[2] == "Kursk"), "{rows:?}");
}

#[test]
fn ask_shows_its_sparql_and_lists_what_it_understands() {
    let t = Tmp::new("ask2");
    let store = t.path("store");
    ingest_examples(&store);
    let out = ok(&["ask", "who is Peskov", "--sparql"], &store);
    assert!(out.contains("SELECT DISTINCT ?person"), "{out}");
    let bad = run(&["ask", "how is the weather"], &store);
    assert!(!bad.status.success());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("who said what about X") && err.contains("where is PLACE"), "{err}");
    // a name with quotes is a name, not SPARQL
    let evil = run(&["ask", "who is Bob\" } } DROP ALL { {\"", "--format", "csv"], &store);
    assert!(evil.status.success(), "{}", String::from_utf8_lossy(&evil.stderr));
    assert!(ok(&["stats"], &store).contains("articles    5"));
}
