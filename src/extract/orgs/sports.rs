//! Teams and clubs: countries and towns that a sports report names as teams ("Vexland
//! defeated Quarnia 1 – 0", "played 26 games for Quarnby"), capitalised plurals ("the Falcons").

use crate::lexicon::Lexicon;
use crate::model::{Doc, EntityKind, TokenKind};
use super::{drop_orphans, lower_at};

/// Words of games and music in a sentence that make "the Falcons" a team or a band.
pub(super) const PLAYING: &[&str] = &[
    "season", "game", "games", "match", "play", "played", "plays", "playing", "team", "league", "traded", "drafted", "signed",
    "won", "lost", "beat", "defeated", "compete", "competes", "scored", "coach", "coached", "starts", "band", "tour", "album",
];

/// "for the Falcons", "the Pirates lost 10-7": a common noun in the plural, capitalised inside
/// a sentence about games or music after a lower-case "the", names a team or a band, unless
/// it is a people ("the Communists"), a plural place ("the Highlands", "in the Gables") or the
/// start of a longer name ("the Daughters of …", "the Ratepayers' Association").
pub(super) fn team_by_plural(doc: &Doc, lex: &Lexicon, a: usize, b: usize) -> bool {
    if b != a + 1 || a == 0 || lower_at(doc, a - 1) != "the" || a >= 2 && matches!(lower_at(doc, a - 2), "in" | "at" | "near" | "across" | "throughout") {
        return false;
    }
    if doc.tokens.get(b).is_some_and(|t| t.cap || matches!(t.lower.as_str(), "of" | "'" | "’" | "'s" | "’s")) {
        return false;
    }
    let word = doc.slice(doc.tokens[a].span);
    let w = doc.tokens[a].lower.as_str();
    let plural = word.len() >= 5 && w.ends_with('s') && !w.ends_with("ss") && word.chars().skip(1).all(|c| c.is_ascii_lowercase());
    if !plural || crate::extract::names::PLACE_PLURALS.contains(&w) || lex.country_any(w).is_some() || lex.place_names.contains_key(w) {
        return false;
    }
    let people = ["ans", "ists", "ese", "ites"].iter().any(|x| w.ends_with(x));
    let common = |s: &str| lex.is_common_word(s) && !lex.surnames.get(s).is_some_and(|&r| r <= 5000) && !lex.first_names.contains_key(s);
    if people || !(common(&w[..w.len() - 1]) || w.strip_suffix("es").is_some_and(common)) {
        return false;
    }
    // (the sentence, at most 25 words either side, speaks of games or music)
    let Some(si) = doc.sentence_at(doc.tokens[a].span.start) else { return false };
    let (sa, sb) = doc.sentences[si].tokens;
    (sa.max(a.saturating_sub(25))..sb.min(b + 25)).any(|t| PLAYING.contains(&doc.tokens[t].lower.as_str()))
}

/// Words that only a report of a game uses (three of them make an article a sports report).
/// (a `match` rather than a list: every token of every article is asked)
pub(super) fn is_game_word(w: &str) -> bool {
    matches!(
        w,
        "goal" | "goals" | "goalkeeper" | "striker" | "midfielder" | "defender" | "penalty" | "scored" | "scoring" | "equaliser" | "equalizer"
            | "referee" | "stadium" | "halftime" | "half-time" | "kick-off" | "innings" | "wicket" | "touchdown" | "quarterback" | "playoff"
            | "playoffs" | "semi-final" | "semifinal" | "quarter-final" | "quarterfinal" | "tournament" | "match" | "matches"
    )
}

/// Words of a sentence about a game (in a sports report) that make the countries it names
/// the national teams playing.
pub(super) const PLAY_WORDS: &[&str] = &[
    "match", "game", "goal", "goals", "scored", "scoring", "score", "penalty", "minute", "kick", "lead", "possession", "defeated",
    "beat", "drew", "draw", "faced", "face", "points", "win", "winning", "won", "lost", "losing", "victory", "coach", "captain",
    "goalkeeper", "substituted", "substitution", "stadium", "arena", "group", "half", "play", "played", "playing", "team", "squad",
    "opener", "opening", "final", "attack", "attacking", "chance", "corner", "header", "assist", "shot", "debutants", "champions",
];

