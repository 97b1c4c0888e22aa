// The folded names a gazetteer place is filed under, shared by `build.rs` (which writes
// them for every place, so the lexicon borrows them from the binary instead of folding
// 97,000 names at every start) and `gazetteer.rs` (whose test holds the two together).
// Included in both with `include!`; `fold` must be in scope.

/// The keys of a place line's name, kind and aliases cells, in the order the lexicon files
/// them: the name; for a town, the name before a qualifier; each alias, and an alias ending
/// in initials also with full stops. (Repeats are kept: the lexicon files a place once under
/// each key.)
#[allow(dead_code)]
fn place_keys<'a>(name: &str, kind: &str, aliases: impl Iterator<Item = &'a str>) -> Vec<String> {
    // (a name of two letters is filed only in capitals, as "KP" for Khyber Pakhtunkhwa: the
    // towns "Ig", "Ho", "Wa" or "To" would be read in the initials "IG Metall" and "WA" and in
    // the words "To" and "Of")
    let short = |n: &str| n.chars().count() <= 2 && !n.chars().all(|c| c.is_uppercase());
    let mut keys: Vec<String> = Some(name).filter(|n| !short(n)).map(fold).into_iter().collect();
    // "Frankfurt am Main", "Newcastle upon Tyne", "Halle (Saale)": a town is known by the
    // name before its river or district too (the largest of a name is chosen first)
    if kind == "city" {
        if let Some(head) = qualified_head(name) {
            keys.push(fold(head));
        }
    }
    for a in aliases.filter(|a| !short(a)) {
        keys.push(fold(a));
        // "Washington DC" is also written "Washington D.C."
        if let Some(dotted) = dotted_initials(a) {
            keys.push(fold(&dotted));
        }
    }
    keys
}

/// The name a town is known by before a qualifier: "Frankfurt" of "Frankfurt am Main",
/// "Newcastle" of "Newcastle upon Tyne", "Halle" of "Halle (Saale)".
fn qualified_head(name: &str) -> Option<&str> {
    const QUALIFIERS: &[&str] = &[" am ", " an der ", " an den ", " im ", " in der ", " ob der ", " upon ", "-upon-", " sur ", "-sur-", " (", " op den "];
    // every qualifier starts with a space or a hyphen: the first of those where one starts is
    // where the earliest starts (twelve substring searches for each of the 40,000 names
    // cost more than the rest of the gazetteer's parsing)
    let at = name.bytes().enumerate().filter(|&(_, b)| b == b' ' || b == b'-').map(|(i, _)| i).find(|&i| QUALIFIERS.iter().any(|q| name[i..].starts_with(q)))?;
    let head = name[..at].trim();
    (head.chars().filter(|c| c.is_alphabetic()).count() >= 4).then_some(head)
}

/// A name of several words whose last word is two or three capitals, with a full stop after
/// each capital ("Washington DC" → "Washington D.C.").
fn dotted_initials(name: &str) -> Option<String> {
    // (most names do not end in a capital: no search for their last word)
    if !name.as_bytes().last().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let (head, last) = name.rsplit_once(' ')?;
    let caps = (2..=3).contains(&last.len()) && last.bytes().all(|c| c.is_ascii_uppercase());
    caps.then(|| format!("{head} {}", last.chars().map(|c| format!("{c}.")).collect::<String>()))
}

/// The kinds of place the gazetteer knows, by the byte `build.rs` writes for each place
/// (`places.kinds`, `place_kind_code`), so that the kind cell is not matched at every start.
#[allow(dead_code)]
const PLACE_KINDS: [&str; 4] = ["city", "region", "continent", "world region"];

/// A place line's kind cell as its index in `PLACE_KINDS`: a kind other than the last three
/// is a city.
#[allow(dead_code)]
fn place_kind_code(kind: &str) -> u8 {
    match kind {
        "region" => 1,
        "continent" => 2,
        "world region" => 3,
        _ => 0,
    }
}
