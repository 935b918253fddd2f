import DataLoader from 'dataloader';

import { LoaderRegistry } from './graphql-context';

it("gives each request fresh loaders of every module's factories, and refuses a name registered twice", async () => {
  const registry = new LoaderRegistry();
  registry.register({ arena: () => new DataLoader(async (ids: readonly string[]) => ids.map((id) => ({ id }) as never)) });
  const first = registry.create();
  const second = registry.create();
  expect(first.arena).toBeInstanceOf(DataLoader);
  expect(first.arena).not.toBe(second.arena);
  expect(await first.arena.load('a')).toEqual({ id: 'a' });
  expect(() => registry.register({ arena: () => new DataLoader(async () => []) })).toThrow(/arena/);
});
