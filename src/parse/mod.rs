//! Reading the band lists people paste: GSMArena Network blocks, manufacturer spec pages, MHz lists.

mod lexer;
mod meaning;
mod reader;
mod variants;

use std::fmt;
use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::band::Band;
use crate::band_set::BandSet;
use crate::phone::{UnknownBand, Variant};
use crate::technology::Technology;

/// What a parse found: the variants (at least one) and every warning, in input order.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedSpec {
    /// The variants; each carries the warnings of the lines that concern it.
    pub variants: Vec<Variant>,
    /// All warnings, in the order of the text.
    pub warnings: Vec<Warning>,
}

/// Parses a spec sheet leniently: whatever is not understood becomes a [`Warning`]. Never fails, never panics,
/// and takes time linear in the input.
///
/// # Syntax
///
/// The parser reads text line by line. A line may start with a row label (`2G bands`, `3G bands`,
/// `4G bands`, `5G bands`, then a tab or spaces); lines without a label continue the row above.
/// `Technology`, `Speed`, `GPRS`, `EDGE` and `Network` rows are skipped.
///
/// Within a line, technology words switch how numbers are read:
///
/// | words | numbers read as |
/// |---|---|
/// | `GSM`, `2G` | GSM MHz (`850 / 900 / 1800 / 1900`), or 3GPP numbers (`GSM: B2/B3/B5/B8`) |
/// | `HSDPA`, `HSPA`, `UMTS`, `WCDMA`, `3G` | UMTS MHz (`850 / 900 / 1700(AWS) / 1900 / 2100`), band numbers (`B1/2/5`) or Roman numerals |
/// | `CDMA`, `CDMA2000`, `1x`, `EV-DO` | CDMA MHz (`800 / 1900`) or band classes (`BC0`) |
/// | `LTE`, `4G`, `FDD-LTE`, `TDD-LTE` | LTE band numbers (`1, 3, 66`, `B1/B3`, `band 1(2100)`); an MHz list (`LTE 800 / 2600`) is mapped to bands with a warning |
/// | `5G`, `NR`, `5G NR` | NR band numbers (`1, 78`, `n1/n78`) |
/// | `TD-SCDMA` | skipped: not used in the US |
///
/// A prefix places a number on its own: `B66` is LTE, `n77` is NR, `BC0` is CDMA. Commas, slashes, `|`,
/// `&`, `&amp;` and spaces all separate numbers (so a missing comma, `20 25`, is fine); duplicates count once;
/// `SA/NSA/Sub6/mmWave` trailers and parenthesised MHz (`1(2100)`, `1700(AWS)`) are understood and skipped.
///
/// A line ending in ` - <tag>` (hyphen, en or em dash) or `(<region>)` belongs to the variant named by the tag
/// (` - International`, ` - SM-S921U`, ` - A2849, A2850`, `(USA/Canada)`); tags about SIMs
/// (` - SIM 1 & SIM 2 (dual-SIM)`) are notes, not variants. Tags that are equal or share a model code are one
/// variant. Lines without a tag apply to every variant; with no tags at all the phone has one variant,
/// `default`.
///
/// A technology named without numbers (`LTE`, `SA/NSA`, `N/A`) is *unknown* for the variant, not *none*.
/// A number that is no band of its technology (`n4`) is kept as an unknown band with a warning. Any other
/// text not understood becomes a warning with its byte span; [`parse_spec_strict`] turns warnings into an error.
///
/// ```
/// let spec = bandcheck::parse_spec(
///     "4G bands\t1, 2, 3, 4, 5, 7, 8, 20, 28, 38, 40, 41, 66 - International\n\
///      \t1, 2, 3, 5, 8, 40, 41 - India\n\
///      5G bands\t1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 77, 78 SA/NSA/Sub6 - International\n\
///      \t1, 3, 5, 8, 28, 40, 78 SA/NSA - India",
/// );
/// let names: Vec<&str> = spec.variants.iter().map(|v| v.name()).collect();
/// assert_eq!(names, ["International", "India"]);
/// assert_eq!(spec.variants[1].bands().to_string(), "B1, B2, B3, B5, B8, B40, B41, n1, n3, n5, n8, n28, n40, n78");
/// assert!(spec.warnings.is_empty());
/// ```
pub fn parse_spec(text: &str) -> ParsedSpec {
    reader::read(text, None)
}

