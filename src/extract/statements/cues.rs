//! Speech cues: which words report speech ("said", "accused", "posted on X") and, for a verb with
//! other senses, when it speaks.

use super::*;
use crate::lexicon::Cue;
use crate::model::Token;

mod clauses;
mod deeds;
mod multiword;
mod nouns;
mod senses;

use self::multiword::multiword_cue;
use self::senses::Sense;

/// A cue verb at token `t`: (lemma, class, takes an object, end token).
#[inline]
pub fn cue_at(doc: &Doc, t: usize) -> Option<(&'static str, CueClass, bool, usize)> {
    // (asked at nearly every word: most words are no cue, and their signature says so here)
    let lex = Lexicon::get();
    let tok = doc.tokens.get(t)?;
    // (the word's signature worked out once for both tables)
    if tok.kind != TokenKind::Word || {
        let sig = crate::lexicon::Signature::of(&tok.lower);
        !lex.multiword_cues.may_hold_signed(sig) && !lex.cues.may_hold_signed(sig)
    } {
        return None;
    }
    // (kept per token while the document is only read: asked again at the same word by
    // many rules)
    crate::extract::memo::cue(doc, t, || cue_at_word(doc, t))
}

/// "asked the panel to order …", "has asked lawyers to stay away": a request of someone to do
/// something (from `k`, after the cue) is a demand, which the demands find, and no statement
/// ("she asked the Chilean president to spare …" is a demand only); "asked
/// whether …", "asked about …" stay speech.
pub(super) fn asked_to_do(doc: &Doc, ctx: &Ctx, k: usize, b: usize) -> bool {
    // (the one asked as the demands read an addressee: an actor, or a group as written)
    // ("asking for permission to …": no one named, what is asked for before "to")
    let (asked, end) = crate::extract::demands::addressee_at(doc, ctx, k, b);
    (asked.is_some() || doc.tokens.get(k).is_some_and(|x| x.lower == "for"))
        && doc.tokens.get(end).is_some_and(|x| x.lower == "to")
        && doc.tokens.get(end + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !matches!(x.lower.as_str(), "the" | "a" | "an"))
}

/// "officers may search people in declared areas", "patrols on announced routes" (`t` at the
/// cue): an "-ed" form right after a preposition and right before a plain lower-case word
/// modifies that noun, as after a determiner ("a declared zone"), and is no verb of saying
/// whose subject the words before it were taken for. A finite verb follows a preposition only
/// when the preposition is stranded ("the official she spoke to said …"): "to", "with", "for"
/// and "about", which are most often stranded, are not asked, nor a noun that an object's "to"
/// or "that" follows ("the town he lives in warned residents to …").
fn attributive_participle(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    if t == 0 || !tok.lower.ends_with("ed") || tok.cap {
        return false;
    }
    if !matches!(doc.tokens[t - 1].lower.as_str(), "in" | "into" | "within" | "across" | "under" | "at" | "of" | "from" | "on" | "through" | "throughout" | "outside" | "inside" | "near" | "between" | "among") {
        return false;
    }
    let plain = |x: &crate::model::Token| x.kind == TokenKind::Word && !x.cap && !x.lower.ends_with("ly") && !Lexicon::get().stopwords.contains(&x.lower);
    doc.tokens.get(t + 1).is_some_and(plain) && doc.tokens.get(t + 2).is_none_or(|x| !matches!(x.lower.as_str(), "to" | "that"))
}

/// "welcomed", "offered", "promised": a stand taken, which a reported clause's subject took and
/// a quotation after it completes ("X said the council had promised “…”"). Quoted inside a
/// report of saying, it is the reporter's words (`Said::stand_taken`), and what the quoted
/// fragment is about is read after the stand's verb (`about::clause_window`). (Not "agreed":
/// what a named actor agreed, quoted, keeps its words; an agreement of a group named by no one
/// is the reporter's, `Said::shown`.)
pub(super) fn stand_taken(lemma: &str) -> bool {
    matches!(lemma, "welcome" | "offer" | "promise")
}

