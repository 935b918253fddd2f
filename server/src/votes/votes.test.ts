import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'rostning', ['Hamnbolaget AB', 'Åkeriet AB', 'Terminalen AB']);
});
afterAll(() => flaskhals.stop());

const ROUND = `id status method resultsMode ballotCount objects { id name } weights { organizationId weight }
  proxies { fromOrganizationId toOrganizationId } results { ballots weight rows { objectId objectName total average rank } }`;
const CREATE = `mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { ${ROUND} } }`;
const STATUS = `mutation($r: ID!, $s: VoteRoundStatus!) { changeVoteRoundStatus(roundId: $r, status: $s) { ${ROUND} } }`;
const CAST = `mutation($r: ID!, $o: ID!, $e: [BallotEntryInput!]!) { castBallot(roundId: $r, organizationId: $o, entries: $e) { ${ROUND} } }`;
const WEIGHT = `mutation($r: ID!, $o: ID!, $w: Float!) { setVoteWeight(roundId: $r, organizationId: $o, weight: $w) { ${ROUND} } }`;
const PROXY = `mutation($r: ID!, $f: ID!, $t: ID) { setVoteProxy(roundId: $r, fromOrganizationId: $f, toOrganizationId: $t) { ${ROUND} } }`;
const READ = `query($id: ID!) { voteRound(id: $id) { ${ROUND} myBallots { organizationId castByName castByOrganizationName entries { objectId value } } } }`;

