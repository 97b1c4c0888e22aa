//! Dumps the features of the learned name tagger (`src/extract/tagger.rs`) for every token
//! of every capitalised run in the given articles, for training it offline
//! (`bench/ner_train.py`). One line per token:
//! `article \t region \t start \t end \t shape \t features separated by U+0001`.
//! The rules' own findings are not used. `cargo run --release --example ner_features -- FILES`

use newsgraph::extract::tagger;
use std::io::Write;

fn main() {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut feats: Vec<String> = Vec::new();
    let mut region = 0usize;
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = newsgraph::extract::analyze(newsgraph::model::Article::new("a", "a", text));
        for s in &doc.sentences {
            let (a, b) = s.tokens;
            for (ra, rb) in tagger::regions(&doc, a, b) {
                region += 1;
                let marks = tagger::region_marks(&doc, ra, rb);
                for t in ra..rb {
                    feats.clear();
                    tagger::features(&doc, a, b, ra, rb, t, &marks, &mut |f| feats.push(f.to_string()));
                    let sp = doc.tokens[t].span;
                    let mut sh = String::new();
                    tagger::shape(doc.slice(sp), &mut sh);
                    writeln!(out, "{path}\t{region}\t{}\t{}\t{sh}\t{}", sp.start, sp.end, feats.join("\u{1}")).unwrap();
                }
            }
        }
    }
}
