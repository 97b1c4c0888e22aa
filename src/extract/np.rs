//! Noun phrases that name actors: names, pronouns and role descriptions ("the Russian
//! leader", "the Kremlin spokesman"), resolved to the entities of the article. Shared by the
//! statement and demand extractors.

use crate::lexicon::Lexicon;
use crate::model::{Doc, Entity, EntityKind, Span, TokenKind};
use crate::text::Quote;

/// What the extractors need to know about the article beyond the `Doc`.
pub struct Ctx {
    /// The mention covering each token.
    pub tok_mention: Vec<Option<usize>>,
    /// The quote covering each token (inner span, marks excluded).
    pub tok_quote: Vec<Option<usize>>,
    pub quotes: Vec<Quote>,
    /// Names right after an honorific ("Mr. Roe"): (start, entity, sex), in text order.
    pub titled: Vec<(usize, usize, char)>,
}

impl Ctx {
    pub fn new(doc: &Doc, quotes: Vec<Quote>) -> Ctx {
        let mut tok_mention = vec![None; doc.tokens.len()];
        for (mi, m) in doc.mentions.iter().enumerate() {
            for t in doc.token_at(m.span.start)..doc.token_at(m.span.end) {
                tok_mention[t] = Some(mi);
            }
        }
        let mut tok_quote = vec![None; doc.tokens.len()];
        for (qi, q) in quotes.iter().enumerate() {
            for t in doc.token_at(q.inner.start)..doc.token_at(q.inner.end) {
                tok_quote[t] = Some(qi);
            }
        }
        let titled = doc.mentions.iter().filter(|m| m.kind == crate::model::MentionKind::Name).filter_map(|m| Some((m.span.start, m.entity, honorific_before(doc, m.span.start)?))).collect();
        Ctx { tok_mention, tok_quote, quotes, titled }
    }
}

/// An actor phrase: the entities it names and its token range.
#[derive(Debug, Clone)]
pub struct Np {
    pub entities: Vec<usize>,
    pub start: usize,
    pub end: usize,
}

const MALE: &[&str] = &["he", "him", "his"];
const FEMALE: &[&str] = &["she", "her"];
const GROUP: &[&str] = &["they", "them", "it"];

/// "federal", "central", "national": the level a state's own government governs at ("the
/// federal government" is the state's, as "the government" is).
pub(crate) fn government_level(w: &str) -> bool {
    matches!(w, "federal" | "central" | "national")
}

pub fn is_pronoun(lower: &str) -> bool {
    MALE.contains(&lower) || FEMALE.contains(&lower) || GROUP.contains(&lower)
}

/// "he's", "she's", "they're": the pronoun of a contraction with "is", "has" or "are" ("They’re
/// claiming that …" speaks as "they"; not "he'll", a statement not yet made).
pub fn contracted_pronoun(lower: &str) -> Option<&str> {
    let (head, tail) = lower.split_once('\'')?;
    (matches!(tail, "s" | "re") && matches!(head, "he" | "she" | "they")).then_some(head)
}

/// A third-person pronoun at token `t`: the actor it most likely refers to. People for
/// he/she, organisations and countries for it/they; the subject (first actor) of the
/// nearest earlier sentence outside quotes wins, matching gender where first names tell.
pub fn resolve_pronoun(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>) -> Option<usize> {
    let lower = doc.tokens[t].lower.as_str();
    let lower = contracted_pronoun(lower).unwrap_or(lower);
    let person = MALE.contains(&lower) || FEMALE.contains(&lower);
    if !person && !GROUP.contains(&lower) {
        return None;
    }
    let want_gender = if MALE.contains(&lower) { Some('m') } else if FEMALE.contains(&lower) { Some('f') } else { None };
    resolve_referent(doc, ctx, t, exclude, person, want_gender)
}

/// `Doc::honorific_sex`, after a look at the byte before `at` (an honorific ends in "r", "s"
/// or a full stop).
fn honorific_before(doc: &Doc, at: usize) -> Option<char> {
    let last = doc.text().as_bytes()[..at].iter().rev().find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))?;
    matches!(last, b'.' | b'r' | b'R' | b's' | b'S' | 128..=255).then(|| doc.honorific_sex(at)).flatten()
}

/// "Jo Roe, the engineer, spoke first. He said …" where the first-name list marks "Jo" a
/// woman's name: when no person of the pronoun's sex is found, the one person named in the
/// sentence and the four before it, unless an honorific ("Ms. Roe") gave the other sex.
fn only_person_before(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, want_gender: Option<char>) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let a = doc.sentences[si.saturating_sub(4)].tokens.0.max(t.saturating_sub(400));
    let mut found: Option<usize> = None;
    for k in a..t {
        let Some(m) = ctx.tok_mention[k] else { continue };
        let e = doc.actor_of(doc.mentions[m].entity);
        if doc.entities[e].kind != EntityKind::Person {
            continue;
        }
        match found {
            Some(f) if f != e => return None,
            _ => found = Some(e),
        }
    }
    let e = found.filter(|&e| Some(e) != exclude)?;
    // (only a person the list alone kept out: one of unknown sex was not taken for a reason)
    if !matches!(listed_sex(&doc.entities[e].name), Some(g) if (g == 'm' || g == 'f') && Some(g) != want_gender) {
        return None;
    }
    let before = doc.tokens[t].span.start;
    let told = |x: usize| ctx.titled.iter().take_while(|m| m.0 < before).find(|m| m.1 == x).map(|m| m.2);
    let t_e = told(e);
    if t_e.is_some() && t_e != want_gender {
        return None;
    }
    // (and no other person named before in the article, further back, can be meant: each
    // has the other sex by an honorific or the list)
    let sex = |x: usize| told(x).or_else(|| listed_sex(&doc.entities[x].name));
    let others_ruled_out = doc.mentions.iter().take_while(|m| m.span.start < before).filter(|m| m.kind == crate::model::MentionKind::Name).map(|m| doc.actor_of(m.entity)).filter(|&x| x != e && doc.entities[x].kind == EntityKind::Person).all(|x| matches!(sex(x), Some(g) if (g == 'm' || g == 'f') && Some(g) != want_gender));
    others_ruled_out.then_some(e)
}

/// The sex the first-name list gives the first word of a name of two words or more.
fn listed_sex(name: &str) -> Option<char> {
    let first = name.split_whitespace().next().filter(|_| name.contains(' '))?;
    Lexicon::get().first_names.get(&crate::lexicon::fold(first)).copied().filter(|_| !family_name_first(name))
}

/// Whether `word` is one of the Chinese and Korean family names that the first-name list also
/// holds as given names (so a name opening with one would take that given name's sex: "Lin" is
/// listed a woman's, "Lee" a man's); any case, matched byte by byte.
pub(crate) fn east_asian_family(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > 5 || !word.is_ascii() {
        return false;
    }
    let mut low = [0u8; 5];
    for (k, c) in b.iter().enumerate() {
        low[k] = c.to_ascii_lowercase();
    }
    matches!(
        &low[..b.len()],
        b"lin" | b"li" | b"lee" | b"kim" | b"park" | b"han" | b"song" | b"ma" | b"hu" | b"chen" | b"wang" | b"zhang" | b"liu" | b"yang" | b"huang" | b"zhao" | b"wu" | b"zhou" | b"xu" | b"sun" | b"zhu" | b"gao" | b"guo" | b"he" | b"luo" | b"zheng" | b"liang" | b"xie" | b"tang" | b"feng" | b"deng" | b"cao" | b"peng" | b"xiao" | b"tian" | b"dong" | b"pan" | b"yuan" | b"cai" | b"jiang" | b"yu" | b"du" | b"ye" | b"cheng" | b"wei" | b"su" | b"lu" | b"ding" | b"ren" | b"shen" | b"yao" | b"cui" | b"zhong" | b"tan" | b"fan" | b"jin" | b"shi" | b"jia" | b"xia" | b"fu" | b"fang" | b"bai" | b"meng" | b"qin" | b"qiu" | b"hou" | b"xue" | b"yan" | b"lei" | b"long" | b"wan" | b"qian" | b"dai" | b"mo" | b"kong" | b"choi" | b"jung" | b"kang" | b"cho" | b"yoon" | b"jang" | b"lim" | b"oh" | b"seo" | b"shin" | b"kwon" | b"hwang" | b"ahn" | b"yoo" | b"hong" | b"moon" | b"chung" | b"ko" | b"nam" | b"bae" | b"baek" | b"pak" | b"ri" | b"ryu" | b"yun" | b"jeon" | b"roh" | b"noh"
    )
}

/// Whether a person's name is written family name first, so that its first word gives no
/// sex: "Kim Dae-ho", "Park Ji-won" (a given name of two syllables joined by a hyphen); "Lin
/// Tao", "Ma Qingyun" (a family name the list holds, then one word of one or two pinyin
/// syllables); "Kim Su Ah", "Park Ji Ho" (such a family name and two short syllables).
pub(crate) fn family_name_first(name: &str) -> bool {
    let mut it = name.split_whitespace();
    let (Some(first), Some(second)) = (it.next(), it.next()) else { return false };
    let third = it.next();
    if it.next().is_some() {
        return false;
    }
    if third.is_none() && second.split_once('-').is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase())) {
        return true;
    }
    if !east_asian_family(first) {
        return false;
    }
    match third {
        None => second.is_ascii() && pinyin_syllables(&second.to_ascii_lowercase(), 2),
        Some(t) => short_syllables(second, t),
    }
}

/// Two short capitalised syllables, a given name written apart after a family name ("Su Ah",
/// "Suk Yeol"; "Jae Myung", "Sung Hyun": a romanised Korean syllable runs to five letters,
/// and the two together to eight, which keeps out "Lee Harvey …").
pub(crate) fn short_syllables(a: &str, b: &str) -> bool {
    a.len() + b.len() <= 8 && [a, b].iter().all(|w| w.len() <= 5 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Whether `w` (lower case) is one to `most` Mandarin syllables in pinyin without tones.
fn pinyin_syllables(w: &str, most: usize) -> bool {
    const INITIALS: &[&str] = &["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];
    const FINALS: &[&str] = &["iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u", "v"];
    if w.is_empty() {
        return true;
    }
    if most == 0 {
        return false;
    }
    INITIALS.iter().filter(|i| w.starts_with(*i)).any(|i| {
        let rest = &w[i.len()..];
        FINALS.iter().filter(|f| rest.starts_with(*f)).any(|f| pinyin_syllables(&rest[f.len()..], most - 1))
    })
}

/// "its", "their" at `t`: the organisation or state it stands for, found as "it" or "they" would be.
pub(crate) fn resolve_possessive(doc: &Doc, ctx: &Ctx, t: usize) -> Option<usize> {
    matches!(doc.tokens[t].lower.as_str(), "its" | "their").then(|| resolve_referent(doc, ctx, t, None, false, None)).flatten()
}

/// Whether someone was called "a/an `noun`" (the article up to three words before it, at least
/// `gap` tokens after the last mention of `h`), at a token `speaks` accepts, between that
/// mention and token `t`: then "the `noun`" at `t` is that unnamed one, not `h`.
fn unnamed_since(doc: &Doc, h: usize, noun: &str, t: usize, gap: usize, speaks: impl Fn(usize) -> bool) -> bool {
    let at = doc.tokens[t].span.start;
    let from = doc.mentions.iter().filter(|m| m.span.end <= at && doc.actor_of(m.entity) == h).last().map_or(0, |m| doc.token_at(m.span.end));
    // (the article may stand before a compound of place: "a Geneva-based trade diplomat")
    (from..t).any(|j| doc.tokens[j].lower == noun && speaks(j) && (j.saturating_sub(5).max(from + gap)..j).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "the" | "," | "." | "and" | "of")).any(|x| matches!(doc.tokens[x].lower.as_str(), "a" | "an")))
}

/// "the 48-year-old" (`t` at "the"): a person referred to by age, resolved as "he" or "she"
/// would be. Returns the person and the end token.
fn age_description(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<(usize, usize)> {
    (doc.tokens[t].lower == "the" && t + 2 <= limit).then_some(())?;
    let aged = is_age(doc, t + 1);
    // "“…,” the midfielder told the radio.", "The former Harbor City defender said …": a noun
    // for a person by occupation, as a speaker (right after a quote or right before a verb of
    // saying), is a person named before, as "he" or "she" would be
    if !aged {
        // ("“…,” the MP for Halden North told the radio": a member of parliament named by the
        // seat, capitalised words after "for", is a person by occupation too)
        let seat_end = || {
            let member = doc.tokens.get(t + 1).is_some_and(|x| x.cap && matches!(x.lower.as_str(), "mp" | "mep" | "msp" | "mla" | "mpp")) && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "for");
            let end = (t + 3..limit.min(t + 7)).find(|&j| !(doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word)).unwrap_or(limit.min(t + 7));
            (member && end > t + 3).then_some(end)
        };
        let end = seat_end().or_else(|| occupation_end(doc, ctx, t + 1, limit, false))?;
        let speaking = t > 0 && doc.tokens[t - 1].kind == TokenKind::Quote || doc.tokens.get(end).is_some_and(|x| Lexicon::get().cues.contains_key(&x.lower));
        let e = speaking.then(|| resolve_referent(doc, ctx, t, None, true, None)).flatten()?;
        // ("Jane Roe wrote … . An executive at one of the refiners told AFP … . “…,” the
        // executive said": one left unnamed with that noun since the person was last named is
        // meant, whom no name stands for)
        // (not the person's own appositive: "Jane Roe, a banker,")
        let unnamed = unnamed_since(doc, e, &doc.tokens[end - 1].lower, t, 2, |_| true);
        return (!unnamed).then_some((e, end));
    }
    // "the 70-year-old senator", "the 45-year-old Chilean veteran": the noun after the age
    // is part of the reference
    let mut end = t + 2;
    let k = end + usize::from(doc.tokens.get(end).is_some_and(|x| Lexicon::get().country_adjectives.contains_key(&x.lower)));
    if let Some((e, _)) = super::names::title_at(doc, k, limit) {
        end = e;
    } else if k < limit && PERSON_AGE_NOUNS.contains(&doc.tokens[k].lower.as_str()) {
        end = k + 1;
    } else if let Some(e) = occupation_end(doc, ctx, end, limit, true) {
        // ("the 58-year-old former investment banker")
        end = e;
    }
    // ("Chief Executive Officer X … Senator Y asked … . The 58-year-old executive said": the
    // one person named before whose title has the noun)
    if end > t + 2 {
        let noun = doc.tokens[end - 1].lower.as_str();
        let at = doc.tokens[t].span.start;
        let mut holders = doc.roles.iter().filter(|r| r.evidence.start < at && r.title.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == noun)).map(|r| r.holder);
        if let Some(h) = holders.next() {
            if holders.all(|x| x == h) {
                return Some((h, end));
            }
        }
    }
    Some((resolve_referent(doc, ctx, t, None, true, None)?, end))
}

/// "former Harbor City defender", "investment banker", "midfielder" from `k`: "former", a body
/// or a nationality, up to two lower-case modifiers, then a singular noun for a person by
/// occupation (`person_nouns.txt`; an office too with `offices`) that no name follows. The end
/// token.
fn occupation_end(doc: &Doc, ctx: &Ctx, mut k: usize, limit: usize, offices: bool) -> Option<usize> {
    let lex = Lexicon::get();
    if doc.tokens.get(k).is_some_and(|x| x.lower == "former") {
        k += 1;
    }
    // (a body, not a place: "the New York businessman" is left as written)
    if let Some(m) = ctx.tok_mention.get(k).copied().flatten() {
        if doc.entities[doc.mentions[m].entity].kind != EntityKind::Organization {
            return None;
        }
        k = doc.token_at(doc.mentions[m].span.end);
    } else if doc.tokens.get(k).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) {
        k += 1;
    } else {
        // (a club or town the names left out: "the former Everton defender")
        let from = k;
        while k < limit.min(from + 2) && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && !lex.stopwords.contains(&doc.tokens[k].lower) {
            k += 1;
        }
    }
    for j in k..limit.min(k + 3) {
        let x = &doc.tokens[j];
        if x.kind != TokenKind::Word || x.cap || lex.stopwords.contains(&x.lower) || lex.cues.contains_key(&x.lower) {
            return None;
        }
        // (an office is a role's, found by its holder: "the GOP nominee" is left to that)
        // (an athlete's discipline, "the goalkeeper", that no one holds as a role is left to
        // the person named before)
        const DISCIPLINES: &[&str] = &["sprinter", "swimmer", "midfielder", "striker", "goalkeeper", "winger", "footballer", "cricketer", "batsman", "judoka", "wrestler", "boxer", "cyclist", "gymnast", "fencer", "golfer"];
        let held = || !DISCIPLINES.contains(&x.lower.as_str()) || lex.titles.get(&x.lower).is_some_and(|t| doc.roles.iter().any(|r| r.head.eq_ignore_ascii_case(t.norm)));
        if lex.person_nouns.contains(&x.lower) && (!x.lower.ends_with('s') || x.lower.ends_with("ss")) && (offices || !lex.titles.contains_key(&x.lower) || !held()) {
            let named = doc.tokens.get(j + 1).is_some_and(|y| y.cap && y.kind == TokenKind::Word);
            return (!named).then_some(j + 1);
        }
    }
    None
}

/// "a 34-year-old office worker surnamed Kim", "a man named Roe" (`t` at the article): the
/// person named after "surnamed" or "named", with lower-case words before.
fn surnamed_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    let lex = Lexicon::get();
    for j in t + 1..limit.min(t + 7) {
        let x = &doc.tokens[j];
        if matches!(x.lower.as_str(), "surnamed" | "named") {
            let m = ctx.tok_mention.get(j + 1).copied().flatten()?;
            let e = doc.mentions[m].entity;
            return (doc.entities[e].kind == EntityKind::Person && doc.mentions[m].span.start == doc.tokens[j + 1].span.start)
                .then(|| Np { entities: vec![e], start: t, end: doc.token_at(doc.mentions[m].span.end) });
        }
        if !(x.kind == TokenKind::Word || x.kind == TokenKind::Number) || x.cap || lex.stopwords.contains(&x.lower) || lex.cues.contains_key(&x.lower) {
            return None;
        }
    }
    None
}

/// Nouns for a person that may follow an age ("the 70-year-old veteran") and are no titles.
const PERSON_AGE_NOUNS: &[&str] = &["executive", "diplomat", "officer", "veteran", "politician", "lawmaker", "leader", "official", "commander", "general", "activist"];

/// "61-year-old" at `i`.
pub(crate) fn is_age(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).and_then(|x| x.lower.split_once('-')).is_some_and(|(n, rest)| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && rest == "year-old")
}

/// The actor a reference at `t` is to: a person (of `want_gender`, if known) or a group.
fn resolve_referent(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, person: bool, want_gender: Option<char>) -> Option<usize> {
    // (kept while the document is only read: a pronoun is resolved again by every rule
    // that reads it)
    super::memo::referent(doc, ctx, (t, exclude, person, want_gender), || referent_worked(doc, ctx, t, exclude, person, want_gender))
}

fn referent_worked(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, person: bool, want_gender: Option<char>) -> Option<usize> {
    let lex = Lexicon::get();
    // ("It said in a post on Facebook that …": the platform the pronoun's own clause names after
    // "on" is where it spoke, not who)
    let medium = |e: usize| {
        let b = doc.sentence_at(doc.tokens[t].span.start).map_or(t, |si| doc.sentences[si].tokens.1.min(t + 30));
        (t + 2..b).any(|j| doc.tokens[j - 1].lower == "on" && ctx.tok_mention[j].is_some_and(|m| doc.token_at(doc.mentions[m].span.start) == j && doc.actor_of(doc.mentions[m].entity) == e))
    };
    let fits = |e: usize| {
        let ent = &doc.entities[e];
        if Some(e) == exclude {
            return false;
        }
        if person {
            if ent.kind != EntityKind::Person {
                return false;
            }
            // (a name written family name first, "Kim Dae-ho", "Park Ji-won", has no given
            // name at its start)
            // ("Mr. Roe" or "Ms. Roe" earlier in the article tells the sex better than the
            // first-name list, which marks some given names of men as women's and back)
            let titled = || ctx.titled.iter().take_while(|m| m.0 < doc.tokens[t].span.start).find(|m| m.1 == e).map(|m| m.2);
            let Some(want) = want_gender else { return true };
            // (whether the name is written family name first is asked only when its first word
            // would give the other sex)
            let g = titled().or_else(|| ent.name.split_whitespace().next().filter(|_| ent.name.contains(' ')).and_then(|f| lex.first_names.get(&crate::lexicon::fold(f))).copied().filter(|&g| g == want || !family_name_first(&ent.name)));
            !(matches!(g, Some('m') | Some('f')) && g != Some(want))
        } else {
            (matches!(ent.kind, EntityKind::Organization | EntityKind::Country) || ent.stands_for.is_some()) && !medium(e)
        }
    };
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    // "Hale on Tuesday said he wants …": the subject of the speech verb right before
    let sa = doc.sentences[si].tokens.0;
    // ("said in a letter that he …", "told reporters on Monday that he …": words between)
    let cue = if t > sa + 1 && doc.tokens[t - 1].lower == "that" {
        (sa.max(t.saturating_sub(8))..t - 1).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| lex.cues.contains_key(&doc.tokens[j].lower)).unwrap_or(t - 2)
    } else {
        t.saturating_sub(1)
    };
    if cue > sa && lex.cues.contains_key(&doc.tokens[cue].lower) && ctx.tok_quote[t].is_none() {
        // (where the cue's subject ends, worked out once for both tests)
        let se = subject_end(doc, cue, sa);
        if let Some(np) = subject_before_ending(doc, ctx, cue, sa, false, Some(se)) {
            if let Some(&e) = np.entities.iter().find(|&&e| fits(doc.actor_of(e))) {
                return Some(doc.actor_of(e));
            }
        }
        // "The head of the panel said he …", "A police spokesman said he …": he is the
        // unnamed person who speaks, not someone named before
        if person {
            let lo = (sa..se).rev().take(8).take_while(|&j| doc.tokens[j].lower != "," && ctx.tok_quote[j].is_none()).last().unwrap_or(se);
            let person_word = |w: &str| lex.speaker_nouns.contains(w) || lex.person_nouns.contains(w) || lex.titles.get(w).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
            let named = (lo..se).any(|j| ctx.tok_mention[j].is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person));
            if !named && (lo..se).any(|j| !doc.tokens[j].cap && person_word(&doc.tokens[j].lower)) {
                return None;
            }
        }
    }
    // same sentence, before the pronoun, outside quotes
    // a window, so that one endless sentence cannot make this quadratic
    // (not in the content a trailing "…, he said." reports: "Talks chaired by Jane Roe will
    // open on Monday, he said" is said by someone named before)
    // (but a clause the sentence opens with a subordinator, "When Gen. Jo Roe went on television
    // to announce …, he said the army would …", is no content: its subject is the one meant, when
    // the cue goes on to what he said)
    const FRONTED: &[&str] = &["when", "after", "before", "as", "while", "once", "although", "though", "because"];
    let fronted = FRONTED.contains(&doc.tokens[sa].lower.as_str()) && doc.sentences[si].tokens.1 > t + 5 && doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Word && !matches!(x.lower.as_str(), "on" | "in" | "at" | "adding" | "after" | "during" | "late" | "earlier" | "last" | "this"));
    let trailing = t > sa && doc.tokens[t - 1].lower == "," && ctx.tok_quote[t].is_none() && doc.tokens.get(t + 1).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| c.lemma == "say" || c.lemma == "add" || c.lemma == "tell")) && !fronted;
    let a = doc.sentences[si].tokens.0.max(t.saturating_sub(80));
    if let Some(e) = first_actor(doc, ctx, a, t, &fits).filter(|_| !trailing) {
        return Some(e);
    }
    // ("The report lists five risks for Norway. It also says …": "it" opening a sentence
    // after one whose subject is a document is that document, no actor named in it)
    const DOCUMENTS: &[&str] = &["text", "report", "document", "communique", "communiqué", "declaration", "resolution", "statement", "letter", "draft", "agreement", "plan", "proposal", "bill", "study"];
    if !person && doc.tokens[t].lower == "it" && t == sa && si > 0 && doc.sentences[si - 1].paragraph + 1 >= doc.sentences[si].paragraph {
        let (pa, pb) = doc.sentences[si - 1].tokens;
        let opens = (pa..pb.min(pa + 4)).position(|j| DOCUMENTS.contains(&doc.tokens[j].lower.as_str()) && !doc.tokens[j].cap);
        if let Some(i) = opens {
            let h = pa + i;
            // ("X's report advises … It also urges …": the owner's document, which speaks
            // as its owner)
            // (a person's too: "it" is the report)
            if let Some(o) = super::statements::owners_document(doc, ctx, pa, h + 1).filter(|&o| Some(o) != exclude) {
                return Some(o);
            }
            let plain = matches!(doc.tokens[pa].lower.as_str(), "the" | "this" | "its" | "their") && (pa + 1..h).all(|j| ctx.tok_mention[j].is_none() && !doc.tokens[j].cap);
            if plain && doc.tokens.get(h + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && x.lower != "of") {
                return None;
            }
        }
    }
    // up to four sentences back that are not wholly quoted
    let mut counted = 0;
    for back in 1..=16 {
        let Some(s) = si.checked_sub(back) else { break };
        let (a, b) = doc.sentences[s].tokens;
        if (a..b).all(|j| ctx.tok_quote[j].is_some() || doc.tokens[j].kind != TokenKind::Word) {
            continue;
        }
        counted += 1;
        if counted > 4 {
            break;
        }
        let a = a.max(b.saturating_sub(120));
        // ("Speaking with Jo Lane on Sunday, Ms Roe said … “…,” she said": the subject after
        // an opening phrase comes before an actor inside it)
        let s = super::statements::after_opening_phrase(doc, ctx, a, b);
        // ("In a statement, the ministry said the UK had been misled. It said …": the body
        // that spoke, taken up by its head noun, not an actor inside what it said)
        if !person && doc.tokens[s].lower == "the" {
            let spoke = org_by_head(doc, s, b).filter(|&(e, end)| fits(doc.actor_of(e)) && doc.tokens.get(end).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "add" | "tell"))));
            if let Some((e, _)) = spoke {
                return Some(doc.actor_of(e));
            }
        }
        // ("The Democratic governor asked President Jane Roe to approve aid. In a letter, he
        // wrote …": a sentence opening with a title that stands for one named holder has that
        // holder for its subject, not the first person named in it)
        if person && doc.tokens[s].lower == "the" {
            if let Some((e, _)) = description_at(doc, ctx, s, b).filter(|&(e, _)| doc.entities[doc.actor_of(e)].kind == EntityKind::Person && fits(doc.actor_of(e))) {
                return Some(doc.actor_of(e));
            }
        }
        // ("The vote will be held in May, though Jane Roe's party objects, interim leader Tom
        // Hale said. “…,” he said": the one who said the sentence before, named after its
        // content, not a person inside what he said)
        if person && counted == 1 {
            let said = (s..b).filter(|&k| ctx.tok_quote[k].is_none()).find_map(|k| {
                let m = ctx.tok_mention[k].filter(|&m| doc.token_at(doc.mentions[m].span.start) == k)?;
                let e = doc.actor_of(doc.mentions[m].entity);
                let end = doc.token_at(doc.mentions[m].span.end);
                // (a person's, not an affiliation's: "Jane Roe of Quill Capital said" is no word
                // of Quill Capital's, whatever the names made it)
                (k > s && doc.tokens[k - 1].kind == TokenKind::Word && doc.tokens[k - 1].lower != "of" && doc.entities[e].kind == EntityKind::Person && fits(e) && doc.tokens.get(end).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "tell" | "add")))).then_some(e)
            });
            if let Some(e) = said {
                return Some(e);
            }
        }
        if let Some(e) = first_actor(doc, ctx, s, b, &fits).or_else(|| (s > a).then(|| first_actor(doc, ctx, a, s, &fits)).flatten()) {
            return Some(e);
        }
    }
    if person && want_gender.is_some() {
        return only_person_before(doc, ctx, t, exclude, want_gender).or_else(|| speaker_before_quote(doc, ctx, t, exclude, want_gender));
    }
    None
}

