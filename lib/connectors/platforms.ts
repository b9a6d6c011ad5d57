// The networks the inbox speaks and the channel kinds that connect them: the ONE list that filters, icons,
// the API's `platform` parameter and channel connection read. No server imports (client components use it).
import type { ChannelKind, Platform } from "../generated/prisma/enums";

export const PLATFORMS = ["FACEBOOK", "INSTAGRAM", "X", "GOOGLE", "YOUTUBE"] as const satisfies readonly Platform[];
export type PlatformId = (typeof PLATFORMS)[number];
// Fails to compile when the database enum gains a platform this list does not have.
const _everyPlatform: Record<Platform, true> = { FACEBOOK: true, INSTAGRAM: true, X: true, GOOGLE: true, YOUTUBE: true };
void _everyPlatform;

/** `?platform=` values: the enum in lower case. */
export const PLATFORM_PARAMS = ["facebook", "instagram", "x", "google", "youtube"] as const satisfies readonly Lowercase<PlatformId>[];
export type PlatformParam = (typeof PLATFORM_PARAMS)[number];

/** Icon of each platform: a glyph on the brand colour (see components/ui/badges.tsx). */
export const PLATFORM_ICON: Record<PlatformId, { glyph: string; className: string }> = {
  FACEBOOK: { glyph: "f", className: "bg-[#1877f2]" },
  INSTAGRAM: { glyph: "◎", className: "bg-gradient-to-tr from-[#f58529] via-[#dd2a7b] to-[#8134af]" },
  X: { glyph: "𝕏", className: "bg-black" },
  GOOGLE: { glyph: "G", className: "bg-[#4285f4]" },
  YOUTUBE: { glyph: "▶", className: "bg-[#ff0000]" },
};

/** `POST /api/v1/channels` kinds, their database kind and platform. */
export const CONNECTABLE_KINDS = {
  facebook_page: { kind: "FACEBOOK_PAGE", platform: "FACEBOOK", defaultApiBaseUrl: "https://graph.facebook.com" },
  instagram_account: { kind: "INSTAGRAM_ACCOUNT", platform: "INSTAGRAM", defaultApiBaseUrl: "https://graph.facebook.com" },
  x_account: { kind: "X_ACCOUNT", platform: "X", defaultApiBaseUrl: "https://api.x.com" },
  google_business_location: { kind: "GOOGLE_BUSINESS_LOCATION", platform: "GOOGLE", defaultApiBaseUrl: "https://mybusiness.googleapis.com" },
  youtube_channel: { kind: "YOUTUBE_CHANNEL", platform: "YOUTUBE", defaultApiBaseUrl: "https://www.googleapis.com" },
} as const satisfies Record<string, { kind: ChannelKind; platform: PlatformId; defaultApiBaseUrl: string }>;

/** Channel kinds backed by a live platform (polled, webhooks), as opposed to DEMO. */
export const LIVE_CHANNEL_KINDS = Object.values(CONNECTABLE_KINDS).map((k) => k.kind);

/** Platforms with no private channel (a review, a video comment): a private follow-up goes elsewhere. */
export const PUBLIC_ONLY_PLATFORMS: readonly PlatformId[] = ["GOOGLE", "YOUTUBE"];
/** Platforms where the owner cannot hide what a customer wrote (only report it to the platform). */
export const UNHIDEABLE_PLATFORMS: readonly PlatformId[] = ["GOOGLE"];
