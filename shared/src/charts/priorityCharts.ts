/**
 * The priority list's chart, defined once like the dashboard's: objects' places on the adopted
 * versions over time as lines (rank 1 at the top), and the same numbers as a table.
 */
import type { EChartsOption } from 'echarts';

import type { ChartTable } from './dashboardCharts';

export interface RankSeries {
  name: string;
  /** Its place on each version, in the order of the versions; null when not on it. */
  ranks: readonly (number | null)[];
}

export interface RankChartTexts {
  title: string;
  /** The heading of the first column ("Objekt"). */
  object: string;
  /** A version's label in the chart and the table ("Nr 3, 22 feb 2027"). */
  versionLabels: readonly string[];
  /** What a cell says when the object was not on that version. */
  notOnList: string;
}

export interface RankChart {
  title: string;
  empty: boolean;
  option: EChartsOption;
  table: ChartTable;
  height: number;
}

export function rankOverTimeChart(series: readonly RankSeries[], texts: RankChartTexts): RankChart {
  const maxRank = Math.max(1, ...series.flatMap((s) => s.ranks.filter((r): r is number => r != null)));
  return {
    title: texts.title,
    empty: series.length === 0 || texts.versionLabels.length === 0,
    height: 260,
    option: {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { type: 'scroll', bottom: 0 } : undefined,
      grid: { left: 40, right: 16, top: 16, bottom: series.length > 1 ? 48 : 24, containLabel: true },
      xAxis: { type: 'category', data: [...texts.versionLabels] },
      // Rank 1 on top: the axis runs downwards.
      yAxis: { type: 'value', inverse: true, min: 1, max: maxRank, minInterval: 1 },
      series: series.map((s) => ({ type: 'line', name: s.name, data: [...s.ranks], connectNulls: false, symbolSize: 8 })),
    },
    table: {
      caption: texts.title,
      columns: [texts.object, ...texts.versionLabels],
      rows: series.map((s) => ({ cells: [s.name, ...s.ranks.map((r) => (r == null ? texts.notOnList : String(r)))] })),
    },
  };
}
