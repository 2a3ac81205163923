//! Hostile input: huge rows, garbage, absurd numbers. Always an answer or a clear error, bounded memory.

mod common;

use bandcheck::{Technology, WarningKind, parse_band_list, parse_spec};

const EIGHT_MB: usize = 8 << 20;

#[test]
fn an_eight_megabyte_band_row_is_read() {
    let mut text = String::from("4G bands\t");
    while text.len() < EIGHT_MB {
        text.push_str("1, 2, 3, 66, 71, ");
    }
    let parsed = parse_spec(&text);
    assert_eq!(parsed.variants()[0].bands().to_string(), "B1, B2, B3, B66, B71");
    assert!(parsed.warnings().is_empty());
}

#[test]
fn eight_megabytes_of_garbage_keep_a_bounded_list_of_warnings() {
    let garbage: String = (0..EIGHT_MB / 4)
        .map(|i| ["zz ", "#", "é", ")x"][i % 4])
        .collect();
    let parsed = parse_spec(&garbage);
    assert_eq!(
        parsed.warnings().len(),
        101,
        "100 warnings and one that counts the rest"
    );
    match &parsed.warnings()[100].kind {
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
        assert!(parsed.warnings().len() <= 1, "{}", parsed.warnings().len());
    }
}

#[test]
fn thousands_of_variant_tags_are_capped() {
    let text: String = (0..10_000)
        .map(|i| format!("4G bands\t1, 2 - MODEL{i}X\n"))
        .collect();
    let parsed = parse_spec(&text);
    assert_eq!(parsed.variants().len(), 64);
    assert_eq!(
        parsed.warnings()[0].to_string(),
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

/// `check` as a user runs it, on standard input.
fn check(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let args: Vec<&str> = ["--spec", "-", "--as-of", "2026-11-26"]
        .into_iter()
        .chain(args.iter().copied())
        .collect();
    common::run("check", &args, Some(stdin))
}

#[test]
fn check_refuses_what_is_not_a_spec_with_exit_2() {
    let random: Vec<u8> = (0u32..200_000)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    for input in [&b""[..], b"  \n\t\n", b"will my phone work on T-Mobile?", &random] {
        for strict in [false, true] {
            let args: &[&str] = if strict { &["--strict"] } else { &[] };
            let out = check(args, input);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{stderr}");
            assert!(
                stderr.starts_with("error: no network rows found, expected lines such as `4G bands 1, 3, 7`"),
                "{stderr}"
            );
            assert!(out.stdout.is_empty());
            assert!(
                !stderr.bytes().any(|b| b.is_ascii_control() && b != b'\n'),
                "control bytes echoed: {stderr:?}"
            );
        }
    }
}

#[test]
fn check_never_echoes_control_characters_and_warns_once_with_line_and_column() {
    let input =
        b"4G bands\t2, 4, 12, 66, 71 \x1b[2J - USA\n \t1, 3, 7, 20 - Europe\n5G bands\tn41, n71 \x07\n";
    let out = check(&[], input);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.bytes().any(|b| b.is_ascii_control() && b != b'\n'),
        "{stdout:?}"
    );
    // Each warning once, though the input has two variants.
    assert_eq!(
        stdout
            .matches("warning: unrecognized text `\\u{1b}[` at 1:27")
            .count(),
        1,
        "{stdout}"
    );
    assert_eq!(
        stdout
            .matches("warning: unrecognized text `\\u{7}` at 3:19")
            .count(),
        1,
        "{stdout}"
    );
    let strict = check(&["--strict"], input);
    assert_eq!(strict.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&strict.stderr).starts_with("error: unrecognized text `\\u{1b}[` at 1:27")
    );
}

#[test]
fn check_gives_a_whole_page_the_answer_of_its_network_block() {
    let block = include_str!("data/pages/poco-x5-pro-network.txt");
    let page = format!("{block}{}", include_str!("data/pages/poco-x5-pro-rest.txt"));
    let answer = |text: &str| {
        let out = check(&["--strict", "--json"], text.as_bytes());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (json["phone"]["variants"].clone(), json["results"].clone())
    };
    let (block_variants, block_results) = answer(block);
    assert_eq!(block_variants.as_array().unwrap().len(), 2);
    assert_eq!(answer(&page), (block_variants, block_results));
}

#[test]
fn eight_megabytes_of_mhz_lists_and_bracketed_bands_stay_linear() {
    let started = std::time::Instant::now();
    for unit in [
        "LTE 800 HSDPA 850 / 1700/2100\n(Bands 1)\n",
        "LTE 700 / 1700 / 2100 ",
        "4G bands\tLTE 850\n",
    ] {
        let text = unit.repeat(EIGHT_MB / unit.len());
        let parsed = parse_spec(&text);
        assert!(!parsed.variants().is_empty());
        assert!(parsed.warnings().len() <= 101);
    }
    // Debug builds on a shared machine: generous, but far below what a quadratic walk would take.
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}
