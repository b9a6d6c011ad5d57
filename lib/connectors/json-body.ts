// A platform's response body as JSON: undefined when it is empty or not JSON (an error page from a proxy), so
// each connector's error mapping reads the status and whatever the platform said, never a parse exception.
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
