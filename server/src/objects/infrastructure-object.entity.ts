import {
  type Geometry,
  type NetworkRef,
  OBJECT_KINDS,
  OBJECT_STATUSES,
  type ObjectKind,
  type ObjectPlanningDetails,
  type ObjectStatus,
  PLANNING_STAGES,
  type PlanningStage,
  type ReportCategory,
  TRANSPORT_MODES,
  type TransportMode,
} from '@flaskhals/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Arena } from '../arenas/arena.entity';
import { enumObject } from '../common/graphql/enums';
import { Impact } from './impact';
import { ReportCategoryEnum } from './report-category';

export const ObjectKindEnum = enumObject(OBJECT_KINDS);
registerEnumType(ObjectKindEnum, { name: 'ObjectKind' });
export const ObjectStatusEnum = enumObject(OBJECT_STATUSES);
registerEnumType(ObjectStatusEnum, { name: 'ObjectStatus' });
export const PlanningStageEnum = enumObject(PLANNING_STAGES);
registerEnumType(PlanningStageEnum, { name: 'PlanningStage' });
export const TransportModeEnum = enumObject(TRANSPORT_MODES);
registerEnumType(TransportModeEnum, { name: 'TransportMode' });

/**
 * A physical piece of infrastructure with a GeoJSON geometry. `bbox` is derived from the
 * geometry on every write and GiST-indexed: the map's viewport query runs on it (no PostGIS).
 */
@ObjectType('InfrastructureObject')
@Entity('infrastructure_object')
@Index('infrastructure_object_bbox_idx', { synchronize: false })
@Index('infrastructure_object_search_idx', { synchronize: false })
@Index('infrastructure_object_municipality_codes_idx', { synchronize: false })
@Index('infrastructure_object_arena_name_idx', ['arenaId', 'name', 'id'])
@Index('infrastructure_object_triage_idx', { synchronize: false })
@Index('infrastructure_object_duplicate_of_idx', { synchronize: false })
@Index('infrastructure_object_search_document_idx', { synchronize: false })
@Index('infrastructure_object_search_plain_idx', { synchronize: false })
export class InfrastructureObject {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'arena_id', type: 'uuid' })
  arenaId: string;

  @Field()
  @Column({ type: 'varchar', length: 200, collation: 'sv-SE-x-icu' })
  name: string;

  @Field(() => ObjectKindEnum)
  @Column({ type: 'varchar', length: 40 })
  kind: ObjectKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GraphQLJSON, { description: 'GeoJSON geometry in WGS84: Point, LineString, Polygon or a Multi form' })
  @Column({ type: 'jsonb' })
  geometry: Geometry;

  /** PostgreSQL box text, "(maxLng,maxLat),(minLng,minLat)"; read through the bbox field instead. */
  @Column({ type: 'box', select: false })
  bbox: string;

  @Field(() => [TransportModeEnum])
  @Column({ type: 'varchar', length: 10, array: true })
  modes: TransportMode[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'responsible_body', type: 'varchar', length: 200, nullable: true })
  responsibleBody: string | null;

  @Field(() => String, { nullable: true, description: 'The names of its municipalities, "Västerås, Köping"; or free text outside Sweden' })
  @Column({ type: 'varchar', length: 200, nullable: true, collation: 'sv-SE-x-icu' })
  municipality: string | null;

  @Field(() => [String], { description: 'Codes of the municipalities it lies in (kommunkod); the facts feature resolves `municipalities`' })
  @Column({ name: 'municipality_codes', type: 'varchar', length: 4, array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Field({ description: 'Staff set the municipalities by hand: a new geometry no longer fills them in from the position' })
  @Column({ name: 'municipality_by_hand', type: 'boolean', default: false })
  municipalityByHand: boolean;

  /** Typed network references (shared/src/facts.ts NetworkRef); the facts feature resolves the field. */
  @Column({ name: 'network_refs', type: 'jsonb', default: [] })
  networkRefs: NetworkRef[];

  /** Planning kept by staff apart from the stage (shared/src/facts.ts); the facts feature resolves the field. */
  @Column({ type: 'jsonb', default: {} })
  planning: Partial<ObjectPlanningDetails>;

  @Field(() => [String], { description: 'External references such as a road number or a rail section' })
  @Column({ name: 'external_refs', type: 'varchar', length: 200, array: true })
  externalRefs: string[];

  @Field(() => ObjectStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status: ObjectStatus;

  @Field(() => ObjectStatusEnum, {
    nullable: true,
    description: 'For an INACTIVE or DUPLICATE object: the status restoring it (or undoing its merge) returns to',
  })
  @Column({ name: 'previous_status', type: 'varchar', length: 20, nullable: true })
  previousStatus: ObjectStatus | null;

  @Field(() => PlanningStageEnum, {
    description: "Where the measure stands in the state's planning process, apart from the arena's status",
  })
  @Column({ name: 'planning_stage', type: 'varchar', length: 30, default: 'NONE' })
  planningStage: PlanningStage;

  @Field(() => ID, { nullable: true, description: 'For a DUPLICATE: the object it was merged into' })
  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf: string | null;

  /** Since when the object waits in the secretariat's triage queue; null when nothing new is waiting. */
  @Column({ name: 'triage_pending_since', type: 'timestamptz', nullable: true, select: false })
  triagePendingSince: Date | null;

  /** Lower-cased name, municipality and references, trigram-indexed for the text search. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  // Not columns: read from object_totals with the object (see object-totals.ts), for the actor's audience.
  @Field(() => Impact, { description: 'Sum over the reports (not withdrawn) and their supports; for visitors, over the public ones' })
  totalImpact?: Impact;

  @Field(() => Int, { description: 'Distinct organizations behind the reports and supports' })
  organizationCount?: number;

  @Field(() => Int)
  reportCount?: number;

  @Field(() => [ReportCategoryEnum], { description: 'Categories of the reports on this object' })
  categories?: ReportCategory[];

  @ManyToOne(() => Arena)
  @JoinColumn({ name: 'arena_id', foreignKeyConstraintName: 'infrastructure_object_arena_id_fkey' })
  arena?: Arena;

  @ManyToOne(() => InfrastructureObject)
  @JoinColumn({ name: 'duplicate_of', foreignKeyConstraintName: 'infrastructure_object_duplicate_of_fkey' })
  keptObject?: InfrastructureObject;

  /** The arena search's Swedish full text (name, search text, description); kept by a trigger (migration 1766000100000). */
  @Column({ name: 'search_document', type: 'tsvector', select: false, insert: false, update: false })
  searchDocument?: string;

  /** The search text without accents, trigram-indexed for the arena search; kept by the same trigger. */
  @Column({ name: 'search_plain', type: 'text', select: false, insert: false, update: false })
  searchPlain?: string;
}
