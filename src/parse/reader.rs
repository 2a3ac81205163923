//! Walks the input line by line: row labels, technology switches, numbers, tags; hands segments to `variants`.

use crate::technology::Technology;

use super::lexer::{self, Token};
use super::meaning::{self, Context, Keyword, Reading};
use super::variants::{Segment, VariantCollector};
use super::{ParsedSpec, WarningKind};

/// Rows of a spec page that carry no bands (GSMArena's `Technology`, `Speed`, `GPRS`, …).
const SKIPPED_ROWS: [&str; 8] = [
    "technology",
    "speed",
    "gprs",
    "edge",
    "announced",
    "sim",
    "status",
    "launch",
];
/// Section headings that stand alone on their line.
const HEADINGS: [&str; 2] = ["network", "general"];

/// Reads `text`; `default` is the technology of bare numbers when no label names one (command-line lists).
pub(super) fn read(text: &str, default: Option<Technology>) -> ParsedSpec {
    let mut collector = VariantCollector::default();
    let default_context = default.map_or(Context::Unset, Context::Tech);
    let mut row_context = default_context;
    let mut skip_value_line = false;
    let mut tokens = Vec::with_capacity(64); // most lines hold fewer tokens: one allocation per parse
    let mut offset = 0;
    for raw_line in text.split('\n') {
        let line_offset = offset;
        offset += raw_line.len() + 1;
        if is_blank(raw_line) {
            continue;
        }
        // Rows without bands are recognised from their text, before any lexing.
        match row_kind(raw_line) {
            RowKind::Skipped { value_on_next_line } => {
                skip_value_line = value_on_next_line;
                continue;
            }
            RowKind::Header => continue,
            RowKind::Content if std::mem::take(&mut skip_value_line) => continue,
            RowKind::Content => {}
        }
        lexer::tokens_into(raw_line, line_offset, &mut tokens);
        // A bullet before a label does not hide it; other stray marks are warned about in `read_line`.
        let content = tokens
            .iter()
            .position(|(t, _)| !is_bullet(t))
            .unwrap_or(tokens.len());
        let tokens = &tokens[content..];
        if tokens.is_empty() {
            continue;
        }
        row_context = row_label(tokens).unwrap_or(row_context);
        if default.is_some() {
            row_context = default_context;
        }
        read_line(raw_line, line_offset, tokens, row_context, &mut collector);
    }
    collector.finish(default.is_some())
}

/// Whether a line holds only whitespace, Unicode's included.
fn is_blank(line: &str) -> bool {
    // Decided from the first byte that is not ASCII whitespace, unless that byte starts a wider character.
    match line.bytes().find(|b| !b.is_ascii_whitespace()) {
        None => true,
        Some(b) if b.is_ascii() => false,
        Some(_) => line.trim().is_empty(),
    }
}

#[inline]
fn is_bullet(token: &Token<'_>) -> bool {
    matches!(token, Token::Stray(mark) if mark.chars().all(|c| "•·▪●◦*".contains(c)))
}

enum RowKind {
    /// A row that carries no bands; its value may stand on the next line (`Speed` then `HSPA, LTE-A`).
    Skipped { value_on_next_line: bool },
    /// A section heading (`Network` alone).
    Header,
    /// Anything else.
    Content,
}

fn row_kind(line: &str) -> RowKind {
    // Bytes, not chars: this runs on every line, and labels are ASCII. Band rows and their continuation
    // lines start with a digit (`4G bands`, `1, 3, 5`): the commonest case is decided from one byte.
    let first_alphanumeric = line.bytes().find(u8::is_ascii_alphanumeric);
    if first_alphanumeric.is_none_or(|b| b.is_ascii_digit()) {
        return RowKind::Content;
    }
    let mut words = line
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return RowKind::Content;
    };
    let is = |word: &[u8], expected: &str| word.eq_ignore_ascii_case(expected.as_bytes());
    if SKIPPED_ROWS.iter().any(|row| is(first, row)) {
        return RowKind::Skipped {
            value_on_next_line: words.next().is_none(),
        };
    }
    if !HEADINGS.iter().any(|heading| is(first, heading)) {
        return RowKind::Content;
    }
    // `Network` alone heads a section; `Network Type …` is a row without bands; `Network 4G …` has bands.
    match words.next() {
        None => RowKind::Header,
        Some(second) if is(first, "network") && is(second, "type") => RowKind::Skipped {
            value_on_next_line: words.next().is_none(),
        },
        Some(_) => RowKind::Content,
    }
}

