//! Will this phone work on US carriers? Checks a catalog phone, a pasted spec sheet, or band flags against
//! every carrier (or the ones named) and prints the verdict first, then why.
//!
//! ```text
//! cargo run --release --example check -- "Xiaomi 13"
//! cargo run --release --example check -- --spec gsmarena.txt --carrier mint --carrier att
//! pbpaste | cargo run --release --example check -- --spec - --json
//! cargo run --release --example check -- --lte 2,4,12,66,71 --nr n41,n71 --volte yes
//! cargo run --release --example check -- --list-carriers
//! ```
//!
//! Exit code 0 with an answer (whatever the verdict), 2 on bad input with a message naming the bad value: a
//! spec with no network rows (empty, binary, prose) is bad input. Warnings about a pasted spec are printed
//! once, with their line and column; `--strict` turns them into errors.

#[path = "common/mod.rs"]
mod common;

use std::io::Read;
use std::process::ExitCode;

use bandcheck::Report;
use bandcheck::{
    BandSet, Database, ParsedSpec, Phone, Technology, Variant, Warning, parse_band_list, parse_spec_strict,
};
use common::{Args, Painter, Usage};

#[derive(Default)]
struct Options {
    name: Vec<String>,
    spec: Option<String>,
    lists: Vec<(Technology, String)>,
    volte: Option<bool>,
    carriers: Vec<String>,
    as_of: Option<String>,
    data: Option<String>,
    json: bool,
    strict: bool,
    list_carriers: bool,
    list_phones: bool,
}

fn main() -> ExitCode {
    common::run(|| {
        let options = read_options(Args::from_env())?;
        let db = common::database(options.data.as_deref())?;
        if options.list_carriers {
            common::emit(
                &db.target_ids()
                    .iter()
                    .map(|id| format!("{id}\n"))
                    .collect::<String>(),
            );
            return Ok(());
        }
        if options.list_phones {
            common::emit(&db.phones().map(|p| format!("{}\n", p.name())).collect::<String>());
            return Ok(());
        }
        let as_of = common::as_of(options.as_of.as_deref())?;
        let (phone, warnings) = phone(&db, &options)?;
        let targets: Vec<String> = if options.carriers.is_empty() {
            db.carriers().iter().map(|c| c.id().to_string()).collect()
        } else {
            options.carriers.clone()
        };
        let mut reports = Vec::new();
        for target in &targets {
            reports.extend(bandcheck::check_phone_with(&db, &phone, target, as_of)?);
        }
        if options.json {
            let out = serde_json::json!({ "phone": phone, "results": reports });
            common::emit(&format!("{}\n", serde_json::to_string_pretty(&out)?));
        } else {
            common::emit(&human(&phone, &warnings, &reports));
        }
        Ok(())
    })
}

fn read_options(mut args: Args) -> Result<Options, Usage> {
    let mut o = Options::default();
    while let Some(arg) = args.next() {
        let tech = |t| Some(t);
        let list_tech = match arg.as_str() {
            "--gsm" => tech(Technology::Gsm),
            "--umts" => tech(Technology::Umts),
            "--cdma" => tech(Technology::Cdma),
            "--lte" => tech(Technology::Lte),
            "--nr" => tech(Technology::Nr),
            _ => None,
        };
        if let Some(t) = list_tech {
            o.lists.push((t, args.value(&arg)?));
            continue;
        }
        match arg.as_str() {
            "--spec" => o.spec = Some(args.value(&arg)?),
            "--carrier" => o.carriers.push(args.value(&arg)?),
            "--as-of" => o.as_of = Some(args.value(&arg)?),
            "--data" => o.data = Some(args.value(&arg)?),
            "--volte" => {
                let value = args.value(&arg)?;
                o.volte = match value.as_str() {
                    "yes" | "true" => Some(true),
                    "no" | "false" => Some(false),
                    "unknown" => None,
                    _ => {
                        return Err(Usage(format!(
                            "invalid `--volte` value `{value}`, expected yes, no or unknown"
                        )));
                    }
                };
            }
            "--json" => o.json = true,
            "--strict" => o.strict = true,
            "--list-carriers" => o.list_carriers = true,
            "--list-phones" => o.list_phones = true,
            "-h" | "--help" => return Err(Usage(HELP.to_string())),
            flag if flag.starts_with("--") => return Err(Usage(format!("unknown option `{flag}`\n{HELP}"))),
            word => o.name.push(word.to_string()),
        }
    }
    Ok(o)
}

