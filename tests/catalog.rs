//! The phone catalog (bands/phones/*.toml): unique model codes, names that resolve, pinned sources, known facts
//! from the pinned GSMArena scrape, and the variant confidence shown to users.

use std::collections::HashMap;

use bandcheck::{Band, Confidence, Database, PhoneLookupError, Variant};

fn db() -> &'static Database {
    Database::bundled()
}

/// The catalog files as TOML values, with their names.
fn files() -> Vec<(String, toml::Table)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/bands/phones");
    let mut files: Vec<(String, toml::Table)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), toml::from_str(&text).unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn strings(table: &toml::Table, key: &str) -> Vec<String> {
    table
        .get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

fn tables<'a>(table: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    table
        .get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().map(|t| t.as_table().unwrap()).collect())
        .unwrap_or_default()
}

#[test]
fn the_catalog_is_broad() {
    let phones: Vec<_> = db().phones().collect();
    assert!(phones.len() >= 300, "{} phones", phones.len());
    let xiaomi_family = phones
        .iter()
        .filter(|p| ["Xiaomi", "Redmi", "POCO"].contains(&p.brand()))
        .count();
    assert!(xiaomi_family >= 150, "{xiaomi_family} Xiaomi-family phones");
    for brand in ["Apple", "Samsung", "Google", "Motorola", "OnePlus"] {
        assert!(
            phones.iter().filter(|p| p.brand() == brand).count() >= 10,
            "{brand}"
        );
    }
}

#[test]
fn model_codes_are_unique_across_the_catalog() {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut duplicates = Vec::new();
    for (file, table) in files() {
        for phone in tables(&table, "phone") {
            let model = phone["model"].as_str().unwrap();
            let mut codes = strings(phone, "models");
            for variant in tables(phone, "variant") {
                codes.extend(strings(variant, "models"));
            }
            for code in codes {
                let here = format!("{file}: {model}");
                if let Some(other) = seen.insert(code.clone(), here.clone()) {
                    duplicates.push(format!("{code}: {other} and {here}"));
                }
            }
        }
    }
    assert!(duplicates.is_empty(), "{duplicates:#?}");
    // Codenames are no model codes, and the Mi 5's code is not on the Redmi Note 8 Pro.
    assert!(!seen.contains_key("J22") && !seen.contains_key("J19S"));
    assert!(!seen.contains_key("2015105"));
    for code in ["GD1YQ", "M2007J17C"] {
        assert!(!seen.contains_key(code), "{code} is shared by two phones");
    }
}

#[test]
fn every_listed_name_resolves_to_itself() {
    // `check --list-phones` prints these names.
    for phone in db().phones() {
        let found = db()
            .resolve_phone(phone.name())
            .unwrap_or_else(|e| panic!("{}: {e}", phone.name()));
        assert_eq!(found.name(), phone.name());
        let lower = phone.name().to_lowercase();
        assert_eq!(db().resolve_phone(&lower).unwrap().name(), phone.name());
    }
}

