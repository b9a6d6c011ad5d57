// Durations for people: "42 min", "3 h 10", "2 j 4 h" / "2 d 4 h".
export function formatDuration(seconds: number, locale: string): string {
  const m = Math.round(seconds / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h${m % 60 ? ` ${String(m % 60).padStart(2, "0")}` : ""}`;
  return `${Math.floor(h / 24)} ${locale === "fr" ? "j" : "d"} ${h % 24} h`;
}
