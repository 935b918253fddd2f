/**
 * ECharts with only what the rank chart draws (lines on a grid, tooltips, a legend, SVG). Loaded
 * lazily (RankChart is imported with React.lazy), so the map's bundle does not carry it.
 */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
