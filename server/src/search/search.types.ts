import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';
import { ObjectFilter } from '../objects';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';

export enum SearchSourceEnum {
  OBJECT = 'OBJECT',
  REPORT = 'REPORT',
  COMMENT = 'COMMENT',
}
registerEnumType(SearchSourceEnum, {
  name: 'SearchSource',
  description: 'Where a search found its text: the object, a report on it, a comment',
});

export enum PlaceKindEnum {
  TOWN = 'TOWN',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(PlaceKindEnum, { name: 'PlaceKind' });

@InputType({
  description: 'The arena search: text plus the filters of the map (its bbox and search are ignored: the whole arena is searched)',
})
export class SearchInput {
  @Field({ description: 'What the person typed: words (Swedish full text), parts of words, misspellings' })
  text: string;

  @Field(() => ObjectFilter, { nullable: true, description: 'arenaId, kinds, modes, statuses, categories as for the map' })
  filter?: ObjectFilter | null;
}

@ObjectType({ description: 'An object found by the arena search' })
export class SearchHit {
  @Field(() => InfrastructureObject)
  object: InfrastructureObject;

  @Field(() => Float, { description: 'Higher is better: whole-word matches of the object itself first' })
  score: number;

  @Field(() => [SearchSourceEnum], { description: 'Where the text was found, among what the asker may read' })
  matchedIn: SearchSourceEnum[];
}

export const SearchHitConnection = ConnectionType(SearchHit, 'SearchHit');

@ObjectType({ description: 'A town or municipality to move the map to (shipped with the app: works offline)' })
export class Place {
  @Field(() => PlaceKindEnum)
  kind: PlaceKindEnum;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The region (län)' })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Kommunkod, for municipalities' })
  code: string | null;

  @Field(() => [Float], { description: '[lng, lat]' })
  center: number[];

  @Field(() => [Float], { description: '[minLng, minLat, maxLng, maxLat]: what the map fits' })
  bbox: number[];
}
