import './dashboard.css';

/** The dashboard (/oversikt): its header link, and its page, loaded only when opened (ECharts is in it). */
import { lazy } from 'react';

import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { DASHBOARD_PATH, DashboardLink } from './DashboardLink';
export const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
