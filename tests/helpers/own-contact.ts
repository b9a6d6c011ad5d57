// Whether the first occurrence of `needle` in a draft is read as the brand's own contact (lib/guards/own-contact.ts),
// for the guards' fresh-check tests.
import { isOwnContact } from "@/lib/guards/own-contact";

export function own(text: string, needle: string, category = "phone"): boolean {
  const s = text.indexOf(needle);
  return isOwnContact(text, category, s, s + needle.length);
}
