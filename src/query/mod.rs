//! Running users' SPARQL and printing the answers as a table, CSV, TSV or JSON; `ask`
//! maps plain questions to SPARQL.

pub mod ask;
pub mod explain;

use crate::store::Backend;
use anyhow::{anyhow, bail, Result};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::io::Write;
use std::time::Duration;

fn short(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            let s = n.as_str();
            for (p, iri) in crate::store::vocab::PREFIXES {
                if let Some(rest) = s.strip_prefix(iri) {
                    return format!("{p}:{rest}");
                }
            }
            format!("<{s}>")
        }
        other => other.to_string(),
    }
}

/// Runs `query` with an optional time limit and writes its results to `out`. Updates are
/// refused, on a remote endpoint too.
pub fn run<W: Write>(store: &Backend, query: &str, format: &str, timeout: Option<Duration>, mut out: W) -> Result<usize> {
    if !["table", "csv", "tsv", "json"].contains(&format) {
        bail!("unknown format {format:?}: use table, csv, tsv or json");
    }
    if let Err(e) = SparqlEvaluator::new().parse_query(query) {
        let upper = query.to_uppercase();
        if ["INSERT", "DELETE", "CLEAR", "DROP", "LOAD", "CREATE"].iter().any(|k| upper.trim_start().starts_with(k) || upper.contains(&format!("\n{k}"))) {
            bail!("updates are refused by `query`: the store is changed only by `ingest` ({e})");
        }
    }
    let answer = store.execute(query, timeout)?;
    let token = answer.token;
    let fail = |e: &dyn std::fmt::Display| {
        if token.is_cancelled() {
            anyhow!("query stopped: it ran longer than the --timeout")
        } else {
            anyhow!("query failed: {e}")
        }
    };
    match (answer.results, format) {
        (QueryResults::Solutions(sols), "table") => {
            let vars: Vec<String> = sols.variables().iter().map(|v| v.as_str().to_string()).collect();
            let mut rows: Vec<Vec<String>> = Vec::new();
            for s in sols {
                let s = s.map_err(|e| fail(&e))?;
                rows.push(vars.iter().map(|v| s.get(v.as_str()).map(short).unwrap_or_default()).collect());
            }
            print_table(&vars, &rows, &mut out)?;
            Ok(rows.len())
        }
        (QueryResults::Solutions(sols), f) => {
            let fmt = match f {
                "csv" => QueryResultsFormat::Csv,
                "tsv" => QueryResultsFormat::Tsv,
                "json" => QueryResultsFormat::Json,
                other => bail!("unknown format {other:?}: use table, csv, tsv or json"),
            };
            let vars = sols.variables().to_vec();
            let mut ser = QueryResultsSerializer::from_format(fmt).serialize_solutions_to_writer(&mut out, vars)?;
            let mut n = 0;
            for s in sols {
                let s = s.map_err(|e| fail(&e))?;
                ser.serialize(&s)?;
                n += 1;
            }
            ser.finish()?;
            Ok(n)
        }
        (QueryResults::Boolean(b), _) => {
            writeln!(out, "{b}")?;
            Ok(1)
        }
        (QueryResults::Graph(triples), _) => {
            let mut n = 0;
            for t in triples {
                writeln!(out, "{} .", t.map_err(|e| fail(&e))?)?;
                n += 1;
            }
            Ok(n)
        }
    }
}

/// Reads a SELECT's answer whole: its variables and rows, at most `max` of them, and whether
/// there were more (the rest is not read).
pub fn read_rows(store: &Backend, query: &str, timeout: Option<Duration>, max: usize) -> Result<(Vec<String>, Vec<Vec<Option<Term>>>, bool)> {
    let answer = store.execute(query, timeout)?;
    let token = answer.token;
    let QueryResults::Solutions(sols) = answer.results else { bail!("expected a SELECT query") };
    let vars: Vec<String> = sols.variables().iter().map(|v| v.as_str().to_string()).collect();
    let (mut rows, mut more) = (Vec::new(), false);
    for s in sols {
        let s = s.map_err(|e| if token.is_cancelled() { anyhow!("query stopped: it ran longer than the time limit") } else { anyhow!("query failed: {e}") })?;
        if rows.len() == max {
            more = true;
            break;
        }
        rows.push(vars.iter().map(|v| s.get(v.as_str()).cloned()).collect());
    }
    Ok((vars, rows, more))
}

/// Prints rows read by [`read_rows`] as `run` prints an answer (table, csv, tsv or json).
pub fn print_rows<W: Write>(vars: &[String], rows: &[Vec<Option<Term>>], format: &str, mut out: W) -> Result<()> {
    if format == "table" {
        let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|t| t.as_ref().map(short).unwrap_or_default()).collect()).collect();
        return print_table(vars, &cells, &mut out);
    }
    let fmt = match format {
        "csv" => QueryResultsFormat::Csv,
        "tsv" => QueryResultsFormat::Tsv,
        "json" => QueryResultsFormat::Json,
        other => bail!("unknown format {other:?}: use table, csv, tsv or json"),
    };
    let variables: Vec<oxigraph::model::Variable> = vars.iter().map(|v| oxigraph::model::Variable::new_unchecked(v.clone())).collect();
    let mut ser = QueryResultsSerializer::from_format(fmt).serialize_solutions_to_writer(&mut out, variables.clone())?;
    for r in rows {
        ser.serialize(variables.iter().zip(r).filter_map(|(v, t)| t.as_ref().map(|t| (v, t))))?;
    }
    ser.finish()?;
    Ok(())
}

/// A plain aligned text table; long cells are cut so rows stay readable.
pub fn print_table<W: Write>(vars: &[String], rows: &[Vec<String>], out: &mut W) -> Result<()> {
    const MAX: usize = 60;
    let cut = |s: &str| -> String {
        let s = s.replace('\n', " ");
        if s.chars().count() > MAX {
            format!("{}…", s.chars().take(MAX - 1).collect::<String>())
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(c)).collect()).collect();
    let widths: Vec<usize> = (0..vars.len()).map(|i| cells.iter().map(|r| r[i].chars().count()).chain([vars[i].len()]).max().unwrap_or(0)).collect();
    let line = |out: &mut W, r: &[String]| -> std::io::Result<()> {
        let parts: Vec<String> = r.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}", w = *w)).collect();
        writeln!(out, "{}", parts.join(" | ").trim_end())
    };
    line(out, vars)?;
    writeln!(out, "{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("-+-"))?;
    for r in &cells {
        line(out, r)?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })?;
    Ok(())
}
