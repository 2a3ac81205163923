//! bandcheck: will this phone work on US carriers — fully, partly, or not at all — and why?
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod band;
mod band_set;
mod carrier;
pub mod check;
mod database;
mod date;
mod error;
mod parse;
mod phone;
mod spectrum;
mod technology;

pub use band::{Band, BandError};
pub use band_set::BandSet;
pub use carrier::{
    Carrier, CarrierBand, Confidence, LiveBands, Mvno, Network, Policy, PolicyStatus, Role, VoiceRules,
};
pub use check::{Report, Verdict, check, check_all, rank_carriers, rank_phones};
pub use database::{DATA_CHECKED, DATA_VERSION, Database, Target, bundled_file_names};
pub use date::{Date, DateError};
pub use error::DataError;
pub use parse::{
    BandList, ParseError, ParsedSpec, Warning, WarningKind, parse_band_list, parse_spec, parse_spec_strict,
};
pub use phone::{Phone, UnknownBand, Variant};
pub use spectrum::{BandInfo, Duplex, FrequencyRange, Spectrum};
pub use technology::{Technology, UnknownTechnology};
