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
use clap::Parser;
use common::{Painter, Usage};

/// Will this phone work on US carriers? Checks a catalog phone, a pasted spec sheet or band flags against every
/// carrier (or the ones named): the verdict and a one-line answer per carrier first, then why.
#[derive(Parser)]
#[command(name = "check", after_help = EXAMPLES)]
struct Options {
    /// A catalog phone, by name or alias (case and spacing do not matter; `+`, Pro and Ultra do)
    #[arg(value_name = "PHONE NAME")]
    name: Vec<String>,
    /// A pasted spec sheet: a file, or `-` for standard input (GSMArena's Network block or whole page,
    /// manufacturer pages, tables)
    #[arg(long, value_name = "FILE|-")]
    spec: Option<String>,
    /// GSM bands, in any accepted format (`850,1900` or `GSM 850 / 1900`)
    #[arg(long, value_name = "LIST")]
    gsm: Option<String>,
    /// UMTS bands (`II,IV,V` or `HSDPA 850 / 1700(AWS) / 1900`)
    #[arg(long, value_name = "LIST")]
    umts: Option<String>,
    /// CDMA band classes (`BC0,BC1` or `CDMA 800 / 1900`)
    #[arg(long, value_name = "LIST")]
    cdma: Option<String>,
    /// LTE bands (`2,4,12,66,71` or `B2/B4/B66`)
    #[arg(long, value_name = "LIST")]
    lte: Option<String>,
    /// 5G NR bands (`n41,n71,n77`)
    #[arg(long, value_name = "LIST")]
    nr: Option<String>,
    /// Whether the phone supports VoLTE, for a spec or band flags (catalog phones carry their own)
    #[arg(long, value_enum)]
    volte: Option<Volte>,
    /// A carrier or MVNO id, name or alias (repeatable; default: every carrier; `--list-carriers` lists them)
    #[arg(long = "carrier", value_name = "ID")]
    carriers: Vec<String>,
    #[command(flatten)]
    dates_and_data: common::DataArgs,
    /// Print one JSON object for tools instead of text
    #[arg(long)]
    json: bool,
    /// Refuse a spec sheet with anything the parser does not understand, instead of warning
    #[arg(long)]
    strict: bool,
    /// List the carrier and MVNO ids with their names and networks, and exit
    #[arg(long)]
    list_carriers: bool,
    /// List the catalog's phone names, and exit
    #[arg(long)]
    list_phones: bool,
}

const EXAMPLES: &str = "Examples:
  check \"Xiaomi 12\"                                   every carrier
  check \"Redmi Note 14 Pro+ 5G\" --carrier att --carrier mint
  check --spec examples/specs/poco_x5_pro.txt --json
  cat spec.txt | check --spec -                       a pasted spec on standard input
  check --lte 2,4,12,66,71 --nr n41,n71 --volte yes --carrier tmobile
  check \"POCO X3 NFC\" --as-of 2021-06-01             before the 3G shutdowns

Exit code 0: an answer (whatever the verdict); 2: bad input, with a message naming the bad value.";

/// `--volte`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Volte {
    Yes,
    No,
    Unknown,
}

fn main() -> ExitCode {
    let options = Options::parse();
    common::run(|| {
        let db = options.dates_and_data.database()?;
        if options.list_carriers {
            common::emit(&common::carrier_list(&db));
            return Ok(());
        }
        if options.list_phones {
            common::emit(&db.phones().map(|p| format!("{}\n", p.name())).collect::<String>());
            return Ok(());
        }
        let as_of = options.dates_and_data.as_of();
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

impl Options {
    /// The band flags given, by technology.
    fn lists(&self) -> Vec<(Technology, &str)> {
        [
            (Technology::Gsm, &self.gsm),
            (Technology::Umts, &self.umts),
            (Technology::Cdma, &self.cdma),
            (Technology::Lte, &self.lte),
            (Technology::Nr, &self.nr),
        ]
        .into_iter()
        .filter_map(|(t, list)| list.as_deref().map(|l| (t, l)))
        .collect()
    }

    fn volte(&self) -> Option<bool> {
        match self.volte? {
            Volte::Yes => Some(true),
            Volte::No => Some(false),
            Volte::Unknown => None,
        }
    }
}

/// The phone to check (from the catalog, a spec sheet, or band flags) and the warnings about it, each once.
fn phone(db: &Database, o: &Options) -> Result<(Phone, Vec<Warning>), Usage> {
    let lists = o.lists();
    let sources =
        usize::from(!o.name.is_empty()) + usize::from(o.spec.is_some()) + usize::from(!lists.is_empty());
    if sources != 1 {
        return Err(Usage(
            "give one phone: a catalog name, `--spec FILE`, or band flags (`--help` shows how)".to_string(),
        ));
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
        let warnings = parsed.warnings().to_vec();
        let variants = parsed
            .variants()
            .iter()
            .map(|v| v.clone().with_volte(o.volte()))
            .collect();
        let name = if path == "-" { "pasted spec" } else { path.as_str() };
        return Ok((Phone::new(name, variants), warnings));
    }
    let mut bands = BandSet::new();
    let mut unknown = Vec::new();
    for (t, text) in lists {
        let list = parse_band_list(t, text);
        if let Some(w) = list.warnings.first() {
            return Err(Usage(format!("in `--{t} {}`: {w}", printable(text))));
        }
        bands = bands.union(&list.bands);
        if list.unknown {
            unknown.push(t);
        }
    }
    let variant = Variant::new("given bands", bands)
        .with_volte(o.volte())
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
