import { type ArenaRole, can } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation, useQuery } from '../ui/graphql';
import { FollowMutation, FollowStateQuery, UnfollowMutation } from './operations';

interface FollowButtonProps {
  objectId: string;
  /** The reader's role in the object's arena: members, staff and admins may follow. */
  role: ArenaRole | null;
}

/** "Följ" / "Följer" on an object: a toggle button (aria-pressed), offered to those who may follow. */
export function FollowButton({ objectId, role }: FollowButtonProps) {
  const { t } = useTranslation();
  const allowed = can(role, 'comment');
  const state = useQuery(FollowStateQuery, { id: objectId }, { skip: !allowed });
  const [follow, following] = useMutation(FollowMutation);
  const [unfollow, unfollowing] = useMutation(UnfollowMutation);
  const [changed, setChanged] = useState<{ id: string; followed: boolean }>();
  const [failed, setFailed] = useState(false);
  if (!allowed) return null;
  const followed = changed?.id === objectId ? changed.followed : (state.data?.object?.followedByMe ?? false);
  const busy = following.fetching || unfollowing.fetching || (state.loading && !state.data);

  const toggle = async () => {
    setFailed(false);
    try {
      const data = followed ? (await unfollow({ objectId })).unfollowObject : (await follow({ objectId })).followObject;
      setChanged({ id: objectId, followed: data.followedByMe });
    } catch {
      setFailed(true);
    }
  };

  return (
    <span className="follow-button">
      <button
        type="button"
        className={`button button--small${followed ? ' button--primary' : ''}`}
        aria-pressed={followed}
        title={t('notifications.followHint')}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {followed ? `✓ ${t('notifications.following')}` : t('notifications.follow')}
      </button>
      {failed && (
        <span className="field__error" role="alert">
          {t('notifications.followError')}
        </span>
      )}
    </span>
  );
}
