//! The parser on real spec-sheet strings from public pages (tests/data/real_specs.toml and a second, held-out
//! corpus, tests/data/real_specs_public.toml, each case with its source), whole pages and the other formats,
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

#[test]
fn real_spec_sheets_parse_to_their_expected_bands() {
    check_corpus(include_str!("data/real_specs.toml"), 75);
}

#[test]
fn held_out_real_spec_sheets_parse_to_their_expected_bands() {
    check_corpus(include_str!("data/real_specs_public.toml"), 40);
}

/// `# disputed: <field> …` comments above a case: expected values this project believes wrong, with the reason.
/// Returns (case name, field) pairs.
fn disputed(text: &str) -> Vec<(String, String)> {
    let (mut found, mut above, mut current) = (Vec::new(), Vec::new(), Vec::new());
    let mut in_case_head = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# disputed:") {
            let field = rest.split_whitespace().next().unwrap_or_default();
            above.push(field.trim_end_matches(':').to_string());
        } else if line == "[[case]]" {
            current = std::mem::take(&mut above);
            in_case_head = true;
        } else if in_case_head && let Some(name) = line.strip_prefix("name = ") {
            let name: String = toml::from_str::<toml::Value>(&format!("n = {name}")).unwrap()["n"]
                .as_str()
                .unwrap()
                .to_string();
            found.extend(current.drain(..).map(|field| (name.clone(), field)));
            in_case_head = false;
        }
    }
    found
}

