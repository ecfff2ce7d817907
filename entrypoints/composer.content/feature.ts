// The live checker in every composer: finds composers (and re-finds them after SPA navigation or a
// re-render), runs one ComposerSession each, guards Send and "No response needed", judges attached
// files, and records what the background needs (answer time, review requests sent by message, usage).
import type { Feature } from '../../lib/features';
import { observeDeep } from '../../lib/observe';
import { initClock, now } from '../../lib/clock';
import { hasComposer } from '../../lib/surface-urls';
import { send } from '../../storage/client';
import { watchSettings } from '../../lib/settings-feed';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/schema';
import type { CheckOptions, Finding } from '../../rules/compliance/types';
import { pageUiLanguage } from '../../lib/page-language';
import { t, uiLanguage } from '../../components/i18n';
import { confirmDialog } from '../../components/composer/dialog';
import { asksQuestion } from './asks-question';
import { judgeFile } from './attachments';
import { composerExpected, findComposers, findFileInputs, findNrnControls, findSendButton, readContext, type ComposerContext } from './page';
import { ComposerSession } from './session';

const REVIEW_RULES = new Set(['review_request', 'review_channel', 'leading']);
const MISSING_GRACE_MS = 2500;

/** Our handlers run inside the page's event dispatch: an exception must never reach the page. */
function guarded(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.error('[ReplyGuard] composer', error);
  }
}

