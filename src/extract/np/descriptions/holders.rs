//! Who holds a description's title (`description_after`): the story's roles with that head
//! word, narrowed to one holder; else the person a nearby sentence names, or the one person
//! written with a royal style.

use super::*;

/// A role of the story.
type Role = crate::model::Role;

/// What the cases choose the holder with: the description's words (`t` its first, `k` its
/// title's first, `end` the token after it, `head` the title's head word, `of`,
/// `unnamed_country` and `modified` as `Opening` read them), the roles with that head
/// (`heads`) and the holders still in the running (`uniq`); each case a method.
pub(super) struct Office<'a> {
    doc: &'a Doc,
    ctx: &'a Ctx,
    lex: &'static Lexicon,
    t: usize,
    k: usize,
    end: usize,
    of: Option<usize>,
    unnamed_country: bool,
    modified: bool,
    head: String,
    /// (the roles with that head, found once for the questions below)
    heads: Vec<&'a Role>,
    /// ("the Kremlin leader": a body that stands for a state names that state's office)
    state: Option<usize>,
    /// The holders of the roles in `heads` that fit, each once, in order of their entity.
    uniq: Vec<usize>,
    /// Where the description starts in the text.
    at: usize,
    /// ("the deputy minister" after "Deputy Foreign Minister X" and "Foreign Minister Y": a
    /// title of several words is the one named before whose written title has all its words)
    words: Vec<&'a str>,
    /// (the ranks below an office, `LOWER_RANKS`, and an acting or a shadow holder)
    lower_rank: bool,
}

impl<'a> Title<'a> {
    /// The person the description stands for, and its end: the roles with its head, narrowed
    /// to one holder now in office (`Office::one_in_office_now`), then the cases, in this
    /// order.
    #[inline(always)]
    pub(super) fn holder(self) -> Option<(usize, usize)> {
        let mut o = self.office()?;
        o.one_in_office_now();
        first_case!(o.named_last(), o.former_holder(), o.below_the_office(), o.subject_called_by_office().map(Some), o.royal_style().map(Some); o.one_known_holder())
    }

    /// The roles with the title's head that the description may mean.
    /// ("the Justice Secretary" after "Its general secretary, Jane Roe": a capitalised modifier
    /// that names no body is the office's own word, so a holder written with other words before
    /// the head holds another office; one written with the head alone may still be meant)
    /// (the same for a title's own first word, "the Education Secretary": a portfolio)
    #[inline(always)]
    fn heads(&self) -> Vec<&'a Role> {
        let Title { o, end, ref head } = *self;
        let Opening { doc, t, k, modified, .. } = o;
        let portfolio = || (end > k + 1 && doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word && !head.starts_with(doc.tokens[k].lower.as_str())).then(|| doc.tokens[k].lower.as_str());
        let modifier = if modified { Some(doc.tokens[k - 1].lower.as_str()) } else { portfolio() };
        // (any role with no modifier: the title's words only when there is one)
        let own_word = |r: &Role| {
            let Some(m) = modifier else { return true };
            let title = r.title.to_lowercase();
            let words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty() && *w != "former").collect();
            // (and "the Justice Secretary" is the one in office, not "the former justice secretary")
            !r.former && (words.len() <= 1 || words.contains(&m))
        };
        doc.roles.iter().filter(|r| holds_head(doc, r, head) && own_word(r) && !(end > k + 1 && deputy_of_the_office(doc, r, t, k, end))).collect()
    }

    /// ("The chairperson of the Harbor Union said": a body named after the title is whose
    /// office it is; a holder of that title elsewhere is not meant)
    #[inline(always)]
    fn body_named_after(&self) -> bool {
        let Opening { doc, ctx, .. } = self.o;
        let end = self.end;
        let after = end + usize::from(doc.tokens.get(end + 1).is_some_and(|x| x.lower == "the"));
        doc.tokens.get(end).is_some_and(|x| matches!(x.lower.as_str(), "of" | "at" | "for"))
            && ctx.tok_mention.get(after + 1).is_some_and(|m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Organization | EntityKind::Country))
    }

    /// The roles with the title's head (`heads`) and their holders that fit what the title is
    /// of (`holders_of_owner`, else `holders_of_no_body`); `None` when a body is named after the
    /// title (`body_named_after`).
    #[inline(always)]
    fn office(self) -> Option<Office<'a>> {
        let heads = self.heads();
        if self.body_named_after() {
            return None;
        }
        let Title { o, end, head } = self;
        let Opening { doc, ctx, lex, t, k, of, unnamed_country, modified, .. } = o;
        let words: Vec<&str> = (k..end).map(|x| doc.tokens[x].lower.as_str()).collect();
        let lower_rank = words.iter().any(|w| LOWER_RANKS.contains(w) || matches!(*w, "acting" | "shadow"));
        let state = of.and_then(|o| doc.entities[o].stands_for);
        let mut office = Office { doc, ctx, lex, t, k, end, of, unnamed_country, modified, head, heads, state, uniq: Vec::new(), at: doc.tokens[t].span.start, words, lower_rank };
        office.holders_of_owner();
        office.holders_of_no_body();
        Some(office)
    }
}

