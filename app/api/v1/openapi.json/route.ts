import { json } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";

// Public: integrators generate clients from it. Built from the same zod schemas that validate requests.
export function GET() {
  return json(buildOpenApiDocument(process.env.NEXTAUTH_URL ?? "/"), 200, { "cache-control": "public, max-age=300" });
}
