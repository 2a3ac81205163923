//! The TOML schema of the data files, as written. Private: loading converts it into validated public types.

use std::borrow::Cow;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::activation::{ActivationRule, Refusal};
use crate::carrier::{Confidence, PolicyStatus, Role};

pub(super) type Text = Spanned<String>;
pub(super) type DateValue = Spanned<Datetime>;
/// A band line: borrowed from the file when the fast reader can (`toml` always gives an owned one).
pub(super) type Line<'a> = Spanned<Cow<'a, str>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCarrier {
    pub id: Text,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub hosts: Option<Spanned<Vec<RawHost>>>,
    /// Whether the band tables hold every band the carrier runs (regional carriers often do not).
    pub bands_complete: Option<bool>,
    pub checked: DateValue,
    pub sources: Spanned<Vec<Text>>,
    #[serde(default)]
    pub networks: RawNetworks,
    #[serde(default)]
    pub voice: Option<RawVoice>,
    pub activation: Option<RawActivation>,
    #[serde(default)]
    pub policy: Vec<RawPolicy>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawActivation {
    pub rule: ActivationRule,
    pub refuses: Refusal,
    pub since: Option<DateValue>,
    pub text: String,
    pub status: PolicyStatus,
    pub sources: Spanned<Vec<Text>>,
    pub list: Option<RawDeviceList>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeviceList {
    pub name: String,
    pub title: String,
    pub date: Option<DateValue>,
    pub complete: bool,
    #[serde(default)]
    pub brands_complete: Vec<String>,
    pub sources: Spanned<Vec<Text>>,
    #[serde(default)]
    pub device: Vec<RawListedDevice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawListedDevice {
    pub brand: String,
    pub model: String,
    #[serde(default)]
    pub models: Vec<String>,
    pub calls: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNetworks {
    pub gsm: Option<Spanned<RawNetwork>>,
    pub umts: Option<Spanned<RawNetwork>>,
    pub cdma: Option<Spanned<RawNetwork>>,
    pub lte: Option<Spanned<RawNetwork>>,
    pub nr: Option<Spanned<RawNetwork>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNetwork {
    pub retired: Option<DateValue>,
    pub retired_confidence: Option<Confidence>,
    pub retired_note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Text>,
    #[serde(default)]
    pub bands: Vec<Spanned<RawCarrierBand>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCarrierBand {
    pub band: Text,
    pub role: Spanned<Role>,
    #[serde(default)]
    pub name: String,
    pub confidence: Confidence,
    pub from: Option<DateValue>,
    pub until: Option<DateValue>,
    #[serde(default)]
    pub planned: bool,
    /// The LTE band this NR band shares spectrum with (DSS).
    pub shares: Option<Text>,
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVoice {
    pub volte_required: Option<DateValue>,
    #[serde(default)]
    pub vonr: bool,
    #[serde(default)]
    pub sources: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicy {
    pub id: Text,
    pub text: String,
    pub since: Option<DateValue>,
    pub status: PolicyStatus,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMvnoFile {
    pub checked: DateValue,
    pub mvno: Vec<RawMvno>,
}

/// A host network: a carrier id, or a table with the dates the brand ran on it.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawHost {
    Id(String),
    Dated(RawDatedHost),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDatedHost {
    pub id: String,
    pub from: Option<Datetime>,
    pub until: Option<Datetime>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMvno {
    pub id: Text,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub hosts: Spanned<Vec<RawHost>>,
    /// The day the brand closed.
    pub ended: Option<DateValue>,
    pub note: Option<String>,
    pub confidence: Confidence,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhoneFile<'a> {
    /// When the file was last checked against its sources.
    pub checked: DateValue,
    /// Sources of every phone in the file (a generated file's pinned scrape), listed before each phone's own.
    #[serde(default)]
    pub sources: Vec<Text>,
    pub phone: Vec<RawPhone<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhone<'a> {
    pub brand: String,
    pub model: Text,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[allow(dead_code)] // informational
    pub released: Option<String>,
    /// Model codes the source lists for the phone without tying them to a variant.
    #[serde(default)]
    #[allow(dead_code)] // informational: checked for uniqueness by tests/catalog.rs
    pub models: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Text>,
    pub variant: Vec<RawVariant<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVariant<'a> {
    pub name: Text,
    #[serde(default)]
    pub models: Vec<String>,
    pub gsm: Option<Line<'a>>,
    pub umts: Option<Line<'a>>,
    pub cdma: Option<Line<'a>>,
    pub lte: Option<Line<'a>>,
    pub nr: Option<Line<'a>>,
    pub volte: Option<bool>,
    #[serde(default)]
    pub sources: Vec<Text>,
    pub confidence: Option<Confidence>,
    #[allow(dead_code)] // informational
    pub note: Option<String>,
}
