//! Passes the pipeline runs once all names are found: one-word organisations spread over the
//! article, people in mail addresses, sentence-initial people, nicknames, places called so.

use super::*;

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
        // (a name the article writes only after "the", "the Hajj", is no firm's one-word name)
        let the = |m: &crate::model::Mention| doc.token_at(m.span.start).checked_sub(1).is_some_and(|p| doc.tokens[p].lower == "the");
        let bare = || doc.mentions.iter().any(|x| x.entity == m.entity && !the(x));
        if unlisted_one_word(lex, w, &doc.tokens[t].lower) && bare() {
            names.push((w.to_string(), m.entity));
        }
    }
    // (not a word of a longer name: "Quarnco Republic", "Vexby Lovells"; capitals after it
    // may be codes, "Quarnco LS HPL")
    let mixed_cap = |doc: &Doc, k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap && doc.slice(x.span).chars().any(char::is_lowercase));
    spread_bare_words(doc, &names, mixed_cap);
}

/// A word of one mixed-case token, four letters or more, that no list knows: no common word,
/// stopword, given name, surname, listed place, country or people's name. Only such a word can
/// be spread over an article as a name without taking ordinary words with it.
fn unlisted_one_word(lex: &Lexicon, w: &str, lw: &str) -> bool {
    let mixed = w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase) && w.chars().count() >= 4;
    mixed && !lex.is_common_word(lw) && !lex.stopwords.contains(lw) && !lex.first_names.contains_key(lw) && !lex.census_given.contains(lw) && !lex.surnames.contains_key(lw)
        && !lex.place_names.contains_key(lw) && lex.country_any(lw).is_none() && !lex.peoples.contains(lw)
}

