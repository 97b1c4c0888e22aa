//! A remote SPARQL 1.1 endpoint: queries by the SPARQL 1.1 Protocol (POST, form-encoded),
//! writes by SPARQL 1.1 Update (`INSERT DATA`, `DROP GRAPH`) sent to the same URL.
//! Results come back as SPARQL JSON results (or N-Triples for CONSTRUCT/DESCRIBE) and are
//! parsed with Oxigraph's own parsers, so callers see the same `QueryResults` as locally.
//!
//! Every failure — a dead server, an HTTP error, a SPARQL error, a refused update — becomes
//! one line that names the endpoint.

use anyhow::{anyhow, bail, Result};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter, Variable};
use std::sync::Arc;
use std::fmt::Write as _;
use std::time::Duration;

/// Triples per `INSERT DATA` request: large enough to keep requests few, small enough for
/// servers whose SPARQL compiler struggles with huge updates.
const INSERT_CHUNK: usize = 4000;

/// Graphs dropped or entities rewritten per update request.
const DROP_CHUNK: usize = 200;

pub struct Endpoint {
    /// The endpoint's URL without credentials: used for requests and named in errors.
    url: String,
    /// `Authorization` header value when the URL carried `user:password@`.
    auth: Option<String>,
    agent: ureq::Agent,
}

/// Is this `--store` value an endpoint URL rather than a folder?
pub fn is_url(spec: &str) -> bool {
    let l = spec.trim_start().to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// What kind of answer a query asks for: decides the Accept header.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Solutions,
    /// ASK: Virtuoso answers it as one solution binding `__ASK_RETVAL` to 1 (or none).
    Boolean,
    Graph,
    /// Not known (the query did not parse locally): accept either, decide by Content-Type.
    Unknown,
}

