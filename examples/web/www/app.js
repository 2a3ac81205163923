// The page: reads the state from the URL, asks the WebAssembly checker, draws cards or the matrix.
// Performance marks (read by the browser test): bandcheck:wasm (module ready), bandcheck:data (catalog
// loaded), bandcheck:first-answer (the first answer drawn), all relative to the page's navigation start.

import { loadBandcheck } from "./bandcheck.js";

performance.mark("bandcheck:script");

const DEFAULT_CARRIERS = ["att", "tmobile", "verizon"];
const TECHNOLOGIES = ["lte", "nr", "umts", "gsm", "cdma"];
const TECHNOLOGY_LABELS = { gsm: "2G GSM", umts: "3G UMTS", cdma: "CDMA", lte: "4G LTE", nr: "5G NR" };
const VERDICT_WORDS = { full: "Full", partial: "Partial", none: "None", unknown: "Unknown" };
// The matrix example's cell words: short, so that three carriers fit beside a name on a phone's screen.
const CELL_WORDS = { full: "full", partial: "part", none: "none", unknown: "?" };
const ANSWER_WORDS = { yes: "Yes", no: "No", unknown: "Unknown" };
const CALL_MARKS = { yes: ["+", "calls enabled"], no: ["!", "data only, calls not enabled"], unknown: ["?", "calls unknown"] };

const $ = (id) => document.getElementById(id);
let ask = null;
let catalog = null;
let answered = false;

/// Today as the command line sees it (UTC).
function today() {
  return new Date().toISOString().slice(0, 10);
}

/// An element with attributes and children (strings become text, never HTML).
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("data-")) node.setAttribute(name, String(value));
    else if (name in node && typeof node[name] !== "function") node[name] = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(params, text) {
  return el("a", { href: "?" + params.toString() }, text);
}

// ---- state <-> URL <-> form ----

function readState(search) {
  const p = new URLSearchParams(search);
  const state = { mode: null, carriers: p.getAll("carrier").filter(Boolean), asOf: p.get("as_of") || "" };
  const volte = p.get("volte");
  state.volte = volte === "yes" ? true : volte === "no" ? false : null;
  if (p.get("phone")) {
    state.mode = "phone";
    state.phone = p.get("phone");
  } else if (p.get("spec")) {
    state.mode = "spec";
    state.spec = p.get("spec");
  } else if (TECHNOLOGIES.some((t) => p.get(t))) {
    state.mode = "bands";
    state.bands = TECHNOLOGIES.filter((t) => p.get(t)).map((t) => [t, p.get(t)]);
  } else if (p.get("brand")) {
    state.mode = "brand";
    state.brand = p.get("brand");
  }
  if (state.carriers.length === 0) state.carriers = [...DEFAULT_CARRIERS];
  return state;
}

function stateToParams(state) {
  const p = new URLSearchParams();
  if (state.mode === "phone") p.set("phone", state.phone);
  if (state.mode === "spec") p.set("spec", state.spec);
  if (state.mode === "bands") for (const [t, list] of state.bands) p.set(t, list);
  if (state.mode === "brand") p.set("brand", state.brand);
  if ((state.mode === "spec" || state.mode === "bands") && state.volte !== null) {
    p.set("volte", state.volte ? "yes" : "no");
  }
  for (const c of state.carriers) p.append("carrier", c);
  if (state.asOf && state.asOf !== today()) p.set("as_of", state.asOf);
  return p;
}

function setMode(mode) {
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === mode;
  for (const section of document.querySelectorAll(".mode")) {
    section.hidden = !section.dataset.mode.split(" ").includes(mode);
  }
}

function currentMode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function fillForm(state) {
  setMode(state.mode || "phone");
  $("phone").value = state.phone || "";
  $("spec").value = state.spec || "";
  for (const t of TECHNOLOGIES) $(t).value = (state.bands || []).find(([x]) => x === t)?.[1] || "";
  $("brand").value = state.brand || "";
  $("volte").value = state.volte === null ? "" : state.volte ? "yes" : "no";
  for (const box of document.querySelectorAll('input[name="carrier"]')) box.checked = state.carriers.includes(box.value);
  const hidden = [...document.querySelectorAll('#more-carriers input[name="carrier"]')].map((b) => b.value);
  if (state.carriers.some((c) => hidden.includes(c))) $("more-carriers").open = true;
  $("as_of").value = state.asOf || today();
}

