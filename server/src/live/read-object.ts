import { type Audience, audienceOf } from '../access';
import { type Actor } from '../access';
import { type ObjectsService } from '../objects';
import { type InfrastructureObject } from '../objects/infrastructure-object.entity';

/**
 * The one place live updates read an object: as `actor` may see it (totals, counts and
 * categories of their own audience), or null when they may not see it at all.
 */
export function readObjectAs(objects: ObjectsService, actor: Actor, objectId: string): Promise<InfrastructureObject | null> {
  return objects.findById(actor, objectId);
}

/**
 * Which audience readObjectAs reads the arena's objects as for the actor. An object shows the
 * members' or the public audience (whether it is visible at all, and which totals) and nothing else
 * of the reader: subscribers with the same audience share one read of a change. If readObjectAs
 * ever depends on more of the actor (e.g. its organization), put that here too.
 */
export function viewOf(actor: Actor, arenaId: string): Audience {
  return audienceOf(actor, arenaId);
}