/// "Economist Dr Jo Kennet of Harbor University said markets could …. “…,” he said": a "he" or
/// "she" that speaks a quote (right after it, or right before a cue that opens one) and that no
/// person of its sex before it takes is the one person who spoke as the subject of the sentence
/// right before the quote, though the first-name list gives that name the other sex (a surname
/// or a family name written first read as a given name); not one an honorific gave the other sex.
fn speaker_before_quote(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, want_gender: Option<char>) -> Option<usize> {
    let lex = Lexicon::get();
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let sa = doc.sentences[si].tokens.0;
    let said = doc.tokens.get(t + 1).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "add" | "tell")));
    let after_quote = t > sa && doc.tokens[t - 1].kind == TokenKind::Quote && ctx.tok_quote[t].is_none();
    let opens_quote = t == sa && (t + 2..doc.tokens.len().min(t + 4)).any(|j| doc.tokens[j].kind == TokenKind::Quote) && (t + 2..doc.tokens.len().min(t + 3)).all(|j| matches!(doc.tokens[j].lower.as_str(), "," | ":") || doc.tokens[j].kind == TokenKind::Quote);
    if !said || !(after_quote || opens_quote) {
        return None;
    }
    // the sentence right before, past sentences wholly quoted (the quote's own first sentences)
    let p = (0..si).rev().find(|&s| {
        let (a, b) = doc.sentences[s].tokens;
        !(a..b).all(|j| ctx.tok_quote[j].is_some() || doc.tokens[j].kind != TokenKind::Word)
    })?;
    // (that sentence has no quote of its own: "Jo Roe said: “…”" is spoken already)
    let (a, b) = doc.sentences[p].tokens;
    if (a..b).any(|j| ctx.tok_quote[j].is_some()) {
        return None;
    }
    let cue = (a + 1..b).find(|&j| lex.cues.contains_key(&doc.tokens[j].lower))?;
    let np = subject_before_ending(doc, ctx, cue, a, false, None)?;
    if np.start != a {
        return None;
    }
    let mut people = np.entities.iter().map(|&e| doc.actor_of(e)).filter(|&e| doc.entities[e].kind == EntityKind::Person);
    let e = people.next()?;
    if people.any(|x| x != e) || Some(e) == exclude {
        return None;
    }
    let before = doc.tokens[t].span.start;
    let told = ctx.titled.iter().take_while(|m| m.0 < before).find(|m| m.1 == e).map(|m| m.2);
    (told.is_none() || told == want_gender).then_some(e)
}

fn first_actor(doc: &Doc, ctx: &Ctx, a: usize, b: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut k = a;
    while k < b {
        if ctx.tok_quote[k].is_none() {
            if let Some(m) = ctx.tok_mention[k] {
                let e = doc.actor_of(doc.mentions[m].entity);
                let end = doc.token_at(doc.mentions[m].span.end);
                // "Trump’s intervention … he" refers to Trump; "Ukraine’s President X" to X
                // ("Zambia's health ministry said … it said" to the ministry: a body named
                // right after the possessive)
                // ("Hale's special envoy Tom Ward": a title's modifiers after the possessive too)
                let titled_at = (end + 1..(end + 4).min(b)).find(|&j| !(Lexicon::get().title_modifiers.contains(&doc.tokens[j].lower) && !doc.tokens[j].cap)).unwrap_or(end + 1);
                // ("Belarus' defence ministry": the bare apostrophe of a name ending in "s", a
                // word once no quotation mark)
                let possessive = (doc.tokens.get(end).is_some_and(|t| t.lower == "'s") || bare_apostrophe(doc, end))
                    && (doc.tokens.get(end + 1).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower) || t.cap)
                        || titled_at > end + 1 && doc.tokens.get(titled_at).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower))
                        || ctx.tok_mention.get(end + 1).copied().flatten().is_some_and(|m2| doc.entities[doc.mentions[m2].entity].kind == EntityKind::Organization)
                        // ("Odinga's running mate, Martha Karua, told …" to Karua: a person in
                        // apposition to what the possessor has)
                        || {
                            let j = (end + 1..(end + 5).min(b)).find(|&j| !(doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap)).unwrap_or(end + 1);
                            // ("Russia's state nuclear company, Rosatom, … It said …" to Rosatom: a
                            // body in apposition too)
                            j > end + 1 && doc.tokens[j].lower == "," && ctx.tok_mention.get(j + 1).copied().flatten().is_some_and(|m2| matches!(doc.entities[doc.mentions[m2].entity].kind, EntityKind::Person | EntityKind::Organization))
                        });
                // ("Hale's Harbor Party will lead the house … He told reporters …": a person who
                // owns the body named right after the possessive is the person meant, whom the
                // body, no person, cannot stand for)
                let owns_body = possessive && doc.entities[e].kind == EntityKind::Person && ctx.tok_mention.get(end + 1).copied().flatten().is_some_and(|m2| doc.entities[doc.mentions[m2].entity].kind == EntityKind::Organization && doc.token_at(doc.mentions[m2].span.start) == end + 1);
                let possessive = possessive && !owns_body;
                let modifier = doc.tokens.get(end).is_some_and(|t| Lexicon::get().titles.contains_key(&t.lower) || t.cap);
                // (not the outlet someone spoke to: "he told the BBC: “I would urge them …”")
                let outlet = doc.entities[e].kind == EntityKind::Organization && venue(doc, m, end);
                if fits(e) && !possessive && !outlet && !(modifier && doc.entities[e].kind != EntityKind::Person) {
                    return Some(e);
                }
                k = end.max(k + 1);
                continue;
            }
        }
        k += 1;
    }
    None
}

/// Role description "the [Adj|Org] head" at token `t`, resolved through the article's roles.
/// Returns the person and the end token.
pub fn description_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<(usize, usize)> {
    description_after(doc, ctx, t, limit, false)
}

/// As [`description_at`]; with `owned`, a possessive determiner may stand for "the" ("the
/// prime minister had confidence in his chancellor": the chancellor, whoever "his" is).
fn description_after(doc: &Doc, ctx: &Ctx, t: usize, limit: usize, owned: bool) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let mut k = t;
    if doc.tokens.get(k).is_some_and(|x| x.lower == "the" || owned && matches!(x.lower.as_str(), "his" | "her" | "its" | "their")) {
        k += 1;
        // "the 70-year-old senator": the age chooses no holder
        if is_age(doc, k) {
            k += 1;
        }
        // ("the former Vexmoor state premier": the modifier after "former")
        if doc.tokens.get(k).is_some_and(|x| x.lower == "former") && doc.tokens.get(k + 1).is_some_and(|x| x.cap) {
            k += 1;
        }
    }
    // ("the new prime minister", "Japan's new prime minister": "new" describes the holder)
    let new_before_title = |k: usize| k + 1 < limit && doc.tokens[k].lower == "new" && !doc.tokens[k].cap && super::names::title_at(doc, k + 1, limit).is_some();
    if k > t && new_before_title(k) {
        k += 1;
    }
    // (most trials start at a word that is no "the": then only a mention, a country's adjective
    // or a two-word one at `t` moves `k` on, without which the answer is `None` below; these
    // tests are asked first, before those of the words before `t`, which cost more and also
    // end in `None`)
    if k == t && ctx.tok_mention.get(t).copied().flatten().is_none() && !doc.tokens.get(t).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) && super::names::two_word_adjective(doc, lex, t).is_none() {
        return None;
    }
    // ("the Sudanese leader": a description is read from its first word; its title alone, after
    // the adjective, would take any leader)
    if k == t && t > 0 && (lex.country_adjectives.contains_key(&doc.tokens[t - 1].lower) || t > 1 && super::names::two_word_adjective(doc, lex, t - 2).is_some_and(|(e, _)| e == t)) {
        return None;
    }
    let mut of: Option<usize> = None;
    // (a country's adjective for a state the story never names: "the Sudanese leader" is none of
    // the leaders of states it names, "Salva Kiir, the president of South Sudan")
    let mut unnamed_country = false;
    let mut modified = false;
    if let Some(m) = ctx.tok_mention.get(k).copied().flatten() {
        let e = doc.mentions[m].entity;
        if doc.entities[e].kind == EntityKind::Person {
            return None;
        }
        of = Some(e);
        k = doc.token_at(doc.mentions[m].span.end);
        if doc.tokens.get(k).is_some_and(|x| x.lower == "'s") {
            k += 1;
            if new_before_title(k) {
                k += 1;
            }
        }
    } else if doc.tokens.get(k).is_some_and(|x| lex.country_adjectives.contains_key(&x.lower)) {
        of = doc.country_of_adjective(&doc.tokens[k].lower);
        unnamed_country = of.is_none();
        k += 1;
    } else if let Some((e, c)) = super::names::two_word_adjective(doc, lex, k) {
        // ("the South Sudanese leader", "the Puerto Rican governor")
        of = doc.named_country(&lex.countries[c].iso2);
        unnamed_country = of.is_none();
        k = e;
    } else if k > t && k + 1 < limit && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && super::names::title_at(doc, k + 1, limit).is_some() && super::names::title_at(doc, k, limit).is_none() {
        // (not a title's own first word: "the Prime Minister" is no modified "minister", which
        // an "Environment Minister" named before would hold)
        // "the Democratic nominee": a capitalised modifier that names no actor
        // ("the Commission president" after "the European Commission": the one body named
        // before with that head word is what the office is of)
        of = org_by_bare_head(doc, k);
        modified = of.is_none();
        k += 1;
    }
    if k == t || k >= limit {
        return None;
    }
    let (mut end, head) = super::names::title_at(doc, k, limit)?;
    // "Russian President Vladimir Putin" is a title before a name, not a description
    if ctx.tok_mention.get(end).copied().flatten().is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
        return None;
    }
    let mut head = head.to_lowercase();
    // ("The head of state noted …": the state's president or monarch, as agencies call him)
    if head == "head" && end == k + 1 && end + 2 <= limit && doc.tokens[end].lower == "of" && doc.tokens[end + 1].lower == "state" {
        end += 2;
        head = "head of state".to_string();
    }
    // (the roles with that head, found once for the questions below)
    // ("the Justice Secretary" after "Its general secretary, Jane Roe": a capitalised modifier
    // that names no body is the office's own word, so a holder written with other words before
    // the head holds another office; one written with the head alone may still be meant)
    // (the same for a title's own first word, "the Education Secretary": a portfolio)
    let portfolio = || (end > k + 1 && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && !head.starts_with(doc.tokens[k].lower.as_str())).then(|| doc.tokens[k].lower.as_str());
    let modifier = if modified { Some(doc.tokens[k - 1].lower.as_str()) } else { portfolio() };
    let own_word = |r: &crate::model::Role| {
        let title = r.title.to_lowercase();
        let words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty() && *w != "former").collect();
        // (and "the Justice Secretary" is the one in office, not "the former justice secretary")
        modifier.is_none_or(|m| !r.former && (words.len() <= 1 || words.contains(&m)))
    };
    let heads: Vec<&crate::model::Role> = doc.roles.iter().filter(|r| holds_head(doc, r, &head) && own_word(r)).collect();
    let holders = |fits: &dyn Fn(&crate::model::Role) -> bool| {
        let mut uniq: Vec<usize> = heads.iter().filter(|r| fits(r)).map(|r| r.holder).collect();
        uniq.sort_unstable();
        uniq.dedup();
        uniq
    };
    // ("The chairperson of the Harbor Union said": a body named after the title is whose
    // office it is; a holder of that title elsewhere is not meant)
    let after = end + usize::from(doc.tokens.get(end + 1).is_some_and(|x| x.lower == "the"));
    let named_after = doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "of" | "at" | "for"))
        && ctx.tok_mention.get(after + 1).copied().flatten().is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Organization | EntityKind::Country));
    if named_after {
        return None;
    }
    // ("the Kremlin leader": a body that stands for a state names that state's office)
    let state = of.and_then(|o| doc.entities[o].stands_for);
    let fits_of = |r: &crate::model::Role| match of {
        None => !(unnamed_country && r.of.is_some()),
        Some(_) => r.of == of || state.is_some() && r.of == state || r.of.is_some_and(|o| doc.entities[o].stands_for == of),
    };
    // ("Iran's Foreign Ministry spokesman": a holder of the office at a body of that state)
    let mut uniq = holders(&|r| fits_of(r) || of.is_some() && r.of.is_some_and(|o| super::statements::body_country(doc, o) == of));
    // "the GOP nominee" after "Republican nominee Jane Roe", whose role has no "of": the only
    // holder of that title whose organisation is unknown
    // (not one whose title was written with an "of" after it that named no body the story
    // knows: "Jane Roe, the president of the Vexmoor group," is no "Commission president")
    if uniq.is_empty() && of.is_some() {
        uniq = holders(&|r| r.of.is_none() && doc.tokens.get(doc.token_at(r.evidence.end)).is_none_or(|x| x.lower != "of"));
    }
    // "the president" after "President Jane Roe" and "former President Tom Poe": the one who
    // holds the office now
    // (and one named before the description: a president of a society named further on is
    // not yet known to the reader; not after a modifier that would choose among them, "the
    // Democratic nominee", nor for a title of several words, whose modifiers the roles' heads
    // do not keep: "the interior minister" is no earlier "Prime Minister")
    let at = doc.tokens[t].span.start;
    // ("the deputy minister" after "Deputy Foreign Minister X" and "Foreign Minister Y": a
    // title of several words is the one named before whose written title has all its words)
    let words: Vec<&str> = (k..end).map(|x| doc.tokens[x].lower.as_str()).collect();
    let has_words = |r: &crate::model::Role| {
        let title = r.title.to_lowercase();
        let own: Vec<&str> = title.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
        words.iter().all(|w| own.contains(w))
    };
    if uniq.len() > 1 && !(t..k).any(|x| doc.tokens[x].lower == "former") {
        for fits in [&(|r: &crate::model::Role| !r.former && fits_of(r)) as &dyn Fn(&crate::model::Role) -> bool, &|r| !r.former && fits_of(r) && r.evidence.start < at && !modified && end == k + 1, &|r| !r.former && fits_of(r) && r.evidence.start < at && !modified && end > k + 1 && has_words(r)] {
            let now = holders(fits);
            if now.len() == 1 {
                uniq = now;
                break;
            }
        }
    }
    // (the one holder must be named before the description, or the description stand in the
    // opening paragraph: "The official said …" does not mean an official named further on)
    // (a description that names the holder's body or state, "Norway's prime minister", may
    // come first, in a standfirst or a list of key points)
    let known = |h: usize| of.is_some() || heads.iter().any(|r| r.holder == h && r.evidence.start < at) || doc.sentence_at(at).is_some_and(|s| doc.sentences[s].paragraph == 0);
    // ("A European diplomat, speaking on condition of anonymity, told … . “…,” the diplomat
    // said": one left unnamed with that noun since the holder was last named is meant)
    let noun = doc.tokens[end - 1].lower.as_str();
    // (one who speaks: a comma or a verb of saying after the noun; not "a prime minister can
    // be impeached")
    // ("According to a trade diplomat who followed the case, …": one introduced by "who")
    let speaks = |j: usize| doc.tokens.get(j + 1).is_some_and(|x| x.lower == "," || x.lower == "who" || Lexicon::get().cues.contains_key(&x.lower));
    let unnamed_since = |h: usize| unnamed_since(doc, h, noun, t, 0, speaks);
    // ("Labor Minister X … Industry Minister Y warned … . The minister said": of several
    // holders, the one named last, in this sentence or the one before, with no other holder
    // named after it)
    // ("The senior diplomat noted …": a word of standing alone before the head)
    let standing = end == k + 2 && matches!(doc.tokens[k].lower.as_str(), "senior" | "veteran" | "top" | "seasoned");
    if uniq.len() > 1 && of.is_none() && !modified && (end == k + 1 || standing) {
        let si = doc.sentence_at(at)?;
        // ("the diplomat", which news agencies use for whoever of the foreign service spoke
        // last, reaches back three sentences)
        let back = if head == "diplomat" { 3 } else { 1 };
        let from = doc.sentences[si.saturating_sub(back)].tokens.0;
        let last = doc.mentions.iter().filter(|m| m.span.end <= at && uniq.contains(&doc.actor_of(m.entity))).last()?;
        if doc.token_at(last.span.start) >= from {
            let h = doc.actor_of(last.entity);
            return (known(h) && !unnamed_since(h)).then_some((h, end));
        }
    }
    // ("Mr X claimed … . “…,” the former vice-president said": an office no one in the
    // article is named with as a former holder, held before by the person spoken of, as "he"
    // would be; "the former state premier" is no one named as a state premier now)
    if (t..end).any(|x| doc.tokens[x].lower == "former") && !heads.iter().any(|r| r.former && uniq.contains(&r.holder)) {
        return resolve_referent(doc, ctx, t, None, true, None).map(|e| (e, end));
    }
    // ("The deputy governor, …" after "Governor X": a rank below the office is not its holder)
    let lower_rank = words.iter().any(|w| matches!(*w, "deputy" | "vice" | "assistant" | "acting" | "junior" | "associate"));
    if lower_rank && uniq.len() == 1 && !heads.iter().any(|r| r.holder == uniq[0] && has_words(r)) {
        return None;
    }
    // ("Keir Starmer has said … . Speaking to broadcasters, the prime minister said …": an
    // office no one in the story is named with, as the subject of the sentence right after
    // one that a person named with no office opens, is that person, called by the office)
    // (and in the lede, the person named in full right after, when no holder of that office
    // was named before: "The home secretary has said … . Jane Roe told MPs …", whatever
    // "the shadow home secretary" named further on)
    if !modified && !lower_rank && !(t..end).any(|x| doc.tokens[x].lower == "former") && lex.titles.get(&head).is_some_and(|x| x.class == crate::lexicon::TitleClass::Office) {
        if let Some(p) = heads.is_empty().then(|| lede_subject(doc, t)).flatten().or_else(|| heads.iter().all(|r| r.evidence.start > at).then(|| lede_named_next(doc, t)).flatten()) {
            return Some((p, end));
        }
    }
    // ("Energy Minister Prince Jane Roe … . The prince declined …": a royal style, which is no
    // role of its own, names the one person written with it before)
    if heads.is_empty() && of.is_none() && !modified && end == k + 1 && lex.titles.get(&head).is_some_and(|x| x.class == crate::lexicon::TitleClass::Royal) {
        let mut styled: Vec<usize> = doc
            .mentions
            .iter()
            .filter(|m| m.span.end <= at && doc.entities[m.entity].kind == EntityKind::Person)
            .filter(|m| doc.token_at(m.span.start).checked_sub(1).is_some_and(|s| doc.tokens[s].lower == head))
            .map(|m| doc.actor_of(m.entity))
            .collect();
        styled.sort_unstable();
        styled.dedup();
        if styled.len() == 1 {
            return Some((styled[0], end));
        }
    }
    (uniq.len() == 1 && known(uniq[0]) && !unnamed_since(uniq[0])).then(|| (uniq[0], end))
}

