"use client";

// Create or edit one canned reply, and the archive button. The body can take {{variables}}; an unknown one
// (a typo such as {{firstname}}) is pointed out here, before agents see it unfilled in their drafts.
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { archiveCannedReplyAction, createCannedReplyAction, updateCannedReplyAction } from "@/app/actions/canned-replies";
import { fillVariables, TEMPLATE_VARIABLES } from "@/lib/canned-replies/fill-variables";
import { BODY_MAX, CANNED_LANGUAGES, TITLE_MAX } from "@/lib/canned-replies/schemas";

type Labels = Record<string, string>;
const fmt = (s: string, vars: Record<string, string> = {}) => s.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);
const label = (labels: Labels) => (k: string, vars?: Record<string, string>) => fmt(labels[`canned.${k}`] ?? `canned.${k}`, vars);

export interface CannedReplyValue { id: string; title: string; body: string; language: string }

export function CannedReplyForm({ reply, labels }: { reply?: CannedReplyValue; labels: Labels }) {
  const L = label(labels);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(reply?.body ?? "");
  const [result, setResult] = useState<{ ok: boolean; text: string; fields?: Record<string, string> } | null>(null);
  const [pending, startTransition] = useTransition();
  // Any value fills a known variable, so what is left "missing" is exactly the unknown names.
  const unknown = fillVariables(body, { first_name: "x", case_number: "1", agent_name: "x" }).missing;

  function insertVariable(name: string) {
    const el = bodyRef.current;
    if (!el) return;
    const token = `{{${name}}}`;
    const start = el.selectionStart ?? body.length;
    const end = el.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { title: String(form.get("title") ?? ""), body, language: String(form.get("language") ?? "") };
    setResult(null);
    startTransition(async () => {
      try {
        const res = reply ? await updateCannedReplyAction(reply.id, input) : await createCannedReplyAction(input);
        if (!res.ok) {
          setResult({ ok: false, text: res.error, fields: res.fieldErrors });
          return;
        }
        setResult({ ok: true, text: L(reply ? "saved" : "created") });
        if (!reply) {
          formRef.current?.reset();
          setBody("");
        }
      } catch {
        setResult({ ok: false, text: L("failed") });
      }
    });
  }

  const fieldError = (name: string) =>
    result?.fields?.[name] ? <p id={`${id}-${name}-error`} className="mt-1 text-xs text-rose-700">{result.fields[name]}</p> : null;
  const describedBy = (name: string, extra = "") => [result?.fields?.[name] ? `${id}-${name}-error` : "", extra].filter(Boolean).join(" ") || undefined;
  return (
    <form ref={formRef} onSubmit={submit} aria-busy={pending} aria-label={reply ? L("editNamed", { title: reply.title }) : L("create")} className="space-y-3" data-testid={reply ? "canned-edit-form" : "canned-create-form"}>
      <div className="grid gap-3 sm:grid-cols-[1fr_9rem]">
        <div>
          <label htmlFor={`${id}-title`} className="mb-1 block text-xs font-medium text-slate-600">{L("field.title")}</label>
          <input id={`${id}-title`} name="title" required maxLength={TITLE_MAX} defaultValue={reply?.title} aria-invalid={Boolean(result?.fields?.title)} aria-describedby={describedBy("title")}
            className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-500" />
          {fieldError("title")}
        </div>
        <div>
          <label htmlFor={`${id}-language`} className="mb-1 block text-xs font-medium text-slate-600">{L("field.language")}</label>
          <select id={`${id}-language`} name="language" defaultValue={reply?.language ?? "fr"} className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {CANNED_LANGUAGES.map((l) => <option key={l} value={l}>{L(`lang.${l}`)}</option>)}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-body`} className="mb-1 block text-xs font-medium text-slate-600">{L("field.body")}</label>
        <textarea id={`${id}-body`} ref={bodyRef} name="body" required rows={5} maxLength={BODY_MAX} value={body} onChange={(e) => setBody(e.target.value)}
          aria-invalid={Boolean(result?.fields?.body)} aria-describedby={describedBy("body", `${id}-vars`)}
          className="w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-500" />
        {fieldError("body")}
        <div id={`${id}-vars`} className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
          <span>{L("insertVariable")}</span>
          {TEMPLATE_VARIABLES.map((v) => (
            <button key={v} type="button" onClick={() => insertVariable(v)} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono hover:bg-slate-200">{`{{${v}}}`}</button>
          ))}
          <span className="ml-auto">{body.length} / {BODY_MAX}</span>
        </div>
        <p role="status" aria-live="polite" className="mt-1 text-xs text-amber-800">
          {unknown.length > 0 && L("unknownVariable", { names: unknown.map((n) => `{{${n}}}`).join(", ") })}
        </p>
      </div>
      {result && (
        <p role={result.ok ? "status" : "alert"} className={`rounded px-3 py-2 text-sm ${result.ok ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800"}`}>{result.text}</p>
      )}
      <button disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? L("saving") : reply ? L("save") : L("createSubmit")}
      </button>
    </form>
  );
}

/** Archive, never delete: the reply leaves the composer but stays in the record. */
export function ArchiveCannedReplyButton({ reply, labels }: { reply: { id: string; title: string }; labels: Labels }) {
  const L = label(labels);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function archive() {
    if (!window.confirm(L("archiveConfirm", { title: reply.title }))) return;
    setError(null);
    startTransition(async () => {
      try {
        const res = await archiveCannedReplyAction(reply.id);
        if (!res.ok) setError(res.error);
      } catch {
        setError(L("failed"));
      }
    });
  }
  return (
    <span className="inline-flex flex-col items-start">
      <button type="button" onClick={archive} disabled={pending} aria-label={L("archiveNamed", { title: reply.title })} data-testid="canned-archive"
        className="rounded px-3 py-1 text-sm text-rose-700 ring-1 ring-rose-300 hover:bg-rose-50 disabled:opacity-60">
        {pending ? L("archiving") : L("archive")}
      </button>
      {error && <span role="alert" className="mt-1 text-xs text-rose-700">{error}</span>}
    </span>
  );
}
