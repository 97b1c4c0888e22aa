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

    let rows = ask("what does Putin demand of Ukraine", &store);
    assert!(any(&rows, |r| r[3] == "discontinuing its NATO aspirations"), "{rows:?}");
    assert!(rows.iter().all(|r| r[0] == "Vladimir Putin" && r[2] == "Ukraine"), "{rows:?}");

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
    assert!(any(&rows, |r| r[0] == "Kursk" && r[3] == "Russia" && !r[4].is_empty()), "{rows:?}");
    // a town: its region, then its country
    let rows = ask("where is Sudzha", &store);
    assert!(any(&rows, |r| r[0] == "Sudzha" && r[1] == "city" && r[2] == "Kursk" && r[3] == "Russia"), "{rows:?}");

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

#[test]
fn the_example_queries_answer_their_questions() {
    let t = Tmp::new("queries");
    let store = t.path("store");
    ingest_examples(&store);
    let run_file = |f: &str| -> Vec<Vec<String>> {
        let out = ok(&["query", "--file", root().join("examples/queries").join(f).to_str().unwrap(), "--format", "csv"], &store);
        csv::Reader::from_reader(out.as_bytes()).records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
    };
    let said = run_file("what-did-x-say-about-y.rq");
    assert!(!said.is_empty() && said.iter().all(|r| r[0] == "Volodymyr Zelenskyy"), "{said:?}");
    let of_russia = run_file("who-demands-anything-of-x.rq");
    assert!(of_russia.iter().any(|r| r[0] == "G7"), "{of_russia:?}");
    let unique: std::collections::BTreeSet<_> = of_russia.iter().collect();
    assert_eq!(unique.len(), of_russia.len(), "no duplicate rows");
    let roles = run_file("who-holds-which-role.rq");
    assert!(roles.iter().any(|r| r[0] == "Dmitri Peskov" && r[2] == "Kremlin"), "{roles:?}");
    let demands = run_file("who-demands-what.rq");
    assert!(demands.iter().any(|r| r[0] == "Donald Trump" && r[2] == "Vladimir Putin"), "{demands:?}");
    let about = run_file("who-said-what-about-whom.rq");
    assert!(about.iter().any(|r| r[0] == "Volodymyr Zelenskyy" && r[2] == "Vladimir Putin"));
    // the README's questions about a named actor
    let about_putin = run_file("who-said-what-about-x.rq");
    assert!(about_putin.iter().any(|r| r[0] == "Volodymyr Zelenskyy" && r[1] == "direct"), "{about_putin:?}");
    assert!(about_putin.iter().any(|r| r[0] == "Donald Trump" && r[1] == "reported"), "{about_putin:?}");
    let said_set: std::collections::BTreeSet<_> = said.iter().map(|r| (r[2].clone(), r[3].clone())).collect();
    let zelensky_about_putin: std::collections::BTreeSet<_> = about_putin.iter().filter(|r| r[0] == "Volodymyr Zelenskyy").map(|r| (r[3].clone(), r[4].clone())).collect();
    assert_eq!(said_set, zelensky_about_putin, "what Zelensky said about Putin, asked both ways");
    let of_ukraine = run_file("what-does-x-demand-of-y.rq");
    assert!(!of_ukraine.is_empty() && of_ukraine.iter().all(|r| r[4].ends_with(".txt")), "{of_ukraine:?}");
    let asked: std::collections::BTreeSet<_> = ask("what does Putin demand of Ukraine", &store).into_iter().map(|r| (r[3].clone(), r[4].clone(), r[5].clone())).collect();
    let filed: std::collections::BTreeSet<_> = of_ukraine.iter().map(|r| (r[2].clone(), r[3].clone(), r[4].clone())).collect();
    assert_eq!(asked, filed, "what Putin demands of Ukraine, asked both ways");
    let at_kremlin = run_file("who-holds-which-role-at-x.rq");
    assert!(at_kremlin.iter().any(|r| r[0] == "Dmitri Peskov" && r[1].contains("spokes")), "{at_kremlin:?}");
    let peskov = run_file("which-roles-does-x-hold.rq");
    assert!(!peskov.is_empty() && peskov.iter().all(|r| r[0] == "Dmitri Peskov"), "{peskov:?}");
    assert!(peskov.iter().filter(|r| r[2] == "Kremlin").map(|r| r[3].parse::<u32>().unwrap()).sum::<u32>() >= 2, "{peskov:?}");
}

