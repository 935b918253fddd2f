import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EmailOutboxResolver } from './email-outbox.resolver';
import { MailService } from './mail.service';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxWorker } from './outbox-worker';

/** The email outbox: MailService.enqueue for features that send mail, the worker that sends it, the admins' query. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [MailService, OutboxWorker, EmailOutboxResolver],
  exports: [MailService],
})
export class MailModule {}
