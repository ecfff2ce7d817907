// The templates page's state: one run at a time (a new paste or file drop replaces the last run),
// checked off the main thread (check-pool.ts) with the progress after each chunk, then sorted worst
// first.
import { create } from 'zustand';
import type { CheckOptions } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import type { Template } from '../../rules/templates/sources';
import { compareResults, type ResultFilter } from '../../rules/templates/view';
import { checkTemplates } from './check-pool';
import { PLACEHOLDER } from './check-worker-texts';
import { t } from '../../components/i18n';
import { readTemplateFile, type FileError } from './read-files';

/** More than any seller's library; keeps a mistaken 1-million-row export from freezing the tab. */
export const MAX_TEMPLATES = 10_000;
export type Phase = 'idle' | 'reading' | 'checking' | 'done';

interface TemplatesState {
  phase: Phase;
  done: number;
  total: number;
  results: TemplateResult[];
  errors: FileError[];
  truncated: boolean;
  filter: ResultFilter;
  /** milliseconds the last run took to check (reading files not included) */
  checkMs: number;
  run(input: { paste?: { name: string; text: string }; files?: readonly File[] }, options: () => Promise<CheckOptions>): Promise<void>;
  setFilter(patch: Partial<ResultFilter>): void;
}

let runId = 0;

export const useTemplatesStore = create<TemplatesState>((set) => ({
  phase: 'idle',
  done: 0,
  total: 0,
  results: [],
  errors: [],
  truncated: false,
  filter: { rule: '', severity: '' },
  checkMs: 0,

  async run(input, options) {
    const id = ++runId;
    set({ phase: 'reading', done: 0, total: 0, results: [], errors: [], truncated: false, filter: { rule: '', severity: '' } });
    const templates: Template[] = [];
    const errors: FileError[] = [];
    if (input.paste?.text.trim()) templates.push({ name: input.paste.name, text: input.paste.text });
    for (const file of input.files ?? []) {
      const read = await readTemplateFile(file);
      if (id !== runId) return;
      if ('error' in read) errors.push(read.error);
      else templates.push(...read.templates);
    }
    const truncated = templates.length > MAX_TEMPLATES;
    const todo = templates.slice(0, MAX_TEMPLATES);
    const checkOptions = await options();
    if (id !== runId) return;
    set({ phase: 'checking', total: todo.length, errors, truncated });

    const started = performance.now();
    const results = await checkTemplates(todo, checkOptions, { contactPlaceholder: t('templatesPlaceholderContact', PLACEHOLDER) }, (done) => {
      if (id !== runId) return false;
      set({ done });
      return true;
    });
    if (!results || id !== runId) return;
    results.sort(compareResults);
    const checkMs = Math.round(performance.now() - started);
    set({ phase: 'done', results, checkMs });
    performance.measure('rg-templates-check', { start: started, duration: checkMs });
  },

  setFilter(patch) {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
  },
}));
