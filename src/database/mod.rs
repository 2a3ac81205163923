//! The database: carriers, MVNOs and the phone catalog, bundled in the crate or read from a directory.

mod convert;
mod fast;
mod raw;

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::carrier::{Carrier, Mvno};
use crate::date::Date;
use crate::error::{DataError, FileContext};
use crate::phone::Phone;
use crate::spectrum::Spectrum;

/// The version of the bundled data; bumped whenever a fact changes.
pub const DATA_VERSION: &str = "2026.12.02";

/// Carrier files shipped in the crate (`bands/carriers/<id>.toml`).
const BUNDLED_CARRIERS: [(&str, &str); 7] = [
    ("att", include_str!("../../bands/carriers/att.toml")),
    ("tmobile", include_str!("../../bands/carriers/tmobile.toml")),
    ("verizon", include_str!("../../bands/carriers/verizon.toml")),
    ("boost", include_str!("../../bands/carriers/boost.toml")),
    ("uscellular", include_str!("../../bands/carriers/uscellular.toml")),
    ("cspire", include_str!("../../bands/carriers/cspire.toml")),
    (
        "appalachian",
        include_str!("../../bands/carriers/appalachian.toml"),
    ),
];

const BUNDLED_MVNOS: &str = include_str!("../../bands/mvnos.toml");

/// Phone catalog files shipped in the crate (`bands/phones/<brand>.toml`).
const BUNDLED_PHONES: [(&str, &str); 7] = [
    ("xiaomi", include_str!("../../bands/phones/xiaomi.toml")),
    ("apple", include_str!("../../bands/phones/apple.toml")),
    ("samsung", include_str!("../../bands/phones/samsung.toml")),
    ("google", include_str!("../../bands/phones/google.toml")),
    ("motorola", include_str!("../../bands/phones/motorola.toml")),
    ("oneplus", include_str!("../../bands/phones/oneplus.toml")),
    ("others", include_str!("../../bands/phones/others.toml")),
];

/// Names of every bundled file, relative to `bands/`, for the completeness test.
#[doc(hidden)]
pub fn bundled_file_names() -> Vec<String> {
    let carriers = BUNDLED_CARRIERS
        .iter()
        .map(|(id, _)| format!("carriers/{id}.toml"));
    let phones = BUNDLED_PHONES
        .iter()
        .map(|(brand, _)| format!("phones/{brand}.toml"));
    carriers.chain(phones).chain(["mvnos.toml".to_string()]).collect()
}

/// Carriers, MVNOs and phones, validated. Build one with [`Database::bundled`], [`Database::from_dir`] or
/// [`Database::from_toml_str`].
///
/// ```
/// use bandcheck::Database;
/// let db = Database::bundled();
/// assert_eq!(db.carrier("att").unwrap().name(), "AT&T");
/// assert!(db.target("Mint Mobile").is_some()); // carriers and MVNOs by id, name or alias
/// let phone = db.resolve_phone("xiaomi 12")?; // forgiving about case and spacing
/// assert_eq!(phone.name(), "Xiaomi 12");
///
/// // Your own data: one file's content (or a directory laid over the bundled data with `from_dir`).
/// let mine = Database::from_toml_str(
///     "mvnos.toml",
///     "checked = 2026-12-02\n[[mvno]]\nid = \"tiny\"\nname = \"Tiny\"\nhosts = [\"att\"]\nconfidence = \"low\"\nsources = [\"https://example.com\"]\n",
/// );
/// assert!(mine.is_err(), "an MVNO's host must be a carrier in the same database");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Database {
    carriers: Vec<Carrier>,
    mvnos: Vec<Mvno>,
    phones: Vec<CatalogPhone>,
    /// Each loaded file's `checked` date.
    checked: Vec<(String, Date)>,
}

/// A phone as a file gives it, with its aliases.
pub(super) type PhoneEntry = (Phone, Vec<String>);

/// A catalog phone with the other names it is found by.
#[derive(Debug, Clone)]
struct CatalogPhone {
    phone: Phone,
    aliases: Vec<String>,
}

