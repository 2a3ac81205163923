//! A compact set of bands: one 128-bit word per technology, so set operations are a few instructions.

use std::fmt;
use std::str::FromStr;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::band::{Band, BandError};
use crate::technology::Technology;

/// A set of [`Band`]s across all technologies.
///
/// Iteration and printing go by technology (GSM, UMTS, CDMA, LTE, NR), then by band number.
/// The printed form is the bands' canonical ids joined by `", "`, and parses back to the same set.
///
/// ```
/// use bandcheck::BandSet;
/// let phone: BandSet = "B2, B66, n71".parse()?;
/// let carrier: BandSet = "B2, B12, B66".parse()?;
/// assert_eq!(phone.intersection(&carrier).to_string(), "B2, B66");
/// assert_eq!(carrier.difference(&phone).to_string(), "B12");
/// # Ok::<(), bandcheck::BandError>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct BandSet {
    words: [u128; Technology::COUNT],
}

impl BandSet {
    /// The empty set.
    pub const fn new() -> BandSet {
        BandSet {
            words: [0; Technology::COUNT],
        }
    }

    /// Adds a band; returns whether it was new.
    #[inline]
    pub fn insert(&mut self, band: Band) -> bool {
        let (word, mask) = self.slot(band);
        let added = *word & mask == 0;
        *word |= mask;
        added
    }

    /// Removes a band; returns whether it was present.
    pub fn remove(&mut self, band: Band) -> bool {
        let (word, mask) = self.slot(band);
        let present = *word & mask != 0;
        *word &= !mask;
        present
    }

    /// Whether the set holds `band`.
    #[inline]
    pub fn contains(&self, band: Band) -> bool {
        let (index, mask) = Self::position(band);
        self.words[index] & mask != 0
    }

    /// Bands in either set.
    pub fn union(&self, other: &BandSet) -> BandSet {
        self.zip(other, |a, b| a | b)
    }

    /// Bands in both sets.
    pub fn intersection(&self, other: &BandSet) -> BandSet {
        self.zip(other, |a, b| a & b)
    }

    /// Bands in `self` but not in `other`.
    pub fn difference(&self, other: &BandSet) -> BandSet {
        self.zip(other, |a, b| a & !b)
    }

    /// Whether every band of `self` is in `other`.
    pub fn is_subset(&self, other: &BandSet) -> bool {
        self.difference(other).is_empty()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The number of bands.
    pub fn len(&self) -> usize {
        // Most words are empty, and `count_ones` on a u128 is a long bit trick without a popcount instruction.
        self.words
            .iter()
            .filter(|w| **w != 0)
            .map(|w| w.count_ones() as usize)
            .sum()
    }

    /// The bands of one technology.
    pub fn of(&self, technology: Technology) -> BandSet {
        let mut only = BandSet::new();
        only.words[technology.index()] = self.words[technology.index()];
        only
    }

    /// Whether the set holds any band of `technology`.
    pub fn has_technology(&self, technology: Technology) -> bool {
        self.words[technology.index()] != 0
    }

    /// The bands in order: by technology, then by number.
    pub fn iter(&self) -> impl Iterator<Item = Band> + '_ {
        Technology::ALL.into_iter().flat_map(move |t| self.bands_of(t))
    }

    /// The bands in order, in a vector allocated once (filled per technology: extending from the flattened
    /// [`iter`](BandSet::iter) checks the capacity at every band).
    pub fn to_vec(&self) -> Vec<Band> {
        let mut bands = Vec::with_capacity(self.len());
        for t in Technology::ALL {
            bands.extend(self.bands_of(t));
        }
        bands
    }

    /// The bands of one technology, by number.
    fn bands_of(&self, technology: Technology) -> impl Iterator<Item = Band> {
        Bits(self.words[technology.index()]).map(move |bit| Band::from_bit(technology, bit))
    }

    pub(crate) fn word(&self, technology: Technology) -> u128 {
        self.words[technology.index()]
    }

