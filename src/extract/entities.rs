//! Creating and merging entities within one article.

use crate::lexicon::Lexicon;
use crate::model::{Doc, Entity, EntityKind, Mention, MentionKind, Span};
use crate::resolve::keys::{first_names_compatible, middles_compatible, surname_key};
use crate::text::words_of;

fn blank(kind: EntityKind, name: &str) -> Entity {
    Entity {
        kind,
        name: name.to_string(),
        country: None,
        place_kind: None,
        coords: None,
        region: None,
        stands_for: None,
        key: String::new(),
        surname: String::new(),
        last_seen: 0,
    }
}

/// Words of a person's name: the surname is the last word that is not a suffix.
pub fn name_words(name: &str) -> Vec<&str> {
    words_of(name).filter(|w| name_word(w)).collect()
}

/// Whether a word of a written name counts as a word of the name (a generational suffix,
/// "Jr." or "III", does not).
pub(crate) fn name_word(w: &&str) -> bool {
    !matches!(*w, "Jr." | "Jr" | "Sr." | "III" | "II")
}

/// The generational suffix a written name ends in ("Jr.", "Sr.", "III"), without its dot.
fn generational_suffix(name: &str) -> Option<&str> {
    let last = words_of(name).last()?.trim_end_matches('.');
    matches!(last, "Jr" | "Sr" | "II" | "III" | "IV").then_some(last)
}

/// The sex the lexicon gives a first name, when it gives one (not for a name given to both
/// sexes, 'M' or 'F': "Kim Roe" may be "Mr Roe").
fn given_sex(first: &str) -> Option<char> {
    Lexicon::get().first_names.get(&crate::lexicon::fold(first)).copied().filter(|g| matches!(g, 'm' | 'f'))
}

/// The sex a first name leans to: its sex, or the lean of a name given to both sexes ('M', 'F').
pub(crate) fn leaning_sex(first: &str) -> Option<char> {
    Lexicon::get().first_names.get(&crate::lexicon::fold(first)).map(char::to_ascii_lowercase).filter(|g| matches!(g, 'm' | 'f'))
}

/// Whether a person whose given name `first` is given to both sexes but leans away from an
/// honorific's sex gives way to another person of the surname `sur` whose name leans to it:
/// "Mrs Roe" after "Sam Roe" and "Jane Roe" is Jane; after Sam alone, him.
pub(crate) fn gives_way(entities: &[Entity], sur: &str, first: &str, sex: Option<char>) -> bool {
    sex.is_some() && leaning_sex(first).is_some_and(|g| Some(g) != sex) && entities.iter().any(|o| o.kind == EntityKind::Person && o.surname == sur && o.name.contains(' ') && o.name.split_whitespace().next().and_then(leaning_sex) == sex)
}

