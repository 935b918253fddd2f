/**
 * ECharts with only what the dashboard draws (bars on a grid, tooltips, the SVG renderer): about a
 * third of the full library. The page that imports this is loaded lazily, so the map's bundle does
 * not carry it.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
