//! Errors from loading data files. Parsing errors live with the parser (`ParseError`).

use std::ops::Range;

/// A data file (spectrum catalog, carrier, MVNO list, phone catalog) that cannot be used.
///
/// Every error names the file; content errors also give the line and column (1-based) and the
/// offending value, so a person can fix the file without reading bandcheck's code.
///
/// ```
/// let error = bandcheck::Database::from_toml_str("carriers/att.toml", "id = \"att\"\nname = 5\n").unwrap_err();
/// assert_eq!(error.to_string(), "carriers/att.toml:2:8: invalid type: integer `5`, expected a string");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// The file's content is malformed or fails validation.
    #[error("{file}:{line}:{column}: {message}")]
    Invalid {
        /// The file, as named when it was loaded (`carriers/att.toml`, or a user's path).
        file: String,
        /// 1-based line of the offending value.
        line: usize,
        /// 1-based column of the offending value.
        column: usize,
        /// What is wrong: lowercase, the offending value in backticks.
        message: String,
    },
    /// The file or directory could not be read.
    #[error("cannot read `{path}`: {message}")]
    Io {
        /// The path that failed.
        path: String,
        /// The operating system's reason.
        message: String,
    },
}

/// Builds [`DataError::Invalid`]s for one file's text, turning byte spans into lines and columns.
pub(crate) struct FileContext<'a> {
    pub(crate) file: &'a str,
    pub(crate) text: &'a str,
}

impl FileContext<'_> {
    /// An error at `span` (a byte range into the file's text).
    pub(crate) fn error(&self, span: Range<usize>, message: impl Into<String>) -> DataError {
        let (line, column) = line_column(self.text, span.start);
        DataError::Invalid {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        }
    }

    /// Converts a TOML syntax or schema error, keeping its position and its first line of explanation.
    pub(crate) fn toml_error(&self, error: &toml::de::Error) -> DataError {
        let span = error.span().unwrap_or(0..0);
        self.error(span, error.message().trim().to_string())
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 9), (2, 3));
        assert_eq!(line_column(text, 999), (3, 1));
    }
}