/// The form of a query from its first keyword after the prologue (comments, `BASE`,
/// `PREFIX` declarations, IRIs and strings are skipped).
pub fn query_form(query: &str) -> Form {
    let mut chars = query.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '<' => {
                for (_, c) in chars.by_ref() {
                    if c == '>' {
                        break;
                    }
                }
            }
            '"' | '\'' => {
                let mut escaped = false;
                for (_, d) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
            }
            c if c.is_ascii_alphabetic() => {
                let mut end = query.len();
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_ascii_alphanumeric() || d == '_' || d == ':' || d == '-' {
                        chars.next();
                    } else {
                        end = j;
                        break;
                    }
                }
                match query[i..end].to_ascii_uppercase().as_str() {
                    "SELECT" => return Form::Solutions,
                    "ASK" => return Form::Boolean,
                    "CONSTRUCT" | "DESCRIBE" => return Form::Graph,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Form::Unknown
}

impl Endpoint {
    /// An endpoint for `spec` (`http(s)://[user:password@]host[:port]/path`). Nothing is sent yet.
    pub fn new(spec: &str) -> Result<Endpoint> {
        let spec = spec.trim();
        let (scheme, rest) = spec.split_once("://").ok_or_else(|| anyhow!("{spec} is not an http:// or https:// URL"))?;
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let (auth, host) = match authority.rsplit_once('@') {
            Some((userinfo, host)) => {
                let (u, p) = userinfo.split_once(':').unwrap_or((userinfo, ""));
                (Some(format!("Basic {}", base64(format!("{}:{}", percent_decode(u), percent_decode(p)).as_bytes()))), host)
            }
            None => (None, authority),
        };
        if host.is_empty() {
            bail!("{spec} names no host");
        }
        let url = format!("{}://{host}{path}", scheme.to_ascii_lowercase());
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Ok(Endpoint { url, auth, agent })
    }

    /// The URL, without credentials.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Sends a form-encoded POST (`query=` or `update=`) and returns the response when the
    /// server answered 2xx; anything else is a one-line error naming the endpoint.
    fn post(&self, key: &str, text: &str, accept: &str, timeout: Option<Duration>) -> Result<ureq::http::Response<ureq::Body>> {
        let mut req = self.agent.post(&self.url).header("Accept", accept);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        if let Some(t) = timeout {
            req = req.config().timeout_global(Some(t)).build();
        }
        let mut resp = req.send_form([(key, text)]).map_err(|e| self.transport_error(e, timeout))?;
        let status = resp.status();
        if status.is_success() {
            return Ok(resp);
        }
        let body = resp.body_mut().with_config().limit(64 * 1024).lossy_utf8(true).read_to_string().unwrap_or_default();
        Err(self.http_error(status.as_u16(), status.canonical_reason().unwrap_or(""), &body, key == "update", resp.headers()))
    }

    fn transport_error(&self, e: ureq::Error, timeout: Option<Duration>) -> anyhow::Error {
        let why = match &e {
            ureq::Error::ConnectionFailed => "connection failed (is the server running, and is the port right?)".to_string(),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused (is the server running, and is the port right?)".to_string(),
            ureq::Error::HostNotFound => "host not found".to_string(),
            ureq::Error::Io(io) if io.to_string().contains("lookup address") => "host not found".to_string(),
            ureq::Error::Timeout(_) => match timeout {
                Some(t) => format!("no answer within {} s (the --timeout)", t.as_secs_f64()),
                None => "timed out".to_string(),
            },
            other => one_line(&other.to_string()),
        };
        anyhow!("SPARQL endpoint {}: {why}", self.url)
    }

    fn http_error(&self, status: u16, reason: &str, body: &str, update: bool, headers: &ureq::http::HeaderMap) -> anyhow::Error {
        let detail = server_message(body);
        let digest = headers.get_all("www-authenticate").iter().any(|v| v.to_str().is_ok_and(|s| s.to_ascii_lowercase().starts_with("digest")));
        let hint = if status == 401 && digest {
            " (the server asks for digest authentication, which newsgraph does not do: use an endpoint that takes basic authentication or none, e.g. Virtuoso's /sparql with SPARQL_UPDATE granted to the SPARQL user)"
        } else if status == 401 || status == 403 {
            if update {
                " (writing needs update permission: give user:password@ in the URL, or grant it on the server, e.g. for Virtuoso's /sparql: GRANT SPARQL_UPDATE TO \"SPARQL\";)"
            } else {
                " (give user:password@ in the URL if the endpoint needs a login)"
            }
        } else if update && (detail.contains("No permission") || detail.contains("SECURITY") || detail.contains("permission denied")) {
            " (writing needs update permission; for Virtuoso's /sparql run in isql: GRANT SPARQL_UPDATE TO \"SPARQL\";)"
        } else {
            ""
        };
        let what = if update { "update" } else { "query" };
        if detail.is_empty() {
            anyhow!("SPARQL endpoint {} refused the {what}: HTTP {status} {reason}{hint}", self.url)
        } else {
            anyhow!("SPARQL endpoint {} refused the {what}: HTTP {status} {reason}: {detail}{hint}", self.url)
        }
    }

    /// Runs a query and returns its results as a stream, like a local query does.
    pub fn query(&self, query: &str, form: Form, timeout: Option<Duration>) -> Result<QueryResults<'static>> {
        let accept = match form {
            Form::Solutions | Form::Boolean => "application/sparql-results+json, application/sparql-results+xml;q=0.8",
            Form::Graph => "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8",
            Form::Unknown => "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
        };
        let resp = self.post("query", query, accept, timeout)?;
        if let Some(max) = resp.headers().get("x-sparql-maxrows") {
            // Virtuoso cuts results at its ResultSetMaxRows and says so only in this header
            bail!(
                "SPARQL endpoint {} cut the results at {} rows (a server limit; for Virtuoso raise [SPARQL] ResultSetMaxRows in virtuoso.ini)",
                self.url,
                max.to_str().unwrap_or("?")
            );
        }
        let ctype = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
        let url = self.url.clone();
        let reader = resp.into_body().into_with_config().limit(u64::MAX).reader();
        let results_format = if ctype.contains("sparql-results+json") || ctype.contains("application/json") {
            Some(QueryResultsFormat::Json)
        } else if ctype.contains("sparql-results+xml") {
            Some(QueryResultsFormat::Xml)
        } else {
            None
        };
        if let Some(f) = results_format {
            let parsed = QueryResultsParser::from_format(f).for_reader(reader).map_err(|e| anyhow!("SPARQL endpoint {url} sent results that cannot be read: {}", one_line(&e.to_string())))?;
            return Ok(match QueryResults::from(parsed) {
                QueryResults::Solutions(sols) if form == Form::Boolean && sols.variables().len() == 1 => {
                    let mut yes = false;
                    for s in sols {
                        let s = s.map_err(|e| anyhow!("SPARQL endpoint {url} sent results that cannot be read: {}", one_line(&e.to_string())))?;
                        yes |= s.values().first().and_then(|v| v.as_ref()).is_some_and(|t| matches!(t, Term::Literal(l) if l.value() == "1" || l.value() == "true"));
                    }
                    QueryResults::Boolean(yes)
                }
                QueryResults::Solutions(sols) => {
                    let vars: Arc<[Variable]> = sols.variables().into();
                    QueryResults::Solutions(QuerySolutionIter::from_tuples(vars, sols.map(|s| s.map(|s| s.values().iter().map(|t| t.as_ref().map(canonical)).collect()))))
                }
                other => other,
            });
        }
        let rdf = if ctype.contains("n-triples") || ctype.starts_with("text/plain") {
            RdfFormat::NTriples
        } else if ctype.contains("turtle") {
            RdfFormat::Turtle
        } else if ctype.contains("rdf+xml") {
            RdfFormat::RdfXml
        } else {
            bail!("SPARQL endpoint {url} answered with {ctype:?}, which is neither SPARQL results nor RDF");
        };
        let quads = RdfParser::from_format(rdf).for_reader(reader);
        Ok(QueryResults::Graph(QueryTripleIter::new(quads.map(move |q| {
            q.map(|q| Triple::new(q.subject, q.predicate, canonical(&q.object))).map_err(|e| QueryEvaluationError::Service(Box::new(e)))
        }))))
    }

    /// Runs a SPARQL 1.1 Update.
    pub fn update(&self, update: &str) -> Result<()> {
        let mut resp = self.post("update", update, "application/sparql-results+json, text/plain;q=0.5, */*;q=0.1", None)?;
        // read the (ignored) answer to the end so the connection can be reused
        let _ = resp.body_mut().with_config().limit(1 << 20).lossy_utf8(true).read_to_string();
        Ok(())
    }

    /// Inserts quads with `INSERT DATA`, several thousand triples per request.
    pub fn insert_quads(&self, quads: &[Quad]) -> Result<()> {
        for chunk in quads.chunks(INSERT_CHUNK) {
            self.update(&insert_data(chunk))?;
        }
        Ok(())
    }

    /// Drops named graphs (those that do not exist are ignored).
    pub fn drop_graphs(&self, graphs: &[NamedNode]) -> Result<()> {
        for chunk in graphs.chunks(DROP_CHUNK) {
            let u: Vec<String> = chunk.iter().map(|g| format!("DROP SILENT GRAPH {g}")).collect();
            self.update(&u.join(" ;\n"))?;
        }
        Ok(())
    }

    /// Removes every triple of these subjects from graph `g`.
    pub fn delete_subjects(&self, g: &NamedNode, subjects: &[NamedNode]) -> Result<()> {
        for chunk in subjects.chunks(DROP_CHUNK) {
            let u: Vec<String> = chunk.iter().map(|s| format!("DELETE WHERE {{ GRAPH {g} {{ {s} ?p ?o }} }}")).collect();
            self.update(&u.join(" ;\n"))?;
        }
        Ok(())
    }
}

