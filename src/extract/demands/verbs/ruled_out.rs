//! The tests that rule a verb of demand out before its demander is looked for, in
//! `verb_demand`'s order: each is true when the verb reports no demand here.

use super::*;

impl Verb<'_> {
    /// No demand the story reports: one held back ("stopped short of calling for …", see
    /// `demand_held_back`), an obligation to ask (`obliged_to_ask`), or the speaker's side told
    /// or asked ("“They tell us to be patient,” she said").
    pub(super) fn not_reported(&self) -> bool {
        let Verb { doc, c, a, .. } = *self;
        if demand_held_back(doc, c) || obliged_to_ask(doc, c, a) {
            return true;
        }
        // ("“They tell us to be patient,” she said", "“He told me to pay or leave”", "now they want
        // us to train …": the speaker or those the speaker stands with, told or asked, recount
        // what was said to them, no demand the story reports)
        if doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "me" | "us")) && doc.tokens.get(c + 2).is_some_and(|t| t.lower == "to" || t.lower == "not" && doc.tokens.get(c + 3).is_some_and(|t| t.lower == "to")) {
            return true;
        }
        false
    }

    /// A wish verb ("expect", "want") whose object is no actor asked: a forecast or what the subject
    /// wants, not a wish of it; what is wanted may still be a demand (`wanted_thing`).
    pub(super) fn not_a_wish(&self, out: &mut Vec<Demand>) -> bool {
        let Verb { doc, ctx, c, a, b, l, .. } = *self;
        // ("If the government wants small firms to keep hiring, it has to …": a wish in the
        // clause an "if" opens is supposed, not held; it asks no one, and what is wanted is no
        // demand either)
        if WISH.contains(&l) && supposed_by_if(doc, c, a) {
            return true;
        }
        // ("is expected to", "was wanted for": no wish of the subject's)
        if WISH.contains(&l) && !wish_of_actor(doc, ctx, c, b) {
            // ("challenged the ruling": no wish)
            if !l.starts_with("challeng") && l != "dared" {
                wanted_thing(doc, ctx, c, a, b, out);
            }
            return true;
        }
        false
    }

    /// Asking that asks nothing: a question that the asking cannot be done, a name a body calls
    /// itself, an invitation offered.
    pub(super) fn asks_nothing(&self) -> bool {
        let Verb { doc, c, a, b, l, .. } = *self;
        // ("How can we ask people to vote when they cannot walk to the market?", "Why should we
        // urge them to return?": a question that the asking cannot be done asks nothing)
        if c >= a + 3 && matches!(doc.tokens[c - 1].lower.as_str(), "we" | "i" | "you" | "they" | "anyone") && matches!(doc.tokens[c - 2].lower.as_str(), "can" | "could" | "should" | "would") && matches!(doc.tokens[c - 3].lower.as_str(), "how" | "why") {
            return true;
        }
        // ("A group of officers calling itself the National Committee …", "a movement that calls
        // itself X": a reflexive after "call" gives a name, it asks nothing)
        if l.starts_with("call") && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "itself" | "themselves" | "himself" | "herself")) {
            return true;
        }
        // ("the unions have called a strike for May 3", "called a snap election for June": an
        // event called, convened, with its date after "for"; no one is asked, and what follows
        // "for" is no demand)
        if l.starts_with("call") && event_called(doc, c, b) {
            return true;
        }
        // ("she first called for help when he collapsed", "neighbours called for an ambulance.":
        // a call for help in an emergency, no one asked to act)
        if l.starts_with("call") && emergency_call(doc, c, b) {
            return true;
        }
        // ("urged the unions to … and invited them to talks at the ministry on Friday", "invited
        // Norway to join the summit": an invitation to an event or to take part is offered, not
        // asked)
        // (those invited may be a long phrase: "invited the leaders of the opposition parties to
        // talks on the budget")
        if l.starts_with("invit") && (c + 1..(c + 10).min(b)).find(|&j| doc.tokens[j].lower == "to").is_some_and(|j| {
            doc.tokens.get(j + 1).is_some_and(|t| matches!(t.lower.as_str(), "talks" | "negotiations" | "consultations" | "a" | "an" | "the" | "attend" | "join" | "visit" | "take" | "participate" | "dinner" | "lunch" | "breakfast"))
        }) {
            return true;
        }
        false
    }

    /// "for" after the verb opens nothing asked: a stretch of time ("has been pushing for
    /// months"), or a campaign the subject means to wage ("would press for …").
    pub(super) fn for_no_object(&self) -> bool {
        let Verb { doc, c, a, b, l, is_call, .. } = *self;
        // ("the sanctions bill he has been pushing for months.", "what they have called for for
        // years, and …": "for" opens a stretch of time closing the clause, not what is asked)
        if is_call && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for") && for_a_while(doc, c + 2, b) {
            return true;
        }
        // ("He called me every morning for eight months.": the first "on"/"for" a few words after
        // a call opening a stretch of time closing the clause is how long the calls went on, no
        // call on or for anyone; "calling for a regulator for years" finds "for" right after the
        // verb, what is asked, and is left to the test above)
        if l.starts_with("call") && (c + 1..(c + 6).min(b)).find(|&j| matches!(doc.tokens[j].lower.as_str(), "for" | "on" | "upon")).is_some_and(|j| doc.tokens[j].lower == "for" && for_a_while(doc, j + 1, b)) {
            return true;
        }
        // ("said it would now press for the release of …", "she would keep pressing for answers",
        // "the charity would continue to press for the labels": pressing or pushing for something
        // after "would"/"will" is a campaign the subject means to wage, no demand made of anyone
        // yet; not "urged X to press for …", nor "has pressed for …")
        if is_call && !l.starts_with("call") && !l.starts_with("appeal") && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for") && {
            let mut j = c;
            while j > a && matches!(doc.tokens[j - 1].lower.as_str(), "now" | "also" | "still" | "further" | "keep" | "continue" | "to") && j + 4 > c {
                j -= 1;
            }
            j > a && matches!(doc.tokens[j - 1].lower.as_str(), "would" | "will" | "'ll" | "’ll")
        } {
            return true;
        }
        false
    }

    /// The word is no verb of asking here: an appeal in law, a noun or adjective ("the demands",
    /// "a U.S. request to …"), a name called ("a group called …", "what he called …").
    pub(super) fn no_verb_of_asking(&self) -> bool {
        let Verb { doc, ctx, c, a, b, l, .. } = *self;
        // a verb used as a noun or adjective ("the demands", "an encouraging sign")
        // ("the Court of Appeals", "appealed the ruling", "appealed to the Sixth Circuit": an
        // appeal in law asks a court to decide, no actor to act; "appealed to the court to …" stays)
        if l.starts_with("appeal") && legal_appeal(doc, c, b) {
            return true;
        }
        // ("a United Nations appeal for …", "a U.S. request to …": after a name that follows an
        // article, too; `noun_demand` reads those)
        let lead = named_lead(doc, ctx, c, c, a);
        if c > a && matches!(doc.tokens[c - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "'s" | "these" | "those" | "our") || lead < c && lead > a && matches!(doc.tokens[lead - 1].lower.as_str(), "a" | "an" | "the") {
            return true;
        }
        // ("protesters from a group called Veterans for Peace held signs": a body named)
        if l == "called" && called_names(doc, c, a) {
            return true;
        }
        // ("to close what he called a loophole for packaging": a name given, no call made)
        if l == "called" && what_called(doc, c, a) {
            return true;
        }
        false
    }

    /// No demand made: one denied, a power or a possibility ("could order"), a source's
    /// anonymity, a question put ("asked whether"), one negated or inside an indirect question.
    pub(super) fn none_made(&self) -> bool {
        let Verb { doc, ctx, c, a, l, .. } = *self;
        // ("He denied reports that Hamas had demanded the release of …", "dismissed claims that
        // it had asked for …": a demand denied is none made)
        // (the statement may open after "that": what the denial's cue reports, so the words before
        // `a` are looked at too, within the sentence)
        if c >= 3 && {
            let denial = |j: usize| matches!(doc.tokens[j].lower.as_str(), "denied" | "denies" | "deny" | "denying" | "dismissed" | "dismisses" | "rejected" | "rejects" | "refuted");
            (c.saturating_sub(8).max(1)..c).rev().take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "," | "but" | "!" | "?")).find(|&j| doc.tokens[j].lower == "that").is_some_and(|x| {
                denial(x - 1) || x >= 2 && matches!(doc.tokens[x - 1].lower.as_str(), "reports" | "claims" | "suggestions" | "allegations" | "rumours" | "rumors" | "accusations") && denial(x - 2)
            })
        } {
            return true;
        }
        // ("the commission could order them back to work", "a court may order …": a power or a
        // possibility, no demand made)
        if c > a && matches!(doc.tokens[c - 1].lower.as_str(), "could" | "might" | "may") {
            return true;
        }
        // ("the diplomat said, asking not to be named", "who asked not to be identified": a
        // source's anonymity, no demand of anyone)
        if l.starts_with("ask") && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "not") && doc.tokens.get(c + 2).is_some_and(|t| t.lower == "to") && doc.tokens.get(c + 3).is_some_and(|t| t.lower == "be") && doc.tokens.get(c + 4).is_some_and(|t| matches!(t.lower.as_str(), "named" | "identified" | "quoted")) {
            return true;
        }
        // ("Lecornu, asked about the split during a visit to Lyon, said …", "asked whether she
        // would run": a question put, not a request; no one is asked to do anything, so the "to"
        // of a place later is no call to act)
        if l.starts_with("ask") && doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "about" | "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "which")) {
            return true;
        }
        // ("explain why it had not sought other bidders", "did not demand a recount": a demand
        // verb that is negated, or inside an indirect question, reports none)
        // ("We cannot ask farmers to work for nothing": nor one that cannot be made)
        if c > a && (matches!(doc.tokens[c - 1].lower.as_str(), "not" | "never" | "n't" | "n’t" | "cannot") || contracted_negation(&doc.tokens[c - 1].lower)) || (c.saturating_sub(5).max(a)..c).any(|j| matches!(doc.tokens[j].lower.as_str(), "why" | "whether")) {
            return true;
        }
        // ("weakened the bloc of countries pressing for stronger rules": those a plural noun
        // names ask, unnamed, not the clause's subject)
        if plural_noun_asking(doc, c, a) {
            return true;
        }
        if participle_after_thing(doc, ctx, c, a) {
            return true;
        }
        false
    }

    /// "warned", "directed" ask only with those warned or directed and "to" and a verb after them.
    pub(super) fn no_addressee(&self) -> bool {
        let Verb { doc, ctx, c, b, l, .. } = *self;
        // ("warned hospitals to isolate …", "warning states, including X, to …": an appeal only
        // with those warned and "to" after them; "warned that", "warned of" tell of a danger)
        // (not "warned against attempts to …": a preposition opens no one warned)
        if l.starts_with("warn") {
            if doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "against" | "of" | "about" | "over" | "on" | "that" | "in")) {
                return true;
            }
            let (who, e) = addressee_at(doc, ctx, c + 1, b);
            let e = to_after_relative(doc, e, b).unwrap_or(e);
            // ("warned the government not to interfere": a warning not to, as "urged … not to")
            let e = e + usize::from(doc.tokens.get(e).is_some_and(|t| t.lower == "not") && doc.tokens.get(e + 1).is_some_and(|t| t.lower == "to"));
            // (the verb may open a quotation: "warned fishing crews to “keep clear of …”")
            let v = e + 1 + usize::from(doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Quote));
            if who.is_none() || !doc.tokens.get(e).is_some_and(|t| t.lower == "to") || !doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
                return true;
            }
        }
        // ("The regulator directed the bank to overhaul …": an order only with those directed,
        // "to" and a verb after them; "directed the film", "anger directed at" are none)
        if l.starts_with("direct") {
            let (who, e) = addressee_at(doc, ctx, c + 1, b);
            // (past a time or the writing it was done in: "directed them in a memo to …")
            let e = to_after_time(doc, e).unwrap_or(e);
            // (past a list of others directed: "directed the union, the ministry and the
            // districts to …")
            let e = if who.is_some() { to_after_list(doc, ctx, e, b).unwrap_or(e) } else { e };
            if who.is_none() || !doc.tokens.get(e).is_some_and(|t| t.lower == "to") || !doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
                return true;
            }
        }
        false
    }

    /// A headline's passive with no auxiliary ("Residents urged to leave"): who asks is not said.
    pub(super) fn headline_passive(&self) -> bool {
        let Verb { doc, c, a, l, .. } = *self;
        // ("Allies told to hit spending target", "Residents urged to leave", "Ottawa pressed to
        // fund …": a passive with no auxiliary, a headline's; its subject is asked, and who asks
        // is not said)
        // (verbs whose active form also goes without an object only in a headline: "he had asked
        // to meet the minister" asks himself)
        let headline = || doc.sentence_at(doc.tokens[c].span.start).is_some_and(|s| doc.sentences[s].paragraph == 0 || doc.paragraphs[doc.sentences[s].paragraph].heading);
        if (matches!(l, "told" | "urged" | "ordered" | "warned" | "instructed") || matches!(l, "pressed" | "pressured" | "asked" | "encouraged") && headline()) && !(c > a && matches!(doc.tokens[c - 1].lower.as_str(), "was" | "were" | "been" | "is" | "are" | "be")) && doc.tokens.get(c + 1).is_some_and(|t| t.lower == "to") && doc.tokens.get(c + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "them" | "him" | "me" | "us" | "reporters")) {
            return true;
        }
        false
    }
}

