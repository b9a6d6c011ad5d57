import type { ThreadMessage } from "@/lib/cases/thread-message";
import { formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { ReviewStars } from "./review-stars";

// Rendered by the case page's thread (components/case/live-thread.tsx), from the server's load and from the stream.
type Msg = ThreadMessage;

const DELIVERY_TONE: Record<string, string> = {
  QUEUED: "bg-slate-100 text-slate-700", SENDING: "bg-amber-50 text-amber-900", SENT: "bg-emerald-50 text-emerald-800", FAILED: "bg-rose-100 text-rose-800",
};

export function MessageItem({ m, locale, t, children }: { m: Msg; locale: Locale; t: (k: MessageKey) => string; children?: React.ReactNode }) {
  const note = m.visibility === "INTERNAL";
  // An internal note is ours but never a reply: no "Our reply" badge, no delivery status.
  const outbound = m.direction === "OUTBOUND" && !note;
  const author = outbound || note ? (m.authorUser?.name ?? t("case.outbound")) : (m.authorIdentity?.name ?? "—");
  const removed = m.events.some((e) => e.kind === "REMOVED");
  // Held by the platform until someone here publishes or rejects it (a later UNHIDDEN / HIDDEN event).
  const stillHeld = m.held !== null && !m.events.some((e) => e.kind === "HIDDEN" || e.kind === "UNHIDDEN");
  const tone = note
    ? "bg-yellow-50 ring-yellow-300 border-l-4 border-yellow-400"
    : outbound
      ? "bg-blue-50 ring-blue-200 ml-10"
      : "bg-white ring-slate-200 mr-10";
  return (
    <li
      data-testid="message"
      data-direction={m.direction}
      data-message-id={m.id}
      data-delivery={m.deliveryStatus}
      className={`rounded-lg p-3 ring-1 ${tone} ${m.parentId ? "ml-6" : ""} ${removed ? "opacity-80" : ""}`}
    >
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-700">
        <span className="font-semibold text-slate-800">{author}</span>
        {outbound && <span className="rounded bg-blue-100 px-1.5 text-blue-800">{t("case.outbound")}</span>}
        {m.visibility === "PRIVATE" && <span className="rounded bg-slate-200 px-1.5 text-slate-800">{t("case.private")}</span>}
        {note && <span className="rounded bg-yellow-200 px-1.5 text-yellow-900">{t("case.note")}</span>}
        {m.staff && <span className="rounded bg-amber-100 px-1.5 text-amber-900" data-testid="staff-badge">{t("case.staffBadge")}</span>}
        {!outbound && (m.kind === "POST" || m.kind === "MENTION") && (
          // A review is a post on the place's profile, not on a Page: named for what it is.
          <span className="rounded bg-indigo-100 px-1.5 text-indigo-800" data-testid="message-kind">{t(m.rating !== null ? "review.kind" : `message.kind.${m.kind}`)}</span>
        )}
        {m.rating !== null && <ReviewStars rating={m.rating} label={t("review.stars")} locale={locale} />}
        {stillHeld && m.held && (
          <span className="rounded bg-orange-100 px-1.5 text-orange-900" data-testid="held-badge">{t(`held.${m.held}`)}</span>
        )}
        <time dateTime={m.platformCreatedAt.toISOString()}>{formatDateTime(m.platformCreatedAt, locale)}</time>
        {outbound && m.deliveryStatus !== "RECEIVED" && (
          // In words and in the reader's language (not "QUEUED"); a sent reply says so too, updated live.
          <span className={`rounded px-1.5 ${DELIVERY_TONE[m.deliveryStatus] ?? "bg-slate-100"}`} data-testid="delivery-status" data-status={m.deliveryStatus}>
            {t(`message.delivery.${m.deliveryStatus}` as MessageKey)}
          </span>
        )}
      </div>
      <p className={`whitespace-pre-wrap text-sm ${removed ? "line-through decoration-rose-400" : ""}`}>{m.body}</p>
      {m.permalink && /^https?:\/\//.test(m.permalink) && (
        <a href={m.permalink} target="_blank" rel="noreferrer noopener" className="mt-1 inline-block text-xs text-brand hover:underline">
          {t("message.permalink")} ↗
        </a>
      )}
      {outbound && m.attempts.length > 0 && m.deliveryStatus !== "SENT" && (
        <ol className="mt-2 space-y-0.5 border-t border-dashed border-slate-300 pt-2 text-xs text-slate-600" data-testid="delivery-attempts">
          {m.attempts.map((a) => (
            <li key={a.id}>
              #{a.attempt} · {formatDateTime(a.createdAt, locale)} · {t(`message.attempt.${a.outcome}` as MessageKey)}
              {a.errorMessage && <span className="text-rose-700"> — {a.errorMessage}</span>}
              {a.retryAt && <span> · {t("case.retryAt")} {formatDateTime(a.retryAt, locale)}</span>}
            </li>
          ))}
        </ol>
      )}
      {m.deliveryError && m.deliveryStatus === "FAILED" && (
        <p role="alert" className="mt-2 rounded bg-rose-50 px-2 py-1 text-xs text-rose-800">{m.deliveryError}</p>
      )}
      {m.events.length > 0 && (
        <ul className="mt-2 space-y-1 border-t border-dashed border-slate-300 pt-2 text-xs">
          {m.events.map((e) => (
            <li key={e.id} data-testid="message-event" className="text-rose-700">
              {t(`case.event.${e.kind}` as MessageKey)} · {formatDateTime(e.platformTime, locale)}
              {e.newRating !== null && <> · <ReviewStars rating={e.newRating} label={t("review.stars")} locale={locale} testId="event-stars" /></>}
              {e.newText && <span className="mt-1 block whitespace-pre-wrap text-slate-700">“{e.newText}”</span>}
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}
