import { execFileSync } from 'node:child_process';

import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { seedDemoDataIfEmpty } from './seed';

let flaskhals: RunningFlaskhals;
beforeAll(async () => {
  flaskhals = await startFlaskhals({ seed: true });
});
afterAll(() => flaskhals.stop());

const ALL = `{ arena { name mapCenter mapZoom } objects(first: 1000) { totalCount edges { node { name kind bbox geometry organizationCount reportCount } } } organizations { totalCount edges { node { name kind } } } }`;

it('loads the Västmanland arena with its objects at their real places, and reports from its members', async () => {
  const staff = await flaskhals.signIn('kansli@ila.example', DEMO_PASSWORD);
  const { data } = await staff.graphql(ALL);
  expect(data!.arena.name).toBe('Infrastruktur & Logistikarenan Västmanland');
  expect(data!.objects.totalCount).toBeGreaterThanOrEqual(30);
  const objects = data!.objects.edges.map((e: any) => e.node);
  const byName = (pattern: RegExp) => objects.find((o: any) => pattern.test(o.name));
  for (const pattern of [
    /Västerås hamn/,
    /Köpings hamn/,
    /Oxelösunds hamn/,
    /Händelö/,
    /Mälarbanan/,
    /Kardonbanan/,
    /Ostlänken/,
    /Godsstråket/,
    /^E18/,
    /^E20/,
    /[Rr]iksväg 56|[Vv]äg 56/,
    /[Rr]iksväg 66|[Vv]äg 66/,
    /Arlanda/,
    /Västerås flygplats/,
  ]) {
    expect(byName(pattern)).toBeDefined();
  }
  expect(objects.filter((o: any) => o.kind === 'LEVEL_CROSSING').length).toBeGreaterThanOrEqual(2);
  expect(objects.filter((o: any) => o.kind === 'TERMINAL').length).toBeGreaterThanOrEqual(2);
  // Västerås hamn lies in Västerås, by Mälaren.
  const [minLng, minLat, maxLng, maxLat] = byName(/Västerås hamn/).bbox;
  expect(minLng).toBeGreaterThan(16.4);
  expect(maxLng).toBeLessThan(16.7);
  expect(minLat).toBeGreaterThan(59.55);
  expect(maxLat).toBeLessThan(59.65);
  // Long routes are drawn with enough points to follow the real line.
  expect(byName(/Ostlänken/).geometry.coordinates.length).toBeGreaterThanOrEqual(30);
  expect(objects.filter((o: any) => o.reportCount > 0).length).toBeGreaterThanOrEqual(26);
  expect(objects.some((o: any) => o.organizationCount >= 3)).toBe(true);
  expect(data!.organizations.totalCount).toBeGreaterThanOrEqual(10);
  expect(data!.organizations.edges.map((e: any) => e.node.kind)).toEqual(expect.arrayContaining(['COMPANY', 'MUNICIPALITY']));
});

it('has one user per role, who can sign in with the demo password; visitors see only the published objects', async () => {
  const roles = [];
  for (const user of DEMO_USERS) {
    const client = await flaskhals.signIn(user.email, DEMO_PASSWORD);
    roles.push((await client.graphql('{ arena { myRole } }')).data!.arena.myRole);
  }
  expect(new Set(roles)).toEqual(new Set(['ADMIN', 'STAFF', 'MEMBER', 'OBSERVER']));
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const all = (await member.graphql('{ objects { totalCount } }')).data!.objects.totalCount;
  const published = (await flaskhals.graphql('{ objects { totalCount } }')).data!.objects.totalCount;
  expect(published).toBeGreaterThan(5);
  expect(published).toBeLessThan(all);
});

it('has a second arena whose objects are its own; a user with roles in both sees each separately', async () => {
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const me = await member.graphql('{ me { arenas { role arena { id slug } } } }');
  expect(me.data!.me.arenas.map((a: any) => a.arena.slug).sort()).toEqual(['esic-demo', 'ila-vastmanland']);
  const esic = me.data!.me.arenas.find((a: any) => a.arena.slug === 'esic-demo').arena.id;
  const objects = await member.graphql(
    `query($a: ID) { objects(filter: { arenaId: $a }) { totalCount edges { node { arenaId reportCount } } } }`,
    { a: esic },
  );
  // Its members reported 6 of the 7 objects it covers: an object without a report is not created.
  expect(objects.data!.objects.totalCount).toBe(6);
  expect(objects.data!.objects.edges.every((e: any) => e.node.arenaId === esic && e.node.reportCount > 0)).toBe(true);
  const observer = await flaskhals.signIn('observator@ila.example', DEMO_PASSWORD);
  expect(
    (await observer.graphql(`query($a: ID) { organizations(arenaId: $a) { totalCount } }`, { a: esic })).errors![0].extensions!.code,
  ).toBe('FORBIDDEN');
});