/// Parses a spec sheet and fails on the first thing not understood.
///
/// # Errors
///
/// A [`ParseError`] holding every warning, for input such as `4G bands 1, 3, foo` (`foo` is not understood),
/// `5G bands n4` (no such NR band) or `LTE 800 / 1800` (band numbers only inferred from MHz).
pub fn parse_spec_strict(text: &str) -> Result<ParsedSpec, ParseError> {
    let parsed = parse_spec(text);
    if parsed.warnings.is_empty() {
        Ok(parsed)
    } else {
        Err(ParseError {
            warnings: parsed.warnings,
        })
    }
}

/// Parses one technology's band list as given on a command line or in a catalog field: `2,4,12,66`,
/// `B1/B3/B5`, `n71,n41`, `HSDPA 850 / 1900`. Bare numbers are read in `technology`; tags are ignored.
///
/// ```
/// use bandcheck::{parse_band_list, Technology};
/// let list = parse_band_list(Technology::Nr, "n71, n41 77");
/// assert_eq!(list.bands.to_string(), "n41, n71, n77");
/// ```
pub fn parse_band_list(technology: Technology, text: &str) -> BandList {
    let parsed = reader::read(text, Some(technology));
    let mut list = BandList {
        bands: BandSet::new(),
        unknown_bands: Vec::new(),
        unknown: false,
        warnings: parsed.warnings,
    };
    for variant in parsed.variants {
        list.bands = list.bands.union(variant.bands());
        list.unknown |= variant.is_unknown(technology);
        for u in variant.unknown_bands() {
            if !list.unknown_bands.contains(u) {
                list.unknown_bands.push(u.clone());
            }
        }
    }
    list.unknown &= list.bands.is_empty();
    list
}

/// One technology's band list, from [`parse_band_list`].
#[derive(Debug, Clone, PartialEq)]
pub struct BandList {
    /// The bands understood.
    pub bands: BandSet,
    /// Numbers that are no band of their technology.
    pub unknown_bands: Vec<UnknownBand>,
    /// Whether the list names the technology without any band (`LTE`, `N/A`).
    pub unknown: bool,
    /// What was not understood.
    pub warnings: Vec<Warning>,
}

/// Something in the input the parser did not fully understand, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Byte range of the offending text in the input.
    pub span: Range<usize>,
    /// The offending text.
    pub text: String,
    /// What is wrong with it.
    pub kind: WarningKind,
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

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (text, start, end) = (&self.text, self.span.start, self.span.end);
        match &self.kind {
            WarningKind::Unrecognized => write!(f, "unrecognized text `{text}` at {start}..{end}"),
            WarningKind::UnknownBand(t) => {
                write!(
                    f,
                    "`{text}` at {start}..{end} is no {} band; kept as unknown",
                    t.label()
                )
            }
            WarningKind::Inferred { band, mhz } => {
                write!(
                    f,
                    "`{text}` at {start}..{end}: band number inferred from {mhz} MHz as {band}"
                )
            }
            WarningKind::Ambiguous {
                technology,
                candidates,
            } => write!(
                f,
                "`{text}` at {start}..{end}: {} {text} MHz could be {candidates}; kept as unknown",
                technology.label()
            ),
            WarningKind::TooLarge => write!(
                f,
                "`{text}` at {start}..{end}: number too large for a band; ignored"
            ),
            WarningKind::NoTechnology => write!(
                f,
                "`{text}` at {start}..{end}: band number with no technology, expected a label such as `4G bands` or `LTE` before it"
            ),
            WarningKind::TooManyVariants => {
                write!(
                    f,
                    "`{text}` at {start}..{end}: more than 64 variants; this line is left out"
                )
            }
            WarningKind::Truncated(n) => write!(f, "{n} more warnings not shown"),
        }
    }
}

/// Warnings are serialized as their messages.
impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A strict parse found text it did not understand.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe(warnings))]
pub struct ParseError {
    /// Every warning of the lenient parse; at least one.
    pub warnings: Vec<Warning>,
}

fn describe(warnings: &[Warning]) -> String {
    match warnings {
        [] => "the spec could not be parsed".to_string(),
        [only] => only.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more)", rest.len()),
    }
}
