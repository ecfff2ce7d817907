// Entity findings say which entry found them (test contract, "Finding sources": data-entry and
// data-layer="rule"). Spans carry the two fields; check.ts's finalize passes them on to the Finding.
import type { Span } from '../detectors/span';

export type EntityEntry =
  | 'url:scheme'
  | 'url:www'
  | 'url:bare-domain'
  | 'url:idn'
  | 'url:obfuscated'
  | 'url:shortener'
  | 'amazon:link'
  | 'amazon:review-link'
  | 'email:address'
  | 'email:obfuscated'
  | 'handle:social'
  | 'phone:international'
  | 'phone:national-context'
  | 'phone:national-shape'
  | 'phone:vanity'
  | 'phone:spelled';

export interface EntitySpan extends Span {
  entry: EntityEntry;
  layer: 'rule';
}

/** Tags a fresh span in place (no copy: this runs for every address in a 1 MB paste). */
export function entity(span: Span, entry: EntityEntry): EntitySpan {
  const tagged = span as EntitySpan;
  tagged.entry = entry;
  tagged.layer = 'rule';
  return tagged;
}
