use crate::lexicon::Lexicon;
use crate::model::{Paragraph, Sentence, Span, Token, TokenKind};
use super::words_of;

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "gov", "pres",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "approx", "dept",
    "est", "fig", "adm", "maj", "cmdr", "hon", "rt", "rev", "messrs", "gens", "reps", "sens", "govs", "ste", "del", "dels",
];

/// Paragraphs are lines; a line is a heading when it has no final punctuation and most of
/// its words are capitalised (or it is short and unpunctuated).
pub fn paragraphs(text: &str, tokens: &[Token]) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let span = Span::new(start + lead, start + lead + trimmed.len());
            out.push(Paragraph { span, heading: is_heading(text, tokens, span), furniture: is_credit(trimmed) || is_page_furniture(trimmed) });
        }
        start = end;
    }
    // a story's first line without final punctuation is its headline, in sentence case too
    // ("Norway vows to fight quota cuts"), when a dateline opens the next
    let dated = |p: &Paragraph| {
        let (lo, hi) = super::tokens_in(tokens, p.span);
        dateline_end(text, tokens, lo, hi).is_some()
    };
    if out.len() > 1 && !out[0].furniture && unpunctuated(text, out[0].span) && words_of(&text[out[0].span.start..out[0].span.end]).count() <= 25 && dated(&out[1]) {
        out[0].heading = true;
    }
    out
}

/// "'I just want to see my kids grow up'": a line of its own in single marks whose words a
/// quote further down repeats (in any case) is a crosshead pulled from that quote (BBC, ABC and
/// Guardian style), a heading: its quote is no second quote, nor its words a report. So is one
/// of a few words with no stop inside the marks, which the quote below words otherwise ("'No
/// cover for the wards'" over "she said the wards had no cover left"): a quoted sentence
/// of the story ends in its stop or comma inside the marks.
fn pulled_crosshead(text: &str, span: Span) -> bool {
    let line = &text[span.start..span.end];
    let inner = line.strip_prefix(['\'', '‘']).and_then(|l| l.strip_suffix(['\'', '’']));
    let unstopped = |l: &str| !l.ends_with(['.', '!', '?', ',', ';', ':', '…']) && words_of(l).count() <= 10;
    inner.is_some_and(|l| l.len() >= 12 && (unstopped(l) || text[span.end..].to_lowercase().contains(&l.to_lowercase())))
}

fn unpunctuated(text: &str, span: Span) -> bool {
    let last = text[span.start..span.end].trim_end_matches(|c: char| crate::text::tokenize::is_quote_char(c) || c == ')');
    !last.ends_with(['.', '!', '?', ':', '…']) || last.ends_with("U.S.")
}

/// A line that credits journalists: a byline ("By Jane Roe and John Doe", "By JANE ROE,
/// Associated Press"), a wire's credits ("(Reporting by Jane Roe in Kyiv; Editing by John
/// Doe)"), or "… contributed to this report."
fn is_credit(line: &str) -> bool {
    // compared without a lower-case copy of every line: the phrases are ASCII without a "k",
    // the one ASCII letter a non-ASCII character lower-cases to (the Kelvin sign)
    let starts = |s: &str, p: &str| s.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()));
    let ends = |p: &str| line.len() >= p.len() && line.as_bytes()[line.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes());
    // (words counted only for a line that opens or ends like a credit)
    let words = || words_of(line).count();
    let unfinished = !line.ends_with(['.', '!', '?', ':', '"', '”']);
    let credit_opening = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reporting and writing by", "edited by"];
    let body = line.trim_start_matches('(');
    // (a desk's or the staff's credit on a line of its own, as Indian and other papers print
    // it: "The Hindu Bureau", "Express News Service", "Special Correspondent", "Staff Reporter")
    const DESKS: &[&str] = &[" bureau", "news service", " correspondent", "staff reporter", "staff writer", "news desk", "web desk"];
    let desk = || unfinished && words() <= 5 && DESKS.iter().any(|d| ends(d));
    desk() || (starts(line, "by ") && words() <= 12 && unfinished && line[3..].trim_start().starts_with(char::is_uppercase))
        || credit_opening.iter().any(|c| starts(body, c)) && words() <= 40
        || ["contributed to this report.", "contributed to this report", "contributed reporting.", "contributed to this story."].iter().any(|e| ends(e)) && words() <= 30
        // a paper's closing address ("Write to Jane Roe at jane.roe@example.com")
        || starts(line, "write to ") && line.contains('@') && words() <= 30
        || unfinished && staff_line(line)
        || unfinished && named_beat_line(line)
}

