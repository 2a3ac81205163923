//! Walks the input line by line: which lines are network rows (`page`), row labels, technology switches,
//! numbers, bracketed band lists and tags; hands each segment of a line to `variants`.

use std::ops::Range;

use crate::technology::Technology;

use super::ParsedSpec;
use super::lexer::{self, Prefix, Token};
use super::meaning::{self, Context, FrequencyReading, Keyword, Reading};
use super::page::{self, Line};
use super::plain::Plain;
use super::variants::{Segment, VariantCollector};
use super::warning::WarningKind;

type Tokens<'a> = [(Token<'a>, Range<usize>)];

/// Reads `input`; `default` is the technology of bare numbers when no label names one (a band list from a
/// command line or a catalog field, which has no rows, sections or variants). Also says whether the input is a
/// spec sheet at all.
pub(super) fn read(input: &str, default: Option<Technology>) -> (ParsedSpec, bool) {
    let plain = Plain::new(input);
    let mut reader = Reader {
        default,
        row: default.map_or(Context::Unset, Context::Tech),
        in_network: true,
        skip_value_line: false,
        network_rows: false,
        understood: 0,
        unclear: 0,
        segment: Segment::default(),
        collector: VariantCollector::default(),
    };
    let mut tokens = Vec::new();
    let mut offset = 0;
    for line in plain.text.split('\n') {
        if reader.is_read(line) {
            lexer::tokens_into(line, offset, &mut tokens);
            reader.read_line(&Text { line, offset }, &tokens);
        }
        offset += line.len() + 1;
    }
    let parsed = reader.collector.finish(default.is_some(), &plain);
    // A spec sheet has network rows, and says more than it leaves unclear: binary junk or prose with an
    // accidental `5G` or `B3` in it is none.
    let is_spec = reader.network_rows && reader.understood >= reader.unclear;
    (parsed, is_spec)
}

struct Reader {
    default: Option<Technology>,
    /// The context a row label set, carried to the row's continuation lines.
    row: Context,
    /// Whether the lines are in a network block: false after another section of a whole page.
    in_network: bool,
    /// Whether the next line is the value of a row without bands (`Technology` alone on its line).
    skip_value_line: bool,
    /// Whether any line said something about a technology.
    network_rows: bool,
    /// Tokens understood and not understood in all the lines read.
    understood: usize,
    unclear: usize,
    /// What the line read so far says, up to a tag.
    segment: Segment,
    collector: VariantCollector,
}

/// A line of the plain text and where it starts.
struct Text<'a> {
    line: &'a str,
    offset: usize,
}

impl Text<'_> {
    fn at(&self, span: &Range<usize>) -> &str {
        &self.line[span.start - self.offset..span.end - self.offset]
    }
}

impl Reader {
    /// Whether a line is read: not blank, and a network row of the page around it.
    fn is_read(&mut self, line: &str) -> bool {
        if line.trim().is_empty() {
            return false;
        }
        if self.default.is_some() {
            return true;
        }
        let is_value = std::mem::take(&mut self.skip_value_line);
        match page::classify(line) {
            Line::NetworkHeading => self.in_network = true,
            Line::NoBands { value_on_next_line } => {
                self.in_network = true;
                self.skip_value_line = value_on_next_line;
            }
            Line::OtherSection => self.in_network = false,
            Line::NetworkRow if !is_value => {
                self.in_network = true;
                return true;
            }
            Line::NetworkRow => {}
            Line::Other => return self.in_network && !is_value,
        }
        false
    }

    fn read_line(&mut self, text: &Text<'_>, tokens: &Tokens<'_>) {
        // A bullet before a label does not hide it; other stray marks are warned about.
        let start = tokens
            .iter()
            .position(|(t, _)| !is_bullet(t))
            .unwrap_or(tokens.len());
        let tokens = &tokens[start..];
        if tokens.is_empty() {
            return;
        }
        if let Some(label) = row_label(tokens) {
            self.row = label;
        }
        if let Some(t) = self.default {
            self.row = Context::Tech(t);
        }
        let mut line = LineState::new(self.row);
        self.read_tokens(text, tokens, &mut line, false);
        if !line.named_something
            && let Some(t) = self.row.technology()
        {
            // `5G bands  SA/NSA` or `4G bands` alone: the row's technology, with no bands given.
            self.segment.mention(t);
        }
        self.network_rows |= line.named_something || self.row.technology().is_some();
        self.understood += line.understood;
        self.unclear += line.unclear;
        self.flush(text, None);
    }

