//! `settled_by_shape`'s cases of letters, credits, signatures and lists: a quote's credit, a
//! name addressed alone or opening a line, a letter's sign-off before a mail header, a
//! signature's name before a job or firm, a photo caption's credit, a list's town before the
//! next entry.

use super::*;

impl Shape {
    /// A quote's credit line (`quote_credit`), not in a heading: the run is a person's name.
    #[inline(always)]
    pub(super) fn credited_name(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, heading, .. } = self;
        if !heading && quote_credit(doc, lex, i, j) {
            let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// One word addressed alone (`addressed_alone`, not in a heading) or opening a line
    /// (`line_opening_name`), no mention yet: a person's name.
    #[inline(always)]
    pub(super) fn addressed_or_line_opening(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, heading, .. } = self;
        if j == i + 1 && (!heading && addressed_alone(doc, lex, i) || line_opening_name(doc, lex, i)) && doc.mention_at_token(i).is_none() {
            let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// "Dana Jo Quarby <jquarby@…>", "Dana Jo Quarby 01/24/2001": a given name the article
    /// uses alone elsewhere ("Dana:", "Thanks, Dana"), before another given name and a
    /// surname that a mail header's address or date follows, is a letter's sign-off before
    /// the next header's sender, on one line.
    #[inline(always)]
    pub(super) fn sign_off_before_header(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, heading, .. } = self;
        if !heading && (i + 3..=i + 4).contains(&j) && header_after(doc, j) && given_alone_elsewhere(doc, lex, i)
            && (lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, i + 1, j, true) || lex.census_given.contains(&doc.tokens[i + 1].lower) && name_like(doc, lex, i + 2, j))
            && longest(doc, i, j, &lex.organisations).is_none()
        {
            let ent = doc.person(&text_of(doc, i, i + 1), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, i + 1), ent, MentionKind::Name);
            let ent = doc.person(&text_of(doc, i + 1, j), doc.tokens[i + 1].span.start);
            doc.add_mention(span_of(doc, i + 1, j), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// "Dana Quarby Tolvan Vexby 09/08/2000 09:55 AM": a letter's closing name, then the next
    /// header's sender, on one line: two given names, each before a surname, and a date or an
    /// address after.
    #[inline(always)]
    pub(super) fn two_names_before_header(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        let listed_given = |t: usize| lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[t].lower);
        if j == i + 4 && header_after(doc, j) && listed_given(i) && listed_given(i + 2) && person_shape(doc, lex, i, i + 2, true) && person_shape(doc, lex, i + 2, j, true)
            && longest(doc, i, j, &lex.organisations).is_none()
        {
            for (a, e) in [(i, i + 2), (i + 2, j)] {
                let ent = doc.person(&text_of(doc, a, e), doc.tokens[a].span.start);
                doc.add_mention(span_of(doc, a, e), ent, MentionKind::Name);
            }
            return true;
        }
        false
    }

    /// "Tolvan Quarby Senior Regulatory Counsel Vexmoor Power Inc.": a signature's name, then
    /// the writer's job and firm on the same run (a line that lost its breaks).
    #[inline(always)]
    pub(super) fn signature_name_then_job(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, heading, .. } = self;
        if !heading && j >= i + 3 && doc.tokens[i].cap && lex.first_names.get(&doc.tokens[i].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[i].lower)
            && longest(doc, i, j, &lex.organisations).is_none()
        {
            let job = |m: usize| {
                let lw = doc.tokens[m].lower.as_str();
                // (offices only: a name may end in a royal title's word, "Tomas Ansel King")
                doc.tokens[m].cap && (lex.titles.get(lw).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || SIGNATURE_JOBS.contains(&lw))
            };
            if let Some(m) = (i + 2..(i + 5).min(j)).find(|&m| job(m)).filter(|&m| !(i..m).any(|x| job(x)) && person_shape(doc, lex, i, m, true)) {
                // (the job's words, up to its last job word, are no part of the firm after it:
                // "Senior Regulatory Counsel Vexmoor Power Inc.")
                let rest = (m..(m + 4).min(j)).rev().find(|&x| job(x)).map_or(m, |x| x + 1);
                let ent = doc.person(&text_of(doc, i, m), doc.tokens[i].span.start);
                doc.add_mention(span_of(doc, i, m), ent, MentionKind::Name);
                if rest < j {
                    parse_run(doc, lex, rest, j, false, heading, deferred);
                }
                return true;
            }
        }
        false
    }

