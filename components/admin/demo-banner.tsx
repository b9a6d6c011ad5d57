// Shown on every page of the demo workspace, so nobody mistakes sample data and shared accounts for a real team.
export function DemoBanner({ text }: { text: string }) {
  return (
    <div role="note" data-testid="demo-banner" className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950">
      {text}
    </div>
  );
}
