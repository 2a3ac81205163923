//! The naive baseline the benches compare against: band lists as hash sets of strings, containment looked
//! up per (phone band, carrier band) pair in the spectrum catalog. What a first implementation would do.
#![allow(dead_code)] // each bench uses a different part

use std::collections::{HashMap, HashSet};

use bandcheck::{Band, Carrier, Date, Spectrum, Technology};

/// Per variant tag, the set of band strings of a GSMArena block (`4G bands` numbers as `B<n>`, `5G` as `n<n>`).
pub fn parse(text: &str) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    let mut prefix = "";
    for line in text.lines() {
        if line.starts_with("4G bands") {
            prefix = "B";
        } else if line.starts_with("5G bands") {
            prefix = "n";
        } else if !line.starts_with(char::is_whitespace) {
            prefix = "";
        }
        if prefix.is_empty() {
            continue;
        }
        let (list, tag) = line.split_once(" - ").unwrap_or((line, "default"));
        let set = out.entry(tag.trim().to_string()).or_default();
        for token in list
            .split(|c: char| !c.is_ascii_digit())
            .filter(|t| !t.is_empty())
        {
            set.insert(format!("{prefix}{token}"));
        }
    }
    out
}

/// Whether the phone serves every / some / no anchor band, the slow way.
pub fn verdict(phone: &HashSet<String>, carrier: &Carrier, as_of: Date) -> u8 {
    let spectrum = Spectrum::bundled();
    let anchors: Vec<String> = carrier
        .networks()
        .iter()
        .filter(|n| n.is_live(as_of) && n.technology != Technology::Gsm)
        .flat_map(|n| &n.bands)
        .filter(|b| b.is_live(as_of) && b.role != bandcheck::Role::Supplemental)
        .map(|b| b.band.to_string())
        .collect();
    let served = anchors
        .iter()
        .filter(|anchor| {
            phone.contains(*anchor)
                || phone
                    .iter()
                    .any(|p| match (p.parse::<Band>(), anchor.parse::<Band>()) {
                        (Ok(p), Ok(a)) => spectrum.serves(p, a),
                        _ => false,
                    })
        })
        .count();
    match served {
        0 => 0,
        n if n == anchors.len() => 2,
        _ => 1,
    }
}
