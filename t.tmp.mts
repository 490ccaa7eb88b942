import MiniSearch from "minisearch";
import { readFileSync } from "node:fs";
import { SEARCH_OPTIONS } from "./server/domain/search-index";
const index = MiniSearch.loadJSON(readFileSync("public/search-index.json", "utf8"), SEARCH_OPTIONS);
for (const q of ["quality", "leakage", "feature store", "canary"]) {
  const r = index.search(q).slice(0, 30);
  const bad = r.filter((x) => /\s[.,;:!?)]/.test(x.snippet));
  console.log(q, r.length, bad.length, bad.slice(0, 2).map((x) => x.snippet));
}
