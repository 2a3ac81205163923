//! Broken data files fail with messages a person can act on: file, line, column and the offending value.

use std::path::PathBuf;

use bandcheck::{DataError, Database};

/// (file in tests/data/bad, name it is loaded as, the exact message).
const CASES: &[(&str, &str, &str)] = &[
    (
        "syntax",
        "carriers/att.toml",
        "carriers/att.toml:2:13: invalid basic string, expected `\"`",
    ),
    (
        "unknown-key",
        "carriers/att.toml",
        "carriers/att.toml:5:1: unknown field `colour`, expected one of `id`, `name`, `aliases`, `hosts`, `bands_complete`, `checked`, `sources`, `networks`, `voice`, `activation`, `policy`",
    ),
    (
        "unknown-band",
        "carriers/att.toml",
        "carriers/att.toml:8:19: unknown band `B15`: no such LTE band in the 3GPP catalog",
    ),
    (
        "wrong-technology",
        "carriers/att.toml",
        "carriers/att.toml:8:19: band `n77` is under networks.lte, expected it under networks.nr",
    ),
    (
        "duplicate-band",
        "carriers/att.toml",
        "carriers/att.toml:10:12: duplicate band `B2` in the lte network",
    ),
    (
        "inverted-dates",
        "carriers/att.toml",
        "carriers/att.toml:8:93: band `B41` ends on 2019-01-01, before it starts on 2022-06-30",
    ),
    (
        "impossible-date",
        "carriers/att.toml",
        "carriers/att.toml:3:11: invalid date, expected day between 01 and 28",
    ),
    (
        "datetime-not-date",
        "carriers/att.toml",
        "carriers/att.toml:3:11: invalid date `2026-11-26T10:00:00`, expected a date like 2022-02-22",
    ),
    (
        "downlink-only-coverage",
        "carriers/att.toml",
        "carriers/att.toml:8:33: band `B29` is downlink-only and cannot have role `coverage`, expected `supplemental`",
    ),
    (
        "bad-role",
        "carriers/att.toml",
        "carriers/att.toml:8:32: unknown variant `anchor`, expected one of `coverage`, `capacity`, `supplemental`",
    ),
    (
        "not-utf8-like",
        "carriers/att.toml",
        "carriers/att.toml:8:57: unknown variant `certain`, expected one of `low`, `medium`, `high`",
    ),
    (
        "id-mismatch",
        "carriers/att.toml",
        "carriers/att.toml:1:6: id `verizon` does not match the file name, expected `att`",
    ),
    (
        "source-not-url",
        "carriers/att.toml",
        "carriers/att.toml:4:12: invalid source `my uncle told me`, expected an http(s) URL",
    ),
    (
        "unsourced-band",
        "carriers/att.toml",
        "carriers/att.toml:7:10: band `B2` has no source, expected a `sources` URL",
    ),
    (
        "mvno-unknown-host",
        "mvnos.toml",
        "mvnos.toml:5:9: MVNO `mint` names host `tmobil`, which is no carrier id",
    ),
    (
        "mvno-duplicate",
        "mvnos.toml",
        "mvnos.toml:10:6: duplicate MVNO id `mint`",
    ),
    (
        "mvno-unchecked",
        "mvnos.toml",
        "mvnos.toml:1:1: missing field `checked`",
    ),
    (
        "host-inverted-dates",
        "mvnos.toml",
        "mvnos.toml:6:9: host `tmobile` ends on 2020-01-01, before it starts on 2024-01-01",
    ),
    (
        "shares-wrong-spectrum",
        "carriers/att.toml",
        "carriers/att.toml:12:74: band `n5` cannot share spectrum with `B66`, expected an LTE band on the same frequencies",
    ),
    (
        "shares-missing-twin",
        "carriers/att.toml",
        "carriers/att.toml:12:75: band `n66` shares spectrum with `B66`, which is not in this carrier's LTE network",
    ),
    (
        "phone-garbled-bands",
        "phones/bad.toml",
        "phones/bad.toml:9:17: in `lte` of `Xiaomi 99`: unrecognized text `frobnicate` at 9..19",
    ),
    (
        "phone-no-variant",
        "phones/bad.toml",
        "phones/bad.toml:4:9: phone `Xiaomi 99` has no variant, expected a [[phone.variant]]",
    ),
];