/// "the bloc of countries pressing for X", "the states pushing for a faster timetable": an
/// "-ing" form of asking at `c` right after a plural noun in lower case, itself after "of", an
/// article or a quantifier (so no verb: "Roe keeps pushing for …"), is a reduced relative
/// clause on that noun: the ones it names ask, unnamed; the subject of the clause around it
/// asks nothing.
fn plural_noun_asking(doc: &Doc, c: usize, a: usize) -> bool {
    if c < a + 2 || !doc.tokens[c].lower.ends_with("ing") {
        return false;
    }
    let n = &doc.tokens[c - 1];
    n.kind == TokenKind::Word
        && !n.cap
        && n.lower.len() > 3
        && n.lower.ends_with('s')
        && !n.lower.ends_with("ss")
        && matches!(doc.tokens[c - 2].lower.as_str(), "of" | "the" | "other" | "many" | "some" | "those" | "these" | "all" | "several")
}

/// "called a strike for May 3", "calls a general election for June" (`c` at the form of
/// "call"): "a"/"an" right after it, then one to three lower-case words and "for": the object
/// is an event the subject convenes, not someone asked ("called for a strike", "called on X
/// to …" have "for"/"on" right after the verb).
fn event_called(doc: &Doc, c: usize, b: usize) -> bool {
    doc.tokens.get(c + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
        && (c + 3..(c + 6).min(b)).find(|&j| doc.tokens[j].lower == "for").is_some_and(|f| (c + 2..f).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap))
}

