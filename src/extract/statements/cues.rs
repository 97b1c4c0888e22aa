//! Speech cues: which words report speech ("said", "accused", "posted on X") and, for a verb with
//! other senses, when it speaks.

use super::*;
use crate::lexicon::Cue;
use crate::model::Token;

mod clauses;
mod deeds;
mod multiword;
mod nouns;

use self::multiword::multiword_cue;

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
            || w.noun_closing_clause())
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
/// "asked not to be named", "pleaded guilty".
pub(super) fn sense_of_speech(doc: &Doc, t: usize, lemma: &str) -> bool {
    let next = doc.tokens.get(t + 1).map(|x| x.lower.as_str()).unwrap_or("");
    // ("A journalist accused of assaulting an officer told the court …", "a man charged with
    // fraud said …", "he was accused of lying": "accused" right before "of", "charged" right
    // before "with" are passive, the one accused speaks no accusation)
    if next == "of" && doc.tokens[t].lower == "accused" || next == "with" && doc.tokens[t].lower == "charged" {
        return false;
    }
    // ("the trial of two soldiers accused over the 2019 raid", "the man charged over the attack
    // had a licence": "accused" or "charged" right before "over" is passive too, as
    // before "of" and "with"; one who accuses names whom first, "accused the army over …"; not
    // "accused over 20 officials of …", a number after "over")
    if next == "over" && matches!(doc.tokens[t].lower.as_str(), "accused" | "charged") && !doc.tokens.get(t + 2).is_some_and(|x| x.kind == TokenKind::Number) {
        return false;
    }
    // ("X, a Montreal lawyer who has argued several language cases, said …", "X, who has long
    // argued for reform, told …": a verb of speech in a relative clause that describes the
    // speaker names what the speaker has done when the clause closes at a comma right before
    // the sentence's own "said"; the statement is at that "said")
    if describes_speaker(doc, t) {
        return false;
    }
    // ("The two countries have argued for decades over the border", "firms arguing over the
    // division of work": to argue over something, with no clause or quotation said, is a
    // quarrel, no one's words)
    if lemma == "argue" {
        let mut k = t + 1;
        if doc.tokens.get(k).is_some_and(|x| x.lower == "for") && doc.tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "decades" | "years" | "months" | "weeks" | "days" | "centuries" | "generations")) {
            k += 2;
        }
        if doc.tokens.get(k).is_some_and(|x| x.lower == "over") {
            return false;
        }
    }
    if admitted_as_entry(doc, t) {
        return false;
    }
    // ("an insurgency by groups linked to al Qaeda that has killed thousands", "a firm linked to
    // the minister": "linked" right before "to" is a participle of description; one who links
    // names what to what, "linked the attack to …")
    if next == "to" && doc.tokens[t].lower == "linked" {
        return false;
    }
    // ("The bill, backed by the Liberal Party, passed", "a book written by a former aide", "a
    // study supported by the foundation": a passive participle whose agent follows "by" is no
    // one's words; describing, accusing and the like by someone stay theirs; "countries
    // threatened by rising seas": a threat by a thing or by someone names no words)
    if next == "by" && doc.tokens[t].lower != lemma && matches!(lemma, "support" | "back" | "endorse" | "favor" | "champion" | "promote" | "propose" | "recommend" | "write" | "post" | "publish" | "threaten") {
        return false;
    }
    // ("OPEC had shown “unity and discipline”": what is shown in quotation marks is a quality
    // named, no words of the one who shows it; "the data show that …" stays)
    if lemma == "show" && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote) {
        return false;
    }
    // ("the hostility that critics blame for denying them entry", "Minister praised for
    // candour": blaming or praising has its target before "for"; with none between, the one
    // blamed is elsewhere and the words are no one's)
    if next == "for" && matches!(lemma, "blame" | "criticize" | "praise" | "thank" | "condemn" | "fault" | "credit" | "commend" | "applaud" | "rebuke" | "chide") {
        return false;
    }
    // ("the money it believed to have been embezzled", "He is thought to be abroad", "is said
    // to have fled": a passive of believing or saying, whose subject is believed or spoken of)
    if next == "to" && matches!(doc.tokens[t].lower.as_str(), "believed" | "thought" | "known" | "suspected" | "estimated" | "said" | "reported" | "alleged" | "rumoured" | "rumored") && doc.tokens.get(t + 2).is_some_and(|x| matches!(x.lower.as_str(), "be" | "have" | "been" | "number" | "total" | "hold" | "own" | "control" | "live" | "contain")) {
        return false;
    }
    // ("Xi raised the war, saying China supported “all efforts …”", "saying Lisbon wanted …":
    // a state's or body's stance that a speaker reports at "saying" or "adding" is that
    // speaker's words, not the named subject's)
    if matches!(lemma, "support" | "want") && t >= 2 && (t.saturating_sub(3)..t - 1).any(|s| matches!(doc.tokens[s].lower.as_str(), "saying" | "adding") && (s + 1..t).all(|j| doc.tokens[j].cap && doc.tokens[j].kind == TokenKind::Word)) {
        return false;
    }
    // ("TASS cited X as saying …": the one cited speaks, at "saying")
    if lemma == "cite" && (t + 2..(t + 14).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| doc.tokens[j].lower == "saying" && doc.tokens[j - 1].lower == "as") {
        return false;
    }
    match lemma {
        // ("Dassault and Airbus arguing over the division of work", "ministers argued among
        // themselves": a quarrel, no claim)
        "argue" => !matches!(next, "over" | "among" | "amongst" | "between"),
        // ("the army would observe the truce", "observed a minute's silence": keeping a rule or
        // a rite, not a remark; a remark observes "that …", a quotation, or ends its clause)
        "observe" => matches!(next, "that" | ":" | "," | "." | ";" | "") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote),
        // ("allows any member to ask for talks when it believes its security is threatened": a
        // belief in a clause of time or condition, with a pronoun for its subject, is no one's view)
        "believe" | "think" | "feel" if t >= 2 && matches!(doc.tokens[t - 1].lower.as_str(), "it" | "they" | "he" | "she" | "we" | "you") && matches!(doc.tokens[t - 2].lower.as_str(), "when" | "whenever" | "if" | "unless") => false,
        // ("wrote on Facebook, posting photographs of the letters": a participle after a comma
        // that puts up pictures adds no words; "posted a photograph of the pier and wrote
        // that …" keeps its own cue, and "posting a video" may carry words)
        "post" if doc.tokens[t].lower == "posting" && t > 0 && doc.tokens[t - 1].lower == "," && (t + 1..(t + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "photo" | "photos" | "photograph" | "photographs" | "picture" | "pictures" | "image" | "images" | "selfie" | "selfies")) => false,
        // ("posted a loss of …", "reported record profits": a company's results, not words)
        "post" | "report" if (t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "loss" | "losses" | "profit" | "profits" | "deficit" | "surplus" | "revenue" | "revenues" | "earnings" | "sales")) => false,
        // ("paying port workers who report bribes", "those who reported approaches from
        // criminals": in a relative clause, a bare plural noun right after it is what was
        // reported to someone, an event, not words)
        "report" if t > 0 && doc.tokens[t - 1].lower == "who" && next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap) => false,
        "report" => next != "from",
        // ("A study published in The Lancet found that …": a document's participle, the
        // document its subject, is no cue; the finding's verb is)
        "publish" if doc.tokens[t].lower == "published" && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "study" | "report" | "paper" | "survey" | "analysis" | "review" | "article" | "letter" | "research") && (t + 1..(t + 12).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| cue_at(doc, j).is_some_and(|(l, ..)| matches!(l, "find" | "show" | "suggest" | "conclude" | "say"))) => false,
        // ("… two frigates and suspected militia boats": "suspected" or "alleged" before the
        // noun it describes, after a determiner, a conjunction or a number)
        "suspect" | "allege" => {
            !(t > 0
                && (matches!(doc.tokens[t - 1].lower.as_str(), "the" | "a" | "an" | "and" | "or" | "of" | "two" | "three" | "several" | "some") || doc.tokens[t - 1].kind == TokenKind::Number)
                && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !Lexicon::get().stopwords.contains(&x.lower)))
        }
        // ("the court ruled that …", "ruled in favour of …", "ruled the ban unlawful" decide;
        // "the junta ruled the country", "Taliban ruled Afghanistan" govern)
        // ("ruled Friday against …": a time may stand between)
        // ("the party, which ruled for 15 years," governed: "for" and a span of time)
        "rule" => doc.tokens.get(time_phrase_end(doc, t + 1, doc.tokens.len()).unwrap_or(t + 1)).is_some_and(|x| matches!(x.lower.as_str(), "that" | "in" | "against" | "on" | "out" | "for")) && !(next == "for" && (t + 2..(t + 6).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "years" | "decades" | "months" | "decade" | "centuries" | "generations"))) || (t + 1..(t + 8).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "unconstitutional" | "illegal" | "unlawful" | "lawful" | "legal" | "invalid" | "valid" | "void" | "inadmissible" | "admissible" | "null")),
        // ("In a letter to lawmakers published Thursday, X said …", "a poll published on
        // Wednesday, …": a participle that dates a document, closed by a comma after the time;
        // what the document says is told by another cue)
        "publish" => !(doc.tokens[t].lower == "published" && time_phrase_end(doc, t + 1, doc.tokens.len()).is_some_and(|e| doc.tokens.get(e).is_some_and(|x| x.lower == ","))),
        // ("would deny entry to …", "denied him bail": a grant refused, not a denial of a claim)
        "deny" => {
            let k = if matches!(next, "him" | "her" | "them" | "us" | "me" | "it") { t + 2 } else { t + 1 };
            !doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "entry" | "access" | "visa" | "visas" | "permission" | "bail" | "passage" | "permit" | "permits" | "asylum" | "treatment" | "landing" | "funding" | "parole" | "citizenship" | "residency"))
        }
        // ("attacked the government's record", "attacked Hale as a liar", "attacked him for …"
        // are words; "attacked Kyiv with drones", "attacked a convoy" are force)
        "attack" => in_words_not_force(doc, t),
        // ("troops defended the town against assaults" is force; "defended the decision",
        // "defended Hale as …" are words)
        "defend" => in_words_not_force(doc, t),
        // ("dismissed the defence minister" fires; "dismissed the claims", "dismissed Hale as
        // …" are words)
        "dismiss" => {
            let lex = Lexicon::get();
            // (the object up to a preposition: "dismissed an appeal from President X" is words)
            let object = (t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !matches!(doc.tokens[j].lower.as_str(), "from" | "of" | "by" | "to" | "for" | "on" | "in"));
            let words = (t + 1..(t + 12).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| doc.tokens[j].lower == "as");
            words || !object.clone().any(|j| lex.titles.get(&doc.tokens[j].lower).is_some_and(|x| x.class != crate::lexicon::TitleClass::Honorific) || matches!(doc.tokens[j].lower.as_str(), "staff" | "employees" | "workers" | "officials" | "officers" | "players"))
        }
        // ("welcomed the delegation at the airport", "welcomed Hale to the summit" host)
        "welcome" => !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "delegation" | "delegations" | "guests" | "visitors" | "delegates" | "crowd" | "crowds" | "fans" | "participants" | "tourists" | "pilgrims"))
            && !doc.mention_at_token(t + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| matches!(x.lower.as_str(), "to" | "at" | "back" | "home" | "into"))),
        // ("sang the national anthem" is no speech; a quote or a clause after it is, or
        // singing to someone)
        "sing" => matches!(next, "that" | ":" | "," | "to") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote),
        // ("maintains that …", "maintained his innocence" speak; "maintains a programme" keeps)
        "maintain" => {
            let after = doc.tokens.get(t + 2).map_or("", |x| x.lower.as_str());
            matches!(next, "that" | ":" | "," | "." | ";" | "" | "he" | "she" | "it" | "they" | "we" | "i" | "there") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote) || matches!(after, "innocence" | "position" | "stance" | "view" | "claim" | "claims" | "denial" | "denials" | "opposition" | "support")
        }
        // ("she advises the president" holds a post; "advised him to …", "advised against …",
        // "advised that …" speak)
        "advise" => matches!(next, "that" | "against" | "caution" | "restraint") || (t + 1..(t + 7).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ",")).any(|j| matches!(doc.tokens[j].lower.as_str(), "to" | "against" | "not" | "that")),
        // ("every right to know", "the best plan I know of": no knowledge stated)
        // (nor an explainer's "What we know about …", "Everything we know so far": what the
        // writers know, a heading, no one's claim)
        "know" => {
            next != "of"
                && !(t > 1 && doc.tokens[t - 1].lower == "to" && matches!(doc.tokens[t - 2].lower.as_str(), "right" | "need" | "needs" | "want" | "wants" | "wanted" | "deserve" | "deserves"))
                && !(t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "we" | "i" | "you") && matches!(doc.tokens[t - 2].lower.as_str(), "what" | "everything" | "all"))
        }
        // ("the strike claimed the lives of 12 civilians", "claimed the seat", "claimed gold"
        // take, they assert nothing; nor does a claim to land or sea, "Both countries claim the
        // region in full", "Norway claims almost the entire Barents Sea")
        "claim" => !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "lives" | "life" | "victims" | "seat" | "seats" | "title" | "titles" | "gold" | "silver" | "bronze" | "medal" | "medals" | "trophy" | "crown" | "championship" | "prize" | "wickets")) && !territorial_claim(doc, t)
            // ("the right to claim asylum": a claim on a thing owed, no claim that something is so)
            && !matches!(next, "asylum" | "benefits" | "compensation" | "damages"),
        // ("countered that …", "“…,” she countered" answer; "countered the offensive with
        // artillery" fights)
        "counter" => matches!(next, "that" | ":" | "," | "." | ";" | "" | "by") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote),
        // ("police charged the protesters with batons", "charged at the lines", "charged a fee"
        // are force or a price, not an accusation)
        "charge" => !matches!(next, "at" | "into" | "toward" | "towards" | "through" | "forward" | "up" | "$" | "£" | "€") && !doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Number) && !(t + 1..(t + 8).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ",")).any(|j| matches!(doc.tokens[j].lower.as_str(), "batons" | "bayonets" | "truncheons" | "horses" | "fee" | "fees" | "interest" | "rent" | "prices" | "customers" | "percent")),
        // ("have been planning for better pay" prepares, it states no plan)
        "plan" => next != "for",
        // ("called off the strike", "called its members out on strike": a summons, no speech)
        "call" => !matches!(next, "in" | "into" | "off") && !(matches!(next, "its" | "their" | "his" | "her" | "the") && (t + 2..(t + 5).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "out")) && !call_or_name(doc, t) && !relative_naming(doc, t),
        // ("sees the plan as a threat", "sees no reason to …" is a view; "the city saw record
        // rain", "would see their incomes rise", "flock to see the lanterns" are not)
        "see" => sees_as_view(doc, t),
        // ("marched in support of the strikers" is no one's endorsement)
        "support" => !(t > 0 && doc.tokens[t - 1].lower == "in" && next == "of"),
        // ("conceded a penalty", "conceded two goals": a game's score, no admission)
        "concede" => !(t + 1..(t + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "penalty" | "penalties" | "goal" | "goals" | "corner" | "corners" | "try" | "tries" | "wicket" | "wickets" | "runs" | "equaliser" | "equalizer")),
        // ("polls have shown that …": "shown" only after "has", "have" or "had", an adverb
        // between; "was shown on television", "shown below" show nothing of anyone's)
        // ("showed no emotion", "showed little sign of …" show a manner, not a finding)
        "show" => !matches!(next, "up" | "no" | "little") && (doc.tokens[t].lower != "shown" || {
            let adverb = |w: &str| w.ends_with("ly") && w.len() > 4 || matches!(w, "also" | "likewise" | "long" | "since" | "again");
            let k = if t > 1 && adverb(&doc.tokens[t - 1].lower) { t - 2 } else { t.saturating_sub(1) };
            t > 0 && matches!(doc.tokens[k].lower.as_str(), "has" | "have" | "had")
        }),
        // ("rated the plan a failure" judges; "cut rates", "interest rates" are a price)
        "rate" => doc.tokens[t].lower == "rated",
        // ("backed off", "backed down" is no support)
        "back" => !matches!(next, "off" | "down" | "away" | "up" | "out" | "into"),
        "decline" => !matches!(next, "slightly" | "sharply" | "from" | "by"),
        // ("a petition challenging the re-election", "a lawsuit challenging the law": what a
        // filing contests, no one's words)
        // ("challenged the tariffs at the World Trade Organization", "challenged the law in
        // court": a case brought before a court or tribunal, no one's words)
        "challenge" => !(doc.tokens[t].lower == "challenging" && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "petition" | "petitions" | "lawsuit" | "lawsuits" | "suit" | "suits" | "appeal" | "appeals" | "case" | "cases" | "motion" | "complaint" | "complaints" | "filing" | "application"))
            && !challenged_before_a_court(doc, t),
        // ("votes will be counted on May 13", "votes were cast": the noun, before a verb of its own)
        "vote" => !(doc.tokens[t].lower == "votes" && matches!(next, "will" | "would" | "were" | "are" | "had" | "have" | "cast" | "counted" | "being" | "could" | "must")),
        // ("rose 5 percent compared with last year" is no comparison by anyone)
        "compare" => !matches!(next, "with" | "to"),
        // ("assumed office", "assumed control" is no belief)
        "assume" => matches!(next, "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there"),
        // ("asked not to be named" is a source's condition, "pleaded guilty" a plea in court)
        // ("was not asked to enter a plea", "were asked to leave": the one asked to do
        // something in the passive says nothing)
        "ask" => next != "not" && !(next == "to" && doc.tokens[t].lower == "asked" && (t.saturating_sub(2)..t).any(|j| matches!(doc.tokens[j].lower.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be"))),
        // ("commanders wanted for attacks in …", "a man wanted in connection with …": sought by
        // the police, no one's wish)
        // ("those who wanted to come home should …", "anyone who wants to leave": a class of
        // people named by what they wish, the subject of a reported clause, not a speaker)
        "want" => !(doc.tokens[t].lower == "wanted"
            && (matches!(next, "for" | "over") || next == "in" && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "connection"))
            && !(t + 2..(t + 6).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "to"))
            && !(t >= 2 && doc.tokens[t - 1].lower == "who" && matches!(doc.tokens[t - 2].lower.as_str(), "those" | "anyone" | "anybody" | "everyone" | "everybody" | "people" | "all" | "others" | "someone" | "somebody")),
        "plead" => !matches!(next, "guilty" | "not" | "innocent" | "no"),
        // ("invoked the Emergency Powers Act", "invoked Article 5", "invoked the state's
        // emergency powers": a law or a power put to use is an act, no words; "invoked the
        // memory of …", "invoked Churchill" still speak)
        "invoke" => !invoked_a_law(doc, t),
        // ("declared independence", "declared martial law" is an act of state)
        // ("declared a state of emergency", "declared a ceasefire": an act of state too)
        "declare" => !matches!(next, "independence" | "martial") && !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "emergency" | "ceasefire" | "truce" | "curfew" | "holiday" | "mourning" | "lockdown" | "bankruptcy" | "disaster" | "quarantine")),
        // ("added four species to the list", "added thousands of jobs": a quantity added)
        // ("OFAC added Sahel Crest Maritime, a ship manager …, to its sanctions list": a name
        // added to a list; not after a quote, "“…,” added Jane Roe")
        "add" => !(t > 0
            && (doc.tokens[t - 1].kind == TokenKind::Word || doc.tokens[t - 1].lower == ")")
            && doc.mention_at_token(t + 1).is_some()
            && (t + 2..(t + 18).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "that")).any(|j| doc.tokens[j].lower == "to" && (doc.tokens[j - 1].lower == "," || doc.mention_at_token(j - 1).is_some()) && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "its" | "the" | "a" | "their" | "his" | "her"))))
            && !doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Number) && !matches!(next, "another" | "several" | "extra" | "millions" | "thousands" | "hundreds" | "dozens" | "billions" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "up"),
        // ("recalled that …", "recalled how …", "recalled Mr. Hale saying …", not a product
        // recall, "is recalling thousands of kettles", nor "recalled its ambassador")
        "recall" => doc.tokens.get(t + 1).is_none_or(|x| x.cap || x.kind != TokenKind::Word && x.kind != TokenKind::Number) || matches!(next, "that" | "how" | "when" | "what" | "why" | "where" | "the" | "a" | "an" | "his" | "her" | "their" | "being" | "having" | "seeing" | "hearing" | "telling" | "of" | "in" | "on" | "once" | "last" | "later" | "he" | "she" | "they" | "it" | "we" | "i" | "you"),
        _ => true,
    }
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
