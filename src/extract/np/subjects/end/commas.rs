//! ", the Brazilian presidency's spokesperson," between subject and verb: an appositive, a
//! titled name or a relative clause between commas before the verb (`Subject::past_comma_appositive`),
//! what was found between the commas an `Apposition`, its answers in the old `if`/`else if` order.

use super::*;

/// What `past_comma_appositive` found before the comma at `k - 1`: `open` the comma before it;
/// `name_end` where a titled name between them ends; `titled_name`, `described_name`,
/// `inner_has_title`; `commas` the commas that may open an appositive or a relative clause,
/// `relative` the one of them that opens it.
struct Apposition {
    open: Option<usize>,
    name_end: usize,
    titled_name: bool,
    described_name: bool,
    inner_has_title: bool,
    commas: Vec<usize>,
    relative: Option<usize>,
}

impl Subject<'_> {
    /// ", the Brazilian presidency's spokesperson," between subject and verb
    #[inline(always)]
    pub(super) fn past_comma_appositive(&mut self) {
        let Subject { doc, lo, k, .. } = *self;
        if k > lo && doc.tokens[k - 1].lower == "," {
            let a = self.apposition();
            self.k = self.subject_before_comma(&a);
        }
    }

    /// The `Apposition` before the comma at `k - 1`.
    #[inline(always)]
    fn apposition(&self) -> Apposition {
        let Subject { doc, lo, k, .. } = *self;
        let open = (lo..k - 1).rev().take(12).find(|&j| doc.tokens[j].lower == ",");
        let inner_has_title = open.is_some_and(|o| (o + 1..k - 1).any(|j| Lexicon::get().titles.contains_key(&doc.tokens[j].lower) && !title_word_in_body_name(doc, j)));
        let name_end = self.name_end();
        let titled_name = self.titled_name(open, name_end);
        // ("A spokeswoman for Jane Roe, Ann Hale, said": a person's name in apposition to a
        // description whose object is another person: the name is the subject)
        let described_name = titled_name && open.is_some_and(|o| o > lo && person_name_ends(doc, o) && described_before(doc, o, lo));
        let inner_has_title = inner_has_title && !titled_name;
        let commas = self.appositive_commas();
        // ("Jane Roe, the mayor of Tilden, one of the towns in the pact, said": of two
        // appositives in a row, the one after a person's name opens them)
        let relative = commas.iter().copied().find(|&o| o > lo && person_name_ends(doc, o)).or(commas.first().copied());
        Apposition { open, name_end, titled_name, described_name, inner_has_title, commas, relative }
    }

    /// ("The minister of the harbour, Mr. Tom Hale, argues": titles and a person's whole
    /// name between the commas are the subject, the description before them its appositive)
    /// ("The Republican chairman of the committee, Rep. Jane Roe of Texas, backed …": the
    /// home state or place after "of" closes the name's phrase; the name ends before it)
    #[inline(always)]
    fn name_end(&self) -> usize {
        let Subject { doc, lo, k, .. } = *self;
        (k >= lo + 5)
            .then(|| doc.mention_at_token(k - 2))
            .flatten()
            .filter(|&m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.mentions[m].span.end == doc.tokens[k - 2].span.end)
            .map(|m| doc.token_at(doc.mentions[m].span.start))
            .filter(|&st| st > lo + 2 && doc.tokens[st - 1].lower == "of" && person_name_ends(doc, st - 1))
            .map_or(k - 1, |st| st - 1)
    }

    /// Titles and a person's whole name between the comma `open` and `name_end`.
    #[inline(always)]
    fn titled_name(&self, open: Option<usize>, name_end: usize) -> bool {
        let doc = self.doc;
        open.is_some_and(|o| {
            o < name_end
                && person_name_ends(doc, name_end)
                && doc.mention_at_token(name_end - 1).is_some_and(|m| {
                    let start = doc.mentions[m].span.start;
                    // ("the league's chief, former Norwegian sports minister Jane Roe,")
                    let lex = Lexicon::get();
                    (o + 1..name_end).take_while(|&j| doc.tokens[j].span.start < start).all(|j| {
                        let l = &doc.tokens[j].lower;
                        lex.titles.contains_key(l) || lex.title_modifiers.contains(l) || lex.country_adjectives.contains_key(l) || doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word || l == "." || the_before_style(doc, o, j) || the_before_office(doc, o, j)
                    })
                })
        })
    }

    /// ", who runs the campaign," / ", a former senator,": a relative clause or appositive
    /// (several commas may stand inside: ", a spokeswoman for the coalition, which …,"): the
    /// commas, back from `k`, that may open one, up to four.
    #[inline(always)]
    fn appositive_commas(&self) -> Vec<usize> {
        let Subject { doc, lo, k, .. } = *self;
        let lex = Lexicon::get();
        (lo.max(k.saturating_sub(45))..k - 1)
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
            .take_while(|&j| !(lex.cues.contains_key(&doc.tokens[j].lower) && !doc.tokens[j].cap && !doc.tokens[j].lower.ends_with("ing") && !unnamed_because(doc, j, lo) && !asked_aside(doc, j) && !(j > lo && matches!(doc.tokens[j - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "who" | "which" | "on" | "in" | "at" | "for" | "of" | "with" | "from" | "about" | "over")) && !support_for(doc, j) && !state_before_noun(doc, j) && !noun_after_modifier(doc, j) && !in_relative_clause(doc, j, lo) && !(doc.tokens[j].lower.ends_with("ed") && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "by"))) && !(doc.tokens[j].lower == ";" || doc.tokens[j].lower == ":" && !ticker_colon(doc, j)))
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
            .collect::<Vec<usize>>()
    }

    /// Where the subject ends, given the `Apposition` before the comma at `k - 1`: the first
    /// case that answers, in the old `if`/`else if` order, else `k` as it was.
    #[inline(always)]
    fn subject_before_comma(&self, a: &Apposition) -> usize {
        first_case!(
            self.name_before_company(),
            self.name_after_title(a),
            self.title_between(a),
            self.name_before_relative(a),
            self.speaker_before_relative(a),
            self.name_before_comma(),
            self.aside_before_comma();
            self.k
        )
    }

    /// ("Jane Roe, speaking alongside the Quarn premier, Ada Vell, and the Vexmoor president,
    /// Tom Hale, outside the palace, said": a participle of appearing with others opens an
    /// aside after a person's name that names them, their appositives' commas among its words;
    /// the name before it is the subject. Before, only the last four commas were read, and the
    /// last name in the aside was taken for the subject)
    #[inline(always)]
    fn name_before_company(&self) -> Option<usize> {
        let Subject { doc, lo, k, .. } = *self;
        let lex = Lexicon::get();
        if k < lo + 8 {
            return None;
        }
        (lo.max(k.saturating_sub(45))..k - 1)
            .rev()
            .take_while(|&j| {
                let x = &doc.tokens[j];
                x.kind != TokenKind::Quote && !matches!(x.lower.as_str(), ";" | ":" | "who" | "which") && !(lex.cues.contains_key(&x.lower) && !x.cap && !x.lower.ends_with("ing"))
            })
            .find(|&o| {
                o > lo
                    && doc.tokens[o].lower == ","
                    && doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "speaking" | "standing" | "appearing"))
                    && doc.tokens.get(o + 2).is_some_and(|x| matches!(x.lower.as_str(), "alongside" | "beside" | "with"))
                    && person_name_ends(doc, o)
            })
    }

    /// ("At the harbour, the port director, Jane Roe, said": a name in apposition to a
    /// title after an opening phrase is the subject, as it is at the sentence's start;
    /// the opening phrase's comma is no appositive's)
    #[inline(always)]
    fn name_after_title(&self, a: &Apposition) -> Option<usize> {
        let Subject { doc, lo, .. } = *self;
        let lex = Lexicon::get();
        let title = |o: usize| (lo..o).rev().take_while(|&j| doc.tokens[j].lower != ",").any(|j| lex.titles.get(&doc.tokens[j].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific));
        (a.described_name || a.titled_name && a.open.is_some_and(|o| o > lo && !person_name_ends(doc, o) && (title(o) || self.opening_then_description(o)))).then_some(a.name_end)
    }

    /// ("At Quarnby, one primary school principal, Rita Vane, said", "On Monday, a teacher,
    /// Nora Tulley, said": after a phrase that opens the clause with a preposition and ends at a
    /// comma, a description in lower-case words opened by an article or "one" before the comma
    /// at `o` names no title, yet the name after it is the subject all the same; the opening
    /// phrase's comma, before "the"/"one", was read as an appositive's, its place or time
    /// taken for the subject, and the statement was lost; one adverb before the comma,
    /// "Today, one of the largest lenders, X, said", stands as such a phrase, `opening_adverb`)
    #[inline(always)]
    fn opening_then_description(&self, o: usize) -> bool {
        let Subject { doc, lo, .. } = *self;
        let lex = Lexicon::get();
        let Some(p) = (lo + 1..o).rev().find(|&j| doc.tokens[j].lower == ",") else { return false };
        (crate::extract::roles::OPENING_PREPOSITIONS.contains(&doc.tokens[lo].lower.as_str()) && p >= lo + 2 || p == lo + 1 && opening_adverb(&doc.tokens[lo].lower))
            && (lo + 1..p).all(|j| doc.tokens[j].lower != ",")
            && p + 2 < o
            && matches!(doc.tokens[p + 1].lower.as_str(), "a" | "an" | "the" | "one" | "another")
            && (p + 2..o).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && !lex.cues.contains_key(&doc.tokens[j].lower))
            && !lex.stopwords.contains(&doc.tokens[o - 1].lower)
    }

    /// ", the Brazilian presidency's spokesperson,": a title between the commas, the subject
    /// before them.
    #[inline(always)]
    fn title_between(&self, a: &Apposition) -> Option<usize> {
        a.inner_has_title.then(|| a.open.unwrap_or(self.k))
    }

    /// ("Jane Roe, 56, who has served …,": an age between the name and the relative clause)
    #[inline(always)]
    fn aged(&self, o: usize) -> bool {
        let Subject { doc, lo, .. } = *self;
        o > lo + 2 && doc.tokens[o - 1].kind == TokenKind::Number && doc.tokens[o - 2].lower == "," && ctx_free_name_before(doc, o - 2)
    }

    /// A relative clause or an appositive after a name (or a name and its age): the name is
    /// the subject.
    #[inline(always)]
    fn name_before_relative(&self, a: &Apposition) -> Option<usize> {
        let Subject { doc, lo, .. } = *self;
        let o = a.relative.filter(|&o| o > lo && (ctx_free_name_before(doc, o) || self.aged(o)))?;
        let k = if self.aged(o) { o - 2 } else { o };
        // ("Vexa, which operates Tilda, the country's largest exchange, said": an
        // appositive closing a relative clause describes the clause's object; the name
        // before the clause is the subject)
        Some(relative_before_appositive(doc, o, k, lo).unwrap_or(k))
    }

    /// "Local officials, who met on Monday, said", "The union, which represents
    /// 2,000 workers, said": a relative clause after a speaker noun or a name
    /// ("The union, the largest in the sector, said": a description opened by "the" after a
    /// speaker noun too, `definite_description`)
    /// (or a participle: "Two senior diplomats, speaking on condition of anonymity, said")
    /// ("Belgium, where most of the assets are held, has demanded …": a place's)
    /// ("The whistleblower, a former inspector at the Wichita, Kansas, plant, told …": a
    /// description with commas of its own after a noun for a speaker)
    #[inline(always)]
    fn speaker_before_relative(&self, a: &Apposition) -> Option<usize> {
        let Subject { doc, lo, k, .. } = *self;
        let lex = Lexicon::get();
        let o = a.relative.filter(|&o| {
            o > lo && doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "who" | "which") || (matches!(x.lower.as_str(), "a" | "an") || definite_description(doc, o, k)) && lex.speaker_nouns.contains(&doc.tokens[o - 1].lower) || x.lower == "where" && doc.mention_at_token(o - 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Country | EntityKind::Place)) || !x.cap && x.lower.ends_with("ing") || past_participle_by(doc, o + 1) || participle_phrase(doc, o + 1) || asked_aside(doc, o + 1)) && (lex.speaker_nouns.contains(&doc.tokens[o - 1].lower) || lex.titles.get(&doc.tokens[o - 1].lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific) || doc.tokens[o - 1].cap && doc.tokens[o - 1].kind == TokenKind::Word)
        })?;
        // ("Vexa, the Danish shipping group, which owns …, said": the relative clause
        // describes the appositive after a name, and the name is the subject; not a
        // list's next name: "Norway, the United States, which …")
        let apposed = a.commas.iter().copied().find(|&p| {
            p > lo && p + 2 < o && matches!(doc.tokens[p + 1].lower.as_str(), "a" | "an" | "the") && ctx_free_name_before(doc, p)
                && (p + 2..o).all(|j| doc.tokens[j].kind == TokenKind::Word && (!doc.tokens[j].cap || lex.country_adjectives.contains_key(&doc.tokens[j].lower)))
        });
        Some(apposed.unwrap_or(o))
    }

    /// "…, Jane Roe, has expressed": the person named before the comma is the subject
    /// ("…, Jane Roe of the Harbor Party, conceded": with the person's affiliation)
    #[inline(always)]
    fn name_before_comma(&self) -> Option<usize> {
        let Subject { doc, lo, k, .. } = *self;
        (k >= lo + 2 && (person_name_ends(doc, k - 1) || affiliation_ends(doc, k - 1, lo) || apposed_body(doc, k - 1, lo))).then_some(k - 1)
    }

    /// An aside before the comma (`aside_before`), and the comma before it.
    /// (a phrase only before a finite verb: "called for releasing the videos, as
    /// well, saying …" has its subject further back)
    #[inline(always)]
    fn aside_before_comma(&self) -> Option<usize> {
        let Subject { doc, t, lo, k } = *self;
        let n = aside_before(doc, k - 1, lo).filter(|&n| n == 1 || !doc.tokens[t].lower.ends_with("ing"))?;
        let mut k = k - (1 + n);
        if k > lo && doc.tokens[k - 1].lower == "," {
            k -= 1;
        }
        Some(k)
    }
}

