//! Finding names of people, organisations, countries and places in running text:
//! capitalised runs split by lexicons (countries, adjectives, titles, organisation words,
//! gazetteer, first names) and by context (a title before, a speech cue after).

use crate::lexicon::{fold, Lexicon, PhraseTable, StateBody};
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};

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
/// town's name.
fn campus_after(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    if doc.tokens[j].lower != "at" || doc.tokens[j].cap || j + 1 >= b || !is_cap_word(doc, j + 1) {
        return None;
    }
    let k = (i..j.saturating_sub(2)).find(|&k| doc.slice(doc.tokens[k].span) == "University" && doc.tokens[k + 1].lower == "of")?;
    let state = fold(&text_of(doc, k + 2, j));
    if !lex.place_names.contains_key(&state) && lex.country_names.get(&state).is_none() {
        return None;
    }
    let (e, _) = longest(doc, j + 1, b, &lex.place_names)?;
    (e == b || !is_cap_word(doc, e)).then_some(e)
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
    if !matches!(doc.tokens[i - 1].lower.as_str(), "girl" | "boy" | "man" | "woman" | "guy" | "lady" | "friend" | "brother" | "sister" | "wife" | "husband" | "son" | "daughter" | "girlfriend" | "boyfriend" | "named" | "called") {
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
fn lower_case_place(doc: &mut Doc, lex: &Lexicon, i: usize, b: usize) -> Option<usize> {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Word || t.cap || i == 0 || !matches!(doc.tokens[i - 1].lower.as_str(), "in" | "from" | "to" | "near" | "of" | "around" | "visit" | "visiting") {
        return None;
    }
    // (every letter lower case, as written)
    let plain = |k: usize| {
        let w = doc.slice(doc.tokens[k].span);
        doc.tokens[k].kind == TokenKind::Word && w.chars().all(|c| c.is_lowercase() || c == '-') && w.chars().count() >= 3
            && !lex.is_common_word(&doc.tokens[k].lower) && !lex.stopwords.contains(&doc.tokens[k].lower) && !lex.first_names.contains_key(&doc.tokens[k].lower)
            && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.peoples.contains(&doc.tokens[k].lower)
    };
    if !plain(i) {
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

pub fn find_names(doc: &mut Doc) {
    let lex = Lexicon::get();
    // unknown words and runs (start, end, sentence start), tried after full names are known
    let mut deferred: Vec<(usize, usize, bool)> = Vec::new();
    // (asked once: most stories name no grade of oil)
    let crude = doc.text().contains(" crude");
    // (nor a web address: with neither "://" nor "www." in the text, no word is in one)
    let urls = doc.text().contains("://") || doc.text().contains("www.");
    for si in 0..doc.sentences.len() {
        let (a, b) = doc.sentences[si].tokens;
        let heading = doc.paragraphs[doc.sentences[si].paragraph].heading;
        // "Hale Vows To …": in a title-case line a speech verb ends the name before it
        let title_case = title_case(doc, a, b);
        let mut i = a;
        while i < b {
            // "No 10", "Number 10": an institution named with a number (a name run takes none)
            if let Some((e, (canon, iso))) = (doc.tokens[i].cap && doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)).then(|| longest(doc, i, b, &lex.institutions)).flatten() {
                let ent = doc.institution(&canon.clone(), &iso.clone());
                doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
                i = e;
                continue;
            }
            // "France 24", "FRANCE 24", "the Group of 77": a listed organisation named with a
            // number (a name run takes none)
            let number_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
            if let Some((e, canon)) = (doc.tokens[i].cap && (number_at(i + 1) || number_at(i + 2) && doc.tokens[i + 1].lower == "of")).then(|| longest(doc, i, b, &lex.organisations)).flatten().filter(|&(e, _)| e > i + 1) {
                let ent = doc.organisation(&canon.clone());
                doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
                i = e;
                continue;
            }
            // ("Outside Congress, hundreds gathered": a preposition opening the sentence is no
            // part of the name after it)
            if i == a && !title_case && matches!(doc.slice(doc.tokens[i].span), "Outside" | "Despite" | "Amid" | "Across" | "Throughout") && doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
                i += 1;
                continue;
            }
            // ("The Group of 77 said": nor of a listed organisation's name with a number)
            if matches!(doc.tokens[i].lower.as_str(), "a" | "the") && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && (number_at(i + 2) || number_at(i + 3) && doc.tokens[i + 2].lower == "of") && longest(doc, i + 1, b, &lex.organisations).is_some_and(|(e, _)| e > i + 2) {
                i += 1;
                continue;
            }
            // ("The Bangko Sentral ng Pilipinas held rates": nor of a listed organisation's name
            // with a lower-case word inside, which the capitalised run would stop at)
            if doc.tokens[i].cap && doc.tokens[i].lower == "the" && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && longest(doc, i + 1, b, &lex.organisations).is_some_and(|(e, _)| (i + 2..e).any(|k| !doc.tokens[k].cap)) {
                i += 1;
                continue;
            }
            // ("A No 10 spokeswoman": the article opening the sentence is no part of a name)
            if matches!(doc.tokens[i].lower.as_str(), "a" | "the") && doc.tokens.get(i + 1).is_some_and(|t| t.cap) && doc.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number) && longest(doc, i + 1, b, &lex.institutions).is_some() {
                i += 1;
                continue;
            }
            // "jroe@Quarnby.edu", "Jane Roe@QUARNCO": a word glued to an at-sign is part of an
            // address, no name
            if is_cap_word(doc, i) && (in_address(doc, i) || urls && in_url(doc, i)) {
                i += 1;
                continue;
            }
            // "11:16 AM Vince:", "at 3 PM Please …": the half of the day after a clock time is
            // no title ("PM") and no part of the name after it
            // (capitalised, as all four forms are: asked only then)
            if doc.tokens[i].cap && clock_half(doc, i) {
                i += 1;
                continue;
            }
            // "NZ$ 26 million", "US $5": a country's letters before a dollar sign name the
            // currency, no place
            if doc.tokens[i].cap && doc.tokens.get(i + 1).is_some_and(|t| t.lower == "$") && doc.slice(doc.tokens[i].span).chars().all(|c| c.is_ascii_uppercase() || c == '.') && lex.country_any(&doc.tokens[i].lower).is_some() {
                i += 1;
                continue;
            }
            // "spokeswoman He Yanmei", "Vice Premier He Lifeng": a capitalised "He" inside the
            // sentence, after a title and before a capitalised word, is a family name, no pronoun
            // ("A spokesperson for the ministry, He Yadong, told …": so is one between commas, in
            // apposition)
            if i > a && doc.tokens[i].cap && doc.tokens[i].lower == "he" && (lex.titles.contains_key(&doc.tokens[i - 1].lower) || doc.tokens[i - 1].lower == "," && doc.tokens.get(i + 2).is_some_and(|t| t.lower == ",")) && doc.tokens.get(i + 1).is_some_and(|t| i + 1 < b && t.kind == TokenKind::Word && t.cap && !lex.stopwords.contains(&t.lower) && !lex.titles.contains_key(&t.lower)) {
                let ent = doc.person(&text_of(doc, i, i + 2), doc.tokens[i].span.start);
                doc.add_mention(span_of(doc, i, i + 2), ent, MentionKind::Name);
                i += 2;
                continue;
            }
            // "Benchmark Urals crude fell", "Brent crude": the capitalised words before "crude"
            // name a grade of oil, no person or place (a country or listed body keeps its name:
            // "U.S. crude stocks", "OPEC crude output")
            if crude && is_cap_word(doc, i) {
                let j = (i..b.min(i + 4)).find(|&k| !is_cap_word(doc, k)).unwrap_or(b);
                if j > i && doc.tokens.get(j).is_some_and(|t| t.lower == "crude") && !(i..j).any(|k| lex.country_any(&doc.tokens[k].lower).is_some() || longest(doc, k, j, &lex.organisations).is_some() || longest(doc, k, j, &lex.country_names).is_some()) {
                    i = j;
                    continue;
                }
            }
            if let Some(e) = lower_case_place(doc, lex, i, b) {
                i = e;
                continue;
            }
            if let Some(e) = (i == a).then(|| dateline_place(doc, lex, i)).flatten() {
                i = e;
                continue;
            }
            // ("linked to al Qaeda", "an al Shabaab attack": a listed name whose Arabic article
            // is written apart and in lower case, which a capitalised run would leave behind)
            if matches!(doc.tokens[i].lower.as_str(), "al" | "el") && !doc.tokens[i].cap && doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
                if let Some((e, canon)) = longest(doc, i, b, &lex.organisations).filter(|&(e, _)| e > i + 1) {
                    let ent = doc.organisation(&canon.clone());
                    doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
                    i = e;
                    continue;
                }
            }
            // (after a title or none: "Sen. Ronald "Bato" dela Rosa")
            if let Some((g, (e, name))) = (i..b.min(i + 3)).take_while(|&g| g == i || is_cap_word(doc, g - 1) && (lex.titles.contains_key(&doc.tokens[g - 1].lower) || doc.slice(doc.tokens[g - 1].span).ends_with('.'))).find_map(|g| nicknamed_person(doc, lex, g, b).map(|x| (g, x))) {
                let ent = doc.person(&name, doc.tokens[g].span.start);
                doc.add_mention(span_of(doc, g, e), ent, MentionKind::Name);
                i = e;
                continue;
            }
            if lower_case_given_after_noun(doc, lex, i) {
                let ent = doc.person(&text_of(doc, i, i + 1), doc.tokens[i].span.start);
                doc.add_mention(span_of(doc, i, i + 1), ent, MentionKind::Name);
                i += 1;
                continue;
            }
            if !is_cap_word(doc, i) || compound_modifier(doc, i) {
                if is_cap_word(doc, i) {
                    based_place(doc, lex, i);
                }
                if call_sign(doc.slice(doc.tokens[i].span)) {
                    // "882 6PR": an AM frequency before it is part of the name, not of the
                    // station's identity
                    let am = i > a && doc.slice(doc.tokens[i - 1].span).parse::<u32>().is_ok_and(|f| (520..=1710).contains(&f));
                    let s = if am { i - 1 } else { i };
                    let ent = doc.organisation(&text_of(doc, i, i + 1));
                    doc.add_mention(span_of(doc, s, i + 1), ent, MentionKind::Name);
                }
                i += 1;
                continue;
            }
            // ("in the state Senate", "Republicans in the state House": a US state's chamber,
            // named by the lower-case word "state" before it, is no national body nor a person;
            // which state's is left unnamed)
            if i > a && doc.tokens[i - 1].lower == "state" && !doc.tokens[i - 1].cap && matches!(doc.tokens[i].lower.as_str(), "senate" | "house" | "assembly" | "legislature") && !doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
                i += 1;
                continue;
            }
            if let Some(e) = based_place_of_words(doc, lex, i, b) {
                i = e;
                continue;
            }
            // maximal capitalised run with connectors
            let mut j = i + 1;
            let mut listed = false;
            // (a body named for its aim, "the Campaign to Ban …", whatever verb follows)
            let mut aim = false;
            // ("the Democratic Republic of the Congo": a listed country's name runs over "of the"
            // to its end, not to the shorter country inside it)
            // (and a listed organisation's over its lower-case words: "the Organization for
            // Security and Co-operation in Europe", not "Europe" alone)
            let country_end = longest(doc, i, b, &lex.country_names).map(|(e, _)| e).or_else(|| longest(doc, i, b, &lex.organisations).map(|(e, _)| e)).filter(|&e| e > i + 1);
            while j < b {
                if let Some(e) = country_end.filter(|&e| e > j) {
                    j = e;
                } else if title_case && doc.tokens[j].lower.ends_with('s') && lex.cues.contains_key(&doc.tokens[j].lower) && !known_through(doc, lex, i, j, b) {
                    break;
                } else if run_breaker(doc, j, b, title_case) && !known_through(doc, lex, i, j, b) {
                    // "Jane Roe In the east …", "Jane Roe Image: …": a line without its full
                    // stop, or a caption's credit, ends the name
                    break;
                } else if doc.slice(doc.tokens[j].span) == "A" && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
                    // "Natasha A real pleasure …": the article opening a sentence that lost its
                    // stop, no middle initial (which a capitalised surname follows)
                    break;
                } else if is_cap_word(doc, j) && doc.slice(doc.tokens[j].span) != "I" && !compound_modifier(doc, j)
                    && !repeated_name(doc, j, b) && !addressed_after(doc, lex, i, j, b)
                {
                    j += 1;
                } else if let Some(e) = place_through_lower(doc, lex, i, j, b) {
                    j = e;
                } else if PARTICLES.contains(&doc.tokens[j].lower.as_str()) && j + 2 < b && PARTICLES.contains(&doc.tokens[j + 1].lower.as_str()) && is_cap_word(doc, j + 2) && !doc.tokens[j].cap && !doc.tokens[j + 1].cap {
                    // two particles: "Ursula von der Leyen", "Juan de la Cruz"
                    j += 3;
                } else if j == i + 1 && j + 1 < b && capitalised_particles(doc, i) && is_cap_word(doc, j + 1) {
                    // "Von der Leyen said", "De la Cruz said": a surname of two particles whose
                    // first is capitalised to open the sentence
                    j += 2;
                } else if j >= i + 2 && j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "do" | "dos" | "das") && !doc.tokens[j].cap && is_cap_word(doc, j + 1) && (i..j).all(|m| is_cap_word(doc, m)) {
                    // "André Corrêa do Lago", "Maria José dos Santos": a Portuguese particle
                    // after a first name and a surname (not "Why do Americans …")
                    j += 2;
                } else if j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "ten" | "ter") && !doc.tokens[j].cap && is_cap_word(doc, j + 1)
                    && (lex.first_names.get(&doc.tokens[j - 1].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[j - 1].lower)
                        || matches!(doc.tokens[j - 1].lower.as_str(), "mr" | "ms" | "mrs" | "dr") && doc.tokens[j - 1].cap)
                {
                    // "Hendrik ten Brink", "Mr ter Horst": a Dutch particle after a given name or a
                    // courtesy title opens the surname (not "On Monday ten Israelis …")
                    j += 2;
                } else if let Some(e) = fields_listed(doc, lex, i, j, b) {
                    // "the Ministry of Housing, Communities and Local Government": fields listed
                    // with commas are one body's name (which `parse_run` would part at the commas)
                    j = e;
                    listed = true;
                    break;
                } else if connector(&doc.tokens[j].lower) && j + 1 < b && is_cap_word(doc, j + 1) && !doc.tokens[j].cap {
                    // "France and Germany" are two names; "Bosnia and Herzegovina" is one country
                    // ("U.S. Customs and Border Protection": a listed body's name runs past the "and")
                    if doc.tokens[j].lower == "and" && !joined_by_and(doc, i, j + 2) && !fields_joined(doc, lex, i, j, b) && !joined_into_org(doc, lex, i, j, b) && !known_through(doc, lex, i, j, b) && !affairs_of_places(doc, lex, j, b) {
                        break;
                    }
                    j += 2;
                } else if doc.tokens[j].lower == "&" && joined_into_org(doc, lex, i, j, b) {
                    j += 2;
                } else if let Some(e) = campus_after(doc, lex, i, j, b) {
                    // "the University of Vexmoor at Quarnby": a state university's campus in a
                    // town
                    j = e;
                } else if on_in_org(doc, lex, j, b) {
                    // "the Council on Foreign Relations": a deliberating body "on" its subject
                    j += 2;
                } else if of_the_in_org(doc, lex, i, j, b) {
                    // "the Army of the North", "the Bank of the West": an organisation's head
                    // word, "of the" and a name
                    j += 3;
                } else if doc.tokens[j].lower == "the" && j >= 1 && doc.tokens[j - 1].lower == "of" && j + 1 < b && is_cap_word(doc, j + 1) {
                    j += 1;
                } else if plural_possessive_in_org(doc, lex, j, b) {
                    // "the Transport Workers' Union", "the Farmers' Federation": a plural's
                    // apostrophe inside an organisation's name
                    j += 1;
                } else if matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s") && doc.tokens[j - 1].cap && j + 1 < b && lex.titles.contains_key(&doc.tokens[j - 1].lower) && matches!(doc.slice(doc.tokens[j + 1].span), "Office" | "Department" | "Bureau") && (j > i + 1 || i > 0 && doc.tokens[i - 1].lower == "the") {
                    // "the National Financial Prosecutor's Office", "the Attorney General's
                    // Office": an office's holder with "'s" inside the name of the office
                    // ("according to the Ombudsman's Office": one word after "the" too)
                    j += 1;
                } else if matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s") && group_plural(&doc.tokens[j - 1].lower) && doc.tokens[j - 1].cap && j + 1 < b && is_cap_word(doc, j + 1) {
                    // "the Vexmoor People's Party", "the Scottish Fishermen's Federation", "the
                    // Women's Institute": a plural for people with "'s" inside an organisation's name
                    j += 1;
                } else if matches!(doc.tokens[j].lower.as_str(), "for" | "on") && !doc.tokens[j].cap && j + 2 < b && doc.tokens[j + 1].lower == "the" && !doc.tokens[j + 1].cap && is_cap_word(doc, j + 2)
                    && lex.is_common_word(&doc.tokens[j + 2].lower) && !lex.place_names.contains_key(&doc.tokens[j + 2].lower)
                    && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower)
                {
                    // "the Quillmart Foundation for the Visual Arts": an organisation's head word,
                    // "for the" and what it is for, in common words ("League for the St. Louis
                    // Eagles" stays two names)
                    j += 3;
                } else if let Some(m) = field_after_on(doc, lex, j, b) {
                    j = m;
                } else if doc.tokens[j].lower == "to" && !doc.tokens[j].cap && matches!(doc.slice(doc.tokens[j - 1].span), "Committee" | "Campaign" | "Coalition" | "Alliance" | "Movement" | "Fund" | "Foundation" | "Society" | "Council") && j + 2 < b && is_cap_word(doc, j + 1) && is_cap_word(doc, j + 2) {
                    // "the Committee to Protect Journalists", "the Coalition to Stop Gun
                    // Violence": a body named for its aim, a capitalised verb and its object
                    j += 2;
                    aim = true;
                } else {
                    break;
                }
            }
            // ("The International Campaign to Ban Land Mines (ICBL) demanded that …": named for
            // its aim, the run is a body before any verb after it says so; not with a title or
            // a given name inside, another name run on)
            let aimed = aim && (i..j).all(|t| !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u' && !lex.is_common_word(&doc.tokens[t].lower)));
            // ("Amalgamated Transit Union Local 113 urged …", "Teamsters Local 727": a union's
            // local with its number is the union, as set 32's gold has it, named in one mention
            // with the number, which the run of capitals stopped before)
            // (and a union's district or lodge after its initials: "IAM District 751", not
            // "Texas District 22")
            let unit = |w: &str| w == "Local" || matches!(w, "District" | "Lodge") && capitals(doc.slice(doc.tokens[j - 2].span), 2..=6);
            let local = j > i + 1 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number && !t.lower.contains([',', '.'])) && unit(doc.slice(doc.tokens[j - 1].span)) && (j > i + 2 || doc.tokens[i].lower != "the");
            if local {
                j += 1;
            }
            if listed || aimed || local {
                // ("The Department for …" opening the sentence: the article is no part of it)
                let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
                let ent = doc.organisation(&text_of(doc, s, if local { j - 2 } else { j }));
                doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
                i = j;
                continue;
            }
            // "Jane "JJ" Roe": a given name, a quoted nickname, then the surname make one name
            // ("Rep. Jane "JJ" Roe": a title before the given name is no part of it)
            let given = (i..j).find(|&t| !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.titles.contains_key(doc.tokens[t].lower.trim_end_matches('.'))).unwrap_or(i);
            // ("Jane K. "JJ" Roe": the full stop of a middle initial before the nickname)
            let initial_stop = j + 1 < b && j > given + 1 && doc.tokens[j].lower == "." && doc.tokens[j - 1].lower.len() == 1 && doc.tokens[j - 1].span.end == doc.tokens[j].span.start;
            let jq = if initial_stop { j + 1 } else { j };
            if let Some(e) = nickname_name(doc, lex, given, jq, b) {
                let name = format!("{} {}", text_of(doc, given, jq), text_of(doc, e.0, e.1));
                let ent = doc.person(&name, doc.tokens[given].span.start);
                doc.add_mention(span_of(doc, given, e.1), ent, MentionKind::Name);
                i = e.1;
                continue;
            }
            // "Fenwick Brothers, Inc.": a designator after a comma ends the name
            if let Some(e) = designator_after_comma(doc, j, b) {
                j = e;
            }
            // "Macy's was added", "became Quillmart's in 2006": a name with its possessive and
            // nothing owned after it is a shop or firm named so
            if possessive_name(doc, lex, i, j, b) {
                let ent = doc.organisation(&text_of(doc, i, j + 1));
                doc.add_mention(span_of(doc, i, j + 1), ent, MentionKind::Name);
                i = j + 1;
                continue;
            }
            let sentence_start = i == a || (i == a + 1 && doc.tokens[a].kind != TokenKind::Word);
            parse_run(doc, lex, i, j, sentence_start, heading, &mut deferred);
            i = j;
        }
        state_bodies(doc, lex, a, b);
    }
    for &(t, end, sentence_start) in &deferred {
        if end == t + 1 {
            single_word(doc, lex, t, sentence_start);
        }
    }
    // "with Romelu Okonkwo, Jane Roe and Tom Poe": a name-like run listed with people; or
    // spelt like a person named elsewhere in the article ("Tolvan Harrogate (born 1970)")
    for &(t, end, _) in &deferred {
        if let Some(e) = named_place(doc, t, end).filter(|_| end > t + 1 && doc.mention_at_token(t).is_none()) {
            doc.add_mention(span_of(doc, t, end), e, MentionKind::Name);
        } else if end > t + 1 && (listed_with_person(doc, t, end) || named_person(doc, t, end)) {
            let ent = doc.person(&text_of(doc, t, end), doc.tokens[t].span.start);
            doc.add_mention(span_of(doc, t, end), ent, MentionKind::Name);
        }
    }
    // lone words again, now that those people are known ("Lukaku" after "Romelu Lukaku")
    for &(t, end, sentence_start) in &deferred {
        if end == t + 1 {
            single_word(doc, lex, t, sentence_start);
        }
    }
    honorific_surnames(doc, lex);
    party_members(doc);
    heading_surnames(doc);
    adjective_states(doc, lex);
    home_bodies(doc, lex);
    lower_case_state_department(doc, lex);
    dotted_initials(doc, lex);
    home_government(doc, lex);
    us_administration(doc);
    named_central_banks(doc, lex);
    capitals_among_people(doc, lex);
    regions_after_towns(doc, lex);
    virus_names(doc);
}

/// "… in which THOMAS and ALITO joined", "Anthony Kennedy … KENNEDY filed": a surname in
/// capitals that a town or the initials rule took, which is the surname of a person the
/// article names in full, or stands joined by "and" or a comma to a one-word person in
/// capitals, is a person; every mention of that name becomes the person. Not a listed
/// organisation, country or region, nor a word of three letters or fewer.
fn capitals_among_people(doc: &mut Doc, lex: &Lexicon) {
    let caps = |doc: &Doc, m: &crate::model::Mention| {
        let w = doc.slice(m.span);
        w.len() >= 4 && w.chars().all(|c| c.is_ascii_uppercase()) && doc.token_at(m.span.end) == doc.token_at(m.span.start) + 1
    };
    let person_caps_at = |doc: &Doc, t: usize| {
        doc.mention_at_token(t).map(|i| &doc.mentions[i]).is_some_and(|m| doc.entities[m.entity].kind == EntityKind::Person && caps(doc, m))
    };
    let mut retype: Vec<(usize, Option<usize>)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if !matches!(e.kind, EntityKind::Organization | EntityKind::Place) || e.place_kind == Some("region") || !caps(doc, m) || retype.iter().any(|&(x, _)| x == m.entity) {
            continue;
        }
        let t = doc.token_at(m.span.start);
        let w = doc.slice(m.span);
        if longest(doc, t, t + 1, &lex.organisations).is_some() || lex.country_any(&doc.tokens[t].lower).is_some() {
            continue;
        }
        let mut full = doc.people_named_in_full(w);
        if let (Some(p), None) = (full.next(), full.next()) {
            retype.push((m.entity, Some(p)));
            continue;
        }
        let joined = |k: usize, step: isize| {
            let c = k.checked_add_signed(step)?;
            let n = c.checked_add_signed(step)?;
            (n < doc.tokens.len() && matches!(doc.tokens[c].lower.as_str(), "and" | ",")).then_some(n)
        };
        if joined(t, -1).is_some_and(|n| person_caps_at(doc, n)) || joined(t, 1).is_some_and(|n| person_caps_at(doc, n)) {
            retype.push((m.entity, None));
        }
    }
    let orphans: Vec<usize> = retype.iter().map(|&(old, _)| old).collect();
    for (old, to) in retype {
        let first = doc.mentions.iter().find(|m| m.entity == old).map(|m| m.span);
        let Some(first) = first else { continue };
        let p = to.unwrap_or_else(|| {
            let name = doc.slice(first).to_string();
            doc.person(&name, first.start)
        });
        for m in doc.mentions.iter_mut().filter(|m| m.entity == old) {
            m.entity = p;
        }
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "Springfield, Ill.", "Quarnby, TX 77002", "Raleigh, NC (…)": a US state's or Canadian
/// province's abbreviation after a town's name is a mention of that region. A dateline's
/// dotted abbreviation (AP style) after a comma and a town the article names; a two-letter
/// postal code (USPS, Canada Post) after a capitalised word and a comma, or before a ZIP
/// code, when a ZIP code follows or the town named lies in that region.
fn regions_after_towns(doc: &mut Doc, lex: &Lexicon) {
    let zip = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            let w = doc.slice(t.span);
            let (five, rest) = w.split_at(w.len().min(5));
            five.len() == 5 && five.bytes().all(|c| c.is_ascii_digit()) && (rest.is_empty() || rest.len() == 5 && rest.starts_with('-') && rest[1..].bytes().all(|c| c.is_ascii_digit()))
        })
    };
    let region_index = |name: &str, cc: &str| lex.place_names.get(&fold(name)).and_then(|ps| ps.iter().copied().find(|&p| lex.places[p].kind == "region" && lex.places[p].country == cc));
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for k in 2..doc.tokens.len() {
        let t = &doc.tokens[k];
        if !t.cap || t.kind != TokenKind::Word || doc.mention_at_token(k).is_some() {
            continue;
        }
        let comma = doc.tokens[k - 1].lower == ",";
        let town_end = if comma { k - 1 } else { k };
        if town_end == 0 || !is_cap_word(doc, town_end - 1) {
            continue;
        }
        // the town before: a place the article names, ending right there
        let town = doc.mention_at_token(town_end - 1).map(|m| &doc.mentions[m]).filter(|m| m.span.end == doc.tokens[town_end - 1].span.end).map(|m| &doc.entities[m.entity]).filter(|e| e.kind == EntityKind::Place && e.place_kind == Some("city"));
        let w = doc.slice(t.span);
        let bare = t.lower.trim_end_matches('.');
        let dotted = t.lower.ends_with('.') || doc.tokens.get(k + 1).is_some_and(|x| x.lower == "." && x.span.start == t.span.end);
        let (region, cc, end) = if let Some((r, c)) = lex.region_abbreviations.get(bare).filter(|_| dotted && comma && w.chars().skip(1).any(|c| c.is_lowercase() || c == '.') && (town.is_some() || zip(k + 1) || zip(k + 2))) {
            let end = if t.lower.ends_with('.') { k + 1 } else { k + 2 };
            (r.as_str(), c.as_str(), end)
        } else if let Some((r, c)) = lex.postal_regions.get(w) {
            let lies = town.is_some_and(|e| e.country.as_deref() == Some(c.as_str()) && lex.place_names.get(&fold(&e.name)).is_some_and(|ps| ps.iter().any(|&p| lex.places[p].region == *r && lex.places[p].country == *c)));
            if !(zip(k + 1) || comma && lies) {
                continue;
            }
            (r.as_str(), c.as_str(), k + 1)
        } else {
            continue;
        };
        if let Some(p) = region_index(region, cc) {
            found.push((k, end, p));
        }
    }
    for (k, end, p) in found {
        let ent = doc.place(p, true);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    }
}

/// "Cyclone Freddy made landfall …. Freddy killed …", "Typhoon “Ulan” …": a name the article
/// gives a storm after "Hurricane", "Typhoon", "Cyclone" or "Storm" (capitalised, the name
/// perhaps in quotation marks) names the storm wherever it stands alone, no person or place.
pub fn storm_names(doc: &mut Doc) {
    let mut storms: Vec<String> = Vec::new();
    for t in 0..doc.tokens.len().saturating_sub(1) {
        let x = &doc.tokens[t];
        if !x.cap || x.kind != TokenKind::Word || !matches!(x.lower.as_str(), "hurricane" | "typhoon" | "cyclone" | "storm") {
            continue;
        }
        let n = if doc.tokens[t + 1].kind == TokenKind::Quote { t + 2 } else { t + 1 };
        if let Some(w) = doc.tokens.get(n).filter(|w| w.cap && w.kind == TokenKind::Word && w.lower.len() > 2) {
            if !storms.contains(&w.lower) {
                storms.push(w.lower.clone());
            }
        }
    }
    if storms.is_empty() {
        return;
    }
    let keep: Vec<bool> = doc
        .mentions
        .iter()
        .map(|m| {
            let t = doc.token_at(m.span.start);
            !(doc.token_at(m.span.end) == t + 1 && matches!(doc.entities[m.entity].kind, EntityKind::Person | EntityKind::Place) && storms.contains(&doc.tokens[t].lower))
        })
        .collect();
    let mut i = 0;
    doc.mentions.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// "Floods hit Albay and Camarines Sur provinces. … before crossing Camarines Sur": a name of
/// two or more words that the article gives a place is that place where a guess made it a
/// person.
pub fn places_named_as_people(doc: &mut Doc) {
    // (the mentions of several words only: most places are named in one)
    let several = |m: &crate::model::Mention, kind: EntityKind| doc.entities[m.entity].kind == kind && doc.slice(m.span).contains(' ');
    if !doc.mentions.iter().any(|m| several(m, EntityKind::Person)) {
        return;
    }
    let places: Vec<(Span, usize)> = doc.mentions.iter().filter(|m| several(m, EntityKind::Place)).map(|m| (m.span, m.entity)).collect();
    if places.is_empty() {
        return;
    }
    let moved: Vec<(usize, usize)> = doc
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| several(m, EntityKind::Person))
        .filter_map(|(i, m)| places.iter().find(|(sp, _)| doc.slice(*sp) == doc.slice(m.span)).map(|&(_, e)| (i, e)))
        .collect();
    for (i, e) in moved {
        doc.mentions[i].entity = e;
    }
}

/// "Zika virus disease", "a Zika outbreak", "Zika spreads through mosquitoes": a place
/// whose name the article puts before "virus" names the virus there, wherever it is written.
fn virus_names(doc: &mut Doc) {
    let viral: Vec<usize> = doc
        .mentions
        .iter()
        .filter(|m| doc.entities[m.entity].kind == EntityKind::Place)
        .filter(|m| doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|t| matches!(t.lower.as_str(), "virus" | "viruses")))
        .map(|m| m.entity)
        .collect();
    if !viral.is_empty() {
        doc.mentions.retain(|m| !viral.contains(&m.entity));
    }
}

/// "urged the government to …", "accused the government of …": a government named by its
/// office alone, addressed or accused, is its state, as the country's name would be ("urged
/// Kenya to …"): the country whose office holder or body speaks earlier in the sentence,
/// else the country the article is mostly about. Not "the government of X"; and not as a
/// subject, where the speaker's own government is often meant and the state is the speaker's.
fn home_government(doc: &mut Doc, lex: &Lexicon) {
    let Some(iso2) = crate::resolve::main_country(doc) else { return };
    let Some(country) = lex.country_by_code(&iso2) else { return };
    let regional_government = doc.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name.split(' ').count() == 2 && e.name.ends_with(" Government") && !e.name.starts_with("Local "));
    for t in 0..doc.tokens.len().saturating_sub(1) {
        // ("urged the authorities to …", "called on the authorities to …" likewise)
        if doc.tokens[t].lower != "the" || !matches!(doc.tokens[t + 1].lower.as_str(), "government" | "authorities") || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        // "asked the Government to …": British and Commonwealth papers (PA, the Straits Times)
        // capitalise their own government; not a name it opens ("the Government Accountability
        // Office") nor "the Authorities", nor where a government below the state is named ("the
        // SA Government", "the Scottish Government": "the Government" is that one)
        if doc.tokens[t + 1].cap && (doc.tokens[t + 1].lower != "government" || doc.tokens.get(t + 2).is_some_and(|x| x.cap) || regional_government) {
            continue;
        }
        // ("the government of Chile", "the government in Kyiv"; not "accused the government of
        // fuelling …")
        if doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "of" | "in")) && doc.tokens.get(t + 3).is_some_and(|x| x.cap) {
            continue;
        }
        let verb = t.checked_sub(1).map(|v| doc.tokens[v].lower.as_str()).unwrap_or("");
        let verb = if verb == "on" && t >= 2 && doc.tokens[t - 2].lower.starts_with("call") { "urge" } else { verb };
        // ("demanding that the government reverse …": the one asked after "that"; not "insisted
        // that the government had …", which tells what it did)
        let verb = if verb == "that" && t >= 2 && doc.tokens[t - 2].lower.starts_with("demand") { "demand" } else { verb };
        // ("gave the government until 15 January", "given the government 72 hours": a deadline)
        let deadline = matches!(verb, "give" | "gave" | "given" | "giving") && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "until" || x.kind == TokenKind::Number);
        // (these only in a story about one state: in one of two states' dealings the
        // government asked may be either's)
        let one_state = || crate::resolve::dominant_country(doc).is_some();
        let appealed = ["urg", "ask", "press", "accus", "criticis", "criticiz", "blam", "petition", "implor"].iter().any(|v| verb.starts_with(v))
            || (deadline || verb.starts_with("demand") || verb.starts_with("warn")) && one_state();
        // ("only if the government dropped the cut": the state the story is about, as a
        // condition's subject; not the government that speaks or acts on its own, "the
        // government said", "the government could deny …"; "the government's" was tried and
        // cost GUM news three false places)
        let spoken_of = doc.tokens[t + 1].lower == "government" && matches!(verb, "if" | "unless" | "until");
        if !appealed && !spoken_of {
            continue;
        }
        let c = office_country_before(doc, lex, t).unwrap_or(country);
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, t + 1, t + 2), ent, MentionKind::Description);
    }
}

