//! The example binaries as a user runs them: answers with exit 0, bad input with exit 2 and a message that
//! names the bad value.

mod common;

use std::path::PathBuf;

use common::run;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_catalog_phone_gets_a_verdict_per_carrier() {
    let out = run("check", &["xiaomi", "12", "--as-of", "2026-11-26"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Xiaomi 12\n\n[International]\n  AT&T: PARTIAL (score 0.77) — Works, with weaker rural and indoor coverage (no 700 MHz FirstNet) and slower speeds where busy (no WCS 2.3 GHz); calls not enabled: not on AT&T's HD Voice list (2021-05-14)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("missing B71, 600 MHz (coverage): weaker rural and indoor service"),
        "{stdout}"
    );
}

#[test]
fn json_follows_the_contract() {
    let out = run(
        "check",
        &[
            "--lte",
            "2,4,12,66,71",
            "--nr",
            "n41,n71",
            "--carrier",
            "mint",
            "--json",
            "--as-of",
            "2026-11-26",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["phone"]["variants"][0]["bands"]["lte"],
        serde_json::json!(["B2", "B4", "B12", "B66", "B71"])
    );
    let result = &json["results"][0];
    assert_eq!(result["carrier"], "mint");
    assert_eq!(result["host"], "tmobile");
    assert_eq!(result["verdict"], "partial");
    assert!(result["score"].as_f64().unwrap() > 0.5);
    let techs = result["technologies"].as_array().unwrap();
    let nr = techs.iter().find(|t| t["technology"] == "nr").unwrap();
    assert_eq!(nr["status"], "live");
    assert_eq!(nr["missing"], serde_json::json!(["n25"]));
    assert_eq!(
        result["summary"],
        "Works, with slower speeds where busy (no 1900 MHz PCS); calls unknown: whether it has VoLTE is not known"
    );
    assert_eq!(result["calls"]["status"], "unknown");
    assert_eq!(result["activation"]["rule"], "open");
    assert_eq!(result["activation"]["status"], "yes");
    assert!(
        result["caveats"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c.as_str().unwrap().contains("T-Mobile's network"))
    );
}

#[test]
fn a_pasted_spec_on_stdin_even_invalid_utf8() {
    let mut input = b"4G bands\t2, 4, 12, 66, 71 \xff\xfe - USA\n5G bands\t41, 71".to_vec();
    input.extend_from_slice(&[0, 159, 146, 150]);
    let out = run("check", &["--spec", "-", "--carrier", "tmobile"], Some(&input));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("[USA]"), "{stdout}");
    assert!(
        stdout.contains("warning: unrecognized text `\u{fffd}\u{fffd}`"),
        "{stdout}"
    );
}

#[test]
fn bad_input_exits_2_naming_the_value() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--carrier", "verizonn", "Pixel 7"],
            "error: unknown carrier `verizonn`, expected one of att, tmobile, verizon,",
        ),
        (
            &["--as-of", "2026-02-30", "Pixel 7"],
            "error: invalid value '2026-02-30' for '--as-of <YYYY-MM-DD>': invalid date `2026-02-30`, expected YYYY-MM-DD",
        ),
        (
            &["--spec", "/no/such/spec.txt"],
            "error: cannot read `/no/such/spec.txt`: ",
        ),
        (
            &["Xiaomi 12 Pr"],
            "error: no phone `Xiaomi 12 Pr` in the catalog; did you mean `Xiaomi 12 Pro`",
        ),
        (
            &["--lte", "2, 999999999999"],
            "error: in `--lte 2, 999999999999`: `999999999999` at 3..15: number too large",
        ),
        (
            &["--nr", "n4"],
            "error: in `--nr n4`: `n4` at 0..2 is no 5G NR band; kept as unknown",
        ),
        (
            &["--volte", "maybe", "Pixel 7"],
            "error: invalid value 'maybe' for '--volte <VOLTE>'",
        ),
        (
            &["--frobnicate"],
            "error: unexpected argument '--frobnicate' found",
        ),
        (
            &["--data", "/no/such/dir", "Pixel 7"],
            "error: cannot read `/no/such/dir`: not a directory",
        ),
    ];
    for (args, message) in cases {
        let out = run("check", args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).starts_with(message),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_broken_data_directory_names_file_line_and_column() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-broken-data");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("carriers")).unwrap();
    std::fs::write(dir.join("carriers/att.toml"), "id = \"att\"\nname = \"AT&T\"\nchecked = 2026-11-26\nsources = [\"https://x\"]\n[networks.lte]\nsources = [\"https://x\"]\nbands = [{ band = \"B2\", role = \"coverage\", confidence = \"sure\" }]\n").unwrap();
    let out = run("check", &["--data", dir.to_str().unwrap(), "Pixel 7"], None);
    assert_eq!(out.status.code(), Some(2));
    let expected = format!(
        "error: {}:7:57: unknown variant `sure`, expected one of `low`, `medium`, `high`",
        dir.join("carriers/att.toml").display()
    );
    assert_eq!(text(&out.stderr).trim_end(), expected);
}

#[test]
fn lists_and_the_other_examples() {
    let carriers = text(&run("check", &["--list-carriers"], None).stdout);
    for id in [
        "att", "tmobile", "verizon", "boost", "cricket", "visible", "mint", "googlefi", "usmobile",
    ] {
        assert!(
            carriers.lines().any(|l| l.split_whitespace().next() == Some(id)),
            "{id}"
        );
    }
    assert!(
        carriers.contains("mint                 Mint Mobile  (on T-Mobile)"),
        "{carriers}"
    );
    assert!(
        carriers.contains("Boost Mobile  (carrier; also on AT&T"),
        "{carriers}"
    );
    let phones = text(&run("check", &["--list-phones"], None).stdout);
    assert!(phones.lines().count() >= 40);
    let matrix = run("matrix", &["poco", "--as-of", "2026-11-26"], None);
    assert_eq!(matrix.status.code(), Some(0));
    assert!(text(&matrix.stdout).contains("POCO X3 NFC [as listed]"));
    let rank = run(
        "rank",
        &["--carrier", "visible", "--top", "3", "--as-of", "2026-11-26"],
        None,
    );
    assert_eq!(rank.status.code(), Some(0));
    assert_eq!(text(&rank.stdout).lines().count(), 5, "{}", text(&rank.stdout));
    let bad = run("rank", &["--carrier", "nope"], None);
    assert_eq!(bad.status.code(), Some(2));
    let neither = run("rank", &[], None);
    assert_eq!(neither.status.code(), Some(2), "rank needs --phone or --carrier");
}

#[test]
fn every_example_answers_help() {
    for (example, flag) in [
        ("check", "--carrier"),
        ("rank", "--phone"),
        ("matrix", "--carrier"),
    ] {
        let out = run(example, &["--help"], None);
        assert_eq!(out.status.code(), Some(0), "{example}");
        let help = text(&out.stdout);
        assert!(help.contains(&format!("Usage: {example}")), "{help}");
        assert!(
            help.contains(flag) && help.contains("--as-of") && help.contains("Examples:"),
            "{help}"
        );
    }
}
