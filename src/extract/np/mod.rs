//! Noun phrases that name actors: names, pronouns and role descriptions ("the Russian
//! leader", "the Kremlin spokesman"), resolved to the entities of the article. Shared by the
//! statement and demand extractors.

mod pronouns;
mod descriptions;
pub(crate) use descriptions::KIN_NOUNS;
mod bodies;
mod subjects;
mod actors;
mod first_word;
mod head;

pub use self::pronouns::*;
pub use self::descriptions::*;
pub(crate) use self::bodies::*;
pub use self::subjects::*;
pub use self::actors::*;

use crate::lexicon::Lexicon;
use crate::model::{Doc, Entity, EntityKind, Span, TokenKind};
use crate::text::Quote;
use self::first_word::At;
use self::head::Head;

/// What the extractors need to know about the article beyond the `Doc`.
pub struct Ctx {
    /// The mention covering each token.
    pub tok_mention: TokenCover,
    /// The quote covering each token (inner span, marks excluded).
    pub tok_quote: TokenCover,
    pub quotes: Vec<Quote>,
    /// Names right after an honorific ("Mr. Roe"): (start, entity, sex), in text order.
    pub titled: Vec<(usize, usize, char)>,
}

impl Ctx {
    pub fn new(doc: &Doc, quotes: Vec<Quote>) -> Ctx {
        let mut tok_mention = TokenCover::new(doc.tokens.len());
        for (mi, m) in doc.mentions.iter().enumerate() {
            tok_mention.cover(doc.token_at(m.span.start)..doc.token_at(m.span.end), mi);
        }
        let mut tok_quote = TokenCover::new(doc.tokens.len());
        for (qi, q) in quotes.iter().enumerate() {
            tok_quote.cover(doc.token_at(q.inner.start)..doc.token_at(q.inner.end), qi);
        }
        let titled = doc.mentions.iter().filter(|m| m.kind == crate::model::MentionKind::Name).filter_map(|m| Some((m.span.start, m.entity, honorific_before(doc, m.span.start)?))).collect();
        Ctx { tok_mention, tok_quote, quotes, titled }
    }
}

/// Which item (a mention, a quote) covers each token of an article, by the item's index.
///
/// Kept as a `u32` a token with `u32::MAX` for "none" rather than `Option<usize>` (16 bytes a
/// token) because it is faster: a `vec![None; n]` of `Option<usize>` is a zeroed allocation,
/// and `calloc` clears it with `rep stosb`, a byte at a time under callgrind (4.2 M of 920 M
/// over 200 articles for the two vectors); a quarter of the bytes, filled with a non-zero
/// value, is a short vectorised loop. An article has far fewer than `u32::MAX` mentions or
/// quotes (`cover` checks).
pub struct TokenCover(Vec<u32>);

impl TokenCover {
    const NONE: u32 = u32::MAX;

    /// `len` tokens, none covered.
    pub fn new(len: usize) -> TokenCover {
        TokenCover(vec![Self::NONE; len])
    }

    /// Marks the tokens of `range` as covered by item `item` (a later item overrides).
    pub fn cover(&mut self, range: std::ops::Range<usize>, item: usize) {
        let item = u32::try_from(item).ok().filter(|&i| i != Self::NONE).expect("fewer than u32::MAX items an article");
        self.0[range].fill(item);
    }

    /// The item covering token `t`; panics when `t` is past the last token (as indexing does).
    #[inline]
    pub fn at(&self, t: usize) -> Option<usize> {
        Some(self.0[t]).filter(|&i| i != Self::NONE).map(|i| i as usize)
    }

