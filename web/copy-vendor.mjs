// Copies the front-end files the web app loads from node_modules into
// src/marsad/web/static/vendor (generated; not committed). Run by `npm run build`.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "src", "marsad", "web", "static", "vendor");

const files = [
  "d3/dist/d3.min.js",
  "topojson-client/dist/topojson-client.min.js",
  "world-atlas/countries-110m.json",
  "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
  "vis-timeline/styles/vis-timeline-graph2d.min.css",
  "cytoscape/dist/cytoscape.min.js",
];

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of files) {
  copyFileSync(join(here, "node_modules", file), join(target, basename(file)));
}
console.log(`copied ${files.length} files to ${target}`);
