import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { MailService } from './mail.service';
import { OutboxMessage } from './outbox-message.entity';

const OutboxMessageConnection = ConnectionType(OutboxMessage, 'OutboxMessage');

@Resolver(() => OutboxMessage)
export class EmailOutboxResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => OutboxMessageConnection, {
    description:
      "The arena's e-mails for its admins, newest first: sent, waiting, failing or (without SMTP) only logged. Password-reset mails are never listed.",
  })
  emailOutbox(
    @Context() ctx: GraphQLContext,
    @Args('arenaId', { type: () => ID }) arenaId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<OutboxMessage>> {
    return this.mail.list(ctx.actor, arenaId, first, after);
  }
}
