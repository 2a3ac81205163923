//! A single band: a technology and its identifier, with one canonical printed form.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::spectrum::Spectrum;
use crate::technology::Technology;

/// One band of the 3GPP/3GPP2 catalog: LTE `B66`, NR `n77`, UMTS `II`, GSM `850`, CDMA `BC0`.
///
/// A `Band` always names a band of the bundled spectrum catalog; numbers that are no band of their
/// technology (GSMArena prints `n4`) are kept by the parser as [`UnknownBand`](crate::UnknownBand)s.
///
/// # Syntax
///
/// | technology | form | examples |
/// |---|---|---|
/// | LTE | `B` + number | `B2`, `B66`, `B71` |
/// | NR | `n` + number | `n41`, `n77`, `n260` |
/// | UMTS | Roman numeral | `I`, `II`, `IV`, `XIX` |
/// | GSM | MHz | `850`, `900`, `1800`, `1900` |
/// | CDMA | `BC` + band class | `BC0`, `BC1`, `BC10` |
///
/// Letters are accepted in either case (`b66`, `N77`, `ii`); [`Display`](fmt::Display) prints the forms above.
///
/// ```
/// use bandcheck::{Band, Technology};
/// let b66: Band = "b66".parse()?;
/// assert_eq!(b66.technology(), Technology::Lte);
/// assert_eq!(b66.to_string(), "B66");
/// assert!("B15".parse::<Band>().is_err()); // reserved, not a band
/// # Ok::<(), bandcheck::BandError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Band {
    technology: Technology,
    number: u16,
    /// Position in its technology's 128-bit set, worked out once: set operations use it on every band.
    bit: u8,
}

/// GSM bands are named by MHz; their bit positions in a [`BandSet`](crate::BandSet).
const GSM_BANDS: [u16; 4] = [850, 900, 1800, 1900];
/// NR FR2 band numbers start here; they are stored after the FR1 bits.
const NR_FR2_FIRST: u16 = 257;
/// Bit of the first FR2 band in the NR bitset (FR1 uses bits 1..=119).
const NR_FR2_BIT: u32 = 120;

impl Band {
    /// The band of `technology` with this number (GSM: its MHz name), if the spectrum catalog has it.
    #[inline]
    pub fn new(technology: Technology, number: u16) -> Option<Band> {
        let band = Band::representable(technology, number)?;
        Spectrum::bundled().has(band).then_some(band)
    }

    /// A band that fits in a [`BandSet`](crate::BandSet), whether or not the catalog lists it.
    /// Only the catalog loader uses this; everyone else goes through [`Band::new`].
    #[inline]
    pub(crate) fn representable(technology: Technology, number: u16) -> Option<Band> {
        let bit = bit_of(technology, number)?;
        Some(Band {
            technology,
            number,
            bit: bit as u8,
        })
    }

    /// The technology of this band.
    pub fn technology(self) -> Technology {
        self.technology
    }

    /// The band number (LTE 66, NR 77, UMTS 2 for `II`, CDMA 0 for `BC0`) or, for GSM, its MHz name.
    pub fn number(self) -> u16 {
        self.number
    }

    /// Position of this band in its technology's 128-bit set.
    pub(crate) fn bit(self) -> u32 {
        u32::from(self.bit)
    }

    /// The band stored at `bit` of `technology`'s set; the inverse of [`Band::bit`].
    pub(crate) fn from_bit(technology: Technology, bit: u32) -> Band {
        let number = match technology {
            Technology::Gsm => GSM_BANDS[bit as usize],
            Technology::Nr if bit >= NR_FR2_BIT => NR_FR2_FIRST + (bit - NR_FR2_BIT) as u16,
            _ => bit as u16,
        };
        Band {
            technology,
            number,
            bit: bit as u8,
        }
    }
}

