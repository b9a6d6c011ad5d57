// Next.js calls register() once per server process at start-up.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootApp } = await import("./lib/server/boot");
  await bootApp();
}
