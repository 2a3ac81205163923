//! Splits one line of a spec sheet into tokens with byte spans. Knows nothing of bands; a word that is a
//! keyword carries its meaning, looked up once here.

use std::ops::Range;

use super::meaning::{self, Keyword};

/// A piece of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// Digits, maybe with a band prefix (`B66`, `n77`, `BC0`) or a unit suffix (`850MHz`). The value is read
    /// while the digits are scanned and stops growing just past [`MAX_NUMBER`].
    Number { prefix: Prefix, value: u32 },
    /// A keyword (`HSDPA`, `TD-SCDMA`, `1xEV-DO`, `bands`), with its meaning.
    Keyword(&'a str, Keyword),
    /// Any other run of letters and digits that is not a number (`International`, `II`, `GX7AS`).
    Word(&'a str),
    /// Parenthesised text glued to the token before it (`2100` in `1(2100)`, `AWS` in `1700(AWS)`).
    Annotation(&'a str),
    /// Parenthesised text standing alone (`(USA/Canada)`, `(unspecified)`), without the parentheses.
    Group(&'a str),
    /// ` - ` (dashes of every kind are hyphens by now): what follows names the variant.
    TagDash,
    /// `|` (or a wiki table's `!`), which scrapers use both as a comma and as a line break.
    Bar,
    /// Characters that belong to no token (`#`, `?`, stray Unicode).
    Stray(&'a str),
}

/// The letters in front of a band number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prefix {
    None,
    /// `B` or `b` (an LTE band, or a band number in a WCDMA/GSM list).
    B,
    /// `n` or `N` (an NR band).
    N,
    /// `BC` (a CDMA band class).
    Bc,
    /// A `MHz` suffix (`850MHz`).
    Mhz,
}

/// Tokens of `line`, whose first byte is at `offset` in the whole input.
pub(crate) fn tokens(line: &str, offset: usize) -> Vec<(Token<'_>, Range<usize>)> {
    let mut out = Vec::new();
    tokens_into(line, offset, &mut out);
    out
}

/// [`tokens`] into a buffer the caller reuses from line to line.
pub(crate) fn tokens_into<'a>(line: &'a str, offset: usize, out: &mut Vec<(Token<'a>, Range<usize>)>) {
    out.clear();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        let token = if is_separator(b) {
            // The most common bytes first: this loop runs for every byte of the input.
            i += 1;
            None
        } else if let Some((end, value)) = plain_number(bytes, i) {
            // A bare band number, the commonest token.
            i = end;
            Some(Token::Number {
                prefix: Prefix::None,
                value,
            })
        } else if b.is_ascii_alphanumeric() {
            i = word_end(bytes, i);
            // Text glued together by careless copies: `784G` (78, then `4G`), `66-EU`, `8Supports`, `GSM850`.
            let word = &bytes[start..i];
            if let Some(cut) = glued_number_end(word).or_else(|| glued_label_end(word)) {
                i = start + cut;
            }
            Some(classify(&line[start..i]))
        } else if b == b'(' {
            let close = line[i..].find(')').map_or(bytes.len(), |c| i + c);
            let inner = line[i + 1..close].trim();
            let glued = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
            i = (close + 1).min(bytes.len());
            Some(if glued {
                Token::Annotation(inner)
            } else {
                Token::Group(inner)
            })
        } else if b == b'-' {
            i += 1;
            let spaced_before = start == 0 || bytes[start - 1].is_ascii_whitespace();
            let spaced_after = bytes.get(i).is_none_or(|c| c.is_ascii_whitespace());
            // `66-EU`: a region code glued to the last band number.
            let glued_region =
                start > 0 && bytes[start - 1].is_ascii_digit() && region_code_len(&bytes[i..]) > 0;
            ((spaced_before && spaced_after) || glued_region).then_some(Token::TagDash)
        } else if b == b'|' || b == b'!' {
            // `!` starts and separates the header cells of a wiki table as `|` does the others.
            i += 1;
            Some(Token::Bar)
        } else {
            i = stray_end(line, i);
            Some(Token::Stray(&line[start..i]))
        };
        if let Some(token) = token {
            out.push((token, offset + start..offset + i));
        }
    }
}

/// A run of digits starting at `i` that stands alone (ends the line or meets a separator): its end and value.
fn plain_number(bytes: &[u8], i: usize) -> Option<(usize, u32)> {
    let mut end = i;
    let mut value = 0u32;
    while let Some(digit) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
        value = add_digit(value, *digit);
        end += 1;
    }
    (end > i && bytes.get(end).is_none_or(|&b| is_separator(b))).then_some((end, value))
}

/// The largest number read as one: six digits are more than any band or frequency. Longer digit runs stop
/// growing just past it, so they cannot overflow, and are reported as too large.
pub(crate) const MAX_NUMBER: u32 = 999_999;

/// The value of a run of ASCII digits, capped just past [`MAX_NUMBER`].
fn number_value(digits: &[u8]) -> u32 {
    digits.iter().copied().fold(0, add_digit)
}

fn add_digit(value: u32, digit: u8) -> u32 {
    (value * 10 + u32::from(digit - b'0')).min(MAX_NUMBER + 1)
}

/// Bytes that only separate tokens.
fn is_separator(b: u8) -> bool {
    // A table: the test runs on every byte, and as one load and one branch it is taken or not the same way for
    // the letters and digits that follow a separator (measured: the block parses 4% faster than with `matches!`,
    // whose two branches the processor mispredicts after each separator).
    SEPARATORS[usize::from(b)]
}

const SEPARATORS: [bool; 256] = {
    let mut table = [false; 256];
    let separators = b" \t\r\n\x0c,/;:+.&";
    let mut i = 0;
    while i < separators.len() {
        table[separators[i] as usize] = true;
        i += 1;
    }
    table
};

/// End of a word: letters and digits, with single inner `-`, `.` or `+` joining them (`TD-SCDMA`, `HSPA+`).
fn word_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        // Letters and digits are nearly every byte of a word: stepped over before the rarer joiners.
        i += bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let Some(&b) = bytes.get(i) else {
            return i;
        };
        let joins = matches!(b, b'-' | b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        let plus_after_letter = b == b'+' && i > 0 && bytes[i - 1].is_ascii_alphabetic();
        if !(joins || plus_after_letter) {
            return i;
        }
        i += 1;
    }
}