fn opposite(a: Option<char>, b: Option<char>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

pub fn surname_of(name: &str) -> String {
    surname_of_words(&name_words(name))
}

/// Where the family name stands in a name written family name first, its given name after it:
/// "Park Sang-hoon", "Choi Min-jae" (a Korean given name of two syllables joined by a hyphen,
/// the second in lower case; "William Lai Ching-te": an English first name may stand before
/// them); "Yoon Suk Yeol", "Kim Su Ah" (a listed East Asian family name, then two short
/// syllables written apart, as `np::family_name_first` asks of three words).
fn family_first_at(words: &[&str]) -> Option<usize> {
    if let [.., family, given] = words[..] {
        if given.split_once('-').is_some_and(|(a, b)| !a.is_empty() && b.starts_with(|c: char| c.is_lowercase())) && family.chars().next().is_some_and(char::is_uppercase) {
            return Some(words.len() - 2);
        }
    }
    if let [family, a, b] = words[..] {
        if super::np::short_syllables(a, b) && super::np::east_asian_family(family) {
            return Some(0);
        }
    }
    None
}

/// Whether two names written family name first have different given names: "Kim Yo Jong" is
/// not "Kim Jong Un", though both are "Kim"; "Kim Jong-un" and "Kim Jong Un" are one (hyphens,
/// spaces and case aside).
fn other_given_name(a: &[&str], b: &[&str]) -> bool {
    let given = |w: &[&str]| family_first_at(w).map(|f| w[f + 1..].iter().flat_map(|x| x.chars()).filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>());
    matches!((given(a), given(b)), (Some(x), Some(y)) if x != y)
}

/// [`surname_of`] the name whose [`name_words`] are `words`.
fn surname_of_words(words: &[&str]) -> String {
    if let Some(f) = family_first_at(words) {
        return surname_key(words[f]);
    }
    // ("Channabasappa-ji": the Indian honorific "-ji" after a name is no part of it)
    words.last().map(|w| surname_key(w.strip_suffix("-ji").or_else(|| w.strip_suffix("-Ji")).filter(|s| s.chars().count() >= 3).unwrap_or(w))).unwrap_or_default()
}

impl Doc {
    pub fn add_mention(&mut self, span: Span, entity: usize, kind: MentionKind) {
        self.add_mention_with_confidence_opt(span, entity, kind, None);
    }

    /// A mention that is a guess, with how sure it is (see `Mention::confidence`).
    pub fn add_mention_with_confidence(&mut self, span: Span, entity: usize, kind: MentionKind, confidence: f32) {
        self.add_mention_with_confidence_opt(span, entity, kind, Some(confidence));
    }

    fn add_mention_with_confidence_opt(&mut self, span: Span, entity: usize, kind: MentionKind, confidence: Option<f32>) {
        // mentions are sorted and disjoint: only the neighbours can overlap
        let at = self.mentions.partition_point(|m| m.span.start < span.start);
        let clash = |i: usize| self.mentions.get(i).is_some_and(|m| m.span.overlaps(span));
        if clash(at) || at > 0 && clash(at - 1) {
            return;
        }
        self.mentions.insert(at, Mention { span, entity, kind, confidence });
        let e = &mut self.entities[entity];
        e.last_seen = e.last_seen.max(span.start + 1);
    }

    /// The person this name refers to: an existing one with the same surname and a
    /// compatible first name, or a new one. A bare surname joins the most recently
    /// mentioned person of that surname.
    pub fn person(&mut self, name: &str, at: usize) -> usize {
        // ("King Abdullah II", "Pope Leo XIV": a monarch's or pope's given name and numeral
        // are the name whole, no surname: it joins a person of that name or of the given
        // name alone, never "Faisal bin Abdullah" by its last word)
        // (read off the words without a list: asked for every name found)
        let mut parts = words_of(name);
        let regnal = match (parts.next(), parts.next(), parts.next()) {
            (Some(given), Some(n), None) if n.len() >= 2 && n.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) => Some(given),
            _ => None,
        };
        let words = if regnal.is_some() { words_of(name).collect() } else { name_words(name) };
        let sur = regnal.map_or_else(|| surname_of_words(&words), surname_key);
        let first = (words.len() > 1 && regnal.is_none()).then(|| words[0]);
        // ("Ahmed said" after "Finance Minister Ahmed Shide …" / "Ahmed told …" and then "Prime
        // Minister Abiy Ahmed": a one-word name the story has already used alone for one person,
        // a word of whose name that is not the last, keeps naming that person, though it is
        // another's surname: papers name the second person in full)
        if let ([word], None) = (&words[..], regnal) {
            if self.honorific_sex(at).is_none() {
                let lw = crate::lexicon::fold(word);
                let bare = |m: &Mention| {
                    let t = self.token_at(m.span.start);
                    m.span.start < at && self.token_at(m.span.end) == t + 1 && self.tokens.get(t).is_some_and(|x| crate::lexicon::fold(&x.lower) == lw) && self.honorific_sex(m.span.start).is_none()
                };
                let mut used = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| e.kind == EntityKind::Person && short_form_in(&e.name, word) && self.mentions.iter().any(|m| m.entity == *i && bare(m)))
                    .map(|(i, _)| i);
                if let (Some(i), None) = (used.next(), used.next()) {
                    return i;
                }
            }
        }
        // ("Ferdinand Marcos Sr." after "President Ferdinand Marcos Jr.": a generational
        // suffix other than one an earlier mention of the person was written with names
        // another person, father or son)
        let suffix = generational_suffix(name);
        let other_generation = |i: usize| suffix.is_some() && self.mentions.iter().any(|m| m.entity == i && generational_suffix(&self.text()[m.span.start..m.span.end]).is_some_and(|x| Some(x) != suffix));
        let mut clashed = false;
        let mut best: Option<(usize, usize)> = None; // (entity, last mention position)
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != EntityKind::Person || e.surname != sur || regnal.is_some_and(|g| e.name != name && e.name != g) {
                continue;
            }
            if other_generation(i) {
                clashed = true;
                continue;
            }
            let ew = name_words(&e.name);
            let ok = match (first, ew.len() > 1) {
                // ("Ortega Lluch" after "Javier Ortega Lluch": two family names, the later
                // mention the name without the given one)
                // ("Von der Leyen" opening a sentence after "Ursula von der Leyen": the case of
                // a particle aside)
                (Some(f), true) => first_names_compatible(f, ew[0]) && middles_compatible(&words, &ew) && !other_given_name(&words, &ew) || words.len() < ew.len() && ew[ew.len() - words.len()..].iter().zip(&words).all(|(a, b)| a.eq_ignore_ascii_case(b)),
                // ("Mr. Roe" is not "Jane Roe", nor "Jane Roe" the "Mr. Roe" named before)
                (None, true) => !opposite(self.honorific_sex(at), given_sex(ew[0])) && !gives_way(&self.entities, &sur, ew[0], self.honorific_sex(at)),
                (Some(f), false) => !self.mentions.iter().any(|m| m.entity == i && opposite(self.honorific_sex(m.span.start), given_sex(f))),
                _ => true,
            };
            if ok {
                // the most recently mentioned (mentions are added in text order)
                let last = if e.last_seen <= at + 1 { e.last_seen } else { 0 };
                if best.is_none_or(|(_, l)| last > l) {
                    // (a bare surname two people share, "Cruz" after "Ted Cruz" and "Heidi Cruz":
                    // the one named more often so far, as papers name a relative in full; the
                    // most recent only on a tie)
                    let count = |x: usize| self.mentions.iter().filter(|m| m.entity == x).count();
                    let keep = first.is_none() && ew.len() > 1 && best.is_some_and(|(b, _)| name_word_count(&self.entities[b].name) > 1 && count(b) > count(i));
                    if !keep {
                        best = Some((i, last));
                    }
                }
            }
        }
        // ("Majhi, the sarpanch, said" after "Lingaraj Majhi, a sarpanch from …" and "Chief
        // Minister Mohan Charan Majhi": a bare surname two people share, with an appositive
        // title after it, is the one whose earlier mention that noun described)
        if first.is_none() && best.is_some() {
            if let Some(i) = self.surname_by_apposition(&sur, words.len(), at) {
                best = Some((i, 0));
            }
        }
        if let Some((i, _)) = best {
            if words.len() > name_word_count(&self.entities[i].name) {
                self.entities[i].name = words.join(" ");
            }
            return i;
        }
        // "Xi" after "Xi Jinping", "Lula" after "Luiz Inacio Lula da Silva" (a family name
        // written first, a name known by a middle word), and the other way round when the
        // short name came first, in a headline: the one person whose full name it is part of
        let only = |keep: &dyn Fn(&Entity) -> bool| {
            let mut found = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && keep(e)).map(|(i, _)| i);
            match (found.next(), found.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        };
        if let [word] = words[..] {
            // (the people whose names hold it, listed once for both rules: a scan of every
            // entity for each one-word name)
            let holders: Vec<usize> = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && short_form_in(&e.name, word)).map(|(i, _)| i).collect();
            // (after the full name, also its first word when that is a given name: "Lin"
            // after "Lin Jian", where no other person's name holds it)
            if let [i] = holders[..] {
                return i;
            }
            // ("Kim" after "Kim Jong Un", with "Kim Yo Jong" named only further on: of several
            // people whose names hold it, the one the story has named so far, when only one)
            if holders.len() > 1 {
                let mut named = holders.into_iter().filter(|&i| self.mentions.iter().any(|m| m.entity == i && m.span.start < at));
                if let (Some(i), None) = (named.next(), named.next()) {
                    return i;
                }
            }
            // "Quillmart shares fell" after "Quillmart Systems": the company, no person (but
            // "a Republican" is a person, not the Republican Party)
            let lex = Lexicon::get();
            let lw = crate::lexicon::fold(word);
            if let Some(i) = self.organisation_short_form(word).filter(|_| !lex.is_common_word(&lw) && !lex.person_nouns.contains(&lw)) {
                return i;
            }
        } else if let Some(i) = self.company_without_designator(&words.join(" ")) {
            // ("Harlan Axle said" after "Harlan Axle Co.": the company, no person)
            return i;
        } else if let Some(i) = only(&|e| !e.name.contains(' ') && short_form_of(&words, &e.name, false)) {
            self.entities[i].name = words.join(" ");
            self.entities[i].surname = sur;
            return i;
        }
        // (the other generation keeps its suffix in its name, which is not the first one's)
        let written = match suffix.filter(|_| clashed) {
            Some(x) => format!("{} {}", words.join(" "), x),
            None => words.join(" "),
        };
        let mut e = blank(EntityKind::Person, &written);
        e.surname = sur;
        self.entities.push(e);
        self.entities.len() - 1
    }

    /// Of the people of surname `sur` named in full before byte `at`, the one an earlier mention
    /// described with the head noun of the appositive after the bare surname at `at` (", the
    /// sarpanch," after "X, a sarpanch from …" or "sarpanch X"), when that is only one.
    fn surname_by_apposition(&self, sur: &str, n: usize, at: usize) -> Option<usize> {
        let t = self.token_at(at) + n;
        let w = |k: usize| self.tokens.get(k).map_or("", |x| x.lower.as_str());
        (w(t) == "," && w(t + 1) == "the").then_some(())?;
        let close = (t + 2..t + 6).find(|&k| w(k) == ",")?;
        let plain = |k: usize| self.tokens[k].kind == crate::model::TokenKind::Word && !self.tokens[k].cap;
        (close > t + 2 && (t + 2..close).all(plain)).then_some(())?;
        let head = w(close - 1);
        let described = |i: usize| {
            self.mentions.iter().filter(|m| m.entity == i && m.span.start < at).any(|m| {
                let (ms, me) = (self.token_at(m.span.start), self.token_at(m.span.end));
                ms >= 1 && w(ms - 1) == head || w(me) == "," && matches!(w(me + 1), "a" | "an" | "the") && (me + 2..me + 6).take_while(|&k| k < self.tokens.len() && plain(k)).any(|k| w(k) == head)
            })
        };
        let mut found = self.entities.iter().enumerate().filter(|(i, e)| e.kind == EntityKind::Person && e.surname == sur && name_word_count(&e.name) > 1 && described(*i)).map(|(i, _)| i);
        match (found.next(), found.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// The sex an honorific right before byte `at` tells ("Mr." male; "Mrs.", "Ms." female).
    pub(crate) fn honorific_sex(&self, at: usize) -> Option<char> {
        let t = self.token_at(at).checked_sub(1)?;
        match self.tokens.get(t)?.lower.trim_end_matches('.') {
            "mr" => Some('m'),
            "mrs" | "ms" | "miss" => Some('f'),
            _ => None,
        }
    }

    /// A new organisation named `name`, even where one of that name is known (two states'
    /// bodies of one name).
    pub(crate) fn another_organisation(&mut self, name: &str) -> usize {
        self.entities.push(blank(EntityKind::Organization, name));
        self.entities.len() - 1
    }

    pub fn organisation(&mut self, name: &str) -> usize {
        let lex = Lexicon::get();
        let canonical = lex.organisations.get(&crate::lexicon::fold(name)).cloned().unwrap_or_else(|| name.to_string());
        if let Some(i) = self.entities.iter().position(|e| e.kind == EntityKind::Organization && e.name.eq_ignore_ascii_case(&canonical)) {
            return i;
        }
        if !canonical.contains(' ') {
            if let Some(i) = self.organisation_short_form(&canonical) {
                return i;
            }
            // ("Cosatu spokesperson X" after "the Congress of South African Trade Unions
            // (Cosatu)": a word that already names an organisation, as its initials, names it)
            if let Some(m) = self.mentions.iter().find(|m| self.entities[m.entity].kind == EntityKind::Organization && self.text()[m.span.start..m.span.end] == *canonical) {
                return m.entity;
            }
            // ("the Treasury" after "the National Treasury", "the Bank" after "the Bank of
            // Ghana": the one body named so in full, as below)
            if let Some(i) = self.body_in_full(&canonical) {
                return i;
            }
        } else {
            // ("If Marula Ridge does not …" after "Marula Ridge Platinum")
            if let Some(i) = self.organisation_short_form(&canonical) {
                return i;
            }
            if let Some(i) = self.body_in_full(&canonical) {
                return i;
            }
            let shorter: Vec<usize> = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization && e.name.contains(' ') && canonical.strip_suffix(e.name.as_str()).is_some_and(|p| p.ends_with(' ') && owner_prefix(p.trim_end(), e.name.as_str()))).map(|(i, _)| i).collect();
            if let [i] = shorter[..] {
                self.entities[i].name = canonical;
                return i;
            }
            // ("told Bloomberg News" after the dateline's "(Bloomberg)", "Quillmart Systems"
            // after "Quillmart": the one body named before by the words before its organisation
            // words, as "Quillmart" after "Quillmart Systems" is; the full name is kept. Not
            // initials, which may be a place's ("SA Government" after "SA"), nor a government)
            let lex = Lexicon::get();
            let initials = |n: &str| n.chars().all(|c| !c.is_lowercase());
            let short: Vec<usize> = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization && !e.name.contains(' ') && !initials(&e.name) && !canonical.ends_with(" Government") && canonical.strip_prefix(e.name.as_str()).and_then(|r| r.strip_prefix(' ')).is_some_and(|rest| rest.split(' ').all(|r| lex.org_words.contains(r) && !lex.titles.contains_key(&crate::lexicon::fold(r))) && !committee_named_after(&e.name, rest))).map(|(i, _)| i).collect();
            if let [i] = short[..] {
                self.entities[i].name = canonical;
                return i;
            }
        }
        self.entities.push(blank(EntityKind::Organization, &canonical));
        self.entities.len() - 1
    }

    /// The one organisation of the article `name` is a short form of: "Security Council" of
    /// "UN Security Council", "Reserve Bank" of "South African Reserve Bank", "Treasury" of
    /// "National Treasury" (the tail of a name whose first word(s) name a listed organisation,
    /// a country or the nation: the body of that owner); "the Election Commission" of "the
    /// Election Commission of Vexmoor", "the Bank" of "the Bank of Ghana" (the name, "of" and
    /// where it is of).
    fn body_in_full(&self, name: &str) -> Option<usize> {
        // (the name and its space, or its " of ", stripped off in place: no " {name}" and
        // "{name} of " built by `format!` at each call)
        let mut longer = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Organization && e.name.strip_suffix(name).and_then(|h| h.strip_suffix(' ')).is_some_and(|owner| owner_prefix(owner, name))
        });
        if let (Some((i, _)), None) = (longer.next(), longer.next()) {
            return Some(i);
        }
        let mut found = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Organization && e.name.strip_prefix(name).and_then(|r| r.strip_prefix(" of ")).is_some_and(|place| !place.contains(" of "))
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The one organisation of the article named `name` and a company's legal designator or
    /// trade after it ("Harlan Axle" of "Harlan Axle Co.", "Vexmoor Ridge" of "Vexmoor Ridge
    /// Platinum"; not "Jane Roe" of the "Jane Roe Foundation").
    pub(crate) fn company_without_designator(&self, name: &str) -> Option<usize> {
        let mut found = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization && e.name.strip_prefix(name).and_then(|r| r.strip_prefix(' ')).is_some_and(company_designator));
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// Whether a mention of entity `e` so far is followed by a comma and "the"/"a"/"an", an
    /// appositive that says what it is ("Vexair Australia, the agency that runs …,"): the
    /// article introduces the body by its full name, which it then shortens.
    pub(crate) fn introduced_with_appositive(&self, e: usize) -> bool {
        self.mentions.iter().filter(|m| m.entity == e).any(|m| {
            let t = self.token_at(m.span.end);
            let w = |k: usize| self.tokens.get(k).map_or("", |x| x.lower.as_str());
            w(t) == "," && matches!(w(t + 1), "the" | "a" | "an")
        })
    }

    /// The one organisation of the article named `word` and organisation words after it
    /// ("Quillmart" of "Quillmart Systems", "Vexmoor Holdings Group"), if there is one.
    pub(crate) fn organisation_short_form(&self, word: &str) -> Option<usize> {
        let lex = Lexicon::get();
        let mut found = self.entities.iter().enumerate().filter(|(i, e)| {
            // ("Marula Ridge" of "Marula Ridge Platinum": the words before a company's trade,
            // too)
            e.kind == EntityKind::Organization && e.name.strip_prefix(word).and_then(|r| r.strip_prefix(' ')).is_some_and(|rest| {
                // ("Halvorsen" of "Halvorsen Breweries": one word too, as only a person named
                // so, found before this is asked, would be meant instead)
                (rest.split(' ').all(|r| (lex.org_words.contains(r) || lex.company_heads.contains(r)) && !lex.titles.contains_key(&crate::lexicon::fold(r))) || without_closing_country(lex, &e.name) == Some(word) && self.introduced_with_appositive(*i))
                    && !committee_named_after(word, rest)
                    // ("Vexcorp" of "Vexcorp Watch": a body named after what it watches or
                    // monitors is another body, not that one's short form)
                    && !rest.split(' ').last().is_some_and(|r| matches!(r, "Watch" | "Monitor"))
            })
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    pub fn institution(&mut self, name: &str, iso2: &str) -> usize {
        let i = self.organisation(name);
        if self.entities[i].stands_for.is_none() {
            if let Some(c) = Lexicon::get().country_by_code(iso2) {
                let state = self.country(c);
                self.entities[i].stands_for = Some(state);
            }
        }
        i
    }

    pub fn country(&mut self, index: usize) -> usize {
        let c = &Lexicon::get().countries[index];
        if let Some(i) = self.named_country(&c.iso2) {
            return i;
        }
        let mut e = blank(EntityKind::Country, &c.name);
        e.country = Some(c.iso2.clone());
        e.coords = c.coords;
        self.entities.push(e);
        self.entities.len() - 1
    }

    pub fn place(&mut self, index: usize, region: bool) -> usize {
        let lex = Lexicon::get();
        let p = &lex.places[index];
        let kind = if region { "region" } else { p.kind };
        let within = (!region && lex.smaller_namesake(p)).then(|| p.region.to_string());
        if let Some(i) = self.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == p.name && e.country.as_deref().unwrap_or("") == p.country && e.region == within) {
            if region {
                self.entities[i].place_kind = Some("region");
            }
            return i;
        }
        let mut e = blank(EntityKind::Place, &p.name);
        e.country = Some(p.country.to_string()).filter(|c| !c.is_empty());
        e.place_kind = Some(kind);
        e.coords = p.coords();
        e.region = within;
        self.entities.push(e);
        let i = self.entities.len() - 1;
        // a capital acting as a state resolves to that state (see `actor_of`); a seat of an
        // international body to that body (`Lexicon::seats`: "Brussels urged Rome to …")
        if let Some((_, _, body)) = Lexicon::get().seats.iter().find(|(city, iso, _)| !region && *city == p.name && *iso == p.country) {
            let body = self.organisation(body);
            self.entities[i].stands_for = Some(body);
        } else if let Some(c) = Lexicon::get().country_by_code(&p.country) {
            if Lexicon::get().countries[c].is_capital(&p.name) && !region {
                let state = self.country(c);
                self.entities[i].stands_for = Some(state);
            }
        }
        i
    }

    /// A place no gazetteer lists ("Lake Wobegon"): known by its name only.
    pub fn unlisted_place(&mut self, name: &str) -> usize {
        if let Some(i) = self.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == name) {
            return i;
        }
        self.entities.push(blank(EntityKind::Place, name));
        self.entities.len() - 1
    }

    /// The people the article names in full (given name and surname) whose surname is
    /// `word` ("Ruto" for "William Ruto").
    pub fn people_named_in_full(&self, word: &str) -> impl Iterator<Item = usize> + '_ {
        let sk = crate::resolve::keys::surname_key(word);
        (0..self.entities.len()).filter(move |&e| self.entities[e].kind == EntityKind::Person && self.entities[e].surname == sk && self.entities[e].name.contains(' '))
    }

    /// The article's entity of the country whose ISO code is `iso2`, if the article names it.
    pub fn named_country(&self, iso2: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.kind == EntityKind::Country && e.country.as_deref() == Some(iso2))
    }

    /// The article's entity of the country a lower-case adjective ("chilean") names, if the
    /// article names that country.
    pub fn country_of_adjective(&self, lower: &str) -> Option<usize> {
        let lex = Lexicon::get();
        lex.country_adjectives.get(lower).and_then(|&c| self.named_country(&lex.countries[c].iso2))
    }

    /// The actor an entity stands for when it acts or speaks: a capital or seat of
    /// government acts as its state; everything else as itself.
    pub fn actor_of(&self, e: usize) -> usize {
        match self.entities[e].stands_for {
            Some(s) if self.entities[e].kind == EntityKind::Place => s,
            _ => e,
        }
    }
}

