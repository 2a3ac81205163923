// The web page's browser test: builds the page, serves examples/web/dist/ on 127.0.0.1, drives it in headless
// Chromium and checks its answers equal `check --json` for the same phone, carriers and date. Also: picking a
// phone from the suggestions with the keyboard and the mouse, the brand matrix against the `matrix` example,
// an error with "did you mean", axe-core's WCAG 2.1 AA rules, screenshots at desktop (1280) and phone (390)
// widths in examples/web/screenshots/, and the sizes and the time from page load to the first answer.
//
//   examples/web/test.sh                       # installs what is missing, then runs this
//   node examples/web/test/browser.mjs         # CHROMIUM=/path/to/chromium to use another browser
//
// Exit code 0 when every check passed, 1 otherwise (each failure is printed).

import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(web, "../..");
const dist = join(web, "dist");
const shots = join(web, "screenshots");
const AS_OF = "2026-12-02";
const failures = [];
const notes = [];

function check(condition, message) {
  if (!condition) {
    failures.push(message);
    console.log(`  FAIL ${message}`);
  }
  return condition;
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, ...options });
}

// ---- build: the page and the command-line example the answers are compared with ----

console.log("building the page (examples/web/build.sh)");
console.log(run(join(web, "build.sh"), [], { stdio: ["ignore", "pipe", "inherit"] }).trim());
console.log("building the check and matrix examples");
run("cargo", ["build", "--quiet", "--release", "--example", "check", "--example", "matrix"], { stdio: ["ignore", "inherit", "inherit"] });
const cli = (name, args) => run(join(root, "target/release/examples", name), args);
const checkJson = (args) => JSON.parse(cli("check", [...args, "--json"]));

