// Live inbox: new-case pill, announcements, refresh prompts.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
  "live.newCases.one": "1 new case",
  "live.newCases.other": "{count} new cases",
  "live.show": "Show",
  "live.showHint": "Press . to show them",
  "live.announce.added.one": "1 new case in the list",
  "live.announce.added.other": "{count} new cases in the list",
  "live.announce.held.one": "1 new case waiting above the list. Press . to show it.",
  "live.announce.held.other": "{count} new cases waiting above the list. Press . to show them.",
  "live.updating": "Updating…",
  "live.emptyWaiting": "No case yet. New ones appear here as they arrive.",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "live.newCases.one": "1 nouveau dossier",
  "live.newCases.other": "{count} nouveaux dossiers",
  "live.show": "Afficher",
  "live.showHint": "Appuyez sur . pour les afficher",
  "live.announce.added.one": "1 nouveau dossier dans la liste",
  "live.announce.added.other": "{count} nouveaux dossiers dans la liste",
  "live.announce.held.one": "1 nouveau dossier en attente au-dessus de la liste. Appuyez sur . pour l'afficher.",
  "live.announce.held.other": "{count} nouveaux dossiers en attente au-dessus de la liste. Appuyez sur . pour les afficher.",
  "live.updating": "Mise à jour…",
  "live.emptyWaiting": "Aucun dossier pour l'instant. Les nouveaux apparaissent ici dès leur arrivée.",
};
