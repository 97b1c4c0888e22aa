//! What the title is of after it ("of Ukraine", "to Russia", "at Y", "for Y", "of the
//! council"), and the roles the appositive gives (or, with no title, a profession).

use super::*;

impl Appositive {
    /// "of Ukraine" / "to Russia" after the title
    /// ("to" names the host country of an ambassador, not the one represented)
    /// ("X, chief economist at Y": "at" names the organisation the post is at)
    /// (`speaks_for`: "for Y" after a spokesman's title): sets `of`; the token where the
    /// evidence ends, when a body is found there.
    pub(super) fn what_title_is_of(&mut self, doc: &Doc, lex: &Lexicon, te: usize, speaks_for: bool) -> Option<usize> {
        if !doc.tokens.get(te).is_some_and(|t| t.lower == "of" || t.lower == "to" || t.lower == "at" || t.lower == "for" && speaks_for) {
            return None;
        }
        let at = body_after_preposition(doc, lex, te);
        if let Some(m) = doc.mention_at_token(at).filter(|&m| doc.tokens[te].lower != "at" || doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
            self.named_after_title(doc, te, m)
        } else {
            self.body_by_noun_after_of(doc, te)
        }
    }

    /// The name (mention `m`) after the title's preposition at `te`: what the office is of
    /// (not after "to"; a region before the title was its field, the name after is the
    /// owner), unless a person.
    fn named_after_title(&mut self, doc: &Doc, te: usize, m: usize) -> Option<usize> {
        let e = doc.mentions[m].entity;
        if doc.entities[e].kind == EntityKind::Person {
            return None;
        }
        if doc.tokens[te].lower != "to" {
            self.of = if self.region_field { Some(e) } else { self.of.or(Some(e)) };
        }
        Some(doc.token_at(doc.mentions[m].span.end))
    }

    /// (", the leader of the council,": a body's noun after "of the" takes up the
    /// body the story named before, as ", the council's leader," does; the role is
    /// kept where none is, of no one, `push_role`; ", leader of the Conservative
    /// group on the council,": a group no name is given, of no one)
    fn body_by_noun_after_of(&mut self, doc: &Doc, te: usize) -> Option<usize> {
        let span = self.span;
        let (n, plain) = (doc.tokens[te].lower == "of" && self.of.is_none()).then(|| body_noun_after_of(doc, te)).flatten()?;
        if plain {
            self.of = crate::extract::np::org_by_named_head(doc, n).or_else(|| crate::extract::statements::body_description(doc, n - 1, n + 1)).or_else(|| crate::extract::np::group_before(doc, doc.token_at(span.start), &doc.tokens[n].lower));
        }
        Some(n + 1)
    }

    /// The title's role (from `k` to `te`, of `of`, its evidence up to `end`), and the
    /// second office's:
    /// (of the body a possessive names, not of one named as a modifier of the first
    /// office: "a former Harbor Party chairman and presidential candidate")
    pub(super) fn push_roles(&self, doc: &mut Doc, te: usize, head: &'static str, end: usize, second: Option<(usize, usize, &'static str)>) {
        let Appositive { span, holder, k, of, former, possessed, .. } = *self;
        // (", the association's president and CEO,": a chair or president who is also the chief
        // executive holds one joint office, its title as written)
        if let Some((_, te2, _)) = second.filter(|&(_, _, h2)| joint_executive(head, h2)) {
            push_role(doc, holder, k, te2, head, of, former, Span::new(span.start, doc.tokens[end.max(te2) - 1].span.end));
            return;
        }
        let ev = Span::new(span.start, doc.tokens[end - 1].span.end);
        push_role(doc, holder, k, te, head, of, former, ev);
        if let Some((a2, te2, head2)) = second {
            push_role(doc, holder, a2, te2, head2, if possessed { of } else { None }, former, Span::new(span.start, doc.tokens[te2 - 1].span.end));
        }
    }

    /// With no title: a profession at `k` and the body it names ("an analyst at the firm").
    pub(super) fn profession(&self, doc: &mut Doc) {
        let Appositive { span, holder, k, former, .. } = *self;
        if let Some((pe, head, org, end)) = profession_at(doc, k) {
            let ev = Span::new(span.start, doc.tokens[end - 1].span.end);
            push_role(doc, holder, k, pe, head, Some(org), former, ev);
        }
    }
}

/// Whether a title headed `head` and one headed `h2` after its "and" are the one joint office of
/// a firm's or a body's head: "president and CEO", "chairman and chief executive"
fn joint_executive(head: &str, h2: &str) -> bool {
    matches!(head.to_lowercase().as_str(), "president" | "chairman" | "chairwoman" | "chair" | "chairperson") && matches!(h2.to_lowercase().as_str(), "ceo" | "chief executive" | "chief executive officer")
}

/// Where the body after the title's preposition at `te` starts: past "the",
/// ("leader of the far-right National Rally": up to two lower-case modifiers
/// after the article)
/// ("a senior fellow at the London-based Centre for …": where the body is
/// based is no part of its name)
fn body_after_preposition(doc: &Doc, lex: &Lexicon, te: usize) -> usize {
    let mut at = if doc.tokens.get(te + 1).is_some_and(|t| t.lower == "the") { te + 2 } else { te + 1 };
    if at == te + 2 {
        let modifier = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == crate::model::TokenKind::Word && !t.cap && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower) && !lex.titles.contains_key(&t.lower));
        let skip = (0..2).take_while(|&n| modifier(at + n)).count();
        if skip > 0 && doc.mention_at_token(at + skip).is_some() {
            at += skip;
        }
    }
    let based = (at..(at + 3).min(doc.tokens.len())).find(|&j| doc.tokens[j].lower.ends_with("-based") || doc.tokens[j].lower == "based" && doc.tokens[j - 1].lower == "-");
    if let Some(j) = based.filter(|&j| (at..j).all(|x| doc.tokens[x].cap || doc.tokens[x].lower == "-")) {
        at = j + 1;
    }
    at
}
