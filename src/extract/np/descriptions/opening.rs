//! A role description's words before its title (`description_after`): the determiner, an age,
//! "former" and "new", then what the title is of (a body or state named, a country's
//! adjective, a capitalised modifier); and the title itself, unless the words around it make
//! the phrase no description.

use super::*;

/// A role description read from its first word `t`, before `limit`: `k` the word read next
/// (the title's first word, once what it is of is read), and what the words before the title
/// say; each case a method.
#[derive(Clone, Copy)]
pub(super) struct Opening<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) lex: &'static Lexicon,
    pub(super) t: usize,
    pub(super) limit: usize,
    pub(super) k: usize,
    /// (whether the phrase starts at `t` itself, for the test of the words before it in
    /// `adjective_before`)
    pub(super) at_t: bool,
    /// The body, state or place the title is of, as the words before it name it.
    pub(super) of: Option<usize>,
    /// (a country's adjective for a state the story never names: "the Sudanese leader" is none of
    /// the leaders of states it names, "Salva Kiir, the president of South Sudan")
    pub(super) unnamed_country: bool,
    /// A capitalised modifier before the title that names no actor ("the Democratic nominee").
    pub(super) modified: bool,
}

impl<'a> Opening<'a> {
    #[inline(always)]
    pub(super) fn new(doc: &'a Doc, ctx: &'a Ctx, t: usize, limit: usize) -> Opening<'a> {
        Opening { doc, ctx, lex: Lexicon::get(), t, limit, k: t, at_t: false, of: None, unnamed_country: false, modified: false }
    }

    /// "the" (with `owned`, "his", "her", "its", "their" too), then an age and "former" before a
    /// capitalised word.
    #[inline(always)]
    pub(super) fn past_determiner(&mut self, owned: bool) {
        let Opening { doc, k, .. } = *self;
        if doc.tokens.get(k).is_some_and(|x| x.lower == "the" || owned && matches!(x.lower.as_str(), "his" | "her" | "its" | "their")) {
            let mut k = k + 1;
            // "the 70-year-old senator": the age chooses no holder
            if is_age(doc, k) {
                k += 1;
            }
            // ("the former Vexmoor state premier": the modifier after "former")
            if doc.tokens.get(k).is_some_and(|x| x.lower == "former") && doc.tokens.get(k + 1).is_some_and(|x| x.cap) {
                k += 1;
            }
            self.k = k;
        }
    }

    /// ("the new prime minister", "Japan's new prime minister": "new" describes the holder)
    #[inline(always)]
    pub(super) fn new_before_title(&self, k: usize) -> bool {
        let Opening { doc, limit, .. } = *self;
        k + 1 < limit && doc.tokens[k].lower == "new" && !doc.tokens[k].cap && crate::extract::names::title_at(doc, k + 1, limit).is_some()
    }

    /// "new" after the determiner (`new_before_title`).
    #[inline(always)]
    pub(super) fn past_new(&mut self) {
        if self.k > self.t && self.new_before_title(self.k) {
            self.k += 1;
        }
    }

    /// (most trials start at a word that is no "the": then only a mention, a country's adjective
    /// or a two-word one at `t` moves `k` on, without which the answer is `None` below; and a
    /// mention of a person there ends in `None` at the mention test below, with `k` still at
    /// `t`; these tests are asked first, before those of the words before `t`, which cost more
    /// and also end in `None`)
    #[inline(always)]
    pub(super) fn nothing_at_t(&self) -> bool {
        let Opening { doc, ctx, lex, t, k, .. } = *self;
        k == t
            && match ctx.tok_mention.get(t) {
                Some(m) => doc.entities[doc.mentions[m].entity].kind == EntityKind::Person,
                None => !doc.tokens.get(t).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) && crate::extract::names::two_word_adjective(doc, lex, t).is_none(),
            }
    }

    /// What the title is of, read at `k`: a mention (`None` for a person's: no description),
    /// else a country's adjective, a two-word one, or a capitalised modifier, the first that
    /// fits.
    #[inline(always)]
    pub(super) fn owner(&mut self) -> Option<()> {
        let Opening { ctx, t, k, .. } = *self;
        self.at_t = k == t;
        if let Some(m) = ctx.tok_mention.get(k) {
            return self.named_owner(m);
        }
        let _ = self.country_adjective() || self.two_word_adjective() || self.capitalised_modifier();
        Some(())
    }

    /// A mention at `k`, of a body, state or place (a person's is no description: `None`), with
    /// its "'s" and a "new" after it.
    #[inline(always)]
    fn named_owner(&mut self, m: usize) -> Option<()> {
        let Opening { doc, .. } = *self;
        let e = doc.mentions[m].entity;
        if doc.entities[e].kind == EntityKind::Person {
            return None;
        }
        self.of = Some(e);
        self.k = doc.token_at(doc.mentions[m].span.end);
        if doc.tokens.get(self.k).is_some_and(|x| x.lower == "'s") {
            self.k += 1;
            if self.new_before_title(self.k) {
                self.k += 1;
            }
        }
        Some(())
    }

    /// A country's adjective at `k` ("the Sudanese leader"): that country, if the story names it.
    #[inline(always)]
    fn country_adjective(&mut self) -> bool {
        let Opening { doc, lex, k, .. } = *self;
        if doc.tokens.get(k).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) {
            self.of = doc.country_of_adjective(&doc.tokens[k].lower);
            self.unnamed_country = self.of.is_none();
            self.k += 1;
            return true;
        }
        false
    }

    /// ("the South Sudanese leader", "the Puerto Rican governor")
    #[inline(always)]
    fn two_word_adjective(&mut self) -> bool {
        let Opening { doc, lex, k, .. } = *self;
        if let Some((e, c)) = crate::extract::names::two_word_adjective(doc, lex, k) {
            self.of = doc.named_country(&lex.countries[c].iso2);
            self.unnamed_country = self.of.is_none();
            self.k = e;
            return true;
        }
        false
    }

    /// (not a title's own first word: "the Prime Minister" is no modified "minister", which
    /// an "Environment Minister" named before would hold)
    /// "the Democratic nominee": a capitalised modifier that names no actor
    /// ("the Commission president" after "the European Commission": the one body named
    /// before with that head word is what the office is of)
    #[inline(always)]
    fn capitalised_modifier(&mut self) -> bool {
        let Opening { doc, t, limit, k, .. } = *self;
        if k > t && k + 1 < limit && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && crate::extract::names::title_at(doc, k + 1, limit).is_some() && crate::extract::names::title_at(doc, k, limit).is_none() {
            self.of = org_by_bare_head(doc, k);
            self.modified = self.of.is_none();
            self.k += 1;
            return true;
        }
        false
    }

    /// The title at `k` (its end and head word, lower-cased, "head of state" read whole), unless
    /// nothing was read before it, a country's adjective stands before `t`, or a person's name
    /// follows it.
    #[inline(always)]
    pub(super) fn title(self) -> Option<Title<'a>> {
        let Opening { doc, ctx, t, limit, k, .. } = self;
        if k == t || k >= limit {
            return None;
        }
        let (mut end, head) = crate::extract::names::title_at(doc, k, limit)?;
        if self.adjective_before() {
            return None;
        }
        // "Chilean President Jane Roe" is a title before a name, not a description
        if ctx.tok_mention.get(end).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
            return None;
        }
        let mut head = head.to_lowercase();
        // ("The head of state noted …": the state's president or monarch, as agencies call him)
        if head == "head" && end == k + 1 && end + 2 <= limit && doc.tokens[end].lower == "of" && doc.tokens[end + 1].lower == "state" {
            end += 2;
            head = "head of state".to_string();
        }
        Some(Title { o: self, end, head })
    }

    /// ("the Sudanese leader": a description is read from its first word; its title alone, after
    /// the adjective, would take any leader)
    /// (asked after the title, not before the mention and adjective tests above: it only turns
    /// the phrase away, as they and `title_at` only read and turn away, so the answer is the
    /// same; most calls that get this far start at a mention of a body or place with no title
    /// after it, which `title_at` turns away at once by the word's facts, where the adjective
    /// tests of the words before `t` cost more)
    #[inline(always)]
    fn adjective_before(&self) -> bool {
        let Opening { doc, lex, t, at_t, .. } = *self;
        at_t && t > 0 && (lex.country_adjectives.contains_key(&doc.tokens[t - 1].lower) || t > 1 && crate::extract::names::two_word_adjective(doc, lex, t - 2).is_some_and(|(e, _)| e == t))
    }
}

/// A description's title: the words before it (`o`, with `o.k` the title's first word), `end`
/// the token after it and `head` its head word, lower-cased.
pub(super) struct Title<'a> {
    pub(super) o: Opening<'a>,
    pub(super) end: usize,
    pub(super) head: String,
}
