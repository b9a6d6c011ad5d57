// `npm run search:verbs`: rewrites lib/search/french-infinitives.json from the installed Lefff lexicon
// (see lib/search/lefff-infinitives.ts). Run after upgrading `french-verbs-lefff`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { VerbsInfo } from "french-verbs-lefff";
import { infinitivesOf } from "../search/lefff-infinitives";

const conjugations = createRequire(import.meta.url)("french-verbs-lefff/dist/conjugations.json") as VerbsInfo;
const out = path.join(path.dirname(new URL(import.meta.url).pathname), "../search/french-infinitives.json");
const list = infinitivesOf(conjugations);
writeFileSync(out, JSON.stringify(list) + "\n");
console.log(`${list.length} infinitives → ${path.relative(process.cwd(), out)}`);
