import { errorBody, json } from "@/lib/api/handler";

// Unknown /api/v1 paths answer JSON, not the HTML 404 page.
function notFound(req: Request) {
  return json(errorBody("not_found", `No API route for ${req.method} ${new URL(req.url).pathname}.`), 404);
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
