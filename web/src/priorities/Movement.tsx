import { useTranslation } from 'react-i18next';

import type { PriorityMovement } from '../gql/graphql';

/** "↑3", "↓2", "ny", "ut" or "–", with the words for screen readers ("upp 3 platser"). */
export function Movement({ movement, steps }: { movement: PriorityMovement | null | undefined; steps: number }) {
  const { t } = useTranslation();
  if (!movement) return null;
  return (
    <span className={`priority-move priority-move--${movement.toLowerCase()}`} title={t(`priorities.moves.${movement}_long`, { steps })}>
      <span aria-hidden="true">{t(`priorities.moves.${movement}`, { steps })}</span>
      <span className="visually-hidden">{t(`priorities.moves.${movement}_long`, { steps })}</span>
    </span>
  );
}
