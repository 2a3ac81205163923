//! What a number or a word means in the technology being read: band numbers, MHz lists, keywords.

use crate::band::{Band, from_roman};
use crate::technology::Technology;

use super::lexer::{MAX_NUMBER, Prefix};

/// The technology that numbers are read in, switched by keywords (`HSDPA`, `CDMA`, `LTE`, `TD-LTE`, `5G`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// No technology named yet: a bare number cannot be placed.
    Unset,
    /// Numbers are bands (or MHz) of this technology.
    Tech(Technology),
    /// LTE named as TDD (`TD-LTE`, `LTE TDD`): numbers are LTE bands, and MHz are those of the TDD bands.
    TdLte,
    /// A technology bandcheck does not model (TD-SCDMA): its numbers are skipped.
    Ignored,
}

impl Context {
    /// The technology of numbers read in this context.
    pub(crate) fn technology(self) -> Option<Technology> {
        // Two tests rather than a `match`, which compiles to a jump through a table: this runs for every
        // number read, and nearly always in `Tech` (measured: 4% of the block's parse).
        if let Context::Tech(t) = self {
            Some(t)
        } else if self == Context::TdLte {
            Some(Technology::Lte)
        } else {
            None
        }
    }
}

/// What a word in a spec sheet means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyword {
    /// Switches the context (`GSM`, `HSDPA`, `CDMA2000`, `LTE`, `5G`).
    Switch(Context),
    /// `TDD` or `FDD` after `LTE` (`4G LTE TDD: …`): which LTE bands MHz name.
    Duplex { tdd: bool },
    /// Understood and carries nothing (`bands`, `SA/NSA`, `SIM`, `N/A`, `MIMO`).
    Filler,
    /// Says the row has no bands at all (`No`, `None`): none, not unknown.
    Nothing,
}

/// Every keyword, lowercase and separated by spaces, by what it means.
const KEYWORDS: [(Keyword, &str); 12] = [
    (GSM, "gsm 2g gprs edge egsm dcs pcs"),
    (UMTS, "hsdpa hsupa hspa hspa+ umts wcdma w-cdma 3g dc-hsdpa"),
    (
        CDMA,
        "cdma cdma2000 cdma1x 1x 1xrtt 1xev-do ev-do evdo 1xevdo cdma2000-1x",
    ),
    (LTE, "lte 4g fdd-lte lte-fdd lte-a 4g+"),
    (Keyword::Switch(Context::TdLte), "tdd-lte lte-tdd td-lte"),
    (NR, "nr 5g 5g-nr 5gnr nr-sa nr-nsa fdd-5g tdd-5g"),
    (Keyword::Switch(Context::Ignored), "td-scdma tdscdma td-hspa"),
    (Keyword::Duplex { tdd: true }, "tdd"),
    (Keyword::Duplex { tdd: false }, "fdd"),
    (
        Keyword::Filler,
        "band bands sa nsa sub6 sub-6 mmwave n a na mhz ghz rev rev.a ca mimo 4x4 2x2 laa gigabit dual-band \
         tri-band quad-band penta-band",
    ),
    (
        Keyword::Filler,
        "sim dual dual-sim unspecified unknown network only model models and support supported frequency \
         frequencies market dependant dependent varies with all",
    ),
    (Keyword::Nothing, "no none"),
];

const GSM: Keyword = Keyword::Switch(Context::Tech(Technology::Gsm));
const UMTS: Keyword = Keyword::Switch(Context::Tech(Technology::Umts));
const CDMA: Keyword = Keyword::Switch(Context::Tech(Technology::Cdma));
const LTE: Keyword = Keyword::Switch(Context::Tech(Technology::Lte));
const NR: Keyword = Keyword::Switch(Context::Tech(Technology::Nr));

/// Looks a word up, ignoring case.
pub(crate) fn keyword(word: &str) -> Option<Keyword> {
    // A hash table rather than a `match`: this runs for every word of every paste, and a `match` on strings
    // compiles to jumps on the length and the letters, which the processor mispredicts from word to word
    // (measured: the block parses about 6% faster). The word is read once, into a key both hashed and compared.
    if word.len() > LONGEST_KEYWORD {
        return None; // `International`: not even read
    }
    let key = keyword_key(word.as_bytes());
    let mut slot = keyword_slot(key);
    loop {
        let (stored, keyword) = KEYWORD_TABLE[slot]?;
        if stored == key {
            return Some(keyword);
        }
        slot = (slot + 1) % KEYWORD_SLOTS;
    }
}

