import { errorBody, json } from "@/lib/api/handler";
import { docsAsset } from "@/lib/api/docs/swagger-ui";

type Ctx = { params: Promise<{ file: string }> };

// The reference page's scripts and styles; any other name is a 404.
export async function GET(_req: Request, ctx: Ctx) {
  const asset = await docsAsset((await ctx.params).file);
  if (!asset) return json(errorBody("not_found", "No such file."), 404);
  return new Response(new Uint8Array(Buffer.from(asset.body)), { headers: { "content-type": asset.type, "cache-control": "public, max-age=86400" } });
}
