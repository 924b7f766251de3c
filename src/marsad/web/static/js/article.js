// The article view: the original text with entities, places, times, actors and event
// triggers highlighted; hovering shows codes and resolved values.

import { get } from "./api.js";
import { clear, el, safeUrl } from "./dom.js";
import { eventLine, typeBadge } from "./events.js";
import { t } from "./i18n.js";

// When spans overlap, the piece of text takes the colour of the first kind here.
const KINDS = ["trigger", "time", "place", "actor", "entity"];
const KIND_LABELS = { trigger: "trigger", time: "time", place: "placeKind", actor: "actorKind", entity: "entity" };

function mapLink(placeId) {
  return `#/map?place=${encodeURIComponent(placeId)}`;
}

function annotations(article) {
  const found = [];
  const add = (span, kind, describe, extra = {}) =>
    found.push({ start: span.start, end: span.end, kind, title: `${t(KIND_LABELS[kind])}: ${describe}`, ...extra });
  for (const e of article.entities) {
    const attributes = Object.entries(e.attributes).map(([k, v]) => `${k}=${v}`);
    add(e, "entity", [e.label, ...attributes].join(" "));
  }
  for (const time of article.times) add(time, "time", `${time.type} ${time.value}`);
  for (const p of article.places) {
    const where = p.lat === null ? "" : `(${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`;
    const describe = [p.name, p.name_en, p.country, p.place_id, where].filter(Boolean).join(" · ");
    add(p, "place", describe || p.reason || "", { placeId: p.place_id });
  }
  for (const a of article.actors) {
    add(a, "actor", [a.code, a.name, a.role].filter(Boolean).join(" · ") || t("unknown"));
  }
  for (const ev of article.events) {
    const flags = ev.negated ? ` (${t("negated")})` : "";
    const describe = `${ev.type}${ev.mode ? "/" + ev.mode : ""} ${ev.source_code || "?"} → ${ev.target_code || "?"}${ev.time_value ? " " + ev.time_value : ""}${flags}`;
    add(ev.trigger, "trigger", describe, { eventId: ev.event_id });
  }
  return found;
}

/** The text cut at every span boundary; each piece carries every span covering it.
 * Offsets count code points (Array.from), as the store does. */
function annotatedText(text, spans, selectedEvent) {
  const chars = Array.from(text);
  const cuts = [...new Set([0, chars.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const piece = chars.slice(start, end).join("");
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    if (!covering.length) {
      nodes.push(piece);
      continue;
    }
    const kind = KINDS.find((k) => covering.some((s) => s.kind === k));
    const place = covering.find((s) => s.placeId);
    const selected = selectedEvent && covering.some((s) => s.eventId === selectedEvent);
    const attributes = {
      class: `kind-${kind}${selected ? " selected" : ""}`,
      title: covering.map((s) => s.title).join("\n"),
      "data-kinds": covering.map((s) => s.kind).join(" "),
    };
    nodes.push(place ? el("a", { ...attributes, href: mapLink(place.placeId) }, piece) : el("span", attributes, piece));
  }
  return nodes;
}

export async function showArticle(docId, eventId) {
  const article = await get(`/api/articles/${encodeURIComponent(docId)}`);
  const container = clear(document.getElementById("article"));
  const meta = [article.source, article.published && `${t("published")} ${article.published}`].filter(Boolean);
  const url = safeUrl(article.url);
  container.append(
    el("h2", { dir: "rtl" }, article.title || t("article")),
    el("p", { class: "meta" }, meta.join(" · "), " ", url ? el("a", { href: url, rel: "noopener noreferrer" }, article.url) : article.url || ""),
    el("div", { class: "legend" }, `${t("legend")}:`, ...KINDS.map((kind) => el("span", { class: `kind-${kind}` }, t(KIND_LABELS[kind])))),
    el("div", { class: "article-text", dir: "rtl" }, annotatedText(article.text, annotations(article), eventId)),
  );
  if (article.events.length) {
    const list = el("ol", { class: "events" });
    for (const ev of article.events) {
      const where = ev.place_id ? el("a", { href: mapLink(ev.place_id) }, `${ev.place_name || ev.place_id} — ${t("onMap")}`) : "";
      const line = eventLine({ ...ev, event_date: ev.time_value });
      list.append(el("li", { class: "event" }, typeBadge(ev.type), " «", ev.trigger.text, "» ", line, ev.negated ? ` (${t("negated")})` : "", " ", where));
    }
    container.append(el("h3", {}, t("articleEvents")), list);
  }
  container.querySelector(".selected")?.scrollIntoView({ block: "center" });
}
