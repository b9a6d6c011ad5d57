// Platforms and channels: Instagram, visitor posts, mentions.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
  "platform.FACEBOOK": "Facebook",
  "platform.INSTAGRAM": "Instagram",
  "platform.X": "X",
  "composer.private.instagram": "Private message (Instagram Direct)",
  "message.kind.POST": "Post on the Page",
  "message.kind.MENTION": "Mention",
  "message.permalink": "See where it was written",
  "channels.form.instagram_account": "Instagram account",
  "channels.form.igAccountId": "Instagram account id",
  "channels.form.igAccessToken": "Instagram access token",
  "escalation.contact.INSTAGRAM": "Instagram Direct",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "platform.FACEBOOK": "Facebook",
  "platform.INSTAGRAM": "Instagram",
  "platform.X": "X",
  "composer.private.instagram": "Message privé (Instagram Direct)",
  "message.kind.POST": "Publication sur la page",
  "message.kind.MENTION": "Mention",
  "message.permalink": "Voir où c'est écrit",
  "channels.form.instagram_account": "Compte Instagram",
  "channels.form.igAccountId": "Identifiant du compte Instagram",
  "channels.form.igAccessToken": "Jeton d'accès Instagram",
  "escalation.contact.INSTAGRAM": "Instagram Direct",
};
