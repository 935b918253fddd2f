import type { ReportVisibility } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { query, raw, type Sql, sql } from '../common/database/sql';
import type { Attachment } from './attachment.entity';

/** What an attachment hangs on, with what the visibility rules need of it. */
export interface AttachmentOwner {
  kind: 'report' | 'comment';
  id: string;
  arenaId: string;
  objectId: string;
  organizationId: string;
  visibility: ReportVisibility;
  withdrawnAt: Date | null;
  hiddenAt: Date | null;
  /** The comment's author; null for a report (its organization owns it). */
  authorId: string | null;
}

export type StoredAttachment = Attachment & { owner: AttachmentOwner };

const META = raw(`a.id, a.arena_id AS "arenaId", a.report_id AS "reportId", a.comment_id AS "commentId", a.uploaded_by AS "uploadedBy",
  a.organization_id AS "organizationId", a.filename, a.content_type AS "contentType", a.size, a.created_at AS "createdAt"`);

/** The report or comment of an attachment, as one shape (report columns, or comment columns). */
const OWNER = raw(`CASE WHEN r.id IS NOT NULL THEN 'report' ELSE 'comment' END AS owner_kind,
  coalesce(r.id, c.id) AS owner_id, coalesce(r.object_id, c.object_id) AS owner_object_id,
  coalesce(r.organization_id, c.organization_id) AS owner_organization_id, coalesce(r.visibility, c.visibility) AS owner_visibility,
  r.withdrawn_at AS owner_withdrawn_at, c.hidden_at AS owner_hidden_at, c.author_id AS owner_author_id`);

/** The attachments' SQL. */
export const attachmentStatements = {
  owner(kind: 'report' | 'comment', id: string): Sql {
    return kind === 'report'
      ? sql`SELECT 'report' AS owner_kind, r.id AS owner_id, r.arena_id AS "arenaId", r.object_id AS owner_object_id,
          r.organization_id AS owner_organization_id, r.visibility AS owner_visibility, r.withdrawn_at AS owner_withdrawn_at,
          NULL::timestamptz AS owner_hidden_at, NULL::uuid AS owner_author_id FROM report r WHERE r.id = ${id}`
      : sql`SELECT 'comment' AS owner_kind, c.id AS owner_id, c.arena_id AS "arenaId", c.object_id AS owner_object_id,
          c.organization_id AS owner_organization_id, c.visibility AS owner_visibility, NULL::timestamptz AS owner_withdrawn_at,
          c.hidden_at AS owner_hidden_at, c.author_id AS owner_author_id FROM comment c WHERE c.id = ${id}`;
  },
  insert(a: {
    arenaId: string;
    reportId: string | null;
    commentId: string | null;
    uploadedBy: string;
    organizationId: string;
    filename: string;
    contentType: string;
    content: Buffer;
    thumbnail: Buffer | null;
  }): Sql {
    return sql`INSERT INTO attachment (arena_id, report_id, comment_id, uploaded_by, organization_id, filename, content_type, size, content, thumbnail)
      VALUES (${a.arenaId}, ${a.reportId}, ${a.commentId}, ${a.uploadedBy}, ${a.organizationId}, ${a.filename}, ${a.contentType},
        ${a.content.length}, ${a.content}, ${a.thumbnail}) RETURNING id`;
  },
  /** One attachment's description with its owner; the bytes only when asked (`part`). */
  byId(id: string, part: 'content' | 'thumbnail' | null): Sql {
    return sql`SELECT ${META}, ${OWNER} ${raw(part ? `, a.${part} AS bytes` : '')}
      FROM attachment a LEFT JOIN report r ON r.id = a.report_id LEFT JOIN comment c ON c.id = a.comment_id
      WHERE a.id = ${id}`;
  },
  /** The attachments of reports or comments, oldest first, without their bytes (for the loaders). */
  ofOwners(column: 'report_id' | 'comment_id', ids: readonly string[]): Sql {
    return sql`SELECT ${META} FROM attachment a WHERE a.${raw(column)} = ANY(${ids}::uuid[]) ORDER BY a.created_at, a.id`;
  },
  delete(id: string): Sql {
    return sql`DELETE FROM attachment WHERE id = ${id}`;
  },
};

type OwnerColumns = {
  owner_kind: 'report' | 'comment';
  owner_id: string;
  arenaId: string;
  owner_object_id: string;
  owner_organization_id: string;
  owner_visibility: ReportVisibility;
  owner_withdrawn_at: Date | null;
  owner_hidden_at: Date | null;
  owner_author_id: string | null;
};

function ownerOf(row: OwnerColumns): AttachmentOwner {
  return {
    kind: row.owner_kind,
    id: row.owner_id,
    arenaId: row.arenaId,
    objectId: row.owner_object_id,
    organizationId: row.owner_organization_id,
    visibility: row.owner_visibility,
    withdrawnAt: row.owner_withdrawn_at,
    hiddenAt: row.owner_hidden_at,
    authorId: row.owner_author_id,
  };
}

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async owner(tx: EntityManager, kind: 'report' | 'comment', id: string): Promise<AttachmentOwner | null> {
    const [row] = await query<OwnerColumns>(tx, attachmentStatements.owner(kind, id));
    return row ? ownerOf(row) : null;
  }

  async insert(tx: EntityManager, attachment: Parameters<typeof attachmentStatements.insert>[0]): Promise<string> {
    const [row] = await query<{ id: string }>(tx, attachmentStatements.insert(attachment));
    return row.id;
  }

  async byId(id: string, part: 'content' | 'thumbnail' | null = null): Promise<(StoredAttachment & { bytes?: Buffer | null }) | null> {
    const [row] = await query<Attachment & OwnerColumns & { bytes?: Buffer | null }>(this.db, attachmentStatements.byId(id, part));
    if (!row) return null;
    const {
      owner_kind,
      owner_id,
      owner_object_id,
      owner_organization_id,
      owner_visibility,
      owner_withdrawn_at,
      owner_hidden_at,
      owner_author_id,
      ...attachment
    } = row;
    return {
      ...attachment,
      owner: ownerOf({
        owner_kind,
        owner_id,
        arenaId: row.arenaId,
        owner_object_id,
        owner_organization_id,
        owner_visibility,
        owner_withdrawn_at,
        owner_hidden_at,
        owner_author_id,
      }),
    };
  }

  ofOwners(column: 'report_id' | 'comment_id', ids: readonly string[]): Promise<Attachment[]> {
    return query(this.db, attachmentStatements.ofOwners(column, ids));
  }

  async delete(tx: EntityManager, id: string): Promise<void> {
    await query(tx, attachmentStatements.delete(id));
  }
}
