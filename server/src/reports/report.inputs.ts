import type { ObjectKind, ReportCategory, ReportVisibility, TransportMode } from '@flaskhals/shared';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

import { ImpactInput } from '../objects';
import { InfrastructureObject, ObjectKindEnum, TransportModeEnum } from '../objects/infrastructure-object.entity';
import { Report, ReportCategoryEnum, ReportVisibilityEnum } from './report.entity';
import { Support } from './support.entity';

// Fields are nullable in GraphQL on purpose: the shared schema validates them and answers
// BAD_USER_INPUT with the field and a code the web translates, the same for every mistake.

@InputType()
export class NewObjectInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ObjectKindEnum, { nullable: true }) kind?: ObjectKind | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON geometry (WGS84)' }) geometry?: unknown;
  @Field(() => [TransportModeEnum], { nullable: true }) modes?: TransportMode[] | null;
  @Field(() => String, { nullable: true }) responsibleBody?: string | null;
  @Field(() => String, { nullable: true }) municipality?: string | null;
  @Field(() => [String], { nullable: true }) externalRefs?: string[] | null;
}

@InputType()
export class ReportBottleneckInput {
  @Field(() => ID) arenaId: string;
  @Field(() => ID, { nullable: true, description: 'Report on an existing object ...' }) objectId?: string | null;
  @Field(() => NewObjectInput, { nullable: true, description: '... or create a new object with this first report' })
  newObject?: NewObjectInput | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) problem?: string | null;
  @Field(() => ReportCategoryEnum, { nullable: true }) category?: ReportCategory | null;
  @Field(() => ImpactInput, { nullable: true }) impact?: ImpactInput | null;
  @Field(() => String, { nullable: true }) proposedMeasure?: string | null;
  @Field(() => ReportVisibilityEnum, { nullable: true, description: 'Who sees the report; MEMBERS when not given' })
  visibility?: ReportVisibility | null;
  @Field(() => String, {
    nullable: true,
    description: 'Client-generated key: a retry with the same key returns the first result and writes nothing',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class SupportReportInput {
  @Field(() => ID) reportId: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => ImpactInput, { nullable: true }) impact?: ImpactInput | null;
  @Field(() => String, {
    nullable: true,
    description: 'Client-generated key: a retry with the same key returns the first result and writes nothing',
  })
  idempotencyKey?: string | null;
}

@ObjectType()
export class ReportBottleneckPayload {
  @Field(() => Report) report: Report;
  @Field(() => InfrastructureObject) object: InfrastructureObject;
}

@ObjectType()
export class SupportReportPayload {
  @Field(() => Support) support: Support;
  @Field(() => InfrastructureObject) object: InfrastructureObject;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateReportInput {
  @Field(() => ID) reportId: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) problem?: string;
  @Field(() => ReportCategoryEnum, { nullable: true }) category?: ReportCategory;
  @Field(() => ImpactInput, { nullable: true }) impact?: ImpactInput;
  @Field(() => String, { nullable: true }) proposedMeasure?: string | null;
  @Field(() => ReportVisibilityEnum, { nullable: true }) visibility?: ReportVisibility;
}
