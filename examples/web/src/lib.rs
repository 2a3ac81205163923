//! bandcheck in the browser: one function, JSON in and JSON out, that the page calls through the tiny
//! WebAssembly interface in `abi.rs`. Every call into bandcheck is in this file, so an API rename is a
//! change here only.
//!
//! Requests (`op` says which):
//! - `{"op": "catalog"}`: the phone names with their brands, the carriers and MVNOs, the data's version.
//! - `{"op": "suggest", "query": "xiaomi 14 ultr"}`: catalog names for a typed name, best first.
//! - `{"op": "check", "phone": "Xiaomi 12" | "spec": "4G bands…" | "bands": {"lte": "2,4,12"},
//!   "volte": true | false | null, "carriers": ["att"], "as_of": "2026-12-02"}`: what `check --json` prints,
//!   `{"phone", "results"}`, plus `errors` for carriers that cannot be checked.
//! - `{"op": "matrix", "brand": "xiaomi", "carriers": [...], "as_of": "..."}`: phones × carriers.
//!
//! Bad input answers `{"error": "…"}` (with `suggestions` for an unknown phone name), never a panic.

mod abi;

use bandcheck::{
    Answer, BandSet, Database, Date, Phone, PhoneLookupError, Report, Technology, Variant, check_phone_with,
    check_with, parse_band_list, parse_spec,
};
use serde::Deserialize;
use serde_json::{Value, json};

/// Brands that stand for a family, as in the `matrix` example: `xiaomi` also finds Redmi and POCO phones.
const FAMILIES: [(&str, &[&str]); 1] = [("xiaomi", &["xiaomi", "redmi", "poco"])];

/// What the page asks.
#[derive(Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
enum Request {
    Catalog,
    Suggest {
        query: String,
    },
    Check {
        #[serde(default)]
        phone: Option<String>,
        #[serde(default)]
        spec: Option<String>,
        #[serde(default)]
        bands: Vec<(String, String)>,
        #[serde(default)]
        volte: Option<bool>,
        carriers: Vec<String>,
        as_of: String,
    },
    Matrix {
        brand: String,
        carriers: Vec<String>,
        as_of: String,
    },
}

/// Answers one JSON request with one JSON value (as text).
pub fn answer(request: &str) -> String {
    let reply = match serde_json::from_str::<Request>(request) {
        Ok(request) => respond(request).unwrap_or_else(|e| e),
        Err(e) => json!({ "error": format!("bad request: {e}") }),
    };
    reply.to_string()
}

fn database() -> &'static Database {
    Database::bundled()
}

fn error(message: impl std::fmt::Display) -> Value {
    json!({ "error": message.to_string() })
}

fn respond(request: Request) -> Result<Value, Value> {
    let db = database();
    match request {
        Request::Catalog => Ok(catalog(db)),
        Request::Suggest { query } => Ok(json!({ "suggestions": suggestions(db, &query) })),
        Request::Check {
            phone,
            spec,
            bands,
            volte,
            carriers,
            as_of,
        } => {
            let as_of: Date = as_of.parse().map_err(error)?;
            let phone = match (phone, spec) {
                (Some(name), None) if bands.is_empty() => catalog_phone(db, &name)?,
                (None, Some(text)) if bands.is_empty() => {
                    // As `check --spec -`: lenient, warnings stay with their variants.
                    let variants = parse_spec(&text)
                        .variants()
                        .iter()
                        .map(|v| v.clone().with_volte(volte))
                        .collect();
                    Phone::new("pasted spec", variants)
                }
                (None, None) if !bands.is_empty() => given_bands(&bands, volte)?,
                _ => return Err(error("give one phone: a catalog name, a spec, or band lists")),
            };
            Ok(check_phone(db, &phone, &carriers, as_of))
        }
        Request::Matrix {
            brand,
            carriers,
            as_of,
        } => {
            let as_of: Date = as_of.parse().map_err(error)?;
            matrix(db, &brand, &carriers, as_of)
        }
    }
}

/// Phone names (with brands, for grouping), carriers and MVNOs.
fn catalog(db: &Database) -> Value {
    let phones: Vec<Value> = db
        .phones()
        .map(|p| json!({ "name": p.name(), "brand": p.brand() }))
        .collect();
    let carriers: Vec<Value> = db
        .carriers()
        .iter()
        .map(|c| json!({ "id": c.id(), "name": c.name(), "complete": c.bands_complete() }))
        .collect();
    let mvnos: Vec<Value> = db
        .mvnos()
        .iter()
        .map(|m| {
            json!({
                "id": m.id(),
                "name": m.name(),
                "hosts": m.hosts().iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
                "ended": m.ended(),
            })
        })
        .collect();
    json!({
        "phones": phones,
        "carriers": carriers,
        "mvnos": mvnos,
        "families": FAMILIES.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
        "data_version": bandcheck::DATA_VERSION,
        "checked": db.checked(),
    })
}

