import { AuditModule } from '../audit/audit.module';
import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [MailModule, AuditModule],
  providers: [InvitationsService, InvitationsResolver],
})
export class InvitationsModule {}
