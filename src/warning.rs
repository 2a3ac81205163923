//! What the parser reports about text it did not fully understand: a warning with its place in the input. Its own
//! module so that a phone variant can carry its warnings without depending on the parser.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::band::Band;
use crate::technology::Technology;

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
    pub(crate) in_band_list: bool,
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
    /// A warning at `span` (byte offsets into the text being read); the parser then places it in the input.
    pub(crate) fn new(span: Range<usize>, text: &str, kind: WarningKind) -> Warning {
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
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

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
pub(crate) fn escaped(text: &str) -> Cow<'_, str> {
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
