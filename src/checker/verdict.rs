//! The verdict rules in one place: band verdicts per technology (with shared spectrum), calls, activation, the
//! overall verdict and the score. Everything here is allocation-free: it is the fast path, and the report
//! only turns its answers into words.

use serde::Serialize;

use crate::activation::{ActivationPolicy, Listing, Refusal};
use crate::band_set::BandSet;
use crate::carrier::{Carrier, LiveBands};
use crate::date::Date;
use crate::phone::Variant;
use crate::technology::Technology;

/// How well a phone works on a network.
///
/// Ordered for ranking: `None < Partial < Full`; `Unknown` (the source lists no bands) sorts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Verdict {
    /// The phone's source does not list the bands needed to tell.
    Unknown,
    /// No anchor band served: the phone gets no service (or only history).
    None,
    /// Some anchor bands served: service with gaps (or data only).
    Partial,
    /// Every anchor band served, and nothing refused.
    Full,
}

impl Verdict {
    /// The lowercase id used in JSON: `full`, `partial`, `none`, `unknown`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Unknown => "unknown",
            Verdict::None => "none",
            Verdict::Partial => "partial",
            Verdict::Full => "full",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Yes, no, or not known: the answer for calls and for activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The sources do not tell.
    Unknown,
}

impl Answer {
    /// The lowercase id used in JSON: `yes`, `no`, `unknown`.
    pub fn id(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        }
    }
}

/// Every band `variant` can use on `carrier`: its own and contained bands, plus the NR bands the carrier runs
/// on the same spectrum as an LTE band the phone serves (rule 2: DSS costs nothing but the 5G label).
pub(crate) fn served_on(variant: &Variant, carrier: &Carrier) -> BandSet {
    let mut served = *variant.served();
    for shared in carrier.shared_spectrum() {
        if served.contains(shared.lte) {
            served.insert(shared.nr);
        }
    }
    served
}

/// Per-technology verdicts (`None` where the network has no live anchor) and the overall band verdict.
///
/// A technology the phone lists no band for counts as none (a 4G-only phone gets no 5G), unless its source
/// named it without bands (unknown).
pub(crate) fn technology_verdicts(
    variant: &Variant,
    served: &BandSet,
    live: &LiveBands,
) -> ([Option<Verdict>; Technology::COUNT], Verdict) {
    let mut per_technology = [None; Technology::COUNT];
    let (mut any_full, mut any_served, mut any_short, mut any_unknown) = (false, false, false, false);
    for technology in Technology::ALL {
        // Word operations on the bitsets: this is the fast path.
        let anchors = live.coverage.word(technology) | live.capacity.word(technology);
        if anchors == 0 {
            continue;
        }
        let hit = anchors & served.word(technology);
        let verdict = if hit == anchors {
            Verdict::Full
        } else if hit != 0 {
            Verdict::Partial
        } else if variant.is_unknown(technology) {
            Verdict::Unknown
        } else {
            Verdict::None
        };
        per_technology[technology.index()] = Some(verdict);
        match verdict {
            Verdict::Full => any_full = true,
            Verdict::Partial => any_served = true,
            Verdict::None => any_short = true,
            Verdict::Unknown => any_unknown = true,
        }
    }
    let overall = if any_served || (any_full && any_short) {
        Verdict::Partial
    } else if any_unknown {
        // Nothing partly served and some technology unknown: neither full nor none can be said.
        Verdict::Unknown
    } else if any_full {
        Verdict::Full
    } else {
        Verdict::None
    };
    (per_technology, overall)
}

/// Why calls work or not: the report words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum CallsWhy {
    /// Before VoLTE was required: a served 2G/3G network carries calls.
    Legacy(Technology),
    /// No served band carries calls (no LTE, and no NR where the carrier runs VoNR).
    NoVoiceBand,
    /// The phone is known to lack VoLTE.
    PhoneLacksVolte,
    /// The carrier takes any VoLTE phone, and this one has VoLTE.
    PhoneHasVolte,
    /// The carrier takes any VoLTE phone; this one's VoLTE is not known.
    VolteUnknown,
    /// The carrier's list has the phone and says whether calls work (`None`: it does not say).
    Listed(Option<bool>),
    /// The carrier's list, known complete for this phone's brand, does not have it.
    NotListed,
    /// The copy of the carrier's list is partial and does not have the phone.
    NotInCopy,
    /// The carrier restricts phones but publishes no list.
    NoList,
}

