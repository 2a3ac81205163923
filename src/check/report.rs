//! The full answer for one phone variant on one network: verdicts, reasons, voice, caveats, score.

use serde::Serialize;

use crate::band::Band;
use crate::band_set::BandSet;
use crate::carrier::{Carrier, LiveBands, Role};
use crate::date::Date;
use crate::phone::Variant;
use crate::spectrum::Spectrum;
use crate::technology::Technology;

use super::verdict::{Verdict, technology_verdicts};

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
    /// Why, in plain words: missing bands and what they cost, bands served through a containing band.
    pub reasons: Vec<String>,
}

/// Whether calls work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum VoiceStatus {
    /// Calls work.
    Yes,
    /// No calls: the phone is data-only on this network (or has no service).
    No,
    /// Not known: the phone's VoLTE support is not known.
    Unknown,
}

/// Voice: the status and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voice {
    /// Yes, no or unknown.
    pub status: VoiceStatus,
    /// Why, in plain words.
    pub reason: String,
}

/// The answer for one phone variant on one network (a carrier, or an MVNO's host).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The phone's name, when known.
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
    /// Per technology the network ran, oldest first.
    pub technologies: Vec<TechnologyReport>,
    /// Whether calls work.
    pub voice: Voice,
    /// Policies and other things a person should know.
    pub caveats: Vec<String>,
}

impl Report {
    /// The report of one technology, if the network ran it.
    pub fn technology(&self, technology: Technology) -> Option<&TechnologyReport> {
        self.technologies.iter().find(|t| t.technology == technology)
    }
}

/// The score: served anchor weight over all anchor weight (coverage 2, capacity 1). 0 with no anchors.
pub(crate) fn score(served: &BandSet, coverage: &BandSet, capacity: &BandSet) -> f64 {
    let total = 2 * coverage.len() + capacity.len();
    if total == 0 {
        return 0.0;
    }
    let hit = 2 * coverage.intersection(served).len() + capacity.intersection(served).len();
    hit as f64 / total as f64
}

/// Builds the report of `variant` on `carrier`'s own network at `as_of`.
pub(crate) fn build(variant: &Variant, carrier: &Carrier, as_of: Date) -> Report {
    let live = carrier.bands_on(as_of);
    let (per_technology, band_verdict) = technology_verdicts(variant, live);
    let spectrum = Spectrum::bundled();
    let served = variant.served();
    let mut technologies = Vec::with_capacity(carrier.networks.len());
    for network in &carrier.networks {
        let t = network.technology;
        if !network.is_live(as_of) {
            technologies.push(TechnologyReport {
                technology: t,
                status: NetworkStatus::Retired,
                retired_on: network.retired,
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
        for band in network
            .bands
            .iter()
            .filter(|b| b.is_live(as_of) && anchors.contains(b.band))
        {
            if served.contains(band.band) {
                if !variant.bands().contains(band.band)
                    && let Some(by) = variant
                        .bands()
                        .of(t)
                        .iter()
                        .find(|&p| spectrum.serves(p, band.band))
                {
                    reasons.push(sized(16, format_args!("{by} serves {}", band.band)));
                }
            } else {
                missing.push(band.band);
                reasons.push(missing_reason(spectrum, band.band, band.role, &band.name));
            }
        }
        if variant.is_unknown(t) {
            reasons.insert(
                0,
                format!("the phone's source names {} without listing its bands", t.label()),
            );
        } else if !variant.bands().has_technology(t) && !anchors.is_empty() {
            reasons.insert(0, format!("the phone lists no {} bands", t.label()));
        }
        technologies.push(TechnologyReport {
            technology: t,
            status: NetworkStatus::Live,
            retired_on: None,
            verdict: per_technology[t.index()],
            served: anchors.intersection(served).iter().collect(),
            missing,
            extras: live.supplemental.of(t).intersection(served).iter().collect(),
            reasons,
        });
    }
    let (voice_status, voice_reason) = voice(variant, carrier, as_of, &per_technology);
    let verdict = overall(band_verdict, voice_status);
    Report {
        phone: String::new(),
        variant: variant.name().to_string(),
        carrier: carrier.id.clone(),
        carrier_name: carrier.name.clone(),
        host: carrier.id.clone(),
        host_name: carrier.name.clone(),
        as_of,
        verdict,
        score: score(served, &live.coverage, &live.capacity),
        technologies,
        voice: Voice {
            status: voice_status,
            reason: voice_reason.to_string(),
        },
        caveats: caveats(variant, carrier, live, as_of),
    }
}

fn missing_reason(spectrum: &Spectrum, band: Band, role: Role, name: &str) -> String {
    let (role, cost) = (role.id(), role.consequence());
    if name.is_empty() {
        sized(
            64,
            format_args!("missing {} ({role}): {cost}", spectrum.label(band)),
        )
    } else {
        sized(
            64 + name.len(),
            format_args!("missing {band}, {name} ({role}): {cost}"),
        )
    }
}

/// `format!` into a string allocated once at about the right size: reports are built on a hot path, and
/// `format!` starts small and grows its buffer several times.
fn sized(capacity: usize, args: std::fmt::Arguments<'_>) -> String {
    use std::fmt::Write;
    let mut text = String::with_capacity(capacity);
    let _ = text.write_fmt(args);
    text
}

/// Voice needs VoLTE (or VoNR) on a served band once the carrier requires it; before that, a served 2G/3G
/// network carries calls. Returns the status and why, without allocating (this is on the verdict's fast path).
pub(crate) fn voice(
    variant: &Variant,
    carrier: &Carrier,
    as_of: Date,
    per_technology: &[Option<Verdict>; 5],
) -> (VoiceStatus, &'static str) {
    let served = |t: Technology| matches!(per_technology[t.index()], Some(Verdict::Full | Verdict::Partial));
    let volte_required = carrier.voice.volte_required.is_some_and(|d| d <= as_of);
    if !volte_required {
        for (t, reason) in [
            (Technology::Gsm, "calls over GSM"),
            (Technology::Umts, "calls over UMTS"),
            (Technology::Cdma, "calls over CDMA"),
        ] {
            if served(t) {
                return (VoiceStatus::Yes, reason);
            }
        }
    }
    let packet_voice = served(Technology::Lte) || (carrier.voice.vonr && served(Technology::Nr));
    if !packet_voice {
        return (VoiceStatus::No, "no served band carries calls (VoLTE or VoNR)");
    }
    match variant.volte() {
        Some(true) => (VoiceStatus::Yes, "VoLTE on a served band"),
        Some(false) => (VoiceStatus::No, "the phone has no VoLTE: data only, no calls"),
        None => (
            VoiceStatus::Unknown,
            "calls need VoLTE or VoNR; this phone's support is not known",
        ),
    }
}

/// The overall verdict: the band verdict, at most partial when the phone cannot make calls.
pub(crate) fn overall(band_verdict: Verdict, voice: VoiceStatus) -> Verdict {
    match (band_verdict, voice) {
        (Verdict::Full, VoiceStatus::No) => Verdict::Partial,
        (v, _) => v,
    }
}

fn caveats(variant: &Variant, carrier: &Carrier, live: &LiveBands, as_of: Date) -> Vec<String> {
    let mut out: Vec<String> = carrier.policy_caveats_on(as_of).map(str::to_string).collect();
    let planned = live.planned;
    if !planned.is_empty() {
        out.push(sized(48, format_args!("planned, not yet live: {planned}")));
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
