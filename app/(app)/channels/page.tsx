import { headers } from "next/headers";
import { ConnectChannelForm } from "@/components/channels/connect-channel-form";
import { XWebhookStatus } from "@/components/channels/x-webhook-status";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { PlatformBadge } from "@/components/ui/badges";
import { formatDateTime } from "@/lib/format/time";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { labelsFor } from "@/lib/i18n/labels";
import { listChannels } from "@/lib/channels/list-channels";
import { listDeliveryHealth, type FailedDelivery } from "@/lib/ingest/list-delivery-health";
import { getPrisma } from "@/lib/server/db";

export default async function ChannelsPage() {
  const member = await requireMember("channels.view");
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const channels = await listChannels(prisma, member);
  const health = await listDeliveryHealth(prisma, member, channels.map((c) => c.id));
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : t("channels.never"));
  return (
    <div>
      <h1 className="mb-3 text-xl font-semibold">{t("channels.title")}</h1>
      <ul className="grid gap-3 md:grid-cols-2">
        {channels.map((c) => (
          <li key={c.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="channel">
            <div className="flex items-center gap-2">
              <PlatformBadge platform={c.platform} />
              <span className="font-medium">{c.name}</span>
              <span
                className={`ml-auto rounded px-2 py-0.5 text-xs ${
                  c.status === "ACTIVE" ? "bg-emerald-100 text-emerald-800" : "bg-rose-100 text-rose-800"
                }`}
              >
                {t(`channels.status.${c.status}` as MessageKey)}
              </span>
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-2 text-xs text-slate-600">
              <dt>{t("channels.lastEvent")}</dt>
              <dd>{when(c.lastEventAt)}</dd>
              <dt>{t("channels.lastPoll")}</dt>
              <dd>{when(c.lastPollAt)}</dd>
              {(health.backlog.get(c.id) ?? 0) > 0 && (
                <>
                  <dt>{t("ingest.backlog")}</dt>
                  <dd data-testid="delivery-backlog">{health.backlog.get(c.id)}</dd>
                </>
              )}
              {c.lastError && (
                <>
                  <dt>{t("channels.lastError")}</dt>
                  <dd className="text-rose-700">{c.lastError}</dd>
                </>
              )}
            </dl>
            {c.quota && (
              <p className="mt-2 text-xs text-slate-600" data-testid="youtube-quota">
                <span className="font-medium">{t("channels.quota.title")}</span>{" · "}
                {t("channels.quota.line", { spent: c.quota.spent, limit: c.quota.limit, resetsAt: when(c.quota.resetsAt) })}
              </p>
            )}
            {c.pollPausedUntil && c.pollPausedUntil > new Date() && (
              <p role="status" className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="poll-paused">
                {t("channels.quota.paused", { resetsAt: when(c.pollPausedUntil) })}
              </p>
            )}
            {c.kind === "X_ACCOUNT" && (
              <XWebhookStatus
                channelId={c.id} url={`${origin}/api/webhooks/x`} registration={c.webhookRegistration}
                canManage={can(member.role, "channels.manage")} labels={labelsFor(t, "channels.webhook.")}
                checkedAt={c.webhookRegistration ? when(new Date(c.webhookRegistration.checkedAt)) : null}
              />
            )}
            <FailedDeliveries rows={health.failed.filter((f) => f.channelIds.includes(c.id))} t={t} when={when} />
          </li>
        ))}
      </ul>
      <section className="mt-6 max-w-3xl text-sm">
        <h2 className="mb-1 text-lg font-semibold">{t("channels.webhooks")}</h2>
        <ul className="space-y-1 font-mono text-xs text-slate-700">
          <li>Facebook: {origin}/api/webhooks/facebook</li>
          <li>Instagram: {origin}/api/webhooks/instagram</li>
          <li>X: {origin}/api/webhooks/x</li>
          <li>Google (Pub/Sub push): {origin}/api/webhooks/google</li>
        </ul>
      </section>
      {can(member.role, "channels.manage") && (
        <section className="mt-6 max-w-3xl">
          <h2 className="mb-2 text-lg font-semibold">{t("channels.connect")}</h2>
          <ConnectChannelForm labels={labelsFor(t, "channels.form.")} />
        </section>
      )}
    </div>
  );
}

function FailedDeliveries({ rows, t, when }: { rows: FailedDelivery[]; t: (k: MessageKey) => string; when: (d: Date | null) => string }) {
  if (rows.length === 0) return null;
  return (
    <details className="mt-3 text-xs" data-testid="failed-deliveries" open>
      <summary className="cursor-pointer font-medium text-rose-800">
        {t("ingest.failed.title")} ({rows.length})
      </summary>
      <p className="mt-1 text-slate-600">{t("ingest.failed.help")}</p>
      <table className="mt-2 w-full text-left">
        <thead className="text-slate-500">
          <tr>
            <th className="pr-2 font-normal">{t("ingest.failed.received")}</th>
            <th className="pr-2 font-normal">{t("ingest.failed.attempts")}</th>
            <th className="font-normal">{t("ingest.failed.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="failed-delivery" className="align-top">
              <td className="pr-2 whitespace-nowrap">{when(r.receivedAt)}</td>
              <td className="pr-2">{r.attempts}</td>
              <td className="break-all text-rose-700">{r.lastError}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
