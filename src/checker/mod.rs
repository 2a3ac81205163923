//! The check: a phone variant against carriers and MVNOs on a date, and the rankings built on it. The rules are
//! documented on [`check_with`]; everything public is re-exported at the crate root.

mod display;
mod report;
mod summary;
mod verdict;

pub use report::{Activation, Calls, NetworkStatus, Report, TechnologyReport};
pub use verdict::{Answer, Verdict};

use serde::Serialize;

use crate::carrier::{Carrier, Host};
use crate::database::{Database, Target};
use crate::date::Date;
use crate::phone::{Phone, Variant};

use report::Asked;

/// Why a check cannot be made.
///
/// ```
/// use bandcheck::{check, CheckError, Variant};
/// let phone = Variant::new("x", "B2".parse()?);
/// let error = check(&phone, "verizonn", "2026-12-02".parse()?).unwrap_err();
/// assert!(matches!(error, CheckError::UnknownCarrier { .. }));
/// assert!(error.to_string().starts_with("unknown carrier `verizonn`, expected one of att, tmobile"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// A carrier or MVNO name that the database does not know.
    #[error("unknown carrier `{name}`, expected one of {}", known.join(", "))]
    UnknownCarrier {
        /// The name as given.
        name: String,
        /// Every carrier and MVNO id.
        known: Vec<String>,
    },
    /// A brand that had closed by the date asked about.
    #[error("`{name}` closed on {ended}: it has no network to check on {as_of}")]
    Closed {
        /// The brand's name.
        name: String,
        /// The day it closed.
        ended: Date,
        /// The date asked about.
        as_of: Date,
    },
}

/// The verdict alone for `variant` on `carrier`'s own network: the fast path (no allocation).
///
/// ```
/// use bandcheck::{verdict, Database, Date, Variant, Verdict};
/// let db = Database::bundled();
/// let phone = Variant::new("US", "B2, B12, B66, B71, n25, n41, n71".parse()?).with_volte(Some(true));
/// let as_of: Date = "2026-11-26".parse()?;
/// assert_eq!(verdict(&phone, db.carrier("tmobile").unwrap(), as_of), Verdict::Full);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn verdict(variant: &Variant, carrier: &Carrier, as_of: Date) -> Verdict {
    let served = verdict::served_on(variant, carrier);
    let (per_technology, band_verdict) =
        verdict::technology_verdicts(variant, &served, carrier.bands_on(as_of));
    if band_verdict != Verdict::Full {
        // Calls and activation can only lower a full verdict: skip them otherwise.
        return band_verdict;
    }
    let standing = verdict::standing(variant, carrier, as_of);
    let (calls, _) = verdict::calls(variant, carrier, as_of, &per_technology, standing);
    let activation = verdict::activation(standing);
    verdict::overall(band_verdict, calls, activation)
}

/// The full report for `variant` on `carrier`'s own network (no MVNO, no hosts): what [`check_with`] builds for
/// each network.
///
/// ```
/// use bandcheck::{report, Answer, Database, Variant};
/// let att = Database::bundled().carrier("att").unwrap();
/// let phone = Variant::new("x", "B2, B4, B12, B66".parse()?);
/// let r = report(&phone, att, "2026-12-02".parse()?);
/// assert!(r.summary.starts_with("Works, with"));
/// assert_eq!(r.calls.status, Answer::Unknown); // not in the public copy of AT&T's list
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn report(variant: &Variant, carrier: &Carrier, as_of: Date) -> Report {
    let asked = Asked {
        id: carrier.id(),
        name: carrier.name(),
        relation: None,
    };
    report::build(variant, carrier, as_of, asked)
}

