import { isOpenStatus, type ObjectStatus } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

/** An object's status as a badge; closed statuses (resolved, dismissed, inactive, duplicate) muted. Shared by every feature that lists objects. */
export function StatusBadge({ status }: { status: ObjectStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--status status--${status.toLowerCase()}${isOpenStatus(status) ? '' : ' badge--closed'}`}>
      {t(`statuses.${status}`)}
    </span>
  );
}
