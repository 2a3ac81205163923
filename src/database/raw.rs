//! The TOML schema of the data files, as written. Private: loading converts it into validated public types.

use std::borrow::Cow;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

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
    #[serde(default)]
    pub hosts: Vec<Text>,
    pub checked: DateValue,
    pub sources: Spanned<Vec<Text>>,
    #[serde(default)]
    pub networks: RawNetworks,
    #[serde(default)]
    pub voice: Option<RawVoice>,
    #[serde(default)]
    pub policy: Vec<RawPolicy>,
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
    pub mvno: Vec<RawMvno>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMvno {
    pub id: Text,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub hosts: Spanned<Vec<Text>>,
    pub note: Option<String>,
    pub confidence: Confidence,
    pub sources: Spanned<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhoneFile<'a> {
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
