//! The bundled data validates, ships with the crate, and answers the reference's summary table row by row.

use bandcheck::{
    ActivationRule, Band, Carrier, Confidence, DATA_VERSION, Database, Date, Refusal, Role, Technology,
};

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
    date("2026-12-02")
}

/// The band's `from` date in a carrier's table.
fn launched(id: &str, band: &str) -> Option<Date> {
    let band: Band = band.parse().unwrap();
    carrier(id)
        .network(band.technology())?
        .bands
        .iter()
        .find(|b| b.band == band)?
        .from
}

/// The anchors live on `day`.
fn anchors_on(id: &str, day: &str) -> String {
    carrier(id).bands_on(date(day)).anchors().to_string()
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
        assert!(m.sources().iter().all(|s| s.starts_with("http")), "{}", m.id());
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
    for (band, day) in [
        ("B17", "2011-09-18"),
        ("B2", "2013-11-07"),
        ("B30", "2015-08-31"),
        ("B14", "2018-07-20"),
        ("B66", "2018-07-20"),
        ("n5", "2019-12-31"),
        ("n77", "2022-01-19"),
    ] {
        assert_eq!(launched("att", band), Some(date(day)), "AT&T {band}");
    }
    assert_eq!(
        anchors_on("att", "2015-06-01"),
        "850, 1900, II, V, B2, B4, B5, B17",
        "no FirstNet, WCS, AWS-3 or 5G in 2015"
    );
    let activation = carrier("att").activation().expect("AT&T's HD Voice rule");
    assert_eq!(
        (activation.rule, activation.refuses, activation.since),
        (ActivationRule::Listed, Refusal::Calls, Some(date("2022-02-22")))
    );
    let list = activation.list.as_ref().unwrap();
    assert_eq!(list.date(), Some(date("2021-05-14")));
    assert!(!list.complete(), "the public copy lost the Apple entries");
    assert!(list.devices().len() >= 200, "{}", list.devices().len());
    assert!(
        list.devices()
            .iter()
            .any(|d| d.models.iter().any(|m| m == "SM-G991U1") && d.calls == Some(true))
    );
    assert!(
        list.devices()
            .iter()
            .all(|d| !["Xiaomi", "Redmi", "POCO"].contains(&d.brand.as_str())),
        "no Xiaomi-family phone on AT&T's list"
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
    assert_eq!(
        anchors_on("tmobile", "2026-12-02"),
        "B2, B4, B12, B66, B71, n25, n41, n71",
        "n77 and n66 are not live"
    );
    let live = anchors_on("tmobile", "2026-12-02");
    for (band, day) in [
        ("B4", "2013-03-26"),
        ("B2", "2014-10-26"),
        ("B12", "2014-12-31"),
        ("B71", "2017-08-31"),
        ("n71", "2019-12-06"),
        ("n41", "2020-04-21"),
        ("n25", "2022-12-31"),
    ] {
        assert_eq!(launched("tmobile", band), Some(date(day)), "T-Mobile {band}");
    }
    let n260 = |day: &str| carrier("tmobile").bands_on(date(day)).supplemental.to_string();
    assert!(
        n260("2023-06-01").contains("n260") && !n260("2024-06-01").contains("n260"),
        "39 GHz went to AT&T in 2024"
    );
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
    let activation = carrier("tmobile").activation().unwrap();
    assert_eq!(
        (activation.rule, activation.since),
        (ActivationRule::Open, Some(date("2020-08-04")))
    );
    assert!(live.contains("n71"));
}

#[test]
fn verizon_row() {
    assert_eq!(retired("verizon", Technology::Cdma), Some(date("2022-12-31")));
    assert_eq!(anchors("verizon"), "B2, B4, B5, B13, B66, n2, n5, n66, n77");
    assert_eq!(
        anchors_on("verizon", "2012-01-01"),
        "BC0, BC1, B5, B13, B66",
        "CDMA and LTE on 700 MHz; B5 and B66 have no sourced launch date"
    );
    assert_eq!(launched("verizon", "B13"), Some(date("2010-12-31")));
    assert_eq!(launched("verizon", "n77"), Some(date("2022-01-19")));
    let shared: Vec<String> = carrier("verizon")
        .shared_spectrum()
        .iter()
        .map(|s| format!("{}={}", s.nr, s.lte))
        .collect();
    assert_eq!(shared, ["n5=B5", "n2=B2", "n66=B66"], "DSS twins");
    assert_eq!(launched("verizon", "n66"), Some(date("2020-10-13")));
    assert_eq!(
        role("verizon", "B13"),
        Some(Role::Coverage),
        "Verizon's LTE anchors include B13"
    );
    assert_eq!(role("verizon", "B48"), Some(Role::Supplemental));
    assert_eq!(role("verizon", "B46"), Some(Role::Supplemental));
    let activation = carrier("verizon").activation().unwrap();
    assert_eq!(
        (activation.rule, activation.refuses),
        (ActivationRule::Certified, Refusal::Activation)
    );
    assert!(
        !activation.list.as_ref().unwrap().complete(),
        "Verizon publishes no list"
    );
}

#[test]
fn uscellular_row() {
    assert_eq!(retired("uscellular", Technology::Cdma), Some(date("2024-01-14")));
    let hosts = carrier("uscellular").hosts();
    assert_eq!(
        (hosts[0].id.as_str(), hosts[0].from),
        ("tmobile", Some(date("2025-08-01")))
    );
    assert!(!carrier("uscellular").bands_complete());
    assert_eq!(
        anchors_on("uscellular", "2025-07-31"),
        "B2, B4, B5, B12, B66, n71, n77"
    );
    assert_eq!(
        anchors_on("uscellular", "2026-02-01"),
        "B2, B4, B5, B12, B66, n71",
        "3.45 GHz sold to AT&T, closed 2026-01-13"
    );
    assert_eq!(
        anchors_on("uscellular", "2026-12-02"),
        "B12, n71",
        "850/AWS/PCS sold to Verizon, closed 2026-06-01; 600/700 MHz went to T-Mobile"
    );
}

#[test]
fn boost_row() {
    let boost = carrier("boost");
    assert_eq!(
        host_ids(boost.hosts()),
        "att,tmobile",
        "AT&T is the primary network"
    );
    assert_eq!(boost.hosts()[0].from, Some(date("2021-07-19")));
    assert_eq!(boost.hosts()[1].from, Some(date("2020-07-01")));
    assert_eq!(
        retired("boost", Technology::Nr),
        Some(date("2025-11-30")),
        "no customer traffic on EchoStar's own network since November 2025"
    );
    assert_eq!(anchors_on("boost", "2024-01-01"), "n66, n70, n71");
    assert_eq!(anchors_on("boost", "2026-12-02"), "");
    assert_eq!(launched("boost", "n70"), Some(date("2022-05-04")));
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
    assert_eq!(anchors_on("cspire", "2013-01-01"), "B4, B25");
    assert_eq!(anchors("appalachian"), "B13");
    for id in ["cspire", "appalachian", "uscellular"] {
        assert!(!carrier(id).bands_complete(), "{id} is incomplete");
    }
    for id in ["att", "tmobile", "verizon", "boost"] {
        assert!(carrier(id).bands_complete(), "{id} is complete");
    }
}

#[test]
fn mvno_hosts() {
    let hosts = |id: &str| match db().target(id) {
        Some(bandcheck::Target::Mvno(m)) => host_ids(m.hosts()),
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(hosts("cricket"), "att");
    assert_eq!(hosts("visible"), "verizon");
    assert_eq!(hosts("metro"), "tmobile");
    assert_eq!(hosts("mint"), "tmobile");
    assert_eq!(hosts("googlefi"), "tmobile");
    assert_eq!(hosts("xfinity"), "verizon,tmobile");
    assert_eq!(hosts("spectrum"), "verizon,tmobile");
    for new in [
        "simplemobile",
        "walmartfamilymobile",
        "optimum",
        "helium",
        "ultra",
        "lycamobile",
    ] {
        assert_eq!(hosts(new), "tmobile", "{new}");
    }
    assert_eq!(hosts("cox"), "verizon");
    assert_eq!(db().mvnos().len(), 33);
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
fn business_lines_move_to_tmobile_in_2026() {
    let Some(bandcheck::Target::Mvno(xfinity)) = db().target("xfinity") else {
        panic!("xfinity")
    };
    let business = &xfinity.hosts()[1];
    assert_eq!(business.from, Some(date("2026-01-01")));
    assert!(!business.is_active(date("2025-12-31")) && business.is_active(date("2026-01-01")));
    assert!(business.note.as_deref().is_some_and(|n| n.contains("business")));
}

#[test]
fn every_data_file_says_when_it_was_checked() {
    for c in db().carriers() {
        assert!(c.checked() >= date("2026-11-26"), "{}", c.id());
    }
    let oldest = db().checked().unwrap();
    assert!(
        db().carriers().iter().all(|c| c.checked() >= oldest),
        "the oldest file's date"
    );
}

#[test]
fn no_source_is_a_local_path_or_an_unpinned_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bands");
    let spectrum = ["gsm", "umts", "cdma", "lte", "nr"].map(|t| format!("spectrum/{t}.toml"));
    for name in bandcheck::bundled_file_names().into_iter().chain(spectrum) {
        if name.starts_with("phones/") {
            continue; // the catalog's own test covers phone files
        }
        let text = std::fs::read_to_string(root.join(&name)).unwrap();
        for (n, line) in text.lines().enumerate() {
            for unpinned in ["blob/HEAD", "blob/main/", "blob/master/", "blob/staging/"] {
                assert!(!line.contains(unpinned), "{name}:{}: {line}", n + 1);
            }
            assert!(
                !line.contains("/work/") && !line.contains("search-index"),
                "{name}:{}: {line}",
                n + 1
            );
        }
    }
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