it('loads nothing into a database that already has an arena', async () => {
  expect(await seedDemoDataIfEmpty(flaskhals.db)).toBe(false);
  expect(await flaskhals.db.getRepository('arena').count()).toBe(2);
});

it('has a past meeting and an upcoming one with an agenda about the arena’s objects', async () => {
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const list = (period: string) =>
    member.graphql(
      `query($p: MeetingPeriod) { meetings(period: $p) { edges { node { title status agenda { number objects { name } } } } } }`,
      {
        p: period,
      },
    );
  const [upcoming] = (await list('UPCOMING')).data!.meetings.edges.map((e: any) => e.node);
  const [past] = (await list('PAST')).data!.meetings.edges.map((e: any) => e.node);
  expect(upcoming).toMatchObject({ status: 'PLANNED', title: expect.stringMatching(/^Nätverksmöte/) });
  expect(past.status).toBe('CLOSED');
  expect(upcoming.agenda.map((i: any) => i.number)).toContain('2.1');
  expect(upcoming.agenda.flatMap((i: any) => i.objects).length).toBeGreaterThan(0);
});

it('has action items from the past meeting: one done, the demo member’s own one late and theirs to mark done', async () => {
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const { data } = await member.graphql(
    `query($a: ID!) { actionItems(arenaId: $a, filter: ALL) { edges { node { owner doneAt canMarkDone } } } }`,
    {
      a: (await flaskhals.db.query(`SELECT id FROM arena WHERE slug = 'ila-vastmanland'`))[0]?.id,
    },
  );
  const items = data!.actionItems.edges.map((e: any) => e.node);
  expect(items.filter((i: any) => i.doneAt)).toHaveLength(1);
  expect(items.find((i: any) => i.owner === 'Demo Medlem')).toMatchObject({ doneAt: null, canMarkDone: true });
});

it('has the past meeting with its approved, public protocol in the archive a visitor reads', async () => {
  const archive = await flaskhals.graphql(`{ protocolArchive(first: 5) { edges { node { meetingId title public pdfUrl } } } }`);
  const [entry] = archive.data!.protocolArchive.edges.map((e: any) => e.node);
  expect(entry).toMatchObject({ title: expect.stringMatching(/^Nätverksmöte/), public: true });
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const meeting = await member.graphql(
    `query($id: ID!) { meeting(id: $id) { protocol { stage adjusters { name approvedAt } } agenda { minutesHtml } decisions { kind } } }`,
    { id: entry.meetingId },
  );
  const { protocol, agenda, decisions } = meeting.data!.meeting;
  expect(protocol.stage).toBe('APPROVED');
  expect(protocol.adjusters.map((a: any) => a.name)).toContain('Demo Medlem');
  expect(agenda.map((i: any) => i.minutesHtml).join('')).toContain('<strong>');
  expect(decisions.map((d: any) => d.kind)).toContain('ACTION_ITEM');
});

it("a visitor's search for the placeholder's own example, E18, finds the E18 object first; the demo has a shared saved view", async () => {
  const res = await flaskhals.graphql(`{ search(input: { text: "E18" }) { totalCount edges { node { object { name } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.search.edges[0].node.object.name).toMatch(/^E18 /);
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const views = await member.graphql(`{ savedViews { edges { node { name shared mine } } } }`);
  expect(views.data!.savedViews.edges.map((e: any) => e.node)).toEqual([{ name: 'Hamnarna i Mälardalen', shared: true, mine: false }]);
});

it('has a closed dot vote with results in the past demo meeting, which its protocol prints', async () => {
  const member = await flaskhals.signIn('medlem@ila.example', DEMO_PASSWORD);
  const past = await member.graphql('{ meetings(period: PAST, first: 1) { edges { node { id } } } }');
  const meetingId = past.data!.meetings.edges[0].node.id;
  const rounds = await member.graphql(
    `query($m: ID!) { voteRounds(meetingId: $m) { method status ballotCount results { rows { objectName total rank } } myBallots { castByName } } }`,
    { m: meetingId },
  );
  const [round] = rounds.data!.voteRounds;
  expect(round).toMatchObject({ method: 'DOT', status: 'CLOSED' });
  expect(round.ballotCount).toBeGreaterThanOrEqual(3);
  expect(round.results.rows[0].total).toBeGreaterThan(0);
  expect(round.myBallots).toEqual([{ castByName: 'Demo Medlem' }]);
  // The past protocol is public: a visitor's PDF prints the vote with its winner.
  const res = await fetch(`${flaskhals.url}/api/meetings/${meetingId}/protocol.pdf`);
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(await res.arrayBuffer()) }).toString('utf8');
  expect(text.replace(/\s+/g, ' ').toLowerCase()).toContain('omröstning: vilka inkomna flaskhalsar ska arenan driva först? (poängröstning');
  expect(text).toContain(round.results.rows[0].objectName);
});