/// Marks every capitalised word the article writes alone (no mention over it, not in an
/// address or URL, no `longer` word beside it) that is one of `names` as its entity.
fn spread_bare_words(doc: &mut Doc, names: &[(String, usize)], longer: impl Fn(&Doc, usize) -> bool) {
    if names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for t in 0..doc.tokens.len() {
        if doc.tokens[t].kind != TokenKind::Word || !doc.tokens[t].cap || doc.mention_at_token(t).is_some() || in_address(doc, t) || in_url(doc, t) {
            continue;
        }
        if t > 0 && longer(doc, t - 1) || longer(doc, t + 1) {
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

/// "the seventh house lost in Quarnby … a sea wall for Quarnby": a place of one word that no
/// list knows, found where the tagger or a rule could tell (after "in", "the village of"), is
/// that place wherever the article writes the word alone and no mention covers it; elsewhere
/// ("for Quarnby", "to include Quarnby") the tagger is often unsure and the place was lost
/// from what a statement is about. The word must be no common word, given name, surname,
/// listed place, country or people's name (as for one-word organisations, above). Run after
/// every other name is found.
pub fn spread_one_word_places(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut names: Vec<(String, usize)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if e.kind != EntityKind::Place {
            continue;
        }
        let t = doc.token_at(m.span.start);
        let w = doc.slice(m.span);
        if doc.token_at(m.span.end) != t + 1 || e.name != w || names.iter().any(|(n, _)| n == w) {
            continue;
        }
        if unlisted_one_word(lex, w, &doc.tokens[t].lower) {
            names.push((w.to_string(), m.entity));
        }
    }
    // (not a word of a longer name: "Quarnby Road", "Port Quarnby")
    let cap = |doc: &Doc, k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap);
    spread_bare_words(doc, &names, cap);
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
pub(super) fn listed_after_people(doc: &mut Doc, lex: &Lexicon) {
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

/// "Police detained Chidi Nwosu last week. … Nwosu denies the charges.": two capitalised words
/// left unnamed (a given name no list holds), the second of which the article names alone as a
/// person, are that person's full name. Not a word any list knows (a common word, a title, a
/// place, a people), and the two stand alone, no capitalised word beside them.
pub fn given_names_of_known_surnames(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for t in 1..doc.tokens.len().saturating_sub(1) {
        let (g, s) = (&doc.tokens[t], &doc.tokens[t + 1]);
        if g.kind != TokenKind::Word || s.kind != TokenKind::Word || !g.cap || !s.cap || doc.mention_at_token(t).is_some() || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        let word = doc.slice(s.span);
        let person = |e: &crate::model::Entity| e.kind == EntityKind::Person && e.name == word;
        if !doc.entities.iter().any(person) {
            continue;
        }
        let given = doc.slice(g.span);
        let plain = given.chars().count() >= 3 && given.chars().skip(1).all(char::is_lowercase) && given.chars().all(char::is_alphabetic);
        let lw = g.lower.as_str();
        if !plain || lex.is_common_word(lw) || lex.stopwords.contains(lw) || lex.titles.contains_key(lw) || lex.title_modifiers.contains(lw) || lex.peoples.contains(lw) || lex.country_any(lw).is_some() || lex.place_names.contains_key(lw) || lex.org_words.contains(given) {
            continue;
        }
        // (alone: no capitalised word before or after the two, none of a longer name)
        let cap_word = |x: &crate::model::Token| x.kind == TokenKind::Word && x.cap;
        if cap_word(&doc.tokens[t - 1]) || doc.tokens.get(t + 2).is_some_and(cap_word) {
            continue;
        }
        found.push((t, t + 1));
    }
    name_people(doc, found);
}

/// Each token range found is a person's name: the person (one per spelling, as `Doc::person`
/// keeps them) and its mention.
fn name_people(doc: &mut Doc, found: Vec<(usize, usize)>) {
    for (a, b) in found {
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end);
        let name = doc.slice(span).to_string();
        let ent = doc.person(&name, span.start);
        doc.add_mention(span, ent, MentionKind::Name);
    }
}

/// "The party's leader, K. Odunsi, said … Mr. Odunsi added …": an initial ("K.", "K.L.") left
/// unnamed before a capitalised word that the article names alone as a person (by an honorific,
/// most often) is that person's name, initials first, as Indian and Nigerian papers write it; a
/// single initial made a person only before a census surname. Not a word any list knows as a
/// common word, a place or a title, and the two stand alone, no capitalised word after them.
pub fn initials_of_known_surnames(doc: &mut Doc) {
    let lex = Lexicon::get();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for t in 1..doc.tokens.len().saturating_sub(1) {
        let (g, s) = (&doc.tokens[t], &doc.tokens[t + 1]);
        if !g.cap || s.kind != TokenKind::Word || !s.cap || !super::dotted_initials_word(doc.slice(g.span)) || doc.mention_at_token(t).is_some() || doc.mention_at_token(t + 1).is_some() {
            continue;
        }
        let word = doc.slice(s.span);
        let lw = s.lower.as_str();
        if word.chars().count() < 3 || !word.chars().skip(1).all(char::is_lowercase) || lex.is_common_word(lw) || lex.titles.contains_key(lw) || lex.place_names.contains_key(lw) || lex.country_any(lw).is_some() {
            continue;
        }
        if !doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == word) {
            continue;
        }
        // (alone: no capitalised word after the two, none of a longer name)
        if doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Word && x.cap) {
            continue;
        }
        found.push((t, t + 1));
    }
    name_people(doc, found);
}

/// A plural for people whose possessive is "'s" ("people", "women", "fishermen"), as it
/// stands inside the names of parties, unions and institutes.
pub(super) fn group_plural(lower: &str) -> bool {
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
pub(super) fn place_called(doc: &mut Doc, t: usize, moved: &mut Vec<(usize, usize)>) {
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
pub(super) const APPOSED_BODIES: &[&str] = &["regulator", "watchdog", "agency", "broadcaster", "operator", "carrier", "authority", "newspaper", "daily", "outlet", "platform", "company", "firm", "insurer", "lender", "airline", "utility"];

/// ", Norland's media regulator," / ", the state broadcaster," after a name (the comma at
/// `end`): a description opened by "the" or a capitalised possessor's "'s", whose last word
/// before the closing comma is a noun for a body (up to five words).
pub(super) fn body_description_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    let Some(from) = past_the_or_possessor(doc, end + 1) else {
        return false;
    };
    (from..from + 5).take_while(|&k| at(k) != "," && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)).any(|k| at(k + 1) == "," && !doc.tokens[k].cap && APPOSED_BODIES.contains(&at(k)))
}

/// The token after "the" at `k`, or after a capitalised possessor and its "'s" ("Norland's")
/// opening there: where a description of a body starts its words.
fn past_the_or_possessor(doc: &Doc, k: usize) -> Option<usize> {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    if at(k) == "the" {
        Some(k + 1)
    } else if doc.tokens.get(k).is_some_and(|t| t.cap && t.kind == TokenKind::Word) && matches!(at(k + 1), "'s" | "’s") {
        Some(k + 2)
    } else {
        None
    }
}

