//! One capitalised word alone: a surname, a given name, a place, an organisation or nothing; and
//! what stands around it (datelines, party tags, hyphenated names, portfolios, holidays).

use super::*;

/// "Mr Roe's wife, Jane, said" (`t` at "Jane"): the surname of the person whose relative a lone
/// word in commas is named as: a noun of kinship (`KIN_NOUNS`) after "'s" and a person's name
/// after an honorific before it; the word no common word or stopword. (Before, "Jane" was a
/// person of her own and "Ms Roe" after her a third. Only after an honorific, as a story that
/// goes on to call her "Ms Roe" writes: "Roe's wife, Jane," in set96 made "her husband" in
/// the same sentence an about of someone else, and the about figure fell.)
#[inline(never)]
fn kin_apposed_surname(doc: &Doc, lex: &Lexicon, t: usize) -> Option<String> {
    let at = |k: usize| doc.tokens[k].lower.as_str();
    let apposed = t >= 4 && at(t - 1) == "," && doc.tokens.get(t + 1).is_some_and(|x| x.lower == ",") && matches!(at(t - 3), "'s" | "’s") && crate::extract::np::KIN_NOUNS.contains(&at(t - 2));
    if !apposed || lex.is_common_word(at(t)) || lex.stopwords.contains(at(t)) || !is_cap_word(doc, t - 4) || doc.honorific_sex(doc.tokens[t - 4].span.start).is_none() {
        return None;
    }
    let m = doc.mention_at_token(t - 4)?;
    (doc.entities[doc.mentions[m].entity].kind == EntityKind::Person).then(|| doc.slice(doc.tokens[t - 4].span).to_string())
}

