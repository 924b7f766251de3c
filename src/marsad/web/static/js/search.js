// The search view: full-text search over the articles, with the event filters.

import { get } from "./api.js";
import { clear, el } from "./dom.js";
import { articleLink } from "./events.js";
import { t } from "./i18n.js";

export async function showSearch(query, filters) {
  const form = document.getElementById("search-form");
  form.elements.q.value = query;
  const results = clear(document.getElementById("search-results"));
  if (!query) return;
  const found = await get("/api/search", { ...filters, q: query, limit: 50 });
  if (!found.hits.length) results.append(el("li", {}, t("noResults")));
  for (const hit of found.hits) {
    results.append(
      el(
        "li",
        { class: "hit" },
        el("a", { href: articleLink(hit.doc_id), dir: "rtl" }, hit.title || hit.lead.slice(0, 80)),
        el("div", { class: "meta" }, [hit.source, hit.published, hit.score.toFixed(2)].filter(Boolean).join(" · ")),
        el("p", { dir: "rtl" }, hit.lead),
      ),
    );
  }
}
