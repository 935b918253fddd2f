/**
 * The dashboard's charts, defined once: each turns the dashboard's numbers and a language into an
 * ECharts option and into the same numbers as a table (the screen reader's alternative, and a
 * paper's appendix). The web draws the options in the browser; the server draws them to SVG for
 * position papers. Plain data and pure functions only: no DOM here, and echarts is imported for
 * its types alone, so neither bundle pays for it through shared/.
 */
import type { EChartsOption } from 'echarts';

import { type ChartTexts, chartTexts } from './chartTexts';

export interface DashboardCount {
  key: string;
  count: number;
}

/** One municipality; or the objects in no municipality (NONE); or the rest after the top ones (OTHERS). */
export type MunicipalityBucket = 'MUNICIPALITY' | 'NONE' | 'OTHERS';

export interface DashboardMunicipalityCount {
  code?: string | null;
  name?: string | null;
  bucket: MunicipalityBucket;
  count: number;
}

export interface DashboardMonthCount {
  /** "2026-03": the calendar month in Swedish time. */
  month: string;
  count: number;
}

export interface DashboardImpact {
  delayHoursPerWeek: number;
  extraCostSekPerYear: number;
  freightTonnesPerYear: number;
}

export interface DashboardTopObject {
  id: string;
  name: string;
  kind: string;
  organizationCount: number;
  impact: DashboardImpact;
}

/** What the charts need of the dashboard query's answer (the GraphQL type has these fields). */
export interface DashboardData {
  byStatus: readonly DashboardCount[];
  byPlanningStage: readonly DashboardCount[];
  byKind: readonly DashboardCount[];
  byMunicipality: readonly DashboardMunicipalityCount[];
  reportsPerMonth: readonly DashboardMonthCount[];
  topByImpact: readonly DashboardTopObject[];
  topByBreadth: readonly DashboardTopObject[];
}

export const DASHBOARD_CHART_IDS = [
  'status',
  'planningStage',
  'kind',
  'municipality',
  'reportsPerMonth',
  'topByImpact',
  'topByBreadth',
] as const;
export type DashboardChartId = (typeof DASHBOARD_CHART_IDS)[number];

export interface ChartTableRow {
  cells: string[];
  /** The object a row of a top list is about: the web links its name to the map. */
  objectId?: string;
}

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: ChartTableRow[];
}

export interface DashboardChart {
  id: DashboardChartId;
  title: string;
  /** Nothing to draw: every count is zero, or the list is empty. */
  empty: boolean;
  option: EChartsOption;
  table: ChartTable;
  /** Height in pixels the chart needs to show every bar with its label. */
  height: number;
}

const NAVY = '#12355b';
const AMBER = '#c27a12';
const INK = '#1b2733';
const MUTED = '#5b6872';
const LINE = '#dde3e8';

/** Numbers the way the language writes them: "1 250 000", "2,5". */
export function chartNumber(value: number, language: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(chartTexts(language).locale, { maximumFractionDigits }).format(value);
}

/** "jan. 2026" for "2026-01". */
export function monthLabel(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(chartTexts(language).locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, number - 1, 1),
  );
}

function municipalityLabel(m: DashboardMunicipalityCount, texts: ChartTexts): string {
  if (m.bucket === 'OTHERS') return texts.otherMunicipalities;
  if (m.bucket === 'NONE') return texts.noMunicipality;
  return m.name ?? m.code ?? '';
}

const BAR_HEIGHT = 28;

/** Horizontal bars, one per label, biggest first as given, the value written at each bar's end. */
function horizontalBars(labels: string[], values: number[], format: (n: number) => string, color: string): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif', color: INK },
    grid: { left: 8, right: 64, top: 8, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: LINE } } },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: LINE } },
      axisLabel: { color: INK, width: 170, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color },
        barMaxWidth: 22,
        label: { show: true, position: 'right', color: MUTED, formatter: (p) => format(Number(p.value)) },
      },
    ],
  };
}

function barsHeight(count: number): number {
  return Math.max(120, count * BAR_HEIGHT + 24);
}

