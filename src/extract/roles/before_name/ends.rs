//! Where the title before the name ends (`Before::right` moved back): before the styles, a
//! comma, a phrase of what the title is of ("head of the board, X"), "of" and its owner, a
//! posting ("ambassador to the UN"), a portfolio ("Minister for Justice, X"), a royal style.

use super::*;

impl Before {
    /// A title right before the styles and ranks before the name ends there.
    pub(super) fn title_before_styles(&mut self, doc: &Doc) {
        let ps = self.ps;
        if ps < self.right && doc.tokens[ps - 1].kind == crate::model::TokenKind::Word {
            self.right = ps;
        }
    }

    /// "his envoy, Mark Smith": a title before a comma before the name ends at the comma
    /// (or before where the title's holder works, or before initials in parentheses).
    pub(super) fn title_before_comma(&mut self, doc: &Doc) {
        let lex = Lexicon::get();
        let Before { ps, pe, .. } = *self;
        // (where the title's holder works may stand before the comma: "a UNICEF spokeswoman in
        // Nairobi, Jane Roe")
        let tb = (ps >= 4 && doc.tokens[ps - 1].lower == ",")
            .then(|| doc.mention_at_token(ps - 2))
            .flatten()
            .filter(|&m| matches!(doc.entities[doc.mentions[m].entity].kind, EntityKind::Place | EntityKind::Country) && doc.token_at(doc.mentions[m].span.end) == ps - 1)
            .map(|m| doc.token_at(doc.mentions[m].span.start))
            .filter(|&s| s >= 2 && matches!(doc.tokens[s - 1].lower.as_str(), "in" | "at"))
            // (initials in parentheses may close what it is of: "The head of the Vexmoor
            // Industries Federation (VIF), Jane Roe,")
            .map_or(initials_before_comma(doc, ps).unwrap_or(ps.saturating_sub(1)), |s| s - 1);
        // (or "chief of staff, Lena Okafor": a title of several words)
        // (or "ambassador to the UN, Jane Roe", "director of the FBI, Jane Roe": a title, then
        // where or what it is of)
        // (not a title word that ends a body's name: "The Executive Director of the Centre for
        // Media Justice (CMJ), Mr Jane Roe," holds no "Justice")
        let title_ends_before_comma = ps >= 2
            && tb >= 1
            && ((lex.titles.contains_key(&doc.tokens[tb - 1].lower) || crate::extract::names::title_may_end_at(doc, tb) && (tb.saturating_sub(4)..tb).any(|l| title_at(doc, l, tb).is_some_and(|(e, _)| e == tb)))
                && doc.mention_at_token(tb - 1).is_none_or(|m| doc.entities[doc.mentions[m].entity].kind != EntityKind::Organization)
                || title_of_before(doc, tb).is_some()
                || posting_before(doc, tb).is_some());
        // (not the object of a phrase opening the sentence, the name then its verb with no
        // comma after: "In a letter to the prime minister, Jane Roe said …")
        let opening_object = || {
            let a = doc.sentence_at(doc.tokens[ps].span.start).map_or(0, |si| doc.sentences[si].tokens.0);
            OPENING_PREPOSITIONS.contains(&doc.tokens[a].lower.as_str())
                && (a + 1..ps - 1).all(|j| doc.tokens[j].lower != ",")
                && (a + 1..tb).any(|j| matches!(doc.tokens[j].lower.as_str(), "to" | "from" | "with" | "for" | "by"))
                && doc.tokens.get(pe).is_some_and(|t| t.lower != "," && t.kind == crate::model::TokenKind::Word)
        };
        if ps >= 2 && doc.tokens[ps - 1].lower == "," && title_ends_before_comma && !opening_object() {
            self.right = tb;
        }
    }