/// "The opposition Christian Democrats backed …", "the Free Democrats", "the Democratic
/// Socialists": adjectives before a party's plural name a party, whether or not its members
/// speak in the sentence (not "House Democrats", "Senate Republicans": a chamber's members).
fn party_plural(doc: &Doc, k: usize, j: usize) -> bool {
    const PLURALS: &[&str] = &["democrats", "republicans", "socialists", "conservatives", "liberals", "communists", "nationalists", "unionists", "progressives"];
    let adjective = |m: usize| {
        let w = doc.tokens[m].lower.as_str();
        doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word && (w == "free" || ["ian", "ic", "al", "ive", "ist"].iter().any(|s| w.len() > 4 && w.ends_with(s)))
    };
    // (after an article or a party's description, as parties are written: not "some Catholic
    // Republicans", members of a faith)
    let introduced = k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "the" | "opposition" | "ruling" | "governing" | "centre-right" | "center-right" | "centre-left" | "center-left" | "'s" | "’s");
    // (nor before its initials in brackets, which name the listed party: "the Social Democrats
    // (SPD)")
    let initials = doc.tokens.get(j).is_some_and(|t| t.lower == "(");
    introduced && !initials && j >= k + 2 && j <= k + 3 && PLURALS.contains(&doc.tokens[j - 1].lower.as_str()) && (k..j - 1).all(adjective)
}

/// "The S.E.C. said …", "the F.B.I. is investigating": initials written with full stops, as The
/// New York Times writes them, are the listed organisation of those initials ("SEC", "FBI");
/// they had named no one.
fn dotted_initials(doc: &mut Doc, lex: &Lexicon) {
    for t in 0..doc.tokens.len() {
        // (two to five capitals, each followed by its full stop: "S.E.C.", not "St." or "U.S.A";
        // the length asked first, as it is at every capitalised word)
        let tok = &doc.tokens[t];
        if !tok.cap || !(4..=10).contains(&(tok.span.end - tok.span.start)) || !dotted_initials_word(doc.slice(tok.span)) || doc.mention_at_token(t).is_some() {
            continue;
        }
        let letters: String = doc.slice(tok.span).bytes().step_by(2).map(|c| char::from(c.to_ascii_lowercase())).collect();
        if let Some(canon) = lex.organisations.get(&letters) {
            let ent = doc.organisation(&canon.clone());
            let span = doc.tokens[t].span;
            doc.add_mention(span, ent, MentionKind::Name);
        }
    }
}

/// "called on the administration to …", "the administration wanted Canada to …": the
/// administration with no state or office named (not "the administration of the port", "the
/// hospital administration") is, in English news, that of the United States, when the article
/// names the United States.
fn us_administration(doc: &mut Doc) {
    let Some(us) = doc.named_country("US") else { return };
    for t in 0..doc.tokens.len().saturating_sub(2) {
        if doc.tokens[t + 1].lower != "administration" || doc.tokens[t].lower != "the" || doc.tokens[t + 1].cap || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        if matches!(doc.tokens[t + 2].lower.as_str(), "of" | "in" | "at" | "for") {
            continue;
        }
        doc.add_mention(span_of(doc, t + 1, t + 2), us, MentionKind::Description);
    }
}

/// "Chile's central bank cut rates … The Central Bank of Chile said …": a central
/// bank described by its office is the bank the article names, when exactly one named
/// organisation is a bank with that country's name or adjective in it ("Bank of Japan",
/// "Central Bank of Nigeria", "Reserve Bank of India"); its mentions go to that name.
fn named_central_banks(doc: &mut Doc, lex: &Lexicon) {
    for d in 0..doc.entities.len() {
        let lower = fold(&doc.entities[d].name);
        let Some(adjective) = lower.strip_suffix(" central bank") else { continue };
        let Some(&country) = lex.country_adjectives.get(adjective) else { continue };
        let own = fold(&lex.countries[country].name);
        let named: Vec<usize> = (0..doc.entities.len())
            .filter(|&e| e != d && doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e && m.kind == MentionKind::Name))
            .filter(|&e| {
                let n = fold(&doc.entities[e].name);
                let words: Vec<&str> = n.split_whitespace().collect();
                words.contains(&"bank") && (n.contains(own.as_str()) || words.contains(&adjective))
            })
            .collect();
        if let [e] = named[..] {
            for m in doc.mentions.iter_mut().filter(|m| m.entity == d) {
                m.entity = e;
            }
        }
    }
}

/// "the health ministry said", "the central bank said": a state body named by its office
/// alone is that of the country the article is mostly about ("Peruvian health ministry"),
/// one node with the body named with its country (see `resolve::bodies`).
/// "The Israeli military said …", "Greek officials said …" in a story that never names the
/// country: a country's adjective before a lower-case organ of its state names the state
/// (as it does where the country is named), so the state speaks and is an actor of the story.
fn adjective_states(doc: &mut Doc, lex: &Lexicon) {
    const ORGANS: &[&str] = &["military", "army", "forces", "troops", "government", "authorities", "officials", "police", "navy", "regime", "junta", "diplomats", "delegation"];
    for t in 0..doc.tokens.len().saturating_sub(1) {
        let (tok, next) = (&doc.tokens[t], &doc.tokens[t + 1]);
        // (the adjective's signature first: most capitalised words are none)
        if !tok.cap || tok.kind != TokenKind::Word || !lex.country_adjectives.may_hold(&tok.lower) || next.cap || !ORGANS.contains(&next.lower.as_str()) {
            continue;
        }
        // (the last word of a longer adjective is none: "Equatorial Guinean forces", "Papua New
        // Guinean troops")
        if t > 0 && doc.tokens[t - 1].cap && doc.tokens[t - 1].kind == TokenKind::Word && doc.tokens[t - 1].lower != "the" {
            continue;
        }
        let Some(&c) = lex.country_adjectives.get(&tok.lower) else { continue };
        if doc.mention_at_token(t).is_some() || doc.mention_at_token(t + 1).is_some() || doc.named_country(&lex.countries[c].iso2).is_some() {
            continue;
        }
        let ent = doc.country(c);
        doc.add_mention(doc.tokens[t].span, ent, MentionKind::Name);
    }
}

/// "the US state department said", "A spokesperson for the state department": the US body
/// in lower case, as British papers write it, is the one `institutions.tsv` names (after "the",
/// "US" or "U.S."; not "a state department of education").
fn lower_case_state_department(doc: &mut Doc, lex: &Lexicon) {
    for t in 2..doc.tokens.len() {
        if doc.tokens[t].lower != "department" || doc.tokens[t].cap || doc.tokens[t - 1].lower != "state" || doc.tokens[t - 1].cap {
            continue;
        }
        if !(doc.tokens[t - 2].lower == "the" || matches!(doc.slice(doc.tokens[t - 2].span), "US" | "U.S.")) || doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "of" | "for")) {
            continue;
        }
        if doc.mention_at_token(t - 1).is_some() || doc.mention_at_token(t).is_some() {
            continue;
        }
        let Some((canon, iso)) = lex.institutions.get("state department").cloned() else { return };
        let ent = doc.institution(&canon, &iso);
        doc.add_mention(span_of(doc, t - 1, t + 1), ent, MentionKind::Name);
    }
}

fn home_bodies(doc: &mut Doc, lex: &Lexicon) {
    let Some(iso2) = crate::resolve::main_country(doc) else { return };
    let Some(country) = lex.country_by_code(&iso2) else { return };
    for t in 0..doc.tokens.len() {
        // ("a foreign ministry spokesperson in Oslo", "an army spokesman": the body of one
        // who speaks for it, after "a")
        let l = doc.tokens[t].lower.as_str();
        // ("according to interior ministry data": a source named by its office with no article)
        let source = l == "to" && t > 0 && doc.tokens[t - 1].lower == "according";
        let a = l != "the" && !source;
        if a && !((l == "a" || l == "an") && (t + 2..(t + 5).min(doc.tokens.len())).any(|j| matches!(doc.tokens[j].lower.as_str(), "spokesperson" | "spokesman" | "spokeswoman" | "official"))) {
            continue;
        }
        // (bodies a story names by their office alone, in lower case)
        let Some(end) = state_body_at(doc, lex, t + 1, doc.tokens.len(), |s| s.alone).filter(|&end| (t + 1..end).all(|m| !doc.tokens[m].cap)) else { continue };
        if a && !doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "spokesperson" | "spokesman" | "spokeswoman" | "official")) {
            continue;
        }
        // not one of another country ("the government of Chile") nor already a name
        if doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "of" | "in")) || (t + 1..end).any(|m| doc.mention_at_token(m).is_some()) {
            continue;
        }
        // ("the army" where the story names an army of its own, "the Arakan Army": which one is
        // meant is not clear)
        // (a place named right after "in" says whose: "the foreign office spokeswoman in Berlin")
        let near = (end..(end + 3).min(doc.tokens.len())).find(|&m| matches!(doc.tokens[m].lower.as_str(), "in" | "at")).and_then(|m| doc.mention_at_token(m + 1)).and_then(|mi| {
            let e = &doc.entities[doc.mentions[mi].entity];
            matches!(e.kind, EntityKind::Country | EntityKind::Place).then(|| e.country.as_deref().and_then(|c| lex.country_by_code(c))).flatten()
        });
        // (unless the army named is that of the state the place gives: "An army spokesperson in
        // Stockholm" after "the Swedish Army")
        let own_army = |e: &crate::model::Entity| near.is_some_and(|c| e.name.strip_suffix(" Army").is_some_and(|adj| lex.country_adjectives.get(&adj.to_lowercase()) == Some(&c)));
        if matches!(doc.tokens[end - 1].lower.as_str(), "army" | "military") && doc.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name.ends_with(" Army") && !own_army(e)) {
            continue;
        }
        // ("In Chile, the health ministry said": a place the sentence opens with, before its
        // comma, says whose too)
        let opening = || {
            let sa = doc.sentences[doc.sentence_at(doc.tokens[t].span.start)?].tokens.0;
            if t < sa + 3 || doc.tokens[sa].lower != "in" || doc.tokens[t - 1].lower != "," {
                return None;
            }
            let mi = doc.mention_at_token(sa + 1)?;
            let e = &doc.entities[doc.mentions[mi].entity];
            (doc.token_at(doc.mentions[mi].span.end) == t - 1 && matches!(e.kind, EntityKind::Country | EntityKind::Place)).then(|| e.country.as_deref().and_then(|c| lex.country_by_code(c))).flatten()
        };
        let whose = near.or_else(opening).or_else(|| office_country_before(doc, lex, t)).unwrap_or(country);
        let name = national_body(lex, whose, &text_of(doc, t + 1, end)).unwrap_or_else(|| format!("{} {}", lex.country_adjective(whose), text_of(doc, t + 1, end)));
        // ("the coastguard" after "the Libyan coastguard" in a story from Italy: which one is
        // meant is not clear)
        if doc.tokens[end - 1].lower == "coastguard" && doc.mentions.iter().any(|m| m.span.end <= doc.tokens[t].span.start && doc.entities[m.entity].kind == EntityKind::Organization && doc.entities[m.entity].name != name && doc.entities[m.entity].name.to_lowercase().ends_with("coastguard")) {
            continue;
        }
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, t + 1, end), ent, MentionKind::Description);
    }
}

/// "Brazil's finance minister, X, said the central bank …", "the Chilean president said the
/// health ministry …": a country whose office holder or body speaks earlier in the sentence
/// of token `t` is the one whose body is named by its office alone. The last such country
/// (its index in the lexicon).
fn office_country_before(doc: &Doc, lex: &Lexicon, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let sa = doc.sentences[si].tokens.0;
    let mut found = None;
    let mut j = sa;
    while j < t {
        let Some(mi) = doc.mention_at_token(j) else {
            j += 1;
            continue;
        };
        let m = &doc.mentions[mi];
        let next = doc.token_at(m.span.end).max(j + 1);
        let e = &doc.entities[m.entity];
        if e.kind == EntityKind::Country {
            let k = next + usize::from(doc.tokens.get(next).is_some_and(|x| x.lower == "'s"));
            let office = title_at(doc, k, t).is_some_and(|(_, head)| !matches!(lex.titles.get(&head.to_lowercase()).map(|x| x.class), Some(crate::lexicon::TitleClass::Honorific)))
                || state_body_at(doc, lex, k, t, |s| s.adjective).is_some();
            if office && k < t {
                found = e.country.as_deref().and_then(|c| lex.country_by_code(c)).or(found);
            }
        }
        j = next;
    }
    found
}

/// "Ruto vows no retreat …" above a story that names William Ruto: a headline's lone
/// capitalised word that is the surname of exactly one person the article names in full is
/// that person (headlines are not trusted for new names, see `Paragraph::heading`).
fn heading_surnames(doc: &mut Doc) {
    for p in 0..doc.paragraphs.len() {
        if !doc.paragraphs[p].heading || doc.paragraphs[p].furniture {
            continue;
        }
        let span = doc.paragraphs[p].span;
        let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
        for t in a..b {
            let tok = &doc.tokens[t];
            if tok.kind != TokenKind::Word || !tok.cap || doc.mention_at_token(t).is_some() || (t + 1 < b && is_cap_word(doc, t + 1)) || (t > a && is_cap_word(doc, t - 1)) {
                continue;
            }
            let span = tok.span;
            let same: Vec<usize> = doc.people_named_in_full(doc.slice(span)).take(2).collect();
            if let [e] = same[..] {
                doc.add_mention(span, e, MentionKind::Name);
            }
        }
    }
}

/// "Mr. Bishop", "Ms. Quarry" after "Tom Bishop", "Jane Quarry": a surname that is also a
/// title or a common word, after an honorific, is the person named before with that surname.
/// "the Liberals", "the Greens", "the Democrats" after "the Liberal Party", "the Green
/// Party", "the Democratic Party": a party's members named in the plural stand for the party
/// the article named (only after "the", and only a party named so in the article).
fn party_members(doc: &mut Doc) {
    for t in 1..doc.tokens.len() {
        if doc.tokens[t - 1].lower != "the" || !is_cap_word(doc, t) || doc.mention_at_token(t).is_some() || doc.tokens.get(t + 1).is_some_and(|x| is_cap_word(doc, t + 1) && x.kind == TokenKind::Word) {
            continue;
        }
        let Some(stem) = doc.tokens[t].lower.strip_suffix('s').filter(|s| s.len() > 3) else { continue };
        // ("Democrats": the Democratic Party)
        let names = [format!("{stem} party"), format!("{stem}ic party")];
        let ent = doc.entities.iter().position(|e| e.kind == EntityKind::Organization && names.contains(&fold(&e.name)));
        if let Some(ent) = ent {
            doc.add_mention(span_of(doc, t, t + 1), ent, MentionKind::Name);
        }
    }
}

fn honorific_surnames(doc: &mut Doc, lex: &Lexicon) {
    for t in 1..doc.tokens.len() {
        let honorific = lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|x| x.class == crate::lexicon::TitleClass::Honorific);
        // ("Mr ten Brink", "Ms van Dijk": a surname particle in lower case after the honorific;
        // the surname is the capitalised word after it, the mention both)
        let particle = doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].cap && PARTICLES.contains(&doc.tokens[t].lower.as_str()) || matches!(doc.tokens[t].lower.as_str(), "ten");
        let w = if particle && t + 1 < doc.tokens.len() { t + 1 } else { t };
        if !honorific || !is_cap_word(doc, w) || (t..=w).any(|m| doc.mention_at_token(m).is_some()) || doc.tokens.get(w + 1).is_some_and(|x| is_cap_word(doc, w + 1) && x.kind == TokenKind::Word) {
            continue;
        }
        let word = doc.slice(doc.tokens[w].span).to_string();
        let sur = super::entities::surname_of(&word);
        let at = doc.tokens[t].span.start;
        // ("Mr. Bishop" after "Tom Bishop" and "Amy Bishop": the honorific's sex picks)
        let sex = match doc.tokens[t - 1].lower.trim_end_matches('.') {
            "mr" => Some('m'),
            "mrs" | "ms" | "miss" => Some('f'),
            _ => None,
        };
        let fits = |e: &crate::model::Entity| {
            let given = e.name.split_whitespace().next().and_then(|f| lex.first_names.get(&fold(f))).copied();
            e.kind == EntityKind::Person && e.name.contains(' ') && e.surname == sur && !(sex.is_some() && matches!(given, Some('m') | Some('f')) && given != sex)
        };
        // the one mentioned last before
        let ent = doc.mentions.iter().take_while(|m| m.span.start < at).filter(|m| fits(&doc.entities[m.entity])).last().map(|m| m.entity);
        if let Some(ent) = ent {
            doc.add_mention(span_of(doc, t, w + 1), ent, MentionKind::Name);
        }
    }
}

/// Organisation words that, alone and capitalised, only refer back to a name given before
/// ("the Institute said"); unlike "Congress", "Senate" or "Reuters", they name nothing.
const GENERIC_HEADS: &[&str] = &[
    "Division", "Institute", "Institution", "Association", "Department", "Office", "Committee", "Commission", "Agency",
    "Company", "Corporation", "Group", "Center", "Centre", "University", "College", "School", "Foundation", "Organization",
    "Organisation", "Society", "Trust", "Bureau", "Board", "Authority", "Directorate", "Brigade", "Battalion", "Regiment",
    "Corps", "Squadron", "Wing", "Fleet", "Program", "Programme", "Initiative", "Project", "Library", "Hospital", "Laboratories",
    // ("at the Ministry's offices", "Tribunal begins hearing", "the 224-member Assembly": no
    // body of its own)
    "Ministry", "Tribunal", "Assembly",
    // ("Police fired tear gas", "Government spokesman X": the country's police or government)
    "Police", "Government",
];

/// Fields that name a national agency or sports body before a country's name ("Environment
/// Canada", "Statistics Canada", "Tennis Australia", "Team Estonia").
const AGENCY_FIELDS: &[&str] = &[
    "Environment", "Statistics", "Health", "Parks", "Transport", "Elections", "Fisheries", "Immigration", "Revenue", "Tourism",
    "Heritage", "Infrastructure", "Sport", "Team", "Tennis", "Cycling", "Athletics", "Swimming", "Rugby", "Football", "Basketball",
    "Hockey", "Golf", "Rowing", "Sailing", "Netball", "Cricket", "Volleyball", "Gymnastics", "Triathlon",
];

/// Designators that open a football club's name ("FC Vexmoor", "AFC Quarnel").
pub const CLUB_PREFIXES: &[&str] = &["FC", "AFC", "SC", "CF"];

/// Designators that open a company's name: the Indonesian "PT" (perseroan terbatas, "PT Vexmoor
/// Nikel"), never a name alone.
pub const COMPANY_PREFIXES: &[&str] = &["PT"];

/// Designators that end a company's or club's name, never a name alone.
const LONE_DESIGNATORS: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "GmbH", "S.A.", "A.G.", "N.V.", "B.V.", "S.p.A.", "SpA", "F.C.", "A.F.C.", "L.L.C.",
    "P.L.C.", "Pty", "Oyj", "PJSC", "OJSC", "JSC", "Nyrt.", "Nyrt", "ASA", "Bhd", "Tbk", "KGaA", "A/S",
];

/// Heads of seas, straits, bays and capes named "of" something ("Gulf of Quarn").
const WATER_OF: &[&str] = &["Gulf", "Sea", "Strait", "Straits", "Bay", "Cape", "Isle", "Isles"];

/// Words that open the name of a place named after another ("Old Goa", "Upper Vexmoor",
/// "West Africa", "Lake Chad").
const PLACE_PREFIXES: &[&str] = &[
    "Old", "Upper", "Lower", "Greater", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Lake", "Mount",
];

/// Capitalised head words that end a region's name ("Vexmoor County", "Quarnel Province").
const REGION_HEADS: &[&str] = &["County", "Province", "Prefecture", "Oblast", "Governorate", "Parish", "Township"];

/// Word `m` may be part of a region's name before its head: capitalised, no title,
/// organisation word or stopword ("In", "The" opening the sentence).
fn region_name_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let w = doc.slice(doc.tokens[m].span);
    is_cap_word(doc, m) && w.chars().skip(1).any(char::is_lowercase) && !lex.titles.contains_key(&doc.tokens[m].lower) && !lex.org_words.contains(w) && !lex.stopwords.contains(&doc.tokens[m].lower)
}

/// "Jane "JJ" Roe", "Tom 'Buckshot' Poe": run `i..j` (one to three capitalised words, the first
/// a given name), a quoted nickname of one or two capitalised words, then one or two
/// capitalised words (the surname, no stopword or title). Returns the surname's tokens.
/// Constant work per run.
fn nickname_name(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<(usize, usize)> {
    // (a middle initial's full stop: "Jane K. "JJ" Roe")
    let initial_stop = |t: usize| t > i && doc.tokens[t].lower == "." && doc.tokens[t - 1].lower.len() == 1;
    if j - i > 4 || j + 3 >= b || doc.tokens[j].kind != TokenKind::Quote || !(i..j).all(|t| is_cap_word(doc, t) || initial_stop(t)) {
        return None;
    }
    if !lex.first_names.get(&doc.tokens[i].lower).is_some_and(|g| *g != 'u') || lex.titles.contains_key(&doc.tokens[i].lower) {
        return None;
    }
    let close = (j + 2..(j + 4).min(b)).find(|&q| doc.tokens[q].kind == TokenKind::Quote)?;
    // the nickname is written right inside its quotes and has no lower-case word
    if !(j + 1..close).all(|t| is_cap_word(doc, t)) || doc.tokens[j].span.end != doc.tokens[j + 1].span.start || doc.tokens[close - 1].span.end != doc.tokens[close].span.start {
        return None;
    }
    let s = close + 1;
    let ok = |t: usize| t < b && is_cap_word(doc, t) && !lex.stopwords.contains(&doc.tokens[t].lower) && !lex.titles.contains_key(&doc.tokens[t].lower);
    if !ok(s) || doc.tokens[close].span.end == doc.tokens[s].span.start {
        return None;
    }
    let e = if ok(s + 1) { s + 2 } else { s + 1 };
    if e < b && is_cap_word(doc, e) {
        return None;
    }
    Some((s, e))
}

/// Whether the one word `i..j` (no given name, place or common word: two words are more often
/// a person's name) is followed by "'s" and then by a stop or a verb rather than by what it
/// owns ("Quillmart's was added").
fn possessive_name(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    const AFTER: &[&str] = &[",", ".", ";", ")", "was", "is", "has", "had", "will", "would", "became", "opened", "closed", "said", "says"];
    let possessive = j + 1 < b && matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s") && AFTER.contains(&doc.tokens[j + 1].lower.as_str());
    possessive
        && j == i + 1
        && (i..j).all(|m| {
            let w = doc.tokens[m].lower.as_str();
            is_cap_word(doc, m) && !lex.first_names.contains_key(w) && !lex.place_names.contains_key(w) && lex.country_any(w).is_none() && !lex.stopwords.contains(w) && !lex.titles.contains_key(w)
        })
        // (not the plural of a word in capitals or of a common noun: "CD's", "Venue's")
        && doc.slice(doc.tokens[j - 1].span).chars().skip(1).any(char::is_lowercase)
        && !lex.is_common_word(&doc.tokens[j - 1].lower)
}

/// "Co Mayo", "County Clare": where the run `k..j` is "Co" or "County" and one or two name
/// words, a county named after its head word, the token that opens it ("Co. Kerry", two
/// tokens, is left alone).
fn county_before(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<usize> {
    // (the cheap test first: asked of every run)
    if !matches!(doc.slice(doc.tokens[k].span), "Co" | "County") {
        return None;
    }
    (k + 1 < j && j - k <= 3 && (k + 1..j).all(|m| region_name_word(doc, lex, m))).then_some(k)
}

/// Legal designators that may follow a company's name after a comma.
const DESIGNATORS: &[&str] = &["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "plc", "Corp", "Corp.", "Co", "Co.", "GmbH", "AG", "LP", "PJSC", "Nyrt.", "A/S"];

/// The end of ", Inc" right after a run ending at token `j` (before `b`): the designator is
/// the last word of the name.
fn designator_after_comma(doc: &Doc, j: usize, b: usize) -> Option<usize> {
    let comma = doc.tokens.get(j).is_some_and(|t| t.lower == ",");
    let designator = j + 1 < b && DESIGNATORS.contains(&doc.slice(doc.tokens[j + 1].span));
    (comma && designator && (j + 2 >= b || !is_cap_word(doc, j + 2))).then_some(j + 2)
}

/// Capitalised prepositions that start a new sentence or clause, never a word inside a name.
fn opening_preposition(w: &str) -> bool {
    matches!(w, "In" | "On" | "At" | "From" | "With" | "By" | "After" | "Before" | "During" | "Under" | "Since" | "While" | "Outside" | "Despite" | "Amid" | "Across" | "Throughout")
}

/// Capitalised function words and greetings that open a sentence, never a word inside a name
/// ("Jane Roe The new deal …", "Jane Roe Are you free …" where a line lost its full stop).
fn sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The" | "An" | "Are" | "Is" | "Was" | "Were" | "Do" | "Does" | "Did" | "We" | "You" | "They" | "He" | "She" | "It" | "This" | "That" | "These"
            | "Those" | "Here" | "There" | "If" | "When" | "What" | "Why" | "How" | "Please" | "Thanks" | "Thank" | "Hi" | "Hello" | "Hey" | "Dear" | "Regards"
            | "Cheers" | "Can" | "Could" | "Would" | "Should" | "As"
    )
}

/// Labels of a caption's credit ("Image: Jane Roe"), a word before a colon.
fn credit_label(w: &str) -> bool {
    matches!(w, "Image" | "Images" | "Photo" | "Photos" | "Picture" | "Video" | "Credit" | "Source" | "Caption")
        // (a form's or a signature's field labels: "Job Title: Attorney Location: Quarnby")
        || matches!(w, "Location" | "Address" | "Phone" | "Fax" | "Email" | "E-mail" | "Tel" | "Subject" | "Description" | "Compensation")
}

/// Whether word `j` (inside a capitalised run, before `b`) cannot continue the name before it:
/// a capitalised preposition or sentence opener (not in a title-case line, where every word
/// is capitalised: "Jane Roe Goes After …"), or a credit label before its colon.
fn run_breaker(doc: &Doc, j: usize, b: usize, title_case: bool) -> bool {
    // (every such word is capitalised; matches, not scans of lists: this runs at every word
    // of every capitalised run)
    if !doc.tokens[j].cap {
        return false;
    }
    let w = doc.slice(doc.tokens[j].span);
    !title_case && (opening_preposition(w) || sentence_opener(w)) || credit_label(w) && j + 1 < b && doc.tokens[j + 1].lower == ":"
}

/// Whether a listed country, organisation or place name that starts at most three words
/// before `j` (not before `i`) takes in word `j`: "the United States met" in a short
/// sentence that looks like a title-case headline, where "States" is no speech verb.
fn known_through(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    (i.max(j.saturating_sub(3))..j).any(|k| {
        longest(doc, k, b, &lex.country_names).is_some_and(|(e, _)| e > j)
            || longest(doc, k, b, &lex.organisations).is_some_and(|(e, _)| e > j)
            || longest(doc, k, b, &lex.place_names).is_some_and(|(e, _)| e > j)
    })
}

/// "the Department of Physics and Astronomy", "the Institute of Arts and Sciences": an
/// organisation word, "of", fields in capitalised common words, then "and" at `j` and one
/// more such field that ends the run (a name after "and" stays apart: "the Ministry of
/// Energy and Jane Roe").
fn fields_joined(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    // (a field of learning not in the word list: "Hydrology", "Geophysics")
    let learned = |w: &str| w.len() > 6 && ["ology", "ics", "graphy", "nomy"].iter().any(|s| w.ends_with(s));
    // ("the Office of Budget and Management", "the Department of Planning and Development": a
    // noun in "-ment" of a listed verb, which the word list leaves out)
    let derived = |w: &str| w.strip_suffix("ment").is_some_and(|v| v.len() >= 4 && lex.is_common_word(v));
    let field = |m: usize| is_cap_word(doc, m) && (lex.is_common_word(&doc.tokens[m].lower) || learned(&doc.tokens[m].lower) || derived(&doc.tokens[m].lower)) && !lex.first_names.contains_key(&doc.tokens[m].lower);
    // ("the Centre for Flood Prevention and Control": "for" as "of")
    // ("the Council on Refugees and Exiles": "on" too, after a deliberating body's word)
    let Some(of) = (i + 1..j).rev().find(|&m| matches!(doc.tokens[m].lower.as_str(), "of" | "for") || doc.tokens[m].lower == "on" && m > 0 && TOPIC_HEADS.contains(&doc.slice(doc.tokens[m - 1].span))) else { return false };
    // ("the Ministry of Electronics and Information Technology": up to three fields after "and")
    let e = (j + 1..b.min(j + 4)).find(|&m| !field(m)).unwrap_or(b.min(j + 4));
    // ("the Ministry of Science and ICT": a field's initials, no country or listed body, end it)
    let initials = e == j + 1 && j + 1 < b && {
        let w = doc.slice(doc.tokens[j + 1].span);
        capitals(w, 2..=5) && lex.country_any(&doc.tokens[j + 1].lower).is_none() && longest(doc, j + 1, b, &lex.organisations).is_none()
    };
    let e = if initials { j + 2 } else { e };
    lex.org_words.contains(doc.slice(doc.tokens[of - 1].span))
        && of + 1 < j
        && (of + 1..j).all(field)
        && e > j + 1
        && (e >= b || !is_cap_word(doc, e))
}

/// "the Ministry of Housing, Communities and Local Government", "the Department for
/// Digital, Culture, Media and Sport": the run `i..j` an organisation word, "of"/"for" and
/// fields in capitalised common words, then at `j` a comma, more fields between commas, "and"
/// and the last field, which ends the run. Returns the end of the name.
fn fields_listed(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    // (the comma first: asked at every word that ends a run)
    if doc.tokens[j].lower != "," || j + 3 >= b {
        return None;
    }
    // (a field: a capitalised word that names no person, place or country; "Local" is no
    // common word of the list)
    let field = |m: usize| {
        let w = doc.tokens[m].lower.as_str();
        m < b && is_cap_word(doc, m) && !lex.first_names.contains_key(w) && !lex.place_names.contains_key(w) && lex.country_any(w).is_none() && !lex.stopwords.contains(w) && !lex.titles.contains_key(w)
    };
    let of = (i + 1..j).rev().find(|&m| matches!(doc.tokens[m].lower.as_str(), "of" | "for"))?;
    if !lex.org_words.contains(doc.slice(doc.tokens[of - 1].span)) || of + 1 >= j || !(of + 1..j).all(field) {
        return None;
    }
    // one to three fields after each comma, then "and" (or ", and") and one to three more
    let fields_from = |m: usize| (m..(m + 3).min(b)).take_while(|&t| field(t)).count();
    let mut m = j;
    while m < b && doc.tokens[m].lower == "," {
        let n = fields_from(m + 1);
        if n == 0 {
            // (", and Local Government": the serial comma)
            break;
        }
        m += 1 + n;
    }
    if m < b && doc.tokens[m].lower == "," {
        m += 1;
    }
    if m >= b || doc.tokens[m].lower != "and" || doc.tokens[m].cap {
        return None;
    }
    let n = fields_from(m + 1);
    let e = m + 1 + n;
    (n > 0 && (e >= b || !is_cap_word(doc, e))).then_some(e)
}

/// "Vexmoor Community and Technical College", "Sales & Marketing Department": "and" or "&"
/// at `j` between capitalised common words, the last of the run after it an organisation
/// word; the run before it (from `i`) names no person or country ("Jane Roe and Technical
/// College staff", "U.S. Space and Rocket Center" stay apart).
fn joined_into_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    // ("Ethics and Anti-Fraud Commission": a hyphenated word whose parts are common)
    // ("the National Cyber and Crypto Agency", "the Telecom and Broadband Authority": fields
    // of newer bodies that the common-word list, older, lacks)
    const FIELDS: &[&str] = &["cyber", "crypto", "telecom", "telecoms", "online", "broadband", "fintech", "biosecurity", "counterterrorism"];
    let common = |m: usize| is_cap_word(doc, m) && (lex.is_common_word(&doc.tokens[m].lower) || FIELDS.contains(&doc.tokens[m].lower.as_str()) || doc.tokens[m].lower.contains('-') && doc.tokens[m].lower.split('-').all(|p| p.len() > 1 && (p == "anti" || lex.is_common_word(p))));
    let named = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') || lex.country_any(&doc.tokens[m].lower).is_some();
    if j == 0 || !common(j - 1) || (i..j).any(named) {
        return false;
    }
    // ("Port and Transport Workers' Union": a plural's apostrophe inside the run after "and")
    let apostrophe = |m: usize| plural_possessive_in_org(doc, lex, m, b);
    let e = (j + 1..b.min(j + 6)).find(|&m| !is_cap_word(doc, m) && !apostrophe(m)).unwrap_or(b.min(j + 6));
    e > j + 1
        && (e == b || !is_cap_word(doc, e))
        // (the organisation word that ends it need not be a common word: "the National
        // Earthquake Monitoring and Research Centre", in British spelling)
        && (j + 1..e - 1).all(|m| common(m) || apostrophe(m))
        && (common(e - 1) || is_cap_word(doc, e - 1))
        && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span))
        && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

