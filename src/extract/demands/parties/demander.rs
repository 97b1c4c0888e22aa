//! Who makes a demand at a verb (`demander`): each case is a function, or a method of
//! `Clause` once the verb's auxiliaries are read, that answers who asks and where the
//! demand's evidence opens, or leaves it to the next case; grouped in `before` (the first
//! cases), `subject` (the clause's subject), `written` (letters), `coordinated` (a verb after
//! "and") and `loose` (a loose subject).

use super::*;
use crate::model::Mention;

mod before;
mod coordinated;
mod loose;
mod subject;
mod written;

use self::before::*;

/// The party that does the demanding at verb `c` (the clause opening at `a`), and the token
/// where the demand's evidence opens; the cases in order, the first that answers settles it.
pub(in crate::extract::demands) fn demander(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> Option<(Party, usize)> {
    // ("France has for years pressed Algeria to …": a length of time between the auxiliary and
    // the verb; the subject is the auxiliary's)
    if let Some(v) = aspect_verb_before(doc, c, a).or_else(|| for_a_time_before(doc, c, a)) {
        return demander(doc, ctx, v, a);
    }
    // ("had written to the EU trade commissioner, Jane Roe, asking her to …": the name in
    // apposition is the one written to, not the asker `named_in_apposition` takes it for)
    let letter = Clause::new(doc, ctx, c, a);
    if let Some(v) = letter.written_to_title_then_name() {
        return letter.writer(v);
    }
    if let Some(found) = region_named_most(doc, c, a).or_else(|| named_in_apposition(doc, ctx, c, a)).or_else(|| participle_after_speech(doc, ctx, c, a)).or_else(|| by_participle_after_apposition(doc, ctx, c, a)) {
        return Some(found);
    }
    let d = Clause::new(doc, ctx, c, a);
    if let Some(found) = d.relative_antecedent() {
        return Some(found);
    }
    // (where the subject of `c` ends, worked out once for the tests below)
    let se = crate::extract::np::subject_end(doc, c, a);
    let named_before = d.named_before();
    if let Some(v) = named_before.and_then(|m| d.written_to(doc.token_at(m.span.start))) {
        return d.writer(v);
    }
    if let Some(found) = d.purpose_after_writing(named_before) {
        return Some(found);
    }
    if let Some(found) = d.state_word_subject() {
        return Some(found);
    }
    if let Some(found) = d.subject_before_verb(se) {
        return found;
    }
    if let Some(found) = d.subject_in_quote(se).or_else(|| d.coordinated_verb()).or_else(|| d.first_person_in_quote(se)) {
        return Some(found);
    }
    // (asked once for both tests)
    let loose = loose_subject(doc, ctx, c, a);
    if let Some(found) = d.body_by_head(loose) {
        return Some(found);
    }
    if let Some((s, e)) = loose {
        return d.loose_subject_asks(s, e);
    }
    d.group_before_comma().or_else(|| d.clause_subject_of_participle())
}

/// The verb `c` of the clause opening at `a`, with what `demander`'s later cases ask of it.
#[derive(Clone, Copy)]
struct Clause<'a> {
    doc: &'a Doc,
    ctx: &'a Ctx,
    c: usize,
    a: usize,
    /// Where the auxiliaries and adverbs right before the verb start ("who has long urged",
    /// "which last week urged").
    w: usize,
    /// The verb is a participle ("demanding").
    participle: bool,
    /// The verb is an infinitive of purpose ("had written to the council to ask it to …").
    purpose: bool,
}

impl<'a> Clause<'a> {
    fn new(doc: &'a Doc, ctx: &'a Ctx, c: usize, a: usize) -> Clause<'a> {
        let mut w = c;
        // ("the World Bank, which last week urged Norway to …": a time between)
        // ("Jane Roe, who on Friday called on Oslo to …": a day too)
        while w > a + 2 && c < w + 4 && (matches!(doc.tokens[w - 1].lower.as_str(), "has" | "had" | "have" | "also" | "again" | "repeatedly" | "previously" | "long" | "once" | "already" | "recently" | "last" | "this" | "earlier" | "week" | "month" | "year" | "on" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "yesterday" | "today") || doc.tokens[w - 1].lower.ends_with("ly") && doc.tokens[w - 1].lower.len() > 4) {
            w -= 1;
        }
        // ("Farmers staged protests across France demanding …": a participle after a place or
        // body governed by a preposition modifies the clause, whose subject demands, not that object)
        let participle = doc.tokens[c].lower.ends_with("ing");
        // ("had written to the council to ask it to …": an infinitive of purpose after those written
        // to, as the participle "asking")
        let purpose = !participle && c > a + 3 && doc.tokens[c - 1].lower == "to" && matches!(doc.tokens[c].lower.as_str(), "ask" | "urge" | "request" | "demand" | "press");
        Clause { doc, ctx, c, a, w, participle, purpose }
    }
}