    /// "The head of the board, Jane Roe,", "A spokesman for Norway's fisheries service, Jane
    /// Roe,": a title, "of"/"for" and a phrase that names no single mention
    /// (after "at" the name is a full one, two words or more: in "a professor at the University
    /// of California, Davis" the word after the comma ends the body's name)
    pub(super) fn phrase_across_comma(&self, doc: &Doc) -> Option<(usize, Option<usize>)> {
        let Before { name, pe, ps, right, .. } = *self;
        (right == name && ps >= 2 && doc.tokens[ps - 1].lower == ",").then(|| title_phrase_before(doc, ps - 1)).flatten().filter(|&(p, _)| doc.tokens[p].lower != "at" || pe > name + 1)
    }

    /// ("Oxfam's head of research Jane Roe", "director of public policy Jane Roe": an office
    /// of a field in lower case right before the name, no comma; "for" too, "the agency's
    /// deputy for enforcement Jane Roe", a portfolio)
    pub(super) fn field_office_before_name(&self, doc: &Doc) -> Option<(usize, Option<usize>)> {
        let lex = Lexicon::get();
        let Before { name, ps, right, .. } = *self;
        let field = |j: usize| {
            let x = &doc.tokens[j];
            !x.cap && x.kind == crate::model::TokenKind::Word && !lex.stopwords.contains(&x.lower) && !lex.cues.contains_key(&x.lower)
        };
        (right == name && ps >= 3 && field(ps - 1))
            .then(|| title_phrase_before(doc, ps))
            .flatten()
            .filter(|&(p, _)| matches!(doc.tokens[p].lower.as_str(), "of" | "for") && p + 4 >= ps && (p + 1..ps).all(field) && lex.titles.get(&doc.tokens[p - 1].lower).is_some_and(|t| t.class == TitleClass::Office))
    }

    /// ("Federal Minister for Climate Change Dr Jane Roe": an office, "for"/"of" and a
    /// capitalised field of one to three words, then an honorific before the name)
    pub(super) fn capitalised_field_before_honorific(&self, doc: &Doc) -> Option<(usize, Option<usize>)> {
        let lex = Lexicon::get();
        let Before { name, ps, right, .. } = *self;
        ((right == ps || right == name) && ps < name && ps >= 4)
            .then(|| (ps.saturating_sub(4)..ps - 1).rev().find(|&p| matches!(doc.tokens[p].lower.as_str(), "of" | "for")))
            .flatten()
            .filter(|&p| p >= 1 && (p + 1..ps).all(|x| doc.tokens[x].cap && doc.tokens[x].kind == crate::model::TokenKind::Word && !lex.titles.contains_key(&doc.tokens[x].lower)) && lex.titles.get(&doc.tokens[p - 1].lower).is_some_and(|t| t.class == TitleClass::Office))
            .map(|p| (p, None))
    }

    /// ("EU special representative for the Belgrade-Pristina dialogue Jane Roe": a title,
    /// "for"/"on" and the talks it is for, right before the name, no comma; the owner is the
    /// one before the title)
    pub(super) fn talks_before_name(&self, doc: &Doc) -> Option<(usize, Option<usize>)> {
        let Before { name, ps, right, .. } = *self;
        (right == name && ps >= 4 && matches!(doc.tokens[ps - 1].lower.as_str(), "dialogue" | "talks" | "negotiations" | "process"))
            .then(|| title_phrase_before(doc, ps))
            .flatten()
            .filter(|&(p, _)| matches!(doc.tokens[p].lower.as_str(), "for" | "on") && p + 6 >= ps)
            .map(|(p, _)| (p, None))
    }

    /// "President of Vexmoor Jane Roe": the office, "of", what it is of, then the name
    /// ("a spokesman for the German Foreign Ministry, X": a spokesperson "for" a body speaks
    /// for it, which is what the title is of, not where it is posted); else "ambassador to
    /// the UN": where the holder is posted. The title ends before either; what it is of and
    /// the token of "of"/"for".
    pub(super) fn what_title_is_of(&mut self, doc: &Doc, phrase: Option<(usize, Option<usize>)>) -> Option<(usize, usize)> {
        let right = self.right;
        let spokesperson_for = || title_prep_before(doc, right, &["for"]).filter(|&(_, p)| p >= 1 && doc.tokens[p - 1].lower.starts_with("spokes"));
        // (or where a title is held, "Leader of the Opposition in the Assembly Jane Roe")
        let of_before = title_of_before(doc, right).or(phrase.and_then(|(p, e)| e.map(|e| (e, p)))).or_else(spokesperson_for).or_else(|| held_in_before(doc, right));
        if let Some((_, of_tok)) = of_before {
            self.right = of_tok;
        } else if let Some(to) = posting_before(doc, right) {
            self.right = to;
        }
        of_before
    }

