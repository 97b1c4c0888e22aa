//! The actors a span of text names: its mentions, pronouns and descriptions, and the legislatures
//! it refers to.

use super::*;

mod found;
mod mentions;
mod words;

use self::found::Found;

/// Entities mentioned (or referred to by a pronoun or description) within `span`.
pub fn actors_in(doc: &Doc, ctx: &Ctx, span: Span, exclude: &[usize], speaker: Option<usize>) -> Vec<usize> {
    actors_in_with(doc, ctx, span, exclude, speaker, false)
}

/// As [`actors_in`] for what a speaker no name gives said, written `speaker_text`: when that
/// is one person by office or trade ("Israel's prime minister said his country …", "a senior
/// official said he …"), "he", "his", "she" and "her" are that speaker, no topic (they would
/// go to the last person named).
pub fn actors_in_unnamed(doc: &Doc, ctx: &Ctx, span: Span, speaker_text: Option<Span>) -> Vec<usize> {
    let lex = Lexicon::get();
    // (not "Pagliano's lawyer said he …", "Scott's wife pleads for his life": a person named in
    // the phrase is more likely meant)
    let person = speaker_text.is_some_and(|t| doc.mentions_in(t).iter().all(|m| doc.entities[m.entity].kind != EntityKind::Person))
        && speaker_text.and_then(|t| doc.tokens.get(doc.token_at(t.end).checked_sub(1)?)).is_some_and(|last| {
            let l = last.lower.as_str();
            !l.ends_with('s') && (lex.titles.contains_key(l) || lex.person_nouns.contains(l) || matches!(l, "official" | "source" | "diplomat" | "aide" | "adviser" | "advisor"))
        });
    actors_in_with(doc, ctx, span, &[], None, person)
}

/// The actors a span names, each once, in the order read (the common work of [`actors_in`] and
/// [`actors_in_unnamed`]): at each token the cases of a mention (`Found::at_mention`,
/// `actors/mentions.rs`) or of any other word (`Found::at_word`, `actors/words.rs`), in the old
/// order, each answering the token read next.
pub(super) fn actors_in_with(doc: &Doc, ctx: &Ctx, span: Span, exclude: &[usize], speaker: Option<usize>, own_pronouns: bool) -> Vec<usize> {
    let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
    let mut f = Found { doc, ctx, b, exclude, speaker, own_pronouns, out: Vec::new() };
    let mut k = a;
    while k < b {
        k = match ctx.tok_mention.at(k) {
            Some(m) => f.at_mention(k, m),
            None => f.at_word(k),
        };
    }
    f.out
}

/// "the President, Ann Quist,": a comma at `end` (where a description of an office ends) and a
/// person's name right after it (an honorific may stand first), closed by a comma or the
/// span's end at `b`: the name says who holds the office.
fn name_in_apposition(doc: &Doc, ctx: &Ctx, end: usize, b: usize) -> bool {
    if end + 1 >= b || doc.tokens[end].lower != "," {
        return false;
    }
    let person = |j: usize| ctx.tok_mention.at(j).map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Person);
    let m = person(end + 1).or_else(|| (end + 2 < b && doc.tokens[end + 1].cap).then(|| person(end + 2)).flatten());
    m.is_some_and(|m| {
        let after = doc.token_at(m.span.end);
        after >= b || matches!(doc.tokens[after].lower.as_str(), "," | "." | ";" | ")")
    })
}

/// A state's adjective at token `k` before a plural noun for the people living or working in
/// it ("Portuguese households", "Norwegian voters", "American workers"), not followed by "to":
/// they are the ones spoken of, no topic standing for the state (the golds of sets 80–102 leave such a state out; its officials, forces and government,
/// "Thai soldiers", "Chilean officials", stay the state's).
/// Also a minister's "his Lebanese counterpart", the one person he met (5 of 5 golds leave
/// the state out). (Not "the Greek people": the golds leave the state out 18 times and list it
/// 4 times, "the interests of the Haitian people" listed where "the interests of the Sudanese
/// people" is not; NOTES, mendFF.)
pub(crate) fn populace_not_state(doc: &Doc, k: usize) -> bool {
    doc.tokens[k].cap && Lexicon::get().country_adjectives.contains_key(doc.tokens[k].lower.as_str()) && populace_not_state_noun(doc, k + 1)
}