/// The "'s" at `t` ends a name ("Moody's", "McDonald's"): no possessive before a noun.
pub(super) fn name_ends_in_s(doc: &Doc, t: usize) -> bool {
    doc.mention_at_token(t).is_some_and(|m| doc.mentions[m].span.end == doc.tokens[t].span.end)
}

/// "went on" from `t` to `e` between a quote and its speaker: a colon or a comma and a quote
/// after it, or a quote closed right before its subject ("“…,” he went on").
pub(super) fn goes_on_quoting(doc: &Doc, t: usize, e: usize) -> bool {
    let word = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    let quote = |k: usize| doc.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Quote);
    word(e) == ":" || word(e) == "," && quote(e + 1) || t > 1 && quote(t - 2) && matches!(word(e), "." | ",")
}

/// A cue's answer: (lemma, class, takes an object, end token).
type Found = (&'static str, CueClass, bool, usize);

/// The cue at word `t`, worked out once per token for `cue_at`: a multi-word cue
/// (`multiword_cue`), else the word's own entry in the cue table, unless one of the cases
/// below says the word does not speak here (each a method of `Word`, in this order: the word
/// in a clause that reports nothing of its own, `clauses`; a noun or a name's word, `nouns`;
/// a verb of doing, not saying, `deeds`), then an appeal "called on" as a demand.
pub(super) fn cue_at_word(doc: &Doc, t: usize) -> Option<Found> {
    let lex = Lexicon::get();
    let tok = doc.tokens.get(t)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    if let Some(found) = multiword_cue(doc, lex, t, tok) {
        return found;
    }
    let w = Word { doc, lex, t, tok, cue: lex.cues.get(&tok.lower)? };
    if w.belief_in_relative_aside()
        || w.inside_name()
        || w.opening_name_after_comma()
        || w.post_as_noun()
        || w.posts_closing_clause()
        || w.relative_before_finite_verb()
        // ("who spoke on condition of anonymity to discuss the talks", "was not authorised to
        // speak publicly": why a source goes unnamed, no speech of its own)
        || crate::extract::np::unnamed_because(doc, t, 0)
        || w.appearance_to_testify()
        || w.in_writing()
        || crate::extract::np::support_for(doc, t)
        || w.attacks_on()
        || w.sought_to()
        || w.headline_passive()
        || w.reported_to_authorities()
        || w.state_or_find_without_clause()
        || w.reply_after_modal()
        || w.reply_by_doing()
        || w.agreed_to()
        || w.gerund_after_of_or_for()
        || w.gerund_as_noun()
        || w.not_yet_made()
        || negated_passive_of_expecting(doc, t)
        || w.failed_to()
        || w.made_or_let_to()
        || w.added_in_passive()
        || w.asked_of_addressee()
        || w.order_in_perfect()
        || w.deed_foretold()
        || w.went_to_see()
        || w.seeking_no_speech()
        || w.continued_without_quote()
        || !sense_of_speech(doc, t, w.cue.lemma)
        || w.worth_noting()
        || w.after_determiner()
        || attributive_participle(doc, t)
    {
        return None;
    }
    // "a report found", "the comments said": a cue word in a noun's form, which the cases
    // after it read as a noun
    let noun_form = w.noun_form();
    if noun_form
        && (w.noun_before_cue()
            || w.noun_before_verb_or_after_share()
            || w.bare_noun_after_modifier()
            || w.name_modifying_noun()
            || w.noun_after_indefinite_name()
            || w.noun_closing_clause()
            || w.noun_modifier_after_of())
    {
        return None;
    }
    Some(w.called_on().unwrap_or((w.cue.lemma, w.cue.class, w.cue.takes_object, t + 1)))
}

/// The word `cue_at_word` asks about (`t`, `tok`) and its entry in the single-word cue table:
/// each case a method answering true when the word does not speak here.
#[derive(Clone, Copy)]
struct Word<'a> {
    doc: &'a Doc,
    lex: &'static Lexicon,
    t: usize,
    tok: &'a Token,
    cue: &'static Cue,
}