/// "the Hong Kong and Macao Affairs Office", "the Xinjiang and Tibet Affairs Commission": "and"
/// at `j` after a place's name and before another place's, then "Affairs" and an
/// organisation word that end the run: a body for the affairs of both places (China's State
/// Council names its offices so), one name, where places joined by "and" elsewhere stay two.
fn affairs_of_places(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    let e = (j + 1..b.min(j + 6)).find(|&m| !is_cap_word(doc, m)).unwrap_or(b.min(j + 6));
    e >= j + 4 && (e == b || !is_cap_word(doc, e)) && doc.tokens[e - 2].lower == "affairs" && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span)) && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

/// "Workers' Union", "Nurses’ Association" (`j` at the apostrophe): a capitalised plural
/// before it and capitalised words after it up to an organisation word that ends the run.
fn plural_possessive_in_org(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    if j == 0 || !matches!(doc.tokens[j].lower.as_str(), "'" | "\u{2019}") || !is_cap_word(doc, j - 1) || !doc.tokens[j - 1].lower.ends_with('s') || doc.tokens[j - 1].span.end != doc.tokens[j].span.start {
        return false;
    }
    let e = (j + 1..b.min(j + 4)).find(|&m| !is_cap_word(doc, m)).unwrap_or(b.min(j + 4));
    e > j + 1 && (e == b || !is_cap_word(doc, e)) && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span)) && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

fn joined_by_and(doc: &Doc, i: usize, end: usize) -> bool {
    let phrase = (i..end).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" ");
    let lex = Lexicon::get();
    lex.country_names.contains_key(&phrase) || lex.organisations.contains_key(&phrase)
}

/// "London-based", "Kremlin-backed", "Saudi-led": a name joined to a participle modifies
/// what follows and is no part of its name ("the London-based Institute for …").
fn compound_modifier(doc: &Doc, t: usize) -> bool {
    const PARTICIPLES: &[&str] = &["based", "born", "led", "backed", "owned", "funded", "run", "listed", "made", "registered", "headquartered", "brokered", "sponsored", "allied", "controlled", "held", "linked", "aligned", "bred", "educated"];
    let l = doc.tokens[t].lower.as_str();
    l.rsplit_once('-').is_some_and(|(head, p)| !head.is_empty() && PARTICIPLES.contains(&p))
}

/// "a New York-based institute", "the Rio de Janeiro-based bank": a place of several words
/// whose last is joined to the participle is mentioned whole (the run before the compound had
/// been a name alone and "York" a town in England); the token after the compound at `i`'s run
/// is returned.
fn based_place_of_words(doc: &mut Doc, lex: &Lexicon, i: usize, b: usize) -> Option<usize> {
    let k = (i + 1..b.min(i + 4)).find(|&k| doc.tokens[k].lower.contains('-') || !is_cap_word(doc, k) && !matches!(doc.tokens[k].lower.as_str(), "de" | "del" | "da" | "do" | "of"))?;
    // (before a name the compound is left to the run it opens: "the São Paulo-based Centre for
    // …" is read as one body's name, the place then taken out where roles need it)
    if !doc.tokens[k].lower.contains('-') || !is_cap_word(doc, k) || !compound_modifier(doc, k) || doc.tokens.get(k + 1).is_none_or(|t| t.cap || t.kind != TokenKind::Word) {
        return None;
    }
    let (head, _) = doc.tokens[k].lower.rsplit_once('-')?;
    // (after an article opening the sentence: "A Los Angeles-based analyst")
    let m = if matches!(doc.tokens[i].lower.as_str(), "a" | "an" | "the") { i + 1 } else { i };
    if m >= k {
        return None;
    }
    let phrase = format!("{} {head}", (m..k).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" "));
    let span = Span::new(doc.tokens[m].span.start, doc.tokens[k].span.start + head.len());
    let ent = if let Some(&c) = lex.country_names.get(phrase.as_str()) {
        doc.country(c)
    } else if let Some(p) = lex.place_names.get(phrase.as_str()) {
        doc.place(choose_place(doc, lex, p, false, None), false)
    } else {
        return None;
    };
    doc.add_mention(span, ent, MentionKind::Name);
    Some(k + 1)
}

/// "the Lagos-based think tank", "an Iran-backed militia": the country or listed place a
/// compound modifier at `t` opens with is mentioned (its own words only, not the participle),
/// so no guess takes the whole compound for a name.
fn based_place(doc: &mut Doc, lex: &Lexicon, t: usize) {
    let tok = &doc.tokens[t];
    let Some((head, _)) = tok.lower.rsplit_once('-') else { return };
    // (a listed body whose name has a hyphen of its own may open it: "an al-Qaeda-linked group")
    if head.contains('-') && !lex.organisations.contains_key(head) {
        return;
    }
    let span = Span::new(tok.span.start, tok.span.start + head.len());
    if doc.slice(span).to_lowercase() != head {
        return;
    }
    // (a listed organisation before a place that has its name only as a foreign spelling,
    // which GeoNames keeps for some towns; not before a place so named, "Oxford-based")
    let ent = if let Some(&c) = lex.country_names.get(head) {
        doc.country(c)
    } else if let Some(canon) = lex.organisations.get(head).filter(|_| !lex.place_names.get(head).is_some_and(|ps| ps.iter().any(|&p| lex.places[p].name.to_lowercase() == head))) {
        doc.organisation(&canon.clone())
    } else if let Some(p) = lex.place_names.get(head) {
        doc.place(choose_place(doc, lex, p, false, None), false)
    } else {
        return;
    };
    doc.add_mention(span, ent, MentionKind::Name);
}

#[inline]
pub fn is_cap_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    // ("al-Sisi", "el-Sisi": an Arabic article before the capitalised name)
    tok.kind == TokenKind::Word && (tok.cap && tok.lower != "'s" && !(tok.lower.len() <= 9 && tok.lower.as_bytes().contains(&b'\'') && pronoun_contraction(&tok.lower)) || (tok.lower.starts_with("al-") || tok.lower.starts_with("el-")) && tok.lower.len() > 5)
}

/// "I'm", "We've", "You'd", "Don't", "It's": a pronoun or an auxiliary with its contraction,
/// capitalised at the start of a sentence in a quote, is no name ("I’m saying …" had made a
/// person "I’m").
fn pronoun_contraction(lower: &str) -> bool {
    lower.split_once('\'').is_some_and(|(head, tail)| {
        matches!(tail, "m" | "ll" | "ve" | "d" | "re" | "s" | "t")
            && matches!(head, "i" | "we" | "you" | "they" | "he" | "she" | "it" | "that" | "there" | "here" | "who" | "what" | "where" | "let" | "don" | "can" | "won" | "isn" | "aren" | "wasn" | "weren" | "didn" | "doesn" | "haven" | "hasn" | "hadn" | "couldn" | "wouldn" | "shouldn" | "ain")
    })
}

/// Longest match of a phrase table at token `i` (up to `end`), returning the end token.
#[inline]
pub(crate) fn longest<'a, T, K: std::borrow::Borrow<str> + std::hash::Hash + Eq>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, K>) -> Option<(usize, &'a T)> {
    // (most words start no phrase of the table: that is told here, the scan is out of line)
    let most = table.max_tokens_from(doc.tokens.get(i)?.lower.as_str())?;
    longest_scan(doc, i, end.min(i + most.min(9)), table)
}

fn longest_scan<'a, T, K: std::borrow::Borrow<str> + std::hash::Hash + Eq>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, K>) -> Option<(usize, &'a T)> {
    // (the phrase is built in a buffer kept by the thread: 44,000 scans per 200 articles each
    // allocated and freed one)
    thread_local!(static PHRASE: std::cell::RefCell<String> = std::cell::RefCell::new(String::with_capacity(64)));
    PHRASE.with_borrow_mut(|phrase| {
        phrase.clear();
        longest_scan_in(doc, i, end, table, phrase)
    })
}

fn longest_scan_in<'a, T, K: std::borrow::Borrow<str> + std::hash::Hash + Eq>(doc: &Doc, i: usize, end: usize, table: &'a PhraseTable<T, K>, phrase: &mut String) -> Option<(usize, &'a T)> {
    let mut best = None;
    // tables spell a possessive as a word of its own ("valentine 's day") or, where they were
    // folded from names, joined to the word before ("people's republic of china"): the
    // joined spelling is tried too once a possessive has been seen
    let mut joined: Option<String> = None;
    for k in i..end {
        let possessive = k > i && matches!(doc.tokens[k].lower.as_str(), "'s" | "\u{2019}s");
        if possessive && joined.is_none() {
            joined = Some(phrase.clone());
        }
        if k > i {
            phrase.push(' ');
        }
        phrase.push_str(&doc.tokens[k].lower);
        if let Some(jp) = joined.as_mut() {
            if possessive {
                jp.push_str("'s");
            } else {
                jp.push(' ');
                jp.push_str(&doc.tokens[k].lower);
            }
        }
        if let Some(v) = table.get(phrase).or_else(|| joined.as_ref().and_then(|jp| table.get(jp))) {
            best = Some((k + 1, v));
        }
    }
    best
}

/// Flags of [`word_facts`], each the lexicon's first test, by the word's signature alone
/// (clear: certainly not; set: perhaps): the word may open a title of the table or be a
/// title's modifier (clear: `title_at` there is `None`), may open a listed holiday, may be a
/// holiday's head word.
pub(crate) const MAY_OPEN_TITLE: u8 = 1;
pub(crate) const MAY_OPEN_HOLIDAY: u8 = 2;
pub(crate) const MAY_BE_HOLIDAY_HEAD: u8 = 4;

/// One byte of flags per token, from its lower-case form alone (so built once those forms are
/// final, after `normal_forms`) and the lexicon (there is one: `Lexicon::get`). Signatures
/// only: a lookup per token and table would cost about what it saves.
pub(crate) fn word_facts(doc: &Doc) -> Vec<u8> {
    let lex = Lexicon::get();
    doc.tokens
        .iter()
        .map(|t| {
            let sig = crate::lexicon::Signature::of(&t.lower);
            let flag = |yes: bool, bit: u8| if yes { bit } else { 0 };
            flag(lex.titles.may_start_signed(sig) || lex.title_modifiers.may_hold_signed(sig), MAY_OPEN_TITLE)
                | flag(lex.holidays.may_start_signed(sig), MAY_OPEN_HOLIDAY)
                | flag(lex.holiday_heads.may_hold_signed(sig), MAY_BE_HOLIDAY_HEAD)
        })
        .collect()
}

/// False when token `t` certainly has none of the facts `bits`; true when it may (or the
/// document's facts are not set, or `t` is past them).
#[inline]
pub(crate) fn word_fact(doc: &Doc, t: usize, bits: u8) -> bool {
    doc.word_facts.get(t).is_none_or(|f| f & bits != 0)
}

/// Longest title at token `i`: modifiers then a head ("foreign affairs chief",
/// "Secretary of State", "National Security Advisor"). Returns the end token and the
/// normalised head.
pub fn title_at(doc: &Doc, i: usize, end: usize) -> Option<(usize, &'static str)> {
    // (asked ~130,000 times per 200 articles, mostly at a word that opens no title and is no
    // modifier of one, which ends the loop below at once: the token's facts tell so)
    if !word_fact(doc, i, MAY_OPEN_TITLE) {
        return None;
    }
    let lex = Lexicon::get();
    let mut best = None;
    let mut k = i;
    while k < end {
        if let Some((e, t)) = longest(doc, k, end, &lex.titles) {
            best = Some((e, t.norm));
            k = e;
            continue;
        }
        if lex.title_modifiers.contains(&doc.tokens[k].lower) {
            k += 1;
            continue;
        }
        break;
    }
    best
}

/// Tokens `a..b` as a mention of the gazetteer's place of that name (a region when
/// `region`), or of an unlisted place spelt so.
fn mention_place(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize, region: bool) {
    let name = text_of(doc, a, b);
    let ent = match lex.place_names.get(&fold(&name)) {
        Some(p) => doc.place(p[0], region),
        None => doc.unlisted_place(&name),
    };
    doc.add_mention(span_of(doc, a, b), ent, MentionKind::Name);
}

fn text_of(doc: &Doc, a: usize, b: usize) -> String {
    doc.slice(Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)).to_string()
}

fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

/// A word of capital letters alone ("ICT", "ARD", "JB"), as many as `len` allows.
pub(crate) fn capitals(w: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// "NATO", "SBU", "G7": an organisation's initials. Two-letter ones are too often other
/// things (AM, PM, KO) and count only when a lexicon knows them.
fn is_acronym(s: &str) -> bool {
    let mut chars = s.chars();
    let first = chars.next().is_some_and(char::is_uppercase);
    let n = s.chars().count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = (3..=6).contains(&n) && letters >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let letter_digits = n >= 2 && first && chars.all(|c| c.is_ascii_digit());
    caps || letter_digits
}

/// "6PR", "3AW": a broadcaster's call sign, one digit then two or three capitals (not a
/// time or a drive: "9AM", "4WD").
fn call_sign(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=4).contains(&b.len()) && b[0].is_ascii_digit() && b[1..].iter().all(u8::is_ascii_uppercase) && !["AM", "PM", "WD"].iter().any(|x| w.ends_with(x))
}

/// A speech cue (or "who", a comma-appositive) right after token `j`: evidence of a person.
fn cue_follows(doc: &Doc, j: usize) -> bool {
    let lex = Lexicon::get();
    let mut k = j;
    while k < doc.tokens.len() && matches!(doc.tokens[k].lower.as_str(), "has" | "had" | "have" | "also" | "later" | "then" | "again" | "previously" | "once" | "is" | "was") {
        k += 1;
    }
    // (cues that organisations and things do as often as people, or that are nouns after a
    // name: "Chrome continues to surge", "the Paper Mate brand", "the journal discussed")
    const WEAK: &[&str] = &["continue", "brand", "discuss", "detail", "reference", "compare", "assume", "tout", "unveil", "portray", "invoke", "link", "promote", "offer", "rate", "forecast", "charge", "challenge", "favor", "credit", "inform", "vote", "back", "decide", "rule", "label", "publish", "demand"];
    doc.tokens.get(k).is_some_and(|t| lex.cues.get(&t.lower).is_some_and(|c| !WEAK.contains(&c.lemma)))
}

/// `"…," said Wanjiru Gikonyo.` (`k` at the name): a verb of saying right after a quotation's
/// closing mark (and its comma) credits the quote to the name after it; the verb's subject.
fn credited_after_quote(doc: &Doc, k: usize) -> bool {
    k >= 2
        && matches!(doc.tokens[k - 1].lower.as_str(), "said" | "says" | "added" | "adds" | "wrote" | "writes" | "asked" | "asks" | "explained" | "continued" | "insisted" | "recalled")
        && (doc.tokens[k - 2].kind == TokenKind::Quote || k >= 3 && doc.tokens[k - 2].lower == "," && doc.tokens[k - 3].kind == TokenKind::Quote)
}

/// `"…," said Jaspreet Gill, a farmer`: ", a"/", an" and a lower-case word after the name
/// describe the one quoted, so its last word is a surname even where it is a common word.
fn indefinite_apposition_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    at(end) == "," && matches!(at(end + 1), "a" | "an") && doc.tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
}

/// Word `m` may close a person's name: capitalised with lower-case letters after, and no
/// organisation word, title, stopword or country (a town may share it: "Gill", "Hull").
fn surname_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let t = &doc.tokens[m];
    let w = doc.slice(t.span);
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !lex.org_words.contains(w)
        && !lex.titles.contains_key(&t.lower)
        && !lex.stopwords.contains(&t.lower)
        && lex.country_any(&t.lower).is_none()
}

/// "the aircraft carrier Tolvan Harrow"", "USS Vexmoor": the run at token `i` names a ship
/// (after a lower-case word for a ship, or opened by a navy's prefix): no person, no place.
pub(crate) fn ship_name_at(doc: &Doc, i: usize) -> bool {
    const SHIPS: &[&str] = &[
        "carrier", "destroyer", "frigate", "submarine", "cruiser", "warship", "corvette", "battleship", "tanker", "freighter", "trawler", "ferry", "vessel", "ship", "liner", "icebreaker",
    ];
    const PREFIXES: &[&str] = &["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFA", "MV"];
    i > 0 && !doc.tokens[i - 1].cap && SHIPS.contains(&doc.tokens[i - 1].lower.as_str()) || PREFIXES.contains(&doc.slice(doc.tokens[i].span)) && doc.tokens.get(i + 1).is_some_and(|t| t.cap)
}

/// "the Corva Breeze minivan", "the Terra compact SUV": a run followed (after at most two
/// lower-case modifiers) by a word for a kind of vehicle names a model, not a person or place.
pub(crate) fn vehicle_model_before(doc: &Doc, j: usize) -> bool {
    const VEHICLES: &[&str] = &["minivan", "suv", "suvs", "sedan", "saloon", "hatchback", "crossover", "pickup", "coupe", "convertible", "roadster", "supercar", "minicar", "scooter"];
    (j..(j + 3).min(doc.tokens.len())).take_while(|&k| k == j || !doc.tokens[k - 1].cap && doc.tokens[k - 1].kind == TokenKind::Word).any(|k| VEHICLES.contains(&doc.tokens[k].lower.as_str()))
}

/// Last words of the names of treaties, accords and laws ("the Quarnby Accords", "the Harbour
/// Safety Act", "the Vexmoor Convention"): documents, no person, organisation or place.
pub(crate) const DOCUMENT_HEADS: &[&str] = &["Treaty", "Treaties", "Accord", "Accords", "Agreement", "Protocol", "Act", "Declaration", "Convention", "Conventions", "Charter"];

