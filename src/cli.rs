//! The command line: a thin layer over the library.

use crate::{export, model, pipeline, query, store};
use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "newsgraph", version, about = "Turns English news articles into a knowledge graph: who said what about whom, who demands what of whom, who holds which role.")]
pub struct Cli {
    /// Folder of the embedded store, or the URL of a SPARQL 1.1 endpoint that takes queries and updates (e.g. Virtuoso's http://HOST:8890/sparql; http://USER:PASSWORD@HOST/… for basic authentication).
    #[arg(long, global = true, env = "NEWSGRAPH_STORE", default_value = "newsgraph-store")]
    pub store: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Reads articles (.txt files, first line may be the headline; .jsonl with one article per line: text plus optional id, title, url, date, source) and stores what it finds. Unchanged articles are skipped, changed ones replaced. .nq files from `extract` are loaded as they are (then run `newsgraph resolve` to join what the shards resolved apart).
    Ingest {
        /// Files or folders of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Commit to the store every this many articles: fewer commits ingest faster (RocksDB
        /// compacts less); memory stays bounded either way; a crash loses at most this many, which the
        /// next ingest adds again.
        #[arg(long, default_value_t = store::COMMIT_EVERY)]
        commit_every: usize,
    },
    /// Extracts without a store: N-Quads (one named graph per article, plus the resolved entities) or JSON Lines (one object per article).
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
        /// nquads or jsonl.
        #[arg(long, default_value = "nquads")]
        format: String,
    },
    /// Runs a SPARQL query over the store.
    Query {
        /// The query text (or use --file).
        query: Option<String>,
        /// Read the query from a file.
        #[arg(long)]
        file: Option<PathBuf>,
        /// table, csv, tsv or json.
        #[arg(long, default_value = "table")]
        format: String,
        /// Stop the query after this many seconds.
        #[arg(long)]
        timeout: Option<f64>,
        /// Print how the embedded store evaluated the query (operators with rows and time, JSON) instead of the results.
        #[arg(long)]
        explain: bool,
        /// Also print to standard error how long opening the store and answering took.
        #[arg(long)]
        time: bool,
    },
    /// Exports the CSV views (--format csv --out DIR), everything at once (--format all --out DIR, as in exports/), the whole graph (turtle, trig, nquads, ntriples --out FILE) or a graph view (--view NAME|FILE.rq, --format graphml, gexf or svg).
    Export {
        #[arg(long)]
        format: String,
        #[arg(long)]
        out: PathBuf,
        /// A graph view: said-about, demands, roles, mentions, places (add -weighted for one edge per pair), or a .rq file.
        #[arg(long)]
        view: Option<String>,
    },
    /// Answers a question in plain words ("who said what about Putin", "what does Russia demand", "who is Peskov"); run without a known form to list them.
    Ask {
        question: String,
        /// Print the SPARQL it ran.
        #[arg(long)]
        sparql: bool,
        /// table, csv, tsv or json.
        #[arg(long, default_value = "table")]
        format: String,
        /// Print at most this many rows; 0 for every row. Default: 100 for a table, every row for csv, tsv and json. An answer cut this way says so: its rows are the first the store found, sorted among themselves.
        #[arg(long)]
        limit: Option<usize>,
        /// Also print to standard error how long opening the store and answering took.
        #[arg(long)]
        time: bool,
    },
    /// Shows an entity: its names, where it is mentioned, and why its names were joined into one node.
    Explain { name: String },
    /// Joins entities that shards extracted apart resolved apart: after `ingest` of several .nq files from `extract`, one actor can have several IRIs (person/volodymyr-zelensky, person/volodymyr-zelenskyy, person/zelensky) and one IRI several names and counts. Groups them by the rules a single ingest uses, points every reference at the surviving IRI, and leaves one description per entity (merged-away IRIs keep owl:sameAs the survivor and ng:mergeReason). Running it again changes nothing.
    Resolve {
        /// Print what would be merged and rewritten; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Counts of articles, actors, statements, demands, roles and triples.
    Stats,
    /// Compacts the store after a large ingest: RocksDB merges its files into one sorted run per index, so queries read fewer files (takes minutes for 100,000 articles; the store cannot be written meanwhile).
    Compact,
}

