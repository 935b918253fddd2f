import { Query, Resolver } from '@nestjs/graphql';

import { Municipality } from './municipality.type';
import { municipalityIndex } from './municipality-index';

@Resolver()
export class MunicipalitiesResolver {
  @Query(() => [Municipality], {
    description: "Sweden's 290 municipalities by name, for pickers: a fixed reference list, public, answered whole (no pages)",
  })
  municipalities(): Municipality[] {
    return municipalityIndex.list();
  }
}
