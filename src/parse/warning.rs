//! Where the parser's warnings are in the input, and the errors of a strict parse.

use crate::warning::{Escaped, Warning};

use super::plain::Plain;

/// Gives each warning its span, line and column in the input; `warnings` hold spans into the plain text and
/// are sorted by them. Returns a function placing any copy of these warnings the same way.
pub(super) fn place(
    warnings: &mut [Warning],
    plain: &Plain,
    in_band_list: bool,
) -> impl Fn(&mut Warning) + use<> {
    let mut places = Vec::with_capacity(warnings.len());
    let mut cursor = Cursor::default();
    for w in warnings.iter_mut() {
        let plain_span = w.span.clone();
        let start = plain.to_input(plain_span.start);
        let end = plain.to_input(plain_span.end).max(start);
        let (line, column) = cursor.advance_to(plain.input, start);
        w.span = start..end;
        (w.line, w.column, w.in_band_list) = (line, column, in_band_list);
        places.push((plain_span, w.span.clone(), line, column));
    }
    move |w: &mut Warning| {
        if let Some((_, span, line, column)) = places.iter().find(|(plain, ..)| *plain == w.span) {
            (w.span, w.line, w.column, w.in_band_list) = (span.clone(), *line, *column, in_band_list);
        }
    }
}

/// Walks the input once, forward, counting lines and characters.
struct Cursor {
    offset: usize,
    line: usize,
    column: usize,
}

impl Default for Cursor {
    fn default() -> Cursor {
        Cursor {
            offset: 0,
            line: 1,
            column: 1,
        }
    }
}

impl Cursor {
    /// Line and column of byte `offset`, which is not before the last one asked for.
    fn advance_to(&mut self, input: &str, offset: usize) -> (usize, usize) {
        let offset = offset.clamp(self.offset, input.len());
        for &b in &input.as_bytes()[self.offset..offset] {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // the first byte of a character
                self.column += 1;
            }
        }
        self.offset = offset;
        (self.line, self.column)
    }
}

/// A spec sheet that cannot be used: no network rows at all, or (in a strict parse) text not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input has no network rows: it is empty, binary, or some other text (no line names a technology or
    /// a band, or what is not understood outweighs what is).
    #[error(
        "no network rows found, expected lines such as `4G bands 1, 3, 7`, `FDD-LTE: B1/B3/B7` or `5G NR (Bands n1, n78)`, found {found}"
    )]
    NoNetworkRows {
        /// What was found instead: `empty input`, `only whitespace`, or the start of the text in backticks
        /// (control characters escaped).
        found: String,
    },
    /// A strict parse found text it did not understand; holds every warning (at least one).
    #[error("{}", describe(.0))]
    Unclear(Vec<Warning>),
}

impl ParseError {
    /// The error for input with no network rows, describing what it holds.
    pub(super) fn no_network_rows(input: &str) -> ParseError {
        const SHOWN: usize = 40;
        let text = input.trim();
        let found = if input.is_empty() {
            "empty input".to_string()
        } else if text.is_empty() {
            "only whitespace".to_string()
        } else {
            let mut shown: String = text.chars().take(SHOWN).collect();
            if shown.len() < text.len() {
                shown.push('…');
            }
            format!("`{}`", Escaped(&shown))
        };
        ParseError::NoNetworkRows { found }
    }

    /// The warnings of a strict parse; empty for other errors.
    pub fn warnings(&self) -> &[Warning] {
        match self {
            ParseError::Unclear(warnings) => warnings,
            ParseError::NoNetworkRows { .. } => &[],
        }
    }
}

fn describe(warnings: &[Warning]) -> String {
    match warnings {
        [] => "the spec could not be parsed".to_string(),
        [only] => only.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more)", rest.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_counts_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        let mut cursor = Cursor::default();
        assert_eq!(cursor.advance_to(text, 0), (1, 1));
        assert_eq!(cursor.advance_to(text, 6), (2, 1));
        assert_eq!(cursor.advance_to(text, 9), (2, 3));
        assert_eq!(cursor.advance_to(text, 999), (3, 1));
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            Escaped("a\u{1b}[31mb\u{0}\u{202e}").to_string(),
            "a\\u{1b}[31mb\\u{0}\\u{202e}"
        );
        assert_eq!(
            ParseError::no_network_rows("\u{7}hello").to_string(),
            "no network rows found, expected lines such as `4G bands 1, 3, 7`, `FDD-LTE: B1/B3/B7` or `5G NR (Bands n1, n78)`, found `\\u{7}hello`"
        );
        assert!(
            ParseError::no_network_rows("")
                .to_string()
                .ends_with("found empty input")
        );
        assert!(
            ParseError::no_network_rows(" \n\t")
                .to_string()
                .ends_with("found only whitespace")
        );
    }
}
