import type { ReportVisibility } from '@flaskhals/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { ReportVisibilityEnum } from '../reports/report.entity';
import { Comment } from './comment.entity';
import { AddCommentInput, EditCommentInput, MentionCandidate } from './comment.inputs';
import { CommentsService } from './comments.service';

const CommentConnection = ConnectionType(Comment, 'Comment');
const MentionCandidateConnection = ConnectionType(MentionCandidate, 'MentionCandidate');

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => Comment, { description: 'Members and staff: a comment on an object (Markdown, with @mentions)' })
  addComment(@Args('input', { type: () => AddCommentInput }) input: AddCommentInput, @Context() ctx: GraphQLContext): Promise<Comment> {
    return this.comments.add(ctx.actor, input);
  }

  @Mutation(() => Comment, { description: 'The author: a new text for a comment, within 15 minutes of posting it' })
  editComment(@Args('input', { type: () => EditCommentInput }) input: EditCommentInput, @Context() ctx: GraphQLContext): Promise<Comment> {
    return this.comments.edit(ctx.actor, input);
  }

  @Mutation(() => Comment, { description: 'Staff: hide a comment; others see "hidden by the secretariat" and the reason' })
  hideComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Comment> {
    return this.comments.setHidden(ctx.actor, id, reason);
  }

  @Mutation(() => Comment, { description: 'Staff: show a hidden comment again' })
  unhideComment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Comment> {
    return this.comments.setHidden(ctx.actor, id, null);
  }

  @Query(() => String, { description: 'A draft comment rendered as bodyHtml would be (for the preview of the form)' })
  commentPreview(
    @Context() ctx: GraphQLContext,
    @Args('objectId', { type: () => ID }) objectId: string,
    @Args('body') body: string,
  ): Promise<string> {
    return this.comments.preview(ctx.actor, objectId, body);
  }

  @Query(() => MentionCandidateConnection, {
    description: "People of the object's arena a comment of this visibility may mention (those who will see it), by name",
  })
  mentionCandidates(
    @Context() ctx: GraphQLContext,
    @Args('objectId', { type: () => ID }) objectId: string,
    @Args('visibility', { type: () => ReportVisibilityEnum, nullable: true }) visibility?: ReportVisibility | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<MentionCandidate>> {
    return this.comments.mentionCandidates(ctx.actor, { objectId, visibility, search, first, after });
  }
}

/** An object's discussion: a field of the object, owned here so that objects/ needs nothing of comments/. */
@Resolver(() => InfrastructureObject)
export class ObjectCommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => CommentConnection, { description: 'The discussion, oldest first: the comments the reader may see' })
  comments(
    @Parent() object: InfrastructureObject,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Comment>> {
    return this.service.ofObject(ctx.actor, object, first, after);
  }
}
