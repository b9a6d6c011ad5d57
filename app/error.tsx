"use client";
// Errors outside the signed-in pages (sign-in, setup, invitations) and in the app layout itself.
import { PageError } from "@/components/layout/page-error";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <main id="main"><PageError {...props} /></main>;
}
