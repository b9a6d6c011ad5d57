import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageErrorLabelsProvider } from "@/components/layout/page-error-labels";
import { getT } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: "Social Inbox",
  description: "Social inbox and complaint triage for community managers and customer service",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getT();
  const errorLabels = { title: t("admin.error.pageTitle"), body: t("admin.error.pageBody"), retry: t("admin.error.retry"),
    back: t("forbidden.back"), reference: t("admin.error.reference") };
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <PageErrorLabelsProvider labels={errorLabels}>{children}</PageErrorLabelsProvider>
      </body>
    </html>
  );
}
