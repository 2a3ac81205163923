//! Lines that name the variant of other lines instead of ending with ` - <tag>`: Apple's `Model A3090` above
//! the model's band lines (until `All models`), Markdown headings such as `**Global Version**` above a table,
//! and prefixes such as `- Model G1MNW: 1, 2, 3`.

use std::ops::Range;

use super::lexer::Token;

/// What a line says about variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ModelLine {
    /// The line names the variant of the lines below it; the range is the name, within the line.
    Heading(Range<usize>),
    /// `All models`: the lines below apply to every variant again.
    AllModels,
    /// Anything else.
    Other,
}

/// Words after a region that make a line a variant heading (`Global Version`).
const VERSION_WORDS: [&str; 3] = ["version", "versions", "variant"];
/// Tags that name every variant (`GSM 850 / 900 - all versions`): notes, not variants.
const EVERY_VARIANT: [&str; 6] = [
    "all",
    "all versions",
    "all models",
    "all variants",
    "all markets",
    "all regions",
];

/// Classifies a line. `Model A3090` counts only inside a network block: elsewhere (GSMArena's `Models` row
/// under Misc) it names no band lines.
pub(super) fn classify(line: &str, in_network: bool) -> ModelLine {
    // Decided from the first and last bytes for nearly every line (this runs on every line): a model
    // heading starts with `Model` or `All` (maybe after bullets), a version heading ends `Version`/`Variant`.
    let first = line
        .bytes()
        .find(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase());
    let last = line
        .bytes()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase());
    let may_start = matches!(first, Some(b'm' | b'a' | b'-' | b'*' | b'#' | b'>' | 0x80..));
    let may_end = matches!(last, Some(b'n' | b's' | b't' | b':' | b'*'));
    if !may_start && !may_end {
        return ModelLine::Other;
    }
    let bullets = |c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '#' | '>');
    let after_bullets = line.trim_start_matches(bullets);
    let start = line.len() - after_bullets.len();
    let body = after_bullets.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*'));
    // Decided from the first and last word: this runs on every line.
    let starts = |w: &str| {
        body.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    };
    let ends = |w: &str| {
        let from = body.len().saturating_sub(w.len());
        body.get(from..).is_some_and(|tail| tail.eq_ignore_ascii_case(w))
    };
    if !(starts("model") || starts("all ") || ["version", "versions", "variant"].into_iter().any(ends)) {
        return ModelLine::Other;
    }
    if is_every_variant(body) || body.eq_ignore_ascii_case("all models") {
        return ModelLine::AllModels;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    match words.as_slice() {
        [model, codes @ ..] if in_network && is_model_word(model) && !codes.is_empty() => {
            let all_codes = codes
                .iter()
                .all(|c| is_model_code(c.trim_end_matches([',', '/', '*'])) || *c == "and");
            if !all_codes {
                return ModelLine::Other;
            }
            let name_start = start + body.find(codes[0]).unwrap_or(0);
            ModelLine::Heading(name_start..start + body.len())
        }
        [region, version]
            if region.bytes().all(|b| b.is_ascii_alphabetic())
                && VERSION_WORDS.iter().any(|v| version.eq_ignore_ascii_case(v)) =>
        {
            ModelLine::Heading(start..start + body.len())
        }
        _ => ModelLine::Other,
    }
}

/// A prefix naming the line's variant (`Model G1MNW: 1, 2, 3`): the name's span in the text and how many
/// tokens it takes.
pub(super) struct ModelPrefix {
    pub(super) name: Range<usize>,
    pub(super) tokens: usize,
}

/// The `Model <code>:` prefix at the start of `tokens`, if any, with something after it.
pub(super) fn prefix(tokens: &[(Token<'_>, Range<usize>)], text: &str) -> Option<ModelPrefix> {
    let [(first, _), rest @ ..] = tokens else {
        return None;
    };
    if !first.word().is_some_and(is_model_word) {
        return None;
    }
    let codes = rest
        .iter()
        .take_while(|(t, _)| t.word().is_some_and(is_model_code))
        .count();
    if codes == 0 {
        return None; // `Model 123`: no code (and no code before a colon to look behind)
    }
    // The codes end with a colon (`Model G1MNW: 1, 2`), which the lexer drops as a separator.
    let ends_with_colon = rest
        .get(codes)
        .is_some_and(|(_, next)| text[rest[codes - 1].1.end..next.start].contains(':'));
    if !ends_with_colon {
        return None;
    }
    let name = rest[0].1.start..rest[codes - 1].1.end;
    Some(ModelPrefix {
        name,
        tokens: 1 + codes,
    })
}

/// Whether a tag names every variant (`all versions`), so it is a note rather than a variant.
pub(super) fn is_every_variant(tag: &str) -> bool {
    EVERY_VARIANT.iter().any(|e| tag.eq_ignore_ascii_case(e))
}

fn is_model_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("model") || word.eq_ignore_ascii_case("models")
}

/// A model code mixes letters and digits (`A3090`, `G1MNW`, `SM-S921U`).
fn is_model_code(word: &str) -> bool {
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && word.bytes().any(|b| b.is_ascii_digit())
        && word.bytes().any(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        let heading = |line: &str| match classify(line, true) {
            ModelLine::Heading(name) => Some(line[name].to_string()),
            _ => None,
        };
        assert_eq!(heading("Model A3090").as_deref(), Some("A3090"));
        assert_eq!(heading("Model A2846*").as_deref(), Some("A2846"));
        assert_eq!(heading("Models A2849, A2850").as_deref(), Some("A2849, A2850"));
        assert_eq!(heading("**Global Version**").as_deref(), Some("Global Version"));
        assert_eq!(heading("Chinese version:").as_deref(), Some("Chinese version"));
        assert_eq!(heading("Model G1MNW: 1, 2, 3"), None);
        assert_eq!(heading("4G bands\t1, 2 - all models"), None);
        assert_eq!(classify("All models", true), ModelLine::AllModels);
        assert_eq!(classify("Models\t2201123G, 2201123C", false), ModelLine::Other);
    }

    #[test]
    fn a_model_word_without_a_code_is_no_prefix() {
        // Used to index before the first token after `Model` and panic.
        for text in ["Model 123", "4G bands 1, 3\nModel 1, 2", "Models (USA)"] {
            let parsed = crate::parse_spec(text);
            assert!(!parsed.variants().is_empty(), "{text:?}");
        }
    }
}
