// The inbox scan's decisions (pure: entrypoints/inbox.content reads the page and Amazon's data,
// calls these, paints the badges).

interface KeySet {
  has(key: string): boolean;
}

/**
 * Does this listed thread wait for a reply? With Amazon's data its cases decide; without it the
 * row's own "response needed", or what we know of the thread (another filter's rows carry no label).
 */
export function awaitsReply(key: string, responseNeeded: boolean, amazonCases: KeySet | undefined, known: KeySet): boolean {
  return amazonCases ? amazonCases.has(key) : responseNeeded || known.has(key);
}

export interface OpenThreadShape {
  caseId: string;
  messages: readonly { from?: string }[];
  noResponseNeededOffered: boolean;
}

/** What changes when the open thread moves on (a message, a reply, the "No response needed" offer). */
export function openThreadShape({ caseId, messages, noResponseNeededOffered }: OpenThreadShape): string {
  return `${caseId}|${messages.length}|${messages.at(-1)?.from ?? ''}|${noResponseNeededOffered}`;
}

/** The keys shown (listed rows, then the open thread), each once, whose stored record was not asked for yet. */
export function unfetchedKeys(rowKeys: readonly string[], openKey: string | undefined, fetched: KeySet): string[] {
  return [...new Set([...rowKeys, ...(openKey !== undefined ? [openKey] : [])])].filter((id) => !fetched.has(id));
}
