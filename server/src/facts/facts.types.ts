import { FOUR_STEP_CLASSES, type FourStepClass, NETWORK_REF_TYPES, type NetworkRefType, type PlanningStage } from '@flaskhals/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

import { enumObject } from '../common/graphql/enums';
import { ObjectKindEnum, PlanningStageEnum, TransportModeEnum } from '../objects/infrastructure-object.entity';

export const NetworkRefTypeEnum = enumObject(NETWORK_REF_TYPES);
registerEnumType(NetworkRefTypeEnum, {
  name: 'NetworkRefType',
  description: 'ROAD: national road number; RAIL_SECTION: bandel with km; TRAFFIC_PLACE: trafikplats; FAIRWAY: farled; PORT: hamn',
});
export const FourStepClassEnum = enumObject(FOUR_STEP_CLASSES);
registerEnumType(FourStepClassEnum, {
  name: 'FourStepClass',
  description: "The transport administration's four-step principle: 1 rethink, 2 optimise, 3 rebuild, 4 build new",
});

@ObjectType({ description: "What ties an object to an official network (nätreferens); only the type's own fields are set" })
export class NetworkRef {
  @Field(() => NetworkRefTypeEnum) type: NetworkRefType;
  @Field(() => String, { nullable: true, description: 'ROAD: "E18" or "väg 56"' }) road?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'ROAD: part of the functionally prioritised road network for freight (funktionellt prioriterat vägnät)',
  })
  freightPriority?: boolean | null;
  @Field(() => String, { nullable: true, description: 'RAIL_SECTION: the bandel, e.g. "211"' }) section?: string | null;
  @Field(() => Float, { nullable: true, description: 'RAIL_SECTION: from kilometre' }) kmFrom?: number | null;
  @Field(() => Float, { nullable: true, description: 'RAIL_SECTION: to kilometre' }) kmTo?: number | null;
  @Field(() => String, { nullable: true, description: 'TRAFFIC_PLACE, FAIRWAY, PORT: its name' }) name?: string | null;
  @Field({ description: 'How it reads in lists and in the search: "E18", "bandel 211 km 12–34", "Västerås hamn"' }) label: string;
}

@InputType()
export class NetworkRefInput {
  @Field(() => NetworkRefTypeEnum) type: NetworkRefType;
  @Field(() => String, { nullable: true }) road?: string | null;
  @Field(() => Boolean, { nullable: true }) freightPriority?: boolean | null;
  @Field(() => String, { nullable: true }) section?: string | null;
  @Field(() => Float, { nullable: true }) kmFrom?: number | null;
  @Field(() => Float, { nullable: true }) kmTo?: number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType({ description: 'Staff correct an object: only the fields given change; null clears description or responsible body' })
export class CorrectObjectInput {
  @Field(() => ID) objectId: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ObjectKindEnum, { nullable: true }) kind?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'A new GeoJSON geometry (WGS84)' }) geometry?: unknown;
  @Field(() => [TransportModeEnum], { nullable: true }) modes?: string[];
  @Field(() => String, { nullable: true }) responsibleBody?: string | null;
  @Field(() => [String], { nullable: true, description: 'Municipality codes set by hand (see the municipalities query)' })
  municipalityCodes?: string[];
  @Field(() => Boolean, {
    nullable: true,
    description: 'Fill in the municipalities from the position again (and on later geometry changes)',
  })
  municipalityFromPosition?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Free-text external references' }) externalRefs?: string[];
  @Field(() => [NetworkRefInput], { nullable: true }) networkRefs?: NetworkRefInput[];
}

@ObjectType()
export class PlanningDocument {
  @Field() title: string;
  @Field({ description: 'An https:// address' }) url: string;
}

@InputType()
export class PlanningDocumentInput {
  @Field() title: string;
  @Field() url: string;
}

@ObjectType({ description: 'Where the measure stands in planning, kept by staff; readable by everyone who sees the object' })
export class ObjectPlanning {
  @Field(() => PlanningStageEnum) stage: PlanningStage;
  @Field(() => FourStepClassEnum, { nullable: true }) fourStepClass: FourStepClass | null;
  @Field({ description: 'Steps 1 (rethink) and 2 (optimise) were examined' }) stepsOneTwoExamined: boolean;
  @Field(() => Int, { nullable: true, description: "Staff's judgement of the problem's severity, 0–5; null: not judged (ej bedömd)" })
  severity: number | null;
  @Field(() => Int, { nullable: true, description: "Staff's judgement of the measure's strategic fit, 0–5; null: not judged (ej bedömd)" })
  strategicFit: number | null;
  @Field(() => String, { nullable: true, description: 'The åtgärdsvalsstudie (ÅVS): title, number or address' }) avsReference:
    string | null;
  @Field(() => String, { nullable: true, description: 'The plan it is in, e.g. "Länsplan Västmanland 2026–2037"' }) planName: string | null;
  @Field(() => String, { nullable: true, description: "The measure's id in that plan" }) planObjectId: string | null;
  @Field(() => Float, { nullable: true, description: 'Cost estimate in SEK (whole kronor)' }) costEstimateSek: number | null;
  @Field(() => [PlanningDocument]) documents: PlanningDocument[];
}

@InputType({ description: "Staff set an object's planning: the whole of it, replacing what was there" })
export class SetObjectPlanningInput {
  @Field(() => ID) objectId: string;
  @Field(() => PlanningStageEnum) stage: string;
  @Field(() => FourStepClassEnum, { nullable: true }) fourStepClass?: string | null;
  @Field(() => Boolean, { nullable: true }) stepsOneTwoExamined?: boolean | null;
  @Field(() => Int, { nullable: true, description: '0–5; null or left out: not judged' }) severity?: number | null;
  @Field(() => Int, { nullable: true, description: '0–5; null or left out: not judged' }) strategicFit?: number | null;
  @Field(() => String, { nullable: true }) avsReference?: string | null;
  @Field(() => String, { nullable: true }) planName?: string | null;
  @Field(() => String, { nullable: true }) planObjectId?: string | null;
  @Field(() => Float, { nullable: true }) costEstimateSek?: number | null;
  @Field(() => [PlanningDocumentInput], { nullable: true }) documents?: PlanningDocumentInput[] | null;
}
