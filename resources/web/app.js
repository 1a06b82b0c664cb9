// Vormkeuze participant page. Everything from the case is set with textContent (never as HTML).
"use strict";

const TEXT = {
  nl: {
    other: "English",
    code: "Rondecode: {code}",
    intro_points: "Verdeel punten over de criteria: hoe belangrijker, hoe meer punten. Het gaat om de verhouding.",
    intro_ranking: "Zet de criteria op volgorde: het belangrijkste bovenaan.",
    legend_groups: "Hoe zwaar weegt elk criterium voor u?",
    legend_group: "Binnen ‘{group}’: hoe zwaar weegt elk criterium voor u?",
    legend_rank_groups: "Wat vindt u het belangrijkst?",
    legend_rank_group: "Binnen ‘{group}’: wat vindt u het belangrijkst?",
    name: "Uw naam (deze ronde is niet anoniem)",
    points: "{value} punten ({share})",
    up: "{name} hoger",
    down: "{name} lager",
    position: "Plaats {pos}",
    preview: "Wat uw weging als eerste zet",
    first: "Met uw weging komt eerst: {name}",
    first_short: "Eerst: {name}",
    none: "Geef minstens één criterium punten.",
    submit: "Antwoord versturen",
    resubmit: "Gewijzigd antwoord versturen",
    sending: "Bezig met versturen…",
    sent: "Ontvangen. U kunt uw antwoord wijzigen en opnieuw versturen tot de ronde sluit.",
    closed: "De ronde is gesloten. Dank voor uw antwoord.",
    closed_before: "De ronde is gesloten.",
    lost: "Geen verbinding met de ronde. Is de ronde gesloten, of is uw wifi weg?",
    loading: "De ronde wordt geladen…",
    load_failed: "De ronde kan niet worden geladen. Vraag de begeleider om de link of QR-code.",
    err_invalid: "Dit antwoord klopt niet: {detail}.",
    err_too_fast: "Even geduld: u verstuurt te snel. Probeer het over een paar seconden opnieuw.",
    err_full: "De ronde is vol: het maximale aantal deelnemers is bereikt.",
    err_closed: "De ronde is gesloten; uw antwoord is niet meer meegenomen.",
    err_no_device: "Uw browser stuurt geen cookie mee. Sta cookies toe voor deze pagina en laad hem opnieuw.",
    err_other: "Uw antwoord is niet aangenomen ({code}).",
    d_answer_name: "vul uw naam in (ten hoogste 60 tekens)",
    d_answer_all_zero: "geef minstens één criterium punten",
    d_answer_out_of_range: "punten moeten tussen 0 en 100 liggen",
    d_other: "controleer de invoer",
  },
  en: {
    other: "Nederlands",
    code: "Round code: {code}",
    intro_points: "Divide points over the criteria: the more important, the more points. Only the proportions count.",
    intro_ranking: "Put the criteria in order: the most important at the top.",
    legend_groups: "How much does each criterion weigh for you?",
    legend_group: "Within ‘{group}’: how much does each criterion weigh for you?",
    legend_rank_groups: "What matters most to you?",
    legend_rank_group: "Within ‘{group}’: what matters most to you?",
    name: "Your name (this round is not anonymous)",
    points: "{value} points ({share})",
    up: "Move {name} up",
    down: "Move {name} down",
    position: "Position {pos}",
    preview: "What your weights put first",
    first: "With your weights first comes: {name}",
    first_short: "First: {name}",
    none: "Give at least one criterion some points.",
    submit: "Send answer",
    resubmit: "Send changed answer",
    sending: "Sending…",
    sent: "Received. You can change your answer and send it again until the round closes.",
    closed: "The round is closed. Thank you for your answer.",
    closed_before: "The round is closed.",
    lost: "No connection to the round. Has it closed, or is your Wi-Fi gone?",
    loading: "Loading the round…",
    load_failed: "The round cannot be loaded. Ask the facilitator for the link or QR code.",
    err_invalid: "This answer is not valid: {detail}.",
    err_too_fast: "Please wait: you are sending too fast. Try again in a few seconds.",
    err_full: "The round is full: the maximum number of participants has been reached.",
    err_closed: "The round is closed; your answer was not taken.",
    err_no_device: "Your browser sends no cookie. Allow cookies for this page and reload it.",
    err_other: "Your answer was not accepted ({code}).",
    d_answer_name: "enter your name (at most 60 characters)",
    d_answer_all_zero: "give at least one criterion some points",
    d_answer_out_of_range: "points must lie between 0 and 100",
    d_other: "check what you entered",
  },
};

