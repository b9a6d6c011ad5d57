// Page shortcuts (r / p, "Continue in private" under a message) focus the composer through one window event, so
// nothing has to pass refs around the case page.
import { useEffect, type RefObject } from "react";

export const COMPOSER_FOCUS_EVENT = "composer:focus";
export type ComposerFocusDetail = { visibility: "public" | "private" };

export function focusComposer(visibility: ComposerFocusDetail["visibility"]): void {
  window.dispatchEvent(new CustomEvent<ComposerFocusDetail>(COMPOSER_FOCUS_EVENT, { detail: { visibility } }));
}

/** The composer's side: take the asked mode and the focus; a DM-only case falls back to private and says why. */
export function useComposerFocus({ canPublic, noPublicText, textRef, onMode, onNotice }: {
  canPublic: boolean;
  noPublicText: string;
  textRef: RefObject<HTMLTextAreaElement | null>;
  onMode: (mode: "public" | "private") => void;
  onNotice: (notice: string) => void;
}): void {
  useEffect(() => {
    const onFocus = (e: Event) => {
      const wanted = (e as CustomEvent<ComposerFocusDetail>).detail?.visibility;
      onMode(wanted === "public" && canPublic ? "public" : "private");
      if (wanted === "public" && !canPublic) onNotice(noPublicText);
      textRef.current?.focus();
    };
    window.addEventListener(COMPOSER_FOCUS_EVENT, onFocus);
    return () => window.removeEventListener(COMPOSER_FOCUS_EVENT, onFocus);
  }, [canPublic, noPublicText, textRef, onMode, onNotice]);
}
