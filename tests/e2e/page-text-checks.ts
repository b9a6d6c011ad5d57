// Checks a11y.spec.ts runs on every page it walks (issue #26): on a French page, no visible text or label may be
// an enum name (OPEN, high_reach), zod's developer English or an i18n key left untranslated; at phone width, no
// element may be wider than the viewport (a table scrolling inside its box hides its columns just the same).
import type { Page } from "@playwright/test";
import * as enums from "../../lib/generated/prisma/enums";
import { DICTIONARIES } from "../../lib/i18n/messages";

// Acronyms a French page legitimately shows, and values that are ordinary words or platform names.
const ALLOWED = new Set(["API", "DM", "X", "SLA", "CSV", "URL", "DEMO", "FR", "EN"]);
const ENUM_VALUES = new Set(
  Object.values(enums).flatMap((e) => (typeof e === "object" && e ? Object.values(e as Record<string, string>) : []))
    .filter((v) => !ALLOWED.has(v)),
);
const LOWER_SIGNALS = new Set(["high_reach", "professional", "journalist", "legal_press", "me_too", "no_reply_needed", "retryable_error", "guard_blocked"]);
const KEYS = new Set(Object.keys(DICTIONARIES.en));
const ZOD_ENGLISH = /Too small|Too big|Invalid input|Invalid option|expected (string|number)|Unrecognized key|Invalid (email|UUID|ISO|string)/;

/** The page's visible text and its accessible labels (placeholders, aria-labels, titles, alt texts). */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll("[placeholder],[aria-label],[title],img[alt]")]
      .map((e) => ["placeholder", "aria-label", "title", "alt"].map((a) => e.getAttribute(a) ?? "").join(" "));
    return `${document.body.innerText}\n${attrs.join("\n")}`;
  });
}

export async function frenchTextFaults(page: Page, url: string): Promise<string[]> {
  const text = await pageWords(page);
  const faults: string[] = [];
  for (const token of new Set(text.match(/[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]/g) ?? [])) {
    if (ENUM_VALUES.has(token) && /[A-Z]{2}/.test(token)) faults.push(`fr ${url}: enum name "${token}"`);
    else if (LOWER_SIGNALS.has(token)) faults.push(`fr ${url}: raw value "${token}"`);
    else if (token.includes(".") && KEYS.has(token)) faults.push(`fr ${url}: untranslated key "${token}"`);
  }
  const zod = ZOD_ENGLISH.exec(text);
  if (zod) faults.push(`fr ${url}: zod's English "${zod[0]}"`);
  return faults;
}

/** Elements wider than the viewport (measured, whatever scrolls them), named by tag, test id or class. */
export async function widerThanViewport(page: Page, url: string, locale = ""): Promise<string[]> {
  const wide = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width <= vw + 1 || getComputedStyle(el).visibility === "hidden") continue;
      // Inside a box clipped to 1 px (sr-only, max-sm:sr-only…): for screen readers, never on screen.
      let clipped = false;
      for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
        const ar = a.getBoundingClientRect();
        clipped = ar.width <= 1 && getComputedStyle(a).overflow === "hidden";
      }
      if (clipped) continue;
      // Report the innermost too-wide elements only: their ancestors are wide because of them.
      if ([...el.children].some((c) => c.getBoundingClientRect().width > vw + 1)) continue;
      const name = el.getAttribute("data-testid") ?? `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")}`;
      out.push(`${name} ${Math.round(r.width)}px`);
    }
    return out.slice(0, 5);
  });
  return wide.map((w) => `${locale} phone ${url}: ${w} wide at 390px`);
}
