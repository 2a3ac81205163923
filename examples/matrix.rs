//! Phones × carriers: which phones work where. One row per phone variant, one column per carrier.
//!
//! ```text
//! cargo run --release --example matrix -- xiaomi             # a brand
//! cargo run --release --example matrix -- "redmi note"       # a search term
//! cargo run --release --example matrix                       # the whole catalog
//! cargo run --release --example matrix -- poco --carrier mint --carrier visible --as-of 2021-06-01
//! ```

#[path = "common/mod.rs"]
mod common;

use std::fmt::Write;
use std::process::ExitCode;

use bandcheck::Report;
use bandcheck::{Answer, Database, Date, Variant, Verdict};
use clap::Parser;
use common::{Painter, Usage};

/// Phones × carriers: a row per catalog phone variant, a column per carrier or MVNO, each cell the verdict, the
/// score and whether calls work (the best network for a brand on several).
#[derive(Parser)]
#[command(name = "matrix", after_help = EXAMPLES)]
struct Options {
    /// A brand (`xiaomi` also finds Redmi and POCO) or a search term; none: the whole catalog
    #[arg(value_name = "BRAND OR SEARCH TERM")]
    terms: Vec<String>,
    /// A column: carrier or MVNO id, name or alias (repeatable; default: att, tmobile, verizon, boost)
    #[arg(long = "carrier", value_name = "ID")]
    carriers: Vec<String>,
    #[command(flatten)]
    dates_and_data: common::DataArgs,
}

const EXAMPLES: &str = "Examples:
  matrix xiaomi
  matrix \"redmi note\" --carrier mint --carrier visible
  matrix poco --as-of 2021-06-01";

/// Brands that stand for a family: `xiaomi` also finds Redmi and POCO phones.
const FAMILIES: [(&str, &[&str]); 1] = [("xiaomi", &["xiaomi", "redmi", "poco"])];

/// The columns when none are named: the three national networks and Boost.
const DEFAULT_CARRIERS: [&str; 4] = ["att", "tmobile", "verizon", "boost"];

fn main() -> ExitCode {
    let options = Options::parse();
    common::run(|| {
        let db = options.dates_and_data.database()?;
        let as_of = options.dates_and_data.as_of();
        let carriers: Vec<String> = if options.carriers.is_empty() {
            DEFAULT_CARRIERS.iter().map(|c| c.to_string()).collect()
        } else {
            options.carriers.clone()
        };
        let term = options.terms.join(" ").to_lowercase();
        common::emit(&matrix(&db, &term, &carriers, as_of)?);
        Ok(())
    })
}

/// The grid as text: a header of carriers, then a row per matching phone variant.
fn matrix(db: &Database, term: &str, carriers: &[String], as_of: Date) -> Result<String, Usage> {
    let paint = Painter::for_stdout();
    let family: &[&str] = FAMILIES
        .iter()
        .find(|(name, _)| *name == term)
        .map_or(&[], |(_, brands)| brands);
    let rows: Vec<(String, &Variant)> = db
        .phones()
        .filter(|p| {
            let brand = p.brand().to_lowercase();
            term.is_empty()
                || p.name().to_lowercase().contains(term)
                || brand == term
                || family.contains(&brand.as_str())
        })
        .flat_map(|p| {
            p.variants()
                .iter()
                .map(move |v| (format!("{} [{}]", p.name(), v.name()), v))
        })
        .collect();
    if rows.is_empty() {
        return Err(Usage(format!(
            "no catalog phone matches `{term}`; `check --list-phones` lists the catalog"
        )));
    }
    let width = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!("{:width$}", "", width = width);
    for c in carriers {
        let name = db.target(c).map_or_else(|| c.clone(), |t| t.name().to_string());
        let _ = write!(out, "  {:<10}", truncate(&name, 10));
    }
    let _ = writeln!(out, "    (as of {as_of}; best network for brands on several)");
    for (name, variant) in &rows {
        let _ = write!(out, "{name:width$}");
        for c in carriers {
            let best = best(bandcheck::check_with(db, variant, c, as_of)?);
            let cell = match &best {
                Some(r) => format!(
                    "{:<4} {:.2}{}",
                    cell_word(r.verdict),
                    r.score,
                    calls_mark(r.calls.status)
                ),
                None => "-".to_string(),
            };
            let _ = write!(
                out,
                "  {}",
                paint.paint(
                    best.map_or(Verdict::Unknown, |r| r.verdict),
                    &format!("{cell:<10}")
                )
            );
        }
        out.push('\n');
    }
    out.push_str("\nfull: every anchor band; part: some; none: no service. The number is the score (coverage bands count twice).\n");
    out.push_str("Calls: + enabled, ! not enabled (data only), ? unknown.\n");
    Ok(out)
}

/// The best network for a brand on several: one with calls before a data-only one, then verdict and score.
fn best(reports: Vec<Report>) -> Option<Report> {
    let key = |r: &Report| (r.calls.status != Answer::No, r.verdict, r.score);
    reports
        .into_iter()
        .max_by(|a, b| key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal))
}

fn calls_mark(calls: Answer) -> char {
    match calls {
        Answer::Yes => '+',
        Answer::No => '!',
        _ => '?',
    }
}

fn cell_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Full => "full",
        Verdict::Partial => "part",
        Verdict::None => "none",
        _ => "?",
    }
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}
