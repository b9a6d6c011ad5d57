"use client";

// The workspace's guard lists with a live preview: what a draft would be flagged for with the lists as
// typed, before saving (team leads).
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveGuardSettingsAction } from "@/app/actions/guard-actions";
import { checkGuards, type GuardLocale, type GuardSettings } from "@/lib/guards/check-guards";
import { GuardFindingList } from "@/components/case/guard-findings";

const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter((l) => l.length >= 2);

export function GuardSettingsForm({ initial, locale, labels }: { initial: GuardSettings; locale: GuardLocale; labels: Record<string, string> }) {
  const L = (k: string) => labels[`guards.settings.${k}`] ?? k;
  const router = useRouter();
  const [flag, setFlag] = useState(initial.flagPhrases.join("\n"));
  const [allow, setAllow] = useState(initial.allowPhrases.join("\n"));
  const [pattern, setPattern] = useState(initial.orderNumberPattern ?? "");
  const [contacts, setContacts] = useState((initial.publicContacts ?? []).join("\n"));
  const [sample, setSample] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const patternOk = useMemo(() => {
    try {
      new RegExp(pattern, "u");
      return true;
    } catch {
      return false;
    }
  }, [pattern]);
  const settings: GuardSettings = { flagPhrases: lines(flag), allowPhrases: lines(allow), orderNumberPattern: patternOk && pattern.trim() ? pattern.trim() : null, publicContacts: lines(contacts).filter((l) => l.length >= 3) };
  const preview = useMemo(() => (sample.trim() ? checkGuards(sample, { visibility: "public", locale, settings }) : []), [sample, locale, flag, allow, pattern, contacts]); // eslint-disable-line react-hooks/exhaustive-deps

  function save() {
    setResult(null);
    start(async () => {
      const res = await saveGuardSettingsAction(settings);
      setResult(res.ok ? { ok: true, text: L("saved") } : { ok: false, text: res.error });
      if (res.ok) router.refresh();
    });
  }

  const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form onSubmit={(e) => { e.preventDefault(); save(); }} className="space-y-3" data-testid="guard-settings-form">
        <label className="block text-sm font-medium">{L("flag")}
          <textarea value={flag} onChange={(e) => setFlag(e.target.value)} rows={6} className={field} data-testid="guard-flag" />
        </label>
        <label className="block text-sm font-medium">{L("allow")}
          <textarea value={allow} onChange={(e) => setAllow(e.target.value)} rows={4} className={field} data-testid="guard-allow" />
        </label>
        <label className="block text-sm font-medium">{L("order")}
          <input value={pattern} onChange={(e) => setPattern(e.target.value)} aria-invalid={!patternOk} className={`${field} font-mono aria-[invalid=true]:border-rose-500`} />
        </label>
        <label className="block text-sm font-medium">{L("contacts")}
          <textarea value={contacts} onChange={(e) => setContacts(e.target.value)} rows={4} className={field} data-testid="guard-contacts" />
        </label>
        <button type="submit" disabled={pending || !patternOk} className="rounded bg-brand px-4 py-1.5 text-sm font-medium text-white disabled:opacity-50">{L("save")}</button>
        {result && <p role={result.ok ? "status" : "alert"} className={result.ok ? "text-sm text-emerald-700" : "text-sm text-rose-700"}>{result.text}</p>}
      </form>
      <section className="space-y-2" aria-labelledby="guard-preview-title">
        <h2 id="guard-preview-title" className="text-sm font-medium">{L("preview")}</h2>
        <p className="text-xs text-slate-500">{L("previewHint")}</p>
        <textarea aria-labelledby="guard-preview-title" value={sample} onChange={(e) => setSample(e.target.value)} rows={5} className={field} data-testid="guard-preview-text" />
        {sample.trim() && preview.length === 0 && <p className="text-sm text-slate-500">{L("noFindings")}</p>}
        <GuardFindingList draft={sample} warnings={preview} labels={labels} />
      </section>
    </div>
  );
}
