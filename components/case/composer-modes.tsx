"use client";

// Public reply, private reply (named after the platform's private channel) or internal note, as one radio group
// styled as pills. Public is off, with the reason in its title, when the case cannot take a public reply.
import { PUBLIC_ONLY_PLATFORMS, type PlatformId } from "@/lib/connectors/platforms";
import type { ComposerMode } from "./use-draft-guards";

export function ComposerModes({ id, mode, onMode, platform, canPublic, noPublicText, L, privateVia }: {
  id: string;
  mode: ComposerMode;
  onMode: (mode: ComposerMode) => void;
  platform: PlatformId;
  canPublic: boolean;
  noPublicText: string;
  L: (key: string) => string;
  /** Public-only platforms: the platform a private answer goes through instead (null: none; undefined: n/a). */
  privateVia?: PlatformId | null;
}) {
  const modes: { value: ComposerMode; label: string; disabled?: boolean }[] = [
    { value: "public", label: L("public"), disabled: !canPublic },
    { value: "private", label: L(`private.${(privateVia ?? platform).toLowerCase()}`), disabled: PUBLIC_ONLY_PLATFORMS.includes(platform) && !privateVia },
    { value: "note", label: L("note") },
  ];
  return (
    <fieldset className="flex flex-wrap gap-1">
      <legend className="sr-only">{L("mode")}</legend>
      {modes.map((m) => (
        <label
          key={m.value}
          title={m.disabled ? (m.value === "private" ? L("publicOnly") : noPublicText) : undefined}
          className={`cursor-pointer rounded-full px-3 py-1 text-sm ring-1 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand has-disabled:cursor-not-allowed has-disabled:opacity-50 ${
            mode === m.value ? (m.value === "note" ? "bg-amber-300 text-amber-950 ring-amber-400" : "bg-brand text-white ring-brand") : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"
          }`}
        >
          <input type="radio" name={`${id}-mode`} value={m.value} checked={mode === m.value} disabled={m.disabled} onChange={() => onMode(m.value)} className="sr-only" data-testid={`composer-mode-${m.value}`} />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
