//! The one description of the graph: an analysed [`Doc`] as quads in the article's own named
//! graph, and the resolved entities in the entities graph, handed to a [`QuadSink`]. Statements,
//! roles, demands and mentions are nodes of their own with character offsets; the graph they
//! lie in is their article (statements, roles and demands also say so with prov:wasDerivedFrom).

use super::terms::{Iri, Object, OxQuads, Pred, QuadSink};
use super::vocab::*;
use crate::model::{Doc, EntityKind, MentionKind, Party, Span, StatementKind};
use crate::resolve::ResolvedEntity;
use crate::text::CharMap;
use oxigraph::model::{NamedNode, Quad};

pub fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

const fn p(ns: &'static str, local: &'static str) -> Iri<'static> {
    Iri::new(ns, local)
}

/// A predicate `ns!(NS)` + `local`, as its N-Quads text (`Pred`), spelt at compile time.
macro_rules! pred {
    ($ns:ident, $local:literal) => {
        Pred::new(concat!("<", ns!($ns), $local, "> "))
    };
}

const TYPE: Pred = Pred::new(concat!("<", ns!(RDF_TYPE), "> "));

pub use crate::text::clean;

/// The article's quads as oxigraph quads (for the store).
pub fn doc_quads(doc: &Doc) -> Vec<Quad> {
    let mut q = OxQuads::default();
    write_doc(doc, &mut q);
    q.0
}

/// A resolved entity's quads in the entities graph as oxigraph quads (for the store).
pub fn entity_quads(e: &ResolvedEntity) -> Vec<Quad> {
    let mut q = OxQuads::default();
    write_entity(e, &mut q);
    q.0
}

/// The article's quads in its own named graph, in a fixed order so the same input always
/// gives the same output. This and [`write_entity`] are the one description of the graph.
pub fn write_doc(doc: &Doc, sink: &mut impl QuadSink) {
    let a = &doc.article;
    let art = Iri::new(ARTICLE_NS, &a.hash);
    let cm = CharMap::new(doc.text());
    sink.graph(art);
    let mut add = |s: Iri<'_>, pred: Pred, o: Object<'_>| sink.quad(s, pred, o);
    // (`node` is `frag(kind, span)`: its fragment holds the span's character offsets, so
    // they are read from it, not looked up in `cm` a second time per node)
    let at = |add: &mut dyn FnMut(Iri<'_>, Pred, Object<'_>), node: Iri<'_>, span: Span| {
        let f = node.frag.expect("a span's node has the span's fragment");
        add(node, pred!(NIF, "beginIndex"), Object::Int(f.start as u64));
        add(node, pred!(NIF, "endIndex"), Object::Int(f.end as u64));
        add(node, pred!(NIF, "anchorOf"), Object::Str(doc.slice(span)));
    };
    let frag = |kind: &'static str, span: Span| art.with_frag(kind, cm.char_offset(span.start), cm.char_offset(span.end));
    let ent = |i: usize| Object::Iri(Iri::new(ID, &doc.entities[i].key));

    add(art, TYPE, p(SCHEMA, "NewsArticle").into());
    add(art, pred!(NG, "sourceName"), Object::Str(&a.name));
    add(art, pred!(NG, "sourcePath"), Object::Str(&a.source));
    add(art, pred!(NG, "contentHash"), Object::Str(&a.hash));
    add(art, pred!(NG, "charLength"), Object::Int(doc.text().chars().count() as u64));
    if let Some(t) = a.title.as_deref().or_else(|| doc.paragraphs.first().filter(|p| p.heading).map(|p| doc.slice(p.span))) {
        add(art, pred!(SCHEMA, "headline"), Object::Str(t));
    }
    if let Some(u) = &a.url {
        add(art, pred!(SCHEMA, "url"), Object::Str(u));
    }
    if let Some(d) = &a.date {
        add(art, pred!(SCHEMA, "datePublished"), Object::Str(d));
    }
    if let Some(s) = &a.publisher {
        add(art, pred!(SCHEMA, "publisher"), Object::Str(s));
    }
    for m in &doc.mentions {
        let node = frag("m", m.span);
        add(node, pred!(NG, "refersTo"), ent(m.entity));
        // a guessed link (a misspelt place) says how sure it is, rounded so output is stable
        if let Some(c) = m.confidence {
            add(node, pred!(NG, "confidence"), Object::Decimal((f64::from(c) * 100.0).round() / 100.0));
        }
        at(&mut add, node, m.span);
    }
    for r in &doc.roles {
        let node = frag("r", r.evidence);
        add(node, TYPE, p(ORG, "Membership").into());
        add(node, pred!(ORG, "member"), ent(r.holder));
        add(node, pred!(NG, "title"), Object::Str(&r.title));
        add(node, pred!(NG, "titleHead"), Object::Str(&r.head));
        // W3C ORG's organization is an organisation; "Trump's adviser" is a person's aide
        if let Some(o) = r.of {
            let pred = if doc.entities[o].kind == EntityKind::Person { pred!(NG, "ofPerson") } else { pred!(ORG, "organization") };
            add(node, pred, ent(o));
        }
        if r.former {
            add(node, pred!(NG, "former"), Object::Bool(true));
        }
        add(node, pred!(PROV, "wasDerivedFrom"), art.into());
        at(&mut add, node, r.evidence);
    }
    for s in &doc.statements {
        let node = frag("s", s.text);
        // the class says direct or reported; the article is the graph (no ng:kind, no nif:referenceContext)
        let cls = match s.kind {
            StatementKind::Direct => p(SCHEMA, "Quotation"),
            StatementKind::Reported => p(NG, "ReportedStatement"),
        };
        add(node, TYPE, cls.into());
        match (s.speaker, s.speaker_text) {
            (Some(sp), _) => add(node, pred!(PROV, "wasAttributedTo"), ent(sp)),
            (None, Some(t)) => add(node, pred!(NG, "speakerText"), Object::Str(doc.slice(t))),
            (None, None) => add(node, pred!(NG, "unattributed"), Object::Str(s.unattributed.unwrap_or("no speaker"))),
        }
        if !s.cue.is_empty() {
            add(node, pred!(NG, "cue"), Object::Str(&s.cue));
        }
        for &e in &s.about {
            add(node, pred!(SCHEMA, "about"), ent(e));
        }
        add(node, pred!(PROV, "wasDerivedFrom"), art.into());
        at(&mut add, node, s.text);
    }
    for d in &doc.demands {
        let node = frag("d", d.what);
        add(node, TYPE, p(NG, "Demand").into());
        // each party as an actor node where it is one, and as written in the evidence
        for (party, link, text) in [(Some(d.by), pred!(NG, "demander"), pred!(NG, "demanderText")), (d.of, pred!(NG, "addressee"), pred!(NG, "addresseeText"))] {
            match party {
                Some(Party::Entity(e)) => {
                    add(node, link, ent(e));
                    if let Some(sf) = surface_in(doc, e, d.evidence) {
                        add(node, text, Object::Str(sf));
                    }
                }
                Some(Party::Text(t)) => add(node, text, Object::Str(doc.slice(t))),
                None => {}
            }
        }
        add(node, pred!(NG, "demandKind"), Object::Str(d.kind.as_str()));
        add(node, pred!(NG, "cameoCode"), Object::Str(d.kind.cameo()));
        add(node, pred!(NG, "cue"), Object::Str(&d.cue));
        add(node, pred!(NG, "demanded"), Object::Str(doc.slice(d.what)));
        add(node, pred!(NG, "evidence"), Object::Str(doc.slice(d.evidence)));
        add(node, pred!(NG, "evidenceBegin"), Object::Int(cm.char_offset(d.evidence.start) as u64));
        add(node, pred!(NG, "evidenceEnd"), Object::Int(cm.char_offset(d.evidence.end) as u64));
        if let Some(s) = d.statement {
            add(node, pred!(NG, "statedIn"), frag("s", s).into());
        }
        add(node, pred!(PROV, "wasDerivedFrom"), art.into());
        at(&mut add, node, d.what);
    }
}

