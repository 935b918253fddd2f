import { ORGANIZATION_KINDS, type OrganizationKind } from '@flaskhals/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { enumObject } from '../common/graphql/enums';

export const OrganizationKindEnum = enumObject(ORGANIZATION_KINDS);
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

/** A member company, municipality, region, port operator, authority or chamber; may join several arenas. */
@ObjectType()
@Entity('organization')
@Index('organization_org_number_key', { synchronize: false })
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200, collation: 'sv-SE-x-icu' })
  name: string;

  @Field(() => OrganizationKindEnum)
  @Column({ type: 'varchar', length: 40 })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  municipality: string | null;

  /** Details below are exposed by OrganizationsResolver, to the arena's members only. */
  @Column({ name: 'org_number', type: 'varchar', length: 11, nullable: true })
  orgNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  sector: string | null;

  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
