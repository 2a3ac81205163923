//! Groups what the lines say into variants: tagged lines to their variant, untagged lines to all of them.

use std::ops::Range;

use crate::band::Band;
use crate::band_set::BandSet;
use crate::phone::{UnknownBand, Variant, VariantParts};
use crate::technology::Technology;

use super::ParsedSpec;
use super::frequencies::Listed;
use super::plain::Plain;
use super::warning;
use crate::warning::{Warning, WarningKind, escaped};

/// At most this many warnings are kept, so hostile input cannot use unbounded memory; a last warning
/// counts the rest.
const MAX_WARNINGS: usize = 100;

/// At most this many variants; a paste naming more is hostile or broken, and further tags are warned about.
const MAX_VARIANTS: usize = 64;

/// What one stretch of a line (up to a tag or the line's end) says.
#[derive(Debug, Default)]
pub(super) struct Segment {
    bands: BandSet,
    unknown: Vec<UnknownBand>,
    /// Technologies named, as bits of `Technology::index`.
    mentioned: u8,
    /// Frequencies listed, read once the segment is complete (see `reader`).
    pub(super) frequencies: Vec<Listed>,
    /// Technologies given band numbers in brackets (`LTE 700 / 2100 (Bands 4, 13)`), as bits of
    /// `Technology::index`: their frequencies are not read.
    bracketed: u8,
    warnings: Vec<Warning>,
}

impl Segment {
    pub(super) fn add_band(&mut self, band: Band) {
        self.bands.insert(band);
        self.mention(band.technology());
    }

    pub(super) fn add_unknown(&mut self, technology: Technology, text: String) {
        self.mention(technology);
        let unknown = UnknownBand { technology, text };
        if !self.unknown.contains(&unknown) {
            self.unknown.push(unknown);
        }
    }

    /// An empty segment whose frequency list will not grow for the first `n` frequencies.
    pub(super) fn with_room_for_frequencies(n: usize) -> Segment {
        Segment {
            frequencies: Vec::with_capacity(n),
            ..Segment::default()
        }
    }

    /// A band given in brackets, which wins over the frequencies of its technology.
    pub(super) fn add_bracketed_band(&mut self, band: Band) {
        self.add_band(band);
        self.bracketed |= 1 << band.technology().index();
    }

    pub(super) fn has_any_bracketed_band(&self) -> bool {
        self.bracketed != 0
    }

    pub(super) fn has_bracketed_bands(&self, technology: Technology) -> bool {
        self.bracketed & (1 << technology.index()) != 0
    }

    /// Whether the segment lists any band, known or not.
    pub(super) fn has_bands(&self) -> bool {
        !self.bands.is_empty() || !self.unknown.is_empty()
    }

    pub(super) fn mention(&mut self, technology: Technology) {
        self.mentioned |= 1 << technology.index();
    }

    pub(super) fn warn(&mut self, span: Range<usize>, text: &str, kind: WarningKind) {
        self.warnings.push(Warning::new(span, text, kind));
    }

    fn clear(&mut self) {
        self.bands = BandSet::new();
        self.unknown.clear();
        self.mentioned = 0;
        self.frequencies.clear();
        self.bracketed = 0;
        self.warnings.clear();
    }

    pub(super) fn is_empty(&self) -> bool {
        self.bands.is_empty() && self.unknown.is_empty() && self.mentioned == 0 && self.warnings.is_empty()
    }

    fn merge(&mut self, other: &Segment) {
        self.bands = self.bands.union(&other.bands);
        for u in &other.unknown {
            if !self.unknown.contains(u) {
                self.unknown.push(u.clone());
            }
        }
        self.mentioned |= other.mentioned;
        self.warnings.extend(other.warnings.iter().cloned());
    }
}

/// A variant being assembled.
struct Tagged {
    name: String,
    models: Vec<String>,
    segment: Segment,
}

#[derive(Default)]
pub(super) struct VariantCollector {
    /// Lines without a tag: they apply to every variant.
    common: Segment,
    tagged: Vec<Tagged>,
    warnings: Vec<Warning>,
    dropped_warnings: usize,
}

