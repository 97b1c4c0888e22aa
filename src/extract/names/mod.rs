//! Finding names of people, organisations, countries and places in running text:
//! capitalised runs split by lexicons (countries, adjectives, titles, organisation words,
//! gazetteer, first names) and by context (a title before, a speech cue after).

mod article_passes;
mod find;
mod listed_places;
mod run_context;
mod lookup;
mod runs;
mod shapes;
mod places;
mod lone_words;
mod titles;
mod pipeline_passes;

pub use self::article_passes::*;
pub use self::find::find_names;
pub use self::run_context::*;
pub use self::lookup::*;
use self::runs::*;
pub use self::shapes::*;
pub(crate) use self::places::*;
pub(crate) use self::lone_words::*;
pub(crate) use self::titles::*;
pub use self::pipeline_passes::*;

use crate::lexicon::{fold, Lexicon, PhraseTable, StateBody};
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};

/// "Marlow & Finch" (`j` at the ampersand): an ampersand standing alone between two
/// capitalised words of one line, neither a courtesy title ("Mr & Mrs Roe") nor a word that
/// opens a name of its own; the partnership's style of a firm's name.
#[inline(always)]
fn firm_ampersand(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    let courtesy = |t: usize| matches!(doc.tokens[t].lower.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady");
    j > 0 && j + 1 < b && doc.tokens[j].lower == "&"
        && doc.tokens[j - 1].span.end < doc.tokens[j].span.start && doc.tokens[j].span.end < doc.tokens[j + 1].span.start
        && !doc.article.text[doc.tokens[j - 1].span.end..doc.tokens[j + 1].span.start].contains('\n')
        && is_cap_word(doc, j - 1) && is_cap_word(doc, j + 1)
        && !courtesy(j - 1) && !courtesy(j + 1)
        && !lex.titles.contains_key(&doc.tokens[j + 1].lower)
}

/// Lower-case words that may join capitalised words inside one name.
fn connector(w: &str) -> bool {
    // (a match, not a scan of a list: asked inside every capitalised run)
    matches!(
        w,
        "of" | "for" | "de" | "del" | "dela" | "delos" | "della" | "di" | "da" | "du" | "von" | "van" | "der" | "den" | "al" | "el"
        | "bin" | "ibn" | "la" | "le" | "y" | "and"
    )
}

/// "the Vexmoor Council on Foreign Trade", "the Senate Committee on Armed Services" (`j` at
/// "on"): a council's, committee's or commission's field after "on", in two or more
/// capitalised common words that end the run ("the Council on Monday", "the Committee on
/// Public Accounts Chair Jan Roe" are none); the end of the field.
fn field_after_on(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> Option<usize> {
    if doc.tokens[j].lower != "on" || j == 0 || !matches!(doc.tokens[j - 1].lower.as_str(), "council" | "committee" | "commission") {
        return None;
    }
    let common = |m: usize| is_cap_word(doc, m) && lex.is_common_word(&doc.tokens[m].lower) && !lex.place_names.contains_key(&doc.tokens[m].lower) && !lex.country_names.contains_key(&doc.tokens[m].lower) && !lex.titles.contains_key(&doc.tokens[m].lower);
    let m = (j + 1..b).find(|&m| !common(m)).unwrap_or(b);
    (m >= j + 3 && (m == b || !is_cap_word(doc, m))).then_some(m)
}

/// "the University of North Carolina at Greensboro" (`j` at "at"): "University of" and a
/// listed place, then "at" and a listed town, name one university's campus; the end of the
/// town's name. (Also after a comma, "the University of Vexmoor, Quarnby found …": the town a
/// listed one, no country or region, before a lower-case word other than "and" or "or".)
#[inline(always)]
fn campus_after(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    let comma = doc.tokens[j].lower == ",";
    if !comma && (doc.tokens[j].lower != "at" || doc.tokens[j].cap) || j + 1 >= b || !is_cap_word(doc, j + 1) {
        return None;
    }
    let k = (i..j.saturating_sub(2)).find(|&k| doc.slice(doc.tokens[k].span) == "University" && doc.tokens[k + 1].lower == "of")?;
    let state = fold(&text_of(doc, k + 2, j));
    if !lex.place_names.contains_key(&state) && lex.country_names.get(&state).is_none() {
        return None;
    }
    let (e, p) = longest(doc, j + 1, b, &lex.place_names)?;
    let town = || p.iter().all(|&x| lex.places[x].kind == "city") && doc.tokens.get(e).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "and" | "or"));
    ((e == b || !is_cap_word(doc, e)) && (!comma || town())).then_some(e)
}

