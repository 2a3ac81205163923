//! The headline a person reads (rule 6): bands, calls and activation in one plain sentence, e.g. "Works, with
//! weaker rural and indoor coverage (no 600 MHz); calls not enabled: not on AT&T's HD Voice list (2021-05-14)".
//!
//! Written straight into one string: a report is built on a hot path, and the sentence was half its cost when
//! assembled from pieces (8.3k of 19.6k instructions per report, callgrind).

use std::fmt::Write;

use crate::activation::ActivationRule;
use crate::carrier::{Carrier, Role};

use super::report::{Activation, Calls, NetworkStatus, TechnologyReport};
use super::verdict::{Answer, CallsWhy, Verdict};

/// The sentence for one phone on one network.
pub(crate) fn sentence(
    network: &Carrier,
    band_verdict: Verdict,
    technologies: &[TechnologyReport],
    calls: &Calls,
    calls_why: CallsWhy,
    activation: &Activation,
) -> String {
    // Room for most sentences, so the string is not regrown.
    let mut out = String::with_capacity(256);
    write_bands(&mut out, network, band_verdict, technologies);
    if !network.bands_complete() {
        let _ = write!(
            out,
            " on the bands sources name ({}'s band table is incomplete)",
            network.name()
        );
    }
    if band_verdict != Verdict::None {
        out.push_str("; ");
        write_calls(&mut out, network, calls, calls_why);
    }
    match (activation.status, activation.rule) {
        (Answer::No, _) => {
            let _ = write!(
                out,
                "; {} may refuse to activate it (not on its list)",
                network.name()
            );
        }
        (Answer::Unknown, ActivationRule::Certified) => {
            let _ = write!(
                out,
                "; {} activates only phones it has certified, and this one is not known to be",
                network.name()
            );
        }
        _ => {}
    }
    out
}

fn write_bands(
    out: &mut String,
    network: &Carrier,
    band_verdict: Verdict,
    technologies: &[TechnologyReport],
) {
    let live = technologies.iter().filter(|t| t.status == NetworkStatus::Live);
    match band_verdict {
        Verdict::Unknown => {
            out.push_str("Cannot tell: the phone's source lists no ");
            let unknown = live.filter(|t| t.verdict == Some(Verdict::Unknown));
            for (i, t) in unknown.enumerate() {
                out.push_str(if i == 0 { "" } else { " or " });
                out.push_str(t.technology.label());
            }
            out.push_str(" bands");
        }
        Verdict::None => {
            let _ = write!(out, "Does not work on {}: no band in common", network.name());
        }
        Verdict::Full => out.push_str("Works"),
        Verdict::Partial => {
            let (mut coverage, mut capacity, mut without) = (Vec::new(), Vec::new(), Vec::new());
            for t in live {
                if t.verdict == Some(Verdict::None) {
                    without.push(t.technology.label());
                    continue;
                }
                for &band in &t.missing {
                    let Some(info) = network
                        .network(t.technology)
                        .and_then(|n| n.bands.iter().find(|b| b.band == band))
                    else {
                        continue;
                    };
                    let names = if info.role == Role::Coverage {
                        &mut coverage
                    } else {
                        &mut capacity
                    };
                    let name = short_name(&info.name);
                    if !names.iter().any(|n: &(&str, _)| n.0 == name) {
                        names.push((name, band));
                    }
                }
            }
            let gaps = usize::from(!coverage.is_empty()) + usize::from(!capacity.is_empty()) + without.len();
            if gaps == 0 {
                out.push_str("Works partly");
                return;
            }
            out.push_str("Works, with ");
            let mut gap = 0;
            let mut separator = |out: &mut String| {
                gap += 1;
                out.push_str(match gap {
                    1 => "",
                    n if n == gaps => " and ",
                    _ => ", ",
                });
            };
            if !coverage.is_empty() {
                separator(out);
                out.push_str("weaker rural and indoor coverage (no ");
                write_names(out, &coverage);
                out.push(')');
            }
            if !capacity.is_empty() {
                separator(out);
                out.push_str("slower speeds where busy (no ");
                write_names(out, &capacity);
                out.push(')');
            }
            for label in without {
                separator(out);
                let _ = write!(out, "no {label} service");
            }
        }
    }
}

/// "600 MHz, C-band": band names, or the band id where the data gives no name.
fn write_names(out: &mut String, names: &[(&str, crate::band::Band)]) {
    for (i, (name, band)) in names.iter().enumerate() {
        out.push_str(if i == 0 { "" } else { ", " });
        if name.is_empty() {
            let _ = write!(out, "{band}");
        } else {
            out.push_str(name);
        }
    }
}

fn write_calls(out: &mut String, network: &Carrier, calls: &Calls, why: CallsWhy) {
    match (calls.status, why) {
        (Answer::Yes, _) => out.push_str("calls work"),
        (Answer::No, CallsWhy::PhoneLacksVolte) => out.push_str("data only: the phone has no VoLTE"),
        (Answer::No, CallsWhy::NoVoiceBand) => out.push_str("no calls: no band it serves carries VoLTE"),
        (Answer::No, _) => {
            let _ = write!(out, "calls not enabled: {}", calls.reason);
        }
        (_, CallsWhy::VolteUnknown) => out.push_str("calls unknown: whether it has VoLTE is not known"),
        (_, CallsWhy::NoList) => {
            let _ = write!(
                out,
                "calls unknown: {} enables calls only on phones it lists or certifies",
                network.name()
            );
        }
        (_, _) => {
            let _ = write!(out, "calls unknown: {}", calls.reason);
        }
    }
}

/// A band's US name without its parenthesised detail ("C-band (5G Ultra Wideband)" → "C-band").
fn short_name(name: &str) -> &str {
    name.find('(').map_or(name, |at| &name[..at]).trim()
}