function formState() {
  const mode = currentMode();
  const volte = $("volte").value;
  return {
    mode,
    phone: $("phone").value.trim(),
    spec: $("spec").value,
    bands: TECHNOLOGIES.filter((t) => $(t).value.trim()).map((t) => [t, $(t).value.trim()]),
    brand: $("brand").value.trim(),
    volte: volte === "yes" ? true : volte === "no" ? false : null,
    carriers: [...document.querySelectorAll('input[name="carrier"]:checked')].map((b) => b.value),
    asOf: $("as_of").value || today(),
  };
}

// ---- the form's carriers ----

function carrierBox(id, name, note) {
  return el("label", { class: "check" },
    el("input", { type: "checkbox", name: "carrier", value: id }),
    " ", name, note ? el("span", { class: "note" }, " ", note) : null);
}

function buildCarrierChoices() {
  const names = Object.fromEntries(catalog.carriers.map((c) => [c.id, c.name]));
  $("carrier-list").replaceChildren(...catalog.carriers.filter((c) => c.complete).map((c) => carrierBox(c.id, c.name)));
  $("regional-list").replaceChildren(...catalog.carriers.filter((c) => !c.complete).map((c) =>
    carrierBox(c.id, c.name, "(regional, partial band data)")));
  $("mvno-list").replaceChildren(...catalog.mvnos.map((m) =>
    carrierBox(m.id, m.name, m.ended ? `(closed ${m.ended})` : `(on ${m.hosts.map((h) => names[h] || h).join(", ")})`)));
  const brands = new Set(catalog.families);
  for (const p of catalog.phones) brands.add(p.brand.toLowerCase());
  $("brands").replaceChildren(...[...brands].map((b) => el("option", { value: b })));
}

// ---- the phone search box (ARIA combobox with a listbox) ----

let active = -1;

function options() {
  return [...$("phone-options").children];
}

function closeSuggestions() {
  $("phone-options").hidden = true;
  $("phone").setAttribute("aria-expanded", "false");
  $("phone").removeAttribute("aria-activedescendant");
  active = -1;
}

function showSuggestions() {
  const query = $("phone").value.trim();
  const names = query ? ask({ op: "suggest", query }).suggestions : [];
  const list = $("phone-options");
  list.replaceChildren(...names.map((name, i) =>
    el("li", { id: `phone-option-${i}`, role: "option", "aria-selected": "false", "data-name": name }, name)));
  if (names.length === 0) return closeSuggestions();
  list.hidden = false;
  $("phone").setAttribute("aria-expanded", "true");
  active = -1;
}

function highlight(index) {
  const items = options();
  if (items.length === 0) return;
  active = (index + items.length) % items.length;
  items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
  $("phone").setAttribute("aria-activedescendant", items[active].id);
  items[active].scrollIntoView({ block: "nearest" });
}

function pick(name) {
  $("phone").value = name;
  closeSuggestions();
  submit();
}

function wireCombobox() {
  const input = $("phone");
  input.addEventListener("input", showSuggestions);
  input.addEventListener("keydown", (event) => {
    const open = !$("phone-options").hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) showSuggestions();
      highlight(active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      pick(options()[active].dataset.name);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      closeSuggestions();
    }
  });
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
  // mousedown, not click: it comes before the input's blur closes the list.
  $("phone-options").addEventListener("mousedown", (event) => {
    const item = event.target.closest("li[role=option]");
    if (item) {
      event.preventDefault();
      pick(item.dataset.name);
    }
  });
}

// ---- answers ----

function verdictBadge(verdict) {
  return el("span", { class: `badge v-${verdict}`, "data-field": "verdict" }, VERDICT_WORDS[verdict] || verdict);
}

function bandList(bands) {
  return bands.length ? bands.join(", ") : "—";
}

function sources(urls) {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return null;
  return el("details", { class: "sources" },
    el("summary", {}, unique.length === 1 ? "Source" : `Sources (${unique.length})`),
    el("ul", {}, unique.map((u) => el("li", {}, el("a", { href: u, rel: "noopener" }, u)))));
}

