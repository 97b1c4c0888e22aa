//! The pass that finds every name run in a document (`find_names`): each sentence read token
//! by token, each token's case a method of `Sentence` that answers the token to go on from
//! (`None`: not this case), chained in the old order. `marked` holds the names found by a mark
//! before any run (a number, a nickname's quotation mark, a lower-case place or given name),
//! `skips` the tokens passed over as no part of a name, `run` the capitalised run from the
//! token (`grow`: the words it runs over) and what it is read as.

use super::*;

mod grow;
mod marked;
mod run;
mod skips;

use self::grow::Grow;
use self::run::Run;

/// Every name in the document: each sentence's runs (with the names found by a mark before
/// them, and the tokens passed over), the state bodies named in it, then the runs left for
/// later (`deferred`) once full names are known, then the passes over the whole article.
pub fn find_names(doc: &mut Doc) {
    let lex = Lexicon::get();
    // unknown words and runs (start, end, sentence start), tried after full names are known
    let mut deferred: Vec<(usize, usize, bool)> = Vec::new();
    // (asked once: most stories name no grade of oil)
    let crude = doc.text().contains(" crude");
    // (nor a web address: with neither "://" nor "www." in the text, no word is in one)
    let urls = doc.text().contains("://") || doc.text().contains("www.");
    for si in 0..doc.sentences.len() {
        let mut s = Sentence::new(doc, si, crude, urls);
        let mut i = s.a;
        while i < s.b {
            i = s.next(doc, lex, At::new(doc, i), &mut deferred);
        }
        state_bodies(doc, lex, s.a, s.b);
    }
    deferred_runs(doc, lex, &deferred);
    honorific_surnames(doc, lex);
    party_members(doc);
    party_adjective_before_member(doc, lex);
    heading_surnames(doc);
    adjective_states(doc, lex);
    home_bodies(doc, lex);
    lower_case_state_department(doc, lex);
    dotted_initials(doc, lex);
    dotted_region_initials(doc, lex);
    regions_of_named_towns(doc, lex);
    home_government(doc, lex);
    union_government(doc, lex);
    us_administration(doc);
    named_central_banks(doc, lex);
    capitals_among_people(doc, lex);
    surname_companies(doc);
    surname_countries(doc);
    saint_bodies(doc, lex);
    regions_after_towns(doc, lex);
    virus_names(doc);
    listed_places::places_listed_before_plural_head(doc, lex);
}

/// The runs left for later, once the sentences' full names are known: lone words, then
/// runs listed with people or spelt like a person or place named elsewhere, then lone words
/// again.
fn deferred_runs(doc: &mut Doc, lex: &Lexicon, deferred: &[(usize, usize, bool)]) {
    for &(t, end, sentence_start) in deferred {
        if end == t + 1 {
            single_word(doc, lex, t, sentence_start);
        }
    }
    // "with Romelu Okonkwo, Jane Roe and Tom Poe": a name-like run listed with people; or
    // spelt like a person named elsewhere in the article ("Tolvan Harrogate (born 1970)")
    for &(t, end, _) in deferred {
        if let Some(e) = named_place(doc, t, end).filter(|_| end > t + 1 && doc.mention_at_token(t).is_none()) {
            doc.add_mention(span_of(doc, t, end), e, MentionKind::Name);
        } else if end > t + 1 && (listed_with_person(doc, t, end) || named_person(doc, t, end)) {
            let ent = doc.person(&text_of(doc, t, end), doc.tokens[t].span.start);
            doc.add_mention(span_of(doc, t, end), ent, MentionKind::Name);
        }
    }
    // lone words again, now that those people are known ("Lukaku" after "Romelu Lukaku")
    for &(t, end, sentence_start) in deferred {
        if end == t + 1 {
            single_word(doc, lex, t, sentence_start);
        }
    }
}

/// A sentence's tokens `a..b` and what `find_names` asks of it once.
struct Sentence {
    a: usize,
    b: usize,
    heading: bool,
    /// "Hale Vows To …": in a title-case line a speech verb ends the name before it
    title_case: bool,
    /// The text names a grade of oil (" crude"), has a web address ("://", "www.").
    crude: bool,
    urls: bool,
    /// (the first quotation mark after token `i`, else `b`: found again only once `i`
    /// has reached it, so the sentence is read once for it, where the nickname rule below
    /// looked at the three tokens after every token; see `quote_near`)
    next_quote: usize,
}

/// (the token's facts the rules below open with, read once: the tokens do not
/// change here, and most tokens are turned away by these alone)
#[derive(Clone, Copy)]
struct At {
    i: usize,
    cap: bool,
    lower_word: bool,
    article: bool,
    cap_word: bool,
}

impl At {
    #[inline(always)]
    fn new(doc: &Doc, i: usize) -> At {
        let tok = &doc.tokens[i];
        let cap = tok.cap;
        let lower_word = !cap && tok.kind == TokenKind::Word;
        let article = matches!(tok.lower.as_str(), "a" | "the");
        let cap_word = is_cap_word(doc, i);
        At { i, cap, lower_word, article, cap_word }
    }
}

impl Sentence {
    fn new(doc: &Doc, si: usize, crude: bool, urls: bool) -> Sentence {
        let (a, b) = doc.sentences[si].tokens;
        let heading = doc.paragraphs[doc.sentences[si].paragraph].heading;
        Sentence { a, b, heading, title_case: title_case(doc, a, b), crude, urls, next_quote: a }
    }

    /// The token to go on from after token `t.i`: past a name found by a mark, a token that
    /// is no part of a name, or the capitalised run from it (the cases in the old order).
    #[inline(always)]
    fn next(&mut self, doc: &mut Doc, lex: &Lexicon, t: At, deferred: &mut Vec<(usize, usize, bool)>) -> usize {
        first_case!(
            self.numbered_institution(doc, lex, t),
            self.numbered_organisation(doc, lex, t),
            self.opening_preposition(doc, t),
            self.article_before_numbered_organisation(doc, lex, t),
            self.article_before_organisation_with_lower_word(doc, lex, t),
            self.article_before_numbered_institution(doc, lex, t),
            self.address_or_url(doc, t),
            self.half_of_day(doc, t),
            self.currency_letters(doc, lex, t),
            self.family_name_he(doc, lex, t),
            self.crude_grade(doc, lex, t),
            self.place_in_lower_case(doc, lex, t),
            self.dateline(doc, lex, t),
            self.arabic_article_organisation(doc, lex, t),
            self.campaign(doc, lex, t),
            self.nicknamed(doc, lex, t),
            self.lower_case_given(doc, lex, t),
            self.no_run_word(doc, lex, t),
            self.state_chamber(doc, t),
            based_place_of_words(doc, lex, t.i, self.b);
            self.run(doc, lex, t.i, deferred)
        )
    }
}
