//! Any bytes as a pasted spec sheet or a band list: no panic, at least one variant, spans inside the input,
//! every warning placed on a line and column.
#![no_main]

use bandcheck::{ParsedSpec, Technology, WarningKind, parse_band_list, parse_spec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse_spec(&text);
    assert!(!parsed.variants().is_empty());
    for warning in parsed.warnings() {
        assert!(warning.span.start <= warning.span.end && warning.span.end <= text.len());
        let placed = warning.line >= 1 && warning.column >= 1;
        assert!(placed || matches!(warning.kind, WarningKind::Truncated(_)));
    }
    let _ = text.parse::<ParsedSpec>();
    for technology in Technology::ALL {
        let list = parse_band_list(technology, &text);
        assert!(list.warnings.len() <= 101, "warnings are capped");
    }
});
