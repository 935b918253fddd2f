import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';

/**
 * An ECharts option drawn to an SVG document on the server, without a DOM (ECharts' server-side
 * rendering): the position papers put the dashboard's charts (shared/src/charts) on paper with it,
 * the same definitions the web draws on screen.
 */
export function renderChartSvg(option: EChartsOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
