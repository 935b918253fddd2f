import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PriorityEntryPartsFragment } from '../gql/graphql';
import { Movement } from './Movement';

interface PriorityTableProps {
  entries: readonly PriorityEntryPartsFragment[];
  out?: readonly PriorityEntryPartsFragment[];
  /** Where an object's name leads (the map with the object open); none in the widget's small table. */
  objectHref?: (objectId: string) => string;
  caption: string;
  compact?: boolean;
}

/** An adopted list in rank order: place, object, movement since the previous version, in plan. Objects out follow. */
export function PriorityTable({ entries, out = [], objectHref, caption, compact }: PriorityTableProps) {
  const { t } = useTranslation();
  const name = (entry: PriorityEntryPartsFragment) =>
    entry.object ? (
      objectHref ? (
        <Link to={objectHref(entry.object.id)}>{entry.object.name}</Link>
      ) : (
        entry.object.name
      )
    ) : (
      <span className="muted">{t('priorities.hidden')}</span>
    );
  return (
    <table className={compact ? 'priority-table priority-table--compact' : 'priority-table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('priorities.rank')}</th>
          <th scope="col">{t('priorities.object')}</th>
          <th scope="col">{t('priorities.movement')}</th>
          <th scope="col">{t('priorities.inPlan')}</th>
          {!compact && <th scope="col">{t('priorities.stage')}</th>}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.rank}>
            <td className="priority-table__rank">{entry.rank}</td>
            <th scope="row">{name(entry)}</th>
            <td>
              <Movement movement={entry.movement} steps={entry.steps} />
            </td>
            <td>{entry.object ? (entry.inPlan ? t('priorities.inPlanYes') : t('priorities.inPlanNo')) : ''}</td>
            {!compact && <td>{entry.object ? t(`planningStages.${entry.object.planningStage}`) : ''}</td>}
          </tr>
        ))}
        {out.map((entry, i) => (
          <tr key={`out-${entry.object?.id ?? i}`} className="priority-table__out">
            <td className="priority-table__rank" title={t('priorities.out')}>
              ({entry.rank})
            </td>
            <th scope="row">{name(entry)}</th>
            <td>
              <Movement movement="OUT" steps={0} />
            </td>
            <td>{entry.object ? (entry.inPlan ? t('priorities.inPlanYes') : t('priorities.inPlanNo')) : ''}</td>
            {!compact && <td>{entry.object ? t(`planningStages.${entry.object.planningStage}`) : ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