function technologyBlock(t) {
  const label = TECHNOLOGY_LABELS[t.technology] || t.technology;
  if (t.status === "retired") {
    return el("li", { class: "tech retired", "data-technology": t.technology },
      el("span", { class: "tech-name" }, label), " ",
      `switched off${t.retired_on ? " on " + t.retired_on : ""}: not counted`);
  }
  return el("li", { class: "tech", "data-technology": t.technology },
    el("span", { class: "tech-name" }, label), " ",
    t.verdict ? el("span", { class: `mini v-${t.verdict}` }, VERDICT_WORDS[t.verdict]) : "no live bands",
    el("dl", { class: "bandlists" },
      el("dt", {}, "Served"), el("dd", { class: "served" }, bandList(t.served)),
      t.missing.length ? [el("dt", {}, "Missing"), el("dd", { class: "missing" }, bandList(t.missing))] : null,
      t.extras.length ? [el("dt", {}, "Extras"), el("dd", {}, bandList(t.extras), " (speed only)")] : null),
    t.reasons.length ? el("ul", { class: "reasons" }, t.reasons.map((r) => el("li", {}, r))) : null);
}

/// The carrier's rule and the phone's place on its list, in a few words ("listed phones only · not on the
/// list of 2021-05-14").
function activationRule(a) {
  const rule = { open: "open to any fitting phone", listed: "listed phones only", certified: "certified phones only" }[a.rule] || a.rule;
  let place = "";
  if (a.listed === true) place = " · on the list";
  if (a.listed === false) place = " · not on the list";
  if (a.list_date) place += `${place ? "" : " · list"} of ${a.list_date}`;
  return el("span", { class: "rule" }, `Rule: ${rule}${place}`);
}

function card(r, shownCaveats) {
  const via = r.host === r.carrier ? null : el("p", { class: "via" }, `on ${r.host_name}'s network`);
  const caveats = r.caveats.filter((c) => !shownCaveats.has(c));
  for (const c of caveats) shownCaveats.add(c);
  const headingId = `card-${r.carrier}-${r.host}-${r.variant}`.replace(/[^A-Za-z0-9-]/g, "_");
  return el("article", {
    class: `card v-${r.verdict}`, "aria-labelledby": headingId,
    "data-carrier": r.carrier, "data-host": r.host, "data-variant": r.variant,
    "data-verdict": r.verdict, "data-score": r.score,
  },
    el("header", {},
      el("h3", { id: headingId }, r.carrier_name, via ? el("span", { class: "sr-only" }, ` on ${r.host_name}`) : null),
      via,
      el("p", { class: "verdict-line" },
        verdictBadge(r.verdict), " ",
        el("span", { class: "score" }, "score ", el("span", { "data-field": "score" }, r.score.toFixed(2))),
        el("meter", { min: 0, max: 1, value: r.score, "aria-hidden": "true" }))),
    el("p", { class: "summary", "data-field": "summary" }, r.summary),
    el("dl", { class: "facts" },
      el("dt", {}, "Calls"),
      el("dd", {},
        el("strong", { class: `a-${r.calls.status}`, "data-field": "calls" }, ANSWER_WORDS[r.calls.status]), " — ",
        el("span", { "data-field": "calls-reason" }, r.calls.reason), sources(r.calls.sources)),
      el("dt", {}, "Activation"),
      el("dd", {},
        el("strong", { class: `a-${r.activation.status}`, "data-field": "activation" }, ANSWER_WORDS[r.activation.status]),
        " — ", el("span", { "data-field": "activation-reason" }, r.activation.reason),
        activationRule(r.activation), sources(r.activation.sources))),
    el("h4", {}, "Bands"),
    el("ul", { class: "techs" }, r.technologies.map(technologyBlock)),
    caveats.length ? [el("h4", {}, "Good to know"), el("ul", { class: "caveats" }, caveats.map((c) => el("li", {}, c)))] : null);
}

