//! `subject_end`'s cases, read back from the verb: what stands between a subject and its verb
//! (a date, auxiliaries and adverbs, a raising verb, a passive frame), here; asides after the
//! name (a parenthesis, dashes, an affiliation, an age, a name in apposition) in
//! `end/asides.rs`; an appositive or a relative clause between commas in `end/commas.rs`.

use super::*;

mod asides;
mod commas;

/// The subject's end read back from the verb at `t`, no further than `lo`: `k`, the end found
/// so far.
#[derive(Clone, Copy)]
pub(super) struct Subject<'a> {
    pub(super) doc: &'a Doc,
    pub(super) t: usize,
    pub(super) lo: usize,
    pub(super) k: usize,
}

// (a match, not a scan of a list of ninety words: asked for each word before every cue)
#[inline(always)]
fn aux(w: &str) -> bool {
    matches!(
        w,
        "has" | "had" | "have" | "also" | "later" | "then" | "again" | "repeatedly" | "previously" | "reportedly" | "already" | "quickly" |
        "publicly" | "separately" | "further" | "still" | "once" | "would" | "will" | "did" | "does" | "not" | "never" | "recently" |
        "earlier" | "subsequently" | "firmly" | "strongly" | "openly" | "allegedly" | "is" | "was" | "were" | "are" | "am" | "yesterday" | "today" |
        "tonight" | "privately" | "initially" | "been" | "being" | "first" | "last" | "this" | "week" | "month" | "year" | "morning" | "evening" | "afternoon" |
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "on" | "night" | "just" | "even" | "simply" |
        // "now says", "has long argued", and negated cues ("hasn't said", "isn't saying")
        "now" | "long" | "yet" | "hasn't" | "haven't" | "hadn't" | "didn't" | "doesn't" | "don't" | "isn't" | "aren't" | "wasn't" | "weren't" |
        "won't" | "wouldn't" | "can't" | "cannot" | "couldn't" | "often" | "always" | "ever" | "sometimes" | "almost" |
        // "Quist and Okafor all suggested", "both said": a floating quantifier after the subject
        "all" | "both" |
        // "Mr. Roe himself denied": an intensifying pronoun after the subject
        "himself" | "herself" | "themselves" | "itself" |
        // "Quist might say that …": a modal before the cue
        "might" | "could" | "may" | "should" | "can"
    )
}

// "appeared to suggest", "seemed to accept": the subject of the outer verb speaks
const RAISING: &[&str] = &["appeared", "appears", "appear", "seemed", "seems", "seem", "tried", "tries", "continued", "continues"];

/// The abbreviation's full stop at token `t` ("Corp.", "Ltd.", "Inc.") lies inside a mention,
/// which then ends after it: a subject cut before the stop would end inside the name.
/// (not a mention right after "and" or "&": "Pacific Gas and Electric Co." is one company's
/// name read as two, and kept out of the subject the two would make a list of speakers)
fn stop_in_mention(doc: &Doc, t: usize) -> bool {
    doc.mention_at_token(t).is_some_and(|m| {
        let s = doc.token_at(doc.mentions[m].span.start);
        doc.mentions[m].span.end >= doc.tokens[t].span.end && !(s > 0 && matches!(doc.tokens[s - 1].lower.as_str(), "and" | "&"))
    })
}