pub fn main() -> i32 {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // a reader that stops early (`| head`) is not an error
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) || e.to_string().contains("Broken pipe") => 0,
        Err(e) => {
            eprintln!("newsgraph: error: {e:#}");
            1
        }
    }
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Ingest { paths, quiet, commit_every } => ingest(&cli.store, &paths, quiet, commit_every),
        Command::Extract { paths, out, format } => extract(&paths, out, &format),
        Command::Query { query, file, format, timeout, explain, time } => {
            let text = match (query, file) {
                (Some(q), None) => q,
                (None, Some(f)) => std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?,
                _ => bail!("give the query as an argument or with --file (not both)"),
            };
            let opening = std::time::Instant::now();
            let st = store::Backend::open_read(&cli.store)?;
            let opened = opening.elapsed();
            if explain {
                println!("{}", st.explain(&text)?);
                return Ok(0);
            }
            let stdout = std::io::stdout();
            let answering = std::time::Instant::now();
            let rows = query::run(&st, &text, &format, timeout.map(Duration::from_secs_f64), stdout.lock())?;
            if time {
                eprintln!("opened the store in {:.1} ms; answered ({rows} rows, printed) in {:.1} ms", ms(opened), ms(answering.elapsed()));
            }
            Ok(0)
        }
        Command::Export { format, out, view } => {
            let st = store::Backend::open_read(&cli.store)?;
            if let Some(v) = view {
                let (nodes, edges) = export::views::collect(&st, &v)?.write(&format, &out)?;
                eprintln!("wrote {} ({nodes} nodes, {edges} edges)", out.display());
            } else if format == "all" {
                for f in export::export_all(&st, &out)? {
                    eprintln!("wrote {}", f.display());
                }
            } else if format == "csv" {
                for (file, rows) in export::csv_views::export_csv(&st, &out)? {
                    eprintln!("wrote {} ({rows} rows)", out.join(file).display());
                }
            } else if let Some(f) = export::rdf_dump::format_of(&format) {
                let file = std::fs::File::create(&out).with_context(|| format!("cannot write {}", out.display()))?;
                export::rdf_dump::dump(&st, f, std::io::BufWriter::new(file))?.flush()?;
                eprintln!("wrote {}", out.display());
            } else {
                bail!("unknown export format {format:?}: use csv, turtle, trig, nquads, ntriples, or graphml/gexf/svg with --view");
            }
            Ok(0)
        }
        Command::Ask { question, sparql, format, limit, time } => {
            let opening = std::time::Instant::now();
            let st = store::Backend::open_read(&cli.store)?;
            let opened = opening.elapsed();
            let answering = std::time::Instant::now();
            // names become entity IRIs first, so the question's query is an index lookup
            let resolve = |name: &str| query::ask::find_entities(&st, name).context("cannot look up the names in the question");
            let q = query::ask::to_sparql(&question, &resolve)?;
            let timeout = Some(Duration::from_secs(30));
            let limit = limit.unwrap_or(if format == "table" { query::ask::DEFAULT_LIMIT } else { 0 });
            // The store answers unsorted (it then stops after the first `limit + 1` rows it
            // finds, if limited) and the rows are sorted here: an answer cut short says so.
            let (body, keys) = query::ask::unsorted(&q);
            let text = if limit > 0 { format!("{body} LIMIT {}", limit + 1) } else { body };
            if sparql {
                println!("{text}\n# (rows sorted by {})\n", keys.iter().map(|(k, d)| if *d { format!("DESC(?{k})") } else { format!("?{k}") }).collect::<Vec<_>>().join(" "));
            }
            let (vars, mut rows, _) = query::read_rows(&st, &text, timeout, usize::MAX)?;
            let cut = limit > 0 && rows.len() > limit;
            query::ask::sort_rows(&vars, &mut rows, &keys);
            // the sort keys the question does not show (a position) go, and rows that differed
            // only there are one row, as the question's DISTINCT makes them
            let shown: Vec<usize> = (0..vars.len()).filter(|&i| !q_projects_not(&q, &vars[i])).collect();
            let mut seen = std::collections::HashSet::new();
            let mut rows: Vec<Vec<Option<oxigraph::model::Term>>> = rows.into_iter().map(|r| shown.iter().map(|&i| r[i].clone()).collect()).filter(|r: &Vec<_>| seen.insert(r.clone())).collect();
            if cut {
                rows.truncate(limit);
            }
            let names: Vec<String> = shown.iter().map(|&i| vars[i].clone()).collect();
            query::print_rows(&names, &rows, &format, std::io::stdout().lock())?;
            let n = rows.len();
            if cut {
                let note = format!("(the first {limit} rows found, sorted; more match: --limit 0 prints every row)");
                if format == "table" {
                    println!("{note}");
                } else {
                    eprintln!("{note}");
                }
            }
            if time {
                eprintln!("opened the store in {:.1} ms; answered ({n} rows, printed) in {:.1} ms", ms(opened), ms(answering.elapsed()));
            }
            if n == 0 && format == "table" {
                eprintln!("(nothing found: names match any name an actor is mentioned by, e.g. a surname)");
            }
            Ok(0)
        }
        Command::Explain { name } => {
            let st = store::Backend::open_read(&cli.store)?;
            query::explain::explain(&st, &name, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Resolve { dry_run } => {
            let st = if dry_run { store::Backend::open_read(&cli.store)? } else { store::Backend::open_write(&cli.store)? };
            store::rewrite::resolve(&st, dry_run, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Compact => {
            let st = store::Backend::open_write(&cli.store)?;
            let started = std::time::Instant::now();
            st.compact()?;
            eprintln!("compacted {} in {:.1} s", cli.store.display(), started.elapsed().as_secs_f64());
            Ok(0)
        }
        Command::Stats => {
            let st = store::Backend::open_read(&cli.store)?;
            stats(&st, &mut std::io::stdout().lock())?;
            Ok(0)
        }
    }
}

/// Whether `var` is a sort key [`query::ask::unsorted`] added to the projection of `query`.
fn q_projects_not(query: &str, var: &str) -> bool {
    let (Some(sel), Some(wh)) = (query.find("SELECT "), query.find(" WHERE")) else { return false };
    !query[sel..wh].split(|c: char| c.is_whitespace() || c == '(' || c == ')').any(|t| t == format!("?{var}"))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Articles written in one run from which `ingest` suggests `compact`.
const COMPACT_HINT_AT: usize = 10_000;

fn ingest(dir: &std::path::Path, paths: &[PathBuf], quiet: bool, commit_every: usize) -> Result<i32> {
    let st = store::Backend::open_write(dir)?;
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}").expect("valid template"));
        b
    });
    let progress = |done: usize, total: usize| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    };
    let s = pipeline::ingest(&st, paths, commit_every, &progress)?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    st.flush();
    if !quiet {
        println!(
            "{} files: {} articles added, {} updated, {} unchanged; {} statements, {} demands, {} roles; {} triples written",
            s.files, s.added, s.updated, s.unchanged, s.statements, s.demands, s.roles, s.quads
        );
        if s.shards > 0 {
            println!("{} N-Quads file(s) bulk-loaded; if they were extracted apart, run `newsgraph resolve` to join the entities they resolved apart", s.shards);
        }
        // a large load leaves RocksDB with many overlapping files until it compacts them
        if s.added + s.updated >= COMPACT_HINT_AT || s.shards > 0 {
            println!("run `newsgraph compact` once the loading is done: queries then read fewer files (on 100,000 bench articles, 2-5x faster)");
        }
    }
    for e in &s.failed {
        eprintln!("newsgraph: skipped {e}");
    }
    if !s.failed.is_empty() {
        eprintln!("newsgraph: {} input(s) could not be ingested (listed above); everything else was stored", s.failed.len());
        return Ok(2);
    }
    Ok(0)
}

