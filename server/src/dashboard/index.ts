/** What this feature offers the others; they import it from here, never another file inside. */
export { renderChartSvg } from './chart-svg';
export { DashboardModule } from './dashboard.module';
export { DashboardService } from './dashboard.service';
