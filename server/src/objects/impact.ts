import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';

/** The three impact figures, the same on reports, supports and an object's totals. */
@ObjectType()
export class Impact {
  @Field(() => Float, { description: 'Hours of delay per week' })
  delayHoursPerWeek: number;

  @Field(() => Float, { description: 'Extra cost in SEK per year' })
  extraCostSekPerYear: number;

  @Field(() => Float, { description: 'Freight affected, tonnes per year' })
  freightTonnesPerYear: number;
}

@InputType()
export class ImpactInput {
  @Field(() => Float, { nullable: true })
  delayHoursPerWeek?: number | null;

  @Field(() => Float, { nullable: true })
  extraCostSekPerYear?: number | null;

  @Field(() => Float, { nullable: true })
  freightTonnesPerYear?: number | null;
}

/** Columns shared by reports and supports; abstract so it adds fields, not a GraphQL type. */
@ObjectType({ isAbstract: true })
export abstract class ImpactColumns {
  @Column({ name: 'delay_hours_per_week', type: 'double precision' })
  delayHoursPerWeek: number;

  @Column({ name: 'extra_cost_sek_per_year', type: 'double precision' })
  extraCostSekPerYear: number;

  @Column({ name: 'freight_tonnes_per_year', type: 'double precision' })
  freightTonnesPerYear: number;

  /** Exposed through the resolvers, which hide other organizations' figures from non-staff. */
  get impact(): Impact {
    return {
      delayHoursPerWeek: this.delayHoursPerWeek,
      extraCostSekPerYear: this.extraCostSekPerYear,
      freightTonnesPerYear: this.freightTonnesPerYear,
    };
  }
}
