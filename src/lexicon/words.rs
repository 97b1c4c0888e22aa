use super::{cells, data_lines, fold, list, split_byte, trim};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    Speech,
    Accuse,
    Deny,
    Warn,
    Express,
    Announce,
    Belief,
    Write,
    Ask,
    /// Urging and demanding: attributes a quote ("urged X to avoid a “massacre”"), but the
    /// content is a demand (see `extract::demands`), not a reported statement.
    Demand,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub lemma: &'static str,
    pub class: CueClass,
    /// The object right after the verb is the addressee or target ("told reporters", "accused Russia").
    pub takes_object: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    Office,
    Honorific,
    Military,
    Royal,
    Religious,
    Generic,
}

#[derive(Debug, Clone)]
pub struct Title {
    pub norm: &'static str,
    pub class: TitleClass,
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

pub fn word_set(src: &str, lower: bool) -> HashSet<String> {
    let mut set = HashSet::with_capacity_and_hasher(src.len() / 16, Default::default());
    set.extend(data_lines(src).map(|l| if lower { fold(trim(l)) } else { trim(l).to_string() }));
    set
}

/// Single-word cue forms, and multi-word forms grouped by their first word (a cue is looked
/// for at every token: one lookup instead of a scan of every multi-word form).
pub fn cues(src: &str) -> (HashMap<String, Cue>, HashMap<String, Vec<(Vec<String>, Cue)>>) {
    let mut single = HashMap::default();
    let mut multi = Vec::new();
    for line in data_lines(src) {
        let cols: Vec<&str> = split_byte(line, b'\t').collect();
        let [lemma, forms, class, obj] = cols[..] else { continue };
        let class = match class {
            "accuse" => CueClass::Accuse,
            "deny" => CueClass::Deny,
            "warn" => CueClass::Warn,
            "express" => CueClass::Express,
            "announce" => CueClass::Announce,
            "belief" => CueClass::Belief,
            "write" => CueClass::Write,
            "ask" => CueClass::Ask,
            "demand" => CueClass::Demand,
            _ => CueClass::Speech,
        };
        let cue = Cue { lemma: leak(lemma), class, takes_object: obj == "yes" };
        for form in list(forms) {
            let words: Vec<String> = form.split(' ').map(fold).collect();
            if words.len() == 1 {
                single.insert(words[0].clone(), cue.clone());
            } else {
                multi.push((words, cue.clone()));
            }
        }
    }
    // Longest first, so "made it clear" wins over shorter overlapping forms.
    multi.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let mut by_first: HashMap<String, Vec<(Vec<String>, Cue)>> = HashMap::default();
    for (words, cue) in multi {
        by_first.entry(words[0].clone()).or_default().push((words, cue));
    }
    (single, by_first)
}

pub fn titles(src: &str) -> HashMap<String, Title> {
    data_lines(src)
        .filter_map(|l| {
            let cols: Vec<&str> = split_byte(l, b'\t').collect();
            let [phrase, norm, class] = cols[..] else { return None };
            let class = match class {
                "honorific" => TitleClass::Honorific,
                "military" => TitleClass::Military,
                "royal" => TitleClass::Royal,
                "religious" => TitleClass::Religious,
                "generic" => TitleClass::Generic,
                _ => TitleClass::Office,
            };
            Some((fold(phrase), Title { norm: leak(norm), class }))
        })
        .collect()
}

pub fn organisations(src: &str) -> HashMap<String, String> {
    let mut map = HashMap::default();
    for line in data_lines(src) {
        let mut cols = split_byte(line, b'\t');
        let name = cols.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        // (and each written without its accents, as wire copy writes them: "Medecins Sans
        // Frontieres" for "Médecins Sans Frontières"; a spelling of its own wins)
        let mut plain: Vec<String> = Vec::new();
        for n in std::iter::once(name).chain(list(cols.next().unwrap_or(""))) {
            let key = fold(n);
            let bare = crate::resolve::keys::strip_diacritics(&key);
            if bare != key {
                plain.push(bare);
            }
            // (a name with a comma, "Department for Culture, Media and Sport", is looked up
            // as its tokens are joined, the comma a word of its own: "culture , media")
            if key.contains(", ") {
                map.insert(key.replace(", ", " , "), name.to_string());
            }
            map.insert(key, name.to_string());
        }
        for bare in plain {
            map.entry(bare).or_insert_with(|| name.to_string());
        }
    }
    map
}

pub fn institutions(src: &str) -> HashMap<String, (String, String)> {
    let mut map = HashMap::default();
    for line in data_lines(src) {
        let cols: Vec<&str> = split_byte(line, b'\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let entry = (cols[0].to_string(), cols[2].trim().to_string());
        map.insert(fold(cols[0]), entry.clone());
        for alias in list(cols[1]) {
            map.insert(fold(alias.trim_start_matches("the ")), entry.clone());
        }
    }
    map
}

/// `name<TAB>nick|nick…` rows → (name, nickname) pairs, each in alphabetical order.
/// (The names are borrowed from `src` where they are folded already, as every name of
/// `nicknames.tsv` is: two `String`s a pair, ~2,450 pairs, were most of the 2.4 M instructions
/// the set cost to build; the set is made with room for a pair a byte in ten.)
pub fn nicknames(src: &'static str) -> HashSet<(Cow<'static, str>, Cow<'static, str>)> {
    let mut out = HashSet::with_capacity_and_hasher(src.len() / 10, Default::default());
    for line in data_lines(src) {
        let Some((name, nicks)) = line.split_once('\t') else { continue };
        let name = folded(name.trim());
        for nick in list(nicks).map(folded) {
            out.insert(if name <= nick { (name.clone(), nick) } else { (nick, name.clone()) });
        }
    }
    out
}

/// `fold(s)`, borrowing `s` when folding leaves it as it is (ASCII without capitals).
pub fn folded(s: &'static str) -> Cow<'static, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(fold(s))
    }
}

/// A set of nouns with their regular plurals added ("-man" → "-men", "-y" → "-ies", else "+s").
pub fn with_plurals(words: HashSet<String>) -> HashSet<String> {
    let mut out = words.clone();
    for w in &words {
        if let Some(stem) = w.strip_suffix("man") {
            out.insert(format!("{stem}men"));
        } else if let Some(stem) = w.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
            out.insert(format!("{stem}ies"));
        } else if w.ends_with('s') || w.ends_with("ch") || w.ends_with("sh") {
            out.insert(format!("{w}es"));
        } else {
            out.insert(format!("{w}s"));
        }
    }
    out
}

