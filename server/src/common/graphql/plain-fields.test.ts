import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema } from 'graphql';

import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { withPlainFields } from './plain-fields';

let flaskhals: RunningFlaskhals;
beforeAll(async () => {
  flaskhals = await startFlaskhals({ seed: true });
});
afterAll(() => flaskhals.stop());

it("drops Nest's property readers from the app's schema (unless PERFORMANCE_CHOICES turns it off) and keeps the real field resolvers", async () => {
  const fields = flaskhals.app.get(GraphQLSchemaHost).schema.getType('InfrastructureObject')!.toConfig() as {
    fields: Record<string, { resolve?: unknown }>;
  };
  const readers = flaskhals.app.get<AppConfig>(APP_CONFIG).performance['plain-fields'] ? 'undefined' : 'function';
  expect(typeof fields.fields.name.resolve).toBe(readers);
  expect(typeof fields.fields.status.resolve).toBe(readers);
  expect(typeof fields.fields.bbox.resolve).toBe('function');
  expect(typeof fields.fields.reports.resolve).toBe('function');

  // Read as plain properties, the objects still answer every field.
  const res = await flaskhals.graphql<{ objects: { edges: { node: { name: string; bbox: number[]; kind: string } }[] } }>(
    '{ objects(first: 3) { edges { node { name kind bbox } } } }',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.objects.edges).toHaveLength(3);
  for (const { node } of res.data!.objects.edges) {
    expect(node.name.length).toBeGreaterThan(0);
    expect(node.bbox).toHaveLength(4);
  }
});

it('keeps a property reader that answers a default value', () => {
  const schema = buildSchema('type Query { plain: Int withDefault: Int }');
  const fields = schema.getQueryType()!.getFields();
  fields.plain.resolve = function rootFieldResolver(root: Record<string, unknown>) {
    return root.plain;
  };
  fields.withDefault.resolve = function rootFieldResolver(root: Record<string, unknown>) {
    return root.withDefault ?? 7;
  };
  withPlainFields(schema);
  expect(fields.plain.resolve).toBeUndefined();
  expect(fields.withDefault.resolve).toBeDefined();
});
