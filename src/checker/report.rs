//! The full answer for one phone variant on one network, built once from the rules' answers: verdicts,
//! reasons, calls, activation, the headline, caveats and score.

use std::fmt::Write as _;

use serde::Serialize;

use crate::activation::{ActivationRule, DeviceList, Listing};
use crate::band::Band;
use crate::band_set::BandSet;
use crate::carrier::{Carrier, Confidence, LiveBands, PolicyStatus, Role};
use crate::date::Date;
use crate::phone::Variant;
use crate::spectrum::Spectrum;
use crate::technology::Technology;

use super::summary;
use super::verdict::{self, Answer, CallsWhy, Standing, Verdict};

/// Whether a carrier's network of one technology is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum NetworkStatus {
    /// On at the as-of date.
    Live,
    /// Switched off before the as-of date.
    Retired,
}

/// One technology of one network, for one phone variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TechnologyReport {
    /// The technology.
    pub technology: Technology,
    /// Live or retired.
    pub status: NetworkStatus,
    /// When it was switched off, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_on: Option<Date>,
    /// The verdict over the live anchor bands; `None` for retired networks.
    pub verdict: Option<Verdict>,
    /// Anchor bands the phone can use.
    pub served: Vec<Band>,
    /// Anchor bands the phone cannot use.
    pub missing: Vec<Band>,
    /// Supplemental bands the phone can use: extra speed, no effect on the verdict.
    pub extras: Vec<Band>,
    /// Why, in plain words: missing bands and what they cost, bands served through a containing band or on
    /// shared spectrum.
    pub reasons: Vec<String>,
}

/// Whether the carrier enables calls on the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calls {
    /// Yes, no or unknown.
    pub status: Answer,
    /// Why, in plain words.
    pub reason: String,
    /// Where the deciding fact comes from (the carrier's list or policy), when one decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Whether the carrier takes the phone, under its rule for phones it did not sell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activation {
    /// Open to any fitting phone, or only listed or certified ones.
    pub rule: ActivationRule,
    /// Whether the carrier activates the phone (no: it may refuse the line).
    pub status: Answer,
    /// Whether the phone is on the carrier's published list; `None` where no list applies or our copy of it
    /// cannot tell.
    pub listed: Option<bool>,
    /// The list's own date, when a list applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list_date: Option<Date>,
    /// The rule and the phone's place in it, in plain words.
    pub reason: String,
    /// Where the list (or, without one, the rule) comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The answer for one phone variant on one network (a carrier, or an MVNO's host): verdicts per technology with
/// their reasons, calls, activation, caveats, the score and a one-sentence summary. It prints as the text
/// `check` shows ([`Display`](std::fmt::Display)) and serializes to the JSON `check --json` gives.
///
/// ```
/// use bandcheck::{check, Answer, Technology, Variant, Verdict};
/// let phone = bandcheck::Phone::new("Xiaomi 99", vec![Variant::new("Global", "B2, B4, B66, n41".parse()?)]);
/// let r = &check(&phone.variants()[0], "att", "2026-12-02".parse()?)?[0];
/// assert_eq!((r.phone.as_str(), r.variant.as_str()), ("Xiaomi 99", "Global"));
/// assert_eq!(r.verdict, Verdict::Partial);
/// assert_eq!(r.calls.status, Answer::No); // AT&T's HD Voice list names no Xiaomi phone
/// assert!(r.technology(Technology::Lte).unwrap().missing.len() > 0);
/// println!("{}", r.summary);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The phone's name, when the variant belongs to a named phone.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// The variant checked.
    pub variant: String,
    /// The carrier or MVNO id asked about.
    pub carrier: String,
    /// Its name.
    pub carrier_name: String,
    /// The id of the network actually checked (the carrier itself, or the MVNO's host).
    pub host: String,
    /// Its name.
    pub host_name: String,
    /// The date the answer is for.
    pub as_of: Date,
    /// The overall verdict.
    pub verdict: Verdict,
    /// Served anchor bands weighted coverage 2, capacity 1, over all live anchors: 0 (nothing) to 1 (all).
    pub score: f64,
    /// The answer in one plain sentence: bands, calls and activation together.
    pub summary: String,
    /// Per technology the network ran, oldest first.
    pub technologies: Vec<TechnologyReport>,
    /// Whether calls work.
    pub calls: Calls,
    /// Whether the carrier takes the phone.
    pub activation: Activation,
    /// Policies and other things a person should know.
    pub caveats: Vec<String>,
}

impl Report {
    /// The report of one technology, if the network ran it.
    pub fn technology(&self, technology: Technology) -> Option<&TechnologyReport> {
        self.technologies.iter().find(|t| t.technology == technology)
    }
}

/// Who was asked about, when it is not the network itself: an MVNO, or a carrier on a host's network.
pub(crate) struct Asked<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// How the asked brand relates to the network ("Mint Mobile runs on T-Mobile's network").
    pub relation: Option<String>,
}

