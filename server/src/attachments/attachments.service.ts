import { DISCUSSION_LIMITS, isImageType } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import {
  type Actor,
  canDeleteAttachment,
  canEditReport,
  canSeeComment,
  canSeeHiddenComment,
  canSeeReport,
  hasPermission,
  readAccess,
  requireAccess,
  requireSignedIn,
} from '../access';
import { AuditService } from '../audit';
import { badInput } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { ObjectsService } from '../objects';
import type { Attachment } from './attachment.entity';
import { type AttachmentOwner, AttachmentsRepository } from './attachments.repository';
import { checkFile, processFile, storedFilename } from './file-content';

export interface Upload {
  reportId?: string | null;
  commentId?: string | null;
  keepLocation: boolean;
  file: { originalname: string; buffer: Buffer; size: number } | undefined;
}

export interface ServedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Photos and PDFs on reports and comments. Who may see an attachment is who may see its report or
 * comment (and its object): anyone else is told it does not exist. Uploads: the reporting
 * organization and staff on a report, the author and staff on a comment; removal: the uploader or staff.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attachments: AttachmentsRepository,
    private readonly objects: ObjectsService,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, upload: Upload): Promise<Attachment> {
    const user = requireSignedIn(actor);
    const target = ownerTarget(upload);
    const file = upload.file;
    if (!file || file.size === 0) throw badInput('file', 'required');
    if (file.size > DISCUSSION_LIMITS.attachmentBytesMax)
      throw badInput('file', 'fileTooLarge', { max: DISCUSSION_LIMITS.attachmentBytesMax });
    const check = checkFile(file.originalname, file.buffer);
    if (!check.ok) throw badInput('file', check.code, check.params);
    // Who may attach here is decided before any work is spent on decoding the image.
    const owner = await this.attachments.owner(this.db.manager, target.kind, target.id);
    if (!owner || !(await this.maySee(actor, owner))) throw badInput(target.field, 'notFound');
    this.requireMayAttach(actor, owner);
    if (owner.withdrawnAt) throw badInput(target.field, 'withdrawn');
    if (owner.hiddenAt) throw badInput(target.field, 'commentHidden');
    let processed;
    try {
      processed = await processFile(file.buffer, check.contentType, upload.keepLocation);
    } catch {
      throw badInput('file', 'fileUnreadable');
    }
    const id = await this.db.transaction(async (tx) => {
      const filename = storedFilename(file.originalname, check.contentType);
      const attachmentId = await this.attachments.insert(tx, {
        arenaId: owner.arenaId,
        reportId: owner.kind === 'report' ? owner.id : null,
        commentId: owner.kind === 'comment' ? owner.id : null,
        uploadedBy: user.id,
        organizationId: user.organizationId,
        filename,
        contentType: check.contentType,
        content: processed.content,
        thumbnail: processed.thumbnail,
      });
      await this.audit.record(tx, actor, {
        arenaId: owner.arenaId,
        entity: 'attachment',
        entityId: attachmentId,
        action: 'create',
        after: {
          [owner.kind]: owner.id,
          filename,
          contentType: check.contentType,
          size: processed.content.length,
          keptLocation: upload.keepLocation,
        },
      });
      return attachmentId;
    });
    return (await this.attachments.byId(id))!;
  }

  /** The bytes of an attachment (or its thumbnail) for a reader who may see it; null otherwise, as for an unknown id. */
  async file(actor: Actor, id: string, part: 'content' | 'thumbnail'): Promise<ServedFile | null> {
    if (!isUuid(id)) return null;
    const found = await this.attachments.byId(id, part);
    if (!found || !found.bytes || !(await this.maySee(actor, found.owner))) return null;
    return { filename: found.filename, contentType: part === 'thumbnail' ? 'image/webp' : found.contentType, bytes: found.bytes };
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    requireSignedIn(actor);
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const found = await this.attachments.byId(id);
    if (!found || !(await this.maySee(actor, found.owner))) throw badInput('id', 'notFound');
    if (!canDeleteAttachment(actor, found)) requireAccess(actor, found.arenaId, 'triage');
    await this.db.transaction(async (tx) => {
      await this.attachments.delete(tx, id);
      await this.audit.record(tx, actor, {
        arenaId: found.arenaId,
        entity: 'attachment',
        entityId: id,
        action: 'delete',
        before: { [found.owner.kind]: found.owner.id, filename: found.filename, contentType: found.contentType, size: found.size },
      });
    });
    return true;
  }

  /**
   * The attachments of a report or comment the reader already sees (a field of it): a hidden
   * comment's only for staff.
   */
  visibleOf(actor: Actor, owner: { arenaId: string; hiddenAt?: Date | null }, attachments: Attachment[]): Attachment[] {
    return owner.hiddenAt && !canSeeHiddenComment(actor, owner.arenaId) ? [] : attachments;
  }

  /** The report or comment is one the actor sees, on an object the actor sees; a hidden comment's files are for staff. */
  private async maySee(actor: Actor, owner: AttachmentOwner): Promise<boolean> {
    const access = readAccess(actor, owner.arenaId);
    const seesOwner =
      owner.kind === 'report'
        ? canSeeReport(access, owner)
        : canSeeComment(access, owner) && (!owner.hiddenAt || canSeeHiddenComment(actor, owner.arenaId));
    return seesOwner && (await this.objects.findById(actor, owner.objectId)) !== null;
  }

  /** A report's files: its organization (with the right to report) and staff; a comment's: its author and staff. */
  private requireMayAttach(actor: Actor, owner: AttachmentOwner): void {
    if (hasPermission(actor, owner.arenaId, 'triage')) return;
    if (owner.kind === 'report') {
      requireAccess(actor, owner.arenaId, 'report');
      if (!canEditReport(actor, { arenaId: owner.arenaId, organizationId: owner.organizationId }))
        requireAccess(actor, owner.arenaId, 'triage');
    } else {
      requireAccess(actor, owner.arenaId, 'comment');
      if (owner.authorId !== actor.user?.id) requireAccess(actor, owner.arenaId, 'triage');
    }
  }
}

/** Which report or comment an upload names: exactly one of them. */
function ownerTarget(upload: Upload): { kind: 'report' | 'comment'; id: string; field: string } {
  if (upload.reportId && upload.commentId) throw badInput('reportId', 'invalidOption');
  const kind = upload.reportId ? 'report' : upload.commentId ? 'comment' : null;
  if (!kind) throw badInput('reportId', 'required');
  const field = `${kind}Id`;
  const id = (kind === 'report' ? upload.reportId : upload.commentId)!;
  if (!isUuid(id)) throw badInput(field, 'invalidId');
  return { kind, id, field };
}

export const attachmentUrls = (attachment: Pick<Attachment, 'id' | 'contentType'>) => ({
  url: `/api/attachments/${attachment.id}`,
  thumbnailUrl: isImageType(attachment.contentType) ? `/api/attachments/${attachment.id}/thumbnail` : null,
});
