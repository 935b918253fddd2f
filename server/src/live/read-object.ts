import { readScope, type Actor } from '../auth/actor';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import type { ObjectsService } from '../objects/objects.service';

/**
 * The one place live updates read an object: as `actor` may see it (totals, counts and
 * categories of their own view), or null when they may not see it at all. ObjectsService is being
 * reshaped elsewhere; adapt this call (and viewOf below with it), nothing else here needs to change.
 */
export function readObjectAs(objects: ObjectsService, actor: Actor, objectId: string): Promise<InfrastructureObject | null> {
  return objects.findById(actor, objectId);
}

/**
 * Which view of the arena's objects readObjectAs gives the actor. An object shows the members' or
 * the public view (whether it is visible at all, and which totals) and nothing else of the
 * reader: subscribers with the same view share one read of a change. If readObjectAs ever
 * depends on more of the actor (e.g. its organization), put that here too.
 */
export function viewOf(actor: Actor, arenaId: string): 'members' | 'public' {
  return readScope(actor, arenaId).members ? 'members' : 'public';
}