/// The person who opens the sentence before the one at token `t`, when `t` opens its own
/// clause (the sentence's start, or after an opening phrase's comma) and that person holds no
/// role in the story.
fn lede_subject(doc: &Doc, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let (sa, _) = doc.sentences[si].tokens;
    if t != sa && doc.tokens[t - 1].lower != "," {
        return None;
    }
    let (pa, pb) = doc.sentences[si.checked_sub(1)?].tokens;
    let m = (pa..pb.min(pa + 2)).find_map(|j| doc.mention_at_token(j))?;
    let p = doc.actor_of(doc.mentions[m].entity);
    // (not one described otherwise there: "Ann Lee, a farmer, said …")
    let e = doc.token_at(doc.mentions[m].span.end);
    let described = doc.tokens.get(e).is_some_and(|x| x.lower == ",") && doc.tokens.get(e + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the" | "who"));
    (doc.entities[p].kind == EntityKind::Person && !described && doc.roles.iter().all(|r| r.holder != p)).then_some(p)
}

/// ("The home secretary has said France must … . Shabana Mahmood told MPs …": the opening
/// sentence of a story's first paragraphs names the office, the next one opens with the
/// holder's full name.) The person who opens the sentence after the one that token `t` opens,
/// named in two words or more, when that sentence is in the story's first three paragraphs
/// and the person holds no role in the story.
fn lede_named_next(doc: &Doc, t: usize) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    if t != doc.sentences[si].tokens.0 || doc.sentences[si].paragraph > 2 {
        return None;
    }
    let (na, _) = doc.sentences.get(si + 1)?.tokens;
    let m = doc.mention_at_token(na).filter(|&m| doc.mentions[m].span.start == doc.tokens[na].span.start)?;
    let p = doc.actor_of(doc.mentions[m].entity);
    let e = doc.token_at(doc.mentions[m].span.end);
    // (a name of two words or more, going on with its verb: not "Ann Lee, a farmer, said …")
    let full = doc.slice(doc.mentions[m].span).contains(' ');
    let verb = doc.tokens.get(e).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && Lexicon::get().cues.contains_key(&x.lower));
    (doc.entities[p].kind == EntityKind::Person && full && verb && doc.roles.iter().all(|r| r.holder != p)).then_some(p)
}

/// The person a one-word capitalised transcript label at token `t` stands for ("MINISTER:",
/// "PRESIDENT:", "HOST:"): the one present holder of a title with that head, or for the one
/// asking the questions ("HOST", "INTERVIEWER", "PRESENTER", "ANCHOR") the one person the
/// article says was spoken to or interviewed with before ("… spoke to Jane Roe on the
/// Morning Show": Roe asks).
pub fn label_holder(doc: &Doc, t: usize) -> Option<usize> {
    let head = doc.tokens.get(t)?.lower.as_str();
    let mut uniq: Vec<usize> = if matches!(head, "host" | "interviewer" | "presenter" | "anchor") {
        let at = doc.tokens[t].span.start;
        doc.mentions
            .iter()
            .filter(|m| m.span.end <= at && doc.entities[m.entity].kind == EntityKind::Person)
            .filter(|m| {
                let s = doc.token_at(m.span.start);
                s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "to" | "with" | "by") && matches!(doc.tokens[s - 2].lower.as_str(), "spoke" | "spoken" | "talked" | "talking" | "speaking" | "interviewed" | "interview" | "conversation")
            })
            .map(|m| doc.actor_of(m.entity))
            .collect()
    } else {
        doc.roles.iter().filter(|r| !r.former && holds_head(doc, r, head)).map(|r| r.holder).collect()
    };
    uniq.sort_unstable();
    uniq.dedup();
    (uniq.len() == 1).then(|| uniq[0])
}

/// Whether role `r` is an office a description headed by the lower-case `head` refers to:
/// the same head, a head ending in it ("foreign minister" for "minister"), or for "leader"
/// the head of a state or government (a chancellor only of a state that a chancellor leads:
/// Britain's chancellor is its finance minister).
fn holds_head(doc: &Doc, r: &crate::model::Role, head: &str) -> bool {
    if r.is_shadow() {
        return false;
    }
    let rh = r.head.to_lowercase();
    let leading_chancellor = || r.of.is_some_and(|o| matches!(doc.entities[o].country.as_deref(), Some("DE" | "AT")) && doc.entities[o].kind == EntityKind::Country);
    // ("the minister" after "Prime Minister X" and "Finance Minister Y" is the finance
    // minister: a prime minister is called so, never "the minister"; so is a chief minister
    // or his deputy, who heads an Indian state's government as a premier does)
    // ("Foreign Ministry spokeswoman X … “…,” the diplomat said": a diplomat is an envoy, an
    // ambassador, a foreign minister or a foreign ministry's spokesperson)
    let diplomat = || {
        matches!(rh.as_str(), "ambassador" | "envoy" | "special envoy" | "consul" | "foreign minister" | "deputy foreign minister" | "foreign secretary" | "ambassador-at-large")
            || matches!(rh.as_str(), "spokeswoman" | "spokesman" | "spokesperson")
                && (r.title.to_lowercase().contains("foreign") || r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Organization && doc.entities[o].name.to_lowercase().contains("foreign")))
    };
    // ("the NWA chief" after "X, the director general of the Nordic Water Agency (NWA)": the head of a body by
    // any of the titles a body's head bears)
    // (the written title: "director general" has the head "General")
    let body_head = || matches!(r.title.to_lowercase().as_str(), "director general" | "director-general" | "secretary general" | "secretary-general" | "executive director" | "chief executive" | "head");
    rh == head
        || head == "diplomat" && diplomat()
        || head == "head of state" && matches!(rh.as_str(), "president" | "king" | "queen" | "emir" | "monarch")
        // ("Commissioner for Human Rights X … the ombudsman said": a state's commissioner for
        // human rights is its ombudsman)
        || matches!(head, "ombudsman" | "ombudswoman" | "ombudsperson") && rh == "commissioner" && r.title.to_lowercase().contains("human rights")
        || head == "chief" && body_head()
        || rh.strip_suffix(head).is_some_and(|p| p.ends_with(' ') && !(head == "minister" && (p == "prime " || p.ends_with("chief "))))
        // ("Hong Kong's leader" after "Chief Executive John Lee", "Scotland's leader" after "First
        // Minister X": the head of a territory's or a devolved government)
        || head == "leader" && (matches!(rh.as_str(), "president" | "prime minister" | "premier" | "king" | "supreme leader" | "chief minister" | "first minister") || rh == "chancellor" && leading_chancellor() || rh == "chief executive" && r.title == "Chief Executive" && r.of.is_none_or(|o| doc.entities[o].kind != EntityKind::Organization))
        // ("the top US diplomat" after "Secretary of State X": the office that conducts a
        // state's foreign affairs, whatever it is called there)
        // (only of a known state: "Thailand's foreign minister" is no secretary of state of
        // no state named)
        || head == "foreign minister" && matches!(rh.as_str(), "secretary of state" | "foreign secretary") && r.of.is_some()
        // ("Justice Ann Lee … the judge said", "Magistrate X … the judge")
        || head == "judge" && matches!(rh.as_str(), "justice" | "chief justice" | "magistrate" | "chief magistrate")
        // ("Education Secretary X … the minister said": a secretary of a field in a cabinet is
        // a minister; not a union's general or branch secretary nor a press secretary)
        || head == "minister" && rh == "secretary" && r.title.to_lowercase().strip_suffix(" secretary").is_some_and(|p| !p.is_empty() && !p.contains(' ') && !matches!(p, "general" | "press" | "executive" | "permanent" | "private" | "parliamentary" | "cabinet" | "company" | "party" | "deputy" | "assistant" | "joint" | "first" | "second" | "under" | "national" | "principal" | "chief" | "shadow" | "branch" | "union" | "regional" | "district" | "county" | "local" | "club" | "association" | "council" | "board" | "committee"))
}

/// "both leaders", "the two presidents", "talks between the presidents" (`t` at the
/// determiner): the two holders of such an office mentioned last before `t`; a plain "the"
/// needs "between" before it, or exactly two holders. Returns them and the end token.
pub fn plural_description_at(doc: &Doc, t: usize, limit: usize) -> Option<(Vec<usize>, usize)> {
    let mut k = t + 1;
    let counted = match doc.tokens[t].lower.as_str() {
        "both" | "two" => true,
        "the" if doc.tokens.get(k).is_some_and(|x| x.lower == "two") => {
            k += 1;
            true
        }
        "the" => t > 0 && doc.tokens[t - 1].lower == "between",
        _ => return None,
    };
    let word = doc.tokens.get(k).filter(|x| k < limit && !x.cap && x.kind == TokenKind::Word)?;
    let head = word.lower.strip_suffix('s').filter(|h| h.len() > 2)?;
    let leader = head == "leader";
    if !leader && !Lexicon::get().titles.contains_key(head) {
        return None;
    }
    let at = doc.tokens[t].span.start;
    let mut holders: Vec<(usize, usize)> = Vec::new(); // (end of the last mention before `t`, holder)
    for r in doc.roles.iter().filter(|r| !r.former) {
        if !holds_head(doc, r, head) || holders.iter().any(|&(_, h)| h == r.holder) {
            continue;
        }
        if let Some(last) = doc.mentions.iter().filter(|m| m.entity == r.holder && m.span.end <= at).map(|m| m.span.end).max() {
            holders.push((last, r.holder));
        }
    }
    // ("a call between X and his counterpart, Y. … both leaders …": with fewer holders known,
    // the two people named last, in this sentence or the one before)
    if holders.len() < 2 && counted {
        let from = doc.sentence_at(at).and_then(|si| si.checked_sub(1)).map_or(0, |si| doc.sentences[si].span.start);
        holders.clear();
        for m in doc.mentions.iter().rev().filter(|m| m.span.end <= at && m.span.start >= from && doc.entities[m.entity].kind == EntityKind::Person) {
            if !holders.iter().any(|&(_, h)| h == m.entity) {
                holders.push((m.span.end, m.entity));
            }
        }
    }
    if holders.len() < 2 || !counted && holders.len() != 2 {
        return None;
    }
    holders.sort_unstable_by(|a, b| b.cmp(a));
    Some((vec![holders[0].1, holders[1].1], k + 1))
}

/// The actor phrase starting at token `t`: a name (after optional determiners, titles and
/// possessors), a pronoun, or a role description; "X and Y" gives both.
pub fn np_at(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    let mut np = np_one(doc, ctx, t, limit)?;
    // "X and Y"; "X, Y and Z" (names in a list closed by "and", an Oxford comma too)
    let mut listed: Vec<Np> = Vec::new();
    let mut k = np.end;
    while doc.tokens.get(k).is_some_and(|x| x.lower == ",") && listed.len() < 8 {
        let Some(item) = np_one(doc, ctx, k + 1, limit).filter(|i| !i.entities.is_empty() && ctx.tok_mention[k + 1].is_some()) else { break };
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
    (from..limit.min(from + 3)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.tok_mention[j].is_none()).find(|&j| {
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

/// "the junta", "the regime" (`t` at "the") after "Niger's military junta", "the Syrian
/// regime": the country named with that noun before, which the body rules. Returns it and
/// the end token.
fn ruling_body(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    const RULERS: &[&str] = &["junta", "regime"];
    let noun = doc.tokens.get(t + 1).filter(|x| t + 2 <= limit && doc.tokens[t].lower == "the" && RULERS.contains(&x.lower.as_str()))?;
    // the latest earlier "<country>('s) [adjective] junta" or "<country adjective> junta"
    (0..t).rev().filter(|&j| doc.tokens[j].lower == noun.lower).find_map(|j| {
        (j.saturating_sub(3)..j).rev().find_map(|k| {
            let by_mention = doc.mention_at_token(k).map(|m| doc.actor_of(doc.mentions[m].entity)).filter(|&e| doc.entities[e].kind == EntityKind::Country);
            by_mention.or_else(|| doc.country_of_adjective(&doc.tokens[k].lower))
        })
    }).map(|e| (e, t + 2))
}

/// "accused the opposition of …", "the opposition knows this" (`t` at "the"): the party the
/// article calls the opposition ("the main opposition Harbor Party", "opposition party X"),
/// else, where it names a ruling or governing party, the one other party it names. Returns it and
/// the end token. Not "the opposition leader" (a person) nor "the opposition's …".
fn opposition_at(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    if t + 2 > limit || doc.tokens[t].lower != "the" || doc.tokens[t + 1].lower != "opposition" {
        return None;
    }
    let lex = Lexicon::get();
    let mut end = t + 2;
    if doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "party" | "parties")) {
        end += 1;
    }
    // ("accused the opposition of …": the accusation's "of")
    let accused = t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "accused" | "accuses" | "accuse" | "accusing" | "blamed" | "blames" | "blaming" | "criticised" | "criticized") && doc.tokens.get(end).is_some_and(|x| x.lower == "of");
    if phrase_goes_on(doc, end) && !accused || doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && (lex.titles.contains_key(&x.lower) || lex.person_nouns.contains(&x.lower) || lex.speaker_nouns.contains(&x.lower))) {
        return None;
    }
    let before = doc.tokens[t].span.start;
    // (a word within three tokens before the name, or after it: "the ruling X", "X, which governs")
    let said_before = |m: &crate::model::Mention, words: &[&str]| {
        let (s, e) = (doc.token_at(m.span.start), doc.token_at(m.span.end));
        (s.saturating_sub(3)..s).chain(e..(e + 4).min(doc.tokens.len())).any(|j| words.contains(&doc.tokens[j].lower.as_str()))
    };
    let party = |m: &&crate::model::Mention| {
        let ent = &doc.entities[m.entity];
        ent.kind == EntityKind::Organization && (ent.name.split_whitespace().any(|w| w == "Party") || doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| x.lower == "party"))
    };
    let named = || doc.mentions.iter().take_while(|m| m.span.end <= before);
    let called = the_one(named().filter(|m| doc.entities[m.entity].kind == EntityKind::Organization && said_before(m, &["opposition"])).map(|m| doc.actor_of(m.entity)));
    let e = called.or_else(|| {
        let ruling: Vec<usize> = named().filter(|m| said_before(m, &["ruling", "governing", "governs", "rules"])).map(|m| m.entity).collect();
        // (only where the article says which party rules: a party named alone may as well be
        // the governing one, "The BJP won the vote … the Opposition would …")
        if ruling.is_empty() {
            return None;
        }
        the_one(named().filter(party).map(|m| m.entity).filter(|e| !ruling.contains(e)))
    })?;
    Some((e, end))
}

/// "A bench of Justices Jane Roe and Ann Poe said" (`t` at the determiner): the judges sit
/// as the court named before (the one organisation whose name's head is "court", or the last
/// named); the phrase runs over the judges' titles and names.
fn bench_of(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    if t + 3 >= limit || !matches!(doc.tokens[t].lower.as_str(), "a" | "the") || doc.tokens[t + 1].lower != "bench" || doc.tokens[t + 2].lower != "of" {
        return None;
    }
    let court = headed_before(doc, doc.tokens[t].span.start, "court", false).last()?;
    // the judges: capitalised words, initials, "and" and commas
    let mut end = t + 3;
    while end < limit && (doc.tokens[end].cap || matches!(doc.tokens[end].lower.as_str(), "and" | "," | "." | "-") && doc.tokens.get(end + 1).is_some_and(|x| x.cap)) {
        end += 1;
    }
    (end > t + 3).then_some((court, end))
}

/// "the agency", "the ministry", "the bank" (`t` at "the"): the one organisation mentioned
/// before `t` whose name's last word is that head noun, if there is exactly one.
pub(crate) fn org_by_head(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    org_by_head_in(doc, t, limit, false)
}

/// As [`org_by_head`]; with `topic` (what a statement is about, not who speaks or is asked),
/// the head may be a capitalised organisation word ("said the Commission had acted": the one
/// commission named before). (Not a possessive: the example gold leaves "the alliance's
/// commitment" in a writer's aside out.)
fn org_by_head_in(doc: &Doc, t: usize, limit: usize, topic: bool) -> Option<(usize, usize)> {
    // ("this council" in what someone says to it, too)
    if t + 2 > limit || !matches!(doc.tokens[t].lower.as_str(), "the" | "this") {
        return None;
    }
    // "the 27-nation bloc": a count of members before the head
    let counted = |j: usize| doc.tokens[j].kind == TokenKind::Number || doc.tokens[j].lower == "-" || doc.tokens[j].lower.starts_with(|c: char| c.is_ascii_digit()) || matches!(doc.tokens[j].lower.as_str(), "nation" | "member" | "country" | "state");
    // ("the medical charity", "the rights group": up to two lower-case modifiers before a
    // generic noun for a body, which no name ends in)
    // ("the country's media regulator": the story's own country before them, no other body)
    let m0 = if doc.tokens[t].lower == "the" && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "country" | "nation")) && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) { t + 2 } else { t };
    // ("the regional bloc", "the trade bloc": a union of states named by a lower-case modifier
    // and its head, as "the bloc")
    let modified = (m0 + 2..limit.min(m0 + 4)).find(|&j| GENERIC_BODIES.contains(&doc.tokens[j].lower.as_str()) || matches!(doc.tokens[j].lower.as_str(), "bloc" | "grouping")).filter(|&j| {
        let lex = Lexicon::get();
        (m0 + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].cap && !lex.stopwords.contains(&doc.tokens[k].lower) && !lex.cues.contains_key(&doc.tokens[k].lower) && !lex.titles.contains_key(&doc.tokens[k].lower) && !GENERIC_BODIES.contains(&doc.tokens[k].lower.as_str()))
    });
    let h = modified.or_else(|| (t + 1..limit.min(t + 5)).find(|&j| !counted(j)).filter(|&j| j == t + 1 || matches!(doc.tokens[j].lower.as_str(), "bloc" | "grouping")))?;
    // ("The Commission must bar him": a capitalised head that no rule took for a name of its
    // own is the short form of the one body named before with that head)
    let head = doc.tokens.get(h).filter(|x| x.kind == TokenKind::Word && (!x.cap || (topic || h == t + 1 && doc.mention_at_token(h).is_none()) && Lexicon::get().org_words.contains(doc.slice(x.span))) && x.lower.len() > 3)?.lower.as_str();
    // the head must end the phrase: "the bank's chief" names the chief, "the union leaders"
    // the leaders, "the council of elders" another council ("the tribunal to rule", "the
    // agency announced" end it)
    let lex = Lexicon::get();
    // ("accused the union of refusing …": the accusation's "of", not the body's)
    let accused = t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "accused" | "accuses" | "accuse" | "accusing" | "suspected" | "suspects" | "blamed" | "blames" | "criticised" | "criticized" | "praised" | "thanked");
    if doc.tokens.get(h + 1).is_some_and(|x| {
        x.kind == TokenKind::Word && (x.cap || matches!(x.lower.as_str(), "'s" | "of" | "for" | "on") && !(accused && matches!(x.lower.as_str(), "of" | "for")) || lex.titles.contains_key(&x.lower) || lex.speaker_nouns.contains(&x.lower) || lex.person_nouns.contains(&x.lower))
    }) {
        return None;
    }
    let before = doc.tokens[t].span.start;
    // (asked for every "the" against every organisation named before it: no allocation for
    // the common, ASCII case)
    // ("the bench" of judges: the court named before)
    // ("the justices" of the court named before)
    let head = if head == "bench" || head == "justices" { "court" } else { head };
    // ("the Ministry of Housing … The department said": a ministry is a department of state;
    // not for a topic, where "the department" is as often the speaker's own)
    // ("Estonia's Police and Border Guard Board … the agency said": a board, service,
    // authority or directorate of state is an agency too, as is "the Federal Aviation
    // Administration"; "The Oslo Times … the newspaper
    // said": a paper is named by a word for one)
    let paper = matches!(head, "newspaper" | "daily" | "tabloid");
    // ("The Commerce Department … China's Ministry of Commerce … urged the department to …": a
    // body named a department before is meant over any ministry)
    let department_named = head == "department" && !topic && doc.mentions.iter().take_while(|m| m.span.end <= before).any(|m| {
        let ent = &doc.entities[m.entity];
        ent.kind == EntityKind::Organization && ent.name.contains(' ') && name_head(&ent.name).is_some_and(|w| w.eq_ignore_ascii_case("department"))
    });
    // ("the International Shipping Agency … a Board of Governors meeting … according to the
    // agency": a body named an agency before is meant over any board, service or authority)
    let agency_named = head == "agency" && !topic && doc.mentions.iter().take_while(|m| m.span.end <= before).any(|m| {
        let ent = &doc.entities[m.entity];
        ent.kind == EntityKind::Organization && ent.name.contains(' ') && name_head(&ent.name).is_some_and(|w| w.eq_ignore_ascii_case("agency"))
    });
    let same_word = |w: &str| if w.is_ascii() {
        w.eq_ignore_ascii_case(head) || !topic && head == "department" && !department_named && w.eq_ignore_ascii_case("ministry")
            || !topic && head == "agency" && !agency_named && ["board", "service", "authority", "directorate", "inspectorate", "bureau", "administration"].iter().any(|x| w.eq_ignore_ascii_case(x))
            || paper && NEWSPAPER_HEADS.iter().any(|p| w.eq_ignore_ascii_case(p))
            // ("The Vexmoor Navy has awarded … a contract, the service announced": an armed
            // service is taken up as "the service")
            || !topic && head == "service" && ["army", "navy", "force", "corps", "guard"].iter().any(|x| w.eq_ignore_ascii_case(x))
    } else { crate::lexicon::fold(w) == head };
    let named_so = |m: &&crate::model::Mention| {
        let ent = &doc.entities[m.entity];
        // ("the bloc", "the grouping": a union of states the story named, whatever its name
        // ends in)
        ent.kind == EntityKind::Organization
            && (matches!(head, "bloc" | "grouping") && BLOCS.contains(&crate::lexicon::fold(&ent.name).as_str())
                || head == "alliance" && ALLIANCES.contains(&crate::lexicon::fold(&ent.name).as_str())
                // ("the United Auto Workers … the union said": a trades union named by whom it
                // organises)
                || head == "union" && trades_union_name(&ent.name)
                || ent.name.contains(' ') && name_head(&ent.name).is_some_and(same_word)
                // (a body known by its initials, named in full here: "the Relief Agency for
                // Refugees (RAR)" is "the agency")
                || !ent.name.contains(' ') && { let t = doc.slice(m.span); t.contains(' ') && name_head(t).is_some_and(same_word) }
                // (named with a noun for a body after it: "the GDL union", "the ruling Sindo
                // party"; not "the NYPD escort", "the Bloomberg poll")
                || BODY_NOUNS.contains(&head) && doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && same_word(&x.lower))
                // (or, as the one asked, with that noun right before it: "the drivers' union
                // Vorta … called on the union to …"; as a topic it is often the speaker's own)
                || !topic && BODY_NOUNS.contains(&head) && doc.token_at(m.span.start).checked_sub(1).map(|k| &doc.tokens[k]).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && same_word(&x.lower))
                // (or as the writer called it in a sentence it opens: "SAG-AFTRA has told
                // advertisers it will strike …, the union said")
                || head == "union" && called_by_noun(doc, m, head))
    };
    // ("The Vexmoor Nurses Organisation … I'd encourage the union to …": where no body is
    // called a union by its name or by the writer, a body of members named by its kind, an
    // organisation, guild, federation, association or professional college, is the union)
    let union_named = head == "union" && doc.mentions.iter().take_while(|m| m.span.end <= before).any(|m| named_so(&m));
    let fits = |m: &&crate::model::Mention| named_so(m) || head == "union" && !union_named && doc.entities[m.entity].kind == EntityKind::Organization && members_body_name(&doc.entities[m.entity].name);
    let before_t = || doc.mentions.iter().take_while(|m| m.span.end <= before).filter(fits);
    let Some(last) = before_t().last() else {
        return GENERIC_BODIES.contains(&head).then(|| group_before(doc, t, head)).flatten().map(|e| (e, h + 1));
    };
    // (a modifier before a generic noun names another body than the one named before; before
    // "bloc" it is the union of states named before: "the regional bloc", "the trade bloc")
    if modified.is_some() && !matches!(head, "bloc" | "grouping") {
        return None;
    }
    // ("Defence Ministry reports …" in a headline, "the Russian Defence Ministry said" below:
    // a body named alike, or with its state's adjective before the same words, is the same)
    let alike = |a: &str, b: &str| a == b || a.len() > b.len() && a.ends_with(b) && a.as_bytes()[a.len() - b.len() - 1] == b' ';
    let other = |m: &&crate::model::Mention| {
        let (a, b) = (&doc.entities[m.entity].name, &doc.entities[last.entity].name);
        // (not for a topic, where "the ministry" is as often the speaker's own: "Health
        // minister X … He said the ministry would …")
        m.entity != last.entity && !alike(a, b) && !alike(b, a) && (topic || !same_portfolio(a, b) && !same_portfolio(b, a))
    };
    if !before_t().any(|m| other(&m)) {
        return Some((last.entity, h + 1));
    }
    // several: the one named in this sentence or the one before, when the others are not
    let si = doc.sentence_at(before)?;
    let recent = |m: &crate::model::Mention| doc.sentence_at(m.span.start).is_some_and(|s| s + 1 >= si);
    if recent(last) && before_t().filter(other).all(|m| !recent(m)) {
        return Some((last.entity, h + 1));
    }
    // (a paper: the one that opens the sentence before, its subject, not another named inside
    // it: "The Oslo Times, which is owned by the Bergen Daily, struck a harsher note.
    // … the newspaper said")
    if paper && si > 0 {
        let (pa, _) = doc.sentences[si - 1].tokens;
        let opens = |m: &crate::model::Mention| (pa..pa + 2).any(|j| doc.tokens.get(j).is_some_and(|x| x.span.start == m.span.start));
        if let Some(m) = before_t().find(|m| opens(m)) {
            return Some((m.entity, h + 1));
        }
    }
    // (or the one named in this paragraph, when the others were named in paragraphs before:
    // "Azerbaijan's Ministry of Defence gave another account. … The ministry denied …" after
    // Armenia's ministry spoke in the first paragraph)
    let para = |m: &crate::model::Mention| doc.sentence_at(m.span.start).map(|x| doc.sentences[x].paragraph);
    let here = doc.sentences[si].paragraph;
    if para(last) == Some(here) && before_t().filter(other).all(|m| para(m) != Some(here)) {
        return Some((last.entity, h + 1));
    }
    // (or the one named in the two paragraphs before, when the others were named further up
    // still: "The Royal College of Nursing says … / Its general secretary said: "…" / The union
    // called on the government to …", the BMA named in an entry an hour before; not for a
    // topic, where a body named a paragraph up is as often another's)
    if topic {
        return None;
    }
    let near = |m: &crate::model::Mention| para(m).is_some_and(|p| p + 2 >= here);
    let lp = para(last)?;
    (near(last) && before_t().filter(other).all(|m| para(m).is_some_and(|p| p + 2 < lp))).then_some((last.entity, h + 1))
}

