//! Extraction: one [`Doc`] flows through small components, each with one job.

/// The first case that answers (`Some(x)`: the function returns `x`), else `$last`: the cases
/// in order, as an `or_else` chain reads them, with no closures (the closures of a long
/// `or_else` chain in `names::find`'s hot loop were not inlined: +9 M instructions on 200
/// articles). Defined before the modules, so every module of `extract` may use it
/// (`names::find`, `roles::after_name`).
macro_rules! first_case {
    ($($case:expr),+; $last:expr) => {{
        $(if let Some(x) = $case {
            return x;
        })+
        $last
    }};
}

pub mod demands;
pub mod entities;
pub mod garbled;
pub(crate) mod memo;
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
    drop_native_script_glosses(&mut doc);
    doc.index_tokens();
    normal_forms(&mut doc);
    doc.word_signatures = names::word_signatures(&doc);
    doc.word_facts = names::word_facts(&doc.word_signatures);
    doc.paragraphs = sentences::paragraphs(doc.text(), &doc.tokens);
    doc.sentences = sentences::sentences(doc.text(), &doc.tokens, &doc.paragraphs);
    names::find_names(&mut doc);
    garbled::find_garbled_places(&mut doc);
    doc
}

/// "Yen Chih-hung (顏志宏), a researcher at …, said": a name written again in Chinese,
/// Japanese or Korean script, in brackets after it (as Taiwanese, Hong Kong and Korean outlets
/// write names), is no word of the English sentence: its tokens are dropped, so the name meets
/// the comma of its apposition or its verb as it does written without it (the role and the
/// speaker had been lost). The text and the spans stay as written.
fn drop_native_script_glosses(doc: &mut Doc) {
    // (ideographs, kana and Hangul all lie at or above U+2E80; a bracket and one to three such
    // words, then its closing bracket)
    let native = |t: &crate::model::Token| t.lower.chars().next().is_some_and(|c| c >= '\u{2E80}' && c.is_alphabetic());
    let toks = &doc.tokens;
    let glossed = |j: usize| toks[j].lower == "(" && toks.get(j + 1).is_some_and(native) && (j + 2..toks.len().min(j + 5)).find(|&k| !native(&toks[k])).is_some_and(|k| toks[k].lower == ")");
    if !(0..toks.len()).any(glossed) {
        return;
    }
    let mut drop = vec![false; toks.len()];
    let mut j = 0;
    while j < toks.len() {
        if glossed(j) {
            let k = (j + 2..toks.len()).find(|&k| !native(&toks[k])).unwrap_or(toks.len());
            drop[j..=k].iter_mut().for_each(|d| *d = true);
            j = k + 1;
        } else {
            j += 1;
        }
    }
    let mut i = 0;
    doc.tokens.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Lower-case forms the rules read in place of the word's own (the text and the spans stay
/// as written): "a Berlin think tank": a verb of speech that opens a compound noun is no
/// verb, so its form is the compound's ("think-tank"), which no cue, stop word or clause rule
/// knows; "ex-president", "then-President": "ex-" and "then-" mean "former", so the rules
/// that know one know the other;
/// "Gen Z" is a generation, so the rank "Gen" is not read in it; "as long as" is one
/// conjunction, no clause break at either "as".
fn normal_forms(doc: &mut Doc) {
    for j in 0..doc.tokens.len() {
        if doc.tokens[j].lower == "think" && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "tank" | "tanks")) {
            doc.tokens[j].lower = "think-tank".into();
        } else if doc.tokens[j].lower == "as" && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "long") && doc.tokens.get(j + 2).is_some_and(|x| x.lower == "as") {
            // ("would not sign as long as Sweden refused to pay": a condition, as "unless" is,
            // inside what is reported; neither "as" breaks the clause)
            doc.tokens[j].lower = "as-long-as".into();
            doc.tokens[j + 2].lower = "as-long-as".into();
        } else if doc.tokens[j].lower == "ex-" || doc.tokens[j].lower == "then-" {
            doc.tokens[j].lower = "former".into();
        } else if doc.tokens[j].lower == "gen" && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "x" | "y" | "z" | "alpha")) {
            // ("Gen Z voters": a generation, not the rank "Gen" written without its stop)
            doc.tokens[j].lower = "generation".into();
        }
    }
}

