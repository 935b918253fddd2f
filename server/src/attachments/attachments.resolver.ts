import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Comment } from '../comments/comment.entity';
import type { GraphQLContext } from '../graphql-context';
import { Report } from '../reports/report.entity';
import { Attachment } from './attachment.entity';
import { AttachmentsService, attachmentUrls } from './attachments.service';

@Resolver(() => Attachment)
export class AttachmentsResolver {
  constructor(private readonly attachments: AttachmentsService) {}

  @Mutation(() => Boolean, { description: 'The uploader or staff: remove an attachment' })
  deleteAttachment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.attachments.delete(ctx.actor, id);
  }

  @ResolveField(() => String, { description: 'Where the file is served (to those who may see it); upload: POST /api/attachments' })
  url(@Parent() attachment: Attachment): string {
    return attachmentUrls(attachment).url;
  }

  @ResolveField(() => String, { nullable: true, description: 'A 320 px WebP of a photo; null for a PDF' })
  thumbnailUrl(@Parent() attachment: Attachment): string | null {
    return attachmentUrls(attachment).thumbnailUrl;
  }
}

/** A report's attachments: a field of the report (which the reader sees, or they would not have it). */
@Resolver(() => Report)
export class ReportAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Photos and PDFs, oldest first' })
  async attachments(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Attachment[]> {
    return this.service.visibleOf(ctx.actor, report, await ctx.loaders.attachmentsByReport.load(report.id));
  }
}

/** A comment's attachments: a field of the comment; a hidden comment's only for staff. */
@Resolver(() => Comment)
export class CommentAttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @ResolveField(() => [Attachment], { description: 'Photos and PDFs, oldest first (a hidden comment’s only for staff)' })
  async attachments(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<Attachment[]> {
    return this.service.visibleOf(ctx.actor, comment, await ctx.loaders.attachmentsByComment.load(comment.id));
  }
}
