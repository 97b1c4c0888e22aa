//! The roles of the title found before the name (`Before::title_roles`): its owner, a rank
//! or an abbreviated office after it, an office joined by "and", the title before a comma
//! before it; or, with no title, a profession after a named organisation.

use super::*;

impl Before {
    /// The title found at `l` (normal form `head`) ending at `right`: its role, with its owner
    /// (a possessive or name before it, what it is "of", the sentence before's body for a
    /// spokesperson, the sentence's state for a leader, the body its first word names, the
    /// Union government for a Union minister; an envoy's sender), then the roles beside it.
    pub(super) fn title_roles(&self, doc: &mut Doc, l: usize, head: &'static str, of_before: Option<(usize, usize)>) {
        let right = self.right;
        let former_first = doc.tokens[l].lower == "former";
        let tl = if former_first { l + 1 } else { l };
        let owner = owner_before(doc, l).or(of_before.map(|(e, _)| (e, l))).or_else(|| spokesperson_of_sentence_before(doc, tl, head).map(|e| (e, l))).or_else(|| leader_of_sentence_state(doc, tl, right).map(|e| (e, l))).or_else(|| body_opening_title(doc, tl).filter(|_| !members_word_opens_minister(doc, tl, head)).map(|e| (e, l))).or_else(|| union_minister_state(doc, tl, head).map(|e| (e, l)));
        let owner = owner.map(|(e, s)| envoy_sender(doc, head, e, s).unwrap_or((e, s)));
        let (start_tok, of) = match owner {
            Some((e, s)) => (s, Some(e)),
            None => (l, None),
        };
        let former = former_first || start_tok > 0 && doc.tokens[start_tok - 1].lower == "former";
        let start_tok = if start_tok > 0 && doc.tokens[start_tok - 1].lower == "former" { start_tok - 1 } else { start_tok };
        self.title_and_rank_or_office(doc, tl, head, of, former, start_tok);
        if let Some((e, s)) = owner.filter(|_| !former) {
            self.office_of_owner_before_rank(doc, head, e, s);
        }
        if owner.is_none() && !former && tl >= 2 && doc.tokens[tl - 1].lower == "and" {
            self.office_joined_by_and(doc, tl, head);
        }
        self.title_before_comma_before_title(doc, start_tok, head);
    }

