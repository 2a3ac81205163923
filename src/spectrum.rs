//! The 3GPP/3GPP2 band catalog (`bands/spectrum/*.toml`) and band containment derived from it.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::band::{Band, split_band_text};
use crate::band_set::{BandSet, Bits};
use crate::date::Date;
use crate::error::{DataError, FileContext};
use crate::technology::Technology;

/// How a band uses its spectrum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum Duplex {
    /// Paired uplink and downlink ranges.
    #[serde(rename = "FDD")]
    Fdd,
    /// One range shared in time by uplink and downlink.
    #[serde(rename = "TDD")]
    Tdd,
    /// Supplemental downlink: downlink only, usable only aggregated with another band.
    #[serde(rename = "SDL")]
    Sdl,
    /// Supplemental uplink: uplink only.
    #[serde(rename = "SUL")]
    Sul,
}

impl Duplex {
    fn parse(text: &str) -> Option<Duplex> {
        match text {
            "FDD" => Some(Duplex::Fdd),
            "TDD" => Some(Duplex::Tdd),
            "SDL" => Some(Duplex::Sdl),
            "SUL" => Some(Duplex::Sul),
            _ => None,
        }
    }

    /// Whether the band can carry a connection on its own (FDD and TDD can; SDL and SUL cannot).
    pub fn is_standalone(self) -> bool {
        matches!(self, Duplex::Fdd | Duplex::Tdd)
    }
}

/// A frequency range in MHz, stored in kHz so containment is exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FrequencyRange {
    low: u32,
    high: u32,
}

impl FrequencyRange {
    /// The lower edge in MHz.
    pub fn low_mhz(self) -> f64 {
        f64::from(self.low) / 1000.0
    }

    /// The upper edge in MHz.
    pub fn high_mhz(self) -> f64 {
        f64::from(self.high) / 1000.0
    }

    /// Whether `other` lies within this range.
    pub fn contains(self, other: FrequencyRange) -> bool {
        self.low <= other.low && other.high <= self.high
    }
}

impl fmt::Display for FrequencyRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{} MHz", self.low_mhz(), self.high_mhz())
    }
}

/// What the catalog knows of one band.
#[derive(Debug, Clone, PartialEq)]
pub struct BandInfo {
    band: Band,
    duplex: Duplex,
    uplink: Option<FrequencyRange>,
    downlink: Option<FrequencyRange>,
    names: Vec<String>,
    restricted: Option<String>,
}

impl BandInfo {
    /// The band.
    pub fn band(&self) -> Band {
        self.band
    }

    /// Its duplex mode.
    pub fn duplex(&self) -> Duplex {
        self.duplex
    }

    /// Uplink range (for TDD, the shared range); `None` for downlink-only bands.
    pub fn uplink(&self) -> Option<FrequencyRange> {
        self.uplink
    }

    /// Downlink range (for TDD, the shared range); `None` for uplink-only bands.
    pub fn downlink(&self) -> Option<FrequencyRange> {
        self.downlink
    }

    /// Common names, most familiar first ("AWS-1", "PCS", "C-band").
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Why phones do not use this band for service (NB-IoT only, broadcast only), if they don't.
    pub fn restricted(&self) -> Option<&str> {
        self.restricted.as_deref()
    }

    /// Whether a phone with this band can use a carrier's `other` band: same technology, same duplex mode,
    /// and both of `other`'s ranges inside this band's.
    pub fn serves(&self, other: &BandInfo) -> bool {
        let within = |mine: Option<FrequencyRange>, theirs: Option<FrequencyRange>| match (mine, theirs) {
            (Some(m), Some(t)) => m.contains(t),
            (None, None) => true,
            _ => false,
        };
        self.band.technology() == other.band.technology()
            && self.duplex == other.duplex
            && within(self.uplink, other.uplink)
            && within(self.downlink, other.downlink)
    }
}

/// The band catalog: every band bandcheck knows, with containment precomputed per band.
#[derive(Debug, Clone)]
pub struct Spectrum {
    /// Per technology, per bit: the band's entry.
    infos: [Vec<Option<BandInfo>>; Technology::COUNT],
    /// Per technology, per bit: the bands a phone with that band can use (itself included).
    served_by: [[u128; 128]; Technology::COUNT],
    known: BandSet,
    /// The oldest `checked` date of the catalog files.
    checked: Option<Date>,
}

