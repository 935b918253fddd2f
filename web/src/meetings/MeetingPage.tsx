import { can, type MeetingStatus, nextMeetingStatuses } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { PageFrame } from '../ui/layout/PageFrame';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { signInPath, useSession } from '../ui/session';
import { VoteRounds } from '../votes';
import { Agenda } from './Agenda';
import { AgendaItemForm, type AgendaItemValues } from './AgendaItemForm';
import { Attendance } from './Attendance';
import { ItemRecords } from './ItemRecords';
import { LiveItemObjects, LiveMeeting } from './LiveMeeting';
import { MeetingForm } from './MeetingForm';
import { MeetingNotice } from './MeetingNotice';
import { MEETINGS_PATH } from './MeetingsPage';
import { formatMeetingTime } from './meetingTime';
import {
  AddAgendaItemMutation,
  ChangeMeetingStatusMutation,
  MeetingQuery,
  MoveAgendaItemMutation,
  RemoveAgendaItemMutation,
  ReorderAgendaItemsMutation,
  UpdateAgendaItemMutation,
  UpdateMeetingMutation,
} from './operations';
import { isProtocolFrozen, Protocol } from './Protocol';
import { Registration } from './Registration';
import { useLiveMeeting, withLiveState } from './useLiveMeeting';

type Item = MeetingFieldsFragment['agenda'][number];
type Mode = { kind: 'view' } | { kind: 'editMeeting' } | { kind: 'addItem' } | { kind: 'editItem'; item: Item };

