/** What the notifications feature (following, the bell, e-mail settings, area alerts, the Atom feed link) offers the app. */
import './notifications.css';

import { registerTranslations } from '../ui/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';

registerTranslations({ sv, en });

export { AREA_ALERTS_PATH, AreaAlertsPage } from './AreaAlertsPage';
export { EmailSettings } from './EmailSettings';
export { FeedLink, feedPath } from './FeedLink';
export { FollowButton } from './FollowButton';
export { NotificationBell } from './NotificationBell';
