import { stockholmInstant, stockholmWallClock } from '@flaskhals/shared';
import type { EntityManager } from 'typeorm';

/** A demo agenda item: its title and minutes, the demo objects it is about (by name), its sub-items. */
interface DemoItem {
  title: string;
  minutes: number;
  description?: string;
  objects?: string[];
  subItems?: DemoItem[];
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A Swedish working day `days` from now at the given Swedish time, as an ISO instant. */
function dayFromNow(days: number, time: string): string {
  let date = new Date(Date.now() + days * 86_400_000);
  while ([0, 6].includes(date.getUTCDay())) date = new Date(date.getTime() + 86_400_000);
  return stockholmInstant(stockholmWallClock(date).date, time)!;
}

function titleFor(instant: string): string {
  const { date } = stockholmWallClock(instant);
  return `Nätverksmöte ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

const PAST_AGENDA: DemoItem[] = [
  { title: 'Mötets öppnande och val av justerare', minutes: 5 },
  { title: 'Föregående protokoll', minutes: 5 },
  {
    title: 'Inkomna flaskhalsar sedan förra mötet',
    minutes: 45,
    description: 'Kansliet går igenom nya rapporter och föreslår status.',
    subItems: [
      { title: 'Järnväg i Mälardalen', minutes: 20, objects: ['rail'] },
      { title: 'Hamnar och terminaler', minutes: 20, objects: ['port'] },
    ],
  },
  { title: 'Trafikverkets planering – läget', minutes: 30 },
  { title: 'Övriga frågor och mötets avslutande', minutes: 10 },
];

const UPCOMING_AGENDA: DemoItem[] = [
  { title: 'Mötets öppnande och val av justerare', minutes: 5 },
  {
    title: 'Prioritering inför regional plan',
    minutes: 60,
    description: 'Medlemmarna diskuterar vilka objekt arenan ska driva i remissvaret till regionen.',
    subItems: [
      { title: 'Vägobjekt', minutes: 25, objects: ['road'] },
      { title: 'Järnvägsobjekt', minutes: 25, objects: ['rail'] },
    ],
  },
  { title: 'Hamnens kapacitet', minutes: 30, objects: ['port'] },
  { title: 'Nästa möte och övriga frågor', minutes: 10 },
];

/**
 * The demo arena's meetings, dated from today: one held about two months ago (closed) and one
 * planned three weeks ahead, each with an agenda whose items name some of the arena's objects.
 */
export async function seedDemoMeetings(tx: EntityManager, arenaId: string, staffUserId: string): Promise<void> {
  const objectsOfKind = async (kind: string) =>
    (
      await tx.query(
        `SELECT o.id FROM infrastructure_object o WHERE o.arena_id = $1 AND o.kind = $2
          ORDER BY (SELECT count(*) FROM report r WHERE r.object_id = o.id) DESC, o.name LIMIT 2`,
        [arenaId, kind === 'rail' ? 'RAIL_SEGMENT' : kind === 'port' ? 'PORT' : 'ROAD'],
      )
    ).map((row: { id: string }) => row.id) as string[];
  const objects = { rail: await objectsOfKind('rail'), port: await objectsOfKind('port'), road: await objectsOfKind('road') };

  const meeting = async (startsAt: string, endsAt: string, status: string, agenda: DemoItem[]) => {
    const [{ id }] = await tx.query(
      `INSERT INTO meeting (arena_id, title, description, starts_at, ends_at, place, online_url, capacity, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        arenaId,
        titleFor(startsAt),
        'Arenans kvartalsmöte för medlemmarna: läget för flaskhalsarna i länet och arenans prioriteringar.',
        startsAt,
        endsAt,
        'Demohandelskammaren, Exempelgatan 1, Västerås',
        'https://meet.example/ila-natverksmote',
        40,
        status,
        staffUserId,
      ],
    );
    const insertItems = async (items: DemoItem[], parentId: string | null) => {
      for (const [index, item] of items.entries()) {
        const [{ id: itemId }] = await tx.query(
          `INSERT INTO agenda_item (meeting_id, parent_id, position, title, description, duration_minutes)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [id, parentId, index + 1, item.title, item.description ?? null, item.minutes],
        );
        const ids = (item.objects ?? []).flatMap((kind) => objects[kind as keyof typeof objects]);
        for (const [n, objectId] of ids.entries())
          await tx.query(`INSERT INTO agenda_item_object (item_id, object_id, position) VALUES ($1, $2, $3)`, [itemId, objectId, n + 1]);
        await insertItems(item.subItems ?? [], itemId);
      }
    };
    await insertItems(agenda, null);
    return id as string;
  };
  const past = await meeting(dayFromNow(-56, '09:00'), dayFromNow(-56, '12:00'), 'CLOSED', PAST_AGENDA);
  await seedDemoActionItems(tx, past, staffUserId);
  await meeting(dayFromNow(21, '09:00'), dayFromNow(21, '12:00'), 'PLANNED', UPCOMING_AGENDA);
}

/** Action items the past meeting decided (owners named as the demo people, so they may mark them done): one done, two open, one of them late. */
async function seedDemoActionItems(tx: EntityManager, meetingId: string, staffUserId: string): Promise<void> {
  const [{ id: itemId }] = await tx.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 AND title LIKE 'Trafikverkets planering%'`, [
    meetingId,
  ]);
  const date = (days: number) => stockholmWallClock(new Date(Date.now() + days * 86_400_000)).date;
  const items = [
    { text: 'Skicka arenans synpunkter på bristanalysen till Trafikverket', owner: 'Demo Kanslist', due: date(-30), doneDaysAgo: 35 },
    { text: 'Sammanställa godsflödena genom hamnen inför regionens remiss', owner: 'Demo Åkare', due: date(14), doneDaysAgo: null },
    { text: 'Boka ett studiebesök på kombiterminalen', owner: 'Demo Medlem', due: date(-7), doneDaysAgo: null },
  ];
  for (const item of items) {
    const [{ id }] = await tx.query(
      `INSERT INTO meeting_decision (meeting_id, item_id, kind, data, text, recorded_by, recorded_at)
       VALUES ($1, $2, 'ACTION_ITEM', $3, $4, $5, now() - interval '56 days') RETURNING id`,
      [meetingId, itemId, { owner: item.owner, dueDate: item.due, done: false }, item.text, staffUserId],
    );
    if (item.doneDaysAgo !== null)
      await tx.query(
        `INSERT INTO action_item_progress (decision_id, done_at, done_by) VALUES ($1, now() - make_interval(days => $2), $3)`,
        [id, item.doneDaysAgo, staffUserId],
      );
  }
}
