//! Whether a [`Modal`] asks anything of anyone (not impersonal, no reproach or forecast, no
//! question, no bare quoted fragment), and the demand or refusal it then holds.

use super::*;

/// A modal and on whom it falls: the old tests of `Clause::modal` before it pushed a demand.
pub(super) struct Asked<'a> {
    pub(super) m: Modal<'a>,
    pub(super) to: Addressee,
}

impl Asked<'_> {
    /// Pushes the demand (or, negated, the refusal) the modal holds, unless it asks nothing of
    /// anyone
    #[inline(always)]
    pub(super) fn push(&self, l: &str, out: &mut Vec<Demand>) {
        let Modal { va, end, n, .. } = self.m;
        // ("Fishing crews were ordered to stay in port, she added": a passive order the
        // speaker reports is the speaker's; not "he was ordered to", which someone else gave)
        let passive = n == 3;
        let impersonal = self.impersonal() || passive && self.passive_impersonal();
        let hindsight = self.hindsight() || self.forewarned(passive);
        let asked = self.asked();
        let fragment = self.fragment();
        let one_verb = self.one_verb();
        if !impersonal && !hindsight && !asked && !fragment && (end > va + 1 || one_verb) {
            self.demand(passive, l, out);
        }
    }

    /// ("this one must be cheaper" names what it means)
    #[inline(always)]
    fn pointed(&self) -> bool {
        let Modal { c: Clause { doc, a, .. }, k, .. } = self.m;
        k > a + 1 && matches!(doc.tokens[k - 2].lower.as_str(), "this" | "that" | "the" | "each" | "every" | "which" | "any" | "another" | "other" | "last" | "first" | "next")
    }

    /// ("Nobody should be executed on the word of a liar", "No one should go to prison for
    /// …" in a quote: what nobody should do or suffer is asked of all, as the golds have
    /// it; not "nobody should be surprised", a feeling, nor a belief reported, "X believed
    /// no one should be punished")
    #[inline(always)]
    fn nobody(&self) -> bool {
        let Modal { c: Clause { doc, a, reported, .. }, k, va, .. } = self.m;
        !reported && k > a && (doc.tokens[k - 1].lower == "nobody" || doc.tokens[k - 1].lower == "one" && k >= a + 2 && doc.tokens[k - 2].lower == "no")
            && !(doc.tokens.get(va).is_some_and(|t| t.lower == "be") && doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "surprised" | "shocked" | "fooled" | "deceived" | "alarmed" | "worried" | "afraid")))
            // (nor what nobody should do to the speakers, a complaint: "Nobody should ask us
            // to do that.")
            && !doc.tokens.get(va + 1).is_some_and(|t| matches!(t.lower.as_str(), "us" | "me"))
    }

    /// "questions that need to be answered", "you should …": not a demand on anyone
    /// ("no one should be targeted", "nobody should …": a norm, not a demand on anyone)
    /// ("one should never judge too early": advice to anyone)
    #[inline(always)]
    fn impersonal(&self) -> bool {
        let Modal { c: Clause { doc, a, .. }, k, .. } = self.m;
        let Addressee { it_actor, kind_it, that_it, told, .. } = self.to;
        let pointed = self.pointed();
        let nobody = self.nobody();
        it_actor.is_none() && !kind_it && !(that_it && told.is_some()) && k > a && !nobody && (matches!(doc.tokens[k - 1].lower.as_str(), "that" | "which" | "who" | "you" | "it" | "i" | "we" | "this" | "nobody" | "nothing") || doc.tokens[k - 1].lower == "one" && !pointed) && !self.it_asked()
    }

    /// ("… wanted good ties with Oslo but that it must respect the law", "This archive is a
    /// treasure, and it must not end up in a basement", "Jane Roe said it should cut waste"):
    /// "it" as the modal's subject right after "and"/"but" (a "that" between or not), or after
    /// a person's verb of saying (a person is never "it"), takes up a body or a thing named
    /// before, and what it must do is asked, as the golds hold (of no one named: see
    /// `demand`); not an impersonal "it" ("it should be noted", "it must be hard", "it should take
    /// a year"): the verb after the modal is active and none of lasting, seeming or helping,
    /// or a passive participle that is no verb of saying or knowing. Not after a body's verb of
    /// saying ("the council said it must cut jobs": the body itself).
    #[inline(always)]
    fn it_asked(&self) -> bool {
        let Modal { c: Clause { doc, by, a, .. }, k, n, .. } = self.m;
        // (only "must" and "should": "it has to grow in a way that is sustainable", "it needs
        // to …" say what a thing needs, a minister's own policy, which the golds do not hold)
        if k < a + 2 || doc.tokens[k - 1].lower != "it" || !matches!(doc.tokens[k].lower.as_str(), "must" | "should") {
            return false;
        }
        let w = |j: usize| doc.tokens.get(j).map_or("", |t| t.lower.as_str());
        let before = if w(k - 2) == "that" && k >= a + 3 { k - 3 } else { k - 2 };
        let person = by.entity().is_some_and(|e| doc.entities[e].kind == EntityKind::Person);
        let said = person && Lexicon::get().cues.get(w(before)).is_some_and(|c| matches!(c.lemma, "say" | "warn" | "argue" | "insist" | "add" | "stress" | "write"));
        if !(matches!(w(before), "and" | "but") || said) {
            return false;
        }
        let mut v = k + n;
        while matches!(w(v), "not" | "never" | "also" | "instead" | "now" | "first" | "still" | "then" | "only" | "always" | "rather") {
            v += 1;
        }
        const NOT_ASKED: &[&str] = &["have", "take", "cost", "last", "come", "seem", "look", "sound", "feel", "mean", "help", "work", "remain", "become", "get", "prove", "matter", "make", "go", "be", "do"];
        const SAYING: &[&str] = &["said", "noted", "stressed", "remembered", "pointed", "emphasised", "emphasized", "added", "recalled", "acknowledged", "recognised", "recognized", "understood", "borne", "mentioned", "admitted", "conceded", "expected", "assumed", "considered", "stated", "repeated", "underlined", "known", "seen"];
        let verb = doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !Lexicon::get().stopwords.contains(&t.lower));
        // (what is asked says more than the verb: not "it must be enforced" alone, nor "it
        // should use it", whose "it"s only the reader can take up)
        let said_more = |x: usize| doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.lower.as_str(), "it" | "them" | "this" | "that" | "him" | "her"));
        if w(v) == "be" {
            // (a quotation may open after "be": it must be "used with care")
            let p = if doc.tokens.get(v + 1).is_some_and(|t| t.kind == TokenKind::Quote) { v + 2 } else { v + 1 };
            let x = w(p);
            return passive_participle(x) && !SAYING.contains(&x) && said_more(p + 1);
        }
        verb && !NOT_ASKED.contains(&w(v)) && said_more(v + 1)
    }

    /// A passive order that is not the speaker's: at the clause's start, after a pronoun ("he
    /// was ordered to", which someone else gave), or in a quotation that opens the statement
    #[inline(always)]
    fn passive_impersonal(&self) -> bool {
        let Modal { c: Clause { doc, a, reported, .. }, k, .. } = self.m;
        k == a || crate::extract::np::is_pronoun(&doc.tokens[k - 1].lower) || !reported && doc.tokens.get(a).is_some_and(|t| t.kind == TokenKind::Quote)
    }

    /// ("they should not have been standing there": a reproach of what was done, not a
    /// demand; "How many more canyons have to burn?": a question asks for nothing)
    /// ("He should never have been out": "never" stands where "not" does; "should never
    /// have to" is turned away above, as what no one should be forced into)
    #[inline(always)]
    fn hindsight(&self) -> bool {
        let Modal { c: Clause { doc, .. }, n, va, .. } = self.m;
        n == 1 && {
            let h = va + usize::from(doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "not" | "never")));
            // (a thing had after it is asked for: "the region must have a voice in the talks")
            doc.tokens.get(h).is_some_and(|t| t.lower == "have")
                && doc.tokens.get(h + 1).is_some_and(|t| t.lower != "to" && !matches!(t.lower.as_str(), "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her" | "your" | "my" | "no" | "some" | "more" | "full" | "every" | "enough"))
        }
    }

    /// ("Drivers should expect delays on the main roads", "customers must anticipate
    /// outages": what the hearer is told to brace for is a forecast, asked of no one)
    #[inline(always)]
    fn forewarned(&self, passive: bool) -> bool {
        let Modal { c: Clause { doc, .. }, va, .. } = self.m;
        !passive && doc.tokens.get(va).is_some_and(|t| matches!(t.lower.as_str(), "expect" | "anticipate"))
    }

    /// A question mark before what is asked ends: a question asks for nothing
    #[inline(always)]
    fn asked(&self) -> bool {
        let Modal { c: Clause { doc, .. }, va, end, .. } = self.m;
        (va..(end + 1).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "?")
    }

    /// ("“must be completed in English”", "“must be well thought out”": a quoted fragment
    /// that opens with the modal has no one it is asked of, nor a clause to name one)
    /// (a subject right before the quotation mark stays one: `residents "should not be
    /// punished"`)
    #[inline(always)]
    fn fragment(&self) -> bool {
        let Modal { c: Clause { doc, .. }, k, clause_a, coordinated, .. } = self.m;
        let Addressee { of, ref subj, .. } = self.to;
        of.is_none() && subj.is_none() && !coordinated && k == clause_a && k > 1 && doc.tokens[k - 1].kind == TokenKind::Quote && (doc.tokens[k - 2].kind != TokenKind::Word || Lexicon::get().cues.contains_key(&doc.tokens[k - 2].lower))
    }

    /// ("Hale must resign", "Assad must go": one verb is a demand too, of an actor named
    /// as its subject; not in a relative clause whose object is the noun before it,
    /// "the conditions that Moscow must meet")
    #[inline(always)]
    fn one_verb(&self) -> bool {
        let Modal { c: Clause { doc, a, .. }, clause_a, va, end, .. } = self.m;
        let relative = clause_a >= a + 2 && matches!(doc.tokens[clause_a - 1].lower.as_str(), "that" | "which") && {
            let n = &doc.tokens[clause_a - 2];
            n.kind == TokenKind::Word && !n.cap && !Lexicon::get().cues.contains_key(&n.lower)
        };
        end == va + 1
            && (self.to.of.is_some() || self.body_acts().is_some())
            && !relative
            && doc.tokens.get(va).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !matches!(t.lower.as_str(), "be" | "have" | "do" | "not" | "too" | "also" | "now" | "again") && !Lexicon::get().stopwords.contains(&t.lower))
    }

    /// ("the ethics committee has to act", "the assembly must act": "act" alone, asked of a body
    /// taken up by a plain noun right before the modal, is a demand too, of the body as written;
    /// not "the board has to settle", whose verb wants an object): the body's words
    #[inline(always)]
    fn body_acts(&self) -> Option<Span> {
        let Modal { c: Clause { doc, .. }, k, clause_a, va, end, .. } = self.m;
        if end != va + 1 || doc.tokens.get(va).is_none_or(|t| t.lower != "act") {
            return None;
        }
        let e = if k >= clause_a + 2 && matches!(doc.tokens[k - 1].lower.as_str(), "will" | "would") { k - 1 } else { k };
        let body = |x: usize| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap && Lexicon::get().is_org_word_lower(&doc.tokens[x].lower);
        if e <= clause_a || !body(e - 1) {
            return None;
        }
        // (with the words that name it after "the": "the ethics committee")
        let plain = |x: usize| doc.tokens[x].kind == TokenKind::Word && !doc.tokens[x].cap && !Lexicon::get().stopwords.contains(&doc.tokens[x].lower);
        let s = (clause_a.max(e.saturating_sub(4))..e - 1).rev().take_while(|&x| plain(x)).last().unwrap_or(e - 1);
        let s = if s > clause_a && doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
        Some(span(doc, s, e - 1 + 1))
    }

    /// The demand (or, negated, the refusal): of whom, what is asked, and the evidence
    #[inline(always)]
    fn demand(&self, passive: bool, l: &str, out: &mut Vec<Demand>) {
        let Modal { c: Clause { doc, by, a, reported, .. }, k, n, clause_a, va, end, coordinated } = self.m;
        let Addressee { of, ref subj, kind_it, .. } = self.to;
        // a subject that is no actor ("Europe should respond …", "both sides must …")
        // is named as written
        let of = of.or_else(|| subj.as_ref().filter(|s| s.start < k && doc.tokens[s.start].kind == TokenKind::Word).map(|s| Party::Text(span(doc, s.start, s.end)))).or_else(|| plain_subject(doc, clause_a, k).map(|s| Party::Text(span(doc, s, k)))).or_else(|| self.body_acts().map(Party::Text));
        // (an "it" no rule took up, `it_asked`: no one named, not the word "it")
        // (nor a subject read back over "and": "the archive was old and it")
        let of = of.filter(|p| !matches!(p, Party::Text(s) if { let t = doc.slice(*s); t.eq_ignore_ascii_case("it") || t.ends_with(" it") }));
        // (an "it" `it_asked` lets through is asked of no one named: which body or thing it
        // takes up is not resolved here, and the last body named is often not it: "He said it
        // should …" a sentence after "the government")
        let of = if k > 0 && doc.tokens[k - 1].lower == "it" && self.it_asked() { None } else { of };
        // (a passive order: its subject, as written, is whom it is addressed to, and
        // what follows "to" up to a comma is what is ordered)
        let of = if passive { of.or_else(|| (clause_a < k).then(|| Party::Text(span(doc, skip_marks(doc, clause_a, k), k)))) } else { of };
        let end = if passive { (va..end).find(|&j| doc.tokens[j].lower == ",").unwrap_or(end) } else { end };
        // (what is asked never runs back past a question's or an exclamation's end:
        // '"Are the roads closed? Security must come first," she said')
        let clause_a = (clause_a..k).rev().find(|&x| matches!(doc.tokens[x].lower.as_str(), "?" | "!")).map_or(clause_a, |x| x + 1);
        let what_a = skip_marks(doc, if of.is_some() || coordinated || passive || kind_it { va } else { clause_a }, end);
        let negated = doc.tokens.get(va).is_some_and(|t| t.lower == "not") || l.ends_with("n't") || l.ends_with("n’t");
        let ev_a = if reported { clause_a } else { clause_a.max(a) };
        let cue = doc.tokens[k..k + n].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
        push(out, if negated { DemandKind::Refusal } else { DemandKind::Demand }, by, of, span(doc, what_a, end), span(doc, ev_a, end), cue);
    }
}
