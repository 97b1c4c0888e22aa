//! Prints what the extractors see in one article: tokens, sentences, statements, demands
//! (and with NP=1 every actor phrase and mention). For developing the extractors:
//! `cargo run --release --example inspect -- article.txt`.

fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let doc = newsgraph::extract::analyze(newsgraph::model::Article::new("a", "a", text));
    for (i, t) in doc.tokens.iter().enumerate() { print!("{i}:{} ", doc.slice(t.span)); }
    println!();
    for s in &doc.sentences { println!("S {:?} para {} heading {}", s.tokens, s.paragraph, doc.paragraphs[s.paragraph].heading); }
    for st in &doc.statements { println!("ST {:?} {:?} {}", st.kind, st.speaker.map(|e| doc.entities[e].name.clone()).or(st.speaker_text.map(|s| format!("«{}»", doc.slice(s)))), doc.slice(st.text)); }
    for (i, e) in doc.entities.iter().enumerate() { println!("E {i} {:?} {:?} surname={:?}", e.kind, e.name, e.surname); }
    for r in &doc.roles { println!("R {:?} {:?} head={:?} of={:?} former={}", doc.entities[r.holder].name, r.title, r.head, r.of.map(|e| doc.entities[e].name.clone()), r.former); }
    for d in &doc.demands { println!("D {:?} {:?} {}", d.by, d.of, doc.slice(d.what)); }
    if std::env::var("NP").is_ok() { np_debug(&doc); }
}
#[allow(dead_code)]
fn np_debug(doc: &newsgraph::model::Doc) {
    let starts: Vec<usize> = doc.sentences.iter().map(|s| s.span.start).collect();
    let quotes = newsgraph::text::find_quotes(doc.text(), &doc.tokens, &doc.paragraphs, &starts);
    let ctx = newsgraph::extract::np::Ctx::new(doc, quotes);
    for t in 0..doc.tokens.len() {
        if let Some(np) = newsgraph::extract::np::np_at(doc, &ctx, t, doc.tokens.len()) {
            println!("NP@{t} {:?} {}..{}", np.entities.iter().map(|&e| doc.entities[e].name.clone()).collect::<Vec<_>>(), np.start, np.end);
        }
    }
    for m in &doc.mentions { println!("M {} {:?}", doc.slice(m.span), doc.entities[m.entity].kind); }
}
