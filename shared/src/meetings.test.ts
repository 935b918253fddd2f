import {
  agendaItemSchema,
  canChangeMeetingStatus,
  meetingDetailsSchema,
  nextMeetingStatuses,
  plannedAgenda,
  stockholmInstant,
  stockholmWallClock,
} from './meetings';
import { validate } from './validation';

const item = (id: string, position: number, durationMinutes: number, parentId: string | null = null) => ({
  id,
  position,
  durationMinutes,
  parentId,
});

describe('the planned agenda', () => {
  it('numbers items and sub-items in reading order and times them from the start (hand-worked)', () => {
    // 09:00 Stockholm in winter is 08:00 UTC.
    const start = new Date('2027-02-22T08:00:00Z');
    const agenda = plannedAgenda(start, [
      item('c', 3, 10),
      item('a', 1, 15),
      item('b2', 2, 20, 'b'),
      item('b', 2, 45),
      item('b1', 1, 10, 'b'),
    ]);
    expect(
      agenda.map((i) => [i.number, i.id, i.plannedStart.toISOString().slice(11, 16), i.plannedEnd.toISOString().slice(11, 16)]),
    ).toEqual([
      ['1', 'a', '08:00', '08:15'],
      ['2', 'b', '08:15', '09:00'],
      ['2.1', 'b1', '08:15', '08:25'],
      ['2.2', 'b2', '08:25', '08:45'],
      ['3', 'c', '09:00', '09:10'],
    ]);
  });

  it('is empty for an empty agenda', () => {
    expect(plannedAgenda(new Date(), [])).toEqual([]);
  });
});

describe('the meeting lifecycle', () => {
  it('goes planned → in progress → closed, or planned → cancelled, and never back', () => {
    expect(canChangeMeetingStatus('PLANNED', 'IN_PROGRESS')).toBe(true);
    expect(canChangeMeetingStatus('IN_PROGRESS', 'CLOSED')).toBe(true);
    expect(canChangeMeetingStatus('PLANNED', 'CANCELLED')).toBe(true);
    expect(canChangeMeetingStatus('IN_PROGRESS', 'CANCELLED')).toBe(false);
    expect(canChangeMeetingStatus('CLOSED', 'PLANNED')).toBe(false);
    expect(nextMeetingStatuses('CANCELLED')).toEqual([]);
  });
});

describe('meeting details', () => {
  const valid = {
    title: 'Nätverksmöte',
    startsAt: '2027-02-22T09:00:00+01:00',
    endsAt: '2027-02-22T12:00:00+01:00',
    place: 'Handelskammaren, Västerås',
  };

  it('accepts a meeting with a place, and one with only an https link', () => {
    expect(validate(meetingDetailsSchema, valid).ok).toBe(true);
    expect(validate(meetingDetailsSchema, { ...valid, place: null, onlineUrl: 'https://meet.example/abc' }).ok).toBe(true);
  });

  it('names the field of each mistake', () => {
    const result = validate(meetingDetailsSchema, {
      ...valid,
      title: ' ',
      endsAt: '2027-02-22T08:00:00+01:00',
      place: '',
      onlineUrl: 'http://meet.example',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'endsAt:endsBeforeStart',
      'onlineUrl:notHttpsUrl',
      'title:required',
    ]);
    const noWhere = validate(meetingDetailsSchema, { ...valid, place: null });
    expect(noWhere.ok ? [] : noWhere.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['place:placeOrLink']);
    const floating = validate(meetingDetailsSchema, { ...valid, startsAt: '2027-02-22T09:00' });
    expect(floating.ok ? [] : floating.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['startsAt:invalidDateTime']);
    const marathon = validate(meetingDetailsSchema, { ...valid, endsAt: '2027-02-23T09:00:00+01:00' });
    expect(marathon.ok ? [] : marathon.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['endsAt:meetingTooLong']);
  });

  it('checks agenda items: a title, a whole non-negative duration, at most 20 objects, each once', () => {
    const ok = validate(agendaItemSchema, { title: 'Hamnens kapacitet', durationMinutes: 20, objectIds: ['x', 'x'] });
    expect(ok.ok && ok.value.objectIds).toEqual(['x']);
    const bad = validate(agendaItemSchema, { title: '', durationMinutes: -5 });
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['durationMinutes:negative', 'title:required']);
  });
});

describe('Swedish time', () => {
  it('turns a Swedish date and time into the right instant in winter and in summer, and back', () => {
    expect(stockholmInstant('2027-01-18', '09:00')).toBe('2027-01-18T09:00:00+01:00');
    expect(stockholmInstant('2027-07-05', '09:00')).toBe('2027-07-05T09:00:00+02:00');
    expect(new Date(stockholmInstant('2027-07-05', '09:00')!).toISOString()).toBe('2027-07-05T07:00:00.000Z');
    expect(stockholmWallClock('2027-01-18T08:00:00Z')).toEqual({ date: '2027-01-18', time: '09:00' });
    expect(stockholmWallClock('2027-07-05T07:00:00Z')).toEqual({ date: '2027-07-05', time: '09:00' });
  });

  it('handles the nights the clocks change, and refuses what is no date or time', () => {
    // 28 March 2027: 02:00 → 03:00; 31 October 2027: 03:00 → 02:00.
    expect(stockholmInstant('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(stockholmInstant('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
    expect(stockholmInstant('2027-10-31', '04:00')).toBe('2027-10-31T04:00:00+01:00');
    expect(stockholmInstant('2027-02-30', '09:00')).toBeNull();
    expect(stockholmInstant('2027-02-22', '25:00')).toBeNull();
    expect(stockholmInstant('22/2', '09:00')).toBeNull();
  });
});
