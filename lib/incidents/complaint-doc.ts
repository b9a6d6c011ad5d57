// Production's ONE path from a stored complaint to a grouping document (R7, issue #18 §3): suggest-incidents.ts's
// loader calls it on each recent case, and the honest evaluation (tests/text-eval/tasks/incidents.ts) calls the
// same function, so what is measured is what runs. Pure: the caller brings the case's inbound messages with the
// language ingestion stored for each (lib/ingest/detect-language.ts) and, for a "me too", the complaint it
// answers.
//
// A case is a complaint for grouping when one of its messages states a problem of the taxonomy (taxonomy.ts),
// calm or angry alike: sentiment does not decide (a clear "I was charged twice" is a complaint), the taxonomy
// does (a question or a thanks states no problem). The case's problem is the first one its messages state, in
// order; a "pareil" / "same here" reply is read as the complaint it answers (plus the entities it names itself).
import type { Lang } from "../text/tokenize";
import { readComplaintCached as read, type Reading } from "./classify";
import type { Entities, EntityKind } from "./entities";
import type { ComplaintDoc } from "./group-complaints";
import { isMeToo } from "./similarity";
import { contentTerms } from "../text/terms";

export interface StoredMessage {
  body: string;
  /** The language ingestion detected for the message. */
  language?: string | null;
  /** For a "me too": the complaint it answers (its parent, or the thread's first complaint), and its language. */
  context?: string | null;
  contextLanguage?: string | null;
}

export interface StoredComplaint {
  caseId: string;
  contactId: string;
  /** When the case opened (platform time). */
  at: Date;
  incidentId?: string | null;
  /** The case's language, for messages without one. */
  language?: string | null;
  /** Inbound messages in platform order. */
  messages: StoredMessage[];
}

const asLang = (l: string | null | undefined): Lang | null => (l === "fr" || l === "en" ? l : null);

function merge(into: Entities, from: Entities) {
  for (const [k, vs] of Object.entries(from) as [EntityKind, string[]][]) {
    const list = (into[k] ??= []);
    for (const v of vs) if (!list.includes(v)) list.push(v);
  }
}

/** The grouping document of a stored complaint, or null when none of its messages states a known problem and
 * they name fewer than two concepts. */
export function complaintDoc(c: StoredComplaint): ComplaintDoc | null {
  let problem: string | null = null;
  let lang: Lang | null = null;
  const entities: Entities = {};
  const readings: Reading[] = [];
  for (const m of c.messages) {
    const l = asLang(m.language ?? c.language);
    let r = read(m.body, l);
    // "Pareil, toujours rien reçu" under a complaint is that complaint, even when its own words read otherwise.
    if (m.context && isMeToo(m.body)) {
      const c = read(m.context, asLang(m.contextLanguage) ?? l);
      if (c.problem) {
        const entities: Entities = {};
        merge(entities, c.entities);
        merge(entities, r.entities);
        r = { ...c, entities };
      }
    }
    readings.push(r);
    if (r.problem && !problem) {
      problem = r.problem;
      lang = l;
    }
  }
  // Entities and concepts of the messages about that problem (or about nothing in particular: "c'est à Lyon").
  const concepts = new Set<string>();
  const terms = new Set<string>();
  for (const [i, r] of readings.entries()) {
    if (r.problem && r.problem !== problem) continue;
    const m = c.messages[i]!;
    // A "me too" is about the complaint it answers: its words are that complaint's.
    const text = m.context && isMeToo(m.body) ? `${m.context}\n${m.body}` : m.body;
    for (const t of contentTerms(text, asLang(m.language ?? c.language))) if (t.length > 2) terms.add(t);
    merge(entities, r.entities);
    for (const k of r.concepts) concepts.add(k);
  }
  // No known type: still a complaint for the second pass (attach-to-waves.ts) when it names two concepts or more.
  // A "me too" that names only where or what ("+1 Lyon 6e", "pareil E403 sur LG") is kept for its entities.
  const meToo = c.messages.some((m) => isMeToo(m.body));
  if (!problem && concepts.size < 2 && !(meToo && Object.values(entities).some((v) => v && v.length > 0))) return null;
  lang ??= asLang(c.messages[0]?.language ?? c.language);
  return { caseId: c.caseId, contactId: c.contactId, at: c.at, problem, concepts: [...concepts], terms: [...terms], meToo, entities, lang, incidentId: c.incidentId ?? null };
}
