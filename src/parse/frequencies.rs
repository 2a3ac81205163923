//! MHz lists (`HSDPA 850 / 1900`, `LTE 800 / 1800 / 2600`, `TD-LTE 2300`): what a frequency names, read once
//! its list is complete. Band numbers in brackets win over a list (see `reader`); LTE frequencies that name
//! several bands stay unknown, never guessed.

use std::ops::Range;

use crate::band::Band;
use crate::technology::Technology;

use super::meaning::{Frequency, table_lookup};
use super::variants::Segment;
use crate::warning::WarningKind;

/// A frequency as listed.
#[derive(Debug, Clone)]
pub(super) struct Listed {
    pub(super) frequency: Frequency,
    pub(super) span: Range<usize>,
    /// Written as `1700/2100`: the AWS pair, which says nothing about 2100 MHz alone.
    pub(super) paired: bool,
}

/// Reads listed frequencies into `segment`; 2100 MHz beside a lone 1700 MHz may be the AWS downlink.
pub(super) fn read(listed: &[Listed], segment: &mut Segment, text: &str) {
    let aws_listed = listed.iter().any(|l| {
        let f = l.frequency;
        f.technology == Technology::Lte && !f.tdd && f.mhz == 1700 && !l.paired
    });
    for Listed { frequency, span, .. } in listed {
        let technology = frequency.technology;
        let unknown = || format!("{} MHz", frequency.mhz);
        let kind = match read_frequency(*frequency, aws_listed) {
            FrequencyReading::Band(band) => {
                segment.add_band(band);
                continue;
            }
            FrequencyReading::Inferred(band) => {
                segment.add_band(band);
                WarningKind::Inferred {
                    band,
                    mhz: frequency.mhz,
                }
            }
            FrequencyReading::Ambiguous(candidates) => {
                segment.add_unknown(technology, unknown());
                WarningKind::Ambiguous {
                    technology,
                    candidates,
                }
            }
            FrequencyReading::Unknown => {
                segment.add_unknown(technology, unknown());
                WarningKind::UnknownBand(technology)
            }
        };
        segment.warn(span.clone(), &text[span.clone()], kind);
    }
}

/// What a frequency names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FrequencyReading {
    /// The band, named by its frequency as GSM, UMTS and CDMA lists do (`HSDPA 850 / 1900`).
    Band(Band),
    /// An LTE band inferred from its frequency: correct for most phones, not guaranteed.
    Inferred(Band),
    /// A frequency shared by several bands (LTE `700`): kept as unknown, with the candidates.
    Ambiguous(&'static str),
    /// No band of the technology has this frequency.
    Unknown,
}

/// Reads a frequency of a list; `aws_listed` says whether the same LTE list names 1700 MHz, whose downlink
/// is at 2100 MHz.
pub(super) fn read_frequency(frequency: Frequency, aws_listed: bool) -> FrequencyReading {
    let Frequency { technology, mhz, tdd } = frequency;
    let mhz = u32::from(mhz);
    let ambiguous = match (technology, tdd, mhz) {
        (Technology::Lte, false, 700) => Some("B12, B13, B17 or B28"),
        (Technology::Lte, false, 2100) if aws_listed => Some("B1, or the downlink of AWS (B4)"),
        (Technology::Lte, true, 3500) => Some("B42 or B48"),
        _ => None,
    };
    if let Some(candidates) = ambiguous {
        return FrequencyReading::Ambiguous(candidates);
    }
    let table = match (technology, tdd) {
        (Technology::Gsm, _) => GSM_MHZ,
        (Technology::Umts, _) => UMTS_MHZ,
        (Technology::Cdma, _) => CDMA_MHZ,
        (Technology::Lte, false) => LTE_FDD_MHZ,
        (Technology::Lte, true) => LTE_TDD_MHZ,
        (Technology::Nr, _) => &[],
    };
    match table_lookup(table, mhz).and_then(|n| Band::new(technology, n)) {
        Some(band) if technology == Technology::Lte => FrequencyReading::Inferred(band),
        Some(band) => FrequencyReading::Band(band),
        None => FrequencyReading::Unknown,
    }
}

/// GSM bands are named by their MHz.
const GSM_MHZ: &[(u32, u16)] = &[(850, 850), (900, 900), (1800, 1800), (1900, 1900)];
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
/// CDMA band classes from MHz (`CDMA 800 / 1900`; Apple lists `2100` for band class 6).
const CDMA_MHZ: &[(u32, u16)] = &[(800, 0), (850, 0), (1900, 1), (2100, 6)];
/// LTE bands inferred from MHz (`LTE 800 / 1800 / 2600`); 700 is ambiguous (B12, B13, B17 or B28), and so
/// is 2100 beside 1700 (AWS). 2300 and 2500 are only TDD bands.
const LTE_FDD_MHZ: &[(u32, u16)] = &[
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
/// TD-LTE bands from MHz (`TD-LTE 1900 / 2300 / 2500 / 2600`); 3500 is ambiguous (B42 or B48).
const LTE_TDD_MHZ: &[(u32, u16)] = &[(1900, 39), (2000, 34), (2300, 40), (2500, 41), (2600, 38)];
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_name_bands_or_stay_unknown() {
        let read = |technology, mhz, tdd, aws| read_frequency(Frequency { technology, mhz, tdd }, aws);
        let b = |s: &str| s.parse::<Band>().unwrap();
        assert_eq!(
            read(Technology::Umts, 1700, false, false),
            FrequencyReading::Band(b("IV"))
        );
        assert_eq!(
            read(Technology::Gsm, 1900, false, false),
            FrequencyReading::Band(b("1900"))
        );
        assert_eq!(
            read(Technology::Cdma, 800, false, false),
            FrequencyReading::Band(b("BC0"))
        );
        assert_eq!(
            read(Technology::Lte, 2600, false, false),
            FrequencyReading::Inferred(b("B7"))
        );
        assert_eq!(
            read(Technology::Lte, 2600, true, false),
            FrequencyReading::Inferred(b("B38"))
        );
        assert_eq!(
            read(Technology::Lte, 1900, true, false),
            FrequencyReading::Inferred(b("B39"))
        );
        assert_eq!(
            read(Technology::Lte, 2100, false, false),
            FrequencyReading::Inferred(b("B1"))
        );
        assert!(matches!(
            read(Technology::Lte, 2100, false, true),
            FrequencyReading::Ambiguous(_)
        ));
        assert!(matches!(
            read(Technology::Lte, 700, false, false),
            FrequencyReading::Ambiguous(_)
        ));
        assert_eq!(
            read(Technology::Lte, 1500, false, false),
            FrequencyReading::Unknown
        );
    }
}