    /// ("The Minister for Justice, X": a portfolio that is a title of its own, "Justice", is
    /// no title before the name; the office before "for" is)
    /// (not a person's own office, which is no portfolio: in "a spokesperson for Gov. X", "an
    /// aide to Mayor X", X is the governor or the mayor, and the spokesperson is unnamed)
    pub(super) fn portfolio_named_as_title(&mut self, doc: &Doc) {
        let lex = Lexicon::get();
        let right = self.right;
        let persons_office = |t: &crate::lexicon::Title| t.class == TitleClass::Honorific || ["governor", "senator", "mayor", "president", "premier", "representative", "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "chancellor"].iter().any(|o| t.norm.eq_ignore_ascii_case(o));
        if right >= 3 && matches!(doc.tokens[right - 2].lower.as_str(), "for" | "of") && lex.titles.get(&doc.tokens[right - 1].lower).is_some_and(|t| !persons_office(t)) && doc.tokens[right - 1].cap && title_ends_at(doc, right - 2) {
            self.right -= 2;
        }
    }

    /// "Foreign Minister Prince Jane Roe", "Prime Minister Sheikh Jane Roe": a royal style
    /// between an office and the name is no part of the office
    pub(super) fn royal_style(&mut self, doc: &Doc) {
        let lex = Lexicon::get();
        let right = self.right;
        if right >= 2 && lex.titles.get(&doc.tokens[right - 1].lower).is_some_and(|x| x.class == TitleClass::Royal) {
            let office = (right.saturating_sub(5)..right - 1).any(|l| title_at(doc, l, right - 1).is_some_and(|(e, h)| e == right - 1 && lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|x| x.class == TitleClass::Office)));
            if office {
                self.right -= 1;
            }
        }
    }

    /// "Minister of Foreign Affairs Jane Roe", "Minister for Trade and Industry General Jane
    /// Roe": an office, "of"/"for" and a capitalised portfolio that names nothing, right
    /// before the name (or before a style or rank before it), is the title
    /// (and across a comma: "Its Minister of Planning and International Cooperation, Jane
    /// Roe, told …", "The Minister for Planning, Jane Roe,"): its role, and a rank's after it.
    pub(super) fn portfolio(&self, doc: &mut Doc, of_before: Option<(usize, usize)>) -> Option<(usize, usize, &'static str)> {
        let lex = Lexicon::get();
        let Before { span, holder, name, right, .. } = *self;
        let across_comma = || (right >= 2 && doc.tokens[right - 1].lower == ",").then(|| portfolio_title_before(doc, right - 1).or_else(|| portfolio_list_before(doc, right - 1))).flatten();
        let portfolio = (of_before.is_none() && right == name).then(|| portfolio_title_before(doc, right).or_else(across_comma).or_else(|| portfolio_list_before(doc, right))).flatten();
        if let Some((l, end, head)) = portfolio {
            let former = l > 0 && doc.tokens[l - 1].lower == "former";
            let (start_tok, of) = owner_before(doc, l).map_or((l, None), |(e, s)| (s, Some(e)));
            push_role(doc, holder, l, end, head, of, former, Span::new(doc.tokens[start_tok].span.start, span.end));
            // (a rank is a role of its own; a royal style is none, as after "Foreign Minister")
            if let Some((_, rank)) = (end < right).then(|| title_at(doc, end, right)).flatten().filter(|&(_, h)| lex.titles.get(&crate::lexicon::fold(h)).is_some_and(|t| t.class == TitleClass::Military)) {
                push_role(doc, holder, end, right, rank, None, false, Span::new(doc.tokens[end].span.start, span.end));
            }
        }
        portfolio
    }
}
