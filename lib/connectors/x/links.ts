// Public web links for authors and posts. x.com/i/web/status/<id> works without knowing the handle.
const WEB = "https://x.com";

export function profileUrl(handle: string | undefined): string | undefined {
  return handle ? `${WEB}/${encodeURIComponent(handle)}` : undefined;
}

export function tweetPermalink(id: string, handle: string | undefined): string {
  return handle ? `${WEB}/${encodeURIComponent(handle)}/status/${id}` : `${WEB}/i/web/status/${id}`;
}
