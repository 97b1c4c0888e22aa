//! The title the appositive holds, from `Appositive::k`: maybe after one or two words for its
//! field, not a profession's post nor a title that opens the main clause; a second office
//! joined to it by "and"; the field after it before where the post is.

use super::*;

impl Appositive {
    /// (", Oxfam's field coordinator,", ", the agency's regional protection director,":
    /// after a body's possessive, one or two plain lower-case words for the field belong
    /// to the title)
    pub(super) fn after_possessive(&self, doc: &Doc) -> bool {
        let Appositive { k, of, body_possessive, .. } = *self;
        (of.is_some() || body_possessive) && k >= 1 && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "'" | "its")
    }

    /// (", Africa programme director at Y,", ", Middle East director at Y,": a region
    /// named before the title is the post's field, not what the office is of; a plain
    /// word for the field may stand between)
    pub(super) fn region_named_as_field(&self, doc: &Doc) -> bool {
        let Appositive { k, of, .. } = *self;
        of.is_some_and(|o| doc.entities[o].kind == EntityKind::Place && doc.entities[o].stands_for.is_none()) && k >= 1 && doc.tokens[k - 1].cap
    }

    /// The title at `k` (its end and head): maybe after words for its field
    /// (`title_after_field_words`), not a profession's post at a body, not a title that opens
    /// the main clause.
    pub(super) fn title(&self, doc: &Doc, lex: &Lexicon) -> Option<(usize, &'static str)> {
        let k = self.k;
        let end_limit = (k + 6).min(doc.tokens.len());
        let titled = title_at(doc, k, end_limit).or_else(|| self.title_after_field_words(doc, lex, end_limit));
        // (a profession's post at a body named after it, "an analyst at the firm", "a senior
        // fellow at the Oslo-based X", "a scientist with X", is read as a profession, which
        // finds the body)
        let titled = titled.filter(|&(_, h)| !(PROFESSIONS.contains(&h) || super::super::professions::POSTS_AT.contains(&h) || matches!(h, "senior fellow" | "research fellow" | "visiting fellow")) || profession_at(doc, k).is_none());
        titled.filter(|&(te, _)| !opens_clause(doc, lex, te))
    }

    /// (", a Dutch liberal member of the European Parliament,", ", a French conservative
    /// politician,": one plain word for the leaning or field between the state's adjective
    /// and the title, below)
    /// (", energy program director at Y,", ", research director at Y,": the same one or two
    /// plain words for the field before a title that is held at a named organisation
    /// right after it)
    /// (", an emeritus professor of geology at Y,": the title's own field may stand between it
    /// and "at", `field_before_post`, as it does after a title read alone)
    /// (after a body's possessive, one or two; after a region, its field, `region_field`)
    /// (", a parish councillor in Y,", ", a town councillor,": one plain word before
    /// "councillor" names the council's level, whatever follows; "city", "district" and
    /// "local" are title modifiers already, "parish", "town", "county", "borough" are not)
    fn title_after_field_words(&self, doc: &Doc, lex: &Lexicon, end_limit: usize) -> Option<(usize, &'static str)> {
        let Appositive { k, possessed, region_field, adjective_at, .. } = *self;
        let field = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower));
        let at_body = |te: usize| {
            let at = if doc.tokens.get(te + 1).is_some_and(|t| t.lower == "the") { te + 2 } else { te + 1 };
            doc.tokens.get(te).is_some_and(|t| t.lower == "at") && doc.mention_at_token(at).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.token_at(doc.mentions[m].span.start) == at)
        };
        (1..=2).take_while(|&n| field(k + n - 1)).find_map(|n| title_at(doc, k + n, end_limit).map(|t| (n, t))).filter(|&(n, (te, h))| possessed || region_field || at_body(field_before_post(doc, te)) || n == 1 && (adjective_at == Some(k) || h == "councillor")).map(|(_, t)| t)
    }

    /// The roles of the title `head` ending at `te`: the title's, of what it is of (before it,
    /// or after it, `what_title_is_of`), and a second office's joined by "and".
    pub(super) fn title_roles(&mut self, doc: &mut Doc, lex: &Lexicon, te: usize, head: &'static str) {
        let mut end = te;
        let and_title = doc.tokens.get(te).filter(|t| t.lower == "and").and_then(|_| title_at(doc, te + 1, (te + 6).min(doc.tokens.len())));
        let second = second_office(doc, te, head, and_title);
        let te = held_at_same_place(doc, te, and_title);
        let speaks_for = speaks_for_body(head);
        let te = field_before_post(doc, te);
        if let Some(e) = self.what_title_is_of(doc, lex, te, speaks_for) {
            end = e;
        }
        self.push_roles(doc, te, head, end, second);
    }
}

/// ("In a letter signed by its head of press, X, the minister described …": a title
/// followed at once by a verb of saying opens the main clause, it is no appositive)
/// ("To understand the real Dred Scott, Chief Justice Roberts said": a title with a
/// name of its own after it is that person's, no appositive of the name before)
fn opens_clause(doc: &Doc, lex: &Lexicon, te: usize) -> bool {
    doc.tokens.get(te).is_some_and(|t| !t.cap && lex.cues.contains_key(&t.lower)) || doc.mention_at_token(te).is_some_and(|m| doc.mentions[m].span.start == doc.tokens[te].span.start && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
}

/// (", the group's spokesman and chief negotiator,": a second office joined by
/// "and", closing the appositive, is held too) its first token, end and head.
fn second_office(doc: &Doc, te: usize, head: &'static str, and_title: Option<(usize, &'static str)>) -> Option<(usize, usize, &'static str)> {
    and_title.filter(|&(te2, h2)| !h2.eq_ignore_ascii_case(head) && doc.tokens.get(te2).is_some_and(|t| matches!(t.lower.as_str(), "," | "." | ")"))).map(|(te2, h2)| (te + 1, te2, h2))
}

/// ("X, chief financial officer and treasurer at Y": a second title joined by "and"
/// is held at the same place) where the title ends.
fn held_at_same_place(doc: &Doc, te: usize, and_title: Option<(usize, &'static str)>) -> usize {
    match and_title {
        Some((te2, _)) if doc.tokens.get(te2).is_some_and(|t| matches!(t.lower.as_str(), "of" | "at" | "for")) => te2,
        _ => te,
    }
}

/// ("X, a spokesman for Y", "a representative for Y": one who speaks for a body
/// holds the title of it)
fn speaks_for_body(head: &str) -> bool {
    head.to_lowercase().starts_with("spokes") || matches!(head.to_lowercase().as_str(), "representative" | "lawyer" | "attorney")
}

/// ("X, a professor of political science at Y", "a lecturer in North Korean
/// studies at Y": the field after the title, up to five words naming no body or
/// person, then "at" and where the post is) the token of "at", else `te`.
fn field_before_post(doc: &Doc, te: usize) -> usize {
    if doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "of" | "in")) {
        let field = |j: usize| doc.tokens[j].kind == crate::model::TokenKind::Word && doc.mention_at_token(j).is_none_or(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place));
        (te + 1..(te + 7).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].lower == "at" || field(j)).find(|&j| doc.tokens[j].lower == "at").filter(|&j| j > te + 1).unwrap_or(te)
    } else {
        te
    }
}
