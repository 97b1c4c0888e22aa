//! What the office is of, and the modifiers before the title (`Appositive::owner_or_modifier`,
//! a case per word, up to `Appositive::limit`): a name and its possessive, a state's adjective,
//! a body's, place's or office's possessive, "its", a capitalised modifier, a body in lower case.

use super::*;

impl Appositive {
    /// The word at `k` before the title: each case answers `Some` when it was that case, the
    /// cases in the old order (the first that answers reads it; none: the title starts here).
    pub(super) fn owner_or_modifier(&mut self, doc: &mut Doc, lex: &Lexicon) -> Step {
        first_case!(
            self.name_before_title(doc),
            self.country_adjective(doc, lex),
            self.two_word_adjective(doc, lex),
            self.body_noun_possessive(doc),
            self.place_noun_possessive(doc),
            self.its_before_title(doc),
            self.possessive_of_named_head(doc, lex),
            self.plural_possessive(doc),
            self.office_possessive(doc),
            self.thing_possessive(doc, lex),
            self.capitalised_modifier(doc),
            self.lower_case_body(doc);
            Step::Ends
        )
    }

    /// A name at `k`: a body or place the office is of, and its possessive (", Chile's foreign
    /// minister,"); a person's possessive owns the title (", the president's special envoy,");
    /// another person ends the words before the title.
    fn name_before_title(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, holder, of, body_possessive, .. } = *self;
        let m = doc.mention_at_token(k)?;
        let e = doc.mentions[m].entity;
        if doc.entities[e].kind == EntityKind::Person {
            // (", the president's special envoy to the Sahel,": a person's title, of
            // no body the phrase names)
            let end = doc.token_at(doc.mentions[m].span.end);
            if of.is_none() && !body_possessive && doc.tokens.get(end).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && doc.actor_of(e) != holder {
                self.body_possessive = true;
                self.k = end + 1;
                return Some(Step::On);
            }
            return Some(Step::Ends);
        }
        self.of = Some(e);
        let k = doc.token_at(doc.mentions[m].span.end);
        self.k = k;
        // (", Chile's foreign minister,": the possessive of what the office is of;
        // ", Vexlor Labs' chief engineer,": a plural's)
        if doc.tokens.get(k).is_some_and(|t| t.lower == "'s" || t.lower == "'" && doc.tokens[k - 1].lower.ends_with('s')) {
            self.k += 1;
        }
        Some(Step::On)
    }

    /// A state's adjective at `k` (", a Dutch diplomat,"): the state the office is of.
    fn country_adjective(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let k = self.k;
        let &c = lex.country_adjectives.get(&doc.tokens[k].lower)?;
        let e = doc.country(c);
        let sp = doc.tokens[k].span;
        doc.add_mention(sp, e, MentionKind::Name);
        self.of = Some(e);
        self.k += 1;
        self.adjective_at = Some(self.k);
        Some(Step::On)
    }

    /// (", a South African diplomat,": an adjective of two words)
    fn two_word_adjective(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let k = self.k;
        let (k2, c) = crate::extract::names::two_word_adjective(doc, lex, k)?;
        let e = doc.country(c);
        let sp = Span::new(doc.tokens[k].span.start, doc.tokens[k2 - 1].span.end);
        doc.add_mention(sp, e, MentionKind::Name);
        self.of = Some(e);
        self.k = k2;
        self.adjective_at = Some(k2);
        Some(Step::On)
    }

    /// (", the company's chief operating officer,": the company named before; ", the
    /// group's director,", ", the association's executive director,", ", the union's
    /// branch secretary,": the body "the group" takes up)
    /// (a body the story never named keeps the title, of no one known: ", the
    /// group's director,")
    /// (", the Commission's executive vice-president,": the one body named before whose
    /// name's head is the noun first, not the body named last)
    fn body_noun_possessive(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, span, .. } = *self;
        if !(k > 0 && doc.tokens[k - 1].lower == "the" && POST_BODY_NOUNS.contains(&doc.tokens[k].lower.as_str()) && doc.tokens.get(k + 1).is_some_and(|t| t.lower == "'s")) {
            return None;
        }
        self.of = crate::extract::np::org_by_named_head(doc, k).or_else(|| crate::extract::statements::body_description(doc, k - 1, k + 1)).or_else(|| crate::extract::np::group_before(doc, doc.token_at(span.start), &doc.tokens[k].lower));
        self.body_possessive = true;
        self.k += 2;
        Some(Step::On)
    }

    /// (", the town's mayor,", ", the village's chief,": a place's possessive, of
    /// the town or village named last before the name, in its sentence or the one
    /// before; of no one when none is; a place whose name ends in the noun first, ", the
    /// county's elections director," after "Fulton County, which includes …Atlanta")
    fn place_noun_possessive(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, ps, .. } = *self;
        if !(k > 0 && doc.tokens[k - 1].lower == "the" && crate::extract::names::PLACE_NOUNS.contains(&doc.tokens[k].lower.as_str()) && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some()) {
            return None;
        }
        self.of = crate::extract::np::org_by_possessive_head(doc, k).or_else(|| town_named_before(doc, ps));
        self.body_possessive = true;
        self.k += 2;
        Some(Step::On)
    }

    /// (", its general counsel,", ", its president,": the body or state "its"
    /// takes up, as before the name, "Its president, X,"; of no one when none is)
    /// (", its Asia director,": a region between, `region_before_title`)
    fn its_before_title(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, pc, .. } = *self;
        let lead = (k == pc + 1 && doc.tokens[k].lower == "its").then(|| region_before_title(doc, k + 1)).filter(|&n| title_at(doc, k + 1 + n, (k + 7 + n).min(doc.tokens.len())).is_some())?;
        self.of = owner_before(doc, k + 1).map(|(e, _)| e);
        self.body_possessive = true;
        self.k += 1 + lead;
        Some(Step::On)
    }

    /// (", the observatory's coordinator,", ", the institute's director,": any
    /// lower-case noun that is the head of the one body of several words named
    /// before takes it up, as the listed nouns above do)
    fn possessive_of_named_head(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Appositive { k, holder, .. } = *self;
        let e = (k > 0 && doc.tokens[k - 1].lower == "the").then(|| crate::extract::np::org_by_possessive_head(doc, k)).flatten().filter(|_| {
            // (not a word that describes without naming an office after a name that holds
            // one: "Gov. Jane Roe, the community's leader," is the governor, one role)
            let generic = title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some_and(|(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Generic));
            !(generic && doc.roles.iter().any(|r| r.holder == holder))
        })?;
        self.of = Some(e);
        self.body_possessive = true;
        self.k += 2;
        Some(Step::On)
    }

    /// (", the rebels' chief negotiator,": a plural's possessive, of no one named)
    fn plural_possessive(&mut self, doc: &mut Doc) -> Option<Step> {
        let k = self.k;
        if !(k > 0 && doc.tokens[k - 1].lower == "the" && !doc.tokens[k].cap && doc.tokens[k].lower.len() > 3 && doc.tokens[k].lower.ends_with('s') && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'" | "’")) && title_at(doc, k + 2, (k + 7).min(doc.tokens.len())).is_some()) {
            return None;
        }
        self.body_possessive = true;
        self.k += 2;
        Some(Step::Ends)
    }

    /// (", the secretary-general's personal envoy for Sudan,": an office's
    /// possessive owns the title after it, which the appositive's person holds;
    /// a title of two words too, capitalised or not: ", the prime minister's
    /// chief of staff,", ", the Prime Minister's political director,")
    fn office_possessive(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, limit, body_possessive, .. } = *self;
        let te = (!body_possessive && doc.tokens[k].kind == crate::model::TokenKind::Word).then(|| title_at(doc, k, limit)).flatten().map(|(te, _)| te).filter(|&te| doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")))?;
        self.body_possessive = true;
        self.k = te + 1;
        Some(Step::On)
    }

    /// (", the campaign's director,", ", the report's editor,": a thing's singular
    /// possessive that takes up no body named before keeps the office, of no one
    /// named, as a plural's does, where the story has named a body before (where
    /// none is, ", the observatory's coordinator," gives no role); not a word that
    /// only describes, ", the community's leader,")
    fn thing_possessive(&mut self, doc: &mut Doc, lex: &Lexicon) -> Option<Step> {
        let Appositive { k, span, body_possessive, .. } = *self;
        if !(k > 0 && doc.tokens[k - 1].lower == "the" && !body_possessive && !doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && doc.tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.person_nouns.contains(&doc.tokens[k].lower) && title_at(doc, k + 2, (k + 8).min(doc.tokens.len())).is_some_and(|(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class != TitleClass::Generic)) && doc.mentions.iter().take_while(|m| m.span.end <= span.start).any(|m| doc.entities[m.entity].kind == EntityKind::Organization)) {
            return None;
        }
        self.body_possessive = true;
        self.k += 2;
        Some(Step::Ends)
    }

    /// (", a Conservative councillor,", ", a Republican senator from Ohio,", ", the
    /// Conservative MP for Harwich,", an office's initials in capitals: a
    /// capitalised modifier that names nothing the story knows, then a title;
    /// not a title that owns what follows, ", the Republican nominee's daughter,")
    /// (", the SV leader," after "the Socialist Left party (SV)": initials the story
    /// defined as a party's name the office is of, `party_of_initials`)
    fn capitalised_modifier(&mut self, doc: &mut Doc) -> Option<Step> {
        let Appositive { k, limit, .. } = *self;
        if !(doc.tokens[k].cap && doc.tokens[k].kind == crate::model::TokenKind::Word && k + 1 < limit && (!doc.tokens[k + 1].cap || doc.slice(doc.tokens[k + 1].span).bytes().all(|c| c.is_ascii_uppercase())) && title_at(doc, k + 1, (k + 7).min(doc.tokens.len())).is_some_and(|(te, _)| !doc.tokens.get(te).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s" | "'" | "’")))) {
            return None;
        }
        if let Some(e) = party_of_initials(doc, k) {
            let sp = doc.tokens[k].span;
            doc.add_mention(sp, e, MentionKind::Name);
            self.of = Some(e);
        }
        self.k += 1;
        Some(Step::Ends)
    }

    /// (", a former central bank governor,", ", the state oil company's chief,":
    /// a body named in lower case, of no one the story names, before the title)
    fn lower_case_body(&mut self, doc: &mut Doc) -> Option<Step> {
        self.k = lower_body_before_title(doc, self.k, self.limit)?;
        Some(Step::Ends)
    }
}
