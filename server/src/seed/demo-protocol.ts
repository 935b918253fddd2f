import type { EntityManager } from 'typeorm';

/** Minutes (Markdown) of the past demo meeting's items, by title. */
const MINUTES: Record<string, string> = {
  'Mötets öppnande och val av justerare': 'Ordföranden öppnade mötet. Till justerare valdes **Demo Medlem** och **Demo Åkare**.',
  'Föregående protokoll': 'Föregående protokoll lades till handlingarna.',
  'Järnväg i Mälardalen':
    'Kansliet redogjorde för rapporterna om kapacitetsbrist:\n\n- trångt i rusningstid på enkelspåret\n- godståg får vänta på mötesspår\n\nMedlemmarna bekräftade bilden.',
  'Hamnar och terminaler': 'Flera medlemmar rapporterar **köer vid grindarna** på morgnarna. Kansliet tar fram underlag till hamnbolaget.',
  'Trafikverkets planering – läget':
    'Trafikverkets representant beskrev läget för den regionala planen. Remissen väntas under våren; se [Trafikverket](https://www.trafikverket.se).',
  'Övriga frågor och mötets avslutande': 'Inga övriga frågor. Ordföranden tackade och avslutade mötet.',
};

/**
 * The past demo meeting as a newcomer should find it: attendance, Markdown minutes, a decision and
 * an action item, and a protocol approved by its two adjusters and published, so the protocol
 * archive and its PDF have something to show. Runs after the demo users exist.
 */
export async function seedDemoProtocol(tx: EntityManager, arenaId: string): Promise<void> {
  const [meeting] = (await tx.query(
    `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", created_by AS "staffId" FROM meeting
      WHERE arena_id = $1 AND status = 'CLOSED' ORDER BY starts_at DESC LIMIT 1`,
    [arenaId],
  )) as { id: string; startsAt: Date; endsAt: Date; staffId: string }[];
  if (!meeting) return;
  const people = (await tx.query(
    `SELECT u.id, u.name, org.name AS "organizationName", r.role FROM user_arena_role r
      JOIN user_account u ON u.id = r.user_id JOIN organization org ON org.id = u.organization_id
      WHERE r.arena_id = $1 AND r.role IN ('MEMBER', 'STAFF') ORDER BY r.role DESC, u.email`,
    [arenaId],
  )) as { id: string; name: string; organizationName: string; role: string }[];
  const at = (minutesAfterStart: number) => new Date(new Date(meeting.startsAt).getTime() + minutesAfterStart * 60_000);

  for (const person of people)
    await tx.query(
      `INSERT INTO meeting_attendee (meeting_id, user_id, name, organization_name, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [meeting.id, person.id, person.name, person.organizationName, meeting.staffId, at(2)],
    );
  await tx.query(
    `INSERT INTO meeting_attendee (meeting_id, name, organization_name, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
    [meeting.id, 'Gäst Exempelsson', 'Trafikverket (demo)', meeting.staffId, at(2)],
  );

  const items = (await tx.query(`SELECT id, title FROM agenda_item WHERE meeting_id = $1`, [meeting.id])) as {
    id: string;
    title: string;
  }[];
  const itemId = (title: string) => items.find((i) => i.title === title)?.id;
  for (const item of items)
    if (MINUTES[item.title])
      await tx.query(`UPDATE agenda_item SET minutes = $2, minutes_updated_at = $3 WHERE id = $1`, [item.id, MINUTES[item.title], at(170)]);

  const decide = async (title: string, kind: string, text: string, data: Record<string, unknown>, minute: number) => {
    const id = itemId(title);
    if (id)
      await tx.query(
        `INSERT INTO meeting_decision (meeting_id, item_id, kind, data, text, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [meeting.id, id, kind, JSON.stringify(data), text, meeting.staffId, at(minute)],
      );
  };
  // The meeting's action items are seeded with their progress by demo-meetings.ts.
  await decide('Trafikverkets planering – läget', 'STATEMENT', 'Arenan lämnar ett gemensamt remissvar på den regionala planen.', {}, 120);

  const adjusters = people.filter((p) => p.role === 'MEMBER').slice(0, 2);
  const approvedAt = (days: number) => new Date(new Date(meeting.endsAt).getTime() + days * 86_400_000);
  for (const [position, adjuster] of adjusters.entries())
    await tx.query(`INSERT INTO meeting_adjuster (meeting_id, user_id, position, named_by, approved_at) VALUES ($1, $2, $3, $4, $5)`, [
      meeting.id,
      adjuster.id,
      position,
      meeting.staffId,
      approvedAt(3 + position * 2),
    ]);
  if (adjusters.length)
    await tx.query(`UPDATE meeting SET protocol_approved_at = $2, protocol_public = true WHERE id = $1`, [
      meeting.id,
      approvedAt(3 + (adjusters.length - 1) * 2),
    ]);
}