/// Builds the report of `variant` on `network` at `as_of`, for the brand `asked` about.
pub(crate) fn build(variant: &Variant, network: &Carrier, as_of: Date, asked: Asked<'_>) -> Report {
    let live = network.bands_on(as_of);
    let served = verdict::served_on(variant, network);
    let (per_technology, band_verdict) = verdict::technology_verdicts(variant, &served, live);
    let standing = verdict::standing(variant, network, as_of);
    let (calls_status, calls_why) = verdict::calls(variant, network, as_of, &per_technology, standing);
    let activation_status = verdict::activation(standing);
    let verdict = verdict::overall(band_verdict, calls_status, activation_status);
    let technologies = technology_reports(variant, network, as_of, &served, &per_technology);
    let list = standing.and_then(|s| s.policy.list.as_ref());
    let calls = calls_answer(network, list, calls_status, calls_why);
    let activation = activation_answer(network, as_of, standing, activation_status);
    let summary = summary::sentence(
        network,
        band_verdict,
        &technologies,
        &calls,
        calls_why,
        &activation,
    );
    let caveats = caveats_of(asked.relation, variant, network, live, as_of);
    Report {
        phone: variant.phone().to_string(),
        variant: variant.name().to_string(),
        carrier: asked.id.to_string(),
        carrier_name: asked.name.to_string(),
        host: network.id().to_string(),
        host_name: network.name().to_string(),
        as_of,
        verdict,
        score: verdict::score(&served, live),
        summary,
        technologies,
        calls,
        activation,
        caveats,
    }
}

fn technology_reports(
    variant: &Variant,
    network: &Carrier,
    as_of: Date,
    served: &BandSet,
    per_technology: &[Option<Verdict>; Technology::COUNT],
) -> Vec<TechnologyReport> {
    let live = network.bands_on(as_of);
    let spectrum = Spectrum::bundled();
    let mut technologies = Vec::with_capacity(network.networks().len());
    for net in network.networks() {
        let t = net.technology;
        if !net.is_live(as_of) {
            technologies.push(TechnologyReport {
                technology: t,
                status: NetworkStatus::Retired,
                retired_on: net.retired,
                verdict: None,
                served: Vec::new(),
                missing: Vec::new(),
                extras: Vec::new(),
                reasons: Vec::new(),
            });
            continue;
        }
        let anchors = live.anchors().of(t);
        let mut reasons = Vec::new();
        let mut missing = Vec::new();
        for band in net
            .bands
            .iter()
            .filter(|b| b.is_live(as_of) && anchors.contains(b.band))
        {
            if !served.contains(band.band) {
                missing.push(band.band);
                reasons.push(missing_reason(spectrum, band.band, band.role, &band.name));
            } else if variant.bands().contains(band.band) {
                // Served directly: nothing to explain.
            } else if let Some(by) = variant
                .bands()
                .of(t)
                .iter()
                .find(|&p| spectrum.serves(p, band.band))
            {
                reasons.push([&*by.id(), " serves ", &band.band.id()].concat());
            } else if let Some(lte) = band.shares.filter(|&lte| variant.served().contains(lte)) {
                reasons.push(
                    [
                        &*band.band.id(),
                        ": served on LTE ",
                        &lte.id(),
                        ", shared spectrum",
                    ]
                    .concat(),
                );
            }
        }
        if variant.is_unknown(t) {
            reasons.insert(
                0,
                format!("the phone's source names {} without listing its bands", t.label()),
            );
        } else if !variant.bands().has_technology(t) && !anchors.is_empty() && !served.has_technology(t) {
            reasons.insert(0, format!("the phone lists no {} bands", t.label()));
        }
        technologies.push(TechnologyReport {
            technology: t,
            status: NetworkStatus::Live,
            retired_on: None,
            verdict: per_technology[t.index()],
            served: anchors.intersection(served).to_vec(),
            missing,
            extras: live.supplemental.of(t).intersection(served).to_vec(),
            reasons,
        });
    }
    technologies
}

/// Reasons are joined with `concat` (one allocation of the exact size), not `format!`: reports are built on a
/// hot path, where the formatting machinery cost more than the text.
fn missing_reason(spectrum: &Spectrum, band: Band, role: Role, name: &str) -> String {
    let (role, cost) = (role.id(), role.consequence());
    if name.is_empty() {
        ["missing ", &spectrum.label(band), " (", role, "): ", cost].concat()
    } else {
        ["missing ", &band.id(), ", ", name, " (", role, "): ", cost].concat()
    }
}

/// "AT&T's HD Voice list (2021-05-14)", or without a date for an undated collection.
pub(crate) fn list_label(network: &Carrier, list: &DeviceList) -> String {
    match list.date() {
        Some(date) => format!("{}'s {} ({date})", network.name(), list.name()),
        None => format!("{}'s {}", network.name(), list.name()),
    }
}

