import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { SavedView, SavedViewConnection, SaveViewInput, UpdateSavedViewInput } from './saved-view.types';
import { SavedViewsService } from './saved-views.service';

@Resolver()
export class SavedViewsResolver {
  constructor(private readonly service: SavedViewsService) {}

  @Query(() => SavedViewConnection, { description: "The asker's saved views of an arena and those shared with it, by name" })
  savedViews(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<SavedView>> {
    return this.service.list(ctx.actor, arenaId, first, after);
  }

  @Query(() => SavedView, { nullable: true, description: "One saved view: the asker's own or a shared one; null otherwise" })
  savedView(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<SavedView | null> {
    return this.service.find(ctx.actor, id);
  }

  @Mutation(() => SavedView, { description: 'Saves the filters and extent of the map under a name, private or shared with the arena' })
  saveView(@Args('input', { type: () => SaveViewInput }) input: SaveViewInput, @Context() ctx: GraphQLContext): Promise<SavedView> {
    return this.service.save(ctx.actor, input);
  }

  @Mutation(() => SavedView, { description: 'Renames or changes a saved view: its owner, or staff for a shared one' })
  updateSavedView(
    @Args('input', { type: () => UpdateSavedViewInput }) input: UpdateSavedViewInput,
    @Context() ctx: GraphQLContext,
  ): Promise<SavedView> {
    return this.service.update(ctx.actor, input);
  }

  @Mutation(() => ID, { description: 'Deletes a saved view: its owner, or staff for a shared one; answers its id' })
  deleteSavedView(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<string> {
    return this.service.delete(ctx.actor, id);
  }
}
