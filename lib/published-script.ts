// The content scripts are single bundles; their heavy parts are the extension's own web-accessible files (WXT unlisted
// scripts: /composer-engine.js, /attachment-check.js), imported where they are needed. Such a file publishes what it
// offers on the importing realm's global - the content script's isolated world, never the page's.
import { browser } from 'wxt/browser';

/** Imports the extension's own script at `path` and returns what it published as `globalName` (undefined if nothing). */
export async function importPublished(path: string, globalName: string): Promise<unknown> {
  await import(/* @vite-ignore */ browser.runtime.getURL(path as '/'));
  return (globalThis as Record<string, unknown>)[globalName];
}
