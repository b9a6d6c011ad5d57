"use client";

// Links a personal social account to a member (issue #25): on one's profile (the member is fixed), on the members
// page (a lead picks the member), or to confirm a suggestion (everything preset: one click).
import { useState, type FormEvent } from "react";
import { linkStaffIdentityAction } from "@/app/actions/staff-identities";
import { buttonClass, Field, FormError, makeL, TextInput, useActionRunner, type Labels } from "@/components/admin/form-kit";

const PLATFORMS = ["FACEBOOK", "X", "INSTAGRAM"] as const;

interface Props {
  labels: Labels;
  locale: "en" | "fr";
  /** The member, when fixed (one's profile); else `members` to choose from. */
  membershipId?: string;
  members?: { id: string; name: string }[];
  /** A suggestion to confirm: platform and account preset. */
  preset?: { platform: string; account: string; membershipId: string | null };
}

export function LinkIdentityForm({ labels, locale, membershipId, members = [], preset }: Props) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  const [done, setDone] = useState<number | null>(null);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const who = membershipId ?? String(f.get("member") ?? "");
    run(() => linkStaffIdentityAction(who, { platform: f.get("platform"), account: f.get("account") }), (d) => setDone(d?.messagesMarked ?? 0));
  }
  return (
    <form onSubmit={submit} className="space-y-2" aria-busy={pending} data-testid="link-identity-form">
      {!membershipId && (
        <Field label={L("staff.member")}>{(id) => (
          <select id={id} name="member" required defaultValue={preset?.membershipId ?? ""} className="w-full rounded border border-slate-300 px-2 py-1 text-sm">
            <option value="" disabled>—</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        )}</Field>
      )}
      <Field label={L("staff.platform")}>{(id) => (
        <select id={id} name="platform" defaultValue={preset?.platform ?? "FACEBOOK"} className="w-full rounded border border-slate-300 px-2 py-1 text-sm">
          {PLATFORMS.map((p) => <option key={p} value={p}>{L(`staff.platform.${p}`)}</option>)}
        </select>
      )}</Field>
      <Field label={L("staff.account")} help={L("staff.accountHelp")}>{(id, describedBy) => (
        <TextInput id={id} name="account" required maxLength={100} defaultValue={preset?.account} aria-describedby={describedBy} />
      )}</Field>
      <FormError error={error} />
      {done !== null && <p role="status" className="text-sm text-emerald-800">{L("staff.linked", { count: done })}</p>}
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L(preset ? "staff.confirm" : "staff.link")}</button>
    </form>
  );
}
