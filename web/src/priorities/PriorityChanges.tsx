import { useTranslation } from 'react-i18next';

import { formatDate } from '../ui/format/numbers';
import { usePaged } from '../ui/graphql';
import { LoadError, LoadingLine, ShowMore } from '../ui/layout/states';
import { PriorityListChangesQuery } from './operations';

/** Every change of the working list, newest first, with who, when and why ("Visa fler" for older ones). */
export function PriorityChanges({ arenaId }: { arenaId: string }) {
  const { t, i18n } = useTranslation();
  const changes = usePaged(PriorityListChangesQuery, { arenaId }, (r) => r.priorityListChanges);
  return (
    <div className="priority-changes">
      <h3>{t('priorities.changes.title')}</h3>
      {changes.error && !changes.loaded ? (
        <LoadError onRetry={() => void changes.refetch()} />
      ) : !changes.loaded ? (
        <LoadingLine />
      ) : changes.nodes.length === 0 ? (
        <p className="muted">{t('priorities.changes.empty')}</p>
      ) : (
        <ul>
          {changes.nodes.map((c) => (
            <li key={c.id}>
              <span>{t(`priorities.changes.${c.kind}`, { name: c.object?.name ?? '', from: c.fromRank, to: c.toRank })}</span>
              {c.reason && <span className="priority-changes__reason"> — {c.reason}</span>}
              <span className="muted">
                {' '}
                ({t('priorities.changes.by', { who: c.changedByName ?? '–', when: formatDate(c.changedAt, i18n.language) })})
              </span>
            </li>
          ))}
        </ul>
      )}
      <ShowMore hasMore={changes.hasMore} loading={changes.loadingMore} onMore={() => void changes.loadMore()} />
    </div>
  );
}
