//! Organisations named beside a word for their kind or a description: "carmaker
//! Quillmart", "law firm Hartmann Kessler", "Vexnor Nordic, the Danish company that makes …",
//! "a movement which calls itself Quill Now".

use crate::extract::names::is_cap_word;
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, TokenKind};
use super::context::{appositive_open, is_kind, kind_appositive, person_named};
use super::{lower_at, opens_sentence, span_of};

/// "a movement which calls itself Quill Now", "a collective calling itself Free Vexmoor Youth":
/// a body names itself, whatever noun it was first called by (a person would be "himself"), even
/// with a country or a common word in the name; not a place's or a country's name alone.
pub(super) fn named_itself(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    a >= 2
        && b - a <= 4
        && doc.tokens[a - 1].lower == "itself"
        && matches!(doc.tokens[a - 2].lower.as_str(), "calls" | "calling" | "called" | "styles" | "styling" | "styled" | "dubs" | "dubbed")
        && (a..b).all(|t| is_cap_word(doc, t) || doc.tokens[t].kind == TokenKind::Number)
        && !(b == a + 1 && (lex.country_any(&doc.tokens[a].lower).is_some() || lex.place_names.contains_key(&doc.tokens[a].lower)))
}

/// "Health NZ, also known as Te Whatu Ora, said …", "the Vexmoor Rail Agency (also known as
/// Quarnby Lines)": the other name of an organisation named right before is an organisation's,
/// even where its words read as a person's name (the agency had become a person).
pub(super) fn also_known_as_organisation(doc: &Doc, a: usize, b: usize) -> bool {
    a >= 5
        && b - a <= 5
        && crate::extract::np::also_known_as_before(doc, a).is_some()
        && doc.mention_at_token(a - 5).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization)
        && (a..b).all(|t| is_cap_word(doc, t))
}

/// "the hardline Vexmoor daily", "Norland's Courant newspaper": a paper named before the noun
/// for it, after an article, an owner or a word for its politics, even when its name is a given
/// name too (a lone word had been a person).
pub(super) fn paper_before_noun(doc: &Doc, a: usize, b: usize) -> bool {
    let noun = lower_at(doc, b);
    // ("Al-Qorna television quoted …": a name with the Arabic article before the noun for a
    // broadcaster or a paper, wherever it stands)
    let arabic = || matches!(noun, "television" | "tv" | "channel" | "daily" | "newspaper") && doc.tokens[a].lower.starts_with("al-");
    matches!(noun, "daily" | "newspaper" | "weekly" | "tabloid" | "television" | "tv" | "channel")
        && b - a <= 3
        && (a > 0 && matches!(doc.tokens[a - 1].lower.as_str(), "the" | "'s" | "’s" | "hardline" | "conservative" | "reformist" | "independent" | "pro-government" | "state-run" | "state-owned" | "official") && noun != "tv" && noun != "television" && noun != "channel" || arabic())
        && (a..b).all(|t| is_cap_word(doc, t))
        // (not a country's adjective or name: "an official Syrian newspaper", "a state-owned
        // Egyptian daily" name the country's press, no paper)
        && !(a..b).any(|t| Lexicon::get().country_any(&doc.tokens[t].lower).is_some())
}

/// "Hutchins analyst Jane Roe", "Brennock economist Jane Roe": one capitalised word (a
/// surname too) right before a profession of the markets and a person's name is the firm
/// the person works at, opening the sentence too; no country or its adjective, place, title,
/// given name or common word ("Market analyst Jane Roe", "Chinese economist Jane Roe").
pub(super) fn firm_of_analyst(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || !matches!(lower_at(doc, b), "analyst" | "economist" | "strategist") || doc.mention_at_token(a).is_some() {
        return false;
    }
    let w = doc.tokens[a].lower.as_str();
    let person_after = doc.mention_at_token(b + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.token_at(doc.mentions[m].span.start) == b + 1);
    person_after && lex.country_any(w).is_none() && !lex.country_adjectives.contains_key(w) && !lex.place_names.contains_key(w) && !lex.titles.contains_key(w) && !lex.title_modifiers.contains(w) && !lex.first_names.contains_key(w) && !lex.is_common_word(w)
}

