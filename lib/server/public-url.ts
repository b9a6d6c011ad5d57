// The app's public base URL for links we hand out (invitations): NEXTAUTH_URL when set (what users reach behind
// a proxy), otherwise the origin the request came to.
export function publicBaseUrl(req?: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return req ? new URL(req.url).origin : "http://localhost:3000";
}