/// The name without the country's name that closes it ("Vexair Australia" → "Vexair",
/// "Quarnby Theatre Canada" → "Quarnby Theatre"), unless what is left is one common word, given
/// name, place or country ("Rowing Canada", "Victoria Australia": no short form). A country's
/// name closing an organisation's name says where the body works, and copy drops it after the
/// first mention (else "Vexair Australia, the agency that …, said" and "Vexair said" are two
/// nodes); its adjective does not ("Quarnby Australian" is no such name). Both callers
/// (`Doc::organisation_short_form`, `orgs::short_forms`) ask it only for a body the article
/// introduced with an appositive (`Doc::introduced_with_appositive`): the national arm of a
/// body known by the bare name ("Quarnpeace UK", "Ticketline Canada" beside the "Ticketline"
/// the parent is) is named without one, and the golds keep those two apart.
pub(crate) fn without_closing_country<'a>(lex: &Lexicon, name: &'a str) -> Option<&'a str> {
    // (the last word, or the last two: "… New Zealand")
    let (head, _) = [1, 2].into_iter().filter_map(|n| {
        let cut = name.rmatch_indices(' ').nth(n - 1)?.0;
        Some((&name[..cut], &name[cut + 1..]))
    }).find(|(_, last)| lex.country_names.get(&crate::lexicon::fold(last)).is_some())?;
    let lower = crate::lexicon::fold(head);
    let plain = !lower.contains(' ') && (lex.is_common_word(&lower) || lex.first_names.contains_key(&lower));
    (!head.is_empty() && !plain && !lex.place_names.contains_key(&lower) && lex.country_any(&lower).is_none()).then_some(head)
}