/// Surname particles that may come two in a row inside a name ("von der", "de la", "van den").
const PARTICLES: &[&str] = &["de", "del", "der", "den", "van", "von", "la", "le", "los", "las", "da", "di", "du", "ter"];

/// "Von der …", "De la …", "Van den …" at token `i`: a surname's first particle capitalised (as
/// it is to open a sentence), then a second particle in lower case.
fn capitalised_particles(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].cap && matches!(doc.tokens[i].lower.as_str(), "von" | "van" | "de") && doc.tokens.get(i + 1).is_some_and(|t| !t.cap && PARTICLES.contains(&t.lower.as_str()))
}

/// Lower-case words after a place name that make it a region.
pub const REGION_WORDS: &[&str] = &["region", "oblast", "province", "state", "district", "county", "governorate", "territory", "prefecture"];

/// Words that open a greeting or a mail header before a name ("Hi David", "Thanks Kam").
const GREETINGS: &[&str] = &["hi", "hello", "hey", "dear", "thanks", "thank", "regards", "cheers", "sent", "see", "congratulations", "attn", "re", "fwd", "fw", "cc", "bcc", "email", "e-mail"];

/// Token `t` follows a greeting or a letter's closing ("Hi Dana", "Dear Tolvan", "Thanks,
/// Jo", "Regards Priya"), which name the one written to or the writer.
fn greeted(doc: &Doc, t: usize) -> bool {
    let Some(mut p) = t.checked_sub(1) else { return false };
    let comma = doc.tokens[p].lower == ",";
    if comma {
        let Some(q) = p.checked_sub(1) else { return false };
        p = q;
    }
    let w = doc.tokens[p].lower.as_str();
    // ("Best, Jo": "best" only capitalised and before the comma; "thanks to", "thank you"
    // never reach here, no name follows them)
    matches!(w, "hi" | "hello" | "hey" | "dear" | "thanks" | "regards" | "regard" | "cheers" | "sincerely") || w == "best" && comma && doc.tokens[p].cap
}

/// "Dana Dana Quarby", "Jo Jo Vexby": a given name that repeats the word before it and opens a
/// name of its own (a letter's closing, then the next header's sender, on one line): the run
/// ends before it. Not initials ("S S C Roe"), nor a doubled name alone ("Duran Duran").
#[inline(always)]
fn repeated_name(doc: &Doc, j: usize, b: usize) -> bool {
    let w = doc.slice(doc.tokens[j].span);
    doc.tokens[j].kind == TokenKind::Word
        && w.chars().skip(1).any(char::is_lowercase)
        && w == doc.slice(doc.tokens[j - 1].span)
        && j + 1 < b
        && is_cap_word(doc, j + 1)
}

