"use client";

// The case page's thread, kept live: it starts from the server's render and applies the messages the stream
// sends for this case (a customer's new message, our reply queued → sent / failed with its reason, a message
// hidden or removed, a note) without asking the server to render the page again. The stream is already scoped
// to the cases this member may see. After a resync (gap, reconnect) components/live/auto-refresh.tsx reloads
// the page and the new server render is merged in here (union by id: nothing is ever deleted). Appending
// below the reader and keeping the composer out of this component leave the scroll position and the draft alone.
import { useEffect, useState } from "react";
import { mergeMessages } from "@/lib/live/apply-messages";
import { reviveThreadMessage, type ThreadMessage } from "@/lib/cases/thread-message";
import { findPersonalData } from "@/lib/guards/check-personal-data";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { useLive } from "../live/live-provider";
import { MessageItem } from "./message-item";
import { MessageModeration } from "./message-moderation";
import { HeldModeration } from "./held-moderation";
import { ReviewReportHint } from "./review-report-hint";
import type { PlatformId } from "@/lib/connectors/platforms";

export function LiveThread({ caseId, platform, initial, locale, labels, guardLabels, canHide, orderNumberPattern, renderedAt }: {
  caseId: string;
  /** The case channel's network: a Google review cannot be hidden, only reported to Google. */
  platform: PlatformId;
  initial: ThreadMessage[];
  locale: Locale;
  /** case.* and message.* strings MessageItem uses. */
  labels: Record<string, string>;
  guardLabels: Record<string, string>;
  canHide: boolean;
  orderNumberPattern: string | null;
  /** When the server read `initial` (epoch ms): messages the stream told after it are merged in too. */
  renderedAt?: number;
}) {
  const { subscribe } = useLive();
  const [messages, setMessages] = useState(initial);
  // A server render (refresh, navigation) is the truth, plus what the stream told us that it did not know yet.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setMessages((live) => mergeMessages(initial, live, true));
  }

  useEffect(() => subscribe((m) => {
    if (m.type !== "change" || m.event.caseId !== caseId || !m.message || m.message.caseId !== caseId) return;
    const incoming = reviveThreadMessage(m.message);
    setMessages((list) => mergeMessages(list, [incoming]));
  }, renderedAt), [caseId, subscribe, renderedAt]);

  const t = (k: MessageKey) => labels[k] ?? k;
  const held = (m: ThreadMessage) => m.held !== null && !m.events.some((e) => e.kind === "HIDDEN" || e.kind === "UNHIDDEN");
  const hidden = (m: ThreadMessage) => m.events.filter((e) => e.kind === "HIDDEN" || e.kind === "UNHIDDEN").at(-1)?.kind === "HIDDEN";
  const personalKinds = (m: ThreadMessage) =>
    [...new Set(findPersonalData(m.body, orderNumberPattern || undefined).map((f) => f.category))].map((k) => guardLabels[`guards.pd.${k}`] ?? k);
  return (
    <ol className="space-y-2" data-testid="thread">
      {messages.map((m) => (
        <MessageItem key={m.id} m={m} locale={locale} t={t}>
          {m.direction === "INBOUND" && m.visibility === "PUBLIC" && (platform === "GOOGLE" ? <ReviewReportHint labels={labels} />
            : canHide && held(m) ? <HeldModeration messageId={m.id} caseId={caseId} labels={{ ...guardLabels, ...labels }} />
            : !hidden(m) && !held(m) && (
              <MessageModeration messageId={m.id} caseId={caseId} personalKinds={personalKinds(m)} canHide={canHide} labels={guardLabels} />
            ))}
        </MessageItem>
      ))}
    </ol>
  );
}
