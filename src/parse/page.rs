//! A whole spec page selected and copied (GSMArena's Network … Launch, Body, Display … Tests, or a maker's
//! page): which lines are network rows. A line is classified from its first words, before it is lexed.

use super::meaning::{self, Keyword};

/// What a line of a page is, for the network block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Line {
    /// The network section's heading, alone or with words that say nothing more (`Network`,
    /// `Cellular and Wireless`, `Network & Connectivity`).
    NetworkHeading,
    /// A network row that carries no bands (`Technology`, `Speed`, `Network Type`); its value may stand on
    /// the next line.
    NoBands { value_on_next_line: bool },
    /// The heading or a row of another section (`Launch`, `Body`, `Dimensions`, `Battery`, `Wi-Fi`): the
    /// network block ends here.
    OtherSection,
    /// A row that starts with a technology (`4G bands`, `LTE`, `5G NR`, `Network 4G`): it starts a network
    /// block again after another section.
    NetworkRow,
    /// Anything else: continuation lines (`1, 3, 5 - India`), manufacturer lists, text to be warned about.
    Other,
    /// Page markup that says nothing (`[row ]`, `[/col]` in a WordPress page, `{|`, `|-` in a wiki table).
    Ignored,
}

/// Headings of the network section.
const NETWORK_HEADINGS: [&str; 4] = ["network", "cellular", "general", "networks"];
/// Words that may follow a network heading without saying anything (`Network & Connectivity`).
const HEADING_FILLER: [&str; 5] = ["and", "connectivity", "wireless", "bearer", "connections"];
/// Rows of the network section without bands. After `Network`, `Type` is one of them.
const NO_BAND_ROWS: [&str; 4] = ["technology", "speed", "gprs", "edge"];
/// Headings and row labels of the other sections of GSMArena's pages and makers' spec pages.
const OTHER_SECTIONS: &[&str] = &[
    "launch",
    "announced",
    "status",
    "released",
    "body",
    "dimensions",
    "weight",
    "build",
    "sim",
    "display",
    "size",
    "resolution",
    "protection",
    "platform",
    "os",
    "chipset",
    "cpu",
    "gpu",
    "processor",
    "chip",
    "memory",
    "card",
    "internal",
    "storage",
    "capacity",
    "main",
    "selfie",
    "camera",
    "video",
    "sound",
    "loudspeaker",
    "audio",
    "comms",
    "connectivity",
    "wlan",
    "wi-fi",
    "wifi",
    "bluetooth",
    "positioning",
    "location",
    "gps",
    "nfc",
    "radio",
    "infrared",
    "usb",
    "features",
    "sensors",
    "battery",
    "charging",
    "misc",
    "colors",
    "colours",
    "models",
    "price",
    "sar",
    "tests",
    "performance",
    "durability",
];

/// Classifies a line of a page by its first words. A line starting with a technology is a [`Line::NetworkRow`]
/// when it reads as a band row, which is only checked when `check_label` (outside a network block).
pub(super) fn classify(line: &str, check_label: bool) -> Line {
    let trimmed = line.trim_start();
    match trimmed.as_bytes().first() {
        Some(b'[') => classify_shortcode(&trimmed[1..]),
        // MediaWiki table markup: start, end, row separator, caption.
        Some(b'{' | b'|') if ["{|", "|}", "|-", "|+"].iter().any(|m| trimmed.starts_with(m)) => Line::Ignored,
        // A Markdown heading is a section heading: `## Network`, or another section (`# Pixel 8 Pro`).
        Some(b'#') => match classify_words(line, check_label) {
            Line::Other => Line::OtherSection,
            kind => kind,
        },
        // A generation label (`4G bands`, `2G Network`) or a continuation line (`1, 3, 5 - India`).
        Some(b'0'..=b'9') => match generation_label(trimmed) {
            Some(label) if !check_label || is_row_label(line, label) => Line::NetworkRow,
            _ => Line::Other,
        },
        _ => classify_words(line, check_label),
    }
}

/// `2G` … `5G` starting `text` as a word of its own.
fn generation_label(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let generation = matches!(bytes, [b'2'..=b'5', b'g' | b'G', ..]);
    let word_ends = bytes
        .get(2)
        .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-');
    (generation && word_ends).then(|| &text[..2])
}

/// Classifies a line by its first words.
fn classify_words(line: &str, check_label: bool) -> Line {
    let mut words = words(line);
    let Some(first) = words.next() else {
        return Line::Other;
    };
    // Band rows and their continuation lines start with a digit (`4G bands`, `1, 3, 5`).
    if first.as_bytes()[0].is_ascii_digit() {
        return if is_technology(first) && (!check_label || is_row_label(line, first)) {
            Line::NetworkRow
        } else {
            Line::Other
        };
    }
    if is_one_of(first, &NETWORK_HEADINGS) {
        return after_network_heading(words);
    }
    if is_one_of(first, &NO_BAND_ROWS) {
        return no_bands(words);
    }
    if is_technology(first) {
        return if !check_label || is_row_label(line, first) {
            Line::NetworkRow
        } else {
            Line::Other
        };
    }
    if is_one_of(first, OTHER_SECTIONS) {
        return Line::OtherSection;
    }
    Line::Other
}

