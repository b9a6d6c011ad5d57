"use client";
// Errors inside a signed-in page: shown under the top bar, which keeps working.
import { PageError } from "@/components/layout/page-error";

export default function AppError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError {...props} />;
}
