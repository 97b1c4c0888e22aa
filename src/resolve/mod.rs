//! Resolution across articles: every local entity gets the key of one corpus-wide node.

pub mod keys;
mod registry;

pub use registry::{Registry, ResolvedEntity};
