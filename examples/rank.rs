//! Rankings: the best carriers (MVNOs included) for a phone, or the best catalog phones for a carrier.
//!
//! ```text
//! cargo run --release --example rank -- --phone "Xiaomi 13"
//! cargo run --release --example rank -- --carrier tmobile --top 15
//! ```
//!
//! Ranked by calls (a data-only network never above one with calls), then verdict, then score (served anchor bands,
//! coverage counting twice). Networks whose band data is incomplete are listed apart, after the others.

#[path = "common/mod.rs"]
mod common;

use std::fmt::Write;
use std::process::ExitCode;

use bandcheck::{Answer, Ranked};
use clap::{ArgGroup, Parser};
use common::Painter;

/// The best carriers and MVNOs for a catalog phone (each variant), or the best catalog phones for a carrier or
/// MVNO. Ranked by calls (a data-only network never above one with calls), then verdict, then score; networks
/// whose band data is incomplete are listed apart.
#[derive(Parser)]
#[command(name = "rank", after_help = EXAMPLES, group(ArgGroup::new("what").required(true).args(["phone", "carrier"])))]
struct Options {
    /// Rank carriers and MVNOs for this catalog phone
    #[arg(long, value_name = "NAME")]
    phone: Option<String>,
    /// Rank the catalog's phones for this carrier or MVNO (id, name or alias)
    #[arg(long, value_name = "ID")]
    carrier: Option<String>,
    /// Show only the first N lines
    #[arg(long, value_name = "N", default_value_t = usize::MAX, hide_default_value = true)]
    top: usize,
    #[command(flatten)]
    dates_and_data: common::DataArgs,
}

const EXAMPLES: &str = "Examples:
  rank --phone \"POCO X3 NFC\"
  rank --carrier tmobile --top 10
  rank --carrier \"Mint Mobile\" --as-of 2025-01-01";

fn main() -> ExitCode {
    let options = Options::parse();
    common::run(|| {
        let db = options.dates_and_data.database()?;
        let as_of = options.dates_and_data.as_of();
        let mut out = String::new();
        if let Some(name) = &options.phone {
            let phone = common::catalog_phone(&db, name)?;
            for variant in phone.variants() {
                let _ = writeln!(
                    out,
                    "Best carriers for {} [{}], as of {as_of}:",
                    phone.name(),
                    variant.name()
                );
                let ranked = bandcheck::rank_carriers_with(&db, variant, as_of);
                table(&mut out, &ranked, options.top, |host| network_name(&db, host));
            }
        } else if let Some(id) = &options.carrier {
            let ranked = bandcheck::rank_phones_with(&db, id, as_of)?;
            let name = db.target(id).map_or_else(|| id.clone(), |t| t.name().to_string());
            let _ = writeln!(out, "Best catalog phones for {name}, as of {as_of}:");
            table(&mut out, &ranked, options.top, |variant| {
                format!("variant {variant}")
            });
        }
        common::emit(&out);
        Ok(())
    })
}

/// The ranking as text; `via` words the network or variant that gave each line its result.
fn table(out: &mut String, ranked: &[Ranked], top: usize, via: impl Fn(&str) -> String) {
    let paint = Painter::for_stdout();
    let width = ranked.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
    let (complete, incomplete): (Vec<&Ranked>, Vec<&Ranked>) =
        ranked.iter().take(top).partition(|r| r.complete);
    for (i, r) in complete.iter().enumerate() {
        let verdict = paint.paint(r.verdict, &format!("{:<8}", r.verdict.id()));
        let calls = match r.calls {
            Answer::Yes => "calls",
            Answer::No => "data only",
            _ => "calls unknown",
        };
        let _ = writeln!(
            out,
            "{:>3}. {:width$}  {verdict} {:.2}  {calls:<13}  ({})",
            i + 1,
            r.name,
            r.score,
            via(&r.via)
        );
    }
    if !incomplete.is_empty() {
        let names: Vec<&str> = incomplete.iter().map(|r| r.name.as_str()).collect();
        let _ = writeln!(out, "     Not ranked, band data incomplete: {}", names.join(", "));
    }
    out.push('\n');
}

/// "on T-Mobile": the network a carrier or MVNO result came through, by name.
fn network_name(db: &bandcheck::Database, id: &str) -> String {
    format!("on {}", db.carrier(id).map_or(id, |c| c.name()))
}
