import { PLATFORM_ICON, type PlatformId } from "@/lib/connectors/platforms";
import { en, type MessageKey } from "@/lib/i18n/messages";

const STATUS_STYLE: Record<string, string> = {
  NEW: "bg-sky-100 text-sky-800",
  OPEN: "bg-amber-100 text-amber-800",
  WAITING_ON_CUSTOMER: "bg-violet-100 text-violet-800",
  ESCALATED: "bg-rose-100 text-rose-800",
  RESOLVED: "bg-emerald-100 text-emerald-800",
  CLOSED: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status, t }: { status: string; t: (k: MessageKey) => string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? ""}`}>
      {t(`status.${status}` as MessageKey)}
    </span>
  );
}

/** The platform's icon (from the one platform list, lib/connectors/platforms.ts), named for screen readers. */
export function PlatformBadge({ platform, t }: { platform: string; t?: (k: MessageKey) => string }) {
  const icon = PLATFORM_ICON[platform as PlatformId] ?? { glyph: "?", className: "bg-slate-500" };
  const key = `platform.${platform}` as MessageKey;
  const name = t ? t(key) : (en[key as keyof typeof en] ?? platform);
  return (
    <span
      title={name}
      aria-label={name}
      role="img"
      data-platform={platform}
      className={`inline-flex h-5 min-w-5 items-center justify-center rounded px-1 text-xs font-bold text-white ${icon.className}`}
    >
      {icon.glyph}
    </span>
  );
}

const PRIORITY_STYLE: Record<string, string> = {
  URGENT: "bg-rose-600 text-white",
  HIGH: "bg-orange-100 text-orange-800",
  LOW: "bg-slate-100 text-slate-500",
  NORMAL: "bg-slate-100 text-slate-700",
};

export function PriorityBadge({ priority, t }: { priority: string; t: (k: MessageKey) => string }) {
  return (
    <span className={`mt-1 inline-block rounded px-1.5 text-xs font-medium ${PRIORITY_STYLE[priority] ?? ""}`}>
      {t(`priority.${priority}` as MessageKey)}
    </span>
  );
}
