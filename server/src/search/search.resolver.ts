import { Args, Context, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { asksForTotals } from '../objects';
import { SearchService } from './search.service';
import { Place, type SearchHit, SearchHitConnection, SearchInput } from './search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchHitConnection, {
    description:
      'Search the whole arena (not the view): Swedish full text over objects and the reports and comments the asker may read, with trigrams for compounds, accents and typos; best first',
  })
  search(
    @Context() ctx: GraphQLContext,
    @Args('input', { type: () => SearchInput }) input: SearchInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Connection<SearchHit>> {
    return this.searchService.search(ctx.actor, input, first, after, asksForTotals(info!, ['edges', 'node', 'object']));
  }

  @Query(() => [Place], { description: 'Towns and municipalities by name, to move the map there; public, at most 20' })
  places(@Args('text') text: string, @Args('first', { type: () => Int, nullable: true, defaultValue: 8 }) first?: number): Place[] {
    return this.searchService.places(text, first) as Place[];
  }
}
