//! Turns raw TOML into validated carriers, MVNOs and phones, with errors that point into the file.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use toml::Spanned;

use crate::activation::{ActivationPolicy, DeviceList, ListedDevice};
use crate::band::Band;
use crate::carrier::{
    Carrier, CarrierBand, CarrierFacts, Host, Mvno, MvnoFacts, Network, Policy, Role, VoiceRules,
};
use crate::date::Date;
use crate::error::{DataError, FileContext};
use crate::parse::{BandList, WarningKind, parse_band_list};
use crate::phone::{Phone, Variant, VariantParts};
use crate::spectrum::Spectrum;
use crate::technology::Technology;

use super::raw::{self, DateValue, Text};

pub(super) fn carrier(context: &FileContext<'_>, expected_id: Option<&str>) -> Result<Carrier, DataError> {
    // A device list in the one-table-per-device layout is read by a fast reader; anything else (and every error)
    // by `toml`.
    let raw: raw::RawCarrier = match super::fast::carrier_file(context.text) {
        Some(raw) => raw,
        None => toml::from_str(context.text).map_err(|e| context.toml_error(&e))?,
    };
    let id = identifier(context, &raw.id)?;
    if let Some(expected) = expected_id.filter(|e| *e != id) {
        return Err(context.error(
            raw.id.span(),
            format!("id `{id}` does not match the file name, expected `{expected}`"),
        ));
    }
    let carrier_sources = sources(context, raw.sources)?;
    let networks = [
        (Technology::Gsm, raw.networks.gsm),
        (Technology::Umts, raw.networks.umts),
        (Technology::Cdma, raw.networks.cdma),
        (Technology::Lte, raw.networks.lte),
        (Technology::Nr, raw.networks.nr),
    ]
    .into_iter()
    .filter_map(|(t, n)| n.map(|n| network(context, t, n)))
    .collect::<Result<Vec<_>, _>>()?;
    let (networks, raw_shares): (Vec<Network>, Vec<Vec<SharedTwin>>) = networks.into_iter().unzip();
    let raw_shares = raw_shares.into_iter().flatten().collect();
    let voice = match raw.voice {
        Some(v) => VoiceRules {
            volte_required: v.volte_required.as_ref().map(|d| date(context, d)).transpose()?,
            vonr: v.vonr,
            sources: urls(context, v.sources)?,
        },
        None => VoiceRules::default(),
    };
    let policies = raw
        .policy
        .into_iter()
        .map(|p| {
            Ok(Policy {
                id: identifier(context, &p.id)?,
                text: p.text,
                since: p.since.as_ref().map(|d| date(context, d)).transpose()?,
                status: p.status,
                sources: sources(context, p.sources)?,
            })
        })
        .collect::<Result<Vec<_>, DataError>>()?;
    shared_spectrum(context, &networks, raw_shares)?;
    let activation = raw.activation.map(|a| activation(context, a)).transpose()?;
    Ok(Carrier::new(CarrierFacts {
        id,
        name: raw.name,
        aliases: raw.aliases,
        hosts: match &raw.hosts {
            Some(list) => hosts(context, list)?,
            None => Vec::new(),
        },
        bands_complete: raw.bands_complete.unwrap_or(true),
        checked: date(context, &raw.checked)?,
        sources: carrier_sources,
        networks,
        voice,
        activation,
        policies,
    }))
}

fn activation(context: &FileContext<'_>, raw: raw::RawActivation) -> Result<ActivationPolicy, DataError> {
    let list = raw
        .list
        .map(|l| {
            let devices = l
                .device
                .into_iter()
                .map(|d| ListedDevice {
                    brand: d.brand,
                    model: d.model,
                    models: d.models,
                    calls: d.calls,
                })
                .collect();
            Ok::<_, DataError>(DeviceList::new(
                l.name,
                l.title,
                l.date.as_ref().map(|d| date(context, d)).transpose()?,
                l.complete,
                l.brands_complete,
                sources(context, l.sources)?,
                devices,
            ))
        })
        .transpose()?;
    Ok(ActivationPolicy {
        rule: raw.rule,
        refuses: raw.refuses,
        since: raw.since.as_ref().map(|d| date(context, d)).transpose()?,
        text: raw.text,
        status: raw.status,
        sources: sources(context, raw.sources)?,
        list,
    })
}