/// "Thanks, Jo ¶ Dana Tolvan, I have checked …", "Jo Well, he started today": a mail's
/// closing name and, on the next line, the name of the one written to, or an interjection,
/// before "," or ":" and a sentence's opening word. The run `i..j` ends before `j` when `j` is
/// a listed given name (no common word), right after a given name or a given name and one
/// more word, and after the stop comes a capitalised function word ("I", "Here", "Please",
/// not "The") or nothing; or when `j` is "Well", "Yes", "Ok", "Team", … before a comma.
#[inline(always)]
fn addressed_after(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    if j == i || j - i > 3 || doc.tokens[j].kind != TokenKind::Word || j + 1 >= doc.tokens.len() {
        return false;
    }
    let stop = doc.tokens[j + 1].lower.as_str();
    if !matches!(stop, "," | ":") || j + 1 >= b && stop != "," {
        return false;
    }
    let given = |t: usize| lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[t].lower) && doc.slice(doc.tokens[t].span).chars().skip(1).all(char::is_lowercase);
    // (the closing's name: a given name right before, or before a surname; "Thanks" may open
    // the run)
    // (or a closing's initials right before: "Thanks KK ¶ Kam, Are …")
    let initials = |t: usize| {
        let w = doc.slice(doc.tokens[t].span);
        (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    if !(given(j - 1) || j >= i + 2 && given(j - 2) || initials(j - 1)) {
        return false;
    }
    let lw = doc.tokens[j].lower.as_str();
    if stop == "," && matches!(lw, "well" | "yes" | "ok" | "okay" | "oh" | "team" | "all" | "everyone" | "folks" | "guys") {
        return true;
    }
    if !given(j) {
        return false;
    }
    // what follows the stop opens a sentence: a capitalised function word, or the end
    let Some(next) = doc.tokens.get(j + 2) else { return true };
    let same_sentence = doc.sentence_at(next.span.start) == doc.sentence_at(doc.tokens[j].span.start);
    if !same_sentence {
        return true;
    }
    opening_function_word(lex, next)
}

/// "… through Congress. - Quill Rogan ------", "… a philosopher. - Vexocles": a name of one to
/// four words after a sentence's end and a dash, ending the line or followed by a dash or "I",
/// credits the quotation before it to its author. Not a listed organisation, country or place,
/// nor a name whose last word is a common or organisation word ("- Staff Reporter", "- Getty
/// Images").
fn quote_credit(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    if i == 0 || !(1..=4).contains(&(j - i)) || !matches!(doc.tokens[i - 1].lower.as_str(), "-" | "–" | "—") {
        return false;
    }
    let text = doc.text();
    let gap_has_line = |a: usize, b: usize| text[doc.tokens[a].span.end..doc.tokens[b].span.start].contains('\n');
    let before = i == 1 || matches!(doc.tokens[i - 2].lower.as_str(), "." | "!" | "?" | "”" | "\"" | "'") || gap_has_line(i - 2, i - 1);
    let after = j >= doc.tokens.len() || doc.tokens[j].kind != TokenKind::Word && !matches!(doc.tokens[j].lower.as_str(), "'s" | "’s" | "(") || doc.slice(doc.tokens[j].span) == "I" || gap_has_line(j - 1, j);
    if !before || !after {
        return false;
    }
    let word = |m: usize| {
        let w = doc.slice(doc.tokens[m].span);
        let lw = doc.tokens[m].lower.as_str();
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
            && !lex.org_words.contains(w)
            && !lex.company_heads.contains(w)
            && !DESIGNATORS.contains(&w)
            && !lex.titles.contains_key(lw)
            && lex.country_any(lw).is_none()
            && !lex.peoples.contains(lw)
    };
    let last = doc.tokens[j - 1].lower.as_str();
    (i..j).all(word)
        && !lex.is_common_word(last)
        && !lex.stopwords.contains(last)
        && longest(doc, i, j, &lex.organisations).is_none()
        && longest(doc, i, j, &lex.place_names).is_none()
        && longest(doc, i, j, &lex.country_names).is_none()
}

/// A capitalised function word that opens a sentence or a mail's body after the name of the
/// one written to ("I", "Here", "Please", "Are"; not "The", "A", months or days).
fn opening_function_word(lex: &Lexicon, next: &crate::model::Token) -> bool {
    next.cap
        && next.kind == TokenKind::Word
        && lex.stopwords.contains(&next.lower)
        && !matches!(next.lower.as_str(), "the" | "a" | "an" | "new" | "former" | "first" | "second" | "third" | "last" | "one" | "read" | "watch")
        && !next.lower.ends_with("day")
        && !["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"].contains(&next.lower.as_str())
}

/// "¶ Mark As we discussed, here is …", "¶ Rodgers Attached is …": a line of a mail that
/// opens with one name (a listed given name or surname, no common word or place) and then a
/// capitalised word that opens a sentence, before a lower-case word: the one written to,
/// without the comma.
fn line_opening_name(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let text = doc.text();
    let line_start = t == 0 || text[doc.tokens[t - 1].span.end..doc.tokens[t].span.start].contains('\n');
    let lw = doc.tokens[t].lower.as_str();
    let w = doc.slice(doc.tokens[t].span);
    line_start
        && w.chars().count() >= 3
        && w.chars().skip(1).all(char::is_lowercase)
        && (lex.first_names.get(lw).is_some_and(|g| *g != 'u') || lex.census_given.contains(lw) || lex.surnames.get(lw).is_some_and(|&r| r <= 30_000))
        && !lex.is_common_word(lw)
        && !lex.stopwords.contains(lw)
        && !lex.place_names.contains_key(lw)
        && lex.country_any(lw).is_none()
        && doc.tokens.get(t + 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word && (matches!(doc.slice(x.span), "As" | "Attached" | "Here" | "Please" | "Thanks" | "I" | "We")))
        && doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
}

/// No listed place bears the word `lw` but towns of under 100,000 people ("Sid", not "Paris"
/// nor the region "Victoria"): a given name it may still be.
fn only_small_towns(lex: &Lexicon, lw: &str) -> bool {
    lex.place_names.get(lw).is_none_or(|ps| ps.iter().all(|&p| lex.places[p].kind == "city" && lex.places[p].population < 100_000))
}

/// "Al, I have called …", "Vince: Your note came": a given name alone before "," or ":" and
/// a capitalised function word opening what follows, the one a mail or a letter is written
/// to. Not a word a country, a town of 100,000 or more, or a common word bears ("Jordan, I
/// think", "Paris, I", "Well, I").
fn addressed_alone(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let lw = doc.tokens[t].lower.as_str();
    let w = doc.slice(doc.tokens[t].span);
    (lex.first_names.get(lw).is_some_and(|g| *g != 'u') || lex.census_given.contains(lw))
        && !lex.is_common_word(lw)
        && !lex.stopwords.contains(lw)
        && only_small_towns(lex, lw)
        && lex.country_any(lw).is_none()
        && w.chars().skip(1).all(char::is_lowercase)
        && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | ":"))
        && doc.tokens.get(t + 2).is_some_and(|x| opening_function_word(lex, x) || doc.slice(x.span) == "I")
}

