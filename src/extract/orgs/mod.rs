//! Organisations the name rules leave open, found by what news text says around them: an
//! acronym defined in parentheses ("the Orchard Growers Association (OGA)"), words for a
//! company's people or shares next to the name ("Quillmart officials", "a spokesman for
//! Quillmart", "Quillmart's chief executive", "Quillmart said in a statement"), and a name
//! repeated after it was once found as an organisation. Runs after `names::find_names`
//! (so people named in full are known) and before the learned tagger (which then leaves
//! these names alone).
//!
//! `find_organisations` runs the passes in order; `context` and `by_kind` read the words
//! around a name, `acronyms` and `short_forms` join the forms of one name, `public_bodies`
//! and `sports` read bodies and teams named after places.

mod acronyms;
mod by_kind;
mod context;
mod public_bodies;
mod short_forms;
mod sports;

pub use acronyms::country_initials;
pub use public_bodies::{named_police, other_states_bodies, place_bodies};
pub use short_forms::widen_names;
pub(crate) use short_forms::ticker_at;
pub use sports::{clubs_by_context, national_teams};
use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, MentionKind, Span, TokenKind};
use acronyms::{acronym_definition, define_acronym, document_acronyms, listing_name_before_initials, mixed_case_initials, undefined_acronyms};
use by_kind::{also_known_as_organisation, candidate, common_words_by_kind, company_of_officer, employer_of_chief, firm_of_analyst, given_name_after_kind_speaks, given_name_by_kind, named_after_kind, named_by_kind_appositive, named_firm, named_itself, paper_before_noun, person_after_kind, person_with_company_officer, speaker_described_in_commas, union_named_before_union};
use context::{is_kind, organisation_context};
use short_forms::{designated_short_forms, first_word_of_firm, party_members_plural, possessive_short_forms, repeated, stock_tickers};
use sports::team_by_plural;

/// Finds organisations by acronym definitions, context and repetition (see the module doc).
pub fn find_organisations(doc: &mut Doc) {
    let lex = Lexicon::get();
    // entities whose mentions went to an organisation, dropped at the end if nothing refers
    // to them any more (indices stay put until then)
    let mut orphans = Vec::new();
    stock_tickers(doc, &mut orphans);
    // whole runs for acronyms: their long forms may hold names found before ("Vexmoor")
    // (the tagger's regions, worked out once for both kinds of runs)
    let regions = crate::extract::tagger::all_regions(doc);
    let whole = runs(doc, lex, &regions, false);
    for (i, &(a, b)) in whole.iter().enumerate() {
        // ("United Nations Mission in Vexmoor (UNMV)": a long form with "in", "for" or "on"
        // before a name of its own, which the acronym spells too)
        // (or "for the": "Democratic Forces for the Liberation of Vexmoor (FDLV)", its initials
        // in the order of the name in another language)
        let joins = |a2: usize| a2 == b + 1 && matches!(doc.tokens[b].lower.as_str(), "in" | "for" | "on") || a2 == b + 2 && doc.tokens[b].lower == "for" && doc.tokens[b + 1].lower == "the";
        let over = whole.get(i + 1).filter(|&&(a2, _)| joins(a2)).and_then(|&(_, b2)| acronym_definition(doc, a, b2));
        let listed = || whole.get(i + 1).and_then(|&(a2, b2)| listing_name_before_initials(doc, a, b, a2, b2));
        // ("The German Journalists' Association (DJV)": a plural's apostrophe inside the long
        // form, where the run of capitals stopped and began again)
        let apostrophe = |t: usize| matches!(doc.tokens[t].lower.as_str(), "'" | "\u{2019}");
        let split = || i.checked_sub(1).map(|p| whole[p]).filter(|&(pa, pb)| pb + 1 == a && pb > pa && apostrophe(pb) && doc.tokens[pb - 1].lower.ends_with('s')).and_then(|(pa, _)| acronym_definition(doc, pa, b));
        if let Some((la, lb, acr)) = acronym_definition(doc, a, b).or(over).or_else(listed).or_else(split) {
            define_acronym(doc, lex, la, lb, acr, &mut orphans);
        }
    }
    let runs = runs(doc, lex, &regions, true);
    doc.regions = Some(regions);
    // again when something was found: a list is found from the organisation it ends in
    // ("X, Y and the Vexmoor Bank")
    for _ in 0..2 {
        let mut found = false;
        for &(a, b) in &runs {
            // ("Quillmart Motors Co. (NYSE: QMC)": a name before a stock ticker is a company's)
            let by_kind = named_by_kind_appositive(doc, lex, a, b) || named_after_kind(doc, lex, a, b) || person_after_kind(doc, lex, a, b) || given_name_after_kind_speaks(doc, lex, a, b) || ticker_at(doc, b).is_some() || also_known_as_organisation(doc, a, b);
            // (a firm named after people, or a name in apposition to a kind of company, "Novo
            // Nordisk, the Danish drugmaker,": the person found there is the firm)
            // ("Vexlin's chief executive": a company's office after a person's name)
            if named_firm(doc, lex, a, b) || by_kind || person_with_company_officer(doc, a, b) {
                let span = span_of(doc, a, b);
                if let Some(m) = doc.mention_at_token(a).filter(|&m| doc.mentions[m].span == span && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                    let e = &mut doc.entities[doc.mentions[m].entity];
                    e.kind = EntityKind::Organization;
                    e.surname.clear();
                    found = true;
                    continue;
                }
            }
            if organisation_context(doc, lex, a, b) && candidate(doc, lex, a, b) || firm_of_analyst(doc, lex, a, b) || paper_before_noun(doc, a, b) || given_name_by_kind(doc, lex, a, b) || team_by_plural(doc, lex, a, b) || common_words_by_kind(doc, lex, a, b) || named_firm(doc, lex, a, b) || union_named_before_union(doc, lex, a, b) || employer_of_chief(doc, lex, a, b) || company_of_officer(doc, lex, a, b) || named_itself(doc, lex, a, b) || speaker_described_in_commas(doc, lex, a, b) || by_kind {
                found |= claim(doc, a, b, None, &mut orphans).is_some();
            }
        }
        if !found {
            break;
        }
    }
    repeated(doc, &runs, &mut orphans);
    first_word_of_firm(doc, lex, &mut orphans);
    possessive_short_forms(doc, lex);
    undefined_acronyms(doc, lex, &mut orphans);
    designated_short_forms(doc, &mut orphans);
    party_members_plural(doc, &mut orphans);
    document_acronyms(doc, &mut orphans);
    drop_orphans(doc, orphans);
}

