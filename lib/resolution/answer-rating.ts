// Numbers in a satisfaction answer: a rating on a scale of 5 ("4/5", "3 étoiles", "⭐⭐⭐⭐") and the distinct
// amounts of money. Kept apart from classify-answer.ts because numbers are read from the whole message, not
// clause by clause, and need none of the word lists.
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5,
  six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10,
};
const NUM = `(-?\\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
const num = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s]!);

/** A rating on a scale of 5 (may be below 1 or fractional from a scale of 10), or null. */
export function ratingOf(folded: string, words: string): number | null {
  const filled = (folded.match(/⭐|★|🌟/gu) ?? []).length;
  if (filled >= 1 && filled <= 5) return filled;
  let m = new RegExp(`\\b${NUM} ?(?:/|sur|out of|on) ?(5|10|cinq|five|dix|ten)\\b`).exec(folded.replace(/\s+/g, " "))
    ?? new RegExp(`\\b${NUM} (?:sur|out of|on) (5|10|cinq|five|dix|ten)\\b`).exec(words);
  if (m) {
    const scale = num(m[2]!);
    const r = num(m[1]!);
    return r <= scale ? (r * 5) / scale : null;
  }
  if (/\b(minus|moins) \d+\b/.test(words)) return 0;
  m = new RegExp(`\\b${NUM} (etoiles?|stars?)\\b`).exec(words);
  if (m) return num(m[1]!);
  m = new RegExp(`\\b(note|rating|mets|donne|give|gives|rate|rated)( you| it| them| vous| le| la)?( an?| un| une)? ${NUM}\\b`).exec(words);
  if (m) return num(m[4]!);
  // A bare number, alone or next to a yes/no or a hedge: "5", "a 3 I guess", "yes / 2", "zéro pointé".
  const rest = words.replace(/\b(oui|yes|yeah|non|no|ok|note|a|un|une|i guess|je pense|pointe|et|and|ce est|that is|being|genereux|genereuse|generous|if i could|si je pouvais)\b/g, " ").trim();
  m = new RegExp(`^${NUM}$`).exec(rest.replace(/\s+/g, " "));
  if (m && num(m[1]!) <= 5) return num(m[1]!);
  m = new RegExp(`^(?:an? |un |une )?${NUM}\\b(?! (of|sur|de|des|x|items?|articles?|fois|times?|jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?|h|min|e|eme|calls?|appels?|chats?|euros?|eur|€|£))`).exec(words);
  if (m && num(m[1]!) <= 5 && words.split(" ").length <= 6) return num(m[1]!);
  return null;
}

/** Distinct amounts of money: a refund compared with what was paid ("20€ sur 45", "£15 back, the order was £60"). */
export function amounts(folded: string): number {
  const found = new Set<string>();
  for (const m of folded.matchAll(/(\d+(?:[.,]\d+)?) ?(?:€|eur\b|euros?\b|£|\$|dollars?\b)|(?:€|£|\$) ?(\d+(?:[.,]\d+)?)/gu)) found.add(m[1] ?? m[2]!);
  for (const m of folded.matchAll(/(?:€|£|\$) ?\d+(?:[.,]\d+)? ?(?:sur|of|out of|instead of|au lieu de) ?(\d+)/gu)) found.add(m[1]!);
  for (const m of folded.matchAll(/\d+ ?(?:€|eur\b|euros?\b) (?:sur|of) (\d+)/gu)) found.add(m[1]!);
  return found.size;
}