fn bad_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad")
}

#[test]
fn every_bad_file_fails_with_its_message() {
    for (file, name, expected) in CASES {
        let text = std::fs::read_to_string(bad_dir().join(format!("{file}.toml"))).unwrap();
        let error = Database::from_toml_str(name, &text).expect_err(file);
        assert_eq!(error.to_string(), *expected, "{file}");
        assert!(matches!(error, DataError::Invalid { .. }));
    }
}

#[test]
fn the_corpus_is_all_tested() {
    let on_disk = std::fs::read_dir(bad_dir()).unwrap().count();
    assert_eq!(
        on_disk,
        CASES.len(),
        "a file in tests/data/bad without a case, or a case without a file"
    );
}

#[test]
fn unknown_file_kinds_are_refused() {
    let error = Database::from_toml_str("notes.toml", "").unwrap_err();
    assert_eq!(
        error.to_string(),
        "notes.toml:1:1: unknown data file `notes.toml`, expected carriers/<id>.toml, mvnos.toml or phones/<name>.toml"
    );
}

/// A scratch directory under the target dir, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("carriers")).unwrap();
    dir
}

#[test]
fn a_user_directory_overrides_and_adds() {
    let dir = scratch("user-data");
    std::fs::write(
        dir.join("carriers/att.toml"),
        "id = \"att\"\nname = \"AT&T (mine)\"\nchecked = 2026-11-26\nsources = [\"https://example.com\"]\n\n[networks.lte]\nsources = [\"https://example.com/lte\"]\nbands = [{ band = \"B2\", role = \"capacity\", confidence = \"high\" }]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("carriers/localnet.toml"),
        "id = \"localnet\"\nname = \"Local Net\"\nchecked = 2026-11-26\nsources = [\"https://example.com\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("mvnos.toml"),
        "checked = 2026-11-26\n[[mvno]]\nid = \"tiny\"\nname = \"Tiny Mobile\"\nhosts = [\"localnet\"]\nconfidence = \"low\"\nsources = [\"https://example.com\"]\n",
    )
    .unwrap();
    let db = Database::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(db.carrier("att").unwrap().name(), "AT&T (mine)");
    assert!(db.carrier("localnet").is_some());
    assert!(db.target("Tiny Mobile").is_some());
    assert!(db.carrier("verizon").is_some(), "bundled carriers stay");
    assert!(db.target("cricket").is_some(), "bundled MVNOs stay");
}

#[test]
fn a_broken_user_file_names_its_path_line_and_column() {
    let dir = scratch("broken-data");
    let path = dir.join("carriers/att.toml");
    std::fs::write(&path, "id = \"att\"\nname = 5\n").unwrap();
    let error = Database::from_dir(&dir).unwrap_err().to_string();
    assert!(error.starts_with(&format!("{}:2:8: ", path.display())), "{error}");
}

#[test]
fn a_missing_directory_is_an_io_error() {
    let error = Database::from_dir("/no/such/bandcheck/dir").unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot read `/no/such/bandcheck/dir`: not a directory"
    );
}

#[test]
fn a_closed_brand_is_refused_after_its_last_day() {
    let dir = scratch("closed-brand");
    std::fs::write(
        dir.join("mvnos.toml"),
        "checked = 2026-12-02\n[[mvno]]\nid = \"gone\"\nname = \"Gone Mobile\"\n\
         hosts = [{ id = \"tmobile\", from = 2019-01-01, until = 2024-07-01 }]\nended = 2024-07-01\n\
         confidence = \"low\"\nsources = [\"https://example.com/gone\"]\n",
    )
    .unwrap();
    let db = Database::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let phone = bandcheck::Variant::new("x", "B2, B12, B66, B71".parse().unwrap());
    let before = bandcheck::check_with(&db, &phone, "gone", "2024-06-30".parse().unwrap()).unwrap();
    assert_eq!(before[0].host, "tmobile");
    let error = bandcheck::check_with(&db, &phone, "Gone Mobile", "2024-07-01".parse().unwrap()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "`Gone Mobile` closed on 2024-07-01: it has no network to check on 2024-07-01"
    );
}
