import { type EmailFrequency } from '@flaskhals/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { type Actor, ANONYMOUS, requireSignedIn } from '../access';
import { SessionsService } from '../auth';
import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { AreaAlertsService } from './area-alerts.service';
import { NotificationFeed } from './notification-feed';
import { NotificationsService } from './notifications.service';
import {
  AreaAlert,
  AreaAlertConnection,
  AreaAlertInput,
  EmailFrequencyEnum,
  FollowedObject,
  FollowedObjectConnection,
  Notification,
  NotificationConnection,
  NotificationSettings,
} from './notifications.types';

/** What a subscription's context carries (live/live-subscriptions.ts): the session token of the WebSocket request. */
interface LiveContext {
  live: { sessionToken: string | null };
}

/** The follow state of many objects in one request is one query (a map page asks for it per object). */
const followLoaders = new WeakMap<GraphQLContext, DataLoader<string, boolean>>();

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly alerts: AreaAlertsService,
    private readonly feed: NotificationFeed,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => InfrastructureObject, {
    description: 'Follow an object: be told of its status, planning, reports, supports, comments and merges',
  })
  followObject(@Args('objectId', { type: () => ID }) objectId: string, @Context() ctx: GraphQLContext): Promise<InfrastructureObject> {
    return this.notifications.follow(ctx.actor, objectId);
  }

  @Mutation(() => InfrastructureObject, { description: 'Stop following an object' })
  unfollowObject(@Args('objectId', { type: () => ID }) objectId: string, @Context() ctx: GraphQLContext): Promise<InfrastructureObject> {
    return this.notifications.unfollow(ctx.actor, objectId);
  }

  @Query(() => FollowedObjectConnection, { description: 'The objects I follow, newest first' })
  followedObjects(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<FollowedObject>> {
    return this.notifications.followed(ctx.actor, first, after);
  }

  @Query(() => NotificationConnection, { description: 'My notifications, newest first, with the object, the event and whether I read it' })
  myNotifications(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<Connection<Notification>> {
    return this.notifications.list(ctx.actor, first, after, unreadOnly ?? false);
  }

  @Query(() => Int, { description: 'How many of my notifications I have not read' })
  unreadNotificationCount(@Context() ctx: GraphQLContext): Promise<number> {
    return this.notifications.unreadCount(ctx.actor);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (the named ones, or all); answers the unread count after' })
  markNotificationsRead(
    @Context() ctx: GraphQLContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
    @Args('all', { type: () => Boolean, nullable: true }) all?: boolean | null,
  ): Promise<number> {
    return this.notifications.markRead(ctx.actor, ids, all);
  }

  @Query(() => NotificationSettings, { description: 'How I get e-mail about notifications' })
  async notificationSettings(@Context() ctx: GraphQLContext): Promise<NotificationSettings> {
    return { emailFrequency: await this.notifications.emailFrequency(ctx.actor) };
  }

  @Mutation(() => NotificationSettings, { description: 'Choose e-mail at once, a daily digest at 07:00, or none' })
  async setNotificationEmail(
    @Args('frequency', { type: () => EmailFrequencyEnum }) frequency: EmailFrequency,
    @Context() ctx: GraphQLContext,
  ): Promise<NotificationSettings> {
    return { emailFrequency: await this.notifications.setEmailFrequency(ctx.actor, frequency) };
  }

  @Query(() => AreaAlertConnection, { description: 'My area alerts in an arena, newest first' })
  myAreaAlerts(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AreaAlert>> {
    return this.alerts.list(ctx.actor, arenaId, first, after);
  }

  @Mutation(() => AreaAlert, {
    description: 'Be told of new objects in an area or municipalities, optionally of some categories and kinds',
  })
  createAreaAlert(
    @Args('input', { type: () => AreaAlertInput }) input: AreaAlertInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AreaAlert> {
    return this.alerts.create(ctx.actor, input);
  }

  @Mutation(() => AreaAlert)
  updateAreaAlert(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AreaAlertInput }) input: AreaAlertInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AreaAlert> {
    return this.alerts.update(ctx.actor, id, input);
  }

  @Mutation(() => Boolean)
  deleteAreaAlert(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.alerts.remove(ctx.actor, id);
  }

  @Subscription(() => Int, {
    description:
      'My unread notification count: at once, then whenever it changes (on any server instance). Signed in by the session cookie of the WebSocket request.',
    resolve: (count: number) => count,
  })
  async unreadNotificationCountChanged(@Context() ctx: LiveContext): Promise<AsyncIterableIterator<number>> {
    const actor = await this.sessions.resolve(ctx.live.sessionToken ?? undefined).catch(() => ANONYMOUS);
    const user = requireSignedIn(actor);
    const pings = this.feed.subscribe(user.id);
    let first = true;
    const iterator: AsyncIterableIterator<number> = {
      next: async () => {
        if (!first && !(await pings.next())) return { done: true, value: undefined };
        first = false;
        // Per ping, with the session as it is now: a signed-out subscriber is told nothing more.
        const now: Actor = await this.sessions.resolve(ctx.live.sessionToken ?? undefined).catch(() => ANONYMOUS);
        if (now.user?.id !== user.id) {
          pings.close();
          return { done: true, value: undefined };
        }
        return { done: false, value: await this.notifications.unreadCount(now) };
      },
      return: async () => {
        pings.close();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/** Whether the reader follows an object: a field of every object. */
@Resolver(() => InfrastructureObject)
export class ObjectFollowResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => Boolean, { description: 'Whether I follow this object (false for visitors)' })
  followedByMe(@Parent() object: InfrastructureObject, @Context() ctx: GraphQLContext): Promise<boolean> {
    let loader = followLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const followed = await this.notifications.followedAmong(ctx.actor, ids);
        return ids.map((id) => followed.has(id));
      });
      followLoaders.set(ctx, loader);
    }
    return loader.load(object.id);
  }
}
