//! What the example binaries share: argument reading, the database, dates, catalog look-up, colour.
#![allow(dead_code)] // each example uses a different part

use std::io::IsTerminal;
use std::process::ExitCode;

use bandcheck::{Database, Date, Phone, PhoneLookupError, Verdict};

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

/// Command-line arguments, read one at a time.
pub struct Args {
    rest: std::vec::IntoIter<String>,
}

impl Args {
    pub fn from_env() -> Args {
        Args {
            rest: std::env::args().skip(1).collect::<Vec<_>>().into_iter(),
        }
    }

    pub fn next(&mut self) -> Option<String> {
        self.rest.next()
    }

    /// The value after `--flag`.
    pub fn value(&mut self, flag: &str) -> Result<String, Usage> {
        self.rest
            .next()
            .ok_or_else(|| Usage(format!("`{flag}` needs a value")))
    }
}

/// The bundled data, or a user's directory laid over it.
pub fn database(dir: Option<&str>) -> Result<Database, Usage> {
    match dir {
        Some(dir) => Ok(Database::from_dir(dir)?),
        None => Ok(Database::bundled().clone()),
    }
}

/// `--as-of`, or today.
pub fn as_of(text: Option<&str>) -> Result<Date, Usage> {
    Ok(text.map(str::parse).transpose()?.unwrap_or_else(Date::today))
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
