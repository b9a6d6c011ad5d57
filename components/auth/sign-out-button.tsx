"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="rounded px-2 py-1 text-sm text-white/90 hover:bg-white/10 hover:text-white"
    >
      {label}
    </button>
  );
}