/// Calls in words, with the source that decided them; `list` is the list of the carrier's rule in force.
fn calls_answer(network: &Carrier, list: Option<&DeviceList>, status: Answer, why: CallsWhy) -> Calls {
    let listed = || list.map(|l| list_label(network, l)).unwrap_or_default();
    let policy_sources = || network.activation().and_then(|p| p.sources.first().cloned());
    let list_sources = || list.and_then(|l| l.sources().first().cloned());
    let (reason, source) = match why {
        CallsWhy::Legacy(t) => (format!("calls over {}", t.label()), None),
        CallsWhy::NoVoiceBand => (
            "no band it serves carries calls (VoLTE or VoNR)".to_string(),
            network.voice().sources.first().cloned(),
        ),
        CallsWhy::PhoneLacksVolte => (
            "the phone has no VoLTE, and calls need it: data only".to_string(),
            network.voice().sources.first().cloned(),
        ),
        CallsWhy::PhoneHasVolte => (
            format!(
                "{} carries calls over VoLTE, which this phone has",
                network.name()
            ),
            network.voice().sources.first().cloned(),
        ),
        CallsWhy::VolteUnknown => (
            "calls need VoLTE or VoNR; whether this phone has it is not known".to_string(),
            network.voice().sources.first().cloned(),
        ),
        CallsWhy::Listed(Some(true)) => (format!("on {} with HD Voice (VoLTE)", listed()), list_sources()),
        CallsWhy::Listed(Some(false)) => (
            format!("on {} without HD Voice (VoLTE)", listed()),
            list_sources(),
        ),
        CallsWhy::Listed(None) => (
            format!("on {}, and the phone has VoLTE", listed()),
            list_sources(),
        ),
        CallsWhy::NotListed => (format!("not on {}", listed()), list_sources()),
        CallsWhy::NotInCopy => (
            format!("not in the public copy of {}, which is partial", listed()),
            list_sources(),
        ),
        CallsWhy::NoList => (
            format!(
                "{} enables calls only on phones it lists or certifies, and no list was found",
                network.name()
            ),
            policy_sources(),
        ),
    };
    Calls {
        status,
        reason,
        source,
    }
}

fn activation_answer(
    network: &Carrier,
    as_of: Date,
    standing: Option<Standing<'_>>,
    status: Answer,
) -> Activation {
    let Some(policy) = network.activation().filter(|p| p.in_force(as_of)) else {
        return Activation {
            rule: ActivationRule::Open,
            status,
            listed: None,
            list_date: None,
            reason: format!(
                "{} publishes no rule against phones it did not sell",
                network.name()
            ),
            source: None,
        };
    };
    let list = standing.and_then(|s| s.policy.list.as_ref());
    let listed = match standing.and_then(|s| s.listing) {
        Some(Listing::Listed(_)) => Some(true),
        Some(Listing::NotListed) => Some(false),
        Some(Listing::NotInCopy) | None => None,
    };
    let source = list
        .and_then(|l| l.sources().first())
        .or(policy.sources.first())
        .cloned();
    let place = match (list, listed) {
        (Some(l), Some(true)) => format!("; this phone is on {}", list_label(network, l)),
        (Some(l), Some(false)) => format!("; this phone is not on {}", list_label(network, l)),
        (Some(l), None) => format!(
            "; the public copy of {} does not have this phone",
            list_label(network, l)
        ),
        (None, _) => String::new(),
    };
    let reported = match policy.status {
        PolicyStatus::Confirmed => "",
        PolicyStatus::Reported => " (reported, not confirmed)",
    };
    Activation {
        rule: policy.rule,
        status,
        listed,
        list_date: list.and_then(DeviceList::date),
        reason: [&policy.text, reported, &place].concat(),
        source,
    }
}

/// The caveats, after the relation of the brand asked about to the network, if any.
fn caveats_of(
    relation: Option<String>,
    variant: &Variant,
    network: &Carrier,
    live: &LiveBands,
    as_of: Date,
) -> Vec<String> {
    let mut out = Vec::with_capacity(4);
    out.extend(relation);
    out.extend(network.policy_caveats_on(as_of).map(str::to_string));
    let planned = live.planned;
    if !planned.is_empty() {
        let mut text = String::with_capacity(24 + 6 * planned.len());
        text.push_str("planned, not yet live: ");
        let _ = write!(text, "{planned}");
        out.push(text);
    }
    if !network.bands_complete() {
        out.push(format!(
            "{}'s band table is incomplete: the public sources name only some of its bands",
            network.name()
        ));
    }
    if let Some(confidence) = variant.confidence().filter(|c| *c != Confidence::High) {
        let source = variant.sources().last().map_or("", String::as_str);
        out.push(format!(
            "the phone's band list has {} confidence (source: {source})",
            confidence.id()
        ));
    }
    if !variant.unknown_bands().is_empty() {
        let texts: Vec<&str> = variant.unknown_bands().iter().map(|u| u.text.as_str()).collect();
        out.push(format!(
            "the source lists {} which are no real bands; ignored",
            texts.join(", ")
        ));
    }
    out
}
