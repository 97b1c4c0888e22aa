//! The pass over the article's statements: obligations, refusals and red lines voiced in them.

use super::*;

/// Obligations and refusals voiced in statements (not an agreement's): the speaker, or the
/// phrase as written, demands; a red line of a speaker known by name; a modal and its subject
/// right before a quote.
pub(super) fn voiced_in_statements(doc: &Doc, ctx: &Ctx, out: &mut Vec<Demand>) {
    for st in doc.statements.iter().filter(|st| !st.cue.starts_with("agree")) {
        let by = match (st.speaker, st.speaker_text) {
            (Some(e), _) => Party::Entity(e),
            (None, Some(t)) => Party::Text(t),
            _ => continue,
        };
        let (a, b) = (doc.token_at(st.text.start), doc.token_at(st.text.end));
        obligations(doc, ctx, by, a, b, st.kind == StatementKind::Reported, out);
        // (of a speaker known by name: a red line of "the diplomat" as written would be drawn
        // by no one the graph knows)
        if matches!(by, Party::Entity(_)) {
            red_lines(doc, by, a, b, out);
        }
        // ("said ministers must “stop blaming …”": a modal and its subject right before a
        // quote that no reported statement holds; the clause opens after the verb of saying)
        if st.kind == StatementKind::Direct && a >= 3 && doc.tokens[a - 1].kind == TokenKind::Quote {
            let m = if modal_at(doc, a - 2) == Some(1) { Some(a - 2) } else { (a >= 4 && modal_at(doc, a - 3) == Some(2)).then_some(a - 3) };
            let held = |m: usize| doc.statements.iter().any(|o| o.kind == StatementKind::Reported && o.text.start <= doc.tokens[m].span.start && o.text.end >= doc.tokens[m].span.end);
            let lex = Lexicon::get();
            let opened = m.filter(|&m| !held(m)).and_then(|m| (m.saturating_sub(8)..m).rev().take_while(|&x| !matches!(doc.tokens[x].lower.as_str(), "." | ";") && doc.tokens[x].kind != TokenKind::Quote).find(|&x| !doc.tokens[x].cap && lex.cues.get(&doc.tokens[x].lower).is_some_and(|c| c.lemma == "say")));
            if let Some(o) = opened {
                let end = b + usize::from(doc.tokens.get(b).is_some_and(|t| t.kind == TokenKind::Quote));
                obligations(doc, ctx, by, o + 1, end, true, out);
            }
        }
    }
}