/// "the Treasury Committee" after "a Treasury spokesperson", "the Senate Committee" after "the
/// Senate": a state body (`word`) is not the parliament's committee named after it (`rest`, the
/// words after it), so neither is a short form of the other.
fn committee_named_after(word: &str, rest: &str) -> bool {
    rest.split(' ').any(|r| matches!(r, "Committee" | "Subcommittee" | "Caucus")) && Lexicon::get().state_body_keys.contains(crate::lexicon::fold(word).as_str())
}

/// Whether `word` is a word of the full name `full` (two words or more) before its surname,
/// not a given name of one sex at its start unless `given_ok` (those are otherwise left to
/// the rules for given names): "Xi" of "Xi Jinping", "Lula" of "Luiz Inacio Lula da Silva".
/// Words before a body's name `name` that say whose body it is: a listed organisation ("UN"
/// of "UN Security Council"), a country ("South African" of "South African Reserve Bank") or
/// the nation ("National" of "National Treasury"). (A country's only for a body not every
/// state has: "Azerbaijan's Foreign Ministry" is no short form of the "Russian Foreign
/// Ministry" named before.)
fn owner_prefix(prefix: &str, name: &str) -> bool {
    let lex = Lexicon::get();
    let f = crate::lexicon::fold(prefix);
    f == "national"
        || lex.organisations.contains_key(&f)
        || lex.country_by_adjective_or_name(&f).is_some() && !lex.state_body_keys.contains(crate::lexicon::fold(name).as_str())
}