const state = {
  lang: (navigator.language || "nl").toLowerCase().startsWith("en") ? "en" : "nl",
  round: null,
  points: {},
  order: [],
  sent: false,
  closed: false,
};

function t(key, params) {
  let s = TEXT[state.lang][key] || key;
  for (const [k, v] of Object.entries(params || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
}

function $(id) { return document.getElementById(id); }

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function number(x, digits) {
  return x.toLocaleString(state.lang === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
}

function shares() {
  const r = state.round;
  const ids = r.criteria.map((c) => c.id);
  if (r.mode === "ranking") {
    const n = state.order.length;
    const out = {};
    state.order.forEach((id, k) => {
      let w = 0;
      for (let j = k + 1; j <= n; j++) w += 1 / j;
      out[id] = w / n;
    });
    return out;
  }
  const total = ids.reduce((s, id) => s + state.points[id], 0);
  const out = {};
  for (const id of ids) out[id] = total > 0 ? state.points[id] / total : 0;
  return out;
}

function renderStatic() {
  const r = state.round;
  document.documentElement.lang = state.lang;
  $("lang").textContent = t("other");
  $("lang").lang = state.lang === "nl" ? "en" : "nl";
  $("title").textContent = r ? r.title : "Vormkeuze";
  $("code-line").textContent = r ? t("code", { code: r.code }) : "";
  if (!r) return;
  $("intro").textContent = r.mode === "ranking" ? t("intro_ranking") : t("intro_points");
  const rank = r.mode === "ranking" ? "legend_rank_" : "legend_";
  $("legend").textContent = r.group ? t(rank + "group", { group: r.group }) : t(rank + "groups");
  $("name-label").textContent = t("name");
  $("preview-title").textContent = t("preview");
  $("submit").textContent = state.sent ? t("resubmit") : t("submit");
}

function renderItems() {
  const r = state.round;
  const list = $("items");
  list.replaceChildren();
  const byId = Object.fromEntries(r.criteria.map((c) => [c.id, c]));
  const ids = r.mode === "ranking" ? state.order : r.criteria.map((c) => c.id);
  ids.forEach((id, k) => {
    const c = byId[id];
    const li = el("li", "item");
    li.dataset.id = id;
    const descId = "desc-" + id;
    if (r.mode === "points") {
      const inputId = "w-" + id;
      const label = el("label", null, c.name);
      label.htmlFor = inputId;
      li.append(label);
      if (c.description) { const d = el("p", "desc", c.description); d.id = descId; li.append(d); }
      const row = el("div", "slider-row");
      const input = document.createElement("input");
      input.type = "range"; input.min = "0"; input.max = String(r.max_points); input.step = "1";
      input.id = inputId; input.value = String(state.points[id]);
      if (c.description) input.setAttribute("aria-describedby", descId);
      const out = el("output", null, "");
      out.htmlFor = inputId;
      const show = () => {
        const text = t("points", { value: state.points[id], share: number(100 * shares()[id], 0) + "%" });
        out.textContent = text;
        input.setAttribute("aria-valuetext", text);
      };
      input.addEventListener("input", () => {
        state.points[id] = Number(input.value);
        for (const other of list.querySelectorAll("output")) other.dispatchEvent(new Event("refresh"));
        renderPreview();
      });
      out.addEventListener("refresh", show);
      show();
      row.append(input, out);
      li.append(row);
    } else {
      const row = el("div", "rank-row");
      row.append(el("span", "pos", String(k + 1) + "."));
      const name = el("span", "name", c.name);
      row.append(name);
      const up = el("button", "up", "▲");
      up.type = "button"; up.disabled = k === 0 || state.closed;
      up.setAttribute("aria-label", t("up", { name: c.name }));
      up.addEventListener("click", () => move(k, -1));
      const down = el("button", "down", "▼");
      down.type = "button"; down.disabled = k === ids.length - 1 || state.closed;
      down.setAttribute("aria-label", t("down", { name: c.name }));
      down.addEventListener("click", () => move(k, 1));
      row.append(up, down);
      li.append(row);
      if (c.description) li.append(el("p", "desc", c.description));
      li.setAttribute("aria-label", t("position", { pos: k + 1 }) + ": " + c.name);
    }
    list.append(li);
  });
}

function move(k, step) {
  const j = k + step;
  if (j < 0 || j >= state.order.length) return;
  const o = state.order;
  [o[k], o[j]] = [o[j], o[k]];
  renderItems();
  renderPreview();
  const button = $("items").children[j].querySelector(step < 0 ? "button.up" : "button.down");
  (button && !button.disabled ? button : $("items").children[j].querySelector("button:not(:disabled)"))?.focus();
}

function renderPreview() {
  const r = state.round;
  const s = shares();
  const ids = r.criteria.map((c) => c.id);
  const total = ids.reduce((a, id) => a + s[id], 0);
  const list = $("preview-list");
  list.replaceChildren();
  if (total <= 0) {
    $("preview-first").textContent = t("none");
    $("bar-first").textContent = t("none");
    return;
  }
  const values = r.options.map((o) => ({
    name: o.name, value: ids.reduce((a, id, k) => a + s[id] * o.values[k], 0),
  }));
  values.sort((a, b) => b.value - a.value);
  $("preview-first").textContent = t("first", { name: values[0].name });
  $("bar-first").textContent = t("first_short", { name: values[0].name });
  const top = Math.max(values[0].value, 1e-9);
  for (const v of values) {
    const li = el("li");
    const label = el("div", "label");
    label.append(el("span", null, v.name), el("span", null, number(v.value, 1)));
    const track = el("div", "track");
    const fill = el("div", "fill");
    fill.style.width = Math.max(0, Math.min(100, (100 * v.value) / top)) + "%";
    track.append(fill);
    li.append(label, track);
    list.append(li);
  }
}

function setStatus(text, kind) {
  const s = $("status");
  s.textContent = text;
  s.className = kind || "";
}

function closeForm(text) {
  state.closed = true;
  for (const input of $("form").querySelectorAll("input, button")) input.disabled = true;
  setStatus(text, "");
}

function errorText(body) {
  const code = body && body.code;
  if (code === "invalid") {
    const first = (body.issues || [])[0];
    const key = first ? "d_" + first.code : "d_other";
    const detail = TEXT[state.lang][key] ? t(key) : t("d_other");
    return t("err_invalid", { detail });
  }
  const key = "err_" + code;
  return TEXT[state.lang][key] ? t(key) : t("err_other", { code: String(code) });
}

async function submit(event) {
  event.preventDefault();
  if (state.closed) return;
  const r = state.round;
  const payload = r.mode === "ranking" ? { order: state.order.slice() } : { points: { ...state.points } };
  if (!r.anonymous) payload.name = $("name").value;
  $("submit").disabled = true;
  setStatus(t("sending"), "");
  try {
    const response = await fetch("api/answer", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(payload),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok && body.ok) {
      state.sent = true;
      renderStatic();
      setStatus(t("sent"), "ok");
    } else if (body.code === "closed") {
      closeForm(t("err_closed"));
    } else {
      setStatus(errorText(body), "bad");
    }
  } catch (e) {
    setStatus(t("lost"), "bad");
  } finally {
    if (!state.closed) $("submit").disabled = false;
  }
}

function listen() {
  if (!window.EventSource) return;
  const source = new EventSource("api/events");
  source.addEventListener("state", (e) => {
    const s = JSON.parse(e.data);
    if (!s.open) { source.close(); closeForm(state.sent ? t("closed") : t("closed_before")); }
  });
  source.addEventListener("error", () => {
    if (!state.closed && source.readyState === EventSource.CLOSED) setStatus(t("lost"), "bad");
  });
}

async function load() {
  renderStatic();
  $("intro").textContent = t("loading");
  let r;
  try {
    const response = await fetch("api/round", { credentials: "same-origin" });
    if (!response.ok) throw new Error(String(response.status));
    r = await response.json();
  } catch (e) {
    $("intro").textContent = t("load_failed");
    return;
  }
  state.round = r;
  const ids = r.criteria.map((c) => c.id);
  const mine = r.mine;
  state.order = mine && mine.order ? mine.order.slice() : ids.slice();
  for (const id of ids) state.points[id] = mine && mine.points ? mine.points[id] : 50;
  state.sent = Boolean(mine);
  $("name-row").hidden = r.anonymous;
  if (mine && mine.name) $("name").value = mine.name;
  $("form").hidden = false;
  renderStatic();
  renderItems();
  renderPreview();
  if (!r.open) closeForm(t("closed_before"));
  else listen();
}

$("lang").addEventListener("click", () => {
  state.lang = state.lang === "nl" ? "en" : "nl";
  renderStatic();
  if (state.round) {
    const focused = document.activeElement && document.activeElement.id;
    renderItems();
    renderPreview();
    if (state.closed) closeForm(t(state.sent ? "closed" : "closed_before"));
    if (focused) $(focused)?.focus();
  } else {
    $("intro").textContent = t("loading");
  }
});
$("form").addEventListener("submit", submit);
load();
