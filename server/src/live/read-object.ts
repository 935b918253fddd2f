import type { Actor } from '../auth/actor';
import type { InfrastructureObject } from '../objects/infrastructure-object.entity';
import type { ObjectsService } from '../objects/objects.service';

/**
 * The one place live updates read an object: as `actor` may see it (totals, counts and
 * categories of their own view), or null when they may not see it at all. ObjectsService is being
 * reshaped elsewhere; adapt this call, nothing else here needs to change.
 */
export function readObjectAs(objects: ObjectsService, actor: Actor, objectId: string): Promise<InfrastructureObject | null> {
  return objects.findById(actor, objectId);
}
