//! The headline a person reads (rule 6): bands, calls and activation in one plain sentence, e.g. "Works, with
//! weaker rural and indoor coverage (no 600 MHz); calls not enabled: not on AT&T's HD Voice list (2025-…)".

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
    let mut parts = vec![bands_part(network, band_verdict, technologies)];
    if !network.bands_complete() {
        parts[0].push_str(&format!(
            " on the bands sources name ({}'s band table is incomplete)",
            network.name()
        ));
    }
    if band_verdict != Verdict::None {
        parts.push(calls_part(network, calls, calls_why));
    }
    match (activation.status, activation.rule) {
        (Answer::No, _) => parts.push(format!(
            "{} may refuse to activate it (not on its list)",
            network.name()
        )),
        (Answer::Unknown, ActivationRule::Certified) => parts.push(format!(
            "{} activates only phones it has certified, and this one is not known to be",
            network.name()
        )),
        _ => {}
    }
    parts.join("; ")
}

fn bands_part(network: &Carrier, band_verdict: Verdict, technologies: &[TechnologyReport]) -> String {
    let live = technologies.iter().filter(|t| t.status == NetworkStatus::Live);
    match band_verdict {
        Verdict::Unknown => {
            let unknown: Vec<&str> = live
                .filter(|t| t.verdict == Some(Verdict::Unknown))
                .map(|t| t.technology.label())
                .collect();
            format!(
                "Cannot tell: the phone's source lists no {} bands",
                unknown.join(" or ")
            )
        }
        Verdict::None => format!("Does not work on {}: no band in common", network.name()),
        Verdict::Full => "Works".to_string(),
        Verdict::Partial => {
            let mut without = Vec::new();
            let (mut coverage, mut capacity) = (Vec::new(), Vec::new());
            for t in live {
                if t.verdict == Some(Verdict::None) {
                    without.push(format!("no {} service", t.technology.label()));
                    continue;
                }
                for &band in &t.missing {
                    let Some(info) = network
                        .network(t.technology)
                        .and_then(|n| n.bands.iter().find(|b| b.band == band))
                    else {
                        continue;
                    };
                    let name = short_name(&info.name, band);
                    let names = if info.role == Role::Coverage {
                        &mut coverage
                    } else {
                        &mut capacity
                    };
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
            let mut gaps = Vec::new();
            if !coverage.is_empty() {
                gaps.push(format!(
                    "weaker rural and indoor coverage (no {})",
                    coverage.join(", ")
                ));
            }
            if !capacity.is_empty() {
                gaps.push(format!("slower speeds where busy (no {})", capacity.join(", ")));
            }
            gaps.extend(without);
            match gaps.len() {
                0 => "Works partly".to_string(),
                _ => format!("Works, with {}", and_list(&gaps)),
            }
        }
    }
}

fn calls_part(network: &Carrier, calls: &Calls, why: CallsWhy) -> String {
    match (calls.status, why) {
        (Answer::Yes, _) => "calls work".to_string(),
        (Answer::No, CallsWhy::PhoneLacksVolte) => "data only: the phone has no VoLTE".to_string(),
        (Answer::No, CallsWhy::NoVoiceBand) => "no calls: no band it serves carries VoLTE".to_string(),
        (Answer::No, _) => format!("calls not enabled: {}", calls.reason),
        (_, CallsWhy::VolteUnknown) => "calls unknown: whether it has VoLTE is not known".to_string(),
        (_, CallsWhy::NoList) => format!(
            "calls unknown: {} enables calls only on phones it lists or certifies",
            network.name()
        ),
        (_, _) => format!("calls unknown: {}", calls.reason),
    }
}

/// A band's US name without its parenthesised detail ("C-band (5G Ultra Wideband)" → "C-band"); the band id
/// where the data gives no name.
fn short_name(name: &str, band: crate::band::Band) -> String {
    let short = name.split(" (").next().unwrap_or_default().trim();
    if short.is_empty() {
        band.to_string()
    } else {
        short.to_string()
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
