use super::sentences::opens;
use crate::model::{Paragraph, Span, Token, TokenKind};

/// A stretch of quoted words. `inner` excludes the marks. A quote whose closing mark is
/// missing runs to the end of its paragraph (`open_end`); one whose opening mark is missing
/// starts at the start of its sentence (`open_start`).
#[derive(Debug, Clone)]
pub struct Quote {
    pub inner: Span,
    pub outer: Span,
    pub paragraph: usize,
    pub open_start: bool,
    pub open_end: bool,
}

/// The kind of mark a quote token is; '' and `` count as straight double quotes.
fn mark(text: &str, t: &Token) -> char {
    match &text[t.span.start..t.span.end] {
        "''" | "``" => '"',
        m => m.chars().next().unwrap_or(' '),
    }
}

/// Finds top-level double-quoted stretches (straight or curly, also «» and „“), and
/// single-curly ones (‘…’) where no double quote is open. Nested quotes stay inside.
pub fn find_quotes(text: &str, tokens: &[Token], paragraphs: &[Paragraph], sentence_starts: &[usize]) -> Vec<Quote> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        // (the lines around the story are not analysed, nor quoted)
        if p.furniture {
            continue;
        }
        let (lo, hi) = super::tokens_in(tokens, p.span);
        let mut open: Option<(usize, char)> = None; // token index and the kind of mark
        // inside a markup attribute value (`<tweet author="…">` left in scraped text)
        let mut attribute = false;
        for i in lo..hi {
            if tokens[i].kind != TokenKind::Quote {
                continue;
            }
            let c = mark(text, &tokens[i]);
            let double = matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟');
            let single = matches!(c, '‘' | '’' | '\'' | '‹' | '›');
            if attribute {
                attribute = !double;
                continue;
            }
            if open.is_none() && double && text[..tokens[i].span.start].ends_with('=') {
                attribute = true;
                continue;
            }
            match open {
                None => {
                    // (a straight single mark opens only before a letter: "'We cannot …,' she
                    // said", not "the '90s"; it needs its closing mark, see below; and only in
                    // the story's text: headlines in single marks mostly name or scare-quote)
                    let straight_single = c == '\'' && pi > 0 && !p.heading && opens(text, tokens, i) && text[tokens[i].span.end..].chars().next().is_some_and(char::is_alphabetic);
                    if double && opens(text, tokens, i) || (c == '‘' || c == '‹' || straight_single) && opens(text, tokens, i) {
                        open = Some((i, if double { '"' } else { '\'' }));
                    } else if double {
                        // a closing mark with no opening one: the quote began at its sentence start
                        let start_pos = sentence_starts
                            .iter()
                            .rev()
                            .find(|&&s| s <= tokens[i].span.start && s >= p.span.start)
                            .copied()
                            .unwrap_or(p.span.start);
                        let first = tokens.partition_point(|t| t.span.start < start_pos);
                        if first < i {
                            out.push(Quote {
                                inner: Span::new(tokens[first].span.start, tokens[i - 1].span.end),
                                outer: Span::new(tokens[first].span.start, tokens[i].span.end),
                                paragraph: pi,
                                open_start: true,
                                open_end: false,
                            });
                        }
                    }
                }
                Some((o, kind)) => {
                    let closes = if kind == '"' { double && !opens(text, tokens, i) || c == '"' } else { single && !opens(text, tokens, i) };
                    // ("'The Harbor Stays Open.'" as a line of its own: a subheading in single marks)
                    let subheading = kind == '\'' && c == '\'' && o == lo && i + 1 == hi && title_case(tokens, o + 1, i);
                    // (Robert "Bobby" Keane: a nickname of one or two capitalised words between
                    // a given name and a surname is no quote)
                    // (or before a surname's particle: Ronald "Bato" dela Rosa)
                    let cap_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.cap);
                    let particle = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "de" | "dela" | "del" | "della" | "da" | "do" | "dos" | "van" | "von" | "bin" | "al" | "la" | "le"));
                    let nickname = kind == '"' && o > lo && i + 1 < hi && (o + 1..i).len() <= 2 && (o + 1..i).all(cap_word) && cap_word(o - 1) && (cap_word(i + 1) || particle(i + 1) && cap_word(i + 2));
                    if closes && (subheading || nickname) {
                        open = None;
                    } else if closes {
                        if o + 1 < i {
                            out.push(Quote {
                                inner: Span::new(tokens[o + 1].span.start, tokens[i - 1].span.end),
                                outer: Span::new(tokens[o].span.start, tokens[i].span.end),
                                paragraph: pi,
                                open_start: false,
                                open_end: false,
                            });
                        }
                        open = None;
                    } else if kind == '\'' && double && opens(text, tokens, i) {
                        // a double quote inside a stray single one: the single one was an apostrophe
                        open = Some((i, '"'));
                    }
                }
            }
        }
        if let Some((o, kind)) = open {
            // unclosed: runs to the paragraph end (a quote continued in the next paragraph)
            if kind == '"' && o + 1 < hi {
                out.push(Quote {
                    inner: Span::new(tokens[o + 1].span.start, tokens[hi - 1].span.end),
                    outer: Span::new(tokens[o].span.start, tokens[hi - 1].span.end),
                    paragraph: pi,
                    open_start: false,
                    open_end: true,
                });
            }
        }
    }
    out
}

