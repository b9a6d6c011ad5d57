// Fills "{name}" placeholders of a dictionary sentence; an unknown placeholder becomes empty, not "{name}".
export function fillTemplate(template: string, vars: Record<string, unknown>): string {
  return template
    .replace(/\{(\w+)\}/g, (_m, k: string) => (vars[k] === undefined || vars[k] === null ? "" : String(vars[k])))
    // An empty placeholder must not leave "word ." behind; French spacing before ":" is kept.
    .replace(/ +([.,])/g, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
}