/// A lone capitalised word: a known person's surname, a person by context, or nothing.
pub(super) fn single_word(doc: &mut Doc, lex: &Lexicon, t: usize, sentence_start: bool) {
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
    // "Mr Roe's wife, Jane, said": a word apposed to a noun of kinship after a person's
    // possessive names that person's relative of the same surname, "Jane Roe"
    if let Some(surname) = (t >= 4 && doc.tokens[t - 1].lower == ",").then(|| kin_apposed_surname(doc, lex, t)).flatten() {
        let ent = doc.person(&format!("{word} {surname}"), span.start);
        doc.add_mention(span, ent, MentionKind::Name);
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
    if !known && (no_name_alone(lex, lw) || plural_noun_word(doc, t)) {
        return;
    }
    // "a dairy near Kilvantry", "a retired teacher from Kilvantry": a word no list knows after
    // "near", or after "from" that follows a noun for a person, is the place it is near or the
    // person comes from
    if !known && unlisted_place_after_near(doc, lex, t, &word) {
        let ent = doc.unlisted_place(&word);
        doc.add_mention(span, ent, MentionKind::Name);
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
    if (firm_of_people(doc, lex, t) || body_in_apposition(doc, lex, t, sentence_start)) && !known && !first_name {
        let ent = doc.organisation(&word);
        doc.add_mention(span, ent, MentionKind::Name);
        return;
    }
    // "Thune, a South Dakota Republican, said": an appositive for a person, then a cue
    // ("Varga, in his weekly address, said": a parenthetical phrase that opens with a
    // preposition, then a cue)
    let by_apposition = !ordinary
        && (appositive_title_follows(doc, t + 1) && (t + 2..doc.tokens.len().min(t + 12)).find(|&k| doc.tokens[k].lower == ",").is_some_and(|close| cue_follows(doc, close + 1))
            || parenthetical_then(doc, t + 1, cue_follows));
    // "The Vantor, in a joint statement, called …": people's names take no article, so a lone
    // word after "the" that speaks by apposition is the body that speaks (before, a person
    // "Vantor", and the body found nowhere else in the story)
    if by_apposition && after_article(doc, t) && !known && !first_name && lex.country_any(lw).is_none() {
        let ent = doc.organisation(&word);
        doc.add_mention(span, ent, MentionKind::Name);
        return;
    }
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

/// Whether the lone word `word` at `t` is a place no list knows, by what stands before it:
/// "near" in lower case ("a dairy near Kilvantry", "fighting near Dovrany"), or "from" after a
/// noun for a person ("a retired teacher from Kilvantry", "a farmer from Dovrany"). The word is
/// no common word, stopword, given name, title, people's word or holiday, and has lower-case
/// letters (no initials: "near NATO's border"); a capitalised word after it ("near Kilvantry
/// Road") leaves it to the run. (Before, the word was left unnamed, and the article lost the
/// village it names.)
fn unlisted_place_after_near(doc: &Doc, lex: &Lexicon, t: usize, word: &str) -> bool {
    let before = |k: usize| doc.tokens[k].lower.as_str();
    let near = t >= 1 && before(t - 1) == "near" && !doc.tokens[t - 1].cap;
    let from = t >= 2 && before(t - 1) == "from" && !doc.tokens[t - 1].cap && doc.tokens[t - 2].kind == TokenKind::Word && !doc.tokens[t - 2].cap && lex.person_nouns.contains(before(t - 2));
    if !near && !from {
        return false;
    }
    let lw = doc.tokens[t].lower.as_str();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && doc.tokens.get(t + 1).is_none_or(|x| !(x.cap && x.kind == TokenKind::Word))
        && !lex.lists_as_word(lw, word)
        && !lex.first_names.contains_key(lw)
        && !lex.census_given.contains(lw)
        && lex.holidays.max_tokens_from(lw).is_none()
}

/// Whether the article names a one-word person `word` right after a title of office or an
/// honorific ("President Okafor", "Mr. Okafor").
pub(super) fn titled_by_word(doc: &Doc, lex: &Lexicon, word: &str) -> bool {
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
pub(super) fn after_place_preposition(doc: &Doc, t: usize) -> bool {
    let place_prep = |k: usize| matches!(doc.tokens[k].lower.as_str(), "at" | "in" | "around" | "near" | "outside" | "across") && !doc.tokens[k].cap;
    let mut k = t;
    while k >= 2 && matches!(doc.tokens[k - 1].lower.as_str(), "and" | ",") && doc.tokens[k - 2].cap && doc.tokens[k - 2].kind == TokenKind::Word {
        k -= 2;
    }
    k >= 1 && place_prep(k - 1)
}

/// ("Villagers in Kormana, who had waited a decade for the bridge, said …", "Residents of
/// Talwandi, who lost their homes, …": a word after a plural noun for a group of people and a
/// preposition of place is where the group lives, not a person whom the relative "who" is
/// said of; the group is.) Token `t` is the word; two tokens read.
pub(super) fn home_of_a_group(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    t >= 2
        && matches!(doc.tokens[t - 1].lower.as_str(), "in" | "of" | "from" | "near" | "around" | "outside")
        && doc.tokens[t - 2].lower.ends_with('s')
        && (plural_speaker_noun(doc, lex, t - 2) || group_noun(lex, &doc.tokens[t - 2].lower))
}

/// Whether token `k` is a plural noun for people who speak (`speaker_nouns`: "residents",
/// "officials", "workers").
pub(super) fn plural_speaker_noun(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    doc.tokens[k].lower.ends_with('s') && lex.speaker_nouns.contains(&doc.tokens[k].lower)
}

/// ("The mayor of Charlotte said …", "the governor of Victoria": a town or region after a
/// local office's "of", the office lower-case, is the place the office is of, not a person,
/// though its name is a given name.) Token `t` is the word; two tokens read.
pub(super) fn office_of_a_place(doc: &Doc, t: usize) -> bool {
    t >= 2
        && doc.tokens[t - 1].lower == "of"
        && !doc.tokens[t - 2].cap
        && matches!(doc.tokens[t - 2].lower.as_str(), "mayor" | "governor" | "premier" | "sheriff" | "councillor" | "councilor")
}

/// Whether the word at `t` is the first name of a person named in full elsewhere in the text.
pub(super) fn first_name_of_person_named(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    lex.first_names.contains_key(&doc.tokens[t].lower) && doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.split_whitespace().next().is_some_and(|f| f.eq_ignore_ascii_case(&doc.tokens[t].lower)))
}

/// Whether one or two lowercase words ending in a noun for a person (not an office: "Biden
/// aide") and then two capitalised words follow token `t` ("Tarwin farmer Jane Roe", "Tarwin
/// grain grower Jane Roe").
pub(super) fn place_before_person_noun(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let lower = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !lex.stopwords.contains(&x.lower));
    let name = |k: usize| (k..k + 2).all(|m| doc.tokens.get(m).is_some_and(|x| x.kind == TokenKind::Word && x.cap));
    (t + 1..t + 3).take_while(|&k| lower(k)).any(|k| lex.person_nouns.contains(&doc.tokens[k].lower) && name(k + 1))
}

/// "Jamaat-e-Islami", "Tehrik-i-Taliban": capitalised parts joined by "-e-" or "-i-".
pub(super) fn izafat_name(w: &str) -> bool {
    // (asked of every one-word run: a word of fewer than two hyphens has fewer than three
    // parts, and is told so without the list of parts)
    if w.bytes().filter(|&b| b == b'-').nth(1).is_none() {
        return false;
    }
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
pub(super) fn party_state_tag(doc: &mut Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    // ("Sen. Jane Roe (R., La.)": the Wall Street Journal's tag, the party's initial with a full
    // stop, a comma, then the state)
    let tok = |k: usize| doc.slice(doc.tokens[k].span);
    let party = |k: usize| matches!(tok(k), "R" | "D" | "I");
    let dotted = i >= 3 && tok(i - 1) == "," && (matches!(tok(i - 2), "R." | "D." | "I.") && tok(i - 3) == "(" || i >= 4 && tok(i - 2) == "." && party(i - 3) && tok(i - 4) == "(");
    if dotted {
        return state_of_tag(doc, lex, doc.tokens[i].span.start, j);
    }
    let b = doc.slice(doc.tokens[i].span).as_bytes();
    if b.len() < 4 || i == 0 || !matches!(doc.tokens[i - 1].lower.as_str(), "," | "(") {
        return false;
    }
    let Some(party) = party_prefix(b) else { return false };
    state_of_tag(doc, lex, doc.tokens[i].span.start + party, j) || district_tag(doc, i, j, party) || home_town_tag(doc, i, j)
}

/// The length of a party's prefix in a member's tag: "D-", "R-", "I-", or Minnesota's
/// Democratic-Farmer-Labor "DFL-" ("State Sen. Jane Roe, DFL-Duluth,"); none otherwise.
pub(crate) fn party_prefix(b: &[u8]) -> Option<usize> {
    if b.starts_with(b"DFL-") {
        return Some(4);
    }
    (b.len() >= 2 && b[1] == b'-' && matches!(b[0], b'D' | b'R' | b'I')).then_some(2)
}

/// "State Sen. Jane Roe (D-Vexmoor County)", "Del. Tom Hale (R-Quarn Valley), who …": a party's
/// initial and a district or county (no US state) in brackets right after a person's name are
/// the seat the member sits for, no person "D-Vexmoor County"; nothing is named. Whether the
/// run `i..j` is one (its party prefix, `party` bytes long, found by `party_state_tag`).
fn district_tag(doc: &Doc, i: usize, j: usize, party: usize) -> bool {
    doc.tokens[i - 1].lower == "("
        && doc.slice(doc.tokens[i].span).as_bytes().get(party).is_some_and(u8::is_ascii_uppercase)
        && doc.tokens.get(j).is_some_and(|x| x.lower == ")")
        && i >= 2
        && doc.person_at_token(i - 2)
}

/// Tokens `i..j` as a state legislator's tag of party and home town ("Rep. Jane Roe,
/// R-Eden Prairie, said", "DFL-Duluth"): right after a person's name and its comma, with a
/// comma or bracket after, the tag is no one (it had been an organisation, and the speaker of
/// "…, DFL-Duluth, who chairs …, said"). The town is left unnamed: a home town's many
/// namesakes would need the story's state to choose among them. Whether it was.
fn home_town_tag(doc: &Doc, i: usize, j: usize) -> bool {
    i >= 2 && doc.tokens[i - 1].lower == "," && doc.person_at_token(i - 2) && doc.tokens.get(j).is_some_and(|x| matches!(x.lower.as_str(), "," | ")")) && (i..j).all(|t| doc.tokens[t].cap)
}

/// The US state of a party-and-state tag, from byte `start` to the end of token `j - 1`
/// (a comma, bracket or full stop after): a mention of it when the gazetteer knows it.
pub(super) fn state_of_tag(doc: &mut Doc, lex: &Lexicon, start: usize, j: usize) -> bool {
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

/// Token `i` as names joined by hyphens ("Roe-Varga", "US-Peru"): when every part is a
/// country or the surname of one person named in full before, a mention of each; whether it
/// was.
pub(super) fn hyphenated_names(doc: &mut Doc, lex: &Lexicon, i: usize) -> bool {
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
/// American regional papers put the dash right after the place in capitals ("SAVANNAH —"),
/// which `dateline_end` reads as a dateline; the place is then read so too (a given name or a
/// word no list knows had made it a person or an organisation). Returns the token after it.
pub(super) fn dateline_place(doc: &mut Doc, lex: &Lexicon, i: usize) -> Option<usize> {
    let para = doc.paragraphs.get(doc.sentences[doc.sentence_at(doc.tokens[i].span.start)?].paragraph)?;
    if para.span.start != doc.tokens[i].span.start || doc.mention_at_token(i).is_some() {
        return None;
    }
    let (_, hi) = crate::text::tokens_in(&doc.tokens, para.span);
    let e = (i..hi.min(i + 4)).find(|&t| doc.tokens[t].kind != TokenKind::Word)?;
    if e == i || !matches!(doc.tokens[e].lower.as_str(), "(" | "," | "—" | "–" | "--") {
        return None;
    }
    crate::text::sentences::dateline_end(doc.text(), &doc.tokens, i, hi)?;
    let name = fold(&text_of(doc, i, e));
    if lex.country_names.contains_key(&name) {
        return None;
    }
    let Some(places) = lex.place_names.get(&name) else {
        // ("PORT VARNELL (Reuters) -": a town the gazetteer lacks, in capitals before the
        // agency's bracket, is the dateline's place, not a person whose surname is its last
        // word; after a comma it is left to the name rules, as below)
        let shouted = (i..e).all(|t| doc.tokens[t].kind == TokenKind::Word && doc.slice(doc.tokens[t].span).chars().filter(|c| c.is_alphabetic()).count() >= 2 && !doc.slice(doc.tokens[t].span).chars().any(char::is_lowercase));
        if doc.tokens[e].lower != "(" || !shouted || longest(doc, i, e, &lex.organisations).is_some_and(|(x, _)| x == e) {
            return None;
        }
        let proper = (i..e)
            .map(|t| {
                let w = doc.slice(doc.tokens[t].span);
                let mut cs = w.chars();
                cs.next().map(|c| c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        let ent = doc.unlisted_place(&proper);
        doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
        return Some(e);
    };
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
pub(super) fn portfolio_then_holder(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<usize> {
    // ("Minister for Home Affairs Sun Xueling": a Chinese or Korean family name spelt as a
    // common word opens a two-word name that ends the run in a word no list knows)
    let family = |x: usize| x + 2 == j && crate::extract::np::east_asian_family(doc.slice(doc.tokens[x].span)) && doc.tokens[x + 1].cap && !lex.is_common_word(&doc.tokens[x + 1].lower);
    let plain = |x: usize| doc.tokens[x].cap && lex.is_common_word(&doc.tokens[x].lower) && !lex.first_names.contains_key(&doc.tokens[x].lower) && !family(x);
    let m = (k..j).find(|&x| !plain(x))?;
    let named = |x: usize| lex.first_names.contains_key(&doc.tokens[x].lower) || name_like(doc, lex, x, x + 1) || family(x);
    (m > k && (2..=3).contains(&(j - m)) && (m..j).all(named) && name_like(doc, lex, j - 1, j)).then_some(m)
}

/// "Minister of Youth and Sports Jane Roe": the run after the "and" of an office's portfolio
/// of two parts (an office, "of"/"for", capitalised words, "and") opens with the portfolio's
/// last words; where the holder's name begins, if it does. The second part may open with a
/// lower-case "the" ("Minister for Culture and the Arts Jane Varga": else "Arts Jane Varga" was one
/// name, a person or a body).
pub(super) fn portfolio_part_after_and(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> Option<usize> {
    // (`a` the word after the "and", which is `i` but for "and the")
    let a = and_the_part(doc, i);
    if a < 4 || doc.tokens[a - 1].lower != "and" || !doc.tokens[a - 2].cap {
        return None;
    }
    // (back over the portfolio's first part, to "of"/"for", then over the office's words:
    // "Minister of State for Trade and Industry")
    let mut p = a - 2;
    while p > 0 && doc.tokens[p].cap && a - 2 - p < 4 {
        p -= 1;
    }
    if !matches!(doc.tokens[p].lower.as_str(), "of" | "for") || doc.tokens[p].cap {
        return None;
    }
    // (the first part common words, no name: "Secretary of State Jane Roe and Vexmoor Foreign
    // Minister X" is two people)
    if !(p + 1..a - 1).all(|x| lex.is_common_word(&doc.tokens[x].lower) && !lex.first_names.contains_key(&doc.tokens[x].lower)) {
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

/// Where the portfolio's second part begins for a run at `i`: at "the" (`i - 1`) when the run
/// follows a lower-case "and the" ("… Culture and the Arts Jane Varga"), so the word before it is
/// the "and" of the portfolio's two parts; else `i`.
#[inline(always)]
fn and_the_part(doc: &Doc, i: usize) -> usize {
    if i >= 5 && doc.tokens[i - 1].lower == "the" && !doc.tokens[i - 1].cap && doc.tokens[i - 2].lower == "and" && !doc.tokens[i - 2].cap {
        i - 1
    } else {
        i
    }
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
pub(super) fn bare_speaker(doc: &Doc, lex: &Lexicon, t: usize, sentence_start: bool) -> bool {
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
pub(super) fn speaks_at(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes"))
}

/// ", in a post on X, said" at token `k`: a comma, a phrase opened by a preposition or a
/// speaking participle (or an aside that turns to the one named, `turning_aside`), and a
/// second comma within a dozen tokens, then what `then` asks of the token after it.
pub(super) fn parenthetical_then(doc: &Doc, k: usize, then: impl Fn(&Doc, usize) -> bool) -> bool {
    doc.tokens.get(k).is_some_and(|x| x.lower == ",")
        && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "in" | "at" | "during" | "speaking" | "writing" | "after" | "before") || turning_aside(doc, k + 1))
        && (k + 1..doc.tokens.len().min(k + 11)).find(|&c| doc.tokens[c].lower == ",").is_some_and(|c| then(doc, c + 1))
}

/// ("Ruo, for his part, told …", "Ruo, however, said …": a story turning from one side's
/// words to the other's sets the second speaker's name off with "for his/her/its/their part",
/// "however" or "meanwhile", which a name no list knows took for no speaker before.) Whether
/// such an aside opens at token `j`, in lower case.
fn turning_aside(doc: &Doc, j: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).filter(|x| !x.cap).map_or("", |x| x.lower.as_str());
    matches!(at(j), "however" | "meanwhile") && doc.tokens.get(j + 1).is_some_and(|x| x.lower == ",")
        || at(j) == "for" && matches!(at(j + 1), "his" | "her" | "its" | "their") && at(j + 2) == "part"
}

/// "a Democrat seeking …", "the Republican said": a capitalised noun for a person after an
/// article is that noun, not a name.
pub(super) fn noun_after_article(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    after_article(doc, t) && lex.person_nouns.contains(&doc.tokens[t].lower)
}

/// Token `t` follows an article ("a", "an", "the"), which people's names do not take.
pub(super) fn after_article(doc: &Doc, t: usize) -> bool {
    t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "a" | "an" | "the")
}

/// Name `k..end` stands between "the" (which people's names do not take) and a lower-case
/// common word other than a speech cue, which it modifies ("the Quarnel Vexby crossing").
pub(crate) fn modifier_after_the(doc: &Doc, lex: &Lexicon, k: usize, end: usize) -> bool {
    k > 0
        && doc.tokens[k - 1].lower == "the"
        && doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && lex.is_common_word(&t.lower) && !lex.stopwords.contains(&t.lower) && !lex.cues.contains_key(&t.lower))
}

/// The end of a listed place whose name starts in run `i..j` and goes on over the lower-case
/// word `j` to a capitalised word, or is a world region: "Rio Grande do Sul", "the Baltic
/// states".
pub(super) fn place_through_lower(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
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
pub(super) fn firm_of_people(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "at" | "from") && {
        let p = doc.tokens[t - 2].lower.as_str();
        lex.speaker_nouns.contains(p) || p.strip_suffix('s').is_some_and(|s| lex.person_nouns.contains(s) || lex.titles.contains_key(s))
    }
}

/// "Quarnex, the consumer group, called on …": a word opening its sentence, then an
/// apposition whose head is a word for a body ("the … group", "a … chain"), then a cue: a body
/// that speaks. (Not after other capitalised words: "An Quarnog, the national trust," is the end
/// of a longer name. A "which" clause alone, "Quarnex, which has been testing …, said", was
/// tried and left: it types bodies other articles of the same set read as people or places.)
pub(super) fn body_in_apposition(doc: &Doc, lex: &Lexicon, t: usize, sentence_start: bool) -> bool {
    const HEADS: &[&str] = &["group", "chain", "firm", "company", "retailer", "charity", "union", "organisation", "organization", "association", "supermarket", "watchdog", "network", "campaign", "insurer", "bank", "lender", "airline", "platform", "brand", "operator"];
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    if !sentence_start || t > 0 && doc.tokens[t - 1].cap || w(t + 1) != "," || !matches!(w(t + 2), "the" | "a" | "an") || lex.country_any(w(t)).is_some() {
        return false;
    }
    let Some(c) = (t + 3..doc.tokens.len().min(t + 10)).find(|&c| w(c) == ",") else { return false };
    c > t + 3
        && (HEADS.contains(&w(c - 1)) || lex.is_org_word_lower(w(c - 1)))
        && doc.tokens[t + 3..c].iter().all(|x| x.kind == TokenKind::Word && !x.cap || x.lower == "'s" || x.lower == "’s")
        && cue_follows(doc, c + 1)
}

/// "Democrats wanted …", "Republicans said …": the plural of a common noun names a group
/// wherever it stands, unless it is also a surname ("Woods said").
pub(super) fn group_noun(lex: &Lexicon, lw: &str) -> bool {
    // (also a plural of a word for a practitioner no list holds: "Volcanologists warned")
    let practitioners = lw.len() >= 8 && (lw.ends_with("ists") || lw.ends_with("icians")) && !lex.first_names.contains_key(lw);
    (lw.strip_suffix('s').is_some_and(|stem| stem.len() >= 3 && !stem.ends_with('s') && lex.common_words.contains(stem)) || practitioners) && !lex.surnames.contains_key(lw)
}

/// An initialism's plural, a noun for people or bodies, no name ("NGOs said", "MPs warned"):
/// capitals, then a lower-case "s".
pub(super) fn plural_noun_word(doc: &Doc, k: usize) -> bool {
    let word = doc.slice(doc.tokens[k].span);
    word.len() >= 3 && word.ends_with('s') && word[..word.len() - 1].chars().all(|c| c.is_ascii_uppercase())
}

/// A common lower-case word or the plural of a noun for people ("readers", "lawmakers",
/// "officials"): capitalised at the start of a sentence, it says nothing about a name.
pub(super) fn ordinary_word(lex: &Lexicon, lw: &str) -> bool {
    let stem = lw.strip_suffix('s').filter(|s| s.len() >= 3);
    lex.is_common_word(lw)
        || lex.person_nouns.contains(lw)
        || lex.speaker_nouns.contains(lw)
        || stem.is_some_and(|s| lex.titles.contains_key(s) || lex.speaker_nouns.contains(s))
        || lw.strip_suffix("ies").is_some_and(|s| lex.common_words.contains(&format!("{s}y")))
        // ("Bondholders argue …", "Homeowners say …": a plural compound in "-holder", "-owner",
        // "-maker", "-worker", "-goer" names a kind of people, not someone)
        || stem.is_some_and(|s| s.len() >= 8 && ["holder", "owner", "maker", "worker", "goer"].iter().any(|x| s.ends_with(x)))
}

/// The end of a holiday or event name starting at token `k` ("Labor Day", "New Year's Eve",
/// "Super Bowl"): a listed name, or capitalised words ending in an event head ("Day",
/// "Week", "Month") none of which is a first name ("Doris Day" is a person); none where a
/// company's designator follows the name (see `designated_company`), nor where an
/// association's name goes on after it (`association_after`).
pub(super) fn holiday_at(doc: &Doc, lex: &Lexicon, k: usize) -> Option<usize> {
    holiday_words_at(doc, lex, k).filter(|&e| !designated_company(doc, e) && !association_after(doc, k, e))
}

/// "The Regional Day Growers Association said …", "the Harvest Day Society": an event's name
/// (from `k` to `e`) followed by one or two capitalised words that end in an association's head
/// word, the name ending there, is the body's name, whose first words the event's are. (Not
/// after a number, "the 4 Day Month Foundation": the capitalised run leaves the number out, and
/// the body would be named without it.)
fn association_after(doc: &Doc, k: usize, e: usize) -> bool {
    !(k > 0 && doc.tokens[k - 1].kind == TokenKind::Number)
        && (e..doc.tokens.len().min(e + 2)).take_while(|&m| is_cap_word(doc, m)).any(|m| association_head(doc.slice(doc.tokens[m].span)) && (m + 1 == doc.tokens.len() || !is_cap_word(doc, m + 1)))
}

/// "Carnival Corp. said …", "Carnival Inc.": an event's name followed by a legal designator
/// names a company, which the designator makes plain; the event's words are the company's.
fn designated_company(doc: &Doc, e: usize) -> bool {
    doc.tokens.get(e).is_some_and(|t| super::run_context::DESIGNATORS.contains(&doc.slice(t.span)))
}

/// The end of the event's words starting at token `k`, whatever follows them.
fn holiday_words_at(doc: &Doc, lex: &Lexicon, k: usize) -> Option<usize> {
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