    /// Reads tokens of a line, or of a bracketed list in it (`(Bands 1, 2, 3)`).
    fn read_tokens(&mut self, text: &Text<'_>, tokens: &Tokens<'_>, line: &mut LineState, in_brackets: bool) {
        let mut i = 0;
        while let Some((token, span)) = tokens.get(i) {
            i += 1;
            match token {
                Token::Number { prefix, value } => {
                    if is_aws_pair(text, tokens, i - 1) {
                        i += 1; // `1700/2100`: the AWS band, not 2100 MHz on its own
                    }
                    self.number(text, span, *prefix, *value, line, in_brackets);
                }
                Token::Word(word) => self.word(word, span, i == 1 && !in_brackets, line),
                Token::Annotation(_) | Token::Bar => line.understood += 1,
                Token::Group(inner) => {
                    let place = GroupPlace {
                        at_line_end: tokens.get(i).is_none_or(|(t, _)| matches!(t, Token::Bar)),
                        after_number: i >= 2 && matches!(tokens[i - 2].0, Token::Number { .. }),
                    };
                    self.group(text, inner, span, line, place);
                }
                Token::TagDash => {
                    line.understood += 1;
                    i = self.tag(text, tokens, i, span.end);
                }
                Token::Stray(stray) => {
                    line.unclear += 1;
                    self.segment.warn(span.clone(), stray, WarningKind::Unrecognized);
                }
            }
        }
    }

    fn number(
        &mut self,
        text: &Text<'_>,
        span: &Range<usize>,
        prefix: Prefix,
        value: u32,
        line: &mut LineState,
        in_brackets: bool,
    ) {
        let segment = &mut self.segment;
        let reading = meaning::read_number(line.context, prefix, value);
        if matches!(reading, Reading::TooLarge | Reading::NoContext) {
            line.unclear += 1;
        } else {
            line.understood += 1;
            line.named_something = true;
        }
        match reading {
            Reading::Band(band) if in_brackets => segment.add_bracketed_band(band),
            Reading::Band(band) => segment.add_band(band),
            Reading::Frequency(frequency) => {
                segment.mention(frequency.technology);
                segment.frequencies.push((frequency, span.clone()));
            }
            Reading::Unknown { technology } => {
                segment.add_unknown(technology, unknown_band_text(technology, value));
                segment.warn(span.clone(), text.at(span), WarningKind::UnknownBand(technology));
            }
            Reading::TooLarge => segment.warn(span.clone(), text.at(span), WarningKind::TooLarge),
            Reading::NoContext => segment.warn(span.clone(), text.at(span), WarningKind::NoTechnology),
            Reading::Skipped => {}
        }
    }

    fn word(&mut self, word: &str, span: &Range<usize>, first: bool, line: &mut LineState) {
        let keyword = meaning::keyword(word);
        if keyword.is_some() {
            line.understood += 1;
        }
        match keyword {
            Some(Keyword::Switch(next)) => {
                line.context = next;
                // `4G` in `4G bands` is the row's label: the row says nothing until it lists something.
                if !(first && is_generation_label(word)) {
                    line.named_something = true;
                    if let Some(t) = next.technology() {
                        self.segment.mention(t);
                    }
                }
            }
            Some(Keyword::Duplex { tdd }) => {
                if line.context.technology() == Some(Technology::Lte) {
                    line.context = if tdd {
                        Context::TdLte
                    } else {
                        Context::Tech(Technology::Lte)
                    };
                }
            }
            Some(Keyword::Filler) => {}
            Some(Keyword::Nothing) => line.named_something = true,
            None => match meaning::read_roman(word) {
                Some(band) if line.context == Context::Tech(Technology::Umts) => {
                    line.understood += 1;
                    line.named_something = true;
                    self.segment.add_band(band);
                }
                _ => {
                    line.unclear += 1;
                    self.segment.warn(span.clone(), word, WarningKind::Unrecognized);
                }
            },
        }
    }

