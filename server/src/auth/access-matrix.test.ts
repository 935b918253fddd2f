import { randomUUID } from 'node:crypto';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, SUPPORT_MUTATION } from '../../test/fixtures';
import { type GraphQLClient, type GraphQLResponse, type RunningFlaskhals, startFlaskhals } from '../../test/harness';

/**
 * Every mutation and every sensitive query, as every kind of actor: signed out, each role in the
 * arena (own and other organization), a member of another arena, and a user without any role.
 * Each expectation is one generated test, so a hole shows as the exact operation and actor.
 */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'HIDDEN';
const ACTORS = ['anonymous', 'ownMember', 'otherMember', 'staff', 'admin', 'observer', 'otherArenaMember', 'noRole'] as const;
type ActorName = (typeof ACTORS)[number];

let flaskhals: RunningFlaskhals;
let a: ArenaFixture;
let b: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  a = await createArena(flaskhals, 'matrix-a', ['Egna bolaget AB', 'Andra bolaget AB']);
  b = await createArena(flaskhals, 'matrix-b', ['Annan arenas bolag AB']);
});
afterAll(() => flaskhals.stop());

function client(actor: ActorName): GraphQLClient {
  const clients: Record<ActorName, GraphQLClient> = {
    anonymous: flaskhals.client(null),
    ownMember: a.asMember[0],
    otherMember: a.asMember[1],
    staff: a.asStaff,
    admin: a.asAdmin,
    observer: a.asObserver,
    otherArenaMember: b.asMember[0],
    noRole: a.asOutsider,
  };
  return clients[actor];
}

