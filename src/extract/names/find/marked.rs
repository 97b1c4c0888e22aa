//! Names `find_names` finds by a mark before any capitalised run (each case adds its mention
//! and answers the token to go on from): a listed name with a number, a family name "He", a
//! lower-case place or given name, a dateline, an Arabic article written apart, a campaign, a
//! quoted nickname; and the words that open no run (a call sign, a place a word is "based" in).

use super::*;

impl Sentence {
    /// "No 10", "Number 10": an institution named with a number (a name run takes none)
    #[inline(always)]
    pub(super) fn numbered_institution(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        let (e, (canon, iso)) = (t.cap && doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)).then(|| longest(doc, i, self.b, &lex.institutions)).flatten()?;
        let ent = doc.institution(&canon.clone(), &iso.clone());
        doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
        Some(e)
    }

    /// "France 24", "FRANCE 24", "the Group of 77": a listed organisation named with a
    /// number (a name run takes none)
    #[inline(always)]
    pub(super) fn numbered_organisation(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        let number_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
        let (e, canon) = (t.cap && (number_at(i + 1) || number_at(i + 2) && doc.tokens[i + 1].lower == "of")).then(|| longest(doc, i, self.b, &lex.organisations)).flatten().filter(|&(e, _)| e > i + 1)?;
        let ent = doc.organisation(&canon.clone());
        doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
        Some(e)
    }

    /// "spokeswoman He Yanmei", "Vice Premier He Lifeng": a capitalised "He" inside the
    /// sentence, after a title and before a capitalised word, is a family name, no pronoun
    /// ("A spokesperson for the ministry, He Yadong, told …": so is one between commas, in
    /// apposition)
    #[inline(always)]
    pub(super) fn family_name_he(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let (i, a, b) = (t.i, self.a, self.b);
        if t.cap && i > a && doc.tokens[i].lower == "he" && (lex.titles.contains_key(&doc.tokens[i - 1].lower) || doc.tokens[i - 1].lower == "," && doc.tokens.get(i + 2).is_some_and(|t| t.lower == ",")) && doc.tokens.get(i + 1).is_some_and(|t| i + 1 < b && t.kind == TokenKind::Word && t.cap && !lex.stopwords.contains(&t.lower) && !lex.titles.contains_key(&t.lower)) {
            let ent = doc.person(&text_of(doc, i, i + 2), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, i + 2), ent, MentionKind::Name);
            return Some(i + 2);
        }
        None
    }

    /// (a place in lower case: a lower-case word)
    #[inline(always)]
    pub(super) fn place_in_lower_case(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        t.lower_word.then(|| lower_case_place(doc, lex, t.i, self.b)).flatten()
    }

    /// A dateline's place opening the sentence.
    #[inline(always)]
    pub(super) fn dateline(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        (t.i == self.a).then(|| dateline_place(doc, lex, t.i)).flatten()
    }

    /// ("linked to al Qaeda", "an al Shabaab attack": a listed name whose Arabic article
    /// is written apart and in lower case, which a capitalised run would leave behind)
    #[inline(always)]
    pub(super) fn arabic_article_organisation(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        if !t.cap && matches!(doc.tokens[i].lower.as_str(), "al" | "el") && doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
            if let Some((e, canon)) = longest(doc, i, self.b, &lex.organisations).filter(|&(e, _)| e > i + 1) {
                let ent = doc.organisation(&canon.clone());
                doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
                return Some(e);
            }
        }
        None
    }

    /// A campaign's name (`campaign_name`), an organisation.
    #[inline(always)]
    pub(super) fn campaign(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        let e = t.cap.then(|| campaign_name(doc, lex, i, self.b)).flatten()?;
        let ent = doc.organisation(&text_of(doc, i, e));
        doc.add_mention(span_of(doc, i, e), ent, MentionKind::Name);
        Some(e)
    }

    /// A person named with a quoted nickname (`nicknamed_person`), from token `i` or after a
    /// title or two before the first name:
    /// (after a title or none: "Sen. Ronald "Bato" dela Rosa")
    /// (the nickname's opening quotation mark right after the first name: with none
    /// among the next three tokens, no start tried here names one; asked at every token,
    /// of the first quotation mark after `i`: none lies between `i` and `next_quote`,
    /// which was the first after an earlier token)
    #[inline(always)]
    pub(super) fn nicknamed(&mut self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let (i, b) = (t.i, self.b);
        if self.next_quote <= i {
            self.next_quote = (i + 1..b).find(|&k| doc.tokens[k].kind == TokenKind::Quote).unwrap_or(b);
        }
        let quote_near = self.next_quote < b.min(i + 4);
        let (g, (e, name)) = quote_near.then_some(()).and_then(|()| (i..b.min(i + 3)).take_while(|&g| g == i || is_cap_word(doc, g - 1) && (lex.titles.contains_key(&doc.tokens[g - 1].lower) || doc.slice(doc.tokens[g - 1].span).ends_with('.'))).find_map(|g| nicknamed_person(doc, lex, g, b).map(|x| (g, x))))?;
        let ent = doc.person(&name, doc.tokens[g].span.start);
        doc.add_mention(span_of(doc, g, e), ent, MentionKind::Name);
        Some(e)
    }

    /// A given name in lower case after a noun (`lower_case_given_after_noun`), a person.
    #[inline(always)]
    pub(super) fn lower_case_given(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        if t.lower_word && lower_case_given_after_noun(doc, lex, i) {
            let ent = doc.person(&text_of(doc, i, i + 1), doc.tokens[i].span.start);
            doc.add_mention(span_of(doc, i, i + 1), ent, MentionKind::Name);
            return Some(i + 1);
        }
        None
    }

    /// A word that opens no run (no capitalised word, or a compound's modifier): a place it
    /// is "based" in (`based_place`), a radio station's call sign; then the next token.
    #[inline(always)]
    pub(super) fn no_run_word(&self, doc: &mut Doc, lex: &Lexicon, t: At) -> Option<usize> {
        let i = t.i;
        if t.cap_word && !compound_modifier(doc, i) {
            return None;
        }
        if t.cap_word {
            based_place(doc, lex, i);
        }
        // (a call sign has three or four bytes and opens with a digit: the text taken
        // only then)
        if (3..=4).contains(&doc.tokens[i].span.len()) && doc.text().as_bytes()[doc.tokens[i].span.start].is_ascii_digit() && call_sign(doc.slice(doc.tokens[i].span)) {
            // "882 6PR": an AM frequency before it is part of the name, not of the
            // station's identity
            let am = i > self.a && doc.slice(doc.tokens[i - 1].span).parse::<u32>().is_ok_and(|f| (520..=1710).contains(&f));
            let s = if am { i - 1 } else { i };
            let ent = doc.organisation(&text_of(doc, i, i + 1));
            doc.add_mention(span_of(doc, s, i + 1), ent, MentionKind::Name);
        }
        Some(i + 1)
    }
}
