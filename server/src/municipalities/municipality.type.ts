import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One of Sweden's 290 municipalities (kommuner)" })
export class Municipality {
  @Field({ description: 'Kommunkod, e.g. "1980"' }) code: string;
  @Field({ description: 'e.g. "Västerås"' }) name: string;
  @Field({ description: 'Länskod, e.g. "19"' }) regionCode: string;
  @Field({ description: 'The region (län), e.g. "Västmanland"' }) regionName: string;
}
