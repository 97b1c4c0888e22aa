//! Reliability: hostile input never panics or corrupts offsets, every export of odd text
//! parses back, and an ingest killed with SIGKILL leaves whole articles only and completes
//! on the next run with nothing lost and nothing doubled.

mod common;
use common::*;
use newsgraph::extract::analyze;
use newsgraph::model::{Article, Span};
use newsgraph::text::CharMap;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Maria Kovacs", "President", "Foreign Minister", "said", "told reporters", "according to", "urged", "the Kremlin", "Kyiv", "U.S.", "Mr.",
    "“", "”", "\"", "'", "''", "‘", "’", "«", "»", ",", ".", "...", "…", ":", ";", "\n", "\n\n", "(", ")", "—", "he", "she", "they", "must",
    "demanded that", "would not accept", "unless", "Ukraine’s", "<b>&amp;</b>", "\u{1}", "\u{7f}", "\t", "\r\n", "مرحبا", "שלום", "北京", "Zürich",
    "e\u{301}", "🙂", "O'Neil", "Jean-Luc", "30-day", "$43.5", "G7", "NATO", "the", "talks", "ceasefire", "war", "in", "of",
];

fn random_text(rng: &mut Rng) -> String {
    let n = 5 + rng.next() % 120;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.pick(PIECES));
        if rng.next() % 3 > 0 {
            s.push(' ');
        }
    }
    s
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} out of {text:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} not on char boundaries in {text:?}");
    let cm = CharMap::new(text);
    let (a, b) = (cm.char_offset(span.start), cm.char_offset(span.end));
    let by_chars: String = text.chars().skip(a).take(b - a).collect();
    assert_eq!(by_chars, &text[span.start..span.end], "{what}: character offsets point elsewhere");
}

#[test]
fn property_hostile_text_never_panics_and_offsets_hold() {
    // (a longer hunt: NEWSGRAPH_PROPERTY_CASES=100000 NEWSGRAPH_PROPERTY_SEED=7 cargo test …)
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let mut rng = Rng(env("NEWSGRAPH_PROPERTY_SEED").filter(|&s| s != 0).unwrap_or(0x5eed_1234_abcd_9876));
    for i in 0..env("NEWSGRAPH_PROPERTY_CASES").unwrap_or(1500) {
        let text = random_text(&mut rng);
        let doc = analyze(Article::new(format!("r{i}.txt"), "test", text.clone()));
        for m in &doc.mentions {
            check_span(&text, m.span, "mention");
        }
        for s in &doc.statements {
            check_span(&text, s.text, "statement");
        }
        for d in &doc.demands {
            check_span(&text, d.what, "demand");
            check_span(&text, d.evidence, "demand evidence");
        }
        for r in &doc.roles {
            check_span(&text, r.evidence, "role");
        }
        // the triples of the article serialise and parse back
        let quads = newsgraph::store::rdf::doc_quads(&doc);
        let mut ser = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NQuads).for_writer(Vec::new());
        for q in &quads {
            ser.serialize_quad(q).unwrap();
        }
        let bytes = ser.finish().unwrap();
        // `extract` writes the same text without building quads
        let mut text_sink = newsgraph::store::nquads::NQuads::default();
        newsgraph::store::rdf::write_doc(&doc, &mut text_sink);
        assert_eq!(String::from_utf8_lossy(&text_sink.out), String::from_utf8_lossy(&bytes), "in {text:?}");
        let back: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads).for_slice(&bytes).collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e} in {text:?}"));
        assert_eq!(back.len(), quads.len());
    }
}

