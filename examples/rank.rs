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

use bandcheck::Answer;
use bandcheck::Ranked;
use common::{Args, Painter, Usage};

const USAGE: &str = "usage: rank (--phone NAME | --carrier ID) [--top N] [--as-of YYYY-MM-DD] [--data DIR]";

fn main() -> ExitCode {
    common::run(|| {
        let mut args = Args::from_env();
        let (mut phone, mut carrier, mut top, mut as_of, mut data) = (None, None, usize::MAX, None, None);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--phone" => phone = Some(args.value(&arg)?),
                "--carrier" => carrier = Some(args.value(&arg)?),
                "--top" => {
                    let value = args.value(&arg)?;
                    top = value
                        .parse()
                        .map_err(|_| Usage(format!("invalid `--top` value `{value}`, expected a number")))?;
                }
                "--as-of" => as_of = Some(args.value(&arg)?),
                "--data" => data = Some(args.value(&arg)?),
                other => return Err(Usage(format!("unexpected `{other}`\n{USAGE}"))),
            }
        }
        let db = common::database(data.as_deref())?;
        let as_of = common::as_of(as_of.as_deref())?;
        let mut out = String::new();
        match (phone, carrier) {
            (Some(name), None) => {
                let phone = common::catalog_phone(&db, &name)?;
                for variant in phone.variants() {
                    let _ = writeln!(
                        out,
                        "Best carriers for {} [{}], as of {as_of}:",
                        phone.name(),
                        variant.name()
                    );
                    table(
                        &mut out,
                        &bandcheck::rank_carriers_with(&db, variant, as_of),
                        top,
                        "on",
                    );
                }
            }
            (None, Some(id)) => {
                let ranked = bandcheck::rank_phones_with(&db, &id, as_of)?;
                let _ = writeln!(out, "Best catalog phones for {id}, as of {as_of}:");
                table(&mut out, &ranked, top, "variant");
            }
            _ => return Err(Usage(format!("give `--phone` or `--carrier`\n{USAGE}"))),
        }
        common::emit(&out);
        Ok(())
    })
}

fn table(out: &mut String, ranked: &[Ranked], top: usize, via: &str) {
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
            "{:>3}. {:width$}  {verdict} {:.2}  {calls:<13}  ({via} {})",
            i + 1,
            r.name,
            r.score,
            r.via
        );
    }
    if !incomplete.is_empty() {
        let names: Vec<&str> = incomplete.iter().map(|r| r.name.as_str()).collect();
        let _ = writeln!(out, "     Not ranked, band data incomplete: {}", names.join(", "));
    }
    out.push('\n');
}