/// "a local growers' group, said": the apostrophe of a plural possessive that opens or closes
/// no quote is a word of the name, as "'s" is, and no quotation mark for the clause rules
/// (which stop at one). Done once the quotes are found, so a single mark closing a quote
/// after a plural ("… the farmers'") still closes it.
fn plural_possessives(doc: &mut Doc, quotes: &[crate::text::Quote]) {
    for j in 1..doc.tokens.len() {
        let t = &doc.tokens[j];
        if !plural_apostrophe(doc, j) || quotes.iter().any(|q| q.outer.start == t.span.start || q.outer.end == t.span.end) {
            continue;
        }
        doc.tokens[j].kind = crate::model::TokenKind::Word;
    }
}

/// "workers' rights": whether the quotation mark at `j` has a plural possessive's shape (an
/// apostrophe right after a word in "s", a word after it). `plural_possessives` makes it a
/// word once the quotations are known; the roles, which run before, ask the shape alone.
pub(crate) fn plural_apostrophe(doc: &Doc, j: usize) -> bool {
    use crate::model::TokenKind;
    let t = &doc.tokens[j];
    j >= 1
        && t.kind == TokenKind::Quote
        && matches!(t.lower.as_str(), "'" | "\u{2019}")
        && doc.tokens[j - 1].kind == TokenKind::Word
        && doc.tokens[j - 1].lower.ends_with('s')
        && doc.tokens[j - 1].span.end == t.span.start
        && doc.tokens.get(j + 1).is_some_and(|x| x.space_before && x.kind == TokenKind::Word)
}

#[cfg(test)]
pub(crate) fn analyze_names_for_test(text: &str) -> Doc {
    analyze_names(Article::new("t", "t", text.to_string()))
}

/// Builds the lexicon before `articles` are analysed, when there are any: from the calling
/// thread, outside the worker pool, so its two halves are built on two cores (from inside the
/// pool the other workers would wait on the lexicon instead of building half of it).
pub fn warm_up(articles: &[Article]) {
    if !articles.is_empty() {
        crate::lexicon::Lexicon::get();
    }
}

/// Runs every extractor over one article.
pub fn analyze(article: Article) -> Doc {
    let mut doc = analyze_names(article);
    orgs::find_organisations(&mut doc);
    orgs::other_states_bodies(&mut doc);
    tagger::add_guessed_names(&mut doc);
    orgs::widen_names(&mut doc);
    orgs::place_bodies(&mut doc);
    orgs::named_police(&mut doc);
    orgs::initials_after_tagger(&mut doc);
    orgs::people_named_as_orgs(&mut doc);
    names::nicknames_known_as(&mut doc);
    orgs::country_initials(&mut doc);
    names::sentence_initial_people(&mut doc);
    names::given_names_of_known_surnames(&mut doc);
    names::initials_of_known_surnames(&mut doc);
    orgs::national_teams(&mut doc);
    orgs::clubs_by_context(&mut doc);
    names::spread_one_word_organisations(&mut doc);
    names::spread_one_word_places(&mut doc);
    names::mail_addresses_of_people(&mut doc);
    names::storm_names(&mut doc);
    names::places_named_as_people(&mut doc);
    roles::find_roles(&mut doc);
    let starts: Vec<usize> = doc.sentences.iter().map(|s| s.span.start).collect();
    let quotes = find_quotes(doc.text(), &doc.tokens, &doc.paragraphs, &starts);
    plural_possessives(&mut doc, &quotes);
    statements::sign_offs(&mut doc, &quotes);
    let ctx = np::Ctx::new(&doc, quotes);
    let kept = statements::find_statements(&mut doc, &ctx);
    demands::find_demands(&mut doc, &ctx, kept);
    roles::drop_styles_beside_offices(&mut doc);
    doc
}
