// Next.js calls register() once per server process at start-up.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything serves: route handlers learn the real socket peer (lib/security/client-ip.ts).
  const http = await import("node:http");
  const { stampPeerAddress } = await import("./lib/security/client-ip");
  stampPeerAddress(http.Server.prototype);
  const { bootApp } = await import("./lib/server/boot");
  await bootApp();
}
