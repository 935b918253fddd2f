import './comments.css';

import { type ArenaRole, can } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { usePaged } from '../ui/graphql';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { ObjectCommentsQuery } from './operations';

const PAGE = 20;
const NO_COMMENTS = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** The discussion of an object in its detail: comments oldest first ("Visa fler"), and the form for those who may write. */
export function Discussion({ objectId, role }: { objectId: string; role: ArenaRole | null }) {
  const { t } = useTranslation();
  // The object can vanish for the reader (its last report withdrawn, a sign-out): then there is nothing to list.
  const comments = usePaged(ObjectCommentsQuery, { id: objectId, first: PAGE }, (r) => r.object?.comments ?? NO_COMMENTS, {});
  const mayComment = can(role, 'comment');
  const mayModerate = can(role, 'triage');
  return (
    <section className="object-detail__section discussion" aria-labelledby="discussion-title">
      <h3 id="discussion-title">
        {t('discussion.title')}
        {comments.loaded && ` (${comments.totalCount})`}
      </h3>
      {comments.error && !comments.loaded ? (
        <div className="notice notice--error" role="alert">
          <p>{t('discussion.error')}</p>
          <button type="button" className="button button--small" onClick={() => void comments.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      ) : !comments.loaded ? (
        <p className="muted" role="status">
          {t('discussion.loading')}
        </p>
      ) : comments.nodes.length === 0 ? (
        <p className="muted">{t('discussion.empty')}</p>
      ) : (
        <ol className="comments">
          {comments.nodes.map((comment) => (
            <CommentItem key={comment.id} comment={comment} objectId={objectId} mayModerate={mayModerate} onChanged={comments.refetch} />
          ))}
        </ol>
      )}
      {comments.hasMore && (
        <div className="form-actions">
          <button type="button" className="button button--small" disabled={comments.loadingMore} onClick={() => void comments.loadMore()}>
            {comments.loadingMore ? t('discussion.loadingMore') : t('discussion.showMore')}
          </button>
        </div>
      )}
      {comments.moreError && (
        <p className="field__error" role="alert">
          {t('discussion.moreError')}
        </p>
      )}
      {mayComment ? (
        <CommentForm objectId={objectId} onPosted={comments.refetch} />
      ) : (
        !role && <p className="muted small">{t('discussion.signInToComment')}</p>
      )}
    </section>
  );
}