/// "terminal operator Santos Brasil", "shipping line Maersk", "oil giant Norco": a run the
/// names pass took for a person (it speaks) right after a lower-case noun for a kind of
/// company, with no given name in it ("investor Jane Roe" stays a person).
pub(super) fn person_after_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if a == 0 || b - a > 3 {
        return false;
    }
    let before = &doc.tokens[a - 1];
    let kind = !before.cap && (is_kind(&before.lower) || matches!(before.lower.as_str(), "giant" | "line") && a >= 2 && doc.tokens[a - 2].kind == TokenKind::Word);
    let span = span_of(doc, a, b);
    kind
        && doc.mention_at_token(a).is_some_and(|m| doc.mentions[m].span == span && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
        && (a..b).all(|t| is_cap_word(doc, t) && !lex.first_names.get(&doc.tokens[t].lower).is_some_and(|g| *g != 'u') && !lex.titles.contains_key(&doc.tokens[t].lower))
}

/// "…, the transport union Elke said", "and the rail union Gigi warned": one word that is also
/// a given name, right after a lower-case noun for a body (a union, a charity, a bank), the
/// noun opened by an article or an owner with at most three lower-case modifiers between, and
/// a speech cue right after, names that body: a person is never introduced by the kind of a
/// body and a given name alone ("union leader Jane Roe" has an office and a full name), but
/// `person_after_kind` leaves given names to people, and the tagger, after this pass, guessed
/// the lone given name a person, so the union spoke as a woman (no name yet, or a person's).
pub(super) fn given_name_after_kind_speaks(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (one word after the kind first: asked of every run)
    if b != a + 1 || a < 2 || doc.tokens[a - 1].cap || !is_kind(lower_at(doc, a - 1)) || matches!(lower_at(doc, a - 1), "investor" | "developer" | "publisher" | "maker" | "miner" | "operator" | "service") {
        return false;
    }
    if !lex.cues.get(lower_at(doc, past_relative_clause(doc, b).unwrap_or(b))).is_some_and(|c| matches!(c.lemma, "say" | "warn" | "announce" | "add" | "tell" | "accuse")) {
        return false;
    }
    let mut s = a - 1;
    while s > 0 && a - 1 - s < 3 && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !lex.stopwords.contains(&doc.tokens[s - 1].lower) && !lex.person_nouns.contains(&doc.tokens[s - 1].lower) {
        s -= 1;
    }
    let w = doc.tokens[a].lower.as_str();
    // (the opener read as written, capitalised or not: "The union Elke said" opens a sentence;
    // `lower_at` gives nothing for a capitalised word)
    s > 0 && matches!(doc.tokens[s - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "'s" | "\u{2019}s")
        && lex.first_names.contains_key(w)
        && doc.mention_at_token(a).is_none_or(|m| doc.mentions[m].span == span_of(doc, a, b) && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
        && lex.country_any(w).is_none()
        && !lex.titles.contains_key(w)
}

/// "The nurses' union Elke, which represents 2,000 midwives, accused …": a relative clause
/// (", which …," or ", who …,", no quotation or sentence stop inside) right after the name at
/// token `b` stands between the name and its cue; the token after the clause's closing comma,
/// where the cue is looked for (`given_name_after_kind_speaks`), as in "the union Elke said".
fn past_relative_clause(doc: &Doc, b: usize) -> Option<usize> {
    if doc.tokens.get(b)?.lower != "," || !matches!(doc.tokens.get(b + 1)?.lower.as_str(), "which" | "who") {
        return None;
    }
    let close = (b + 3..(b + 16).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":")).find(|&j| doc.tokens[j].lower == ",")?;
    Some(close + 1).filter(|&c| c < doc.tokens.len())
}

/// "law firm Hartmann Kessler", "the consulting firm Baker Lane": a firm is often named after
/// its founders, so a run of two to four capitalised words right after "firm" with a
/// lower-case word of its trade before it (not "the firm Jane Roe founded") is the firm,
/// whatever the shape of the words.
pub(super) fn named_firm(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let trade = |t: usize| doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].cap && !lex.stopwords.contains(&doc.tokens[t].lower);
    (2..=4).contains(&(b - a))
        && a >= 2
        && doc.tokens[a - 1].lower == "firm"
        && !doc.tokens[a - 1].cap
        && trade(a - 2)
        && (a..b).all(|t| is_cap_word(doc, t) && lex.country_any(&doc.tokens[t].lower).is_none() && !lex.titles.contains_key(&doc.tokens[t].lower))
}