fn parse_run(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize, sentence_start: bool, heading: bool, deferred: &mut Vec<(usize, usize, bool)>) {
    // ("the European Convention on Human Rights": the subject of a treaty "on" it is the
    // document's name too)
    if ship_name_at(doc, i) || vehicle_model_before(doc, j) || j > i + 1 && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) || i >= 2 && doc.tokens[i - 1].lower == "on" && DOCUMENT_HEADS.contains(&doc.slice(doc.tokens[i - 2].span)) {
        return;
    }
    // ("Indian-administered Jammu and Kashmir", "Russian-occupied Crimea": a place a list
    // knows after a compound of who rules it is a place of that whole name, as written, not a
    // person)
    // (a country's name before the participle is that country's mention already, see
    // `based_place`: "Pakistan-administered Kashmir" is left to it)
    if j > i + 1 && doc.tokens[i].lower.rsplit_once('-').is_some_and(|(h, p)| !h.is_empty() && !lex.country_names.contains_key(h) && matches!(p, "administered" | "occupied" | "controlled" | "held")) && longest(doc, i + 1, j, &lex.place_names).is_some_and(|(e, _)| e == j) {
        let name = text_of(doc, i, j);
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return;
    }
    // ("shop windows on the Boulevard Emile Jacqmain", "along Avenue Louise": the word for a
    // street opens a French or Belgian street's name; the run is that street, not a person
    // named after the word)
    if j > i + 1 && i > 0 && matches!(doc.slice(doc.tokens[i].span), "Boulevard" | "Avenue" | "Rue" | "Chaussée" | "Quai") && matches!(doc.tokens[i - 1].lower.as_str(), "the" | "on" | "in" | "along" | "at" | "near" | "down" | "up" | "from" | "to" | "into") {
        let ent = doc.unlisted_place(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return;
    }
    // ("a Texas Republican", "Ohio Democrat Jane Roe": a place a list knows, then a
    // capitalised noun for a party's member; the place is named alone and a name after the
    // noun is a run of its own; not "the Texas Republican Party")
    if j > i + 1 {
        let member = (i + 1..j).find(|&t| matches!(doc.tokens[t].lower.as_str(), "republican" | "democrat") && doc.tokens[t].cap);
        // (nor a listed body's name the noun ends: "the Liberal Democrat MP", Liberal being
        // also a town)
        let listed = |t: usize| (i..t).any(|k| longest(doc, k, t + 1, &lex.organisations).is_some_and(|(e, _)| e == t + 1));
        if let Some(t) = member.filter(|&t| longest(doc, i, t, &lex.place_names).is_some_and(|(e, _)| e == t) && !listed(t) && doc.tokens.get(t + 1).is_none_or(|x| !matches!(x.lower.as_str(), "party" | "national" | "convention" | "caucus" | "primary"))) {
            parse_run(doc, lex, i, t, sentence_start, heading, deferred);
            if t + 1 < j {
                parse_run(doc, lex, t + 1, j, false, heading, deferred);
            }
            return;
        }
    }
    if let Some(m) = portfolio_part_after_and(doc, lex, i, j) {
        if m < j {
            parse_run(doc, lex, m, j, false, heading, deferred);
        }
        return;
    }
    // ("the Legislative Assembly R. Roe", "Party President K. Roe": a body's name or a title
    // ends where initials open a person's name; two runs)
    if j >= i + 3 {
        if let Some(m) = (i + 1..j - 1).find(|&m| dotted_initials_word(doc.slice(doc.tokens[m].span)) && lex.org_words.contains(doc.slice(doc.tokens[m - 1].span)) && person_shape(doc, lex, m, j, true)) {
            parse_run(doc, lex, i, m, sentence_start, heading, deferred);
            parse_run(doc, lex, m, j, false, heading, deferred);
            return;
        }
    }
    // ("Minister for Climate Change Dr Jane Roe", "Minister of Health Prof. Tom Lee": the
    // field of a title's "for"/"of" ends where an honorific of a person's name opens the
    // name, one to three words after it; the field's words before it, no title among them,
    // are a run of their own)
    if j >= i + 3 {
        let name_honorific = |m: usize| matches!(doc.tokens[m].lower.as_str(), "dr" | "dr." | "prof" | "prof." | "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms.");
        if let Some(m) = (i + 1..j - 1).find(|&m| name_honorific(m)) {
            // (the "for"/"of" inside the run, after a title, or right before it)
            let field = (i..m).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "for" | "of")).map(|x| x + 1).filter(|&f| f < m && f >= i + 2 && lex.titles.contains_key(&doc.tokens[f - 2].lower))
                .or_else(|| (i > 0 && matches!(doc.tokens[i - 1].lower.as_str(), "for" | "of")).then_some(i));
            if field.is_some_and(|f| (f..m).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none())) && j - m <= 4 && (m + 1..j).all(|x| doc.tokens[x].cap && lex.titles.get(&doc.tokens[x].lower).is_none()) {
                parse_run(doc, lex, i, m, sentence_start, heading, deferred);
                parse_run(doc, lex, m, j, false, heading, deferred);
                return;
            }
        }
    }
    // "Sen. Jane Roe, D-Ohio, said", "(R-New Mexico)": a party's initial and a US state after
    // a comma or bracket name the state the member sits for
    if party_state_tag(doc, lex, i, j) {
        return;
    }
    // "a new Putin-Trump call", "US-Russia talks": names joined by hyphens, each a country or
    // a person the story named in full, are each named (not "Guinea-Bissau", a name whole)
    // ("Jamaat-e-Islami said", "Lashkar-e-Taiba denied": capitalised words joined by the
    // Persian and Urdu "-e-" or "-i-" of a name of parts, no place a list knows, name a
    // movement or party; "-ul-" also joins given names, "Zia-ul-Haq", and is left)
    if j == i + 1 && doc.mention_at_token(i).is_none() && izafat_name(doc.slice(doc.tokens[i].span)) && !lex.place_names.contains_key(&doc.tokens[i].lower) && doc.people_named_in_full(doc.slice(doc.tokens[i].span)).next().is_none() {
        let word = doc.slice(doc.tokens[i].span).to_string();
        let ent = doc.organisation(&word);
        doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
        return;
    }
    if j == i + 1 && hyphenated_names(doc, lex, i) {
        return;
    }
    // "AT&T", "M&S": capitals joined by an ampersand name a company, never a person
    if j == i + 1 && doc.tokens[i].lower.contains('&') {
        let ent = doc.organisation(&text_of(doc, i, j));
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return;
    }
    // "Shares of Quillmart Motor fell": the company's shares, opening the sentence
    if sentence_start && j > i + 2 && matches!(doc.tokens[i].lower.as_str(), "shares" | "stocks") && doc.tokens[i + 1].lower == "of" {
        parse_run(doc, lex, i + 2, j, false, heading, deferred);
        return;
    }
    // "Jane Roe KC", "Olufemi Adekunle-Davies SAN": a barrister's rank after the name is no
    // part of it (a comma or a cue after it)
    if j >= i + 3 && matches!(doc.slice(doc.tokens[j - 1].span), "QC" | "KC" | "SAN" | "SC") && doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "," | ")" | ".") || lex.cues.contains_key(&x.lower)) {
        parse_run(doc, lex, i, j - 1, sentence_start, heading, deferred);
        // (the mention covers the rank, so that what ends at the comma is the person's name)
        if let Some(m) = doc.mention_at_token(j - 2).filter(|&m| doc.mentions[m].span.end == doc.tokens[j - 2].span.end && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
            if doc.mention_at_token(j - 1).is_none() {
                doc.mentions[m].span.end = doc.tokens[j - 1].span.end;
            }
        }
        return;
    }
    if !heading && quote_credit(doc, lex, i, j) {
        let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return;
    }
    if j == i + 1 && (!heading && addressed_alone(doc, lex, i) || line_opening_name(doc, lex, i)) && doc.mention_at_token(i).is_none() {
        let ent = doc.person(&text_of(doc, i, j), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
        return;
    }
    // "Dana Jo Quarby <jquarby@…>", "Dana Jo Quarby 01/24/2001": a given name the article
    // uses alone elsewhere ("Dana:", "Thanks, Dana"), before another given name and a
    // surname that a mail header's address or date follows, is a letter's sign-off before
    // the next header's sender, on one line
    if !heading && (i + 3..=i + 4).contains(&j) && header_after(doc, j) && given_alone_elsewhere(doc, lex, i)
        && (lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, i + 1, j, true) || lex.census_given.contains(&doc.tokens[i + 1].lower) && name_like(doc, lex, i + 2, j))
        && longest(doc, i, j, &lex.organisations).is_none()
    {
        let ent = doc.person(&text_of(doc, i, i + 1), doc.tokens[i].span.start);
        doc.add_mention(span_of(doc, i, i + 1), ent, MentionKind::Name);
        let ent = doc.person(&text_of(doc, i + 1, j), doc.tokens[i + 1].span.start);
        doc.add_mention(span_of(doc, i + 1, j), ent, MentionKind::Name);
        return;
    }
    // "Dana Quarby Tolvan Vexby 09/08/2000 09:55 AM": a letter's closing name, then the next
    // header's sender, on one line: two given names, each before a surname, and a date or an
    // address after
    let listed_given = |t: usize| lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[t].lower);
    if j == i + 4 && header_after(doc, j) && listed_given(i) && listed_given(i + 2) && person_shape(doc, lex, i, i + 2, true) && person_shape(doc, lex, i + 2, j, true)
        && longest(doc, i, j, &lex.organisations).is_none()
    {
        for (a, e) in [(i, i + 2), (i + 2, j)] {
            let ent = doc.person(&text_of(doc, a, e), doc.tokens[a].span.start);
            doc.add_mention(span_of(doc, a, e), ent, MentionKind::Name);
        }
        return;
    }
    // "Tolvan Quarby Senior Regulatory Counsel Vexmoor Power Inc.": a signature's name, then
    // the writer's job and firm on the same run (a line that lost its breaks)
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
            return;
        }
    }
    // "Jane Roe Vexmoor President Tolvan Quarby shakes hands …": a photo credit's name before a
    // caption's office and holder; "Jane K. Roe Quarnby Wholesale Services": a signature's
    // name before the writer's firm, on one run. The run opens with a listed given name and
    // a person's shape of two or three words; then comes a country's name or adjective or
    // none and an office's title, or a firm: two words or more, the first no common word, given name or
    // place, the last an organisation's word, a business head or a designator, or a listed
    // organisation's name first. (A line of its own, which reads as a heading, may be a
    // signature: the firm is asked for there too, the caption's office not.)
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
            return;
        }
    }
    // "… 24, Quarnby E17 Tolvan Brask, 30, …": the town (and postal district) of the list's
    // entry before, then the next entry's name and age, on one run
    // (not a run that is a person's name itself: "Marion Quarby Vexley, 59," opens with a
    // given name that a town bears)
    if j >= i + 3 && age_follows(doc, j) && !lex.first_names.contains_key(&doc.tokens[i].lower) && !person_shape(doc, lex, i, j, true) {
        if let Some((e, _)) = longest(doc, i, j, &lex.place_names) {
            let s = if e < j && postal_district(doc.slice(doc.tokens[e].span)) { e + 1 } else { e };
            if (2..=4).contains(&(j - s)) && (person_shape(doc, lex, s, j, true) || name_like(doc, lex, s, j)) {
                parse_run(doc, lex, i, e, sentence_start, heading, deferred);
                let ent = doc.person(&text_of(doc, s, j), doc.tokens[s].span.start);
                doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
                return;
            }
        }
    }
    // a lone initial ("said in X.", "Plan B") is never a name on its own, unless a listed
    // organisation's ("the G7", "the G20 meeting")
    if j == i + 1 && doc.slice(doc.tokens[i].span).chars().filter(|c| c.is_alphabetic()).count() < 2 {
        if let Some(canon) = lex.organisations.get(&doc.tokens[i].lower) {
            let ent = doc.organisation(&canon.clone());
            doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
        }
        return;
    }
    // "the Juarez cartel", "the Barrio Azteca gang": a criminal organisation named by a place
    // or name and a lower-case head (not a listed organisation or country: "the OPEC cartel"
    // is OPEC)
    if j <= i + 3 && i > 0 && doc.tokens[i - 1].lower == "the" && doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "cartel" | "gang") && !t.cap)
        && longest(doc, i, j, &lex.organisations).is_none() && longest(doc, i, j, &lex.country_names).is_none()
        && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word)
    {
        let ent = doc.organisation(&text_of(doc, i, j + 1));
        doc.add_mention(span_of(doc, i, j + 1), ent, MentionKind::Name);
        return;
    }
    // "the opposition Ghana Nkabom party": a country's name, then words that are no common
    // words nor a listed name, before a lower-case "party", name the party whole (not "the US
    // Republican party")
    if j <= i + 4 && doc.tokens.get(j).is_some_and(|t| t.lower == "party" && !t.cap) && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word) {
        if let Some((e, _)) = longest(doc, i, j, &lex.country_names).filter(|&(e, _)| e < j) {
            let unknown = (e..j).all(|m| !lex.is_common_word(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.country_adjectives.contains_key(&doc.tokens[m].lower));
            if unknown && longest(doc, e, j, &lex.organisations).is_none() {
                let ent = doc.organisation(&text_of(doc, i, j));
                doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
                return;
            }
        }
    }
    // a people's or faith's adjective ends no name before a lower-case word ("Arab states",
    // "ministers of Arab states": "states" is no cue here); a listed name holding one stays
    // whole ("the Arab League")
    if lex.peoples.contains(&doc.tokens[j - 1].lower) && doc.tokens.get(j).is_some_and(|t| !t.cap && t.kind == TokenKind::Word) && !longest(doc, i, j, &lex.organisations).is_some_and(|(e, _)| e == j) {
        let mut e = j - 1;
        while e > i && connector(&doc.tokens[e - 1].lower) {
            e -= 1;
        }
        if e > i {
            parse_run(doc, lex, i, e, sentence_start, heading, deferred);
        }
        return;
    }
    let mut k = i;
    // words that open sentences or headings, weekdays and months are not names
    // ("THE Suez Canal Authority has …": trade papers set a paragraph's first word in capitals;
    // "THE" opening the sentence before a word in lower case letters is the article, no acronym)
    let drop_cap = |k: usize| sentence_start && k == i && doc.tokens[k].lower == "the" && k + 1 < j && doc.slice(doc.tokens[k + 1].span).chars().any(char::is_lowercase);
    let acronym = |k: usize| doc.slice(doc.tokens[k].span).chars().all(|c| c.is_uppercase() || c == '.') && doc.tokens[k].span.len() >= 2 && !drop_cap(k);
    let known_from = |k: usize| {
        longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.place_names).is_some_and(|(e, _)| e > k + 1)
            || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1)
    };
    // "the New Vexmoor Party": "New" opens an organisation's name that ends in its head word
    // (so "All", before two words or more: "the All Quarnby Students' Association", "the
    // All Vexmoor Progressives Congress", where a stopword would otherwise be left out)
    let new_org = |k: usize| (doc.tokens[k].lower == "new" && k + 1 < j || doc.tokens[k].lower == "all" && k + 2 < j) && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower);
    // ("Jan Egeland": a month's abbreviation that is a given name, before a capitalised word)
    // (not before a month: "Thu March 13" is a date)
    let given_month = |k: usize| {
        k + 1 < j && doc.tokens[k].lower.len() == 3 && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !doc.slice(doc.tokens[k + 1].span).ends_with('.') && !crate::lexicon::is_month_or_abbreviation(&doc.tokens[k + 1].lower)
    };
    // ("Von der Leyen said", "De la Cruz said": a surname of two particles opening the
    // sentence, the first capitalised)
    let particle_surname = |k: usize| k == i && k + 2 < j && capitalised_particles(doc, k);
    while k < j
        && !particle_surname(k)
        && (lex.stopwords.contains(&doc.tokens[k].lower) && !acronym(k) && !known_from(k) && !new_org(k) && !given_month(k)
            || connector(&doc.tokens[k].lower) && !acronym(k) && !known_from(k) && !(doc.tokens[k].cap && matches!(doc.tokens[k].lower.as_str(), "bin" | "ibn") && k + 2 == j && !(sentence_start && k == i))
            || GREETINGS.contains(&doc.tokens[k].lower.as_str()))
    {
        k += 1;
    }
    // "Lawyers for Jane Roe said", "Supporters of Hale …": people of someone opening the
    // sentence are no part of a name
    if sentence_start && k == i && k + 2 < j && matches!(doc.tokens[k + 1].lower.as_str(), "for" | "of") && !doc.tokens[k + 1].cap {
        let lw = doc.tokens[k].lower.as_str();
        if lw.len() > 3 && lw.ends_with('s') && (lex.person_nouns.contains(lw) || lex.speaker_nouns.contains(lw)) {
            k += 2;
        }
    }
    // "Visiting US Secretary of State Jan Roe said", "Embattled Prime Minister X": a common
    // participle opening the sentence, before a country, its adjective or a title, is no part
    // of a name
    if sentence_start && k == i && k + 2 < j {
        let lw = doc.tokens[k].lower.as_str();
        let next = doc.tokens[k + 1].lower.as_str();
        if (lw.ends_with("ing") || lw.ends_with("ed")) && lw.len() > 5 && lex.is_common_word(lw) && !lex.first_names.contains_key(lw) && !lex.surnames.contains_key(lw) && !lex.titles.contains_key(lw)
            && (lex.country_any(next).is_some() || lex.titles.contains_key(next) || lex.title_modifiers.contains(next))
        {
            k += 1;
        }
    }
    // "Labor Day", "New Year's Eve", "Super Bowl": events, never people
    while k < j {
        match holiday_cover(doc, lex, k) {
            Some(e) => k = e,
            None => break,
        }
    }
    if k >= j {
        return;
    }
    // (no holiday covers `k`: the loop below need not ask again there, as nothing this
    // function does changes the tokens or sentences `holiday_cover` reads)
    let no_holiday_at = k;
    // "Press secretary Jane Roe", "Foreign minister Tom Hale": a title whose first word opens
    // the sentence (capitalised only for that) is no name; the name follows it
    if sentence_start && k == i && j == k + 1 && longest(doc, k, doc.tokens.len(), &lex.titles).is_some_and(|(e, _)| e > k + 1) && !doc.tokens[k + 1].cap {
        return;
    }
    // "Hopefully President Bush …", "Meanwhile Jane Roe …": a common word opening the
    // sentence before a title or a given name is no part of the name
    // (not a listed organisation's initials: "WHO Director-General Jane Roe said")
    // (nor a title word that opens a longer title: "Director General of Police Jane Roe …")
    let opens_title = || lex.titles.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_some_and(|(e, _)| e > k + 1);
    // (nor a given name that is a common word only by a stem: "James Wallace, the chief
    // executive of …, said" opening a sentence, "James" read as "jam" and "-es")
    let stemmed_given = || lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && !lex.common_words.contains(doc.tokens[k].lower.as_str());
    if sentence_start && k == i && k + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && !(acronym(k) && lex.organisations.contains_key(&doc.tokens[k].lower)) && !opens_title() && !stemmed_given() {
        let next = &doc.tokens[k + 1].lower;
        // ("Retired U.S. Air Force Gen. Jane Roe": a participle before a country's name
        // neither; "Environment Canada" is a name)
        let participle = doc.tokens[k].lower.ends_with("ed") && longest(doc, k + 1, j, &lex.country_names).is_some() && !known_from(k);
        // ("Rival BMW declined": nor one before an organisation's initials)
        // (unless the two words are a listed organisation's name: "Reform UK leader Jane Roe")
        let initials = k + 2 == j && is_acronym(doc.slice(doc.tokens[k + 1].span)) && !lex.stopwords.contains(&doc.tokens[k].lower) && longest(doc, k, j, &lex.organisations).is_none();
        // (nor the first word of a listed organisation's name: "Fine Gael leader Jane Roe",
        // where "Gael" is also a given name)
        let listed = || longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1);
        if (lex.titles.contains_key(next) || lex.first_names.get(next).is_some_and(|g| *g != 'u') && !lex.is_common_word(next) || participle || initials) && !listed() {
            k += 1;
        }
    }
    // ("Economist Thandiwe Nkosi of the …": a noun for a person opening the sentence before
    // two or more capitalised words that are no known name titles them, as in lower case)
    let noun_opened = sentence_start && k == i && k + 3 <= j && lex.person_nouns.contains(&doc.tokens[k].lower) && !doc.tokens[k].lower.ends_with('s') && !lex.first_names.contains_key(&doc.tokens[k].lower) && !lex.surnames.contains_key(&doc.tokens[k].lower) && doc.tokens[k + 1].kind == TokenKind::Word && doc.tokens[k + 2].kind == TokenKind::Word && doc.tokens[k + 1].cap && doc.tokens[k + 2].cap;
    if noun_opened {
        k += 1;
    }
    let run_start = k;
    // a lower-case title right before the run: "spokesman Dmitry Peskov", "governor Jane Roe"
    // (or a noun for a person: "saxophonist Jane Roe", "his wife Ann")
    // (not before a continent or world region: "chief Asia-Pacific economist" covers it)
    let world_region = || longest(doc, k, j, &lex.place_names).is_some_and(|(e, p)| e == j && p.iter().all(|&x| matches!(lex.places[x].kind, "continent" | "world region")));
    // (on the same line: a headline ending in "envoy" does not title the dateline's city; and
    // a plural does not name one person: "told reporters Kyiv wanted more")
    let prev = k.checked_sub(1).map(|p| &doc.tokens[p]);
    let same_line = prev.is_some_and(|p| !doc.text()[p.span.end..doc.tokens[k].span.start].contains('\n'));
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && lex.person_nouns.contains(&w[..w.len() - 1]);
    let titled = same_line
        && prev.is_some_and(|p| {
            !p.cap
                && (lex.titles.get(&p.lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Generic)
                    || lex.person_nouns.contains(&p.lower) && !plural(&p.lower))
        })
        && !world_region();
    // ("Opposition leader P. Saravanan, however, …": an office of two words whose last is a
    // generic title, ending right before the run)
    let titled = titled
        || same_line
            && k >= 2
            && prev.is_some_and(|p| !p.cap)
            && (k.saturating_sub(3)..k - 1).any(|h| longest(doc, h, k, &lex.titles).is_some_and(|(e, t)| e == k && t.class == crate::lexicon::TitleClass::Office));
    // ("The commission chair, Mere Walker, said": an office, a comma, and two words closed by
    // a comma are its holder's name, whatever else the words may be)
    // ("The chair of the Commons defence committee, Tan Dhesi, said": and an office governing
    // a body with "of", "for" or "at", words only between)
    let office = |t: usize| !doc.tokens[t].cap && lex.titles.get(&doc.tokens[t].lower).is_some_and(|t| matches!(t.class, crate::lexicon::TitleClass::Office));
    let office_of_body = |c: usize| {
        (c.saturating_sub(8)..c).rev().find(|&h| matches!(doc.tokens[h].lower.as_str(), "of" | "for" | "at")).is_some_and(|h| h >= 1 && (h + 1..c).all(|m| doc.tokens[m].kind == TokenKind::Word) && office(h - 1))
    };
    let apposed = j == k + 2
        && k >= 2
        && doc.tokens[k - 1].lower == ","
        && doc.tokens.get(j).is_some_and(|t| t.lower == ",")
        && (k..j).all(|m| doc.tokens[m].kind == TokenKind::Word && !lex.org_words.contains(doc.slice(doc.tokens[m].span)))
        && (office(k - 2) || office_of_body(k - 1));
    let mut titled = titled || apposed || noun_opened;
    // "Leader of the Opposition Tavo Quillen": an office begun before the run whose last
    // word opens it; the rest of the run is the holder's name
    if !titled && same_line && k >= 3 && k + 2 <= j && !doc.tokens[k - 1].cap && !heading {
        if let Some(e) = (k - 3..k - 1).find_map(|h| {
            longest(doc, h, j, &lex.titles).filter(|&(e, t)| e > k && e + 2 <= j && t.class == crate::lexicon::TitleClass::Office && (h + 1..k).any(|m| doc.tokens[m].lower == "of")).map(|(e, _)| e)
        }) {
            k = e;
            titled = true;
        }
    }
    // "Raymond Chan of People Power", "Ann Chiang of the FTU": a person's name, then "of" and
    // what the person belongs to, which is parsed as a run of its own
    // ("Senator Jane Roe of Ohio", "Representative Jane Roe of New York": a title may come first;
    // the title and the name then make a run of their own)
    {
        let p = title_at(doc, k, j).map(|(e, _)| e).filter(|&e| e < j).unwrap_or(k);
        if let Some(of) = (p + 2..j.min(p + 5)).find(|&m| doc.tokens[m].lower == "of" || doc.tokens[m].lower == "for") {
            let known_head = !heading || lex.first_names.get(&doc.tokens[p].lower).is_some_and(|g| *g != 'u');
            if of + 1 < j && known_head && person_shape(doc, lex, p, of, true) {
                if p > k {
                    parse_run(doc, lex, k, of, sentence_start, heading, deferred);
                } else {
                    let ent = doc.person(&text_of(doc, k, of), doc.tokens[k].span.start);
                    doc.add_mention(span_of(doc, k, of), ent, MentionKind::Name);
                }
                parse_run(doc, lex, of + 1, j, false, heading, deferred);
                return;
            }
        }
    }
    // start of the words not yet taken as a name or title (adjectives stay in it)
    let mut seg = k;
    while k < j {
        if let Some(e) = (k != no_holiday_at).then(|| holiday_cover(doc, lex, k)).flatten() {
            k = e;
            seg = k;
            continue;
        }
        // "Homeland Security Secretary Jeh Johnson", "Bank of America CEO Jane Roe": an
        // office's owner, the office, then the holder's name
        if !lex.country_adjectives.contains_key(&doc.tokens[k].lower) && title_at(doc, k, j).is_none() {
            if let Some((h, e)) = title_chain(doc, lex, seg, j) {
                // ("Health and Human Services Secretary X", "Energy and Natural Resources
                // Minister X": common words after "and" and a field before it are the second
                // field of one portfolio, no body of their own)
                let joined = seg >= 2 && doc.tokens[seg - 1].lower == "and" && !doc.tokens[seg - 1].cap && portfolio_word(doc, lex, seg - 2) && (seg..h).all(|m| is_cap_word(doc, m) && lex.is_common_word(&doc.tokens[m].lower));
                if !joined {
                    parse_run(doc, lex, seg, h, sentence_start && seg == i, heading, deferred);
                    owner_organisation(doc, lex, seg, h);
                }
                let ent = doc.person(&text_of(doc, e, j), doc.tokens[e].span.start);
                doc.add_mention(span_of(doc, e, j), ent, MentionKind::Name);
                return;
            }
        }
        // "Environment Vexmoor", "Tennis Vexmoor", "Team Vexmoor": a national agency or body
        // named by its field and its country
        if k + 1 < j && AGENCY_FIELDS.contains(&doc.slice(doc.tokens[k].span)) && longest(doc, k + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return;
        }
        // "FC Chester": a club, also when its town is a given name (which the context rules
        // of `orgs.rs` leave alone); "PT Sulawesi Nikel" a company, also when a place or a
        // given name follows the designator
        if k == run_start && k + 1 < j && (CLUB_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) || COMPANY_PREFIXES.contains(&doc.slice(doc.tokens[k].span))) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return;
        }
        // "Co Mayo", "County Clare": an Irish (or British) county named after its head
        // word is a region ("Co" is no company's designator before a name)
        if k == run_start {
            if let Some(a) = county_before(doc, lex, k, j) {
                mention_place(doc, lex, a, j, true);
                return;
            }
        }
        // "Vexmoor County", "Ford County": a name and a region's head word make a region,
        // also where the name alone is a company's or opens a sentence
        if k == run_start && k + 1 < j && REGION_HEADS.contains(&doc.slice(doc.tokens[j - 1].span)) && (k..j - 1).all(|m| region_name_word(doc, lex, m)) {
            mention_place(doc, lex, k, j, true);
            return;
        }
        // "Old Goa", "Upper Vexmoor", "West Africa", "Lake Chad" (a listed place after the
        // prefix, the whole unlisted): a place of its own
        let whole = || fold(&text_of(doc, k, j));
        if k == run_start && k + 1 < j && PLACE_PREFIXES.contains(&doc.slice(doc.tokens[k].span)) && lex.place_names.get(&whole()).is_none() && lex.country_names.get(&whole()).is_none() {
            let rest = fold(&text_of(doc, k + 1, j));
            if lex.place_names.contains_key(&rest) || lex.country_names.contains_key(&rest) {
                let ent = doc.unlisted_place(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                return;
            }
        }
        // "the Gulf of Quarn", "the Strait of Vexmoor", "Cape of Good Hope": a sea, strait,
        // bay or cape of a name is a place (listed or not)
        if k == run_start && j >= k + 3 && WATER_OF.contains(&doc.slice(doc.tokens[k].span)) && doc.tokens[k + 1].lower == "of" && !doc.tokens[k + 1].cap {
            mention_place(doc, lex, k, j, false);
            return;
        }
        // a country's full name ("Russian Federation", "United Arab Emirates") before anything else
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names).filter(|(e, _)| *e == j) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            return;
        }
        // "the Institute", "the Division": a generic head alone refers back, it names nothing
        // (nor does a company's designator alone: "she set up two L.L.C.s")
        if j == k + 1 && (GENERIC_HEADS.contains(&doc.slice(doc.tokens[k].span)) || LONE_DESIGNATORS.contains(&doc.slice(doc.tokens[k].span))) {
            return;
        }
        // an organisation whose head word ends the run keeps its adjective: "Russian Ministry of Defense"
        // "University of Vexmoor Quarnel Jane Roe": an organisation "X of Y", then a person
        // named in full (the person's first word a given name, not right after "of"; or
        // a name no lexicon knows after places alone: "University of Ohio Dayton Quenby Tazwell")
        if j >= k + 5 && !lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && ends_in_org_word(doc, lex, k, j) {
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[m].lower);
            let split = (k + 3..j - 1).find(|&m| {
                !matches!(doc.tokens[m - 1].lower.as_str(), "of" | "the" | "for" | "and")
                    && (given(m) && person_shape(doc, lex, m, j, true) || places_then_name(doc, lex, k, m, j))
                    && ends_in_org_word(doc, lex, k, m)
            });
            if let Some(m) = split {
                let ent = doc.organisation(&text_of(doc, k, m));
                doc.add_mention(span_of(doc, k, m), ent, MentionKind::Name);
                let ent = doc.person(&text_of(doc, m, j), doc.tokens[m].span.start);
                doc.add_mention(span_of(doc, m, j), ent, MentionKind::Name);
                return;
            }
        }
        // ("the Quidball Hall of Fame": a hall of fame is a body that inducts people)
        let hall_of_fame = j >= k + 4 && (j - 3..j).map(|m| doc.tokens[m].lower.as_str()).eq(["hall", "of", "fame"]);
        // ("Quarnby Energy", "Tolvan Logistics": a business's name ends in a word of trade,
        // after a word that is no common word; not in a title-case line)
        let company = j >= k + 2 && !heading && lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span)) && (k..j - 1).any(|m| doc.tokens[m].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[m].lower));
        // ("Air Vexmoor": an airline named "Air" and its country or a name)
        let airline = j == k + 2 && !heading && doc.slice(doc.tokens[k].span) == "Air" && doc.tokens[k + 1].kind == TokenKind::Word && !lex.is_common_word(&doc.tokens[k + 1].lower) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span)) && !lex.titles.contains_key(&doc.tokens[k + 1].lower);
        // ("Insurance premiums rose", "Television ratings fell": a common word that is an
        // organisation's head, alone at the start of a sentence before a lower-case word that
        // is no cue, modifies that word; a state's body keeps its name: "Parliament voted")
        let modifier = j == k + 1
            && lex.org_words.contains(doc.slice(doc.tokens[k].span))
            && sentence_start
            && k == i
            && lex.is_common_word(&doc.tokens[k].lower)
            && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !lex.cues.contains_key(&t.lower) && !lex.stopwords.contains(&t.lower))
            && state_body_at(doc, lex, k, j, |_| true).is_none();
        if modifier {
            return;
        }
        // ("the House of Commons", "the House of Representatives": a state's body of several
        // words, capitalised, whatever its last word)
        let state_body = j > k + 1 && state_body_at(doc, lex, k, j, |_| true) == Some(j);
        // ("Minister of Energy and Mineral Resources, Jane Roe,": an office "of" a portfolio
        // whose last word is an organisation's names the office, no organisation)
        if j >= k + 3 && doc.tokens[k + 1].lower == "of" && lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && doc.tokens.get(j).is_some_and(|t| t.lower == ",") && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && !state_body {
            return;
        }
        // ("Jane Roe, CEO of Vexmoor Energy, said": an office of one word, "of" and a body's name
        // is no body "CEO of Vexmoor Energy"; the body is named after "of")
        if j >= k + 3 && doc.tokens[k + 1].lower == "of" && !state_body && lex.titles.get(&doc.tokens[k].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) && title_at(doc, k, j).is_some_and(|(e, _)| e == k + 1) {
            let s = if doc.tokens[k + 2].lower == "the" { k + 3 } else { k + 2 };
            if s < j && (lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) || lex.company_heads.contains(doc.slice(doc.tokens[j - 1].span))) {
                parse_run(doc, lex, s, j, false, heading, deferred);
                return;
            }
        }
        // ("the Kenya Red Cross", "the Philippine Red Cross": a national society, named by its
        // country or its adjective, is a body of its own, not the country and the movement)
        let national_society = j >= k + 3
            && doc.tokens[j - 2].lower == "red"
            && matches!(doc.tokens[j - 1].lower.as_str(), "cross" | "crescent")
            && (longest(doc, k, j - 2, &lex.country_names).is_some_and(|(e, _)| e == j - 2) || j == k + 3 && lex.country_adjectives.contains_key(&doc.tokens[k].lower));
        if lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) && !lex.titles.contains_key(&doc.tokens[j - 1].lower) || ends_in_org_word(doc, lex, k, j) || hall_of_fame || company || airline || state_body || national_society || party_plural(doc, k, j) {
            // a leading country name or adjective stays in the name: "Montenegro Assembly",
            // "Russian Ministry of Defense"
            let name = text_of(doc, k, j);
            let e = match lex.institutions.get(&fold(&name)) {
                Some((canon, iso)) => doc.institution(&canon.clone(), &iso.clone()),
                None => doc.organisation(&name),
            };
            doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
            return;
        }
        // (unless a listed organisation's name runs further: "USA Today", "Russia Today"; or
        // the country is a given name before a surname: "Defence Minister Israel Katz",
        // "Jordan Bardella said")
        // (a speech cue right after the two words, or "said" right before them)
        // (not a body named by its country and its trade: "Georgia Power said", "Kenya Today says")
        const TRADES: &[&str] = &["tech", "power", "today", "daily", "telecom", "energy", "gas", "inter", "electric", "water", "petroleum", "oil", "mining", "steel", "motors", "airlines", "air", "rail", "railways", "online", "tv", "mobile", "state"];
        let speech_next = (cue_follows(doc, j) || k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "said" | "says" | "added")) && j == k + 2 && !TRADES.contains(&doc.tokens[k + 1].lower.as_str());
        let given_name_first = |e: usize| {
            let (w, next) = (&doc.tokens[k].lower, &doc.tokens[e].lower);
            e == k + 1
                && e + 1 == j
                && (lex.first_names.get(w).is_some_and(|g| *g != 'u') || lex.census_given.contains(w))
                && !lex.org_words.contains(doc.slice(doc.tokens[e].span))
                && !lex.place_names.contains_key(next)
                && lex.country_any(next).is_none()
                && !lex.titles.contains_key(next)
                && (titled || lex.surnames.get(next).is_some_and(|&r| r <= 20_000) && !lex.is_common_word(next) || appositive_title_follows(doc, e + 1) || speech_next)
        };
        // ("Jordan Pike said", "said Chad Miller": then the two words are a person's name)
        if longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| given_name_first(e)) && longest(doc, k, j, &lex.organisations).is_none() {
            let ent = doc.person(&text_of(doc, k, j), doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return;
        }
        // ("Georgia Power said", "Kenya Airways": a country's name and a utility's trade alone
        // name a company, not the country and a person "Power")
        if j == k + 2 && longest(doc, k, j, &lex.country_names).is_some_and(|(e, _)| e == k + 1) && utility_name(doc, lex, k, j) {
            let ent = doc.organisation(&text_of(doc, k, j));
            doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
            return;
        }
        // (nor where the whole run is a listed place: "Guatemala City", "Hong Kong Island")
        let listed_whole = || lex.place_names.contains_key(&fold(&text_of(doc, k, j)));
        if let Some((e, &c)) = longest(doc, k, j, &lex.country_names).filter(|&(e, _)| longest(doc, k, j, &lex.organisations).is_none_or(|(oe, _)| oe <= e) && !given_name_first(e) && (e == j || !listed_whole())) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            // "Ambassador to the United States Jane Roe": an office to or of the country,
            // then its holder's name
            if k == run_start && e < j && office_before(doc, lex, k) {
                titled = true;
            }
            k = e;
            continue;
        }
        // "Ambassador to Lisbon Jane Roe": an office posted to a listed city, then its holder's
        // name (the city is no part of it)
        if k == run_start && office_before(doc, lex, k) {
            // (a known given name first, whatever else its words may be: "Ruth", "Karen")
            let given = |e: usize| {
                lex.first_names.get(&doc.tokens[e].lower).is_some_and(|g| *g != 'u')
                    && (e + 1..j).all(|m| doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word && !lex.titles.contains_key(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.org_words.contains(doc.slice(doc.tokens[m].span)))
            };
            if let Some((e, p)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| (2..=3).contains(&(j - e)) && (name_like(doc, lex, e, j) || given(e))) {
                let ent = doc.place(p[0], false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                titled = true;
                k = e;
                continue;
            }
        }
        // ("Georgian Dream", "Croatian Democratic Union": a listed organisation's name that
        // opens with a country's adjective keeps it)
        if lex.country_adjectives.contains_key(&doc.tokens[k].lower) && !longest(doc, k, j, &lex.organisations).is_some_and(|(e, _)| e > k + 1) {
            // ("the Kenyan Red Cross", "Turkish Red Crescent Society": a national society of the
            // movement is an organisation of its own, named with its adjective; it is not the
            // International Committee that "Red Cross" alone stands for)
            let rest = if j >= k + 3 && j <= k + 4 { text_of(doc, k + 1, j).to_lowercase() } else { String::new() };
            if matches!(rest.as_str(), "red cross" | "red crescent" | "red cross society" | "red crescent society") {
                let e = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), e, MentionKind::Name);
                return;
            }
            // an adjective before more of the name: roles take the country it names
            k += 1;
            continue;
        }
        // (an adjective of two words names its country: "South African", "North Korean")
        if let Some((e, c)) = two_word_adjective(doc, lex, k).filter(|&(e, _)| e < j) {
            let ent = doc.country(c);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            continue;
        }
        if let Some((e, (canon, iso))) = longest(doc, k, j, &lex.institutions) {
            let ent = doc.institution(&canon.clone(), &iso.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            seg = k;
            continue;
        }
        // "through the Amazon", "the Brazilian Amazon": a listed organisation's name that is
        // also a region's, after a preposition and "the" or after a country's adjective, is the
        // region ("Amazon said", "the Amazon founder" stay the company)
        if let Some((e, places)) = longest(doc, k, j, &lex.place_names).filter(|&(e, _)| e == j && longest(doc, k, j, &lex.organisations).is_some_and(|(oe, _)| oe == e)) {
            let located = k >= 2 && doc.tokens[k - 1].lower == "the" && PREPOSITIONS.contains(&doc.tokens[k - 2].lower.as_str()) && doc.tokens.get(e).is_none_or(|t| t.cap || t.kind != TokenKind::Word);
            let adjective = k >= 1 && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower);
            if let Some(&p) = places.iter().find(|&&p| matches!(lex.places[p].kind, "world region" | "region")).filter(|_| located || adjective) {
                let ent = doc.place(p, false);
                doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
                k = e;
                seg = k;
                continue;
            }
        }
        if let Some((e, canon)) = longest(doc, k, j, &lex.organisations).filter(|&(e, _)| !verb_with_particle(doc, lex, k, e) && !portfolio_before_office(doc, k, e)) {
            // "Amnesty International Kenya", "Save the Children UK": a country's name closing
            // the run after an organisation's names its branch there, not the country
            // (before a verb or a comma: "the European Union Brazil summit" is of both)
            // ("the European Council on Tax Policy": a known name and a field after "on" are
            // another body's name)
            if e < j && field_after_on(doc, lex, e, j) == Some(j) {
                let ent = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                k = j;
                seg = k;
                continue;
            }
            // (or its possessive: "Amnesty International Kenya's director")
            let closes = |ce: usize| doc.tokens.get(ce).is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "said" | "says" | "told" | "has" | "had" | "is" | "was" | "urged" | "called" | "warned" | "'s" | "’s"));
            // (a name of one word only before a verb: "Greenpeace Brazil called the plan …")
            let acts = |ce: usize| doc.tokens.get(ce).is_some_and(|t| matches!(t.lower.as_str(), "said" | "says" | "told" | "urged" | "called" | "warned"));
            if let Some((ce, _)) = longest(doc, e, j, &lex.country_names).filter(|&(ce, _)| ce == j && (e > k + 1 && closes(ce) || e == k + 1 && acts(ce))) {
                let ent = doc.organisation(&format!("{canon} {}", text_of(doc, e, ce)));
                doc.add_mention(span_of(doc, k, ce), ent, MentionKind::Name);
                k = ce;
                seg = k;
                continue;
            }
            let ent = doc.organisation(&canon.clone());
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            k = e;
            seg = k;
            continue;
        }
        if let Some((e, office)) = title_at(doc, k, j) {
            // "Major League Soccer": a title word opening an organisation's name, whose
            // words after it hold an organisation word and no given name
            let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
            let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
            if k == run_start && e < j && (e..j).any(org_word) && !(e..j).any(given) {
                let ent = doc.organisation(&text_of(doc, k, j));
                doc.add_mention(span_of(doc, k, j), ent, MentionKind::Name);
                return;
            }
            // ("King Abdulaziz International Airport", "Imam Hussein Square": a title word
            // opening a run that ends in a word for a place or building that is no surname
            // names the place after its holder, title and all; nobody holds the title)
            if k == run_start && e < j && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some_and(|&surname| !surname) {
                mention_place(doc, lex, k, j, false);
                return;
            }
            // ("the General Data Protection Regulation": a title word opening a run of two or
            // more common words, no given name or surname among them, names a law or a
            // body's programme, no person)
            let plain = |m: usize| lex.is_common_word(&doc.tokens[m].lower) && !given(m) && !lex.surnames.get(&doc.tokens[m].lower).is_some_and(|&r| r <= 20_000);
            // ("Head Start programs": "head" opens no name of its own, only "head of …" does,
            // so one common word after it is a name's too)
            if k == run_start && (e + 2 <= j || e + 1 == j && office == "head") && (e..j).all(plain) {
                return;
            }
            // ("Vexmoor Foreign Ministry Spokeswoman X": a state body written after a country's
            // adjective opens the title and owns the office: the body, named as that state's,
            // its words its mention)
            if e < j && k > 0 && doc.tokens[k].cap {
                let adjective = lex.country_adjectives.get(&doc.tokens[k - 1].lower).copied().or_else(|| k.checked_sub(2).and_then(|a| two_word_adjective(doc, lex, a)).filter(|&(ae, _)| ae == k).map(|(_, c)| c));
                if let Some(c) = adjective {
                    if let Some(be) = state_body_at(doc, lex, k, e, |s| s.adjective).filter(|&be| be < e && doc.mention_at_token(k).is_none()) {
                        let body = text_of(doc, k, be);
                        let name = national_body(lex, c, &body).unwrap_or_else(|| format!("{} {}", lex.country_adjective(c), body));
                        let ent = doc.organisation(&name);
                        doc.add_mention(span_of(doc, k, be), ent, MentionKind::Name);
                    }
                }
            }
            titled = e < j;
            k = e;
            // "President of Vexmoor Jane Roe", "Governor General of Canada": what the office
            // is of is a name of its own, not the start of the holder's
            if k + 1 < j && matches!(doc.tokens[k].lower.as_str(), "of" | "for") && !doc.tokens[k].cap {
                k += 1;
                // what follows is what the office is of, not its holder ("Mayor of Brampton")
                titled = false;
                // (not a one-word place spelt as a common word that opens a portfolio of
                // common words: "Commissioner for Human Rights X", where "Human" is also a
                // town's other name)
                let portfolio_word = |pe: usize| pe == k + 1 && pe + 1 < j && lex.is_common_word(&doc.tokens[k].lower) && lex.is_common_word(&doc.tokens[pe].lower);
                // ("the Conservative MP for Harwich": a member's seat, a listed town, may end the run)
                let seat = matches!(office, "MP" | "MEP") && doc.tokens[k - 1].lower == "for";
                if let Some((pe, p)) = longest(doc, k, j, &lex.place_names).filter(|&(pe, _)| (pe < j || seat) && lex.country_names.get(&fold(&text_of(doc, k, pe))).is_none() && !portfolio_word(pe)) {
                    let ent = doc.place(p[0], false);
                    doc.add_mention(span_of(doc, k, pe), ent, MentionKind::Name);
                    k = pe;
                } else if longest(doc, k, j, &lex.country_names).is_none() && longest(doc, k, j, &lex.organisations).is_none() && lex.place_names.get(&fold(&text_of(doc, k, j))).is_none() {
                    // "Minister of Education Jane Roe": a portfolio, then the holder's name
                    // (parsed on its own); "the Minister of Defence said": no name at all
                    let holder = (k + 1..j.saturating_sub(1)).find(|&m| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, m, j, true));
                    // ("Minister of Foreign Affairs Jan Kowal", "Minister of Culture Ostap
                    // Roe": a given name no list knows for a man's or a woman's; a portfolio
                    // of common words, then a name of two or three words none common)
                    let holder = holder.or_else(|| portfolio_then_holder(doc, lex, k, j));
                    let Some(mut m) = holder else { return };
                    // ("Minister of Trade Juan Carlos de la Vega", "… Faisal bin Farhan bin
                    // Abdullah": a name longer than a person's shape opens with given names,
                    // or a given name and "bin", before the given name found)
                    let given_word = |x: usize| doc.tokens[x].cap && lex.first_names.get(&doc.tokens[x].lower).is_some_and(|g| *g != 'u') && !lex.is_common_word(&doc.tokens[x].lower);
                    loop {
                        if m > k + 1 && given_word(m - 1) {
                            m -= 1;
                        } else if m > k + 2 && matches!(doc.tokens[m - 1].lower.as_str(), "bin" | "ibn" | "bint") && given_word(m - 2) {
                            m -= 2;
                        } else {
                            break;
                        }
                    }
                    // (a portfolio in common words names no body: "Commissioner for Human
                    // Rights X")
                    if !(k..m).all(|x| lex.is_common_word(&doc.tokens[x].lower)) {
                        parse_run(doc, lex, k, m, false, heading, deferred);
                    }
                    k = m;
                    titled = true;
                }
            }
            seg = k;
            continue;
        }
        break;
    }
    if k >= j {
        return;
    }
    // "Water Resources Minister P Rao said": a portfolio in capitalised common words, an
    // office, then the holder's name
    if !titled && k == run_start {
        let office_at = |h: usize| {
            let office = lex.titles.get(&doc.tokens[h].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office);
            office.then(|| title_at(doc, h, j)).flatten().map(|(e, _)| (h, e))
        };
        let portfolio = |h: usize| (k..h).all(|m| doc.tokens[m].cap && lex.is_common_word(&doc.tokens[m].lower) && !lex.first_names.contains_key(&doc.tokens[m].lower));
        if let Some((h, e)) = (k + 1..j.saturating_sub(1)).find_map(office_at).filter(|&(h, e)| e < j && portfolio(h)) {
            // ("the Conservative MP for Harwich", "Defence Minister of Vexmoor": what the office
            // is for or of, no holder's name; the office and it parsed as a run of their own)
            if !doc.tokens[e].cap && matches!(doc.tokens[e].lower.as_str(), "for" | "of") {
                parse_run(doc, lex, h, j, false, heading, deferred);
                return;
            }
            k = e;
            titled = true;
        }
    }
    // "the Senate Majority Leader said": a title ends the run, and no name follows it
    if let Some(h) = (k + 1..j).find(|&h| longest(doc, h, j, &lex.titles).is_some() && title_at(doc, h, j).is_some_and(|(e, _)| e == j)) {
        // "Stephen King", "John Major" are people
        let person_first = lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') || person_shape(doc, lex, k, h, true);
        if !person_first {
            parse_run(doc, lex, k, h, sentence_start && k == i, heading, deferred);
            return;
        }
    }
    // the rest of the run is one name; "X of Russia" after a person splits off the country
    let mut end = j;
    if let Some(of) = (k + 1..j).find(|&m| doc.tokens[m].lower == "of") {
        let tail = (of + 1..j).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(&c) = lex.country_names.get(&tail) {
            // ("its lead negotiator, Sione Vake of Fiji, said": a title and a comma before the
            // name say it is a person's as a title before it does)
            if titled || lex.first_names.contains_key(&doc.tokens[k].lower) || apposition_to_person(doc, lex, k) {
                let ent = doc.country(c);
                doc.add_mention(span_of(doc, of + 1, j), ent, MentionKind::Name);
                end = of;
            }
        }
    }
    let n = end - k;
    let name = text_of(doc, k, end);
    let lower = fold(&name);
    let first = doc.tokens[k].lower.clone();
    let after = doc.tokens.get(end).map(|t| t.lower.clone()).unwrap_or_default();
    let region_word = REGION_WORDS.contains(&after.as_str());
    let known_first = lex.first_names.contains_key(&first) && n >= 2;
    // "Clinton said" is a person even where a town is called Clinton
    // (a region or continent is no speaker unless it is also a given name: "Connecticut plans",
    // "Europe supports", but "Victoria said")
    let given = lex.first_names.get(&first).is_some_and(|g| *g != 'u');
    // "Belgrano" after "Manuel Belgrano": the surname of a person named before, not the town
    // (and a listed town after "in" is the place, though a cue follows: "a spokeswoman in
    // Bergen expressed concern"; "researchers at Berkeley found" may be the university)
    let locative = k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "at" | "near" | "outside" | "inside" | "across" | "around" | "towards");
    // ("a Democratic plan to …": after an article the word modifies a noun that can be a cue)
    let speaks = n == 1
        && cue_follows(doc, end)
        && !after_article(doc, k)
        && !lex.country_names.contains_key(&lower)
        && !(k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "in" | "near") && lex.place_names.contains_key(&lower))
        && lex.place_names.get(&lower).is_none_or(|p| lex.places[p[0]].population < 1_000_000 && (given || p.iter().all(|&i| lex.places[i].kind == "city")));
    let known_surname = n == 1
        && !region_word
        && !locative
        && name.chars().any(char::is_lowercase)
        && doc.people_named_in_full(&name).next().is_some();
    // "Invercargill New Zealand", "Springfield Illinois": a town, then its country or region
    if n >= 2 && !titled {
        if let Some((e, town, within)) = town_and_country(doc, lex, k, end) {
            let ent = doc.place(town, false);
            doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
            let ent = match within {
                Ok(c) => doc.country(c),
                Err(r) => doc.place(r, true),
            };
            doc.add_mention(span_of(doc, e, end), ent, MentionKind::Name);
            return;
        }
    }
    let place_head = n >= 2 && !(heading && n > 4) && !titled && place_head(doc, lex, k, end);
    // "in Beverly Hills", "Fort Lauderdale": a listed place of several words whose first word
    // is a given name, when it is large or a preposition asks for a place
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str()) && doc.tokens[k - 1].lower != "of";
    let listed_place = n >= 2 && lex.place_names.get(&lower).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region" || prep);
    // ("Kessler shares fell" after "Kessler Automotive": the company's name without its trade
    // is the company, not a town of that name; not after a preposition of place)
    // (a small town only: "Texas" stays the state beside "Texas Instruments", "Washington"
    // the city beside "The Washington Post")
    if n == 1 && !titled && !locative && lex.place_names.get(&lower).is_some_and(|p| p.iter().all(|&i| lex.places[i].kind != "region" && lex.places[i].population < 50_000)) && lex.country_names.get(&lower).is_none() {
        if let Some(o) = doc.company_without_designator(&name) {
            doc.add_mention(span_of(doc, k, end), o, MentionKind::Name);
            return;
        }
    }
    // a gazetteer place, unless a title or first name makes it a person
    if !titled && (!known_first || place_head || listed_place) && !speaks && !known_surname {
        if let Some(places) = lex.place_names.get(&lower) {
            let followed = region_after(doc, lex, end);
            // ("Ontario Premier Jane Roe", "Texas governor": a head of a province or state
            // after the name wants the region, not a city of that name)
            let region_office = matches!(after.as_str(), "premier" | "governor");
            let regions: Vec<usize> = places.iter().copied().filter(|&i| region_office && lex.places[i].kind == "region").collect();
            let places: &[usize] = if regions.is_empty() { places } else { &regions };
            let p = choose_place(doc, lex, places, region_word || region_office, followed);
            // ("Bavaria Premier Jane Roe", "Kerala Chief Minister Jane Roe": an office of the
            // region and its holder's name after it say it is one)
            let office_after = || {
                let office = title_at(doc, end, doc.tokens.len().min(end + 6)).filter(|&(te, head)| is_cap_word(doc, te) && lex.titles.get(&head.to_lowercase()).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office));
                doc.tokens.get(end).is_some_and(|t| t.cap) && office.is_some()
            };
            let p = if accept_place(doc, lex, p, k, region_word || after == "city") || followed.is_some_and(|r| lies_in(&lex.places[p], r)) {
                Some(p)
            } else {
                places.iter().copied().find(|&x| lex.places[x].kind == "region").filter(|_| office_after())
            };
            if let Some(p) = p {
                let ent = doc.place(p, region_word);
                let span_end = if region_word { end + 1 } else { end };
                doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
                return;
            }
        }
    }
    // "the village of Quarnby", "the county of Vexmoorshire": what a word for a place is
    // of; "Quarnby is a small village in …": what is one
    if n <= 3 && !titled && k == run_start && (place_of_before(doc, k) || is_a_place_after(doc, end) || district_after(doc, k, end)) && lex.country_names.get(&lower).is_none() {
        // (a listed place of that name in a country the article names, else one no list
        // knows: "the district of Valle Hermoso" in a story from Bolivia is no Mexican town)
        let named = |c: &str| doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(c));
        let any_country = doc.entities.iter().any(|e| e.kind == EntityKind::Country);
        let listed = lex.place_names.get(&lower).map(|p| choose_place(doc, lex, p, false, None)).filter(|&p| !any_country || named(&lex.places[p].country));
        let ent = match listed {
            Some(p) => doc.place(p, false),
            None => doc.unlisted_place(&name),
        };
        // ("the Vexmoor region": the region word is the mention's, as for a listed place)
        let span_end = if doc.tokens.get(end).is_some_and(|x| x.lower == "region") { end + 1 } else { end };
        doc.add_mention(span_of(doc, k, span_end), ent, MentionKind::Name);
        return;
    }
    // "a village in Quarnbyshire, England": a name no list knows after a preposition that
    // asks for a place, then a comma and the country or region it lies in
    // ("the mayor of Quarnby, Texas", "the outskirts of Quarnby, Kent": "of" after a word for
    // a town's people, officers or parts asks for a place too)
    let of_town = k >= 2
        && doc.tokens[k - 1].lower == "of"
        && matches!(
            doc.tokens[k - 2].lower.as_str(),
            "mayor" | "town" | "city" | "village" | "county" | "seat" | "capital" | "residents" | "outskirts" | "suburbs" | "streets" | "centre" | "center" | "people" | "citizens" | "sheriff" | "north" | "south" | "east" | "west" | "hamlet" | "borough" | "township" | "municipality"
        );
    // (not the surname of a person named in full, nor a source: "According to Peskov, Russia
    // …", "He wrote to Hale, Russia said" name no town in Russia)
    let source = k >= 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "according";
    if n <= 3 && !titled && (prep || of_town) && !known_first && !known_surname && !source && in_region_after_comma(doc, lex, end) {
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if known_surname {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Toronto Star", "Denver Sun": a newspaper named after its town
    if n >= 2 && !titled && media_name(doc, lex, k, end) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Lincoln Reservoir", "Harlan Stadium": a place or building whoever it is named after
    if place_head {
        // ("Halden Airport has confirmed that …", "Halden Airport said …": an airport that
        // speaks is the company that runs it, an organisation, as "the airport said" is)
        if doc.slice(doc.tokens[end - 1].span) == "Airport" && cue_follows(doc, end) {
            let ent = doc.organisation(&name);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
        }
        let ent = doc.unlisted_place(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Toronto Blue Jays", "Bowling Green Falcons": a place, then a capitalised plural
    if n >= 2 && !titled && team_name(doc, lex, k, end) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Paris Hilton", "Virginia Woolf": a town or region, then a common surname that is no
    // common word, is a person (teams, newspapers and buildings were taken above)
    if n == 2 && !titled && !heading && lex.place_names.contains_key(&first) && lex.country_any(&first).is_none() && !lex.is_common_word(&first) {
        let last = &doc.tokens[k + 1].lower;
        let surname = lex.surnames.get(last).is_some_and(|&r| r <= 5000) && !lex.is_common_word(last) && !lex.stopwords.contains(last) && !lex.org_words.contains(doc.slice(doc.tokens[k + 1].span));
        if surname && doc.slice(doc.tokens[k + 1].span).chars().skip(1).all(char::is_lowercase) {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
        }
    }
    // a sentence in capitals (a shouted headline) has no acronyms
    // (looked at only for acronyms, and over a window, so long sentences stay linear)
    let shouting = || {
        let (sa, sb) = doc.sentences[doc.sentence_at(doc.tokens[k].span.start).unwrap_or(0)].tokens;
        let (sa, sb) = (sa.max(k.saturating_sub(20)), sb.min(k + 20));
        let words: Vec<&str> = (sa..sb).filter(|&t| doc.tokens[t].kind == TokenKind::Word).map(|t| doc.slice(doc.tokens[t].span)).collect();
        words.len() > 3 && words.iter().filter(|w| w.chars().all(|c| !c.is_lowercase())).count() * 2 > words.len()
    };
    // not a Roman numeral ("XVII"), a word in capitals ("HIGHLY"), a serial number or a
    // product's or index's code with two letters or more ("EY4096", "QX20"; one letter and a
    // number stays a group of states: "G33", "P5"; listed names keep theirs) or an
    // abbreviation of something else ("FYI", "USD")
    let not_initials = name.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        || name.len() >= 4 && lex.is_common_word(&lower)
        || name.chars().filter(char::is_ascii_digit).count() > 2
        || name.chars().any(|c| c.is_ascii_digit()) && name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && lex.organisations.get(&lower).is_none()
        || lex.not_organisations.contains(&lower);
    // "the conservative Vexmoor Ahead party": a name before a lower-case "party" names the
    // party (not so "movement", "alliance": "the radical Shiite Sadr movement" would take in
    // the adjective); also after a word for a party's members, which reads as a person's
    // title ("the conservative …")
    // ("the opposition Hayastan faction": a parliamentary faction, the same)
    // ("Ruling party wins …", "Main opposition party says": a word that says which party,
    // capitalised only as the sentence's or headline's first, names none)
    let which = n == 1 && (lower.ends_with("ing") || matches!(lower.as_str(), "main" | "largest" | "biggest" | "smaller" | "junior" | "opposition")) && lex.is_common_word(&lower);
    if n <= 4 && !which && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && (t.lower == "party" || t.lower == "faction")) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "in which TOLLIVER and PETTIGREW joined": a surname in capitals (a court's opinion, a
    // transcript) is a person's, unless an organisation of that name is listed (or a law is
    // invoked: "sued under the ACT")
    let caps_surname = n == 1
        && !titled
        && name.len() >= 4
        && name.chars().all(|c| c.is_ascii_uppercase())
        && lex.surnames.get(&lower).is_some_and(|&r| r <= 30_000)
        && !lex.is_common_word(&lower)
        && !not_initials
        && lex.organisations.get(&lower).is_none()
        && !(k > 0 && doc.tokens[k - 1].lower == "under");
    if caps_surname && !shouting() {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if n == 1 && is_acronym(&name) && !titled && !not_initials && !lex.stopwords.contains(&lower) && !shouting() {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if heading {
        let person_line = n <= 3 && lex.first_names.get(&first).is_some_and(|g| *g != 'u') && !lex.place_names.contains_key(&lower) && !lex.stopwords.contains(&first);
        if person_line {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        }
        return;
    }
    // ("Colombo had asked the IMF to …" in a story on Sri Lanka: one word that is a
    // country's capital, the country named before, is the capital, standing for its
    // government before a cue, not a person of that given name or surname)
    if n == 1 && !titled && !doc.tokens[k].lower.contains('-') {
        let capital = lex.place_names.get(&doc.tokens[k].lower).and_then(|ps| {
            ps.iter().copied().find(|&p| {
                let pl = &lex.places[p];
                lex.country_by_code(&pl.country).is_some_and(|c| lex.countries[c].is_capital(&pl.name) && doc.named_country(&lex.countries[c].iso2).is_some())
            })
        });
        if let Some(p) = capital.filter(|_| doc.people_named_in_full(doc.slice(doc.tokens[k].span)).next().is_none()) {
            let ent = doc.place(p, false);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
            return;
        }
    }
    // "Readers wrote in": a sentence-initial common word is a person only with more evidence
    // (looked for once all full names are known)
    if n == 1 && noun_after_article(doc, lex, k) {
        return;
    }
    if n == 1 && speaks && firm_of_people(doc, lex, k) && !lex.first_names.contains_key(&lower) {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // ("Several MPs said": a noun for speakers, though capitalised)
    // ("One Republican threatened", "Americans worried", "Twenty-seven said": no name either)
    // ("a shipowner whose vessels call at Tarwin told …", "farmers around Tarwin and Kimba say
    // …": a word after a preposition of place ends the subject's phrase, a place, no speaker)
    if n == 1 && speaks && !known_first && after_place_preposition(doc, k) && !first_name_of_person_named(doc, lex, k) {
        mention_place(doc, lex, k, end, false);
        return;
    }
    if n == 1 && speaks && !(sentence_start && k == i && ordinary_word(lex, &lower)) && !group_noun(lex, &lower) && !lex.speaker_nouns.contains(&lower) && !modifier_after_the(doc, lex, k, end) && !no_name_alone(lex, &lower) {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // ("Brazil's telecoms regulator, Telcor, said", "the state broadcaster, Vexa, …": one
    // unknown word between commas after a lower-case noun for a body names that body)
    // ("Telcor, Norland's media regulator, said": or before such a description in commas)
    if n == 1 && doc.tokens.get(end).is_some_and(|t| t.lower == ",") && (k >= 2 && doc.tokens[k - 1].lower == "," && !doc.tokens[k - 2].cap && APPOSED_BODIES.contains(&doc.tokens[k - 2].lower.as_str()) || !lex.is_common_word(&lower) && body_description_follows(doc, end))
        && !lex.first_names.contains_key(&lower) && !lex.surnames.contains_key(&lower) && lex.place_names.get(&lower).is_none() && lex.country_any(&lower).is_none()
    {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    if n == 1 {
        // ("Tolvander, who rarely leaves the capital, has …": a word no list knows before ", who"
        // is a person's name, as a relative for people follows it)
        let who_follows = doc.tokens.get(end).is_some_and(|t| t.lower == ",")
            && doc.tokens.get(end + 1).is_some_and(|t| t.lower == "who")
            && name_like(doc, lex, k, end)
            && !lex.peoples.contains(&lower)
            && !group_noun(lex, &lower)
            && !lex.speaker_nouns.contains(&lower)
            && !no_name_alone(lex, &lower);
        if titled && !(sentence_start && k == i && ordinary_word(lex, &lower)) || age_follows(doc, end) && name_like(doc, lex, k, end) || who_follows {
            let ent = doc.person(&name, doc.tokens[k].span.start);
            doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        } else {
            deferred.push((k, k + 1, sentence_start && k == run_start));
        }
        return;
    }
    // "Refugee Council Jane Roe told …": an organisation, then a person named in full
    if !titled && n >= 4 {
        let org_word = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        // (or a plural common word ends what comes before: "… Islamic Relations Jane Roe",
        // the tail of a longer name, which is parsed on its own)
        let plural_common = |m: usize| {
            let w = &doc.tokens[m].lower;
            w.len() > 3 && w.ends_with('s') && lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w)
        };
        if let Some(m) = (k + 1..end - 2).rev().find(|&m| (org_word(m) || plural_common(m)) && given(m + 1) && person_shape(doc, lex, m + 1, end, true)) {
            if org_word(m) {
                let ent = doc.organisation(&text_of(doc, k, m + 1));
                doc.add_mention(span_of(doc, k, m + 1), ent, MentionKind::Name);
            } else {
                parse_run(doc, lex, k, m + 1, sentence_start && k == i, heading, deferred);
            }
            let ent = doc.person(&text_of(doc, m + 1, end), doc.tokens[m + 1].span.start);
            doc.add_mention(span_of(doc, m + 1, end), ent, MentionKind::Name);
            return;
        }
    }
    // "the Quarnel Independent School District said": a run ending in a common word that is
    // no name is no person by a speech cue alone
    let last = &doc.tokens[end - 1].lower;
    // (a surname particle before the last word makes it a surname: "Marine Le Pen")
    let particle_before = n >= 3 && lex.surname_particles.contains(&doc.tokens[end - 2].lower);
    let generic_last = lex.is_common_word(last) && !lex.surnames.contains_key(last) && !lex.first_names.contains_key(last) && !lex.census_given.contains(last) && !particle_before
        || n >= 2 && lex.country_names.contains_key(last);
    // "the Irma Independent School District": a run of four words or more that opens with a
    // given name and ends in two common words that are no names is an organisation named
    // after a town or a person, not a person
    let plain = |m: usize| {
        let w = &doc.tokens[m].lower;
        lex.is_common_word(w) && !lex.surnames.contains_key(w) && !lex.first_names.contains_key(w) && !lex.census_given.contains(w)
    };
    if !titled && known_first && n >= 4 && !heading && generic_last && plain(end - 2) && !lex.country_names.contains_key(last) && lex.place_names.get(&lower).is_none() {
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
        return;
    }
    // "Abu Tolvan al-Quarnabi", "Bin Quarnab": an Arabic name by its parts (a father's or
    // son's name opening it; a kunya closed by a name with the article)
    let arabic = match doc.tokens[k].lower.as_str() {
        "abu" | "umm" => n >= 3 && doc.tokens[end - 1].lower.starts_with("al-") && (k + 1..end - 1).all(|m| doc.tokens[m].cap),
        "bin" | "ibn" => n == 2 && doc.tokens[k].cap,
        _ => false,
    } && (k..end).all(|m| !lex.org_words.contains(doc.slice(doc.tokens[m].span)));
    let personal = titled
        || known_first
        || arabic
        || n <= 3 && greeted(doc, k) && name_like(doc, lex, k + 1, end) && {
            // (the first word may be a common word: "Thanks, Ram Tackley")
            let lw = doc.tokens[k].lower.as_str();
            doc.slice(doc.tokens[k].span).chars().skip(1).any(char::is_lowercase) && !lex.stopwords.contains(lw) && !lex.titles.contains_key(lw) && !lex.title_modifiers.contains(lw)
                && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && lex.country_any(lw).is_none()
        }
        || age_follows(doc, end) && name_like(doc, lex, k, end)
        || cue_follows(doc, end) && !generic_last && !(n == 1 && no_name_alone(lex, &doc.tokens[k].lower))
        || (2..=3).contains(&n) && credited_after_quote(doc, k) && name_like(doc, lex, k, end)
        || (2..=3).contains(&n) && credited_after_quote(doc, k) && indefinite_apposition_follows(doc, end) && name_like(doc, lex, k, end - 1) && surname_word(doc, lex, end - 1) && lex.place_names.get(&lower).is_none()
        || appositive_title_follows(doc, end)
        || person_apposition_follows(doc, end)
        || person_shape(doc, lex, k, end, false);
    // "Nonpartisan Paul Tse", "Queenslander Jane Roe": a common word or a word for a people
    // before a first name
    let people_word = |w: &str| w.chars().count() >= 6 && (["an", "er", "ist", "ite", "ese", "crat"].iter().any(|s| w.ends_with(s)) || w.contains('-'));
    if !titled && n >= 3 && !lex.first_names.contains_key(&first) && lex.first_names.get(&doc.tokens[k + 1].lower).is_some_and(|g| *g != 'u')
        && (lex.is_common_word(&first) || people_word(&first) && !lex.surnames.contains_key(&first))
        && !lex.is_common_word(&doc.tokens[end - 1].lower)
        && person_shape(doc, lex, k + 1, end, true)
    {
        let ent = doc.person(&text_of(doc, k + 1, end), doc.tokens[k + 1].span.start);
        doc.add_mention(span_of(doc, k + 1, end), ent, MentionKind::Name);
        return;
    }
    // "through the Quarnel Vexby crossing": a name between "the" and a common noun modifies
    // that noun; it is a person's only where the person is named elsewhere (looked at later)
    if !titled && (2..=3).contains(&n) && modifier_after_the(doc, lex, k, end) {
        deferred.push((k, end, false));
        return;
    }
    // (particles do not count towards a name's length: "Luiz Inacio Lula da Silva")
    let particles = (k..end).filter(|&m| lex.surname_particles.contains(&doc.tokens[m].lower)).count();
    if personal && n - particles <= 4 && n <= 6 && !name.chars().any(|c| c.is_ascii_digit()) {
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if !titled
        && n <= 5
        && (generic_last && (cue_follows(doc, end) || utility_name(doc, lex, k, end)) || body_apposition_follows(doc, end) && (generic_last || k == i && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower)))
            || (2..=4).contains(&n) && body_noun_before(doc, k) && (k..end).all(|m| !lex.first_names.contains_key(&doc.tokens[m].lower) && !lex.census_given.contains(&doc.tokens[m].lower)))
        && lex.place_names.get(&lower).is_none()
    {
        // "Patriot Coal said", "the Quarnel School District says": what speaks under a
        // name ending in a common word is an organisation
        // ("Vorlan Dazik, an influential nationalist lobby, warned …": and a name of words no
        // list gives as given names, in apposition to a noun for a body; the whole run, not
        // its tail after a word taken off: "La Quadrature du Net, a digital rights group")
        let ent = doc.organisation(&name);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if (2..=3).contains(&n)
        && k == run_start
        && apposition_to_person(doc, lex, k)
        && (name_like(doc, lex, k, end) || after == "," && name_like(doc, lex, k, end - 1) && surname_like_place(doc, lex, end - 1) && lex.place_names.get(&lower).is_none())
    {
        // "the team's coach, Tolvan Joalmer, …": a name in apposition to a noun for a person
        // (closed by a comma, its last word may be a town's name: "coach, Tolvan Harrogate,")
        let ent = doc.person(&name, doc.tokens[k].span.start);
        doc.add_mention(span_of(doc, k, end), ent, MentionKind::Name);
    } else if (2..=3).contains(&n) && (name_like(doc, lex, k, end) || listed_shape(doc, lex, k, end) && listed_with_person(doc, k, end)) {
        // ("Jeff Merkley, Varek Stone and Tom Hale": in a list after a person, words that are
        // also common words or towns may be a name too; the list decides later)
        deferred.push((k, end, sentence_start && k == run_start));
    }
}

/// "Thames Water has been fined", "a fine on Anglian Water": a place's name or an unlisted
/// name, then a capitalised word for a utility's trade, two words alone, name a company
/// wherever they stand (not "Water Minister", nor a name of its own: "Flint Water Crisis").
fn utility_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    end == k + 2
        && matches!(doc.slice(doc.tokens[k + 1].span), "Water" | "Power" | "Gas" | "Energy" | "Electric" | "Rail" | "Railways" | "Airways" | "Airlines" | "Telecom" | "Steel" | "Petroleum")
        && doc.tokens[k].cap
        && !lex.is_common_word(&doc.tokens[k].lower)
        && !lex.first_names.contains_key(&doc.tokens[k].lower)
        && doc.tokens.get(end).is_none_or(|x| !x.cap)
}

/// Capitalised words with lower-case letters that are no title, stop word, country or
/// organisation word, though a surname may be a common word or a town ("Varek Stone"; not
/// "Art Gallery", "South Korean": the first word, a given name's place, is no common word).
fn listed_shape(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    !lex.is_common_word(&doc.tokens[k].lower) && (k..end).all(|m| surname_word(doc, lex, m))
}

/// "University of Ohio Dayton Quenby Tazwell": the words between an organisation word's "of"
/// and token `m` are all known places or countries, and `m..j` is a name of two or three
/// words no lexicon knows.
fn places_then_name(doc: &Doc, lex: &Lexicon, k: usize, m: usize, j: usize) -> bool {
    if !(2..=3).contains(&(j - m)) || !name_like(doc, lex, m, j) {
        return false;
    }
    let Some(of) = (k + 1..m).rev().find(|&o| doc.tokens[o].lower == "of" && lex.org_words.contains(doc.slice(doc.tokens[o - 1].span))) else {
        return false;
    };
    let mut p = of + 1;
    while p < m {
        let end = longest(doc, p, m, &lex.place_names).map(|(e, _)| e).max(longest(doc, p, m, &lex.country_names).map(|(e, _)| e));
        match end {
            Some(e) => p = e,
            None => return false,
        }
    }
    m > of + 1
}

/// Whether an office and "to"/"of"/"for" (and "the") come right before token `k`
/// ("Ambassador to the", "envoy to").
fn office_before(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    let mut p = k;
    if p > 0 && doc.tokens[p - 1].lower == "the" {
        p -= 1;
    }
    p >= 2 && matches!(doc.tokens[p - 1].lower.as_str(), "to" | "of" | "for") && lex.titles.get(&doc.tokens[p - 2].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Generic)
}

/// A lower-case word for one person at token `t`: a noun for a person, or a title (a word
/// that describes without naming an office only in the singular: "leader", "official").
pub(crate) fn person_word(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let w = &doc.tokens[t].lower;
    !doc.tokens[t].cap && (lex.person_nouns.contains(w) || lex.titles.get(w).is_some_and(|x| x.class != crate::lexicon::TitleClass::Generic || !w.ends_with('s')))
}

/// Whether a body named from token `s` (maybe after "the") is governed by "for", "of" or "at"
/// after a word for one person: "a spokesperson for the UN human rights office".
pub(crate) fn governed_by_person_word(doc: &Doc, lex: &Lexicon, s: usize) -> bool {
    let s = if s > 0 && doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
    s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "of" | "for" | "at") && person_word(doc, lex, s - 2)
}

/// Whether a place's name of two or more words opens at token `t` and ends by `end`
/// ("New York", whose "New" is a stopword).
pub(crate) fn place_opens(doc: &Doc, lex: &Lexicon, t: usize, end: usize) -> bool {
    longest(doc, t, end, &lex.place_names).is_some_and(|(e, _)| e > t + 1)
}

/// Whether a lower-case noun for a person or an office and a comma come right before token
/// `k` ("the team's coach, …", "its spokeswoman, …").
/// (or a noun for a person, then "of"/"from"/"at" and a name: "the chairman of the Vexmoor
/// Commission, …", "his counterpart from Quarnel, …")
fn apposition_to_person(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    // (a word that describes a person without naming an office counts too, in the singular:
    // "its leader, …", "a senior official, …")
    let for_person = |t: usize| person_word(doc, lex, t);
    if k < 2 || doc.tokens[k - 1].lower != "," {
        return false;
    }
    if for_person(k - 2) {
        return true;
    }
    // (a capitalised office after a possessive: "Quarnel's Environment Minister, …",
    // "the Vexmoor Islands' Minister for Fisheries, …")
    // (or a possessive determiner: "Its Commissioner for Information, …")
    let possessive = |t: usize| t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "’s" | "'" | "’" | "its" | "their");
    let office = |t: usize| doc.tokens[t].cap && lex.titles.get(&doc.tokens[t].lower).is_some_and(|x| x.class != crate::lexicon::TitleClass::Generic) && (possessive(t) || t > 1 && doc.tokens[t - 1].cap && possessive(t - 1));
    if office(k - 2) {
        return true;
    }
    // ("a spokesperson for the UN human rights office, …": a body named before, lower-case
    // words in its name, that a noun for a person governs)
    if let Some(m) = doc.mention_at_token(k - 2).map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Organization && doc.token_at(m.span.end) == k - 1) {
        if governed_by_person_word(doc, lex, doc.token_at(m.span.start)) {
            return true;
        }
    }
    // the name before the comma: capitalised words, maybe after "the"
    let mut p = k - 2;
    while p > 0 && k - 2 - p < 5 && doc.tokens[p].cap && doc.tokens[p].kind == TokenKind::Word {
        p -= 1;
    }
    if p >= 1 && matches!(doc.tokens[p].lower.as_str(), "for" | "of") && office(p - 1) {
        return true;
    }
    if p + 2 == k || doc.tokens[p + 1].cap && doc.tokens[p].cap {
        return false;
    }
    if doc.tokens[p].lower == "the" && p > 0 {
        p -= 1;
    }
    p >= 1 && matches!(doc.tokens[p].lower.as_str(), "of" | "from" | "at" | "for") && for_person(p - 1)
}

/// Run `k..end` as a town and the country (`Ok`) or region (`Err`) it lies in, written
/// without a comma ("Invercargill New Zealand"): the end of the town and both indices.
fn town_and_country(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> Option<(usize, usize, Result<usize, usize>)> {
    let (e, towns) = longest(doc, k, end, &lex.place_names).filter(|&(e, _)| e < end)?;
    let rest = fold(&text_of(doc, e, end));
    let within = match lex.country_names.get(&rest) {
        Some(&c) => Ok(c),
        None => Err(lex.place_names.get(&rest)?.iter().copied().find(|&r| lex.places[r].kind == "region")?),
    };
    let inside = |p: usize| match within {
        Ok(c) => lex.places[p].country == lex.countries[c].iso2,
        Err(r) => lex.places[p].country == lex.places[r].country && lex.places[p].region == lex.places[r].name,
    };
    let town = towns.iter().copied().find(|&p| lex.places[p].kind == "city" && inside(p))?;
    Some((e, town, within))
}

/// Lower-case words for a settlement or an area.
const PLACE_NOUNS: &[&str] = &["town", "village", "city", "parish", "county", "province", "district", "municipality", "commune", "hamlet", "suburb", "region", "island"];

/// Whether a lower-case word for a place and "of" come right before token `k` ("the town
/// of", "the English county of").
fn place_of_before(doc: &Doc, k: usize) -> bool {
    let noun = |w: &str| PLACE_NOUNS.contains(&w) || w.strip_suffix('s').is_some_and(|x| PLACE_NOUNS.contains(&x)) || matches!(w, "cities" | "municipalities");
    if k >= 2 && doc.tokens[k - 1].lower == "of" && !doc.tokens[k - 2].cap && noun(&doc.tokens[k - 2].lower) {
        return true;
    }
    // ("the districts of Quarnby and Vexley": the second of a list after a plural)
    k >= 4 && doc.tokens[k - 1].lower == "and" && {
        let from = k.saturating_sub(8);
        (from..k - 2).rev().find(|&j| doc.tokens[j].lower == "of").is_some_and(|o| {
            o >= 1 && !doc.tokens[o - 1].cap && doc.tokens[o - 1].lower.ends_with('s') && noun(&doc.tokens[o - 1].lower) && (o + 1..k - 1).all(|j| doc.tokens[j].cap || doc.tokens[j].lower == ",")
        })
    }
}

/// Whether a word for a country's division follows the name at `k..end` after "the" ("the
/// Zorvak district", "in Tarvik governorate", "the Zorvak and Melitsa districts" for both).
fn district_after(doc: &Doc, k: usize, end: usize) -> bool {
    // (not "region": an unlisted "X region" in news is more often a listed region spelt
    // otherwise, "the Smie region" for Sumy, than a region of its own)
    const DIVISIONS: &[&str] = &["district", "districts", "governorate", "governorates", "province", "provinces"];
    let at = |m: usize| doc.tokens.get(m).filter(|t| !t.cap).map_or("", |t| t.lower.as_str());
    if k == 0 || !matches!(doc.tokens[k - 1].lower.as_str(), "the" | "and" | "in" | "of") {
        return false;
    }
    if DIVISIONS.contains(&at(end)) {
        return true;
    }
    // (the first of two: "the Zorvak and Melitsa districts")
    at(end) == "and" && doc.tokens[k - 1].lower == "the" && (end + 2..(end + 5).min(doc.tokens.len())).find(|&m| !doc.tokens[m].cap).is_some_and(|m| at(m).ends_with('s') && DIVISIONS.contains(&at(m)) && (end + 1..m).all(|j| is_cap_word(doc, j)))
}

/// Whether "is a (small) village in", "was a town." follows token `end`: what the name is
/// ("is a village elder" is not); or the same in apposition, ", a fishing town on the coast",
/// ", an island in the Aegean".
fn is_a_place_after(doc: &Doc, end: usize) -> bool {
    let at = |m: usize| doc.tokens.get(m).filter(|t| !t.cap).map_or("", |t| t.lower.as_str());
    let closes = |m: usize| matches!(at(m), "in" | "of" | "on" | "near" | "and" | "located" | "situated" | "," | "." | "(" | ";");
    matches!(at(end), "is" | "was" | ",") && matches!(at(end + 1), "a" | "an") && (end + 2..end + 5).any(|m| PLACE_NOUNS.contains(&at(m)) && closes(m + 1) && (end + 2..m).all(|a| !at(a).is_empty()))
}

/// Whether a comma, then a country's or a region's name, follow token `end` (", England,",
/// ", Ohio.").
fn in_region_after_comma(doc: &Doc, lex: &Lexicon, end: usize) -> bool {
    if doc.tokens.get(end).is_none_or(|t| t.lower != ",") || end + 1 >= doc.tokens.len() || !is_cap_word(doc, end + 1) {
        return false;
    }
    let limit = (end + 5).min(doc.tokens.len());
    let country = longest(doc, end + 1, limit, &lex.country_names).map(|(e, _)| e);
    let region = longest(doc, end + 1, limit, &lex.place_names).filter(|(_, ps)| ps.iter().any(|&p| lex.places[p].kind == "region")).map(|(e, _)| e);
    // the country or region ends there ("Kent Road" is no region)
    // (", Germany's largest union": a possessive opens a description of the name, a place
    // only when it says so, ", Germany's second city")
    let described = |e: usize| doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    let place_described = |e: usize| (e + 1..(e + 5).min(doc.tokens.len())).take_while(|&m| doc.tokens[m].kind == TokenKind::Word && !doc.tokens[m].cap).any(|m| PLACE_NOUNS.contains(&doc.tokens[m].lower.as_str()));
    country.or(region).is_some_and(|e| e >= doc.tokens.len() || !is_cap_word(doc, e) && (!described(e) || place_described(e)))
}

/// Last words of newspapers' names that are no organisation words on their own ("Star", "Sun").
const MEDIA_HEADS: &[&str] = &[
    "Star", "Sun", "Mail", "Mirror", "Express", "Standard", "Observer", "Independent", "Examiner", "Inquirer", "Enquirer",
    "Courier", "Sentinel", "Dispatch", "Globe", "Bulletin", "Register", "Record", "Review", "Monitor", "Statesman",
    "Advertiser", "Argus", "Leader", "Citizen",
];

/// Whether run `k..end` is a known place or country followed by a newspaper's head word
/// ("Toronto Star", "Denver Sun").
fn media_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    if !MEDIA_HEADS.contains(&doc.slice(doc.tokens[end - 1].span)) {
        return false;
    }
    let town = fold(&text_of(doc, k, end - 1));
    let compass = matches!(doc.tokens[k].lower.as_str(), "north" | "south" | "east" | "west" | "lone" | "morning" | "evening");
    !compass && (lex.place_names.contains_key(&town) || lex.country_names.contains_key(&town))
}

/// Whether run `k..end` ends in a word for a place or building ("Street", "Reservoir"). A
/// head that is also a surname ("Hall", "Field", "Park") does not count after given names
/// alone ("Forbes Field", but "Tom Hall").
fn place_head(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    let Some(&surname) = lex.place_heads.get(doc.slice(doc.tokens[end - 1].span)) else { return false };
    let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') || lex.census_given.contains(&doc.tokens[m].lower);
    // "Tom Hall", "Mary Ann Park": given names, then the surname
    !(surname && (k..end - 1).all(given))
}

/// Two or three capitalised words, none a common word, title, organisation word or place:
/// what a person's name looks like when no lexicon knows its parts.
fn name_like(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    (k..end).all(|m| {
        let t = &doc.tokens[m];
        let w = doc.slice(t.span);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && !lex.is_common_word(&t.lower)
            && !lex.org_words.contains(w)
            && !lex.titles.contains_key(&t.lower)
            && !lex.stopwords.contains(&t.lower)
            && lex.country_any(&t.lower).is_none()
            && !lex.place_names.contains_key(&t.lower)
    })
}

/// Word `m` may be a surname although a town bears it ("Tolvan Harrogate"): capitalised, no
/// common word, organisation word, title, stopword or country.
fn surname_like_place(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let t = &doc.tokens[m];
    let w = doc.slice(t.span);
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && !lex.is_common_word(&t.lower)
        && !lex.org_words.contains(w)
        && !lex.titles.contains_key(&t.lower)
        && !lex.stopwords.contains(&t.lower)
        && lex.country_any(&t.lower).is_none()
}

/// The place found in the article under the name the run `t..end` spells.
fn named_place(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    let name = doc.slice(span_of(doc, t, end));
    doc.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == name)
}

/// Whether the run `t..end` spells the name of a person found in the article.
fn named_person(doc: &Doc, t: usize, end: usize) -> bool {
    let name = doc.slice(span_of(doc, t, end));
    doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == name)
}

/// Whether the run `t..end` stands in a list next to a person's name: "A B, C D and E F".
fn listed_with_person(doc: &Doc, t: usize, end: usize) -> bool {
    let person_at = |m: usize| doc.mention_at_token(m).is_some_and(|i| doc.entities[doc.mentions[i].entity].kind == EntityKind::Person);
    let sep = |m: usize| doc.tokens.get(m).is_some_and(|x| x.lower == "," || x.lower == "and");
    // before: "Jane Roe, [A B]" / "Jane Roe and [A B]" / "Jane Roe, and [A B]"
    let mut b = t;
    let mut seps = 0;
    while b > 0 && sep(b - 1) && seps < 2 {
        b -= 1;
        seps += 1;
    }
    let before = seps > 0 && b > 0 && person_at(b - 1);
    // after: "[A B], Jane Roe" / "[A B] and Jane Roe"
    let mut a = end;
    let mut seps = 0;
    while sep(a) && seps < 2 {
        a += 1;
        seps += 1;
    }
    let after = seps > 0 && a < doc.tokens.len() && person_at(a);
    before || after
}

/// Plural words that end place names, not team names ("Virgin Islands", "Colorado Springs").
pub const PLACE_PLURALS: &[&str] = &[
    "islands", "isles", "mountains", "hills", "heights", "falls", "springs", "lakes", "woods", "fields", "gardens", "rapids",
    "plains", "keys", "downs", "sands", "flats", "highlands", "lowlands", "territories", "states", "estates", "towers",
    "alps", "rockies", "andes", "emirates", "provinces", "marshes", "meadows", "banks", "rocks", "cliffs", "docks", "shores",
    "indies", "olympics", "games", "mills", "nations", "works", "commons", "lands", "grounds", "halls", "villas", "parks",
];

/// A known place followed by one or two capitalised words, the last a plural: a sports team
/// ("Toronto Blue Jays").
fn team_name(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    let last = &doc.tokens[end - 1];
    let word = doc.slice(last.span);
    if word.len() < 4 || !word.ends_with('s') || word.ends_with("ss") || PLACE_PLURALS.contains(&last.lower.as_str()) || !word.chars().skip(1).all(|c| c.is_lowercase()) {
        return false;
    }
    // "Denver Williams" is a person
    let name_word = lex.surnames.contains_key(&last.lower) || lex.first_names.contains_key(&last.lower);
    if name_word || lex.org_words.contains(word) || lex.stopwords.contains(&last.lower) || lex.country_any(&last.lower).is_some() {
        return false;
    }
    // "Lawrence B. Hastings": a middle initial makes a person, whatever the first word names
    let initial = |m: usize| {
        let w = doc.slice(doc.tokens[m].span);
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase())
    };
    if (k..end).any(initial) {
        return false;
    }
    // ("Greens leader Larissa Waters", "Senator Sydney Rivers", "their leader, Larissa Waters":
    // a title before names a person, also across an appositive's comma; a team follows "the")
    let title_at = |m: usize| lex.titles.contains_key(&doc.tokens[m].lower);
    let titled = k > 0 && title_at(k - 1) || k > 1 && doc.tokens[k - 1].lower == "," && title_at(k - 2);
    if titled && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') {
        return false;
    }
    // the place is everything before the plural, or before the last two words
    [end - 1, end.saturating_sub(2)].iter().any(|&m| {
        m > k && {
            let prefix = fold(&text_of(doc, k, m));
            let compass = matches!(doc.tokens[k].lower.as_str(), "north" | "south" | "east" | "west" | "central" | "upper" | "lower" | "greater");
            !compass && lex.place_names.get(&prefix).is_some_and(|p| lex.places[p[0]].population >= 50_000 || lex.places[p[0]].kind == "region")
                || lex.country_names.contains_key(&prefix)
        }
    })
}

