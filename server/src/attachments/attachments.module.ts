import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit';
import { AuthModule } from '../auth';
import { ObjectsModule } from '../objects';
import { Attachment } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentLoaders } from './attachments.loaders';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsResolver, CommentAttachmentsResolver, ReportAttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';

@Module({
  imports: [TypeOrmModule.forFeature([Attachment]), ObjectsModule, AuditModule, AuthModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentsRepository,
    AttachmentLoaders,
    AttachmentsResolver,
    ReportAttachmentsResolver,
    CommentAttachmentsResolver,
  ],
})
export class AttachmentsModule {}
