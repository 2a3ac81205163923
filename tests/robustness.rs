//! Hostile input: huge rows, garbage, absurd numbers. Always an answer or a clear error, bounded memory.

use bandcheck::{Technology, WarningKind, parse_band_list, parse_spec};

const EIGHT_MB: usize = 8 << 20;

#[test]
fn an_eight_megabyte_band_row_is_read() {
    let mut text = String::from("4G bands\t");
    while text.len() < EIGHT_MB {
        text.push_str("1, 2, 3, 66, 71, ");
    }
    let parsed = parse_spec(&text);
    assert_eq!(parsed.variants[0].bands().to_string(), "B1, B2, B3, B66, B71");
    assert!(parsed.warnings.is_empty());
}

#[test]
fn eight_megabytes_of_garbage_keep_a_bounded_list_of_warnings() {
    let garbage: String = (0..EIGHT_MB / 4)
        .map(|i| ["zz ", "#", "é", ")x"][i % 4])
        .collect();
    let parsed = parse_spec(&garbage);
    assert_eq!(
        parsed.warnings.len(),
        101,
        "100 warnings and one that counts the rest"
    );
    match &parsed.warnings[100].kind {
        WarningKind::Truncated(rest) => assert!(*rest > 1000),
        other => panic!("{other:?}"),
    }
}

#[test]
fn one_huge_word_or_bracket_is_one_warning() {
    for text in [
        "A".repeat(EIGHT_MB),
        "(".repeat(EIGHT_MB),
        "-".repeat(EIGHT_MB),
        "9".repeat(EIGHT_MB),
    ] {
        let parsed = parse_spec(&text);
        assert!(parsed.warnings.len() <= 1, "{}", parsed.warnings.len());
    }
}

#[test]
fn thousands_of_variant_tags_are_capped() {
    let text: String = (0..10_000)
        .map(|i| format!("4G bands\t1, 2 - MODEL{i}X\n"))
        .collect();
    let parsed = parse_spec(&text);
    assert_eq!(parsed.variants.len(), 64);
    assert_eq!(
        parsed.warnings[0].to_string(),
        "`MODEL64X` at 65:17: more than 64 variants; this line is left out"
    );
}

#[test]
fn absurd_numbers_warn_and_never_overflow() {
    let list = parse_band_list(Technology::Lte, "2, 999999999999, 18446744073709551616, 0, 00066");
    assert_eq!(list.bands.to_string(), "B2, B66");
    let messages: Vec<String> = list.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "`999999999999` at 3..15: number too large for a band; ignored",
            "`18446744073709551616` at 17..37: number too large for a band; ignored",
            "`0` at 39..40 is no LTE band; kept as unknown",
        ]
    );
}
