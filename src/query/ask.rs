//! Questions in plain words, mapped to SPARQL over the store. Names match every name an
//! actor is mentioned by ("Zelensky" finds Volodymyr Zelenskyy); they reach SPARQL only as
//! escaped literals, so a name with quotes cannot change the query.

use crate::store::vocab::{entities_graph, NG, NIF, ORG, PROV, SCHEMA, WGS84};
use crate::store::{lit, Backend};
use anyhow::{bail, Result};
use oxigraph::model::{Literal, Term};

/// The questions `ask` understands, for its help and error message.
pub const FORMS: &[&str] = &[
    "who said what about X",
    "what did X say about Y",
    "what did X say",
    "who criticised X   (also: who accused / condemned / blamed X)",
    "what does X demand",
    "what does X demand of Y",
    "who demands what of X",
    "what is X's role   (also: who is X)",
    "who are the actors in ARTICLE",
    "where is PLACE",
    "which statements mention PLACE",
];

/// Finds the entities a name can mean: by canonical name or any name they are mentioned by,
/// whole or as the last word(s) (a surname), case-insensitively. The name reaches SPARQL only
/// as an escaped literal.
pub type Resolve<'a> = &'a dyn Fn(&str) -> Result<Vec<String>>;

pub fn resolution_query(name: &str) -> String {
    let lit = Literal::new_simple_literal(name.trim().to_lowercase()).to_string();
    format!("SELECT DISTINCT ?e WHERE {{ GRAPH <{eg}> {{ ?e <{NG}lookupKey> {lit} }} }} ORDER BY ?e", eg = entities_graph())
}

