// A preview with the words the search matched marked (lib/search/highlight.ts), for the eye and for screen
// readers (<mark> is announced as highlighted).
import { highlightSegments } from "@/lib/search/highlight";

export function HighlightedText({ text, keys }: { text: string; keys?: string[] }) {
  if (!keys?.length) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, keys).map(([piece, hit], i) =>
        hit ? <mark key={i} data-testid="search-hit" className="rounded bg-amber-100 px-0.5 text-inherit">{piece}</mark> : piece)}
    </>
  );
}
