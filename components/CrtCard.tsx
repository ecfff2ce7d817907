// The CRT estimate (7/30/90 days) with its zone in words, not colour alone, and a 14-day chart of
// answered-on-time versus late, with the same data as a table for screen readers.
import type { Dashboard } from '../storage/protocol';
import { t, type MessageKey } from './i18n';

const ZONE_TEXT: Record<'safe' | 'yellow' | 'red', MessageKey> = { safe: 'popupZoneSafe', yellow: 'popupZoneYellow', red: 'popupZoneRed' };
const BAR = 10;
const HEIGHT = 40;

export function CrtCard({ crt, daily }: Pick<Dashboard, 'crt' | 'daily'>) {
  const main = crt.find((w) => w.window === 7) ?? crt[0];
  const max = Math.max(1, ...daily.map((d) => d.counted));
  return (
    <section className="rg-card" aria-labelledby="rg-crt-title">
      <h2 id="rg-crt-title">{t('popupCrt')}</h2>
      <div
        data-rg="crt"
        // test contract: no data-value and zone "no-data" until enough answered messages were seen
        data-value={main?.value === null || main?.value === undefined ? undefined : main.value.toFixed(1)}
        data-zone={main?.zone ?? 'no-data'}
        className={`rg-crt rg-zone-${main?.zone ?? 'none'}`}
      >
        {crt.map((w) => (
          <div key={w.window} className={`rg-crt-window rg-zone-${w.zone ?? 'none'}`} data-window={w.window}>
            <strong>{w.value === null ? '–' : `${w.value.toFixed(1)} %`}</strong>
            <span>{t('popupCrtDays', w.window)}</span>
            {w.zone && <span className="rg-zone-label">{t(ZONE_TEXT[w.zone])}</span>}
          </div>
        ))}
      </div>
      {main?.value === null && <p className="rg-muted">{t('popupCrtNoData')}</p>}
      <p className="rg-note">{t('popupCrtNote')}</p>
      {daily.length > 0 && (
        <figure className="rg-chart" data-rg="crt-chart">
          <svg viewBox={`0 0 ${daily.length * BAR} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {daily.map((d, i) => {
              const late = ((d.counted - d.onTime) / max) * (HEIGHT - 4);
              const onTime = (d.onTime / max) * (HEIGHT - 4);
              return (
                <g key={d.day} data-day={d.day}>
                  <title>{d.counted ? t('popupChartDay', d.day, d.onTime, d.counted) : t('popupChartEmpty', d.day)}</title>
                  {d.counted === 0 && <rect x={i * BAR + 1} y={HEIGHT - 1} width={BAR - 2} height={1} className="rg-bar-none" />}
                  <rect x={i * BAR + 1} y={HEIGHT - onTime} width={BAR - 2} height={onTime} className="rg-bar-ok" />
                  <rect x={i * BAR + 1} y={HEIGHT - onTime - late} width={BAR - 2} height={late} className="rg-bar-late" />
                </g>
              );
            })}
          </svg>
          <figcaption className="rg-muted">{t('popupChart')}</figcaption>
          <table className="rg-visually-hidden">
            <caption>{t('popupChart')}</caption>
            <tbody>
              {daily.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  <td>{d.counted ? t('popupChartDay', d.day, d.onTime, d.counted) : t('popupChartEmpty', d.day)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
