import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { Actor } from './access/actor';

/**
 * The per-request DataLoaders, by name. Each feature declares its own here from its folder
 * (`declare module '../graphql-context' { interface Loaders { … } }` in its <f>.loaders.ts) and
 * registers their factories with the LoaderRegistry when its module starts; the context of every
 * request then carries a fresh set, so batching never leaks data between requests.
 */
// Empty here on purpose: filled by declaration merging.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface (not a type) is what declaration merging extends
export interface Loaders {}

export type LoaderFactories = { [Name in keyof Loaders]?: () => Loaders[Name] };

/** Where feature modules put their loader factories; the GraphQL context asks it for each request's loaders. */
@Injectable()
export class LoaderRegistry {
  private readonly factories = new Map<string, () => unknown>();

  register(factories: LoaderFactories): void {
    for (const [name, factory] of Object.entries(factories)) {
      if (this.factories.has(name)) throw new Error(`Two modules register a DataLoader named ${name}`);
      this.factories.set(name, factory as () => unknown);
    }
  }

  /** Fresh loaders for one request. */
  create(): Loaders {
    const loaders: Record<string, unknown> = {};
    for (const [name, factory] of this.factories) loaders[name] = factory();
    return loaders as unknown as Loaders;
  }
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** Who is asking, resolved from the session cookie by actorMiddleware. */
  actor: Actor;
  loaders: Loaders;
}
