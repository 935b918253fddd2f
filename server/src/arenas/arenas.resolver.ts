import { Args, Query, Resolver } from '@nestjs/graphql';
import { Arena } from './arena.entity';
import { ArenasService } from './arenas.service';

@Resolver(() => Arena)
export class ArenasResolver {
  constructor(private readonly arenas: ArenasService) {}

  @Query(() => Arena, { nullable: true, description: 'An arena by slug; the default arena when slug is omitted' })
  arena(@Args('slug', { type: () => String, nullable: true }) slug?: string | null): Promise<Arena | null> {
    return this.arenas.findBySlug(slug);
  }
}