/// The length of the longest keyword (`cdma2000-1x`, `frequencies`); building the table checks it.
const LONGEST_KEYWORD: usize = 11;

/// A word of at most 15 bytes, letters in lowercase, packed in one number with its length in the top byte:
/// the key of the hash table.
const fn keyword_key(word: &[u8]) -> u128 {
    // Two halves of 8 bytes: shifting a `u64` is one instruction, a `u128` several.
    let (mut low, mut high) = (0u64, (word.len() as u64) << 56);
    let mut i = 0;
    while i < word.len() {
        // Lowercase without a branch: bytes below `A` keep their value, and those from `A` up that are no
        // letters (`[` to `_`, non-ASCII) become bytes that no keyword holds.
        let folded = (word[i] | ((word[i] >= b'A') as u8) << 5) as u64;
        if i < 8 {
            low |= folded << (8 * i);
        } else {
            high |= folded << (8 * (i - 8));
        }
        i += 1;
    }
    (high as u128) << 64 | low as u128
}

/// The size of the hash table: a power of two, so that taking a slot modulo it is a mask.
const KEYWORD_SLOTS: usize = 256;

/// The slot a key is looked for from (then the next ones, by linear probing).
const fn keyword_slot(key: u128) -> usize {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 56) as usize % KEYWORD_SLOTS
}

/// The hash table of [`KEYWORDS`], built at compile time: each keyword's key and meaning, placed by linear
/// probing from its slot; at most half full, so that a word that is no keyword meets an empty slot soon.
const KEYWORD_TABLE: [Option<(u128, Keyword)>; KEYWORD_SLOTS] = {
    let mut table = [None; KEYWORD_SLOTS];
    let mut stored = 0;
    let mut group = 0;
    while group < KEYWORDS.len() {
        let (keyword, names) = KEYWORDS[group];
        let names = names.as_bytes();
        let mut start = 0;
        while start < names.len() {
            let mut end = start;
            while end < names.len() && names[end] != b' ' {
                end += 1;
            }
            let (name, _) = names.split_at(end);
            let (_, name) = name.split_at(start);
            assert!(
                name.len() <= LONGEST_KEYWORD,
                "LONGEST_KEYWORD is the longest keyword's length"
            );
            let key = keyword_key(name);
            let mut slot = keyword_slot(key);
            while table[slot].is_some() {
                slot = (slot + 1) % KEYWORD_SLOTS;
            }
            table[slot] = Some((key, keyword));
            stored += 1;
            start = end + 1;
        }
        group += 1;
    }
    assert!(stored <= KEYWORD_SLOTS / 2);
    table
};

/// What a number that names no band is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotBand {
    /// A frequency (an MHz list): which band it names is decided by `frequencies` once the whole list
    /// is known.
    Frequency(Frequency),
    /// A number that is no band of the technology; kept as unknown.
    Unknown { technology: Technology },
    /// Digits too long to be any band.
    TooLarge,
    /// A number outside any context (`66` before any `LTE`/`4G`).
    NoContext,
    /// A number in a technology bandcheck does not model (TD-SCDMA); skipped on purpose.
    Skipped,
}

/// A frequency in MHz listed for a technology.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frequency {
    pub(crate) technology: Technology,
    pub(crate) mhz: u16,
    /// Listed as TD-LTE: the frequency names a TDD band.
    pub(crate) tdd: bool,
}

/// Reads a number (with its prefix) in `context`: the band it names, or what else it is.
#[inline]
pub(crate) fn read_number(context: Context, prefix: Prefix, value: u32) -> Result<Band, NotBand> {
    if value > MAX_NUMBER {
        return Err(NotBand::TooLarge);
    }
    // A prefix names the technology when the context does not (`B66` alone is LTE, `n77` is NR).
    let technology = match (context.technology(), prefix) {
        _ if context == Context::Ignored => return Err(NotBand::Skipped),
        (_, Prefix::N) => Technology::Nr,
        (_, Prefix::Bc) => Technology::Cdma,
        (Some(t), _) => t,
        (None, Prefix::B) => Technology::Lte,
        (None, _) => return Err(NotBand::NoContext),
    };
    // No band number of these technologies reaches 400, and no frequency is below it.
    let is_mhz = prefix == Prefix::Mhz || (prefix == Prefix::None && value >= 400);
    let number = match technology {
        Technology::Nr => u16::try_from(value).ok(),
        _ if is_mhz => {
            return Err(NotBand::Frequency(Frequency {
                technology,
                mhz: value as u16, // at most MAX_NUMBER, and checked against tables only
                tdd: context == Context::TdLte,
            }));
        }
        Technology::Gsm => table_lookup(GSM_BY_3GPP_NUMBER, value),
        _ => u16::try_from(value).ok(),
    };
    number
        .and_then(|n| Band::new(technology, n))
        .ok_or(NotBand::Unknown { technology })
}

