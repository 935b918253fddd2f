/** Chart definitions both the web (screen) and the server (SVG for papers) draw with ECharts. */
export * from './chartTexts';
export * from './dashboardCharts';
export * from './priorityCharts';
