//! The bundled data validates, ships with the crate, and answers the reference's summary table row by row.

use bandcheck::{Band, Carrier, Confidence, DATA_VERSION, Database, Date, Role, Technology};

fn db() -> &'static Database {
    Database::bundled()
}

fn carrier(id: &str) -> &'static Carrier {
    db().carrier(id).unwrap_or_else(|| panic!("no carrier {id}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn today() -> Date {
    date("2026-11-26")
}

fn retired(id: &str, t: Technology) -> Option<Date> {
    carrier(id)
        .network(t)
        .unwrap_or_else(|| panic!("{id} has no {t} network"))
        .retired
}

/// The role of a band in a carrier's table, if listed.
fn role(id: &str, band: &str) -> Option<Role> {
    let band: Band = band.parse().unwrap();
    carrier(id)
        .network(band.technology())?
        .bands
        .iter()
        .find(|b| b.band == band)
        .map(|b| b.role)
}

fn anchors(id: &str) -> String {
    carrier(id).bands_on(today()).anchors().to_string()
}

/// Host ids joined with commas.
fn host_ids(hosts: &[bandcheck::Host]) -> String {
    hosts.iter().map(|h| h.id.as_str()).collect::<Vec<_>>().join(",")
}

#[test]
fn bundled_data_validates() {
    let loaded = Database::load_bundled().unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.carriers().len() >= 7);
    assert!(loaded.mvnos().len() >= 20);
    assert!(loaded.phones().count() >= 40);
    assert!(DATA_VERSION.starts_with("2026."));
    assert!(loaded.checked().is_some_and(|d| d >= date("2026-11-26")));
}

#[test]
fn every_fact_carries_a_source() {
    for c in db().carriers() {
        assert!(!c.sources().is_empty(), "{}", c.id());
        for n in c.networks() {
            for b in &n.bands {
                assert!(
                    !(b.sources.is_empty() && n.sources.is_empty()),
                    "{} {}",
                    c.id(),
                    b.band
                );
            }
        }
        for p in c.policies() {
            assert!(!p.sources.is_empty(), "{} {}", c.id(), p.id);
        }
    }
    for m in db().mvnos() {
        assert!(m.sources.iter().all(|s| s.starts_with("http")), "{}", m.id);
    }
    for p in db().phones() {
        assert!(
            p.sources().iter().any(|s| s.starts_with("https://")),
            "{}",
            p.name()
        );
    }
}

#[test]
fn att_row() {
    assert_eq!(retired("att", Technology::Gsm), Some(date("2017-01-01")));
    assert_eq!(retired("att", Technology::Umts), Some(date("2022-02-22")));
    assert_eq!(anchors("att"), "B2, B4, B5, B14, B17, B30, B66, n5, n77");
    assert_eq!(role("att", "B17"), Some(Role::Coverage));
    assert_eq!(
        role("att", "B12"),
        None,
        "AT&T's band is B17; B12 phones reach it through MFBI/containment"
    );
    assert_eq!(role("att", "B14"), Some(Role::Coverage));
    assert_eq!(role("att", "B29"), Some(Role::Supplemental));
    assert_eq!(role("att", "n260"), Some(Role::Supplemental));
    let n71 = carrier("att")
        .network(Technology::Nr)
        .unwrap()
        .bands
        .iter()
        .find(|b| b.band.to_string() == "n71");
    assert!(
        n71.is_some_and(|b| b.planned),
        "AT&T's 600 MHz is planned, not live"
    );
    assert_eq!(carrier("att").voice().volte_required, Some(date("2021-01-01")));
    assert!(
        carrier("att")
            .policies()
            .iter()
            .any(|p| p.id == "volte-allowlist")
    );
}

#[test]
fn tmobile_row() {
    assert_eq!(retired("tmobile", Technology::Umts), Some(date("2022-07-01")));
    assert_eq!(
        retired("tmobile", Technology::Cdma),
        Some(date("2022-03-31")),
        "Sprint CDMA"
    );
    let gsm = carrier("tmobile").network(Technology::Gsm).unwrap();
    assert_eq!(gsm.retired, Some(date("2026-08-03")));
    assert_eq!(gsm.retired_confidence, Some(Confidence::Medium));
    assert!(
        gsm.retired_note
            .as_deref()
            .is_some_and(|n| n.contains("February")),
        "the disputed reading is recorded"
    );
    let live = carrier("tmobile").bands_on(today()).anchors().to_string();
    for b in ["B2", "B4", "B12", "B66", "B71", "n25", "n41", "n71", "n77"] {
        assert!(live.split(", ").any(|x| x == b), "{b} in {live}");
    }
    for gone in ["B25", "B26", "B41"] {
        assert!(!live.split(", ").any(|x| x == gone), "Sprint's {gone} is gone");
    }
    let sprint = carrier("tmobile")
        .bands_on(date("2022-01-01"))
        .anchors()
        .to_string();
    assert!(
        sprint.contains("B41"),
        "Sprint's B41 was live in early 2022: {sprint}"
    );
    let n25 = carrier("tmobile")
        .network(Technology::Nr)
        .unwrap()
        .bands
        .iter()
        .find(|b| b.band.to_string() == "n25");
    assert!(
        n25.is_some_and(|b| b.note.as_deref().is_some_and(|n| n.contains("n2"))),
        "n2 reading recorded"
    );
    assert_eq!(
        carrier("tmobile").voice().volte_required,
        Some(date("2020-08-04"))
    );
}

