//! One article's findings as JSON (for `newsgraph extract --format jsonl`): mentions,
//! roles, statements and demands with character offsets and resolved names.

use crate::model::Doc;
use crate::text::CharMap;
use serde_json::{json, Value};

pub fn doc_json(doc: &Doc) -> Value {
    let cm = CharMap::new(doc.text());
    let name = |e: usize| doc.entities[e].name.clone();
    let party = |p: crate::model::Party| match p {
        crate::model::Party::Entity(e) => doc.entities[e].name.clone(),
        crate::model::Party::Text(t) => doc.slice(t).to_string(),
    };
    let span = |s: crate::model::Span| json!({"start": cm.char_offset(s.start), "end": cm.char_offset(s.end), "text": doc.slice(s)});
    json!({
        "article": doc.article.name,
        "hash": doc.article.hash,
        "entities": doc.entities.iter().map(|e| json!({"id": e.key, "type": e.kind.as_str(), "name": e.name, "country": e.country})).collect::<Vec<_>>(),
        "mentions": doc.mentions.iter().map(|m| {
            let mut v = span(m.span);
            v["type"] = json!(doc.entities[m.entity].kind.as_str());
            v["entity"] = json!(doc.entities[m.entity].key);
            v
        }).collect::<Vec<_>>(),
        "roles": doc.roles.iter().map(|r| json!({"person": name(r.holder), "title": r.title, "head": r.head, "of": r.of.map(name), "former": r.former, "evidence": span(r.evidence)})).collect::<Vec<_>>(),
        "statements": doc.statements.iter().map(|s| json!({
            "kind": if s.kind == crate::model::StatementKind::Direct { "direct" } else { "reported" },
            "speaker": s.speaker.map(name).or_else(|| s.speaker_text.map(|t| doc.slice(t).to_string())),
            "unattributed": s.unattributed,
            "cue": s.cue,
            "about": s.about.iter().map(|&e| name(e)).collect::<Vec<_>>(),
            "text": span(s.text),
        })).collect::<Vec<_>>(),
        "demands": doc.demands.iter().map(|d| json!({"by": party(d.by), "of": d.of.map(party), "kind": d.kind.as_str(), "cameo": d.kind.cameo(), "cue": d.cue, "what": span(d.what), "evidence": span(d.evidence)})).collect::<Vec<_>>(),
    })
}
