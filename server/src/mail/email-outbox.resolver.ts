import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../common/graphql/pagination';
import { MailService } from './mail.service';
import { OutboxMessage } from './outbox-message.entity';

const OutboxMessageConnection = ConnectionType(OutboxMessage, 'OutboxMessage');

@Resolver(() => OutboxMessage)
export class EmailOutboxResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => OutboxMessageConnection, { description: 'Every email of the installation, newest first: sent, waiting, failing or (without SMTP) only logged' })
  // TODO(auth): admin only
  emailOutbox(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<OutboxMessage>> {
    return this.mail.list(first, after);
  }
}