impl VariantCollector {
    /// Adds a segment to the variant `tag` names, or to every variant when there is no tag.
    /// The segment is left empty, ready for the rest of the line.
    pub(super) fn add(&mut self, tag: Option<(&str, Range<usize>)>, segment: &mut Segment) {
        if tag.is_none() && segment.is_empty() {
            return;
        }
        let room = MAX_WARNINGS.saturating_sub(self.warnings.len());
        if segment.warnings.len() > room {
            self.dropped_warnings += segment.warnings.len() - room;
            segment.warnings.truncate(room);
        }
        self.warnings.extend(segment.warnings.iter().cloned());
        match tag {
            None => self.common.merge(segment),
            // A tag met before is found as it is written, without escaping it again.
            Some((tag, span)) => match self.named(tag).or_else(|| self.variant_index(&escaped(tag))) {
                Some(index) => self.tagged[index].segment.merge(segment),
                None => self.warn_dropped(tag, span),
            },
        }
        segment.clear();
    }

    /// Whether a tag names a variant already listed.
    pub(super) fn has_variant(&self, tag: &str) -> bool {
        let codes: Vec<&str> = model_codes(tag).collect();
        self.tagged.iter().any(|t| {
            same_words(&t.name, tag)
                || codes
                    .iter()
                    .any(|c| t.models.iter().any(|m| m.eq_ignore_ascii_case(c)))
        })
    }

    /// The entry named exactly `tag`, if any.
    fn named(&self, tag: &str) -> Option<usize> {
        self.tagged.iter().position(|t| t.name == tag)
    }

    /// The entry of a tag: one with the same words, else a new one. Tags sharing model codes are grouped into
    /// variants at the end (`variants`). There are at most `MAX_VARIANTS` entries, so scanning them keeps the
    /// parse linear in the input.
    fn variant_index(&mut self, tag: &str) -> Option<usize> {
        let same_name = self.named(tag);
        if let Some(index) = same_name.or_else(|| self.tagged.iter().position(|t| same_words(&t.name, tag))) {
            return Some(index);
        }
        if self.tagged.len() >= MAX_VARIANTS {
            return None;
        }
        let mut models: Vec<String> = Vec::new();
        for code in model_codes(tag) {
            if !models.iter().any(|m| m.eq_ignore_ascii_case(code)) {
                models.push(code.to_ascii_uppercase());
            }
        }
        self.tagged.push(Tagged {
            name: tag.to_string(),
            models,
            segment: Segment::default(),
        });
        Some(self.tagged.len() - 1)
    }

    /// A tag past the variant limit: its line is left out, and the warnings say so.
    fn warn_dropped(&mut self, tag: &str, span: Range<usize>) {
        let warning = Warning::new(span, tag, WarningKind::TooManyVariants);
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(warning.clone());
            self.common.warnings.push(warning);
        } else {
            self.dropped_warnings += 1;
        }
    }

    /// The variants: each tagged one with the common lines added, or one `default` variant. With `merge_tags` (a single technology's list), tags are ignored and
    /// everything is one variant. Warnings are placed in the input `plain` came from.
    pub(super) fn finish(mut self, merge_tags: bool, plain: &Plain) -> ParsedSpec {
        self.warnings.sort_by_key(|w| w.span.start);
        let place = warning::place(&mut self.warnings, plain, merge_tags);
        let segments =
            std::iter::once(&mut self.common).chain(self.tagged.iter_mut().map(|t| &mut t.segment));
        for segment in segments {
            segment.warnings.iter_mut().for_each(&place);
        }
        if self.dropped_warnings > 0 {
            let truncated = Warning::new(0..0, "", WarningKind::Truncated(self.dropped_warnings));
            self.warnings.push(truncated.clone());
            self.common.warnings.push(truncated);
        }
        let variants = if self.tagged.is_empty() || merge_tags {
            let mut all = self.common;
            for t in &self.tagged {
                all.merge(&t.segment);
            }
            vec![build("default".to_string(), Vec::new(), all)]
        } else {
            group_by_model(self.tagged)
                .into_iter()
                .map(|mut t| {
                    t.segment.merge(&self.common);
                    build(t.name, t.models, t.segment)
                })
                .collect()
        };
        ParsedSpec {
            variants,
            warnings: self.warnings,
        }
    }
}