/// "Japan's health ministry" and "the Ministry of Health, Labor and Welfare", "the Defense
/// Department" and "the Department of Defense": a ministry or department named by its
/// portfolio before the head (`a`) and after "Ministry of" (`b`) is one body, which "the
/// ministry" takes up as it would one name.
fn same_portfolio(a: &str, b: &str) -> bool {
    let mut words = a.rsplit(' ');
    let (Some(h), Some(p)) = (words.next(), words.next()) else { return false };
    if !h.eq_ignore_ascii_case("ministry") && !h.eq_ignore_ascii_case("department") || p.len() < 3 {
        return false;
    }
    let rest = b.get(h.len()..).filter(|_| b.get(..h.len()).is_some_and(|x| x.eq_ignore_ascii_case(h))).and_then(|r| r.strip_prefix(" of "));
    rest.and_then(|r| r.get(..p.len()).filter(|x| x.eq_ignore_ascii_case(p)).map(|_| &r[p.len()..])).is_some_and(|r| r.is_empty() || r.starts_with([' ', ',']))
}

/// The body of mention `m` opens its sentence (after "The" perhaps), which a comma, "the" and
/// `head` before a cue of saying end: "SAG-AFTRA has told advertisers it will strike unless
/// …, the union said Thursday" (the writer calls that body by that noun).
fn called_by_noun(doc: &Doc, m: &crate::model::Mention, head: &str) -> bool {
    let Some(si) = doc.sentence_at(m.span.start) else { return false };
    let (a, b) = doc.sentences[si].tokens;
    let s = doc.token_at(m.span.start);
    if s != a && !(s == a + 1 && doc.tokens[a].lower == "the") {
        return false;
    }
    let lex = Lexicon::get();
    (doc.token_at(m.span.end) + 2..b.saturating_sub(1)).any(|k| {
        doc.tokens[k].lower == head && doc.tokens[k - 1].lower == "the" && doc.tokens[k - 2].lower == "," && lex.cues.get(&doc.tokens[k + 1].lower).is_some_and(|c| matches!(c.lemma, "say" | "add" | "tell" | "announce"))
    })
}

/// A body of members named by its kind ("Vexmoor Nurses Organisation", "Screen Writers Guild",
/// "Association of Salaried Medical Specialists", "Royal College of Nursing"): a story may take
/// it up as "the union" (a college only with "of": a professional body, not a school).
fn members_body_name(name: &str) -> bool {
    name.contains(' ') && name_head(name).is_some_and(|w| {
        ["organisation", "organization", "guild", "federation", "association", "syndicate", "confederation"].iter().any(|x| w.eq_ignore_ascii_case(x)) || w.eq_ignore_ascii_case("college") && name.contains(" of ")
    })
}

/// A name a trades union goes by that does not end in "Union": one of whom it organises
/// ("United Auto Workers", "National Union of Mineworkers" has its head already), of trade
/// unions together ("Congress of South African Trade Unions"), or a German industrial union's
/// ("IG Metall", "IG BCE": "IG" for Industriegewerkschaft); not a workers' party.
fn trades_union_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("").trim_end_matches('\'');
    name.contains(' ') && !last.eq_ignore_ascii_case("party")
        && (last.ends_with("workers") || last.ends_with("Workers") || matches!(last, "Employees" | "Teamsters" | "Unions") || name.starts_with("IG ") || name.contains("Trade Unions") || name.contains("Trades Union"))
}

/// A capitalised organisation word at `t` that is no name of its own, used as a modifier
/// ("A Commission spokesperson", "a Ministry official"): the one organisation named before
/// whose name's head it is.
pub(crate) fn org_by_bare_head(doc: &Doc, t: usize) -> Option<usize> {
    let x = doc.tokens.get(t).filter(|x| x.cap && x.kind == TokenKind::Word && doc.mention_at_token(t).is_none())?;
    let word = doc.slice(x.span);
    if !Lexicon::get().org_words.contains(word) {
        return None;
    }
    let mut found = headed_before(doc, x.span.start, word, true);
    let first = found.next()?;
    found.all(|e| e == first).then_some(first)
}

/// Token `j` is the bare apostrophe of a possessive written against the word before ("Belarus'
/// defence ministry"): an apostrophe the quotation pass left a word, no quotation mark.
pub(crate) fn bare_apostrophe(doc: &Doc, j: usize) -> bool {
    j > 0 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && matches!(t.lower.as_str(), "'" | "\u{2019}") && t.span.start == doc.tokens[j - 1].span.end)
}

/// Lower-case nouns for a state body or party that modify a title or a spokesperson ("a
/// ministry spokesman", "commission spokesman X"; "a police spokesperson" after "Brussels
/// police said …", the one police force named before; "an airport spokesperson" after "Halden
/// Airport has confirmed …", the airport that spoke as a body).
const LOWER_BODY_HEADS: &[&str] = &["ministry", "department", "agency", "commission", "council", "court", "embassy", "party", "union", "police", "airport"];

/// A lower-case noun for a body at `t` used as a modifier ("a ministry spokesman", "the
/// ministry's spokeswoman"; `LOWER_BODY_HEADS`): the one organisation of several words named
/// before whose name's head it is ("Chinese defence ministry").
pub(crate) fn org_by_lower_head(doc: &Doc, t: usize) -> Option<usize> {
    let x = doc.tokens.get(t).filter(|x| !x.cap && x.kind == TokenKind::Word && LOWER_BODY_HEADS.contains(&x.lower.as_str()) && doc.mention_at_token(t).is_none())?;
    let mut found = headed_before(doc, x.span.start, &x.lower, true);
    let first = found.next()?;
    if found.all(|e| e == first) {
        return Some(first);
    }
    // ("Georgia's foreign ministry summoned the ambassador …, a ministry spokesman said",
    // another ministry named paragraphs before: the one named in this sentence, when no
    // other is)
    let si = doc.sentence_at(x.span.start)?;
    let here = |m: &crate::model::Mention| doc.sentence_at(m.span.start) == Some(si);
    let mut named_here = doc.mentions.iter().take_while(|m| m.span.end <= x.span.start).filter(|m| here(m)).map(|m| m.entity).filter(|&e| {
        let ent = &doc.entities[e];
        ent.kind == EntityKind::Organization && ent.name.contains(' ') && name_head(&ent.name).is_some_and(|h| h.eq_ignore_ascii_case(&x.lower))
    });
    let one = named_here.next()?;
    named_here.all(|e| e == one).then_some(one)
}

/// The organisations mentioned before byte `before` whose name's head is `word` ("court" for
/// "the Anti-Corruption Court"), one per mention in text order; with `several_words`, only
/// names of more than one word.
fn headed_before<'d>(doc: &'d Doc, before: usize, word: &'d str, several_words: bool) -> impl Iterator<Item = usize> + 'd {
    doc.mentions.iter().take_while(move |m| m.span.end <= before).map(|m| m.entity).filter(move |&e| {
        let ent = &doc.entities[e];
        ent.kind == EntityKind::Organization && (!several_words || ent.name.contains(' ')) && name_head(&ent.name).is_some_and(|h| h.eq_ignore_ascii_case(word))
    })
}

/// The head noun of an organisation's name: the word before "of" ("Bank of England",
/// "Ministry of Defence"), else the last word ("Harbor Port Authority").
pub(crate) fn name_head(name: &str) -> Option<&str> {
    // ("Reserve Bank of India": the word right before "of"; "Relief Agency for Refugees in
    // the Near East": before "for")
    // (the phrases looked for byte by byte, at the spaces only: asked for every organisation
    // named before each "the", where a string searcher's set-up cost more than the search)
    let first = &name[..first_phrase(name, b" of ").unwrap_or(name.len())];
    first[..first_phrase(first, b" for ").unwrap_or(first.len())].rsplit(' ').next()
}

/// Where the first `phrase` (which opens with a space) starts in `s`, as `s.find` gives it.
fn first_phrase(s: &str, phrase: &[u8]) -> Option<usize> {
    let b = s.as_bytes();
    (0..(b.len() + 1).saturating_sub(phrase.len())).find(|&i| b[i] == b' ' && b[i..i + phrase.len()] == *phrase)
}

#[cfg(test)]
#[test]
fn name_heads_are_those_the_string_search_gives() {
    let by_split = |name: &str| {
        let first = name.split_once(" of ").map_or(name, |(first, _)| first);
        first.split_once(" for ").map_or(first, |(first, _)| first).rsplit(' ').next().map(str::to_string)
    };
    for name in ["Reserve Bank of India", "Relief Agency for Refugees in the Near East", "Agency", "", " of ", "of", "X for of Y", "Bank for International Settlements of Basel", "Bank of", "Fund for", "Café Équipe of Zürich", "A  of  B", "Office of the Prime Minister for Asia"] {
        assert_eq!(name_head(name).map(str::to_string), by_split(name), "{name:?}");
    }
}

/// "the company", "the firm" in what is said (`t` at "the"): the one company the article
/// named before, a name ending in a word of commerce or a legal designator ("Harbor Port
/// Holdings", "Quillmart Inc"); none where two are named. A topic only.
fn company_topic(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    company_named_before(doc, t, limit, false)
}

/// "called on the company to …" (`t` at "the"): the one asked, as [`company_topic`] finds it,
/// or a name ending in "Co" ("Halden Motors Co."; as a topic, "said the company would …" in
/// the words of its own officer, the example gold leaves it out).
pub(crate) fn company_asked(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    company_named_before(doc, t, limit, true)
}

fn company_named_before(doc: &Doc, t: usize, limit: usize, co: bool) -> Option<(usize, usize)> {
    const COMMERCE: &[&str] = &["holdings", "group", "company", "corporation", "corp", "inc", "ltd", "limited", "plc", "sa", "ag", "gmbh", "nv", "bv", "spa", "llc", "industries", "airlines", "airways", "motors", "technologies", "partners", "capital", "investments", "shipping", "logistics", "pharmaceuticals", "enterprises", "ventures", "resources", "petroleum", "mining", "telecom", "foods"];
    doc.tokens.get(t + 1).filter(|x| t + 2 <= limit && matches!(x.lower.as_str(), "company" | "firm") && !x.cap)?;
    // (the phrase ends there: not "the company's chief", "the company of …")
    if phrase_goes_on(doc, t + 2) {
        return None;
    }
    only_named_before(doc, t, |ent| {
        let last = crate::lexicon::fold(&ent.name);
        ent.kind == EntityKind::Organization && last.rsplit(' ').next().is_some_and(|w| { let w = w.trim_end_matches('.'); COMMERCE.contains(&w) || co && w == "co" }) && last.contains(' ')
    })
    .map(|e| (e, t + 2))
}

/// "the iPhone maker", "the US tech giant", "the carmaker" (`t` at "the"): a company's epithet
/// is the company named last (not a public body: "Apple was fined by the European Commission.
/// The tech giant said …"), as "the company" is (`statements::body_description`).
pub(crate) fn company_epithet(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    let head = |w: &str| matches!(w, "maker" | "giant" | "conglomerate") || super::statements::COMPANY_TRADES.contains(&w);
    if doc.tokens[t].lower != "the" {
        return None;
    }
    let lex = Lexicon::get();
    // (a country may name where the company is from: "the US tech giant")
    let country = |j: usize| doc.mention_at_token(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Country);
    // ("The German-owned company said", "the Seoul-based firm", "the Dutch company": plain
    // "company" or "firm" is an epithet too where what comes before it says where the company
    // is from, owned or based, not which one among others, "the parent company", "the rival
    // firm")
    let whence = |j: usize| {
        let w = doc.tokens[j].lower.as_str();
        doc.tokens[j].kind == TokenKind::Word && (country(j) || lex.country_adjectives.contains_key(w) || w.split_once('-').is_some_and(|(a, b)| !a.is_empty() && matches!(b, "owned" | "based" | "run" | "listed" | "headquartered")))
    };
    let h = (t + 1..limit.min(t + 5)).find(|&h| (head(&doc.tokens[h].lower) || matches!(doc.tokens[h].lower.as_str(), "company" | "firm") && h > t + 1 && (t + 1..h).all(whence)) && !doc.tokens[h].cap)?;
    let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && (!lex.stopwords.contains(&doc.tokens[j].lower) || country(j)) && !lex.cues.contains_key(&doc.tokens[j].lower) && !head(&doc.tokens[j].lower);
    if !(t + 1..h).all(plain) || phrase_goes_on(doc, h + 1) {
        return None;
    }
    super::statements::organisation_named_before(doc, doc.tokens[t].span.start, true).map(|e| (e, h + 1))
}

/// "the electoral commission announced …" in the lede, "Electoral Commission of Namibia
/// chairperson X" below (`span` the unnamed speaker's words): "the" and two or three
/// lower-case words that stand together in the name of exactly one organisation the article
/// names, wherever it names it, are that organisation.
pub(crate) fn body_named_in_full(doc: &Doc, span: Span) -> Option<usize> {
    let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
    let lex = Lexicon::get();
    if b < a + 3 || b > a + 4 || doc.tokens[a].lower != "the" || !(a + 1..b).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !lex.stopwords.contains(&doc.tokens[j].lower)) {
        return None;
    }
    let words: Vec<&str> = (a + 1..b).map(|j| doc.tokens[j].lower.as_str()).collect();
    let holds = |e: &Entity| {
        let name: Vec<String> = e.name.split_whitespace().map(crate::lexicon::fold).collect();
        name.windows(words.len()).any(|w| w.iter().zip(&words).all(|(x, y)| x == y))
    };
    the_one(doc.mentions.iter().map(|m| doc.actor_of(m.entity)).filter(|&e| doc.entities[e].kind == EntityKind::Organization && holds(&doc.entities[e])))
}

/// A capitalised word, "'s" or "of" at `k` carries on the noun phrase before it ("the
/// company's chief", "the board of …", "the company Quillmart"): it does not end at `k`.
fn phrase_goes_on(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word && (x.cap || matches!(x.lower.as_str(), "'s" | "of")))
}

/// The one actor that `fits`, among those mentioned before token `t`; none when two fit.
fn only_named_before(doc: &Doc, t: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
    let before = doc.tokens[t].span.start;
    the_one(doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| doc.actor_of(m.entity)).filter(|&e| fits(&doc.entities[e])))
}

/// The one entity `found` gives (however often), none when it gives none or two.
pub(crate) fn the_one(mut found: impl Iterator<Item = usize>) -> Option<usize> {
    let first = found.next()?;
    found.all(|e| e == first).then_some(first)
}

/// "the board" (`t` at "the"): the organisation whose board the article named last before
/// ("the Harbor board", "Harbor's board", "the board of shipping group Harbor Holdings").
/// ("the delegation" after "The European Union's delegation in Belgrade said" alike: the body
/// or state whose delegation was named)
fn board_owner(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    let word = doc.tokens.get(t + 1).filter(|x| t + 2 <= limit && matches!(x.lower.as_str(), "board" | "delegation") && !x.cap && doc.tokens[t].lower == "the")?.lower.as_str();
    let state_too = word == "delegation";
    // (the phrase ends there: not "the board's chair", "the board of …")
    if phrase_goes_on(doc, t + 2) {
        return None;
    }
    // (the organisation a mention at token `k` names; with `ending`, a mention that ends there)
    let org = |k: usize, ending: bool| {
        doc.mention_at_token(k)
            .filter(|&m| !ending || doc.mentions[m].span.end == doc.tokens[k].span.end)
            .map(|m| doc.actor_of(doc.mentions[m].entity))
            .filter(|&e| doc.entities[e].kind == EntityKind::Organization || state_too && doc.entities[e].kind == EntityKind::Country)
    };
    (0..t).rev().filter(|&j| doc.tokens[j].lower == word).find_map(|j| {
        let p = if j >= 1 && doc.tokens[j - 1].lower == "'s" { j - 1 } else { j };
        if let Some(e) = p.checked_sub(1).and_then(|q| org(q, true)) {
            return Some(e);
        }
        if doc.tokens.get(j + 1).is_some_and(|x| x.lower == "of") {
            let lex = Lexicon::get();
            let k = (j + 2..(j + 7).min(t)).find(|&k| doc.tokens[k].cap || doc.tokens[k].kind != TokenKind::Word || lex.stopwords.contains(&doc.tokens[k].lower) && doc.tokens[k].lower != "the")?;
            return org(k, false);
        }
        None
    }).map(|e| (e, t + 2))
}

/// "the county" (`t` at "the"; "the district", "the province"): the one place named before
/// whose name ends in that word ("Larch County"), when the phrase ends there.
fn place_by_head(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    let head = doc.tokens.get(t + 1).filter(|x| t + 2 <= limit && doc.tokens[t].lower == "the" && !x.cap && matches!(x.lower.as_str(), "county" | "district" | "province" | "prefecture" | "municipality" | "canton"))?;
    if phrase_goes_on(doc, t + 2) {
        return None;
    }
    only_named_before(doc, t, |ent| ent.kind == EntityKind::Place && ent.name.contains(' ') && ent.name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(&head.lower))).map(|e| (e, t + 2))
}

/// "group calling itself Night Heron", "a militia known as X", "a charity called X" (`h` at the
/// noun): the organisation so named, and the end token of its name.
pub(crate) fn self_named(doc: &Doc, h: usize) -> Option<(usize, usize)> {
    let k = match doc.tokens.get(h + 1)?.lower.as_str() {
        "calling" | "calls" if doc.tokens.get(h + 2).is_some_and(|x| x.lower == "itself" || x.lower == "themselves") => h + 3,
        "called" | "named" => h + 2,
        "known" if doc.tokens.get(h + 2).is_some_and(|x| x.lower == "as") => h + 3,
        _ => return None,
    };
    let m = doc.mention_at_token(k).filter(|&m| doc.mentions[m].span.start == doc.tokens.get(k).map_or(0, |x| x.span.start))?;
    let e = doc.actor_of(doc.mentions[m].entity);
    (doc.entities[e].kind == EntityKind::Organization).then(|| (e, doc.token_at(doc.mentions[m].span.end)))
}

/// Nouns written after a body's name that a story takes it up with ("the GDL union … the
/// union").
pub(super) const BODY_NOUNS: &[&str] = &["union", "party", "militia", "movement", "coalition", "alliance", "federation", "association", "company", "firm", "group", "network", "broadcaster", "newspaper", "agency"];

/// Generic nouns for a body that a story uses to take up an organisation it named ("the
/// group", "the charity").
const GENERIC_BODIES: &[&str] = &["group", "charity", "regulator", "agency", "watchdog"];

/// Last words of newspapers' names ("Oslo Times", "Bergen Daily"), which "the newspaper"
/// takes up.
const NEWSPAPER_HEADS: &[&str] = &["times", "post", "daily", "herald", "journal", "tribune", "gazette", "telegraph", "guardian", "observer", "chronicle", "mail", "express", "mirror", "independent", "globe", "inquirer", "standard", "star", "sun", "examiner", "courier", "dispatch", "bulletin", "ledger", "record"];

/// "A Commission spokeswoman" (`t` at "Commission"): the one organisation named before `t`
/// whose name's head word is that capitalised organisation word ("European Commission").
pub(crate) fn org_of_head_word(doc: &Doc, t: usize) -> Option<usize> {
    let tok = doc.tokens.get(t).filter(|x| x.kind == TokenKind::Word && x.cap && doc.mention_at_token(t).is_none())?;
    if !Lexicon::get().org_words.contains(doc.slice(tok.span)) {
        return None;
    }
    let before = tok.span.start;
    let fits = |m: &&crate::model::Mention| {
        let ent = &doc.entities[m.entity];
        ent.kind == EntityKind::Organization && ent.name.contains(' ') && name_head(&ent.name).is_some_and(|w| w.eq_ignore_ascii_case(&tok.lower))
    };
    let named = || doc.mentions.iter().take_while(|m| m.span.end <= before).filter(fits);
    let last = named().last()?;
    if named().all(|m| m.entity == last.entity) {
        return Some(last.entity);
    }
    // several: the one named in this sentence or the one before, when the others are not
    let si = doc.sentence_at(before)?;
    let recent = |m: &crate::model::Mention| doc.sentence_at(m.span.start).is_some_and(|s| s + 1 >= si);
    (recent(last) && named().filter(|m| m.entity != last.entity).all(|m| !recent(m))).then_some(last.entity)
}

/// As [`group_named_before`]; where that finds none, the body that the last use of the noun
/// before described in apposition ("the Vexmoor Integrity Centre (VIC), a Lisbon-based
/// watchdog, said … . The watchdog called on …").
pub(crate) fn group_before(doc: &Doc, t: usize, head: &str) -> Option<usize> {
    group_named_before(doc, t, head).or_else(|| (0..t).rev().find(|&j| doc.tokens[j].lower == head).and_then(|j| body_of_appositive(doc, j)))
}

