"use client";
// The root layout itself failed: no locale is known here, so the page speaks both languages.
import { PageError } from "@/components/layout/page-error";

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased"><main id="main"><PageError {...props} /></main></body>
    </html>
  );
}
