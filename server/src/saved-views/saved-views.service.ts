import { SAVED_VIEW_LIMITS, saveViewSchema, updateSavedViewSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';

import { type Actor, forbidden, hasPermission, requireAccess, requireSignedIn } from '../access';
import { ArenasService } from '../arenas';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import type { SavedView, SaveViewInput, UpdateSavedViewInput } from './saved-view.types';
import { type SavedViewRow, SavedViewsRepository } from './saved-views.repository';

/**
 * Saved views: anyone with a role in an arena saves their own (permission saveViews) and may share
 * them with the arena; the owner renames, changes and deletes a view, and staff
 * (manageSharedViews) the shared ones too. Someone else's private view does not exist for others.
 */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly views: SavedViewsRepository,
    private readonly arenas: ArenasService,
  ) {}

  async list(
    actor: Actor,
    arenaId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<SavedView>> {
    const arena = await this.arenas.resolveArenaId(arenaId);
    const user = requireAccess(actor, arena, 'saveViews');
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) throw badInput('after', 'invalidCursor');
    const { rows, total } = await this.views.page(arena, user.id, cursor as [string, string] | null, size + 1);
    return toConnection(
      rows.map((r) => this.toView(actor, r)),
      size,
      total,
      (v) => [v.name, v.id],
    );
  }

  async find(actor: Actor, id: string): Promise<SavedView | null> {
    if (!isUuid(id)) throw badInput('id', 'invalidId');
    const row = await this.views.byId(id);
    return row && this.visible(actor, row) ? this.toView(actor, row) : null;
  }

  async save(actor: Actor, input: SaveViewInput): Promise<SavedView> {
    const parsed = validate(saveViewSchema, input);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors, 'input');
    const arenaId = await this.arenas.resolveArenaId(parsed.value.arenaId, 'input.arenaId');
    const user = requireAccess(actor, arenaId, 'saveViews');
    if ((await this.views.countOwned(arenaId, user.id)) >= SAVED_VIEW_LIMITS.perUserMax)
      throw badInput('input.name', 'tooManyViews', { max: SAVED_VIEW_LIMITS.perUserMax });
    const id = await this.views.insert({
      arenaId,
      ownerId: user.id,
      name: parsed.value.name,
      shared: parsed.value.shared,
      view: parsed.value.view,
    });
    return this.toView(actor, (await this.views.byId(id))!);
  }

  async update(actor: Actor, input: UpdateSavedViewInput): Promise<SavedView> {
    const parsed = validate(updateSavedViewSchema, {
      id: input.id,
      name: input.name ?? undefined,
      shared: input.shared ?? undefined,
      view: input.view ?? undefined,
    });
    if (!parsed.ok) throw new BadUserInputError(parsed.errors, 'input');
    const row = await this.editable(actor, parsed.value.id, 'input.id');
    // Only the owner decides who sees their view; staff rename or delete a shared one.
    if (parsed.value.shared !== undefined && parsed.value.shared !== row.shared && row.ownerId !== actor.user?.id)
      throw badInput('input.shared', 'notViewOwner');
    await this.views.update(row.id, { name: parsed.value.name, shared: parsed.value.shared, view: parsed.value.view });
    return this.toView(actor, (await this.views.byId(row.id))!);
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const row = await this.editable(actor, id, 'id');
    await this.views.delete(row.id);
    return row.id;
  }

  /** A view the actor may change, or the error that says why not (a private view of another person is "not found"). */
  private async editable(actor: Actor, id: string, field: string): Promise<SavedViewRow> {
    requireSignedIn(actor);
    if (!isUuid(id)) throw badInput(field, 'invalidId');
    const row = await this.views.byId(id);
    if (!row || !this.visible(actor, row)) throw badInput(field, 'notFound');
    if (!this.canEdit(actor, row))
      throw forbidden('Only the person who saved the view, or the secretariat for a shared view, may change it.');
    return row;
  }

  private visible(actor: Actor, row: SavedViewRow): boolean {
    return hasPermission(actor, row.arenaId, 'saveViews') && (row.shared || row.ownerId === actor.user?.id);
  }

  private canEdit(actor: Actor, row: SavedViewRow): boolean {
    if (!hasPermission(actor, row.arenaId, 'saveViews')) return false;
    return row.ownerId === actor.user?.id || (row.shared && hasPermission(actor, row.arenaId, 'manageSharedViews'));
  }

  private toView(actor: Actor, row: SavedViewRow): SavedView {
    const { ownerId, ...rest } = row;
    return { ...rest, mine: ownerId === actor.user?.id, canEdit: this.canEdit(actor, row) };
  }
}
