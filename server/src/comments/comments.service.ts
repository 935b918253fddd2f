import {
  addCommentSchema,
  DISCUSSION_LIMITS,
  editCommentSchema,
  type FieldError,
  hideCommentSchema,
  mentionedUserIds,
  mentionSearchSchema,
  type ReportVisibility,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { type Actor, canBeMentioned, canSeeComment, canSeeHiddenComment, readAccess, requireAccess, requireSignedIn } from '../access';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, decodeTimeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { HistoryService } from '../history';
import { ObjectsService } from '../objects';
import type { Comment } from './comment.entity';
import type { AddCommentInput, EditCommentInput, MentionCandidate } from './comment.inputs';
import { commentExcerpt, type MentionNames, renderCommentHtml } from './comment-markdown';
import { type CommentRow, CommentsRepository } from './comments.repository';

/**
 * The discussion on an object: members and staff comment in Markdown with the tiers of reports,
 * mention the arena's people, edit for 15 minutes; staff hide a comment with a reason. Each new
 * comment is a COMMENTED event in the object's history (which notifications read: keep its data
 * {commentId, excerpt, mentionedUserIds}).
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly comments: CommentsRepository,
    private readonly objects: ObjectsService,
    private readonly history: HistoryService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, raw: AddCommentInput): Promise<Comment> {
    const user = requireSignedIn(actor);
    const input = validate(addCommentSchema, raw);
    if (!input.ok) throw new BadUserInputError(input.errors, 'input');
    const object = await this.objects.requireVisible(actor, input.value.objectId, 'input.objectId');
    requireAccess(actor, object.arenaId, 'comment');
    const { body, visibility } = input.value;
    const mentioned = await this.checkedMentions(object.arenaId, body, { organizationId: user.organizationId, visibility });
    const id = await this.db.transaction(async (tx) => {
      const commentId = await this.comments.insert(tx, {
        arenaId: object.arenaId,
        objectId: object.id,
        authorId: user.id,
        organizationId: user.organizationId,
        body,
        visibility,
      });
      await this.comments.setMentions(tx, commentId, [...mentioned.keys()]);
      await this.history.record(tx, actor, [
        {
          arenaId: object.arenaId,
          objectId: object.id,
          kind: 'COMMENTED',
          visibility,
          organizationId: user.organizationId,
          data: { commentId, excerpt: commentExcerpt(body, mentioned), mentionedUserIds: [...mentioned.keys()] },
        },
      ]);
      await this.audit.record(tx, actor, {
        arenaId: object.arenaId,
        entity: 'comment',
        entityId: commentId,
        action: 'create',
        after: { objectId: object.id, visibility, body, mentionedUserIds: [...mentioned.keys()] },
      });
      return commentId;
    });
    return this.read(actor, id);
  }

  /** The author changes the text within the edit window; mentions follow the new text. */
  async edit(actor: Actor, raw: EditCommentInput): Promise<Comment> {
    const user = requireSignedIn(actor);
    const input = validate(editCommentSchema, raw);
    if (!input.ok) throw new BadUserInputError(input.errors, 'input');
    const { commentId, body } = input.value;
    await this.db.transaction(async (tx) => {
      const comment = await this.visibleComment(tx, actor, commentId, 'input.commentId');
      requireAccess(actor, comment.arenaId, 'comment');
      if (comment.authorId !== user.id) throw badInput('input.commentId', 'notAuthor');
      if (comment.hiddenAt) throw badInput('input.commentId', 'commentHidden');
      if (!comment.editable) throw badInput('input.body', 'editWindowClosed', { minutes: DISCUSSION_LIMITS.editWindowMinutes });
      const mentioned = await this.checkedMentions(comment.arenaId, body, comment);
      await this.comments.edit(tx, commentId, body);
      await this.comments.setMentions(tx, commentId, [...mentioned.keys()]);
      await this.audit.record(tx, actor, {
        arenaId: comment.arenaId,
        entity: 'comment',
        entityId: commentId,
        action: 'edit',
        before: { body: comment.body },
        after: { body },
      });
    });
    return this.read(actor, commentId);
  }

  /** Staff hide a comment with a reason (others then see only the reason), or show it again (reason null). */
  async setHidden(actor: Actor, commentId: string, reason: string | null): Promise<Comment> {
    requireSignedIn(actor);
    let why: string | null = null;
    if (reason !== null) {
      const input = validate(hideCommentSchema, { commentId, reason });
      if (!input.ok) throw new BadUserInputError(input.errors);
      why = input.value.reason;
    } else if (!isUuid(commentId)) throw badInput('commentId', 'invalidId');
    await this.db.transaction(async (tx) => {
      const comment = await this.visibleComment(tx, actor, commentId, 'commentId');
      const user = requireAccess(actor, comment.arenaId, 'triage');
      if (why === null && !comment.hiddenAt) throw badInput('commentId', 'notHidden');
      await this.comments.hide(tx, commentId, user.id, why);
      await this.history.setCommentExcerpt(tx, comment.objectId, commentId, why === null ? commentExcerpt(comment.body) : null);
      await this.audit.record(tx, actor, {
        arenaId: comment.arenaId,
        entity: 'comment',
        entityId: commentId,
        action: why === null ? 'unhide' : 'hide',
        before: { hiddenReason: comment.hiddenReason },
        after: { hiddenReason: why },
      });
    });
    return this.read(actor, commentId);
  }

  /** An object's comments the actor may see, oldest first. The caller has checked that the actor sees the object. */
  async ofObject(
    actor: Actor,
    object: { id: string; arenaId: string },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Comment>> {
    const access = readAccess(actor, object.arenaId);
    const size = pageSize(first);
    const cursor = decodeTimeCursor(after);
    const rows = await this.comments.page(object.id, access, cursor, size + 1);
    const names = await this.comments.names([...new Set(rows.slice(0, size).flatMap((row) => mentionedUserIds(row.body)))]);
    return toConnection(
      rows.map((row) => this.view(actor, row, names)),
      size,
      Number(rows[0]?.total_count ?? 0),
      (comment) => [(comment as Comment & { cursorAt: string }).cursorAt, comment.id],
    );
  }

  /** A draft rendered by the same rules as bodyHtml, mentions with the names of the arena's people, for the form's preview. */
  async preview(actor: Actor, objectId: string, body: string): Promise<string> {
    requireSignedIn(actor);
    const object = await this.objects.requireVisible(actor, objectId);
    requireAccess(actor, object.arenaId, 'comment');
    if (body.length > DISCUSSION_LIMITS.bodyMax) throw badInput('body', 'tooLong', { max: DISCUSSION_LIMITS.bodyMax });
    const people = await this.comments.peopleInArena(object.arenaId, mentionedUserIds(body));
    return renderCommentHtml(body, new Map(people.map((p) => [p.id, p.name])));
  }

  /** Whom the actor may mention in a comment of `visibility` on an object, by name. */
  async mentionCandidates(
    actor: Actor,
    args: { objectId: string; visibility?: ReportVisibility | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Connection<MentionCandidate>> {
    const user = requireSignedIn(actor);
    const object = await this.objects.requireVisible(actor, args.objectId);
    requireAccess(actor, object.arenaId, 'comment');
    const search = validate(mentionSearchSchema, args.search);
    if (!search.ok) throw new BadUserInputError(search.errors, 'search');
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    if (cursor && !isUuid(cursor[1])) throw badInput('after', 'invalidCursor');
    const rows = await this.comments.candidates(
      object.arenaId,
      args.visibility ?? 'MEMBERS',
      user.organizationId,
      search.value,
      cursor,
      size + 1,
    );
    return toConnection(rows, size, Number(rows[0]?.total_count ?? 0), (p) => [p.name, p.id]);
  }

  /** The people a body mentions, each checked: a person who would not see the comment cannot be mentioned. */
  private async checkedMentions(
    arenaId: string,
    body: string,
    comment: { organizationId: string; visibility: ReportVisibility },
  ): Promise<MentionNames> {
    const ids = mentionedUserIds(body);
    const people = new Map((await this.comments.peopleInArena(arenaId, ids)).map((p) => [p.id, p]));
    const refused: FieldError[] = ids
      .filter((id) => {
        const person = people.get(id);
        return !person || !canBeMentioned(person, comment);
      })
      .map((userId) => ({ field: 'input.body', code: 'mentionNotAllowed', params: { userId } }));
    if (refused.length) throw new BadUserInputError(refused);
    return new Map(ids.map((id) => [id, people.get(id)!.name]));
  }

  /** A comment the actor may see (locked for the change), or "not found": a guessed id reveals nothing. */
  private async visibleComment(tx: EntityManager, actor: Actor, id: string, field: string): Promise<CommentRow> {
    if (!isUuid(id)) throw badInput(field, 'invalidId');
    const comment = await this.comments.byId(tx, id, true);
    if (!comment || !canSeeComment(readAccess(actor, comment.arenaId), comment) || !(await this.objects.findById(actor, comment.objectId)))
      throw badInput(field, 'notFound');
    return comment;
  }

  private async read(actor: Actor, id: string): Promise<Comment> {
    const row = (await this.comments.byId(null, id))!;
    return this.view(actor, row, await this.comments.names(mentionedUserIds(row.body)));
  }

  /** The comment as this reader sees it: the text unless hidden (staff always), names for the members' audience. */
  private view(actor: Actor, row: CommentRow, names: MentionNames): Comment & { cursorAt: string } {
    const access = readAccess(actor, row.arenaId);
    const showsText = !row.hiddenAt || canSeeHiddenComment(actor, row.arenaId);
    return {
      id: row.id,
      arenaId: row.arenaId,
      objectId: row.objectId,
      authorId: row.authorId,
      organizationId: row.organizationId,
      body: row.body,
      visibility: row.visibility,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      hiddenAt: row.hiddenAt,
      hiddenBy: row.hiddenBy,
      hiddenReason: row.hiddenReason,
      authorName: access.audience === 'members' ? row.authorName : null,
      organizationName: row.organizationName,
      bodyHtml: showsText ? renderCommentHtml(row.body, names) : null,
      markdown: showsText ? row.body : null,
      hidden: row.hiddenAt !== null,
      canEdit: actor.user?.id === row.authorId && row.editable && !row.hiddenAt,
      cursorAt: row.cursor_at,
    };
  }
}
