/** Our handlers run inside the page's event dispatch: an exception must never reach the page. */
export function guarded(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.error('[ReplyGuard] composer', error);
  }
}
