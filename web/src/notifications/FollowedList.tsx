import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { objectPath } from './describe';
import { FollowedObjectsQuery, UnfollowMutation } from './operations';

const PAGE = 25;

/** What I follow, newest first, each with a link to it on its map and a way to stop following. */
export function FollowedList() {
  const { t } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const followed = useQuery(FollowedObjectsQuery, { first });
  const [unfollow] = useMutation(UnfollowMutation);
  const [error, setError] = useState<string>();
  const page = followed.data?.followedObjects;

  const stop = async (objectId: string) => {
    setError(undefined);
    try {
      await unfollow({ objectId });
      await followed.refetch();
    } catch (cause) {
      setError(describeRequestFailure(t, cause));
    }
  };

  return (
    <section className="page__card" aria-labelledby="followed-title">
      <h2 id="followed-title">
        {t('notifications.followed.title')}
        {page ? ` (${page.totalCount})` : ''}
      </h2>
      {!page && followed.loading && <p className="muted">{t('app.loading')}</p>}
      {!page && followed.error && (
        <div className="notice notice--error" role="alert">
          <p>{t('app.loadError')}</p>
          <button type="button" className="button" onClick={() => void followed.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {page?.edges.length === 0 && <p className="muted">{t('notifications.followed.none')}</p>}
      {page && page.edges.length > 0 && (
        <ul className="area-alerts">
          {page.edges.map(({ node }) => (
            <li key={node.object.id}>
              <Link to={objectPath(node.object)}>{node.object.name}</Link>
              <span className="muted">{node.object.arenaName}</span>
              <button type="button" className="button button--small" onClick={() => void stop(node.object.id)}>
                {t('notifications.unfollow')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button button--small" disabled={followed.loading} onClick={() => setFirst((n) => n + PAGE)}>
          {t('notifications.more')}
        </button>
      )}
    </section>
  );
}
