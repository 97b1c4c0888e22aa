//! Pronouns and possessives: the actor "he", "she", "they" or "its" stands for, and the clues
//! that tell a person's sex or the order of their names.

use super::*;
use crate::text::words_of;

pub(super) const MALE: &[&str] = &["he", "him", "his"];

pub(super) const FEMALE: &[&str] = &["she", "her"];

pub(super) const GROUP: &[&str] = &["they", "them", "it"];

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

/// "He said the audit faulted …, including the port director, Jo Roe. Hearings would go on,
/// he added": "he" or "she" at `t` that speaks (a cue right after it), after a sentence opening
/// at `s` with the same pronoun speaking, is the one that pronoun stands for: a story goes on
/// with its speaker, whoever was named inside the report.
pub(super) fn same_pronoun_spoke(doc: &Doc, ctx: &Ctx, s: usize, t: usize, exclude: Option<usize>, want: Option<char>) -> Option<usize> {
    let lex = Lexicon::get();
    let sex = |k: usize| match doc.tokens[k].lower.as_str() {
        "he" => Some('m'),
        "she" => Some('f'),
        _ => None,
    };
    let speaks = |k: usize| ctx.tok_quote.at(k).is_none() && doc.tokens.get(k + 1).is_some_and(|x| lex.cues.contains_key(&x.lower));
    if s >= t || want.is_none() || sex(t) != want || sex(s) != want || !speaks(t) || !speaks(s) {
        return None;
    }
    resolve_referent(doc, ctx, s, exclude, true, want)
}

/// Nouns for a woman or girl and for a man or boy: the sex an indefinite description ("a
/// mother of two", "a retired father") gives the "she" or "he" that takes it up.
pub(super) const FEMALE_NOUNS: &[&str] = &["woman", "mother", "girl", "wife", "daughter", "widow", "sister"];

pub(super) const MALE_NOUNS: &[&str] = &["man", "father", "boy", "husband", "son", "widower", "brother"];

/// "A 42-year-old mother of two said she had switched to cheaper rice. “…,” she said": the
/// sentence from `s` (to `b`) opens with an indefinite description of an unnamed person ("a",
/// "an", then up to ten words or numbers with no person named and no comma, one of them a
/// person noun not of the other sex than `want`) right before a cue of saying. A "he" or "she"
/// in the next sentence is that person (vox pops), not someone named further back.
pub(crate) fn unnamed_person_spoke(doc: &Doc, ctx: &Ctx, s: usize, b: usize, want: Option<char>) -> bool {
    let lex = Lexicon::get();
    if !matches!(doc.tokens[s].lower.as_str(), "a" | "an") || ctx.tok_quote.at(s).is_some() {
        return false;
    }
    let mut noun = false;
    for j in s + 1..b.min(s + 12) {
        let w = &doc.tokens[j];
        if lex.cues.get(&w.lower).is_some_and(|c| matches!(c.lemma, "say" | "tell" | "add")) {
            return noun;
        }
        if w.lower == "," || ctx.tok_quote.at(j).is_some() || ctx.tok_mention.at(j).is_some_and(|m| doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == EntityKind::Person) {
            return false;
        }
        let l = w.lower.as_str();
        let other = match want {
            Some('f') => MALE_NOUNS.contains(&l),
            Some('m') => FEMALE_NOUNS.contains(&l),
            _ => false,
        };
        if other {
            return false;
        }
        noun |= !w.cap && (lex.person_nouns.contains(l) || lex.speaker_nouns.contains(l) || FEMALE_NOUNS.contains(&l) || MALE_NOUNS.contains(&l));
    }
    false
}

