//! Extraction: one [`Doc`] flows through small components, each with one job.

pub mod demands;
pub mod entities;
pub mod garbled;
pub mod names;
pub mod np;
pub mod orgs;
pub mod roles;
pub mod statements;
pub mod tagger;

use crate::model::{Article, Doc};
use crate::text::{find_quotes, sentences, tokenize::tokenize};

/// Tokens, sentences and the names the rules find: what the learned tagger starts from.
fn analyze_names(article: Article) -> Doc {
    let mut doc = Doc::new(article);
    doc.tokens = tokenize(doc.text());
    doc.paragraphs = sentences::paragraphs(doc.text(), &doc.tokens);
    doc.sentences = sentences::sentences(doc.text(), &doc.tokens, &doc.paragraphs);
    names::find_names(&mut doc);
    garbled::find_garbled_places(&mut doc);
    doc
}

#[cfg(test)]
pub(crate) fn analyze_names_for_test(text: &str) -> Doc {
    analyze_names(Article::new("t", "t", text.to_string()))
}

/// Runs every extractor over one article.
pub fn analyze(article: Article) -> Doc {
    let mut doc = analyze_names(article);
    orgs::find_organisations(&mut doc);
    tagger::add_guessed_names(&mut doc);
    orgs::widen_names(&mut doc);
    roles::find_roles(&mut doc);
    let starts: Vec<usize> = doc.sentences.iter().map(|s| s.span.start).collect();
    let quotes = find_quotes(doc.text(), &doc.tokens, &doc.paragraphs, &starts);
    statements::sign_offs(&mut doc, &quotes);
    let ctx = np::Ctx::new(&doc, quotes);
    statements::find_statements(&mut doc, &ctx);
    demands::find_demands(&mut doc, &ctx);
    doc
}