#[test]
fn verizon_row() {
    assert_eq!(retired("verizon", Technology::Cdma), Some(date("2022-12-31")));
    assert_eq!(anchors("verizon"), "B2, B4, B5, B13, B66, n2, n5, n66, n77");
    assert_eq!(
        role("verizon", "B13"),
        Some(Role::Coverage),
        "Verizon's LTE anchors include B13"
    );
    assert_eq!(role("verizon", "B48"), Some(Role::Supplemental));
    assert_eq!(role("verizon", "B46"), Some(Role::Supplemental));
    assert!(
        carrier("verizon")
            .policies()
            .iter()
            .any(|p| p.id == "device-certification")
    );
}

#[test]
fn uscellular_row() {
    assert_eq!(retired("uscellular", Technology::Cdma), Some(date("2024-01-14")));
    assert_eq!(host_ids(carrier("uscellular").hosts()), "tmobile");
    assert!(
        carrier("uscellular").bands_on(today()).anchors().is_empty(),
        "its network passed to T-Mobile"
    );
    assert!(
        carrier("uscellular")
            .bands_on(date("2025-07-31"))
            .anchors()
            .to_string()
            .contains("n71")
    );
}

#[test]
fn boost_row() {
    let boost = carrier("boost");
    assert_eq!(host_ids(boost.hosts()), "att,tmobile");
    assert!(
        boost.network(Technology::Lte).is_none(),
        "Dish built no LTE layer"
    );
    assert_eq!(role("boost", "n70"), Some(Role::Capacity));
    assert_eq!(role("boost", "n29"), Some(Role::Supplemental));
    assert!(boost.voice().vonr);
}

#[test]
fn regional_rows() {
    assert_eq!(anchors("cspire"), "B4, B5, B12, B25, B41");
    assert_eq!(anchors("appalachian"), "B13");
}

#[test]
fn mvno_hosts() {
    let hosts = |id: &str| match db().target(id) {
        Some(bandcheck::Target::Mvno(m)) => host_ids(&m.hosts),
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(hosts("cricket"), "att");
    assert_eq!(hosts("visible"), "verizon");
    assert_eq!(hosts("metro"), "tmobile");
    assert_eq!(hosts("mint"), "tmobile");
    assert_eq!(hosts("googlefi"), "tmobile");
    assert_eq!(hosts("xfinity"), "verizon");
    assert_eq!(hosts("spectrum"), "verizon");
    assert_eq!(hosts("tello"), "tmobile");
    assert_eq!(hosts("h2o"), "att");
    for multi in ["straighttalk", "tracfone", "usmobile", "redpocket"] {
        assert_eq!(hosts(multi).split(',').count(), 3, "{multi}");
    }
    assert!(hosts("consumercellular").contains("tmobile"));
    assert!(hosts("ting").contains("att"));
    assert!(hosts("total").contains("verizon"));
    assert!(
        matches!(db().target("boost"), Some(bandcheck::Target::Carrier(_))),
        "Boost is a carrier that is also hosted"
    );
}

#[test]
fn names_and_aliases_find_targets() {
    for (name, id) in [
        ("AT&T", "att"),
        ("t-mobile", "tmobile"),
        ("Verizon Wireless", "verizon"),
        ("Mint Mobile", "mint"),
        ("Google Fi", "googlefi"),
    ] {
        assert_eq!(
            db().target(name).map(|t| t.id().to_string()),
            Some(id.to_string()),
            "{name}"
        );
    }
    assert!(db().target("verizonn").is_none());
}

#[test]
fn downlink_only_bands_are_supplemental() {
    for c in db().carriers() {
        for n in c.networks() {
            for b in &n.bands {
                let standalone = bandcheck::Spectrum::bundled()
                    .info(b.band)
                    .unwrap()
                    .duplex()
                    .is_standalone();
                assert!(
                    standalone || b.role == Role::Supplemental,
                    "{} {}",
                    c.id(),
                    b.band
                );
            }
        }
    }
}

#[test]
fn shipped_files_are_the_bundled_files() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut on_disk = Vec::new();
    for dir in ["carriers", "phones"] {
        for entry in std::fs::read_dir(format!("{root}/bands/{dir}")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".toml") {
                on_disk.push(format!("{dir}/{name}"));
            }
        }
    }
    on_disk.push("mvnos.toml".to_string());
    on_disk.sort();
    let mut bundled = bandcheck::bundled_file_names();
    bundled.sort();
    assert_eq!(
        bundled, on_disk,
        "every data file is embedded, and every embedded file exists"
    );
}

#[test]
fn data_ships_in_the_package() {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let listed = String::from_utf8_lossy(&output.stdout);
    for file in bandcheck::bundled_file_names() {
        assert!(
            listed.lines().any(|l| l == format!("bands/{file}")),
            "bands/{file} not packaged"
        );
    }
    for spectrum in ["gsm", "umts", "cdma", "lte", "nr"] {
        assert!(
            listed
                .lines()
                .any(|l| l == format!("bands/spectrum/{spectrum}.toml"))
        );
    }
}