const HELP: &str =
    "usage: check [PHONE NAME] [--spec FILE|-] [--gsm|--umts|--cdma|--lte|--nr LIST] [--volte yes|no]
             [--carrier ID]... [--as-of YYYY-MM-DD] [--data DIR] [--json] [--strict]
             [--list-carriers] [--list-phones]";

/// The phone to check (from the catalog, a spec sheet, or band flags) and the warnings about it, each once.
fn phone(db: &Database, o: &Options) -> Result<(Phone, Vec<Warning>), Usage> {
    let sources =
        usize::from(!o.name.is_empty()) + usize::from(o.spec.is_some()) + usize::from(!o.lists.is_empty());
    if sources != 1 {
        return Err(Usage(format!(
            "give one phone: a catalog name, `--spec FILE`, or band flags\n{HELP}"
        )));
    }
    if !o.name.is_empty() {
        let phone = common::catalog_phone(db, &o.name.join(" "))?.clone();
        let mut warnings: Vec<Warning> = Vec::new();
        for w in phone.variants().iter().flat_map(Variant::warnings) {
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
        return Ok((phone, warnings));
    }
    if let Some(path) = &o.spec {
        let text = read_spec(path)?;
        // Input with no network rows is refused (exit 2) in both modes; strict also refuses warnings.
        let parsed: ParsedSpec = if o.strict {
            parse_spec_strict(&text)?
        } else {
            text.parse()?
        };
        let variants = parsed
            .variants
            .into_iter()
            .map(|v| v.with_volte(o.volte))
            .collect();
        let name = if path == "-" { "pasted spec" } else { path.as_str() };
        return Ok((Phone::new(name, variants), parsed.warnings));
    }
    let mut bands = BandSet::new();
    let mut unknown = Vec::new();
    for (t, text) in &o.lists {
        let list = parse_band_list(*t, text);
        if let Some(w) = list.warnings.first() {
            return Err(Usage(format!("in `--{t} {}`: {w}", printable(text))));
        }
        bands = bands.union(&list.bands);
        if list.unknown {
            unknown.push(*t);
        }
    }
    let variant = Variant::new("given bands", bands)
        .with_volte(o.volte)
        .with_unknown_technologies(unknown);
    Ok((Phone::new("given bands", vec![variant]), Vec::new()))
}

/// `text` with control characters escaped, for messages.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn read_spec(path: &str) -> Result<String, Usage> {
    let bytes = if path == "-" {
        let mut buffer = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buffer)
            .map_err(|e| Usage(format!("cannot read standard input: {e}")))?;
        buffer
    } else {
        std::fs::read(path).map_err(|e| Usage(format!("cannot read `{path}`: {e}")))?
    };
    // Invalid UTF-8 is replaced, not refused: the parser warns about what it cannot read.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The warnings about the input, once; the verdict per carrier for every variant; then each report with its
/// reasons.
fn human(phone: &Phone, warnings: &[Warning], reports: &[Report]) -> String {
    use std::fmt::Write;
    let paint = Painter::for_stdout();
    let mut out = format!("{}\n", phone.name());
    for w in warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    for variant in phone.variants() {
        let _ = writeln!(out, "\n[{}]", variant.name());
        for r in reports.iter().filter(|r| r.variant == variant.name()) {
            let _ = writeln!(out, "  {} — {}", paint.paint(r.verdict, &r.headline()), r.summary);
        }
    }
    out.push_str("\nWhy:\n");
    // A host's policy notes are printed once, not again for each brand that runs on it.
    let mut printed = std::collections::HashSet::new();
    for r in reports {
        let mut r = r.clone();
        r.caveats.retain(|c| printed.insert(c.clone()));
        let _ = write!(out, "\n{r}");
    }
    out
}
