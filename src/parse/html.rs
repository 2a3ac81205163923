//! HTML tables and markup as pasted from a page's source (`<tr><td>4G</td><td>B1/B3<br>B5</td></tr>`):
//! rows and `<br>` become line breaks, cells become tabs, inline tags vanish and entities become their
//! characters, so the table reads like the text a browser shows.

/// Longest tag looked at; a `<` without a `>` this close is text.
const MAX_TAG: usize = 512;

/// A tag or comment at the start of `rest` (which starts with `<`): its length and plain form.
pub(super) fn tag(rest: &str) -> Option<(usize, &'static str)> {
    let bytes = rest.as_bytes();
    let head = &bytes[..bytes.len().min(MAX_TAG)];
    if head.starts_with(b"<!--") {
        let end = rest.find("-->")?;
        return Some((end + 3, ""));
    }
    let name_start = 1 + usize::from(bytes.get(1) == Some(&b'/'));
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let len = head.iter().position(|&b| b == b'>')? + 1;
    if head[1..len - 1].contains(&b'<') {
        return None;
    }
    let name_len = bytes[name_start..len]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(0);
    let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
    let plain = match name.as_str() {
        "td" | "th" => "\t",
        "br" | "p" | "tr" | "li" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "thead"
        | "tbody" | "ul" | "ol" | "dl" | "dt" | "dd" | "section" | "header" | "footer" => "\n",
        "a" | "b" | "i" | "u" | "em" | "strong" | "span" | "font" | "small" | "sup" | "sub" | "abbr" => "",
        _ => " ",
    };
    Some((len, plain))
}

/// Printable ASCII, to hand out one character of it as a `&'static str`.
const PRINTABLE: &str =
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// An entity at the start of `rest` (which starts with `&`): its length and plain form. Entities for
/// characters that mean nothing to the parser are left as they are.
pub(super) fn entity(rest: &str) -> Option<(usize, &'static str)> {
    let end = rest.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let body = &rest[1..end];
    let c = match body.to_ascii_lowercase().as_str() {
        "amp" => '&',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ndash" | "mdash" | "minus" | "hyphen" => '-',
        numeric => {
            let code = match numeric.strip_prefix("#x") {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => numeric.strip_prefix('#')?.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    let plain = match c {
        ' '..='~' => &PRINTABLE[c as usize - 32..c as usize - 31],
        '\t' => "\t",
        '\n' => "\n",
        _ => super::plain::plain_char(c)?,
    };
    Some((end + 1, plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(tag("<td class=\"x\">4G"), Some((14, "\t")));
        assert_eq!(tag("<BR/>"), Some((5, "\n")));
        assert_eq!(tag("</tr>"), Some((5, "\n")));
        assert_eq!(tag("<b>B1</b>"), Some((3, "")));
        assert_eq!(tag("<!-- x -->1"), Some((10, "")));
        assert_eq!(tag("< 5 GHz"), None);
        assert_eq!(tag("<5"), None);
        assert_eq!(tag("<td"), None);
    }

    #[test]
    fn entities() {
        assert_eq!(entity("&amp;"), Some((5, "&")));
        assert_eq!(entity("&NBSP;"), Some((6, " ")));
        assert_eq!(entity("&#8211;"), Some((7, "-")));
        assert_eq!(entity("&#x2F;"), Some((6, "/")));
        assert_eq!(entity("&#160;"), Some((6, " ")));
        assert_eq!(entity("&eacute;"), None);
        assert_eq!(entity("& SIM 2"), None);
    }
}
