import { formatLabel } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/messages";

/** A review's stars, drawn and said: "★★☆☆☆" for the eye, "2 stars out of 5" for readers and screen readers. */
export function ReviewStars({ rating, label, locale, testId = "review-stars" }: { rating: number; label: string; locale: Locale; testId?: string }) {
  const said = formatLabel(label, { count: rating }, locale);
  // Red for the 1–2 star complaints, amber for a middling review, green for praise.
  const tone = rating <= 2 ? "text-rose-600" : rating === 3 ? "text-amber-500" : "text-emerald-600";
  return (
    <span role="img" aria-label={said} title={said} data-testid={testId} data-rating={rating} className={`tracking-tight ${tone}`}>
      {"★".repeat(rating)}<span className="text-slate-300">{"★".repeat(5 - rating)}</span>
    </span>
  );
}
