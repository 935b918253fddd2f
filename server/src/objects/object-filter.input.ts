import type { ObjectKind, ObjectStatus, ReportCategory, TransportMode } from '@flaskhals/shared';
import { Field, Float, ID, InputType } from '@nestjs/graphql';

import { ObjectKindEnum, ObjectStatusEnum, TransportModeEnum } from './infrastructure-object.entity';
import { ReportCategoryEnum } from './report-category';

@InputType()
export class ObjectFilter {
  @Field(() => ID, { nullable: true, description: "Defaults to the installation's default arena" })
  arenaId?: string | null;

  @Field(() => [Float], {
    nullable: true,
    description: '[minLng, minLat, maxLng, maxLat]: objects whose geometry is in it (clusters: whose bounding box overlaps it)',
  })
  bbox?: number[] | null;

  @Field(() => [ObjectKindEnum], { nullable: true })
  kinds?: ObjectKind[] | null;

  @Field(() => [TransportModeEnum], { nullable: true, description: 'Objects serving any of these modes' })
  modes?: TransportMode[] | null;

  @Field(() => [ObjectStatusEnum], { nullable: true })
  statuses?: ObjectStatus[] | null;

  @Field(() => [ReportCategoryEnum], {
    nullable: true,
    description:
      'Objects with a report in any of these categories, among the reports the asker sees counted on the object (never withdrawn ones; for visitors only public ones)',
  })
  categories?: ReportCategory[] | null;

  @Field(() => String, { nullable: true, description: 'Text in the name, municipality or external references' })
  search?: string | null;
}
