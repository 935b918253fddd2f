import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { HistoryService } from './history.service';
import { ObjectEvent } from './object-event.entity';

const ObjectEventConnection = ConnectionType(ObjectEvent, 'ObjectEvent');

/** An object's history as a field of the object (which the actor may see, or they would not have it). */
@Resolver(() => InfrastructureObject)
export class ObjectHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField(() => ObjectEventConnection, { description: 'What happened to this object, newest first: only what the reader may see' })
  timeline(
    @Parent() object: InfrastructureObject,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ObjectEvent>> {
    return this.history.timeline(ctx.actor, object, first, after);
  }
}
