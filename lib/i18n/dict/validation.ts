// Form validation messages (zod issues), by issue kind, for lib/i18n/localize-issues.ts. zod's own default
// messages ("Too small: expected string to have >=8 characters") are written for developers and in English;
// these are what a form shows instead, in the reader's language.
export const en = {
  "validation.required": "Required.",
  "validation.invalidType": "This value is not accepted here.",
  "validation.tooShort": "{minimum, plural, =1 {Cannot be empty.} other {At least # characters.}}",
  "validation.tooLong": "At most {maximum, number} characters.",
  "validation.tooFewItems": "{minimum, plural, =1 {Choose at least one.} other {Choose at least #.}}",
  "validation.tooManyItems": "At most {maximum, number}.",
  "validation.tooSmallNumber": "At least {minimum, number}.",
  "validation.tooBigNumber": "At most {maximum, number}.",
  "validation.notInteger": "A whole number.",
  "validation.email": "Enter a valid e-mail address.",
  "validation.url": "Enter a web address starting with https://.",
  "validation.date": "Enter a calendar day (YYYY-MM-DD).",
  "validation.datetime": "Enter a date and time.",
  "validation.id": "This identifier is not valid.",
  "validation.pattern": "This format is not accepted.",
  "validation.choice": "Choose one of the options offered.",
  "validation.unknownKeys": "Unexpected fields: {keys}.",
  "validation.invalid": "This value is not valid.",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "validation.required": "Obligatoire.",
  "validation.invalidType": "Cette valeur n'est pas acceptée ici.",
  "validation.tooShort": "{minimum, plural, =1 {Ne peut pas être vide.} other {Au moins # caractères.}}",
  "validation.tooLong": "{maximum, number} caractères au plus.",
  "validation.tooFewItems": "{minimum, plural, =1 {Choisissez-en au moins un.} other {Choisissez-en au moins #.}}",
  "validation.tooManyItems": "{maximum, number} au plus.",
  "validation.tooSmallNumber": "Au moins {minimum, number}.",
  "validation.tooBigNumber": "Au plus {maximum, number}.",
  "validation.notInteger": "Un nombre entier.",
  "validation.email": "Saisissez une adresse e-mail valide.",
  "validation.url": "Saisissez une adresse web commençant par https://.",
  "validation.date": "Saisissez une date du calendrier (AAAA-MM-JJ).",
  "validation.datetime": "Saisissez une date et une heure.",
  "validation.id": "Cet identifiant n'est pas valide.",
  "validation.pattern": "Ce format n'est pas accepté.",
  "validation.choice": "Choisissez l'une des options proposées.",
  "validation.unknownKeys": "Champs inattendus : {keys}.",
  "validation.invalid": "Cette valeur n'est pas valide.",
};