/// The same join of initials to the one organisation they spell, again after the learned
/// tagger: "The United Auto Workers union criticized … UAW Vice President X" (the long name,
/// or the initials, may be the tagger's).
pub fn initials_after_tagger(doc: &mut Doc) {
    let mut orphans = Vec::new();
    undefined_acronyms(doc, Lexicon::get(), &mut orphans);
    // (the plural of a party's members, again: either name may be the tagger's)
    party_members_plural(doc, &mut orphans);
    drop_orphans(doc, orphans);
    mixed_case_initials(doc);
}

/// The capitalised runs of every sentence (the tagger's regions), without joining words or
/// stopwords at their edges ("The Quillmart Group" → "Quillmart Group") and without runs
/// that hold "and". With `cut`, runs are also cut where a name found before starts or ends,
/// at "and", and at joining words outside names ("Jane Roe of Quillmart" → "Jane Roe",
/// "Quillmart").
/// `regions` are the tagger's regions of every sentence (`all_regions`).
fn runs(doc: &Doc, lex: &Lexicon, regions: &[(usize, usize)], cut: bool) -> Vec<(usize, usize)> {
    // (a run holds a token at least, so the regions' tokens bound the runs: room for them at
    // once; grown from nothing, the list was copied five or six times an article, ~1 M
    // instructions per 200 articles)
    let mut out = Vec::with_capacity(tokens_in(regions));
    // (a kind of organisation opening the sentence stays outside too: "Retailer Quillmart said")
    let loose = |t: usize| !doc.tokens[t].cap || lex.stopwords.contains(&doc.tokens[t].lower) && doc.tokens[t].lower.len() <= 4 || is_kind(&doc.tokens[t].lower) && opens_sentence(doc, t);
    {
        for &(ra, rb) in regions {
            let mut a = ra;
            while a < rb {
                // a piece: one mention, or the stretch up to the next one
                let m = doc.mention_at_token(a);
                let mut b = a + 1;
                // outside names, joining words cut too: "Shares of Quillmart", "Quillmart for Vorlane"
                let cuts = |t: usize| doc.tokens[t].lower == "and" || m.is_none() && !doc.tokens[t].cap;
                while b < rb && (!cut || doc.mention_at_token(b) == m && !cuts(b) && !cuts(a)) {
                    b += 1;
                }
                let (mut x, mut y) = (a, b);
                // (not a stopword opening a place's name: "a former New York Fed economist")
                while x < y && loose(x) && !crate::extract::names::place_opens(doc, lex, x, y) {
                    x += 1;
                }
                while y > x && !doc.tokens[y - 1].cap {
                    y -= 1;
                }
                // (a whole run may hold "and": the acronym after it tells a name
                // "National Disaster Risk Reduction and Management Council (NDRRMC)" from a list)
                if x < y && (!cut || !(x..y).any(|t| doc.tokens[t].lower == "and")) {
                    out.push((x, y));
                }
                a = b;
            }
        }
    }
    out
}