/// "The union, the largest among rail staff, said", "The Quarn Transport union, the
/// country's biggest, said": the comma at `o` opens a description of "the" and lower-case
/// words alone (a possessive "'s" among them) up to the comma before the verb at `k - 1`; after a
/// noun for a speaker or body it is that noun's appositive, as ", a big union," is. Before, no
/// statement was made (the subject was looked for between the commas and none was found).
/// Not a name ("The union, the Quarn Labour Federation, said" is left as it was).
fn definite_description(doc: &Doc, o: usize, k: usize) -> bool {
    doc.tokens.get(o + 1).is_some_and(|x| x.lower == "the")
        && o + 2 < k - 1
        && (o + 2..k - 1).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap || matches!(doc.tokens[j].lower.as_str(), "'s" | "\u{2019}s"))
}

/// "Its general secretary, the Reverend Jane Roe, said", "Its chairman, the Rt Hon Tom Hale,
/// said": a "the" right after the apposition's comma at `o` (token `j`) that a title follows
/// belongs to the style before the name ("the Reverend", "the Rev."), not to a description of
/// its own, so the name between the commas is still the subject.
fn the_before_style(doc: &Doc, o: usize, j: usize) -> bool {
    j == o + 1 && doc.tokens[j].lower == "the" && doc.tokens.get(j + 1).is_some_and(|x| x.cap && Lexicon::get().titles.contains_key(&x.lower))
}

