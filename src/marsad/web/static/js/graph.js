// The actor graph: actors as nodes, events between them as edges coloured by
// cooperation or conflict (cytoscape).
/* global cytoscape */

import { get } from "./api.js";
import { clear, el } from "./dom.js";
import { renderEventList } from "./events.js";
import { t, typeName } from "./i18n.js";
import { CATEGORY_COLOURS } from "./types.js";

let cy = null;

export async function showGraph(filters) {
  const graph = await get("/api/graph", { ...filters, limit: 150 });
  const panel = clear(document.getElementById("graph-panel"));
  panel.append(
    el("p", { class: "count" }, `${graph.actors.length} ${t("actors")} · ${graph.edges.length} ${t("links")}`),
    el("p", {}, t("clickNode")),
  );
  drawLegend();
  if (cy) cy.destroy();
  const most = Math.max(1, ...graph.edges.map((edge) => edge.events));
  const busiest = Math.max(1, ...graph.actors.map((actor) => actor.events));
  cy = cytoscape({
    container: document.getElementById("graph"),
    elements: [
      ...graph.actors.map((actor) => ({ data: { id: actor.code, events: actor.events } })),
      ...graph.edges.map((edge) => ({
        data: {
          id: `${edge.source}|${edge.target}|${edge.type}`,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: typeName(edge.type),
          colour: CATEGORY_COLOURS[edge.category],
          events: edge.events,
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(id)",
          "background-color": "#34495e",
          width: `mapData(events, 1, ${busiest}, 14, 60)`,
          height: `mapData(events, 1, ${busiest}, 14, 60)`,
          "font-size": 11,
        },
      },
      {
        selector: "edge",
        style: {
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          width: `mapData(events, 1, ${most}, 1, 9)`,
          opacity: 0.75,
        },
      },
      { selector: "edge:selected", style: { label: "data(label)", "font-size": 10 } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  });
  cy.on("tap", "node", async (evt) => {
    const code = evt.target.id();
    const page = await get("/api/events", { ...filters, actor: code, limit: 100 });
    renderEventList(panel, page, `${t("eventsOf")} ${code}`);
  });
}

function drawLegend() {
  const legend = clear(document.getElementById("graph-legend"));
  legend.append(el("span", {}, `${t("legend")}:`));
  for (const [category, colour] of Object.entries(CATEGORY_COLOURS)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.backgroundColor = colour;
    legend.append(el("span", { class: "legend-item" }, swatch, t(category)));
  }
}
