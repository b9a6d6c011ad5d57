// The demo workspace's slug: pages show the "demo workspace" notice there.
export const DEMO_SLUG = "demo";
