import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/badges/StatusBadge';
import { describeRequestFailure } from '../ui/graphql/errors';
import { formatClock } from './meetingTime';
import { agendaItemElementId } from './useLiveMeeting';

type Item = MeetingFieldsFragment['agenda'][number];

export interface AgendaActions {
  onEdit: (item: Item) => void;
  onMove: (item: Item, direction: 'UP' | 'DOWN') => Promise<unknown>;
  onRemove: (item: Item) => Promise<unknown>;
}

interface AgendaProps {
  meeting: MeetingFieldsFragment;
  arenaSlug: string;
  /** Staff of a meeting that can still change: edit, move and remove each item. */
  actions?: AgendaActions;
  /** What the meeting recorded under each item (minutes, decisions), shown below it. */
  records?: (item: Item) => ReactNode;
  /** Live mode: the item staff present now, highlighted. */
  presentedItemId?: string | null;
}

/** The agenda in reading order, with numbers, planned times and the objects each item is about. */
export function Agenda({ meeting, arenaSlug, actions, records, presentedItemId }: AgendaProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const items = meeting.agenda;
  if (items.length === 0) return <p className="muted">{t(actions ? 'meetings.agenda.emptyStaff' : 'meetings.agenda.empty')}</p>;

  const siblingsOf = (item: Item) => items.filter((i) => i.parentId === item.parentId);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
    } catch (cause) {
      setFailure(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
    }
  };
  const last = items.filter((i) => !i.parentId).at(-1);
  return (
    <>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <ol className="agenda" aria-label={t('meetings.agenda.title')}>
        {items.map((item) => {
          const siblings = siblingsOf(item);
          const index = siblings.findIndex((s) => s.id === item.id);
          const hasSubs = items.some((i) => i.parentId === item.id);
          return (
            <li
              key={item.id}
              id={agendaItemElementId(item.id)}
              aria-current={item.id === presentedItemId ? 'step' : undefined}
              className={`${item.parentId ? 'agenda__item agenda__item--sub' : 'agenda__item'}${item.id === presentedItemId ? ' agenda__item--presented' : ''}`}
            >
              <div className="agenda__head">
                <span className="agenda__number">{item.number}.</span>
                <span className="agenda__title">{item.title}</span>
                <span className="agenda__time">
                  <time dateTime={item.plannedStart}>{formatClock(item.plannedStart, i18n.language)}</time> ·{' '}
                  {t('meetings.agenda.minutes', { count: item.durationMinutes })}
                </span>
              </div>
              {item.description && <p className="agenda__description prose">{item.description}</p>}
              {item.objects.length > 0 && (
                <ul className="agenda__objects" aria-label={t('meetings.agenda.objects')}>
                  {item.objects.map((object) => (
                    <li key={object.id}>
                      <Link to={`/?arena=${encodeURIComponent(arenaSlug)}&object=${object.id}`}>{object.name}</Link>{' '}
                      <StatusBadge status={object.status} />
                    </li>
                  ))}
                </ul>
              )}
              {records?.(item)}
              {actions && confirming !== item.id && (
                <div className="agenda__actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy || index === 0}
                    aria-label={t('meetings.agenda.moveUp', { number: item.number })}
                    onClick={() => void run(() => actions.onMove(item, 'UP'))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy || index === siblings.length - 1}
                    aria-label={t('meetings.agenda.moveDown', { number: item.number })}
                    onClick={() => void run(() => actions.onMove(item, 'DOWN'))}
                  >
                    ↓
                  </button>
                  <button type="button" className="button button--small" onClick={() => actions.onEdit(item)}>
                    {t('meetings.edit')}
                    <span className="visually-hidden"> {item.number}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('meetings.agenda.remove', { number: item.number })}
                    onClick={() => setConfirming(item.id)}
                  >
                    ✕
                  </button>
                </div>
              )}
              {actions && confirming === item.id && (
                <div
                  className="notice notice--warning agenda__confirm"
                  role="alertdialog"
                  aria-label={t('meetings.agenda.remove', { number: item.number })}
                >
                  <p>
                    {t('meetings.agenda.removeQuestion', {
                      number: item.number,
                      title: item.title,
                      withSubs: hasSubs ? t('meetings.agenda.withSubs') : '',
                    })}
                  </p>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    disabled={busy}
                    onClick={() => void run(() => actions.onRemove(item)).then(() => setConfirming(null))}
                  >
                    {t('meetings.confirmYes')}
                  </button>{' '}
                  <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                    {t('form.cancel')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {last && <p className="muted">{t('meetings.agenda.ends', { time: formatClock(last.plannedEnd, i18n.language) })}</p>}
    </>
  );
}
