import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A logistics arena: a network with its own members, objects and meetings (the tenant). */
@ObjectType()
@Entity('arena')
export class Arena {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200, collation: 'sv-SE-x-icu' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'map_center_lng', type: 'double precision' })
  mapCenterLng: number;

  @Column({ name: 'map_center_lat', type: 'double precision' })
  mapCenterLat: number;

  @Field(() => Int, { description: 'Initial map zoom level' })
  @Column({ name: 'map_zoom', type: 'smallint' })
  mapZoom: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => [Float], { description: 'Initial map centre: [lng, lat]' })
  get mapCenter(): number[] {
    return [this.mapCenterLng, this.mapCenterLat];
  }
}