/// "called for help", "called for an ambulance" (`c` at the form of "call"): "for", perhaps
/// "an" or "medical", then help or an ambulance that ends the clause (a comma, the clause's end,
/// or "when", "after", "before", "as", "but" follow): an emergency call, which asks no one to
/// act ("called for help from donors", "called for help for farmers" go on and stay demands).
fn emergency_call(doc: &Doc, c: usize, b: usize) -> bool {
    let j = if doc.tokens.get(c + 2).is_some_and(|t| matches!(t.lower.as_str(), "an" | "medical")) { c + 3 } else { c + 2 };
    doc.tokens.get(c + 1).is_some_and(|t| t.lower == "for")
        && doc.tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "help" | "ambulance" | "paramedics" | "backup"))
        && (j + 1 >= b || doc.tokens.get(j + 1).is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower.as_str(), "when" | "after" | "before" | "as" | "but")))
}

/// "provided most of the records requested and …", "the documents demanded by the committee
/// were sent": a past participle of asking at `c` right after a lower-case noun for a thing
/// (not people nor a body, no name), itself after a determiner, with no object after it (the
/// clause ends, or "and", "by", a verb follows) is a reduced passive relative on that noun:
/// what was asked for, by someone else, earlier; no demand of the clause's subject.
/// ("the union demanded a pay rise", "the families asked for …" stay: a body or people.)
fn participle_after_thing(doc: &Doc, ctx: &Ctx, c: usize, a: usize) -> bool {
    let l = doc.tokens[c].lower.as_str();
    if c < a + 2 || !matches!(l, "requested" | "demanded" | "sought" | "ordered" | "asked") {
        return false;
    }
    let lex = Lexicon::get();
    let n = &doc.tokens[c - 1];
    // (the singular of a plural)
    let one = crate::lexicon::singular(&n.lower).unwrap_or_else(|| n.lower.to_string());
    // (people or a body, by the lists of people, offices and organisation words; the list of
    // unnamed speakers holds documents too, "the documents requested", so it is not asked; an
    // organisation word only in the singular: "Records" names a label, "the records" are none)
    let actor = |w: &str| lex.person_nouns.contains(w) || lex.titles.contains_key(w) || speaker_body(w);
    let thing = n.kind == TokenKind::Word && !n.cap && ctx.tok_mention.at(c - 1).is_none() && !is_pronoun(&n.lower) && !lex.stopwords.contains(&n.lower) && !actor(&n.lower) && !actor(&one) && !lex.is_org_word_lower(&one);
    let det = matches!(doc.tokens[c - 2].lower.as_str(), "the" | "those" | "these" | "any" | "all");
    let after = doc.tokens.get(c + 1).is_none_or(|t| {
        t.kind == TokenKind::Punct || matches!(t.lower.as_str(), "and" | "or" | "but" | "by" | "were" | "was" | "had" | "have" | "has" | "is" | "are" | "will" | "would")
    });
    thing && det && after
}

/// Whether the wish verb at `c` stands in a clause opened by "if" (from `a`, the sentence's
/// start): "if" within the six words before the verb, with no punctuation or quotation mark
/// between ("If ministers want employers to train staff, they must …", "said that if the
/// board wanted members to stay it should pay them"). A supposed wish is no one's demand; what
/// the sentence asks is in its main clause.
fn supposed_by_if(doc: &Doc, c: usize, a: usize) -> bool {
    (a.max(c.saturating_sub(6))..c).rev().take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)).any(|k| doc.tokens[k].lower == "if")
}
