//! Verdicts and the fast path: a verdict from a phone's served bands and a carrier's live bands, no allocation.

use serde::Serialize;

use crate::carrier::LiveBands;
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
    /// Some anchor bands served: service with gaps.
    Partial,
    /// Every anchor band served.
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

/// Per-technology verdicts and the overall band verdict (before voice), from the live bands on a date.
///
/// Technologies with no live anchor bands are skipped (`None` in the array). A technology the phone lists no
/// band for counts as `None` (a 4G-only phone gets no 5G), unless its source named it without bands (`Unknown`).
pub(crate) fn technology_verdicts(variant: &Variant, live: &LiveBands) -> ([Option<Verdict>; 5], Verdict) {
    let mut per_technology = [None; 5];
    let (mut any_full, mut any_served, mut any_short, mut any_unknown) = (false, false, false, false);
    for technology in Technology::ALL {
        // Word operations on the bitsets: this is the fast path.
        let anchors = live.coverage.word(technology) | live.capacity.word(technology);
        if anchors == 0 {
            continue;
        }
        let hit = anchors & variant.served().word(technology);
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
