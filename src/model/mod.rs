//! The one data model every stage shares: an [`Article`] goes in, a [`Doc`] with its
//! tokens, sentences and extracted facts flows through the extractors, the resolver gives
//! each local entity a corpus-wide key, and the store turns the finished `Doc` into triples.

mod article;
mod doc;
mod facts;
mod lower;

pub use article::Article;
pub use doc::{Doc, Paragraph, Sentence, Span, Token, TokenKind};
pub use lower::Lower;
pub use facts::{
    Demand, DemandKind, Entity, EntityKind, Mention, MentionKind, Party, Role, Statement, StatementKind,
};
