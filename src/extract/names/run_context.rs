//! What a capitalised run's words and neighbours say about where it ends and what it is:
//! designators, heads of waters and regions, nicknames, possessives, fields of an organisation's
//! name, places a body is based in.

use super::*;

/// Organisation words that, alone and capitalised, only refer back to a name given before
/// ("the Institute said"); unlike "Congress", "Senate" or "Reuters", they name nothing.
pub(super) const GENERIC_HEADS: &[&str] = &[
    "Division", "Institute", "Institution", "Association", "Department", "Office", "Committee", "Commission", "Agency",
    "Company", "Corporation", "Group", "Center", "Centre", "University", "College", "School", "Foundation", "Organization",
    "Organisation", "Society", "Trust", "Bureau", "Board", "Authority", "Directorate", "Brigade", "Battalion", "Regiment",
    "Corps", "Squadron", "Wing", "Fleet", "Program", "Programme", "Initiative", "Project", "Library", "Hospital", "Laboratories",
    // ("at the Ministry's offices", "Tribunal begins hearing", "the 224-member Assembly": no
    // body of its own)
    "Ministry", "Tribunal", "Assembly",
    // ("Police fired tear gas", "Government spokesman X": the country's police or government)
    "Police", "Government",
    // ("Staff were sent home early, the union said": a body's employees, no body; a body needs
    // more words, "the General Staff", "Joint Chiefs of Staff")
    "Staff",
];

/// Fields that name a national agency or sports body before a country's name ("Environment
/// Canada", "Statistics Canada", "Tennis Australia", "Team Estonia"; a state's ambulance
/// service, "Ambulance Quarnia").
pub(super) const AGENCY_FIELDS: &[&str] = &[
    "Ambulance", "Environment", "Statistics", "Health", "Parks", "Transport", "Elections", "Fisheries", "Immigration", "Revenue", "Tourism",
    "Heritage", "Infrastructure", "Sport", "Team", "Tennis", "Cycling", "Athletics", "Swimming", "Rugby", "Football", "Basketball",
    "Hockey", "Golf", "Rowing", "Sailing", "Netball", "Cricket", "Volleyball", "Gymnastics", "Triathlon",
];

/// Designators that open a football club's name ("FC Vexmoor", "AFC Quarnel").
pub const CLUB_PREFIXES: &[&str] = &["FC", "AFC", "SC", "CF"];

/// Designators that open a company's name: the Indonesian "PT" (perseroan terbatas, "PT Vexmoor
/// Nikel"), never a name alone.
pub const COMPANY_PREFIXES: &[&str] = &["PT"];

/// Designators that end a company's or club's name, never a name alone.
pub(super) const LONE_DESIGNATORS: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "GmbH", "S.A.", "A.G.", "N.V.", "B.V.", "S.p.A.", "SpA", "F.C.", "A.F.C.", "L.L.C.",
    "P.L.C.", "Pty", "Oyj", "PJSC", "OJSC", "JSC", "Nyrt.", "Nyrt", "ASA", "Bhd", "Tbk", "KGaA", "A/S",
];

/// Heads of seas, straits, bays and capes named "of" something ("Gulf of Quarn").
pub(super) const WATER_OF: &[&str] = &["Gulf", "Sea", "Strait", "Straits", "Bay", "Cape", "Isle", "Isles"];

/// Words that open the name of a place named after another ("Old Goa", "Upper Vexmoor",
/// "West Africa", "Lake Chad").
pub(super) const PLACE_PREFIXES: &[&str] = &[
    "Old", "Upper", "Lower", "Greater", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Lake", "Mount",
];

/// Capitalised head words that end a region's name ("Vexmoor County", "Quarnel Province").
pub(super) const REGION_HEADS: &[&str] = &["County", "Province", "Prefecture", "Oblast", "Governorate", "Parish", "Township"];

