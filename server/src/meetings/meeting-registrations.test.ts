import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'anmalan', ['Hamnbolaget AB', 'Åkeriet AB', 'Stålverket AB']);
});
afterAll(() => flaskhals.stop());

const SUMMARY = `registration { registered waiting open myPlace myWaitingPosition } registrants { name waitingPosition }`;
const REGISTER = `mutation($m: ID!) { registerForMeeting(meetingId: $m) { ${SUMMARY} } }`;
const CANCEL = `mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { ${SUMMARY} } }`;
const READ = `query($m: ID!) { meeting(id: $m) { ${SUMMARY} } }`;

async function meeting(capacity: number | null, daysAhead = 14) {
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  const res = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: {
      title: 'Anmälningsmöte',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
      place: 'Västerås',
      capacity,
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createMeeting.id as string;
}

const fieldErrors = (res: { errors?: any[] }) =>
  (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`).sort();

it('gives the first registrations the seats, puts the rest on the waiting list, and moves it up when someone cancels', async () => {
  const id = await meeting(2);
  const [first, second, third] = a.asMember;
  await first.graphql(REGISTER, { m: id });
  await second.graphql(REGISTER, { m: id });
  const waiting = await third.graphql(REGISTER, { m: id });
  expect(waiting.data!.registerForMeeting.registration).toEqual({
    registered: 2,
    waiting: 1,
    open: true,
    myPlace: 3,
    myWaitingPosition: 1,
  });
  // Again: nothing changes.
  expect((await third.graphql(REGISTER, { m: id })).data!.registerForMeeting.registration.myPlace).toBe(3);

  const staffView = await a.asStaff.graphql(READ, { m: id });
  expect(staffView.data!.meeting.registrants.map((r: any) => r.waitingPosition)).toEqual([null, null, 1]);
  expect((await first.graphql(READ, { m: id })).data!.meeting.registrants).toEqual([]);

  await first.graphql(CANCEL, { m: id });
  const movedUp = await third.graphql(READ, { m: id });
  expect(movedUp.data!.meeting.registration).toEqual({ registered: 2, waiting: 0, open: true, myPlace: 2, myWaitingPosition: null });
  expect((await first.graphql(READ, { m: id })).data!.meeting.registration.myPlace).toBeNull();
});

it('counts everyone with a seat when the seats are not limited, and refuses a visitor, another arena and a meeting that began', async () => {
  const id = await meeting(null);
  await a.asObserver.graphql(REGISTER, { m: id });
  const res = await a.asMember[0].graphql(REGISTER, { m: id });
  expect(res.data!.registerForMeeting.registration).toMatchObject({ registered: 2, waiting: 0, myWaitingPosition: null });
  expect((await flaskhals.client(null).graphql(REGISTER, { m: id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  expect(fieldErrors(await a.asOutsider.graphql(REGISTER, { m: id }))).toEqual(['meetingId:notFound']);

  const started = await meeting(10);
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: started });
  expect(fieldErrors(await a.asMember[0].graphql(REGISTER, { m: started }))).toEqual(['meetingId:registrationClosed']);
});
