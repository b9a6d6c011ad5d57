"use client";

import { useActionState, useState } from "react";
import { connectChannelAction, type ConnectState } from "@/app/actions/connect-channel";

const FIELDS = {
  facebook_page: [
    ["externalId", "Page id", "text"],
    ["appSecret", "App secret", "password"],
    ["pageAccessToken", "Page access token", "password"],
    ["verifyToken", "Webhook verify token", "password"],
  ],
  instagram_account: [
    ["externalId", "channels.form.igAccountId", "text"],
    ["appSecret", "App secret", "password"],
    ["accessToken", "channels.form.igAccessToken", "password"],
    ["verifyToken", "Webhook verify token", "password"],
  ],
  x_account: [
    ["externalId", "User id", "text"],
    ["consumerKey", "Consumer key", "password"],
    ["consumerSecret", "Consumer secret", "password"],
    ["accessToken", "Access token", "password"],
    ["accessTokenSecret", "Access token secret", "password"],
    ["bearerToken", "Bearer token (optional)", "password"],
  ],
} as const;

/** `labels`: the `channels.form.*` keys of the server's dictionary (lib/i18n/dict/platforms.ts). */
export function ConnectChannelForm({ labels = {} }: { labels?: Record<string, string> }) {
  const L = (k: string) => labels[k] ?? k;
  const [kind, setKind] = useState<keyof typeof FIELDS>("facebook_page");
  const [state, action, pending] = useActionState<ConnectState, FormData>(connectChannelAction, {});
  const field = (name: string, label: string, type: string) => (
    <div key={name}>
      <label htmlFor={`ch-${name}`} className="mb-1 block text-xs font-medium text-slate-600">{label}</label>
      <input id={`ch-${name}`} name={name} type={type} autoComplete="off"
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-500" />
      {state.fieldErrors?.[name] && <p className="mt-1 text-xs text-rose-700">{state.fieldErrors[name]}</p>}
    </div>
  );
  return (
    <form action={action} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200" aria-label="Connect a channel">
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Platform</legend>
        {(["facebook_page", "instagram_account", "x_account"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === "facebook_page" ? "Facebook Page" : k === "x_account" ? "X account" : L("channels.form.instagram_account")}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {field("name", "Name shown in the inbox", "text")}
        {FIELDS[kind].map(([n, l, t]) => field(n, l.startsWith("channels.form.") ? L(l) : l, t))}
        {field("apiBaseUrl", "API base URL (optional)", "url")}
      </div>
      <p className="text-xs text-slate-500">Secrets are encrypted before they are stored and are never shown again.</p>
      {state.error && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">{state.error}</p>}
      {state.ok && <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.ok}</p>}
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Connecting…" : "Connect"}
      </button>
    </form>
  );
}
