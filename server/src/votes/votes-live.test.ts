import type { Client } from 'graphql-ws';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLResponse, type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { connectLive } from '../../test/live-client';
import { sleep } from '../../test/processes';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
const sockets: Client[] = [];

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'rostlive', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await flaskhals.stop();
});

const LIVE = `subscription($m: ID!) { meetingChanged(meetingId: $m) { id updatedAt
  voteRounds { id status ballotCount results { ballots rows { objectName total } } } } }`;

async function ok<T = any>(pending: Promise<GraphQLResponse<T>>): Promise<T> {
  const res = await pending;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Follows the meeting as the given client and keeps every state it is sent. */
async function follow(cookie: string | null, meetingId: string) {
  const socket = await connectLive(flaskhals.url, { cookie });
  sockets.push(socket);
  const states: any[] = [];
  socket.subscribe<{ meetingChanged: any }>(
    { query: LIVE, variables: { m: meetingId } },
    { next: (r) => r.data?.meetingChanged && states.push(r.data.meetingChanged), error: () => undefined, complete: () => undefined },
  );
  const until = async (match: (state: any) => boolean, timeoutMs = 3_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = states.find(match);
      if (found) return found;
      if (Date.now() > end) throw new Error(`No matching state: ${JSON.stringify(states)}`);
      await sleep(10);
    }
  };
  return { states, until };
}

async function roundIn(resultsMode: 'HIDDEN' | 'LIVE') {
  const report = await ok(a.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(a, {}, { name: `Livehamnen ${resultsMode}` }) }));
  const objectId = report.reportBottleneck.object.id as string;
  const meeting = await ok(
    a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
      a: a.arena.id,
      i: { title: 'Röstmöte', startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T11:00:00+01:00', place: 'Köping' },
    }),
  );
  const meetingId = meeting.createMeeting.id as string;
  const item = await ok(
    a.asStaff.graphql(`mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`, {
      m: meetingId,
      i: { title: 'Prioritering', durationMinutes: 20, objectIds: [objectId] },
    }),
  );
  await ok(a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId }));
  const round = await ok(
    a.asStaff.graphql(`mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { id } }`, {
      i: { itemId: item.addAgendaItem.agenda[0].id, title: 'Driva hamnen?', method: 'DOT', resultsMode },
    }),
  );
  const roundId = round.createVoteRound.id as string;
  await ok(a.asStaff.graphql(`mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: OPEN) { id } }`, { r: roundId }));
  const cast = (i: number, value: number) =>
    ok(
      a.asMember[i].graphql(
        `mutation($r: ID!, $o: ID!, $e: [BallotEntryInput!]!) { castBallot(roundId: $r, organizationId: $o, entries: $e) { id } }`,
        { r: roundId, o: a.members[i].id, e: [{ objectId, value }] },
      ),
    );
  return { meetingId, roundId, cast };
}

describe('vote rounds in the live state of a meeting', () => {
  it('carry the tally to everyone following as each ballot is cast, when staff chose LIVE', async () => {
    const { meetingId, roundId, cast } = await roundIn('LIVE');
    const first = await follow(a.asMember[0].cookie, meetingId);
    const second = await follow(a.asMember[1].cookie, meetingId);
    await cast(0, 4);
    await cast(1, 6);
    for (const follower of [first, second]) {
      const state = await follower.until((s) => s.voteRounds[0]?.ballotCount === 2);
      expect(state.voteRounds[0].results.rows).toEqual([{ objectName: 'Livehamnen LIVE', total: 10 }]);
    }
    await ok(a.asStaff.graphql(`mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: CLOSED) { id } }`, { r: roundId }));
    await second.until((s) => s.voteRounds[0]?.status === 'CLOSED');
  });

  it('never carry a hidden tally before the round closes, though the count of ballots moves', async () => {
    const { meetingId, roundId, cast } = await roundIn('HIDDEN');
    const member = await follow(a.asMember[1].cookie, meetingId);
    const staff = await follow(a.asStaff.cookie, meetingId);
    await cast(0, 7);
    await member.until((s) => s.voteRounds[0]?.ballotCount === 1);
    await staff.until((s) => s.voteRounds[0]?.ballotCount === 1);
    expect([...member.states, ...staff.states].every((s) => s.voteRounds.every((r: any) => r.results === null))).toBe(true);
    await ok(a.asStaff.graphql(`mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: CLOSED) { id } }`, { r: roundId }));
    const closed = await member.until((s) => s.voteRounds[0]?.status === 'CLOSED');
    expect(closed.voteRounds[0].results.rows).toEqual([{ objectName: 'Livehamnen HIDDEN', total: 7 }]);
  });
});
