import type { ObjectKind, ObjectStatus, ReportCategory, TransportMode } from '@flaskhals/shared';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

import { ConnectionType } from '../common/graphql/pagination';
import { ReportCategoryEnum } from '../objects';
import { ObjectKindEnum, ObjectStatusEnum, TransportModeEnum } from '../objects/infrastructure-object.entity';

@ObjectType({ description: "What a saved view reproduces: the map URL's filters, extent and mode" })
export class SavedViewContent {
  @Field(() => [ObjectKindEnum]) kinds: ObjectKind[];
  @Field(() => [TransportModeEnum]) modes: TransportMode[];
  @Field(() => [ObjectStatusEnum]) statuses: ObjectStatus[];
  @Field(() => [ReportCategoryEnum]) categories: ReportCategory[];
  @Field(() => String, { nullable: true, description: 'The arena search, if any' }) search: string | null;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field(() => Int) zoom: number;
  @Field(() => String, { nullable: true, description: '"map" or "table"' }) mode: string | null;
}

@InputType()
export class SavedViewContentInput {
  @Field(() => [ObjectKindEnum], { nullable: true }) kinds?: ObjectKind[] | null;
  @Field(() => [TransportModeEnum], { nullable: true }) modes?: TransportMode[] | null;
  @Field(() => [ObjectStatusEnum], { nullable: true }) statuses?: ObjectStatus[] | null;
  @Field(() => [ReportCategoryEnum], { nullable: true }) categories?: ReportCategory[] | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field(() => Int) zoom: number;
  @Field(() => String, { nullable: true, description: '"map" or "table"' }) mode?: string | null;
}

@ObjectType({ description: "A person's named view of the map: private, or shared with the arena" })
export class SavedView {
  @Field(() => ID) id: string;
  @Field(() => ID) arenaId: string;
  @Field() name: string;
  @Field({ description: "Shared with everyone with a role in the arena; else only the owner's" }) shared: boolean;
  @Field({ description: 'Saved by the asker' }) mine: boolean;
  @Field(() => String, { description: 'Who saved it' }) ownerName: string;
  @Field({ description: 'The asker may rename and delete it: the owner, or staff for a shared view' }) canEdit: boolean;
  @Field(() => SavedViewContent) view: SavedViewContent;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const SavedViewConnection = ConnectionType(SavedView, 'SavedView');

@InputType()
export class SaveViewInput {
  @Field(() => ID) arenaId: string;
  @Field() name: string;
  @Field({ nullable: true, defaultValue: false }) shared?: boolean;
  @Field(() => SavedViewContentInput) view: SavedViewContentInput;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateSavedViewInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Boolean, { nullable: true }) shared?: boolean | null;
  @Field(() => SavedViewContentInput, { nullable: true }) view?: SavedViewContentInput | null;
}