impl Word<'_> {
    /// "a report found", "the comments said": the bare cue word or its plural "-s" form
    /// ("report", "reports"), not of a verb whose bare form is rarely a noun ("say", "tell",
    /// "add", "state").
    #[inline(always)]
    fn noun_form(&self) -> bool {
        let Word { tok, cue, .. } = *self;
        (tok.lower == cue.lemma || tok.lower.strip_suffix('s') == Some(cue.lemma)) && !matches!(cue.lemma, "say" | "tell" | "add" | "state")
    }

    /// "called on Y to …", "calls upon Y to …": an appeal, which the demand extractor keeps;
    /// as a cue it only gives a quote inside it its speaker (no reported statement of its own;
    /// "called on Friday for …" is still one).
    #[inline(always)]
    fn called_on(&self) -> Option<Found> {
        let Word { doc, t, cue, .. } = *self;
        let weekday = |k: usize| doc.tokens.get(k).is_some_and(|x| crate::lexicon::is_weekday(&x.lower));
        (cue.lemma == "call" && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "on" | "upon")) && !weekday(t + 2)).then_some((cue.lemma, CueClass::Demand, cue.takes_object, t + 1))
    }
}

/// "claim(s)" at `t` has land or sea as its object: over quantifiers, articles and
/// "sovereignty over", a place or country named, or a noun for a territory.
pub(super) fn territorial_claim(doc: &Doc, t: usize) -> bool {
    const SKIP: &[&str] = &["almost", "nearly", "virtually", "the", "entire", "whole", "all", "most", "much", "of", "sovereignty", "over", "parts", "part", "large", "swathes", "swaths"];
    const LAND: &[&str] = &["region", "territory", "territories", "island", "islands", "islets", "sea", "waters", "area", "areas", "land", "lands", "shoal", "shoals", "reef", "reefs", "province", "peninsula", "archipelago"];
    // (also a share, "roughly half of", "about a third of", and an owner before a possessive,
    // "half of Belize's territory": the claim is still of land)
    const SHARE: &[&str] = &["roughly", "about", "around", "some", "half", "a", "third", "quarter", "two-thirds", "one-third"];
    let mut k = t + 1;
    while k < doc.tokens.len() && k < t + 9 {
        let x = &doc.tokens[k];
        if SKIP.contains(&x.lower.as_str()) || SHARE.contains(&x.lower.as_str()) {
            k += 1;
        } else if x.kind == TokenKind::Word && x.cap && doc.tokens.get(k + 1).is_some_and(|y| matches!(y.lower.as_str(), "'s" | "\u{2019}s")) {
            k += 2;
        } else {
            break;
        }
    }
    let Some(x) = doc.tokens.get(k) else { return false };
    // (what follows the object is no verb of a clause: "China claims Taiwan provoked …" says
    // something)
    let ends = |e: usize| doc.tokens.get(e).is_none_or(|y| matches!(y.lower.as_str(), "." | "," | ";" | "as" | "in" | "and" | "but" | "under" | "which" | "from" | "for" | "despite" | "—" | "-" | ")" | "(") || y.kind == TokenKind::Quote);
    if LAND.contains(&x.lower.as_str()) {
        return ends(k + 1);
    }
    // (a lower-case adjective before the noun: "the northern region", "the disputed islands")
    if doc.tokens.get(k + 1).is_some_and(|y| LAND.contains(&y.lower.as_str())) && x.kind == TokenKind::Word && !matches!(x.lower.as_str(), "that" | "to" | "responsibility" | "credit") {
        return ends(k + 2);
    }
    doc.mention_at_token(k).is_some_and(|m| doc.mentions[m].span.start == x.span.start && matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && ends(doc.token_at(doc.mentions[m].span.end)))
}

