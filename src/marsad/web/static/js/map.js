// The map: country shapes from world-atlas drawn with d3-geo (no tiles, no network),
// one marker per place sized by its number of events and coloured by its main type.
/* global d3, topojson */

import { get } from "./api.js";
import { clear, el } from "./dom.js";
import { renderEventList, typeBadge } from "./events.js";
import { t } from "./i18n.js";
import { colour } from "./types.js";

const HEIGHT = 520;
const MARGIN_DEGREES = 4;
let countries = null;

function mainType(place) {
  return Object.entries(place.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** A frame around every marker, so the map opens on where the events are. */
function frame(places) {
  if (!places.length) return { type: "Sphere" };
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const west = Math.max(-180, Math.min(...lons) - MARGIN_DEGREES);
  const east = Math.min(180, Math.max(...lons) + MARGIN_DEGREES);
  const south = Math.max(-75, Math.min(...lats) - MARGIN_DEGREES);
  const north = Math.min(80, Math.max(...lats) + MARGIN_DEGREES);
  return { type: "MultiPoint", coordinates: [[west, south], [east, north]] };
}

export async function showMap(filters, placeId) {
  const svgNode = document.getElementById("map");
  const panel = document.getElementById("map-panel");
  countries ??= get("/static/vendor/countries-110m.json").then((atlas) =>
    topojson.feature(atlas, atlas.objects.countries),
  );
  const [land, places] = await Promise.all([countries, get("/api/places", filters)]);

  const width = svgNode.clientWidth || 800;
  const svg = d3.select(svgNode).attr("viewBox", `0 0 ${width} ${HEIGHT}`);
  svg.selectAll("*").remove();
  const projection = d3.geoMercator().fitExtent([[10, 10], [width - 10, HEIGHT - 10]], frame(places));
  const path = d3.geoPath(projection);
  const layer = svg.append("g");
  layer.append("g").attr("class", "countries").selectAll("path")
    .data(land.features).join("path").attr("d", path);

  const largest = d3.max(places, (p) => p.events) || 1;
  const radius = d3.scaleSqrt().domain([1, largest]).range([4, 26]);
  const markers = layer.append("g").attr("class", "markers").selectAll("circle")
    .data(places).join("circle")
    .attr("class", "marker")
    .attr("data-place-id", (p) => p.place_id)
    .attr("cx", (p) => projection([p.lon, p.lat])[0])
    .attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => radius(p.events))
    .style("fill", (p) => colour(mainType(p)))
    .on("click", (_, place) => showPlace(panel, place, filters));
  markers.append("title").text((p) => `${p.name || p.name_en} — ${p.events} ${t("events")}`);

  svg.call(d3.zoom().scaleExtent([1, 16]).on("zoom", ({ transform }) => {
    layer.attr("transform", transform);
    markers.attr("r", (p) => radius(p.events) / Math.sqrt(transform.k));
  }));

  drawLegend(places);
  const chosen = places.find((p) => p.place_id === placeId);
  if (chosen) await showPlace(panel, chosen, filters);
  else clear(panel).append(el("p", {}, t("clickMarker")));
}

async function showPlace(panel, place, filters) {
  const page = await get("/api/events", { ...filters, place: place.place_id, limit: 100 });
  const name = [place.name, place.name_en].filter(Boolean).join(" / ");
  renderEventList(panel, page, `${t("eventsAt")} ${name}`);
}

function drawLegend(places) {
  const legend = clear(document.getElementById("map-legend"));
  const types = [...new Set(places.map(mainType))].sort();
  legend.append(el("span", {}, `${t("legend")}:`), ...types.map((type) => typeBadge(type)));
}
