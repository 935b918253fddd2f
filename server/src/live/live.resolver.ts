import { Logger } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';

import { type Actor, ANONYMOUS } from '../access';
import { ArenasService } from '../arenas';
import { SessionsService } from '../auth';
import { LoaderRegistry } from '../graphql-context';
import { ObjectsService } from '../objects';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import type { LiveContext } from './live-subscriptions';
import { type ChangeStream, type ObjectChange, ObjectChangeFeed } from './object-change-feed';
import { readObjectAs, viewOf } from './read-object';

type ObjectView = Promise<InfrastructureObject | null>;

@Resolver()
export class LiveResolver {
  private readonly logger = new Logger('LiveResolver');
  /**
   * Re-reads of one change, per view (members' or public, see read-object.ts): at most two reads
   * per change and process, however many subscribe. Keyed by the change itself: gone with it once
   * every subscriber has taken it.
   */
  private readonly views = new WeakMap<ObjectChange, Map<ReturnType<typeof viewOf>, ObjectView>>();

  constructor(
    private readonly feed: ObjectChangeFeed,
    private readonly sessions: SessionsService,
    private readonly arenas: ArenasService,
    private readonly objects: ObjectsService,
    private readonly loaders: LoaderRegistry,
  ) {}

  @Subscription(() => InfrastructureObject, {
    description:
      'Objects of the arena whose totals change (a report, a support or a withdrawal, on any server instance), as the subscriber may see them now: ' +
      'totals, organizationCount, reportCount and categories of their own view. Objects the subscriber may not see are not sent. ' +
      'Signed in by the session cookie of the WebSocket request (graphql-ws on /graphql); checked again at every event, so a sign-out ends the members\u2019 view. ' +
      'Changes made while the connection was down are not replayed: re-read the view after reconnecting.',
    resolve: (object: InfrastructureObject) => object,
  })
  async objectChanged(
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Context() ctx: LiveContext,
  ): Promise<AsyncIterableIterator<InfrastructureObject>> {
    const arena = await this.arenas.resolveArenaId(arenaId, 'arenaId');
    return this.visibleChanges(this.feed.subscribe(arena), ctx);
  }

  /**
   * The changes the subscriber may see, re-read as they may see them. Written as a plain iterator,
   * not an async generator: a generator's return() waits for the pending event, so an unsubscribed
   * client would hold its subscription until the arena's next change.
   */
  private visibleChanges(changes: ChangeStream, ctx: LiveContext): AsyncIterableIterator<InfrastructureObject> {
    const next = async (): Promise<IteratorResult<InfrastructureObject>> => {
      for (;;) {
        const change = await changes.next();
        if (!change) return { done: true, value: undefined };
        // Per event, not per connection: a revoked session or a changed role counts from the next
        // event on. The actor cache makes this a map look-up unless sessions changed.
        const actor = await this.sessions.resolve(ctx.live.sessionToken ?? undefined).catch(() => ANONYMOUS);
        const object = await this.read(change, actor).catch((error: unknown) => {
          // One lost event is better than a closed subscription; the next change sends the object again.
          this.logger.warn(`Could not re-read object ${change.objectId} for a subscriber: ${(error as Error).message}`);
          return null;
        });
        if (!object) continue;
        // The object's fields (e.g. its reports) resolve with this event's actor and fresh loaders.
        ctx.actor = actor;
        ctx.loaders = this.loaders.create();
        return { done: false, value: object };
      }
    };
    const iterator: AsyncIterableIterator<InfrastructureObject> = {
      next,
      return: async () => {
        changes.close();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private read(change: ObjectChange, actor: Actor): ObjectView {
    let byView = this.views.get(change);
    if (!byView) this.views.set(change, (byView = new Map()));
    const key = viewOf(actor, change.arenaId);
    let view = byView.get(key);
    if (!view) byView.set(key, (view = readObjectAs(this.objects, actor, change.objectId)));
    return view;
  }
}