/// Dated hosts. A host id is checked against the carriers once every file is loaded.
pub(super) fn hosts(
    context: &FileContext<'_>,
    raw: &Spanned<Vec<raw::RawHost>>,
) -> Result<Vec<Host>, DataError> {
    let plain_date = |value: &Option<toml::value::Datetime>| {
        value
            .as_ref()
            .map(|dt| {
                Date::from_toml(dt).ok_or_else(|| {
                    context.error(
                        raw.span(),
                        format!("invalid host date `{dt}`, expected a date like 2022-02-22"),
                    )
                })
            })
            .transpose()
    };
    raw.get_ref()
        .iter()
        .map(|h| match h {
            raw::RawHost::Id(id) => Ok(Host::new(id.clone())),
            raw::RawHost::Dated(d) => {
                let host = Host {
                    id: d.id.clone(),
                    from: plain_date(&d.from)?,
                    until: plain_date(&d.until)?,
                    note: d.note.clone(),
                };
                if let (Some(f), Some(u)) = (host.from, host.until)
                    && u <= f
                {
                    return Err(context.error(
                        raw.span(),
                        format!("host `{}` ends on {u}, before it starts on {f}", host.id),
                    ));
                }
                Ok(host)
            }
        })
        .collect()
}

/// An NR band's `shares` entry, checked once all the carrier's networks are read.
struct SharedTwin {
    nr: Band,
    lte: Band,
    span: std::ops::Range<usize>,
}

/// A shared-spectrum NR band names an LTE band of the same carrier on the same frequencies.
fn shared_spectrum(
    context: &FileContext<'_>,
    networks: &[Network],
    shares: Vec<SharedTwin>,
) -> Result<(), DataError> {
    let spectrum = Spectrum::bundled();
    for SharedTwin { nr, lte, span } in shares {
        let same_spectrum = match (spectrum.info(nr), spectrum.info(lte)) {
            (Some(a), Some(b)) => a.uplink() == b.uplink() && a.downlink() == b.downlink(),
            _ => false,
        };
        if !same_spectrum {
            return Err(context.error(
                span.clone(),
                format!("band `{nr}` cannot share spectrum with `{lte}`, expected an LTE band on the same frequencies"),
            ));
        }
        let listed = networks
            .iter()
            .filter(|n| n.technology == Technology::Lte)
            .any(|n| n.bands.iter().any(|b| b.band == lte));
        if !listed {
            return Err(context.error(
                span,
                format!(
                    "band `{nr}` shares spectrum with `{lte}`, which is not in this carrier's LTE network"
                ),
            ));
        }
    }
    Ok(())
}

fn network(
    context: &FileContext<'_>,
    technology: Technology,
    raw: Spanned<raw::RawNetwork>,
) -> Result<(Network, Vec<SharedTwin>), DataError> {
    let span = raw.span();
    let raw = raw.into_inner();
    let network_sources = urls(context, raw.sources)?;
    let mut bands: Vec<CarrierBand> = Vec::with_capacity(raw.bands.len());
    let mut shares = Vec::new();
    for entry in raw.bands {
        let entry_span = entry.span();
        let b = entry.into_inner();
        let band = band(context, technology, &b.band)?;
        if bands.iter().any(|other| other.band == band) {
            return Err(context.error(
                b.band.span(),
                format!("duplicate band `{band}` in the {technology} network"),
            ));
        }
        check_role(context, band, &b.role)?;
        let from = b.from.as_ref().map(|d| date(context, d)).transpose()?;
        let until = b.until.as_ref().map(|d| date(context, d)).transpose()?;
        if let (Some(f), Some(u), Some(span)) = (from, until, b.until.as_ref().map(Spanned::span))
            && u <= f
        {
            return Err(context.error(
                span,
                format!("band `{band}` ends on {u}, before it starts on {f}"),
            ));
        }
        let twin = match &b.shares {
            Some(_) if technology != Technology::Nr => {
                return Err(context.error(
                    entry_span,
                    format!("band `{band}` cannot share spectrum, expected `shares` on NR bands only"),
                ));
            }
            Some(text) => {
                let lte = self::band(context, Technology::Lte, text)?;
                shares.push(SharedTwin {
                    nr: band,
                    lte,
                    span: text.span(),
                });
                Some(lte)
            }
            None => None,
        };
        let band_sources = urls(context, b.sources)?;
        if band_sources.is_empty() && network_sources.is_empty() {
            return Err(context.error(
                entry_span,
                format!("band `{band}` has no source, expected a `sources` URL"),
            ));
        }
        bands.push(CarrierBand {
            band,
            role: b.role.into_inner(),
            name: b.name,
            confidence: b.confidence,
            from,
            until,
            planned: b.planned,
            shares: twin,
            note: b.note,
            sources: band_sources,
        });
    }
    if network_sources.is_empty() && bands.is_empty() {
        return Err(context.error(
            span,
            format!("the {technology} network has no source, expected a `sources` URL"),
        ));
    }
    let network = Network {
        technology,
        retired: raw.retired.as_ref().map(|d| date(context, d)).transpose()?,
        retired_confidence: raw.retired_confidence,
        retired_note: raw.retired_note,
        bands,
        sources: network_sources,
    };
    Ok((network, shares))
}

