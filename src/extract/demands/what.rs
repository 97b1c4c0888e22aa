//! What is asked, as written: its quotation marks closed, and what asks nothing dropped.

use super::*;

/// What is asked takes the quotation mark that closes or opens a quotation inside it.
/// ("adopt a new package “without delay”": a quotation that opens inside what is asked
/// closes inside it too, or the text shows a stray mark)
pub(super) fn quotation_closed(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        let (a, b) = (doc.token_at(d.what.start), doc.token_at(d.what.end));
        let marks = (a..b).filter(|&j| doc.tokens[j].kind == TokenKind::Quote).count();
        // (a full stop or comma may stand inside the closing mark: 'take into account “the
        // realities on the ground.”')
        let close = if doc.tokens.get(b).is_some_and(|t| t.kind == TokenKind::Quote && t.span.start == d.what.end) {
            Some(b)
        } else {
            doc.tokens.get(b + 1).filter(|t| t.kind == TokenKind::Quote && matches!(doc.tokens[b].lower.as_str(), "." | ",") && doc.tokens[b].span.start == d.what.end && t.span.start == doc.tokens[b].span.end).map(|_| b + 1)
        };
        if let Some(q) = close.filter(|_| marks % 2 == 1) {
            d.what = Span::new(d.what.start, doc.tokens[q].span.end);
            d.evidence = Span::new(d.evidence.start, d.evidence.end.max(d.what.end));
        } else if marks % 2 == 1 && a > 0 && doc.tokens[a - 1].kind == TokenKind::Quote && doc.tokens[a - 1].span.end == d.what.start {
            // (or opened right before it: 'called for “real pressure” on Moscow')
            d.what = Span::new(doc.tokens[a - 1].span.start, d.what.end);
            d.evidence = Span::new(d.evidence.start.min(d.what.start), d.evidence.end);
        }
    }
}

/// What is asked that opens with a comma, semicolon or full stop is dropped.
/// ("… and I will ask it to," he said": an infinitive's "to" with nothing after it asks
/// for what was said before; the words after the comma are no demand)
pub(super) fn nothing_after_to(doc: &Doc, out: &mut Vec<Demand>) {
    out.retain(|d| !doc.text().as_bytes().get(d.what.start).is_some_and(|c| matches!(c, b',' | b';' | b'.')));
}

/// "Do so", "do it", "do that" alone are dropped.
/// ("… if the court ordered it to do so": "do so", "do it", "do that" alone point back to
/// what was said before and ask nothing new)
pub(super) fn points_back(doc: &Doc, out: &mut Vec<Demand>) {
    out.retain(|d| d.what.len() > 7 || !matches!(doc.slice(d.what).to_ascii_lowercase().as_str(), "do so" | "do it" | "do that"));
}