/// Whether tokens `k..end` (two to four capitalised words) have the shape of a person's
/// name: a known first name (when `first_ok`), a middle initial ("Hilary E. Ackermann"), an
/// East Asian given name with a hyphen ("Leung Kwok-hung"), or a census surname after a
/// word that is not a surname itself ("Pie Traynor"). No word may be a title, an
/// organisation word, a country or a known place.
pub fn person_shape(doc: &Doc, lex: &Lexicon, k: usize, end: usize, first_ok: bool) -> bool {
    let n = end - k;
    // ("Jane K. Roe II": a generational suffix closes the name, whatever its words)
    if n >= 3 && matches!(doc.slice(doc.tokens[end - 1].span), "II" | "III" | "IV") {
        return person_shape(doc, lex, k, end - 1, first_ok);
    }
    if !(2..=4).contains(&n) {
        return false;
    }
    let words: Vec<&str> = (k..end).map(|m| doc.slice(doc.tokens[m].span)).collect();
    let lows: Vec<&str> = (k..end).map(|m| doc.tokens[m].lower.as_str()).collect();
    let alpha = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.');
    let mixed = |w: &str| w.chars().any(char::is_lowercase);
    if !words.iter().all(|w| alpha(w)) || !mixed(words[n - 1]) {
        return false;
    }
    // "C. H. Douglas", "P. Pettigrew": initials with full stops, then a surname (a census
    // surname that is no town after one initial; after two, any word but a common one)
    // ("R.K. Roe": initials written together count as many)
    let initials: usize = words.iter().take_while(|w| dotted_initials_word(w)).map(|w| w.len() / 2).sum();
    let initial_words = words.iter().take_while(|w| dotted_initials_word(w)).count();
    if initials > 0 {
        let last = lows[n - 1];
        // ("R. Venkataramana Roe", "A. Tom Hale": initials, then a name of two words)
        if n - initial_words >= 2 {
            return person_shape(doc, lex, k + initial_words, end, first_ok) || name_like(doc, lex, k + initial_words, end);
        }
        let surname = if initials >= 2 { !lex.is_common_word(last) } else { lex.surnames.contains_key(last) && !lex.place_names.contains_key(last) };
        return surname && lex.country_any(last).is_none() && !lex.org_words.contains(words[n - 1]) && !lex.titles.contains_key(last);
    }
    if !mixed(words[0]) {
        return false;
    }
    for (m, lw) in lows.iter().enumerate() {
        let proper = lex.org_words.contains(words[m])
            || lex.titles.contains_key(*lw)
            || lex.title_modifiers.contains(*lw)
            || lex.stopwords.contains(*lw)
            || GREETINGS.contains(lw)
            || lex.country_any(lw).is_some()
            || REGION_WORDS.contains(lw);
        if proper && !connector(lw) {
            return false;
        }
    }
    let place = |lw: &str| lex.place_names.get(lw).is_some_and(|p| lex.places[p[0]].population >= 100_000 || lex.places[p[0]].kind == "region");
    // a first name that is also a town ("Elizabeth", "Austin") needs a surname that is not a common word
    if first_ok && lex.first_names.get(lows[0]).is_some_and(|g| *g != 'u') && (!place(lows[0]) || !lex.is_common_word(lows[n - 1])) {
        return true;
    }
    if lex.place_names.contains_key(&lows.join(" ")) {
        return false;
    }
    // a middle initial: "Hilary E. Ackermann"
    let initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && matches!(c.as_str(), "" | ".")
    };
    if n >= 3 && words[1..n - 1].iter().any(|w| initial(w)) && words[0].chars().count() >= 2 && words[n - 1].chars().count() >= 2 && !place(lows[0]) && !lex.is_common_word(lows[0]) {
        return true;
    }
    // "Leung Kwok-hung", "Park Joo-ho": a one-syllable surname, a two-syllable given name
    let syllable = |s: &str, cap: bool| (1..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphabetic()) && (!cap || s.starts_with(|c: char| c.is_ascii_uppercase()));
    let hyphen_given = |w: &str| w.split_once('-').is_some_and(|(a, b)| syllable(a, true) && syllable(b, false) && b.chars().skip(1).all(|c| c.is_ascii_lowercase()));
    if n == 2 && syllable(words[0], true) && hyphen_given(words[1]) {
        return true;
    }
    // a census surname after a given name no lexicon knows: "Pie Traynor", "Candie Payne"
    let sur_last = lex.surnames.contains_key(lows[n - 1]);
    let first_is_surname = lex.surnames.contains_key(lows[0]) && !lex.first_names.contains_key(lows[0]) && !lex.census_given.contains(lows[0]);
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let common = lows[..n - 1].iter().any(|w| lex.is_common_word(w));
    sur_last && n <= 3 && capitalised && !common && !first_is_surname && !place(lows[0]) && words.iter().all(|w| w.chars().count() >= 2 && !initial(w) || n == 3)
}

