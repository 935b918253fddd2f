import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { PersonalCalendarService } from './personal-calendar.service';
import { PersonalCalendarFeed, PersonalCalendarRenewal } from './personal-calendar.types';

/** The signed-in person's own meetings calendar URL. */
@Resolver()
export class PersonalCalendarResolver {
  constructor(private readonly calendars: PersonalCalendarService) {}

  @Query(() => PersonalCalendarFeed, { description: 'Whether the signed-in person has a personal meetings calendar URL, and since when' })
  myMeetingsCalendar(@Context() ctx: GraphQLContext): Promise<PersonalCalendarFeed> {
    return this.calendars.status(ctx.actor);
  }

  @Mutation(() => PersonalCalendarRenewal, {
    description: 'A new secret URL for one’s meetings calendar (the meetings one registered for); the previous URL stops working',
  })
  renewMyMeetingsCalendar(@Context() ctx: GraphQLContext): Promise<PersonalCalendarRenewal> {
    return this.calendars.renew(ctx.actor);
  }
}
