// The single-page app: views chosen by the URL hash, shared event filters, language toggle.
//   #/map[?place=ID]  #/timeline  #/graph  #/search[?q=WORDS]  #/article/DOC_ID[?event=ID]

import { el } from "./dom.js";
import { applyLabels, t, toggleLanguage, typeName } from "./i18n.js";
import { showArticle } from "./article.js";
import { showGraph } from "./graph.js";
import { showMap } from "./map.js";
import { showSearch } from "./search.js";
import { showTimeline } from "./timeline.js";
import { TYPES } from "./types.js";

const filterForm = document.getElementById("filters");
const errorBox = document.getElementById("error");

function filters() {
  const values = {};
  for (const [name, value] of new FormData(filterForm)) {
    // Country codes are upper case in the API (sy → SY).
    if (value.trim()) values[name] = name === "country" ? value.trim().toUpperCase() : value.trim();
  }
  return values;
}

function fillTypes() {
  const select = document.getElementById("filter-type");
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, t("anyType")), ...TYPES.map((type) => el("option", { value: type }, typeName(type))));
  select.value = chosen;
}

function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [view = "map", arg = ""] = path.split("/");
  return { view: view || "map", arg: decodeURIComponent(arg), params: new URLSearchParams(query) };
}

const VIEWS = {
  map: ({ params }) => showMap(filters(), params.get("place")),
  timeline: () => showTimeline(filters()),
  graph: () => showGraph(filters()),
  search: ({ params }) => showSearch(params.get("q") || "", filters()),
  article: ({ arg, params }) => showArticle(arg, params.get("event")),
};

async function route() {
  const where = parseHash();
  const view = VIEWS[where.view] ? where.view : "map";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.view === view);
  errorBox.hidden = true;
  document.body.dataset.loading = "true";
  try {
    await VIEWS[view](where);
  } catch (error) {
    errorBox.textContent = error.message;
    errorBox.hidden = false;
  } finally {
    document.body.dataset.loading = "false";
  }
}

filterForm.addEventListener("submit", (event) => {
  event.preventDefault();
  route();
});
filterForm.addEventListener("reset", () => setTimeout(route));
document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?${new URLSearchParams({ q: event.target.elements.q.value })}`;
});
document.getElementById("language").addEventListener("click", () => {
  toggleLanguage();
  fillTypes();
  route();
});
window.addEventListener("hashchange", route);

applyLabels();
fillTypes();
route();
