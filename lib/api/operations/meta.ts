// Meta: the API's own description.
import { json } from "../handler";
import { rawOperation } from "../operation";

// Public: integrators generate clients from it. Built from the operation declarations, the same zod schemas that
// validate requests. Raw for its cache-control header. build-document imports the list of operations, which
// includes this file: imported when called, not at load, so the modules do not import each other.
export const openApiOp = rawOperation({
  method: "GET", path: "/api/v1/openapi.json", tag: "Meta", summary: "This document (OpenAPI 3.1), generated from the operation declarations",
  access: { public: "the API description, no data" }, status: 200,
  produces: { "application/json": "The OpenAPI 3.1 document" },
  async handler() {
    const { buildOpenApiDocument } = await import("../openapi/build-document");
    return json(buildOpenApiDocument(process.env.NEXTAUTH_URL ?? "/"), 200, { "cache-control": "public, max-age=300" });
  },
});

export const META_OPERATIONS = [openApiOp];
