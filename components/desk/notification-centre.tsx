"use client";

// The header's notification centre: unread count, the latest notifications, mark read. New ones arrive live
// over the existing SSE stream (a "NOTIFICATION_CREATED" change event, sent to its recipient only).
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { markNotificationsReadAction, notificationsAction } from "@/app/actions/desk-actions";
import { useLive } from "@/components/live/live-provider";
import { formatDateTime } from "@/lib/format/time";

export interface NotificationItem {
  id: string;
  kind: string;
  caseId: string | null;
  text: string;
  createdAt: string | Date;
  readAt: string | Date | null;
}

/** `renderedAt`: when the server listed `initial` (epoch ms). */
export function NotificationCentre({ initial, initialUnread, locale, labels: L, renderedAt }: {
  initial: NotificationItem[]; initialUnread: number; locale: string; labels: Record<string, string>; renderedAt?: number;
}) {
  const [items, setItems] = useState(initial);
  const [unread, setUnread] = useState(initialUnread);
  const [open, setOpen] = useState(false);
  const [, start] = useTransition();
  const live = useLive();
  const box = useRef<HTMLDivElement>(null);
  const reload = useCallback(() => start(async () => {
    const r = await notificationsAction();
    setItems(r.data);
    setUnread(r.unread);
  }), []);
  useEffect(() => live.subscribe((m) => { if (m.type === "resync" || m.event.action === "NOTIFICATION_CREATED") reload(); }, renderedAt), [live, reload, renderedAt]);
  useEffect(() => {
    if (!open) return;
    const onClick = (e: MouseEvent) => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    // Capture phase: Escape closes this panel only, before the page's own shortcuts (back to the inbox) see it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      setOpen(false);
    };
    document.addEventListener("mousedown", onClick);
    window.addEventListener("keydown", onKey, true);
    return () => { document.removeEventListener("mousedown", onClick); window.removeEventListener("keydown", onKey, true); };
  }, [open]);
  const markRead = (ids: string[] | "all") => start(async () => {
    await markNotificationsReadAction(ids);
    const r = await notificationsAction();
    setItems(r.data);
    setUnread(r.unread);
  });
  return (
    <div className="relative" ref={box}>
      <button type="button" data-testid="notifications-button" aria-expanded={open} aria-haspopup="dialog"
        aria-label={(L["desk.notif.open"] ?? "").replace("{count}", String(unread))}
        onClick={() => setOpen((o) => !o)} className="relative rounded px-2 py-1 text-white/90 hover:bg-white/10 hover:text-white">
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 && (
          <span data-testid="notifications-unread" className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-rose-600 px-1 text-center text-[0.65rem] font-semibold leading-[1.1rem]">{unread}</span>
        )}
      </button>
      {open && (
        <div role="dialog" aria-label={L["desk.notif.title"]} data-testid="notifications-panel"
          className="absolute right-0 z-30 mt-2 w-96 max-w-[90vw] rounded-lg bg-white text-sm text-slate-800 shadow-lg ring-1 ring-slate-200">
          <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
            <h2 className="font-semibold">{L["desk.notif.title"]}</h2>
            {unread > 0 && <button type="button" onClick={() => markRead("all")} className="text-xs text-brand hover:underline" data-testid="notifications-read-all">{L["desk.notif.markAllRead"]}</button>}
          </div>
          {items.length === 0 ? (
            <p className="px-3 py-6 text-center text-slate-500">{L["desk.notif.empty"]}</p>
          ) : (
            <ul className="max-h-96 overflow-y-auto">
              {items.map((n) => (
                <li key={n.id} data-testid="notification" data-kind={n.kind} data-read={n.readAt ? "true" : "false"}
                  className={`flex gap-2 border-b border-slate-50 px-3 py-2 ${n.readAt ? "text-slate-500" : "bg-sky-50"}`}>
                  <div className="flex-1">
                    {n.caseId ? (
                      <Link href={`/cases/${n.caseId}`} onClick={() => { if (!n.readAt) markRead([n.id]); setOpen(false); }} className="hover:underline">{n.text}</Link>
                    ) : n.text}
                    <time className="block text-xs text-slate-600" dateTime={new Date(n.createdAt).toISOString()}>{formatDateTime(new Date(n.createdAt), locale)}</time>
                  </div>
                  {!n.readAt && <button type="button" onClick={() => markRead([n.id])} className="self-start text-xs text-brand hover:underline">{L["desk.notif.markRead"]}</button>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
