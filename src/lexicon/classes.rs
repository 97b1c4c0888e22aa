//! The word lists a token's lower-case form is in, each worked out once per token.
//!
//! The rules ask the same few lists (stop words, cues, titles…) about the same token again
//! and again, rule after rule, each time hashing its bytes and comparing; the token keeps each
//! answer the first time it is asked (`Token::classes`), so an ask after that is a test of a
//! bit: `doc.tokens[i].is(Class::Stopword)` in place of
//! `lex.stopwords.contains(&doc.tokens[i].lower)`. (Asked, not worked out for every token
//! up front: most tokens are never asked about most lists, and a lookup for each token and
//! list cost more than the asks it saved.) Words that are not a token's `lower` ask the
//! lexicon.

use super::Lexicon;
use crate::model::Token;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

/// A word list of the lexicon, as asked of one lower-case word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `lex.stopwords.contains(lower)`
    Stopword,
    /// `lex.cues.contains_key(lower)`: an inflected single-word cue
    Cue,
    /// `lex.titles.contains_key(lower)`: a one-word title of the table
    Title,
    /// `lex.speaker_nouns.contains(lower)`
    SpeakerNoun,
    /// `lex.person_nouns.contains(lower)`
    PersonNoun,
}

impl Class {
    /// The lexicon's own answer.
    fn holds(self, lex: &Lexicon, lower: &str) -> bool {
        match self {
            Class::Stopword => lex.stopwords.contains(lower),
            Class::Cue => lex.cues.contains_key(lower),
            Class::Title => lex.titles.contains_key(lower),
            Class::SpeakerNoun => lex.speaker_nouns.contains(lower),
            Class::PersonNoun => lex.person_nouns.contains(lower),
        }
    }

    /// The bit that says the answer is known; the next bit is the answer.
    #[inline]
    fn known(self) -> u32 {
        1 << (2 * self as u32)
    }

    /// Works out the answer for `classes`' token and keeps it.
    #[inline(never)]
    fn remember(self, classes: &Classes, lower: &str) -> bool {
        let yes = self.holds(Lexicon::get(), lower);
        // (a plain load and store: should two threads ever ask at once, one answer may be
        // lost and is worked out again, never wrong)
        let bits = classes.0.load(Relaxed) | self.known() | if yes { self.known() << 1 } else { 0 };
        classes.0.store(bits, Relaxed);
        yes
    }
}

/// The answers a token has been asked for: two bits per [`Class`] (known, and the answer).
/// Whoever changes a token's `lower` after the rules have asked about it must reset them
/// (`Classes::default()`); `extract::normal_forms`, the only change, comes before any rule.
#[derive(Debug, Default)]
pub struct Classes(AtomicU32);

impl Clone for Classes {
    fn clone(&self) -> Self {
        Classes(AtomicU32::new(self.0.load(Relaxed)))
    }
}

impl Token {
    /// Whether the token's lower-case form is in the word list `class`.
    #[inline]
    pub fn is(&self, class: Class) -> bool {
        let bits = self.classes.0.load(Relaxed);
        if bits & class.known() != 0 {
            bits & class.known() << 1 != 0
        } else {
            class.remember(&self.classes, &self.lower)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_the_lexicon() {
        let lex = Lexicon::get();
        let all = [Class::Stopword, Class::Cue, Class::Title, Class::SpeakerNoun, Class::PersonNoun];
        let toks = crate::text::tokenize::tokenize("The spokesman said Paris officials told President Roe of the minister's plan, and a witness.");
        for _ in 0..2 {
            for t in &toks {
                for c in all {
                    assert_eq!(t.is(c), c.holds(lex, &t.lower), "{c:?} {}", t.lower);
                }
            }
        }
        assert!(toks[0].is(Class::Stopword) && toks[1].is(Class::SpeakerNoun) && toks[2].is(Class::Cue) && !toks[3].is(Class::Stopword));
    }
}
