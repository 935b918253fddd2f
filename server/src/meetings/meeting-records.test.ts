import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'protokoll', ['Hamnbolaget AB', 'Åkeriet AB']);
});
afterAll(() => flaskhals.stop());

const FIELDS = `id status attendees { id name organizationName } agenda { id number minutes }
  decisions { id itemId kind objectId objectName data text retractedAt retractReason }`;
const DECIDE = `mutation($i: DecisionInput!) { recordDecision(input: $i) { ${FIELDS} } }`;
const RETRACT = `mutation($id: ID!, $r: String!) { retractDecision(decisionId: $id, reason: $r) { ${FIELDS} } }`;
const ATTEND = `mutation($m: ID!, $i: AttendeeInput!) { addAttendee(meetingId: $m, input: $i) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $s: MeetingStatus!) { changeMeetingStatus(id: $id, status: $s) { id } }`;
const OBJECT = `query($id: ID!) { object(id: $id) { status planningStage timeline(first: 5) { edges { node { kind data } } } } }`;

const fieldErrors = (res: { errors?: any[] }) =>
  (res.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: any) => `${e.field}:${e.code}`).sort();

async function newObject(name: string): Promise<string> {
  const res = await a.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(a, {}, { name }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportBottleneck.object.id;
}

/** A meeting on 22 Feb 2027 with two items, the second about the given objects; started unless told otherwise. */
async function heldMeeting(objectIds: string[], start = true) {
  const created = await a.asStaff.graphql(`mutation($a: ID!, $i: MeetingInput!) { createMeeting(arenaId: $a, input: $i) { id } }`, {
    a: a.arena.id,
    i: { title: 'Nätverksmöte februari', startsAt: '2027-02-22T09:00:00+01:00', endsAt: '2027-02-22T12:00:00+01:00', place: 'Västerås' },
  });
  const meetingId = created.data!.createMeeting.id;
  const add = (input: Record<string, unknown>) =>
    a.asStaff.graphql(`mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { agenda { id } } }`, {
      m: meetingId,
      i: input,
    });
  await add({ title: 'Öppnande', durationMinutes: 5 });
  const items = (await add({ title: 'Hamnen', durationMinutes: 30, objectIds })).data!.addAgendaItem.agenda;
  if (start) await a.asStaff.graphql(STATUS, { id: meetingId, s: 'IN_PROGRESS' });
  return { meetingId, openingId: items[0].id as string, itemId: items[1].id as string };
}

describe('decisions', () => {
  it('change the object when recorded, and its history names the meeting and the item', async () => {
    const objectId = await newObject('Beslutshamnen');
    const { itemId } = await heldMeeting([objectId]);
    const res = await a.asStaff.graphql(DECIDE, {
      i: { itemId, kind: 'STATUS', objectId, status: 'CONFIRMED', text: 'Mötet bekräftar problemet.' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDecision.decisions).toEqual([
      expect.objectContaining({
        kind: 'STATUS',
        objectName: 'Beslutshamnen',
        data: { from: 'REPORTED', to: 'CONFIRMED' },
        retractedAt: null,
      }),
    ]);
    const object = (await a.asMember[1].graphql(OBJECT, { id: objectId })).data!.object;
    expect(object.status).toBe('CONFIRMED');
    const event = object.timeline.edges[0].node;
    expect(event.kind).toBe('STATUS_CHANGED');
    expect(event.data.decision).toMatchObject({
      meetingTitle: 'Nätverksmöte februari',
      itemNumber: '2',
      meetingStartsAt: '2027-02-22T08:00:00.000Z',
    });

    const stage = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'PLANNING_STAGE', objectId, planningStage: 'IN_REGIONAL_PLAN' } });
    expect(stage.errors).toBeUndefined();
    expect((await a.asStaff.graphql(OBJECT, { id: objectId })).data!.object.planningStage).toBe('IN_REGIONAL_PLAN');
  });

  it('refuse an object not on the item and a transition the workflow refuses, writing nothing', async () => {
    const objectId = await newObject('Vägrad hamn');
    const other = await newObject('Annat objekt');
    const { meetingId, itemId, openingId } = await heldMeeting([objectId]);
    expect(
      fieldErrors(await a.asStaff.graphql(DECIDE, { i: { itemId: openingId, kind: 'STATUS', objectId, status: 'CONFIRMED' } })),
    ).toEqual(['objectId:notOnItem']);
    expect(fieldErrors(await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATUS', objectId: other, status: 'CONFIRMED' } }))).toEqual([
      'objectId:notOnItem',
    ]);
    const refused = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATUS', objectId, status: 'RESOLVED' } });
    expect(fieldErrors(refused)).toEqual(['status:transitionNotAllowed']);
    expect(fieldErrors(await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATEMENT', text: ' ' } }))).toEqual(['text:required']);
    expect(
      (await a.asMember[0].graphql(DECIDE, { i: { itemId, kind: 'STATEMENT', text: 'Medlemmens beslut' } })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const [{ n }] = await flaskhals.db.query(`SELECT count(*)::int AS n FROM meeting_decision WHERE meeting_id = $1`, [meetingId]);
    expect(n).toBe(0);
    expect((await a.asStaff.graphql(OBJECT, { id: objectId })).data!.object.status).toBe('REPORTED');
  });

  it('is one transaction: a failure after the object changed leaves the object as it was', async () => {
    const objectId = await newObject('Halvvägshamnen');
    const { itemId } = await heldMeeting([objectId]);
    await flaskhals.db.query(`CREATE FUNCTION fail_decision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.text = 'FEL' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await flaskhals.db.query(
      `CREATE TRIGGER fail_decision BEFORE INSERT ON meeting_decision FOR EACH ROW EXECUTE FUNCTION fail_decision()`,
    );
    try {
      const res = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATUS', objectId, status: 'CONFIRMED', text: 'FEL' } });
      expect(res.errors).toBeDefined();
    } finally {
      await flaskhals.db.query(`DROP TRIGGER fail_decision ON meeting_decision; DROP FUNCTION fail_decision()`);
    }
    const object = (await a.asStaff.graphql(OBJECT, { id: objectId })).data!.object;
    expect(object.status).toBe('REPORTED');
    expect(object.timeline.edges.map((e: any) => e.node.kind)).not.toContain('STATUS_CHANGED');
  });

  it('are retracted with a reason, putting the object back; not twice, and not once the object changed since', async () => {
    const objectId = await newObject('Ångrad hamn');
    const { itemId } = await heldMeeting([objectId]);
    const decided = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATUS', objectId, status: 'CONFIRMED' } });
    const decisionId = decided.data!.recordDecision.decisions[0].id;
    expect(fieldErrors(await a.asStaff.graphql(RETRACT, { id: decisionId, r: ' ' }))).toEqual(['reason:required']);
    const retracted = await a.asStaff.graphql(RETRACT, { id: decisionId, r: 'Fel objekt' });
    expect(retracted.data!.retractDecision.decisions[0]).toMatchObject({ retractReason: 'Fel objekt', retractedAt: expect.any(String) });
    expect((await a.asStaff.graphql(OBJECT, { id: objectId })).data!.object.status).toBe('REPORTED');
    expect(fieldErrors(await a.asStaff.graphql(RETRACT, { id: decisionId, r: 'Igen' }))).toEqual(['decisionId:alreadyRetracted']);

    const again = await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATUS', objectId, status: 'CONFIRMED' } });
    const second = again.data!.recordDecision.decisions.find((d: any) => !d.retractedAt).id;
    await a.asStaff.graphql(`mutation($i: ChangeObjectStatusInput!) { changeObjectStatus(input: $i) { id } }`, {
      i: { objectIds: [objectId], status: 'PRIORITIZED' },
    });
    expect(fieldErrors(await a.asStaff.graphql(RETRACT, { id: second, r: 'För sent' }))).toEqual(['decisionId:changedSince']);
    expect((await a.asStaff.graphql(OBJECT, { id: objectId })).data!.object.status).toBe('PRIORITIZED');
  });
});

describe('attendance, minutes and action items', () => {
  it('records who attended, the minutes and the action items; decisions only while the meeting is held', async () => {
    const { meetingId, itemId, openingId } = await heldMeeting([], false);
    const memberId = (await a.asMember[1].graphql(`{ me { id } }`)).data!.me.id;
    expect(fieldErrors(await a.asStaff.graphql(ATTEND, { m: meetingId, i: { userId: memberId } }))).toEqual([
      'meetingId:meetingNotInProgress',
    ]);
    await a.asStaff.graphql(STATUS, { id: meetingId, s: 'IN_PROGRESS' });

    await a.asStaff.graphql(ATTEND, { m: meetingId, i: { userId: memberId } });
    const guests = await a.asStaff.graphql(ATTEND, { m: meetingId, i: { name: 'Gäst Exempelsson', organizationName: 'Regionen' } });
    expect(guests.data!.addAttendee.attendees).toEqual([
      expect.objectContaining({ name: 'Gäst Exempelsson', organizationName: 'Regionen' }),
      expect.objectContaining({ organizationName: 'Åkeriet AB' }),
    ]);
    expect(fieldErrors(await a.asStaff.graphql(ATTEND, { m: meetingId, i: { userId: memberId } }))).toEqual(['userId:alreadyAttending']);
    expect(fieldErrors(await a.asStaff.graphql(ATTEND, { m: meetingId, i: {} }))).toEqual(['name:nameOrPerson']);

    const action = await a.asStaff.graphql(DECIDE, {
      i: { itemId, kind: 'ACTION_ITEM', text: 'Kontakta Trafikverket om kajen', owner: 'Kansliet', dueDate: '2027-03-15' },
    });
    expect(action.data!.recordDecision.decisions[0]).toMatchObject({
      kind: 'ACTION_ITEM',
      data: { owner: 'Kansliet', dueDate: '2027-03-15', done: false },
    });
    expect(
      fieldErrors(await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'ACTION_ITEM', text: 'Utan ägare', owner: '', dueDate: '15/3' } })),
    ).toEqual(['dueDate:invalidDate', 'owner:required']);

    await a.asStaff.graphql(STATUS, { id: meetingId, s: 'CLOSED' });
    // The minutes may still be written after closing; decisions may not.
    const minutes = await a.asStaff.graphql(
      `mutation($id: ID!, $m: String!) { setAgendaItemMinutes(itemId: $id, minutes: $m) { ${FIELDS} } }`,
      {
        id: openingId,
        m: 'Ordföranden öppnade mötet. **Justerare:** Gäst Exempelsson.',
      },
    );
    expect(minutes.data!.setAgendaItemMinutes.agenda[0].minutes).toContain('Justerare');
    expect(fieldErrors(await a.asStaff.graphql(DECIDE, { i: { itemId, kind: 'STATEMENT', text: 'För sent' } }))).toEqual([
      'meetingId:meetingNotInProgress',
    ]);
    // Members read all of it.
    const read = await a.asMember[0].graphql(`query($id: ID!) { meeting(id: $id) { ${FIELDS} } }`, { id: meetingId });
    expect(read.data!.meeting.attendees).toHaveLength(2);
    expect(read.data!.meeting.decisions).toHaveLength(1);
  });
});