/// What a carrier or MVNO id or alias names.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Target<'a> {
    /// A network operator.
    Carrier(&'a Carrier),
    /// A brand on other networks.
    Mvno(&'a Mvno),
}

impl Target<'_> {
    /// The id.
    pub fn id(&self) -> &str {
        match self {
            Target::Carrier(c) => c.id(),
            Target::Mvno(m) => m.id(),
        }
    }

    /// The name people use.
    pub fn name(&self) -> &str {
        match self {
            Target::Carrier(c) => c.name(),
            Target::Mvno(m) => m.name(),
        }
    }
}

impl Database {
    /// The data embedded in the crate, parsed and validated once.
    pub fn bundled() -> &'static Database {
        static BUNDLED: OnceLock<Database> = OnceLock::new();
        // The bundled files are validated by the test suite; a failure here is a build defect.
        BUNDLED.get_or_init(|| Database::load_bundled().unwrap_or_else(|e| panic!("bundled data: {e}")))
    }

    /// Parses and validates the embedded files. [`Database::bundled`] caches this.
    pub fn load_bundled() -> Result<Database, DataError> {
        let mut files: Vec<(String, &str)> = Vec::new();
        for (id, text) in BUNDLED_CARRIERS {
            files.push((format!("carriers/{id}.toml"), text));
        }
        files.push(("mvnos.toml".to_string(), BUNDLED_MVNOS));
        let mut db = Database::default();
        db.add_files(files.iter().map(|(name, text)| (name.as_str(), *text)))?;
        // All files' phones added at once (the same as file by file: the last phone of each name wins, in order),
        // and band lines shared across files parsed once.
        let mut phones = Vec::new();
        let mut lists = convert::BandLists::default();
        for (brand, text) in BUNDLED_PHONES {
            let file = format!("phones/{brand}.toml");
            let (file_phones, checked) = convert::phones(&FileContext { file: &file, text }, &mut lists)?;
            db.note_checked(&file, checked);
            phones.extend(file_phones);
        }
        db.add_phones(phones);
        Ok(db)
    }

    /// The bundled data with a user's directory laid over it. The directory has the bundled layout
    /// (`carriers/<id>.toml`, `mvnos.toml`, `phones/<name>.toml`, all optional); a carrier, MVNO or phone with
    /// a bundled id or name replaces the bundled one, others are added.
    ///
    /// # Errors
    ///
    /// [`DataError::Io`] if the directory or a file cannot be read; [`DataError::Invalid`] with file, line and
    /// column for malformed TOML, unknown keys, unknown bands, bad dates, duplicate ids, a downlink-only band with
    /// a coverage role, or an MVNO whose host does not exist.
    pub fn from_dir(path: impl AsRef<Path>) -> Result<Database, DataError> {
        let path = path.as_ref();
        let io = |p: &Path, e: std::io::Error| DataError::Io {
            path: p.display().to_string(),
            message: e.to_string(),
        };
        if !path.is_dir() {
            return Err(DataError::Io {
                path: path.display().to_string(),
                message: "not a directory".to_string(),
            });
        }
        let mut files = Vec::new();
        for sub in ["carriers", "phones"] {
            let dir = path.join(sub);
            if !dir.is_dir() {
                continue;
            }
            let mut entries: Vec<_> = std::fs::read_dir(&dir)
                .map_err(|e| io(&dir, e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            entries.sort();
            files.extend(entries);
        }
        let mvnos = path.join("mvnos.toml");
        if mvnos.is_file() {
            files.push(mvnos);
        }
        let texts = files
            .iter()
            .map(|f| std::fs::read_to_string(f).map_err(|e| io(f, e)).map(|t| (f, t)))
            .collect::<Result<Vec<_>, _>>()?;
        let mut db = Database::load_bundled()?;
        let named: Vec<(String, &str)> = texts
            .iter()
            .map(|(f, t)| (f.display().to_string(), t.as_str()))
            .collect();
        db.add_files(named.iter().map(|(n, t)| (n.as_str(), *t)))?;
        Ok(db)
    }

    /// A database of one file's content: `name` says what it is (`carriers/att.toml`, `mvnos.toml`,
    /// `phones/xiaomi.toml`) and is used in error messages.
    ///
    /// # Errors
    ///
    /// As [`Database::from_dir`]; a name of no known kind is an error at line 1.
    pub fn from_toml_str(name: &str, text: &str) -> Result<Database, DataError> {
        let mut db = Database::default();
        db.add_files([(name, text)])?;
        Ok(db)
    }

    /// Adds files (name, text), replacing entries with the same id, then checks references across files.
    fn add_files<'a>(
        &mut self,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<(), DataError> {
        let mut host_refs = Vec::new();
        for (name, text) in files {
            let context = FileContext { file: name, text };
            let normalized = name.replace('\\', "/");
            let stem = Path::new(name)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            if normalized.ends_with("mvnos.toml") {
                let (mvnos, checked) = convert::mvnos(&context)?;
                self.note_checked(name, checked);
                for (mvno, span) in mvnos {
                    for host in mvno.hosts() {
                        host_refs.push((name, text, mvno.id().to_string(), host.id.clone(), span.clone()));
                    }
                    self.mvnos.retain(|m| m.id() != mvno.id());
                    self.mvnos.push(mvno);
                }
            } else if normalized.contains("carriers/") {
                let carrier = convert::carrier(&context, Some(stem))?;
                self.note_checked(name, carrier.checked());
                self.carriers.retain(|c| c.id() != carrier.id());
                self.carriers.push(carrier);
            } else if normalized.contains("phones/") {
                let (phones, checked) = convert::phones(&context, &mut convert::BandLists::default())?;
                self.note_checked(name, checked);
                self.add_phones(phones);
            } else {
                return Err(context.error(0..0, format!("unknown data file `{name}`, expected carriers/<id>.toml, mvnos.toml or phones/<name>.toml")));
            }
        }
        for (file, text, mvno, host, span) in host_refs {
            if self.carrier(&host).is_none() {
                let context = FileContext { file, text };
                return Err(context.error(
                    span,
                    format!("MVNO `{mvno}` names host `{host}`, which is no carrier id"),
                ));
            }
        }
        for carrier in &self.carriers {
            if let Some(host) = carrier.hosts().iter().find(|h| self.carrier(&h.id).is_none()) {
                return Err(DataError::Invalid {
                    file: format!("carriers/{}.toml", carrier.id()),
                    line: 1,
                    column: 1,
                    message: format!(
                        "carrier `{}` names host `{}`, which is no carrier id",
                        carrier.id(),
                        host.id
                    ),
                });
            }
        }
        self.check_unique_ids()
    }

    /// Records when a loaded file was last checked; a file laid over another of the same name replaces its date.
    fn note_checked(&mut self, file: &str, date: Date) {
        self.checked.retain(|(f, _)| f != file);
        self.checked.push((file.to_string(), date));
    }

    /// The oldest `checked` date of the loaded data files and the band catalog: every fact was checked against
    /// its sources on or after this date. `None` for an empty database.
    ///
    /// ```
    /// let db = bandcheck::Database::bundled();
    /// assert!(db.checked().unwrap() >= "2026-11-26".parse().unwrap());
    /// ```
    pub fn checked(&self) -> Option<Date> {
        let files = self.checked.iter().map(|(_, d)| *d);
        files
            .min()
            .map(|oldest| Spectrum::bundled().checked().map_or(oldest, |s| s.min(oldest)))
    }

    /// Adds phones, each replacing a phone of the same name.
    fn add_phones(&mut self, phones: Vec<PhoneEntry>) {
        // One pass, not one per phone: the last phone of each name wins.
        let last: HashMap<&str, usize> = phones
            .iter()
            .enumerate()
            .map(|(i, (phone, _))| (phone.name(), i))
            .collect();
        self.phones.retain(|p| !last.contains_key(p.phone.name()));
        let wins: Vec<bool> = phones
            .iter()
            .enumerate()
            .map(|(i, (phone, _))| last[phone.name()] == i)
            .collect();
        let added = phones.into_iter().zip(wins).filter(|(_, wins)| *wins);
        self.phones
            .extend(added.map(|((phone, aliases), _)| CatalogPhone { phone, aliases }));
    }

    fn check_unique_ids(&self) -> Result<(), DataError> {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (id, kind) in self
            .carriers
            .iter()
            .map(|c| (c.id(), "carrier"))
            .chain(self.mvnos.iter().map(|m| (m.id(), "MVNO")))
        {
            if let Some(other) = seen.insert(id, kind) {
                return Err(DataError::Invalid {
                    file: "mvnos.toml".to_string(),
                    line: 1,
                    column: 1,
                    message: format!("duplicate id `{id}`: used by a {other} and a {kind}"),
                });
            }
        }
        Ok(())
    }

    /// Every carrier (network operator), in file order.
    pub fn carriers(&self) -> &[Carrier] {
        &self.carriers
    }

    /// Every MVNO.
    pub fn mvnos(&self) -> &[Mvno] {
        &self.mvnos
    }

    /// The carrier with this id (exact).
    pub fn carrier(&self, id: &str) -> Option<&Carrier> {
        self.carriers.iter().find(|c| c.id() == id)
    }

    /// The carrier or MVNO an id, name or alias names, ignoring case, spaces and punctuation
    /// (`att`, `AT&T`, `T-Mobile`, `Mint Mobile`).
    pub fn target(&self, name: &str) -> Option<Target<'_>> {
        let key = squash(name);
        let matches = |id: &str, full: &str, aliases: &[String]| {
            squash(id) == key || squash(full) == key || aliases.iter().any(|a| squash(a) == key)
        };
        self.carriers
            .iter()
            .find(|c| matches(c.id(), c.name(), c.aliases()))
            .map(Target::Carrier)
            .or_else(|| {
                self.mvnos
                    .iter()
                    .find(|m| matches(m.id(), m.name(), m.aliases()))
                    .map(Target::Mvno)
            })
    }

    /// Every carrier and MVNO id, carriers first.
    pub fn target_ids(&self) -> Vec<&str> {
        self.carriers
            .iter()
            .map(Carrier::id)
            .chain(self.mvnos.iter().map(|m| m.id()))
            .collect()
    }

    /// Every catalog phone.
    pub fn phones(&self) -> impl Iterator<Item = &Phone> {
        self.phones.iter().map(|p| &p.phone)
    }

    /// The catalog phone a name or alias names, as [`Database::resolve_phone`]; `None` when it names no
    /// phone or several.
    pub fn phone(&self, name: &str) -> Option<&Phone> {
        self.resolve_phone(name).ok()
    }

    /// The catalog phone a name names. In order: the exact name (ignoring case and repeated spaces:
    /// `Redmi Note 14 Pro+ 5G` is not `Redmi Note 14 Pro 5G`), an exact alias (GSMArena's titles such as
    /// `Xiaomi Poco X6 Pro`), the name or an alias ignoring punctuation (`+` reads as `plus`), a name that
    /// only adds `4G` or `5G`, then the name without a trailing `4G` or `5G` (`5G` only for a phone with NR
    /// bands: `Xiaomi Redmi Note 13 Pro 5G` finds `Redmi Note 13 Pro`).
    ///
    /// # Errors
    ///
    /// [`PhoneLookupError::Ambiguous`] when several phones answer at the first step that finds any, with
    /// their names sorted; [`PhoneLookupError::NotFound`] with the closest names otherwise.
    pub fn resolve_phone(&self, name: &str) -> Result<&Phone, PhoneLookupError> {
        let exact = exact_key(name);
        let loose = loose_key(name);
        // The query without a trailing "4G"/"5G" the catalog name leaves out ("Xiaomi Redmi Note 13 Pro 5G"
        // for "Redmi Note 13 Pro"); "5G" only finds a phone with NR bands.
        let (bare, wants_nr) = match loose.strip_suffix("5g") {
            Some(bare) => (bare, true),
            None => (loose.strip_suffix("4g").unwrap_or_default(), false),
        };
        let steps: [&dyn Fn(&CatalogPhone) -> bool; 5] = [
            &|p| exact_key(p.phone.name()) == exact,
            &|p| p.aliases.iter().any(|a| exact_key(a) == exact),
            &|p| loose_key(p.phone.name()) == loose || p.aliases.iter().any(|a| loose_key(a) == loose),
            &|p| {
                let generation = |key: String| {
                    key.strip_prefix(loose.as_str())
                        .is_some_and(|rest| rest == "4g" || rest == "5g")
                };
                !loose.is_empty()
                    && (generation(loose_key(p.phone.name()))
                        || p.aliases.iter().any(|a| generation(loose_key(a))))
            },
            &|p| {
                !bare.is_empty()
                    && (loose_key(p.phone.name()) == bare || p.aliases.iter().any(|a| loose_key(a) == bare))
                    && (!wants_nr
                        || p.phone
                            .variants()
                            .iter()
                            .any(|v| v.bands().has_technology(crate::technology::Technology::Nr)))
            },
        ];
        for step in steps {
            let found: Vec<&Phone> = self.phones.iter().filter(|p| step(p)).map(|p| &p.phone).collect();
            match found.as_slice() {
                [] => continue,
                [one] => return Ok(one),
                many => {
                    let mut choices: Vec<String> = many.iter().map(|p| p.name().to_string()).collect();
                    choices.sort();
                    return Err(PhoneLookupError::Ambiguous {
                        name: name.to_string(),
                        choices,
                    });
                }
            }
        }
        Err(PhoneLookupError::NotFound {
            name: name.to_string(),
            suggestions: self
                .suggest_phones(name)
                .into_iter()
                .map(str::to_string)
                .collect(),
        })
    }

    /// Catalog names closest to `name`, best first, for "did you mean".
    pub fn suggest_phones(&self, name: &str) -> Vec<&str> {
        let key = loose_key(name);
        let mut scored: Vec<(usize, &str)> = self
            .phones
            .iter()
            .map(|p| {
                let candidate = loose_key(p.phone.name());
                let distance = if candidate.contains(&key) && !key.is_empty() {
                    0
                } else {
                    edit_distance(&key, &candidate)
                };
                (distance, p.phone.name())
            })
            .filter(|(d, _)| *d <= key.len().max(3) / 2)
            .collect();
        scored.sort();
        scored.into_iter().take(5).map(|(_, n)| n).collect()
    }
}

