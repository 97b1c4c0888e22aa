//! Runs whose shape settles them before `parse_run` reads them word by word
//! (`settled_by_shape`). Each case is a method of `Shape` that settles the run (true:
//! `settled_by_shape` answers true) or leaves it to the next case; the cases are grouped by
//! what they find in `places`, `bodies`, `parts` (runs split into parts parsed alone) and
//! `signatures` (letters, credits, signatures and lists).

use super::*;

mod bodies;
mod parts;
mod places;
mod signatures;

/// Runs whose shape settles them before `parse_run` reads them word by word: a treaty, ship or
/// vehicle, a street, base, lake or site, a place "administered" by a state, a body taken up by
/// "which", an initialism's plural, hyphenated or "-e-" names, "AT&T", a barrister's rank, a
/// letter's or photo's credit line, a lone initial, a cartel or party before its lower-case noun,
/// a people's adjective. Each adds what it finds (or nothing, or parses the run's parts) and
/// answers true; false leaves the run to `parse_run`.
pub(super) fn settled_by_shape(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
    let s = Shape { i, j, sentence_start, heading };
    s.document_ship_or_vehicle(doc)
        || s.administered_place(doc, lex)
        || s.street(doc, lex)
        || s.air_base(doc, lex)
        || s.lake_mount_or_port(doc, lex)
        || s.place_then_party_member(doc, lex, deferred)
        || s.site_before_noun(doc, lex)
        || s.body_taken_up_by_which(doc, lex)
        || s.council_of_place(doc, lex)
        || s.initialism_plural(doc, lex, deferred)
        || s.portfolio_after_and(doc, lex, deferred)
        || s.body_then_initials(doc, lex, deferred)
        || s.field_then_honorific(doc, lex, deferred)
        // "Sen. Jane Roe, D-Ohio, said", "(R-New Mexico)": a party's initial and a US state after
        // a comma or bracket name the state the member sits for
        || party_state_tag(doc, lex, i, j)
        || s.izafat_movement(doc, lex)
        // "a new Roe-Varga call", "US-Peru talks": names joined by hyphens, each a country or
        // a person the story named in full, are each named (not "Guinea-Bissau", a name whole)
        || j == i + 1 && hyphenated_names(doc, lex, i)
        || s.ampersand_company(doc)
        || s.shares_of(doc, lex, deferred)
        || s.barrister_rank(doc, lex, deferred)
        || s.credited_name(doc, lex)
        || s.addressed_or_line_opening(doc, lex)
        || s.sign_off_before_header(doc, lex)
        || s.two_names_before_header(doc, lex)
        || s.signature_name_then_job(doc, lex, deferred)
        || s.name_before_caption_or_firm(doc, lex, deferred)
        || s.town_then_next_entry(doc, lex, deferred)
        || s.lone_initial(doc, lex)
        || s.cartel_or_gang(doc, lex)
        || s.country_party(doc, lex)
        || s.peoples_adjective(doc, lex, deferred)
}

/// The run `i..j` that `settled_by_shape` is asked of, and how `parse_run` was called.
#[derive(Clone, Copy)]
struct Shape {
    i: usize,
    j: usize,
    sentence_start: bool,
    heading: bool,
}

impl Shape {
    /// The whole run as a place no list knows: its mention over `i..j`.
    #[inline]
    fn add_unlisted_place(self, doc: &mut Doc) {
        let ent = doc.unlisted_place(&text_of(doc, self.i, self.j));
        doc.add_mention(span_of(doc, self.i, self.j), ent, MentionKind::Name);
    }

    /// ("the European Convention on Human Rights": the subject of a treaty "on" it is the
    /// document's name too); a ship's name, a vehicle's model: nothing is added.
    #[inline]
    fn document_ship_or_vehicle(self, doc: &Doc) -> bool {
        let Shape { i, j, .. } = self;
        ship_name_at(doc, i) || vehicle_model_before(doc, j) || j > i + 1 && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) || i >= 2 && doc.tokens[i - 1].lower == "on" && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[i - 2].span))
    }
}