/// The variants of the tagged entries: entries sharing a model code are one variant (`GX7AS, GB62Z` and
/// `GX7AS`), named by the first. An entry listing the codes of two or more other entries that are variants of
/// their own (`GSM … - VS985, LS990`, then `… - VS985` and `… - LS990`) is a line shared by those variants:
/// it goes to each of them.
fn group_by_model(entries: Vec<Tagged>) -> Vec<Tagged> {
    if entries.iter().filter(|e| !e.models.is_empty()).count() < 2 {
        return entries; // regions (`International`, `India`) share no codes
    }
    let shares = |a: &Tagged, b: &Tagged| a.models.iter().any(|m| b.models.contains(m));
    let covers = |a: &Tagged, b: &Tagged| b.models.iter().all(|m| a.models.contains(m));
    let is_shared_line = |i: usize| {
        let entry = &entries[i];
        let mut others = entries
            .iter()
            .enumerate()
            .filter(|&(j, other)| j != i && shares(entry, other));
        entry.models.len() >= 2
            && others.clone().count() >= 2
            && !others.any(|(_, other)| covers(other, entry))
    };
    let shared_line: Vec<bool> = (0..entries.len()).map(is_shared_line).collect();
    let mut variants: Vec<Tagged> = Vec::new();
    let mut shared = Vec::new();
    for (entry, is_shared) in entries.into_iter().zip(shared_line) {
        if is_shared {
            shared.push(entry);
            continue;
        }
        match variants.iter_mut().find(|v| shares(v, &entry)) {
            Some(variant) => {
                variant.segment.merge(&entry.segment);
                for m in entry.models {
                    if !variant.models.contains(&m) {
                        variant.models.push(m);
                    }
                }
            }
            None => variants.push(entry),
        }
    }
    for line in &shared {
        for variant in variants.iter_mut().filter(|v| shares(v, line)) {
            variant.segment.merge(&line.segment);
        }
    }
    variants
}

fn build(name: String, models: Vec<String>, mut segment: Segment) -> Variant {
    segment.warnings.sort_by_key(|w| w.span.start);
    let unknown_technologies = Technology::ALL
        .into_iter()
        .filter(|&t| segment.mentioned & (1 << t.index()) != 0)
        .filter(|&t| !segment.bands.has_technology(t) && !segment.unknown.iter().any(|u| u.technology == t))
        .collect();
    Variant::from_parts(VariantParts {
        name,
        models,
        bands: segment.bands,
        unknown_bands: segment.unknown,
        unknown_technologies,
        volte: None,
        warnings: segment.warnings,
    })
}

/// Whether two tags are the same words: case and spacing do not make two variants.
fn same_words(a: &str, b: &str) -> bool {
    // Tags are nearly always ASCII, where the cheaper ASCII split gives the same words.
    if a.is_ascii() && b.is_ascii() {
        words_match(a.split_ascii_whitespace(), b.split_ascii_whitespace())
    } else {
        words_match(a.split_whitespace(), b.split_whitespace())
    }
}

fn words_match<'a>(mut a: impl Iterator<Item = &'a str>, mut b: impl Iterator<Item = &'a str>) -> bool {
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

/// Model codes in a tag: words of four or more characters mixing letters and digits (`SM-S921U`, `A2849`,
/// `GX7AS`), as opposed to regions (`USA`, `India`).
fn model_codes(tag: &str) -> impl Iterator<Item = &str> {
    tag.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| {
            w.len() >= 4
                && w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes().any(|b| b.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_codes_are_letters_and_digits() {
        let codes = |tag| model_codes(tag).collect::<Vec<_>>();
        assert_eq!(codes("GX7AS, GB62Z (USA/Canada)"), ["GX7AS", "GB62Z"]);
        assert_eq!(codes("SM-A705YN/DS"), ["SM-A705YN"]);
        assert!(codes("USA unlocked").is_empty());
        assert!(codes("5G").is_empty());
        assert!(same_words("USA  unlocked", "usa Unlocked"));
        assert!(!same_words("USA", "USA unlocked"));
    }
}