/// "Vexland defeated Quarnia 1 – 0", "a penalty put Vexland in the lead", "Quarnia's coach":
/// in a sports report (three or more words of games, one of them no word of policies or
/// trials: "referee", "stadium", "goalkeeper", "World Cup", ...), a country, or a town or region of the
/// gazetteer (a home nation, a club's town), named in a sentence about the game is its team,
/// an organisation, unless a preposition of place comes before it ("in Vexland", "from
/// Quarnia").
pub fn national_teams(doc: &mut Doc) {
    let mut seen: Vec<&str> = Vec::new();
    for t in &doc.tokens {
        if is_game_word(&t.lower) && !seen.contains(&t.lower.as_str()) {
            seen.push(&t.lower);
        }
    }
    let cup = doc.tokens.windows(2).any(|w| w[0].lower == "world" && w[1].lower == "cup");
    // (one of them a word no other report uses: "goal", "match", "penalty" and "tournament"
    // are also said of policies, trials and talks)
    let strong = cup || seen.iter().any(|w| !matches!(*w, "goal" | "goals" | "match" | "matches" | "penalty" | "tournament" | "scored" | "scoring" | "defender"));
    if seen.len() + usize::from(cup) < 3 || !strong {
        return;
    }
    let mut orphans = Vec::new();
    for i in 0..doc.mentions.len() {
        let (span, e) = (doc.mentions[i].span, doc.mentions[i].entity);
        // (a country, or a town or region of the gazetteer: "England", "Leeds" play too)
        let town = doc.entities[e].kind == EntityKind::Place && doc.entities[e].country.is_some();
        if doc.entities[e].kind != EntityKind::Country && !town {
            continue;
        }
        let t = doc.token_at(span.start);
        let before = if t > 0 { doc.tokens[t - 1].lower.as_str() } else { "" };
        if matches!(before, "in" | "from" | "across" | "throughout" | "within" | "into" | "at" | "near" | "inside" | "outside" | "of" | "visit" | "visited" | "to")
            && !(before == "to" && t >= 2 && matches!(doc.tokens[t - 2].lower.as_str(), "lost" | "losing" | "fell" | "beaten"))
            && !(before == "to" && t >= 2 && doc.tokens[t - 2].kind == TokenKind::Number)
        {
            continue;
        }
        // ("Hard Rock Stadium in Miami Gardens, Florida", "in Dallas, Texas": a region or
        // country after a comma after a place is where that place lies)
        let placed = before == "," && t >= 2 && doc.mention_at_token(t - 2).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country))
            // ("a tournament in the United States": a preposition of place before "the")
            || before == "the" && t >= 2 && matches!(doc.tokens[t - 2].lower.as_str(), "in" | "from" | "across" | "throughout" | "within" | "into" | "at" | "near" | "inside" | "outside");
        // ("Pakistan's government has barred its junior hockey team": the state that governs)
        let governs = doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "\u{2019}s")) && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "government" | "president" | "prime" | "ministry" | "minister" | "foreign" | "sports" | "interior" | "parliament" | "cabinet" | "authorities"));
        if placed || governs {
            continue;
        }
        // (the country's name as written, not an adjective: "the English captain")
        if doc.entities[e].name != doc.slice(span) && !doc.slice(span).chars().all(|c| c.is_uppercase() || c == '.') {
            continue;
        }
        let Some(si) = doc.sentence_at(span.start) else { continue };
        let (a, b) = doc.sentences[si].tokens;
        let score = |k: usize| doc.tokens[k].kind == TokenKind::Number && doc.tokens.get(k + 2).is_some_and(|x| x.kind == TokenKind::Number) && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "–" | "-" | "—" | ":"));
        if !(a..b).any(|k| PLAY_WORDS.contains(&doc.tokens[k].lower.as_str()) || score(k)) {
            continue;
        }
        retype_as_organisation(doc, i, &mut orphans);
    }
    drop_orphans(doc, orphans);
}

/// "played 26 games for Quarnby", "signed with Vexley", "coached Tolvan", "lost to Quarnby",
/// "a Vexley player": a town named as a sports club by the words around it is that club,
/// an organisation.
pub fn clubs_by_context(doc: &mut Doc) {
    let mut orphans = Vec::new();
    for i in 0..doc.mentions.len() {
        let (span, e) = (doc.mentions[i].span, doc.mentions[i].entity);
        if doc.entities[e].kind != EntityKind::Place {
            continue;
        }
        let t = doc.token_at(span.start);
        let end = doc.token_at(span.end);
        let w = |k: usize| doc.tokens.get(k).filter(|x| !x.cap).map_or("", |x| x.lower.as_str());
        let (b1, b2) = (if t >= 1 { w(t - 1) } else { "" }, if t >= 2 { w(t - 2) } else { "" });
        let by_play = matches!(b1, "with" | "for") && matches!(b2, "played" | "plays" | "play" | "playing" | "games" | "appearances" | "signed" | "signing" | "goals" | "scored");
        let by_coach = matches!(b1, "coached" | "captained");
        let by_loss = b1 == "to" && matches!(b2, "lost" | "losing" | "traded");
        let by_role = matches!(w(end), "player" | "players" | "coach" | "captain" | "manager" | "midfielder" | "striker" | "goalkeeper" | "defender" | "forward");
        if !(by_play || by_coach || by_loss || by_role) || doc.slice(span).contains(',') {
            continue;
        }
        retype_as_organisation(doc, i, &mut orphans);
    }
    drop_orphans(doc, orphans);
}

/// Mention `i` names an organisation of its words (a team, a club), no longer the place or
/// country it was taken for; that entity is left for `drop_orphans`.
pub(super) fn retype_as_organisation(doc: &mut Doc, i: usize, orphans: &mut Vec<usize>) {
    let name = doc.slice(doc.mentions[i].span).to_string();
    orphans.push(doc.mentions[i].entity);
    doc.mentions[i].entity = doc.organisation(&name);
}
