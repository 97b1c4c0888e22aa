//! The extraction stages of newsgraph, compiled from the main crate's sources, for fuzzing
//! without the store.
#[path = "../../src/extract/mod.rs"]
pub mod extract;
#[path = "../../src/lexicon/mod.rs"]
pub mod lexicon;
#[path = "../../src/model/mod.rs"]
pub mod model;
#[path = "../../src/read/mod.rs"]
pub mod read;
#[path = "../../src/resolve/mod.rs"]
pub mod resolve;
#[path = "../../src/text/mod.rs"]
pub mod text;