#[test]
fn no_source_is_unpinned_or_local() {
    let mut bad = Vec::new();
    let mut check = |what: &str, url: &str| {
        let github_file = url.starts_with("https://github.com/") && url.contains("/blob/");
        let pinned = !github_file
            || url
                .split("/blob/")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .is_some_and(|commit| commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()));
        if url.contains("/HEAD/") || !url.starts_with("https://") || !pinned {
            bad.push(format!("{what}: {url}"));
        }
    };
    for phone in db().phones() {
        for url in phone.sources() {
            check(phone.name(), url);
        }
        for v in phone.variants() {
            assert!(!v.sources().is_empty(), "{} [{}]", phone.name(), v.name());
            for url in v.sources() {
                check(phone.name(), url);
            }
        }
    }
    for (file, _) in files() {
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in ["blob/HEAD", "file://", "/home/", "/tmp/", "/work/", "C:\\"] {
            assert!(!text.contains(needle), "{file} contains `{needle}`");
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_variant_is_called_all_models() {
    for phone in db().phones() {
        for v in phone.variants() {
            assert_ne!(v.name(), "All models", "{}", phone.name());
        }
    }
}

fn variant(phone: &str, name: &str) -> &'static Variant {
    let phone = db().resolve_phone(phone).unwrap();
    phone
        .variants()
        .iter()
        .find(|v| v.name() == name)
        .unwrap_or_else(|| panic!("{} has no variant {name}", phone.name()))
}

fn band(text: &str) -> Band {
    text.parse().unwrap()
}

/// Known facts: (phone, variant, bands it lists, bands it does not list), as the pinned scrape has them.
const FACTS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "Xiaomi 13",
        "International",
        &["B2", "B12", "B66", "n71", "n77"],
        &[],
    ),
    ("Xiaomi 12 Pro", "International", &["B66", "n77", "n78"], &["n71"]),
    (
        "Xiaomi 14",
        "International",
        &["B2", "B12", "B13", "B66", "n25", "n77"],
        &["B71", "n71"],
    ),
    (
        "Xiaomi 14 Ultra",
        "International",
        &["B2", "B66", "n77"],
        &["B12", "B13"],
    ),
    ("Xiaomi 15", "International", &["B12", "B13", "n77"], &["n71"]),
    ("Xiaomi 15T Pro", "as listed", &["B71", "n71", "n75", "n77"], &[]),
    ("Xiaomi 17", "International", &["B71", "n71", "n77"], &[]),
    ("Xiaomi 17 Ultra", "China", &["n79", "n89"], &["B71"]),
    ("Redmi Note 15 Pro+", "Global", &["B71", "n71", "n77"], &["n25"]),
    (
        "Redmi Note 15 Pro+",
        "China",
        &["B34", "n77"],
        &["B2", "B12", "n71"],
    ),
    (
        "Redmi Note 14 Pro+ 5G",
        "Global",
        &["B12", "B66", "n77"],
        &["B71", "n71"],
    ),
    ("Redmi Note 14 Pro+ 5G", "India", &["B1", "n78"], &["B2", "B66"]),
    (
        "Redmi Note 12 Pro",
        "International",
        &["B2", "B12", "n66", "n77"],
        &["n71"],
    ),
    (
        "Redmi Note 8 Pro",
        "as listed",
        &["B1", "B3", "B41"],
        &["B2", "B66"],
    ),
    ("Redmi Note 9 Pro", "India", &["B1", "B40"], &["B2"]),
    ("POCO F7", "as listed", &["B66", "n48", "n77"], &["B12", "B71"]),
    ("POCO F6", "as listed", &["B2", "B66", "n77"], &["B12"]),
    ("POCO X7 Pro", "as listed", &["B26", "n26", "n77"], &["B12"]),
    ("POCO F8 Ultra", "as listed", &["B71", "n71"], &[]),
    ("Xiaomi Mi 10 5G", "Global", &["B20", "n77"], &["B12", "B66"]),
    ("iPhone 17 Pro", "A3523", &["B53", "n53", "n75", "n77"], &["B71"]),
    ("iPhone 16", "A3287", &["B66", "n76", "n77"], &["n71"]),
    ("Galaxy S21", "SM-G991U1", &["B71", "n71", "n260"], &["n77"]),
    (
        "Galaxy S24 Ultra",
        "International",
        &["B66", "n77", "n75"],
        &["B71"],
    ),
    ("Galaxy S25", "International", &["n77", "n78"], &["n71"]),
    ("Galaxy Z Fold7", "International", &["n71", "n77"], &["B71"]),
    ("Galaxy A53 5G", "SM-A536U", &["B14", "n77"], &["B71"]),
    ("Pixel 9", "G2YBB", &["B71", "n71", "n77", "n258"], &[]),
    ("Pixel 10", "GK2MP", &["B71", "n71", "n77", "n79"], &[]),
    ("Pixel 8 Pro", "G1MNW", &["n70", "n77", "n257"], &[]),
    ("Motorola Razr 60 Ultra", "as listed", &["B71", "n70", "n77"], &[]),
    (
        "Moto G Power (2025)",
        "as listed",
        &["B71", "n71", "n77"],
        &["n1"],
    ),
    (
        "Pixel 6a",
        "GX7AS (USA/Canada)",
        &["B14", "B71", "n71", "n77"],
        &["n260"],
    ),
    // From the other pinned copies merged by bands/phones/import/extra.toml.
    ("Xiaomi Mi 10 5G", "China", &["B34", "n79"], &["B66", "n77"]),
    ("Xiaomi 11T Pro", "Malaysia", &["B66", "n66", "n77"], &["B71"]),
    // US lines from the pages saved in 2022 (a page's lines after the first).
    ("iPhone 13", "A2482", &["B14", "B71", "n71", "n77", "n260"], &[]),
    ("iPhone 13 mini", "A2481", &["B71", "n77", "n261"], &[]),
    ("iPhone 13 Pro Max", "A2484", &["B71", "n71", "n260"], &["n77"]),
    ("iPhone 12", "A2402", &["B66", "B71", "n77"], &["n71", "n260"]),
    ("iPhone 11", "A2111, A2223", &["B14", "B71"], &[]),
    ("Pixel 6", "GB7N6", &["B71", "n71", "n77"], &["n260"]),
    ("Galaxy S21", "SM-G991B", &["n77", "n78"], &["n71", "B71"]),
    ("Galaxy S20 5G", "SM-G981U", &["B71", "n71"], &["n77"]),
    ("Xiaomi Mi 9", "China", &["B34", "B39"], &["B66"]),
];

