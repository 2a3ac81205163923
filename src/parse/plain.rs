//! The input made plain before it is read: Unicode spaces and hyphens become ASCII ones, HTML markup becomes
//! line breaks, tabs and characters (see `html`). Warnings point into the plain text; [`Plain::to_input`]
//! maps their offsets back to the input.

use std::borrow::Cow;

use super::html;

/// The plain text of an input, and where its pieces came from.
pub(super) struct Plain<'a> {
    pub(super) input: &'a str,
    pub(super) text: Cow<'a, str>,
    /// `(plain offset, input offset)` after each replacement, ascending; empty when nothing was replaced.
    map: Vec<(usize, usize)>,
}

impl<'a> Plain<'a> {
    pub(super) fn new(input: &'a str) -> Plain<'a> {
        let mut text = String::new();
        let mut map = Vec::new();
        let (mut i, mut copied) = (0, 0);
        while let Some(at) = next_special(input.as_bytes(), i) {
            let rest = &input[at..];
            match replacement(rest) {
                Some((len, plain)) => {
                    text.push_str(&input[copied..at]);
                    text.push_str(plain);
                    i = at + len;
                    copied = i;
                    map.push((text.len(), i));
                }
                None => i = at + rest.chars().next().map_or(1, char::len_utf8),
            }
        }
        if map.is_empty() {
            return Plain {
                input,
                text: Cow::Borrowed(input),
                map,
            };
        }
        text.push_str(&input[copied..]);
        Plain {
            input,
            text: Cow::Owned(text),
            map,
        }
    }

    /// The input offset of a plain-text offset.
    pub(super) fn to_input(&self, offset: usize) -> usize {
        let (plain, input) = match self.map.partition_point(|&(plain, _)| plain <= offset) {
            0 => (0, 0),
            n => self.map[n - 1],
        };
        (input + (offset - plain)).min(self.input.len())
    }
}

/// The first byte from `from` on that may start something to replace: non-ASCII, `<` or `&`.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    // The one optimisation of this file: it runs over every byte of every paste, and most pastes have nothing
    // to replace. Blocks of 32 bytes are tested without a branch per byte (which compilers vectorise); only a
    // block with a hit is searched.
    let special = |b: u8| !b.is_ascii() | (b == b'<') | (b == b'&');
    let rest = bytes.get(from..)?;
    let mut offset = from;
    for block in rest.chunks(32) {
        if block.iter().fold(false, |hit, &b| hit | special(b)) {
            return block.iter().position(|&b| special(b)).map(|i| offset + i);
        }
        offset += block.len();
    }
    None
}

/// The piece of markup or Unicode punctuation at the start of `rest`, with its length and plain form.
fn replacement(rest: &str) -> Option<(usize, &'static str)> {
    match rest.as_bytes()[0] {
        b'<' => html::tag(rest),
        b'&' => html::entity(rest),
        b if b.is_ascii() => None,
        _ => {
            let c = rest.chars().next()?;
            Some((c.len_utf8(), plain_char(c)?))
        }
    }
}

/// ASCII for the Unicode spaces and hyphens that copies from web pages carry.
pub(super) fn plain_char(c: char) -> Option<&'static str> {
    match c {
        // no-break, Ogham, en, em, thin, figure and narrow spaces, the ideographic space, zero-width space and
        // BOM: with the line breaks below, every Unicode space becomes ASCII
        '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200b}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{feff}' => Some(" "),
        // next line, line and paragraph separators
        '\u{85}' | '\u{2028}' | '\u{2029}' => Some("\n"),
        // hyphen, non-breaking hyphen, figure dash, en and em dashes, minus sign, small and full-width hyphens
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => Some("-"),
        '\u{d7}' => Some("x"),   // multiplication sign: `4×4 MIMO`, `1080×2400`
        '\u{ff0c}' => Some(","), // full-width comma
        '\u{ff1a}' => Some(":"), // full-width colon
        '\u{ff08}' => Some("("),
        '\u{ff09}' => Some(")"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unicode_space_becomes_an_ascii_one() {
        // The reader trims tags byte by byte, counting on this.
        let spaces = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        for c in spaces.filter(|c| !c.is_ascii()) {
            let plain = plain_char(c).unwrap_or_else(|| panic!("U+{:04X} stays", u32::from(c)));
            assert!(
                plain.bytes().all(|b| b.is_ascii_whitespace()),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn unicode_line_separators_break_lines() {
        let plain = Plain::new("4G bands\u{2028}1, 3\u{85}5G bands\u{2029}n78");
        assert_eq!(plain.text, "4G bands\n1, 3\n5G bands\nn78");
        let parsed = crate::parse_spec("4G bands\u{2028}1, 3");
        assert_eq!(parsed.variants()[0].bands().to_string(), "B1, B3");
        assert!(parsed.warnings().is_empty());
    }

    #[test]
    fn plain_ascii_is_borrowed() {
        let plain = Plain::new("4G bands\t1, 3 - SIM 1 & SIM 2");
        assert!(matches!(plain.text, Cow::Borrowed(_)));
        assert_eq!(plain.to_input(7), 7);
    }

    #[test]
    fn unicode_and_markup_become_ascii_with_offsets_kept() {
        let input = "FDD\u{2011}LTE (Bands\u{a0}1,\u{a0}3)<br>5G NR&nbsp;n78";
        let plain = Plain::new(input);
        assert_eq!(plain.text, "FDD-LTE (Bands 1, 3)\n5G NR n78");
        // `LTE` starts at byte 4 of the plain text and byte 6 of the input (the hyphen is 3 bytes).
        assert_eq!(plain.to_input(4), 6);
        let n78 = plain.text.find("n78").unwrap();
        assert_eq!(&input[plain.to_input(n78)..], "n78");
    }
}
