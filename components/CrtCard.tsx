import type { Dashboard } from '../storage/protocol';
import { t } from './i18n';

export function CrtCard({ crt, daily }: Pick<Dashboard, 'crt' | 'daily'>) {
  const main = crt.find((w) => w.window === 7) ?? crt[0];
  const max = Math.max(1, ...daily.map((d) => d.counted));
  return (
    <section className="rg-card" aria-labelledby="rg-crt-title">
      <h2 id="rg-crt-title">{t('popupCrt')}</h2>
      <div
        data-rg="crt"
        data-value={main?.value === null || main?.value === undefined ? '' : main.value.toFixed(1)}
        data-zone={main?.zone ?? ''}
        className={`rg-crt rg-zone-${main?.zone ?? 'none'}`}
      >
        {crt.map((w) => (
          <div key={w.window} className="rg-crt-window">
            <strong>{w.value === null ? '–' : `${w.value.toFixed(1)} %`}</strong>
            <span>{t('popupCrtDays', w.window)}</span>
          </div>
        ))}
      </div>
      {main?.value === null && <p className="rg-muted">{t('popupCrtNoData')}</p>}
      <p className="rg-note">{t('popupCrtNote')}</p>
      <figure className="rg-chart" aria-label={t('popupChart')}>
        <svg viewBox={`0 0 ${daily.length * 10} 40`} role="img" aria-label={t('popupChart')}>
          {daily.map((d, i) => {
            const h = (d.counted / max) * 36;
            const onTime = (d.onTime / max) * 36;
            return (
              <g key={d.day}>
                <title>{`${d.day}: ${d.onTime}/${d.counted}`}</title>
                <rect x={i * 10 + 1} y={40 - h} width={8} height={h} className="rg-bar-late" />
                <rect x={i * 10 + 1} y={40 - onTime} width={8} height={onTime} className="rg-bar-ok" />
              </g>
            );
          })}
        </svg>
        <figcaption className="rg-muted">{t('popupChart')}</figcaption>
      </figure>
    </section>
  );
}
