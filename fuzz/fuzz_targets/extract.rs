//! Any bytes: decoding never panics, and whatever decodes is analysed with every span on a
//! character boundary and inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsgraph_fuzz::{extract::analyze, model::Article, read::decode, resolve::Registry};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode("fuzz", data) else { return };
    let mut doc = analyze(Article::new("fuzz.txt", "fuzz", text));
    let t = doc.text();
    let ok = |s: newsgraph_fuzz::model::Span| s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end);
    assert!(doc.mentions.iter().all(|m| ok(m.span)));
    assert!(doc.statements.iter().all(|s| ok(s.text)));
    assert!(doc.demands.iter().all(|d| ok(d.what) && ok(d.evidence)));
    assert!(doc.roles.iter().all(|r| ok(r.evidence)));
    Registry::default().resolve(&mut doc);
});