/// "the group" (or "the charity", `head`) where no organisation's name ends in that noun: the
/// organisation mentioned last in this sentence or the two before, if it is no news outlet,
/// state body or institution ("a rebel movement named … the group vowed …").
fn group_named_before(doc: &Doc, t: usize, head: &str) -> Option<usize> {
    let before = doc.tokens[t].span.start;
    // ("A hacker group calling itself Night Heron claimed …. The group demanded …": the body
    // that was introduced by that noun and its name)
    // ("the German charity Vexaid … the charity said": the body its noun introduced, its name
    // right after the noun)
    let introduces = |j: usize| doc.mention_at_token(j + 1).filter(|&m| doc.mentions[m].span.start == doc.tokens[j + 1].span.start && doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization).map(|m| doc.actor_of(doc.mentions[m].entity));
    if let Some(e) = (0..t).rev().filter(|&j| doc.tokens[j].lower == head).find_map(|j| self_named(doc, j).map(|(e, _)| e).or_else(|| introduces(j))) {
        return Some(e);
    }
    // not where the story used "group" for something else before ("the group of farmers",
    // "the younger group")
    // (an appositive that says what a named body is, ", a group that …", is no other use)
    let plural = format!("{head}s");
    let other = (1..t).any(|j| {
        // (", a rights group that …": one plain modifier may stand between)
        let apposed = j >= 2 && doc.tokens[j - 1].lower == "a" && doc.tokens[j - 2].lower == ","
            || j >= 3 && doc.tokens[j - 2].lower == "a" && doc.tokens[j - 3].lower == "," && doc.tokens[j - 1].kind == TokenKind::Word && !doc.tokens[j - 1].cap;
        // ("if the competition regulator cleared it": the same use, with a modifier)
        let the = doc.tokens[j - 1].lower == "the" || j >= 2 && doc.tokens[j - 2].lower == "the" && doc.tokens[j - 1].kind == TokenKind::Word && !doc.tokens[j - 1].cap;
        // (nor a bare plural, which takes up no one body: "Aid groups have blamed …")
        let bare_plural = doc.tokens[j].lower == plural && !the;
        (doc.tokens[j].lower == head || doc.tokens[j].lower == plural) && doc.mention_at_token(j).is_none() && !apposed && !bare_plural && (!the || doc.tokens.get(j + 1).is_some_and(|x| x.lower == "of"))
    });
    if other {
        return None;
    }
    let si = doc.sentence_at(before)?;
    // ("Clean Ledger called on the government to … and asked the bureau to …. The group said
    // …": the body that spoke or appealed as the last sentence's subject, not a body it
    // addressed after; only as its own sentence's subject, the taken-up speaker)
    let opens = t == doc.sentences[si].tokens.0 + 1 && doc.tokens[t - 1].lower == "the" || t == doc.sentences[si].tokens.0;
    // ("the regulator said …": a public body, a central bank too, "the Central Bank of Kenya
    // … the regulator said"; and a regulator or watchdog is never the company its sentence
    // names, "the watchdog gave the company five months …")
    let regulator = head == "regulator";
    let (sa, se) = sentence_tokens(doc, t);
    let company = (matches!(head, "regulator" | "watchdog")).then(|| (sa..se.saturating_sub(1)).find_map(|j| (doc.tokens[j].lower == "the").then(|| super::statements::body_description(doc, j, j + 2)).flatten())).flatten();
    let may_be = |e: usize| {
        let name = crate::lexicon::fold(&doc.entities[e].name);
        let public = doc.entities[e].kind == EntityKind::Organization && (super::statements::public_body(&doc.entities[e].name) || name.contains("central bank") || name.contains("reserve bank"));
        Some(e) != company && (!regulator || public)
    };
    if let Some(e) = si.checked_sub(1).filter(|_| opens).and_then(|p| speaking_subject(doc, p)).filter(|&e| may_be(e)) {
        return Some(e);
    }
    let from = doc.tokens[doc.sentences[si.saturating_sub(2)].tokens.0].span.start;
    // (not an outlet named as where it was said: "told the Daily Planet that the group …")
    let (_, m) = doc.mentions.iter().enumerate().rev().find(|&(i, m)| {
        m.span.end <= before && m.span.start >= from && matches!(doc.entities[m.entity].kind, EntityKind::Organization | EntityKind::Country | EntityKind::Person) && !venue(doc, i, doc.token_at(m.span.end))
            && (doc.entities[m.entity].kind == EntityKind::Person || may_be(m.entity))
    })?;
    // (a person who speaks for an organisation stands for it: "its spokesman, X, said … the
    // group vowed …")
    let e = if doc.entities[m.entity].kind == EntityKind::Person {
        doc.roles.iter().filter(|r| r.holder == m.entity).find_map(|r| r.of.filter(|&o| doc.entities[o].kind == EntityKind::Organization))?
    } else {
        m.entity
    };
    if !may_be(e) {
        return None;
    }
    // (not a body the same sentence names after it: "the group accused the army of …")
    let end = doc.tokens[se - 1].span.end;
    if doc.mentions.iter().any(|m| m.span.start > before && m.span.end <= end && doc.actor_of(m.entity) == doc.actor_of(e)) {
        return None;
    }
    group_like(doc, e).then_some(e)
}

/// ", also known as" or "(also known as" right before token `a` (the other name of what was
/// named before it): the mark that opens it.
pub(crate) fn also_known_as_before(doc: &Doc, a: usize) -> Option<&str> {
    let w = |k: usize| doc.tokens[k].lower.as_str();
    (a >= 4 && w(a - 1) == "as" && w(a - 2) == "known" && w(a - 3) == "also" && matches!(w(a - 4), "," | "(")).then(|| w(a - 4))
}

/// Organisation `e` may be taken up as "the group": no outlet, state body or state.
fn group_like(doc: &Doc, e: usize) -> bool {
    let ent = &doc.entities[e];
    let name = crate::lexicon::fold(&ent.name);
    let outlet = crate::lexicon::NEWS_AGENCIES.contains(&name.as_str())
        || ["news", "agency", "times", "post", "journal", "ministry", "department", "office", "council", "court", "parliament", "government"].iter().any(|w| name.ends_with(w));
    ent.kind == EntityKind::Organization && ent.stands_for.is_none() && !outlet
}

/// "the Vexmoor Integrity Centre (VIC), a Lisbon-based watchdog," (`j` at the noun): the body
/// named right before the comma of an appositive ", a/an …" that ends in the noun, up to
/// three modifiers between, initials in brackets after the name too.
fn body_of_appositive(doc: &Doc, j: usize) -> Option<usize> {
    let a = (j.saturating_sub(4)..j).rev().find(|&k| matches!(doc.tokens[k].lower.as_str(), "a" | "an"))?;
    if a < 2 || doc.tokens[a - 1].lower != "," || (a + 1..j).any(|k| doc.tokens[k].kind != TokenKind::Word) {
        return None;
    }
    let mut n = a - 2;
    if doc.tokens[n].lower == ")" {
        n = (n.saturating_sub(4)..n).rev().find(|&k| doc.tokens[k].lower == "(")?.checked_sub(1)?;
    }
    let m = doc.mention_at_token(n)?;
    let e = doc.actor_of(doc.mentions[m].entity);
    (doc.entities[e].kind == EntityKind::Organization).then_some(e)
}

/// The organisation that opens sentence `si` (after "The", perhaps with its initials in
/// brackets) and speaks or appeals there with its verb right after it ("TI-P called on …",
/// "The Clean Ledger Trust said …"): no outlet, state body or state.
fn speaking_subject(doc: &Doc, si: usize) -> Option<usize> {
    const APPEALS: &[&str] = &["called", "urged", "asked", "demanded", "appealed", "pressed", "warned", "said", "says", "told", "welcomed", "criticised", "criticized", "accused"];
    let first = doc.sentences[si].tokens.0;
    let t = first + usize::from(doc.tokens.get(first).is_some_and(|x| x.lower == "the"));
    let m = doc.mention_at_token(t).filter(|&m| doc.mentions[m].span.start == doc.tokens[t].span.start)?;
    // ("Ireland's Data Protection Commission said …": the body after its country's possessive)
    let after_possessive = doc.token_at(doc.mentions[m].span.end);
    let m = if doc.entities[doc.mentions[m].entity].kind == EntityKind::Country && doc.tokens.get(after_possessive).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) {
        doc.mention_at_token(after_possessive + 1).filter(|&m2| doc.mentions[m2].span.start == doc.tokens[after_possessive + 1].span.start)?
    } else {
        m
    };
    let mut k = doc.token_at(doc.mentions[m].span.end);
    if doc.tokens.get(k).is_some_and(|x| x.lower == "(") {
        k = (k..doc.sentences[si].tokens.1).find(|&j| doc.tokens[j].lower == ")")? + 1;
    }
    if !doc.tokens.get(k).is_some_and(|x| APPEALS.contains(&x.lower.as_str())) {
        return None;
    }
    let e = doc.actor_of(doc.mentions[m].entity);
    group_like(doc, e).then_some(e)
}

/// "the ministers", "the foreign ministers", "the leaders" (`t` at "the"): the body the story
/// named with that plural before ("defence ministers of ASEAN", "OECD envoys"), the last one.
/// Returns the body and the end token.
pub(crate) fn members_by_title(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    if t + 2 > limit || doc.tokens[t].lower != "the" {
        return None;
    }
    let lex = Lexicon::get();
    let plural_title = |j: usize| !doc.tokens[j].cap && plural_of_title(doc, j);
    let mut h = t + 1;
    while h < limit.min(t + 4) && !plural_title(h) && lex.title_modifiers.contains(&doc.tokens[h].lower) {
        h += 1;
    }
    if h >= limit || !plural_title(h) {
        return None;
    }
    // the plural must end the phrase ("the ministers' statement", "the ministers of X" name others)
    if doc.tokens.get(h + 1).is_some_and(|x| x.kind == TokenKind::Word && (x.cap || matches!(x.lower.as_str(), "'s" | "'" | "of" | "for"))) {
        return None;
    }
    let word = doc.tokens[h].lower.as_str();
    let body = |e: usize| matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country);
    (0..t).rev().filter(|&j| doc.tokens[j].lower == word).find_map(|j| {
        // "ministers of the G7"
        let mut k = j + 1;
        if doc.tokens.get(k).is_some_and(|x| x.lower == "of") {
            k += 1;
            if doc.tokens.get(k).is_some_and(|x| x.lower == "the") {
                k += 1;
            }
            if let Some(m) = doc.mention_at_token(k).filter(|&m| k < t && body(doc.mentions[m].entity)) {
                return Some(doc.mentions[m].entity);
            }
            return None;
        }
        // "G7 foreign ministers", "EU leaders"
        let mut b = j;
        while b > 0 && lex.title_modifiers.contains(&doc.tokens[b - 1].lower) {
            b -= 1;
        }
        let m = doc.mention_at_token(b.checked_sub(1)?)?;
        body(doc.mentions[m].entity).then_some(doc.mentions[m].entity)
    }).map(|e| (e, h + 1))
}

/// "ministers of the OECD", "foreign ministers of ASEAN" (`t` at the first word): the body
/// whose office holders speak together. Returns the body and the end token.
fn members_of(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let plural_title = |j: usize| plural_of_title(doc, j);
    let mut h = t;
    while h < limit.min(t + 3) && !plural_title(h) && lex.title_modifiers.contains(&doc.tokens[h].lower) {
        h += 1;
    }
    if h + 2 >= limit || !plural_title(h) || doc.tokens[h + 1].lower != "of" {
        return None;
    }
    let k = if doc.tokens[h + 2].lower == "the" { h + 3 } else { h + 2 };
    let m = doc.mention_at_token(k).filter(|_| k < limit)?;
    let e = doc.mentions[m].entity;
    matches!(doc.entities[e].kind, EntityKind::Organization | EntityKind::Country).then(|| (e, doc.token_at(doc.mentions[m].span.end)))
}

/// A lower-case past form that puts something out ("issued", "released", "sent", "wrote"):
/// the verb of "X issued a statement saying …".
pub(crate) fn past_verb(t: &crate::model::Token) -> bool {
    !t.cap && t.kind == TokenKind::Word && (t.lower.len() > 4 && t.lower.ends_with("ed") || matches!(t.lower.as_str(), "sent" | "wrote" | "written" | "made" | "gave" | "put" | "held"))
}

/// Token `j` is the plural of a title ("ministers", "envoys").
fn plural_of_title(doc: &Doc, j: usize) -> bool {
    let w = &doc.tokens[j].lower;
    w.len() > 4 && w.strip_suffix('s').is_some_and(|s| Lexicon::get().titles.contains_key(s))
}

/// Unions of states that stories call "the bloc".
const BLOCS: &[&str] = &[
    "european union", "african union", "association of southeast asian nations", "economic community of west african states", "mercosur", "brics",
    "gulf cooperation council", "eurasian economic union", "southern african development community", "east african community", "caricom", "opec", "g77", "alliance of small island states", "aosis",
    "shanghai cooperation organisation", "shanghai cooperation organization", "south asian association for regional cooperation", "saarc", "bimstec", "g7", "g20", "group of seven", "group of 20",
];

/// Alliances of states that stories call "the alliance" (whatever their names end in).
const ALLIANCES: &[&str] = &["nato", "north atlantic treaty organization", "north atlantic treaty organisation", "collective security treaty organization", "csto", "aukus", "quad"];

/// What speaks for a person when it follows the person's name or pronoun ("Netanyahu's
/// office", "his office").
const OFFICE_NOUNS: &[&str] = &["office"];

/// The service an unnamed official or source of a state is said to belong to, between the
/// state's adjective and the noun ("a Norwegian security source", "Chilean military officials").
fn official_modifier(w: &str) -> bool {
    matches!(w, "security" | "government" | "military" | "defence" | "defense" | "intelligence" | "diplomatic" | "senior")
}

fn np_one(doc: &Doc, ctx: &Ctx, t: usize, limit: usize) -> Option<Np> {
    if t >= limit {
        return None;
    }
    let lex = Lexicon::get();
    let lower = doc.tokens[t].lower.as_str();
    if is_pronoun(lower) && !matches!(lower, "his" | "her") {
        // ("urge them both to …", "they all agreed": two parties or more, not one actor)
        if matches!(lower, "them" | "they") && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "both" | "all")) {
            return None;
        }
        let e = resolve_pronoun(doc, ctx, t, None)?;
        return Some(Np { entities: vec![e], start: t, end: t + 1 });
    }
    // "the military said" after "the Chilean military said": the state whose armed force
    // the story named last
    // (not where "the army" is a body's mention already: "the Sudanese army … the army")
    if lower == "the" && t + 2 <= limit && matches!(doc.tokens[t + 1].lower.as_str(), "military" | "army") && ctx.tok_mention[t + 1].is_none() && doc.tokens.get(t + 2).is_none_or(|x| !matches!(x.lower.as_str(), "'s" | "’s")) {
        let force = doc.tokens[t + 1].lower.as_str();
        if let Some(e) = (1..t).rev().find(|&j| doc.tokens[j].lower == force && doc.tokens[j - 1].cap).and_then(|j| doc.country_of_adjective(&doc.tokens[j - 1].lower)) {
            return Some(Np { entities: vec![e], start: t, end: t + 2 });
        }
    }
    if matches!(lower, "a" | "an") {
        if let Some(np) = surnamed_at(doc, ctx, t, limit) {
            return Some(np);
        }
    }
    if let Some((e, end)) = description_at(doc, ctx, t, limit).or_else(|| age_description(doc, ctx, t, limit)) {
        return Some(Np { entities: vec![e], start: t, end });
    }
    if let Some((e, end)) = bench_of(doc, t, limit) {
        return Some(Np { entities: vec![e], start: t, end });
    }
    // "the agency said" after "the International Atomic Energy Agency": the one organisation
    // named before whose name ends in that word
    if let Some((e, end)) = org_by_head(doc, t, limit).or_else(|| legislature_at(doc, t, limit)).or_else(|| members_by_title(doc, t, limit)).or_else(|| members_of(doc, t, limit)).or_else(|| ruling_body(doc, t, limit)).or_else(|| board_owner(doc, t, limit)).or_else(|| place_by_head(doc, t, limit)).or_else(|| company_epithet(doc, t, limit)).or_else(|| opposition_at(doc, t, limit)) {
        return Some(Np { entities: vec![e], start: t, end });
    }
    // "his office said": the person's office speaks for the person
    if matches!(lower, "his" | "her") && doc.tokens.get(t + 1).is_some_and(|x| OFFICE_NOUNS.contains(&x.lower.as_str())) && t + 2 <= limit {
        let e = resolve_pronoun(doc, ctx, t, None)?;
        return Some(Np { entities: vec![e], start: t, end: t + 2 });
    }
    // "her party called for …": the party of the person the pronoun stands for, when the
    // article says which it is
    if matches!(lower, "his" | "her") && t + 2 <= limit && doc.tokens[t + 1].lower == "party" {
        if let Some(e) = resolve_pronoun(doc, ctx, t, None).and_then(|p| super::roles::party_of(doc, p)) {
            return Some(Np { entities: vec![e], start: t, end: t + 2 });
        }
    }
    // skip determiners, "former", titles and owner modifiers to reach the head name
    let mut k = t;
    while k < limit && matches!(doc.tokens[k].lower.as_str(), "the" | "a" | "an" | "former" | "'s") {
        k += 1;
    }
    let mut last: Option<(usize, usize)> = None; // (entity, end)
    while k < limit {
        if let Some(m) = ctx.tok_mention[k] {
            let e = doc.mentions[m].entity;
            let end = doc.token_at(doc.mentions[m].span.end);
            // ("accused the Marcos administration of …": a leader's government, not the man, as
            // in `actors_in_with`)
            if doc.entities[e].kind == EntityKind::Person && governs_as_modifier(doc, ctx, end, limit) {
                return None;
            }
            // ("Transparency International's Peru chapter said": a place naming a body's branch
            // after the body's possessive says where the branch is; the body speaks)
            if let Some((e0, _)) = last.filter(|&(e0, _)| doc.entities[e0].kind == EntityKind::Organization && k > t && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && matches!(doc.entities[e].kind, EntityKind::Country | EntityKind::Place)) {
                if end < limit && matches!(doc.tokens[end].lower.as_str(), "chapter" | "branch" | "office" | "bureau" | "section" | "unit" | "arm" | "wing" | "division" | "affiliate" | "subsidiary") {
                    last = Some((e0, end + 1));
                    break;
                }
            }
            last = Some((e, end));
            k = end;
            // ("Belarus' defence ministry": a bare apostrophe, a word once no quotation mark)
            if doc.tokens.get(k).is_some_and(|x| x.lower == "'s") || bare_apostrophe(doc, k) {
                k += 1;
            }
            continue;
        }
        // "Greek officials", "Turkish authorities", "the Chilean navy", "Peruvian border
        // guards": the state speaks (an armed force of two words has its adjective before both)
        let group = matches!(doc.tokens[k].lower.as_str(), "officials" | "authorities" | "sources" | "diplomats" | "negotiators" | "forces" | "troops" | "military" | "army" | "navy" | "presidency");
        let force = k > t && matches!(doc.tokens[k].lower.as_str(), "force" | "forces" | "guard" | "guards") && matches!(doc.tokens[k - 1].lower.as_str(), "air" | "armed" | "border" | "coast");
        // "A Norwegian security source said", "a senior Chilean official told": one official
        // or source of a state, unnamed, speaks for it as its officials do (not when a name
        // follows in apposition: "a Chilean official, Dan Kerr, said")
        // ("a senior French officer", "a Turkish diplomat", "a Saudi negotiator": an officer, a
        // diplomat or one who negotiates for one state too; "an Emirati delegate" at a body's
        // meeting is left as written, set 17's gold)
        // ("according to a senior EU official": an organisation's name as the modifier too)
        let modifier_body = || last.is_some_and(|(e0, end0)| end0 == k && doc.entities[e0].kind == EntityKind::Organization);
        // (not "an EU diplomat", who serves a member state there: set 15's gold)
        let single = (last.is_none() || modifier_body() && doc.tokens[k].lower == "official") && matches!(doc.tokens[k].lower.as_str(), "official" | "source" | "officer" | "diplomat" | "negotiator") && !(doc.tokens.get(k + 1).is_some_and(|x| x.lower == ",") && ctx.tok_mention.get(k + 2).copied().flatten().is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person));
        let modified = (group || single) && k > t && official_modifier(&doc.tokens[k - 1].lower);
        if group || force || single {
            // ("the Norwegian military's Northern Command said": the command named after the
            // force's possessive speaks)
            if group && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "'s" | "’s")) && ctx.tok_mention.get(k + 2).copied().flatten().is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
                k += 2;
                continue;
            }
            if let Some((e, _)) = last {
                last = Some((e, k + 1));
                k += 1;
                continue;
            }
            let adjective_at = if force || modified { k.checked_sub(2) } else { k.checked_sub(1) }.filter(|&j| j >= t);
            if let Some(e) = adjective_at.filter(|&j| !continental_american(doc, j)).and_then(|j| doc.country_of_adjective(&doc.tokens[j].lower)) {
                last = Some((e, k + 1));
                k += 1;
                continue;
            }
        }
        if let Some((e, _)) = super::names::title_at(doc, k, limit) {
            if last.is_some_and(|(e0, _)| doc.entities[e0].kind == EntityKind::Person) {
                break;
            }
            // "Moscow's mayor", "White House spokesman": an office holder who is not named
            if last.is_some() && !ctx.tok_mention.get(e).copied().flatten().is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                return None;
            }
            k = e;
            continue;
        }
        // "Netanyahu's office said": the person's office speaks for the person
        if let Some((e0, _)) = last.filter(|&(e0, _)| doc.entities[e0].kind == EntityKind::Person && k > t && doc.tokens[k - 1].lower == "'s") {
            if OFFICE_NOUNS.contains(&doc.tokens[k].lower.as_str()) {
                last = Some((e0, k + 1));
            }
            break;
        }
        // "SBU intelligence service", "Kremlin officials": the organisation speaks
        if let Some((e0, _)) = last {
            if matches!(doc.entities[e0].kind, EntityKind::Organization | EntityKind::Country) && !doc.tokens[k].cap {
                // ("Quillmart's board said", "the bank's management said": a company's governing
                // body speaks for it; no statement had been read)
                let headish = |w: &str| {
                    lex.speaker_nouns.contains(w) || lex.titles.contains_key(w) || lex.titles.contains_key(w.trim_end_matches('s')) || matches!(w, "service" | "office" | "parliament" | "cabinet" | "senate" | "congress" | "force" | "forces" | "staff" | "guard" | "navy" | "army" | "police" | "embassy" | "mission" | "command")
                        || doc.entities[e0].kind == EntityKind::Organization && matches!(w, "board" | "management" | "leadership")
                        // ("urged Myanmar's military rulers to …": those who rule a state are the state)
                        || doc.entities[e0].kind == EntityKind::Country && matches!(w, "rulers" | "leaders" | "leadership" | "regime")
                };
                // (not past an infinitive's "to" or "that": "urged the Quarnel Commission to
                // release data" is no "Commission … data")
                if let Some(j) = (k..limit.min(k + 3)).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "to" | "that")).find(|&j| headish(&doc.tokens[j].lower)) {
                    // ("a Harbor Post poll shows": a poll is a source of its own, as written, like
                    // "a new poll" or "a poll by the Harbor Post")
                    if matches!(doc.tokens[j].lower.as_str(), "poll" | "polls" | "survey" | "surveys") {
                        return None;
                    }
                    // ("Norland's biggest opposition party", "the country's rebel forces": those
                    // who oppose a state do not speak for it)
                    // (nor its unions, parties and firms: "Britain's biggest rail union said")
                    if doc.entities[e0].kind == EntityKind::Country && (k..=j).any(|x| matches!(doc.tokens[x].lower.as_str(), "opposition" | "rebel" | "rebels" | "separatist" | "insurgent" | "union" | "unions" | "party" | "parties" | "company" | "companies" | "firm" | "firms" | "charity" | "charities" | "association" | "federation" | "club" | "airline" | "carrier" | "broadcaster" | "newspaper")) {
                        return None;
                    }
                    // ("Boeing's largest union rejected …", "the carmaker's workers said": a
                    // company's union and workers speak against it, not for it)
                    if doc.entities[e0].kind == EntityKind::Organization && k > t && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && (k..=j).any(|x| matches!(doc.tokens[x].lower.as_str(), "union" | "unions" | "workers" | "employees" | "pilots" | "drivers" | "nurses" | "staffers" | "shareholders" | "investors" | "customers" | "critics" | "rivals")) {
                        return None;
                    }
                    // ("Finland's delegation to the African Union argued", "Norway's embassy in
                    // Madrid said": the body or place after "to"/"in" is where it serves, and
                    // the phrase is the sending state's)
                    let mut end = j + 1;
                    if matches!(doc.tokens[j].lower.as_str(), "mission" | "embassy" | "delegation") && doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "to" | "in")) {
                        let at = end + 1 + usize::from(doc.tokens.get(end + 1).is_some_and(|x| x.lower == "the"));
                        if let Some(m) = ctx.tok_mention.get(at).copied().flatten().filter(|&m| doc.mentions[m].span.start == doc.tokens[at].span.start) {
                            end = doc.token_at(doc.mentions[m].span.end).min(limit);
                        }
                    }
                    last = Some((e0, end));
                    break;
                }
            }
        }
        if lex.country_adjectives.contains_key(&doc.tokens[k].lower) && k + 1 < limit {
            k += 1;
            continue;
        }
        // ("The Peruvian air force said", "Ukrainian border guards said": the first word of an
        // armed force of two words, after the adjective, on to the force)
        if last.is_none() && k > t && k + 1 < limit && matches!(doc.tokens[k].lower.as_str(), "air" | "armed" | "border" | "coast") && matches!(doc.tokens[k + 1].lower.as_str(), "force" | "forces" | "guard" | "guards") && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower) {
            k += 1;
            continue;
        }
        // ("a senior Chilean official", "a Norwegian security source": a rank before the
        // adjective and the service after it)
        if last.is_none() && k + 2 < limit && matches!(doc.tokens[k].lower.as_str(), "senior" | "top") && lex.country_adjectives.contains_key(&doc.tokens[k + 1].lower) {
            k += 1;
            continue;
        }
        if last.is_none() && k > t && k + 1 < limit && official_modifier(&doc.tokens[k].lower) && lex.country_adjectives.contains_key(&doc.tokens[k - 1].lower) && matches!(doc.tokens[k + 1].lower.as_str(), "official" | "officials" | "source" | "sources") {
            k += 1;
            continue;
        }
        break;
    }
    let (e, mut end) = last?;
    // ("The Norwegian embassy in Lisbon denied …": the place a mission serves in is no part of
    // who speaks)
    if doc.tokens.get(end).is_some_and(|x| x.lower == "in" || x.lower == "to") && doc.entities[e].kind == EntityKind::Organization {
        // ("The UN refugee office in Bangkok urged …": an office where it sits, too)
        let mission = doc.entities[e].name.rsplit(' ').next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "embassy" | "mission" | "consulate" | "delegation"))
            || end > t && doc.tokens[end - 1].lower == "office" && doc.tokens[end].lower == "in";
        // ("The opposition Democratic Party in Albania accused …": a body of the country or
        // place after "in", the phrase ending there, before the verb)
        let here = |m: usize| doc.token_at(doc.mentions[m].span.end) == limit && doc.tokens[end].lower == "in";
        if let Some(m) = ctx.tok_mention.get(end + 1).copied().flatten().filter(|&m| (mission || here(m)) && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.mentions[m].span.start == doc.tokens[end + 1].span.start) {
            end = doc.token_at(doc.mentions[m].span.end).min(limit);
        }
    }
    // a noun after a name makes the name a modifier ("Kremlin officials" keeps the Kremlin)
    Some(Np { entities: vec![doc.actor_of(e)], start: t, end })
}