    /// The item covering token `t`; `None` when none does or `t` is past the last token.
    #[inline]
    pub fn get(&self, t: usize) -> Option<usize> {
        self.0.get(t).copied().filter(|&i| i != Self::NONE).map(|i| i as usize)
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

/// An actor phrase: the entities it names and its token range.
#[derive(Debug, Clone)]
pub struct Np {
    pub entities: Vec<usize>,
    pub start: usize,
    pub end: usize,
}

impl Np {
    /// Whether the phrase is one pronoun ("it", "they"): a subject that names no one of its own.
    pub fn is_lone_pronoun(&self, doc: &Doc) -> bool {
        self.end == self.start + 1 && is_pronoun(&doc.tokens[self.start].lower)
    }

    /// The entities the phrase names that can speak or act (`Entity::can_act`): the speakers a
    /// statement reader takes from a subject.
    pub fn actors(&self, doc: &Doc) -> Vec<usize> {
        self.entities.iter().copied().filter(|&e| doc.entities[e].can_act()).collect()
    }
}

/// The actor phrase starting at token `t`: a name (after optional determiners, titles and
/// possessors), a pronoun, or a role description; "X and Y" gives both.
pub fn np_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    let mut np = np_one(doc, ctx, t, limit)?;
    // "X and Y"; "X, Y and Z" (names in a list closed by "and", an Oxford comma too)
    let mut listed: Vec<Np> = Vec::new();
    let mut k = np.end;
    while doc.tokens.get(k).is_some_and(|x| x.lower == ",") && listed.len() < 8 {
        let Some(item) = np_one(doc, ctx, k + 1, limit).filter(|i| !i.entities.is_empty() && ctx.tok_mention.at(k + 1).is_some()) else { break };
        k = item.end;
        listed.push(item);
    }
    let and_at = if doc.tokens.get(k).is_some_and(|x| x.lower == "and") { Some(k) } else { None };
    let and_at = and_at.or_else(|| (k > np.end && doc.tokens.get(k).is_some_and(|x| x.lower == ",") && doc.tokens.get(k + 1).is_some_and(|x| x.lower == "and")).then_some(k + 1));
    if let Some(last) = and_at.and_then(|a| np_one(doc, ctx, a + 1, limit)) {
        for item in listed {
            np.entities.extend(item.entities);
        }
        np.entities.extend(last.entities);
        np.end = last.end;
    } else if let Some(end) = and_at.filter(|_| !np.entities.is_empty()).and_then(|a| others_after(doc, ctx, a + 1, limit)) {
        // "Saudi Arabia and several other producers said": the actors named and a group no
        // name gives are one phrase, whose named actors speak
        for item in listed {
            np.entities.extend(item.entities);
        }
        np.end = end;
    }
    Some(np)
}

/// "said Greenpeace sales director Jane Roe", "Vexmoor campaigns director Jane Roe said": an
/// office (`j`) after a body's name and lower-case words (from `k`) of what is done there, right before a
/// person's name, is that person's title; the person is the phrase's actor, not the body (as
/// when the office follows the name at once, "Greenpeace director Jane Roe").
fn office_before_person(doc: &Doc, ctx: &Ctx, k: usize, j: usize) -> bool {
    // (lower-case words only, the office too: not "Guyana, President Jane Roe", "(PTI) spokesman
    // Jane Roe" or "Kosovo's Prime Minister Jane Roe", where the name is read as before)
    (k..=j).all(|x| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap)
        && ctx.tok_mention.get(j + 1).is_some_and(|m| doc.mentions[m].span.start == doc.tokens[j + 1].span.start && doc.entities[doc.mentions[m].entity].kind == EntityKind::Person)
        && (Lexicon::get().titles.get(&doc.tokens[j].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office) || j == k && named_post(&doc.tokens[j].lower))
}

/// ("said Kesterby Bank economist Jane Roe", "Marlow Advisory partner Jane Roe said": a post
/// that is no office, a speaker noun in the singular right after the body's name, is the named
/// person's too: she speaks, the body is her role's; not after other words, "the agency said
/// leader Jane Roe watched …")
fn named_post(w: &str) -> bool {
    Lexicon::get().speaker_nouns.contains(w) && !w.ends_with('s')
}

/// "other producers", "several other oil-producing countries", "some other Western
/// governments" (`t` after "and"): a group no name gives, of those like the actors before
/// "and"; the token after its plural noun.
fn others_after(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<usize> {
    let mut k = t;
    // ("the CGT and six other unions said": any number of them, in words to ten)
    if doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "several" | "some" | "many" | "a" | "few" | "its" | "their") || crate::lexicon::is_count_word(&x.lower)) {
        k += 1;
        if doc.tokens.get(k).is_some_and(|x| x.lower == "few") {
            k += 1;
        }
    }
    // ("the United States and five European governments accused …": a number of bodies of a
    // kind, with a modifier of place, stands as "other" ones do)
    let counted = k > t && (matches!(doc.tokens[t].lower.as_str(), "two" | "three" | "four" | "five") || doc.tokens[t].kind == TokenKind::Number);
    let other = doc.tokens.get(k).is_some_and(|x| x.lower == "other");
    if !other && !counted {
        return None;
    }
    const BODIES: &[&str] = &["governments", "countries", "nations", "states", "allies", "capitals", "partners"];
    // (up to two modifiers, then the plural noun; a day after it: "… on Tuesday accused")
    let from = if other { k + 1 } else { k };
    (from..limit.min(from + 3)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_mention.at(j).is_none()).find(|&j| {
        let w = doc.tokens[j].lower.as_str();
        let day = doc.tokens.get(j + 1).is_some_and(|x| x.lower == "on") && doc.tokens.get(j + 2).is_some_and(|x| x.cap && x.lower.ends_with("day"));
        (other || BODIES.contains(&w) && j > from && doc.tokens[j - 1].cap)
            && !doc.tokens[j].cap && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && (day || doc.tokens.get(j + 1).is_none_or(|x| x.kind != TokenKind::Word || Lexicon::get().cues.contains_key(&x.lower) || matches!(x.lower.as_str(), "have" | "has" | "had" | "were" | "are" | "also" | "to")))
    }).map(|j| j + 1)
}