/// A term as Oxigraph would give it back. Virtuoso returns booleans as `"1"^^xsd:boolean`;
/// that is the same value as `true`, written the canonical way here so that remote answers
/// and exports read like local ones.
pub fn canonical(t: &Term) -> Term {
    if let Term::Literal(l) = t {
        if l.datatype() == xsd::BOOLEAN {
            match l.value() {
                "1" => return Literal::from(true).into(),
                "0" => return Literal::from(false).into(),
                _ => {}
            }
        }
    }
    t.clone()
}

/// `INSERT DATA { GRAPH <g> { … } … }` for quads in named graphs (default-graph quads go
/// outside any GRAPH block). Literals and IRIs are written as in N-Triples, non-ASCII
/// characters as `\u` escapes, which every SPARQL parser reads the same way whatever
/// character set it assumes for the request.
pub fn insert_data(quads: &[Quad]) -> String {
    let mut s = String::with_capacity(quads.len() * 160);
    s.push_str("INSERT DATA {\n");
    let mut i = 0;
    while i < quads.len() {
        let g = &quads[i].graph_name;
        let mut j = i;
        if let GraphName::NamedNode(n) = g {
            let _ = writeln!(s, "GRAPH {n} {{");
        }
        while j < quads.len() && &quads[j].graph_name == g {
            let q = &quads[j];
            let _ = writeln!(s, "{} {} {} .", q.subject, q.predicate, ascii_escape(&q.object.to_string()));
            j += 1;
        }
        if matches!(g, GraphName::NamedNode(_)) {
            s.push_str("}\n");
        }
        i = j;
    }
    s.push('}');
    s
}

