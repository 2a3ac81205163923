//! The check: a phone variant against carriers and MVNOs on a date, and rankings built on it.
//!
//! Rules (the contract the tests pin down):
//! 1. Per technology the carrier runs live on the date, its *anchor* bands are its live coverage and capacity
//!    bands: **full** if the phone serves all of them (directly or through a containing band: `B66` serves
//!    `B4`), **partial** if some, **none** if none. Supplemental bands are listed as extras, never counted.
//!    Retired technologies are reported with their date and never counted.
//! 2. **Overall**: full if every live technology with anchors is full, none if no anchor is served, partial
//!    otherwise. A technology the phone lists no band for counts as none (a 4G-only phone gets no 5G); one its
//!    source names without bands is unknown, and unknown wins over none and full.
//! 3. **Voice**: once the carrier requires VoLTE, calls need VoLTE on a served LTE band (or VoNR where the
//!    carrier runs it). A phone known to lack VoLTE is data-only: overall at most partial. Unknown VoLTE is a
//!    caveat, not a downgrade.
//! 4. **Score**: served anchor bands weighted coverage 2, capacity 1, over all live anchors, in \[0, 1\].

mod display;
mod report;
mod verdict;

pub use report::{NetworkStatus, Report, TechnologyReport, Voice, VoiceStatus};
pub use verdict::Verdict;

use serde::Serialize;

use crate::carrier::Carrier;
use crate::database::{Database, Target};
use crate::date::Date;
use crate::phone::{Phone, Variant};

/// A carrier or MVNO name that the database does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown carrier `{name}`, expected one of {}", known.join(", "))]
pub struct UnknownCarrier {
    /// The name as given.
    pub name: String,
    /// Every carrier and MVNO id.
    pub known: Vec<String>,
}

/// The verdict alone for `variant` on `carrier`'s own network: the fast path (no allocation).
///
/// ```
/// use bandcheck::{check::verdict, Database, Date, Variant, Verdict};
/// let db = Database::bundled();
/// let phone = Variant::new("US", "B2, B12, B66, B71, n25, n41, n71".parse()?).with_volte(Some(true));
/// let as_of: Date = "2026-11-26".parse()?;
/// assert_eq!(verdict(&phone, db.carrier("tmobile").unwrap(), as_of), Verdict::Partial); // no n77 or n66
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn verdict(variant: &Variant, carrier: &Carrier, as_of: Date) -> Verdict {
    let (per_technology, band_verdict) = verdict::technology_verdicts(variant, carrier.bands_on(as_of));
    let (voice, _) = report::voice(variant, carrier, as_of, &per_technology);
    report::overall(band_verdict, voice)
}

/// The full report for `variant` on `carrier`'s own network.
pub fn report(variant: &Variant, carrier: &Carrier, as_of: Date) -> Report {
    report::build(variant, carrier, as_of)
}

/// Reports for `variant` on a carrier or MVNO (id, name or alias) in `db`: one per network it runs on. An MVNO
/// gives one report per host; a carrier gives its own network plus any networks it also uses (Boost on AT&T and
/// T-Mobile), leaving out its own network once nothing of it is live.
///
/// # Errors
///
/// [`UnknownCarrier`] for a name that is no carrier or MVNO (`verizonn`), listing the known ids.
pub fn check_with(
    db: &Database,
    variant: &Variant,
    target: &str,
    as_of: Date,
) -> Result<Vec<Report>, UnknownCarrier> {
    let target = db.target(target).ok_or_else(|| UnknownCarrier {
        name: target.to_string(),
        known: db.target_ids().into_iter().map(str::to_string).collect(),
    })?;
    Ok(networks(db, target, as_of)
        .into_iter()
        .map(|host| {
            let mut r = report::build(variant, host, as_of);
            r.carrier = target.id().to_string();
            r.carrier_name = target.name().to_string();
            if let Target::Mvno(m) = target {
                r.caveats
                    .insert(0, format!("{} runs on {}'s network", m.name, host.name));
            } else if host.id != target.id() {
                r.caveats
                    .insert(0, format!("{} also uses {}'s network", target.name(), host.name));
            }
            r
        })
        .collect())
}

/// [`check_with`] on the bundled database.
///
/// ```
/// use bandcheck::{check, Date, Variant, Verdict};
/// let phone = Variant::new("US", "B2, B4, B5, B12, B13, B14, B66, n5, n77".parse()?).with_volte(Some(true));
/// let reports = check(&phone, "Visible", "2026-11-26".parse()?)?;
/// assert_eq!(reports[0].host, "verizon");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`check_with`].
pub fn check(variant: &Variant, target: &str, as_of: Date) -> Result<Vec<Report>, UnknownCarrier> {
    check_with(Database::bundled(), variant, target, as_of)
}

