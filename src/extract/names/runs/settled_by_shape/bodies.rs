//! `settled_by_shape`'s cases that find a body (or nothing): one taken up by "which", a
//! movement of "-e-" names, "AT&T", a lone initial, a cartel or gang, a party named by its
//! country.

use super::*;

impl Shape {
    /// ("Responsible Wagering Australia, which represents the bookmakers, says …": a name of
    /// two words or more that "which" takes up, then speaks after the aside, is a body's; no
    /// list knows it, no title opens it and no word of it is a mention already; nor a country's
    /// name after the sentence's "The": "The United States, which vetoed …, said" is the state)
    #[inline(always)]
    pub(super) fn body_taken_up_by_which(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j > i + 1 && which_aside_then_cue(doc, lex, j) && (i..j).all(|k| doc.mention_at_token(k).is_none()) && title_at(doc, i, j).is_none()
            && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j) && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
            && !(doc.tokens[i].lower == "the" && longest(doc, i + 1, j, &lex.country_names).is_some_and(|(e, _)| e == j))
        {
            // (a sentence's opening "The" is no part of the name)
            let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
            let ent = doc.organisation(&text_of(doc, s, j));
            doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// ("The City of Vexmoor said …", "the Shire of Quarnby had asked"): "City", "Town",
    /// "Shire", "Borough", "Municipality" or "Village", "of" and a place a list knows, the run
    /// whole, name the local council, a body; before, the run was read as a person's name of
    /// two parts (one "City of Vexmoor", surnamed by the place), which spoke for the council and
    /// took the place's own mentions. Not where the run is the place ("in the City of London":
    /// after a preposition of place, or a run a list knows whole), nor a longer name ("City of
    /// Vexmoor Council", "City of London Police": left to the readings after).
    #[inline(always)]
    pub(super) fn council_of_place(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        // (a sentence's opening "The" is no part of the name)
        let s = if doc.tokens[i].lower == "the" { i + 1 } else { i };
        if s + 3 > j || doc.tokens[s + 1].lower != "of" || doc.tokens[s + 1].cap || !matches!(doc.slice(doc.tokens[s].span), "City" | "Town" | "Shire" | "Borough" | "Municipality" | "Village") {
            return false;
        }
        let before = if s > i { None } else { s.checked_sub(1).filter(|&b| doc.tokens[b].lower == "the").and_then(|b| b.checked_sub(1)) };
        if before.is_some_and(|b| matches!(doc.tokens[b].lower.as_str(), "in" | "at" | "within" | "across" | "near" | "around" | "throughout" | "outside" | "inside" | "into"))
            || longest(doc, s, j, &lex.place_names).is_some_and(|(e, _)| e == j)
            || longest(doc, s + 2, j, &lex.place_names).is_none_or(|(e, _)| e < j)
        {
            return false;
        }
        let ent = doc.organisation(&text_of(doc, s, j));
        doc.add_mention(span_of(doc, s, j), ent, MentionKind::Name);
        true
    }

    /// ("Jamaat-e-Islami said", "Lashkar-e-Taiba denied": capitalised words joined by the
    /// Persian and Urdu "-e-" or "-i-" of a name of parts, no place a list knows, name a
    /// movement or party; "-ul-" also joins given names, "Zia-ul-Haq", and is left)
    #[inline(always)]
    pub(super) fn izafat_movement(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j == i + 1 && doc.mention_at_token(i).is_none() && izafat_name(doc.slice(doc.tokens[i].span)) && !lex.place_names.contains_key(&doc.tokens[i].lower) && doc.people_named_in_full(doc.slice(doc.tokens[i].span)).next().is_none() {
            let word = doc.slice(doc.tokens[i].span).to_string();
            let ent = doc.organisation(&word);
            doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// "AT&T", "M&S": capitals joined by an ampersand name a company, never a person.
    #[inline(always)]
    pub(super) fn ampersand_company(self, doc: &mut Doc) -> bool {
        let Shape { i, j, .. } = self;
        if j == i + 1 && doc.tokens[i].lower.contains('&') {
            let ent = doc.organisation(&text_of(doc, i, j));
            doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// A lone initial ("said in X.", "Plan B") is never a name on its own, unless a listed
    /// organisation's ("the G7", "the G20 meeting").
    #[inline(always)]
    pub(super) fn lone_initial(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j == i + 1 && doc.slice(doc.tokens[i].span).chars().filter(|c| c.is_alphabetic()).count() < 2 {
            if let Some(canon) = lex.organisations.get(&doc.tokens[i].lower) {
                let ent = doc.organisation(&canon.clone());
                doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
            } else if letter_number_group(doc, i) {
                let ent = doc.organisation(&doc.slice(doc.tokens[i].span).to_string());
                doc.add_mention(doc.tokens[i].span, ent, MentionKind::Name);
            }
            return true;
        }
        false
    }

    /// "the Juarez cartel", "the Barrio Azteca gang": a criminal organisation named by a place
    /// or name and a lower-case head (not a listed organisation or country: "the OPEC cartel"
    /// is OPEC).
    #[inline(always)]
    pub(super) fn cartel_or_gang(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j <= i + 3 && i > 0 && doc.tokens[i - 1].lower == "the" && doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "cartel" | "gang") && !t.cap)
            && longest(doc, i, j, &lex.organisations).is_none() && longest(doc, i, j, &lex.country_names).is_none()
            && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word)
        {
            let ent = doc.organisation(&text_of(doc, i, j + 1));
            doc.add_mention(span_of(doc, i, j + 1), ent, MentionKind::Name);
            return true;
        }
        false
    }

    /// "the opposition Ghana Nkabom party": a country's name, then words that are no common
    /// words nor a listed name, before a lower-case "party", name the party whole (not "the US
    /// Republican party").
    #[inline(always)]
    pub(super) fn country_party(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j <= i + 4 && doc.tokens.get(j).is_some_and(|t| t.lower == "party" && !t.cap) && (i..j).all(|m| doc.tokens[m].kind == TokenKind::Word) {
            if let Some((e, _)) = longest(doc, i, j, &lex.country_names).filter(|&(e, _)| e < j) {
                let unknown = (e..j).all(|m| !lex.is_common_word(&doc.tokens[m].lower) && !lex.stopwords.contains(&doc.tokens[m].lower) && !lex.country_adjectives.contains_key(&doc.tokens[m].lower));
                if unknown && longest(doc, e, j, &lex.organisations).is_none() {
                    let ent = doc.organisation(&text_of(doc, i, j));
                    doc.add_mention(span_of(doc, i, j), ent, MentionKind::Name);
                    return true;
                }
            }
        }
        false
    }
}

/// ", which represents the bookmakers, says" after token `j`: a relative aside for a thing
/// between commas, no quotation in it, then a verb of saying right after it (no "has" before);
/// the aside may hold commas of its own (a list).
#[inline(always)]
fn which_aside_then_cue(doc: &Doc, lex: &Lexicon, j: usize) -> bool {
    if !doc.tokens.get(j).is_some_and(|t| t.lower == ",") || !doc.tokens.get(j + 1).is_some_and(|t| t.lower == "which") {
        return false;
    }
    let Some(si) = doc.sentence_at(doc.tokens[j].span.start) else { return false };
    let sb = doc.sentences[si].tokens.1;
    // (any comma of the aside: a list in it, "which clears mines in Laos, Iraq and Ukraine,
    // said", has commas of its own before the one that closes it)
    (j + 2..sb.min(j + 25)).take_while(|&x| doc.tokens[x].kind != TokenKind::Quote).any(|c| doc.tokens[c].lower == "," && !lex.stopwords.contains(&doc.tokens[c + 1].lower) && cue_follows(doc, c + 1))
}

/// "the K41 rebels", "the K41 armed group", "the K41 movement": a word of one capital and two or
/// three digits (token `i`), which the article somewhere puts right before a noun for an armed
/// or political group, names that group wherever it stands ("the K41 said", "TRM/K41",
/// "both the K41 and"); before, a lone capital with digits was never a name unless listed ("the
/// G7"), so the group was no actor. Not a road, a quarter or an aircraft ("the M4 motorway",
/// "in Q3", "F16 jets": no group's noun after it anywhere).
#[inline(always)]
fn letter_number_group(doc: &Doc, i: usize) -> bool {
    let shape = |w: &str| {
        let b = w.as_bytes();
        (3..=4).contains(&b.len()) && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
    };
    let word = &doc.tokens[i].lower;
    shape(doc.slice(doc.tokens[i].span))
        && doc.tokens.windows(3).any(|w| {
            // ("the K41 armed group", "the K41 rebel movement": one word of what it is between)
            let head = if matches!(w[1].lower.as_str(), "armed" | "rebel" | "militant") && !w[2].cap { &w[2] } else { &w[1] };
            w[0].lower == *word && !head.cap && matches!(head.lower.as_str(), "rebels" | "rebel" | "movement" | "militia" | "militias" | "group" | "alliance" | "coalition" | "insurgents")
        })
}