/// Where a number glued to what follows ends, for words that are a number plus something else:
/// `784G` (78 and `4G`), `66-EU` (66 and a region tag), `4-5` (4 and 5), `8Supports` (8 and a capitalised word).
fn glued_number_end(bytes: &[u8]) -> Option<usize> {
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &bytes[digits..];
    if digits == 0 || rest.is_empty() {
        return None;
    }
    let generation =
        digits >= 2 && rest.eq_ignore_ascii_case(b"g") && (b'2'..=b'5').contains(&bytes[digits - 1]);
    if generation {
        return Some(digits - 1);
    }
    let region = rest[0] == b'-' && region_code_len(&rest[1..]) == rest.len() - 1;
    // `4-5` in a list of band numbers: two numbers (dashes of every kind are hyphens by now).
    let next_number = rest[0] == b'-' && rest[1..].iter().all(u8::is_ascii_digit);
    if next_number {
        return Some(digits);
    }
    // A number with its unit (`150Mbps`, `5000mAh`) is a quantity: one word.
    let unit = ["mbps", "gbps", "kbps", "mah", "nits", "fps", "inches"]
        .iter()
        .any(|u| rest.eq_ignore_ascii_case(u.as_bytes()));
    let capitalised = !unit
        && rest.len() >= 3
        && rest[0].is_ascii_uppercase()
        && rest[1..].iter().all(u8::is_ascii_lowercase);
    (region || capitalised).then_some(digits)
}

/// Where a technology name glued to a frequency ends: `GSM850`, `DCS1800`, `PCS1900` (Samsung's GSM list).
fn glued_label_end(word: &[u8]) -> Option<usize> {
    if !word.last().is_some_and(u8::is_ascii_digit) {
        return None; // most words: decided from one byte
    }
    let letters = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (label, digits) = word.split_at(letters);
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    [b"gsm".as_slice(), b"dcs", b"pcs", b"egsm"]
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l))
        .then_some(letters)
}

/// Length of a region code (two or more capital letters) at the start of `bytes`, ending the word.
fn region_code_len(bytes: &[u8]) -> usize {
    let len = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let ends_word = bytes.get(len).is_none_or(|b| !b.is_ascii_alphanumeric());
    if len >= 2 && ends_word { len } else { 0 }
}

/// A word is a band number when it is digits after a prefix (`B66`, `n77`, `BC0`, `66`), maybe with a block
/// letter (`B28A`), or a frequency (`850MHz`); anything else is a word.
fn classify(word: &str) -> Token<'_> {
    let bytes = word.as_bytes();
    let (prefix, body) = match bytes {
        [b'b' | b'B', b'c' | b'C', body @ ..] => (Prefix::Bc, body),
        [b'b' | b'B', body @ ..] => (Prefix::B, body),
        [b'n' | b'N', body @ ..] => (Prefix::N, body),
        // Most words start with a letter: no band number.
        [first, ..] if !first.is_ascii_digit() => return word_token(word),
        body => (Prefix::None, body),
    };
    // `B28A`, `n28B`: a block letter after the band number says nothing about the band.
    let body = match body {
        [digits @ .., b'A' | b'B'] => digits,
        _ => body,
    };
    let all_digits = |digits: &[u8]| !digits.is_empty() && digits.iter().all(u8::is_ascii_digit);
    if all_digits(body) {
        return Token::Number {
            prefix,
            value: number_value(body),
        };
    }
    if prefix == Prefix::None
        && let Some((digits, unit)) = body.split_at_checked(body.len().saturating_sub(3))
        && unit.eq_ignore_ascii_case(b"mhz")
        && all_digits(digits)
    {
        return Token::Number {
            prefix: Prefix::Mhz,
            value: number_value(digits),
        };
    }
    word_token(word)
}

