//! What a parse reports: warnings with their place in the input, and the errors of a strict parse.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::band::Band;
use crate::technology::Technology;

use super::plain::Plain;

/// Something in the input the parser did not fully understand, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Byte range of the offending text in the input.
    pub span: Range<usize>,
    /// 1-based line of the offending text in the input (0 for [`WarningKind::Truncated`], which has no place).
    pub line: usize,
    /// 1-based column (in characters) of the offending text on its line (0 for [`WarningKind::Truncated`]).
    pub column: usize,
    /// The offending text.
    pub text: String,
    /// What is wrong with it.
    pub kind: WarningKind,
    /// Whether the message gives the byte span rather than the line and column: a one-line band list (a
    /// command-line flag, a catalog field) is placed by its caller within a bigger text.
    in_band_list: bool,
}

/// The kinds of [`Warning`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WarningKind {
    /// Text that is no band, keyword, separator or tag.
    Unrecognized,
    /// A number that is no band of its technology; kept as an unknown band.
    UnknownBand(Technology),
    /// A band number inferred from a frequency (an LTE MHz list).
    Inferred {
        /// The band chosen.
        band: Band,
        /// The frequency given.
        mhz: u16,
    },
    /// A frequency that could be one of several bands; kept as an unknown band.
    Ambiguous {
        /// The technology.
        technology: Technology,
        /// The bands it could be.
        candidates: &'static str,
    },
    /// Digits too long to be a band number; ignored.
    TooLarge,
    /// A bare number before any technology label.
    NoTechnology,
    /// A variant tag past the limit of 64 variants; its line is left out.
    TooManyVariants,
    /// The input held more warnings than are kept; this one counts the rest.
    Truncated(usize),
}

impl Warning {
    /// A warning at `span` (byte offsets into the text being read); placed in the input by [`place`].
    pub(super) fn new(span: Range<usize>, text: &str, kind: WarningKind) -> Warning {
        Warning {
            span,
            line: 0,
            column: 0,
            text: text.to_string(),
            kind,
            in_band_list: false,
        }
    }
}

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

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = Escaped(&self.text);
        let at = At(self);
        match &self.kind {
            WarningKind::Unrecognized => write!(f, "unrecognized text `{text}` at {at}"),
            WarningKind::UnknownBand(t) => {
                write!(f, "`{text}` at {at} is no {} band; kept as unknown", t.label())
            }
            WarningKind::Inferred { band, mhz } => {
                write!(
                    f,
                    "`{text}` at {at}: band number inferred from {mhz} MHz as {band}"
                )
            }
            WarningKind::Ambiguous {
                technology,
                candidates,
            } => write!(
                f,
                "`{text}` at {at}: {} {text} MHz could be {candidates}; kept as unknown",
                technology.label()
            ),
            WarningKind::TooLarge => write!(f, "`{text}` at {at}: number too large for a band; ignored"),
            WarningKind::NoTechnology => write!(
                f,
                "`{text}` at {at}: band number with no technology, expected a label such as `4G bands` or `LTE` before it"
            ),
            WarningKind::TooManyVariants => {
                write!(
                    f,
                    "`{text}` at {at}: more than 64 variants; this line is left out"
                )
            }
            WarningKind::Truncated(n) => write!(f, "{n} more warnings not shown"),
        }
    }
}

/// Where a warning is: `line:column` in a spec sheet, the byte span in a band list.
struct At<'a>(&'a Warning);

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = self.0;
        if w.in_band_list {
            write!(f, "{}..{}", w.span.start, w.span.end)
        } else {
            write!(f, "{}:{}", w.line, w.column)
        }
    }
}

/// Text from the input, with control characters (and invisible formatting ones) escaped so that a message
/// never sends them to a terminal.
pub(super) struct Escaped<'a>(pub(super) &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if is_hidden(c) {
                write!(f, "{}", c.escape_unicode())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// `text` with control characters escaped, borrowed when it has none.
pub(super) fn escaped(text: &str) -> Cow<'_, str> {
    if text.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return Cow::Borrowed(text);
    }
    if text.chars().any(is_hidden) {
        Cow::Owned(Escaped(text).to_string())
    } else {
        Cow::Borrowed(text)
    }
}

/// Control characters, and the invisible ones that reorder or hide text.
fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}')
}

/// Warnings are serialized as their messages.
impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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
