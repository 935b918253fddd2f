import { isOpenStatus } from '@flaskhals/shared';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { MapObject } from '../model/mapObject';
import { KindSwatch, StatusBadge } from './badges';

interface ObjectRowProps {
  object: MapObject;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One object in the list: a button that selects it. */
function ObjectRowView({ object, selected, onSelect }: ObjectRowProps) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className={`object-row${selected ? ' object-row--selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(object.id)}
      >
        <KindSwatch kind={object.kind} open={isOpenStatus(object.status)} />
        <span className="object-row__body">
          <span className="object-row__name">{object.name}</span>
          <span className="object-row__meta">
            {t(`kinds.${object.kind}`)} · {t('list.organizations', { count: object.organizationCount })}
          </span>
          {object.municipality && <span className="object-row__place">{object.municipality}</span>}
        </span>
        <StatusBadge status={object.status} />
      </button>
    </li>
  );
}

/** Whether a row shows the same as before: every answer brings new objects, mostly unchanged. */
export function sameRow(before: ObjectRowProps, after: ObjectRowProps): boolean {
  const a = before.object;
  const b = after.object;
  return (
    before.selected === after.selected &&
    before.onSelect === after.onSelect &&
    a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.status === b.status &&
    a.organizationCount === b.organizationCount &&
    a.municipality === b.municipality
  );
}

/**
 * Memoised: after a pan most rows show the same objects, and re-rendering 50 rows with their
 * translations took 15-30 ms of the frame in which the answer came. A new language still
 * re-renders every row (useTranslation).
 */
export const ObjectRow = memo(ObjectRowView, sameRow);