/// "Its author, the historian Jane Roe, said", "One of its founders, the economist Tom Hale,
/// told …": a "the" right after the apposition's comma at `o` (token `j`) before a lower-case
/// office ("historian", "economist", "barrister") that the whole name follows is the name's
/// description, so the name between the commas is still the subject; without it the office
/// between the commas made the words before them ("Its author") the subject, and the
/// statement was lost or went to no one.
fn the_before_office(doc: &Doc, o: usize, j: usize) -> bool {
    j == o + 1 && doc.tokens[j].lower == "the" && doc.tokens.get(j + 1).is_some_and(|x| !x.cap && x.kind == TokenKind::Word && Lexicon::get().titles.get(&x.lower).is_some_and(|t| t.class != crate::lexicon::TitleClass::Honorific))
}

/// "The Harbour Trade Association, whose members include Vexco, General Motors and Boeing,
/// said": a capitalised title word at token `j` inside an organisation's name ("General
/// Motors", "General Mills") is no title between the commas; read as one, it ended the subject
/// at the comma before it, and the list's first name became the speaker.
fn title_word_in_body_name(doc: &Doc, j: usize) -> bool {
    doc.tokens[j].cap && doc.mention_at_token(j).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Organization)
}

/// "Vexa, which operates Tilda, the country's largest exchange, said": the comma at `o` opens
/// an appositive ("a"/"an"/"the" or a possessor "Korea's") right after a relative clause
/// (", which …" or ", who …" with no comma inside) that follows a name: the comma before the
/// relative clause, where the subject ends (`k`, the subject's end found so far, is `o`); a
/// noun for a speaker or body before the clause as well.
fn relative_before_appositive(doc: &Doc, o: usize, k: usize, lo: usize) -> Option<usize> {
    if k != o || !doc.tokens.get(o + 1).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an" | "the") || x.cap && doc.tokens.get(o + 2).is_some_and(|y| matches!(y.lower.as_str(), "'s" | "’s"))) {
        return None;
    }
    let r = (lo.max(o.saturating_sub(12))..o).rev().find(|&j| doc.tokens[j].lower == "," || doc.tokens[j].kind == TokenKind::Quote || matches!(doc.tokens[j].lower.as_str(), ";" | ":" | "."))?;
    if doc.tokens[r].lower != "," || r <= lo || !doc.tokens.get(r + 1).is_some_and(|x| matches!(x.lower.as_str(), "which" | "who")) || r + 3 > o {
        return None;
    }
    // ("The union, which represents workers at Acme, the largest carmaker, said": or a noun for
    // a speaker or body)
    (ctx_free_name_before(doc, r) || Lexicon::get().speaker_nouns.contains(&doc.tokens[r - 1].lower)).then_some(r)
}

/// "Today, one of the largest lenders, X, said": one adverb of time or of discourse set off by
/// a comma opening the clause stands as an opening phrase does (`opening_then_description`).
fn opening_adverb(w: &str) -> bool {
    matches!(w, "today" | "yesterday" | "tonight" | "meanwhile" | "earlier" | "later" | "separately" | "elsewhere" | "now" | "however" | "instead" | "still")
}