/// "Army of the North": token `j` is a lower-case "of", after an organisation's head word
/// (no title) and before a lower-case "the" and a capitalised name that is no organisation's
/// ("Group of the Quarnby Chess Society", "Corps of the Army of …" are two); a country or
/// place there only after a head word that opens the run `i..` ("University of the
/// Bahamas"; "Vexmoor State University of the US" is the university and the country).
fn of_the_in_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    let head = |m: usize| lex.org_words.contains(doc.slice(doc.tokens[m].span)) && !lex.titles.contains_key(&doc.tokens[m].lower);
    if !(j > i
        && j + 2 < b
        && doc.tokens[j].lower == "of"
        && !doc.tokens[j].cap
        && doc.tokens[j + 1].lower == "the"
        && !doc.tokens[j + 1].cap
        && is_cap_word(doc, j + 2)
        && head(j - 1))
    {
        return false;
    }
    let e = (j + 2..b).find(|&m| !is_cap_word(doc, m)).unwrap_or(b);
    // (a possessive after it opens a longer name: "of the People's Liberation Army")
    let possessive = doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) && e + 1 < b && is_cap_word(doc, e + 1);
    !possessive
        && !(j + 2..e).any(head)
        && longest(doc, j + 2, e, &lex.organisations).is_none()
        && (j - 1 == i || longest(doc, j + 2, e, &lex.country_names).is_none() && longest(doc, j + 2, e, &lex.place_names).is_none())
}

/// Head words of bodies named by what they deliberate on ("Council on Foreign Relations").
const TOPIC_HEADS: &[&str] = &["Council", "Committee", "Subcommittee", "Commission", "Conference", "Institute", "Center", "Centre", "Panel", "Caucus"];

/// "Council on Foreign Relations": token `j` is a lower-case "on" after a head word of
/// `TOPIC_HEADS` and before a capitalised word that is no weekday, month, place or country
/// ("the Council on Tuesday", "the Commission on Cyprus" name no body).
fn on_in_org(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    j >= 1
        && j + 1 < b
        && doc.tokens[j].lower == "on"
        && !doc.tokens[j].cap
        && TOPIC_HEADS.contains(&doc.slice(doc.tokens[j - 1].span))
        && is_cap_word(doc, j + 1)
        && {
            let w = doc.tokens[j + 1].lower.as_str();
            // (a word, not initials or a code: "the Space Center on STS-1")
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && doc.slice(doc.tokens[j + 1].span).chars().any(char::is_lowercase)
                // ("the Committee on Dec. 10": a month's abbreviation too)
                && !crate::lexicon::is_month_or_abbreviation(w)
                && !crate::lexicon::is_weekday(w)
                && longest(doc, j + 1, b, &lex.place_names).is_none()
                && longest(doc, j + 1, b, &lex.country_names).is_none()
                && longest(doc, j + 1, b, &lex.organisations).is_none()
        }
}

/// "Jane Roe, 41, was …": an age in commas after the name at token `end` (a whole number
/// from 1 to 110, then a comma, a stop, a semicolon, a closing bracket or "and").
/// (Or then a listed town, without a comma, as lists of the charged write it: "Jane Roe, 41,
/// Quarnby".)
fn age_follows(doc: &Doc, end: usize) -> bool {
    doc.tokens.get(end).is_some_and(|t| t.lower == ",")
        && doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number && !t.lower.starts_with('0') && t.lower.parse::<u32>().is_ok_and(|a| (1..=110).contains(&a)))
        && doc.tokens.get(end + 2).is_none_or(|t| {
            matches!(t.lower.as_str(), "," | "." | ";" | ")" | "and")
                || t.cap && t.kind == TokenKind::Word && longest(doc, end + 2, doc.tokens.len().min(end + 6), &Lexicon::get().place_names).is_some()
        })
}

/// Token `t` is "AM", "PM", "A.M." or "P.M." written in capitals right after a clock time or
/// an hour ("11:16:25 AM", "3 PM"), or a time zone after one: a live page's "12.20 GMT Kallas
/// urges …" names no "GMT Kallas".
pub(crate) fn clock_half(doc: &Doc, t: usize) -> bool {
    t > 0
        && doc.tokens[t - 1].kind == TokenKind::Number
        && {
            // (the zones of `data/lexicon/time_zones.txt`; "ET", of two letters, is kept out of
            // that list, which also names no organisations)
            let w = doc.slice(doc.tokens[t].span);
            matches!(w, "AM" | "PM" | "A.M." | "P.M." | "ET") || Lexicon::get().time_zones.contains(w)
        }
        && doc.slice(doc.tokens[t - 1].span).chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        && doc.slice(doc.tokens[t - 1].span).len() <= 8
}

/// Token `t` lies inside a web address ("http://…/pictures/08-05_Jane_Roe_Bday", "www.…"): the
/// text around it, up to white space, has "://" or opens with "www.".
pub(crate) fn in_url(doc: &Doc, t: usize) -> bool {
    let text = doc.text();
    let span = doc.tokens[t].span;
    // (a word with white space on both sides is no part of an address, unless it opens one:
    // asked at every capitalised word, so the common case is answered from two bytes)
    let bytes = text.as_bytes();
    let spaced = |b: Option<&u8>| b.is_none_or(|c| c.is_ascii_whitespace());
    if spaced(span.start.checked_sub(1).map(|p| &bytes[p])) && spaced(bytes.get(span.end)) && !bytes[span.start..span.end].iter().any(|c| matches!(c, b'.' | b':' | b'/')) {
        return false;
    }
    let start = text[..span.start].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
    let end = text[span.end..].find(char::is_whitespace).map_or(text.len(), |p| span.end + p);
    let chunk = &text[start..end];
    chunk.contains("://") || chunk.starts_with("www.") || chunk.starts_with("(www.")
}

/// Token `t` is glued to an at-sign before it: the domain of an address or a mail system's
/// user name ("jroe@Quarnby.edu", "Jane Roe@QUARNCO"), no name.
pub(crate) fn in_address(doc: &Doc, t: usize) -> bool {
    let bytes = doc.text().as_bytes();
    let span = doc.tokens[t].span;
    // (also "jane.Roe@…": a word between a full stop and an at-sign, glued to both)
    span.start > 0 && (bytes[span.start - 1] == b'@' || bytes[span.start - 1] == b'.' && bytes.get(span.end) == Some(&b'@'))
}

/// A British postal district after a town's name: "E17", "SW1", "N1" (one or two capital
/// letters, then a number, perhaps a letter).
fn postal_district(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (2..=4).contains(&b.len()) && (1..=2).contains(&letters) && b.get(letters).is_some_and(u8::is_ascii_digit) && b[letters..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn ends_in_org_word(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> bool {
    // "Ministry of Defense", "Bank of England": an organisation word before "of" (or "for the":
    // "Foundation for the Visual Arts"; or "on": "Council on Foreign Relations")
    // (or "for" and what it is for in capitalised common words to the end: "the Institute for
    // Rural Planning", "the Centre for Northern Studies"; no given name among them)
    // (a people's or a country's adjective may open the field, before a common word: "the
    // Centre for European Reform", "the Institute for Asian Trade Policy")
    let field_adjective = |x: usize| x + 1 < j && (lex.peoples.contains(&doc.tokens[x].lower) || lex.country_adjectives.contains_key(&doc.tokens[x].lower));
    // ("the Department for Work and Pensions", "the Department for Environment, Food and Rural
    // Affairs": fields joined by "and" or listed with commas, each a capitalised word, as a
    // name "of" them may be)
    let field = |x: usize| is_cap_word(doc, x) && (lex.is_common_word(&doc.tokens[x].lower) || field_adjective(x)) && !lex.first_names.get(&doc.tokens[x].lower).is_some_and(|g| *g != 'u');
    let fields = |m: usize| {
        m + 2 < j && (m + 2..j).all(|x| field(x) || x > m + 2 && x + 1 < j && matches!(doc.tokens[x].lower.as_str(), "and" | ",") && !doc.tokens[x].cap && field(x - 1) && field(x + 1))
    };
    (k..j).any(|m| {
        lex.org_words.contains(doc.slice(doc.tokens[m].span))
            // ("Université de Montréal", "Universidad de Chile": "de" after a head word, as a
            // name in another language writes "of")
            && doc.tokens.get(m + 1).is_some_and(|t| t.lower == "of" || t.lower == "for" && (doc.tokens.get(m + 2).is_some_and(|u| u.lower == "the") || fields(m)) || t.lower == "on" && !t.cap || !t.cap && matches!(t.lower.as_str(), "de" | "del" | "du" | "des" | "di" | "della" | "do" | "da"))
            && m + 1 < j
    })
}

/// ", who runs …", ", 25," or "(born 1970)", "(née Roe)" after a name: said of people.
fn person_apposition_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    match at(end) {
        "," => at(end + 1) == "who" || doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number) && at(end + 2) == ",",
        "(" => matches!(at(end + 1), "born" | "née" | "nee"),
        _ => false,
    }
}

/// A count after "a mother of", "a father of" ("five", "12"): the children of a parent
/// described in an appositive.
fn count_of_children(t: &crate::model::Token) -> bool {
    t.kind == TokenKind::Number || matches!(t.lower.as_str(), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve")
}

/// ", the Russian Kremlin spokesperson," / ", former ambassador" / ", Vexmoor coach," after a name.
fn appositive_title_follows(doc: &Doc, end: usize) -> bool {
    if doc.tokens.get(end).is_none_or(|t| t.lower != ",") {
        return false;
    }
    let lex = Lexicon::get();
    // (", one of its spokespeople,", ", one of the march's organisers,": one of the holders of
    // a title is a person as one holder is; not "members", which states and bodies are too)
    if doc.tokens.get(end + 1).is_some_and(|x| x.lower == "one") && doc.tokens.get(end + 2).is_some_and(|x| x.lower == "of") {
        let close = (end + 4..(end + 9).min(doc.tokens.len())).find(|&c| matches!(doc.tokens[c].lower.as_str(), "," | "." | ";"));
        let head = close.map_or("", |c| doc.tokens[c - 1].lower.as_str());
        if matches!(head, "spokespeople" | "spokesmen" | "spokeswomen") || head.strip_suffix('s').is_some_and(|s| s != "member" && lex.titles.contains_key(s)) {
            return true;
        }
    }
    let mut k = end + 1;
    let stop = (end + 8).min(doc.tokens.len());
    while k < stop {
        let t = &doc.tokens[k].lower;
        // (or a noun for a person that ends the appositive: ", Panama coach,", ", a retired teacher,")
        let ends = doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | "." | ";"));
        // (an office of several words too: ", the minority whip in …")
        if lex.titles.contains_key(t) || doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && title_at(doc, k, stop).is_some_and(|(e, _)| e > k + 1) {
            // "The head of Talvora, Vice Admiral Jonas Weller, said": a title before a
            // name of its own is that name's, not an appositive of the name before the comma
            let e = title_at(doc, k, stop.max((k + 4).min(doc.tokens.len()))).map_or(k + 1, |(e, _)| e);
            let mut m = e;
            while m < doc.tokens.len() && m < e + 4 && doc.tokens[m].cap && doc.tokens[m].kind == TokenKind::Word {
                m += 1;
            }
            return !(m >= e + 2 && doc.tokens.get(m).is_some_and(|x| matches!(x.lower.as_str(), "," | ".")));
        }
        if ends && lex.person_nouns.contains(t) && !t.ends_with('s') {
            return true;
        }
        // ", a political analyst at …", ", a student from …": a noun for a person after an
        // article that opens the appositive, then where they work or come from
        // (or "who": ", a law student who has emerged as one of its spokespeople,")
        if (lex.person_nouns.contains(t) || lex.speaker_nouns.contains(t)) && !t.ends_with('s') && matches!(doc.tokens[end + 1].lower.as_str(), "a" | "an" | "the")
            && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "at" | "from" | "with" | "in" | "who") && !x.cap || x.lower == "of" && doc.tokens.get(k + 2).is_some_and(count_of_children))
        {
            return true;
        }
        if matches!(t.as_str(), "," | "." | "(" | ")") {
            return false;
        }
        k += 1;
    }
    false
}

/// A gazetteer hit is a place when it is well known (large, a capital, a region), when a
/// preposition or region word says so, or when its country is named in the article.
/// Among gazetteer places of one name (most populous first), the one meant: one in a
/// country the article names, unless that one is a small town and the most populous a city
/// ("Paris" in an article that names the United States is still the French capital; a
/// country named in passing is weak evidence), or one in a region the article names
/// ("Springfield" beside "Illinois").
pub(crate) fn choose_place(doc: &Doc, lex: &Lexicon, places: &[usize], region_word: bool, followed: Option<(&str, &str)>) -> usize {
    // a name said again is the place it named before ("Victoria" twice in a story about
    // Australia, though Canada is named between), unless a region after it says otherwise
    let named_before = |i: &usize| {
        let p = &lex.places[*i];
        doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == p.name && e.country.as_deref() == Some(p.country.as_str()))
    };
    if let Some(&i) = places.iter().find(|i| followed.is_none() && named_before(i)) {
        return i;
    }
    let top = lex.places[places[0]].population;
    // (a country is named by its name, or by a place in it: "Gaza" names the Palestinian
    // territories, so "Rafah" is the town there, not its smaller namesake in Egypt)
    let country_named = |c: &str| doc.entities.iter().any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place) && e.country.as_deref() == Some(c));
    // (a town of a named state, not when a place twenty times its size bears the name:
    // "Washington" with Illinois named is still the capital, not the town in Illinois)
    let region_named = |p: &crate::lexicon::Place| region_named(doc, p) && p.population.saturating_mul(20) >= top;
    // (a state or province of a named country is known by name alone: "laws in Texas,
    // Florida and Montana" are US states, not towns of Cuba and Bulgaria)
    // (not a region of another named state over a city of half a million or more that bears
    // the name itself: "In Jerusalem" is the city, not the Palestinian governorate that has it
    // as another name)
    let big_city = lex.places[places[0]].kind == "city" && top >= 500_000;
    let in_named_country = |p: &crate::lexicon::Place| country_named(&p.country) && (p.population.saturating_mul(5) >= top || p.kind == "region" && (!big_city || region_word));
    // candidates largest first, but a state or province before a small town of its name
    // ("Oregon" is the state, not the town in Ohio)
    let top_place = &lex.places[places[0]];
    // (or before a middling town abroad when the province's own country is named: "jobs in
    // Ontario" in a story from Ottawa is the province, not the Californian city)
    let regions_first = top_place.kind == "city" && (top_place.population < 100_000 || top_place.population < 300_000 && places.iter().any(|&i| lex.places[i].kind == "region" && lex.places[i].country != top_place.country && country_named(&lex.places[i].country)));
    let ordered: Vec<usize> = if regions_first {
        places.iter().copied().filter(|&i| lex.places[i].kind == "region").chain(places.iter().copied().filter(|&i| lex.places[i].kind != "region")).collect()
    } else {
        places.to_vec()
    };
    // the first that passes a test, of the kind asked for ("the X region", or a region
    // before small towns) if there is one
    let want_region = region_word || regions_first;
    let first = |test: &dyn Fn(&crate::lexicon::Place) -> bool| {
        let found = |same_kind: bool| ordered.iter().copied().find(|&i| test(&lex.places[i]) && (!same_kind || (lex.places[i].kind == "region") == want_region));
        found(true).or_else(|| found(false))
    };
    let region_after = |p: &crate::lexicon::Place| followed.is_some_and(|r| lies_in(p, r));
    first(&region_after).or_else(|| first(&region_named)).or_else(|| first(&in_named_country)).unwrap_or(ordered[0])
}

/// Whether a gazetteer place lies in region `r` (name, country code).
fn lies_in(p: &crate::lexicon::Place, r: (&str, &str)) -> bool {
    p.kind == "city" && p.region == r.0 && p.country == r.1
}

/// "Springfield, Massachusetts", "SPRINGFIELD, Ill.": the region (name, country code) a
/// comma and a region's name or dateline abbreviation after token `end` give.
pub(crate) fn region_after<'a>(doc: &Doc, lex: &'a Lexicon, end: usize) -> Option<(&'a str, &'a str)> {
    if doc.tokens.get(end)?.lower != "," {
        return None;
    }
    let next = doc.tokens.get(end + 1).filter(|t| t.cap)?;
    // an abbreviation keeps its period in the token ("n.y.") or has it next ("ill" ".")
    let bare = next.lower.trim_end_matches('.');
    let dotted = next.lower.ends_with('.') || doc.tokens.get(end + 2).is_some_and(|t| t.lower == ".");
    if let Some((r, c)) = lex.region_abbreviations.get(bare).filter(|_| dotted) {
        return Some((r, c));
    }
    let (_, places) = longest(doc, end + 1, doc.tokens.len(), &lex.place_names)?;
    places.iter().map(|&i| &lex.places[i]).find(|p| p.kind == "region").map(|p| (p.name.as_str(), p.country.as_str()))
}

/// Whether the article names the region (state, province) a gazetteer place lies in.
fn region_named(doc: &Doc, p: &crate::lexicon::Place) -> bool {
    !p.region.is_empty() && doc.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == p.region && e.country.as_deref() == Some(p.country.as_str()))
}

