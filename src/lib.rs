//! bandcheck: will this phone work on US carriers — fully, partly, or not at all — and why?
//!
//! A phone's bands come from a pasted spec sheet ([`parse_spec`]), band flags ([`parse_band_list`]) or the
//! bundled catalog ([`Database::phone`]). The carriers' band tables, their retired networks, voice rules and
//! policies, the MVNOs and the 3GPP band catalog are TOML files under `bands/`, embedded in the crate
//! ([`Database::bundled`]) or read from a directory of your own ([`Database::from_dir`]). Every fact names
//! its source.
//!
//! ```
//! use bandcheck::{check, parse_spec, Date, Verdict};
//!
//! // A POCO X5 Pro, as GSMArena prints it.
//! let spec = parse_spec(
//!     "4G bands\t1, 2, 3, 4, 5, 7, 8, 20, 28, 38, 40, 41, 66 - International\n\
//!      5G bands\t1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 77, 78 SA/NSA/Sub6 - International",
//! );
//! let global = &spec.variants()[0];
//! let as_of: Date = "2026-11-26".parse()?;
//! let report = &check(global, "T-Mobile", as_of)?[0];
//! assert_eq!(report.verdict, Verdict::Partial);
//! // The report says why: T-Mobile's 600 MHz coverage layer is missing.
//! let lte = report.technology(bandcheck::Technology::Lte).unwrap();
//! assert!(lte.reasons.iter().any(|r| r.starts_with("missing B71, 600 MHz (coverage)")));
//! println!("{report}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The verdict rules are documented on [`check_with`]; the accepted input on [`parse_spec`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// The README's Rust example, compiled and run as a doc test.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

mod activation;
mod band;
mod band_set;
mod carrier;
mod checker;
mod database;
mod date;
mod error;
mod parse;
mod phone;
mod spectrum;
mod technology;
mod warning;

pub use activation::{ActivationPolicy, ActivationRule, DeviceList, ListedDevice, Listing, Refusal};
pub use band::{Band, BandError};
pub use band_set::BandSet;
pub use carrier::{
    Carrier, CarrierBand, Confidence, Host, LiveBands, Mvno, Network, Policy, PolicyStatus, Role,
    SharedSpectrum, VoiceRules,
};
pub use checker::{
    Activation, Answer, Calls, CheckError, NetworkStatus, Ranked, Report, TechnologyReport, Verdict, check,
    check_all, check_all_with, check_phone, check_phone_with, check_with, rank_carriers, rank_carriers_with,
    rank_phones, rank_phones_with, report, verdict,
};
pub use database::{DATA_VERSION, Database, PhoneLookupError, Target, bundled_file_names};
pub use date::{Date, DateError};
pub use error::DataError;
pub use parse::{
    BandList, ParseError, ParsedSpec, Warning, WarningKind, parse_band_list, parse_spec, parse_spec_strict,
};
pub use phone::{Phone, UnknownBand, Variant};
pub use spectrum::{BandInfo, Duplex, FrequencyRange, Spectrum};
pub use technology::{Technology, UnknownTechnology};
