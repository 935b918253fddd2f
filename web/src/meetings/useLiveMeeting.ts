import type { MeetingChangedSubscription, MeetingFieldsFragment } from '../gql/graphql';
import { useSubscription } from '../ui/graphql';
import { MeetingChangedSubscription as MeetingChanged } from './operations';

export type LiveMeetingState = MeetingChangedSubscription['meetingChanged'];

/**
 * Follows a meeting: the server sends its current state at once (also after a reconnect, when
 * the socket re-subscribes) and again after every change, from any instance. `error` is set when
 * the live connection could not be made or was refused; the page still works, without following.
 */
export function useLiveMeeting(meetingId: string, skip = false) {
  const { data, error } = useSubscription(MeetingChanged, { meetingId }, { skip: skip || !meetingId });
  const live = data?.meetingChanged.id === meetingId ? data.meetingChanged : undefined;
  return { live, error };
}

/**
 * The page's meeting with the live state laid over it when that is at least as new: live mode
 * sends what everyone sees; the reader's own fields (their registration) stay from the page's read.
 */
export function withLiveState(
  meeting: MeetingFieldsFragment | undefined,
  live: LiveMeetingState | undefined,
): MeetingFieldsFragment | undefined {
  if (!meeting || !live || live.id !== meeting.id) return meeting;
  if (Date.parse(live.updatedAt) < Date.parse(meeting.updatedAt)) return meeting;
  return { ...meeting, ...live };
}

/** Whether the reader asked their system for less motion: then the page jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The id of an agenda item's element on the meeting page (Agenda), to bring the presented item into view. */
export const agendaItemElementId = (itemId: string) => `agenda-item-${itemId}`;

/** The projector view of a meeting (ProjectorPage), opened from the meeting's live bar. */
export const projectorPath = (meetingId: string) => `/moten/${meetingId}/projektor`;
