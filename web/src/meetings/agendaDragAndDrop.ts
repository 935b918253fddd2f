import {
  type Announcements,
  closestCenter,
  type CollisionDetection,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { TFunction } from 'i18next';

interface Numbered {
  id: string;
  number: string;
  title: string;
}

/**
 * Mouse, touch and keyboard for one level of the agenda. The pointer must move a few pixels
 * before a drag begins, so a click on the handle stays a click; the keyboard picks an item up
 * with Space or Enter, moves it with the arrow keys and drops it with Space or Enter (Escape cancels).
 */
export function useAgendaSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

/**
 * The item a drop lands on: the one under the pointer (items with sub-items are tall, and the
 * nearest centre would often be a neighbour's), else the nearest centre (the keyboard has no pointer).
 */
export const agendaCollision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length ? under : closestCenter(args);
};

/** What a screen reader hears while an item is dragged, in the reader's language. */
export function agendaAnnouncements(t: TFunction, siblings: readonly Numbered[]): Announcements {
  const named = (id: UniqueIdentifier) => {
    const item = siblings.find((s) => s.id === id);
    return { number: item?.number ?? '', title: item?.title ?? '' };
  };
  const place = (id: UniqueIdentifier) => ({ place: siblings.findIndex((s) => s.id === id) + 1, count: siblings.length });
  return {
    onDragStart: ({ active }) => t('meetings.agenda.drag.start', { ...named(active.id), ...place(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('meetings.agenda.drag.over', { ...named(active.id), ...place(over.id) })
        : t('meetings.agenda.drag.nowhere', named(active.id)),
    onDragEnd: ({ active, over }) =>
      over
        ? t('meetings.agenda.drag.end', { ...named(active.id), ...place(over.id) })
        : t('meetings.agenda.drag.cancel', { ...named(active.id), ...place(active.id) }),
    onDragCancel: ({ active }) => t('meetings.agenda.drag.cancel', { ...named(active.id), ...place(active.id) }),
  };
}

export function agendaInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('meetings.agenda.drag.instructions') };
}
