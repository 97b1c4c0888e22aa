//! newsgraph against a real SPARQL 1.1 server: Virtuoso Open Source, started by this test on
//! loopback with its own database in a temporary folder and free ports, and stopped at the
//! end (also when an assertion fails). The same example articles go into Virtuoso and into a
//! local store; queries, CSV views, `ask`, stats and dumps must give the same answers.
//!
//! Needs `virtuoso-t` and `isql-vt` (Debian: virtuoso-opensource-7-bin); `scripts/setup`
//! installs them.

mod common;
use common::*;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running Virtuoso; killed when dropped.
struct Virtuoso {
    child: Child,
    url: String,
    sql_port: u16,
    log: PathBuf,
    _dir: Tmp,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A small HTTP GET on loopback: does the SPARQL endpoint answer yet?
fn answers(port: u16) -> bool {
    use std::io::Write;
    let Ok(mut s) = std::net::TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(500)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    if s.write_all(b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\nHost: localhost\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = [0u8; 12];
    s.read_exact(&mut buf).is_ok() && buf.starts_with(b"HTTP/1.1 200")
}

impl Virtuoso {
    /// `tag` keeps the folders of servers started by tests running at once apart.
    fn start(tag: &str) -> Virtuoso {
        let server = find_program("virtuoso-t").unwrap_or_else(|| {
            panic!("virtuoso-t is not installed, so newsgraph cannot be tested against a SPARQL server: run scripts/setup (it installs Debian's virtuoso-opensource-7-bin)")
        });
        // a port taken between choosing and binding makes Virtuoso exit: try again with others
        let mut last = String::new();
        for attempt in 0..3 {
            let dir = Tmp::new(&format!("virtuoso-{tag}{attempt}"));
            let (sql_port, http_port) = (free_port(), free_port());
            let d = dir.0.display();
            let ini = format!(
                "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\nLockFile = {d}/virtuoso.lck\n\
                 TransactionFile = {d}/virtuoso.trx\nxa_persistent_file = {d}/virtuoso.pxa\n\
                 [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\n\
                 [Parameters]\nServerPort = 127.0.0.1:{sql_port}\nDisableUnixSocket = 1\nNumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\n\
                 CheckpointInterval = 0\nDirsAllowed = {d}\n\
                 [HTTPServer]\nServerPort = 127.0.0.1:{http_port}\nServerThreads = 4\n\
                 [SPARQL]\nResultSetMaxRows = 5000\nMaxQueryExecutionTime = 120\n"
            );
            std::fs::write(dir.path("virtuoso.ini"), ini).unwrap();
            let log = dir.path("virtuoso.log");
            let out = std::fs::File::create(dir.path("stdout.log")).unwrap();
            let child = Command::new(&server)
                .args(["-f", "-c"])
                .arg(dir.path("virtuoso.ini"))
                .current_dir(&dir.0)
                .stdin(Stdio::null())
                .stdout(out.try_clone().unwrap())
                .stderr(out)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", server.display()));
            let mut v = Virtuoso { child, url: format!("http://127.0.0.1:{http_port}/sparql"), sql_port, log, _dir: dir };
            let t0 = Instant::now();
            while t0.elapsed() < Duration::from_secs(90) {
                if let Ok(Some(_)) = v.child.try_wait() {
                    break;
                }
                if answers(http_port) {
                    // the anonymous SPARQL user may write: what `ingest` needs (README)
                    v.isql("GRANT SPARQL_UPDATE TO \"SPARQL\";");
                    eprintln!("Virtuoso up at {} in {:.1} s", v.url, t0.elapsed().as_secs_f64());
                    return v;
                }
                std::thread::sleep(Duration::from_millis(250));
            }
            last = v.log_tail();
        }
        panic!("Virtuoso did not start; its log ends:\n{last}");
    }

    fn isql(&self, sql: &str) {
        let isql = find_program("isql-vt").or_else(|| find_program("isql")).expect("isql-vt is installed with virtuoso-t (run scripts/setup)");
        let out = Command::new(isql).arg(format!("127.0.0.1:{}", self.sql_port)).args(["dba", "dba"]).arg(format!("exec={sql}")).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !text.contains("*** Error"), "isql {sql}: {text}");
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    fn store(&self) -> &Path {
        Path::new(&self.url)
    }
}

fn sorted(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.sort();
    rows
}

fn ask_rows(q: &str, store: &Path) -> Vec<Vec<String>> {
    let out = ok(&["ask", q, "--format", "csv"], store);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect()
}

#[test]
fn ingest_query_export_and_ask_on_virtuoso() {
    let t0 = Instant::now();
    let v = Virtuoso::start("main");
    let remote = v.store();
    let t = Tmp::new("remote");
    let local = t.path("local");
    ingest_examples(&local);

    let first = ingest_examples(remote);
    assert!(first.contains("5 articles added"), "{first}");
    let again = ingest_examples(remote);
    assert!(again.contains("5 unchanged") && again.contains("0 triples written"), "re-ingest is incremental on the server too: {again}");
    assert_eq!(ok(&["stats"], remote), ok(&["stats"], &local), "stats differ between Virtuoso and the local store");

    // the README's SPARQL questions: same rows from both
    for f in std::fs::read_dir(root().join("examples/queries")).unwrap() {
        let f = f.unwrap().path();
        let q = std::fs::read_to_string(&f).unwrap();
        let (r, l) = (query_rows(&q, remote), query_rows(&q, &local));
        assert!(!l.is_empty(), "{} finds nothing locally", f.display());
        assert_eq!(sorted(r), sorted(l), "{} answers differently on Virtuoso", f.display());
    }

    // CSV views: same header, same rows
    let (rv, lv) = (t.path("views-remote"), t.path("views-local"));
    ok(&["export", "--format", "csv", "--out", rv.to_str().unwrap()], remote);
    ok(&["export", "--format", "csv", "--out", lv.to_str().unwrap()], &local);
    for file in ["entities.csv", "roles.csv", "statements.csv", "demands.csv", "places.csv"] {
        let ((hr, rr), (hl, rl)) = (read_csv(&rv.join(file)), read_csv(&lv.join(file)));
        assert_eq!(hr, hl, "{file}");
        assert!(!rl.is_empty(), "{file} is empty");
        assert_eq!(sorted(rr), sorted(rl), "{file} differs between Virtuoso and the local store");
    }

    // a graph view and the whole graph: byte-identical (exports are sorted)
    for (args, file) in [(&["--view", "said-about", "--format", "graphml"][..], "said-about.graphml"), (&["--format", "nquads"][..], "graph.nq")] {
        let (r, l) = (t.path(&format!("remote-{file}")), t.path(&format!("local-{file}")));
        for (store, out) in [(remote, &r), (local.as_path(), &l)] {
            let mut a = vec!["export"];
            a.extend_from_slice(args);
            a.extend(["--out", out.to_str().unwrap()]);
            ok(&a, store);
        }
        let (r, l) = (std::fs::read(r).unwrap(), std::fs::read(l).unwrap());
        assert!(l.len() > 10_000, "{file} is too small");
        assert!(r == l, "{file} exported from Virtuoso differs from the local one");
    }

    // ask: names resolve on the server and the answers match
    let rows = ask_rows("who said what about Putin", remote);
    assert!(rows.iter().any(|r| r[0] == "Volodymyr Zelenskyy") && rows.iter().all(|r| r[2] == "Vladimir Putin"), "{rows:?}");
    assert_eq!(sorted(rows), sorted(ask_rows("who said what about Putin", &local)));
    // two named actors: each side is a subquery joined by hash, which the server must read alike
    for q in ["what did Zelensky say about Putin", "what does Putin demand of Ukraine"] {
        let rows = ask_rows(q, remote);
        assert!(!rows.is_empty(), "{q}: nothing on the server");
        assert_eq!(sorted(rows), sorted(ask_rows(q, &local)), "{q}");
    }

    // a changed article replaces its graph on the server
    let dir = t.path("in");
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("changed.txt");
    std::fs::write(&f, "Talks resume\n“We will not give up,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    ok(&["ingest", dir.to_str().unwrap()], remote);
    std::fs::write(&f, "Talks resume\n“We will fight on,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    let out = ok(&["ingest", dir.to_str().unwrap()], remote);
    assert!(out.contains("1 updated"), "{out}");
    let q = "PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> \
             SELECT ?t WHERE { GRAPH ?g { ?s a <http://schema.org/Quotation> ; nif:anchorOf ?t . ?g ng:sourceName \"changed.txt\" } }";
    assert_eq!(query_rows(q, remote), vec![vec!["We will fight on,".to_string()]]);
    assert!(ok(&["stats"], remote).contains("articles    6"));

    // server-side errors are one clear line naming the endpoint
    let bad = run(&["query", "SELECT ?x WHERE { ?x ?y }"], remote);
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success() && err.contains(&v.url) && err.contains("SP030") && err.lines().count() == 1, "{err}");
    let cut = run(&["query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"], remote);
    let err = String::from_utf8_lossy(&cut.stderr);
    assert!(!cut.status.success() && err.contains("cut the results at 5000 rows") && err.contains("ResultSetMaxRows"), "a truncated answer is an error, not a silent half: {err}");
    v.isql("REVOKE SPARQL_UPDATE FROM \"SPARQL\";");
    std::fs::write(&f, "Talks resume\n“We will win,” said Jane Doe, the mayor of Springfield.\n").unwrap();
    let denied = run(&["ingest", dir.to_str().unwrap()], remote);
    let err = String::from_utf8_lossy(&denied.stderr);
    assert!(!denied.status.success() && err.contains(&v.url) && err.contains("GRANT SPARQL_UPDATE") && !err.contains("panicked"), "{err}");
    eprintln!("remote test took {:.1} s", t0.elapsed().as_secs_f64());
}

#[test]
fn an_unreachable_endpoint_is_a_clear_error() {
    let port = free_port(); // nothing listens there once the listener is gone
    let url = format!("http://127.0.0.1:{port}/sparql");
    for args in [&["stats"][..], &["query", "SELECT * WHERE { ?s ?p ?o }"], &["ask", "who is Putin"], &["ingest", examples().to_str().unwrap()]] {
        let out = run(args, Path::new(&url));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(&format!("SPARQL endpoint {url}")) && err.contains("connection refused"), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
}

/// `newsgraph resolve` on Virtuoso (SPARQL UPDATE DELETE/INSERT … WHERE): shards extracted one
/// article each, loaded into the server and into a local store, resolved on both: the same
/// merges, the same CSV views, and a second pass has nothing to do.
#[test]
fn resolve_merged_shards_on_virtuoso() {
    let v = Virtuoso::start("resolve");
    let remote = v.store();
    let t = Tmp::new("remote-resolve");
    let local = t.path("local");
    let mut files: Vec<_> = std::fs::read_dir(examples()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut args = vec!["ingest".to_string()];
    for (i, f) in files.iter().enumerate() {
        let out = t.path(&format!("shard{i}.nq"));
        let o = bin().args(["extract", f.to_str().unwrap(), "--out", out.to_str().unwrap()]).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        args.push(out.to_str().unwrap().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&args, remote);
    ok(&args, &local);
    let dry = ok(&["resolve", "--dry-run"], remote);
    assert_eq!(dry, ok(&["resolve", "--dry-run"], &local), "the same plan on Virtuoso and locally");
    let out = ok(&["resolve"], remote);
    assert!(out.contains(" → person/") && out.contains("done"), "{out}");
    ok(&["resolve"], &local);
    assert_eq!(ok(&["stats"], remote), ok(&["stats"], &local));
    let (rv, lv) = (t.path("views-remote"), t.path("views-local"));
    ok(&["export", "--format", "csv", "--out", rv.to_str().unwrap()], remote);
    ok(&["export", "--format", "csv", "--out", lv.to_str().unwrap()], &local);
    for file in ["entities.csv", "roles.csv", "statements.csv", "demands.csv", "places.csv"] {
        assert_eq!(sorted(read_csv(&rv.join(file)).1), sorted(read_csv(&lv.join(file)).1), "{file} differs after resolve");
    }
    let q = "SELECT ?g ?s ?p WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?old <http://www.w3.org/2002/07/owl#sameAs> ?x } GRAPH ?g { ?s ?p ?old } }";
    assert_eq!(query_rows(q, remote), Vec::<Vec<String>>::new(), "nothing on the server points at a merged-away IRI");
    let again = ok(&["resolve"], remote);
    assert!(again.starts_with("nothing to do"), "{again}");
}
