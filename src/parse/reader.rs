//! Walks the input line by line: which lines are network rows (`page`), lines naming a variant (`models`), row
//! labels, technology switches, numbers, bracketed band lists and tags; hands each segment of a line to
//! `variants`.

use std::ops::Range;

use crate::technology::Technology;

use super::ParsedSpec;
use super::frequencies::{self, Listed};
use super::lexer::{self, Prefix, Token};
use super::meaning::{self, Context, Keyword, NotBand};
use super::models::{self, ModelLine};
use super::page::{self, Line};
use super::plain::Plain;
use super::variants::{Segment, VariantCollector};
use crate::warning::WarningKind;

type Tokens<'a> = [(Token<'a>, Range<usize>)];

/// At most this many frequencies wait for a bracketed band list (a real list has a dozen); past it they are
/// read, so that hostile input keeps the parse linear.
const MAX_PENDING: usize = 256;

/// Reads `input`; `default` is the technology of bare numbers when no label names one (a band list from a
/// command line or a catalog field, which has no rows, sections or variants). Also says whether the input is a
/// spec sheet at all.
pub(super) fn read(input: &str, default: Option<Technology>) -> (ParsedSpec, bool) {
    let plain = Plain::new(input);
    let mut reader = Reader {
        text: &plain.text,
        default,
        row: default.map_or(Context::Unset, Context::Tech),
        in_network: true,
        skip_value_line: false,
        in_row_without_bands: false,
        heading: None,
        unnamed_row: None,
        network_rows: false,
        understood: 0,
        unclear: 0,
        segment: Segment::with_room_for_frequencies(16),
        pending: Vec::new(),
        collector: VariantCollector::default(),
    };
    // Most lines hold fewer tokens: one allocation per parse, small enough for the allocator's fast path.
    let mut tokens = Vec::with_capacity(24);
    let mut start = 0;
    for line in plain.text.split('\n') {
        let end = start + line.len();
        if reader.is_read(line, start) {
            lexer::tokens_into(line, start, &mut tokens);
            reader.read_line(&tokens, end);
        }
        start = end + 1;
    }
    reader.end_row();
    // A spec sheet has network rows, and they say more than they leave unclear: binary junk or prose with an
    // accidental `5G` or `B3` in it is none.
    let is_spec = reader.network_rows && reader.understood >= reader.unclear;
    (reader.collector.finish(default.is_some(), &plain), is_spec)
}

struct Reader<'a> {
    /// The plain text being read.
    text: &'a str,
    default: Option<Technology>,
    /// The context a row label set, carried to the row's continuation lines.
    row: Context,
    /// Whether the lines are in a network block: false after another section of a whole page.
    in_network: bool,
    /// Whether the next line is the value of a row without bands (`Technology` alone on its line).
    skip_value_line: bool,
    /// Whether the lines are in a row without bands (`Speed`, whose value may run over several lines).
    in_row_without_bands: bool,
    /// The variant named by a line above (`Model A3090`, `**Global Version**`) for lines without a tag.
    heading: Option<Range<usize>>,
    /// The technology of a row whose label stood alone (`3G bands` then its value on the next line): named
    /// without bands unless a line of the row names something.
    unnamed_row: Option<Technology>,
    /// Whether any line said something about a technology.
    network_rows: bool,
    /// Tokens understood and not understood in the lines that said something about a technology.
    understood: usize,
    unclear: usize,
    /// What the line read so far says, up to a tag.
    segment: Segment,
    /// LTE frequencies of the untagged lines just read, not read yet: a band list in brackets on the next line
    /// (`LTE 800 / 2600` then `(Bands 7, 20) - EU`) wins over them.
    pending: Vec<Listed>,
    collector: VariantCollector,
}

