"use client";

// An X channel's real-time delivery as the Channels page shows it (issue #23 item 3): how its webhook is
// registered (X's v2 Webhooks API, as last checked), X's refusal when there was one, and for those who manage
// channels a button that registers it (again: it is idempotent). Polling runs either way, as the fallback.
import { useState, useTransition } from "react";
import { registerXWebhookAction } from "@/app/actions/x-webhook";
import type { WebhookRegistration } from "@/lib/channels/schemas";

export function XWebhookStatus({ channelId, url, registration, canManage, labels, checkedAt }: {
  channelId: string; url: string; registration: WebhookRegistration | null; canManage: boolean;
  /** channels.webhook.* of the server's dictionary, values filled in. */
  labels: Record<string, string>;
  /** When it was last checked, formatted by the server in the reader's language. */
  checkedAt: string | null;
}) {
  const L = (k: string) => labels[`channels.webhook.${k}`] ?? k;
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const state = !registration ? "none" : registration.error ? "refused" : registration.valid && registration.subscribed ? "ok" : "partial";
  return (
    <div className="mt-2 rounded bg-slate-50 p-2 text-xs text-slate-700" data-testid="x-webhook-status" data-state={state}>
      <p>
        <span className="font-medium">{L("title")}</span>{" "}
        {state === "none" && L("none")}
        {state === "ok" && <>{L("ok")} <span className="font-mono">{registration!.webhookId}</span></>}
        {state === "partial" && L("partial")}
        {state === "refused" && <span className="text-rose-700">{L("refused")} {registration!.error}</span>}
        {checkedAt && <span className="text-slate-500"> · {L("checked")} {checkedAt}</span>}
      </p>
      {canManage && (
        <button
          type="button" disabled={pending} data-testid="x-webhook-register"
          className="mt-1 rounded bg-brand px-2 py-1 text-xs font-medium text-white hover:bg-brand-dark disabled:opacity-60"
          onClick={() => start(async () => {
            setError(null);
            const r = await registerXWebhookAction(channelId, url);
            if (!r.ok) setError(r.error);
          })}
        >
          {pending ? L("registering") : state === "none" ? L("register") : L("recheck")}
        </button>
      )}
      {error && <p role="alert" className="mt-1 text-rose-700">{error}</p>}
    </div>
  );
}
