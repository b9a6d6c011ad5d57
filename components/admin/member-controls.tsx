"use client";

// One member's role, team and active switch, saved on change. Leads do not get admin options (the server
// refuses them anyway).
import { revokeInvitationAction, updateMemberAction } from "@/app/actions/admin";
import { FormError, makeL, useActionRunner, type Labels } from "./form-kit";

interface Props {
  member: { id: string; name: string; role: string; teamId: string | null; active: boolean; self: boolean };
  roles: string[];
  teams: { id: string; name: string }[];
  editable: boolean;
  labels: Labels;
  locale: "en" | "fr";
}

// Wide enough for the longest role name in either language ("Gestionnaire de communauté"), never wider than the row.
const selectClass = "w-auto min-w-[14rem] max-w-full rounded border border-slate-400 bg-white px-1.5 py-1 text-sm";

export function MemberControls({ member, roles, teams, editable, labels, locale }: Props) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  const save = (patch: object) => run(() => updateMemberAction(member.id, patch), () => undefined);
  if (!editable) return <span className="text-xs text-slate-600">{L("admin.members.adminOnly")}</span>;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-busy={pending}>
      <select aria-label={L("admin.members.roleOf", { name: member.name })} className={selectClass} defaultValue={member.role}
        disabled={pending || !member.active} onChange={(e) => save({ role: e.target.value })} data-testid="member-role">
        {roles.map((r) => <option key={r} value={r}>{L(`role.${r}`)}</option>)}
      </select>
      <select aria-label={L("admin.members.teamOf", { name: member.name })} className={selectClass} defaultValue={member.teamId ?? ""}
        disabled={pending || !member.active} onChange={(e) => save({ teamId: e.target.value || null })} data-testid="member-team">
        <option value="">{L("admin.members.noTeam")}</option>
        {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
      </select>
      {!member.self && (
        <button type="button" disabled={pending} data-testid={member.active ? "member-deactivate" : "member-reactivate"}
          className={`rounded px-2 py-1 text-sm ring-1 ${member.active ? "text-rose-800 ring-rose-400 hover:bg-rose-50" : "text-emerald-800 ring-emerald-600 hover:bg-emerald-50"}`}
          onClick={() => {
            if (member.active && !window.confirm(L("admin.members.deactivateConfirm", { name: member.name }))) return;
            save({ active: !member.active });
          }}>
          {member.active ? L("admin.members.deactivate") : L("admin.members.reactivate")}
        </button>
      )}
      <FormError error={error} />
    </div>
  );
}

export function RevokeInvitationButton({ id, email, labels, locale }: { id: string; email: string; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  return (
    <span className="inline-flex flex-col items-end">
      <button type="button" disabled={pending} aria-label={L("admin.invitations.revokeLabel", { email })}
        className="rounded px-2 py-1 text-sm text-rose-800 ring-1 ring-rose-400 hover:bg-rose-50"
        onClick={() => run(() => revokeInvitationAction(id), () => undefined)}>
        {L("admin.invitations.revoke")}
      </button>
      <FormError error={error} />
    </span>
  );
}
