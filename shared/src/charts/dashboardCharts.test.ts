import { chartNumber, dashboardCharts, monthLabel } from './dashboardCharts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const data = {
  byStatus: [
    { key: 'REPORTED', count: 12500 },
    { key: 'RESOLVED', count: 0 },
  ],
  byPlanningStage: [{ key: 'IN_REGIONAL_PLAN', count: 3 }],
  byKind: [{ key: 'WATERWAY', count: 2 }],
  byMunicipality: [
    { code: '1980', name: 'Västerås', bucket: 'MUNICIPALITY' as const, count: 5 },
    { code: null, name: null, bucket: 'OTHERS' as const, count: 7 },
  ],
  reportsPerMonth: [{ month: '2026-01', count: 4 }],
  topByImpact: [
    {
      id: 'o1',
      name: 'Hamnen',
      kind: 'PORT',
      organizationCount: 3,
      impact: { delayHoursPerWeek: 1.25, extraCostSekPerYear: 1500000, freightTonnesPerYear: 20 },
    },
  ],
  topByBreadth: [],
};

it('turns the numbers into charts and tables with Swedish words and Swedish number format', () => {
  const charts = Object.fromEntries(dashboardCharts(data, 'sv').map((c) => [c.id, c]));
  expect(charts.status.table.rows.map((r) => r.cells.map(plain))).toEqual([
    ['Rapporterad', '12 500'],
    ['Åtgärdad', '0'],
  ]);
  expect(charts.planningStage.table.rows[0].cells).toEqual(['I länsplanen', '3']);
  expect(charts.kind.table.rows[0].cells).toEqual(['Farled eller sluss', '2']);
  expect(charts.municipality.table.rows.map((r) => r.cells[0])).toEqual(['Västerås', 'Övriga kommuner']);
  expect(charts.reportsPerMonth.table.rows[0].cells).toEqual(['jan. 2026', '4']);
  expect(charts.topByImpact.table.rows[0].objectId).toBe('o1');
  expect(charts.topByImpact.table.rows[0].cells.map(plain)).toEqual(['Hamnen', '1 500 000', '1,3', '20', '3']);
  // The option draws the same labels and values as the table.
  expect(charts.status.option).toMatchObject({ yAxis: { data: ['Rapporterad', 'Åtgärdad'] }, series: [{ type: 'bar', data: [12500, 0] }] });
  expect(charts.topByBreadth.empty).toBe(true);
  expect(charts.status.empty).toBe(false);
});

it('writes English when asked', () => {
  const [status] = dashboardCharts(data, 'en');
  expect(status.title).toBe('Objects by status');
  expect(status.table.rows[0].cells).toEqual(['Reported', '12,500']);
  expect(monthLabel('2026-03', 'en')).toBe('Mar 2026');
  expect(plain(chartNumber(2.25, 'sv', 1))).toBe('2,3');
});
