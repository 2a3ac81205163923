//! import_gsmarena: writes (or checks) the phone catalog `bands/phones/<brand>.toml` from a local copy of a
//! public GSMArena scrape, so hundreds of phones are updated in minutes, not by hand.
//!
//! ```text
//! git clone https://github.com/lf-kali/gsmarena_data_scraper ../scrape
//! git -C ../scrape checkout 65aa220ad56940b5e7d94f13f2509c34e2ec362c
//! git clone https://github.com/eldar-mustafayev/gsmarena-scraper ../pages
//! git -C ../pages checkout dee3f141e7d289a011835c4868bfd04e892383b4
//! cargo run --example import_gsmarena -- ../scrape ../pages            # rewrite bands/phones/*.toml
//! cargo run --example import_gsmarena -- --check ../scrape ../pages    # exit 1 if the committed files differ
//! ```
//!
//! The scrape keeps each GSMArena spec row once (`"4G bands": "1, 3, 5 - International"`): the row's first line.
//! A variant is named for that line's tag (`International`, `China`, `A3090`, `SM-G991U1`), else for the page's
//! region (`Redmi Note 14 5G (India)` → `India`), else `as listed` (the source names no variant). Regional
//! pages of one phone become variants of one catalog phone. The pages saved in 2022 (`pages.rs`) keep every
//! line, and add the variants of a page's other tagged lines (most US models). Hand-written corrections and
//! extra variants, each with its own source, live in `bands/phones/import/extra.toml` and are merged in; see
//! bands/README.md.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Deserialize;

mod pages;
use pages::{PAGES_COMMIT, PAGES_DATE, PAGES_REPO, SavedPage};

/// The scrape the committed catalog was built from.
const SCRAPE_REPO: &str = "lf-kali/gsmarena_data_scraper";
const SCRAPE_COMMIT: &str = "65aa220ad56940b5e7d94f13f2509c34e2ec362c";

const USAGE: &str = "\
Usage: import_gsmarena [--check] [--data DIR] SCRAPE_DIR PAGES_DIR

Writes bands/phones/<brand>.toml from local clones of the GSMArena scrape
https://github.com/lf-kali/gsmarena_data_scraper (SCRAPE_DIR, commit 65aa220a)
and of the saved GSMArena pages https://github.com/eldar-mustafayev/gsmarena-scraper
(PAGES_DIR, commit dee3f141), merging bands/phones/import/extra.toml.

Options:
  --check      compare instead of writing; exit 1 if a file would change
  --data DIR   the bands directory to write (default: bands)
  -h, --help   this help

Example:
  cargo run --example import_gsmarena -- --check ../gsmarena_data_scraper ../gsmarena-scraper";

/// One output file: which scrape files feed it and which phones it keeps.
struct Output {
    file: &'static str,
    inputs: &'static [&'static str],
    /// The brand folder of the saved pages, if they have the brand.
    saved: Option<&'static str>,
    select: fn(&str, u32) -> bool,
}

const OUTPUTS: &[Output] = &[
    Output {
        file: "xiaomi",
        inputs: &["output/brands/xiaomi.json"],
        saved: Some("Xiaomi"),
        select: xiaomi_family,
    },
    Output {
        file: "apple",
        inputs: &["output/registered/apple.json"],
        saved: Some("Apple"),
        select: |name, year| name.starts_with("iPhone") && year >= 2019,
    },
    Output {
        file: "samsung",
        inputs: &["output/brands/samsung.json"],
        saved: Some("Samsung"),
        select: |name, year| {
            (year >= 2020 && starts_with_number(name, "Galaxy S"))
                || (year >= 2021 && (name.starts_with("Galaxy Z ") || starts_with_number(name, "Galaxy A")))
        },
    },
    Output {
        file: "google",
        inputs: &["output/registered/google.json"],
        saved: Some("Google"),
        select: |name, year| name.starts_with("Pixel ") && year >= 2020 && !name.contains("Watch"),
    },
    Output {
        file: "motorola",
        inputs: &["output/brands/motorola.json"],
        saved: None,
        select: |name, year| {
            (year >= 2023 && (name.starts_with("Moto G") || name.starts_with("Razr")))
                || (year >= 2022 && name.starts_with("Edge"))
        },
    },
    Output {
        file: "oneplus",
        inputs: &["output/brands/oneplus.json"],
        saved: Some("OnePlus"),
        select: |name, year| year >= 2021 && !name.contains("Pad") && !name.contains("Watch"),
    },
];