impl Office<'_> {
    /// The holders of the roles in `heads` that `fits` accepts, each once.
    #[inline]
    fn holders(&self, fits: &dyn Fn(&Role) -> bool) -> Vec<usize> {
        let mut uniq: Vec<usize> = self.heads.iter().filter(|r| fits(r)).map(|r| r.holder).collect();
        uniq.sort_unstable();
        uniq.dedup();
        uniq
    }

    /// A role of what the title is of: with nothing named, any (but none of a state when a
    /// country's adjective names a state the story does not); else of that body or state, of
    /// the state a body stands for, or of a body that stands for it.
    #[inline]
    fn fits_of(&self, r: &Role) -> bool {
        let Office { doc, of, unnamed_country, state, .. } = *self;
        match of {
            None => !(unnamed_country && r.of.is_some()),
            Some(_) => r.of == of || state.is_some() && r.of == state || r.of.is_some_and(|o| doc.entities[o].stands_for == of),
        }
    }

    /// A role whose written title has all the words of the description's title (`words`).
    #[inline]
    fn has_words(&self, r: &Role) -> bool {
        let title = r.title.to_lowercase();
        let own: Vec<&str> = title.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
        self.words.iter().all(|w| own.contains(w))
    }

    /// (the one holder must be named before the description, or the description stand in the
    /// opening paragraph: "The official said …" does not mean an official named further on)
    /// (a description that names the holder's body or state, "Norway's prime minister", may
    /// come first, in a standfirst or a list of key points)
    #[inline]
    fn known(&self, h: usize) -> bool {
        let Office { doc, of, at, .. } = *self;
        of.is_some() || self.heads.iter().any(|r| r.holder == h && r.evidence.start < at) || doc.sentence_at(at).is_some_and(|s| doc.sentences[s].paragraph == 0)
    }

    /// ("A European diplomat, speaking on condition of anonymity, told … . “…,” the diplomat
    /// said": one left unnamed with that noun since the holder was last named is meant)
    #[inline]
    fn unnamed_since(&self, h: usize) -> bool {
        let Office { doc, t, end, .. } = *self;
        let noun = doc.tokens[end - 1].lower.as_str();
        // (one who speaks: a comma or a verb of saying after the noun; not "a prime minister can
        // be impeached")
        // ("According to a trade diplomat who followed the case, …": one introduced by "who")
        let speaks = |j: usize| doc.tokens.get(j + 1).is_some_and(|x| x.lower == "," || x.lower == "who" || Lexicon::get().cues.contains_key(&x.lower));
        unnamed_since(doc, h, noun, t, 0, speaks)
    }

    /// ("Iran's Foreign Ministry spokesman": a holder of the office at a body of that state)
    #[inline(always)]
    fn holders_of_owner(&mut self) {
        let Office { doc, of, .. } = *self;
        self.uniq = self.holders(&|r| self.fits_of(r) || of.is_some() && r.of.is_some_and(|o| crate::extract::statements::body_country(doc, o) == of));
    }

    /// "the GOP nominee" after "Republican nominee Jane Roe", whose role has no "of": the only
    /// holder of that title whose organisation is unknown
    /// (not one whose title was written with an "of" after it that named no body the story
    /// knows: "Jane Roe, the president of the Vexmoor group," is no "Commission president")
    /// (and, past the story's opening sentences, only one named before the description, which
    /// takes up what the reader knows: "A CPS spokesperson said …" is no "party's spokesperson,
    /// Jane Roe" named further on; a lede's "Ukraine's sports minister" is the one named after)
    #[inline(always)]
    fn holders_of_no_body(&mut self) {
        let Office { doc, t, of, .. } = *self;
        if self.uniq.is_empty() && of.is_some() {
            let before = doc.tokens[t].span.start;
            let text_para = |s: &crate::model::Sentence| doc.paragraphs.get(s.paragraph).is_some_and(|p| !p.heading && !p.furniture);
            let lede = doc.sentence_at(before).is_some_and(|si| doc.sentences[..si].iter().filter(|s| text_para(s)).count() <= 1);
            self.uniq = self.holders(&|r| r.of.is_none() && (lede || r.evidence.start < before) && doc.tokens.get(doc.token_at(r.evidence.end)).is_none_or(|x| x.lower != "of"));
        }
    }

    /// "the president" after "President Jane Roe" and "former President Tom Poe": the one who
    /// holds the office now
    /// (and one named before the description: a president of a society named further on is
    /// not yet known to the reader; not after a modifier that would choose among them, "the
    /// Democratic nominee", nor for a title of several words, whose modifiers the roles' heads
    /// do not keep: "the interior minister" is no earlier "Prime Minister")
    #[inline(always)]
    fn one_in_office_now(&mut self) {
        let Office { doc, t, k, end, modified, at, .. } = *self;
        if self.uniq.len() > 1 && !(t..k).any(|x| doc.tokens[x].lower == "former") {
            let mut one = None;
            for fits in [&(|r: &Role| !r.former && self.fits_of(r)) as &dyn Fn(&Role) -> bool, &|r| !r.former && self.fits_of(r) && r.evidence.start < at && !modified && end == k + 1, &|r| !r.former && self.fits_of(r) && r.evidence.start < at && !modified && end > k + 1 && self.has_words(r)] {
                let now = self.holders(fits);
                if now.len() == 1 {
                    one = Some(now);
                    break;
                }
            }
            if let Some(now) = one {
                self.uniq = now;
            }
        }
    }

    /// ("Labor Minister X … Industry Minister Y warned … . The minister said": of several
    /// holders, the one named last, in this sentence or the one before, with no other holder
    /// named after it)
    #[inline(always)]
    fn named_last(&self) -> Option<Option<(usize, usize)>> {
        let Office { doc, k, end, of, modified, at, .. } = *self;
        // ("The senior diplomat noted …": a word of standing alone before the head)
        let standing = end == k + 2 && matches!(doc.tokens[k].lower.as_str(), "senior" | "veteran" | "top" | "seasoned");
        if self.uniq.len() > 1 && of.is_none() && !modified && (end == k + 1 || standing) {
            let Some(si) = doc.sentence_at(at) else { return Some(None) };
            // ("the diplomat", which news agencies use for whoever of the foreign service spoke
            // last, reaches back three sentences)
            let back = if self.head == "diplomat" { 3 } else { 1 };
            let from = doc.sentences[si.saturating_sub(back)].tokens.0;
            let Some(last) = doc.mentions.iter().filter(|m| m.span.end <= at && self.uniq.contains(&doc.actor_of(m.entity))).last() else { return Some(None) };
            if doc.token_at(last.span.start) >= from {
                let h = self.speaker_before_in_sentence(last).unwrap_or(doc.actor_of(last.entity));
                return Some((self.known(h) && !self.unnamed_since(h)).then_some((h, end)));
            }
        }
        None
    }

    /// ("President Jane Roe said she hoped to talk to Vexmoor President Tom Brask … . Asked
    /// whether …, the president said": the holder who speaks the sentence that names the last
    /// holder, as the subject of a cue of saying, telling or adding right after her name, is the
    /// one the story goes on with, not a holder named inside her report.) The holder, other
    /// than the one mentioned at `last`, so named before it in its sentence.
    #[inline]
    fn speaker_before_in_sentence(&self, last: &crate::model::Mention) -> Option<usize> {
        let Office { doc, lex, .. } = *self;
        let si = doc.sentence_at(last.span.start)?;
        let from = doc.sentences[si].span.start;
        let spoke = |m: &&crate::model::Mention| {
            doc.tokens.get(doc.token_at(m.span.end)).is_some_and(|x| lex.cues.get(&x.lower).is_some_and(|c| matches!(c.lemma, "say" | "tell" | "add")))
        };
        let m = doc.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= last.span.start && self.uniq.contains(&doc.actor_of(m.entity))).find(spoke)?;
        let h = doc.actor_of(m.entity);
        (h != doc.actor_of(last.entity)).then_some(h)
    }

    /// ("Mr X claimed … . “…,” the former vice-president said": an office no one in the
    /// article is named with as a former holder, held before by the person spoken of, as "he"
    /// would be; "the former state premier" is no one named as a state premier now)
    #[inline(always)]
    fn former_holder(&self) -> Option<Option<(usize, usize)>> {
        let Office { doc, ctx, t, end, .. } = *self;
        if (t..end).any(|x| doc.tokens[x].lower == "former") && !self.heads.iter().any(|r| r.former && self.uniq.contains(&r.holder)) {
            return Some(resolve_referent(doc, ctx, t, None, true, None).map(|e| (e, end)));
        }
        None
    }

    /// ("The deputy governor, …" after "Governor X": a rank below the office is not its holder)
    /// ("The shadow home secretary, Jane Roe, said …" after "Home Secretary X": the opposition's
    /// spokesperson for the office, not its holder)
    #[inline(always)]
    fn below_the_office(&self) -> Option<Option<(usize, usize)>> {
        let uniq = &self.uniq;
        if self.lower_rank && uniq.len() == 1 && !self.heads.iter().any(|r| r.holder == uniq[0] && self.has_words(r)) {
            return Some(None);
        }
        None
    }

    /// ("Jane Roe has said … . Speaking to broadcasters, the prime minister said …": an
    /// office no one in the story is named with, as the subject of the sentence right after
    /// one that a person named with no office opens, is that person, called by the office)
    /// (and in the lede, the person named in full right after, when no holder of that office
    /// was named before: "The home secretary has said … . Jane Roe told MPs …", whatever
    /// "the shadow home secretary" named further on)
    #[inline(always)]
    fn subject_called_by_office(&self) -> Option<(usize, usize)> {
        let Office { doc, lex, t, end, modified, at, lower_rank, .. } = *self;
        let heads = &self.heads;
        if !modified && !lower_rank && !(t..end).any(|x| doc.tokens[x].lower == "former") && lex.titles.get(&self.head).is_some_and(|x| x.class == crate::lexicon::TitleClass::Office) {
            // ("Boats must carry trackers from March, says Jane Roe. The Fisheries Minister said …":
            // the one named after the inverted cue that closes the sentence before, see
            // `closing_speaker`)
            if let Some(p) = heads.is_empty().then(|| lede_subject(doc, t)).flatten().or_else(|| heads.iter().all(|r| r.evidence.start > at).then(|| lede_named_next(doc, t).or_else(|| closing_speaker(doc, t))).flatten()) {
                return Some((p, end));
            }
        }
        None
    }

    /// ("Energy Minister Prince Jane Roe … . The prince declined …": a royal style, which is no
    /// role of its own, names the one person written with it before)
    #[inline(always)]
    fn royal_style(&self) -> Option<(usize, usize)> {
        let Office { doc, lex, k, end, of, modified, at, .. } = *self;
        let head = &self.head;
        if self.heads.is_empty() && of.is_none() && !modified && end == k + 1 && lex.titles.get(head).is_some_and(|x| x.class == crate::lexicon::TitleClass::Royal) {
            let mut styled: Vec<usize> = doc
                .mentions
                .iter()
                .filter(|m| m.span.end <= at && doc.entities[m.entity].kind == EntityKind::Person)
                .filter(|m| doc.token_at(m.span.start).checked_sub(1).is_some_and(|s| doc.tokens[s].lower == *head))
                .map(|m| doc.actor_of(m.entity))
                .collect();
            styled.sort_unstable();
            styled.dedup();
            if styled.len() == 1 {
                return Some((styled[0], end));
            }
        }
        None
    }

    /// The one holder left, known to the reader (`known`) and not one left unnamed since
    /// (`unnamed_since`).
    #[inline(always)]
    fn one_known_holder(&self) -> Option<(usize, usize)> {
        let uniq = &self.uniq;
        (uniq.len() == 1 && self.known(uniq[0]) && !self.unnamed_since(uniq[0])).then(|| (uniq[0], self.end))
    }
}
