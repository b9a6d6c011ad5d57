// Urgency cues of lib/scoring/score-message.ts, on the folded text (lib/text/fold.ts). The sentiment vocabulary,
// by concept, is in sentiment-lexicon.ts.
import { COMPLAINT, LEGAL, PRESS, THREAT, termsPattern } from "../text/signals";

/** Urgency cues (regular expressions on the folded text) and their weight 0 … 100; `grave`: a complaint even
 *  when worded calmly. Legal, press and threat words come from the one list in lib/text/signals.ts. */
export const URGENCY: [RegExp, number, "grave"?][] = [
  [termsPattern([...LEGAL, ...COMPLAINT]), 60, "grave"],
  [termsPattern(PRESS), 55, "grave"],
  [/\b(dangereux|dangerous|blesse|injured|hurt|feu|fire|brule|burn|securite|safety|medicalise)\b/, 60, "grave"],
  [/\b(urgent|urgence|urgently|asap|immediatement|immediately|maintenant|right now|now|aujourd'hui|today|au secours|help)\b/, 45],
  [/\b(debite deux fois|charged twice|deux fois|twice|rendez-moi|give me my money|money back|rembourse[ez]? immediatement)\b/, 40],
  [termsPattern(THREAT), 30],
];
