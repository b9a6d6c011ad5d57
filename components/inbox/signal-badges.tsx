// The reach / profession badge of an author (R9; signals set by lib/scoring): high reach, journalist, professional
// of the field, lawyer or consumer association. Leads see at a glance whose complaint can spread.
import type { MessageKey } from "@/lib/i18n/messages";

const SHOWN = ["high_reach", "journalist", "professional", "legal"] as const;

export function SignalBadges({ signals, t }: { signals: string[]; t: (k: MessageKey) => string }) {
  const shown = SHOWN.filter((s) => signals.includes(s));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((s) => (
        <span key={s} data-testid="signal-badge" data-signal={s}
          className="ml-1 inline-block rounded bg-fuchsia-100 px-1.5 align-middle text-[11px] font-semibold text-fuchsia-800">
          ★ {t(`reports.signal.${s}` as MessageKey)}
        </span>
      ))}
    </>
  );
}
