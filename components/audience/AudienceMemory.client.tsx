"use client";

import { useEffect } from "react";
import type { Audience } from "@/lib/content/vocabulary";

const KEY = "opi-guiden:maalgruppe";
const VALID = ["offentlig", "virksomhed", "videninstitution"];

/**
 * Remembers the reader's role in the browser (never on the server). A page reached without the URL
 * parameter gets the remembered focus through a data attribute that the stylesheet acts on.
 */
export function AudienceMemory({ current }: { current?: Audience }) {
  useEffect(() => {
    const explicit = new URL(window.location.href).searchParams.get("maalgruppe");
    try {
      if (explicit) {
        if (VALID.includes(explicit)) localStorage.setItem(KEY, explicit);
        else localStorage.removeItem(KEY);
        return;
      }
      const remembered = localStorage.getItem(KEY);
      if (!current && remembered && VALID.includes(remembered)) {
        document.documentElement.dataset.focusAudience = remembered;
        for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-audience-option]")) {
          if (link.dataset.audienceOption === remembered) link.setAttribute("aria-current", "true");
          else link.removeAttribute("aria-current");
        }
      }
    } catch {
      // Storage can be switched off; the URL parameter still works.
    }
  }, [current]);
  return null;
}