const fieldErrors = (res: { errors?: any[] }) =>
  (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`).sort();

async function newObject(name: string): Promise<string> {
  const res = await a.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(a, {}, { name }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id;
}

let objects: string[] = [];

/** A meeting in progress with an item about three objects, and a round on it (opened unless told). */
async function round(method: 'DOT' | 'SCORE' | 'RANKED', extra: Record<string, unknown> = {}, open = true) {
  if (!objects.length) objects = [await newObject('Hamnen'), await newObject('Bron'), await newObject('Vägen')];
  const meeting = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: { title: 'Prioriteringsmöte', startsAt: '2027-02-22T09:00:00+01:00', endsAt: '2027-02-22T12:00:00+01:00', place: 'Västerås' },
  });
  const meetingId = meeting.data!.createMeeting.id;
  const item = await a.asStaff.graphql(
    `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`,
    {
      m: meetingId,
      i: { title: 'Prioritering', durationMinutes: 30, objectIds: objects },
    },
  );
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
  const created = await a.asStaff.graphql(CREATE, {
    i: { itemId: item.data!.addAgendaItem.agenda[0].id, title: 'Vilka ska vi driva?', method, resultsMode: 'LIVE', ...extra },
  });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createVoteRound.id as string;
  if (open) await a.asStaff.graphql(STATUS, { r: id, s: 'OPEN' });
  return { id, meetingId };
}

const dots = (values: number[]) => values.map((value, i) => ({ objectId: objects[i], value }));
const totals = (res: { data?: any }, field = 'castBallot') =>
  Object.fromEntries(res.data![field].results.rows.map((r: any) => [r.objectName, r.total]));

describe('vote rounds', () => {
  it("default to the item's objects and 10 points; the point cap and the per-object cap name the field and write nothing", async () => {
    const { id } = await round('DOT', { maxPointsPerObject: 6 });
    const read = await a.asMember[0].graphql(READ, { id });
    expect(read.data!.voteRound.objects.map((o: any) => o.name)).toEqual(['Hamnen', 'Bron', 'Vägen']);
    const over = await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: dots([6, 5, 0]) });
    expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrors(over)).toEqual(['entries:overPointCap']);
    expect(fieldErrors(await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: dots([7, 0, 0]) }))).toEqual([
      'entries.0.value:overObjectCap',
    ]);
    expect((await a.asMember[0].graphql(READ, { id })).data!.voteRound.ballotCount).toBe(0);
  });

  it('one ballot per organization: a second ballot replaces the first, and its people see who cast it', async () => {
    const { id } = await round('DOT');
    await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: dots([10, 0, 0]) });
    const changed = await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: dots([2, 8, 0]) });
    expect(changed.data!.castBallot.ballotCount).toBe(1);
    expect(totals(changed)).toEqual({ Hamnen: 2, Bron: 8, Vägen: 0 });
    const mine = (await a.asMember[0].graphql(READ, { id })).data!.voteRound.myBallots;
    expect(mine).toEqual([expect.objectContaining({ organizationId: a.members[0].id, castByName: 'medlem0' })]);
    // Another organization's person sees no ballot of the first one's, only their own (none yet).
    expect((await a.asMember[1].graphql(READ, { id })).data!.voteRound.myBallots).toEqual([]);
  });

  it('a concurrent double submit counts once', async () => {
    const { id } = await round('DOT');
    const submits = await Promise.all(
      Array.from({ length: 6 }, (_, i) => a.asMember[1].graphql(CAST, { r: id, o: a.members[1].id, e: dots([i % 2 ? 10 : 5, 0, 0]) })),
    );
    expect(submits.every((s) => !s.errors)).toBe(true);
    const read = (await a.asStaff.graphql(READ, { id })).data!.voteRound;
    expect(read.ballotCount).toBe(1);
    expect(read.results.ballots).toBe(1);
    const [{ n }] = await flaskhals.db.query(`SELECT count(*)::int AS n FROM vote_ballot WHERE round_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('only people of the arena’s member organizations with a voting role cast, and only their own ballot', async () => {
    const { id } = await round('DOT');
    expect(fieldErrors(await a.asMember[0].graphql(CAST, { r: id, o: a.members[1].id, e: dots([1, 0, 0]) }))).toEqual([
      'organizationId:noVoteForOrganization',
    ]);
    expect(fieldErrors(await a.asMember[0].graphql(CAST, { r: id, o: a.outsider.id, e: dots([1, 0, 0]) }))).toEqual([
      'organizationId:noVoteForOrganization',
    ]);
    expect((await a.asObserver.graphql(CAST, { r: id, o: a.members[0].id, e: dots([1, 0, 0]) })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await a.asStaff.graphql(CAST, { r: id, o: a.members[0].id, e: dots([1, 0, 0]) })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(fieldErrors(await a.asOutsider.graphql(CAST, { r: id, o: a.outsider.id, e: dots([1, 0, 0]) }))).toEqual(['roundId:notFound']);
  });

  it('no change after the round closes, and a closed round never opens again', async () => {
    const { id } = await round('SCORE');
    const all = (v: number) => objects.map((objectId) => ({ objectId, value: v }));
    await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: all(4) });
    const closed = await a.asStaff.graphql(STATUS, { r: id, s: 'CLOSED' });
    expect(closed.data!.changeVoteRoundStatus.status).toBe('CLOSED');
    expect(fieldErrors(await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: all(1) }))).toEqual(['roundId:voteRoundClosed']);
    expect(fieldErrors(await a.asStaff.graphql(STATUS, { r: id, s: 'OPEN' }))).toEqual(['roundId:voteRoundClosed']);
    expect(fieldErrors(await a.asStaff.graphql(PROXY, { r: id, f: a.members[0].id, t: a.members[1].id }))).toEqual([
      'roundId:voteRoundClosed',
    ]);
    const read = (await a.asMember[2].graphql(READ, { id })).data!.voteRound;
    expect(read.results.rows.map((r: any) => r.average)).toEqual([4, 4, 4]);
  });

  it('hides the results from everyone until the close when staff chose HIDDEN', async () => {
    const { id } = await round('DOT', { resultsMode: 'HIDDEN' });
    const cast = await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: dots([10, 0, 0]) });
    expect(cast.data!.castBallot.results).toBeNull();
    for (const client of [a.asMember[1], a.asObserver, a.asStaff])
      expect((await client.graphql(READ, { id })).data!.voteRound.results).toBeNull();
    const closed = await a.asStaff.graphql(STATUS, { r: id, s: 'CLOSED' });
    expect(totals(closed, 'changeVoteRoundStatus')).toEqual({ Hamnen: 10, Bron: 0, Vägen: 0 });
  });

  it('weights set before the round opens multiply a ballot; proxies let another organization cast it (Borda)', async () => {
    const { id } = await round('RANKED', {}, false);
    expect((await a.asStaff.graphql(WEIGHT, { r: id, o: a.members[0].id, w: 2 })).data!.setVoteWeight.weights).toEqual([
      { organizationId: a.members[0].id, weight: 2 },
    ]);
    expect(fieldErrors(await a.asStaff.graphql(WEIGHT, { r: id, o: a.outsider.id, w: 2 }))).toEqual(['organizationId:notMember']);
    await a.asStaff.graphql(STATUS, { r: id, s: 'OPEN' });
    expect(fieldErrors(await a.asStaff.graphql(WEIGHT, { r: id, o: a.members[1].id, w: 3 }))).toEqual(['roundId:voteRoundNotDraft']);
    // Terminalen hands its ballot to Åkeriet while the round is open.
    const proxy = await a.asStaff.graphql(PROXY, { r: id, f: a.members[2].id, t: a.members[1].id });
    expect(proxy.data!.setVoteProxy.proxies).toEqual([{ fromOrganizationId: a.members[2].id, toOrganizationId: a.members[1].id }]);
    expect(fieldErrors(await a.asStaff.graphql(PROXY, { r: id, f: a.members[1].id, t: a.members[0].id }))).toEqual([
      'fromOrganizationId:proxyChain',
    ]);
    const order = (...idx: number[]) => idx.map((i, place) => ({ objectId: objects[i], value: place + 1 }));
    expect(fieldErrors(await a.asMember[2].graphql(CAST, { r: id, o: a.members[2].id, e: order(0, 1, 2) }))).toEqual([
      'organizationId:ballotHandedOver',
    ]);
    // Hamnbolaget (weight 2): Bron > Vägen > Hamnen → Bron 2·2, Vägen 2·1. Åkeriet: Hamnen > Bron > Vägen → Hamnen 2, Bron 1.
    // Terminalen by proxy of Åkeriet: Vägen > Hamnen > Bron → Vägen 2, Hamnen 1. Totals: Bron 5, Vägen 4, Hamnen 3.
    await a.asMember[0].graphql(CAST, { r: id, o: a.members[0].id, e: order(1, 2, 0) });
    await a.asMember[1].graphql(CAST, { r: id, o: a.members[1].id, e: order(0, 1, 2) });
    const last = await a.asMember[1].graphql(CAST, { r: id, o: a.members[2].id, e: order(2, 0, 1) });
    expect(last.errors).toBeUndefined();
    expect(totals(last)).toEqual({ Bron: 5, Vägen: 4, Hamnen: 3 });
    expect(last.data!.castBallot.results.weight).toBe(4);
    const held = (await a.asMember[1].graphql(READ, { id })).data!.voteRound.myBallots;
    expect(held.map((b: any) => [b.organizationId, b.castByOrganizationName])).toEqual(
      expect.arrayContaining([
        [a.members[1].id, 'Åkeriet AB'],
        [a.members[2].id, 'Åkeriet AB'],
      ]),
    );
  });

  it('opens only while the meeting is in progress; a draft never closes without opening', async () => {
    const { id, meetingId } = await round('DOT', {}, false);
    await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CLOSED) { id } }`, { id: meetingId });
    expect(fieldErrors(await a.asStaff.graphql(STATUS, { r: id, s: 'OPEN' }))).toEqual(['roundId:meetingNotInProgress']);
    expect(fieldErrors(await a.asStaff.graphql(STATUS, { r: id, s: 'CLOSED' }))).toEqual(['roundId:voteTransitionNotAllowed']);
  });
});
