import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Connection } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import {
  MergeObjectsInput,
  MergeObjectsPayload,
  MergePreview,
  MoveReportInput,
  MoveReportPayload,
  ObjectMergeConnection,
} from './merges.inputs';
import { MergesService } from './merges.service';
import { MoveReportService } from './move-report.service';
import { ObjectMerge } from './object-merge.entity';

@Resolver()
export class MergesResolver {
  constructor(
    private readonly merges: MergesService,
    private readonly moves: MoveReportService,
  ) {}

  @Mutation(() => MergeObjectsPayload, {
    description:
      'Staff: merge a duplicate into the kept object (reports and supports move; the duplicate becomes DUPLICATE); one transaction',
  })
  mergeObjects(@Args('input', { type: () => MergeObjectsInput }) input: MergeObjectsInput, @Context() ctx: GraphQLContext) {
    return this.merges.merge(ctx.actor, input);
  }

  @Mutation(() => MergeObjectsPayload, {
    description: 'Staff: undo a merge while nothing newer depends on it (ObjectMerge.canUndo; the reasons in shared/src/merge.ts)',
  })
  undoMerge(@Args('mergeId', { type: () => ID }) mergeId: string, @Context() ctx: GraphQLContext) {
    return this.merges.undo(ctx.actor, mergeId);
  }

  @Mutation(() => MoveReportPayload, {
    description:
      'Staff: move one report with its supports to another object or a new one; the source becomes INACTIVE when nothing counts on it',
  })
  moveReport(@Args('input', { type: () => MoveReportInput }) input: MoveReportInput, @Context() ctx: GraphQLContext) {
    return this.moves.moveReport(ctx.actor, input);
  }

  @Query(() => MergePreview, {
    description: 'Staff: what merging the duplicate into the kept object would move; refused as the merge would be',
  })
  mergePreview(
    @Args('keptId', { type: () => ID }) keptId: string,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Context() ctx: GraphQLContext,
  ) {
    return this.merges.preview(ctx.actor, keptId, duplicateId);
  }

  @Query(() => ObjectMerge, {
    nullable: true,
    description: 'Staff: one merge (the mergeId of a MERGED_IN/MERGED_AWAY event), with canUndo',
  })
  objectMerge(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<ObjectMerge | null> {
    return this.merges.findById(ctx.actor, id);
  }

  @Query(() => ObjectMergeConnection, { description: 'Staff: the merges an object took part in (kept or duplicate), newest first' })
  objectMerges(
    @Args('objectId', { type: () => ID }) objectId: string,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ObjectMerge>> {
    return this.merges.ofObject(ctx.actor, objectId, first, after);
  }
}