/// "The African Union's peace department, the PSD, said": a description in lower case
/// closed by a comma, then an organisation's name between commas right before the verb at `t`:
/// the organisation named speaks (the description's owner had spoken).
fn named_body_apposed(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    if t < lo + 4 || doc.tokens[t - 1].lower != "," {
        return None;
    }
    let m = ctx.tok_mention[t - 2]?;
    let e = doc.mentions[m].entity;
    let s = doc.token_at(doc.mentions[m].span.start);
    if doc.entities[e].kind != EntityKind::Organization || doc.token_at(doc.mentions[m].span.end) != t - 1 || s < lo + 2 {
        return None;
    }
    let c = if doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
    // ("The European Union's monitoring mission in Quarnia, known as QUMA, said": "known as"
    // names the body the description tells of, whatever it ends in; not a body named already:
    // "Brazil's foreign ministry, known as Itamaraty, said" stays the ministry)
    if c >= lo + 4 && doc.tokens[c - 1].lower == "as" && doc.tokens[c - 2].lower == "known" && doc.tokens[c - 3].lower == "," && !ctx.tok_mention[c - 4].is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
        return Some(Np { entities: vec![doc.actor_of(e)], start: c - 2, end: t - 1 });
    }
    // ("Health NZ, also known as Te Whatu Ora, said": the other name is the body named before,
    // which speaks from its first name on)
    if c >= lo + 5 && also_known_as_before(doc, c) == Some(",") {
        if let Some(m0) = ctx.tok_mention[c - 5].filter(|&m0| doc.entities[doc.mentions[m0].entity].kind == EntityKind::Organization) {
            let s0 = doc.token_at(doc.mentions[m0].span.start);
            let s0 = if s0 > lo && doc.tokens[s0 - 1].lower == "the" { s0 - 1 } else { s0 };
            return (s0 >= lo).then(|| Np { entities: vec![doc.actor_of(doc.mentions[m0].entity)], start: s0, end: t - 1 });
        }
    }
    let head = c.checked_sub(2).filter(|&h| h > lo && doc.tokens[c - 1].lower == ",")?;
    let x = &doc.tokens[head];
    (x.kind == TokenKind::Word && !x.cap && ctx.tok_mention[head].is_none() && !Lexicon::get().stopwords.contains(&x.lower) && !is_pronoun(&x.lower)).then(|| Np { entities: vec![doc.actor_of(e)], start: c, end: t - 1 })
}

/// "The Scottish National Party, SNP, said", "the Social Democratic Union, or SDSM, said": an
/// organisation's name, then between commas (after "or") a name of the same one, right before
/// the verb at `t`: the organisation speaks, from its first name on.
fn initials_apposed(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    if t < lo + 4 || doc.tokens[t - 1].lower != "," {
        return None;
    }
    let m = ctx.tok_mention[t - 2]?;
    let e = doc.actor_of(doc.mentions[m].entity);
    let s = doc.token_at(doc.mentions[m].span.start);
    if doc.entities[e].kind != EntityKind::Organization || s + 1 != t - 1 {
        return None;
    }
    let c = if doc.tokens[s - 1].lower == "or" { s - 1 } else { s };
    if c < lo + 2 || doc.tokens[c - 1].lower != "," {
        return None;
    }
    let m0 = ctx.tok_mention[c - 2].filter(|&m0| doc.actor_of(doc.mentions[m0].entity) == e && doc.token_at(doc.mentions[m0].span.end) == c - 1)?;
    let start = doc.token_at(doc.mentions[m0].span.start);
    let start = if start > lo && doc.tokens[start - 1].lower == "the" { start - 1 } else { start };
    Some(Np { entities: vec![e], start, end: t - 1 })
}

/// The actor phrase that ends right before token `t` (the subject of a verb at `t`),
/// skipping auxiliaries, adverbs and an appositive between commas.
pub fn subject_before(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    subject_before_in(doc, ctx, t, lo, false)
}

/// As [`subject_before`]; with `quoted`, the subject may stand inside a quotation (the
/// subject of "must" in a quoted demand).
pub fn subject_before_in(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool) -> Option<Np> {
    subject_before_ending(doc, ctx, t, lo, quoted, None)
}

/// As [`subject_before_in`]; `se`, when given, is `subject_end(doc, t, lo)`, which a caller
/// that has worked it out passes on instead of having it worked out again (~900 instructions).
pub(crate) fn subject_before_ending(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool, se: Option<usize>) -> Option<Np> {
    // (kept while the document is only read: the same cue's subject is asked by several rules;
    // kept without `se`, which only saves working out what it is)
    debug_assert!(se.is_none_or(|k| k == subject_end(doc, t, lo)), "`se` is `subject_end(doc, t, lo)`");
    super::memo::subject(doc, ctx, (t, lo, quoted), || subject_worked(doc, ctx, t, lo, quoted, se))
}

fn subject_worked(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, quoted: bool, se: Option<usize>) -> Option<Np> {
    if let Some(np) = included_person(doc, ctx, t, lo) {
        return Some(np);
    }
    if let Some(np) = named_body_apposed(doc, ctx, t, lo) {
        return Some(np);
    }
    if let Some(np) = initials_apposed(doc, ctx, t, lo) {
        return Some(np);
    }
    let k = se.unwrap_or_else(|| subject_end(doc, t, lo));
    if k == lo {
        return None;
    }
    let end = k;
    // the phrase ends at `end`: find where it starts
    let last = end - 1;
    if (is_pronoun(&doc.tokens[last].lower) || contracted_pronoun(&doc.tokens[last].lower).is_some()) && !matches!(doc.tokens[last].lower.as_str(), "his" | "her" | "them" | "him") {
        let e = resolve_pronoun(doc, ctx, last, None)?;
        return Some(Np { entities: vec![e], start: last, end });
    }
    // try every start within a few tokens; the longest phrase that ends exactly here wins
    let mut after_object = false;
    let mut comma_opened = false;
    let from = last.saturating_sub(9).max(lo);
    // (a phrase over a quotation mark is none unless quoted: the starts up to the last mark
    // are not tried, which the check below would turn away after parsing them)
    let from = if quoted { from } else { (from..end).rev().find(|&j| ctx.tok_quote[j].is_some()).map_or(from, |q| q + 1) };
    for s in from..=last {
        if let Some(np) = np_at(doc, ctx, s, end) {
            if np.end == end {
                if !quoted && (s..end).any(|j| ctx.tok_quote[j].is_some()) {
                    continue;
                }
                // "the signals from Russia encouraging": an object of a preposition is no subject
                const PREP: &[&str] = &["from", "of", "by", "to", "for", "about", "against", "than", "in", "at", "on", "near"];
                // ("Oxfam head of research Jane Roe said", "director of public policy Jane Roe": a
                // person after an office of a field holds the office, and speaks)
                let office_of_field = |of_at: usize| {
                    of_at > lo
                        && doc.tokens[of_at].lower == "of"
                        && Lexicon::get().titles.get(&doc.tokens[of_at - 1].lower).is_some_and(|t| t.class == crate::lexicon::TitleClass::Office)
                        && !np.entities.is_empty()
                        && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Person)
                };
                // ("Minister of Defence General Jane Roe said": the portfolio after an office's
                // "of" is no object, and the phrase from it on, the rank and the name, speaks)
                let prep1 = s > lo && PREP.contains(&doc.tokens[s - 1].lower.as_str()) && doc.tokens[s - 1].lower != "in" && doc.tokens[s - 1].lower != "on" && doc.tokens[s - 1].lower != "at" && doc.tokens[s - 1].lower != "near" && !(doc.tokens[s].cap && ctx.tok_mention[s].is_none() && office_of_field(s - 1));
                let prep2 = s > lo + 1 && PREP.contains(&doc.tokens[s - 2].lower.as_str()) && !doc.tokens[s - 1].cap && doc.tokens[s - 1].kind == TokenKind::Word && !office_of_field(s - 2);
                // ("the owner of struggling ferry company Quillmart": lowercase modifiers between)
                let lower = (lo.max(s.saturating_sub(4))..s).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !PREP.contains(&doc.tokens[j].lower.as_str()) && !Lexicon::get().stopwords.contains(&doc.tokens[j].lower) && !Lexicon::get().cues.contains_key(&doc.tokens[j].lower)).count();
                let prep2 = prep2 || s > lo + 1 && lower >= 2 && s > lo + lower && matches!(doc.tokens[s - lower - 1].lower.as_str(), "of" | "from" | "for" | "by" | "against") && !office_of_field(s - lower - 1);
                // ("Jane Roe of law firm Harbor Legal said": the person named before "of" and the
                // body's kind speaks)
                if lower >= 1 && s > lo + lower + 1 && doc.tokens[s - lower - 1].lower == "of" && !after_object {
                    if let Some(m) = ctx.tok_mention[s - lower - 2].filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person) {
                        return Some(Np { entities: vec![doc.mentions[m].entity], start: doc.token_at(doc.mentions[m].span.start), end });
                    }
                }
                // ("Speaking in the Bundestag, the minister said": a body after "in" or "at"
                // that a comma ends is where, and the phrase after the comma speaks)
                let body_then_comma = s > lo && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at") && np.entities.first().is_some_and(|&e| doc.entities[e].kind == EntityKind::Organization) && (s..end).any(|j| doc.tokens[j].lower == ",");
                let place_prep = s > lo && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at" | "near") && np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Place || doc.entities[e].kind == EntityKind::Country) || body_then_comma;
                comma_opened |= body_then_comma;
                // (a shorter phrase may still be the subject when another name ends right before
                // it: "… with the staff of the World Bank Hale said")
                if prep1 || prep2 || place_prep {
                    // "The Northern Fleet Command of the Norland Navy said": the
                    // body the "of" phrase belongs to speaks
                    if prep1 && doc.tokens[s - 1].lower == "of" && s >= lo + 2 && !after_object {
                        if let Some(m) = ctx.tok_mention[s - 2].filter(|&m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization) {
                            let start = doc.token_at(doc.mentions[m].span.start);
                            if (lo..start).all(|j| matches!(doc.tokens[j].lower.as_str(), "the" | "a" | "an")) {
                                return Some(Np { entities: vec![doc.mentions[m].entity], start, end });
                            }
                        }
                    }
                    after_object = true;
                    continue;
                }
                if after_object && !(s > lo && ctx.tok_mention[s - 1].is_some() && ctx.tok_mention[s - 1] != ctx.tok_mention[s]) && !(comma_opened && doc.tokens[s - 1].lower == ",") {
                    continue;
                }
                return Some(Np { start: s, ..np });
            }
        }
    }
    None
}

/// "Peruvian officials, including Governor Jane Roe, said": the person the appositive names
/// (with titles) right before the verb at `t` speaks, not the group.
fn included_person(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<Np> {
    let close = t.checked_sub(1).filter(|&c| c > lo && doc.tokens[c].lower == ",")?;
    let inc = (lo.max(close.saturating_sub(10))..close).rev().take_while(|&j| doc.tokens[j].lower != ",").find(|&j| doc.tokens[j].lower == "including")?;
    if inc <= lo || doc.tokens[inc - 1].lower != "," {
        return None;
    }
    let np = (inc + 1..close).filter_map(|s| np_at(doc, ctx, s, close)).find(|np| np.end == close)?;
    np.entities.iter().all(|&e| doc.entities[e].kind == EntityKind::Person).then_some(np)
}

/// Words that may stand inside an unnamed speaker phrase besides nouns and adjectives.
const NP_FUNCTION_WORDS: &[&str] = &["the", "a", "an", "some", "many", "several", "most", "other", "both", "one", "two", "three", "of", "'s", "-", "senior", "top", "former"];

/// An unnamed speaker phrase ending before token `t` whose head is a speaker noun
/// ("a senior administration official", "campaign aides", "the new poll"): its token range.
pub fn generic_subject(doc: &Doc, ctx: &Ctx, t: usize, lo: usize) -> Option<(usize, usize)> {
    generic_subject_ending(doc, ctx, t, lo, None)
}

/// As [`generic_subject`]; `se`, when given, is `subject_end(doc, t, lo)`.
pub(crate) fn generic_subject_ending(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, se: Option<usize>) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let end = se.unwrap_or_else(|| subject_end(doc, t, lo));
    if end == lo || ctx.tok_quote[end - 1].is_some() {
        return None;
    }
    let head = &doc.tokens[end - 1].lower;
    // ("Bosnian Serbs said", "Many Mexicans felt", "One Republican threatened": a people or a
    // noun for a person, capitalised, speaks unnamed as a speaker noun does)
    // (in the plural, or one of them: "One Republican"; not before a participle, "the millions
    // of Americans supporting …", nor a noun's modifier, "Arab support for …")
    let counted = head.ends_with('s') || end >= lo + 2 && matches!(doc.tokens[end - 2].lower.as_str(), "one" | "a" | "an" | "another");
    let people = counted
        && doc.tokens[end - 1].cap
        && !doc.tokens[t].lower.ends_with("ing")
        && !(end >= lo + 2 && matches!(doc.tokens[end - 2].lower.as_str(), "of" | "for" | "to" | "by" | "among" | "with"))
        && doc.mention_at_token(end - 1).is_none()
        && (lex.person_nouns.contains(head) || lex.peoples.contains(head.trim_end_matches('s')) || head.ends_with('s') && lex.country_any(head).is_some());
    let office = people || lex.titles.get(head).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
    // "Video of the incident shows", "the latest opinion poll released Friday shows": the
    // head noun before a prepositional or participle phrase
    // ("those close to the governor say": the head before the modifier, not its object)
    let modified = || modified_head(doc, ctx, lo, end).filter(|&h| h + 2 < end && matches!(doc.tokens[h + 1].lower.as_str(), "close" | "of" | "in" | "among"));
    let h = if let Some(h) = (lex.speaker_nouns.contains(head) || office).then(modified).flatten() {
        h
    } else if lex.speaker_nouns.contains(head) || office {
        end - 1
    } else {
        match modified_head(doc, ctx, lo, end) {
            Some(h) => h,
            None => return led_subject(doc, ctx, t, lo, end),
        }
    };
    let mut s = h;
    // ("A journalist accused of assaulting a police officer told …": a passive participle
    // after the subject's noun opens a phrase that modifies it; the walk goes on past it)
    let mut reach = 8;
    while s > lo && h + 1 - s < reach {
        let tok = &doc.tokens[s - 1];
        let l = tok.lower.as_str();
        if (l == "accused" && doc.tokens[s].lower == "of" || l == "charged" && doc.tokens[s].lower == "with") && s >= lo + 2 && doc.tokens[s - 2].kind == TokenKind::Word && !doc.tokens[s - 2].cap && !lex.stopwords.contains(&doc.tokens[s - 2].lower) {
            s -= 1;
            reach = h + 1 - s + 4;
            continue;
        }
        // ("the Harbor/Quill poll": a slash between two names)
        let slash = l == "/" && s >= lo + 2 && doc.tokens[s - 2].cap && doc.tokens[s].cap;
        // ("the dockers' union": a plural's apostrophe after a word)
        let plural_possessive = matches!(l, "'" | "\u{2019}") && s >= lo + 2 && doc.tokens[s - 2].lower.ends_with('s') && doc.tokens[s - 2].kind == TokenKind::Word;
        let word = tok.kind == TokenKind::Word || tok.kind == TokenKind::Number || slash || plural_possessive;
        // (a capitalised cue word is part of a name: "a State Department official")
        // (a joining word inside a name is part of it: "A Department for Transport spokesperson")
        if !word || ctx.tok_quote[s - 1].is_some() || lex.cues.contains_key(l) && !tok.cap || (lex.stopwords.contains(l) && !NP_FUNCTION_WORDS.contains(&l) && ctx.tok_mention[s - 1].is_none()) {
            break;
        }
        s -= 1;
        // ("a move the party described as a coup": an article right after a plain noun opens
        // the subject of a relative clause; the noun before is what it describes)
        // (a noun: an article or owner before it, "a move", "its plan"; not a verb, "who sent
        // the letter")
        let noun_before = s > lo + 1 && matches!(doc.tokens[s - 2].lower.as_str(), "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their");
        if matches!(l, "the" | "a" | "an") && noun_before && doc.tokens[s - 1].kind == TokenKind::Word && !doc.tokens[s - 1].cap && !lex.stopwords.contains(&doc.tokens[s - 1].lower) && !lex.cues.contains_key(&doc.tokens[s - 1].lower) && !past_verb(&doc.tokens[s - 1]) {
            break;
        }
    }
    // ("One of the pilots who signed the petition called …": a phrase that opens with the verb of a
    // relative clause is that clause's object; its antecedent is the subject)
    if s > lo + 1 && doc.tokens[s - 1].lower == "who" && past_verb(&doc.tokens[s]) {
        let w = s - 1;
        let start = (lo..w).rev().find(|&j| j == lo || matches!(doc.tokens[j - 1].lower.as_str(), "," | ";" | ":")).unwrap_or(lo);
        let plain = (start..w).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote[j].is_none() && !lex.cues.contains_key(&doc.tokens[j].lower));
        let led = matches!(doc.tokens[start].lower.as_str(), "one" | "a" | "an" | "the" | "two" | "three" | "some" | "many" | "several" | "most" | "all");
        return (plain && led && w > start + 1 && w - start <= 6).then_some((start, w));
    }
    Some((s, end))
}

/// A speaker noun followed by a modifier that runs to `end`: "supporters of the bill",
/// "a study by Yale researchers", "a poll released in late August". Its token.
fn modified_head(doc: &Doc, ctx: &Ctx, lo: usize, end: usize) -> Option<usize> {
    let lex = Lexicon::get();
    // ("observers in the state", "those close to him")
    const POST: &[&str] = &["of", "by", "for", "among", "in", "from", "close", "released", "published", "conducted", "commissioned", "issued", "obtained", "filed"];
    const INNER: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "this", "last", "of", "for", "in", "on", "at", "by", "'s"];
    // (a participle is followed by its agent or a time: "released last week", not "released an ad")
    let participle_ok = |j: usize| !doc.tokens[j].lower.ends_with("ed") || doc.tokens.get(j + 1).is_some_and(|x| x.cap || x.kind == TokenKind::Number || matches!(x.lower.as_str(), "by" | "in" | "on" | "at" | "last" | "this" | "earlier"));
    // ("officials in Berlin" is left to the name: only "in the …" is a modifier here)
    // ("documents from her office": "from" before a possessive too, not "reports from
    // the ground", nor a name)
    let in_common = |j: usize| match doc.tokens[j].lower.as_str() {
        // (or a town that stands for no state: "officials in Kharkiv")
        "in" => doc.tokens.get(j + 1).is_some_and(|x| !x.cap) || doc.mention_at_token(j + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Place && doc.entities[doc.mentions[m].entity].stands_for.is_none()),
        "from" => doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "his" | "her" | "their" | "its")),
        _ => true,
    };
    let h = (lo.max(end.saturating_sub(8))..end.saturating_sub(1)).rev().find(|&j| (lex.speaker_nouns.contains(&doc.tokens[j].lower) || doc.tokens[j].lower == "those" && doc.tokens[j + 1].lower == "close") && POST.contains(&doc.tokens[j + 1].lower.as_str()) && participle_ok(j + 1) && in_common(j + 1))?;
    // the modifier is a plain noun phrase: no verb-like word, quote, cue or comma inside
    let close_to = doc.tokens[h + 1].lower == "close";
    let plain = (h + 2..end).all(|j| {
        let x = &doc.tokens[j];
        let l = x.lower.as_str();
        // "close to him", "close to the governor"
        if close_to && (j == h + 2 && l == "to" || matches!(l, "him" | "her" | "them")) {
            return true;
        }
        let verbish = !x.cap && (l.ends_with("ed") || l.ends_with("ing") || l == "to");
        // ("critics of the plan": a cue word after a determiner is a noun)
        // ("experts in the United States": nor is a capitalised one inside a name)
        let cue = lex.cues.contains_key(l) && !(j > h + 2 && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "a" | "an" | "this" | "his" | "her" | "its" | "their")) && !(x.cap && ctx.tok_mention[j].is_some());
        matches!(x.kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote[j].is_none() && !cue && !verbish && (!lex.stopwords.contains(l) || INNER.contains(&l))
    });
    plain.then_some(h)
}