/// "Desjardins chief economist Jane Roe": one capitalised word, then "chief", a lower-case
/// office and a person's name, is the body the person works for (even a word that is also a
/// surname: a person is not named before another's office so).
pub(super) fn employer_of_chief(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    let w = doc.tokens[a].lower.as_str();
    b == a + 1
        && is_cap_word(doc, a)
        && lower_at(doc, b) == "chief"
        && !lower_at(doc, b + 1).is_empty()
        && (b + 2..(b + 4).min(doc.tokens.len())).any(|t| doc.mention_at_token(t).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.token_at(doc.mentions[m].span.start) == t))
        && doc.mention_at_token(a).is_none()
        && !lex.is_common_word(w)
        && !lex.first_names.contains_key(w)
        && lex.country_any(w).is_none()
        && !lex.place_names.contains_key(w)
        && !lex.stopwords.contains(w)
        && !lex.titles.contains_key(w)
        && !crate::lexicon::is_month(w)
        && !crate::lexicon::is_weekday(w)
}

/// "the chief executive of Bright Harbour Games", "a co-founder of Silver Kite": one to four
/// capitalised words right after "of" and an office only a company has (chief executive, a
/// chief executive, financial or operating officer, founder) name a company, even when every
/// word is a common word (such a name is no `candidate` elsewhere: "Police officials"). No
/// given name, country, title or stopword among them, no listed place, and no stopword after
/// them (the name would go on: "co-founder of X Y the Z").
pub(super) fn company_of_officer(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the "of" and the office first: asked of every run)
    if a < 3 || b > a + 4 || lower_at(doc, a - 1) != "of" {
        return false;
    }
    let office = match lower_at(doc, a - 2) {
        "executive" => lower_at(doc, a - 3) == "chief",
        "officer" => a >= 4 && lower_at(doc, a - 4) == "chief" && matches!(lower_at(doc, a - 3), "executive" | "financial" | "operating"),
        "founder" | "co-founder" | "cofounder" => true,
        _ => false,
    };
    if !office || doc.mention_at_token(a).is_some() {
        return false;
    }
    let plain = |t: usize| {
        let w = doc.tokens[t].lower.as_str();
        is_cap_word(doc, t) && lex.first_names.get(w).is_none_or(|g| *g == 'u') && lex.country_any(w).is_none() && !lex.titles.contains_key(w) && !lex.stopwords.contains(w)
    };
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    // (the name ends there: "co-founder of Moms Stop the Harm" goes on past a stopword)
    let ends = doc.tokens.get(b).is_none_or(|t| !lex.stopwords.contains(&t.lower));
    ends && (a..b).all(plain) && !lex.place_names.contains_key(&lows.join(" ")) && !crate::extract::names::REGION_WORDS.contains(&lows[lows.len() - 1])
}

/// "the United Steelworkers union", "the Unite union said": a union's name between "the" and
/// a lower-case "union".
pub(super) fn union_named_before_union(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    a >= 1
        && doc.tokens[a - 1].lower == "the"
        && doc.tokens.get(b).is_some_and(|t| t.lower == "union" && !t.cap)
        && doc.tokens.get(b + 1).is_none_or(|t| t.lower != "of")
        && candidate(doc, lex, a, b)
}

