import type { FieldError } from '@flaskhals/shared';
import type { TypedDocumentString } from '../../gql/graphql';

/** Any generated operation: its text plus the result and variable types it carries. */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    field?: string;
    fieldErrors?: FieldError[];
    [key: string]: unknown;
  };
}

/** Why a request failed: the network, the HTTP layer, or GraphQL errors in the response. */
export type RequestFailureKind = 'network' | 'http' | 'graphql';

export class GraphQLRequestError extends Error {
  constructor(
    readonly kind: RequestFailureKind,
    message: string,
    readonly errors: readonly GraphQLErrorEntry[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** Field errors from BAD_USER_INPUT errors, with paths relative to the mutation's input. */
  get fieldErrors(): FieldError[] {
    return this.errors.flatMap((error) => {
      if (error.extensions?.code !== 'BAD_USER_INPUT') return [];
      if (error.extensions.fieldErrors?.length) return error.extensions.fieldErrors;
      if (error.extensions.field) return [{ field: error.extensions.field, code: 'invalidType' }];
      return [];
    });
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Defaults to the same origin the app is served from. */
  endpoint?: string;
}

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * POSTs one operation as JSON. Apollo's CSRF prevention rejects GETs and text/plain bodies,
 * so the content type is always application/json.
 */
export async function executeOperation<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: operation.toString(), variables }),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new GraphQLRequestError('network', cause instanceof Error ? cause.message : String(cause));
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError('graphql', body.errors[0].message, body.errors, response.status);
  }
  if (!response.ok || !body || body.data == null) {
    throw new GraphQLRequestError('http', `HTTP ${response.status}`, [], response.status);
  }
  return body.data;
}
