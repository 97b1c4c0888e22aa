//! The whole pipeline as users run it: the real binary on the bundled example articles,
//! the real store, real SPARQL, and exports read back with real readers.

mod common;
use common::*;

const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

#[test]
fn ingest_query_and_export_the_examples() {
    let t = Tmp::new("examples");
    let store = t.path("store");
    let summary = ingest_examples(&store);
    assert!(summary.contains("5 articles added"), "{summary}");

    // a known quote has the right speaker
    let q = format!(
        "{PREFIXES} SELECT ?name WHERE {{ GRAPH ?g {{ ?s a <http://schema.org/Quotation> ; nif:anchorOf ?t ; prov:wasAttributedTo ?p }} \
         GRAPH ?e {{ ?p schema:name ?name }} FILTER(CONTAINS(?t, \"We are sympathetic to President\")) }}"
    );
    let rows = query_rows(&q, &store);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0][0].ends_with("Putin"), "{rows:?}");

    // Zelensky's name variants are one entity
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    let (header, rows) = read_csv(&views.join("entities.csv"));
    assert_eq!(header, ["id", "type", "name", "aliases", "articles"]);
    let zel: Vec<&Vec<String>> = rows.iter().filter(|r| r[3].split('|').any(|a| a.starts_with("Zelensk") || a.contains(" Zelensk"))).collect();
    assert_eq!(zel.len(), 1, "Zelensky split over {zel:?}");
    for variant in ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Voldymir Zelensky"] {
        assert!(zel[0][3].split('|').any(|a| a == variant), "{variant} missing from {:?}", zel[0]);
    }
    assert_eq!(zel[0][1], "Person");
    assert_eq!(zel[0][4].split('|').count(), 5, "Zelensky is in all five articles: {:?}", zel[0]);

    for (file, cols) in [
        ("roles.csv", &["article", "person", "title", "of", "evidence"][..]),
        ("statements.csv", &["article", "kind", "speaker", "text", "cue", "about", "start", "end", "unattributed"][..]),
        ("demands.csv", &["article", "by", "of", "what", "evidence", "start", "end", "kind", "cameo"][..]),
        ("places.csv", &["id", "name", "kind", "region", "in", "lat", "lon"][..]),
    ] {
        let (h, rows) = read_csv(&views.join(file));
        assert_eq!(h, cols, "{file}");
        assert!(!rows.is_empty(), "{file} is empty");
    }
    // statement offsets point at the text they claim (character offsets)
    let (_, stmts) = read_csv(&views.join("statements.csv"));
    for r in &stmts {
        let text = std::fs::read_to_string(examples().join(&r[0])).unwrap();
        let (s, e): (usize, usize) = (r[6].parse().unwrap(), r[7].parse().unwrap());
        let got: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(got, r[3], "offsets of {r:?}");
    }
    // every place has its country and coordinates (continents and world regions lie in none)
    let (_, places) = read_csv(&views.join("places.csv"));
    for p in &places {
        assert!(!p[4].is_empty() || matches!(p[2].as_str(), "continent" | "world region"), "place without country: {p:?}");
        assert!(!p[5].is_empty() && !p[6].is_empty(), "place without coordinates: {p:?}");
    }
    // a town lies in its region, the region in its country
    let sudzha = places.iter().find(|p| p[1] == "Sudzha").expect("Sudzha in places.csv");
    assert_eq!((sudzha[3].as_str(), sudzha[4].as_str()), ("Kursk", "Russia"), "{sudzha:?}");
    let stats = ok(&["stats"], &store);
    assert!(stats.contains("articles    5"), "{stats}");
}

#[test]
fn reingest_is_idempotent_and_exports_are_byte_identical() {
    let t = Tmp::new("idempotent");
    let (a, b) = (t.path("a"), t.path("b"));
    ingest_examples(&a);
    let before = ok(&["stats"], &a);
    let again = ingest_examples(&a);
    assert!(again.contains("5 unchanged"), "{again}");
    assert_eq!(before, ok(&["stats"], &a), "re-ingest changed the store");
    ingest_examples(&b);
    let (ta, tb) = (t.path("a.ttl"), t.path("b.ttl"));
    ok(&["export", "--format", "turtle", "--out", ta.to_str().unwrap()], &a);
    ok(&["export", "--format", "turtle", "--out", tb.to_str().unwrap()], &b);
    let (x, y) = (std::fs::read(&ta).unwrap(), std::fs::read(&tb).unwrap());
    assert!(x.len() > 10_000);
    assert!(x == y, "Turtle exports of two fresh stores differ");
    // and the N-Quads export parses back
    let nq = t.path("a.nq");
    ok(&["export", "--format", "nquads", "--out", nq.to_str().unwrap()], &a);
    let parsed = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_reader(std::fs::File::open(&nq).unwrap())
        .collect::<Result<Vec<_>, _>>()
        .expect("N-Quads export parses");
    assert!(parsed.len() > 1000);
}

