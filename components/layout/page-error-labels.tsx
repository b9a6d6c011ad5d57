"use client";
// The words of the error boundaries (app/error.tsx, app/(app)/error.tsx) in the reader's language. Error
// boundaries are client components and receive only { error, reset }, so the root layout (a server component
// that knows the locale) hands the labels down through this context.
import { createContext, useContext, type ReactNode } from "react";

export type PageErrorLabels = { title: string; body: string; retry: string; back: string; reference: string };

const FALLBACK: PageErrorLabels = {
  title: "Something went wrong / Une erreur est survenue",
  body: "Nothing was lost. Try again; if it keeps failing, tell an admin. / Rien n'est perdu. Réessayez ; si l'erreur persiste, prévenez un admin.",
  retry: "Try again / Réessayer",
  back: "Inbox / Boîte de réception",
  reference: "Reference / Référence",
};

const Ctx = createContext<PageErrorLabels>(FALLBACK);

export function PageErrorLabelsProvider({ labels, children }: { labels: PageErrorLabels; children: ReactNode }) {
  return <Ctx.Provider value={labels}>{children}</Ctx.Provider>;
}

export const usePageErrorLabels = () => useContext(Ctx);
