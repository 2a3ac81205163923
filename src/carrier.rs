//! Carriers (network operators) and MVNOs: their bands by role, retired networks, voice rules and policies.

use serde::{Deserialize, Serialize};

use crate::activation::ActivationPolicy;
use crate::band::Band;
use crate::band_set::BandSet;
use crate::date::Date;
use crate::technology::Technology;

/// What a carrier band does for a phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// Low band: reach, rural and indoor service. Counts twice in the score.
    Coverage,
    /// Mid band: speed and capacity in towns. Counts once in the score.
    Capacity,
    /// Downlink-only, unlicensed, CBRS or mmWave: adds speed, never carries a connection alone.
    Supplemental,
}

impl Role {
    /// What a phone loses without a band of this role, in plain words.
    pub fn consequence(self) -> &'static str {
        match self {
            Role::Coverage => "weaker rural and indoor service",
            Role::Capacity => "slower speeds where the network is busy",
            Role::Supplemental => "fewer peak-speed boosts",
        }
    }

    /// The role's id: `coverage`, `capacity`, `supplemental`.
    pub fn id(self) -> &'static str {
        match self {
            Role::Coverage => "coverage",
            Role::Capacity => "capacity",
            Role::Supplemental => "supplemental",
        }
    }
}

/// How sure the sources are of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Sources disagree or are thin.
    Low,
    /// One good source, or sources that mostly agree.
    Medium,
    /// Several agreeing or authoritative sources.
    High,
}

impl Confidence {
    /// The lowercase id used in data files and JSON: `low`, `medium`, `high`.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// One band a carrier uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CarrierBand {
    /// The band.
    pub band: Band,
    /// What it does for a phone.
    pub role: Role,
    /// The US spectrum name ("700 MHz lower B/C").
    pub name: String,
    /// How sure the sources are.
    pub confidence: Confidence,
    /// Live from this date (unset: live as long as the network).
    pub from: Option<Date>,
    /// Gone from this date.
    pub until: Option<Date>,
    /// Announced but not live; never counted.
    pub planned: bool,
    /// The LTE band whose spectrum this NR band shares (dynamic spectrum sharing), if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shares: Option<Band>,
    /// What else a person should know.
    pub note: Option<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

impl CarrierBand {
    /// Whether the band carries service on `date`.
    pub fn is_live(&self, date: Date) -> bool {
        !self.planned && self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }
}

/// A carrier's network of one technology.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    /// The technology.
    pub technology: Technology,
    /// The date it was switched off, if it was.
    pub retired: Option<Date>,
    /// How sure the shutdown date is.
    pub retired_confidence: Option<Confidence>,
    /// Other readings of the shutdown date, and why this one was chosen.
    pub retired_note: Option<String>,
    /// Its bands.
    pub bands: Vec<CarrierBand>,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

impl Network {
    /// Whether the network is on at `date`.
    pub fn is_live(&self, date: Date) -> bool {
        self.retired.is_none_or(|r| date < r)
    }
}

/// When calls need VoLTE or VoNR.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VoiceRules {
    /// From this date the carrier carries voice only over LTE (VoLTE) or NR.
    pub volte_required: Option<Date>,
    /// Whether the carrier runs voice over NR (VoNR).
    pub vonr: bool,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

/// Whether a policy is confirmed by the carrier or only reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PolicyStatus {
    /// Confirmed by the carrier or several reports.
    Confirmed,
    /// Reported (leaks, single reports), not confirmed.
    Reported,
}

/// A carrier rule beyond bands that decides whether a phone works (VoLTE allowlists, certification).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Policy {
    /// A short id (`volte-allowlist`).
    pub id: String,
    /// The rule in plain words.
    pub text: String,
    /// In force from this date.
    pub since: Option<Date>,
    /// Confirmed or reported.
    pub status: PolicyStatus,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

impl Policy {
    /// The policy as a report caveat: its text, marked when only reported.
    pub fn caveat(&self) -> String {
        match self.status {
            PolicyStatus::Confirmed => self.text.clone(),
            PolicyStatus::Reported => format!("{} (reported, not confirmed)", self.text),
        }
    }
}

