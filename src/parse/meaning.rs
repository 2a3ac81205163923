//! What a number or a word means in the technology being read: band numbers, MHz lists, keywords.

use crate::band::{Band, from_roman};
use crate::technology::Technology;

use super::lexer::{MAX_NUMBER, Prefix};

/// The technology that numbers are read in, switched by keywords (`HSDPA`, `CDMA`, `LTE`, `TD-LTE`, `5G`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// No technology named yet: a bare number cannot be placed.
    Unset,
    /// Numbers are bands (or MHz) of this technology.
    Tech(Technology),
    /// LTE named as TDD (`TD-LTE`, `LTE TDD`): numbers are LTE bands, and MHz are those of the TDD bands.
    TdLte,
    /// A technology bandcheck does not model (TD-SCDMA): its numbers are skipped.
    Ignored,
}

impl Context {
    /// The technology of numbers read in this context.
    pub(crate) fn technology(self) -> Option<Technology> {
        match self {
            Context::Tech(t) => Some(t),
            Context::TdLte => Some(Technology::Lte),
            Context::Unset | Context::Ignored => None,
        }
    }
}

/// What a word in a spec sheet means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    /// Switches the context (`GSM`, `HSDPA`, `CDMA2000`, `LTE`, `5G`).
    Switch(Context),
    /// `TDD` or `FDD` after `LTE` (`4G LTE TDD: …`): which LTE bands MHz name.
    Duplex { tdd: bool },
    /// Understood and carries nothing (`bands`, `SA/NSA`, `SIM`, `N/A`, `MIMO`).
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
        b"gsm" | b"2g" | b"gprs" | b"edge" | b"egsm" | b"dcs" | b"pcs" => tech(Technology::Gsm),
        b"hsdpa" | b"hsupa" | b"hspa" | b"hspa+" | b"umts" | b"wcdma" | b"w-cdma" | b"3g" | b"dc-hsdpa" => {
            tech(Technology::Umts)
        }
        b"cdma" | b"cdma2000" | b"cdma1x" | b"1x" | b"1xrtt" | b"1xev-do" | b"ev-do" | b"evdo"
        | b"1xevdo" | b"cdma2000-1x" => tech(Technology::Cdma),
        b"lte" | b"4g" | b"fdd-lte" | b"lte-fdd" | b"lte-a" | b"4g+" => tech(Technology::Lte),
        b"tdd-lte" | b"lte-tdd" | b"td-lte" => Some(Keyword::Switch(Context::TdLte)),
        b"nr" | b"5g" | b"5g-nr" | b"5gnr" | b"nr-sa" | b"nr-nsa" | b"fdd-5g" | b"tdd-5g" => {
            tech(Technology::Nr)
        }
        b"td-scdma" | b"tdscdma" | b"td-hspa" => Some(Keyword::Switch(Context::Ignored)),
        b"tdd" => Some(Keyword::Duplex { tdd: true }),
        b"fdd" => Some(Keyword::Duplex { tdd: false }),
        b"band" | b"bands" | b"sa" | b"nsa" | b"sub6" | b"sub-6" | b"mmwave" | b"sim" | b"dual"
        | b"dual-sim" | b"n" | b"a" | b"na" | b"unspecified" | b"unknown" | b"mhz" | b"ghz" | b"rev"
        | b"rev.a" | b"network" | b"only" | b"model" | b"and" | b"ca" | b"support" | b"supported"
        | b"frequency" | b"frequencies" | b"market" | b"dependant" | b"dependent" | b"varies" | b"with"
        | b"mimo" | b"4x4" | b"2x2" | b"laa" | b"gigabit" | b"all" | b"models" | b"dual-band"
        | b"tri-band" | b"quad-band" | b"penta-band" => Some(Keyword::Filler),
        b"no" | b"none" => Some(Keyword::Nothing),
        _ => None,
    }
}

/// How a number was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A band, read directly.
    Band(Band),
    /// A frequency (an MHz list): which band it names is decided by `frequencies` once the whole list
    /// is known.
    Frequency(Frequency),
    /// A number that is no band of the technology; kept as unknown.
    Unknown { technology: Technology },
    /// Digits too long to be any band.
    TooLarge,
    /// A number outside any context (`66` before any `LTE`/`4G`).
    NoContext,
    /// A number in a technology bandcheck does not model (TD-SCDMA); skipped on purpose.
    Skipped,
}