    /// A bracketed group standing alone: a band list (`(Bands 4, 13)`, `(850, 1900 MHz)`), a variant at the
    /// end of a line (`(USA/Canada)`), or a note.
    fn group(
        &mut self,
        text: &Text<'_>,
        inner: &str,
        span: &Range<usize>,
        line: &mut LineState,
        place: GroupPlace,
    ) {
        let inner_offset = span.start + text.at(span).find(inner).unwrap_or(0);
        let tokens = lexer::tokens(inner, inner_offset);
        let has_number = tokens.iter().any(|(t, _)| matches!(t, Token::Number { .. }));
        let readable = tokens.iter().all(|(t, _)| match t {
            Token::Word(w) => matches!(
                meaning::keyword(w),
                Some(Keyword::Filler | Keyword::Duplex { .. })
            ),
            Token::Number { .. } | Token::Bar => true,
            _ => false,
        });
        if line.context == Context::Ignored || (readable && !has_number) {
            // `TD-SCDMA 1900 (F)`, `(unspecified)`, `(FDD)`: nothing to read
            line.understood += 1;
        } else if readable && place.after_number && !tokens.iter().any(|(t, _)| matches!(t, Token::Word(_))) {
            // `1 (2100)`: MHz explaining the band number before them, as `1(2100)` does
            line.understood += 1;
        } else if readable {
            let mut inside = LineState::new(line.context);
            self.read_tokens(text, &tokens, &mut inside, true);
            line.named_something |= inside.named_something;
            line.understood += inside.understood;
            line.unclear += inside.unclear;
        } else if place.at_line_end && is_region(inner) {
            line.understood += 1;
            self.flush(text, Some((inner, span.clone())));
        } else {
            line.unclear += 1;
            self.segment.warn(span.clone(), inner, WarningKind::Unrecognized);
        }
    }

    /// ` - <tag>` from token `i` on: the tag runs to the end of the line, a `|`, a technology word or a new
    /// list of numbers (lines flattened with spaces: `… - International 1, 2, 3 - USA`). Returns the index of
    /// the token after the tag.
    fn tag(&mut self, text: &Text<'_>, tokens: &Tokens<'_>, mut i: usize, tag_start: usize) -> usize {
        let mut tag_end = text.offset + text.line.len();
        while let Some((token, span)) = tokens.get(i) {
            let ends_tag = match token {
                Token::Bar => true,
                Token::Word(w) => {
                    matches!(meaning::keyword(w), Some(Keyword::Switch(c)) if c.technology().is_some())
                }
                Token::Number { .. } => matches!(tokens.get(i + 1), Some((Token::Number { .. }, _))),
                _ => false,
            };
            if ends_tag {
                tag_end = span.start;
                break;
            }
            i += 1;
        }
        let raw = text.at(&(tag_start..tag_end));
        let padding = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|');
        let after_padding = raw.trim_start_matches(padding);
        let tag = after_padding.trim_end_matches(padding);
        let start = tag_start + (raw.len() - after_padding.len());
        let tag = (!tag.is_empty() && !is_sim_note(tag)).then_some((tag, start..start + tag.len()));
        self.flush(text, tag);
        i
    }

    /// Hands the segment read so far to the variant `tag` names (all variants without a tag), once its
    /// frequencies are read.
    fn flush(&mut self, text: &Text<'_>, tag: Option<(&str, Range<usize>)>) {
        self.read_frequencies(text);
        self.collector.add(tag, &mut self.segment);
    }

