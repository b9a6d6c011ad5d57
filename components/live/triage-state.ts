// Is the agent in the middle of something the list must not move under? Read from the page itself, so the
// keyboard layer, the bulk bar, menus and drafts need not report to us: a row selected (j/k or a click),
// a row ticked, a dialog or menu open, or a field with text in it focused.
const BUSY = [
  '[data-testid="case-row"][aria-selected="true"]',
  "input[data-bulk-select]:checked",
  "dialog[open]",
  '[role="dialog"]',
  '[role="menu"]',
  "details[open]",
  '[aria-expanded="true"]',
].join(", ");

export function isTriaging(doc: Document = document): boolean {
  if (doc.querySelector(BUSY)) return true;
  const el = doc.activeElement;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable)) return true;
  if (el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(el.type) && el.value.trim() !== "";
}
