// An audit event's data values in words (issue #26 item 8): enum codes such as HIGH_REACH, PRIVATE or OPEN are
// shown by their name in the reader's language; anything else (ids, numbers, free text) as it is. The CSV export
// and the API keep the codes.
import type { MessageKey } from "../i18n/messages";
import { en } from "../i18n/messages";

// Where a code's name lives, tried in order (a code such as OPEN is a case status before anything else).
const PREFIXES = ["status.", "priority.", "role.", "desk.status.", "reports.alert.", "reports.signal.", "platform.", "message.kind.",
  "admin.audit.value.", "audit.action.", "case.noReply."];

export function auditValueLabel(t: (k: MessageKey) => string, value: string): string {
  if (!/^[A-Za-z][A-Za-z_]*$/.test(value)) return value;
  for (const p of PREFIXES) {
    const key = `${p}${value}`;
    if (key in en) return t(key as MessageKey);
  }
  return value;
}