/// Replaces non-ASCII characters by `\uXXXX` / `\UXXXXXXXX` escapes.
fn ascii_escape(t: &str) -> String {
    if t.is_ascii() {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len() + 16);
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) <= 0xFFFF {
            let _ = write!(out, "\\u{:04X}", c as u32);
        } else {
            let _ = write!(out, "\\U{:08X}", c as u32);
        }
    }
    out
}

/// The useful part of a server's error page, on one line and not too long.
fn server_message(body: &str) -> String {
    // Virtuoso repeats the query after "SPARQL query:"; HTML pages get their tags dropped
    let body = body.split("\nSPARQL query:").next().unwrap_or(body);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let line = one_line(&text);
    if line.chars().count() > 400 {
        format!("{}…", line.chars().take(399).collect::<String>())
    } else {
        line
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(v) = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_credentials_and_escapes() {
        assert!(is_url("http://localhost:8890/sparql") && is_url("HTTPS://x/y") && !is_url("./store") && !is_url("http-store"));
        let e = Endpoint::new("http://dba:p%40ss@127.0.0.1:8890/sparql").unwrap();
        assert_eq!(e.url(), "http://127.0.0.1:8890/sparql");
        assert_eq!(e.auth.as_deref(), Some(format!("Basic {}", base64(b"dba:p@ss")).as_str()));
        assert_eq!(base64(b"Aladdin:open sesame"), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert!(Endpoint::new("http:///sparql").is_err());
        assert_eq!(query_form("# a CONSTRUCT\nPREFIX construct: <http://x/SELECT#> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Form::Graph);
        assert_eq!(query_form("BASE <http://x/> prefix ask: <y> select * { ?s ask:p \"CONSTRUCT\" }"), Form::Solutions);
        assert_eq!(query_form("ASK { }"), Form::Boolean);
        assert_eq!(query_form("DESCRIBE <x>"), Form::Graph);
        assert_eq!(query_form("nonsense"), Form::Unknown);
        let g = GraphName::NamedNode(NamedNode::new_unchecked("urn:g"));
        let q = Quad::new(NamedNode::new_unchecked("urn:s"), NamedNode::new_unchecked("urn:p"), Literal::new_simple_literal("“Zelenskyy” said \"no\"\n😀"), g);
        let u = insert_data(&[q.clone(), q]);
        assert!(u.contains(r#""\u201CZelenskyy\u201D said \"no\"\n\U0001F600""#), "{u}");
        assert_eq!(u.matches("GRAPH <urn:g>").count(), 1, "{u}");
        let _parsed = oxigraph::sparql::SparqlEvaluator::new().parse_update(&u).expect("valid SPARQL Update");
        assert_eq!(server_message("Virtuoso 37000 Error SP030: bad\n\nSPARQL query:\nSELECT"), "Virtuoso 37000 Error SP030: bad");
        assert_eq!(server_message("<html><body><h1>Not Found</h1></body></html>"), "Not Found");
    }
}