/// Reports for `variant` on every carrier in `db`, each as [`check_with`] gives it (the MVNOs are left out:
/// they repeat their hosts).
pub fn check_all_with(db: &Database, variant: &Variant, as_of: Date) -> Vec<Report> {
    db.carriers()
        .iter()
        .flat_map(|c| check_with(db, variant, &c.id, as_of).unwrap_or_default())
        .collect()
}

/// [`check_all_with`] on the bundled database.
pub fn check_all(variant: &Variant, as_of: Date) -> Vec<Report> {
    check_all_with(Database::bundled(), variant, as_of)
}

/// Reports for every variant of `phone` on a carrier or MVNO, with the phone's name filled in.
///
/// # Errors
///
/// As [`check_with`].
pub fn check_phone_with(
    db: &Database,
    phone: &Phone,
    target: &str,
    as_of: Date,
) -> Result<Vec<Report>, UnknownCarrier> {
    let mut out = Vec::new();
    for variant in phone.variants() {
        for mut r in check_with(db, variant, target, as_of)? {
            r.phone = phone.name().to_string();
            out.push(r);
        }
    }
    Ok(out)
}

/// The networks a target is checked on.
fn networks<'a>(db: &'a Database, target: Target<'a>, as_of: Date) -> Vec<&'a Carrier> {
    let (own, hosts): (Option<&Carrier>, &[String]) = match target {
        Target::Carrier(c) => (Some(c), &c.hosts),
        Target::Mvno(m) => (None, &m.hosts),
    };
    let own = own.filter(|c| c.hosts.is_empty() || !c.bands_on(as_of).anchors().is_empty());
    own.into_iter()
        .chain(hosts.iter().filter_map(|h| db.carrier(h)))
        .collect()
}

/// One line of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// A carrier/MVNO id (ranking carriers) or a phone name (ranking phones).
    pub name: String,
    /// The variant (ranking phones) or the host network (ranking carriers) that gave the best result.
    pub via: String,
    /// The best verdict.
    pub verdict: Verdict,
    /// The best score.
    pub score: f64,
}

fn best(reports: impl IntoIterator<Item = Report>) -> Option<Report> {
    reports.into_iter().max_by(|a, b| {
        (a.verdict, a.score)
            .partial_cmp(&(b.verdict, b.score))
            .unwrap_or(std::cmp::Ordering::Equal)
    })
}

fn sort_ranked(list: &mut [Ranked]) {
    list.sort_by(|a, b| {
        (b.verdict, b.score)
            .partial_cmp(&(a.verdict, a.score))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.name.cmp(&b.name))
    });
}

/// Every carrier and MVNO for `variant`, best first (verdict, then score). An MVNO with several hosts is
/// ranked by its best host.
pub fn rank_carriers_with(db: &Database, variant: &Variant, as_of: Date) -> Vec<Ranked> {
    let mut list: Vec<Ranked> = db
        .target_ids()
        .into_iter()
        .filter_map(|id| best(check_with(db, variant, id, as_of).ok()?))
        .map(|r| Ranked {
            name: r.carrier,
            via: r.host,
            verdict: r.verdict,
            score: r.score,
        })
        .collect();
    sort_ranked(&mut list);
    list
}

/// [`rank_carriers_with`] on the bundled database.
pub fn rank_carriers(variant: &Variant, as_of: Date) -> Vec<Ranked> {
    rank_carriers_with(Database::bundled(), variant, as_of)
}

/// Every catalog phone for a carrier or MVNO, best first, each by its best variant.
///
/// # Errors
///
/// As [`check_with`].
pub fn rank_phones_with(db: &Database, target: &str, as_of: Date) -> Result<Vec<Ranked>, UnknownCarrier> {
    let mut list = Vec::new();
    for phone in db.phones() {
        if let Some(r) = best(check_phone_with(db, phone, target, as_of)?) {
            list.push(Ranked {
                name: phone.name().to_string(),
                via: r.variant,
                verdict: r.verdict,
                score: r.score,
            });
        }
    }
    sort_ranked(&mut list);
    Ok(list)
}

/// [`rank_phones_with`] on the bundled database.
///
/// # Errors
///
/// As [`check_with`].
pub fn rank_phones(target: &str, as_of: Date) -> Result<Vec<Ranked>, UnknownCarrier> {
    rank_phones_with(Database::bundled(), target, as_of)
}