/// "The bank said", "Experts on North Korea said": an unnamed subject that opens its clause
/// with a determiner or a speaker noun, before a plain speech verb.
fn led_subject(doc: &Doc, ctx: &Ctx, t: usize, lo: usize, end: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    const REPORTING: &[&str] = &["say", "tell", "state", "report", "announce", "write", "post", "tweet", "add", "note", "remark", "comment", "explain", "declare", "claim", "respond", "reply", "conclude", "confirm", "warn", "insist", "argue",
        // (forecasts and admissions of a body: "the fund predicted that …", "the agency acknowledged …")
        "predict", "estimate", "suggest", "acknowledge", "admit", "stress", "emphasize", "maintain", "contend", "assert", "allege", "concede",
        // (a body's denial: "the commission denied it had favoured anyone")
        "deny",
        // (findings and rulings: "the study found that …", "the court ruled that …", "the
        // fact-checkers pointed out that …")
        "find", "rule", "point out", "reveal", "disclose", "observe",
        // (a feeling it voices, whatever follows: "a spokeswoman in Berlin expressed concern about …")
        "express"];
    // (a cue of several words, "pointed out", is looked up by its first)
    let (lemma, cue_end) = match lex.cues.get(&doc.tokens[t].lower) {
        Some(c) => (Some(c.lemma), t + 1),
        None => super::statements::cue_at(doc, t).map_or((None, t + 1), |(l, _, _, e)| (Some(l), e)),
    };
    let speech = lemma.is_some_and(|l| REPORTING.contains(&l));
    // and what follows opens a clause ("said the …", "said that", "said."), unlike "reported recapture"
    // (or names the topic of a quote: "the Ohio developer says of the plan, “…”")
    // ("said privately that", "warned repeatedly that": an adverb before the clause)
    let adverb = doc.tokens.get(cue_end).is_some_and(|n| n.kind == TokenKind::Word && !n.cap && n.lower.len() > 4 && n.lower.ends_with("ly")) && doc.tokens.get(cue_end + 1).is_some_and(|n| n.lower == "that");
    let next = doc.tokens.get(cue_end + usize::from(adverb));
    let clause_follows = next.is_none_or(|n| {
        n.cap || n.kind != TokenKind::Word || matches!(n.lower.as_str(), "that" | "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "this" | "there" | "on" | "in" | "at" | "to" | "both" | "his" | "her" | "its" | "their" | "our" | "all" | "some" | "many" | "most" | "several" | "no" | "of")
    });
    // (a denial to someone, "the strike denied Oslo its fish …", is no body's statement here)
    let denied_name = lex.cues.get(&doc.tokens[t].lower).is_some_and(|c| c.lemma == "deny") && next.is_some_and(|n| n.cap);
    if !speech || !(clause_follows || lemma == Some("express")) || denied_name {
        return None;
    }
    // the clause opens at the sentence start or after a comma, within a few words
    let start = (lo.max(end.saturating_sub(10))..end).rev().find(|&j| j == lo || matches!(doc.tokens[j - 1].lower.as_str(), "," | ";" | ":")).unwrap_or(lo);
    // ("But a Chilean official familiar with the talks said …": a conjunction opening the
    // sentence is no part of the subject)
    let start = if start + 2 < end && matches!(doc.tokens[start].lower.as_str(), "but" | "and" | "yet") { start + 1 } else { start };
    // (a cue's noun after a determiner is no verb: "officials familiar with the plans said")
    let noun_after_determiner = |j: usize| j > start && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "its" | "their" | "his" | "her");
    let words_only = (start..end).all(|j| matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && ctx.tok_quote[j].is_none() && (!lex.cues.contains_key(&doc.tokens[j].lower) || noun_after_determiner(j)));
    let first = doc.tokens[start].lower.as_str();
    // ("Local observers in Maine say": one or two adjectives before a plural speaker noun too)
    let adjectives_led = (start + 1..(start + 3).min(end)).any(|j| {
        let l = doc.tokens[j].lower.as_str();
        l.len() > 3 && l.ends_with('s') && lex.speaker_nouns.contains(l) && (start..j).all(|i| !lex.stopwords.contains(&doc.tokens[i].lower))
    });
    // ("Three people familiar with the matter said": a count leads one too)
    let counted = doc.tokens[start].kind == TokenKind::Number || crate::lexicon::is_count_word(first);
    // ("“…,” Hale's chief strategist said": a name and its possessive lead a phrase whose head
    // is a person noun, as a determiner does)
    let possessive_led = (start + 1..(start + 4).min(end.saturating_sub(1))).find(|&j| matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s")).is_some_and(|p| {
        let head = doc.tokens[end - 1].lower.as_str();
        (start..p).all(|j| doc.tokens[j].cap) && (lex.person_nouns.contains(head) || lex.speaker_nouns.contains(head))
    });
    // ("Factline then ruled that …": one capitalised word that is no common word and no name the
    // article knows, opening the sentence, speaks as written)
    let unknown_name = end == start + 1 && start == lo && {
        let x = &doc.tokens[start];
        let singular = x.lower.strip_suffix('s').unwrap_or(&x.lower);
        x.cap && x.kind == TokenKind::Word && x.lower.len() > 3 && ctx.tok_mention[start].is_none() && !lex.common_words.contains(&x.lower) && !lex.common_words.contains(singular) && !lex.stopwords.contains(&x.lower) && !is_pronoun(&x.lower)
    };
    let led = (counted || matches!(first, "the" | "a" | "an" | "this" | "that" | "another" | "several" | "some" | "many" | "all" | "most" | "these")) && end - start >= 2 || lex.speaker_nouns.contains(first) || adjectives_led || possessive_led || unknown_name;
    // ("The mayor toured the farm and said …": a phrase ending in a coordinator is a clause
    // whose verb the cue goes on from, not a subject)
    // (nor one ending in a relative pronoun: "The board heard from dock workers who warned …")
    let coordinated = matches!(doc.tokens[end - 1].lower.as_str(), "and" | "but" | "or" | "then" | "who" | "which");
    (words_only && led && end - start <= 10 && !is_pronoun(&doc.tokens[end - 1].lower) && !coordinated).then_some((start, end))
}

/// "Halden-based", "São Paulo-based" at `p` (before `limit`): where a body is based, a place
/// of up to three capitalised words ending in "-based", before the body's kind or name; the
/// token after it, else `p`.
pub(crate) fn past_based_place(doc: &Doc, p: usize, limit: usize) -> usize {
    let based = |j: usize| doc.tokens[j].lower.len() > 6 && doc.tokens[j].lower.ends_with("-based");
    (p..limit.min(p + 3).min(doc.tokens.len())).find(|&j| based(j) && (p..j).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word)).map_or(p, |j| j + 1)
}

/// Tokens `o + 1..k` name a body after the "of" or "at" at `o` ("of the League for
/// Renewal"): capitalised words, small words inside but not at the end.
fn affiliation_name(doc: &Doc, o: usize, k: usize) -> bool {
    // ("of the Centre party", "of the Unity bloc": a lower-case party word after a name)
    let party = |j: usize| j == k - 1 && j > o + 1 && doc.tokens[j - 1].cap && matches!(doc.tokens[j].lower.as_str(), "party" | "bloc" | "movement" | "coalition" | "alliance" | "faction");
    // ("of the Anti-Fraud Court in Lima": where the body sits, a place after "in")
    let seat = |j: usize| j > o + 2 && doc.tokens[j].lower == "in" && doc.mention_at_token(j + 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.token_at(doc.mentions[m].span.end) == k);
    // ("of law firm Harbor Legal": up to two lower-case words of the body's kind before its name)
    let lex = Lexicon::get();
    let mut p = o + 1 + usize::from(doc.tokens.get(o + 1).is_some_and(|x| x.lower == "the"));
    // ("from the Halden-based research firm Vexa Insights": where the body is based, before its kind)
    p = past_based_place(doc, p, k);
    let from = p;
    while p < k && p < from + 2 && doc.tokens[p].kind == TokenKind::Word && !doc.tokens[p].cap && !lex.stopwords.contains(&doc.tokens[p].lower) && !lex.cues.contains_key(&doc.tokens[p].lower) {
        p += 1;
    }
    let kind = |j: usize| j >= from && j < p && p < k && doc.tokens[p].cap;
    o + 1 < k && (doc.tokens[k - 1].cap || party(k - 1)) && (o + 1..k).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word || party(j) || seat(j) || kind(j) || matches!(doc.tokens[j].lower.as_str(), "the" | "&" | "for" | "and") || j > o + 1 && doc.tokens[j].lower == "of")
}

/// Where a body's initials in brackets right before token `k` start ("… Party of Struggle
/// (PDI-P)"), else `k`.
fn initials_before(doc: &Doc, k: usize, lo: usize) -> usize {
    if k >= lo + 4 && doc.tokens[k - 1].lower == ")" && doc.tokens[k - 3].lower == "(" && doc.tokens[k - 2].cap {
        k - 3
    } else {
        k
    }
}

/// A person's name and an affiliation ("Jane Roe of the Harbor Party") end right before token `k`.
fn affiliation_ends(doc: &Doc, k: usize, lo: usize) -> bool {
    let k = initials_before(doc, k, lo);
    (lo.max(k.saturating_sub(9))..k).rev().filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "at" | "from")).any(|o| o > lo && affiliation_name(doc, o, k) && person_name_ends(doc, o))
}

/// "The alliance's naval mission off Norland, HARPA, said": an organisation's name alone
/// between two commas, ending right before token `o` (a comma), after a description.
fn apposed_body(doc: &Doc, o: usize, lo: usize) -> bool {
    doc.mention_at_token(o - 1).is_some_and(|m| {
        let s = doc.token_at(doc.mentions[m].span.start);
        // (a description before it, not a list of names: "Oslo, Bergen, the Harbor Union said")
        const BODIES: &[&str] = &["mission", "force", "body", "agency", "group", "organisation", "organization", "alliance", "coalition", "bloc", "union", "watchdog", "regulator", "militia", "movement", "party", "company", "firm"];
        let described = || (lo..s - 1).any(|j| !doc.tokens[j].cap && BODIES.contains(&doc.tokens[j].lower.as_str()));
        doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.mentions[m].span.end == doc.tokens[o - 1].span.end && s > lo + 1 && doc.tokens[s - 1].lower == "," && described()
    })
}

/// A person's name ends right before token `o`.
fn person_name_ends(doc: &Doc, o: usize) -> bool {
    doc.mention_at_token(o - 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.mentions[m].span.end == doc.tokens[o - 1].span.end)
}

/// The words before the comma at `o` are a description of a person opening its clause ("a
/// spokeswoman for Jane Roe", "the lawyer of …"): a determiner, then a noun for a person
/// before a preposition, with no verb or comma between.
fn described_before(doc: &Doc, o: usize, lo: usize) -> bool {
    let lex = Lexicon::get();
    let person_noun = |l: &str| lex.speaker_nouns.contains(l) || lex.person_nouns.contains(l) || lex.titles.get(l).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific);
    let Some(d) = (lo.max(o.saturating_sub(10))..o).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Quote && !matches!(doc.tokens[j].lower.as_str(), "," | ";" | ":") && !lex.cues.contains_key(&doc.tokens[j].lower)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "a" | "an" | "the")) else { return false };
    let opens = d == lo || matches!(doc.tokens[d - 1].lower.as_str(), "," | "and" | "but");
    opens && (d + 1..o).any(|j| person_noun(&doc.tokens[j].lower) && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "for" | "of" | "to")))
}

/// The word at `j` stands inside a relative clause opened by ", who", ", which" or ", whose" before it
/// in the same stretch between commas (", who had long urged the council to cut fares,").
pub(crate) fn in_relative_clause(doc: &Doc, j: usize, lo: usize) -> bool {
    let Some(c) = (lo.max(j.saturating_sub(20))..j).rev().find(|&k| matches!(doc.tokens[k].lower.as_str(), "," | ";" | ":") || doc.tokens[k].kind == TokenKind::Quote) else { return false };
    doc.tokens[c].lower == "," && c + 1 < j && matches!(doc.tokens[c + 1].lower.as_str(), "who" | "which" | "whom" | "whose")
}

/// A capitalised word (a name) ends right before token `o`.
fn ctx_free_name_before(doc: &Doc, o: usize) -> bool {
    // ("Vexoil Ltd., the refiner, said": an abbreviation's full stop ends the name;
    // or a person's name whose last word opens with a lower-case particle: "Ali al-Hassan")
    let abbreviated = o > 1 && doc.tokens[o - 1].lower == "." && doc.tokens[o - 1].span.start == doc.tokens[o - 2].span.end && doc.tokens[o - 2].cap && doc.tokens[o - 2].kind == TokenKind::Word;
    // ("Amalgamated Transit Union Local 113, which represents …, warned": a body's name that
    // ends in its number)
    let numbered = o > 0 && doc.tokens[o - 1].kind == TokenKind::Number && doc.mention_at_token(o - 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization && doc.mentions[m].span.end == doc.tokens[o - 1].span.end);
    o > 0 && doc.tokens[o - 1].cap && doc.tokens[o - 1].kind == TokenKind::Word || o > 1 && doc.tokens[o - 1].lower == ")" || abbreviated || numbered || o > 0 && person_name_ends(doc, o)
}

/// The cue at `j` is the infinitive of why a source is unnamed ("who spoke on condition of
/// anonymity to discuss private deliberations", "not authorised to speak publicly"), no
/// statement of its own.
pub(crate) fn unnamed_because(doc: &Doc, j: usize, lo: usize) -> bool {
    j >= lo + 2 && doc.tokens[j - 1].lower == "to" && (j.saturating_sub(6).max(lo)..j - 1).any(|x| matches!(doc.tokens[x].lower.as_str(), "anonymity" | "authorized" | "authorised" | "permitted" | "allowed" | "cleared" | "empowered"))
}

/// Where the subject of a verb at `t` ends: before auxiliaries, adverbs and an appositive.
pub fn subject_end(doc: &Doc, t: usize, lo: usize) -> usize {
    // (a match, not a scan of a list of ninety words: asked for each word before every cue)
    fn aux(w: &str) -> bool {
        matches!(
            w,
            "has" | "had" | "have" | "also" | "later" | "then" | "again" | "repeatedly" | "previously" | "reportedly" | "already" | "quickly" |
            "publicly" | "separately" | "further" | "still" | "once" | "would" | "will" | "did" | "does" | "not" | "never" | "recently" |
            "earlier" | "subsequently" | "firmly" | "strongly" | "openly" | "allegedly" | "is" | "was" | "were" | "are" | "am" | "yesterday" | "today" |
            "tonight" | "privately" | "initially" | "been" | "being" | "first" | "last" | "this" | "week" | "month" | "year" | "morning" | "evening" | "afternoon" |
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "on" | "night" | "just" | "even" | "simply" |
            // "now says", "has long argued", and negated cues ("hasn't said", "isn't saying")
            "now" | "long" | "yet" | "hasn't" | "haven't" | "hadn't" | "didn't" | "doesn't" | "don't" | "isn't" | "aren't" | "wasn't" | "weren't" |
            "won't" | "wouldn't" | "can't" | "cannot" | "couldn't" | "often" | "always" | "ever" | "sometimes" | "almost" |
            // "Quist and Okafor all suggested", "both said": a floating quantifier after the subject
            "all" | "both" |
            // "Mr. Roe himself denied": an intensifying pronoun after the subject
            "himself" | "herself" | "themselves" | "itself" |
            // "Quist might say that …": a modal before the cue
            "might" | "could" | "may" | "should" | "can"
        )
    }
    // "appeared to suggest", "seemed to accept": the subject of the outer verb speaks
    const RAISING: &[&str] = &["appeared", "appears", "appear", "seemed", "seems", "seem", "tried", "tries", "continued", "continues"];
    // ("Ann May said", "Tom Long says": a capitalised word after a name is its surname,
    // not a modal or an adverb; weekdays stay times)
    let surname = |j: usize| {
        let x = &doc.tokens[j];
        x.cap && j > lo && doc.tokens[j - 1].cap && doc.tokens[j - 1].kind == TokenKind::Word && !crate::lexicon::is_weekday(&x.lower)
    };
    let mut k = t;
    loop {
        let before = k;
        k -= date_before(doc, k, lo);
        // ("Vexoil Ltd., the refiner, said": the full stop of an abbreviation before the
        // appositive's comma is the name's)
        if k > lo + 1 && doc.tokens[k - 1].lower == "." && doc.tokens[k - 1].span.start == doc.tokens[k - 2].span.end && doc.tokens[k - 2].cap && doc.tokens.get(k).is_some_and(|x| x.lower == ",") {
            k -= 1;
        }
        // ("a Saudi-owned weekly reports": a paper's "weekly" or "daily" is no adverb)
        // ("He's claiming that …": the "'s" of a pronoun is "is" or "has")
        while k > lo && (aux(&doc.tokens[k - 1].lower) && !surname(k - 1) || k >= lo + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "'s" | "’s") && matches!(doc.tokens[k - 2].lower.as_str(), "he" | "she") || doc.tokens[k - 1].lower.ends_with("ly") && doc.tokens[k - 1].lower.len() > 4 && !doc.tokens[k - 1].cap && !matches!(doc.tokens[k - 1].lower.as_str(), "weekly" | "daily" | "monthly" | "quarterly")) {
            k -= 1;
        }
        if k > lo + 1 && doc.tokens[k - 1].lower == "to" && RAISING.contains(&doc.tokens[k - 2].lower.as_str()) {
            k -= 2;
            continue;
        }
        // "went on to say": the subject of "went on" speaks
        if k > lo + 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "on" && matches!(doc.tokens[k - 3].lower.as_str(), "went" | "goes" | "go" | "going" | "gone") {
            k -= 3;
            continue;
        }
        // "Jane Roe (D-Wis.) said": a parenthesis after the name
        if k > lo && doc.tokens[k - 1].lower == ")" {
            if let Some(open) = (lo..k - 1).rev().take(10).find(|&j| doc.tokens[j].lower == "(") {
                k = open;
            }
        }
        // "Washington along with its allies demanded": the first party is the subject
        if let Some(j) = (lo.max(k.saturating_sub(8))..k).find(|&j| {
            let (l, n) = (doc.tokens[j].lower.as_str(), doc.tokens.get(j + 1).map(|t| t.lower.as_str()));
            (l == "along" || l == "together") && n == Some("with") || l == "as" && n == Some("well")
        }) {
            if j > lo && doc.tokens[j - 1].kind == TokenKind::Word {
                k = j;
            }
        }
        // "Jane Roe was quoted as saying": the passive frame before the participle
        if k > lo + 2 && doc.tokens[k - 1].lower == "as" && matches!(doc.tokens[k - 2].lower.as_str(), "quoted" | "cited") {
            k -= 2;
        }
        // ("… was quoted by the state news agency as saying": the agency that quotes between)
        if k > lo + 4 && doc.tokens[k - 1].lower == "as" {
            if let Some(q) = (lo.max(k.saturating_sub(12))..k - 2).rev().find(|&j| matches!(doc.tokens[j].lower.as_str(), "quoted" | "cited") && doc.tokens[j + 1].lower == "by") {
                k = q;
            }
        }
        // "Jane Roe -- a member of the panel -- said": an appositive between dashes
        if let Some(open) = dash_appositive(doc, k, lo) {
            k = open;
            // ("Jane Roe, the head of the firm -- which owns the paper -- said": a comma
            // appositive before the dashes goes with them)
            if let Some(o) = (lo.max(k.saturating_sub(12))..k).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Quote).find(|&j| doc.tokens[j].lower == ",") {
                if o > lo && person_name_ends(doc, o) && doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an")) {
                    k = o;
                }
            }
        }
        // "Jane Roe of the Harbor Club said", "Jane Roe at the Harbor Review agreed": a
        // person's affiliation after "of" or "at"
        // ("Jane Roe of the University of Oslo said": the "of" after the name, not the one inside
        // the body's name)
        // ("Analyst Jane Roe from the Halden-based research firm Vexa Insights says": or "from",
        // further back past where the body is based)
        if let Some(o) = (lo.max(k.saturating_sub(9))..k).rev().filter(|&j| matches!(doc.tokens[j].lower.as_str(), "of" | "at" | "from")).find(|&o| affiliation_name(doc, o, k) && o > lo && person_name_ends(doc, o)) {
            k = o;
        }
        // "Quina Jones, 25, said": an age in apposition
        if k > lo + 3 && doc.tokens[k - 1].lower == "," && doc.tokens[k - 2].kind == TokenKind::Number && doc.tokens[k - 3].lower == "," {
            k -= 3;
        }
        // "The rebel group, Forces for Democracy (FDD), insisted": a name in apposition
        if k > lo + 2 && doc.tokens[k - 1].lower == "," {
            if let Some(open) = (lo..k - 1).rev().take(10).find(|&j| doc.tokens[j].lower == ",") {
                let name_like = (open + 1..k - 1).all(|j| doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "of" | "for" | "the" | "and" | "(" | ")" | "-"))
                    && !person_name_ends(doc, k - 1)
                    && !affiliation_ends(doc, k - 1, lo);
                if name_like && open > lo && !doc.tokens[open - 1].cap && doc.tokens[open - 1].kind == TokenKind::Word {
                    k = open;
                }
            }
        }
        // ("Jane Roe, who has called the pact "a prison," said …": the relative clause's closing
        // comma written inside the quotation's closing mark; the name before it is the subject)
        if k > lo + 4 && doc.tokens[k - 1].kind == TokenKind::Quote && doc.tokens[k - 2].lower == "," {
            let o = (lo.max(k.saturating_sub(30))..k - 2).rev().find(|&j| doc.tokens[j].lower == "," && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which")));
            if let Some(o) = o.filter(|&o| o > lo && ctx_free_name_before(doc, o) && (o..k).filter(|&x| doc.tokens[x].kind == TokenKind::Quote).count() == 2) {
                k = o;
                continue;
            }
        }
        // ", the Russian Kremlin spokesperson," between subject and verb
        if k > lo && doc.tokens[k - 1].lower == "," {
            let open = (lo..k - 1).rev().take(12).find(|&j| doc.tokens[j].lower == ",");
            let inner_has_title = open.is_some_and(|o| (o + 1..k - 1).any(|j| Lexicon::get().titles.contains_key(&doc.tokens[j].lower)));
            // ("The minister of the harbour, Mr. Tom Hale, argues": titles and a person's whole
            // name between the commas are the subject, the description before them its appositive)
            // ("The Republican chairman of the committee, Rep. Jane Roe of Texas, backed …": the
            // home state or place after "of" closes the name's phrase; the name ends before it)
            let name_end = (k >= lo + 5)
                .then(|| doc.mention_at_token(k - 2))
                .flatten()
                .filter(|&m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.mentions[m].span.end == doc.tokens[k - 2].span.end)
                .map(|m| doc.token_at(doc.mentions[m].span.start))
                .filter(|&st| st > lo + 2 && doc.tokens[st - 1].lower == "of" && person_name_ends(doc, st - 1))
                .map_or(k - 1, |st| st - 1);
            let titled_name = open.is_some_and(|o| {
                o < name_end
                    && person_name_ends(doc, name_end)
                    && doc.mention_at_token(name_end - 1).is_some_and(|m| {
                        let start = doc.mentions[m].span.start;
                        // ("the league's chief, former Norwegian sports minister Jane Roe,")
                        let lex = Lexicon::get();
                        (o + 1..name_end).take_while(|&j| doc.tokens[j].span.start < start).all(|j| {
                            let l = &doc.tokens[j].lower;
                            lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || lex.country_adjectives.contains_key(l) || doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word || l == "."
                        })
                    })
            });
            // ("A spokeswoman for Jane Roe, Ann Hale, said": a person's name in apposition to a
            // description whose object is another person: the name is the subject)
            let described_name = titled_name && open.is_some_and(|o| o > lo && person_name_ends(doc, o) && described_before(doc, o, lo));
            let inner_has_title = inner_has_title && !titled_name;
            // ", who runs the campaign," / ", a former senator,": a relative clause or appositive
            // (several commas may stand inside: ", a spokeswoman for the coalition, which …,")
            let lex = Lexicon::get();
            let relative = (lo.max(k.saturating_sub(45))..k - 1)
                .rev()
                // (a capitalised cue word is part of a name: "United States"; a participle is
                // part of it: ", speaking to reporters,", ", a Democrat seeking a second term,")
                // (a cue word after a determiner or a preposition is a noun: "one of the states
                // in the pact", ", speaking on state television,";
                // after "who" it is the relative clause's: ", who spoke on condition of anonymity,")
                // (nor any word inside a relative clause: ", who had long urged the council to
                // cut fares," has verbs of its own)
                // (nor a passive participle before its agent: ", a tabloid published by the
                // party's daily,")
                // (nor the infinitive of why a source is unnamed: ", speaking on condition of
                // anonymity to discuss military operations,")
                .take_while(|&j| !(lex.cues.contains_key(&doc.tokens[j].lower) && !doc.tokens[j].cap && !doc.tokens[j].lower.ends_with("ing") && !unnamed_because(doc, j, lo) && !asked_aside(doc, j) && !(j > lo && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "who" | "which" | "on" | "in" | "at" | "for" | "of" | "with" | "from" | "about" | "over")) && !support_for(doc, j) && !in_relative_clause(doc, j, lo) && !(doc.tokens[j].lower.ends_with("ed") && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "by"))) && !(doc.tokens[j].lower == ";" || doc.tokens[j].lower == ":" && !ticker_colon(doc, j)))
                // (a quotation may stand inside when it closes there too: ", who has led efforts
                // to form a “coalition of the willing”,")
                .filter(|&j| doc.tokens[j].lower == "," && (j..k - 1).filter(|&x| doc.tokens[x].kind == TokenKind::Quote).count() % 2 == 0)
                .take(4)
                .filter(|&o| {
                    let opens = doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which" | "whose" | "whom" | "where" | "a" | "an" | "the" | "one" | "now" | "then" | "himself" | "herself") || !x.cap && x.lower.ends_with("ing") || past_participle_by(doc, o + 1) || participle_phrase(doc, o + 1) || asked_aside(doc, o + 1))
                        // ("China, Pakistan's closest ally, said": a possessor's description after a name)
                        // ("The National Confederation of Industry (CNI), Brazil's main industry
                        // lobby, warned": the name's initials in brackets before it)
                        // ("China, North Korea's main ally, urged": a possessor of two or three words)
                        || o > lo && (doc.mention_at_token(o - 1).is_some() || doc.tokens[o - 1].lower == ")") && doc.tokens.get(o + 1).is_some_and(|x| x.cap) && (o + 2..o + 5).take_while(|&p| p < k).find(|&p| !doc.tokens[p].cap || doc.tokens[p].kind != TokenKind::Word).is_some_and(|p| matches!(doc.tokens[p].lower.as_str(), "'s" | "’s"));
                    // "Dianne Feinstein, Democrat of California, said": any appositive after a person's name
                    opens || o > lo && person_name_ends(doc, o)
                })
                .collect::<Vec<usize>>();
            // ("Jane Roe, the mayor of Tilden, one of the towns in the pact, said": of two
            // appositives in a row, the one after a person's name opens them)
            let relative = relative.iter().copied().find(|&o| o > lo && person_name_ends(doc, o)).or(relative.first().copied());
            // ("Jane Roe, 56, who has served …,": an age between the name and the relative clause)
            let aged = |o: usize| o > lo + 2 && doc.tokens[o - 1].kind == TokenKind::Number && doc.tokens[o - 2].lower == "," && ctx_free_name_before(doc, o - 2);
            // ("At the harbour, the port director, Jane Roe, said": a name in apposition to a
            // title after an opening phrase is the subject, as it is at the sentence's start;
            // the opening phrase's comma is no appositive's)
            if described_name || titled_name && open.is_some_and(|o| o > lo && !person_name_ends(doc, o) && (lo..o).rev().take_while(|&j| doc.tokens[j].lower != ",").any(|j| lex.titles.get(&doc.tokens[j].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific))) {
                k = name_end;
            } else if inner_has_title {
                k = open.unwrap_or(k);
            } else if let Some(o) = relative.filter(|&o| o > lo && (ctx_free_name_before(doc, o) || aged(o))) {
                k = if aged(o) { o - 2 } else { o };
            } else if let Some(o) = relative.filter(|&o| {
                // "Local officials, who met on Monday, said", "The union, which represents
                // 2,000 workers, said": a relative clause after a speaker noun or a name
                // (or a participle: "Two senior diplomats, speaking on condition of anonymity, said")
                // ("Belgium, where most of the assets are held, has demanded …": a place's)
                // ("The whistleblower, a former inspector at the Wichita, Kansas, plant, told …": a
                // description with commas of its own after a noun for a speaker)
                o > lo && doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which") || matches!(x.lower.as_str(), "a" | "an") && lex.speaker_nouns.contains(&doc.tokens[o - 1].lower) || x.lower == "where" && doc.mention_at_token(o - 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place)) || !x.cap && x.lower.ends_with("ing") || past_participle_by(doc, o + 1) || participle_phrase(doc, o + 1) || asked_aside(doc, o + 1)) && (lex.speaker_nouns.contains(&doc.tokens[o - 1].lower) || lex.titles.get(&doc.tokens[o - 1].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific) || doc.tokens[o - 1].cap && doc.tokens[o - 1].kind == TokenKind::Word)
            }) {
                k = o;
            } else if k >= lo + 2 && (person_name_ends(doc, k - 1) || affiliation_ends(doc, k - 1, lo) || apposed_body(doc, k - 1, lo)) {
                // "…, Mike Waltz, has expressed": the person named before the comma is the subject
                // ("…, Jane Roe of the Harbor Party, conceded": with the person's affiliation)
                k -= 1;
            } else if let Some(n) = aside_before(doc, k - 1, lo).filter(|&n| n == 1 || !doc.tokens[t].lower.ends_with("ing")) {
                // (a phrase only before a finite verb: "called for releasing the videos, as
                // well, saying …" has its subject further back)
                k -= 1 + n;
                if k > lo && doc.tokens[k - 1].lower == "," {
                    k -= 1;
                }
            }
        }
        if k == before {
            return k;
        }
    }
}

