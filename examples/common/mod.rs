//! What the example binaries share: errors and exit codes, the database, dates, catalog look-up, the carrier list,
//! colour. Arguments are read by clap in each example.
#![allow(dead_code)] // each example uses a different part

use std::io::IsTerminal;
use std::process::ExitCode;

use bandcheck::{Database, Date, Host, Phone, PhoneLookupError, Verdict};

/// A message for the user and exit code 2: bad input.
pub struct Usage(pub String);

impl<T: std::fmt::Display> From<T> for Usage {
    fn from(error: T) -> Self {
        Usage(error.to_string())
    }
}

/// Runs `main`, printing a usage error to stderr with exit code 2.
pub fn run(main: impl FnOnce() -> Result<(), Usage>) -> ExitCode {
    match main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The flags every example takes: the date to answer for and the data to use.
#[derive(clap::Args)]
pub struct DataArgs {
    /// The date to answer for [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub as_of: Option<Date>,
    /// Your own data directory, laid over the embedded data (the layout of `bands/`)
    #[arg(long, value_name = "DIR")]
    pub data: Option<String>,
}

impl DataArgs {
    /// The database the flags name: the bundled data, or a user's directory laid over it.
    pub fn database(&self) -> Result<Database, Usage> {
        database(self.data.as_deref())
    }

    /// `--as-of`, or today.
    pub fn as_of(&self) -> Date {
        self.as_of.unwrap_or_else(Date::today)
    }
}

/// The bundled data, or a user's directory laid over it.
pub fn database(dir: Option<&str>) -> Result<Database, Usage> {
    match dir {
        Some(dir) => Ok(Database::from_dir(dir)?),
        None => Ok(Database::bundled().clone()),
    }
}

/// Reads `--as-of` for clap: a date like 2026-12-02.
pub fn date(text: &str) -> Result<Date, String> {
    text.parse().map_err(|e: bandcheck::DateError| e.to_string())
}

/// `--list-carriers`: one line a carrier or MVNO: id, name, and the networks it runs on.
pub fn carrier_list(db: &Database) -> String {
    let mut out = String::new();
    let hosts = |hosts: &[Host]| {
        hosts
            .iter()
            .map(|h| {
                let name = db.carrier(&h.id).map_or(h.id.as_str(), |c| c.name());
                match (&h.from, &h.note) {
                    (_, Some(note)) => format!("{name} ({note})"),
                    (Some(from), None) => format!("{name} (from {from})"),
                    (None, None) => name.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for c in db.carriers() {
        let also = if c.hosts().is_empty() {
            String::new()
        } else {
            format!("; also on {}", hosts(c.hosts()))
        };
        out.push_str(&format!("{:<20} {}  (carrier{also})\n", c.id(), c.name()));
    }
    for m in db.mvnos() {
        out.push_str(&format!(
            "{:<20} {}  (on {})\n",
            m.id(),
            m.name(),
            hosts(m.hosts())
        ));
    }
    out
}

/// A catalog phone by name: exact name, then alias, then "did you mean"; an ambiguous name lists the choices.
pub fn catalog_phone<'a>(db: &'a Database, name: &str) -> Result<&'a Phone, Usage> {
    db.resolve_phone(name).map_err(|error| match error {
        PhoneLookupError::NotFound { ref suggestions, .. } if suggestions.is_empty() => {
            Usage(format!("{error}; `--list-phones` lists the catalog"))
        }
        error => Usage(error.to_string()),
    })
}

/// Colours verdicts when writing to a terminal, unless `NO_COLOR` is set.
pub struct Painter {
    on: bool,
}

impl Painter {
    pub fn for_stdout() -> Painter {
        Painter {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// `text` in the verdict's colour: full green, partial yellow, none red, unknown grey.
    pub fn paint(&self, verdict: Verdict, text: &str) -> String {
        if !self.on {
            return text.to_string();
        }
        let code = match verdict {
            Verdict::Full => "32",
            Verdict::Partial => "33",
            Verdict::None => "31",
            _ => "90",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }
}

/// Writes the output in one go; a closed pipe (`| head`) ends the program quietly instead of panicking.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