/// "that girl paige", "a boy david", "harry and ginny": in text written without capitals, a
/// listed given name (no common word, stop word or town of 100,000 or more) right after a noun for a person is
/// that person's name.
#[inline(always)]
fn lower_case_given_after_noun(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let t = &doc.tokens[i];
    if i == 0 || t.cap || t.kind != TokenKind::Word {
        return false;
    }
    // "pairing up of harry and ginny": two such names joined by "and", each a listed given
    // name of one sex, no common word, stop word or place
    let plain_given = |k: usize| {
        doc.tokens.get(k).is_some_and(|x| {
            let w = doc.slice(x.span);
            x.kind == TokenKind::Word && w.chars().count() >= 3 && w.chars().all(|c| c.is_lowercase()) && lex.first_names.get(&x.lower).is_some_and(|g| *g != 'u')
                && !lex.is_common_word(&x.lower) && !lex.stopwords.contains(&x.lower) && !lex.place_names.contains_key(&x.lower) && lex.country_any(&x.lower).is_none()
        })
    };
    // (the words around first, asked at every lower-case word: a lexicon only where they fit)
    let and_next = doc.tokens.get(i + 1).is_some_and(|x| x.lower == "and");
    let and_before = i >= 2 && doc.tokens[i - 1].lower == "and";
    if (and_next || and_before) && plain_given(i) && (and_next && plain_given(i + 2) || and_before && plain_given(i - 2)) {
        return true;
    }
    // (the word before's facts first: `may_follow_lower_case_name_mark`)
    if !(may_follow_lower_case_name_mark(doc, i) && noun_before_lower_case_given(doc.tokens[i - 1].lower.as_str())) {
        return false;
    }
    let w = doc.slice(t.span);
    let lw = t.lower.as_str();
    w.chars().all(|c| c.is_lowercase())
        && w.chars().count() >= 3
        && (lex.first_names.contains_key(lw) || lex.census_given.contains(lw))
        && !lex.is_common_word(lw)
        && !lex.stopwords.contains(lw)
        && only_small_towns(lex, lw)
        && lex.country_any(lw).is_none()
        && !lex.peoples.contains(lw)
        // (a name, not the first word of a noun phrase: "the man jack" yes, "a girl guide" no)
        && doc.tokens.get(i + 1).is_none_or(|x| x.kind != TokenKind::Word || lex.stopwords.contains(&x.lower) || x.cap)
}

