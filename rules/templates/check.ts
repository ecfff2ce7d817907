// One template checked: placeholders masked (same length, so offsets stay those of the template as
// written), then the message checker. Pure and synchronous: the page calls it in chunks, in workers.
// Sorting, filters and highlights (no checker needed) are in ./view.
import { checkMessage } from '../compliance/check';
import type { CheckOptions, Finding } from '../compliance/types';
import { contactPlaceholder, maskPlaceholders, type PlaceholderSpan } from './placeholders';
import type { Template } from './sources';
import { isViolation } from './view';

export interface TemplateResult extends Template {
  /** position in the input (ties in the sort keep the input order) */
  index: number;
  findings: Finding[];
  placeholders: PlaceholderSpan[];
  /** block + warn findings (the composer panel's data-rg-count) */
  count: number;
  /** block findings (data-rg-block) */
  block: number;
}

export interface TemplateTexts {
  /** the finding's message for a placeholder named like contact details ("{{shop_url}}"), in the UI language */
  contactPlaceholder?: (placeholder: string) => string;
}

/**
 * A checker for many templates with one set of options. It remembers which bracketed candidates
 * are findings on their own ("[Important]", "【重要】" are the important-tag rule, not a placeholder)
 * and the findings of texts already checked (libraries repeat templates).
 */
export function templateChecker(options: CheckOptions = {}, texts: TemplateTexts = {}) {
  const contactMessage = texts.contactPlaceholder ?? ((p: string) => `${p} will be filled in with contact details: Amazon blocks messages with a web address, an e-mail address or a phone number.`);
  const standalone = new Map<string, boolean>();
  const byText = new Map<string, { findings: Finding[]; placeholders: PlaceholderSpan[] }>();
  const isPlaceholder = (p: PlaceholderSpan) => {
    let clean = standalone.get(p.text);
    if (clean === undefined) {
      clean = !checkMessage(p.text, options).some(isViolation);
      if (standalone.size < 10_000) standalone.set(p.text, clean);
    }
    return clean;
  };
  return (template: Template, index: number): TemplateResult => {
    let checked = byText.get(template.text);
    if (!checked) {
      const { masked, placeholders } = maskPlaceholders(template.text, isPlaceholder);
      const findings = checkMessage(masked, options);
      for (const p of placeholders) {
        const rule = contactPlaceholder(p);
        // warn, not block: what it becomes is not in the template
        if (rule) findings.push({ rule, severity: 'warn', start: p.start, end: p.end, message: contactMessage(p.text), entry: `placeholder:${rule}`, layer: 'rule' });
      }
      findings.sort((a, b) => a.start - b.start || a.end - b.end);
      checked = { findings, placeholders };
      if (template.text.length <= 20_000 && byText.size < 5_000) byText.set(template.text, checked);
    }
    const findings = checked.findings.map((f) => ({ ...f }));
    return {
      ...template,
      index,
      findings,
      placeholders: checked.placeholders,
      count: findings.filter(isViolation).length,
      block: findings.filter((f) => f.severity === 'block').length,
    };
  };
}

