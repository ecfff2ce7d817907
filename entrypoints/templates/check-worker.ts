// The templates page's checker off the main thread: the page sends chunks of templates, this worker
// checks them with the composer's rules (rules/templates: placeholders masked) and sends the results
// back. Its lexicons are compiled once, on 'warm', while the seller is still choosing files.
import { checkMessage } from '../../rules/compliance/check';
import type { CheckOptions } from '../../rules/compliance/types';
import { templateChecker } from '../../rules/templates/check';
import type { Template } from '../../rules/templates/sources';
import { templateTexts, type WorkerTexts } from './check-worker-texts';

export type WorkerRequest =
  | { type: 'warm' }
  | { type: 'check'; job: number; options: CheckOptions; texts: WorkerTexts; offset: number; templates: Template[] };

let checker: { key: string; check: ReturnType<typeof templateChecker> } | undefined;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'warm') {
    checkMessage('Warm-up: www.example.com, +49 30 1234567, leave a review 😀');
    return;
  }
  const key = JSON.stringify([msg.options, msg.texts]);
  if (checker?.key !== key) checker = { key, check: templateChecker(msg.options, templateTexts(msg.texts)) };
  const check = checker.check;
  try {
    const results = msg.templates.map((t, i) => check(t, msg.offset + i));
    self.postMessage({ job: msg.job, results });
  } catch (e) {
    self.postMessage({ job: msg.job, error: e instanceof Error ? e.message : String(e) });
  }
};
