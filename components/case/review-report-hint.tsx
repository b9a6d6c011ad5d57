// Under a Google review, where other platforms offer "Hide": the owner cannot hide or delete a review, so the
// product says so and points to Google's own reporting, instead of a control that would fail (R1 holds by nature).
export function ReviewReportHint({ labels }: { labels: Record<string, string> }) {
  return (
    <p className="mt-2 text-xs text-slate-600" data-testid="review-report-hint">
      {labels["review.cannotHide"]}{" "}
      <a href="https://support.google.com/business/answer/4596773" target="_blank" rel="noreferrer noopener" className="text-brand underline">
        {labels["review.reportToGoogle"]} ↗
      </a>
    </p>
  );
}
