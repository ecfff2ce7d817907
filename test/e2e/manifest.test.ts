// Release invariant: permissions are the minimum. Any new permission, host permission or content-script
// match pattern fails this test until the snapshot (and the README's Permissions table) is updated.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: { extension_pages?: string };
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const { chrome_only_permissions: chromeOnly, ...snapshot } = JSON.parse(readFileSync(join(import.meta.dirname, 'manifest.snapshot.json'), 'utf8')) as { chrome_only_permissions: string[]; permissions: string[] };
const FIREFOX_DIR = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv3');

function surface(m: Manifest) {
  return {
    permissions: [...(m.permissions ?? [])].sort(),
    optional_permissions: [...(m.optional_permissions ?? [])].sort(),
    host_permissions: [...(m.host_permissions ?? [])].sort(),
    content_script_matches: [...new Set((m.content_scripts ?? []).flatMap((c) => c.matches))].sort(),
    web_accessible_matches: [...new Set((m.web_accessible_resources ?? []).flatMap((w) => w.matches))].sort(),
  };
}

describe('manifest', () => {
  it('asks for exactly the permissions in the snapshot (Chrome: plus offscreen, for reading images)', () => {
    expect(surface(manifest(EXTENSION_DIR))).toEqual({ ...snapshot, permissions: [...snapshot.permissions, ...chromeOnly].sort() });
  });

  it('asks for exactly the permissions in the snapshot (Firefox)', () => {
    expect(surface(manifest(FIREFOX_DIR))).toEqual(snapshot);
  });

  it('exposes nothing new to pages: only the composer engine and the PDF/DOCX reader are web-accessible, in Chrome under a per-session URL', () => {
    for (const dir of [EXTENSION_DIR, FIREFOX_DIR]) {
      const war = manifest(dir).web_accessible_resources ?? [];
      expect(war.flatMap((w) => w.resources)).toEqual(['composer-engine.js', 'attachment-check.js']);
      if (dir === EXTENSION_DIR) expect(war.every((w) => w.use_dynamic_url === true)).toBe(true);
    }
  });

  it("keeps the extension pages' CSP strict: own scripts and WebAssembly (the OCR engine), nothing remote", () => {
    for (const dir of [EXTENSION_DIR, FIREFOX_DIR]) {
      expect(manifest(dir).content_security_policy?.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    }
  });

  it('matches only Seller Central hosts over https', () => {
    const { host_permissions, content_script_matches } = surface(manifest(EXTENSION_DIR));
    for (const pattern of [...host_permissions, ...content_script_matches]) {
      expect(pattern).toMatch(/^https:\/\/sellercentral(-europe|-japan)?\.amazon\.[a-z.]+\/\*$/);
    }
  });
});
