"use client";

// "Available for new cases", for every member about themselves (issue #22 item 4): off, round-robin and
// least-loaded rules pass them over; cases already theirs stay theirs.
import { useState } from "react";
import { setMyAvailabilityAction } from "@/app/actions/automation";
import { FormError, makeL, useActionRunner, type Labels } from "@/components/admin/form-kit";
import { Switch } from "@/components/ui/switch";

export function AvailabilitySwitch({ available, labels, locale }: { available: boolean; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const [on, setOn] = useState(available);
  const { pending, error, run } = useActionRunner(labels);
  return (
    <div className="space-y-1" data-testid="own-availability">
      <Switch checked={on} disabled={pending} testId="own-available" label={L("automation.me.label")}
        stateLabel={L(on ? "automation.me.on" : "automation.me.off")}
        onChange={(next) => run(() => setMyAvailabilityAction({ available: next }), () => setOn(next))} />
      <p className="text-xs text-slate-600">{L(on ? "automation.me.onHelp" : "automation.me.offHelp")}</p>
      <FormError error={error} />
    </div>
  );
}