// ---- a static server for dist/ ----

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  if (path === "/__blank") return response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
  const file = join(dist, path.endsWith("/") ? path + "index.html" : path);
  if (!file.startsWith(dist)) return response.writeHead(403).end();
  try {
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end("not found");
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}/`;
console.log(`serving ${dist} at ${base}`);

// ---- the browser ----

const profiles = [];
/// Chromium with a fresh profile (an empty cache), and its one page.
async function browser() {
  const profile = mkdtempSync(join(tmpdir(), "bandcheck-chromium-"));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run", "--disable-sync",
    ],
  });
  return [context, context.pages()[0] || (await context.newPage())];
}
const [context, page] = await browser();
const pageErrors = [];
page.on("pageerror", (error) => pageErrors.push(String(error)));
page.on("console", (message) => {
  // A failed request is reported below with its address; the console's copy of it has none.
  if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) pageErrors.push(message.text());
});
page.on("response", (response) => {
  if (response.status() >= 400) pageErrors.push(`${response.status()} for ${response.url()}`);
});

async function load(query) {
  await page.goto(base + (query ? `?${query}` : ""));
  await page.waitForSelector("#answer[data-state=ready]");
}

function url(params) {
  const p = new URLSearchParams();
  for (const [key, value] of params) p.append(key, value);
  return p.toString();
}

// ---- timing: first visits (each in a new browser, nothing cached), then later visits ----

const timingQuery = url([["phone", "Xiaomi 14 Ultra"], ["carrier", "att"], ["carrier", "tmobile"], ["carrier", "verizon"], ["as_of", AS_OF]]);
async function marks(on = page) {
  return on.evaluate(() => Object.fromEntries(
    ["bandcheck:wasm", "bandcheck:data", "bandcheck:first-answer"].map((name) => [name.split(":")[1], performance.getEntriesByName(name)[0]?.startTime])));
}
const colds = [];
for (let i = 0; i < 3; i++) {
  // A page of the same server first, and a pause: the browser has finished starting up, as a person's has.
  const [fresh, first] = await browser();
  await first.goto(base + "__blank");
  await first.waitForTimeout(1500);
  await first.goto(`${base}?${timingQuery}`);
  await first.waitForSelector("#answer[data-state=ready]");
  colds.push(await marks(first));
  await fresh.close();
}
await load(timingQuery);
const warm = [];
for (let i = 0; i < 5; i++) {
  await load(timingQuery);
  warm.push(await marks());
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medians = (runs) => Object.fromEntries(["wasm", "data", "first-answer"].map((k) => [k, median(runs.map((m) => m[k]))]));
const cold = medians(colds);
const warmFirst = median(warm.map((m) => m["first-answer"]));
check(cold["first-answer"] <= 300 || warmFirst <= 300, `first answer within 300 ms (cold ${cold["first-answer"]?.toFixed(0)} ms, warm ${warmFirst?.toFixed(0)} ms)`);

// ---- answers equal `check --json` ----

function spec(file) {
  return readFileSync(join(root, file), "utf8");
}
const cases = [
  { name: "Xiaomi 14 Ultra", query: [["phone", "Xiaomi 14 Ultra"]], cli: ["Xiaomi 14 Ultra"], carriers: ["att", "tmobile", "verizon"] },
  { name: "Xiaomi 15", query: [["phone", "Xiaomi 15"]], cli: ["Xiaomi 15"], carriers: ["att", "tmobile", "verizon"] },
  { name: "xiaomi  12 (forgiving name), AT&T by its name", query: [["phone", "xiaomi  12"]], cli: ["xiaomi", "12"], carriers: ["AT&T"] },
  { name: "Redmi Note 13 Pro 5G on MVNOs", query: [["phone", "Redmi Note 13 Pro 5G"]], cli: ["Redmi Note 13 Pro 5G"], carriers: ["mint", "visible", "cricket"] },
  { name: "POCO X3 NFC in 2021", query: [["phone", "POCO X3 NFC"]], cli: ["POCO X3 NFC"], carriers: ["tmobile", "att"], asOf: "2021-06-01" },
  { name: "Apple iPhone 15", query: [["phone", "Apple iPhone 15"]], cli: ["Apple iPhone 15"], carriers: ["att", "verizon"] },
  { name: "Google Pixel 7 on Boost (two networks)", query: [["phone", "Google Pixel 7"]], cli: ["Google Pixel 7"], carriers: ["boost", "googlefi"] },
  { name: "Samsung Galaxy S22 Ultra (variants)", query: [["phone", "Samsung Galaxy S22 Ultra"]], cli: ["Samsung Galaxy S22 Ultra"], carriers: ["tmobile", "verizon"] },
  { name: "Nokia Lumia 530", query: [["phone", "Nokia Lumia 530"]], cli: ["Nokia Lumia 530"], carriers: ["att", "tmobile"] },
  { name: "pasted spec (POCO X5 Pro)", query: [["spec", spec("examples/specs/poco_x5_pro.txt")]], cli: ["--spec", "examples/specs/poco_x5_pro.txt"], carriers: ["mint", "att", "verizon"] },
  { name: "pasted spec with VoLTE yes", query: [["spec", spec("examples/specs/poco_x5_pro.txt")], ["volte", "yes"]], cli: ["--spec", "examples/specs/poco_x5_pro.txt", "--volte", "yes"], carriers: ["tmobile"] },
  { name: "typed bands", query: [["lte", "2,4,12,66,71"], ["nr", "n41,n71"], ["volte", "yes"]], cli: ["--lte", "2,4,12,66,71", "--nr", "n41,n71", "--volte", "yes"], carriers: ["tmobile", "metro", "att"] },
];

const key = (r) => `${r.carrier} / ${r.host} / ${r.variant}`;
let compared = 0;
for (const c of cases) {
  const asOf = c.asOf || AS_OF;
  const expected = checkJson([...c.cli, ...c.carriers.flatMap((id) => ["--carrier", id]), "--as-of", asOf]).results;
  await load(url([...c.query, ...c.carriers.map((id) => ["carrier", id]), ["as_of", asOf]]));
  const shown = await page.$$eval("article.card", (cards) => cards.map((card) => {
    const field = (name) => card.querySelector(`[data-field="${name}"]`)?.textContent.trim();
    return {
      carrier: card.dataset.carrier, host: card.dataset.host, variant: card.dataset.variant,
      verdict: card.dataset.verdict, score: Number(card.dataset.score),
      badge: field("verdict"), shownScore: field("score"), summary: field("summary"),
      calls: field("calls"), callsReason: field("calls-reason"),
      activation: field("activation"), activationReason: field("activation-reason"),
    };
  }));
  check(shown.length === expected.length && expected.length > 0, `${c.name}: ${shown.length} cards, check --json gives ${expected.length} results`);
  const byKey = new Map(shown.map((s) => [key(s), s]));
  for (const e of expected) {
    // The page is asked by id or name; the CLI reports the id either way.
    const s = byKey.get(key(e));
    if (!check(s, `${c.name}: no card for ${key(e)}`)) continue;
    compared++;
    const where = `${c.name}, ${key(e)}`;
    check(s.verdict === e.verdict && s.badge.toLowerCase() === e.verdict, `${where}: verdict ${s.verdict}/${s.badge}, CLI ${e.verdict}`);
    check(s.score === e.score && s.shownScore === e.score.toFixed(2), `${where}: score ${s.score}/${s.shownScore}, CLI ${e.score}`);
    check(s.summary === e.summary, `${where}: summary\n    page: ${s.summary}\n    CLI:  ${e.summary}`);
    check(s.calls.toLowerCase() === e.calls.status && s.callsReason === e.calls.reason, `${where}: calls ${s.calls} (${s.callsReason}), CLI ${e.calls.status} (${e.calls.reason})`);
    check(s.activation.toLowerCase() === e.activation.status && s.activationReason === e.activation.reason,
      `${where}: activation ${s.activation} (${s.activationReason}), CLI ${e.activation.status} (${e.activation.reason})`);
  }
  console.log(`  ${c.name}: ${expected.length} results (${expected.map((e) => `${e.carrier}${e.host === e.carrier ? "" : "@" + e.host}=${e.verdict}`).join(", ")})`);
}
check(compared >= 10, `at least 10 phone × carrier answers compared (${compared})`);

// ---- screenshots of the answers people look at ----

mkdirSync(shots, { recursive: true });
async function screenshot(name, query, widths = [1280, 390]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    if (query !== null) await load(query);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `${name} at ${width} px: the page is ${overflow} px wider than the screen`);
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
const big3 = [["carrier", "att"], ["carrier", "tmobile"], ["carrier", "verizon"], ["as_of", AS_OF]];
await screenshot("xiaomi-14-ultra", url([["phone", "Xiaomi 14 Ultra"], ...big3]));
await screenshot("xiaomi-15", url([["phone", "Xiaomi 15"], ...big3]));
await screenshot("matrix-xiaomi", url([["brand", "xiaomi"], ...big3]));
await screenshot("spec", url([["spec", spec("examples/specs/poco_x5_pro.txt")], ["carrier", "mint"], ["carrier", "att"], ["as_of", AS_OF]]), [1280]);

// ---- typing a name and picking a suggestion: keyboard, then mouse ----

await load("");
await page.focus("#phone");
await page.keyboard.type("xiaomi 14 ultr", { delay: 20 });
await page.waitForSelector("#phone-options li[role=option]");
check(await page.getAttribute("#phone", "aria-expanded") === "true", "typing opens the suggestions (aria-expanded)");
const typed = await page.$$eval("#phone-options li", (items) => items.map((li) => li.textContent));
check(typed[0] === "Xiaomi 14 Ultra", `first suggestion for "xiaomi 14 ultr" is Xiaomi 14 Ultra (${typed.join(", ")})`);
await page.keyboard.press("ArrowDown");
check(await page.getAttribute("#phone", "aria-activedescendant") === "phone-option-0", "ArrowDown highlights the first suggestion");
await page.screenshot({ path: join(shots, "suggestions-1280.png") });
await page.keyboard.press("Enter");
await page.waitForSelector("article.card");
let params = new URL(page.url()).searchParams;
check(params.get("phone") === "Xiaomi 14 Ultra" && params.getAll("carrier").join(",") === "att,tmobile,verizon",
  `Enter on a suggestion shows its answer with the default carriers (${page.url()})`);
check((await page.textContent("#answer h2")).startsWith("Xiaomi 14 Ultra"), "the answer is titled with the picked phone");
await page.fill("#phone", "");
await page.keyboard.type("redmi note 13 pro", { delay: 20 });
await page.waitForSelector("#phone-options li[data-name='Redmi Note 13 Pro+']");
await page.click("#phone-options li[data-name='Redmi Note 13 Pro+']");
await page.waitForFunction(() => document.querySelector("#answer h2")?.textContent.startsWith("Redmi Note 13 Pro+"));
params = new URL(page.url()).searchParams;
check(params.get("phone") === "Redmi Note 13 Pro+", `a click on a suggestion shows its answer (${page.url()})`);
await page.goBack();
await page.waitForFunction(() => document.querySelector("#answer h2")?.textContent.startsWith("Xiaomi 14 Ultra"));
check(await page.inputValue("#phone") === "Xiaomi 14 Ultra", "Back restores the previous answer and the form");

// ---- the form: choosing carriers and a date puts them in the URL ----

await page.check("input[name=carrier][value=boost]");
await page.uncheck("input[name=carrier][value=verizon]");
await page.fill("#as_of", "2024-01-15");
await page.click("#go");
await page.waitForSelector("article.card[data-carrier=boost]");
params = new URL(page.url()).searchParams;
check(params.getAll("carrier").join(",") === "att,tmobile,boost" && params.get("as_of") === "2024-01-15", `the form's carriers and date go to the URL (${page.url()})`);

