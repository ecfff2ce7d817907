// What to check: pasted text, or files picked or dropped.
import { useState, type DragEvent, type FormEvent } from 'react';
import { t } from '../../components/i18n';

const ACCEPT = '.txt,.text,.md,.csv,.tsv,.xlsx,.docx,.pdf,text/plain,text/csv,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function TemplateInputs({ onPaste, onFiles }: { onPaste: (text: string) => void; onFiles: (files: File[]) => void }) {
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);

  function checkPaste(event: FormEvent) {
    event.preventDefault();
    if (paste.trim()) onPaste(paste);
  }
  function checkFiles(files: FileList | null | undefined) {
    if (files?.length) onFiles([...files]);
  }
  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    checkFiles(event.dataTransfer?.files);
  }

  return (
    <section className="rg-card inputs">
      <form onSubmit={checkPaste} className="paste">
        <label htmlFor="rg-paste">{t('templatesPasteLabel')}</label>
        <textarea id="rg-paste" data-rg="templates-paste" rows={5} value={paste} onChange={(e) => setPaste(e.currentTarget.value)} />
        <div>
          <button type="submit" className="rg-primary" data-rg="templates-check" disabled={!paste.trim()}>
            {t('templatesCheck')}
          </button>
        </div>
      </form>
      <label
        data-rg="templates-drop"
        className={`drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <span>{t('templatesFilesLabel')}</span>
        <input
          type="file"
          multiple
          accept={ACCEPT}
          data-rg="templates-input"
          onChange={(e) => {
            const input = e.currentTarget;
            checkFiles(input.files);
            // cleared, so picking the same files again checks again
            input.value = '';
          }}
        />
      </label>
    </section>
  );
}
