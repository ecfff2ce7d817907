// Attached files: each file input of a composer, watched once, has its files judged (attachments.ts)
// and the verdicts shown in the session's panel.
import type { CheckOptions } from '../../rules/compliance/types';
import { judgeFile } from './attachments';
import { findFileInputs } from './page';
import type { ComposerSession } from './session';

export function watchFileInputs(session: ComposerSession, watched: WeakSet<HTMLInputElement>, options: () => CheckOptions, signal: AbortSignal): void {
  for (const input of findFileInputs(session.site)) {
    if (watched.has(input)) continue;
    watched.add(input);
    input.addEventListener('change', () => judgeFiles(session, [...(input.files ?? [])], options, signal), { signal });
  }
}

/** Names first (the panel shows the files at once), verdicts when every file is judged. */
function judgeFiles(session: ComposerSession, files: File[], options: () => CheckOptions, signal: AbortSignal): void {
  session.setAttachments(files.map((f) => ({ name: f.name })));
  void Promise.all(
    files.map((file) =>
      judgeFile(file, options())
        .then((verdict) => ({ name: file.name, verdict }))
        .catch((error: unknown) => ({ name: file.name, error: String(error) })),
    ),
  ).then((rows) => {
    if (!signal.aborted) session.setAttachments(rows);
  });
}
