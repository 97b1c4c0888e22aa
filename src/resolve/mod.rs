//! Resolution across articles: every local entity gets the key of one corpus-wide node.

mod bodies;
pub mod keys;
pub mod merge;
mod registry;

pub use bodies::{dominant_country, main_country, own_bodies_state, written_from, one_of_two_states, other_of_two_states, state_tally, written_states};
pub use registry::{Registry, ResolvedEntity};