/// "Latin American leaders", "South American governments" (`j` at "American"): the
/// adjective of a continent or region, not of the United States.
pub(crate) fn continental_american(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "american" && j > 0 && matches!(doc.tokens[j - 1].lower.as_str(), "latin" | "south" | "north" | "central")
}

/// One actor phrase at `t` (`np_at` reads the list "X and Y" of them): the cases at its first
/// word (`first_word.rs`), in order, the first that answers (`Some(None)`: no actor), else the
/// walk to its head name (`head.rs`).
fn np_one(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    if t >= limit {
        return None;
    }
    let at = At::new(doc, ctx, t, limit);
    first_case!(
        at.pronoun(),
        at.military_named_before().map(Some),
        at.surnamed().map(Some),
        at.description().map(Some),
        at.bench().map(Some),
        at.body().map(Some),
        at.pronoun_office(),
        at.pronoun_party().map(Some),
        at.pronoun_relative().map(Some);
        Head::np(doc, ctx, t, limit)
    )
}

/// "The African Union's peace department, the PSD, said": a description in lower case
/// closed by a comma, then an organisation's name between commas right before the verb at `t`:
/// the organisation named speaks (the description's owner had spoken).
fn named_body_apposed(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    if t < lo + 4 || doc.tokens[t - 1].lower != "," {
        return None;
    }
    let m = ctx.tok_mention.at(t - 2)?;
    let e = doc.mentions[m].entity;
    let s = doc.token_at(doc.mentions[m].span.start);
    if doc.entities[e].kind != EntityKind::Organization || doc.token_at(doc.mentions[m].span.end) != t - 1 || s < lo + 2 {
        return None;
    }
    let c = if doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
    // ("The European Union's monitoring mission in Quarnia, known as QUMA, said": "known as"
    // names the body the description tells of, whatever it ends in; not a body named already:
    // "Brazil's foreign ministry, known as Itamaraty, said" stays the ministry)
    if c >= lo + 4 && doc.tokens[c - 1].lower == "as" && doc.tokens[c - 2].lower == "known" && doc.tokens[c - 3].lower == "," && !ctx.tok_mention.at(c - 4).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
        return Some(Np { entities: vec![doc.actor_of(e)], start: c - 2, end: t - 1 });
    }
    // ("Health NZ, also known as Te Whatu Ora, said": the other name is the body named before,
    // which speaks from its first name on)
    if c >= lo + 5 && also_known_as_before(doc, c) == Some(",") {
        if let Some(m0) = ctx.tok_mention.at(c - 5).filter(|&m0| doc.entities[doc.mentions[m0].entity].kind == EntityKind::Organization) {
            let s0 = doc.token_at(doc.mentions[m0].span.start);
            let s0 = if s0 > lo && doc.tokens[s0 - 1].lower == "the" { s0 - 1 } else { s0 };
            return (s0 >= lo).then(|| Np { entities: vec![doc.actor_of(doc.mentions[m0].entity)], start: s0, end: t - 1 });
        }
    }
    let head = c.checked_sub(2).filter(|&h| h > lo && doc.tokens[c - 1].lower == ",")?;
    // ("Jane Roe, the president of the Sami parliament, the Samediggi, said": the description
    // is a person's office in apposition to her name, and the body's other name closes it;
    // the person named before the office speaks)
    let lex = Lexicon::get();
    if let Some(p) = (lo.max(head.saturating_sub(12))..head).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == ",") {
        let office = (p + 1..c - 1).any(|j| lex.titles.get(&doc.tokens[j].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office));
        if office && p > lo && matches!(doc.tokens[p + 1].lower.as_str(), "the" | "a" | "an" | "one") {
            if let Some(pm) = ctx.tok_mention.at(p - 1).filter(|&pm| doc.entities[doc.mentions[pm].entity].kind == EntityKind::Person && doc.token_at(doc.mentions[pm].span.end) == p) {
                let ps = doc.token_at(doc.mentions[pm].span.start);
                return (ps >= lo).then(|| Np { entities: vec![doc.actor_of(doc.mentions[pm].entity)], start: ps, end: p });
            }
        }
    }
    let x = &doc.tokens[head];
    (x.kind == TokenKind::Word && !x.cap && ctx.tok_mention.at(head).is_none() && !Lexicon::get().stopwords.contains(&x.lower) && !is_pronoun(&x.lower)).then(|| Np { entities: vec![doc.actor_of(e)], start: c, end: t - 1 })
}

