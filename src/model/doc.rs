use super::{Article, Demand, Entity, Mention, Role, Statement};

/// A byte range into the article text. Converted to character offsets only on output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// An opening or closing quotation mark (straight or curly, single or double).
    Quote,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Lower-cased text, with curly apostrophes made straight (`crate::lexicon::fold`).
    pub lower: super::Lower,
    /// First character is upper case.
    pub cap: bool,
    /// Whitespace (or start of text) directly before the token.
    pub space_before: bool,
}

/// A sentence: a run of tokens `tokens.0..tokens.1`.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
    pub paragraph: usize,
}

/// A paragraph: one line of the article. `heading` marks title-like lines (no final
/// punctuation, mostly capitalised words) where open-class name finding is not trusted;
/// `furniture` marks the lines that are not the story's text, which are not analysed: credits
/// of the journalists ("By Jane Roe", "(Reporting by …; Editing by …)", "… contributed to
/// this report.", whose names are the newsroom's, not actors of the story), links to other
/// stories ("Read more: …", "Related: …") and time stamps ("Updated 5:42 AM EST, …").
#[derive(Debug, Clone, Copy)]
pub struct Paragraph {
    pub span: Span,
    pub heading: bool,
    pub furniture: bool,
}

/// An article with everything the pipeline found in it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub article: Article,
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub roles: Vec<Role>,
    pub statements: Vec<Statement>,
    pub demands: Vec<Demand>,
    /// What the lexicon's word signatures say of each token's lower-case form, one byte of
    /// flags a token (`extract::names::word_facts`), set once those forms are final: tests
    /// asked at every word read it first. Empty until set (the tests then ask the lexicon).
    pub word_facts: Vec<u8>,
    /// Each token's lower-case form's `lexicon::Signature`, set with `word_facts`
    /// (`extract::names::word_signatures`): the longest-phrase lookups at a token read it
    /// instead of working it out again. Empty until set.
    pub word_signatures: Vec<crate::lexicon::Signature>,
    /// The tagger's regions of every sentence (`extract::tagger::all_regions`), kept by
    /// `orgs::find_organisations` for the tagger, which would work them out again; `None`
    /// until then. They read only the tokens and sentences, which no rule changes after.
    pub regions: Option<Vec<(usize, usize)>>,
    /// `token_at` of every byte position of the text (0 to its length, inclusive), filled
    /// by `index_tokens` once the tokens are final (their spans never change after); empty
    /// until then, when `token_at` searches. (The rules ask `token_at` ~3,000 times an
    /// article, a binary search each: 3 % of all instructions; a look-up here.)
    pub token_index: Vec<u32>,
    /// The one state whose own bodies the tokens write at least three times
    /// (`resolve::own_bodies_state` before it asks whether the story names that state), and
    /// how often: filled at the first question. It reads only the tokens, final before any
    /// rule asks, and is asked about four times a story (`main_country` among others), each a
    /// scan of every token.
    pub own_bodies_written: std::sync::OnceLock<Option<(&'static str, usize)>>,
    /// How often the tokens write each state anywhere in the story, by name, adjective or a
    /// region only it has, (ISO code, times) (`extract::names::countries_written`): filled at
    /// the first question. A place named before any state is chosen among its namesakes by
    /// the states the whole story names.
    pub countries_written: std::sync::OnceLock<Vec<(&'static str, usize)>>,
}

impl Doc {
    pub fn new(article: Article) -> Self {
        Doc {
            article,
            tokens: Vec::new(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            statements: Vec::new(),
            demands: Vec::new(),
            word_facts: Vec::new(),
            word_signatures: Vec::new(),
            regions: None,
            token_index: Vec::new(),
            own_bodies_written: std::sync::OnceLock::new(),
            countries_written: std::sync::OnceLock::new(),
        }
    }

    /// Fills `token_index`: for each byte position, the first token starting there or after
    /// (the tokens are in text order), as `token_at`'s search would find.
    pub fn index_tokens(&mut self) {
        self.token_index = token_index(&self.tokens, self.article.text.len());
    }

    pub fn text(&self) -> &str {
        &self.article.text
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.article.text[span.start..span.end]
    }

    /// The sentences of the running text (not of headings): statements and demands are read
    /// only there.
    pub fn body_sentences(&self) -> impl Iterator<Item = Sentence> + '_ {
        self.sentences.iter().copied().filter(|s| !self.paragraphs[s.paragraph].heading)
    }

    /// Index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Where the sentence before the one holding byte `pos` starts (0 when there is none): the
    /// reach of "named last, in this sentence or the one before".
    pub fn previous_sentence_start(&self, pos: usize) -> usize {
        self.sentence_at(pos).and_then(|si| si.checked_sub(1)).map_or(0, |si| self.sentences[si].span.start)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        match self.token_index.get(pos) {
            Some(&i) => i as usize,
            None => self.tokens.partition_point(|t| t.span.start < pos),
        }
    }

    /// The mention whose span covers token `t`, if any. Mentions are kept sorted and
    /// never overlap, so this is a binary search.
    pub fn mention_at_token(&self, t: usize) -> Option<usize> {
        let pos = self.tokens.get(t)?.span.start;
        let i = self.mentions.partition_point(|m| m.span.end <= pos);
        (i < self.mentions.len() && self.mentions[i].span.start <= pos).then_some(i)
    }

    /// Whether token `t` lies in a mention of a person (a name apposed after a comma, a list
    /// with people in it: asked by several rules).
    pub fn person_at_token(&self, t: usize) -> bool {
        self.mention_at_token(t).is_some_and(|m| self.entities[self.mentions[m].entity].kind == super::EntityKind::Person)
    }

    /// The mentions that lie inside `span`.
    pub fn mentions_in(&self, span: Span) -> &[crate::model::Mention] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        let b = (a..b).rev().find(|&i| self.mentions[i].span.end <= span.end).map_or(a, |i| i + 1);
        &self.mentions[a..b.max(a)]
    }
}