/// A reporter's line as the Guardian's pages print it, name and beat run together with no
/// comma: "Jane Roe Police and crime correspondent", "Tom Hale Senior political editor". The
/// name and the beat's first word have capitals, the beat ends in a lower-case "correspondent",
/// "editor", "reporter" or "writer" (a title-case headline ends in a capital: "Paper Names New
/// Correspondent"), and no other word after the name's two has a capital but the beat's first.
fn named_beat_line(line: &str) -> bool {
    let w: Vec<&str> = words_of(line).collect();
    (4..=8).contains(&w.len())
        && !line.contains([',', ':', '"', '“', '(']) && !line.chars().any(|c| c.is_ascii_digit())
        && w[..3].iter().all(|x| x.starts_with(char::is_uppercase) && x.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\''))
        && ["correspondent", "editor", "reporter", "writer"].contains(w.last().unwrap())
        && w[3..w.len() - 1].iter().all(|x| x.starts_with(char::is_lowercase))
}

/// A reporter's line as broadcasters' web pages print it under the headline: a name, a comma
/// and the beat ("Jane Roe, Health reporter", "Tom Hale, Political Correspondent").
fn staff_line(line: &str) -> bool {
    let Some((name, beat)) = line.split_once(", ") else { return false };
    let name_words = words_of(name).count();
    (2..=4).contains(&name_words)
        && words_of(name).all(|w| w.starts_with(char::is_uppercase))
        && words_of(beat).count() <= 4
        && !beat.contains(',')
        && words_of(beat).last().is_some_and(|w| ["reporter", "correspondent", "editor", "writer"].iter().any(|b| w.eq_ignore_ascii_case(b)))
}

/// A line of the web page around the story: a link to another story ("Read more: …",
/// "RELATED: …", "See also: …") or a time stamp ("Updated 5:42 AM EST, Thu March 13, 2025",
/// "Published 10:02 GMT").
fn is_page_furniture(line: &str) -> bool {
    let starts = |p: &str| line.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()));
    const LINKS: &[&str] = &["read more:", "read more >", "related:", "see also:", "also read:", "read also:", "more:", "recommended:", "watch:", "listen:", "related coverage:", "related stories:"];
    // (a time stamp: the word, then a digit within a few words, and no sentence after it)
    const STAMPS: &[&str] = &["updated ", "published ", "last updated ", "first published "];
    let stamp = || STAMPS.iter().any(|p| starts(p)) && words_of(line).count() <= 12 && words_of(line).take(4).any(|w| w.starts_with(|c: char| c.is_ascii_digit())) && !line.ends_with('.');
    // (a byline's social-media handle: "Follow Jane Roe on Twitter @janeroe", also inside a
    // stray quotation mark that a transcript's paragraphs open with)
    let bare = line.trim_start_matches(['"', '“', '\'']);
    let follow = bare.get(..7).is_some_and(|h| h.eq_ignore_ascii_case("follow ")) && words_of(bare).count() <= 12
        && [" on twitter", " on x ", " on x:", " on facebook", " on instagram", " on threads", " on bluesky"].iter().any(|n| bare.to_lowercase().contains(n));
    LINKS.iter().any(|p| starts(p)) && words_of(line).count() <= 30 || stamp() || follow || end_mark(line) || bare_time_stamp(line)
}