/// The Xiaomi family the catalog covers: number series (with T, Lite, Ultra, and Mi Note), Redmi number series,
/// Redmi Note, Redmi K and POCO F/X/M, announced 2019 or later.
fn xiaomi_family(name: &str, year: u32) -> bool {
    let number = name.starts_with(|c: char| c.is_ascii_digit())
        || starts_with_number(name, "Mi ")
        || starts_with_number(name, "Mi Note ");
    let family = number
        || starts_with_number(name, "Redmi ")
        || name.starts_with("Redmi Note ")
        || starts_with_number(name, "Redmi K")
        || starts_with_number(name, "Poco F")
        || starts_with_number(name, "Poco X")
        || starts_with_number(name, "Poco M");
    year >= 2019 && family && !name.contains("Pad") && !name.contains("Watch")
}

fn starts_with_number(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

#[derive(Deserialize)]
struct BrandFile {
    devices: Vec<Device>,
}

#[derive(Deserialize)]
struct Device {
    name: String,
    url: String,
    #[serde(default)]
    quick_spec: String,
    #[serde(default)]
    specs: BTreeMap<String, BTreeMap<String, String>>,
}

impl Device {
    fn spec(&self, section: &str, key: &str) -> Option<&str> {
        self.specs
            .get(section)
            .and_then(|s| s.get(key))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The year announced.
    fn year(&self) -> u32 {
        let announced = self.spec("Launch", "Announced").unwrap_or_default();
        announced.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
    }

    /// "YYYY-MM" of the release (else the announcement).
    fn released(&self) -> Option<String> {
        let status = self.spec("Launch", "Status").unwrap_or_default();
        let announced = self.spec("Launch", "Announced").unwrap_or_default();
        let text = status
            .split("Released ")
            .nth(1)
            .or_else(|| announced.split("Released ").nth(1))
            .unwrap_or(announced);
        let year: u32 = text.get(..4)?.parse().ok()?;
        let month_name = text.get(6..)?.split(|c: char| !c.is_ascii_alphabetic()).next()?;
        let month = MONTHS.iter().position(|m| *m == month_name)? + 1;
        Some(format!("{year}-{month:02}"))
    }

    /// Model codes from "Misc / Models", skipping hardware identifiers (`iPhone15,4`) and codenames.
    fn model_codes(&self) -> Vec<String> {
        let Some(models) = self.spec("Misc", "Models") else {
            return Vec::new();
        };
        let mut codes = Vec::new();
        for code in models.split(',').map(str::trim) {
            if is_model_code(code) && !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        }
        codes
    }

    /// GSMArena's page title, from the quick spec ("Xiaomi Redmi Note 13 Pro 5G Android smartphone. …").
    fn title(&self) -> Option<String> {
        let end = [" Android", " smartphone", " phone", " tablet", " watch", "."]
            .iter()
            .filter_map(|m| self.quick_spec.find(m))
            .min()?;
        let title = self.quick_spec[..end].trim();
        (!title.is_empty()).then(|| title.to_string())
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A model code: letters and digits (with `-`, `/`), at least one digit, five characters or more; codenames
/// (`J22`) and identifiers (`iPhone15,4`) are not.
fn is_model_code(code: &str) -> bool {
    code.len() >= 5
        && code.bytes().any(|b| b.is_ascii_digit())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'/')
}

/// A tag that names model codes rather than a region (`A3090`, `SM-G991U1`, `GQML3`, `A2435, A2761`).
fn tag_models(tag: &str) -> Option<Vec<String>> {
    let (codes, _) = split_note(tag);
    let codes: Vec<&str> = codes.split(',').map(str::trim).collect();
    codes
        .iter()
        .all(|c| is_model_code(c))
        .then(|| codes.iter().map(|c| c.to_string()).collect())
}

/// A trailing parenthesis of a tag: "GX7AS, GB62Z (USA/Canada)" → ("GX7AS, GB62Z", " (USA/Canada)").
fn split_note(tag: &str) -> (&str, &str) {
    match tag.rfind(" (") {
        Some(at) if tag.ends_with(')') => (&tag[..at], &tag[at..]),
        _ => (tag, ""),
    }
}

/// Tags a page spells two ways: (page, as written on one line, as written on the other).
const TAG_SPELLINGS: &[(&str, &str, &str)] = &[(
    // The Pixel 6 page tags its 4G line "GB7N6, G9S9B16" and its 5G line "G9S9B".
    "Pixel 6", "G9S9B", "G9S9B16",
)];

/// A tag with the page's other spelling of a model (TAG_SPELLINGS) replaced.
fn respell(page: &str, tag: &str) -> String {
    TAG_SPELLINGS
        .iter()
        .filter(|(p, _, _)| *p == page)
        .fold(tag.to_string(), |t, (_, from, to)| {
            t.split(", ")
                .map(|c| if c == *from { *to } else { c })
                .collect::<Vec<_>>()
                .join(", ")
        })
}

/// When one line's tag lists a part of the other's (`A2633, A2634` and `A2633`; `International, China` and
/// `International`; `GX7AS, GB62Z (USA/Canada)` and `GX7AS (USA/Canada)`), both lines hold for that part: the
/// shorter tag.
fn common_tag(page: &str, a: &str, b: &str) -> Option<String> {
    let (a, b) = (respell(page, a), respell(page, b));
    let ((codes_a, note_a), (codes_b, note_b)) = (split_note(&a), split_note(&b));
    if note_a != note_b {
        return None;
    }
    let set = |t: &str| {
        t.split(',')
            .map(|c| c.trim().to_string())
            .collect::<BTreeSet<_>>()
    };
    let (sa, sb) = (set(codes_a), set(codes_b));
    if sb.is_subset(&sa) {
        Some(b.clone())
    } else if sa.is_subset(&sb) {
        Some(a.clone())
    } else {
        None
    }
}

/// Splits "1, 3, 5 - International" into ("1, 3, 5", "International").
fn split_tag(line: &str) -> (&str, &str) {
    // The dash is sometimes written without the space before it ("78 SA/NSA- International").
    match line.rfind("- ") {
        Some(at) => (line[..at].trim(), line[at + 2..].trim()),
        None => (line.trim(), ""),
    }
}

/// A region in a page name: "Redmi Note 14 5G (India)" → ("Redmi Note 14 5G", "India").
fn split_region(name: &str) -> (&str, Option<&str>) {
    for region in ["Global", "China", "India", "International"] {
        if let Some(base) = name.strip_suffix(&format!(" ({region})")) {
            return (base, Some(region));
        }
    }
    (name, None)
}

/// One catalog phone being built.
struct Phone {
    brand: String,
    model: String,
    aliases: Vec<String>,
    released: Option<String>,
    models: Vec<String>,
    sources: Vec<String>,
    variants: Vec<Variant>,
    notes: Vec<String>,
}

#[derive(Clone)]
struct Variant {
    name: String,
    models: Vec<String>,
    lines: Vec<(&'static str, String)>,
    volte: Option<bool>,
    sources: Vec<String>,
    confidence: String,
    note: Option<String>,
}

/// The catalog brand and model name of a GSMArena Xiaomi, Apple, … device name.
fn catalog_name(file: &str, name: &str) -> (String, String) {
    match file {
        "xiaomi" => {
            if let Some(rest) = name.strip_prefix("Poco ") {
                ("POCO".to_string(), format!("POCO {rest}"))
            } else if name.starts_with("Redmi ") {
                ("Redmi".to_string(), name.to_string())
            } else {
                ("Xiaomi".to_string(), format!("Xiaomi {name}"))
            }
        }
        "apple" => ("Apple".to_string(), name.to_string()),
        "samsung" => ("Samsung".to_string(), name.to_string()),
        "google" => ("Google".to_string(), name.to_string()),
        "motorola" => ("Motorola".to_string(), name.to_string()),
        _ => ("OnePlus".to_string(), name.to_string()),
    }
}

/// The GSMArena brand word that starts a page title.
fn gsmarena_brand(file: &str) -> &'static str {
    match file {
        "xiaomi" => "Xiaomi",
        "apple" => "Apple",
        "samsung" => "Samsung",
        "google" => "Google",
        "motorola" => "Motorola",
        _ => "OnePlus",
    }
}

/// The variant a page's first Network lines describe, or why there is none.
fn variant_of(device: &Device, region: Option<&str>, input: &str) -> Result<Variant, String> {
    let row = |key: &str| device.spec("Network", key).map(split_tag);
    let lte = row("4G bands").ok_or("no 4G bands row")?;
    if !has_digit(lte.0) {
        return Err(format!("4G row without band numbers: `{}`", lte.0));
    }
    let nr = row("5G bands");
    let tag = match nr {
        Some((_, nr_tag)) if !nr_tag.is_empty() && !lte.1.is_empty() && nr_tag != lte.1 => {
            common_tag(&device.name, lte.1, nr_tag).ok_or_else(|| {
                format!(
                    "the first 4G line is for `{}` and the first 5G line for `{nr_tag}`",
                    lte.1
                )
            })?
        }
        Some((_, nr_tag)) if lte.1.is_empty() => nr_tag.to_string(),
        _ => lte.1.to_string(),
    };
    let tag = tag.as_str();
    let name = if !tag.is_empty() {
        tag.to_string()
    } else if let Some(region) = region {
        region.to_string()
    } else {
        "as listed".to_string()
    };
    let mut lines = Vec::new();
    for (key, field) in [("2G bands", "gsm"), ("3G bands", "umts")] {
        if let Some((bands, _)) = row(key).filter(|(bands, _)| has_digit(bands)) {
            lines.push((field, bands.to_string()));
        }
    }
    lines.push(("lte", lte.0.to_string()));
    if let Some((bands, _)) = nr {
        lines.push(("nr", bands.to_string()));
    }
    let page_models = device.model_codes();
    let models = tag_models(tag).unwrap_or_else(|| if region.is_some() { page_models } else { Vec::new() });
    Ok(Variant {
        name,
        models,
        lines,
        volte: None,
        sources: if region.is_some() {
            vec![commit_url(input), device.url.clone()]
        } else {
            Vec::new()
        },
        // A line the source tags with its region or model codes is high; a line it does not tag is medium,
        // because the source does not say which models it is for.
        confidence: if tag.is_empty() && region.is_none() {
            "medium".to_string()
        } else {
            "high".to_string()
        },
        note: None,
    })
}

fn commit_url(input: &str) -> String {
    format!("https://github.com/{SCRAPE_REPO}/blob/{SCRAPE_COMMIT}/{input}")
}

/// One model or region a tag names, with the tag's trailing note: `GX7AS, GB62Z (USA/Canada)` names
/// (`GX7AS`, ` (USA/Canada)`) and (`GB62Z`, ` (USA/Canada)`).
type Atom = (String, String);

fn atoms(page: &str, tag: &str) -> Vec<Atom> {
    let tag = respell(page, tag);
    let (codes, note) = split_note(&tag);
    codes
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| (c.to_string(), note.to_string()))
        .collect()
}

/// A variant name for atoms: their codes joined, and the note once when they share it.
fn atoms_name(atoms: &[Atom]) -> String {
    let same_note = atoms.iter().all(|(_, n)| *n == atoms[0].1);
    let parts: Vec<String> = atoms
        .iter()
        .map(|(code, note)| {
            if same_note {
                code.clone()
            } else {
                format!("{code}{note}")
            }
        })
        .collect();
    let note = if same_note { atoms[0].1.as_str() } else { "" };
    format!("{}{note}", parts.join(", "))
}

fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// The variants a saved page adds to a phone: its tagged lines for models or regions the phone has no variant
/// for yet. A model's 4G line and 5G line are paired by the model (or region) their tags name; models with the
/// same pair of lines make one variant. The newer scrape's lines win: models it covers are skipped.
fn saved_variants(phone: &Phone, page: &SavedPage, report: &mut Vec<String>) -> Vec<Variant> {
    let page_name = phone.model.as_str();
    let tagged = |row: &str| -> Vec<(&str, Vec<Atom>)> {
        page.lines(row)
            .iter()
            .map(|line| split_tag(line))
            .filter(|(bands, tag)| has_digit(bands) && !tag.is_empty())
            .map(|(bands, tag)| (bands, atoms(page_name, tag)))
            .collect()
    };
    let (lte, nr) = (tagged("4G bands"), tagged("5G bands"));
    let has_nr = page.lines("5G bands").iter().any(|l| has_digit(split_tag(l).0));
    let covered: BTreeSet<Atom> = phone
        .variants
        .iter()
        .flat_map(|v| atoms(page_name, &v.name))
        .collect();
    // The models that have each pair of lines (index of the 4G line, of the 5G line).
    type Lines = (usize, Option<usize>);
    let mut groups: Vec<(Lines, Vec<Atom>)> = Vec::new();
    for (i, (_, line_atoms)) in lte.iter().enumerate() {
        for atom in line_atoms.iter().filter(|a| !covered.contains(*a)) {
            let n = nr.iter().position(|(_, a)| a.contains(atom));
            if has_nr && n.is_none() {
                report.push(format!(
                    "{}: saved page has no 5G line for `{}{}`: skipped",
                    phone.model, atom.0, atom.1
                ));
                continue;
            }
            match groups.iter_mut().find(|(key, _)| *key == (i, n)) {
                Some((_, models)) => models.push(atom.clone()),
                None => groups.push(((i, n), vec![atom.clone()])),
            }
        }
    }
    // A 2G or 3G line's notes can have dashes of their own ("… - SIM 1 & SIM 2 (dual-SIM) - for China").
    let first_line = |row: &str| {
        page.lines(row)
            .first()
            .and_then(|l| l.split(" - ").next())
            .filter(|bands| has_digit(bands))
            .map(str::to_string)
    };
    groups
        .into_iter()
        .map(|((i, n), models)| {
            let name = atoms_name(&models);
            let mut lines = Vec::new();
            lines.extend(first_line("2G bands").map(|l| ("gsm", l)));
            lines.extend(first_line("3G bands").map(|l| ("umts", l)));
            lines.push(("lte", lte[i].0.to_string()));
            lines.extend(n.map(|n| ("nr", nr[n].0.to_string())));
            report.push(format!("{} [{name}]: from the saved page", phone.model));
            Variant {
                models: tag_models(&name).unwrap_or_default(),
                name,
                lines,
                volte: None,
                sources: vec![page.url(), phone.sources[0].clone()],
                // One copy of the line, and an older one than the scrape's.
                confidence: "medium".to_string(),
                note: Some(format!(
                    "A line of GSMArena's page as saved by {PAGES_DATE}; the newer scrape keeps only each row's \
                     first line."
                )),
            }
        })
        .collect()
}

/// Adds every phone's saved-page variants.
fn add_saved_variants(
    outputs: &mut [(&'static str, Vec<Phone>)],
    pages: &HashMap<String, SavedPage>,
    report: &mut Vec<String>,
) {
    for (_, phones) in outputs.iter_mut() {
        for phone in phones.iter_mut() {
            let Some(page) = phone
                .sources
                .first()
                .and_then(|url| pages::page_id(url))
                .and_then(|id| pages.get(id))
            else {
                continue;
            };
            let added = saved_variants(phone, page, report);
            phone.variants.extend(added);
        }
    }
}

/// Builds every output file's phones from the scrape.
fn build(scrape: &Path, report: &mut Vec<String>) -> Result<Vec<(&'static str, Vec<Phone>)>, String> {
    let mut outputs = Vec::new();
    for output in OUTPUTS {
        let mut phones: Vec<Phone> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for input in output.inputs {
            let path = scrape.join(input);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            let file: BrandFile =
                serde_json::from_str(&text).map_err(|e| format!("`{}`: {e}", path.display()))?;
            // Which phones (regional pages counted once) list each model code, over the whole file: a code
            // listed for two phones (the Mi 5's 2015105 on the Redmi Note 8 Pro page) names neither.
            let mut code_users: HashMap<String, BTreeSet<String>> = HashMap::new();
            for device in &file.devices {
                let base = split_region(&device.name).0;
                for code in device.model_codes() {
                    code_users.entry(code).or_default().insert(base.to_string());
                }
            }
            // Pages with a region suffix are merged into their base page, which comes first.
            let mut devices: Vec<&Device> = file.devices.iter().collect();
            devices.sort_by_key(|d| split_region(&d.name).1.is_some());
            for device in devices {
                // The region is in the list name (`Redmi Note 14 5G (India)`) or only in the page title
                // (`Xiaomi Redmi Note 14 Pro+ 5G (Global)` for the list name `Redmi Note 14 Pro+ 5G`).
                let (base, mut region) = split_region(&device.name);
                if region.is_none() {
                    region = device.title().and_then(|t| {
                        split_region(&t).1.map(|r| match r {
                            "Global" => "Global",
                            "China" => "China",
                            "India" => "India",
                            _ => "International",
                        })
                    });
                }
                if !(output.select)(base, device.year()) {
                    continue;
                }
                let variant = match variant_of(device, region, input) {
                    Ok(mut v) => {
                        v.models
                            .retain(|code| code_users.get(code).is_none_or(|u| u.len() == 1));
                        v
                    }
                    Err(why) => {
                        report.push(format!("skipped {} ({}): {why}", device.name, device.url));
                        continue;
                    }
                };
                let (brand, model) = catalog_name(output.file, base);
                let title = format!("{} {base}", gsmarena_brand(output.file));
                if let Some(&at) = index.get(&model) {
                    let phone = &mut phones[at];
                    if phone.variants.iter().any(|v| v.name == variant.name) {
                        report.push(format!(
                            "skipped {}: a second `{}` line",
                            device.name, variant.name
                        ));
                        continue;
                    }
                    phone.variants.push(variant);
                    continue;
                }
                if split_region(&device.name).1.is_some() {
                    report.push(format!("{}: regional page without a base page", device.name));
                }
                let mut aliases = Vec::new();
                // GSMArena's titles, and the name without a trailing "5G" (`Galaxy S22` for `Galaxy S22 5G`).
                let short = model.strip_suffix(" 5G").map(str::to_string);
                for alias in [Some(title), device.title(), short].into_iter().flatten() {
                    if alias != model && !aliases.contains(&alias) {
                        aliases.push(alias);
                    }
                }
                let mut models = device.model_codes();
                models.retain(|code| {
                    let users = &code_users[code.as_str()];
                    if users.len() > 1 {
                        report.push(format!(
                            "{base}: model code {code} dropped: also listed on {users:?}"
                        ));
                    }
                    users.len() == 1
                });
                index.insert(model.clone(), phones.len());
                phones.push(Phone {
                    brand,
                    model,
                    aliases,
                    released: device.released(),
                    models,
                    sources: vec![device.url.clone()],
                    variants: vec![variant],
                    notes: Vec::new(),
                });
            }
        }
        outputs.push((output.file, phones));
    }
    Ok(outputs)
}

/// Model codes and aliases used by two phones are dropped from both: they cannot say which phone is meant.
fn drop_shared(outputs: &mut [(&'static str, Vec<Phone>)], report: &mut Vec<String>) {
    let mut code_users: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut alias_users: HashMap<String, BTreeSet<String>> = HashMap::new();
    let names: BTreeSet<String> = outputs
        .iter()
        .flat_map(|(_, phones)| phones.iter().map(|p| p.model.to_lowercase()))
        .collect();
    for (_, phones) in outputs.iter() {
        for phone in phones {
            let codes = phone
                .models
                .iter()
                .chain(phone.variants.iter().flat_map(|v| &v.models));
            for code in codes {
                code_users
                    .entry(code.clone())
                    .or_default()
                    .insert(phone.model.clone());
            }
            for alias in &phone.aliases {
                alias_users
                    .entry(alias.to_lowercase())
                    .or_default()
                    .insert(phone.model.clone());
            }
        }
    }
    for (code, users) in &code_users {
        if users.len() > 1 {
            report.push(format!(
                "model code {code} is listed for {users:?}: dropped from each"
            ));
        }
    }
    for (alias, users) in &alias_users {
        if users.len() > 1 || names.contains(alias) {
            report.push(format!(
                "alias `{alias}` of {users:?} names another phone: dropped"
            ));
        }
    }
    for (_, phones) in outputs.iter_mut() {
        for phone in phones.iter_mut() {
            phone.models.retain(|c| code_users[c].len() == 1);
            for v in &mut phone.variants {
                v.models.retain(|c| code_users[c].len() == 1);
            }
            // A variant's codes are not repeated at phone level.
            let variant_codes: BTreeSet<String> =
                phone.variants.iter().flat_map(|v| v.models.clone()).collect();
            phone.models.retain(|c| !variant_codes.contains(c));
            // An alias is dropped when another phone has it, is named so, or is named so plus "4G"/"5G"
            // (`Redmi Note 14` is ambiguous between the 4G and 5G phones).
            let own = phone.model.to_lowercase();
            phone.aliases.retain(|a| {
                let key = a.to_lowercase();
                let sibling = |g: &str| {
                    let name = format!("{key} {g}");
                    name != own && names.contains(&name)
                };
                alias_users[&key].len() == 1 && !names.contains(&key) && !sibling("4g") && !sibling("5g")
            });
        }
    }
}

/// Merges `bands/phones/import/extra.toml`: variants added to (or replacing same-named variants of) imported
/// phones, sources added, and phones the scrape lacks.
fn merge_extra(
    outputs: &mut [(&'static str, Vec<Phone>)],
    extra: &str,
    report: &mut Vec<String>,
) -> Result<(), String> {
    let value: toml::Table = toml::from_str(extra).map_err(|e| format!("extra.toml: {e}"))?;
    let Some(toml::Value::Array(list)) = value.get("phone") else {
        return Ok(());
    };
    for raw in list {
        let table = raw.as_table().ok_or("extra.toml: a [[phone]] is no table")?;
        let text = |t: &toml::Table, key: &str| t.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let strings = |t: &toml::Table, key: &str| -> Vec<String> {
            t.get(key)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                .unwrap_or_default()
        };
        let model = text(table, "model").ok_or("extra.toml: a phone without `model`")?;
        let file = text(table, "file").ok_or_else(|| format!("extra.toml: `{model}` without `file`"))?;
        let mut variants = Vec::new();
        for v in table
            .get("variant")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let v = v.as_table().ok_or("extra.toml: a variant is no table")?;
            let mut lines = Vec::new();
            for field in ["gsm", "umts", "cdma", "lte", "nr"] {
                if let Some(line) = text(v, field) {
                    lines.push((field, line));
                }
            }
            variants.push(Variant {
                name: text(v, "name")
                    .ok_or_else(|| format!("extra.toml: a variant of `{model}` without `name`"))?,
                models: strings(v, "models"),
                lines,
                volte: v.get("volte").and_then(|b| b.as_bool()),
                sources: strings(v, "sources"),
                confidence: text(v, "confidence").unwrap_or_else(|| "medium".to_string()),
                note: text(v, "note"),
            });
        }
        let phones = &mut outputs
            .iter_mut()
            .find(|(f, _)| *f == file)
            .ok_or_else(|| format!("extra.toml: `{model}` names unknown file `{file}`"))?
            .1;
        match phones.iter_mut().find(|p| p.model == model) {
            Some(phone) => {
                for s in strings(table, "sources") {
                    if !phone.sources.contains(&s) {
                        phone.sources.push(s);
                    }
                }
                phone.notes.extend(text(table, "note"));
                for variant in variants {
                    match phone.variants.iter_mut().find(|v| v.name == variant.name) {
                        // Without band lines, an extra variant only annotates the imported one.
                        Some(old) if variant.lines.is_empty() => {
                            report.push(format!("{model} [{}]: annotated by extra.toml", variant.name));
                            old.confidence = variant.confidence;
                            old.note = variant.note;
                            old.sources.extend(variant.sources);
                        }
                        Some(old) => {
                            report.push(format!("{model} [{}]: corrected by extra.toml", variant.name));
                            *old = variant;
                        }
                        None => phone.variants.push(variant),
                    }
                }
            }
            None => {
                report.push(format!("{model}: from extra.toml only"));
                phones.push(Phone {
                    brand: text(table, "brand")
                        .ok_or_else(|| format!("extra.toml: `{model}` without `brand`"))?,
                    model,
                    aliases: strings(table, "aliases"),
                    released: text(table, "released"),
                    models: strings(table, "models"),
                    sources: strings(table, "sources"),
                    variants,
                    notes: text(table, "note").into_iter().collect(),
                })
            }
        }
    }
    Ok(())
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// When the generated files were last checked against the scrape: bump it when re-running the import on a newer
/// copy (it is written into every file, so `--check` stays reproducible).
const CHECKED: &str = "2026-12-02";

fn render(file: &str, inputs: &[&str], phones: &[Phone]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Generated by `cargo run --example import_gsmarena` from the GSMArena scrape\n\
         # https://github.com/{SCRAPE_REPO}/tree/{SCRAPE_COMMIT}, the GSMArena pages saved in\n\
         # https://github.com/{PAGES_REPO}/tree/{PAGES_COMMIT} (a page's other lines)\n\
         # and bands/phones/import/extra.toml.\n\
         # Do not edit by hand: change the import or extra.toml and re-run it (bands/README.md).\n\
         # Variant names: the source's tag of the line, else the page's region, else \"as listed\".\n\
         # `sources` below is every phone's first source; each phone adds its GSMArena page."
    );
    let _ = file;
    let pinned: Vec<String> = inputs.iter().map(|i| commit_url(i)).collect();
    let _ = writeln!(out, "checked = {CHECKED}");
    let _ = writeln!(out, "sources = {}", list(&pinned));
    for phone in phones {
        out.push('\n');
        for note in &phone.notes {
            for line in note.lines() {
                let _ = writeln!(out, "# {line}");
            }
        }
        let _ = writeln!(out, "[[phone]]");
        let _ = writeln!(out, "brand = {}", quote(&phone.brand));
        let _ = writeln!(out, "model = {}", quote(&phone.model));
        if !phone.aliases.is_empty() {
            let _ = writeln!(out, "aliases = {}", list(&phone.aliases));
        }
        if let Some(released) = &phone.released {
            let _ = writeln!(out, "released = {}", quote(released));
        }
        if !phone.models.is_empty() {
            let _ = writeln!(out, "models = {}", list(&phone.models));
        }
        let _ = writeln!(out, "sources = {}", list(&phone.sources));
        for v in &phone.variants {
            let _ = writeln!(out, "[[phone.variant]]");
            let _ = writeln!(out, "name = {}", quote(&v.name));
            if !v.models.is_empty() {
                let _ = writeln!(out, "models = {}", list(&v.models));
            }
            for (field, line) in &v.lines {
                let _ = writeln!(out, "{field} = {}", quote(line));
            }
            if let Some(volte) = v.volte {
                let _ = writeln!(out, "volte = {volte}");
            }
            if !v.sources.is_empty() {
                let _ = writeln!(out, "sources = {}", list(&v.sources));
            }
            let _ = writeln!(out, "confidence = {}", quote(&v.confidence));
            if let Some(note) = &v.note {
                let _ = writeln!(out, "note = {}", quote(note));
            }
        }
    }
    out
}

fn main() -> ExitCode {
    let mut check = false;
    let mut data = PathBuf::from("bands");
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--check" => check = true,
            "--data" => match args.next() {
                Some(dir) => data = PathBuf::from(dir),
                None => return usage("`--data` needs a value"),
            },
            flag if flag.starts_with('-') => return usage(&format!("unknown option `{flag}`")),
            dir => dirs.push(PathBuf::from(dir)),
        }
    }
    let [scrape, pages] = dirs.as_slice() else {
        return usage("give the scrape directory and the saved pages' directory");
    };
    match run(scrape, pages, &data, check) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Builds the catalog; writes it, or compares it with the files. `Ok(false)`: `--check` found a difference.
fn run(scrape: &Path, pages: &Path, data: &Path, check: bool) -> Result<bool, String> {
    let mut report = Vec::new();
    let mut outputs = build(scrape, &mut report)?;
    let brands: Vec<&str> = OUTPUTS.iter().filter_map(|o| o.saved).collect();
    let saved = pages::read(pages, &brands)?;
    add_saved_variants(&mut outputs, &saved, &mut report);
    let extra_path = data.join("phones/import/extra.toml");
    let extra = std::fs::read_to_string(&extra_path).unwrap_or_default();
    merge_extra(&mut outputs, &extra, &mut report)?;
    drop_shared(&mut outputs, &mut report);
    for line in &report {
        eprintln!("note: {line}");
    }
    let mut same = true;
    for (file, phones) in &outputs {
        let path = data.join(format!("phones/{file}.toml"));
        let inputs = OUTPUTS
            .iter()
            .find(|o| o.file == *file)
            .map(|o| o.inputs)
            .unwrap_or_default();
        let text = render(file, inputs, phones);
        let variants: usize = phones.iter().map(|p| p.variants.len()).sum();
        if check {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if old != text {
                eprintln!("differs: {}", path.display());
                same = false;
            }
        } else {
            std::fs::write(&path, text).map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        }
        eprintln!("{file}: {} phones, {variants} variants", phones.len());
    }
    Ok(same)
}
