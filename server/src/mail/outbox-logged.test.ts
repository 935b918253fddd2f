import { Logger } from '@nestjs/common';

import { type ArenaFixture, createArena } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';
import { waitForStatus } from '../../test/smtp-test-server';
import { MailService } from './mail.service';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;
const logged = jest.spyOn(Logger.prototype, 'log');

beforeAll(async () => {
  flaskhals = await startFlaskhals({ env: { OUTBOX_POLL_MS: '20' } });
  fixture = await createArena(flaskhals, 'outbox', ['Provåkeriet AB']);
});
afterAll(async () => {
  await flaskhals.stop();
  logged.mockRestore();
});

const OUTBOX_QUERY = `
  query Outbox($arenaId: ID!, $first: Int, $after: String) {
    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id to subject text purpose status attempts createdAt sentAt lastError nextAttemptAt } }
    }
  }`;

describe('the email outbox without SMTP_URL', () => {
  it('prints each mail to the log once and lists it for admins, newest first, a page at a time', async () => {
    const mail = flaskhals.app.get(MailService);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      // One transaction each: created_at, the list's order, is the transaction's start.
      ids.push(
        await flaskhals.db.transaction((tx) =>
          mail.enqueue(tx, {
            arenaId: fixture.arena.id,
            to: `medlem${n}@example.se`,
            subject: `Inbjudan ${n}`,
            text: `Gå med: http://localhost:4000/invitation/token-${n}`,
            purpose: 'invitation',
          }),
        ),
      );
    }
    for (const id of ids) await waitForStatus(flaskhals.db, id, 'LOGGED');

    for (const n of [1, 2, 3]) {
      const lines = logged.mock.calls.map(([message]) => String(message)).filter((message) => message.includes(`Inbjudan ${n}`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`medlem${n}@example.se`);
      expect(lines[0]).toContain(`http://localhost:4000/invitation/token-${n}`);
    }

    // Only the arena's admins read it; a password-reset mail (no arena) is never listed.
    await flaskhals.db.transaction((tx) =>
      mail.enqueue(tx, { to: 'nagon@example.se', subject: 'Återställ', text: 'länk', purpose: 'password-reset' }),
    );
    expect((await fixture.asStaff.graphql(OUTBOX_QUERY, { arenaId: fixture.arena.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await flaskhals.graphql(OUTBOX_QUERY, { arenaId: fixture.arena.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const page1 = await fixture.asAdmin.graphql(OUTBOX_QUERY, { arenaId: fixture.arena.id, first: 2 });
    expect(page1.errors).toBeUndefined();
    const outbox1 = page1.data!.emailOutbox;
    expect(outbox1.totalCount).toBe(3);
    expect(outbox1.pageInfo.hasNextPage).toBe(true);
    expect(outbox1.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(outbox1.edges[0].node).toMatchObject({
      to: 'medlem3@example.se',
      subject: 'Inbjudan 3',
      text: 'Gå med: http://localhost:4000/invitation/token-3',
      purpose: 'invitation',
      status: 'LOGGED',
      attempts: 0,
      sentAt: null,
      lastError: null,
    });

    const page2 = await fixture.asAdmin.graphql(OUTBOX_QUERY, { arenaId: fixture.arena.id, first: 2, after: outbox1.pageInfo.endCursor });
    expect(page2.data!.emailOutbox.edges.map((e: any) => e.node.id)).toEqual([ids[0]]);
    expect(page2.data!.emailOutbox.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not make', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const result = await fixture.asAdmin.graphql(OUTBOX_QUERY, { arenaId: fixture.arena.id, after: forged });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
