//! The radio technologies a phone and a carrier can share.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// A radio access technology.
///
/// Printed in lowercase (`gsm`, `umts`, `cdma`, `lte`, `nr`), the form used in JSON and in data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Technology {
    /// 2G GSM (GPRS/EDGE).
    Gsm,
    /// 3G UMTS / WCDMA / HSPA.
    Umts,
    /// 2G/3G CDMA2000 (1xRTT, EV-DO).
    Cdma,
    /// 4G LTE.
    Lte,
    /// 5G New Radio.
    Nr,
}

impl Technology {
    /// How many technologies there are: the length of per-technology arrays.
    pub const COUNT: usize = 5;

    /// Every technology, oldest first.
    pub const ALL: [Technology; Technology::COUNT] = [
        Technology::Gsm,
        Technology::Umts,
        Technology::Cdma,
        Technology::Lte,
        Technology::Nr,
    ];

    /// The lowercase id: `gsm`, `umts`, `cdma`, `lte`, `nr`.
    pub fn id(self) -> &'static str {
        match self {
            Technology::Gsm => "gsm",
            Technology::Umts => "umts",
            Technology::Cdma => "cdma",
            Technology::Lte => "lte",
            Technology::Nr => "nr",
        }
    }

    /// The name people know it by: `GSM`, `UMTS`, `CDMA`, `LTE`, `5G NR`.
    pub fn label(self) -> &'static str {
        match self {
            Technology::Gsm => "GSM",
            Technology::Umts => "UMTS",
            Technology::Cdma => "CDMA",
            Technology::Lte => "LTE",
            Technology::Nr => "5G NR",
        }
    }

    /// Position in [`Technology::ALL`], used to index per-technology arrays.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Technology {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error for a technology name that is not one of `gsm`, `umts`, `cdma`, `lte`, `nr`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown technology `{0}`, expected one of gsm, umts, cdma, lte, nr")]
pub struct UnknownTechnology(pub String);

impl FromStr for Technology {
    type Err = UnknownTechnology;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Technology::ALL
            .into_iter()
            .find(|t| t.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownTechnology(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for t in Technology::ALL {
            assert_eq!(t.id().parse::<Technology>(), Ok(t));
            assert_eq!(Technology::ALL[t.index()], t);
        }
        assert_eq!(
            "wifi".parse::<Technology>().unwrap_err().to_string(),
            "unknown technology `wifi`, expected one of gsm, umts, cdma, lte, nr"
        );
    }
}
