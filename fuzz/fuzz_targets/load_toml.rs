//! Any bytes as a carrier, MVNO or phone data file: an answer or a clear error, never a panic.
#![no_main]

use bandcheck::{DataError, Database};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else { return };
    let name = ["carriers/att.toml", "mvnos.toml", "phones/fuzz.toml"][usize::from(kind) % 3];
    let text = String::from_utf8_lossy(rest);
    if let Err(DataError::Invalid { file, line, .. }) = Database::from_toml_str(name, &text) {
        assert_eq!(file, name);
        assert!(line >= 1);
    }
});