/// ", one of the biggest coach operators," / ", one of Norland's biggest lenders," after a
/// name (the comma at `end`): "one of", then "the" or a capitalised possessor's "'s", up to
/// four words whose last is the plural of a noun for a body (`APPOSED_BODIES`) before a
/// comma: that closing comma.
pub(super) fn one_of_bodies_follows(doc: &Doc, end: usize) -> Option<usize> {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    if at(end + 1) != "one" || at(end + 2) != "of" {
        return None;
    }
    let from = past_the_or_possessor(doc, end + 3)?;
    (from..from + 4).take_while(|&k| at(k) != "," && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)).find(|&k| at(k + 1) == "," && !doc.tokens[k].cap && apposed_plural(at(k))).map(|k| k + 1)
}

/// The plural of a noun for a body (`APPOSED_BODIES`): "lenders", "utilities".
fn apposed_plural(w: &str) -> bool {
    let singular = w.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| w.strip_suffix('s').map(str::to_string));
    singular.is_some_and(|w| APPOSED_BODIES.contains(&w.as_str()))
}

/// "Today, one of the largest lenders, Quarnbank, said" (`k` at the name): the description of
/// `one_of_bodies_follows` before a name instead of after it, its comma right before `k`.
pub(super) fn one_of_bodies_before(doc: &Doc, k: usize) -> bool {
    let at = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
    k >= 6
        && at(k - 1) == ","
        && !doc.tokens[k - 2].cap
        && apposed_plural(at(k - 2))
        && (k.saturating_sub(9)..k - 4).rev().find(|&j| at(j) == "one" && at(j + 1) == "of").is_some_and(|j| at(j.wrapping_sub(1)) == "," && past_the_or_possessor(doc, j + 2).is_some_and(|f| f <= k - 2) && (j + 2..k - 1).all(|x| at(x) != ","))
}

/// `Ronald "Bato" dela Rosa`, `Robert "Bobby" Keane` (`i` at the given name): a listed given
/// name, a nickname of one or two capitalised words in quotation marks, then a surname (one
/// or two capitalised words, after a lower-case particle or none) name one person, without
/// the nickname; the end of the surname and the name.
pub(super) fn nicknamed_person(doc: &Doc, lex: &Lexicon, i: usize, b: usize) -> Option<(usize, String)> {
    let t = &doc.tokens;
    let word = |m: usize| m < b && t[m].kind == TokenKind::Word;
    // (the quotation mark first: asked at every word of every name run, up to three times)
    if i + 4 >= b || t[i + 1].kind != TokenKind::Quote || !is_cap_word(doc, i) || !lex.first_names.get(&t[i].lower).is_some_and(|g| *g != 'u') || lex.is_common_word(&t[i].lower) {
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
pub(super) fn body_noun_before(doc: &Doc, k: usize) -> bool {
    const BODIES: &[&str] = &["group", "organisation", "organization", "charity", "coalition", "alliance", "watchdog", "ngo", "lobby", "think-tank", "thinktank"];
    k >= 1 && !doc.tokens[k - 1].cap && BODIES.contains(&doc.tokens[k - 1].lower.as_str())
}

/// Nouns for an association of members or a campaign heading an apposition that describes a
/// body (", a small watchdog,", ", a coalition of campaign groups,"; companies and public
/// bodies: `APPOSED_BODIES`).
pub(super) const APPOSED_GROUP_NOUNS: &[&str] = &["watchdog", "group", "organisation", "organization", "coalition", "alliance", "charity", "union", "movement", "association", "network", "ngo", "think-tank", "thinktank", "foundation", "federation", "forum", "collective", "campaign", "lobby", "party"];

/// ", a small Seoul-based watchdog," / ", an opposition coalition," after a name: an
/// appositive headed by a noun for a body (an article, up to five words, the noun, a comma).
pub(super) fn body_apposition_follows(doc: &Doc, end: usize) -> bool {
    let at = |k: usize| doc.tokens.get(k).map_or("", |t| t.lower.as_str());
    if at(end) != "," || !matches!(at(end + 1), "a" | "an") {
        return false;
    }
    (end + 2..end + 8).take_while(|&k| at(k) != "," && doc.tokens.get(k).is_some_and(|t| t.kind != TokenKind::Quote)).any(|k| APPOSED_GROUP_NOUNS.contains(&at(k)) && at(k + 1) == "," && !doc.tokens[k].cap)
}
