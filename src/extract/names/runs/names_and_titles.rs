//! Titles, offices, organisations and names inside a capitalised run, each recorded as it is
//! read (`names_and_titles`). The words are read from `Reading::k` on; each case is a method of
//! `Reading` that answers `None` (not this case: the next is asked), `Some(Step::Read)` (words
//! read, `k` moved: the loop reads on) or `Some(Step::Done)` (the run is used up). The cases are
//! grouped by what they find in `bodies`, `places`, `countries` and `titles`.

use super::*;

mod bodies;
mod countries;
mod places;
mod titles;

/// What a case of `names_and_titles` decided.
enum Step {
    /// The run is used up: `names_and_titles` answers `None`.
    Done,
    /// Words were read and `k` moved past them: the loop goes on.
    Read,
}

/// Titles, offices, organisations and names inside the run from `k`, each recorded as it is
/// read; `None` when the run is used up, else where the one name left starts and whether a
/// title before it names its holder.
#[allow(clippy::too_many_arguments)]
pub(super) fn names_and_titles(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, k: usize, run_start: usize, titled: bool, no_holiday_at: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) -> Option<(usize, bool)> {
    let mut r = Reading { i, j, run_start, no_holiday_at, sentence_start, heading, k, seg: k, titled, after_title: usize::MAX };
    while r.k < j {
        let step = r
            .holiday(doc, lex)
            .or_else(|| r.owner_office_holder(doc, lex, deferred))
            .or_else(|| r.national_agency(doc, lex))
            .or_else(|| r.club_or_company(doc))
            .or_else(|| r.irish_county(doc, lex))
            .or_else(|| r.region_of_name(doc, lex))
            .or_else(|| r.prefixed_place(doc, lex))
            .or_else(|| r.water_of_name(doc, lex))
            .or_else(|| r.country_in_full(doc, lex))
            .or_else(|| r.lone_generic_head(doc))
            .or_else(|| r.body_then_person(doc, lex))
            .or_else(|| r.modifier_of_noun(doc, lex))
            .or_else(|| r.body_or_office_of(doc, lex, deferred))
            .or_else(|| r.country_named(doc, lex))
            .or_else(|| r.ambassador_to_city(doc, lex))
            .or_else(|| r.place_opened_by_adjective(doc, lex))
            .or_else(|| r.country_adjective(doc, lex))
            .or_else(|| r.adjective_of_two_words(doc, lex))
            .or_else(|| r.institution(doc, lex))
            .or_else(|| r.region_not_company(doc, lex))
            .or_else(|| r.listed_organisation(doc, lex))
            .or_else(|| r.title(doc, lex, deferred));
        match step {
            Some(Step::Done) => return None,
            Some(Step::Read) => continue,
            None => break,
        }
    }
    if r.k >= j {
        return None;
    }
    if r.portfolio_office(doc, lex, deferred) || r.title_ends_run(doc, lex, deferred) {
        return None;
    }
    Some((r.k, r.titled))
}

/// The state of `names_and_titles`: the run `i..j` (`run_start` its first word after the
/// opening words, `no_holiday_at` a token no holiday covers) and how far it is read.
struct Reading {
    i: usize,
    j: usize,
    run_start: usize,
    no_holiday_at: usize,
    sentence_start: bool,
    heading: bool,
    /// The next word to read.
    k: usize,
    /// Start of the words not yet taken as a name or title (adjectives stay in it).
    seg: usize,
    /// Whether a title before `k` names its holder.
    titled: bool,
    /// The token right after a title read in this run: a holder's name opens there.
    after_title: usize,
}

impl Reading {
    /// "Labor Day", "New Year's Eve": a holiday inside the run (`opening_words` has asked at
    /// `no_holiday_at`) is read past.
    fn holiday(&mut self, doc: &Doc, lex: &Lexicon) -> Option<Step> {
        let k = self.k;
        let e = (k != self.no_holiday_at).then(|| holiday_cover(doc, lex, k)).flatten()?;
        self.k = e;
        self.seg = e;
        Some(Step::Read)
    }

    /// The words `a..b` as an organisation's mention; the run is used up.
    fn organisation(doc: &mut Doc, a: usize, b: usize) -> Option<Step> {
        let ent = doc.organisation(&text_of(doc, a, b));
        doc.add_mention(span_of(doc, a, b), ent, MentionKind::Name);
        Some(Step::Done)
    }
}
