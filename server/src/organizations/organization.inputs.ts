import type { OrganizationKind } from '@flaskhals/shared';
import { Field, InputType, Int } from '@nestjs/graphql';

import { OrganizationKindEnum } from './organization.entity';

@InputType()
export class OrganizationInput {
  @Field() name: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field(() => String, { nullable: true, description: 'Swedish organisationsnummer' }) orgNumber?: string | null;
  @Field(() => String, { nullable: true }) sector?: string | null;
  @Field(() => Int, { nullable: true }) employees?: number | null;
  @Field(() => String, { nullable: true }) municipality?: string | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
}