/// Calls (rule 4): whether the carrier enables calls on this phone on `as_of`, and why.
pub(crate) fn calls(
    variant: &Variant,
    carrier: &Carrier,
    as_of: Date,
    per_technology: &[Option<Verdict>; Technology::COUNT],
    standing: Option<Standing<'_>>,
) -> (Answer, CallsWhy) {
    let served = |t: Technology| matches!(per_technology[t.index()], Some(Verdict::Full | Verdict::Partial));
    let volte_required = carrier.voice().volte_required.is_some_and(|d| d <= as_of);
    if !volte_required {
        for t in [Technology::Gsm, Technology::Umts, Technology::Cdma] {
            if served(t) {
                return (Answer::Yes, CallsWhy::Legacy(t));
            }
        }
    }
    let packet_voice = served(Technology::Lte) || (carrier.voice().vonr && served(Technology::Nr));
    if !packet_voice {
        return (Answer::No, CallsWhy::NoVoiceBand);
    }
    if variant.volte() == Some(false) {
        return (Answer::No, CallsWhy::PhoneLacksVolte);
    }
    let by_volte = || match variant.volte() {
        Some(true) => (Answer::Yes, CallsWhy::PhoneHasVolte),
        _ => (Answer::Unknown, CallsWhy::VolteUnknown),
    };
    let Some(standing) = standing else {
        return by_volte();
    };
    let Some(listing) = standing.listing else {
        return (Answer::Unknown, CallsWhy::NoList);
    };
    match listing {
        Listing::Listed(device) => match device.calls {
            Some(true) => (Answer::Yes, CallsWhy::Listed(Some(true))),
            Some(false) => (Answer::No, CallsWhy::Listed(Some(false))),
            None => match by_volte() {
                (Answer::Yes, _) => (Answer::Yes, CallsWhy::Listed(None)),
                other => other,
            },
        },
        Listing::NotListed => (Answer::No, CallsWhy::NotListed),
        Listing::NotInCopy => (Answer::Unknown, CallsWhy::NotInCopy),
    }
}

/// A carrier's rule restricting phones it did not sell, in force on the date, and where the phone stands on the
/// rule's list: looked up once, for both calls and activation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Standing<'a> {
    pub policy: &'a ActivationPolicy,
    /// The phone's place on the list; `None` where the carrier publishes none.
    pub listing: Option<Listing<'a>>,
}

/// The restricting rule of `carrier` on `as_of` and the phone's place on its list, if it has such a rule.
pub(crate) fn standing<'a>(variant: &Variant, carrier: &'a Carrier, as_of: Date) -> Option<Standing<'a>> {
    let policy = carrier.activation().filter(|p| p.restricts(as_of))?;
    let listing = policy.list.as_ref().map(|l| l.find(variant));
    Some(Standing { policy, listing })
}

/// Activation (rule 4): whether the carrier takes this phone under its rule for phones it did not sell. Only a
/// rule that refuses *activation* can say no; one that refuses calls activates the phone for data.
pub(crate) fn activation(standing: Option<Standing<'_>>) -> Answer {
    let Some(standing) = standing.filter(|s| s.policy.refuses == Refusal::Activation) else {
        return Answer::Yes;
    };
    match standing.listing {
        Some(Listing::Listed(_)) => Answer::Yes,
        Some(Listing::NotListed) => Answer::No,
        Some(Listing::NotInCopy) | None => Answer::Unknown,
    }
}

/// The overall verdict: the band verdict, at most partial when the phone is data-only (calls refused) or the
/// carrier may refuse to activate it.
pub(crate) fn overall(band_verdict: Verdict, calls: Answer, activation: Answer) -> Verdict {
    match band_verdict {
        Verdict::Full if calls == Answer::No || activation == Answer::No => Verdict::Partial,
        v => v,
    }
}

/// The score: served anchor weight over all anchor weight (coverage 2, capacity 1). 0 with no anchors.
pub(crate) fn score(served: &BandSet, live: &LiveBands) -> f64 {
    let total = 2 * live.coverage.len() + live.capacity.len();
    if total == 0 {
        return 0.0;
    }
    let hit = 2 * live.coverage.intersection(served).len() + live.capacity.intersection(served).len();
    hit as f64 / total as f64
}