/// "Sotto on Wednesday, December 3, called on …", "Roe on Dec. 5 said …": the date of a time
/// phrase between a subject and its verb, ending before token `k` (after the weekday and its
/// comma, or after "on"): the number of tokens it takes, 0 if none ends there. The weekday and
/// "on" before it are `subject_end`'s times already.
fn date_before(doc: &Doc, k: usize, lo: usize) -> usize {
    let tok = |j: usize| doc.tokens[j].lower.as_str();
    let comma = k > lo && tok(k - 1) == ",";
    let day = k - comma as usize;
    if day < lo + 3 || doc.tokens[day - 1].kind != TokenKind::Number || doc.tokens[day - 1].lower.len() > 2 {
        return 0;
    }
    // ("Dec. 5": an abbreviation's full stop between)
    let dot = tok(day - 2) == ".";
    let month = day - 2 - dot as usize;
    if month <= lo || !(crate::lexicon::is_month(tok(month)) || dot && crate::lexicon::is_month_or_abbreviation(tok(month))) {
        return 0;
    }
    // (after "Wednesday," the commas pair up; after "on" no comma closes the date)
    let after_weekday = comma && month > lo + 1 && tok(month - 1) == "," && crate::lexicon::is_weekday(tok(month - 2));
    if after_weekday {
        k - (month - 1)
    } else if !comma && tok(month - 1) == "on" {
        k - month
    } else {
        0
    }
}

/// A past participle at token `j` opening a reduced relative clause with a preposition or a
/// particle ("founded in 1990", "based in Geneva", "made up largely of lawmakers"): ", X, founded
/// in 1990, said" has X as its subject.
fn participle_phrase(doc: &Doc, j: usize) -> bool {
    const IRREGULAR: &[&str] = &["made", "held", "led", "known", "set", "built", "run", "founded", "based"];
    const NEXT: &[&str] = &["in", "of", "up", "from", "on", "by", "with", "largely", "mostly", "mainly", "partly", "chiefly", "since", "after", "during", "under", "as"];
    doc.tokens.get(j).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && (x.lower.ends_with("ed") || IRREGULAR.contains(&x.lower.as_str())) && !Lexicon::get().cues.contains_key(&x.lower))
        && doc.tokens.get(j + 1 + time_between(doc, j + 1)).is_some_and(|x| NEXT.contains(&x.lower.as_str()))
}

/// "this year", "last month", "until recently": a short time adverbial between a participle
/// and its preposition (", chaired this year by X,", ", led until recently by X,"): its number
/// of words, else 0.
fn time_between(doc: &Doc, k: usize) -> usize {
    let w = |i: usize| doc.tokens.get(i).map_or("", |x| x.lower.as_str());
    if matches!(w(k), "this" | "last" | "next") && matches!(w(k + 1), "year" | "month" | "week" | "term" | "season" | "session" | "time") {
        2
    } else if w(k) == "until" && w(k + 1) == "recently" {
        2
    } else if matches!(w(k), "currently" | "now" | "jointly" | "formerly" | "previously" | "once") {
        1
    } else {
        0
    }
}

/// ", asked about the funding,", ", when asked whether …,": the question put to a speaker,
/// set off by commas between the subject and its verb (token `j` is "asked" or the "when"
/// before it), is no statement of its own and keeps the subject before it.
fn asked_aside(doc: &Doc, j: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    let s = if j > 0 && w(j) == "asked" && w(j - 1) == "when" { j - 1 } else { j };
    let a = if w(s) == "when" { s + 1 } else { s };
    s > 0 && w(s - 1) == "," && w(a) == "asked" && matches!(w(a + 1), "about" | "whether" | "if" | "how" | "why" | "what" | "when" | "on")
}

/// A past participle with its agent at token `j` ("seen by the BBC", "signed by 40 MPs",
/// "obtained by Reuters"): a reduced relative clause after the noun before it.
fn past_participle_by(doc: &Doc, j: usize) -> bool {
    const IRREGULAR: &[&str] = &["seen", "written", "shown", "given", "drawn", "sent", "made", "held", "led", "known", "taken", "read", "heard", "brought", "put"];
    doc.tokens.get(j).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && (x.lower.ends_with("ed") || IRREGULAR.contains(&x.lower.as_str())))
        && doc.tokens.get(j + 1 + time_between(doc, j + 1)).is_some_and(|x| x.lower == "by")
}

/// "Norway, for its part, said", "The ministry, in turn, said": a discourse adverbial set off
/// by commas between a subject and its verb, ending before token `k`: its number of words.
fn aside_before(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    const ASIDES: &[&str] = &[
        "however", "meanwhile", "too", "though", "also", "moreover", "nevertheless", "nonetheless", "instead", "likewise", "separately", "similarly", "meantime", "still",
        "in turn", "in response", "in return", "in contrast", "by contrast", "in addition", "in particular", "for now", "as well", "as expected", "at the time", "at the same time",
        "in the meantime", "on the other hand", "for its part", "for his part", "for her part", "for their part", "for our part", "for my part", "for your part",
    ];
    ASIDES
        .iter()
        .find_map(|phrase| {
            let n = phrase.split(' ').count();
            // (the words stand right before `k`, after at least one word of the subject)
            (k >= lo + n + 1 && phrase.split(' ').zip(k - n..k).all(|(w, j)| doc.tokens[j].lower == w)).then_some(n)
        })
        .or_else(|| media_aside(doc, k, lo))
}

/// "The party, in a statement, demanded …", "The union, in a letter to members on Monday,
/// said …", "The IMF, in its latest review of Vexmoor's economy, urged …": where it was said, set off by commas between a subject and its verb, ending
/// before token `k` (its comma): its number of tokens. "in", a determiner, up to one
/// modifier ("a joint statement") and a noun for what carries words; no quotation, no cue.
fn media_aside(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    // ("The IMF, in its latest review of Vexmoor's economy, urged …": a body's report too)
    const CARRIERS: &[&str] = &["statement", "letter", "post", "video", "message", "interview", "speech", "communique", "communiqué", "release", "note", "tweet", "briefing", "broadcast", "op-ed", "declaration", "report", "review", "assessment", "filing", "bulletin", "outlook"];
    let open = (lo.max(k.saturating_sub(12))..k).rev().find(|&j| doc.tokens[j].lower == ",")?;
    if open <= lo || doc.tokens.get(open + 1)?.lower != "in" || !matches!(doc.tokens.get(open + 2)?.lower.as_str(), "a" | "an" | "its" | "his" | "her" | "their" | "the") {
        return None;
    }
    (open + 3..(open + 5).min(k)).find(|&j| CARRIERS.contains(&doc.tokens[j].lower.as_str()))?;
    let lex = Lexicon::get();
    (open + 1..k).all(|j| doc.tokens[j].kind != TokenKind::Quote && !(lex.cues.contains_key(&doc.tokens[j].lower) && !CARRIERS.contains(&doc.tokens[j].lower.as_str()))).then_some(k - open - 1)
}

/// A dash (an em or en dash, or "--") ending at token `k`: its first token.
fn dash_before(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    let l = doc.tokens.get(k.checked_sub(1)?)?.lower.as_str();
    match l {
        "—" | "–" => Some(k - 1),
        "-" if k >= lo + 2 && doc.tokens[k - 2].lower == "-" => Some(k - 2),
        _ => None,
    }
}

/// "Jane Roe -- co-editor of a book on the budget -- said": an appositive between two
/// dashes right before the verb at `k`, after a word. The opening dash's first token.
fn dash_appositive(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    let close = dash_before(doc, k, lo)?;
    // (the appositive is a phrase: no sentence punctuation or quote inside, at most 25 tokens)
    let open = (lo.max(close.saturating_sub(25))..close)
        .rev()
        .take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":" | "!" | "?") && doc.tokens[j].kind != TokenKind::Quote)
        .find_map(|j| dash_before(doc, j + 1, lo).filter(|&d| d + 1 < close && d > lo))?;
    (doc.tokens[open - 1].kind == TokenKind::Word).then_some(open)
}

/// The colon of a stock ticker in brackets ("owned by Quillmart plc (LSE: QML), said"), as
/// `orgs` reads tickers: no clause break.
fn ticker_colon(doc: &Doc, j: usize) -> bool {
    (j.saturating_sub(3)..j).rev().find(|&x| doc.tokens[x].lower == "(").is_some_and(|open| super::orgs::ticker_at(doc, open).is_some())
}

/// A form of "tell": whom it names is told (an audience), neither a speaker nor a topic.
pub(crate) fn told_form(w: &str) -> bool {
    matches!(w, "told" | "tells" | "tell" | "telling")
}

/// "support" before "for" is the noun ("EU support for Kyiv", "a critic of US support for
/// the war"): the verb takes its object without a preposition.
pub(crate) fn support_for(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].lower == "support" && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "for")
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
        return start >= 2 && word(start - 1) == "in" && (SAID_IN.contains(&word(start - 2)) || told_audience) && !matches!(word(end), "'s" | "of");
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

/// A social platform's name, where people post what they say ("Instagram", "Telegram").
pub(crate) fn social_platform(name: &str) -> bool {
    matches!(name, "X" | "Twitter" | "Facebook" | "Instagram" | "TikTok" | "Telegram" | "YouTube" | "LinkedIn" | "Threads" | "Bluesky" | "Truth Social" | "WhatsApp" | "Weibo" | "WeChat" | "Snapchat" | "Reddit" | "VKontakte" | "Substack")
}

/// A title at token `t` (before `b`) is followed by a person's name: "President Jane Roe".
fn titles_a_name(doc: &Doc, ctx: &Ctx, t: usize, b: usize) -> bool {
    super::names::title_at(doc, t, b).is_some_and(|(e, _)| ctx.tok_mention.get(e).copied().flatten().is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person))
}

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

fn actors_in_with(doc: &Doc, ctx: &Ctx, span: Span, exclude: &[usize], speaker: Option<usize>, own_pronouns: bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
    let mut k = a;
    while k < b {
        if let Some(m) = ctx.tok_mention[k] {
            // "Norway's leader": the holder of the office the possessive names, if known
            let possessive = doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| x.lower == "'s");
            if let Some((e, end)) = possessive.then(|| description_at(doc, ctx, k, b)).flatten() {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
                k = end;
                continue;
            }
            let e = doc.mentions[m].entity;
            let mend = doc.token_at(doc.mentions[m].span.end);
            // (the adjective of a named person's title: "Chilean President Jane Roe" is about
            // Roe, not Chile)
            if doc.entities[e].kind == EntityKind::Country && mend < b && titles_a_name(doc, ctx, mend, b) || venue(doc, m, mend) {
                k = mend.max(k + 1);
                continue;
            }
            // (a surname naming a family, "the Okoro family", "to the Roe family's lawyer", is
            // the family, not the person of that name)
            let mstart = doc.token_at(doc.mentions[m].span.start);
            if doc.entities[e].kind == EntityKind::Person && mstart > 0 && doc.tokens[mstart - 1].lower == "the" && doc.tokens.get(mend).is_some_and(|x| matches!(x.lower.as_str(), "family" | "families" | "family's")) {
                k = mend.max(k + 1);
                continue;
            }
            // (a leader's surname before the noun of his government, "accused the Marcos
            // administration of …", "The Modi government must …", "the rift between the Roe
            // and Poe camps", is that government, not the man: his state, when a role of his
            // names one)
            if doc.entities[e].kind == EntityKind::Person && governs_as_modifier(doc, ctx, mend, b) {
                let state = doc.roles.iter().filter(|r| r.holder == e && !r.former).filter_map(|r| r.of).map(|o| doc.actor_of(o)).find(|&o| doc.entities[o].kind == EntityKind::Country);
                if let Some(c) = state.filter(|&c| !out.contains(&c) && !exclude.contains(&c) && Some(c) != speaker) {
                    out.push(c);
                }
                k = mend.max(k + 1);
                continue;
            }
            // (a region's name used as an adjective before the states or people of it,
            // "Pacific countries", "our Pacific family", "Gulf states", is about them, not the
            // region: only a place, not a country, whose adjective stays a mention)
            if doc.entities[e].kind == EntityKind::Place
                && doc.tokens.get(mend).is_some_and(|x| !x.cap && matches!(x.lower.as_str(), "countries" | "nations" | "states" | "leaders" | "family" | "governments" | "neighbours" | "neighbors" | "partners" | "economies"))
            {
                k = mend.max(k + 1);
                continue;
            }
            if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker && Some(doc.actor_of(e)) != speaker {
                out.push(e);
            }
            k = doc.token_at(doc.mentions[m].span.end).max(k + 1);
            continue;
        }
        let l = doc.tokens[k].lower.as_str();
        // "the Russian military", "Ukrainians": a country the article names (not the adjective
        // of a named person's title: "Chilean President Jane Roe" is about Roe)
        if let Some(c) = Lexicon::get().country_adjectives.get(l).or_else(|| Lexicon::get().demonyms.get(l)).filter(|_| !titles_a_name(doc, ctx, k + 1, b)) {
            if let Some(e) = doc.named_country(&Lexicon::get().countries[*c].iso2) {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
        }
        // ("confidence in his chancellor": the holder of the office, not the owner; but not
        // the speaker's own aide, "he said his envoy had held talks")
        let own = || speaker.is_some() && resolve_pronoun(doc, ctx, k, None) == speaker;
        if let Some((e, end)) = matches!(l, "his" | "her").then(|| description_after(doc, ctx, k, b, true)).flatten().filter(|_| !own()) {
            if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                out.push(e);
            }
            k = end;
            continue;
        }
        if own_pronouns && matches!(l, "he" | "him" | "his" | "she" | "her") && ctx.tok_quote[k].is_none() {
            k += 1;
            continue;
        }
        if matches!(l, "he" | "him" | "his" | "she" | "her") {
            // inside a quote "he" is never the speaker; in reported speech it often is
            // ("Hale said he wants …"), and then it is left out rather than passed on
            let quoted = ctx.tok_quote[k].is_some();
            if let Some(e) = resolve_pronoun(doc, ctx, k, if quoted { speaker } else { None }) {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
        } else if let Some((es, end)) = matches!(l, "the" | "both" | "two").then(|| plural_description_at(doc, k, b)).flatten() {
            for e in es {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
            k = end;
            continue;
        } else if l == "the" {
            // ("A Harbor Pay official said the company would …", its chief executive saying so:
            // the speaker's own company, no topic)
            let executive = |r: &crate::model::Role| {
                let h = r.head.to_lowercase();
                !r.former && ["chief", "ceo", "chair", "president", "founder", "spokes", "director", "official"].iter().any(|w| h.contains(w))
            };
            let employed = || speaker.is_some_and(|s| doc.entities[s].kind == EntityKind::Organization || doc.roles.iter().any(|r| r.holder == s && executive(r) && r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Organization)));
            let company = company_topic(doc, k, b);
            if let Some((_, end)) = company.filter(|_| employed()) {
                k = end;
                continue;
            }
            if let Some((e, end)) = description_at(doc, ctx, k, b).or_else(|| org_by_head_in(doc, k, b, true)).or_else(|| ruling_body(doc, k, b)).or_else(|| opposition_at(doc, k, b)).or(company).or_else(|| board_owner(doc, k, b)).or_else(|| place_by_head(doc, k, b)) {
                // ("told the court the pair had …": a body told is the audience, no topic, as
                // a named one is in `venue`)
                let told = k > 0 && told_form(&doc.tokens[k - 1].lower);
                if !told && !out.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
                k = end;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// After a person's name ending at token `k` (before `limit`): the lower-case noun of a
/// government or camp it modifies ("Marcos administration", "Modi government"), or "and" with
/// another person's name before that noun ("the Roe and Poe camps").
fn governs_as_modifier(doc: &Doc, ctx: &Ctx, k: usize, limit: usize) -> bool {
    let noun = |j: usize| j < limit && doc.tokens.get(j).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "administration" | "government" | "regime" | "camp" | "camps"));
    if noun(k) {
        return true;
    }
    if k + 1 >= limit || doc.tokens[k].lower != "and" {
        return false;
    }
    let Some(m) = ctx.tok_mention[k + 1] else { return false };
    let m = &doc.mentions[m];
    doc.token_at(m.span.start) == k + 1 && doc.entities[m.entity].kind == EntityKind::Person && noun(doc.token_at(m.span.end))
}

/// "called on parliament to withdraw it", "the legislature", "the upper house would not
/// vote" (`t` at the phrase): the one legislature (or upper or lower chamber) the story named
/// before by its name ("House of Representatives (DPR)", "Senate", "Chamber of Deputies").
/// Asked only at these words.
fn legislature_at(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    const LOWER: &[&str] = &["house of representatives", "chamber of deputies", "national assembly", "house of commons", "lok sabha", "state duma", "bundestag", "house of the people"];
    const UPPER: &[&str] = &["senate", "house of lords", "rajya sabha", "house of councillors", "federation council", "bundesrat", "national council of provinces"];
    const OTHER: &[&str] = &["parliament", "congress", "knesset", "national congress", "legislative assembly", "majlis", "riksdag", "sejm", "verkhovna rada", "grand national assembly"];
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
    the_one(doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| m.entity).filter(|&e| fits(e))).map(|e| (e, end))
}