/// Whether a line starting with a technology reads as a band row: the technology is followed by a colon, a tab,
/// a number, a bracket or another technology or band word (`LTE: B2/B4`, `4G bands`, `5G NR (Bands n1)`,
/// `TD-LTE 2300`), not by prose (`2G - up to 9 hours` under Battery life).
fn is_row_label(line: &str, first: &str) -> bool {
    // `first` is a slice of `line`: what follows it starts where it ends.
    let first_end = first.as_ptr() as usize - line.as_ptr() as usize + first.len();
    let after = &line[first_end..];
    let next = after.trim_start_matches(' ').chars().next();
    let labelled = matches!(next, None | Some(':' | '\t' | '(' | '0'..='9'));
    let band_word = ["bands", "band", "network", "fdd", "tdd", "sa", "nsa", "sub6"];
    labelled
        || words(after)
            .next()
            .is_some_and(|w| is_one_of(w, &band_word) || is_technology(w))
}

/// WordPress shortcodes (`[title text="Network"]`, `[col span="1/3" ]`): a title heads a section, the rest is
/// layout.
fn classify_shortcode(shortcode: &str) -> Line {
    let Some(title) = shortcode.strip_prefix("title text=\"") else {
        return if shortcode.ends_with(']') {
            Line::Ignored
        } else {
            Line::Other
        };
    };
    let title = title.split('"').next().unwrap_or_default();
    match words(title).next() {
        Some(first) if is_one_of(first, &NETWORK_HEADINGS) => Line::NetworkHeading,
        _ => Line::OtherSection,
    }
}

/// `Network` heads the section; `Network Technology …` or `Network Type …` is a row without bands;
/// `Network 4G …` is a band row.
fn after_network_heading<'a>(mut words: impl Iterator<Item = &'a str>) -> Line {
    loop {
        match words.next() {
            None => return Line::NetworkHeading,
            Some(word) if is_one_of(word, &HEADING_FILLER) => continue,
            Some(word) if is_one_of(word, &NO_BAND_ROWS) || word.eq_ignore_ascii_case("type") => {
                return no_bands(words);
            }
            Some(word) if is_technology(word) => return Line::NetworkRow,
            Some(_) => return Line::NetworkHeading,
        }
    }
}

fn no_bands<'a>(mut words: impl Iterator<Item = &'a str>) -> Line {
    Line::NoBands {
        value_on_next_line: words.next().is_none(),
    }
}

/// Whether a word switches to a technology (`4G`, `LTE`, `GSM`, `TD-SCDMA`).
fn is_technology(word: &str) -> bool {
    matches!(meaning::keyword(word), Some(Keyword::Switch(_)))
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The ASCII words of a line: letters and digits, joined by inner hyphens (`FDD-LTE`, `TD-SCDMA`).
fn words(line: &str) -> Words<'_> {
    Words { line, at: 0 }
}

/// Iterator of [`words`], walking bytes: a word is ASCII, so it starts and ends on character boundaries.
struct Words<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.line.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
        loop {
            let mut start = self.at;
            while start < bytes.len() && !is_word(bytes[start]) {
                start += 1;
            }
            if start == bytes.len() {
                return None;
            }
            let mut end = start;
            while end < bytes.len() && is_word(bytes[end]) {
                end += 1;
            }
            self.at = end;
            let word = &self.line[start..end];
            // Hyphens join words; at either end they are dashes.
            let word = if word.starts_with('-') || word.ends_with('-') {
                word.trim_matches('-')
            } else {
                word
            };
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_a_gsmarena_page() {
        let cases = [
            (
                "Network\tTechnology\tGSM / HSPA / LTE / 5G",
                Line::NoBands {
                    value_on_next_line: false,
                },
            ),
            (
                "NETWORK\tTechnology\t",
                Line::NoBands {
                    value_on_next_line: true,
                },
            ),
            ("Network", Line::NetworkHeading),
            ("Network & Connectivity", Line::NetworkHeading),
            ("Cellular and Wireless", Line::NetworkHeading),
            (
                "Network Type\tLTE",
                Line::NoBands {
                    value_on_next_line: false,
                },
            ),
            ("2G bands\tGSM 850 / 900", Line::NetworkRow),
            ("5G NR (Bands n1, n78)", Line::NetworkRow),
            ("FDD-LTE: B1/B3", Line::NetworkRow),
            ("• 4G LTE: 1, 3", Line::NetworkRow),
            (" \t1, 2, 3, 5 - India", Line::Other),
            (
                "Speed\tHSPA, LTE-A, 5G",
                Line::NoBands {
                    value_on_next_line: false,
                },
            ),
            ("Launch\tAnnounced\t2023, February 06", Line::OtherSection),
            ("Body\tDimensions\t162.9 x 76 x 7.9 mm", Line::OtherSection),
            ("Weight\t181 g (6.38 oz)", Line::OtherSection),
            ("Display\tType\tAMOLED, 120Hz, 900 nits (HBM)", Line::OtherSection),
            ("General Information", Line::NetworkHeading),
            ("Wi-Fi 6E (802.11ax) with 2x2 MIMO", Line::OtherSection),
            ("Bluetooth 5.3", Line::OtherSection),
            ("Charging\t67W wired", Line::OtherSection),
            ("3.5mm jack\tYes", Line::Other),
            ("## Network", Line::NetworkHeading),
            ("# Pixel 8 Pro Specifications", Line::OtherSection),
            ("# 4G LTE: 1, 3", Line::NetworkRow),
            ("Operating Frequency: 5G NR: n1/n3", Line::Other),
            ("[title text=\"Network\"]", Line::NetworkHeading),
            ("[title text=\"Battery Life (Talk)\"]", Line::OtherSection),
            ("[col span=\"1/3\" ]", Line::Ignored),
            ("2G - up to 9 Hours", Line::Other),
            ("LTE: B2/B4/B12", Line::NetworkRow),
            ("TD-LTE 2300 (Bands 1, 3)", Line::NetworkRow),
        ];
        for (line, kind) in cases {
            assert_eq!(classify(line, true), kind, "{line:?}");
        }
    }
}