impl<'a> Reader<'a> {
    fn at(&self, span: &Range<usize>) -> &'a str {
        &self.text[span.clone()]
    }

    /// Whether a line starting at `start` is read: not blank, and a network row of the page around it.
    /// Lines naming a variant are taken in here.
    fn is_read(&mut self, line: &str, start: usize) -> bool {
        if is_blank(line) {
            return false;
        }
        if self.default.is_some() {
            return true;
        }
        match models::classify(line, self.in_network) {
            ModelLine::Heading(name) => {
                self.end_row();
                self.heading = Some(start + name.start..start + name.end);
                return false;
            }
            ModelLine::AllModels => {
                self.end_row();
                self.heading = None;
                return false;
            }
            ModelLine::Other => {}
        }
        let is_value = std::mem::take(&mut self.skip_value_line);
        // Inside a network block a line starting with a technology is read anyway: no need to check it reads
        // as a band row.
        let kind = page::classify(line, !self.in_network || self.in_row_without_bands);
        // The lines after a row without bands continue it until a new row or section.
        let in_row_without_bands = self.in_row_without_bands;
        self.in_row_without_bands &= kind == Line::Other;
        if !matches!(kind, Line::NetworkRow | Line::Other) {
            self.end_row();
        }
        match kind {
            Line::NetworkHeading => self.in_network = true,
            Line::NoBands { value_on_next_line } => {
                self.in_network = true;
                self.skip_value_line = value_on_next_line;
                self.in_row_without_bands = true;
            }
            Line::OtherSection => {
                self.in_network = false;
                self.heading = None;
            }
            Line::NetworkRow if !is_value => {
                self.in_network = true;
                return true;
            }
            Line::NetworkRow | Line::Ignored => {}
            Line::Other => return self.in_network && !is_value && !in_row_without_bands,
        }
        false
    }

    /// A row ends (a new row, section or variant heading, or the end of the input): what it listed is complete.
    fn end_row(&mut self) {
        self.read_pending();
        if let Some(t) = self.unnamed_row.take() {
            self.mention_everywhere(t);
        }
    }

    /// A technology named without bands, for every variant.
    fn mention_everywhere(&mut self, technology: Technology) {
        let mut segment = Segment::default();
        segment.mention(technology);
        self.collector.add(None, &mut segment);
    }

    fn read_line(&mut self, tokens: &Tokens<'_>, end: usize) {
        // A bullet before a label does not hide it; other stray marks are warned about.
        let first = tokens
            .iter()
            .position(|(t, _)| !is_bullet(t))
            .unwrap_or(tokens.len());
        let (mut tokens, mut tag) = (&tokens[first..], self.heading.clone());
        // `Model G1MNW: 1, 2, 3`: the line belongs to the variant its prefix names.
        if let Some(prefix) = models::prefix(tokens, self.text) {
            tag = Some(prefix.name);
            tokens = &tokens[prefix.tokens..];
        }
        let Some((first, _)) = tokens.first() else {
            return;
        };
        // A row label alone on its line (`3G bands`, its value on the next line) is named by the next line,
        // unless that line starts a row of its own (`4G bands`).
        let new_row = first.word().is_some_and(is_generation_label);
        if new_row && let Some(t) = self.unnamed_row.take() {
            self.mention_everywhere(t);
        }
        let unnamed_above = self.unnamed_row.take();
        // A line that starts with words not understood does not continue the row above.
        let continues = continues_row(first);
        let context = match self.default {
            Some(t) => Context::Tech(t),
            None if continues => self.row,
            None => Context::Unset,
        };
        let mut line = LineState::new(context, end, tag);
        self.read_tokens(tokens, &mut line, false);
        self.set_row(line.label, continues);
        if !line.named_something {
            if let Some(t) = unnamed_above {
                self.mention_everywhere(t);
            }
            if line.label.is_some() {
                // `4G bands` or `5G bands  SA/NSA`: the row's technology, with no bands given so far.
                self.unnamed_row = self.row.technology();
            }
        }
        if line.named_something || self.row.technology().is_some() {
            self.network_rows = true;
            self.understood += line.understood;
            self.unclear += line.unclear;
        }
        let tag = line.tag.clone();
        self.flush(tag);
    }

    /// Sets the row after a line whose row label (if any) was `label`: a label starts a row (ending the one
    /// above when its technology differs), a line that does not continue the row above ends it.
    fn set_row(&mut self, label: Option<Context>, continues: bool) {
        match label {
            Some(label) => {
                if label.technology() != self.row.technology() {
                    self.end_row();
                }
                self.row = label;
            }
            None if !continues => {
                self.end_row();
                self.row = Context::Unset;
            }
            None => {}
        }
        if let Some(t) = self.default {
            self.row = Context::Tech(t);
        }
    }

    /// Reads tokens of a line, or of a bracketed list in it (`(Bands 1, 2, 3)`).
    fn read_tokens(&mut self, tokens: &Tokens<'_>, line: &mut LineState, in_brackets: bool) {
        let mut i = 0;
        while let Some((token, span)) = tokens.get(i) {
            i += 1;
            // Table cells and emphasis before a row label do not hide it (`| **4G** | B1/B3 |`).
            if !in_brackets && !matches!(token, Token::Bar) && !is_emphasis(token) {
                line.position += 1;
            }
            match token {
                Token::Number { prefix, value } => {
                    let paired = *value == 1700 && self.is_aws_pair(tokens, i - 1);
                    if paired {
                        i += 1; // `1700/2100`: the AWS band, not 2100 MHz on its own
                    }
                    self.number(span, *prefix, *value, paired, line, in_brackets);
                }
                Token::Word(word) if is_category(word) => {
                    // `Cat 20`, `Category 4`: an LTE category, not a band
                    line.understood += 1;
                    if matches!(tokens.get(i), Some((Token::Number { .. }, _))) {
                        i += 1;
                    }
                }
                Token::Keyword(word, keyword) => self.keyword(word, *keyword, i == 1 && !in_brackets, line),
                Token::Word(word) => self.word(word, span, line),
                Token::Annotation(_) | Token::Bar => line.understood += 1,
                Token::Group(inner) => {
                    let place = GroupPlace {
                        at_line_end: tokens.get(i).is_none_or(|(t, _)| matches!(t, Token::Bar)),
                        after_number: i >= 2 && matches!(tokens[i - 2].0, Token::Number { .. }),
                    };
                    self.group(inner, span, line, place);
                }
                Token::TagDash => {
                    line.understood += 1;
                    i = self.tag(tokens, i, span.end, line);
                }
                Token::Stray(_) if is_emphasis(token) => line.understood += 1,
                Token::Stray(stray) => {
                    line.unclear += 1;
                    self.segment.warn(span.clone(), stray, WarningKind::Unrecognized);
                }
            }
        }
    }

    fn number(
        &mut self,
        span: &Range<usize>,
        prefix: Prefix,
        value: u32,
        paired: bool,
        line: &mut LineState,
        in_brackets: bool,
    ) {
        match meaning::read_number(line.context, prefix, value) {
            // A band, by far the commonest reading, is told apart from the rest by one test.
            Ok(band) => {
                line.understood += 1;
                line.named_something = true;
                if in_brackets {
                    self.segment.add_bracketed_band(band);
                } else {
                    self.segment.add_band(band);
                }
            }
            Err(reading) => self.not_a_band(reading, span, value, paired, line),
        }
    }

    /// A number that names no band: a frequency, read once its list is complete, or a warning. Not inlined:
    /// the reading of band numbers stays short (measured: inlined, the block parses 2% slower).
    #[inline(never)]
    fn not_a_band(
        &mut self,
        reading: NotBand,
        span: &Range<usize>,
        value: u32,
        paired: bool,
        line: &mut LineState,
    ) {
        if matches!(reading, NotBand::TooLarge | NotBand::NoContext) {
            line.unclear += 1;
        } else {
            line.understood += 1;
            line.named_something = true;
        }
        let text = self.text;
        let warn = |segment: &mut Segment, kind| segment.warn(span.clone(), &text[span.clone()], kind);
        let segment = &mut self.segment;
        match reading {
            NotBand::Frequency(frequency) => {
                segment.mention(frequency.technology);
                segment.frequencies.push(Listed {
                    frequency,
                    span: span.clone(),
                    paired,
                });
            }
            NotBand::Unknown { technology } => {
                segment.add_unknown(technology, unknown_band_text(technology, value));
                warn(segment, WarningKind::UnknownBand(technology));
            }
            NotBand::TooLarge => warn(segment, WarningKind::TooLarge),
            NotBand::NoContext => warn(segment, WarningKind::NoTechnology),
            NotBand::Skipped => {}
        }
    }

    fn keyword(&mut self, word: &str, keyword: Keyword, first: bool, line: &mut LineState) {
        line.understood += 1;
        match keyword {
            Keyword::Switch(next) => {
                line.context = next;
                // The row label: a technology among the first two tokens (`4G bands`, `Network 4G`).
                if line.position <= 2 && line.label.is_none() {
                    line.label = Some(next);
                }
                // `4G` in `4G bands` is the row's label: the row says nothing until it lists something.
                if !(first && is_generation_label(word)) {
                    line.named_something = true;
                    if let Some(t) = next.technology() {
                        self.segment.mention(t);
                    }
                }
            }
            Keyword::Duplex { tdd } => {
                if line.context.technology() == Some(Technology::Lte) {
                    line.context = if tdd {
                        Context::TdLte
                    } else {
                        Context::Tech(Technology::Lte)
                    };
                }
            }
            Keyword::Filler => {}
            Keyword::Nothing => line.named_something = true,
        }
    }

    /// A word that is no keyword: a UMTS band as a Roman numeral, or text not understood.
    fn word(&mut self, word: &str, span: &Range<usize>, line: &mut LineState) {
        match meaning::read_roman(word) {
            Some(band) if line.context == Context::Tech(Technology::Umts) => {
                line.understood += 1;
                line.named_something = true;
                self.segment.add_band(band);
            }
            _ => {
                line.unclear += 1;
                self.segment.warn(span.clone(), word, WarningKind::Unrecognized);
            }
        }
    }

    /// A bracketed group standing alone: a band list (`(Bands 4, 13)`, `(850, 1900 MHz)`), a variant at the
    /// end of a line (`(USA/Canada)`), or a note.
    fn group(&mut self, inner: &str, span: &Range<usize>, line: &mut LineState, place: GroupPlace) {
        let inner_offset = span.start + self.at(span).find(inner).unwrap_or(0);
        let tokens = lexer::tokens(inner, inner_offset);
        let has_number = tokens.iter().any(|(t, _)| matches!(t, Token::Number { .. }));
        let readable = tokens.iter().all(|(t, _)| {
            matches!(
                t,
                Token::Keyword(_, Keyword::Filler | Keyword::Duplex { .. })
                    | Token::Number { .. }
                    | Token::Bar
            )
        });
        let only_numbers = !tokens.iter().any(|(t, _)| t.word().is_some());
        if line.context == Context::Ignored || (readable && !has_number) {
            // `TD-SCDMA 1900 (F)`, `(unspecified)`, `(FDD)`: nothing to read
            line.understood += 1;
        } else if readable && place.after_number && only_numbers {
            // `1 (2100)`: MHz explaining the band number before them, as `1(2100)` does
            line.understood += 1;
        } else if readable {
            let mut inside = LineState::new(line.context, line.end, None);
            self.read_tokens(&tokens, &mut inside, true);
            line.named_something |= inside.named_something;
            line.understood += inside.understood;
            line.unclear += inside.unclear;
        } else if place.at_line_end && is_region(inner) {
            line.understood += 1;
            line.tag = Some(inner_offset..inner_offset + inner.len());
        } else {
            line.unclear += 1;
            self.segment.warn(span.clone(), inner, WarningKind::Unrecognized);
        }
    }

    /// ` - <tag>` from token `i` on: the tag runs to the end of the line, a `|`, a technology word or a new
    /// list of numbers (lines flattened with spaces: `… - International 1, 2, 3 - USA`). What came before goes
    /// to the variant the tag names. Returns the index of the token after the tag.
    fn tag(&mut self, tokens: &Tokens<'_>, mut i: usize, tag_start: usize, line: &LineState) -> usize {
        let mut tag_end = line.end;
        while let Some((token, span)) = tokens.get(i) {
            let ends_tag = match token {
                Token::Bar => true,
                Token::Keyword(_, Keyword::Switch(c)) => c.technology().is_some(),
                Token::Number { .. } => matches!(tokens.get(i + 1), Some((Token::Number { .. }, _))),
                _ => false,
            };
            if ends_tag {
                tag_end = span.start;
                break;
            }
            i += 1;
        }
        let raw = self.at(&(tag_start..tag_end));
        // The plain text's spaces are all ASCII (see `plain`): padding is trimmed byte by byte.
        let is_padding = |b: &u8| b.is_ascii_whitespace() || matches!(b, b',' | b';' | b'|');
        let leading = raw.bytes().take_while(is_padding).count();
        let trailing = raw[leading..].bytes().rev().take_while(is_padding).count();
        let tag = &raw[leading..raw.len() - trailing];
        let start = tag_start + leading;
        // A tag about SIMs, or one naming every variant, is a note; an empty one names nothing.
        let names_variant = !tag.is_empty() && !is_sim_note(tag) && !models::is_every_variant(tag);
        let tag = if names_variant {
            Some(start..start + tag.len())
        } else {
            line.tag.clone()
        };
        self.flush(tag);
        i
    }

    /// Hands the segment read so far to the variant `tag` (a span of the text) names, or to all variants.
    /// Bands in brackets win over the frequencies of their technology listed before them, in the segment
    /// and on the untagged lines just above; the LTE frequencies of an untagged line wait for the next line.
    fn flush(&mut self, tag: Option<Range<usize>>) {
        if tag.is_none() && self.segment.is_empty() {
            return; // the rest of a line after its tag
        }
        // Most segments list band numbers only: no frequencies to weigh against brackets.
        if !self.segment.frequencies.is_empty() || !self.pending.is_empty() {
            self.read_frequencies(tag.is_some());
        }
        // A tag on text without bands (`5G bands SA/NSA - China only`) is a note, unless its variant has bands
        // elsewhere (`CDMA2000 1xEV-DO - USA`).
        let tag = tag.filter(|span| self.segment.has_bands() || self.collector.has_variant(self.at(span)));
        let tag = tag.map(|span| (self.at(&span), span));
        self.collector.add(tag, &mut self.segment);
    }

    /// Reads the segment's frequencies, except those a bracketed band list won over; the LTE frequencies of an
    /// untagged segment wait for the next line instead, and a tagged segment reads those waiting first.
    fn read_frequencies(&mut self, tagged: bool) {
        let segment = &mut self.segment;
        let won = |listed: &Listed| segment.has_bracketed_bands(listed.frequency.technology);
        if segment.has_any_bracketed_band() {
            self.pending.retain(|listed| !won(listed));
        }
        let mut listed = std::mem::take(&mut segment.frequencies);
        if segment.has_any_bracketed_band() {
            listed.retain(|l| !segment.has_bracketed_bands(l.frequency.technology));
        }
        if tagged {
            self.read_pending();
        } else {
            // An LTE MHz list may have its band numbers in brackets on the next line (older GSMArena pages).
            let is_lte = |l: &mut Listed| l.frequency.technology == Technology::Lte;
            self.pending.extend(listed.extract_if(.., is_lte));
            if self.pending.len() > MAX_PENDING {
                self.read_pending();
            }
        }
        frequencies::read(&listed, &mut self.segment, self.text);
        listed.clear();
        self.segment.frequencies = listed;
    }

    /// Reads the frequencies waiting for a bracketed band list that did not come; they apply to every variant.
    fn read_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut segment = Segment::default();
        frequencies::read(&self.pending, &mut segment, self.text);
        self.pending.clear();
        self.collector.add(None, &mut segment);
    }

    /// `1700/2100` at token `i`: AWS named by its uplink and downlink.
    fn is_aws_pair(&self, tokens: &Tokens<'_>, i: usize) -> bool {
        let mhz = |i: usize, mhz: u32| matches!(tokens.get(i), Some((Token::Number { prefix: Prefix::None | Prefix::Mhz, value }, _)) if *value == mhz);
        mhz(i, 1700) && mhz(i + 1, 2100) && self.at(&(tokens[i].1.end..tokens[i + 1].1.start)) == "/"
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
    /// Where the line ends in the text.
    end: usize,
    /// The variant of the line when it has no ` - <tag>`: named above it, by a prefix, or by a region
    /// in brackets at its end.
    tag: Option<Range<usize>>,
    /// The row label of the line: a technology among its first two tokens.
    label: Option<Context>,
    /// How many tokens were read, not counting table cells and emphasis.
    position: usize,
    /// Whether the line named a technology, a band or `No` (beyond its row label).
    named_something: bool,
    /// Tokens understood (numbers, keywords, tags) and not understood (warned about).
    understood: usize,
    unclear: usize,
}

