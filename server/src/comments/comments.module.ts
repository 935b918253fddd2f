import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit';
import { HistoryModule } from '../history';
import { ObjectsModule } from '../objects';
import { Comment, CommentMention } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver, ObjectCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([Comment, CommentMention]), ObjectsModule, HistoryModule, AuditModule],
  providers: [CommentsService, CommentsRepository, CommentsResolver, ObjectCommentsResolver],
})
export class CommentsModule {}
