// Locale-aware duration and date formatting for extension UI.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "5 h 12 min", "23 min", "2 d 3 h": compact, unambiguous in every language we ship. */
export function formatDuration(ms: number, locale?: string): string {
  const abs = Math.abs(ms);
  const nf = new Intl.NumberFormat(locale);
  if (abs < HOUR) return `${nf.format(Math.max(1, Math.floor(abs / MINUTE)))} min`;
  if (abs < 48 * HOUR) {
    const h = Math.floor(abs / HOUR);
    const m = Math.floor((abs % HOUR) / MINUTE);
    return m ? `${nf.format(h)} h ${nf.format(m)} min` : `${nf.format(h)} h`;
  }
  const d = Math.floor(abs / (24 * HOUR));
  const h = Math.floor((abs % (24 * HOUR)) / HOUR);
  return h ? `${nf.format(d)} d ${nf.format(h)} h` : `${nf.format(d)} d`;
}

export function formatDateTime(epochMs: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(epochMs);
}