function renderCheck(state, reply) {
  const out = [];
  if (reply.error) {
    out.push(el("p", { class: "error", role: "alert" }, reply.error));
    if (reply.suggestions?.length) {
      out.push(el("p", {}, "Did you mean: ",
        reply.suggestions.map((name, i) => [i ? ", " : "", link(stateToParams({ ...state, phone: name }), name)]), "?"));
    }
    return out;
  }
  const phone = reply.phone;
  // "pasted spec" and "given bands" are the command line's names, in lower case there.
  const title = phone.name.charAt(0).toUpperCase() + phone.name.slice(1);
  out.push(el("h2", { id: "answer-title" }, title,
    el("span", { class: "as-of" }, ` as of ${reply.as_of}`)));
  if (phone.variants.length === 0) {
    out.push(el("p", { class: "error", role: "alert" }, "No network rows found: nothing to check. Paste the Network section of a spec sheet."));
  }
  const shownCaveats = new Set();
  for (const variant of phone.variants) {
    const bands = Object.entries(variant.bands).map(([t, list]) => `${TECHNOLOGY_LABELS[t] || t}: ${list.join(", ")}`);
    const section = el("section", { class: "variant", "data-variant": variant.name },
      el("h3", { class: "variant-name" }, phone.variants.length > 1 ? `${variant.name} variant` : variant.name),
      el("details", { class: "phone-bands" }, el("summary", {}, "The phone's bands"),
        el("ul", {}, bands.map((b) => el("li", {}, b)),
          Object.entries(variant.unknown_bands || {}).map(([t, list]) =>
            el("li", {}, `${TECHNOLOGY_LABELS[t] || t}, not known bands: ${list.join(", ")}`)))),
      variant.warnings?.length ? el("ul", { class: "warnings" }, variant.warnings.map((w) => el("li", {}, `Not understood: ${w}`))) : null,
      el("div", { class: "cards" }, reply.results.filter((r) => r.variant === variant.name).map((r) => card(r, shownCaveats))));
    out.push(section);
  }
  for (const e of reply.errors || []) out.push(el("p", { class: "error", role: "alert", "data-carrier": e.carrier }, e.error));
  if (phone.sources?.length) out.push(el("div", { class: "phone-sources" }, "Phone data: ", sources(phone.sources)));
  return out;
}

function renderMatrix(state, reply) {
  if (reply.error) return [el("p", { class: "error", role: "alert" }, reply.error)];
  const names = Object.fromEntries([...catalog.carriers, ...catalog.mvnos].map((c) => [c.id, c.name]));
  const title = `${reply.brand === "xiaomi" ? "Xiaomi, Redmi and POCO" : `“${reply.brand}”`} phones as of ${reply.as_of}`;
  const table = el("table", { class: "matrix" },
    el("caption", { class: "sr-only" }, title),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Phone [variant]"),
      reply.carriers.map((c) => el("th", { scope: "col" }, names[c] || c)))),
    el("tbody", {}, reply.rows.map((row) => el("tr", {},
      el("th", { scope: "row" }, link(stateToParams({ ...state, mode: "phone", phone: row.phone }), row.phone), " ",
        el("span", { class: "variant-tag" }, `[${row.variant}]`)),
      row.cells.map((cell) => {
        if (!cell) return el("td", { class: "v-none-checked" }, "—");
        const [mark, words] = CALL_MARKS[cell.calls] || CALL_MARKS.unknown;
        const via = cell.host === cell.carrier ? "" : ` on ${cell.host_name}`;
        return el("td", { class: `cell v-${cell.verdict}`, title: cell.summary, "data-verdict": cell.verdict },
          CELL_WORDS[cell.verdict] || "?", " ", cell.score.toFixed(2), " ",
          el("span", { "aria-hidden": "true" }, mark),
          el("span", { class: "sr-only" }, `, ${words}${via}. ${cell.summary}`));
      })))));
  return [
    el("h2", { id: "answer-title" }, title),
    el("div", { class: "matrix-wrap", role: "region", "aria-labelledby": "answer-title", tabindex: 0 }, table),
    el("p", { class: "legend" },
      "Cell: full, part(ial) or none, and the score (coverage bands count twice); calls: ",
      el("strong", {}, "+"), " enabled, ", el("strong", {}, "!"), " not enabled (data only), ",
      el("strong", {}, "?"), " unknown. For a brand on several networks, its best network. Pick a phone for the reasons."),
  ];
}