// ---- pasting into the form: the spec goes to the URL; one too long for an address is answered all the same ----

await load("");
await page.check("input[name=mode][value=spec]");
await page.fill("#spec", spec("examples/specs/poco_x5_pro.txt"));
await page.selectOption("#volte", "yes");
await page.click("#go");
await page.waitForSelector("article.card");
params = new URL(page.url()).searchParams;
check(params.get("spec") === spec("examples/specs/poco_x5_pro.txt").replace(/\r\n/g, "\n") && params.get("volte") === "yes",
  "a spec pasted in the form goes to the URL with its VoLTE choice");
check((await page.$$("article.card")).length === 6, "the pasted spec is answered per variant and carrier (2 × 3)");
await page.fill("#spec", spec("examples/specs/poco_x5_pro.txt") + "\nComments\t" + "lorem ipsum ".repeat(4000));
await page.click("#go");
await page.waitForSelector("#answer .note-box");
check((await page.$$("article.card")).length === 6 && !new URL(page.url()).searchParams.has("spec"),
  "a 48 KB paste is answered but left out of the URL");

// ---- an unknown name: "did you mean" ----

await load(url([["phone", "xiaomi 14 ultar"], ...big3]));
const error = await page.textContent("#answer .error");
check(/no phone `xiaomi 14 ultar`/.test(error), `an unknown name is an error naming it (${error})`);
check(await page.$("#answer a[href*='Xiaomi+14+Ultra']"), "the error suggests Xiaomi 14 Ultra");

