import { DOCS_PAGE } from "@/lib/api/docs/swagger-ui";

// Public, like the document it shows: the API reference, rendered by Swagger UI (lib/api/docs/swagger-ui.ts).
export function GET() {
  return new Response(DOCS_PAGE, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" } });
}