/// "the band Gigi.", "his club, Gigi,": one word that is only a given name, right after a
/// lower-case noun for a kind of organisation (and a comma) and before a stop, names that
/// organisation (a person would be "the band's Gigi" or "band member Gigi").
pub(super) fn given_name_by_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || a < 2 {
        return false;
    }
    // ("told public broadcaster ARD": initials, as no given name is written, after a kind of
    // organisation, whatever comes before the kind)
    if is_kind(lower_at(doc, a - 1)) && crate::extract::names::capitals(doc.slice(doc.tokens[a].span), 2..=5) {
        return true;
    }
    if !matches!(lower_at(doc, b), "." | "," | ";" | ")") {
        return false;
    }
    let w = doc.tokens[a].lower.as_str();
    let only_given = lex.first_names.get(w).is_some_and(|g| *g != 'u') && !lex.is_common_word(w) && !lex.place_names.contains_key(w) && lex.country_any(w).is_none();
    let k = if lower_at(doc, a - 1) == "," { a - 1 } else { a };
    only_given && is_kind(lower_at(doc, k - 1)) && matches!(lower_at(doc, k - 2), "the" | "a" | "his" | "her" | "their" | "its")
}

/// "Vexnor Nordic, the Danish company that makes …, said", "Quill Tolvan, the drugmaker,":
/// a run of two or three capitalised words (given names or places among them) in apposition
/// to a kind of organisation that heads its phrase, where no title, honorific or person of
/// that name elsewhere says it is someone.
pub(super) fn named_by_kind_appositive(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the appositive's comma first: asked of every run)
    // (one word too after a country's possessive: "Verdi, Germany's second-largest union,")
    let by_country = || b == a + 1 && doc.tokens.get(b + 1).is_some_and(|t| t.cap) && appositive_open(doc, b).is_some();
    if lower_at(doc, b) != "," || !((2..=3).contains(&(b - a)) || by_country()) || !(a..b).all(|t| is_cap_word(doc, t) && !lex.titles.contains_key(&doc.tokens[t].lower) && !lex.stopwords.contains(&doc.tokens[t].lower)) {
        return false;
    }
    if a > 0 && (lex.titles.contains_key(&doc.tokens[a - 1].lower) || doc.tokens[a - 1].lower == "'s") {
        return false;
    }
    // the kind heads the appositive: "the Danish company that …", "the drugmaker," (not "a
    // company executive", "the company's founder")
    // (kinds no person is called: "Tom Hale, an investor," is someone)
    const BODIES: &[&str] = &["company", "firm", "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "lender", "insurer", "broadcaster", "newspaper", "airline", "manufacturer", "conglomerate", "startup", "start-up", "charity", "nonprofit", "bank", "supermarket", "militia", "union"];
    // (", Germany's largest union,": after a country's possessive too)
    let Some(open) = appositive_open(doc, b) else { return false };
    let head = (open..(open + 4).min(doc.tokens.len())).find(|&t| BODIES.contains(&doc.tokens[t].lower.as_str()) && !doc.tokens[t].cap);
    // (the words between are its modifiers: "an analyst at the firm" is headed by "analyst")
    let head = head.filter(|&t| (open..t).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower) && !lex.speaker_nouns.contains(&doc.tokens[j].lower)));
    // (or "maker of" a named product: "the Italian maker of Vexolin")
    let head = head.or_else(|| (open..(open + 4).min(doc.tokens.len())).find(|&t| maker_of_product(doc, t))).filter(|&t| (open..t).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower) && !lex.speaker_nouns.contains(&doc.tokens[j].lower)));
    let heads = head.is_some_and(|t| maker_of_product(doc, t) || doc.tokens.get(t + 1).is_none_or(|x| matches!(x.lower.as_str(), "," | "." | ";" | "that" | "which" | "whose" | "based" | "headquartered" | "known" | "behind")));
    // (and nobody of that surname is named with a title or an honorific elsewhere)
    // (asked last: it reads every mention)
    let last = doc.slice(doc.tokens[b - 1].span);
    let titled = || doc.mentions.iter().any(|m| doc.entities[m.entity].kind == EntityKind::Person && doc.slice(m.span).ends_with(last) && {
        let s = doc.token_at(m.span.start);
        s > 0 && lex.titles.contains_key(&doc.tokens[s - 1].lower)
    });
    heads && kind_appositive(doc, b) && !titled()
}