/// Word `m` may be part of a region's name before its head: capitalised, no title,
/// organisation word or stopword ("In", "The" opening the sentence).
pub(super) fn region_name_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let w = doc.slice(doc.tokens[m].span);
    is_cap_word(doc, m) && w.chars().skip(1).any(char::is_lowercase) && !lex.titles.contains_key(&doc.tokens[m].lower) && !lex.org_words.contains(w) && !lex.stopwords.contains(&doc.tokens[m].lower)
}

/// A title-like word that may open a region's name before its head ("Prince" of "Prince
/// Quarn County", "King" of "King Vexmoor Parish"): capitalised, lower-case after its first
/// letter, a listed title, no stopword. Asked only where the run ends in a region's head word.
pub(super) fn titled_region_word(doc: &Doc, lex: &Lexicon, m: usize) -> bool {
    let w = doc.slice(doc.tokens[m].span);
    is_cap_word(doc, m) && w.chars().skip(1).all(char::is_lowercase) && lex.titles.contains_key(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower)
}

/// "Jane "JJ" Roe", "Tom 'Buckshot' Poe": run `i..j` (one to three capitalised words, the first
/// a given name), a quoted nickname of one or two capitalised words, then one or two
/// capitalised words (the surname, no stopword or title). Returns the surname's tokens.
/// Constant work per run.
pub(super) fn nickname_name(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<(usize, usize)> {
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
pub(super) fn possessive_name(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
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
pub(super) fn county_before(doc: &Doc, lex: &Lexicon, k: usize, j: usize) -> Option<usize> {
    // (the cheap test first: asked of every run)
    if !matches!(doc.slice(doc.tokens[k].span), "Co" | "County") {
        return None;
    }
    (k + 1 < j && j - k <= 3 && (k + 1..j).all(|m| region_name_word(doc, lex, m))).then_some(k)
}

/// Legal designators that may follow a company's name after a comma.
pub(super) const DESIGNATORS: &[&str] = &["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "plc", "Corp", "Corp.", "Co", "Co.", "GmbH", "AG", "LP", "PJSC", "Nyrt.", "A/S"];

/// The end of ", Inc" right after a run ending at token `j` (before `b`): the designator is
/// the last word of the name.
pub(super) fn designator_after_comma(doc: &Doc, j: usize, b: usize) -> Option<usize> {
    let comma = doc.tokens.get(j).is_some_and(|t| t.lower == ",");
    let designator = j + 1 < b && DESIGNATORS.contains(&doc.slice(doc.tokens[j + 1].span));
    (comma && designator && (j + 2 >= b || !is_cap_word(doc, j + 2))).then_some(j + 2)
}

/// Capitalised prepositions that start a new sentence or clause, never a word inside a name.
pub(super) fn opening_preposition(w: &str) -> bool {
    matches!(w, "In" | "On" | "At" | "From" | "With" | "By" | "After" | "Before" | "During" | "Under" | "Since" | "While" | "Outside" | "Despite" | "Amid" | "Across" | "Throughout")
}

/// Capitalised function words and greetings that open a sentence, never a word inside a name
/// ("Jane Roe The new deal …", "Jane Roe Are you free …" where a line lost its full stop).
pub(super) fn sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The" | "An" | "Are" | "Is" | "Was" | "Were" | "Do" | "Does" | "Did" | "We" | "You" | "They" | "He" | "She" | "It" | "This" | "That" | "These"
            | "Those" | "Here" | "There" | "If" | "When" | "What" | "Why" | "How" | "Please" | "Thanks" | "Thank" | "Hi" | "Hello" | "Hey" | "Dear" | "Regards"
            | "Cheers" | "Can" | "Could" | "Would" | "Should" | "As"
    )
}

/// Labels of a caption's credit ("Image: Jane Roe"), a word before a colon.
pub(super) fn credit_label(w: &str) -> bool {
    matches!(w, "Image" | "Images" | "Photo" | "Photos" | "Picture" | "Video" | "Credit" | "Source" | "Caption")
        // (a form's or a signature's field labels: "Job Title: Attorney Location: Quarnby")
        || matches!(w, "Location" | "Address" | "Phone" | "Fax" | "Email" | "E-mail" | "Tel" | "Subject" | "Description" | "Compensation")
}

/// Whether word `j` (inside a capitalised run, before `b`) cannot continue the name before it:
/// a capitalised preposition or sentence opener (not in a title-case line, where every word
/// is capitalised: "Jane Roe Goes After …"), or a credit label before its colon.
pub(super) fn run_breaker(doc: &Doc, j: usize, b: usize, title_case: bool) -> bool {
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
pub(super) fn known_through(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    (i.max(j.saturating_sub(3))..j).any(|k| {
        longest(doc, k, b, &lex.country_names).is_some_and(|(e, _)| e > j)
            || longest(doc, k, b, &lex.organisations).is_some_and(|(e, _)| e > j)
            || longest(doc, k, b, &lex.place_names).is_some_and(|(e, _)| e > j)
    })
}

/// "Minister for Health and Social Care Jane Roe", "Secretary of State for Trade and Industry
/// Tom Vexby": an office (a listed title of the office class), "for"/"of" and its portfolio in
/// capitalised common words, then "and" at `j`, one to three more such words and the holder's
/// name, opened by a listed given name (of either sex) and a second capitalised word. The portfolio is one
/// office's, as a department's fields are one body's (`fields_joined`), though the run goes on
/// past it to the holder ("the Minister for Health and Jane Roe" stays two: no field after
/// "and").
pub(super) fn office_fields_joined(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    let t = &doc.tokens;
    let field = |m: usize| is_cap_word(doc, m) && lex.is_common_word(&t[m].lower) && !lex.first_names.contains_key(&t[m].lower) && !lex.titles.contains_key(&t[m].lower);
    let Some(of) = (i + 1..j).rev().find(|&m| matches!(t[m].lower.as_str(), "of" | "for") && !t[m].cap) else { return false };
    let office = |m: usize| lex.titles.get(&t[m].lower).is_some_and(|x| x.class == crate::lexicon::TitleClass::Office);
    if !(of + 1 < j && (of + 1..j).all(field) && (i..of).any(office)) {
        return false;
    }
    let e = (j + 1..b.min(j + 4)).find(|&m| !field(m)).unwrap_or(b.min(j + 4));
    e > j + 1 && e + 1 < b && is_cap_word(doc, e) && is_cap_word(doc, e + 1) && (lex.first_names.contains_key(&t[e].lower) || lex.census_given.contains(&t[e].lower))
}

/// "the Department of Physics and Astronomy", "the Institute of Arts and Sciences": an
/// organisation word, "of", fields in capitalised common words, then "and" at `j` and one
/// more such field that ends the run (a name after "and" stays apart: "the Ministry of
/// Energy and Jane Roe").
pub(super) fn fields_joined(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    // (a field of learning not in the word list: "Hydrology", "Geophysics")
    // ("the Ministry of Tourism and Antiquities": a noun in "-ism", "Tourism", "Journalism")
    let learned = |w: &str| w.len() > 6 && ["ology", "ics", "graphy", "nomy", "ism"].iter().any(|s| w.ends_with(s));
    // ("the Office of Budget and Management", "the Department of Planning and Development": a
    // noun in "-ment" of a listed verb, which the word list leaves out)
    // ("the Department of Rivers and Stewardship", "the Office of Estates and Trusteeship": a
    // noun in "-ship" of a listed noun, which the word list may leave out)
    let derived = |w: &str| w.strip_suffix("ment").or_else(|| w.strip_suffix("ship")).is_some_and(|v| v.len() >= 4 && lex.is_common_word(v));
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
pub(super) fn fields_listed(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> Option<usize> {
    // (the comma first: asked at every word that ends a run)
    if doc.tokens[j].lower != "," || j + 3 >= b {
        return None;
    }
    // ("the Committee on Environment, Forestry and Mining": a deliberating body "on" its
    // fields, as "of"/"for")
    let of = (i + 1..j).rev().find(|&m| matches!(doc.tokens[m].lower.as_str(), "of" | "for") || doc.tokens[m].lower == "on" && !doc.tokens[m].cap);
    // (a field: a capitalised word that names no person, place or country; "Local" is no
    // common word of the list)
    // (with no "of", a place's name that is a common word may be a field or the head:
    // "Commonwealth", "Union")
    let field = |m: usize| {
        let w = doc.tokens[m].lower.as_str();
        m < b && is_cap_word(doc, m) && !lex.first_names.contains_key(w) && (!lex.place_names.contains_key(w) || of.is_none() && lex.is_common_word(w)) && lex.country_any(w).is_none() && !lex.stopwords.contains(w) && !lex.titles.contains_key(w)
            // (and with no "of" each field a common word or a title's modifier ("Foreign",
            // "Home"), so that bodies listed by their initials or names are no one name: "the
            // UN, EU and World Bank")
            && (of.is_some() || lex.is_common_word(w) || lex.title_modifiers.contains(w))
    };
    // ("the Foreign, Commonwealth and Development Office", "the Kenya Medical Practitioners,
    // Pharmacists and Dentists Union": no "of", the fields open the run, perhaps after its
    // country, and the last field is an organisation word that ends the name)
    let head_last = match of {
        Some(of) => {
            if !lex.org_words.contains(doc.slice(doc.tokens[of - 1].span)) || of + 1 >= j || !(of + 1..j).all(field) {
                return None;
            }
            false
        }
        None => {
            let s = if matches!(doc.tokens[i].lower.as_str(), "the" | "a" | "an") { i + 1 } else { i };
            let s = if s + 1 < j && lex.country_any(&doc.tokens[s].lower).is_some() && is_cap_word(doc, s) { s + 1 } else { s };
            if s >= j || j - s > 3 || !(s..j).all(field) {
                return None;
            }
            true
        }
    };
    // one to three fields after each comma, then "and" (or ", and") and one to three more
    // ("the Vexland Mines, Petroleum and Gas Board", "the Electricity, Gas and Water
    // Authority": with no "of", a field after the first comma may be a word the common-word
    // list lacks, "Gas", that no list holds as a name; the fields before the first comma
    // still are common words)
    let later_field = |t: usize| field(t) || of.is_none() && unlisted_field(doc, lex, t);
    let fields_from = |m: usize| (m..(m + 3).min(b)).take_while(|&t| later_field(t)).count();
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
    (n > 0 && (e >= b || !is_cap_word(doc, e)) && (!head_last || lex.org_words.contains(doc.slice(doc.tokens[e - 1].span)))).then_some(e)
}

/// A capitalised word in letters that no list holds as a given name, surname, place, country,
/// organisation, title or stopword ("Gas"): a field of a body's name the common-word list
/// lacks (`fields_listed`, after its first comma only).
fn unlisted_field(doc: &Doc, lex: &Lexicon, t: usize) -> bool {
    let w = doc.tokens[t].lower.as_str();
    is_cap_word(doc, t)
        && w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && doc.slice(doc.tokens[t].span).chars().skip(1).all(char::is_lowercase)
        && !lex.lists_as_name_or_place(w)
        && lex.organisations.get(w).is_none()
        && !lex.titles.contains_key(w)
        && !lex.stopwords.contains(w)
}

/// "Vexmoor Community and Technical College", "Sales & Marketing Department": "and" or "&"
/// at `j` between capitalised common words, the last of the run after it an organisation
/// word; the run before it (from `i`) names no person or country ("Jane Roe and Technical
/// College staff" stay apart) but for a state opening it (`after_state_opening`).
pub(super) fn joined_into_org(doc: &Doc, lex: &Lexicon, i: usize, j: usize, b: usize) -> bool {
    // ("Ethics and Anti-Fraud Commission": a hyphenated word whose parts are common)
    // ("the National Cyber and Crypto Agency", "the Telecom and Broadband Authority": fields
    // of newer bodies that the common-word list, older, lacks)
    const FIELDS: &[&str] = &["cyber", "crypto", "telecom", "telecoms", "online", "broadband", "fintech", "biosecurity", "counterterrorism"];
    // ("the National Development and Reform Commission", "Trade and Investment Commission": a
    // noun in "-ment" of a common verb, which the common-word list leaves out)
    let ment = |w: &str| w.strip_suffix("ment").is_some_and(|v| v.len() >= 3 && (lex.common_words.contains(v) || lex.common_words.contains(&format!("{v}e"))));
    let common = |m: usize| is_cap_word(doc, m) && (lex.is_common_word(&doc.tokens[m].lower) || ment(&doc.tokens[m].lower) || FIELDS.contains(&doc.tokens[m].lower.as_str()) || doc.tokens[m].lower.contains('-') && doc.tokens[m].lower.split('-').all(|p| p.len() > 1 && (p == "anti" || lex.is_common_word(p))));
    let named = |m: usize| lex.first_names.get(&doc.tokens[m].lower).is_some_and(|g| *g != 'u') || lex.country_any(&doc.tokens[m].lower).is_some();
    if j == 0 || !common(j - 1) || (after_state_opening(doc, lex, i, j)..j).any(named) {
        return false;
    }
    // ("Port and Transport Workers' Union": a plural's apostrophe inside the run after "and")
    let apostrophe = |m: usize| plural_possessive_in_org(doc, lex, m, b);
    let e = (j + 1..b.min(j + 6)).find(|&m| !is_cap_word(doc, m) && !apostrophe(m)).unwrap_or(b.min(j + 6));
    // ("the Commerce Department and Congress", "the Interior Ministry and Parliament": one word
    // after "and" that is a state's body on its own is a second body, not the end of one name)
    let lone_state_body = e == j + 2 && doc.tokens[j].lower == "and" && lex.state_body_keys.contains(doc.tokens[j + 1].lower.as_str());
    e > j + 1
        && !lone_state_body
        && (e == b || !is_cap_word(doc, e))
        // (the organisation word that ends it need not be a common word: "the National
        // Earthquake Monitoring and Research Centre", in British spelling)
        && (j + 1..e - 1).all(|m| common(m) || apostrophe(m))
        && (common(e - 1) || is_cap_word(doc, e - 1))
        && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span))
        && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

/// "the U.S. Fish and Wildlife Service", "the Australian Competition and Consumer Commission": a
/// state's abbreviation, name or adjective that opens the run `i..j` (after "the" perhaps), with
/// capitalised words after it up to the "and" at `j`, the last no organisation word ("the
/// British Army and Royal Navy", "the U.S. Treasury and Justice Department" stay two), is part
/// of one body's name: the first word after it, where a person or a state in the run keeps the
/// names apart. Else `i`, and so when initials in brackets after the name spell it without the
/// state's word ("the U.S. National Oceanic and Atmospheric Administration (NOAA)": the
/// initials say where the name starts, as `orgs::acronyms` reads them).
fn after_state_opening(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> usize {
    let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
    if s + 1 >= j || lex.country_any(&doc.tokens[s].lower).is_none() || lex.org_words.contains(doc.slice(doc.tokens[j - 1].span)) {
        return i;
    }
    let e = (j + 1..doc.tokens.len().min(j + 7)).find(|&m| !is_cap_word(doc, m)).unwrap_or(j + 1);
    let spelt = doc.tokens.get(e).is_some_and(|t| t.lower == "(") && doc.tokens.get(e + 2).is_some_and(|t| t.lower == ")") && {
        let initials: String = (s + 1..e).filter(|&m| doc.tokens[m].cap).filter_map(|m| doc.slice(doc.tokens[m].span).chars().next()).collect();
        doc.slice(doc.tokens[e + 1].span) == initials
    };
    if spelt {
        i
    } else {
        s + 1
    }
}

/// "the Hong Kong and Macao Affairs Office", "the Xinjiang and Tibet Affairs Commission": "and"
/// at `j` after a place's name and before another place's, then "Affairs" and an
/// organisation word that end the run: a body for the affairs of both places (China's State
/// Council names its offices so), one name, where places joined by "and" elsewhere stay two.
pub(super) fn affairs_of_places(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    let e = (j + 1..b.min(j + 6)).find(|&m| !is_cap_word(doc, m)).unwrap_or(b.min(j + 6));
    e >= j + 4 && (e == b || !is_cap_word(doc, e)) && doc.tokens[e - 2].lower == "affairs" && lex.org_words.contains(doc.slice(doc.tokens[e - 1].span)) && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

/// "Workers' Union", "Nurses’ Association" (`j` at the apostrophe): a capitalised plural
/// before it and capitalised words after it up to an organisation word that ends the run.
pub(super) fn plural_possessive_in_org(doc: &Doc, lex: &Lexicon, j: usize, b: usize) -> bool {
    if j == 0 || !matches!(doc.tokens[j].lower.as_str(), "'" | "\u{2019}") || !is_cap_word(doc, j - 1) || !doc.tokens[j - 1].lower.ends_with('s') || doc.tokens[j - 1].span.end != doc.tokens[j].span.start {
        return false;
    }
    let e = (j + 1..b.min(j + 4)).find(|&m| !is_cap_word(doc, m)).unwrap_or(b.min(j + 4));
    e > j + 1 && (e == b || !is_cap_word(doc, e)) && org_word_or_plural(lex, doc.slice(doc.tokens[e - 1].span)) && !lex.titles.contains_key(&doc.tokens[e - 1].lower)
}

/// "Association" or "Associations": after a plural's apostrophe the body's word may be a plural
/// too ("the Confederation of Vexmoor Employers' Associations", a federation of them), which the
/// organisation words, singular, lack.
fn org_word_or_plural(lex: &Lexicon, w: &str) -> bool {
    lex.org_words.contains(w) || w.strip_suffix('s').is_some_and(|one| one.len() > 3 && lex.org_words.contains(one))
}

pub(super) fn joined_by_and(doc: &Doc, i: usize, end: usize) -> bool {
    let phrase = (i..end).map(|k| doc.tokens[k].lower.as_str()).collect::<Vec<_>>().join(" ");
    let lex = Lexicon::get();
    lex.country_names.contains_key(&phrase) || lex.organisations.contains_key(&phrase)
}

/// "London-based", "Kremlin-backed", "Saudi-led", "Panama-flagged": a name joined to a
/// participle modifies what follows and is no part of its name ("the London-based Institute
/// for …", "a Marshall Islands-flagged oil tanker").
pub(super) fn compound_modifier(doc: &Doc, t: usize) -> bool {
    const PARTICIPLES: &[&str] = &["based", "born", "led", "backed", "owned", "funded", "run", "listed", "made", "registered", "headquartered", "brokered", "sponsored", "allied", "controlled", "held", "linked", "aligned", "bred", "educated", "flagged"];
    let l = doc.tokens[t].lower.as_str();
    l.rsplit_once('-').is_some_and(|(head, p)| !head.is_empty() && PARTICIPLES.contains(&p))
}

/// "a New York-based institute", "the Rio de Janeiro-based bank": a place of several words
/// whose last is joined to the participle is mentioned whole (the run before the compound had
/// been a name alone and "York" a town in England); the token after the compound at `i`'s run
/// is returned.
pub(super) fn based_place_of_words(doc: &mut Doc, lex: &Lexicon, i: usize, b: usize) -> Option<usize> {
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
pub(super) fn based_place(doc: &mut Doc, lex: &Lexicon, t: usize) {
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
