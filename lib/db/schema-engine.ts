// Loads Prisma's schema engine compiled to WebAssembly (no native binary needed, works offline).
// Its ESM entry imports a .wasm file, which Node 20 only loads behind a flag, so we instantiate the bytes here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export async function loadSchemaEngine(): Promise<Bg> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg: Bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
  (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}
