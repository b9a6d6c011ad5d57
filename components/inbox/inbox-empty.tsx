// What the empty inbox says (lib/cases/inbox-empty-state.ts decides why it is empty): a workspace without a
// channel points leads and admins to the Channels page and tells everyone else whom to ask.
import Link from "next/link";
import type { InboxEmptyState } from "@/lib/cases/inbox-empty-state";
import type { MessageKey } from "@/lib/i18n/messages";

export function InboxEmpty({ state, t }: { state: InboxEmptyState; t: (k: MessageKey) => string }) {
  if (state.kind !== "noChannel") {
    const key = ({ noCases: "inbox.emptyNoCases", noMatch: "inbox.empty", noEscalated: "inbox.emptyEscalated" } as const)[state.kind];
    return <p data-kind={state.kind}>{t(key)}</p>;
  }
  return (
    <div data-kind="noChannel" className="space-y-3">
      <p>{t("inbox.emptyNoChannel")}</p>
      {state.canConnect ? (
        <Link href="/channels" className="inline-block rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark" data-testid="inbox-empty-connect">
          {t("inbox.emptyConnect")}
        </Link>
      ) : (
        <p>{t("inbox.emptyAskLead")}</p>
      )}
    </div>
  );
}
