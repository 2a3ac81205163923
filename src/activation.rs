//! Whether a carrier lets a phone it did not sell on its network, and enables calls on it: its rule, and the
//! published device list the rule refers to.

use std::collections::HashMap;

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

    /// Whether it restricts phones on `date`: in force, and not open to any fitting phone.
    pub fn restricts(&self, date: Date) -> bool {
        self.in_force(date) && self.rule != ActivationRule::Open
    }
}

/// A carrier's published list of phones and what it enables on each. Built once with [`DeviceList::new`],
/// which indexes it so that looking a phone up costs a few hash lookups (the verdict's fast path does it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceList {
    name: String,
    title: String,
    date: Option<Date>,
    complete: bool,
    brands_complete: Vec<String>,
    sources: Vec<String>,
    devices: Vec<ListedDevice>,
    #[serde(skip)]
    index: ListIndex,
}

/// Where to find an entry: by model code, and by name key (see [`name_key`]).
#[derive(Debug, Clone, PartialEq, Default)]
struct ListIndex {
    by_code: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    brand_keys: Vec<String>,
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
    /// A list as its source gives it: a short name for sentences ("HD Voice list"), its title and date, whether
    /// the copy is complete (or complete for some brands), its sources and entries.
    pub fn new(
        name: String,
        title: String,
        date: Option<Date>,
        complete: bool,
        brands_complete: Vec<String>,
        sources: Vec<String>,
        devices: Vec<ListedDevice>,
    ) -> DeviceList {
        let mut index = ListIndex {
            brand_keys: brands_complete.iter().map(|b| name_key(b)).collect(),
            ..ListIndex::default()
        };
        for (i, device) in devices.iter().enumerate() {
            for code in &device.models {
                index.by_code.entry(code.to_ascii_uppercase()).or_insert(i);
            }
            if device.models.is_empty() {
                for key in [
                    name_key(&device.model),
                    name_key(&format!("{} {}", device.brand, device.model)),
                ] {
                    index.by_name.entry(key).or_insert(i);
                }
            }
        }
        DeviceList {
            name,
            title,
            date,
            complete,
            brands_complete,
            sources,
            devices,
            index,
        }
    }

    /// A short name for sentences ("HD Voice list").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The list's title, as the carrier names it.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The list's own date; `None` for a collection of announcements with no single date.
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// Whether the copy holds the whole list: only then does absence from it mean "not listed".
    pub fn complete(&self) -> bool {
        self.complete
    }

    /// Brands the copy is known to hold every listed model of (absent models of these brands are not listed).
    pub fn brands_complete(&self) -> &[String] {
        &self.brands_complete
    }

    /// Where the copy comes from.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// The phones on it.
    pub fn devices(&self) -> &[ListedDevice] {
        &self.devices
    }

    /// Looks `variant` up: by model code where the entry has codes (upper case), else by the phone's name.
    pub fn find(&self, variant: &Variant) -> Listing<'_> {
        let by_code = variant
            .models()
            .iter()
            .find_map(|m| self.index.by_code.get(m.as_str()));
        let phone = variant.phone_key();
        let by_name = || {
            (!phone.is_empty())
                .then(|| self.index.by_name.get(phone))
                .flatten()
        };
        if let Some(&i) = by_code.or_else(by_name) {
            return Listing::Listed(&self.devices[i]);
        }
        let brand_covered = self
            .index
            .brand_keys
            .iter()
            .any(|b| phone.starts_with(b.as_str()));
        if self.complete || brand_covered {
            Listing::NotListed
        } else {
            Listing::NotInCopy
        }
    }
}

/// How phone names are compared with list entries: lowercase letters, digits and `+` only (`+` tells `Pro+` from
/// `Pro`), so "Apple iPhone 14" finds "iPhone 14" listed under Apple.
pub(crate) fn name_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
