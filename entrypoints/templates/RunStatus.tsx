// How the run is going: its progress, the files that could not be read, a library cut short.
import type { FileError } from './read-files';
import { MAX_TEMPLATES, type Phase } from './store';
import { t } from '../../components/i18n';

export function RunStatus({ phase, done, total, checkMs, errors, truncated }: { phase: Phase; done: number; total: number; checkMs: number; errors: FileError[]; truncated: boolean }) {
  return (
    <>
      {phase !== 'idle' && (
        <div className="progress" role="status" aria-live="polite">
          <progress data-rg="templates-progress" data-done={done} data-total={total} data-state={phase} data-ms={phase === 'done' ? checkMs : undefined} max={Math.max(total, 1)} value={phase === 'reading' ? undefined : done} />
          <span>{phase === 'reading' ? t('templatesReading') : t('templatesProgress', done, total)}</span>
        </div>
      )}

      {errors.length > 0 && (
        <div role="alert">
          <ul className="errors" data-rg="templates-errors">
            {errors.map((e, i) => (
              <li key={`${e.file}|${i}`} data-rg="templates-file-error" data-file={e.file}>
                {t('templatesFileError', e.file, e.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {truncated && <p className="rg-error">{t('templatesTooMany', MAX_TEMPLATES)}</p>}
    </>
  );
}