/// "the Italian maker of Vexolin" (token `t` at "maker"): a maker of a product named with a
/// capital is a company, as "drugmaker" is ("Mira Vantosa, the Italian maker of Zelvia, said"
/// was read as a woman, her given name a list's); a "cheese maker" or "film maker" is
/// written before no capitalised product.
fn maker_of_product(doc: &Doc, t: usize) -> bool {
    matches!(doc.tokens[t].lower.as_str(), "maker" | "makers") && !doc.tokens[t].cap && lower_at(doc, t + 1) == "of" && doc.tokens.get(t + 2).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
}

/// "Germany's steel industry association, Vexstahl, said", "the country's largest farm
/// federation, Agri Vexmoor, warned": a run of one to four capitalised words in commas right after
/// a description headed by a kind of organisation (its modifiers in lower case, opened by an
/// article or a possessive) is that organisation's name, unless someone is named in full so.
pub(super) fn named_after_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the commas first: asked of every run)
    if a < 3 || b - a > 4 || lower_at(doc, b) != "," || doc.tokens[a - 1].lower != "," || !is_kind(lower_at(doc, a - 2)) {
        return false;
    }
    // the modifiers, then what opens the description
    let mut s = a - 2;
    while s > 0 && a - 2 - s < 5 && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !matches!(doc.tokens[s - 1].lower.as_str(), "'s" | "\u{2019}s") && !lex.stopwords.contains(&doc.tokens[s - 1].lower) && !lex.person_nouns.contains(&doc.tokens[s - 1].lower) {
        s -= 1;
    }
    let opener = s.checked_sub(1).map_or("", |o| doc.tokens[o].lower.as_str());
    if !matches!(opener, "the" | "a" | "an" | "its" | "their" | "'s" | "\u{2019}s") {
        return false;
    }
    // (a person named in full in the commas is the body's someone: "the union, Jane Roe,"
    // reads as a list or an aside, not a name)
    let person = doc.mention_at_token(a).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.entities[doc.mentions[m].entity].name.contains(' '));
    !person && (a..b).all(|t| is_cap_word(doc, t) && !lex.titles.contains_key(&doc.tokens[t].lower) && lex.country_any(&doc.tokens[t].lower).is_none())
}