/// Why a name finds no single catalog phone.
///
/// ```
/// use bandcheck::{Database, PhoneLookupError};
/// let db = Database::bundled();
/// match db.resolve_phone("Redmi Note 14") {
///     Err(PhoneLookupError::Ambiguous { choices, .. }) => assert!(choices.len() >= 2),
///     other => panic!("{other:?}"),
/// }
/// let error = db.resolve_phone("Xiaomi 12 Prro").unwrap_err();
/// assert!(error.to_string().contains("did you mean `Xiaomi 12 Pro`"), "{error}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneLookupError {
    /// No phone has this name or alias; `suggestions` are the closest names, best first.
    #[error("no phone `{name}` in the catalog{}", did_you_mean(suggestions))]
    NotFound {
        /// The name asked for.
        name: String,
        /// Close catalog names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// Several phones answer to this name.
    #[error("phone name `{name}` is ambiguous: it may be {}", quoted(choices))]
    Ambiguous {
        /// The name asked for.
        name: String,
        /// The catalog names it may mean.
        choices: Vec<String>,
    },
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", quoted(suggestions))
    }
}

/// A name as typed, ignoring case and repeated spaces only.
fn exact_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Lowercase letters and digits, `+` read as `plus`: names compared ignoring punctuation.
fn loose_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '+' {
            key.push_str("plus");
        } else if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        }
    }
    key
}

/// Lowercase letters and digits only: how names are compared.
pub(crate) fn squash(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Levenshtein distance, for suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}
