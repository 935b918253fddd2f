import { Logger } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { ANONYMOUS, hasPermission } from '../access';
import { SessionsService } from '../auth';
import { badInput } from '../common/graphql/errors';
import { type GraphQLContext, LoaderRegistry } from '../graphql-context';
import type { LiveContext } from '../live';
import { MeetingLiveService } from './meeting-live.service';
import { MeetingLive } from './meeting-live.types';
import { type MeetingChange, MeetingChangeFeed, type MeetingChangeStream } from './meeting-live-feed';
import { MeetingsService } from './meetings.service';
import { Meeting } from './meetings.types';

type LiveState = Promise<MeetingLive | null>;

/** Live mode: presenting an item, and the meeting as it changes, for everyone who may read it. */
@Resolver(() => Meeting)
export class MeetingLiveResolver {
  private readonly logger = new Logger('MeetingLiveResolver');
  /**
   * The meeting's state per change: read once per change and process however many follow it
   * (everyone who may read a meeting reads the same). Gone with the change once all have taken it.
   */
  private readonly states = new WeakMap<MeetingChange, LiveState>();

  constructor(
    private readonly live: MeetingLiveService,
    private readonly meetings: MeetingsService,
    private readonly feed: MeetingChangeFeed,
    private readonly sessions: SessionsService,
    private readonly loaders: LoaderRegistry,
  ) {}

  @ResolveField(() => ID, { nullable: true, description: 'The agenda item staff present now (live mode; only while in progress)' })
  presentedItemId(@Parent() meeting: Meeting): Promise<string | null> {
    return this.live.presentedItemId(meeting);
  }

  @Mutation(() => Meeting, {
    description: 'Staff: present an agenda item of the meeting in progress (everyone following sees it), or stop presenting (itemId null)',
  })
  presentAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Context() ctx: GraphQLContext,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string | null,
  ): Promise<Meeting> {
    return this.live.present(ctx.actor, meetingId, itemId);
  }

  @Subscription(() => MeetingLive, {
    description:
      'The meeting as it is now, first at once and then after every change on any server instance: the presented item, agenda with minutes, ' +
      'decisions (retractions too), attendance. For those who may read the meeting (signed in by the session cookie of the WebSocket ' +
      'request, checked again at every event: the stream ends when they no longer may). A reconnect starts again with the current state.',
    resolve: (state: MeetingLive) => state,
  })
  async meetingChanged(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Context() ctx: LiveContext,
  ): Promise<AsyncIterableIterator<MeetingLive>> {
    const actor = await this.sessions.resolve(ctx.live.sessionToken ?? undefined).catch(() => ANONYMOUS);
    const meeting = await this.meetings.find(actor, meetingId);
    if (!meeting) throw badInput('meetingId', 'notFound');
    return this.follow(this.feed.subscribe(meeting.id), meeting.arenaId, ctx);
  }

  /** A plain iterator, not an async generator: return() must end a stream that waits for a change (see LiveResolver). */
  private follow(changes: MeetingChangeStream, arenaId: string, ctx: LiveContext): AsyncIterableIterator<MeetingLive> {
    const end = (): IteratorResult<MeetingLive> => {
      changes.close();
      return { done: true, value: undefined };
    };
    const next = async (): Promise<IteratorResult<MeetingLive>> => {
      for (;;) {
        const change = await changes.next();
        if (!change) return end();
        const actor = await this.sessions.resolve(ctx.live.sessionToken ?? undefined).catch(() => ANONYMOUS);
        if (!hasPermission(actor, arenaId, 'readMembersAudience')) return end();
        const state = await this.read(change).catch((error: unknown) => {
          // One lost event is better than a closed subscription; the next change sends it all again.
          this.logger.warn(`Could not read meeting ${change.meetingId} for a subscriber: ${(error as Error).message}`);
          return undefined;
        });
        if (state === undefined) continue;
        if (state === null) return end();
        ctx.actor = actor;
        ctx.loaders = this.loaders.create();
        return { done: false, value: state };
      }
    };
    const iterator: AsyncIterableIterator<MeetingLive> = {
      next,
      return: async () => end(),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private read(change: MeetingChange): LiveState {
    let state = this.states.get(change);
    if (!state) this.states.set(change, (state = this.live.state(change.meetingId)));
    return state;
  }
}