/** A fresh report of the own organization ("ownMember") in arena A, with the given visibility. */
async function ownReport(visibility: 'ORGANIZATION' | 'MEMBERS' | 'PUBLIC' = 'MEMBERS') {
  const res = await a.asMember[0].graphql(REPORT_MUTATION, {
    input: newObjectReport(a, { visibility }, { name: `Matrisobjekt ${randomUUID().slice(0, 8)}` }),
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { reportId: res.data!.reportBottleneck.report.id as string, objectId: res.data!.reportBottleneck.object.id as string };
}

function outcomeOf(res: GraphQLResponse, denied: (data: any) => boolean = () => false): Outcome {
  const error = res.errors?.[0];
  if (error) {
    const code = error.extensions?.code as string;
    if (code === 'BAD_USER_INPUT' && error.extensions?.fieldErrors?.[0]?.code === 'notFound') return 'NOT_FOUND';
    return code as Outcome;
  }
  return denied(res.data) ? 'HIDDEN' : 'ok';
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** A comment by the own organization ("ownMember") on a fresh object of arena A. */
async function ownComment(
  visibility: 'ORGANIZATION' | 'MEMBERS' | 'PUBLIC' = 'MEMBERS',
  objectVisibility: 'MEMBERS' | 'PUBLIC' = 'MEMBERS',
) {
  const { objectId } = await ownReport(objectVisibility);
  const res = await a.asMember[0].graphql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, {
    i: { objectId, body: 'Matriskommentar', visibility },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { objectId, commentId: res.data!.addComment.id as string };
}

/** POST /api/attachments as the client, with the CSRF header; the answer as an outcome of the matrix. */
async function uploadOutcome(c: GraphQLClient, target: { reportId: string }): Promise<Outcome> {
  const form = new FormData();
  form.append('reportId', target.reportId);
  form.append('file', new Blob([new Uint8Array(PDF)]), 'matris.pdf');
  const res = await fetch(`${flaskhals.url}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: { 'x-flaskhals-csrf': '1', ...(c.cookie ? { cookie: c.cookie } : {}) },
  });
  const body = (await res.json()) as { error?: string; fieldErrors?: { code: string }[] };
  if (res.status === 201) return 'ok';
  if (body.fieldErrors?.[0]?.code === 'notFound') return 'NOT_FOUND';
  return (body.error === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : body.error) as Outcome;
}

/** POST /api/imports/objects (a preview: it writes nothing) as the client, with the CSRF header; the answer as an outcome. */
async function importOutcome(c: GraphQLClient): Promise<Outcome> {
  const form = new FormData();
  form.append('arenaId', a.arena.id);
  form.append('file', new Blob(['namn;typ;trafikslag;lon;lat\nMatrishamnen;PORT;SEA;16,5;59,6\n']), 'matris.csv');
  const res = await fetch(`${flaskhals.url}/api/imports/objects`, {
    method: 'POST',
    body: form,
    headers: { 'x-flaskhals-csrf': '1', ...(c.cookie ? { cookie: c.cookie } : {}) },
  });
  return res.status === 200 ? 'ok' : (((await res.json()) as { error: string }).error as Outcome);
}

async function ownAttachment(): Promise<string> {
  const { reportId } = await ownReport();
  const form = new FormData();
  form.append('reportId', reportId);
  form.append('file', new Blob([new Uint8Array(PDF)]), 'egen.pdf');
  const res = await fetch(`${flaskhals.url}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: { 'x-flaskhals-csrf': '1', cookie: a.asMember[0].cookie! },
  });
  return ((await res.json()) as { id: string }).id;
}

const impact = { delayHoursPerWeek: 1, extraCostSekPerYear: 2, freightTonnesPerYear: 3 };
const OBJECT_REPORTS = `query($id: ID!) { object(id: $id) { id reports { edges { node { id impact { extraCostSekPerYear } } } } } }`;

/** The secretariat's work: staff and admins of the arena; members and observers are refused, others signed in too. */
const STAFF_ONLY: Record<ActorName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  ownMember: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
  staff: 'ok',
  admin: 'ok',
  observer: 'FORBIDDEN',
  otherArenaMember: 'FORBIDDEN',
  noRole: 'FORBIDDEN',
};
/** Admins of the arena only: the score's weights. */
const ADMIN_ONLY: Record<ActorName, Outcome> = { ...STAFF_ONLY, staff: 'FORBIDDEN' };
const SCORE_WEIGHTS = ['ECONOMIC_IMPACT', 'BREADTH', 'SEVERITY', 'STRATEGIC_FIT', 'FREIGHT', 'REALISM'].map((criterion) => ({
  criterion,
  weight: 2,
}));

/** A planned meeting of arena A, a week ahead, with one agenda item (made by its staff). */
async function ownMeeting(): Promise<{ meetingId: string; itemId: string }> {
  const start = new Date(Date.now() + 7 * 86_400_000);
  const res = await a.asStaff.graphql(
    `mutation($arenaId: ID!, $input: MeetingInput!) { createMeeting(arenaId: $arenaId, input: $input) { id } }`,
    {
      arenaId: a.arena.id,
      input: {
        title: 'Matrismöte',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        place: 'Västerås',
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const meetingId = res.data!.createMeeting.id as string;
  const item = await a.asStaff.graphql(
    `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Punkt", durationMinutes: 10 }) { agenda { id } } }`,
    {
      m: meetingId,
    },
  );
  if (item.errors) throw new Error(JSON.stringify(item.errors));
  return { meetingId, itemId: item.data!.addAgendaItem.agenda[0].id as string };
}
/** A meeting of arena A in progress, with an item about a fresh object. */
async function heldMeeting(): Promise<{ meetingId: string; itemId: string; objectId: string }> {
  const { meetingId } = await ownMeeting();
  const { objectId } = await ownReport();
  const item = await a.asStaff.graphql(
    `mutation($m: ID!, $o: ID!) { addAgendaItem(meetingId: $m, input: { title: "Objektet", durationMinutes: 10, objectIds: [$o] }) { agenda { id } } }`,
    { m: meetingId, o: objectId },
  );
  await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: IN_PROGRESS) { id } }`, { id: meetingId });
  return { meetingId, itemId: item.data!.addAgendaItem.agenda[1].id as string, objectId };
}
const MEETING_STAFF: Record<ActorName, Outcome> = { ...STAFF_ONLY, otherArenaMember: 'NOT_FOUND', noRole: 'NOT_FOUND' };

/** A vote round (DOT) on the object of a meeting in progress in arena A, opened unless told. */
async function voteRound(open = true): Promise<{ roundId: string; objectId: string }> {
  const { itemId, objectId } = await heldMeeting();
  const res = await a.asStaff.graphql(`mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { id } }`, {
    i: { itemId, title: 'Omröstning', method: 'DOT' },
  });
  const roundId = res.data!.createVoteRound.id as string;
  if (open) await a.asStaff.graphql(`mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: OPEN) { id } }`, { r: roundId });
  return { roundId, objectId };
}
const MEETING_INPUT = { title: 'Ändrat möte', startsAt: '2027-05-10T09:00:00+02:00', endsAt: '2027-05-10T11:00:00+02:00', place: 'Köping' };
const MERGE_OBJECTS = `mutation($input: MergeObjectsInput!) { mergeObjects(input: $input) { merge { id } } }`;
async function twoOwnObjects() {
  return { keptId: (await ownReport()).objectId, duplicateId: (await ownReport()).objectId };
}
const objectPair = (pair: { keptId: string; duplicateId: string }) => ({ k: pair.keptId, d: pair.duplicateId });

/** Operations on one's own things: anyone signed in. */
const SIGNED_IN: Record<ActorName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  ownMember: 'ok',
  otherMember: 'ok',
  staff: 'ok',
  admin: 'ok',
  observer: 'ok',
  otherArenaMember: 'ok',
  noRole: 'ok',
};

const SAVED_VIEW_CONTENT = { lat: 59.6, lng: 16.5, zoom: 9, kinds: ['PORT'] };
/** A saved view of the own member ("ownMember") in arena A, private or shared with the arena. */
async function ownSavedView(shared: boolean): Promise<string> {
  const res = await a.asMember[0].graphql(`mutation($i: SaveViewInput!) { saveView(input: $i) { id } }`, {
    i: { arenaId: a.arena.id, name: `Matrisvy ${randomUUID().slice(0, 8)}`, shared, view: SAVED_VIEW_CONTENT },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.saveView.id;
}
const RENAME_VIEW = `mutation($i: UpdateSavedViewInput!) { updateSavedView(input: $i) { id } }`;
const DELETE_VIEW = `mutation($id: ID!) { deleteSavedView(id: $id) }`;
/** A private view: only its owner; for everyone else it does not exist. */
const VIEW_OWNER_ONLY: Record<ActorName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  ownMember: 'ok',
  otherMember: 'NOT_FOUND',
  staff: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  observer: 'NOT_FOUND',
  otherArenaMember: 'NOT_FOUND',
  noRole: 'NOT_FOUND',
};
/** A shared view: its owner and the arena's staff change it; other roles see it but may not. */
const SHARED_VIEW_EDITORS: Record<ActorName, Outcome> = {
  ...VIEW_OWNER_ONLY,
  otherMember: 'FORBIDDEN',
  staff: 'ok',
  admin: 'ok',
  observer: 'FORBIDDEN',
};

const OPERATIONS: Record<string, { run: (c: GraphQLClient) => Promise<Outcome>; expect: Record<ActorName, Outcome> }> = {
  'reportBottleneck in arena A': {
    run: async (c) => outcomeOf(await c.graphql(REPORT_MUTATION, { input: newObjectReport(a) })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "supportReport on the own organization's members-only report": {
    run: async (c) => outcomeOf(await c.graphql(SUPPORT_MUTATION, { input: { reportId: (await ownReport()).reportId, impact } })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'BAD_USER_INPUT',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'supportReport on a confidential (ORGANIZATION) report, by guessed id': {
    run: async (c) =>
      outcomeOf(await c.graphql(SUPPORT_MUTATION, { input: { reportId: (await ownReport('ORGANIZATION')).reportId, impact } })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'BAD_USER_INPUT',
      otherMember: 'NOT_FOUND',
      staff: 'ok',
      admin: 'ok',
      observer: 'NOT_FOUND',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'updateReport of the own organization': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: UpdateReportInput!) { updateReport(input: $i) { id } }`, {
          i: { reportId: (await ownReport()).reportId, title: 'Ändrad rubrik' },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'withdrawReport of the own organization': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id withdrawnAt } }`, { id: (await ownReport()).reportId }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'withdrawReport of a confidential report, by guessed id': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: (await ownReport('ORGANIZATION')).reportId }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'NOT_FOUND',
      staff: 'ok',
      admin: 'ok',
      observer: 'NOT_FOUND',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'changeObjectStatus of an object in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: ChangeObjectStatusInput!) { changeObjectStatus(input: $i) { id } }`, {
          i: { objectIds: [(await ownReport()).objectId], status: 'CONFIRMED' },
        }),
      ),
    expect: STAFF_ONLY,
  },
  'createMeeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($arenaId: ID!, $input: MeetingInput!) { createMeeting(arenaId: $arenaId, input: $input) { id } }`, {
          arenaId: a.arena.id,
          input: MEETING_INPUT,
        }),
      ),
    expect: STAFF_ONLY,
  },
  'updateMeeting of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`, {
          id: (await ownMeeting()).meetingId,
          input: MEETING_INPUT,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'changeMeetingStatus (cancel) of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CANCELLED) { id } }`, {
          id: (await ownMeeting()).meetingId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'addAgendaItem to a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Ny punkt", durationMinutes: 5 }) { id } }`, {
          m: (await ownMeeting()).meetingId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'updateAgendaItem of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { updateAgendaItem(itemId: $id, input: { title: "Ändrad", durationMinutes: 5 }) { id } }`, {
          id: (await ownMeeting()).itemId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'removeAgendaItem of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($id: ID!) { removeAgendaItem(itemId: $id) { id } }`, { id: (await ownMeeting()).itemId })),
    expect: MEETING_STAFF,
  },
  'moveAgendaItem of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { moveAgendaItem(itemId: $id, direction: DOWN) { id } }`, { id: (await ownMeeting()).itemId }),
      ),
    expect: MEETING_STAFF,
  },
  'reorderAgendaItems of a meeting in arena A': {
    run: async (c) => {
      const { meetingId, itemId } = await ownMeeting();
      return outcomeOf(
        await c.graphql(`mutation($m: ID!, $ids: [ID!]!) { reorderAgendaItems(meetingId: $m, itemIds: $ids) { id } }`, {
          m: meetingId,
          ids: [itemId],
        }),
      );
    },
    expect: MEETING_STAFF,
  },
  'putObjectOnNextMeeting of an object in arena A': {
    run: async (c) => {
      await ownMeeting();
      return outcomeOf(
        await c.graphql(`mutation($id: ID!) { putObjectOnNextMeeting(objectId: $id) { id } }`, { id: (await ownReport()).objectId }),
      );
    },
    expect: MEETING_STAFF,
  },
  'putObjectsOnNextMeeting of objects in arena A': {
    run: async (c) => {
      await ownMeeting();
      const ids = [(await ownReport()).objectId, (await ownReport()).objectId];
      return outcomeOf(await c.graphql(`mutation($ids: [ID!]!) { putObjectsOnNextMeeting(objectIds: $ids) { id } }`, { ids }));
    },
    expect: MEETING_STAFF,
  },
  'addAttendee to a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { addAttendee(meetingId: $m, input: { name: "Gäst" }) { id } }`, {
          m: (await heldMeeting()).meetingId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'removeAttendee of a meeting in arena A': {
    run: async (c) => {
      const { meetingId } = await heldMeeting();
      const added = await a.asStaff.graphql(
        `mutation($m: ID!) { addAttendee(meetingId: $m, input: { name: "Gäst" }) { attendees { id } } }`,
        {
          m: meetingId,
        },
      );
      return outcomeOf(
        await c.graphql(`mutation($id: ID!) { removeAttendee(attendeeId: $id) { id } }`, { id: added.data!.addAttendee.attendees[0].id }),
      );
    },
    expect: MEETING_STAFF,
  },
  'setAgendaItemMinutes of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { setAgendaItemMinutes(itemId: $id, minutes: "Protokollfört") { id } }`, {
          id: (await heldMeeting()).itemId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'recordDecision (status of an object) in a meeting in arena A': {
    run: async (c) => {
      const { itemId, objectId } = await heldMeeting();
      return outcomeOf(
        await c.graphql(`mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }`, {
          i: { itemId, kind: 'STATUS', objectId, status: 'CONFIRMED' },
        }),
      );
    },
    expect: MEETING_STAFF,
  },
  'retractDecision in a meeting in arena A': {
    run: async (c) => {
      const { itemId } = await heldMeeting();
      const decided = await a.asStaff.graphql(`mutation($i: DecisionInput!) { recordDecision(input: $i) { decisions { id } } }`, {
        i: { itemId, kind: 'STATEMENT', text: 'Beslut' },
      });
      return outcomeOf(
        await c.graphql(`mutation($id: ID!) { retractDecision(decisionId: $id, reason: "Fel") { id } }`, {
          id: decided.data!.recordDecision.decisions[0].id,
        }),
      );
    },
    expect: MEETING_STAFF,
  },
  'sendMeetingNotice of a planned meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { sendMeetingNotice(meetingId: $m) { sentAt } }`, { m: (await ownMeeting()).meetingId }),
      ),
    expect: MEETING_STAFF,
  },
  'setActionItemDone of an action item in arena A owned by ownMember': {
    run: async (c) => {
      const { itemId } = await heldMeeting();
      const decided = await a.asStaff.graphql(`mutation($i: DecisionInput!) { recordDecision(input: $i) { decisions { id } } }`, {
        i: { itemId, kind: 'ACTION_ITEM', text: 'Åtgärd', owner: 'medlem0' },
      });
      return outcomeOf(
        await c.graphql(`mutation($id: ID!) { setActionItemDone(decisionId: $id, done: true) { id } }`, {
          id: decided.data!.recordDecision.decisions[0].id,
        }),
      );
    },
    expect: { ...MEETING_STAFF, ownMember: 'ok' },
  },
  'actionItems of arena A (query)': {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { actionItems(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'setProtocolAdjusters of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { setProtocolAdjusters(meetingId: $m, userIds: []) { id } }`, {
          m: (await ownMeeting()).meetingId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'setProtocolPublic of a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { setProtocolPublic(meetingId: $m, public: true) { id } }`, {
          m: (await ownMeeting()).meetingId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'approveProtocol of a closed meeting in arena A, ownMember its adjuster': {
    run: async (c) => {
      const { meetingId } = await heldMeeting();
      const adjuster = (await a.asMember[0].graphql(`{ me { id } }`)).data!.me.id;
      await a.asStaff.graphql(`mutation($m: ID!, $u: [ID!]!) { setProtocolAdjusters(meetingId: $m, userIds: $u) { id } }`, {
        m: meetingId,
        u: [adjuster],
      });
      await a.asStaff.graphql(`mutation($id: ID!) { changeMeetingStatus(id: $id, status: CLOSED) { id } }`, { id: meetingId });
      return outcomeOf(await c.graphql(`mutation($m: ID!) { approveProtocol(meetingId: $m) { id } }`, { m: meetingId }));
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'presentAgendaItem (live mode) in a meeting in arena A': {
    run: async (c) => {
      const { meetingId, itemId } = await heldMeeting();
      return outcomeOf(
        await c.graphql(`mutation($m: ID!, $i: ID) { presentAgendaItem(meetingId: $m, itemId: $i) { id } }`, { m: meetingId, i: itemId }),
      );
    },
    expect: MEETING_STAFF,
  },
  'registerForMeeting of a planned meeting in arena A': {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`, { m: (await ownMeeting()).meetingId })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'cancelMeetingRegistration of a planned meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { id } }`, { m: (await ownMeeting()).meetingId }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'renewMyMeetingsCalendar (one’s own personal calendar URL)': {
    run: async (c) => outcomeOf(await c.graphql(`mutation { renewMyMeetingsCalendar { path } }`)),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'ok',
      noRole: 'ok',
    },
  },
  'myMeetingsCalendar (query)': {
    run: async (c) => outcomeOf(await c.graphql(`{ myMeetingsCalendar { createdAt } }`)),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'ok',
      noRole: 'ok',
    },
  },
  'meetings of arena A (query)': {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { meetings(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'meeting of arena A (query)': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`query($id: ID!) { meeting(id: $id) { id agenda { id } } }`, { id: (await ownMeeting()).meetingId }),
        (data) => data.meeting === null,
      ),
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'restoreObject of an inactive object in arena A': {
    run: async (c) => {
      const { reportId, objectId } = await ownReport();
      await a.asMember[0].graphql(`mutation($id: ID!) { withdrawReport(reportId: $id) { id } }`, { id: reportId });
      return outcomeOf(await c.graphql(`mutation($id: ID!) { restoreObject(objectId: $id) { id } }`, { id: objectId }));
    },
    expect: STAFF_ONLY,
  },
  'markTriaged in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($a: ID!, $ids: [ID!]!) { markTriaged(arenaId: $a, objectIds: $ids) { id } }`, {
          a: a.arena.id,
          ids: [(await ownReport()).objectId],
        }),
      ),
    expect: STAFF_ONLY,
  },
  'markTriageQueueSeen in arena A': {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($a: ID!) { markTriageQueueSeen(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: STAFF_ONLY,
  },
  'read the triage queue of arena A': {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID) { triageQueue(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: STAFF_ONLY,
  },
  "read a confidential report's entry in an object's history": {
    run: async (c) => {
      const { objectId } = await ownReport('ORGANIZATION');
      const res = await c.graphql(`query($id: ID!) { object(id: $id) { timeline { edges { node { kind } } } } }`, { id: objectId });
      return outcomeOf(res, (d) => d.object === null || d.object.timeline.edges.length === 0);
    },
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'HIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'HIDDEN',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'read an object with only members-only reports, by id': {
    run: async (c) => outcomeOf(await c.graphql(OBJECT_REPORTS, { id: (await ownReport()).objectId }), (d) => d.object === null),
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'read a published object by id': {
    run: async (c) => outcomeOf(await c.graphql(OBJECT_REPORTS, { id: (await ownReport('PUBLIC')).objectId }), (d) => d.object === null),
    expect: {
      anonymous: 'ok',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'ok',
      noRole: 'ok',
    },
  },
  "read another organization's raw figures on a public report": {
    run: async (c) =>
      outcomeOf(
        await c.graphql(OBJECT_REPORTS, { id: (await ownReport('PUBLIC')).objectId }),
        (d) => d.object.reports.edges[0].node.impact === null,
      ),
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'HIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'HIDDEN',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'see a confidential report on an object': {
    run: async (c) => {
      const { objectId } = await ownReport('MEMBERS');
      const hidden = await a.asMember[0].graphql(REPORT_MUTATION, {
        input: { ...newObjectReport(a, { visibility: 'ORGANIZATION', title: 'Konfidentiell' }), newObject: null, objectId },
      });
      const seen = await c.graphql(OBJECT_REPORTS, { id: objectId });
      return outcomeOf(
        seen,
        (d) => !d.object || !d.object.reports.edges.some((e: any) => e.node.id === hidden.data!.reportBottleneck.report.id),
      );
    },
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'HIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'HIDDEN',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'list arena A objects: members see members-only objects, others only published ones': {
    run: async (c) => {
      const { objectId } = await ownReport('MEMBERS');
      const res = await c.graphql(`query($f: ObjectFilter) { objects(filter: $f, first: 1000) { edges { node { id } } } }`, {
        f: { arenaId: a.arena.id },
      });
      return outcomeOf(res, (d) => !d.objects.edges.some((e: any) => e.node.id === objectId));
    },
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  "arena A's member directory": {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID) { organizations(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "arena A's audit log": {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { auditLog(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'inviteMember to arena A as MEMBER': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, {
          i: {
            arenaId: a.arena.id,
            organizationId: a.members[0].id,
            email: `inbjuden-${randomUUID().slice(0, 8)}@example.se`,
            role: 'MEMBER',
          },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "arena A's invitations": {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { invitations(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "arena A's e-mail outbox": {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { emailOutbox(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'createOrganization in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($a: ID!, $i: OrganizationInput!) { createOrganization(arenaId: $a, input: $i) { id } }`, {
          a: a.arena.id,
          i: { name: `Nytt bolag ${randomUUID().slice(0, 6)}`, kind: 'COMPANY' },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "setUserRole of another member's user in arena A": {
    run: async (c) => {
      const people = await a.asAdmin.graphql(`query($a: ID!) { arenaPeople(arenaId: $a, search: "medlem1") { edges { node { id } } } }`, {
        a: a.arena.id,
      });
      return outcomeOf(
        await c.graphql(`mutation($a: ID!, $u: ID!) { setUserRole(arenaId: $a, userId: $u, role: MEMBER) }`, {
          a: a.arena.id,
          u: people.data!.arenaPeople.edges[0].node.id,
        }),
      );
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "a member's e-mail in arena A's people (staff and the own organization only)": {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`query($a: ID!) { arenaPeople(arenaId: $a, search: "medlem0") { edges { node { email } } } }`, { a: a.arena.id }),
        (d) => d.arenaPeople.edges[0].node.email === null,
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'HIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'HIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "an object's totals: the members audience counts members-only reports, the public audience only public ones": {
    run: async (c) => {
      const { objectId } = await ownReport('PUBLIC');
      const second = await a.asMember[1].graphql(REPORT_MUTATION, {
        input: { ...newObjectReport(a, { visibility: 'MEMBERS' }), newObject: null, objectId },
      });
      if (second.errors) throw new Error(JSON.stringify(second.errors));
      return outcomeOf(
        await c.graphql(`query($id: ID!) { object(id: $id) { reportCount } }`, { id: objectId }),
        (d) => d.object.reportCount !== 2,
      );
    },
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'mergeObjects of two arena A objects': {
    run: async (c) => outcomeOf(await c.graphql(MERGE_OBJECTS, { input: await twoOwnObjects() })),
    expect: STAFF_ONLY,
  },
  'mergePreview of two arena A objects': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(
          `query($k: ID!, $d: ID!) { mergePreview(keptId: $k, duplicateId: $d) { reports } }`,
          objectPair(await twoOwnObjects()),
        ),
      ),
    expect: STAFF_ONLY,
  },
  'undoMerge of a merge in arena A': {
    run: async (c) => {
      const merged = await a.asStaff.graphql(MERGE_OBJECTS, { input: await twoOwnObjects() });
      return outcomeOf(
        await c.graphql(`mutation($id: ID!) { undoMerge(mergeId: $id) { merge { id } } }`, { id: merged.data!.mergeObjects.merge.id }),
      );
    },
    expect: STAFF_ONLY,
  },
  'objectMerges of an arena A object (members-only; hidden where the object is)': {
    run: async (c) => {
      const pair = await twoOwnObjects();
      await a.asStaff.graphql(MERGE_OBJECTS, { input: pair });
      const res = await c.graphql(`query($id: ID!) { objectMerges(objectId: $id) { totalCount } }`, { id: pair.keptId });
      return outcomeOf(res, (data) => data.objectMerges.totalCount === 0);
    },
    expect: { ...STAFF_ONLY, otherArenaMember: 'HIDDEN', noRole: 'HIDDEN' },
  },
  'objectMerge (one merge, with canUndo) in arena A': {
    run: async (c) => {
      const merged = await a.asStaff.graphql(MERGE_OBJECTS, { input: await twoOwnObjects() });
      return outcomeOf(await c.graphql(`query($id: ID!) { objectMerge(id: $id) { canUndo } }`, { id: merged.data!.mergeObjects.merge.id }));
    },
    expect: STAFF_ONLY,
  },
  'moveReport of an arena A report to a new object': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: MoveReportInput!) { moveReport(input: $i) { reportId } }`, {
          i: { reportId: (await ownReport()).reportId, newObject: newObjectReport(a).newObject },
        }),
      ),
    expect: STAFF_ONLY,
  },
  'correctObject on an object of arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($input: CorrectObjectInput!) { correctObject(input: $input) { id name } }`, {
          input: { objectId: (await ownReport()).objectId, name: 'Rättat namn', networkRefs: [{ type: 'ROAD', road: 'E18' }] },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'setObjectPlanning on an object of arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($input: SetObjectPlanningInput!) { setObjectPlanning(input: $input) { id planning { stage } } }`, {
          input: { objectId: (await ownReport()).objectId, stage: 'AVS_ONGOING', fourStepClass: 'OPTIMISE', costEstimateSek: 1000 },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "arena A's people": {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { arenaPeople(arenaId: $a) { totalCount } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "followObject on the own organization's members-only object": {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($id: ID!) { followObject(objectId: $id) { id } }`, { id: (await ownReport()).objectId })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  "unfollowObject on the own organization's members-only object": {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($id: ID!) { unfollowObject(objectId: $id) { id } }`, { id: (await ownReport()).objectId })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'myNotifications, unreadNotificationCount and followedObjects (one’s own)': {
    run: async (c) =>
      outcomeOf(await c.graphql(`{ myNotifications { totalCount } unreadNotificationCount followedObjects { totalCount } }`)),
    expect: SIGNED_IN,
  },
  'markNotificationsRead (all of one’s own)': {
    run: async (c) => outcomeOf(await c.graphql(`mutation { markNotificationsRead(all: true) }`)),
    expect: SIGNED_IN,
  },
  'setNotificationEmail (one’s own)': {
    run: async (c) => outcomeOf(await c.graphql(`mutation { setNotificationEmail(frequency: DAILY) { emailFrequency } }`)),
    expect: SIGNED_IN,
  },
  'createAreaAlert in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: AreaAlertInput!) { createAreaAlert(input: $i) { id } }`, {
          i: { arenaId: a.arena.id, name: 'Bevakning', municipalities: ['Västerås'] },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'addComment on a members-only object': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, {
          i: { objectId: (await ownReport()).objectId, body: 'Hej' },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  "editComment of the own member's comment (the author only)": {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: EditCommentInput!) { editComment(input: $i) { id } }`, {
          i: { commentId: (await ownComment()).commentId, body: 'Ändrad' },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'BAD_USER_INPUT',
      staff: 'BAD_USER_INPUT',
      admin: 'BAD_USER_INPUT',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'hideComment of a members comment': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($id: ID!) { hideComment(id: $id, reason: "Olämpligt") { id } }`, { id: (await ownComment()).commentId }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'unhideComment of a hidden comment': {
    run: async (c) => {
      const { commentId } = await ownComment();
      await a.asStaff.graphql(`mutation($id: ID!) { hideComment(id: $id, reason: "Olämpligt") { id } }`, { id: commentId });
      return outcomeOf(await c.graphql(`mutation($id: ID!) { unhideComment(id: $id) { id } }`, { id: commentId }));
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'FORBIDDEN',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'read an organization-only comment': {
    run: async (c) => {
      const { objectId, commentId } = await ownComment('ORGANIZATION', 'PUBLIC');
      const res = await c.graphql(`query($id: ID!) { object(id: $id) { comments { edges { node { id } } } } }`, { id: objectId });
      return outcomeOf(res, (d) => !d.object.comments.edges.some((e: any) => e.node.id === commentId));
    },
    expect: {
      anonymous: 'HIDDEN',
      ownMember: 'ok',
      otherMember: 'HIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'HIDDEN',
      otherArenaMember: 'HIDDEN',
      noRole: 'HIDDEN',
    },
  },
  'mentionCandidates on a members-only object': {
    run: async (c) =>
      outcomeOf(await c.graphql(`query($o: ID!) { mentionCandidates(objectId: $o) { totalCount } }`, { o: (await ownReport()).objectId })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  "upload an attachment (POST /api/attachments) to the own organization's report": {
    run: async (c) => uploadOutcome(c, { reportId: (await ownReport()).reportId }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  "deleteAttachment of the own member's attachment": {
    run: async (c) => outcomeOf(await c.graphql(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id: await ownAttachment() })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
  'saveView in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: SaveViewInput!) { saveView(input: $i) { id } }`, {
          i: { arenaId: a.arena.id, name: 'Min vy', view: SAVED_VIEW_CONTENT },
        }),
      ),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  "updateSavedView (rename) of the own member's private view": {
    run: async (c) => outcomeOf(await c.graphql(RENAME_VIEW, { i: { id: await ownSavedView(false), name: 'Nytt namn' } })),
    expect: VIEW_OWNER_ONLY,
  },
  "updateSavedView (rename) of the own member's shared view": {
    run: async (c) => outcomeOf(await c.graphql(RENAME_VIEW, { i: { id: await ownSavedView(true), name: 'Nytt namn' } })),
    expect: SHARED_VIEW_EDITORS,
  },
  "deleteSavedView of the own member's private view": {
    run: async (c) => outcomeOf(await c.graphql(DELETE_VIEW, { id: await ownSavedView(false) })),
    expect: VIEW_OWNER_ONLY,
  },
  "deleteSavedView of the own member's shared view": {
    run: async (c) => outcomeOf(await c.graphql(DELETE_VIEW, { id: await ownSavedView(true) })),
    expect: SHARED_VIEW_EDITORS,
  },
  'import objects into arena A (POST /api/imports/objects, preview)': {
    run: importOutcome,
    expect: STAFF_ONLY,
  },
  'proposePriorityList of arena A from the scores (staff)': {
    run: async (c) =>
      outcomeOf(await c.graphql(`mutation($a: ID!) { proposePriorityList(arenaId: $a, size: 5) { size } }`, { a: a.arena.id })),
    expect: STAFF_ONLY,
  },
  'editPriorityList of arena A: add an object with a reason (staff)': {
    run: async (c) => {
      const { objectId } = await ownReport();
      return outcomeOf(
        await c.graphql(`mutation($i: EditPriorityListInput!) { editPriorityList(input: $i) { size } }`, {
          i: { arenaId: a.arena.id, edit: 'ADD', objectId, reason: 'Viktig för godset' },
        }),
      );
    },
    expect: STAFF_ONLY,
  },
  'recordDecision adopting the priority list in a meeting in arena A': {
    run: async (c) => {
      const { itemId, objectId } = await heldMeeting();
      await a.asStaff.graphql(`mutation($i: EditPriorityListInput!) { editPriorityList(input: $i) { size } }`, {
        i: { arenaId: a.arena.id, edit: 'ADD', objectId, reason: 'Inför beslutet' },
      });
      return outcomeOf(
        await c.graphql(`mutation($i: DecisionInput!) { recordDecision(input: $i) { id } }`, {
          i: { itemId, kind: 'ADOPT_PRIORITY_LIST' },
        }),
      );
    },
    expect: MEETING_STAFF,
  },
  'workingPriorityList of arena A (query)': {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { workingPriorityList(arenaId: $a) { size } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'FORBIDDEN',
      noRole: 'FORBIDDEN',
    },
  },
  'adoptedPriorityList of arena A (public query)': {
    run: async (c) => outcomeOf(await c.graphql(`query($a: ID!) { adoptedPriorityList(arenaId: $a) { number } }`, { a: a.arena.id })),
    expect: {
      anonymous: 'ok',
      ownMember: 'ok',
      otherMember: 'ok',
      staff: 'ok',
      admin: 'ok',
      observer: 'ok',
      otherArenaMember: 'ok',
      noRole: 'ok',
    },
  },
  "setScoreWeights of arena A (admins only: the arena's priorities)": {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: SetScoreWeightsInput!) { setScoreWeights(input: $i) { arenaId } }`, {
          i: { arenaId: a.arena.id, weights: SCORE_WEIGHTS },
        }),
      ),
    expect: ADMIN_ONLY,
  },
  'scoreRanking of arena A with weights to preview (admins only)': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(
          `query($arenaId: ID!, $w: [ScoreWeightInput!]) { scoreRanking(arenaId: $arenaId, weights: $w, first: 1) { totalCount } }`,
          {
            arenaId: a.arena.id,
            w: SCORE_WEIGHTS,
          },
        ),
      ),
    expect: ADMIN_ONLY,
  },
  'createVoteRound in a meeting in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($i: VoteRoundInput!) { createVoteRound(input: $i) { id } }`, {
          i: { itemId: (await heldMeeting()).itemId, title: 'Omröstning', method: 'SCORE' },
        }),
      ),
    expect: MEETING_STAFF,
  },
  'changeVoteRoundStatus (open) of a round in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($r: ID!) { changeVoteRoundStatus(roundId: $r, status: OPEN) { id } }`, {
          r: (await voteRound(false)).roundId,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'setVoteWeight of a draft round in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(`mutation($r: ID!, $o: ID!) { setVoteWeight(roundId: $r, organizationId: $o, weight: 2) { id } }`, {
          r: (await voteRound(false)).roundId,
          o: a.members[1].id,
        }),
      ),
    expect: MEETING_STAFF,
  },
  'setVoteProxy of an open round in arena A': {
    run: async (c) =>
      outcomeOf(
        await c.graphql(
          `mutation($r: ID!, $f: ID!, $t: ID) { setVoteProxy(roundId: $r, fromOrganizationId: $f, toOrganizationId: $t) { id } }`,
          {
            r: (await voteRound()).roundId,
            f: a.members[1].id,
            t: a.members[0].id,
          },
        ),
      ),
    expect: MEETING_STAFF,
  },
  "castBallot for the own member's organization in an open round in arena A (members vote; staff run the round)": {
    run: async (c) => {
      const { roundId, objectId } = await voteRound();
      return outcomeOf(
        await c.graphql(
          `mutation($r: ID!, $o: ID!, $e: [BallotEntryInput!]!) { castBallot(roundId: $r, organizationId: $o, entries: $e) { id } }`,
          {
            r: roundId,
            o: a.members[0].id,
            e: [{ objectId, value: 3 }],
          },
        ),
      );
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      ownMember: 'ok',
      otherMember: 'BAD_USER_INPUT',
      staff: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      otherArenaMember: 'NOT_FOUND',
      noRole: 'NOT_FOUND',
    },
  },
};

const CASES = Object.entries(OPERATIONS).flatMap(([operation, { expect }]) =>
  ACTORS.map((actor) => [operation, actor, expect[actor]] as const),
);

describe('access matrix', () => {
  it.each(CASES)('%s as %s → %s', async (operation, actor, expected) => {
    expect(await OPERATIONS[operation].run(client(actor))).toBe(expected);
  });
});
