// The timeline: vis-timeline (right to left in Arabic), one item per event.
/* global vis */

import { get } from "./api.js";
import { clear, el } from "./dom.js";
import { eventLine, renderEventList } from "./events.js";
import { language, t, typeName } from "./i18n.js";
import { colour } from "./types.js";

const LIMIT = 500;
let timeline = null;

function content(event) {
  const item = el("span", { class: "tl-content" }, `${typeName(event.type)}: ${eventLine(event)}`);
  item.style.backgroundColor = colour(event.type);
  return item;
}

/** The middle 90% of the dates: a few mis-dated events must not squeeze the rest. */
function window(dates) {
  const sorted = [...dates].sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const start = new Date(at(0.05));
  const end = new Date(at(0.95));
  start.setDate(start.getDate() - 1);
  end.setDate(end.getDate() + 1);
  return [start, end];
}

export async function showTimeline(filters) {
  const page = await get("/api/events", { ...filters, limit: LIMIT, order: "-date" });
  const dated = page.events.filter((event) => event.event_date);
  const detail = clear(document.getElementById("timeline-detail"));
  if (timeline) timeline.destroy();
  timeline = null;
  const container = clear(document.getElementById("timeline"));
  if (!dated.length) {
    container.append(el("p", {}, t("noEvents")));
    return;
  }
  const items = new vis.DataSet(
    dated.map((event) => ({ id: event.event_id, start: event.event_date, content: content(event) })),
  );
  timeline = new vis.Timeline(container, items, {
    rtl: language === "ar",
    stack: true,
    maxHeight: 460,
    zoomKey: "ctrlKey",
  });
  timeline.setWindow(...window(dated.map((event) => event.event_date)), { animation: false });
  detail.append(el("p", { class: "count" }, `${t("shown")} ${dated.length} ${t("of")} ${page.total}`));
  const byId = new Map(dated.map((event) => [event.event_id, event]));
  timeline.on("select", ({ items: selected }) => {
    const event = byId.get(selected[0]);
    if (event) renderEventList(detail, { events: [event], total: 1 }, typeName(event.type));
  });
}