/// "The Scottish National Party, SNP, said", "the Social Democratic Union, or SDSM, said": an
/// organisation's name, then between commas (after "or") a name of the same one, right before
/// the verb at `t`: the organisation speaks, from its first name on.
fn initials_apposed(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    if t < lo + 4 || doc.tokens[t - 1].lower != "," {
        return None;
    }
    let m = ctx.tok_mention.at(t - 2)?;
    let e = doc.actor_of(doc.mentions[m].entity);
    let s = doc.token_at(doc.mentions[m].span.start);
    if doc.entities[e].kind != EntityKind::Organization || s + 1 != t - 1 {
        return None;
    }
    let c = if doc.tokens[s - 1].lower == "or" { s - 1 } else { s };
    if c < lo + 2 || doc.tokens[c - 1].lower != "," {
        return None;
    }
    let m0 = ctx.tok_mention.at(c - 2).filter(|&m0| doc.actor_of(doc.mentions[m0].entity) == e && doc.token_at(doc.mentions[m0].span.end) == c - 1)?;
    let start = doc.token_at(doc.mentions[m0].span.start);
    let start = if start > lo && doc.tokens[start - 1].lower == "the" { start - 1 } else { start };
    Some(Np { entities: vec![e], start, end: t - 1 })
}

/// Token range of a sentence.
pub fn sentence_tokens(doc: &Doc, t: usize) -> (usize, usize) {
    doc.sentence_at(doc.tokens[t].span.start).map(|s| doc.sentences[s].tokens).unwrap_or((t, t + 1))
}

