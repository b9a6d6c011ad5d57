// What a form shows for a domain error (lib/errors/domain-errors.ts, mapped by lib/errors/to-problem.ts). The API
// keeps its codes and English messages. "errors.message" is the rule's own sentence: refusals are worded
// precisely where they are decided; French readers get the code's sentence from ./refusals.ts.
export const en = {
  "errors.message": "{message}",
  "errors.notFound": "Not found: it does not exist, or it is outside what you can see.",
  "errors.forbidden": "Your role does not allow this.",
  "errors.upstream": "The platform refused: {reason}",
  "errors.tooLarge": "This is too large to be accepted.",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "errors.message": "{message}",
  "errors.notFound": "Introuvable\u202f: cet élément n'existe pas, ou il n'est pas visible pour vous.",
  "errors.forbidden": "Votre rôle ne permet pas cette action.",
  "errors.upstream": "La plateforme a refusé\u202f: {reason}",
  "errors.tooLarge": "C'est trop volumineux pour être accepté.",
};
