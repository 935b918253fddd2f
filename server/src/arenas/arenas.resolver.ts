import type { ArenaRole } from '@flaskhals/shared';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ArenaRoleEnum, roleIn } from '../access';
import type { GraphQLContext } from '../graphql-context';
import { Arena } from './arena.entity';
import { ArenasService } from './arenas.service';

@Resolver(() => Arena)
export class ArenasResolver {
  constructor(private readonly arenas: ArenasService) {}

  @Query(() => Arena, { nullable: true, description: 'An arena by slug; the default arena when slug is omitted' })
  arena(@Args('slug', { type: () => String, nullable: true }) slug?: string | null): Promise<Arena | null> {
    return this.arenas.findBySlug(slug);
  }

  @ResolveField(() => ArenaRoleEnum, {
    nullable: true,
    description: "The signed-in user's role here; null for visitors and users without one",
  })
  myRole(@Parent() arena: Arena, @Context() ctx: GraphQLContext): ArenaRole | null {
    return roleIn(ctx.actor, arena.id);
  }
}