/// A downlink-only band never carries a connection, so it cannot be a coverage or capacity anchor.
fn check_role(context: &FileContext<'_>, band: Band, role: &Spanned<Role>) -> Result<(), DataError> {
    let standalone = Spectrum::bundled()
        .info(band)
        .is_some_and(|i| i.duplex().is_standalone());
    if !standalone && *role.get_ref() != Role::Supplemental {
        return Err(context.error(
            role.span(),
            format!(
                "band `{band}` is downlink-only and cannot have role `{}`, expected `supplemental`",
                role.get_ref().id()
            ),
        ));
    }
    Ok(())
}

/// An MVNO with the span of its host list: hosts are checked once every file is loaded.
pub(super) type MvnoWithHostSpan = (Mvno, std::ops::Range<usize>);

/// The MVNOs of `mvnos.toml`, and the date the file was checked.
pub(super) fn mvnos(context: &FileContext<'_>) -> Result<(Vec<MvnoWithHostSpan>, Date), DataError> {
    let raw: raw::RawMvnoFile = toml::from_str(context.text).map_err(|e| context.toml_error(&e))?;
    let mut ids = std::collections::HashSet::new();
    if let Some(dup) = raw.mvno.iter().find(|m| !ids.insert(m.id.get_ref().as_str())) {
        return Err(context.error(dup.id.span(), format!("duplicate MVNO id `{}`", dup.id.get_ref())));
    }
    let checked = date(context, &raw.checked)?;
    let mvnos = raw
        .mvno
        .into_iter()
        .map(|m| {
            if m.hosts.get_ref().is_empty() {
                return Err(context.error(
                    m.hosts.span(),
                    format!("MVNO `{}` has no host, expected a carrier id", m.id.get_ref()),
                ));
            }
            let mvno = Mvno::new(MvnoFacts {
                id: identifier(context, &m.id)?,
                name: m.name,
                aliases: m.aliases,
                hosts: hosts(context, &m.hosts)?,
                ended: m.ended.as_ref().map(|d| date(context, d)).transpose()?,
                note: m.note,
                confidence: m.confidence,
                sources: sources(context, m.sources)?,
            });
            Ok((mvno, m.hosts.span()))
        })
        .collect::<Result<Vec<_>, DataError>>()?;
    Ok((mvnos, checked))
}

/// The phones of a `phones/*.toml` file, and the date the file was checked.
/// Band lines are parsed once per `lists`, which may be shared by several files.
pub(super) fn phones(
    context: &FileContext<'_>,
    lists: &mut BandLists,
) -> Result<(Vec<super::PhoneEntry>, Date), DataError> {
    // The import's one-line layout is read by a fast reader; anything else (and every error) by `toml`.
    let raw: raw::RawPhoneFile = match super::fast::phone_file(context.text) {
        Some(raw) => raw,
        None => toml::from_str(context.text).map_err(|e| context.toml_error(&e))?,
    };
    let checked = date(context, &raw.checked)?;
    let file_sources = urls(context, raw.sources)?;
    let phones = raw
        .phone
        .into_iter()
        .map(|p| phone(context, &file_sources, lists, p))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((phones, checked))
}

/// Parsed band lines by technology and text, for [`phones`]: many phones share a band line
/// ("GSM 850 / 900 / 1800 / 1900"), so each distinct line is parsed once.
#[derive(Default)]
pub(super) struct BandLists([HashMap<String, BandList, BuildHasherDefault<Fnv>>; 5]);

/// FNV-1a: band lines are short and trusted, so a simple hash beats SipHash here.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl BandLists {
    fn get(&mut self, technology: Technology, text: &str) -> BandList {
        let cache = &mut self.0[technology.index()];
        if cache.capacity() == 0 {
            cache.reserve(256);
        }
        if let Some(list) = cache.get(text) {
            return list.clone();
        }
        let list = parse_band_list(technology, text);
        cache.insert(text.to_string(), list.clone());
        list
    }
}