/// How many tokens the regions (`start..end` each) hold together.
fn tokens_in(regions: &[(usize, usize)]) -> usize {
    regions.iter().map(|&(a, b)| b.saturating_sub(a)).sum()
}

/// Whether token `t` is the first word of its sentence.
fn opens_sentence(doc: &Doc, t: usize) -> bool {
    doc.sentence_at(doc.tokens[t].span.start).is_some_and(|s| (doc.sentences[s].tokens.0..t).all(|m| doc.tokens[m].kind != TokenKind::Word))
}

fn text_of(doc: &Doc, a: usize, b: usize) -> &str {
    doc.slice(span_of(doc, a, b))
}

fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end)
}

fn lower_at(doc: &Doc, t: usize) -> &str {
    doc.tokens.get(t).filter(|x| !x.cap).map_or("", |x| x.lower.as_str())
}

/// Makes run `a..b` an organisation when nothing claims it, or when only a lone word taken
/// for a person does ("Quillmart said …" before "Quillmart officials"). With `entity`, the
/// mention joins that organisation. Returns the organisation.
fn claim(doc: &mut Doc, a: usize, b: usize, entity: Option<usize>, orphans: &mut Vec<usize>) -> Option<usize> {
    // ("Jane Roe@QUARNCO": a word glued to an at-sign is part of an address)
    if crate::extract::names::in_address(doc, a) {
        return None;
    }
    let span = span_of(doc, a, b);
    let inside = doc.mentions_in(span).len();
    let touching = (a..b).filter_map(|t| doc.mention_at_token(t)).collect::<Vec<_>>();
    if touching.is_empty() {
        let e = entity.unwrap_or_else(|| doc.organisation(&text_of(doc, a, b).to_string()));
        doc.add_mention(span, e, MentionKind::Name);
        return Some(e);
    }
    // one mention, of the whole run, of a person known by this one word only
    let m = touching[0];
    let lone_person = inside == 1 && touching.iter().all(|&x| x == m) && doc.mentions[m].span == span && {
        let p = &doc.entities[doc.mentions[m].entity];
        p.kind == EntityKind::Person && !p.name.contains(' ')
    } && !titled_person(doc, doc.mentions[m].entity);
    if !lone_person {
        return None;
    }
    let person = doc.mentions[m].entity;
    let name = text_of(doc, a, b).to_string();
    let existing = entity.or_else(|| doc.entities.iter().position(|e| e.kind == EntityKind::Organization && e.name.eq_ignore_ascii_case(&name)));
    match existing {
        // every mention of that person is this organisation
        Some(org) => {
            for x in doc.mentions.iter_mut().filter(|x| x.entity == person) {
                x.entity = org;
            }
            orphans.push(person);
            Some(org)
        }
        None => {
            let e = &mut doc.entities[person];
            e.kind = EntityKind::Organization;
            e.surname.clear();
            Some(person)
        }
    }
}

/// "Foreign Minister Sudarpo said … . "…," Sudarpo said in a statement": a person known by one
/// word whom the article names right after a person's title ("Minister", "President", "Mr";
/// not a generic "leader" or "official") anywhere is that person, whatever the words around
/// another mention of the name say of a company or body ("said in a statement"). Before, the
/// context made the one-word name an organisation, every mention with it, and the title's
/// role was lost.
fn titled_person(doc: &Doc, person: usize) -> bool {
    let lex = Lexicon::get();
    doc.mentions.iter().filter(|x| x.entity == person).any(|x| {
        let t = doc.token_at(x.span.start);
        t > 0 && doc.tokens[t - 1].cap && doc.tokens[t - 1].kind == TokenKind::Word && lex.titles.get(&doc.tokens[t - 1].lower).is_some_and(|c| c.class != crate::lexicon::TitleClass::Generic)
    })
}

/// Drops the entities of `orphans` that no mention and no other entity refers to any more
/// (before roles and statements exist, these are the only references), in one pass.
/// "… unless Deutsche Bahn presents a new offer" after "Deutsche Bahn (DB) said": a person
/// of several words whose name an organisation of the article bears as written is that
/// organisation (the names pass took the name before a verb as a person's before the
/// organisations were found). "Mori said Chugoku Kaigan had agreed …" after "Chugoku Kaigan
/// Bank" and "Chugoku Kaigan President Yuko Mori": the name may be one the article gives the
/// organisation short, as written where it names it, or its fullest name without the word
/// that makes it a company ("Tarvo Minato" of "Tarvo Minato Bank"; not "Jane Roe" of a "Jane
/// Roe Foundation", which a person may well have founded).
pub fn people_named_as_orgs(doc: &mut Doc) {
    let mut moved: Vec<(usize, usize)> = Vec::new();
    let company_word = |w: &str| matches!(w, "Bank" | "Bancorp" | "Group" | "Corp" | "Corp." | "Corporation" | "Holdings" | "Inc" | "Inc." | "Ltd" | "Ltd." | "plc" | "PLC");
    let named_so = |o: usize, name: &str| {
        doc.entities[o].name.strip_prefix(name).and_then(|rest| rest.strip_prefix(' ')).is_some_and(company_word)
            || doc.mentions.iter().any(|m| m.entity == o && m.kind == MentionKind::Name && doc.slice(m.span) == name)
    };
    for (p, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person || !e.name.contains(' ') {
            continue;
        }
        if let Some(o) = (0..doc.entities.len()).find(|&o| doc.entities[o].kind == EntityKind::Organization && (doc.entities[o].name == e.name || named_so(o, &e.name))) {
            moved.push((p, o));
        }
    }
    move_mentions(doc, moved);
}

