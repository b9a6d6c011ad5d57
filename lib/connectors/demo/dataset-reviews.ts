// Demo data for Google reviews and YouTube comments (issue #23 item 5), replayed like ./dataset.ts: relative
// times, the same brand. Seed 003's lesson (negative reviews deserve an answer, not silence) and seed 004's (a
// complaint that moved to a video the brand does not control) in a few items.
import type { InboundEvent } from "../types";

const ago = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

interface DemoReview { ref: string; author: string; stars: number; text: string; minutesAgo: number; edit?: { text: string; stars: number; minutesAgo: number } }

export const DEMO_REVIEWS: DemoReview[] = [
  { ref: "g-001", author: "Nathalie Perrin", stars: 1, minutesAgo: 95,
    text: "Bouquet commandé pour l'anniversaire de ma mère, jamais livré. Trois appels au service client, on me répond que ce n'est pas de leur ressort. Je ne recommande pas." },
  { ref: "g-002", author: "Julien Marchand", stars: 5, minutesAgo: 600, text: "Accueil adorable à la boutique de Lyon, bouquet superbe et qui a tenu dix jours." },
  { ref: "g-003", author: "Sophie Lambert", stars: 2, minutesAgo: 1500, text: "Fleurs jolies mais livrées avec deux heures de retard, sans prévenir.",
    edit: { text: "Fleurs jolies mais livrées avec deux heures de retard, sans prévenir. Et toujours aucune réponse à mon e-mail.", stars: 1, minutesAgo: 300 } },
  { ref: "g-004", author: "Mark Evans", stars: 4, minutesAgo: 2900, text: "" },
];

const VIDEO = { ref: "yt-video-valises", title: "Maison Lumière · Nos coffrets voyage, comment ça marche ?", minutesAgo: 4000 };

interface DemoComment { ref: string; author: string; channel: string; text: string; minutesAgo: number; held?: "review" | "likely_spam" }
export const DEMO_VIDEO_COMMENTS: DemoComment[] = [
  { ref: "yt-001", author: "@voyageuse_lea", channel: "UCdemoLea000000000000001", minutesAgo: 240,
    text: "Mon coffret voyage est arrivé écrasé et le formulaire de retour ne marche pas. Vous pouvez m'aider ?" },
  { ref: "yt-002", author: "@thomas_r", channel: "UCdemoThomas00000000001", minutesAgo: 130, held: "review",
    text: "Même problème que Léa, colis abîmé et remboursement refusé. Je vais en parler partout." },
  { ref: "yt-003", author: "@promo-likes", channel: "UCdemoSpam0000000000001", minutesAgo: 60, held: "likely_spam",
    text: "Gagnez 10 000 abonnés en 24 h, lien dans ma bio !!!" },
];

export function demoReviewEvents(platform: "google" | "youtube", now: Date): InboundEvent[] {
  return platform === "google" ? reviews(now) : comments(now);
}

function reviews(now: Date): InboundEvent[] {
  return DEMO_REVIEWS.flatMap((r): InboundEvent[] => [
    {
      type: "message", externalId: `demo-${r.ref}`, kind: "POST", direction: "INBOUND", visibility: "PUBLIC",
      thread: { externalId: `demo-${r.ref}`, kind: "POST", createdAt: ago(now, r.minutesAgo) },
      author: { platformUserId: `demo-google-${r.ref}`, name: r.author }, body: r.text, rating: r.stars,
      platformCreatedAt: ago(now, r.minutesAgo),
    },
    ...(r.edit ? [{ type: "message_event" as const, externalId: `demo-${r.ref}`, kind: "EDITED" as const, newText: r.edit.text, newRating: r.edit.stars, platformTime: ago(now, r.edit.minutesAgo) }] : []),
  ]);
}

function comments(now: Date): InboundEvent[] {
  const thread = {
    externalId: `demo-${VIDEO.ref}`, kind: "POST" as const, text: VIDEO.title,
    permalink: `https://www.youtube.com/watch?v=${VIDEO.ref}`, createdAt: ago(now, VIDEO.minutesAgo),
  };
  return DEMO_VIDEO_COMMENTS.map((c) => ({
    type: "message", externalId: `demo-${c.ref}`, kind: "COMMENT", direction: "INBOUND", visibility: "PUBLIC", thread,
    author: { platformUserId: c.channel, name: c.author, handle: c.author.replace(/^@/, "") }, body: c.text,
    platformCreatedAt: ago(now, c.minutesAgo), ...(c.held ? { held: c.held } : {}),
  }));
}
