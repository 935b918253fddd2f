/** A GraphQL request as the app's client sends it. */
export interface AskedRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Replaces the global fetch with one that answers each GraphQL request with `answer(request)` (a
 * whole response body: `{data}` or `{errors}`), for component tests whose components ask the server
 * themselves. Returns a function that puts the real fetch back.
 */
export function answerFetch(answer: (request: AskedRequest) => unknown): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = jest.fn(async (_url: unknown, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body) as { query: string; variables?: Record<string, unknown> };
    const body = answer({ query, variables: variables ?? {} });
    // jsdom has no Response: what the client reads of one is enough.
    return {
      ok: true,
      status: 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      json: async () => body,
      text: async () => JSON.stringify(body),
    };
  }) as unknown as typeof fetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}
