//! "Loudoun and Prince William counties", "the Quarn, Vexmoor and Tolvan provinces": names
//! listed before a lower-case plural of a place's kind are places of that kind.

use super::*;

/// The singular head a place of the kind a lower-case plural names is named with
/// ("counties": "Prince William County"), for the plurals a list of names may stand before.
fn singular_head(plural: &str) -> Option<&'static str> {
    Some(match plural {
        "counties" => "County",
        "provinces" => "Province",
        "districts" => "District",
        "regions" => "Region",
        "prefectures" => "Prefecture",
        "oblasts" => "Oblast",
        "governorates" => "Governorate",
        "parishes" => "Parish",
        "townships" => "Township",
        "municipalities" => "Municipality",
        "cantons" => "Canton",
        "rivers" => "River",
        _ => return None,
    })
}

/// "Loudoun and Prince William counties", "Nasir and Ulang counties", "the Sutlej and Ravi
/// rivers": two or more runs of capitalised words joined by commas and "and" (or "or") right
/// before a lower-case plural of a place's kind (`singular_head`) name places of that kind, no
/// person ("William" titled Prince, "Nasir", "Ravi" had been people). Only a list in which
/// the names pass found a person: that run becomes the place (the place the article names
/// with the singular head, "Prince William County", when there is one; a person named by the
/// whole run is that place everywhere the article names it so); a run no name took becomes a
/// place too, unless a word of it is a common word, a title, a people's word or a country's
/// adjective. Runs found as anything else stay as they are.
pub(super) fn places_listed_before_plural_head(doc: &mut Doc, lex: &Lexicon) {
    let mut orphans = Vec::new();
    for h in 3..doc.tokens.len() {
        // (the plural first, lower-case and ending in "s": most tokens are turned away by
        // its last byte)
        let t = &doc.tokens[h];
        if !t.lower.ends_with('s') {
            continue;
        }
        let cap = t.cap;
        let Some(head) = singular_head(&t.lower) else { continue };
        let Some(runs) = listed_runs(doc, lex, h) else { continue };
        if cap {
            // ("the Quarn, Vexmoor and Tolvan Regions": the head capitalised, as some agencies
            // write it, had been taken into the last run's name)
            if !head_taken_by_last_run(doc, &runs, h, &mut orphans) {
                continue;
            }
        } else if !runs.iter().any(|&(a, b)| (a..b).any(|t| doc.person_at_token(t))) {
            // (only a list the names pass misread, a person in it: the places in it it had
            // found stay, and unmentioned words of a list read right are left alone, as a
            // statement's about-list would take them in)
            continue;
        }
        for (a, b) in runs {
            to_place(doc, lex, a, b, head, &mut orphans);
        }
    }
    crate::extract::orgs::drop_orphans(doc, orphans);
}

/// "the Quarn, Vexmoor and Tolvan Regions": the capitalised plural head at `h` ends a name
/// that opens at the last run ("Tolvan Regions", no place's name), and a run before it is a
/// place the names pass found: that name's mention goes (its entity to `orphans`), so that
/// the last run becomes a place of the head's kind as the others are. Before, "Tolvan
/// Regions" was an organisation of its own and Tolvan no place.
fn head_taken_by_last_run(doc: &mut Doc, runs: &[(usize, usize)], h: usize, orphans: &mut Vec<usize>) -> bool {
    let Some(&(last, _)) = runs.last() else { return false };
    let Some(m) = doc.mention_at_token(h).filter(|&m| doc.mentions[m].span == span_of(doc, last, h + 1)) else { return false };
    let place = |t: usize| doc.mention_at_token(t).is_some_and(|x| matches!(doc.entities[doc.mentions[x].entity].kind, EntityKind::Place | EntityKind::Country));
    if matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Person | EntityKind::Country) || !runs[..runs.len() - 1].iter().any(|&(a, _)| place(a)) {
        return false;
    }
    orphans.push(doc.mentions[m].entity);
    doc.mentions.remove(m);
    true
}

/// The runs of capitalised words listed right before token `h` ("Loudoun", "Prince William"),
/// first to last, when there are two or more, the last two joined by "and" or "or" and any
/// before them by commas.
fn listed_runs(doc: &Doc, lex: &Lexicon, h: usize) -> Option<Vec<(usize, usize)>> {
    // a run ending right before `end`: one to four capitalised words, no stopword
    let run_before = |end: usize| {
        let mut a = end;
        while a > 0 && end - a < 4 && is_cap_word(doc, a - 1) && !lex.stopwords.contains(&doc.tokens[a - 1].lower) {
            a -= 1;
        }
        (a < end).then_some(a)
    };
    let last = run_before(h)?;
    if last == 0 || !matches!(doc.tokens[last - 1].lower.as_str(), "and" | "or") || doc.tokens[last - 1].cap {
        return None;
    }
    let mut runs = vec![(last, h)];
    let mut end = last - 1;
    loop {
        let a = run_before(end)?;
        runs.push((a, end));
        if a >= 2 && doc.tokens[a - 1].lower == "," && is_cap_word(doc, a - 2) {
            end = a - 1;
        } else {
            break;
        }
    }
    runs.reverse();
    Some(runs)
}

/// Makes run `a..b` a place: every person's mention inside it goes, and the run is a mention
/// of the place named "<run> <head>" in the article, or else of an unlisted place named as
/// written. A run holding a mention of anything but a person stays as it is; so does a run no
/// mention touches when a word of it may be no name.
fn to_place(doc: &mut Doc, lex: &Lexicon, a: usize, b: usize, head: &str, orphans: &mut Vec<usize>) {
    let span = span_of(doc, a, b);
    let inside: Vec<usize> = (0..doc.mentions.len()).filter(|&m| doc.mentions[m].span.overlaps(span)).collect();
    if inside.iter().any(|&m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Person || !span.contains(doc.mentions[m].span)) {
        return;
    }
    if inside.is_empty() && (a..b).any(|t| {
        let w = doc.tokens[t].lower.as_str();
        lex.is_common_word(w) || lex.titles.contains_key(w) || lex.peoples.contains(w) || lex.country_adjectives.contains_key(w) || lex.country_any(w).is_some()
    }) {
        return;
    }
    let name = text_of(doc, a, b);
    let full = format!("{name} {head}");
    let ent = match doc.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == full) {
        Some(e) => e,
        None => {
            let e = doc.unlisted_place(&name);
            if doc.entities[e].place_kind.is_none() && head != "River" {
                doc.entities[e].place_kind = Some("region");
            }
            e
        }
    };
    // (a person named by the whole run is the place wherever the article names it so: "take
    // us to Nasir" after "Nasir and Ulang counties")
    let whole = match inside[..] {
        [m] if doc.mentions[m].span == span => Some(doc.mentions[m].entity),
        _ => None,
    };
    orphans.extend(inside.iter().map(|&m| doc.mentions[m].entity));
    doc.mentions.retain(|m| !m.span.overlaps(span));
    doc.add_mention(span, ent, MentionKind::Name);
    if let Some(p) = whole {
        let same: Vec<usize> = (0..doc.mentions.len()).filter(|&i| doc.mentions[i].entity == p && doc.slice(doc.mentions[i].span) == name).collect();
        for i in same {
            doc.mentions[i].entity = ent;
        }
    }
}
