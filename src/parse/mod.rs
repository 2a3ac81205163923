//! Reading the band lists people paste: GSMArena Network blocks and whole pages, manufacturer spec pages,
//! HTML and Markdown tables, MHz lists. One entry point (`reader`, walking lines and tokens from `lexer`,
//! giving them meaning with `meaning`, grouping them with `variants`); each input format that really differs
//! has its own file: `plain` (Unicode punctuation) and `html` (markup) make the text plain, `page` finds the
//! network rows of a whole page, `models` the lines naming a variant (`Model A3090`, `**Global Version**`),
//! `frequencies` reads MHz lists. `warning` holds what a parse reports.

mod frequencies;
mod html;
mod lexer;
mod meaning;
mod models;
mod page;
mod plain;
mod reader;
mod variants;
mod warning;

use std::str::FromStr;

use crate::band_set::BandSet;
use crate::phone::{Phone, UnknownBand, Variant, VariantParts};
use crate::technology::Technology;

pub use crate::warning::{Warning, WarningKind};
pub use warning::ParseError;

/// What a parse found: the variants (at least one) and every warning, in input order.
///
/// [`parse_spec`] always gives one; `text.parse::<ParsedSpec>()` is the same parse but refuses input with no
/// network rows at all, and [`parse_spec_strict`] also refuses anything not understood.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedSpec {
    variants: Vec<Variant>,
    warnings: Vec<Warning>,
}

impl ParsedSpec {
    /// The variants, in the order the text gives them; each carries the warnings of the lines that concern it.
    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// All warnings, in the order of the text, each once.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The spec as a phone named `name` (the warnings stay with the variants they concern).
    ///
    /// ```
    /// let phone = bandcheck::parse_spec("4G bands\t2, 4, 12, 66, 71").into_phone("My phone");
    /// assert_eq!(phone.variants()[0].bands().to_string(), "B2, B4, B12, B66, B71");
    /// ```
    pub fn into_phone(self, name: impl Into<String>) -> Phone {
        Phone::new(name, self.variants)
    }
}