/// The cue at `t` is the verb of a relative clause ("who has argued …", "who had long warned …")
/// closed by a comma right before "said", "told" or the like: the clause describes the speaker.
fn describes_speaker(doc: &Doc, t: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    // (a denial or an accusation there is a statement of its own: ", who has denied the charges,")
    if !Lexicon::get().cues.get(w(t)).is_some_and(|c| c.class == CueClass::Speech) {
        return false;
    }
    let Some(who) = (t.saturating_sub(3)..t).rev().take_while(|&j| matches!(w(j), "who" | "has" | "have" | "had" | "long" | "often" | "also" | "repeatedly")).find(|&j| w(j) == "who") else {
        return false;
    };
    if who == 0 {
        return false;
    }
    // (", a Republican who has proposed a $5,000 tax credit for parents, said …": a money
    // amount's or a share's sign stands inside the clause as its number does)
    let sign = |j: usize| doc.tokens[j].kind == TokenKind::Punct && matches!(w(j), "$" | "€" | "£" | "¥" | "%");
    let end = (t + 1..(t + 16).min(doc.tokens.len())).find(|&j| matches!(w(j), "," | "." | ";" | ":") || doc.tokens[j].kind != TokenKind::Word && doc.tokens[j].kind != TokenKind::Number && !sign(j));
    end.is_some_and(|c| w(c) == "," && matches!(w(c + 1), "said" | "says" | "told" | "tells" | "added" | "warned" | "wrote"))
}

/// "The network is not expected to enter service before 2030", "was never expected to win",
/// "isn't expected to last": "expected" at `t` before "to", after a passive auxiliary and its
/// negation, is what others expect of the subject, no words of it (the plain passive, "is
/// expected to open", names no speaker already; the negation between had hidden the auxiliary).
fn negated_passive_of_expecting(doc: &Doc, t: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    if t < 2 || w(t) != "expected" || w(t + 1) != "to" {
        return false;
    }
    let aux = |k: usize| matches!(w(k), "is" | "are" | "was" | "were" | "be" | "been");
    matches!(w(t - 1), "not" | "never") && aux(t - 2) || matches!(w(t - 1), "isn't" | "aren't" | "wasn't" | "weren't" | "isn’t" | "aren’t" | "wasn’t" | "weren’t")
}

/// "admitted" at `t` that lets someone in rather than confesses: "students already admitted for
/// the spring term", "patients admitted to hospital", "was admitted into the programme". A
/// participle before "to", "for" or "into" (not before a gerund: "admitted to taking bribes"
/// confesses) after a passive auxiliary, before "for"/"into" after a lower-case word ("students
/// already admitted for"), or before a place one is admitted to.
fn admitted_as_entry(doc: &Doc, t: usize) -> bool {
    let w = |k: usize| doc.tokens.get(k).map_or("", |x| x.lower.as_str());
    if w(t) != "admitted" || t == 0 || !matches!(w(t + 1), "to" | "for" | "into") || w(t + 2).ends_with("ing") {
        return false;
    }
    // ("admitted for the first time that …" confesses)
    let first_time = w(t + 1) == "for" && w(t + 2) == "the" && w(t + 3) == "first";
    let lower_word = doc.tokens[t - 1].kind == TokenKind::Word && !doc.tokens[t - 1].cap;
    matches!(w(t - 1), "was" | "were" | "been" | "being" | "is" | "are" | "be")
        || lower_word && matches!(w(t + 1), "for" | "into") && !first_time
        || matches!(w(t + 2), "hospital" | "hospitals" | "university" | "universities" | "college" | "colleges" | "school" | "schools" | "intensive" | "programmes" | "programs")
}

/// Cue verbs whose next word makes them something else: a byline's "reported from Paris",
/// "called in to a show", "showed up", "declined slightly", "compared with", "assumed office",
/// "asked not to be named", "pleaded guilty". First the participles and phrases that make any
/// cue verb no speech (each a method of `Sense`, `senses`), in this order; then the verb's own
/// senses by its lemma (`Sense::by_lemma`, `senses/lemmas`).
pub(super) fn sense_of_speech(doc: &Doc, t: usize, lemma: &str) -> bool {
    let s = Sense::new(doc, t, lemma);
    !(s.accused_of_or_charged_with()
        || s.accused_or_charged_over()
        // ("X, a Montreal lawyer who has argued several language cases, said …", "X, who has long
        // argued for reform, told …": a verb of speech in a relative clause that describes the
        // speaker names what the speaker has done when the clause closes at a comma right before
        // the sentence's own "said"; the statement is at that "said")
        || describes_speaker(doc, t)
        || s.argued_over()
        || admitted_as_entry(doc, t)
        || s.linked_to()
        || s.passive_with_agent()
        || s.shown_in_quotes()
        || s.praised_or_blamed_for()
        || s.passive_of_believing()
        || s.stance_reported_by_another()
        || s.cited_as_saying())
        && s.by_lemma()
}

