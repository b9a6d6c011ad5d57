// The workspace switcher in the header: a plain form (works without JavaScript), shown when a person works
// in more than one workspace.
import { switchWorkspaceAction } from "@/app/actions/admin";

interface Props {
  workspaces: { id: string; name: string }[];
  currentId: string;
  label: string;
  submit: string;
}

export function WorkspaceSwitcher({ workspaces, currentId, label, submit }: Props) {
  if (workspaces.length < 2) return null;
  return (
    <form action={switchWorkspaceAction} className="flex items-center gap-1" data-testid="workspace-switcher">
      <label htmlFor="workspace-switch" className="sr-only">{label}</label>
      <select id="workspace-switch" name="workspaceId" defaultValue={currentId}
        className="max-w-[6rem] rounded 2xl:max-w-[10rem] border border-white/60 bg-brand-dark px-1.5 py-1 text-sm text-white">
        {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </select>
      <button className="rounded px-2 py-1 text-xs font-semibold text-white ring-1 ring-white/70 hover:bg-white/10">{submit}</button>
    </form>
  );
}
