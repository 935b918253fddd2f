import { type ArenaFixture, createArena, newObjectReport, point, REPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals({ env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
  a = await createArena(flaskhals, 'prioriteringar', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(() => flaskhals.stop());

const LIST = `entries { rank inPlan object { id name } }`;
const WORKING = `query($a: ID) { workingPriorityList(arenaId: $a) { size ${LIST} } }`;
const PROPOSE = `mutation($a: ID!, $n: Int, $r: String) { proposePriorityList(arenaId: $a, size: $n, reason: $r) { size ${LIST} } }`;
const EDIT = `mutation($i: EditPriorityListInput!) { editPriorityList(input: $i) { ${LIST} } }`;
const CHANGES = `query($a: ID) { priorityListChanges(arenaId: $a, first: 10) { totalCount edges { node { kind fromRank toRank reason changedByName object { name } } } } }`;
const VERSION_FIELDS = `number itemNumber meetingTitle previousNumber decisionId
  entries { rank movement steps inPlan object { id name totalImpact { extraCostSekPerYear } } } out { rank movement object { id name } }`;
const ADOPTED = `query($a: ID, $s: String) { adoptedPriorityList(arenaId: $a, arenaSlug: $s) { ${VERSION_FIELDS} } }`;
const VERSIONS = `query($a: ID) { adoptedPriorityLists(arenaId: $a, first: 10) { totalCount edges { node { number entries { movement object { name } } } } } }`;
const DECIDE = `mutation($i: DecisionInput!) { recordDecision(input: $i) { decisions { id kind data retractedAt } } }`;
const RETRACT = `mutation($id: ID!, $r: String!) { retractDecision(decisionId: $id, reason: $r) { id } }`;
const RANKS = `query($id: ID!) { object(id: $id) { priorityRanks { versionNumber rank } } }`;

const fieldErrors = (res: { errors?: any[] }) =>
  (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`).sort();
const names = (list: { entries: { object: { name: string } | null }[] }) => list.entries.map((e) => e.object?.name ?? null);

async function newObject(name: string, extraCost: number, visibility = 'MEMBERS', client: GraphQLClient = a.asMember[0]): Promise<string> {
  const input = newObjectReport(
    a,
    { visibility, impact: { delayHoursPerWeek: 0, extraCostSekPerYear: extraCost, freightTonnesPerYear: 0 } },
    { name, kind: 'ROAD', geometry: point(16 + Math.random(), 59.5) },
  );
  const res = await client.graphql(REPORT_MUTATION, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id;
}

async function heldMeetingItem(): Promise<string> {
  const created = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: { title: 'Nätverksmöte mars', startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T12:00:00+01:00', place: 'Västerås' },
  });
  const meetingId = created.data!.createMeeting.id;
  const items = await a.asStaff.graphql(
    `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Prioriteringslistan", durationMinutes: 20 }) { agenda { id } } }`,
    { m: meetingId },
  );
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
  return items.data!.addAgendaItem.agenda[0].id;
}

async function adopt(): Promise<{ id: string; data: any }> {
  const res = await a.asStaff.graphql(DECIDE, {
    i: { itemId: await heldMeetingItem(), kind: 'ADOPT_PRIORITY_LIST', text: 'Listan antas.' },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.recordDecision.decisions.at(-1);
}

const edit = (input: Record<string, unknown>) => a.asStaff.graphql(EDIT, { i: { arenaId: a.arena.id, ...input } });

let big: string, middle: string, small: string, tiny: string, hidden: string;

describe('the priority list', () => {
  it('is empty to begin with; adopting an empty list is refused and records no decision', async () => {
    expect((await a.asStaff.graphql(WORKING, { a: a.arena.id })).data!.workingPriorityList).toEqual({ size: 20, entries: [] });
    const itemId = await heldMeetingItem();
    const res = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'ADOPT_PRIORITY_LIST' } });
    expect(fieldErrors(res)).toEqual(['kind:emptyPriorityList']);
    expect((await flaskhals.db.query(`SELECT count(*)::int AS n FROM meeting_decision WHERE item_id = $1`, [itemId]))[0].n).toBe(0);
    expect((await flaskhals.graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList).toBeNull();
  });

  it('is proposed by staff from the score ranking: the top N active objects, N kept for the next time', async () => {
    big = await newObject('Stora flaskhalsen', 9_000_000, 'PUBLIC');
    middle = await newObject('Mellanflaskhalsen', 900_000, 'PUBLIC');
    small = await newObject('Lilla flaskhalsen', 90_000, 'PUBLIC');
    tiny = await newObject('Pyttelilla flaskhalsen', 9_000, 'PUBLIC');
    hidden = await newObject('Hemliga flaskhalsen', 5_000_000);
    const refused = await a.asMember[0].graphql(PROPOSE, { a: a.arena.id, n: 3 });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const res = await a.asStaff.graphql(PROPOSE, { a: a.arena.id, n: 3, r: 'Inför mötet' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.proposePriorityList.size).toBe(3);
    expect(names(res.data!.proposePriorityList)).toEqual(['Stora flaskhalsen', 'Hemliga flaskhalsen', 'Mellanflaskhalsen']);
    expect(fieldErrors(await a.asStaff.graphql(PROPOSE, { a: a.arena.id, n: 101 }))).toEqual(['size:tooLarge']);
    // Members read the working list; visitors do not.
    expect(names((await a.asMember[1].graphql(WORKING, { a: a.arena.id })).data!.workingPriorityList)).toHaveLength(3);
    expect((await flaskhals.graphql(WORKING, { a: a.arena.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('changes one object at a time, each with a reason, and keeps who, when and why', async () => {
    const noReason = await edit({ edit: 'MOVE', objectId: middle, toRank: 1, reason: '  ' });
    expect(fieldErrors(noReason)).toEqual(['reason:required']);
    const moved = await edit({ edit: 'MOVE', objectId: middle, toRank: 1, reason: 'Hamnens utbyggnad gör den akut' });
    expect(names(moved.data!.editPriorityList)).toEqual(['Mellanflaskhalsen', 'Stora flaskhalsen', 'Hemliga flaskhalsen']);
    expect(fieldErrors(await edit({ edit: 'ADD', objectId: middle, reason: 'Igen' }))).toEqual(['objectId:alreadyOnList']);
    expect(fieldErrors(await edit({ edit: 'REMOVE', objectId: tiny, reason: 'Finns inte' }))).toEqual(['objectId:notOnList']);
    await edit({ edit: 'ADD', objectId: small, reason: 'Kommunen lyfter den' });
    const changes = (await a.asMember[0].graphql(CHANGES, { a: a.arena.id })).data!.priorityListChanges;
    expect(changes.totalCount).toBe(3);
    expect(changes.edges.map((e: any) => e.node)).toEqual([
      {
        kind: 'ADDED',
        fromRank: null,
        toRank: 4,
        reason: 'Kommunen lyfter den',
        changedByName: 'kansli',
        object: { name: 'Lilla flaskhalsen' },
      },
      {
        kind: 'MOVED',
        fromRank: 3,
        toRank: 1,
        reason: 'Hamnens utbyggnad gör den akut',
        changedByName: 'kansli',
        object: { name: 'Mellanflaskhalsen' },
      },
      { kind: 'PROPOSED', fromRank: null, toRank: 3, reason: 'Inför mötet', changedByName: 'kansli', object: null },
    ]);
  });

  it('is adopted by a meeting decision as version 1, in the decision’s transaction; every object is new', async () => {
    const decision = await adopt();
    expect(decision).toMatchObject({ kind: 'ADOPT_PRIORITY_LIST', data: { versionNumber: 1, objectCount: 4 } });
    const version = (await a.asMember[0].graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList;
    expect(version).toMatchObject({
      number: 1,
      itemNumber: '1',
      meetingTitle: 'Nätverksmöte mars',
      previousNumber: null,
      decisionId: decision.id,
    });
    expect(version.entries.map((e: any) => e.movement)).toEqual(['NEW', 'NEW', 'NEW', 'NEW']);
    // A later change to the working list does not touch the adopted version.
    await edit({ edit: 'REMOVE', objectId: big, reason: 'Åtgärdad' });
    expect(names((await a.asMember[0].graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList)).toHaveLength(4);
  });

  it('shows each object’s movement since the previous adopted version: up, down, new and out', async () => {
    await edit({ edit: 'ADD', objectId: tiny, toRank: 1, reason: 'Ny kunskap' });
    await edit({ edit: 'MOVE', objectId: small, toRank: 2, reason: 'Viktigare nu' });
    // Working list: tiny, small, middle, hidden (big removed).
    await adopt();
    const version = (await a.asStaff.graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList;
    expect(version.number).toBe(2);
    expect(version.previousNumber).toBe(1);
    expect(version.entries.map((e: any) => [e.rank, e.object.name, e.movement, e.steps])).toEqual([
      [1, 'Pyttelilla flaskhalsen', 'NEW', 0],
      [2, 'Lilla flaskhalsen', 'UP', 2],
      [3, 'Mellanflaskhalsen', 'DOWN', 2],
      [4, 'Hemliga flaskhalsen', 'DOWN', 1],
    ]);
    expect(version.out).toEqual([{ rank: 2, movement: 'OUT', object: { id: big, name: 'Stora flaskhalsen' } }]);
    const ranks = (await a.asMember[0].graphql(RANKS, { id: small })).data!.object.priorityRanks;
    expect(ranks).toEqual([
      { versionNumber: 1, rank: 4 },
      { versionNumber: 2, rank: 2 },
    ]);
    const versions = (await a.asMember[0].graphql(VERSIONS, { a: a.arena.id })).data!.adoptedPriorityLists;
    expect(versions.totalCount).toBe(2);
    expect(versions.edges[1].node.entries.map((e: any) => e.movement)).toEqual(['NEW', 'NEW', 'NEW', 'NEW']);
  });

  it('a retracted adoption withdraws its version: the previous one is current again, and its number is not reused', async () => {
    await edit({ edit: 'MOVE', objectId: hidden, toRank: 1, reason: 'Försök' });
    const mistaken = await adopt();
    expect(mistaken.data.versionNumber).toBe(3);
    const retracted = await a.asStaff.graphql(RETRACT, { id: mistaken.id, r: 'Fel lista antogs' });
    expect(retracted.errors).toBeUndefined();
    expect((await a.asMember[0].graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList.number).toBe(2);
    const next = await adopt();
    expect(next.data.versionNumber).toBe(4);
    const version = (await a.asMember[0].graphql(ADOPTED, { a: a.arena.id })).data!.adoptedPriorityList;
    expect(version.previousNumber).toBe(2);
    expect(version.entries[0]).toMatchObject({ movement: 'UP', steps: 3, object: { id: hidden } });
  });

  it('is public without signing in, found by the arena’s slug: no unpublished object and no figure but the public ones', async () => {
    // A members-only report on a published object adds a figure visitors must not see.
    const res = await a.asMember[1].graphql(REPORT_MUTATION, {
      input: {
        ...newObjectReport(a, { impact: { delayHoursPerWeek: 0, extraCostSekPerYear: 700_000, freightTonnesPerYear: 0 } }),
        newObject: undefined,
        objectId: small,
      },
    });
    expect(res.errors).toBeUndefined();
    const seenByMember = (await a.asMember[0].graphql(ADOPTED, { s: a.arena.slug })).data!.adoptedPriorityList;
    const visitor = await flaskhals.graphql(ADOPTED, { s: a.arena.slug });
    expect(visitor.errors).toBeUndefined();
    const seen = visitor.data!.adoptedPriorityList;
    expect(seen.entries).toHaveLength(seenByMember.entries.length);
    // The object without a public report keeps its place, but nothing of it is shown.
    const secret = seen.entries.find((e: any) => e.rank === 1);
    expect(secret.object).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Hemliga flaskhalsen');
    const memberSmall = seenByMember.entries.find((e: any) => e.object?.id === small);
    const visitorSmall = seen.entries.find((e: any) => e.object?.id === small);
    expect(memberSmall.object.totalImpact.extraCostSekPerYear).toBe(790_000);
    expect(visitorSmall.object.totalImpact.extraCostSekPerYear).toBe(90_000);
    expect(JSON.stringify(seen)).not.toContain('790000');
    expect(fieldErrors(await flaskhals.graphql(ADOPTED, { s: 'finns-inte' }))).toEqual(['arenaSlug:notFound']);
  });

  it('lets other websites frame the widget, and only the widget', async () => {
    const widget = await fetch(`${flaskhals.url}/inbaddning/prioriteringar?arena=${a.arena.slug}`, { headers: { accept: 'text/html' } });
    expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(widget.headers.get('x-frame-options')).toBeNull();
    const app = await fetch(`${flaskhals.url}/prioriteringar`, { headers: { accept: 'text/html' } });
    expect(app.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(app.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('is proposed from scores and votes: the latest closed vote orders the objects it was about, in their places', async () => {
    const voted = ['Stora flaskhalsen', 'Lilla flaskhalsen'];
    const before = names((await a.asStaff.graphql(PROPOSE, { a: a.arena.id, n: 100, r: 'Före omröstningen' })).data!.proposePriorityList);
    // The vote goes against the scores: the one they placed lower gets the most points, so the two swap places.
    const [first, second] = voted.map((n) => before.indexOf(n)).sort((x, y) => x - y);
    expect(first).toBeGreaterThanOrEqual(0);
    const [higher, lower] = [before[first], before[second]];
    const expected = [...before];
    [expected[first], expected[second]] = [lower, higher];
    const id = (name: string | null) => (name === 'Stora flaskhalsen' ? big : small);

    // The meeting votes on the big and the small one only.
    const meeting = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
      a: a.arena.id,
      i: { title: 'Omröstningsmöte', startsAt: '2027-04-22T09:00:00+02:00', endsAt: '2027-04-22T12:00:00+02:00', place: 'Västerås' },
    });
    const meetingId = meeting.data!.createMeeting.id;
    const item = await a.asStaff.graphql(
      `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`,
      { m: meetingId, i: { title: 'Omröstning', durationMinutes: 20, objectIds: [big, small] } },
    );
    await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
    const created = await a.asStaff.graphql(`mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { id } }`, {
      i: { itemId: item.data!.addAgendaItem.agenda[0].id, title: 'Vilken först?', method: 'DOT', resultsMode: 'HIDDEN' },
    });
    const roundId = created.data!.createVoteRound.id;
    const status = `mutation($r: ID!, $s: VoteRoundStatus!) { changeVoteRoundStatus(roundId: $r, status: $s) { status } }`;
    await a.asStaff.graphql(status, { r: roundId, s: 'OPEN' });
    const cast = await a.asMember[0].graphql(
      `mutation($r: ID!, $o: ID!, $e: [BallotEntryInput!]!) { castBallot(roundId: $r, organizationId: $o, entries: $e) { ballotCount } }`,
      {
        r: roundId,
        o: a.members[0].id,
        e: [
          { objectId: id(higher), value: 2 },
          { objectId: id(lower), value: 8 },
        ],
      },
    );
    expect(cast.errors).toBeUndefined();
    // An open round does not count yet.
    const open = await a.asStaff.graphql(PROPOSE, { a: a.arena.id, n: 100, r: 'Under omröstningen' });
    expect(names(open.data!.proposePriorityList)).toEqual(before);

    await a.asStaff.graphql(status, { r: roundId, s: 'CLOSED' });
    const after = await a.asStaff.graphql(PROPOSE, { a: a.arena.id, n: 100, r: 'Efter omröstningen' });
    // The voted two in the vote's order, in the places the scores gave them; every other object stays.
    expect(names(after.data!.proposePriorityList)).toEqual(expected);
  });
});