/// "invoked the state's Emergency Conflagration Act to send crews" (`t` at the verb): a word for
/// a law, a treaty's article or a power among the few words of its object, before any
/// punctuation, makes the verb an act of office, not a report of words.
fn invoked_a_law(doc: &Doc, t: usize) -> bool {
    (t + 1..(t + 8).min(doc.tokens.len()))
        .take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "," | "." | ";" | ":" | "that") && doc.tokens[j].kind != TokenKind::Quote)
        .any(|j| matches!(doc.tokens[j].lower.as_str(), "act" | "law" | "laws" | "clause" | "article" | "powers" | "statute" | "provision" | "provisions" | "amendment" | "mechanism" | "protocol"))
}

/// "weapons from abroad, which he called a threat to the region": "which" or "what" and a
/// pronoun before "called" name what came before; the words after are no report (a quotation
/// in the clause after it stays: "what he called “reckless behaviour”", "which he called a
/// rival “disgusting”").
/// ("the islands, which China calls Diaoyu": a name for the subject, as a pronoun)
pub(super) fn relative_naming(doc: &Doc, t: usize) -> bool {
    let pronoun = t >= 1 && matches!(doc.tokens[t - 1].lower.as_str(), "he" | "she" | "they" | "it" | "we");
    let s = if pronoun { t - 1 } else { (t.saturating_sub(3)..t).find(|&j| (j..t).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == TokenKind::Word)).unwrap_or(t) };
    s < t
        && s >= 1
        && matches!(doc.tokens[s - 1].lower.as_str(), "which" | "what")
        && !(t + 1..doc.tokens.len()).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ",")).any(|j| doc.tokens[j].kind == TokenKind::Quote)
}

/// "called President Rossi on Tuesday", "a group called the Harbour Trust, which …": a name
/// right after "called" that ends the clause, or is followed by a time, a preposition, a relative
/// or a verb of its own, was phoned or is what something is named; no words were said of it
/// ("called Rossi a liar", "called Rossi's remarks “shameful”" are).
pub(super) fn call_or_name(doc: &Doc, t: usize) -> bool {
    // (a title may stand before the name: "called President Rossi")
    let k = if doc.tokens.get(t + 1).is_some_and(|x| x.lower == "the") { t + 2 } else { t + 1 };
    let Some(m) = (k..(k + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].cap).find_map(|j| doc.mention_at_token(j)) else {
        return false;
    };
    if doc.mentions[m].span.start < doc.tokens[t].span.end {
        return false;
    }
    let e = doc.token_at(doc.mentions[m].span.end);
    let after = doc.tokens.get(e).map_or("", |x| x.lower.as_str());
    matches!(after, "" | "." | "," | ";" | "on" | "to" | "in" | "at" | "from" | "for" | "who" | "which" | "after" | "before" | "during" | "last" | "late" | "early" | "twice" | "again" | "shortly" | "yesterday" | "today" | "tonight" | "has" | "have" | "had" | "is" | "was" | "are" | "were" | "will" | "would" | "and")
        && !(after == "and" && doc.mention_at_token(e + 1).is_some())
        || Lexicon::get().cues.contains_key(after)
}

/// "attack" or "defend" in words, not by force ("attacked the government's record", "attacked
/// Hale for …", "attacked “the ideology of …”"): a place, a country or a target of arms as its
/// object ("attacked Kyiv", "attacked a convoy near Goma", "defended the town"), or weapons and
/// casualties in its clause ("with drones", "killing three"), unless it says what for or as
/// what.
/// "challenged the ban at the WTO", "challenged the law in court" (`t` at the verb): an object
/// of a few words, then "at", "in" or "before" and a court, tribunal or trade body.
pub(super) fn challenged_before_a_court(doc: &Doc, t: usize) -> bool {
    let end = (t + 12).min(doc.tokens.len());
    let Some(p) = (t + 2..end).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].lower != "that").find(|&j| matches!(doc.tokens[j].lower.as_str(), "at" | "in" | "before")) else { return false };
    (p + 1..(p + 6).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word || doc.tokens[j].lower == "(").any(|j| matches!(doc.tokens[j].lower.as_str(), "court" | "courts" | "tribunal" | "wto" | "arbitration") || doc.tokens[j].lower == "trade" && doc.tokens.get(j + 1).is_some_and(|x| x.lower == "organization" || x.lower == "organisation"))
}