/// At most this many suggestions under the search box.
const SUGGESTIONS: usize = 10;

/// The exact match (name or alias) first, then the "did you mean" names, then other names containing what
/// was typed (ignoring case, spaces and punctuation, as the look-up does).
fn suggestions<'a>(db: &'a Database, query: &str) -> Vec<&'a str> {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let key = squash(query);
    let containing = db
        .phones()
        .map(Phone::name)
        .filter(|name| !key.is_empty() && squash(name).contains(&key));
    let mut names: Vec<&str> = Vec::new();
    for name in db
        .phone(query)
        .map(Phone::name)
        .into_iter()
        .chain(db.suggest_phones(query))
        .chain(containing)
    {
        if !names.contains(&name) && names.len() < SUGGESTIONS {
            names.push(name);
        }
    }
    names
}

/// A catalog phone by name, or the error `check NAME` gives, with the names it suggests.
fn catalog_phone(db: &Database, name: &str) -> Result<Phone, Value> {
    db.resolve_phone(name).cloned().map_err(|e| {
        let suggestions = match &e {
            PhoneLookupError::NotFound { suggestions, .. } => suggestions.clone(),
            PhoneLookupError::Ambiguous { choices, .. } => choices.clone(),
            _ => Vec::new(),
        };
        json!({ "error": e.to_string(), "suggestions": suggestions })
    })
}

/// A phone from band lists per technology, as `check --lte … --nr …` builds it.
fn given_bands(lists: &[(String, String)], volte: Option<bool>) -> Result<Phone, Value> {
    let mut bands = BandSet::new();
    let mut unknown = Vec::new();
    for (technology, text) in lists {
        let t: Technology = technology.parse().map_err(error)?;
        let list = parse_band_list(t, text);
        if let Some(w) = list.warnings.first() {
            return Err(error(format!("in the {} bands `{text}`: {w}", t.label())));
        }
        bands = bands.union(&list.bands);
        if list.unknown {
            unknown.push(t);
        }
    }
    let variant = Variant::new("given bands", bands)
        .with_volte(volte)
        .with_unknown_technologies(unknown);
    Ok(Phone::new("given bands", vec![variant]))
}

/// `check --json` for the carriers asked; a carrier that cannot be checked (closed, unknown) is an entry
/// of `errors` instead of failing the whole answer.
fn check_phone(db: &Database, phone: &Phone, carriers: &[String], as_of: Date) -> Value {
    let mut results: Vec<Report> = Vec::new();
    let mut errors = Vec::new();
    for carrier in carriers {
        match check_phone_with(db, phone, carrier, as_of) {
            Ok(reports) => results.extend(reports),
            Err(e) => errors.push(json!({ "carrier": carrier, "error": e.to_string() })),
        }
    }
    json!({ "phone": phone, "results": results, "errors": errors, "as_of": as_of })
}

/// Phones × carriers for a brand, a family or a search term: each cell the best network of the carrier
/// (calls before data-only, then verdict and score), as the `matrix` example picks it.
fn matrix(db: &Database, term: &str, carriers: &[String], as_of: Date) -> Result<Value, Value> {
    let term = term.trim().to_lowercase();
    let family: &[&str] = FAMILIES
        .iter()
        .find(|(name, _)| *name == term)
        .map_or(&[], |(_, brands)| brands);
    let mut rows = Vec::new();
    for phone in db.phones().filter(|p| {
        let brand = p.brand().to_lowercase();
        p.name().to_lowercase().contains(&term) || brand == term || family.contains(&brand.as_str())
    }) {
        for variant in phone.variants() {
            let mut cells = Vec::new();
            for carrier in carriers {
                let reports = check_with(db, variant, carrier, as_of).unwrap_or_default();
                let key = |r: &Report| (r.calls.status != Answer::No, r.verdict, r.score);
                let best = reports
                    .into_iter()
                    .max_by(|a, b| key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal));
                cells.push(best.map(|r| {
                    json!({
                        "carrier": r.carrier,
                        "host": r.host,
                        "host_name": r.host_name,
                        "verdict": r.verdict,
                        "score": r.score,
                        "calls": r.calls.status,
                        "summary": r.summary,
                    })
                }));
            }
            rows.push(json!({ "phone": phone.name(), "variant": variant.name(), "cells": cells }));
        }
    }
    if term.is_empty() || rows.is_empty() {
        return Err(error(format!("no catalog phone matches `{term}`")));
    }
    Ok(json!({ "brand": term, "carriers": carriers, "as_of": as_of, "rows": rows }))
}

