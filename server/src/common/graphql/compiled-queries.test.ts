import { buildSchema, parse } from 'graphql';

import { compiledQueriesPlugin } from './compiled-queries';

const schema = buildSchema(`type Query { objects: [Item!]! failing: Int }  type Item { id: ID! name: String! }`);
const root = {
  objects: () => [
    { id: '1', name: 'Hamnen' },
    { id: '2', name: 'Bron' },
  ],
  failing: () => {
    throw new Error('trasig');
  },
};
// graphql-jit reads resolvers from the schema: attach the root's functions as field resolvers.
for (const [name, resolve] of Object.entries(root)) schema.getQueryType()!.getFields()[name].resolve = resolve;

async function answer(source: string, operation: 'query' | 'mutation' = 'query') {
  const document = parse(source);
  const listener = await compiledQueriesPlugin().requestDidStart!({} as never);
  const ctx = {
    schema,
    document,
    source,
    operationName: null,
    operation: { operation },
    contextValue: {},
    request: { variables: {} },
    response: { http: { headers: new Map() } },
  };
  return listener!.responseForOperation!(ctx as never);
}

it('answers a query from its compiled form, with the data graphql-js would give', async () => {
  const response = await answer('{ objects { id name } }');
  expect(response?.body).toEqual({
    kind: 'single',
    singleResult: {
      data: {
        objects: [
          { id: '1', name: 'Hamnen' },
          { id: '2', name: 'Bron' },
        ],
      },
    },
  });
});

it("leaves a query with an error, and every mutation, to Apollo's own execution and error format", async () => {
  expect(await answer('{ objects { id } failing }')).toBeNull();
  expect(await answer('mutation { objects { id } }', 'mutation')).toBeNull();
});