/// For each byte position from 0 to `len` (inclusive), the first of `tokens` (in text order)
/// that starts there or after: `tokens.len()` after the last one's start.
///
/// Each token's positions (after the previous token's start, up to its own) are appended
/// eight at a time (two vector stores) and what runs past its own start cut off again: a
/// `fill` per token of its few positions (five on average), after filling the whole table
/// first, had cost ~30 instructions a token of call and set-up.
fn token_index(tokens: &[Token], len: usize) -> Vec<u32> {
    const STEP: usize = 8;
    // (room for the last block's excess: never grown)
    let mut index = Vec::with_capacity(len + 1 + STEP);
    for (i, t) in tokens.iter().enumerate() {
        if index.len() <= t.span.start {
            let block = [i as u32; STEP];
            while index.len() <= t.span.start {
                index.extend_from_slice(&block);
            }
            index.truncate(t.span.start + 1);
        }
    }
    index.resize(len + 1, tokens.len() as u32);
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `token_index` replaced: a `fill` of each token's positions.
    fn token_index_by_fill(tokens: &[Token], len: usize) -> Vec<u32> {
        let mut index = vec![tokens.len() as u32; len + 1];
        let mut p = 0;
        for (i, t) in tokens.iter().enumerate() {
            if p <= t.span.start {
                index[p..=t.span.start].fill(i as u32);
                p = t.span.start + 1;
            }
        }
        index
    }

    #[test]
    fn token_index_is_the_first_token_at_or_after_each_position() {
        let texts = ["", "a", " a", "a ", "I said: \"no\".", "Mr. Roe met U.S. officials, e.g. at 10am; x-ray O'Neil's ex-wife said.", "“Quoted,” she said — naïve Łódź 東京 end", "a b c d e f g h i j k l m n o p", "word      spaced            far                                    apart   x", "  leading and trailing   "];
        for text in texts {
            let tokens = crate::text::tokenize::tokenize(text);
            assert_eq!(token_index(&tokens, text.len()), token_index_by_fill(&tokens, text.len()), "{text:?}");
            for pos in 0..=text.len() {
                let first = tokens.iter().position(|t| t.span.start >= pos).unwrap_or(tokens.len());
                assert_eq!(token_index(&tokens, text.len())[pos] as usize, first, "{text:?} at {pos}");
            }
        }
        // (two tokens at one start, as no tokenizer makes but the index allows)
        let tok = |start: usize, end: usize| Token { span: Span::new(start, end), kind: TokenKind::Word, lower: Default::default(), cap: false, space_before: true };
        let tokens = [tok(0, 2), tok(3, 5), tok(3, 4), tok(20, 21)];
        assert_eq!(token_index(&tokens, 30), token_index_by_fill(&tokens, 30));
    }
}
