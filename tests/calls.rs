//! Calls and activation on real phones (DESIGN rule 4): each case is a catalog phone on a carrier or MVNO, with
//! the answer and the public fact that decides it.

use bandcheck::{ActivationRule, Answer, Database, Date, Variant, Verdict};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn variant(phone: &str, name: &str) -> &'static Variant {
    let phone = Database::bundled()
        .resolve_phone(phone)
        .unwrap_or_else(|e| panic!("{e}"));
    phone
        .variants()
        .iter()
        .find(|v| v.name() == name)
        .unwrap_or_else(|| panic!("no variant {name} of {}", phone.name()))
}

/// (phone, variant, carrier or MVNO, calls, activation, a phrase of the calls reason). The deciding facts:
/// - AT&T: its list of unlocked devices and their capabilities, 2021-05-14 copy (bands/carriers/att.toml),
///   enforced for calls since the 3G shutdown; no Xiaomi, Redmi or POCO phone is on it.
/// - Verizon: activates only phones it has certified; public certification announcements 2015-2022.
/// - T-Mobile: any VoLTE phone, no list; a phone's VoLTE from its maker's spec sheet.
/// - MVNOs inherit their host's rules.
const CASES: &[(&str, &str, &str, Answer, Answer, &str)] = &[
    (
        "Galaxy S21 5G",
        "SM-G991U1",
        "att",
        Answer::Yes,
        Answer::Yes,
        "on AT&T's HD Voice list (2021-05-14)",
    ),
    (
        "Galaxy S21+ 5G",
        "SM-G996U1",
        "att",
        Answer::Yes,
        Answer::Yes,
        "with HD Voice",
    ),
    (
        "Galaxy S21 Ultra 5G",
        "SM-G998U1",
        "att",
        Answer::Yes,
        Answer::Yes,
        "with HD Voice",
    ),
    (
        "Galaxy S21 5G",
        "SM-G991U1",
        "cricket",
        Answer::Yes,
        Answer::Yes,
        "on AT&T's HD Voice list",
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        "att",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list (2021-05-14)",
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        "cricket",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list",
    ),
    (
        "Xiaomi 12",
        "International",
        "att",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list",
    ),
    (
        "Redmi Note 9 Pro",
        "as listed",
        "att",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list",
    ),
    (
        "POCO X3 NFC",
        "as listed",
        "att",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list",
    ),
    (
        "Redmi Note 9S",
        "Malaysia",
        "h2o",
        Answer::No,
        Answer::Yes,
        "not on AT&T's HD Voice list",
    ),
    (
        "Galaxy S24 Ultra",
        "International",
        "att",
        Answer::Unknown,
        Answer::Yes,
        "not in the public copy",
    ),
    (
        "Huawei P40 Pro",
        "ELS-NX9",
        "att",
        Answer::Unknown,
        Answer::Yes,
        "not in the public copy",
    ),
    (
        "Apple iPhone 14",
        "A2882, A2884",
        "verizon",
        Answer::Yes,
        Answer::Yes,
        "on Verizon's certified phones",
    ),
    (
        "Apple iPhone 14 Pro",
        "A2890, A2892",
        "visible",
        Answer::Yes,
        Answer::Yes,
        "on Verizon's certified phones",
    ),
    (
        "Pixel 6",
        "G9S9B16",
        "verizon",
        Answer::Unknown,
        Answer::Yes,
        "whether this phone has it is not known",
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        "verizon",
        Answer::Unknown,
        Answer::Unknown,
        "not in the public copy",
    ),
    (
        "Xiaomi 12",
        "International",
        "visible",
        Answer::Unknown,
        Answer::Unknown,
        "not in the public copy",
    ),
    (
        "Redmi Note 9S",
        "Malaysia",
        "tmobile",
        Answer::Yes,
        Answer::Yes,
        "which this phone has",
    ),
    (
        "Redmi Note 8",
        "Malaysia",
        "mint",
        Answer::Yes,
        Answer::Yes,
        "which this phone has",
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        "tmobile",
        Answer::Unknown,
        Answer::Yes,
        "not known",
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        "metro",
        Answer::Unknown,
        Answer::Yes,
        "not known",
    ),
    (
        "Redmi Note 9 Pro",
        "India",
        "tmobile",
        Answer::No,
        Answer::Yes,
        "no band it serves carries calls",
    ),
];

#[test]
fn real_phones_calls_and_activation() {
    let as_of = date("2026-12-02");
    let mut wrong = Vec::new();
    for (phone, name, target, calls, activation, why) in CASES {
        let report = &bandcheck::check(variant(phone, name), target, as_of).unwrap()[0];
        let got = (report.calls.status, report.activation.status);
        if got != (*calls, *activation) || !report.calls.reason.contains(why) {
            wrong.push(format!(
                "{phone} [{name}] on {target}: calls {:?} ({}), activation {:?}; expected {calls:?}, {activation:?}, `{why}`",
                got.0, report.calls.reason, got.1
            ));
        }
        if report.calls.status == Answer::No {
            assert_ne!(
                report.verdict,
                Verdict::Full,
                "{phone} on {target}: data only is never full"
            );
        }
        if report.calls.status != Answer::Unknown && !report.calls.reason.contains("band") {
            assert!(
                report.calls.source.is_some(),
                "{phone} on {target}: a decided answer names its source"
            );
        }
    }
    assert!(CASES.len() >= 20);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_headline_says_why_calls_are_refused() {
    let report = &bandcheck::check(
        variant("Xiaomi 14 Ultra", "International"),
        "att",
        date("2026-12-02"),
    )
    .unwrap()[0];
    assert!(
        report
            .summary
            .ends_with("calls not enabled: not on AT&T's HD Voice list (2021-05-14)"),
        "{}",
        report.summary
    );
    assert_eq!(report.activation.rule, ActivationRule::Listed);
    assert_eq!(report.activation.listed, Some(false));
    assert_eq!(report.activation.list_date, Some(date("2021-05-14")));
    let verizon = &bandcheck::check(
        variant("Xiaomi 14 Ultra", "International"),
        "verizon",
        date("2026-12-02"),
    )
    .unwrap()[0];
    assert!(
        verizon
            .summary
            .ends_with("Verizon activates only phones it has certified, and this one is not known to be"),
        "{}",
        verizon.summary
    );
}

#[test]
fn no_report_says_calls_work_next_to_a_refusal() {
    let db = Database::bundled();
    let as_of = date("2026-12-02");
    for phone in db.phones().take(200) {
        for v in phone.variants() {
            for c in db.carriers() {
                for r in bandcheck::check_with(db, v, c.id(), as_of).unwrap() {
                    if r.calls.status == Answer::Yes {
                        assert!(!r.summary.contains("calls not enabled"), "{}", r.summary);
                        assert_ne!(r.activation.listed, Some(false), "{} on {}", phone.name(), r.host);
                    }
                }
            }
        }
    }
}