    pub(crate) fn set_word(&mut self, technology: Technology, word: u128) {
        self.words[technology.index()] = word;
    }

    fn position(band: Band) -> (usize, u128) {
        let bit = band.bit();
        (band.technology().index(), 1u128 << bit)
    }

    fn slot(&mut self, band: Band) -> (&mut u128, u128) {
        let (index, mask) = Self::position(band);
        (&mut self.words[index], mask)
    }

    fn zip(&self, other: &BandSet, op: impl Fn(u128, u128) -> u128) -> BandSet {
        let mut out = BandSet::new();
        for i in 0..5 {
            out.words[i] = op(self.words[i], other.words[i]);
        }
        out
    }
}

/// The positions of the set bits of a word, lowest first.
pub(crate) struct Bits(pub(crate) u128);

impl Iterator for Bits {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        let bit = self.0.trailing_zeros();
        self.0 &= self.0 - 1;
        Some(bit)
    }
}

impl FromIterator<Band> for BandSet {
    fn from_iter<I: IntoIterator<Item = Band>>(iter: I) -> Self {
        let mut set = BandSet::new();
        set.extend(iter);
        set
    }
}

impl Extend<Band> for BandSet {
    fn extend<I: IntoIterator<Item = Band>>(&mut self, iter: I) {
        for band in iter {
            self.insert(band);
        }
    }
}

impl fmt::Display for BandSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, band) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(&band.id())?;
        }
        Ok(())
    }
}

impl fmt::Debug for BandSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BandSet{{{self}}}")
    }
}

/// Parses canonical band ids separated by commas (`"B2, B66, n71"`); the empty string is the empty set.
impl FromStr for BandSet {
    type Err = BandError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::parse::<Band>)
            .collect()
    }
}

/// Serialized as a map from technology id to the list of band ids, technologies without bands left out:
/// `{"lte": ["B2", "B66"], "nr": ["n71"]}`.
impl Serialize for BandSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present: Vec<Technology> = Technology::ALL
            .into_iter()
            .filter(|&t| self.has_technology(t))
            .collect();
        let mut map = serializer.serialize_map(Some(present.len()))?;
        for t in present {
            let bands: Vec<Band> = self.of(t).iter().collect();
            map.serialize_entry(t.id(), &bands)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(s: &str) -> BandSet {
        s.parse().unwrap()
    }

    #[test]
    fn set_operations() {
        let a = set("B2, B4, n71, II");
        let b = set("B4, B66, n71");
        assert_eq!(a.union(&b).to_string(), "II, B2, B4, B66, n71");
        assert_eq!(a.intersection(&b).to_string(), "B4, n71");
        assert_eq!(a.difference(&b).to_string(), "II, B2");
        assert_eq!(a.len(), 4);
        assert!(set("B4").is_subset(&b));
        assert!(!a.is_subset(&b));
        assert_eq!(a.of(Technology::Lte).to_string(), "B2, B4");
    }

    #[test]
    fn insert_and_remove_report_change() {
        let mut s = BandSet::new();
        let n261: Band = "n261".parse().unwrap();
        assert!(s.insert(n261));
        assert!(!s.insert(n261));
        assert!(s.contains(n261));
        assert!(s.remove(n261));
        assert!(!s.remove(n261));
        assert!(s.is_empty());
    }

    #[test]
    fn every_technology_prints_in_order() {
        let all = set("n260, B66, BC0, 1900, 850, I, XIX, n1, B1");
        assert_eq!(all.to_string(), "850, 1900, I, XIX, BC0, B1, B66, n1, n260");
        assert_eq!(all.to_string().parse::<BandSet>().unwrap(), all);
    }

    #[test]
    fn parse_errors_name_the_band() {
        assert_eq!(
            "B2, B15".parse::<BandSet>().unwrap_err().to_string(),
            "unknown band `B15`: no such LTE band in the 3GPP catalog"
        );
    }
}