export const composerFeature: Feature = {
  id: 'composer-checker',
  surface: 'composer',
  matches: hasComposer,
  async run({ signal, url, report }) {
    await initClock();
    const host = location.hostname;
    let settings: Settings = DEFAULT_SETTINGS;
    const sessions = new Map<Element, { session: ComposerSession; send: HTMLElement | null }>();
    const reviewRequested = new Map<string, boolean>();
    const watchedInputs = new WeakSet<HTMLInputElement>();
    let context: ComposerContext = readContext(document, url);
    let bypassSend = false;
    let bypassNrn = false;
    let missingSince = 0;

    const options = (): CheckOptions => ({
      // engine messages follow Seller Central's UI language, else the browser's
      uiLanguage: pageUiLanguage(document, uiLanguage()),
      buyerMessage: context.buyerMessage,
      reviewAlreadyRequested: context.orderId ? reviewRequested.get(context.orderId) === true : false,
      customPhrases: settings.customPhrases,
      languages: settings.checkLanguages,
    });
    const recheckAll = () => sessions.forEach(({ session }) => session.recheckOptions());

    watchSettings(signal, (s) => {
      settings = s;
      recheckAll();
    });

    const lookUpOrder = (orderId: string) => {
      if (reviewRequested.has(orderId)) return;
      reviewRequested.set(orderId, false);
      send('review/get', { host, orderId })
        .then(({ order, requests }) => {
          reviewRequested.set(orderId, requests.length > 0 || order?.amazonSays === 'already-sent');
          recheckAll();
        })
        .catch(() => reviewRequested.delete(orderId));
    };

    const watchFiles = (session: ComposerSession) => {
      for (const input of findFileInputs(session.site)) {
        if (watchedInputs.has(input)) continue;
        watchedInputs.add(input);
        input.addEventListener('change', () => {
          const files = [...(input.files ?? [])];
          session.setAttachments(files.map((f) => ({ name: f.name })));
          void Promise.all(
            files.map((file) =>
              judgeFile(file, options())
                .then((verdict) => ({ name: file.name, verdict }))
                .catch((error: unknown) => ({ name: file.name, error: String(error) })),
            ),
          ).then((rows) => {
            if (!signal.aborted) session.setAttachments(rows);
          });
        }, { signal });
      }
    };

    const scan = () => {
      const next = readContext(document, new URL(location.href));
      const changed = next.orderId !== context.orderId || next.buyerMessage !== context.buyerMessage || next.caseId !== context.caseId;
      context = next;
      if (context.orderId) lookUpOrder(context.orderId);

      const sites = findComposers(document);
      const seen = new Set<Element>();
      for (const site of sites) {
        seen.add(site.field);
        const existing = sessions.get(site.field);
        if (existing && existing.session.connected) {
          existing.send = findSendButton(site) ?? existing.send;
          existing.session.sync();
          existing.session.refreshIfChanged();
          if (changed) existing.session.recheckOptions();
          watchFiles(existing.session);
          continue;
        }
        existing?.session.destroy();
        const session = new ComposerSession(site, options, signal);
        sessions.set(site.field, { session, send: findSendButton(site) });
        watchFiles(session);
      }
      // composers the host re-created or removed
      for (const [field, entry] of sessions) {
        if (!seen.has(field) || !entry.session.connected) {
          entry.session.destroy();
          sessions.delete(field);
        }
      }
      // "blind" only when the box stays missing: the host renders it a moment after its container
      if (sessions.size || !composerExpected(document, new URL(location.href))) {
        missingSince = 0;
        report('ok', sessions.size ? undefined : 'no message box open');
      } else {
        missingSince ||= performance.now();
        if (performance.now() - missingSince >= MISSING_GRACE_MS) report('not-found', 'message box not found on this page');
      }
    };

    // after a message with review wording leaves, this order's review channel is used
    const afterSend = (session: ComposerSession, findings: Finding[]) => {
      const text = session.currentText;
      if (!text.trim()) return;
      if (context.surface === 'thread' && context.caseId) {
        void send('thread/answered', { host, caseId: context.caseId, at: now() }).catch(() => undefined);
      }
      if (context.orderId && findings.some((f) => REVIEW_RULES.has(f.rule))) {
        reviewRequested.set(context.orderId, true);
        void send('review/record', { host, orderId: context.orderId, marketplaceId: context.marketplaceId, channel: 'message', at: now(), source: 'message-sent' }).catch(() => undefined);
      }
    };

    // Send guard: capture phase on window runs before any of the page's own click handlers
    window.addEventListener('click', (event) => guarded(() => {
      const path = event.composedPath();
      const entry = [...sessions.values()].find((e) => e.send && path.includes(e.send));
      if (!entry) return;
      const { session } = entry;
      if (bypassSend) {
        bypassSend = false;
        afterSend(session, session.check());
        return;
      }
      const blocking = session.blocking();
      if (!blocking.length) {
        afterSend(session, session.check());
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      void send('usage/record', { kind: 'send-guard-shown', host, caseId: context.caseId }).catch(() => undefined);
      void confirmDialog({
        kind: 'send-guard',
        title: t('composerGuardTitle'),
        intro: t('composerGuardIntro', blocking.length),
        items: blocking,
        safeLabel: t('composerGuardEdit'),
        riskyLabel: t('composerGuardSend'),
      }).then((sendAnyway) => {
        if (!sendAnyway) {
          session.site.field.focus({ preventScroll: true });
          return;
        }
        void send('usage/record', { kind: 'send-anyway', host, caseId: context.caseId }).catch(() => undefined);
        bypassSend = true;
        const button = entry.send?.shadowRoot?.querySelector('button') ?? entry.send;
        button?.click();
        bypassSend = false;
      });
    }), { capture: true, signal });

    // "No response needed" on a buyer message that asks something: confirm first, and count it
    window.addEventListener('click', (event) => guarded(() => {
      const path = event.composedPath();
      const control = findNrnControls(document).find((c) => path.includes(c.element));
      if (!control) return;
      const question = asksQuestion(control.messageText || context.buyerMessage || '');
      if (bypassNrn || !question) {
        if (question) void send('usage/record', { kind: 'nrn-on-question', host, caseId: context.caseId }).catch(() => undefined);
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      void confirmDialog({
        kind: 'nrn-guard',
        title: t('composerNrnTitle'),
        intro: t('composerNrnIntro'),
        items: [control.messageText.slice(0, 200)],
        safeLabel: t('composerNrnCancel'),
        riskyLabel: t('composerNrnConfirm'),
      }).then((confirmed) => {
        if (!confirmed || !control.element.isConnected) return;
        bypassNrn = true;
        control.element.click();
        bypassNrn = false;
      });
    }), { capture: true, signal });

    signal.addEventListener('abort', () => {
      for (const { session } of sessions.values()) session.destroy();
      sessions.clear();
    }, { once: true });
    observeDeep(document, scan, { signal, pollMs: 1500 });
  },
};