/// Organisation mention `m` (ending before token `end`) is where something was said, not
/// what it is about: "in a Vexmoor TV interview", "told the BBC", "said on Channel 4",
/// "posted on Telegram", "in a statement carried by Vexmoor Radio".
pub fn venue(doc: &Doc, m: usize, end: usize) -> bool {
    const MEDIA: &[&str] = &["interview", "interviews", "broadcast", "show", "programme", "program", "podcast", "op-ed", "column", "editorial", "documentary", "appearance"];
    const SAID_ON: &[&str] = &["said", "says", "say", "wrote", "writes", "posted", "posts", "post", "appeared", "appearing", "commented", "statement", "told", "tweeted"];
    let start = doc.token_at(doc.mentions[m].span.start);
    let word = |j: usize| doc.tokens.get(j).map_or("", |x| x.lower.as_str());
    // ("carried by the Vexmoor News Agency (VNA)": initials in brackets right after a name are
    // where the name is, a venue when it is)
    if start >= 2 && word(start - 1) == "(" {
        if let Some(n) = doc.mention_at_token(start - 2).filter(|&n| n != m && doc.mentions[n].entity == doc.mentions[m].entity) {
            return venue(doc, n, start - 1);
        }
    }
    // ("told reporters in Oslo that …", "said at a news conference in Lima": the place where
    // it was said, a city or a country, is no topic)
    const SAID_IN: &[&str] = &["reporters", "journalists", "conference", "briefing", "told", "said", "says", "speaking", "spoke", "statement", "speech", "interview", "rally", "summit"];
    if matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) {
        // ("told lawmakers in Quito", "told supporters in Lima": an audience told there)
        const AUDIENCES: &[&str] = &["lawmakers", "legislators", "parliament", "parliamentarians", "mps", "senators", "deputies", "supporters", "delegates", "audience", "crowd", "students", "investors", "analysts", "diplomats", "officials", "leaders", "ministers", "business", "executives"];
        let told_audience = start >= 3 && word(start - 1) == "in" && AUDIENCES.contains(&word(start - 2)) && word(start - 3) == "told";
        // ("told France Inter radio that …", "said on France 24": a country's name opening a
        // medium's name, a capitalised word or a number after it, where something was told)
        let medium = || {
            doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Number || x.kind == TokenKind::Word && x.cap)
                && (start >= 1 && told_form(word(start - 1)) || start >= 2 && word(start - 1) == "on" && SAID_ON.contains(&word(start - 2)) || matches!(word(end + 1), "radio" | "television" | "tv"))
        };
        if medium() {
            return true;
        }
        // ("the Nairobi-based bank failed to …": where a body has its seat is no topic)
        // (the hyphenated word is one token, the name a part of it)
        if word(start).ends_with("-based") || word(end) == "-based" || word(end) == "-" && word(end + 1) == "based" {
            return true;
        }
        // ("said from Miami that …", "speaking from Geneva": where the speaker spoke from)
        let said_from = start >= 2 && word(start - 1) == "from" && matches!(word(start - 2), "said" | "says" | "speaking" | "spoke" | "told" | "wrote" | "writes");
        return (start >= 2 && (word(start - 1) == "in" && (SAID_IN.contains(&word(start - 2)) && !planned_gathering(doc, start - 2) || told_audience) || said_from) || region_of_venue(doc, m, start)) && !matches!(word(end), "'s" | "of");
    }
    if doc.entities[doc.mentions[m].entity].kind != EntityKind::Organization {
        return false;
    }
    let before = |j: usize| if start >= j { word(start - j) } else { "" };
    // (an article between: "told the BBC", "in an interview with the Times")
    let det = usize::from(matches!(before(1), "the" | "a" | "an"));
    // (named as a medium: "the state news agency Andina", "the daily Vexmoor Courier", or as
    // who quotes: "quoted by …")
    const OUTLET: &[&str] = &["agency", "newspaper", "broadcaster", "channel", "daily", "network", "station", "outlet", "website", "television", "radio", "tv", "media"];
    // ("leave the World Bank programme" is a lending programme: a programme is a broadcast
    // only where something was said on or in it, "on a Vexmoor TV programme")
    let programme = matches!(word(end), "program" | "programme");
    MEDIA.contains(&word(end)) && (!programme || matches!(before(1 + det), "on" | "in" | "during" | "to"))
        || OUTLET.contains(&before(1 + det))
        // ("a court document seen by Reuters", "a memo obtained by the Tribune": who saw or
        // obtained the document is where it is reported, no topic)
        || before(1 + det) == "by" && matches!(before(2 + det), "quoted" | "carried" | "broadcast" | "seen" | "obtained" | "reviewed")
        || told_form(before(1 + det))
        // ("told the pro-government Vexmoor TV channel that …": the outlet's noun after its
        // name, and words that describe it between "told" and the name)
        || matches!(word(end), "channel" | "newspaper" | "station" | "broadcaster" | "daily" | "website" | "radio" | "television" | "tv") && (2..=6).any(|j| told_form(before(j)) && (1..j).all(|i| before(i) == "-" || !before(i).is_empty() && before(i).chars().all(|c| c.is_ascii_lowercase() || c == '-')))
        || before(1 + det) == "with" && MEDIA.contains(&before(2 + det))
        || before(1 + det) == "on" && SAID_ON.contains(&before(2 + det))
        // ("said in a brief message to the Harbor Union that …": whom a message went to)
        || before(1 + det) == "to" && matches!(before(2 + det), "message" | "letter" | "email" | "e-mail" | "note")
        // ("would lodge an appeal at the High Court", "appeal the decision at the Court of
        // Appeal": a court as the place where a case goes on; "to the X Court" stays a topic)
        || before(1 + det) == "at" && (start..end).any(|j| matches!(word(j), "court" | "tribunal"))
        // ("wrote on X, formerly Twitter, that …": the platform's former name in apposition)
        || before(1) == "formerly" && before(2) == "," && before(4) == "on"
        // ("criticised the decision on Instagram, calling it …", "attacked the referee on
        // TikTok.": a social platform closing the clause is where it was said; "a ban on TikTok"
        // is about it)
        || before(1) == "on" && matches!(word(end), "," | "." | ";" | "that" | "") && social_platform(doc.slice(doc.mentions[m].span)) && !matches!(before(2), "ban" | "bans" | "restrictions" | "crackdown" | "limits" | "curbs" | "tax" | "fine" | "fines" | "lawsuit" | "case" | "probe" | "investigation" | "rules" | "attack" | "attacks" | "pressure" | "sanctions")
}