function render(state) {
  const answer = $("answer");
  let content;
  if (state.carriers.length === 0 && state.mode) {
    content = [el("p", { class: "error", role: "alert" }, "Pick at least one carrier.")];
  } else if (state.mode === "phone" || state.mode === "spec" || state.mode === "bands") {
    const request = { op: "check", carriers: state.carriers, as_of: state.asOf || today(), volte: state.volte };
    if (state.mode === "phone") request.phone = state.phone;
    if (state.mode === "spec") request.spec = state.spec;
    if (state.mode === "bands") request.bands = state.bands;
    content = renderCheck(state, ask(request));
  } else if (state.mode === "brand") {
    content = renderMatrix(state, ask({ op: "matrix", brand: state.brand, carriers: state.carriers, as_of: state.asOf || today() }));
  } else {
    content = [el("p", { class: "intro" }, "Pick a phone, paste its spec sheet, or type its bands, then Check. Try ",
      link(new URLSearchParams({ phone: "Xiaomi 14 Ultra" }), "Xiaomi 14 Ultra"), ", ",
      link(new URLSearchParams({ phone: "Redmi Note 13 Pro 5G" }), "Redmi Note 13 Pro 5G"), " or the ",
      link(new URLSearchParams({ brand: "xiaomi" }), "Xiaomi family table"), ".")];
  }
  answer.replaceChildren(...content);
  answer.dataset.state = "ready";
  if (!answered) {
    answered = true;
    performance.mark("bandcheck:first-answer");
  }
}

/// On a phone's screen the form is folded away under a one-line summary once there is an answer, so the
/// answer is on the first screen; on wider screens it stays open.
const narrow = window.matchMedia("(max-width: 40rem)");

function foldQuestion(state) {
  const words = [];
  if (state.mode === "phone") words.push(state.phone);
  if (state.mode === "spec") words.push("pasted spec");
  if (state.mode === "bands") words.push("typed bands");
  if (state.mode === "brand") words.push(`“${state.brand}” table`);
  const names = Object.fromEntries([...catalog.carriers, ...catalog.mvnos].map((c) => [c.id, c.name]));
  words.push(state.carriers.map((c) => names[c] || c).join(", "), state.asOf || today());
  $("question-summary").textContent = state.mode ? `Change: ${words.join(" · ")}` : "Change the phone, carriers or date";
  $("question").open = !(narrow.matches && state.mode);
}

/// Longer addresses are not put in the URL (browsers refuse or cut them): a huge paste is answered, not shared.
const MAX_URL = 30000;

function submit() {
  const params = stateToParams(formState());
  const query = params.toString();
  const next = readState(query);
  const shareable = query.length <= MAX_URL;
  history.pushState(null, "", shareable && query ? `?${query}` : location.pathname);
  render(next);
  if (!shareable) {
    $("answer").prepend(el("p", { class: "note-box" }, "This spec sheet is too long to keep in the address: the answer cannot be shared as a link."));
  }
  foldQuestion(next);
  $("answer").focus();
}

async function main() {
  try {
    ask = await loadBandcheck("bandcheck_web.wasm");
  } catch (error) {
    $("status").textContent = `The checker could not load (${error}). Serve this folder over HTTP, e.g. python3 -m http.server.`;
    $("status").setAttribute("role", "alert");
    return;
  }
  performance.mark("bandcheck:wasm");
  catalog = ask({ op: "catalog" });
  performance.mark("bandcheck:data");
  $("data-note").textContent = `Runs entirely in your browser: nothing you type leaves this page. ` +
    `${catalog.phones.length} phones; data version ${catalog.data_version}, facts checked on or after ${catalog.checked}.`;
  buildCarrierChoices();
  wireCombobox();
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener("change", () => setMode(radio.value));
  }
  $("ask").addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  window.addEventListener("popstate", () => {
    const state = readState(location.search);
    fillForm(state);
    render(state);
    foldQuestion(state);
  });
  narrow.addEventListener("change", () => {
    if (!narrow.matches) $("question").open = true;
  });
  const state = readState(location.search);
  fillForm(state);
  render(state);
  foldQuestion(state);
}

main();
