//! Properties over random inputs: round-trips, containment laws, monotonicity of verdicts, the verdict rules,
//! and "never panics" for the parser and the data loader.

use bandcheck::{
    Answer, Band, BandSet, Database, Date, ParseError, ParsedSpec, Spectrum, Technology, Variant, Verdict,
    parse_band_list, parse_spec,
};
use proptest::prelude::*;

fn catalog() -> Vec<Band> {
    Spectrum::bundled().bands().iter().collect()
}

/// Any band of the catalog.
fn any_band() -> impl Strategy<Value = Band> {
    let bands = catalog();
    (0..bands.len()).prop_map(move |i| bands[i])
}

/// Any set of catalog bands.
fn any_set() -> impl Strategy<Value = BandSet> {
    proptest::collection::vec(any_band(), 0..40).prop_map(|v| v.into_iter().collect())
}

/// A date between 2015 and 2030, where the carrier timelines change.
fn any_date() -> impl Strategy<Value = Date> {
    (2015u16..2031, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn any_carrier() -> impl Strategy<Value = usize> {
    0..Database::bundled().carriers().len()
}

/// A section of a GSMArena page other than Network, as a copy pastes it: its heading and first row on one line,
/// more rows, continuation lines; values full of numbers, units, words in brackets and technology names.
fn any_other_section() -> impl Strategy<Value = String> {
    let heading = prop_oneof![
        Just("Launch\tAnnounced"),
        Just("Body\tDimensions"),
        Just("Display\tType"),
        Just("Platform\tOS"),
        Just("Memory\tCard slot"),
        Just("Main Camera\tTriple"),
        Just("Selfie camera\tSingle"),
        Just("Sound\tLoudspeaker"),
        Just("Comms\tWLAN"),
        Just("Features\tSensors"),
        Just("Battery\tType"),
        Just("Misc\tColors"),
        Just("Tests\tPerformance"),
        Just("BODY"),
        Just("Weight"),
        Just("Dimensions"),
    ];
    let label = prop_oneof![
        Just("Weight\t"),
        Just("Build\t"),
        Just("SIM\t"),
        Just("Size\t"),
        Just("Resolution\t"),
        Just("Chipset\t"),
        Just("CPU\t"),
        Just("Internal\t"),
        Just("Video\t"),
        Just("3.5mm jack\t"),
        Just("Bluetooth\t"),
        Just("Positioning\t"),
        Just("NFC\t"),
        Just("USB\t"),
        Just("Charging\t"),
        Just("Models\t"),
        Just("Price\t"),
        Just("Type\t"),
        Just(" \t"),
        Just(" \t"),
    ];
    let first = prop_oneof![
        (0u32..100_000).prop_map(|n| n.to_string()),
        Just("Qualcomm".to_string()),
        Just("Li-Po".to_string()),
        Just("Yes".to_string()),
        Just("AMOLED".to_string()),
    ];
    let piece = prop_oneof![
        (0u32..10_000).prop_map(|n| format!("{n}")),
        (0u32..1000).prop_map(|n| format!("{n}W")),
        (0u32..200).prop_map(|n| format!("{n} MP")),
        (1u32..9).prop_map(|n| format!("{n}.{n} x 7{n} x 7.9 mm")),
        Just("(HBM)".to_string()),
        Just("(macro)".to_string()),
        Just("(USA)".to_string()),
        Just("5G".to_string()),
        Just("LTE".to_string()),
        Just("n78".to_string()),
        Just("B66".to_string()),
        Just("mAh".to_string()),
        Just(", ".to_string()),
        Just(" / ".to_string()),
        Just(" - International".to_string()),
        Just("120Hz".to_string()),
    ];
    let value = (first, proptest::collection::vec(piece, 0..12))
        .prop_map(|(first, rest)| format!("{first} {}", rest.join(" ")));
    let row = (label, value.clone()).prop_map(|(label, value)| format!("{label}{value}\n"));
    (heading, value, proptest::collection::vec(row, 0..8))
        .prop_map(|(heading, value, rows)| format!("{heading}\t{value}\n{}", rows.concat()))
}

fn phone(bands: BandSet) -> Variant {
    Variant::new("test", bands).with_volte(Some(true))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn band_round_trips_through_display(band in any_band()) {
        prop_assert_eq!(band.to_string().parse::<Band>().unwrap(), band);
    }

    #[test]
    fn band_set_round_trips_through_display(set in any_set()) {
        prop_assert_eq!(set.to_string().parse::<BandSet>().unwrap(), set);
    }

    #[test]
    fn parsing_a_printed_set_gives_the_set(set in any_set()) {
        for t in Technology::ALL {
            let printed = set.of(t).to_string();
            let list = parse_band_list(t, &printed);
            prop_assert_eq!(list.bands, set.of(t), "{}: {}", t, printed);
            prop_assert!(list.warnings.is_empty());
        }
        let block = format!(
            "2G bands\t{}\n3G bands\tHSDPA {}\n2G bands\tCDMA {}\n4G bands\t{}\n5G bands\t{} SA/NSA",
            set.of(Technology::Gsm), set.of(Technology::Umts), set.of(Technology::Cdma),
            set.of(Technology::Lte), set.of(Technology::Nr),
        );
        let parsed = parse_spec(&block);
        prop_assert_eq!(parsed.variants().len(), 1);
        prop_assert_eq!(*parsed.variants()[0].bands(), set, "{}", block);
    }

    #[test]
    fn parser_never_panics_on_any_string(text in any::<String>()) {
        let parsed = parse_spec(&text);
        prop_assert!(!parsed.variants().is_empty());
        for w in parsed.warnings() {
            prop_assert!(w.span.end <= text.len());
            if !matches!(w.kind, bandcheck::WarningKind::Truncated(_)) {
                // The line and column (in characters) of the span's start.
                let before = &text[..w.span.start];
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                prop_assert_eq!(w.line, before.matches('\n').count() + 1);
                prop_assert_eq!(w.column, before[line_start..].chars().count() + 1);
            }
        }
    }

    #[test]
    fn parser_never_panics_on_spec_like_text(
        pieces in proptest::collection::vec(prop_oneof![
            Just("4G bands\t"), Just("5G bands "), Just("2G bands\t"), Just("3G bands"), Just("GSM"), Just("HSDPA"),
            Just("CDMA"), Just("LTE"), Just("NR"), Just(" - "), Just(" – "), Just("-"), Just("("), Just(")"),
            Just(", "), Just("/"), Just("|"), Just("&amp;"), Just("\n"), Just("\t"), Just("SIM"), Just("1"),
            Just("66"), Just("n77"), Just("B28A"), Just("784G"), Just("66-EU"), Just("999999999999"), Just("700"),
            Just("II"), Just("(USA/Canada)"), Just("SA/NSA/Sub6/mmWave"), Just("é"), Just("注"), Just(":"),
            Just("Technology"), Just("Speed"), Just("No"), Just("N/A"), Just("International"),
        ], 0..60)
    ) {
        let text: String = pieces.concat();
        let parsed = parse_spec(&text);
        prop_assert!(!parsed.variants().is_empty());
    }

    #[test]
    fn other_sections_of_a_page_never_change_the_bands(
        set in any_set(), sections in proptest::collection::vec(any_other_section(), 1..6), tagged in any::<bool>()
    ) {
        let tag = if tagged { " - International" } else { "" };
        let block = format!(
            "Network\tTechnology\tGSM / HSPA / LTE / 5G\n2G bands\t{}\n3G bands\tHSDPA {}\n4G bands\t{}{tag}\n5G bands\t{} SA/NSA{tag}\nSpeed\tHSPA, LTE-A, 5G\n",
            set.of(Technology::Gsm), set.of(Technology::Umts), set.of(Technology::Lte), set.of(Technology::Nr),
        );
        let alone = parse_spec(&block);
        let page = parse_spec(&format!("{block}{}", sections.concat()));
        prop_assert_eq!(page.variants().len(), alone.variants().len());
        for (p, a) in page.variants().iter().zip(alone.variants()) {
            prop_assert_eq!(p.name(), a.name());
            prop_assert_eq!(p.bands(), a.bands(), "{}", sections.concat());
            prop_assert_eq!(p.unknown_bands(), a.unknown_bands());
            prop_assert_eq!(p.unknown_technologies(), a.unknown_technologies());
        }
        prop_assert_eq!(page.warnings(), alone.warnings());
    }

    #[test]
    fn random_bytes_never_get_a_verdict(bytes in proptest::collection::vec(any::<u8>(), 0..4000)) {
        let text = String::from_utf8_lossy(&bytes);
        match text.parse::<ParsedSpec>() {
            Err(error) => {
                let refused = matches!(error, ParseError::NoNetworkRows { .. });
                prop_assert!(refused, "{}", error);
            }
            // Something read as a network row: what came with it is warned about.
            Ok(spec) => prop_assert!(!spec.warnings().is_empty()),
        }
        // The lenient parse of text without network rows knows nothing.
        let lenient = parse_spec(&text);
        if text.parse::<ParsedSpec>().is_err() {
            let v = &lenient.variants()[0];
            prop_assert!(v.bands().is_empty());
            prop_assert!(Technology::ALL.iter().all(|&t| v.is_unknown(t)));
        }
    }

    #[test]
    fn loader_never_panics_on_any_text(text in any::<String>(), kind in 0..3usize) {
        let name = ["carriers/x.toml", "mvnos.toml", "phones/x.toml"][kind];
        let _ = Database::from_toml_str(name, &text);
    }

    #[test]
    fn containment_is_reflexive_and_transitive(a in any_band(), b in any_band(), c in any_band()) {
        let s = Spectrum::bundled();
        prop_assert!(s.serves(a, a));
        if s.serves(a, b) && s.serves(b, c) {
            prop_assert!(s.serves(a, c), "{} serves {} serves {}", a, b, c);
        }
        if a != b && s.serves(a, b) {
            prop_assert!(!s.serves(b, a) || s.info(a).map(|i| (i.uplink(), i.downlink())) == s.info(b).map(|i| (i.uplink(), i.downlink())));
        }
    }

    #[test]
    fn adding_bands_never_lowers_a_verdict_or_score(
        base in any_set(), extra in any_set(), carrier in any_carrier(), as_of in any_date()
    ) {
        let carrier = &Database::bundled().carriers()[carrier];
        let small = bandcheck::report(&phone(base), carrier, as_of);
        let big = bandcheck::report(&phone(base.union(&extra)), carrier, as_of);
        prop_assert!(small.verdict <= big.verdict, "{:?} -> {:?}", small.verdict, big.verdict);
        prop_assert!(small.score <= big.score);
    }

    #[test]
    fn verdict_rules_hold(bands in any_set(), carrier in any_carrier(), as_of in any_date(), volte in proptest::option::of(any::<bool>())) {
        let carrier = &Database::bundled().carriers()[carrier];
        let variant = Variant::new("test", bands).with_volte(volte);
        let report = bandcheck::report(&variant, carrier, as_of);
        let nothing_missing = report.technologies.iter().all(|t| t.missing.is_empty());
        let anchors = carrier.bands_on(as_of).anchors();
        let anchor_served = !anchors.intersection(variant.served()).is_empty();
        // full ⇔ nothing missing (and calls possible); none ⇔ no anchor served
        let refused = report.calls.status == Answer::No || report.activation.status == Answer::No;
        prop_assert_eq!(report.verdict == Verdict::Full, !anchors.is_empty() && nothing_missing && !refused);
        prop_assert_eq!(report.verdict == Verdict::None, !anchor_served);
        prop_assert!((0.0..=1.0).contains(&report.score));
        // the fast path agrees with the report
        prop_assert_eq!(bandcheck::verdict(&variant, carrier, as_of), report.verdict);
        // supplemental bands never count
        let supplemental_only = Variant::new("extras", carrier.bands_on(as_of).supplemental);
        if supplemental_only.served().intersection(&anchors).is_empty() {
            prop_assert_eq!(bandcheck::verdict(&supplemental_only, carrier, as_of), Verdict::None);
        }
    }

    #[test]
    fn shared_spectrum_costs_nothing_but_the_label(
        base in any_set(), carrier in any_carrier(), as_of in any_date(), volte in proptest::option::of(any::<bool>())
    ) {
        let carrier = &Database::bundled().carriers()[carrier];
        for shared in carrier.shared_spectrum() {
            let mut lte = base;
            lte.insert(shared.lte);
            let mut both = lte;
            both.insert(shared.nr);
            let mut nr_only = base;
            nr_only.insert(shared.nr);
            let report = |bands| bandcheck::report(&Variant::new("t", bands).with_volte(volte), carrier, as_of);
            let (with_lte, with_both, with_nr) = (report(lte), report(both), report(nr_only));
            prop_assert_eq!(with_lte.verdict, with_both.verdict, "{} adds nothing to {}", shared.nr, shared.lte);
            prop_assert_eq!(with_lte.score, with_both.score);
            prop_assert!(with_lte.verdict >= with_nr.verdict, "the LTE twin {} serves {} too", shared.lte, shared.nr);
        }
    }

    #[test]
    fn calls_refused_is_never_full(bands in any_set(), carrier in any_carrier(), as_of in any_date(), volte in proptest::option::of(any::<bool>())) {
        let carrier = &Database::bundled().carriers()[carrier];
        let phone = bandcheck::Phone::new("Xiaomi Test", vec![Variant::new("Global", bands).with_volte(volte)]);
        let report = bandcheck::report(&phone.variants()[0], carrier, as_of);
        if report.calls.status == Answer::No || report.activation.status == Answer::No {
            prop_assert!(report.verdict != Verdict::Full, "{}", report.summary);
        }
        if report.calls.status == Answer::Yes {
            prop_assert!(report.summary.contains("calls work"), "{}", report.summary);
        }
    }

    #[test]
    fn an_mvno_gives_its_hosts_verdicts(bands in any_set(), as_of in any_date()) {
        let db = Database::bundled();
        let variant = phone(bands);
        for mvno in db.mvnos() {
            let Ok(reports) = bandcheck::check_with(db, &variant, mvno.id(), as_of) else {
                prop_assert!(mvno.ended().is_some_and(|e| e <= as_of), "{} refused on {}", mvno.id(), as_of);
                continue;
            };
            let hosts: Vec<_> = mvno.hosts().iter().filter(|h| h.is_active(as_of)).collect();
            prop_assert_eq!(reports.len(), hosts.len());
            for (report, host) in reports.iter().zip(hosts) {
                let direct = bandcheck::report(&variant, db.carrier(&host.id).unwrap(), as_of);
                prop_assert_eq!(&report.host, &host.id);
                prop_assert_eq!(report.verdict, direct.verdict);
                prop_assert_eq!(report.score, direct.score);
                prop_assert_eq!(&report.calls, &direct.calls);
                prop_assert_eq!(&report.activation, &direct.activation);
                prop_assert_eq!(&report.summary, &direct.summary);
            }
        }
    }
}

// Release checks: a million cases each (minutes in release mode). Run with
// `cargo test --release --test properties -- --ignored`.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000_000))]

    #[test]
    #[ignore = "release check: a million cases"]
    fn million_strings_never_panic_the_parser(text in any::<String>()) {
        prop_assert!(!parse_spec(&text).variants().is_empty());
    }

    #[test]
    #[ignore = "release check: a million cases"]
    fn million_band_sets_keep_verdicts_monotone(
        base in any_set(), extra in any_set(), carrier in any_carrier(), as_of in any_date()
    ) {
        let carrier = &Database::bundled().carriers()[carrier];
        let small = bandcheck::verdict(&phone(base), carrier, as_of);
        let big = bandcheck::verdict(&phone(base.union(&extra)), carrier, as_of);
        prop_assert!(small <= big);
    }
}