fn check_corpus(text: &str, at_least: usize) {
    let corpus: Corpus = toml::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(corpus.case.len() >= at_least, "at least {at_least} real strings");
    let disputed = disputed(text);
    let is_disputed = |case: &str, field: &str| disputed.iter().any(|(c, f)| c == case && f == field);
    let mut live_disputes = 0;
    let mut failures = Vec::new();
    for case in &corpus.case {
        assert!(
            !case.source.is_empty(),
            "{}: every case names its source",
            case.name
        );
        let parsed = parse_spec(&case.input);
        let got: Vec<&str> = parsed.variants().iter().map(Variant::name).collect();
        let want: Vec<&str> = case.variant.iter().map(|v| v.name.as_str()).collect();
        if got != want {
            failures.push(format!("{}: variants {got:?}, expected {want:?}", case.name));
            continue;
        }
        for (v, e) in parsed.variants().iter().zip(&case.variant) {
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
                if is_disputed(&case.name, what) {
                    // Still disputed: the parser's reading differs, for the reason the comment gives.
                    assert_ne!(
                        &got, want,
                        "{}: `{what}` is marked disputed but now matches",
                        case.name
                    );
                    live_disputes += 1;
                } else if got != *want {
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
    assert!(
        live_disputes >= disputed.len(),
        "every `# disputed:` field names a real field of its case"
    );
}

#[test]
fn warnings_name_the_text_and_its_position() {
    let parsed = parse_spec("4G bands\t1, 3, frob, 999999999999\n5G bands\tn4 n78\nLTE 800 / 700");
    let messages: Vec<String> = parsed.warnings().iter().map(ToString::to_string).collect();
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
    let error = parse_spec_strict("66 \u{1F4F1} n4 n78").unwrap_err();
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
        let v = &parsed.variants()[0];
        assert!(v.is_unknown(Technology::Lte), "{text}");
        assert!(v.bands().is_empty(), "{text}");
        assert!(parsed.warnings().is_empty(), "{text}: {:?}", parsed.warnings());
    }
    let parsed = parse_spec("5G bands\tSA/NSA/Sub6/mmWave\n4G bands\t2, 4");
    let v = &parsed.variants()[0];
    assert!(v.is_unknown(Technology::Nr));
    assert!(!v.is_unknown(Technology::Lte));
}

#[test]
fn manufacturer_lines_of_one_variant_are_one_variant() {
    let parsed = parse_spec(
        "FDD-LTE: B1/B3/B5/B7/B8\nTDD-LTE: B38/B40/B41\n5G NR: n1/n28/n78\nWCDMA: B1/2/4/5/8\nGSM: B2/B3/B5/B8",
    );
    assert_eq!(parsed.variants().len(), 1);
    assert_eq!(
        parsed.variants()[0].bands().to_string(),
        "850, 900, 1800, 1900, I, II, IV, V, VIII, B1, B3, B5, B7, B8, B38, B40, B41, n1, n28, n78"
    );
    assert!(parsed.warnings().is_empty());
}

#[test]
fn separators_and_entities() {
    let a = parse_spec("4G bands\t1| 2 |3 &amp; 4\u{2013}5, 20 25, 66, 66 ").variants()[0]
        .bands()
        .to_string();
    assert_eq!(a, "B1, B2, B3, B4, B5, B20, B25, B66");
    let b = parse_spec("LTE band 1(2100), 2(1900), 4(1700/2100), 66(1700/2100)").variants()[0]
        .bands()
        .to_string();
    assert_eq!(b, "B1, B2, B4, B66");
}

#[test]
fn bullets_are_understood_other_marks_are_warned() {
    let bullet = parse_spec("• 4G LTE: 1, 3\n• 5G: n78");
    assert_eq!(bullet.variants()[0].bands().to_string(), "B1, B3, n78");
    assert!(bullet.warnings().is_empty());
    let hash = parse_spec("# 4G LTE: 1, 3");
    assert_eq!(hash.variants()[0].bands().to_string(), "B1, B3");
    assert_eq!(hash.warnings()[0].to_string(), "unrecognized text `#` at 1:1");
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
        assert!(!parsed.variants().is_empty(), "{text:?}");
    }
}

/// The POCO X5 Pro Network block as GSMArena prints it (the real paste of `data/real_specs.toml`), with the
/// `Network<TAB>Technology` first row of a copy.
const POCO_X5_PRO_NETWORK: &str = include_str!("data/pages/poco-x5-pro-network.txt");

/// The rest of a GSMArena page after the Network block, laid out as a copy of the page pastes (section heading,
/// tab, first row; other rows alone; continuation lines ` \t…`), with numbers that would be bands if read:
/// `75` in the dimensions, `67W`, `(HBM)`, `5G` in the chipset, model numbers.
const POCO_X5_PRO_REST: &str = include_str!("data/pages/poco-x5-pro-rest.txt");

fn summary(spec: &bandcheck::ParsedSpec) -> Vec<(String, String, Vec<Technology>)> {
    spec.variants()
        .iter()
        .map(|v| {
            (
                v.name().to_string(),
                v.bands().to_string(),
                v.unknown_technologies().to_vec(),
            )
        })
        .collect()
}

#[test]
fn a_whole_gsmarena_page_gives_the_bands_of_its_network_block() {
    let block = parse_spec_strict(POCO_X5_PRO_NETWORK).expect("a standard paste passes strict mode");
    assert_eq!(block.variants().len(), 2);
    let page = format!("{POCO_X5_PRO_NETWORK}{POCO_X5_PRO_REST}");
    let whole = parse_spec_strict(&page).expect("a whole page passes strict mode");
    assert_eq!(summary(&whole), summary(&block));
    // Without the Network row of the copy, and with the headings on lines of their own.
    let headings_alone = page
        .replacen("Network\tTechnology", "NETWORK\nTechnology", 1)
        .replace("Body\tDimensions", "BODY\nDimensions")
        .replace("Battery\tType", "Battery\nType");
    assert_eq!(
        summary(&parse_spec_strict(&headings_alone).unwrap()),
        summary(&block)
    );
}

#[test]
fn a_whole_xiaomi_12_page_gives_the_bands_of_its_network_block() {
    // Network values as GSMArena prints them for the Xiaomi 12 (the catalog's source); the other sections in
    // the page's layout.
    let block = "Network\tTechnology\tGSM / CDMA / HSPA / CDMA2000 / LTE / 5G
2G bands\tGSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2
 \tCDMA 800
3G bands\tHSDPA 800 / 850 / 900 / 1700(AWS) / 1900 / 2100
 \tCDMA2000 1x
4G bands\t1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 32, 38, 39, 40, 41, 42, 48, 66
5G bands\t1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 66, 77, 78, 79 SA/NSA
Speed\tHSPA, LTE-A, 5G
";
    let rest = "Launch\tAnnounced\t2021, December 28
Status\tAvailable. Released 2021, December 31
Body\tDimensions\t152.7 x 69.9 x 8.2 mm (6.01 x 2.75 x 0.32 in)
Weight\t180 g or 179 g (6.35 oz)
Display\tType\tOLED, 68B colors, 120Hz, Dolby Vision, HDR10+, 1100 nits (peak)
Size\t6.28 inches, 97.1 cm2 (~91.0% screen-to-body ratio)
Platform\tOS\tAndroid 12, upgradable to Android 14, MIUI 14
Chipset\tQualcomm SM8450 Snapdragon 8 Gen 1 (4 nm)
Memory\tCard slot\tNo
Internal\t128GB 8GB RAM, 256GB 8GB RAM, 256GB 12GB RAM
Main Camera\tTriple\t50 MP, f/1.9, 26mm (wide), PDAF, OIS
 \t13 MP, f/2.4, 12mm, 123˚ (ultrawide)
 \t5 MP, f/2.4, 50mm (telephoto macro)
Sound\tLoudspeaker\tYes, with stereo speakers (4 speakers)
Comms\tWLAN\tWi-Fi 802.11 a/b/g/n/ac/6, dual-band
Bluetooth\t5.2, A2DP, LE
Battery\tType\tLi-Po 4500 mAh, non-removable
Charging\t67W wired, PD3.0, QC4, 100% in 39 min (advertised)
 \t50W wireless, 100% in 53 min (advertised)
 \t10W reverse wireless
Misc\tColors\tGray, Green, Blue, Pink
Models\t2201123G, 2201123C
";
    let alone = parse_spec_strict(block).expect("a standard paste passes strict mode");
    let v = &alone.variants()[0];
    assert_eq!(
        v.bands().of(Technology::Nr).to_string(),
        "n1, n3, n5, n7, n8, n20, n28, n38, n40, n41, n66, n77, n78, n79"
    );
    assert_eq!(v.bands().of(Technology::Cdma).to_string(), "BC0");
    assert!(v.unknown_technologies().is_empty());
    let whole = parse_spec_strict(&format!("{block}{rest}")).expect("a whole page passes strict mode");
    assert_eq!(summary(&whole), summary(&alone));
}

#[test]
fn apple_tech_specs_lines() {
    // apple.com/iphone-15/specs, "Cellular and Wireless", model A3090, with the page's non-breaking hyphens
    // (U+2011) and spaces.
    let text = "Cellular and Wireless\nModel A3090\n\
        5G NR (Bands n1, n2, n3, n5, n7, n8, n12, n20, n25, n26, n28, n30, n38, n40, n41, n48, n53, n66, n70, n77, n78, n79)\n\
        FDD\u{2011}LTE (Bands 1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 17, 18, 19, 20, 21, 25, 26, 28, 30, 32, 66)\n\
        TD\u{2011}LTE (Bands 34, 38, 39, 40, 41, 42, 48, 53)\n\
        UMTS/HSPA+/DC\u{2011}HSDPA (850, 900, 1700/2100, 1900, 2100\u{a0}MHz)\n\
        GSM/EDGE (850, 900, 1800, 1900\u{a0}MHz)\n\
        All models\n\
        5G (sub\u{2011}6 GHz) with 4x4 MIMO\n\
        Gigabit LTE with 4x4 MIMO and LAA\n\
        Wi\u{2011}Fi 6 (802.11ax) with 2x2 MIMO\n\
        Bluetooth 5.3\n";
    let parsed = parse_spec(text);
    let v = &parsed.variants()[0];
    let of = |t| v.bands().of(t).to_string();
    assert_eq!(
        of(Technology::Nr),
        "n1, n2, n3, n5, n7, n8, n12, n20, n25, n26, n28, n30, n38, n40, n41, n48, n53, n66, n70, n77, n78, n79"
    );
    assert_eq!(
        of(Technology::Lte),
        "B1, B2, B3, B4, B5, B7, B8, B11, B12, B13, B17, B18, B19, B20, B21, B25, B26, B28, B30, B32, B34, B38, B39, B40, B41, B42, B48, B53, B66"
    );
    assert_eq!(of(Technology::Umts), "I, II, IV, V, VIII");
    assert_eq!(of(Technology::Gsm), "850, 900, 1800, 1900");
    // `Bluetooth 5.3` ends the network block: no B5, no B3 from it.
    assert_eq!(
        parse_spec("LTE (Bands 2, 4)\nBluetooth 5.3").variants()[0]
            .bands()
            .to_string(),
        "B2, B4"
    );
    // mmWave on a line of its own.
    let mmwave = parse_spec("5G NR mmWave (Bands n258, n260, n261)");
    assert_eq!(mmwave.variants()[0].bands().to_string(), "n258, n260, n261");
}

#[test]
fn bracketed_band_numbers_win_over_mhz() {
    // Older GSMArena pages: MHz, then the band numbers in brackets.
    let parsed = parse_spec("4G Network\tLTE 700 / 1700 / 2100 (Bands 4, 13)");
    assert_eq!(parsed.variants()[0].bands().to_string(), "B4, B13");
    assert!(parsed.variants()[0].unknown_bands().is_empty());
    assert!(parsed.warnings().is_empty(), "{:?}", parsed.warnings());
    // Without brackets, 2100 beside 1700 may be the AWS downlink: not guessed.
    let parsed = parse_spec("4G Network\tLTE 700 / 1700 / 2100");
    assert_eq!(parsed.variants()[0].bands().to_string(), "B4");
    let unknown: Vec<&str> = parsed.variants()[0]
        .unknown_bands()
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(unknown, ["700 MHz", "2100 MHz"]);
    // `1700/2100` is AWS, one band.
    let aws = parse_spec("4G bands\tLTE 850 / 1700/2100 / 1900");
    assert_eq!(aws.variants()[0].bands().to_string(), "B2, B4, B5");
    let umts = parse_spec("3G bands\tUMTS 850 / 1700/2100 / 1900");
    assert_eq!(umts.variants()[0].bands().to_string(), "II, IV, V");
}

#[test]
fn td_lte_mhz_are_tdd_bands() {
    let parsed = parse_spec("4G bands\tTD-LTE 1900 / 2300 / 2500 / 2600\n\t FDD-LTE 1800 / 2100");
    assert_eq!(
        parsed.variants()[0].bands().to_string(),
        "B1, B3, B38, B39, B40, B41"
    );
    let spaced = parse_spec("4G LTE TDD: 1900 / 2600 MHz");
    assert_eq!(spaced.variants()[0].bands().to_string(), "B38, B39");
}

#[test]
fn markdown_and_html_tables() {
    let markdown = "| Network | Bands |\n|---|---|\n| 2G | GSM 850/900/1800/1900 |\n| 4G | B1/B3/B5/B7/B8/B20/B28 |\n| 5G | n1/n3/n28/n78 |\n";
    let parsed = parse_spec_strict(markdown).unwrap();
    assert_eq!(
        parsed.variants()[0].bands().to_string(),
        "850, 900, 1800, 1900, B1, B3, B5, B7, B8, B20, B28, n1, n3, n28, n78"
    );
    let html = "<table><tr><th>4G bands</th><td>1, 2, 3, 4, 66 &ndash; USA<br>1, 3, 7 &#8211; Europe</td></tr>\
        <tr><td>5G&nbsp;bands</td><td>n41, n71 &amp; n77 - USA</td></tr></table>";
    let parsed = parse_spec_strict(html).unwrap();
    let names: Vec<&str> = parsed.variants().iter().map(Variant::name).collect();
    assert_eq!(names, ["USA", "Europe"]);
    assert_eq!(
        parsed.variants()[0].bands().to_string(),
        "B1, B2, B3, B4, B66, n41, n71, n77"
    );
    assert_eq!(parsed.variants()[1].bands().to_string(), "B1, B3, B7");
}

#[test]
fn not_a_spec_is_refused() {
    use bandcheck::{ParseError, ParsedSpec};
    for text in [
        "",
        " \n\t ",
        "Hello, will my phone work on T-Mobile?",
        "\u{0}\u{1}\u{fffd}\u{fffd}",
        "Body\tDimensions\t161.1 x 75 x 7.9 mm",
    ] {
        let error = text.parse::<ParsedSpec>().unwrap_err();
        assert!(matches!(error, ParseError::NoNetworkRows { .. }), "{text:?}");
        assert!(parse_spec_strict(text).is_err());
        // The lenient parse rates nothing: every technology is unknown.
        let parsed = parse_spec(text);
        let v = &parsed.variants()[0];
        assert!(
            v.bands().is_empty() && Technology::ALL.iter().all(|&t| v.is_unknown(t)),
            "{text:?}"
        );
    }
    assert_eq!(
        "".parse::<ParsedSpec>().unwrap_err().to_string(),
        "no network rows found, expected lines such as `4G bands 1, 3, 7`, `FDD-LTE: B1/B3/B7` or `5G NR (Bands n1, n78)`, found empty input"
    );
    assert_eq!(
        "\u{1b}[2J hello".parse::<ParsedSpec>().unwrap_err().to_string(),
        "no network rows found, expected lines such as `4G bands 1, 3, 7`, `FDD-LTE: B1/B3/B7` or `5G NR (Bands n1, n78)`, found `\\u{1b}[2J hello`"
    );
    // Garbage inside a real block stays a warning.
    let parsed: ParsedSpec = "4G bands\t1, 3, \u{7}frob".parse().unwrap();
    assert_eq!(parsed.variants()[0].bands().to_string(), "B1, B3");
    assert_eq!(
        parsed.warnings()[0].to_string(),
        "unrecognized text `\\u{7}` at 1:16"
    );
}

#[test]
fn warnings_give_line_and_column_in_characters() {
    let parsed = parse_spec("4G bands\t1, 3\n5G bands\tn78, é frob");
    let w = &parsed.warnings();
    assert_eq!((w[0].line, w[0].column), (2, 15));
    assert_eq!(w[0].to_string(), "unrecognized text `é` at 2:15");
    assert_eq!((w[1].line, w[1].column), (2, 17));
    // In HTML, the place in the source as pasted.
    let html = parse_spec("<td>4G bands</td><td>1, &amp; frob</td>");
    assert_eq!((html.warnings()[0].line, html.warnings()[0].column), (1, 31));
    assert_eq!(html.warnings()[0].span, 30..34);
}

#[test]
fn manufacturer_pages() {
    // Samsung's spec lines (Network/Bearer), Google's tech specs (Cellular & wireless) and Xiaomi's (Network &
    // Connectivity), each followed by the Wi-Fi and Bluetooth lines that end the network block.
    let samsung = "Network/Bearer\n\
        2G GSM: GSM850, GSM900, DCS1800, PCS1900\n\
        3G UMTS: B1(2100), B2(1900), B4(AWS), B5(850), B8(900)\n\
        4G FDD LTE: B1(2100), B2(1900), B3(1800), B4(AWS), B5(850), B7(2600), B12(700), B13(700), B66(AWS-3), B71(600)\n\
        4G TDD LTE: B38(2600), B41(2500)\n\
        5G FDD Sub6: N1(2100), N5(850), N71(600)\n\
        5G TDD Sub6: N41(2500), N77(3700), N78(3500)\n\
        Connectivity\n\
        Wi-Fi 802.11a/b/g/n/ac/ax 2.4GHz+5GHz+6GHz, HE160, MIMO\n\
        Bluetooth Version v5.3\n";
    let google = "Cellular & wireless\n\
        GSM/EDGE: Quad-band (850, 900, 1800, 1900 MHz)\n\
        UMTS/HSPA+/HSDPA: Bands 1, 2, 4, 5, 6, 8, 19\n\
        LTE: Bands 1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 66, 71\n\
        5G Sub-6: Bands n1, n2, n5, n41, n66, n71, n77, n78\n\
        5G mmWave: n257, n258, n260, n261\n\
        Wi-Fi 7 (802.11be) with 2.4 GHz, 5 GHz and 6 GHz\n\
        Bluetooth\u{ae} v5.3\n";
    let xiaomi = "Network & Connectivity\n\
        5G: n1/n3/n5/n7/n8/n28/n38/n41/n66/n77/n78\n\
        4G: FDD-LTE: B1/2/3/4/5/7/8/12/13/66\n\
        4G: TDD-LTE: B38/40/41\n\
        3G: WCDMA: B1/2/4/5/8\n\
        2G: GSM: B2/3/5/8\n\
        Wi-Fi 6 Wi-Fi protocol: 802.11a/b/g/n/ac/ax\n\
        Bluetooth 5.2\n";
    let bands = |text: &str| {
        let parsed = parse_spec_strict(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.variants().len(), 1);
        parsed.variants()[0].bands().to_string()
    };
    assert_eq!(
        bands(samsung),
        "850, 900, 1800, 1900, I, II, IV, V, VIII, B1, B2, B3, B4, B5, B7, B12, B13, B38, B41, B66, B71, n1, n5, n41, n71, n77, n78"
    );
    assert_eq!(
        bands(google),
        "850, 900, 1800, 1900, I, II, IV, V, VI, VIII, XIX, B1, B2, B3, B4, B5, B7, B8, B12, B13, B14, B66, B71, n1, n2, n5, n41, n66, n71, n77, n78, n257, n258, n260, n261"
    );
    assert_eq!(
        bands(xiaomi),
        "850, 900, 1800, 1900, I, II, IV, V, VIII, B1, B2, B3, B4, B5, B7, B8, B12, B13, B38, B40, B41, B66, n1, n3, n5, n7, n8, n28, n38, n41, n66, n77, n78"
    );
}

#[test]
fn categories_emphasis_and_wiki_tables() {
    // `Cat 20` is an LTE category, not B20; `4×4 MIMO` is no band either.
    let parsed = parse_spec("LTE: B1/B3\n LTE-A Cat 20 / Cat18, 4×4 MIMO");
    assert_eq!(parsed.variants()[0].bands().to_string(), "B1, B3");
    assert!(parsed.warnings().is_empty(), "{:?}", parsed.warnings());
    // Markdown bold labels and MediaWiki table rows.
    let markdown = parse_spec_strict("| **4G** | B1, B3 |\n| **5G** | n78 |").unwrap();
    assert_eq!(markdown.variants()[0].bands().to_string(), "B1, B3, n78");
    let wiki = parse_spec_strict(
        "{| class=\"wikitable\"\n|-\n| 4G LTE || 2, 4, 12, 66\n|-\n| 5G NR || n71, n41\n|}",
    )
    .unwrap();
    assert_eq!(
        wiki.variants()[0].bands().to_string(),
        "B2, B4, B12, B66, n41, n71"
    );
}