/// "the average number of children a woman is expected to have in her lifetime", "every
/// worker keeps his pay": "he", "his", "she" or "her" at `t` bound to an indefinite noun phrase
/// of its own sentence before it ("a", "an", "every", "each", "any", at most two lower-case
/// words, then a noun for a person of that sex or of either), with no person named between. It
/// stands for anyone of that kind, no named actor. (Not "Roe, a mother of three, said her …"
/// or "She was a nurse who lost her job": an apposition or a predicate describes someone named;
/// nor "him", more often the one named before, "Roe said a soldier hit him"; nor a phrase
/// inside a quote before "she said" outside it: only a phrase on the pronoun's side of the marks.)
pub(crate) fn bound_to_indefinite(doc: &Doc, ctx: &Ctx, t: usize) -> bool {
    let want = match doc.tokens[t].lower.as_str() {
        "he" | "his" => 'm',
        "she" | "her" => 'f',
        _ => return false,
    };
    const EITHER: &[&str] = &["person", "worker", "employee", "parent", "child", "patient", "citizen", "voter", "student", "resident", "individual", "taxpayer", "consumer", "customer", "pensioner", "driver", "soldier", "conscript", "recruit", "migrant", "refugee", "applicant", "defendant", "prisoner", "teenager", "adult", "baby", "newborn", "doctor", "nurse", "teacher", "farmer", "owner", "buyer", "tenant", "user"];
    let Some(si) = doc.sentence_at(doc.tokens[t].span.start) else { return false };
    let a = doc.sentences[si].tokens.0;
    for k in (a..t).rev() {
        if ctx.tok_mention.at(k).is_some_and(|m| doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == EntityKind::Person) {
            return false;
        }
        if !matches!(doc.tokens[k].lower.as_str(), "a" | "an" | "every" | "each" | "any") || ctx.tok_quote.at(k) != ctx.tok_quote.at(t) {
            continue;
        }
        if k > a && matches!(doc.tokens[k - 1].lower.as_str(), "," | "is" | "was" | "as" | "be" | "been" | "became" | "becomes" | "being" | "are" | "were" | "remains" | "remained") {
            continue;
        }
        for n in k + 1..(k + 4).min(t) {
            let w = &doc.tokens[n];
            if w.kind != TokenKind::Word || w.cap {
                break;
            }
            let l = w.lower.as_str();
            let fits = match want {
                'f' => FEMALE_NOUNS.contains(&l),
                _ => MALE_NOUNS.contains(&l),
            } || EITHER.contains(&l);
            if fits {
                return true;
            }
        }
    }
    false
}

/// "Taro Ito, whose sister died last year, said the payment came too late for her": "she" or
/// "her" ("he", "him" or "his") at `t` after a kin noun of that sex ("sister", "wife",
/// "brother", …) right after "whose" earlier in its own sentence, with no person named between
/// the noun and the pronoun, is that relative, whom the relative clause brings in unnamed, not
/// the last person of that sex named before. (Not a pronoun before the kin noun; not "her
/// brother", "his son": a relative owned by a pronoun is often the one the story is about and
/// names, set18's "His sister, X, said her brother had been unarmed when he …".)
pub(crate) fn bound_to_kin(doc: &Doc, ctx: &Ctx, t: usize) -> bool {
    let nouns = match doc.tokens[t].lower.as_str() {
        "he" | "him" | "his" => MALE_NOUNS,
        "she" | "her" => FEMALE_NOUNS,
        _ => return false,
    };
    let Some(si) = doc.sentence_at(doc.tokens[t].span.start) else { return false };
    let a = doc.sentences[si].tokens.0;
    for k in (a + 1..t).rev() {
        if ctx.tok_mention.at(k).is_some_and(|m| doc.entities[doc.actor_of(doc.mentions[m].entity)].kind == EntityKind::Person) {
            return false;
        }
        if !doc.tokens[k].cap && nouns.contains(&doc.tokens[k].lower.as_str()) && doc.tokens[k - 1].lower == "whose" {
            return true;
        }
    }
    false
}

/// `Doc::honorific_sex`, after a look at the byte before `at` (an honorific ends in "r", "s"
/// or a full stop).
pub(super) fn honorific_before(doc: &Doc, at: usize) -> Option<char> {
    let last = doc.text().as_bytes()[..at].iter().rev().find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))?;
    matches!(last, b'.' | b'r' | b'R' | b's' | b'S' | 128..=255).then(|| doc.honorific_sex(at)).flatten()
}

/// "Jo Roe, the engineer, spoke first. He said …" where the first-name list marks "Jo" a
/// woman's name: when no person of the pronoun's sex is found, the one person named in the
/// sentence and the four before it, unless an honorific ("Ms. Roe") gave the other sex.
pub(super) fn only_person_before(doc: &Doc, ctx: &Ctx, t: usize, exclude: Option<usize>, want_gender: Option<char>) -> Option<usize> {
    let si = doc.sentence_at(doc.tokens[t].span.start)?;
    let a = doc.sentences[si.saturating_sub(4)].tokens.0.max(t.saturating_sub(400));
    let mut found: Option<usize> = None;
    for k in a..t {
        let Some(m) = ctx.tok_mention.at(k) else { continue };
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

/// The sex the first-name list gives the first word of a name of two words or more (the lean
/// of a name given to both sexes, "Kim" a woman's: a pronoun's reading as it was).
pub(super) fn listed_sex(name: &str) -> Option<char> {
    let first = words_of(name).next().filter(|_| name.contains(' '))?;
    Lexicon::get().first_names.get(&crate::lexicon::fold(first)).map(char::to_ascii_lowercase).filter(|_| !family_name_first(name))
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
    let mut it = words_of(name);
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
pub(super) fn pinyin_syllables(w: &str, most: usize) -> bool {
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
