//! The state of `actors_in_with`'s reading of a span: what it reads for, and the actors found.

use super::*;

/// A span read for the actors it names, up to token `b`: those in `exclude` and the `speaker`
/// are left out, and with `own_pronouns` "he", "his", "she" and "her" outside quotes are the
/// speaker's; `out` the actors found, in the order found. Its cases are methods: at a mention
/// (`actors/mentions.rs`), at any other word (`actors/words.rs`), each answering the token read
/// next.
pub(super) struct Found<'a> {
    pub(super) doc: &'a Doc,
    pub(super) ctx: &'a Ctx,
    pub(super) b: usize,
    pub(super) exclude: &'a [usize],
    pub(super) speaker: Option<usize>,
    pub(super) own_pronouns: bool,
    pub(super) out: Vec<usize>,
}

impl<'a> Found<'a> {
    /// `e`, unless found already, excluded or the speaker.
    #[inline(always)]
    pub(super) fn add(&mut self, e: usize) {
        if !self.out.contains(&e) && !self.exclude.contains(&e) && Some(e) != self.speaker {
            self.out.push(e);
        }
    }
}