/// The context a line sets for itself and the lines continuing it: its leading technology word, if any
/// (`Network 4G` counts as `4G`).
fn row_label(tokens: &[(Token<'_>, std::ops::Range<usize>)]) -> Option<Context> {
    tokens.iter().take(2).find_map(|(token, _)| match token {
        Token::Word(word) => match meaning::keyword(word)? {
            Keyword::Switch(context) => Some(context),
            _ => None,
        },
        _ => None,
    })
}

/// Whether a word is a row label like `4G` in `4G bands`: it sets the context but does not by itself say the
/// phone has that technology.
fn is_generation_label(word: &str) -> bool {
    ["2g", "3g", "4g", "5g"]
        .iter()
        .any(|g| word.eq_ignore_ascii_case(g))
}

fn read_line(
    line: &str,
    line_offset: usize,
    tokens: &[(Token<'_>, std::ops::Range<usize>)],
    row_context: Context,
    collector: &mut VariantCollector,
) {
    let mut context = row_context;
    let mut segment = Segment::default();
    let mut line_named_something = false;
    let mut i = 0;
    while i < tokens.len() {
        let (token, span) = &tokens[i];
        i += 1;
        // Band numbers are most tokens: handled first with a plain branch, the rarer readings out of line.
        if let Token::Number { prefix, value } = token {
            line_named_something = true;
            match meaning::read_number(context, *prefix, *value) {
                Reading::Band(band) => segment.add_band(band),
                reading => {
                    let text = &line[span.start - line_offset..span.end - line_offset];
                    record_unusual_number(&mut segment, reading, span.clone(), text, *value, *prefix);
                }
            }
            continue;
        }
        match token {
            Token::Number { .. } => {} // handled above
            Token::Word(word) => match meaning::keyword(word) {
                Some(Keyword::Switch(next)) => {
                    context = next;
                    if !(i == 1 && is_generation_label(word)) {
                        line_named_something = true;
                        if let Context::Tech(t) = next {
                            segment.mention(t);
                        }
                    }
                }
                Some(Keyword::Filler) => {}
                Some(Keyword::Nothing) => line_named_something = true,
                None if word.eq_ignore_ascii_case("network") => {}
                None => match (context, meaning::read_roman(word)) {
                    (Context::Tech(Technology::Umts), Some(band)) => {
                        line_named_something = true;
                        segment.add_band(band);
                    }
                    _ => segment.warn(span.clone(), word, WarningKind::Unrecognized),
                },
            },
            Token::Annotation(_) | Token::Bar => {}
            Token::Group(inner) => {
                // `(USA/Canada)` ending a line names its variant; `(2100)` or `(unspecified)` says nothing new.
                if all_filler(inner) || !inner.bytes().any(|b| b.is_ascii_alphabetic()) {
                    continue;
                }
                // A region names a variant; a note with numbers or other scripts (`注：B41 …`) does not.
                let region_like = inner.is_ascii() && !inner.bytes().any(|b| b.is_ascii_digit());
                let at_end = tokens.get(i).is_none_or(|(t, _)| matches!(t, Token::Bar));
                if at_end && region_like {
                    let tag = (!is_sim_note(inner)).then_some((*inner, span.clone()));
                    collector.add(tag, &mut segment);
                } else {
                    segment.warn(span.clone(), inner, WarningKind::Unrecognized);
                }
            }
            Token::TagDash => {
                // The tag runs to the end of the line, a `|`, a technology word or a new list of numbers
                // (lines flattened with spaces: `… - International 1, 2, 3 - USA`).
                let tag_start = span.end;
                let mut tag_end = line_offset + line.len();
                while let Some((next, next_span)) = tokens.get(i) {
                    let ends_tag = match next {
                        Token::Bar => true,
                        Token::Word(w) => {
                            matches!(meaning::keyword(w), Some(Keyword::Switch(Context::Tech(_))))
                        }
                        Token::Number { .. } => matches!(tokens.get(i + 1), Some((Token::Number { .. }, _))),
                        _ => false,
                    };
                    if ends_tag {
                        tag_end = next_span.start;
                        break;
                    }
                    i += 1;
                }
                let raw = &line[tag_start - line_offset..tag_end - line_offset];
                let padding = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|');
                let after_padding = raw.trim_start_matches(padding);
                let tag = after_padding.trim_end_matches(padding);
                let start = tag_start + (raw.len() - after_padding.len());
                let tag = (!tag.is_empty() && !is_sim_note(tag)).then_some((tag, start..start + tag.len()));
                collector.add(tag, &mut segment);
            }
            Token::Stray(text) => segment.warn(span.clone(), text, WarningKind::Unrecognized),
        }
    }
    if !line_named_something {
        // `5G bands  SA/NSA` or `4G bands` alone: the row's technology, with no bands given.
        if let Context::Tech(t) = row_context {
            segment.mention(t);
        }
    }
    collector.add(None, &mut segment);
}

/// A number that is not simply a band: inferred, unknown, ambiguous, too large, or without a technology.
fn record_unusual_number(
    segment: &mut Segment,
    reading: Reading,
    span: std::ops::Range<usize>,
    text: &str,
    value: u32,
    prefix: lexer::Prefix,
) {
    match reading {
        Reading::Band(band) => segment.add_band(band),
        Reading::Inferred { band, mhz } => {
            segment.add_band(band);
            segment.warn(span, text, WarningKind::Inferred { band, mhz });
        }
        Reading::Unknown { technology } => {
            segment.add_unknown(technology, unknown_text(technology, value, prefix));
            segment.warn(span, text, WarningKind::UnknownBand(technology));
        }
        Reading::Ambiguous {
            technology,
            candidates,
        } => {
            segment.add_unknown(technology, format!("{value} MHz"));
            segment.warn(
                span,
                text,
                WarningKind::Ambiguous {
                    technology,
                    candidates,
                },
            );
        }
        Reading::TooLarge => segment.warn(span, text, WarningKind::TooLarge),
        Reading::NoContext => segment.warn(span, text, WarningKind::NoTechnology),
        Reading::Skipped => {}
    }
}

fn unknown_text(technology: Technology, value: u32, prefix: lexer::Prefix) -> String {
    match (technology, prefix) {
        (Technology::Lte, _) => format!("B{value}"),
        (Technology::Nr, _) => format!("n{value}"),
        (Technology::Cdma, lexer::Prefix::Bc) => format!("BC{value}"),
        (Technology::Cdma | Technology::Gsm | Technology::Umts, lexer::Prefix::None | lexer::Prefix::Mhz) => {
            format!("{value} MHz")
        }
        (_, _) => format!("B{value}"),
    }
}

/// `SIM 1 & SIM 2 (dual-SIM model only)`: a note about SIM slots, not a variant.
fn is_sim_note(tag: &str) -> bool {
    tag.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"sim"))
}

/// Whether a parenthesised group holds only understood filler (`unspecified`, `N/A`).
fn all_filler(inner: &str) -> bool {
    lexer::tokens(inner, 0).iter().all(|(t, _)| match t {
        Token::Word(w) => meaning::keyword(w) == Some(Keyword::Filler),
        Token::Bar => true,
        _ => false,
    })
}