fn phone(
    context: &FileContext<'_>,
    file_sources: &[String],
    lists: &mut BandLists,
    raw: raw::RawPhone<'_>,
) -> Result<(Phone, Vec<String>), DataError> {
    let model = raw.model.get_ref().trim();
    let has_brand = model
        .get(..raw.brand.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(&raw.brand));
    let name = if has_brand {
        model.to_string()
    } else {
        [raw.brand.as_str(), model].join(" ")
    };
    let own_sources = urls(context, raw.sources)?;
    let mut phone_sources = Vec::with_capacity(file_sources.len() + own_sources.len());
    phone_sources.extend_from_slice(file_sources);
    phone_sources.extend(own_sources);
    if phone_sources.is_empty() {
        return Err(context.error(
            raw.model.span(),
            format!("phone `{name}` has no sources, expected at least one URL"),
        ));
    }
    if raw.variant.is_empty() {
        return Err(context.error(
            raw.model.span(),
            format!("phone `{name}` has no variant, expected a [[phone.variant]]"),
        ));
    }
    let mut variants = Vec::with_capacity(raw.variant.len());
    for v in raw.variant {
        let own_sources = urls(context, v.sources)?;
        let variant_sources = if own_sources.is_empty() {
            phone_sources.clone()
        } else {
            own_sources
        };
        let fields = [
            (Technology::Gsm, &v.gsm),
            (Technology::Umts, &v.umts),
            (Technology::Cdma, &v.cdma),
            (Technology::Lte, &v.lte),
            (Technology::Nr, &v.nr),
        ];
        let mut bands = crate::band_set::BandSet::new();
        let mut unknown_bands = Vec::new();
        let mut unknown_technologies = Vec::new();
        let mut warnings = Vec::new();
        for (technology, field) in fields {
            let Some(field) = field else { continue };
            let list = lists.get(technology, field.get_ref());
            // Unknown band numbers are real GSMArena content and are kept; anything else is a data error.
            if let Some(w) = list
                .warnings
                .iter()
                .find(|w| !matches!(w.kind, WarningKind::UnknownBand(_)))
            {
                let start = field.span().start + 1 + w.span.start;
                return Err(context.error(start..start, format!("in `{}` of `{name}`: {w}", technology.id())));
            }
            bands = bands.union(&list.bands);
            unknown_bands.extend(list.unknown_bands);
            if list.unknown {
                unknown_technologies.push(technology);
            }
            warnings.extend(list.warnings);
        }
        variants.push(
            Variant::from_parts(VariantParts {
                name: v.name.into_inner(),
                models: v.models,
                bands,
                unknown_bands,
                unknown_technologies,
                volte: v.volte,
                warnings,
            })
            .with_catalog_facts(v.confidence, variant_sources),
        );
    }
    // The model without the brand finds the phone too ("Pixel 7" for "Google Pixel 7").
    let mut aliases = raw.aliases;
    aliases.push(model.to_string());
    let phone = Phone::new(name, variants).with_catalog_facts(raw.brand, phone_sources);
    Ok((phone, aliases))
}

fn band(context: &FileContext<'_>, technology: Technology, text: &Text) -> Result<Band, DataError> {
    let band: Band = text
        .get_ref()
        .parse()
        .map_err(|e: crate::band::BandError| context.error(text.span(), e.to_string()))?;
    if band.technology() != technology {
        return Err(context.error(
            text.span(),
            format!(
                "band `{band}` is under networks.{technology}, expected it under networks.{}",
                band.technology()
            ),
        ));
    }
    Ok(band)
}

fn date(context: &FileContext<'_>, value: &DateValue) -> Result<Date, DataError> {
    let dt = value.get_ref();
    Date::from_toml(dt).ok_or_else(|| {
        context.error(
            value.span(),
            format!("invalid date `{dt}`, expected a date like 2022-02-22"),
        )
    })
}

/// An id: lowercase letters, digits and `-`.
fn identifier(context: &FileContext<'_>, text: &Text) -> Result<String, DataError> {
    let id = text.get_ref();
    let valid = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(id.clone())
    } else {
        Err(context.error(
            text.span(),
            format!("invalid id `{id}`, expected lowercase letters, digits and `-`"),
        ))
    }
}

/// A non-empty list of URLs.
fn sources(context: &FileContext<'_>, list: Spanned<Vec<Text>>) -> Result<Vec<String>, DataError> {
    let span = list.span();
    let urls = urls(context, list.into_inner())?;
    if urls.is_empty() {
        return Err(context.error(span, "empty `sources`, expected at least one URL"));
    }
    Ok(urls)
}

/// URLs, each checked to be one.
fn urls(context: &FileContext<'_>, list: Vec<Text>) -> Result<Vec<String>, DataError> {
    list.into_iter()
        .map(|s| {
            let url = s.get_ref();
            let valid = (url.starts_with("https://") || url.starts_with("http://"))
                && !url.contains(char::is_whitespace);
            if valid {
                Ok(s.into_inner())
            } else {
                Err(context.error(
                    s.span(),
                    format!("invalid source `{url}`, expected an http(s) URL"),
                ))
            }
        })
        .collect()
}
