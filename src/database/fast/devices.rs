//! A fast reader for the device list that ends a carrier file (`bands/carriers/att.toml`): one
//! `[[activation.list.device]]` table per device, with `brand = "…"`, `model = "…"`, `models = ["…", …]` and
//! `calls = true|false` on one line each, each at most once, and comment or blank lines between.
//! Measured (callgrind): att.toml costs 5.1M instructions through `toml` alone, 1.9M this way (its 215 devices,
//! one table each, are 4.1M of the 5.1M).
//!
//! The text before the list is read by `toml` with one probe device appended, so that `toml` itself checks that the
//! list may be extended there. Anything else (another layout, a key it does not read, a `toml` error) returns `None`,
//! and the whole file is read by `toml` instead, which also gives the errors.

use super::{lines, string, strings};
use crate::database::raw::{RawCarrier, RawListedDevice};

const HEADER: &str = "[[activation.list.device]]";

/// The carrier file, or `None` when it does not end in a device list in this layout.
pub(in crate::database) fn carrier_file(text: &str) -> Option<RawCarrier> {
    let start = first_header(text)?;
    let devices = devices(&text[start..])?;
    let mut head = String::with_capacity(start + 64);
    head.push_str(&text[..start]);
    head.push_str(HEADER);
    head.push_str("\nbrand = \"\"\nmodel = \"\"\n");
    let mut raw: RawCarrier = toml::from_str(&head).ok()?;
    let list = raw.activation.as_mut()?.list.as_mut()?;
    // The probe is the last device `toml` read; the fast reader's devices take its place.
    list.device.pop()?;
    list.device.extend(devices);
    Some(raw)
}

/// The byte offset of the first line that is the device header.
fn first_header(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(HEADER) {
        let start = from + at;
        let rest = &text[start + HEADER.len()..];
        let whole_line =
            text[..start].ends_with('\n') && (rest.starts_with('\n') || rest.starts_with("\r\n"));
        if whole_line {
            return Some(start);
        }
        from = start + HEADER.len();
    }
    None
}

/// The devices of `text`, which starts at the first device header.
fn devices(text: &str) -> Option<Vec<RawListedDevice>> {
    let mut out = Vec::new();
    let mut current: Option<Fields> = None;
    for (_, line) in lines(text) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == HEADER {
            if let Some(fields) = current.take() {
                out.push(fields.device()?);
            }
            current = Some(Fields::default());
            continue;
        }
        let space = line.bytes().position(|b| b == b' ')?;
        let (key, value) = (&line[..space], line[space..].strip_prefix(" = ")?);
        let fields = current.as_mut()?;
        match key {
            "brand" if fields.brand.is_none() => fields.brand = Some(string(value)?),
            "model" if fields.model.is_none() => fields.model = Some(string(value)?),
            "models" if fields.models.is_none() => fields.models = Some(strings(value)?),
            "calls" if fields.calls.is_none() => {
                fields.calls = Some(match value {
                    "true" => true,
                    "false" => false,
                    _ => return None,
                });
            }
            _ => return None,
        }
    }
    out.push(current?.device()?);
    Some(out)
}

/// One device's keys as read so far.
#[derive(Default)]
struct Fields {
    brand: Option<String>,
    model: Option<String>,
    models: Option<Vec<String>>,
    calls: Option<bool>,
}

impl Fields {
    /// The device, or `None` when a required key is missing (`toml` then names it).
    fn device(self) -> Option<RawListedDevice> {
        Some(RawListedDevice {
            brand: self.brand?,
            model: self.model?,
            models: self.models.unwrap_or_default(),
            calls: self.calls,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::Database;

    const ATT: &str = include_str!("../../../bands/carriers/att.toml");
    const VERIZON: &str = include_str!("../../../bands/carriers/verizon.toml");

    /// The same file in a layout only `toml` reads (a comment after each header), every position unchanged.
    fn slow(text: &str) -> String {
        text.replace("[[activation.list.device]]\n", "[[activation.list.device]] #\n")
    }

    fn load(name: &str, text: &str) -> Result<Database, String> {
        Database::from_toml_str(name, text).map_err(|e| e.to_string())
    }

    #[test]
    fn the_fast_reader_reads_what_toml_reads() {
        for (name, text) in [("carriers/att.toml", ATT), ("carriers/verizon.toml", VERIZON)] {
            assert!(super::carrier_file(text).is_some(), "{name}");
            assert!(super::carrier_file(&slow(text)).is_none(), "{name}");
            let (fast, slow) = (load(name, text).unwrap(), load(name, &slow(text)).unwrap());
            assert_eq!(fast.carriers(), slow.carriers(), "{name}");
            let list = fast.carriers()[0].activation().unwrap().list.as_ref().unwrap();
            assert!(list.devices().len() >= 10, "{name}");
        }
        let crlf = ATT.replace('\n', "\r\n");
        assert!(super::carrier_file(&crlf).is_some());
        assert_eq!(
            load("carriers/att.toml", &crlf).unwrap().carriers(),
            load("carriers/att.toml", ATT).unwrap().carriers()
        );
    }

    #[test]
    fn errors_are_the_ones_toml_gives() {
        let cases = [
            // A device without a model, a key given twice, a key the fast reader does not read.
            ATT.replacen("model = \"Galaxy S8\"\n", "", 1),
            ATT.replacen("calls = true\n", "calls = true\ncalls = false\n", 1),
            ATT.replacen("calls = true\n", "color = \"red\"\n", 1),
            // A list that may not be extended: devices already given as a plain array.
            ATT.replacen("complete = false\n", "complete = false\ndevice = []\n", 1),
        ];
        for text in cases {
            let fast = load("carriers/att.toml", &text).unwrap_err();
            assert!(fast.starts_with("carriers/att.toml:26"), "{fast}");
            assert_eq!(fast, load("carriers/att.toml", &slow(&text)).unwrap_err());
        }
    }
}
