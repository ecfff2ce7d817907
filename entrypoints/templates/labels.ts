// The page's fixed labels, read once: a thousand cards would otherwise ask the browser's i18n
// thousands of times.
import type { Finding } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import { t, type MessageKey } from '../../components/i18n';

export const SEVERITIES: Finding['severity'][] = ['block', 'warn', 'info'];
const fixed = new Map<MessageKey, string>();
export const label = (key: MessageKey) => fixed.get(key) ?? fixed.set(key, t(key)).get(key)!;
export const severityLabel = (s: Finding['severity']) => label(s === 'block' ? 'templatesSeverityBlock' : s === 'warn' ? 'templatesSeverityWarn' : 'templatesSeverityInfo');

export function countsLine(r: Pick<TemplateResult, 'count' | 'block'>): string {
  if (!r.count) return label('composerReady');
  return r.block ? t('composerBlocking', r.count, r.block) : t('composerWarnings', r.count);
}