/// A resolved entity's description in the entities graph.
pub fn write_entity(e: &ResolvedEntity, sink: &mut impl QuadSink) {
    let g = Iri::new(ID, ENTITIES_GRAPH);
    let node = Iri::new(ID, &e.key);
    sink.graph(g);
    let mut add = |s: Iri<'_>, pred: Pred, o: Object<'_>| sink.quad(s, pred, o);
    add(node, TYPE, kind_iri(e.kind).into());
    add(node, pred!(SCHEMA, "name"), Object::Str(&e.name));
    add(node, pred!(NG, "mentionCount"), Object::Int(e.mentions));
    for n in &e.names {
        add(node, pred!(NG, "nameVariant"), Object::Str(n));
    }
    for k in lookup_keys(&e.name, &e.names) {
        add(node, pred!(NG, "lookupKey"), Object::Str(&k));
    }
    let lex = crate::lexicon::Lexicon::get();
    if let Some(c) = &e.country {
        add(node, pred!(NG, "countryCode"), Object::Str(c));
        if e.kind == EntityKind::Country {
            wikidata_link(&mut add, node, c);
        }
        if e.kind == EntityKind::Place {
            let key = format!("country/{}", c.to_lowercase());
            let country = Iri::new(ID, &key);
            // a town lies in its region, the region in the country (a chain, as in GeoNames);
            // a region named like its town (Berlin, Madrid) is one node with it: no self-link
            let region = (e.place_kind.as_deref() == Some("city"))
                .then(|| lex.region_of_town(&e.name, c, e.coords))
                .flatten()
                .map(|r| (r, format!("place/{}/{}", c.to_lowercase(), crate::resolve::keys::slug(&r.name))))
                .filter(|(_, k)| *k != e.key);
            match &region {
                Some((r, rkey)) => {
                    // the region's name, type and country, so the chain can be walked without
                    // the region being mentioned; its kind and coordinates are left to its own
                    // description (a town and a region of one name share a node: "Salzburg")
                    let rn = Iri::new(ID, rkey);
                    add(node, pred!(SCHEMA, "containedInPlace"), rn.into());
                    add(rn, TYPE, kind_iri(EntityKind::Place).into());
                    add(rn, pred!(SCHEMA, "name"), Object::Str(&r.name));
                    add(rn, pred!(NG, "countryCode"), Object::Str(c));
                    add(rn, pred!(SCHEMA, "containedInPlace"), country.into());
                }
                None => add(node, pred!(SCHEMA, "containedInPlace"), country.into()),
            }
            // the country's own type and name, so every place can be placed without it being mentioned
            if let Some(ci) = lex.country_by_code(c) {
                add(country, TYPE, kind_iri(EntityKind::Country).into());
                add(country, pred!(SCHEMA, "name"), Object::Str(&lex.countries[ci].name));
                wikidata_link(&mut add, country, c);
            }
        }
    }
    if let Some(k) = &e.place_kind {
        add(node, pred!(NG, "placeKind"), Object::Str(k));
    }
    if let Some((lat, lon)) = e.coords {
        add(node, pred!(WGS84, "lat"), Object::Decimal(lat));
        add(node, pred!(WGS84, "long"), Object::Decimal(lon));
    }
    if let Some(s) = &e.stands_for {
        add(node, pred!(NG, "standsFor"), Iri::new(ID, s).into());
    }
}