/// "Quillmart, which runs the Vexcoin network, said …", "Vorlane, the network of Vexmoor
/// charities, said …": a name of one to three capitalised words opening its sentence, then a
/// "which" clause led by a verb other than "be" or "have" or an appositive headed by a kind of organisation in commas, then a speech
/// cue, is the organisation that speaks, even where its word is a common one (no speaker had
/// been found). Not a country, place, title or person named in full.
pub(super) fn speaker_described_in_commas(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    // (the comma first: asked of every run)
    if lower_at(doc, b) != "," || b - a > 3 || !opens_sentence(doc, a) {
        return false;
    }
    // (the kind heads the appositive, and no person is called so: not "a former bank
    // executive", "an investor")
    let headed = || {
        let Some(open) = appositive_open(doc, b) else { return false };
        let head = (open..(open + 4).min(doc.tokens.len())).find(|&t| is_kind(&doc.tokens[t].lower) && !doc.tokens[t].cap);
        head.is_some_and(|h| {
            (open..h).all(|j| !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower))
                && !matches!(doc.tokens[h].lower.as_str(), "investor" | "developer" | "miner" | "maker" | "carrier" | "label" | "daily" | "weekly" | "band")
                && doc.tokens.get(h + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | "of" | "for" | "that" | "which" | "behind") || participle_after_head(x))
        })
    };
    // (a "which" clause whose verb says what the body does, "which issues", "which runs"; a
    // clause of being, "which is based in …", describes places and things as well)
    let which = lower_at(doc, b + 1) == "which" && !matches!(lower_at(doc, b + 2), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "" );
    let body = appositive_peak_body(doc, lex, b);
    if !which && !headed() && !body {
        return false;
    }
    // (a country closes the names of national peak bodies, "Rowing Canada, the governing
    // body,", but opens or makes up no body's name; only there, as an agency's "Vexair
    // Australia" may be a second name of the "Vexair" named elsewhere)
    let ok = |t: usize| {
        let w = doc.tokens[t].lower.as_str();
        is_cap_word(doc, t) && !lex.titles.contains_key(w) && !lex.stopwords.contains(w) && (lex.country_any(w).is_none() || body && t + 1 == b && b > a + 1) && lex.first_names.get(w).is_none_or(|g| *g == 'u')
    };
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    if !(a..b).all(ok) || lex.place_names.contains_key(&lows.join(" ")) || lex.country_any(&lows.join(" ")).is_some() || person_named(doc, a) || lex.peoples.contains(lows[0]) {
        return false;
    }
    // the comma that closes the clause or the appositive, then a speech cue
    let Some(si) = doc.sentence_at(doc.tokens[a].span.start) else { return false };
    let end = doc.sentences[si].tokens.1.min(b + 30);
    (b + 2..end.saturating_sub(1)).take_while(|&t| !matches!(doc.tokens[t].lower.as_str(), "\"" | "\u{201c}" | "\u{201d}" | ";" | ":")).any(|t| doc.tokens[t].lower == "," && lex.cues.get(lower_at(doc, t + 1)).is_some())
}

/// "a network working on water rights", "a group campaigning for clean rivers": a
/// lower-case present participle right after the kind that heads an appositive opens a clause
/// about what the body does, as "that …" or "for …" do, so the kind still heads it (such a
/// body had been no entity: its statement was lost or credited to the bare name).
fn participle_after_head(x: &crate::model::Token) -> bool {
    !x.cap && x.kind == TokenKind::Word && x.lower.len() > 5 && x.lower.ends_with("ing")
}

/// ", the peak body for the industry,", ", the governing body,": an appositive after the comma
/// at `b` headed by "body" with one or two lower-case modifiers before it describes an
/// organisation (a bare "the body" is as often a corpse's).
fn appositive_peak_body(doc: &Doc, lex: &Lexicon, b: usize) -> bool {
    let Some(open) = appositive_open(doc, b) else { return false };
    let Some(h) = (open + 1..(open + 3).min(doc.tokens.len())).find(|&t| doc.tokens[t].lower == "body") else { return false };
    (open..h).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !lex.stopwords.contains(&doc.tokens[j].lower) && !lex.person_nouns.contains(&doc.tokens[j].lower))
        && doc.tokens.get(h + 1).is_some_and(|x| matches!(x.lower.as_str(), "," | "of" | "for" | "that" | "which"))
}

