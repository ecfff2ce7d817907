// SLA countdown badges on every unanswered inbox thread. The truth comes from Amazon's own inbox
// JSON when it answers (amazon-sync.ts: exact times for every case needing a reply, even with no
// list row recognised); the page is then only where a badge goes. When the JSON is missing or changed,
// the page readers (lib/inbox-page) take over and health says `partial` with the reason.
// Records go to the background (thread-book.ts), so the popup, the toolbar count and reminders know them.
//
// Speed: badges are painted as soon as the rows are read (from what the page or the JSON already
// told us); storing waits for no one. One shared ticker repaints only the badges whose visible text
// changed (once a minute each), so a tick over 1,000 badges is a few comparisons each.
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { isInboxPage } from '../../lib/surface-urls';
import { initClock, now } from '../../lib/clock';
import { measure } from '../../lib/instrument';
import { currentSettings, watchSettings } from '../../lib/settings-feed';
import type { BadgeLayer } from './badge-layer';
import { createInboxRun, placeBadges, type InboxRun } from './inbox-run';
import { createScanQueue } from './scan-queue';
import { scanInbox } from './scan';

const TICK_MS = 1000;
const AMAZON_REFRESH_MS = 60_000;

export const inboxFeature: Feature = {
  id: 'inbox-sla-badges',
  surface: 'inbox',
  matches: isInboxPage,
  async run(api) {
    const { signal, report } = api;
    const started = performance.now();
    // both from storage.local: the first badges need no answer from the background
    const [settings] = await Promise.all([currentSettings(), initClock()]);
    measure('rg:inbox-startup', started);
    // the queue calls the scan only later, once `run` exists
    const requestScan = createScanQueue(() => scanInbox(run), signal, (message) => report('error', message));
    const run = createInboxRun(api, settings, requestScan);
    run.watchFrames();
    observeDeep(document, requestScan, { signal });
    void run.sync.sync();
    const refresher = setInterval(() => void run.sync.sync(), AMAZON_REFRESH_MS);
    followReplyTarget(run);
    const ticker = startTicker(run.badges);
    signal.addEventListener('abort', () => {
      clearInterval(ticker);
      clearInterval(refresher);
      run.badges.clear();
    });
  },
};

/** A new internal reply target in Options re-colours the badges of this open tab. */
function followReplyTarget(run: InboxRun): void {
  watchSettings(run.signal, (next) => {
    if (next.internalSlaHours === run.settings.internalSlaHours) return;
    run.settings = next;
    run.book.recompute();
    placeBadges(run, now());
  });
}

/** One shared ticker: each badge repaints only when its visible text changes. */
function startTicker(badges: BadgeLayer): ReturnType<typeof setInterval> {
  return setInterval(() => {
    const tickStarted = performance.now();
    badges.tick(now());
    measure('rg:inbox-tick', tickStarted);
  }, TICK_MS);
}