/** A chart of counts by a key, its table with the same rows. */
function countChart(
  id: DashboardChartId,
  title: string,
  keyColumn: string,
  rows: { label: string; count: number }[],
  texts: ChartTexts,
  language: string,
): DashboardChart {
  const format = (n: number) => chartNumber(n, language);
  return {
    id,
    title,
    empty: rows.every((r) => r.count === 0),
    option: horizontalBars(
      rows.map((r) => r.label),
      rows.map((r) => r.count),
      format,
      NAVY,
    ),
    table: { caption: title, columns: [keyColumn, texts.columns.objects], rows: rows.map((r) => ({ cells: [r.label, format(r.count)] })) },
    height: barsHeight(rows.length),
  };
}

function label<K extends string>(names: Record<K, string>, key: string): string {
  return (names as Record<string, string>)[key] ?? key;
}

function topChart(
  id: 'topByImpact' | 'topByBreadth',
  objects: readonly DashboardTopObject[],
  texts: ChartTexts,
  language: string,
): DashboardChart {
  const title = texts.titles[id];
  const measure =
    id === 'topByImpact' ? (o: DashboardTopObject) => o.impact.extraCostSekPerYear : (o: DashboardTopObject) => o.organizationCount;
  const format = (n: number) => chartNumber(n, language);
  const cells = (o: DashboardTopObject) => [
    o.name,
    format(o.impact.extraCostSekPerYear),
    chartNumber(o.impact.delayHoursPerWeek, language, 1),
    format(o.impact.freightTonnesPerYear),
    format(o.organizationCount),
  ];
  return {
    id,
    title,
    empty: objects.length === 0,
    option: horizontalBars(
      objects.map((o) => o.name),
      objects.map(measure),
      format,
      id === 'topByImpact' ? AMBER : NAVY,
    ),
    table: {
      caption: title,
      columns: [texts.columns.object, texts.columns.sek, texts.columns.hours, texts.columns.tonnes, texts.columns.organizations],
      rows: objects.map((o) => ({ cells: cells(o), objectId: o.id })),
    },
    height: barsHeight(objects.length),
  };
}

function reportsChart(months: readonly DashboardMonthCount[], texts: ChartTexts, language: string): DashboardChart {
  const title = texts.titles.reportsPerMonth;
  const labels = months.map((m) => monthLabel(m.month, language));
  const format = (n: number) => chartNumber(n, language);
  return {
    id: 'reportsPerMonth',
    title,
    empty: months.every((m) => m.count === 0),
    option: {
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: INK },
      grid: { left: 8, right: 16, top: 16, bottom: 8 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
      xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true }, axisLabel: { color: MUTED, hideOverlap: true } },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: MUTED, formatter: (v: number) => format(v) },
        splitLine: { lineStyle: { color: LINE } },
      },
      series: [{ type: 'bar', data: months.map((m) => m.count), itemStyle: { color: NAVY }, barMaxWidth: 18 }],
    },
    table: {
      caption: title,
      columns: [texts.columns.month, texts.columns.reports],
      rows: months.map((m, i) => ({ cells: [labels[i], format(m.count)] })),
    },
    height: 280,
  };
}

/** Every chart of the dashboard, in the order the page and a paper show them. */
export function dashboardCharts(data: DashboardData, language: string): DashboardChart[] {
  const texts = chartTexts(language);
  const counts = (list: readonly DashboardCount[], names: Record<string, string>) =>
    list.map((c) => ({ label: label(names, c.key), count: c.count }));
  return [
    countChart('status', texts.titles.status, texts.columns.status, counts(data.byStatus, texts.statuses), texts, language),
    countChart(
      'planningStage',
      texts.titles.planningStage,
      texts.columns.planningStage,
      counts(data.byPlanningStage, texts.planningStages),
      texts,
      language,
    ),
    countChart('kind', texts.titles.kind, texts.columns.kind, counts(data.byKind, texts.kinds), texts, language),
    countChart(
      'municipality',
      texts.titles.municipality,
      texts.columns.municipality,
      data.byMunicipality.map((m) => ({ label: municipalityLabel(m, texts), count: m.count })),
      texts,
      language,
    ),
    reportsChart(data.reportsPerMonth, texts, language),
    topChart('topByImpact', data.topByImpact, texts, language),
    topChart('topByBreadth', data.topByBreadth, texts, language),
  ];
}
