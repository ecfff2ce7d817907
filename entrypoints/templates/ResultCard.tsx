// One checked template: its counts, its finding rows (worst first) and its text with the findings
// highlighted; picking a row scrolls to its highlight.
import { memo, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../rules/compliance/types';
import type { TemplateResult } from '../../rules/templates/check';
import { highlightPieces, sortFindings } from '../../rules/templates/view';
import { t } from '../../components/i18n';
import { countsLine, label, severityLabel } from './labels';

function FindingRow({ finding: f, text, onPick }: { finding: Finding; text: string; onPick: (f: Finding) => void }) {
  const quote = text.slice(f.start, f.end);
  return (
    <li className="row" data-rg-finding="" data-rule={f.rule} data-severity={f.severity} data-start={f.start} data-end={f.end} data-layer={f.layer ?? 'rule'} data-entry={f.entry}>
      <button type="button" className="row-pick" onClick={() => onPick(f)}>
        <span className="dot" aria-hidden="true" />
        <span>
          <span className="sev">{severityLabel(f.severity)}</span> {f.message}{' '}
          {quote && <span className="quote">“{quote.length > 60 ? `${quote.slice(0, 57)}…` : quote}”</span>}
        </span>
        {f.suggestion && (
          <span className="suggest">
            <b>{label('composerInstead')} </b>
            {f.suggestion}
          </span>
        )}
      </button>
    </li>
  );
}

export const ResultCard = memo(function ResultCard({ result: r, findings }: { result: TemplateResult; findings: Finding[] }) {
  const textRef = useRef<HTMLPreElement>(null);
  const [picked, setPicked] = useState<Finding | null>(null);
  const sorted = useMemo(() => sortFindings(findings), [findings]);
  const pieces = useMemo(() => highlightPieces(r.text, findings), [r.text, findings]);
  const pick = (f: Finding) => {
    setPicked(f);
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>('mark[data-start]') ?? [])];
    const mark = marks.filter((m) => Number(m.dataset.start) <= f.start).pop() ?? marks[0];
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const state = r.block ? 'block' : r.count ? 'warn' : 'ok';
  return (
    <article className="tpl" data-rg="template-result" data-name={r.name} data-rg-count={r.count} data-rg-block={r.block} data-file={r.file} data-state={state}>
      <header className="tpl-head">
        <h2>{r.name}</h2>
        {r.file && r.file !== r.name && <span className="tpl-file">{r.file}</span>}
        <span className={`tpl-counts ${state}`}>{countsLine(r)}</span>
      </header>
      {sorted.length > 0 && (
        <ul className="findings" aria-label={r.name}>
          {sorted.map((f) => (
            <FindingRow key={`${f.rule}|${f.start}|${f.end}|${f.severity}`} finding={f} text={r.text} onPick={pick} />
          ))}
        </ul>
      )}
      <pre className="tpl-text" ref={textRef}>
        {pieces.map((p) =>
          p.severity ? (
            <mark key={p.start} data-rg="highlight" data-severity={p.severity} data-start={p.start} className={picked && picked.start < p.start + p.text.length && picked.end > p.start ? 'picked' : undefined}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </pre>
      {r.placeholders.length > 0 && <p className="tpl-note">{t('templatesPlaceholders', [...new Set(r.placeholders.map((p) => p.text))].slice(0, 8).join(' '))}</p>}
    </article>
  );
});
