// Background: owns the database, answers the protocol, keeps the toolbar badge and reminders current.
import { browser } from 'wxt/browser';
import { openDb } from '../../storage/db';
import { createRouter } from './router';
import { createHandlers } from './handlers';
import { forgetTab } from './health';
import { createDashboardCache } from '../../storage/dashboard-cache';
import { now, initClock, CLOCK_OFFSET_KEY } from '../../lib/clock';
import { publishSettings } from '../../lib/settings-feed';
import { getSettings } from '../../storage/repo';
import { refreshBadge, handleReminderClick, REMINDER_ALARM, checkReminders } from './reminders';
import { createImageReader } from '../../lib/image-text/host';

export default defineBackground(() => {
  const db = openDb();
  const dashboard = createDashboardCache(db);
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  // many rows change at once on an inbox scan: refresh the badge once afterwards
  const onChange = () => {
    dashboard.invalidate();
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => void refreshBadge(dashboard, now()).catch(console.error), 250);
  };
  // content scripts read the settings from storage.local (see lib/settings-feed.ts)
  const onSettingsChange = () => void getSettings(db).then(publishSettings).catch(console.error);
  // the page structure is read by the tab's top-frame content script (lib/structure-listener.ts)
  const askTab = (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  // attached images are read in the extension's own pages (Chrome: offscreen document; Firefox: here)
  const route = createRouter(createHandlers(db, browser.runtime.getManifest().version, onChange, dashboard, onSettingsChange, askTab, createImageReader()));

  // sendResponse + return true: works in Chrome, Firefox and WXT's fake browser alike
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    initClock()
      .then(() => route(message, { tabId: sender.tab?.id, tabUrl: sender.tab?.url ?? sender.url, now: now() }))
      .then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void initClock().then(() => Promise.all([refreshBadge(dashboard, now()), checkReminders(db, now())])).catch(console.error);
  });
  browser.notifications?.onClicked.addListener((id) => void handleReminderClick(id));
  // the toolbar count follows the extension clock as the page's badges do (it was refreshed only on a
  // data change or the next alarm, so a moved clock left a stale count for up to a minute)
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CLOCK_OFFSET_KEY in changes) onChange();
  });
  void initClock().then(onChange);
  onSettingsChange();
});
