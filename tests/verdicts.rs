//! The verdict contract on real phones: catalog band lists × the national carriers and three MVNOs, the time
//! rule, voice, unknown bands, and what the reports say.

use bandcheck::Answer;
use bandcheck::NetworkStatus;
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
    let report = &bandcheck::check(v, target, as_of).unwrap()[0];
    let missing: String = report
        .technologies
        .iter()
        .flat_map(|t| &t.missing)
        .map(|b| format!(" -{b}"))
        .collect();
    format!(
        "{target}: {}{missing} calls {}",
        report.verdict,
        report.calls.status.id()
    )
}

/// Real band lists (bands/phones/*.toml, each with its source) and their answers on 2026-12-02: the verdict, the
/// missing anchor bands, and whether calls work. Xiaomi international, China and India variants, an EU phone,
/// iPhone/Galaxy/Pixel (international and US model codes), and a 3G-only relic.
const TABLE: &[(&str, &str, [&str; 6])] = &[
    (
        "Xiaomi 14 Ultra",
        "International",
        [
            "att: partial -B17 -B14 -B30 calls no",
            "tmobile: partial -B12 -B71 -n71 -n25 calls unknown",
            "verizon: partial -B13 calls unknown",
            "cricket: partial -B17 -B14 -B30 calls no",
            "visible: partial -B13 calls unknown",
            "mint: partial -B12 -B71 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Xiaomi 12",
        "International",
        [
            "att: partial -B14 -B30 calls no",
            "tmobile: partial -B71 -n71 -n25 calls unknown",
            "verizon: full calls unknown",
            "cricket: partial -B14 -B30 calls no",
            "visible: full calls unknown",
            "mint: partial -B71 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Redmi Note 15 Pro+",
        "China",
        [
            "att: partial -B17 -B14 -B2 -B30 calls no",
            "tmobile: partial -B12 -B71 -B2 -n71 -n25 calls unknown",
            "verizon: partial -B13 -B2 -n2 calls unknown",
            "cricket: partial -B17 -B14 -B2 -B30 calls no",
            "visible: partial -B13 -B2 -n2 calls unknown",
            "mint: partial -B12 -B71 -B2 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Xiaomi 12S",
        "as listed",
        [
            "att: partial -B17 -B14 -B66 -B30 calls no",
            "tmobile: partial -B12 -B71 -B66 -n71 -n25 calls unknown",
            "verizon: partial -B13 -B66 -n66 calls unknown",
            "cricket: partial -B17 -B14 -B66 -B30 calls no",
            "visible: partial -B13 -B66 -n66 calls unknown",
            "mint: partial -B12 -B71 -B66 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Redmi Note 9 Pro",
        "India",
        [
            "att: partial -B17 -B14 -B2 -B4 -B66 -B30 -n5 -n77 calls no",
            "tmobile: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 calls no",
            "verizon: partial -B13 -B2 -B4 -B66 -n77 -n2 -n66 calls unknown",
            "cricket: partial -B17 -B14 -B2 -B4 -B66 -B30 -n5 -n77 calls no",
            "visible: partial -B13 -B2 -B4 -B66 -n77 -n2 -n66 calls unknown",
            "mint: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 calls no",
        ],
    ),
    (
        "Huawei P40 Pro",
        "ELS-NX9",
        [
            "att: partial -B14 -B66 -B30 -n5 calls unknown",
            "tmobile: partial -B71 -B66 -n71 -n25 calls unknown",
            "verizon: partial -B13 -B66 -n66 calls unknown",
            "cricket: partial -B14 -B66 -B30 -n5 calls unknown",
            "visible: partial -B13 -B66 -n66 calls unknown",
            "mint: partial -B71 -B66 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Redmi Note 9 Pro",
        "as listed",
        [
            "att: partial -B17 -B14 -B66 -B30 -n5 -n77 calls no",
            "tmobile: partial -B12 -B71 -B66 -n71 -n41 -n25 calls unknown",
            "verizon: partial -B13 -B66 -n77 -n66 calls unknown",
            "cricket: partial -B17 -B14 -B66 -B30 -n5 -n77 calls no",
            "visible: partial -B13 -B66 -n77 -n66 calls unknown",
            "mint: partial -B12 -B71 -B66 -n71 -n41 -n25 calls unknown",
        ],
    ),
    (
        "Samsung Galaxy S22",
        "International",
        [
            "att: partial -B14 -B30 calls unknown",
            "tmobile: partial -B71 -n71 calls unknown",
            "verizon: full calls unknown",
            "cricket: partial -B14 -B30 calls unknown",
            "visible: full calls unknown",
            "mint: partial -B71 -n71 calls unknown",
        ],
    ),
    (
        "Sony Xperia 5 IV",
        "Europe",
        [
            "att: partial -B14 -B30 calls unknown",
            "tmobile: partial -B71 -n71 -n25 calls unknown",
            "verizon: full calls unknown",
            "cricket: partial -B14 -B30 calls unknown",
            "visible: full calls unknown",
            "mint: partial -B71 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Apple iPhone 15 Pro Max",
        "A3106",
        [
            "att: partial -B14 calls unknown",
            "tmobile: partial -B71 -n71 calls unknown",
            "verizon: full calls unknown",
            "cricket: partial -B14 calls unknown",
            "visible: full calls unknown",
            "mint: partial -B71 -n71 calls unknown",
        ],
    ),
    (
        "Samsung Galaxy S25 Ultra",
        "International",
        [
            "att: partial -B14 -B30 calls unknown",
            "tmobile: partial -B71 -n71 calls unknown",
            "verizon: full calls unknown",
            "cricket: partial -B14 -B30 calls unknown",
            "visible: full calls unknown",
            "mint: partial -B71 -n71 calls unknown",
        ],
    ),
    (
        "Google Pixel 7",
        "GQML3",
        [
            "att: partial -n77 calls unknown",
            "tmobile: full calls unknown",
            "verizon: partial -n77 calls unknown",
            "cricket: partial -n77 calls unknown",
            "visible: partial -n77 calls unknown",
            "mint: full calls unknown",
        ],
    ),
    (
        "Google Pixel 8 Pro",
        "G1MNW",
        [
            "att: full calls unknown",
            "tmobile: full calls unknown",
            "verizon: full calls unknown",
            "cricket: full calls unknown",
            "visible: full calls unknown",
            "mint: full calls unknown",
        ],
    ),
    (
        "Motorola Edge 50 Fusion",
        "International",
        [
            "att: partial -B17 -B14 -B4 -B66 -B30 calls unknown",
            "tmobile: partial -B12 -B4 -B66 -n71 -n25 calls unknown",
            "verizon: partial -B13 -B4 -B66 -n66 calls unknown",
            "cricket: partial -B17 -B14 -B4 -B66 -B30 calls unknown",
            "visible: partial -B13 -B4 -B66 -n66 calls unknown",
            "mint: partial -B12 -B4 -B66 -n71 -n25 calls unknown",
        ],
    ),
    (
        "Nokia Lumia 530",
        "3G line 1 (HSDPA 900 / 2100)",
        [
            "att: none -B17 -B14 -B5 -B2 -B4 -B66 -B30 -n5 -n77 calls no",
            "tmobile: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 calls no",
            "verizon: none -B13 -B5 -B2 -B4 -B66 -n5 -n77 -n2 -n66 calls no",
            "cricket: none -B17 -B14 -B5 -B2 -B4 -B66 -B30 -n5 -n77 calls no",
            "visible: none -B13 -B5 -B2 -B4 -B66 -n5 -n77 -n2 -n66 calls no",
            "mint: none -B12 -B71 -B2 -B4 -B66 -n71 -n41 -n25 calls no",
        ],
    ),
    (
        "OnePlus Nord N20 5G",
        "as listed",
        [
            "att: partial -B14 -B30 -n5 -n77 calls unknown",
            "tmobile: full calls unknown",
            "verizon: partial -n77 calls unknown",
            "cricket: partial -B14 -B30 -n5 -n77 calls unknown",
            "visible: partial -n77 calls unknown",
            "mint: full calls unknown",
        ],
    ),
    (
        "Samsung Galaxy A53 5G",
        "SM-A536U",
        [
            "att: full calls unknown",
            "tmobile: partial -B71 -n71 -n25 calls unknown",
            "verizon: partial -B13 calls unknown",
            "cricket: full calls unknown",
            "visible: partial -B13 calls unknown",
            "mint: partial -B71 -n71 -n25 calls unknown",
        ],
    ),
];

#[test]
fn verdict_table() {
    let as_of = date("2026-12-02");
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
    let before = bandcheck::report(&relic, att, date("2021-06-01"));
    let umts = before.technology(bandcheck::Technology::Umts).unwrap();
    assert_eq!(
        (umts.status, umts.verdict),
        (NetworkStatus::Live, Some(Verdict::Full))
    );
    assert_eq!(before.verdict, Verdict::Partial, "3G worked, LTE did not");
    let after = bandcheck::report(&relic, att, date("2026-11-26"));
    let umts = after.technology(bandcheck::Technology::Umts).unwrap();
    assert_eq!(
        (umts.status, umts.retired_on),
        (NetworkStatus::Retired, Some(date("2022-02-22")))
    );
    assert_eq!(after.verdict, Verdict::None, "retired networks never count");
    let early = bandcheck::report(&relic, att, date("2020-06-01"));
    assert_eq!(
        early.calls.status,
        Answer::Yes,
        "calls over 3G before VoLTE was required"
    );
    assert_eq!(after.calls.status, Answer::No);
}

#[test]
fn a_phone_without_volte_is_data_only() {
    let bands = "B2, B4, B12, B66, B71, n25, n41, n71".parse().unwrap();
    let tmobile = Database::bundled().carrier("tmobile").unwrap();
    let as_of = date("2026-12-02");
    let with = bandcheck::report(&Variant::new("x", bands).with_volte(Some(true)), tmobile, as_of);
    let without = bandcheck::report(&Variant::new("x", bands).with_volte(Some(false)), tmobile, as_of);
    let unknown = bandcheck::report(&Variant::new("x", bands), tmobile, as_of);
    assert_eq!((with.verdict, with.calls.status), (Verdict::Full, Answer::Yes));
    assert_eq!(
        (without.verdict, without.calls.status),
        (Verdict::Partial, Answer::No)
    );
    assert_eq!(
        without.calls.reason,
        "the phone has no VoLTE, and calls need it: data only"
    );
    assert_eq!(without.summary, "Works; data only: the phone has no VoLTE");
    assert_eq!(
        (unknown.verdict, unknown.calls.status),
        (Verdict::Full, Answer::Unknown),
        "unknown VoLTE is a caveat"
    );
    assert_eq!(with.score, without.score);
}

#[test]
fn att_enables_calls_only_for_listed_phones() {
    let att = Database::bundled().carrier("att").unwrap();
    let as_of = date("2026-12-02");
    let bands = "B2, B4, B5, B12, B14, B30, B66, n5, n77".parse().unwrap();
    let listed = Variant::new("US", bands).with_models(vec!["SM-G991U1".into()]);
    let report = bandcheck::report(&listed, att, as_of);
    assert_eq!(
        (report.verdict, report.calls.status),
        (Verdict::Full, Answer::Yes)
    );
    assert_eq!(report.activation.listed, Some(true));
    assert_eq!(
        report.calls.reason,
        "on AT&T's HD Voice list (2021-05-14) with HD Voice (VoLTE)"
    );
    let xiaomi = bandcheck::Phone::new(
        "Xiaomi 99",
        vec![Variant::new("Global", bands).with_volte(Some(true))],
    );
    let report = bandcheck::report(&xiaomi.variants()[0], att, as_of);
    assert_eq!(
        (report.verdict, report.calls.status),
        (Verdict::Partial, Answer::No),
        "data only"
    );
    assert_eq!(report.activation.listed, Some(false));
    assert_eq!(
        report.summary,
        "Works; calls not enabled: not on AT&T's HD Voice list (2021-05-14)"
    );
    let other = Variant::new("elsewhere", bands).with_volte(Some(true));
    let report = bandcheck::report(&other, att, as_of);
    assert_eq!(report.calls.status, Answer::Unknown, "the public copy is partial");
    let before = bandcheck::report(&xiaomi.variants()[0], att, date("2021-06-01"));
    assert_ne!(
        before.calls.status,
        Answer::No,
        "the list was enforced from the 3G shutdown"
    );
}

#[test]
fn reports_explain_containment_and_missing_bands() {
    let v = Variant::new("x", "B2, B12, B66, n41, n71".parse().unwrap()).with_volte(Some(true));
    let r = bandcheck::report(
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
    assert!(r.activation.reason.contains("VoLTE"), "{:?}", r.activation);
    let text = r.to_string();
    assert!(text.starts_with("T-Mobile: PARTIAL (score "), "{text}");
    assert!(text.contains("switched off on 2022-07-01"), "{text}");
}

#[test]
fn rows_without_bands_report_unknown_not_none() {
    let spec = bandcheck::parse_spec("4G bands\tLTE\n5G bands\tSA/NSA/Sub6/mmWave");
    let r = bandcheck::report(
        &spec.variants()[0],
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
    let reports = bandcheck::check(v, "US Mobile", date("2026-11-26")).unwrap();
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
    let hosts = |day: &str| -> Vec<String> {
        bandcheck::check(v, "boost", date(day))
            .unwrap()
            .into_iter()
            .map(|r| r.host)
            .collect()
    };
    assert_eq!(
        hosts("2026-12-02"),
        ["att", "tmobile"],
        "its own network is retired"
    );
    assert_eq!(hosts("2024-01-01"), ["boost", "att", "tmobile"]);
    assert_eq!(
        hosts("2021-01-01"),
        ["tmobile"],
        "before the AT&T agreement and its own network"
    );
    let uscellular = |day: &str| -> Vec<String> {
        bandcheck::check(v, "uscellular", date(day))
            .unwrap()
            .into_iter()
            .map(|r| r.host)
            .collect()
    };
    assert_eq!(uscellular("2025-07-31"), ["uscellular"]);
    assert_eq!(
        uscellular("2026-12-02"),
        ["uscellular", "tmobile"],
        "its customers are on T-Mobile while its own network is being merged"
    );
}

#[test]
fn unknown_carriers_list_the_known_ids() {
    let v = variant("Google Pixel 8 Pro", "G1MNW");
    let error = bandcheck::check(v, "verizonn", date("2026-11-26"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("unknown carrier `verizonn`, expected one of att, tmobile, verizon,"),
        "{error}"
    );
}

#[test]
fn rankings_put_full_phones_first() {
    let ranked = bandcheck::rank_phones("tmobile", date("2026-11-26")).unwrap();
    assert!(ranked.len() >= 40);
    assert_eq!(ranked[0].verdict, Verdict::Full);
    assert!(
        ranked
            .windows(2)
            .all(|w| (w[0].verdict, w[0].score) >= (w[1].verdict, w[1].score))
    );
    let carriers = bandcheck::rank_carriers(variant("Google Pixel 8 Pro", "G1MNW"), date("2026-11-26"));
    assert_eq!(carriers[0].verdict, Verdict::Full);
    assert!(carriers.iter().any(|r| r.id == "mint"), "MVNOs are ranked too");
}

#[test]
fn a_band_list_of_medium_confidence_says_so_with_its_source() {
    let v = variant("Redmi Note 9 Pro", "as listed");
    assert_eq!(v.confidence(), Some(bandcheck::Confidence::Medium));
    let report = &bandcheck::check(v, "tmobile", date("2026-12-02")).unwrap()[0];
    assert!(
        report.caveats.iter().any(|c| c
            == "the phone's band list has medium confidence (source: https://www.gsmarena.com/xiaomi_redmi_note_9_pro-10217.php)"),
        "{:?}",
        report.caveats
    );
    let high = variant("Xiaomi 12", "International");
    let report = &bandcheck::check(high, "tmobile", date("2026-12-02")).unwrap()[0];
    assert!(!report.caveats.iter().any(|c| c.contains("confidence")));
}