#[test]
fn known_facts_from_the_pinned_scrape() {
    assert!(FACTS.len() >= 25);
    let mut wrong = Vec::new();
    for (phone, name, listed, unlisted) in FACTS {
        let v = variant(phone, name);
        for b in *listed {
            if !v.bands().contains(band(b)) {
                wrong.push(format!("{phone} [{name}] lacks {b}"));
            }
        }
        for b in *unlisted {
            if v.bands().contains(band(b)) {
                wrong.push(format!("{phone} [{name}] lists {b}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn regional_pages_become_variants_of_one_phone() {
    let names = |phone: &str| -> Vec<String> {
        db().resolve_phone(phone)
            .unwrap()
            .variants()
            .iter()
            .map(|v| v.name().to_string())
            .collect()
    };
    assert_eq!(names("Redmi Note 14 5G"), ["Global", "India", "China"]);
    assert_eq!(names("Redmi Note 15 Pro+"), ["Global", "China"]);
}

#[test]
fn plus_pro_and_ultra_matter() {
    let name = |query: &str| db().resolve_phone(query).unwrap().name().to_string();
    assert_eq!(name("Redmi Note 14 Pro+ 5G"), "Redmi Note 14 Pro+ 5G");
    assert_eq!(name("Redmi Note 14 Pro 5G"), "Redmi Note 14 Pro 5G");
    assert_eq!(name("redmi note 14 pro plus 5g"), "Redmi Note 14 Pro+ 5G");
    assert_eq!(name("Redmi Note 14 Pro+"), "Redmi Note 14 Pro+ 5G");
    assert_eq!(name("Xiaomi 14"), "Xiaomi 14");
    assert_eq!(name("Xiaomi 14 Ultra"), "Xiaomi 14 Ultra");
    assert_eq!(name("Xiaomi 15T"), "Xiaomi 15T");
    assert_eq!(name("Xiaomi 15T Pro"), "Xiaomi 15T Pro");
    assert_eq!(name("Galaxy S22+"), "Samsung Galaxy S22+ 5G");
    assert_eq!(name("Galaxy S22"), "Samsung Galaxy S22 5G");
}

#[test]
fn gsmarena_titles_are_aliases() {
    let name = |query: &str| db().resolve_phone(query).unwrap().name().to_string();
    assert_eq!(name("Xiaomi Redmi Note 13 Pro 5G"), "Redmi Note 13 Pro");
    assert_eq!(name("Xiaomi Poco X6 Pro"), "POCO X6 Pro");
    assert_eq!(name("Xiaomi Poco X6 Pro 5G"), "POCO X6 Pro");
    assert_eq!(name("Samsung Galaxy S24 Ultra"), "Samsung Galaxy S24 Ultra");
    assert_eq!(name("Pixel 7"), "Google Pixel 7");
    assert_eq!(name("iPhone 15 Pro Max"), "Apple iPhone 15 Pro Max");
}

#[test]
fn ambiguous_names_list_the_choices() {
    match db().resolve_phone("Redmi Note 14") {
        Err(PhoneLookupError::Ambiguous { choices, .. }) => {
            assert_eq!(choices, ["Redmi Note 14 4G", "Redmi Note 14 5G"]);
        }
        other => panic!("{other:?}"),
    }
    let message = db().resolve_phone("Redmi Note 14").unwrap_err().to_string();
    assert_eq!(
        message,
        "phone name `Redmi Note 14` is ambiguous: it may be `Redmi Note 14 4G`, `Redmi Note 14 5G`"
    );
    // Two phones answering to one alias.
    let two = "checked = 2026-12-02\n[[phone]]\nbrand = \"A\"\nmodel = \"A One\"\naliases = [\"Same\"]\nsources = [\"https://example.com/a\"]\n\
               [[phone.variant]]\nname = \"as listed\"\nlte = \"2, 4\"\n\
               [[phone]]\nbrand = \"A\"\nmodel = \"A Two\"\naliases = [\"Same\"]\nsources = [\"https://example.com/b\"]\n\
               [[phone.variant]]\nname = \"as listed\"\nlte = \"2, 4\"\n";
    let small = Database::from_toml_str("phones/a.toml", two).unwrap();
    assert!(matches!(
        small.resolve_phone("same"),
        Err(PhoneLookupError::Ambiguous { choices, .. }) if choices == ["A One", "A Two"]
    ));
    assert_eq!(small.phone("same"), None);
}

#[test]
fn unknown_names_suggest_close_ones() {
    match db().resolve_phone("Redmi Note 14 Pro Max") {
        Err(PhoneLookupError::NotFound { suggestions, .. }) => {
            assert!(
                suggestions.iter().any(|s| s.starts_with("Redmi Note 14 Pro")),
                "{suggestions:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    let message = db().resolve_phone("Nokia 3310 Ultra").unwrap_err().to_string();
    assert!(
        message.starts_with("no phone `Nokia 3310 Ultra` in the catalog"),
        "{message}"
    );
}

#[test]
fn confidence_and_sources_come_from_the_catalog() {
    // A line the source tags: high; an untagged line: medium; a known-wrong line: low.
    assert_eq!(
        variant("Xiaomi 13", "International").confidence(),
        Some(Confidence::High)
    );
    assert_eq!(
        variant("POCO F7", "as listed").confidence(),
        Some(Confidence::Medium)
    );
    let pixel = variant("Pixel 7", "GQML3");
    assert_eq!(pixel.confidence(), Some(Confidence::Low));
    assert!(
        pixel
            .sources()
            .iter()
            .any(|s| s.contains("gsmarena.com/google_pixel_7"))
    );
    let s21 = variant("Galaxy S21", "SM-G991U1");
    assert_eq!(s21.confidence(), Some(Confidence::Low));
    // A line only the 2022 saved page has: medium, citing the saved page at its commit; one whose US 5G line
    // lacks the n77 the page's other lines have: low.
    let saved = variant("iPhone 13", "A2482");
    assert_eq!(saved.confidence(), Some(Confidence::Medium));
    assert!(saved.sources().iter().any(|s| {
        s.contains("eldar-mustafayev/gsmarena-scraper/blob/dee3f141e7d289a011835c4868bfd04e892383b4/")
    }));
    assert_eq!(
        variant("iPhone 13 Pro", "A2483").confidence(),
        Some(Confidence::Low)
    );
    // A regional page's variant cites that page.
    let india = variant("Redmi Note 14 5G", "India");
    assert!(
        india
            .sources()
            .iter()
            .any(|s| s.starts_with("https://www.gsmarena.com/"))
    );
    assert!(
        india
            .sources()
            .iter()
            .any(|s| s.contains("/blob/65aa220ad56940b5e7d94f13f2509c34e2ec362c/"))
    );
    // Pasted specs have none.
    let pasted = bandcheck::parse_spec("4G bands 2, 4, 12").into_phone("x");
    assert_eq!(pasted.variants()[0].confidence(), None);
    assert!(pasted.variants()[0].sources().is_empty());
}

#[test]
fn the_fast_reader_reads_what_toml_reads() {
    // Generated files are read by a fast reader for their one-line layout; the same file in another layout
    // (`[[ phone ]]` headers, which only the `toml` crate reads) must give the same phones.
    for (file, _) in files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = format!("phones/{}", file.rsplit('/').next().unwrap());
        let fast = Database::from_toml_str(&name, &text).unwrap();
        let other = text
            .replace("[[phone]]", "[[ phone ]]")
            .replace("[[phone.variant]]", "[[ phone.variant ]]");
        let slow = Database::from_toml_str(&name, &other).unwrap();
        let fast: Vec<_> = fast.phones().collect();
        let slow: Vec<_> = slow.phones().collect();
        assert_eq!(fast, slow, "{file}");
        assert!(!fast.is_empty());
    }
    // A string with escapes, and a value the fast reader leaves to `toml` (an inline comment).
    let text = "checked = 2026-12-02\nsources = [\"https://example.com/f\"]\n[[phone]]\nbrand = \"A\"\nmodel = \"A \\\"Q\\\" \\u00e9\"\n\
                [[phone.variant]]\nname = \"as listed\"\nlte = \"2, 4\" # a comment\n";
    let db = Database::from_toml_str("phones/a.toml", text).unwrap();
    let phone = db.phones().next().unwrap();
    assert_eq!(phone.name(), "A \"Q\" é");
    assert_eq!(phone.sources(), ["https://example.com/f"]);
    // Windows line ends read the same; a key given twice is an error with its position, as `toml` reports it.
    let one = "checked = 2026-12-02\n[[phone]]\nbrand = \"A\"\nmodel = \"A B\"\nsources = [\"https://example.com/b\"]\n\
               [[phone.variant]]\nname = \"as listed\"\nlte = \"2, 4, 66\"\n";
    let crlf = Database::from_toml_str("phones/a.toml", &one.replace('\n', "\r\n")).unwrap();
    let lf = Database::from_toml_str("phones/a.toml", one).unwrap();
    assert_eq!(crlf.phones().collect::<Vec<_>>(), lf.phones().collect::<Vec<_>>());
    let twice = format!("{one}lte = \"2\"\n");
    let error = Database::from_toml_str("phones/a.toml", &twice)
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("phones/a.toml:9:"), "{error}");
}

/// Every name of the catalog before v2 (101 phones) still finds a phone.
const OLD_NAMES: &[&str] = &[
    "Xiaomi 14 Ultra",
    "Xiaomi 13",
    "Xiaomi 12 Pro",
    "Xiaomi 12",
    "Xiaomi 12X",
    "Xiaomi 12 Lite",
    "Xiaomi 12S",
    "Xiaomi 11T Pro",
    "Xiaomi 11T",
    "Xiaomi Mi 11 Ultra",
    "Xiaomi Mi 11",
    "Xiaomi Mi 10T Pro 5G",
    "Xiaomi Mi 10T 5G",
    "Xiaomi Mi 10T Lite 5G",
    "Xiaomi Mi 10i 5G",
    "Xiaomi Mi 10 5G",
    "Xiaomi Mi 10 Pro 5G",
    "Xiaomi Mi 10 Lite 5G",
    "Xiaomi Mi Note 10",
    "Redmi Note 11 Pro 5G",
    "Redmi K50 Gaming",
    "Redmi Note 10 Pro",
    "Redmi Note 9T",
    "Redmi Note 9S",
    "Redmi Note 9 Pro 5G",
    "Redmi Note 9 5G",
    "Redmi Note 9 4G",
    "Redmi Note 9 Pro",
    "Redmi Note 9",
    "Redmi K30S",
    "Redmi Note 8 Pro",
    "Redmi Note 8T",
    "Redmi Note 8",
    "Redmi 10",
    "Redmi 9T",
    "Redmi 15C 5G",
    "POCO F2 Pro",
    "POCO X3",
    "POCO X3 NFC",
    "POCO M3",
    "POCO M4 Pro 5G",
    "Xiaomi 15",
    "Xiaomi 14T Pro",
    "Xiaomi 14T",
    "Xiaomi 13T Pro",
    "Xiaomi 13T",
    "Redmi Note 14 5G",
    "Redmi Note 14 Pro 5G",
    "Redmi Note 14 Pro+ 5G",
    "Redmi Note 14 Pro 4G",
    "Redmi Note 14 4G",
    "Redmi Note 13 Pro+ 5G",
    "Redmi Note 13 Pro 5G",
    "Redmi Note 13 5G",
    "POCO X7 Pro",
    "POCO X7",
    "POCO X6 Pro",
    "Apple iPhone 15 Pro Max",
    "Apple iPhone 15",
    "Apple iPhone 15 Plus",
    "Apple iPhone 14 Pro",
    "Apple iPhone 14",
    "Apple iPhone 13 Pro",
    "Apple iPhone 13",
    "Apple iPhone 13 mini",
    "Apple iPhone SE (2022)",
    "Apple iPhone 12",
    "Apple iPhone 12 Pro",
    "Apple iPhone 12 mini",
    "Samsung Galaxy S25 Ultra",
    "Samsung Galaxy S24 Ultra",
    "Samsung Galaxy S22 Ultra",
    "Samsung Galaxy S22",
    "Samsung Galaxy S22+",
    "Samsung Galaxy S21",
    "Samsung Galaxy S21 FE",
    "Samsung Galaxy S20 FE 5G",
    "Samsung Galaxy A53 5G",
    "Samsung Galaxy A52 5G",
    "Samsung Galaxy A52s 5G",
    "Samsung Galaxy A33 5G",
    "Google Pixel 8 Pro",
    "Google Pixel 7",
    "Google Pixel 6a",
    "Google Pixel 6",
    "Google Pixel 5",
    "Google Pixel 5a 5G",
    "Google Pixel 4a 5G",
    "Motorola Edge 50 Fusion",
    "Motorola Razr 60 Ultra",
    "Motorola Edge 30",
    "Motorola Edge 30 Fusion",
    "Motorola Edge 30 Neo",
    "Nothing Phone (1)",
    "OnePlus 9",
    "OnePlus Nord N20 5G",
    "Sony Xperia 5 IV",
    "Sony Xperia 5 III",
    "Huawei P40 Pro",
    "vivo V21 5G",
    "Nokia Lumia 530",
];

#[test]
fn every_name_of_the_old_catalog_still_resolves() {
    let lost: Vec<String> = OLD_NAMES
        .iter()
        .filter_map(|n| db().resolve_phone(n).err().map(|e| e.to_string()))
        .collect();
    assert!(lost.is_empty(), "{lost:#?}");
}