/// Reports for `variant` on a carrier or MVNO (id, name or alias) in `db`: one per network it runs on at
/// `as_of`. An MVNO gives one report per host active on that date; a carrier gives its own network plus any
/// networks it also uses (Boost on AT&T and T-Mobile), leaving out its own network once nothing of it is live.
///
/// # Rules
///
/// The contract the tests pin down:
/// 1. Per technology the carrier runs live on the date, its *anchor* bands are its live coverage and capacity
///    bands: **full** if the phone serves all of them (directly or through a containing band: `B66` serves
///    `B4`), **partial** if some, **none** if none. Supplemental bands are listed as extras, never counted.
///    Retired technologies are reported with their date and never counted.
/// 2. **Overall**: full if every live technology with anchors is full, none if no anchor is served, partial
///    otherwise. A technology the phone lists no band for counts as none (a 4G-only phone gets no 5G); one its
///    source names without bands is unknown, and unknown wins over none and full.
///    An NR band the carrier runs on the same spectrum as an LTE band (DSS: Verizon's n66 beside B66) is served
///    when the phone serves either.
/// 3. **Calls and activation**: once the carrier requires VoLTE, calls need VoLTE on a served LTE band (or VoNR
///    where the carrier runs it). A phone known to lack VoLTE, or absent from a published list the carrier
///    enforces for calls (AT&T), is data-only; a phone a carrier that certifies phones has not certified may be
///    refused (Verizon). Either makes the overall verdict at most partial. Unknown is a caveat, not a downgrade.
/// 4. **Score**: served anchor bands weighted coverage 2, capacity 1, over all live anchors, in \[0, 1\].
/// 5. **Headline**: one plain sentence combining bands, calls and activation ([`Report::summary`]).
///
/// ```
/// use bandcheck::{check_with, Database, Date, Variant, Verdict};
/// let db = Database::bundled();
/// let phone = Variant::new("US", "B2, B4, B5, B12, B13, B14, B66, n5, n77".parse()?).with_volte(Some(true));
/// let reports = check_with(db, &phone, "Visible", "2026-12-02".parse()?)?;
/// assert_eq!((reports[0].host.as_str(), reports[0].verdict), ("verizon", Verdict::Full));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`CheckError::UnknownCarrier`] for a name that is no carrier or MVNO (`verizonn`), listing the known ids;
/// [`CheckError::Closed`] for a brand that had closed by `as_of`.
pub fn check_with(
    db: &Database,
    variant: &Variant,
    target: &str,
    as_of: Date,
) -> Result<Vec<Report>, CheckError> {
    let target = db.target(target).ok_or_else(|| CheckError::UnknownCarrier {
        name: target.to_string(),
        known: db.target_ids().into_iter().map(str::to_string).collect(),
    })?;
    if let Target::Mvno(m) = target
        && let Some(ended) = m.ended().filter(|&e| e <= as_of)
    {
        return Err(CheckError::Closed {
            name: m.name().to_string(),
            ended,
            as_of,
        });
    }
    Ok(networks(db, target, as_of)
        .into_iter()
        .map(|(network, host)| {
            let relation = host.map(|h| {
                let verb = match target {
                    Target::Mvno(_) => "runs on",
                    _ => "also uses",
                };
                match &h.note {
                    Some(note) => format!("{} {verb} {}'s network ({note})", target.name(), network.name()),
                    None => format!("{} {verb} {}'s network", target.name(), network.name()),
                }
            });
            let asked = Asked {
                id: target.id(),
                name: target.name(),
                relation,
            };
            report::build(variant, network, as_of, asked)
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
pub fn check(variant: &Variant, target: &str, as_of: Date) -> Result<Vec<Report>, CheckError> {
    check_with(Database::bundled(), variant, target, as_of)
}

/// Reports for `variant` on every carrier in `db`, each as [`check_with`] gives it (the MVNOs are left out:
/// they repeat their hosts).
///
/// ```
/// use bandcheck::{check_all_with, Database, Variant};
/// let db = Database::bundled();
/// let reports = check_all_with(db, &Variant::new("x", "B2, B66, n41".parse()?), "2026-12-02".parse()?);
/// assert!(reports.iter().any(|r| r.carrier == "tmobile"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_all_with(db: &Database, variant: &Variant, as_of: Date) -> Vec<Report> {
    db.carriers()
        .iter()
        .flat_map(|c| check_with(db, variant, c.id(), as_of).unwrap_or_default())
        .collect()
}

/// [`check_all_with`] on the bundled database.
///
/// ```
/// let reports = bandcheck::check_all(&bandcheck::Variant::new("x", "B13".parse()?), "2026-12-02".parse()?);
/// assert!(reports.iter().any(|r| r.carrier == "verizon"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_all(variant: &Variant, as_of: Date) -> Vec<Report> {
    check_all_with(Database::bundled(), variant, as_of)
}

/// Reports for every variant of `phone` on a carrier or MVNO; each report names the phone and the variant.
///
/// ```
/// use bandcheck::{check_phone_with, Database};
/// let db = Database::bundled();
/// let phone = db.resolve_phone("Xiaomi 12")?;
/// for r in check_phone_with(db, phone, "att", "2026-12-02".parse()?)? {
///     assert_eq!(r.phone, "Xiaomi 12");
///     println!("[{}] {}", r.variant, r.summary);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`check_with`].
pub fn check_phone_with(
    db: &Database,
    phone: &Phone,
    target: &str,
    as_of: Date,
) -> Result<Vec<Report>, CheckError> {
    let mut out = Vec::new();
    for variant in phone.variants() {
        out.extend(check_with(db, variant, target, as_of)?);
    }
    Ok(out)
}

/// [`check_phone_with`] on the bundled database.
///
/// ```
/// let phone = bandcheck::Database::bundled().resolve_phone("POCO X3 NFC")?;
/// let reports = bandcheck::check_phone(phone, "mint", "2026-12-02".parse()?)?;
/// assert_eq!(reports[0].host, "tmobile");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`check_with`].
pub fn check_phone(phone: &Phone, target: &str, as_of: Date) -> Result<Vec<Report>, CheckError> {
    check_phone_with(Database::bundled(), phone, target, as_of)
}

/// The networks a target is checked on at `as_of`, each with the host entry that put it there (none for a
/// carrier's own network).
fn networks<'a>(db: &'a Database, target: Target<'a>, as_of: Date) -> Vec<(&'a Carrier, Option<&'a Host>)> {
    let (own, hosts): (Option<&Carrier>, &[Host]) = match target {
        Target::Carrier(c) => (Some(c), c.hosts()),
        Target::Mvno(m) => (None, m.hosts()),
    };
    let active: Vec<&Host> = hosts.iter().filter(|h| h.is_active(as_of)).collect();
    let own = own.filter(|c| active.is_empty() || !c.bands_on(as_of).anchors().is_empty());
    own.map(|c| (c, None))
        .into_iter()
        .chain(
            active
                .into_iter()
                .filter_map(|h| db.carrier(&h.id).map(|c| (c, Some(h)))),
        )
        .collect()
}

/// One line of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// What is ranked: a carrier or MVNO id (ranking carriers) or a phone's name (ranking phones).
    pub id: String,
    /// Its name for people ("Mint Mobile", "Xiaomi 15").
    pub name: String,
    /// The variant (ranking phones) or the host network (ranking carriers) that gave the best result.
    pub via: String,
    /// The best verdict.
    pub verdict: Verdict,
    /// The best score.
    pub score: f64,
    /// Whether calls work with that result: a data-only result is never ranked above one with calls.
    pub calls: Answer,
    /// Whether the network's band data is complete; incomplete ones are ranked after every complete one.
    pub complete: bool,
}