/// Whether run `a..b` (one to four words) may be an organisation no lexicon knows: not a
/// person's name, place, country, people, title or common word.
pub(super) fn candidate(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b - a > 4 || !is_cap_word(doc, a) || !is_cap_word(doc, b - 1) {
        return false;
    }
    // ("fined a bank Sh15 million", "KSh120 billion", "Rs500 crore": a currency's letters
    // glued to an amount)
    if b == a + 1 && matches!(lower_at(doc, b), "million" | "billion" | "trillion" | "bn" | "m" | "crore" | "lakh") && doc.tokens[a].lower.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // ("bid for the 2036 Olympics, and the Indian Olympic Association": an event's name,
    // "Olympics", "Frankfurt Marathon", is no body, listed with one or not)
    if (a..b).any(|t| crate::extract::names::holiday_cover(doc, lex, t).is_some()) {
        return false;
    }
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    let known = |w: &str| {
        lex.first_names.get(w).is_some_and(|g| *g != 'u')
            || lex.country_any(w).is_some()
            || lex.titles.contains_key(w)
            || lex.title_modifiers.contains(w)
            || lex.stopwords.contains(w)
    };
    // "Vexmoor County": a region's name
    let region = crate::extract::names::REGION_WORDS.contains(&lows[lows.len() - 1]);
    // (a stopword opening a place's name before more words is the place's: "New York Fed")
    let opening = crate::extract::names::place_opens(doc, lex, a, b) && b > a + 2;
    if region || lows.iter().enumerate().any(|(i, w)| known(w) && !(opening && i == 0)) || lex.place_names.contains_key(&lows.join(" ")) {
        return false;
    }
    if b == a + 1 {
        let w = lows[0];
        let word = doc.slice(doc.tokens[a].span);
        // "Republican officials", "European officials": an adjective, not a name
        let adjective = ["an", "ic", "ish", "ese", "ern", "ist"].iter().any(|s| w.ends_with(s));
        let surname = lex.surnames.get(w).is_some_and(|&r| r <= 5000) || lex.census_given.contains(w);
        let person = doc.people_named_in_full(word).next().is_some();
        // ("Serb officials", "Arab officials": a people's word, listed, too)
        if adjective || surname || person || lex.is_common_word(w) || lex.place_names.contains_key(w) || lex.org_words.contains(word) || lex.peoples.contains(w) {
            return false;
        }
        if word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return false;
        }
    }
    // only organisation words ("Police officials") name no one in particular, unless a noun for
    // its kind stands right before two words or more ("property agency Orchard Realty",
    // "property consultancy Meridian Estates": names of common words are usual for firms)
    let after_kind = b >= a + 2 && a >= 1 && is_kind(lower_at(doc, a - 1));
    after_kind || !(a..b).all(|t| lex.org_words.contains(doc.slice(doc.tokens[t].span)) || lex.is_common_word(&doc.tokens[t].lower))
}

/// "The Rescue Lawyers, a group that …": two to four capitalised common words after "The",
/// then an appositive that says what kind of organisation they are, name it (a name of
/// common words only is no candidate elsewhere: "Police officials").
pub(super) fn common_words_by_kind(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if !(a + 2..=a + 4).contains(&b) || a == 0 || doc.tokens[a - 1].lower != "the" || !kind_appositive(doc, b) {
        return false;
    }
    let known = |t: usize| {
        let w = doc.tokens[t].lower.as_str();
        !is_cap_word(doc, t) || lex.first_names.contains_key(w) || lex.country_any(w).is_some() || lex.titles.contains_key(w) || lex.title_modifiers.contains(w) || lex.stopwords.contains(w)
    };
    let lows: Vec<&str> = (a..b).map(|t| doc.tokens[t].lower.as_str()).collect();
    !(a..b).any(known) && !lex.place_names.contains_key(&lows.join(" ")) && !crate::extract::names::REGION_WORDS.contains(&lows[lows.len() - 1])
}

/// "Eli Vexlin, whose pills …, reported … Mark Dunne, Vexlin's chief executive, said": a name
/// the names pass took for a person's (`a..b` one mention of a person), right before "'s" and
/// an office or an owner only a company has ("chief executive", "chief financial officer",
/// "chairman", "shareholders", "share price"), is a company's: nobody has a chief executive or
/// shareholders of his own. Only the retyping of that person asks it.
pub(super) fn person_with_company_officer(doc: &Doc, a: usize, b: usize) -> bool {
    // (the possessive first: asked of every run)
    if !matches!(doc.tokens.get(b).map(|t| t.lower.as_str()), Some("'s" | "\u{2019}s")) {
        return false;
    }
    let owned = match lower_at(doc, b + 1) {
        "chief" => matches!(lower_at(doc, b + 2), "executive" | "financial" | "operating"),
        "chairman" | "chairwoman" | "shareholders" => true,
        "share" => lower_at(doc, b + 2) == "price",
        _ => false,
    };
    owned && doc.mention_at_token(a).is_some_and(|m| doc.mentions[m].span == span_of(doc, a, b) && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
}