/** /moten/:id — a meeting with its agenda; staff plan it here. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const query = useQuery(MeetingQuery, { id });
  const [latest, setLatest] = useState<MeetingFieldsFragment>();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [notice, setNotice] = useState<string>();
  const [updateMeeting] = useMutation(UpdateMeetingMutation);
  const [addItem] = useMutation(AddAgendaItemMutation);
  const [updateItem] = useMutation(UpdateAgendaItemMutation);
  const [moveItem] = useMutation(MoveAgendaItemMutation);
  const [reorderItems] = useMutation(ReorderAgendaItemsMutation);
  const [removeItem] = useMutation(RemoveAgendaItemMutation);
  const following = useLiveMeeting(id, !me);

  if (!me) return <Navigate to={signInPath(location.pathname)} replace />;
  // The answer of the last change is newer than the query's until the query reads again.
  const read = latest?.id === id ? latest : query.data?.meeting?.id === id ? query.data.meeting : undefined;
  const meeting = withLiveState(read, following.live);
  const arena = meeting ? me.arenas.find((a) => a.arena.id === meeting.arenaId) : undefined;
  const staff = Boolean(arena && can(arena.role, 'manageMeetings'));
  const editable = meeting ? meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS' : false;
  // Attendance, minutes and decisions exist once the meeting has begun.
  const held = meeting ? meeting.status === 'IN_PROGRESS' || meeting.status === 'CLOSED' : false;
  const done = (answer: MeetingFieldsFragment, message?: string) => {
    setLatest(answer);
    setMode({ kind: 'view' });
    setNotice(message);
  };
  const saveItem = async (values: AgendaItemValues, item?: Item) => {
    const { parentId, ...input } = values;
    if (item) done((await updateItem({ itemId: item.id, input })).updateAgendaItem, t('meetings.saved'));
    else done((await addItem({ meetingId: id, parentId, input })).addAgendaItem, t('meetings.saved'));
  };

  return (
    <PageFrame title={meeting?.title ?? t('meetings.title')}>
      <p>
        <Link to={arena ? `${MEETINGS_PATH}?arena=${encodeURIComponent(arena.arena.slug)}` : MEETINGS_PATH}>
          ← {t('meetings.backToList')}
        </Link>
      </p>
      <section className="page__card meeting" aria-labelledby="meeting-title">
        {!meeting ? (
          query.error ? (
            <LoadError onRetry={() => void query.refetch()} />
          ) : query.data ? (
            <p className="notice notice--warning" role="alert">
              {t('meetings.notFound')}
            </p>
          ) : (
            <LoadingLine />
          )
        ) : (
          <>
            <header className="meeting__header">
              <h1 id="meeting-title">{meeting.title}</h1>
              <span className={`badge meeting-status meeting-status--${meeting.status.toLowerCase()}`}>
                {t(`meetings.statuses.${meeting.status}`)}
              </span>
            </header>
            {notice && (
              <p className="notice notice--success" role="status">
                {notice}
              </p>
            )}
            {mode.kind === 'editMeeting' ? (
              <MeetingForm
                meeting={meeting}
                onCancel={() => setMode({ kind: 'view' })}
                onSubmit={async (input) => done((await updateMeeting({ id, input })).updateMeeting, t('meetings.saved'))}
              />
            ) : (
              <MeetingFacts meeting={meeting} language={i18n.language} />
            )}
            {staff && mode.kind === 'view' && (
              <div className="meeting__actions">
                {editable && (
                  <button type="button" className="button" onClick={() => setMode({ kind: 'editMeeting' })}>
                    {t('meetings.edit')}
                  </button>
                )}
                <StatusActions meeting={meeting} onChanged={(answer) => done(answer)} />
              </div>
            )}

            {staff && meeting.status === 'PLANNED' && <MeetingNotice meetingId={meeting.id} updatedAt={meeting.updatedAt} />}
            {meeting.status === 'PLANNED' && <Registration meeting={meeting} onChanged={(answer) => done(answer)} />}
            {held && <Attendance meeting={meeting} editable={staff && !isProtocolFrozen(meeting)} onChanged={(answer) => done(answer)} />}
            {meeting.status === 'IN_PROGRESS' && (
              <LiveMeeting meeting={meeting} staff={staff} connectionLost={Boolean(following.error)} onChanged={(answer) => done(answer)} />
            )}
            <h2>{t('meetings.agenda.title')}</h2>
            {mode.kind === 'editItem' ? (
              <AgendaItemForm
                item={mode.item}
                parents={[]}
                onCancel={() => setMode({ kind: 'view' })}
                onSubmit={(v) => saveItem(v, mode.item)}
              />
            ) : (
              <Agenda
                meeting={meeting}
                arenaSlug={arena?.arena.slug ?? ''}
                presentedItemId={meeting.presentedItemId}
                records={
                  held
                    ? (item) => (
                        <>
                          {item.id === meeting.presentedItemId && <LiveItemObjects live={following.live} itemId={item.id} />}
                          <ItemRecords
                            meeting={meeting}
                            item={item}
                            mayWrite={staff && !isProtocolFrozen(meeting)}
                            mayDecide={staff && meeting.status === 'IN_PROGRESS'}
                            onChanged={(answer) => done(answer)}
                          />
                        </>
                      )
                    : undefined
                }
                actions={
                  staff && editable
                    ? {
                        onEdit: (item) => setMode({ kind: 'editItem', item }),
                        onMove: async (item, direction) => done((await moveItem({ itemId: item.id, direction })).moveAgendaItem),
                        onReorder: async (parentId, itemIds) =>
                          done((await reorderItems({ meetingId: meeting.id, parentId, itemIds })).reorderAgendaItems),
                        onRemove: async (item) =>
                          done((await removeItem({ itemId: item.id })).removeAgendaItem, t('meetings.agenda.removed')),
                      }
                    : undefined
                }
              />
            )}
            {staff && !editable && <p className="muted">{t('meetings.agenda.locked')}</p>}
            <VoteRounds
              meeting={meeting}
              items={meeting.agenda}
              staff={staff}
              voter={Boolean(arena && can(arena.role, 'vote'))}
              organization={me.organization}
              live={following.live?.voteRounds}
            />
            <Protocol meeting={meeting} staff={staff} onChanged={(answer) => done(answer)} />
            {staff && editable && mode.kind === 'addItem' && (
              <AgendaItemForm
                parents={meeting.agenda.filter((i) => !i.parentId)}
                onCancel={() => setMode({ kind: 'view' })}
                onSubmit={(v) => saveItem(v)}
              />
            )}
            {staff && editable && mode.kind === 'view' && (
              <button type="button" className="button button--primary" onClick={() => setMode({ kind: 'addItem' })}>
                {t('meetings.agenda.add')}
              </button>
            )}
          </>
        )}
      </section>
    </PageFrame>
  );
}

function MeetingFacts({ meeting, language }: { meeting: MeetingFieldsFragment; language: string }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts meeting__facts">
        <div>
          <dt>{t('meetings.when')}</dt>
          <dd>{formatMeetingTime(meeting.startsAt, meeting.endsAt, language)}</dd>
        </div>
        {meeting.place && (
          <div>
            <dt>{t('meetings.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {meeting.onlineUrl && (
          <div>
            <dt>{t('meetings.online')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {meeting.onlineUrl}
              </a>
            </dd>
          </div>
        )}
        {meeting.capacity && (
          <div>
            <dt>{t('meetings.form.capacity')}</dt>
            <dd>{t('meetings.seats', { count: meeting.capacity })}</dd>
          </div>
        )}
      </dl>
      {meeting.status === 'CANCELLED' && meeting.cancelReason && (
        <p className="notice notice--warning">{t('meetings.cancelledBecause', { reason: meeting.cancelReason })}</p>
      )}
      {meeting.description && <p className="prose">{meeting.description}</p>}
    </>
  );
}

/** Start, close or cancel: each asks first (none can be undone); a cancellation says why. */
function StatusActions({ meeting, onChanged }: { meeting: MeetingFieldsFragment; onChanged: (answer: MeetingFieldsFragment) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<MeetingStatus | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();
  const [change, changing] = useMutation(ChangeMeetingStatusMutation);
  const confirm = async () => {
    if (!asking) return;
    setFailure(undefined);
    try {
      const answer = await change({ id: meeting.id, status: asking, reason: asking === 'CANCELLED' ? reason.trim() || null : null });
      setAsking(null);
      onChanged(answer.changeMeetingStatus);
    } catch (cause) {
      setFailure(describeRequestFailure(t, cause));
    }
  };
  return (
    <>
      {!asking &&
        nextMeetingStatuses(meeting.status).map((status) => (
          <button
            key={status}
            type="button"
            className={status === 'CANCELLED' ? 'button button--danger' : 'button'}
            onClick={() => setAsking(status)}
          >
            {t(`meetings.actions.${status}`)}
          </button>
        ))}
      {asking && (
        <div className="notice notice--warning meeting__confirm" role="alertdialog" aria-label={t(`meetings.actions.${asking}`)}>
          <p>{t(`meetings.confirm.${asking}`)}</p>
          {asking === 'CANCELLED' && (
            <label className="field">
              <span className="field__label">{t('meetings.cancelReason')}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          {failure && (
            <p className="notice notice--error" role="alert">
              {failure}
            </p>
          )}
          <button
            type="button"
            className="button button--primary button--small"
            disabled={changing.fetching}
            onClick={() => void confirm()}
          >
            {t(`meetings.actions.${asking}`)}
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setAsking(null)}>
            {t('form.cancel')}
          </button>
        </div>
      )}
    </>
  );
}