/// A time stamp on a line of its own with no "Updated"/"Published" before it, as papers print
/// it under the byline: "Mon Dec 07 2026 - 18:45", "Thu 4 Dec 2026 16.20 GMT", "Tuesday,
/// March 3, 2026 10:15 am". It opens with a weekday, every word is a weekday, a month, a number,
/// a clock time, a time zone, "am"/"pm" or a dash, and one is a number. Read as text, "Mon Dec"
/// became a person.
fn bare_time_stamp(line: &str) -> bool {
    use crate::lexicon::{is_month_or_abbreviation, is_weekday, is_weekday_abbreviation};
    let day = |w: &str| is_weekday(w) || is_weekday_abbreviation(w);
    const ZONES: &[&str] = &["gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "aest", "aedt", "sgt", "hkt", "jst", "am", "pm", "a.m.", "p.m."];
    let trim = |w: &'_ str| -> String { w.trim_matches(|c: char| c == ',' || c == '.' && !w.ends_with("m.")).to_ascii_lowercase() };
    // (asked of every line: one that does not open with a weekday is passed over before its
    // words are split and lower-cased)
    if !words_of(line).map(trim).find(|w| !w.is_empty()).is_some_and(|w| day(&w)) {
        return false;
    }
    let words: Vec<String> = words_of(line).map(trim).filter(|w| !w.is_empty()).collect();
    let number = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.')) || w.strip_suffix("am").or_else(|| w.strip_suffix("pm")).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.')));
    (3..=10).contains(&words.len())
        && day(&words[0])
        && words.iter().any(|w| number(w))
        && words.iter().all(|w| day(w) || is_month_or_abbreviation(w) || ZONES.contains(&w.as_str()) || number(w) || matches!(w.as_str(), "-" | "–" | "—" | "|"))
}

/// A wire's mark of the story's end on a line of its own, in brackets or between dashes:
/// "(END)" (Yonhap, KBS), "-END-", "-- ENDS --". Read as text it became an organisation "END".
fn end_mark(line: &str) -> bool {
    let mark = line.trim_matches(|c: char| matches!(c, '(' | ')' | '-' | '–' | '—' | ' '));
    mark.len() < line.len() && (mark.eq_ignore_ascii_case("end") || mark.eq_ignore_ascii_case("ends"))
}

fn is_heading(text: &str, tokens: &[Token], span: Span) -> bool {
    if !unpunctuated(text, span) {
        return false;
    }
    if pulled_crosshead(text, span) {
        return true;
    }
    let (lo, hi) = super::tokens_in(tokens, span);
    // a long line ending in a semicolon or comma goes on in the next: items of a list
    // ("Jane Roe, 30, Quarnby; Tom Poe, 41, Vexby;"), no heading
    let line = &text[span.start..span.end];
    if line.ends_with([';', ',']) && words_of(line).count() > 8 {
        return false;
    }
    let words: Vec<&Token> = tokens[lo..hi].iter().filter(|t| t.kind == TokenKind::Word && t.lower.len() > 3).collect();
    if words.len() <= 3 {
        return true;
    }
    let caps = words.iter().filter(|t| t.cap).count();
    caps * 2 >= words.len()
}