/// The 3GPP band number of each GSM band, for manufacturer lists like `GSM: B2/B3/B5/B8`.
const GSM_BY_3GPP_NUMBER: &[(u32, u16)] = &[(2, 1900), (3, 1800), (5, 850), (8, 900)];

pub(super) fn table_lookup(table: &[(u32, u16)], value: u32) -> Option<u16> {
    table
        .iter()
        .find(|(key, _)| *key == value)
        .map(|&(_, number)| number)
}

/// A UMTS band written as a Roman numeral (`II`, `XIX`).
pub(crate) fn read_roman(word: &str) -> Option<Band> {
    Band::new(Technology::Umts, from_roman(word)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(s: &str) -> Result<Band, NotBand> {
        Ok(s.parse().unwrap())
    }

    fn frequency(technology: Technology, mhz: u16, tdd: bool) -> Result<Band, NotBand> {
        Err(NotBand::Frequency(Frequency { technology, mhz, tdd }))
    }

    #[test]
    fn every_keyword_is_found_in_any_case() {
        for (meaning, names) in KEYWORDS {
            for name in names.split(' ') {
                assert_eq!(keyword(name), Some(meaning), "{name}");
                assert_eq!(keyword(&name.to_uppercase()), Some(meaning), "{name}");
            }
        }
        for word in [
            "",
            "International",
            "India",
            "bandss",
            "ltea",
            "gs",
            "5g5g",
            "sim1",
            "a\0",
            "LTE[",
            "s\u{c9}",
        ] {
            assert_eq!(keyword(word), None, "{word}");
        }
    }

    #[test]
    fn numbers_by_context() {
        let lte = Context::Tech(Technology::Lte);
        let umts = Context::Tech(Technology::Umts);
        let gsm = Context::Tech(Technology::Gsm);
        assert_eq!(read_number(lte, Prefix::None, 66), band("B66"));
        assert_eq!(read_number(lte, Prefix::N, 78), band("n78"));
        assert_eq!(read_number(Context::TdLte, Prefix::None, 38), band("B38"));
        assert_eq!(read_number(umts, Prefix::B, 5), band("V"));
        assert_eq!(read_number(umts, Prefix::None, 2), band("II"));
        assert_eq!(read_number(gsm, Prefix::B, 8), band("900"));
        assert_eq!(read_number(Context::Unset, Prefix::B, 3), band("B3"));
        assert_eq!(
            read_number(Context::Unset, Prefix::None, 3),
            Err(NotBand::NoContext)
        );
        assert_eq!(
            read_number(Context::Ignored, Prefix::B, 34),
            Err(NotBand::Skipped)
        );
        assert_eq!(
            read_number(umts, Prefix::None, 1700),
            frequency(Technology::Umts, 1700, false)
        );
        assert_eq!(
            read_number(Context::TdLte, Prefix::Mhz, 2600),
            frequency(Technology::Lte, 2600, true)
        );
    }

    #[test]
    fn absurd_numbers() {
        let lte = Context::Tech(Technology::Lte);
        let nr = Context::Tech(Technology::Nr);
        let unknown = |technology| Err(NotBand::Unknown { technology });
        assert_eq!(read_number(nr, Prefix::None, 4), unknown(Technology::Nr));
        assert_eq!(read_number(lte, Prefix::B, 999_999), unknown(Technology::Lte));
        assert_eq!(
            read_number(lte, Prefix::None, MAX_NUMBER + 1),
            Err(NotBand::TooLarge)
        );
        assert_eq!(read_number(lte, Prefix::None, 0), unknown(Technology::Lte));
    }
}
