"use client";

import { useActionState, useState } from "react";
import { connectChannelAction, type ConnectState } from "@/app/actions/connect-channel";
import { CONNECT_FIELDS as FIELDS, CONNECT_KINDS } from "@/lib/channels/connect-fields";


/** `labels`: the `channels.form.*` keys of the server's dictionary (lib/i18n/dict/platforms.ts). */
export function ConnectChannelForm({ labels = {} }: { labels?: Record<string, string> }) {
  const L = (k: string) => labels[k] ?? k;
  const [kind, setKind] = useState<keyof typeof FIELDS>("facebook_page");
  const [state, action, pending] = useActionState<ConnectState, FormData>(connectChannelAction, {});
  // Controlled fields: React resets a form after its action runs, which emptied every field — secrets included —
  // when the server refused one of them. They are kept until the channel is connected.
  const [values, setValues] = useState<Record<string, string>>({});
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state); // a new answer from the server: empty the form only when it connected the channel
    if (state.ok) setValues({});
  }
  const field = (name: string, label: string, type: string) => (
    <div key={name}>
      <label htmlFor={`ch-${name}`} className="mb-1 block text-xs font-medium text-slate-600">{label}</label>
      <input id={`ch-${name}`} name={name} type={type} autoComplete="off"
        value={values[name] ?? ""} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-500" />
      {state.fieldErrors?.[name] && <p className="mt-1 text-xs text-rose-700">{state.fieldErrors[name]}</p>}
    </div>
  );
  return (
    <form action={action} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200" aria-label={L("channels.form.title")}>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">{L("channels.form.platform")}</legend>
        {CONNECT_KINDS.map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {L(`channels.form.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {field("name", L("channels.form.name"), "text")}
        {FIELDS[kind].map(([n, l, t]) => field(n, L(l), t))}
        {field("apiBaseUrl", L("channels.form.apiBaseUrl"), "url")}
      </div>
      <p className="text-xs text-slate-500">{L("channels.form.secretsNote")}</p>
      {state.error && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">{state.error}</p>}
      {state.ok && <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.ok}</p>}
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? L("channels.form.connecting") : L("channels.form.connect")}
      </button>
    </form>
  );
}
