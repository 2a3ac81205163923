//! The verdict contract on real phones: catalog band lists × the national carriers and three MVNOs, the time
//! rule, voice, unknown bands, and what the reports say.

use bandcheck::check::{self, NetworkStatus, VoiceStatus};
use bandcheck::{Database, Date, Variant, Verdict};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn variant(phone: &str, name: &str) -> &'static Variant {
    let phone = Database::bundled()
        .phone(phone)
        .unwrap_or_else(|| panic!("no phone {phone}"));
    phone
        .variants()
        .iter()
        .find(|v| v.name() == name)
        .unwrap_or_else(|| panic!("no variant {name}"))
}

/// "carrier: verdict -missing -missing" for the first network a carrier or MVNO is checked on.
fn summary(v: &Variant, target: &str, as_of: Date) -> String {
    let report = &check::check(v, target, as_of).unwrap()[0];
    let missing: String = report
        .technologies
        .iter()
        .flat_map(|t| &t.missing)
        .map(|b| format!(" -{b}"))
        .collect();
    format!("{target}: {}{missing}", report.verdict)
}

/// Real band lists (bands/phones/*.toml, each with its source) and their answers on 2026-11-26.
/// Xiaomi international, China and India variants, an EU phone, iPhone/Galaxy/Pixel (international and US model codes), and a 3G-only relic.
const TABLE: &[(&str, &str, [&str; 6])] = &[
    (
        "Xiaomi 14 Ultra",
        "International",
        [
            "att: partial -B17 -B14 -B30",
            "tmobile: partial -B12 -B71 -n71 -n25",
            "verizon: partial -B13",
            "cricket: partial -B17 -B14 -B30",
            "visible: partial -B13",
            "mint: partial -B12 -B71 -n71 -n25",
        ],
    ),
    (
        "Xiaomi 12",
        "International",
        [
            "att: partial -B14 -B30",
            "tmobile: partial -B71 -n71 -n25",
            "verizon: partial -n2",
            "cricket: partial -B14 -B30",
            "visible: partial -n2",
            "mint: partial -B71 -n71 -n25",
        ],
    ),
    (
        "Redmi Note 15 Pro+",
        "China",
        [
            "att: partial -B17 -B14 -B2 -B30",
            "tmobile: partial -B12 -B71 -B2 -n71 -n25",
            "verizon: partial -B13 -B2 -n2",
            "cricket: partial -B17 -B14 -B2 -B30",
            "visible: partial -B13 -B2 -n2",
            "mint: partial -B12 -B71 -B2 -n71 -n25",
        ],
    ),
    (
        "Xiaomi 12S",
        "as listed",
        [
            "att: partial -B17 -B14 -B66 -B30",
            "tmobile: partial -B12 -B71 -B66 -n71 -n25",
            "verizon: partial -B13 -B66 -n2 -n66",
            "cricket: partial -B17 -B14 -B66 -B30",
            "visible: partial -B13 -B66 -n2 -n66",
            "mint: partial -B12 -B71 -B66 -n71 -n25",
        ],
    ),
    (
        "Redmi Note 9 Pro",
        "India",
        [
            "att: partial -B17 -B14 -B2 -B4 -B66 -B30 -n5 -n77",
            "tmobile: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 -n77",
            "verizon: partial -B13 -B2 -B4 -B66 -n5 -n77 -n2 -n66",
            "cricket: partial -B17 -B14 -B2 -B4 -B66 -B30 -n5 -n77",
            "visible: partial -B13 -B2 -B4 -B66 -n5 -n77 -n2 -n66",
            "mint: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 -n77",
        ],
    ),
    (
        "Huawei P40 Pro",
        "ELS-NX9",
        [
            "att: partial -B14 -B66 -B30 -n5",
            "tmobile: partial -B71 -B66 -n71 -n25",
            "verizon: partial -B13 -B66 -n5 -n2 -n66",
            "cricket: partial -B14 -B66 -B30 -n5",
            "visible: partial -B13 -B66 -n5 -n2 -n66",
            "mint: partial -B71 -B66 -n71 -n25",
        ],
    ),
    (
        "Redmi Note 9 Pro",
        "as listed",
        [
            "att: partial -B17 -B14 -B66 -B30 -n5 -n77",
            "tmobile: partial -B12 -B71 -B66 -n71 -n41 -n25 -n77",
            "verizon: partial -B13 -B66 -n5 -n77 -n2 -n66",
            "cricket: partial -B17 -B14 -B66 -B30 -n5 -n77",
            "visible: partial -B13 -B66 -n5 -n77 -n2 -n66",
            "mint: partial -B12 -B71 -B66 -n71 -n41 -n25 -n77",
        ],
    ),
    (
        "Samsung Galaxy S22",
        "International",
        [
            "att: partial -B14 -B30",
            "tmobile: partial -B71 -n71",
            "verizon: full",
            "cricket: partial -B14 -B30",
            "visible: full",
            "mint: partial -B71 -n71",
        ],
    ),
    (
        "Sony Xperia 5 IV",
        "Europe",
        [
            "att: partial -B14 -B30",
            "tmobile: partial -B71 -n71 -n25",
            "verizon: partial -n2 -n66",
            "cricket: partial -B14 -B30",
            "visible: partial -n2 -n66",
            "mint: partial -B71 -n71 -n25",
        ],
    ),
    (
        "Apple iPhone 15 Pro Max",
        "A3106",
        [
            "att: partial -B14",
            "tmobile: partial -B71 -n71",
            "verizon: full",
            "cricket: partial -B14",
            "visible: full",
            "mint: partial -B71 -n71",
        ],
    ),
    (
        "Samsung Galaxy S25 Ultra",
        "International",
        [
            "att: partial -B14 -B30",
            "tmobile: partial -B71 -n71",
            "verizon: full",
            "cricket: partial -B14 -B30",
            "visible: full",
            "mint: partial -B71 -n71",
        ],
    ),
    (
        "Google Pixel 7",
        "GQML3",
        [
            "att: partial -n77",
            "tmobile: partial -n77",
            "verizon: partial -n77",
            "cricket: partial -n77",
            "visible: partial -n77",
            "mint: partial -n77",
        ],
    ),
    (
        "Google Pixel 8 Pro",
        "G1MNW",
        [
            "att: full",
            "tmobile: full",
            "verizon: full",
            "cricket: full",
            "visible: full",
            "mint: full",
        ],
    ),
    (
        "Motorola Edge 50 Fusion",
        "International",
        [
            "att: partial -B17 -B14 -B4 -B66 -B30",
            "tmobile: partial -B12 -B4 -B66 -n71 -n25",
            "verizon: partial -B13 -B4 -B66 -n2 -n66",
            "cricket: partial -B17 -B14 -B4 -B66 -B30",
            "visible: partial -B13 -B4 -B66 -n2 -n66",
            "mint: partial -B12 -B4 -B66 -n71 -n25",
        ],
    ),
    (
        "Nokia Lumia 530",
        "3G line 1 (HSDPA 900 / 2100)",
        [
            "att: none -B17 -B14 -B5 -B2 -B4 -B66 -B30 -n5 -n77",
            "tmobile: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 -n77",
            "verizon: none -B13 -B5 -B2 -B4 -B66 -n5 -n77 -n2 -n66",
            "cricket: none -B17 -B14 -B5 -B2 -B4 -B66 -B30 -n5 -n77",
            "visible: none -B13 -B5 -B2 -B4 -B66 -n5 -n77 -n2 -n66",
            "mint: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 -n77",
        ],
    ),
    (
        "OnePlus Nord N20 5G",
        "as listed",
        [
            "att: partial -B14 -B30 -n5 -n77",
            "tmobile: partial -n77",
            "verizon: partial -n5 -n77",
            "cricket: partial -B14 -B30 -n5 -n77",
            "visible: partial -n5 -n77",
            "mint: partial -n77",
        ],
    ),
    (
        "Samsung Galaxy A53 5G",
        "SM-A536U",
        [
            "att: full",
            "tmobile: partial -B71 -n71 -n25",
            "verizon: partial -B13",
            "cricket: full",
            "visible: partial -B13",
            "mint: partial -B71 -n71 -n25",
        ],
    ),
];