/// "restaurants in cordoba", "i am in portland": a country, or a listed town of 100,000 people
/// or more or a region, written in lower case after a preposition of place (web text that
/// writes no capitals), no word of it a common word, given name or title. Adds the mention
/// and returns the end.
#[inline(always)]
fn lower_case_place(doc: &mut Doc, lex: &Lexicon, i: usize, b: usize) -> Option<usize> {
    let t = &doc.tokens[i];
    // (the word before's facts first: `may_follow_lower_case_name_mark`)
    if t.kind != TokenKind::Word || t.cap || !(may_follow_lower_case_name_mark(doc, i) && preposition_before_lower_case_place(doc.tokens[i - 1].lower.as_str())) {
        return None;
    }
    // (every letter lower case, as written)
    let plain = |k: usize| {
        let w = doc.slice(doc.tokens[k].span);
        doc.tokens[k].kind == TokenKind::Word && w.chars().all(|c| c.is_lowercase() || c == '-') && w.chars().count() >= 3
            && !lex.is_common_word(&doc.tokens[k].lower) && !lex.stopwords.contains(&doc.tokens[k].lower) && !lex.first_names.contains_key(&doc.tokens[k].lower)
            && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.peoples.contains(&doc.tokens[k].lower)
    };
    if !plain(i) || compass_pair(&doc.tokens[i].lower) {
        return None;
    }
    if let Some((e, &c)) = longest(doc, i, b, &lex.country_names).filter(|&(e, _)| (i..e).all(plain)) {
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
        return Some(e);
    }
    let (e, places) = longest(doc, i, b, &lex.place_names).filter(|&(e, _)| (i..e).all(plain))?;
    let p = places.iter().copied().max_by_key(|&x| lex.places[x].population)?;
    let pl = &lex.places[p];
    if !(pl.kind == "region" || pl.population >= 100_000) {
        return None;
    }
    let ent = doc.place(p, false);
    doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
    Some(e)
}

/// "north-west", "south-east" in lower case: two compass words joined by a hyphen say which
/// part of what follows ("in north-west Bristol", "in south-east Leeds", "the north-east
/// Pacific"), never name a region of their own; the gazetteer's regions spelt so (South
/// Africa's North-West, Cameroon's South-West) are written with capitals.
fn compass_pair(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| crate::lexicon::is_compass_word(a) && crate::lexicon::is_compass_word(b))
}

/// Token `j` opens what follows a sender's name in a mail header: an address in angle
/// brackets, a mail system's "@" glued to the name, or a date written with digits.
fn header_after(doc: &Doc, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| {
        let rest = &doc.text()[t.span.start..];
        rest.starts_with(['<', '@']) || rest.starts_with(|c: char| c.is_ascii_digit()) && rest.chars().take(6).any(|c| c == '/')
    })
}

/// Token `i` is a listed given name (no common word) that the article also writes alone:
/// capitalised, with no capitalised word right before or after it.
fn given_alone_elsewhere(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let lw = doc.tokens[i].lower.as_str();
    if !doc.tokens[i].cap || !lex.first_names.get(lw).is_some_and(|g| *g != 'u') || lex.is_common_word(lw) {
        return false;
    }
    let w = doc.slice(doc.tokens[i].span);
    let capped = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap);
    (0..doc.tokens.len()).any(|k| k != i && doc.tokens[k].lower == lw && doc.slice(doc.tokens[k].span) == w && !(k > 0 && capped(k - 1)) && !capped(k + 1))
}

/// Jobs that a mail signature writes after the name ("Jane Roe Manager, Risk Controls"),
/// besides the offices and title words of the title lists.
const SIGNATURE_JOBS: &[&str] = &[
    "manager", "consultant", "counsel", "coordinator", "analyst", "administrator", "specialist", "engineer", "attorney", "owner", "partner", "principal",
    "officer", "representative", "secretary", "editor", "assistant", "associate", "vice", "executive", "managing", "senior", "chief", "deputy", "administrative",
];

const PREPOSITIONS: &[&str] = &["in", "to", "from", "near", "at", "outside", "towards", "toward", "into", "across", "around", "over", "of", "on", "through", "via"];

/// The end of a state body (`data/lexicon/state_bodies.txt`) whose words start at token `p`
/// and end by `limit`, among the bodies `which` keeps.
fn state_body_at(doc: &Doc, lex: &Lexicon, p: usize, limit: usize, which: impl Fn(&StateBody) -> bool) -> Option<usize> {
    // (asked at many words: a word that opens no body is turned away with one lookup instead
    // of a scan of the eighty bodies)
    if !doc.tokens.get(p).is_some_and(|x| may_open_state_body(lex, &x.lower)) {
        return None;
    }
    lex.state_bodies
        .iter()
        .filter(|s| which(s))
        .map(|s| (p + s.words.len(), &s.words))
        .find(|&(end, words)| end <= limit && (0..words.len()).all(|m| doc.tokens[p + m].lower == words[m]))
        .map(|(end, _)| end)
}

