// Feature framework for content scripts (Refined GitHub's lesson): each feature gets its own
// AbortSignal, re-created on every SPA navigation, and reports a health state. One feature's
// exception never reaches the host page or another feature.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HealthStatus, Surface } from '../storage/schema';
import { extensionContextGone, send } from '../storage/client';

export interface FeatureApi {
  /** aborted on SPA navigation, on extension unload, or when the feature is restarted */
  signal: AbortSignal;
  url: URL;
  report(status: HealthStatus, detail?: string): void;
}

export interface Feature {
  id: string;
  surface: Surface;
  /** does this feature belong on this URL? */
  matches(url: URL): boolean;
  run(api: FeatureApi): void | Promise<void>;
}

/** Debounced, de-duplicated health reporting: the background hears each change once. */
function createReporter(surface: Surface) {
  let last = '';
  return (status: HealthStatus, detail?: string) => {
    const key = `${status}|${detail ?? ''}`;
    if (key === last || extensionContextGone()) return;
    last = key;
    send('health/report', { surface, status, detail: detail?.slice(0, 500) }).catch(() => {
      last = ''; // retry on the next report
    });
  };
}

export function startFeatures(ctx: ContentScriptContext, features: Feature[]): void {
  let controller: AbortController | null = null;

  const start = () => {
    controller?.abort();
    if (ctx.signal.aborted) return;
    controller = new AbortController();
    const navigation = controller.signal;
    const url = new URL(location.href);
    for (const feature of features) {
      if (!feature.matches(url)) continue;
      const report = createReporter(feature.surface);
      const api: FeatureApi = { signal: navigation, url, report };
      try {
        Promise.resolve(feature.run(api)).catch((error: unknown) => fail(feature, report, error));
      } catch (error) {
        fail(feature, report, error);
      }
    }
  };

  ctx.signal.addEventListener('abort', () => controller?.abort(), { once: true });
  start();
  ctx.addEventListener(window, 'wxt:locationchange', () => start());
}

function fail(feature: Feature, report: (s: HealthStatus, d?: string) => void, error: unknown) {
  console.error(`[ReplyGuard] ${feature.id}`, error);
  report('error', `${feature.id}: ${error instanceof Error ? error.message : String(error)}`);
}