#[test]
fn verdict_table() {
    let as_of = date("2026-11-26");
    let mut mismatches = Vec::new();
    for (phone, name, expected) in TABLE {
        let v = variant(phone, name);
        for want in expected {
            let target = want.split(':').next().unwrap();
            let got = summary(v, target, as_of);
            if got != *want {
                mismatches.push(format!("{phone} [{name}] {got}, expected {want}"));
            }
        }
    }
    assert!(TABLE.len() >= 15);
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn a_umts_phone_on_att_before_and_after_the_3g_shutdown() {
    let relic = Variant::new("3G relic", "850, 1900, II, V".parse().unwrap()).with_volte(Some(false));
    let att = Database::bundled().carrier("att").unwrap();
    let before = check::report(&relic, att, date("2021-06-01"));
    let umts = before.technology(bandcheck::Technology::Umts).unwrap();
    assert_eq!(
        (umts.status, umts.verdict),
        (NetworkStatus::Live, Some(Verdict::Full))
    );
    assert_eq!(before.verdict, Verdict::Partial, "3G worked, LTE did not");
    let after = check::report(&relic, att, date("2026-11-26"));
    let umts = after.technology(bandcheck::Technology::Umts).unwrap();
    assert_eq!(
        (umts.status, umts.retired_on),
        (NetworkStatus::Retired, Some(date("2022-02-22")))
    );
    assert_eq!(after.verdict, Verdict::None, "retired networks never count");
    let early = check::report(&relic, att, date("2020-06-01"));
    assert_eq!(
        early.voice.status,
        VoiceStatus::Yes,
        "calls over 3G before VoLTE was required"
    );
    assert_eq!(after.voice.status, VoiceStatus::No);
}

#[test]
fn a_phone_without_volte_is_data_only() {
    let bands = "B2, B4, B5, B12, B14, B30, B66, n5, n77".parse().unwrap();
    let att = Database::bundled().carrier("att").unwrap();
    let as_of = date("2026-11-26");
    let with = check::report(&Variant::new("x", bands).with_volte(Some(true)), att, as_of);
    let without = check::report(&Variant::new("x", bands).with_volte(Some(false)), att, as_of);
    let unknown = check::report(&Variant::new("x", bands), att, as_of);
    assert_eq!(
        (with.verdict, with.voice.status),
        (Verdict::Full, VoiceStatus::Yes)
    );
    assert_eq!(
        (without.verdict, without.voice.status),
        (Verdict::Partial, VoiceStatus::No)
    );
    assert_eq!(
        without.voice.reason,
        "the phone has no VoLTE: data only, no calls"
    );
    assert_eq!(
        (unknown.verdict, unknown.voice.status),
        (Verdict::Full, VoiceStatus::Unknown),
        "unknown VoLTE is a caveat"
    );
    assert_eq!(with.score, without.score);
}

#[test]
fn reports_explain_containment_and_missing_bands() {
    let v = Variant::new("x", "B2, B12, B66, n41, n71".parse().unwrap()).with_volte(Some(true));
    let r = check::report(
        &v,
        Database::bundled().carrier("tmobile").unwrap(),
        date("2026-11-26"),
    );
    let lte = r.technology(bandcheck::Technology::Lte).unwrap();
    assert!(
        lte.reasons.contains(&"B66 serves B4".to_string()),
        "{:?}",
        lte.reasons
    );
    assert_eq!(
        lte.missing.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["B71"]
    );
    assert!(
        lte.reasons
            .contains(&"missing B71, 600 MHz (coverage): weaker rural and indoor service".to_string()),
        "{:?}",
        lte.reasons
    );
    let gsm = r.technology(bandcheck::Technology::Gsm).unwrap();
    assert_eq!(gsm.status, NetworkStatus::Retired);
    assert!(r.caveats.iter().any(|c| c.contains("VoLTE")), "{:?}", r.caveats);
    let text = r.to_string();
    assert!(text.starts_with("T-Mobile: PARTIAL (score "), "{text}");
    assert!(text.contains("switched off on 2022-07-01"), "{text}");
}

#[test]
fn rows_without_bands_report_unknown_not_none() {
    let spec = bandcheck::parse_spec("4G bands\tLTE\n5G bands\tSA/NSA/Sub6/mmWave");
    let r = check::report(
        &spec.variants[0],
        Database::bundled().carrier("verizon").unwrap(),
        date("2026-11-26"),
    );
    assert_eq!(r.verdict, Verdict::Unknown);
    let lte = r.technology(bandcheck::Technology::Lte).unwrap();
    assert_eq!(lte.verdict, Some(Verdict::Unknown));
}

#[test]
fn an_mvno_with_several_hosts_gives_one_report_per_host() {
    let v = variant("Google Pixel 8 Pro", "G1MNW");
    let reports = check::check(v, "US Mobile", date("2026-11-26")).unwrap();
    let hosts: Vec<&str> = reports.iter().map(|r| r.host.as_str()).collect();
    assert_eq!(hosts, ["verizon", "tmobile", "att"]);
    assert!(reports.iter().all(|r| r.carrier == "usmobile"));
    assert!(
        reports[0].caveats[0].starts_with("US Mobile runs on Verizon"),
        "{:?}",
        reports[0].caveats
    );
}

#[test]
fn boost_is_checked_on_its_own_network_and_its_hosts() {
    let v = variant("Google Pixel 8 Pro", "G1MNW");
    let hosts: Vec<String> = check::check(v, "boost", date("2026-11-26"))
        .unwrap()
        .into_iter()
        .map(|r| r.host)
        .collect();
    assert_eq!(hosts, ["boost", "att", "tmobile"]);
    let uscellular: Vec<String> = check::check(v, "uscellular", date("2026-11-26"))
        .unwrap()
        .into_iter()
        .map(|r| r.host)
        .collect();
    assert_eq!(
        uscellular,
        ["tmobile"],
        "UScellular's own network is gone; its customers are on T-Mobile"
    );
}

#[test]
fn unknown_carriers_list_the_known_ids() {
    let v = variant("Google Pixel 8 Pro", "G1MNW");
    let error = check::check(v, "verizonn", date("2026-11-26"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("unknown carrier `verizonn`, expected one of att, tmobile, verizon,"),
        "{error}"
    );
}

#[test]
fn rankings_put_full_phones_first() {
    let ranked = check::rank_phones("tmobile", date("2026-11-26")).unwrap();
    assert!(ranked.len() >= 40);
    assert_eq!(ranked[0].verdict, Verdict::Full);
    assert!(
        ranked
            .windows(2)
            .all(|w| (w[0].verdict, w[0].score) >= (w[1].verdict, w[1].score))
    );
    let carriers = check::rank_carriers(variant("Google Pixel 8 Pro", "G1MNW"), date("2026-11-26"));
    assert_eq!(carriers[0].verdict, Verdict::Full);
    assert!(carriers.iter().any(|r| r.name == "mint"), "MVNOs are ranked too");
}