/// Whether a state body may start with the lower-case word `w`: false only when none does.
/// (Every body has words: one without would match anywhere, so then the answer is always yes.
/// A past-the-end `p` in `state_body_at` has no token: every body ends past `limit` there.)
fn may_open_state_body(lex: &Lexicon, w: &str) -> bool {
    static FIRST: std::sync::OnceLock<Option<rustc_hash::FxHashSet<&'static str>>> = std::sync::OnceLock::new();
    if !std::ptr::eq(lex, Lexicon::get()) {
        return true;
    }
    let first = FIRST.get_or_init(|| {
        let bodies = &Lexicon::get().state_bodies;
        bodies.iter().map(|s| s.words.first().map(String::as_str)).collect::<Option<_>>()
    });
    first.as_ref().is_none_or(|f| f.contains(w))
}

/// Whether the one-word name at `a..b` opens its sentence as a common word followed by a
/// verb's particle, so a verb ("Fed up with …"), not the name spelt alike ("the Fed"; "on
/// Twitter over …").
pub(crate) fn verb_with_particle(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let opens = a == 0 || matches!(doc.tokens[a - 1].lower.as_str(), "." | "!" | "?" | "“" | "\"") || doc.text()[doc.tokens[a - 1].span.end..doc.tokens[a].span.start].contains('\n');
    b == a + 1 && opens && lex.is_common_word(&doc.tokens[a].lower) && doc.tokens.get(b).is_some_and(|t| matches!(t.lower.as_str(), "up" | "down" | "out" | "off" | "back"))
}

/// "R.", "R.K.": one initial or more, each a capital and its full stop.
fn dotted_initials_word(w: &str) -> bool {
    w.len() >= 2 && w.len() % 2 == 0 && w.as_bytes().chunks(2).all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Tokens `a..b` are written in title case ("Hale Vows to Block the Treaty."): most of the longer
/// words are capitalised.
pub fn title_case(doc: &Doc, a: usize, b: usize) -> bool {
    // (both counts in one pass: asked for every sentence)
    let (mut n, mut caps) = (0, 0);
    for x in doc.tokens[a..b].iter().filter(|x| x.kind == TokenKind::Word && x.lower.len() > 3) {
        n += 1;
        caps += usize::from(x.cap);
    }
    n >= 3 && caps * 4 >= n * 3
}

/// "Stop Quarnel Mine, a coalition of …,", "the campaign group Protect Our Coast", "End Child
/// Poverty, a coalition of charities,": a campaign named as a call, an imperative verb before
/// up to four capitalised words, is one body where a noun for a body stands before it or in
/// apposition after it; the verb opening the sentence would otherwise be cut off, or the name
/// read as a person's. Returns the end of the name.
#[inline(always)]
fn campaign_name(doc: &Doc, lex: &Lexicon, i: usize, b: usize) -> Option<usize> {
    const CALLS: &[&str] = &["stop", "save", "free", "end", "protect", "defend", "keep", "ban", "fight", "scrap", "reclaim", "demand"];
    if !doc.tokens[i].cap || !CALLS.contains(&doc.tokens[i].lower.as_str()) {
        return None;
    }
    let e = (i + 1..b.min(i + 5)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap).last()? + 1;
    // (not a listed name or a person's: "Free Democrats", "Keep Jane Roe …")
    let listed = longest(doc, i, b, &lex.organisations).is_some() || (i + 1..e).any(|k| lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[k].lower));
    // (", a coalition of campaign groups,", ", an advocacy group for veterans,": the noun for
    // the body heads the apposition, whatever follows it)
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    let apposed = at(e) == "," && matches!(at(e + 1), "a" | "an") && (e + 2..e + 6).take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)).any(|k| pipeline_passes::APPOSED_GROUP_NOUNS.contains(&at(k)));
    (!listed && (pipeline_passes::body_noun_before(doc, i) || apposed)).then_some(e)
}

/// "Mon 13 Jul 2026", "Sat 12 Dec": the weekday's abbreviation at token `k` before a day's
/// number (1 to 31) and a month's name or abbreviation is a time stamp's date. The stopwords
/// leave out the abbreviations that are given names or places ("Mon", "Sun", "Sat"), and the
/// tagger guessed a person "Mon" in a page's time stamp; before a date they name no one.
pub fn weekday_before_date(doc: &Doc, k: usize) -> bool {
    crate::lexicon::is_weekday_abbreviation(&doc.tokens[k].lower)
        && doc.tokens.get(k + 1).is_some_and(|t| t.kind == crate::model::TokenKind::Number && t.lower.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)))
        && doc.tokens.get(k + 2).is_some_and(|t| crate::lexicon::is_month_or_abbreviation(&t.lower))
}
