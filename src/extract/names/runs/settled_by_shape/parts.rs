//! `settled_by_shape`'s cases that split the run and parse its parts alone: a place before a
//! party's member, an initialism's plural, a portfolio after "and", a body or title before
//! initials or an honorific, the shares of a company, a barrister's rank, a people's adjective.

use super::*;

impl Shape {
    /// ("a Texas Republican", "Ohio Democrat Jane Roe": a place a list knows, then a
    /// capitalised noun for a party's member; the place is named alone and a name after the
    /// noun is a run of its own; not "the Texas Republican Party")
    #[inline(always)]
    pub(super) fn place_then_party_member(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j > i + 1 {
            let member = (i + 1..j).find(|&t| matches!(doc.tokens[t].lower.as_str(), "republican" | "democrat") && doc.tokens[t].cap);
            // (nor a listed body's name the noun ends: "the Liberal Democrat MP", Liberal being
            // also a town)
            let listed = |t: usize| (i..t).any(|k| longest(doc, k, t + 1, &lex.organisations).is_some_and(|(e, _)| e == t + 1));
            if let Some(t) = member.filter(|&t| longest(doc, i, t, &lex.place_names).is_some_and(|(e, _)| e == t) && !listed(t) && doc.tokens.get(t + 1).is_none_or(|x| !matches!(x.lower.as_str(), "party" | "national" | "convention" | "caucus" | "primary"))) {
                parse_run(doc, lex, i, t, sentence_start, heading, deferred);
                if t + 1 < j {
                    parse_run(doc, lex, t + 1, j, false, heading, deferred);
                }
                return true;
            }
        }
        false
    }

    /// ("Conservative MPs said", "Kenyan NGOs warned": an initialism's plural ends a group of
    /// people, never a person's name; the words before it are parsed alone)
    /// ("The Norland Federation of SMEs called on …", "the Association of MEPs": after "of" and
    /// an organisation's head word it ends the body's name, whole; cut off, the name had ended
    /// in "of")
    #[inline(always)]
    pub(super) fn initialism_plural(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j > i + 1 && plural_noun_word(doc, j - 1) && body_of_initialism_plural(doc, lex, i, j) {
            let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
            let ent = doc.organisation(&text_of(doc, s, j));
            doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
            return true;
        }
        if j > i + 1 && plural_noun_word(doc, j - 1) {
            parse_run(doc, lex, i, j - 1, sentence_start, heading, deferred);
            return true;
        }
        false
    }

    /// A portfolio's part after "and" (`portfolio_part_after_and`): the rest of the run after
    /// it is parsed alone.
    #[inline(always)]
    pub(super) fn portfolio_after_and(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, heading, .. } = self;
        if let Some(m) = portfolio_part_after_and(doc, lex, i, j) {
            if m < j {
                parse_run(doc, lex, m, j, false, heading, deferred);
            }
            return true;
        }
        false
    }

    /// ("the Legislative Assembly R. Roe", "Party President K. Roe": a body's name or a title
    /// ends where initials open a person's name; two runs)
    #[inline(always)]
    pub(super) fn body_then_initials(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j >= i + 3 {
            if let Some(m) = (i + 1..j - 1).find(|&m| dotted_initials_word(doc.slice(doc.tokens[m].span)) && lex.org_words.contains(doc.slice(doc.tokens[m - 1].span)) && person_shape(doc, lex, m, j, true)) {
                parse_run(doc, lex, i, m, sentence_start, heading, deferred);
                parse_run(doc, lex, m, j, false, heading, deferred);
                return true;
            }
        }
        false
    }

    /// ("Minister for Climate Change Dr Jane Roe", "Minister of Health Prof. Tom Lee": the
    /// field of a title's "for"/"of" ends where an honorific of a person's name opens the
    /// name, one to three words after it; the field's words before it, no title among them,
    /// are a run of their own)
    #[inline(always)]
    pub(super) fn field_then_honorific(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j >= i + 3 {
            let name_honorific = |m: usize| matches!(doc.tokens[m].lower.as_str(), "dr" | "dr." | "prof" | "prof." | "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms.");
            if let Some(m) = (i + 1..j - 1).find(|&m| name_honorific(m)) {
                // (the "for"/"of" inside the run, after a title, or right before it)
                let field = (i..m).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "for" | "of")).map(|x| x + 1).filter(|&f| f < m && f >= i + 2 && lex.titles.contains_key(&doc.tokens[f - 2].lower))
                    .or_else(|| (i > 0 && matches!(doc.tokens[i - 1].lower.as_str(), "for" | "of")).then_some(i));
                if field.is_some_and(|f| (f..m).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none())) && j - m <= 4 && (m + 1..j).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none()) {
                    parse_run(doc, lex, i, m, sentence_start, heading, deferred);
                    parse_run(doc, lex, m, j, false, heading, deferred);
                    return true;
                }
            }
        }
        false
    }

    /// "Shares of Quillmart Motor fell": the company's shares, opening the sentence.
    #[inline(always)]
    pub(super) fn shares_of(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if sentence_start && j > i + 2 && matches!(doc.tokens[i].lower.as_str(), "shares" | "stocks") && doc.tokens[i + 1].lower == "of" {
            parse_run(doc, lex, i + 2, j, false, heading, deferred);
            return true;
        }
        false
    }

    /// "Jane Roe KC", "Olufemi Adekunle-Davies SAN": a barrister's rank after the name is no
    /// part of it (a comma or a cue after it).
    #[inline(always)]
    pub(super) fn barrister_rank(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j >= i + 3 && matches!(doc.slice(doc.tokens[j - 1].span), "QC" | "KC" | "SAN" | "SC") && doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "," | ")" | ".") || lex.cues.contains_key(&x.lower)) {
            parse_run(doc, lex, i, j - 1, sentence_start, heading, deferred);
            // (the mention covers the rank, so that what ends at the comma is the person's name)
            if let Some(m) = doc.mention_at_token(j - 2).filter(|&m| doc.mentions[m].span.end == doc.tokens[j - 2].span.end && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                if doc.mention_at_token(j - 1).is_none() {
                    doc.mentions[m].span.end = doc.tokens[j - 1].span.end;
                }
            }
            return true;
        }
        false
    }

    /// A people's or faith's adjective ends no name before a lower-case word ("Arab states",
    /// "ministers of Arab states": "states" is no cue here); a listed name holding one stays
    /// whole ("the Arab League").
    #[inline(always)]
    pub(super) fn peoples_adjective(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if lex.peoples.contains(&doc.tokens[j - 1].lower) && doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word) && !longest(doc, i, j, &lex.organisations).is_some_and(|(e, _)| e == j) {
            let mut e = j - 1;
            while e > i && connector(&doc.tokens[e - 1].lower) {
                e -= 1;
            }
            if e > i {
                parse_run(doc, lex, i, e, sentence_start, heading, deferred);
            }
            return true;
        }
        false
    }
}

/// Whether run `i..j`, which ends in an initialism's plural, is a body's name that holds it:
/// "of" (lower-case) right before it and an organisation's head word ("Federation",
/// "Association", "Union") right before "of", with a word of the name before that ("Korea
/// Federation of SMEs"; not "the Federation of SMEs" alone: the article is no word of it).
fn body_of_initialism_plural(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    j >= i + 3 && doc.tokens[j - 2].lower == "of" && !doc.tokens[j - 2].cap && lex.org_words.contains(doc.slice(doc.tokens[j - 3].span)) && (j - 3 > i && doc.tokens[i].lower != "the" || j - 3 > i + 1)
}