fn accept_place(doc: &Doc, lex: &Lexicon, p: usize, k: usize, region_word: bool) -> bool {
    let place = &lex.places[p];
    // ("Under questioning from Liberal senator Jane Roe", "Labor MP Jane Roe": a party's word
    // right before a lower-case office or noun for a person is the party, not the town spelt
    // so, whatever preposition comes before)
    let party_word = matches!(doc.tokens[k].lower.as_str(), "liberal" | "labor" | "labour" | "conservative" | "green" | "democratic" | "republican" | "socialist" | "communist" | "nationalist" | "unionist" | "tory");
    if !region_word && party_word && doc.tokens.get(k + 1).is_some_and(|x| x.kind == TokenKind::Word && (!x.cap && (lex.titles.contains_key(&x.lower) || lex.person_nouns.contains(&x.lower)) || x.lower == "mp")) {
        return false;
    }
    // ("Inspector General of Police X", "the Commissioner of Police": a listed title that runs
    // on over "of" and the word is that title, not a place spelt so, Police in Poland)
    if k >= 2 && doc.tokens[k - 1].lower == "of" && (k.saturating_sub(5)..k - 1).any(|l| title_at(doc, l, k + 1).is_some_and(|(e, _)| e == k + 1)) {
        return false;
    }
    // ("Reading the ruling on state television, the judge said …": a common word in "-ing"
    // opening its sentence before an article or a possessive is a verb, not the town so spelt)
    let lw = doc.tokens[k].lower.as_str();
    if !region_word && lw.ends_with("ing") && lex.is_common_word(lw)
        && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "these" | "those"))
        && doc.sentence_at(doc.tokens[k].span.start).is_some_and(|si| doc.sentences[si].tokens.0 == k)
    {
        return false;
    }
    if region_word || place.country.is_empty() {
        return true;
    }
    // "in Florida and Tuscany": a place coordinated with the place just named is where the
    // preposition asks for a place too
    let coordinated = k >= 2
        && matches!(doc.tokens[k - 1].lower.as_str(), "and" | "or")
        && doc.mentions.last().is_some_and(|m| m.span.end == doc.tokens[k - 2].span.end && matches!(doc.entities[m.entity].kind, EntityKind::Place | EntityKind::Country));
    let prep = k > 0 && PREPOSITIONS.contains(&doc.tokens[k - 1].lower.as_str()) || coordinated;
    let big = place.population >= 250_000;
    let capital = lex.country_by_code(&place.country).is_some_and(|c| lex.countries[c].is_capital(&place.name));
    // (asked only when needed: it searches the whole text)
    let country_named = || lex.country_by_code(&place.country).is_some_and(|c| {
        let c = &lex.countries[c];
        doc.named_country(&c.iso2).is_some()
            || doc.text().contains(&c.name)
    });
    // "across West and North Africa": a compass word alone is a region's name ("West" of
    // Cameroon) only where its country is named
    let compass = matches!(doc.tokens[k].lower.as_str(), "north" | "south" | "east" | "west" | "central" | "northern" | "southern" | "eastern" | "western")
        && doc.tokens.get(k + 1).is_none_or(|t| !t.cap);
    if compass && !country_named() {
        return false;
    }
    if place.kind == "region" {
        let lower = crate::lexicon::fold(&place.name);
        let person_name = lex.first_names.contains_key(&lower) || lex.surnames.get(&lower).is_some_and(|&r| r <= 5000);
        // US states, Canadian provinces, Australian states and the UK's nations are known
        // well enough by name alone ("California", "Ontario", "England")
        let uk_nation = matches!(place.name.as_str(), "England" | "Scotland" | "Wales" | "Northern Ireland");
        let well_known = matches!(place.country.as_str(), "US" | "CA" | "AU") || uk_nation;
        // (the UK's nations are places before they are surnames: "doctors in England",
        // "England announced its squad"; "Lynndie England" is a two-word run, not asked here)
        return country_named() || (prep || well_known) && (!person_name || uk_nation);
    }
    // a named region is evidence for its towns, though not enough to make a given name one
    let given_name = || lex.first_names.contains_key(&crate::lexicon::fold(&place.name));
    // (a small town spelt like a common surname or word, "Clinton", "Kennedy", "Bush", is
    // not made one by its country named somewhere in the story: "under Clinton and Bush";
    // asked of the word as written too, which may be the town's alias without its accents)
    let person_like = || {
        let like = |lower: &str| !lower.contains(' ') && (lex.first_names.contains_key(lower) || lex.surnames.get(lower).is_some_and(|&r| r <= 5000) || lex.is_common_word(lower));
        like(&crate::lexicon::fold(&place.name)) || like(&doc.tokens[k].lower) && doc.tokens.get(k + 1).is_none_or(|t| !t.cap)
    };
    // ("a result of Bush's invasion": nor by a preposition, when a possessive follows)
    let possessive = || doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s"));
    // ("two statues of David": "of" asks for a place less than "in" does; a given name there
    // is the person unless the town is large or its country or region is named)
    let of_given = || k > 0 && doc.tokens[k - 1].lower == "of" && place.population < 100_000 && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u');
    big || capital || (prep && place.population >= 20_000 && !(possessive() && person_like()) && !of_given()) || country_named() && !person_like() || region_named(doc, place) && !given_name()
}

/// "German government", "Russian foreign ministry": a state body named by adjective; and
/// "Chile's central bank", "Russia's foreign ministry": by the country's name, which names
/// the same body as its adjective does ("Chilean central bank").
fn state_bodies(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize) {
    for k in a..b {
        // ("Saudi Arabia hosted the talks. The kingdom's foreign ministry said …", "the country's
        // central bank": a word for the state and a possessive, the state named last before)
        let state_word = doc.tokens[k].lower == "the" && k + 3 < b && matches!(doc.tokens[k + 2].lower.as_str(), "'s" | "\u{2019}s") && matches!(doc.tokens[k + 1].lower.as_str(), "country" | "nation" | "kingdom");
        if !state_word && !doc.tokens[k].cap {
            continue;
        }
        // (the adjective of one or two words, "German", "South African"; or the country's name
        // and a possessive)
        let (country, body_at, possessive) = if state_word {
            match state_named_before(doc, lex, k, doc.tokens[k + 1].lower == "kingdom") {
                Some(c) => (c, k + 3, true),
                None => continue,
            }
        } else {
            match two_word_adjective(doc, lex, k).or_else(|| lex.country_adjectives.get(&doc.tokens[k].lower).map(|&c| (k + 1, c))) {
                Some((e, c)) => (c, e, false),
                // (a name of one word or more: "New Zealand's trade ministry", "Ivory Coast's foreign
                // ministry")
                None => match lex.country_names.get(&doc.tokens[k].lower).map(|c| (k + 1, c)).or_else(|| doc.tokens.get(k + 1).filter(|x| x.cap).and_then(|_| longest(doc, k, b, &lex.country_names))) {
                    Some((e, &c)) if doc.tokens.get(e).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "\u{2019}s")) => (c, e + 1, true),
                    // ("Belarus' defence ministry", "Cyprus' central bank": a name ending in "s"
                    // takes a bare apostrophe, written against it; here it may still be a token of
                    // quotation-mark kind, so not `np::bare_apostrophe`, which asks for a word)
                    Some((e, &c)) if e == k + 1 && doc.tokens[k].lower.ends_with('s') && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'" | "\u{2019}") && t.span.start == doc.tokens[k].span.end) => (c, k + 2, true),
                    // ("Russia has criticised the court. Its foreign ministry said": "Its" opening
                    // the sentence is the state the sentence before opens with)
                    _ if k == a && doc.tokens[k].lower == "its" => match subject_state_before(doc, lex, k) {
                        Some(c) => (c, k + 1, true),
                        None => continue,
                    },
                    _ => continue,
                },
            }
        };
        if body_at >= b {
            continue;
        }
        // (after a possessive only a ministry, a central bank, a coast guard, a general staff or
        // an embassy: "Norway's air force", "Ukraine's government" speak for the state itself;
        // "Ukraine's general staff said" reports as a body of its own, as the capitalised name
        // does; "Chile's embassy in Rome said" is the embassy, as "the Chilean embassy" is, and
        // "an embassy spokesperson" after it speaks for it)
        let listed = state_body_at(doc, lex, body_at, b, |s| s.adjective && (!possessive || matches!(s.words.last().map(String::as_str), Some("ministry" | "bank" | "office" | "guard" | "staff" | "embassy")))).filter(|_| !doc.tokens[body_at].cap);
        if let Some(end) = listed.or_else(|| portfolio_ministry(doc, lex, body_at, b)) {
            let name = national_body(lex, country, &text_of(doc, body_at, end)).unwrap_or_else(|| if possessive { format!("{} {}", lex.country_adjective(country), text_of(doc, body_at, end)) } else { text_of(doc, k, end) });
            // after a possessive the country keeps its mention and the body is named by the
            // words after it ("Chile's" | "central bank")
            let span = span_of(doc, if possessive { body_at } else { k }, end);
            let ent = doc.organisation(&name);
            doc.add_mention(span, ent, MentionKind::Name);
        }
    }
}

/// The country (its lexicon index) named last before token `t`, in its sentence or the two
/// before; with `kingdom`, only a monarchy news calls "the kingdom".
fn state_named_before(doc: &Doc, lex: &Lexicon, t: usize, kingdom: bool) -> Option<usize> {
    const KINGDOMS: &[&str] = &["SA", "JO", "MA", "BH", "TH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "KH", "SZ", "LS", "BT", "TO"];
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let from = doc.sentences[si.saturating_sub(2)].span.start;
    let at = doc.tokens[t].span.start;
    doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from).find_map(|m| {
        let e = &doc.entities[m.entity];
        let iso = e.country.as_deref().filter(|_| e.kind == EntityKind::Country)?;
        (!kingdom || KINGDOMS.contains(&iso)).then(|| lex.country_by_code(iso)).flatten()
    })
}

/// The country (its lexicon index) that opens the sentence before token `t`'s, as its subject
/// ("Russia, which …, has criticised …"; "The United States said …").
fn subject_state_before(doc: &Doc, lex: &Lexicon, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?.checked_sub(1)?;
    let a = doc.sentences[si].tokens.0;
    let first = if doc.tokens.get(a).is_some_and(|x| x.lower == "the") { a + 1 } else { a };
    let m = doc.mention_at_token(first)?;
    let e = &doc.entities[doc.mentions[m].entity];
    (e.kind == EntityKind::Country).then(|| e.country.as_deref().and_then(|iso| lex.country_by_code(iso))).flatten()
}

/// The listed name of country `c`'s body `body` ("central bank" of the United States is the
/// Federal Reserve), so that both names make one node.
fn national_body(lex: &Lexicon, c: usize, body: &str) -> Option<String> {
    lex.national_bodies.get(&(lex.countries[c].iso2.clone(), body.to_lowercase())).cloned()
}

/// "commerce ministry", "interior ministry", "state department" written in lower case after a
/// country's adjective ("the Chinese commerce ministry"): one or two plain words, then
/// "ministry" or "department". Returns the end of the phrase.
fn portfolio_ministry(doc: &Doc, lex: &Lexicon, k: usize, b: usize) -> Option<usize> {
    let plain = |m: usize| doc.tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lower.len() > 2 && !lex.stopwords.contains(&t.lower));
    (k + 1..(k + 3).min(b)).find(|&h| matches!(doc.tokens[h].lower.as_str(), "ministry" | "department") && (k..h).all(plain)).map(|h| h + 1)
}

/// A lone capitalised word: a known person's surname, a person by context, or nothing.
fn single_word(doc: &mut Doc, lex: &Lexicon, t: usize, sentence_start: bool) {
    let span = doc.tokens[t].span;
    if doc.mention_at_token(t).is_some() {
        return;
    }
    let word = doc.slice(span).to_string();
    // a lone initial ("said in X.", "Plan B") is never a name on its own, nor is a people's
    // or a faith's adjective ("Arab states", "Sunni leaders"), nor a label before its colon
    if word.chars().filter(|c| c.is_alphabetic()).count() < 2 || lex.peoples.contains(&doc.tokens[t].lower) || credit_label(&word) && doc.tokens.get(t + 1).is_some_and(|x| x.lower == ":") {
        return;
    }
    // "Angelo" after "Angelo Ruiz": the first name of the one person of that first name
    let lw = &doc.tokens[t].lower;
    let given = lex.first_names.get(lw).is_some_and(|g| *g != 'u') || lex.census_given.contains(lw);
    if given && !lex.is_common_word(lw) && !lex.place_names.contains_key(lw) && lex.country_any(lw).is_none() {
        let mut same = doc.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Person && e.name.split_whitespace().count() >= 2 && e.name.split_whitespace().next() == Some(word.as_str())
        });
        if let (Some((e, _)), None) = (same.next(), same.next()) {
            doc.add_mention(span, e, MentionKind::Name);
            return;
        }
    }
    // a person named in full, or by this word after a title ("President Okafor … Okafor and
    // Jane Roe took office": the gazetteer's town of that name is no rival then)
    let known = doc.people_named_in_full(&word).next().is_some() || titled_by_word(doc, lex, &word);
    // ("One Republican threatened …", "Americans worried about …", "Twenty-seven said …": a
    // noun for a person, a people's name or a number is no one's name; the phrase speaks
    // unnamed)
    if !known && no_name_alone(lex, lw) {
        return;
    }
    // "Thanks KK": a closing's initials, two or three capitals no list knows, then a line's end
    // or a capitalised word
    if t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "thanks" | "regards" | "cheers") && (2..=3).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
        && lex.country_any(lw).is_none() && longest(doc, t, t + 1, &lex.organisations).is_none() && !lex.region_abbreviations.contains_key(lw) && !lex.postal_regions.contains_key(word.as_str())
        && doc.tokens.get(t + 1).is_none_or(|x| x.cap || x.kind != TokenKind::Word || doc.text()[span.end..x.span.start].contains('\n'))
    {
        let ent = doc.person(&word, span.start);
        doc.add_mention(span, ent, MentionKind::Name);
        return;
    }
    // "Hi Dana", "Thanks, Jo": a greeting's or closing's given name, or a word no list
    // knows, even where a town bears it
    if greeted(doc, t)
        && (lex.first_names.get(lw).is_some_and(|g| *g != 'u') || !lex.is_common_word(lw) && !lex.stopwords.contains(lw))
        && lex.country_any(lw).is_none()
        && !lex.titles.contains_key(lw)
        && !lex.title_modifiers.contains(lw)
        && !lex.org_words.contains(word.as_str())
        && word.chars().any(char::is_lowercase)
    {
        let ent = doc.person(&word, span.start);
        doc.add_mention(span, ent, MentionKind::Name);
        return;
    }
    // "Quarnby is a village … Quarnby lies on the coast": the place of that name
    if let Some(e) = named_place(doc, t, t + 1).filter(|_| !known) {
        doc.add_mention(span, e, MentionKind::Name);
        return;
    }
    // "said Tarwin farmer Jane Roe", "Tarwin grain grower Jane Roe said": a town the gazetteer
    // knows, then lowercase words ending in a noun for a person, then that person's name: the
    // town where the person lives or works, not a person
    if !known && lex.place_names.contains_key(lw) && lex.country_any(lw).is_none() && place_before_person_noun(doc, lex, t) {
        mention_place(doc, lex, t, t + 1, false);
        return;
    }
    let by_cue = cue_follows(doc, t + 1) && !lex.stopwords.contains(&doc.tokens[t].lower) && !after_article(doc, t);
    let by_title = t > 0 && !clock_half(doc, t - 1) && lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|ti| ti.class != crate::lexicon::TitleClass::Generic);
    // "…,” said O'Neill": the speaker named right after the cue
    let after_cue = t > 1 && lex.cues.get(&doc.tokens[t - 1].lower).is_some_and(|c| c.lemma == "say" || c.lemma == "add") && matches!(doc.tokens[t - 2].lower.as_str(), "," | "\"" | "”" | "''");
    // ('said Kesses MP Jane Roe': a constituency or town before an office written with capitals
    // and the name of its holder, no person)
    let office_next = doc.tokens.get(t + 1).is_some_and(|x| x.cap && lex.titles.get(&x.lower).is_some_and(|ti| ti.class == crate::lexicon::TitleClass::Office)) && doc.tokens.get(t + 2).is_some_and(|x| x.cap && x.kind == TokenKind::Word);
    if after_cue && office_next && !known && !lex.first_names.contains_key(lw) {
        return;
    }
    // a lone first name inside a sentence ("said Angelo") names a person
    let ordinary = sentence_start && ordinary_word(lex, lw);
    let first_name = !ordinary && lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.place_names.contains_key(&doc.tokens[t].lower);
    if group_noun(lex, lw) && !known {
        return;
    }
    if noun_after_article(doc, lex, t) && !known {
        return;
    }
    // "the Quarnel crossing": a lone word between "the" and a common noun is no person's name
    if modifier_after_the(doc, lex, t, t + 1) && !known {
        return;
    }
    if firm_of_people(doc, lex, t) && !known && !first_name {
        let ent = doc.organisation(&word);
        doc.add_mention(span, ent, MentionKind::Name);
        return;
    }
    // "Thune, a South Dakota Republican, said": an appositive for a person, then a cue
    // ("Zelensky, in his nightly address, said": a parenthetical phrase that opens with a
    // preposition, then a cue)
    let by_apposition = !ordinary
        && (appositive_title_follows(doc, t + 1) && (t + 2..doc.tokens.len().min(t + 12)).find(|&k| doc.tokens[k].lower == ",").is_some_and(|close| cue_follows(doc, close + 1))
            || parenthetical_then(doc, t + 1, cue_follows));
    // "Its president, Puttaswamy, said", "Its general secretary, Nanjundaswamy, who …": one
    // word no list knows, in apposition to a noun for a person, then a cue or "who"
    let single_in_apposition = || {
        doc.tokens.get(t + 1).is_some_and(|x| x.lower == ",")
            && (cue_follows(doc, t + 2) || doc.tokens.get(t + 2).is_some_and(|x| x.lower == "who"))
            && !lex.is_common_word(lw)
            && !lex.place_names.contains_key(lw)
            && lex.country_any(lw).is_none()
            && word.chars().any(char::is_lowercase)
            && apposition_to_person(doc, lex, t)
    };
    if known || (by_cue && !sentence_start) || (by_cue && !lex.first_names.contains_key(lw) && !ordinary) || by_title || first_name || after_cue || by_apposition || bare_speaker(doc, lex, t, sentence_start) || single_in_apposition() {
        if lex.title_modifiers.contains(&doc.tokens[t].lower) || lex.titles.contains_key(&doc.tokens[t].lower) {
            return;
        }
        let ent = doc.person(&word, span.start);
        doc.add_mention(span, ent, MentionKind::Name);
    }
}

/// Whether the article names a one-word person `word` right after a title of office or an
/// honorific ("President Okafor", "Mr. Okafor").
fn titled_by_word(doc: &Doc, lex: &Lexicon, word: &str) -> bool {
    doc.mentions.iter().any(|m| {
        let t = doc.token_at(m.span.start);
        doc.entities[m.entity].kind == EntityKind::Person
            && doc.entities[m.entity].name == word
            && t > 0
            && lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|ti| ti.class != crate::lexicon::TitleClass::Generic)
    })
}

/// Whether token `t` stands right after a preposition of place ("at Tarwin", "around
/// Tarwin"), or after "and" or a comma that follow a capitalised word after one ("around
/// Tarwin and Kimba").
fn after_place_preposition(doc: &Doc, t: usize) -> bool {
    let place_prep = |k: usize| matches!(doc.tokens[k].lower.as_str(), "at" | "in" | "around" | "near" | "outside" | "across") && !doc.tokens[k].cap;
    let mut k = t;
    while k >= 2 && matches!(doc.tokens[k - 1].lower.as_str(), "and" | ",") && doc.tokens[k - 2].cap && doc.tokens[k - 2].kind == TokenKind::Word {
        k -= 2;
    }
    k >= 1 && place_prep(k - 1)
}

/// Whether the word at `t` is the first name of a person named in full elsewhere in the text.
fn first_name_of_person_named(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    lex.first_names.contains_key(&doc.tokens[t].lower) && doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.split_whitespace().next().is_some_and(|f| f.eq_ignore_ascii_case(&doc.tokens[t].lower)))
}

/// Whether one or two lowercase words ending in a noun for a person (not an office: "Biden
/// aide") and then two capitalised words follow token `t` ("Tarwin farmer Jane Roe", "Tarwin
/// grain grower Jane Roe").
fn place_before_person_noun(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let lower = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower));
    let name = |k: usize| (k..k + 2).all(|m| doc.tokens.get(m).is_some_and(|x| x.kind == TokenKind::Word && x.cap));
    (t + 1..t + 3).take_while(|&k| lower(k)).any(|k| lex.person_nouns.contains(&doc.tokens[k].lower) && name(k + 1))
}

/// "Jamaat-e-Islami", "Tehrik-i-Taliban": capitalised parts joined by "-e-" or "-i-".
fn izafat_name(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() >= 3
        && parts.iter().enumerate().all(|(n, p)| if n % 2 == 1 { matches!(*p, "e" | "i") } else { p.len() >= 3 && p.starts_with(|c: char| c.is_uppercase()) && p.chars().skip(1).all(char::is_lowercase) })
        && parts.len() % 2 == 1
}

/// A word that alone names no one, before a cue too: a noun for a person ("One Republican
/// threatened"), a people's name ("Americans worried"), a number ("Twenty-seven said").
pub(crate) fn no_name_alone(lex: &Lexicon, lw: &str) -> bool {
    lex.person_nouns.contains(lw) || lex.country_any(lw).is_some() || number_word(lw)
}

/// Tokens `i..j` as a party-and-state tag after a member's name ("D-Ohio", "R-New Mexico",
/// "I-Vt."): a comma or opening bracket before, a comma, bracket or full stop after; the state
/// (a US region of the gazetteer, or its AP abbreviation) is named. Whether it was.
fn party_state_tag(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    // ("Sen. Jane Roe (R., La.)": the Wall Street Journal's tag, the party's initial with a full
    // stop, a comma, then the state)
    let tok = |k: usize| doc.slice(doc.tokens[k].span);
    let party = |k: usize| matches!(tok(k), "R" | "D" | "I");
    let dotted = i >= 3 && tok(i - 1) == "," && (matches!(tok(i - 2), "R." | "D." | "I.") && tok(i - 3) == "(" || i >= 4 && tok(i - 2) == "." && party(i - 3) && tok(i - 4) == "(");
    if dotted {
        return state_of_tag(doc, lex, doc.tokens[i].span.start, j);
    }
    let b = doc.slice(doc.tokens[i].span).as_bytes();
    if b.len() < 4 || b[1] != b'-' || !matches!(b[0], b'D' | b'R' | b'I') || i == 0 || !matches!(doc.tokens[i - 1].lower.as_str(), "," | "(") {
        return false;
    }
    state_of_tag(doc, lex, doc.tokens[i].span.start + 2, j)
}

/// The US state of a party-and-state tag, from byte `start` to the end of token `j - 1`
/// (a comma, bracket or full stop after): a mention of it when the gazetteer knows it.
fn state_of_tag(doc: &mut Doc, lex: &Lexicon, start: usize, j: usize) -> bool {
    // (an abbreviation's full stop may be a token of its own)
    let dot = doc.tokens.get(j).is_some_and(|x| x.lower == "." && x.span.start == doc.tokens[j - 1].span.end);
    let after = if dot { j + 1 } else { j };
    if !doc.tokens.get(after).is_none_or(|x| matches!(x.lower.as_str(), "," | ")" | "." | ";")) {
        return false;
    }
    let name = doc.text()[start..doc.tokens[j - 1].span.end].to_string();
    let bare = name.trim_end_matches('.');
    let region = match lex.region_abbreviations.get(&bare.to_lowercase()).filter(|(_, c)| c == "US") {
        Some((r, _)) => r.clone(),
        None => bare.to_string(),
    };
    let Some(p) = lex.place_names.get(&fold(&region)).and_then(|ps| ps.iter().copied().find(|&p| lex.places[p].kind == "region" && lex.places[p].country == "US")) else {
        return false;
    };
    let ent = doc.place(p, true);
    doc.add_mention(Span::new(start, start + bare.len()), ent, MentionKind::Name);
    true
}

/// Token `i` as names joined by hyphens ("Putin-Trump", "US-Russia"): when every part is a
/// country or the surname of one person named in full before, a mention of each; whether it
/// was.
fn hyphenated_names(doc: &mut Doc, lex: &Lexicon, i: usize) -> bool {
    let tok = doc.tokens[i].span;
    let text = doc.slice(tok);
    if !text.contains('-') || longest(doc, i, i + 1, &lex.country_names).is_some() || longest(doc, i, i + 1, &lex.place_names).is_some() || longest(doc, i, i + 1, &lex.organisations).is_some() {
        return false;
    }
    enum Part {
        Country(usize),
        Person(usize),
    }
    let mut parts: Vec<(Span, Part)> = Vec::new();
    let mut at = tok.start;
    for p in text.split('-') {
        let sp = Span::new(at, at + p.len());
        at += p.len() + 1;
        if !p.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let lower = p.to_lowercase();
        if let Some(c) = lex.country_names.get(&lower) {
            parts.push((sp, Part::Country(*c)));
            continue;
        }
        let mut people = doc.people_named_in_full(p);
        match (people.next(), people.next()) {
            (Some(e), None) => parts.push((sp, Part::Person(e))),
            _ => return false,
        }
    }
    if parts.len() < 2 {
        return false;
    }
    for (sp, part) in parts {
        let e = match part {
            Part::Country(c) => doc.country(c),
            Part::Person(e) => e,
        };
        doc.add_mention(sp, e, MentionKind::Name);
    }
    true
}

/// "seven", "twenty-seven", "hundreds": a number written out.
pub(crate) fn number_word(lw: &str) -> bool {
    lw.split('-').all(|p| {
        matches!(
            p,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" | "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety" | "hundred" | "hundreds" | "thousand" | "thousands" | "dozens" | "millions"
        )
    })
}

/// "GENEVA (Reuters) -", "Geneva, March 3 (AFP) –": the place a dateline opens with, where
/// a given name or an organisation's initials would otherwise take the word (a listed place
/// of one to three words before the bracket or comma; a country is left to the name rules).
/// Returns the token after it.
fn dateline_place(doc: &mut Doc, lex: &Lexicon, i: usize) -> Option<usize> {
    let para = doc.paragraphs.get(doc.sentences[doc.sentence_at(doc.tokens[i].span.start)?].paragraph)?;
    if para.span.start != doc.tokens[i].span.start || doc.mention_at_token(i).is_some() {
        return None;
    }
    let (_, hi) = crate::text::tokens_in(&doc.tokens, para.span);
    let e = (i..hi.min(i + 4)).find(|&t| doc.tokens[t].kind != TokenKind::Word)?;
    if e == i || !matches!(doc.tokens[e].lower.as_str(), "(" | ",") {
        return None;
    }
    crate::text::sentences::dateline_end(doc.text(), &doc.tokens, i, hi)?;
    let name = fold(&text_of(doc, i, e));
    if lex.country_names.contains_key(&name) {
        return None;
    }
    let places = lex.place_names.get(&name)?;
    // after a comma, a region or country the place lies in, or a date; anything else
    // ("FAIRVIEW, W.Va. -", a town the gazetteer lacks) leaves the word to the name rules
    let region = region_after(doc, lex, e);
    let country = (doc.tokens[e].lower == ",").then(|| longest(doc, e + 1, doc.tokens.len(), &lex.country_names)).flatten().map(|(_, &c)| lex.countries[c].iso2.as_str());
    let places: Vec<usize> = places.iter().copied().filter(|&p| region.is_none_or(|r| lies_in(&lex.places[p], r)) && country.is_none_or(|c| lex.places[p].country == c)).collect();
    let dated = doc.tokens.get(e + 1).is_some_and(|t| crate::lexicon::is_month_or_abbreviation(&t.lower) || t.kind == TokenKind::Number);
    if places.is_empty() || doc.tokens[e].lower == "," && region.is_none() && country.is_none() && !dated {
        return None;
    }
    let p = choose_place(doc, lex, &places, false, region);
    let ent = doc.place(p, false);
    doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
    Some(e)
}

/// "Minister of Foreign Affairs Jan Kowal": where, in the run `k..j` after an office's "of" or
/// "for", a portfolio of capitalised common words (no given names) ends and a holder's name of
/// two or three words, none of them common but a given name, begins.
fn portfolio_then_holder(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<usize> {
    // ("Minister for Home Affairs Sun Xueling": a Chinese or Korean family name spelt as a
    // common word opens a two-word name that ends the run in a word no list knows)
    let family = |x: usize| x + 2 == j && super::np::east_asian_family(doc.slice(doc.tokens[x].span)) && doc.tokens[x + 1].cap && !lex.is_common_word(&doc.tokens[x + 1].lower);
    let plain = |x: usize| doc.tokens[x].cap && lex.is_common_word(&doc.tokens[x].lower) && !lex.first_names.contains_key(&doc.tokens[x].lower) && !family(x);
    let m = (k..j).find(|&x| !plain(x))?;
    let named = |x: usize| lex.first_names.contains_key(&doc.tokens[x].lower) || name_like(doc, lex, x, x + 1) || family(x);
    (m > k && (2..=3).contains(&(j - m)) && (m..j).all(named) && name_like(doc, lex, j - 1, j)).then_some(m)
}

/// "Minister of Youth and Sports Jane Roe": the run after the "and" of an office's portfolio
/// of two parts (an office, "of"/"for", capitalised words, "and") opens with the portfolio's
/// last words; where the holder's name begins, if it does.
fn portfolio_part_after_and(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> Option<usize> {
    if i < 4 || doc.tokens[i - 1].lower != "and" || !doc.tokens[i - 2].cap {
        return None;
    }
    // (back over the portfolio's first part, to "of"/"for", then over the office's words:
    // "Minister of State for Trade and Industry")
    let mut p = i - 2;
    while p > 0 && doc.tokens[p].cap && i - 2 - p < 4 {
        p -= 1;
    }
    if !matches!(doc.tokens[p].lower.as_str(), "of" | "for") || doc.tokens[p].cap {
        return None;
    }
    // (the first part common words, no name: "Secretary of State Jane Roe and Vexmoor Foreign
    // Minister X" is two people)
    if !(p + 1..i - 1).all(|x| lex.is_common_word(&doc.tokens[x].lower) && !lex.first_names.contains_key(&doc.tokens[x].lower)) {
        return None;
    }
    let office = (p.saturating_sub(4)..p).rev().take_while(|&h| doc.tokens[h].cap || matches!(doc.tokens[h].lower.as_str(), "of" | "for"))
        .any(|h| doc.tokens[h].cap && lex.titles.get(&doc.tokens[h].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office));
    if !office {
        return None;
    }
    // the portfolio's words (no given names), then a name of two words, or of three when the
    // first is a given name; none at all when the run is the portfolio alone ("Minister of
    // Youth and Sports said")
    // (no title among the portfolio's words: "… and Vexmoor Foreign Minister X" opens an office)
    let portfolio_word = |x: usize| doc.tokens[x].cap && !lex.first_names.contains_key(&doc.tokens[x].lower) && !lex.titles.contains_key(&doc.tokens[x].lower);
    let m = if j >= i + 4 && lex.first_names.contains_key(&doc.tokens[j - 3].lower) { j - 3 } else { j.checked_sub(2)? };
    if (i..j).all(|x| portfolio_word(x) && !name_like(doc, lex, x, x + 1)) {
        return Some(j);
    }
    (m > i && (i..m).all(portfolio_word) && (m..j).all(|x| lex.first_names.contains_key(&doc.tokens[x].lower) || name_like(doc, lex, x, x + 1))).then_some(m)
}

/// "Labour Minister Jane Roe", "the Labour Ministry": one word at `k..e` (which a list may
/// know as a party's name) before a capitalised office or ministry is that office's
/// portfolio, no organisation of its own; not initials ("NATO Secretary General").
pub(crate) fn portfolio_before_office(doc: &Doc, k: usize, e: usize) -> bool {
    e == k + 1 && doc.slice(doc.tokens[k].span).chars().any(char::is_lowercase) && doc.tokens.get(e).is_some_and(|t| t.cap && matches!(t.lower.as_str(), "minister" | "ministry" | "secretary"))
}

/// "Brown said on Friday …", "Young told reporters …": a capitalised common singular noun that
/// opens its sentence right before "said", "says", "told" or "added" can only be a name (a
/// noun there needs an article or is a plural: "Officials said", "The report says").
fn bare_speaker(doc: &Doc, lex: &Lexicon, t: usize, sentence_start: bool) -> bool {
    let lw = doc.tokens[t].lower.as_str();
    sentence_start
        && doc.tokens[t].cap
        && doc.tokens[t].kind == TokenKind::Word
        && lw.len() >= 3
        && !lw.ends_with('s')
        && lex.is_common_word(lw)
        && !lex.stopwords.contains(lw)
        && !lex.person_nouns.contains(lw)
        && !lex.speaker_nouns.contains(lw)
        && !lex.titles.contains_key(lw)
        && !lex.org_words.contains(doc.slice(doc.tokens[t].span))
        && !lex.title_modifiers.contains(lw)
        // ("the U.S. Treasury says": a body every state has)
        && !lex.state_body_keys.contains(lw)
        && (speaks_at(doc, t + 1) || parenthetical_then(doc, t + 1, |d, k| speaks_at(d, k) || cue_follows(d, k) || d.tokens.get(k).is_some_and(|x| x.lower == "demanded")))
}

/// "said", "told", "added" (and their present) at token `k`.
fn speaks_at(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes"))
}

/// ", in a post on X, said" at token `k`: a comma, a phrase opened by a preposition or a
/// speaking participle, and a second comma within a dozen tokens, then what `then` asks of
/// the token after it.
fn parenthetical_then(doc: &Doc, k: usize, then: impl Fn(&Doc, usize) -> bool) -> bool {
    doc.tokens.get(k).is_some_and(|x| x.lower == ",")
        && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "in" | "at" | "during" | "speaking" | "writing" | "after" | "before"))
        && (k + 1..doc.tokens.len().min(k + 11)).find(|&c| doc.tokens[c].lower == ",").is_some_and(|c| then(doc, c + 1))
}

/// "a Democrat seeking …", "the Republican said": a capitalised noun for a person after an
/// article is that noun, not a name.
fn noun_after_article(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    after_article(doc, t) && lex.person_nouns.contains(&doc.tokens[t].lower)
}

/// Token `t` follows an article ("a", "an", "the"), which people's names do not take.
fn after_article(doc: &Doc, t: usize) -> bool {
    t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "a" | "an" | "the")
}

/// Name `k..end` stands between "the" (which people's names do not take) and a lower-case
/// common word other than a speech cue, which it modifies ("the Quarnel Vexby crossing").
fn modifier_after_the(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    k > 0
        && doc.tokens[k - 1].lower == "the"
        && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && lex.is_common_word(&t.lower) && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower))
}

/// The end of a listed place whose name starts in run `i..j` and goes on over the lower-case
/// word `j` to a capitalised word, or is a world region: "Rio Grande do Sul", "the Baltic
/// states".
fn place_through_lower(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    if doc.tokens[j].cap || doc.tokens[j].kind != TokenKind::Word || REGION_WORDS.contains(&doc.tokens[j].lower.as_str()) {
        return None;
    }
    (i.max(j.saturating_sub(3))..j).find_map(|k| {
        longest(doc, k, b, &lex.place_names)
            .filter(|&(e, p)| e > j && (doc.tokens[e - 1].cap || p.iter().any(|&x| matches!(lex.places[x].kind, "continent" | "world region"))))
            .map(|(e, _)| e)
    })
}

