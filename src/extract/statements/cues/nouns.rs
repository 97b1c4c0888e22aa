//! A cue word that is a noun or a word of a name here, no verb: "United States", "in a post
//! on X", "Cabinet posts", "attacks on", "the proposed deal", "a report found", "the Hale plan".

use super::*;

impl Word<'_> {
    /// "United States", "Says" inside a name is no verb; in a title-case headline ending in
    /// a full stop ("Kovacs Says Treaty Will Fail.") a finite form after a name is.
    #[inline(always)]
    pub(super) fn inside_name(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        tok.cap && t > 0 && doc.tokens[t - 1].kind == TokenKind::Word && !(tok.lower.ends_with('s') && {
            let (a, b) = sentence_tokens(doc, t);
            crate::extract::names::title_case(doc, a, b)
        })
    }

    /// ("The largest group, Vote Watch (VW), said": a capitalised cue opening a name after a
    /// comma, a bracket or "the", the name's next word capitalised too)
    #[inline(always)]
    pub(super) fn opening_name_after_comma(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        tok.cap && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "," | "(" | "the") && doc.tokens.get(t + 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word) && !{
            let (a, b) = sentence_tokens(doc, t);
            crate::extract::names::title_case(doc, a, b)
        }
    }

    /// ("said in a Facebook post that …", "in a post on X": "post" after a determiner or a
    /// platform's name is the noun; the platform had been made the speaker of the quote after)
    #[inline(always)]
    pub(super) fn post_as_noun(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        matches!(tok.lower.as_str(), "post" | "posts") && t > 0 && {
            let prev = &doc.tokens[t - 1];
            matches!(prev.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "my" | "our" | "your" | "this" | "latest")
                || prev.cap && crate::extract::np::social_platform(doc.slice(prev.span))
        }
    }

    /// ("when the parties had to share out Cabinet posts.", "two ministerial posts, …": "posts"
    /// closed by the clause's punctuation is the plural noun, offices held; one who posts on
    /// a platform posts something or somewhere)
    #[inline(always)]
    pub(super) fn posts_closing_clause(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        tok.lower == "posts" && doc.tokens.get(t + 1).is_none_or(|x| matches!(x.lower.as_str(), "." | "," | ";" | ")" | "?" | "!"))
    }

    /// "Ransomware attacks on hospitals have surged", "drone attacks against the port": the
    /// noun, whose target follows; the verb of criticism takes its object with no preposition
    /// ("the opposition attacks the plan").
    #[inline(always)]
    pub(super) fn attacks_on(&self) -> bool {
        let Word { doc, t, cue, .. } = *self;
        cue.lemma == "attack" && doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "on" | "against" | "in"))
    }

    /// ("include First Nations in its emergency planning": a gerund after a determiner, or
    /// after one plain singular word that follows a possessive, is a noun, no cue)
    #[inline(always)]
    pub(super) fn gerund_as_noun(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        if tok.lower.ends_with("ing") && t > 1 {
            // (after one word only a possessive: "issued a statement calling …", "an ad this week
            // showing …" speak)
            let possessive = |w: &str| matches!(w, "its" | "their" | "his" | "her" | "our" | "your");
            let det = |w: &str| possessive(w) || matches!(w, "the" | "a" | "an");
            let plain = |x: &crate::model::Token| x.kind == TokenKind::Word && !x.cap && !x.lower.ends_with('s') && !Lexicon::get().stopwords.contains(&x.lower);
            let goes_on = doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "that" | "to" | ":" | ","));
            if det(&doc.tokens[t - 1].lower) || possessive(&doc.tokens[t - 2].lower) && plain(&doc.tokens[t - 1]) && !goes_on {
                return true;
            }
        }
        false
    }

    /// "the proposed deal", "a warning", "his call": a determiner before makes it a noun
    /// (but "a letter … that says …": a finite verb after a relative "that" whose document the
    /// clause's subject put out)
    #[inline(always)]
    pub(super) fn after_determiner(&self) -> bool {
        let Word { doc, t, tok, .. } = *self;
        let document_that = t > 1 && doc.tokens[t - 1].lower == "that" && matches!(tok.lower.as_str(), "says" | "said" | "states" | "stated" | "claims" | "claimed" | "argues" | "argued" | "warns" | "warned") && {
            let (a, _) = sentence_tokens(doc, t);
            t > a + 3 && document_put_out_before(doc, a, t - 1)
        };
        // ("He's claiming that …": the "'s" of a pronoun is "is" or "has", no possessive)
        let pronoun_is = t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "'s" | "’s") && matches!(doc.tokens[t - 2].lower.as_str(), "he" | "she");
        // ("…, sources close to her said": "her" after a preposition is an object, and "said"
        // after it the verb)
        let object_her = t > 1 && doc.tokens[t - 1].lower == "her" && matches!(doc.tokens[t - 2].lower.as_str(), "to" | "around" | "near" | "with" | "about" | "for") && matches!(tok.lower.as_str(), "said" | "say" | "says" | "told" | "added");
        // ("warned that any attack on X would …": a quantifier too)
        t > 0 && !document_that && !pronoun_is && !object_her && matches!(doc.tokens[t - 1].lower.as_str(), "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "'s" | "our" | "my" | "your" | "any" | "every" | "each" | "another") && !name_ends_in_s(doc, t - 1)
    }

    /// "a report found", "the comments said": a cue word right before a cue verb is a noun.
    #[inline(always)]
    pub(super) fn noun_before_cue(&self) -> bool {
        let Word { doc, lex, t, .. } = *self;
        doc.tokens.get(t + 1).is_some_and(|x| lex.cues.contains_key(&x.lower))
    }

    /// "Republican support was solid", "85 percent support among voters", "advocates such as
    /// …": a noun before a verb or "such as", or after a share.
    #[inline(always)]
    pub(super) fn noun_before_verb_or_after_share(&self) -> bool {
        let Word { doc, t, .. } = *self;
        doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "is" | "was" | "are" | "were" | "such")) || t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "percent" | "%")
    }

    /// "a government plan", "the new claim": a bare form after a determiner and a singular word
    /// (not "the leaders claim", nor "critics of the plan claim")
    /// (at the end of the sentence even then: "to involve the union in its safety plan.")
    /// ("rides the 41 express to work": a number in digits between them too, a route's or a
    /// model's, never a plural subject of the bare form)
    #[inline(always)]
    pub(super) fn bare_noun_after_modifier(&self) -> bool {
        let Word { doc, t, tok, cue, .. } = *self;
        let ends = doc.tokens.get(t + 1).is_none_or(|x| matches!(x.lower.as_str(), "." | ";"));
        let after_preposition = t > 2 && matches!(doc.tokens[t - 3].lower.as_str(), "of" | "in" | "to" | "for" | "at" | "on" | "by" | "with" | "from" | "among") && !ends;
        let modifier = |x: &crate::model::Token| x.kind == TokenKind::Word && !x.cap && !x.lower.ends_with('s') || x.kind == TokenKind::Number && x.lower.bytes().all(|b| b.is_ascii_digit());
        // ("told Roe in a phone call that …": after "a" or "an" and a singular word the bare
        // form agrees with no subject, so even after a preposition it is the noun, and the
        // "that" after it opens the report of the verb of saying before; not a past form like
        // the bare one, "in a market forecast that …" may still be a forecast made)
        let indefinite = t > 1 && matches!(doc.tokens[t - 2].lower.as_str(), "a" | "an") && !matches!(cue.lemma, "forecast" | "broadcast" | "bet") && doc.tokens.get(t + 1).is_some_and(|x| x.lower == "that");
        tok.lower == cue.lemma && (!after_preposition || indefinite) && t > 1 && matches!(doc.tokens[t - 2].lower.as_str(), "a" | "an" | "the" | "this" | "his" | "her" | "its" | "their") && modifier(&doc.tokens[t - 1])
    }

    /// ("per the Hale plan", "the Quill claim": a name between the determiner and the bare
    /// form, inside a sentence, is a modifier of a noun; not a past form like the bare one:
    /// "and the IMF forecast that …"; a document speaks: "after a WHO report that said …")
    #[inline(always)]
    pub(super) fn name_modifying_noun(&self) -> bool {
        let Word { doc, t, tok, cue, .. } = *self;
        tok.lower == cue.lemma && !matches!(cue.lemma, "forecast" | "broadcast" | "bet" | "report" | "post" | "tweet") && t > 2 && matches!(doc.tokens[t - 2].lower.as_str(), "the" | "a" | "an" | "this") && doc.tokens[t - 1].kind == TokenKind::Word && doc.tokens[t - 1].cap && !doc.tokens[t - 1].lower.ends_with('s') && doc.tokens[t - 3].kind == TokenKind::Word && !doc.tokens[t - 2].cap
    }

    /// ("a European Commission plan to use …": an indefinite article before a name of several
    /// words is no subject's; the bare form after them is a noun)
    #[inline(always)]
    pub(super) fn noun_after_indefinite_name(&self) -> bool {
        let Word { doc, t, tok, cue, .. } = *self;
        if tok.lower == cue.lemma && !matches!(cue.lemma, "forecast" | "broadcast" | "bet" | "report" | "post" | "tweet") && t > 2 && !doc.tokens[t - 1].lower.ends_with('s') {
            let mut d = t - 1;
            while d > 0 && t - d <= 4 && doc.tokens[d].kind == TokenKind::Word && doc.tokens[d].cap {
                d -= 1;
            }
            if t - d >= 3 && matches!(doc.tokens[d].lower.as_str(), "a" | "an") && !doc.tokens[d].cap {
                return true;
            }
        }
        false
    }

    /// ("an umbrella body of support groups, said …", "a wave of protest marches": a noun form
    /// right after "of" and right before a plain lower-case word is a noun modifying that word,
    /// no verb whose subject ends at "of"; a finite verb follows "of" only where it is stranded,
    /// and then not before a bare noun)
    #[inline(always)]
    pub(super) fn noun_modifier_after_of(&self) -> bool {
        let Word { doc, lex, t, .. } = *self;
        t > 0
            && doc.tokens[t - 1].lower == "of"
            && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !x.lower.ends_with("ly") && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower))
    }

    /// ("counts on a large majority of rural support.", "postponed over Roe's Fifth Amendment claims.": a
    /// noun form closing its clause after "of" and one plain modifier, or after a possessive and
    /// capitalised words, is a noun; a verb there would have had its subject right before)
    #[inline(always)]
    pub(super) fn noun_closing_clause(&self) -> bool {
        let Word { doc, lex, t, .. } = *self;
        let closes = doc.tokens.get(t + 1).is_some_and(|x| matches!(x.lower.as_str(), "." | "," | ";"));
        if closes && t > 2 {
            let prev = &doc.tokens[t - 1];
            let of_modifier = doc.tokens[t - 2].lower == "of" && prev.kind == TokenKind::Word && !prev.cap && !prev.lower.ends_with('s') && !lex.stopwords.contains(&prev.lower);
            let caps = (t.saturating_sub(4)..t).rev().take_while(|&j| doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].cap).count();
            // (not a person's name, opening with a listed given name: "…, Quillmart's Jane Roe
            // argues."; the entity's kind is no guide, a subject of a cue being guessed a person)
            let person = || lex.first_names.get(&crate::lexicon::fold(&doc.tokens[t - caps].lower)).is_some();
            let possessed = caps > 0 && t > caps + 1 && matches!(doc.tokens[t - caps - 1].lower.as_str(), "'s" | "\u{2019}s") && !person();
            if of_modifier || possessed {
                return true;
            }
        }
        false
    }
}
