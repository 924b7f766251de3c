// Lists of events and an event's evidence, shared by the map, timeline and graph views.

import { get } from "./api.js";
import { clear, el } from "./dom.js";
import { t, typeName } from "./i18n.js";
import { colour } from "./types.js";

export function typeBadge(type) {
  const badge = el("span", { class: "badge", title: type }, typeName(type));
  badge.style.backgroundColor = colour(type);
  return badge;
}

function who(code, name) {
  return code ? (name ? `${code} (${name})` : code) : t("unknown");
}

/** "RUS GOV → SYR · الرقة · 2015-07-21" */
export function eventLine(event) {
  const parts = [`${who(event.source_code, event.source_name)} → ${who(event.target_code, event.target_name)}`];
  if (event.place_name) parts.push(event.place_name);
  if (event.event_date) parts.push(event.event_date);
  return parts.join(" · ");
}

export function articleLink(docId, eventId) {
  const hash = `#/article/${encodeURIComponent(docId)}`;
  return eventId ? `${hash}?event=${encodeURIComponent(eventId)}` : hash;
}

/** One event per item: type, who/where/when, the evidence sentence, a link to its article
 * and a button that shows every report of it. */
export function renderEventList(container, page, heading) {
  clear(container);
  container.append(el("h2", {}, heading));
  if (!page.events.length) {
    container.append(el("p", {}, t("noEvents")));
    return;
  }
  container.append(el("p", { class: "count" }, `${t("shown")} ${page.events.length} ${t("of")} ${page.total}`));
  const list = el("ol", { class: "events" });
  for (const event of page.events) {
    const evidence = el("div", { class: "evidence" });
    list.append(
      el(
        "li",
        { class: "event", "data-event-id": event.event_id },
        el("div", {}, typeBadge(event.type), " ", event.mode || "", " ", el("span", { class: "who" }, eventLine(event))),
        el("blockquote", { dir: "rtl" }, event.sentence_text || ""),
        el(
          "div",
          { class: "actions" },
          el("a", { href: articleLink(event.first_doc_id, event.event_id), class: "to-article" }, t("article")),
          " ",
          el("button", { type: "button", onclick: () => showEvidence(evidence, event.event_id) }, `${t("evidence")} (${event.mentions})`),
        ),
        evidence,
      ),
    );
  }
  container.append(list);
}

/** Every report of one event: outlet, date, sentence with the trigger marked, article link. */
export async function showEvidence(container, eventId) {
  const detail = await get(`/api/events/${encodeURIComponent(eventId)}`);
  clear(container);
  const list = el("ul", { class: "mentions" });
  for (const mention of detail.evidence) {
    list.append(
      el(
        "li",
        {},
        el("div", { class: "meta" }, [mention.source, mention.published].filter(Boolean).join(" · ")),
        el("blockquote", { dir: "rtl" }, markTrigger(mention)),
        el("a", { href: articleLink(mention.doc_id, eventId) }, mention.title || t("article")),
      ),
    );
  }
  container.append(list);
}

/** The sentence with its trigger in <mark>; offsets count code points, as in the store. */
function markTrigger(mention) {
  const sentence = Array.from(mention.sentence_text || "");
  if (mention.sentence_start === null) return sentence.join("");
  const start = mention.trigger_start - mention.sentence_start;
  const end = mention.trigger_end - mention.sentence_start;
  if (start < 0 || end > sentence.length) return sentence.join("");
  return [
    sentence.slice(0, start).join(""),
    el("mark", { class: "kind-trigger" }, sentence.slice(start, end).join("")),
    sentence.slice(end).join(""),
  ];
}
