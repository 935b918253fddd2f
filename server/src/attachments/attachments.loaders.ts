import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';

import { LoaderRegistry } from '../graphql-context';
import type { Attachment } from './attachment.entity';
import { AttachmentsRepository } from './attachments.repository';

declare module '../graphql-context' {
  interface Loaders {
    /** Each report's attachments (without bytes), oldest first. */
    attachmentsByReport: DataLoader<string, Attachment[]>;
    /** Each comment's attachments (without bytes), oldest first. */
    attachmentsByComment: DataLoader<string, Attachment[]>;
  }
}

@Injectable()
export class AttachmentLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly attachments: AttachmentsRepository,
  ) {}

  onModuleInit(): void {
    const byOwner = (column: 'report_id' | 'comment_id', key: 'reportId' | 'commentId') => () =>
      new DataLoader<string, Attachment[]>(async (ids) => {
        const rows = await this.attachments.ofOwners(column, ids);
        return ids.map((id) => rows.filter((row) => row[key] === id));
      });
    this.registry.register({
      attachmentsByReport: byOwner('report_id', 'reportId'),
      attachmentsByComment: byOwner('comment_id', 'commentId'),
    });
  }
}
