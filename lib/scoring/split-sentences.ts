// Cuts a folded message into sentences and tells information questions ("Le retour est-il gratuit ?") from
// questions that complain ("Pourquoi… ?", "Where is my refund?") and rhetorical ones ("??"). Separate from
// score-message.ts because it only reads punctuation and first words, never the lexicon.

const QUESTION_START = /^(?:est-ce|est ce|comment|combien|quel|quelle|quels|quelles|quand|ou|peut-on|peut on|puis-je|pouvez-vous|pouvez vous|y a-t-il|il y a|faut-il|avez-vous|vous avez|vous acceptez|is|are|do|does|did|can|could|will|would|should|how|what|what's|where|where's|when|which|who|any|anyone)\b/;
/** "Where is my refund?", "Où est mon colis ?": asking after something owed is waiting for it. */
export const WHERE_MINE = /^(?:where|where's|where is|ou est|ou en est|ou sont|when will i|when do i get|quand vais-je|quand est-ce que je vais)\b[^?]*\b(?:my|mon|ma|mes)\s+(?:order|parcel|package|refund|money|delivery|item|bag|suitcase|card|commande|colis|remboursement|argent|livraison|valise|article|carte)\b/;
/** "Pourquoi… ?", "Why… ?": a question that complains. */
const WHY = /^(?:pourquoi|why|how come|comment se fait-il|comment ca se fait|comment est-ce possible|how is it possible|how is this|how can you|comment pouvez-vous|comment osez-vous)\b/;

/** Asking how to do something or whether there is a known fault ("how do I report a stolen card?", "is the app down
 * for everyone?", "à quelle adresse envoyer une réclamation ?"): the trouble named is the topic, not a grievance. */
const PROCEDURE = /^(?:(?:hi|hello|hey|bonjour|salut|coucou|petite question|quick q|quick question|question)\W+)*(?:how (?:do|can|should|would) (?:i|we)|where (?:am|can|do|should) i|what does (?:\w+ ){1,4}mean|que (?:veut dire|signifie)|are you open|(?:etes vous|vous etes|etes-vous) ouverts?|how long (?:does|do|will|is)|where (?:do|can|should) (?:i|we)|who (?:do|can|should) (?:i|we)|what (?:do|should) (?:i|we) do|is there (?:a|any) way|is there an? (?:outage|issue|problem|fault)|any known (?:issues?|problems?|outages?|faults?)|is (?:the|your) (?:\w+ )?(?:app|site|website|network|service|server|line|system)s? down|can i|could i|do i (?:need|have) to|comment (?:je|on|faire|puis-je|puis je|dois-je|dois je|peut-on|peut on)|combien de temps|a qui (?:dois-je|dois je|puis-je|m'adresser|s'adresser)|ou (?:dois-je|dois je|puis-je|puis je|envoyer|faut-il)|a quelle adresse|que (?:dois-je|dois je|faut-il) faire|y a-t-il (?:un moyen|une panne|une coupure|un souci connu|un probleme connu)|y a t il (?:un moyen|une panne|une coupure)|est-ce qu'(?:il y a|une (?:panne|coupure))|est ce qu'(?:il y a|une (?:panne|coupure))|est-il possible|puis-je|dois-je)\b/;

export interface Sentence { start: number; end: number; question: boolean; rhetorical: boolean; procedure?: boolean }

export function sentencesOf(f: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?…\n]+[.!?…]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) {
    const s = m[0];
    const body = s.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) {
      if (out.length && /\?/.test(body)) out[out.length - 1]!.rhetorical = true; // a trailing "??"
      continue;
    }
    const ends = /\?[\s\p{Extended_Pictographic}]*$/u.test(s.trim());
    out.push({
      start: m.index,
      end: m.index + s.length,
      question: (ends || QUESTION_START.test(body)) && !WHY.test(body) && !WHERE_MINE.test(body),
      rhetorical: /\?\s*\?|\?!|!\?/.test(s),
      procedure: /\?[\s\p{Extended_Pictographic}]*$/u.test(s.trim()) && PROCEDURE.test(body) && !WHY.test(body),
    });
  }
  // A sentence that starts like a question but ends with "." or "!" is a statement, unless it is the last one
  // and has no final punctuation ("does the app work on tablets").
  out.forEach((s, i) => {
    const text = f.slice(s.start, s.end).trim();
    if (s.question && !/\?/.test(text) && (i < out.length - 1 || /[.!…]$/.test(text))) s.question = false;
  });
  return out;
}
