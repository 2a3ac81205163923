//! Calendar dates for shutdowns, policies and the as-of date of a check.

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Serialize, Serializer};

/// A calendar date (proleptic Gregorian), printed `YYYY-MM-DD`.
///
/// ```
/// let d: bandcheck::Date = "2022-02-22".parse()?;
/// assert_eq!(d.to_string(), "2022-02-22");
/// assert!("2022-02-30".parse::<bandcheck::Date>().is_err());
/// # Ok::<(), bandcheck::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A string that is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{0}`, expected YYYY-MM-DD")]
pub struct DateError(pub String);

impl Date {
    /// The earliest date bandcheck represents.
    pub const EARLIEST: Date = Date {
        year: 1900,
        month: 1,
        day: 1,
    };

    /// The date, if it exists (`2024-02-29` does, `2023-02-29` does not). Years 1900–9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// A TOML value that is a plain date (no time, no offset), as data files write dates.
    pub(crate) fn from_toml(value: &toml::value::Datetime) -> Option<Date> {
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) => Date::new(d.year, d.month, d.day),
            _ => None,
        }
    }

    /// Today's date in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_string());
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &s[r];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(year, month as u8, day as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_to_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(19_045).to_string(), "2022-02-22");
        assert_eq!(Date::from_days_since_epoch(11_016).to_string(), "2000-02-29");
        assert!(Date::today() > Date::new(2025, 1, 1).unwrap());
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2022-13-01",
            "2022-00-10",
            "22-02-22",
            "2022/02/22",
            "2022-02-2x",
            "+022-02-22",
        ] {
            assert_eq!(bad.parse::<Date>(), Err(DateError(bad.to_string())), "{bad}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
    }
}