/// A network a carrier or MVNO runs on, for a period: Boost on AT&T from 2025, Ting on T-Mobile until it closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Host {
    /// The host carrier's id.
    pub id: String,
    /// From this date (unset: from the start).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Until the day before this date (unset: still).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// What kind of lines run there, when not all (`business lines`), or other context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Host {
    /// A host for all time.
    pub fn new(id: impl Into<String>) -> Host {
        Host {
            id: id.into(),
            from: None,
            until: None,
            note: None,
        }
    }

    /// Whether the brand runs on this host on `date`.
    pub fn is_active(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }
}

/// An NR band a carrier runs on the same spectrum as one of its LTE bands (dynamic spectrum sharing): a phone
/// that serves the LTE twin loses nothing but the 5G label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SharedSpectrum {
    /// The NR band (`n66`).
    pub nr: Band,
    /// Its LTE twin on the same spectrum (`B66`).
    pub lte: Band,
}

/// Everything a carrier is made of, as loaded: the input of [`Carrier::new`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CarrierFacts {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub hosts: Vec<Host>,
    pub bands_complete: bool,
    pub checked: Date,
    pub sources: Vec<String>,
    pub networks: Vec<Network>,
    pub voice: VoiceRules,
    pub activation: Option<ActivationPolicy>,
    pub policies: Vec<Policy>,
}

/// A network operator: AT&T, T-Mobile, Verizon, …
///
/// Built once from validated data and read through accessors: the bands by date are derived when it is built,
/// so its facts cannot change afterwards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Carrier {
    id: String,
    name: String,
    aliases: Vec<String>,
    hosts: Vec<Host>,
    bands_complete: bool,
    checked: Date,
    sources: Vec<String>,
    networks: Vec<Network>,
    voice: VoiceRules,
    activation: Option<ActivationPolicy>,
    policies: Vec<Policy>,
    #[serde(skip)]
    shared_spectrum: Vec<SharedSpectrum>,
    #[serde(skip)]
    timeline: Timeline,
    /// Each policy's caveat text with its start date, worded once at load.
    #[serde(skip)]
    policy_caveats: Vec<(Option<Date>, String)>,
}

impl Carrier {
    /// Builds a carrier from facts the loader has validated.
    pub(crate) fn new(facts: CarrierFacts) -> Carrier {
        let timeline = Timeline::new(&facts.networks);
        let policy_caveats = facts.policies.iter().map(|p| (p.since, p.caveat())).collect();
        let shared_spectrum = facts
            .networks
            .iter()
            .flat_map(|n| &n.bands)
            .filter_map(|b| b.shares.map(|lte| SharedSpectrum { nr: b.band, lte }))
            .collect();
        Carrier {
            id: facts.id,
            name: facts.name,
            aliases: facts.aliases,
            hosts: facts.hosts,
            bands_complete: facts.bands_complete,
            checked: facts.checked,
            sources: facts.sources,
            networks: facts.networks,
            voice: facts.voice,
            activation: facts.activation,
            policies: facts.policies,
            shared_spectrum,
            timeline,
            policy_caveats,
        }
    }

    /// The id (`att`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The name people use ("AT&T").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Other names it is known by.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// Other carriers whose networks it also uses, with their dates (Boost: AT&T and T-Mobile).
    pub fn hosts(&self) -> &[Host] {
        &self.hosts
    }

    /// Whether the band tables hold every band the carrier runs. A regional carrier whose sources name only
    /// some of its bands is incomplete: its verdicts are shown, but rankings put it apart, never first.
    pub fn bands_complete(&self) -> bool {
        self.bands_complete
    }

    /// When the facts were last checked against their sources.
    pub fn checked(&self) -> Date {
        self.checked
    }

    /// General sources.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// Its networks, one per technology it ran.
    pub fn networks(&self) -> &[Network] {
        &self.networks
    }

    /// Voice rules.
    pub fn voice(&self) -> &VoiceRules {
        &self.voice
    }

    /// Which phones it activates and enables calls on, if it has a rule for phones it did not sell.
    pub fn activation(&self) -> Option<&ActivationPolicy> {
        self.activation.as_ref()
    }

    /// Policies that decide whether a phone works beyond bands.
    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// NR bands run on the same spectrum as an LTE band (Verizon's n66 beside B66).
    pub fn shared_spectrum(&self) -> &[SharedSpectrum] {
        &self.shared_spectrum
    }

    /// The carrier's network of `technology`, if it ran one.
    pub fn network(&self, technology: Technology) -> Option<&Network> {
        self.networks.iter().find(|n| n.technology == technology)
    }