#[test]
fn odd_names_stay_valid_in_every_export() {
    let t = Tmp::new("odd");
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("odd.txt"),
        "Talks <b>resume</b> & \"stall\"\n“We will not give up & we <never> will,” said Jane O'Neil, the mayor of Springfield.\n\
         Foreign Minister Ali Hassan said: “مرحبا — peace\u{1} now.” He told reporters that Ukraine must withdraw.\n\
         “" .to_string() + &"“quote” ".repeat(2000) + "\n",
    )
    .unwrap();
    // a 10 MB line without a newline goes in; a file over the size limit is refused by name
    std::fs::write(dir.join("long.txt"), "the talks in the region failed again and again with nothing to show for it, ".repeat(130_000)).unwrap();
    std::fs::write(dir.join("names.txt"), "Minister Jane Roe said the talks in the region failed again and again, ".repeat(8_000)).unwrap();
    std::fs::write(dir.join("huge.txt"), "word ".repeat(4 * 1024 * 1024)).unwrap();
    let store = t.path("store");
    let out = run(&["ingest", dir.to_str().unwrap()], &store);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("huge.txt") && err.contains("too large"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 articles added"));

    for (fmt, file) in [("turtle", "g.ttl"), ("nquads", "g.nq"), ("trig", "g.trig")] {
        let p = t.path(file);
        ok(&["export", "--format", fmt, "--out", p.to_str().unwrap()], &store);
        let format = newsgraph::export::rdf_dump::format_of(fmt).unwrap();
        let n = oxigraph::io::RdfParser::from_format(format).for_reader(std::fs::File::open(&p).unwrap()).collect::<Result<Vec<_>, _>>().unwrap_or_else(|e| panic!("{fmt}: {e}")).len();
        assert!(n > 50, "{fmt}: {n}");
    }
    let views = t.path("views");
    ok(&["export", "--format", "csv", "--out", views.to_str().unwrap()], &store);
    for f in ["entities.csv", "roles.csv", "statements.csv", "demands.csv", "places.csv"] {
        let (h, _) = read_csv(&views.join(f));
        assert!(!h.is_empty());
    }
    let (_, stmts) = read_csv(&views.join("statements.csv"));
    let odd: Vec<&Vec<String>> = stmts.iter().filter(|r| r[0] == "odd.txt").collect();
    assert!(odd.iter().any(|r| r[3].contains("<never>") && r[2].contains("O'Neil")), "{odd:?}");
    for fmt in ["graphml", "gexf", "svg"] {
        let p = t.path(&format!("v.{fmt}"));
        ok(&["export", "--view", "said-about", "--format", fmt, "--out", p.to_str().unwrap()], &store);
        let xml = std::fs::read_to_string(&p).unwrap();
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{fmt} does not parse: {e}"),
            }
        }
    }
    let json = ok(&["query", "SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?o } }", "--format", "json"], &store);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON results parse");
    assert!(v["results"]["bindings"].as_array().is_some_and(|a| !a.is_empty()));
}

/// Quads per article graph (the entities graph left out), read through the binary.
fn graph_sizes(store: &Path) -> BTreeMap<String, usize> {
    query_rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/id/article/\")) } GROUP BY ?g", store)
        .into_iter()
        .map(|r| (r[0].clone(), r[1].parse().unwrap()))
        .collect()
}

#[test]
fn sigkill_during_ingest_leaves_whole_articles_and_resumes() {
    let t = Tmp::new("kill");
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    let seeds: Vec<String> = std::fs::read_dir(examples()).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    for i in 0..600 {
        std::fs::write(dir.join(format!("a{i:04}.txt")), format!("{}\nUpdate {i}: officials said talks continue.\n", seeds[i % seeds.len()])).unwrap();
    }
    let reference = t.path("ref");
    let started = Instant::now();
    ok(&["ingest", dir.to_str().unwrap(), "--quiet"], &reference);
    let full = started.elapsed();
    let want = graph_sizes(&reference);
    assert_eq!(want.len(), 600);

    let store = t.path("store");
    let mut survived = 0;
    for fraction in [0.2, 0.45, 0.7] {
        let mut child = bin().args(["ingest", dir.to_str().unwrap(), "--quiet", "--store"]).arg(&store).spawn().unwrap();
        std::thread::sleep(full.mul_f64(fraction).max(Duration::from_millis(50)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // the store opens, and every article in it is whole
        let got = graph_sizes(&store);
        for (g, n) in &got {
            assert_eq!(Some(n), want.get(g), "article graph {g} is not whole after a kill");
        }
        survived += 1;
    }
    let out = ok(&["ingest", dir.to_str().unwrap()], &store);
    assert!(out.contains("unchanged") || out.contains("added"), "{out}");
    assert_eq!(graph_sizes(&store), want, "after resuming, the store holds every article exactly once");
    assert_eq!(survived, 3);
}
