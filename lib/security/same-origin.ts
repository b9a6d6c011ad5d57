// CSRF defence for cookie-authenticated mutations (issue #11 item 1): SameSite=Lax does not stop a page on
// another port of the same host, so a state-changing request must come from this app's own origin. Browsers
// send `Origin` on every POST/PATCH/PUT/DELETE; `Sec-Fetch-Site` is the fallback. A request with neither is
// refused: no browser we support sends one, and non-browser clients use bearer tokens. No server imports here:
// proxy.ts and lib/api/handler.ts both use it.

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function hostsOf(headers: Headers, extraOrigins: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  // Next.js sets x-forwarded-host from Host when no proxy did; a cross-site page cannot set either.
  for (const h of [headers.get("x-forwarded-host"), headers.get("host")]) {
    if (h) hosts.add(h.split(",")[0]!.trim().toLowerCase());
  }
  for (const o of extraOrigins) {
    try {
      hosts.add(new URL(o).host.toLowerCase());
    } catch {
      /* ignore a malformed configured origin */
    }
  }
  return hosts;
}

/** The origins configured as this app's (NEXTAUTH_URL, APP_ORIGINS comma list). */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  return [env.NEXTAUTH_URL, ...(env.APP_ORIGINS ?? "").split(",")].filter((o): o is string => Boolean(o?.trim()));
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/**
 * `allowUserInitiated`: also accept `Sec-Fetch-Site: none` without Origin (a request the user started, not a
 * page: pages only; the API keeps requiring same-origin).
 */
export function checkSameOrigin(
  headers: Headers,
  extraOrigins: readonly string[] = configuredOrigins(),
  opts: { allowUserInitiated?: boolean } = {},
): OriginVerdict {
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return { ok: false, reason: "malformed Origin" };
    }
    return hostsOf(headers, extraOrigins).has(host) ? { ok: true } : { ok: false, reason: `foreign Origin ${origin}` };
  }
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin" || (opts.allowUserInitiated && site === "none")) return { ok: true };
  return { ok: false, reason: site ? `Sec-Fetch-Site: ${site}` : "no Origin header" };
}