/// The embedded catalog files, in technology order.
const BUNDLED: [(Technology, &str, &str); Technology::COUNT] = [
    (
        Technology::Gsm,
        "spectrum/gsm.toml",
        include_str!("../bands/spectrum/gsm.toml"),
    ),
    (
        Technology::Umts,
        "spectrum/umts.toml",
        include_str!("../bands/spectrum/umts.toml"),
    ),
    (
        Technology::Cdma,
        "spectrum/cdma.toml",
        include_str!("../bands/spectrum/cdma.toml"),
    ),
    (
        Technology::Lte,
        "spectrum/lte.toml",
        include_str!("../bands/spectrum/lte.toml"),
    ),
    (
        Technology::Nr,
        "spectrum/nr.toml",
        include_str!("../bands/spectrum/nr.toml"),
    ),
];

impl Spectrum {
    /// The oldest date the catalog files were checked against their sources.
    pub fn checked(&self) -> Option<Date> {
        self.checked
    }

    /// The catalog embedded in the crate, parsed once.
    #[inline]
    pub fn bundled() -> &'static Spectrum {
        static BUNDLED_SPECTRUM: OnceLock<Spectrum> = OnceLock::new();
        BUNDLED_SPECTRUM.get_or_init(|| {
            // The bundled files are validated by the test suite; a failure here is a build defect.
            Spectrum::from_files(BUNDLED).unwrap_or_else(|e| panic!("bundled spectrum catalog: {e}"))
        })
    }

    /// Parses and validates catalog files given as (technology, file name, text).
    pub(crate) fn from_files<'a>(
        files: impl IntoIterator<Item = (Technology, &'a str, &'a str)>,
    ) -> Result<Spectrum, DataError> {
        let mut infos: [Vec<Option<BandInfo>>; Technology::COUNT] = Default::default();
        for list in &mut infos {
            list.resize(128, None);
        }
        let mut checked: Option<Date> = None;
        for (technology, file, text) in files {
            let context = FileContext { file, text };
            let (infos_of_file, file_checked) = parse_file(&context, technology)?;
            checked = Some(checked.map_or(file_checked, |c| c.min(file_checked)));
            for info in infos_of_file {
                let bit = info.band.bit() as usize;
                infos[technology.index()][bit] = Some(info);
            }
        }
        let mut served_by = [[0u128; 128]; Technology::COUNT];
        let mut known = BandSet::new();
        for technology in Technology::ALL {
            let bands: Vec<&BandInfo> = infos[technology.index()].iter().flatten().collect();
            let table = &mut served_by[technology.index()];
            for phone in &bands {
                known.insert(phone.band);
                for carrier in bands.iter().filter(|c| phone.serves(c)) {
                    table[phone.band.bit() as usize] |= 1u128 << carrier.band.bit();
                }
            }
        }
        Ok(Spectrum {
            infos,
            served_by,
            known,
            checked,
        })
    }

    /// The catalog entry of `band`.
    pub fn info(&self, band: Band) -> Option<&BandInfo> {
        let bit = band.bit();
        self.infos[band.technology().index()][bit as usize].as_ref()
    }

    /// Whether the catalog has `band`.
    #[inline]
    pub fn has(&self, band: Band) -> bool {
        self.known.contains(band)
    }

    /// Every band in the catalog.
    pub fn bands(&self) -> BandSet {
        self.known
    }

    /// Every band a phone with `phone_bands` can use: its own bands plus the ones they contain.
    pub fn served(&self, phone_bands: &BandSet) -> BandSet {
        let mut out = BandSet::new();
        for technology in Technology::ALL {
            let table = &self.served_by[technology.index()];
            let word = Bits(phone_bands.word(technology)).fold(0u128, |acc, bit| acc | table[bit as usize]);
            out.set_word(technology, word);
        }
        out
    }

    /// Whether a phone band serves a carrier band (`B66` serves `B4`; `B4` does not serve `B66`): a lookup in the
    /// table built from the frequency ranges.
    pub fn serves(&self, phone_band: Band, carrier_band: Band) -> bool {
        let (p, c) = (phone_band.bit(), carrier_band.bit());
        phone_band.technology() == carrier_band.technology()
            && self.served_by[phone_band.technology().index()][p as usize] & (1u128 << c) != 0
    }

    /// A short label for reports: `B71, 600 MHz` (the id alone when the band has no common name).
    pub fn label(&self, band: Band) -> String {
        match self.info(band).and_then(|i| i.names.first()) {
            Some(name) => format!("{band}, {name}"),
            None => band.to_string(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpectrumFile {
    checked: Spanned<toml::value::Datetime>,
    #[allow(dead_code)] // provenance for people reading the file; checked non-empty below
    source: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
    band: Vec<RawBandInfo>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBandInfo {
    id: Spanned<String>,
    duplex: Spanned<String>,
    uplink: Option<Spanned<[f64; 2]>>,
    downlink: Option<Spanned<[f64; 2]>>,
    #[serde(default)]
    names: Vec<String>,
    restricted: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// The bands of one catalog file, and the date the file was checked.
fn parse_file(context: &FileContext<'_>, technology: Technology) -> Result<(Vec<BandInfo>, Date), DataError> {
    let raw: Spanned<RawSpectrumFile> = toml::from_str(context.text).map_err(|e| context.toml_error(&e))?;
    let span = raw.span();
    let raw = raw.into_inner();
    if !raw.source.iter().any(|s| s.starts_with("https://")) {
        return Err(context.error(span, "expected a `source` with an https:// URL"));
    }
    let dt = raw.checked.get_ref();
    let checked = Date::from_toml(dt).ok_or_else(|| {
        context.error(
            raw.checked.span(),
            format!("invalid date `{dt}`, expected a date like 2022-02-22"),
        )
    })?;
    let mut seen = BandSet::new();
    let mut out = Vec::with_capacity(raw.band.len());
    for entry in raw.band {
        let id_span = entry.id.span();
        let info = band_info(context, technology, entry)?;
        if !seen.insert(info.band) {
            return Err(context.error(id_span, format!("duplicate band `{}`", info.band)));
        }
        out.push(info);
    }
    Ok((out, checked))
}

fn band_info(
    context: &FileContext<'_>,
    technology: Technology,
    raw: RawBandInfo,
) -> Result<BandInfo, DataError> {
    let id_span = raw.id.span();
    let band = split_band_text(raw.id.get_ref())
        .filter(|(t, _)| *t == technology)
        .and_then(|(t, n)| Band::representable(t, n))
        .filter(|b| b.to_string() == *raw.id.get_ref())
        .ok_or_else(|| {
            context.error(
                id_span.clone(),
                format!(
                    "invalid band id `{}`, expected a canonical {} band id",
                    raw.id.get_ref(),
                    technology.label()
                ),
            )
        })?;
    let duplex = Duplex::parse(raw.duplex.get_ref()).ok_or_else(|| {
        context.error(
            raw.duplex.span(),
            format!(
                "invalid duplex `{}`, expected FDD, TDD, SDL or SUL",
                raw.duplex.get_ref()
            ),
        )
    })?;
    let uplink = raw.uplink.map(|r| range(context, r)).transpose()?;
    let downlink = raw.downlink.map(|r| range(context, r)).transpose()?;
    // TDD bands give their one range as `downlink`; containment compares it on both sides.
    let (uplink, downlink) = match duplex {
        Duplex::Tdd => (uplink.or(downlink), downlink.or(uplink)),
        _ => (uplink, downlink),
    };
    let expected = match duplex {
        Duplex::Fdd | Duplex::Tdd => (true, true),
        Duplex::Sdl => (false, true),
        Duplex::Sul => (true, false),
    };
    if (uplink.is_some(), downlink.is_some()) != expected {
        return Err(context.error(
            id_span,
            format!(
                "band `{band}` is {} but its ranges do not match: expected uplink {}, downlink {}",
                raw.duplex.get_ref(),
                if expected.0 { "present" } else { "absent" },
                if expected.1 { "present" } else { "absent" }
            ),
        ));
    }
    Ok(BandInfo {
        band,
        duplex,
        uplink,
        downlink,
        names: raw.names,
        restricted: raw.restricted,
    })
}

fn range(context: &FileContext<'_>, raw: Spanned<[f64; 2]>) -> Result<FrequencyRange, DataError> {
    let [low, high] = *raw.get_ref();
    let khz = |mhz: f64| -> Option<u32> {
        let k = mhz * 1000.0;
        (mhz.is_finite() && (0.0..1e9).contains(&k) && (k - k.round()).abs() < 1e-6).then(|| k.round() as u32)
    };
    match (khz(low), khz(high)) {
        (Some(low), Some(high)) if low < high => Ok(FrequencyRange { low, high }),
        _ => Err(context.error(
            raw.span(),
            format!("invalid range `[{low}, {high}]`, expected [low, high] in MHz with low < high, to 1 kHz"),
        )),
    }
}