// ---- the brand matrix equals the matrix example ----

await load(url([["brand", "xiaomi"], ...big3]));
const rows = await page.$$eval("table.matrix tbody tr", (trs) => trs.map((tr) => ({
  name: tr.querySelector("th").textContent.trim(),
  cells: [...tr.querySelectorAll("td")].map((td) => td.textContent.trim()),
})));
const expectedRows = cli("matrix", ["xiaomi", "--carrier", "att", "--carrier", "tmobile", "--carrier", "verizon", "--as-of", AS_OF])
  .split("\n").filter((line) => /\]\s/.test(line) && /(full|part|none)\s+\d\.\d\d/.test(line))
  .map((line) => ({
    name: line.slice(0, line.indexOf("]") + 1).trim(),
    cells: [...line.matchAll(/(full|part|none|\?)\s+(\d\.\d\d)([+!?])/g)].map((m) => `${m[1]} ${m[2]}${m[3]}`),
  }));
check(rows.length === expectedRows.length && rows.length > 20, `matrix: ${rows.length} rows, the matrix example ${expectedRows.length}`);
for (const [i, row] of rows.entries()) {
  const e = expectedRows[i];
  const cells = row.cells.map((text) => {
    const m = text.match(/^(full|part|none|\?) (\d\.\d\d) ([+!?])/);
    return m ? `${m[1]} ${m[2]}${m[3]}` : text;
  });
  if (!check(e && e.name === row.name.replace(/\s+\[/, " ["), `matrix row ${i}: ${row.name} vs ${e?.name}`)) continue;
  check(cells.join(" | ") === e.cells.join(" | "), `matrix ${row.name}: ${cells.join(" | ")} vs ${e.cells.join(" | ")}`);
}

// ---- accessibility basics: every control has a label, the page has one h1, images none ----

await load(url([["phone", "Xiaomi 14 Ultra"], ...big3]));
const unlabeled = await page.$$eval("input, select, textarea", (controls) => controls
  .filter((c) => c.type !== "hidden" && c.labels.length === 0 && !c.getAttribute("aria-label") && !c.getAttribute("aria-labelledby"))
  .map((c) => c.id || c.name));
check(unlabeled.length === 0, `every control has a label (unlabeled: ${unlabeled.join(", ")})`);
check((await page.$$("h1")).length === 1, "one h1");

// axe-core's WCAG 2 A and AA rules (contrast, names, ARIA, structure) on the cards, the table and the search box.
const axeSource = join(web, "node_modules/axe-core/axe.min.js");
async function axe(what) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }));
  for (const v of result.violations) {
    check(false, `${what}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  }
  return result.passes.length;
}
let axeRules = await axe("cards");
for (const width of [1280, 390]) {
  await page.setViewportSize({ width, height: 900 });
  await load(url([["brand", "xiaomi"], ...big3]));
  axeRules += await axe(`matrix at ${width} px`);
}
await page.setViewportSize({ width: 1280, height: 900 });
await load("");
await page.focus("#phone");
await page.keyboard.type("redmi note", { delay: 10 });
await page.waitForSelector("#phone-options li[role=option]");
axeRules += await axe("search box with suggestions");
notes.push(`axe-core (WCAG 2.1 A and AA): no violations on 4 views (${axeRules} rule passes)`);

// ---- served by Python's http.server too (the README's command), if there is a python3 ----

try {
  run("python3", ["--version"]);
  const python = spawn("python3", ["-m", "http.server", "--bind", "127.0.0.1", "--directory", dist, "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const port = await new Promise((done, fail) => {
    python.stdout.on("data", (data) => {
      const m = String(data).match(/port (\d+)/);
      if (m) done(m[1]);
    });
    setTimeout(() => fail(new Error("python3 -m http.server did not start")), 10000);
  });
  await page.goto(`http://127.0.0.1:${port}/?phone=Xiaomi+12&carrier=att&as_of=${AS_OF}`);
  await page.waitForSelector("article.card", { timeout: 10000 });
  python.kill();
  notes.push("python3 -m http.server: the page works");
} catch (e) {
  if (!String(e).includes("ENOENT")) check(false, `python3 -m http.server: ${e}`);
}

check(pageErrors.length === 0, `no errors in the page (${pageErrors.join("; ")})`);
await context.close();
server.close();
for (const profile of profiles) rmSync(profile, { recursive: true, force: true });

// ---- sizes ----

let raw = 0;
let gzipped = 0;
const parts = [];
for (const file of readdirSync(dist)) {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += statSync(join(dist, file)).size;
  gzipped += gz;
  parts.push(`${file} ${bytes.length} (${gz} gzipped)`);
}
check(gzipped <= 1 << 20, `dist/ is ${gzipped} bytes gzipped, at most 1 MiB`);

const ms = (value) => `${value?.toFixed(0)} ms`;
console.log(`
sizes: ${parts.join(", ")}
total: ${raw} bytes, ${gzipped} gzipped (${(gzipped / 1024).toFixed(0)} KiB)
first answer after page load, headless Chromium (load average ${loadavg()[0].toFixed(1)} on this machine): first visit (new browser), median of 3: ${ms(cold["first-answer"])} (${colds.map((m) => ms(m["first-answer"])).join(", ")}; wasm ready ${ms(cold.wasm)}, data ${ms(cold.data)}); later visits, median of 5 ${ms(warmFirst)} (wasm ready ${ms(median(warm.map((m) => m.wasm)))}, data ${ms(median(warm.map((m) => m.data)))})
answers compared with check --json: ${compared} phone × carrier results in ${cases.length} cases; matrix rows: ${rows.length}
${notes.join("\n")}
screenshots: ${shots}`);
writeFileSync(join(shots, "measurements.txt"), `cold ${cold["first-answer"]}\nwarm ${warmFirst}\ngzipped ${gzipped}\n`);
if (failures.length) {
  console.log(`\n${failures.length} failures`);
  process.exit(1);
}
console.log("web: every check passed");
