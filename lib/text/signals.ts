// Press, legal and threat signals: the ONE keyword list that scoring (urgency), author badges and the crisis
// radar read (issue #18). Before, each kept its own list and they had drifted apart ("huissier" raised urgency
// but not the radar, "reportage" the radar but not urgency).
// Contract: every entry is a folded phrase (fold.ts: lower case, no accents, "'" apostrophes) or, in
// *_SELF lists, a folded regular-expression fragment; termsPattern() matches whole words on a folded text.
// Groups, from strongest: LEGAL (a legal step or a consumer body: raises a case to URGENT as an author
// signal), COMPLAINT (words of a formal complaint: urgency only), PRESS (the press or a publication),
// PRESS_SELF (an author saying they write for the press), THREAT (an ultimatum).
// Known ambiguity, kept as it was: "court" is also French for "short" ("délai trop court").

export const LEGAL: readonly string[] = [
  "avocat", "mon avocat", "tribunal", "mise en demeure", "huissier", "ufc", "que choisir", "60 millions",
  "60 millions de consommateurs", "association de consommateurs", "dgccrf",
  "lawyer", "attorney", "small claims", "to court", "in court", "legal action", "trading standards",
  "consumer association", "consumer rights group",
];

export const COMPLAINT: readonly string[] = [
  "plainte", "porter plainte", "justice", "opposition", "court", "sue", "chargeback", "ombudsman",
];

export const PRESS: readonly string[] = [
  "journaliste", "journalist", "blogueur", "blogueurs", "blogueuse", "blogger", "bloggers", "article", "presse",
  "press", "media", "medias", "reportage",
];

export const PRESS_SELF: readonly string[] = [
  "je suis journaliste", "journaliste (?:au|a|chez|pour|du|de)", "i'?m a journalist", "journalist (?:at|for|with)",
  "reporter", "je prepare un article", "j'ecris un article", "ecris un article", "writing (?:an|a) (?:article|piece|story)",
  "pour mon blog", "blogueuse", "blogueur", "i'?m a blogger",
];

export const THREAT: readonly string[] = ["dernier avertissement", "last warning", "sinon", "otherwise"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regular expression matching any of the folded phrases as whole words (`raw`: entries are fragments). */
export function termsPattern(terms: readonly string[], raw = false): RegExp {
  return new RegExp(`\\b(?:${terms.map((t) => (raw ? t : escape(t))).join("|")})\\b`);
}