fn extract(paths: &[PathBuf], out: Option<PathBuf>, format: &str) -> Result<i32> {
    use store::{nquads::NQuads, rdf};
    let jsonl = match format {
        "nquads" => false,
        "jsonl" => true,
        _ => bail!("unknown extract format {format:?}: use nquads or jsonl"),
    };
    // a small buffer: an article's N-Quads (~130 KB) are written from their own buffer, not
    // copied into this one first
    let mut w: Box<dyn Write> = match &out {
        Some(p) => Box::new(std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?)),
        None => Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
    };
    let render = |d: &model::Doc, buf: &mut Vec<u8>| {
        if jsonl {
            serde_json::to_writer(&mut *buf, &export::doc_json::doc_json(d)).expect("JSON values serialise");
            buf.push(b'\n');
        } else {
            // (room for what an article's text usually makes, ~37 bytes a byte, at once: grown
            // from nothing, a buffer was copied a dozen times over)
            // (an emptied buffer too small is replaced, not grown: growing copied its whole old
            // capacity, 5 M instructions per 200 articles)
            let mut out = std::mem::take(buf);
            let room = 40 * d.text().len();
            if out.is_empty() && out.capacity() < room {
                out = Vec::with_capacity(room);
            }
            out.reserve(room);
            let mut s = NQuads::new(out);
            rdf::write_doc(d, &mut s);
            *buf = s.out;
        }
    };
    let (registry, errors) = pipeline::extract(paths, render, &mut w)?;
    if !jsonl {
        let mut s = NQuads::default();
        for e in registry.entities.values() {
            rdf::write_entity(e, &mut s);
            if s.out.len() > 1 << 20 {
                w.write_all(&s.out)?;
                s.out.clear();
            }
        }
        w.write_all(&s.out)?;
    }
    w.flush()?;
    for e in &errors {
        eprintln!("newsgraph: skipped {e}");
    }
    Ok(if errors.is_empty() { 0 } else { 2 })
}

pub fn stats<W: Write>(st: &store::Backend, out: &mut W) -> Result<()> {
    use store::vocab::*;
    let count = |q: &str| -> Result<String> { Ok(st.select(q)?.first().map(|r| store::lit(&r[0])).unwrap_or_default()) };
    let eg = entities_graph();
    writeln!(out, "articles    {}", count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{SCHEMA}NewsArticle> }} }}"))?)?;
    for kind in ["Person", "Organization", "Country", "Place"] {
        writeln!(out, "{:<11} {}", kind.to_lowercase(), count(&format!("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{eg}> {{ ?e a <{SCHEMA}{kind}> }} GRAPH ?g {{ ?m <{NG}refersTo> ?e }} }}"))?)?;
    }
    writeln!(out, "statements  {}", count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{PROV}wasAttributedTo> ?p }} }}"))?)?;
    writeln!(out, "demands     {}", count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <{NG}Demand> }} }}"))?)?;
    writeln!(out, "roles       {}", count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r a <{ORG}Membership> }} }}"))?)?;
    writeln!(out, "triples     {}", st.len()?)?;
    Ok(())
}
