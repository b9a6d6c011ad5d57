// The API reference page (/api/docs): Swagger UI, served from the swagger-ui-dist package installed with the
// app (no CDN: nothing at run time needs the internet), reading the generated /api/v1/openapi.json. Only the
// files listed here are served. Its CSP (DOCS_CSP, proxy.ts) lets this page run same-origin scripts only.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

/**
 * Starts Swagger UI on the page's element, pointed at our document (a file, not inline: the CSP allows no inline
 * script). No online validator: its badge would be fetched from swagger.io, a request leaving the app.
 */
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true, tryItOutEnabled: false, validatorUrl: null });\n`;

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Inbox API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/**
 * The installed package, from the app's directory (where `next start` and the tests run). Not require.resolve:
 * the server bundler replaces that with a module id, not a path (seen: a 500 on every asset in the built app).
 */
const assetDir = () => path.join(process.cwd(), "node_modules", "swagger-ui-dist");

/** One file of the page, or null for any other name. */
export async function docsAsset(file: string): Promise<{ body: string | Buffer; type: string } | null> {
  if (file === "init.js") return { body: INIT, type: "text/javascript; charset=utf-8" };
  const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (!type) return null;
  return { body: await readFile(path.join(assetDir(), file)), type };
}