/// Where a band of `technology` with this number sits in a 128-bit set, if it fits.
#[inline]
fn bit_of(technology: Technology, n: u16) -> Option<u32> {
    let bit = match technology {
        Technology::Gsm => GSM_BANDS.iter().position(|&mhz| mhz == n)? as u32,
        Technology::Nr if n >= NR_FR2_FIRST => {
            let bit = NR_FR2_BIT + u32::from(n - NR_FR2_FIRST);
            (bit < 128).then_some(bit)?
        }
        Technology::Nr => (n >= 1 && u32::from(n) < NR_FR2_BIT).then_some(u32::from(n))?,
        Technology::Cdma => (n < 128).then_some(u32::from(n))?,
        Technology::Umts | Technology::Lte => (1..128).contains(&n).then_some(u32::from(n))?,
    };
    Some(bit)
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

impl Band {
    /// The canonical id (`B66`, `n77`, `II`, `850`, `BC0`) as text on the stack: a report prints many bands,
    /// and neither an allocation nor the `write!` machinery is needed for a few characters.
    pub(crate) fn id(self) -> BandId {
        let mut id = BandId {
            bytes: [0; BandId::CAPACITY],
            len: 0,
        };
        let prefix = match self.technology {
            Technology::Lte => "B",
            Technology::Nr => "n",
            Technology::Cdma => "BC",
            Technology::Gsm => "",
            Technology::Umts => {
                id.push_roman(self.number);
                return id;
            }
        };
        id.push(prefix);
        id.push_decimal(self.number);
        id
    }
}

/// A band's id as text, without allocating; see [`Band::id`].
pub(crate) struct BandId {
    bytes: [u8; BandId::CAPACITY],
    len: usize,
}

impl BandId {
    /// Room for the longest id of a representable band (UMTS 118 is `XLXLXXXVIII`).
    const CAPACITY: usize = 16;

    fn push(&mut self, text: &str) {
        self.bytes[self.len..self.len + text.len()].copy_from_slice(text.as_bytes());
        self.len += text.len();
    }

    fn push_decimal(&mut self, n: u16) {
        let mut digits = [0u8; 5];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        self.bytes[self.len..self.len + digits.len() - start].copy_from_slice(&digits[start..]);
        self.len += digits.len() - start;
    }

    fn push_roman(&mut self, n: u16) {
        roman_digits(n).for_each(|digit| self.push(digit));
    }
}

impl std::ops::Deref for BandId {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII is ever pushed.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl Serialize for Band {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a string is not a [`Band`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BandError {
    /// The text has none of the band forms (`B66`, `n77`, `II`, `850`, `BC0`).
    #[error("invalid band `{0}`, expected a form like B66, n77, II, 850 or BC0")]
    Syntax(String),
    /// The form is right but the catalog has no such band (`B15` is reserved, `n4` does not exist).
    #[error("unknown band `{text}`: no such {technology} band in the 3GPP catalog")]
    Unknown {
        /// The text as given.
        text: String,
        /// The technology its form names.
        technology: &'static str,
    },
}

impl FromStr for Band {
    type Err = BandError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (technology, number) = split_band_text(s).ok_or_else(|| BandError::Syntax(s.to_string()))?;
        Band::new(technology, number).ok_or_else(|| BandError::Unknown {
            text: s.to_string(),
            technology: technology.label(),
        })
    }
}

/// Reads the technology and number from a band's text, without checking the catalog.
pub(crate) fn split_band_text(s: &str) -> Option<(Technology, u16)> {
    let digits = |rest: &str| -> Option<u16> {
        if rest.is_empty() || rest.len() > 5 || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        rest.parse().ok()
    };
    let bytes = s.as_bytes();
    match bytes.first()? {
        b'B' | b'b' if bytes.get(1).is_some_and(|c| c.eq_ignore_ascii_case(&b'c')) => {
            Some((Technology::Cdma, digits(&s[2..])?))
        }
        b'B' | b'b' => Some((Technology::Lte, digits(&s[1..])?)),
        b'n' | b'N' => Some((Technology::Nr, digits(&s[1..])?)),
        b'0'..=b'9' => Some((Technology::Gsm, digits(s)?)),
        _ => Some((Technology::Umts, from_roman(s)?)),
    }
}

/// The Roman numeral of `n` (UMTS bands I–XXXII), as a string.
pub(crate) fn to_roman(n: u16) -> String {
    roman_digits(n).collect()
}

/// The digits of `n`'s Roman numeral, largest first (`XIX`: `X`, `IX`); `to_roman` and [`Band::id`] both
/// write them.
fn roman_digits(mut n: u16) -> impl Iterator<Item = &'static str> {
    const DIGITS: [(u16, &str); 6] = [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    DIGITS.into_iter().flat_map(move |(value, digit)| {
        let count = n / value;
        n %= value;
        std::iter::repeat_n(digit, usize::from(count))
    })
}

/// Parses a Roman numeral below 50, accepting only the canonical spelling (`IV`, not `IIII`).
pub(crate) fn from_roman(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let upper = s.to_ascii_uppercase();
    let mut value: u16 = 0;
    let mut prev = 0u16;
    for c in upper.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            _ => return None,
        };
        if v < prev {
            value = value.checked_sub(v)?;
        } else {
            value += v;
            prev = v;
        }
    }
    (value > 0 && to_roman(value) == upper).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_round_trip() {
        for n in 1..50 {
            assert_eq!(from_roman(&to_roman(n)), Some(n), "{n}");
        }
        assert_eq!(to_roman(19), "XIX");
        assert_eq!(to_roman(32), "XXXII");
        assert_eq!(from_roman("IIII"), None);
        assert_eq!(from_roman("VX"), None);
        assert_eq!(from_roman("xix"), Some(19));
    }

    #[test]
    fn canonical_forms() {
        for text in ["B66", "n77", "II", "850", "BC0", "n261", "XIX", "BC10", "B113"] {
            assert_eq!(text.parse::<Band>().unwrap().to_string(), text);
        }
        assert_eq!("bc1".parse::<Band>().unwrap().to_string(), "BC1");
    }

    #[test]
    fn ids_of_every_representable_band() {
        let mut seen = 0;
        for technology in Technology::ALL {
            for number in 0..=u16::MAX {
                let Some(band) = Band::representable(technology, number) else {
                    continue;
                };
                let expected = match technology {
                    Technology::Lte => format!("B{number}"),
                    Technology::Nr => format!("n{number}"),
                    Technology::Cdma => format!("BC{number}"),
                    Technology::Gsm => number.to_string(),
                    Technology::Umts => to_roman(number),
                };
                assert_eq!(band.to_string(), expected);
                seen += 1;
            }
        }
        assert!(seen > 500, "{seen}");
    }

    #[test]
    fn errors_name_the_text() {
        assert_eq!(
            "n4".parse::<Band>().unwrap_err().to_string(),
            "unknown band `n4`: no such 5G NR band in the 3GPP catalog"
        );
        assert_eq!(
            "LTE".parse::<Band>().unwrap_err().to_string(),
            "invalid band `LTE`, expected a form like B66, n77, II, 850 or BC0"
        );
        assert!("B999999999999".parse::<Band>().is_err());
        assert!("".parse::<Band>().is_err());
    }
}
