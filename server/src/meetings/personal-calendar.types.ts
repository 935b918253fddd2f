import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The signed-in person’s own meetings calendar (its URL is shown only when made)' })
export class PersonalCalendarFeed {
  @Field(() => Date, { nullable: true, description: 'When the current URL was made; null when there is none' })
  createdAt: Date | null;
}

@ObjectType({ description: 'A new secret URL for the personal meetings calendar; the previous one stops working' })
export class PersonalCalendarRenewal {
  @Field({ description: 'The feed’s path on this site: /feeds/personal/<secret>/meetings.ics' }) path: string;
  @Field() createdAt: Date;
}
