// Canned reply inputs, shared by the settings page, its server actions and the use cases. No server imports
// here: the client form imports the limits too.
import { z } from "zod";

export const CANNED_LANGUAGES = ["fr", "en"] as const;
export type CannedLanguage = (typeof CANNED_LANGUAGES)[number];

export const TITLE_MAX = 100;
/** Same ceiling as a reply (lib/outbound/schemas.ts): a filled template must still fit in one message. */
export const BODY_MAX = 1900;

const title = z.string().trim().min(1, "Give the reply a title").max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters`);
const body = z.string().trim().min(1, "Write the reply").max(BODY_MAX, `Keep the reply under ${BODY_MAX} characters`);
const language = z.enum(CANNED_LANGUAGES, { error: "Language must be fr or en" });

export const cannedReplyInput = z.object({ title, body, language }).strict();
export type CannedReplyInput = z.infer<typeof cannedReplyInput>;

/** An edit changes any of the three fields, at least one. */
export const cannedReplyPatch = z
  .object({ title: title.optional(), body: body.optional(), language: language.optional() })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change" });
export type CannedReplyPatch = z.infer<typeof cannedReplyPatch>;

export const cannedReplyId = z.uuid({ error: "canned reply id must be a UUID" });
