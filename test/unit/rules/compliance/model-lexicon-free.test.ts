// @vitest-environment node
// The learned layer's training does not read the lexicons (rules/compliance/model/README.md): its
// positives, weights and thresholds are the same when every lexicon finds nothing, so a lexicon change
// never moves the model; only the report (which rows the lexicon misses) depends on them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { TrainRow } from '../../../../rules/compliance/model/train';

const corpus = resolve(import.meta.dirname, '../../../corpus');
const rows: TrainRow[] = readdirSync(corpus)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TrainRow))
  .filter((_, i) => i % 6 === 0);
const options = { folds: 2, epochs: 2 };

describe('learned layer: training without the lexicons', () => {
  it('gives the same weights and thresholds when no lexicon finds anything', async () => {
    const real = await import('../../../../rules/compliance/model/train');
    const a = real.train(rows, options);
    vi.resetModules();
    vi.doMock('../../../../rules/compliance/phrase-scope', () => ({ phraseScope: () => ({ run: () => [] }) }));
    const blind = await import('../../../../rules/compliance/model/train');
    const b = blind.train(rows, options);
    vi.doUnmock('../../../../rules/compliance/phrase-scope');
    expect(blind.serialize(b.model, 'x')).toBe(real.serialize(a.model, 'x'));
    // the report does read them: without lexicons every labelled row counts as missed by the lexicon
    const missed = (r: typeof a) => r.report.reduce((n, x) => n + x.missedByLexicon, 0);
    expect(missed(b)).toBeGreaterThan(missed(a));
  }, 60_000);

  it('keeps out-of-fold false alarms on compliant rows within the 0.3 % budget', async () => {
    const { train } = await import('../../../../rules/compliance/model/train');
    const r = train(rows, options);
    expect(r.cleanFlagged).toBeLessThanOrEqual(Math.floor(0.003 * r.clean));
    expect(r.margins.map((m) => m.margin)).toContain(r.margin);
  }, 60_000);
});
