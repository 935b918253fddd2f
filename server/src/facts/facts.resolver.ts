import { networkRefLabel, planningDetailsOf } from '@flaskhals/shared';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import type { GraphQLContext } from '../graphql-context';
import { Municipality, municipalityIndex } from '../municipalities';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { FactsService } from './facts.service';
import { CorrectObjectInput, NetworkRef, ObjectPlanning, SetObjectPlanningInput } from './facts.types';

/** The facts' mutations, and the fields of an object this feature owns (read from its own columns). */
@Resolver(() => InfrastructureObject)
export class FactsResolver {
  constructor(private readonly facts: FactsService) {}

  @Mutation(() => InfrastructureObject, {
    description: 'Staff: correct an object (name, description, kind, modes, geometry, municipalities, responsible body, references)',
  })
  correctObject(
    @Args('input', { type: () => CorrectObjectInput }) input: CorrectObjectInput,
    @Context() ctx: GraphQLContext,
  ): Promise<InfrastructureObject> {
    return this.facts.correctObject(ctx.actor, input);
  }

  @Mutation(() => InfrastructureObject, {
    description: "Staff: set an object's planning (four-step class, planning stage and its references, cost estimate, documents)",
  })
  setObjectPlanning(
    @Args('input', { type: () => SetObjectPlanningInput }) input: SetObjectPlanningInput,
    @Context() ctx: GraphQLContext,
  ): Promise<InfrastructureObject> {
    return this.facts.setPlanning(ctx.actor, input);
  }

  @ResolveField(() => [Municipality], { description: 'The municipalities it lies in (all that a line or area touches)' })
  municipalities(@Parent() object: InfrastructureObject): Municipality[] {
    return (object.municipalityCodes ?? []).flatMap((code) => municipalityIndex.find(code) ?? []);
  }

  @ResolveField(() => [NetworkRef], {
    description: 'Typed references to the official networks: road, rail section, traffic place, fairway, port',
  })
  networkRefs(@Parent() object: InfrastructureObject): NetworkRef[] {
    return (object.networkRefs ?? []).map((ref) => ({ ...ref, label: networkRefLabel(ref) }));
  }

  @ResolveField(() => ObjectPlanning)
  planning(@Parent() object: InfrastructureObject): ObjectPlanning {
    return { stage: object.planningStage ?? 'NONE', ...planningDetailsOf(object.planning) };
  }
}
