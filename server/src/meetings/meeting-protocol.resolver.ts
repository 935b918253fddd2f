import { protocolPdfPath } from '@flaskhals/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { renderMarkdownHtml } from '../common/markdown/markdown';
import type { GraphQLContext } from '../graphql-context';
import type { ArchivedProtocolRow } from './meeting-protocol.repository';
import { MeetingProtocolService } from './meeting-protocol.service';
import { ArchivedProtocol, ArchivedProtocolConnection, MeetingProtocol } from './meeting-protocol.types';
import { AgendaItem, Meeting } from './meetings.types';

/** The protocol of a meeting: adjusters, approval, publication, and the arena's archive of approved protocols. */
@Resolver(() => Meeting)
export class MeetingProtocolResolver {
  constructor(private readonly protocols: MeetingProtocolService) {}

  @ResolveField(() => MeetingProtocol)
  async protocol(@Parent() meeting: Meeting, @Context() ctx: GraphQLContext): Promise<MeetingProtocol> {
    const { readable, ...view } = await this.protocols.view(ctx.actor, meeting);
    return { ...view, pdfUrl: readable ? protocolPdfPath(meeting.id) : null };
  }

  @Query(() => ArchivedProtocolConnection, {
    description: "The arena's approved protocols, latest meeting first: all for its people, the public ones for visitors",
  })
  async protocolArchive(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID, nullable: true }) arenaId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    const page = await this.protocols.archive(ctx.actor, arenaId, first, after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: archived(edge.node) })) };
  }

  @Mutation(() => Meeting, {
    description: "Staff: name the protocol's adjusters (at most two of the arena's people), until it is approved",
  })
  setProtocolAdjusters(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.protocols.setAdjusters(ctx.actor, meetingId, userIds);
  }

  @Mutation(() => Meeting, { description: "A named adjuster approves the closed meeting's protocol; the last approval freezes it" })
  approveProtocol(@Args('meetingId', { type: () => ID }) meetingId: string, @Context() ctx: GraphQLContext): Promise<Meeting> {
    return this.protocols.approve(ctx.actor, meetingId);
  }

  @Mutation(() => Meeting, { description: "Staff: publish the approved protocol to the public too (true), or to the arena's people only" })
  setProtocolPublic(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('public') isPublic: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<Meeting> {
    return this.protocols.setPublic(ctx.actor, meetingId, isPublic);
  }
}

/** Minutes rendered from their Markdown, for reading. */
@Resolver(() => AgendaItem)
export class AgendaItemMinutesResolver {
  @ResolveField(() => String, { nullable: true, description: 'The minutes as safe HTML (rendered from the Markdown)' })
  minutesHtml(@Parent() item: AgendaItem): string | null {
    if (item.minutesHtml !== undefined) return item.minutesHtml;
    return item.minutes ? renderMarkdownHtml(item.minutes) : null;
  }
}

function archived(row: ArchivedProtocolRow): ArchivedProtocol {
  return {
    meetingId: row.meetingId,
    title: row.title,
    startsAt: row.startsAt,
    place: row.place,
    approvedAt: row.approvedAt,
    public: row.public,
    pdfUrl: protocolPdfPath(row.meetingId),
  };
}