pub(super) fn in_words_not_force(doc: &Doc, t: usize) -> bool {
    let clause = || (t + 1..(t + 14).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";"));
    // ("defended Iraq against Western criticism": words against words)
    if clause().take_while(|&j| doc.tokens[j].lower != ",").any(|j| matches!(doc.tokens[j].lower.as_str(), "for" | "as" | "over" | "criticism" | "accusations" | "allegations" | "charges" | "claims" | "critics") || doc.tokens[j].kind == TokenKind::Quote) {
        return true;
    }
    let force = clause().any(|j| {
        matches!(
            doc.tokens[j].lower.as_str(),
            "drone" | "drones" | "missile" | "missiles" | "rockets" | "rocket" | "artillery" | "shells" | "bombs" | "explosives" | "grenades" | "gunfire" | "tanks" | "killing" | "killed" | "wounding" | "wounded" | "injuring" | "injured" | "dead" | "casualties"
        )
    });
    let target = clause().take(4).any(|j| {
        matches!(
            doc.tokens[j].lower.as_str(),
            "convoy" | "convoys" | "base" | "bases" | "positions" | "troops" | "forces" | "port" | "shipping" | "tankers" | "boats" | "aircraft" | "refinery" | "village" | "villages" | "town" | "towns" | "city" | "ship" | "ships" | "vessel" | "vessels" | "tanker" | "patrol" | "checkpoint" | "camp" | "camps" | "hospital" | "school" | "infrastructure" | "targets" | "plant" | "station" | "airport" | "bridge" | "embassy" | "building" | "houses" | "homes" | "civilians" | "soldiers" | "police" | "officers" | "facility" | "facilities" | "depot" | "grid" | "train" | "bus" | "market" | "mosque" | "church" | "outpost"
        )
    }) || doc.mention_at_token(t + 1).or_else(|| doc.tokens.get(t + 1).filter(|x| x.lower == "the").and_then(|_| doc.mention_at_token(t + 2))).is_some_and(|m| matches!(doc.entities[doc.actor_of(doc.mentions[m].entity)].kind, EntityKind::Place | EntityKind::Country));
    !force && !target
}

/// "see" as a view: "sees the talks as a delay tactic", "sees no reason to …", "sees signs of
/// …", "saw that …", a quote after it ("Kovac Sees ‘Insult’ in Vote"). Otherwise it is sight or
/// experience ("the city saw record rainfall", "would see their taxes rise").
pub(super) fn sees_as_view(doc: &Doc, t: usize) -> bool {
    let Some(next) = doc.tokens.get(t + 1) else {
        return false;
    };
    next.kind == TokenKind::Quote
        || matches!(next.lower.as_str(), "that" | "no" | "little" | "nothing" | "signs" | "risk" | "risks" | "reason" | "room" | "hope" | "merit" | "value" | "potential" | "progress")
        || (t + 1..(t + 14).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ":") && doc.tokens[j].kind != TokenKind::Quote).any(|j| doc.tokens[j].lower == "as")
}

/// Sources whose findings are what they report ("the study found", "a 2019 survey by …
/// found"): a research noun within the few words before the verb at `t`, with no clause
/// break between.
pub(super) fn findings_subject(doc: &Doc, t: usize) -> bool {
    const FINDINGS: &[&str] = &["study", "studies", "poll", "polls", "survey", "surveys", "analysis", "report", "research", "review", "audit", "investigation", "inquiry", "panel", "researchers"];
    let (a, _) = sentence_tokens(doc, t);
    (a.max(t.saturating_sub(12))..t)
        .rev()
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct && doc.tokens[j].kind != TokenKind::Quote && !Lexicon::get().cues.contains_key(&doc.tokens[j].lower))
        .any(|j| FINDINGS.contains(&doc.tokens[j].lower.as_str()))
}