/// The noun at token `j` after a state's adjective is its people or ground (the lists of
/// `populace_not_state`).
fn populace_not_state_noun(doc: &Doc, j: usize) -> bool {
    // (not its companies or industry: "Taiwanese companies would comply", said by its economy
    // minister, stays the state in set32's gold)
    const POPULACE: &[&str] = &["households", "voters", "citizens", "taxpayers", "consumers", "families", "workers", "lives", "jobs", "women", "children", "public", "shareholders", "savers", "pensioners", "patients", "students", "counterpart"];
    // (nor its ground and its institutions as places where something happens or is judged:
    // "on British streets", "in Venezuelan waters", "entered Polish airspace", "on Irish roads",
    // "before a Kazakh court", "in the history of Polish courts", "in British history", "Canadian
    // politics"; 24 of 24 golds leave the state out. Not "law" (6 out, 2 in: "above Brazilian
    // law") nor "soil" (5 out, 1 in))
    const GROUND: &[&str] = &["streets", "waters", "airspace", "roads", "court", "courts", "history", "politics"];
    // (and, measured on sets 14–202 where the statement names the state no other way, none
    // listed by a gold: its people by trade or age, "Italian users", "Thai soldiers", "British
    // diplomats", "Mexican fishermen", "Kenyan athletes", and its places and things, "Greek
    // airports", "American newspapers", "Danish museums"; not "the Russian ports of X", "the
    // Chinese vessels" near a coast, which a gold keeps as the state's)
    const TRADES: &[&str] = &["users", "soldiers", "diplomats", "police", "peacekeepers", "population", "producers", "fishermen", "teenagers", "communities", "businesses", "parents", "athletes", "drivers"];
    const THINGS: &[&str] = &["airports", "plants", "newspapers", "museums", "websites", "shops", "villages", "clubs"];
    populace_after(doc, j, &[POPULACE, GROUND, TRADES, THINGS])
}

/// The lower-case noun at token `j` is in one of `lists`, and no "to" follows it (not those an
/// action is allowed or asked of, "rules that allowed Chinese families to buy …", kept as an
/// addressee is).
fn populace_after(doc: &Doc, j: usize, lists: &[&[&str]]) -> bool {
    doc.tokens.get(j).is_some_and(|x| !x.cap && lists.iter().any(|l| l.contains(&x.lower.as_str()))) && doc.tokens.get(j + 1).is_none_or(|x| x.lower != "to")
}

/// A state written by its initials as an adjective ("U.S. households", "UK users", "US
/// soldiers"), mention `m`, right before a noun of `populace_not_state`'s
/// lists: its people or ground, no actor, as the adjective's are.
pub(crate) fn initials_before_populace(doc: &Doc, m: usize) -> bool {
    let span = doc.mentions[m].span;
    let w = doc.slice(span);
    (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase() || c == '.') && doc.entities[doc.mentions[m].entity].kind == EntityKind::Country && populace_not_state_noun(doc, doc.token_at(span.end))
}

/// A plural demonym at token `k` that is no adjective too ("Singaporeans", "Canadians", not
/// "Chinese"), with no "the" or preposition before it and no relative pronoun after it: a
/// state's people, no topic standing for the state.
pub(crate) fn people_not_state(doc: &Doc, k: usize) -> bool {
    let lex = Lexicon::get();
    let l = doc.tokens[k].lower.as_str();
    lex.demonyms.contains_key(l)
        && !lex.country_adjectives.contains_key(l)
        && !(k > 0 && doc.tokens[k - 1].lower == "the")
        // (nor after a preposition: "decide for Ukrainians", "pointed at Americans", "used by
        // tens of millions of Indonesians" are about the state in the golds)
        && !(k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "of" | "for" | "at" | "to" | "against" | "on" | "with" | "from" | "among" | "toward" | "towards" | "by" | "about"))
        && doc.tokens.get(k + 1).is_none_or(|x| !matches!(x.lower.as_str(), "who" | "whom" | "which" | "that"))
}

/// The state a person's present role in the article is of, if any ("the Roe government" is
/// that state's).
pub(crate) fn governed_state(doc: &Doc, p: usize) -> Option<usize> {
    doc.roles.iter().filter(|r| r.holder == p && !r.former).filter_map(|r| r.of).map(|o| doc.actor_of(o)).find(|&o| doc.entities[o].kind == EntityKind::Country)
}

/// "the Roe government" (`t` at "Roe"): one capitalised word that no reading took for a name,
/// before "government": a leader's surname (no common word, no state's word).
pub(crate) fn unnamed_leader(doc: &Doc, t: usize) -> bool {
    let lex = Lexicon::get();
    let x = &doc.tokens[t];
    x.cap
        && x.kind == TokenKind::Word
        && doc.tokens.get(t + 1).is_some_and(|n| n.lower == "government")
        && !lex.stopwords.contains(&x.lower)
        && !lex.country_adjectives.contains_key(x.lower.as_str())
        && !lex.demonyms.contains_key(x.lower.as_str())
        && lex.country_any(&x.lower).is_none()
        && !lex.is_common_word(&x.lower)
        // (nor a word that opens a place's or a body's name: a nation's or region's adjective
        // before "government" names that nation's own body, no leader's)
        && lex.place_names.max_tokens_from(&x.lower).is_none()
        && lex.organisations.max_tokens_from(&x.lower).is_none()
}

