//! What a number or a word means in the technology being read: band numbers, MHz lists, keywords.

use crate::band::{Band, from_roman};
use crate::technology::Technology;

use super::lexer::Prefix;

/// The technology that numbers are read in, switched by keywords (`HSDPA`, `CDMA`, `LTE`, `5G`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// No technology named yet: a bare number cannot be placed.
    Unset,
    /// Numbers are bands (or MHz) of this technology.
    Tech(Technology),
    /// A technology bandcheck does not model (TD-SCDMA): its numbers are skipped.
    Ignored,
}

/// What a word in a spec sheet means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    /// Switches the context (`GSM`, `HSDPA`, `CDMA2000`, `LTE`, `5G`).
    Switch(Context),
    /// Understood and carries nothing (`bands`, `SA/NSA`, `FDD`, `SIM`, `N/A`).
    Filler,
    /// Says the row has no bands at all (`No`, `None`): none, not unknown.
    Nothing,
}

/// Looks a word up, ignoring case.
pub(crate) fn keyword(word: &str) -> Option<Keyword> {
    // Lowercased on the stack: this runs for every word of every paste. No keyword is longer than 12 bytes.
    let mut buffer = [0u8; 12];
    let lower = buffer.get_mut(..word.len())?;
    for (to, from) in lower.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    let tech = |t| Some(Keyword::Switch(Context::Tech(t)));
    match &*lower {
        b"gsm" | b"2g" | b"gprs" | b"edge" => tech(Technology::Gsm),
        b"hsdpa" | b"hsupa" | b"hspa" | b"hspa+" | b"umts" | b"wcdma" | b"w-cdma" | b"3g" | b"dc-hsdpa" => {
            tech(Technology::Umts)
        }
        b"cdma" | b"cdma2000" | b"cdma1x" | b"1x" | b"1xrtt" | b"1xev-do" | b"ev-do" | b"evdo"
        | b"1xevdo" | b"cdma2000-1x" => tech(Technology::Cdma),
        b"lte" | b"4g" | b"fdd-lte" | b"tdd-lte" | b"lte-fdd" | b"lte-tdd" | b"td-lte" | b"lte-a"
        | b"4g+" => tech(Technology::Lte),
        b"nr" | b"5g" | b"5g-nr" | b"5gnr" | b"nr-sa" | b"nr-nsa" => tech(Technology::Nr),
        b"td-scdma" | b"tdscdma" | b"td-hspa" => Some(Keyword::Switch(Context::Ignored)),
        b"band" | b"bands" | b"fdd" | b"tdd" | b"sa" | b"nsa" | b"sub6" | b"sub-6" | b"mmwave" | b"sim"
        | b"dual" | b"dual-sim" | b"n" | b"a" | b"na" | b"unspecified" | b"unknown" | b"mhz" | b"ghz"
        | b"rev" | b"rev.a" | b"network" | b"only" | b"model" | b"and" | b"ca" | b"support"
        | b"supported" | b"frequency" | b"frequencies" | b"market" | b"dependant" | b"dependent"
        | b"varies" => Some(Keyword::Filler),
        b"no" | b"none" => Some(Keyword::Nothing),
        _ => None,
    }
}

/// How a number was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A band, read directly.
    Band(Band),
    /// A band inferred from a frequency in MHz (an LTE MHz list): correct for most phones, not guaranteed.
    Inferred { band: Band, mhz: u16 },
    /// A number that is no band of the technology; kept as unknown.
    Unknown { technology: Technology },
    /// A frequency that names several bands (LTE `700`): kept as unknown, with the candidates.
    Ambiguous {
        technology: Technology,
        candidates: &'static str,
    },
    /// Digits too long to be any band.
    TooLarge,
    /// A number outside any context (`66` before any `LTE`/`4G`), or in an ignored technology.
    NoContext,
    /// A number in a technology bandcheck does not model (TD-SCDMA); skipped on purpose.
    Skipped,
}

/// Reads a number (with its prefix) in `context`.
#[inline]
pub(crate) fn read_number(context: Context, prefix: Prefix, value: u32) -> Reading {
    // Six digits are more than any band or frequency; longer numbers are not read as one.
    if value > 999_999 {
        return Reading::TooLarge;
    }
    // A prefix names the technology when the context does not (`B66` alone is LTE, `n77` is NR).
    let technology = match (context, prefix) {
        (Context::Ignored, _) => return Reading::Skipped,
        (_, Prefix::N) => Technology::Nr,
        (_, Prefix::Bc) => Technology::Cdma,
        (Context::Tech(t), _) => t,
        (Context::Unset, Prefix::B) => Technology::Lte,
        (Context::Unset, _) => return Reading::NoContext,
    };
    let mhz_list = prefix == Prefix::Mhz || (prefix == Prefix::None && value >= 400);
    // Most numbers are band numbers already; MHz lists and GSM's 3GPP numbers go through a table first.
    let number = match technology {
        Technology::Gsm if !mhz_list => table_lookup(GSM_BY_3GPP_NUMBER, value),
        Technology::Umts if mhz_list => table_lookup(UMTS_MHZ, value),
        Technology::Cdma if mhz_list => table_lookup(CDMA_MHZ, value),
        Technology::Lte if mhz_list && prefix != Prefix::B => return read_lte_mhz(value),
        _ => u16::try_from(value).ok(),
    };
    match number.and_then(|n| Band::new(technology, n)) {
        Some(band) => Reading::Band(band),
        None => Reading::Unknown { technology },
    }
}