/// `short_form_of(&name_words(name), word, true)` without the list of words (asked of every
/// person of the document for each one-word name): a word of the name but its last.
fn short_form_in(name: &str, word: &str) -> bool {
    // (~13,000 asks per 200 articles, ~400 instructions each to split the name: a name
    // with no byte equal to the word's first, ASCII case aside, has no word equal to it as
    // `eq_ignore_ascii_case` compares, and is told by that scan of its bytes alone)
    if let Some(f) = word.bytes().next().map(|b| b.to_ascii_lowercase()) {
        if !name.bytes().any(|b| b.to_ascii_lowercase() == f) {
            return false;
        }
    }
    let mut words = words_of(name).filter(name_word);
    let Some(mut w) = words.next() else { return false };
    for next in words {
        if w.eq_ignore_ascii_case(word) {
            return true;
        }
        w = next;
    }
    false
}

/// `name_words(name).len()` without the list.
fn name_word_count(name: &str) -> usize {
    words_of(name).filter(name_word).count()
}

fn short_form_of(full: &[&str], word: &str, given_ok: bool) -> bool {
    full.len() >= 2 && full[..full.len() - 1].iter().enumerate().any(|(i, w)| w.eq_ignore_ascii_case(word) && (i > 0 || given_ok || !Lexicon::get().is_gendered_given_name(w)))
}

/// A company's legal designator or trade, as the last word of its name ("Co.", "Inc", "GmbH",
/// "Motors", "Airlines").
pub(crate) fn company_designator(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "Co" | "Inc" | "Ltd" | "Corp" | "LLC" | "Plc" | "plc" | "AG" | "SA" | "GmbH" | "NV") || Lexicon::get().company_heads.contains(w)
}
