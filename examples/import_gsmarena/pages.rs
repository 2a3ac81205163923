//! Every line of a page's band rows, from GSMArena pages saved as HTML in
//! https://github.com/eldar-mustafayev/gsmarena-scraper (commit dee3f141, 2022-03-29).
//!
//! The scrape the catalog is built from keeps only the first line of each row, so a page's other variants (most
//! US models: `… - A2484`, `… - SM-G991U1`) come from these saved pages. GSMArena writes the second and later
//! lines of a row as rows of their own with an empty title (`<td class="ttl">&#160;</td>`); they belong to the
//! last titled row.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub const PAGES_REPO: &str = "eldar-mustafayev/gsmarena-scraper";
pub const PAGES_COMMIT: &str = "dee3f141e7d289a011835c4868bfd04e892383b4";
/// The commit's date: the day the pages were saved, at the latest.
pub const PAGES_DATE: &str = "2022-03-29";

/// The band rows of one saved page.
pub struct SavedPage {
    /// The page's path in the repository (`data/models/html/Apple/iPhone 13.html`).
    pub path: String,
    /// Row title (`4G bands`) → its lines, in page order.
    pub rows: BTreeMap<String, Vec<String>>,
}

impl SavedPage {
    pub fn lines(&self, row: &str) -> &[String] {
        self.rows.get(row).map_or(&[], Vec::as_slice)
    }

    pub fn url(&self) -> String {
        format!(
            "https://github.com/{PAGES_REPO}/blob/{PAGES_COMMIT}/{}",
            self.path.replace(' ', "%20")
        )
    }
}

/// The saved pages of `brands` under `dir` (a checkout of the repository), by GSMArena page id (`11089` of
/// `apple_iphone_13_pro_max-11089.php`).
pub fn read(dir: &Path, brands: &[&str]) -> Result<HashMap<String, SavedPage>, String> {
    let mut pages = HashMap::new();
    for brand in brands {
        let folder = dir.join("data/models/html").join(brand);
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("cannot read `{}`: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !file.ends_with(".html") {
                continue;
            }
            let html = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            if let Some((id, rows)) = parse(&html) {
                let path = format!("data/models/html/{brand}/{file}");
                pages.insert(id, SavedPage { path, rows });
            }
        }
    }
    Ok(pages)
}

/// The page id of a GSMArena URL: `https://www.gsmarena.com/xiaomi_12-11285.php` → `11285`.
pub fn page_id(url: &str) -> Option<&str> {
    let name = url.strip_suffix(".php")?;
    let id = &name[name.rfind('-')? + 1..];
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// The page's id (from its canonical link) and the rows of its Network table.
fn parse(html: &str) -> Option<(String, BTreeMap<String, Vec<String>>)> {
    let canonical = between(html, "<link rel=\"canonical\" href=\"", "\"")?;
    let id = page_id(canonical)?.to_string();
    let specs = &html[html.find("id=\"specs-list\"")?..];
    // The Network section is the first table of the spec list.
    let table = between(specs, "<table", "</table>")?;
    let mut rows: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut title = None;
    for row in table.split("<tr").skip(1) {
        let (Some(ttl), Some(nfo)) = (cell(row, "ttl"), cell(row, "nfo")) else {
            continue;
        };
        if let Some(ttl) = cell_lines(ttl).into_iter().next() {
            title = Some(ttl);
        }
        if let Some(title) = &title {
            rows.entry(title.clone()).or_default().extend(cell_lines(nfo));
        }
    }
    Some((id, rows))
}

/// The inner HTML of the row's `<td class="…">` cell.
fn cell<'a>(row: &'a str, class: &str) -> Option<&'a str> {
    let start = row.find(&format!("<td class=\"{class}\""))?;
    let inner = &row[start..];
    let open = inner.find('>')? + 1;
    let close = inner.find("</td>")?;
    inner.get(open..close)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// A cell's lines (split at `<br>`), tags dropped, the entities GSMArena uses decoded, blank lines skipped.
fn cell_lines(html: &str) -> Vec<String> {
    let html = html
        .replace("<br />", "\n")
        .replace("<br/>", "\n")
        .replace("<br>", "\n");
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&#160;", " ")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace('\u{a0}', " ");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_rows_join_their_titled_row() {
        let html = r#"<link rel="canonical" href="https://www.gsmarena.com/apple_iphone_13_pro_max-11089.php">
<div id="specs-list"><table cellspacing="0">
<tr class="tr-hover"><th rowspan="15" scope="row">Network</th>
<td class="ttl"><a href="network-bands.php3">Technology</a></td><td class="nfo">GSM / LTE / 5G</td></tr>
<tr><td class="ttl"><a href="network-bands.php3">4G bands</a></td>
<td class="nfo" data-spec="net4g">1, 2, 3 - A2643, A2644</td></tr>
<tr class="tr-toggle" data-spec-optional><td class="ttl">&#160;</td><td class="nfo">1, 2, 66, 71 - A2484</td></tr>
<tr><td class="ttl"><a href="network-bands.php3">5G bands</a></td>
<td class="nfo" data-spec="net5g">1, 3 SA/NSA - A2643<br>2, 77 SA/NSA - A2484 &amp; A2641</td></tr>
</table><table><tr><td class="ttl">Announced</td><td class="nfo">2021</td></tr></table></div>"#;
        let (id, rows) = parse(html).unwrap();
        assert_eq!(id, "11089");
        assert_eq!(
            rows["4G bands"],
            ["1, 2, 3 - A2643, A2644", "1, 2, 66, 71 - A2484"]
        );
        assert_eq!(
            rows["5G bands"],
            ["1, 3 SA/NSA - A2643", "2, 77 SA/NSA - A2484 & A2641"]
        );
        assert!(!rows.contains_key("Announced"));
    }

    #[test]
    fn page_ids() {
        assert_eq!(
            page_id("https://www.gsmarena.com/xiaomi_12-11285.php"),
            Some("11285")
        );
        assert_eq!(page_id("https://www.gsmarena.com/xiaomi_12.php"), None);
    }
}