/// Parses a spec sheet leniently: whatever is not understood becomes a [`Warning`]. Never fails, never panics,
/// and takes time linear in the input.
///
/// Input with no network rows (empty, binary, prose: no line names a technology or a band, or what is not
/// understood outweighs what is) gives one `default` variant whose every technology is *unknown*, so no check
/// can rate it; `text.parse::<ParsedSpec>()` refuses such input instead.
///
/// # Syntax
///
/// The parser reads text line by line. A line may start with a row label (`2G bands`, `3G bands`,
/// `4G bands`, `5G bands`, `LTE`, `FDD-LTE:`, `5G NR`, then a tab, a colon or spaces); lines without a label
/// that start with a number, a bracket or a keyword continue the row above (` \t1, 3, 5 - India`), a line
/// starting with other words does not. A label alone on its line takes its value from the next line.
/// `Technology`, `Speed`, `GPRS` and `EDGE` rows (with their continuation lines) and the `Network` heading
/// (`Network<TAB>Technology<TAB>GSM / HSPA / LTE`) carry no bands and are skipped. `Cat 20` is an LTE
/// category, not a band.
///
/// **A whole page.** Only network rows count. The heading or any row of another section (`Launch`, `Body`,
/// `Dimensions`, `Weight`, `Display`, `Platform`, `Memory`, `Main Camera`, `Sound`, `Comms`, `Wi-Fi`,
/// `Bluetooth`, `Features`, `Battery`, `Charging`, `Misc`, `Tests`, …) ends the network block, and what
/// follows is not read until a network heading (`Network`, `Cellular and Wireless`) or a row starting with a
/// technology (`4G bands`, `5G NR`) starts one again: `161.1 x 75 x 7.9 mm` is no n75, `67W` no n67.
///
/// Within a line, technology words switch how numbers are read:
///
/// | words | numbers read as |
/// |---|---|
/// | `GSM`, `2G`, `EDGE` | GSM MHz (`850 / 900 / 1800 / 1900`), or 3GPP numbers (`GSM: B2/B3/B5/B8`) |
/// | `HSDPA`, `HSPA`, `UMTS`, `WCDMA`, `3G` | UMTS MHz (`850 / 900 / 1700(AWS) / 1900 / 2100`), band numbers (`B1/2/5`) or Roman numerals |
/// | `CDMA`, `CDMA2000`, `1x`, `EV-DO` | CDMA MHz (`800 / 1900`) or band classes (`BC0`) |
/// | `LTE`, `4G`, `FDD-LTE` | LTE band numbers (`1, 3, 66`, `B1/B3`, `band 1(2100)`); an MHz list (`LTE 800 / 2600`) is mapped to FDD bands with a warning |
/// | `TD-LTE`, `TDD-LTE`, `LTE TDD` | LTE band numbers; MHz are TDD bands (`TD-LTE 1900 / 2300 / 2500 / 2600`: B39, B40, B41, B38) |
/// | `5G`, `NR`, `5G NR` | NR band numbers (`1, 78`, `n1/n78`) |
/// | `TD-SCDMA` | skipped: not used in the US |
///
/// A prefix places a number on its own: `B66` is LTE, `n77` is NR, `BC0` is CDMA. Commas, slashes, `|`,
/// `&` and spaces all separate numbers (so a missing comma, `20 25`, is fine); duplicates count once;
/// `SA/NSA/Sub6/mmWave` trailers and parenthesised MHz (`1(2100)`, `1700(AWS)`) are understood and skipped.
///
/// **Band numbers in brackets** are read in the technology before them: Apple's `FDD-LTE (Bands 1, 2, 3)`,
/// `5G NR mmWave (Bands n258, n260)`, `UMTS/HSPA+ (850, 1700/2100, 1900 MHz)`. They win over an MHz list of
/// the same technology (`LTE 700 / 1700 / 2100 (Bands 4, 13)` is B4 and B13, nothing inferred).
///
/// **MHz never guess.** An LTE frequency that names several bands is kept as unknown with a warning: `700`
/// (B12, B13, B17 or B28), `2100` in a list that also names `1700` (B1, or the AWS downlink), TD-LTE `3500`.
/// `1700/2100` is AWS (B4, UMTS IV) as one band.
///
/// **Markup and Unicode.** HTML (`<td>`, `<br>`, entities such as `&amp;` or `&#8211;`) reads as the text a
/// browser shows, a table row as a line; Markdown table rows (`| 4G | B1/B3 |`) as rows. Unicode hyphens and
/// dashes (U+2010, U+2011, U+2013, U+2014, U+2212) are hyphens; non-breaking and other Unicode spaces are
/// spaces, and the line and paragraph separators (U+2028, U+2029, U+0085) are line breaks.
///
/// A line ending in ` - <tag>` (any dash) or `(<region>)` belongs to the variant named by the tag
/// (` - International`, ` - SM-S921U`, ` - A2849, A2850`, `(USA/Canada)`). So do lines under a line naming a
/// variant (Apple's `Model A3090`, until `All models`; a Markdown `**Global Version**` above a table) and a line
/// starting `Model G1MNW:`. Tags about SIMs (` - SIM 1 & SIM 2 (dual-SIM)`), tags naming every variant
/// (` - all versions`) and tags on a line without bands (`5G bands SA/NSA - China only`) are notes, not
/// variants. Tags that are equal or share a model code are one variant, except that a line tagged with the
/// codes of two variants of their own (` - VS985, LS990`, then ` - VS985` and ` - LS990`) applies to both.
/// Lines without a tag apply to every variant; with no tags at all the phone has one variant, `default`.
///
/// A technology named without numbers (`LTE`, `SA/NSA`, `N/A`) is *unknown* for the variant, not *none*.
/// A number that is no band of its technology (`n4`) is kept as an unknown band with a warning. Any other
/// text not understood becomes a warning with its line and column; [`parse_spec_strict`] turns warnings into an
/// error.
///
/// ```
/// let spec = bandcheck::parse_spec(
///     "4G bands\t1, 2, 3, 4, 5, 7, 8, 20, 28, 38, 40, 41, 66 - International\n\
///      \t1, 2, 3, 5, 8, 40, 41 - India\n\
///      5G bands\t1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 77, 78 SA/NSA/Sub6 - International\n\
///      \t1, 3, 5, 8, 28, 40, 78 SA/NSA - India",
/// );
/// let names: Vec<&str> = spec.variants().iter().map(|v| v.name()).collect();
/// assert_eq!(names, ["International", "India"]);
/// assert_eq!(spec.variants()[1].bands().to_string(), "B1, B2, B3, B5, B8, B40, B41, n1, n3, n5, n8, n28, n40, n78");
/// assert!(spec.warnings().is_empty());
/// ```
pub fn parse_spec(text: &str) -> ParsedSpec {
    let (parsed, network_rows) = reader::read(text, None);
    if network_rows {
        return parsed;
    }
    let nothing_known = Variant::from_parts(VariantParts {
        name: "default".to_string(),
        models: Vec::new(),
        bands: BandSet::new(),
        unknown_bands: Vec::new(),
        unknown_technologies: Technology::ALL.to_vec(),
        volte: None,
        warnings: parsed.warnings.clone(),
    });
    ParsedSpec {
        variants: vec![nothing_known],
        warnings: parsed.warnings,
    }
}

/// `text.parse::<ParsedSpec>()`: [`parse_spec`], but input with no network rows is an error.
///
/// ```
/// use bandcheck::ParsedSpec;
/// let spec: ParsedSpec = "FDD-LTE (Bands 2, 4, 66)\n5G NR (Bands n41, n71)".parse()?;
/// assert_eq!(spec.variants()[0].bands().to_string(), "B2, B4, B66, n41, n71");
/// assert!("Hello, will my phone work?".parse::<ParsedSpec>().is_err());
/// # Ok::<(), bandcheck::ParseError>(())
/// ```
impl FromStr for ParsedSpec {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<ParsedSpec, ParseError> {
        match reader::read(text, None) {
            (parsed, true) => Ok(parsed),
            (_, false) => Err(ParseError::no_network_rows(text)),
        }
    }
}

/// Parses a spec sheet and fails on anything not understood.
///
/// # Errors
///
/// [`ParseError::NoNetworkRows`] for input with no network row at all (``, `hello`, binary data), and
/// [`ParseError::Unclear`] holding every warning for input such as `4G bands 1, 3, foo` (`foo` is not
/// understood), `5G bands n4` (no such NR band) or `LTE 800 / 1800` (band numbers only inferred from MHz).
pub fn parse_spec_strict(text: &str) -> Result<ParsedSpec, ParseError> {
    let parsed: ParsedSpec = text.parse()?;
    if parsed.warnings.is_empty() {
        Ok(parsed)
    } else {
        Err(ParseError::Unclear(parsed.warnings))
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
    let (parsed, _) = reader::read(text, Some(technology));
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
