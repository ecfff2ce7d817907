// A raw detection on the normalized copy, before offsets are mapped and messages attached.
import type { RuleId, Severity } from '../types';

export interface Span {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  /** Picks a message variant (e.g. 'shortener' for a url); defaults to the rule's main message. */
  variant?: string;
  /** the lexicon entry or entity rule that found it (a false alarm is traceable in one step) */
  entry?: string;
}
