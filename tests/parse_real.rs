//! The parser on real spec-sheet strings from public pages (tests/data/real_specs.toml, each with its source),
//! and its warnings, asserted verbatim.

use bandcheck::{Technology, Variant, parse_spec, parse_spec_strict};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    source: String,
    input: String,
    variant: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    name: String,
    #[serde(default)]
    gsm: Vec<String>,
    #[serde(default)]
    umts: Vec<String>,
    #[serde(default)]
    cdma: Vec<String>,
    #[serde(default)]
    lte: Vec<String>,
    #[serde(default)]
    nr: Vec<String>,
    #[serde(default)]
    unknown_lte: Vec<String>,
    #[serde(default)]
    unknown_nr: Vec<String>,
    #[serde(default)]
    unknown_technologies: Vec<String>,
}

fn bands(v: &Variant, t: Technology) -> Vec<String> {
    v.bands().of(t).iter().map(|b| b.to_string()).collect()
}

fn unknown(v: &Variant, t: Technology) -> Vec<String> {
    v.unknown_bands()
        .iter()
        .filter(|u| u.technology == t)
        .map(|u| u.text.clone())
        .collect()
}

fn corpus() -> Corpus {
    let text = include_str!("data/real_specs.toml");
    toml::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn real_spec_sheets_parse_to_their_expected_bands() {
    let corpus = corpus();
    assert!(corpus.case.len() >= 40, "at least 40 real strings");
    let mut failures = Vec::new();
    for case in &corpus.case {
        assert!(
            !case.source.is_empty(),
            "{}: every case names its source",
            case.name
        );
        let parsed = parse_spec(&case.input);
        let got: Vec<&str> = parsed.variants.iter().map(Variant::name).collect();
        let want: Vec<&str> = case.variant.iter().map(|v| v.name.as_str()).collect();
        if got != want {
            failures.push(format!("{}: variants {got:?}, expected {want:?}", case.name));
            continue;
        }
        for (v, e) in parsed.variants.iter().zip(&case.variant) {
            let checks = [
                ("gsm", bands(v, Technology::Gsm), &e.gsm),
                ("umts", bands(v, Technology::Umts), &e.umts),
                ("cdma", bands(v, Technology::Cdma), &e.cdma),
                ("lte", bands(v, Technology::Lte), &e.lte),
                ("nr", bands(v, Technology::Nr), &e.nr),
                ("unknown_lte", unknown(v, Technology::Lte), &e.unknown_lte),
                ("unknown_nr", unknown(v, Technology::Nr), &e.unknown_nr),
                (
                    "unknown_technologies",
                    v.unknown_technologies()
                        .iter()
                        .map(|t| t.id().to_string())
                        .collect(),
                    &e.unknown_technologies,
                ),
            ];
            for (what, got, want) in checks {
                if got != *want {
                    failures.push(format!(
                        "{} [{}] {what}: got {got:?}, expected {want:?}",
                        case.name, e.name
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn warnings_name_the_text_and_its_position() {
    let parsed = parse_spec("4G bands\t1, 3, frob, 999999999999\n5G bands\tn4 n78\nLTE 800 / 700");
    let messages: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "unrecognized text `frob` at 1:16",
            "`999999999999` at 1:22: number too large for a band; ignored",
            "`n4` at 2:10 is no 5G NR band; kept as unknown",
            "`800` at 3:5: band number inferred from 800 MHz as B20",
            "`700` at 3:11: LTE 700 MHz could be B12, B13, B17 or B28; kept as unknown",
        ]
    );
    let error = parse_spec_strict("4G bands 1, 3, frob").unwrap_err();
    assert_eq!(error.to_string(), "unrecognized text `frob` at 1:16");
    let error = parse_spec_strict("66 \u{1F4F1} n4").unwrap_err();
    assert_eq!(
        error.to_string(),
        "`66` at 1:1: band number with no technology, expected a label such as `4G bands` or `LTE` before it (and 2 more)"
    );
    assert!(parse_spec_strict("4G bands\t1, 2, 3 - International").is_ok());
}

#[test]
fn rows_without_numbers_are_unknown_not_none() {
    for text in [
        "4G bands\tLTE",
        "4G bands\tLTE (unspecified)",
        "4G bands\tN/A",
        "4G bands",
    ] {
        let parsed = parse_spec(text);
        let v = &parsed.variants[0];
        assert!(v.is_unknown(Technology::Lte), "{text}");
        assert!(v.bands().is_empty(), "{text}");
        assert!(parsed.warnings.is_empty(), "{text}: {:?}", parsed.warnings);
    }
    let v = &parse_spec("5G bands\tSA/NSA/Sub6/mmWave\n4G bands\t2, 4").variants[0];
    assert!(v.is_unknown(Technology::Nr));
    assert!(!v.is_unknown(Technology::Lte));
}

#[test]
fn manufacturer_lines_of_one_variant_are_one_variant() {
    let parsed = parse_spec(
        "FDD-LTE: B1/B3/B5/B7/B8\nTDD-LTE: B38/B40/B41\n5G NR: n1/n28/n78\nWCDMA: B1/2/4/5/8\nGSM: B2/B3/B5/B8",
    );
    assert_eq!(parsed.variants.len(), 1);
    assert_eq!(
        parsed.variants[0].bands().to_string(),
        "850, 900, 1800, 1900, I, II, IV, V, VIII, B1, B3, B5, B7, B8, B38, B40, B41, n1, n28, n78"
    );
    assert!(parsed.warnings.is_empty());
}

#[test]
fn separators_and_entities() {
    let a = parse_spec("4G bands\t1| 2 |3 &amp; 4\u{2013}5, 20 25, 66, 66 ").variants[0]
        .bands()
        .to_string();
    assert_eq!(a, "B1, B2, B3, B4, B5, B20, B25, B66");
    let b = parse_spec("LTE band 1(2100), 2(1900), 4(1700/2100), 66(1700/2100)").variants[0]
        .bands()
        .to_string();
    assert_eq!(b, "B1, B2, B4, B66");
}

#[test]
fn bullets_are_understood_other_marks_are_warned() {
    let bullet = parse_spec("• 4G LTE: 1, 3\n• 5G: n78");
    assert_eq!(bullet.variants[0].bands().to_string(), "B1, B3, n78");
    assert!(bullet.warnings.is_empty());
    let hash = parse_spec("# 4G LTE: 1, 3");
    assert_eq!(hash.variants[0].bands().to_string(), "B1, B3");
    assert_eq!(hash.warnings[0].to_string(), "unrecognized text `#` at 1:1");
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\n\n",
        "-",
        " - ",
        "(",
        ")",
        "((",
        "B",
        "n",
        "BC",
        "\u{0}",
        "é - ü",
        "5G bands - ",
        "| | |",
        "1(",
        "&amp",
    ] {
        let parsed = parse_spec(text);
        assert!(!parsed.variants.is_empty(), "{text:?}");
    }
}
