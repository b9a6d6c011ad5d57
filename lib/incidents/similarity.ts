// "Me too" replies (R7, R9; seed 004): "pareil", "same here" under someone else's complaint mean that complaint.
// Read by incident grouping (complaint-doc.ts reads such a reply as the complaint it answers) and by the crisis
// radar (several "me too" authors under one post). On folded text (lib/text/fold.ts).
import { fold } from "../text/fold";

export const ME_TOO = /(^|[\s.,!…])(pareil|moi aussi|moi de meme|idem|\+1|meme chose|meme probleme|meme souci|same here|same for me|same problem|same issue|same thing|same|me too|me neither|ditto)([\s.,!…]|$)/;

export function isMeToo(text: string): boolean {
  return ME_TOO.test(fold(text));
}
