import { SEARCH_LIMITS, searchTextSchema, validate } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';

import { type Actor, readAccess } from '../access';
import { ArenasService } from '../arenas';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { isUuid } from '../common/graphql/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import { objectConditions, objectFromRow, ObjectsService } from '../objects';
import { placeIndex, type PlaceRecord } from './place-index';
import { SearchRepository, type SearchRow } from './search.repository';
import { type SearchHit, type SearchInput, SearchSourceEnum } from './search.types';

/** At most this many hits a page: a search list is read by a person, not drawn on the map. */
const MAX_SEARCH_PAGE = 100;

@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly arenas: ArenasService,
    private readonly objects: ObjectsService,
  ) {}

  /** The arena's objects whose texts (or whose reports' and comments' texts the actor may read) match, best first. */
  async search(
    actor: Actor,
    input: SearchInput,
    first: number | null | undefined,
    after: string | null | undefined,
    withTotals = true,
  ): Promise<Connection<SearchHit>> {
    const text = validate(searchTextSchema, input.text);
    if (!text.ok) throw new BadUserInputError(text.errors, 'input.text');
    const size = pageSize(first);
    if (size > MAX_SEARCH_PAGE) throw badInput('first', 'tooLarge', { max: MAX_SEARCH_PAGE });
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'number' || !isUuid(cursor[1]))) throw badInput('after', 'invalidCursor');
    const filter = input.filter ?? {};
    const arenaId = await this.arenas.resolveArenaId(filter.arenaId, 'input.filter.arenaId');
    const access = readAccess(actor, arenaId);
    const rows = await this.repository.page({
      arenaId,
      access,
      objectConditions: objectConditions(arenaId, access.audience, { ...filter, bbox: null, search: null }),
      text: text.value,
      cursor: cursor as [number, string] | null,
      limit: size + 1,
    });
    const totalCount = rows[0]?.total_count ?? 0;
    const found = rows.filter((r) => r.id !== null);
    const rowsOfObjects = found.map(objectFromRow) as (ReturnType<typeof objectFromRow> & { arenaId: string })[];
    // Totals cost a second statement: only when the query asks for them.
    const objects = withTotals ? await this.objects.withTotals(actor, rowsOfObjects) : rowsOfObjects;
    const hits = found.map((row, i) => ({ object: objects[i], score: Number(row.score), matchedIn: sourcesOf(row) }));
    return toConnection(hits, size, totalCount, (hit) => [hit.score, hit.object.id]);
  }

  /** Towns and municipalities whose names match, for moving the map (public, shipped data). */
  places(text: string, first: number | null | undefined): PlaceRecord[] {
    const parsed = validate(searchTextSchema, text);
    if (!parsed.ok) throw new BadUserInputError(parsed.errors, 'text');
    const size = first ?? 8;
    if (!Number.isInteger(size) || size < 1 || size > SEARCH_LIMITS.placesMax)
      throw badInput('first', 'tooLarge', { max: SEARCH_LIMITS.placesMax });
    return placeIndex.search(parsed.value, size);
  }
}

function sourcesOf(row: SearchRow): SearchSourceEnum[] {
  return [
    row.in_object && SearchSourceEnum.OBJECT,
    row.in_reports && SearchSourceEnum.REPORT,
    row.in_comments && SearchSourceEnum.COMMENT,
  ].filter((s): s is SearchSourceEnum => Boolean(s));
}
