// Content scripts take their settings from the background's copy in storage.local (no background
// round trip before the first badge); a missing or invalid copy falls back to asking, then defaults.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../storage/schema';

const send = vi.fn();
vi.mock('../../../storage/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { currentSettings, publishSettings, watchSettings, SETTINGS_SNAPSHOT_KEY } = await import('../../../lib/settings-feed');

const custom = { ...DEFAULT_SETTINGS, internalSlaHours: 6 };

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});

describe('settings feed', () => {
  it('reads the published copy without asking the background', async () => {
    await publishSettings(custom);
    expect(await currentSettings()).toEqual(custom);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background when there is no valid copy, and falls back to the defaults', async () => {
    send.mockResolvedValueOnce(custom);
    expect(await currentSettings()).toEqual(custom);
    await fakeBrowser.storage.local.set({ [SETTINGS_SNAPSHOT_KEY]: { internalSlaHours: 'soon' } });
    send.mockRejectedValueOnce(new Error('no background'));
    expect(await currentSettings()).toEqual(DEFAULT_SETTINGS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('reports the current settings, then every change, until aborted', async () => {
    await publishSettings(DEFAULT_SETTINGS);
    const seen: number[] = [];
    const controller = new AbortController();
    watchSettings(controller.signal, (s) => seen.push(s.internalSlaHours));
    await vi.waitFor(() => expect(seen).toEqual([DEFAULT_SETTINGS.internalSlaHours]));
    await publishSettings(custom);
    await vi.waitFor(() => expect(seen).toEqual([DEFAULT_SETTINGS.internalSlaHours, 6]));
    controller.abort();
    await publishSettings({ ...custom, internalSlaHours: 3 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([DEFAULT_SETTINGS.internalSlaHours, 6]);
  });
});
