//! Whether a carrier lets a phone it did not sell on its network, and enables calls on it: its rule, and the
//! published device list the rule refers to.

use serde::{Deserialize, Serialize};

use crate::carrier::PolicyStatus;
use crate::date::Date;
use crate::phone::Variant;

/// Which phones a carrier accepts from customers who bring their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ActivationRule {
    /// Any phone whose bands and VoLTE fit (T-Mobile).
    Open,
    /// Only phones on the carrier's published list get the refused service (AT&T: calls).
    Listed,
    /// Only phones the carrier has certified (Verizon).
    Certified,
}

impl ActivationRule {
    /// The rule's id: `open`, `listed`, `certified`.
    pub fn id(self) -> &'static str {
        match self {
            ActivationRule::Open => "open",
            ActivationRule::Listed => "listed",
            ActivationRule::Certified => "certified",
        }
    }
}

/// What a phone that is not on the list loses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Refusal {
    /// Calls are not enabled: the phone is data-only.
    Calls,
    /// The line may not be activated at all.
    Activation,
}

/// A carrier's rule for phones it did not sell, with the list it checks them against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivationPolicy {
    /// Open, listed or certified phones.
    pub rule: ActivationRule,
    /// What a phone off the list loses (for listed and certified rules).
    pub refuses: Refusal,
    /// In force from this date.
    pub since: Option<Date>,
    /// The rule in plain words.
    pub text: String,
    /// Confirmed or only reported.
    pub status: PolicyStatus,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// The carrier's published list, as far as a public copy holds it.
    pub list: Option<DeviceList>,
}

impl ActivationPolicy {
    /// Whether the policy is in force on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        self.since.is_none_or(|s| s <= date)
    }
}

/// A carrier's published list of phones and what it enables on each.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceList {
    /// A short name for sentences ("HD Voice list").
    pub name: String,
    /// The list's title, as the carrier names it.
    pub title: String,
    /// The list's own date; `None` for a collection of announcements with no single date.
    pub date: Option<Date>,
    /// Whether the copy holds the whole list: only then does absence from it mean "not listed".
    pub complete: bool,
    /// Brands the copy is known to hold every listed model of (absent models of these brands are not listed).
    pub brands_complete: Vec<String>,
    /// Where the copy comes from.
    pub sources: Vec<String>,
    /// The phones on it.
    pub devices: Vec<ListedDevice>,
}

/// One phone on a carrier's list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListedDevice {
    /// The brand ("Apple").
    pub brand: String,
    /// The model as the list names it ("iPhone 15").
    pub model: String,
    /// Model codes, when the list gives them; an entry with codes matches only variants with one of them.
    pub models: Vec<String>,
    /// Whether the carrier enables calls (HD Voice / VoLTE) on it; `None` where the list does not say.
    pub calls: Option<bool>,
}

/// Whether a variant is on a list, and the entry that says so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Listing<'a> {
    /// The variant matches this entry.
    Listed(&'a ListedDevice),
    /// The list is known to hold every model of the variant's brand (or every model at all), and not this one.
    NotListed,
    /// The copy of the list is partial and does not hold the variant: nothing can be said.
    NotInCopy,
}

impl DeviceList {
    /// Looks `variant` up: by model code where the entry has codes, else by brand and model name.
    pub fn find(&self, variant: &Variant) -> Listing<'_> {
        let phone = squash(variant.phone());
        let by_code = |d: &&ListedDevice| {
            d.models
                .iter()
                .any(|code| variant.models().iter().any(|m| m.eq_ignore_ascii_case(code)))
        };
        let by_name = |d: &&ListedDevice| {
            d.models.is_empty()
                && !phone.is_empty()
                && (phone == squash(&d.model) || phone == squash(&format!("{} {}", d.brand, d.model)))
        };
        if let Some(device) = self
            .devices
            .iter()
            .find(by_code)
            .or_else(|| self.devices.iter().find(by_name))
        {
            return Listing::Listed(device);
        }
        let brand_covered = self.brands_complete.iter().any(|b| phone.starts_with(&squash(b)));
        if self.complete || brand_covered {
            Listing::NotListed
        } else {
            Listing::NotInCopy
        }
    }
}

/// Lowercase letters, digits and `+` only: how list names are compared (`+` tells `Pro+` from `Pro`).
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