fn best(db: &Database, reports: impl IntoIterator<Item = Report>) -> Option<(Report, bool)> {
    reports
        .into_iter()
        .map(|r| {
            let complete = db.carrier(&r.host).is_none_or(Carrier::bands_complete);
            (r, complete)
        })
        .max_by(|(a, ac), (b, bc)| {
            rank_key(a, *ac)
                .partial_cmp(&rank_key(b, *bc))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// Complete band data first, then anything with calls before data-only, then verdict, then score.
fn rank_key(report: &Report, complete: bool) -> (bool, bool, Verdict, f64) {
    (
        complete,
        report.calls.status != Answer::No,
        report.verdict,
        report.score,
    )
}

fn sort_ranked(list: &mut [Ranked]) {
    let key = |r: &Ranked| (r.complete, r.calls != Answer::No, r.verdict, r.score);
    list.sort_by(|a, b| {
        key(b)
            .partial_cmp(&key(a))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.name.cmp(&b.name))
    });
}

/// Every carrier and MVNO for `variant`, best first: networks with complete band data before incomplete ones,
/// calls before data-only, then verdict and score. An MVNO with several hosts is ranked by its best host.
///
/// ```
/// use bandcheck::{rank_carriers_with, Database, Variant};
/// let db = Database::bundled();
/// let ranked = rank_carriers_with(db, &Variant::new("x", "B2, B4, B5, B13, B66, n77".parse()?), "2026-12-02".parse()?);
/// assert_eq!(ranked[0].via, "verizon");
/// assert!(ranked.last().is_some_and(|r| !r.complete)); // regional networks with partial band data come last
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rank_carriers_with(db: &Database, variant: &Variant, as_of: Date) -> Vec<Ranked> {
    let mut list: Vec<Ranked> = db
        .target_ids()
        .into_iter()
        .filter_map(|id| best(db, check_with(db, variant, id, as_of).ok()?))
        .map(|(r, complete)| Ranked {
            id: r.carrier,
            name: r.carrier_name,
            via: r.host,
            verdict: r.verdict,
            score: r.score,
            calls: r.calls.status,
            complete,
        })
        .collect();
    sort_ranked(&mut list);
    list
}

/// [`rank_carriers_with`] on the bundled database.
///
/// ```
/// let ranked = bandcheck::rank_carriers(&bandcheck::Variant::new("x", "B2, B12, B66, B71".parse()?), "2026-12-02".parse()?);
/// assert!(ranked.iter().any(|r| r.id == "mint"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rank_carriers(variant: &Variant, as_of: Date) -> Vec<Ranked> {
    rank_carriers_with(Database::bundled(), variant, as_of)
}

/// Every catalog phone for a carrier or MVNO, best first (calls before data-only, then verdict and score),
/// each by its best variant.
///
/// ```
/// use bandcheck::{rank_phones_with, Database};
/// let ranked = rank_phones_with(Database::bundled(), "tmobile", "2026-12-02".parse()?)?;
/// println!("best on T-Mobile: {} [{}]", ranked[0].name, ranked[0].via);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`check_with`].
pub fn rank_phones_with(db: &Database, target: &str, as_of: Date) -> Result<Vec<Ranked>, CheckError> {
    let mut list = Vec::new();
    for phone in db.phones() {
        if let Some((r, complete)) = best(db, check_phone_with(db, phone, target, as_of)?) {
            list.push(Ranked {
                id: phone.name().to_string(),
                name: phone.name().to_string(),
                via: r.variant,
                verdict: r.verdict,
                score: r.score,
                calls: r.calls.status,
                complete,
            });
        }
    }
    sort_ranked(&mut list);
    Ok(list)
}

/// [`rank_phones_with`] on the bundled database.
///
/// ```
/// let ranked = bandcheck::rank_phones("verizon", "2026-12-02".parse()?)?;
/// assert!(ranked.windows(2).all(|w| (w[0].complete, w[0].verdict) >= (w[1].complete, w[1].verdict) || w[0].calls != w[1].calls));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`check_with`].
pub fn rank_phones(target: &str, as_of: Date) -> Result<Vec<Ranked>, CheckError> {
    rank_phones_with(Database::bundled(), target, as_of)
}