    /// The title's role (from `tl`, owner `of`, evidence from `start_tok`): "Army spokesman
    /// Brigadier General Jane Roe", "vice-presidential nominee Gov. Jane Roe": an office then a
    /// rank, or a title then an abbreviated office, are two roles.
    fn title_and_rank_or_office(&self, doc: &mut Doc, tl: usize, head: &'static str, of: Option<usize>, former: bool, start_tok: usize) {
        let lex = Lexicon::get();
        let Before { span, holder, right, .. } = *self;
        // "Army spokesman Brigadier General Jane Roe": an office, then a rank, are two roles
        // (the office's and the rank's), not one title "spokesman Brigadier General"
        let class = |h: &str| lex.titles.get(&crate::lexicon::fold(h)).map(|t| t.class);
        // (not "Director General", "Attorney General": "General" alone after an office is
        // part of a civil title)
        let rank_after_office = (class(head) == Some(TitleClass::Military) && right > tl + 1)
            .then(|| {
                (tl + 1..right).filter(|&r| !(r + 1 == right && doc.tokens[r].lower == "general")).find_map(|r| {
                    let (_, office) = title_at(doc, tl, r).filter(|&(e, h)| e == r && class(h) == Some(TitleClass::Office))?;
                    title_at(doc, r, right).filter(|&(e, h)| e == right && class(h) == Some(TitleClass::Military) && (lex.titles.contains_key(&doc.tokens[r].lower) || title_words().contains(doc.tokens[r].lower.as_str()))).map(|_| (r, office))
                })
            })
            .flatten();
        // ("vice-presidential nominee Gov. Jane Roe", "Party chairman Sen. Jane Roe": a
        // title, then an abbreviated office right before the name, are two roles)
        // (not "Lt. Gen.", "Lt. Gov.": the first title ends in a plain lower-case word)
        let abbreviated_after = (right > tl + 1 && doc.tokens[right - 1].lower.ends_with('.') && lex.titles.contains_key(&doc.tokens[right - 1].lower) && !doc.tokens[right - 2].cap && doc.tokens[right - 2].kind == crate::model::TokenKind::Word && !doc.tokens[right - 2].lower.ends_with('.'))
            .then(|| title_at(doc, tl, right - 1).filter(|&(e, _)| e == right - 1).map(|(_, h)| (right - 1, h)))
            .flatten()
            .and_then(|(r, first)| Some((r, first, title_at(doc, r, right).filter(|&(e, _)| e == right)?.1)));
        if let Some((r, office)) = rank_after_office {
            push_role(doc, holder, tl, r, office, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
            push_role(doc, holder, r, right, head, of, false, Span::new(doc.tokens[r].span.start, span.end));
        } else if let Some((r, first, second)) = abbreviated_after {
            push_role(doc, holder, tl, r, first, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
            push_role(doc, holder, r, right, second, None, false, Span::new(doc.tokens[r].span.start, span.end));
        } else {
            push_role(doc, holder, tl, right, head, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
        }
    }

    /// "Director General of the Vexmoor Signals Bureau (VSB) Lt Gen Jane Roe": a rank (`head`)
    /// whose owner (`of`, from token `s`) follows "of" after an office is the office's holder,
    /// the office of that owner too (the rank alone, with the owner read as the rank's, lost
    /// the office)
    fn office_of_owner_before_rank(&self, doc: &mut Doc, head: &'static str, of: usize, s: usize) {
        let lex = Lexicon::get();
        let class = |h: &str| lex.titles.get(&crate::lexicon::fold(h)).map(|t| t.class);
        if class(head) != Some(TitleClass::Military) || s < 2 {
            return;
        }
        // ("… of the Vexmoor Signals Bureau": an article may stand between "of" and the owner)
        let of_tok = if doc.tokens[s - 1].lower == "the" { s - 1 } else { s };
        if of_tok < 2 || doc.tokens[of_tok - 1].lower != "of" {
            return;
        }
        let e = of_tok - 1;
        let office = (e.saturating_sub(5)..e).find_map(|l| title_at(doc, l, e).filter(|&(end, h)| end == e && class(h) == Some(TitleClass::Office)).map(|(_, h)| (l, h)));
        if let Some((l2, office)) = office {
            let Before { span, holder, .. } = *self;
            push_role(doc, holder, l2, e, office, Some(of), false, Span::new(doc.tokens[l2].span.start, span.end));
        }
    }

    /// "Qatar's Prime Minister and Foreign Minister Jane Roe": an office joined by "and"
    /// to the one before the name (at `tl`, no owner, not former) is hers too, with its own
    /// owner
    fn office_joined_by_and(&self, doc: &mut Doc, tl: usize, head: &'static str) {
        let lex = Lexicon::get();
        let Before { span, holder, .. } = *self;
        let first = (tl.saturating_sub(5)..tl - 1).find_map(|m| title_at(doc, m, tl - 1).filter(|&(e, h)| e == tl - 1 && !h.eq_ignore_ascii_case(head)).map(|(_, h)| (m, h)));
        if let Some((l2, head2)) = first.filter(|&(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Office)) {
            let (s2, of2) = owner_before(doc, l2).map_or((l2, None), |(e, s)| (s, Some(e)));
            // (not two people: "talks between the Prime Minister and Foreign Minister X")
            let two_people = s2 > 0 && matches!(doc.tokens[s2 - 1].lower.as_str(), "the" | "between" | "both");
            // ("Its chairman and managing director, X", "chairman and chief executive": a
            // firm's two top posts so joined are written as one post, one role, of
            // the owner before them)
            let one_post = ["managing director", "chief executive", "chief executive officer"].iter().any(|p| head.eq_ignore_ascii_case(p));
            if !two_people {
                if !one_post {
                    push_role(doc, holder, l2, tl - 1, head2, of2, false, Span::new(doc.tokens[s2].span.start, span.end));
                }
                // (the second office is of the same owner)
                if let Some(r) = of2.and_then(|_| doc.roles.iter_mut().find(|r| r.holder == holder && r.head == head && r.of.is_none())) {
                    r.of = of2;
                }
            }
        }
    }

    /// "The head of the panel, former minister Jane Roe,": the role and what it is of
    /// before the comma is hers too (as "The head of the panel, Jane Roe," gives it)
    /// (a word or two may stand between the comma and the title, from `start_tok`: "former
    /// Ruritanian")
    fn title_before_comma_before_title(&self, doc: &mut Doc, start_tok: usize, head: &'static str) {
        let lex = Lexicon::get();
        let Before { span, holder, .. } = *self;
        let comma = (start_tok.saturating_sub(3)..start_tok).rev().take_while(|&j| doc.tokens[j].kind == crate::model::TokenKind::Word || doc.tokens[j].lower == ",").find(|&j| doc.tokens[j].lower == ",");
        if let Some(comma) = comma.filter(|&j| j >= 1 && (j + 1..start_tok).all(|m| !lex.cues.contains_key(&doc.tokens[m].lower) && (doc.tokens[m].lower == "former" || !lex.stopwords.contains(&doc.tokens[m].lower)))) {
            if let Some((p, named)) = title_phrase_before(doc, comma) {
                let outer = (p.saturating_sub(5)..p).find_map(|l| title_at(doc, l, p).filter(|&(e, _)| e == p).map(|(_, n)| (l, n)));
                if let Some((l2, head2)) = outer.filter(|&(_, h)| !h.eq_ignore_ascii_case(head)) {
                    push_role(doc, holder, l2, p, head2, named, false, Span::new(doc.tokens[l2].span.start, span.end));
                }
            } else if let Some((l2, head2)) = (comma.saturating_sub(4)..comma).find_map(|l| title_at(doc, l, comma).filter(|&(e, _)| e == comma).map(|(_, n)| (l, n))).filter(|&(_, h)| !h.eq_ignore_ascii_case(head)) {
                // ("Its chairman, Ugandan diplomat Jane Roe,": the office before the comma
                // and its owner, as "Its chairman, Jane Roe," gives them)
                // ("The bank's digital chief, Deputy Governor Jane Roe": one
                // or two plain lower-case words between the owner and the office are its
                // field, part of the title)
                let fields = (1..=2).take_while(|&n| l2 > n && field_word(doc, l2 - n)).count();
                let mut field = None;
                for n in 0..=fields {
                    if let Some(o) = owner_before(doc, l2 - n) {
                        field = Some((o, l2 - n));
                        break;
                    }
                }
                if let Some(((owner, s), l3)) = field {
                    push_role(doc, holder, l3, comma, head2, Some(owner), false, Span::new(doc.tokens[s].span.start, span.end));
                }
            }
        }
    }

    /// "Brennock economist Jane Roe", "Quarvex senior energy analyst Jane Roe": a profession
    /// (no office: no title phrase) after a named organisation; asked when no title was found
    pub(super) fn profession(&self, doc: &mut Doc) {
        let Before { span, holder, right, .. } = *self;
        // ("An ACLU lawyer, Jane Roe, said", "A Brennock partner, Jane Roe,": the same across
        // a comma, after "a"/"an", as "A Commission spokesperson, X" is with a title; "A
        // Harrow Capital partner, Jane Roe,": when the firm's capitalised name is no entity
        // the story knows, the profession is held, of no one named)
        let comma = right >= 2 && doc.tokens[right - 1].lower == ",";
        let across = || profession_before(doc, right - 1).filter(|&(_, _, _, s)| s >= 1 && matches!(doc.tokens[s - 1].lower.as_str(), "a" | "an")).map(|(l, head, org, s)| (l, head, Some(org), s));
        let unknown = || profession_after_unknown_name(doc, right - 1).map(|(l, head, s)| (l, head, None, s));
        if let Some((l, head, org, s)) = profession_before(doc, right) {
            push_role(doc, holder, l, right, head, Some(org), false, Span::new(doc.tokens[s].span.start, span.end));
        } else if let Some((l, org, s)) = member_of_body_before(doc, right) {
            // ("Quarnby City Council member Jane Roe": a seat on the body named before)
            push_role(doc, holder, l, right, "member", Some(org), false, Span::new(doc.tokens[s].span.start, span.end));
        } else if let Some((l, head, of, s)) = comma.then(|| across().or_else(unknown)).flatten() {
            push_role(doc, holder, l, right - 1, head, of, false, Span::new(doc.tokens[s].span.start, span.end));
        }
    }
}
