// The moment a server component reads the data it renders (epoch ms, server clock), handed to the live parts
// of the page so they catch up with what changed after it (components/live/live-provider.tsx). Server
// components render once per request, so the impurity React's rules warn about in client components does not
// apply; the one call site per page keeps it visible.
export function dataReadAt(): number {
  return Date.now();
}
