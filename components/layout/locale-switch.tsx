import { setLocale } from "@/app/actions/set-locale";
import type { Locale } from "@/lib/i18n/messages";

export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={label}>
      {(["en", "fr"] as const).map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${
            l === locale ? "bg-white text-brand" : "text-white/80 hover:text-white"
          }`}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
