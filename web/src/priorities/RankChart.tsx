import { type RankChart as Chart } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { echarts } from './echarts';

/**
 * Places over time as lines, and the same numbers as a table: screen readers read the table (the
 * drawing is hidden from them); sighted readers may show it too.
 */
export default function RankChart({ chart }: { chart: Chart }) {
  const { t } = useTranslation();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = element.current;
    if (!host || chart.empty) return;
    const size = () => ({ width: host.clientWidth || 500, height: chart.height });
    const instance = echarts.init(host, null, { renderer: 'svg', ...size() });
    instance.setOption(chart.option);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize(size()));
    observer?.observe(host);
    return () => {
      observer?.disconnect();
      instance.dispose();
    };
  }, [chart]);
  if (chart.empty) return null;
  return (
    <div className="rank-chart">
      <div ref={element} className="rank-chart__drawing" style={{ height: chart.height }} aria-hidden="true" />
      <button
        type="button"
        className="button button--small"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? t('priorities.hideTable') : t('priorities.showTable')}
      </button>
      <div id={tableId} className={tableShown ? 'rank-chart__table' : 'visually-hidden'}>
        <table>
          <caption className={tableShown ? 'visually-hidden' : undefined}>{chart.table.caption}</caption>
          <thead>
            <tr>
              {chart.table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.table.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row">{row.cells[0]}</th>
                {row.cells.slice(1).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
