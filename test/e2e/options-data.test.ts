// Options page, "Your data": an export then an import round-trips every thread (merging, losing
// nothing that was stored meanwhile); a broken or foreign file gets a clear error and changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtension, useSharedPage } from './setup';
import { openFreshPopup } from './extension-helpers';

declare const chrome: { runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> } };
const ext = useExtension();
const options = useSharedPage(ext, async (e) => {
  const page = await e.openOptions();
  await page.waitForSelector('[data-rg="export"]');
  return page;
});
const HOUR = 3_600_000;

interface StoredThread {
  host: string;
  caseId: string;
  messages: { from: string; at: number }[];
  nrnAt: number[];
}

async function call<T>(type: string, payload: object): Promise<T> {
  const reply = await options.evaluate(([t, p]) => chrome.runtime.sendMessage({ rg: 1, type: t, payload: p }), [type, payload] as const);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

const storedThreads = async () =>
  (await call<{ threads: StoredThread[] }>('threads/list', {})).threads.map((t) => ({ host: t.host, caseId: t.caseId, messages: t.messages, nrnAt: t.nrnAt })).sort((a, b) => a.caseId.localeCompare(b.caseId));

function thread(caseId: string, hoursAgo: number, answeredAfterHours?: number) {
  const at = Date.now() - hoursAgo * HOUR;
  return {
    host: 'sellercentral.amazon.com',
    caseId,
    orderId: '111-0000002-0000002',
    buyerAlias: `Buyer of ${caseId}`,
    messages: answeredAfterHours === undefined ? [{ from: 'buyer', at }] : [{ from: 'buyer', at }, { from: 'seller', at: at + answeredAfterHours * HOUR }],
    source: 'thread',
    firstSeenAt: at,
    lastSeenAt: Date.now(),
  };
}

async function exportFile(): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-rg="export"]').click()]);
  return readFileSync((await download.path())!, 'utf8');
}

async function importText(name: string, text: string) {
  await options.locator('[data-rg="import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const statusOf = async () => ({ kind: await options.locator('[data-rg="options-status"]').getAttribute('data-kind'), text: await options.locator('[data-rg="options-status"]').textContent() });

describe('options: export, import, wipe', () => {
  it('export then wipe then import gives back exactly the same threads', async () => {
    await call('threads/upsert', { threads: [thread('EXP-1', 3), thread('EXP-2', 30), thread('EXP-3', 50, 4)] });
    await call('settings/set', { internalSlaHours: 18 });
    const before = await storedThreads();
    expect(before.map((t) => t.caseId)).toEqual(['EXP-1', 'EXP-2', 'EXP-3']);
    const text = await exportFile();
    expect(JSON.parse(text)).toMatchObject({ format: 'replyguard-export', version: 1 });
    // a popup remembers its last paint (extension localStorage, shared with this page)
    const popup = await openFreshPopup(ext);
    await popup.close();
    const popupMemory = () => options.evaluate(() => [localStorage.getItem('rg-popup-snapshot'), localStorage.getItem('rg-popup-last-dashboard')].map((v) => v !== null));
    await expect.poll(popupMemory, { timeout: 10_000 }).toEqual([true, true]);

    options.once('dialog', (dialog) => void dialog.accept());
    await options.locator('[data-rg="wipe"]').click();
    await expect.poll(storedThreads, { timeout: 10_000 }).toEqual([]);
    await expect.poll(popupMemory, { timeout: 10_000 }).toEqual([false, false]);

    await importText('backup.json', text);
    await expect.poll(async () => (await statusOf()).kind, { timeout: 10_000 }).toBe('ok');
    expect(await storedThreads()).toEqual(before);
    expect((await call<{ internalSlaHours: number }>('settings/get', {})).internalSlaHours).toBe(18);
  });

  it('import merges: threads stored since the export are kept', async () => {
    const text = await exportFile();
    await call('threads/upsert', { threads: [thread('NEW-1', 1)] });
    await importText('backup.json', text);
    await expect.poll(async () => (await storedThreads()).map((t) => t.caseId), { timeout: 10_000 }).toEqual(['EXP-1', 'EXP-2', 'EXP-3', 'NEW-1']);
  });

  it('a file that is not JSON, or not a ReplyGuard export, gets a clear error and changes nothing', async () => {
    const before = await storedThreads();
    await importText('notes.json', '{ this is not json');
    await expect.poll(async () => (await statusOf()).kind, { timeout: 10_000 }).toBe('error');
    expect((await statusOf()).text).toMatch(/notes\.json/);
    expect(await storedThreads()).toEqual(before);

    await options.reload();
    await options.waitForSelector('[data-rg="import"]');
    const foreign = JSON.stringify({ format: 'replyguard-export', version: 1, exportedAt: Date.now(), settings: {}, threads: [{ caseId: 'X' }], reviewRequests: [], orders: [] });
    await importText('other.json', foreign);
    await expect.poll(async () => (await statusOf()).kind, { timeout: 10_000 }).toBe('error');
    expect((await statusOf()).text?.length).toBeGreaterThan(10);
    expect(await storedThreads()).toEqual(before);
  });
});
