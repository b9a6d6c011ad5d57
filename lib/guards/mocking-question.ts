// Sarcasm told as a quip (issue #19): the draft opens on a short question thrown back at the customer and laughs
// ("Daylight robbery? We've been called worse 😄", "Impossible, vraiment ? 😏", "A whole year for one day? Bold
// opening offer 😄"). Across nineteen blind writers' drafts, an opening question of at most seven words in a draft
// with a laughing or winking emoji was sarcasm in 13 of 14 drafts; a joke emoji alone is not (67 good drafts use
// one: "Your cat has excellent taste 😂"), nor a question alone ("Still no parcel? Sorry, we're on it").
import type { ToneText } from "./tone-text";

/** A greeting and a name before the question ("Hi Tom, ", "Salut, "). */
const GREETING = /^\s*(?:(?:hi|hey|hello|bonjour|bonsoir|salut|coucou)\b[^,!.?\n]{0,20}[,!]\s*)?/iu;
const OPENING_QUESTION = /^[^.!?\n]{1,60}\?/u;
const JOKE_EMOJI = /[😄😂🤣😅😆😝😜🙃😏😉😁]/u;
const MAX_WORDS = 7;

/** The opening question's span in the laid-out text (`t.text`), or null. */
export function mockingQuestion(draft: string, t: ToneText): [number, number] | null {
  if (!JOKE_EMOJI.test(draft)) return null;
  const lead = GREETING.exec(draft)![0].length;
  const q = OPENING_QUESTION.exec(draft.slice(lead));
  if (!q || q[0].trim().split(/\s+/).length > MAX_WORDS) return null;
  const from = lead, to = lead + q[0].length;
  const words = t.words.filter((w) => w.os >= from && w.oe <= to);
  return words.length > 0 ? [words[0]!.s, words.at(-1)!.e] : null;
}