/// A country's node is the same as its Wikidata item (`data/wikidata_countries.tsv`).
fn wikidata_link(add: &mut impl FnMut(Iri<'_>, Pred, Object<'_>), node: Iri<'_>, code: &str) {
    if let Some(q) = crate::lexicon::Lexicon::get().country_qids.get(code) {
        add(node, pred!(SKOS, "exactMatch"), Iri::new(WIKIDATA, q).into());
    }
}

/// The keys `ask` finds an entity by with one index lookup instead of a scan of every name:
/// each name lower-cased, and each of its trailing word runs ("volodymyr zelenskyy",
/// "zelenskyy"), so a surname or the last words of an organisation's name find it too.
/// Sorted and without repeats, so the description is the same whatever the order of names.
pub fn lookup_keys<'a>(name: &'a str, names: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for n in std::iter::once(name).chain(names.into_iter().map(String::as_str)) {
        let lower = n.trim().to_lowercase();
        keys.push(lower.clone());
        for (i, c) in lower.char_indices() {
            if c == ' ' && !lower[i + 1..].trim().is_empty() {
                keys.push(lower[i + 1..].trim().to_string());
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// How the evidence names actor `e` ("Moscow" for Russia, "Zelenskyy"), if by name.
/// (not an office named in lower case, "the government", "the central bank": that is no
/// name, and many actors are named so, so the actor's own name stands for it)
fn surface_in(doc: &Doc, e: usize, span: Span) -> Option<&str> {
    // (a description names no one, capitalised or not: "asked the Government to …" in a
    // British or Singaporean paper is written as the state's name)
    // ("Brazilian Foreign Minister X said Brasilia would back talks only if …": a country's
    // adjective before a title names no actor, so where the evidence also names the actor by a
    // name or a capital, that one is written; the adjective only where it is all there is)
    let lex = crate::lexicon::Lexicon::get();
    let of_e: Vec<_> = doc.mentions_in(span).iter().filter(|m| m.entity == e || doc.actor_of(m.entity) == e).collect();
    let adjective = |m: &&crate::model::Mention| lex.country_adjectives.get(&doc.slice(m.span).to_lowercase()).is_some();
    let m = of_e.iter().find(|m| !adjective(m)).filter(|_| of_e.first().is_some_and(adjective)).or(of_e.first())?;
    Some(m).filter(|m| m.kind != MentionKind::Description).map(|m| doc.slice(m.span)).filter(|sf| !sf.starts_with(|c: char| c.is_lowercase()))
}

fn kind_iri(kind: EntityKind) -> Iri<'static> {
    Iri::new(SCHEMA, kind.as_str())
}

pub fn kind_class(kind: EntityKind) -> NamedNode {
    NamedNode::new_unchecked(kind_iri(kind).to_string())
}

pub fn class_kind(iri: &str) -> Option<EntityKind> {
    match iri.strip_prefix(SCHEMA)? {
        "Person" => Some(EntityKind::Person),
        "Organization" => Some(EntityKind::Organization),
        "Country" => Some(EntityKind::Country),
        "Place" => Some(EntityKind::Place),
        _ => None,
    }
}

pub fn pred(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A predicate's text is `<`, its namespace's constant, its local name and `> `.
    #[test]
    fn predicates_are_spelt_as_their_iri_written() {
        for (pred, ns, local) in [(pred!(NG, "refersTo"), NG, "refersTo"), (pred!(NIF, "anchorOf"), NIF, "anchorOf"), (pred!(SKOS, "exactMatch"), SKOS, "exactMatch"), (TYPE, RDF_TYPE, "")] {
            assert_eq!(pred.iri(), format!("{ns}{local}"));
            assert_eq!(pred.written(), format!("<{ns}{local}> "));
        }
    }
}
