"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";

/**
 * Browser-only state for client leaves: values in localStorage (never sent to a server) and a hydration flag.
 * Built on useSyncExternalStore, so the server HTML renders the empty state and the browser takes over without a flash of errors.
 */
const CHANGE = "opi-guiden:storage";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A string kept in localStorage under key; null when absent, blocked, or on the server. */
export function useStoredString(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const write = useCallback(
    (next: string | null) => {
      try {
        if (next === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, next);
      } catch {
        // Storage switched off or full: the page still works, it just forgets.
      }
      window.dispatchEvent(new Event(CHANGE));
    },
    [key],
  );
  return [value, write];
}

const noop = () => () => {};

/** false in the server HTML and during hydration, true once the browser runs the component. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/**
 * A tool's answers kept in this browser: saved after every answer from the server (revision > 0), so a reload
 * loses nothing, and handed once to `restore` after hydration, before the reader has sent anything.
 */
export function useSavedAnswers(key: string, revision: number, answers: unknown, restore: (saved: string | null) => void) {
  const hydrated = useHydrated();
  const [stored, store] = useStoredString(key);
  useEffect(() => {
    if (revision > 0) store(JSON.stringify(answers));
  }, [revision, answers, store]);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !hydrated || revision > 0) return;
    restored.current = true;
    restore(stored);
  }, [hydrated, stored, revision, restore]);
  return { hydrated, store };
}