/// A frequency in MHz listed for a technology.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frequency {
    pub(crate) technology: Technology,
    pub(crate) mhz: u16,
    /// Listed as TD-LTE: the frequency names a TDD band.
    pub(crate) tdd: bool,
}

/// Reads a number (with its prefix) in `context`.
#[inline]
pub(crate) fn read_number(context: Context, prefix: Prefix, value: u32) -> Reading {
    if value > MAX_NUMBER {
        return Reading::TooLarge;
    }
    // A prefix names the technology when the context does not (`B66` alone is LTE, `n77` is NR).
    let technology = match (context.technology(), prefix) {
        _ if context == Context::Ignored => return Reading::Skipped,
        (_, Prefix::N) => Technology::Nr,
        (_, Prefix::Bc) => Technology::Cdma,
        (Some(t), _) => t,
        (None, Prefix::B) => Technology::Lte,
        (None, _) => return Reading::NoContext,
    };
    // No band number of these technologies reaches 400, and no frequency is below it.
    let is_mhz = prefix == Prefix::Mhz || (prefix == Prefix::None && value >= 400);
    let number = match technology {
        Technology::Nr => u16::try_from(value).ok(),
        _ if is_mhz => {
            return Reading::Frequency(Frequency {
                technology,
                mhz: value as u16, // at most MAX_NUMBER, and checked against tables only
                tdd: context == Context::TdLte,
            });
        }
        Technology::Gsm => table_lookup(GSM_BY_3GPP_NUMBER, value),
        _ => u16::try_from(value).ok(),
    };
    match number.and_then(|n| Band::new(technology, n)) {
        Some(band) => Reading::Band(band),
        None => Reading::Unknown { technology },
    }
}

/// The 3GPP band number of each GSM band, for manufacturer lists like `GSM: B2/B3/B5/B8`.
const GSM_BY_3GPP_NUMBER: &[(u32, u16)] = &[(2, 1900), (3, 1800), (5, 850), (8, 900)];

pub(super) fn table_lookup(table: &[(u32, u16)], value: u32) -> Option<u16> {
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

    fn frequency(technology: Technology, mhz: u16, tdd: bool) -> Reading {
        Reading::Frequency(Frequency { technology, mhz, tdd })
    }

    #[test]
    fn numbers_by_context() {
        let lte = Context::Tech(Technology::Lte);
        let umts = Context::Tech(Technology::Umts);
        let gsm = Context::Tech(Technology::Gsm);
        assert_eq!(read_number(lte, Prefix::None, 66), band("B66"));
        assert_eq!(read_number(lte, Prefix::N, 78), band("n78"));
        assert_eq!(read_number(Context::TdLte, Prefix::None, 38), band("B38"));
        assert_eq!(read_number(umts, Prefix::B, 5), band("V"));
        assert_eq!(read_number(umts, Prefix::None, 2), band("II"));
        assert_eq!(read_number(gsm, Prefix::B, 8), band("900"));
        assert_eq!(read_number(Context::Unset, Prefix::B, 3), band("B3"));
        assert_eq!(read_number(Context::Unset, Prefix::None, 3), Reading::NoContext);
        assert_eq!(read_number(Context::Ignored, Prefix::B, 34), Reading::Skipped);
        assert_eq!(
            read_number(umts, Prefix::None, 1700),
            frequency(Technology::Umts, 1700, false)
        );
        assert_eq!(
            read_number(Context::TdLte, Prefix::Mhz, 2600),
            frequency(Technology::Lte, 2600, true)
        );
    }

    #[test]
    fn absurd_numbers() {
        let lte = Context::Tech(Technology::Lte);
        let nr = Context::Tech(Technology::Nr);
        let unknown = |technology| Reading::Unknown { technology };
        assert_eq!(read_number(nr, Prefix::None, 4), unknown(Technology::Nr));
        assert_eq!(read_number(lte, Prefix::B, 999_999), unknown(Technology::Lte));
        assert_eq!(read_number(lte, Prefix::None, MAX_NUMBER + 1), Reading::TooLarge);
        assert_eq!(read_number(lte, Prefix::None, 0), unknown(Technology::Lte));
    }
}
