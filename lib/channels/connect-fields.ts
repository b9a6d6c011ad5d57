// The fields of the "Connect a channel" form per kind: what the form shows and what its server action reads
// back into `secrets` (every field but externalId; optional ones only when filled). No server imports.
export const CONNECT_FIELDS = {
  facebook_page: [
    ["externalId", "channels.form.pageId", "text"],
    ["appSecret", "channels.form.appSecret", "password"],
    ["pageAccessToken", "channels.form.pageAccessToken", "password"],
    ["verifyToken", "channels.form.verifyToken", "password"],
  ],
  instagram_account: [
    ["externalId", "channels.form.igAccountId", "text"],
    ["appSecret", "channels.form.appSecret", "password"],
    ["accessToken", "channels.form.igAccessToken", "password"],
    ["verifyToken", "channels.form.verifyToken", "password"],
  ],
  x_account: [
    ["externalId", "channels.form.userId", "text"],
    ["consumerKey", "channels.form.consumerKey", "password"],
    ["consumerSecret", "channels.form.consumerSecret", "password"],
    ["accessToken", "channels.form.accessToken", "password"],
    ["accessTokenSecret", "channels.form.accessTokenSecret", "password"],
    ["bearerToken", "channels.form.bearerToken", "password"],
  ],
  google_business_location: [
    ["externalId", "channels.form.locationName", "text"],
    ["clientId", "channels.form.clientId", "text"],
    ["clientSecret", "channels.form.clientSecret", "password"],
    ["refreshToken", "channels.form.refreshToken", "password"],
    ["pushAudience", "channels.form.pushAudience", "url"],
    ["pushServiceAccountEmail", "channels.form.pushServiceAccountEmail", "email"],
  ],
  youtube_channel: [
    ["externalId", "channels.form.youtubeChannelId", "text"],
    ["clientId", "channels.form.clientId", "text"],
    ["clientSecret", "channels.form.clientSecret", "password"],
    ["refreshToken", "channels.form.refreshToken", "password"],
  ],
} as const;

export type ConnectKind = keyof typeof CONNECT_FIELDS;
export const CONNECT_KINDS = Object.keys(CONNECT_FIELDS) as ConnectKind[];

/** The secrets a form posted for `kind`: each filled field but the account id (the schema says what is missing). */
export function secretsFromForm(kind: string | undefined, get: (name: string) => string | undefined): Record<string, string | undefined> {
  const fields = kind && kind in CONNECT_FIELDS ? CONNECT_FIELDS[kind as ConnectKind] : [];
  return Object.fromEntries(fields.filter(([n]) => n !== "externalId").map(([n]) => [n, get(n)]).filter(([n, v]) => v !== undefined || n !== "bearerToken"));
}