/// A word, as a keyword when it is one.
fn word_token(word: &str) -> Token<'_> {
    match meaning::keyword(word) {
        Some(keyword) => Token::Keyword(word, keyword),
        None => Token::Word(word),
    }
}

impl<'a> Token<'a> {
    /// The text of a word, keyword or not.
    pub(crate) fn word(&self) -> Option<&'a str> {
        match *self {
            Token::Keyword(word, _) | Token::Word(word) => Some(word),
            _ => None,
        }
    }
}

/// End of a run of characters that start no token, kept whole so one warning covers it.
fn stray_end(line: &str, start: usize) -> usize {
    let mut end = start;
    for (i, c) in line[start..].char_indices() {
        let starts_token = c.is_ascii_alphanumeric() || c.is_ascii_whitespace() || "(|!,/&;:+.-".contains(c);
        if i > 0 && starts_token {
            break;
        }
        end = start + i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<Token<'_>> {
        tokens(line, 0).into_iter().map(|(t, _)| t).collect()
    }

    /// A keyword token, with its meaning as `meaning` gives it.
    fn keyword(word: &str) -> Token<'_> {
        Token::Keyword(word, meaning::keyword(word).unwrap())
    }

    #[test]
    fn numbers_words_and_groups() {
        use Prefix::*;
        assert_eq!(
            kinds("HSDPA 850 / 1700(AWS) - GX7AS (USA/Canada)"),
            vec![
                keyword("HSDPA"),
                Token::Number {
                    prefix: None,
                    value: 850
                },
                Token::Number {
                    prefix: None,
                    value: 1700
                },
                Token::Annotation("AWS"),
                Token::TagDash,
                Token::Word("GX7AS"),
                Token::Group("USA/Canada"),
            ]
        );
        assert_eq!(
            kinds("B1/b3 n78 BC0 850MHz TD-SCDMA"),
            vec![
                Token::Number { prefix: B, value: 1 },
                Token::Number { prefix: B, value: 3 },
                Token::Number { prefix: N, value: 78 },
                Token::Number { prefix: Bc, value: 0 },
                Token::Number {
                    prefix: Mhz,
                    value: 850
                },
                keyword("TD-SCDMA"),
            ]
        );
    }

    #[test]
    fn spans_are_offsets_into_the_input() {
        let toks = tokens("1, 66 #", 10);
        assert_eq!(toks[1].1, 13..15);
        assert_eq!(toks[2], (Token::Stray("#"), 16..17));
    }

    #[test]
    fn number_values_ignore_leading_zeros_and_stop_growing() {
        let value = |text| match kinds(text)[0] {
            Token::Number { value, .. } => value,
            ref other => panic!("{other:?}"),
        };
        assert_eq!(value("0066"), 66);
        assert_eq!(value("B0066"), 66);
        assert_eq!(value("0850MHz"), 850);
        assert_eq!(value("000000000000000000000001"), 1);
        assert_eq!(value("999999"), MAX_NUMBER);
        assert_eq!(value("99999999999999999999"), MAX_NUMBER + 1);
        assert_eq!(value("n99999999999999999999"), MAX_NUMBER + 1);
    }

    #[test]
    fn glued_text_is_split() {
        use Prefix::*;
        assert_eq!(
            kinds("784G 66-EU 8Supports B28A 5G 1xRTT"),
            vec![
                Token::Number {
                    prefix: None,
                    value: 78
                },
                keyword("4G"),
                Token::Number {
                    prefix: None,
                    value: 66
                },
                Token::TagDash,
                Token::Word("EU"),
                Token::Number {
                    prefix: None,
                    value: 8
                },
                Token::Word("Supports"),
                Token::Number { prefix: B, value: 28 },
                keyword("5G"),
                keyword("1xRTT"),
            ]
        );
    }

    #[test]
    fn ampersands_and_dashes() {
        assert_eq!(kinds("SIM 1 & SIM 2"), kinds("SIM 1 / SIM 2"));
        assert_eq!(kinds("1 - India")[1], Token::TagDash);
        assert_eq!(kinds("1xEV-DO"), vec![keyword("1xEV-DO")]);
        assert_eq!(kinds("DCS1800")[0], keyword("DCS"));
        assert_eq!(kinds("(unterminated"), vec![Token::Group("unterminated")]);
    }
}