/// The same answer as [`resolution_query`] by a scan of every name, for stores written
/// before entities had `ng:lookupKey`s (asked only when the store has none).
pub fn resolution_scan(name: &str) -> String {
    let lit = Literal::new_simple_literal(name.trim().to_lowercase()).to_string();
    format!(
        "SELECT DISTINCT ?e WHERE {{ GRAPH <{eg}> {{ {{ ?e <{SCHEMA}name> ?n }} UNION {{ ?e <{NG}nameVariant> ?n }} }}
  BIND(LCASE(STR(?n)) AS ?l) FILTER(?l = {lit} || STRENDS(?l, CONCAT(\" \", {lit}))) }} ORDER BY ?e",
        eg = entities_graph()
    )
}

/// The entity IRIs `name` can mean in `store` (see [`resolution_query`]).
pub fn find_entities(store: &Backend, name: &str) -> Result<Vec<String>> {
    let iris = |q: &str| -> Result<Vec<String>> { Ok(store.select(q)?.iter().map(|r| lit(&r[0])).collect()) };
    let found = iris(&resolution_query(name))?;
    if found.is_empty() && store.select(&any_lookup_key())?.is_empty() {
        return iris(&resolution_scan(name));
    }
    Ok(found)
}

/// One lookup key, if the store's entities carry them (stores written before them do not).
fn any_lookup_key() -> String {
    format!("SELECT ?k WHERE {{ GRAPH <{eg}> {{ ?e <{NG}lookupKey> ?k }} }} LIMIT 1", eg = entities_graph())
}

/// `VALUES ?var { … }` with the entities `name` can mean (none: the answer is empty).
fn entity_pattern(r: Resolve, var: &str, name: &str) -> Result<String> {
    Ok(format!("  VALUES ?{var} {{ {} }}\n", entity_iris(r, name)?.join(" ")))
}

/// The nodes (`?node` in graph `?g`) that `link` ties to an actor `name` can mean, with the
/// actor's name as `?label`, as a subquery of its own. Asked about two actors, each side
/// becomes such a subquery and Oxigraph joins the two by hash: it reads each actor's links
/// once instead of checking the other actor on every link of the first (it otherwise put
/// one lookup last and read every link of every statement: 0.7 s instead of 20 ms for two
/// much-named people on 10,000 articles). The actor's IRI is not projected: Virtuoso 7
/// cannot compile a subquery projecting a variable that a VALUES of one IRI fixes.
fn anchor(r: Resolve, node: &str, link: &str, var: &str, label: &str, name: &str) -> Result<String> {
    Ok(format!(
        "  {{ SELECT ?{node} ?g ?{label} WHERE {{\n  {}    GRAPH <{eg}> {{ ?{var} schema:name ?{label} }}\n    GRAPH ?g {{ ?{node} {link} ?{var} }} }} }}\n",
        entity_pattern(r, var, name)?,
        eg = entities_graph()
    ))
}

fn entity_iris(r: Resolve, name: &str) -> Result<Vec<String>> {
    Ok(r(name)?.into_iter().filter_map(|i| oxigraph::model::NamedNode::new(i).ok()).map(|n| n.to_string()).collect())
}

/// The name of the actor a link (`?s schema:about ?a`, graph `?g`) leads to. Asked about
/// (`asked`), the link is already a required pattern of the query and the name is required
/// too. Otherwise link and name are two one-pattern OPTIONALs, which Oxigraph looks up per
/// row (one OPTIONAL of two patterns read every link in the store first: 0.2 s instead of
/// 30 ms on 10,000 articles); `ng:none` stands in for a missing link so the name lookup
/// never runs with `?var` unbound (which would match every entity's name).
fn linked_name(asked: bool, link: &str, var: &str, name: &str) -> String {
    let eg = entities_graph();
    if asked {
        return format!("  GRAPH <{eg}> {{ ?{var} schema:name ?{name} . }}\n");
    }
    format!(
        "  OPTIONAL {{ GRAPH ?g {{ {link} }} }}\n  BIND(COALESCE(?{var}, ng:none) AS ?{var}_)\n  OPTIONAL {{ GRAPH <{eg}> {{ ?{var}_ schema:name ?{name} }} }}\n"
    )
}

fn prefix() -> String {
    format!("PREFIX ng: <{NG}> PREFIX schema: <{SCHEMA}> PREFIX prov: <{PROV}> PREFIX nif: <{NIF}> PREFIX org: <{ORG}> PREFIX geo: <{WGS84}>\n")
}

/// One side of the link from a statement or demand to an actor: its predicate, the
/// variables of the actor and of its name, and the name asked for, if any.
struct Side<'a> {
    link: &'static str,
    var: &'static str,
    label: &'static str,
    asked: Option<&'a str>,
}

/// The patterns that tie `?{node}` (described by `body`, in graph `?g`) to its two sides.
/// Both asked: a subquery per side, joined by hash (see `anchor`). Otherwise the asked one's
/// IRIs as VALUES, from which Oxigraph walks to its nodes; the first side required with its
/// name, the second named where linked (see `linked_name`).
fn tie(r: Resolve, node: &str, body: &str, first: Side, second: Side) -> Result<String> {
    if let (Some(a), Some(b)) = (first.asked, second.asked) {
        let (x, y) = (anchor(r, node, first.link, first.var, first.label, a)?, anchor(r, node, second.link, second.var, second.label, b)?);
        return Ok(format!("{x}{y}  GRAPH ?g {{ {body} }}\n"));
    }
    let mut q = String::new();
    let mut second_link = String::new();
    if let Some(a) = first.asked {
        q.push_str(&entity_pattern(r, first.var, a)?);
    } else if let Some(b) = second.asked {
        q.push_str(&entity_pattern(r, second.var, b)?);
        second_link = format!("?{node} {} ?{} .", second.link, second.var);
    }
    let (link, var, label, eg) = (first.link, first.var, first.label, entities_graph());
    q.push_str(&format!("  GRAPH ?g {{ ?{node} {link} ?{var} . {second_link} {body} }}\n  GRAPH <{eg}> {{ ?{var} schema:name ?{label} . }}\n"));
    q.push_str(&linked_name(second.asked.is_some(), &format!("?{node} {} ?{}", second.link, second.var), second.var, second.label));
    Ok(q)
}

fn statements(r: Resolve, speaker: Option<&str>, about: Option<&str>, cue_filter: Option<&str>) -> Result<String> {
    let mut q = prefix();
    q.push_str("SELECT DISTINCT ?speaker ?cue ?about ?text ?article WHERE {\n");
    let body = "?s nif:anchorOf ?text ; nif:beginIndex ?b . ?g ng:sourceName ?article .";
    let speaker = Side { link: "prov:wasAttributedTo", var: "sp", label: "speaker", asked: speaker };
    let about = Side { link: "schema:about", var: "a", label: "about", asked: about };
    q.push_str(&tie(r, "s", body, speaker, about)?);
    // every OPTIONAL comes after every required pattern: Oxigraph then walks from the asked
    // actors and looks the optional parts up per statement (an OPTIONAL inside the first
    // group made it read every statement in the store first: 100 s instead of 0.4 s on
    // 10,000 articles)
    q.push_str("  OPTIONAL { GRAPH ?g { ?s ng:cue ?cue } }\n");
    if let Some(f) = cue_filter {
        q.push_str(&format!("  FILTER(BOUND(?cue) && REGEX(?cue, \"{f}\", \"i\"))\n"));
    }
    q.push_str("} ORDER BY ?article ?b ?about");
    Ok(q)
}

fn demands(r: Resolve, by: Option<&str>, of: Option<&str>) -> Result<String> {
    let mut q = prefix();
    q.push_str("SELECT DISTINCT ?by ?kind ?of ?what ?evidence ?article WHERE {\n");
    // no `?d a ng:Demand`: asked about both parties, Oxigraph read every demand's type first and
    // joined them with the two sides by hash (1.3 s instead of 13 ms at 100,000 articles); the
    // links already make ?d a demand
    let body = "?d ng:demanded ?what ; ng:demandKind ?kind ; ng:evidence ?evidence ; ng:evidenceBegin ?b . ?g ng:sourceName ?article .";
    let by = Side { link: "ng:demander", var: "dm", label: "by", asked: by };
    let of = Side { link: "ng:addressee", var: "ad", label: "ofName", asked: of };
    q.push_str(&tie(r, "d", body, by, of)?);
    q.push_str("  OPTIONAL { GRAPH ?g { ?d ng:addresseeText ?ofText } }\n  BIND(COALESCE(?ofName, ?ofText, \"\") AS ?of)\n} ORDER BY ?article ?b");
    Ok(q)
}

/// Rows `ask` prints as a table when no `--limit` is given: enough to read, and found in a
/// few milliseconds even for an actor named in thousands of articles (the whole answer then
/// takes seconds: every row is a few random reads in the store). More rows than this: the
/// first the store finds are printed, sorted, with a note that there are more.
pub const DEFAULT_LIMIT: usize = 100;

/// `query` (from [`to_sparql`]) split into the query without its final ORDER BY, projecting
/// the variables that ORDER BY names as well (`?b`, a position, is not shown but sorts), and
/// those sort keys (variable, descending?). `ask` sorts the rows itself ([`sort_rows`]): the
/// store's sort reads each long string back at every comparison, and without an ORDER BY the
/// store can stop after the first rows a `LIMIT` asks for.
pub fn unsorted(query: &str) -> (String, Vec<(String, bool)>) {
    let (body, order) = match query.rfind(" ORDER BY ") {
        Some(i) if !query[i..].contains('}') => (&query[..i], &query[i + " ORDER BY ".len()..]),
        _ => return (query.to_string(), Vec::new()),
    };
    let keys: Vec<(String, bool)> = order
        .split_whitespace()
        .filter_map(|t| {
            let desc = t.starts_with("DESC(");
            let v = t.trim_start_matches("DESC(").trim_start_matches("ASC(").trim_end_matches(')');
            v.strip_prefix('?').map(|v| (v.to_string(), desc))
        })
        .collect();
    let mut body = body.to_string();
    if let (Some(sel), Some(wh)) = (body.find("SELECT "), body.find(" WHERE")) {
        let projected: Vec<&str> = body[sel..wh].split(|c: char| c.is_whitespace() || c == '(' || c == ')').collect();
        let missing: String = keys.iter().filter(|(v, _)| !projected.contains(&format!("?{v}").as_str())).map(|(v, _)| format!(" ?{v}")).collect();
        body.insert_str(wh, &missing);
    }
    (body, keys)
}

/// Sorts `rows` (of variables `vars`) by `keys` as SPARQL's ORDER BY does for the terms `ask`
/// sorts by: unbound first, numbers by value, other literals by their text, then IRIs.
pub fn sort_rows(vars: &[String], rows: &mut [Vec<Option<Term>>], keys: &[(String, bool)]) {
    let idx: Vec<(usize, bool)> = keys.iter().filter_map(|(k, d)| vars.iter().position(|v| v == k).map(|i| (i, *d))).collect();
    rows.sort_by(|a, b| {
        for &(i, desc) in &idx {
            let o = term_order(&a[i], &b[i]);
            if o != std::cmp::Ordering::Equal {
                return if desc { o.reverse() } else { o };
            }
        }
        std::cmp::Ordering::Equal
    });
}

fn term_order(a: &Option<Term>, b: &Option<Term>) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    let num = |l: &Literal| -> Option<f64> {
        let dt = l.datatype().as_str();
        ["#integer", "#int", "#long", "#decimal", "#double", "#float"].iter().any(|t| dt.ends_with(t)).then(|| l.value().parse().ok()).flatten()
    };
    match (a, b) {
        (None, None) => Equal,
        (None, _) => Less,
        (_, None) => Greater,
        (Some(Term::Literal(x)), Some(Term::Literal(y))) => match (num(x), num(y)) {
            (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(Equal),
            _ => x.value().cmp(y.value()),
        },
        (Some(Term::Literal(_)), Some(_)) => Greater,
        (Some(_), Some(Term::Literal(_))) => Less,
        (Some(x), Some(y)) => x.to_string().cmp(&y.to_string()),
    }
}

/// Maps a question to SPARQL, or explains which questions are understood.
pub fn to_sparql(question: &str, r: Resolve) -> Result<String> {
    let q = question.trim().trim_end_matches(['?', '.', '!']).trim();
    let lower = q.to_lowercase();
    let rest = |prefix: &str| q[prefix.len()..].trim().to_string();
    let eg = entities_graph();
    if lower.starts_with("who said what about ") {
        return statements(r, None, Some(&rest("who said what about ")), None);
    }
    if lower.starts_with("what did ") {
        let body = rest("what did ");
        let bl = body.to_lowercase();
        if let Some(i) = bl.find(" say about ") {
            return statements(r, Some(&body[..i]), Some(&body[i + " say about ".len()..]), None);
        }
        if let Some(stripped) = bl.strip_suffix(" say") {
            return statements(r, Some(&body[..stripped.len()]), None, None);
        }
    }
    for verb in ["criticised ", "criticized ", "accused ", "condemned ", "blamed ", "attacked ", "denounced "] {
        if let Some(name) = lower.strip_prefix("who ").and_then(|r| r.strip_prefix(verb)) {
            let name = &q[q.len() - name.len()..];
            return statements(r, None, Some(name), Some("critic|accus|condemn|blam|denounc|slam|attack|rebuk"));
        }
    }
    if lower.starts_with("what does ") {
        let body = rest("what does ");
        let bl = body.to_lowercase();
        for verb in [" demand of ", " demand from ", " want from "] {
            if let Some(i) = bl.find(verb) {
                return demands(r, Some(&body[..i]), Some(&body[i + verb.len()..]));
            }
        }
    }
    if lower.starts_with("what does ") && (lower.ends_with(" demand") || lower.ends_with(" want")) {
        let body = rest("what does ");
        let name = &body[..body.rfind(' ').unwrap_or(body.len())];
        return demands(r, Some(name), None);
    }
    for p in ["who demands what of ", "who demands anything of ", "who demands what from ", "what is demanded of "] {
        if lower.starts_with(p) {
            return demands(r, None, Some(&rest(p)));
        }
    }
    let role_of = if lower.starts_with("what is ") && (lower.ends_with("'s role") || lower.ends_with("’s role")) {
        Some(q["what is ".len()..q.len() - "'s role".len()].trim().trim_end_matches(['\'', '’']).to_string())
    } else if lower.starts_with("who is ") {
        Some(rest("who is "))
    } else {
        None
    };
    if let Some(name) = role_of {
        return Ok(format!(
            "{}SELECT DISTINCT ?person ?title ?of ?evidence ?article WHERE {{\n{}\n  GRAPH ?g {{ ?r org:member ?p ; ng:title ?t ; nif:anchorOf ?evidence . ?g ng:sourceName ?article . }}
  GRAPH <{eg}> {{ ?p schema:name ?person . }}
  OPTIONAL {{ GRAPH ?g {{ ?r ng:former ?former }} }}
{}
  BIND(IF(BOUND(?former), CONCAT(\"former \", ?t), ?t) AS ?title)
}} ORDER BY ?article ?title",
            prefix(),
            entity_pattern(r, "p", &name)?,
            linked_name(false, "?r org:organization|ng:ofPerson ?o", "o", "of")
        ));
    }
    if lower.starts_with("who are the actors in ") {
        let art = Literal::new_simple_literal(rest("who are the actors in ").to_lowercase()).to_string();
        // the articles first, by name (one scan of the article names), then their mentions; a
        // filter on the mentions' article read every mention in the store (86 s at 100,000)
        return Ok(format!(
            "{}SELECT ?actor ?type (COUNT(?m) AS ?mentions) ?article WHERE {{
  {{ SELECT ?g ?article WHERE {{ GRAPH ?g {{ ?g ng:sourceName ?article }} FILTER(CONTAINS(LCASE(?article), {art})) }} }}
  GRAPH ?g {{ ?m ng:refersTo ?e . }}
  GRAPH <{eg}> {{ ?e schema:name ?actor ; a ?cls . }}
  FILTER(?cls != schema:Place)
  BIND(STRAFTER(STR(?cls), STR(schema:)) AS ?type)
}} GROUP BY ?actor ?type ?article ORDER BY ?article DESC(?mentions) ?actor",
            prefix()
        ));
    }
    if lower.starts_with("where is ") {
        // the place's IRIs open every OPTIONAL too: Oxigraph evaluates an OPTIONAL of several
        // patterns whole before joining it, so without them it placed every place of the store
        // (13 s instead of 0.2 s on 10,000 articles)
        let p = entity_pattern(r, "p", &rest("where is "))?;
        let v = p.trim();
        return Ok(format!(
            "{}SELECT DISTINCT ?place ?kind ?region ?in ?lat ?lon WHERE {{\n{p}\n  GRAPH <{eg}> {{ ?p schema:name ?place . OPTIONAL {{ {v} ?p ng:placeKind ?kind }}
    OPTIONAL {{ {v} ?p schema:containedInPlace ?r . ?r a schema:Place ; schema:name ?region }}
    OPTIONAL {{ {v} {{ ?p schema:containedInPlace ?c }} UNION {{ ?p schema:containedInPlace ?r2 . ?r2 a schema:Place ; schema:containedInPlace ?c }} ?c a schema:Country ; schema:name ?in }}
    OPTIONAL {{ {v} ?p geo:lat ?lat ; geo:long ?lon }} }}
}} ORDER BY ?place",
            prefix()
        ));
    }
    for p in ["which statements mention ", "what statements mention ", "which statements are about "] {
        if lower.starts_with(p) {
            return statements(r, None, Some(&rest(p)), None);
        }
    }
    bail!("cannot map this question to SPARQL. Questions newsgraph understands:\n  {}", FORMS.join("\n  "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_each_form_and_escapes_names() {
        let fake = |_: &str| Ok(vec!["https://w3id.org/newsgraph/id/person/x".to_string()]);
        for q in ["who said what about Putin?", "What did Zelensky say about Putin", "what did Trump say", "who criticised Russia", "what does Putin demand?", "what does Putin demand of Ukraine", "who demands what of Ukraine", "what is Rubio's role", "who is Peskov", "who are the actors in 001", "where is Kursk", "which statements mention Kursk"] {
            let sparql = to_sparql(q, &fake).unwrap_or_else(|e| panic!("{q}: {e}"));
            assert!(sparql.contains("SELECT"), "{q}");
            let _parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(&sparql).unwrap_or_else(|e| panic!("{q}: {e}\n{sparql}"));
        }
        let evil = to_sparql("who is Bob\" } DROP ALL { \"", &fake).unwrap();
        let _parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(&resolution_query("Bob\" } DROP ALL { \"")).expect("escaped");
        let _parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(&evil).expect("a quote in a name stays inside its literal");
        assert!(to_sparql("how is the weather", &fake).unwrap_err().to_string().contains("who said what about X"));
    }

    #[test]
    fn unsorted_drops_the_final_order_and_projects_its_keys() {
        let fake = |_: &str| Ok(vec!["https://w3id.org/newsgraph/id/person/x".to_string()]);
        for q in ["who said what about Quill", "what did A say about B", "what does A demand", "who is Marrow", "who are the actors in 001", "where is Eastvale"] {
            let full = to_sparql(q, &fake).unwrap();
            let (body, keys) = unsorted(&full);
            assert!(!keys.is_empty() && !body.contains("ORDER BY"), "{q}: {body}");
            let limited = format!("{body} LIMIT 101");
            let parsed = oxigraph::sparql::SparqlEvaluator::new().parse_query(&limited).unwrap_or_else(|e| panic!("{q}: {e}\n{limited}"));
            let _ = parsed;
        }
        let (body, keys) = unsorted(&to_sparql("who said what about Quill", &fake).unwrap());
        assert_eq!(keys, vec![("article".to_string(), false), ("b".to_string(), false), ("about".to_string(), false)]);
        assert!(body.contains("?article ?b WHERE"), "{body}");
        let (_, keys) = unsorted(&to_sparql("who are the actors in 001", &fake).unwrap());
        assert_eq!(keys[1], ("mentions".to_string(), true));
        // an ORDER BY inside a subquery stays: only the final one goes
        let sub = "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x LIMIT 5 } }";
        assert_eq!(unsorted(sub), (sub.to_string(), vec![]));
    }

    #[test]
    fn rows_sort_as_order_by_does() {
        let int = |n: i64| Some(Term::Literal(Literal::from(n)));
        let s = |x: &str| Some(Term::Literal(Literal::new_simple_literal(x)));
        let vars = vec!["a".to_string(), "b".to_string()];
        let mut rows = vec![vec![s("y"), int(10)], vec![s("x"), int(9)], vec![s("y"), int(9)], vec![None, int(1)]];
        sort_rows(&vars, &mut rows, &[("a".into(), false), ("b".into(), false)]);
        assert_eq!(rows, vec![vec![None, int(1)], vec![s("x"), int(9)], vec![s("y"), int(9)], vec![s("y"), int(10)]]);
        sort_rows(&vars, &mut rows, &[("b".into(), true)]);
        assert_eq!(rows[0], vec![s("y"), int(10)]);
    }
}
