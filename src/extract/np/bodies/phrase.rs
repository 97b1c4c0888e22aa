//! The phrase `org_by_head_in` reads at "the" (or "this"): the words before its head, the head
//! noun, and whether the phrase ends there.

use super::*;

/// "the ministry", "the regional bloc", "the 27-nation bloc", "this council" at `t`: its head
/// at `h`, the head noun (`head`, "court" for "bench" and "justices"), and what the choice of
/// the body named before reads of it.
#[derive(Clone, Copy)]
pub(super) struct Phrase<'a> {
    pub(super) doc: &'a Doc,
    pub(super) t: usize,
    pub(super) topic: bool,
    /// the head after lower-case modifiers ("the regional bloc"), if that is how it was found
    pub(super) modified: Option<usize>,
    pub(super) h: usize,
    pub(super) head: &'a str,
    /// "accused the union of …"
    pub(super) accused: bool,
    /// where "the" opens
    pub(super) before: usize,
    /// "the union to …": the body asked
    pub(super) asked_to: bool,
}

impl<'a> Phrase<'a> {
    /// The phrase at `t` (up to `limit`), if it is "the" or "this" and a head that ends it; the
    /// old opening of `org_by_head_in`, step by step.
    #[inline(always)]
    pub(super) fn at(doc: &'a Doc, t: usize, limit: usize, topic: bool) -> Option<Phrase<'a>> {
        // ("this council" in what someone says to it, too)
        if t + 2 > limit || !matches!(doc.tokens[t].lower.as_str(), "the" | "this") || state_administration(doc, t) || state_by_head(doc, t) {
            return None;
        }
        let modified = modified_head(doc, own_country_before(doc, t), limit);
        let h = modified.or_else(|| counted_head(doc, t, limit))?;
        let head = head_word(doc, t, h, topic)?;
        // the head must end the phrase: "the bank's chief" names the chief, "the union leaders"
        // the leaders, "the council of elders" another council ("the tribunal to rule", "the
        // agency announced" end it)
        let accused = accused_before(doc, t);
        if goes_on_after_head(doc, t, h, topic, accused) {
            return None;
        }
        let before = doc.tokens[t].span.start;
        let asked_to = doc.tokens.get(h + 1).is_some_and(|x| x.lower == "to");
        // (asked for every "the" against every organisation named before it: no allocation for
        // the common, ASCII case)
        let head = court_of_bench(head);
        Some(Phrase { doc, t, topic, modified, h, head, accused, before, asked_to })
    }
}

/// "the 27-nation bloc": a count of members before the head
#[inline(always)]
fn counted(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].kind == TokenKind::Number || doc.tokens[j].lower == "-" || doc.tokens[j].lower.starts_with(|c: char| c.is_ascii_digit()) || matches!(doc.tokens[j].lower.as_str(), "nation" | "member" | "country" | "state")
}

/// ("the country's media regulator": the story's own country before them, no other body):
/// where the modifiers of [`modified_head`] start after (`t + 2`, at the "'s"), else `t`
#[inline(always)]
fn own_country_before(doc: &Doc, t: usize) -> usize {
    if doc.tokens[t].lower == "the" && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "country" | "nation")) && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) { t + 2 } else { t }
}

/// ("the medical charity", "the rights group": up to two lower-case modifiers before a
/// generic noun for a body, which no name ends in)
/// ("the regional bloc", "the trade bloc": a union of states named by a lower-case modifier
/// and its head, as "the bloc")
/// ("the umbrella union", "the powerful union": a union described, as "the union"; not "the
/// rival union" nor "the nurses union", another one, [`other_union`])
#[inline(always)]
fn modified_head(doc: &Doc, m0: usize, limit: usize) -> Option<usize> {
    (m0 + 2..limit.min(m0 + 4)).find(|&j| GENERIC_BODIES.contains(&doc.tokens[j].lower.as_str()) || matches!(doc.tokens[j].lower.as_str(), "bloc" | "grouping" | "union")).filter(|&j| {
        let lex = Lexicon::get();
        (m0 + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && !lex.stopwords.contains(&doc.tokens[k].lower) && !lex.cues.contains_key(&doc.tokens[k].lower) && !lex.titles.contains_key(&doc.tokens[k].lower) && !GENERIC_BODIES.contains(&doc.tokens[k].lower.as_str()))
            && !(doc.tokens[j].lower == "union" && other_union(doc, m0 + 1, j))
    })
}

/// Whether the modifiers `lo..j` before "union" set it apart from a union named before: a
/// contrast ("rival", "new", "smaller") or whom it organises, a plural ("the nurses union")
#[inline(always)]
fn other_union(doc: &Doc, lo: usize, j: usize) -> bool {
    (lo..j).any(|k| {
        let w = doc.tokens[k].lower.as_str();
        w.ends_with('s') || matches!(w, "rival" | "new" | "second" | "breakaway" | "smaller" | "larger" | "bigger" | "separate" | "different" | "student" | "teacher" | "european" | "soviet")
    })
}

/// The head right after "the", or "bloc" or "grouping" after a count of members ("the
/// 27-nation bloc", [`counted`])
#[inline(always)]
fn counted_head(doc: &Doc, t: usize, limit: usize) -> Option<usize> {
    (t + 1..limit.min(t + 5)).find(|&j| !counted(doc, j)).filter(|&j| j == t + 1 || matches!(doc.tokens[j].lower.as_str(), "bloc" | "grouping"))
}

/// ("The Commission must bar him": a capitalised head that no rule took for a name of its
/// own is the short form of the one body named before with that head)
#[inline(always)]
fn head_word(doc: &Doc, t: usize, h: usize, topic: bool) -> Option<&str> {
    Some(doc.tokens.get(h).filter(|x| x.kind == TokenKind::Word && (!x.cap || (topic || h == t + 1 && doc.mention_at_token(h).is_none()) && Lexicon::get().org_words.contains(doc.slice(x.span))) && x.lower.len() > 3)?.lower.as_str())
}

/// ("accused the union of refusing …": the accusation's "of", not the body's)
#[inline(always)]
fn accused_before(doc: &Doc, t: usize) -> bool {
    t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "accused" | "accuses" | "accuse" | "accusing" | "suspected" | "suspects" | "blamed" | "blames" | "criticised" | "criticized" | "praised" | "thanked")
}

/// Whether the phrase goes on after the head at `h`: a capitalised word, "'s", "of", "for" or
/// "on" (not an accusation's "of" or "for", nor the "'s" of a capitalised owner,
/// [`capitalised_owner`], in what a statement is about), a title or a noun for a person
#[inline(always)]
fn goes_on_after_head(doc: &Doc, t: usize, h: usize, topic: bool, accused: bool) -> bool {
    let lex = Lexicon::get();
    let owner = topic && capitalised_owner(doc, t, h);
    doc.tokens.get(h + 1).is_some_and(|x| {
        x.kind == TokenKind::Word && (x.cap || matches!(x.lower.as_str(), "'s" | "of" | "for" | "on") && !(accused && matches!(x.lower.as_str(), "of" | "for")) && !owner || lex.titles.contains_key(&x.lower) || lex.speaker_nouns.contains(&x.lower) || lex.person_nouns.contains(&x.lower))
    })
}

/// ("the bench" of judges: the court named before)
/// ("the justices" of the court named before)
#[inline(always)]
fn court_of_bench(head: &str) -> &str {
    if head == "bench" || head == "justices" { "court" } else { head }
}
