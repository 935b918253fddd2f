import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { loadConfig } from '../src/common/config/config';
import { createApp } from '../src/create-app';
import { seedDemoDataIfEmpty } from '../src/seed/seed';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** A GraphQL client over real HTTP, with the session cookie of a signed-in user (or none). */
export interface GraphQLClient {
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The raw Set-Cookie/Cookie value, for tests of the session itself. */
  cookie: string | null;
}

export interface RunningFlaskhals {
  /** Base URL of the real HTTP server, e.g. http://127.0.0.1:41234 */
  url: string;
  app: NestExpressApplication;
  db: DataSource;
  databaseUrl: string;
  /** A real GraphQL request over HTTP, as the web app sends it. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Signs in through the API and returns a client that sends the session cookie. */
  signIn(email: string, password: string): Promise<GraphQLClient>;
  client(cookie: string | null): GraphQLClient;
  stop(): Promise<void>;
}

function clusterUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through Jest (its globalSetup starts PostgreSQL)');
  return url;
}

/** A fresh database of its own in the test cluster, dropped again by the returned function. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: clusterUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(clusterUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: clusterUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A GraphQL client over real HTTP to the server at `url`, sending `cookie` (or none). */
export function clientAt(url: string, cookie: string | null): GraphQLClient {
  return {
    cookie,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
  };
}

/** Signs in through the API of the server at `url` and returns a client that sends the session cookie. */
export async function signInAt(url: string, email: string, password: string): Promise<GraphQLClient> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as GraphQLResponse;
  const setCookie = response.headers.get('set-cookie');
  if (body.errors || !setCookie) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(body.errors)}`);
  return clientAt(url, setCookie.split(';')[0]);
}

/** Boots the real server (migrations, optional demo data, web build) on a random port. */
export async function startFlaskhals(
  options: { seed?: boolean; env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<RunningFlaskhals> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  // Rate limits are tested on their own (auth/rate-limits.test.ts); elsewhere they would only get in the way.
  // PERFORMANCE_CHOICES passes through: `npm run test:plain` runs the suite with every choice off.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TILE_URL: '',
    DATABASE_URL: database.url,
    RATE_LIMIT_MUTATIONS: '1000000',
    RATE_LIMIT_SIGN_IN: '1000000',
    PERFORMANCE_CHOICES: process.env.PERFORMANCE_CHOICES,
    ...options.env,
  });
  const app = await createApp(config, database.url);
  const db = app.get(DataSource);
  if (options.seed) await seedDemoDataIfEmpty(db);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const client = (cookie: string | null) => clientAt(url, cookie);
  return {
    url,
    app,
    db,
    databaseUrl: database.url,
    graphql: client(null).graphql,
    client,
    signIn: (email, password) => signInAt(url, email, password),
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