/// Phrases of one kind ("name" or "head") from `holidays.tsv`.
pub fn holidays(src: &str, kind: &str) -> HashSet<String> {
    data_lines(src).filter_map(|l| l.split_once('\t')).filter(|(_, k)| k.trim() == kind).map(|(p, _)| fold(p.trim())).collect()
}

/// A body every state has, by its lower-case words, and how stories name it (see
/// `data/lexicon/state_bodies.txt`): keyed by country, after a country's adjective, alone.
#[derive(Debug, Clone)]
pub struct StateBody {
    pub words: Vec<String>,
    pub key: bool,
    pub adjective: bool,
    pub alone: bool,
}

/// `phrase<TAB>uses`, uses among `key`, `adjective`, `alone`, joined by `|`.
pub fn state_bodies(src: &str) -> Vec<StateBody> {
    data_lines(src)
        .filter_map(|l| {
            let [phrase, uses] = cells::<2>(l)?;
            let has = |u: &str| list(uses).any(|x| x == u);
            Some(StateBody { words: fold(phrase.trim()).split_whitespace().map(str::to_string).collect(), key: has("key"), adjective: has("adjective"), alone: has("alone") })
        })
        .collect()
}

#[cfg(test)]
#[test]
fn nicknames_borrowed_are_the_pairs_folded_copies_gave() {
    // `folded` is `fold`, borrowed or not
    for s in ["charles", "Chuck", "ÉMILE", "émile", "o'neil", "O\u{2019}Neil", "tāne", "", "bill2"] {
        assert_eq!(folded(s), fold(s), "{s:?}");
    }
    assert!(matches!(folded("charles"), Cow::Borrowed(_)) && matches!(folded("Chuck"), Cow::Owned(_)));
    // the set, against the `String` pairs it was built as
    let src = concat!(include_str!("../../data/lexicon/nicknames.tsv"), "Zoë\tZo|ZOE\n");
    let mut old: HashSet<(String, String)> = HashSet::default();
    for line in data_lines(src) {
        let Some((name, nicks)) = line.split_once('\t') else { continue };
        let name = fold(name.trim());
        for nick in list(nicks).map(fold) {
            old.insert(if name <= nick { (name.clone(), nick) } else { (nick, name.clone()) });
        }
    }
    let new = nicknames(src);
    assert!(old.len() > 2000);
    assert_eq!(new.len(), old.len());
    for (a, b) in &old {
        assert!(new.contains(&(Cow::Owned(a.clone()), Cow::Owned(b.clone()))), "{a} {b}");
    }
    assert!(old.contains(&("zo".to_string(), "zoë".to_string())));
}
