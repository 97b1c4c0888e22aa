//! Titles and portfolios before a name, and the organisation an office belongs to.

use super::*;

/// "Homeland Security Secretary Jeh Johnson", "Senate Majority Leader Tom Ecker": in the
/// run `k..j`, words naming what an office belongs to, the office (a title from the table,
/// the first one after `k`, with what follows it in the title), then one to four words of a
/// person's name. Returns the title's first token and the name's first token.
pub(super) fn title_chain(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<(usize, usize)> {
    let h = (k + 1..j).find(|&h| longest(doc, h, j, &lex.titles).is_some())?;
    let (mut e, _) = title_at(doc, h, j)?;
    // ("Hassan Sheikh Mohamud", "Ahmed Sheikh Hassan said": a royal style of one word between a
    // listed given name and a name word is a part of one person's name, no owner, office and
    // holder)
    let lw = doc.tokens[k].lower.as_str();
    if h == k + 1 && e == h + 1 && e < j && is_cap_word(doc, e)
        && lex.titles.get(&doc.tokens[h].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Royal)
        && lex.first_names.get(lw).is_some_and(|g| *g != 'u') && !lex.is_common_word(lw) && lex.country_any(lw).is_none()
    {
        return None;
    }
    // ("Vexmoor Parliament Commissioner for Human Rights X": a capitalised portfolio after
    // "for" or "of" is the office's; the holder's name opens at a given name after it)
    if e + 2 < j && matches!(doc.tokens[e].lower.as_str(), "of" | "for") {
        let given = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u');
        let m = (e + 2..j - 1).find(|&m| given(m) && person_shape(doc, lex, m, j, true))?;
        // ("Minister for Health and Social Care X": a portfolio's fields joined by "and")
        if !(e + 1..m).all(|x| is_cap_word(doc, x) || doc.tokens[x].lower == "and" && !doc.tokens[x].cap && x > e + 1 && is_cap_word(doc, x + 1)) {
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
        let two = j - e == 2 && (plain(e) || initials(e) || common_word_given_name(doc, lex, e) || month_given_name(doc, lex, e)) && plain(e + 1) && !lex.is_common_word(&doc.tokens[e + 1].lower) && (!known_place(&doc.tokens[e + 1].lower) || lex.surnames.contains_key(&doc.tokens[e + 1].lower));
        // ("Karnataka Minister D K Vexov", "Union Minister C R Vexov": initials written apart,
        // each one capital with no stop, as Indian papers print them, then the surname)
        let spaced = (2..=3).contains(&(j - e))
            && (e..j - 1).all(|m| doc.tokens[m].kind == TokenKind::Word && doc.slice(doc.tokens[m].span).len() == 1 && doc.tokens[m].cap)
            && plain(j - 1)
            && !lex.is_common_word(&doc.tokens[j - 1].lower);
        person_shape(doc, lex, e, j, true) || j - e <= 3 && name_like(doc, lex, e, j) || two || spaced
            || !generic && j - e == 2 && common_word_surname(doc, lex, e)
    };
    name_ok.then_some((h, e))
}

/// "Brackwell Mayor Ilse Link", "Brackwell Mayor Thom Stone": after an office, a given name
/// (listed, or a word no list knows) then a capitalised surname that is also a common word or a
/// stopword names the holder; `two` wants a last word that is no common word, and the whole run
/// had been one organisation, the office and the person lost and the quotes after "he said" given
/// to the person named before.
fn common_word_surname(doc: &Doc, lex: &Lexicon, e: usize) -> bool {
    let (g, s) = (doc.tokens[e].lower.as_str(), doc.tokens[e + 1].lower.as_str());
    let word = |m: usize| is_cap_word(doc, m) && doc.slice(doc.tokens[m].span).chars().all(char::is_alphabetic) && doc.slice(doc.tokens[m].span).chars().skip(1).any(char::is_lowercase);
    let listed = lex.first_names.get(g).is_some_and(|c| *c != 'u');
    let unknown = !lex.is_common_word(g) && !lex.stopwords.contains(g) && !lex.place_names.contains_key(g) && !lex.organisations.contains_key(g);
    word(e) && word(e + 1) && (listed || unknown)
        && !lex.titles.contains_key(g) && !lex.titles.contains_key(s)
        && lex.country_any(g).is_none() && lex.country_any(s).is_none()
        && !lex.place_names.contains_key(s) && !lex.organisations.contains_key(s)
        && !crate::lexicon::is_month_or_abbreviation(s)
}

/// "Senate Minority Leader Will Vexov", "Party Chair Mark Vexov": a census given name that is
/// also a common word or a stopword ("Will", "Mark", "Bill"), capitalised, opens the holder's
/// name after a chain's title as a plain given name does (the stopword had left the two words
/// no name, and the whole run one organisation "… Leader Will Vexov").
fn common_word_given_name(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    is_cap_word(doc, m) && lex.census_given.contains(&doc.tokens[m].lower)
}

/// "Brackwell Mayor Jan Lund": a month's three-letter abbreviation that is a listed given name
/// ("Jan"), capitalised and with no stop, opens the holder's name after a chain's title as it
/// opens a plain run ("Jan Egeland"); a stopword, it had left the run one person "Brackwell
/// Mayor Jan Lund" with no office.
fn month_given_name(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let l = doc.tokens[m].lower.as_str();
    l.len() == 3 && is_cap_word(doc, m) && crate::lexicon::is_month_or_abbreviation(l) && lex.first_names.contains_key(l) && !doc.slice(doc.tokens[m].span).ends_with('.')
}

/// A country's adjective of two words at token `k` ("South African", "North Korean"): its end
/// and the country.
pub(crate) fn two_word_adjective(doc: &Doc, lex: &Lexicon, k: usize) -> Option<(usize, usize)> {
    let second = doc.tokens.get(k + 1)?;
    // (asked at every capitalised word: the phrase is built only after a word that opens one)
    if !lex.country_adjective_heads.contains(&doc.tokens[k].lower) {
        return None;
    }
    lex.country_adjectives.get(&[&doc.tokens[k].lower, " ", &second.lower].concat()).map(|&c| (k + 2, c))
}

pub(super) fn owner_organisation(doc: &mut Doc, lex: &Lexicon, k: usize, h: usize) {
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
    // ("Quarnby Mayor Jane Roe said …": one capitalised word no list knows, before "Mayor" and
    // the holder's name, is the town the mayor is of, a place; it had been left unnamed, and the
    // town with it wherever the article named it after)
    if h == k + 1 && doc.tokens[h].lower == "mayor" && unlisted_town_word(doc, lex, k) {
        let ent = doc.unlisted_place(&text_of(doc, k, h));
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

/// Whether the word at `k` can be a town's name no list knows: capitalised, with lower-case
/// letters, and no common word ("Republican", "Metro", "Independent"), stopword, title, given
/// name, people's or country's name, or organisation word, nor after a name's particle.
fn unlisted_town_word(doc: &Doc, lex: &Lexicon, k: usize) -> bool {
    let l = doc.tokens[k].lower.as_str();
    let w = doc.slice(doc.tokens[k].span);
    is_cap_word(doc, k)
        && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !lex.lists_as_word(l, w)
        && lex.first_names.get(l).is_none_or(|g| *g == 'u')
        && !lex.organisations.contains_key(l)
        // (not the last word of a name with a particle: "Berkhof aan de Vaart Mayor X" names
        // the town by all its words, of which "Vaart", after the particle, is no town of its own)
        && !(k > 0 && !doc.tokens[k - 1].cap && lex.surname_particles.contains(&doc.tokens[k - 1].lower))
}

/// "Karnataka Labour Minister X", "New South Wales Water Minister X": a state or province the
/// gazetteer knows as a region (one region of the name), then a portfolio of capitalised common
/// words, before "Minister": the region holds the office (a mention of it), no body "Karnataka
/// Labour". Whether it named the owner so.
pub(super) fn region_office_owner(doc: &mut Doc, lex: &Lexicon, k: usize, h: usize) -> bool {
    if doc.tokens[h].lower != "minister" || !is_cap_word(doc, k) || (k..h).any(|m| doc.mention_at_token(m).is_some()) {
        return false;
    }
    let Some((e, ps)) = longest(doc, k, h, &lex.place_names).filter(|&(e, _)| e < h) else {
        return false;
    };
    let regions: Vec<usize> = ps.iter().copied().filter(|&p| lex.places[p].kind == "region").collect();
    // (British spellings of common words count: "Labour", "Harbour")
    let common = |w: &str| lex.is_common_word(w) || w.strip_suffix("our").is_some_and(|s| lex.is_common_word(&format!("{s}or")));
    let portfolio = (e..h).all(|m| is_cap_word(doc, m) && common(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && lex.country_any(&doc.tokens[m].lower).is_none());
    if regions.len() != 1 || !portfolio || !(k..e).all(|m| is_cap_word(doc, m)) {
        return false;
    }
    let ent = doc.place(regions[0], true);
    doc.add_mention(span_of(doc, k, e), ent, MentionKind::Name);
    true
}

/// "Financial Services Minister X", "Water Resources Minister X", "Armed Forces Minister X":
/// capitalised common words whose last is an organisation word in the plural, right before
/// "Minister", are the minister's portfolio (the field a ministry is "of"), no body of their
/// own: a ministry is "the Ministry of Water Resources", never "Water Resources". They had
/// been parsed as a run of their own, which its organisation word made a body (an extra
/// entity the minister's role was "of"); "Federal Disaster Preparedness Minister", with no
/// organisation word, already named none. Not a listed body's whole name ("Cabinet Office
/// Minister"), nor a singular head ("Vexmoor Council Minister"), nor before "Secretary",
/// whose department keeps the field's name ("Homeland Security Secretary").
pub(super) fn plural_field_portfolio(doc: &Doc, lex: &Lexicon, k: usize, h: usize) -> bool {
    let last = doc.slice(doc.tokens[h - 1].span);
    h >= k + 2
        && doc.tokens[h].lower == "minister"
        && doc.tokens[h].cap
        && last.ends_with('s')
        && lex.org_words.contains(last)
        && (k..h).all(|m| portfolio_word(doc, lex, m))
        && longest(doc, k, h, &lex.organisations).is_none_or(|(e, _)| e < h)
}

/// A capitalised common word no rule named, on the line of the word after it: a field of a
/// portfolio ("Health", "Energy").
pub(super) fn portfolio_word(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
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
pub(super) fn company_office(doc: &Doc, lex: &Lexicon, k: usize, h: usize) -> bool {
    const OFFICES: &[&str] = &["ceo", "chief", "chairman", "chairwoman", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson"];
    let w = &doc.tokens[k].lower;
    OFFICES.contains(&doc.tokens[h].lower.as_str())
        && doc.slice(doc.tokens[k].span).chars().skip(1).any(char::is_lowercase)
        && !lex.lists_as_name_or_place(w)
        && !lex.is_common_word(w)
        && !lex.stopwords.contains(w)
        && !lex.titles.contains_key(w)
}