    /// The caveats of the policies in force on `date`.
    pub fn policy_caveats_on(&self, date: Date) -> impl Iterator<Item = &str> {
        self.policy_caveats
            .iter()
            .filter(move |(since, _)| since.is_none_or(|s| s <= date))
            .map(|(_, text)| text.as_str())
    }

    /// The bands by role that are live on `date`, precomputed: a lookup, not a scan.
    pub fn bands_on(&self, date: Date) -> &LiveBands {
        self.timeline.on(date)
    }
}

/// A carrier's live bands on some date, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LiveBands {
    /// Live coverage bands.
    pub coverage: BandSet,
    /// Live capacity bands.
    pub capacity: BandSet,
    /// Live supplemental bands.
    pub supplemental: BandSet,
    /// Bands announced or dated later, not yet live.
    pub planned: BandSet,
}

impl LiveBands {
    /// Coverage and capacity bands: the ones a verdict is about.
    pub fn anchors(&self) -> BandSet {
        self.coverage.union(&self.capacity)
    }
}

/// The carrier's live bands between each pair of dates on which something changes.
#[derive(Debug, Clone, PartialEq, Default)]
struct Timeline {
    /// (first date of the period, live bands); the first period starts at the beginning of time.
    periods: Vec<(Option<Date>, LiveBands)>,
}

impl Timeline {
    fn new(networks: &[Network]) -> Timeline {
        let mut dates: Vec<Date> = networks
            .iter()
            .flat_map(|n| {
                n.retired
                    .into_iter()
                    .chain(n.bands.iter().flat_map(|b| b.from.into_iter().chain(b.until)))
            })
            .collect();
        dates.sort();
        dates.dedup();
        let starts = std::iter::once(None).chain(dates.into_iter().map(Some));
        let periods = starts
            .map(|start| {
                // Any date inside the period gives the same bands; the start date itself does.
                let probe = start.unwrap_or(Date::EARLIEST);
                (start, live_bands(networks, probe))
            })
            .collect();
        Timeline { periods }
    }

    fn on(&self, date: Date) -> &LiveBands {
        let index = self
            .periods
            .partition_point(|(start, _)| start.is_none_or(|s| s <= date));
        &self.periods[index.saturating_sub(1)].1
    }
}

fn live_bands(networks: &[Network], date: Date) -> LiveBands {
    let mut live = LiveBands::default();
    for band in networks.iter().flat_map(|n| &n.bands) {
        if band.planned || band.from.is_some_and(|f| date < f) {
            live.planned.insert(band.band);
        }
    }
    for band in networks
        .iter()
        .filter(|n| n.is_live(date))
        .flat_map(|n| &n.bands)
        .filter(|b| b.is_live(date))
    {
        match band.role {
            Role::Coverage => live.coverage.insert(band.band),
            Role::Capacity => live.capacity.insert(band.band),
            Role::Supplemental => live.supplemental.insert(band.band),
        };
    }
    live
}

/// A brand that sells service on other carriers' networks (Cricket, Visible, Mint, …). Built from validated data
/// and read through accessors, like [`Carrier`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mvno {
    id: String,
    name: String,
    aliases: Vec<String>,
    hosts: Vec<Host>,
    ended: Option<Date>,
    note: Option<String>,
    confidence: Confidence,
    sources: Vec<String>,
}

/// Everything an MVNO is made of, as loaded: the input of [`Mvno::new`].
pub(crate) struct MvnoFacts {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub hosts: Vec<Host>,
    pub ended: Option<Date>,
    pub note: Option<String>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
}

impl Mvno {
    /// Builds an MVNO from facts the loader has validated.
    pub(crate) fn new(facts: MvnoFacts) -> Mvno {
        let MvnoFacts {
            id,
            name,
            aliases,
            hosts,
            ended,
            note,
            confidence,
            sources,
        } = facts;
        Mvno {
            id,
            name,
            aliases,
            hosts,
            ended,
            note,
            confidence,
            sources,
        }
    }

    /// The id (`mint`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The name people use ("Mint Mobile").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Other names.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// The carriers it runs on, with their dates; a phone is checked against each host active on the date.
    pub fn hosts(&self) -> &[Host] {
        &self.hosts
    }

    /// The day the brand closed, if it did: checks on or after it are refused.
    pub fn ended(&self) -> Option<Date> {
        self.ended
    }

    /// What else a person should know.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// How sure the sources are of the hosts.
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }

    /// Where the facts come from.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}