/// Points every mention of the first entity of each pair at the second, then drops the first
/// entities (when nothing refers to them any more).
pub(crate) fn move_mentions(doc: &mut Doc, moved: Vec<(usize, usize)>) {
    if moved.is_empty() {
        return;
    }
    for m in &mut doc.mentions {
        if let Some(&(_, to)) = moved.iter().find(|&&(from, _)| from == m.entity) {
            m.entity = to;
        }
    }
    drop_orphans(doc, moved.into_iter().map(|(from, _)| from).collect());
}

/// The organisations some mention names, in entity order: what the short-form and acronym
/// passes read. (One pass over the mentions marks the entities named, where asking of every
/// organisation whether any mention names it scanned the mentions once an organisation:
/// ~1 M instructions per 200 articles over the three passes.)
pub(super) fn mentioned_organisations(doc: &Doc) -> Vec<usize> {
    let mut mentioned = vec![false; doc.entities.len()];
    for m in &doc.mentions {
        if let Some(named) = mentioned.get_mut(m.entity) {
            *named = true;
        }
    }
    (0..doc.entities.len()).filter(|&e| mentioned[e] && doc.entities[e].kind == EntityKind::Organization).collect()
}

pub(crate) fn drop_orphans(doc: &mut Doc, mut orphans: Vec<usize>) {
    orphans.sort_unstable();
    orphans.dedup();
    orphans.retain(|&e| !doc.mentions.iter().any(|m| m.entity == e) && !doc.entities.iter().any(|x| x.stands_for == Some(e)));
    if orphans.is_empty() {
        return;
    }
    // new index of every entity: its old one minus the dropped ones before it
    let new: Vec<usize> = (0..doc.entities.len()).map(|e| e - orphans.partition_point(|&o| o < e)).collect();
    let mut i = 0;
    doc.entities.retain(|_| {
        i += 1;
        orphans.binary_search(&(i - 1)).is_err()
    });
    for m in &mut doc.mentions {
        m.entity = new[m.entity];
    }
    for x in &mut doc.entities {
        if let Some(s) = x.stands_for.as_mut() {
            *s = new[*s];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tokens_in;

    /// The organisations marked by one pass over the mentions are those a scan of the mentions
    /// for each organisation finds, in the same order (an article's entities, and with one
    /// organisation's mentions taken away).
    #[test]
    fn mentioned_organisations_are_those_a_scan_finds() {
        use crate::model::{Article, Doc, EntityKind};
        let slow = |doc: &Doc| -> Vec<usize> { (0..doc.entities.len()).filter(|&e| doc.entities[e].kind == EntityKind::Organization && doc.mentions.iter().any(|m| m.entity == e)).collect() };
        let text = "The Rapid Support Forces attacked El Fasher, the United Nations said on Monday. The RSF denied it. \
            Quillmart Motor Co. said its shares fell, and Quillmart Motor will appeal, a spokesman for the World Health Organization said in Geneva.";
        let mut doc = crate::extract::analyze(Article::new("t", "t", text.to_string()));
        let orgs = super::mentioned_organisations(&doc);
        assert!(orgs.len() >= 2, "{orgs:?}");
        assert_eq!(orgs, slow(&doc));
        // (an organisation no mention names any longer is left out)
        let gone = orgs[0];
        doc.mentions.retain(|m| m.entity != gone);
        assert_eq!(super::mentioned_organisations(&doc), slow(&doc));
        assert!(!super::mentioned_organisations(&doc).contains(&gone));
    }

    #[test]
    fn the_regions_tokens_are_counted_once_a_region() {
        assert_eq!(tokens_in(&[]), 0);
        assert_eq!(tokens_in(&[(3, 7), (9, 10), (12, 12)]), 5);
        // (a region given backwards holds nothing)
        assert_eq!(tokens_in(&[(5, 2), (0, 1)]), 1);
    }
}
