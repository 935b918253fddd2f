import type { MeetingFieldsFragment } from '../gql/graphql';
import { type LiveMeetingState, withLiveState } from './useLiveMeeting';

const meeting = {
  id: 'm1',
  status: 'IN_PROGRESS',
  updatedAt: '2027-02-22T09:10:00.000Z',
  presentedItemId: null,
  decisions: [],
  registration: { registered: 3, waiting: 0, open: false, myPlace: 2, myWaitingPosition: null },
} as unknown as MeetingFieldsFragment;

const live = (updatedAt: string, extra: Partial<LiveMeetingState> = {}) =>
  ({ id: 'm1', status: 'IN_PROGRESS', updatedAt, presentedItemId: 'item-3', decisions: [{ id: 'd1' }], ...extra }) as LiveMeetingState;

describe('withLiveState', () => {
  it('lays a newer live state over the page’s meeting and keeps the reader’s own registration', () => {
    const shown = withLiveState(meeting, live('2027-02-22T09:11:00.000Z'))!;
    expect(shown.presentedItemId).toBe('item-3');
    expect(shown.decisions).toHaveLength(1);
    expect(shown.registration.myPlace).toBe(2);
  });

  it('keeps the page’s meeting when the live state is older (a change answered after the last event) or of another meeting', () => {
    expect(withLiveState(meeting, live('2027-02-22T09:09:00.000Z'))).toBe(meeting);
    expect(withLiveState(meeting, live('2027-02-22T09:11:00.000Z', { id: 'm2' }))).toBe(meeting);
    expect(withLiveState(meeting, undefined)).toBe(meeting);
    expect(withLiveState(undefined, live('2027-02-22T09:11:00.000Z'))).toBeUndefined();
  });
});
