// The words and regular-expression fragments the time grammar (time-rules.ts) is built from, French and
// English: weekdays, months, numbers written out, approximations, units, and how a number and a unit are read.
// Vocabulary only, kept apart from the rules that combine it.

export const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, "vingt-quatre": 24, "vingt quatre": 24, trente: 30, "quarante-huit": 48, "quarante huit": 48,
  "soixante-douze": 72, "soixante douze": 72,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, "twenty-four": 24, "twenty four": 24, thirty: 30, "forty-eight": 48, "forty eight": 48,
  "seventy-two": 72, "seventy two": 72, "a couple of": 2, "a couple": 2, "couple of": 2,
};

export const WD = Object.keys(WEEKDAYS).join("|");
export const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const NUMW = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
export const NUM = `(?:\\d+(?:[.,]\\d+)?|${NUMW})`;
/** "24/48", "2 à 3", "2-3", "2 or 3": the larger bound counts. */
export const NUMS = `(${NUM}(?:\\s*(?:/|-|a|à|ou|or|to)\\s*${NUM})?)`;
export const APPROX = "(?:environ|a peu pres|approximativement|a peine|about|around|roughly|approximately|approx\\.?|~|maximum|max\\.?|au maximum|au plus|moins de|less than|under|no more than|at most|just|seulement|only|tout au plus)";
export const UNIT = "(minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|semaines?|weeks?|mois|months?)";
export const B = "(?<![\\p{L}\\d])"; // word start
export const E = "(?![\\p{L}\\d])"; // word end

export function num(s: string): number {
  const parts = s.split(/\s*(?:\/|-(?=\s*\d)|\ba\b|\bà\b|\bou\b|\bor\b|\bto\b)\s*/).filter(Boolean);
  const values = parts.map((p) => (/^\d/.test(p) ? Number(p.replace(",", ".")) : NUMBER_WORDS[p.trim()] ?? NaN));
  const ok = values.filter((v) => Number.isFinite(v));
  return ok.length ? Math.max(...ok) : NaN;
}

export function unitMinutes(unit: string): { minutes: number; day?: boolean } {
  if (/^(minutes?|mins?|mn)$/.test(unit)) return { minutes: 1 };
  if (/^(heures?|hours?|hrs?|h)$/.test(unit)) return { minutes: 60 };
  if (/^(jours?|days?|j)$/.test(unit)) return { minutes: 24 * 60, day: true };
  if (/^(semaines?|weeks?)$/.test(unit)) return { minutes: 7 * 24 * 60, day: true };
  return { minutes: 30 * 24 * 60, day: true };
}