/// "called on the Roe government to …" where no role of Roe's names a state (news names a
/// premier's or prime minister's government by the surname alone, "the Roe government", and
/// often never gives the office): the state or province the story names most, else, when
/// `home` (an addressee, `demands::leader_named_government`), the state it is mostly about.
/// A topic (`Found::leaders_government`, `Found::unnamed_leaders_government`) asks no home
/// state: measured, a state's premier in a story of a region `main_region` misses was read
/// as the country (set186 about fell). Only "government" (at `noun`): "the Roe
/// administration" is a federal executive's, as likely in a story about one of its states.
pub(crate) fn unroled_leaders_state(doc: &Doc, noun: usize, home: bool) -> Option<usize> {
    if doc.tokens.get(noun).is_none_or(|t| t.cap || t.lower != "government") {
        return None;
    }
    crate::extract::demands::main_region(doc).or_else(|| home.then(|| crate::extract::statements::home_country(doc)).flatten())
}

/// After a person's name ending at token `k` (before `limit`): the lower-case noun of a
/// government or camp it modifies ("Marcos administration", "Modi government"), or "and" with
/// another person's name before that noun ("the Roe and Poe camps").
pub(super) fn governs_as_modifier(doc: &Doc, ctx: &Ctx, k: usize, limit: usize) -> bool {
    let noun = |j: usize| j < limit && doc.tokens.get(j).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "administration" | "government" | "regime" | "camp" | "camps"));
    if noun(k) {
        return true;
    }
    if k + 1 >= limit || doc.tokens[k].lower != "and" {
        return false;
    }
    let Some(m) = ctx.tok_mention.at(k + 1) else { return false };
    let m = &doc.mentions[m];
    doc.token_at(m.span.start) == k + 1 && doc.entities[m.entity].kind == EntityKind::Person && noun(doc.token_at(m.span.end))
}

/// "called on parliament to withdraw it", "the legislature", "the upper house would not
/// vote" (`t` at the phrase): the one legislature (or upper or lower chamber) the story named
/// before by its name ("House of Representatives (DPR)", "Senate", "Chamber of Deputies").
/// Asked only at these words.
pub(super) fn legislature_at(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    const LOWER: &[&str] = &["house of representatives", "chamber of deputies", "national assembly", "house of commons", "lok sabha", "state duma", "bundestag", "house of the people"];
    const UPPER: &[&str] = &["senate", "house of lords", "rajya sabha", "house of councillors", "federation council", "bundesrat", "national council of provinces"];
    const OTHER: &[&str] = &["parliament", "congress", "knesset", "national congress", "legislative assembly", "majlis", "riksdag", "sejm", "verkhovna rada", "grand national assembly", "storting", "stortinget", "folketing", "folketinget", "eduskunta", "althing", "saeima", "seimas", "riigikogu", "oireachtas", "dail", "dail eireann"];
    let tok = |i: usize| if i < limit { doc.tokens.get(i).map_or("", |x| x.lower.as_str()) } else { "" };
    let the = usize::from(tok(t) == "the");
    let (kinds, end): (&[&[&str]], usize) = match (tok(t + the), tok(t + the + 1)) {
        ("parliament" | "legislature", _) if !doc.tokens[t + the].cap => (&[LOWER, UPPER, OTHER], t + the + 1),
        ("upper", "house" | "chamber") if the == 1 => (&[UPPER], t + 3),
        ("lower", "house" | "chamber") if the == 1 => (&[LOWER], t + 3),
        _ => return None,
    };
    // (what the word heads is another thing: "parliament's speaker", "the parliament building")
    if doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Word && (x.lower == "'s" || x.lower == "\u{2019}s" || !x.cap && !Lexicon::get().stopwords.contains(&x.lower) && !Lexicon::get().cues.contains_key(&x.lower))) {
        return None;
    }
    let before = doc.tokens[t].span.start;
    let fits = |e: usize| {
        let ent = &doc.entities[e];
        if ent.kind != EntityKind::Organization {
            return false;
        }
        let name = crate::lexicon::fold(&ent.name);
        kinds.iter().any(|k| k.iter().any(|n| name == *n || name.strip_suffix(n).is_some_and(|p| p.ends_with(' ')) && !name.contains(" of ")))
    };
    let named = || doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| m.entity).filter(|&e| fits(e));
    // (a state's parliament and a union's both named — "spoke in the Sejm", "a member of the
    // European Parliament" — the lower-case word is the state's: the union's is written by its
    // name, or with a capital)
    let union = |e: usize| {
        let name = crate::lexicon::fold(&doc.entities[e].name);
        ["european ", "pan-african ", "arab ", "andean ", "central american ", "latin american ", "east african "].iter().any(|p| name.starts_with(p))
    };
    the_one(named()).or_else(|| the_one(named().filter(|&e| !union(e)))).map(|e| (e, end))
}
