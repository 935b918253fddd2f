import { boundingBox } from '@flaskhals/shared';
import { Args, Context, Field, Float, ID, Info, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import GraphQLJSON from 'graphql-type-json';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import { selectedFields } from '../common/graphql/selection';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from './infrastructure-object.entity';
import { ObjectClusterView } from './object-clusters';
import { ObjectFilter } from './object-filter.input';
import { ObjectSort } from './object-sort';
import { ObjectsService } from './objects.service';

const ObjectConnection = ConnectionType(InfrastructureObject, 'Object');

@ObjectType()
class NearbyObject {
  @Field(() => InfrastructureObject)
  object: InfrastructureObject;

  @Field(() => Float)
  distanceMeters: number;

  @Field(() => Float, { description: 'Trigram similarity of the name to the given text, 0..1' })
  similarity: number;
}

@Resolver(() => InfrastructureObject)
export class ObjectsResolver {
  constructor(private readonly objectsService: ObjectsService) {}

  @Query(() => ObjectConnection, {
    description: 'Objects of an arena, by name unless sorted otherwise; the map asks with its bbox (objects whose geometry is in it)',
  })
  objects(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => ObjectFilter, nullable: true }) filter?: ObjectFilter | null,
    @Args('sort', { type: () => ObjectSort, nullable: true }) sort?: ObjectSort | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Connection<InfrastructureObject>> {
    const selection = { fields: selectedFields(info!, ['edges', 'node']), totalCount: selectedFields(info!).has('totalCount') };
    return this.objectsService.list(ctx.actor, filter, first, after, selection, sort ?? null);
  }

  @Query(() => ObjectClusterView, {
    description: 'For the map: how many objects are in view, and clusters of them when more than maxObjects',
  })
  objectClusters(
    @Args('filter', { type: () => ObjectFilter }) filter: ObjectFilter,
    @Args('zoom', { type: () => Int }) zoom: number,
    @Args('maxObjects', { type: () => Int, nullable: true, defaultValue: 1000 }) maxObjects: number,
    @Context() ctx: GraphQLContext,
  ): Promise<ObjectClusterView> {
    return this.objectsService.clusters(ctx.actor, filter, zoom, maxObjects);
  }

  @Query(() => InfrastructureObject, { nullable: true })
  object(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<InfrastructureObject | null> {
    return this.objectsService.findById(ctx.actor, id);
  }

  @Query(() => [NearbyObject], { description: 'Existing objects near a geometry a user is about to report, best match first' })
  nearbyObjects(
    @Context() ctx: GraphQLContext,
    @Args('geometry', { type: () => GraphQLJSON }) geometry: unknown,
    @Args('radiusMeters', { type: () => Int, nullable: true }) radiusMeters?: number | null,
    @Args('text', { type: () => String, nullable: true }) text?: string | null,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first?: number,
  ): Promise<NearbyObject[]> {
    return this.objectsService.nearby(ctx.actor, { geometry, radiusMeters, text, arenaId, first });
  }

  @ResolveField(() => [Float], { description: '[minLng, minLat, maxLng, maxLat]' })
  bbox(@Parent() object: InfrastructureObject): number[] {
    const b = boundingBox(object.geometry);
    return [b.minLng, b.minLat, b.maxLng, b.maxLat];
  }
}