#[cfg(test)]
mod tests {
    use super::answer;
    use serde_json::Value;

    fn ask(request: &str) -> Value {
        serde_json::from_str(&answer(request)).unwrap()
    }

    #[test]
    fn checks_a_catalog_phone_forgivingly() {
        let reply =
            ask(r#"{"op":"check","phone":"xiaomi  12","carriers":["att","mint"],"as_of":"2026-12-02"}"#);
        assert_eq!(reply["phone"]["name"], "Xiaomi 12");
        let results = reply["results"].as_array().unwrap();
        assert!(results.iter().any(|r| r["carrier"] == "att"));
        assert!(
            results
                .iter()
                .any(|r| r["carrier"] == "mint" && r["host"] == "tmobile")
        );
        assert!(
            results
                .iter()
                .all(|r| r["summary"].as_str().is_some_and(|s| !s.is_empty()))
        );
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic() {
        for request in [
            "",
            "{}",
            r#"{"op":"check","phone":"Xiaomi 12","carriers":[],"as_of":"2026-02-30"}"#,
            r#"{"op":"check","carriers":[],"as_of":"2026-12-02"}"#,
            r#"{"op":"check","bands":[["lte","2,zz"]],"carriers":["att"],"as_of":"2026-12-02"}"#,
            r#"{"op":"check","bands":[["wifi","2"]],"carriers":["att"],"as_of":"2026-12-02"}"#,
            r#"{"op":"matrix","brand":"nosuchbrand","carriers":["att"],"as_of":"2026-12-02"}"#,
        ] {
            assert!(ask(request)["error"].is_string(), "{request}");
        }
        let reply =
            ask(r#"{"op":"check","phone":"xiaomi 12 pro max","carriers":["att"],"as_of":"2026-12-02"}"#);
        assert!(reply["suggestions"].as_array().is_some_and(|s| !s.is_empty()));
    }

    #[test]
    fn a_closed_or_unknown_carrier_is_an_error_of_its_own() {
        let reply =
            ask(r#"{"op":"check","phone":"Xiaomi 12","carriers":["att","nosuch"],"as_of":"2026-12-02"}"#);
        assert!(!reply["results"].as_array().unwrap().is_empty());
        assert_eq!(reply["errors"][0]["carrier"], "nosuch");
    }

    #[test]
    fn suggests_every_name_containing_the_words_up_to_ten() {
        let reply = ask(r#"{"op":"suggest","query":"redmi note 9"}"#);
        let names: Vec<&str> = reply["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        assert!(names.len() > 5 && names.len() <= 10, "{names:?}");
        assert!(names.iter().all(|n| n.starts_with("Redmi Note 9")), "{names:?}");
        assert_eq!(
            ask(r#"{"op":"suggest","query":"  "}"#)["suggestions"],
            serde_json::json!([])
        );
    }

    #[test]
    fn suggests_and_lists() {
        let reply = ask(r#"{"op":"suggest","query":"redmi note 13 pro+"}"#);
        assert!(reply["suggestions"].as_array().is_some_and(|s| !s.is_empty()));
        let catalog = ask(r#"{"op":"catalog"}"#);
        assert!(catalog["phones"].as_array().unwrap().len() > 100);
        assert!(
            catalog["mvnos"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["id"] == "mint")
        );
    }

    #[test]
    fn the_xiaomi_family_matrix_has_redmi_and_poco() {
        let reply = ask(
            r#"{"op":"matrix","brand":"xiaomi","carriers":["att","tmobile","verizon"],"as_of":"2026-12-02"}"#,
        );
        let rows = reply["rows"].as_array().unwrap();
        for brand in ["Xiaomi", "Redmi", "POCO"] {
            assert!(
                rows.iter()
                    .any(|r| r["phone"].as_str().unwrap().starts_with(brand)),
                "{brand}"
            );
        }
        assert_eq!(rows[0]["cells"].as_array().unwrap().len(), 3);
    }
}