/// The small words a title leaves in lower case ("Lights Out on the Quay").
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"];

/// A word as a title writes it: capitalised, or one of the small words.
pub(crate) fn title_word(t: &Token) -> bool {
    t.cap || TITLE_SMALL_WORDS.contains(&t.lower.as_str())
}

/// Tokens `a..b` are in title case: every word capitalised but the small ones.
fn title_case(tokens: &[Token], a: usize, b: usize) -> bool {
    let words = || tokens[a..b].iter().filter(|x| x.kind == TokenKind::Word);
    words().filter(|x| x.cap).count() >= 2 && words().all(title_word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentences, tokenize::tokenize};

    fn quotes(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let paras = sentences::paragraphs(text, &toks);
        let sents: Vec<usize> = sentences::sentences(text, &toks, &paras).iter().map(|s| s.span.start).collect();
        find_quotes(text, &toks, &paras, &sents).iter().map(|q| text[q.inner.start..q.inner.end].to_string()).collect()
    }

    #[test]
    fn finds_straight_curly_nested_and_unbalanced() {
        assert_eq!(quotes("“A b,” he said, “c ‘d’ e.”"), ["A b,", "c ‘d’ e."]);
        assert_eq!(quotes("He said \"x y\" and \"z\"."), ["x y", "z"]);
        assert_eq!(quotes("“Runs on\n“And ends.”"), ["Runs on", "And ends."]);
        assert_eq!(quotes("Peskov said. He supports it.” Then"), ["He supports it."]);
        assert_eq!(quotes("the allies’ plan and ‘scare’ words"), ["scare"]);
        // a closing mark typed at the start of a line opens the quote
        assert_eq!(quotes("Readers wrote in.\n\n”We need order. You get shot.” ― Jane Roe"), ["We need order. You get shot."]);
        // markup left in the text: attribute values are no quotes
        assert_eq!(quotes("<post author=\"jroe\" id=\"12\">“We won,” she said.</post>"), ["We won,"]);
        assert_eq!(quotes("''It works,'' he said. ``Fine.''"), ["It works,", "Fine."]);
        // straight single marks, as British papers write quotes; apostrophes stay words
        assert_eq!(quotes("Varga spoke.\n'We cannot keep borrowing,' Varga said. 'Every citizen must pay.'"), ["We cannot keep borrowing,", "Every citizen must pay."]);
        assert_eq!(quotes("Varga spoke.\nVarga vowed 'no retreat' on the farmers' tax in the '90s style."), ["no retreat"]);
        // (not in a headline)
        assert_eq!(quotes("Varga Vows 'No Retreat' on Tax\nVarga spoke.\n'The Harbor Stays Open.'\nMore."), Vec::<String>::new());
        // (a nickname between a given name and a surname)
        assert_eq!(quotes("Senator Ronald \"Bato\" Rosales said \"No\" again."), ["No"]);
    }
}