/// Place mention `m` (at token `start`) names, after a comma, the region or country of the place
/// named right before it where something was said: "told reporters in Suva, Fiji", "said at a
/// news conference in Manteo, North Carolina" — where, as the town is, not what about.
/// The gathering noun at token `g` ("summit", "rally", "conference") is the object of a verb of
/// holding in its plain form ("said it would hold a crowd safety summit in Vexmoor", "plans to
/// host a rally in Quarnby"): a gathering still to come is what is said, and the place after
/// its "in" what it is about, not where the speaker spoke ("said at a summit in Vexmoor"). The
/// probe golds list such places (set175's summit and vigil); "holding"/"held" stay venues
/// ("told reporters after holding a rally in X"). At most three lower-case words between the
/// article and the noun.
fn planned_gathering(doc: &Doc, g: usize) -> bool {
    const HOLD: &[&str] = &["hold", "host", "convene", "organise", "organize", "stage"];
    let word = |j: usize| doc.tokens.get(j).map_or("", |x| x.lower.as_str());
    (1..=4).take_while(|&k| k < g).find(|&k| matches!(word(g - k), "a" | "an" | "the")).is_some_and(|k| {
        (1..k).all(|i| doc.tokens[g - i].kind == TokenKind::Word && !doc.tokens[g - i].cap) && HOLD.contains(&word(g - k - 1))
    })
}

fn region_of_venue(doc: &Doc, m: usize, start: usize) -> bool {
    start >= 2 && doc.tokens[start - 1].lower == "," && m > 0 && {
        let p = m - 1;
        doc.token_at(doc.mentions[p].span.end) == start - 1 && matches!(doc.entities[doc.mentions[p].entity].kind, EntityKind::Place | EntityKind::Country) && venue(doc, p, start - 1)
    }
}

/// A social platform's name, where people post what they say ("Instagram", "Telegram").
pub(crate) fn social_platform(name: &str) -> bool {
    matches!(name, "X" | "Twitter" | "Facebook" | "Instagram" | "TikTok" | "Telegram" | "YouTube" | "LinkedIn" | "Threads" | "Bluesky" | "Truth Social" | "WhatsApp" | "Weibo" | "WeChat" | "Snapchat" | "Reddit" | "VKontakte" | "Substack")
}

/// A title at token `t` (before `b`) is followed by a person's name: "President Jane Roe".
fn titles_a_name(doc: &Doc, ctx: &Ctx, t: usize, b: usize) -> bool {
    super::names::title_at(doc, t, b).is_some_and(|(e, _)| ctx.tok_mention.get(e).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person))
}

#[cfg(test)]
#[test]
fn token_cover_answers_as_the_vector_of_options_did() {
    // the old `Vec<Option<usize>>`, filled the same way, against `TokenCover`: ranges that
    // overlap (a later item overrides), touch the ends, are empty; `at` and `get` at every
    // token and `get` past the end
    let len = 40;
    let items = [(0..3), (2..9), (9..9), (15..40), (20..25), (39..40), (5..6)];
    let mut old: Vec<Option<usize>> = vec![None; len];
    let mut cover = TokenCover::new(len);
    for (i, r) in items.iter().enumerate() {
        for t in r.clone() {
            old[t] = Some(i);
        }
        cover.cover(r.clone(), i);
    }
    assert_eq!(cover.len(), len);
    for t in 0..len {
        assert_eq!(cover.at(t), old[t], "token {t}");
        assert_eq!(cover.get(t), old.get(t).copied().flatten(), "token {t}");
    }
    assert_eq!(cover.get(len), None);
    assert_eq!(cover.get(usize::MAX), None);
    assert!(old.iter().any(Option::is_none) && old.iter().any(Option::is_some));
    // an article's own: each token of a mention is covered by it
    let doc = crate::extract::analyze_names_for_test("Jane Roe met the Vexmoor Signals Bureau in Paris on Monday.");
    let ctx = Ctx::new(&doc, Vec::new());
    for (mi, m) in doc.mentions.iter().enumerate() {
        for t in doc.token_at(m.span.start)..doc.token_at(m.span.end) {
            assert_eq!(ctx.tok_mention.at(t), Some(mi));
        }
    }
    assert!(!doc.mentions.is_empty() && (0..doc.tokens.len()).all(|t| ctx.tok_quote.at(t).is_none()));
}