    /// "Jane Roe Vexmoor President Tolvan Quarby shakes hands …": a photo credit's name before a
    /// caption's office and holder; "Jane K. Roe Quarnby Wholesale Services": a signature's
    /// name before the writer's firm, on one run. The run opens with a listed given name and
    /// a person's shape of two or three words; then comes a country's name or adjective or
    /// none and an office's title, or a firm: two words or more, the first no common word, given name or
    /// place, the last an organisation's word, a business head or a designator, or a listed
    /// organisation's name first. (A line of its own, which reads as a heading, may be a
    /// signature: the firm is asked for there too, the caption's office not.)
    #[inline(always)]
    pub(super) fn name_before_caption_or_firm(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, heading, .. } = self;
        if j >= i + 4 && lex.first_names.get(&doc.tokens[i].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[i].lower)
            && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < i + 2)
        {
            let office = |m: usize| doc.tokens[m].cap && lex.titles.get(&doc.tokens[m].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
            let caption = |m: usize| {
                let t = longest(doc, m, j, &lex.country_names).map_or(m, |(e, _)| e);
                let t = if t == m && lex.country_adjectives.contains_key(&doc.tokens[m].lower) { m + 1 } else { t };
                t + 1 < j && office(t) && is_cap_word(doc, t + 1)
            };
            let firm = |m: usize| {
                let w = &doc.tokens[m];
                let last = doc.slice(doc.tokens[j - 1].span);
                j >= m + 2 && w.kind == TokenKind::Word && !lex.is_common_word(&w.lower) && !lex.first_names.contains_key(&w.lower) && !lex.place_names.contains_key(&w.lower) && lex.country_any(&w.lower).is_none()
                    && (lex.org_words.contains(last) || lex.company_heads.contains(last) || DESIGNATORS.contains(&last) || longest(doc, m, j, &lex.organisations).is_some_and(|(e, _)| e >= m + 2))
                    && !lex.titles.contains_key(&doc.tokens[j - 1].lower)
                    && !(m..j).any(|x| doc.tokens[x].lower == "of")
            };
            let split = (i + 2..=(i + 3).min(j - 2)).find(|&m| (i..m).all(|x| is_cap_word(doc, x)) && person_shape(doc, lex, i, m, true) && !(i..m).any(office) && (!heading && caption(m) || firm(m)));
            if let Some(m) = split {
                let ent = doc.person(&text_of(doc, i, m), doc.tokens[i].span.start);
                doc.add_mention(span_of(doc, i, m), ent, MentionKind::Name);
                parse_run(doc, lex, m, j, false, heading, deferred);
                return true;
            }
        }
        false
    }

    /// "… 24, Quarnby E17 Tolvan Brask, 30, …": the town (and postal district) of the list's
    /// entry before, then the next entry's name and age, on one run
    /// (not a run that is a person's name itself: "Marion Quarby Vexley, 59," opens with a
    /// given name that a town bears).
    #[inline(always)]
    pub(super) fn town_then_next_entry(self, doc: &mut Doc, lex: &Lexicon, deferred: &mut Vec<(usize, usize, bool)>) -> bool {
        let Shape { i, j, sentence_start, heading } = self;
        if j >= i + 3 && age_follows(doc, j) && !lex.first_names.contains_key(&doc.tokens[i].lower) && !person_shape(doc, lex, i, j, true) {
            if let Some((e, _)) = longest(doc, i, j, &lex.place_names) {
                let s = if e < j && postal_district(doc.slice(doc.tokens[e].span)) { e + 1 } else { e };
                if (2..=4).contains(&(j - s)) && (person_shape(doc, lex, s, j, true) || name_like(doc, lex, s, j)) {
                    parse_run(doc, lex, i, e, sentence_start, heading, deferred);
                    let ent = doc.person(&text_of(doc, s, j), doc.tokens[s].span.start);
                    doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
                    return true;
                }
            }
        }
        false
    }
}
