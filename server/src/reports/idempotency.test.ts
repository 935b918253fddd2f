import { randomUUID } from 'node:crypto';

import { type ArenaFixture, createArena, newObjectReport, REPORT_MUTATION, rowCounts, SUPPORT_MUTATION } from '../../test/fixtures';
import { type RunningFlaskhals, startFlaskhals } from '../../test/harness';

let flaskhals: RunningFlaskhals;
let fixture: ArenaFixture;

beforeAll(async () => {
  flaskhals = await startFlaskhals();
  fixture = await createArena(flaskhals, 'idempotency', ['Provåkeriet AB', 'Demostål AB']);
});
afterAll(() => flaskhals.stop());

describe('idempotent submission', () => {
  it('a retried reportBottleneck with the same key returns the first result and writes nothing new', async () => {
    const input = newObjectReport(fixture, { idempotencyKey: randomUUID() });
    const first = await fixture.asMember[0].graphql(REPORT_MUTATION, { input });
    const after = await rowCounts(flaskhals.db);
    const retry = await fixture.asMember[0].graphql(REPORT_MUTATION, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.reportBottleneck.report.id).toBe(first.data!.reportBottleneck.report.id);
    expect(retry.data!.reportBottleneck.object.id).toBe(first.data!.reportBottleneck.object.id);
    expect(await rowCounts(flaskhals.db)).toEqual(after);
  });

  it('concurrent retries with one key write once', async () => {
    const input = newObjectReport(fixture, { idempotencyKey: randomUUID() }, { name: 'Samtidiga hamnen' });
    const before = await rowCounts(flaskhals.db);
    const results = await Promise.all(Array.from({ length: 8 }, () => fixture.asMember[0].graphql(REPORT_MUTATION, { input })));
    const ids = new Set(results.map((r) => r.data!.reportBottleneck.report.id));
    expect(ids.size).toBe(1);
    const now = await rowCounts(flaskhals.db);
    expect(now.report).toBe(before.report + 1);
    expect(now.infrastructure_object).toBe(before.infrastructure_object + 1);
  });

  it('refuses the same key with different content', async () => {
    const key = randomUUID();
    await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, { idempotencyKey: key }) });
    const before = await rowCounts(flaskhals.db);
    const other = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(fixture, { idempotencyKey: key, title: 'Något helt annat' }),
    });
    expect(other.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      fieldErrors: [{ code: 'idempotencyKeyReused' }],
    });
    expect(await rowCounts(flaskhals.db)).toEqual(before);
  });

  it('a failed submission does not use up its key', async () => {
    const key = randomUUID();
    const bad = await fixture.asMember[0].graphql(REPORT_MUTATION, {
      input: newObjectReport(fixture, { idempotencyKey: key, newObject: null }),
    });
    expect(bad.errors![0].extensions!.field).toBe('objectId');
    const good = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, { idempotencyKey: key }) });
    expect(good.errors).toBeUndefined();
  });

  it('a retried supportReport with the same key returns the first support', async () => {
    const created = await fixture.asMember[0].graphql(REPORT_MUTATION, { input: newObjectReport(fixture, {}, { name: 'Stödd hamn' }) });
    const input = {
      reportId: created.data!.reportBottleneck.report.id,
      impact: { delayHoursPerWeek: 1, extraCostSekPerYear: 2, freightTonnesPerYear: 3 },
      idempotencyKey: randomUUID(),
    };
    const first = await fixture.asMember[1].graphql(SUPPORT_MUTATION, { input });
    const retry = await fixture.asMember[1].graphql(SUPPORT_MUTATION, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.supportReport.support.id).toBe(first.data!.supportReport.support.id);
    expect(retry.data!.supportReport.object.organizationCount).toBe(2);
  });
});