impl Subject<'_> {
    /// One reading back from `k`: the cases in the old order; `true` where a case has moved `k`
    /// and the reading starts again (the old `continue`, with no test that `k` moved).
    #[inline(always)]
    pub(super) fn step(&mut self) -> bool {
        self.past_date();
        self.past_abbreviation_stop();
        self.past_auxiliaries();
        if self.past_raising() || self.past_went_on() {
            return true;
        }
        self.past_parenthesis();
        self.past_along_with();
        self.past_quoted_as();
        self.past_quoted_by();
        self.past_dash_appositive();
        self.past_affiliation();
        self.past_age();
        self.past_post_nominal();
        self.past_name_in_apposition();
        if self.past_relative_closed_in_quote() {
            return true;
        }
        self.past_comma_appositive();
        false
    }

    /// A date between the subject and its verb (`date_before`).
    #[inline(always)]
    fn past_date(&mut self) {
        self.k -= date_before(self.doc, self.k, self.lo);
    }

    /// ("Vexoil Ltd., the refiner, said": the full stop of an abbreviation before the
    /// appositive's comma is the name's)
    /// (when a mention takes the stop in, "Acme Corp., which …, said", the subject ends
    /// after it, where the mention does: cut before it, no name would end there)
    #[inline(always)]
    fn past_abbreviation_stop(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 1 && doc.tokens[k - 1].lower == "." && doc.tokens[k - 1].span.start == doc.tokens[k - 2].span.end && doc.tokens[k - 2].cap && doc.tokens.get(k).is_some_and(|x| x.lower == ",") && !stop_in_mention(doc, k - 1) {
            self.k -= 1;
        }
    }

    /// Auxiliaries, adverbs and times (`aux`), an adverb in "-ly", a pronoun's "'s".
    /// ("a Saudi-owned weekly reports": a paper's "weekly" or "daily" is no adverb)
    /// ("He's claiming that …": the "'s" of a pronoun is "is" or "has")
    #[inline(always)]
    fn past_auxiliaries(&mut self) {
        let Subject { doc, lo, .. } = *self;
        // ("Ann May said", "Tom Long says": a capitalised word after a name is its surname,
        // not a modal or an adverb; weekdays stay times)
        let surname = |j: usize| {
            let x = &doc.tokens[j];
            x.cap && j > lo && doc.tokens[j - 1].cap && doc.tokens[j - 1].kind == TokenKind::Word && !crate::lexicon::is_weekday(&x.lower)
        };
        let mut k = self.k;
        while k > lo && (aux(&doc.tokens[k - 1].lower) && !surname(k - 1) || k >= lo + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && matches!(doc.tokens[k - 2].lower.as_str(), "he" | "she") || doc.tokens[k - 1].lower.ends_with("ly") && doc.tokens[k - 1].lower.len() > 4 && !doc.tokens[k - 1].cap && !matches!(doc.tokens[k - 1].lower.as_str(), "weekly" | "daily" | "monthly" | "quarterly")) {
            k -= 1;
        }
        self.k = k;
    }

    /// "appeared to suggest", "seemed to accept": the subject of the outer verb speaks
    #[inline(always)]
    fn past_raising(&mut self) -> bool {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 1 && doc.tokens[k - 1].lower == "to" && RAISING.contains(&doc.tokens[k - 2].lower.as_str()) {
            self.k -= 2;
            return true;
        }
        false
    }

    /// "went on to say": the subject of "went on" speaks
    #[inline(always)]
    fn past_went_on(&mut self) -> bool {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "on" && matches!(doc.tokens[k - 3].lower.as_str(), "went" | "goes" | "go" | "going" | "gone") {
            self.k -= 3;
            return true;
        }
        false
    }

    /// "Washington along with its allies demanded": the first party is the subject (not inside a
    /// relative clause after it: "X, who led the team together with Y, said")
    #[inline(always)]
    fn past_along_with(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if let Some(j) = (lo.max(k.saturating_sub(8))..k).find(|&j| {
            let (l, n) = (doc.tokens[j].lower.as_str(), doc.tokens.get(j + 1).map(|t| t.lower.as_str()));
            (l == "along" || l == "together") && n == Some("with") || l == "as" && n == Some("well")
        }) {
            // ("X, who led the team together with Y, said": inside a relative clause opened after
            // the subject the phrase is the clause's, and the commas around the clause are read
            // as such; before, the subject ended at "team" and "led the team" spoke)
            let in_relative = (lo..j).rev().find(|&p| doc.tokens[p].lower == ",").is_some_and(|p| doc.tokens.get(p + 1).is_some_and(|t| matches!(t.lower.as_str(), "who" | "which" | "whose")));
            if j > lo && doc.tokens[j - 1].kind == TokenKind::Word && !in_relative {
                self.k = j;
            }
        }
    }

    /// "Jane Roe was quoted as saying": the passive frame before the participle
    #[inline(always)]
    fn past_quoted_as(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 2 && doc.tokens[k - 1].lower == "as" && matches!(doc.tokens[k - 2].lower.as_str(), "quoted" | "cited") {
            self.k -= 2;
        }
    }

    /// ("… was quoted by the state news agency as saying": the agency that quotes between)
    #[inline(always)]
    fn past_quoted_by(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo + 4 && doc.tokens[k - 1].lower == "as" {
            if let Some(q) = (lo.max(k.saturating_sub(12))..k - 2).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "quoted" | "cited") && doc.tokens[j + 1].lower == "by") {
                self.k = q;
            }
        }
    }
}