/// Entity updates are written at each commit, as the difference from what is stored: a commit
/// per article must leave the same graph as one commit for all, and compacting changes no
/// triple.
#[test]
fn commits_at_any_interval_and_compaction_leave_the_same_graph() {
    let t = Tmp::new("commits");
    let (a, b) = (t.path("a"), t.path("b"));
    ok(&["ingest", examples().to_str().unwrap(), "--commit-every", "1"], &a);
    ingest_examples(&b);
    let export = |store: &std::path::Path, name: &str| {
        let f = t.path(name);
        ok(&["export", "--format", "turtle", "--out", f.to_str().unwrap()], store);
        std::fs::read(f).unwrap()
    };
    let one_by_one = export(&a, "a.ttl");
    assert!(one_by_one == export(&b, "b.ttl"), "a commit per article gave another graph than one commit");
    let out = run(&["compact"], &a);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("compacted"));
    assert!(one_by_one == export(&a, "a2.ttl"), "compacting changed the graph");
    let q = run(&["query", "--time", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"], &a);
    let err = String::from_utf8_lossy(&q.stderr);
    assert!(q.status.success() && err.contains("opened the store in") && err.contains("answered (1 rows"), "{err}");
}

#[test]
fn a_changed_article_replaces_its_graph() {
    let t = Tmp::new("changed");
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.txt");
    std::fs::write(&f, "Talks resume\n“We will not give up,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    let store = t.path("store");
    ok(&["ingest", dir.to_str().unwrap()], &store);
    std::fs::write(&f, "Talks resume\n“We will fight on,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    let out = ok(&["ingest", dir.to_str().unwrap()], &store);
    assert!(out.contains("1 updated"), "{out}");
    let rows = query_rows(&format!("{PREFIXES} SELECT ?t WHERE {{ GRAPH ?g {{ ?s a <http://schema.org/Quotation> ; nif:anchorOf ?t }} }}"), &store);
    assert_eq!(rows, vec![vec!["We will fight on,".to_string()]]);
    let stats = ok(&["stats"], &store);
    assert!(stats.contains("articles    1"), "{stats}");
    // the mention counts are those of the latest version alone, as in a store that never saw
    // the older ones
    std::fs::write(&f, "Talks resume\nJane Doe spoke first. “We will fight on,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    ok(&["ingest", dir.to_str().unwrap()], &store);
    let fresh = t.path("fresh");
    ok(&["ingest", dir.to_str().unwrap()], &fresh);
    let counts = "PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?e ?n WHERE { GRAPH ?g { ?e ng:mentionCount ?n } } ORDER BY ?e";
    let (replaced, new) = (query_rows(counts, &store), query_rows(counts, &fresh));
    assert!(new.iter().any(|r| r[0].ends_with("person/jane-doe") && r[1] == "2"), "{new:?}");
    assert_eq!(replaced, new);
}

#[test]
fn a_persons_aide_is_stored_with_ng_of_person_and_listed_in_roles_csv() {
    let t = Tmp::new("aide");
    let store = t.ingest_article("aide.txt", "Budget talks\nGovernor Paul Varga spoke on Monday. Varga's chief of staff, Lena Okafor, said the budget was final.\n");
    let rows = query_rows("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <http://schema.org/> SELECT ?who ?of WHERE { GRAPH ?g { ?r org:member ?p ; ng:ofPerson ?o } GRAPH ?e { ?p schema:name ?who . ?o schema:name ?of } }", &store);
    assert_eq!(rows, vec![vec!["Lena Okafor".to_string(), "Paul Varga".to_string()]]);
    let out = t.path("views");
    ok(&["export", "--format", "csv", "--out", out.to_str().unwrap()], &store);
    let (_, roles) = read_csv(&out.join("roles.csv"));
    assert!(roles.iter().any(|r| r[1] == "Lena Okafor" && r[2] == "chief of staff" && r[3] == "Paul Varga"), "{roles:?}");
}

#[test]
fn a_misspelt_place_is_linked_with_its_confidence_in_the_store() {
    let t = Tmp::new("garbled");
    let store = t.ingest_article("g.txt", "Overnight strikes\nUkraine said Russian drones hit Kyiv overnight. Later, shelling was reported in Zaporizhzia.\n");
    let rows = query_rows("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX schema: <http://schema.org/> SELECT ?text ?name ?c WHERE { GRAPH ?g { ?m ng:refersTo ?e ; nif:anchorOf ?text ; ng:confidence ?c } GRAPH ?x { ?e schema:name ?name } }", &store);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][0], "Zaporizhzia");
    assert_eq!(rows[0][1], "Zaporizhzhia");
    let c: f64 = rows[0][2].parse().unwrap();
    assert!(c > 0.8 && c < 1.0, "{c}");
}

/// The canonical names of the resolved people, sorted.
fn person_names(store: &std::path::Path) -> Vec<String> {
    query_rows("PREFIX schema: <http://schema.org/> SELECT ?n WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?p a schema:Person ; schema:name ?n } } ORDER BY ?n", store).into_iter().map(|r| r[0].clone()).collect()
}

#[test]
fn a_nickname_and_the_full_first_name_are_one_person_across_articles() {
    let t = Tmp::new("nickname");
    let store = t.ingest_articles(&[
        ("a.txt", "Budget talks\nSenate leader Chuck Tolliver said on Monday that the budget was late.\n"),
        ("b.txt", "Budget passes\nCharles Tolliver, the Senate leader, said the vote was close.\n"),
        ("c.txt", "Court ruling\nJudge Erin Tolliver said the case was closed. Aaron Tolliver, her brother, said he would appeal.\n"),
    ]);
    let names = person_names(&store);
    // Chuck and Charles join; Erin and Aaron (a pair of the source list of opposite genders) do not
    assert_eq!(names.iter().filter(|n| n.ends_with("Tolliver")).count(), 3, "{names:?}");
    let explained = ok(&["explain", "Charles Tolliver"], &store);
    assert!(explained.contains("nickname"), "{explained}");
}

#[test]
fn a_family_name_written_first_joins_the_full_name_across_articles() {
    let t = Tmp::new("family-first");
    let store = t.ingest_articles(&[
        ("a.txt", "Talks\nCommerce Minister Zhuo Lirong met the delegation on Monday.\n"),
        ("b.txt", "More talks\nZhuo said on Tuesday that the talks were useful.\n"),
    ]);
    assert_eq!(person_names(&store), ["Zhuo Lirong"], "one person");
    let explained = ok(&["explain", "Zhuo Lirong"], &store);
    assert!(explained.contains("family name"), "{explained}");
}

#[test]
fn towns_of_one_name_in_one_country_stay_apart_and_a_dateline_region_picks_the_town() {
    let t = Tmp::new("springfields");
    let store = t.ingest_articles(&[
        ("a.txt", "Storm damage\nSPRINGFIELD, Ill. (AP) - The storm hit Springfield on Monday, Mayor Jane Roe said.\n"),
        ("b.txt", "Port reopens\nPORTLAND, Maine (Reuters) - Officials in Portland said the port would reopen.\n"),
        ("c.txt", "Fire\nFirefighters in Springfield, Massachusetts, said the fire was out.\n"),
        ("d.txt", "Final\nThe team from Portland, Oregon, won the final on Sunday.\n"),
    ]);
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    let (header, rows) = read_csv(&views.join("places.csv"));
    assert_eq!(header, ["id", "name", "kind", "region", "in", "lat", "lon"]);
    let place = |id: &str| rows.iter().find(|r| r[0] == id).unwrap_or_else(|| panic!("no {id} in {rows:?}"));
    // two Springfields and two Portlands, each with its own coordinates; the largest town of
    // a name keeps the plain IRI (Springfield, Missouri; Portland, Oregon)
    let lat = |id: &str| place(id)[5].parse::<f64>().unwrap();
    assert!((lat("place/us/springfield-illinois") - 39.8).abs() < 0.5, "{rows:?}");
    assert!((lat("place/us/springfield-massachusetts") - 42.1).abs() < 0.5, "{rows:?}");
    assert!((lat("place/us/portland-maine") - 43.7).abs() < 0.5, "{rows:?}");
    assert!((lat("place/us/portland") - 45.5).abs() < 0.5, "{rows:?}");
    // a state named like a small town elsewhere is the state
    assert_eq!(place("place/us/oregon")[2], "region", "{rows:?}");
    // each town's node is mentioned in its own article only
    let (_, ents) = read_csv(&views.join("entities.csv"));
    assert!(!ents.iter().any(|r| r[0].starts_with("place/us/springfield") && r[4].contains('|')), "one node per town: {ents:?}");
}

#[test]
fn countries_link_to_their_wikidata_items() {
    let t = Tmp::new("wikidata");
    let store = t.ingest_article("w.txt", "Talks\nThe United States and Russia held talks in Geneva, Swiss officials said.\n");
    let rows = query_rows("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX schema: <http://schema.org/> SELECT ?name ?wd WHERE { GRAPH ?g { ?c a schema:Country ; schema:name ?name ; skos:exactMatch ?wd } } ORDER BY ?name", &store);
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[1].as_str())).collect();
    for want in [("Russia", "http://www.wikidata.org/entity/Q159"), ("Switzerland", "http://www.wikidata.org/entity/Q39"), ("United States", "http://www.wikidata.org/entity/Q30")] {
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    // one item per country node
    let mut names: Vec<&str> = got.iter().map(|g| g.0).collect();
    names.dedup();
    assert_eq!(names.len(), got.len(), "{got:?}");
}

#[test]
fn people_whose_middle_initials_differ_stay_apart_within_and_across_articles() {
    let t = Tmp::new("middle-initials");
    let store = t.ingest_articles(&[
        ("a.txt", "Speech\nHarold T. Quarrington, the former governor, said his father, Harold R.T. Quarrington, had seen worse.\n"),
        ("b.txt", "Memoir\nHarold R.T. Quarrington wrote that the state had changed.\n"),
        ("c.txt", "Visit\nHarold T. Quarrington visited the plant on Monday.\n"),
        ("d.txt", "Award\nHarold Thomas Quarrington received the award.\n"),
    ]);
    let names = person_names(&store);
    // father and son are two people; the son's full middle name joins his initial
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Harold R.T. Quarrington".to_string()), "{names:?}");
    let explained = ok(&["explain", "Harold T. Quarrington"], &store);
    assert!(explained.contains("Harold Thomas Quarrington") && explained.contains("Harold T. Quarrington"), "{explained}");
    assert!(explained.contains("middle initials differ"), "{explained}");
}

#[test]
fn a_state_body_named_alone_is_its_countrys_and_each_countrys_is_one_node() {
    let t = Tmp::new("state-bodies");
    let store = t.ingest_articles(&[
        ("a.txt", "Reform stalls\nBRASILIA (Reuters) - Brazil's Senate delayed the vote on Wednesday. The Senate will meet again in March, Brazilian officials said.\n"),
        ("b.txt", "Aid bill\nWASHINGTON (AP) - The U.S. Senate passed the bill on Tuesday.\n"),
        ("c.txt", "Budget\nWASHINGTON (AP) - The Senate will vote on the budget next week, American officials said.\n"),
        ("d.txt", "Drones\nKYIV (Reuters) - Ukraine's General Staff said 40 drones were shot down over Ukraine and Russia.\n"),
    ]);
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    let (_, rows) = read_csv(&views.join("entities.csv"));
    let senates: Vec<(&str, &str)> = rows.iter().filter(|r| r[2].ends_with("Senate")).map(|r| (r[0].as_str(), r[4].as_str())).collect();
    assert_eq!(senates, [("org/senate-br", "a.txt"), ("org/senate-us", "b.txt|c.txt")], "{rows:?}");
    assert!(rows.iter().any(|r| r[0] == "org/general-staff-ua"), "the country named before the body: {rows:?}");
}

#[test]
fn a_state_body_named_alone_is_the_countrys_the_article_names_it_with() {
    // (a story mostly about another country: the bare body goes with the named one)
    let t = Tmp::new("state-body-named");
    let store = t.ingest_articles(&[(
        "a.txt",
        "Levies\nWASHINGTON (AP) - Peru and Chile traded blame on Monday as Peru said Peru would appeal. Peru, Peru and Peru were named. A senator urged the U.S. Congress to vote soon. Members of Congress were split.\n",
    )]);
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    let (_, rows) = read_csv(&views.join("entities.csv"));
    let congresses: Vec<&str> = rows.iter().filter(|r| r[2].ends_with("Congress")).map(|r| r[0].as_str()).collect();
    assert_eq!(congresses, ["org/congress-us"], "{rows:?}");
}

#[test]
fn a_bare_state_body_speaking_in_a_capital_is_that_states() {
    // ("Foreign Office spokesman X told reporters in Islamabad that India …" in a story that
    // names India more often had been India's Foreign Office)
    let t = Tmp::new("state-body-capital");
    let store = t.ingest_articles(&[(
        "a.txt",
        "Shelling\nIndia and Pakistan traded fire. India said India would respond. India closed schools. Foreign Office spokesman Tom Hale told reporters in Islamabad that India was to blame.\n",
    )]);
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    let (_, rows) = read_csv(&views.join("entities.csv"));
    assert!(rows.iter().any(|r| r[0] == "org/foreign-office-pk"), "{rows:?}");
}
