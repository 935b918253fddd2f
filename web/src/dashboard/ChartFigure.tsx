import type { ChartTable as Table, DashboardChart } from '@flaskhals/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { echarts } from './echarts';

interface ChartFigureProps {
  chart: DashboardChart;
  /** Where a top list's object opens (the map); charts without objects need none. */
  objectHref?: (objectId: string) => string;
  onOpenObject?: (objectId: string) => void;
}

/**
 * One chart of the dashboard and the same numbers as a table: screen readers read the table (the
 * drawing is hidden from them); sighted readers may show it too. A top list's table is always
 * shown: it is the list whose names open the objects on the map.
 */
export function ChartFigure({ chart, objectHref, onOpenObject }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const tableId = useId();
  const isList = chart.table.rows.some((r) => r.objectId);
  const [tableShown, setTableShown] = useState(false);
  return (
    <section className={`dashboard-chart page__card dashboard-chart--${chart.id}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{chart.title}</h2>
      {chart.empty ? (
        <p className="muted">{t('dashboard.emptyChart')}</p>
      ) : (
        <>
          <ChartDrawing chart={chart} onOpenObject={onOpenObject} />
          {!isList && (
            <button
              type="button"
              className="button button--small dashboard-chart__toggle"
              aria-expanded={tableShown}
              aria-controls={tableId}
              onClick={() => setTableShown((shown) => !shown)}
            >
              {tableShown ? t('dashboard.hideTable') : t('dashboard.showTable')}
            </button>
          )}
          <ChartTable id={tableId} table={chart.table} shown={isList || tableShown} objectHref={objectHref} />
        </>
      )}
    </section>
  );
}

function ChartDrawing({ chart, onOpenObject }: { chart: DashboardChart; onOpenObject?: (objectId: string) => void }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = element.current;
    if (!host) return;
    // The size is given, not read by ECharts: a box not laid out yet (or jsdom's) reads as 0 wide.
    const size = () => ({ width: host.clientWidth || 600, height: chart.height });
    const instance = echarts.init(host, null, { renderer: 'svg', ...size() });
    instance.setOption(chart.option);
    // A bar of a top list opens its object, as the list's link does.
    instance.on('click', (params) => {
      const objectId = chart.table.rows[params.dataIndex]?.objectId;
      if (objectId && onOpenObject) onOpenObject(objectId);
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize(size()));
    observer?.observe(host);
    return () => {
      observer?.disconnect();
      instance.dispose();
    };
  }, [chart, onOpenObject]);
  return <div ref={element} className="dashboard-chart__drawing" style={{ height: chart.height }} aria-hidden="true" />;
}

/** The chart's numbers as a table with a caption; visually hidden unless shown. */
export function ChartTable({
  id,
  table,
  shown,
  objectHref,
}: {
  id?: string;
  table: Table;
  shown: boolean;
  objectHref?: (objectId: string) => string;
}) {
  return (
    <div id={id} className={shown ? 'dashboard-table' : 'visually-hidden'}>
      <table>
        {/* A shown table sits under its chart's heading, which says the same. */}
        <caption className={shown ? 'visually-hidden' : undefined}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={column} scope="col" className={i > 0 ? 'dashboard-table__number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.objectId ?? r}>
              <th scope="row">{row.objectId && objectHref ? <Link to={objectHref(row.objectId)}>{row.cells[0]}</Link> : row.cells[0]}</th>
              {row.cells.slice(1).map((cell, i) => (
                <td key={i} className="dashboard-table__number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