/// UMTS bands from the MHz GSMArena prints (`HSDPA 850 / 900 / 1700(AWS) / 1900 / 2100`).
/// `800` is Japan's band XIX (which contains VI); a bare `1700` is AWS (IV), as GSMArena writes it.
const UMTS_MHZ: &[(u32, u16)] = &[
    (800, 19),
    (850, 5),
    (900, 8),
    (1700, 4),
    (1800, 3),
    (1900, 2),
    (2100, 1),
    (2600, 7),
];
/// CDMA band classes from MHz (`CDMA 800 / 1900`).
const CDMA_MHZ: &[(u32, u16)] = &[(800, 0), (850, 0), (1900, 1)];
/// LTE bands inferred from MHz (`LTE 800 / 1800 / 2600`); 700 is left out: it could be B12, B13, B17 or B28.
const LTE_MHZ: &[(u32, u16)] = &[
    (800, 20),
    (850, 5),
    (900, 8),
    (1700, 4),
    (1800, 3),
    (1900, 2),
    (2100, 1),
    (2300, 40),
    (2500, 41),
    (2600, 7),
];
/// The 3GPP band number of each GSM band, for manufacturer lists like `GSM: B2/B3/B5/B8`.
const GSM_BY_3GPP_NUMBER: &[(u32, u16)] = &[(2, 1900), (3, 1800), (5, 850), (8, 900)];

fn read_lte_mhz(mhz: u32) -> Reading {
    if mhz == 700 {
        return Reading::Ambiguous {
            technology: Technology::Lte,
            candidates: "B12, B13, B17 or B28",
        };
    }
    match table_lookup(LTE_MHZ, mhz).and_then(|n| Band::new(Technology::Lte, n)) {
        Some(band) => Reading::Inferred {
            band,
            mhz: mhz as u16,
        },
        None => Reading::Unknown {
            technology: Technology::Lte,
        },
    }
}

fn table_lookup(table: &[(u32, u16)], value: u32) -> Option<u16> {
    table
        .iter()
        .find(|(key, _)| *key == value)
        .map(|&(_, number)| number)
}

/// A UMTS band written as a Roman numeral (`II`, `XIX`).
pub(crate) fn read_roman(word: &str) -> Option<Band> {
    Band::new(Technology::Umts, from_roman(word)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(s: &str) -> Reading {
        Reading::Band(s.parse().unwrap())
    }

    #[test]
    fn numbers_by_context() {
        let lte = Context::Tech(Technology::Lte);
        let umts = Context::Tech(Technology::Umts);
        let gsm = Context::Tech(Technology::Gsm);
        assert_eq!(read_number(lte, Prefix::None, 66), band("B66"));
        assert_eq!(read_number(lte, Prefix::N, 78), band("n78"));
        assert_eq!(read_number(umts, Prefix::None, 1700), band("IV"));
        assert_eq!(read_number(umts, Prefix::B, 5), band("V"));
        assert_eq!(read_number(umts, Prefix::None, 2), band("II"));
        assert_eq!(read_number(gsm, Prefix::B, 8), band("900"));
        assert_eq!(read_number(gsm, Prefix::None, 1900), band("1900"));
        assert_eq!(
            read_number(Context::Tech(Technology::Cdma), Prefix::None, 800),
            band("BC0")
        );
        assert_eq!(read_number(Context::Unset, Prefix::B, 3), band("B3"));
        assert_eq!(read_number(Context::Unset, Prefix::None, 3), Reading::NoContext);
        assert_eq!(read_number(Context::Ignored, Prefix::B, 34), Reading::Skipped);
    }

    #[test]
    fn unknown_inferred_and_absurd_numbers() {
        let lte = Context::Tech(Technology::Lte);
        let nr = Context::Tech(Technology::Nr);
        assert_eq!(
            read_number(nr, Prefix::None, 4),
            Reading::Unknown {
                technology: Technology::Nr
            }
        );
        assert_eq!(
            read_number(lte, Prefix::None, 2600),
            Reading::Inferred {
                band: "B7".parse().unwrap(),
                mhz: 2600
            }
        );
        assert!(matches!(
            read_number(lte, Prefix::None, 700),
            Reading::Ambiguous { .. }
        ));
        assert_eq!(
            read_number(lte, Prefix::None, 999_999),
            Reading::Unknown {
                technology: Technology::Lte
            }
        );
        assert_eq!(read_number(lte, Prefix::None, 1_000_000), Reading::TooLarge);
        assert_eq!(
            read_number(lte, Prefix::None, 0),
            Reading::Unknown {
                technology: Technology::Lte
            }
        );
    }
}