/// Splits each paragraph into sentences at . ! ? … when what follows starts a new
/// sentence, keeping abbreviations, initials and closing quotation marks in place.
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        if p.furniture {
            continue;
        }
        let (lo, hi) = super::tokens_in(tokens, p.span);
        // a caption's photo credit ends the paragraph's text
        let hi = photo_credit(text, tokens, lo, hi).unwrap_or(hi);
        let mut s = lo;
        let mut i = lo;
        // a dateline ("JERUSALEM, March 3 (AP) —") is a sentence of its own: the first
        // sentence of the story, and what is said in it, starts after the dash
        if let Some(d) = dateline_end(text, tokens, lo, hi) {
            out.push(make(tokens, lo, d, pi));
            s = d;
            i = d;
        }
        while i < hi {
            let t = &tokens[i];
            // (every terminal below ends in '.', '!', '?' or '…', whose last byte is 0xA6: the
            // token's last byte turns most tokens away before the tests)
            if !matches!(text.as_bytes().get(t.span.end.wrapping_sub(1)), Some(b'.' | b'!' | b'?' | 0xA6)) {
                i += 1;
                continue;
            }
            let tx = &text[t.span.start..t.span.end];
            let terminal = matches!(tx, "." | "!" | "?" | "…" | "...")
                || (t.kind == TokenKind::Word && tx.ends_with('.') && tx.len() > 2)
                // (the platform, no initial: "… said in a post on X. He called on …")
                || (tx == "X." && i > lo && tokens[i - 1].lower == "on");
            // "(R-S.C.)", "(Sept. 3)": a full stop inside a short parenthesis ends nothing
            let in_parens = terminal && (s..i).rev().take(8).find(|&k| matches!(&text[tokens[k].span.start..tokens[k].span.end], "(" | ")")).is_some_and(|k| &text[tokens[k].span.start..tokens[k].span.end] == "(")
                && (i + 1..hi.min(i + 6)).any(|k| &text[tokens[k].span.start..tokens[k].span.end] == ")");
            if terminal && !in_parens {
                let mut j = i + 1;
                // closing quotation marks and brackets stay with the sentence they close
                while j < hi && (tokens[j].kind == TokenKind::Quote && !opens(text, tokens, j) || matches!(&text[tokens[j].span.start..tokens[j].span.end], ")" | "]")) {
                    j += 1;
                }
                if j < hi && starts_sentence(text, tokens, i, j, lex) {
                    out.push(make(tokens, s, j, pi));
                    s = j;
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if s < hi {
            out.push(make(tokens, s, hi, pi));
        }
    }
    out
}

/// Where a photo credit closing a caption starts: "REUTERS/Jane Roe/File Photo" or "(Photo
/// by Jane Roe/AFP via Getty Images)". Its names are photographers, not actors.
fn photo_credit(text: &str, tokens: &[Token], lo: usize, hi: usize) -> Option<usize> {
    // (either credit has a token "/" or "(": a paragraph with neither byte has none, and most
    // have neither; a search of its bytes instead of the tests below at each of its tokens.
    // Two searches for one byte each, not one for either: `contains` of a byte is `memchr`,
    // a word of bytes at a step, where `any` with two tests went a byte at a step and cost
    // 5.6 M instructions on 200 articles)
    if lo >= hi {
        return None;
    }
    let bytes = &text.as_bytes()[tokens[lo].span.start..tokens[hi - 1].span.end];
    if !bytes.contains(&b'/') && !bytes.contains(&b'(') {
        return None;
    }
    let tx = |k: usize| &text[tokens[k].span.start..tokens[k].span.end];
    (lo..hi).find(|&c| {
        // (after a full stop, to the end of the paragraph, names only: "The AP/NORC poll" is no credit)
        let agency_slash = c + 1 < hi
            && (c == lo || matches!(tx(c - 1), "." | ")" | "|"))
            && tokens[c].kind == TokenKind::Word
            && !tx(c).chars().any(char::is_lowercase)
            && crate::lexicon::NEWS_AGENCIES.contains(&tokens[c].lower.as_str())
            && tx(c + 1) == "/"
            && hi - c <= 12
            && (c + 2..hi).all(|k| tokens[k].cap || matches!(tx(k), "/" | "." | "-"));
        let parenthetical = c + 2 < hi
            && tx(c) == "("
            && matches!(tokens[c + 1].lower.as_str(), "photo" | "photograph" | "image" | "picture" | "file")
            && matches!(tx(c + 2), ":" | "by" | "credit" | "courtesy")
            && (c + 3..hi).find(|&k| tx(k) == ")").is_some_and(|close| (close + 1..hi).all(|k| matches!(tx(k), "." | ")")));
        agency_slash || parenthetical
    })
}

/// The end of a dateline opening a paragraph: a place in capitals ("WASHINGTON", "NEW
/// YORK"), then maybe a region, a date and a news agency in brackets, then a dash, within
/// a dozen tokens, with no lower-case word before the dash and text after it.
pub(crate) fn dateline_end(text: &str, tokens: &[Token], lo: usize, hi: usize) -> Option<usize> {
    let tx = |k: usize| &text[tokens[k].span.start..tokens[k].span.end];
    let shouted = |k: usize| tokens[k].kind == TokenKind::Word && tx(k).chars().filter(|c| c.is_alphabetic()).count() >= 3 && !tx(k).chars().any(char::is_lowercase);
    // ("(Vexnews) — Halden sued …", "(Vexnews Business) --": an outlet's name in brackets and a
    // dash with no place before them open the story as a dateline does; the outlet says nothing)
    if lo + 3 < hi && tx(lo) == "(" {
        let close = (lo + 2..hi.min(lo + 5)).find(|&k| tx(k) == ")")?;
        // (the bracket may close the paragraph: nothing after it)
        if close + 1 >= hi || !(lo + 1..close).all(|k| tokens[k].cap && tokens[k].kind == TokenKind::Word) || !matches!(tx(close + 1), "—" | "–" | "-" | "--") {
            return None;
        }
        let end = (close + 2..hi).find(|&k| !matches!(tx(k), "-" | "—" | "–")).unwrap_or(hi);
        return (end < hi && tokens[end].cap).then_some(end);
    }
    if lo >= hi || !(shouted(lo) || tokens[lo].cap) {
        return None;
    }
    // ("NEW DELHI:", "MUMBAI, March 3:": South Asian papers close a listed place with a
    // colon; "UPDATE:" is no place)
    // (the colon asked first: asked at every word of a paragraph's opening)
    let place_then_colon = |k: usize| {
        if tx(k) != ":" || k > lo + 6 || !shouted(lo) {
            return false;
        }
        let end = (lo..k).find(|&j| !shouted(j)).unwrap_or(k);
        let name = (lo..end).map(|j| tokens[j].lower.as_str()).collect::<Vec<_>>().join(" ");
        crate::lexicon::Lexicon::get().place_names.contains_key(&crate::lexicon::fold(&name))
    };
    let Some(dash) = (lo + 1..hi.min(lo + 12)).find(|&k| matches!(tx(k), "—" | "–" | "-" | "--") || place_then_colon(k)) else {
        return agency_closed(text, tokens, lo, hi);
    };
    // AFP writes the place in plain case ("Santa Marta (AFP) –"): then the agency in brackets
    // right before the dash is what makes it a dateline
    let agency = dash >= lo + 4 && agency_in_brackets(text, tokens, dash - 1);
    if !shouted(lo) && !agency {
        return None;
    }
    let plain = dateline_words(text, tokens, lo, dash, &[",", ".", "(", ")", "/"]);
    // ("SEOUL (Yonhap) --": a dash typed as two hyphens is one dash)
    let mut end = dash + 1;
    while end < hi && matches!(tx(end), "-" | "—" | "–") {
        end += 1;
    }
    (plain && end < hi).then_some(end)
}

/// "New Delhi, Dec 3 (PTI) The Congress on Tuesday …": Indian agencies close the dateline with
/// the agency in brackets and no dash; the capitalised word after the bracket opens the text.
fn agency_closed(text: &str, tokens: &[Token], lo: usize, hi: usize) -> Option<usize> {
    let tx = |k: usize| &text[tokens[k].span.start..tokens[k].span.end];
    let close = (lo + 3..hi.min(lo + 12)).find(|&k| tx(k) == ")")?;
    let agency = agency_in_brackets(text, tokens, close);
    let plain = dateline_words(text, tokens, lo, close - 2, &[",", "."]);
    (agency && plain && tokens[lo].cap && close + 1 < hi && tokens[close + 1].cap && tokens[close + 1].kind == TokenKind::Word).then_some(close + 1)
}

/// "(Reuters)" closing at `close`: a listed news agency in brackets.
fn agency_in_brackets(text: &str, tokens: &[Token], close: usize) -> bool {
    let tx = |k: usize| &text[tokens[k].span.start..tokens[k].span.end];
    close >= 2 && tx(close) == ")" && tx(close - 2) == "(" && crate::lexicon::NEWS_AGENCIES.contains(&tokens[close - 1].lower.as_str())
}

/// Tokens `lo..hi` are a dateline's: capitalised words, numbers and dates, and the marks
/// `marks`, no lower-case word.
fn dateline_words(text: &str, tokens: &[Token], lo: usize, hi: usize, marks: &[&str]) -> bool {
    let tx = |k: usize| &text[tokens[k].span.start..tokens[k].span.end];
    (lo..hi).all(|k| match tokens[k].kind {
        TokenKind::Word => tokens[k].cap || tx(k).starts_with(|c: char| c.is_ascii_digit()),
        _ => marks.contains(&tx(k)) || tokens[k].kind == TokenKind::Number,
    })
}

fn make(tokens: &[Token], a: usize, b: usize, paragraph: usize) -> Sentence {
    Sentence { span: Span::new(tokens[a].span.start, tokens[b - 1].span.end), tokens: (a, b), paragraph }
}

/// A quotation mark at `j` opens a quote: it follows whitespace and precedes a word.
pub fn opens(text: &str, tokens: &[Token], j: usize) -> bool {
    let c = text[tokens[j].span.start..].chars().next().unwrap_or(' ');
    match c {
        '“' | '‘' | '«' | '„' | '`' => true,
        // a closing mark typed at the start of a line, right before a word, opens (”We need …)
        '”' => {
            let line_start = j == 0 || text[tokens[j - 1].span.end..tokens[j].span.start].contains('\n');
            line_start && text[tokens[j].span.end..].chars().next().is_some_and(|n| !n.is_whitespace())
        }
        '’' | '»' => false,
        _ => tokens[j].space_before || j == 0 || matches!(&text[tokens[j - 1].span.start..tokens[j - 1].span.end], "(" | "[" | "—" | "–" | ":"),
    }
}

fn starts_sentence(text: &str, tokens: &[Token], term: usize, next: usize, lex: &Lexicon) -> bool {
    let t = &tokens[term];
    let n = &tokens[next];
    let tx = &text[t.span.start..t.span.end];
    if tx == "." && term > 0 {
        let prev = &tokens[term - 1];
        let prev_tx = &text[prev.span.start..prev.span.end];
        if prev.span.end == t.span.start {
            if ABBREVIATIONS.contains(&prev.lower.as_str()) {
                return false;
            }
            // an initial: "J. Smith"; or one after a party's letter: "Jane Roe, D-N.Y., said"
            let last = prev_tx.rsplit('-').next().unwrap_or(prev_tx);
            if prev.kind == TokenKind::Word && last.chars().count() == 1 && last.chars().all(char::is_uppercase) && (prev_tx.len() == last.len() || prev_tx.len() <= 3) {
                return false;
            }
        }
    }
    // "...", "…" inside a quote run on unless a capital follows
    let next_tx = &text[n.span.start..n.span.end];
    let next_start = next_tx.chars().next().unwrap_or(' ');
    let capital = next_start.is_uppercase() || next_start.is_ascii_digit();
    let opener = n.kind == TokenKind::Quote && opens(text, tokens, next) || matches!(next_tx, "(" | "[" | "-" | "—" | "•");
    if !(capital || opener) {
        return false;
    }
    // "U.S." ends a sentence only when a typical sentence opener follows; "Mr." never does
    if t.kind == TokenKind::Word && ABBREVIATIONS.contains(&t.lower.trim_end_matches('.')) {
        return false;
    }
    if t.kind == TokenKind::Word {
        return n.kind == TokenKind::Quote || lex.stopwords.contains(&n.lower);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;

    fn split(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let paras = paragraphs(text, &toks);
        sentences(text, &toks, &paras).iter().map(|s| text[s.span.start..s.span.end].to_string()).collect()
    }

    #[test]
    fn survives_abbreviations_and_quotes() {
        let t = "Mr. Smith met Gen. Jones in the U.S. on Sept. 3. “It went well,” he said. He left.\nNext line";
        assert_eq!(
            split(t),
            ["Mr. Smith met Gen. Jones in the U.S. on Sept. 3.", "“It went well,” he said.", "He left.", "Next line"]
        );
        assert_eq!(split("They met the U.S. The talks ended."), ["They met the U.S.", "The talks ended."]);
        assert_eq!(split("“We agree.” The minister left."), ["“We agree.”", "The minister left."]);
        assert_eq!(split("Rep. Jo Hale (R-S.C.) said nothing. She left."), ["Rep. Jo Hale (R-S.C.) said nothing.", "She left."]);
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(split("JERUSALEM, March 3 (AP) — Aircraft struck targets, the army said."), ["JERUSALEM, March 3 (AP) —", "Aircraft struck targets, the army said."]);
        assert_eq!(split("BRUSSELS (Reuters) - The EU will act."), ["BRUSSELS (Reuters) -", "The EU will act."]);
        assert_eq!(split("NEW YORK — Stocks fell."), ["NEW YORK —", "Stocks fell."]);
        // AFP's place in plain case, with the agency in brackets before the dash
        assert_eq!(split("Santa Marta (AFP) – Jo Roe, the mayor, said no."), ["Santa Marta (AFP) –", "Jo Roe, the mayor, said no."]);
        assert_eq!(split("Hale Town - The vote was delayed."), ["Hale Town - The vote was delayed."]);
        // two cities, and a headline in sentence case before the dateline
        assert_eq!(split("OSLO/BERGEN (Reuters) - Talks ended."), ["OSLO/BERGEN (Reuters) -", "Talks ended."]);
        let t = "Norway vows to fight quota cuts\nOSLO (Reuters) - Norway said it would appeal.";
        assert!(paragraphs(t, &crate::text::tokenize::tokenize(t))[0].heading);
        let t = "Norway vows to fight quota cuts\nNorway said it would appeal.";
        assert!(!paragraphs(t, &crate::text::tokenize::tokenize(t))[0].heading);
        // capitals that open an ordinary sentence, or a dash inside it, are no dateline
        assert_eq!(split("NATO allies met in Brussels — and agreed."), ["NATO allies met in Brussels — and agreed."]);
        assert_eq!(split("UPDATE: The vote was delayed."), ["UPDATE: The vote was delayed."]);
        // ("NEW DELHI: …": a listed place and a colon, as South Asian papers write it)
        assert_eq!(split("NEW DELHI: The vote was delayed."), ["NEW DELHI:", "The vote was delayed."]);
    }

    #[test]
    fn credit_lines_are_not_read() {
        let t = "Talks end\nBy Jane Quarry and Tom Hale\nBRUSSELS (Reuters) - The EU will act.\n(Reporting by Jane Quarry; Editing by Tom Hale)\nAP writer Ann Roe in Paris contributed to this report.";
        assert_eq!(split(t), ["Talks end", "BRUSSELS (Reuters) -", "The EU will act."]);
        // a sentence that opens with "By" is read
        assert_eq!(split("By Monday, the rebels had left."), ["By Monday, the rebels had left."]);
        // a caption's photo credit is not
        assert_eq!(split("Jane Quarry speaks in Lima, May 3, 2024. REUTERS/Tom Hale/File Photo"), ["Jane Quarry speaks in Lima, May 3, 2024."]);
        assert_eq!(split("Ada Vexmoor speaks in Nairobi. (Photo by Tom Hale/AFP via Getty Images)"), ["Ada Vexmoor speaks in Nairobi."]);
        assert_eq!(split("The AP/NORC poll was out."), ["The AP/NORC poll was out."]);
    }
}
