"use server";

import { cookies } from "next/headers";
import { z } from "zod";

const localeSchema = z.enum(["en", "fr"]);

export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set("locale", parsed.data, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
