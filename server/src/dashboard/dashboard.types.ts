import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';
import { Impact } from '../objects';
import { ObjectKindEnum, ObjectStatusEnum } from '../objects/infrastructure-object.entity';

export const MunicipalityBucketEnum = enumObject(['MUNICIPALITY', 'NONE', 'OTHERS'] as const);
registerEnumType(MunicipalityBucketEnum, {
  name: 'MunicipalityBucket',
  description: 'MUNICIPALITY: one municipality; NONE: objects in no Swedish municipality; OTHERS: every municipality after the top ones',
});

@ObjectType({ description: 'How many objects have one value of a dimension (a status, a planning stage, a kind)' })
export class DashboardCount {
  @Field({ description: 'The value: an ObjectStatus, PlanningStage or ObjectKind' }) key: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class DashboardMunicipalityCount {
  @Field(() => String, { nullable: true, description: 'Kommunkod; null for NONE and OTHERS' }) code: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => MunicipalityBucketEnum) bucket: 'MUNICIPALITY' | 'NONE' | 'OTHERS';
  @Field(() => Int, { description: 'Objects in it; an object in two municipalities counts in both' }) count: number;
}

@ObjectType()
export class DashboardMonthCount {
  @Field({ description: '"2026-03": a calendar month in Swedish time' }) month: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'An object of a top list, with the totals the asker sees' })
export class DashboardTopObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ObjectKindEnum) kind: string;
  @Field(() => ObjectStatusEnum) status: string;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => Int) organizationCount: number;
  @Field(() => Int) reportCount: number;
  @Field(() => Impact) impact: Impact;
}

@ObjectType({
  description:
    "An arena's figures as the asker sees them, by the map's rules: the active objects their audience sees and that audience's totals; reports by the report's own visibility",
})
export class Dashboard {
  @Field(() => ID) arenaId: string;
  @Field(() => Int, { description: 'Active objects the asker sees' }) objectCount: number;
  @Field(() => Impact, { description: 'The summed impact of those objects' }) totalImpact: Impact;
  @Field(() => [DashboardCount], { description: 'In the workflow order, every status with its count' }) byStatus: DashboardCount[];
  @Field(() => [DashboardCount], { description: 'In planning order, every stage' }) byPlanningStage: DashboardCount[];
  @Field(() => [DashboardCount], { description: 'Most objects first; kinds without objects left out' }) byKind: DashboardCount[];
  @Field(() => [DashboardMunicipalityCount], { description: 'The top municipalities, then OTHERS and NONE when there are any' })
  byMunicipality: DashboardMunicipalityCount[];
  @Field(() => [DashboardMonthCount], {
    description: 'Reports the asker sees, by the month they came in: the last 24 months, this month last',
  })
  reportsPerMonth: DashboardMonthCount[];
  @Field(() => [DashboardTopObject], { description: 'The 10 objects of the largest extra cost in SEK per year' })
  topByImpact: DashboardTopObject[];
  @Field(() => [DashboardTopObject], { description: 'The 10 objects most organizations stand behind' })
  topByBreadth: DashboardTopObject[];
}
