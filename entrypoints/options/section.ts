// What every options section gets from the page: the stored settings, a way to save a change, and
// the status line.
import type { Settings } from '../../storage/schema';

export type Status = { kind: 'ok' | 'error'; text: string } | null;

export interface SectionProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<void>;
  say: (status: Status) => void;
}
