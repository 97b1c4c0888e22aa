//! The capitalised run from token `i` (`Sentence::run`): `Run::grow` runs it over the words
//! a name takes (`grow`), then the whole run is a body (a list of fields, an aim, a union's
//! local, a firm), a person with a quoted nickname, a shop's possessive, or is read word by
//! word (`parse_run`).

use super::*;

/// The capitalised run `i..j` of a sentence ending at `b`, as it grows, and what its growing
/// found.
#[derive(Clone, Copy)]
pub(super) struct Run {
    pub(super) i: usize,
    pub(super) j: usize,
    pub(super) b: usize,
    pub(super) title_case: bool,
    /// ("the Democratic Republic of the Congo": a listed country's name runs over "of the"
    /// to its end, not to the shorter country inside it)
    /// (and a listed organisation's over its lower-case words: "the Organization for
    /// Security and Co-operation in Europe", not "Europe" alone)
    pub(super) country_end: Option<usize>,
    /// A body's name that lists fields or names its cause, members, mission or experts.
    pub(super) listed: bool,
    /// (a body named for its aim, "the Campaign to Ban …", whatever verb follows)
    pub(super) aim: bool,
    /// (a firm's name with an ampersand inside, "Marlow & Finch")
    pub(super) firm: bool,
}

impl Sentence {
    /// maximal capitalised run with connectors, from token `i`: read whole as a body, a
    /// nicknamed person or a shop, else word by word (`parse_run`); the token after it.
    #[inline(always)]
    pub(super) fn run(&self, doc: &mut Doc, lex: &Lexicon, i: usize, deferred: &mut Vec<(usize, usize, bool)>) -> usize {
        let b = self.b;
        let country_end = longest(doc, i, b, &lex.country_names).map(|(e, _)| e).or_else(|| longest(doc, i, b, &lex.organisations).map(|(e, _)| e)).filter(|&e| e > i + 1);
        let mut r = Run { i, j: i + 1, b, title_case: self.title_case, country_end, listed: false, aim: false, firm: false };
        while r.j < b && r.grow(doc, lex) == Grow::On {}
        let aimed = r.aimed(doc, lex);
        let local = r.union_local(doc);
        if let Some(e) = r.body_whole(doc, aimed, local) {
            return e;
        }
        if let Some(e) = r.nicknamed_inside(doc, lex) {
            return e;
        }
        r.designator(doc);
        if let Some(e) = r.shop_possessive(doc, lex) {
            return e;
        }
        let sentence_start = i == self.a || (i == self.a + 1 && doc.tokens[self.a].kind != TokenKind::Word);
        parse_run(doc, lex, i, r.j, sentence_start, self.heading, deferred);
        r.j
    }
}

impl Run {
    /// ("The International Campaign to Ban Land Mines (ICBL) demanded that …": named for
    /// its aim, the run is a body before any verb after it says so; not with a title or
    /// a given name inside, another name run on)
    #[inline(always)]
    fn aimed(&self, doc: &Doc, lex: &Lexicon) -> bool {
        let Run { i, j, aim, .. } = *self;
        aim && (i..j).all(|t| !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u' && !lex.is_common_word(&doc.tokens[t].lower)))
    }

    /// ("Amalgamated Transit Union Local 113 urged …", "Teamsters Local 727": a union's
    /// local with its number is the union, as set 32's gold has it, named in one mention
    /// with the number, which the run of capitals stopped before)
    /// (and a union's district or lodge after its initials: "IAM District 751", not
    /// "Texas District 22"): the run takes the number.
    #[inline(always)]
    fn union_local(&mut self, doc: &Doc) -> bool {
        let Run { i, j, .. } = *self;
        let unit = |w: &str| w == "Local" || matches!(w, "District" | "Lodge") && capitals(doc.slice(doc.tokens[j - 2].span), 2..=6);
        let local = j > i + 1 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number && !t.lower.contains([',', '.'])) && unit(doc.slice(doc.tokens[j - 1].span)) && (j > i + 2 || doc.tokens[i].lower != "the");
        if local {
            self.j += 1;
        }
        local
    }

    /// A run that is one body's name whole: fields listed, a cause, members, a mission
    /// (`listed`), an aim (`aimed`), a union's `local`, a firm's ampersand with no mention
    /// inside.
    #[inline(always)]
    fn body_whole(&self, doc: &mut Doc, aimed: bool, local: bool) -> Option<usize> {
        let Run { i, j, listed, firm, .. } = *self;
        if listed || aimed || local || firm && !(i..j).any(|t| doc.mention_at_token(t).is_some()) {
            // ("The Department for …" opening the sentence: the article is no part of it)
            // ("A Department for … spokesperson said": nor is "A")
            let s = if doc.tokens[i].lower == "the" || listed && matches!(doc.tokens[i].lower.as_str(), "a" | "an") { i + 1 } else { i };
            let ent = doc.organisation(&text_of(doc, s, if local { j - 2 } else { j }));
            doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
            return Some(j);
        }
        None
    }

    /// "Jane "JJ" Roe": a given name, a quoted nickname, then the surname make one name
    /// ("Rep. Jane "JJ" Roe": a title before the given name is no part of it)
    #[inline(always)]
    fn nicknamed_inside(&self, doc: &mut Doc, lex: &Lexicon) -> Option<usize> {
        let Run { i, j, b, .. } = *self;
        // (`nickname_name` wants the nickname's opening quotation mark at `jq`, `j` or the
        // token after a middle initial's full stop: with none at either, nothing below is
        // worked out. Asked at every run: the given name's two title lookups per word cost
        // ~1.5 M instructions per 200 articles, nearly all for runs with no quote after them)
        let quote_at = |q: usize| doc.tokens.get(q).is_some_and(|t| t.kind == TokenKind::Quote);
        if !(quote_at(j) || quote_at(j + 1)) {
            return None;
        }
        let given = (i..j).find(|&t| !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.titles.contains_key(doc.tokens[t].lower.trim_end_matches('.'))).unwrap_or(i);
        // ("Jane K. "JJ" Roe": the full stop of a middle initial before the nickname)
        let initial_stop = j + 1 < b && j > given + 1 && doc.tokens[j].lower == "." && doc.tokens[j - 1].lower.len() == 1 && doc.tokens[j - 1].span.end == doc.tokens[j].span.start;
        let jq = if initial_stop { j + 1 } else { j };
        let e = nickname_name(doc, lex, given, jq, b)?;
        let name = format!("{} {}", text_of(doc, given, jq), text_of(doc, e.0, e.1));
        let ent = doc.person(&name, doc.tokens[given].span.start);
        doc.add_mention(span_of(doc, given, e.1), ent, MentionKind::Name);
        Some(e.1)
    }

    /// "Fenwick Brothers, Inc.": a designator after a comma ends the name
    #[inline(always)]
    fn designator(&mut self, doc: &Doc) {
        if let Some(e) = designator_after_comma(doc, self.j, self.b) {
            self.j = e;
        }
    }

    /// "Macy's was added", "became Quillmart's in 2006": a name with its possessive and
    /// nothing owned after it is a shop or firm named so
    #[inline(always)]
    fn shop_possessive(&self, doc: &mut Doc, lex: &Lexicon) -> Option<usize> {
        let Run { i, j, b, .. } = *self;
        if possessive_name(doc, lex, i, j, b) {
            let ent = doc.organisation(&text_of(doc, i, j + 1));
            doc.add_mention(span_of(doc, i, j + 1), ent, MentionKind::Name);
            return Some(j + 1);
        }
        None
    }
}
