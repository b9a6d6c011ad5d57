// Browsers compile an input's `pattern` with the `v` flag: a pattern invalid there is dropped with a console error
// and the field's client-side check silently turns off (issue #26: the workspace slug's "[a-z0-9-]" did). Every
// pattern attribute in the UI must compile as the browser compiles it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

function* tsx(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsx(p);
    else if (p.endsWith(".tsx")) yield p;
  }
}

it("every input pattern in app/ and components/ compiles under the v flag", () => {
  const found: string[] = [];
  for (const root of ["app", "components"]) {
    for (const file of tsx(root)) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bpattern="([^"]*)"/g)) found.push(`${file}: ${m[1]}`);
    }
  }
  expect(found.length).toBeGreaterThanOrEqual(2);
  for (const f of found) {
    const source = f.slice(f.indexOf(": ") + 2);
    expect(() => new RegExp(`^(?:${source})$`, "v"), f).not.toThrow();
  }
  expect(() => new RegExp("^(?:[a-z0-9][a-z0-9-]*[a-z0-9])$", "v")).toThrow(); // the check can fail
});