#[test]
fn names_are_found_by_lookup_keys_in_any_case_and_by_surname() {
    let t = Tmp::new("keys");
    let store = t.path("store");
    ingest_examples(&store);
    let keys = |iri_name: &str| -> Vec<String> {
        let q = format!("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX schema: <http://schema.org/> SELECT ?k WHERE {{ GRAPH ?g {{ ?e schema:name \"{iri_name}\" ; ng:lookupKey ?k }} }} ORDER BY ?k");
        let out = ok(&["query", &q, "--format", "csv"], &store);
        out.lines().skip(1).map(str::to_string).collect()
    };
    let k = keys("Volodymyr Zelenskyy");
    for want in ["volodymyr zelenskyy", "zelenskyy", "zelensky", "voldymir zelensky"] {
        assert!(k.iter().any(|x| x == want), "{want} missing from {k:?}");
    }
    assert!(!k.iter().any(|x| x.chars().any(char::is_uppercase)), "{k:?}");
    // `ask` finds the same actor by a full name, a surname, in any case
    for name in ["Zelenskyy", "ZELENSKY", "volodymyr zelenskyy"] {
        let out = ok(&["ask", &format!("what did {name} say about Putin"), "--format", "csv"], &store);
        assert!(out.lines().count() > 1 && out.lines().skip(1).all(|l| l.starts_with("Volodymyr Zelenskyy,")), "{name}: {out}");
    }
}

#[test]
fn explain_shows_names_mentions_and_the_rule() {
    let t = Tmp::new("explain");
    let store = t.path("store");
    ingest_examples(&store);
    let out = ok(&["explain", "Zelensky"], &store);
    assert!(out.starts_with("Volodymyr Zelenskyy (Person)"), "{out}");
    for name in ["Voldymir Zelensky", "Zelenskyy", "Volodymyr Zelensky"] {
        assert!(out.contains(name), "{name} missing: {out}");
    }
    assert!(out.contains("one surname skeleton (zelenski)") && out.contains("\"Voldymir\" is a variant of"), "{out}");
    assert!(out.contains("002_1bb140cbe932c8e2.txt: \"Voldymir Zelensky\""), "{out}");
    let bad = run(&["explain", "Nobody Atall"], &store);
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("no entity is named"));
}

#[test]
fn explain_lists_people_of_the_same_surname_kept_apart_and_why() {
    let t = Tmp::new("explain-apart");
    let store = t.ingest_article("a.txt", "Campaign trail\nMaria Okafor spoke in Iowa on Monday. Daniel Okafor spoke in Ohio on Tuesday.\n");
    let out = ok(&["explain", "Maria Okafor"], &store);
    assert!(out.contains("kept apart"), "{out}");
    assert!(out.contains("Daniel Okafor") && out.contains("first name \"Daniel\" is no variant"), "{out}");
}

#[test]
fn ask_prints_a_stated_number_of_rows_and_all_on_request() {
    let t = Tmp::new("ask-limit");
    let store = t.path("store");
    ingest_examples(&store);
    // the person with the most statements, read from the store
    let top = ok(&["query", "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <http://schema.org/> SELECT ?n (COUNT(?s) AS ?c) WHERE { GRAPH ?g { ?s prov:wasAttributedTo ?x } GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?x a schema:Person ; schema:name ?n } } GROUP BY ?n ORDER BY DESC(?c) ?n LIMIT 1", "--format", "csv"], &store);
    let name = csv::Reader::from_reader(top.as_bytes()).records().next().unwrap().unwrap()[0].to_string();
    let question = format!("what did {name} say");
    let question = question.as_str();
    let all = ask(question, &store);
    assert!(all.len() >= 5, "{all:?}");
    let rows_of = |out: &[u8]| -> Vec<Vec<String>> { csv::Reader::from_reader(out).records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect() };
    // csv lists every row unless told otherwise, sorted as the query says
    assert_eq!(rows_of(ok(&["ask", question, "--format", "csv", "--limit", "0"], &store).as_bytes()), all);
    // a limit below the answer: that many rows, each one of the answer, in the answer's order,
    // and a note that says so
    let cut = run(&["ask", question, "--format", "csv", "--limit", "2"], &store);
    assert!(cut.status.success());
    let rows = rows_of(&cut.stdout);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| all.contains(r)), "{rows:?}");
    let at = |r: &Vec<String>| all.iter().position(|a| a == r).unwrap();
    assert!(at(&rows[0]) < at(&rows[1]), "{rows:?}");
    let note = String::from_utf8_lossy(&cut.stderr);
    assert!(note.contains("first 2 rows") && note.contains("--limit 0"), "{note}");
    // a limit at or above the answer: the whole answer, sorted, and no note
    let whole = run(&["ask", question, "--format", "csv", "--limit", &all.len().to_string()], &store);
    assert_eq!(rows_of(&whole.stdout), all);
    assert!(!String::from_utf8_lossy(&whole.stderr).contains("--limit 0"));
    // the table (the default format) says it on its last line; --time reports the answer's time
    let table = run(&["ask", question, "--limit", "3", "--time"], &store);
    let out = String::from_utf8_lossy(&table.stdout);
    assert!(out.contains("(3 rows)") && out.trim_end().ends_with("--limit 0 prints every row)"), "{out}");
    assert!(String::from_utf8_lossy(&table.stderr).contains("answered (3 rows, printed) in"));
}
