//! `newsgraph explain NAME`: an entity's names and mentions, and why they were joined.

use crate::resolve::keys::{first_names_compatible, middles_compatible, skeleton};
use crate::store::vocab::{entities_graph, NG, NIF, SCHEMA};
use crate::store::{lit, Backend};
use anyhow::{bail, Result};
use std::io::Write;

pub fn explain<W: Write>(store: &Backend, name: &str, out: &mut W) -> Result<()> {
    let entities = super::ask::find_entities(store, name)?;
    if entities.is_empty() {
        bail!("no entity is named {name:?} (names match any name an entity is mentioned by, or a surname)");
    }
    let eg = entities_graph();
    for iri in entities {
        let node = oxigraph::model::NamedNode::new(iri.clone())?.to_string();
        let info = store.select(&format!("SELECT ?name ?cls WHERE {{ GRAPH <{eg}> {{ {node} <{SCHEMA}name> ?name ; a ?cls }} }}"))?;
        let (canonical, kind) = info.first().map(|r| (lit(&r[0]), lit(&r[1]).rsplit('/').next().unwrap_or("").to_string())).unwrap_or_default();
        writeln!(out, "{canonical} ({kind})\n  {iri}")?;
        let variants: Vec<String> = store.select(&format!("SELECT ?v WHERE {{ GRAPH <{eg}> {{ {node} <{NG}nameVariant> ?v }} }} ORDER BY ?v"))?.iter().map(|r| lit(&r[0])).collect();
        writeln!(out, "  names: {}", variants.join(" | "))?;
        if kind == "Person" {
            // the rule that joined them: one surname skeleton, compatible first names
            let words = |v: &str| v.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            let mut full: Vec<Vec<String>> = variants.iter().map(|v| words(v)).filter(|w| w.len() > 1).collect();
            full.dedup_by(|a, b| a[0] == b[0]);
            let surnames: std::collections::BTreeSet<String> = variants.iter().filter_map(|v| v.split_whitespace().last().map(skeleton)).collect();
            // a lone family name written first ("Xi" of "Xi Jinping") joins by the first word
            let family_first: Vec<&String> = variants.iter().filter(|v| !v.contains(' ') && full.iter().any(|w| skeleton(&w[0]) == skeleton(v) && surnames.len() > 1)).collect();
            let sur_of_full: std::collections::BTreeSet<String> = variants.iter().filter(|v| !family_first.contains(v)).filter_map(|v| v.split_whitespace().last().map(skeleton)).collect();
            writeln!(out, "  joined because: one surname skeleton ({})", sur_of_full.iter().cloned().collect::<Vec<_>>().join(", "))?;
            for v in family_first {
                writeln!(out, "    {v:?} is the family name that opens the full name (written first)")?;
            }
            for w in &full {
                let compatible: std::collections::BTreeSet<&str> = full.iter().filter(|o| o[0] != w[0] && first_names_compatible(&o[0], &w[0])).map(|o| o[0].as_str()).collect();
                let (nicknames, variants): (std::collections::BTreeSet<&str>, std::collections::BTreeSet<&str>) =
                    compatible.into_iter().partition(|o| crate::lexicon::Lexicon::get().is_nickname_pair(o, &w[0]));
                if !variants.is_empty() {
                    writeln!(out, "    first name {:?} is a variant of {:?}", w[0], variants)?;
                }
                if !nicknames.is_empty() {
                    writeln!(out, "    first name {:?} is a nickname or full form of {:?} (data/lexicon/nicknames.tsv)", w[0], nicknames)?;
                }
            }
            near_misses(store, &iri, &variants, out)?;
        } else {
            writeln!(out, "  joined because: one canonical name (lexicon aliases and acronyms, or the gazetteer entry)")?;
        }
        let merged = store.select(&format!(
            "SELECT ?old ?why WHERE {{ GRAPH <{eg}> {{ ?old <{}> {node} OPTIONAL {{ ?old <{NG}mergeReason> ?why }} }} }} ORDER BY ?old",
            crate::store::rewrite::OWL_SAME_AS
        ))?;
        if !merged.is_empty() {
            writeln!(out, "  merged into it by `newsgraph resolve` (the IRIs other extract runs gave it):")?;
            for r in merged {
                writeln!(out, "    {}: {}", lit(&r[0]).trim_start_matches(crate::store::vocab::ID), lit(&r[1]))?;
            }
        }
        let mentions = store.select(
            &format!(
                "SELECT ?article ?text (COUNT(?m) AS ?n) (MIN(?b) AS ?first) WHERE {{ GRAPH ?g {{ ?m <{NG}refersTo> {node} ; <{NIF}anchorOf> ?text ; <{NIF}beginIndex> ?b . ?g <{NG}sourceName> ?article }} }} GROUP BY ?article ?text ORDER BY ?article ?text"
            ),
        )?;
        writeln!(out, "  mentions:")?;
        for r in mentions {
            writeln!(out, "    {}: {:?} ×{} (first at character {})", lit(&r[0]), lit(&r[1]), lit(&r[2]), lit(&r[3]))?;
        }
    }
    Ok(())
}

/// People with the same surname who were kept apart, and why: their first names are not
/// variants of one another ("Hillary Clinton" / "Bill Clinton"), or their middle initials
/// differ ("George W. Bush" / "George H.W. Bush").
fn near_misses<W: Write>(store: &Backend, iri: &str, variants: &[String], out: &mut W) -> Result<()> {
    let eg = entities_graph();
    let surname = |v: &str| v.split_whitespace().last().map(skeleton).unwrap_or_default();
    let ours: std::collections::BTreeSet<String> = variants.iter().map(|v| surname(v)).collect();
    let firsts: Vec<&str> = variants.iter().filter(|v| v.split_whitespace().count() > 1).filter_map(|v| v.split_whitespace().next()).collect();
    let rows = store.select(&format!("SELECT ?e ?name WHERE {{ GRAPH <{eg}> {{ ?e a <{SCHEMA}Person> ; <{SCHEMA}name> ?name }} }} ORDER BY ?name"))?;
    let mut kept = Vec::new();
    for r in rows {
        let (other, name) = (lit(&r[0]), lit(&r[1]));
        if other == iri || !ours.contains(&surname(&name)) {
            continue;
        }
        let why = match (name.split_whitespace().count() > 1).then(|| name.split_whitespace().next().unwrap_or("")) {
            Some(f) if !firsts.is_empty() && firsts.iter().all(|g| !first_names_compatible(f, g)) => format!("first name {f:?} is no variant of {firsts:?}"),
            Some(_) if !firsts.is_empty() && variants.iter().filter(|v| v.contains(' ')).all(|v| !middles_compatible(&name.split_whitespace().collect::<Vec<_>>(), &v.split_whitespace().collect::<Vec<_>>())) => {
                "its middle initials differ".to_string()
            }
            Some(_) => "a full name of its own, first seen apart from this one".to_string(),
            None => "a bare surname, joined to the most mentioned person of that surname in its article".to_string(),
        };
        kept.push(format!("    {name} ({}): {why}", other.trim_start_matches(crate::store::vocab::ID)));
    }
    if !kept.is_empty() {
        writeln!(out, "  kept apart (same surname, other people):")?;
        for k in kept {
            writeln!(out, "{k}")?;
        }
    }
    Ok(())
}