    /// The frequencies of the segment, read now that the whole list is known: bands given in brackets win
    /// over them, and 2100 MHz beside 1700 MHz may be the AWS downlink.
    fn read_frequencies(&mut self, text: &Text<'_>) {
        let frequencies = std::mem::take(&mut self.segment.frequencies);
        let aws_listed = frequencies
            .iter()
            .any(|(f, _)| f.technology == Technology::Lte && !f.tdd && f.mhz == 1700);
        let segment = &mut self.segment;
        for (frequency, span) in &frequencies {
            let technology = frequency.technology;
            if segment.has_bracketed_bands(technology) {
                continue;
            }
            let warn = |segment: &mut Segment, kind| segment.warn(span.clone(), text.at(span), kind);
            match meaning::read_frequency(*frequency, aws_listed) {
                FrequencyReading::Band(band) => segment.add_band(band),
                FrequencyReading::Inferred(band) => {
                    segment.add_band(band);
                    warn(
                        segment,
                        WarningKind::Inferred {
                            band,
                            mhz: frequency.mhz,
                        },
                    );
                }
                FrequencyReading::Ambiguous(candidates) => {
                    segment.add_unknown(technology, format!("{} MHz", frequency.mhz));
                    warn(
                        segment,
                        WarningKind::Ambiguous {
                            technology,
                            candidates,
                        },
                    );
                }
                FrequencyReading::Unknown => {
                    segment.add_unknown(technology, format!("{} MHz", frequency.mhz));
                    warn(segment, WarningKind::UnknownBand(technology));
                }
            }
        }
        self.segment.frequencies = frequencies;
        self.segment.frequencies.clear();
    }
}

/// Where a bracketed group stands in its line.
#[derive(Clone, Copy)]
struct GroupPlace {
    at_line_end: bool,
    after_number: bool,
}

/// What a line has said so far.
struct LineState {
    /// The technology numbers are read in.
    context: Context,
    /// Whether the line named a technology, a band or `No` (beyond its row label).
    named_something: bool,
    /// Tokens understood (numbers, keywords, tags) and not understood (warned about).
    understood: usize,
    unclear: usize,
}

impl LineState {
    fn new(context: Context) -> LineState {
        LineState {
            context,
            named_something: false,
            understood: 0,
            unclear: 0,
        }
    }
}

/// The context a line sets for itself and the lines continuing it: its leading technology word, if any
/// (`Network 4G` counts as `4G`).
fn row_label(tokens: &Tokens<'_>) -> Option<Context> {
    tokens.iter().take(2).find_map(|(token, _)| match token {
        Token::Word(word) => match meaning::keyword(word)? {
            Keyword::Switch(context) => Some(context),
            _ => None,
        },
        _ => None,
    })
}

/// Whether a word is a row label like `4G` in `4G bands`: it sets the context but does not by itself say the
/// phone has that technology.
fn is_generation_label(word: &str) -> bool {
    ["2g", "3g", "4g", "5g"]
        .iter()
        .any(|g| word.eq_ignore_ascii_case(g))
}

fn is_bullet(token: &Token<'_>) -> bool {
    matches!(token, Token::Stray(mark) if mark.chars().all(|c| "•·▪●◦*".contains(c)))
}

/// `1700/2100` at token `i`: AWS named by its uplink and downlink.
fn is_aws_pair(text: &Text<'_>, tokens: &Tokens<'_>, i: usize) -> bool {
    let number = |i: usize, mhz: u32| matches!(tokens.get(i), Some((Token::Number { prefix: Prefix::None | Prefix::Mhz, value }, _)) if *value == mhz);
    number(i, 1700) && number(i + 1, 2100) && text.at(&(tokens[i].1.end..tokens[i + 1].1.start)) == "/"
}

/// How an unknown band number reads: `n4`, `BC20`, `B99`.
fn unknown_band_text(technology: Technology, value: u32) -> String {
    match technology {
        Technology::Nr => format!("n{value}"),
        Technology::Cdma => format!("BC{value}"),
        _ => format!("B{value}"),
    }
}

/// A region naming a variant (`USA/Canada`, `China`): ASCII letters only, more than one.
fn is_region(inner: &str) -> bool {
    inner.is_ascii()
        && !inner.bytes().any(|b| b.is_ascii_digit())
        && inner.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
}

/// `SIM 1 & SIM 2 (dual-SIM model only)`: a note about SIM slots, not a variant.
fn is_sim_note(tag: &str) -> bool {
    tag.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"sim"))
}
