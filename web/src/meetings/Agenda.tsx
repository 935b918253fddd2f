import { DndContext, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { StatusBadge } from '../ui/badges/StatusBadge';
import { describeRequestFailure } from '../ui/graphql/errors';
import { agendaAnnouncements, agendaCollision, agendaInstructions, useAgendaSensors } from './agendaDragAndDrop';
import { formatClock } from './meetingTime';
import { agendaItemElementId } from './useLiveMeeting';

type Item = MeetingFieldsFragment['agenda'][number];

export interface AgendaActions {
  onEdit: (item: Item) => void;
  onMove: (item: Item, direction: 'UP' | 'DOWN') => Promise<unknown>;
  /** A new order of one level: the main items (parentId null) or the sub-items of one item. */
  onReorder: (parentId: string | null, itemIds: string[]) => Promise<unknown>;
  onRemove: (item: Item) => Promise<unknown>;
}

interface AgendaProps {
  meeting: MeetingFieldsFragment;
  arenaSlug: string;
  /** Staff of a meeting that can still change: drag, move, edit and remove each item. */
  actions?: AgendaActions;
  /** What the meeting recorded under each item (minutes, decisions), shown below it. */
  records?: (item: Item) => ReactNode;
  /** Live mode: the item staff present now, highlighted. */
  presentedItemId?: string | null;
}

/** What every row needs from the agenda around it. */
interface RowContext {
  items: readonly Item[];
  arenaSlug: string;
  actions?: AgendaActions;
  records?: (item: Item) => ReactNode;
  presentedItemId?: string | null;
  busy: boolean;
  confirming: string | null;
  setConfirming: (id: string | null) => void;
  run: (action: () => Promise<unknown>) => Promise<void>;
  reorder: (parentId: string | null, itemIds: string[]) => void;
}

/**
 * The agenda in reading order, with numbers, planned times and the objects each item is about.
 * Staff reorder it by dragging an item's handle (mouse, touch or keyboard) or with the up and down
 * buttons; sub-items move within their item, and an item takes its sub-items along.
 */
export function Agenda({ meeting, arenaSlug, actions, records, presentedItemId }: AgendaProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The dropped order, shown until the server answers (so the item does not jump back meanwhile).
  const [pending, setPending] = useState<{ basis: readonly Item[]; order: string[] } | null>(null);
  const items = pending && pending.basis === meeting.agenda ? inOrder(meeting.agenda, pending.order) : meeting.agenda;
  if (items.length === 0) return <p className="muted">{t(actions ? 'meetings.agenda.emptyStaff' : 'meetings.agenda.empty')}</p>;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
    } catch (cause) {
      setFailure(describeRequestFailure(t, cause));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const reorder = (parentId: string | null, itemIds: string[]) => {
    if (!actions) return;
    const others = meeting.agenda.filter((i) => i.parentId !== parentId).map((i) => i.id);
    setPending({ basis: meeting.agenda, order: [...itemIds, ...others] });
    void run(() => actions.onReorder(parentId, itemIds));
  };
  const context: RowContext = { items, arenaSlug, actions, records, presentedItemId, busy, confirming, setConfirming, run, reorder };
  const last = items.filter((i) => !i.parentId).at(-1);
  return (
    <>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {actions && <p className="muted agenda__hint">{t('meetings.agenda.drag.hint')}</p>}
      <SortableLevel parentId={null} label={t('meetings.agenda.title')} context={context} />
      {last && <p className="muted">{t('meetings.agenda.ends', { time: formatClock(last.plannedEnd, i18n.language) })}</p>}
    </>
  );
}

/** The agenda's items in the given order of ids (a level's new order first, then the rest as they were). */
function inOrder(agenda: readonly Item[], order: string[]): Item[] {
  const rank = new Map(order.map((id, n) => [id, n]));
  return [...agenda].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/** One level of the agenda as its own drag-and-drop area: items never leave their level. */
function SortableLevel({ parentId, label, context }: { parentId: string | null; label: string; context: RowContext }) {
  const { t } = useTranslation();
  const sensors = useAgendaSensors();
  const siblings = context.items.filter((i) => i.parentId === parentId);
  const ids = siblings.map((s) => s.id);
  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    context.reorder(parentId, arrayMove(ids, from, to));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={agendaCollision}
      onDragEnd={dropped}
      accessibility={{ announcements: agendaAnnouncements(t, siblings), screenReaderInstructions: agendaInstructions(t) }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!context.actions || context.busy}>
        <ol className={parentId ? 'agenda agenda--sub' : 'agenda'} aria-label={label}>
          {siblings.map((item, index) => (
            <AgendaRow key={item.id} item={item} index={index} count={siblings.length} context={context} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function AgendaRow({ item, index, count, context }: { item: Item; index: number; count: number; context: RowContext }) {
  const { t, i18n } = useTranslation();
  const { actions, busy, confirming, setConfirming, run, records, arenaSlug, presentedItemId } = context;
  const presented = item.id === presentedItemId;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const style: CSSProperties = {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
  };
  const subs = context.items.filter((i) => i.parentId === item.id);
  // The item's own content is one element and its sub-items a list beside it (not inside), so the
  // whole group moves when dragged while a look-up of one item never finds its sub-items' content.
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'agenda__group agenda__group--dragging' : 'agenda__group'}>
      <div
        id={agendaItemElementId(item.id)}
        aria-current={presented ? 'step' : undefined}
        className={`${item.parentId ? 'agenda__item agenda__item--sub' : 'agenda__item'}${presented ? ' agenda__item--presented' : ''}`}
        data-item-id={item.id}
      >
        <div className="agenda__head">
          {actions && (
            <button
              type="button"
              ref={setActivatorNodeRef}
              className="agenda__handle"
              {...attributes}
              {...listeners}
              aria-label={t('meetings.agenda.drag.handle', { number: item.number, title: item.title })}
            >
              ⠿
            </button>
          )}
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
              disabled={busy || index === count - 1}
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
                withSubs: subs.length ? t('meetings.agenda.withSubs') : '',
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
      </div>
      {subs.length > 0 && (
        <SortableLevel parentId={item.id} label={t('meetings.agenda.subsOf', { number: item.number })} context={context} />
      )}
    </li>
  );
}
