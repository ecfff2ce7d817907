// Case helpers shared by the batch tests (s28-mkt ... s30-off30): a case is a text, or [text, the buyer's message it answers].
import { expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../../rules/compliance';
import { normalize } from '../../../../../rules/compliance/normalize';

export type Case = string | [string, string];

const pairs = (cases: Case[]): [string, string][] => cases.map((c) => (typeof c === 'string' ? [c, ''] : c));
const answering = (buyerMessage: string): CheckOptions | undefined => (buyerMessage ? { buyerMessage } : undefined);

/** The rules a text is flagged for (info findings aside), sorted. */
export const rules = (text: string, options?: CheckOptions): string[] =>
  [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

/** The rules the rule layer finds (the learned layer's findings left out), sorted; `buyerMessage` is what the text answers. */
export const ruleLayer = (text: string, buyerMessage?: string): string[] =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

/** Each case holds a marketing finding of the rules (the learned layer's warn does not count: these test rules). */
export const flagsMarketing = (cases: Case[]) =>
  it.each(pairs(cases))('%s', (text, buyerMessage) => {
    expect(checkMessage(text, answering(buyerMessage)).filter((f) => f.rule === 'marketing' && f.layer !== 'model').length).toBeGreaterThan(0);
  });

/** No case is flagged marketing, by either layer. */
export const cleanOfMarketing = (cases: Case[]) =>
  it.each(pairs(cases))('stays clean: %s', (text, buyerMessage) => {
    expect(rules(text, answering(buyerMessage))).not.toContain('marketing');
  });

/** Each case is flagged `rule`. */
export const hasRule = (rule: string) => (cases: Case[]) =>
  it.each(pairs(cases))(`flags ${rule}: %s`, (text, buyerMessage) => {
    expect(rules(text, answering(buyerMessage))).toContain(rule);
  });

/** No case is flagged `rule`. */
export const lacks = (rule: string) => (cases: Case[]) =>
  it.each(pairs(cases))(`no ${rule}: %s`, (text, buyerMessage) => {
    expect(rules(text, answering(buyerMessage))).not.toContain(rule);
  });

/** A span reader alone (refusal.ts's exports), on the normalized text, for the span `needle` (its first occurrence). */
export const readsSpan = (fn: (t: string, s: number, e: number) => boolean, text: string, needle: string): boolean => {
  const t = normalize(text).text;
  const span = normalize(needle).text;
  const at = t.indexOf(span);
  expect(at).toBeGreaterThanOrEqual(0);
  return fn(t, at, at + span.length);
};

/** The rules the rule layer blocks or warns for with `options` (the learned layer's findings and info left out), sorted. */
export const ruleLayerWith = (text: string, options?: CheckOptions): string[] =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model' && f.severity !== 'info').map((f) => f.rule))].sort();

/** Each text is flagged `rule` by the rule layer, checked with `options` (the s33 round tests). */
export const ruleFlags = (rule: string, cases: string[], options?: CheckOptions) =>
  it.each(cases)(`flags ${rule}: %s`, (text) => expect(ruleLayerWith(text, options)).toContain(rule));

/** No text is flagged `rule` by the rule layer, checked with `options`. */
export const ruleLacks = (rule: string, cases: string[], options?: CheckOptions) =>
  it.each(cases)(`no ${rule}: %s`, (text) => expect(ruleLayerWith(text, options)).not.toContain(rule));