/// "analysts at Jefferies said", "officials from Nomura": a lone name after people "at" or
/// "from" names their firm or body, not a person.
fn firm_of_people(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "at" | "from") && {
        let p = doc.tokens[t - 2].lower.as_str();
        lex.speaker_nouns.contains(p) || p.strip_suffix('s').is_some_and(|s| lex.person_nouns.contains(s) || lex.titles.contains_key(s))
    }
}

/// "Democrats wanted …", "Republicans said …": the plural of a common noun names a group
/// wherever it stands, unless it is also a surname ("Woods said").
fn group_noun(lex: &Lexicon, lw: &str) -> bool {
    // (also a plural of a word for a practitioner no list holds: "Volcanologists warned")
    let practitioners = lw.len() >= 8 && (lw.ends_with("ists") || lw.ends_with("icians")) && !lex.first_names.contains_key(lw);
    (lw.strip_suffix('s').is_some_and(|stem| stem.len() >= 3 && !stem.ends_with('s') && lex.common_words.contains(stem)) || practitioners) && !lex.surnames.contains_key(lw)
}

/// A common lower-case word or the plural of a noun for people ("readers", "lawmakers",
/// "officials"): capitalised at the start of a sentence, it says nothing about a name.
fn ordinary_word(lex: &Lexicon, lw: &str) -> bool {
    let stem = lw.strip_suffix('s').filter(|s| s.len() >= 3);
    lex.is_common_word(lw)
        || lex.person_nouns.contains(lw)
        || lex.speaker_nouns.contains(lw)
        || stem.is_some_and(|s| lex.titles.contains_key(s) || lex.speaker_nouns.contains(s))
        || lw.strip_suffix("ies").is_some_and(|s| lex.common_words.contains(&format!("{s}y")))
}

/// The end of a holiday or event name starting at token `k` ("Labor Day", "New Year's Eve",
/// "Super Bowl"): a listed name, or capitalised words ending in an event head ("Day",
/// "Week", "Month") none of which is a first name ("Doris Day" is a person).
fn holiday_at(doc: &Doc, lex: &Lexicon, k: usize) -> Option<usize> {
    let (_, sb) = doc.sentences[doc.sentence_at(doc.tokens[k].span.start)?].tokens;
    if let Some((e, _)) = longest(doc, k, sb, &lex.holidays) {
        return Some(e);
    }
    if !is_cap_word(doc, k) || lex.stopwords.contains(&doc.tokens[k].lower) {
        return None;
    }
    let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
    for m in k + 1..sb.min(k + 4) {
        let t = &doc.tokens[m];
        if is_cap_word(doc, m) && lex.holiday_heads.contains(&t.lower) {
            return (!(k..m).any(given)).then_some(m + 1);
        }
        if !(is_cap_word(doc, m) || t.lower == "'s") || given(m) {
            return None;
        }
    }
    None
}

/// The end of a holiday name that covers token `t` (it may start a few tokens before).
pub(crate) fn holiday_cover(doc: &Doc, lex: &Lexicon, t: usize) -> Option<usize> {
    // (asked at every word of every capitalised run: most have no listed holiday starting at
    // most four words before and no event head from `t` on, which `holiday_at` needs)
    // (the tokens' facts first: they turn most words away with no lexicon lookup)
    let listed = (t.saturating_sub(4)..=t).any(|s| word_fact(doc, s, MAY_OPEN_HOLIDAY) && lex.holidays.max_tokens_from(&doc.tokens[s].lower).is_some());
    // (the list first: it turns most words away in a few instructions)
    let head = || (t..doc.tokens.len().min(t + 4)).any(|m| word_fact(doc, m, MAY_BE_HOLIDAY_HEAD) && lex.holiday_heads.contains(&doc.tokens[m].lower) && is_cap_word(doc, m));
    if !listed && !head() {
        return None;
    }
    (t.saturating_sub(4)..=t).find_map(|s| holiday_at(doc, lex, s).filter(|&e| e > t))
}

/// "Homeland Security Secretary Jeh Johnson", "Senate Majority Leader Tom Ecker": in the
/// run `k..j`, words naming what an office belongs to, the office (a title from the table,
/// the first one after `k`, with what follows it in the title), then one to four words of a
/// person's name. Returns the title's first token and the name's first token.
fn title_chain(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<(usize, usize)> {
    let h = (k + 1..j).find(|&h| longest(doc, h, j, &lex.titles).is_some())?;
    let (mut e, _) = title_at(doc, h, j)?;
    // ("Vexmoor Parliament Commissioner for Human Rights X": a capitalised portfolio after
    // "for" or "of" is the office's; the holder's name opens at a given name after it)
    if e + 2 < j && matches!(doc.tokens[e].lower.as_str(), "of" | "for") {
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        let m = (e + 2..j - 1).find(|&m| given(m) && person_shape(doc, lex, m, j, true))?;
        if !(e + 1..m).all(|x| is_cap_word(doc, x)) {
            return None;
        }
        e = m;
    }
    // ("Vexmoor Region Acting Governor X": a title's modifier before it is the title's, not the
    // owner's)
    let mut h = h;
    while h > k + 1 && matches!(doc.tokens[h - 1].lower.as_str(), "acting" | "interim" | "deputy" | "former" | "outgoing" | "incoming") {
        h -= 1;
    }
    // "leader", "official" describe more than they name: one word after them is no name
    let generic = (h..e).rev().find_map(|m| lex.titles.get(&doc.tokens[m].lower)).is_some_and(|t| t.class == crate::lexicon::TitleClass::Generic);
    if generic && j - e < 2 {
        return None;
    }
    if e >= j || j - e > 4 || (k..h).any(|m| !is_cap_word(doc, m) && !connector(&doc.tokens[m].lower)) {
        return None;
    }
    // the owner is no person: "Stephen King Chairman Jane Roe" is not a chain
    // (a large listed place whose name is also a given name is the owner: "London Mayor X",
    // "Sydney Mayor X")
    let big_place = || {
        let name = (k..h).map(|m| doc.tokens[m].lower.as_str()).collect::<Vec<_>>().join(" ");
        lex.place_names.get(&name).is_some_and(|p| p.iter().any(|&i| lex.places[i].population >= 100_000 || lex.places[i].kind == "region"))
    };
    if lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u') && person_shape(doc, lex, k, h, true) && !big_place() {
        return None;
    }
    let name_ok = if j - e == 1 {
        let w = doc.slice(doc.tokens[e].span);
        w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && w.chars().skip(1).any(char::is_lowercase)
            && !lex.is_common_word(&doc.tokens[e].lower)
            && !lex.stopwords.contains(&doc.tokens[e].lower)
            && !lex.titles.contains_key(&doc.tokens[e].lower)
            && lex.country_any(&doc.tokens[e].lower).is_none()
    } else {
        // (or two words after the office, the last no common word, whatever the first:
        // "Oblast Governor Roman Vexov", whose given name is also an adjective)
        let plain = |m: usize| {
            let l = doc.tokens[m].lower.as_str();
            is_cap_word(doc, m) && !lex.stopwords.contains(l) && !lex.titles.contains_key(l) && lex.country_any(l).is_none() && doc.slice(doc.tokens[m].span).chars().skip(1).any(char::is_lowercase)
        };
        // ("Illinois Gov. JB Vexov", "Gov. J.B. Vexov": initials for the given names, two or
        // three capitals, dotted or not, that name no country or listed body)
        let initials = |m: usize| {
            let w = doc.slice(doc.tokens[m].span);
            capitals(&w.replace('.', ""), 2..=3) && (!w.contains('.') || w.ends_with('.'))
                && lex.country_any(&doc.tokens[m].lower).is_none() && !lex.organisations.contains_key(&doc.tokens[m].lower)
        };
        // (a last word that is also a place's name only when the place is small or the word
        // a listed surname too: "London Mayor Sadiq Khan", Khan an alias of a German town)
        let known_place = |w: &str| lex.place_names.get(w).is_some_and(|p| p.iter().any(|&i| lex.places[i].population >= 100_000 || lex.places[i].kind == "region"));
        let two = j - e == 2 && (plain(e) || initials(e)) && plain(e + 1) && !lex.is_common_word(&doc.tokens[e + 1].lower) && (!known_place(&doc.tokens[e + 1].lower) || lex.surnames.contains_key(&doc.tokens[e + 1].lower));
        // ("Karnataka Minister D K Vexov", "Union Minister C R Vexov": initials written apart,
        // each one capital with no stop, as Indian papers print them, then the surname)
        let spaced = (2..=3).contains(&(j - e))
            && (e..j - 1).all(|m| doc.tokens[m].kind == TokenKind::Word && doc.slice(doc.tokens[m].span).len() == 1 && doc.tokens[m].cap)
            && plain(j - 1)
            && !lex.is_common_word(&doc.tokens[j - 1].lower);
        person_shape(doc, lex, e, j, true) || j - e <= 3 && name_like(doc, lex, e, j) || two || spaced
    };
    name_ok.then_some((h, e))
}

/// A country's adjective of two words at token `k` ("South African", "North Korean"): its end
/// and the country.
pub(crate) fn two_word_adjective(doc: &Doc, lex: &Lexicon, k: usize) -> Option<(usize, usize)> {
    let second = doc.tokens.get(k + 1)?;
    // (asked at every capitalised word: the phrase is built only after a word that opens one)
    if !lex.country_adjective_heads.contains(&doc.tokens[k].lower) {
        return None;
    }
    lex.country_adjectives.get(&format!("{} {}", doc.tokens[k].lower, second.lower)).map(|&c| (k + 2, c))
}

fn owner_organisation(doc: &mut Doc, lex: &Lexicon, k: usize, h: usize) {
    // "US National Security Adviser": a known name before the office's modifiers owns it
    if (k..h).any(|m| doc.mention_at_token(m).is_some()) {
        return;
    }
    let mut k = k;
    // (not a stopword opening a place's name: "New York Fed President X" is the "New York Fed")
    while k < h && lex.stopwords.contains(&doc.tokens[k].lower) && !place_opens(doc, lex, k, h) {
        k += 1;
    }
    // "South African President": an adjective of two words before the office
    if let Some((e, c)) = two_word_adjective(doc, lex, k).filter(|&(e, _)| e <= h) {
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
        if e == h {
            return;
        }
        k = e;
    }
    // "Chinese Commerce Minister": a country's adjective, then the office's portfolio
    if let Some(&c) = lex.country_adjectives.get(&doc.tokens[k].lower).filter(|_| h > k + 1) {
        let ent = doc.country(c);
        doc.add_mention(span_of(doc, k, k + 1), ent, MentionKind::Name);
        if h == k + 2 {
            return;
        }
        k += 1;
    }
    if h == k + 1 && company_office(doc, lex, k, h) {
        let ent = doc.organisation(&text_of(doc, k, h));
        doc.add_mention(span_of(doc, k, h), ent, MentionKind::Name);
        return;
    }
    if h < k + 2 || (k..h).any(|m| doc.mention_at_token(m).is_some()) || person_shape(doc, lex, k, h, true) {
        return;
    }
    // "Advisory National Director": an adjective before the office qualifies it
    let last = &doc.tokens[h - 1].lower;
    if !is_cap_word(doc, k) || !is_cap_word(doc, h - 1) || ["al", "ive", "ary", "ory", "ic", "ian", "ant", "ent"].iter().any(|s| last.ends_with(s)) {
        return;
    }
    // ("Federal Disaster Preparedness Minister": capitalised common words before a minister
    // are a portfolio, no body of their own; "Homeland Security Secretary" keeps its department)
    // (or abstract nouns the word list lacks: "Preparedness")
    let field = |w: &str| lex.is_common_word(w) || ["ness", "ment", "ity", "tion", "sion", "ence", "ance"].iter().any(|x| w.len() > 6 && w.ends_with(x)) && !lex.place_names.contains_key(w) && !lex.first_names.contains_key(w);
    if doc.tokens[h].lower == "minister" && (k..h).all(|m| field(&doc.tokens[m].lower) && !lex.org_words.contains(doc.slice(doc.tokens[m].span))) {
        return;
    }
    let ent = doc.organisation(&text_of(doc, k, h));
    doc.add_mention(span_of(doc, k, h), ent, MentionKind::Name);
}

/// A capitalised common word no rule named, on the line of the word after it: a field of a
/// portfolio ("Health", "Energy").
fn portfolio_word(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let w = &doc.tokens[t].lower;
    is_cap_word(doc, t)
        && doc.mention_at_token(t).is_none()
        && lex.is_common_word(w)
        && !lex.stopwords.contains(w)
        && lex.country_any(w).is_none()
        && !lex.first_names.contains_key(w)
        && !doc.text()[doc.tokens[t].span.end..doc.tokens[t + 1].span.start].contains('\n')
}

/// "Pellworth CEO Jane Roe": one word no lexicon knows before a company's office (CEO,
/// chief executive, chairman, founder, spokesman) names the company; a person's name, a
/// place, a people or a common word there does not ("Trump spokesman", "Apple CEO").
fn company_office(doc: &Doc, lex: &Lexicon, k: usize, h: usize) -> bool {
    const OFFICES: &[&str] = &["ceo", "chief", "chairman", "chairwoman", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson"];
    let w = &doc.tokens[k].lower;
    OFFICES.contains(&doc.tokens[h].lower.as_str())
        && doc.slice(doc.tokens[k].span).chars().skip(1).any(char::is_lowercase)
        && !lex.first_names.contains_key(w)
        && !lex.surnames.contains_key(w)
        && !lex.census_given.contains(w)
        && !lex.place_names.contains_key(w)
        && lex.country_any(w).is_none()
        && !lex.is_common_word(w)
        && !lex.stopwords.contains(w)
        && !lex.titles.contains_key(w)
}

/// "Talks with Quarnco stalled … the Quarnco board …": after every rule and the tagger, an
/// organisation named in one word (mixed case; no common word, given name, surname, place or
/// country; written at least once without "the") is that organisation wherever the article
/// writes the word alone, outside a longer name, and no mention covers it.
pub fn spread_one_word_organisations(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut names: Vec<(String, usize)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        let w = doc.slice(m.span);
        let t = doc.token_at(m.span.start);
        if e.kind != EntityKind::Organization || doc.token_at(m.span.end) != t + 1 || names.iter().any(|(n, _)| n == w) {
            continue;
        }
        let lw = doc.tokens[t].lower.as_str();
        let mixed = w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase) && w.chars().count() >= 4;
        // (a name the article writes only after "the", "the Hajj", is no firm's one-word name)
        let the = |m: &crate::model::Mention| doc.token_at(m.span.start).checked_sub(1).is_some_and(|p| doc.tokens[p].lower == "the");
        let bare = || doc.mentions.iter().any(|x| x.entity == m.entity && !the(x));
        if mixed && !lex.is_common_word(lw) && !lex.stopwords.contains(lw) && !lex.first_names.contains_key(lw) && !lex.census_given.contains(lw) && !lex.surnames.contains_key(lw)
            && !lex.place_names.contains_key(lw) && lex.country_any(lw).is_none() && !lex.peoples.contains(lw) && bare()
        {
            names.push((w.to_string(), m.entity));
        }
    }
    if names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for t in 0..doc.tokens.len() {
        if doc.tokens[t].kind != TokenKind::Word || !doc.tokens[t].cap || doc.mention_at_token(t).is_some() || in_address(doc, t) || in_url(doc, t) {
            continue;
        }
        // (not a word of a longer name: "Quarnco Republic", "Vexby Lovells"; capitals after it
        // may be codes, "Quarnco LS HPL")
        let mixed_cap = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap && doc.slice(x.span).chars().any(char::is_lowercase));
        if t > 0 && mixed_cap(t - 1) || mixed_cap(t + 1) {
            continue;
        }
        let w = doc.slice(doc.tokens[t].span);
        if let Some(&(_, e)) = names.iter().find(|(n, _)| n == w) {
            found.push((t, e));
        }
    }
    for (t, e) in found {
        let span = doc.tokens[t].span;
        doc.add_mention(span, e, MentionKind::Name);
    }
}

/// "Jane Roe@QUARNCO 01/24/2001": a person's name with a mail system's domain glued to it is
/// the person's address in a mail header; the mention spans the address (the person's name
/// stays the name), as a reader takes the whole for the person.
pub fn mail_addresses_of_people(doc: &mut Doc) {
    let text = doc.text().to_string();
    let bytes = text.as_bytes();
    for k in 0..doc.mentions.len() {
        let m = &doc.mentions[k];
        if doc.entities[m.entity].kind != EntityKind::Person || bytes.get(m.span.end) != Some(&b'@') {
            continue;
        }
        let mut e = m.span.end + 1;
        while e < bytes.len() && (bytes[e].is_ascii_alphanumeric() || matches!(bytes[e], b'.' | b'-' | b'_') && bytes.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)) {
            e += 1;
        }
        let free = doc.mentions.get(k + 1).is_none_or(|n| n.span.start >= e);
        if e > m.span.end + 1 && free && bytes[m.span.end + 1].is_ascii_alphabetic() {
            doc.mentions[k].span = Span::new(m.span.start, e);
        }
    }
}

/// "… six under Tolvar. Tolvar demoted his adviser.": a capitalised word opening a sentence
/// (one word before a lower-case one) that the article names a person elsewhere, as that lone
/// word or as the surname of one person named in full, is that person. A common word there
/// ("Young", "Bush") needs a verb after it (an auxiliary, a speech verb, a word in -ed or
/// an adverb in -ly), since "Young people …" opens sentences too, and, when the person is
/// named by the lone word only, two such mentions. Run after every other name is found.
/// "Neither did Jorvik, Tallis, or Quarnfeld": after the tagger, a capitalised word no list
/// knows, listed by "," or a comma and "and"/"or" right after a person named in one word, is a
/// person too; so is a given name no rule took ("Bill", "Rich") joined by "and" or "or" to a
/// one-word person named by a listed given name.
fn listed_after_people(doc: &mut Doc, lex: &Lexicon) {
    let mut found = Vec::new();
    for t in 2..doc.tokens.len() {
        let tok = &doc.tokens[t];
        if tok.kind != TokenKind::Word || !tok.cap {
            continue;
        }
        // (the list's comma first, asked at every capitalised word: "…, Roe, or Quarnfeld")
        let comma_at = if matches!(doc.tokens[t - 1].lower.as_str(), "and" | "or") && !doc.tokens[t - 1].cap { t - 2 } else { t - 1 };
        if doc.tokens[comma_at].lower != "," {
            continue;
        }
        let w = doc.slice(tok.span);
        if doc.mention_at_token(t).is_some() || w.chars().count() < 4 || !w.chars().skip(1).all(char::is_lowercase) {
            continue;
        }
        let lw = tok.lower.as_str();
        if lex.is_common_word(lw) || lex.stopwords.contains(lw) || lex.titles.contains_key(lw) || lex.title_modifiers.contains(lw) || lex.peoples.contains(lw) || lex.country_any(lw).is_some()
            || lex.place_names.contains_key(lw) || lex.org_words.contains(w) || lex.company_heads.contains(w) || lex.first_names.contains_key(lw)
        {
            continue;
        }
        // (what follows ends the list: no capitalised word goes on with the name)
        if doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && x.cap) {
            continue;
        }
        let mut k = t - 1;
        if matches!(doc.tokens[k].lower.as_str(), "and" | "or") && !doc.tokens[k].cap {
            k -= 1;
        }
        if doc.tokens[k].lower != "," || k == 0 {
            continue;
        }
        let before = doc.mention_at_token(k - 1).map(|i| &doc.mentions[i]);
        if before.is_some_and(|m| m.span.end == doc.tokens[k - 1].span.end && doc.entities[m.entity].kind == EntityKind::Person && !doc.slice(m.span).contains(' ')) {
            found.push(t);
        }
    }
    // "that Bill or Melinda are …": a given name no rule took alone (a census given name that
    // is also a word: "Bill", "Rich"), joined by "and" or "or" to a one-word person whose name
    // is a listed given name
    let given_person = |doc: &Doc, k: usize| {
        doc.mention_at_token(k).map(|i| &doc.mentions[i]).is_some_and(|m| {
            doc.entities[m.entity].kind == EntityKind::Person && doc.token_at(m.span.end) == k + 1 && doc.token_at(m.span.start) == k && lex.first_names.get(&doc.tokens[k].lower).is_some_and(|g| *g != 'u')
        })
    };
    for t in 1..doc.tokens.len().saturating_sub(2) {
        let tok = &doc.tokens[t];
        let lw = tok.lower.as_str();
        // ("and"/"or" beside it first, asked at every capitalised word)
        let joined = |j: usize| matches!(doc.tokens[j].lower.as_str(), "and" | "or");
        if tok.kind != TokenKind::Word || !tok.cap || !(joined(t + 1) || t >= 2 && joined(t - 1)) {
            continue;
        }
        if doc.mention_at_token(t).is_some() || !(lex.census_given.contains(lw) || lex.first_names.get(lw).is_some_and(|g| *g != 'u')) || lex.stopwords.contains(lw) || lex.titles.contains_key(lw) {
            continue;
        }
        if !doc.slice(tok.span).chars().skip(1).all(char::is_lowercase) || doc.tokens[t - 1].kind == TokenKind::Word && doc.tokens[t - 1].cap {
            continue;
        }
        let after = matches!(doc.tokens[t + 1].lower.as_str(), "and" | "or") && !doc.tokens[t + 1].cap && given_person(doc, t + 2) && doc.tokens.get(t + 3).is_none_or(|x| !x.cap || x.kind != TokenKind::Word);
        let before = t >= 2 && matches!(doc.tokens[t - 1].lower.as_str(), "and" | "or") && given_person(doc, t - 2) && !(doc.tokens[t + 1].kind == TokenKind::Word && doc.tokens[t + 1].cap);
        if after || before {
            found.push(t);
        }
    }
    for t in found {
        let span = doc.tokens[t].span;
        let ent = doc.person(&doc.slice(span).to_string(), span.start);
        doc.add_mention(span, ent, MentionKind::Name);
    }
}

pub fn sentence_initial_people(doc: &mut Doc) {
    let lex = Lexicon::get();
    listed_after_people(doc, lex);
    for si in 0..doc.sentences.len() {
        let (a, b) = doc.sentences[si].tokens;
        let Some(t) = (a..b).find(|&t| doc.tokens[t].kind == TokenKind::Word) else { continue };
        if t + 1 >= b || doc.mention_at_token(t).is_some() || !is_cap_word(doc, t) {
            continue;
        }
        let (word, lw) = (doc.slice(doc.tokens[t].span).to_string(), doc.tokens[t].lower.clone());
        let next = &doc.tokens[t + 1];
        let possessive = matches!(next.lower.as_str(), "'s" | "\u{2019}s");
        if !(next.kind == TokenKind::Word && !next.cap || possessive) || word.chars().count() < 3 || !word.chars().skip(1).all(char::is_lowercase) {
            continue;
        }
        if lex.stopwords.contains(&lw) || lex.titles.contains_key(&lw) || lex.peoples.contains(&lw) || lex.country_any(&lw).is_some() || lex.title_modifiers.contains(&lw) || lex.org_words.contains(word.as_str()) {
            continue;
        }
        let common = lex.is_common_word(&lw);
        if common {
            let nl = next.lower.as_str();
            let verb = matches!(nl, "is" | "was" | "has" | "had" | "did" | "does" | "will" | "would" | "can" | "could" | "said" | "says" | "told" | "came" | "went" | "made" | "took" | "gave" | "got" | "knew" | "thought")
                || nl.len() > 4 && (nl.ends_with("ed") || nl.ends_with("ly"));
            if !verb {
                continue;
            }
        }
        // (not a word of an organisation's or a place's name: "Quarnby" after "Quarnby Coal")
        if doc.entities.iter().any(|x| x.kind != EntityKind::Person && x.name.split_whitespace().any(|w| w == word)) {
            continue;
        }
        let mut people = (0..doc.entities.len()).filter(|&e| {
            let ent = &doc.entities[e];
            ent.kind == EntityKind::Person
                && (ent.name.split_whitespace().count() >= 2 && ent.name.split_whitespace().last() == Some(word.as_str())
                    || ent.name == word && doc.mentions.iter().filter(|m| m.entity == e).count() >= if common { 2 } else { 1 })
        });
        if let (Some(e), None) = (people.next(), people.next()) {
            let span = doc.tokens[t].span;
            doc.add_mention(span, e, MentionKind::Name);
        }
    }
}

/// A plural for people whose possessive is "'s" ("people", "women", "fishermen"), as it
/// stands inside the names of parties, unions and institutes.
fn group_plural(lower: &str) -> bool {
    matches!(lower, "people" | "women" | "men" | "children") || lower.len() > 4 && lower.ends_with("men")
}

/// "Deputy José Carlos Batista, known across Pará as “Zé Batista”, said", "Antônio Rezende,
/// better known as Toninho, said": the name after ", (better) known … as" or ", nicknamed" is
/// the person's named right before the comma, not a person of its own; every mention of it
/// (a later bare "Toninho", a "Batista" it took) goes to that person. Asked only at "known"
/// and "nicknamed".
pub fn nicknames_known_as(doc: &mut Doc) {
    let mut moved: Vec<(usize, usize)> = Vec::new();
    for t in 2..doc.tokens.len() {
        let w = doc.tokens[t].lower.as_str();
        if w != "known" && w != "nicknamed" {
            // (asked in the same pass: "…, which Norway calls Kvalbank Dao")
            if matches!(w, "calls" | "call") && t >= 4 {
                place_called(doc, t, &mut moved);
            }
            continue;
        }
        // the comma of the appositive, an adverb between ("better known", "popularly known")
        let mut c = t - 1;
        if matches!(doc.tokens[c].lower.as_str(), "better" | "popularly" | "widely" | "also" | "locally" | "affectionately") {
            c -= 1;
        }
        if c < 1 || doc.tokens[c].lower != "," {
            continue;
        }
        let Some(pm) = doc.mention_at_token(c - 1).filter(|&m| doc.mentions[m].span.end == doc.tokens[c - 1].span.end) else { continue };
        let person = doc.mentions[pm].entity;
        if doc.entities[person].kind != EntityKind::Person {
            continue;
        }
        // "as" right after "known" or a few words on ("known across the state as"), no comma between
        let mut a = t + 1;
        if w == "known" {
            let limit = (t + 9).min(doc.tokens.len());
            match (t + 1..limit).find(|&k| matches!(doc.tokens[k].lower.as_str(), "as" | "," | "." | ";")) {
                Some(k) if doc.tokens[k].lower == "as" => a = k + 1,
                _ => continue,
            }
        }
        if doc.tokens.get(a).is_some_and(|x| x.kind == TokenKind::Quote) {
            a += 1;
        }
        let Some(nm) = doc.mention_at_token(a) else {
            // (a nickname no rule took: its capitalised words, and a person of that name
            // found elsewhere in the story)
            let mut e = a;
            while e < doc.tokens.len() && e < a + 3 && doc.tokens[e].kind == TokenKind::Word && is_cap_word(doc, e) && doc.mention_at_token(e).is_none() {
                e += 1;
            }
            if e == a || doc.tokens.get(e).is_some_and(|x| x.kind == TokenKind::Word) {
                continue;
            }
            let span = span_of(doc, a, e);
            let text = doc.slice(span).to_string();
            doc.add_mention(span, person, MentionKind::Name);
            if let Some(n) = doc.entities.iter().position(|x| x.kind == EntityKind::Person && x.name == text) {
                moved.push((n, person));
            }
            continue;
        };
        let nick = doc.mentions[nm].entity;
        if nick != person && doc.entities[nick].kind == EntityKind::Person && doc.mentions[nm].span.start == doc.tokens[a].span.start {
            moved.push((nick, person));
        }
    }
    crate::extract::orgs::move_mentions(doc, moved);
}

/// "near Vardo Reef, which Norway calls Kvalbank Dao": the name after ", which <a
/// state or capital> calls" is the place's named right before the comma, not a person or a
/// place of its own; every mention of it goes to that place. Asked at "calls"/"call" by
/// `nicknames_known_as`, in its pass over the tokens.
fn place_called(doc: &mut Doc, t: usize, moved: &mut Vec<(usize, usize)>) {
    if doc.tokens[t - 2].lower != "which" || doc.tokens[t - 3].lower != "," {
        return;
    }
    // (the one who calls it so: a state or its capital, one mention)
    let Some(caller) = doc.mention_at_token(t - 1) else { return };
    if !matches!(doc.entities[doc.mentions[caller].entity].kind, EntityKind::Country | EntityKind::Place) {
        return;
    }
    let Some(pm) = doc.mention_at_token(t - 4).filter(|&m| doc.mentions[m].span.end == doc.tokens[t - 4].span.end) else { return };
    let place = doc.mentions[pm].entity;
    if doc.entities[place].kind != EntityKind::Place || t + 1 >= doc.tokens.len() || !doc.tokens[t + 1].cap {
        return;
    }
    match doc.mention_at_token(t + 1) {
        Some(nm) => {
            let other = doc.mentions[nm].entity;
            if other != place && doc.entities[other].kind != EntityKind::Country && doc.mentions[nm].span.start == doc.tokens[t + 1].span.start {
                moved.push((other, place));
            }
        }
        None => {
            let mut e = t + 1;
            while e < doc.tokens.len() && e < t + 4 && doc.tokens[e].kind == TokenKind::Word && is_cap_word(doc, e) && doc.mention_at_token(e).is_none() {
                e += 1;
            }
            let span = span_of(doc, t + 1, e);
            doc.add_mention(span, place, MentionKind::Name);
        }
    }
}

/// Lower-case nouns for a body that a name of one word may follow in apposition ("the telecoms
/// regulator, Telcor, said").
const APPOSED_BODIES: &[&str] = &["regulator", "watchdog", "agency", "broadcaster", "operator", "carrier", "authority", "newspaper", "daily", "outlet", "platform", "company", "firm", "insurer", "lender", "airline", "utility"];

/// ", Norland's media regulator," / ", the state broadcaster," after a name (the comma at
/// `end`): a description opened by "the" or a capitalised possessor's "'s", whose last word
/// before the closing comma is a noun for a body (up to five words).
fn body_description_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    let from = if at(end + 1) == "the" {
        end + 2
    } else if doc.tokens.get(end + 1).is_some_and(|t| t.cap && t.kind == TokenKind::Word) && matches!(at(end + 2), "'s" | "’s") {
        end + 3
    } else {
        return false;
    };
    (from..from + 5).take_while(|&k| at(k) != "," && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)).any(|k| at(k + 1) == "," && !doc.tokens[k].cap && APPOSED_BODIES.contains(&at(k)))
}

/// `Ronald "Bato" dela Rosa`, `Robert "Bobby" Keane` (`i` at the given name): a listed given
/// name, a nickname of one or two capitalised words in quotation marks, then a surname (one
/// or two capitalised words, after a lower-case particle or none) name one person, without
/// the nickname; the end of the surname and the name.
fn nicknamed_person(doc: &Doc, lex: &Lexicon, i: usize, b: usize) -> Option<(usize, String)> {
    let t = &doc.tokens;
    let word = |m: usize| m < b && t[m].kind == TokenKind::Word;
    if !is_cap_word(doc, i) || !lex.first_names.get(&t[i].lower).is_some_and(|g| *g != 'u') || lex.is_common_word(&t[i].lower) || i + 4 >= b || t[i + 1].kind != TokenKind::Quote {
        return None;
    }
    let mut m = i + 2;
    while m < i + 4 && word(m) && is_cap_word(doc, m) {
        m += 1;
    }
    if m == i + 2 || m >= b || t[m].kind != TokenKind::Quote {
        return None;
    }
    let mut s = m + 1;
    if word(s) && !t[s].cap && connector(&t[s].lower) && !matches!(t[s].lower.as_str(), "of" | "for" | "and" | "y") {
        s += 1;
    }
    let mut e = s;
    while e < s + 2 && word(e) && is_cap_word(doc, e) && !lex.is_common_word(&t[e].lower) {
        e += 1;
    }
    if e == s {
        return None;
    }
    Some((e, format!("{} {}", doc.slice(t[i].span), text_of(doc, m + 1, e))))
}

/// "Human rights group Fortify Rights demanded", "the charity Shelter Now said": a lower-case
/// noun for a body right before a name (token `k`) describes what the name names, an
/// organisation, whatever verb follows.
fn body_noun_before(doc: &Doc, k: usize) -> bool {
    const BODIES: &[&str] = &["group", "organisation", "organization", "charity", "coalition", "alliance", "watchdog", "ngo", "lobby", "think-tank", "thinktank"];
    k >= 1 && !doc.tokens[k - 1].cap && BODIES.contains(&doc.tokens[k - 1].lower.as_str())
}

/// ", a small Seoul-based watchdog," / ", an opposition coalition," after a name: an
/// appositive headed by a noun for a body (an article, up to five words, the noun, a comma).
fn body_apposition_follows(doc: &Doc, end: usize) -> bool {
    const BODIES: &[&str] = &["watchdog", "group", "organisation", "organization", "coalition", "alliance", "charity", "union", "movement", "association", "network", "ngo", "think-tank", "thinktank", "foundation", "federation", "forum", "collective", "campaign", "lobby", "party"];
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    if at(end) != "," || !matches!(at(end + 1), "a" | "an") {
        return false;
    }
    (end + 2..end + 8).take_while(|&k| at(k) != "," && doc.tokens.get(k).is_some_and(|t| t.kind != TokenKind::Quote)).any(|k| BODIES.contains(&at(k)) && at(k + 1) == "," && !doc.tokens[k].cap)
}