impl LineState {
    fn new(context: Context, end: usize, tag: Option<Range<usize>>) -> LineState {
        LineState {
            context,
            end,
            tag,
            label: None,
            position: 0,
            named_something: false,
            understood: 0,
            unclear: 0,
        }
    }
}

/// Whether a word is a row label like `4G` in `4G bands`: it sets the context but does not by itself say the
/// phone has that technology.
fn is_generation_label(word: &str) -> bool {
    matches!(word.as_bytes(), [b'2'..=b'5', b'g' | b'G'])
}

/// Whether a line starting with `token` continues the row above: numbers, brackets, keywords and Roman
/// numerals do (` \t1, 3, 5 - India`, `(Bands 4, 13)`, `CDMA2000 1xEV-DO`); other words do not.
fn continues_row(token: &Token<'_>) -> bool {
    match token {
        Token::Keyword(..) => true,
        Token::Word(word) => meaning::read_roman(word).is_some(),
        Token::Stray(_) => false,
        _ => true,
    }
}

/// `Cat`, `Category`, `Cat20`: a device category (`LTE Cat 20`), whose number is no band.
fn is_category(word: &str) -> bool {
    let word = word.as_bytes();
    let after = |prefix: &[u8]| {
        let head = word.get(..prefix.len())?;
        head.eq_ignore_ascii_case(prefix).then(|| &word[prefix.len()..])
    };
    after(b"category")
        .or_else(|| after(b"cat"))
        .is_some_and(|number| number.iter().all(u8::is_ascii_digit))
}

/// Markdown emphasis and footnote marks (`**4G**`, `A2846*`): they say nothing.
fn is_emphasis(token: &Token<'_>) -> bool {
    matches!(token, Token::Stray(mark) if mark.bytes().all(|b| b == b'*'))
}

/// Marks that start a list item: `•`, `*`, and a dash at the start of a line (`- LTE FDD: B1/B3`).
fn is_bullet(token: &Token<'_>) -> bool {
    match token {
        Token::Stray(mark) => mark.chars().all(|c| "•·▪●◦*".contains(c)),
        Token::TagDash => true,
        _ => false,
    }
}

/// Whether a line holds only whitespace (decided from its first byte that is not ASCII whitespace).
fn is_blank(line: &str) -> bool {
    match line.bytes().find(|b| !b.is_ascii_whitespace()) {
        None => true,
        Some(b) if b.is_ascii() => false,
        Some(_) => line.trim().is_empty(),
    }
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
